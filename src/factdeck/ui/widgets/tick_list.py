"""A selection list whose tick boxes read without colour: ``[x]`` ticked, ``[ ]`` not.

Textual's ``SelectionList`` draws the same ``▐X▌`` button for both states and tells them apart
by colour only, so with ``NO_COLOR`` (or a colour-blind eye) every box looks ticked.
"""

from __future__ import annotations

from rich.segment import Segment
from rich.style import Style
from textual.strip import Strip
from textual.widgets import OptionList, SelectionList
from textual.widgets.option_list import OptionDoesNotExist

TICKED = "[x]"
"""A ticked box."""
UNTICKED = "[ ]"
"""An unticked box (as wide as a ticked one, and as wide as Textual's button)."""


class TickList(SelectionList[str]):
    """A ``SelectionList`` that shows each option's state as text before its prompt.

    A tick takes the colour of ``selection-list--button-selected`` (green by default), except on
    the cursor row, which keeps its own contrasting colours. The box is as wide as Textual's
    button, so the list's layout is unchanged; a click on it toggles the option.
    """

    def render_line(self, y: int) -> Strip:
        line = OptionList.render_line(self, y)  # the prompt alone, without SelectionList's button
        index = self.scroll_offset.y + y
        try:
            selection = self.get_option_at_index(index)
        except OptionDoesNotExist:
            return line
        ticked = selection.value in self.selected
        base = next(iter(line)).style or self.rich_style
        option = Style(meta={"option": index})  # a click on the box toggles it
        mark = base + Style(bold=True)
        if ticked and self.highlighted != index:
            button = self.get_component_rich_style("selection-list--button-selected")
            mark += Style(color=button.color)
        return Strip(
            [
                Segment(TICKED[0], base + option),
                Segment(TICKED[1] if ticked else UNTICKED[1], mark + option),
                Segment(TICKED[2], base + option),
                Segment(" ", base),
                *line,
            ]
        )
