"""``factdeck generate`` and ``factdeck import``."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import TextIO

from pydantic import ValidationError

from factdeck import controls, paths
from factdeck.bank import Bank, BankError, QuestionType, load_bank
from factdeck.bank.loader import dump_bank_bytes
from factdeck.export.tabular import (
    MAX_PAIRS_BYTES,
    PairsFormat,
    deck_from_pairs,
    is_anki_export,
    looks_like_tab_pairs,
)
from factdeck.files import ImportedText, UnreadableText, read_text, write_atomically
from factdeck.generate.curated import Curated, CuratedError, load_curated
from factdeck.generate.pipeline import (
    MARKDOWN_SUFFIXES,
    GenerateResult,
    build_bank,
    build_deck,
    source_files,
)
from factdeck.generate.text import slugify
from factdeck.wording import counted

BAR_WIDTH = 20
TABULAR_SUFFIXES = (".csv", ".tsv")
MAX_DOCUMENT_BYTES = 2 * 1024 * 1024
"""The largest document imported: twice a long book; importing it stays under 300 MB."""
MAX_LINE_CHARS = 10_000
"""The longest line of a document imported, in characters."""
MAX_READ_BYTES = max(MAX_DOCUMENT_BYTES, MAX_PAIRS_BYTES)
SEPARATOR_WORDS = {"tab": "\t", "comma": ",", "semicolon": ";", "newline": "\n"}
"""Names for the separators of ``--separator`` and ``--row-separator``, as Quizlet offers them."""


class ProgressBar:
    """A plain-text progress bar on stderr: ``[########------------] 2/5 documents``.

    On a terminal it redraws one line; otherwise it prints one line per step.
    """

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._tty = stream.isatty()

    def __call__(self, done: int, total: int, what: str) -> None:
        filled = BAR_WIDTH * done // total if total else BAR_WIDTH
        line = f"[{'#' * filled}{'-' * (BAR_WIDTH - filled)}] {done}/{total} {what}"
        if self._tty:
            end = "\n" if done >= total else ""
            self._control("\r")
            self._stream.write(f"{line:<60}{end}")
        else:
            self._stream.write(line + "\n")
        self._stream.flush()

    def clear(self) -> None:
        """Take a finished bar off a terminal (before a refusal, which it would contradict);
        elsewhere its lines are a log and stay."""
        if self._tty:
            self._control("\x1b[1A\r\x1b[2K")  # up one line, erase it
            self._stream.flush()

    def _control(self, sequence: str) -> None:
        """Write the bar's own control characters past the filter that shows those of
        untrusted text visibly."""
        getattr(self._stream, "unfiltered", self._stream).write(sequence)


def write_deck(path: Path, bank: Bank) -> None:
    """Write ``bank`` as the JSON of a deck, creating its folder if needed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, dump_bank_bytes(bank))


def _fail(message: str) -> int:
    print(f"factdeck: {message}", file=sys.stderr)
    return 2


def summary(bank: Bank) -> str:
    """ "N documents, N facts, N questions (N multiple_choice, ...)"."""
    counts = Counter(question.type for question in bank.questions)
    by_type = ", ".join(f"{counts[kind]} {kind.value}" for kind in QuestionType)
    return (
        f"{counted(len(bank.sources), 'document')}, {counted(len(bank.facts), 'fact')}, "
        f"{counted(len(bank.questions), 'question')} ({by_type})"
    )


def explain(result: GenerateResult) -> str:
    """What cleaning dropped from each document and what became of each automatic candidate."""
    lines: list[str] = []
    for report in result.documents:
        document = report.document
        lines.append(
            f"{document.file or document.id} ({document.id}): {report.sentences} sentences"
        )
        if report.drops:
            lines.append("  dropped by cleaning:")
        for drop in report.drops:
            text = drop.text if len(drop.text) <= 70 else drop.text[:67] + "..."
            lines.append(f"    line {drop.line}: {drop.reason}: {text}")
        if report.candidates:
            lines.append("  automatic candidates:")
        for candidate, status in report.candidates:
            span = candidate.span
            lines.append(
                f"    {candidate.id}  {span.kind:<12} {span.text!r} (line {candidate.sentence.line}): "
                f"{status}"
            )
    return "\n".join(lines)


def run_generate(args: argparse.Namespace) -> int:
    sources = Path(args.sources) if args.sources else paths.DEFAULT_SOURCES
    facts_path = Path(args.facts) if args.facts else paths.DEFAULT_FACTS
    out = Path(args.out) if args.out else paths.DEFAULT_BANK
    if not sources.is_dir():
        return _fail(f"{sources}: no such folder of source documents")
    if not source_files(sources):
        return _fail(f"{sources}: holds no .txt or .md documents")
    curated: Curated | None = None
    try:
        if facts_path.exists() or args.facts:
            curated = load_curated(facts_path)
        else:
            print(
                f"factdeck: no curated file at {facts_path}: automatic extraction only",
                file=sys.stderr,
            )
        result = build_bank(sources, curated, progress=ProgressBar(sys.stderr))
    except CuratedError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        return _fail(f"{facts_path}: {len(error.problems)} problem(s); nothing written")
    except (OSError, UnicodeDecodeError) as error:
        return _fail(f"cannot read the sources: {error}")
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if args.explain:
        print(explain(result))
    write_deck(out, result.bank)
    print(f"Wrote {out}: {summary(result.bank)}")
    return 0


