"""Shared pieces of the UI tests: fixture banks, a fake clock, and helpers to drive the app."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from factdeck.bank import (
    MultipleChoiceQuestion,
    NumberQuestion,
    OrderingQuestion,
    Question,
    TrueFalseQuestion,
)
from factdeck.ui.app import FactDeckApp
from factdeck.ui.widgets.answers import OrderAnswer, TextAnswer
from factdeck.ui.widgets.bars import KeyBar
from helpers.clock import FakeClock

FIXTURES = Path(__file__).parent / "fixtures"
BANK = FIXTURES / "bank.json"
"""Eight questions of all five types on four facts."""
HOSTILE_BANK = FIXTURES / "hostile_bank.json"
"""One question of each type whose every text is markup-like."""
NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
"""The wall clock the study logic sees in every UI test."""


@pytest.fixture(autouse=True)
def _steady_cursor(monkeypatch: pytest.MonkeyPatch) -> None:
    """No blinking cursor: screenshots must not depend on when they are taken."""
    monkeypatch.setattr(Input, "cursor_blink", False)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def saves(tmp_path: Path) -> Path:
    return tmp_path / "saves"


@pytest.fixture
def make_app(saves: Path, clock: FakeClock) -> Callable[..., FactDeckApp]:
    """``make_app(bank=..., **options)``: an app on the fixture bank with fixed clocks, in UTC."""

    def make(bank: Path = BANK, **options: Any) -> FactDeckApp:
        options.setdefault("seed", 7)
        options.setdefault("tz", UTC)
        return FactDeckApp(bank, saves, now=lambda: NOW, clock=clock, **options)

    return make


async def settle(pilot: Pilot[Any]) -> None:
    """Let running workers (saves) finish and the screen catch up."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def screen_text(app: FactDeckApp) -> str:
    """What the top screen shows, as plain text."""
    strips = app.screen._compositor.render_strips()
    return "\n".join(strip.text.rstrip() for strip in strips)


def key_bar_text(app: FactDeckApp) -> str:
    """What the key bar at the bottom of the top screen shows, as plain text."""
    bar = app.screen.query_one(KeyBar).region
    return "\n".join(screen_text(app).splitlines()[bar.y : bar.bottom])


def right_order_keys(question: OrderingQuestion, shown: list[str]) -> str:
    """The digits that type ``question``'s right order, its items numbered as ``shown``."""
    return "".join(str(shown.index(item) + 1) for item in question.answer)


async def answer(pilot: Pilot[Any], question: Question, *, right: bool) -> None:
    """Answer ``question`` from the keyboard (or the input), rightly or wrongly, and settle."""
    if isinstance(question, MultipleChoiceQuestion):
        index = question.options.index(question.answer)
        if not right:
            index = (index + 1) % len(question.options)
        await pilot.press(str(index + 1))
    elif isinstance(question, TrueFalseQuestion):
        await pilot.press("t" if question.answer == right else "f")
    elif isinstance(question, OrderingQuestion):
        keys = right_order_keys(question, pilot.app.screen.query_one(OrderAnswer).items)
        if not right:
            keys = keys[::-1]
        await pilot.press(*keys, "enter")
    else:
        if isinstance(question, NumberQuestion):
            text = str(question.answer if right else question.answer + 1)
        else:
            text = question.answer if right else "Atlantis"
        pilot.app.screen.query_one(TextAnswer).query_one(Input).value = text
        await pilot.press("enter")
    await settle(pilot)
