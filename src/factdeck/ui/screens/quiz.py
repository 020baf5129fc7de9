"""A timed quiz: one question after another, each saved before its feedback, then results."""

from __future__ import annotations

from collections.abc import Sequence

from textual.content import Content

from factdeck.bank import Question
from factdeck.progress import AnswerRecord
from factdeck.study.grading import Response
from factdeck.study.quiz import NoQuestions, QuizAnswer, QuizSession, QuizSettings
from factdeck.ui.modes import CannotOpen
from factdeck.ui.screens.answering import AnsweringScreen


def shorter_quiz_text(questions: Sequence[Question], settings: QuizSettings) -> str:
    """Why the quiz has fewer questions than asked for: too few facts (each is asked once), or
    too few questions even with every form of each fact."""
    count = len(questions)
    if settings.repeat_facts:
        return (
            f"Only {count} question{'' if count == 1 else 's'} match these settings, "
            f"so the quiz has {count}, not {settings.count}."
        )
    return (
        f"Only {count} fact{' matches' if count == 1 else 's match'} these settings and a quiz "
        f"asks each fact once, so it has {count} question{'' if count == 1 else 's'}, not "
        f'{settings.count}. To ask facts again in other forms, tick "Repeat facts" in the '
        "quiz setup (or use --repeat-facts)."
    )


class QuizScreen(AnsweringScreen):
    """Asks the questions of one ``QuizSession``; its countdown comes from the session.

    Args:
        settings: The quiz settings (default: the app's current ones).

    Raises:
        CannotOpen: no question matches the settings.
    """

    MODE = "quiz"
    LEAVE_QUESTION = "Leave this quiz?"
    TITLE = "Quiz"

    def __init__(self, settings: QuizSettings | None = None) -> None:
        super().__init__()
        app = self.factdeck
        settings = settings if settings is not None else app.quiz_settings
        try:
            questions = app.service.quiz_questions(settings, seed=app.question_seed())
        except NoQuestions as error:
            raise CannotOpen(str(error)) from error
        self.session = QuizSession(questions, settings, clock=app.clock)
        """The quiz in progress (the domain's)."""
        if len(questions) < settings.count:
            self.notify(
                shorter_quiz_text(questions, settings), title="A shorter quiz", markup=False
            )
        self.session_id: str | None = None
        """The store's id for this quiz, created with the first answer."""

    def first_question(self) -> Question:
        return self.session.current

    def started(self) -> None:
        self.session.start_question()

    def seconds_left(self) -> float | None:
        return self.session.seconds_left()

    def pause_after_timeout(self) -> int:
        return self.session.settings.pause_after_timeout

    def grade(self, response: Response) -> QuizAnswer:
        return self.session.submit(response)

    def record(self, answer: QuizAnswer) -> AnswerRecord:
        service = self.factdeck.service
        if self.session_id is None:
            self.session_id = service.start_quiz(self.session.settings)
        return service.record_quiz_answer(answer, mode=self.MODE, session_id=self.session_id)

    def next_question(self) -> Question | None:
        self.session.advance()
        return None if self.session.finished else self.session.current

    def finish(self) -> None:
        from factdeck.ui.screens.results import ResultsScreen

        self.app.switch_screen(ResultsScreen(self.session.results(), self.session_id))

    @property
    def answers_given(self) -> int:
        return len(self.session.answers)

    def status(self) -> Content:
        session = self.session
        right = sum(answer.grade.correct for answer in session.answers)
        points = sum(answer.speed_points for answer in session.answers)
        number = min(session.index + 1, session.total)
        return Content.assemble(
            (f"Question {number} of {session.total}", "bold"),
            f"   {right} right",
            (f"   {points:,} speed points" if session.settings.question_limit else "", "dim"),
        )
