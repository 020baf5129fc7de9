"""Questions that read a phrase as the clause's when the sentence gives it to a noun or
tells something else by it: "the best painters of the 1880s" (the decade is the painters'),
"into the 12th century" (how long a state lasted, which "Into what century ...?" cannot ask),
"Ivo Marr's collaboration with Ann Sorel" (the partner is the owner's, not the subject's), "a
shelter for poor people in Kell designed by Ivo Marr" (he designed the shelter, not Kell)."""

from __future__ import annotations

from factdeck.generate import phrasing


def _ask(text: str, answer: str, kind: str) -> str | None:
    start = text.index(answer)
    asked = phrasing.ask(text, start, start + len(answer), kind)
    return asked[0] if asked is not None else None


def test_a_period_after_of_is_the_noun_s_not_the_clause_s() -> None:
    text = "Ivo Marr was considered one of the best painters of the 1880s."
    assert _ask(text, "1880s", "period") != (
        "In what decade was Ivo Marr considered one of the best painters?"
    )
    text = "Until the Great Reform of the 1830s, the farmers of Kell paid a tithe."
    assert _ask(text, "1830s", "period") != (
        "In what decade did the farmers of Kell pay a tithe until the Great Reform?"
    )


def test_a_period_a_state_lasted_into_is_not_asked() -> None:
    text = "Into the 12th century, the people of Kell tended to be fishermen."
    assert _ask(text, "12th century", "period") is None
    text = "The old name of Kell remained common in Orm into the 1890s."
    assert _ask(text, "1890s", "period") is None


def test_a_clause_s_own_period_is_still_fronted() -> None:
    assert _ask("The mill in Kell was built in the 1880s.", "1880s", "period") == (
        "In what decade was the mill in Kell built?"
    )
    assert _ask("The church was rebuilt during the 12th century.", "12th century", "period") == (
        "In what century was the church rebuilt?"
    )


def test_the_partner_of_a_named_owner_s_noun_is_not_the_clause_s() -> None:
    text = "Kell Nights marked Ivo Marr's fourth collaboration with Ann Sorel."
    assert _ask(text, "Ann Sorel", "person") == (
        "Kell Nights marked Ivo Marr's fourth collaboration with whom?"
    )
    text = "The treaty ended Orm's long war with Kell."
    assert _ask(text, "Kell", "country") == "The treaty ended Orm's long war with which country?"


def test_the_subject_s_own_partner_is_still_fronted() -> None:
    text = "Ivo Marr began a collaboration with Ann Sorel in 1990."
    assert _ask(text, "Ann Sorel", "person") == (
        "With whom did Ivo Marr begin a collaboration in 1990?"
    )


def test_a_maker_s_work_is_not_the_place_a_noun_s_phrase_ends_on() -> None:
    text = "A shelter for low-income people in Kell designed by architect Ivo Marr."
    assert _ask(text, "Ivo Marr", "person") != "Who designed Kell?"
    text = "The hall shows the River mural designed by artist Ann Vell."
    assert _ask(text, "Ann Vell", "person") == "Who designed the River mural?"
