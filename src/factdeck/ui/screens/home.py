"""The home screen: the deck, where the learner stands, and one key per mode."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import BindingType
from textual.content import Content
from textual.events import Click
from textual.widget import Widget

from factdeck.study.service import HomeSummary
from factdeck.ui import keys
from factdeck.ui.screens.base import FactDeckScreen
from factdeck.ui.widgets.literal import Literal

MENU: list[tuple[str, str, str]] = [
    ("q", "quiz-setup", "Quiz"),
    ("f", "study", "Flashcards"),
    ("r", "review", "Review missed"),
    ("s", "stats", "Stats"),
    ("o", "settings", "Settings"),
    ("p", "profiles", "Profile"),
]
"""The modes offered on the home screen: key, mode name, label (keys match ``keys.HOME``)."""


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


def mode_hint(mode: str, summary: HomeSummary) -> str:
    """What each mode offers right now."""
    if mode == "review":
        return "nothing missed" if not summary.missed else f"{summary.missed} to clear"
    if mode == "study":
        return f"{summary.due_today} due, {summary.new_today} new today"
    if mode == "stats":
        return "streaks, forecast, retention, mastery"
    if mode == "settings":
        return "retention, daily limits, theme"
    if mode == "profiles":
        return "switch to another learner, or add one"
    return "a timed quiz"


class ModeMenu(Widget):
    """The modes, one line each (key, name, what it offers); a click on a line opens it."""

    DEFAULT_CSS = """
    ModeMenu {
        height: auto;
    }
    """

    def __init__(self) -> None:
        super().__init__(id="home-modes")
        self.hints: dict[str, str] = {}
        """What each mode offers right now, by mode name."""

    def describe(self, hints: dict[str, str]) -> None:
        """Show ``hints`` beside the modes."""
        self.hints = hints
        self.refresh(layout=True)

    def render(self) -> Content:
        lines = [
            Content.assemble(
                (f" {key} ", "bold reverse"), f"  {label:<16}", (self.hints.get(mode, ""), "dim")
            )
            for key, mode, label in MENU
        ]
        return Content("\n").join(lines)

    def on_click(self, event: Click) -> None:
        event.stop()
        if 0 <= event.y < len(MENU):
            mode = MENU[event.y][1]
            self.app.call_later(self.screen.run_action, f"mode({mode!r})")


class HomeScreen(FactDeckScreen[None]):
    """Deck name, counts, last quiz score, and the modes (``q``, ``f``, ``r``, ``s``)."""

    BINDINGS: ClassVar[list[BindingType]] = keys.HOME

    def compose_body(self) -> ComposeResult:
        yield Literal(self.factdeck.bank.deck, id="home-deck")
        yield Literal(id="home-counts")
        yield ModeMenu()

    def on_screen_resume(self) -> None:
        self.refresh_summary()

    def refresh_summary(self) -> None:
        """Re-read the figures (after a quiz or review they have changed)."""
        summary = self.factdeck.in_store_now(self.factdeck.service.home_summary)
        self.query_one("#home-counts", Literal).set_text(
            counts_text(summary, self.factdeck.profile)
        )
        self.query_one(ModeMenu).describe({mode: mode_hint(mode, summary) for _, mode, _ in MENU})

    def action_mode(self, name: str) -> None:
        """Open mode ``name``."""
        self.factdeck.push_mode(name)
