"""Text from the bank, the saves or the user, shown exactly as written."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static


class Literal(Static):
    """A ``Static`` that never interprets markup.

    Untrusted text (prompts, options, answers, explanations, names) goes through here, or is
    wrapped in ``Content`` by the caller: ``[b]``, ``[/]`` or ``[@click=...]`` stay characters.
    """

    def __init__(
        self,
        text: str | Content = "",
        *,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(_content(text), markup=False, id=id, classes=classes)

    def set_text(self, text: str | Content) -> None:
        """Replace the text (a plain string is shown literally)."""
        self.update(_content(text))


def _content(text: str | Content) -> Content:
    return text if isinstance(text, Content) else Content(text)
