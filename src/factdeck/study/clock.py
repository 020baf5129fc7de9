"""Time for the study logic: UTC instants, and study days that roll over at a local hour.

Every instant is a timezone-aware UTC ``datetime`` (``fsrs`` refuses anything else). A study day
is a local calendar day that starts at the rollover hour (default 4 am), so a late-night session
still counts as the day before. ``tz=None`` means the computer's local time zone.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo

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


def study_day(moment: datetime, rollover_hour: int, tz: tzinfo | None = None) -> date:
    """The study day an instant belongs to."""
    if moment.tzinfo is not UTC:  # saved answers are in UTC already: one conversion, not two
        moment = as_utc(moment)
    return (moment.astimezone(tz) - timedelta(hours=rollover_hour)).date()


def day_start(day: date, rollover_hour: int, tz: tzinfo | None = None) -> datetime:
    """The UTC instant a study day begins."""
    start = datetime.combine(day, time(rollover_hour))
    local = start.astimezone() if tz is None else start.replace(tzinfo=tz)
    return local.astimezone(UTC)
