"""Timed quizzes: choosing the questions, timing each answer, and scoring the results.

Correctness and speed are scored apart: speed points never affect the scheduler, which only sees
:func:`objective_rating` (or :data:`OVERRIDE_RATING` for an answer the learner overrode).

"I was right": a typed or number answer graded wrong (not timed out) may be overridden by the
learner. It then counts as right in every figure, earns the speed points it would have earned had
it been graded right (the learner was right, and as fast), and tells the scheduler Hard, like a
near miss: right, but not cleanly.
"""

from __future__ import annotations

import random
import re
import time
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from fsrs import Rating
from pydantic import BaseModel, ConfigDict, Field

from factdeck.bank import Bank, OrderingQuestion, Question, QuestionType
from factdeck.study.grading import Grade, Response, grade, normalise
from factdeck.study.settings import (
    DEFAULT_PAUSE_AFTER_TIMEOUT,
    DEFAULT_SECONDS_PER_QUESTION,
    PauseAfterTimeout,
    SecondsPerQuestion,
)

SLOW_SHARE = 0.6
"""A right answer that took more than this share of the time limit is rated Hard."""

MAX_SPEED_POINTS = 1000

OVERRIDE_RATING = Rating.Hard
"""What an overridden answer ("I was right") tells the scheduler: right, but Hard."""

OVERRIDABLE_TYPES = frozenset({QuestionType.TYPED, QuestionType.NUMBER})
"""Question types whose wrong answers the learner may override: those answered in free text."""


_BOUNDS = {"greater_than_equal": ("ge", "at least"), "less_than_equal": ("le", "at most")}


def problem_text(problem: Mapping[str, Any]) -> str:
    """A settings problem (one of pydantic's ``ValidationError.errors()``) in plain words:
    "must be at least 1" rather than "Input should be greater than or equal to 1"."""
    bound = _BOUNDS.get(str(problem["type"]))
    context = problem.get("ctx") or {}
    if bound is not None and bound[0] in context:
        return f"must be {bound[1]} {context[bound[0]]}"
    return str(problem["msg"])


