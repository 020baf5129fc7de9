"""Writing the files FactDeck makes for the learner (decks, exports) atomically: a reader never
sees half a file, a failed write no file. (Progress has its own durable storage.)"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` in one step (temporary file, fsync, rename).

    Raises OSError (e.g. the folder does not exist); the target is then left as it was.
    """
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            os.fchmod(
                handle.fileno(), 0o644
            )  # mkstemp makes it private; decks and exports are not.
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        Path(temporary).replace(path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    try:
        directory = os.open(path.parent, os.O_RDONLY)
    except OSError:
        return  # Some platforms cannot open a folder; the rename is still atomic.
    try:
        os.fsync(directory)
    finally:
        os.close(directory)
