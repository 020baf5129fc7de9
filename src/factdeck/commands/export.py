"""``factdeck export --anki FILE | --csv FILE``: the deck for Anki, or as a spreadsheet.

An Anki package carries the learner's schedule (``--profile``, the default profile unless
told) so that moving to Anki keeps it; ``--without-progress`` exports every card as new, for
sharing a deck. An existing file is replaced only with ``--force``, as ``import`` does.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path

from factdeck import paths
from factdeck.bank import Bank, BankError, load_bank
from factdeck.export.apkg import Progress, studied_facts, write_anki_package
from factdeck.export.tabular import write_csv
from factdeck.progress import ProfileNotFound, ProgressError, ProgressStore
from factdeck.study.clock import utc_now
from factdeck.study.memory import FactMemory
from factdeck.study.scheduler import StudyScheduler
from factdeck.study.settings import StudySettings


def read_progress(args: argparse.Namespace) -> Progress | None:
    """The profile's progress for the Anki package (read only), or None when it has none.

    Raises:
        ProgressError: the profile's saves cannot be read (bad name, too new, damaged ...).
    """
    try:
        store = ProgressStore.open_read_only(paths.saves_dir(args.saves), args.profile)
    except ProfileNotFound:
        return None
    with store:
        memories = {}
        for fact_id, state in store.fact_states().items():
            try:
                memories[fact_id] = FactMemory.from_dict(state)
            except (KeyError, TypeError, ValueError, AttributeError):
                continue  # unreadable: exported as new, as the app would refuse to guess
        settings = StudySettings.from_stored(store.settings())
        return Progress(memories, store.answers(), StudyScheduler(settings), utc_now())


def _export_anki(
    bank: Bank, target: Path, modified: datetime, progress: Progress | None
) -> tuple[str, str]:
    """Write the package; what was written, and a note on the schedule it carries (or "")."""
    count = write_anki_package(bank, target, modified=modified, progress=progress)
    studied = 0 if progress is None else studied_facts(bank, progress)
    note = (
        f"{studied} of them carry your schedule and review history: in Anki, tick "
        '"Import any learning progress" when importing to keep it.'
        if studied
        else ""
    )
    return f"{count} notes (one per fact)", note


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
    if target.exists() and not target.is_dir() and not args.force:
        print(
            f"factdeck export: {target} already exists; add --force to replace it",
            file=sys.stderr,
        )
        return 2
    progress = None
    if args.anki is not None and not args.without_progress:
        try:
            progress = read_progress(args)
        except ProgressError as error:
            print(f"factdeck export: {error}", file=sys.stderr)
            return 2
    note = ""
    try:
        if args.anki is not None:
            summary, note = _export_anki(bank, target, modified, progress)
        else:
            summary = f"{write_csv(bank, target)} questions"
    except OSError as error:
        print(f"factdeck export: cannot write {target}: {error.strerror or error}", file=sys.stderr)
        return 2
    print(f"Wrote {summary} from deck {bank.deck!r} to {target}")
    if note:
        print(note)
    return 0
