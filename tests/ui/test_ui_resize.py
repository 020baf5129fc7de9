"""Resizing at any moment: a too-small terminal gets a notice, and the quiz carries on after."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from conftest import BANK, answer, screen_text, settle
from textual.widgets import DataTable

from factdeck.bank import QuestionType, dump_bank, load_bank
from factdeck.study.quiz import QuizSettings
from factdeck.ui.app import FactDeckApp
from factdeck.ui.dialogs.confirm import ConfirmDialog
from factdeck.ui.screens.quiz import QuizScreen
from factdeck.ui.screens.results import ResultsScreen

NOTICE = "Terminal too small"


async def test_a_quiz_survives_a_tiny_terminal_and_back(
    make_app: Callable[..., FactDeckApp],
) -> None:
    app = make_app(mode="quiz", quiz_settings=QuizSettings(count=2))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        quiz = app.screen
        assert isinstance(quiz, QuizScreen)
        first = quiz.session.current
        assert NOTICE not in screen_text(app)

        await pilot.resize_terminal(40, 12)
        await pilot.pause()
        shown = screen_text(app)
        assert NOTICE in shown
        assert "40 × 12" in shown
        assert first.prompt not in shown
        await answer(pilot, first, right=True)  # keys pressed blind do not answer
        assert app.store.answer_count() == 0

        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert NOTICE not in screen_text(app)
        assert first.prompt in screen_text(app)
        await answer(pilot, first, right=True)

        await pilot.resize_terminal(59, 20)  # feedback on show, just too narrow
        await pilot.pause()
        assert NOTICE in screen_text(app)
        await pilot.resize_terminal(60, 20)  # the smallest size that fits
        await pilot.pause()
        assert NOTICE not in screen_text(app)
        assert "✓ Right" in screen_text(app)

        await pilot.press("enter", "escape")  # midway: asks before leaving
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.resize_terminal(40, 12)
        await pilot.pause()
        assert NOTICE in screen_text(app)
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert "Leave this quiz?" in screen_text(app)
        await pilot.press("n")
        await answer(pilot, quiz.session.current, right=True)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ResultsScreen)
        assert "2 of 2 right" in screen_text(app)


async def test_the_results_table_fits_60_columns_and_the_detail_is_whole(
    make_app: Callable[..., FactDeckApp],
) -> None:
    app = make_app(mode="quiz", quiz_settings=QuizSettings(count=8, repeat_facts=True))
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        quiz = app.screen
        assert isinstance(quiz, QuizScreen)
        for index in range(8):
            await answer(pilot, quiz.session.current, right=index % 2 == 0)
            await pilot.press("enter")
        await settle(pilot)
        results = app.screen
        assert isinstance(results, ResultsScreen)
        table = results.query_one(DataTable)
        assert table.virtual_size.width <= table.scrollable_content_region.width
        assert not table.show_horizontal_scrollbar
        shown = screen_text(app)
        header = next(line for line in shown.splitlines() if "Question" in line)
        assert header.split() == ["Question", "Yours", "Answer", "Time"]
        first = results.results.answers[0]
        assert len(first.grade.expected) > 60  # the detail wraps it over lines: all of it shows
        flowing = " ".join(line.strip() for line in shown.splitlines())
        assert f"Answer: {first.grade.expected} ↑↓ other questions" in flowing
        question_width = table.ordered_columns[1].width
        table.move_cursor(row=5)
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        assert table.ordered_columns[1].width > question_width  # the question takes the room
        assert table.virtual_size.width <= table.scrollable_content_region.width
        assert table.cursor_row == 5  # drawn again, the same question stays selected
        sixth = results.results.answers[5].question.prompt
        assert f"6  {sixth}" in " ".join(line.strip() for line in screen_text(app).splitlines())


async def test_results_rows_tell_apart_prompts_that_start_alike(
    make_app: Callable[..., FactDeckApp], tmp_path: Path
) -> None:
    bank = load_bank(BANK)
    prefix = "Fill in the blank (a year, a name or a place): "
    questions = [
        q.model_copy(update={"prompt": prefix + q.prompt})
        for q in bank.questions
        if q.type is QuestionType.TYPED or q.type is QuestionType.NUMBER
    ]
    path = tmp_path / "alike.json"
    path.write_text(dump_bank(bank.model_copy(update={"questions": questions})), encoding="utf-8")
    app = make_app(bank=path, mode="quiz", quiz_settings=QuizSettings(count=2))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        quiz = app.screen
        assert isinstance(quiz, QuizScreen)
        for _ in range(quiz.session.total):
            await answer(pilot, quiz.session.current, right=True)
            await pilot.press("enter")
        await settle(pilot)
        results = app.screen
        assert isinstance(results, ResultsScreen)
        table = results.query_one(DataTable)
        for row, answer_given in enumerate(results.results.answers):
            cell = table.get_row_at(row)[1]
            assert str(cell) == answer_given.question.prompt  # whole, on two lines
        shown = " ".join(line.strip() for line in screen_text(app).splitlines())
        for answer_given in results.results.answers:
            distinct = answer_given.question.prompt[len(prefix) : len(prefix) + 12]
            assert distinct in shown  # past the shared start, every row says which it is
