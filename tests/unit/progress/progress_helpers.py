"""Helpers shared by the progress-store tests."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from factdeck.progress import ProgressStore


def memory(n: int) -> dict[str, Any]:
    """A fact memory shaped like the study code's, told apart by ``n``."""
    return {
        "card": {
            "card_id": n,
            "state": 2,
            "stability": 1.5 + n,
            "due": "2030-01-01T00:00:00+00:00",
        },
        "lapses": 0,
        "leech": False,
        "suspended": False,
        "buried_until": None,
        "flagged_wrong": False,
        "flag_note": None,
    }


def record_numbered(store: ProgressStore, answers: int, start: int = 1) -> None:
    """Record answers ``start``, ``start + 1``, ...: four questions of three facts, every
    second one right, each told apart by its number (``given {i}``, ``memory(i)``)."""
    for i in range(start, start + answers):
        store.record_answer(
            f"q{i % 4}",
            i % 2 == 0,
            "quiz",
            float(i),
            fact_id=f"f{i % 3}",
            given=f"given {i}",
            fact_state=memory(i),
        )
