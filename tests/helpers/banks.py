"""Bank JSON for tests of the readers: one valid question, changed where a test needs it."""

from __future__ import annotations


def raw_question(**overrides: object) -> dict[str, object]:
    """A valid multiple-choice question as it stands in a bank file, with ``overrides``."""
    question: dict[str, object] = {
        "id": "q-1",
        "fact_id": "f-1",
        "type": "multiple_choice",
        "prompt": "When did Cuba and North Korea establish relations?",
        "explanation": "They established relations on 29 August 1960.",
        "source": {"document": "doc", "quote": "29 August 1960"},
        "topics": ["Cold War"],
        "options": ["1960", "1961", "1962", "1963"],
        "answer": "1960",
    }
    question.update(overrides)
    return question
