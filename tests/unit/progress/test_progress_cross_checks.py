"""Every file of a profile is cross-checked against the others: a deleted file or folder is
restored or rebuilt where the others allow, and named where they do not; the meta is checked
against the log it counts. Nothing lost is ever left unsaid, and nothing claims answers the
history no longer holds."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from damage_matrix import history, make_template

from factdeck.progress import ProgressError, ProgressStore
from factdeck.progress.records import meta_checksum


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    saves = tmp_path_factory.mktemp("template") / "saves"
    return saves, make_template(saves)


@pytest.fixture
def profile(template: tuple[Path, dict[str, Any]], tmp_path: Path) -> tuple[Path, dict[str, Any]]:
    saves = tmp_path / "saves"
    shutil.copytree(template[0], saves)
    return saves, template[1]


@pytest.fixture(autouse=True)
def small_segments() -> Iterator[None]:
    sizes = (ProgressStore.segment_events, ProgressStore.checkpoint_segments)
    ProgressStore.segment_events, ProgressStore.checkpoint_segments = 3, 2
    yield
    ProgressStore.segment_events, ProgressStore.checkpoint_segments = sizes


def _open(saves: Path) -> tuple[dict[str, Any], list[str]]:
    with ProgressStore.open(saves) as store:
        return history(store), [str(note) for note in store.recovery]


def _reopens_quietly(saves: Path) -> None:
    with ProgressStore.open(saves) as store:
        assert store.recovery == [], "the repair was saved, and the loss is told once"
        store.record_answer("q-next", True, "quiz", 1.0)


def test_a_deleted_log_segment_is_named_and_the_count_follows_the_history(
    profile: tuple[Path, dict[str, Any]],
) -> None:
    saves, original = profile
    log = saves / "default" / "log"
    (log / "events-000000000004.json").unlink()
    (log / "events-000000000004.json.bak").unlink()
    after, notes = _open(saves)
    assert after["answers"] == [a for a in original["answers"] if a not in (4, 5, 6)]
    assert after["count"] == len(after["answers"]) == len(original["answers"]) - 3
    assert notes == [
        "events-000000000004.json: missing; lost: answer-log entries #4–#6 (answers or changes)."
    ]
    assert after["states"] == original["states"], "the checkpointed memory is kept"
    _reopens_quietly(saves)


def test_a_deleted_segment_with_its_backup_is_restored(
    profile: tuple[Path, dict[str, Any]],
) -> None:
    """The open segment's .bak is its version before the last answer: that answer is named."""
    saves, original = profile
    (saves / "default" / "log" / "events-000000000013.json").unlink()
    after, notes = _open(saves)
    assert after["answers"] == original["answers"][:-1]
    assert after["count"] == len(after["answers"])
    assert notes == [
        "events-000000000013.json: missing; the previous good version was restored; "
        "lost: the answer-log entry written after #13, if there was one."
    ]
    _reopens_quietly(saves)


def test_a_deleted_log_folder_is_told_and_answers_save_again(
    profile: tuple[Path, dict[str, Any]],
) -> None:
    saves, _ = profile
    shutil.rmtree(saves / "default" / "log")
    after, notes = _open(saves)
    assert (after["answers"], after["count"]) == ([], 0)
    (note,) = notes
    assert note.startswith("log: missing; lost: the answer log: entries #1–#12, the history of")
    _reopens_quietly(saves)


def test_a_deleted_facts_folder_is_rebuilt_from_the_log(
    profile: tuple[Path, dict[str, Any]],
) -> None:
    saves, original = profile
    shutil.rmtree(saves / "default" / "facts")
    after, notes = _open(saves)
    assert after == original
    assert notes and all("lost: nothing (rebuilt from the answer log)" in n for n in notes)
    _reopens_quietly(saves)


@pytest.mark.parametrize("name", ["sessions.json", "settings.json"])
def test_a_deleted_small_file_comes_back_from_its_backup(
    profile: tuple[Path, dict[str, Any]], name: str
) -> None:
    saves, original = profile
    folder = saves / "default"
    backup = (folder / f"{name}.bak").read_bytes()
    (folder / name).unlink()
    after, notes = _open(saves)
    assert notes == [
        f"{name}: missing; the previous good version was restored; lost: the latest "
        f"{'session' if name == 'sessions.json' else 'settings'} change."
    ]
    assert after["answers"] == original["answers"]
    assert (folder / f"{name}.bak").read_bytes() == backup, "the backup is not overwritten"
    _reopens_quietly(saves)


