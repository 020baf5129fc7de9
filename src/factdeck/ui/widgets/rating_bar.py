"""The four flashcard ratings, each with the interval it would give ("3  Good · 3d").

The labels come from the study service (``StudyService.rating_labels``); this widget only shows
them and turns a click into a ``RatingBar.Chosen`` message. The keys ``1``-``4`` belong to the
flashcard screen.
"""

from __future__ import annotations

from collections.abc import Mapping

from fsrs import Rating
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.events import Click
from textual.message import Message
from textual.widget import Widget


class RatingChoice(Widget):
    """One rating: its key, name and interval; a click chooses it.

    Shown as ``3  Good · 3d``, or, when any of the four does not fit its width that way (at 60
    columns), all four as ``3 Good 3d``, so no interval is cut off.
    """

    DEFAULT_CSS = "RatingChoice { height: 1; }"

    def __init__(self, rating: Rating) -> None:
        super().__init__(classes="rating-choice", markup=False)
        self.rating = rating
        """The rating this choice gives."""
        self.label = ""
        """The label from the study service (``Good · 3d``); empty until a card is revealed."""

    def set_label(self, label: str) -> None:
        self.label = label
        self.refresh()

    def full(self) -> Content:
        """``3  Good · 3d``."""
        return Content.assemble((f"{int(self.rating)}", "bold reverse"), "  ", Content(self.label))

    def fits(self) -> bool:
        return self.full().cell_length <= self.content_size.width

    def render(self) -> Content:
        bar = self.parent
        choices = list(bar.query(RatingChoice)) if isinstance(bar, RatingBar) else [self]
        if all(choice.fits() for choice in choices):  # all four alike: full or compact
            return self.full()
        key = (f"{int(self.rating)}", "bold reverse")
        return Content.assemble(key, " ", Content(self.label.replace(" · ", " ")))

    def on_click(self, event: Click) -> None:
        event.stop()
        self.post_message(RatingBar.Chosen(self.rating))


class RatingBar(Horizontal):
    """A row of the four ratings; hidden labels until the back of a card is shown."""

    class Chosen(Message):
        """The learner clicked a rating."""

        def __init__(self, rating: Rating) -> None:
            super().__init__()
            self.rating = rating
            """The rating clicked."""

    def compose(self) -> ComposeResult:
        for rating in Rating:
            yield RatingChoice(rating)

    def show_labels(self, labels: Mapping[Rating, str]) -> None:
        """Show each rating as ``<key>  <label>`` (the label from the study service), or
        ``<key> <label>`` without the `` · `` where the bar is too narrow for that."""
        for choice in self.query(RatingChoice):
            choice.set_label(labels.get(choice.rating, ""))
