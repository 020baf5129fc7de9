"""The home screen: the deck, where the learner stands, and one key per mode."""

from __future__ import annotations

from typing import ClassVar

from rich.cells import cell_len
from textual import work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.content import Content
from textual.events import Click
from textual.geometry import Size
from textual.widget import Widget

from factdeck.study.exam import ExamForecast, plan_text, rests_on
from factdeck.study.service import HomeSummary
from factdeck.ui import keys
from factdeck.ui.screens.base import FactDeckScreen

MENU: list[tuple[str, str, str]] = [
    ("q", "quiz-setup", "Quiz"),
    ("f", "study", "Flashcards"),
    ("r", "review", "Review missed"),
    ("s", "stats", "Stats"),
    ("o", "settings", "Settings"),
    ("p", "profiles", "Profile"),
]
"""The modes offered on the home screen: key, mode name, label (keys match ``keys.HOME``)."""


QUIZ_HINT = "timed; doesn't spend new facts/day"
"""The quiz's line on home: a quiz leaves the flashcards' daily new-fact allowance whole (as
Anki's filtered decks do), so new facts met in a quiz come on top of it."""


def counts_text(summary: HomeSummary, profile: str) -> Content:
    """The figures block: questions, facts seen, due today, missed, last quiz."""

    def row(label: str, value: str) -> tuple[str, str | tuple[str, str]]:
        return (f"{label:<15}", (f"{value}\n", "bold"))

    last = summary.last_quiz
    last_text = (
        "none yet"
        if last is None
        else f"{last.correct} of {last.total} right ({last.accuracy:.0%}), "
        f"{last.speed_points:,} speed points"
    )
    parts: list[str | tuple[str, str] | Content] = []
    for label, value in [
        ("Questions", f"{summary.questions}"),
        ("Facts seen", f"{summary.facts_seen} of {summary.facts}"),
        ("Due today", f"{summary.due_today} (+{summary.new_today} new)"),
        ("Missed", f"{summary.missed}"),
        ("Last quiz", last_text),
    ]:
        parts.extend(row(label, value))
    parts.append((f"{'Profile':<15}", "dim"))
    parts.append(Content(profile).stylize("dim"))
    return Content.assemble(*parts)


def exam_text(forecast: ExamForecast) -> Content:
    """The exam rows under the figures: when, the predicted recall, the plan, what it rests on."""
    exam = forecast.exam
    days = "tomorrow" if forecast.days_left == 1 else f"in {forecast.days_left} days"
    parts: list[str | tuple[str, str]] = []
    for label, value in [
        ("Exam", f"{exam.date.day} {exam.date:%b %Y}, {days} · goal {exam.goal:.0%}"),
        (
            "Predicted",
            f"{forecast.recall_now:.0%} recalled if you stop now, "
            f"{forecast.recall_with_plan:.0%} with the plan",
        ),
        ("Plan", plan_text(forecast)),
    ]:
        parts += [f"{label:<15}", (f"{value}\n", "bold")]
    parts.append((f"{'':<15}{rests_on(forecast)}\n\n", "dim"))
    return Content.assemble(*parts)


def mode_hint(mode: str, summary: HomeSummary) -> str:
    """What each mode offers right now."""
    if mode == "review":
        return "nothing missed" if not summary.missed else f"{summary.missed} to clear"
    if mode == "study":
        return f"{summary.due_today} due, {summary.new_today} new today"
    if mode == "stats":
        return "streaks, forecast, mastery"
    if mode == "settings":
        return "retention, daily limits, theme"
    if mode == "profiles":
        return "switch learner, or add one"
    return QUIZ_HINT


