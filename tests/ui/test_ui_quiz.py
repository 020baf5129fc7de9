"""A learner's quiz, played from the keyboard: every question type, a time-out, an override,
the results, and the store holding each answer by the time its feedback shows."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

from conftest import BANK, NOW, answer, key_bar_text, screen_text, settle
from fsrs import Rating, State
from textual.widgets import DataTable

from factdeck.bank import QuestionType, load_bank
from factdeck.progress import ProgressStore, SaveFailed
from factdeck.study.grading import Grade
from factdeck.study.memory import LEECH_LAPSES, FactMemory
from factdeck.study.quiz import QuizAnswer, QuizResults, QuizSettings
from factdeck.ui.app import FactDeckApp
from factdeck.ui.dialogs.confirm import ConfirmDialog
from factdeck.ui.dialogs.notice import NoticeDialog
from factdeck.ui.screens.home import HomeScreen
from factdeck.ui.screens.quiz import QuizScreen
from factdeck.ui.screens.results import ResultsScreen
from factdeck.ui.screens.review import ReviewScreen
from factdeck.ui.widgets.countdown import Countdown
from factdeck.ui.widgets.feedback import FeedbackPanel
from helpers.clock import FakeClock


async def test_a_whole_quiz_through_every_question_type(
    make_app: Callable[..., FactDeckApp], clock: FakeClock
) -> None:
    app = make_app(mode="quiz", quiz_settings=QuizSettings(count=8, repeat_facts=True))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        quiz = app.screen
        assert isinstance(quiz, QuizScreen)
        outcomes: list[str] = []
        for position in range(quiz.session.total):
            question = quiz.session.current
            assert question.prompt in screen_text(app)
            clock.advance(4)
            if position == 2:
                clock.advance(30)
                quiz.tick()  # what the countdown's timer does on its next tick
                await settle(pilot)
                outcomes.append("timeout")
                assert "✗ Time's up" in screen_text(app)
            elif question.type is QuestionType.TYPED and "override" not in outcomes:
                await answer(pilot, question, right=False)
                assert "✗ Wrong" in screen_text(app)
                assert "You answered: Atlantis" in screen_text(app)
                await pilot.press("i")
                await settle(pilot)
                assert "✓ Right (you marked it right)" in screen_text(app)
                outcomes.append("override")
            elif position == 5:
                await answer(pilot, question, right=False)
                assert "✗ Wrong" in screen_text(app)
                outcomes.append("wrong")
            else:
                await answer(pilot, question, right=True)
                assert "✓ Right" in screen_text(app)
                outcomes.append("right")
            assert app.store.answer_count() == position + 1
            await pilot.press("enter")
        await settle(pilot)

        results = app.screen
        assert isinstance(results, ResultsScreen)
        assert {answer.question.type for answer in results.results.answers} == set(QuestionType)
        right = outcomes.count("right") + outcomes.count("override")
        assert f"{right} of 8 right" in screen_text(app)
        assert results.query_one(DataTable).row_count == 8
        assert "30.0 s" in screen_text(app)  # a time-out counts the whole limit
        # The table cuts long prompts; the selected question shows in full under it.
        first, second = results.results.answers[:2]
        assert f"1  {first.question.prompt}" in screen_text(app)
        await pilot.press("down")
        await pilot.pause()
        assert second.question.prompt in screen_text(app)

        overridden = outcomes.index("override")
        results.query_one(DataTable).move_cursor(row=overridden)
        await pilot.pause()
        assert f"{overridden + 1}  you marked it right: " in screen_text(app)

        saved = app.store.answers()
        assert [record.question_id for record in saved] == [
            a.question.id for a in results.results.answers
        ]
        assert [r.timed_out for r in saved] == [o == "timeout" for o in outcomes]
        assert [r.override for r in saved] == [o == "override" for o in outcomes]
        assert [r.correct for r in saved] == [o in ("right", "override") for o in outcomes]

        await pilot.press("r")
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen)
        assert len(app.screen.items) == 2  # the time-out and the wrong answer


async def test_i_was_right_counts_in_the_score_the_results_and_the_store(
    make_app: Callable[..., FactDeckApp], clock: FakeClock
) -> None:
    app = make_app(mode="quiz", quiz_settings=QuizSettings(count=2, types=(QuestionType.TYPED,)))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        quiz = app.screen
        assert isinstance(quiz, QuizScreen)
        assert "Continue" not in key_bar_text(app)  # the keys follow the phase
        clock.advance(6)
        await answer(pilot, quiz.session.current, right=False)
        assert "0 right" in screen_text(app)
        assert "esc Leave  ⏎ Continue  i I was right  " in key_bar_text(app)
        await pilot.press("i")
        await settle(pilot)
        assert "⏎ Continue" in key_bar_text(app) and "I was right" not in key_bar_text(app)
        shown = screen_text(app)
        assert "✓ Right (you marked it right)   +900 speed points" in shown
        assert "You answered: Atlantis" in shown
        assert "1 right   900 speed points" in shown  # the status line counts it at once
        [record] = app.store.answers()
        assert record.override and record.correct and record.given == "Atlantis"
        assert app.store.missed() == []

        await pilot.press("enter")
        clock.advance(3)
        await answer(pilot, quiz.session.current, right=True)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ResultsScreen)
        shown = screen_text(app)
        assert "2 of 2 right   100% accuracy" in shown
        assert "Speed points: 1,850" in shown
        assert "✓ 1" in shown and "Atlantis" in shown and "✗" not in shown
        [saved] = [s for s in app.store.sessions() if s["kind"] == "quiz"]
        assert (saved["summary"]["correct"], saved["summary"]["speed_points"]) == (2, 1850)


async def test_feedback_waits_until_the_answer_is_saved(
    make_app: Callable[..., FactDeckApp],
) -> None:
    app = make_app(
        mode="quiz", quiz_settings=QuizSettings(count=1, types=(QuestionType.MULTIPLE_CHOICE,))
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        release = threading.Event()
        writing = threading.Event()
        record = app.service.record_quiz_answer

        def slow_record(*args: Any, **kwargs: Any) -> Any:
            writing.set()
            release.wait(5)
            return record(*args, **kwargs)

        app.service.record_quiz_answer = slow_record  # type: ignore[method-assign]
        await pilot.press("2")
        assert writing.wait(5)
        await pilot.pause()
        feedback = app.screen.query_one(FeedbackPanel)
        assert not feedback.has_class("-shown")
        assert app.store.answer_count() == 0
        release.set()
        await settle(pilot)
        assert feedback.has_class("-shown")
        assert app.store.answer_count() == 1


async def test_leaving_midway_asks_first_and_keeps_the_answers(
    make_app: Callable[..., FactDeckApp],
) -> None:
    app = make_app(mode="quiz", quiz_settings=QuizSettings(count=3))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        quiz = app.screen
        assert isinstance(quiz, QuizScreen)
        await answer(pilot, quiz.session.current, right=True)
        await pilot.press("escape")
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")
        assert app.screen is quiz
        await pilot.press("escape", "y")
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        assert app.store.answer_count() == 1
        assert "Last quiz      none yet" in screen_text(app)  # an abandoned quiz has no score


async def test_the_countdown_stops_while_leaving_is_asked(
    make_app: Callable[..., FactDeckApp], clock: FakeClock
) -> None:
    app = make_app(mode="quiz", quiz_settings=QuizSettings(count=3, seconds_per_question=30))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        quiz = app.screen
        assert isinstance(quiz, QuizScreen)
        await answer(pilot, quiz.session.current, right=True)
        await pilot.press("enter")
        await settle(pilot)
        clock.advance(10)
        quiz.tick()
        countdown = str(quiz.query_one(Countdown).render())
        assert countdown == "⏱ 20 s"
        await pilot.press("escape")
        assert isinstance(app.screen, ConfirmDialog)
        clock.advance(60)
        quiz.tick()  # the timer keeps ticking behind the dialog
        await pilot.press("n")
        await settle(pilot)
        assert app.screen is quiz
        quiz.tick()
        await settle(pilot)
        assert not quiz.session.answered_current, "the question did not time out"
        assert str(quiz.query_one(Countdown).render()) == countdown
        assert app.store.answer_count() == 1


async def test_a_failed_save_is_explained_and_nothing_is_shown_as_saved(
    make_app: Callable[..., FactDeckApp], tmp_path: Path
) -> None:
    app = make_app(mode="quiz", quiz_settings=QuizSettings(count=2))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)

        def disk_full(*args: Any, **kwargs: Any) -> Any:
            raise SaveFailed("write", tmp_path / "log", OSError(28, "No space left on device"))

        app.service.record_quiz_answer = disk_full  # type: ignore[method-assign]
        quiz = app.screen
        assert isinstance(quiz, QuizScreen)
        await answer(pilot, quiz.session.current, right=True)
        assert isinstance(app.screen, NoticeDialog)
        shown = screen_text(app)
        assert "Your answer could not be saved" in shown
        assert "No space left on device" in shown
        assert not quiz.query_one(FeedbackPanel).has_class("-shown")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)


async def test_the_selected_last_row_stays_in_sight_above_a_taller_detail(
    make_app: Callable[..., FactDeckApp],
) -> None:
    """The last question's long prompt makes the detail under the table grow: the table must
    still show the selected row."""
    bank = load_bank(BANK)
    questions = [q for q in bank.questions if q.type is QuestionType.TRUE_FALSE]
    long_prompt = "A statement long enough to wrap under the table " * 3
    answers = []
    for n in range(15):
        question = questions[n % len(questions)]
        if n == 14:
            question = question.model_copy(update={"prompt": long_prompt})
        grade = Grade(correct=True, near_miss=False, expected="True", given="True")
        answers.append(QuizAnswer(question, grade, 3.0, False, 100, Rating.Good))
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.push_screen(ResultsScreen(QuizResults(answers=tuple(answers), total=15), None))
        await pilot.pause()
        table = app.screen.query_one(DataTable)
        table.move_cursor(row=13)
        await pilot.press("down")
        await pilot.pause()
        assert table.cursor_row == 14
        lines = screen_text(app).splitlines()
        assert any(line.startswith("  ✓ 15  A statement long enough") for line in lines)  # detail
        assert any(line.split()[:3] == ["✓", "15", "A"] and "3.0 s" in line for line in lines)


async def test_an_answer_that_makes_a_leech_says_so_and_the_fact_leaves_the_quiz(
    make_app: Callable[..., FactDeckApp], saves: Path
) -> None:
    fact = "sputnik-country"  # three forms in the bank
    memory = FactMemory.new(fact, NOW)
    card = replace(
        memory.card,
        state=State.Review,
        stability=5.0,
        difficulty=5.0,
        last_review=NOW - timedelta(days=5),
    )
    with ProgressStore.open(saves) as store:
        store.put_fact_state(fact, replace(memory, card=card, lapses=LEECH_LAPSES - 1).to_dict())
    app = make_app(mode="quiz", quiz_settings=QuizSettings(count=8, repeat_facts=True))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        quiz = app.screen
        assert isinstance(quiz, QuizScreen)
        while quiz.session.current.fact_id != fact:
            await answer(pilot, quiz.session.current, right=True)
            await pilot.press("enter")
        assert quiz.session.total == 8
        asked = quiz.session.index
        await answer(pilot, quiz.session.current, right=False)
        shown = screen_text(app)
        assert "This fact is now a leech" in shown and "Stats → Set aside" in shown
        later = [q for q in quiz.session.questions[asked + 1 :] if q.fact_id == fact]
        assert later == [] and quiz.session.total == 8 - 2
        assert app.service.memory(fact).suspended
        await pilot.press("enter")
        await settle(pilot)
        assert "This fact is now a leech" not in screen_text(app)


async def test_a_timed_out_question_moves_on_after_a_short_pause(
    make_app: Callable[..., FactDeckApp], clock: FakeClock
) -> None:
    settings = QuizSettings(count=3, seconds_per_question=10, pause_after_timeout=3)
    app = make_app(mode="quiz", quiz_settings=settings)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        quiz = app.screen
        assert isinstance(quiz, QuizScreen)
        clock.advance(10)
        quiz.tick()
        await settle(pilot)
        assert "✗ Time's up" in screen_text(app)
        assert "next question in 3 s (Enter: now)" in screen_text(app)
        clock.advance(2.9)
        quiz.tick()
        await settle(pilot)
        assert quiz.session.index == 0
        await pilot.press("escape")  # a dialog over the feedback holds it
        await settle(pilot)
        assert isinstance(app.screen, ConfirmDialog)
        clock.advance(5)
        quiz.tick()
        assert quiz.session.index == 0
        await pilot.press("n")
        await settle(pilot)
        quiz.tick()
        assert quiz.session.index == 0  # back from the dialog: the whole pause again
        clock.advance(3)
        quiz.tick()
        await settle(pilot)
        assert quiz.session.index == 1 and "Time's up" not in screen_text(app)
        # An answered question's feedback waits for Enter, however long.
        await answer(pilot, quiz.session.current, right=True)
        clock.advance(60)
        quiz.tick()
        await settle(pilot)
        assert quiz.session.index == 1


async def test_with_no_pause_a_timed_out_question_waits_for_enter(
    make_app: Callable[..., FactDeckApp], clock: FakeClock
) -> None:
    settings = QuizSettings(count=2, seconds_per_question=10, pause_after_timeout=0)
    app = make_app(mode="quiz", quiz_settings=settings)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        quiz = app.screen
        assert isinstance(quiz, QuizScreen)
        clock.advance(10)
        quiz.tick()
        await settle(pilot)
        clock.advance(60)
        quiz.tick()
        await settle(pilot)
        assert quiz.session.index == 0 and "next question in" not in screen_text(app)
