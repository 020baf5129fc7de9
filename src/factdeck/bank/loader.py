"""Reading and checking bank files: every problem is reported with file, question id and field."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter, ValidationError
from pydantic_core import ErrorDetails

from factdeck.bank.models import BANK_SCHEMA_VERSION, Bank, Question, QuestionType

_QUESTION = TypeAdapter(Question)
_QUESTION_TAGS = {kind.value for kind in QuestionType}


@dataclass(frozen=True)
class BankProblem:
    """One thing wrong with a bank file."""

    file: str
    question_id: str | None
    field: str | None
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.question_id is not None:
            where += f": question {self.question_id}"
        if self.field:
            where += f": {self.field}"
        return f"{where}: {self.message}"


class BankError(Exception):
    """A bank file that cannot be used; ``problems`` lists everything wrong with it."""

    def __init__(self, problems: list[BankProblem]) -> None:
        self.problems = problems
        shown = "\n".join(f"  {problem}" for problem in problems[:20])
        more = f"\n  ... and {len(problems) - 20} more" if len(problems) > 20 else ""
        super().__init__(f"the question bank cannot be used:\n{shown}{more}")


def _field_path(location: tuple[int | str, ...]) -> str:
    parts: list[str] = []
    for part in location:
        if isinstance(part, int):
            parts.append(f"[{part}]")
        elif part in _QUESTION_TAGS:
            continue  # pydantic names the union member it tried; the user needs the field.
        else:
            parts.append(f".{part}" if parts else str(part))
    return "".join(parts)


def _question_problem(file: str, label: str, detail: ErrorDetails) -> BankProblem:
    message = detail["msg"].removeprefix("Value error, ")
    field = _field_path(detail["loc"])
    if detail["type"] == "union_tag_invalid":
        tags = ", ".join(sorted(_QUESTION_TAGS))
        return BankProblem(
            file, label, "type", f"unknown type {detail['ctx']['tag']!r} (one of {tags})"
        )
    if detail["type"] == "union_tag_not_found":
        return BankProblem(file, label, "type", "missing")
    if not field:
        # Cross-field checks name the field they concern as their message's first word.
        field = message.split(" ", 1)[0]
    return BankProblem(file, label, field, message)


def check_bank_data(data: Any, file: str) -> list[BankProblem]:
    """Every problem in already-parsed bank data (empty when the bank is valid)."""
    if not isinstance(data, dict):
        return [BankProblem(file, None, None, "the bank must be a JSON object")]
    problems: list[BankProblem] = []
    version = data.get("schema_version")
    if version != BANK_SCHEMA_VERSION:
        problems.append(
            BankProblem(
                file,
                None,
                "schema_version",
                f"expected {BANK_SCHEMA_VERSION}, found {version!r}",
            )
        )
    questions = data.get("questions")
    if not isinstance(questions, list):
        problems.append(BankProblem(file, None, "questions", "must be a list of questions"))
        return problems
    seen: dict[str, int] = {}
    for index, raw in enumerate(questions):
        qid = raw.get("id") if isinstance(raw, dict) else None
        label = qid if isinstance(qid, str) and qid else f"#{index + 1}"
        if isinstance(qid, str) and qid:
            if qid in seen:
                problems.append(
                    BankProblem(file, label, "id", f"duplicate id (also question #{seen[qid] + 1})")
                )
            else:
                seen[qid] = index
        try:
            _QUESTION.validate_python(raw)
        except ValidationError as error:
            problems.extend(_question_problem(file, label, detail) for detail in error.errors())
    if problems:
        return problems
    rest = {key: value for key, value in data.items() if key != "questions"}
    try:
        Bank.model_validate({**rest, "questions": []})
    except ValidationError as error:
        for detail in error.errors():
            problems.append(BankProblem(file, None, _field_path(detail["loc"]), detail["msg"]))
    return problems


def _read_bytes(path: Path) -> bytes:
    """A bank file's bytes, turning every I/O failure into a BankError."""
    file = str(path)
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise BankError([BankProblem(file, None, None, "no such file")]) from None
    except IsADirectoryError:
        raise BankError(
            [BankProblem(file, None, None, "is a directory, not a bank file")]
        ) from None
    except OSError as error:
        raise BankError([BankProblem(file, None, None, error.strerror or str(error))]) from None


def _decode(data: bytes, file: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise BankError([BankProblem(file, None, None, "is not UTF-8 text")]) from None


def _parse_json(text: str, file: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        message = f"malformed JSON at line {error.lineno}, column {error.colno}: {error.msg}"
        raise BankError([BankProblem(file, None, None, message)]) from None


def check_bank(path: Path) -> list[BankProblem]:
    """Every problem with the bank file at ``path`` (empty when it is valid)."""
    try:
        data = _parse_json(_decode(_read_bytes(path), str(path)), str(path))
    except BankError as error:
        return error.problems
    return check_bank_data(data, str(path))


def load_bank(path: str | Path) -> Bank:
    """Load and validate a bank file; raises BankError listing every problem."""
    path = Path(path)
    raw = _read_bytes(path)
    try:
        # One pass over the file's bytes when the bank is valid (the usual case, and on the
        # start-up path; pydantic checks the UTF-8 itself, faster than decoding it first);
        # only a bank that fails is decoded and parsed again to name every problem precisely.
        return Bank.model_validate_json(raw)
    except ValidationError:
        pass
    data = _parse_json(_decode(raw, str(path)), str(path))
    problems = check_bank_data(data, str(path))
    if problems:
        raise BankError(problems)
    return Bank.model_validate(data)


def dump_bank(bank: Bank) -> str:
    """The bank as JSON text: stable key order and formatting, so equal banks are equal bytes."""
    return json.dumps(bank.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"
