"""A plain-text drawing redrawn to the width it is given."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from textual.events import Resize

from factdeck.ui.widgets.literal import Literal

Draw = Callable[[int | None], Sequence[str]]
"""Lines of a drawing at most so many columns wide (None: as wide as it likes)."""


class Plot(Literal):
    """A drawing (a heatmap, a bar chart, a table) that fits its width: drawn again when that
    changes.

    Lines never wrap: the drawing itself is asked for lines no wider than the widget. Until
    :meth:`plot` is called it shows ``text``.
    """

    def __init__(
        self, text: str = "", *, id: str | None = None, classes: str | None = None
    ) -> None:
        super().__init__(text, id=id, classes=classes)
        self._draw: Draw | None = None
        self._drawn_width: int | None = None

    def plot(self, draw: Draw) -> None:
        """Show ``draw``'s lines for the current width, and again whenever it changes."""
        self._draw = draw
        self._redraw(self.content_size.width or None)

    def on_resize(self, event: Resize) -> None:
        width = self.content_size.width
        if width and width != self._drawn_width:
            self._redraw(width)

    def _redraw(self, width: int | None) -> None:
        if self._draw is None:
            return
        self._drawn_width = width
        self.set_text("\n".join(self._draw(width)))
