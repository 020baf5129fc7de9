"""Statistics of one deck in a profile that studies two: each deck's figures are its own, the
all-decks figures count both."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from factdeck.bank import load_bank
from factdeck.progress import JsonObject, SessionRecord
from factdeck.study.stats import Stats, compute_stats
from helpers.history import answer_columns, stats_memories

SHIPPED = load_bank(Path(__file__).parents[2] / "fixtures" / "stats" / "bank.json")
NOW = datetime(2024, 3, 14, 12, 0, tzinfo=UTC)
YESTERDAY = NOW - timedelta(days=1)
OTHER = "Suez Canal"


@dataclass(frozen=True)
class Answer:
    question_id: str
    fact_id: str | None
    correct: bool
    at: datetime
    session_id: str | None
    mode: str = "flashcard"
    seconds: float = 1.0


def session(session_id: str, kind: str, deck: str | None, **summary: int) -> SessionRecord:
    settings: JsonObject = {"deck": deck} if deck is not None else {}
    if kind == "quiz":
        settings |= {"count": 2, "seconds_per_question": 30}
    return SessionRecord(
        id=session_id,
        kind=kind,
        settings=settings,
        started_at=YESTERDAY,
        finished_at=YESTERDAY + timedelta(minutes=1),
        summary=dict(summary),
    )


SESSIONS = [
    session("fc-shipped", "flashcard", SHIPPED.deck),
    session("fc-suez", "flashcard", OTHER),
    session("q-suez", "quiz", OTHER, total=2, speed_points=900),
    session("q-shipped", "quiz", SHIPPED.deck, total=2, speed_points=800),
    session("q-old", "quiz", None, total=1, speed_points=100),
]
ANSWERS = [
    Answer("f-alpha.mc", "f-alpha", True, YESTERDAY, "fc-shipped"),
    Answer("f-beta.tf", "f-beta", False, YESTERDAY, "q-shipped", "quiz"),
    # The other deck: its facts are not in this bank.
    Answer("suez-1.typed", "suez-1", False, YESTERDAY, "fc-suez"),
    Answer("suez-1.mc", "suez-1", False, NOW, "q-suez", "quiz"),
    Answer("suez-2.mc", "suez-2", True, NOW, "q-suez", "quiz"),
    # Saved before sessions named their deck: suez-1 is known to be the other deck's.
    Answer("suez-1.tf", "suez-1", False, NOW, None),
    # ... while a fact that left this bank, never seen in a named session, still counts here.
    Answer("f-gone.typed", "f-gone", False, YESTERDAY - timedelta(days=1), "q-old", "quiz"),
]
MEMORIES: dict[str, dict[str, Any]] = {
    "suez-1": {"lapses": 8, "leech": True, "suspended": True},
    "suez-3": {"lapses": 0, "leech": False, "suspended": True},
    "f-beta": {"lapses": 1, "leech": False, "suspended": False},
}


def stats_of(deck_bank: Any = SHIPPED) -> Stats:
    return compute_stats(
        deck_bank,
        answer_columns(ANSWERS),
        stats_memories(MEMORIES),
        SESSIONS,
        now=NOW,
        tz=UTC,
        rollover_hour=0,
    )


def test_a_decks_figures_leave_out_the_other_decks_answers_and_facts() -> None:
    stats = stats_of()
    assert stats.deck == SHIPPED.deck
    assert (stats.totals.answered, stats.totals.correct) == (3, 1)
    assert stats.today.answered == 0  # the other deck's answers today are not this deck's
    assert [h.fact_id for h in stats.hardest] == ["f-beta", "f-gone"]
    assert all(h.fact_id != "suez-1" for h in stats.hardest)
    assert stats.leeches == [] and stats.set_aside == []
    assert [q.session_id for q in stats.quizzes] == ["q-shipped", "q-old"]


def test_the_all_decks_figures_count_every_answer() -> None:
    every = stats_of().all_decks
    assert (every.answered, every.correct, every.study_days) == (7, 2, 3)
    assert every.streak.current == 3 and every.streak.studied_today
    assert sum(day.answers for day in every.heatmap) == 7


def test_the_other_deck_sees_its_own_facts_as_no_longer_in_its_bank() -> None:
    other = SHIPPED.model_copy(update={"deck": OTHER})
    stats = stats_of(other)
    # The other deck's bank is stood in for by this one (same facts, another name): its answers
    # are those of sessions naming it, the legacy one on a fact known to be its, and the legacy
    # one on a fact no named session claims (f-gone: whose it was cannot be known).
    assert stats.totals.answered == 5
    assert [q.session_id for q in stats.quizzes] == ["q-suez", "q-old"]
    assert [(x.fact_id, x.in_bank, x.reason) for x in stats.set_aside] == [
        ("suez-1", False, "leech")
    ]
