"""The answer index of a closed log segment: its answers alone, as columns, in a file beside it.

Statistics read every answer of the history, but not the fact states and missed-set changes
each answer event carries (most of a segment's bytes). When a segment is closed, its answers,
overrides and undos are written to ``log/answers-<first seq>.json``, so reading the history
parses a tenth of the bytes, into one list per field (:class:`AnswerColumns`) rather than an
object per answer, with each answer's time as a number rather than a text to parse.

The index is derived data, never the record: the segment stays the one source of truth, and an
index is used only while it matches its segment byte for byte as far as the file system tells
(the segment's size and modification time, taken when the index was written) and its own content
matches its checksum. A segment repaired, restored or changed in any way since makes its index
stale; a damaged, missing or stale index is ignored (the segment is read instead) and, when the
profile is open for writing, written again. So it keeps no ``.bak``. It is written by the one
atomic writer, so a kill mid-write leaves the previous index or the new one, whole.

The file is a header line (JSON: the segment's ``first`` sequence number, its ``size`` and
``mtime_ns``, the ``crc`` of the rest) and one JSON object: ``answers``, the segment's answers
as an object of columns named as the fields of :class:`AnswerColumns`, in log order;
``overrides``, the answers an "I was right" regraded; ``retracts``, the answers undone (both
lists of answer ids, in log order). Save format 3 wrote a list per answer under ``rows``: such
an index is stale to this code, and migration writes it again.

Reading a thousand small indexes costs more in opening, checking and joining files than in
parsing them, so the answers of the closed segments are also kept joined, in one file,
``log/closed-answers.json`` (:func:`write_joined`): a header line naming each segment it covers
with the size and modification time it had (``segments``: ``[first, size, mtime_ns]`` each,
oldest first) and the ``crc`` of the rest, then the content of an index, of all of them. It is
used only while it covers the leading closed segments of the log and every one of them still
matches, else ignored; a profile open for writing writes it again when it has fallen behind by
a checkpoint's worth of segments. Derived data as well: no ``.bak``, nothing else reads it, and
a FactDeck that does not know it leaves it alone.
"""

from __future__ import annotations

import bisect
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from itertools import chain, compress
from pathlib import Path
from typing import Any

from pydantic_core import from_json

from factdeck.progress.records import AnswerColumns, Event, parse_utc, utc_micros
from factdeck.progress.storage import atomic_write, serialise

_COLUMNS = tuple(field.name for field in fields(AnswerColumns))
_CORRECT = _COLUMNS.index("correct")
_OVERRIDE = _COLUMNS.index("override")
JOINED = "closed-answers.json"
"""The answers of the closed segments, joined (in the log folder)."""


@dataclass(frozen=True, slots=True)
class SegmentAnswers:
    """What one log segment says of answers: the answers it holds, and the ids of the answers
    its later events regrade (``overrides``) and undo (``retracts``), each in log order.

    An override or an undo always comes after the answer it names, and nothing follows an
    undo of the same answer; so applying a segment's answers, then its overrides, then its
    undos, gives what replaying its events one by one gives.
    """

    answers: AnswerColumns
    overrides: list[int]
    retracts: list[int]


def index_path(segment: Path) -> Path:
    """The index of the segment file ``log/events-<seq>.json``: ``log/answers-<seq>.json``."""
    return segment.with_name(segment.name.replace("events-", "answers-", 1))


