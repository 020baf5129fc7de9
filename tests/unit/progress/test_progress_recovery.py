"""Damaged save files are moved aside, never overwritten or taken as empty; the learner is told.

A template profile (small log segments, so it has closed, checkpointed and open segments) is
built once; each case damages one file of a copy in one way and reopens it.
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from progress_helpers import memory

from factdeck.progress import ProgressStore, RecoveryNote

REBUILT = "nothing (rebuilt from the answer log)"
ANSWERS = 14
"""With segments of 3 and a checkpoint every 2 segments: checkpoints after 6 and 12 (so every
checkpoint file has a previous version), and an open segment of answers 13 and 14."""
OPEN = 13

DAMAGE: dict[str, Callable[[bytes], bytes]] = {
    "truncated": lambda raw: raw[: len(raw) // 2],
    "garbage": lambda raw: b"\x89PNG\r\n\x1a\n\x00\xff" + raw[:20],
    "empty": lambda raw: b"",
    "wrong schema": lambda raw: b'{"unexpected": {"1": {"what": "not ours"}}}',
    "not a database": lambda raw: b"[1, 2, 3]",
}
PROBLEMS = {
    "truncated": "ends too early",
    "garbage": "not UTF-8",
    "empty": "empty",
    "wrong schema": "unexpected content",
    "not a database": "not a TinyDB database",
}


def history(store: ProgressStore) -> dict[str, Any]:
    """What the answer log decides: answers, their count, the missed set and fact states."""
    return {
        "answers": [r.id for r in store.answers()],
        "count": store.answer_count(),
        "missed": [(m.question_id, m.credits, m.missed_at) for m in store.missed()],
        "states": store.fact_states(),
    }


def snapshot(store: ProgressStore) -> dict[str, Any]:
    return {
        **history(store),
        "settings": store.settings(),
        "sessions": [(s["id"], s["finished_at"] is not None) for s in store.sessions()],
    }


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, dict[str, Any]]]:
    """The profile, its snapshot, and its history just before and at the open segment's start."""
    saves = tmp_path_factory.mktemp("template") / "saves"
    sizes = (ProgressStore.segment_events, ProgressStore.checkpoint_segments)
    ProgressStore.segment_events, ProgressStore.checkpoint_segments = 3, 2
    earlier = {}
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
                earlier[i] = history(store)
            store.update_settings(theme="light")
            store.finish_session(session, score=5)
        with ProgressStore.open(saves) as store:
            original = snapshot(store)
    finally:
        ProgressStore.segment_events, ProgressStore.checkpoint_segments = sizes
    yield saves, {**original, "before open": earlier[OPEN - 1], "open kept": earlier[OPEN]}


@pytest.fixture
def profile(template: tuple[Path, dict[str, Any]], tmp_path: Path) -> tuple[Path, dict[str, Any]]:
    saves = tmp_path / "saves"
    shutil.copytree(template[0], saves)
    return saves, template[1]


@dataclass(frozen=True)
class Case:
    file: str
    expect: Callable[[dict[str, Any], bool], dict[str, Any]]
    """The snapshot after repair, from the original and whether a .bak existed."""
    lost: Callable[[bool], str]
    lazy: bool = False
    """Read only when the old history is read (answers()), not on opening."""


def _same(original: dict[str, Any], _: bool) -> dict[str, Any]:
    return original


def _closed_segment(original: dict[str, Any], bak: bool) -> dict[str, Any]:
    """The checkpointed states and missed set keep the lost answers' effects; the log does not."""
    answers = [i for i in original["answers"] if i not in ({3} if bak else {1, 2, 3})]
    return {**original, "answers": answers, "count": len(answers)}


CASES = {
    "meta": Case("meta.json", _same, lambda bak: "nothing" if bak else REBUILT),
    "open segment": Case(
        f"log/events-{OPEN:012d}.json",
        lambda o, bak: {**o, **o["open kept" if bak else "before open"]},
        lambda bak: (
            f"the answer-log entry written after #{OPEN}, if there was one"
            if bak
            else f"the answer-log entries from #{OPEN} on"
        ),
    ),
    "closed segment": Case(
        "log/events-000000000001.json",
        _closed_segment,
        lambda bak: f"answer-log entries #{3 if bak else 1}–#3 (answers or changes)",
        lazy=True,
    ),
    "fact shard": Case("facts/facts-{shard}.json", _same, lambda bak: REBUILT),
    "missed set": Case("missed.json", _same, lambda bak: REBUILT),
    "settings": Case(
        "settings.json",
        lambda o, bak: {**o, "settings": {"theme": "dark"} if bak else {}},
        lambda bak: "the latest settings change" if bak else "all settings (defaults apply)",
    ),
    "sessions": Case(
        "sessions.json",
        lambda o, bak: {**o, "sessions": [(o["sessions"][0][0], False)] if bak else []},
        lambda bak: (
            "the latest session change" if bak else "the list of past sessions (answers are kept)"
        ),
    ),
}


