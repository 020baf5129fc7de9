"""One writer per profile: ``saves/<profile>/lock``.

The file names its holder (pid, host, start time) and is created with ``O_EXCL``. The holder also
keeps an exclusive ``flock`` on it for as long as the profile is open; the kernel drops that lock
the moment the process dies, however it dies. So a lock file whose ``flock`` can be taken was left
by a dead process and is taken over on the spot, with no window in which two processes could both
win. A lock naming another host is refused: its process cannot be checked from here.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import socket
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from factdeck.progress.errors import ProfileLocked, ProgressError, SaveFailed
from factdeck.progress.storage import RecoveryNote

_ATTEMPTS = 20


@dataclass(frozen=True)
class Holder:
    """Who a lock file says holds the profile (``None`` fields: the file did not say)."""

    pid: int | None
    host: str | None
    started_at: str | None


def _read_holder(fd: int) -> Holder | None:
    try:
        raw = os.pread(fd, 4096, 0)
        data: Any = json.loads(raw)
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    pid, host, started = data.get("pid"), data.get("host"), data.get("started_at")
    return Holder(
        pid=pid if isinstance(pid, int) else None,
        host=host if isinstance(host, str) else None,
        started_at=started if isinstance(started, str) else None,
    )


class ProfileLock:
    """The held lock of one profile; :meth:`release` gives it back."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd: int | None = fd

    @classmethod
    def acquire(cls, path: Path, profile: str) -> tuple[ProfileLock, RecoveryNote | None]:
        """Take the lock or raise :class:`ProfileLocked`; the note tells of a stale lock taken over."""
        host = socket.gethostname()
        for _ in range(_ATTEMPTS):
            try:
                fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o644)
                created = True
            except FileExistsError:
                try:
                    fd = os.open(path, os.O_RDWR | os.O_CLOEXEC)
                except FileNotFoundError:
                    continue  # released between our two calls: try again
                except IsADirectoryError:
                    raise ProgressError(
                        f"The lock file {path} is a folder, not a file, so FactDeck cannot "
                        "tell whether another copy has the profile open. If none has, remove "
                        "that folder and start again. Nothing was changed."
                    ) from None
                except OSError as error:
                    raise SaveFailed("open the lock file", path, error) from error
                created = False
            except OSError as error:
                raise SaveFailed("create the lock file", path, error) from error
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                holder = _read_holder(fd) or Holder(None, None, None)
                os.close(fd)
                raise ProfileLocked(
                    profile, path, pid=holder.pid, host=holder.host, started_at=holder.started_at
                ) from None
            if not _still_named(fd, path):
                os.close(fd)  # the holder released (unlinked) it meanwhile: start over
                continue
            note = None
            if not created:
                previous = _read_holder(fd)
                if previous is not None and previous.host not in (None, host):
                    os.close(fd)
                    raise ProfileLocked(
                        profile,
                        path,
                        pid=previous.pid,
                        host=previous.host,
                        started_at=previous.started_at,
                        other_host=True,
                    )
                if previous is not None and previous.pid is not None:
                    note = RecoveryNote(
                        file=path,
                        moved_to=None,
                        restored=False,
                        lost="nothing",
                        problem=(
                            f"a lock left by process {previous.pid}, which is no longer "
                            "running FactDeck, was taken over"
                        ),
                    )
            lock = cls(path, fd)
            lock._write_holder(host)
            return lock, note
        raise ProfileLocked(profile, path, pid=None, host=None, started_at=None)

    def _write_holder(self, host: str) -> None:
        assert self._fd is not None
        started = datetime.now(UTC).isoformat(timespec="seconds")
        payload = json.dumps({"pid": os.getpid(), "host": host, "started_at": started}).encode()
        # Not fsynced: other processes read it from the page cache, and after a power loss the
        # holder is gone anyway (an empty or half-written lock file is taken over like any other).
        try:
            os.ftruncate(self._fd, 0)
            os.pwrite(self._fd, payload, 0)
        except OSError as error:
            self.release()
            raise SaveFailed("write the lock file", self.path, error) from error

    def release(self) -> None:
        """Remove the lock file, then drop the flock (idempotent)."""
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()
        os.close(fd)


def _still_named(fd: int, path: Path) -> bool:
    """Whether the file we locked is still the one called ``path``."""
    try:
        return os.fstat(fd).st_ino == path.stat().st_ino
    except FileNotFoundError:
        return False
