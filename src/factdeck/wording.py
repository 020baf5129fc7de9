"""How FactDeck words what it counts, on the command line and in the app alike."""

from __future__ import annotations


def counted(number: int, noun: str) -> str:
    """``"1 fact"``, ``"2 facts"``: ``number`` and ``noun``, plural unless it is one."""
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"
