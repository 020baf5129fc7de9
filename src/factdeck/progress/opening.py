"""Opening a profile: creating, migrating and repairing its files, cross-checking them, and
replaying the log after the last checkpoint."""

from __future__ import annotations

import shutil
from collections.abc import Mapping
from pathlib import Path

from tinydb import TinyDB

from factdeck.progress import layout
from factdeck.progress.answer_index import read_index, segment_answers
from factdeck.progress.errors import ProgressError, SavesTooNew
from factdeck.progress.layout import (
    FACTS_DIR,
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
    segment_path,
    shard_path,
    write_profile,
)
from factdeck.progress.migrate import STAGING, check_v1, migrate_v1, retire_v1
from factdeck.progress.records import (
    SCHEMA_VERSION,
    Meta,
    check_missed,
    check_sessions,
    check_settings,
    check_shard,
    utc_iso,
)
from factdeck.progress.segment_log import SegmentLog
from factdeck.progress.state import now_utc
from factdeck.progress.storage import (
    DurableStorage,
    FrozenStorage,
    Recovered,
    RecoveryNote,
    Tables,
    Validator,
    load_or_recover,
    move_aside,
)

_REBUILT = "nothing (rebuilt from the answer log)"


def _through(tables: Tables) -> int:
    through: int = tables["checkpoint"]["1"]["through_seq"]
    return through


class StoreOpening(SegmentLog):
    """Loading a profile's files into the shared state (see :meth:`_load`)."""

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
        if self._meta["schema_version"] < SCHEMA_VERSION and not self.read_only:
            self._migrate_indexes()

    def _migrate_indexes(self) -> None:
        """Save format 2 or 3 to 4: write the answer index of every closed log segment that has
        no current one (format 2 had none, format 3 a list per answer), then the meta with the
        new version (a crash before that makes the next opening go on)."""
        version = self._meta["schema_version"]
        for first in list(self._segments):
            if self._is_closed(first) and read_index(self._segment_file(first), first) is None:
                notes = len(self.recovery)
                answers = segment_answers(self._segment_events(first))
                if len(self.recovery) == notes:  # else: read around, or repaired (reported)
                    self._write_index(first, answers)
        meta: Meta = {**self._meta, "schema_version": SCHEMA_VERSION}
        DurableStorage(self.directory / META, check_meta_layout).write(layout.meta_tables(meta))
        self._meta = meta
        self.migrated_from = self.migrated_from or version

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

    def _rebuilt_meta(self) -> Meta:
        """The meta of a profile whose counters are lost: everything is counted and replayed."""
        return {
            "schema_version": SCHEMA_VERSION,
            "created_at": utc_iso(now_utc()),
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
        self, name: str, validate: Validator, lost_restored: str, lost_all: str, lost_missing: str
    ) -> TinyDB:
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
        self, path: Path, validate: Validator, deep: dict[str | int, int], key: str | int
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
