"""The progress store: every answer, fact state, missed question, session and setting of a profile.

Writes are durable when a method returns (see :mod:`factdeck.progress.storage`) and cost the same
however long the history is (see :mod:`factdeck.progress.layout`): an answer, together with the
fact's new state and its missed-set effect, is one event appended to the newest log segment, one
atomic write of a bounded file. The fact shards and the missed set are checkpoints that opening a
profile brings up to date by replaying the events after them, so an answer and its fact state can
never be saved one without the other.

The store knows nothing of banks: it keys everything by the question and fact ids it is given, and
keeps the history of questions that have since left the bank.

This module is the public face; the work is done by the classes it builds on: opening, migrating
and repairing in :mod:`.opening`, the answer log in :mod:`.segment_log`, the shared state and
recovery notes in :mod:`.state`.
"""

from __future__ import annotations

import bisect
import os
import secrets
from collections.abc import Callable, Mapping
from dataclasses import replace
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar, Unpack

from tinydb import Query
from tinydb.table import Document

from factdeck.files import remove_leftover_temporaries
from factdeck.progress.answer_index import standing_answers
from factdeck.progress.errors import InvalidRecord, ProfileNotFound, ProgressError, SaveFailed
from factdeck.progress.layout import LOCK, LOG_DIR, profile_dir, profile_names, shard_of
from factdeck.progress.lock import ProfileLock
from factdeck.progress.missed import (
    answer_effects,
    before_values,
    override_effects,
    retract_effects,
)
from factdeck.progress.opening import StoreOpening
from factdeck.progress.records import (
    SESSION_KINDS,
    AnswerColumns,
    AnswerDetails,
    AnswerRecord,
    Event,
    MissedEntry,
    NewAnswer,
    SessionRecord,
    answer_record,
    json_copy,
    missed_entry,
    parse_utc,
    utc_iso,
)
from factdeck.progress.state import now_utc

T = TypeVar("T")


def _copy(value: Any) -> Any:
    """A deep copy of JSON data (dicts, lists, scalars), faster than ``copy.deepcopy``."""
    if type(value) is dict:
        return {key: _copy(item) for key, item in value.items()}
    if type(value) is list:
        return [_copy(item) for item in value]
    return value


def _check_saves_folder(saves_dir: Path) -> None:
    """Refuse a saves folder that is something else (a file, say) with a message saying so."""
    if saves_dir.exists() and not saves_dir.is_dir():
        raise ProgressError(
            f"The saves folder {saves_dir} is a file, not a folder; give a folder with "
            "--saves (or FACTDECK_SAVES). Nothing was changed."
        )