class QuizSettings(BaseModel):
    """How a quiz is built and timed (the same options as ``factdeck quiz``)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    count: int = Field(default=10, ge=1, le=1000)
    """How many questions (fewer when the filters leave fewer)."""
    seconds_per_question: SecondsPerQuestion = DEFAULT_SECONDS_PER_QUESTION
    """Time for each question; 0 means untimed."""
    quiz_time_limit: int | None = Field(default=None, ge=1)
    """Optional time for the whole quiz, in seconds."""
    topics: tuple[str, ...] = ()
    """Only questions with one of these topics (matched ignoring case and accents); () = all."""
    types: tuple[QuestionType, ...] = ()
    """Only these question types; () = all."""
    pause_after_timeout: PauseAfterTimeout = DEFAULT_PAUSE_AFTER_TIMEOUT
    """Seconds the feedback on a timed-out question shows before the quiz moves on by itself
    (0: it waits for Enter)."""
    repeat_facts: bool = False
    """Ask other forms of facts already asked when the filters leave fewer facts than
    ``count`` (else each fact is asked once and the quiz is shorter)."""

    @property
    def question_limit(self) -> float | None:
        """The per-question time limit in seconds, or None when untimed."""
        return float(self.seconds_per_question) if self.seconds_per_question else None


class NoQuestions(Exception):
    """The bank and the filters leave no question to ask; the message says why."""


def select_questions(
    bank: Bank,
    settings: QuizSettings,
    *,
    seed: int | None,
    exclude_facts: Collection[str] = (),
    give_aways: GiveAways | None = None,
) -> list[Question]:
    """Pick the questions of one quiz, deterministically for a given ``seed``.

    Question types take turns so each is about equally represented, and each fact is asked
    once: when the filters leave fewer facts than ``settings.count``, the quiz is shorter, unless
    ``settings.repeat_facts`` asks for other forms of the same facts to make up the count (one
    form often gives another's answer away). Nor, while others are available, is a question
    whose answer another chosen question gives away (see ``GiveAways``). ``exclude_facts`` (e.g. facts
    flagged as wrong) are never asked. Pass ``give_aways`` (built for ``bank``) to keep what it
    learns of the deck from one quiz to the next.

    Raises:
        NoQuestions: no question passes the filters.
    """
    excluded = set(exclude_facts)
    available = [q for q in bank.questions if q.fact_id not in excluded]
    candidates = [q for q in available if _has_type(q, settings) and _has_topic(q, settings.topics)]
    if not candidates:
        raise NoQuestions(_why_none(bank, settings, available))
    rng = random.Random(seed)
    by_type: dict[QuestionType, list[Question]] = {}
    for question in candidates:
        by_type.setdefault(question.type, []).append(question)
    for questions in by_type.values():
        rng.shuffle(questions)
    turns = sorted(by_type)
    rng.shuffle(turns)

    chosen: list[Question] = []
    used_facts: set[str] = set()
    give_aways = give_aways if give_aways is not None else GiveAways(bank.questions)
    position = dict.fromkeys(turns, 0)
    while turns and len(chosen) < settings.count:
        for kind in list(turns):
            questions = by_type[kind]
            while position[kind] < len(questions) and (
                questions[position[kind]].fact_id in used_facts
                or give_aways.clash(questions[position[kind]], chosen)
            ):
                position[kind] += 1
            if position[kind] == len(questions):
                turns.remove(kind)
                continue
            question = questions[position[kind]]
            position[kind] += 1
            chosen.append(question)
            used_facts.add(question.fact_id)
            if len(chosen) == settings.count:
                break
    # Facts passed over only because a chosen question gives their answer away come next.
    unasked = [q for q in candidates if q.fact_id not in used_facts]
    rng.shuffle(unasked)
    for question in unasked:
        if len(chosen) == settings.count:
            break
        if question.fact_id not in used_facts:
            chosen.append(question)
            used_facts.add(question.fact_id)
    if settings.repeat_facts and len(chosen) < settings.count:
        taken = {q.id for q in chosen}
        rest = [q for q in candidates if q.id not in taken]
        rng.shuffle(rest)
        chosen += rest[: settings.count - len(chosen)]
    rng.shuffle(chosen)
    return chosen


class GiveAways:
    """Which questions give away another's answer, among the questions of one deck.

    A question gives away another's answer when that answer (compared as grading compares
    answers, as whole words) is in what the first one shows (its prompt or statement, its items
    to order, the explanation its feedback shows) and either the answer is rare in the deck (a
    year, a date or a name few questions show: "1968", "Ri Su-yong"), or the two share a rare
    word of the asked question's prompt, so they are about the same thing ("Ri Il Gyu defects to
    South Korea" gives away "To which country did Ri Il Gyu defect?"). An answer the deck
    mentions everywhere, shown by a question on something else, is context, not a clue ("Cuba"
    in a deck on Cuba). True/false and ordering questions have no answer to give away.
    """

    RARE_SHARE = 0.05
    """A word or answer is rare when at most this share of the deck's questions show it (or 2)."""

    def __init__(self, questions: Sequence[Question]) -> None:
        self._questions = questions
        self._shown: dict[str, str] = {}
        self._rare_answer: dict[str, bool] = {}
        self._showing: Counter[str] | None = None
        self._limit = max(2, int(len(questions) * self.RARE_SHARE))

    def clash(self, question: Question, chosen: Iterable[Question]) -> bool:
        """Whether ``question`` and a chosen one give away each other's answer."""
        return any(
            other.fact_id != question.fact_id
            and (self.gives_away(other, question) or self.gives_away(question, other))
            for other in chosen
        )

    def gives_away(self, shown: Question, asked: Question) -> bool:
        """Whether ``shown`` (its prompt, items or feedback) gives away the answer to ``asked``."""
        key = _answer_key(asked)
        if key is None or key not in self._text(shown):
            return False
        if self._is_rare_answer(key):
            return True
        showing = self._word_counts()
        subject = set(normalise(asked.prompt).split()) - set(key.split())
        shared = subject & set(self._text(shown).split())
        return any(showing[word] <= self._limit for word in shared)

    def _text(self, question: Question) -> str:
        text = self._shown.get(question.id)
        if text is None:
            items = question.options if isinstance(question, OrderingQuestion) else []
            parts = [question.prompt, *items, question.explanation]
            text = " " + " ".join(normalise(part) for part in parts) + " "
            self._shown[question.id] = text
        return text

    def _word_counts(self) -> Counter[str]:
        """How many of the deck's questions show each word."""
        if self._showing is None:
            self._showing = Counter(
                word for question in self._questions for word in set(self._text(question).split())
            )
        return self._showing

    def _is_rare_answer(self, key: str) -> bool:
        rare = self._rare_answer.get(key)
        if rare is None:
            seen = 0
            for question in self._questions:
                seen += key in self._text(question)
                if seen > self._limit:
                    break
            rare = self._rare_answer[key] = seen <= self._limit
        return rare


