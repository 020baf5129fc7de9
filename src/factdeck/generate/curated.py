"""The curated file ``questions/facts.yaml``: documents metadata, curated facts, rejections.

Loading validates every entry with pydantic and reports each problem with the file and line it
comes from. The curated file is the authority for the shipped bank: for a document that has
curated facts, automatic candidates are kept only when listed under ``accept``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Literal, TypedDict

import yaml
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError

from factdeck.bank import (
    MultipleChoiceQuestion,
    NumberQuestion,
    Question,
    SourceRef,
    TrueFalseQuestion,
    TypedQuestion,
)
from factdeck.generate.distractors import DistractorPool, parse_date
from factdeck.generate.extract import date_variants
from factdeck.generate.facts import ANSWER_PLACEHOLDER, FactRecord, pairing_key
from factdeck.generate.patterns import LazyPattern
from factdeck.generate.questions import clamp_difficulty, fact_topics, typed_suits
from factdeck.generate.text import name_variants, number_value, number_variants, stable_rank
from factdeck.normalise import answer_key

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's loader when PyYAML was built with it (several times faster), else pure Python."""

SLUG = r"^[A-Za-z0-9][A-Za-z0-9_-]*$"
QuestionForm = Literal["mc", "tf", "typed", "number"]
"""A form of question a fact is asked in (true/false covers both the true and false statement)."""
_SORT_KEY = LazyPattern(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


def _to_text(value: Any) -> Any:
    """YAML reads ``1960`` as a number and ``1960-08-29`` as a date; the file means text."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return str(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def _to_text_list(value: Any) -> Any:
    return [_to_text(v) for v in value] if isinstance(value, list) else value


Text = Annotated[str, BeforeValidator(_to_text), Field(min_length=1)]
TextList = Annotated[list[Text], BeforeValidator(_to_text_list)]


class _Entry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class CuratedDocument(_Entry):
    id: Annotated[str, Field(pattern=SLUG)]
    file: Text
    title: Text
    kind: Text = "document"
    date: Annotated[str | None, BeforeValidator(_to_text)] = None


class Evidence(_Entry):
    """The same claim stated in another place: a document id and a verbatim quote."""

    document: Text
    quote: Text


class CuratedFact(_Entry):
    id: Annotated[str, Field(pattern=SLUG)]
    document: Text
    quote: Text
    statement: Text
    kind: Literal[
        "year", "date", "number", "person", "place", "country", "organisation", "event", "other"
    ]
    answer: Text
    prompt: Text
    accepted: TextList = Field(default_factory=list)
    statement_template: Text | None = None
    year: Annotated[str | None, BeforeValidator(_to_text)] = None
    event: Text | None = None
    number: int | None = None
    number_prompt: Text | None = None
    """The number question's prompt when the answer is not itself the number (a date's year)."""
    distractors: TextList | None = None
    """Three wrong answers; ``[]`` for no multiple choice; left out, the corpus supplies them."""
    not_distractors: TextList = Field(default_factory=list)
    unique: bool = False
    attributed: bool = False
    topics: TextList = Field(default_factory=list)
    difficulty: int = Field(default=2, ge=1, le=3)
    replaces: Text | None = None
    also: list[Evidence] = Field(default_factory=list)
    """Other places that state the same claim (checked verbatim like ``quote``)."""
    answer_not_in_quote: Text | None = None
    """Why the answer is a restatement rather than words of the quote."""
    false_statement: Text | None = None
    """A plausible misconception, asked as a false true/false statement instead of the true one."""
    note: Text | None = None
    """Where the documents disagree with the wider record: shown after the answers of
    ``note_forms``."""
    note_forms: list[QuestionForm] | None = None
    """The forms whose explanation carries the note; left out, every form. A note on a disputed
    day or month belongs on the forms that ask it, not on multiple choice (the other date is not
    among the options) nor on a question asking the year alone."""
    typed: bool = True
    """False where a learner could not be expected to type the answer's words."""
    true_false: bool = True
    """False where the fact's statement would only repeat another fact's true/false question."""
    number_question: bool = True
    """False where the exact number or bare year is not worth recalling on its own (it stays
    in the fact's other forms and in ordering questions)."""


class Rejection(_Entry):
    id: Text
    reason: Text


