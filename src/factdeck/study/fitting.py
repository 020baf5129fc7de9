"""The learner's own memory model: FSRS-6 parameters fitted to their answer history.

The optimizer is ``fsrs-rs-python``, the Rust FSRS core Anki uses: one small wheel with no
dependencies, where ``fsrs``'s own optimizer needs torch (and on Linux the CUDA libraries). The
parameters it fits are the 21 FSRS-6 parameters ``fsrs.Scheduler`` takes.

The history is the one the schedule was built from: every graded answer in any mode except
studying ahead (which leaves the schedule alone), one memory per fact. An answer overridden as
"I was right" counts as Hard, as the scheduler counted it.

A fit is judged on reviews it never saw: the reviews are put in time order, the parameters are
fitted to the earlier 80 % and both the parameters in use and the fitted ones are scored (log
loss and RMSE) on the later 20 %. Only a fit that lowers the held-out log loss replaces the
parameters in use; it is then refitted on the whole history, so the kept parameters use every
review.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from typing import Any

import fsrs
import fsrs_rs_python as fsrs_rs
from fsrs.scheduler import DEFAULT_PARAMETERS
from pydantic import BaseModel, ConfigDict, ValidationError

from factdeck.progress import AnswerRecord
from factdeck.study.clock import study_day
from factdeck.study.quiz import OVERRIDE_RATING

MIN_REVIEWS = 400
"""Reviews needed to fit: answers given on a later study day than the fact's previous answer
(a fit on fewer moves the parameters by noise; Anki also asks for several hundred)."""

HELD_OUT_SHARE = 0.2
"""The latest share of the reviews kept back to score a fit."""

MAX_HISTORY = 256
"""Most answers of one fact given to the optimizer per review (the newest are kept)."""

Fitter = Callable[[Sequence[fsrs_rs.FSRSItem]], Sequence[float]]
"""Fits parameters to review items (the default is the Rust optimizer)."""


class ModelScore(BaseModel):
    """How well parameters predict reviews: lower is better for both."""

    model_config = ConfigDict(frozen=True)

    log_loss: float
    rmse: float
    """Root mean square error of predicted recall against the share recalled, in bins (Anki's
    "RMSE (bins)")."""


class MemoryModel(BaseModel):
    """The parameters one deck is scheduled with, and the last fit that decided them.

    Stored per deck in the profile's settings (``memory_models``); ``parameters`` None means the
    FSRS defaults.
    """

    model_config = ConfigDict(frozen=True, extra="ignore")

    parameters: tuple[float, ...] | None = None
    fitted_at: datetime | None = None
    """When the last fit ran (whether or not it was kept)."""
    reviews: int = 0
    """Reviews the last fit rested on (later-day answers)."""
    held_out: int = 0
    """Of those, the latest ones it was scored on and never fitted to."""
    before: ModelScore | None = None
    """The parameters in use before the fit, scored on the held-out reviews."""
    after: ModelScore | None = None
    """The fitted parameters, scored on the same reviews."""
    outcome: str = ""
    """What the last fit decided, in a sentence for the learner."""

    @property
    def fitted(self) -> bool:
        return self.parameters is not None

    def scheduler_parameters(self) -> tuple[float, ...]:
        """The parameters to schedule with: the fitted ones, else the FSRS defaults."""
        return self.parameters if self.parameters is not None else tuple(DEFAULT_PARAMETERS)


MODELS_KEY = "memory_models"
"""The settings key holding ``{deck: MemoryModel}``."""


def stored_model(settings: Mapping[str, Any], deck: str) -> MemoryModel:
    """The deck's memory model from the profile's settings (defaults if none or unreadable)."""
    models = settings.get(MODELS_KEY)
    if not isinstance(models, dict) or not isinstance(models.get(deck), dict):
        return MemoryModel()
    try:
        model = MemoryModel.model_validate(models[deck])
    except ValidationError:
        return MemoryModel()
    if model.parameters is not None and not usable(model.parameters):
        return model.model_copy(update={"parameters": None})
    return model


def models_with(settings: Mapping[str, Any], deck: str, model: MemoryModel) -> dict[str, Any]:
    """The ``memory_models`` setting with ``deck``'s model replaced (others kept)."""
    models = settings.get(MODELS_KEY)
    kept = dict(models) if isinstance(models, dict) else {}
    kept[deck] = model.model_dump(mode="json")
    return kept


def usable(parameters: Sequence[float]) -> bool:
    """Whether ``fsrs.Scheduler`` accepts these parameters (21 values within its bounds)."""
    try:
        fsrs.Scheduler(parameters=tuple(parameters))
    except (ValueError, TypeError):
        return False
    return True


@dataclass(frozen=True)
class Review:
    """One graded answer, as the memory model sees it."""

    fact_id: str
    at: datetime
    rating: int


def reviews_of(answers: Iterable[AnswerRecord]) -> list[Review]:
    """The answers that shaped the schedule, oldest first, with the rating the scheduler used."""
    reviews = []
    for answer in answers:
        if answer.fact_id is None or answer.mode == "cram":
            continue
        if answer.override:
            rating = int(OVERRIDE_RATING)
        elif answer.rating is not None:
            rating = answer.rating
        else:  # saved before answers kept their rating: right is Good, wrong is Again
            rating = 3 if answer.correct else 1
        reviews.append(Review(answer.fact_id, answer.at, rating))
    reviews.sort(key=lambda review: review.at)
    return reviews


@dataclass(frozen=True)
class TimedItem:
    """A review to predict (the last of ``item``) and when it was made."""

    at: datetime
    item: fsrs_rs.FSRSItem


