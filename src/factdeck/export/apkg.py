"""Anki packages (.apkg) built with genanki: one note per fact, stable ids, identical bytes.

Ids are derived, never random, so exporting again updates the notes already in Anki:
- the note type's id comes from a fixed name (one FactDeck note type for every deck),
- the deck's id from the deck name,
- each note's GUID from the deck name and the fact id.

Every note carries the same modification time, which the caller passes in (``factdeck export``
uses the bank file's modification time). The same bank and time give byte-identical packages;
a rebuilt bank is newer, and Anki's importer updates notes whose incoming copy is newer.
"""

from __future__ import annotations

import hashlib
import html
import io
import itertools
import json
import sqlite3
import zipfile
from datetime import datetime
from pathlib import Path

import genanki

from factdeck.bank import Bank
from factdeck.export.cards import FactCard, fact_cards
from factdeck.files import write_atomically

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


def anki_package_bytes(bank: Bank, *, modified: datetime) -> bytes:
    """The .apkg file for ``bank``; every note's modification time is ``modified``."""
    note_type = _note_type()
    deck = genanki.Deck(stable_id("factdeck-deck", bank.deck), bank.deck)
    for card in fact_cards(bank):
        deck.add_note(
            genanki.Note(
                model=note_type,
                fields=note_fields(card),
                tags=sorted({_tag(topic) for topic in card.topics if topic.strip()}),
                guid=note_guid(bank.deck, card.fact_id),
            )
        )
    timestamp = int(modified.timestamp())
    connection = sqlite3.connect(":memory:")
    try:
        cursor = connection.cursor()
        genanki.Package(deck).write_to_db(cursor, timestamp, itertools.count(timestamp * 1000))
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


def write_anki_package(bank: Bank, path: Path, *, modified: datetime) -> int:
    """Write the bank's .apkg to ``path`` atomically; returns the number of notes."""
    write_atomically(path, anki_package_bytes(bank, modified=modified))
    return len(bank.fact_ids)