class CuratedFile(_Entry):
    deck: Text | None = None
    documents: list[CuratedDocument] = Field(default_factory=list)
    facts: list[CuratedFact] = Field(default_factory=list)
    rejected: list[Rejection] = Field(default_factory=list)
    accept: TextList = Field(default_factory=list)
    """Automatic candidate ids kept as they are."""


class CuratedError(Exception):
    """The curated file cannot be used; ``problems`` lists every problem with its line."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))


@dataclass
class Curated:
    """A loaded curated file, with the line of each entry for later messages."""

    path: Path
    data: CuratedFile
    lines: dict[tuple[str | int, ...], int] = field(default_factory=dict)

    def where(self, *location: str | int) -> str:
        """``facts.yaml:12`` for the entry at ``location`` (or its nearest parent)."""
        for cut in range(len(location), 0, -1):
            line = self.lines.get(tuple(location[:cut]))
            if line is not None:
                return f"{self.path}:{line}"
        return str(self.path)


def _node_lines(
    node: yaml.Node, location: tuple[str | int, ...], lines: dict[tuple[str | int, ...], int]
) -> None:
    lines[location] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode):
                lines[(*location, key.value)] = key.start_mark.line + 1
                _node_lines(value, (*location, key.value), lines)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _node_lines(item, (*location, index), lines)


def load_curated(path: Path) -> Curated:
    """Read and validate the curated file; raises CuratedError naming each bad line."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CuratedError([f"{path}: no such file"]) from None
    except UnicodeDecodeError:
        raise CuratedError([f"{path}: is not UTF-8 text"]) from None
    except OSError as error:
        raise CuratedError([f"{path}: {error.strerror or error}"]) from None
    loader = _Loader(text)
    try:
        root = loader.get_single_node()
        raw = loader.construct_document(root) if root is not None else None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark is not None else str(path)
        problem = getattr(error, "problem", None) or str(error)
        raise CuratedError([f"{where}: YAML syntax error: {problem}"]) from None
    finally:
        loader.dispose()
    lines: dict[tuple[str | int, ...], int] = {}
    if root is not None:
        _node_lines(root, (), lines)
    curated = Curated(path, CuratedFile(), lines)
    if raw is None:
        return curated
    if not isinstance(raw, dict):
        raise CuratedError([f"{path}:1: the file must be a mapping with documents and facts"])
    try:
        curated.data = CuratedFile.model_validate(raw)
    except ValidationError as error:
        problems = []
        for detail in error.errors():
            location = tuple(detail["loc"])
            label = _label(raw, location)
            field_name = ".".join(str(part) for part in location)
            problems.append(f"{curated.where(*location)}: {label}{field_name}: {detail['msg']}")
        raise CuratedError(problems) from None
    return curated


def _label(raw: dict[str, Any], location: tuple[str | int, ...]) -> str:
    if len(location) >= 2 and isinstance(location[1], int):
        entries = raw.get(str(location[0]))
        if isinstance(entries, list) and location[1] < len(entries):
            entry = entries[location[1]]
            if isinstance(entry, dict) and entry.get("id"):
                return f"{location[0]} entry {entry['id']!r}: "
    return ""


