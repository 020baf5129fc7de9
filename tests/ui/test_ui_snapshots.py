"""Screenshots at 80×24 of home, a question of each type, feedback and results.

Deterministic: fixed clocks (the countdown stays at 30 s unless a test moves it), a fixed
question seed, and no cursor blink. Update with ``pytest --snapshot-update`` after checking the
new pictures.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from conftest import answer, settle
from textual.pilot import Pilot

from factdeck.bank import QuestionType
from factdeck.study.quiz import QuizSettings
from factdeck.ui.app import FactDeckApp
from factdeck.ui.screens.quiz import QuizScreen
from helpers.clock import FakeClock

Compare = Callable[..., bool]


def quiz_app(
    make_app: Callable[..., FactDeckApp], *types: QuestionType, count: int = 1
) -> FactDeckApp:
    return make_app(mode="quiz", quiz_settings=QuizSettings(count=count, types=types))


def test_home(snap_compare: Compare, make_app: Callable[..., FactDeckApp]) -> None:
    assert snap_compare(make_app(), run_before=settle)


@pytest.mark.parametrize("kind", list(QuestionType), ids=[kind.value for kind in QuestionType])
def test_question(
    snap_compare: Compare, make_app: Callable[..., FactDeckApp], kind: QuestionType
) -> None:
    assert snap_compare(quiz_app(make_app, kind), run_before=settle)


def test_feedback_on_a_wrong_typed_answer(
    snap_compare: Compare, make_app: Callable[..., FactDeckApp], clock: FakeClock
) -> None:
    async def wrong_answer(pilot: Pilot[Any]) -> None:
        await settle(pilot)
        clock.advance(7)
        screen = pilot.app.screen
        assert isinstance(screen, QuizScreen)
        await answer(pilot, screen.session.current, right=False)

    assert snap_compare(quiz_app(make_app, QuestionType.TYPED), run_before=wrong_answer)


def test_results(
    snap_compare: Compare, make_app: Callable[..., FactDeckApp], clock: FakeClock
) -> None:
    async def play(pilot: Pilot[Any]) -> None:
        await settle(pilot)
        screen = pilot.app.screen
        assert isinstance(screen, QuizScreen)
        for right in (True, False, True, True):
            clock.advance(6)
            await answer(pilot, screen.session.current, right=right)
            await pilot.press("enter")
        await settle(pilot)

    assert snap_compare(quiz_app(make_app, count=4), run_before=play)


def test_feedback_on_a_wrong_choice_at_60x20(
    snap_compare: Compare, make_app: Callable[..., FactDeckApp], clock: FakeClock
) -> None:
    """The right option marked ✓ (and coloured), the wrong pick ✗, both in view with the
    verdict on the smallest screen."""

    async def wrong_answer(pilot: Pilot[Any]) -> None:
        await settle(pilot)
        clock.advance(7)
        screen = pilot.app.screen
        assert isinstance(screen, QuizScreen)
        await answer(pilot, screen.session.current, right=False)
        await pilot.pause()

    app = quiz_app(make_app, QuestionType.MULTIPLE_CHOICE)
    assert snap_compare(app, terminal_size=(60, 20), run_before=wrong_answer)
