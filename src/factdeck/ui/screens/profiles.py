"""Profiles: pick another learner's saves, or create one by typing a new name.

Names follow the store's rules (its error message is shown for a bad one). Switching opens the
new profile's store first, then closes the old one and releases its lock, so a profile that
cannot be opened (locked by another copy, say) leaves the current one in place.
"""

from __future__ import annotations

from typing import ClassVar

from textual import work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from factdeck.progress import InvalidProfileName, ProgressError
from factdeck.progress.errors import PROFILE_NAME_RULE
from factdeck.progress.layout import normalise_profile_name, profile_names
from factdeck.ui import keys
from factdeck.ui.screens.base import FactDeckScreen
from factdeck.ui.widgets.literal import Literal


class ProfilesScreen(FactDeckScreen[None]):
    """The saved profiles (Enter opens the one selected) and a field for a new name."""

    BINDINGS: ClassVar[list[BindingType]] = keys.PROFILES
    CSS_PATH = "profiles.tcss"
    TITLE = "Profiles"

    def compose_body(self) -> ComposeResult:
        app = self.factdeck
        try:
            names = profile_names(app.saves_dir)
        except ProgressError as error:
            names = []
            self.notify(str(error), severity="error", markup=False)
        if app.profile not in names:
            names = sorted([*names, app.profile])
        with Vertical(id="profiles"):
            yield Literal(
                Content.assemble("Open now: ", Content(app.profile).stylize("bold")),
                id="profiles-current",
            )
            yield Static("Saved profiles (↑↓ and Enter to switch):", classes="muted")
            yield OptionList(
                *[
                    Option(
                        Content.assemble(
                            Content(name), (" (open now)" if name == app.profile else "", "dim")
                        ),
                        id=name,
                    )
                    for name in names
                ],
                id="profiles-list",
            )
            yield Static("Or type a new name and press Enter:", classes="muted")
            yield Input(
                placeholder=PROFILE_NAME_RULE,
                id="profiles-new",
                max_length=60,
            )
            yield Literal(id="profiles-message")

    def on_mount(self) -> None:
        profiles = self.query_one("#profiles-list", OptionList)
        # Start on the open profile: Enter at once changes nothing.
        profiles.highlighted = profiles.get_option_index(self.factdeck.profile)
        profiles.focus()

    def on_option_list_option_selected(self, message: OptionList.OptionSelected) -> None:
        message.stop()
        if message.option.id is not None:
            self.choose(message.option.id)

    def on_input_submitted(self, message: Input.Submitted) -> None:
        message.stop()
        self.choose(message.value.strip())

    def choose(self, name: str) -> None:
        """Switch to profile ``name`` (creating it), unless it is the one open (names that
        differ only in case or Unicode form are one profile)."""
        try:
            same = normalise_profile_name(name).casefold() == self.factdeck.profile.casefold()
        except InvalidProfileName:
            same = False  # the store explains what is wrong with it
        if same:
            self.dismiss(None)
            return
        self.switch(name)

    @work(exclusive=True, group="save")
    async def switch(self, name: str) -> None:
        """Open ``name``'s saves in place of the current ones, then go back home."""
        app = self.factdeck
        message = self.query_one("#profiles-message", Literal)
        message.set_text("")
        try:
            await app.in_store(app.switch_profile, name)
        except ProgressError as error:
            message.set_text(str(error))
            return
        app.apply_preferences()
        self.notify(f"Profile {app.profile} is open.", markup=False)
        self.dismiss(None)
        app.show_repairs()

    def action_back(self) -> None:
        """Back to the home screen, with the same profile."""
        self.dismiss(None)
