"""Statistics: today, streaks, a year of activity, the due forecast, true retention, mastery,
the hardest facts, the facts set aside, and the quiz history.

Every figure comes from ``factdeck.study.stats``. The answer log can be long (reading and
counting 100,000 answers takes seconds), so the screen opens on a "Computing statistics…" line and
fills in once a worker has read the history (in a thread, between writes) and worked the figures
out (in another thread, with the store free again); leaving first drops the result. The heatmap,
forecast and retention drawings come from ``factdeck.ui.stats_text``, so the screen reads
without colour. A fact set aside (a suspended leech, a fact suspended or
reported as wrong in flashcards) is put back into study from here (``u``).
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Sequence
from datetime import date
from typing import ClassVar

from textual import work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import OptionList

from factdeck.progress import ProgressError
from factdeck.study.exam import forecast_lines
from factdeck.study.history import read_history, stats_of
from factdeck.study.stats import HardFact, Mastery, QuizRecord, SetAside, Stats
from factdeck.ui import keys
from factdeck.ui.screens.base import FactDeckScreen
from factdeck.ui.stats_text import (
    heatmap_weeks,
    render_forecast,
    render_heatmap,
    render_retention,
    wrap_parts,
)
from factdeck.ui.widgets.fitted_options import FittedOptionList
from factdeck.ui.widgets.literal import Literal
from factdeck.ui.widgets.plot import Draw, Plot
from factdeck.wording import counted

COMPUTING = "Computing statistics…"
"""What the screen shows until the figures are ready."""

HEATMAP_TITLE = "Activity in all decks, last 12 months"
"""The heatmap's title when the whole year fits (it counts every deck of the profile)."""

NAME_WIDTH = 34
"""Columns for a topic, document or fact in the tables (longer ones end in ``…``)."""

MIN_NAME_WIDTH = 8
"""The fewest columns a name keeps, however narrow the screen."""

MASTERY_FIGURES = 39
"""Columns of a mastery row after the name: facts seen, right, predicted and misses, two
apart."""

HARDEST_FIGURES = 24
"""Columns of a hardest-fact row after the fact: wrong, lapses and ``leech``."""

QUIZ_FIGURES = 36
"""Columns of a quiz row before its settings: date, score, right and points."""


def name_width(max_width: int | None, figures: int, widest: int = NAME_WIDTH) -> int:
    """Columns for a name followed by ``figures`` more: ``widest``, or fewer to keep a row within
    ``max_width`` (None: no limit)."""
    if max_width is None:
        return widest
    return max(MIN_NAME_WIDTH, min(widest, max_width - figures))


def clip(text: str, width: int) -> str:
    """``text`` cut to ``width`` characters (ending in ``…`` when cut), padded to it."""
    text = " ".join(text.split())
    if len(text) > width:
        text = text[: width - 1] + "…"
    return f"{text:<{width}}"


def percent(share: float | None) -> str:
    """``67%``, or ``–`` when there is nothing to measure."""
    return "–" if share is None else f"{share:.0%}"


def spent(seconds: float) -> str:
    """``0:45`` or ``1:02:03``."""
    minutes, rest = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{rest:02d}" if hours else f"{minutes}:{rest:02d}"


def day_name(day: date) -> str:
    """``Thu 14 Mar 2024``."""
    return f"{day:%a} {day.day} {day:%b %Y}"


def heatmap_title_text(stats: Stats, width: int | None) -> str:
    """``Activity in all decks, last 12 months``, or how many recent weeks fit in ``width``
    columns."""
    heatmap = stats.all_decks.heatmap
    shown = heatmap_weeks(heatmap, max_width=width)
    if shown == heatmap_weeks(heatmap):
        return HEATMAP_TITLE
    return f"Activity in all decks, last {counted(shown, 'week')}"