def test_a_file_has_a_backup_from_its_first_write(tmp_path: Path) -> None:
    with ProgressStore.open(tmp_path) as store:
        store.update_settings(theme="dark")
    (tmp_path / "default" / "settings.json").unlink()
    with ProgressStore.open(tmp_path) as store:
        (note,) = store.recovery
        assert str(note) == (
            "settings.json: missing; the previous good version was restored; "
            "lost: the latest settings change."
        )


def test_a_deleted_small_file_without_backup_is_named(
    profile: tuple[Path, dict[str, Any]],
) -> None:
    saves, _ = profile
    folder = saves / "default"
    for name in ("sessions.json", "sessions.json.bak"):
        (folder / name).unlink()
    after, notes = _open(saves)
    assert after["sessions"] == []
    assert notes == [
        "sessions.json: missing; lost: the list of past sessions, if there were any "
        "(answers are kept)."
    ]
    _reopens_quietly(saves)


def _edit_meta(saves: Path, *, keep_checksum: bool = False, **values: Any) -> None:
    """Change meta.json as an older FactDeck (no checksum) or an editor keeping it valid."""
    path = saves / "default" / "meta.json"
    data = json.loads(path.read_text())
    meta = {**data["meta"]["1"], **values}
    meta.pop("checksum")
    if keep_checksum:
        meta["checksum"] = meta_checksum(meta)
    path.write_text(json.dumps({"meta": {"1": meta}}))
    (saves / "default" / "meta.json.bak").unlink()


@pytest.mark.parametrize("read_only", [False, True])
def test_an_impossible_number_of_fact_shards_is_refused_not_allocated(
    profile: tuple[Path, dict[str, Any]], read_only: bool
) -> None:
    saves, original = profile
    _edit_meta(saves, keep_checksum=True, fact_shards=10**9)
    opener = ProgressStore.open_read_only if read_only else ProgressStore.open
    with opener(saves) as store:
        assert history(store)["states"] == original["states"]
        assert any("fact_shards is 1000000000" in str(note) for note in store.recovery)


def test_a_checkpoint_beyond_the_log_is_caught_and_no_memory_reverts(
    profile: tuple[Path, dict[str, Any]],
) -> None:
    saves, original = profile
    _edit_meta(saves, keep_checksum=True, checkpoint_seq=10**9, closed_seq=10**9, last_seq=10**9)
    after, notes = _open(saves)
    assert after == original
    (note,) = notes
    assert "it counts answer-log entries up to #1000000000, but the log ends at #14" in note
    assert "moved aside as meta.json.corrupt-" in note
    _reopens_quietly(saves)


def test_a_changed_byte_that_keeps_the_json_valid_is_caught_by_the_checksum(
    profile: tuple[Path, dict[str, Any]],
) -> None:
    saves, original = profile
    path = saves / "default" / "meta.json"
    raw = path.read_bytes()
    changed = raw.replace(b'"closed_answers":12', b'"closed_answers":92')
    assert changed != raw
    path.write_bytes(changed)
    after, notes = _open(saves)
    assert after == original
    (note,) = notes
    assert "its checksum does not match its content" in note
    assert "the previous good version was restored" in note


def test_a_lock_that_is_a_folder_gets_a_message_not_an_errno(tmp_path: Path) -> None:
    (tmp_path / "default" / "lock").mkdir(parents=True)
    with pytest.raises(ProgressError) as refused:
        ProgressStore.open(tmp_path)
    assert str(refused.value).startswith(
        f"The lock file {tmp_path / 'default' / 'lock'} is a folder"
    )
    assert "Errno" not in str(refused.value)


@pytest.mark.parametrize("read_only", [False, True])
def test_a_saves_folder_that_is_a_file_is_called_so(tmp_path: Path, read_only: bool) -> None:
    saves = tmp_path / "saves.json"
    saves.write_text("{}")
    opener = ProgressStore.open_read_only if read_only else ProgressStore.open
    with pytest.raises(ProgressError, match=r"saves\.json is a file, not a folder"):
        opener(saves)
    assert saves.read_text() == "{}"


def test_the_newest_segment_deleted_with_its_backup_is_told(
    profile: tuple[Path, dict[str, Any]],
) -> None:
    saves, original = profile
    log = saves / "default" / "log"
    for name in ("events-000000000013.json", "events-000000000013.json.bak"):
        (log / name).unlink()
    after, notes = _open(saves)
    assert after["answers"] == original["answers"][:12]
    assert after["count"] == 12
    assert notes == [
        "events-000000000013.json: missing; lost: the answer-log entries from #13 on "
        "(answers or changes)."
    ]
    _reopens_quietly(saves)
