"""Moving saves of earlier formats to the current one.

Save format 1 was a single TinyDB file, ``saves/<profile>/progress.json``, rewritten whole on every
answer, with the tables:

- ``meta``: one document ``{"schema_version": 1}``
- ``answers``: ``{question_id, fact_id?, mode, correct, seconds, time, given?, timed_out?}``,
  ``time`` being Unix seconds (UTC), in the order given
- ``cards``: ``{fact_id, card}``, ``card`` being the fsrs card as its dict
- ``missed``: ``{question_id, right_count}``; a question left after two right answers
- ``settings``: at most one document of learner settings

Migration writes the current layout into ``.migrating/`` beside it, moves it into place with
``meta.json`` last (its arrival is the commit: a crash before it makes the next open start over),
then renames ``progress.json`` to ``progress.json.migrated-<UTC timestamp>``; nothing is deleted.
"""

from __future__ import annotations

import shutil
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from factdeck.files import sync_dir
from factdeck.progress.errors import SavesTooNew
from factdeck.progress.layout import (
    FACTS_DIR,
    LOG_DIR,
    META,
    MISSED,
    SETTINGS,
    V1_FILE,
    write_profile,
)
from factdeck.progress.missed import fold
from factdeck.progress.records import MODES, SCHEMA_VERSION, Entry, Event, Step
from factdeck.progress.storage import Tables

V1_MIGRATED_CREDIT = "migrated-from-v1"
"""The session a credit earned under format 1 is counted in (format 1 had no sessions)."""
STAGING = ".migrating"


def _need(condition: bool, what: str) -> None:
    if not condition:
        raise ValueError(what)


def v1_version(data: Tables) -> int:
    docs = data.get("meta", {})
    if not docs:
        return 1
    version = next(iter(docs.values())).get("schema_version", 1)
    _need(isinstance(version, int), "schema_version is not a number")
    return int(version)


def check_v1(data: Tables) -> None:
    """The schema of a format-1 ``progress.json`` (newer versions: only the version is read)."""
    if v1_version(data) > SCHEMA_VERSION:
        return
    _need(v1_version(data) == 1, "progress.json of an unknown save format")
    unknown = set(data) - {"meta", "answers", "cards", "missed", "settings", "_default"}
    _need(not unknown, f"unknown tables {sorted(unknown)}")
    for answer in data.get("answers", {}).values():
        _need(isinstance(answer.get("question_id"), str), "an answer has no question_id")
        _need(answer.get("mode") in MODES, f"unknown mode {answer.get('mode')!r}")
        _need(isinstance(answer.get("correct"), bool), "an answer has no correct flag")
        for field in ("seconds", "time"):
            value = answer.get(field)
            _need(isinstance(value, int | float) and not isinstance(value, bool), f"bad {field}")
        for field in ("fact_id", "given"):
            _need(answer.get(field) is None or isinstance(answer[field], str), f"bad {field}")
    for card in data.get("cards", {}).values():
        _need(isinstance(card.get("fact_id"), str), "a card has no fact_id")
        _need(isinstance(card.get("card"), dict), "a card is not an object")
    for entry in data.get("missed", {}).values():
        _need(isinstance(entry.get("question_id"), str), "a missed entry has no question_id")
        _need(isinstance(entry.get("right_count"), int), "a missed entry has no right_count")
    _need(len(data.get("settings", {})) <= 1, "more than one settings document")


def _ordered(table: Mapping[str, Any]) -> list[dict[str, Any]]:
    return [table[key] for key in sorted(table, key=int)]


def _iso(unix_seconds: float) -> str:
    return datetime.fromtimestamp(unix_seconds, UTC).isoformat()


def memory_from_v1_card(card: dict[str, Any]) -> dict[str, Any]:
    """A format-1 fsrs card dict as the fact memory the current study code keeps."""
    return {
        "card": card,
        "lapses": 0,
        "leech": False,
        "suspended": False,
        "buried_until": None,
        "flagged_wrong": False,
        "flag_note": None,
    }


def v1_events(data: Tables, now: datetime) -> tuple[list[Event], dict[str, Any]]:
    """The events and settings that reproduce a format-1 profile."""
    events: list[Event] = []
    last_miss: dict[str, tuple[int, dict[str, Any]]] = {}
    for answer in _ordered(data.get("answers", {})):
        events.append(
            {
                "kind": "answer",
                "at": _iso(answer["time"]),
                "question_id": answer["question_id"],
                "fact_id": answer.get("fact_id"),
                "mode": answer["mode"],
                "given": answer.get("given"),
                "correct": answer["correct"],
                "seconds": float(answer["seconds"]),
                "timed_out": bool(answer.get("timed_out", False)),
                "near_miss": False,
                "override": False,
                "rating": None,
                "session_id": None,
                "review_of": None,
            }
        )
        if not answer["correct"]:
            last_miss[answer["question_id"]] = (len(events), answer)
    stamp = now.isoformat()
    for card in _ordered(data.get("cards", {})):
        state = memory_from_v1_card(card["card"])
        events.append({"kind": "state", "at": stamp, "facts": {card["fact_id"]: state}})
    missed: dict[str, Entry | None] = {}
    missed_seq = len(events) + 1
    for entry in _ordered(data.get("missed", {})):
        question_id = entry["question_id"]
        seq, answer = last_miss.get(question_id, (0, {}))
        missed_at = _iso(answer["time"]) if answer else stamp
        trail: list[Step] = [[seq, False, None, missed_at]]
        if entry["right_count"] >= 1:
            trail.append([missed_seq, True, V1_MIGRATED_CREDIT, stamp])
        missed[question_id] = fold(question_id, answer.get("fact_id"), trail)
    if missed:
        events.append({"kind": "state", "at": stamp, "missed": missed})
    settings_docs = _ordered(data.get("settings", {}))
    return events, dict(settings_docs[0]) if settings_docs else {}


def migrate_v1(
    directory: Path,
    profile: str,
    data: Tables,
    *,
    segment_events: int,
) -> None:
    """Rewrite a format-1 profile (its checked tables ``data``) in the current format."""
    found = v1_version(data)
    if found > SCHEMA_VERSION:
        raise SavesTooNew(profile, found, SCHEMA_VERSION)
    now = datetime.now(UTC)
    events, settings = v1_events(data, now)
    staging = directory / STAGING
    if staging.exists():
        shutil.rmtree(staging)  # an earlier attempt that never committed
    staging.mkdir()
    write_profile(staging, events, settings=settings, segment_events=segment_events)
    for name in (LOG_DIR, FACTS_DIR):
        if (directory / name).exists():
            shutil.rmtree(directory / name)  # moved in by an attempt that never committed
        (staging / name).replace(directory / name)
    for name in (MISSED, SETTINGS, META):
        if (staging / name).exists():
            (staging / name).replace(directory / name)
    sync_dir(directory)
    retire_v1(directory)
    shutil.rmtree(staging)


def retire_v1(directory: Path) -> None:
    """Rename the migrated format-1 file out of the way (kept, never deleted)."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    (directory / V1_FILE).replace(directory / f"{V1_FILE}.migrated-{stamp}")
    sync_dir(directory)
