"""The wording of automatic questions: the sort a question names, what it keeps and drops.

Each rule on a small sentence written for it."""

from __future__ import annotations

from factdeck.generate.phrasing import ask


def _ask(sentence: str, answer: str, kind: str) -> str | None:
    start = sentence.index(answer)
    asked = ask(sentence, start, start + len(answer), kind)
    return asked[0] if asked else None


def test_an_organisation_is_asked_for_by_the_sort_its_name_gives() -> None:
    assert _ask(
        "Anna studied at the University of Lund until 1890.", "University of Lund", "organisation"
    ) == ("At which university did Anna study until 1890?")
    assert _ask(
        "The minister was a member of the Orm Labour Party.", "Orm Labour Party", "organisation"
    ) == ("The minister was a member of which party?")


def test_an_organisation_is_asked_for_by_the_sort_the_sentence_gives() -> None:
    assert _ask(
        "The rights were bought by the broadcaster Telvia in 2001.", "Telvia", "organisation"
    ) == ("Which broadcaster bought the rights in 2001?")


def test_an_organisation_whose_sort_is_unknown_is_asked_with_a_plain_what() -> None:
    asked = _ask("Orm Sports advised the league to raise its bid.", "Orm Sports", "organisation")
    assert asked == "What advised the league to raise its bid?"
    assert "organisation" not in (
        _ask("The bridge was built by Lund Works in 1890.", "Lund Works", "organisation") or ""
    )
