"""Two sentences that tell one event are asked once; two events of one name and key are not."""

from __future__ import annotations

from factdeck.bank import MultipleChoiceQuestion, Question, SourceRef
from factdeck.generate.facts import FactRecord
from factdeck.generate.questions import asked_once


def _asked(name: str, answer: str, quote: str, prompt: str) -> tuple[FactRecord, list[Question]]:
    fact = FactRecord(
        id=name,
        document="doc",
        quote=quote,
        statement=quote,
        kind="year" if answer.isdigit() else "place",
        answer=answer,
        prompt=prompt,
        origin="auto",
    )
    question = MultipleChoiceQuestion(
        id=f"{name}.mc",
        fact_id=name,
        prompt=prompt,
        explanation=quote,
        source=SourceRef(document="doc", quote=quote),
        options=[answer, "Tarnby", "Orsk", "Lund"]
        if not answer.isdigit()
        else [answer, "1890", "1901", "1925"],
        answer=answer,
    )
    return fact, [question]


def _kept(*asked: tuple[FactRecord, list[Question]]) -> list[str]:
    return [fact.id for fact, _ in asked_once(asked, {"doc": "Kell"})]


def test_opposite_deeds_of_one_band_in_one_year_are_both_asked() -> None:
    founded = _asked(
        "a", "1911", "The Orm Band was founded in 1911.", "In what year was the Orm Band founded?"
    )
    disbanded = _asked(
        "b",
        "1911",
        "The Orm Band was disbanded in 1911.",
        "In what year was the Orm Band disbanded?",
    )
    assert _kept(founded, disbanded) == ["a", "b"]


def test_one_deed_of_other_names_is_another_fact() -> None:
    took = _asked(
        "a", "1204", "The Orvans took Kell in 1204.", "In what year did the Orvans take Kell?"
    )
    other = _asked(
        "b", "1204", "The Danes took Orsk in 1204.", "In what year did the Danes take Orsk?"
    )
    again = _asked(
        "c",
        "1204",
        "In 1204 Kell was taken by the Orvans.",
        "In what year was Kell taken by the Orvans?",
    )
    assert _kept(took, other, again) == ["a", "b"]


def test_a_word_opening_the_prompt_is_no_name() -> None:
    besieged = _asked(
        "a",
        "1310",
        "Despite the siege, the wall of Tarnby was built in 1310.",
        "Despite the siege, in what year was the wall built?",
    )
    built = _asked(
        "b",
        "1310",
        "In 1310 the wall was built by Ivo Brenn.",
        "In what year was the wall built by Ivo Brenn?",
    )
    assert len(_kept(besieged, built)) == 1


def test_one_deed_of_two_things_in_one_year_is_two_facts() -> None:
    mill = _asked("a", "1820", "The mill was built in 1820.", "In what year was the mill built?")
    bridge = _asked(
        "b", "1820", "The bridge was built in 1820.", "In what year was the bridge built?"
    )
    assert _kept(mill, bridge) == ["a", "b"]


def test_one_deed_of_one_people_on_two_places_is_two_facts() -> None:
    tarnby = _asked(
        "a", "1204", "The Orvans took Tarnby in 1204.", "In what year did the Orvans take Tarnby?"
    )
    orsk = _asked(
        "b", "1204", "The Orvans took Orsk in 1204.", "In what year did the Orvans take Orsk?"
    )
    assert _kept(tarnby, orsk) == ["a", "b"]