class ProgressStore(StoreOpening):
    """One learner profile's progress, open for writing (it holds the profile's lock), or open
    read-only beside the app (see :meth:`open_read_only`).

    Use as a context manager, or call :meth:`close`. All methods are thread-safe; every write is
    durable when it returns. ``recovery`` lists the repairs made to damaged files, on opening and
    (for old log segments, read only when needed) later; read-only, the damage found and what
    was read instead.
    """

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
            for folder in (directory, directory / LOG_DIR):
                remove_leftover_temporaries(folder)  # a writer killed mid-write left them
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

    # --- answers -------------------------------------------------------------------------------

    def record_answer(
        self,
        question_id: str,
        correct: bool,
        mode: str,
        seconds: float,
        **details: Unpack[AnswerDetails],
    ) -> AnswerRecord:
        """Save one answer (see :class:`NewAnswer` for the details); :meth:`save_answer`."""
        self._check_writable("record an answer")
        return self.save_answer(
            NewAnswer(
                question_id=question_id, correct=correct, mode=mode, seconds=seconds, **details
            )
        )

    def save_answer(self, answer: NewAnswer) -> AnswerRecord:
        """Save one answer (with the fact's new state, if given) and update the missed set.

        The answer is durable when this returns. The store does not check ids against any bank.
        """
        self._check_writable("record an answer")
        event = answer.event(now_utc())
        with self._mutex:
            self._check_open()
            seq = self._next_seq
            effects = answer_effects(
                self._missed,
                answer_id=seq,
                question_id=answer.question_id,
                fact_id=answer.fact_id,
                correct=answer.correct,
                session_id=answer.session_id,
                review_of=answer.review_of,
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
                "at": utc_iso(now_utc()),
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
            retract: Event = {"kind": "retract", "at": utc_iso(now_utc()), "answer_id": answer_id}
            if "facts" in answer:
                before = (
                    None
                    if fact_state_before is None
                    else json_copy(fact_state_before, "A fact state")
                )
                retract["facts"] = {fact_id: before for fact_id in answer["facts"]}  # its one
            effects = retract_effects(self._missed, answer_id, answer, later)
            if effects:
                retract["missed"] = effects
            self._append(self._next_seq, retract)
            self._finish_reads()

    def answers(self) -> list[AnswerRecord]:
        """Every answer still standing, oldest first (by sequence, not by clock).

        The first call reads (and checks) the whole log; the records of the segments the log
        has moved past are kept, so later calls read only the newest one.
        """
        with self._mutex:
            self._check_open()
            parts = [(first, self._segment_answers(first)) for first in list(self._segments)]
            self._finish_reads()
            records: dict[int, AnswerRecord] = {}
            for first, part in parts:
                records.update((r.id, r) for r in self._segment_records(first, part))
                for answer_id in part.overrides:
                    if (overridden := records.get(answer_id)) is not None:
                        records[answer_id] = replace(overridden, correct=True, override=True)
                for answer_id in part.retracts:
                    records.pop(answer_id, None)
            return list(records.values())

    def answer_columns(self) -> AnswerColumns:
        """Every answer still standing, oldest first (by sequence, not by clock), as columns:
        how a long history is read quickly (see :class:`AnswerColumns`).

        The first call reads (and checks) the whole log; what the segments the log has moved
        past say of answers is kept, so later calls read only the newest one.
        """
        with self._mutex:
            self._check_open()
            parts = self._answer_parts()
            self._finish_reads()
            return standing_answers(parts)

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

    def decoded_fact_states(self, decode: Callable[[Mapping[str, Any]], T]) -> dict[str, T]:
        """Every saved fact state, by fact id, as ``decode`` reads it: what a long history's
        statistics use, with nothing copied. ``decode`` is given the store's own state, to read,
        not to change or keep (what it returns must not share its lists or dicts)."""
        with self._mutex:
            self._check_open()
            return {
                fact_id: decode(state) for shard in self._facts for fact_id, state in shard.items()
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
            "at": utc_iso(now_utc()),
            "facts": {fact_id: json_copy(dict(state), "A fact state")},
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
        copied = json_copy(values, "Settings")
        with self._mutex:
            self._check_open()
            table = self._settings_db.table("settings")
            if table.contains(doc_id=1):
                table.update(copied, doc_ids=[1])
            else:
                table.insert(Document(copied, doc_id=1))
            return self.settings()

    def start_session(self, kind: str, settings: Mapping[str, object]) -> str:
        """Record the start of a quiz or study session; returns its id."""
        self._check_writable("start a session")
        if kind not in SESSION_KINDS:
            raise InvalidRecord(
                f"Unknown session kind {kind!r}; expected one of {sorted(SESSION_KINDS)}."
            )
        copied = json_copy(dict(settings), "Session settings")
        now = now_utc()
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

    def finish_session(self, session_id: str, **summary: object) -> None:
        """Record the end of a session and its summary (score, counts, ...: JSON data)."""
        self._check_writable("finish a session")
        copied = json_copy(summary, "A session summary")
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
                {"finished_at": utc_iso(now_utc()), "summary": merged}, doc_ids=[found.doc_id]
            )

    def sessions(self) -> list[SessionRecord]:
        """Every session, oldest first (copies)."""
        with self._mutex:
            self._check_open()
            docs = [_copy(dict(doc)) for doc in self._sessions_db.table("sessions").all()]
        return [
            SessionRecord(
                id=doc["id"],
                kind=doc["kind"],
                settings=doc["settings"],
                started_at=parse_utc(doc["started_at"]),
                finished_at=None if doc["finished_at"] is None else parse_utc(doc["finished_at"]),
                summary=doc["summary"],
            )
            for doc in docs
        ]
