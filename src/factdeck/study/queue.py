"""Today's flashcard queue, built from the fact memories alone (never from the answer log).

Order: learning cards that are due, then reviews due today (soonest first, up to the daily review
cap), then new facts in bank order (up to the daily new limit), then learning cards due within
:data:`LEARN_AHEAD` when nothing else is left. Suspended, buried and flagged facts are left out,
and so are facts no longer in the bank (the caller passes the bank's fact ids).

The daily limits count what today already used: facts first answered today in flashcards count
as new, other facts answered today count as reviews. A fact first answered in a quiz or review
counts as neither that day: like Anki's filtered decks, quizzes spend none of the flashcards'
allowances (the fact still comes back, scheduled by its quiz answer).

Siblings are buried for the day, as Anki buries the other cards of a note: facts taken from the
same sentence (see :func:`sibling_groups`) give each other's answers away, so once one of them
was answered today, the others that are new or due for review wait until the next study day
(learning cards are not held back, as in Anki).
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from fsrs import State

from factdeck.bank import Bank, Question, QuestionType
from factdeck.study.memory import FactMemory
from factdeck.study.scheduler import StudyScheduler

LEARN_AHEAD = timedelta(minutes=20)
"""When nothing else is left, learning cards due this soon are shown early (as Anki does)."""

FRONT_PREFERENCE = (
    QuestionType.TYPED,
    QuestionType.NUMBER,
    QuestionType.MULTIPLE_CHOICE,
    QuestionType.TRUE_FALSE,
    QuestionType.ORDERING,
)
"""Which question form of a fact becomes its flashcard front, best first."""


class CardKind(StrEnum):
    NEW = "new"
    LEARNING = "learning"
    REVIEW = "review"


@dataclass(frozen=True)
class QueueItem:
    """One fact waiting in the queue."""

    fact_id: str
    kind: CardKind
    due: datetime | None
    """When its card is due (None for a new fact)."""


@dataclass(frozen=True)
class QueueCounts:
    """What is left today: the numbers shown beside the flashcards."""

    new: int
    learning: int
    """Learning cards due before the study day ends (some may not be due yet)."""
    review: int

    @property
    def total(self) -> int:
        return self.new + self.learning + self.review


@dataclass(frozen=True)
class StudyQueue:
    """The flashcards to show now, in order, with today's counts."""

    items: tuple[QueueItem, ...]
    counts: QueueCounts
    next_due: datetime | None
    """When the next card not in ``items`` becomes available (None: no other card at all)."""

    @property
    def next(self) -> QueueItem | None:
        """The card to show now, or None when nothing is due."""
        return self.items[0] if self.items else None


def is_hidden(memory: FactMemory, today: date) -> bool:
    """Left out of study: suspended, buried until a later day, or flagged as wrong."""
    buried = memory.buried_until
    return memory.suspended or memory.flagged_wrong or (buried is not None and today < buried)


def sibling_groups(bank: Bank) -> dict[str, str]:
    """Fact id → its sentence (document and quote, spacing ignored), for facts that share their
    sentence with another fact of ``bank``; a fact alone in its sentence is left out."""
    sentence: dict[str, tuple[str, str]] = {}
    for fact in bank.facts:
        sentence[fact.id] = (fact.source.document, " ".join(fact.source.quote.split()))
    for question in bank.questions:
        source = question.source
        sentence.setdefault(question.fact_id, (source.document, " ".join(source.quote.split())))
    sizes = Counter(sentence.values())
    return {
        fact_id: f"{document}\n{quote}"
        for fact_id, (document, quote) in sentence.items()
        if sizes[(document, quote)] > 1
    }


def _sentences_answered(
    fact_ids: Iterable[str],
    memories: Mapping[str, FactMemory],
    siblings: Mapping[str, str],
    day_begin: datetime,
) -> dict[str, set[str]]:
    """Sentence → the facts of it answered since ``day_begin``."""
    answered: dict[str, set[str]] = {}
    for fact_id in fact_ids:
        sentence = siblings.get(fact_id)
        memory = memories.get(fact_id)
        if sentence is None or memory is None:
            continue
        last_review = memory.card.last_review
        if last_review is not None and last_review >= day_begin:
            answered.setdefault(sentence, set()).add(fact_id)
    return answered


