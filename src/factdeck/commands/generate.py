"""``factdeck generate``: the shipped bank rebuilt from the source documents and the curated
file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from factdeck import paths
from factdeck.commands.decks import StepProgress, fail, summary, write_deck
from factdeck.generate.curated import Curated, CuratedError, load_curated
from factdeck.generate.pipeline import GenerateResult, build_bank, source_files


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
        return fail(f"{sources}: no such folder of source documents")
    if not source_files(sources):
        return fail(f"{sources}: holds no .txt or .md documents")
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
        return fail(f"{facts_path}: {len(error.problems)} problem(s); nothing written")
    except (OSError, UnicodeDecodeError) as error:
        return fail(f"cannot read the sources: {error}")
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if args.explain:
        print(explain(result))
    write_deck(out, result.bank)
    print(f"Wrote {out}: {summary(result.bank)}")
    return 0
