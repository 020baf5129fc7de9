"""Where each part of a profile lives on disk, and how a whole profile is written in bulk.

```
saves/<profile>/
  lock                    who has the profile open
  meta.json               schema_version, counters, checkpoint position (small)
  log/events-<seq>.json   the answer log, in segments of a bounded number of events
  log/answers-<seq>.json  a closed segment's answers alone, for reading the history quickly
  log/closed-answers.json the closed segments' answers joined in one file, quicker still
  facts/facts-<n>.json    fact states, sharded by a stable hash of the fact id
  missed.json             the missed set
  settings.json           learner settings
  sessions.json           quiz and study sessions
```

Only the newest log segment is rewritten per answer. Fact shards and the missed set are
checkpoints: they are rewritten every few segments, and opening a profile replays the events
after the last checkpoint. Each checkpoint file records ``through_seq``, the last event it holds.
A fact shard is first written when a fact falls into it; the meta lists the shards written, so a
missing shard is known to be empty, or lost.
"""

from __future__ import annotations

import os
import re
import unicodedata
import zlib
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from factdeck.progress.answer_index import segment_answers, write_index
from factdeck.progress.errors import (
    MAX_PROFILE_NAME,
    InvalidProfileName,
    ProgressError,
    SaveFailed,
)
from factdeck.progress.records import (
    SCHEMA_VERSION,
    Entry,
    Event,
    FactState,
    Meta,
    check_meta,
    meta_checksum,
)
from factdeck.progress.storage import Tables, atomic_write, serialise

LOCK = "lock"
META = "meta.json"
MISSED = "missed.json"
SETTINGS = "settings.json"
SESSIONS = "sessions.json"
LOG_DIR = "log"
FACTS_DIR = "facts"
V1_FILE = "progress.json"
"""The single file of save format 1 (see ``migrate``)."""

SEGMENT_EVENTS = 100
"""Events per log segment: bounds what one answer rewrites (about 70 kB at most)."""
CHECKPOINT_SEGMENTS = 10
"""Segments between checkpoints: bounds what opening a profile replays (about 1,000 events)."""
FACT_SHARDS = 32
"""Fact-state files of a profile (part of save format 2: changing it needs a migration)."""

_SEGMENT = re.compile(r"events-(\d{12})\.json(?:\.bak)?")
"""A log segment's file, or its previous version (the only trace of a segment deleted)."""


def _name_character(character: str, first: bool) -> bool:
    category = unicodedata.category(character)
    if category[0] == "L" or category == "Nd" or character in "-_":
        return True
    return category[0] == "M" and not first  # an accent combining with the letter before it


def normalise_profile_name(name: str) -> str:
    """``name`` in its one stored form (Unicode NFKC, so ``ｍａｒíａ`` and a decomposed ``í``
    are ``maría``), if it keeps :data:`~factdeck.progress.errors.PROFILE_NAME_RULE`.

    Nothing else is allowed (no space, dot, slash or control character), so a name can never
    be a path or lead out of the saves folder.

    Raises:
        InvalidProfileName: it is not.
    """
    if not isinstance(name, str):
        raise InvalidProfileName(str(name))
    normal = unicodedata.normalize("NFKC", name)
    if not 1 <= len(normal) <= MAX_PROFILE_NAME or not all(
        _name_character(character, index == 0) for index, character in enumerate(normal)
    ):
        raise InvalidProfileName(name)
    return normal


def _is_profile_name(name: str) -> bool:
    try:
        return normalise_profile_name(name) == name
    except InvalidProfileName:
        return False


def profile_dir(saves_dir: str | os.PathLike[str], profile: str) -> Path:
    """The folder of ``profile`` inside ``saves_dir``; refuses any name that could leave it.

    The name is normalised (see :func:`normalise_profile_name`). Names that differ only in case
    are one profile (as they are one folder on macOS and Windows): a saved profile whose name
    case-folds the same is the one returned, so "Maria" opens "maria"'s saves everywhere.
    """
    profile = normalise_profile_name(profile)
    base = Path(saves_dir).resolve()
    folded = profile.casefold()
    try:
        existing = [name for name in profile_names(base) if name.casefold() == folded]
    except ProgressError:
        existing = []
    if existing and profile not in existing:
        profile = existing[0]
    target = (base / profile).resolve()
    if target.parent != base:
        raise ProgressError(
            f"The folder of profile {profile!r} leads outside the saves folder {base} "
            f"(to {target}); FactDeck will not use it."
        )
    return target


