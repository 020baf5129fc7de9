"""Time to build today's flashcard queue with 10,000 facts and 100,000 logged answers.

Run: ``.venv/bin/python tests/perf/bench_queue.py``. Target: building the queue ≤ 50 ms.

A year of study is simulated through the real scheduler: 9,000 of the 10,000 facts are introduced
on some day of the past year and answered about eleven times each, at their due dates or sooner
(as quizzes do), with a seeded mix of ratings. The 100,000 answers, each with its fact's new
memory, are written as a real profile (in bulk, as the store's own benchmark does) and opened
with ``ProgressStore``; the queue is then built by ``StudyService`` as the app does. The queue
reads the fact memories only, never the answer log.
"""

from __future__ import annotations

import gc
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from fsrs import Rating

from factdeck.bank import Bank, SourceRef, TypedQuestion
from factdeck.progress import ProgressStore
from factdeck.progress.layout import write_profile
from factdeck.study.memory import FactMemory
from factdeck.study.scheduler import StudyScheduler
from factdeck.study.service import StudyService

FACTS = 10_000
ANSWERS = 100_000
RUNS = 30
NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
RATINGS = [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy]
WEIGHTS = [0.12, 0.15, 0.63, 0.10]


def make_bank() -> Bank:
    source = SourceRef(document="doc", quote="A quote.")
    questions = [
        TypedQuestion(
            id=f"fact-{i:05d}.typed",
            fact_id=f"fact-{i:05d}",
            prompt=f"Question {i}?",
            explanation=f"Fact {i}.",
            source=source,
            answer=f"Answer {i}",
        )
        for i in range(FACTS)
    ]
    return Bank(deck="Benchmark", questions=questions)


def simulate(fact_ids: list[str]) -> list[dict[str, Any]]:
    """A year of answers as store events (oldest first), each carrying the fact's new memory."""
    scheduler = StudyScheduler(tz=UTC)
    rng = random.Random(20260302)
    studied = [f for i, f in enumerate(fact_ids) if i % 10 != 9]  # a tenth was never studied
    events: list[dict[str, Any]] = []
    for index, fact_id in enumerate(studied):
        share = (ANSWERS - len(events)) // (len(studied) - index)  # spread the answers evenly
        when = NOW - timedelta(days=rng.uniform(200, 365))
        memory = FactMemory.new(fact_id, when)
        for _ in range(share):
            rating = rng.choices(RATINGS, WEIGHTS)[0]
            memory = scheduler.review(memory, rating, when)
            events.append(answer_event(fact_id, rating, when, memory))
            # the next answer: at the due date, or sooner in a quiz; always before now
            at_due = memory.card.due + timedelta(hours=rng.uniform(0, 30))
            in_quiz = when + timedelta(days=rng.uniform(0.5, 25))
            when = min(at_due, in_quiz, when + (NOW - when) * rng.uniform(0.1, 0.9))
    events.sort(key=lambda event: event["at"])
    return events


def answer_event(
    fact_id: str, rating: Rating, when: datetime, memory: FactMemory
) -> dict[str, Any]:
    """An answer as ``ProgressStore.record_answer`` logs it."""
    return {
        "kind": "answer",
        "at": when.isoformat(),
        "question_id": f"{fact_id}.typed",
        "fact_id": fact_id,
        "mode": "flashcard",
        "given": None,
        "correct": rating != Rating.Again,
        "seconds": 4.0,
        "timed_out": False,
        "near_miss": False,
        "override": False,
        "rating": int(rating),
        "session_id": None,
        "review_of": None,
        "facts": {fact_id: memory.to_dict()},
    }


def timed(work: Callable[[], object], runs: int) -> tuple[float, float, float]:
    """Median and p95 wall time of ``work``, and its median CPU time, in milliseconds.

    CPU time shows the cost when other processes compete for the cores.
    """
    timings, cpu = [], []
    for _ in range(runs):
        started, started_cpu = time.perf_counter(), time.process_time()
        work()
        timings.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    timings.sort()
    return (
        statistics.median(timings),
        timings[round(0.95 * (len(timings) - 1))],
        statistics.median(cpu),
    )


def main() -> None:
    bank = make_bank()
    started = time.perf_counter()
    events = simulate(bank.fact_ids)
    simulated = time.perf_counter() - started
    with tempfile.TemporaryDirectory() as saves:
        write_profile(Path(saves) / "default", events)
        del events  # the app never holds the history in memory: neither does the measurement
        gc.collect()
        started = time.perf_counter()
        store = ProgressStore.open(saves)
        open_ms = (time.perf_counter() - started) * 1000
        with store:
            started = time.perf_counter()
            service = StudyService(bank, store, now=lambda: NOW, tz=UTC)
            service_ms = (time.perf_counter() - started) * 1000
            queue_ms, queue_p95, queue_cpu = timed(service.queue, RUNS)
            card_ms, card_p95, card_cpu = timed(service.next_card, RUNS)
            counts = service.counts()
            answers = store.answer_count()

    print(f"profile: {FACTS:,} facts, {answers:,} answers logged ({simulated:.1f} s to simulate)")
    print(f"today: {counts.new} new, {counts.learning} learning, {counts.review} review")
    print()
    rows = [
        ("open the profile (ProgressStore.open)", open_ms, None, None, ""),
        ("StudyService(): read 10,000 fact memories", service_ms, None, None, ""),
        ("build today's queue (StudyService.queue)", queue_ms, queue_p95, queue_cpu, "≤ 50"),
        ("next flashcard (queue + its question)", card_ms, card_p95, card_cpu, ""),
    ]
    print(f"{'step':<46}{'median ms':>10}{'p95 ms':>9}{'cpu ms':>9}{'target':>8}")
    for name, median, p95, cpu, target in rows:
        p95_text = "" if p95 is None else f"{p95:.1f}"
        cpu_text = "" if cpu is None else f"{cpu:.1f}"
        verdict = "" if not target else ("  ok" if median <= 50 else "  SLOW")
        print(f"{name:<46}{median:>10.1f}{p95_text:>9}{cpu_text:>9}{target:>8}{verdict}")


if __name__ == "__main__":
    main()
