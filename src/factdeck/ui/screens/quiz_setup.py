"""Quiz setup: how many questions, how much time, which topics and types. Enter starts."""

from __future__ import annotations

from typing import ClassVar

from pydantic import ValidationError
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Input, SelectionList, Static

from factdeck.study.quiz import QuizSettings, problem_text, question_topics, question_types
from factdeck.ui import keys
from factdeck.ui.modes import CannotOpen
from factdeck.ui.screens.base import FactDeckScreen
from factdeck.ui.widgets.literal import Literal
from factdeck.ui.widgets.question import TYPE_NAMES
from factdeck.ui.widgets.tick_list import TickList

FIELDS = {
    "count": "count",
    "seconds_per_question": "seconds",
    "quiz_time_limit": "quiz-limit",
    "topics": "topics",
    "types": "types",
}
"""Quiz setting → the id of the field that sets it."""

FIELD_LABELS = {
    "count": "Questions",
    "seconds": "Seconds each",
    "quiz-limit": "Whole quiz limit",
    "topics": "Topics",
    "types": "Question types",
}
"""Field id → its label, for messages."""


REPEAT_FACTS = "Repeat facts in other forms to reach the count"
"""The option that lets a narrow quiz reach its count (each fact is asked once otherwise)."""


class InvalidSetting(ValueError):
    """A setting on screen cannot be used; the message names the field."""


class QuizSetupScreen(FactDeckScreen[None]):
    """The quiz's settings, filled in with the last ones used; Enter starts the quiz."""

    BINDINGS: ClassVar[list[BindingType]] = keys.QUIZ_SETUP
    CSS_PATH = "quiz_setup.tcss"
    TITLE = "Quiz setup"

    def compose_body(self) -> ComposeResult:
        settings = self.factdeck.quiz_settings
        limit = settings.quiz_time_limit
        with Vertical(id="setup"):
            yield Static(
                "Enter starts the quiz. Space ticks a topic or type (none ticked: all).",
                classes="muted",
            )
            with Horizontal(id="setup-numbers"):
                # Labels short enough for one line each at 60 columns.
                yield self._field("Questions", "count", str(settings.count))
                yield self._field("Seconds (0: off)", "seconds", str(settings.seconds_per_question))
                yield self._field(
                    "Whole quiz (s)", "quiz-limit", "" if limit is None else str(limit)
                )
            with Horizontal(id="setup-filters"):
                topics = question_topics(self.factdeck.bank.questions)
                topic_list = TickList(
                    *[(Content(topic), topic, topic in settings.topics) for topic in topics],
                    id="topics",
                )
                topic_list.border_title = "Topics"
                yield topic_list
                type_list = TickList(
                    *[
                        (TYPE_NAMES[kind], kind.value, kind.value in settings.types)
                        for kind in question_types(self.factdeck.bank.questions)
                    ],
                    id="types",
                )
                type_list.border_title = "Question types"
                yield type_list
            yield TickList(
                (
                    REPEAT_FACTS,
                    "repeat_facts",
                    settings.repeat_facts,
                ),
                id="setup-options",
            )
            yield Literal(id="setup-message")

    @staticmethod
    def _field(label: str, field_id: str, value: str) -> Vertical:
        return Vertical(
            Static(label, classes="muted"),
            Input(value, type="integer", id=field_id, placeholder="none"),
            classes="setup-field",
        )

    def on_mount(self) -> None:
        self.query_one("#count", Input).focus()

    def _number(self, field_id: str) -> int | None:
        value = self.query_one(f"#{field_id}", Input).value.strip()
        try:
            return int(value) if value else None
        except ValueError:  # a lone "-": the input only takes digits and a sign
            raise InvalidSetting(f"{FIELD_LABELS[field_id]}: type a whole number") from None

    def settings(self) -> QuizSettings:
        """The settings on screen.

        Raises:
            InvalidSetting: a value is missing its digits or out of range (the message says so).
        """
        values: dict[str, object] = {
            "count": self._number("count"),
            "seconds_per_question": self._number("seconds"),
            "quiz_time_limit": self._number("quiz-limit") or None,
            "topics": tuple(self.query_one("#topics", SelectionList).selected),
            "types": tuple(self.query_one("#types", SelectionList).selected),
            "pause_after_timeout": self.factdeck.quiz_settings.pause_after_timeout,
            "repeat_facts": "repeat_facts"
            in self.query_one("#setup-options", SelectionList).selected,
        }
        try:
            return QuizSettings.model_validate(
                {key: value for key, value in values.items() if value is not None}
            )
        except ValidationError as error:
            problems = [
                f"{FIELD_LABELS[FIELDS[str(problem['loc'][0])]]}: {problem_text(problem)}"
                for problem in error.errors()
            ]
            raise InvalidSetting("; ".join(problems)) from None

    def action_start(self) -> None:
        """Start a quiz with the settings on screen (or say what stops it)."""
        message = self.query_one("#setup-message", Literal)
        try:
            settings = self.settings()
            quiz = self.factdeck.mode_screen("quiz", settings=settings)
        except (InvalidSetting, CannotOpen) as error:
            message.set_text(str(error))
            return
        self.factdeck.quiz_settings = settings
        self.app.switch_screen(quiz)

    def action_back(self) -> None:
        """Back to the home screen."""
        self.dismiss(None)
