"""A question the document answers twice is not asked: a unit several owners may have, a
deed the document tells of its subject with another object too."""

from __future__ import annotations

from factdeck.generate.extract import extract
from factdeck.generate.gates import deed_told_with_another_object, unit_of_several_owners
from factdeck.generate.sentences import split_sentences


def _asked(text: str, title: str) -> dict[str, str]:
    found = extract(split_sentences("doc", text), title, selective=True).candidates
    return {c.span.text: c.question or "" for c in found}


def test_a_deed_told_with_another_object_has_two_answers() -> None:
    others = ["The Orm council founded a hospital in 1920.", "Kell is a port."]
    assert deed_told_with_another_object("What did the Orm council found?", "a school", others)
    assert not deed_told_with_another_object(
        "What did the Orm council found in 1901?", "a school", others
    )
    assert not deed_told_with_another_object(
        "What did the Orm council found?", "a school", ["The Orm council founded a school."]
    )
    assert not deed_told_with_another_object(
        "What did the Orm council found?", "a school", ["The Orm council was founded by Ivo."]
    )
    hired = ["In 1790 Lund, who had hired Marr for legal work, entered into a pact."]
    assert not deed_told_with_another_object("What did Marr enter in 1790?", "politics", hired)


def test_a_unit_of_several_owners_is_named_with_its_owner() -> None:
    texts = [
        "The Vessan 2nd Division held the ridge.",
        "The Orsk 7th Division crossed the river at night.",
        "The 4th Regiment had been left at Kell.",
    ]
    assert unit_of_several_owners("Where had the 4th Regiment been left?", texts)
    assert not unit_of_several_owners("Where had the Orsk 4th Regiment been left?", texts)
    assert not unit_of_several_owners(
        "Where had the 4th Regiment of the 7th Division been left?", texts
    )
    assert not unit_of_several_owners("Where had the 4th Regiment been left?", texts[1:])
    once = ["The 7th Division crossed the river.", "The Orsk 7th Division held Kell.", texts[2]]
    assert not unit_of_several_owners("Where had the 4th Regiment been left?", once)


_KELL = (
    "The battle of Kell was fought in 1890 between Vessa and Orsk. "
    "The Vessan 2nd Division held the ridge above Kell. "
    "The Orsk 7th Division crossed the river Oll at night. "
)


def test_an_import_asks_no_unit_that_several_divisions_have() -> None:
    asked = _asked(
        _KELL + "The 4th Regiment had been left at the port of Marrow.", "Battle of Kell"
    )
    assert "Marrow" not in asked


def test_an_import_asks_of_a_unit_named_with_its_owner() -> None:
    text = _KELL + "The Orsk 4th Regiment had been left at the port of Marrow."
    assert "Orsk 4th Regiment" in _asked(text, "Battle of Kell")["Marrow"]


def test_a_deed_asked_after_a_preposition_has_two_answers() -> None:
    others = ["Tomas Vell invested his savings in a tannery at Orsk.", "Kell is a port."]
    asked = "In which company did Tomas Vell invest?"
    assert deed_told_with_another_object(asked, "Lund Mills", others)
    assert not deed_told_with_another_object(asked, "Lund Mills", others[1:])
    assert not deed_told_with_another_object(
        "In what year did Tomas Vell invest in Lund Mills?", "1820", others
    )


def test_a_subject_sent_more_than_once_has_several_places() -> None:
    again = ["The Orsk Brigade was deployed to the Marrow valley in May.", "Kell is a port."]
    first = ["The Orsk Brigade was deployed for the first time on 3 April.", "Kell is a port."]
    asked = "What was the Orsk Brigade deployed to?"
    assert deed_told_with_another_object(asked, "Tessby", again)
    assert deed_told_with_another_object(asked, "Tessby", first)
    assert deed_told_with_another_object("Where was the Orsk Brigade deployed?", "Tessby", again)
    assert not deed_told_with_another_object(asked, "Tessby", again[1:])
    assert not deed_told_with_another_object(
        asked, "Tessby", ["The Orsk Brigade was deployed to Tessby in May."]
    )
    assert not deed_told_with_another_object(
        asked, "Tessby", ["The Orsk Brigade's guns were deployed to the Marrow valley."]
    )


def test_an_import_asks_no_place_of_a_brigade_sent_twice() -> None:
    text = (
        "The Orsk Brigade was a volunteer unit of Vessa. "
        "The Orsk Brigade was deployed for the first time on 3 April 1990. "
        "In May, the Orsk Brigade was deployed to Tessby, where it held the bridge over the Oll."
    )
    asked = _asked(text, "Orsk Brigade")
    assert "Tessby" not in asked
