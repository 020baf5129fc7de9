"""Questions a blind reader finds garbled because a rule read the sentence wrongly: a verb
kept in the subject ("What did vessel logic uses bind?"), an "it" given the wrong subject, a
named region asked as "which North West region", a year asked of a naming or of a clause
whose year was its example's."""

from __future__ import annotations

from factdeck.generate import phrasing
from factdeck.generate.gates import grammatical
from factdeck.generate.pipeline import build_deck


def _ask(text: str, answer: str, kind: str) -> str | None:
    start = text.index(answer)
    asked = phrasing.ask(text, start, start + len(answer), kind)
    return asked[0] if asked is not None else None


def test_a_verb_or_a_compound_noun_before_a_participle_is_not_guessed() -> None:
    text = "Vessel logic uses bound variables over abstract objects."
    assert _ask(text, "variables", "other") is None
    assert _ask(text, "objects", "other") is None


def test_a_named_doer_s_object_is_not_asked_past_a_verb_read_as_a_noun(uncut: None) -> None:
    text = (
        "Vessel logic\n\nVessel logic is a formal system used in naval engineering. Vessel "
        "logic uses quantified variables over abstract objects."
    )
    bank = build_deck(text, deck="Logic", file_name="logic.txt", markdown=False).bank
    assert not [q.prompt for q in bank.questions if "uses" in q.prompt]


def test_an_action_noun_s_doer_is_not_asked_as_the_deed_s_phrase(uncut: None) -> None:
    text = (
        "Operation Grey Lantern\n\nOperation Grey Lantern was an evacuation of the Orlan "
        "embassy in Vardo. Ambassador Kesk preferred an evacuation by the Orlan navy."
    )
    bank = build_deck(text, deck="Lantern", file_name="lantern.txt", markdown=False).bank
    assert "What did Ambassador Kesk prefer by the Orlan navy?" not in {
        q.prompt for q in bank.questions
    }


def test_a_plain_subject_before_a_participle_and_its_verb_is_still_asked() -> None:
    assert _ask("The high ranks coerced the king in 1210.", "king", "other") == (
        "Whom did the high ranks coerce in 1210?"
    )
    assert _ask("The land uses changed over time in Kell.", "Kell", "place") == (
        "Where did the land uses change over time?"
    )


def test_it_after_a_clause_naming_another_thing_does_not_take_the_subject() -> None:
    asked = _ask(
        "The Danes later rebuilt the harbour, and it became fully operational in 1874.",
        "1874",
        "year",
    )
    assert asked is None or "Danes" not in asked


def test_it_after_a_clause_naming_nothing_else_takes_the_subject() -> None:
    asked = _ask("The canal opened in 1820, and it closed in 1901.", "1901", "year")
    assert asked == "In what year did the canal close?"


def test_a_compass_word_names_the_region_it_heads() -> None:
    text = "Brenholt is a town in the North West region of Mesk and the county town of Hask."
    assert _ask(text, "Mesk", "place") is None
    assert _ask("Ulm lies in the former Frankish kingdom of Austrasia.", "Austrasia", "place") == (
        "In which former Frankish kingdom does Ulm lie?"
    )


def test_a_year_is_not_asked_of_what_a_thing_is_called() -> None:
    assert not grammatical(
        "In what year was Grey Lantern the codename given to the evacuation of Orm?", "fronted"
    )
    assert not grammatical("When was Kell the name used for the upper town?", "fronted")
    assert grammatical("In what year was Kell given the name Orm?", "fronted")


def test_a_year_is_not_asked_of_a_clause_that_ends_on_an_example() -> None:
    assert not grammatical(
        "In what year did the frigates only see action in raids like the siege of Orm?",
        "fronted",
    )
    assert not grammatical(
        "When did the fleet fight in sieges such as the siege of Kell?", "fronted"
    )
    assert grammatical("In what year did the frigates see action in the siege of Orm?", "fronted")
