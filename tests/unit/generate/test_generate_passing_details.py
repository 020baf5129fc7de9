"""Details a reader passes by rank below central facts: when a tour, trip or visit took
place, and the bracketed other name of a side term. They are asked only while the deck has too few central questions, on
small texts written for the tests."""

import pytest

from factdeck.generate import extract as extract_module
from factdeck.generate import gates
from factdeck.generate.extract import extract
from factdeck.generate.sentences import split_sentences


def test_the_time_of_a_tour_trip_or_visit_is_a_passing_detail() -> None:
    assert gates.asks_a_trip_s_time("In the fall of what year did Orm play the Harbour Tour?")
    assert gates.asks_a_trip_s_time("In what year did the squad stop off in Vell?")
    assert gates.asks_a_trip_s_time("When did Kell travel to Tarnia with the choir?")
    assert gates.asks_a_trip_s_time("In what year did the queen visit the Orm mills?")
    assert not gates.asks_a_trip_s_time("In what year did Orm release its second album?")
    assert not gates.asks_a_trip_s_time("When was the Tourmaline Bridge opened?")
    assert not gates.asks_a_trip_s_time("When did the Vell Travel Weekly first appear?")
    assert not gates.asks_a_trip_s_time("In what year did Orm win the Tour de Vell?")
    assert not gates.asks_a_trip_s_time("When was the Harbour World Tour announced?")


def test_the_bracketed_other_name_of_a_side_term_is_a_passing_detail() -> None:
    subject = {"hut", "huts", "mountain"}
    quote = "Field gear (also known as kit) is carried up to the huts by mules."
    assert gates.bracketed_alias_aside(quote, "kit", subject)
    own = "Mountain huts (also called bothies) stand above the tree line."
    assert not gates.bracketed_alias_aside(own, "bothies", subject)
    named = "Field gear is carried up by mules, as kit was in 1900."
    assert not gates.bracketed_alias_aside(named, "kit", subject)
    other = "Field gear (also known as kit) is carried up by Vell Carriers."
    assert not gates.bracketed_alias_aside(other, "Vell Carriers", subject)


CHOIR = """The Vell Singers are a mixed choir from the town of Orm in Tarnia. \
The choir was founded by the organist Ada Brenn in 1921. It sings in the Orm chapel.

The choir recorded its first album, Winter Psalms, in 1958. The choir visited the Kessa \
islands in 1964. The singers won the Tarnian Choral Prize in 1970.
"""


def _asked(monkeypatch: pytest.MonkeyPatch, enough: int) -> list[str]:
    monkeypatch.setattr(extract_module, "WORDS_PER_QUESTION", 1)  # a budget that cuts nothing
    monkeypatch.setattr(extract_module, "ENOUGH_CENTRAL", enough)
    found = extract(split_sentences("doc", CHOIR), "Vell Singers", selective=True)
    return [c.question or "" for c in found.candidates]


def test_a_trip_s_time_is_asked_only_when_the_deck_is_short_of_questions(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked = _asked(monkeypatch, 3)
    assert not [q for q in asked if "visit" in q], asked
    assert any("founded" in q for q in asked), asked
    asked = _asked(monkeypatch, 100)
    assert any("visit" in q and "year" in q for q in asked), asked