DATED_KINDS = frozenset({"year", "date", "order"})
"""Kinds of fact whose answer is a time: a topic naming a year or decade would give it away."""
_NAMES_A_YEAR = re.compile(r"\d{4}")


def shown_topics(bank: Bank, question: Question) -> list[str]:
    """The topics to show beside ``question``, less those that would give its answer away: a
    topic the answer contains ("Cold War" for "the onset of the Cold War"; compared as grading
    compares answers, as whole words), and, when the answer is a time (its fact's kind is a
    year, a date or an order), a topic naming a year or decade ("1960s", "news 2018")."""
    fact = bank.fact(question.fact_id)
    dated = fact is not None and fact.kind in DATED_KINDS
    answer = f" {normalise(question.answer)} " if isinstance(question.answer, str) else " "
    return [
        topic
        for topic in question.topics
        if f" {normalise(topic)} " not in answer and not (dated and _NAMES_A_YEAR.search(topic))
    ]


def _answer_key(question: Question) -> str | None:
    """The answer as it would be found in another question's text (`` 1968 ``), if any."""
    if question.type in (QuestionType.TRUE_FALSE, QuestionType.ORDERING):
        return None
    key = normalise(str(question.answer))
    return f" {key} " if key else None


def _has_type(question: Question, settings: QuizSettings) -> bool:
    return not settings.types or question.type in settings.types


def _has_topic(question: Question, topics: Collection[str]) -> bool:
    wanted = {normalise(t) for t in topics}
    return not wanted or any(normalise(t) in wanted for t in question.topics)


def question_topics(questions: Iterable[Question]) -> list[str]:
    """The topics of ``questions``, each once, in alphabetical order (case ignored, then
    capitals first, so the order never depends on the set's)."""
    topics = {topic for question in questions for topic in question.topics}
    return sorted(topics, key=lambda topic: (topic.casefold(), topic))


def question_types(questions: Iterable[Question]) -> list[QuestionType]:
    """The question types among ``questions``, in :class:`QuestionType` order."""
    present = {q.type for q in questions}
    return [kind for kind in QuestionType if kind in present]


def _why_none(bank: Bank, settings: QuizSettings, available: Sequence[Question]) -> str:
    """Why no question passes the filters, naming what the deck has for the filter at fault."""
    if not bank.questions:
        return "This deck has no questions."
    if not available:
        return "Every question in this deck has been flagged as wrong."
    wanted = []
    if settings.topics:
        wanted.append("topic " + " or ".join(repr(t) for t in settings.topics))
    if settings.types:
        wanted.append("type " + " or ".join(str(t) for t in settings.types))
    hints = []
    with_topic = [q for q in available if _has_topic(q, settings.topics)]
    if not with_topic:
        topics = question_topics(available)
        hints.append(
            f"Topics in this deck: {', '.join(topics)}." if topics else "This deck has no topics."
        )
    if not any(_has_type(q, settings) for q in available):
        hints.append(f"Question types in this deck: {', '.join(question_types(available))}.")
    if not hints:  # each filter matches something, but not together
        hints.append(f"Question types with that topic: {', '.join(question_types(with_topic))}.")
    return " ".join([f"No questions match {' and '.join(wanted)}.", *hints])


def objective_rating(
    correct: bool, near_miss: bool, timed_out: bool, seconds: float, limit: float | None
) -> Rating:
    """The scheduler rating of a graded answer: wrong → Again, slow or near miss → Hard, else Good."""
    if timed_out or not correct:
        return Rating.Again
    if near_miss or (limit is not None and seconds > SLOW_SHARE * limit):
        return Rating.Hard
    return Rating.Good


def speed_points(correct: bool, seconds: float, limit: float | None) -> int:
    """1000 × (1 − (t / limit) / 2) for a right timed answer (500–1000); 0 when wrong or untimed."""
    if not correct or limit is None:
        return 0
    share = min(max(seconds / limit, 0.0), 1.0)
    return round(MAX_SPEED_POINTS * (1 - share / 2))


@dataclass(frozen=True)
class QuizAnswer:
    """One graded answer of a quiz (or of a review)."""

    question: Question
    grade: Grade
    seconds: float
    """Time from showing the question to the answer (capped at the limit when timed out)."""
    timed_out: bool
    speed_points: int
    rating: Rating
    """What this answer tells the scheduler (see :func:`objective_rating`)."""
    overridden: bool = False
    """Graded wrong, then marked right by the learner ("I was right", see :func:`override_answer`)."""


