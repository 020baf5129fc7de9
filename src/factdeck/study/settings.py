"""What a learner sets, kept in their profile: scheduling settings and preferences.

Both are typed, validated records over the progress store's settings (one flat mapping, so saves
of every earlier FactDeck read the same): :class:`StudySettings` drive the scheduler,
:class:`Preferences` the look of the app and the defaults a quiz starts from. The study service
reads and writes them; a value a profile holds that is no longer valid reads as its default.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any, Self

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from factdeck.study.clock import DEFAULT_ROLLOVER_HOUR

SecondsPerQuestion = Annotated[int, Field(ge=0, le=3600)]
"""Time for each quiz question, in seconds; 0 means untimed."""
DEFAULT_SECONDS_PER_QUESTION = 30
PauseAfterTimeout = Annotated[int, Field(ge=0, le=60)]
"""Seconds the feedback on a timed-out question shows before a quiz moves on (0: it waits)."""
DEFAULT_PAUSE_AFTER_TIMEOUT = 4


class SavedSettings(BaseModel):
    """A record kept among a profile's settings, its fields stored as top-level keys."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    @classmethod
    def from_stored(cls, values: Mapping[str, Any]) -> Self:
        """The record in the store's settings: other keys are ignored, and a field whose saved
        value is invalid takes its default (the others keep theirs)."""
        known = {k: v for k, v in values.items() if k in cls.model_fields}
        try:
            return cls.model_validate(known)
        except ValidationError as error:
            bad = {str(e["loc"][0]) for e in error.errors() if e["loc"]}
            return cls.model_validate({k: v for k, v in known.items() if k not in bad})


class StudySettings(SavedSettings):
    """The learner's scheduling settings."""

    desired_retention: float = Field(default=0.90, ge=0.70, le=0.97)
    """The share of reviews the schedule aims to have remembered."""
    new_per_day: int = Field(default=20, ge=0, le=9999)
    """New facts introduced per study day (counting first answers in any mode)."""
    reviews_per_day: int = Field(default=200, ge=0, le=99999)
    """Most review cards shown per study day."""
    day_rollover_hour: int = Field(default=DEFAULT_ROLLOVER_HOUR, ge=0, le=23)
    """Local hour at which a new study day begins."""


class Preferences(SavedSettings):
    """The learner's preferences: the app's theme and the timing a new quiz starts from."""

    theme: str | None = Field(default=None, min_length=1, max_length=100)
    """The name of the app's colour theme (None: the app's default; a name the app does not
    know shows the default too)."""
    seconds_per_question: SecondsPerQuestion = DEFAULT_SECONDS_PER_QUESTION
    """The time per question a quiz setup starts from."""
    pause_after_timeout: PauseAfterTimeout = DEFAULT_PAUSE_AFTER_TIMEOUT
    """How long a timed-out question's feedback shows, for every quiz."""

    def quiz_defaults(self) -> dict[str, int]:
        """The ``QuizSettings`` fields these preferences set."""
        return {
            "seconds_per_question": self.seconds_per_question,
            "pause_after_timeout": self.pause_after_timeout,
        }
