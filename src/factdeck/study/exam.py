"""An exam date and a recall goal for a deck: the forecast, the plan, and the last days' order.

The forecast predicts the share of the deck's facts the learner recalls on exam day (at the start
of that study day), as the mean of each fact's FSRS retrievability then: a fact never studied
counts as 0. It is worked out twice: *now* (if the learner studied no more) and *with the plan*.

The plan: facts never studied are introduced evenly over the days before the last
:data:`FINAL_DAYS` (at least the learner's new-per-day setting); every fact is reviewed when the
schedule makes it due; and in the last days every fact whose predicted recall on exam day is below
the goal is reviewed, lowest first. The prediction with the plan follows each fact through those
reviews day by day, recalled with its predicted probability (a forgotten fact is relearned at
once), and averages its recall on exam day over the outcomes.

In the last days the flashcard queue offers those below-goal facts, lowest predicted recall
first, right after the learning cards that are due. From exam day on, scheduling is as usual.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from fsrs import Card, Rating, State
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from factdeck.study.fitting import stored_model
from factdeck.study.memory import FactMemory
from factdeck.study.queue import CardKind, QueueCounts, QueueItem, StudyQueue, is_hidden
from factdeck.study.scheduler import StudyScheduler
from factdeck.study.settings import StudySettings

EXAMS_KEY = "exams"
"""The settings key holding ``{deck: ExamPlan}``."""

FINAL_DAYS = 3
"""The study days before the exam in which below-goal facts are offered, lowest recall first."""

RELEARN_AFTER = timedelta(minutes=10)
"""A forgotten (or new) fact is answered again this much later, as the learning steps do."""

MAX_OUTCOMES = 8
"""Most outcome paths followed per fact in the plan (the likeliest; their weights rescaled)."""

PLAN_HOUR = timedelta(hours=6)
"""A future study day's reviews are assumed this long after the day begins."""


class ExamNotAhead(ValueError):
    """An exam set for today or a day gone by; the message says which day today is."""


class ExamPlan(BaseModel):
    """A deck's exam: its date and the recall the learner aims for on that day."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    date: date
    goal: float = Field(default=0.90, ge=0.50, le=0.99)
    """The share of facts to recall on exam day."""


def stored_exam(settings: Mapping[str, Any], deck: str) -> ExamPlan | None:
    """The deck's exam from the profile's settings (None if none is set or it is unreadable)."""
    exams = settings.get(EXAMS_KEY)
    if not isinstance(exams, dict) or not isinstance(exams.get(deck), dict):
        return None
    try:
        return ExamPlan.model_validate(exams[deck])
    except ValidationError:
        return None


def exams_with(settings: Mapping[str, Any], deck: str, exam: ExamPlan | None) -> dict[str, Any]:
    """The ``exams`` setting with ``deck``'s exam set (None: removed), other decks' kept."""
    exams = settings.get(EXAMS_KEY)
    kept = dict(exams) if isinstance(exams, dict) else {}
    kept.pop(deck, None)
    if exam is not None:
        kept[deck] = exam.model_dump(mode="json")
    return kept


@dataclass(frozen=True)
class ExamForecast:
    """The predicted share of facts recalled on exam day, and what the plan needs."""

    exam: ExamPlan
    days_left: int
    """Study days before exam day (today counts)."""
    facts: int
    """Facts the forecast covers: the deck's, less suspended ones and ones reported wrong."""
    recall_now: float
    """Predicted share recalled on exam day if the learner studied no more."""
    recall_with_plan: float
    """Predicted share recalled on exam day if the learner keeps to the plan."""
    reviews_per_day: int
    """Reviews a day the plan needs, on average until exam day."""
    peak_reviews: int
    """Reviews the plan's busiest day needs."""
    new_per_day: int
    """New facts a day the plan introduces (0 once every fact has been studied)."""
    below_goal: int
    """Facts predicted below the goal on exam day now."""
    answers: int
    """Answers the prediction rests on."""
    fitted: bool
    """Whether the parameters are the learner's own (fitted) or the FSRS defaults."""

    def as_json(self) -> dict[str, Any]:
        return {
            "exam_date": self.exam.date.isoformat(),
            "goal": self.exam.goal,
            "days_left": self.days_left,
            "facts": self.facts,
            "predicted_recall_now": round(self.recall_now, 4),
            "predicted_recall_with_plan": round(self.recall_with_plan, 4),
            "plan_reviews_per_day": self.reviews_per_day,
            "plan_peak_reviews_per_day": self.peak_reviews,
            "plan_new_per_day": self.new_per_day,
            "facts_below_goal": self.below_goal,
            "rests_on_answers": self.answers,
            "parameters": "fitted" if self.fitted else "default",
        }


