"""The damaged-saves matrix: each file and folder of a profile deleted, truncated, zeroed,
garbled or replaced by JSON of the wrong shape, then the profile opened.

Shared by ``test_progress_damage_matrix.py`` (a few cases, checked) and
``tests/perf/damage_matrix.py`` (every case, printed as a table).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from progress_helpers import memory

from factdeck.progress import ProgressStore

ANSWERS = 14
"""With segments of 3 and a checkpoint every 2 segments: closed, checkpointed and open
segments (as in test_progress_recovery)."""

TARGETS = {
    "meta.json": "meta.json",
    "log segment, oldest": "log/events-000000000001.json",
    "log segment, open": "log/events-000000000013.json",
    "log/ folder": "log",
    "fact shard": "facts/facts-{shard}.json",
    "facts/ folder": "facts",
    "missed.json": "missed.json",
    "settings.json": "settings.json",
    "sessions.json": "sessions.json",
}


def _delete(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path)
    else:
        path.unlink()
        path.with_name(path.name + ".bak").unlink(missing_ok=True)


def _rewrite(change: Callable[[bytes], bytes]) -> Callable[[Path], None]:
    def damage(path: Path) -> None:
        files = sorted(path.glob("*.json")) if path.is_dir() else [path]
        for file in files:
            file.write_bytes(change(file.read_bytes()))

    return damage


DAMAGES: dict[str, Callable[[Path], None]] = {
    "deleted": _delete,
    "truncated": _rewrite(lambda raw: raw[: len(raw) // 2]),
    "zeroed": _rewrite(lambda raw: bytes(len(raw))),
    "garbled": _rewrite(lambda raw: bytes(b ^ 0x5A for b in raw)),
    "wrong shape": _rewrite(lambda raw: b'{"meta": {"1": [1, 2, 3]}, "facts": []}'),
}


def history(store: ProgressStore) -> dict[str, Any]:
    return {
        "answers": [r.id for r in store.answers()],
        "count": store.answer_count(),
        "missed": [m.question_id for m in store.missed()],
        "states": store.fact_states(),
        "settings": store.settings(),
        "sessions": [(s["id"], s["finished_at"] is not None) for s in store.sessions()],
    }


def make_template(saves: Path) -> dict[str, Any]:
    """A profile with every kind of file, and its history."""
    sizes = (ProgressStore.segment_events, ProgressStore.checkpoint_segments)
    ProgressStore.segment_events, ProgressStore.checkpoint_segments = 3, 2
    try:
        with ProgressStore.open(saves) as store:
            session = store.start_session("quiz", {"count": 11})
            store.update_settings(theme="dark")
            for i in range(1, ANSWERS + 1):
                store.record_answer(
                    f"q{i % 4}",
                    i % 2 == 0,
                    "quiz",
                    i,
                    fact_id=f"f{i % 3}",
                    fact_state=memory(i),
                    session_id=session,
                )
            store.update_settings(theme="light")
            store.finish_session(session, score=5)
        with ProgressStore.open(saves) as store:
            return history(store)
    finally:
        ProgressStore.segment_events, ProgressStore.checkpoint_segments = sizes


@dataclass(frozen=True)
class Outcome:
    notes: list[str]
    """What the learner is told on opening (and on reading the whole history)."""
    after: dict[str, Any]
    reopened_notes: list[str]
    """What a second opening says (empty when the repair was saved)."""
    saved_next: bool
    """Whether a new answer could be saved after the repair."""


def _shard_of_f0(folder: Path) -> str:
    for shard in sorted((folder / "facts").glob("facts-*.json")):
        if '"f0"' in shard.read_text(errors="replace"):
            return shard.stem.split("-")[1]
    raise AssertionError("no shard holds f0")


def damage_and_open(saves: Path, target: str, damage: str) -> Outcome:
    folder = saves / "default"
    DAMAGES[damage](folder / TARGETS[target].format(shard=_shard_of_f0(folder)))
    sizes = (ProgressStore.segment_events, ProgressStore.checkpoint_segments)
    ProgressStore.segment_events, ProgressStore.checkpoint_segments = 3, 2
    try:
        with ProgressStore.open(saves) as store:
            after = history(store)
            notes = [str(note) for note in store.recovery]
        with ProgressStore.open(saves) as store:
            reopened = [str(note) for note in store.recovery]
            store.record_answer("q-new", True, "quiz", 1.0)
            saved = store.answer_count() == after["count"] + 1
    finally:
        ProgressStore.segment_events, ProgressStore.checkpoint_segments = sizes
    return Outcome(notes, after, reopened, saved)


def unexplained_losses(original: dict[str, Any], outcome: Outcome) -> list[str]:
    """What changed from the original without a note saying it is lost."""
    told = " ".join(outcome.notes)
    problems = []
    if outcome.after["count"] != len(outcome.after["answers"]):
        problems.append("the answer count disagrees with the history")
    gone = [a for a in original["answers"] if a not in outcome.after["answers"]]
    if gone and "answer-log" not in told and "answer log" not in told:
        problems.append(f"answers {gone} lost without a note")
    for key, what in (
        ("states", "fact states"),
        ("missed", "missed set"),
        ("settings", "settings"),
        ("sessions", "sessions"),
    ):
        if (
            outcome.after[key] != original[key]
            and "lost: nothing" in told
            and len(outcome.notes) == told.count("lost: nothing")
        ):
            problems.append(f"{what} changed while every note says nothing was lost")
        if outcome.after[key] != original[key] and not outcome.notes:
            problems.append(f"{what} changed without a note")
    return problems
