"""A visual drawn for the width it is given: the base of drawings and prompts that fit."""

from __future__ import annotations

from collections.abc import Callable

from textual.content import Content
from textual.css.styles import RulesMap
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual

DrawAt = Callable[[int | None], Content]
"""Content at most so many columns wide (None: as wide as it likes)."""


class Fitted(Visual):
    """A Textual visual whose content is drawn for the width it is measured or rendered at.

    Textual asks a visual for its height at the width the layout gives it, then renders it at
    that width: the content fits the moment the layout changes, not only once the widget has
    handled its ``Resize`` event (which comes later, so the screen could be painted or read
    in between with content drawn for the old width).
    """

    def __init__(self, draw: DrawAt) -> None:
        self._draw = draw
        self._drawn: tuple[int | None, Content] | None = None

    def at(self, width: int | None) -> Content:
        """The content at ``width`` columns (None or 0: as wide as it likes)."""
        width = width or None
        if self._drawn is None or self._drawn[0] != width:
            self._drawn = (width, self._draw(width))
        return self._drawn[1]

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        return self.at(width).render_strips(width, height, style, options)

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return self.at(container_width).get_optimal_width(rules, container_width)

    def get_height(self, rules: RulesMap, width: int) -> int:
        return self.at(width).get_height(rules, width)
