"""Review of missed questions: each shown in another question form of the same fact.

The progress store keeps the missed set and clears an entry after two right answers in two
different sessions; this module only decides what to show for each entry.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from factdeck.bank import Question
from factdeck.progress import MissedEntry


@dataclass(frozen=True)
class ReviewItem:
    """A missed question, and the question form to ask it as."""

    missed: MissedEntry
    question: Question
    """Another form of the same fact where one exists (a different type first), else the
    missed question itself. Successive occasions rotate through the other forms."""

    @property
    def review_of(self) -> str:
        """The missed question id, passed as ``review_of`` when recording the answer."""
        return self.missed.question_id


def review_form(missed: Question, forms: Sequence[Question], credits: int) -> Question:
    """The form to ask a missed question as, given every form of its fact and its credits."""
    others = [q for q in forms if q.id != missed.id]
    if not others:
        return missed
    others.sort(key=lambda q: q.type == missed.type)  # stable: other types first, bank order
    return others[credits % len(others)]


def review_items(
    missed: Iterable[MissedEntry],
    question: Callable[[str], Question | None],
    forms_of_fact: Mapping[str, Sequence[Question]],
    hidden_facts: Iterable[str] = (),
) -> list[ReviewItem]:
    """Review items for the missed set, oldest miss first.

    Questions no longer in the bank (``question`` returns None) and facts in ``hidden_facts``
    (flagged as wrong) are left out; their history stays in the store.
    """
    hidden = set(hidden_facts)
    items = []
    for entry in sorted(missed, key=lambda e: (e.missed_at, e.question_id)):
        asked = question(entry.question_id)
        if asked is None or asked.fact_id in hidden:
            continue
        form = review_form(asked, forms_of_fact.get(asked.fact_id, ()), entry.credits)
        items.append(ReviewItem(missed=entry, question=form))
    return items
