"""Opening a profile read-only: no lock, no file touched, the same figures as the writer's.

(Damaged files read read-only are covered with the repair cases in test_progress_recovery.)
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from progress_helpers import memory

from factdeck.progress import (
    InvalidProfileName,
    ProfileLocked,
    ProfileNotFound,
    ProgressError,
    ProgressStore,
    ReadOnlyProfile,
    SavesTooNew,
)

V1_FIXTURE = Path(__file__).parents[2] / "fixtures" / "progress" / "v1" / "progress.json"


def listing(folder: Path) -> dict[str, str]:
    """Every file and folder under ``folder``, with a hash of each file's bytes."""
    return {
        str(path.relative_to(folder)): (
            hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "folder"
        )
        for path in sorted(folder.rglob("*"))
    }


def figures(store: ProgressStore) -> dict[str, Any]:
    return {
        "answers": store.answers(),
        "count": store.answer_count(),
        "missed": store.missed(),
        "states": store.fact_states(),
        "state f1": store.fact_state("f1"),
        "settings": store.settings(),
        "sessions": store.sessions(),
    }


def fill(store: ProgressStore, answers: int) -> None:
    """Answers over three facts, with a session, settings, an override, an undo and a state."""
    session = store.start_session("quiz", {"count": answers})
    store.update_settings(theme="dark", day_rollover_hour=3)
    for i in range(1, answers + 1):
        store.record_answer(
            f"q{i % 4}",
            i % 3 == 0,
            "quiz",
            i / 2,
            fact_id=f"f{i % 3}",
            fact_state=memory(i),
            session_id=session,
        )
    wrong = next(r for r in store.answers() if not r.correct)
    store.override_answer(wrong.id)
    latest = store.answers()[-1]
    store.retract_answer(latest.id, memory(0))
    store.put_fact_state("f9", {**memory(99), "suspended": True})
    store.finish_session(session, correct=3, total=answers)


@pytest.mark.usefixtures("small_segments")
def test_a_read_only_open_beside_the_writer_sees_everything_it_saved(saves: Path) -> None:
    with ProgressStore.open(saves) as writer:
        fill(writer, 16)
        folder = writer.directory
        before = listing(folder)
        with ProgressStore.open_read_only(saves) as reader:
            assert reader.read_only and not writer.read_only
            assert reader.recovery == []
            assert figures(reader) == figures(writer)
        assert listing(folder) == before, "no file was written, moved or created"
        # The writer still holds its lock and goes on saving.
        with pytest.raises(ProfileLocked):
            ProgressStore.open(saves)
        writer.record_answer("q1", True, "quiz", 1.0, fact_id="f1", fact_state=memory(50))
        with ProgressStore.open_read_only(saves) as reader:
            assert figures(reader) == figures(writer)


@pytest.mark.usefixtures("small_segments")
def test_a_read_only_store_is_a_snapshot_of_its_opening(saves: Path) -> None:
    with ProgressStore.open(saves) as writer:
        fill(writer, 7)
        reader = ProgressStore.open_read_only(saves)
        seen = figures(reader)
        for i in range(10):  # fills the open segment, starts others, checkpoints
            writer.record_answer("q2", False, "quiz", 2.0, fact_id="f2", fact_state=memory(i))
        assert figures(reader) == seen
        reader.close()


def test_a_read_only_open_of_a_closed_profile(saves: Path) -> None:
    with ProgressStore.open(saves, "alice") as writer:
        fill(writer, 5)
        expected = figures(writer)
    before = listing(saves)
    with ProgressStore.open_read_only(saves, "alice") as reader:
        assert figures(reader) == expected
        assert "read-only" in repr(reader)
    assert listing(saves) == before
    assert not (saves / "alice" / "lock").exists()


MUTATIONS: dict[str, Callable[[ProgressStore], object]] = {
    "record_answer": lambda s: s.record_answer("q1", True, "quiz", 1.0),
    "override_answer": lambda s: s.override_answer(1),
    "retract_answer": lambda s: s.retract_answer(2, None),
    "put_fact_state": lambda s: s.put_fact_state("f1", memory(5)),
    "update_settings": lambda s: s.update_settings(theme="light"),
    "start_session": lambda s: s.start_session("quiz", {}),
    "finish_session": lambda s: s.finish_session(s.sessions()[0]["id"], correct=1),
}


@pytest.mark.parametrize("mutation", MUTATIONS)
def test_every_change_to_a_read_only_store_is_refused(saves: Path, mutation: str) -> None:
    with ProgressStore.open(saves) as writer:
        fill(writer, 4)
    before = listing(saves)
    with ProgressStore.open_read_only(saves) as reader:
        seen = figures(reader)
        with pytest.raises(ReadOnlyProfile, match=r"Profile 'default' was opened read-only"):
            MUTATIONS[mutation](reader)
        assert figures(reader) == seen
    assert listing(saves) == before


