"""Crash-safe JSON files for TinyDB.

Every save file is a TinyDB database written by :class:`DurableStorage`: the data is serialised
first, then written by :func:`factdeck.files.write_atomically` (a temporary file in the same
folder, flushed to the drive, renamed over the current one, the folder flushed); just before the
rename the current file is kept as ``<name>.bak`` (a hard link, so it always exists). A crash at any moment leaves either the old or the new
complete file under the real name.

Reading checks the JSON and the file's schema. A file that fails is never overwritten or taken as
empty: :func:`load_or_recover` moves it aside as ``<name>.corrupt-<UTC timestamp>`` and restores
the ``.bak`` when that one is sound.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pydantic_core import from_json
from tinydb.storages import Storage

from factdeck.files import sync_dir, write_atomically
from factdeck.progress.errors import CorruptFile, SaveFailed

Tables = dict[str, dict[str, Any]]
"""A whole TinyDB database as stored: table name → document id (a string) → document."""

Validator = Callable[[Tables], None]
"""Checks a database's schema; raises ``ValueError`` with what is wrong."""


def backup_path(path: Path) -> Path:
    """Where the previous good version of ``path`` is kept."""
    return path.with_name(path.name + ".bak")


def serialise(data: Mapping[str, Any]) -> bytes:
    """Compact, strict JSON (no NaN or infinity), UTF-8."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()


def atomic_write(path: Path, payload: bytes, *, keep_backup: bool = True) -> None:
    """Replace ``path`` by ``payload`` so that a crash leaves the old or the new file, whole.

    With ``keep_backup`` the replaced version stays as ``<name>.bak``. Raises :class:`SaveFailed`.
    """
    try:
        kept = [False]

        def keep_previous() -> None:
            kept[0] = _keep_previous(path)

        write_atomically(path, payload, before_replace=keep_previous if keep_backup else None)
        if keep_backup and not kept[0]:
            # The first version is kept too: a file deleted later is then known to have
            # existed, and is restored whole. A copy, not a link: a file damaged in place
            # must not take its backup with it.
            write_atomically(backup_path(path), payload)
    except OSError as error:
        raise SaveFailed("save", path, error) from error


def _keep_previous(path: Path) -> bool:
    """Hard-link the current ``path`` as its ``.bak`` (atomically: the old .bak stays until
    then); False when there is no current version (the first write)."""
    try:
        _link_as_backup(path)
    except FileNotFoundError:
        return False
    return True


def _link_as_backup(path: Path) -> None:
    staging = path.with_name(path.name + ".bak.tmp")
    with contextlib.suppress(FileNotFoundError):
        staging.unlink()
    os.link(path, staging)
    staging.replace(backup_path(path))


def read_tables(path: Path, validate: Validator) -> Tables:
    """Read and check one save file. Raises :class:`CorruptFile` or :class:`SaveFailed`."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise SaveFailed("read", path, error) from error
    return parse_tables(path, raw, validate)


def _decode(raw: bytes) -> Any:
    """The JSON value of ``raw``, as ``json.loads`` gives it.

    pydantic's parser reads a long answer history in about half the time. Whatever it refuses
    goes to ``json.loads``, which gives the verdict and the message (and accepts what it always
    did, such as escaped lone surrogates or a byte-order mark): the same files are accepted,
    with the same content, and refused with the same words.
    """
    try:
        return from_json(raw)
    except ValueError:
        return json.loads(raw)


