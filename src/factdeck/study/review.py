"""Review of missed questions: each shown in another question form of the same fact.

The progress store keeps the missed set and clears an entry after two right answers in two
different sessions; this module only decides what to show for each entry.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from factdeck.bank import Question, QuestionType, TrueFalseQuestion
from factdeck.progress import MissedEntry


@dataclass(frozen=True)
class ReviewItem:
    """A missed question, and the question form to ask it as."""

    missed: MissedEntry
    question: Question
    """Another form of the same fact where one exists (see :func:`review_form`), else the
    missed question itself."""

    @property
    def review_of(self) -> str:
        """The missed question id, passed as ``review_of`` when recording the answer."""
        return self.missed.question_id


PREFERENCE = (
    QuestionType.TYPED,
    QuestionType.NUMBER,
    QuestionType.MULTIPLE_CHOICE,
    QuestionType.ORDERING,
    QuestionType.TRUE_FALSE,
)
"""Review asks the forms that make the learner recall the answer first, guessable ones last."""

RECALL = frozenset(PREFERENCE[:3])


def gives_answer_away(question: Question) -> bool:
    """A true/false question whose statement is true: reading it is reading the fact."""
    return isinstance(question, TrueFalseQuestion) and question.answer


def review_form(missed: Question, forms: Sequence[Question], credits: int) -> Question:
    """The form to ask a missed question as, given every form of its fact and its credits.

    Forms that give the answer away are never chosen (the missed question itself is asked
    instead); the others go in :data:`PREFERENCE` order, a different type before the missed
    question's own, then bank order. Successive occasions (``credits``) rotate through the recall
    forms (typed, number, multiple choice) when there are any, else through the rest.
    """
    others = [q for q in forms if q.id != missed.id and not gives_answer_away(q)]
    if not others:
        return missed
    others.sort(key=lambda q: (PREFERENCE.index(q.type), q.type == missed.type))
    pool = [q for q in others if q.type in RECALL] or others
    return pool[credits % len(pool)]


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
