"""Review of missed questions: each asked (in another form where one exists) until cleared.

The store clears a missed question after right answers on two separate occasions (sessions);
one review session asks every missed question once. The screen shows how many remain.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from textual import work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import Screen

from factdeck.bank import Question
from factdeck.progress import AnswerRecord, ProgressError
from factdeck.study.grading import Response
from factdeck.study.quiz import QuizAnswer, QuizSession, QuizSettings
from factdeck.study.review import ReviewItem
from factdeck.ui import keys
from factdeck.ui.screens.answering import AnsweringScreen
from factdeck.ui.screens.base import FactDeckScreen
from factdeck.ui.widgets.literal import Literal
from factdeck.wording import counted

if TYPE_CHECKING:
    from factdeck.ui.app import FactDeckApp

UNTIMED = QuizSettings(seconds_per_question=0)
"""Reviews are not timed."""


@dataclass(frozen=True)
class ReviewOutcome:
    """How a review session went."""

    answered: int
    right: int
    remaining: int
    """Missed questions still waiting afterwards."""


def open_review(app: FactDeckApp) -> Screen[None]:
    """The review mode in ``app``: the review screen, or a notice when nothing is missed."""
    items = app.in_store_now(app.service.review_items)
    return ReviewScreen(items) if items else ReviewDoneScreen(None)


class ReviewScreen(AnsweringScreen):
    """Asks each missed question once (untimed); answers are recorded with ``review_of``."""

    MODE = "review"
    LEAVE_QUESTION = "Stop reviewing?"
    TITLE = "Review missed"

    def __init__(self, items: list[ReviewItem]) -> None:
        super().__init__()
        self.items = items
        """The missed questions, each with the form to ask it as."""
        self.session = QuizSession(
            [item.question for item in items], UNTIMED, clock=self.factdeck.clock
        )
        """Times and grades the answers (the domain's quiz session, untimed)."""
        self.session_id: str | None = None
        """The store's id for this review, created with the first answer."""
        self.remaining = len(items)
        """Missed questions still waiting, as of the last answer."""

    def first_question(self) -> Question:
        return self.session.current

    def started(self) -> None:
        self.session.start_question()

    def grade(self, response: Response) -> QuizAnswer:
        return self.session.submit(response)

    def record(self, answer: QuizAnswer) -> AnswerRecord:
        service = self.factdeck.service
        if self.session_id is None:
            self.session_id = service.start_review()
        record = service.record_quiz_answer(
            answer,
            mode=self.MODE,
            session_id=self.session_id,
            review_of=self.items[self.session.index].review_of,
        )
        self.remaining = len(service.review_items())
        return record

    def fact_set_aside(self, fact_id: str) -> None:
        dropped = set(self.session.set_aside(fact_id))
        self.items = [item for position, item in enumerate(self.items) if position not in dropped]

    def overridden_answer(self, record: AnswerRecord) -> None:
        self.remaining = len(self.factdeck.in_store_now(self.factdeck.service.review_items))

    def next_question(self) -> Question | None:
        self.session.advance()
        return None if self.session.finished else self.session.current

    @property
    def answers_given(self) -> int:
        return len(self.session.answers)

    def outcome(self) -> ReviewOutcome:
        """The review so far."""
        answers = self.session.answers
        right = sum(answer.grade.correct for answer in answers)
        return ReviewOutcome(answered=len(answers), right=right, remaining=self.remaining)

    def finish(self) -> None:
        self.app.switch_screen(ReviewDoneScreen(self.outcome(), self.session_id))

    def status(self) -> Content:
        number = min(self.session.index + 1, self.session.total)
        return Content.assemble(
            (f"Review {number} of {self.session.total}", "bold"),
            f"   {counted(self.remaining, 'missed question')} left",
        )


class ReviewDoneScreen(FactDeckScreen[None]):
    """After a review, or instead of one when nothing is missed; offers a quiz."""

    BINDINGS: ClassVar[list[BindingType]] = keys.REVIEW_DONE
    CSS_PATH = "review.tcss"
    TITLE = "Review missed"

    def __init__(self, outcome: ReviewOutcome | None, session_id: str | None = None) -> None:
        super().__init__()
        self.outcome = outcome
        """How the review went (None: there was nothing to review)."""
        self.session_id = session_id
        """The review's session in the store, to finish."""

    def compose_body(self) -> ComposeResult:
        with Vertical(id="review-done"):
            yield Literal(self.message(), id="review-message")
            yield Literal("q  take a quiz      esc  home", classes="muted")

    def message(self) -> Content:
        """What the screen says."""
        outcome = self.outcome
        if outcome is None:
            return Content.assemble(
                ("Nothing to review: no missed question is waiting.", "bold"),
                "\n\nA question you answer wrong, in any mode, comes back here until you get it "
                "right on two separate occasions. Take a quiz to find some.\n",
            )
        lines: list[str | tuple[str, str]] = [
            (f"Review finished: {outcome.right} of {outcome.answered} right.", "bold"),
            "\n\n",
        ]
        if outcome.remaining == 0:
            lines.append("Your missed set is empty: everything is cleared.\n")
        else:
            many = outcome.remaining != 1
            lines.append(
                f"{outcome.remaining} missed question{'s' if many else ''} "
                f"remain{'' if many else 's'}. Each is cleared by right answers on two separate "
                "occasions: come back to review again later.\n"
            )
        return Content.assemble(*lines)

    def on_mount(self) -> None:
        if self.session_id is not None and self.outcome is not None:
            self.save_summary(self.session_id, self.outcome)

    @work(group="save")
    async def save_summary(self, session_id: str, outcome: ReviewOutcome) -> None:
        """Close the review session in the store with its figures."""
        try:
            await self.factdeck.in_store(
                self.factdeck.service.finish_session,
                session_id,
                answered=outcome.answered,
                correct=outcome.right,
                remaining=outcome.remaining,
            )
        except ProgressError as error:
            self.notify(
                str(error), title="The review was not saved", severity="error", markup=False
            )

    def action_quiz(self) -> None:
        """Set up a quiz."""
        self.factdeck.push_mode("quiz-setup", replace=True)

    def action_home(self) -> None:
        """Back to the home screen."""
        self.dismiss(None)
