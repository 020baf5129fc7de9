"""A saved fact memory that cannot be read stops the start with a message and changes nothing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from conftest import screen_text, settle

from factdeck.progress import ProgressStore
from factdeck.ui.app import FactDeckApp
from factdeck.ui.screens.problem import EXIT_PROBLEM, ProblemScreen


async def test_an_unreadable_fact_memory_is_explained_and_kept(
    make_app: Callable[..., FactDeckApp], saves: Path
) -> None:
    with ProgressStore.open(saves) as store:
        store.put_fact_state("sputnik", {"card": "not a card"})
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, ProblemScreen)
        shown = screen_text(app)
        assert "Your saves could not be read" in shown
        assert "'sputnik'" in shown
        await pilot.press("enter")
    assert app.return_code == EXIT_PROBLEM
    with ProgressStore.open(saves) as store:  # the lock was released and the state kept
        assert store.fact_state("sputnik") == {"card": "not a card"}


async def test_repairs_made_before_an_unreadable_memory_are_shown(
    make_app: Callable[..., FactDeckApp], saves: Path
) -> None:
    with ProgressStore.open(saves) as store:
        store.put_fact_state("sputnik", {"card": "not a card"})
        folder = store.directory
    (folder / "sessions.json").write_bytes(b"\x00" * 8)
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, ProblemScreen)
        shown = " ".join(screen_text(app).split())
        assert (
            "sessions.json: it is not JSON: Expecting value, byte 0; moved aside as sessions.json.corrupt-"
            in shown
        )
        assert "Damaged files were moved aside as named above, not deleted" in shown
        assert "Nothing was overwritten" not in shown
        await pilot.press("enter")
