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

import csv
import hashlib
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from factdeck import controls
from factdeck.bank import (
    Bank,
    Fact,
    Question,
    SourceDocument,
    SourceRef,
    TypedQuestion,
    answer_text,
)
from factdeck.bank.models import MAX_TEXT
from factdeck.export.cards import LIST_SEPARATOR, document_title, options_text
from factdeck.files import read_text, write_atomically

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


@dataclass(frozen=True)
class PairsFormat:
    """How question/answer pairs are written, when the learner says so (Quizlet's export lets
    them choose). Unset, the file's Anki headers, its extension and its first row decide."""

    separator: str | None = None
    """Between question and answer: a tab, a comma, or any text."""
    row_separator: str | None = None
    """Between pairs: a newline (the default) or any text, such as ``;``."""


@dataclass(frozen=True)
class BadRow:
    """One row of a pairs file that could not be read as a question and its answer."""

    where: str
    """``line 7``, or ``row 7`` when rows are not lines."""
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


class BadRowsError(ValueError):
    """Some rows of a pairs file could not be read, and the learner did not ask to skip them."""

    def __init__(self, path: Path, bad_rows: list[BadRow], readable: int) -> None:
        self.bad_rows = bad_rows
        shown = "\n".join(f"  {controls.visible_line(str(row))}" for row in bad_rows[:20])
        more = f"\n  ... and {len(bad_rows) - 20} more" if len(bad_rows) > 20 else ""
        rows = "1 row" if len(bad_rows) == 1 else f"{len(bad_rows)} rows"
        super().__init__(
            f"{path}: {rows} could not be read; nothing was written:\n{shown}{more}\n"
            f"Fix the file, or add --skip-bad-rows to import the {readable} other pairs "
            "without them."
        )


@dataclass(frozen=True)
class PairsDeck:
    """A deck read from a pairs file, and the rows it left out (with ``skip_bad_rows``)."""

    bank: Bank
    skipped: list[BadRow]


MAX_PAIRS_BYTES = 2 * 1024 * 1024
"""The largest pairs file imported: about 25,000 flashcards; importing it stays under 300 MB."""
MAX_BAD_ROWS = 100
"""Reading stops after this many unreadable rows: the file is then hardly a table of pairs."""
_ANKI_HEADER = re.compile(
    r"#(separator|html|columns|deck|notetype|tags|guid column|notetype column|deck column"
    r"|tags column|if matches):",
    re.IGNORECASE,
)
_SEPARATOR_WORDS = {"\t": "tab", ",": "comma", ";": "semicolon"}


def is_anki_export(text: str) -> bool:
    """Whether ``text`` starts with the header lines of Anki's "Notes in plain text" export."""
    return _ANKI_HEADER.match(text.lstrip("\ufeff")) is not None


def looks_like_tab_pairs(text: str) -> bool:
    """Whether ``text`` is Quizlet's default export (``term<TAB>definition`` per line) rather
    than prose: most lines, and at least two, hold a tab (prose hardly ever does)."""
    lines = [line for line in text.split("\n", 2000)[:2000] if line.strip()]
    tabbed = sum("\t" in line for line in lines)
    return tabbed >= 2 and tabbed >= 0.8 * len(lines)


@dataclass
class _Layout:
    """How a pairs file is laid out, from its header lines and first row."""

    separator: str | None = None
    html: bool | None = None
    skipped_columns: set[int] = field(default_factory=set)
    tags_column: int | None = None
    shared_tags: list[str] = field(default_factory=list)
    column_names: str | None = None
    """The ``#columns:`` header's value, split by the separator once that is known."""


def _read_header_lines(lines: list[str]) -> tuple[_Layout, int]:
    """Parse Anki's leading ``#key:value`` lines; returns the layout and the first data line."""
    layout = _Layout()
    index = 0
    while index < len(lines) and lines[index].startswith("#"):
        key, _, value = lines[index][1:].partition(":")
        key, value = key.strip().lower(), value.strip(" \r\n")
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
        elif key == "columns":
            layout.column_names = value
        index += 1
    return layout, index


