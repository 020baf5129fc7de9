"""A yes/no question."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen

from factdeck.ui import keys
from factdeck.ui.widgets.bars import KeyBar
from factdeck.ui.widgets.literal import Literal
from factdeck.ui.widgets.too_small import TooSmallNotice

DIALOG_CSS = """
    ModalScreen.dialog {
        align: center middle;
    }
    .dialog-box {
        width: 64;
        max-width: 100%;
        height: auto;
        max-height: 100%;
        padding: 1 2;
        border: thick $primary;
        background: $surface;
    }
    .dialog-title {
        text-style: bold;
    }
    .dialog-body {
        height: auto;
        max-height: 14;
    }
    .dialog-detail {
        margin-top: 1;
    }
    .dialog-keys {
        margin-top: 1;
        color: $text-muted;
    }
"""
"""The look every dialog shares (loaded with the first dialog, not at start-up)."""


class ConfirmDialog(ModalScreen[bool]):
    """Asks ``question``; returns True for yes (``y``), False for no (``n`` or Escape)."""

    BINDINGS: ClassVar[list[BindingType]] = keys.DIALOG
    SCOPED_CSS = False
    DEFAULT_CSS = DIALOG_CSS

    def __init__(self, question: str, detail: str = "") -> None:
        super().__init__(classes="dialog")
        self.question = question
        """The question asked."""
        self.detail = detail
        """A line explaining what happens either way."""

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box"):
            yield Literal(self.question, classes="dialog-title")
            if self.detail:
                yield Literal(self.detail, classes="dialog-detail")
            yield Literal("y  yes      n  no", classes="dialog-keys")
        yield KeyBar()
        yield TooSmallNotice()

    def action_answer(self, yes: bool) -> None:
        """Close the dialog with the learner's answer."""
        self.dismiss(yes)
