"""Every key binding of the app, in one place.

Each binding has an ``id`` (``"<screen>.<action>"``) so keys can be remapped with
``App.set_keymap``, and a description for the footer and the help screen. Screens and widgets
take their ``BINDINGS`` from here; a new screen adds its own list below.
"""

from __future__ import annotations

from textual.binding import Binding, BindingType

APP: list[BindingType] = [
    Binding("ctrl+q", "quit", "Quit", id="app.quit", priority=True),
    Binding("question_mark,f1", "help", "Help", key_display="?", id="app.help"),
]
"""Bindings active everywhere."""

HOME: list[BindingType] = [
    Binding("q", "mode('quiz-setup')", "Quiz", id="home.quiz"),
    Binding(
        "f",
        "mode('study')",
        "Flashcards",
        tooltip="Study the cards due today (spaced repetition)",
        id="home.flashcards",
    ),
    Binding(
        "r", "mode('review')", "Review", tooltip="Ask the missed questions again", id="home.review"
    ),
    Binding("s", "mode('stats')", "Stats", id="home.stats"),
    Binding("o", "mode('settings')", "Settings", id="home.settings"),
    Binding(
        "p",
        "mode('profiles')",
        "Profile",
        tooltip="Switch to another learner, or add one",
        id="home.profiles",
    ),
]
"""The home screen: one key per mode. Every one is in the key bar, which fits them on one line
at 80 columns ("Review", not "Review missed": the menu above it says that in full)."""

QUIZ_SETUP: list[BindingType] = [
    Binding("enter", "start", "Start", id="setup.start", priority=True),
    Binding("escape", "back", "Back", id="setup.back"),
]
"""Quiz setup: Enter starts with whatever is filled in."""

ANSWERING: list[BindingType] = [
    Binding("escape", "leave", "Leave", id="answer.leave"),
    Binding("enter", "continue", "Continue", id="answer.continue"),
    Binding("i", "override", "I was right", id="answer.override"),
]
"""A question screen (quiz or review). Continue and override only act on feedback."""

CHOICE: list[BindingType] = [
    Binding("1,a", "pick(0)", "Answer", key_display="1-4/a-d", id="choice.pick1"),
    Binding("2,b", "pick(1)", "Option 2", show=False, id="choice.pick2"),
    Binding("3,c", "pick(2)", "Option 3", show=False, id="choice.pick3"),
    Binding("4,d", "pick(3)", "Option 4", show=False, id="choice.pick4"),
]
"""Multiple choice: a number or a letter picks an option."""

TRUE_FALSE: list[BindingType] = [
    Binding("t", "pick(0)", "True", id="truefalse.true"),
    Binding("f", "pick(1)", "False", id="truefalse.false"),
]
"""True or false."""

ORDERING: list[BindingType] = [
    Binding("up", "cursor(-1)", "Select", key_display="↑↓", id="ordering.up"),
    Binding("down", "cursor(1)", "Select down", show=False, id="ordering.down"),
    Binding("shift+up,ctrl+up", "move(-1)", "Move", key_display="⇧↑↓", id="ordering.move-up"),
    Binding("shift+down,ctrl+down", "move(1)", "Move down", show=False, id="ordering.move-down"),
    Binding(
        "backspace",
        "take_back_typed",
        "Take back a typed number",
        show=False,
        id="ordering.take-back",
    ),
    Binding("enter", "submit", "Submit", id="ordering.submit"),
]
"""Ordering: select an item and move it, or type the order (``3142``); Enter submits."""

RESULTS: list[BindingType] = [
    Binding("r", "review", "Review missed", id="results.review"),
    Binding("q", "again", "New quiz", id="results.again"),
    Binding("escape,enter", "home", "Home", key_display="esc", id="results.home"),
]
"""The results of a finished quiz."""

