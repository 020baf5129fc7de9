"""A learner's flashcard sessions: reveal, the four ratings, undo, daily limits, a day rollover,
a leech, the nothing-due screen and cramming; and a quiz answer feeding the same memory."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import UTC, date, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import fsrs
import pytest
from conftest import BANK, NOW, answer, key_bar_text, screen_text, settle
from textual.pilot import Pilot

from factdeck.progress import ProgressStore
from factdeck.study.memory import FactMemory, card_id_for
from factdeck.study.quiz import QuizSettings
from factdeck.ui.app import FactDeckApp
from factdeck.ui.dialogs.notice import NoticeDialog
from factdeck.ui.screens.flashcards import FlashcardScreen
from factdeck.ui.screens.home import HomeScreen
from factdeck.ui.screens.quiz import QuizScreen
from helpers.clock import FakeClock

FACTS = ["sputnik-country", "moon-landing-year", "first-moonwalker", "berlin-wall-fall"]
"""The fixture bank's facts, in bank order (the order new cards come in)."""


def fsrs_card(fact_id: str, *ratings: fsrs.Rating) -> fsrs.Card:
    """What ``fsrs`` itself gives a new card rated ``ratings`` at ``NOW`` (default settings)."""
    scheduler = fsrs.Scheduler(desired_retention=0.9, enable_fuzzing=False)
    card = fsrs.Card(card_id=card_id_for(fact_id), due=NOW)
    for rating in ratings:
        card, _ = scheduler.review_card(card, rating, NOW)
    return card


def stored_card(app: FactDeckApp, fact_id: str) -> fsrs.Card | None:
    state = app.store.fact_state(fact_id)
    return None if state is None else FactMemory.from_dict(state).card


def text(app: FactDeckApp) -> str:
    """What the flashcard screen shows."""
    assert isinstance(app.screen, FlashcardScreen)
    return screen_text(app)


async def rate(pilot: Pilot[Any], key: str) -> None:
    await pilot.press("space", key)
    await settle(pilot)


def make_study_app(saves: Path, clock: FakeClock, wall: FakeClock, **options: Any) -> FactDeckApp:
    options.setdefault("tz", UTC)
    return FactDeckApp(BANK, saves, now=wall, clock=clock, mode="study", seed=7, **options)


async def test_reveal_rate_four_ways_and_undo_twice(
    make_app: Callable[..., FactDeckApp], clock: FakeClock
) -> None:
    app = make_app(mode="study")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, FlashcardScreen)
        assert "New 4   Learning 0   Review 0" in text(app)
        assert "Which country launched Sputnik 1" in text(app)
        assert "Soviet Union" not in text(app)
        await pilot.press("ctrl+z")  # nothing to undo yet: said, and the card stays
        await pilot.pause(0.1)
        assert "Nothing to undo" in text(app)
        assert screen.card is not None and screen.card.fact_id == "sputnik-country"
        app.clear_notifications()
        assert "space Show answer" in key_bar_text(app) and "Rate" not in key_bar_text(app)

        await pilot.press("space")
        assert "1-4 Rate" in key_bar_text(app) and "Show answer" not in key_bar_text(app)
        assert "Answer: Soviet Union" in text(app)
        assert "The Soviet Union launched Sputnik 1 in 1957." in text(app)
        assert "4 October 1957.” (The Space Race)" in text(app)
        labels = app.service.rating_labels("sputnik-country")
        assert labels[fsrs.Rating.Good].startswith("Good · ")
        for label in labels.values():
            assert label in text(app)

        clock.advance(7)
        await pilot.press("1")
        await settle(pilot)
        for key in "234":
            await rate(pilot, key)
        log = app.store.answers()
        assert [(a.fact_id, a.rating, a.mode) for a in log] == [
            (fact, rating, "flashcard") for fact, rating in zip(FACTS, [1, 2, 3, 4], strict=True)
        ]
        assert log[0].seconds == 7.0
        for fact, rating in zip(FACTS, fsrs.Rating, strict=True):
            assert stored_card(app, fact) == fsrs_card(fact, rating)
        # Learning cards due within 20 minutes come early once nothing else is left.
        assert screen.card is not None and screen.card.fact_id == "sputnik-country"
        assert "New 0   Learning 3   Review 0" in text(app)

        await pilot.press("ctrl+z")
        await settle(pilot)
        assert screen.card is not None and screen.card.fact_id == "berlin-wall-fall"
        assert "In what year did the Berlin Wall fall?" in text(app)
        assert stored_card(app, "berlin-wall-fall") is None
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert screen.card is not None and screen.card.fact_id == "first-moonwalker"
        assert stored_card(app, "first-moonwalker") is None
        assert stored_card(app, "moon-landing-year") == fsrs_card(
            "moon-landing-year", fsrs.Rating.Hard
        )
        assert [a.rating for a in app.store.answers()] == [1, 2]
        assert "New 2   Learning 2   Review 0" in text(app)