def check_curated(curated: Curated, cleaned_texts: dict[str, str], files: set[str]) -> list[str]:
    """Problems that need the documents: unknown ids, quotes not verbatim, bad templates.

    ``cleaned_texts`` maps document id → cleaned text; ``files`` are the files that exist.
    """
    problems: list[str] = []
    data = curated.data
    seen_docs: set[str] = set()
    for index, document in enumerate(data.documents):
        where = curated.where("documents", index)
        if document.id in seen_docs:
            problems.append(f"{where}: document {document.id!r}: duplicate id")
        seen_docs.add(document.id)
        if document.file not in files:
            problems.append(f"{where}: document {document.id!r}: no file {document.file!r}")
    seen_facts: set[str] = set()
    for index, fact in enumerate(data.facts):

        def problem(
            field_name: str, message: str, index: int = index, fact_id: str = fact.id
        ) -> None:
            where = curated.where("facts", index, field_name)
            problems.append(f"{where}: fact {fact_id!r}: {field_name}: {message}")

        if fact.id in seen_facts:
            problem("id", "duplicate id")
        seen_facts.add(fact.id)
        if fact.document not in seen_docs:
            problem("document", f"unknown document {fact.document!r}")
        elif fact.document in cleaned_texts and fact.quote not in cleaned_texts[fact.document]:
            problem("quote", "is not verbatim in the document's text (after cleaning)")
        for number, evidence in enumerate(fact.also):
            if evidence.document not in seen_docs:
                problem("also", f"[{number}]: unknown document {evidence.document!r}")
            elif evidence.quote not in cleaned_texts.get(evidence.document, evidence.quote):
                problem("also", f"[{number}]: quote is not verbatim in {evidence.document!r}")
        if fact.statement_template is not None:
            count = fact.statement_template.count(ANSWER_PLACEHOLDER)
            if count != 1:
                problem("statement_template", f"needs {ANSWER_PLACEHOLDER} exactly once")
        if fact.year is not None and not _SORT_KEY.match(fact.year):
            problem("year", "must be a year (1960) or a date (1960-08-29)")
        distractors = fact.distractors or []
        if len(distractors) not in (0, 3):
            problem("distractors", "give three wrong answers ([] for no multiple choice)")
        answers = {_key(fact.answer), *(_key(a) for a in fact.accepted)}
        for value in distractors:
            if _key(value) in answers:
                problem("distractors", f"{value!r} is the answer")
            if _key(value) in {_key(v) for v in fact.not_distractors}:
                problem("distractors", f"{value!r} is also listed in not_distractors")
    return problems


def _key(value: str) -> str:
    return answer_key(value)


def curated_fact(entry: CuratedFact) -> FactRecord:
    """The pipeline record of one curated fact, with derived sort key, number and prompts."""
    sort_key = entry.year
    parsed = parse_date(entry.answer) if entry.kind == "date" else None
    if sort_key is None and entry.kind == "year" and entry.answer.isdigit():
        sort_key = f"{int(entry.answer):04d}"
    if sort_key is None and parsed is not None:
        sort_key = f"{parsed.year:04d}-{parsed.month:02d}" + (
            f"-{parsed.day:02d}" if parsed.day else ""
        )
    number = entry.number
    if number is None and entry.kind in ("year", "number"):
        number = number_value(entry.answer)
    accepted = list(entry.accepted)
    if entry.kind == "person":
        accepted.extend(name_variants(entry.answer))
    elif entry.kind == "number":
        accepted.extend(number_variants(entry.answer))
    elif entry.kind == "date" and sort_key is not None and parsed is not None:
        accepted.extend(date_variants(entry.answer, sort_key))
    number_prompt = _number_prompt(entry, number) if entry.number_question else None
    keys = [pairing_key(entry.prompt.replace("?", "") + " " + ANSWER_PLACEHOLDER)]
    if entry.statement_template:
        keys.insert(0, pairing_key(entry.statement_template))
    return FactRecord(
        id=entry.id,
        document=entry.document,
        quote=entry.quote,
        statement=entry.statement,
        kind=entry.kind,
        answer=entry.answer,
        prompt=entry.prompt,
        accepted=tuple(a for a in dict.fromkeys(accepted) if a != entry.answer),
        statement_template=entry.statement_template,
        sort_key=sort_key,
        event=entry.event,
        number=number,
        number_prompt=number_prompt,
        distractors=tuple(entry.distractors or ()),
        multiple_choice=entry.distractors != [],
        not_distractors=tuple(entry.not_distractors),
        unique=entry.unique,
        attributed=entry.attributed,
        topics=tuple(entry.topics),
        difficulty=entry.difficulty,
        false_statement=entry.false_statement,
        note=entry.note,
        note_forms=tuple(entry.note_forms) if entry.note_forms is not None else None,
        typed=entry.typed,
        true_false=entry.true_false,
        origin="curated",
        pairing_keys=tuple(keys),
    )


def _number_prompt(entry: CuratedFact, number: int | None) -> str | None:
    """The prompt of the number question: the curated one for years and counts, otherwise the
    statement with just the year blanked ("... on 29 August _____.")."""
    if number is None:
        return None
    if entry.number_prompt:
        return entry.number_prompt
    if entry.kind in ("year", "number"):
        return entry.prompt
    year = str(number)
    base = (
        entry.statement_template.replace(ANSWER_PLACEHOLDER, entry.answer, 1)
        if (entry.statement_template)
        else entry.statement
    )
    if len(year) == 4 and base.count(year) == 1:
        return "Fill in the year: " + base.replace(year, "_____")
    return None


