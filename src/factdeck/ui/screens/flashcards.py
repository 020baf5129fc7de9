"""Flashcards: one card per fact, rated Again / Hard / Good / Easy, scheduled by the domain.

The study service decides everything: which card comes next (learning, then reviews, then new
facts within the daily limits), the interval each rating would give, what a rating does to the
fact's memory, and how undo restores it. This screen shows the front (the question prompt),
reveals the back (answer, explanation, source quote) on ``space``, and passes the learner's
rating on. Each rating is saved in a worker thread before the next card shows.

When nothing is due the screen says when the next card is, and offers to study ahead (cram,
which leaves the schedule alone, though a card missed joins the missed questions) or to review
missed questions.
"""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo
from enum import Enum
from typing import ClassVar

from fsrs import Rating
from textual import work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.events import Resize
from textual.reactive import var

from factdeck.bank import OrderingQuestion
from factdeck.generate.curated import NOTE_LABEL, explanation_parts
from factdeck.progress import ProgressError
from factdeck.study.memory import LEECH_LAPSES
from factdeck.study.queue import CardKind
from factdeck.study.quiz import shown_topics
from factdeck.study.scheduler import format_interval
from factdeck.study.service import Flashcard
from factdeck.ui import keys
from factdeck.ui.dialogs.notice import NoticeDialog
from factdeck.ui.screens.base import FactDeckScreen
from factdeck.ui.widgets.feedback import NOTE_STYLE, repeats_quote
from factdeck.ui.widgets.hanging import Hanging
from factdeck.ui.widgets.literal import Literal
from factdeck.ui.widgets.rating_bar import RatingBar

KIND_NAMES: dict[CardKind, str] = {
    CardKind.NEW: "New",
    CardKind.LEARNING: "Learning",
    CardKind.REVIEW: "Review",
}
"""How each kind of card is named in the counts and above the prompt."""


SESSION_GAP = 2
"""Columns between the counts and the session on the status line (``#flash-session``'s margin)."""


class Phase(Enum):
    """What the flashcard screen shows."""

    FRONT = "front"
    """The question; ``space`` reveals the back."""
    BACK = "back"
    """The answer; ``1``-``4`` rate it."""
    SAVING = "saving"
    """A rating (or undo, suspend...) is being written."""
    EMPTY = "empty"
    """Nothing is due now."""


class Hide(Enum):
    """The one-key ways to take a card out of study."""

    SUSPEND = "suspend"
    BURY = "bury"
    FLAG = "flag"


def when_due(due: datetime, now: datetime, tz: tzinfo) -> str:
    """``in 25m (today 14:35)``, ``in 18h (tomorrow 04:00)``, ``in 3d (Mon 18 Mar 04:00)``:
    the day and time in ``tz``."""
    local, local_now = due.astimezone(tz), now.astimezone(tz)
    days = (local.date() - local_now.date()).days
    day = "today" if days <= 0 else "tomorrow" if days == 1 else f"{local:%a %d %b}"
    return f"in {format_interval(max(due - now, timedelta(0)))} ({day} {local:%H:%M})"


def front_content(card: Flashcard, items: list[str] | None = None) -> Content | Hanging:
    """The prompt; for an ordering question also its ``items`` (default: in the bank's order),
    numbered as in a quiz, each wrapping under its own text (literal text)."""
    question = card.question
    if not isinstance(question, OrderingQuestion):
        return Content(question.prompt)
    shown = question.options if items is None else items
    labels = [Content(f"  {number}. ") for number in range(1, len(shown) + 1)]
    indent = max(label.cell_length for label in labels)
    return Hanging(
        [
            (None, Content(question.prompt)),
            (None, Content()),
            *[(label, Content(item)) for label, item in zip(labels, shown, strict=True)],
        ],
        indent,
    )


