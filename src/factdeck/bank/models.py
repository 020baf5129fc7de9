"""Pydantic models of a question bank: its source documents, facts and questions.

The bank JSON is public (see the README): ``{"schema_version": 1, "deck": ..., "sources": [...],
"facts": [...], "questions": [...]}``. Each question is one of five types, told apart by ``type``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import StrEnum
from types import MappingProxyType
from typing import Annotated, Any, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_validator, model_validator

BANK_SCHEMA_VERSION = 1

MAX_TEXT = 10_000
"""The longest text of a bank field, in characters: far beyond any real question or quote, and
short enough to show at once."""
MAX_NUMBER = 10**18
"""The largest number answer (either sign): beyond any count, sum or year a question asks."""

Text = Annotated[str, Field(max_length=MAX_TEXT)]
NonEmpty = Annotated[str, Field(min_length=1, max_length=MAX_TEXT)]


class QuestionType(StrEnum):
    MULTIPLE_CHOICE = "multiple_choice"
    TRUE_FALSE = "true_false"
    TYPED = "typed"
    NUMBER = "number"
    ORDERING = "ordering"


class _Model(BaseModel):
    # Validators are built when first used, not when this module is imported: the app opens a
    # bank it has already checked without them (``load_bank(..., checked=...)``).
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class SourceDocument(_Model):
    """A document the bank's facts were taken from."""

    id: NonEmpty
    title: NonEmpty
    kind: NonEmpty
    """What sort of text it is: ``encyclopedia``, ``news``, ``notes``..."""
    date: Text | None = None
    """Publication date where known (ISO 8601, possibly only a year)."""
    file: Text | None = None
    """The document's file name under the sources folder."""


class SourceRef(_Model):
    """Where a fact or question comes from: a document id and a verbatim quote from it."""

    document: NonEmpty
    quote: NonEmpty


class Fact(_Model):
    """One checkable statement, with the evidence for it."""

    id: NonEmpty
    statement: NonEmpty
    """The fact in one sentence; also the explanation shown after answering."""
    kind: NonEmpty
    """The kind of its answer: ``year``, ``date``, ``number``, ``person``, ``place``, ..."""
    source: SourceRef
    topics: list[Text] = Field(default_factory=list)


class _QuestionBase(_Model):
    id: NonEmpty
    """Stable across regeneration: derived from the fact id and the question form."""
    fact_id: NonEmpty
    prompt: NonEmpty
    explanation: NonEmpty
    source: SourceRef
    topics: list[Text] = Field(default_factory=list)
    difficulty: int = Field(default=2, ge=1, le=3)
    """1 easy, 2 medium, 3 hard."""


class MultipleChoiceQuestion(_QuestionBase):
    type: Literal[QuestionType.MULTIPLE_CHOICE] = QuestionType.MULTIPLE_CHOICE
    options: list[NonEmpty] = Field(min_length=4, max_length=4)
    answer: NonEmpty

    @model_validator(mode="after")
    def _answer_is_one_option(self) -> MultipleChoiceQuestion:
        if len(set(self.options)) != len(self.options):
            raise ValueError("options must be distinct")
        if self.answer not in self.options:
            raise ValueError(f"answer {self.answer!r} is not one of the options")
        return self


class TrueFalseQuestion(_QuestionBase):
    """The prompt is a statement; ``answer`` says whether it is true."""

    type: Literal[QuestionType.TRUE_FALSE] = QuestionType.TRUE_FALSE
    answer: bool = Field(strict=True)
    """``true`` or ``false`` only: a "yes" or a 1 is refused, not guessed at."""
    correct_statement: Text | None = None
    """For a false statement: the true one, shown in feedback."""


class TypedQuestion(_QuestionBase):
    type: Literal[QuestionType.TYPED] = QuestionType.TYPED
    answer: NonEmpty
    accepted: list[NonEmpty] = Field(default_factory=list)
    """Other spellings graded as right, e.g. "Kim Il-sung" for "Kim Il Sung"."""


class NumberQuestion(_QuestionBase):
    type: Literal[QuestionType.NUMBER] = QuestionType.NUMBER
    answer: int = Field(strict=True, ge=-MAX_NUMBER, le=MAX_NUMBER)


