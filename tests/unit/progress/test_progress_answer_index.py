"""The answer index beside each closed log segment (save format 4: columns), and saves of
formats 2 (no index) and 3 (an index holding a list per answer)."""

from __future__ import annotations

import dataclasses
import json
import shutil
import tempfile
import zlib
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from progress_helpers import memory, record_numbered

from factdeck.progress import SCHEMA_VERSION, AnswerRecord, ProgressStore
from factdeck.progress.answer_index import (
    joined,
    read_index,
    segment_answers,
    standing_answers,
    write_index,
)
from factdeck.progress.records import Event, answer_record

FIXTURES = Path(__file__).parents[2] / "fixtures" / "progress"
"""``v2``: a profile saved by FactDeck in save format 2 (segments of 3 events, a checkpoint every
2): 11 answers, #3 overridden, the last one undone, one finished quiz session. ``v3``: the same
profile as FactDeck saved it in format 3, with an index of rows beside each closed segment."""


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _indexes(folder: Path) -> list[str]:
    return sorted(p.name for p in (folder / "log").glob("answers-*.json"))


def _view(answers: list[AnswerRecord]) -> list[tuple[object, ...]]:
    return [(a.id, a.question_id, a.given, a.correct, a.override, a.at) for a in answers]


def _columns_of(index: Path) -> dict[str, object]:
    content: dict[str, object] = json.loads(index.read_bytes().partition(b"\n")[2])["answers"]
    return content


@pytest.fixture(params=[2, 3])
def old_saves(saves: Path, request: pytest.FixtureRequest) -> tuple[Path, int]:
    shutil.copytree(FIXTURES / f"v{request.param}", saves)
    return saves, request.param


@pytest.fixture
def v2_saves(saves: Path) -> Path:
    shutil.copytree(FIXTURES / "v2", saves)
    return saves


