"""Cost of saving an answer and of opening a profile, as the history grows; sqlite3 beside it.

Run: ``.venv/bin/python tests/perf/bench_store.py`` (about a minute). Targets:

- ``record_answer`` median ≤ 5 ms with 100,000 answers stored, and ≤ 1.5× its median at 1,000;
- ``ProgressStore.open`` ≤ 300 ms with 100,000 answers and 10,000 fact states;
- statistics of 100,000 answers ready ≤ 500 ms from opening the profile (elapsed; the process's
  CPU time in the same runs is printed beside it): opening it read-only
  and ``store_stats`` (reading answers, fact states, sessions and settings, then
  ``compute_stats`` in the local time zone), as ``factdeck stats`` does. The store open for
  writing has read the columns once before, as the app's statistics screen does, which joins
  the closed segments' answers in ``log/closed-answers.json``. Also timed without that joined
  file (each closed segment's own index read instead), and without any answer index (as save
  format 2 was read, and format 3 until migrated).

Histories are written in bulk through the store's own storage layer (``write_profile``: whole log
segments, one durable write each), then opened with ``ProgressStore`` and timed through its public
methods. Each answer carries its fact's new memory (an fsrs card dict), as the study code saves
it. 1,100 answers are recorded per profile, so every fill level of the newest log segment and one
checkpoint are included. Every write is fsynced (file and folder), in the store and in sqlite3
(``synchronous=FULL``, in its default rollback-journal mode and in WAL mode).

Also printed, without targets: reading the whole history (``answers()``, its first call and a
second one, and ``answer_columns()`` as the statistics read it: on the app's store, and from a
store opened read-only as ``factdeck stats --json`` opens it) and ``compute_stats`` over what
``read_history`` read, with study days in UTC and in the local time zone.
"""

from __future__ import annotations

import contextlib
import gc
import os
import platform
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from tinydb import TinyDB

from factdeck.bank import Bank, Fact, MultipleChoiceQuestion, SourceRef
from factdeck.files import sync, sync_dir
from factdeck.progress import ProgressStore
from factdeck.progress.answer_index import JOINED
from factdeck.progress.layout import write_profile
from factdeck.progress.storage import _keep_previous, serialise
from factdeck.study.history import read_history, stats_of, store_stats

FACTS = 10_000
SIZES = (1_000, 100_000)
RECORDS = 1_100
OPENS = 15
START = datetime(2025, 1, 1, tzinfo=UTC)


def memory(rng: random.Random, n: int) -> dict[str, Any]:
    due = START + timedelta(days=rng.randrange(400))
    return {
        "card": {
            "card_id": 1_700_000_000_000 + n,
            "state": 2,
            "step": None,
            "stability": rng.uniform(0.5, 200),
            "difficulty": rng.uniform(1, 10),
            "due": due.isoformat(),
            "last_review": (due - timedelta(days=3)).isoformat(),
        },
        "lapses": rng.randrange(4),
        "leech": False,
        "suspended": False,
        "buried_until": None,
        "flagged_wrong": False,
        "flag_note": None,
    }


def history(answers: int, facts: int, rng: random.Random) -> Iterator[dict[str, Any]]:
    """``answers`` answer events over ``facts`` facts (each fact answered at least once)."""
    for n in range(answers):
        fact = f"fact-{n % facts:05d}" if n < facts else f"fact-{rng.randrange(facts):05d}"
        correct = rng.random() < 0.8
        yield {
            "kind": "answer",
            "at": (START + timedelta(minutes=n)).isoformat(),
            "question_id": f"{fact}.mc",
            "fact_id": fact,
            "mode": "quiz",
            "given": "29 August 1960",
            "correct": correct,
            "seconds": round(rng.uniform(1, 30), 2),
            "timed_out": False,
            "near_miss": False,
            "override": False,
            "rating": 3 if correct else 1,
            "session_id": f"session-{n // 20}",
            "review_of": None,
            "facts": {fact: memory(rng, n)},
        }


def bank_of(facts: int) -> Bank:
    """A bank with one multiple-choice question per fact of :func:`history`."""
    source = SourceRef(document="doc", quote="A verbatim quote.")
    ids = [f"fact-{n:05d}" for n in range(facts)]
    return Bank(
        facts=[Fact(id=f, statement=f"Statement {f}.", kind="date", source=source) for f in ids],
        questions=[
            MultipleChoiceQuestion(
                id=f"{f}.mc",
                fact_id=f,
                prompt=f"When was {f}?",
                explanation=f"Statement {f}.",
                source=source,
                options=["29 August 1960", "1959", "1961", "1962"],
                answer="29 August 1960",
            )
            for f in ids
        ],
    )


