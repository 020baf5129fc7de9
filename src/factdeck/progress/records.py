"""The records the store hands out, and the schema of every save file.

The answer log is a sequence of *events*, each with a sequence number that only grows (its
TinyDB document id). An event carries its effects as absolute values, so replaying events in order
always gives the same fact states and missed set, however often a replay is repeated:

- ``answer``: one answer (the fields of :class:`AnswerRecord`), with the fact's new state in
  ``facts`` and the missed entries it changed in ``missed`` (their previous values in
  ``missed_before``, used to undo it).
- ``override``: ``answer_id`` was right after all (with the answer's ``question_id``,
  ``review_of``, ``session_id`` and ``answered_at``); ``missed`` as above.
- ``retract``: ``answer_id`` is undone; ``facts`` and ``missed`` put back what it changed.
- ``state``: ``facts`` and/or ``missed`` set without an answer (suspend, bury, migration).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from factdeck.progress.errors import InvalidRecord
from factdeck.progress.storage import Tables

Event = dict[str, Any]
Entry = dict[str, Any]
"""A missed-set entry as stored: question_id, fact_id, missed_at, answer_id (of the miss),
sessions (credited) and trail (see :mod:`factdeck.progress.missed`)."""

MODES = frozenset({"quiz", "flashcard", "review", "cram"})
SESSION_KINDS = frozenset({"quiz", "flashcard", "review", "cram"})
EVENT_KINDS = frozenset({"answer", "override", "retract", "state"})

SCHEMA_VERSION = 2
"""The save format this code writes. Version 1 was one ``progress.json`` (see ``migrate``)."""


@dataclass(frozen=True)
class AnswerRecord:
    """One answer as the learner gave it (``override``: graded right after "I was right")."""

    id: int
    question_id: str
    fact_id: str | None
    mode: str
    given: str | None
    correct: bool
    seconds: float
    timed_out: bool
    near_miss: bool
    override: bool
    rating: int | None
    session_id: str | None
    review_of: str | None
    at: datetime


@dataclass(frozen=True)
class MissedEntry:
    """A question in the missed set: when it was last missed and how many sessions since cleared it once."""

    question_id: str
    fact_id: str | None
    missed_at: datetime
    credits: int


def utc_iso(moment: datetime) -> str:
    """A timezone-aware datetime as an ISO string in UTC; naive datetimes are refused."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise InvalidRecord(f"Times must be timezone-aware (got {moment.isoformat()}).")
    return moment.astimezone(UTC).isoformat()


