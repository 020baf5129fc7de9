"""A who-question about an everyday act names its doer by a time, an object or a result."""

from __future__ import annotations

import pytest

from factdeck.generate.extract import extract
from factdeck.generate.gates import self_contained
from factdeck.generate.sentences import split_sentences


@pytest.mark.parametrize(
    "prompt",
    [
        "Who strode through the streets of Kell?",
        "Who shouted at the crowd in the main square of Kell?",
        "Who lived in Kell?",
        "Who sat on the steps of the Kell town hall?",
        "In Kell, who walked along the harbour wall?",
        "Who spoke loudly in the Orm council hall?",
    ],
)
def test_an_everyday_act_told_only_with_its_place_is_not_asked(prompt: str) -> None:
    assert not self_contained(prompt)


@pytest.mark.parametrize(
    "prompt",
    [
        "Who strode through the streets of Kell in 1812?",
        "Who was the first to walk across the Orm ice sheet?",
        "Who walked across the Orm ice sheet first?",
        "Who lived in Kell until the fire of Orm?",
        "Who said that the harbour of Kell was too small?",
        "Who stood for election in Kell during the reign of Ivo?",
        "Who founded the harbour of Kell?",
        "What did Ivo Marr, who lived in Kell, build?",
    ],
)
def test_a_time_an_object_or_a_result_keeps_the_question(prompt: str) -> None:
    assert self_contained(prompt)


def test_an_import_asks_no_doer_of_a_walk_through_a_town() -> None:
    text = (
        "Kell is a port town on the Vessan coast. Ivo Marr strode through the streets of Kell. "
        "Lena Orsk walked along the harbour wall of Kell. Piet Varn built the Kell town hall."
    )
    found = extract(split_sentences("doc", text), "Kell", selective=True).candidates
    asked = {c.span.text: c.question or "" for c in found}
    assert not asked.get("Ivo Marr", "").startswith("Who")
    assert not asked.get("Lena Orsk", "").startswith("Who")
