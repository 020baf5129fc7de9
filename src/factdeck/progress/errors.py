"""What can go wrong with a learner's saves, each with a message fit to show the learner."""

from __future__ import annotations

from pathlib import Path


class ProgressError(Exception):
    """Base of every progress-store error; ``str(error)`` is a complete message for the learner."""


class InvalidRecord(ProgressError, ValueError):
    """A value handed to the store cannot be saved (a wrong mode, a naive datetime, ...)."""


MAX_PROFILE_NAME = 40
"""The longest profile name, in characters (after normalising)."""
PROFILE_NAME_RULE = f"1 to {MAX_PROFILE_NAME} letters (any alphabet), digits, '-' or '_'"
"""What a profile name may be, as every message says it (checked by
:func:`factdeck.progress.layout.normalise_profile_name`)."""


class InvalidProfileName(ProgressError, ValueError):
    """A profile name that breaks :data:`PROFILE_NAME_RULE`."""

    def __init__(self, name: str) -> None:
        limit = MAX_PROFILE_NAME
        shown = name if len(name) <= limit else f"{name[:limit]}… ({len(name)} characters)"
        super().__init__(
            f"Invalid profile name {shown!r}: use {PROFILE_NAME_RULE} "
            "(such as é or ж; no spaces, dots or slashes)."
        )
        self.name = name


class ProfileLocked(ProgressError):
    """Another FactDeck process has the profile open."""

    def __init__(
        self,
        profile: str,
        lock_path: Path,
        *,
        pid: int | None,
        host: str | None,
        started_at: str | None,
        other_host: bool = False,
    ) -> None:
        who = f"process {pid}" if pid is not None else "another process"
        if host:
            who += f" on {host}"
        if started_at:
            who += f", running since {started_at}"
        if other_host:
            advice = (
                f"FactDeck cannot check whether it is still running there. If it is not, "
                f"delete {lock_path} and try again."
            )
        else:
            advice = "Close that FactDeck first, or use another profile with --profile."
        super().__init__(f"Profile {profile!r} is in use by {who}. {advice}")
        self.profile = profile
        self.lock_path = lock_path
        self.pid = pid
        self.host = host
        self.started_at = started_at


class ProfileNotFound(ProgressError):
    """A profile opened read-only that was never saved (nothing is created for it)."""

    def __init__(self, profile: str, saves_dir: Path, existing: list[str]) -> None:
        if existing:
            known = "the profiles there are " + ", ".join(repr(name) for name in existing)
        else:
            known = "no profile has been saved there yet"
        super().__init__(
            f"There is no profile {profile!r} in the saves folder {saves_dir} ({known}). "
            "Nothing was created."
        )
        self.profile = profile
        self.saves_dir = saves_dir


class ReadOnlyProfile(ProgressError):
    """A change asked of a profile opened read-only."""

    def __init__(self, profile: str, action: str) -> None:
        super().__init__(
            f"Profile {profile!r} was opened read-only: it cannot {action} here. Open it in "
            "FactDeck to change it. Nothing was changed."
        )
        self.profile = profile
        self.action = action


class SavesTooNew(ProgressError):
    """The saves were written by a newer FactDeck; they are left untouched."""

    def __init__(self, profile: str, found: int, supported: int) -> None:
        super().__init__(
            f"The saves of profile {profile!r} use save format {found}, written by a newer "
            f"FactDeck; this version reads formats up to {supported}. Update FactDeck to open "
            "them. Nothing was changed."
        )
        self.profile = profile
        self.found = found
        self.supported = supported


class SaveFailed(ProgressError):
    """The operating system refused a read or a write (disk full, permissions, ...)."""

    def __init__(self, action: str, path: Path, error: OSError) -> None:
        reason = error.strerror or str(error)
        super().__init__(f"Could not {action} {path}: {reason}.")
        self.path = path


class CorruptFile(ProgressError):
    """A save file that cannot be read as what it should be (used inside the store)."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(f"{path} is unreadable: {problem}.")
        self.path = path
        self.problem = problem
