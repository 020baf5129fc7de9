"""Study days across daylight-saving changes: every instant has one study day, which began at
or before it and ends after it, for every rollover hour, in zones with gaps and folds."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import tzlocal

from factdeck.study.clock import day_start, study_day
from factdeck.study.scheduler import StudyScheduler
from factdeck.study.settings import StudySettings

ZONES = {
    # zone: the days of 2026 its clocks change (spring forward, fall back)
    "America/New_York": (date(2026, 3, 8), date(2026, 11, 1)),
    "America/St_Johns": (date(2026, 3, 8), date(2026, 11, 1)),
    "Europe/London": (date(2026, 3, 29), date(2026, 10, 25)),
    "Australia/Lord_Howe": (date(2026, 10, 4), date(2026, 4, 5)),  # half-hour changes
    "Pacific/Chatham": (date(2026, 9, 27), date(2026, 4, 5)),  # changes at 2:45 am
    "America/Santiago": (date(2026, 9, 6), date(2026, 4, 5)),  # changes at midnight
}


def _instants_around(day: date) -> list[datetime]:
    """Every 15 minutes from two days before ``day`` to two days after, in UTC."""
    start = datetime.combine(day - timedelta(days=2), datetime.min.time(), tzinfo=UTC)
    return [start + timedelta(minutes=15 * step) for step in range(4 * 24 * 4)]


@pytest.mark.parametrize("zone_name", sorted(ZONES))
def test_every_instant_lies_in_its_study_day_for_every_rollover_hour(zone_name: str) -> None:
    zone = ZoneInfo(zone_name)
    for change in ZONES[zone_name]:
        for hour in range(24):
            for now in _instants_around(change):
                day = study_day(now, hour, zone)
                begins, ends = day_start(day, hour, zone), day_start(day + timedelta(1), hour, zone)
                assert begins <= now < ends, (zone_name, hour, now, day, begins, ends)


@pytest.mark.parametrize(
    ("zone_name", "hour", "now", "day_begins"),
    [
        # 2 am does not exist on 8 March in New York: the day begins when the gap ends, 3 am EDT.
        ("America/New_York", 2, datetime(2026, 3, 8, 7, 30, tzinfo=UTC), "2026-03-08 03:00-04:00"),
        # 2 am does not exist in St John's either (UTC-3:30 → UTC-2:30).
        ("America/St_Johns", 2, datetime(2026, 3, 8, 6, 0, tzinfo=UTC), "2026-03-08 03:00-02:30"),
        # 1 am comes twice on 1 November in New York: the day begins at the first.
        ("America/New_York", 1, datetime(2026, 11, 1, 7, 0, tzinfo=UTC), "2026-11-01 01:00-04:00"),
    ],
)
def test_a_rollover_in_a_gap_or_a_fold_begins_the_day_as_zoneinfo_reads_it(
    zone_name: str, hour: int, now: datetime, day_begins: str
) -> None:
    zone = ZoneInfo(zone_name)
    begins = day_start(study_day(now, hour, zone), hour, zone)
    assert begins.astimezone(zone).isoformat(sep=" ", timespec="minutes") == day_begins


@pytest.mark.parametrize("zone_name", ["America/New_York", "America/St_Johns"])
def test_with_the_computers_own_zone_the_day_never_ends_before_now(
    monkeypatch: pytest.MonkeyPatch, zone_name: str
) -> None:
    monkeypatch.setenv("TZ", zone_name)
    time.tzset()
    tzlocal.reload_localzone()
    try:
        scheduler = StudyScheduler(StudySettings(day_rollover_hour=2))
        for now in _instants_around(ZONES[zone_name][0]):
            assert scheduler.day_begin(now) <= now < scheduler.day_end(now), now
    finally:
        monkeypatch.undo()
        time.tzset()
        tzlocal.reload_localzone()
