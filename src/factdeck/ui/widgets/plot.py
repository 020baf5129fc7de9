"""A plain-text drawing drawn for the width it is given."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from textual.content import Content

from factdeck.ui.widgets.fitted import Fitted
from factdeck.ui.widgets.literal import Literal

Draw = Callable[[int | None], Sequence[str]]
"""Lines of a drawing at most so many columns wide (None: as wide as it likes)."""


class Plot(Literal):
    """A drawing (a heatmap, a bar chart) that fits its width.

    Lines never wrap: the drawing itself is asked for lines no wider than the widget, at every
    layout (see :class:`Fitted`). Until :meth:`plot` is called it shows ``text``.
    """

    def plot(self, draw: Draw) -> None:
        """Show ``draw``'s lines, drawn for the width the widget has."""
        self.update(Fitted(lambda width: Content("\n".join(draw(width)))))