def answer_question(
    question: Question, response: Response, seconds: float, limit: float | None, *, late: bool
) -> QuizAnswer:
    """Grade and score one answer; ``late`` (past the deadline) or a None response times out."""
    timed_out = late or response is None
    verdict = grade(question, response)
    if timed_out:
        verdict = replace(verdict, correct=False, near_miss=False)
    return QuizAnswer(
        question=question,
        grade=verdict,
        seconds=seconds,
        timed_out=timed_out,
        speed_points=0 if timed_out else speed_points(verdict.correct, seconds, limit),
        rating=objective_rating(verdict.correct, verdict.near_miss, timed_out, seconds, limit),
    )


def why_not_overridable(answer: QuizAnswer) -> str | None:
    """Why ``answer`` cannot be overridden, or None when it can."""
    if answer.overridden:
        return "this answer was already overridden"
    if answer.question.type not in OVERRIDABLE_TYPES:
        return f"only typed and number answers can be overridden, not {answer.question.type}"
    if answer.timed_out:
        return "an answer that timed out cannot be overridden"
    if answer.grade.correct:
        return "this answer was already graded right"
    return None


def override_answer(answer: QuizAnswer, limit: float | None) -> QuizAnswer:
    """``answer`` marked right by the learner ("I was right").

    The grade becomes correct, speed points are those of a right answer in the same time
    (``limit``: the per-question limit, None when untimed), and the rating is
    :data:`OVERRIDE_RATING`.

    Raises:
        ValueError: the answer is not a typed or number answer graded wrong in time.
    """
    why = why_not_overridable(answer)
    if why is not None:
        raise ValueError(why)
    return replace(
        answer,
        grade=replace(answer.grade, correct=True),
        speed_points=speed_points(True, answer.seconds, limit),
        rating=OVERRIDE_RATING,
        overridden=True,
    )


@dataclass(frozen=True)
class QuizResults:
    """The score of a quiz: correctness, time and speed points, and every answer."""

    answers: tuple[QuizAnswer, ...]
    """Per-question results, in the order asked."""
    total: int
    """Questions in the quiz, including any left unanswered when the quiz time ran out."""

    @property
    def correct(self) -> int:
        return sum(a.grade.correct for a in self.answers)

    @property
    def answered(self) -> int:
        return len(self.answers)

    @property
    def unanswered(self) -> int:
        return self.total - len(self.answers)

    @property
    def accuracy(self) -> float:
        """Share of answered questions that were right (0.0 when none was answered)."""
        return self.correct / self.answered if self.answers else 0.0

    @property
    def total_seconds(self) -> float:
        return sum(a.seconds for a in self.answers)

    @property
    def speed_points(self) -> int:
        return sum(a.speed_points for a in self.answers)

    @property
    def missed(self) -> list[QuizAnswer]:
        """The answers that were wrong or timed out."""
        return [a for a in self.answers if not a.grade.correct]

    def summary(self) -> dict[str, Any]:
        """The figures stored with the finished quiz session (``store.finish_session``)."""
        return {
            "correct": self.correct,
            "answered": self.answered,
            "total": self.total,
            "accuracy": self.accuracy,
            "seconds": round(self.total_seconds, 3),
            "speed_points": self.speed_points,
        }


