"""Statistics: today, streaks, a year of activity, the due forecast, true retention, mastery,
the hardest facts, the facts set aside, and the quiz history.

Every figure comes from ``factdeck.study.stats``. The answer log can be long (reading and
counting 100,000 answers takes seconds), so the screen opens on a "Computing statistics…" line and
fills in once a worker has read the history (in a thread, between writes) and worked the figures
out (in another thread, with the store free again); leaving first drops the result. The heatmap,
forecast and retention drawings come from ``factdeck.ui.stats_text``; the tables are rich
``Table``s, measured in terminal cells (a CJK character or an emoji takes two), whose names give
up the columns a narrow screen lacks. Everything reads without colour. A fact set aside (a
suspended leech, a fact suspended or reported as wrong in flashcards) is put back into study
from here (``u``).
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Sequence
from datetime import date
from typing import ClassVar

from rich.console import Group, RenderableType
from rich.table import Column, Table
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.reactive import var
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
"""Columns at most for a topic or document in the mastery tables (longer ones end in ``…``)."""

MIN_NAME_WIDTH = 8
"""The fewest columns a name keeps, however narrow the screen."""


def one_line(text: str) -> str:
    """``text`` with every run of whitespace (line breaks too) made one space."""
    return " ".join(text.split())


def table(*columns: Column) -> Table:
    """A table that reads without colour: a header, then rows, columns two apart, no rules.

    It is as wide as its cells, and narrower when the screen is: its text column (the one
    that is not ``no_wrap``) gives up the columns, its cells ending in ``…``.
    """
    return Table(
        *columns,
        box=None,
        padding=(0, 1),
        pad_edge=False,
        show_edge=False,
        header_style="bold",
    )


def name_column(header: str, max_width: int | None = None) -> Column:
    """The column of names (untrusted text, each cell a one-line ``Text``): the one that
    shrinks."""
    return Column(Text(header), min_width=MIN_NAME_WIDTH, max_width=max_width)


def figure_column(header: str) -> Column:
    """A column of figures: never cut, never wrapped, right-aligned."""
    return Column(Text(header), justify="right", no_wrap=True)


def name_cell(text: str) -> Text:
    """Untrusted text on one line, cut with ``…`` to the width of its column."""
    return Text(one_line(text), no_wrap=True, overflow="ellipsis")


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


def mastery_table(rows: Sequence[Mastery], what: str) -> RenderableType:
    """Facts seen, the share of answers right, FSRS's mean predicted recall and the misses per
    topic or document."""
    if not rows:
        return Text(f"No {what.lower()}s in this deck.")
    shown = table(
        name_column(what, max_width=NAME_WIDTH),
        *map(figure_column, ("Facts seen", "Right", "Predicted", "Misses")),
    )
    for row in rows:
        right = percent(1 - row.misses / row.answers if row.answers else None)
        shown.add_row(
            name_cell(row.name),
            Text(f"{row.seen}/{row.facts} {percent(row.seen_share):>4}"),
            Text(right),
            Text(percent(row.mean_recall)),
            Text(str(row.misses)),
        )
    return shown


def _fact_label(label: str | None, fact_id: str) -> str:
    return label if label is not None else f"{fact_id} (no longer in the deck)"


def hardest_table(rows: Sequence[HardFact]) -> RenderableType:
    """The facts missed most: wrong answers out of all, lapses, and whether a leech."""
    if not rows:
        return Text("No fact has been missed yet.")
    # A fact's statement is long: it takes every column the figures leave.
    columns = [name_column("Fact"), figure_column("Wrong"), figure_column("Lapses")]
    leeches = any(row.leech for row in rows)
    if leeches:
        columns.append(Column(no_wrap=True))
    shown = table(*columns)
    for row in rows:
        cells = [
            name_cell(_fact_label(row.label, row.fact_id)),
            Text(f"{row.wrong}/{row.answers}"),
            Text(str(row.lapses)),
        ]
        if leeches:
            cells.append(Text("leech" if row.leech else ""))
        shown.add_row(*cells)
    return shown


REASON_TEXT = {"leech": "leech, suspended", "suspended": "suspended", "reported": "reported wrong"}
"""How each reason for setting a fact aside reads in the list."""


REASON_WIDTH = 34
"""Columns at most for why a fact is set aside (the start of a report's note)."""

REASON_ROOM = 28
"""Columns a narrow list keeps for the reason (``leech, suspended · 12 lapses``)."""


def set_aside_prompt(row: SetAside, max_width: int | None = None) -> Content:
    """One fact set aside in the list: the fact and why, with the start of a report's note
    (both cut to keep within ``max_width``, counting cells: a CJK character takes two)."""
    reason = REASON_TEXT[row.reason]
    if row.reason == "leech":
        reason += f" · {row.lapses} lapses"
    if row.note is not None:
        reason += f": {row.note}"
    if max_width is None:
        width, room = NAME_WIDTH, REASON_WIDTH
    else:
        width = max(MIN_NAME_WIDTH, min(NAME_WIDTH, max_width - 2 - REASON_ROOM))
        room = max(1, min(REASON_WIDTH, max_width - width - 2))
    return Content.assemble(
        Content(one_line(_fact_label(row.label, row.fact_id))).truncate(
            width, ellipsis=True, pad=True
        ),
        "  ",
        Content(one_line(reason)).truncate(room, ellipsis=True),
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


QUIZ_ROWS = 50
"""The most quizzes the history lists (the latest): a longer table takes long to draw, and
``factdeck stats --json`` lists every one."""


def quiz_table(quizzes: Sequence[QuizRecord]) -> RenderableType:
    """Date, score, accuracy, speed points and settings of the latest quizzes, newest first."""
    if not quizzes:
        return Text("No quiz taken yet.")
    shown = table(
        Column(Text("Date"), no_wrap=True),
        *map(figure_column, ("Score", "Right", "Points")),
        name_column("Settings"),
    )
    for quiz in quizzes[:QUIZ_ROWS]:
        settings = quiz_settings_text(quiz.settings)
        if not quiz.finished:
            settings += " · left early"
        shown.add_row(
            Text(quiz.date.isoformat()),
            Text(f"{quiz.correct}/{quiz.total}"),
            Text(percent(quiz.accuracy)),
            Text(str(quiz.speed_points)),
            name_cell(settings),
        )
    if len(quizzes) <= QUIZ_ROWS:
        return shown
    return Group(
        shown,
        Text(f"The latest {QUIZ_ROWS} of {len(quizzes):,} quizzes (all: factdeck stats --json)."),
    )


class StatsScreen(FactDeckScreen[None]):
    """The learner's statistics, scrollable; ``u`` restores the fact selected in the list of
    those set aside."""

    BINDINGS: ClassVar[list[BindingType]] = keys.STATS
    CSS_PATH = "stats.tcss"
    TITLE = "Statistics"

    selected: var[SetAside | None] = var(None, bindings=True, init=False)
    """The fact set aside highlighted in the list, shown in full under it (None: none is).
    ``u`` shows while one is."""

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
                yield Literal(
                    "True retention by week (reviews answered right)", classes="stats-title"
                )
                yield Plot(id="stats-retention", classes="stats-block")
                for section, title in (
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
        }
        for name, draw in blocks.items():
            self.query_one(f"#stats-{name}", Plot).plot(draw)
        tables = {
            "topics": mastery_table(stats.topics, "Topic"),
            "documents": mastery_table(stats.documents, "Document"),
            "hardest": hardest_table(stats.hardest),
            "quizzes": quiz_table(stats.quizzes),
        }
        for name, shown in tables.items():
            self.query_one(f"#stats-{name}", Plot).plot_rich(shown)
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
        self.selected = self._highlighted()

    def _highlighted(self) -> SetAside | None:
        if self.stats is None or not self.stats.set_aside:
            return None
        index = self.query_one("#stats-set-aside", OptionList).highlighted
        return self.stats.set_aside[index] if index is not None else None

    def watch_selected(self, row: SetAside | None) -> None:
        detail = self.query_one("#stats-set-aside-detail", Literal)
        detail.display = row is not None
        if row is not None:
            detail.set_text(set_aside_detail(row))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "restore":
            if self.stats is None or not self.stats.set_aside:
                return False
            return self.selected is not None or None
        return True

    def on_option_list_option_highlighted(self, message: OptionList.OptionHighlighted) -> None:
        self.selected = self._highlighted()

    def on_option_list_option_selected(self, message: OptionList.OptionSelected) -> None:
        message.stop()
        self.action_restore()

    def action_restore(self) -> None:
        """Put the selected fact back into study."""
        row = self.selected
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