def _guess_separator(first_line: str, path: Path) -> str:
    if "\t" in first_line or path.suffix.lower() in {".tsv", ".txt"}:
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
    for optional in ("type", "explanation", "topics", "tags"):
        if optional in names:
            columns[optional] = names.index(optional)
    return columns


def _quoted_rows(
    body: str, separator: str, first_line: int
) -> Iterator[tuple[int, list[str]] | BadRow]:
    """The rows of a CSV/TSV body with their line numbers; a row whose quotes are broken is a
    BadRow, and reading goes on after it, so one stray quote never swallows the file."""
    lines = [line + "\n" for line in body.split("\n")]  # ends kept: quoted fields span lines
    position = 0  # index in ``lines`` of the first line the reader has not consumed
    while position < len(lines):
        reader = csv.reader(iter(lines[position:]), delimiter=separator, strict=True)
        offset = position
        restarted = False
        end = 0
        while True:
            start = end + 1
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as error:
                end = reader.line_num
                line = first_line + offset + start - 1
                if str(error) == "unexpected end of data":
                    yield BadRow(
                        f"line {line}",
                        "a quote opened here is never closed, so every line after it would "
                        "run into this answer",
                    )
                    position = offset + start  # read on from the next line
                    restarted = True
                    break
                yield BadRow(
                    f"line {line}",
                    f"a stray quote: text follows a closing quote ({error})",
                )
                continue
            end = reader.line_num
            line = first_line + offset + start - 1
            if (
                end > start
                and separator == "\t"
                and any("\t" in cell.partition("\n")[2] for cell in row)
            ):
                yield BadRow(
                    f"line {line}",
                    f"a quote opened here closes only on line {first_line + offset + end - 1}, "
                    "so the lines between would run into one answer",
                )
                position = offset + start  # the lines after it are rows of their own
                restarted = True
                break
            yield line, row
        if not restarted:
            return


def _plain_rows(
    text: str, row_separator: str, separator: str, first_line: int
) -> Iterator[tuple[int, list[str]] | BadRow]:
    """Rows split without quoting (Quizlet's export): each at its first separator."""
    for index, row in enumerate(text.split(row_separator)):
        if not row.strip():
            continue
        question, found, answer = row.partition(separator)
        yield first_line + index, [question, answer] if found else [question]


def _row_label(line: int, custom_rows: bool) -> str:
    return f"row {line}" if custom_rows else f"line {line}"


def _too_long(pair: _Pair) -> str | None:
    """Why a pair's text would not fit a bank's fields, if it would not."""
    texts = {
        "the question": pair.prompt,
        "the answer": pair.answers[0],
        "the explanation": pair.explanation or "",
    }
    texts["the question and answer together"] = f"{pair.prompt} — {pair.answers[0]}"
    for what, text in texts.items():
        if len(text) > MAX_TEXT:
            return f"{what} is {len(text):,} characters long; the most is {MAX_TEXT:,}"
    return None


