"""The closed segments' answers joined in one file: read instead of a thousand indexes while
every segment it covers is as it was, ignored otherwise, and written again when behind."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from progress_helpers import record_numbered

from factdeck.progress import AnswerColumns, ProgressStore, answer_index
from factdeck.progress.answer_index import JOINED


def _history(saves: Path) -> AnswerColumns:
    """14 answers, two overridden and one undone, in segments of 3 events (the newest, not
    full, stays open); then the columns read by a store open for writing, which joins the
    closed segments' answers."""
    with ProgressStore.open(saves) as store:
        record_numbered(store, 14)
        store.override_answer(5)
        store.override_answer(7)
        store.retract_answer(14, None)
    with ProgressStore.open(saves) as store:
        return store.answer_columns()


def _joined_file(saves: Path) -> Path:
    return saves / "default" / "log" / JOINED


def _covered(saves: Path) -> list[int]:
    header = json.loads(_joined_file(saves).read_bytes().partition(b"\n")[0])
    return [first for first, _size, _mtime in header["segments"]]


def _segments(saves: Path) -> list[int]:
    return sorted(
        int(p.stem.split("-")[1]) for p in (saves / "default" / "log").glob("events-*.json")
    )


def _columns_read_from_segments(saves: Path) -> AnswerColumns:
    """The columns as read without the joined file (which is put back after)."""
    kept = _joined_file(saves).read_bytes()
    _joined_file(saves).unlink()
    try:
        with ProgressStore.open_read_only(saves) as reader:
            return reader.answer_columns()
    finally:
        _joined_file(saves).write_bytes(kept)


def test_a_store_open_for_writing_joins_every_closed_segment(
    saves: Path, small_segments: None
) -> None:
    columns = _history(saves)

    assert _covered(saves) == _segments(saves)[:-1]
    assert columns == _columns_read_from_segments(saves)
    assert [n for n, over in zip(columns.id, columns.override, strict=True) if over] == [5, 7]
    assert 14 not in columns.id


def test_the_closed_segments_are_then_read_from_the_joined_file_alone(
    saves: Path, small_segments: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = _history(saves)
    with ProgressStore.open_read_only(saves) as reader:
        read: list[int] = []
        segment_answers = reader._segment_answers

        def spy(first: int) -> object:
            read.append(first)
            return segment_answers(first)

        monkeypatch.setattr(reader, "_segment_answers", spy)
        assert reader.answer_columns() == expected
    assert read == [_segments(saves)[-1]], "only the open segment"


def test_answers_after_the_joined_file_are_read_from_their_segments(
    saves: Path, small_segments: None
) -> None:
    _history(saves)
    covered = _covered(saves)
    with ProgressStore.open(saves) as store:
        record_numbered(store, 3, start=20)  # a new segment: one behind, not yet joined again
        columns = store.answer_columns()
    assert _covered(saves) == covered
    assert columns.given[-3:] == ["given 20", "given 21", "given 22"]
    with ProgressStore.open_read_only(saves) as reader:
        assert reader.answer_columns() == columns


def test_it_is_joined_again_once_a_checkpoints_worth_of_segments_is_outside_it(
    saves: Path, small_segments: None
) -> None:
    _history(saves)
    covered = _covered(saves)
    with ProgressStore.open(saves) as store:
        record_numbered(store, 6, start=20)  # two new segments, both closed on reopening
    with ProgressStore.open(saves) as store:
        columns = store.answer_columns()
    assert len(_covered(saves)) == len(covered) + 2 == len(_segments(saves)) - 1
    assert columns == _columns_read_from_segments(saves)


@pytest.mark.parametrize(
    "change",
    ["content", "modification time", "deleted"],
)
def test_a_covered_segment_changed_since_makes_it_ignored(
    saves: Path, small_segments: None, change: str
) -> None:
    _history(saves)
    segment = saves / "default" / "log" / "events-000000000004.json"
    if change == "content":
        data = json.loads(segment.read_text())
        data["events"]["4"]["given"] = "changed outside FactDeck"
        segment.write_text(json.dumps(data))
    elif change == "modification time":
        status = segment.stat()
        os.utime(segment, ns=(status.st_atime_ns, status.st_mtime_ns + 1_000_000_000))
    else:
        segment.unlink()  # its .bak stays: opening restores it
    stale = _joined_file(saves).read_bytes()

    with ProgressStore.open_read_only(saves) as reader:
        columns = reader.answer_columns()

    assert _joined_file(saves).read_bytes() == stale, "read-only: nothing written"
    assert columns == _columns_read_from_segments(saves)
    if change == "content":
        assert "changed outside FactDeck" in columns.given
    for _ in range(2):  # a segment restored from its .bak is read, and joined at the next read
        with ProgressStore.open(saves) as store:
            assert store.answer_columns() == columns
    assert _joined_file(saves).read_bytes() != stale, "written again, for the segments as they are"


@pytest.mark.parametrize(
    "damage",
    [
        lambda raw: raw[: len(raw) // 2],
        lambda raw: bytes(len(raw)),
        lambda raw: raw.replace(b"given 1", b"given 9"),
        lambda raw: b'{"segments": "all", "crc": 0}\n{}',
        lambda raw: b"",
    ],
    ids=["torn by a kill", "zeroed", "content changed", "wrong shape", "empty"],
)
def test_a_damaged_joined_file_is_ignored_and_written_again(
    saves: Path, small_segments: None, damage: object
) -> None:
    expected = _history(saves)
    assert callable(damage)
    sound = _joined_file(saves).read_bytes()
    _joined_file(saves).write_bytes(damage(sound))

    with ProgressStore.open_read_only(saves) as reader:
        assert reader.answer_columns() == expected
        assert reader.recovery == []
    with ProgressStore.open(saves) as store:
        assert store.answer_columns() == expected
        assert store.recovery == [], "derived data: nothing is lost"
    assert _joined_file(saves).read_bytes() == sound


def test_a_joined_file_larger_than_any_it_could_be_is_not_read(
    saves: Path, small_segments: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = _history(saves)
    joined = _joined_file(saves)
    status = joined.stat()
    with joined.open("ab") as file:  # padding that a checksum over the head alone would miss
        file.write(b" " * (answer_index.INDEX_SLACK + 4 * _log_bytes(saves)))
    os.utime(joined, ns=(status.st_atime_ns, status.st_mtime_ns))
    opened: list[Path] = []
    read_bounded = answer_index._read_bounded

    def spy(path: Path, indexed_bytes: int) -> bytes | None:
        opened.append(path)
        return read_bounded(path, indexed_bytes)

    monkeypatch.setattr(answer_index, "_read_bounded", spy)
    with ProgressStore.open_read_only(saves) as reader:
        assert reader.answer_columns() == expected
    assert joined in opened
    assert read_bounded(joined, _log_bytes(saves)) is None


def _log_bytes(saves: Path) -> int:
    return sum(p.stat().st_size for p in (saves / "default" / "log").glob("events-*.json"))
