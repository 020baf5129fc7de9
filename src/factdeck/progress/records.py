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
from datetime import UTC, datetime, timedelta
from typing import Any, NotRequired, Required, TypeAlias, TypedDict

from factdeck.progress.errors import InvalidRecord
from factdeck.progress.storage import Tables, serialise

JsonValue: TypeAlias = str | int | float | bool | list["JsonValue"] | dict[str, "JsonValue"] | None
"""JSON data, as the store keeps what it is given to keep (settings, a session's settings and
summary)."""
JsonObject: TypeAlias = dict[str, JsonValue]

FactState = dict[str, Any]
"""A fact's memory as the study code saves it (the store keeps it as given: JSON data)."""
Step = list[Any]
"""One answer in a missed entry's trail: ``[answer_id, counted right, session_id, at]``."""


class Entry(TypedDict):
    """A missed-set entry as stored (see :mod:`factdeck.progress.missed`)."""

    question_id: str
    fact_id: str | None
    missed_at: str
    answer_id: int
    """The answer that missed it (the start of its current streak)."""
    sessions: list[str | None]
    """The sessions credited since."""
    trail: list[Step]


class Event(TypedDict, total=False):
    """One event of the answer log as stored; which fields each ``kind`` has is in the module
    docstring (and checked by :func:`check_event` when read)."""

    kind: Required[str]
    at: Required[str]
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
    answer_id: int
    """Of an override or a retract: the answer it regrades or undoes."""
    answered_at: str
    facts: dict[str, FactState | None]
    missed: dict[str, Entry | None]
    missed_before: dict[str, Entry | None]


class Meta(TypedDict):
    """The one document of ``meta.json``: the log's counters and the checkpoint's position."""

    schema_version: int
    created_at: str
    fact_shards: int
    shards_written: list[int]
    """The fact shards that have held a fact (a missing one of them is lost, not empty)."""
    closed_seq: int
    """The last event of the closed segments."""
    closed_answers: int
    """The answers standing in the closed segments."""
    checkpoint_seq: int
    """The last event the fact shards and the missed set hold."""
    last_seq: int
    open_seq: NotRequired[int]
    """The first event of the segment started last (see ``SegmentLog._mark_open_segment``)."""
    lost: NotRequired[list[list[int]]]
    """The ranges of events found lost and reported, ``[first, last]`` each."""
    checksum: NotRequired[str]
    """Of the rest (see :func:`meta_checksum`); metas of format 2 written before had none."""


MODES = frozenset({"quiz", "flashcard", "review", "cram"})
SESSION_KINDS = frozenset({"quiz", "flashcard", "review", "cram"})

SCHEMA_VERSION = 4
"""The save format this code writes. Version 1 was one ``progress.json`` (see ``migrate``);
version 2 had no answer index beside its closed log segments, version 3 one holding a list per
answer rather than a list per field (see ``answer_index``)."""


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


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)


def utc_micros(moment: datetime) -> int:
    """A timezone-aware instant as whole microseconds since 1970-01-01 UTC (exact)."""
    return (moment - _EPOCH) // _MICROSECOND


def from_utc_micros(micros: int) -> datetime:
    """The UTC instant ``micros`` microseconds after 1970-01-01 UTC."""
    return _EPOCH + timedelta(microseconds=micros)


@dataclass(frozen=True, slots=True)
class AnswerColumns:
    """Answers as one list per field: answer ``n`` is ``id[n]``, ``question_id[n]``, and so on,
    the fields of :class:`AnswerRecord`, with its ``at`` as ``at_us`` (whole microseconds since
    1970-01-01 UTC, see :func:`utc_micros`). Every list has one item per answer.

    How a long history is read for statistics: a hundred thousand answers are fourteen lists,
    not a hundred thousand objects (see ``ProgressStore.answer_columns``). The lists belong to
    whoever received them.
    """

    id: list[int]
    question_id: list[str]
    fact_id: list[str | None]
    mode: list[str]
    given: list[str | None]
    correct: list[bool]
    seconds: list[float]
    timed_out: list[bool]
    near_miss: list[bool]
    override: list[bool]
    rating: list[int | None]
    session_id: list[str | None]
    review_of: list[str | None]
    at_us: list[int]

    def __len__(self) -> int:
        return len(self.id)

    def records(self) -> list[AnswerRecord]:
        """The answers as records, in the same order."""
        return [
            AnswerRecord(n, q, f, m, g, c, s, t, near, o, r, sid, of, from_utc_micros(at))
            for n, q, f, m, g, c, s, t, near, o, r, sid, of, at in zip(
                self.id,
                self.question_id,
                self.fact_id,
                self.mode,
                self.given,
                self.correct,
                self.seconds,
                self.timed_out,
                self.near_miss,
                self.override,
                self.rating,
                self.session_id,
                self.review_of,
                self.at_us,
                strict=True,
            )
        ]


class AnswerDetails(TypedDict, total=False):
    """The optional fields of :class:`NewAnswer`, as ``ProgressStore.record_answer`` takes them."""

    fact_id: str | None
    given: str | None
    timed_out: bool
    near_miss: bool
    override: bool
    rating: int | None
    session_id: str | None
    review_of: str | None
    fact_state: Mapping[str, Any] | None
    at: datetime | None


