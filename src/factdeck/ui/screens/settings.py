"""Settings the learner can change, saved in their profile.

Scheduling settings (desired retention, daily limits, the hour a study day starts) and the
preferences (the default time per question and the pause after a timed-out question, which seed
the quiz setup, and the theme) are validated and saved by the study service, so the scheduler
uses them at once; the theme applies as soon as it is picked. Invalid values are explained
beside their field and nothing is saved.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from annotated_types import Ge, Le
from pydantic import BaseModel, ValidationError
from textual import work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Input, Select, Static

from factdeck.progress import ProgressError
from factdeck.study.settings import Preferences, StudySettings
from factdeck.ui import keys
from factdeck.ui.screens.base import FactDeckScreen
from factdeck.ui.widgets.literal import Literal


@dataclass(frozen=True)
class Field:
    """One number the learner can set."""

    name: str
    """The setting's name (a field of ``model``)."""
    label: str
    model: type[BaseModel]
    """The domain model whose field rules validate it."""
    decimal: bool = False
    """A decimal number (else a whole number)."""
    note: str = ""
    """Said after the allowed range, e.g. what 0 means."""

    def bounds(self) -> tuple[float | None, float | None]:
        """The lowest and highest allowed values, from the model's own rules."""
        low = high = None
        for rule in self.model.model_fields[self.name].metadata:
            if isinstance(rule, Ge):
                low = float(rule.ge)  # type: ignore[arg-type]
            elif isinstance(rule, Le):
                high = float(rule.le)  # type: ignore[arg-type]
        return low, high

    def range_text(self) -> str:
        """``0.7–0.97``: the allowed range, as shown to the learner."""
        low, high = self.bounds()
        return f"{_number(low)}–{_number(high)}"

    def parse(self, text: str) -> float | int:
        """The typed value.

        Raises:
            ValueError: it is not a number of the right kind.
        """
        return float(text) if self.decimal else int(text)


def _number(value: float | None) -> str:
    if value is None:
        return "…"
    return f"{value:g}"


FIELDS = (
    Field("desired_retention", "Desired retention", StudySettings, decimal=True),
    Field("new_per_day", "New facts per day", StudySettings),
    Field("reviews_per_day", "Reviews per day", StudySettings),
    Field("day_rollover_hour", "Study day starts at hour", StudySettings),
    Field("seconds_per_question", "Seconds per question", Preferences, note=", 0 = untimed"),
    Field("pause_after_timeout", "Pause after time's up", Preferences, note=", 0 = wait"),
)
"""The numeric settings, in the order shown."""


