"""``factdeck export --anki FILE | --csv FILE``: the deck for Anki, or as a spreadsheet."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path

from factdeck import paths
from factdeck.bank import BankError, load_bank
from factdeck.export.apkg import write_anki_package
from factdeck.export.tabular import write_csv


def run_export(args: argparse.Namespace) -> int:
    """Export the bank named by ``--bank``; 0 on success, 2 with a message on stderr if not."""
    bank_file = paths.bank_path(args.bank)
    try:
        bank = load_bank(bank_file)
        modified = datetime.fromtimestamp(bank_file.stat().st_mtime, UTC)
    except BankError as error:
        print(f"factdeck export: {error}", file=sys.stderr)
        return 2
    except OSError as error:
        print(f"factdeck export: {bank_file}: {error.strerror or error}", file=sys.stderr)
        return 2
    target = Path(args.anki if args.anki is not None else args.csv)
    try:
        if args.anki is not None:
            count = write_anki_package(bank, target, modified=modified)
            summary = f"{count} notes (one per fact)"
        else:
            count = write_csv(bank, target)
            summary = f"{count} questions"
    except OSError as error:
        print(f"factdeck export: cannot write {target}: {error.strerror or error}", file=sys.stderr)
        return 2
    print(f"Wrote {summary} from deck {bank.deck!r} to {target}")
    return 0