def summary_lines(stats: Stats, max_width: int | None = None) -> list[str]:
    """Today and the all-time totals in this deck, then the streak and totals of all decks; a
    line wider than ``max_width`` goes on over the next, indented, broken where a ``·`` was."""
    today, totals, every = stats.today, stats.totals, stats.all_decks
    streak = every.streak
    heading = f"Today, {day_name(today.date)}:"
    if today.answered:
        done = [
            f"{heading} {today.answered} answered",
            f"{percent(today.accuracy)} right",
            f"{spent(today.seconds)} spent",
        ]
    else:
        done = [f"{heading} nothing answered yet"]
    all_time = [
        f"All time: {counted(totals.answered, 'answer')}",
        f"{percent(totals.accuracy)} right",
        counted(totals.study_days, "study day"),
        f"{totals.facts_seen} of {totals.facts_in_bank} facts seen",
    ]
    all_decks = [
        f"All decks: {counted(every.answered, 'answer')}",
        f"{percent(every.accuracy)} right",
        counted(every.study_days, "study day"),
    ]
    return [
        *wrap_parts(done, " · ", indent="", max_width=max_width, hanging="  "),
        *wrap_parts(all_time, " · ", indent="", max_width=max_width, hanging="  "),
        *wrap_parts(all_decks, " · ", indent="", max_width=max_width, hanging="  "),
        f"Streak (all decks): {counted(streak.current, 'day')} in a row (longest {streak.longest})",
    ]


MASTERY_NOTE = (
    "Right: your answers that were right. Predicted: the recall FSRS expects of the facts "
    "studied, today."
)
"""Says what the two recall columns of the mastery tables measure."""


def mastery_lines(rows: Sequence[Mastery], what: str, max_width: int | None = None) -> list[str]:
    """A table: facts seen, the share of answers right, FSRS's mean predicted recall and the
    misses per topic or document (names clipped to keep rows within ``max_width``)."""
    if not rows:
        return [f"No {what.lower()}s in this deck."]
    width = name_width(max_width, MASTERY_FIGURES)
    lines = [
        f"{clip(what, width)}  {'Facts seen':>11}  {'Right':>5}  {'Predicted':>9}  {'Misses':>6}"
    ]
    for row in rows:
        seen = f"{row.seen}/{row.facts} {percent(row.seen_share):>4}"
        right = percent(1 - row.misses / row.answers if row.answers else None)
        lines.append(
            f"{clip(row.name, width)}  {seen:>11}  {right:>5}  "
            f"{percent(row.mean_recall):>9}  {row.misses:>6}"
        )
    return lines


def _fact_label(label: str | None, fact_id: str) -> str:
    return label if label is not None else f"{fact_id} (no longer in the deck)"


def hardest_lines(rows: Sequence[HardFact], max_width: int | None = None) -> list[str]:
    """The facts missed most: wrong answers out of all, lapses, and whether a leech (facts
    clipped to keep rows within ``max_width``)."""
    if not rows:
        return ["No fact has been missed yet."]
    # A fact's statement is long: it takes every column the figures leave.
    longest = max(len(_fact_label(row.label, row.fact_id)) for row in rows)
    width = name_width(max_width, HARDEST_FIGURES, widest=max(NAME_WIDTH, longest))
    lines = [f"{clip('Fact', width)}  {'Wrong':>7}  {'Lapses':>6}"]
    for row in rows:
        wrong = f"{row.wrong}/{row.answers}"
        leech = "  leech" if row.leech else ""
        lines.append(
            f"{clip(_fact_label(row.label, row.fact_id), width)}  {wrong:>7}  "
            f"{row.lapses:>6}{leech}"
        )
    return lines


REASON_TEXT = {"leech": "leech, suspended", "suspended": "suspended", "reported": "reported wrong"}
"""How each reason for setting a fact aside reads in the list."""


REASON_WIDTH = 34
"""Columns at most for why a fact is set aside (the start of a report's note)."""

REASON_ROOM = 28
"""Columns a narrow list keeps for the reason (``leech, suspended · 12 lapses``)."""


def set_aside_prompt(row: SetAside, max_width: int | None = None) -> Content:
    """One fact set aside in the list: the fact and why, with the start of a report's note
    (both clipped to keep within ``max_width``)."""
    reason = REASON_TEXT[row.reason]
    if row.reason == "leech":
        reason += f" · {row.lapses} lapses"
    if row.note is not None:
        reason += f": {row.note}"
    width = name_width(max_width, 2 + REASON_ROOM)
    room = REASON_WIDTH if max_width is None else max(1, min(REASON_WIDTH, max_width - width - 2))
    return Content.assemble(
        Content(clip(_fact_label(row.label, row.fact_id), width)),
        Content(f"  {clip(reason, room).rstrip()}"),
    )


def set_aside_detail(row: SetAside) -> str:
    """The selected fact in full, and the note of its report."""
    text = _fact_label(row.label, row.fact_id)
    return text if row.note is None else f"{text}\nReport: {row.note}"


