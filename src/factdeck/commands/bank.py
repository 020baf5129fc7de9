"""``factdeck bank check`` and ``factdeck bank show``."""

from __future__ import annotations

import argparse
import sys
from collections import Counter

from factdeck import paths
from factdeck.bank.answers import answer_text
from factdeck.bank.loader import BankError, check_bank, dump_bank, load_bank
from factdeck.bank.models import QuestionType
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
    print(
        f"{bank.deck}: {counted(len(bank.questions), 'question')} "
        f"from {counted(len(bank.sources), 'document')}"
    )
    width = max((len(q.id) for q in bank.questions), default=2)
    print(f"{'id':<{width}}  {'type':<15}  prompt  →  answer")
    for question in bank.questions:
        prompt = " ".join(question.prompt.split())
        print(
            f"{question.id:<{width}}  {question.type.value:<15}  {prompt}  →  {answer_text(question)}"
        )
    return 0
