"""The title line at the top of every screen and the key bar at the bottom.

Light stand-ins for Textual's ``Header`` and ``Footer``: each is one widget that renders one line,
so opening a screen or changing which keys apply costs a repaint, not a rebuild of a widget per
key. The key bar lists the current screen's active bindings (those with ``show=True``), grouped
as the ``Footer`` does (one entry per action), and a click on an entry presses its key.
"""

from __future__ import annotations

from textual.content import Content
from textual.events import Click, Resize
from textual.geometry import Size
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

    def __init__(self) -> None:
        super().__init__()
        self.set_reactive(TitleBar.auto_links, False)  # no links: skip looking for them

    def render(self) -> Content:
        screen = self.screen
        title = screen.title if screen.title is not None else self.app.title
        parts: list[str | Content | tuple[str, str]] = [(" ◆ ", "bold"), (title, "bold")]
        if self.app.sub_title:
            parts += [(" — ", "dim"), Content(self.app.sub_title).stylize("dim")]
        return Content.assemble(*parts)


class KeyBar(Widget):
    """The keys that apply right now, with what they do; the command palette key on the right.

    When the keys do not fit on one line they continue on a second, never splitting an entry (the
    blank after the last one on a line may be left out for it to fit).
    """

    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: auto;
        max-height: 3;
        background: $footer-background;
        color: $footer-foreground;
    }
    """

    PALETTE = " ^p palette "
    """The command palette entry, shown at the right end of the last line when there is room."""

    def __init__(self) -> None:
        super().__init__()
        self.set_reactive(KeyBar.auto_links, False)  # no links: skip looking for them
        self._targets: list[tuple[int, int, int, str]] = []

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen[object]) -> None:
        self.refresh(layout=True)

    def on_resize(self, event: Resize) -> None:
        # Notices stack just above the bar, however many lines it takes, never over its keys.
        for rack in self.screen.query("#textual-toastrack"):
            rack.styles.margin = (0, 0, event.size.height, 0)

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

    def _lines(self, width: int) -> list[list[tuple[str, str, str, bool]]]:
        """The entries, line by line, in ``width`` cells."""
        lines: list[list[tuple[str, str, str, bool]]] = [[]]
        used = 0
        for entry in self.entries():
            size = len(entry[1]) + len(entry[2]) + 3
            # An entry ends in a blank before the next: the last on a line may lose it.
            if lines[-1] and used + size - 1 > width:
                lines.append([])
                used = 0
            lines[-1].append(entry)
            used += size
        return lines

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self._lines(width))

    def render(self) -> Content:
        width = self.size.width
        rendered: list[Content] = []
        targets: list[tuple[int, int, int, str]] = []
        lines = self._lines(width)
        for y, line in enumerate(lines):
            parts: list[str | tuple[str, str]] = []
            position = 0
            for key, display, description, enabled in line:
                text, label = f" {display} ", f"{description} "
                if position + len(text) + len(label) > width:
                    label = description  # the last entry, ending at the right edge
                style = "bold $footer-key-foreground" if enabled else "dim"
                parts += [(text, style), (label, "" if enabled else "dim")]
                targets.append((y, position, position + len(text) + len(label), key))
                position += len(text) + len(label)
            last = y == len(lines) - 1
            if last and self.app.ENABLE_COMMAND_PALETTE and position + len(self.PALETTE) < width:
                gap = width - position - len(self.PALETTE)
                parts += [" " * gap, ("^p", "bold $footer-key-foreground"), " palette "]
                targets.append((y, position + gap, width, "ctrl+p"))
            rendered.append(Content.assemble(*parts))
        self._targets = targets
        return Content("\n").join(rendered)

    def on_click(self, event: Click) -> None:
        event.stop()
        for y, start, end, key in self._targets:
            if y == event.y and start <= event.x < end:
                self.app.simulate_key(key)
                return
