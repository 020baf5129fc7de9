"""A name a question writes short ("Ball", "Arvo", "No. 7 Squadron") is written as the document
introduced it ("Ivo Ball", "Typhoon Arvo", "No. 7 Squadron of the KAF"), where that form is
one thing of the document; on small texts written for the tests."""

from __future__ import annotations

from factdeck.generate.clean import clean_document
from factdeck.generate.extract import extract
from factdeck.generate.phrasing import with_full_names
from factdeck.generate.sentences import split_sentences


def _asked(text: str, *, selective: bool = False) -> list[str]:
    title = text.split("\n", 1)[0]
    sentences = split_sentences("doc", clean_document(text).text)
    return [c.question or "" for c in extract(sentences, title, selective=selective).candidates]


_FAIR = (
    "Orm Fair\n\n"
    "Orm Fair is a yearly market held in the town of Kessby. The fair was founded by Ivo Ball"
    " and three weavers in 1820. It draws some 40,000 visitors each summer.\n\n"
    "The first fair lasted three days. Ball sold the fair to the town council in 1851."
    " The council moved it to the river meadows in 1870.\n"
)


def test_a_surname_that_is_also_a_word_gets_the_full_name_first_given() -> None:
    asked = _asked(_FAIR)
    assert "In what year did Ivo Ball sell the fair to the town council?" in asked
    assert not [question for question in asked if "did Ball " in question]


def test_a_possessive_surname_before_its_noun_gets_the_full_name() -> None:
    names = {"Calder": "Anselm Calder"}
    assert with_full_names("Where was Calder's score recorded?", names) == (
        "Where was Anselm Calder's score recorded?"
    )
    assert with_full_names("What is a Calder machine?", names) == "What is a Calder machine?"
