"""The state every part of an open profile shares, and how damage found is reported.

:class:`StoreState` holds what :mod:`.opening` loads, :mod:`.segment_log` appends to and
:class:`~factdeck.progress.store.ProgressStore` hands out; its methods read a save file (repairing
it, or read-only reading around it) and keep the recovery notes and the ranges found lost.
"""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import ClassVar

from tinydb import TinyDB

from factdeck.progress import layout
from factdeck.progress.answer_index import JoinedAnswers, SegmentAnswers
from factdeck.progress.errors import ProgressError, ReadOnlyProfile
from factdeck.progress.lock import ProfileLock
from factdeck.progress.records import AnswerRecord, Entry, Event, FactState, Meta
from factdeck.progress.storage import (
    Recovered,
    RecoveryNote,
    Tables,
    Validator,
    load_or_recover,
    read_or_fall_back,
)


def now_utc() -> datetime:
    return datetime.now(UTC)


class StoreState:
    """The fields of an open profile (see :class:`~factdeck.progress.store.ProgressStore`)."""

    segment_events: ClassVar[int] = layout.SEGMENT_EVENTS
    checkpoint_segments: ClassVar[int] = layout.CHECKPOINT_SEGMENTS

    def __init__(self, directory: Path, profile: str, lock: ProfileLock | None) -> None:
        """Internal: use :meth:`open` (or, without a lock, :meth:`open_read_only`)."""
        self.directory = directory
        self.profile = profile
        self.read_only = lock is None
        """Opened with :meth:`open_read_only`: every change raises :class:`ReadOnlyProfile`."""
        self.recovery: list[RecoveryNote] = []
        """What was repaired (each note says what was moved aside, restored and lost)."""
        self.migrated_from: int | None = None
        """The save format this profile was migrated from on opening, if it was."""
        self._lock = lock
        self._mutex = threading.RLock()
        self._closed = False
        self._meta: Meta  # read or made first by opening (``StoreOpening._load_meta``)
        self._segments: list[int] = []
        self._tail: dict[int, list[tuple[int, Event]]] = {}
        self._read_around: dict[int, list[tuple[int, Event]]] = {}
        """Read-only: what was read of damaged segments (read once, noted once)."""
        self._answer_cache: dict[int, SegmentAnswers] = {}
        self._record_cache: dict[int, list[AnswerRecord]] = {}
        self._joined: JoinedAnswers | None = None
        """The closed segments' joined answers as last read or written (see ``answer_index``)."""
        self._open_db: TinyDB | None = None
        self._tail_answers = 0
        self._facts: list[dict[str, FactState]] = []
        self._dirty_shards: set[int] = set()
        self._missed: dict[str, Entry] = {}
        self._missed_dirty = False
        self._recount_needed = False
        self._nothing_saved = False
        self._settings_db: TinyDB  # loaded by opening
        self._sessions_db: TinyDB
        self._next_seq = 1
        self._checkpoint_through = 0
        """The newest event any fact shard or the missed set holds (a cross-check of the meta)."""
        self._created_now = False
        """The profile was created by this opening (its files are new, not missing)."""
        self._lost_found = False

    def _check_open(self) -> None:
        if self._closed:
            raise ProgressError(f"The progress of profile {self.profile!r} is closed.")

    def _check_writable(self, action: str) -> None:
        if self.read_only:
            raise ReadOnlyProfile(self.profile, action)

    def _refuse_write(self) -> ReadOnlyProfile:
        return ReadOnlyProfile(self.profile, "save a change")

    def _read(self, path: Path, validate: Validator) -> Tables | Recovered | None:
        """A save file's checked content: repaired if damaged, or (read-only) read around."""
        if self.read_only:
            return read_or_fall_back(path, validate)
        return load_or_recover(path, validate)

    def _note(self, recovered: Recovered, lost: str) -> None:
        self.recovery.append(replace(recovered.note_base, lost=lost))

    def _missing(self, path: Path, lost: str) -> None:
        note = RecoveryNote(path, None, False, lost, "missing", read_only=self.read_only)
        self.recovery.append(note)

    def _reported_lost(self, start: int, end: int) -> bool:
        """Whether entries #start–#end were found lost and reported before (the meta keeps
        every such range, so a loss is reported once, and the gap it leaves is not taken for
        a new one)."""
        return any(a <= start and end <= b for a, b in self._meta.get("lost", []))

    def _remember_lost(self, start: int, end: int) -> None:
        self._meta = {**self._meta, "lost": [*self._meta.get("lost", []), [start, end]]}
        self._lost_found = True
