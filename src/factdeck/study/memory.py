"""The memory of one fact: its FSRS card, shared by every question form, and its study flags.

Stored by the progress store as an opaque JSON dict (:meth:`FactMemory.to_dict`)::

    {"card": fsrs Card.to_dict(), "lapses": int, "leech": bool, "suspended": bool,
     "buried_until": "YYYY-MM-DD" | None, "flagged_wrong": bool, "flag_note": str | None,
     "introduced": "YYYY-MM-DD" | None, "introduced_by_quiz": bool}

``introduced`` (the study day of the fact's first graded answer, in any mode) extends the dict
described in the team contract; it is what the daily new-fact limit counts, unless
``introduced_by_quiz`` says that first answer came from a quiz or a review: like Anki's filtered
decks, those do not spend the flashcards' new-fact allowance. Missing keys read as their
defaults, so older dicts load.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from fsrs import Card

LEECH_LAPSES = 8
"""A fact forgotten this many times (after it had been learned) becomes a leech and is suspended."""


def card_id_for(fact_id: str) -> int:
    """A stable card id for a fact: the same on every run and machine, below 2**53."""
    digest = hashlib.blake2b(fact_id.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big") >> 11


@dataclass(frozen=True)
class FactMemory:
    """What the learner remembers of one fact, and how it takes part in study."""

    card: Card
    """The FSRS card (``card_id`` from :func:`card_id_for`)."""
    lapses: int = 0
    """Times the fact was forgotten while in the Review state."""
    leech: bool = False
    """Forgotten :data:`LEECH_LAPSES` times; stays marked after being unsuspended."""
    suspended: bool = False
    """Left out of the flashcard queue until unsuspended."""
    buried_until: date | None = None
    """Left out of the flashcard queue until this study day begins."""
    flagged_wrong: bool = False
    """The learner reported the fact's questions as wrong: left out of every mode."""
    flag_note: str | None = None
    introduced: date | None = None
    """The study day of the first graded answer; None while the fact is new."""
    introduced_by_quiz: bool = False
    """The first graded answer came from a quiz or review (it spent no new-fact allowance)."""

    @classmethod
    def new(cls, fact_id: str, now: datetime) -> FactMemory:
        """A fact never studied, due ``now``."""
        return cls(card=Card(card_id=card_id_for(fact_id), due=now))

    @property
    def is_new(self) -> bool:
        """Never answered in any mode."""
        return self.card.last_review is None

    def is_buried(self, today: date) -> bool:
        return self.buried_until is not None and today < self.buried_until

    def to_dict(self) -> dict[str, Any]:
        return {
            "card": dict(self.card.to_dict()),
            "lapses": self.lapses,
            "leech": self.leech,
            "suspended": self.suspended,
            "buried_until": self.buried_until.isoformat() if self.buried_until else None,
            "flagged_wrong": self.flagged_wrong,
            "flag_note": self.flag_note,
            "introduced": self.introduced.isoformat() if self.introduced else None,
            "introduced_by_quiz": self.introduced_by_quiz,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FactMemory:
        buried = data.get("buried_until")
        introduced = data.get("introduced")
        return cls(
            card=Card.from_dict(data["card"]),
            lapses=int(data.get("lapses", 0)),
            leech=bool(data.get("leech", False)),
            suspended=bool(data.get("suspended", False)),
            buried_until=date.fromisoformat(buried) if buried else None,
            flagged_wrong=bool(data.get("flagged_wrong", False)),
            flag_note=data.get("flag_note"),
            introduced=date.fromisoformat(introduced) if introduced else None,
            introduced_by_quiz=bool(data.get("introduced_by_quiz", False)),
        )