def review_items(
    reviews: Sequence[Review], *, rollover_hour: int, tz: tzinfo | None
) -> list[TimedItem]:
    """The optimizer's items, oldest first: one per answer given on a later study day than
    the fact's previous one, holding the fact's answers up to it (days between them as
    ``delta_t``; answers on the same day have 0)."""
    by_fact: dict[str, list[Review]] = {}
    for review in reviews:
        by_fact.setdefault(review.fact_id, []).append(review)
    items: list[TimedItem] = []
    for history in by_fact.values():
        steps: list[fsrs_rs.FSRSReview] = []
        previous = None
        for review in history:
            day = study_day(review.at, rollover_hour, tz)
            delta = 0 if previous is None else (day - previous).days
            previous = day
            steps.append(fsrs_rs.FSRSReview(review.rating, delta))
            if delta > 0:
                items.append(TimedItem(review.at, fsrs_rs.FSRSItem(steps[-MAX_HISTORY:])))
    items.sort(key=lambda timed: timed.at)
    return items


def count_reviews(reviews: Sequence[Review], *, rollover_hour: int, tz: tzinfo | None) -> int:
    """How many of ``reviews`` a fit rests on (the items :func:`review_items` would make)."""
    last_day: dict[str, date] = {}
    count = 0
    for review in reviews:
        day = study_day(review.at, rollover_hour, tz)
        previous = last_day.get(review.fact_id)
        count += previous is not None and day > previous
        last_day[review.fact_id] = day
    return count


def score(parameters: Sequence[float], items: Sequence[fsrs_rs.FSRSItem]) -> ModelScore:
    """Log loss and RMSE (bins) of ``parameters`` predicting the last review of each item."""
    evaluation = fsrs_rs.FSRS(list(parameters)).evaluate(list(items))
    return ModelScore(log_loss=evaluation.log_loss, rmse=evaluation.rmse_bins)


def optimize(items: Sequence[fsrs_rs.FSRSItem]) -> list[float]:
    """FSRS-6 parameters fitted to ``items`` by the Rust optimizer (seeded: repeatable)."""
    return list(fsrs_rs.FSRS(list(DEFAULT_PARAMETERS)).compute_parameters(list(items)))


def fit_memory_model(
    answers: Iterable[AnswerRecord],
    *,
    current: MemoryModel,
    now: datetime,
    rollover_hour: int,
    tz: tzinfo | None,
    fitter: Fitter = optimize,
) -> MemoryModel:
    """Fit the learner's parameters and decide whether to keep them.

    Args:
        answers: The profile's answer history on this deck (any order).
        current: The deck's model now; its parameters are the ones to beat.
        now: When the fit runs (recorded).
        rollover_hour: The hour the learner's study day begins.
        tz: The learner's time zone (None: the computer's).
        fitter: The optimizer (replaceable to test the decision).

    Returns:
        The model to keep: the fitted parameters when they predict the held-out reviews better,
        else the parameters in use, with the reason in ``outcome``.
    """
    items = review_items(reviews_of(answers), rollover_hour=rollover_hour, tz=tz)
    in_use = current.scheduler_parameters()
    kept = current.model_copy(
        update={
            "fitted_at": now,
            "reviews": len(items),
            "held_out": 0,
            "before": None,
            "after": None,
        }
    )
    if len(items) < MIN_REVIEWS:
        return kept.model_copy(
            update={
                "outcome": f"Not enough history yet: fitting needs {MIN_REVIEWS} reviews made "
                f"on a later day than the fact's previous answer, and there are {len(items)}. "
                "Scheduling keeps the "
                + ("fitted parameters." if current.fitted else "default parameters.")
            }
        )
    cut = len(items) - max(1, round(len(items) * HELD_OUT_SHARE))
    train = [timed.item for timed in items[:cut]]
    held_out = [timed.item for timed in items[cut:]]
    trial = fitter(train)
    before = score(in_use, held_out)
    after = score(trial, held_out) if usable(trial) else None
    scored = kept.model_copy(update={"held_out": len(held_out), "before": before, "after": after})
    what = "your fitted parameters" if current.fitted else "the default parameters"
    if after is None or after.log_loss >= before.log_loss:
        return scored.model_copy(
            update={
                "outcome": f"The fit did not predict your latest reviews better than {what}, "
                f"so scheduling keeps {what}."
            }
        )
    final = list(fitter([timed.item for timed in items]))
    if not usable(final):
        final = list(trial)
    return scored.model_copy(
        update={
            "parameters": tuple(final),
            "outcome": f"The fit predicts your latest reviews better than {what}: "
            "scheduling now uses your own parameters.",
        }
    )


def fit_lines(model: MemoryModel) -> list[str]:
    """The deck's memory model in a few lines of plain text: what schedules, and the last fit."""
    lines = [
        "Scheduling uses your own FSRS parameters."
        if model.fitted
        else "Scheduling uses the default FSRS parameters (an average learner)."
    ]
    if model.fitted_at is None:
        lines.append("No fit has been made yet.")
        return lines
    lines.append(f"Last fit {model.fitted_at:%d %b %Y %H:%M} UTC: {model.outcome}")
    if model.before is not None:
        after = model.after
        lines.append(
            f"Held-out log loss {model.before.log_loss:.3f} → "
            + (f"{after.log_loss:.3f}" if after else "–")
            + f", RMSE {model.before.rmse:.1%} → "
            + (f"{after.rmse:.1%}" if after else "–")
            + " (lower is better)"
        )
        improved = after is not None and after.log_loss < model.before.log_loss
        refit = " The parameters kept were then fitted to all of them." if improved else ""
        lines.append(
            f"Fitted on the earliest {model.reviews - model.held_out:,} of {model.reviews:,} "
            f"reviews, scored on the latest {model.held_out:,}, which it never saw.{refit}"
        )
    return lines
