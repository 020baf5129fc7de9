"""Time and memory to fit a learner's FSRS parameters to 100,000 reviews.

Run: ``.venv/bin/python tests/perf/bench_fit.py``. Target: the whole fit ≤ 10 s on two cores.

The history comes from the simulated learner of the unit tests (``synthetic_learner.py``): a year
of daily study on the app's schedule, new facts at 30 a day, until about 100,000 answers. The
fit timed is ``fit_memory_model`` as the settings screen runs it: answers to review items, a fit
on the earlier 80 %, both parameter sets scored on the later 20 %, and the refit on everything.
Memory: the peak of Python's allocations during the fit (tracemalloc), and how far the process's
peak resident size rose (which also counts the Rust optimizer's own memory).
"""

from __future__ import annotations

import resource
import sys
import time
import tracemalloc
from datetime import UTC, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit" / "study"))

from synthetic_learner import START, synthetic_answers

from factdeck.study.fitting import MemoryModel, fit_memory_model, review_items, reviews_of

TARGET_ANSWERS = 100_000
TARGET_SECONDS = 10.0


def main() -> None:
    started = time.perf_counter()
    answers = synthetic_answers(facts=12_000, new_per_day=30, days=400)[:TARGET_ANSWERS]
    print(f"simulated {len(answers):,} answers in {time.perf_counter() - started:.1f} s")
    items = review_items(reviews_of(answers), rollover_hour=4, tz=UTC)
    print(f"{len(items):,} of them are reviews on a later day (what the optimizer fits)")

    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    tracemalloc.start()
    started = time.perf_counter()
    model = fit_memory_model(
        answers,
        current=MemoryModel(),
        now=START + timedelta(days=400),
        rollover_hour=4,
        tz=UTC,
    )
    seconds = time.perf_counter() - started
    _, python_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    assert model.before is not None
    print(
        f"{'fit (convert, fit, score, refit)':<36} {seconds:8.2f} s   target ≤ {TARGET_SECONDS} s"
    )
    print(f"{'peak Python allocations':<36} {python_peak / 2**20:8.1f} MiB")
    print(f"{'rise of peak resident size':<36} {(rss_after - rss_before) / 1024:8.1f} MiB")
    after = model.after.log_loss if model.after else float("nan")
    print(f"held-out log loss: defaults {model.before.log_loss:.4f}, fitted {after:.4f}")
    print(f"kept: {'fitted parameters' if model.fitted else 'defaults'}")


if __name__ == "__main__":
    main()
