"""What ``factdeck generate`` and ``factdeck import`` share: the progress they show while they
work, and how the deck they make is written and summed up."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from factdeck import controls
from factdeck.bank import Bank, QuestionType
from factdeck.bank.loader import dump_bank_bytes
from factdeck.files import write_atomically
from factdeck.wording import counted

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID


class StepProgress:
    """The progress of a long command on stderr, as the pipeline reports its steps.

    On a terminal, a rich progress bar redrawn in place (used as a context manager, so it is
    finished even on an error); elsewhere a log, one line per step: ``2/5 documents``. rich is
    loaded only for the bar: a log (a pipe, a file, a script) needs none of it.
    """

    def __init__(self, stream: TextIO) -> None:
        self._log = stream
        self._bar: Progress | None = None
        self._task: TaskID | None = None
        if stream.isatty():
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

            from factdeck.commands.console import console_for

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


def fail(message: str) -> int:
    """Say why the command stops, on stderr; its exit code."""
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