def readable_memory(state: Mapping[str, Any]) -> FactMemory | None:
    """A fact's saved memory, or None when it cannot be read (it then counts as never studied).

    Builds new objects only: fit for ``ProgressStore.decoded_fact_states``."""
    try:
        return FactMemory.from_dict(dict(state))
    except (KeyError, TypeError, ValueError, AttributeError):
        return None


def saved_forecast(
    fact_ids: Sequence[str],
    deck: str,
    settings: Mapping[str, Any],
    memories: Mapping[str, FactMemory | None],
    *,
    answers: int,
    now: datetime,
    tz: tzinfo | None,
) -> ExamForecast | None:
    """The deck's exam forecast from a profile's saved settings and fact memories (read by
    :func:`readable_memory`)."""
    exam = stored_exam(settings, deck)
    if exam is None:
        return None
    model = stored_model(settings, deck)
    scheduler = StudyScheduler(
        StudySettings.from_stored(settings), tz=tz, parameters=model.scheduler_parameters()
    )
    studied = {
        fact_id: memory for fact_id in fact_ids if (memory := memories.get(fact_id)) is not None
    }
    return forecast(fact_ids, studied, scheduler, exam, now, answers=answers, fitted=model.fitted)


def exam_moment(scheduler: StudyScheduler, exam: ExamPlan, now: datetime) -> datetime:
    """When exam day begins (UTC), the moment recall is predicted for."""
    return scheduler.day_begin(now, days_later=(exam.date - scheduler.today(now)).days)


def recall_at(scheduler: StudyScheduler, memory: FactMemory | None, moment: datetime) -> float:
    """The fact's predicted recall at ``moment`` by ``fsrs`` (0 for a fact never studied)."""
    if memory is None or memory.is_new:
        return 0.0
    return float(scheduler.fsrs.get_card_retrievability(memory.card, moment))


def examined_facts(fact_ids: Sequence[str], memories: Mapping[str, FactMemory]) -> list[str]:
    """The facts an exam forecast covers: all but suspended ones and ones reported wrong."""
    return [
        fact_id
        for fact_id in fact_ids
        if (memory := memories.get(fact_id)) is None
        or not (memory.suspended or memory.flagged_wrong)
    ]


