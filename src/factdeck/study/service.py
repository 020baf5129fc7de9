"""The one object the UI talks to: quizzes, reviews and flashcards over the bank and the store.

Every answer is written with the fact's new memory in one ``store.record_answer`` call before the
method returns, so the UI shows feedback only for saved answers. The service keeps the fact
memories in memory (it is the profile's only writer), so building the flashcard queue never
re-reads the saves.

Which rating reaches the scheduler: quiz and review answers use the objective rating of the
answer (``QuizAnswer.rating``), flashcards the learner's own. Cram answers are logged but leave
the schedule alone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, tzinfo
from operator import itemgetter
from typing import Any

from fsrs import Rating, State

from factdeck.bank import Bank, Question, answer_text
from factdeck.progress import AnswerRecord, InvalidRecord, JsonObject, ProgressStore
from factdeck.study.clock import as_utc, utc_now
from factdeck.study.exam import (
    EXAMS_KEY,
    ExamForecast,
    ExamNotAhead,
    ExamPlan,
    exam_queue,
    exams_with,
    forecast,
    stored_exam,
)
from factdeck.study.fitting import (
    MODELS_KEY,
    MemoryModel,
    count_reviews,
    fit_memory_model,
    models_with,
    reviews_of,
    stored_model,
)
from factdeck.study.memory import FactMemory
from factdeck.study.queue import (
    CardKind,
    QueueCounts,
    QueueItem,
    StudyQueue,
    build_queue,
    cram_queue,
    front_question,
    sibling_groups,
)
from factdeck.study.quiz import (
    OVERRIDE_RATING,
    GiveAways,
    QuizAnswer,
    QuizResults,
    QuizSettings,
    select_questions,
)
from factdeck.study.retention import RETENTION_CHOICES, Workload, cheapest_retention, workload
from factdeck.study.review import ReviewItem, review_items
from factdeck.study.scheduler import StudyScheduler, interval_label
from factdeck.study.settings import Preferences, StudySettings


@dataclass(frozen=True)
class LastQuiz:
    """The score of the most recent finished quiz."""

    correct: int
    answered: int
    total: int
    accuracy: float
    speed_points: int
    finished_at: datetime


def _summary_number(summary: JsonObject, key: str) -> float:
    """A figure of a session's summary; 0 when it has none (or something else)."""
    value = summary.get(key)
    return value if isinstance(value, int | float) and not isinstance(value, bool) else 0


@dataclass(frozen=True)
class HomeSummary:
    """The figures on the home screen."""

    deck: str
    questions: int
    """Questions that can be asked (facts flagged as wrong left out)."""
    facts: int
    facts_seen: int
    """Facts of the bank answered at least once, in any mode."""
    due_today: int
    """Learning and review flashcards left today (within the daily review cap)."""
    new_today: int
    """New facts still on offer today (within the daily new limit)."""
    missed: int
    """Missed questions waiting for review."""
    last_quiz: LastQuiz | None


@dataclass(frozen=True)
class Flashcard:
    """A flashcard to show: the fact's front question and, once revealed, its answer."""

    fact_id: str
    kind: CardKind
    question: Question
    """The front; its ``explanation`` and ``source.quote`` go on the back."""
    answer: str
    """The answer, as text."""


@dataclass(frozen=True)
class Undone:
    """What ``StudyService.undo_last`` took back, and the card to show again."""

    card: Flashcard
    """The fact's flashcard as its memory now stands (new, learning or review)."""
    rating: bool
    """True for a flashcard rating; False for a suspension, a burial or a report."""

    @property
    def fact_id(self) -> str:
        return self.card.fact_id


@dataclass(frozen=True)
class _Undo:
    answer_id: int | None
    """The rating's answer; None for a fact set aside (suspended, buried or reported)."""
    fact_id: str
    before: FactMemory | None
    """The fact's memory before the step (None: it had none)."""
    cram_item: QueueItem | None
    """The cram item the step took off the cram list (None outside cram)."""


