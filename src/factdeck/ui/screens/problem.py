"""Shown instead of the app when it cannot start: a bad bank or a save that cannot be opened."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import VerticalScroll

from factdeck.ui import keys
from factdeck.ui.screens.base import FactDeckScreen
from factdeck.ui.widgets.literal import Literal

EXIT_PROBLEM = 2
"""The exit code after a problem screen."""


class ProblemScreen(FactDeckScreen[None]):
    """A heading, the problems (literal text, scrollable) and what to do; Escape or Enter quits.

    Nothing has been written when this shows: the app exits with ``EXIT_PROBLEM``.
    """

    BINDINGS: ClassVar[list[BindingType]] = keys.PROBLEM
    DEFAULT_CSS = """
    #problem {
        padding: 1 2;
    }
    #problem-heading {
        text-style: bold;
        color: $text-error;
        margin-bottom: 1;
    }
    #problem-advice {
        margin-top: 1;
    }
    """

    def __init__(self, heading: str, problems: list[str], advice: str) -> None:
        super().__init__()
        self.heading = heading
        """What could not be done."""
        self.problems = problems
        """Each thing wrong, one per line."""
        self.advice = advice
        """What the learner can do about it."""

    def compose_body(self) -> ComposeResult:
        with VerticalScroll(id="problem"):
            yield Literal(self.heading, id="problem-heading")
            for problem in self.problems:
                yield Literal(f"• {problem}", classes="problem-line")
            yield Literal(self.advice, id="problem-advice")

    def action_close(self) -> None:
        """Quit the app, repeating the problem on the terminal."""
        lines = [self.heading, *(f"  {problem}" for problem in self.problems)]
        self.app.exit(return_code=EXIT_PROBLEM, message=Text("\n".join(lines)))
