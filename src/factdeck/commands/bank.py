"""``factdeck bank check`` and ``factdeck bank show``."""

from __future__ import annotations

import argparse
import sys
from collections import Counter

from rich import box
from rich.table import Table

from factdeck import paths
from factdeck.bank.answers import answer_text
from factdeck.bank.loader import BankError, check_bank, dump_bank, load_bank
from factdeck.bank.models import QuestionType
from factdeck.commands.console import console_for, shown
from factdeck.wording import counted


def run_bank(args: argparse.Namespace) -> int:
    if args.bank_action == "check":
        return _check(args)
    return _show(args)


def _check(args: argparse.Namespace) -> int:
    path = paths.bank_path(args.path or getattr(args, "bank", None))
    problems = check_bank(path)
    if problems:
        for problem in problems:
            print(problem, file=sys.stderr)
        print(f"{path}: {len(problems)} problem(s)", file=sys.stderr)
        return 2
    bank = load_bank(path)
    counts = Counter(question.type for question in bank.questions)
    by_type = ", ".join(f"{counts[kind]} {kind.value}" for kind in QuestionType)
    print(f"{path}: OK: {len(bank.questions)} questions ({by_type}), {len(bank.facts)} facts")
    return 0


def _show(args: argparse.Namespace) -> int:
    path = paths.bank_path(args.path or getattr(args, "bank", None))
    try:
        bank = load_bank(path)
    except BankError as error:
        print(error, file=sys.stderr)
        return 2
    if args.json:
        sys.stdout.write(dump_bank(bank))
        return 0
    console = console_for(sys.stdout)
    console.print(
        shown(bank.deck).append(
            f": {counted(len(bank.questions), 'question')} "
            f"from {counted(len(bank.sources), 'document')}"
        )
    )
    # On a terminal the id, the prompt and the answer share the width (wrapping); elsewhere
    # each question stays on one line.
    wide = console.is_terminal
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=wide)
    table.add_column("id", overflow="fold", ratio=2 if wide else None)
    table.add_column("type", no_wrap=True)
    table.add_column("prompt", min_width=20, ratio=4 if wide else None)
    table.add_column("answer", min_width=12, ratio=3 if wide else None)
    for question in bank.questions:
        table.add_row(
            shown(question.id),
            question.type.value,
            shown(" ".join(question.prompt.split())),
            shown(answer_text(question)),
        )
    console.print(table)
    return 0