def profile_names(saves_dir: str | os.PathLike[str]) -> list[str]:
    """The profiles saved in ``saves_dir`` (folders holding saves of any format), sorted."""
    base = Path(saves_dir)
    try:
        entries = list(base.iterdir())
    except FileNotFoundError:
        return []
    except OSError as error:
        raise SaveFailed("list", base, error) from error
    return sorted(
        entry.name
        for entry in entries
        if _is_profile_name(entry.name)
        and entry.is_dir()
        and ((entry / META).exists() or (entry / V1_FILE).exists())
    )


def segment_name(first_seq: int) -> str:
    """The name of a log segment's file, in the log folder."""
    return f"events-{first_seq:012d}.json"


def segment_path(directory: Path, first_seq: int) -> Path:
    return directory / LOG_DIR / segment_name(first_seq)


def list_segments(directory: Path) -> list[int]:
    """The first sequence numbers of the log segments, oldest first; a segment whose file is
    missing but whose ``.bak`` is there counts (opening the profile restores it)."""
    try:
        names = [entry.name for entry in (directory / LOG_DIR).iterdir()]
    except FileNotFoundError:
        return []
    except OSError as error:
        raise SaveFailed("list", directory / LOG_DIR, error) from error
    return sorted({int(m.group(1)) for name in names if (m := _SEGMENT.fullmatch(name))})


def shard_of(fact_id: str, shards: int) -> int:
    """The fact-state file of ``fact_id``: stable across runs and machines."""
    return zlib.crc32(fact_id.encode()) % shards


def shard_path(directory: Path, shard: int) -> Path:
    return directory / FACTS_DIR / f"facts-{shard:03d}.json"


def segment_tables(events: Iterable[tuple[int, Event]]) -> Tables:
    return {"events": {str(seq): event for seq, event in events}}


def shard_tables(facts: Mapping[str, FactState], through_seq: int) -> Tables:
    docs = {
        str(number): {"fact_id": fact_id, "state": facts[fact_id]}
        for number, fact_id in enumerate(sorted(facts), start=1)
    }
    return {"facts": docs, "checkpoint": {"1": {"through_seq": through_seq}}}


def missed_tables(missed: Mapping[str, Entry], through_seq: int) -> Tables:
    entries = sorted(missed.values(), key=lambda entry: entry["answer_id"])
    docs = {str(number): entry for number, entry in enumerate(entries, start=1)}
    return {"missed": docs, "checkpoint": {"1": {"through_seq": through_seq}}}


def meta_tables(meta: Meta) -> Tables:
    """The meta as stored, with the checksum of its content."""
    content = {key: value for key, value in meta.items() if key != "checksum"}
    return {"meta": {"1": {**content, "checksum": meta_checksum(content)}}}


def check_meta_layout(data: Tables) -> None:
    """``check_meta``, and what the meta must say of this layout: its number of fact shards,
    and counters in order (checkpoint ≤ closed ≤ last event; no more answers than events)."""
    check_meta(data)
    meta = data["meta"]["1"]
    if meta["schema_version"] > SCHEMA_VERSION:
        return
    if meta["fact_shards"] != FACT_SHARDS:
        raise ValueError(
            f"fact_shards is {meta['fact_shards']}; this save format has {FACT_SHARDS}"
        )
    if not meta["checkpoint_seq"] <= meta["closed_seq"] <= meta["last_seq"]:
        raise ValueError("its counters are out of order (checkpoint, closed, last event)")
    if meta["closed_answers"] > meta["closed_seq"]:
        raise ValueError("it counts more answers than events")
    started = meta.get("open_seq", 0)
    if not isinstance(started, int) or isinstance(started, bool) or started < 0:
        raise ValueError("open_seq must be a number ≥ 0")
    lost = meta.get("lost", [])
    if not isinstance(lost, list) or not all(
        isinstance(span, list)
        and len(span) == 2
        and all(isinstance(seq, int) and not isinstance(seq, bool) for seq in span)
        for span in lost
    ):
        raise ValueError("lost must list [first, last] answer-log entries")


