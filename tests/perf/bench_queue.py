"""Time to build today's flashcard queue with 10,000 facts and 100,000 logged answers.

Run: ``.venv/bin/python tests/perf/bench_queue.py``. Target: build ≤ 50 ms.

The history is simulated through the real scheduler: each fact is introduced on some day of the
past year and answered at (or a little after) each due date, about ten times, with a seeded mix
of ratings, so states, due dates and today's limits look like a year of real study. The queue
reads the fact memories only, never the answer log, so the log's size does not enter its cost.
"""

from __future__ import annotations

import random
import statistics
import time
from datetime import UTC, datetime, timedelta

from fsrs import Rating

from factdeck.study.memory import FactMemory
from factdeck.study.queue import build_queue
from factdeck.study.scheduler import StudyScheduler

FACTS = 10_000
ANSWERS = 100_000
RUNS = 30
NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
RATINGS = [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy]
WEIGHTS = [0.12, 0.15, 0.63, 0.10]


def simulate(scheduler: StudyScheduler) -> tuple[list[str], dict[str, dict[str, object]], int]:
    """A year of study: fact ids, their stored memory dicts, and how many answers were given."""
    rng = random.Random(20260302)
    fact_ids = [f"fact-{i:05d}" for i in range(FACTS)]
    studied = [f for i, f in enumerate(fact_ids) if i % 10 != 9]  # a tenth was never studied
    stored: dict[str, dict[str, object]] = {}
    answers = 0
    for index, fact_id in enumerate(studied):
        share = (ANSWERS - answers) // (len(studied) - index)  # spread the answers evenly
        when = NOW - timedelta(days=rng.uniform(200, 365))
        memory = FactMemory.new(fact_id, when)
        for _ in range(share):
            memory = scheduler.review(memory, rng.choices(RATINGS, WEIGHTS)[0], when)
            answers += 1
            # the next answer: at the due date, or sooner in a quiz; always before now
            at_due = memory.card.due + timedelta(hours=rng.uniform(0, 30))
            in_quiz = when + timedelta(days=rng.uniform(0.5, 25))
            when = min(at_due, in_quiz, when + (NOW - when) * rng.uniform(0.1, 0.9))
        stored[fact_id] = memory.to_dict()
    return fact_ids, stored, answers


def main() -> None:
    scheduler = StudyScheduler(tz=UTC)
    started = time.perf_counter()
    fact_ids, stored, answers = simulate(scheduler)
    simulated = time.perf_counter() - started

    started = time.perf_counter()
    memories = {fact_id: FactMemory.from_dict(data) for fact_id, data in stored.items()}
    load_ms = (time.perf_counter() - started) * 1000

    timings = []
    for _ in range(RUNS):
        started = time.perf_counter()
        queue = build_queue(fact_ids, memories, scheduler, NOW)
        timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    median = statistics.median(timings)
    p95 = timings[int(0.95 * (len(timings) - 1))]

    print(f"history: {len(fact_ids):,} facts, {len(stored):,} studied, {answers:,} answers")
    print(f"(simulated through the scheduler in {simulated:.1f} s)")
    print(f"today: new {queue.counts.new}, learning {queue.counts.learning}, ", end="")
    print(f"review {queue.counts.review}")
    print()
    print(f"{'step':<44}{'median ms':>10}{'p95 ms':>9}{'target':>9}")
    print(f"{'read 10,000 fact memories (once per start)':<44}{load_ms:>10.1f}{'':>9}{'':>9}")
    verdict = "ok" if median <= 50 else "SLOW"
    print(
        f"{'build today' + chr(39) + 's queue':<44}{median:>10.1f}{p95:>9.1f}{'≤ 50':>9}  {verdict}"
    )


if __name__ == "__main__":
    main()
