"""The question bank: pydantic models and the one place bank files are read and checked."""

from factdeck.bank.answers import ORDER_SEPARATOR, answer_text, format_number
from factdeck.bank.loader import BankError, BankProblem, check_bank, dump_bank, load_bank
from factdeck.bank.models import (
    MAX_NUMBER,
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
    "MAX_NUMBER",
    "ORDER_SEPARATOR",
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
    "answer_text",
    "check_bank",
    "dump_bank",
    "format_number",
    "load_bank",
]
