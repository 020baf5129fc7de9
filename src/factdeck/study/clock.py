"""Time for the study logic: UTC instants, and study days that roll over at a local hour.

Every instant is a timezone-aware UTC ``datetime`` (``fsrs`` refuses anything else). A study day
is a local calendar day that starts at the rollover hour (default 4 am), so a late-night session
still counts as the day before. ``tz=None`` means the computer's local time zone, with its
daylight-saving rules.

Where the rollover hour is skipped or repeated by a daylight-saving change, the day begins as
``zoneinfo`` reads that wall time with ``fold=0``: a repeated hour at its first occurrence; an
hour in a gap with the offset from before the change, which is the instant the gap ends for a
whole-hour gap (a 2 am rollover in New York on the spring-forward day: the day begins at 3 am).
An instant's study day is the one whose beginning came last, so every instant has exactly one
study day and ``day_start(day) <= instant < day_start(day + 1)`` always holds.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import lru_cache

import tzlocal

DEFAULT_ROLLOVER_HOUR = 4


def utc_now() -> datetime:
    """The current instant, timezone-aware UTC."""
    return datetime.now(UTC)


def as_utc(moment: datetime) -> datetime:
    """The same instant with ``tzinfo=timezone.utc``; a naive datetime is refused.

    Raises:
        ValueError: ``moment`` has no time zone.
    """
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"a naive datetime is ambiguous, use timezone-aware UTC: {moment!r}")
    return moment.astimezone(UTC)


def local_zone() -> tzinfo:
    """The computer's time zone with its daylight-saving rules, not just today's offset; the
    current offset only if the zone cannot be named."""
    try:
        return tzlocal.get_localzone()
    except (LookupError, ValueError, OSError):
        return datetime.now(UTC).astimezone().tzinfo or UTC


def study_day(moment: datetime, rollover_hour: int, tz: tzinfo | None = None) -> date:
    """The study day an instant belongs to: the last one to begin at or before it."""
    if moment.tzinfo is not UTC:  # saved answers are in UTC already: one conversion, not two
        moment = as_utc(moment)
    zone = tz or local_zone()
    day = moment.astimezone(zone).date()
    return day if moment >= _day_start(day, rollover_hour, zone) else day - timedelta(days=1)


def day_start(day: date, rollover_hour: int, tz: tzinfo | None = None) -> datetime:
    """The UTC instant a study day begins."""
    return _day_start(day, rollover_hour, tz or local_zone())


@lru_cache(maxsize=4096)
def _day_start(day: date, rollover_hour: int, zone: tzinfo) -> datetime:
    # fold=0 (the default): zoneinfo's reading of a skipped or repeated wall time, see above.
    return datetime.combine(day, time(rollover_hour), tzinfo=zone).astimezone(UTC)