def _read_memories(store: ProgressStore) -> dict[str, FactMemory]:
    """Every saved fact memory; one that cannot be read stops the start with a clear message
    rather than being replaced by a fresh card, which would lose the learner's history."""
    memories: dict[str, FactMemory] = {}
    for fact_id, state in store.fact_states().items():
        try:
            memories[fact_id] = FactMemory.from_dict(state)
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise InvalidRecord(
                f"The saved memory of fact {fact_id!r} cannot be read ({type(error).__name__}: "
                f"{error}). Nothing was changed; restore the profile's facts/ folder from a "
                "backup, or move the profile aside to start afresh."
            ) from error
    return memories


class StudyService:
    """Study logic over one bank and one open progress store.

    Args:
        bank: The question bank.
        store: The learner's open store (this service becomes its only user for writes).
        now: The wall clock, returning timezone-aware datetimes (UTC or any offset).
        tz: Time zone of study days; None is the computer's local zone.
    """

    def __init__(
        self,
        bank: Bank,
        store: ProgressStore,
        *,
        now: Callable[[], datetime] = utc_now,
        tz: tzinfo | None = None,
    ) -> None:
        self.bank = bank
        self.store = store
        self._clock = now
        self._tz = tz
        saved = store.settings()
        self._preferences = Preferences.from_stored(saved)
        self.scheduler = StudyScheduler(
            StudySettings.from_stored(saved),
            tz=tz,
            parameters=stored_model(saved, bank.deck).scheduler_parameters(),
        )
        """The FSRS scheduler under the learner's current settings and the deck's parameters."""
        self._memories = _read_memories(store)
        self._fact_ids = bank.fact_ids
        self._answered: dict[int, tuple[FactMemory | None, FactMemory]] = {}
        """This run's quiz/review answers: the memory before and after, for overrides."""
        self._new_leeches: set[int] = set()
        """This run's answers (of any mode) that made their fact a leech, and so suspended it."""
        self._undo: list[_Undo] = []
        self._study_session: str | None = None
        self._cram: list[QueueItem] | None = None
        self._siblings = sibling_groups(bank)
        """Facts that share their sentence: buried for the day once one is answered."""
        self._give_aways = GiveAways(bank.questions)
        """What quizzes learn of which answers the deck's questions give away (kept)."""

    def now(self) -> datetime:
        """The current instant, UTC."""
        return as_utc(self._clock())

    # --- settings --------------------------------------------------------------------------

    @property
    def settings(self) -> StudySettings:
        return self.scheduler.settings

    @property
    def preferences(self) -> Preferences:
        """The learner's theme and quiz timing, as saved."""
        return self._preferences

    def update_settings(self, **values: Any) -> StudySettings:
        """Validate and save settings: fields of :class:`StudySettings` (the scheduler takes
        them at once) and of :class:`Preferences`, in one write. Returns the study settings.

        Raises:
            ValueError: a name is neither (nothing is saved).
            pydantic.ValidationError: a value is out of range (nothing is saved).
        """
        unknown = (
            values.keys() - StudySettings.model_fields.keys() - Preferences.model_fields.keys()
        )
        if unknown:
            raise ValueError(f"no such setting: {', '.join(sorted(unknown))}")
        study = values.keys() & StudySettings.model_fields.keys()
        preferred = values.keys() & Preferences.model_fields.keys()
        settings = StudySettings.model_validate({**self.settings.model_dump(), **values})
        preferences = Preferences.model_validate({**self.preferences.model_dump(), **values})
        self.store.update_settings(
            **settings.model_dump(include=study), **preferences.model_dump(include=preferred)
        )
        self._preferences = preferences
        self.scheduler = StudyScheduler(settings, tz=self._tz, parameters=self.scheduler.parameters)
        return settings

    def memory_model(self) -> MemoryModel:
        """The deck's memory model: its parameters and the last fit's outcome."""
        return stored_model(self.store.settings(), self.bank.deck)

    def fit_memory_model(self) -> MemoryModel:
        """Fit the learner's parameters to this deck's history, keep them if they predict the
        latest reviews better (see :mod:`factdeck.study.fitting`), and save the outcome."""
        facts = set(self._fact_ids)
        model = fit_memory_model(
            (answer for answer in self.store.answers() if answer.fact_id in facts),
            current=self.memory_model(),
            now=self.now(),
            rollover_hour=self.settings.day_rollover_hour,
            tz=self._tz,
        )
        self.use_memory_model(model)
        return model

    def fittable_reviews(self) -> int:
        """Reviews of this deck a fit would rest on (it needs ``fitting.MIN_REVIEWS``)."""
        facts = set(self._fact_ids)
        return count_reviews(
            reviews_of(answer for answer in self.store.answers() if answer.fact_id in facts),
            rollover_hour=self.settings.day_rollover_hour,
            tz=self._tz,
        )

    def exam(self) -> ExamPlan | None:
        """The deck's exam date and recall goal, if set."""
        return stored_exam(self.store.settings(), self.bank.deck)

    def set_exam(self, exam: ExamPlan | None) -> None:
        """Set the deck's exam (None: no exam).

        Raises:
            ExamNotAhead: the exam is not after today's study day (nothing is saved).
        """
        if exam is not None:
            today = self.scheduler.today(self.now())
            if exam.date <= today:
                raise ExamNotAhead(
                    f"{exam.date.isoformat()} is not after today ({today.isoformat()})."
                )
        self.store.update_settings(
            **{EXAMS_KEY: exams_with(self.store.settings(), self.bank.deck, exam)}
        )

    def exam_forecast(self) -> ExamForecast | None:
        """The predicted recall on exam day, now and with the plan (None: no exam ahead)."""
        exam = self.exam()
        if exam is None:
            return None
        return forecast(
            self._fact_ids,
            self._memories,
            self.scheduler,
            exam,
            self.now(),
            answers=self.store.answer_count(),
            fitted=self.memory_model().fitted,
        )

    def workloads(self) -> list[Workload]:
        """Reviews a day over the next 30 days at the usual retentions and the learner's own."""
        retentions = sorted({*RETENTION_CHOICES, self.settings.desired_retention})
        now = self.now()
        return [
            workload(self._fact_ids, self._memories, self.scheduler, now, retention)
            for retention in retentions
        ]

    def cheapest_retention(self) -> float:
        """The desired retention that minimises study time per fact remembered."""
        return cheapest_retention(
            self.scheduler.parameters,
            facts=len(self._fact_ids),
            new_per_day=self.settings.new_per_day,
            reviews_per_day=self.settings.reviews_per_day,
        )

    def use_memory_model(self, model: MemoryModel) -> None:
        """Save the deck's memory model (a fit's outcome) and schedule with its parameters."""
        self.store.update_settings(
            **{MODELS_KEY: models_with(self.store.settings(), self.bank.deck, model)}
        )
        self.scheduler = StudyScheduler(
            self.settings, tz=self._tz, parameters=model.scheduler_parameters()
        )

    # --- memories --------------------------------------------------------------------------

    def memory(self, fact_id: str) -> FactMemory:
        """The fact's memory (a new one, due now, if it was never answered or flagged)."""
        return self._memories.get(fact_id) or FactMemory.new(fact_id, self.now())

    def flagged_facts(self) -> set[str]:
        """Facts reported as wrong: they are left out of every mode."""
        return {f for f, m in tuple(self._memories.items()) if m.flagged_wrong}

    def _put(self, fact_id: str, memory: FactMemory) -> None:
        """Save a memory changed without an answer; undo then stops before this fact."""
        self._write(fact_id, memory)
        if any(step.fact_id == fact_id for step in self._undo):
            self._undo.clear()

    def _write(self, fact_id: str, memory: FactMemory) -> None:
        """Save a memory changed without an answer; a fact changed so leaves the cram list."""
        self.store.put_fact_state(fact_id, memory.to_dict())
        self._memories[fact_id] = memory
        if self._cram is not None:
            self._cram = [item for item in self._cram if item.fact_id != fact_id]

    def _set_aside(self, fact_id: str, memory: FactMemory) -> None:
        """Suspend, bury or flag: saved like ``_put``, but ``undo`` can take it back."""
        before = self._memories.get(fact_id)
        cram = self._cram or []
        cram_item = next((item for item in cram if item.fact_id == fact_id), None)
        self._write(fact_id, memory)
        self._undo.append(_Undo(None, fact_id, before, cram_item))

    def suspend(self, fact_id: str) -> None:
        """Leave the fact out of the flashcard queue until unsuspended (``undo`` takes it back)."""
        self._set_aside(fact_id, replace(self.memory(fact_id), suspended=True))

    def unsuspend(self, fact_id: str) -> None:
        """Put a suspended fact (a leech, say) back in the queue; a leech stays marked."""
        self._put(fact_id, replace(self.memory(fact_id), suspended=False))

    def bury(self, fact_id: str) -> None:
        """Leave the fact out of the flashcard queue until the next study day (``undo`` takes
        it back)."""
        until = self.scheduler.bury_until(self.now())
        self._set_aside(fact_id, replace(self.memory(fact_id), buried_until=until))

    def flag_wrong(self, fact_id: str, note: str | None = None) -> None:
        """Report the fact's questions as wrong: recorded, and left out of every mode (``undo``
        takes it back)."""
        memory = replace(self.memory(fact_id), flagged_wrong=True, flag_note=note)
        self._set_aside(fact_id, memory)

    def unflag(self, fact_id: str) -> None:
        """Take back a "this question is wrong" report."""
        self._put(fact_id, replace(self.memory(fact_id), flagged_wrong=False, flag_note=None))

    # --- home ------------------------------------------------------------------------------

    def home_summary(self) -> HomeSummary:
        flagged = self.flagged_facts()
        counts = self.queue().counts
        seen = sum(
            1 for f in self._fact_ids if (m := self._memories.get(f)) is not None and not m.is_new
        )
        return HomeSummary(
            deck=self.bank.deck,
            questions=sum(1 for q in self.bank.questions if q.fact_id not in flagged),
            facts=len(self._fact_ids),
            facts_seen=seen,
            due_today=counts.learning + counts.review,
            new_today=counts.new,
            missed=len(self.review_items()),
            last_quiz=self.last_quiz(),
        )

    def last_quiz(self) -> LastQuiz | None:
        """The most recent finished quiz's score on this deck, if any (a quiz saved before
        quizzes named their deck counts for every deck)."""
        finished = [
            (finished_at, s["summary"])
            for s in self.store.sessions()
            if s["kind"] == "quiz"
            and (finished_at := s["finished_at"]) is not None
            and s["settings"].get("deck", self.bank.deck) == self.bank.deck
        ]
        if not finished:
            return None
        finished_at, summary = max(reversed(finished), key=itemgetter(0))  # ties: the later
        return LastQuiz(
            correct=int(_summary_number(summary, "correct")),
            answered=int(_summary_number(summary, "answered")),
            total=int(_summary_number(summary, "total")),
            accuracy=_summary_number(summary, "accuracy"),
            speed_points=int(_summary_number(summary, "speed_points")),
            finished_at=finished_at,
        )

    # --- quizzes and reviews -----------------------------------------------------------------

    def quiz_questions(self, settings: QuizSettings, *, seed: int | None) -> list[Question]:
        """The questions of a new quiz (facts flagged as wrong left out).

        Raises:
            NoQuestions: nothing matches the settings' filters.
        """
        return select_questions(
            self.bank,
            settings,
            seed=seed,
            exclude_facts=self.flagged_facts(),
            give_aways=self._give_aways,
        )

    def start_quiz(self, settings: QuizSettings) -> str:
        """Start a quiz session in the store; returns its id for ``record_quiz_answer``."""
        return self.store.start_session(
            "quiz", {**settings.model_dump(mode="json"), "deck": self.bank.deck}
        )

    def finish_quiz(self, session_id: str, results: QuizResults) -> None:
        """Store the quiz's score (see ``QuizResults.summary``)."""
        self.store.finish_session(session_id, **results.summary())

    def start_review(self) -> str:
        """Start a review-missed session: each session gives a missed question one credit."""
        return self.store.start_session("review", {"deck": self.bank.deck})

    def finish_session(self, session_id: str, **summary: Any) -> None:
        self.store.finish_session(session_id, **summary)

    def record_quiz_answer(
        self,
        answer: QuizAnswer,
        *,
        mode: str = "quiz",
        session_id: str | None,
        review_of: str | None = None,
    ) -> AnswerRecord:
        """Save a graded quiz or review answer and apply its objective rating to the fact.

        Args:
            answer: From ``QuizSession.submit`` (or ``answer_question``).
            mode: ``"quiz"`` or ``"review"``.
            session_id: The quiz or review session.
            review_of: In review, the missed question id this answer tries to clear
                (``ReviewItem.review_of``).
        """
        now = self.now()
        fact_id = answer.question.fact_id
        before = self._memories.get(fact_id)
        after = self.scheduler.review(
            before or FactMemory.new(fact_id, now), answer.rating, now, in_quiz=True
        )
        record = self.store.record_answer(
            answer.question.id,
            answer.grade.correct,
            mode,
            answer.seconds,
            fact_id=fact_id,
            given=answer.grade.given or None,
            timed_out=answer.timed_out,
            near_miss=answer.grade.near_miss,
            rating=int(answer.rating),
            session_id=session_id,
            review_of=review_of,
            fact_state=after.to_dict(),
            at=now,
        )
        self._memories[fact_id] = after
        self._answered[record.id] = (before, after)
        self._note_leech(record, before, after)
        self._undo.clear()  # undo only steps back through flashcard ratings given since
        return record

    def _note_leech(
        self, record: AnswerRecord, before: FactMemory | None, after: FactMemory | None
    ) -> None:
        if after is not None and after.leech and not (before is not None and before.leech):
            self._new_leeches.add(record.id)

    def made_leech(self, record: AnswerRecord) -> bool:
        """Whether the answer ``record`` (a quiz or review answer or a flashcard rating, recorded
        by this service and not overridden or undone) made its fact a leech, and so suspended
        it."""
        return record.id in self._new_leeches

    def override(self, record: AnswerRecord) -> AnswerRecord:
        """ "I was right": the answer is logged as overridden and graded right.

        The fact's memory is recomputed as if the answer had been rated Hard (like a near miss),
        provided the answer was recorded by this service and nothing changed the fact since.
        """
        overridden = self.store.override_answer(record.id)
        self._new_leeches.discard(record.id)
        before_after = self._answered.pop(record.id, None)
        fact_id = record.fact_id
        if before_after is not None and fact_id is not None:
            before, after = before_after
            if self._memories.get(fact_id) is after:
                base = before or FactMemory.new(fact_id, record.at)
                self._put(
                    fact_id, self.scheduler.review(base, OVERRIDE_RATING, record.at, in_quiz=True)
                )
        return overridden

    def review_items(self) -> list[ReviewItem]:
        """The missed questions to review, oldest first, each with the form to ask it as."""
        return review_items(
            self.store.missed(),
            self.bank.question,
            self.bank.questions_by_fact,
            self.flagged_facts(),
        )

    # --- flashcards --------------------------------------------------------------------------

    def queue(self) -> StudyQueue:
        """Today's flashcard queue as of now (in an exam's last days, weakest facts first)."""
        now = self.now()
        queue = build_queue(self._fact_ids, self._memories, self.scheduler, now, self._siblings)
        return exam_queue(queue, self._fact_ids, self._memories, self.scheduler, self.exam(), now)

    def counts(self) -> QueueCounts:
        """What is left today: new, learning and review counts."""
        return self.queue().counts

    def next_due(self) -> datetime | None:
        """When nothing is due: when the next card becomes available (None: no card at all)."""
        return self.queue().next_due

    def can_cram(self) -> bool:
        """Whether any studied fact could be gone over ahead of schedule."""
        return bool(cram_queue(self._fact_ids, self._memories, self.scheduler, self.now()))

    def start_study(self, *, cram: bool = False) -> str:
        """Start a flashcard session (``cram``: study ahead, leaving the schedule unchanged).

        Undo reaches back only within the session.
        """
        self._undo.clear()
        if cram:
            self._cram = cram_queue(self._fact_ids, self._memories, self.scheduler, self.now())
        else:
            self._cram = None
        self._study_session = self.store.start_session(
            "cram" if cram else "flashcard", {"deck": self.bank.deck}
        )
        return self._study_session

    @property
    def cramming(self) -> bool:
        return self._cram is not None

    def next_card(self) -> Flashcard | None:
        """The flashcard to show now, or None when nothing is due (or the cram list is done)."""
        if self._cram is not None:
            item = self._cram[0] if self._cram else None
        else:
            item = self.queue().next
        return None if item is None else self.flashcard(item.fact_id)

    def flashcard(self, fact_id: str) -> Flashcard:
        """The flashcard of a fact (e.g. the one an undo brought back), queued or not."""
        memory = self._memories.get(fact_id)
        if memory is None or memory.is_new:
            kind = CardKind.NEW
        else:
            kind = CardKind.REVIEW if memory.card.state == State.Review else CardKind.LEARNING
        question = front_question(self.bank, fact_id)
        return Flashcard(fact_id, kind, question, answer_text(question))

    def preview_intervals(self, fact_id: str) -> dict[Rating, timedelta]:
        """The interval each rating would give the fact now (in cram: what it would have given)."""
        return self.scheduler.preview(self.memory(fact_id), self.now())

    def rating_labels(self, fact_id: str) -> dict[Rating, str]:
        """The rating choices with their intervals: ``{Rating.Good: "Good · 3d", ...}``; while
        studying ahead just their names, as no rating changes the schedule."""
        if self.cramming:
            return {rating: rating.name for rating in Rating}
        return {r: interval_label(r, i) for r, i in self.preview_intervals(fact_id).items()}

    def rate(self, fact_id: str, rating: Rating, *, seconds: float = 0.0) -> AnswerRecord:
        """Save the learner's rating of a flashcard and update the fact's schedule.

        Starts a flashcard session first if none is running. In cram the answer is logged (mode
        ``"cram"``) and an Again card comes back at the end of the cram list, but the schedule
        does not change.
        """
        if self._study_session is None:
            self.start_study()
        now = self.now()
        before = self._memories.get(fact_id)
        cramming = self._cram is not None
        after = (
            None
            if cramming
            else self.scheduler.review(before or FactMemory.new(fact_id, now), rating, now)
        )
        record = self.store.record_answer(
            front_question(self.bank, fact_id).id,
            rating != Rating.Again,
            "cram" if cramming else "flashcard",
            seconds,
            fact_id=fact_id,
            rating=int(rating),
            session_id=self._study_session,
            fact_state=None if after is None else after.to_dict(),
            at=now,
        )
        cram_item = None
        if self._cram is not None:
            cram_item = next((it for it in self._cram if it.fact_id == fact_id), None)
            self._cram = [it for it in self._cram if it.fact_id != fact_id]
            if cram_item is not None and rating == Rating.Again:
                self._cram.append(cram_item)
        if after is not None:
            self._memories[fact_id] = after
        self._note_leech(record, before, after)
        self._undo.append(_Undo(record.id, fact_id, before, cram_item))
        return record

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    def undo_last(self) -> Undone | None:
        """Take back the last step of this session, whatever it was: a flashcard rating (answer,
        log and card state) or a suspension, burial or report (the fact's memory before it).

        The fact goes back to the front of the cram list if the step took it off. Returns what
        was undone with the fact's card to show again, or None when there is nothing to undo.
        """
        if not self._undo:
            return None
        step = self._undo[-1]
        before = step.before
        if step.answer_id is None:
            self._write(step.fact_id, before or FactMemory.new(step.fact_id, self.now()))
        else:
            state = None if before is None else before.to_dict()
            self.store.retract_answer(step.answer_id, state)
            self._new_leeches.discard(step.answer_id)
            if before is None:
                self._memories.pop(step.fact_id, None)
            else:
                self._memories[step.fact_id] = before
        self._undo.pop()
        if self._cram is not None and step.cram_item is not None:
            self._cram = [it for it in self._cram if it.fact_id != step.fact_id]
            self._cram.insert(0, step.cram_item)
        return Undone(self.flashcard(step.fact_id), rating=step.answer_id is not None)
