"""A stem holds what its relational words lean on, and has one answer by the document."""

from __future__ import annotations

import pytest

from factdeck.generate.extract import extract
from factdeck.generate.gates import (
    bare_creation,
    existential_fragment,
    leans_on_a_comparand,
    one_attendee_of_many,
)
from factdeck.generate.sentences import split_sentences


def _asked(text: str, title: str) -> dict[str, str]:
    found = extract(split_sentences("doc", text), title, selective=True).candidates
    return {c.span.text: c.question or "" for c in found}


@pytest.mark.parametrize(
    "question",
    [
        "What is the equivalent diploma in Vessa?",
        "What are larger pebbles called?",
        "Particularly heavy snow fell on which pass?",
        "Which ferry was especially popular with pilgrims?",
        "Which guild likewise raised its dues in 1802?",
        "Which council responded quickly with a salt tax in 1788?",
        "Who replied with a pamphlet in 1650?",
        "Which duke retaliated by burning the mill at Orsk?",
        "What was the only town to grow?",
    ],
)
def test_a_relational_word_without_its_comparand_is_not_asked(question: str) -> None:
    assert leans_on_a_comparand(question)


@pytest.mark.parametrize(
    "question",
    [
        "What is the diploma equivalent to a Vessan licence called?",
        "What were Kellosaurus and other similar lizards called?",
        "Which pass is larger than the Orsk pass?",
        "Which council responded to the flood of 1788 with a salt tax?",
        "Which lake in Vessa is the largest?",
        "What was the only town in Vessa to grow?",
        "Which ferry was more popular than the barge?",
    ],
)
def test_a_comparand_in_the_stem_keeps_it(question: str) -> None:
    assert not leans_on_a_comparand(question)


@pytest.mark.parametrize(
    "question",
    [
        "There were a few from the Orm Guard and one or two from which troop?",
        "There is a tea house with a terrace in the middle of which park?",
        "In 1900, there were two mills beside which river?",
        "A few from the Kell Watch reached which ford?",
        "At the Orm college, there are three meetings of which body per year?",
    ],
)
def test_an_existential_or_a_headless_share_is_not_asked(question: str) -> None:
    assert existential_fragment(question)


@pytest.mark.parametrize(
    "question",
    [
        "There are how many mills in Kell that grind barley?",
        "How many mills were there in Kell in 1900?",
        "Most of the settlers of Kell came from which valley?",
    ],
)
def test_a_count_of_the_pivot_or_a_headed_share_stays(question: str) -> None:
    assert not existential_fragment(question)


@pytest.mark.parametrize(
    "question",
    [
        "Who attended a summer course on weaving at Orm in June 1960?",
        "Who joined the Vessan Craft Guild in 1911?",
        "Who joined the Orm Labour Party?",
        "Who signed the Kell charter?",
    ],
)
def test_one_attendee_of_many_is_not_asked(question: str) -> None:
    assert one_attendee_of_many(question)


@pytest.mark.parametrize(
    "question",
    [
        "Who joined the Orm choir as its conductor in 1990?",
        "Who was the first to sign the Kell charter?",
        "Who founded the Vessan Craft Guild in 1911?",
        "Who joined the Kell Quartet in 1962?",
        "Who signed the Treaty of Orm for Vessa?",
    ],
)
def test_a_role_or_a_rank_singles_out_the_attendee(question: str) -> None:
    assert not one_attendee_of_many(question)


def test_a_bare_creation_of_a_body_is_not_asked() -> None:
    assert bare_creation("What did the Vessan government establish?")
    assert bare_creation("What did Kell undergo?")
    assert not bare_creation("What did the Vessan government establish in 1921?")
    assert not bare_creation("Which court did the Vessan government establish?")


def test_an_import_asks_no_response_without_its_stimulus() -> None:
    text = (
        "The Vessan salt trade grew quickly in the 1780s. "
        "The Vessan Diet, however, responded almost at once with the Salt Duty Act in 1788. "
        "The Salt Duty Act was repealed by the Orm Assembly in 1810."
    )
    asked = _asked(text, "Vessan salt trade")
    assert not any("respond" in question for question in asked.values())


def test_an_import_asks_of_a_response_told_with_its_stimulus() -> None:
    text = (
        "The Vessan salt trade grew quickly in the 1780s. "
        "The Vessan Diet responded to the smuggling of salt with the Salt Duty Act in 1788. "
        "The Salt Duty Act was repealed by the Orm Assembly in 1810."
    )
    assert "respond to the smuggling" in _asked(text, "Vessan salt trade")["1788"]
