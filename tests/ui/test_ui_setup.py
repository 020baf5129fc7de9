"""Quiz setup: Enter starts with what is on screen; unusable settings are explained in place."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import BANK, answer, screen_text, settle
from textual.widgets import Input, SelectionList

from factdeck.bank import QuestionType, dump_bank, load_bank
from factdeck.study.quiz import QuizSettings
from factdeck.ui.app import FactDeckApp
from factdeck.ui.screens.quiz import QuizScreen
from factdeck.ui.screens.quiz_setup import FIELDS, QuizSetupScreen
from factdeck.ui.screens.results import ResultsScreen
from helpers.clock import FakeClock


async def test_setup_starts_the_quiz_it_shows(make_app: Callable[..., FactDeckApp]) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("q")
        setup = app.screen
        assert isinstance(setup, QuizSetupScreen)
        setup.query_one("#count", Input).value = "0"
        await pilot.press("enter")
        assert "Questions: must be at least 1" in screen_text(app)

        setup.query_one("#count", Input).value = "2"
        setup.query_one("#seconds", Input).value = "0"
        setup.query_one("#topics", SelectionList).select("Germany")
        setup.query_one("#types", SelectionList).select(QuestionType.ORDERING.value)
        await pilot.press("enter")
        assert "No questions match topic 'Germany' and type ordering" in screen_text(app)

        setup.query_one("#types", SelectionList).deselect_all()
        await pilot.press("enter")
        await settle(pilot)
        quiz = app.screen
        assert isinstance(quiz, QuizScreen)
        assert quiz.session.total == 1  # Germany's one fact, asked once
        assert all("Germany" in question.topics for question in quiz.session.questions)
        assert "untimed" in screen_text(app)
        assert app.quiz_settings == QuizSettings(
            count=2, seconds_per_question=0, topics=("Germany",)
        )


async def test_setup_offers_only_the_question_types_in_the_deck(
    make_app: Callable[..., FactDeckApp], tmp_path: Path
) -> None:
    bank = load_bank(BANK)
    kept = [q for q in bank.questions if q.type is not QuestionType.ORDERING]
    path = tmp_path / "no_ordering.json"
    path.write_text(dump_bank(bank.model_copy(update={"questions": kept})), encoding="utf-8")
    app = make_app(bank=path, quiz_settings=QuizSettings(types=(QuestionType.ORDERING,)))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("q")
        types = app.screen.query_one("#types", SelectionList)
        offered = [types.get_option_at_index(i).value for i in range(types.option_count)]
        assert offered == ["multiple_choice", "true_false", "typed", "number"]
        assert types.selected == [], "a type the deck lacks is not kept ticked"


async def test_the_whole_quiz_limit_ends_the_quiz(
    make_app: Callable[..., FactDeckApp], clock: FakeClock
) -> None:
    app = make_app(mode="quiz", quiz_settings=QuizSettings(count=3, quiz_time_limit=20))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        quiz = app.screen
        assert isinstance(quiz, QuizScreen)
        clock.advance(5)
        await answer(pilot, quiz.session.current, right=True)
        await pilot.press("enter")
        assert "⏱ 15 s" in screen_text(app)  # the quiz's 20 s, not the question's 30 s
        clock.advance(16)
        quiz.tick()
        await settle(pilot)
        assert "✗ Time's up" in screen_text(app)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ResultsScreen)
        assert "1 of 3 right" in screen_text(app)
        assert "1 not reached (time ran out)" in screen_text(app)


async def test_ticked_filters_read_without_colour(
    make_app: Callable[..., FactDeckApp], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app(mode="quiz-setup")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.no_color
        setup = app.screen
        assert isinstance(setup, QuizSetupScreen)
        topics = setup.query_one("#topics", SelectionList)
        assert "[ ] Germany" in screen_text(app) and "[x]" not in screen_text(app)
        topics.focus()
        await pilot.press("down", "space")  # Cold War is highlighted first; Germany is next
        assert topics.selected == ["Germany"]
        assert "[x] Germany" in screen_text(app) and "[ ] Cold War" in screen_text(app)
        await pilot.click(topics, offset=(3, 2))  # the box of Germany's row
        assert topics.selected == []
        assert "[ ] Germany" in screen_text(app)


async def test_fewer_matching_questions_than_asked_for_is_said(
    make_app: Callable[..., FactDeckApp],
) -> None:
    app = make_app(mode="quiz", quiz_settings=QuizSettings(count=10, types=(QuestionType.NUMBER,)))
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        await pilot.pause(0.1)  # the notice's toast
        assert "Question 1 of 2" in screen_text(app)
        assert "Only 2 facts match these" in screen_text(app)
        assert "asks each fact once" in screen_text(app)


async def test_a_narrow_quiz_asks_each_fact_once_unless_told_to_repeat(
    make_app: Callable[..., FactDeckApp],
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("q")
        setup = app.screen
        assert isinstance(setup, QuizSetupScreen)
        assert "[ ] Repeat facts in other forms to reach the count" in screen_text(app)
        setup.query_one("#topics", SelectionList).select("Germany")
        await pilot.press("enter")
        await settle(pilot)
        quiz = app.screen
        assert isinstance(quiz, QuizScreen)
        assert quiz.session.total == 1  # berlin-wall-fall has two forms: one is asked
        await pilot.press("escape", "q")
        await settle(pilot)
        setup = app.screen
        assert isinstance(setup, QuizSetupScreen)
        setup.query_one("#setup-options", SelectionList).select("repeat_facts")
        await pilot.press("enter")
        await settle(pilot)
        quiz = app.screen
        assert isinstance(quiz, QuizScreen)
        assert quiz.session.total == 2
        assert {q.fact_id for q in quiz.session.questions} == {"berlin-wall-fall"}


async def test_at_60x20_the_setup_fields_stand_level_under_one_line_labels(
    make_app: Callable[..., FactDeckApp],
) -> None:
    app = make_app()
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        await pilot.press("q")
        await settle(pilot)
        setup = app.screen
        assert isinstance(setup, QuizSetupScreen)
        labels = next(line for line in screen_text(app).splitlines() if "Questions" in line)
        assert labels.split() == ["Questions", "Seconds", "(0:", "off)", "Whole", "quiz", "(s)"]
        tops = {
            setup.query_one(f"#{name}", Input).region.y
            for name in FIELDS.values()
            if name not in ("topics", "types")
        }
        assert len(tops) == 1
