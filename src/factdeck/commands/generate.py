"""``factdeck generate`` and ``factdeck import``."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import TextIO

from pydantic import ValidationError
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn

from factdeck import controls, paths
from factdeck.bank import Bank, BankError, QuestionType, load_bank
from factdeck.bank.loader import dump_bank_bytes
from factdeck.commands.console import console_for
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
from factdeck.generate.reflow import Reflowed, reflow
from factdeck.generate.text import slugify
from factdeck.wording import counted

TABULAR_SUFFIXES = (".csv", ".tsv")
MAX_DOCUMENT_BYTES = 2 * 1024 * 1024
"""The largest document imported: twice a long book; importing it stays under 300 MB."""
MAX_SENTENCE_CHARS = 10_000
"""The longest run of a document without a sentence end, in characters: the pipeline reads a
sentence at once, so its work stays bounded. A longer line is split at its sentence ends."""
MAX_READ_BYTES = max(MAX_DOCUMENT_BYTES, MAX_PAIRS_BYTES)
SEPARATOR_WORDS = {"tab": "\t", "comma": ",", "semicolon": ";", "newline": "\n"}
"""Names for the separators of ``--separator`` and ``--row-separator``, as Quizlet offers them."""


class StepProgress:
    """The progress of a long command on stderr, as the pipeline reports its steps.

    On a terminal, a rich progress bar redrawn in place (used as a context manager, so it is
    finished even on an error); elsewhere a log, one line per step: ``2/5 documents``.
    """

    def __init__(self, stream: TextIO) -> None:
        self._log = stream
        self._bar: Progress | None = None
        self._task: TaskID | None = None
        if stream.isatty():
            self._bar = Progress(
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.description}", markup=False),
                console=console_for(stream),
                auto_refresh=False,  # redrawn at each step: no refresh thread
                redirect_stdout=False,  # what is printed meanwhile stays behind the filter
                redirect_stderr=False,
            )

    def __enter__(self) -> StepProgress:
        if self._bar is not None:
            self._bar.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._bar is not None:
            self._bar.stop()

    def __call__(self, done: int, total: int, what: str) -> None:
        step = controls.visible_line(what)
        if self._bar is None:
            self._log.write(f"{done}/{total} {step}\n")
            self._log.flush()
        elif self._task is None:
            self._task = self._bar.add_task(step, total=total, completed=done)
            self._bar.refresh()
        else:
            self._bar.update(self._task, description=step, total=total, completed=done)
            self._bar.refresh()

    def discard(self) -> None:
        """Take the bar off a terminal (before a refusal, which it would contradict); a log's
        lines stay."""
        if self._bar is not None:
            self._bar.live.transient = True
            self._bar.stop()


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
        with StepProgress(sys.stderr) as progress:
            result = build_bank(sources, curated, progress=progress)
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
    """Why a text is too large to import as a document, if it is."""
    if imported.size > MAX_DOCUMENT_BYTES:
        return (
            f"{path}: is larger than {MAX_DOCUMENT_BYTES // (1024 * 1024)} MB, the most "
            "FactDeck imports as one document (a long book is about 1 MB); split it into "
            "smaller files"
        )
    return None


def _sentence_problem(path: Path, text: str, reflowed: Reflowed) -> str | None:
    """Why a document cannot be read in sentences (a run too long without a sentence end),
    if so; the line is the source's."""
    longest = {long.line: long.longest_sentence for long in reflowed.long_lines}
    for number, line in enumerate(text.split("\n"), start=1):
        chars = longest.get(number, len(line))
        if chars > MAX_SENTENCE_CHARS:
            return (
                f"{path}: line {number} runs {chars:,} characters without a sentence end "
                f"(. ! ?); the most FactDeck reads as one sentence is {MAX_SENTENCE_CHARS:,} "
                "(a long sentence holds about 300): put full stops between its sentences"
            )
    return None


def _note_reflowed(path: Path, reflowed: Reflowed) -> None:
    """Tell what reading the document repaired, so a changed quote is no surprise."""
    repairs: list[str] = []
    long_lines = reflowed.long_lines
    if len(long_lines) == 1:
        repairs.append(
            f"line {long_lines[0].line} ({long_lines[0].chars:,} characters) read as "
            f"{counted(long_lines[0].paragraphs, 'paragraph')}, split at sentence ends"
        )
    elif long_lines:
        paragraphs = sum(long.paragraphs for long in long_lines)
        repairs.append(
            f"{len(long_lines)} long lines read as {counted(paragraphs, 'paragraph')}, "
            "split at sentence ends"
        )
    if reflowed.spaced_stops:
        repairs.append(
            f"a space put back after {counted(reflowed.spaced_stops, 'sentence end')} run "
            "into the next sentence"
        )
    if reflowed.furniture_lines:
        repairs.append(
            f"{counted(reflowed.furniture_lines, 'line')} of page furniture removed (running "
            "heads, page numbers, captions, margin notes)"
        )
    if reflowed.rejoined_lines:
        repairs.append(
            f"{counted(reflowed.rejoined_lines, 'sentence')} cut apart by blank lines joined again"
        )
    if reflowed.joined_words:
        repairs.append(
            f"{counted(reflowed.joined_words, 'word')} broken by a hyphen joined "
            "(“eco- nomics” → “economics”)"
        )
    if repairs:
        print(f"factdeck: note: {path}: {'; '.join(repairs)}", file=sys.stderr)


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
        reflowed = reflow(imported.text)
        problem = _sentence_problem(path, imported.text, reflowed)
        if problem:
            return _fail(problem)
        _note_reflowed(path, reflowed)
        markdown = path.suffix.lower() in MARKDOWN_SUFFIXES
        try:
            with StepProgress(sys.stderr) as progress:
                result = build_deck(
                    reflowed.text,
                    deck=deck,
                    file_name=path.name,
                    markdown=markdown,
                    progress=progress,
                )
                if not result.bank.questions:
                    progress.discard()
        except ValidationError as error:
            return _fail(f"{path}: cannot make a deck of it: {error.errors()[0]['msg']}")
        bank = result.bank
        if not bank.questions:
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
