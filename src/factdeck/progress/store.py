"""The progress store: every answer, fact state, missed question, session and setting of a profile.

Writes are durable when a method returns (see :mod:`factdeck.progress.storage`) and cost the same
however long the history is (see :mod:`factdeck.progress.layout`): an answer, together with the
fact's new state and its missed-set effect, is one event appended to the newest log segment, one
atomic write of a bounded file. The fact shards and the missed set are checkpoints that opening a
profile brings up to date by replaying the events after them, so an answer and its fact state can
never be saved one without the other.

The store knows nothing of banks: it keys everything by the question and fact ids it is given, and
keeps the history of questions that have since left the bank.
"""

from __future__ import annotations

import bisect
import json
import os
import secrets
import shutil
import threading
from collections.abc import Iterator, Mapping
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, ClassVar

from tinydb import Query, TinyDB
from tinydb.table import Document

from factdeck.progress import layout
from factdeck.progress.errors import (
    InvalidRecord,
    ProfileNotFound,
    ProgressError,
    ReadOnlyProfile,
    SaveFailed,
    SavesTooNew,
)
from factdeck.progress.layout import (
    FACTS_DIR,
    LOCK,
    LOG_DIR,
    META,
    MISSED,
    SESSIONS,
    SETTINGS,
    V1_FILE,
    apply_effects,
    check_meta_layout,
    list_segments,
    live_answer_delta,
    missed_tables,
    profile_dir,
    profile_names,
    segment_path,
    shard_of,
    shard_path,
    shard_tables,
    write_profile,
)
from factdeck.progress.lock import ProfileLock
from factdeck.progress.migrate import STAGING, check_v1, migrate_v1, retire_v1
from factdeck.progress.missed import (
    answer_effects,
    before_values,
    override_effects,
    retract_effects,
)
from factdeck.progress.records import (
    MODES,
    SCHEMA_VERSION,
    SESSION_KINDS,
    AnswerRecord,
    Entry,
    Event,
    MissedEntry,
    answer_record,
    check_missed,
    check_seconds,
    check_segment,
    check_sessions,
    check_settings,
    check_shard,
    missed_entry,
    parse_utc,
    utc_iso,
)
from factdeck.progress.storage import (
    DurableStorage,
    FrozenStorage,
    Recovered,
    RecoveryNote,
    Tables,
    Validator,
    load_or_recover,
    move_aside,
    read_or_fall_back,
    serialise,
)

_REBUILT = "nothing (rebuilt from the answer log)"
_OVERRIDE = "override"
_RETRACT = "retract"
_SESSION_FIELDS = frozenset({"id", "kind", "settings", "started_at", "finished_at"})


def _now() -> datetime:
    return datetime.now(UTC)


def _json_copy(value: Any, what: str) -> Any:
    """A private deep copy of JSON data; anything else is refused."""
    try:
        return json.loads(serialise({"v": value}))["v"]
    except (TypeError, ValueError) as error:
        raise InvalidRecord(
            f"{what} must be JSON data (text, numbers, lists, objects): {error}"
        ) from None


def _copy(value: Any) -> Any:
    """A deep copy of JSON data (dicts, lists, scalars), faster than ``copy.deepcopy``."""
    if type(value) is dict:
        return {key: _copy(item) for key, item in value.items()}
    if type(value) is list:
        return [_copy(item) for item in value]
    return value


def _opt_text(value: Any, field: str) -> str | None:
    if value is not None and not isinstance(value, str):
        raise InvalidRecord(f"{field} must be text or None (got {value!r}).")
    return value


def _through(tables: Tables) -> int:
    through: int = tables["checkpoint"]["1"]["through_seq"]
    return through


def _check_saves_folder(saves_dir: Path) -> None:
    """Refuse a saves folder that is something else (a file, say) with a message saying so."""
    if saves_dir.exists() and not saves_dir.is_dir():
        raise ProgressError(
            f"The saves folder {saves_dir} is a file, not a folder; give a folder with "
            "--saves (or FACTDECK_SAVES). Nothing was changed."
        )


