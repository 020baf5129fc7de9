"""Statistics screen: drawing its tables, and the screen shown once its figures are ready.

Run: ``.venv/bin/python tests/perf/bench_stats_tables.py``.

1. Each table (rich ``Table``s, drawn as the screen draws them: once per width, through
   ``rich_content``) at 74 columns (an 80-column terminal), with as many rows as a long history
   or a big deck gives: the quiz history (it lists at most ``QUIZ_ROWS``) and mastery by topic.
2. In the app (headless, 80×24, the fixture bank, as the UI tests run it) with a history of so
   many quizzes: from ``StatsScreen.show`` (the figures ready) to the screen drawn, and a
   resize to 100×30 drawn. Best of three, then every run.
"""

from __future__ import annotations

import asyncio
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from factdeck.progress import ProgressStore
from factdeck.study.quiz import QuizSettings
from factdeck.study.stats import Mastery, QuizRecord, Stats
from factdeck.ui.app import FactDeckApp
from factdeck.ui.screens import stats as stats_screen
from factdeck.ui.widgets.plot import rich_content

BANK = Path(__file__).parents[1] / "ui" / "fixtures" / "bank.json"
NOW = datetime(2026, 3, 2, 12, tzinfo=UTC)
WIDTH = 74
RUNS = 5


def best_ms(work: Callable[[], object], runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times) * 1000


def quiz(number: int) -> QuizRecord:
    started = NOW - timedelta(hours=number)
    return QuizRecord(
        session_id=f"q{number}",
        started_at=started,
        date=started.date(),
        finished=True,
        settings={"count": 10, "seconds_per_question": 30, "topics": ["Cold War"]},
        answered=10,
        correct=7,
        total=10,
        accuracy=0.7,
        speed_points=900,
    )


def topic(number: int) -> Mastery:
    return Mastery(
        key=f"t{number}",
        name=f"Topic number {number} of the deck",
        facts=12,
        seen=3,
        seen_share=0.25,
        answers=9,
        misses=4,
        mean_recall=0.5,
    )


def tables() -> None:
    print(f"1. Drawing a table at {WIDTH} columns (best of {RUNS})")
    for rows in (10, 50, 1000):
        quizzes = [quiz(n) for n in range(rows)]
        ms = best_ms(lambda q=quizzes: rich_content(stats_screen.quiz_table(q), WIDTH))
        print(f"   quiz history, {rows:>5} quizzes: {ms:7.1f} ms")
    for rows in (25, 200):
        topics = [topic(n) for n in range(rows)]
        ms = best_ms(lambda t=topics: rich_content(stats_screen.mastery_table(t, "Topic"), WIDTH))
        print(f"   mastery by topic, {rows:>3} topics: {ms:7.1f} ms")


def saves_with_quizzes(count: int) -> Path:
    saves = Path(tempfile.mkdtemp()) / "saves"
    settings = QuizSettings(count=10, topics=["Cold War"]).model_dump(mode="json")
    with ProgressStore.open(saves) as store:
        for number in range(count):
            session = store.start_session("quiz", settings)
            store.record_answer(
                "sputnik-country.mc",
                True,
                "quiz",
                3.0,
                session_id=session,
                fact_id="sputnik-country",
                at=NOW - timedelta(minutes=number),
            )
            store.finish_session(
                session, correct=1, answered=1, total=1, accuracy=1.0, speed_points=900
            )
    return saves


async def open_once(saves: Path) -> tuple[float, float]:
    """(ms from the figures ready to the screen drawn, ms for a resize to be drawn)."""
    shown_at: list[float] = []
    show = stats_screen.StatsScreen.show

    def timed_show(screen: stats_screen.StatsScreen, stats: Stats) -> None:
        shown_at.append(time.perf_counter())
        show(screen, stats)

    stats_screen.StatsScreen.show = timed_show  # type: ignore[method-assign]
    try:
        app = FactDeckApp(BANK, saves, now=lambda: NOW, mode="stats")
        async with app.run_test(size=(80, 24)) as pilot:
            await app.workers.wait_for_complete()
            await pilot.pause()
            drawn = (time.perf_counter() - shown_at[0]) * 1000
            start = time.perf_counter()
            await pilot.resize_terminal(100, 30)
            await pilot.pause()
            resized = (time.perf_counter() - start) * 1000
    finally:
        stats_screen.StatsScreen.show = show  # type: ignore[method-assign]
    return drawn, resized


def in_the_app() -> None:
    print("2. In the app, 80×24: figures ready → screen drawn; resize to 100×30 → drawn")
    for count in (100, 1000):
        saves = saves_with_quizzes(count)
        runs: list[Any] = [asyncio.run(open_once(saves)) for _ in range(3)]
        drawn = [run[0] for run in runs]
        resized = [run[1] for run in runs]
        print(
            f"   {count:>5} quizzes: drawn {min(drawn):6.0f} ms "
            f"({', '.join(f'{ms:.0f}' for ms in drawn)}), "
            f"resize {min(resized):6.0f} ms ({', '.join(f'{ms:.0f}' for ms in resized)})"
        )


if __name__ == "__main__":
    tables()
    in_the_app()
