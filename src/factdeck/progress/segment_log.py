"""The answer log of an open profile: its segments, appending to the newest, closing them, and
the checkpoints written every few segments (see :mod:`.layout`)."""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from itertools import takewhile
from pathlib import Path

from tinydb import TinyDB
from tinydb.table import Document

from factdeck.progress import layout
from factdeck.progress.answer_index import (
    JOINED,
    JoinedAnswers,
    SegmentAnswers,
    joined,
    read_index,
    read_joined,
    segment_answers,
    write_index,
    write_joined,
)
from factdeck.progress.errors import SaveFailed
from factdeck.progress.layout import (
    LOG_DIR,
    META,
    MISSED,
    apply_effects,
    check_meta_layout,
    live_answer_delta,
    missed_tables,
    segment_name,
    segment_path,
    shard_path,
    shard_tables,
)
from factdeck.progress.records import (
    AnswerRecord,
    Event,
    Meta,
    check_missed,
    check_segment,
    check_shard,
)
from factdeck.progress.state import StoreState
from factdeck.progress.storage import DurableStorage, Recovered, Tables, Validator


class SegmentLog(StoreState):
    """Reading and appending to the answer log; the checkpoints it keeps up to date."""

    def _segment_validator(self, first: int) -> Validator:
        index = bisect.bisect_left(self._segments, first)
        end = self._segments[index + 1] if index + 1 < len(self._segments) else None

        def validate(data: Tables) -> None:
            check_segment(data)
            for key in data["events"]:
                seq = int(key)
                if seq < first or (end is not None and seq >= end):
                    raise ValueError(f"event {seq} does not belong in this segment")

        return validate

    def _segment_db(self, first: int, initial: Tables | None) -> TinyDB:
        return TinyDB(
            segment_path(self.directory, first),
            storage=DurableStorage,
            validate=self._segment_validator(first),
            initial=initial,
        )

    def _segment_events(self, first: int) -> list[tuple[int, Event]]:
        """The events of one segment, oldest first (from memory for the recent ones)."""
        if first in self._tail:
            return self._tail[first]
        if first in self._read_around:
            return self._read_around[first]
        path = segment_path(self.directory, first)
        outcome = self._read(path, self._segment_validator(first))
        if isinstance(outcome, Recovered) or outcome is None:
            tables = outcome.tables if isinstance(outcome, Recovered) else None
            events = sorted((int(k), e) for k, e in (tables or {"events": {}})["events"].items())
            lost = self._describe_loss(first, events, restored=tables is not None)
            if isinstance(outcome, Recovered):
                self._note(outcome, lost)
            else:
                self._missing(path, lost)
            if first <= self._meta["closed_seq"]:
                self._recount_needed = True
            if tables is None:
                self._segments.remove(first)  # nothing left of it: do not report it twice
                end = (
                    self._segments[bisect.bisect_left(self._segments, first)] - 1
                    if (self._segments and self._segments[-1] > first)
                    else self._meta["closed_seq"]
                )
                self._remember_lost(first, max(first, end))
            elif self.read_only:
                self._read_around[first] = events  # still damaged on disk
            return events
        return sorted((int(key), event) for key, event in outcome["events"].items())

    def _describe_loss(self, first: int, kept: list[tuple[int, Event]], *, restored: bool) -> str:
        index = bisect.bisect_left(self._segments, first)
        end = self._segments[index + 1] if index + 1 < len(self._segments) else None
        start = kept[-1][0] + 1 if kept else first
        if end is None:
            if restored:
                return f"the answer-log entry written after #{start - 1}, if there was one"
            return f"the answer-log entries from #{start} on"
        if start >= end:
            return "nothing"
        return f"answer-log entries #{start}–#{end - 1} (answers or changes)"

    def _events_backward(self) -> Iterator[tuple[int, Event]]:
        for first in reversed(list(self._segments)):
            yield from reversed(self._segment_events(first))

    def _last_logged(self) -> int:
        """The sequence number of the newest event in the log (reading its newest segment)."""
        while self._segments:
            newest = self._segments[-1]
            events = self._segment_events(newest)
            if events:
                return events[-1][0]
            if self._segments and self._segments[-1] == newest:
                return newest - 1
        return 0

    def _append(self, seq: int, event: Event) -> None:
        """Append one event durably; memory changes only after the write succeeded."""
        assert seq == self._next_seq
        newest = self._segments[-1] if self._segments else None
        if (
            self._open_db is not None
            and newest is not None
            and len(self._tail[newest]) >= self.segment_events
        ):
            self._close_segment()
        if self._open_db is None:
            # A new segment starts empty, whatever a refused earlier attempt left under its name.
            db = self._segment_db(seq, {"events": {}})
            db.table("events").insert(Document(event, doc_id=seq))
            self._segments.append(seq)
            self._tail[seq] = [(seq, event)]
            self._open_db = db
            self._mark_open_segment(seq)
        else:
            self._open_db.table("events").insert(Document(event, doc_id=seq))
            self._tail[self._segments[-1]].append((seq, event))
        self._next_seq = seq + 1
        self._apply(event)
        self._tail_answers += live_answer_delta(event)

    def _mark_open_segment(self, first: int) -> None:
        """Name the segment just started in the meta (one write per segment), so that one
        deleted later with its .bak is known to have held entries.

        Written after the segment: a crash between the two leaves no false alarm. The answer is
        saved by then, so a refused write here is not the answer's failure: without the mark,
        only the deletion of this segment with its .bak would go unnoticed.
        """
        meta: Meta = {**self._meta, "open_seq": first}
        try:
            DurableStorage(self.directory / META, check_meta_layout).write(layout.meta_tables(meta))
        except SaveFailed:
            return
        self._meta = meta

    def _apply(self, event: Event) -> None:
        touched, changed = apply_effects(event, self._facts, self._missed)
        self._dirty_shards |= touched
        self._missed_dirty |= changed

    def _close_segment(self, *, force_checkpoint: bool = False) -> None:
        """Close the newest segment; every few segments (or when forced) also checkpoint."""
        last = self._next_seq - 1
        meta: Meta = {
            **self._meta,
            "closed_seq": last,
            "closed_answers": self._meta["closed_answers"] + self._tail_answers,
            "last_seq": last,
        }
        checkpoint = force_checkpoint or len(self._tail) >= self.checkpoint_segments
        if self._segments and self._segments[-1] in self._tail:
            newest = self._segments[-1]
            self._write_index(newest, segment_answers(self._tail[newest]))
        if checkpoint:
            self._write_checkpoints(last)
            meta["checkpoint_seq"] = last
            # Every shard holding a fact has been written by now (this or an earlier checkpoint).
            holding = {shard for shard, facts in enumerate(self._facts) if facts}
            meta["shards_written"] = sorted({*meta["shards_written"], *holding})
        DurableStorage(self.directory / META, check_meta_layout).write(layout.meta_tables(meta))
        self._meta = meta
        self._tail_answers = 0
        self._open_db = None
        if checkpoint:
            self._tail.clear()

    def _write_checkpoints(self, through: int) -> None:
        """Write the changed checkpoint files (fact shards, missed set)."""
        for shard in sorted(self._dirty_shards):
            path = shard_path(self.directory, shard)
            DurableStorage(path, check_shard).write(shard_tables(self._facts[shard], through))
            self._dirty_shards.discard(shard)
        if self._missed_dirty:
            tables = missed_tables(self._missed, through)
            DurableStorage(self.directory / MISSED, check_missed).write(tables)
            self._missed_dirty = False

    def _recount(self) -> None:
        """Count the closed answers again after a closed segment was repaired."""
        closed = self._meta["closed_seq"]
        total = 0
        for first in list(self._segments):
            if first > closed:
                break
            total += sum(
                live_answer_delta(e) for seq, e in self._segment_events(first) if seq <= closed
            )
        meta: Meta = {**self._meta, "closed_answers": total}
        if not self.read_only:
            DurableStorage(self.directory / META, check_meta_layout).write(layout.meta_tables(meta))
        self._meta = meta
        self._recount_needed = False

    def _finish_reads(self) -> None:
        if self._recount_needed:
            self._recount()

    def _segment_answers(self, first: int) -> SegmentAnswers:
        """What segment ``first`` says of answers (see :class:`SegmentAnswers`).

        A closed segment's answers are read from its answer index when that is current; else
        from the segment, and (open for writing, the segment sound) the index is written again.
        Kept for every segment but the newest: the log never changes a segment it has moved
        past (one found damaged is repaired, or read around, before its answers are kept).
        """
        answers = self._answer_cache.get(first)
        if answers is not None:
            return answers
        read_around = first in self._read_around
        closed = self._is_closed(first)
        if closed and not read_around:
            answers = read_index(self._segment_file(first), first)
        if answers is None:
            notes = len(self.recovery)
            answers = segment_answers(self._segment_events(first))
            if closed and not (read_around or self.read_only) and len(self.recovery) == notes:
                self._write_index(first, answers)
        if self._segments and first < self._segments[-1]:
            self._answer_cache[first] = answers
        return answers

    def _answer_parts(self) -> list[SegmentAnswers]:
        """What the segments say of answers, oldest first, in as few parts as the files allow:
        the joined answers of the leading closed segments (see :mod:`.answer_index`), then
        each other segment's (:meth:`_segment_answers`).

        Open for writing, the joined file is written again, covering every closed segment,
        once at least ``checkpoint_segments`` of them are outside it.
        """
        segments = list(self._segments)
        # A file joined by the app may cover the newest segment too: it is used as far as every
        # segment it covers still matches (so this view ends where that segment was read).
        sound = list(takewhile(lambda f: f not in self._read_around, segments))
        closed = [first for first in sound if self._is_closed(first)]
        kept = self._joined
        if kept is None or kept.firsts != tuple(sound[: len(kept.firsts)]):
            files = self._segment_files(sound)
            kept = read_joined(self._joined_file(), sound, files) if sound else None
            self._joined = kept
        covered = len(kept.firsts) if kept is not None else 0
        notes = len(self.recovery)
        parts = [self._segment_answers(first) for first in segments[covered:]]
        if kept is not None:
            parts.insert(0, kept.answers)
        behind = len(closed) - covered
        if (
            self.read_only
            or behind < self.checkpoint_segments
            or len(self.recovery) != notes
            or self._segments != segments
        ):
            return parts
        through = behind + (kept is not None)
        fresh = JoinedAnswers(tuple(closed), joined(parts[:through]))
        try:
            write_joined(self._joined_file(), self._segment_files(closed), fresh)
        except (SaveFailed, OSError):
            return parts  # derived data: read as it is next time
        self._joined = fresh
        return [fresh.answers, *parts[through:]]

    def _joined_file(self) -> Path:
        return self.directory / LOG_DIR / JOINED

    def _segment_files(self, firsts: list[int]) -> list[Path]:
        """The files of the segments ``firsts``."""
        log = self.directory / LOG_DIR
        return [log / segment_name(first) for first in firsts]

    def _segment_records(self, first: int, answers: SegmentAnswers) -> list[AnswerRecord]:
        """The records of the answers segment ``first`` holds (``answers``), kept as its
        answers are. Frozen: every caller can share them."""
        records = self._record_cache.get(first)
        if records is None:
            records = answers.answers.records()
            if first in self._answer_cache:
                self._record_cache[first] = records
        return records

    def _segment_file(self, first: int) -> Path:
        return segment_path(self.directory, first)

    def _is_closed(self, first: int) -> bool:
        """Whether segment ``first`` is closed: it will never change again. (Read-only, the
        newest one may still be written by the app: this view of it ends where it was read.)"""
        if not self._segments or first != self._segments[-1]:
            return bool(self._segments)
        return self._open_db is None and not self.read_only

    def _write_index(self, first: int, answers: SegmentAnswers) -> None:
        """Write a closed segment's answer index; a refused write only leaves it to be read
        from the segment (the index is derived data, see :mod:`.answer_index`)."""
        try:
            write_index(self._segment_file(first), first, answers)
        except (SaveFailed, OSError):
            return
