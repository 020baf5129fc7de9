"""The part every question-asking screen shares: ask, grade (domain), save, then feedback.

``AnsweringScreen`` shows one question at a time. When the learner answers (or time runs out)
it asks the subclass to grade it (through the domain), saves it through the store in a worker
thread, and only once the write has returned shows the feedback. Enter moves on; "I was right"
overrides a typed answer marked wrong (the store logs it, the domain's ``QuizSession.override``
rescores it). Subclasses (quiz, review) say which question comes next and what the status line
shows.
"""

from __future__ import annotations

import asyncio
from enum import Enum
from typing import ClassVar

from textual import work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.reactive import var

from factdeck.bank import MultipleChoiceQuestion, OrderingQuestion, Question, TrueFalseQuestion
from factdeck.progress import AnswerRecord, ProgressError
from factdeck.study.grading import Response
from factdeck.study.quiz import QuizAnswer, QuizSession, shown_topics
from factdeck.ui import keys
from factdeck.ui.dialogs.confirm import ConfirmDialog
from factdeck.ui.dialogs.notice import NoticeDialog
from factdeck.ui.screens.base import FactDeckScreen
from factdeck.ui.widgets.answers import AnswerWidget, Choices
from factdeck.ui.widgets.countdown import Countdown
from factdeck.ui.widgets.feedback import FeedbackPanel, Verdict
from factdeck.ui.widgets.literal import Literal
from factdeck.ui.widgets.question import QuestionView


class Phase(Enum):
    """Where the screen is in the ask → save → feedback cycle."""

    ASKING = "asking"
    SAVING = "saving"
    FEEDBACK = "feedback"
    DONE = "done"