def live_answer_delta(event: Event) -> int:
    """How an event changes the number of answers: +1 answer, -1 retract, else 0."""
    kind = event["kind"]
    return 1 if kind == "answer" else -1 if kind == "retract" else 0


def apply_effects(
    event: Event,
    facts: list[dict[str, FactState]],
    missed: dict[str, Entry],
    *,
    shards: set[int] | None = None,
    with_missed: bool = True,
) -> tuple[set[int], bool]:
    """Apply an event's absolute effects; returns (shards touched, missed set touched).

    ``shards`` / ``with_missed`` restrict the replay to some files (repairing one of them).
    """
    touched: set[int] = set()
    for fact_id, state in event.get("facts", {}).items():
        shard = shard_of(fact_id, len(facts))
        if shards is not None and shard not in shards:
            continue
        if state is None:
            facts[shard].pop(fact_id, None)
        else:
            facts[shard][fact_id] = state
        touched.add(shard)
    changed = bool(with_missed and event.get("missed"))
    if changed:
        for question_id, entry in event["missed"].items():
            if entry is None:
                missed.pop(question_id, None)
            else:
                missed[question_id] = entry
    return touched, changed


def write_profile(
    directory: Path,
    events: Iterable[Event],
    *,
    settings: Mapping[str, Any] | None = None,
    segment_events: int = SEGMENT_EVENTS,
) -> Meta:
    """Write a complete profile from a list of events in one pass, ``meta.json`` last.

    Used to create new profiles, by migration and by the benchmark (it writes whole segments
    instead of one durable write per event). Everything written is checkpointed. Returns the meta.
    """
    (directory / LOG_DIR).mkdir(parents=True, exist_ok=True)
    (directory / FACTS_DIR).mkdir(exist_ok=True)
    facts: list[dict[str, FactState]] = [{} for _ in range(FACT_SHARDS)]
    missed: dict[str, Entry] = {}
    seq = answers = 0
    segment: list[tuple[int, Event]] = []

    def flush() -> None:
        path = segment_path(directory, segment[0][0])
        atomic_write(path, serialise(segment_tables(segment)), keep_backup=False)
        write_index(path, segment[0][0], segment_answers(segment))
        segment.clear()

    for event in events:
        seq += 1
        segment.append((seq, event))
        apply_effects(event, facts, missed)
        answers += live_answer_delta(event)
        if len(segment) == segment_events:
            flush()
    if segment:
        flush()
    written = [shard for shard, shard_facts in enumerate(facts) if shard_facts]
    for shard in written:
        atomic_write(
            shard_path(directory, shard),
            serialise(shard_tables(facts[shard], seq)),
            keep_backup=False,
        )
    atomic_write(directory / MISSED, serialise(missed_tables(missed, seq)), keep_backup=False)
    # Every file of a profile exists before its meta.json does: a profile killed while being
    # created is then made again whole, and one with a meta never lacks a file it never had.
    atomic_write(
        directory / SETTINGS,
        serialise({"settings": {"1": dict(settings)} if settings else {}}),
        keep_backup=False,
    )
    atomic_write(directory / SESSIONS, serialise({"sessions": {}}), keep_backup=False)
    meta: Meta = {
        "schema_version": SCHEMA_VERSION,
        "created_at": datetime.now(UTC).isoformat(),
        "fact_shards": FACT_SHARDS,
        "shards_written": written,
        "closed_seq": seq,
        "closed_answers": answers,
        "checkpoint_seq": seq,
        "last_seq": seq,
    }
    atomic_write(directory / META, serialise(meta_tables(meta)), keep_backup=False)
    return meta
