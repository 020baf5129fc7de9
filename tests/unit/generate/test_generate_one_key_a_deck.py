"""A deck never asks the same thing twice: one name or term is the key of one question; a
year is the key of two only for two events that neither question tells of the other; no
prompt names the answer of another question about the same event."""

from __future__ import annotations

from factdeck.bank import Question, TypedQuestion
from factdeck.generate.facts import FactRecord
from factdeck.generate.pipeline import build_deck
from factdeck.generate.questions import asked_once
from helpers.generation import asked_fact


def _asked(
    name: str,
    answer: str,
    quote: str,
    prompt: str,
    accepted: tuple[str, ...] = (),
) -> tuple[FactRecord, list[Question]]:
    year = answer.isdigit()
    return asked_fact(
        name,
        answer,
        quote,
        prompt,
        document="doc",
        kind="year" if year else "person",
        options=[answer, "1830", "1835", "1846"] if year else (),
        accepted=accepted,
    )


def _kept(*asked: tuple[FactRecord, list[Question]]) -> list[str]:
    return [fact.id for fact, _ in asked_once(asked, {"doc": "Orva"})]


_ARCHITECT = (
    "Orva\n\nOrva is a mining town in the hills of Kelland.\n\n"
    "The Orva Museum was designed by Hilda Brenn. The architect of the Kell Bridge was "
    "Hilda Brenn. The Tarn mine is owned by the Dunmere Company."
)


def test_a_deck_asks_for_one_name_once() -> None:
    bank = build_deck(_ARCHITECT, deck="Orva", file_name="orva.txt", markdown=False).bank
    keys = [q.answer for q in bank.questions if isinstance(q, TypedQuestion)]
    assert keys.count("Hilda Brenn") == 1
    assert "Dunmere Company" in keys


def test_a_key_among_another_s_accepted_forms_is_the_same_key() -> None:
    ore = _asked(
        "a",
        "kessite",
        "Kessite is the main ore of kessium.",
        "What ore is the main source of kessium?",
    )
    mined = _asked(
        "b",
        "the kessite",
        "Miners at the Tarn pits dig the kessite from deep shafts.",
        "What do miners at the Tarn pits dig from deep shafts?",
    )
    shown = _asked(
        "c",
        "Red Kessite",
        "The smelters of Dunmere buy Red Kessite.",
        "What do the smelters of Dunmere buy?",
        accepted=("kessite",),
    )
    assert len(_kept(ore, mined, shown)) == 1


def test_a_name_within_another_name_is_another_key() -> None:
    founder = _asked(
        "a", "Elder Rask", "Elder Rask founded the mission.", "Who founded the mission?"
    )
    son = _asked(
        "b", "Ivo Rask", "Ivo Rask built the chapel.", "Who built the chapel at the mission?"
    )
    assert _kept(founder, son) == ["a", "b"]


def test_the_opening_or_owner_word_of_another_name_is_another_key() -> None:
    trust = _asked(
        "a",
        "Orm Trust",
        "The museum at Dunmore is run by the Orm Trust.",
        "Which trust runs the museum at Dunmore?",
        accepted=("the Orm Trust", "Orm"),
    )
    town = _asked(
        "b",
        "Orm",
        "The poet Vera Lind was born at Orm in the hills.",
        "In which town was the poet Vera Lind born?",
    )
    assert sorted(_kept(trust, town)) == ["a", "b"]
    treaty = _asked(
        "c",
        "Treaty of Vell",
        "The war ended with the Treaty of Vell.",
        "Which treaty ended the war?",
        accepted=("Vell",),
    )
    port = _asked(
        "d",
        "Vell",
        "The fleet sailed from Vell.",
        "From which port did the fleet sail?",
    )
    assert sorted(_kept(treaty, port)) == ["c", "d"]


