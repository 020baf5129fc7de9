"""Control characters in untrusted text: found, stripped, or made visible as ``cat -v`` does.

A terminal acts on control characters instead of showing them: ESC starts sequences that set the
window title, write the clipboard, clear the screen or make the terminal type a reply; C1
characters (U+0080-U+009F) do the same on terminals that honour them; BEL rings. Text from a
bank, an imported document or a learner is never allowed to carry one to the screen: every
C0 and C1 control except newline and tab, and DEL, is stripped where text enters (``strip``)
or shown as printable characters (``visible``: ESC becomes ``^[``, DEL ``^?``, U+009B ``M-^[``).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TextIO, cast

CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
"""One control character that must not reach a terminal (newline and tab are allowed)."""

_NAMES = {
    "\x00": "NUL",
    "\x07": "BEL",
    "\x08": "BS",
    "\x0b": "VT",
    "\x0c": "FF",
    "\x0d": "CR",
    "\x1b": "ESC",
    "\x7f": "DEL",
    "\x9b": "CSI",
    "\x9d": "OSC",
}


def caret(char: str) -> str:
    """``cat -v`` notation of one control character: ``^[`` for ESC, ``M-^[`` for U+009B."""
    code = ord(char)
    if code == 0x7F:
        return "^?"
    if code >= 0x80:
        return "M-" + caret(chr(code - 0x80))
    return "^" + chr(code + 0x40)


def name(char: str) -> str:
    """How a message names a control character: ``ESC (^[)``, ``U+0085 (M-^E)``."""
    label = _NAMES.get(char, f"U+{ord(char):04X}")
    return f"{label} ({caret(char)})"


def has_controls(text: str) -> bool:
    return CONTROL.search(text) is not None


def strip(text: str) -> str:
    """``text`` without its control characters (newline and tab kept)."""
    return CONTROL.sub("", text)


def visible(text: str) -> str:
    """``text`` with each control character written in ``cat -v`` notation."""
    return CONTROL.sub(lambda match: caret(match.group()), text)


def visible_line(text: str) -> str:
    """``visible``, and newlines and tabs too: for one line of a message about untrusted text."""
    return visible(text).replace("\n", "^J").replace("\t", "^I")


class VisibleText:
    """A text stream that writes every control character in ``cat -v`` notation.

    The command line prints through it, so a file name, a deck or a line of a document printed
    in a message can never drive the terminal. ``unfiltered`` is the stream underneath, for
    the program's own carriage returns (a progress bar redrawing its line). Anything else is
    the underlying stream's.
    """

    def __init__(self, stream: TextIO) -> None:
        self.unfiltered = stream

    def write(self, text: str) -> int:
        self.unfiltered.write(visible(text))
        return len(text)

    def __getattr__(self, attribute: str) -> Any:
        return getattr(self.unfiltered, attribute)


@contextmanager
def visible_output() -> Iterator[None]:
    """Within the block, ``sys.stdout`` and ``sys.stderr`` show control characters visibly."""
    saved = sys.stdout, sys.stderr
    sys.stdout = cast(TextIO, VisibleText(sys.stdout))
    sys.stderr = cast(TextIO, VisibleText(sys.stderr))
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved
