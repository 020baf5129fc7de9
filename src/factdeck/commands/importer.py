"""``factdeck import``: a deck from a document of the user's, or from question/answer pairs."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from pydantic import ValidationError

from factdeck import controls
from factdeck.bank import BankError, load_bank
from factdeck.commands.decks import StepProgress, fail, summary, write_deck
from factdeck.export.tabular import (
    MAX_PAIRS_BYTES,
    PairsFormat,
    deck_from_pairs,
    is_anki_export,
    looks_like_tab_pairs,
)
from factdeck.files import ImportedText, UnreadableText, read_text
from factdeck.generate.pipeline import MARKDOWN_SUFFIXES, GenerateResult, build_deck
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


def _no_questions(path: Path, result: GenerateResult) -> str:
    """Why a document gave no question: it held no fact at all, or its facts could none of
    them be asked clearly on their own (a learner sees one question, never the text)."""
    found = sum(report.found for report in result.documents)
    if not found:
        return (
            f"{path}: found no facts to ask about (no dates, numbers or names in "
            "complete sentences); nothing written"
        )
    sentences = sum(report.found_sentences for report in result.documents)
    return (
        f"{path}: found {counted(found, 'fact')} in {counted(sentences, 'sentence')}, but "
        "none could be asked as a question that is clear without the text (each leaned on "
        "the sentences around it, had more than one answer, or could not be worded as a "
        "plain question); nothing written"
    )


def run_import(args: argparse.Namespace) -> int:
    path = Path(args.file)
    deck = args.deck
    problem = _deck_name_problem(deck)
    if problem:
        return fail(problem)
    deck = deck.strip()
    out = Path(args.out) if args.out else Path.cwd() / "decks" / f"{slugify(deck)}.json"
    problem = None if args.force else _replace_problem(out, deck)
    if problem:
        return fail(problem)
    try:
        imported = read_text(path, limit=MAX_READ_BYTES, what="a document")
    except UnreadableText as error:
        return fail(str(error))
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
            return fail(str(error))
        for row in pairs.skipped:
            print(f"factdeck: skipped {row}", file=sys.stderr)
        bank = pairs.bank
    else:
        problem = _document_problem(path, imported)
        if problem:
            return fail(problem)
        reflowed = reflow(imported.text)
        problem = _sentence_problem(path, imported.text, reflowed)
        if problem:
            return fail(problem)
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
            return fail(f"{path}: cannot make a deck of it: {error.errors()[0]['msg']}")
        bank = result.bank
        if not bank.questions:
            return fail(_no_questions(path, result))
    try:
        write_deck(out, bank)
    except OSError as error:
        return fail(f"{out}: cannot write: {error.strerror or error}")
    print(f"Wrote {out}: {summary(bank)}")
    print(f"Open it with: factdeck --bank {out}")
    return 0
