"""The question bank: pydantic models and the one place bank files are read and checked."""

from factdeck.bank.loader import BankError, BankProblem, check_bank, dump_bank, load_bank
from factdeck.bank.models import (
    Bank,
    Fact,
    MultipleChoiceQuestion,
    NumberQuestion,
    OrderingQuestion,
    Question,
    QuestionType,
    SourceDocument,
    SourceRef,
    TrueFalseQuestion,
    TypedQuestion,
)

__all__ = [
    "Bank",
    "BankError",
    "BankProblem",
    "Fact",
    "MultipleChoiceQuestion",
    "NumberQuestion",
    "OrderingQuestion",
    "Question",
    "QuestionType",
    "SourceDocument",
    "SourceRef",
    "TrueFalseQuestion",
    "TypedQuestion",
    "check_bank",
    "dump_bank",
    "load_bank",
]
