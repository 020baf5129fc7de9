"""Reviewing missed questions until the missed set is empty, and finding every answer again
after a restart."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from conftest import answer, screen_text, settle
from textual.pilot import Pilot

from factdeck.progress import ProgressStore
from factdeck.study.quiz import QuizSettings
from factdeck.ui.app import FactDeckApp
from factdeck.ui.screens.home import HomeScreen
from factdeck.ui.screens.quiz import QuizScreen
from factdeck.ui.screens.quiz_setup import QuizSetupScreen
from factdeck.ui.screens.review import ReviewDoneScreen, ReviewScreen

MISSED = {"sputnik-country.mc": "sputnik-country", "berlin-wall-fall.number": "berlin-wall-fall"}


def miss_some(saves: Path) -> None:
    with ProgressStore.open(saves) as store:
        for question_id, fact_id in MISSED.items():
            store.record_answer(question_id, False, "quiz", 5.0, fact_id=fact_id, session_id="old")


async def review_all_right(pilot: Pilot[Any], app: FactDeckApp) -> list[str]:
    """Answer every question of one review session rightly; the ids asked."""
    review = app.screen
    assert isinstance(review, ReviewScreen)
    asked = []
    while isinstance(app.screen, ReviewScreen):
        question = review.session.current
        asked.append(question.id)
        await answer(pilot, question, right=True)
        await pilot.press("enter")
        await settle(pilot)
    return asked


async def test_review_until_the_missed_set_is_empty(
    make_app: Callable[..., FactDeckApp], saves: Path
) -> None:
    miss_some(saves)
    app = make_app(mode="review")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert "2 missed questions left" in screen_text(app)
        asked = await review_all_right(pilot, app)
        # Another form of each fact is asked where one exists.
        assert sorted(asked) == ["berlin-wall-fall.mc", "sputnik-country.typed"]
        assert isinstance(app.screen, ReviewDoneScreen)
        assert "2 missed questions remain" in screen_text(app)  # one right answer is not enough

        await pilot.press("escape", "r")  # a second occasion
        await settle(pilot)
        await review_all_right(pilot, app)
        assert "Your missed set is empty" in screen_text(app)

        await pilot.press("escape", "r")
        await settle(pilot)
        assert isinstance(app.screen, ReviewDoneScreen)
        assert "Nothing to review" in screen_text(app)
        await pilot.press("q")
        await settle(pilot)
        assert isinstance(app.screen, QuizSetupScreen)
    with ProgressStore.open(saves) as store:
        assert store.missed() == []
        reviews = [r for r in store.answers() if r.mode == "review"]
        assert len(reviews) == 4
        assert all(r.correct for r in reviews)
        assert {r.review_of for r in reviews} == set(MISSED)


async def test_a_restart_finds_every_answer_saved(
    make_app: Callable[..., FactDeckApp], saves: Path
) -> None:
    app = make_app(mode="quiz", quiz_settings=QuizSettings(count=3))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        quiz = app.screen
        assert isinstance(quiz, QuizScreen)
        given = []
        for right in (True, False, True):
            given.append((quiz.session.current.id, right))
            await answer(pilot, quiz.session.current, right=right)
            await pilot.press("enter")
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)

    again = make_app()
    async with again.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert isinstance(again.screen, HomeScreen)
        assert [(r.question_id, r.correct) for r in again.store.answers()] == given
        text = screen_text(again)
        assert "Last quiz      2 of 3 right (67%)" in text
        assert "Missed         1" in text


async def test_a_new_learner_is_not_told_their_misses_were_cleared(
    make_app: Callable[..., FactDeckApp],
) -> None:
    app = make_app(mode="review")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        shown = screen_text(app)
        assert "Nothing to review" in shown and "cleared" not in shown
        assert "two separate occasions" in shown  # what the mode is for