async def test_the_next_study_day_begins_in_the_apps_time_zone(
    saves: Path, clock: FakeClock
) -> None:
    with ProgressStore.open(saves) as store:
        store.update_settings(new_per_day=1)
    app = make_study_app(saves, clock, FakeClock(NOW), tz=ZoneInfo("Asia/Tokyo"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await rate(pilot, "4")
        # 12:00 UTC is 21:00 in Tokyo: the next day begins there at 04:00, 19:00 UTC.
        assert "The next card is due in 7h (tomorrow 04:00)." in text(app)


async def test_new_limit_nothing_due_cram_and_a_new_day(saves: Path, clock: FakeClock) -> None:
    with ProgressStore.open(saves) as store:
        store.update_settings(new_per_day=1)
    wall = FakeClock(NOW)
    app = make_study_app(saves, clock, wall)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert "New 1   Learning 0   Review 0" in text(app)
        await rate(pilot, "4")  # Easy: a review in days; the daily new limit is reached
        shown = text(app)
        assert "Nothing is due right now." in shown
        # 12:00 UTC, the study day rolls over at 04:00: the next card comes with the new day.
        assert "The next card is due in 16h (tomorrow 04:00)." in shown
        assert "new facts 1, reviews 200" in shown
        assert "Study ahead" in shown and "Review missed:" not in shown
        # Cram leaves the schedule alone, but a missed card still joins the missed questions.
        assert "go over your cards again; your schedule" in shown
        assert "does not change; cards you miss join Review missed." in shown
        assert "New 0   Learning 0   Review 0" in shown

        before = app.store.fact_state("sputnik-country")
        await pilot.press("c")
        await settle(pilot)
        # The status line keeps today's counts and the cram note apart at 80 columns.
        assert re.search(r"Review 0 {2,}Studying ahead · 0 studied", text(app))
        await rate(pilot, "1")
        assert app.store.fact_state("sputnik-country") == before
        assert app.store.answers()[-1].mode == "cram"
        assert app.screen.card is not None  # Again: the card comes back at the end of the cram
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)

        wall.now = NOW + timedelta(days=1)
        await pilot.press("f")
        await settle(pilot)
        assert "New 1   Learning 0   Review 0" in text(app)
        assert "In what year did Apollo 11 land on the Moon?" in text(app)
        screen = app.screen
        assert isinstance(screen, FlashcardScreen)
        assert screen.card is not None and screen.card.fact_id == "moon-landing-year"

        # Left open overnight: the screen's timer finds the next day's new card by itself.
        await rate(pilot, "4")
        assert "Nothing is due right now." in text(app)
        wall.now = NOW + timedelta(days=2)
        screen.recheck()  # what the timer does every RECHECK_SECONDS
        await settle(pilot)
        assert screen.card is not None and screen.card.fact_id == "first-moonwalker"


async def test_a_leech_is_announced_and_suspended(saves: Path, clock: FakeClock) -> None:
    card = fsrs.Card(
        card_id=card_id_for("berlin-wall-fall"),
        state=fsrs.State.Review,
        step=None,
        stability=3.0,
        difficulty=8.0,
        due=NOW - timedelta(hours=1),
        last_review=NOW - timedelta(days=3),
    )
    memory = FactMemory(card=card, lapses=7, introduced=date(2026, 1, 5))
    with ProgressStore.open(saves) as store:
        store.put_fact_state("berlin-wall-fall", memory.to_dict())
    app = make_study_app(saves, clock, FakeClock(NOW))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert "Review card" in text(app)  # reviews come before new cards
        await rate(pilot, "1")
        dialog = app.screen
        assert isinstance(dialog, NoticeDialog)
        assert dialog.title_text == "This fact has become a leech"
        state = FactMemory.from_dict(app.store.fact_state("berlin-wall-fall") or {})
        assert (state.lapses, state.leech, state.suspended) == (8, True, True)
        await pilot.press("escape")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, FlashcardScreen)
        assert screen.card is not None and screen.card.fact_id == "sputnik-country"


