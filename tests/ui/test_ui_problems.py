"""Start-up problems are explained on screen, and nothing is written or overwritten."""

from __future__ import annotations

import json
import socket
from collections.abc import Callable
from pathlib import Path

from conftest import screen_text, settle

from factdeck.progress import ProgressStore
from factdeck.study.quiz import QuizSettings
from factdeck.ui.app import FactDeckApp
from factdeck.ui.dialogs.notice import NoticeDialog
from factdeck.ui.screens.home import HomeScreen
from factdeck.ui.screens.problem import EXIT_PROBLEM, ProblemScreen
from factdeck.ui.screens.quiz import QuizScreen
from helpers.clock import FakeClock


async def test_a_broken_bank_lists_its_problems_and_writes_nothing(
    make_app: Callable[..., FactDeckApp], tmp_path: Path, saves: Path
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema_version": 1, "questions": [{"id": "q1", "type": "riddle"}]}')
    app = make_app(bank=bad)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, ProblemScreen)
        shown = screen_text(app)
        assert "The question bank cannot be used" in shown
        assert "question q1: type: unknown type 'riddle'" in shown
        await pilot.press("enter")
    assert app.return_code == EXIT_PROBLEM
    assert not saves.exists()


async def test_a_document_given_as_the_bank_is_pointed_to_the_importer(
    make_app: Callable[..., FactDeckApp], tmp_path: Path
) -> None:
    notes = tmp_path / "notes.md"
    notes.write_text("# Suez\n\nThe canal opened in 1869.\n")
    app = make_app(bank=notes)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, ProblemScreen)
        assert f"factdeck import {notes} --deck NAME" in app.screen.advice
        assert "Make a deck of it first" in screen_text(app)


async def test_a_profile_open_elsewhere_is_explained_and_left_alone(
    make_app: Callable[..., FactDeckApp], saves: Path
) -> None:
    with ProgressStore.open(saves) as other:
        other.record_answer("sputnik-country.mc", True, "quiz", 3.0)
        app = make_app()
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            assert isinstance(app.screen, ProblemScreen)
            assert "open in another FactDeck" in screen_text(app)
            await pilot.press("escape")
        assert app.return_code == EXIT_PROBLEM
        assert other.answer_count() == 1


async def test_a_bad_profile_name_is_refused(
    make_app: Callable[..., FactDeckApp], saves: Path
) -> None:
    app = make_app(profile="../elsewhere")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        shown = screen_text(app)
        assert "That profile name cannot be used" in shown
        assert "Start FactDeck with another --profile name." in shown
    assert not (saves.parent / "elsewhere").exists()


async def test_repairs_to_the_saves_are_reported_on_start(
    make_app: Callable[..., FactDeckApp], saves: Path
) -> None:
    with ProgressStore.open(saves) as store:
        store.update_settings(theme="nord")
    (saves / "default" / "settings.json").write_text("{ not json")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, NoticeDialog)
        shown = screen_text(app)
        assert "Your saves were repaired" in shown
        assert "settings.json" in shown
        await pilot.press("enter")
        assert isinstance(app.screen, HomeScreen)


async def test_a_quiz_opened_from_the_shell_waits_until_the_repair_notice_is_read(
    make_app: Callable[..., FactDeckApp], saves: Path, clock: FakeClock
) -> None:
    with ProgressStore.open(saves):
        pass
    stale = {"pid": 2**22 + 1, "host": socket.gethostname(), "started_at": "2026-01-01T00:00:00"}
    (saves / "default" / "lock").write_text(json.dumps(stale))
    app = make_app(mode="quiz", quiz_settings=QuizSettings(count=2, seconds_per_question=5))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, NoticeDialog)
        shown = screen_text(app)
        # Only a lock left by a closed terminal: nothing was damaged, so none is said to be.
        assert "Your saves were checked" in shown
        assert "moved aside" not in shown
        assert not any(isinstance(screen, QuizScreen) for screen in app.screen_stack)
        clock.advance(60)  # reading the notice takes no time off the first question
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, QuizScreen)
        assert "Question 1 of 2" in screen_text(app)
        assert "Time's up" not in screen_text(app)
        assert app.store.answer_count() == 0
