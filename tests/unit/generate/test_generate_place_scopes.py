"""A paragraph that goes from place to place tells each place's toll in turn: a count in a
sentence that names no place of its own is the place the sentence before names ("Heavy damage
occurred on Kell Island. The storm destroyed four churches."). Asked without that place, the
count reads as the whole's."""

from __future__ import annotations

from factdeck.generate.gates import place_scope_lost
from factdeck.generate.pipeline import build_deck

_OPENING = "Storm Vela\n\nStorm Vela was a strong storm that struck the Orm Islands in 1931.\n\n"
_ISLANDS = [
    "Winds on Kell Island and Varby were both estimated at 140 km/h.",
    "Winds reached 100 km/h on Lund.",
    "Heavy damage occurred on Kell Island, including to several roofs.",
    "The storm destroyed four churches and 37 houses.",
    "A road on Lund was destroyed.",
    "On Tarn, half of the houses were destroyed.",
]


def _churches_asked(text: str) -> bool:
    bank = build_deck(text, deck="Notes", file_name="notes.txt", markdown=False).bank
    return any("churches" in question.prompt for question in bank.questions)


def test_a_count_is_not_asked_without_the_place_the_sentence_before_names(uncut: None) -> None:
    assert not _churches_asked(_OPENING + " ".join(_ISLANDS))


def test_a_count_in_a_paragraph_about_one_place_is_still_asked(uncut: None) -> None:
    assert _churches_asked(_OPENING + " ".join(_ISLANDS[2:4]))


def test_a_count_that_names_its_place_or_the_whole_keeps_its_scope() -> None:
    question = "How many churches did Storm Vela destroy?"
    before = _ISLANDS[2]
    assert place_scope_lost(question, _ISLANDS[3], before, _ISLANDS)
    for sentence in (
        "The storm destroyed four churches on Kell Island.",
        "The storm destroyed four churches in total.",
        "In early 1931, the Orm Navy sent four ships to the islands.",
    ):
        assert not place_scope_lost(question, sentence, before, _ISLANDS)
    named = "How many churches did Storm Vela destroy on Kell Island?"
    assert not place_scope_lost(named, _ISLANDS[3], before, _ISLANDS)
