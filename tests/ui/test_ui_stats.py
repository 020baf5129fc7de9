"""The statistics screen over a fixed history: every section shows, it scrolls at 80×24, a leech
can be unsuspended, facts suspended or reported as wrong are listed and restored, every section
and table fits the narrowest terminal (CJK and emoji names too), and snapshots of its top and of
its tables."""

from __future__ import annotations

import re
import threading
from dataclasses import replace
from datetime import UTC, timedelta, tzinfo
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from conftest import BANK, NOW, screen_text, settle
from fsrs import Rating
from rich.cells import cell_len
from rich.console import Console, RenderableType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.visual import Visual
from textual.widgets import Static

from factdeck.bank import load_bank
from factdeck.progress import ProgressStore
from factdeck.study.history import StatsHistory
from factdeck.study.memory import FactMemory
from factdeck.study.quiz import QuizSettings
from factdeck.study.service import StudyService
from factdeck.study.stats import HardFact, Mastery, QuizRecord
from factdeck.ui.app import FactDeckApp
from factdeck.ui.screens import stats as stats_screen
from factdeck.ui.screens.home import HomeScreen
from factdeck.ui.screens.stats import COMPUTING, StatsScreen
from factdeck.ui.widgets.fitted import Fitted
from factdeck.ui.widgets.fitted_options import FittedOptionList
from factdeck.ui.widgets.literal import Literal
from helpers.clock import FakeClock

PLAN: list[tuple[int, str, Rating]] = [
    (9, "sputnik-country", Rating.Good),
    (9, "moon-landing-year", Rating.Again),
    (8, "moon-landing-year", Rating.Good),
    (3, "sputnik-country", Rating.Good),
    (2, "moon-landing-year", Rating.Hard),
    (1, "first-moonwalker", Rating.Easy),
    (0, "berlin-wall-fall", Rating.Again),
]
"""Flashcard ratings: (days before ``NOW``, fact, rating), all at 09:00 UTC."""


@pytest.fixture
def history(saves: Path) -> Path:
    """Saves with ratings over ten days, a quiz today, and a suspended leech."""
    bank = load_bank(BANK)
    wall = [NOW]
    with ProgressStore.open(saves) as store:
        service = StudyService(bank, store, now=lambda: wall[0], tz=UTC)
        for days, fact_id, rating in PLAN:
            wall[0] = NOW.replace(hour=9) - timedelta(days=days)
            service.rate(fact_id, rating, seconds=4.0)
        quiz = store.start_session("quiz", QuizSettings(count=2).model_dump(mode="json"))
        for question_id, correct in (("sputnik-country.mc", True), ("berlin-wall-fall.mc", False)):
            store.record_answer(
                question_id,
                correct,
                "quiz",
                6.0,
                fact_id=question_id.split(".")[0],
                session_id=quiz,
                at=NOW - timedelta(hours=1),
            )
        store.finish_session(quiz, correct=1, answered=2, total=2, accuracy=0.5, speed_points=900)
        leech = replace(service.memory("berlin-wall-fall"), lapses=8, leech=True, suspended=True)
        store.put_fact_state("berlin-wall-fall", leech.to_dict())
    return saves


def stats_app(saves: Path, tz: tzinfo = UTC) -> FactDeckApp:
    return FactDeckApp(BANK, saves, now=lambda: NOW, tz=tz, clock=FakeClock(), mode="stats")


def block(app: FactDeckApp, name: str) -> str:
    """What section ``name`` shows at the width it has now, as plain text: a drawing's or a
    table's lines as drawn (so a line that would wrap shows as one), or a text as rendered."""
    widget = app.screen.query_one(f"#stats-{name}", Static)
    width = widget.content_size.width
    if isinstance(widget.visual, Fitted):
        return widget.visual.at(width).plain
    strips = Visual.to_strips(widget, widget.visual, width, None, widget.visual_style)
    return "\n".join(strip.text.rstrip() for strip in strips)


