"""What every FactDeck screen shares: title bar, key bar, the too-small notice, and the app."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar, cast

from textual.app import ComposeResult
from textual.screen import Screen

from factdeck.ui.widgets.bars import KeyBar, TitleBar
from factdeck.ui.widgets.too_small import TooSmallNotice

if TYPE_CHECKING:
    from factdeck.ui.app import FactDeckApp

ResultType = TypeVar("ResultType")


class FactDeckScreen(Screen[ResultType]):
    """A full screen of the app. Subclasses implement ``compose_body``."""

    def compose(self) -> ComposeResult:
        yield TitleBar()
        yield from self.compose_body()
        yield KeyBar()
        yield TooSmallNotice()

    def compose_body(self) -> ComposeResult:
        """The screen's own widgets, between the header and the footer."""
        yield from ()

    @property
    def factdeck(self) -> FactDeckApp:
        """The running app, with its bank, study service and mode router."""
        return cast("FactDeckApp", self.app)
