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


class ConfirmDialog(ModalScreen[bool]):
    """Asks ``question``; returns True for yes (``y``), False for no (``n`` or Escape)."""

    BINDINGS: ClassVar[list[BindingType]] = keys.DIALOG

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