def test_a_missing_profile_is_reported_and_nothing_is_created(saves: Path) -> None:
    with pytest.raises(ProfileNotFound, match="no profile has been saved there yet"):
        ProgressStore.open_read_only(saves)
    assert not saves.exists(), "not even the saves folder is created"

    with ProgressStore.open(saves, "alice"), ProgressStore.open(saves, "bob"):
        pass
    before = listing(saves)
    with pytest.raises(ProfileNotFound) as raised:
        ProgressStore.open_read_only(saves, "carol")
    assert "There is no profile 'carol'" in str(raised.value)
    assert "the profiles there are 'alice', 'bob'" in str(raised.value)
    assert "Nothing was created" in str(raised.value)
    assert listing(saves) == before


@pytest.mark.parametrize("name", ["../x", "a b", "", "x" * 41, "."])
def test_bad_profile_names_are_refused_read_only_too(saves: Path, name: str) -> None:
    with pytest.raises(InvalidProfileName):
        ProgressStore.open_read_only(saves, name)
    assert not saves.exists()


def test_a_profile_folder_with_nothing_saved_yet_reads_as_empty(saves: Path) -> None:
    (saves / "new").mkdir(parents=True)
    with ProgressStore.open_read_only(saves, "new") as reader:
        assert figures(reader) == figures_of_empty()
        assert reader.recovery == []
    assert listing(saves) == {"new": "folder"}


def figures_of_empty() -> dict[str, Any]:
    return {
        "answers": [],
        "count": 0,
        "missed": [],
        "states": {},
        "state f1": None,
        "settings": {},
        "sessions": [],
    }


def test_saves_from_a_newer_factdeck_are_refused_untouched(saves: Path) -> None:
    with ProgressStore.open(saves):
        pass
    meta = saves / "default" / "meta.json"
    data = json.loads(meta.read_text())
    data["meta"]["1"]["schema_version"] = 99
    meta.write_text(json.dumps(data))
    before = listing(saves)
    with pytest.raises(SavesTooNew):
        ProgressStore.open_read_only(saves)
    assert listing(saves) == before


def test_saves_of_format_1_are_not_migrated_read_only(saves: Path) -> None:
    (saves / "default").mkdir(parents=True)
    shutil.copyfile(V1_FIXTURE, saves / "default" / "progress.json")
    before = listing(saves)
    with pytest.raises(ProgressError, match="Open the profile in FactDeck once"):
        ProgressStore.open_read_only(saves)
    assert listing(saves) == before


@pytest.mark.usefixtures("small_segments")
def test_lost_counters_are_rebuilt_in_memory_only(saves: Path) -> None:
    with ProgressStore.open(saves) as writer:
        fill(writer, 8)
        expected = figures(writer)
    (saves / "default" / "meta.json").unlink()
    (saves / "default" / "meta.json.bak").unlink()
    before = listing(saves)
    with ProgressStore.open_read_only(saves) as reader:
        assert figures(reader) == expected
        (note,) = reader.recovery
        assert (note.file.name, note.problem, note.read_only) == ("meta.json", "missing", True)
        assert "left as it is (opened read-only" in str(note)
    assert listing(saves) == before


WRITER = textwrap.dedent(
    """
    import sys
    from factdeck.progress import ProgressStore
    ProgressStore.segment_events, ProgressStore.checkpoint_segments = 3, 2
    store = ProgressStore.open(sys.argv[1])
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        fact = f"f{n % 5}"
        state = {"card": {"card_id": n}, "lapses": 0}
        store.record_answer(f"{fact}.mc", n % 4 == 0, "quiz", 1.0, fact_id=fact, fact_state=state)
    """
)


def test_read_only_snapshots_are_consistent_while_a_writer_appends(saves: Path) -> None:
    """Another process answers without pause (tiny segments: rollovers and checkpoints all the
    time); every read-only open must see a history whose parts agree with one another."""
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(saves)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == "ready"
        seen = opens = 0
        while seen < 150 and opens < 5000:  # about 50 segments and 25 checkpoints
            opens += 1
            with ProgressStore.open_read_only(saves) as reader:
                answers = reader.answers()
                assert reader.recovery == []
                assert reader.answer_count() == len(answers)
                assert [a.id for a in answers] == list(range(1, len(answers) + 1))
                latest: dict[str | None, int] = {}
                for answer in answers:
                    latest[answer.fact_id] = answer.id
                states = reader.fact_states()
                assert {f: s["card"]["card_id"] for f, s in states.items()} == latest
                wrong = {a.question_id for a in answers if not a.correct}
                assert {m.question_id for m in reader.missed()} <= wrong
                seen = max(seen, len(answers))
        assert seen > 0, "the writer saved answers meanwhile"
    finally:
        writer.kill()
        writer.wait()
