"""Anki packages (.apkg) built with genanki: one note per fact, stable ids, identical bytes.

Ids are derived, never random, so exporting again updates the notes already in Anki:
- the note type's id comes from a fixed name (one FactDeck note type for every deck),
- the deck's id from the deck name,
- each note's GUID from the deck name and the fact id.

Every note carries the same modification time, which the caller passes in (``factdeck export``
uses the bank file's modification time). The same bank and time give byte-identical packages;
a rebuilt bank is newer, and Anki's importer updates notes whose incoming copy is newer.

With a learner's :class:`Progress`, each studied fact's card carries its schedule as Anki keeps
one, so importing with "Import any learning progress" keeps it:

- the card's type and queue (learning, review, relearning; suspended stays suspended), its due
  date (a review's as a day number counted from the collection's creation, which is set to the
  start of the export's study day, as Anki shifts such dates by the days between collections;
  a learning step's as a time), interval, repetitions and lapses;
- its FSRS memory in the card's ``data`` (``{"s": stability, "d": difficulty, "dr": desired
  retention}``, what Anki stores for a card it schedules with FSRS);
- one review-log entry per answer that moved the schedule (flashcards, quizzes, reviews; not
  studying ahead), with its rating, time taken, kind (learn, review, relearn) and intervals
  (replayed through the scheduler), from which Anki can also recompute the memory.

A leech gets Anki's ``leech`` tag.
"""

from __future__ import annotations

import hashlib
import html
import io
import itertools
import json
import sqlite3
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import genanki
from fsrs import Rating, State

from factdeck.bank import Bank
from factdeck.export.cards import FactCard, fact_cards
from factdeck.files import write_atomically
from factdeck.progress import AnswerRecord
from factdeck.study.memory import FactMemory
from factdeck.study.quiz import OVERRIDE_RATING
from factdeck.study.scheduler import StudyScheduler

NOTE_TYPE_NAME = "FactDeck fact"
FIELDS = ("Front", "Back", "Explanation", "Source")

_FRONT = '<div class="front">{{Front}}</div>'
_BACK = (
    "{{FrontSide}}\n<hr id=answer>\n"
    '<div class="back">{{Back}}</div>\n'
    '{{#Explanation}}<div class="explanation">{{Explanation}}</div>{{/Explanation}}\n'
    '{{#Source}}<div class="source">{{Source}}</div>{{/Source}}'
)
_CSS = """\
.card { font-family: sans-serif; font-size: 20px; text-align: center; }
.back { font-weight: bold; }
.explanation { margin-top: 1em; font-size: 16px; }
.source { margin-top: 1em; font-size: 13px; color: #777; }
"""
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
"""The date written into the package's zip entries: fixed, so equal inputs give equal bytes."""


MAX_ANSWER_MS = 60_000
"""The longest answer time written to the review log (Anki's default cap, 60 s)."""

LEECH_TAG = "leech"
"""The tag Anki gives a leech."""


@dataclass(frozen=True)
class Progress:
    """A learner's progress on the deck, exported as Anki scheduling."""

    memories: Mapping[str, FactMemory]
    """Fact id → its memory (facts never answered may be missing)."""
    answers: Sequence[AnswerRecord]
    """The answer log, in any order."""
    scheduler: StudyScheduler
    """The learner's scheduler (settings and time zone), for study days and the replay."""
    now: datetime
    """The moment of the export (UTC): "today" for due dates."""


@dataclass(frozen=True)
class _Schedule:
    """One card's scheduling columns, as Anki stores them."""

    type: int
    queue: int
    due: int
    ivl: int
    reps: int
    lapses: int
    left: int
    data: str


_ANKI_TYPE = {State.Learning: 1, State.Review: 2, State.Relearning: 3}
_REVLOG_KIND = {State.Learning: 0, State.Review: 1, State.Relearning: 2}
_QUEUE_SUSPENDED = -1
_QUEUE_LEARNING, _QUEUE_REVIEW, _QUEUE_DAY_LEARNING = 1, 2, 3


def _ease(answer: AnswerRecord) -> Rating:
    """The rating an answer gave the scheduler."""
    if answer.override:
        return OVERRIDE_RATING
    if answer.rating is not None:
        return Rating(answer.rating)
    return Rating.Good if answer.correct else Rating.Again


