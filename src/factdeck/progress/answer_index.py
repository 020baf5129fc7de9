"""The answer index of a closed log segment: its answers alone, in a compact file beside it.

Statistics read every answer of the history, but not the fact states and missed-set changes
each answer event carries (most of a segment's bytes). When a segment is closed, its answers,
overrides and undos are written to ``log/answers-<first seq>.json`` (save format 3), so reading
the history parses a tenth of the bytes.

The index is derived data, never the record: the segment stays the one source of truth, and an
index is used only while it matches its segment byte for byte as far as the file system tells
(the segment's size and modification time, taken when the index was written) and its own content
matches its checksum. A segment repaired, restored or changed in any way since makes its index
stale; a damaged, missing or stale index is ignored (the segment is read instead) and, when the
profile is open for writing, written again. So it keeps no ``.bak``.

The file is a header line (JSON: the segment's ``first`` sequence number, its ``size`` and
``mtime_ns``, the ``crc`` of the rest) and one JSON list of items, in log order: an answer as
the fields of :class:`AnswerRecord` in order (``at`` as its ISO text), an override as
``["override", answer_id]``, an undo as ``["retract", answer_id]``.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pydantic_core import from_json

from factdeck.progress.records import AnswerRecord, Event, answer_record, parse_utc
from factdeck.progress.storage import atomic_write, serialise

AnswerItem = tuple[str, int, AnswerRecord | None]
"""What a segment says of answers: ``("answer", seq, record)``, ``("override", answer_id,
None)`` or ``("retract", answer_id, None)``."""

ANSWER = "answer"
OVERRIDE = "override"
RETRACT = "retract"
_FIELDS = len(AnswerRecord.__slots__)


def index_path(segment: Path) -> Path:
    """The index of the segment file ``log/events-<seq>.json``: ``log/answers-<seq>.json``."""
    return segment.with_name(segment.name.replace("events-", "answers-", 1))


def answer_items(events: Iterable[tuple[int, Event]]) -> list[AnswerItem]:
    """What the events of a segment say of answers, in order."""
    items: list[AnswerItem] = []
    for seq, event in events:
        kind = event["kind"]
        if kind == ANSWER:
            items.append((kind, seq, answer_record(seq, event)))
        elif kind in (OVERRIDE, RETRACT):
            items.append((kind, event["answer_id"], None))
    return items


def _row(seq: int, event: Event) -> list[Any]:
    return [
        seq,
        event["question_id"],
        event["fact_id"],
        event["mode"],
        event["given"],
        event["correct"],
        event["seconds"],
        event["timed_out"],
        event["near_miss"],
        event["override"],
        event["rating"],
        event["session_id"],
        event["review_of"],
        event["at"],
    ]


def write_index(segment: Path, first: int, events: Iterable[tuple[int, Event]]) -> None:
    """Write the index of ``segment`` (holding ``events``, whole), after its last change.

    Raises :class:`SaveFailed` (or ``OSError`` when the segment cannot be looked at).
    """
    rows = [
        _row(seq, event) if event["kind"] == ANSWER else [event["kind"], event["answer_id"]]
        for seq, event in events
        if event["kind"] in (ANSWER, OVERRIDE, RETRACT)
    ]
    body = serialise({"rows": rows})
    status = segment.stat()
    header = {
        "first": first,
        "size": status.st_size,
        "mtime_ns": status.st_mtime_ns,
        "crc": zlib.crc32(body),
    }
    atomic_write(index_path(segment), serialise(header) + b"\n" + body, keep_backup=False)


def read_index(segment: Path, first: int) -> list[AnswerItem] | None:
    """The items of a sound, current index of ``segment``; ``None`` if there is none."""
    try:
        raw = index_path(segment).read_bytes()
        status = segment.stat()
    except OSError:
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
        return _items(from_json(body)["rows"])
    except (ValueError, TypeError, KeyError, IndexError):
        return None


def _items(rows: list[list[Any]]) -> list[AnswerItem]:
    """The items of an index's rows (checked by its checksum; a shape the store never writes
    raises ``ValueError``, ``TypeError`` or ``IndexError``)."""
    items: list[AnswerItem] = []
    append = items.append
    for row in rows:
        kind = row[0]
        if type(kind) is int:
            if len(row) != _FIELDS:
                raise ValueError("an answer row of the wrong length")
            row[-1] = parse_utc(row[-1])
            append((ANSWER, kind, AnswerRecord(*row)))
        elif kind in (OVERRIDE, RETRACT) and len(row) == 2 and type(row[1]) is int:
            append((kind, row[1], None))
        else:
            raise ValueError("an unknown row")
    return items