def parse_tables(path: Path, raw: bytes, validate: Validator) -> Tables:
    """Check bytes that should be the TinyDB database stored in ``path``."""
    if not raw.strip():
        raise CorruptFile(path, "the file is empty")
    try:
        data = _decode(raw)
    except UnicodeDecodeError:
        raise CorruptFile(path, "the file is not UTF-8 text") from None
    except json.JSONDecodeError as error:
        cut = error.pos >= len(raw.rstrip()) or error.msg.startswith("Unterminated string")
        what = "the file ends too early (cut off)" if cut else "it is not JSON"
        raise CorruptFile(path, f"{what}: {error.msg}, byte {error.pos}") from None
    except RecursionError:
        raise CorruptFile(path, "it is not a save file: its JSON is nested far too deep") from None
    except ValueError:  # what json.loads refuses beyond its syntax: a number of 4,300+ digits
        raise CorruptFile(
            path, "it is not a save file: it holds a number thousands of digits long"
        ) from None
    if not isinstance(data, dict) or not all(isinstance(t, dict) for t in data.values()):
        raise CorruptFile(path, "it is not a TinyDB database (an object of tables)")
    try:
        validate(data)
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        raise CorruptFile(path, f"unexpected content ({error})") from None
    return data


class DurableStorage(Storage):  # type: ignore[misc,unused-ignore]  # tinydb is untyped
    """A TinyDB storage that writes atomically, keeps the previous version and checks reads.

    The parsed database is cached, so TinyDB's read-modify-write costs one serialisation and one
    durable write per change. TinyDB changes the cached database in place before it calls
    :meth:`write`; when the write fails, the storage goes back to the last content it knows to be
    its own (last read or written), never to whatever the failed write may have left on disk, so
    a refused change is never taken up by the next one. ``initial`` is content the caller has
    already read (or ``{}``-like content for a file it knows to be new).
    """

    def __init__(self, path: Path, validate: Validator, *, initial: Tables | None = None) -> None:
        self.path = path
        self._validate = validate
        self._cache: Tables | None = initial
        self._known: bytes | None = None if initial is None else serialise(initial)
        self._known_set = initial is not None

    def read(self) -> Tables | None:
        if self._cache is not None:
            return self._cache
        if self._known_set:
            if self._known is not None:
                self._cache = json.loads(self._known)
            return self._cache
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            self._known_set = True
            return None
        except OSError as error:
            raise SaveFailed("read", self.path, error) from error
        self._cache = parse_tables(self.path, raw, self._validate)
        self._known, self._known_set = raw, True
        return self._cache

    def write(self, data: Tables) -> None:
        self._cache = None  # until the write succeeded: ``data`` may hold a change being refused
        payload = serialise(data)
        atomic_write(self.path, payload)
        self._cache, self._known, self._known_set = data, payload, True


@dataclass(frozen=True)
class RecoveryNote:
    """One repair made while opening or reading a profile: shown to the learner.

    ``file`` was unreadable and was moved to ``moved_to`` (``None`` when nothing was moved, e.g. a
    stale lock); ``restored`` says whether a previous good version was put back; ``lost`` says in
    words what, if anything, is gone.

    A store opened read-only repairs nothing: its notes have ``read_only`` set, ``moved_to`` is
    ``None``, ``restored`` says whether the previous good version was read instead, and ``lost``
    what the figures read are missing. The app repairs the file when it next opens the profile.
    """

    file: Path
    moved_to: Path | None
    restored: bool
    lost: str
    problem: str = ""
    read_only: bool = False

    def __str__(self) -> str:
        parts = [f"{self.file.name}: {self.problem}" if self.problem else self.file.name]
        if self.read_only:
            parts.append("left as it is (opened read-only; FactDeck repairs it on opening)")
        if self.moved_to is not None:
            parts.append(f"moved aside as {self.moved_to.name}")
        if self.restored:
            verb = "read instead" if self.read_only else "restored"
            parts.append(f"the previous good version was {verb}")
        parts.append(f"lost: {self.lost}")
        return "; ".join(parts) + "."


