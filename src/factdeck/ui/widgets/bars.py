"""The title line at the top of every screen and the key bar at the bottom.

Light stand-ins for Textual's ``Header`` and ``Footer``: each is one widget that renders one line,
so opening a screen or changing which keys apply costs a repaint, not a rebuild of a widget per
key. The key bar lists the current screen's active bindings (those with ``show=True``), grouped
as the ``Footer`` does (one entry per action), and a click on an entry presses its key.
"""

from __future__ import annotations

from textual.content import Content
from textual.events import Click
from textual.screen import Screen
from textual.widget import Widget


class TitleBar(Widget):
    """``◆ FactDeck — <screen title> — <deck>``; the deck name is shown literally."""

    DEFAULT_CSS = """
    TitleBar {
        dock: top;
        height: 1;
        background: $panel;
        color: $foreground;
    }
    """

    def render(self) -> Content:
        screen = self.screen
        title = screen.title if screen.title is not None else self.app.title
        parts: list[str | Content | tuple[str, str]] = [(" ◆ ", "bold"), (title, "bold")]
        if self.app.sub_title:
            parts += [(" — ", "dim"), Content(self.app.sub_title).stylize("dim")]
        return Content.assemble(*parts)


class KeyBar(Widget):
    """The keys that apply right now, with what they do; the command palette key on the right."""

    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: 1;
        background: $footer-background;
        color: $footer-foreground;
    }
    """

    def __init__(self) -> None:
        super().__init__()
        self._targets: list[tuple[int, int, str]] = []

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen[object]) -> None:
        self.refresh()

    def entries(self) -> list[tuple[str, str, str, bool]]:
        """``(key to press, key shown, description, enabled)`` for each shown action."""
        shown: list[tuple[str, str, str, bool]] = []
        seen: set[tuple[int, str]] = set()
        palette = self.app.COMMAND_PALETTE_BINDING
        for key, (node, binding, enabled, _tooltip) in self.screen.active_bindings.items():
            if not binding.show or key == palette or (id(node), binding.action) in seen:
                continue
            seen.add((id(node), binding.action))
            shown.append((key, self.app.get_key_display(binding), binding.description, enabled))
        return shown

    def render(self) -> Content:
        parts: list[str | tuple[str, str]] = []
        targets: list[tuple[int, int, str]] = []
        position = 0
        for key, display, description, enabled in self.entries():
            text = f" {display} "
            label = f"{description} "
            style = "bold $footer-key-foreground" if enabled else "dim"
            parts += [(text, style), (label, "" if enabled else "dim")]
            targets.append((position, position + len(text) + len(label), key))
            position += len(text) + len(label)
        if self.app.ENABLE_COMMAND_PALETTE:
            palette = " ^p palette "
            gap = max(1, self.size.width - position - len(palette))
            parts += [" " * gap, ("^p", "bold $footer-key-foreground"), " palette "]
            targets.append((position + gap, position + gap + len(palette), "ctrl+p"))
        self._targets = targets
        return Content.assemble(*parts)

    def on_click(self, event: Click) -> None:
        event.stop()
        for start, end, key in self._targets:
            if start <= event.x < end:
                self.app.simulate_key(key)
                return
