"""Writing files atomically and durably: the one writer of every file FactDeck saves (progress,
decks, exports). A reader never sees half a file; a crash or a failed write leaves the old file
whole."""

from __future__ import annotations

import fcntl
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

_FULLFSYNC = getattr(fcntl, "F_FULLFSYNC", None)
"""macOS only: ``fsync`` there does not flush the drive's cache, this does."""


def sync(fd: int) -> None:
    """Flush what was written to ``fd`` to the drive (``F_FULLFSYNC`` where there is one)."""
    if _FULLFSYNC is not None:
        fcntl.fcntl(fd, _FULLFSYNC)
    else:
        os.fsync(fd)


def sync_dir(folder: Path) -> None:
    """Make renames and new names in ``folder`` durable."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        sync(fd)
    finally:
        os.close(fd)


def write_atomically(
    path: Path, data: bytes, *, before_replace: Callable[[], None] | None = None
) -> None:
    """Replace ``path`` with ``data`` in one step: a temporary file beside it, flushed to the
    drive, renamed over it, then the folder flushed. The file is readable by all (0644).

    Args:
        path: The file to write.
        data: Its new content.
        before_replace: Called once the new data is durable, just before it replaces ``path``
            (the progress store keeps the previous version there).

    Raises:
        OSError: e.g. the folder does not exist or the disk is full; ``path`` is then as it was
            (unless only the final flush of the folder failed) and no temporary file is left.
    """
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        try:
            os.fchmod(fd, 0o644)  # mkstemp makes it private; saves, decks and exports are not.
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            sync(fd)
        finally:
            os.close(fd)
        if before_replace is not None:
            before_replace()
        Path(temporary).replace(path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    sync_dir(path.parent)