def set_aside_help(stats: Stats) -> str:
    """What the set-aside list is for, or that nothing is set aside; leeches back in study."""
    if stats.set_aside:
        text = (
            "Select one (tab, then ↑↓) and press u or Enter to put it back into study: "
            "a suspended fact is unsuspended (a leech stays marked as one), a report is "
            "withdrawn."
        )
    else:
        text = "Nothing set aside: no fact is suspended or reported as wrong."
    back = sum(1 for leech in stats.leeches if not leech.suspended)
    if back:
        text += f"\n{counted(back, 'leech')} back in study (forgotten 8 times, unsuspended)."
    return text


def quiz_settings_text(settings: dict[str, object]) -> str:
    """``10 q · 30 s each`` (``untimed``), with the topic and type filters when there were."""
    count = settings.get("count")
    seconds = settings.get("seconds_per_question")
    timing = f"{seconds} s each" if isinstance(seconds, int) and seconds > 0 else "untimed"
    text = f"{count} q · {timing}" if isinstance(count, int) else timing
    topics = settings.get("topics")
    if isinstance(topics, list) and topics:
        text += " · " + ", ".join(str(topic) for topic in topics)
    types = settings.get("types")
    if isinstance(types, list) and types:
        text += " · " + ", ".join(str(kind).replace("_", " ") for kind in types)
    return text


def quiz_lines(quizzes: Sequence[QuizRecord], max_width: int | None = None) -> list[str]:
    """Date, score, accuracy, speed points and settings of every quiz, newest first (settings
    clipped to keep rows within ``max_width``)."""
    if not quizzes:
        return ["No quiz taken yet."]
    width = name_width(max_width, QUIZ_FIGURES)
    lines = [f"{'Date':<10}  {'Score':>7}  {'Right':>5}  {'Points':>6}  Settings"]
    for quiz in quizzes:
        score = f"{quiz.correct}/{quiz.total}"
        settings = quiz_settings_text(quiz.settings)
        if not quiz.finished:
            settings += " · left early"
        lines.append(
            f"{quiz.date.isoformat():<10}  {score:>7}  {percent(quiz.accuracy):>5}  "
            f"{quiz.speed_points:>6}  {clip(settings, width).rstrip()}"
        )
    return lines