def segment_answers(events: Iterable[tuple[int, Event]]) -> SegmentAnswers:
    """What the events of a segment say of answers."""
    answers: list[tuple[int, Event]] = []
    overrides: list[int] = []
    retracts: list[int] = []
    for seq, event in events:
        kind = event["kind"]
        if kind == "answer":
            answers.append((seq, event))
        elif kind == "override":
            overrides.append(event["answer_id"])
        elif kind == "retract":
            retracts.append(event["answer_id"])
    columns = AnswerColumns(
        id=[seq for seq, _ in answers],
        question_id=[e["question_id"] for _, e in answers],
        fact_id=[e["fact_id"] for _, e in answers],
        mode=[e["mode"] for _, e in answers],
        given=[e["given"] for _, e in answers],
        correct=[e["correct"] for _, e in answers],
        seconds=[e["seconds"] for _, e in answers],
        timed_out=[e["timed_out"] for _, e in answers],
        near_miss=[e["near_miss"] for _, e in answers],
        override=[e["override"] for _, e in answers],
        rating=[e["rating"] for _, e in answers],
        session_id=[e["session_id"] for _, e in answers],
        review_of=[e["review_of"] for _, e in answers],
        at_us=[utc_micros(parse_utc(e["at"])) for _, e in answers],
    )
    return SegmentAnswers(columns, overrides, retracts)


def write_index(segment: Path, first: int, answers: SegmentAnswers) -> None:
    """Write the index of ``segment`` (whose events say ``answers``), after its last change.

    Raises :class:`SaveFailed` (or ``OSError`` when the segment cannot be looked at).
    """
    body = _body(answers)
    status = segment.stat()
    header = {
        "first": first,
        "size": status.st_size,
        "mtime_ns": status.st_mtime_ns,
        "crc": zlib.crc32(body),
    }
    atomic_write(index_path(segment), serialise(header) + b"\n" + body, keep_backup=False)


INDEX_SLACK = 64 * 1024
"""Bytes an index may have beyond ``INDEX_RATIO`` times what it indexes."""
INDEX_RATIO = 4
"""An index holds less than the log it was made from; one many times larger is not ours, and
is not read (the log is replayed instead)."""


def _read_bounded(path: Path, indexed_bytes: int) -> bytes | None:
    """The content of the index ``path`` of ``indexed_bytes`` of log, or ``None`` when it is
    missing, unreadable or larger than such an index can be."""
    limit = INDEX_RATIO * indexed_bytes + INDEX_SLACK
    try:
        with path.open("rb") as file:
            raw = file.read(limit + 1)
    except OSError:
        return None
    return raw if len(raw) <= limit else None


def read_index(segment: Path, first: int) -> SegmentAnswers | None:
    """What a sound, current index of ``segment`` says; ``None`` if there is none."""
    try:
        status = segment.stat()
    except OSError:
        return None
    raw = _read_bounded(index_path(segment), status.st_size)
    if raw is None:
        return None
    head, _, body = raw.partition(b"\n")
    try:
        header = from_json(head)
        if (
            type(header) is not dict
            or header.get("first") != first
            or header.get("size") != status.st_size
            or header.get("mtime_ns") != status.st_mtime_ns
            or header.get("crc") != zlib.crc32(body)
        ):
            return None
        return _parsed(from_json(body))
    except (ValueError, TypeError, KeyError):
        return None


def _body(answers: SegmentAnswers) -> bytes:
    columns = dict(zip(_COLUMNS, _lists(answers.answers), strict=True))
    return serialise(
        {"answers": columns, "overrides": answers.overrides, "retracts": answers.retracts}
    )


@dataclass(frozen=True, slots=True)
class JoinedAnswers:
    """What the leading closed segments ``firsts`` (oldest first) say of answers, joined."""

    firsts: tuple[int, ...]
    answers: SegmentAnswers


def joined(parts: Sequence[SegmentAnswers]) -> SegmentAnswers:
    """What consecutive segments ``parts`` (oldest first) say of answers, as one segment would.

    Applying all their answers, then all overrides, then all undos, gives what applying them
    segment by segment gives: no event names an answer logged after it, nor follows its undo.
    """
    return SegmentAnswers(
        AnswerColumns(
            *(
                list(chain.from_iterable(getattr(part.answers, name) for part in parts))
                for name in _COLUMNS
            )
        ),
        list(chain.from_iterable(part.overrides for part in parts)),
        list(chain.from_iterable(part.retracts for part in parts)),
    )


