"""A plain-text drawing or a rich renderable (a ``Table``), drawn for the width it is given."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence

from rich.console import Console, RenderableType
from rich.text import Text
from textual.content import Content

from factdeck.ui.widgets.fitted import Fitted
from factdeck.ui.widgets.literal import Literal

Draw = Callable[[int | None], Sequence[str]]
"""Lines of a drawing at most so many columns wide (None: as wide as it likes)."""

NATURAL_WIDTH = 1000
"""The width a rich renderable is drawn at when it may be as wide as it likes (a table that
does not expand is as wide as its cells)."""


def rich_content(renderable: RenderableType, width: int | None) -> Content:
    """``renderable`` drawn ``width`` cells wide (None: as wide as it likes), its styles kept."""
    console = Console(
        width=width or NATURAL_WIDTH, color_system=None, highlight=False, markup=False, emoji=False
    )
    lines = []
    for segments in console.render_lines(renderable, pad=False):
        line = Text.assemble(*((segment.text, segment.style or "") for segment in segments))
        line.rstrip()  # a table pads its last column
        lines.append(line)
    return Content.from_rich_text(Text("\n").join(lines), console)


class Plot(Literal):
    """A drawing (a heatmap, a bar chart, a table) that fits its width.

    Lines never wrap: the drawing itself is asked for lines no wider than the widget, at every
    layout (see :class:`Fitted`). Until :meth:`plot` or :meth:`plot_rich` is called it shows
    ``text``.
    """

    def plot(self, draw: Draw) -> None:
        """Show ``draw``'s lines, drawn for the width the widget has."""
        self.update(Fitted(lambda width: Content("\n".join(draw(width)))))

    def plot_rich(self, renderable: RenderableType) -> None:
        """Show a rich renderable (a ``Table``), drawn once for each width the widget gets.

        Textual's own wrapper of a rich renderable draws it again at every layout, twice (for
        its height, then its lines): a table of a thousand rows would take a second.
        """
        self.update(Fitted(functools.partial(rich_content, renderable)))
