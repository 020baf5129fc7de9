"""What a desired retention costs: the workload it implies, and the retention that costs least.

The workload is projected from the learner's own fact memories (see
:class:`~factdeck.study.exam.Projection`): every fact followed through the next
:data:`WORKLOAD_DAYS` days of its schedule at that retention, new facts introduced at the
new-per-day setting, each review recalled with its predicted probability.

The retention that costs least is the one ``fsrs-rs-python``'s simulator finds to minimise study
time per fact remembered (Anki's "minimum recommended retention"), for a deck of this size
studied at these limits over a year. The learner still chooses.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

import fsrs_rs_python as fsrs_rs

from factdeck.study.exam import Projection, examined_facts
from factdeck.study.memory import FactMemory
from factdeck.study.scheduler import StudyScheduler

WORKLOAD_DAYS = 30
RETENTION_CHOICES = (0.80, 0.85, 0.90, 0.95)
"""Retentions whose workload is shown beside the learner's own."""
LOWEST_RETENTION = 0.70
HIGHEST_RETENTION = 0.97
"""The range the desired-retention setting allows."""
SIMULATED_DAYS = 365


@dataclass(frozen=True)
class Workload:
    """Reviews a day expected over the next days at one desired retention."""

    retention: float
    per_day: tuple[float, ...]

    @property
    def mean(self) -> float:
        return sum(self.per_day) / len(self.per_day)


def workload(
    fact_ids: Sequence[str],
    memories: Mapping[str, FactMemory],
    scheduler: StudyScheduler,
    now: datetime,
    retention: float,
    *,
    days: int = WORKLOAD_DAYS,
) -> Workload:
    """The reviews a day ``retention`` implies for these facts over the next ``days``."""
    settings = scheduler.settings.model_copy(update={"desired_retention": retention})
    at_retention = StudyScheduler(settings, tz=scheduler.tz, parameters=scheduler.parameters)
    projection = Projection(at_retention, now, days)
    facts = examined_facts(fact_ids, memories)
    new_per_day = settings.new_per_day
    unseen = 0
    for fact_id in facts:
        memory = memories.get(fact_id)
        if memory is None or memory.is_new:
            learn_day = unseen // new_per_day if new_per_day else days
            unseen += 1
            projection.follow(None, learn_day)
        else:
            projection.follow(memory, 0)
    return Workload(retention, tuple(projection.reviews))


def cheapest_retention(
    parameters: Sequence[float], *, facts: int, new_per_day: int, reviews_per_day: int
) -> float:
    """The desired retention that minimises study time per fact remembered (simulated over a
    year with FSRS's typical answer times and rating shares), within the setting's range."""
    config = fsrs_rs.default_simulator_config()
    config.deck_size = max(1, facts)
    config.learn_span = SIMULATED_DAYS
    config.learn_limit = max(1, new_per_day)
    config.review_limit = max(1, reviews_per_day)
    found = fsrs_rs.optimal_retention(config, list(parameters))
    return min(HIGHEST_RETENTION, max(LOWEST_RETENTION, round(found, 2)))
