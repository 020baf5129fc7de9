"""The one fake clock of the tests."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Generic, TypeVar

Time = TypeVar("Time", float, datetime)

MONOTONIC_START = 1000.0
"""Where a fake monotonic clock starts (any value: only differences count)."""


class FakeClock(Generic[Time]):
    """A clock that moves only when the test says so: a monotonic one (seconds, as
    ``time.monotonic``, the default) or a wall clock (an aware ``datetime``, as the study
    logic's ``now``). Set ``now`` to jump, or :meth:`advance` it."""

    def __init__(self, now: Time = MONOTONIC_START) -> None:
        self.now: Time = now

    def __call__(self) -> Time:
        return self.now

    def advance(self, seconds: float = 0.0, **units: float) -> None:
        """Move on by ``seconds``, and for a wall clock by ``units`` too (``days=1``, ``hours=2``)."""
        if isinstance(self.now, datetime):
            self.now = self.now + timedelta(seconds=seconds, **units)
        elif units:
            raise TypeError("a monotonic clock moves by seconds only")
        else:
            self.now = self.now + seconds