def _deck_name_problem(name: str) -> str | None:
    stripped = name.strip()
    if not stripped:
        return "the deck name is empty"
    unsafe = any(ch in stripped for ch in "/\\\n\t") or controls.has_controls(stripped)
    if unsafe or stripped.startswith(".") or not slugify(stripped):
        return f"the deck name {name!r} cannot be used as a file name (use letters, digits, spaces)"
    return None


def _document_problem(path: Path, imported: ImportedText) -> str | None:
    """Why a text cannot be imported as a document (too large, a line too long), if so."""
    if imported.size > MAX_DOCUMENT_BYTES:
        return (
            f"{path}: is larger than {MAX_DOCUMENT_BYTES // (1024 * 1024)} MB, the most "
            "FactDeck imports as one document (a long book is about 1 MB); split it into "
            "smaller files"
        )
    for number, line in enumerate(imported.text.split("\n"), start=1):
        if len(line) > MAX_LINE_CHARS:
            return (
                f"{path}: line {number} is {len(line):,} characters long; the most one line "
                f"of a document may hold is {MAX_LINE_CHARS:,} (a long paragraph holds about "
                "3,000): break it into paragraphs"
            )
    return None


def _note_removed(path: Path, removed: Counter[str]) -> None:
    if not removed:
        return
    total = sum(removed.values())
    names = ", ".join(controls.name(char) for char, _ in removed.most_common(5))
    what = "1 control character" if total == 1 else f"{total} control characters"
    print(
        f"factdeck: note: {path}: removed {what} ({names}): a terminal acts on them "
        "instead of showing them",
        file=sys.stderr,
    )


def _pairs_format(args: argparse.Namespace) -> PairsFormat:
    def separator(value: str | None) -> str | None:
        if value is None:
            return None
        return SEPARATOR_WORDS.get(value.lower(), value.replace("\\t", "\t").replace("\\n", "\n"))

    return PairsFormat(separator(args.separator), separator(args.row_separator))


def _replace_problem(out: Path, deck: str) -> str | None:
    """Why ``out`` must not be overwritten by deck ``deck``; None when it is new, or is that
    deck already (importing again updates it)."""
    if not out.exists():
        return None
    if out.is_dir():
        return (
            f"{out}: is a folder; nothing was written. "
            f"Give a file name, e.g. --out {out / 'deck.json'}"
        )
    try:
        existing = load_bank(out).deck
    except BankError:
        what = "is not a FactDeck deck"
    else:
        if existing == deck:
            return None
        what = f"holds the deck {existing!r}"
    return (
        f"{out}: already exists and {what}; nothing was written. "
        "Choose another --out, or add --force to replace it."
    )


def run_import(args: argparse.Namespace) -> int:
    path = Path(args.file)
    deck = args.deck
    problem = _deck_name_problem(deck)
    if problem:
        return _fail(problem)
    deck = deck.strip()
    out = Path(args.out) if args.out else Path.cwd() / "decks" / f"{slugify(deck)}.json"
    problem = None if args.force else _replace_problem(out, deck)
    if problem:
        return _fail(problem)
    try:
        imported = read_text(path, limit=MAX_READ_BYTES, what="a document")
    except UnreadableText as error:
        return _fail(str(error))
    _note_removed(path, imported.removed)
    pairs_format = _pairs_format(args)
    if (
        path.suffix.lower() in TABULAR_SUFFIXES
        or pairs_format != PairsFormat()
        or is_anki_export(imported.text)
        or looks_like_tab_pairs(imported.text)
    ):
        try:
            pairs = deck_from_pairs(
                path,
                deck,
                text=imported.text,
                pairs_format=pairs_format,
                skip_bad_rows=args.skip_bad_rows,
            )
        except ValueError as error:
            return _fail(str(error))
        for row in pairs.skipped:
            print(f"factdeck: skipped {row}", file=sys.stderr)
        bank = pairs.bank
    else:
        problem = _document_problem(path, imported)
        if problem:
            return _fail(problem)
        markdown = path.suffix.lower() in MARKDOWN_SUFFIXES
        bar = ProgressBar(sys.stderr)
        try:
            result = build_deck(
                imported.text, deck=deck, file_name=path.name, markdown=markdown, progress=bar
            )
        except ValidationError as error:
            return _fail(f"{path}: cannot make a deck of it: {error.errors()[0]['msg']}")
        bank = result.bank
        if not bank.questions:
            bar.clear()
            return _fail(
                f"{path}: found no facts to ask about (no dates, numbers or names in "
                "complete sentences); nothing written"
            )
    try:
        write_deck(out, bank)
    except OSError as error:
        return _fail(f"{out}: cannot write: {error.strerror or error}")
    print(f"Wrote {out}: {summary(bank)}")
    print(f"Open it with: factdeck --bank {out}")
    return 0
