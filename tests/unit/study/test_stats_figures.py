"""Every statistic of a fixed, hand-made history, against figures worked out by hand.

The history (tests/fixtures/stats/history.json): 21 answers from 2023-03-15 to 2024-03-14, in a
UTC+2 time zone with the study day starting at 04:00 local (02:00 UTC), seen at
2024-03-14T10:00Z (a Thursday). Study day of an answer = the UTC date of (time - 2 h).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from factdeck.bank import load_bank
from factdeck.progress import SessionRecord
from factdeck.study.stats import Stats, compute_stats
from helpers.history import answer_columns, stats_memories

FIXTURES = Path(__file__).parents[2] / "fixtures" / "stats"


@dataclass(frozen=True)
class Answer:
    """The fields of an answer record, as the store hands them out."""

    id: int
    question_id: str
    fact_id: str | None
    mode: str
    given: str | None
    correct: bool
    seconds: float
    timed_out: bool
    near_miss: bool
    override: bool
    rating: int | None
    session_id: str | None
    review_of: str | None
    at: datetime


def load_history() -> dict[str, Any]:
    history: dict[str, Any] = json.loads((FIXTURES / "history.json").read_text("utf-8"))
    return history


def records(history: dict[str, Any]) -> list[Answer]:
    return [
        Answer(**{**raw, "at": datetime.fromisoformat(raw["at"])}) for raw in history["answers"]
    ]


_SESSION_FIELDS = ("id", "kind", "settings", "started_at", "finished_at")


def session_record(raw: dict[str, Any]) -> SessionRecord:
    """A session of the fixture (its summary's figures beside its own fields), as the store
    hands it out."""
    finished = raw["finished_at"]
    return SessionRecord(
        id=raw["id"],
        kind=raw["kind"],
        settings=raw["settings"],
        started_at=datetime.fromisoformat(raw["started_at"]),
        finished_at=None if finished is None else datetime.fromisoformat(finished),
        summary={key: value for key, value in raw.items() if key not in _SESSION_FIELDS},
    )


@pytest.fixture(scope="module")
def stats() -> Stats:
    history = load_history()
    return compute_stats(
        load_bank(FIXTURES / "bank.json"),
        answer_columns(records(history)),
        stats_memories(history["memories"]),
        [session_record(session) for session in history["sessions"]],
        now=datetime.fromisoformat(history["now"]),
        tz=timezone(timedelta(hours=history["utc_offset_hours"])),
        rollover_hour=history["rollover_hour"],
    )


def test_today(stats: Stats) -> None:
    # Answers 19-21 (#18 at 01:59Z is 03:59 local: still the day before).
    today = stats.today
    assert today.date == date(2024, 3, 14)
    assert (today.answered, today.correct) == (3, 2)
    assert today.accuracy == 0.6667
    assert today.seconds == 14.75  # 4.5 + 8 + 2.25


def test_streaks(stats: Stats) -> None:
    # Study days: 2023-03-15..16, 03-01, 03-03..07, 03-11..14 (#14 at 01:30Z counts for 03-11).
    assert (
        stats.all_decks.streak.current,
        stats.all_decks.streak.longest,
        stats.all_decks.streak.studied_today,
    ) == (4, 5, True)


def test_totals(stats: Stats) -> None:
    totals = stats.totals
    assert (totals.answered, totals.correct, totals.accuracy) == (21, 12, 0.5714)
    assert totals.study_days == 12
    # Bank facts: alpha, beta, gamma, delta, eps and the ordering question's own fact id.
    assert (totals.facts_in_bank, totals.facts_seen) == (6, 4)


def test_heatmap_covers_the_last_365_days(stats: Stats) -> None:
    heatmap = stats.all_decks.heatmap
    assert len(heatmap) == 365
    assert heatmap[0].date == date(2023, 3, 16)  # 2024 is a leap year
    assert heatmap[-1].date == date(2024, 3, 14)
    active = {d.date.isoformat(): d.answers for d in heatmap if d.answers}
    assert active == {
        "2023-03-16": 1,  # 2023-03-15 (answer 1) is one day too old
        "2024-03-01": 3,
        "2024-03-03": 2,
        "2024-03-04": 3,
        "2024-03-05": 1,
        "2024-03-06": 1,
        "2024-03-07": 1,
        "2024-03-11": 1,
        "2024-03-12": 1,
        "2024-03-13": 3,
        "2024-03-14": 3,
    }


def test_due_forecast(stats: Stats) -> None:
    forecast = stats.forecast
    assert len(forecast.days) == 30
    assert (forecast.days[0].date, forecast.days[-1].date) == (date(2024, 3, 14), date(2024, 4, 12))
    due = {d.date.isoformat(): d.due for d in forecast.days if d.due}
    # gamma overdue since 03-12 -> today; delta due 03-20 but buried until 03-22; alpha 03-24.
    # beta is suspended, eps never scheduled (and flagged), f-gone left the bank.
    assert due == {"2024-03-14": 1, "2024-03-22": 1, "2024-03-24": 1}
    assert forecast.overdue == 1


def test_true_retention_by_week(stats: Stats) -> None:
    weeks = stats.retention
    assert len(weeks) == 12
    assert weeks[0].week_start == date(2023, 12, 25)
    assert weeks[-1].week_start == date(2024, 3, 11)
    figures = {w.week_start.isoformat(): (w.reviews, w.correct, w.retention) for w in weeks}
    # Week of 02-26: #6 right, #7 wrong (03-01's answers are first encounters).
    assert figures["2024-02-26"] == (2, 1, 0.5)
    # Week of 03-04: #8, #11, #13 right, #12 wrong; #9 is delta's first, #10 the same day.
    assert figures["2024-03-04"] == (4, 3, 0.75)
    # Week of 03-11: #14 #16 #18 #19 #21 right, #15 #17 #20 wrong.
    assert figures["2024-03-11"] == (8, 5, 0.625)
    empty = [w for w in weeks if w.week_start < date(2024, 2, 26)]
    assert all((w.reviews, w.correct, w.retention) == (0, 0, None) for w in empty)


def test_mastery_by_topic(stats: Stats) -> None:
    rows = [
        (m.key, m.facts, m.seen, m.seen_share, m.answers, m.misses, m.mean_recall)
        for m in stats.topics
    ]
    # Recall: alpha and beta reviewed today (1.0); gamma 5 days at stability 5, delta 30 at 30
    # (0.9 each: retrievability is 0.9 after one stability's worth of days).
    assert rows == [
        ("Europe", 2, 2, 1.0, 8, 2, 0.95),  # alpha, delta
        ("History", 3, 2, 0.6667, 10, 4, 1.0),  # alpha, beta, the ordering fact
        ("Science", 3, 2, 0.6667, 7, 2, 0.9),  # gamma, delta, eps
    ]


def test_mastery_by_document(stats: Stats) -> None:
    rows = [
        (m.key, m.name, m.facts, m.seen, m.seen_share, m.answers, m.misses, m.mean_recall)
        for m in stats.documents
    ]
    assert rows == [
        ("doc-c", "doc-c", 1, 0, 0.0, 0, 0, None),  # not described by the bank: named by id
        ("doc-a", "Document A", 4, 3, 0.75, 14, 5, 0.9667),  # alpha, beta, delta, ordering
        ("doc-b", "Document B", 1, 1, 1.0, 3, 1, 0.9),  # gamma
    ]


def test_hardest_facts_and_leeches(stats: Stats) -> None:
    hardest = [
        (h.fact_id, h.label, h.in_bank, h.answers, h.wrong, h.lapses, h.leech)
        for h in stats.hardest
    ]
    assert hardest == [
        ("f-beta", "Beta is true.", True, 6, 3, 8, True),
        ("old.question", None, False, 2, 2, 0, False),
        ("f-gone", None, False, 2, 1, 3, True),
        ("f-delta", "Delta was named by Dora.", True, 4, 1, 2, False),
        ("f-gamma", "Gamma has 42 parts.", True, 3, 1, 1, False),
        ("f-alpha", "Alpha happened in 1901.", True, 4, 1, 0, False),
    ]
    leeches = [(x.fact_id, x.in_bank, x.lapses, x.suspended) for x in stats.leeches]
    assert leeches == [("f-beta", True, 8, True), ("f-gone", False, 3, False)]


def test_set_aside_facts(stats: Stats) -> None:
    # beta: a suspended leech; eps: reported as wrong without a note; f-gone is a leech back in
    # study and delta is only buried, so neither is set aside.
    rows = [(x.fact_id, x.label, x.in_bank, x.reason, x.note, x.lapses) for x in stats.set_aside]
    assert rows == [
        ("f-beta", "Beta is true.", True, "leech", None, 8),
        ("f-eps", "Epsilon is small.", True, "reported", None, 0),
    ]


def test_quiz_history_newest_first(stats: Stats) -> None:
    quizzes = [
        (q.session_id, q.date.isoformat(), q.finished, q.answered, q.correct, q.total, q.accuracy)
        for q in stats.quizzes
    ]
    assert quizzes == [
        ("q3", "2024-03-14", True, 1, 1, 1, 1.0),
        ("q2", "2024-03-13", False, 2, 1, 2, 0.5),
        ("q1", "2024-03-01", True, 3, 2, 3, 0.6667),
    ]
    # q3 and q1 from their summaries; q2 (abandoned) from its answers: #16 right in 11 s of 15
    # gives round(1000 * (1 - 11 / 15 / 2)) = 633.
    assert [q.speed_points for q in stats.quizzes] == [888, 633, 1600]
    assert stats.quizzes[2].settings["seconds_per_question"] == 20


def test_json_output_is_plain_data(stats: Stats) -> None:
    data = stats.model_dump(mode="json")
    assert json.loads(json.dumps(data)) == data
    assert data["today"] == {
        "date": "2024-03-14",
        "answered": 3,
        "correct": 2,
        "accuracy": 0.6667,
        "seconds": 14.75,
    }
    assert data["generated_at"] == "2024-03-14T10:00:00Z"
    assert data["set_aside"][1] == {
        "fact_id": "f-eps",
        "label": "Epsilon is small.",
        "in_bank": True,
        "reason": "reported",
        "note": None,
        "lapses": 0,
    }
    assert set(data) == {
        "generated_at",
        "rollover_hour",
        "deck",
        "today",
        "totals",
        "all_decks",
        "forecast",
        "retention",
        "topics",
        "documents",
        "hardest",
        "leeches",
        "set_aside",
        "quizzes",
    }
