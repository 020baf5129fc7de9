"""Text whose wrapped lines start under the text, not under its label (a hanging indent)."""

from __future__ import annotations

from collections.abc import Sequence

from textual.content import Content
from textual.css.styles import RulesMap
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual

MIN_HANGING = 16
"""Narrower than this beside the labels, the text wraps under them (too thin a column else)."""


class Hanging(Visual):
    """Lines of text, some after a label: those wrap under their own text, not under the label.

    Args:
        lines: Each line's label (padded to ``indent`` columns; None: the text starts at the
            left edge and wraps there) and text.
        indent: The labels' width.
    """

    def __init__(self, lines: Sequence[tuple[Content | None, Content]], indent: int) -> None:
        self.lines = list(lines)
        self.indent = indent
        self._wrapped: tuple[int, Content] | None = None

    @property
    def plain(self) -> str:
        """The text without styles or wrapping, a line per label."""
        return "\n".join(
            (label.plain if label is not None else "") + text.plain for label, text in self.lines
        )

    def at_width(self, width: int) -> Content:
        """The text laid out for ``width`` columns: labelled lines already wrapped and indented."""
        if self._wrapped is not None and self._wrapped[0] == width:
            return self._wrapped[1]
        room = width - self.indent
        out: list[Content] = []
        for label, text in self.lines:
            if label is None:
                out.append(text)
            elif room < MIN_HANGING:
                out.append(label + text)
            else:
                first, *rest = text.wrap(room) or [Content()]
                out.append(label + first)
                out.extend(Content(" " * self.indent) + line for line in rest)
        content = Content("\n").join(out)
        self._wrapped = (width, content)
        return content

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        return self.at_width(width).render_strips(width, height, style, options)

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return max(
            (label.cell_length if label is not None else 0) + line.cell_length
            for label, text in self.lines
            for line in text.split("\n")
        )

    def get_minimal_width(self, rules: RulesMap) -> int:
        return Content("\n").join(text for _, text in self.lines).get_minimal_width(rules)

    def get_height(self, rules: RulesMap, width: int) -> int:
        return self.at_width(width).get_height(rules, width)
