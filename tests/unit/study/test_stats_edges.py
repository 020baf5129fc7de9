"""Statistics at the edges: no history, streaks around today, flags, naive times."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import fsrs
import pytest

from factdeck.bank import load_bank
from factdeck.study.stats import Stats, compute_stats
from helpers.history import answer_columns, stats_memories

BANK = load_bank(Path(__file__).parents[2] / "fixtures" / "stats" / "bank.json")
NOW = datetime(2024, 3, 14, 12, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Answer:
    question_id: str
    correct: bool
    at: datetime
    fact_id: str | None = None
    mode: str = "flashcard"
    seconds: float = 1.0
    session_id: str | None = None


def stats_for(answers: list[Answer], memories: dict[str, dict[str, Any]] | None = None) -> Stats:
    return compute_stats(
        BANK,
        answer_columns(answers),
        stats_memories(memories or {}),
        [],
        now=NOW,
        tz=UTC,
        rollover_hour=0,
    )


def test_an_empty_history() -> None:
    stats = stats_for([])

    assert (stats.today.answered, stats.today.accuracy, stats.today.seconds) == (0, None, 0.0)
    assert (
        stats.all_decks.streak.current,
        stats.all_decks.streak.longest,
        stats.all_decks.streak.studied_today,
    ) == (0, 0, False)
    assert (stats.totals.answered, stats.totals.accuracy, stats.totals.facts_seen) == (0, None, 0)
    assert (
        sum(d.answers for d in stats.all_decks.heatmap) == 0 and len(stats.all_decks.heatmap) == 365
    )
    assert sum(d.due for d in stats.forecast.days) == 0
    assert all(w.retention is None for w in stats.retention)
    assert [(t.key, t.seen, t.mean_recall) for t in stats.topics] == [
        ("Europe", 0, None),
        ("History", 0, None),
        ("Science", 0, None),
    ]
    assert (stats.hardest, stats.leeches, stats.quizzes) == ([], [], [])


@pytest.mark.parametrize(
    ("days_ago", "current", "studied_today"),
    [
        ([1, 2], 2, False),  # nothing yet today: yesterday's streak is still alive
        ([0, 1, 2], 3, True),
        ([2, 3], 0, False),  # a whole day missed
    ],
)
def test_current_streak(days_ago: list[int], current: int, studied_today: bool) -> None:
    answers = [Answer("f-alpha.typed", True, NOW - timedelta(days=n)) for n in days_ago]
    stats = stats_for(answers)
    assert (stats.all_decks.streak.current, stats.all_decks.streak.studied_today) == (
        current,
        studied_today,
    )
    assert stats.all_decks.streak.longest == len(days_ago)


def test_an_answer_without_fact_id_counts_for_its_questions_fact() -> None:
    answers = [
        Answer("f-alpha.mc", False, NOW - timedelta(days=3)),
        Answer("f-alpha.typed", True, NOW),
    ]
    stats = stats_for(answers)
    assert stats.totals.facts_seen == 1
    # The second answer is a review of the same fact on a later day.
    assert (stats.retention[-1].reviews, stats.retention[-1].correct) == (1, 1)
    assert [(h.fact_id, h.wrong) for h in stats.hardest] == [("f-alpha", 1)]


def test_a_fact_flagged_as_wrong_is_not_forecast_but_keeps_its_recall() -> None:
    card = {
        "card_id": 7,
        "state": 2,
        "step": None,
        "stability": 10.0,
        "difficulty": 5.0,
        "due": (NOW + timedelta(days=2)).isoformat(),
        "last_review": NOW.isoformat(),
    }
    flagged = {
        "card": card,
        "lapses": 0,
        "leech": False,
        "suspended": False,
        "buried_until": None,
        "flagged_wrong": True,
        "flag_note": "typo",
    }
    plain = {**flagged, "flagged_wrong": False}

    assert sum(d.due for d in stats_for([], {"f-gamma": flagged}).forecast.days) == 0
    assert stats_for([], {"f-gamma": plain}).forecast.days[2].due == 1
    science = next(t for t in stats_for([], {"f-gamma": flagged}).topics if t.key == "Science")
    assert science.mean_recall == 1.0


def test_an_unreadable_memory_is_treated_as_never_scheduled() -> None:
    stats = stats_for([], {"f-gamma": {"card": {"state": "nonsense"}}})
    assert sum(d.due for d in stats.forecast.days) == 0
    assert all(t.mean_recall is None for t in stats.topics)


CARD = {
    "card_id": 1,
    "state": 2,
    "step": None,
    "stability": 12.5,
    "difficulty": 5.0,
    "due": "2024-03-16T09:00:00+00:00",
    "last_review": "2024-03-01T09:00:00+00:00",
}


def test_mean_recall_is_the_retrievability_fsrs_gives_the_card() -> None:
    card = fsrs.Card.from_dict(CARD)  # type: ignore[arg-type]  # a card dict as saved
    expected = round(fsrs.Scheduler().get_card_retrievability(card, NOW), 4)

    science = next(
        t for t in stats_for([], {"f-gamma": {"card": CARD}}).topics if t.key == "Science"
    )

    assert 0 < expected < 1
    assert science.mean_recall == expected


@pytest.mark.parametrize(
    "change",
    [
        {"state": 9},
        {"state": "2"},
        {"stability": None},
        {"stability": 0},
        {"stability": "12.5"},
        {"last_review": None},
        {"due": "2024-03-16T09:00:00"},
        {"last_review": "2024-03-01T09:00:00"},
        {"due": "the sixteenth"},
    ],
)
def test_a_card_without_a_state_stability_or_aware_times_is_never_scheduled(
    change: dict[str, object],
) -> None:
    stats = stats_for([], {"f-gamma": {"card": {**CARD, **change}}})

    assert sum(d.due for d in stats.forecast.days) == 0
    assert all(t.mean_recall is None for t in stats.topics)


def test_now_must_be_timezone_aware() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        compute_stats(BANK, answer_columns([]), {}, [], now=datetime(2024, 3, 14, 12, 0))


def test_set_aside_lists_each_reason_a_fact_is_out_of_study() -> None:
    base = {"card": {"state": "nonsense"}, "lapses": 0, "leech": False, "buried_until": None}
    memories = {
        "f-alpha": {**base, "suspended": True, "flagged_wrong": True, "flag_note": "[b]1902[/b]"},
        "f-gamma": {**base, "suspended": True, "flagged_wrong": False, "flag_note": None},
        "f-left": {**base, "suspended": False, "flagged_wrong": True, "flag_note": "  "},
        "f-delta": {
            **base,
            "suspended": False,
            "flagged_wrong": False,
            "buried_until": "2099-01-01",
        },
    }
    # f-left left the bank; it is this deck's through its answer (another deck's fact would not
    # be listed: see test_stats_decks).
    answers = [Answer("f-left.tf", False, NOW - timedelta(days=1), fact_id="f-left")]
    rows = [
        (x.fact_id, x.in_bank, x.reason, x.note) for x in stats_for(answers, memories).set_aside
    ]
    assert rows == [
        ("f-alpha", True, "suspended", None),
        ("f-gamma", True, "suspended", None),
        ("f-alpha", True, "reported", "[b]1902[/b]"),
        ("f-left", False, "reported", None),
    ]