def percentiles(samples: list[float]) -> tuple[float, float, float, float]:
    ordered = sorted(samples)

    def at(q: float) -> float:
        return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]

    return statistics.median(ordered), at(0.95), at(0.99), ordered[-1]


def timed(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return (time.perf_counter() - started) * 1000


def bench_store(saves: Path, answers: int, rng: random.Random) -> dict[str, Any]:
    facts = min(FACTS, answers)
    started = time.perf_counter()
    write_profile(saves / "default", history(answers, facts, rng))
    built = time.perf_counter() - started
    gc.collect()
    opens = []
    for _ in range(OPENS):
        started = time.perf_counter()
        store = ProgressStore.open(saves)
        opens.append((time.perf_counter() - started) * 1000)
        store.close()
    with ProgressStore.open(saves) as store:
        states_ms = timed(store.fact_states)
        assert len(store.fact_states()) == facts
        records = []
        session = store.start_session("quiz", {"count": 20})
        for n in range(RECORDS):
            fact = f"fact-{rng.randrange(facts):05d}"
            state = memory(rng, answers + n)
            correct = rng.random() < 0.8
            records.append(
                timed(
                    lambda fact=fact, state=state, correct=correct: store.record_answer(
                        f"{fact}.mc",
                        correct,
                        "quiz",
                        4.5,
                        fact_id=fact,
                        given="29 August 1960",
                        rating=3 if correct else 1,
                        session_id=session,
                        fact_state=state,
                    )
                )
            )
        count = store.answer_count()
        answers_ms = timed(store.answers)
        answers_again_ms = timed(store.answers)
        columns_ms = timed(store.answer_columns)  # as the app's statistics screen reads them
        with ProgressStore.open_read_only(saves) as reader:
            read_only_ms = timed(reader.answer_columns)
    assert count == answers + RECORDS
    bank = bank_of(facts)
    with ProgressStore.open_read_only(saves) as reader:
        history_read = read_history(reader)
    now = START + timedelta(minutes=answers + 60)
    stats_ms = {
        zone: timed(lambda tz=tz: stats_of(bank, history_read, now=now, tz=tz))
        for zone, tz in (("UTC", UTC), ("local", None))
    }
    ready_ms = stats_ready(saves, bank, now)
    ready_unjoined_ms = stats_ready(
        without_joined_answers(saves, saves.with_name(saves.name + "-unjoined")), bank, now
    )
    ready_v2_ms = stats_ready(
        without_answer_index(saves, saves.with_name(saves.name + "-v2")), bank, now
    )
    return {
        "ready_ms": ready_ms,
        "ready_unjoined_ms": ready_unjoined_ms,
        "ready_v2_ms": ready_v2_ms,
        "built_s": built,
        "open": percentiles(opens),
        "record": percentiles(records),
        "fact_states_ms": states_ms,
        "answers_ms": answers_ms,
        "answers_again_ms": answers_again_ms,
        "columns_ms": columns_ms,
        "read_only_ms": read_only_ms,
        "stats_ms": stats_ms,
        "files": sum(1 for _ in (saves / "default").rglob("*")),
    }


STATS_RUNS = 3


def stats_ready(saves: Path, bank: Bank, now: datetime) -> tuple[float, float]:
    """Median milliseconds from opening the profile to its statistics computed: elapsed, and
    the CPU time of this process in those runs (on a shared machine, elapsed time includes the
    waits for a core; the CPU time does not)."""
    elapsed, cpu = [], []
    for _ in range(STATS_RUNS):
        gc.collect()
        started, started_cpu = time.perf_counter(), time.process_time()
        with ProgressStore.open_read_only(saves) as reader:
            store_stats(bank, reader, now=now, tz=None)
        elapsed.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    return statistics.median(elapsed), statistics.median(cpu)


def without_joined_answers(saves: Path, copy: Path) -> Path:
    """A copy of the profile without the closed segments' joined answers (each segment's own
    answer index is read instead)."""
    shutil.copytree(saves, copy)
    (copy / "default" / "log" / JOINED).unlink(missing_ok=True)
    return copy


def without_answer_index(saves: Path, copy: Path) -> Path:
    """A copy of the profile read as save format 2 was: no answer index beside the segments."""
    without_joined_answers(saves, copy)
    for index in copy.glob("default/log/answers-*.json"):
        index.unlink()
    return copy


def bench_sqlite(folder: Path, rows: int, journal: str) -> tuple[float, float, float, float]:
    path = folder / f"answers-{journal}-{rows}.sqlite"
    db = sqlite3.connect(path, isolation_level=None)
    db.execute(f"PRAGMA journal_mode={journal}")
    db.execute("PRAGMA synchronous=FULL")
    db.execute(
        "CREATE TABLE answers (id INTEGER PRIMARY KEY, question_id TEXT, fact_id TEXT, mode TEXT,"
        " given TEXT, correct INTEGER, seconds REAL, at TEXT, session_id TEXT, state TEXT)"
    )
    row = (
        "fact-00001.mc",
        "fact-00001",
        "quiz",
        "1960",
        1,
        4.5,
        START.isoformat(),
        "s",
        "{}" * 150,
    )
    db.execute("BEGIN")
    db.executemany(
        "INSERT INTO answers (question_id, fact_id, mode, given, correct, seconds, at,"
        " session_id, state) VALUES (?,?,?,?,?,?,?,?,?)",
        [row] * rows,
    )
    db.execute("COMMIT")
    samples = []
    for _ in range(300):
        started = time.perf_counter()
        db.execute("BEGIN")
        db.execute(
            "INSERT INTO answers (question_id, fact_id, mode, given, correct, seconds, at,"
            " session_id, state) VALUES (?,?,?,?,?,?,?,?,?)",
            row,
        )
        db.execute("COMMIT")
        samples.append((time.perf_counter() - started) * 1000)
    db.close()
    return percentiles(samples)


def breakdown(folder: Path, events: int) -> dict[str, float]:
    """Where one answer's write goes, for a log segment holding ``events`` events."""
    rng = random.Random(7)
    segment = {"events": {str(n): e for n, e in enumerate(history(events, events, rng), 1)}}
    path = folder / "segment.json"
    path.write_bytes(serialise(segment))
    parts: dict[str, list[float]] = {
        k: [] for k in ("serialise", "write+fsync", "keep .bak", "replace", "fsync folder")
    }
    for _ in range(200):
        t0 = time.perf_counter()
        payload = serialise(segment)
        t1 = time.perf_counter()
        tmp = path.with_name(path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        os.write(fd, payload)
        sync(fd)
        os.close(fd)
        t2 = time.perf_counter()
        _keep_previous(path)
        t3 = time.perf_counter()
        tmp.replace(path)
        t4 = time.perf_counter()
        sync_dir(folder)
        t5 = time.perf_counter()
        for name, value in zip(parts, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4), strict=True):
            value_ms = value * 1000
            parts[name].append(value_ms)
    return {name: statistics.median(values) for name, values in parts.items()} | {
        "bytes": len(serialise(segment))
    }


def bench_plain_tinydb(folder: Path, rows: int) -> float:
    """TinyDB's own JSONStorage (rewrites the whole file in place, no fsync): median insert."""
    db = TinyDB(folder / f"plain-{rows}.json")
    table = db.table("answers")
    table.insert_multiple({"question_id": "q", "correct": True, "n": n} for n in range(rows))
    samples = [
        timed(lambda: table.insert({"question_id": "q", "correct": True})) for _ in range(15)
    ]
    db.close()
    return statistics.median(samples)


def row(name: str, values: tuple[float, ...], target: str = "", verdict: str = "") -> str:
    cells = "".join(f"{v:>9.2f}" for v in values)
    return f"{name:<52}{cells}{target:>9}{verdict:>6}"


def main() -> None:
    rng = random.Random(2025)
    print(f"Python {sys.version.split()[0]} on {platform.platform()}, {os.cpu_count()} CPUs")
    # On the disk of the checkout (where saves/ lives), not a tmpfs that would make fsync free.
    with tempfile.TemporaryDirectory(dir=Path(__file__).parent, prefix=".bench-store-") as folder:
        root = Path(folder)
        results = {}
        for size in SIZES:
            saves = root / f"saves-{size}"
            results[size] = bench_store(saves, size, rng)
        sqlite = {
            (journal, size): bench_sqlite(root, size, journal)
            for journal in ("DELETE", "WAL")
            for size in SIZES
        }
        parts = {events: breakdown(root, events) for events in (1, 50, 100)}
        plain = {rows: bench_plain_tinydb(root, rows) for rows in (1_000, 10_000)}

    small, large = results[SIZES[0]], results[SIZES[-1]]
    ratio = large["record"][0] / small["record"][0]
    header = f"{'':<52}{'median':>9}{'p95':>9}{'p99':>9}{'max':>9}{'target':>9}"
    print()
    print(
        "Milliseconds. Histories written in bulk: "
        + ", ".join(f"{s:,} answers in {results[s]['built_s']:.1f} s" for s in SIZES)
        + "."
    )
    print(header)
    for size in SIZES:
        median = results[size]["record"][0]
        target, ok = ("≤ 5", median <= 5) if size == SIZES[-1] else ("", True)
        print(
            row(
                f"record_answer, {size:,} answers stored (store, fsync)",
                results[size]["record"],
                target,
                "" if not target else ("ok" if ok else "SLOW"),
            )
        )
    print(
        f"{'  ratio of medians 100,000 / 1,000':<52}{ratio:>9.2f}{'':>27}{'≤ 1.5':>9}"
        f"{'ok' if ratio <= 1.5 else 'SLOW':>6}"
    )
    for (journal, size), values in sqlite.items():
        print(row(f"sqlite3 insert+commit, {size:,} rows ({journal}, FULL)", values))
    print(
        row(
            f"ProgressStore.open, {SIZES[0]:,} answers, {min(FACTS, SIZES[0]):,} states",
            small["open"],
        )
    )
    print(
        row(
            f"ProgressStore.open, {SIZES[-1]:,} answers, {FACTS:,} states",
            large["open"],
            "≤ 300",
            "ok" if large["open"][0] <= 300 else "SLOW",
        )
    )
    for size in SIZES:
        ready, ready_cpu = results[size]["ready_ms"]
        verdict = ("ok" if ready <= 500 else "SLOW") if size == SIZES[-1] else ""
        print(
            f"{f'statistics ready from open, {size:,} answers':<52}{ready:>9.2f}{'':>27}"
            f"{'≤ 500' if verdict else '':>9}{verdict:>6}"
        )
        print(f"{'  CPU time of this process in those runs':<52}{ready_cpu:>9.2f}")
        unjoined, unjoined_cpu = results[size]["ready_unjoined_ms"]
        print(f"{'  the same without the joined closed answers':<52}{unjoined:>9.2f}")
        print(f"{'    CPU time':<52}{unjoined_cpu:>9.2f}")
        v2, v2_cpu = results[size]["ready_v2_ms"]
        print(f"{'  the same without the answer index (format 2)':<52}{v2:>9.2f}")
        print(f"{'    CPU time':<52}{v2_cpu:>9.2f}")
    print()
    print("Reading everything (not needed to open; the app's statistics do it), in ms:")
    for size in SIZES:
        result = results[size]
        print(
            f"  {size:>7,} answers: fact_states() {result['fact_states_ms']:7.1f}, "
            f"answers() {result['answers_ms']:7.1f} (again {result['answers_again_ms']:5.1f}; "
            f"answer_columns() {result['columns_ms']:7.1f}, "
            f"read-only {result['read_only_ms']:7.1f}), "
            f"{result['files']:,} files in the profile"
        )
        print(
            f"  {'':>7}          compute_stats over them (stats_of) "
            + ", ".join(f"{ms:7.1f} ({zone} days)" for zone, ms in result["stats_ms"].items())
        )
    print()
    print("One answer's durable write, by step (medians, ms), by events in the newest segment:")
    steps = list(parts[1])
    print(f"  {'events':<8}" + "".join(f"{s:>14}" for s in steps))
    for events, values in parts.items():
        cells = "".join(
            f"{values[s]:>14,.0f}" if s == "bytes" else f"{values[s]:>14.3f}" for s in steps
        )
        print(f"  {events:<8}{cells}")
    print()
    print(
        "TinyDB's own JSONStorage for comparison (whole file rewritten, no fsync): "
        + ", ".join(f"{rows:,} records {ms:.1f} ms per insert" for rows, ms in plain.items())
    )


if __name__ == "__main__":
    with contextlib.suppress(KeyboardInterrupt):
        main()
