"""The settings screen: a changed retention reaches the scheduler, bad values are explained and
not saved, the theme applies at once and is back after a restart."""

from __future__ import annotations

from collections.abc import Callable

from conftest import screen_text, settle
from textual.widgets import Input, Select

from factdeck.ui.app import FactDeckApp
from factdeck.ui.screens.home import HomeScreen
from factdeck.ui.screens.settings import SettingsScreen


def field(app: FactDeckApp, name: str) -> Input:
    return app.screen.query_one(f"#{name}", Input)


async def test_settings_are_saved_applied_and_checked(
    make_app: Callable[..., FactDeckApp],
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert "o Settings" in screen_text(app)
        await pilot.press("o")
        await settle(pilot)
        assert isinstance(app.screen, SettingsScreen)
        assert field(app, "desired_retention").value == "0.9"
        # Every label fits on its line at 80 columns (none wraps under its field).
        assert "Seconds per question (0–3600, 0 = untimed)" in screen_text(app)

        field(app, "desired_retention").value = "0.85"
        field(app, "new_per_day").value = "5"
        field(app, "seconds_per_question").value = "45"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.service.scheduler.fsrs.desired_retention == 0.85
        assert app.service.settings.new_per_day == 5
        assert app.quiz_settings.seconds_per_question == 45
        stored = app.store.settings()
        assert (stored["desired_retention"], stored["new_per_day"]) == (0.85, 5)

        field(app, "desired_retention").value = "0.99"
        field(app, "reviews_per_day").value = ""
        await pilot.press("enter")
        await settle(pilot)
        shown = screen_text(app)
        assert "0.99 is out of range: use 0.7–0.97." in shown
        assert "Enter a whole number (0–99999)." in shown
        assert "Nothing was saved" in shown
        assert app.store.settings()["desired_retention"] == 0.85
        assert app.service.scheduler.fsrs.desired_retention == 0.85

        app.screen.query_one(Select).value = "nord"
        await settle(pilot)
        assert app.theme == "nord"
        assert app.store.settings()["theme"] == "nord"
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)

    again = make_app()
    async with again.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert again.theme == "nord"
        assert again.quiz_settings.seconds_per_question == 45
        assert again.service.scheduler.fsrs.desired_retention == 0.85


async def test_a_corrected_value_loses_its_error_at_once(
    make_app: Callable[..., FactDeckApp],
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("o")
        await settle(pilot)
        field(app, "desired_retention").value = "0.99"
        field(app, "new_per_day").value = "-3"
        await pilot.press("ctrl+s")
        await settle(pilot)
        shown = screen_text(app)
        assert "0.99 is out of range" in shown and "-3 is out of range" in shown
        assert "Nothing was saved" in shown
        field(app, "desired_retention").value = "0.9"
        await pilot.pause()
        shown = screen_text(app)
        assert "0.99 is out of range" not in shown
        assert "-3 is out of range" in shown and "Nothing was saved" in shown
        field(app, "new_per_day").value = "30"
        await pilot.pause()
        shown = screen_text(app)
        assert "out of range" not in shown and "Nothing was saved" not in shown
        assert app.store.settings().get("new_per_day") is None  # still unsaved until ctrl+s