class HomeView(Widget):
    """The deck's name, the learner's figures, and the modes one line each (key, name, what it
    offers); a click on a mode's line opens it.

    One widget rather than one per block: start-up waits for the home screen, and each widget
    costs far more to mount, style and lay out than its few lines cost to render.
    """

    DEFAULT_CSS = """
    HomeView {
        height: auto;
        padding: 1 2 0 2;
    }
    """

    def __init__(self, deck: str) -> None:
        super().__init__(id="home")
        self.set_reactive(HomeView.auto_links, False)  # no links: skip looking for them
        self.deck = deck
        """The deck's name, shown literally."""
        self._menu, self._content = self._lines(Content(), {})

    def show(self, figures: Content, hints: dict[str, str]) -> None:
        """Show ``figures`` (see ``counts_text``), and ``hints`` beside the modes (by mode name)."""
        self._menu, self._content = self._lines(figures, hints)
        self.refresh(layout=True)

    def _lines(self, figures: Content, hints: dict[str, str]) -> tuple[list[Content], Content]:
        """The menu's lines, and everything shown."""
        menu = [
            Content.assemble(
                (f" {key} ", "bold reverse"), f"  {label:<16}", (hints.get(mode, ""), "dim")
            )
            for key, mode, label in MENU
        ]
        deck = Content(self.deck).stylize("bold $text-accent")
        return menu, Content("\n").join([deck, Content(), figures, Content(), *menu])

    def render(self) -> Content:
        return self._content

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        # Usually every line fits: the height is then the number of lines, no trial wrap needed.
        lines = self._content.plain.split("\n")
        if width and all(cell_len(line) <= width for line in lines):
            return len(lines)
        return super().get_content_height(container, viewport, width)

    def on_click(self, event: Click) -> None:
        event.stop()
        offset = event.get_content_offset(self)
        if offset is None:
            return
        # The menu ends the widget: find its lines (one may wrap) up from the bottom.
        width, height = self.content_size
        heights = [len(line.wrap(width)) for line in self._menu]
        top = height - sum(heights)
        for (_key, mode, _label), lines in zip(MENU, heights, strict=True):
            if top <= offset.y < top + lines:
                self.app.call_later(self.screen.run_action, f"mode({mode!r})")
                return
            top += lines


class HomeScreen(FactDeckScreen[None]):
    """Deck name, counts, last quiz score, and the modes (``q``, ``f``, ``r``, ``s``)."""

    BINDINGS: ClassVar[list[BindingType]] = keys.HOME

    def compose_body(self) -> ComposeResult:
        yield HomeView(self.factdeck.bank.deck)

    def on_screen_resume(self) -> None:
        self.refresh_summary()

    def refresh_summary(self) -> None:
        """Re-read the figures (after a quiz or review they have changed)."""
        app = self.factdeck
        if app.store_busy:
            # A long read (statistics left before they were ready) is still running: keep the
            # keys answering and show the figures once it is done.
            self.refresh_summary_later()
            return
        self.show_summary(app.in_store_now(app.service.home_summary))

    @work(exclusive=True, group="home-summary")
    async def refresh_summary_later(self) -> None:
        """Re-read the figures in a thread, once the store is free."""
        self.show_summary(await self.factdeck.in_store(self.factdeck.service.home_summary))

    def show_summary(self, summary: HomeSummary) -> None:
        """Show ``summary``'s figures and the modes' hints (and, with an exam set, its forecast
        once worked out)."""
        self._summary = summary
        self._show(None)
        if self.factdeck.service.exam() is not None:
            self.refresh_exam()

    def _show(self, forecast: ExamForecast | None) -> None:
        summary = self._summary
        figures = counts_text(summary, self.factdeck.profile)
        if forecast is not None:
            figures = Content.assemble(exam_text(forecast), figures)
        self.query_one(HomeView).show(
            figures, {mode: mode_hint(mode, summary) for _, mode, _ in MENU}
        )

    @work(exclusive=True, group="home-exam")
    async def refresh_exam(self) -> None:
        """Work out the exam forecast in a thread, then show it above the figures."""
        self._show(await self.factdeck.in_store(self.factdeck.service.exam_forecast))

    def action_mode(self, name: str) -> None:
        """Open mode ``name``."""
        self.factdeck.push_mode(name)