def _interval(progress: Progress, memory: FactMemory, at: datetime) -> int:
    """Anki's interval after an answer at ``at``: days for a review card, else minus the
    seconds until the next step."""
    due = memory.card.due
    if memory.card.state == State.Review:
        scheduler = progress.scheduler
        return max(1, (scheduler.today(due) - scheduler.today(at)).days)
    return -max(1, round((due - at).total_seconds()))


def _schedule(progress: Progress, memory: FactMemory, reps: int, last_ivl: int) -> _Schedule:
    scheduler = progress.scheduler
    card = memory.card
    today = scheduler.today(progress.now)
    days_until_due = (scheduler.today(card.due) - today).days
    if card.state == State.Review:
        queue, due = _QUEUE_REVIEW, days_until_due
    elif card.due < scheduler.day_end(progress.now):
        queue, due = _QUEUE_LEARNING, int(card.due.timestamp())
    else:
        queue, due = _QUEUE_DAY_LEARNING, days_until_due
    if memory.suspended or memory.flagged_wrong:
        queue = _QUEUE_SUSPENDED
    memory_state = {
        "s": round(card.stability or 0.0, 4),
        "d": round(card.difficulty or 0.0, 4),
        "dr": scheduler.settings.desired_retention,
    }
    if card.state == State.Review:
        # The interval the last answer gave (replayed), else the one the card's dates span.
        last_review = card.last_review or card.due
        ivl = (
            last_ivl
            if last_ivl > 0
            else (scheduler.today(card.due) - scheduler.today(last_review)).days
        )
        ivl = max(1, ivl)
    else:
        ivl = 1 if card.state == State.Relearning else 0
    return _Schedule(
        type=_ANKI_TYPE[card.state],
        queue=queue,
        due=due,
        ivl=ivl,
        reps=reps,
        lapses=memory.lapses,
        left=0 if card.state == State.Review else 1,
        data=json.dumps(memory_state, separators=(",", ":")),
    )


def _write_progress(
    cursor: sqlite3.Cursor, progress: Progress, cards_of: Mapping[str, int]
) -> None:
    """Give each studied fact's card its schedule, and write the review log."""
    scheduler = progress.scheduler
    day_begin = scheduler.day_begin(progress.now)
    (conf,) = cursor.execute("SELECT conf FROM col").fetchone()
    # Anki reads a collection without "schedVer" as its first scheduler's, and converts the
    # learning answers of the log to its later buttons on import (Good would become Easy).
    conf = json.dumps({**json.loads(conf), "schedVer": 2})
    cursor.execute("UPDATE col SET crt = ?, conf = ?", (int(day_begin.timestamp()), conf))
    logged: dict[str, list[AnswerRecord]] = {}
    for answer in sorted(progress.answers, key=lambda a: a.at):
        fact_id = answer.fact_id
        if fact_id is not None and fact_id in cards_of and answer.mode != "cram":
            logged.setdefault(fact_id, []).append(answer)
    used_ids: set[int] = set()
    for fact_id, card_id in cards_of.items():
        memory = progress.memories.get(fact_id)
        if memory is None:
            continue
        if memory.is_new:
            if memory.suspended or memory.flagged_wrong:
                cursor.execute(
                    "UPDATE cards SET queue = ? WHERE id = ?", (_QUEUE_SUSPENDED, card_id)
                )
            continue
        answers = logged.get(fact_id, [])
        replay = FactMemory.new(fact_id, answers[0].at) if answers else None
        last_ivl = 0
        for answer in answers:
            assert replay is not None
            kind = _REVLOG_KIND.get(replay.card.state, 0) if not replay.is_new else 0
            ease = _ease(answer)
            replay = scheduler.review(replay, ease, answer.at)
            ivl = _interval(progress, replay, answer.at)
            entry_id = int(answer.at.timestamp() * 1000)
            while entry_id in used_ids:
                entry_id += 1
            used_ids.add(entry_id)
            factor = 0 if kind == 0 else 2500
            time_ms = min(MAX_ANSWER_MS, round(answer.seconds * 1000))
            cursor.execute(
                "INSERT INTO revlog VALUES (?, ?, -1, ?, ?, ?, ?, ?, ?)",
                (entry_id, card_id, int(ease), ivl, last_ivl, factor, time_ms, kind),
            )
            last_ivl = ivl
        schedule = _schedule(progress, memory, len(answers), last_ivl)
        cursor.execute(
            "UPDATE cards SET type = ?, queue = ?, due = ?, ivl = ?, factor = 2500, reps = ?,"
            " lapses = ?, left = ?, data = ? WHERE id = ?",
            (
                schedule.type,
                schedule.queue,
                schedule.due,
                schedule.ivl,
                schedule.reps,
                schedule.lapses,
                schedule.left,
                schedule.data,
                card_id,
            ),
        )


