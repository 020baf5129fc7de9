"""A dialog that tells the learner something and waits until they have read it."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen

from factdeck.ui import keys
from factdeck.ui.dialogs.confirm import DIALOG_CSS
from factdeck.ui.widgets.bars import KeyBar
from factdeck.ui.widgets.literal import Literal
from factdeck.ui.widgets.too_small import TooSmallNotice


class NoticeDialog(ModalScreen[None]):
    """A title and lines of (literal) text; Escape or Enter closes it."""

    BINDINGS: ClassVar[list[BindingType]] = keys.NOTICE
    SCOPED_CSS = False
    DEFAULT_CSS = DIALOG_CSS

    def __init__(self, title: str, lines: list[str]) -> None:
        super().__init__(classes="dialog")
        self.title_text = title
        """The dialog's heading."""
        self.lines = lines
        """What it says, one paragraph per item."""

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box"):
            yield Literal(self.title_text, classes="dialog-title")
            with VerticalScroll(classes="dialog-body"):
                for line in self.lines:
                    yield Literal(line, classes="dialog-detail")
            yield Literal("Enter or Escape to close", classes="dialog-keys")
        yield KeyBar()
        yield TooSmallNotice()

    def action_close(self) -> None:
        """Close the dialog."""
        self.dismiss(None)