class OrderingQuestion(_QuestionBase):
    """Put ``options`` into the order given by ``answer``. The app shows the options in a fresh
    shuffle each time it asks; ``options`` is the order a bank or an export lists them in."""

    type: Literal[QuestionType.ORDERING] = QuestionType.ORDERING
    options: list[NonEmpty] = Field(min_length=3, max_length=5)
    answer: list[NonEmpty] = Field(min_length=3, max_length=5)

    @model_validator(mode="after")
    def _answer_orders_the_options(self) -> OrderingQuestion:
        if len(set(self.options)) != len(self.options):
            raise ValueError("ordering items must be distinct")
        if sorted(self.answer) != sorted(self.options):
            raise ValueError("answer must list exactly the options, in the right order")
        return self


Question = Annotated[
    MultipleChoiceQuestion | TrueFalseQuestion | TypedQuestion | NumberQuestion | OrderingQuestion,
    Field(discriminator="type"),
]


def _refuse_duplicate_ids(ids: Iterable[str], what: str) -> None:
    """Raise ValueError naming the first id given twice (``duplicate fact id 'x'``)."""
    seen: set[str] = set()
    for item_id in ids:
        if item_id in seen:
            raise ValueError(f"duplicate {what} id {item_id!r}")
        seen.add(item_id)


class Bank(_Model):
    """A validated question bank."""

    schema_version: Literal[1] = 1
    deck: NonEmpty = "FactDeck"
    sources: list[SourceDocument] = Field(default_factory=list)
    facts: list[Fact] = Field(default_factory=list)
    questions: list[Question]

    _questions_by_id: dict[str, Question] = PrivateAttr(default_factory=dict)
    _facts_by_id: dict[str, Fact] = PrivateAttr(default_factory=dict)
    _sources_by_id: dict[str, SourceDocument] = PrivateAttr(default_factory=dict)
    _questions_by_fact: dict[str, tuple[Question, ...]] = PrivateAttr(default_factory=dict)

    def model_post_init(self, context: object, /) -> None:
        self._questions_by_id = {q.id: q for q in self.questions}
        self._facts_by_id = {f.id: f for f in self.facts}
        self._sources_by_id = {s.id: s for s in self.sources}
        forms: dict[str, list[Question]] = {}
        for question in self.questions:
            forms.setdefault(question.fact_id, []).append(question)
        self._questions_by_fact = {fact_id: tuple(group) for fact_id, group in forms.items()}

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Self:
        """A copy, its indexes rebuilt when ``update`` changes what they index."""
        copied = super().model_copy(update=update, deep=deep)
        if update:
            copied.model_post_init(None)
        return copied

    @field_validator("questions")
    @classmethod
    def _ids_are_unique(cls, questions: list[Question]) -> list[Question]:
        _refuse_duplicate_ids((question.id for question in questions), "question")
        return questions

    @field_validator("facts")
    @classmethod
    def _fact_ids_are_unique(cls, facts: list[Fact]) -> list[Fact]:
        _refuse_duplicate_ids((fact.id for fact in facts), "fact")
        return facts

    def question(self, question_id: str) -> Question | None:
        """The question with this id, or None when the bank no longer has it."""
        return self._questions_by_id.get(question_id)

    def questions_of_fact(self, fact_id: str) -> tuple[Question, ...]:
        """Every question form of one fact, in bank order (none for an unknown fact)."""
        return self._questions_by_fact.get(fact_id, ())

    @property
    def questions_by_fact(self) -> Mapping[str, tuple[Question, ...]]:
        """Each fact that has questions, in bank order, with its question forms in bank order."""
        return MappingProxyType(self._questions_by_fact)

    def fact(self, fact_id: str) -> Fact | None:
        return self._facts_by_id.get(fact_id)

    def source(self, document_id: str) -> SourceDocument | None:
        """The source document with this id, or None when the bank does not describe it."""
        return self._sources_by_id.get(document_id)

    @property
    def fact_ids(self) -> list[str]:
        """Every fact that has at least one question, in bank order."""
        return list(self._questions_by_fact)