_RATINGS = (None, 1, 2, 3, 4)


@dataclass(frozen=True, slots=True, kw_only=True)
class NewAnswer:
    """An answer to save, checked when it is made: anything wrong raises :class:`InvalidRecord`.

    ``fact_state`` is the fact's new memory, saved with the answer (it needs ``fact_id``);
    ``at`` the moment answered (timezone-aware; ``None``: when it is saved).
    """

    question_id: str
    correct: bool
    mode: str
    seconds: float
    fact_id: str | None = None
    given: str | None = None
    timed_out: bool = False
    near_miss: bool = False
    override: bool = False
    rating: int | None = None
    session_id: str | None = None
    review_of: str | None = None
    fact_state: Mapping[str, Any] | None = None
    at: datetime | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.question_id, str) or not self.question_id:
            raise InvalidRecord(f"A question id must be non-empty text (got {self.question_id!r}).")
        if self.mode not in MODES:
            raise InvalidRecord(f"Unknown mode {self.mode!r}; expected one of {sorted(MODES)}.")
        for flag in ("correct", "timed_out", "near_miss", "override"):
            value = getattr(self, flag)
            if not isinstance(value, bool):
                raise InvalidRecord(f"{flag} must be True or False (got {value!r}).")
        rating = self.rating
        if rating is not None and (isinstance(rating, bool) or rating not in _RATINGS):
            raise InvalidRecord(f"A rating must be 1 to 4 or None (got {rating!r}).")
        for field in ("fact_id", "given", "session_id", "review_of"):
            value = getattr(self, field)
            if value is not None and not isinstance(value, str):
                raise InvalidRecord(f"{field} must be text or None (got {value!r}).")
        if self.fact_state is not None:
            if not isinstance(self.fact_state, Mapping):
                raise InvalidRecord(f"A fact state must be a dict (got {self.fact_state!r}).")
            if self.fact_id is None:
                raise InvalidRecord("A fact state needs the fact_id it belongs to.")
        if self.at is not None:
            utc_iso(self.at)  # refuses a naive time
        object.__setattr__(self, "seconds", check_seconds(self.seconds))
        if rating is not None:
            object.__setattr__(self, "rating", int(rating))

    def event(self, now: datetime) -> Event:
        """The ``answer`` event saving it (answered ``now`` unless ``at`` says when)."""
        event: Event = {
            "kind": "answer",
            "at": utc_iso(self.at or now),
            "question_id": self.question_id,
            "fact_id": self.fact_id,
            "mode": self.mode,
            "given": self.given,
            "correct": self.correct,
            "seconds": self.seconds,
            "timed_out": self.timed_out,
            "near_miss": self.near_miss,
            "override": self.override,
            "rating": self.rating,
            "session_id": self.session_id,
            "review_of": self.review_of,
        }
        if self.fact_state is not None and self.fact_id is not None:
            event["facts"] = {self.fact_id: json_copy(self.fact_state, "A fact state")}
        return event


def json_copy(value: object, what: str) -> Any:
    """A private deep copy of JSON data; anything else is refused."""
    try:
        return json.loads(serialise({"v": value}))["v"]
    except (TypeError, ValueError) as error:
        raise InvalidRecord(
            f"{what} must be JSON data (text, numbers, lists, objects): {error}"
        ) from None


class SessionRecord(TypedDict):
    """A quiz or study session, as ``ProgressStore.sessions`` hands it out."""

    id: str
    kind: str
    """One of :data:`SESSION_KINDS`."""
    settings: JsonObject
    """What the session was started with (``ProgressStore.start_session``)."""
    started_at: datetime
    finished_at: datetime | None
    """None while unfinished."""
    summary: JsonObject
    """What ``ProgressStore.finish_session`` recorded (score, counts, ...); empty before."""


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


def answer_record(seq: int, event: Event, *, overridden: bool = False) -> AnswerRecord:
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


def missed_entry(entry: Entry) -> MissedEntry:
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


def _opt_str(value: object, field: str) -> None:
    _need(value is None or isinstance(value, str), f"{field} must be text or null")


def _time(value: object, field: str) -> None:
    if not isinstance(value, str):
        raise ValueError(f"{field} must be a time")
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


def _is_text(value: object) -> bool:
    return type(value) is str


def _is_opt_text(value: object) -> bool:
    return value is None or type(value) is str


def _is_flag(value: object) -> bool:
    return type(value) is bool


def _is_time(value: object) -> bool:
    try:
        return type(value) is str and datetime.fromisoformat(value).tzinfo is not None
    except ValueError:
        return False


# The fields each kind of event must have. Checked for every event read (a large history has
# hundreds of thousands): plain predicates, no parsing beyond the time stamps.
_COMMON: tuple[tuple[str, Callable[[object], bool]], ...] = (("at", _is_time),)
_FIELDS: dict[str, tuple[tuple[str, Callable[[object], bool]], ...]] = {
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


def meta_checksum(meta: Mapping[str, object]) -> str:
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
