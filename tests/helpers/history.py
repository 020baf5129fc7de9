"""Histories for the statistics (answers and fact memories), written as briefly as a test
needs them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import fields
from typing import Any

from factdeck.progress import AnswerColumns
from factdeck.progress.records import utc_micros
from factdeck.study.stats import StatsMemory

_DEFAULTS: dict[str, Any] = {
    "fact_id": None,
    "mode": "flashcard",
    "given": None,
    "seconds": 1.0,
    "timed_out": False,
    "near_miss": False,
    "override": False,
    "rating": None,
    "session_id": None,
    "review_of": None,
}


def answer_columns(answers: Iterable[object]) -> AnswerColumns:
    """The columns of ``answers``: objects with ``question_id``, ``correct`` and ``at`` (a
    timezone-aware datetime) and any other fields of an ``AnswerRecord``; a missing field takes
    a plain default (a flashcard answer of one second, no fact, no session), and a missing
    ``id`` the answer's place, from 1."""
    given = list(answers)
    lists: dict[str, list[Any]] = {field.name: [] for field in fields(AnswerColumns)}
    for number, answer in enumerate(given, start=1):
        for name, column in lists.items():
            if name == "at_us":
                column.append(utc_micros(getattr(answer, "at")))  # noqa: B009
            elif name == "id":
                column.append(getattr(answer, "id", number))
            elif name in _DEFAULTS:
                column.append(getattr(answer, name, _DEFAULTS[name]))
            else:
                column.append(getattr(answer, name))
    return AnswerColumns(**lists)


def stats_memories(saved: Mapping[str, Mapping[str, object]]) -> dict[str, StatsMemory]:
    """Saved memory dicts by fact id, as the statistics read them."""
    return {fact_id: StatsMemory.from_stored(memory) for fact_id, memory in saved.items()}
