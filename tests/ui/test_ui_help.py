"""``?`` lists the keys of the screen it is pressed on (from its bindings), and the command
palette offers the same actions."""

from __future__ import annotations

from collections.abc import Callable

from conftest import screen_text, settle
from textual.binding import Binding

from factdeck.study.memory import FactMemory
from factdeck.ui import keys
from factdeck.ui.app import FactDeckApp
from factdeck.ui.screens.flashcards import FlashcardScreen
from factdeck.ui.screens.help import HelpScreen, key_rows
from factdeck.ui.screens.home import HomeScreen


def descriptions(bindings: list[object]) -> set[str]:
    return {b.description for b in bindings if isinstance(b, Binding)}


async def test_help_lists_the_keys_of_the_current_screen(
    make_app: Callable[..., FactDeckApp],
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        home_rows = {row.description for row in app.screen.rows}
        assert descriptions(keys.HOME) | {"Help", "Quit"} <= home_rows
        assert "Show answer" not in home_rows
        await pilot.press("escape", "f")
        await settle(pilot)
        assert isinstance(app.screen, FlashcardScreen)

        await pilot.press("question_mark")
        await settle(pilot)
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen)
        rows = {row.description: row for row in help_screen.rows}
        # Every flashcard key that applies to a card's front, and the app's keys.
        for name in ("Show answer", "Suspend", "Bury", "Wrong?", "Back", "Help", "Quit"):
            assert rows[name].enabled, name
        assert rows["Undo"].enabled  # nothing rated yet: it says so
        # Textual's generic keys are not listed one by one among FactDeck's.
        assert not {"Focus Next", "Focus Previous", "Scroll Left", "Copy selected text"} & set(rows)
        assert rows["Scroll"].group == "Scrolling" and rows["Scroll"].keys.startswith("↑ ↓")
        assert "Quiz" not in rows and "Study ahead" not in rows
        shown = screen_text(app)
        assert "Keys on the Flashcards" in shown
        assert "space" in shown and "Report this question as wrong" in shown
        # The focused card's scroll keys, under a heading in words (not a widget's class name).
        assert {row.group for row in help_screen.rows} == {"This screen", "Scrolling", "Everywhere"}
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, FlashcardScreen)

        back_rows = {row.description for row in key_rows(app.screen)}
        await pilot.press("space")
        assert {row.description for row in key_rows(app.screen)} - back_rows == {
            "Rate",
            "Rate Hard",
            "Rate Good",
            "Rate Easy",
        }


async def test_the_command_palette_runs_the_screens_actions(
    make_app: Callable[..., FactDeckApp],
) -> None:
    app = make_app(mode="study")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await settle(pilot)
        await pilot.press(*"suspend")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, FlashcardScreen)
        state = app.store.fact_state("sputnik-country")
        assert state is not None and FactMemory.from_dict(state).suspended
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)


async def test_the_palettes_keys_and_theme_commands_stay_in_factdeck(
    make_app: Callable[..., FactDeckApp],
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await settle(pilot)
        await pilot.press(*"keys", "enter")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)  # not Textual's side panel (Escape closes it)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        app.theme = "nord"  # what the palette's Theme command does
        await settle(pilot)
        assert app.store.settings()["theme"] == "nord"  # kept for the next start


async def test_the_palette_finds_flashcards_by_study_and_no_generic_keys(
    make_app: Callable[..., FactDeckApp],
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert not {"Focus Next", "Copy selected text"} & {
            row.description for row in key_rows(app.screen, generic=False)
        }
        await pilot.press("ctrl+p")
        await settle(pilot)
        await pilot.press(*"study")
        await settle(pilot)
        assert "Flashcards" in screen_text(app)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, FlashcardScreen)