def test_a_short_form_dropping_no_sort_word_is_the_same_name() -> None:
    full = _asked(
        "a",
        "United Isles of Orvia",
        "The United Isles of Orvia signed the pact in Kell.",
        "Which country signed the pact in Kell?",
        accepted=("United Isles",),
    )
    short = _asked(
        "b",
        "United Isles",
        "The fleet of the United Isles sailed from Dunmere.",
        "Whose fleet sailed from Dunmere?",
    )
    assert len(_kept(full, short)) == 1
    assert len(_kept(short, full)) == 1
    city = _asked(
        "c",
        "Port Vell City",
        "The pact was kept at Port Vell City.",
        "Where was the pact kept?",
        accepted=("Port Vell",),
    )
    port = _asked("d", "Port Vell", "The fleet sailed from Port Vell.", "Where did the fleet sail?")
    assert len(_kept(city, port)) == 1


def test_a_short_name_both_questions_take_for_a_longer_one_is_one_key() -> None:
    union = _asked(
        "a",
        "Kell Union",
        "The Kell Union ruled the hill country.",
        "Which union ruled the hill country?",
        accepted=("Kell",),
    )
    tribes = _asked(
        "b",
        "Kell",
        "The Kell drove the herders from the plain.",
        "Who drove the herders from the plain?",
        accepted=("the Kell", "Kell League"),
    )
    assert len(_kept(union, tribes)) == 1
    assert len(_kept(tribes, union)) == 1


def test_a_year_whose_statement_tells_the_other_event_is_asked_once() -> None:
    fell = _asked(
        "a",
        "1841",
        "Kell fell to the Orvans in 1841, the year the Kell treaty was signed.",
        "In what year did Kell fall to the Orvans?",
    )
    signed = _asked(
        "b",
        "1841",
        "The Kell treaty was signed in 1841 at the abbey.",
        "In what year was the Kell treaty signed?",
    )
    assert len(_kept(fell, signed)) == 1


def test_two_events_of_one_year_are_both_asked() -> None:
    fell = _asked(
        "a", "1841", "Kell fell to the Orvans in 1841.", "In what year did Kell fall to the Orvans?"
    )
    signed = _asked(
        "b",
        "1841",
        "The Kell treaty was signed in 1841 at the abbey.",
        "In what year was the Kell treaty signed?",
    )
    assert _kept(fell, signed) == ["a", "b"]


def test_a_prompt_naming_the_other_founder_of_one_founding_is_asked_once() -> None:
    with_tamsin = _asked(
        "a",
        "Elder Rask",
        "Elder Rask founded the Orva mission with Brother Tamsin.",
        "Who founded the Orva mission with Brother Tamsin?",
    )
    with_rask = _asked(
        "b",
        "Brother Tamsin",
        "In his letters, Brother Tamsin wrote that he founded the Orva mission with Elder Rask.",
        "Who founded the Orva mission with Elder Rask?",
    )
    assert len(_kept(with_tamsin, with_rask)) == 1


def test_a_prompt_naming_the_founder_of_another_deed_is_asked() -> None:
    founded = _asked(
        "a",
        "Elder Rask",
        "Elder Rask founded the Orva mission.",
        "Who founded the Orva mission?",
    )
    school = _asked(
        "b",
        "Brother Tamsin",
        "Brother Tamsin opened a school beside the chapel of Elder Rask.",
        "Who opened a school beside the chapel of Elder Rask?",
    )
    assert _kept(founded, school) == ["a", "b"]


def test_a_prompt_telling_the_asked_founding_by_its_founder_is_asked_once() -> None:
    founded = _asked(
        "a",
        "Elder Rask",
        "Elder Rask founded the Orva mission.",
        "Who founded the Orva mission?",
    )
    granary = _asked(
        "b",
        "Ivo Brenn",
        "Ivo Brenn built the granary when Elder Rask founded the Orva mission.",
        "Who built the granary when Elder Rask founded the Orva mission?",
    )
    assert _kept(founded, granary) == ["a"]
