"""Small banks for the study-logic tests: every question form of a fact, built in code."""

from __future__ import annotations

from typing import Any

from factdeck.bank import (
    Bank,
    Fact,
    MultipleChoiceQuestion,
    NumberQuestion,
    OrderingQuestion,
    Question,
    SourceRef,
    TrueFalseQuestion,
    TypedQuestion,
)

SOURCE = SourceRef(document="doc", quote="A verbatim quote.")


def _base(fact_id: str, form: str, topics: list[str]) -> dict[str, Any]:
    return {
        "id": f"{fact_id}.{form}",
        "fact_id": fact_id,
        "prompt": f"Prompt of {fact_id} as {form}?",
        "explanation": f"Statement of {fact_id}.",
        "source": SOURCE,
        "topics": topics,
    }


def mc(fact_id: str, answer: str = "Havana", topics: list[str] | None = None) -> Question:
    options = [answer, "Option B", "Option C", "Option D"]
    return MultipleChoiceQuestion(
        **_base(fact_id, "mc", topics or []), options=options, answer=answer
    )


def tf(fact_id: str, answer: bool = True, topics: list[str] | None = None) -> Question:
    form = "tf" if answer else "tf-false"
    return TrueFalseQuestion(**_base(fact_id, form, topics or []), answer=answer)


def typed(
    fact_id: str,
    answer: str = "Havana",
    accepted: list[str] | None = None,
    topics: list[str] | None = None,
) -> TypedQuestion:
    return TypedQuestion(
        **_base(fact_id, "typed", topics or []), answer=answer, accepted=accepted or []
    )


def number(fact_id: str, answer: int = 1960, topics: list[str] | None = None) -> NumberQuestion:
    return NumberQuestion(**_base(fact_id, "number", topics or []), answer=answer)


def ordering(
    fact_id: str, items: list[str] | None = None, topics: list[str] | None = None
) -> OrderingQuestion:
    answer = items or ["First", "Second", "Third", "Fourth"]
    shown = (
        [answer[2], answer[0], answer[3], answer[1]] if len(answer) == 4 else list(reversed(answer))
    )
    return OrderingQuestion(**_base(fact_id, "order-4", topics or []), options=shown, answer=answer)


def make_bank(questions: list[Question], deck: str = "Test deck") -> Bank:
    """A bank of these questions, with a fact record for every fact id they use, each from a
    sentence of its own (facts that share one are siblings)."""
    fact_ids = list(dict.fromkeys(q.fact_id for q in questions))
    facts = [
        Fact(
            id=f,
            statement=f"Statement of {f}.",
            kind="other",
            source=SourceRef(document=SOURCE.document, quote=f"Quote of {f}."),
        )
        for f in fact_ids
    ]
    return Bank(deck=deck, facts=facts, questions=questions)


def full_bank(n_facts: int, *, topics: tuple[str, ...] = ("Cold War", "Diplomacy")) -> Bank:
    """``n_facts`` facts f00, f01, ... each with every form; topics alternate between facts."""
    questions: list[Question] = []
    for i in range(n_facts):
        fact_id = f"f{i:02d}"
        topic = [topics[i % len(topics)]]
        questions += [
            mc(fact_id, topics=topic),
            tf(fact_id, topics=topic),
            typed(fact_id, topics=topic),
            number(fact_id, topics=topic),
            ordering(fact_id, topics=topic),
        ]
    return make_bank(questions)
