"""The FactDeck terminal app: opens the bank and the learner's saves, then routes between modes.

Screens talk to the study logic through ``FactDeckApp.service`` (a ``StudyService``); they never
grade, schedule or write anything themselves. Saving happens in a worker thread through
``FactDeckApp.in_store`` so the interface stays responsive while the store makes each answer
durable.
"""

from __future__ import annotations

import asyncio
import functools
import importlib
import os
import random
import signal
import threading
import time
from collections.abc import Callable, Iterable
from datetime import datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, ParamSpec, TypeVar

from factdeck.ui.collector import collector_paused, loading_for_good

# Loaded once for the life of the process: out of the collector's way (see the module).
with loading_for_good():
    from textual import events, work
    from textual.app import App, SystemCommand
    from textual.binding import BindingType
    from textual.command import Provider
    from textual.screen import Screen
    from textual.theme import Theme

    from factdeck import paths
    from factdeck.bank import Bank, BankError, load_bank
    from factdeck.progress import (
        InvalidProfileName,
        ProfileLocked,
        ProgressError,
        ProgressStore,
        SavesTooNew,
    )
    from factdeck.study.clock import local_zone
    from factdeck.study.ordering import ItemShuffler
    from factdeck.study.quiz import QuizSettings
    from factdeck.study.service import StudyService
    from factdeck.ui import keys
    from factdeck.ui.modes import MODE_SCREENS, CannotOpen
    from factdeck.ui.widgets.too_small import MIN_HEIGHT, MIN_WIDTH

if TYPE_CHECKING:
    from factdeck.ui.screens.problem import ProblemScreen

WIDTH_CLASSES = [(0, "-narrow"), (MIN_WIDTH, "-wide")]
"""Screen classes by terminal width: ``-narrow`` shows the too-small notice."""
HEIGHT_CLASSES = [(0, "-short"), (MIN_HEIGHT, "-tall")]
"""Screen classes by terminal height: ``-short`` shows the too-small notice."""

EXIT_SIGNALS = (signal.SIGTERM, signal.SIGHUP)
"""Signals that end the app as quitting does: the terminal is restored and the profile's lock
given back (every answer is already saved), so the next start finds nothing to check."""

P = ParamSpec("P")
T = TypeVar("T")


def open_bank(path: Path, saves: Path) -> Bank:
    """Read the bank at ``path`` (the collector paused while its objects are built), checking
    it only if the saves folder ``saves`` has no note of it having passed (see ``load_bank``).

    Raises:
        BankError: the file is missing or not a usable bank.
    """
    with collector_paused():
        return load_bank(path, checked=paths.checked_banks(saves))


def bank_advice(path: Path) -> str:
    """What to do about a bank that cannot be opened: import a document, or check the bank."""
    if path.suffix.lower() in (".txt", ".md", ".csv", ".tsv"):
        return f"Make a deck of it first: factdeck import {path} --deck NAME"
    return f"Check it with: factdeck bank check {path}"


def _problem_screen(title: str, problems: list[str], advice: str) -> ProblemScreen:
    """The screen shown instead of the app when it cannot start (imported only then)."""
    from factdeck.ui.screens.problem import ProblemScreen

    return ProblemScreen(title, problems, advice)


def _key_commands() -> type[Provider]:
    """The command palette's entries for the current screen's keys (imported when first used)."""
    from factdeck.ui.screens.help import KeyCommands

    return KeyCommands


