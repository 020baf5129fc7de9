"""An option list whose prompts are drawn for the width they get."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from textual.content import Content
from textual.events import Resize
from textual.widgets import OptionList
from textual.widgets.option_list import Option

Prompts = Callable[[int | None], Sequence[Content]]
"""The prompts, each at most so many columns wide (None: as wide as they like)."""


class FittedOptionList(OptionList):
    """Options drawn again whenever the width they have changes (a resize, a scrollbar).

    Prompts never wrap: they are asked for no wider than the room inside the list. The
    highlighted option stays highlighted across redraws.
    """

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._prompts: Prompts | None = None
        self._drawn_width: int | None = None

    def fill(self, prompts: Prompts) -> None:
        """Show ``prompts``' options for the current width, and again whenever it changes."""
        self._prompts = prompts
        self._refill(self._width())

    def _width(self) -> int | None:
        padding = self.get_component_styles("option-list--option").padding.width
        return max(0, self.scrollable_content_region.width - padding) or None

    def on_resize(self, event: Resize) -> None:
        self._fit()

    def watch_show_vertical_scrollbar(self) -> None:
        self.call_after_refresh(self._fit)

    def _fit(self) -> None:
        width = self._width()
        if width and width != self._drawn_width:
            self._refill(width)

    def _refill(self, width: int | None) -> None:
        if self._prompts is None:
            return
        self._drawn_width = width
        highlighted = self.highlighted
        prompts = self._prompts(width)
        self.clear_options()
        self.add_options(Option(prompt) for prompt in prompts)
        if prompts:
            self.highlighted = min(highlighted or 0, len(prompts) - 1)
