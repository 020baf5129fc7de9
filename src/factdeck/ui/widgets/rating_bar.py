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
from textual.widgets import Static


class RatingChoice(Static):
    """One rating: its key, name and interval; a click chooses it."""

    def __init__(self, rating: Rating) -> None:
        super().__init__(classes="rating-choice", markup=False)
        self.rating = rating
        """The rating this choice gives."""

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
        """Show each rating as ``<key>  <label>`` (the label from the study service)."""
        for choice in self.query(RatingChoice):
            label = labels.get(choice.rating, "")
            choice.update(Content.assemble((f"{int(choice.rating)}", "bold reverse"), f"  {label}"))
