"""The notice shown instead of a screen when the terminal is too small for it."""

from __future__ import annotations

from textual.content import Content
from textual.events import Resize
from textual.widgets import Static

MIN_WIDTH = 60
"""Narrower than this, screens are replaced by the notice."""
MIN_HEIGHT = 20
"""Shorter than this, screens are replaced by the notice."""


class TooSmallNotice(Static):
    """Covers its screen while the terminal is below ``MIN_WIDTH`` × ``MIN_HEIGHT``.

    Every FactDeck screen composes one; the app's breakpoints put ``-narrow`` or ``-short`` on
    the screen and the stylesheet shows the notice (hiding the header and footer) until the
    terminal is large enough again. Nothing is lost meanwhile: the screen underneath keeps its
    state.
    """

    SCOPED_CSS = False  # the rules also reach the screen and its title and key bars
    DEFAULT_CSS = """
    TooSmallNotice {
        layer: notice;
        display: none;
        width: 100%;
        height: 100%;
        content-align: center middle;
        text-align: center;
        background: $background;
        color: $text-warning;
    }
    Screen.-narrow TooSmallNotice,
    Screen.-short TooSmallNotice {
        display: block;
    }
    Screen.-narrow TitleBar, Screen.-short TitleBar,
    Screen.-narrow KeyBar, Screen.-short KeyBar {
        display: none;
    }
    """

    def on_mount(self) -> None:
        self._describe()

    def on_resize(self, event: Resize) -> None:
        self._describe()

    def _describe(self) -> None:
        width, height = self.app.size
        self.update(
            Content.assemble(
                ("Terminal too small", "bold"),
                f"\n\n{width} × {height}: FactDeck needs at least {MIN_WIDTH} × {MIN_HEIGHT}.",
                "\nMake the window larger to carry on.",
            )
        )
