"""Answering each way the screen allows: moving ordering items, letters, clicks, the countdown."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import BANK, answer, screen_text, settle
from textual.widgets import Input

from factdeck.bank import (
    MultipleChoiceQuestion,
    OrderingQuestion,
    QuestionType,
    dump_bank,
    load_bank,
)
from factdeck.study.quiz import QuizSettings
from factdeck.ui.app import FactDeckApp
from factdeck.ui.screens.quiz import QuizScreen
from factdeck.ui.screens.quiz_setup import QuizSetupScreen
from factdeck.ui.widgets.answers import ChoiceRow, OrderAnswer
from factdeck.ui.widgets.countdown import Countdown
from helpers.clock import FakeClock


def quiz_of(
    make_app: Callable[..., FactDeckApp], *types: QuestionType, count: int = 1
) -> FactDeckApp:
    return make_app(mode="quiz", quiz_settings=QuizSettings(count=count, types=types))


async def test_ordering_by_moving_items(make_app: Callable[..., FactDeckApp]) -> None:
    app = quiz_of(make_app, QuestionType.ORDERING)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        quiz = app.screen
        assert isinstance(quiz, QuizScreen)
        question = quiz.session.current
        assert isinstance(question, OrderingQuestion)
        order = app.screen.query_one(OrderAnswer)
        # Shown (shuffled, seed 7): Apollo, Sputnik, Berlin. Right: Sputnik, Apollo, Berlin.
        apollo, berlin, sputnik = question.options
        assert order.items == [apollo, sputnik, berlin]
        await pilot.press("4")  # not an item: refused at once
        assert "4 is not an item: type numbers from 1 to 3." in screen_text(app)
        await pilot.press("1", "1")  # each number once
        assert "Typed: 1__   1 is typed already" in screen_text(app)
        assert order.typed == "1" and order.response == order.items
        await pilot.press("backspace")
        assert order.typed == ""
        await pilot.press("down", "shift+up", "ctrl+down", "ctrl+up")
        assert order.response == question.answer
        await pilot.press("enter")
        await settle(pilot)
        assert "✓ Right" in screen_text(app)
        assert app.store.answers()[0].given == " → ".join(question.answer)


def ordering_only_bank(tmp_path: Path) -> Path:
    """The fixture bank with only its ordering question."""
    bank = load_bank(BANK)
    questions = [q for q in bank.questions if isinstance(q, OrderingQuestion)]
    path = tmp_path / "ordering.json"
    path.write_text(dump_bank(bank.model_copy(update={"questions": questions})), encoding="utf-8")
    return path


@pytest.mark.parametrize("seed", [1, 2, 7])
async def test_an_ordering_question_asked_again_shows_its_items_in_another_order(
    make_app: Callable[..., FactDeckApp], tmp_path: Path, seed: int
) -> None:
    settings = QuizSettings(count=1, types=(QuestionType.ORDERING,))
    app = make_app(
        bank=ordering_only_bank(tmp_path), mode="quiz", quiz_settings=settings, seed=seed
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        question = app.screen.session.current
        assert isinstance(question, OrderingQuestion)
        in_quiz = app.screen.query_one(OrderAnswer).items
        assert sorted(in_quiz) == sorted(question.answer) and in_quiz != question.answer
        await answer(pilot, question, right=False)
        await pilot.press("enter", "r")  # results, then review the missed question
        await settle(pilot)
        in_review = app.screen.query_one(OrderAnswer).items
        assert sorted(in_review) == sorted(question.answer)
        assert in_review not in (question.answer, in_quiz)
        await answer(pilot, question, right=True)  # the numbers as shown in the review
        assert "✓ Right" in screen_text(app)
        quiz_answer, review_answer = app.store.answers()
        assert not quiz_answer.correct
        assert quiz_answer.given == " → ".join(reversed(question.answer))
        assert review_answer.correct and review_answer.given == " → ".join(question.answer)


async def test_enter_with_one_number_left_takes_the_typed_order(
    make_app: Callable[..., FactDeckApp],
) -> None:
    app = quiz_of(make_app, QuestionType.ORDERING)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        quiz = app.screen
        assert isinstance(quiz, QuizScreen)
        order = quiz.query_one(OrderAnswer)
        right = [str(order.items.index(item) + 1) for item in quiz.session.current.answer]
        await pilot.press(right[0], "enter")  # two numbers left: nothing is submitted
        assert "Typed: " in screen_text(app) and "Type at least 2 of the 3 numbers" in screen_text(
            app
        )
        assert app.store.answer_count() == 0 and order.typed == right[0]
        await pilot.press(right[1], "enter")  # the last number is the one left
        await settle(pilot)
        assert "✓ Right" in screen_text(app)
        assert app.store.answers()[0].correct


async def test_letters_clicks_and_the_countdown(
    make_app: Callable[..., FactDeckApp], clock: FakeClock
) -> None:
    app = quiz_of(make_app, QuestionType.MULTIPLE_CHOICE, QuestionType.TRUE_FALSE, count=3)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        quiz = app.screen
        assert isinstance(quiz, QuizScreen)
        countdown = quiz.query_one(Countdown)
        assert "⏱ 30 s" in screen_text(app)
        clock.advance(26)
        quiz.tick()
        await pilot.pause()
        assert "⏱ 4 s" in screen_text(app)
        assert countdown.has_class("-low")
        for _ in range(quiz.session.total):
            question = quiz.session.current
            if question.type is QuestionType.MULTIPLE_CHOICE:
                await pilot.press("abcd"[question.options.index(question.answer)])
            else:
                rows = list(quiz.query(ChoiceRow))
                await pilot.click(rows[0 if question.answer else 1])
            await settle(pilot)
            assert "✓ Right" in screen_text(app)
            await pilot.press("enter")
        await settle(pilot)
        assert "3 of 3 right" in screen_text(app)


async def test_an_empty_typed_answer_is_not_taken(make_app: Callable[..., FactDeckApp]) -> None:
    app = quiz_of(make_app, QuestionType.TYPED)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.screen.query_one(Input).value = "   "
        await pilot.press("enter")
        await settle(pilot)
        assert app.store.answer_count() == 0
        assert "Wrong" not in screen_text(app)


async def test_a_number_answer_that_is_not_a_number_is_not_graded(
    make_app: Callable[..., FactDeckApp],
) -> None:
    app = quiz_of(make_app, QuestionType.NUMBER)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.screen.query_one(Input).value = "196o"
        await pilot.press("enter")
        await settle(pilot)
        assert app.store.answer_count() == 0
        assert "Wrong" not in screen_text(app)
        assert "196o is not a number" in screen_text(app)  # under the box
        app.screen.query_one(Input).value = "1,969"
        await settle(pilot)
        assert "is not a number" not in screen_text(app)  # gone once the answer changes
        await pilot.press("enter")
        await settle(pilot)
        assert app.store.answer_count() == 1


async def test_without_colour_the_verdict_still_reads(
    make_app: Callable[..., FactDeckApp], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app = quiz_of(make_app, QuestionType.TRUE_FALSE)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.no_color  # Textual then renders in monochrome
        quiz = app.screen
        assert isinstance(quiz, QuizScreen)
        await answer(pilot, quiz.session.current, right=False)
        assert "✗ Wrong" in screen_text(app)


async def test_a_click_on_the_key_bar_presses_that_key(
    make_app: Callable[..., FactDeckApp],
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert screen_text(app).splitlines()[-1].startswith(" q Quiz")
        await pilot.click("KeyBar", offset=(3, 0))
        await settle(pilot)
        assert isinstance(app.screen, QuizSetupScreen)


async def test_long_options_and_items_wrap_under_their_own_text(
    make_app: Callable[..., FactDeckApp], tmp_path: Path
) -> None:
    long = "the {} of a very long option that cannot fit on one line of a narrow terminal"
    bank = load_bank(BANK)
    questions = []
    for question in bank.questions:
        if isinstance(question, MultipleChoiceQuestion | OrderingQuestion):
            renamed = {option: long.format(option) for option in question.options}
            right = question.answer
            question = question.model_copy(
                update={
                    "options": [renamed[o] for o in question.options],
                    "answer": renamed[right]
                    if isinstance(right, str)
                    else [renamed[a] for a in right],
                }
            )
        questions.append(question)
    path = tmp_path / "long.json"
    path.write_text(dump_bank(bank.model_copy(update={"questions": questions})), encoding="utf-8")
    types = (QuestionType.MULTIPLE_CHOICE, QuestionType.ORDERING)
    app = make_app(bank=path, mode="quiz", quiz_settings=QuizSettings(count=2, types=types))
    async with app.run_test(size=(60, 20)) as pilot:
        for _ in range(2):
            await settle(pilot)
            lines = screen_text(app).splitlines()
            first = next(
                i for i, line in enumerate(lines) if "the " in line and "very long" in line
            )
            column = lines[first].index("the ")
            wrapped = lines[first + 1]
            assert wrapped[:column].strip() == "" and wrapped[column] != " "  # under the text
            await answer(pilot, app.screen.session.current, right=True)
            await settle(pilot)
            await pilot.press("enter")


async def test_choice_feedback_marks_the_right_option_and_keeps_the_options_in_view(
    make_app: Callable[..., FactDeckApp],
) -> None:
    app = make_app(
        mode="quiz", quiz_settings=QuizSettings(count=1, types=(QuestionType.MULTIPLE_CHOICE,))
    )
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        quiz = app.screen
        assert isinstance(quiz, QuizScreen)
        question = quiz.session.current
        assert isinstance(question, MultipleChoiceQuestion)
        await answer(pilot, question, right=False)
        await pilot.pause()
        rows = list(quiz.query(ChoiceRow))
        right = question.options.index(question.answer)
        picked = (right + 1) % len(question.options)
        assert rows[right].has_class("-right") and rows[picked].has_class("-wrong")
        shown = screen_text(app)
        assert f"{right + 1} ✓ {question.answer}" in shown
        assert f"{picked + 1} ✗ {question.options[picked]}" in shown
        assert "✗ Wrong" in shown  # the verdict shows with the options
