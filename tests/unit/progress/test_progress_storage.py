"""Atomic writes, and what happens when the disk refuses one (full disk, I/O error)."""

from __future__ import annotations

import errno
import threading
from pathlib import Path

import pytest
from progress_helpers import memory

from factdeck import files as files_module
from factdeck.progress import ProgressStore, SaveFailed
from factdeck.progress import store as store_module
from factdeck.progress.errors import CorruptFile
from factdeck.progress.storage import atomic_write, backup_path, parse_tables


def _refuse(_: int) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


def test_a_write_replaces_the_file_and_keeps_the_previous_version(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    atomic_write(path, b'{"v": 1}')
    assert backup_path(path).read_bytes() == b'{"v": 1}', "the first version is kept too"
    atomic_write(path, b'{"v": 2}')
    atomic_write(path, b'{"v": 3}')
    assert path.read_bytes() == b'{"v": 3}'
    assert backup_path(path).read_bytes() == b'{"v": 2}'
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json", "a.json.bak"]


def test_a_refused_write_leaves_the_old_file_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "a.json"
    atomic_write(path, b'{"v": 1}')
    monkeypatch.setattr(files_module, "sync", _refuse)
    with pytest.raises(SaveFailed, match=r"Could not save .*a\.json: No space left on device"):
        atomic_write(path, b'{"v": 2}')
    assert path.read_bytes() == b'{"v": 1}'
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["a.json", "a.json.bak"], "no temporary file is left"


def test_a_refused_answer_changes_nothing_and_the_next_one_is_saved(
    saves: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with ProgressStore.open(saves) as store:
        store.record_answer("q", False, "quiz", 1, fact_id="f", fact_state=memory(1))
        before = (store.answers(), store.missed(), store.fact_states(), store.answer_count())
        with monkeypatch.context() as patch:
            patch.setattr(files_module, "sync", _refuse)
            with pytest.raises(SaveFailed, match="No space left on device"):
                store.record_answer("r", False, "quiz", 1, fact_id="f", fact_state=memory(2))
        assert (
            store.answers(),
            store.missed(),
            store.fact_states(),
            store.answer_count(),
        ) == before
        saved = store.record_answer("s", True, "quiz", 1)
    with ProgressStore.open(saves) as store:
        assert [r.question_id for r in store.answers()] == ["q", "s"]
        assert store.answers()[-1] == saved
        assert store.fact_states() == {"f": memory(1)}


def test_a_refused_segment_rollover_changes_nothing(
    saves: Path, small_segments: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    with ProgressStore.open(saves) as store:
        for n in range(3):
            store.record_answer(f"q{n}", True, "quiz", 1)
        with monkeypatch.context() as patch:
            patch.setattr(files_module, "sync", _refuse)
            with pytest.raises(SaveFailed):
                store.record_answer("lost", True, "quiz", 1)  # must start a new segment
        assert store.answer_count() == 3
        store.record_answer("q3", True, "quiz", 1)
    with ProgressStore.open(saves) as store:
        assert [r.question_id for r in store.answers()] == ["q0", "q1", "q2", "q3"]


def test_settings_and_sessions_refused_writes_change_nothing(
    store: ProgressStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.update_settings(theme="dark")
    session = store.start_session("quiz", {})
    with monkeypatch.context() as patch:
        patch.setattr(files_module, "sync", _refuse)
        with pytest.raises(SaveFailed):
            store.update_settings(theme="light")
        with pytest.raises(SaveFailed):
            store.finish_session(session, score=1)
    assert store.settings() == {"theme": "dark"}
    assert store.sessions()[0]["finished_at"] is None


def test_answers_from_several_threads_are_all_saved_once(saves: Path, small_segments: None) -> None:
    with ProgressStore.open(saves) as store:

        def answer(worker: int) -> None:
            for n in range(15):
                store.record_answer(f"w{worker}-{n}", n % 2 == 0, "quiz", 1, session_id="s")

        threads = [threading.Thread(target=answer, args=(w,)) for w in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        ids = [r.id for r in store.answers()]
    assert len(ids) == len(set(ids)) == 60
    with ProgressStore.open(saves) as store:
        assert [r.id for r in store.answers()] == ids
        assert len(store.missed()) == 28


def _refuse_in_log(real):  # type: ignore[no-untyped-def]
    def sync_dir(folder: Path) -> None:
        if folder.name == "log":
            _refuse(0)
        real(folder)

    return sync_dir


@pytest.mark.parametrize("at_segment_start", [False, True], ids=["open segment", "new segment"])
def test_an_answer_refused_after_its_file_was_renamed_is_not_taken_up_later(
    saves: Path, small_segments: None, monkeypatch: pytest.MonkeyPatch, at_segment_start: bool
) -> None:
    """The folder fsync fails after the rename: the refused answer is on disk for a moment,
    but the store goes on from what it knows it saved, and the next answer replaces it."""
    with ProgressStore.open(saves) as store:
        for n in range(3 if at_segment_start else 2):
            store.record_answer(f"q{n}", True, "quiz", 1)
        with monkeypatch.context() as patch:
            patch.setattr(files_module, "sync_dir", _refuse_in_log(files_module.sync_dir))
            with pytest.raises(SaveFailed, match="No space left"):
                store.record_answer("refused", False, "quiz", 1)
        kept = store.record_answer("kept", True, "quiz", 1)
        assert [r.question_id for r in store.answers()][-2:] == [
            "q2" if at_segment_start else "q1",
            "kept",
        ]
        assert store.missed() == []
    with ProgressStore.open(saves) as store:
        assert store.answers()[-1] == kept
        assert "refused" not in {r.question_id for r in store.answers()}
        assert store.missed() == [] and store.recovery == []


def test_an_unexpected_disk_error_on_opening_is_a_clear_message(
    saves: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_: object) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(store_module, "list_segments", broken)
    with pytest.raises(
        SaveFailed, match=r"Could not open the saves in .*default: Input/output error"
    ):
        ProgressStore.open(saves)
    monkeypatch.undo()
    with ProgressStore.open(saves) as store:
        assert store.recovery == [], "the lock was released"


@pytest.mark.parametrize(
    "raw",
    [
        b'{"t": {"1": {"x": 1.5, "y": -0.0, "z": 12345678901234567890123, "w": 1e400}}}',
        b'{"t": {"1": {"x": NaN, "y": "caf\xc3\xa9 \\u00e9 \\ud83d\\ude00", "a": 1, "a": 2}}}',
        b'{"t": {"1": {"lone": "\\ud800"}}}',
        b'\xef\xbb\xbf{"t": {}}',
        b'{"t": {"1": ' + b"[" * 300 + b"]" * 300 + b"}}",
        b' \n{"t": {"1": {"s": "\xed\xa0\x80"}}}\n',
    ],
)
def test_files_read_exactly_as_json_reads_them(tmp_path: Path, raw: bytes) -> None:
    import json

    read = parse_tables(tmp_path / "f.json", raw, lambda data: None)
    assert repr(read) == repr(json.loads(raw))  # (repr: NaN is not equal to itself)


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        (b'{"t": {"1": {"x": 1}}', "the file ends too early (cut off)"),
        (b'{"t": {"1": "unterminated', "the file ends too early (cut off)"),
        (b'{"t": {"1": {"x": 1,}}}', "it is not JSON: Expecting property name"),
        (b'{"t": {"1": {"x": "a\x01b"}}}', "it is not JSON: Invalid control character"),
        (b'{"t": {"1": {"x": "\xff"}}}', "the file is not UTF-8 text"),
        (b'{"t": {}} {}', "it is not JSON: Extra data"),
    ],
)
def test_damaged_json_is_refused_with_the_same_words(
    tmp_path: Path, raw: bytes, problem: str
) -> None:
    with pytest.raises(CorruptFile) as refused:
        parse_tables(tmp_path / "f.json", raw, lambda data: None)
    assert refused.value.problem.startswith(problem)
