"""The FSRS scheduler for fact memories, with the learner's study settings.

A thin wrapper over ``fsrs.Scheduler``: it keeps lapses, leeches and the study day around the
card, and formats interval previews ("Good · 3d"). Fuzzing is off, so an interval shown as a
preview is exactly the interval a rating gives, and the same history always gives the same
schedule.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta, tzinfo

import fsrs
from fsrs import Rating, State
from fsrs.scheduler import DEFAULT_PARAMETERS

from factdeck.study.clock import as_utc, day_start, study_day
from factdeck.study.memory import LEECH_LAPSES, FactMemory
from factdeck.study.settings import StudySettings

RATING_NAMES = {
    Rating.Again: "Again",
    Rating.Hard: "Hard",
    Rating.Good: "Good",
    Rating.Easy: "Easy",
}


def format_interval(interval: timedelta) -> str:
    """A short interval for rating buttons: "<1m", "10m", "5h", "3d", "1.5mo", "2.1y"."""
    seconds = interval.total_seconds()
    if seconds < 60:
        return "<1m"
    if seconds < 3600:
        return f"{round(seconds / 60)}m"
    if seconds < 86400:
        return f"{round(seconds / 3600)}h"
    days = seconds / 86400
    if days < 30:
        return f"{round(days)}d"
    if days < 365:
        return f"{days / 30:.1f}mo"
    return f"{days / 365:.1f}y"


def interval_label(rating: Rating, interval: timedelta) -> str:
    """The text of a rating choice: "Good · 3d"."""
    return f"{RATING_NAMES[rating]} · {format_interval(interval)}"


class StudyScheduler:
    """Schedules fact memories with FSRS under the learner's settings and time zone."""

    def __init__(
        self,
        settings: StudySettings | None = None,
        *,
        tz: tzinfo | None = None,
        parameters: Sequence[float] | None = None,
    ) -> None:
        self.settings = settings or StudySettings()
        self.tz = tz
        """Time zone of the learner's study days; None is the computer's local zone."""
        self.fsrs = fsrs.Scheduler(
            parameters=DEFAULT_PARAMETERS if parameters is None else parameters,
            desired_retention=self.settings.desired_retention,
            enable_fuzzing=False,
        )
        """FSRS with the learner's fitted parameters (``parameters``), else the defaults."""

    @property
    def parameters(self) -> tuple[float, ...]:
        """The FSRS parameters this scheduler uses."""
        return tuple(self.fsrs.parameters)

    def today(self, now: datetime) -> date:
        """The study day ``now`` falls in."""
        return study_day(now, self.settings.day_rollover_hour, self.tz)

    def day_end(self, now: datetime) -> datetime:
        """When the study day of ``now`` ends (UTC): the next day's rollover."""
        return self.day_begin(now, days_later=1)

    def day_begin(self, now: datetime, *, days_later: int = 0) -> datetime:
        """When the study day of ``now`` (or the one ``days_later``) begins, in UTC."""
        day = self.today(now) + timedelta(days=days_later)
        return day_start(day, self.settings.day_rollover_hour, self.tz)

    def review(
        self, memory: FactMemory, rating: Rating, now: datetime, *, in_quiz: bool = False
    ) -> FactMemory:
        """The memory after a graded answer; the 8th lapse makes a leech and suspends it.

        ``in_quiz``: the answer came from a quiz or review, so a fact met for the first time
        spends none of the day's new-fact allowance.
        """
        card, _log = self.fsrs.review_card(memory.card, rating, as_utc(now))
        lapses = memory.lapses + (rating == Rating.Again and memory.card.state == State.Review)
        becomes_leech = lapses >= LEECH_LAPSES and not memory.leech
        return replace(
            memory,
            card=card,
            lapses=lapses,
            leech=memory.leech or becomes_leech,
            suspended=memory.suspended or becomes_leech,
            introduced=memory.introduced or self.today(now),
            introduced_by_quiz=memory.introduced_by_quiz
            if memory.introduced is not None
            else in_quiz,
        )

    def preview(self, memory: FactMemory, now: datetime) -> dict[Rating, timedelta]:
        """The interval each rating would give the fact if answered ``now``."""
        moment = as_utc(now)
        return {
            rating: self.fsrs.review_card(memory.card, rating, moment)[0].due - moment
            for rating in Rating
        }

    def bury_until(self, now: datetime) -> date:
        """The study day a fact buried ``now`` comes back: the next one."""
        return self.today(now) + timedelta(days=1)
