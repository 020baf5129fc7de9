"""``factdeck generate`` and ``factdeck import``."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import TextIO

from factdeck import paths
from factdeck.bank import Bank, BankError, QuestionType, dump_bank, load_bank
from factdeck.bank.commands import counted
from factdeck.files import write_atomically
from factdeck.generate.curated import Curated, CuratedError, load_curated
from factdeck.generate.pipeline import (
    MARKDOWN_SUFFIXES,
    GenerateResult,
    build_bank,
    build_deck,
    source_files,
)
from factdeck.generate.text import slugify

BAR_WIDTH = 20
TABULAR_SUFFIXES = (".csv", ".tsv")


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
            # The carriage return is the bar's own: written past the filter that shows the
            # control characters of untrusted text visibly.
            getattr(self._stream, "unfiltered", self._stream).write("\r")
            self._stream.write(f"{line:<60}{end}")
        else:
            self._stream.write(line + "\n")
        self._stream.flush()


def write_deck(path: Path, bank: Bank) -> None:
    """Write ``bank`` as the JSON of a deck, creating its folder if needed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, dump_bank(bank).encode("utf-8"))


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
    unsafe = any(ch in stripped for ch in "/\\") or any(ord(ch) < 32 for ch in stripped)
    if unsafe or stripped.startswith(".") or not slugify(stripped):
        return f"the deck name {name!r} cannot be used as a file name (use letters, digits, spaces)"
    return None


def _read_document(path: Path) -> tuple[str | None, str | None]:
    """(text, None) or (None, problem) for a document the user wants to import."""
    if not path.exists():
        return None, f"{path}: no such file"
    if path.is_dir():
        return None, f"{path}: is a directory, not a document"
    try:
        data = path.read_bytes()
    except OSError as error:
        return None, f"{path}: cannot read: {error.strerror or error}"
    if b"\x00" in data[:65536]:
        return None, f"{path}: looks like a binary file; import a UTF-8 .txt or .md document"
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        return None, (
            f"{path}: is not UTF-8 text (invalid byte at position {error.start}); "
            "save it as UTF-8 and try again"
        )
    if not text.strip():
        return None, f"{path}: is empty"
    return text, None


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
    if path.suffix.lower() in TABULAR_SUFFIXES and not path.is_dir():
        from factdeck.export.tabular import deck_from_pairs

        try:
            bank = deck_from_pairs(path, deck)
        except ValueError as error:
            return _fail(str(error))
    else:
        text, problem = _read_document(path)
        if text is None:
            return _fail(problem or f"{path}: cannot be imported")
        markdown = path.suffix.lower() in MARKDOWN_SUFFIXES
        result = build_deck(
            text,
            deck=deck,
            file_name=path.name,
            markdown=markdown,
            progress=ProgressBar(sys.stderr),
        )
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