def write_joined(path: Path, segments: Sequence[Path], answers: JoinedAnswers) -> None:
    """Write ``answers``, of the closed segments whose files are ``segments``, to ``path`` (the
    log's :data:`JOINED`), after their last change. Raises :class:`SaveFailed` (or ``OSError``
    when a segment cannot be looked at)."""
    body = _body(answers.answers)
    stamps = []
    for first, segment in zip(answers.firsts, segments, strict=True):
        status = segment.stat()
        stamps.append([first, status.st_size, status.st_mtime_ns])
    header = {"segments": stamps, "crc": zlib.crc32(body)}
    atomic_write(path, serialise(header) + b"\n" + body, keep_backup=False)


def read_joined(
    path: Path, firsts: Sequence[int], segments: Sequence[Path]
) -> JoinedAnswers | None:
    """What a sound, current joined file ``path`` says, in a log whose leading segments are
    ``firsts`` (oldest first), in the files ``segments``; ``None`` if there is none."""
    try:
        statuses = [segment.stat() for segment in segments]
    except OSError:
        return None
    raw = _read_bounded(path, sum(status.st_size for status in statuses))
    if raw is None:
        return None
    head, _, body = raw.partition(b"\n")
    try:
        header = from_json(head)
        stamps = header["segments"]
        if type(stamps) is not list or not stamps or len(stamps) > len(firsts):
            return None
        for first, status, stamp in zip(firsts, statuses, stamps, strict=False):
            if stamp != [first, status.st_size, status.st_mtime_ns]:
                return None
        if header["crc"] != zlib.crc32(body):
            return None
        return JoinedAnswers(tuple(firsts[: len(stamps)]), _parsed(from_json(body)))
    except (OSError, ValueError, TypeError, KeyError):
        return None


def _parsed(data: Any) -> SegmentAnswers:
    """The content of an index (checked by its checksum; a shape the store never writes, such
    as save format 3's, raises ``ValueError``, ``TypeError`` or ``KeyError``)."""
    columns = data["answers"]
    if type(columns) is not dict or columns.keys() != set(_COLUMNS):
        raise ValueError("not the columns of answers")
    lists = [columns[name] for name in _COLUMNS]
    if any(type(column) is not list or len(column) != len(lists[0]) for column in lists):
        raise ValueError("columns of different lengths")
    overrides, retracts = data["overrides"], data["retracts"]
    for numbers in (lists[0], lists[-1], overrides, retracts):
        # Whole numbers only: a sum is an int just when every item is (text raises TypeError),
        # and costs far less than looking at each item's type.
        if type(numbers) is not list or type(sum(numbers)) is not int:
            raise ValueError("an answer id or a time that is not a whole number")
    return SegmentAnswers(AnswerColumns(*lists), overrides, retracts)


def standing_answers(parts: Iterable[SegmentAnswers]) -> AnswerColumns:
    """The answers still standing after the segments ``parts`` (oldest first): an answer
    regraded is right (and marked ``override``), an answer undone is left out."""
    parts = list(parts)
    lists = [
        list(chain.from_iterable(getattr(part.answers, name) for part in parts))
        for name in _COLUMNS
    ]
    ids, correct, override = lists[0], lists[_CORRECT], lists[_OVERRIDE]
    undone: set[int] = set()
    for part in parts:
        for answer_id in part.overrides:
            row = _row(ids, answer_id)
            if row is not None:
                correct[row] = override[row] = True
        undone.update(row for a in part.retracts if (row := _row(ids, a)) is not None)
    if undone:
        keep = [row not in undone for row in range(len(ids))]
        lists = [list(compress(column, keep)) for column in lists]
    return AnswerColumns(*lists)


def _lists(columns: AnswerColumns) -> list[list[Any]]:
    return [getattr(columns, name) for name in _COLUMNS]


def _row(ids: list[int], answer_id: int) -> int | None:
    """Where answer ``answer_id`` is in ``ids`` (ascending), if it is there."""
    row = bisect.bisect_left(ids, answer_id)
    return row if row < len(ids) and ids[row] == answer_id else None
