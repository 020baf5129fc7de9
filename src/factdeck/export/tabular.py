"""Decks as tables: CSV export, and question/answer pairs read from CSV or TSV files.

``csv_text`` writes one row per question under the header
``id, type, prompt, answer, options, explanation, document, quote, topics``; list values
(options, the order of an ordering question, topics) are joined by `` | ``, true/false answers
are ``true``/``false``.

``deck_from_pairs`` reads what flashcard apps export:
- Anki "Notes in Plain Text": tab-separated, CSV quoting, optional ``#key:value`` header lines
  (``#separator:tab``, ``#html:true``, ``#guid column:1``, ``#notetype column:2``,
  ``#deck column:3``, ``#tags column:6``...). The columns named by those headers are not
  question text; the first two remaining columns are the question and the answer; tags become
  topics. With ``#html:true`` (or, without that header, when a file without a header row holds
  HTML tags or entities) the markup is reduced to plain text by a parser: nothing in it is
  ever run.
- Quizlet: ``term<TAB>definition`` per line, or ``term,definition``; with commas, an unquoted
  definition may itself hold commas, so everything after the first comma is the definition.
- FactDeck's own CSV export (and any table whose header row names a question column
  ``prompt``/``question``/``front``/``term`` and an answer column
  ``answer``/``back``/``definition``): the named columns are used, with ``explanation`` and
  ``topics`` when present. Rows whose ``type`` is ``ordering`` are skipped: a list of items to
  put in order is not a question/answer pair.
Each pair becomes a typed question. Ids come from a hash of the prompt, so re-importing the
same file keeps learner progress; a prompt seen again adds its answer as an accepted spelling.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from factdeck.bank import (
    Bank,
    Fact,
    Question,
    SourceDocument,
    SourceRef,
    TypedQuestion,
    answer_text,
)
from factdeck.export.cards import LIST_SEPARATOR, document_title, options_text
from factdeck.files import write_atomically

CSV_HEADER = (
    "id",
    "type",
    "prompt",
    "answer",
    "options",
    "explanation",
    "document",
    "quote",
    "topics",
)

_SEPARATOR_NAMES = {
    "tab": "\t",
    "comma": ",",
    "semicolon": ";",
    "space": " ",
    "pipe": "|",
    "colon": ":",
}
_PROMPT_COLUMNS = ("prompt", "question", "front", "term")
_ANSWER_COLUMNS = ("answer", "back", "definition")
_HTML_HINT = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?/?>|&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);")
_SOUND_REF = re.compile(r"\[sound:[^\]]*\]")
_BLOCK_TAGS = frozenset({"br", "div", "p", "li", "tr", "td", "th", "hr", "h1", "h2", "h3", "h4"})
_HIDDEN_TAGS = frozenset({"script", "style", "head", "title"})


def csv_text(bank: Bank) -> str:
    """The bank as CSV text with a header row, one row per question in bank order."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    for question in bank.questions:
        writer.writerow(
            [
                question.id,
                question.type.value,
                question.prompt,
                answer_text(question, field_separator=LIST_SEPARATOR),
                options_text(question),
                question.explanation,
                document_title(bank, question.source.document),
                question.source.quote,
                LIST_SEPARATOR.join(question.topics),
            ]
        )
    return buffer.getvalue()


def write_csv(bank: Bank, path: Path) -> int:
    """Write the bank's CSV (UTF-8) to ``path`` atomically; returns the number of rows."""
    write_atomically(path, csv_text(bank).encode("utf-8"))
    return len(bank.questions)


class _TextExtractor(HTMLParser):
    """Collects the text of an HTML fragment; tags only ever become spaces."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN_TAGS:
            self._hidden += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN_TAGS:
            self._hidden = max(0, self._hidden - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment: tags dropped, entities decoded, whitespace collapsed."""
    extractor = _TextExtractor()
    extractor.feed(fragment)
    extractor.close()
    return " ".join("".join(extractor.parts).split())


