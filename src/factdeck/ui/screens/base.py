"""What every FactDeck screen shares: title bar, key bar, the too-small notice, and the app."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar, cast

from textual.app import App, ComposeResult
from textual.events import Resize
from textual.geometry import Size
from textual.screen import Screen

from factdeck.ui.widgets.bars import KeyBar, TitleBar
from factdeck.ui.widgets.too_small import MIN_HEIGHT, MIN_WIDTH, TooSmallNotice

if TYPE_CHECKING:
    from factdeck.ui.app import FactDeckApp

ResultType = TypeVar("ResultType")


def breakpoint_classes(app: App[Any], size: Size) -> list[str]:
    """The classes ``app``'s breakpoints give a screen of ``size`` (``-wide``, ``-tall``...)."""
    classes = []
    for extent, breakpoints in (
        (size.width, app.HORIZONTAL_BREAKPOINTS or []),
        (size.height, app.VERTICAL_BREAKPOINTS or []),
    ):
        for minimum, name in sorted(breakpoints, reverse=True):
            if extent >= minimum:
                classes.append(name)
                break
    return classes


class FactDeckScreen(Screen[ResultType]):
    """A full screen of the app. Subclasses implement ``compose_body``.

    A screen starts with the breakpoint classes of the terminal's current size, so it is styled
    once rather than restyled, every widget, when its first resize sets them.

    The too-small notice is mounted the first time the terminal is too small for the screen (its
    rules show it while the screen is ``-narrow`` or ``-short``): a screen that is only ever
    seen at a usable size does not pay for it.
    """

    _too_small: TooSmallNotice | None = None

    def __init__(
        self, name: str | None = None, id: str | None = None, classes: str | None = None
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        try:
            app = self.app
        except RuntimeError:  # built outside a running app: the first resize sets them
            return
        self.add_class(*breakpoint_classes(app, app.size), update=False)

    def compose(self) -> ComposeResult:
        yield TitleBar()
        yield from self.compose_body()
        yield KeyBar()

    def compose_body(self) -> ComposeResult:
        """The screen's own widgets, between the header and the footer."""
        yield from ()

    def on_resize(self, event: Resize) -> None:
        width, height = event.size
        if self._too_small is None and (width < MIN_WIDTH or height < MIN_HEIGHT):
            self._too_small = TooSmallNotice()
            self.mount(self._too_small)

    @property
    def factdeck(self) -> FactDeckApp:
        """The running app, with its bank, study service and mode router."""
        return cast("FactDeckApp", self.app)
