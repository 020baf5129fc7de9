"""The missed-set rules.

The missed set is, by definition, what these rules give when run over the answers still standing,
in order, with overridden answers counted as right:

- a wrong answer counts against the question it was about: ``review_of`` when given (review asks
  a missed question in another form), else its own question. That question joins the set (or its
  credits restart); the form shown in review is left as it was. (Restarting the form shown only
  when it happened to be missed already would make an entry depend on answers before its streak,
  which an override or undo of those answers could not follow.)
- a right answer to a missed question, or a right answer given with ``review_of=X`` for a missed
  ``X``, gives that entry one credit per session; credits from two different sessions clear it.

So an override ("I was right") removes the entry its answer created, and an undone answer's
effects disappear, even when other answers touched the same question in between. To get there
without rereading the history, each entry keeps its *trail*: the answers that touched it since
its current streak began (``[answer_id, counted right, session_id, at]``). Overrides and undos
edit the trail and fold it again; an answer that cleared an entry keeps the entry as it was
before, so undoing that answer can bring it back.

Each function returns ``{question_id: new entry or None (removed)}`` for the entries that change.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from factdeck.progress.records import Entry, Event, Step

CREDITS_TO_CLEAR = 2
"""Right answers, each in a different session, that take a question out of the missed set."""

Effects = dict[str, Entry | None]


def fold(question_id: str, fact_id: str | None, trail: list[Step]) -> Entry | None:
    """The entry a trail leads to (``None``: not missed), with the trail trimmed to its streak."""
    missed: tuple[int, str, list[str | None]] | None = None  # answer_id, missed_at, sessions
    start = 0
    for index, (answer_id, right, session_id, at) in enumerate(trail):
        if not right:
            if missed is None:
                start = index
            missed = (answer_id, at, [])
        elif missed is not None and session_id not in missed[2]:
            missed[2].append(session_id)
            if len(missed[2]) >= CREDITS_TO_CLEAR:
                missed = None
    if missed is None:
        return None
    answer_id, missed_at, sessions = missed
    return {
        "question_id": question_id,
        "fact_id": fact_id,
        "answer_id": answer_id,
        "missed_at": missed_at,
        "sessions": sessions,
        "trail": [list(step) for step in trail[start:]],
    }


def _targets(question_id: str, review_of: str | None) -> list[str]:
    return list(dict.fromkeys(q for q in (question_id, review_of) if q is not None))


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
    step: Step = [answer_id, correct, session_id, at]
    effects: Effects
    if not correct:
        about = review_of if review_of is not None else question_id
        current = missed.get(about)
        trail = current["trail"] if current else []
        fact = (
            fact_id
            if current is None or (fact_id is not None and review_of is None)
            else current["fact_id"]
        )
        effects = {about: fold(about, fact, [*trail, step])}
        if about != question_id:
            # Unchanged, but named so the answer's "before" values hold it: undoing the answer
            # after an override that credited (or cleared) this entry must put it back.
            effects[question_id] = missed.get(question_id)
        return effects
    effects = {}
    for target in _targets(question_id, review_of):
        current = missed.get(target)
        if current is not None:
            effects[target] = fold(target, current["fact_id"], [*current["trail"], step])
    return effects


def _regraded(entry: Entry, answer: Event) -> Entry | None:
    """``entry`` with ``answer`` counted right (``entry`` itself when that changes nothing)."""
    answer_id = answer["answer_id"]
    trail = entry["trail"]
    if any(step[0] == answer_id for step in trail):
        trail = [[s[0], s[1] or s[0] == answer_id, s[2], s[3]] for s in trail]
    elif trail and trail[0][0] < answer_id:
        step = [answer_id, True, answer["session_id"], answer["answered_at"]]
        trail = sorted([*trail, step], key=lambda s: int(s[0]))
    else:
        return entry  # the answer came before this streak: regrading it changes nothing now
    return fold(entry["question_id"], entry["fact_id"], trail)


def override_effects(missed: Mapping[str, Entry], override: Event) -> Effects:
    """The entries that change when the answer an ``override`` event names is counted right.

    The event carries the answer's ``answer_id``, ``question_id``, ``review_of``, ``session_id``
    and ``answered_at``.
    """
    effects: Effects = {}
    for target in _targets(override["question_id"], override["review_of"]):
        current = missed.get(target)
        if current is not None:
            after = _regraded(current, override)
            if after is not current:
                effects[target] = after
    return effects


def retract_effects(
    missed: Mapping[str, Entry],
    answer_id: int,
    answer: Event,
    later_overrides: Iterable[Event],
) -> Effects:
    """The entries that change when the latest standing answer is undone.

    ``later_overrides`` are the override events of *other* answers made after this one (oldest
    first): they are applied again to an entry this answer had cleared and that comes back.
    """
    effects: Effects = {}
    overrides = list(later_overrides)
    for target in _targets(answer["question_id"], answer["review_of"]):
        current = missed.get(target)
        if current is not None:
            if any(step[0] == answer_id for step in current["trail"]):
                trail = [step for step in current["trail"] if step[0] != answer_id]
                effects[target] = fold(target, current["fact_id"], trail)
            continue
        restored: Entry | None = answer.get("missed_before", {}).get(target)
        for override in overrides:
            if restored is not None and target in _targets(
                override["question_id"], override["review_of"]
            ):
                restored = _regraded(restored, override)
        if restored is not None:
            effects[target] = restored
    return effects


def before_values(missed: Mapping[str, Entry], effects: Effects) -> Effects:
    """The current values of the entries ``effects`` is about to change."""
    return {question_id: missed.get(question_id) for question_id in effects}