def _plain(text: str, *, html: bool) -> str:
    text = _SOUND_REF.sub(" ", text)
    return html_to_text(text) if html else " ".join(text.split())


def _decode(path: Path, raw: bytes) -> str:
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"  # Spreadsheet "Unicode text" exports.
    else:
        encoding = "utf-8-sig"
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as error:
        raise ValueError(
            f"{path}: cannot read the text (not {encoding.removesuffix('-sig').upper()} "
            f"at byte {error.start}); save it as UTF-8 and try again"
        ) from None


@dataclass
class _Layout:
    """How a pairs file is laid out, from its header lines and first row."""

    separator: str | None = None
    html: bool | None = None
    skipped_columns: set[int] = field(default_factory=set)
    tags_column: int | None = None
    shared_tags: list[str] = field(default_factory=list)


def _read_header_lines(lines: list[str]) -> tuple[_Layout, int]:
    """Parse Anki's leading ``#key:value`` lines; returns the layout and the first data line."""
    layout = _Layout()
    index = 0
    while index < len(lines) and lines[index].startswith("#"):
        key, _, value = lines[index][1:].partition(":")
        key, value = key.strip().lower(), value.strip()
        if key == "separator":
            layout.separator = _SEPARATOR_NAMES.get(value.lower(), value[:1] or None)
        elif key == "html":
            layout.html = value.lower() == "true"
        elif key in {"guid column", "notetype column", "deck column"} and value.isdigit():
            layout.skipped_columns.add(int(value) - 1)
        elif key == "tags column" and value.isdigit():
            layout.tags_column = int(value) - 1
        elif key == "tags":
            layout.shared_tags = value.split()
        index += 1
    return layout, index


def _guess_separator(first_line: str, path: Path) -> str:
    if "\t" in first_line or path.suffix.lower() == ".tsv":
        return "\t"
    return ","


@dataclass
class _Pair:
    prompt: str
    answers: list[str]
    explanation: str | None
    topics: list[str]


def _topics_of(tags: str) -> list[str]:
    return [tag.replace("_", " ") for tag in tags.split() if tag]


def _named_columns(row: list[str]) -> dict[str, int] | None:
    """Column positions when ``row`` is a header naming a prompt and an answer column."""
    names = [cell.strip().lower() for cell in row]
    prompt = next((names.index(n) for n in _PROMPT_COLUMNS if n in names), None)
    answer = next((names.index(n) for n in _ANSWER_COLUMNS if n in names), None)
    if prompt is None or answer is None:
        return None
    columns = {"prompt": prompt, "answer": answer}
    for optional in ("type", "explanation", "topics"):
        if optional in names:
            columns[optional] = names.index(optional)
    return columns


