"""Reading and checking bank files: every problem is reported with file, question id and field."""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pydantic_core
from pydantic import TypeAdapter, ValidationError
from pydantic_core import ErrorDetails, from_json, to_json

from factdeck import controls, files
from factdeck.bank import models
from factdeck.bank.models import (
    BANK_SCHEMA_VERSION,
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

MAX_BANK_BYTES = 200 * 1024 * 1024
"""The largest bank file read: twice a bank of 100,000 questions."""
MAX_PROBLEMS = 100
"""Checking stops after this many problems: enough to see what is wrong, and quick to show."""
MAX_CHECKED = 64
"""The most banks remembered as found valid (see ``load_bank``); the oldest are forgotten."""
_ESCAPED_CONTROL = re.compile(
    rb"\\u00[01][0-9a-fA-F]|\\u007[fF]|\\u00[89][0-9a-fA-F]|\xc2[\x80-\x9f]|\x7f"
)
"""A control character in JSON text, escaped or (DEL, C1) raw: worth a closer look."""
_PARSER_REASONS = {
    "recursion limit exceeded": "nested too deeply (a bank needs a few levels, not hundreds)",
    "number out of range": "a number with thousands of digits",
}

_QUESTION_TAGS = {kind.value for kind in QuestionType}
_QUESTION_MODELS: dict[
    QuestionType,
    type[
        MultipleChoiceQuestion
        | TrueFalseQuestion
        | TypedQuestion
        | NumberQuestion
        | OrderingQuestion
    ],
] = {
    QuestionType.MULTIPLE_CHOICE: MultipleChoiceQuestion,
    QuestionType.TRUE_FALSE: TrueFalseQuestion,
    QuestionType.TYPED: TypedQuestion,
    QuestionType.NUMBER: NumberQuestion,
    QuestionType.ORDERING: OrderingQuestion,
}


@functools.cache
def _question_validator() -> TypeAdapter[Question]:
    """The validator of one question, built when a bank is first checked question by question."""
    return TypeAdapter(Question)


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
        # Ids, file names and pydantic's quotes of the input come from the file: never let
        # them carry a control character to the screen.
        return controls.visible_line(f"{where}: {self.message}")


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
            _question_validator().validate_python(raw)
        except ValidationError as error:
            problems.extend(_question_problem(file, label, detail) for detail in error.errors())
        if len(problems) >= MAX_PROBLEMS:
            problems.append(_stopped(file, index + 1, len(questions)))
            return problems
    if not questions:
        problems.append(BankProblem(file, None, "questions", "the bank has no questions"))
    rest = {key: value for key, value in data.items() if key != "questions"}
    try:
        Bank.model_validate({**rest, "questions": []})
    except ValidationError as error:
        for detail in error.errors():
            problems.append(BankProblem(file, None, _field_path(detail["loc"]), detail["msg"]))
    problems.extend(_control_problems(data, file))
    return problems[: MAX_PROBLEMS + 1]


def _stopped(file: str, checked: int, total: int) -> BankProblem:
    return BankProblem(
        file,
        None,
        None,
        f"stopped after {MAX_PROBLEMS} problems, in question #{checked} of {total}; "
        "fix these and check again",
    )


def _strings(value: Any, where: str) -> Iterator[tuple[str, str]]:
    """Every string in parsed JSON (keys too) with the path to it, without recursion."""
    pending = [(where, value)]
    while pending:
        path, item = pending.pop()
        if isinstance(item, str):
            yield path, item
        elif isinstance(item, dict):
            for key, child in item.items():
                yield path, key
                pending.append((f"{path}.{key}" if path else str(key), child))
        elif isinstance(item, list):
            pending.extend((f"{path}[{index}]", child) for index, child in enumerate(item))


def _control_problems(data: dict[str, Any], file: str) -> list[BankProblem]:
    """A problem for each field holding a control character (the app shows them as ^[...)."""
    places: list[tuple[str | None, Any, str]] = [
        (None, value, key) for key, value in data.items() if key != "questions"
    ]
    questions = data.get("questions")
    for index, raw in enumerate(questions if isinstance(questions, list) else []):
        qid = raw.get("id") if isinstance(raw, dict) else None
        places.append((qid if isinstance(qid, str) and qid else f"#{index + 1}", raw, ""))
    problems: list[BankProblem] = []
    for label, value, where in places:
        for field, text in _strings(value, where):
            found = controls.CONTROL.search(text)
            if found is not None:
                problems.append(
                    BankProblem(
                        file,
                        label,
                        field or None,
                        f"holds the control character {controls.name(found.group())}, "
                        "which could drive the terminal; the app shows it as "
                        f"{controls.caret(found.group())}",
                    )
                )
    return problems


def _made_visible(data: Any) -> Any:
    """Parsed JSON with every control character in its strings in ``cat -v`` notation."""
    if isinstance(data, str):
        return controls.visible(data)
    if isinstance(data, list):
        return [_made_visible(item) for item in data]
    if isinstance(data, dict):
        return {_made_visible(key): _made_visible(item) for key, item in data.items()}
    return data


def _read_bytes(path: Path) -> bytes:
    """A bank file's bytes, turning every I/O failure into a BankError; at most MAX_BANK_BYTES."""
    file = str(path)
    try:
        with path.open("rb") as stream:
            data = stream.read(MAX_BANK_BYTES + 1)
    except FileNotFoundError:
        raise BankError([BankProblem(file, None, None, "no such file")]) from None
    except IsADirectoryError:
        raise BankError(
            [BankProblem(file, None, None, "is a directory, not a bank file")]
        ) from None
    except OSError as error:
        raise BankError([BankProblem(file, None, None, error.strerror or str(error))]) from None
    if len(data) > MAX_BANK_BYTES:
        limit = MAX_BANK_BYTES // (1024 * 1024)
        message = f"is larger than {limit} MB, the most a bank may be; nothing was read"
        raise BankError([BankProblem(file, None, None, message)])
    return data


def _decode(data: bytes, file: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BankError([BankProblem(file, None, None, "is not UTF-8 text")]) from None


def _parse_json(text: str, file: str) -> Any:
    """Parsed JSON; nesting deeper than a few hundred levels and numbers of thousands of
    digits are refused as malformed rather than exhausting the stack or the CPU."""
    try:
        return from_json(text)
    except ValueError as error:
        reason, _, place = str(error).partition(" at line ")
        reason = _PARSER_REASONS.get(reason, reason)
        message = (
            f"malformed JSON at line {place}: {reason}" if place else f"malformed JSON: {reason}"
        )
        raise BankError([BankProblem(file, None, None, message)]) from None


def check_bank(path: Path) -> list[BankProblem]:
    """Every problem with the bank file at ``path`` (empty when it is valid)."""
    try:
        data = _parse_json(_decode(_read_bytes(path), str(path)), str(path))
    except BankError as error:
        return error.problems
    return check_bank_data(data, str(path))


def load_bank(path: str | Path, *, checked: Path | None = None) -> Bank:
    """Load and validate a bank file; raises BankError listing every problem.

    Control characters in its text are made visible (ESC becomes ``^[``): the bank opens,
    and none can reach the terminal. ``check_bank`` reports them.

    Args:
        path: The bank file.
        checked: A folder that remembers the banks found valid, each by a digest of its bytes
            and of the models that checked it. A bank found there is built without checking it
            again: the app's start-up then does without pydantic's validators, which take
            longer to build than the shipped bank takes to read. A bank that passes is added
            (unless the folder cannot be written: it is only a cache). None: always check.
    """
    path = Path(path)
    raw = _read_bytes(path).removeprefix(b"\xef\xbb\xbf")
    seal = None if checked is None else _seal(checked, raw)
    if seal is not None and seal.is_file():
        return _built(from_json(raw))
    if _ESCAPED_CONTROL.search(raw) is None:
        try:
            # One pass over the file's bytes when the bank is valid (the usual case, and on
            # the start-up path; pydantic checks the UTF-8 itself, faster than decoding it
            # first); only a bank that fails is decoded and parsed again to name every
            # problem precisely.
            bank = Bank.model_validate_json(raw)
        except ValidationError:
            pass
        else:
            if bank.questions:
                if seal is not None:
                    _remember(seal)
                return bank
    # The text as the app will show it is what must be valid (a control character made
    # visible takes two to four characters).
    data = _made_visible(_parse_json(_decode(raw, str(path)), str(path)))
    problems = check_bank_data(data, str(path))
    if problems:
        raise BankError(problems)
    return Bank.model_validate(data)


@functools.cache
def _models_digest() -> bytes | None:
    """What decides whether bytes make a valid bank: the models' source and pydantic's version.

    None when the source cannot be read (the checks are then never skipped).
    """
    try:
        source = Path(models.__file__).read_bytes()
    except OSError:
        return None
    return hashlib.sha256(source + f"\0{pydantic_core.__version__}".encode()).digest()


def _seal(checked: Path, raw: bytes) -> Path | None:
    """The file in ``checked`` that says ``raw`` (a bank's bytes) was found valid by these
    models; None when they cannot be identified."""
    models_digest = _models_digest()
    if models_digest is None:
        return None
    return checked / hashlib.sha256(models_digest + raw).hexdigest()


def _remember(seal: Path) -> None:
    """Write ``seal`` (inside an existing saves folder), forgetting the oldest beyond
    ``MAX_CHECKED``; a cache, so a failure is ignored."""
    try:
        seal.parent.mkdir(exist_ok=True)
        files.write_atomically(seal, b"")
        notes = sorted(seal.parent.iterdir(), key=lambda note: note.stat().st_mtime_ns)
        for stale in notes[:-MAX_CHECKED]:
            stale.unlink(missing_ok=True)
    except OSError:
        pass


def _with_source(item: dict[str, Any]) -> dict[str, Any]:
    return {**item, "source": SourceRef.model_construct(**item["source"])}


def _built(data: dict[str, Any]) -> Bank:
    """The bank in ``data``, parsed from a file these models found valid: built as validating it
    would build it (the same fields, defaults and types), without the validators."""
    built = dict(data)
    if "sources" in data:
        built["sources"] = [SourceDocument.model_construct(**item) for item in data["sources"]]
    if "facts" in data:
        built["facts"] = [Fact.model_construct(**_with_source(item)) for item in data["facts"]]
    questions = []
    for item in data["questions"]:
        kind = QuestionType(item["type"])
        questions.append(
            _QUESTION_MODELS[kind].model_construct(**{**_with_source(item), "type": kind})
        )
    built["questions"] = questions
    return Bank.model_construct(**built)


def dump_bank(bank: Bank) -> str:
    """The bank as JSON text: stable key order and formatting, so equal banks are equal bytes.

    Serialised by pydantic in one step: no dictionary copy of a large deck in memory.
    """
    return bank.model_dump_json(indent=2) + "\n"


def dump_bank_bytes(bank: Bank) -> bytes:
    """``dump_bank`` as UTF-8 bytes, made without the text in between: for writing a deck."""
    return to_json(bank, indent=2) + b"\n"