class AnsweringScreen(FactDeckScreen[None]):
    """Base of the quiz and review screens."""

    BINDINGS: ClassVar[list[BindingType]] = keys.ANSWERING
    CSS_PATH = "answering.tcss"
    MODE = "quiz"
    """The mode answers are recorded under."""
    LEAVE_QUESTION = "Leave?"
    """What the confirmation asks when the learner presses Escape midway."""

    session: QuizSession
    """Times, grades and scores the answers (the domain's); set by the subclass."""

    phase: var[Phase] = var(Phase.ASKING, bindings=True)
    """Asking, saving the answer, showing feedback, or done: the keys shown follow it."""

    def __init__(self) -> None:
        super().__init__()
        self.last_answer: QuizAnswer | None = None
        """The graded answer on show in the feedback."""
        self.last_record: AnswerRecord | None = None
        """What the store saved for it."""
        self.move_on_at: float | None = None
        """When feedback on a timed-out question gives way to the next one (monotonic clock);
        None: it waits for Enter."""

    # ---- For subclasses ----

    def first_question(self) -> Question:
        """The question to start with."""
        raise NotImplementedError

    def grade(self, response: Response) -> QuizAnswer:
        """Grade ``response`` to the current question through the domain (None = timed out)."""
        raise NotImplementedError

    def record(self, answer: QuizAnswer) -> AnswerRecord:
        """Save ``answer`` (runs in a worker thread; returns once durable)."""
        raise NotImplementedError

    def next_question(self) -> Question | None:
        """After feedback: the next question, or None when done (then ``finish`` runs)."""
        raise NotImplementedError

    def finish(self) -> None:
        """Everything asked: show what comes after (results, a summary...)."""
        raise NotImplementedError

    def status(self) -> Content:
        """The status line (left side)."""
        raise NotImplementedError

    def seconds_left(self) -> float | None:
        """Time left on the current question, or None when untimed."""
        return None

    def pause_after_timeout(self) -> int:
        """Seconds the feedback on a timed-out question shows before moving on (0: never)."""
        return 0

    def started(self) -> None:
        """Called when a question appears (start its countdown)."""

    def overridden_answer(self, record: AnswerRecord) -> None:
        """Called after "I was right" was saved and the session counts the answer as right."""

    def fact_set_aside(self, fact_id: str) -> None:
        """Called when an answer made ``fact_id`` a leech: its questions still to come are left
        out of the session (a subclass keeps its own lists in step)."""
        self.session.set_aside(fact_id)

    @property
    def answers_given(self) -> int:
        """How many answers were saved on this screen."""
        return 0

    # ---- The cycle ----

    def compose_body(self) -> ComposeResult:
        with Horizontal(id="status"):
            yield Literal(id="status-progress")
            yield Countdown()
        with VerticalScroll(id="question-area"):
            yield FeedbackPanel()

    def on_mount(self) -> None:
        self.show_question(self.first_question())
        self.set_interval(0.1, self.tick)

    def show_question(self, question: Question) -> None:
        """Replace the question on show with ``question`` and start asking it."""
        self.query(QuestionView).remove()
        feedback = self.query_one(FeedbackPanel)
        feedback.remove_class("-shown")
        items = (
            self.factdeck.item_order.shown_items(question)
            if isinstance(question, OrderingQuestion)
            else None
        )
        view = QuestionView(question, shown_topics(self.factdeck.bank, question), items=items)
        self.query_one("#question-area").mount(view, before=feedback)
        self.phase = Phase.ASKING
        self.last_answer = None
        self.last_record = None
        self.move_on_at = None
        self.started()
        if view.answer is not None:
            self.call_after_refresh(view.answer.focus)
        self.refresh_status()

    def refresh_status(self) -> None:
        """Redraw the status line and the countdown."""
        self.query_one("#status-progress", Literal).set_text(self.status())
        self.query_one(Countdown).show(self.seconds_left())

    def tick(self) -> None:
        """Update the countdown from the deadline; at zero the question times out. After a
        time-out, move on once its feedback has shown for its pause (not under a dialog)."""
        if self.phase is Phase.FEEDBACK and self.move_on_at is not None:
            if self.app.screen is self and self.factdeck.clock() >= self.move_on_at:
                self.action_continue()
            return
        if self.phase is not Phase.ASKING:
            return
        left = self.seconds_left()
        self.query_one(Countdown).show(left)
        if left is not None and left <= 0:
            for answer in self.query(AnswerWidget):
                answer.locked = True
            self.take_answer(None)

    def on_answer_widget_given(self, message: AnswerWidget.Given) -> None:
        message.stop()
        if self.phase is Phase.ASKING:
            self.take_answer(message.response)

    def take_answer(self, response: Response) -> None:
        """Grade the answer now and start saving it; the feedback shows once it is saved."""
        self.phase = Phase.SAVING
        answer = self.grade(response)
        self.last_answer = answer
        # The write starts at once; nothing is repainted until the feedback shows.
        self.show_when_saved(self.factdeck.start_in_store(self.record, answer))

    @work(exclusive=True, group="save")
    async def show_when_saved(self, saving: asyncio.Future[AnswerRecord]) -> None:
        """Wait for the answer's durable write, then (and only then) show the feedback."""
        try:
            record = await saving
        except ProgressError as error:
            self.save_failed(error)
            return
        self.last_record = record
        if self.last_answer is not None and self.factdeck.service.made_leech(record):
            self.fact_set_aside(self.last_answer.question.fact_id)
        pause = self.pause_after_timeout()
        if self.last_answer is not None and self.last_answer.timed_out and pause:
            self.move_on_at = self.factdeck.clock() + pause
        self.phase = Phase.FEEDBACK
        self.show_feedback()
        self.refresh_status()

    def save_failed(self, error: ProgressError) -> None:
        """A write failed: say so and go back home (nothing after it can be saved either)."""
        self.phase = Phase.DONE
        self.app.push_screen(
            NoticeDialog(
                "Your answer could not be saved",
                [str(error), "Answers saved before this one are safe."],
            ),
            lambda _: self.dismiss(None),
        )

    def verdict(self) -> Verdict:
        """What the feedback shows about the last answer."""
        answer = self.last_answer
        assert answer is not None
        question = answer.question
        source = self.factdeck.bank.source(question.source.document)
        correct_statement = (
            question.correct_statement if isinstance(question, TrueFalseQuestion) else None
        )
        return Verdict(
            correct=answer.grade.correct,
            expected=answer.grade.expected,
            given=answer.grade.given,
            explanation=question.explanation,
            quote=question.source.quote,
            source_title=source.title if source is not None else None,
            near_miss=answer.grade.near_miss,
            timed_out=answer.timed_out,
            overridden=answer.overridden,
            speed_points=answer.speed_points,
            moves_on_in=self.pause_after_timeout() if self.move_on_at is not None else None,
            correct_statement=correct_statement,
            became_leech=self.last_record is not None
            and self.factdeck.service.made_leech(self.last_record),
        )

    def show_feedback(self) -> None:
        """Show the verdict on the last answer below the question; a choice question's options
        show which was right, and stay in view above the verdict."""
        question = self.last_answer.question if self.last_answer is not None else None
        choices: Choices | None = None
        for answer in self.query(AnswerWidget):
            answer.show_answered()
            if isinstance(answer, Choices) and isinstance(
                question, MultipleChoiceQuestion | TrueFalseQuestion
            ):
                answer.show_right(question.answer)
                choices = answer
        feedback = self.query_one(FeedbackPanel)
        feedback.show_verdict(self.verdict())
        feedback.add_class("-shown")
        area = self.query_one("#question-area", VerticalScroll)
        if choices is None:
            self.call_after_refresh(feedback.scroll_visible)
        else:
            # The options, then as much of the verdict as fits: the marks are the verdict.
            self.call_after_refresh(area.scroll_to_widget, choices, animate=False, top=True)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "continue":
            return self.phase is Phase.FEEDBACK
        if action == "override":
            return self.can_override()
        return True

    def can_override(self) -> bool:
        """Whether "I was right" applies to the feedback on show (the domain decides)."""
        return (
            self.phase is Phase.FEEDBACK
            and self.last_record is not None
            and self.session.can_override()
        )

    def action_continue(self) -> None:
        """Leave the feedback for the next question (or the end)."""
        if self.phase is not Phase.FEEDBACK:
            return
        self.move_on_at = None
        question = self.next_question()
        if question is None:
            self.phase = Phase.DONE
            self.finish()
        else:
            self.show_question(question)

    @work(exclusive=True, group="save")
    async def action_override(self) -> None:
        """ "I was right": the store logs an override, then the session counts the answer right."""
        if not self.can_override() or self.last_record is None:
            return
        self.phase = Phase.SAVING
        try:
            record = await self.factdeck.in_store(self.factdeck.service.override, self.last_record)
        except ProgressError as error:
            self.save_failed(error)
            return
        self.last_record = record
        self.last_answer = self.session.override()
        self.overridden_answer(record)
        self.phase = Phase.FEEDBACK
        self.show_feedback()
        self.refresh_status()

    def action_leave(self) -> None:
        """Escape: leave at once before any answer, else ask first (answers are already saved)."""
        if self.phase is Phase.SAVING:
            return
        if self.phase is Phase.DONE or self.answers_given == 0:
            self.dismiss(None)
            return

        def leave(yes: bool | None) -> None:
            if yes:
                self.dismiss(None)
                return
            self.session.resume()
            if self.move_on_at is not None:  # the feedback gets its whole pause again
                self.move_on_at = self.factdeck.clock() + self.pause_after_timeout()
            self.refresh_status()

        self.session.pause()  # time spent deciding is not taken from the question
        self.app.push_screen(
            ConfirmDialog(self.LEAVE_QUESTION, "Every answer so far is already saved."), leave
        )
