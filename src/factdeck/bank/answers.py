"""A question's correct answer as text: the one place that spells answers out.

Two spellings of the same answer: as the learner reads it (the app, ``factdeck bank show``) and
as a data field (CSV and Anki export), where values stay machine-readable and list items are
joined like every other list in the file.
"""

from __future__ import annotations

from factdeck.bank.models import NumberQuestion, OrderingQuestion, Question, TrueFalseQuestion

ORDER_SEPARATOR = " → "
"""Joins ordering items for display."""


def format_number(value: int) -> str:
    """An integer for display: years stay "1960", larger numbers get separators ("100,000")."""
    return str(value) if abs(value) < 10_000 else f"{value:,}"


def answer_text(question: Question, *, field_separator: str | None = None) -> str:
    """The correct answer of ``question`` as text.

    Args:
        question: Any question.
        field_separator: None for the answer as shown to the learner ("True", "100,000",
            items joined by " → "); else the answer as a data field ("true", "100000", items
            joined by ``field_separator``).
    """
    as_field = field_separator is not None
    if isinstance(question, TrueFalseQuestion):
        text = "True" if question.answer else "False"
        return text.lower() if as_field else text
    if isinstance(question, NumberQuestion):
        return str(question.answer) if as_field else format_number(question.answer)
    if isinstance(question, OrderingQuestion):
        return (field_separator or ORDER_SEPARATOR).join(question.answer)
    return question.answer