def parse_utc(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        raise ValueError(f"time without a timezone: {text!r}")
    return moment.astimezone(UTC)


def answer_record(seq: int, event: Mapping[str, Any], *, overridden: bool = False) -> AnswerRecord:
    """The public record of an ``answer`` event (graded right when ``overridden``)."""
    return AnswerRecord(
        id=seq,
        question_id=event["question_id"],
        fact_id=event["fact_id"],
        mode=event["mode"],
        given=event["given"],
        correct=True if overridden else event["correct"],
        seconds=event["seconds"],
        timed_out=event["timed_out"],
        near_miss=event["near_miss"],
        override=overridden or event["override"],
        rating=event["rating"],
        session_id=event["session_id"],
        review_of=event["review_of"],
        at=parse_utc(event["at"]),
    )


def missed_entry(entry: Mapping[str, Any]) -> MissedEntry:
    return MissedEntry(
        question_id=entry["question_id"],
        fact_id=entry["fact_id"],
        missed_at=parse_utc(entry["missed_at"]),
        credits=len(entry["sessions"]),
    )


def check_seconds(seconds: float) -> float:
    value = float(seconds)
    if not math.isfinite(value) or value < 0:
        raise InvalidRecord(f"Seconds taken must be a finite number ≥ 0 (got {seconds!r}).")
    return value


# --- schema checks (raise ValueError/TypeError; storage turns them into CorruptFile) ---------


def _need(condition: bool, what: str) -> None:
    if not condition:
        raise ValueError(what)


def _opt_str(value: Any, field: str) -> None:
    _need(value is None or isinstance(value, str), f"{field} must be text or null")


def _time(value: Any, field: str) -> None:
    _need(isinstance(value, str), f"{field} must be a time")
    parse_utc(value)


def _only_tables(data: Tables, *names: str) -> None:
    unknown = set(data) - set(names)
    _need(not unknown, f"unknown tables {sorted(unknown)}")


def _docs(data: Tables, table: str) -> dict[str, Any]:
    docs = data.get(table, {})
    for key, doc in docs.items():
        _need(key.isdigit(), f"document id {key!r} in {table} is not a number")
        _need(isinstance(doc, dict), f"document {key} in {table} is not an object")
    return docs


def _single(data: Tables, table: str) -> dict[str, Any]:
    docs = _docs(data, table)
    _need(set(docs) == {"1"}, f"table {table} must hold exactly document 1")
    doc: dict[str, Any] = docs["1"]
    return doc


def check_entry(entry: Any) -> None:
    _need(isinstance(entry, dict), "a missed entry is not an object")
    _need(isinstance(entry.get("question_id"), str), "a missed entry has no question_id")
    _opt_str(entry.get("fact_id"), "fact_id")
    _time(entry.get("missed_at"), "missed_at")
    _need(isinstance(entry.get("answer_id"), int), "a missed entry has no answer_id")
    sessions = entry.get("sessions")
    _need(isinstance(sessions, list), "a missed entry has no sessions list")
    for session in sessions:
        _opt_str(session, "a credited session")
    trail = entry.get("trail")
    _need(isinstance(trail, list) and len(trail) >= 1, "a missed entry has no trail")
    for step in trail:
        _need(isinstance(step, list) and len(step) == 4, "a trail step is not a 4-item list")
        _need(isinstance(step[0], int) and isinstance(step[1], bool), "a bad trail step")
        _opt_str(step[2], "a trail session")
        _time(step[3], "a trail time")


def _check_effects(event: Mapping[str, Any]) -> None:
    facts = event.get("facts", {})
    _need(isinstance(facts, dict), "facts must be an object")
    for state in facts.values():
        _need(state is None or isinstance(state, dict), "a fact state must be an object or null")
    for key in ("missed", "missed_before"):
        entries = event.get(key, {})
        _need(isinstance(entries, dict), f"{key} must be an object")
        for entry in entries.values():
            if entry is not None:
                check_entry(entry)


def check_event(event: Any) -> None:
    _need(isinstance(event, dict), "an event is not an object")
    kind = event.get("kind")
    _need(kind in EVENT_KINDS, f"unknown event kind {kind!r}")
    _time(event.get("at"), "at")
    if kind == "answer":
        _need(isinstance(event.get("question_id"), str), "an answer has no question_id")
        _need(event.get("mode") in MODES, f"unknown mode {event.get('mode')!r}")
        for field in ("correct", "timed_out", "near_miss", "override"):
            _need(isinstance(event.get(field), bool), f"{field} must be true or false")
        seconds = event.get("seconds")
        _need(isinstance(seconds, int | float) and not isinstance(seconds, bool), "bad seconds")
        rating = event.get("rating")
        _need(rating is None or rating in (1, 2, 3, 4), "rating must be 1-4 or null")
        for field in ("fact_id", "given", "session_id", "review_of"):
            _opt_str(event.get(field), field)
    elif kind in ("override", "retract"):
        _need(isinstance(event.get("answer_id"), int), f"a {kind} has no answer_id")
    if kind == "override":
        _need(isinstance(event.get("question_id"), str), "an override has no question_id")
        _opt_str(event.get("review_of"), "review_of")
        _opt_str(event.get("session_id"), "session_id")
        _time(event.get("answered_at"), "answered_at")
    _check_effects(event)


def check_segment(data: Tables) -> None:
    _only_tables(data, "events")
    _need("events" in data, "no events table")
    for event in _docs(data, "events").values():
        check_event(event)


def _check_through(data: Tables) -> None:
    through = _single(data, "checkpoint").get("through_seq")
    _need(isinstance(through, int) and through >= 0, "checkpoint.through_seq must be ≥ 0")


def check_shard(data: Tables) -> None:
    _only_tables(data, "facts", "checkpoint")
    _check_through(data)
    for key, doc in data.get("facts", {}).items():
        # One expression per document: this loop runs for every fact on opening.
        if not (
            key.isdigit()
            and isinstance(doc, dict)
            and isinstance(doc.get("fact_id"), str)
            and isinstance(doc.get("state"), dict)
        ):
            raise ValueError(f"fact state {key!r} is not a fact_id with a state object")


def check_missed(data: Tables) -> None:
    _only_tables(data, "missed", "checkpoint")
    _check_through(data)
    for entry in _docs(data, "missed").values():
        check_entry(entry)


def check_settings(data: Tables) -> None:
    _only_tables(data, "settings")
    _docs(data, "settings")


def check_sessions(data: Tables) -> None:
    _only_tables(data, "sessions")
    for doc in _docs(data, "sessions").values():
        _need(isinstance(doc.get("id"), str), "a session has no id")
        _need(isinstance(doc.get("kind"), str), "a session has no kind")
        _need(isinstance(doc.get("settings"), dict), "session settings are not an object")
        _need(isinstance(doc.get("summary"), dict), "a session summary is not an object")
        _time(doc.get("started_at"), "started_at")
        if doc.get("finished_at") is not None:
            _time(doc["finished_at"], "finished_at")


META_INT_FIELDS = ("fact_shards", "closed_seq", "closed_answers", "checkpoint_seq", "last_seq")


def check_meta(data: Tables) -> None:
    _only_tables(data, "meta")
    meta = _single(data, "meta")
    version = meta.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ValueError("schema_version must be a number ≥ 1")
    if version > SCHEMA_VERSION:
        return  # a newer layout: only its version is read (and refused)
    for field in META_INT_FIELDS:
        value = meta.get(field)
        _need(isinstance(value, int) and value >= 0, f"{field} must be a number ≥ 0")
    _need(meta["fact_shards"] >= 1, "fact_shards must be ≥ 1")
    written = meta.get("shards_written")
    if not isinstance(written, list):
        raise ValueError("shards_written must be a list")
    for shard in written:
        _need(isinstance(shard, int) and 0 <= shard < meta["fact_shards"], "bad shard number")
