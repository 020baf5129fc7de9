"""Time left on a question, as given by the quiz session (which owns the deadline)."""

from __future__ import annotations

import math

from textual.content import Content
from textual.widgets import Static

LOW_SECONDS = 5
"""At or below this many seconds the countdown turns to the warning colour."""


def countdown_text(seconds_left: float | None) -> Content:
    """``⏱ 23 s`` (whole seconds, rounded up so it reads 1 until the very end) or ``untimed``."""
    if seconds_left is None:
        return Content.styled("untimed", "dim")
    whole = max(0, math.ceil(seconds_left))
    return Content(f"⏱ {whole} s")


class Countdown(Static):
    """Displays the remaining seconds; the screen calls ``show`` on every tick."""

    _shown: Content | None = None

    def show(self, seconds_left: float | None) -> None:
        """Display ``seconds_left`` (None for an untimed question); repaints only on change."""
        text = countdown_text(seconds_left)
        if text == self._shown:
            return
        self._shown = text
        self.set_class(seconds_left is not None and seconds_left <= LOW_SECONDS, "-low")
        self.update(text)