async def test_suspend_undo_report_and_bury_each_on_one_key(
    make_app: Callable[..., FactDeckApp],
) -> None:
    app = make_app(mode="study")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, FlashcardScreen)
        await pilot.press("s")
        await settle(pilot)
        await pilot.pause(0.1)  # the notice's toast: above the two-line key bar, not over it
        assert "Suspended" in screen_text(app)
        assert "b Bury  w Wrong?" in screen_text(app).splitlines()[-2]
        assert FactMemory.from_dict(app.store.fact_state("sputnik-country") or {}).suspended
        assert screen.card is not None and screen.card.fact_id == "moon-landing-year"
        await pilot.press("ctrl+z")
        await settle(pilot)
        await pilot.pause(0.1)
        assert "Taken back." in screen_text(app) and "Suspended" not in screen_text(app)
        assert not FactMemory.from_dict(app.store.fact_state("sputnik-country") or {}).suspended
        assert screen.card is not None and screen.card.fact_id == "sputnik-country"

        await pilot.press("w")
        await settle(pilot)
        flagged = FactMemory.from_dict(app.store.fact_state("sputnik-country") or {})
        assert flagged.flagged_wrong
        assert flagged.flag_note == "reported on the flashcard of question sputnik-country.typed"
        await pilot.press("space", "b")
        await settle(pilot)
        buried = FactMemory.from_dict(app.store.fact_state("moon-landing-year") or {})
        assert buried.buried_until == date(2026, 3, 3)
        assert screen.card is not None and screen.card.fact_id == "first-moonwalker"
        assert app.store.answer_count() == 0


async def test_undo_takes_back_a_burial_then_a_suspension_newest_first(
    make_app: Callable[..., FactDeckApp],
) -> None:
    app = make_app(mode="study")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, FlashcardScreen)

        def memory(fact_id: str) -> FactMemory:
            return FactMemory.from_dict(app.store.fact_state(fact_id) or {})

        async def press(key: str, fact_id: str) -> None:
            await pilot.press(key)
            await settle(pilot)
            assert screen.card is not None and screen.card.fact_id == fact_id

        await rate(pilot, "3")
        rated = app.store.fact_state("sputnik-country")
        await press("b", "first-moonwalker")
        assert memory("moon-landing-year").buried_until is not None
        await press("ctrl+z", "moon-landing-year")
        assert memory("moon-landing-year").buried_until is None
        assert "In what year did Apollo 11 land on the Moon?" in text(app)
        assert "1 studied" in text(app)  # the rating before the burial stands
        assert app.store.fact_state("sputnik-country") == rated
        assert app.store.answer_count() == 1

        await press("s", "first-moonwalker")
        await press("b", "berlin-wall-fall")
        await press("ctrl+z", "first-moonwalker")
        assert memory("first-moonwalker").buried_until is None
        assert memory("moon-landing-year").suspended
        await press("ctrl+z", "moon-landing-year")
        assert not memory("moon-landing-year").suspended
        assert "1 studied" in text(app) and app.store.answer_count() == 1


async def test_quiz_answers_move_the_memory_as_the_rating_map_says(
    make_app: Callable[..., FactDeckApp], clock: FakeClock
) -> None:
    app = make_app(mode="quiz", quiz_settings=QuizSettings(count=2, types=("typed",)))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        quiz = app.screen
        assert isinstance(quiz, QuizScreen)
        wrong, right = (question for question in quiz.session.questions)
        await answer(pilot, wrong, right=False)  # wrong → Again
        await pilot.press("enter")
        clock.advance(3)  # right and quick (10% of the 30 s) → Good
        await answer(pilot, right, right=True)
        assert stored_card(app, wrong.fact_id) == fsrs_card(wrong.fact_id, fsrs.Rating.Again)
        assert stored_card(app, right.fact_id) == fsrs_card(right.fact_id, fsrs.Rating.Good)
        assert [a.rating for a in app.store.answers()] == [1, 3]


def test_snapshot_front(snap_compare: Any, saves: Path, clock: FakeClock) -> None:
    app = make_study_app(saves, clock, FakeClock(NOW))
    assert snap_compare(app, terminal_size=(80, 24), run_before=settle)


def test_snapshot_back(snap_compare: Any, saves: Path, clock: FakeClock) -> None:
    async def reveal(pilot: Pilot[Any]) -> None:
        await settle(pilot)
        await pilot.press("space")

    app = make_study_app(saves, clock, FakeClock(NOW))
    assert snap_compare(app, terminal_size=(80, 24), run_before=reveal)


