"""A person the document only tells of in a work's plot ("Her novel follows Nessa Orme")
is a character: never an option among real people."""

from __future__ import annotations

import pytest

from factdeck.generate.clean import clean_document
from factdeck.generate.distractors import DistractorPool
from factdeck.generate.evidence import DocumentEvidence
from factdeck.generate.extract import extract
from factdeck.generate.sentences import split_sentences
from helpers.generation import auto_fact

_WRITERS = (
    "Writers of Tarland\n\n"
    "Ada Venn attended Kell College. Rolf Dane praised her first novel. "
    "Ilse Marr wrote a study of her work. {plot}"
)


def _options(text: str) -> list[str]:
    cleaned = clean_document(text)
    sentences = split_sentences("doc", cleaned.text)
    found = extract(sentences, cleaned.title, selective=True)
    evidence = DocumentEvidence(
        {"doc": [sentence.text for sentence in sentences]},
        {"doc": [sentence.paragraph for sentence in sentences]},
    )
    entries = [(kind, value, "doc") for kind, value in dict.fromkeys(found.pool)]
    statement = "Ada Venn attended Kell College."
    fact = auto_fact("person", "Ada Venn", statement, "Who attended Kell College?")
    return DistractorPool(entries, [fact], found.roles, evidence).choose(fact)


@pytest.mark.parametrize(
    "plot",
    [
        "Her novel The Salt Year follows the young Nessa Orme through a winter on the coast.",
        "Her novel follows Nessa Orme through a winter. Nessa Orme loses her brother to the sea.",
        "The novel ends when Nessa Orme sails to Holm.",
    ],
)
def test_a_person_of_a_novel_s_plot_is_no_option_among_real_people(plot: str) -> None:
    options = _options(_WRITERS.format(plot=plot))
    assert "Nessa Orme" not in options
    assert {"Rolf Dane", "Ilse Marr"} <= set(options)


def test_a_real_person_a_film_follows_stays_an_option() -> None:
    plot = "Her film follows Nessa Orme through a winter. Nessa Orme sailed to Holm in 1920."
    assert "Nessa Orme" in _options(_WRITERS.format(plot=plot))