class QuizSession:
    """One quiz in progress: the current question, its countdown, and the answers so far.

    Timing uses a monotonic ``clock`` (injectable for tests). Per question: ``start_question()``
    when it is shown, ``seconds_left()`` for the countdown, ``submit(response)`` (None when the
    countdown reached zero), then ``advance()``. ``pause()`` and ``resume()`` stop the clocks
    (e.g. while a dialog covers the question): the question's and the whole quiz's deadlines both
    move by the time spent paused, which no answer is charged for.
    """

    def __init__(
        self,
        questions: Sequence[Question],
        settings: QuizSettings,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if not questions:
            raise ValueError("a quiz needs at least one question")
        self.questions: tuple[Question, ...] = tuple(questions)
        self.settings = settings
        self._clock = clock
        self.index = 0
        """Position of the current question."""
        self.answers: list[QuizAnswer] = []
        self._started_at: float | None = None
        self._quiz_deadline: float | None = None
        self._out_of_time = False
        self._paused_at: float | None = None

    @property
    def total(self) -> int:
        return len(self.questions)

    @property
    def finished(self) -> bool:
        """Every question answered, or the whole-quiz time ran out."""
        return self.index >= self.total or self._out_of_time

    @property
    def current(self) -> Question:
        """The question being asked (only while not finished)."""
        if self.finished:
            raise RuntimeError("the quiz is finished")
        return self.questions[self.index]

    @property
    def paused(self) -> bool:
        return self._paused_at is not None

    def _now(self) -> float:
        """The clock, stopped at the moment of pausing while paused."""
        return self._paused_at if self._paused_at is not None else self._clock()

    def pause(self) -> None:
        """Stop the countdown (of the question and of the whole quiz); pausing twice is one pause."""
        if self._paused_at is None:
            self._paused_at = self._clock()

    def resume(self) -> None:
        """Restart the countdown where ``pause()`` stopped it (no effect when not paused)."""
        if self._paused_at is None:
            return
        paused = self._clock() - self._paused_at
        self._paused_at = None
        if self._started_at is not None:
            self._started_at += paused
        if self._quiz_deadline is not None:
            self._quiz_deadline += paused

    @property
    def answered_current(self) -> bool:
        """Whether the current question has been submitted (feedback is showing)."""
        return len(self.answers) > self.index

    def start_question(self) -> None:
        """Start the current question's countdown (and the quiz's, on the first question).

        Calling it again for the same question keeps the original start time.
        """
        if self._started_at is not None or self.finished:
            return
        now = self._now()
        self._started_at = now
        if self._quiz_deadline is None and self.settings.quiz_time_limit is not None:
            self._quiz_deadline = now + self.settings.quiz_time_limit

    def _deadline(self) -> float | None:
        """When the current question times out (as if shown now, before ``start_question``)."""
        start = self._started_at if self._started_at is not None else self._now()
        quiz_deadline = self._quiz_deadline
        if quiz_deadline is None and self.settings.quiz_time_limit is not None:
            quiz_deadline = start + self.settings.quiz_time_limit
        limit = self.settings.question_limit
        question_deadline = None if limit is None else start + limit
        return min((d for d in (quiz_deadline, question_deadline) if d is not None), default=None)

    def seconds_left(self) -> float | None:
        """Seconds until the current question times out (≥ 0), or None when untimed."""
        deadline = self._deadline()
        return None if deadline is None else max(0.0, deadline - self._now())

    def submit(self, response: Response) -> QuizAnswer:
        """Grade the current question's answer; None or a submission after the deadline times out."""
        if self._started_at is None or self.answered_current:
            raise RuntimeError("submit() needs a started question that has no answer yet")
        now = self._now()
        deadline = self._deadline()
        late = deadline is not None and now >= deadline
        end = now if deadline is None else min(now, deadline)
        answer = answer_question(
            self.current, response, end - self._started_at, self.settings.question_limit, late=late
        )
        self.answers.append(answer)
        return answer

    def _answer_at(self, index: int | None) -> int:
        """The position of answer ``index`` (None: the last one submitted)."""
        position = len(self.answers) - 1 if index is None else index
        if not 0 <= position < len(self.answers):
            raise IndexError("no answer to override" if index is None else f"no answer {index}")
        return position

    def can_override(self, index: int | None = None) -> bool:
        """Whether answer ``index`` (None: the last one submitted) may be overridden."""
        try:
            position = self._answer_at(index)
        except IndexError:
            return False
        return why_not_overridable(self.answers[position]) is None

    def override(self, index: int | None = None) -> QuizAnswer:
        """ "I was right": count answer ``index`` (None: the last one submitted) as right.

        The answer is replaced by its overridden form (see :func:`override_answer`), so the score and
        ``results()`` count it as right from now on.

        Raises:
            IndexError: no answer was submitted at ``index`` (or none at all).
            ValueError: that answer is not a typed or number answer graded wrong in time.
        """
        position = self._answer_at(index)
        answer = override_answer(self.answers[position], self.settings.question_limit)
        self.answers[position] = answer
        return answer

    def set_aside(self, fact_id: str) -> list[int]:
        """Leave the questions on ``fact_id`` still to come out of this quiz (the fact was just
        suspended, e.g. as a leech): the quiz gets shorter.

        Returns:
            The positions the questions left out had, in ascending order.
        """
        dropped = [
            position
            for position in range(self.index + 1, self.total)
            if self.questions[position].fact_id == fact_id
        ]
        if dropped:
            self.questions = tuple(
                question
                for position, question in enumerate(self.questions)
                if position not in dropped
            )
        return dropped

    def advance(self) -> None:
        """Move to the next question (the quiz finishes if its whole time has run out)."""
        if not self.answered_current:
            raise RuntimeError("advance() before the current question was answered")
        self.index += 1
        self._started_at = None
        if self._quiz_deadline is not None and self._now() >= self._quiz_deadline:
            self._out_of_time = True

    def results(self) -> QuizResults:
        return QuizResults(answers=tuple(self.answers), total=self.total)