class FlashcardScreen(FactDeckScreen[None]):
    """Today's flashcards, or with ``cram`` the studied cards again, ahead of schedule.

    Args:
        cram: Study ahead: every studied card once more, without changing the schedule.
    """

    BINDINGS: ClassVar[list[BindingType]] = keys.FLASHCARDS
    CSS_PATH = "flashcards.tcss"
    TITLE = "Flashcards"
    RECHECK_SECONDS = 15.0
    """While nothing is due (or a learning card waits), how often to look again."""

    phase: var[Phase] = var(Phase.SAVING, bindings=True)
    """Front, back, saving, or nothing due (saving until the session has started): the keys
    shown follow it."""

    def __init__(self, cram: bool = False) -> None:
        super().__init__()
        self.cram = cram
        """Whether this is a cram session (the schedule does not change)."""
        self.card: Flashcard | None = None
        """The card on show."""
        self.session_id: str | None = None
        """The store's id of this study session."""
        self.studied = 0
        """Ratings given (and not undone) in this session."""
        self._shown_at = 0.0
        self._can_cram = False
        self._missed = 0
        self._status_widths = (0, 0)

    # ---- Layout ----

    def compose_body(self) -> ComposeResult:
        with Horizontal(id="flash-status"):
            yield Literal(id="flash-counts")
            yield Literal(id="flash-session")
        with VerticalScroll(id="flash-card"):
            yield Literal(id="flash-heading")
            yield Literal(id="flash-prompt")
            yield Literal(id="flash-back")
        with Vertical(id="flash-empty"):
            yield Literal(id="flash-empty-title")
            yield Literal(id="flash-empty-text")
            yield Literal(id="flash-empty-choices")
        yield Literal("Press space to show the answer.", id="flash-hint")
        yield RatingBar(id="flash-ratings")

    def on_mount(self) -> None:
        self._set_phase(Phase.SAVING)
        self.begin()
        self.set_interval(self.RECHECK_SECONDS, self.recheck)

    @work(exclusive=True, group="save")
    async def begin(self) -> None:
        """Start the study session in the store, then show the first card."""
        service = self.factdeck.service
        try:
            self.session_id = await self.factdeck.in_store(service.start_study, cram=self.cram)
        except ProgressError as error:
            self.save_failed(error)
            return
        self.show_next()

    # ---- What is on show ----

    def _set_phase(self, phase: Phase) -> None:
        """Switch phase; while saving, what was on show stays (no flicker)."""
        self.phase = phase
        if phase is not Phase.SAVING:
            for each in (Phase.FRONT, Phase.BACK, Phase.EMPTY):
                self.set_class(each is phase, f"-{each.value}")

    def refresh_status(self) -> None:
        """Today's new / learning / review counts, and this session's progress."""
        counts = self.factdeck.service.counts()
        current = (
            self.card.kind if self.card is not None and self.phase is not Phase.EMPTY else None
        )
        parts: list[str | tuple[str, str]] = []
        for kind, count in (
            (CardKind.NEW, counts.new),
            (CardKind.LEARNING, counts.learning),
            (CardKind.REVIEW, counts.review),
        ):
            text = f"{KIND_NAMES[kind]} {count}"
            parts += [(text, "bold underline") if kind is current else text, "   "]
        counts_text = Content.assemble(*parts[:-1])
        self.query_one("#flash-counts", Literal).set_text(counts_text)
        session = f"{self.studied} studied"
        if self.cram:
            session = f"Studying ahead · {session}"
        self.query_one("#flash-session", Literal).set_text(Content.styled(session, "dim"))
        self._status_widths = (counts_text.cell_length, len(session))
        self._fit_status(self.size.width)

    def _fit_status(self, screen_width: int) -> None:
        """Counts and session side by side when both fit, else the session on a line below."""
        status = self.query_one("#flash-status")
        counts, session = self._status_widths
        room = screen_width - status.styles.gutter.width
        status.set_class(counts + SESSION_GAP + session > room, "-stacked")

    def on_resize(self, event: Resize) -> None:
        super().on_resize(event)
        self._fit_status(event.size.width)

    def show_next(self) -> None:
        """Show the next card from the domain's queue, or the nothing-due pane."""
        card = self.factdeck.service.next_card()
        if card is None:
            self.show_empty()
        else:
            self.show_card(card)

    def show_card(self, card: Flashcard) -> None:
        """Show the front of ``card``."""
        self.card = card
        question = card.question
        topics = ", ".join(shown_topics(self.factdeck.bank, question))
        self.query_one("#flash-heading", Literal).set_text(
            Content.assemble(
                (f"{KIND_NAMES[card.kind]} card", "bold"),
                (" · " if topics else "", "dim"),
                Content(topics).stylize("dim"),
            )
        )
        items = (
            self.factdeck.item_order.shown_items(question)
            if isinstance(question, OrderingQuestion)
            else None
        )
        self.query_one("#flash-prompt", Literal).update(front_content(card, items))
        self.query_one("#flash-back", Literal).set_text("")
        self.query_one("#flash-card", VerticalScroll).scroll_home(animate=False)
        self._shown_at = self.factdeck.clock()
        self._set_phase(Phase.FRONT)
        self.refresh_status()

    def back_content(self, card: Flashcard) -> Content:
        """The back: answer, explanation and the source's words (all literal text)."""
        question = card.question
        source = self.factdeck.bank.source(question.source.document)
        title = f" ({source.title})" if source is not None else ""
        if isinstance(question, OrderingQuestion):
            answer = Content.assemble(*[Content(f"\n  → {item}") for item in question.answer])
        else:
            answer = Content(card.answer)
        statement, note = explanation_parts(question.explanation)
        explanation: list[str | Content | tuple[str, str]] = (
            [] if repeats_quote(statement, question.source.quote) else [Content(statement), "\n\n"]
        )
        if note is not None:
            explanation += [(f"{NOTE_LABEL} ", NOTE_STYLE), Content(note), "\n\n"]
        return Content.assemble(
            ("Answer: ", "bold"),
            answer.stylize("bold"),
            "\n\n",
            *explanation,
            ("“", "dim"),
            Content(question.source.quote).stylize("italic"),
            ("”", "dim"),
            (title, "dim"),
        )

    def show_empty(self) -> None:
        """Nothing due: when the next card is, and what else there is to do."""
        service = self.factdeck.service
        self.card = None
        now = service.now()
        next_due = service.next_due()
        self._can_cram = service.can_cram()
        self._missed = len(service.review_items())
        settings = service.settings
        if self.cram and self.studied:
            title = "You have gone over every studied card."
        else:
            title = "Nothing is due right now."
        lines = []
        if next_due is None:
            lines.append("No card is scheduled: every fact is suspended, buried or reported.")
        else:
            lines.append(f"The next card is due {when_due(next_due, now, self.factdeck.tz)}.")
        lines.append(
            f"Daily limits: new facts {settings.new_per_day}, reviews {settings.reviews_per_day} "
            "(change them in Settings)."
        )
        if self.studied:
            lines.append(f"You studied {self.studied} cards in this session.")
        choices: list[str | tuple[str, str]] = []
        if self._can_cram:
            choices += [  # two lines, each within 60 columns
                ("c", "bold reverse"),
                "  Study ahead: go over your cards again; your schedule\n"
                "   does not change; cards you miss join Review missed.\n",
            ]
        if self._missed:
            noun = "question" if self._missed == 1 else "questions"
            choices += [("r", "bold reverse"), f"  Review missed: {self._missed} {noun} waiting.\n"]
        choices += [("esc", "bold reverse"), "  Back home"]
        self.query_one("#flash-empty-title", Literal).set_text(title)
        self.query_one("#flash-empty-text", Literal).set_text("\n".join(lines))
        self.query_one("#flash-empty-choices", Literal).set_text(Content.assemble(*choices))
        self._set_phase(Phase.EMPTY)
        self.refresh_status()

    def recheck(self) -> None:
        """Timer: refresh the counts; while nothing is due, show a card as soon as one is."""
        if self.phase is Phase.EMPTY:
            card = self.factdeck.service.next_card()
            if card is not None:
                self.show_card(card)
        elif self.phase is not Phase.SAVING:
            self.refresh_status()

    # ---- Keys ----

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        phase = self.phase
        on_card = phase in (Phase.FRONT, Phase.BACK)
        if action == "reveal":
            return phase is Phase.FRONT
        if action == "rate":
            return phase is Phase.BACK
        if action == "undo":  # with nothing to undo, it says so
            return None if phase is Phase.SAVING else True
        if action in ("suspend", "bury", "flag_wrong"):
            return on_card or (None if phase is Phase.SAVING else False)
        if action == "cram":
            return phase is Phase.EMPTY and self._can_cram
        if action == "review":
            return phase is Phase.EMPTY and self._missed > 0
        return True

    def action_reveal(self) -> None:
        """Show the back of the card and the four ratings with their intervals."""
        if self.phase is not Phase.FRONT or self.card is None:
            return
        self.query_one("#flash-back", Literal).set_text(self.back_content(self.card))
        labels = self.factdeck.service.rating_labels(self.card.fact_id)
        self.query_one(RatingBar).show_labels(labels)
        self._set_phase(Phase.BACK)

    def action_rate(self, rating: int) -> None:
        """Rate the card on show: 1 Again, 2 Hard, 3 Good, 4 Easy."""
        if self.phase is Phase.BACK and self.card is not None:
            self.save_rating(self.card, Rating(rating))

    def on_rating_bar_chosen(self, message: RatingBar.Chosen) -> None:
        message.stop()
        self.action_rate(int(message.rating))

    @work(exclusive=True, group="save")
    async def save_rating(self, card: Flashcard, rating: Rating) -> None:
        """Save the rating through the store, then show the next card (or a leech notice)."""
        service = self.factdeck.service
        seconds = round(max(0.0, self.factdeck.clock() - self._shown_at), 1)
        self._set_phase(Phase.SAVING)
        try:
            record = await self.factdeck.in_store(
                service.rate, card.fact_id, rating, seconds=seconds
            )
        except ProgressError as error:
            self.save_failed(error)
            return
        self.studied += 1
        self.show_next()
        if service.made_leech(record):
            self.app.push_screen(
                NoticeDialog(
                    "This fact has become a leech",
                    [
                        card.question.prompt,
                        f"You have forgotten it {LEECH_LAPSES} times, so it was suspended: "
                        "it will not come back on its own.",
                        "Find it under Set aside on the Stats screen (s on the home screen) "
                        "to bring it back, perhaps after rewording it for yourself.",
                    ],
                )
            )

    def action_undo(self) -> None:
        """Take back the last step of this session: a rating, suspension, burial or report."""
        if self.phase is Phase.SAVING:
            return
        if not self.factdeck.service.can_undo:
            self.notify("Nothing to undo: no card rated or set aside in this session yet.")
            return
        self.undo_step()

    @work(exclusive=True, group="save")
    async def undo_step(self) -> None:
        """Undo the session's last step through the domain and show its card again."""
        app, service = self.factdeck, self.factdeck.service
        self._set_phase(Phase.SAVING)
        try:
            undone = await app.in_store(service.undo_last)
        except ProgressError as error:
            self.save_failed(error)
            return
        if undone is None:
            self.notify("Nothing more to undo in this session.")
            self.show_next()
            return
        if undone.rating:
            self.studied -= 1
        # A notice about the step taken back ("Buried until ...") would now be wrong.
        self.app.clear_notifications()
        self.notify("Rating taken back." if undone.rating else "Taken back.")
        self.show_card(undone.card)

    def action_suspend(self) -> None:
        """Leave this fact out of flashcards until it is unsuspended."""
        self._hide(Hide.SUSPEND)

    def action_bury(self) -> None:
        """Leave this fact out of flashcards until the next study day."""
        self._hide(Hide.BURY)

    def action_flag_wrong(self) -> None:
        """Report this question as wrong: the fact leaves every mode, and the report is kept."""
        self._hide(Hide.FLAG)

    def _hide(self, hide: Hide) -> None:
        if self.phase in (Phase.FRONT, Phase.BACK) and self.card is not None:
            self.save_hide(self.card, hide)

    @work(exclusive=True, group="save")
    async def save_hide(self, card: Flashcard, hide: Hide) -> None:
        """Suspend, bury or flag ``card``'s fact through the domain, then show the next card."""
        app, service = self.factdeck, self.factdeck.service
        self._set_phase(Phase.SAVING)
        try:
            if hide is Hide.SUSPEND:
                await app.in_store(service.suspend, card.fact_id)
                message = "Suspended: this fact stays out of your flashcards (Stats → Set aside restores it)."
            elif hide is Hide.BURY:
                await app.in_store(service.bury, card.fact_id)
                message = "Buried until tomorrow's study day."
            else:
                note = f"reported on the flashcard of question {card.question.id}"
                await app.in_store(service.flag_wrong, card.fact_id, note)
                message = "Reported as wrong: this fact is left out of every mode (Stats → Set aside restores it)."
        except ProgressError as error:
            self.save_failed(error)
            return
        message += " ctrl+z takes it back."
        self.notify(message, markup=False)
        self.show_next()

    async def action_cram(self) -> None:
        """Nothing due: study ahead, leaving the schedule as it is (a new session)."""
        if self.phase is not Phase.EMPTY or not self._can_cram:
            return
        self._set_phase(Phase.SAVING)
        await self.finish_session()
        self.cram = True
        self.studied = 0
        self.begin()

    async def action_review(self) -> None:
        """Nothing due: review the missed questions instead."""
        if self.phase is not Phase.EMPTY or not self._missed:
            return
        await self.finish_session()
        self.factdeck.push_mode("review", replace=True)

    async def action_back(self) -> None:
        """Back to the home screen (every rating is already saved)."""
        if self.phase is Phase.SAVING:
            return
        await self.finish_session()
        self.dismiss(None)

    async def finish_session(self) -> None:
        """Record how many cards this session studied."""
        if self.session_id is None:
            return
        session_id, self.session_id = self.session_id, None
        try:
            await self.factdeck.in_store(
                self.factdeck.service.finish_session, session_id, studied=self.studied
            )
        except ProgressError as error:
            self.notify(
                str(error), title="The session was not closed", severity="error", markup=False
            )

    def save_failed(self, error: ProgressError) -> None:
        """A write failed: say so and go back home."""
        self._set_phase(Phase.SAVING)
        self.app.push_screen(
            NoticeDialog(
                "Your flashcards could not be saved",
                [str(error), "Ratings saved before this one are safe."],
            ),
            lambda _: self.dismiss(None),
        )