@pytest.mark.parametrize("width", [60, 80])
async def test_every_rating_shows_its_interval(
    make_app: Callable[..., FactDeckApp], width: int
) -> None:
    app = make_app(mode="study")
    async with app.run_test(size=(width, 20)) as pilot:
        await settle(pilot)
        await pilot.press("space")
        labels = app.service.rating_labels("sputnik-country")
        bar = next(line for line in text(app).splitlines() if "Again" in line)
        spacing = "  " if width == 80 else " "  # at 80 columns: "1  Again · 1m"
        for rating, label in labels.items():
            key = f"{int(rating)}{spacing}"
            shown = key + (label if width == 80 else label.replace(" · ", " "))
            assert shown in bar, (shown, bar)


async def test_an_ordering_front_shows_its_items(tmp_path: Path, saves: Path) -> None:
    bank = json.loads(BANK.read_text("utf-8"))
    order = next(q for q in bank["questions"] if q["type"] == "ordering")
    bank["questions"] = [{**order, "fact_id": order["id"]}]
    bank["facts"] = []
    path = tmp_path / "ordering.json"
    path.write_text(json.dumps(bank), "utf-8")
    app = FactDeckApp(
        path, saves, now=FakeClock(NOW), tz=UTC, clock=FakeClock(), mode="study", seed=7
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        shown = text(app)
        assert "Put these events in order, earliest first." in shown
        first = front_items(shown)
        assert sorted(first) == sorted(order["answer"]) and first != order["answer"]
        await pilot.press("space")
        shown = text(app)
        assert "Answer:" in shown
        assert [line.split("█")[-1].strip() for line in shown.splitlines() if "→" in line] == [
            f"→ {item}" for item in order["answer"]
        ]
        await pilot.press("3")
        await settle(pilot)
        await pilot.press("ctrl+z")  # the same card's front again: its items shuffled afresh
        await settle(pilot)
        again = front_items(text(app))
        assert sorted(again) == sorted(first) and again not in (first, order["answer"])


def front_items(shown: str) -> list[str]:
    """The numbered items on a flashcard's front, top first."""
    items = [re.match(r"\s*(\d)\. (.*)", line) for line in shown.splitlines()]
    return [match[2].strip() for match in items if match is not None]


async def test_long_ordering_items_wrap_under_their_own_text_at_60_columns(
    tmp_path: Path, saves: Path
) -> None:
    long = "{}, told at such length that it cannot fit on one line of a narrow terminal"
    bank = json.loads(BANK.read_text("utf-8"))
    order = next(q for q in bank["questions"] if q["type"] == "ordering")
    renamed = {item: long.format(item) for item in order["options"]}
    order = {
        **order,
        "fact_id": order["id"],
        "options": [renamed[item] for item in order["options"]],
        "answer": [renamed[item] for item in order["answer"]],
    }
    bank["questions"], bank["facts"] = [order], []
    path = tmp_path / "ordering.json"
    path.write_text(json.dumps(bank), "utf-8")
    app = FactDeckApp(
        path, saves, now=FakeClock(NOW), tz=UTC, clock=FakeClock(), mode="study", seed=7
    )
    async with app.run_test(size=(60, 24)) as pilot:
        await settle(pilot)
        lines = text(app).splitlines()
        starts = [i for i, line in enumerate(lines) if re.match(r"\s*\d\. ", line)]
        assert len(starts) == 3
        for start in starts:
            column = lines[start].index(". ") + 2
            wrapped = lines[start + 1]
            assert wrapped[:column].strip() == "" and wrapped[column] != " "  # under the text


async def test_the_study_ahead_status_fits_at_60_columns(saves: Path, clock: FakeClock) -> None:
    with ProgressStore.open(saves) as store:
        store.update_settings(new_per_day=1)
    app = make_study_app(saves, clock, FakeClock(NOW))
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        await rate(pilot, "4")  # the daily new limit is reached: nothing is due
        await pilot.press("c")
        await settle(pilot)
        lines = text(app).splitlines()
        assert "New 0   Learning 0   Review 0" in lines[1]  # the whole count, below the title
        assert lines[2].strip() == "Studying ahead · 0 studied"  # on a line of its own
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        assert re.search(r"New 0   Learning 0   Review 0 {2,}Studying ahead · 0 studied", text(app))
