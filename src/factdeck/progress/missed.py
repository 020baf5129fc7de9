"""The missed-set rules, as pure functions from the current set to the entries an event changes.

- A wrong answer puts its question in the missed set (or resets the credits it had).
- A right answer to a missed question, or a right answer given with ``review_of=X`` for a missed
  ``X``, gives that entry one credit per session; credits from two different sessions clear it.
- An override ("I was right") regrades the answer as right: if the entry it created is still the
  current one, the entry goes back to what it was before the answer, then gets the credit a right
  answer earns (an entry the answer created is therefore removed).
- A retract puts every entry the answer (and its override) changed back to its earlier value.

Each function returns ``{question_id: new entry or None (removed)}`` for the entries that change.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from factdeck.progress.records import Entry

CREDITS_TO_CLEAR = 2
"""Right answers, each in a different session, that take a question out of the missed set."""

Effects = dict[str, Entry | None]


def _credited(entry: Entry, session_id: str | None) -> Entry | None:
    """``entry`` after a right answer in ``session_id`` (``None``: it leaves the set)."""
    if session_id in entry["sessions"]:
        return entry
    sessions = [*entry["sessions"], session_id]
    if len(sessions) >= CREDITS_TO_CLEAR:
        return None
    return {**entry, "sessions": sessions}


def _credit_into(
    effects: Effects, missed: Mapping[str, Entry], question_id: str, session_id: str | None
) -> None:
    entry = effects[question_id] if question_id in effects else missed.get(question_id)
    if entry is None:
        return
    after = _credited(entry, session_id)
    if after is not entry:
        effects[question_id] = after


def answer_effects(
    missed: Mapping[str, Entry],
    *,
    answer_id: int,
    question_id: str,
    fact_id: str | None,
    correct: bool,
    session_id: str | None,
    review_of: str | None,
    at: str,
) -> Effects:
    """The entries one answer changes."""
    effects: Effects = {}
    if not correct:
        effects[question_id] = {
            "question_id": question_id,
            "fact_id": fact_id,
            "missed_at": at,
            "answer_id": answer_id,
            "sessions": [],
        }
        return effects
    for target in dict.fromkeys((question_id, review_of)):
        if target is not None:
            _credit_into(effects, missed, target, session_id)
    return effects


def override_effects(
    missed: Mapping[str, Entry], *, answer_id: int, answer: Mapping[str, Any]
) -> Effects:
    """The entries that change when a wrong ``answer`` (event ``answer_id``) is regraded right.

    Entries missed again after this answer are left alone: the override speaks only for it.
    """
    effects: Effects = {}
    question_id = answer["question_id"]
    session_id = answer["session_id"]
    current = missed.get(question_id)
    if current is not None and current["answer_id"] == answer_id:
        before = answer.get("missed_before", {}).get(question_id)
        effects[question_id] = None if before is None else _credited(before, session_id)
    review_of = answer["review_of"]
    if review_of is not None and review_of != question_id:
        entry = missed.get(review_of)
        if entry is not None and entry["answer_id"] < answer_id:
            after = _credited(entry, session_id)
            if after is not entry:
                effects[review_of] = after
    return effects


def retract_effects(
    missed: Mapping[str, Entry], changed_by: Iterable[Mapping[str, Any]]
) -> Effects:
    """Put back the entries an answer and its override changed (events oldest first)."""
    restore: Effects = {}
    for event in changed_by:
        for question_id, before in event.get("missed_before", {}).items():
            restore.setdefault(question_id, before)
    return {q: before for q, before in restore.items() if missed.get(q) != before}


def before_values(missed: Mapping[str, Entry], effects: Effects) -> Effects:
    """The current values of the entries ``effects`` is about to change."""
    return {question_id: missed.get(question_id) for question_id in effects}