class StatsScreen(FactDeckScreen[None]):
    """The learner's statistics, scrollable; ``u`` restores the fact selected in the list of
    those set aside."""

    BINDINGS: ClassVar[list[BindingType]] = keys.STATS
    CSS_PATH = "stats.tcss"
    TITLE = "Statistics"

    def __init__(self) -> None:
        super().__init__()
        self.stats: Stats | None = None
        """The figures on show (None while they are computed)."""

    def compose_body(self) -> ComposeResult:
        with VerticalScroll(id="stats"):
            # Every section is drawn to the width it gets (at every layout): no line wraps.
            yield Plot(COMPUTING, id="stats-summary")
            # Hidden until the figures are ready: titles over empty sections say nothing.
            with Vertical(id="stats-sections"):
                with Vertical(id="stats-exam-section"):
                    yield Literal("Exam forecast", classes="stats-title")
                    yield Literal(id="stats-exam", classes="stats-block")
                yield Plot(HEATMAP_TITLE, id="stats-heatmap-title", classes="stats-title")
                yield Plot(id="stats-heatmap", classes="stats-block")
                yield Literal("Cards due, next 30 days", classes="stats-title")
                yield Plot(id="stats-forecast", classes="stats-block")
                for section, title in (
                    ("retention", "True retention by week (reviews answered right)"),
                    ("topics", "Mastery by topic"),
                    ("documents", "Mastery by document"),
                    ("hardest", "Hardest facts"),
                ):
                    yield Literal(title, classes="stats-title")
                    if section == "documents":  # the note on both mastery tables ends them
                        yield Plot(id=f"stats-{section}")
                        yield Literal(MASTERY_NOTE, classes="muted stats-block")
                    else:
                        yield Plot(id=f"stats-{section}", classes="stats-block")
                yield Literal(
                    "Set aside (leeches, suspended, reported as wrong)", classes="stats-title"
                )
                yield Literal(id="stats-set-aside-help", classes="muted")
                yield FittedOptionList(id="stats-set-aside")
                yield Literal(id="stats-set-aside-detail", classes="stats-block")
                yield Literal("Quiz history", classes="stats-title")
                yield Plot(id="stats-quizzes", classes="stats-block")

    def on_mount(self) -> None:
        self.query_one("#stats", VerticalScroll).focus()
        self.load()

    async def compute(self) -> Stats:
        """The statistics as of now, worked out off the main thread.

        The history is read through ``in_store`` (in a thread, after any write in flight, so it
        is read whole); the figures are then worked out in another thread without holding the
        store, so saving or reading elsewhere does not wait for them.

        Raises:
            ProgressError: the history cannot be read.
        """
        app = self.factdeck
        now = app.service.now()
        history = await app.in_store(read_history, app.store)
        return await asyncio.to_thread(stats_of, app.bank, history, now=now, tz=app.tz)

    @work(exclusive=True, group="stats")
    async def load(self) -> None:
        """Compute the statistics and show them (cancelled with the screen, if left first)."""
        try:
            stats = await self.compute()
        except ProgressError as error:
            self.query_one("#stats-summary", Literal).set_text(
                f"The statistics could not be read: {error}"
            )
            return
        self.show(stats)
        forecast = await self.factdeck.in_store(self.factdeck.service.exam_forecast)
        if forecast is not None:
            self.query_one("#stats-exam", Literal).set_text("\n".join(forecast_lines(forecast)))
        self.query_one("#stats-exam-section").display = forecast is not None

    def show(self, stats: Stats) -> None:
        """Fill every section from ``stats``."""
        self.stats = stats
        blocks: dict[str, Draw] = {
            "summary": lambda width: summary_lines(stats, width),
            "retention": lambda width: render_retention(stats.retention),
            "topics": lambda width: mastery_lines(stats.topics, "Topic", width),
            "documents": lambda width: mastery_lines(stats.documents, "Document", width),
            "hardest": lambda width: hardest_lines(stats.hardest, width),
            "quizzes": lambda width: quiz_lines(stats.quizzes, width),
        }
        for name, draw in blocks.items():
            self.query_one(f"#stats-{name}", Plot).plot(draw)
        # The title has the heatmap's width: it says how many weeks of it fit.
        self.query_one("#stats-heatmap-title", Plot).plot(
            lambda width: [heatmap_title_text(stats, width)]
        )
        self.query_one("#stats-heatmap", Plot).plot(
            lambda width: render_heatmap(stats.all_decks.heatmap, max_width=width)
        )
        self.query_one("#stats-forecast", Plot).plot(
            lambda width: render_forecast(stats.forecast, max_width=width)
        )
        self.query_one("#stats-sections").display = True
        rows = stats.set_aside
        listing = self.query_one("#stats-set-aside", FittedOptionList)
        listing.fill([functools.partial(set_aside_prompt, row) for row in rows])
        listing.display = bool(rows)
        help_text = self.query_one("#stats-set-aside-help", Literal)
        help_text.set_text(set_aside_help(stats))
        # Without the list under it, the help ends the section: a blank line before the next.
        help_text.set_class(not rows, "stats-block")
        self._show_detail()
        self.refresh_bindings()

    def _selected(self) -> SetAside | None:
        if self.stats is None or not self.stats.set_aside:
            return None
        index = self.query_one("#stats-set-aside", OptionList).highlighted
        return self.stats.set_aside[index] if index is not None else None

    def _show_detail(self) -> None:
        detail = self.query_one("#stats-set-aside-detail", Literal)
        row = self._selected()
        detail.display = row is not None
        if row is not None:
            detail.set_text(set_aside_detail(row))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "restore":
            if self.stats is None or not self.stats.set_aside:
                return False
            return self._selected() is not None or None
        return True

    def on_option_list_option_highlighted(self, message: OptionList.OptionHighlighted) -> None:
        self._show_detail()
        self.refresh_bindings()

    def on_option_list_option_selected(self, message: OptionList.OptionSelected) -> None:
        message.stop()
        self.action_restore()

    def action_restore(self) -> None:
        """Put the selected fact back into study."""
        row = self._selected()
        if row is not None:
            self.restore(row)

    @work(exclusive=True, group="stats")
    async def restore(self, row: SetAside) -> None:
        """Unsuspend ``row``'s fact, or withdraw its report, then show the figures again."""
        app = self.factdeck
        service = app.service
        undo = service.unflag if row.reason == "reported" else service.unsuspend
        try:
            await app.in_store(undo, row.fact_id)
            stats = await self.compute()
        except ProgressError as error:
            self.notify(str(error), title="Not restored", severity="error", markup=False)
            return
        done = "Report withdrawn" if row.reason == "reported" else "Unsuspended"
        self.notify(f"{done}: {_fact_label(row.label, row.fact_id)}", markup=False)
        self.show(stats)

    def action_back(self) -> None:
        """Back to the home screen."""
        self.dismiss(None)