def test_format_2_and_3_saves_are_migrated_with_a_column_index_per_closed_segment(
    old_saves: tuple[Path, int], small_segments: None
) -> None:
    v2_saves, version = old_saves
    folder = v2_saves / "default"
    old_indexes = _indexes(folder)
    with ProgressStore.open_read_only(v2_saves) as reader:  # read as they are, changing nothing
        before = _view(reader.answers())
        states, missed = reader.fact_states(), reader.missed()
    assert _indexes(folder) == old_indexes == ([] if version == 2 else old_indexes)
    if version == 3:
        assert old_indexes and all(
            "rows" in json.loads((folder / "log" / name).read_bytes().partition(b"\n")[2])
            for name in old_indexes
        )
    assert [a[0] for a in before] == [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
    assert before[2][3:5] == (True, True), "answer #3 was overridden"
    assert before[0][5] == datetime(2026, 3, 1, 9, 1, tzinfo=UTC)

    with ProgressStore.open(v2_saves) as store:
        assert store.migrated_from == version
        assert store.recovery == []
        assert _view(store.answers()) == before
        assert store.answer_count() == 10
        assert (store.fact_states(), store.missed()) == (states, missed)
        assert store.settings() == {"theme": "textual-dark"}
        (session,) = store.sessions()
        assert (session["summary"]["score"], session["summary"]["total"]) == (7, 10)
    meta = json.loads((folder / "meta.json").read_text())["meta"]["1"]
    assert meta["schema_version"] == SCHEMA_VERSION == 4
    segments = sorted(p.name for p in (folder / "log").glob("events-*.json"))
    closed = segments[:-1]  # the newest segment is still open: it has none yet
    assert _indexes(folder) == [name.replace("events-", "answers-") for name in closed]
    first = _columns_of(folder / "log" / "answers-000000000001.json")
    assert first["id"] == [1, 2, 3]
    assert first["at_us"][0] == 1_772_355_660_000_000  # 2026-03-01 09:01 UTC

    with ProgressStore.open(v2_saves) as store:
        assert store.migrated_from is None and store.recovery == []
        assert _view(store.answers()) == before
        store.record_answer("fact9.mc", True, "quiz", 2.0, fact_id="fact9", fact_state=memory(9))
        assert store.answer_count() == 11


def test_a_read_only_opening_of_format_2_saves_changes_nothing(v2_saves: Path) -> None:
    folder = v2_saves / "default"
    files = _files(folder)
    with ProgressStore.open_read_only(v2_saves) as reader:
        assert len(reader.answers()) == 10
    assert _files(folder) == files


def _history(saves: Path) -> None:
    with ProgressStore.open(saves) as store:
        record_numbered(store, 14)
        store.override_answer(5)
        store.override_answer(7)
        store.retract_answer(14, None)


def test_closed_segments_are_read_from_their_index_alone(
    saves: Path, small_segments: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    _history(saves)
    folder = saves / "default"
    with ProgressStore.open_read_only(saves) as reader:
        from_index = _view(reader.answers())
        assert reader.answer_columns().records() == reader.answers()
    for index in (folder / "log").glob("answers-*.json"):
        index.unlink()
    with ProgressStore.open_read_only(saves) as reader:
        from_segments = _view(reader.answers())
        assert reader.answer_columns().records() == reader.answers()
    assert from_index == from_segments
    assert [a[0] for a in from_index] == list(range(1, 14))
    assert [a[0] for a in from_index if a[4]] == [5, 7]

    with ProgressStore.open(saves) as store:
        store.answers()  # the indexes are written again
    assert len(_indexes(folder)) == len(list((folder / "log").glob("events-*.json"))) - 1
    with ProgressStore.open_read_only(saves) as reader:
        read: list[int] = []
        segment_events = reader._segment_events

        def spy(first: int) -> list[tuple[int, dict[str, object]]]:
            read.append(first)
            return segment_events(first)

        monkeypatch.setattr(reader, "_segment_events", spy)
        assert _view(reader.answers()) == from_index
    newest = max(int(p.stem.split("-")[1]) for p in (folder / "log").glob("events-*.json"))
    assert set(read) <= {newest}, "only the open segment is parsed"


def test_a_segment_changed_after_its_index_is_read_itself(
    saves: Path, small_segments: None
) -> None:
    _history(saves)
    segment = saves / "default" / "log" / "events-000000000001.json"
    data = json.loads(segment.read_text())
    data["events"]["1"]["given"] = "changed outside FactDeck"
    segment.write_text(json.dumps(data))
    with ProgressStore.open(saves) as store:
        assert store.answers()[0].given == "changed outside FactDeck"
    with ProgressStore.open_read_only(saves) as reader:  # the index was written again
        assert reader.answers()[0].given == "changed outside FactDeck"
        assert reader.recovery == []


def _with_checksum(raw: bytes) -> bytes:
    """An index changed by hand, with the checksum of its new content."""
    head, _, body = raw.partition(b"\n")
    header = {**json.loads(head), "crc": zlib.crc32(body)}
    return json.dumps(header).encode() + b"\n" + body


@pytest.mark.parametrize(
    "damage",
    [
        lambda raw: raw[: len(raw) // 2],
        lambda raw: bytes(len(raw)),
        lambda raw: raw.replace(b"given 1", b"given 9"),
        lambda raw: b'{"first": 1}\n{"rows": [[1, 2]]}',
        lambda raw: _with_checksum(raw.replace(b'"id":[1,', b'"id":[1.5,')),
        lambda raw: _with_checksum(raw.replace(b'"id":[1,', b'"id":[')),
    ],
    ids=["truncated", "zeroed", "content changed", "wrong shape", "wrong type", "columns unequal"],
)
def test_a_damaged_index_is_ignored_and_written_again(
    saves: Path, small_segments: None, damage: object
) -> None:
    _history(saves)
    index = saves / "default" / "log" / "answers-000000000001.json"
    assert callable(damage)
    with ProgressStore.open_read_only(saves) as reader:
        expected = _view(reader.answers())
    sound = index.read_bytes()
    index.write_bytes(damage(sound))
    with ProgressStore.open(saves) as store:
        assert _view(store.answers()) == expected
        assert store.recovery == [], "the index is derived data: nothing is lost"
    assert _columns_of(index)["given"] == ["given 1", "given 2", "given 3"]


def _answer_event(n: int, at: datetime) -> Event:
    return {
        "kind": "answer",
        "at": at.isoformat(),
        "question_id": f"q{n % 5}",
        "fact_id": None if n % 4 == 0 else f"f{n % 3}",
        "mode": "quiz",
        "given": f"given {n}",
        "correct": n % 3 == 0,
        "seconds": n / 4,
        "timed_out": n % 7 == 0,
        "near_miss": False,
        "override": False,
        "rating": None if n % 2 else 3,
        "session_id": f"s{n // 4}",
        "review_of": None,
    }


def _log(steps: list[tuple[str, int]]) -> list[tuple[int, Event]]:
    """A log as the store writes it: an override names a standing answer, an undo the latest."""
    start = datetime(2026, 3, 1, 9, 0, 0, 123456, tzinfo=UTC)
    events: list[tuple[int, Event]] = []
    standing: list[int] = []
    for seq, (kind, pick) in enumerate(steps, start=1):
        at = start + timedelta(seconds=seq * 37)
        if kind == "answer" or not standing:
            events.append((seq, _answer_event(seq, at)))
            standing.append(seq)
        elif kind == "override":
            events.append(
                (
                    seq,
                    {
                        "kind": "override",
                        "at": at.isoformat(),
                        "answer_id": standing[pick % len(standing)],
                    },
                )
            )
        else:
            events.append(
                (seq, {"kind": "retract", "at": at.isoformat(), "answer_id": standing.pop()})
            )
    return events


def _replayed(events: list[tuple[int, Event]]) -> list[AnswerRecord]:
    """The answers standing after the events, one event at a time."""
    records: dict[int, AnswerRecord] = {}
    for seq, event in events:
        if event["kind"] == "answer":
            records[seq] = answer_record(seq, event)
        elif event["kind"] == "override" and event["answer_id"] in records:
            records[event["answer_id"]] = dataclasses.replace(
                records[event["answer_id"]], correct=True, override=True
            )
        elif event["kind"] == "retract":
            records.pop(event["answer_id"], None)
    return list(records.values())


@settings(max_examples=60, deadline=None)
@given(
    steps=st.lists(
        st.tuples(st.sampled_from(["answer", "answer", "override", "retract"]), st.integers(0, 9)),
        max_size=40,
    ),
    size=st.integers(1, 7),
    joined_segments=st.integers(0, 10),
)
def test_the_columns_of_segments_and_of_their_indexes_replay_the_log(
    steps: list[tuple[str, int]], size: int, joined_segments: int
) -> None:
    """Also with the leading segments' answers joined (as the closed segments' are)."""
    events = _log(steps)
    segments = [events[start : start + size] for start in range(0, len(events), size)]
    with tempfile.TemporaryDirectory() as folder:
        read_back = []
        for chunk in segments:
            segment = Path(folder) / f"events-{chunk[0][0]:012d}.json"
            segment.write_bytes(b"{}")
            write_index(segment, chunk[0][0], segment_answers(chunk))
            read_back.append(read_index(segment, chunk[0][0]))
    assert read_back == [segment_answers(chunk) for chunk in segments]
    assert standing_answers(map(segment_answers, segments)).records() == _replayed(events)
    parts = [segment_answers(chunk) for chunk in segments]
    with_joined = [joined(parts[:joined_segments]), *parts[joined_segments:]]
    assert standing_answers(with_joined).records() == _replayed(events)
