"""No part of the key shown in the question: a name's word after "what" ("What Aurea ...?"),
a judging word glued to a name ("Influential KXRT"), a key cut from its own "with" phrase;
on small texts written for the tests."""

from __future__ import annotations

import pytest

from factdeck.generate.concepts import alias
from factdeck.generate.concepts import ask as ask_term
from factdeck.generate.gates import gives_away


def test_a_name_s_word_after_what_shows_part_of_the_key() -> None:
    assert gives_away("What Lucida did Tarvos erect?", "Porta Lucida")
    assert not gives_away("Which palace did Tarvos erect?", "Porta Lucida")
    assert not gives_away("Which lake did the army cross?", "Lake Vell")


def test_a_judging_word_opening_a_sentence_is_no_part_of_the_name() -> None:
    sentence = "Influential KXRT, also known as Star 99, claims to be the largest station in Orm."
    found = alias(sentence, frozenset(["KXRT", "Star", "Orm"]))
    assert found is not None and found.question == "By what other name is KXRT known?"
    named = alias("Popular Tunes, also known as PT, is a magazine.", frozenset(["Popular", "PT"]))
    assert named is not None and named.question == "By what other name is Popular Tunes known?"


@pytest.mark.parametrize(
    ("sentence", "key"),
    [
        (
            "Shelter Now has met with success by providing cheap housing to homeless people "
            "with drug problems or mental health issues.",
            "homeless people",
        ),
        ("Kell Aid gives warm meals to poor families with young children.", "poor families"),
    ],
)
def test_a_key_cut_from_its_own_with_phrase_is_not_asked(sentence: str, key: str) -> None:
    start = sentence.index(key)
    assert ask_term(sentence, start, start + len(key)) is None


def test_a_with_phrase_of_the_verb_still_asks() -> None:
    sentence = "Kell Aid gives warm meals to poor families in the winter."
    start = sentence.index("poor families")
    assert ask_term(sentence, start, start + len("poor families")) is not None


def test_a_judging_word_before_a_lone_common_noun_stays_in_the_name() -> None:
    sentence = "Main Street, also known as the Wool Road, runs from the market to the river."
    for proper in (frozenset(["Wool", "Road"]), frozenset(["Street", "Wool", "Road"])):
        found = alias(sentence, proper)
        assert found is not None and found.question == "By what other name is Main Street known?"


def test_a_fronted_key_leaves_no_with_phrase_of_its_own_behind() -> None:
    sentence = "The Orm council provides housing to homeless people with drug problems."
    start = sentence.index("homeless people")
    assert ask_term(sentence, start, start + len("homeless people")) is None


def test_a_fronted_thing_keeps_the_verb_s_with_phrase() -> None:
    sentence = "The Orm farmers fertilised the barley fields with seaweed."
    start = sentence.index("the barley fields")
    asked = ask_term(sentence, start, start + len("the barley fields"))
    assert asked is not None and "with seaweed" in asked[0]
