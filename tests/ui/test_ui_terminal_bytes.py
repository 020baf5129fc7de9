"""The bytes the app writes to a real terminal (a pseudo-terminal) never carry the escape
sequences of a hostile bank: they are shown as text (``^[``), not obeyed."""

from __future__ import annotations

import fcntl
import json
import os
import pty
import select
import signal
import struct
import sys
import termios
import time
from pathlib import Path

ESCAPES = "\x1b]0;pwned\x07\x1b]52;c;cHduZWQ=\x07\x1b[2J\x9b6n"


def _hostile_bank(path: Path) -> Path:
    question = {
        "type": "typed",
        "id": "q1",
        "fact_id": "f1",
        "prompt": f"Prompt{ESCAPES}?",
        "answer": "a",
        "explanation": f"Explanation{ESCAPES}",
        "source": {"document": "d", "quote": "q"},
        "topics": [f"topic{ESCAPES}"],
    }
    data = {"schema_version": 1, "deck": f"pwned{ESCAPES}", "questions": [question]}
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _read_until(fd: int, marker: bytes, seen: bytearray, deadline: float) -> None:
    """Read the terminal's output into ``seen`` until ``marker`` appears or it closes."""
    while marker not in seen:
        remaining = deadline - time.monotonic()
        if remaining <= 0 or not select.select([fd], [], [], remaining)[0]:
            return
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # the child closed the terminal
            return
        if not chunk:
            return
        seen.extend(chunk)


def test_the_app_shows_a_banks_escape_sequences_as_text(tmp_path: Path) -> None:
    bank = _hostile_bank(tmp_path / "bank.json")
    pid, fd = pty.fork()
    if pid == 0:  # the child: FactDeck on the pseudo-terminal
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
        os.environ["TERM"] = "xterm-256color"
        args = ["--bank", str(bank), "--saves", str(tmp_path / "saves")]
        os.execv(sys.executable, [sys.executable, "-m", "factdeck", *args])
    seen = bytearray()
    try:
        # The deck's name on the home screen, drawn as text: "pwned^[]0;pwned^G..."
        _read_until(fd, b"^[]0;pwned^G", seen, time.monotonic() + 30)
        os.write(fd, b"\x11")  # ctrl+q
        _read_until(fd, b"\x00never", seen, time.monotonic() + 10)
    finally:
        os.close(fd)
        if os.waitpid(pid, os.WNOHANG) == (0, 0):
            os.kill(pid, signal.SIGKILL)  # still running: it would wait for ever
            os.waitpid(pid, 0)
    assert b"^[]0;pwned^G" in seen, "the deck's name is shown, its escapes made visible"
    for obeyed in (b"\x1b]0;pwned", b"\x1b]52;", b"\xc2\x9b", b"\x1b[2J\x9b"):
        assert obeyed not in seen
