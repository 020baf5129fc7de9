"""Every key of the current screen, read from its active bindings so the list cannot drift.

``key_rows(screen)`` turns a screen's active bindings (the focused widget's, the screen's and
the app's) into rows. The help screen (``?``) lists them; ``KeyCommands`` offers the same
actions in the command palette (``ctrl+p``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import partial
from typing import Any, ClassVar

from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.containers import ScrollableContainer, VerticalScroll
from textual.content import Content
from textual.dom import DOMNode
from textual.screen import Screen
from textual.widgets import Input, OptionList

from factdeck.ui import keys
from factdeck.ui.screens.base import FactDeckScreen
from factdeck.ui.widgets.literal import Literal


@dataclass(frozen=True)
class KeyRow:
    """One action and the keys bound to it."""

    keys: str
    """The keys, as shown to the learner (``esc / enter``)."""
    description: str
    """What the action does."""
    detail: str
    """More about it (the binding's tooltip), or empty."""
    enabled: bool
    """False when the action exists on the screen but does nothing at the moment."""
    node: DOMNode
    """Where the binding is defined (the action runs there)."""
    action: str
    """The action string, e.g. ``rate(3)``."""

    @property
    def group(self) -> str:
        """``This screen``, ``Everywhere``, or the widget the keys belong to."""
        if isinstance(self.node, App):
            return "Everywhere"
        if isinstance(self.node, Screen):
            return "This screen"
        if isinstance(self.node, ScrollableContainer):
            return "Scrolling"
        if isinstance(self.node, Input):
            return "Typing"
        if isinstance(self.node, OptionList):
            return "In the list"
        return "Where the cursor is"


def _describe(binding: Binding) -> str:
    if binding.description:
        return binding.description
    return binding.action.replace("_", " ").split("(")[0].strip().capitalize()


GENERIC_KEYS_SHOWN = 6
"""How many of a widget's generic keys (scrolling, editing) its summary row names."""

GENERIC_DESCRIPTIONS = {
    "Scrolling": "Scroll",
    "Typing": "Move in and edit the text",
    "In the list": "Move in the list",
    "Where the cursor is": "Move",
}
"""What a widget's generic keys do, summed up in one row of its group."""


def _is_factdeck(binding: Binding) -> bool:
    return binding.id is not None and binding.id in keys.FACTDECK_IDS


def key_rows(screen: Screen[Any], *, generic: bool = True) -> list[KeyRow]:
    """The keys active on ``screen`` now, one row per action, screen first, app last.

    FactDeck's own keys each get a row. Textual's generic keys of the app and the screen (focus
    next, copy) are left out; those of a widget (scrolling, editing, moving in a list) are
    summed up in one row per group, unless ``generic`` is False (then left out too).
    """
    app = screen.app
    grouped: dict[tuple[int, str, str], tuple[list[str], Binding, DOMNode, bool]] = {}
    summaries: dict[int, tuple[list[str], DOMNode]] = {}
    for key, active in screen.active_bindings.items():
        binding = active.binding
        if not _is_factdeck(binding):
            if generic and not isinstance(active.node, App | Screen):
                generic_keys, _ = summaries.setdefault(id(active.node), ([], active.node))
                display = app.get_key_display(replace(binding, key=key, key_display=None))
                if display not in generic_keys:
                    generic_keys.append(display)
            continue
        ident = (id(active.node), binding.id or binding.action, binding.action)
        shown = app.get_key_display(replace(binding, key=key, key_display=None))
        if ident in grouped:
            keys_shown = grouped[ident][0]
            if shown not in keys_shown:
                keys_shown.append(shown)
        else:
            grouped[ident] = ([shown], binding, active.node, active.enabled)
    rows = [
        KeyRow(
            keys=" / ".join(shown),
            description=_describe(binding),
            detail=binding.tooltip,
            enabled=enabled,
            node=node,
            action=binding.action,
        )
        for shown, binding, node, enabled in grouped.values()
    ]
    for generic_keys, node in summaries.values():
        row = KeyRow(" ".join(generic_keys[:GENERIC_KEYS_SHOWN]), "", "", True, node, "")
        rows.append(replace(row, description=GENERIC_DESCRIPTIONS[row.group]))
    order = {"This screen": 0, "Everywhere": 2}
    return sorted(rows, key=lambda row: order.get(row.group, 1))


def help_content(rows: list[KeyRow]) -> Content:
    """The rows as aligned text, under a heading per group (readable without colour)."""
    width = max((len(row.keys) for row in rows), default=0) + 2
    parts: list[str | Content | tuple[str, str]] = []
    group = None
    for row in rows:
        if row.group != group:
            group = row.group
            parts += ["\n" if parts else "", (group, "bold underline"), "\n"]
        parts += [(f"  {row.keys:<{width}}", "bold"), Content(row.description)]
        if row.detail:
            parts += [("  " + row.detail, "dim")]
        if not row.enabled:
            parts += [("  (not now)", "dim italic")]
        parts.append("\n")
    return Content.assemble(*parts)


class HelpScreen(FactDeckScreen[None]):
    """The keys of the screen it was opened from; ``escape`` or ``?`` closes it.

    Args:
        screen: The screen whose keys to list (read when the help opens).
    """

    BINDINGS: ClassVar[list[BindingType]] = keys.HELP
    CSS_PATH = "help.tcss"
    TITLE = "Keys"

    def __init__(self, screen: Screen[Any]) -> None:
        super().__init__()
        self.rows = key_rows(screen)
        """The keys listed."""
        self.about = screen.title or type(screen).__name__.removesuffix("Screen")
        """The name of the screen the keys belong to."""

    def compose_body(self) -> ComposeResult:
        with VerticalScroll(id="help"):
            yield Literal(
                Content.assemble(
                    ("Keys on the ", "bold"),
                    Content(self.about).stylize("bold"),
                    (" screen", "bold"),
                ),
                id="help-title",
            )
            yield Literal(help_content(self.rows), id="help-keys")
            yield Literal(
                "Every action is also in the command palette: ctrl+p, then type its name.",
                classes="muted",
            )

    def action_close(self) -> None:
        """Back to the screen the help was opened from."""
        self.dismiss(None)


class KeyCommands(Provider):
    """The command palette's entries for the keys of the screen it was opened from."""

    def _rows(self) -> list[KeyRow]:
        return [row for row in key_rows(self.screen, generic=False) if row.enabled]

    def _command(self, row: KeyRow) -> partial[Any]:
        return partial(self.app.run_action, row.action, row.node)

    async def discover(self) -> Hits:
        for row in self._rows():
            yield DiscoveryHit(row.description, self._command(row), help=f"Key: {row.keys}")

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for row in self._rows():
            # Its tooltip's words find it too: "study" finds Flashcards.
            score = max(matcher.match(row.description), matcher.match(row.detail) / 2)
            if score > 0:
                yield Hit(
                    score,
                    matcher.highlight(row.description),
                    self._command(row),
                    text=row.description,
                    help=f"Key: {row.keys}",
                )