async def test_every_section_scrolling_and_unsuspending_a_leech(history: Path) -> None:
    app = stats_app(history)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, StatsScreen)
        assert block(app, "summary").splitlines() == [
            "Today, Mon 2 Mar 2026: 3 answered · 33% right · 0:16 spent",
            "All time: 9 answers · 67% right · 6 study days · 4 of 4 facts seen",
            "All decks: 9 answers · 67% right · 6 study days",
            "Streak (all decks): 4 days in a row (longest 4)",
        ]
        assert "9 answers on 6 of 365 days" in block(app, "heatmap")
        assert "Due today:" in block(app, "forecast")
        assert "Mar  2  " in block(app, "retention")
        assert "space race" in block(app, "topics") and "Cold War" in block(app, "topics")
        assert "The Space Race" in block(app, "documents")
        hardest = block(app, "hardest").splitlines()
        assert hardest[1].startswith("The Berlin Wall fell in 1989.")
        assert hardest[1].endswith("8  leech")
        quizzes = block(app, "quizzes").splitlines()
        assert quizzes[1].split()[1:5] == ["1/2", "50%", "900", "2"]

        scroller = screen.query_one("#stats", VerticalScroll)
        assert scroller.max_scroll_y > 0
        await pilot.press("pagedown")
        await pilot.pause()
        assert scroller.scroll_y > 0

        listing = screen.query_one("#stats-set-aside", FittedOptionList)
        assert listing.option_count == 1
        assert listing.prompt_text(0).startswith("The Berlin Wall fell in 1989.")
        assert "leech, suspended · 8 lapses" in listing.prompt_text(0)
        assert "u Restore to study" in screen_text(app)
        await pilot.press("u")
        await settle(pilot)
        memory = FactMemory.from_dict(app.store.fact_state("berlin-wall-fall") or {})
        assert (memory.leech, memory.suspended) == (True, False)
        assert screen.stats is not None and not screen.stats.leeches[0].suspended
        assert screen.stats.set_aside == [] and not listing.display
        help_text = block(app, "set-aside-help")
        assert help_text.splitlines() == [
            "Nothing set aside: no fact is suspended or reported as wrong.",
            "1 leech back in study (forgotten 8 times, unsuspended).",
        ]
        assert "u Restore" not in screen_text(app)


