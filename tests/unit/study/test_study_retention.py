"""The workload a desired retention implies, and the retention that costs least."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from fsrs import Rating
from fsrs.scheduler import DEFAULT_PARAMETERS

from factdeck.study.memory import FactMemory
from factdeck.study.retention import (
    HIGHEST_RETENTION,
    LOWEST_RETENTION,
    cheapest_retention,
    workload,
)
from factdeck.study.scheduler import StudyScheduler
from factdeck.study.settings import StudySettings

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def test_one_fact_is_reviewed_on_its_due_day_and_not_before() -> None:
    scheduler = StudyScheduler(StudySettings(new_per_day=0), tz=UTC)
    learned = NOW - timedelta(days=1)
    memory = scheduler.review(FactMemory.new("f", learned), Rating.Easy, learned)
    due_day = (scheduler.today(memory.card.due) - scheduler.today(NOW)).days

    result = workload(["f"], {"f": memory}, scheduler, NOW, 0.9, days=due_day + 1)

    assert result.per_day == (0.0,) * due_day + (1.0,)
    assert result.mean == pytest.approx(1 / (due_day + 1))


def test_a_higher_retention_costs_more_reviews() -> None:
    scheduler = StudyScheduler(StudySettings(new_per_day=5), tz=UTC)
    facts = [f"f{n}" for n in range(30)]

    means = [workload(facts, {}, scheduler, NOW, r).mean for r in (0.8, 0.9, 0.95)]

    assert 0 < means[0] < means[1] < means[2]


def test_the_cheapest_retention_lies_in_the_settings_range() -> None:
    found = cheapest_retention(DEFAULT_PARAMETERS, facts=100, new_per_day=20, reviews_per_day=200)

    assert LOWEST_RETENTION <= found <= HIGHEST_RETENTION
    assert found == round(found, 2)