def stable_id(*parts: str) -> int:
    """An Anki object id from text: in [2**30, 2**31), the range genanki recommends."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).digest()
    return (1 << 30) + int.from_bytes(digest[:4], "big") % (1 << 30)


def note_guid(deck_name: str, fact_id: str) -> str:
    """The GUID of a fact's note: the same fact in the same deck is the same note in Anki."""
    return str(genanki.guid_for("factdeck", deck_name, fact_id))


def _html(text: str) -> str:
    return html.escape(text, quote=False).replace("\n", "<br>")


def note_fields(card: FactCard) -> list[str]:
    """The note's fields (Front, Back, Explanation, Source) as Anki HTML, all text escaped."""
    source = f"{card.document}: “{card.quote}”"
    return [_html(card.front), _html(card.back), _html(card.explanation), _html(source)]


def _tag(topic: str) -> str:
    """Anki tags cannot hold spaces: "Cold War" becomes "Cold_War"."""
    return "_".join(topic.split())


def _note_type() -> genanki.Model:
    return genanki.Model(
        stable_id("factdeck-note-type", NOTE_TYPE_NAME),
        NOTE_TYPE_NAME,
        fields=[{"name": name} for name in FIELDS],
        templates=[{"name": "Fact", "qfmt": _FRONT, "afmt": _BACK}],
        css=_CSS,
    )


def anki_package_bytes(
    bank: Bank, *, modified: datetime, progress: Progress | None = None
) -> bytes:
    """The .apkg file for ``bank``; every note's modification time is ``modified``. With
    ``progress``, studied facts carry their schedule and review log (see the module notes)."""
    note_type = _note_type()
    deck = genanki.Deck(stable_id("factdeck-deck", bank.deck), bank.deck)
    memories = progress.memories if progress is not None else {}
    for card in fact_cards(bank):
        tags = {_tag(topic) for topic in card.topics if topic.strip()}
        memory = memories.get(card.fact_id)
        if memory is not None and memory.leech:
            tags.add(LEECH_TAG)
        deck.add_note(
            genanki.Note(
                model=note_type,
                fields=note_fields(card),
                tags=sorted(tags),
                guid=note_guid(bank.deck, card.fact_id),
            )
        )
    timestamp = int(modified.timestamp())
    connection = sqlite3.connect(":memory:")
    try:
        cursor = connection.cursor()
        genanki.Package(deck).write_to_db(cursor, timestamp, itertools.count(timestamp * 1000))
        if progress is not None:
            fact_of_guid = {note_guid(bank.deck, fact_id): fact_id for fact_id in bank.fact_ids}
            rows = cursor.execute(
                "SELECT cards.id, notes.guid FROM cards JOIN notes ON notes.id = cards.nid"
            ).fetchall()
            _write_progress(cursor, progress, {fact_of_guid[g]: cid for cid, g in rows})
        connection.commit()
        collection = connection.serialize()
    finally:
        connection.close()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        for name, data in (("collection.anki2", collection), ("media", json.dumps({}).encode())):
            entry = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            package.writestr(entry, data)
    return buffer.getvalue()


def write_anki_package(
    bank: Bank, path: Path, *, modified: datetime, progress: Progress | None = None
) -> int:
    """Write the bank's .apkg to ``path`` atomically; returns the number of notes."""
    write_atomically(path, anki_package_bytes(bank, modified=modified, progress=progress))
    return len(bank.fact_ids)


def studied_facts(bank: Bank, progress: Progress) -> int:
    """How many of the bank's facts the progress gives a schedule."""
    return sum(
        1
        for fact_id in bank.fact_ids
        if (memory := progress.memories.get(fact_id)) is not None and not memory.is_new
    )