def _shard_of_f0(folder: Path) -> str:
    for shard in sorted((folder / "facts").glob("facts-*.json")):
        if '"f0"' in shard.read_text():
            return shard.stem.split("-")[1]
    raise AssertionError("no shard holds f0")


def _check_note(note: RecoveryNote, path: Path, damaged: bytes, bak: bool, lost: str) -> None:
    assert note.file == path
    assert note.moved_to is not None
    assert note.moved_to.parent == path.parent
    assert note.moved_to.name.startswith(f"{path.name}.corrupt-")
    assert note.moved_to.read_bytes() == damaged, "the damaged file is kept as it was"
    assert note.restored is bak
    assert note.lost == lost
    assert path.name in str(note) and lost in str(note)


MATRIX = [
    *(
        pytest.param(which, damage, True, id=f"{which}-{damage}")
        for which in CASES
        for damage in DAMAGE
    ),
    # Without a .bak every kind of damage takes the same path: one kind per file suffices.
    *(pytest.param(which, "truncated", False, id=f"{which}-no .bak") for which in CASES),
]


@pytest.mark.parametrize(("which", "damage", "with_backup"), MATRIX)
def test_a_damaged_file_is_moved_aside_and_repaired(
    profile: tuple[Path, dict[str, Any]], which: str, damage: str, with_backup: bool
) -> None:
    saves, original = profile
    folder = saves / "default"
    case = CASES[which]
    path = folder / case.file.format(shard=_shard_of_f0(folder))
    backup = path.with_name(path.name + ".bak")
    assert backup.exists(), "the template keeps a previous version of every file"
    if not with_backup:
        backup.unlink()
    damaged = DAMAGE[damage](path.read_bytes())
    path.write_bytes(damaged)

    with ProgressStore.open(saves) as store:
        if case.lazy:
            assert store.recovery == [], "old segments are not read on opening"
        state = snapshot(store)
        (note,) = store.recovery
        _check_note(note, path, damaged, with_backup, case.lost(with_backup))
        assert PROBLEMS[damage] in note.problem
    expected = case.expect(original, with_backup)
    assert state == {key: expected[key] for key in state}

    with ProgressStore.open(saves) as store:
        assert snapshot(store) == state
        assert store.recovery == [], "the repair was saved"


def _listing(folder: Path) -> dict[str, str]:
    return {
        str(path.relative_to(folder)): (
            hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "folder"
        )
        for path in sorted(folder.rglob("*"))
    }


@pytest.mark.parametrize(("which", "damage", "with_backup"), MATRIX)
def test_a_read_only_open_reads_around_a_damaged_file_and_changes_nothing(
    profile: tuple[Path, dict[str, Any]], which: str, damage: str, with_backup: bool
) -> None:
    """Read-only, nothing is moved or repaired: the previous good version is read instead, and
    the figures are those the repair would give. The app's repair is still there to be made."""
    saves, original = profile
    folder = saves / "default"
    case = CASES[which]
    path = folder / case.file.format(shard=_shard_of_f0(folder))
    if not with_backup:
        path.with_name(path.name + ".bak").unlink()
    damaged = DAMAGE[damage](path.read_bytes())
    path.write_bytes(damaged)
    before = _listing(saves)

    with ProgressStore.open_read_only(saves) as store:
        if case.lazy:
            assert store.recovery == [], "old segments are not read on opening"
        state = snapshot(store)
        (note,) = store.recovery
    expected = case.expect(original, with_backup)
    assert state == {key: expected[key] for key in state}
    assert (note.file, note.moved_to, note.read_only) == (path, None, True)
    assert note.restored is with_backup
    assert note.lost == case.lost(with_backup)
    assert PROBLEMS[damage] in note.problem
    assert "left as it is (opened read-only" in str(note)
    assert _listing(saves) == before, "every file is byte-identical, nothing moved or created"

    with ProgressStore.open(saves) as store:
        assert snapshot(store) == state
        (repair,) = store.recovery
        _check_note(repair, path, damaged, with_backup, case.lost(with_backup))
