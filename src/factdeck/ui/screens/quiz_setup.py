"""Quiz setup: how many questions, how much time, which topics and types. Enter starts."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Input, SelectionList, Static

from factdeck.bank import QuestionType
from factdeck.study.quiz import QuizSettings
from factdeck.ui import keys
from factdeck.ui.screens.base import FactDeckScreen
from factdeck.ui.widgets.literal import Literal
from factdeck.ui.widgets.question import TYPE_NAMES


class QuizSetupScreen(FactDeckScreen[None]):
    """The quiz's settings, filled in with the last ones used; Enter starts the quiz."""

    BINDINGS: ClassVar[list[BindingType]] = keys.QUIZ_SETUP
    CSS_PATH = "quiz_setup.tcss"
    TITLE = "Quiz setup"

    def compose_body(self) -> ComposeResult:
        settings = self.factdeck.quiz_settings
        limit = settings.quiz_time_limit
        with Vertical(id="setup"):
            yield Static("Press Enter to start, or change the settings first.", classes="muted")
            with Horizontal(id="setup-numbers"):
                yield self._field("Questions", "count", str(settings.count))
                yield self._field(
                    "Seconds each (0 = untimed)", "seconds", str(settings.seconds_per_question)
                )
                yield self._field(
                    "Whole quiz limit (s)", "quiz-limit", "" if limit is None else str(limit)
                )
            with Horizontal(id="setup-filters"):
                topics = sorted({topic for q in self.factdeck.bank.questions for topic in q.topics})
                topic_list: SelectionList[str] = SelectionList(
                    *[(Content(topic), topic, topic in settings.topics) for topic in topics],
                    id="topics",
                )
                topic_list.border_title = "Topics (space toggles; none = all)"
                yield topic_list
                type_list: SelectionList[str] = SelectionList(
                    *[
                        (TYPE_NAMES[kind], kind.value, kind.value in settings.types)
                        for kind in QuestionType
                    ],
                    id="types",
                )
                type_list.border_title = "Question types (none = all)"
                yield type_list
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
        return int(value) if value else None

    def action_start(self) -> None:
        """Start a quiz with the settings on screen."""
        defaults = QuizSettings()
        count = self._number("count")
        seconds = self._number("seconds")
        try:
            settings = QuizSettings(
                count=defaults.count if count is None else count,
                seconds_per_question=(
                    defaults.seconds_per_question if seconds is None else seconds
                ),
                quiz_time_limit=self._number("quiz-limit") or None,
                topics=tuple(self.query_one("#topics", SelectionList).selected),
                types=tuple(self.query_one("#types", SelectionList).selected),
            )
        except ValueError as error:
            self.query_one("#setup-message", Literal).set_text(str(error))
            return
        self.factdeck.quiz_settings = settings
        if not self.factdeck.push_mode("quiz", replace=True, settings=settings):
            self.query_one("#setup-message", Literal).set_text(
                "No questions match these settings: choose other topics or types."
            )

    def action_back(self) -> None:
        """Back to the home screen."""
        self.dismiss(None)