def _read_pairs(
    path: Path, text: str, pairs_format: PairsFormat
) -> tuple[list[_Pair], list[BadRow]]:
    lines = text.split("\n")
    layout, start = _read_header_lines(lines)
    body = "\n".join(lines[start:])
    if not body.strip():
        raise ValueError(f"{path}: has no question/answer rows")
    first_line = next(line for line in lines[start:] if line.strip())
    separator = pairs_format.separator or layout.separator or _guess_separator(first_line, path)
    custom = pairs_format.separator is not None or pairs_format.row_separator is not None
    anki = start > 0
    if custom or (not anki and path.suffix.lower() not in {".csv", ".tsv"}):
        # Quizlet writes pairs as they are, without quotes.
        row_separator = pairs_format.row_separator or "\n"
        numbered = _plain_rows(body, row_separator, separator, start + 1)
    else:
        numbered = _quoted_rows(body, separator, start + 1)
    custom_rows = pairs_format.row_separator not in (None, "\n")
    rows: list[tuple[int, list[str]]] = []
    bad: list[BadRow] = []
    for item in numbered:
        if isinstance(item, BadRow):
            bad.append(item)
        elif any(value.strip() for value in item[1]):
            rows.append(item)
        if len(bad) >= MAX_BAD_ROWS:
            bad.append(BadRow("then", f"reading stopped after {MAX_BAD_ROWS} unreadable rows"))
            break
    named = _named_columns(rows[0][1]) if rows else None
    if layout.column_names is not None and named is None:
        named = _named_columns(layout.column_names.split(separator))
    elif named is not None:
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
        and named is None
    )
    pairs: list[_Pair] = []
    for line, row in rows:
        where = _row_label(line, custom_rows)
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
            if "tags" in named:
                topics += _topics_of(row[named["tags"]] if named["tags"] < len(row) else "")
        else:
            content = [
                value
                for position, value in enumerate(cell)
                if position not in layout.skipped_columns and position != layout.tags_column
            ]
            if layout.tags_column is not None and layout.tags_column < len(row):
                topics += _topics_of(row[layout.tags_column])
            if len(content) < 2:
                word = _SEPARATOR_WORDS.get(separator, repr(separator))
                bad.append(
                    BadRow(where, f"only one column: no {word} between a question and an answer")
                )
                continue
            prompt = content[0]
            if quizlet_commas and len(row) > 2:
                answer = _plain(",".join(row[1:]), html=html)  # Commas in the definition.
            else:
                answer = content[1]
        if not prompt or not answer:
            bad.append(BadRow(where, f"the {'question' if not prompt else 'answer'} is empty"))
            continue
        pair = _Pair(prompt, [answer], explanation or None, list(dict.fromkeys(topics)))
        problem = _too_long(pair)
        if problem is not None:
            bad.append(BadRow(where, problem))
            continue
        pairs.append(pair)
    return pairs, bad


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


def deck_from_pairs(
    path: Path,
    deck_name: str,
    *,
    text: str | None = None,
    pairs_format: PairsFormat | None = None,
    skip_bad_rows: bool = False,
) -> PairsDeck:
    """A bank of typed questions from a file of question/answer pairs.

    ``text`` is the file's content when the caller has read it already (with
    ``factdeck.files.read_text``). Raises ValueError with a message naming the file when it
    cannot be read, is empty, is not text, or holds no question/answer pair, and when
    ``deck_name`` is blank; BadRowsError, naming each row by its line, when some rows cannot
    be read, unless ``skip_bad_rows``.
    """
    path = Path(path)
    if not deck_name.strip():
        raise ValueError("the deck needs a name")
    if text is None:
        text = read_text(path, limit=MAX_PAIRS_BYTES, what="a table of pairs").text
    pairs, bad = _read_pairs(path, text, pairs_format or PairsFormat())
    pairs = _merge(pairs)
    if not pairs:
        raise ValueError(
            f"{path}: found no question/answer pairs (expected two columns per line, "
            "separated by a tab or a comma)"
        )
    if bad and not skip_bad_rows:
        raise BadRowsError(path, bad, len(pairs))
    document = SourceDocument(id=_slug(path.stem), title=path.name, kind="pairs", file=path.name)
    facts: list[Fact] = []
    questions: list[Question] = []
    for pair in pairs:
        answer, *accepted = pair.answers
        quote = f"{pair.prompt} — {answer}"
        statement = pair.explanation or quote
        source = SourceRef(document=document.id, quote=quote)  # one object, fact and question
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
    bank = Bank(deck=deck_name.strip(), sources=[document], facts=facts, questions=questions)
    return PairsDeck(bank, bad)
