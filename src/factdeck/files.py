"""The files FactDeck writes and the files it reads for import.

Every file FactDeck saves (progress, decks, exports) is written atomically and durably: a reader
never sees half a file; a crash or a failed write leaves the old file whole. Files to import are
read with a size limit, decoded, and cleared of control characters.
"""

from __future__ import annotations

import codecs
import fcntl
import os
import tempfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from factdeck import controls

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


def remove_leftover_temporaries(folder: Path) -> int:
    """Delete the temporary files that :func:`write_atomically` left in ``folder`` when it was
    killed mid-write; how many. Call it only while no one else can be writing there (the
    progress store does so holding its profile lock)."""
    removed = 0
    try:
        entries = list(folder.iterdir())
    except OSError:
        return 0
    for entry in entries:
        if entry.name.startswith(".") and entry.name.endswith(".tmp") and entry.is_file():
            try:
                entry.unlink()
            except OSError:
                continue  # left for the next opening; it is never read
            removed += 1
    return removed


class UnreadableText(ValueError):
    """A file given to import that cannot be read as text; the message names it."""


@dataclass(frozen=True)
class ImportedText:
    """A text file's content, ready to parse: decoded, one ``\\n`` per line break, and without
    control characters (``removed`` names those taken out, for a note to the learner)."""

    text: str
    size: int
    """The file's size in bytes."""
    removed: Counter[str]


def _encoding_of(raw: bytes) -> str:
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"  # "Unicode text" as spreadsheets and Windows editors save it.
    if raw.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    head = raw[:4096]
    # UTF-16 without a byte order mark: mostly-ASCII text has a zero byte in every pair.
    if len(head) >= 4 and head[1::2].count(0) > 0.9 * (len(head) // 2):
        return "utf-16-le"
    if len(head) >= 4 and head[0::2].count(0) > 0.9 * (len(head) // 2):
        return "utf-16-be"
    return "utf-8"


def read_text(path: Path, *, limit: int, what: str) -> ImportedText:
    """The text of a file to import, read up to ``limit`` bytes (larger files are refused
    unread). UTF-8, with or without a byte order mark, and UTF-16 are read.

    Raises UnreadableText naming the file: missing, a folder, unreadable, too large, empty,
    binary, or not in a text encoding.
    """
    try:
        with path.open("rb") as stream:
            raw = stream.read(limit + 1)
    except FileNotFoundError:
        raise UnreadableText(f"{path}: no such file") from None
    except IsADirectoryError:
        raise UnreadableText(f"{path}: is a directory, not {what}") from None
    except OSError as error:
        raise UnreadableText(f"{path}: cannot read: {error.strerror or error}") from None
    if len(raw) > limit:
        raise UnreadableText(
            f"{path}: is larger than {limit // (1024 * 1024)} MB, the most FactDeck imports "
            f"as {what}; split it into smaller files"
        )
    encoding = _encoding_of(raw)
    if encoding.startswith("utf-8") and b"\x00" in raw:
        raise UnreadableText(f"{path}: looks like a binary file, not {what}")
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as error:
        name = encoding.removesuffix("-sig").upper()
        raise UnreadableText(
            f"{path}: is not {name} text (invalid byte at position {error.start}); "
            "save it as UTF-8 and try again"
        ) from None
    if "\x00" in text:
        raise UnreadableText(f"{path}: looks like a binary file, not {what}")
    if not text.strip():
        raise UnreadableText(f"{path}: the file is empty")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    removed = Counter(controls.CONTROL.findall(text))
    return ImportedText(controls.strip(text) if removed else text, len(raw), removed)