def corrupt_name(path: Path) -> Path:
    """``<name>.corrupt-<UTC timestamp>``, not yet taken."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    candidate = path.with_name(f"{path.name}.corrupt-{stamp}")
    counter = 1
    while candidate.exists():
        counter += 1
        candidate = path.with_name(f"{path.name}.corrupt-{stamp}-{counter}")
    return candidate


@dataclass(frozen=True)
class Recovered:
    """Outcome of :func:`load_or_recover` for a damaged file."""

    tables: Tables | None
    """The restored previous version, or ``None`` when there was no sound one."""
    note_base: RecoveryNote
    """Moved-aside facts; the caller fills in ``lost`` with what its file held."""


def move_aside(path: Path) -> Path:
    """Rename a damaged file out of the way (never deleting it); return where it went."""
    target = corrupt_name(path)
    try:
        path.replace(target)
        sync_dir(path.parent)
    except OSError as error:
        raise SaveFailed("move aside the damaged file", path, error) from error
    return target


def load_or_recover(path: Path, validate: Validator) -> Tables | Recovered | None:
    """The checked content of ``path``; ``None`` if it does not exist; else a :class:`Recovered`.

    A damaged file is moved aside and, when ``<name>.bak`` is sound, that version is written back
    under the real name (the .bak itself stays). So is a missing file whose ``.bak`` is there
    (every file keeps one from its first write): it was deleted, and is restored.
    """
    backup = backup_path(path)
    if not path.exists():
        if not backup.exists():
            return None
        return _restore_missing(path, backup, validate)
    try:
        return read_tables(path, validate)
    except CorruptFile as damage:
        problem = damage.problem
    moved = move_aside(path)
    restored: Tables | None = None
    if backup.exists():
        try:
            raw = backup.read_bytes()
            restored = parse_tables(backup, raw, validate)
        except (CorruptFile, OSError):
            restored = None
        else:
            atomic_write(path, raw, keep_backup=False)
    note = RecoveryNote(
        file=path, moved_to=moved, restored=restored is not None, lost="", problem=problem
    )
    return Recovered(restored, note)


def _restore_missing(path: Path, backup: Path, validate: Validator) -> Recovered:
    """A deleted file: its sound ``.bak`` is written back; a damaged one is moved aside (so
    the next write cannot replace it), and the file counts as lost."""
    try:
        raw = backup.read_bytes()
        restored: Tables | None = parse_tables(backup, raw, validate)
    except (CorruptFile, OSError):
        restored = None
        moved: Path | None = move_aside(backup)
    else:
        moved = None
        atomic_write(path, raw, keep_backup=False)
    note = RecoveryNote(
        file=path, moved_to=moved, restored=restored is not None, lost="", problem="missing"
    )
    return Recovered(restored, note)


def read_or_fall_back(path: Path, validate: Validator) -> Tables | Recovered | None:
    """What :func:`load_or_recover` would give, changing nothing on disk (a read-only open).

    A damaged file is left as it is and its ``.bak``, when sound, is read instead. A file that
    is missing while its ``.bak`` exists was just moved aside by the app repairing it: its
    ``.bak`` is read too. Each file is read once, so a file the app replaces meanwhile (always
    whole, with ``os.replace``) is read either before or after.
    """
    backup = backup_path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        if not backup.exists():
            return None
        problem = "missing"
    except OSError as error:
        raise SaveFailed("read", path, error) from error
    else:
        try:
            return parse_tables(path, raw, validate)
        except CorruptFile as damage:
            problem = damage.problem
    restored: Tables | None
    try:
        restored = parse_tables(backup, backup.read_bytes(), validate)
    except (CorruptFile, OSError):
        restored = None
    note = RecoveryNote(
        file=path,
        moved_to=None,
        restored=restored is not None,
        lost="",
        problem=problem,
        read_only=True,
    )
    return Recovered(restored, note)


class FrozenStorage(Storage):  # type: ignore[misc,unused-ignore]  # tinydb is untyped
    """A TinyDB storage over content already read, for a store opened read-only: never writes."""

    def __init__(self, tables: Tables | None, refuse: Callable[[], Exception]) -> None:
        self._tables = tables
        self._refuse = refuse

    def read(self) -> Tables | None:
        return self._tables

    def write(self, data: Tables) -> None:
        raise self._refuse()
