"""What a profile's statistics are worked out from, and working them out: the statistics
screen and ``factdeck stats --json`` both use these."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo

from factdeck.bank import Bank
from factdeck.collector import collector_paused
from factdeck.progress import AnswerColumns, ProgressStore, SessionRecord
from factdeck.study.clock import utc_now
from factdeck.study.settings import StudySettings
from factdeck.study.stats import Stats, StatsMemory, compute_stats


@dataclass(frozen=True)
class StatsHistory:
    """What the statistics are worked out from: copies of a profile's history, read at once."""

    answers: AnswerColumns
    memories: dict[str, StatsMemory]
    sessions: list[SessionRecord]
    rollover_hour: int
    """The local hour at which the learner's study day begins (their setting)."""


def read_history(store: ProgressStore) -> StatsHistory:
    """Read what ``stats_of`` needs from an open profile (the slow part is the answer log).

    Everything returned is a copy: it can be worked on in another thread while the store is
    written to. Read with the garbage collector paused: all of it is kept.
    """
    with collector_paused():
        settings = StudySettings.from_stored(store.settings())
        return StatsHistory(
            answers=store.answer_columns(),
            memories=store.decoded_fact_states(StatsMemory.from_stored),
            sessions=store.sessions(),
            rollover_hour=settings.day_rollover_hour,
        )


def stats_of(
    bank: Bank, history: StatsHistory, *, now: datetime | None = None, tz: tzinfo | None = None
) -> Stats:
    """The statistics of ``history`` over ``bank``, at ``now`` (default: this instant).

    The study day rolls over at the learner's ``day_rollover_hour`` setting, in ``tz`` (None:
    the computer's local time zone). Worked out with the garbage collector paused: the
    history's long lists would be walked by every collection, and the figures' working lists
    are dropped whole at the end.
    """
    with collector_paused():
        return compute_stats(
            bank,
            history.answers,
            history.memories,
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
