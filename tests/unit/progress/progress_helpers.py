"""Helpers shared by the progress-store tests."""

from __future__ import annotations

from typing import Any


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
