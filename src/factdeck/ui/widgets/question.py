"""A question as the learner sees it: what kind it is, the prompt, and where to answer.

Shared by every mode that asks questions (quiz, review, and later flashcards, which show the
same heading and prompt without an answer widget).
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content

from factdeck.bank import Question, QuestionType
from factdeck.ui.widgets.answers import AnswerWidget, answer_widget
from factdeck.ui.widgets.literal import Literal

TYPE_NAMES: dict[QuestionType, str] = {
    QuestionType.MULTIPLE_CHOICE: "Multiple choice",
    QuestionType.TRUE_FALSE: "True or false?",
    QuestionType.TYPED: "Type the answer",
    QuestionType.NUMBER: "Type a number",
    QuestionType.ORDERING: "Put in order",
}
"""How each question type is named on screen."""


def question_heading(question: Question, topics_shown: list[str]) -> Content:
    """The line above a prompt: the question type and the topics shown with it."""
    topics = ", ".join(topics_shown)
    return Content.assemble(
        (TYPE_NAMES[question.type], "bold"),
        (" · " if topics else "", "dim"),
        (Content(topics).stylize("dim") if topics else ""),
    )


class QuestionView(Vertical):
    """Heading, prompt and (unless ``answerable`` is False) the answer widget of one question.

    ``items``: an ordering question's items in the order to show them (default: the bank's).
    """

    def __init__(
        self,
        question: Question,
        topics: list[str],
        *,
        answerable: bool = True,
        items: list[str] | None = None,
    ) -> None:
        super().__init__(classes="question-view")
        self.question = question
        """The question shown."""
        self.topics = topics
        """The topics shown in its heading (see ``factdeck.study.quiz.shown_topics``)."""
        self.answer: AnswerWidget | None = answer_widget(question, items) if answerable else None
        """The widget that takes the answer (None when not ``answerable``)."""

    def compose(self) -> ComposeResult:
        yield Literal(question_heading(self.question, self.topics), classes="question-heading")
        yield Literal(self.question.prompt, classes="question-prompt")
        if self.answer is not None:
            yield self.answer