def _read_pairs(path: Path, text: str) -> list[_Pair]:
    lines = text.splitlines()
    layout, start = _read_header_lines(lines)
    body = "\n".join(lines[start:])
    if not body.strip():
        raise ValueError(f"{path}: has no question/answer rows")
    first_line = next(line for line in lines[start:] if line.strip())
    separator = layout.separator or _guess_separator(first_line, path)
    try:
        rows = [
            row
            for row in csv.reader(io.StringIO(body), delimiter=separator)
            if any(value.strip() for value in row)
        ]
    except csv.Error as error:
        raise ValueError(f"{path}: cannot read the table: {error}") from None
    named = _named_columns(rows[0]) if rows else None
    if named is not None:
        rows = rows[1:]
    if layout.html is not None:
        html = layout.html
    else:  # A table with named columns is plain text; a bare export may carry HTML.
        html = named is None and bool(_HTML_HINT.search(body))
    quizlet_commas = (
        separator == ","
        and layout.separator is None
        and not layout.skipped_columns
        and layout.tags_column is None
    )
    pairs: list[_Pair] = []
    for row in rows:
        cell = [_plain(value, html=html) for value in row]
        explanation: str | None = None
        topics = _topics_of(" ".join(layout.shared_tags))
        if named is not None:
            width = max(named.values()) + 1
            cell += [""] * (width - len(cell))
            if "type" in named and cell[named["type"]] == "ordering":
                continue  # Items to put in order, not a question with an answer.
            prompt, answer = cell[named["prompt"]], cell[named["answer"]]
            explanation = cell[named["explanation"]] if "explanation" in named else None
            if "topics" in named:
                topics += [t.strip() for t in cell[named["topics"]].split("|") if t.strip()]
        else:
            content = [
                value
                for position, value in enumerate(cell)
                if position not in layout.skipped_columns and position != layout.tags_column
            ]
            if layout.tags_column is not None and layout.tags_column < len(row):
                topics += _topics_of(row[layout.tags_column])
            if len(content) < 2:
                continue
            prompt = content[0]
            if quizlet_commas and len(row) > 2:
                answer = _plain(",".join(row[1:]), html=html)  # Commas in the definition.
            else:
                answer = content[1]
        if prompt and answer:
            pairs.append(_Pair(prompt, [answer], explanation or None, list(dict.fromkeys(topics))))
    return pairs


def _merge(pairs: list[_Pair]) -> list[_Pair]:
    """One pair per prompt: a repeated prompt's other answers become accepted spellings."""
    by_prompt: dict[str, _Pair] = {}
    for pair in pairs:
        known = by_prompt.get(pair.prompt)
        if known is None:
            by_prompt[pair.prompt] = pair
            continue
        known.answers += [a for a in pair.answers if a not in known.answers]
        known.topics += [t for t in pair.topics if t not in known.topics]
        known.explanation = known.explanation or pair.explanation
    return list(by_prompt.values())


def _slug(text: str) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", text.lower())) or "pairs"


def pair_fact_id(prompt: str) -> str:
    """The stable fact id of an imported pair: a hash of its prompt."""
    return "pair-" + hashlib.sha256(prompt.encode("utf-8")).hexdigest()[:12]


def deck_from_pairs(path: Path, deck_name: str) -> Bank:
    """A bank of typed questions from a CSV/TSV file of question/answer pairs.

    Raises ValueError with a message naming the file when it cannot be read, is empty, is not
    text, or holds no question/answer pair; and when ``deck_name`` is blank.
    """
    path = Path(path)
    if not deck_name.strip():
        raise ValueError("the deck needs a name")
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise ValueError(f"{path}: cannot read: {error.strerror or error}") from None
    if not raw.strip():
        raise ValueError(f"{path}: the file is empty")
    text = _decode(path, raw)
    if "\x00" in text:
        raise ValueError(f"{path}: this is not a text file")
    pairs = _merge(_read_pairs(path, text))
    if not pairs:
        raise ValueError(
            f"{path}: found no question/answer pairs (expected two columns per line, "
            "separated by a tab or a comma)"
        )
    document = SourceDocument(id=_slug(path.stem), title=path.name, kind="pairs", file=path.name)
    facts: list[Fact] = []
    questions: list[Question] = []
    for pair in pairs:
        answer, *accepted = pair.answers
        statement = pair.explanation or f"{pair.prompt} — {answer}"
        source = SourceRef(document=document.id, quote=f"{pair.prompt} — {answer}")
        fact_id = pair_fact_id(pair.prompt)
        facts.append(
            Fact(id=fact_id, statement=statement, kind="other", source=source, topics=pair.topics)
        )
        questions.append(
            TypedQuestion(
                id=f"{fact_id}.typed",
                fact_id=fact_id,
                prompt=pair.prompt,
                explanation=statement,
                source=source,
                topics=pair.topics,
                answer=answer,
                accepted=accepted,
            )
        )
    return Bank(deck=deck_name.strip(), sources=[document], facts=facts, questions=questions)
