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

import hashlib
import json
import math
from collections.abc import Callable, Mapping
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

SCHEMA_VERSION = 2
"""The save format this code writes. Version 1 was one ``progress.json`` (see ``migrate``)."""


@dataclass(frozen=True, slots=True)
class AnswerRecord:
    """One answer as the learner gave it (``override``: graded right after "I was right").

    With slots: a long history holds hundreds of thousands of them (see ``ProgressStore.answers``).
    """

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
    if moment.tzinfo is UTC:
        return moment  # as the store writes every time
    if moment.tzinfo is None:
        raise ValueError(f"time without a timezone: {text!r}")
    return moment.astimezone(UTC)


def answer_record(seq: int, event: Mapping[str, Any], *, overridden: bool = False) -> AnswerRecord:
    """The public record of an ``answer`` event (graded right when ``overridden``)."""
    return AnswerRecord(
        seq,
        event["question_id"],
        event["fact_id"],
        event["mode"],
        event["given"],
        True if overridden else event["correct"],
        event["seconds"],
        event["timed_out"],
        event["near_miss"],
        overridden or event["override"],
        event["rating"],
        event["session_id"],
        event["review_of"],
        parse_utc(event["at"]),
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


def _is_text(value: Any) -> bool:
    return type(value) is str


def _is_opt_text(value: Any) -> bool:
    return value is None or type(value) is str


def _is_flag(value: Any) -> bool:
    return type(value) is bool


def _is_time(value: Any) -> bool:
    try:
        return type(value) is str and datetime.fromisoformat(value).tzinfo is not None
    except ValueError:
        return False


# The fields each kind of event must have. Checked for every event read (a large history has
# hundreds of thousands): plain predicates, no parsing beyond the time stamps.
_COMMON: tuple[tuple[str, Callable[[Any], bool]], ...] = (("at", _is_time),)
_FIELDS: dict[str, tuple[tuple[str, Callable[[Any], bool]], ...]] = {
    "answer": (
        *_COMMON,
        ("question_id", _is_text),
        ("mode", MODES.__contains__),
        ("correct", _is_flag),
        ("timed_out", _is_flag),
        ("near_miss", _is_flag),
        ("override", _is_flag),
        ("seconds", lambda v: type(v) in (int, float)),
        ("rating", (None, 1, 2, 3, 4).__contains__),
        ("fact_id", _is_opt_text),
        ("given", _is_opt_text),
        ("session_id", _is_opt_text),
        ("review_of", _is_opt_text),
    ),
    "override": (
        *_COMMON,
        ("answer_id", lambda v: type(v) is int),
        ("question_id", _is_text),
        ("review_of", _is_opt_text),
        ("session_id", _is_opt_text),
        ("answered_at", _is_time),
    ),
    "retract": (*_COMMON, ("answer_id", lambda v: type(v) is int)),
    "state": _COMMON,
}


_RATINGS = (None, 1, 2, 3, 4)


def _sound_answer(e: dict[str, Any]) -> bool:
    """``_FIELDS["answer"]`` as one expression: most events are answers, and calling a predicate
    per field cost more than the checks. False on any doubt (the loop then says what is wrong)."""
    try:
        return (
            type(e.get("question_id")) is str
            and e.get("mode") in MODES
            and type(e.get("correct")) is bool
            and type(e.get("timed_out")) is bool
            and type(e.get("near_miss")) is bool
            and type(e.get("override")) is bool
            and type(e.get("seconds")) in (int, float)
            and e.get("rating") in _RATINGS
            and ((v := e.get("fact_id")) is None or type(v) is str)
            and ((v := e.get("given")) is None or type(v) is str)
            and ((v := e.get("session_id")) is None or type(v) is str)
            and ((v := e.get("review_of")) is None or type(v) is str)
            and type(at := e.get("at")) is str
            and datetime.fromisoformat(at).tzinfo is not None
        )
    except (ValueError, TypeError):
        return False


def check_event(event: Any) -> None:
    # Plain ``if``s rather than ``_need``: this runs for every event of the history.
    if type(event) is not dict:
        raise ValueError("an event is not an object")
    kind: Any = event.get("kind")
    if kind != "answer" or not _sound_answer(event):
        fields = _FIELDS.get(kind)
        if fields is None:
            raise ValueError(f"unknown event kind {kind!r}")
        for name, valid in fields:
            if not valid(event.get(name)):
                raise ValueError(f"a {kind} event has a missing or wrong {name}")
    facts = event.get("facts")
    if facts is not None:
        if type(facts) is not dict:
            raise ValueError("facts must be an object")
        for state in facts.values():
            if state is not None and type(state) is not dict:
                raise ValueError("a fact state must be an object or null")
    for key in ("missed", "missed_before"):
        entries = event.get(key)
        if entries is not None:
            _need(type(entries) is dict, f"{key} must be an object")
            for entry in entries.values():
                if entry is not None:
                    check_entry(entry)


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


def meta_checksum(meta: Mapping[str, Any]) -> str:
    """A digest of the meta's content (all but its ``checksum``): a changed byte that keeps the
    JSON valid changes it."""
    content = {key: value for key, value in meta.items() if key != "checksum"}
    canonical = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(canonical.encode()).hexdigest()[:16]


def check_meta(data: Tables) -> None:
    _only_tables(data, "meta")
    meta = _single(data, "meta")
    version = meta.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ValueError("schema_version must be a number ≥ 1")
    if version > SCHEMA_VERSION:
        return  # a newer layout: only its version is read (and refused)
    if "checksum" in meta:  # written since checksums were added; older metas have none
        _need(
            meta["checksum"] == meta_checksum(meta),
            "its checksum does not match its content (changed outside FactDeck, or damaged)",
        )
    for field in META_INT_FIELDS:
        value = meta.get(field)
        _need(isinstance(value, int) and value >= 0, f"{field} must be a number ≥ 0")
    _need(meta["fact_shards"] >= 1, "fact_shards must be ≥ 1")
    written = meta.get("shards_written")
    if not isinstance(written, list):
        raise ValueError("shards_written must be a list")
    for shard in written:
        _need(isinstance(shard, int) and 0 <= shard < meta["fact_shards"], "bad shard number")
