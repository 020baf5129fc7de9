"""Statistics count each answer and each due card on its own study day when the learner's clocks
change: the statistics work out one day per run of instants instead of converting every instant,
so they must agree with ``study_day`` of each instant around gaps, folds and odd offsets."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import fsrs
from hypothesis import given, settings
from hypothesis import strategies as st
from study_helpers import full_bank

from factdeck.study.clock import study_day
from factdeck.study.stats import compute_stats
from helpers.history import answer_columns, stats_memories

BANK = full_bank(40)
# zone: a day of 2026 its clocks change on (gaps, folds, half-hour and midnight changes)
CHANGES = [
    ("America/New_York", date(2026, 3, 8)),
    ("America/New_York", date(2026, 11, 1)),
    ("Europe/London", date(2026, 10, 25)),
    ("Australia/Lord_Howe", date(2026, 4, 5)),
    ("Australia/Lord_Howe", date(2026, 10, 4)),
    ("Pacific/Chatham", date(2026, 9, 27)),
    ("America/Santiago", date(2026, 9, 6)),
    ("America/Santiago", date(2026, 4, 5)),
]


@dataclass(frozen=True)
class Answer:
    question_id: str
    correct: bool
    at: datetime
    fact_id: str | None = None
    mode: str = "flashcard"
    seconds: float = 1.0
    session_id: str | None = None


def _around(change: date, minutes: list[int]) -> list[datetime]:
    """Instants these many minutes after two days before the change (UTC)."""
    start = datetime.combine(change - timedelta(days=2), datetime.min.time(), tzinfo=UTC)
    return [start + timedelta(minutes=m) for m in minutes]


def _memory(n: int, due: datetime) -> dict[str, Any]:
    card = fsrs.Card(
        card_id=n + 1,
        state=fsrs.State.Review,
        stability=5.0,
        difficulty=5.0,
        due=due,
        last_review=due - timedelta(days=5),
    )
    return {"card": card.to_dict()}


MINUTES = st.lists(st.integers(min_value=0, max_value=4 * 24 * 60), min_size=1, max_size=40)


@settings(max_examples=60, deadline=None)
@given(
    change=st.sampled_from(CHANGES),
    rollover_hour=st.integers(min_value=0, max_value=23),
    minutes=MINUTES,
    seed=st.integers(min_value=0, max_value=2**16),
)
def test_answers_count_on_their_own_study_day(
    change: tuple[str, date], rollover_hour: int, minutes: list[int], seed: int
) -> None:
    zone, day = ZoneInfo(change[0]), change[1]
    instants = _around(day, minutes)
    random.Random(seed).shuffle(instants)  # the log's order need not be the clock's
    answers = [Answer(question_id="f00.mc", correct=True, at=at) for at in instants]
    now = datetime.combine(day + timedelta(days=4), datetime.min.time(), tzinfo=UTC)

    stats = compute_stats(
        BANK, answer_columns(answers), {}, [], now=now, tz=zone, rollover_hour=rollover_hour
    )

    expected = Counter(study_day(at, rollover_hour, zone) for at in instants)
    assert {d.date: d.answers for d in stats.all_decks.heatmap if d.answers} == expected
    assert stats.totals.study_days == len(expected)


@settings(max_examples=60, deadline=None)
@given(
    change=st.sampled_from(CHANGES),
    rollover_hour=st.integers(min_value=0, max_value=23),
    minutes=MINUTES,
)
def test_due_cards_count_on_their_own_study_day(
    change: tuple[str, date], rollover_hour: int, minutes: list[int]
) -> None:
    zone, day = ZoneInfo(change[0]), change[1]
    dues = _around(day, minutes)[: len(BANK.fact_ids)]
    memories = {
        f: _memory(n, due) for n, (f, due) in enumerate(zip(BANK.fact_ids, dues, strict=False))
    }
    now = datetime.combine(day - timedelta(days=3), datetime.min.time(), tzinfo=UTC)

    stats = compute_stats(
        BANK,
        answer_columns([]),
        stats_memories(memories),
        [],
        now=now,
        tz=zone,
        rollover_hour=rollover_hour,
    )

    expected = Counter(study_day(due, rollover_hour, zone) for due in dues)
    assert stats.forecast.overdue == 0
    assert {d.date: d.due for d in stats.forecast.days if d.due} == expected
