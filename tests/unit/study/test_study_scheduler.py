"""The FSRS wrapper: the same schedule as fsrs itself, plus lapses, leeches and study days."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import fsrs
import pytest
from fsrs import Rating, State
from pydantic import ValidationError

from factdeck.study.clock import as_utc, day_start, study_day
from factdeck.study.memory import LEECH_LAPSES, FactMemory, card_id_for
from factdeck.study.scheduler import (
    StudyScheduler,
    StudySettings,
    format_interval,
    interval_label,
)

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
BERLIN_WINTER = timezone(timedelta(hours=1))

# (rating, when the answer is given: "due" = at the card's due time, or a delay after the last one)
SEQUENCE: list[tuple[Rating, str | timedelta]] = [
    (Rating.Good, timedelta(0)),
    (Rating.Good, "due"),
    (Rating.Good, "due"),
    (Rating.Hard, timedelta(days=20)),
    (Rating.Again, "due"),
    (Rating.Again, timedelta(minutes=3)),
    (Rating.Good, "due"),
    (Rating.Easy, timedelta(hours=30)),
    (Rating.Good, timedelta(hours=2)),
    (Rating.Good, "due"),
    (Rating.Again, timedelta(days=400)),
    (Rating.Hard, "due"),
]


@pytest.mark.parametrize("retention", [0.70, 0.90, 0.97])
def test_every_due_date_and_state_matches_fsrs(retention: float) -> None:
    ours = StudyScheduler(StudySettings(desired_retention=retention), tz=UTC)
    reference = fsrs.Scheduler(desired_retention=retention, enable_fuzzing=False)
    memory = FactMemory.new("relations-established", T0)
    card = fsrs.Card(card_id=card_id_for("relations-established"), due=T0)
    when = T0
    for rating, timing in SEQUENCE:
        when = memory.card.due if timing == "due" else when + timing
        card, _ = reference.review_card(card, rating, when)
        memory = FactMemory.from_dict(ours.review(memory, rating, when).to_dict())  # as stored
        assert memory.card.due == card.due
        assert memory.card.state == card.state
        assert memory.card.step == card.step
        assert memory.card.stability == pytest.approx(card.stability, rel=1e-12)
        assert memory.card.difficulty == pytest.approx(card.difficulty, rel=1e-12)
        assert memory.card.last_review == when
    assert memory.lapses == 2  # the two Agains given to a card in the Review state


def test_learning_steps_then_review() -> None:
    scheduler = StudyScheduler(tz=UTC)
    memory = scheduler.review(FactMemory.new("f", T0), Rating.Good, T0)
    assert memory.card.state == State.Learning and memory.card.due == T0 + timedelta(minutes=10)
    assert memory.introduced == date(2026, 3, 2) and not memory.is_new
    memory = scheduler.review(memory, Rating.Good, memory.card.due)
    assert memory.card.state == State.Review
    assert memory.card.due - memory.card.last_review >= timedelta(days=1)  # type: ignore[operator]


def test_retention_changes_the_intervals() -> None:
    def first_review_interval(retention: float) -> timedelta:
        scheduler = StudyScheduler(StudySettings(desired_retention=retention), tz=UTC)
        memory = scheduler.review(FactMemory.new("f", T0), Rating.Easy, T0)
        return memory.card.due - T0

    assert first_review_interval(0.70) > first_review_interval(0.90) > first_review_interval(0.97)


def test_no_fuzz_so_the_schedule_is_repeatable() -> None:
    scheduler = StudyScheduler(tz=UTC)
    memory = scheduler.review(FactMemory.new("f", T0), Rating.Easy, T0)
    later = memory.card.due + timedelta(days=3)
    dues = {scheduler.review(memory, Rating.Good, later).card.due for _ in range(20)}
    assert len(dues) == 1


def test_preview_is_exactly_what_each_rating_gives() -> None:
    scheduler = StudyScheduler(tz=UTC)
    memory = scheduler.review(FactMemory.new("f", T0), Rating.Good, T0)
    memory = scheduler.review(memory, Rating.Good, memory.card.due)
    now = memory.card.due + timedelta(hours=5)
    preview = scheduler.preview(memory, now)
    assert list(preview) == [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy]
    for rating, interval in preview.items():
        assert scheduler.review(memory, rating, now).card.due - now == interval
    assert preview[Rating.Again] == timedelta(minutes=10)
    assert preview[Rating.Hard] < preview[Rating.Good] < preview[Rating.Easy]
    assert scheduler.preview(memory, now) == preview  # previewing changes nothing


def test_eighth_lapse_makes_a_leech_and_suspends_it() -> None:
    scheduler = StudyScheduler(tz=UTC)
    memory = scheduler.review(FactMemory.new("f", T0), Rating.Again, T0)  # learning: no lapse
    memory = scheduler.review(memory, Rating.Easy, memory.card.due)
    assert memory.lapses == 0 and memory.card.state == State.Review
    for lapse in range(1, LEECH_LAPSES + 1):
        memory = scheduler.review(memory, Rating.Again, memory.card.due)  # forgotten
        assert memory.lapses == lapse
        assert memory.leech == memory.suspended == (lapse == LEECH_LAPSES)
        memory = scheduler.review(memory, Rating.Good, memory.card.due)  # relearned
    unsuspended = FactMemory.from_dict({**memory.to_dict(), "suspended": False})
    again = scheduler.review(
        scheduler.review(unsuspended, Rating.Again, unsuspended.card.due), Rating.Good, T0
    )
    assert again.leech and not again.suspended  # stays marked, not suspended again


def test_naive_datetimes_are_refused_and_other_offsets_converted() -> None:
    scheduler = StudyScheduler(tz=UTC)
    with pytest.raises(ValueError, match="naive"):
        scheduler.review(FactMemory.new("f", T0), Rating.Good, datetime(2026, 3, 2, 9))
    local = T0.astimezone(BERLIN_WINTER)
    assert scheduler.review(FactMemory.new("f", T0), Rating.Good, local).card.last_review == T0
    assert as_utc(local).tzinfo is UTC


@pytest.mark.parametrize(
    ("local_time", "day"),
    [
        (datetime(2026, 3, 2, 3, 59, tzinfo=BERLIN_WINTER), date(2026, 3, 1)),
        (datetime(2026, 3, 2, 4, 0, tzinfo=BERLIN_WINTER), date(2026, 3, 2)),
        (datetime(2026, 3, 2, 23, 30, tzinfo=BERLIN_WINTER), date(2026, 3, 2)),
        (datetime(2026, 3, 3, 0, 30, tzinfo=BERLIN_WINTER), date(2026, 3, 2)),
    ],
)
def test_study_day_rolls_over_at_the_local_hour(local_time: datetime, day: date) -> None:
    scheduler = StudyScheduler(tz=BERLIN_WINTER)
    now = local_time.astimezone(UTC)
    assert scheduler.today(now) == day
    assert scheduler.day_begin(now) == datetime(*day.timetuple()[:3], 3, 0, tzinfo=UTC)
    assert scheduler.day_end(now) == scheduler.day_begin(now) + timedelta(days=1)
    assert scheduler.bury_until(now) == day + timedelta(days=1)


def test_rollover_hour_is_a_setting() -> None:
    midnight = StudyScheduler(StudySettings(day_rollover_hour=0), tz=UTC)
    assert midnight.today(datetime(2026, 3, 2, 0, 30, tzinfo=UTC)) == date(2026, 3, 2)
    assert study_day(datetime(2026, 3, 2, 0, 30, tzinfo=UTC), 4, UTC) == date(2026, 3, 1)
    assert day_start(date(2026, 3, 2), 4, UTC) == datetime(2026, 3, 2, 4, tzinfo=UTC)


def test_local_time_zone_is_the_default() -> None:
    now = datetime(2026, 7, 1, 12, tzinfo=UTC)
    local_day = (now.astimezone() - timedelta(hours=4)).date()
    assert StudyScheduler().today(now) == local_day


def test_settings_validation_and_stored_values() -> None:
    assert StudySettings() == StudySettings(
        desired_retention=0.9, new_per_day=20, reviews_per_day=200, day_rollover_hour=4
    )
    for bad in (
        {"desired_retention": 0.69},
        {"desired_retention": 0.98},
        {"day_rollover_hour": 24},
    ):
        with pytest.raises(ValidationError):
            StudySettings(**bad)  # type: ignore[arg-type]
    stored = {"desired_retention": 0.5, "new_per_day": 5, "theme": "nord", "reviews_per_day": "x"}
    assert StudySettings.from_stored(stored) == StudySettings(new_per_day=5)


@pytest.mark.parametrize(
    ("interval", "text"),
    [
        (timedelta(seconds=20), "<1m"),
        (timedelta(minutes=10), "10m"),
        (timedelta(hours=5, minutes=10), "5h"),
        (timedelta(days=3, hours=1), "3d"),
        (timedelta(days=45), "1.5mo"),
        (timedelta(days=800), "2.2y"),
    ],
)
def test_format_interval(interval: timedelta, text: str) -> None:
    assert format_interval(interval) == text


def test_interval_label() -> None:
    assert interval_label(Rating.Good, timedelta(days=3)) == "Good · 3d"
    assert interval_label(Rating.Again, timedelta(minutes=1)) == "Again · 1m"


def test_memory_roundtrip_and_stable_card_ids() -> None:
    assert card_id_for("relations-established") == card_id_for("relations-established")
    assert card_id_for("a") != card_id_for("b")
    assert 0 <= card_id_for("a") < 2**53
    assert (
        card_id_for("relations-established") == 7836398751587214
    )  # pinned: progress is keyed by it
    memory = FactMemory(
        card=FactMemory.new("f", T0).card,
        lapses=3,
        leech=True,
        suspended=True,
        buried_until=date(2026, 3, 3),
        flagged_wrong=True,
        flag_note="the year is wrong",
        introduced=date(2026, 3, 1),
    )
    assert FactMemory.from_dict(memory.to_dict()) == memory
    assert FactMemory.new("f", T0).is_new
    minimal = FactMemory.from_dict({"card": memory.card.to_dict()})
    assert minimal == FactMemory(card=memory.card)
    assert memory.is_buried(date(2026, 3, 2)) and not memory.is_buried(date(2026, 3, 3))