NOTE_LABEL = "Note:"
"""Starts the part of an explanation that says where the documents and the wider record differ."""

_LEADING_NUMBER = LazyPattern(r"\d{1,3}(?:,\d{3})+|\d+")
"""The number an option starts with: "100,000", "1960" of "1960s"."""


class _Common(TypedDict):
    fact_id: str
    source: SourceRef
    topics: list[str]


def explanation(fact: FactRecord, form: QuestionForm) -> str:
    """What a question of the fact in ``form`` says after the answer: the fact, then the note
    where the fact has one for that form."""
    if fact.note and (fact.note_forms is None or form in fact.note_forms):
        return f"{fact.statement} {NOTE_LABEL} {fact.note}"
    return fact.statement


def explanation_parts(text: str) -> tuple[str, str | None]:
    """An explanation's statement and its note (None when it has none), for showing apart."""
    statement, marker, note = text.partition(f" {NOTE_LABEL} ")
    return (statement, note) if marker and note.strip() else (text, None)


def _option_order(fact: FactRecord, question_id: str, options: list[str]) -> list[str]:
    """Dates, years, decades and counts in their natural order; anything else in a fixed shuffle."""
    if fact.kind == "date":
        dates = [parse_date(option) for option in options]
        if None not in dates:
            order = [date.ordinal if date else 0 for date in dates]
            return [option for _, option in sorted(zip(order, options, strict=True))]
    if fact.kind in ("year", "date", "number"):
        numbers = [_LEADING_NUMBER.match(option) for option in options]
        if None not in numbers:
            values = [int(match.group(0).replace(",", "")) if match else 0 for match in numbers]
            return [option for _, option in sorted(zip(values, options, strict=True))]
    return sorted(options, key=lambda option: stable_rank(question_id, option))


def curated_questions(fact: FactRecord, pool: DistractorPool) -> list[Question]:
    """The questions of one curated fact, written from its own fields.

    A fact with three curated wrong answers uses exactly those, so the shipped deck never
    changes with the corpus; one without them takes the corpus's (``pool``). There is at most one
    true/false question: the curated misconception if there is one, else the true statement
    (none where the curator says another fact's statement already asks it).
    """
    source = SourceRef(document=fact.document, quote=fact.quote)
    common = _Common(fact_id=fact.id, source=source, topics=fact_topics(fact))
    level = clamp_difficulty(fact.difficulty)
    questions: list[Question] = []
    wrong = list(fact.distractors) if len(fact.distractors) == 3 else pool.choose(fact)
    if fact.multiple_choice and len(wrong) == 3:
        question_id = f"{fact.id}.mc"
        questions.append(
            MultipleChoiceQuestion(
                id=question_id,
                prompt=fact.prompt,
                options=_option_order(fact, question_id, [fact.answer, *wrong]),
                answer=fact.answer,
                explanation=explanation(fact, "mc"),
                difficulty=level,
                **common,
            )
        )
    true_statement = fact.fill(fact.answer) or fact.statement
    if fact.true_false and fact.false_statement:
        questions.append(
            TrueFalseQuestion(
                id=f"{fact.id}.tf-false",
                prompt=fact.false_statement,
                answer=False,
                correct_statement=true_statement,
                explanation=explanation(fact, "tf"),
                difficulty=level,
                **common,
            )
        )
    elif fact.true_false:
        questions.append(
            TrueFalseQuestion(
                id=f"{fact.id}.tf",
                prompt=true_statement,
                answer=True,
                explanation=explanation(fact, "tf"),
                difficulty=clamp_difficulty(level - 1),
                **common,
            )
        )
    if fact.typed and typed_suits(fact):
        questions.append(
            TypedQuestion(
                id=f"{fact.id}.typed",
                prompt=fact.prompt,
                answer=fact.answer,
                accepted=list(fact.accepted),
                explanation=explanation(fact, "typed"),
                difficulty=clamp_difficulty(level + 1),
                **common,
            )
        )
    if fact.number is not None and fact.number_prompt:
        questions.append(
            NumberQuestion(
                id=f"{fact.id}.number",
                prompt=fact.number_prompt,
                answer=fact.number,
                explanation=explanation(fact, "number"),
                difficulty=clamp_difficulty(level + 1),
                **common,
            )
        )
    return questions
