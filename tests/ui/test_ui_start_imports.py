"""Start-up loads what the home screen needs and no more: each mode's screen, the tools of the
other commands and the libraries used only while answering load when first used."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from factdeck import paths

START = """
import asyncio, sys
from factdeck.ui.app import FactDeckApp
from factdeck.ui.screens.home import HomeScreen

async def main():
    app = FactDeckApp(sys.argv[1], sys.argv[2])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen), app.screen

asyncio.run(main())
print(" ".join(sorted(sys.modules)))
"""

NOT_AT_START = (
    "factdeck.generate",
    "factdeck.export",
    "factdeck.commands",
    "factdeck.study.stats",
    "factdeck.study.history",
    "factdeck.ui.screens.quiz_setup",
    "factdeck.ui.screens.quiz",
    "factdeck.ui.screens.flashcards",
    "factdeck.ui.screens.review",
    "factdeck.ui.screens.stats",
    "factdeck.ui.screens.memory",
    "factdeck.ui.screens.profiles",
    "factdeck.ui.screens.help",
    "factdeck.ui.screens.problem",
    "factdeck.ui.dialogs.notice",
    "rapidfuzz",
)
"""Modules (packages with everything under them) the home screen does without."""


def _loaded_at_start(saves: Path) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", START, str(paths.SHIPPED_BANK), str(saves)],
        capture_output=True,
        text=True,
        check=True,
    )
    return set(done.stdout.split())


def test_start_up_loads_only_what_the_home_screen_needs(tmp_path: Path) -> None:
    loaded = _loaded_at_start(tmp_path)
    assert "factdeck.ui.screens.home" in loaded  # the probe saw a real start
    early = sorted(
        module
        for module in loaded
        for unneeded in NOT_AT_START
        if module == unneeded or module.startswith(unneeded + ".")
    )
    assert early == []
