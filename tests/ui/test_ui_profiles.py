"""Profiles from the home screen: create one, refuse a bad name with the store's message, switch
back; each switch releases the previous profile's lock."""

from __future__ import annotations

import os
import signal
from collections.abc import Callable

import pytest
from conftest import screen_text, settle
from textual.widgets import Input, OptionList, Select, SelectionList

from factdeck.progress import ProfileLocked, ProgressStore
from factdeck.progress.layout import profile_names
from factdeck.study.quiz import QuizSettings
from factdeck.ui.app import FactDeckApp
from factdeck.ui.screens.home import HomeScreen
from factdeck.ui.screens.profiles import ProfilesScreen
from factdeck.ui.screens.quiz_setup import QuizSetupScreen


async def test_create_refuse_and_switch_profiles(make_app: Callable[..., FactDeckApp]) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("p")
        await settle(pilot)
        assert isinstance(app.screen, ProfilesScreen)
        name = app.screen.query_one("#profiles-new", Input)
        name.value = "../escape"
        await pilot.press("tab", "enter")
        await settle(pilot)
        assert "Invalid profile name '../escape'" in screen_text(app)
        assert app.profile == "default"

        app.store.update_settings(theme="nord")
        name.value = "alice"
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        assert app.profile == "alice" and app.store.profile == "alice"
        assert "Profile        alice" in screen_text(app)
        with ProgressStore.open(app.saves_dir, "default") as store:  # its lock was released
            assert store.settings()["theme"] == "nord"
        with pytest.raises(ProfileLocked):
            ProgressStore.open(app.saves_dir, "alice")
        assert profile_names(app.saves_dir) == ["alice", "default"]

        await pilot.press("p")
        await settle(pilot)
        profiles = app.screen.query_one("#profiles-list", OptionList)
        assert [profiles.get_option_at_index(i).id for i in range(2)] == ["alice", "default"]
        assert profiles.highlighted == 0  # the open profile: Enter at once changes nothing
        await pilot.press("down", "enter")
        await settle(pilot)
        assert app.profile == "default"
        assert app.theme == "nord"  # the profile's own theme came back with it
        await pilot.press("p")
        await settle(pilot)
        assert app.screen.query_one("#profiles-list", OptionList).highlighted == 1  # default


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP], ids=["SIGTERM", "SIGHUP"])
async def test_a_terminating_signal_quits_and_gives_the_lock_back(
    make_app: Callable[..., FactDeckApp], signum: signal.Signals
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        # Without the app's handler the signal would end the test run itself.
        assert signal.getsignal(signum) not in (signal.SIG_DFL, signal.SIG_IGN)
        os.kill(os.getpid(), signum)
        await pilot.pause()
    assert app.return_code == 0  # set by quitting; None had only the test's end stopped it
    assert signal.getsignal(signum) is signal.SIG_DFL
    with ProgressStore.open(app.saves_dir) as store:  # no stale lock to take over
        assert store.recovery == []


async def test_a_new_profile_starts_with_its_own_settings_not_the_last_learners(
    make_app: Callable[..., FactDeckApp],
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        default_theme = app.theme
        app.service.update_settings(theme="nord", seconds_per_question=45)
        app.theme = "nord"
        await pilot.press("q")  # the setup: 12 s typed and a topic ticked, then a quiz started
        setup = app.screen
        assert isinstance(setup, QuizSetupScreen)
        setup.query_one("#seconds", Input).value = "12"
        setup.query_one("#topics", SelectionList).select("Germany")
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        if not isinstance(app.screen, HomeScreen):
            await pilot.press("enter")  # confirm leaving the quiz
            await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        await pilot.press("o")  # settings show the saved time, not the one typed in the setup
        await settle(pilot)
        assert app.screen.query_one("#seconds_per_question", Input).value == "45"
        await pilot.press("escape", "p")
        await settle(pilot)
        app.screen.query_one("#profiles-new", Input).value = "bob"
        await pilot.press("tab", "enter")
        await settle(pilot)
        assert app.profile == "bob"
        assert app.theme == default_theme
        assert app.quiz_settings == QuizSettings()
        await pilot.press("o")
        await settle(pilot)
        assert app.screen.query_one("#seconds_per_question", Input).value == "30"
        assert app.screen.query_one("#theme", Select).value == default_theme
        await pilot.press("escape", "q")
        await settle(pilot)
        setup = app.screen
        assert isinstance(setup, QuizSetupScreen)
        assert setup.query_one("#seconds", Input).value == "30"
        assert setup.query_one("#topics", SelectionList).selected == []
    with ProgressStore.open(app.saves_dir, "bob") as store:
        assert store.settings().get("seconds_per_question") is None


async def test_a_name_with_accents_is_a_profile_and_its_case_is_the_same_one(
    make_app: Callable[..., FactDeckApp],
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        for typed, expected in (("maría", "maría"), ("default", "default"), ("MARÍA", "maría")):
            await pilot.press("p")
            await settle(pilot)
            app.screen.query_one("#profiles-new", Input).value = typed
            await pilot.press("tab", "enter")
            await settle(pilot)
            assert isinstance(app.screen, HomeScreen), screen_text(app)
            assert app.profile == expected
        assert profile_names(app.saves_dir) == ["default", "maría"]
        await pilot.press("p")
        await settle(pilot)
        app.screen.query_one("#profiles-new", Input).value = "Maria"  # another name: no accent
        await pilot.press("tab", "enter")
        await settle(pilot)
        assert app.profile == "Maria"
