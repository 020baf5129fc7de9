"""The memory model and exam screen (F2 in the settings), and the exam forecast on home and in
the statistics."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from conftest import screen_text, settle
from fsrs.scheduler import DEFAULT_PARAMETERS
from textual.widgets import Input

from factdeck.study.exam import ExamPlan
from factdeck.study.fitting import MemoryModel, ModelScore
from factdeck.study.service import StudyService
from factdeck.ui.app import FactDeckApp
from factdeck.ui.screens.home import HomeScreen
from factdeck.ui.screens.memory import MemoryScreen


def set_input(app: FactDeckApp, name: str, value: str) -> None:
    app.screen.query_one(f"#{name}", Input).value = value


async def test_setting_an_exam_shows_its_forecast_here_on_home_and_in_statistics(
    make_app: Callable[..., FactDeckApp],
) -> None:
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        await pilot.press("o", "f2")
        await settle(pilot)
        assert isinstance(app.screen, MemoryScreen)
        shown = screen_text(app)
        assert "Scheduling uses the default FSRS parameters" in shown
        assert "0 of the 400 reviews a fit needs so far" in shown
        assert "90%   about" in shown and "← yours" in shown
        assert "Least study time per fact remembered:" in shown

        set_input(app, "exam-date", "12 March")
        await pilot.press("enter")
        await settle(pilot)
        assert "Not saved: '12 March' is not a date" in screen_text(app)
        set_input(app, "exam-date", "2026-03-02")
        await pilot.press("enter")
        await settle(pilot)
        assert "Not saved: 2026-03-02 is not after today (2026-03-02)." in screen_text(app)
        assert app.service.exam() is None

        set_input(app, "exam-date", "2026-03-23")
        set_input(app, "exam-goal", "85")
        await pilot.press("enter")
        await settle(pilot)
        shown = screen_text(app)
        assert "Exam saved." in shown
        assert "Exam on Mon 23 Mar 2026 (in 21 days), goal 85% recalled" in shown
        assert "Predicted recall on exam day: 0% if you stop now" in shown
        assert "A prediction from 0 answers, with the default FSRS parameters" in shown
        assert app.service.exam() == ExamPlan(date=datetime(2026, 3, 23).date(), goal=0.85)

        await pilot.press("escape", "escape")
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        shown = screen_text(app)
        assert "Exam           23 Mar 2026, in 21 days · goal 85%" in shown
        assert "Predicted      0% recalled if you stop now" in shown
        assert "Plan           about" in shown

        await pilot.press("s")
        await settle(pilot)
        shown = screen_text(app)
        assert "Exam forecast" in shown
        assert "Exam on Mon 23 Mar 2026 (in 21 days)" in shown


async def test_fitting_shows_the_figures_before_and_after_and_what_they_rest_on(
    make_app: Callable[..., FactDeckApp], monkeypatch: pytest.MonkeyPatch
) -> None:
    outcome = MemoryModel(
        parameters=None,
        fitted_at=datetime(2026, 3, 2, 12, tzinfo=UTC),
        reviews=150,
        outcome="Not enough history yet: fitting needs 400 reviews.",
    )
    fitted = MemoryModel(
        parameters=tuple(DEFAULT_PARAMETERS),
        fitted_at=datetime(2026, 3, 2, 12, tzinfo=UTC),
        reviews=1000,
        held_out=200,
        before=ModelScore(log_loss=0.3512, rmse=0.0812),
        after=ModelScore(log_loss=0.3301, rmse=0.0534),
        outcome="The fit predicts your latest reviews better than the default parameters.",
    )
    results = iter([outcome, fitted])
    monkeypatch.setattr(StudyService, "fit_memory_model", lambda self: next(results))
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        await pilot.press("o", "f2")
        await settle(pilot)

        await pilot.press("ctrl+f")
        await settle(pilot)
        assert "Not enough history yet: fitting needs 400 reviews." in screen_text(app)

        await pilot.press("ctrl+f")
        await settle(pilot)
        shown = screen_text(app)
        assert "Scheduling uses your own FSRS parameters." in shown
        assert "Held-out log loss 0.351 → 0.330, RMSE 8.1% → 5.3% (lower is better)" in shown
        assert "Fitted on the earliest 800 of 1,000 reviews, scored on the latest 200" in shown
