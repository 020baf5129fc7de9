"""The mode router's table: which screen opens for each mode name.

``FactDeckApp.push_mode(name, **options)`` looks the name up here, imports the screen lazily
(start-up only pays for the home screen) and pushes what the factory gives: a screen class is
called as ``factory(**options)``, a function as ``factory(app, **options)`` with the running app
(to decide which screen to show). A new screen is one line below.
"""

from __future__ import annotations

MODE_SCREENS: dict[str, str] = {
    "quiz-setup": "factdeck.ui.screens.quiz_setup:QuizSetupScreen",
    "quiz": "factdeck.ui.screens.quiz:QuizScreen",
    "review": "factdeck.ui.screens.review:open_review",
    "study": "factdeck.ui.screens.flashcards:FlashcardScreen",
    "stats": "factdeck.ui.screens.stats:StatsScreen",
    "settings": "factdeck.ui.screens.settings:SettingsScreen",
    "memory": "factdeck.ui.screens.memory:MemoryScreen",
    "profiles": "factdeck.ui.screens.profiles:ProfilesScreen",
}
"""Mode name → ``"module:factory"`` (a screen class, or a function of the app returning a
screen)."""


class CannotOpen(Exception):
    """Raised by a mode's factory when it cannot open (the message says why)."""
