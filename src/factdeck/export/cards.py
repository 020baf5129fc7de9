"""One flashcard per fact, for export.

A fact's card asks the question a flashcard app can grade by self-assessment: the prompt of the
fact's typed question if it has one, else its number question, else its multiple-choice
question (prompt only: the back names the answer), else its ordering question (the items on the
front, one a line and never already in order; the back lists them in order, numbered). A fact
with none of those (only true/false forms) shows its statement, which is true, so the back says
"True". A fact id the bank has no fact record for falls back to its first question's prompt and
answer. The explanation, source and topics are those of the question the card is drawn from
(the first question of the fact when the card shows the statement).
"""

from __future__ import annotations

from dataclasses import dataclass

from factdeck.bank import (
    Bank,
    MultipleChoiceQuestion,
    NumberQuestion,
    OrderingQuestion,
    Question,
    TypedQuestion,
    answer_text,
)

LIST_SEPARATOR = " | "
"""Joins list values (options, ordering answers, topics) in exported text."""

_CARD_FORMS = (TypedQuestion, NumberQuestion, MultipleChoiceQuestion, OrderingQuestion)
"""The question forms a fact's card is taken from, best first."""


@dataclass(frozen=True)
class FactCard:
    """The flashcard of one fact, as plain (unescaped) text."""

    fact_id: str
    front: str
    back: str
    explanation: str
    document: str
    """The source document's title (its id when the bank does not list the document)."""
    quote: str
    topics: tuple[str, ...]


def options_text(question: Question) -> str:
    """The options shown with a question (multiple choice, ordering), or an empty string."""
    if isinstance(question, MultipleChoiceQuestion | OrderingQuestion):
        return LIST_SEPARATOR.join(question.options)
    return ""


def document_title(bank: Bank, document_id: str) -> str:
    """The title of a source document, or its id when the bank does not describe it."""
    document = bank.source(document_id)
    return document_id if document is None else document.title


def ordering_card(question: OrderingQuestion) -> tuple[str, str]:
    """The front and back of an ordering question's card: the prompt over the items, one a line,
    in the bank's order unless that is the answer's (then the first item goes last); the back
    numbers the items in order."""
    shown = list(question.options)
    if shown == question.answer:
        shown = shown[1:] + shown[:1]
    front = "\n".join([question.prompt, *(f"• {item}" for item in shown)])
    back = "\n".join(f"{number}. {item}" for number, item in enumerate(question.answer, 1))
    return front, back


def fact_cards(bank: Bank) -> list[FactCard]:
    """One card for every fact that has a question, in bank order."""
    cards: list[FactCard] = []
    for fact_id in bank.fact_ids:
        forms = bank.questions_of_fact(fact_id)
        fact = bank.fact(fact_id)
        chosen: Question | None = next(
            (q for kind in _CARD_FORMS for q in forms if isinstance(q, kind)),
            None,
        )
        basis = chosen if chosen is not None else forms[0]
        if isinstance(chosen, OrderingQuestion):
            front, back = ordering_card(chosen)
        elif chosen is not None:
            front, back = chosen.prompt, answer_text(chosen, field_separator=LIST_SEPARATOR)
        elif fact is not None:
            front, back = fact.statement, "True"
        else:
            front, back = basis.prompt, answer_text(basis, field_separator=LIST_SEPARATOR)
        cards.append(
            FactCard(
                fact_id=fact_id,
                front=front,
                back=back,
                explanation=basis.explanation,
                document=document_title(bank, basis.source.document),
                quote=basis.source.quote,
                topics=tuple(basis.topics),
            )
        )
    return cards
