"""A key that reads as a person's name is never asked "what", and a filler phrase that only
counts or describes a noun is never a key."""

from __future__ import annotations

import pytest

from factdeck.generate.extract import extract
from factdeck.generate.gates import wh_fits_key, worth_knowing
from factdeck.generate.lexicon import reads_as_personal_name
from factdeck.generate.phrasing import ask
from factdeck.generate.sentences import split_sentences


def _asked(sentence: str, key: str, kind: str) -> tuple[str, str] | None:
    start = sentence.index(key)
    return ask(sentence, start, start + len(key), kind)


@pytest.mark.parametrize(
    ("sentence", "key", "kind", "question"),
    [
        (
            "Ivo Marlow commanded a fleet of forty ships in 1421.",
            "Ivo Marlow",
            "other",
            "Who commanded a fleet of forty ships in 1421?",
        ),
        (
            "In 1421, Ivo Marlow commanded a fleet.",
            "Ivo Marlow",
            "other",
            "In 1421, who commanded a fleet?",
        ),
        (
            "Anna Holt took charge of the design of the harbour wall.",
            "Anna Holt",
            "other",
            "Who took charge of the design of the harbour wall?",
        ),
    ],
)
def test_a_key_that_reads_as_a_name_doing_a_deed_is_asked_who(
    sentence: str, key: str, kind: str, question: str
) -> None:
    assert _asked(sentence, key, kind) == (question, "subject")


@pytest.mark.parametrize(
    ("asked", "answer", "kind", "fits"),
    [
        ("What was the largest estate in the valley?", "Anna Holt", "other", False),
        ("What commanded a fleet in 1421?", "Ivo Marlow", "organisation", False),
        ("What did the council buy in 1990?", "Anna May Holt", "other", False),
        ("What drains the valley?", "Anna Holt River", "other", True),
        ("What did the council pave in 1990?", "Ivo Marlow Street", "other", True),
        ("What hosted the games?", "Ivo Marlow Ground", "other", True),
        ("What lies north of the river?", "Victoria Lowe", "place", True),
        ("What did the council buy in 1990?", "the Kelby Charter", "other", True),
        ("What did Orla and her cousin meet at the fair?", "Talvi Brenmoor", "other", False),
        ("What did the duke marry in 1390?", "Yselde Varn", "other", False),
    ],
)
def test_what_never_asks_for_a_key_that_reads_as_a_name(
    asked: str, answer: str, kind: str, fits: bool
) -> None:
    assert wh_fits_key(asked, answer, kind) is fits


def test_a_name_is_two_or_three_capitalised_words_opening_with_a_given_name() -> None:
    assert reads_as_personal_name("Ivo Marlow")
    assert not reads_as_personal_name("Ivo")
    assert not reads_as_personal_name("Ivo Marlow Company")
    assert not reads_as_personal_name("Ivo Marlow of the Kelby Post Office")
    assert not reads_as_personal_name("Orm Marlow")


@pytest.mark.parametrize(
    "answer",
    ["various techniques", "several methods", "a white farmer", "black workers", "many people"],
)
def test_a_filler_phrase_is_no_key(answer: str) -> None:
    assert not worth_knowing(
        answer, "other", "The mills used ", " to bleach cloth.", approximate=False
    )
    assert not worth_knowing(
        answer, "term", "The mills used ", " to bleach cloth.", approximate=False
    )


@pytest.mark.parametrize(
    "answer",
    ["small intestine", "black powder", "nuclear weapons", "a steam engine", "red blood cells"],
)
def test_a_compound_term_with_an_adjective_stays_a_key(answer: str) -> None:
    assert worth_knowing(answer, "other", "The mills used ", " to bleach cloth.", approximate=False)


def test_a_surname_of_a_name_the_document_gives_in_full_is_asked_who() -> None:
    text = (
        "Kelby is a port town in Ostland. The harbour wall was drawn by Taro Vessenko and Ilse"
        " Marten, with Ada Brook serving as the overseer. Vessenko took charge of the stonework"
        " of the harbour wall."
    )
    found = extract(split_sentences("doc", text), "Kelby").candidates
    asked = {c.span.text: (c.span.kind, c.question) for c in found}
    assert asked["Vessenko"] == ("person", "Who took charge of the stonework of the harbour wall?")


def test_two_names_an_aside_once_parted_are_no_person() -> None:
    text = (
        "Kelby is a port town in Ostland. They took Marra, the fort of Ulm on the river"
        " Tesk, Gosk and Tira. Marra commanded the road to the coast."
    )
    found = extract(split_sentences("doc", text), "Kelby").candidates
    assert all(c.span.kind != "person" for c in found)