class FactDeckApp(App[None]):
    """The terminal app.

    Args:
        bank_path: The question bank (default: ``--bank``, ``$FACTDECK_BANK``, the shipped bank).
        saves_dir: Where progress is kept (default: ``$FACTDECK_SAVES``, else ``saves/``).
        profile: The learner profile to open.
        mode: The mode to open on: ``home``, ``quiz``, ``study``, ``review`` or ``stats``.
        quiz_settings: Settings for a quiz opened from the command line, and the defaults shown
            by the quiz setup screen.
        now: The wall clock (UTC) for the study logic; the real one when None.
        tz: The time zone study days roll over in and times are shown in; None: the
            computer's (with its daylight-saving rules).
        clock: The monotonic clock quiz deadlines are measured with.
        seed: Fixes the choice and order of quiz questions (tests); random when None.
        bank: The bank at ``bank_path``, when already read (the command line reads it first, to
            report a problem before drawing anything).
    """

    CSS_PATH = "app.tcss"
    TITLE = "FactDeck"
    BINDINGS: ClassVar[list[BindingType]] = keys.APP
    COMMANDS: ClassVar[set[type[Provider] | Callable[[], type[Provider]]]] = {
        *App.COMMANDS,
        _key_commands,
    }
    HORIZONTAL_BREAKPOINTS = WIDTH_CLASSES
    VERTICAL_BREAKPOINTS = HEIGHT_CLASSES

    def __init__(
        self,
        bank_path: str | os.PathLike[str] | None = None,
        saves_dir: str | os.PathLike[str] | None = None,
        profile: str = "default",
        *,
        mode: str = "home",
        quiz_settings: QuizSettings | None = None,
        now: Callable[[], datetime] | None = None,
        tz: tzinfo | None = None,
        clock: Callable[[], float] = time.monotonic,
        seed: int | None = None,
        bank: Bank | None = None,
    ) -> None:
        super().__init__()
        self.bank_path: Path = paths.bank_path(bank_path)
        """The bank file opened."""
        self.saves_dir: Path = paths.saves_dir(saves_dir)
        """The folder holding the learner's progress."""
        self.profile = profile
        """The learner profile."""
        self.start_mode = mode
        """The mode opened after start-up."""
        self.quiz_settings = quiz_settings if quiz_settings is not None else QuizSettings()
        """Settings for the next quiz (from the command line, then from the setup screen)."""
        self.launch_quiz_settings = self.quiz_settings
        """The quiz settings the app started with: a profile opened later starts from them, as
        if the app had been started on it."""
        self.default_theme = self.theme
        """The theme of a profile that never picked one."""
        self.now = now
        """The study logic's wall clock, when not the real one."""
        self.tz: tzinfo = tz if tz is not None else local_zone()
        """The learner's time zone: study days roll over and times show in it."""
        self.clock = clock
        """Monotonic clock for quiz deadlines."""
        self.seed = seed
        """Seed for question selection; None picks a fresh one per quiz."""
        self.item_order = ItemShuffler(seed)
        """The order ordering questions show their items in, shuffled afresh each time."""
        self._bank: Bank | None = bank
        self._store: ProgressStore | None = None
        self._service: StudyService | None = None
        self._store_lock = threading.Lock()

    # ---- What screens use ----

    @property
    def bank(self) -> Bank:
        """The open question bank."""
        if self._bank is None:
            raise RuntimeError("the bank is not open")
        return self._bank

    @property
    def service(self) -> StudyService:
        """The study logic over the bank and the learner's store."""
        if self._service is None:
            raise RuntimeError("the saves are not open")
        return self._service

    @property
    def store(self) -> ProgressStore:
        """The learner's progress store."""
        if self._store is None:
            raise RuntimeError("the saves are not open")
        return self._store

    async def in_store(self, work: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        """Run ``work`` (a service or store call that writes) in a thread, one call at a time.

        Returns once the call has returned, i.e. once what it wrote is durable.
        """
        return await self.start_in_store(work, *args, **kwargs)

    def start_in_store(
        self, work: Callable[P, T], *args: P.args, **kwargs: P.kwargs
    ) -> asyncio.Future[T]:
        """Like ``in_store``, but the thread starts now: await the future for the result."""
        call = functools.partial(self.in_store_now, work, *args, **kwargs)
        return asyncio.get_running_loop().run_in_executor(None, call)

    def in_store_now(self, work: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        """Run ``work`` (a quick service or store read) right away, after any write in flight."""
        with self._store_lock:
            return work(*args, **kwargs)

    @property
    def store_busy(self) -> bool:
        """Whether a store call is running in a thread (``in_store_now`` would wait for it).

        Most calls take milliseconds; reading a long history for the statistics takes seconds,
        and goes on after its screen is left.
        """
        return self._store_lock.locked()

    def question_seed(self) -> int:
        """The seed for choosing the next quiz's questions."""
        return self.seed if self.seed is not None else random.randrange(2**32)

    def mode_screen(self, name: str, **options: object) -> Screen[Any]:
        """The screen of mode ``name`` (see ``factdeck.ui.modes``), built with ``options``.

        Raises:
            CannotOpen: the mode has nothing to show (the message says why).
        """
        module_name, _, factory_name = MODE_SCREENS[name].partition(":")
        factory: Callable[..., Screen[Any]] = getattr(
            importlib.import_module(module_name), factory_name
        )
        # A class is a screen; a function is told the app, to choose the screen.
        screen: Screen[Any] = (
            factory(**options) if isinstance(factory, type) else factory(self, **options)
        )
        return screen

    def push_mode(self, name: str, *, replace: bool = False, **options: object) -> bool:
        """Open mode ``name`` (see ``factdeck.ui.modes``) with ``options`` for its screen.

        Args:
            name: The mode.
            replace: Replace the current screen instead of stacking on it.
            options: Keyword arguments for the mode's screen.

        Returns:
            Whether a screen opened (a mode with nothing to show says why in a notification).
        """
        try:
            screen = self.mode_screen(name, **options)
        except CannotOpen as error:
            self.notify(str(error), severity="warning", markup=False)
            return False
        if replace:
            self.switch_screen(screen)
        else:
            self.push_screen(screen)
        return True

    # ---- Start and stop ----

    def get_default_screen(self) -> Screen[Any]:
        """The home screen, or a screen explaining why the bank or the saves cannot be opened."""
        problem = self._open()
        if problem is not None:
            return problem
        from factdeck.ui.screens.home import HomeScreen

        return HomeScreen()

    def on_mount(self) -> None:
        self._handle_exit_signals(install=True)
        if self._service is None:
            return
        self.theme_changed_signal.subscribe(self, self._remember_theme)
        # What was repaired comes first, and the start mode only once it is read: a timed quiz
        # must not run (and time out) behind the notice.
        self.show_repairs(then=self._open_start_mode)

    def _open_start_mode(self) -> None:
        if self.start_mode != "home":
            self.push_mode(self.start_mode)

    def show_repairs(self, then: Callable[[], None] | None = None) -> None:
        """Tell the learner what opening the current profile had to repair, if anything.

        Args:
            then: Called once the notice is closed (at once when there is nothing to tell).
        """
        notes = self.store.recovery
        if not notes:
            if then is not None:
                then()
            return
        moved = any(note.moved_to is not None for note in notes)
        changed = moved or any(note.restored or note.lost != "nothing" for note in notes)
        from factdeck.ui.dialogs.notice import NoticeDialog  # only when there is something to tell

        lines = [str(note) for note in notes]
        if moved:
            lines.append("Damaged files were moved aside, not deleted.")
        self.push_screen(
            NoticeDialog(
                "Your saves were repaired" if changed else "Your saves were checked",
                lines,
            ),
            None if then is None else lambda _: then(),
        )

    def _open(self) -> ProblemScreen | None:
        """Open the bank, then the store; a screen explaining the problem if either fails."""
        try:
            if self._bank is None:
                self._bank = open_bank(self.bank_path, self.saves_dir)
        except BankError as error:
            return _problem_screen(
                "The question bank cannot be used",
                [str(problem) for problem in error.problems],
                f"{bank_advice(self.bank_path)}\nNothing was changed. Press Enter or Escape to quit.",
            )
        self.sub_title = self._bank.deck
        try:
            self._store = ProgressStore.open(self.saves_dir, profile=self.profile)
            self.profile = self._store.profile  # as stored: normalised, or a saved one's case
        except ProfileLocked as error:
            return _problem_screen(
                f"The profile {self.profile!r} is open in another FactDeck",
                [str(error)],
                "Close the other copy, then start again. Nothing was changed.",
            )
        except SavesTooNew as error:
            return _problem_screen(
                "These saves come from a newer version of FactDeck",
                [str(error)],
                "Update FactDeck to open them. They were left untouched.",
            )
        except InvalidProfileName as error:
            return _problem_screen(
                "That profile name cannot be used",
                [str(error)],
                "Start FactDeck with another --profile name.",
            )
        except (ProgressError, OSError) as error:
            return _problem_screen(
                "Your saves could not be opened",
                [str(error)],
                f"Nothing was overwritten. The saves are in {self.saves_dir}.",
            )
        try:
            self._service = (
                StudyService(self._bank, self._store, tz=self.tz)
                if self.now is None
                else StudyService(self._bank, self._store, now=self.now, tz=self.tz)
            )
        except ProgressError as error:
            repairs = self._store.recovery
            self._store.close()
            self._store = None
            # Opening may have repaired files before this: say what it did, not "nothing".
            moved = any(note.moved_to is not None for note in repairs)
            done = "Damaged files were moved aside as named above, not deleted; nothing else"
            return _problem_screen(
                "Your saves could not be read",
                [str(error), *(str(note) for note in repairs)],
                f"{done if moved else 'Nothing'} was overwritten. "
                f"The saves are in {self.saves_dir}.",
            )
        self.apply_preferences()
        return None

    def apply_preferences(self) -> None:
        """Set the app up for the profile just opened, as if the app had been started on it: its
        saved theme (else the default one), and the quiz settings the app started with, timed
        by its saved preferences unless the command line gave them. Nothing of the profile open
        before (settings typed in the quiz setup, say) carries over.
        """
        preferences = self.service.preferences
        theme = preferences.theme
        self.theme = (
            theme if theme is not None and theme in self.available_themes else self.default_theme
        )
        launch = self.launch_quiz_settings
        saved = {
            name: value
            for name, value in preferences.quiz_defaults().items()
            if name not in launch.model_fields_set
        }
        self.quiz_settings = launch.model_copy(update=saved)

    def switch_profile(self, profile: str) -> None:
        """Open ``profile`` (created if new) instead of the current one, then release the current
        one's lock. Run it through ``in_store`` (no other store call may run meanwhile).

        Raises:
            ProgressError: ``profile`` cannot be opened (bad name, locked, ...); the current
                profile stays open.
        """
        store = ProgressStore.open(self.saves_dir, profile=profile)
        old, self._store = self._store, store
        self._service = (
            StudyService(self.bank, store, tz=self.tz)
            if self.now is None
            else StudyService(self.bank, store, now=self.now, tz=self.tz)
        )
        self.profile = store.profile
        if old is not None:
            old.close()

    async def on_event(self, event: events.Event) -> None:
        if (
            isinstance(event, events.Key)
            and not event.is_forwarded
            and event.key != "ctrl+q"
            and (self.screen.has_class("-narrow") or self.screen.has_class("-short"))
        ):
            # The too-small notice hides the screen: no key may answer or act on it unseen.
            return
        await super().on_event(event)

    def _remember_theme(self, theme: Theme) -> None:
        """Keep a theme picked anywhere (settings, command palette) in the open profile."""
        if self._service is None or self._service.preferences.theme == theme.name:
            return
        self.save_theme(theme.name)

    @work(group="theme")
    async def save_theme(self, name: str) -> None:
        """Store the theme's name in the profile, so the next start uses it too."""
        try:
            await self.in_store(self.service.update_settings, theme=name)
        except ProgressError as error:
            self.notify(str(error), title="Theme not saved", severity="error", markup=False)

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """Textual's palette commands, with its "Keys" panel replaced by FactDeck's key list."""
        for command in super().get_system_commands(screen):
            if command.title == "Keys":
                yield SystemCommand("Keys", "List every key of this screen", self.action_help)
            else:
                yield command

    def action_help(self) -> None:
        """Show every key of the current screen."""
        from factdeck.ui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    def _handle_exit_signals(self, *, install: bool) -> None:
        loop = asyncio.get_running_loop()
        for signum in EXIT_SIGNALS:
            try:
                if install:
                    loop.add_signal_handler(signum, self.exit)
                else:
                    loop.remove_signal_handler(signum)
            except (ValueError, RuntimeError):
                return  # not the main thread: signals cannot reach this loop

    def on_unmount(self) -> None:
        self._handle_exit_signals(install=False)
        # Waits for a write in flight, so the answer it saves is complete before the lock goes.
        with self._store_lock:
            if self._store is not None:
                self._store.close()
                self._store = None
                self._service = None
