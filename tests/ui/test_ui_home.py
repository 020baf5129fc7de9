"""The home screen: a click on a mode's line opens it, every key is in the key bar, and a
too-small start shows the notice."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from conftest import answer, screen_text, settle
from textual.binding import Binding

from factdeck.progress import ProgressStore
from factdeck.study.quiz import QuizSettings
from factdeck.ui import keys
from factdeck.ui.app import FactDeckApp
from factdeck.ui.screens.home import MENU, HomeScreen, mode_hint
from factdeck.ui.screens.profiles import ProfilesScreen
from factdeck.ui.screens.quiz import QuizScreen
from factdeck.ui.screens.stats import StatsScreen


def row_of(app: FactDeckApp, text: str) -> int:
    """The screen row showing ``text`` (the first, if several do)."""
    return next(y for y, line in enumerate(screen_text(app).splitlines()) if text in line)


async def test_a_click_on_a_mode_line_opens_it(make_app: Callable[..., FactDeckApp]) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.click(offset=(40, row_of(app, "Facts seen")))  # the figures: nothing opens
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        await pilot.click(offset=(40, row_of(app, "Stats ")))
        await settle(pilot)
        assert isinstance(app.screen, StatsScreen)


async def test_the_narrowest_usable_terminal_shows_every_mode_on_one_line(
    make_app: Callable[..., FactDeckApp],
) -> None:
    app = make_app()
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        rows = [row_of(app, f" {key}   {label}") for key, _mode, label in MENU]
        assert rows == list(range(rows[0], rows[0] + len(MENU)))  # none wraps
        assert (
            screen_text(app)
            .splitlines()[rows[-1]]
            .endswith(mode_hint("profiles", app.service.home_summary()))
        )
        await pilot.click(offset=(50, rows[-1]))
        await settle(pilot)
        assert isinstance(app.screen, ProfilesScreen)


async def test_a_start_in_a_too_small_terminal_shows_the_notice(
    make_app: Callable[..., FactDeckApp],
) -> None:
    app = make_app()
    async with app.run_test(size=(50, 15)) as pilot:
        await settle(pilot)
        assert "Terminal too small" in screen_text(app)
        assert "Questions" not in screen_text(app)
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        assert "Terminal too small" not in screen_text(app)
        assert "Questions" in screen_text(app)


async def test_the_key_bar_shows_every_home_key(make_app: Callable[..., FactDeckApp]) -> None:
    entries = [f" {b.key} {b.description}" for b in keys.HOME if isinstance(b, Binding)]
    entries += [" ^q Quit", " ? Help"]
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        bar = screen_text(app).splitlines()[-1]  # one line at 80 columns
        assert all(entry in bar for entry in entries), bar
        await pilot.resize_terminal(60, 20)  # the narrowest usable terminal: on two lines
        await settle(pilot)
        bar = "\n".join(screen_text(app).splitlines()[-2:])
        assert all(entry in bar for entry in entries), bar
        await pilot.resize_terminal(59, 20)
        await settle(pilot)
        assert "Terminal too small" in screen_text(app)
        assert "p Profile" not in screen_text(app)


async def test_home_says_a_quiz_leaves_the_new_fact_allowance_whole(
    make_app: Callable[..., FactDeckApp], saves: Path
) -> None:
    with ProgressStore.open(saves) as store:
        store.update_settings(new_per_day=2)
    app = make_app(mode="quiz", quiz_settings=QuizSettings(count=2, seconds_per_question=0))
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        quiz = app.screen
        assert isinstance(quiz, QuizScreen)
        for _ in range(2):
            await answer(pilot, quiz.session.current, right=False)
            await pilot.press("enter")
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        shown = screen_text(app)
        assert "timed; doesn't spend new facts/day" in shown
        # Two new facts a day, and two more met in the quiz: both of today's new ones remain.
        assert "2 due, 2 new today" in shown