async def test_study_days_are_the_apps_time_zones(history: Path) -> None:
    app = stats_app(history, ZoneInfo("America/Anchorage"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        # 12:00 UTC is 03:00 in Anchorage, before the 04:00 rollover: still Sunday's study day.
        assert block(app, "summary").startswith("Today, Sun 1 Mar 2026: 3 answered")


async def test_suspended_and_reported_facts_are_listed_and_restored(saves: Path) -> None:
    note = "[b]1968[/b], not 1969 [@click=app.quit]x[/]"
    with ProgressStore.open(saves) as store:
        service = StudyService(load_bank(BANK), store, now=lambda: NOW, tz=UTC)
        service.suspend("sputnik-country")
        service.flag_wrong("moon-landing-year", note)
    app = stats_app(saves)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, StatsScreen)
        queued = {item.fact_id for item in app.service.queue().items}
        assert {"sputnik-country", "moon-landing-year"}.isdisjoint(queued)
        listing = screen.query_one("#stats-set-aside", FittedOptionList)
        prompts = [listing.prompt_text(i) for i in range(2)]
        assert prompts[0].startswith("The Soviet Union launched Sputnik…  suspended")
        assert prompts[1].startswith("Apollo 11 landed on the Moon in 1…  reported wrong")
        assert "reported wrong: [b]1968[/b]" in prompts[1]
        await pilot.press("tab", "down")
        await pilot.pause()
        detail = block(app, "set-aside-detail")
        assert detail == f"Apollo 11 landed on the Moon in 1969.\nReport: {note}"

        await pilot.press("u")  # the report is withdrawn
        await settle(pilot)
        assert not app.service.memory("moon-landing-year").flagged_wrong
        assert listing.option_count == 1
        assert "suspended" in listing.prompt_text(0)
        await pilot.press("u")  # the suspended fact comes back
        await settle(pilot)
        assert not app.service.memory("sputnik-country").suspended
        assert not listing.display
        for fact_id in ("sputnik-country", "moon-landing-year"):
            memory = FactMemory.from_dict(app.store.fact_state(fact_id) or {})
            assert (memory.suspended, memory.flagged_wrong, memory.flag_note) == (
                False,
                False,
                None,
            )
        queued = {item.fact_id for item in app.service.queue().items}
        assert {"sputnik-country", "moon-landing-year"} <= queued


async def test_statistics_are_worked_out_off_the_main_thread(
    history: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Until the history is read the screen says so, and leaving it does not wait for the read."""
    reading, release, read = threading.Event(), threading.Event(), threading.Event()
    threads: list[int] = []
    read_history, stats_of = stats_screen.read_history, stats_screen.stats_of

    def slow_read(store: ProgressStore) -> StatsHistory:
        threads.append(threading.get_ident())
        reading.set()
        release.wait(10)
        try:
            return read_history(store)
        finally:
            read.set()

    def stats_in_thread(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.get_ident())
        return stats_of(*args, **kwargs)

    monkeypatch.setattr(stats_screen, "read_history", slow_read)
    monkeypatch.setattr(stats_screen, "stats_of", stats_in_thread)

    app = stats_app(history)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert reading.wait(5)
        screen = app.screen
        assert isinstance(screen, StatsScreen)
        assert block(app, "summary") == COMPUTING
        assert not screen.query_one("#stats-sections").display
        assert "Mastery by topic" not in screen_text(app)
        assert "u Restore" not in screen_text(app)

        # The store is still being read: home comes back at once, its figures once it is done.
        await pilot.press("escape")
        assert isinstance(app.screen, HomeScreen)
        assert not read.is_set()
        release.set()
        await settle(pilot)
        assert read.is_set()
        assert screen.stats is None  # the figures of a screen left are dropped
        assert "Facts seen     4 of 4" in screen_text(app)

        # Opened again, it fills in, every figure worked out in a thread.
        app.push_mode("stats")
        await settle(pilot)
        assert isinstance(app.screen, StatsScreen) and app.screen.stats is not None
        assert app.screen.query_one("#stats-sections").display
        assert block(app, "summary").startswith("Today, Mon 2 Mar 2026: 3 answered")
    assert len(threads) == 3 and threading.get_ident() not in threads


def test_snapshot_stats(snap_compare: Any, history: Path) -> None:
    assert snap_compare(stats_app(history), terminal_size=(80, 24), run_before=settle)


def test_snapshot_stats_tables(snap_compare: Any, history: Path) -> None:
    """The mastery and hardest-fact tables: bold headers, figures right-aligned two apart."""

    async def show_tables(pilot: Any) -> None:
        await settle(pilot)
        table = pilot.app.screen.query_one("#stats-topics", Static)
        pilot.app.screen.query_one("#stats", VerticalScroll).scroll_to_widget(
            table, animate=False, top=True
        )
        await pilot.pause()

    assert snap_compare(stats_app(history), terminal_size=(80, 24), run_before=show_tables)


async def test_no_history_yet(saves: Path) -> None:
    app = stats_app(saves)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert "nothing answered yet" in block(app, "summary")
        assert block(app, "quizzes") == "No quiz taken yet."
        assert block(app, "hardest") == "No fact has been missed yet."
        assert "u Restore" not in screen_text(app)
        app.screen.query_one("#stats", VerticalScroll).scroll_end(animate=False)
        await pilot.pause()
        lines = screen_text(app).splitlines()
        below = lines[
            lines.index("  Nothing set aside: no fact is suspended or reported as wrong.") + 1
        ]
        assert below == ""  # a blank line before the quiz history, as between other sections
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, StatsScreen)


async def test_one_answer_on_one_day_is_counted_in_the_singular(saves: Path) -> None:
    with ProgressStore.open(saves) as store:
        store.record_answer("sputnik-country.mc", True, "quiz", 3.0, at=NOW - timedelta(hours=1))
    app = stats_app(saves)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert "All time: 1 answer · 100% right · 1 study day · " in block(app, "summary")
        assert "Streak (all decks): 1 day in a row" in block(app, "summary")


async def assert_plots_fit(app: FactDeckApp, pilot: Any, width: int) -> None:
    """Every line of the heatmap and the forecast is within the width they have, none wraps,
    and the heatmap says how many weeks it shows."""
    screen = app.screen
    for name in ("heatmap", "forecast"):
        plot = screen.query_one(f"#stats-{name}", Literal)
        lines = block(app, name).splitlines()
        assert plot.content_size.width == width
        assert max(len(line) for line in lines) <= width
        assert plot.content_size.height == len(lines)  # no line wrapped
    title = block(app, "heatmap-title")
    assert title == f"Activity in all decks, last {width - 4} weeks"
    heatmap = screen.query_one("#stats-heatmap", Literal)
    screen.query_one("#stats", VerticalScroll).scroll_to_widget(heatmap, animate=False, top=True)
    await pilot.pause()
    # Columns 2 to 2 + width hold the plots (the scrollbar is beyond).
    shown = [line[: 2 + width] for line in screen_text(app).splitlines()]
    assert "  Mon " + "·" * (width - 5) + "█" in shown
    forecast = screen.query_one("#stats-forecast", Literal)
    screen.query_one("#stats", VerticalScroll).scroll_to_widget(forecast, animate=False, top=True)
    await pilot.pause()
    axis = [line[: 2 + width] for line in screen_text(app).splitlines() if "+7d" in line]
    assert len(axis) == 1 and axis[0].rstrip().endswith("+28d")


async def test_plots_fit_the_narrowest_terminal(history: Path) -> None:
    app = stats_app(history)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        await assert_plots_fit(app, pilot, 54)  # 60 less the padding and the scrollbar


async def test_plots_are_drawn_again_on_resize(history: Path) -> None:
    app = stats_app(history)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert block(app, "heatmap-title") == "Activity in all decks, last 12 months"
        await pilot.resize_terminal(60, 20)
        await pilot.pause()
        await assert_plots_fit(app, pilot, 54)


MASTERY_ROW = r"\S.*?  +\d+/\d+ +\d+%  +(\d+%|–)  +(\d+%|–)  +\d+"
TABLE_ROWS = {
    "topics": MASTERY_ROW,
    "documents": MASTERY_ROW,
    "hardest": r"\S.*?  +\d+/\d+  +\d+(  leech)?",
    "quizzes": r"\d{4}-\d\d-\d\d  +\d+/\d+  +\d+%  +\d+  \d+ q · \S.*",
}
"""A row of each table at 54 columns: a name (cut if need be), then every figure."""


async def test_every_section_fits_the_narrowest_terminal(history: Path) -> None:
    """At 60×20 no line of any section is wider than the 54 columns it has, none wraps, and
    each table row keeps its columns: a clipped name, then every figure; nor does a fact set
    aside."""
    app = stats_app(history)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        screen = app.screen
        for name in ("summary", "retention", *TABLE_ROWS):
            section = screen.query_one(f"#stats-{name}", Static)
            lines = block(app, name).splitlines()
            assert section.content_size.width == 54
            assert max(cell_len(line) for line in lines) <= 54, name
            assert section.content_size.height == len(lines), name  # no line wrapped
        assert block(app, "summary").splitlines() == [
            "Today, Mon 2 Mar 2026: 3 answered · 33% right",
            "  0:16 spent",
            "All time: 9 answers · 67% right · 6 study days",
            "  4 of 4 facts seen",
            "All decks: 9 answers · 67% right · 6 study days",
            "Streak (all decks): 4 days in a row (longest 4)",
        ]
        stats = screen.stats
        assert stats is not None
        shown = {"topics": 3, "documents": 2, "hardest": 2, "quizzes": 1}
        for name, row in TABLE_ROWS.items():
            rows = block(app, name).splitlines()[1:]
            assert len(rows) == shown[name], name  # one line each: none wrapped
            assert all(re.fullmatch(row, line) for line in rows), name
        assert block(app, "hardest").splitlines()[1:] == [
            "The Berlin Wall fell in 1989.       2/2       8  leech",
            "Apollo 11 landed on the Moon in…    1/3       0",
        ]

        listing = screen.query_one("#stats-set-aside", FittedOptionList)
        prompt = listing.prompt_text(0)
        assert prompt == "The Berlin Wall fel…  leech, suspended · 8 lapses"
        assert len(prompt) <= listing.scrollable_content_region.width == 50
        assert listing.virtual_size.height == 1  # the prompt did not wrap

        await pilot.resize_terminal(80, 24)  # back to full-width names
        await pilot.pause()
        assert listing.prompt_text(0).startswith(
            "The Berlin Wall fell in 1989.       leech, suspended"
        )
        assert (
            block(app, "hardest")
            .splitlines()[2]
            .startswith("Apollo 11 landed on the Moon in 1969.    1/3")
        )


WIDE_TOPIC = "冷戦とベルリンの壁🧱東西ドイツの再統一"
WIDE_FACT = "ベルリンの壁は1989年に崩壊した🧱、そして東西ドイツは1990年に再統一された。"


async def test_wide_characters_keep_every_table_inside_the_narrowest_terminal(
    tmp_path: Path,
) -> None:
    """A topic, a document and a fact in CJK with an emoji (two columns a character) are cut
    by the cells they take: at 60×20 each row ends at the figures, on screen, and the list of
    facts set aside keeps its width too."""
    bank = tmp_path / "bank.json"
    text = BANK.read_text(encoding="utf-8").replace("Cold War", WIDE_TOPIC)
    bank.write_text(text.replace("The Berlin Wall fell in 1989.", WIDE_FACT), encoding="utf-8")
    saves = tmp_path / "saves"
    with ProgressStore.open(saves) as store:
        service = StudyService(load_bank(bank), store, now=lambda: NOW)
        service.rate("berlin-wall-fall", Rating.Again, seconds=3.0)
        service.suspend("berlin-wall-fall")
        settings = QuizSettings(count=2, topics=[WIDE_TOPIC]).model_dump(mode="json")
        store.finish_session(store.start_session("quiz", settings), correct=0, answered=0)
    app = FactDeckApp(bank, saves, now=lambda: NOW, clock=FakeClock(), mode="stats")
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        table = app.screen.query_one("#stats-topics", Static)
        scroller = app.screen.query_one("#stats", VerticalScroll)
        scroller.scroll_to_widget(table, animate=False, top=True)
        await pilot.pause()
        assert table.content_size.width == 54
        for name in TABLE_ROWS:
            assert max(cell_len(line) for line in block(app, name).splitlines()) <= 54, name
        row = "冷戦とベルリン …    1/1 100%     0%       100%       1"
        assert block(app, "topics").splitlines()[3] == row
        # On screen: the row, figures and all, between the padding and the scrollbar.
        assert f"  {row}" in [line.rstrip(" ▁▂▃▄▅▆▇█") for line in screen_text(app).splitlines()]
        assert re.fullmatch(MASTERY_ROW, block(app, "documents").splitlines()[1])
        assert block(app, "hardest").splitlines()[1] == (
            "ベルリンの壁は1989年に崩壊した🧱、そし…    1/1       0"
        )
        assert block(app, "quizzes").splitlines()[1].endswith("2 q · 30 s each ·  …")
        listing = app.screen.query_one("#stats-set-aside", FittedOptionList)
        assert listing.prompt_text(0) == "ベルリンの壁は1989 …  suspended"


def drawn(renderable: RenderableType, width: int) -> list[str]:
    """The lines ``renderable`` draws at ``width`` columns, as plain text."""
    console = Console(width=width, color_system=None)
    with console.capture() as capture:
        console.print(renderable)
    return [line.rstrip() for line in capture.get().splitlines()]


def mastery_row(name: str) -> Mastery:
    return Mastery(
        key="doc",
        name=name,
        facts=12,
        seen=3,
        seen_share=0.25,
        answers=9,
        misses=4,
        mean_recall=0.5,
    )


def test_a_long_name_is_cut_to_the_width_left_by_the_figures() -> None:
    row = mastery_row("The [b]Cuban Missile Crisis[/b] and the thirteen days of October 1962")
    assert drawn(stats_screen.mastery_table([row], "Document"), 54) == [
        "Document          Facts seen  Right  Predicted  Misses",
        "The [b]Cuban Mi…   3/12  25%    56%        50%       4",
    ]  # Right: 5 of 9 answers; Predicted: FSRS's mean recall
    wide = drawn(stats_screen.mastery_table([row], "Document"), 120)
    assert wide == drawn(stats_screen.mastery_table([row], "Document"), 74)
    assert wide[1] == "The [b]Cuban Missile Crisis[/b] a…   3/12  25%    56%        50%       4"


@pytest.mark.parametrize(
    ("name", "cut"),
    [
        ("冷戦とベルリンの壁の崩壊、そして東西ドイツの再統一", "冷戦とベルリン …"),
        ("🚀🌕 The Space Race 🚀🌕 and the Moon", "🚀🌕 The Space …"),
        ("Kalte Krieg\nund Mauerfall", "Kalte Krieg und…"),
    ],
    ids=["cjk", "emoji", "line-break"],
)
def test_a_wide_name_is_cut_by_the_cells_it_takes(name: str, cut: str) -> None:
    """A CJK character or an emoji takes two columns: the row still ends at 54."""
    lines = drawn(stats_screen.mastery_table([mastery_row(name)], "Topic"), 54)
    assert [cell_len(line) for line in lines] == [54, 54]
    assert lines[1] == f"{cut}   3/12  25%    56%        50%       4"


def test_a_fitted_drawing_is_drawn_for_the_width_it_is_measured_at() -> None:
    """Textual measures a visual at the width the layout gives it: the drawing is made for
    that width then, so it never waits for the widget's Resize event to fit (the race behind
    a table once found 56 columns wide in 54)."""
    widths: list[int | None] = []

    def draw(width: int | None) -> Content:
        widths.append(width)
        return Content("\n".join(["x" * (width or 80)] * (2 if width and width < 60 else 1)))

    fitted = Fitted(draw)
    assert fitted.get_height({}, 54) == 2
    assert fitted.at(54).plain == "x" * 54 + "\n" + "x" * 54
    assert fitted.get_height({}, 74) == 1
    assert widths == [54, 74]  # each width drawn once, when first asked for


def test_hardest_facts_use_the_columns_the_figures_leave() -> None:
    statement = "In 1147, during the Second Crusade, Portuguese forces took Lisbon from the Moors."
    row = HardFact(
        fact_id="f", label=statement, in_bank=True, answers=5, wrong=3, lapses=2, leech=False
    )
    (_, line) = drawn(stats_screen.hardest_table([row]), 110)
    assert line.startswith(statement + "  ")  # 80 characters: all of it shows at 110 columns
    (_, narrow) = drawn(stats_screen.hardest_table([row]), 60)
    assert narrow == statement[:44] + "…    3/5       2"  # 45 columns: 60 less the figures


def test_the_quiz_history_names_the_type_filter() -> None:
    text = stats_screen.quiz_settings_text(
        {"count": 5, "seconds_per_question": 0, "topics": ["Cold War"], "types": ["true_false"]}
    )
    assert text == "5 q · untimed · Cold War · true false"


def test_the_quiz_history_lists_the_latest_quizzes_and_says_how_many_there_are() -> None:
    """A long history would take long to draw: the latest quizzes show, with a line saying
    where every one is."""
    quizzes = [
        QuizRecord(
            session_id=f"q{number}",
            started_at=NOW - timedelta(days=number),
            date=(NOW - timedelta(days=number)).date(),
            finished=True,
            settings={"count": 10, "seconds_per_question": 30},
            answered=10,
            correct=7,
            total=10,
            accuracy=0.7,
            speed_points=900,
        )
        for number in range(stats_screen.QUIZ_ROWS + 1)
    ]
    lines = drawn(stats_screen.quiz_table(quizzes), 74)
    assert len(lines) == 1 + stats_screen.QUIZ_ROWS + 1
    assert lines[1].startswith("2026-03-02  ") and lines[-2].startswith("2026-01-12  ")
    assert lines[-1] == "The latest 50 of 51 quizzes (all: factdeck stats --json)."
    assert len(drawn(stats_screen.quiz_table(quizzes[:-1]), 74)) == 1 + stats_screen.QUIZ_ROWS
