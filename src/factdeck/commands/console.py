"""rich consoles for the command line's tables and progress bars.

The command line prints through ``controls.VisibleText``, which would show rich's own styling
sequences as ``^[[1m``; a console therefore writes to the stream underneath (``unfiltered``),
and every piece of untrusted text given to it must be a ``rich.text.Text`` made with
``shown`` (never markup, its control characters made visible).
"""

from __future__ import annotations

from typing import TextIO

from rich.console import Console
from rich.text import Text

from factdeck import controls

UNWRAPPED_WIDTH = 10_000
"""The width of a console that is not a terminal: a table keeps one row a line, for a pager or
``grep``, instead of wrapping at a guessed 80 columns."""


def console_for(stream: TextIO) -> Console:
    """A console writing to ``stream`` (``sys.stdout`` or ``sys.stderr`` of the command line):
    styled on a terminal, plain elsewhere, and never interpreting markup or emoji codes."""
    terminal = stream.isatty()
    return Console(
        file=getattr(stream, "unfiltered", stream),
        force_terminal=terminal,
        width=None if terminal else UNWRAPPED_WIDTH,
        markup=False,
        emoji=False,
        highlight=False,
    )


def shown(text: str) -> Text:
    """Untrusted text for a console: literal, with control characters (newlines and tabs too)
    in ``cat -v`` notation."""
    return Text(controls.visible_line(text))
