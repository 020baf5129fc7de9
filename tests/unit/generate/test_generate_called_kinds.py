""" "What is ... called?" asks only for a name or a term the document gives, never for a
standing ("a major force in the economy") or a relation ("a result of subduction"); on small
texts written for the tests."""

from __future__ import annotations

import pytest

from factdeck.generate.phrasing import definition
from factdeck.generate.pipeline import build_deck


def _asked(text: str) -> dict[str, str]:
    bank = build_deck(text, deck="d", file_name="d.txt", markdown=False).bank
    return {question.prompt: str(question.answer) for question in bank.questions}


@pytest.mark.parametrize(
    "sentence",
    [
        "The Orm volcanism is a result of subduction of the Vell Plate beneath the Tarn Plate.",
        "Salt marshing is an ecological alternative favoured by the town's gardeners.",
        "The young Ivo was a poor choice of successor for the old duke.",
    ],
)
def test_a_standing_or_a_relation_is_no_name_asked_by_called(sentence: str) -> None:
    found = definition(sentence)
    assert found is None or not found.question.endswith(" called?")


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        (
            "A kelvet is a small boat with a flat bottom.",
            "What is a small boat with a flat bottom called?",
        ),
        ("The harbour tax is called the quay levy.", "What is the harbour tax called?"),
        ("A baby orlop is known as a cub.", "What is a baby orlop called?"),
    ],
)
def test_a_kind_or_a_name_is_still_asked_by_called(sentence: str, question: str) -> None:
    found = definition(sentence)
    assert found is not None and found.question == question


def test_a_deck_asks_no_standing_by_called() -> None:
    asked = _asked(
        "Kelvar\n\nKelvar is a town in Orm. Shipbuilding is a major force in Kelvar's economy. "
        "The Orm volcanism is a result of subduction of the Vell Plate beneath the Tarn Plate. "
        "By the 1820s, the harbour district was known as a dangerous place to go. A kelvet is "
        "a small boat with a flat bottom."
    )
    called = [prompt for prompt in asked if prompt.endswith("called?") or " called " in prompt]
    assert called == ["What is a small boat with a flat bottom called?"]
