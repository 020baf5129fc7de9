"""A question names the body a post is at and the place a title's region names: "Who was
the head of drama?" asks of a broadcaster the learner never saw."""

from __future__ import annotations

import re

from factdeck.generate.extract import _class_noun, _subject_form, extract
from factdeck.generate.gates import (
    bare_given_name,
    given_names_of_several,
    post_of_an_unnamed_body,
    self_contained,
)
from factdeck.generate.sentences import split_sentences


def test_a_post_over_a_field_needs_the_body_it_is_at() -> None:
    assert post_of_an_unnamed_body("Who was the head of drama?")
    assert post_of_an_unnamed_body("Who became director of programming in 1990?")
    assert post_of_an_unnamed_body("Who was made head of news in March?")
    assert not post_of_an_unnamed_body("Who was the controller of news at Kell TV?")
    assert not post_of_an_unnamed_body("Who succeeded Ivo Lind as head of drama?")
    assert not post_of_an_unnamed_body("Who was the head of the Orm Museum?")
    assert not post_of_an_unnamed_body("Who wrote the history of drama?")


def test_a_place_title_with_its_region_is_the_place_s_own_name_in_the_text() -> None:
    text = "Lund (/lʊnd/), the seat of Kell County, is a city in Varland. It grew in 1900."
    sentences = split_sentences("doc", text)
    assert _subject_form(sentences, "Lund, Varland") == "Lund"
    assert _class_noun(sentences[0].text, "Lund") == "city"
    named = split_sentences("doc", "Paris, Texas is a film by Ivo Lind. It won a prize.")
    assert _subject_form(named, "Paris, Texas") == "Paris, Texas"


def test_a_given_name_alone_that_several_people_bear_says_no_one() -> None:
    people = ["William Pitt", "William of Orm", "Ivo Lind", "King Ivo", "King Olaf"]
    shared = given_names_of_several([*people, "Varlish Ministers", "Varlish Assembly"])
    assert shared == {"William"}
    assert bare_given_name("Which country did William invade in 1072?", shared)
    assert bare_given_name("When did William's fleet reach Kell?", shared)
    assert not bare_given_name("Which country did William Pitt visit in 1772?", shared)
    assert not bare_given_name("Which town did William of Orm found?", shared)
    assert not bare_given_name("What did Kublai claim in 1271?", shared)


def test_an_imported_deck_asks_no_deed_of_a_shared_given_name() -> None:
    text = (
        "Orm Wars\n\nWilliam of Orm ruled Kell from 1040. William Lund led the Orm fleet in "
        "1050.\n\nWilliam invaded Varland in 1072, riding as far as Lund."
    )
    questions = [
        c.question or ""
        for c in extract(split_sentences("doc", text), "Orm Wars", selective=True).candidates
    ]
    assert questions
    assert not any(re.search(r"\bWilliam\b(?! (?:of|Lund))", q) for q in questions)


def test_a_deed_continued_goes_on_from_one_told_before() -> None:
    assert not self_contained("Who continued his campaign against Kell in 1081?")
    assert self_contained("Who led a campaign against Kell in 1081?")
    assert self_contained("Which road continues to Kell?")
