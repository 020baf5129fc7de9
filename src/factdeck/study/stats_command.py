"""``factdeck stats --json``: the statistics screen's figures for scripts."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Any

from factdeck import paths
from factdeck.bank import Bank, BankError, load_bank
from factdeck.progress import AnswerRecord, ProgressError, ProgressStore
from factdeck.study.clock import utc_now
from factdeck.study.exam import saved_forecast
from factdeck.study.scheduler import StudySettings
from factdeck.study.stats import Stats, compute_stats


@dataclass(frozen=True)
class StatsHistory:
    """What the statistics are worked out from: copies of a profile's history, read at once."""

    answers: list[AnswerRecord]
    fact_states: dict[str, dict[str, Any]]
    sessions: list[dict[str, Any]]
    rollover_hour: int
    """The local hour at which the learner's study day begins (their setting)."""


def read_history(store: ProgressStore) -> StatsHistory:
    """Read what ``stats_of`` needs from an open profile (the slow part is the answer log).

    Everything returned is a copy: it can be worked on in another thread while the store is
    written to.
    """
    settings = StudySettings.from_stored(store.settings())
    return StatsHistory(
        answers=store.answers(),
        fact_states=store.fact_states(),
        sessions=store.sessions(),
        rollover_hour=settings.day_rollover_hour,
    )


def stats_of(
    bank: Bank, history: StatsHistory, *, now: datetime | None = None, tz: tzinfo | None = None
) -> Stats:
    """The statistics of ``history`` over ``bank``, at ``now`` (default: this instant).

    The study day rolls over at the learner's ``day_rollover_hour`` setting, in ``tz`` (None:
    the computer's local time zone).
    """
    return compute_stats(
        bank,
        history.answers,
        history.fact_states,
        history.sessions,
        now=now or utc_now(),
        tz=tz,
        rollover_hour=history.rollover_hour,
    )


def store_stats(
    bank: Bank, store: ProgressStore, *, now: datetime | None = None, tz: tzinfo | None = None
) -> Stats:
    """The statistics of an open profile over ``bank``, at ``now`` (default: this instant).

    The study day rolls over at the learner's ``day_rollover_hour`` setting, in ``tz`` (None:
    the computer's local time zone).
    """
    return stats_of(bank, read_history(store), now=now, tz=tz)


def run_stats(args: argparse.Namespace) -> int:
    """``factdeck stats --json``: print the statistics as JSON.

    Exit 0 and the JSON on stdout, or exit 2 and a message on stderr when the bank or the
    profile cannot be opened (not found, saved by a newer FactDeck, bad name, ...). The profile
    is opened read-only, so this works while the app has it open; a damaged save file is read
    around, not repaired, with a note on stderr (the app repairs it on opening). Without
    ``--json``, ``factdeck.cli`` opens the app instead.
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
                store.fact_states(),
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