REVIEW_DONE: list[BindingType] = [
    Binding("q", "quiz", "Quiz", id="review-done.quiz"),
    Binding("escape,enter", "home", "Home", key_display="esc", id="review-done.home"),
]
"""The end of a review (or an empty missed set)."""

PROBLEM: list[BindingType] = [
    Binding("escape,enter", "close", "Close", key_display="esc", id="problem.close"),
]
"""A problem that stops the app from starting."""

DIALOG: list[BindingType] = [
    Binding("y", "answer(True)", "Yes", id="dialog.yes"),
    Binding("n,escape", "answer(False)", "No", key_display="n/esc", id="dialog.no"),
]
"""A yes/no question."""

NOTICE: list[BindingType] = [
    Binding("escape,enter", "close", "Close", key_display="esc", id="notice.close"),
]
"""A dialog that only informs."""

FLASHCARDS: list[BindingType] = [
    Binding("space", "reveal", "Show answer", id="flashcards.reveal"),
    Binding(
        "1",
        "rate(1)",
        "Rate",
        key_display="1-4",
        tooltip="1 Again · 2 Hard · 3 Good · 4 Easy",
        id="flashcards.again",
    ),
    Binding("2", "rate(2)", "Rate Hard", show=False, id="flashcards.hard"),
    Binding("3", "rate(3)", "Rate Good", show=False, id="flashcards.good"),
    Binding("4", "rate(4)", "Rate Easy", show=False, id="flashcards.easy"),
    Binding("ctrl+z", "undo", "Undo", id="flashcards.undo"),
    Binding("s", "suspend", "Suspend", id="flashcards.suspend"),
    Binding("b", "bury", "Bury", id="flashcards.bury"),
    Binding(
        "w", "flag_wrong", "Wrong?", tooltip="Report this question as wrong", id="flashcards.flag"
    ),
    Binding("c", "cram", "Study ahead", id="flashcards.cram"),
    Binding("r", "review", "Review missed", id="flashcards.review"),
    Binding("escape", "back", "Back", id="flashcards.back"),
]
"""Flashcards: reveal, rate, undo, take a card out of study; when nothing is due, cram or review."""

STATS: list[BindingType] = [
    Binding("u", "restore", "Restore to study", id="stats.restore"),
    Binding("escape", "back", "Back", id="stats.back"),
]
"""The statistics screen (its sections scroll with the arrow keys and Page Up/Down)."""

SETTINGS: list[BindingType] = [
    Binding("ctrl+s", "save", "Save", id="settings.save", priority=True),
    Binding("f2", "memory", "Memory & exam", id="settings.memory"),
    Binding("escape", "back", "Back", id="settings.back"),
]
"""The settings form (Enter in a field saves too)."""

MEMORY: list[BindingType] = [
    Binding("ctrl+f", "fit", "Fit my memory model", id="memory.fit", priority=True),
    Binding("escape", "back", "Back", id="memory.back"),
]
"""The memory model and exam screen (Enter in an exam field saves the exam)."""

PROFILES: list[BindingType] = [
    Binding("escape", "back", "Back", id="profiles.back"),
]
"""Picking or creating a profile (Enter opens the one selected or typed)."""

HELP: list[BindingType] = [
    Binding("escape,question_mark", "close", "Close", key_display="esc", id="help.close"),
]
"""The list of keys."""


FACTDECK_IDS = frozenset(
    binding.id
    for bindings in (
        APP,
        HOME,
        QUIZ_SETUP,
        ANSWERING,
        CHOICE,
        TRUE_FALSE,
        ORDERING,
        RESULTS,
        REVIEW_DONE,
        PROBLEM,
        DIALOG,
        NOTICE,
        FLASHCARDS,
        STATS,
        SETTINGS,
        PROFILES,
        HELP,
    )
    for binding in bindings
    if isinstance(binding, Binding) and binding.id is not None
)
"""The ids of FactDeck's own bindings (the help tells them from Textual's generic keys)."""