def forecast(
    fact_ids: Sequence[str],
    memories: Mapping[str, FactMemory],
    scheduler: StudyScheduler,
    exam: ExamPlan,
    now: datetime,
    *,
    answers: int,
    fitted: bool,
) -> ExamForecast | None:
    """The exam forecast at ``now`` (None from exam day on, or for a deck without facts)."""
    today = scheduler.today(now)
    days_left = (exam.date - today).days
    facts = examined_facts(fact_ids, memories)
    if days_left <= 0 or not facts:
        return None
    at = exam_moment(scheduler, exam, now)
    recall_now = [recall_at(scheduler, memories.get(f), at) for f in facts]
    plan = Projection(scheduler, now, days_left, exam)
    unseen = [f for f in facts if (m := memories.get(f)) is None or m.is_new]
    days_to_learn = max(1, days_left - FINAL_DAYS)
    new_rate = max(scheduler.settings.new_per_day, math.ceil(len(unseen) / days_to_learn))
    learn_day = {fact_id: index // new_rate for index, fact_id in enumerate(unseen)}
    recall_with_plan = sum(plan.follow(memories.get(f), learn_day.get(f, 0)) for f in facts)
    return ExamForecast(
        exam=exam,
        days_left=days_left,
        facts=len(facts),
        recall_now=sum(recall_now) / len(facts),
        recall_with_plan=recall_with_plan / len(facts),
        reviews_per_day=math.ceil(sum(plan.reviews) / days_left),
        peak_reviews=math.ceil(max(plan.reviews)),
        new_per_day=new_rate if unseen else 0,
        below_goal=sum(1 for recall in recall_now if recall < exam.goal),
        answers=answers,
        fitted=fitted,
    )


class Projection:
    """Follows facts day by day from ``now`` through the schedule (and, with an exam, the plan's
    last days), counting the reviews it expects on each day.

    Each review is recalled with the fact's predicted probability then (a forgotten fact is
    relearned at once); a fact never studied is learned on the day it is given.
    """

    def __init__(
        self, scheduler: StudyScheduler, now: datetime, days: int, exam: ExamPlan | None = None
    ) -> None:
        self.fsrs = scheduler.fsrs
        self.goal = exam.goal if exam is not None else 0.0
        """Below this predicted recall on exam day a fact is reviewed in the last days."""
        self.end = (
            exam_moment(scheduler, exam, now)
            if exam is not None
            else scheduler.day_begin(now, days_later=days)
        )
        """The moment recall is predicted for: exam day's start, else the end of the days."""
        self.final_from = max(0, days - FINAL_DAYS) if exam is not None else days
        self.moments = [now] + [
            scheduler.day_begin(now, days_later=day) + PLAN_HOUR for day in range(1, days)
        ]
        self.day_ends = [scheduler.day_begin(now, days_later=day + 1) for day in range(days)]
        self.reviews = [0.0] * days
        """Reviews expected on each day, over the facts followed so far."""
        self._followed: dict[tuple[object, ...], tuple[float, list[float]]] = {}
        """Each starting point followed once (facts learned on the same day, or answered
        alike, share one): the recall at the end and the reviews it needs."""

    def follow(self, memory: FactMemory | None, learn_day: int) -> float:
        """The fact's expected recall at ``end`` (new: learned on ``learn_day``), adding the
        reviews it needs to ``self.reviews``."""
        card = None if memory is None or memory.is_new else memory.card
        key: tuple[object, ...] = (
            (learn_day,)
            if card is None
            else (
                card.state,
                card.step,
                card.stability,
                card.difficulty,
                card.due,
                card.last_review,
            )
        )
        if key not in self._followed:
            self._followed[key] = self._follow(card, learn_day)
        recall, reviews = self._followed[key]
        self.reviews = [total + more for total, more in zip(self.reviews, reviews, strict=True)]
        return recall

    def _follow(self, start: Card | None, learn_day: int) -> tuple[float, list[float]]:
        reviews = [0.0] * len(self.reviews)
        paths: list[tuple[float, Card | None]] = [(1.0, start)]
        for day, moment in enumerate(self.moments):
            followed: list[tuple[float, Card | None]] = []
            for weight, card in paths:
                if card is None:
                    if day == learn_day:
                        card = Card(card_id=1, due=moment)
                        card = self._answer(card, Rating.Good, moment)
                        card = self._answer(card, Rating.Good, moment + RELEARN_AFTER)
                    followed.append((weight, card))
                elif self._reviews(card, day):
                    reviews[day] += weight
                    recalled = float(self.fsrs.get_card_retrievability(card, moment))
                    again = self._answer(card, Rating.Again, moment)
                    again = self._answer(again, Rating.Good, moment + RELEARN_AFTER)
                    followed.append((weight * recalled, self._answer(card, Rating.Good, moment)))
                    followed.append((weight * (1 - recalled), again))
                else:
                    followed.append((weight, card))
            paths = _likeliest(followed)
        recall = sum(
            weight * float(self.fsrs.get_card_retrievability(card, self.end))
            for weight, card in paths
            if card is not None
        )
        return recall, reviews

    def _reviews(self, card: Card, day: int) -> bool:
        if card.due < self.day_ends[day]:
            return True
        return (
            day >= self.final_from
            and float(self.fsrs.get_card_retrievability(card, self.end)) < self.goal
        )

    def _answer(self, card: Card, rating: Rating, moment: datetime) -> Card:
        return self.fsrs.review_card(card, rating, moment)[0]


def _likeliest(paths: list[tuple[float, Card | None]]) -> list[tuple[float, Card | None]]:
    """The :data:`MAX_OUTCOMES` likeliest paths, their weights rescaled to the same total."""
    if len(paths) <= MAX_OUTCOMES:
        return paths
    total = sum(weight for weight, _ in paths)
    kept = sorted(paths, key=lambda path: path[0], reverse=True)[:MAX_OUTCOMES]
    scale = total / sum(weight for weight, _ in kept)
    return [(weight * scale, card) for weight, card in kept]


def exam_queue(
    queue: StudyQueue,
    fact_ids: Sequence[str],
    memories: Mapping[str, FactMemory],
    scheduler: StudyScheduler,
    exam: ExamPlan | None,
    now: datetime,
) -> StudyQueue:
    """``queue`` as it is, except in the last :data:`FINAL_DAYS` before the exam: then the facts
    predicted below the goal on exam day come right after the due learning cards, lowest
    predicted recall first (each at most once a study day; beyond the daily review limit)."""
    if exam is None:
        return queue
    today = scheduler.today(now)
    if not 0 < (exam.date - today).days <= FINAL_DAYS:
        return queue
    at = exam_moment(scheduler, exam, now)
    day_begin = scheduler.day_begin(now)
    weak: list[tuple[float, str, datetime]] = []
    for fact_id in fact_ids:
        memory = memories.get(fact_id)
        if memory is None or memory.is_new or is_hidden(memory, today):
            continue
        card = memory.card
        if card.state != State.Review or (card.last_review and card.last_review >= day_begin):
            continue
        recall = recall_at(scheduler, memory, at)
        if recall < exam.goal:
            weak.append((recall, fact_id, card.due))
    if not weak:
        return queue
    weak.sort()
    first = {fact_id for _, fact_id, _ in weak}
    learning_now = [
        item
        for item in queue.items
        if item.kind == CardKind.LEARNING and item.due is not None and item.due <= now
    ]
    rest = [item for item in queue.items if item not in learning_now and item.fact_id not in first]
    items = (
        *learning_now,
        *(QueueItem(fact_id, CardKind.REVIEW, due) for _, fact_id, due in weak),
        *rest,
    )
    reviews = sum(1 for item in items if item.kind == CardKind.REVIEW)
    counts = QueueCounts(queue.counts.new, queue.counts.learning, reviews)
    return StudyQueue(items=items, counts=counts, next_due=queue.next_due)


def rests_on(forecast: ExamForecast) -> str:
    """What the prediction rests on: ``a prediction from 120 answers, default FSRS parameters``."""
    answers = f"{forecast.answers:,} answer" + ("" if forecast.answers == 1 else "s")
    kind = "your fitted" if forecast.fitted else "the default"
    return f"a prediction from {answers}, with {kind} FSRS parameters"


def plan_text(forecast: ExamForecast) -> str:
    """``about 13 reviews a day (53 on the busiest), 20 new facts a day``."""
    text = (
        f"about {forecast.reviews_per_day} reviews a day ({forecast.peak_reviews} on the busiest)"
    )
    if forecast.new_per_day:
        text += f", {forecast.new_per_day} new facts a day"
    return text


def forecast_lines(forecast: ExamForecast) -> list[str]:
    """The forecast in a few lines of plain text, as the statistics show it."""
    exam = forecast.exam
    days = "tomorrow" if forecast.days_left == 1 else f"in {forecast.days_left} days"
    return [
        f"Exam on {exam.date:%a} {exam.date.day} {exam.date:%b %Y} ({days}), "
        f"goal {exam.goal:.0%} recalled",
        f"Predicted recall on exam day: {forecast.recall_now:.0%} if you stop now, "
        f"{forecast.recall_with_plan:.0%} if you keep to the plan",
        f"The plan: {plan_text(forecast)}; "
        f"{forecast.below_goal} of {forecast.facts} facts are below the goal now",
        f"In the last {FINAL_DAYS} days, flashcards offer the facts least likely to be "
        "recalled first",
        rests_on(forecast)[0].upper() + rests_on(forecast)[1:],
    ]