class SettingsScreen(FactDeckScreen[None]):
    """The settings form: Enter or ``ctrl+s`` saves the numbers; a theme applies when picked."""

    BINDINGS: ClassVar[list[BindingType]] = keys.SETTINGS
    CSS_PATH = "settings.tcss"
    TITLE = "Settings"

    def compose_body(self) -> ComposeResult:
        app = self.factdeck
        service = app.service
        current: dict[str, Any] = {
            **service.settings.model_dump(),
            **service.preferences.model_dump(),
        }
        with VerticalScroll(id="settings"):
            yield Static(
                "Enter or ctrl+s saves, Escape leaves without saving. "
                "A theme applies as soon as you pick it. "
                "F2: your memory model, the workload of each retention, and an exam date.",
                classes="muted",
            )
            # Above the fields, so that it shows whatever the scroll.
            yield Literal(id="settings-message")
            for field in FIELDS:
                with Vertical(classes="settings-field"):
                    with Horizontal(classes="settings-row"):
                        yield Static(
                            f"{field.label} ({field.range_text()}{field.note})",
                            classes="settings-label",
                            markup=False,
                        )
                        yield Input(
                            _number(current[field.name]),
                            type="number" if field.decimal else "integer",
                            id=field.name,
                            compact=True,
                            classes="settings-input",
                        )
                    yield Literal(id=f"{field.name}-error", classes="settings-error")
            with Horizontal(classes="settings-row settings-field"):
                yield Static("Theme", classes="settings-label")
                yield Select(
                    [(name, name) for name in sorted(app.available_themes)],
                    value=app.theme,
                    allow_blank=False,
                    id="theme",
                    compact=True,
                )

    def on_mount(self) -> None:
        self.query_one(f"#{FIELDS[0].name}", Input).focus()

    def _show_error(self, name: str, message: str) -> None:
        error = self.query_one(f"#{name}-error", Literal)
        error.set_text(message)
        error.set_class(bool(message), "-shown")

    def read_form(self) -> dict[str, float | int] | None:
        """The values on screen, or None after marking every invalid one (nothing is saved)."""
        values, problems = self.check_form()
        for field in FIELDS:
            self._show_error(field.name, problems.get(field.name, ""))
        message = self.query_one("#settings-message", Literal)
        if problems:
            message.set_text("Nothing was saved: correct the values marked below.")
            message.set_class(True, "-error")
            return None
        return values

    def on_input_changed(self, message: Input.Changed) -> None:
        """A value marked wrong loses its mark as soon as it is right (or says what is wrong
        now); the marks of the other values stay until saving checks them again."""
        _values, problems = self.check_form()
        shown = [f.name for f in FIELDS if self.query_one(f"#{f.name}-error").has_class("-shown")]
        for name in shown:
            self._show_error(name, problems.get(name, ""))
        status = self.query_one("#settings-message", Literal)
        if shown and not any(name in problems for name in shown) and status.has_class("-error"):
            status.set_text("")
            status.set_class(False, "-error")

    def check_form(self) -> tuple[dict[str, float | int], dict[str, str]]:
        """The values on screen that parse, and what is wrong with each of the others."""
        values: dict[str, float | int] = {}
        problems: dict[str, str] = {}
        for field in FIELDS:
            text = self.query_one(f"#{field.name}", Input).value.strip()
            try:
                values[field.name] = field.parse(text)
            except ValueError:
                kind = "a number" if field.decimal else "a whole number"
                problems[field.name] = f"Enter {kind} ({field.range_text()})."
        for model in (StudySettings, Preferences):
            names = [f.name for f in FIELDS if f.model is model and f.name in values]
            try:
                model.model_validate({name: values[name] for name in names})
            except ValidationError as error:
                for problem in error.errors():
                    name = str(problem["loc"][0]) if problem["loc"] else ""
                    bad = next((f for f in FIELDS if f.name == name), None)
                    if bad is not None:
                        problems[name] = (
                            f"{_number(values[name])} is out of range: use {bad.range_text()}."
                        )
        return values, problems

    def on_input_submitted(self, message: Input.Submitted) -> None:
        message.stop()
        self.action_save()

    def action_save(self) -> None:
        """Check every value; save them all if they are valid, else say what is wrong."""
        values = self.read_form()
        if values is not None:
            self.save(values)

    @work(exclusive=True, group="save")
    async def save(self, values: dict[str, float | int]) -> None:
        """Store the settings through the study service (the scheduler takes them at once)."""
        app = self.factdeck
        try:
            await app.in_store(app.service.update_settings, **values)
        except (ProgressError, ValidationError) as error:
            self.query_one("#settings-message", Literal).set_text(f"Not saved: {error}")
            return
        app.quiz_settings = app.quiz_settings.model_copy(
            update=app.service.preferences.quiz_defaults()
        )
        message = self.query_one("#settings-message", Literal)
        message.set_class(False, "-error")
        message.set_text("Saved.")
        self.notify("Settings saved.")

    def on_select_changed(self, message: Select.Changed) -> None:
        message.stop()
        theme = message.value
        if isinstance(theme, str) and theme != self.app.theme:
            self.app.theme = theme  # the app keeps it in the profile

    def action_memory(self) -> None:
        """Open the memory model and exam screen."""
        self.factdeck.push_mode("memory")

    def action_back(self) -> None:
        """Back to the home screen (unsaved numbers are dropped)."""
        self.dismiss(None)