def build_queue(
    fact_ids: Iterable[str],
    memories: Mapping[str, FactMemory],
    scheduler: StudyScheduler,
    now: datetime,
    siblings: Mapping[str, str] | None = None,
) -> StudyQueue:
    """Today's queue for the bank's facts (``fact_ids``, in bank order) at ``now``.

    ``siblings`` (from :func:`sibling_groups`) buries a fact for the day once another fact of
    its sentence was answered today; None buries nothing.
    """
    today = scheduler.today(now)
    day_begin = scheduler.day_begin(now)
    day_end = scheduler.day_end(now)
    settings = scheduler.settings
    fact_ids = list(fact_ids)
    siblings = siblings or {}
    answered_today = _sentences_answered(fact_ids, memories, siblings, day_begin)

    def sibling_answered(fact_id: str) -> bool:
        sentence = siblings.get(fact_id)
        answered = answered_today.get(sentence, ()) if sentence is not None else ()
        return any(other != fact_id for other in answered)

    new: list[str] = []
    learning_now: list[tuple[datetime, str]] = []
    learning_later: list[tuple[datetime, str]] = []
    reviews: list[tuple[datetime, str]] = []
    new_done = reviews_done = 0
    later: list[datetime] = []
    first_later_review: datetime | None = None
    buried_siblings = False
    for fact_id in fact_ids:
        memory = memories.get(fact_id)
        if memory is None:
            if sibling_answered(fact_id):
                buried_siblings = True
            else:
                new.append(fact_id)
            continue
        card = memory.card
        last_review = card.last_review
        if memory.introduced == today:
            new_done += not memory.introduced_by_quiz
        elif last_review is not None and last_review >= day_begin:
            reviews_done += 1
        if is_hidden(memory, today):
            continue
        if (last_review is None or card.state == State.Review) and sibling_answered(fact_id):
            buried_siblings = True
            continue
        due = card.due
        if last_review is None:
            new.append(fact_id)
        elif card.state == State.Review:
            if due < day_end:
                reviews.append((due, fact_id))
            elif first_later_review is None or due < first_later_review:
                first_later_review = due
        elif due <= now:
            learning_now.append((due, fact_id))
        elif due < day_end:
            learning_later.append((due, fact_id))
        else:
            later.append(due)

    if first_later_review is not None:  # a review becomes available when its study day begins
        later.append(scheduler.day_begin(first_later_review))
    review_quota = max(0, settings.reviews_per_day - reviews_done)
    new_quota = max(0, settings.new_per_day - new_done)
    if len(reviews) > review_quota or len(new) > new_quota or buried_siblings:
        later.append(day_end)
    learning_later.sort()
    ahead = [entry for entry in learning_later if entry[0] <= now + LEARN_AHEAD]
    later += [due for due, _ in learning_later[len(ahead) :]]
    items = (
        *(QueueItem(f, CardKind.LEARNING, due) for due, f in sorted(learning_now)),
        *(QueueItem(f, CardKind.REVIEW, due) for due, f in heapq.nsmallest(review_quota, reviews)),
        *(QueueItem(f, CardKind.NEW, None) for f in new[:new_quota]),
        *(QueueItem(f, CardKind.LEARNING, due) for due, f in ahead),
    )
    counts = QueueCounts(
        new=min(len(new), new_quota),
        learning=len(learning_now) + len(learning_later),
        review=min(len(reviews), review_quota),
    )
    return StudyQueue(items=items, counts=counts, next_due=min(later, default=None))


def cram_queue(
    fact_ids: Iterable[str],
    memories: Mapping[str, FactMemory],
    scheduler: StudyScheduler,
    now: datetime,
) -> list[QueueItem]:
    """Studied facts to go over ahead of schedule, soonest due first (hidden facts left out)."""
    today = scheduler.today(now)
    studied = []
    for fact_id in fact_ids:
        memory = memories.get(fact_id)
        if memory is None or memory.is_new or is_hidden(memory, today):
            continue
        kind = CardKind.REVIEW if memory.card.state == State.Review else CardKind.LEARNING
        studied.append((memory.card.due, fact_id, kind))
    return [QueueItem(fact_id, kind, due) for due, fact_id, kind in sorted(studied)]


def front_question(bank: Bank, fact_id: str) -> Question:
    """The question form shown as a fact's flashcard front (see :func:`pick_front`)."""
    return pick_front(bank.questions_of_fact(fact_id))


def pick_front(forms: Sequence[Question]) -> Question:
    """The best flashcard front among a fact's forms (a true statement over a false one).

    Raises:
        ValueError: the fact has no question.
    """
    if not forms:
        raise ValueError("a fact without questions has no flashcard")

    def rank(question: Question) -> tuple[int, bool]:
        false_statement = question.type == QuestionType.TRUE_FALSE and question.answer is False
        return FRONT_PREFERENCE.index(question.type), false_statement

    return min(forms, key=rank)