class ProgressStore:
    """One learner profile's progress, open for writing (it holds the profile's lock), or open
    read-only beside the app (see :meth:`open_read_only`).

    Use as a context manager, or call :meth:`close`. All methods are thread-safe; every write is
    durable when it returns. ``recovery`` lists the repairs made to damaged files, on opening and
    (for old log segments, read only when needed) later; read-only, the damage found and what
    was read instead.
    """

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
        self._meta: dict[str, Any] = {}
        self._segments: list[int] = []
        self._tail: dict[int, list[tuple[int, Event]]] = {}
        self._read_around: dict[int, list[tuple[int, Event]]] = {}
        self._answer_cache: dict[int, list[tuple[str, int, AnswerRecord | None]]] = {}
        """Read-only: what was read of damaged segments (read once, noted once)."""
        self._open_db: Any = None
        self._tail_answers = 0
        self._facts: list[dict[str, dict[str, Any]]] = []
        self._dirty_shards: set[int] = set()
        self._missed: dict[str, Entry] = {}
        self._missed_dirty = False
        self._recount_needed = False
        self._nothing_saved = False
        self._settings_db: Any = None
        self._sessions_db: Any = None
        self._next_seq = 1
        self._checkpoint_through = 0
        self._created_now = False
        self._lost_found = False
        """The profile was created by this opening (its files are new, not missing)."""
        """The newest event any fact shard or the missed set holds (a cross-check of the meta)."""

    # --- opening and closing -----------------------------------------------------------------

    @classmethod
    def open(cls, saves_dir: str | os.PathLike[str], profile: str = "default") -> ProgressStore:
        """Open (creating, migrating or repairing as needed) and lock ``saves_dir/profile``.

        Raises :class:`InvalidProfileName`, :class:`ProfileLocked`, :class:`SavesTooNew`, or
        another :class:`ProgressError` with a message for the learner.
        """
        directory = profile_dir(saves_dir, profile)
        _check_saves_folder(Path(saves_dir))
        profile = directory.name  # the name as stored (normalised, or a saved one's case)
        try:
            directory.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise ProgressError(
                f"Could not create the saves folder {directory}: {error.strerror or error}."
            ) from None
        lock, note = ProfileLock.acquire(directory / LOCK, profile)
        store = cls(directory, profile, lock)
        try:
            if note is not None:
                store.recovery.append(note)
            store._load()
        except OSError as error:
            lock.release()
            raise SaveFailed("open the saves in", directory, error) from error
        except BaseException:
            lock.release()
            raise
        return store

    @classmethod
    def open_read_only(
        cls, saves_dir: str | os.PathLike[str], profile: str = "default"
    ) -> ProgressStore:
        """Open ``saves_dir/profile`` to read it, even while the app has it open.

        Takes no lock and changes no file: nothing is created, migrated or repaired. A damaged
        file is left as it is and its previous good version (``.bak``) is read instead when it
        is sound; ``recovery`` says so (notes with ``read_only`` set), and what the figures miss.
        The app repairs such files when it next opens the profile.

        What is read is the profile as it was at one moment, even while the app writes: each
        file is read once (the app replaces files whole), in the order that keeps them
        consistent: ``meta.json``, then the fact shards and the missed set, then the list of
        log segments, then the newest segments. Answers saved after the segments were listed
        are not included (if the newest segment fills and a new one starts meanwhile, the view
        ends with the full segment). Older segments, read only by :meth:`answers`, no longer
        change once the app has moved past them.

        Raises :class:`InvalidProfileName`, :class:`ProfileNotFound` (nothing is created),
        :class:`SavesTooNew`, or another :class:`ProgressError` (for saves of the older
        single-file format, which only the app can update).
        """
        directory = profile_dir(saves_dir, profile)
        _check_saves_folder(Path(saves_dir))
        profile = directory.name  # the name as stored (normalised, or a saved one's case)
        if not directory.is_dir():
            try:
                existing = profile_names(saves_dir)
            except ProgressError:
                existing = []
            raise ProfileNotFound(profile, Path(saves_dir), existing)
        store = cls(directory, profile, None)
        try:
            store._load()
        except OSError as error:
            raise SaveFailed("read the saves in", directory, error) from error
        return store

    def close(self) -> None:
        """Release the profile (everything is already saved). Safe to call twice."""
        with self._mutex:
            if not self._closed:
                self._closed = True
                if self._lock is not None:
                    self._lock.release()

    def __enter__(self) -> ProgressStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "closed" if self._closed else "open read-only" if self.read_only else "open"
        return f"<ProgressStore {self.profile!r} at {self.directory} ({state})>"

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

    def _load(self) -> None:
        directory = self.directory
        if not (directory / META).exists() and (directory / V1_FILE).exists():
            if self.read_only:
                raise ProgressError(
                    f"The saves of profile {self.profile!r} are in the save format of an older "
                    "FactDeck, which FactDeck updates when it opens the profile; they cannot be "
                    "read before that. Open the profile in FactDeck once. Nothing was changed."
                )
            self._migrate_v1()
        force_checkpoint = self._load_meta()
        if not self.read_only:
            if (directory / V1_FILE).exists():
                retire_v1(directory)  # migrated, but the last step was interrupted
            if (directory / STAGING).exists():
                shutil.rmtree(directory / STAGING)
            # A folder deleted by hand is made again: what it held is rebuilt or reported
            # below, and the next answer can be saved.
            (directory / LOG_DIR).mkdir(exist_ok=True)
            (directory / FACTS_DIR).mkdir(exist_ok=True)
        self._settings_db = self._load_small(
            SETTINGS,
            check_settings,
            "the latest settings change",
            "all settings (defaults apply)",
            "any settings saved (defaults apply)",
        )
        self._sessions_db = self._load_small(
            SESSIONS,
            check_sessions,
            "the latest session change",
            "the list of past sessions (answers are kept)",
            "the list of past sessions, if there were any (answers are kept)",
        )
        deep = self._load_checkpoints()
        # Listed after the checkpoints were read: a checkpoint the app writes meanwhile holds
        # only events of segments that exist by then (see ``open_read_only``).
        self._segments = list_segments(directory)
        force_checkpoint |= self._check_against_log()
        if deep:
            self._replay_deep(deep)
            force_checkpoint = True
        self._load_tail()
        force_checkpoint |= self._lost_found  # so that the meta keeps what was found lost
        if force_checkpoint and not self.read_only:
            self._close_segment(force_checkpoint=True)

    def _check_against_log(self) -> bool:
        """Cross-check the meta with the log it counts; True if a checkpoint must follow.

        Entries missing from the log (a segment deleted with its ``.bak``, the whole ``log``
        folder) are named in a note and the answers counted again, so the count never claims
        answers the history no longer holds. A meta that counts events the log never had, while
        the fact shards and the missed set know of none either, is wrong itself: it is moved
        aside and rebuilt from the log (a flipped digit in ``checkpoint_seq`` would otherwise
        skip the replay of the newest answers and revert their facts' memory).
        """
        if self._nothing_saved:
            return False
        claimed = self._meta["last_seq"]
        if not self._segments:
            if claimed == 0 or self._reported_lost(1, claimed):
                return False
            answers = self._meta["closed_answers"]
            self._missing(
                self.directory / LOG_DIR,
                f"the answer log: entries #1–#{claimed}, the history of {answers} answers "
                "(the facts' memory and the missed questions saved with it are kept)",
            )
            self._meta = {**self._meta, "closed_answers": 0}
            self._remember_lost(1, claimed)
            return True
        lost: list[tuple[int, int]] = []
        if self._segments[0] > 1:
            lost.append((1, self._segments[0] - 1))
        for first, following in zip(self._segments, self._segments[1:], strict=False):
            if following - first > self.segment_events:  # more than one segment can hold
                events = self._segment_events(first)
                end = events[-1][0] if events else first - 1
                if end + 1 < following:
                    lost.append((end + 1, following - 1))
        log_last = self._last_logged()
        started = self._meta.get("open_seq", 0)
        if started > log_last and not self._reported_lost(started, started):
            # The newest segment was started (the meta says so) and is gone with its .bak.
            self._missing(
                segment_path(self.directory, started),
                f"the answer-log entries from #{started} on (answers or changes)",
            )
            self._remember_lost(started, started)
            force_lost = True
        else:
            force_lost = False
        force = False
        if claimed > log_last:
            if self._checkpoint_through <= log_last and not self.read_only:
                self._rebuild_meta(log_last)
                force = True
            else:
                lost.append((log_last + 1, claimed))
        lost = [(start, end) for start, end in lost if not self._reported_lost(start, end)]
        for start, end in lost:
            what = f"entry #{start}" if start == end else f"entries #{start}–#{end}"
            self._missing(
                segment_path(self.directory, start),
                f"answer-log {what} (answers or changes)",
            )
            self._remember_lost(start, end)
        if lost:
            self._recount()
        return force or force_lost

    def _reported_lost(self, start: int, end: int) -> bool:
        """Whether entries #start–#end were found lost and reported before (the meta keeps
        every such range, so a loss is reported once, and the gap it leaves is not taken for
        a new one)."""
        return any(a <= start and end <= b for a, b in self._meta.get("lost", []))

    def _remember_lost(self, start: int, end: int) -> None:
        self._meta = {**self._meta, "lost": [*self._meta.get("lost", []), [start, end]]}
        self._lost_found = True

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

    def _rebuild_meta(self, log_last: int) -> None:
        """Replace a meta that contradicts the log: moved aside, counted again from the log."""
        path = self.directory / META
        note = RecoveryNote(
            file=path,
            moved_to=move_aside(path),
            restored=False,
            lost=_REBUILT,
            problem=(
                f"it counts answer-log entries up to #{self._meta['last_seq']}, "
                f"but the log ends at #{log_last}"
            ),
        )
        self.recovery.append(note)
        self._meta = {
            **self._meta,
            "closed_seq": log_last,
            "last_seq": log_last,
            "checkpoint_seq": min(self._meta["checkpoint_seq"], self._checkpoint_through),
            "open_seq": 0,
        }
        self._recount()

    def _migrate_v1(self) -> None:
        path = self.directory / V1_FILE
        outcome = load_or_recover(path, check_v1)
        if isinstance(outcome, Recovered):
            lost = "nothing" if outcome.tables else "all progress saved in the old format"
            self._note(outcome, lost)
            outcome = outcome.tables
        if outcome is not None:
            migrate_v1(
                self.directory,
                self.profile,
                outcome,
                segment_events=self.segment_events,
            )
            self.migrated_from = 1

    def _load_meta(self) -> bool:
        """Read meta.json (creating or rebuilding it); True if a checkpoint must follow."""
        path = self.directory / META
        outcome = self._read(path, check_meta_layout)
        if isinstance(outcome, Recovered):
            self._note(outcome, "nothing" if outcome.tables else _REBUILT)
            outcome = outcome.tables
        if outcome is not None:
            meta = outcome["meta"]["1"]
            if meta["schema_version"] > SCHEMA_VERSION:
                raise SavesTooNew(self.profile, meta["schema_version"], SCHEMA_VERSION)
            self._meta = meta
            return False
        if not list_segments(self.directory):
            if self.read_only:  # nothing saved yet (or being created right now)
                self._meta = {**self._rebuilt_meta(), "shards_written": []}
                self._nothing_saved = True
            else:
                self._meta = write_profile(self.directory, [])
                self._created_now = True
            return False
        # The counters are lost but the log is there: count and replay everything (from
        # checkpoint 0, so the shards that exist need no trust and the missing ones are rebuilt).
        if not self.recovery or self.recovery[-1].file != path:
            self._missing(path, _REBUILT)
        self._meta = self._rebuilt_meta()
        return True

    def _rebuilt_meta(self) -> dict[str, Any]:
        """The meta of a profile whose counters are lost: everything is counted and replayed."""
        return {
            "schema_version": SCHEMA_VERSION,
            "created_at": utc_iso(_now()),
            "fact_shards": layout.FACT_SHARDS,
            "shards_written": [
                shard
                for shard in range(layout.FACT_SHARDS)
                if shard_path(self.directory, shard).exists()
            ],
            "closed_seq": 0,
            "closed_answers": 0,
            "checkpoint_seq": 0,
            "last_seq": 0,
        }

    def _load_small(
        self, name: str, validate: Any, lost_restored: str, lost_all: str, lost_missing: str
    ) -> Any:
        """A settings-like file as a TinyDB, repaired if damaged.

        Every profile has the file from its creation on, so a missing one (deleted with its
        ``.bak``) is reported, and made again at once so that it is reported once.
        """
        path = self.directory / name
        outcome = self._read(path, validate)
        if isinstance(outcome, Recovered):
            self._note(outcome, lost_restored if outcome.tables else lost_all)
            outcome = outcome.tables
        elif outcome is None and not (
            self._created_now or self._nothing_saved or self.migrated_from
        ):
            self._missing(path, lost_missing)
        if outcome is None and not self.read_only:
            outcome = {name.removesuffix(".json"): {}}
            DurableStorage(path, validate).write(outcome)
        if self.read_only:
            return TinyDB(storage=FrozenStorage, tables=outcome, refuse=self._refuse_write)
        return TinyDB(path, storage=DurableStorage, validate=validate, initial=outcome)

    def _load_checkpoints(self) -> dict[str | int, int]:
        """Load fact shards and the missed set.

        Returns the repaired files with the event they hold up to: a restored previous version
        must catch up from there, a lost file from the start of the log. (A sound file holds
        everything up to the meta's checkpoint, even when it was last written earlier: no event
        since has touched it.)
        """
        deep: dict[str | int, int] = {}
        self._facts = [{} for _ in range(self._meta["fact_shards"])]
        if self._nothing_saved:
            return deep
        written = set(self._meta["shards_written"])
        for shard in range(len(self._facts)):
            path = shard_path(self.directory, shard)
            if shard not in written and not path.exists():
                continue  # no fact has fallen into this shard yet
            tables = self._load_checkpoint(path, check_shard, deep, shard)
            if tables is not None:
                self._facts[shard] = {d["fact_id"]: d["state"] for d in tables["facts"].values()}
        tables = self._load_checkpoint(self.directory / MISSED, check_missed, deep, MISSED)
        if tables is not None:
            self._missed = {e["question_id"]: e for e in tables["missed"].values()}
        return deep

    def _load_checkpoint(
        self, path: Path, validate: Any, deep: dict[str | int, int], key: str | int
    ) -> Tables | None:
        outcome = self._read(path, validate)
        if isinstance(outcome, Recovered):
            self._note(outcome, _REBUILT)
            deep[key] = 0 if outcome.tables is None else _through(outcome.tables)
            outcome = outcome.tables
        elif outcome is None:
            self._missing(path, _REBUILT)
            deep[key] = 0
        if outcome is not None:
            self._checkpoint_through = max(self._checkpoint_through, _through(outcome))
        return outcome

    def _replay_deep(self, deep: Mapping[str | int, int]) -> None:
        """Bring restored checkpoint files up to the checkpoint by replaying older events."""
        checkpoint = self._meta["checkpoint_seq"]
        start = min(deep.values())
        segments = list(self._segments)
        for index, first in enumerate(segments):
            if first > checkpoint:
                break
            if index + 1 < len(segments) and segments[index + 1] - 1 <= start:
                continue
            for seq, event in self._segment_events(first):
                if seq <= start or seq > checkpoint:
                    continue
                shards = {s for s, through in deep.items() if isinstance(s, int) and through < seq}
                with_missed = MISSED in deep and deep[MISSED] < seq
                touched, changed = apply_effects(
                    event, self._facts, self._missed, shards=shards, with_missed=with_missed
                )
                self._dirty_shards |= touched
                self._missed_dirty |= changed
        self._dirty_shards |= {s for s in deep if isinstance(s, int)}
        self._missed_dirty |= MISSED in deep

    def _load_tail(self) -> None:
        """Replay the events after the checkpoint; reopen the newest segment if it is open."""
        checkpoint = self._meta["checkpoint_seq"]
        closed = self._meta["closed_seq"]
        last_seq = self._meta["last_seq"]
        segments = list(self._segments)
        for index, first in enumerate(segments):
            following = segments[index + 1] if index + 1 < len(segments) else None
            if following is not None and following - 1 <= checkpoint:
                continue
            events = self._segment_events(first)
            for seq, event in events:
                if seq > checkpoint:
                    self._apply(event)
                    self._tail[first] = events
                if seq > closed:
                    self._tail_answers += live_answer_delta(event)
                last_seq = max(last_seq, seq)
        self._next_seq = max(last_seq, segments[-1] if segments else 0) + 1
        newest = self._segments[-1] if self._segments else None
        if newest in self._tail and self._tail[newest][-1][0] > closed and not self.read_only:
            self._open_db = self._segment_db(newest, layout.segment_tables(self._tail[newest]))

    # --- the answer log ----------------------------------------------------------------------

    def _segment_validator(self, first: int) -> Any:
        index = bisect.bisect_left(self._segments, first)
        end = self._segments[index + 1] if index + 1 < len(self._segments) else None

        def validate(data: Tables) -> None:
            check_segment(data)
            for key in data["events"]:
                seq = int(key)
                if seq < first or (end is not None and seq >= end):
                    raise ValueError(f"event {seq} does not belong in this segment")

        return validate

    def _segment_db(self, first: int, initial: Tables | None) -> Any:
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
        meta = {**self._meta, "open_seq": first}
        try:
            DurableStorage(self.directory / META, check_meta_layout).write(layout.meta_tables(meta))
        except SaveFailed:
            return
        self._meta = meta

    def _apply(self, event: Mapping[str, Any]) -> None:
        touched, changed = apply_effects(event, self._facts, self._missed)
        self._dirty_shards |= touched
        self._missed_dirty |= changed

    def _close_segment(self, *, force_checkpoint: bool = False) -> None:
        """Close the newest segment; every few segments (or when forced) also checkpoint."""
        last = self._next_seq - 1
        meta = {
            **self._meta,
            "closed_seq": last,
            "closed_answers": self._meta["closed_answers"] + self._tail_answers,
            "last_seq": last,
        }
        checkpoint = force_checkpoint or len(self._tail) >= self.checkpoint_segments
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
        meta = {**self._meta, "closed_answers": total}
        if not self.read_only:
            DurableStorage(self.directory / META, check_meta_layout).write(layout.meta_tables(meta))
        self._meta = meta
        self._recount_needed = False

    # --- answers -------------------------------------------------------------------------------

    def record_answer(
        self,
        question_id: str,
        correct: bool,
        mode: str,
        seconds: float,
        *,
        fact_id: str | None = None,
        given: str | None = None,
        timed_out: bool = False,
        near_miss: bool = False,
        override: bool = False,
        rating: int | None = None,
        session_id: str | None = None,
        review_of: str | None = None,
        fact_state: Mapping[str, Any] | None = None,
        at: datetime | None = None,
    ) -> AnswerRecord:
        """Save one answer (with the fact's new state, if given) and update the missed set.

        The answer is durable when this returns. The store does not check ids against any bank.
        """
        self._check_writable("record an answer")
        if not isinstance(question_id, str) or not question_id:
            raise InvalidRecord(f"A question id must be non-empty text (got {question_id!r}).")
        if mode not in MODES:
            raise InvalidRecord(f"Unknown mode {mode!r}; expected one of {sorted(MODES)}.")
        for flag, value in (
            ("correct", correct),
            ("timed_out", timed_out),
            ("near_miss", near_miss),
            ("override", override),
        ):
            if not isinstance(value, bool):
                raise InvalidRecord(f"{flag} must be True or False (got {value!r}).")
        if rating is not None and (
            isinstance(rating, bool) or not isinstance(rating, int) or rating not in (1, 2, 3, 4)
        ):
            raise InvalidRecord(f"A rating must be 1 to 4 or None (got {rating!r}).")
        event: Event = {
            "kind": "answer",
            "at": utc_iso(at or _now()),
            "question_id": question_id,
            "fact_id": _opt_text(fact_id, "fact_id"),
            "mode": mode,
            "given": _opt_text(given, "given"),
            "correct": correct,
            "seconds": check_seconds(seconds),
            "timed_out": timed_out,
            "near_miss": near_miss,
            "override": override,
            "rating": None if rating is None else int(rating),
            "session_id": _opt_text(session_id, "session_id"),
            "review_of": _opt_text(review_of, "review_of"),
        }
        if fact_state is not None:
            if fact_id is None:
                raise InvalidRecord("A fact state needs the fact_id it belongs to.")
            event["facts"] = {fact_id: _json_copy(fact_state, "A fact state")}
        with self._mutex:
            self._check_open()
            seq = self._next_seq
            effects = answer_effects(
                self._missed,
                answer_id=seq,
                question_id=question_id,
                fact_id=fact_id,
                correct=correct,
                session_id=session_id,
                review_of=review_of,
                at=event["at"],
            )
            if effects:
                event["missed"] = effects
                event["missed_before"] = before_values(self._missed, effects)
            self._append(seq, event)
            return answer_record(seq, event)

    def _find_answer(self, answer_id: int) -> tuple[Event, bool, bool]:
        """The answer event ``answer_id``, whether it was overridden, and whether retracted."""
        index = bisect.bisect_right(self._segments, answer_id) - 1
        found: Event | None = None
        overridden = retracted = False
        for first in self._segments[max(index, 0) :]:
            for seq, event in self._segment_events(first):
                if seq == answer_id and event["kind"] == "answer":
                    found = event
                elif found is not None and event.get("answer_id") == answer_id:
                    overridden |= event["kind"] == "override"
                    retracted |= event["kind"] == "retract"
        if found is None:
            raise ProgressError(f"There is no answer #{answer_id} in profile {self.profile!r}.")
        return found, overridden, retracted

    def override_answer(self, answer_id: int) -> AnswerRecord:
        """Grade answer ``answer_id`` right after all ("I was right"), logged as an override.

        The missed entry that answer created is removed (see :mod:`factdeck.progress.missed`).
        Overriding an answer that is already right changes nothing.
        """
        self._check_writable("regrade an answer")
        with self._mutex:
            self._check_open()
            answer, overridden, retracted = self._find_answer(answer_id)
            if retracted:
                raise ProgressError(f"Answer #{answer_id} was undone; it cannot be regraded.")
            if answer["correct"] or overridden:
                return answer_record(answer_id, answer, overridden=overridden)
            seq = self._next_seq
            event: Event = {
                "kind": "override",
                "at": utc_iso(_now()),
                "answer_id": answer_id,
                "question_id": answer["question_id"],
                "review_of": answer["review_of"],
                "session_id": answer["session_id"],
                "answered_at": answer["at"],
            }
            effects = override_effects(self._missed, event)
            if effects:
                event["missed"] = effects
            self._append(seq, event)
            self._finish_reads()
            return answer_record(answer_id, answer, overridden=True)

    def retract_answer(self, answer_id: int, fact_state_before: Mapping[str, Any] | None) -> None:
        """Undo the latest answer still standing: it is removed from the history, its fact's state
        becomes ``fact_state_before`` (``None``: no state) if the answer had set one, and its
        missed-set changes are put back. Call again to undo the answer before it.
        """
        self._check_writable("undo an answer")
        with self._mutex:
            self._check_open()
            retracted: set[int] = set()
            overrides: list[Event] = []
            latest: tuple[int, Event] | None = None
            for seq, event in self._events_backward():
                if event["kind"] == "retract":
                    retracted.add(event["answer_id"])
                elif event["kind"] == "override":
                    overrides.append(event)
                elif event["kind"] == "answer" and seq not in retracted:
                    latest = (seq, event)
                    break
            if latest is None:
                raise ProgressError("There is no answer to undo.")
            if latest[0] != answer_id:
                raise ProgressError(
                    f"Only the latest answer (#{latest[0]}) can be undone, not #{answer_id}."
                )
            answer = latest[1]
            later = [
                o
                for o in reversed(overrides)
                if o["answer_id"] != answer_id and o["answer_id"] not in retracted
            ]
            retract: Event = {"kind": "retract", "at": utc_iso(_now()), "answer_id": answer_id}
            if "facts" in answer:
                before = (
                    None
                    if fact_state_before is None
                    else _json_copy(fact_state_before, "A fact state")
                )
                retract["facts"] = {answer["fact_id"]: before}
            effects = retract_effects(self._missed, answer_id, answer, later)
            if effects:
                retract["missed"] = effects
            self._append(self._next_seq, retract)
            self._finish_reads()

    def answers(self) -> list[AnswerRecord]:
        """Every answer still standing, oldest first (by sequence, not by clock).

        The first call reads (and checks) the whole log; what the segments the log has moved
        past say of answers is kept, so later calls read only the newest one.
        """
        with self._mutex:
            self._check_open()
            records: dict[int, AnswerRecord] = {}
            for first in list(self._segments):
                for kind, key, record in self._answer_items(first):
                    if record is not None:
                        records[key] = record
                    elif kind == _OVERRIDE:
                        overridden = records.get(key)
                        if overridden is not None:
                            records[key] = replace(overridden, correct=True, override=True)
                    else:
                        records.pop(key, None)
            self._finish_reads()
            return list(records.values())

    def _answer_items(self, first: int) -> list[tuple[str, int, AnswerRecord | None]]:
        """What segment ``first`` says of answers, in order: ``("answer", seq, record)``,
        ``("override", answer_id, None)`` and ``("retract", answer_id, None)``.

        Kept for every segment but the newest: the log never changes a segment it has moved
        past (one found damaged is repaired, or read around, before its answers are kept). The
        records are frozen, so every caller can share them.
        """
        items = self._answer_cache.get(first)
        if items is not None:
            return items
        items = []
        for seq, event in self._segment_events(first):
            kind = event["kind"]
            if kind == "answer":
                items.append((kind, seq, answer_record(seq, event)))
            elif kind in (_OVERRIDE, _RETRACT):
                items.append((kind, event["answer_id"], None))
        if self._segments and first < self._segments[-1]:
            self._answer_cache[first] = items
        return items

    def _finish_reads(self) -> None:
        if self._recount_needed:
            self._recount()

    def answer_count(self) -> int:
        """How many answers :meth:`answers` would return, without reading the history."""
        with self._mutex:
            self._check_open()
            count: int = self._meta["closed_answers"] + self._tail_answers
            return count

    def missed(self) -> list[MissedEntry]:
        """The missed set, in the order the questions were (last) missed."""
        with self._mutex:
            self._check_open()
            entries = sorted(self._missed.values(), key=lambda entry: entry["answer_id"])
            return [missed_entry(entry) for entry in entries]

    # --- fact states ---------------------------------------------------------------------------

    def fact_state(self, fact_id: str) -> dict[str, Any] | None:
        """The saved memory state of one fact (a copy), or ``None``."""
        with self._mutex:
            self._check_open()
            state = self._facts[shard_of(fact_id, len(self._facts))].get(fact_id)
            return None if state is None else _copy(state)

    def fact_states(self) -> dict[str, dict[str, Any]]:
        """Every saved fact state (copies), by fact id."""
        with self._mutex:
            self._check_open()
            return {
                fact_id: _copy(state) for shard in self._facts for fact_id, state in shard.items()
            }

    def put_fact_state(self, fact_id: str, state: Mapping[str, Any]) -> None:
        """Save a fact's state without an answer (suspend, bury, flag)."""
        self._check_writable("save a fact's state")
        if not isinstance(fact_id, str) or not fact_id:
            raise InvalidRecord(f"A fact id must be non-empty text (got {fact_id!r}).")
        if not isinstance(state, Mapping):
            raise InvalidRecord(f"A fact state must be a dict (got {state!r}).")
        event: Event = {
            "kind": "state",
            "at": utc_iso(_now()),
            "facts": {fact_id: _json_copy(dict(state), "A fact state")},
        }
        with self._mutex:
            self._check_open()
            self._append(self._next_seq, event)

    # --- settings and sessions -----------------------------------------------------------------

    def settings(self) -> dict[str, Any]:
        """The learner's saved settings (only what was ever set; defaults live with their users)."""
        with self._mutex:
            self._check_open()
            doc = self._settings_db.table("settings").get(doc_id=1)
            return {} if doc is None else _copy(dict(doc))

    def update_settings(self, **values: Any) -> dict[str, Any]:
        """Save some settings; returns them all."""
        self._check_writable("save settings")
        copied = _json_copy(values, "Settings")
        with self._mutex:
            self._check_open()
            table = self._settings_db.table("settings")
            if table.contains(doc_id=1):
                table.update(copied, doc_ids=[1])
            else:
                table.insert(Document(copied, doc_id=1))
            return self.settings()

    def start_session(self, kind: str, settings: Mapping[str, Any]) -> str:
        """Record the start of a quiz or study session; returns its id."""
        self._check_writable("start a session")
        if kind not in SESSION_KINDS:
            raise InvalidRecord(
                f"Unknown session kind {kind!r}; expected one of {sorted(SESSION_KINDS)}."
            )
        copied = _json_copy(dict(settings), "Session settings")
        now = _now()
        session_id = f"{now:%Y%m%dT%H%M%S}-{secrets.token_hex(4)}"
        with self._mutex:
            self._check_open()
            self._sessions_db.table("sessions").insert(
                {
                    "id": session_id,
                    "kind": kind,
                    "settings": copied,
                    "started_at": utc_iso(now),
                    "finished_at": None,
                    "summary": {},
                }
            )
        return session_id

    def finish_session(self, session_id: str, **summary: Any) -> None:
        """Record the end of a session and its summary (score, counts, ...)."""
        self._check_writable("finish a session")
        reserved = _SESSION_FIELDS & summary.keys()
        if reserved:
            raise InvalidRecord(f"Session summary fields may not be named {sorted(reserved)}.")
        copied = _json_copy(summary, "A session summary")
        with self._mutex:
            self._check_open()
            table = self._sessions_db.table("sessions")
            found = table.get(Query().id == session_id)
            if found is None:
                raise ProgressError(
                    f"There is no session {session_id!r} in profile {self.profile!r}."
                )
            merged = {**found["summary"], **copied}
            table.update(
                {"finished_at": utc_iso(_now()), "summary": merged}, doc_ids=[found.doc_id]
            )

    def sessions(self) -> list[dict[str, Any]]:
        """Every session, oldest first: id, kind, settings, started_at, finished_at (UTC
        datetimes; ``None`` while unfinished) and the summary's fields."""
        with self._mutex:
            self._check_open()
            result = []
            for doc in self._sessions_db.table("sessions").all():
                doc = _copy(dict(doc))
                finished = doc["finished_at"]
                result.append(
                    {
                        "id": doc["id"],
                        "kind": doc["kind"],
                        "settings": doc["settings"],
                        "started_at": parse_utc(doc["started_at"]),
                        "finished_at": None if finished is None else parse_utc(finished),
                        **doc["summary"],
                    }
                )
            return result
