"""The learner's memory model and exam (opened from the settings with F2).

Three parts: the memory model ("Fit my memory model", ctrl+f, with the held-out figures before
and after and what they rest on); the workload each desired retention implies over the next 30
days beside the retention that costs least; and the deck's exam date and recall goal, with the
forecast. Every figure is worked out in a worker, so the screen answers at once.
"""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from textual import work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Input, Static

from factdeck.progress import ProgressError
from factdeck.study.exam import ExamNotAhead, ExamPlan, forecast_lines
from factdeck.study.fitting import MIN_REVIEWS, MemoryModel, fit_lines
from factdeck.study.retention import Workload
from factdeck.ui import keys
from factdeck.ui.screens.base import FactDeckScreen
from factdeck.ui.widgets.literal import Literal

WORKING = "Working it out…"


def readiness_text(reviews: int) -> str:
    """Whether there is enough history to fit, and how much there is."""
    if reviews >= MIN_REVIEWS:
        return f"{reviews:,} reviews so far: enough to fit. Press ctrl+f to fit your memory model."
    return (
        f"{reviews:,} of the {MIN_REVIEWS} reviews a fit needs so far (answers on a later day "
        "than the fact's previous answer, in any mode)."
    )


def workload_lines(workloads: list[Workload], yours: float, cheapest: float) -> list[str]:
    """A table of retention against reviews a day, and the retention that costs least."""
    lines = ["Desired retention   reviews a day, next 30 days (simulated)"]
    for workload in workloads:
        mark = "   ← yours" if workload.retention == yours else ""
        lines.append(
            f"{workload.retention:>17.0%}   about {workload.mean:.1f} "
            f"(busiest day {max(workload.per_day):.0f}){mark}"
        )
    lines.append(
        f"Least study time per fact remembered: {cheapest:.0%} (simulated over a year). "
        "The choice is yours: set it in Settings."
    )
    return lines


class MemoryScreen(FactDeckScreen[None]):
    """Fit the memory model, weigh retention against workload, and set the exam."""

    BINDINGS: ClassVar[list[BindingType]] = keys.MEMORY
    CSS_PATH = "memory.tcss"
    TITLE = "Memory model and exam"

    def compose_body(self) -> ComposeResult:
        service = self.factdeck.service
        exam = service.exam()
        with VerticalScroll(id="memory"):
            yield Static("Your memory model", classes="memory-title")
            yield Literal("\n".join(fit_lines(service.memory_model())), id="memory-model")
            yield Literal(WORKING, id="memory-readiness", classes="muted")
            yield Static("Retention and workload", classes="memory-title")
            yield Literal(WORKING, id="memory-workload")
            yield Static("Exam", classes="memory-title")
            with Horizontal(classes="memory-row"):
                yield Static("Exam date (YYYY-MM-DD, empty: none)", classes="memory-label")
                yield Input(
                    exam.date.isoformat() if exam else "",
                    placeholder="YYYY-MM-DD",
                    id="exam-date",
                    compact=True,
                    classes="memory-input",
                )
            with Horizontal(classes="memory-row"):
                yield Static("Recall goal on exam day (50–99 %)", classes="memory-label")
                yield Input(
                    f"{(exam.goal if exam else 0.9) * 100:.0f}",
                    type="integer",
                    id="exam-goal",
                    compact=True,
                    classes="memory-input",
                )
            yield Literal("Enter saves the exam.", id="exam-message", classes="muted")
            yield Literal(id="exam-forecast")

    def on_mount(self) -> None:
        self.query_one("#exam-date", Input).focus()
        self.load()
        self.show_forecast()

    @work(exclusive=True, group="memory-load")
    async def load(self) -> None:
        """How much history there is, and the workload of each retention."""
        app = self.factdeck
        service = app.service
        reviews = await app.in_store(service.fittable_reviews)
        self.query_one("#memory-readiness", Literal).set_text(readiness_text(reviews))
        workloads = await app.in_store(service.workloads)
        cheapest = await app.in_store(service.cheapest_retention)
        self.query_one("#memory-workload", Literal).set_text(
            "\n".join(workload_lines(workloads, service.settings.desired_retention, cheapest))
        )

    @work(exclusive=True, group="memory-forecast")
    async def show_forecast(self) -> None:
        forecast = await self.factdeck.in_store(self.factdeck.service.exam_forecast)
        text = "" if forecast is None else "\n".join(forecast_lines(forecast))
        self.query_one("#exam-forecast", Literal).set_text(text)

    def action_fit(self) -> None:
        """Fit the memory model to this deck's history."""
        self.query_one("#memory-model", Literal).set_text("Fitting your memory model…")
        self.fit()

    @work(exclusive=True, group="memory-fit")
    async def fit(self) -> None:
        app = self.factdeck
        try:
            model: MemoryModel = await app.in_store(app.service.fit_memory_model)
        except ProgressError as error:
            self.query_one("#memory-model", Literal).set_text(f"Not fitted: {error}")
            return
        self.query_one("#memory-model", Literal).set_text("\n".join(fit_lines(model)))
        self.notify(model.outcome, markup=False)
        self.load()
        self.show_forecast()

    def on_input_submitted(self, message: Input.Submitted) -> None:
        message.stop()
        self.save_exam()

    def _exam_from_form(self) -> ExamPlan | str | None:
        """The exam on the form, None for no exam, or what is wrong with it."""
        text = self.query_one("#exam-date", Input).value.strip()
        if not text:
            return None
        try:
            day = date.fromisoformat(text)
        except ValueError:
            return f"{text!r} is not a date: use YYYY-MM-DD, e.g. 2026-03-12."
        goal_text = self.query_one("#exam-goal", Input).value.strip()
        try:
            goal = int(goal_text)
        except ValueError:
            return "Enter the recall goal as a whole percentage (50–99)."
        if not 50 <= goal <= 99:
            return f"{goal} % is out of range: use 50–99."
        return ExamPlan(date=day, goal=goal / 100)

    @work(exclusive=True, group="memory-exam")
    async def save_exam(self) -> None:
        """Save the exam on the form (or clear it), then show its forecast."""
        message = self.query_one("#exam-message", Literal)
        exam = self._exam_from_form()
        if isinstance(exam, str):
            message.set_text(f"Not saved: {exam}")
            message.set_class(True, "-error")
            return
        app = self.factdeck
        try:
            await app.in_store(app.service.set_exam, exam)
        except (ProgressError, ExamNotAhead) as error:
            message.set_text(f"Not saved: {error}")
            message.set_class(True, "-error")
            return
        message.set_class(False, "-error")
        message.set_text("Exam saved." if exam else "No exam set.")
        self.show_forecast()

    def action_back(self) -> None:
        self.dismiss(None)
