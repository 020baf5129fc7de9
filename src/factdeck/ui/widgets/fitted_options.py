"""An option list whose prompts are drawn for the width they get."""

from __future__ import annotations

from collections.abc import Sequence

from textual.widgets import OptionList
from textual.widgets.option_list import Option

from factdeck.ui.widgets.fitted import DrawAt, Fitted


class FittedOptionList(OptionList):
    """Options whose prompts fit the room inside the list (see :class:`Fitted`).

    Prompts never wrap: each is drawn for the width it is rendered at. The highlighted option
    stays highlighted when they are drawn again.
    """

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._prompts: Sequence[DrawAt] = ()

    def fill(self, prompts: Sequence[DrawAt]) -> None:
        """Show an option for each of ``prompts``."""
        self._prompts = prompts
        self._refill()

    def prompt_text(self, index: int) -> str:
        """What option ``index`` shows at the list's current width, as plain text."""
        padding = self.get_component_styles("option-list--option").padding.width
        width = self.scrollable_content_region.width - padding
        prompt = self.get_option_at_index(index).prompt
        return prompt.at(width).plain if isinstance(prompt, Fitted) else str(prompt)

    def watch_show_vertical_scrollbar(self) -> None:
        # The list's own scrollbar narrows its options without resizing it, and OptionList
        # keeps each option's rendering until a resize: render them anew.
        self.call_after_refresh(self._refill)

    def _refill(self) -> None:
        highlighted = self.highlighted
        self.clear_options()
        self.add_options(Option(Fitted(prompt)) for prompt in self._prompts)
        if self._prompts:
            self.highlighted = min(highlighted or 0, len(self._prompts) - 1)
