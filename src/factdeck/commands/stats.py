"""``factdeck stats``: the statistics as JSON for scripts (``--json``), else the app on its
statistics screen.

The JSON path imports only the headless domain: a script asking for figures never loads
Textual.
"""

from __future__ import annotations

import argparse
import json
import sys

from factdeck import paths
from factdeck.bank import BankError, load_bank
from factdeck.progress import ProgressError, ProgressStore
from factdeck.study.clock import utc_now
from factdeck.study.exam import readable_memory, saved_forecast
from factdeck.study.history import store_stats


def run_stats(args: argparse.Namespace) -> int:
    """``factdeck stats``: ``print_stats`` with ``--json``, else the app on its statistics
    screen (its module, and so Textual, imported only then)."""
    if args.json:
        return print_stats(args)
    from factdeck.commands.app import run_app

    return run_app(args)


def print_stats(args: argparse.Namespace) -> int:
    """``factdeck stats --json``: print the statistics as JSON.

    Exit 0 and the JSON on stdout, or exit 2 and a message on stderr when the bank or the
    profile cannot be opened (not found, saved by a newer FactDeck, bad name, ...). The profile
    is opened read-only, so this works while the app has it open; a damaged save file is read
    around, not repaired, with a note on stderr (the app repairs it on opening).
    """
    try:
        bank = load_bank(paths.bank_path(args.bank))
        with ProgressStore.open_read_only(paths.saves_dir(args.saves), args.profile) as store:
            now = utc_now()
            stats = store_stats(bank, store, now=now)
            exam = saved_forecast(
                bank.fact_ids,
                bank.deck,
                store.settings(),
                store.decoded_fact_states(readable_memory),
                answers=store.answer_count(),
                now=now,
                tz=None,
            )
            notes = list(store.recovery)
    except (BankError, ProgressError) as error:
        print(f"factdeck stats: {error}", file=sys.stderr)
        return 2
    for note in notes:
        print(f"factdeck stats: warning: {note}", file=sys.stderr)
    figures = stats.model_dump(mode="json")
    figures["exam_forecast"] = None if exam is None else exam.as_json()
    print(json.dumps(figures, ensure_ascii=False, indent=2))
    return 0
