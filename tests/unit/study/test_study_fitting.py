"""Fitting the learner's own FSRS parameters: the history they rest on, and when they are kept."""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

import fsrs
import fsrs_rs_python as fsrs_rs
import pytest
from fsrs import Rating
from fsrs.scheduler import DEFAULT_PARAMETERS
from study_helpers import full_bank
from synthetic_learner import START, TRUE_PARAMETERS, synthetic_answers

from factdeck.progress import AnswerRecord, ProgressStore
from factdeck.study.fitting import (
    MIN_REVIEWS,
    MemoryModel,
    count_reviews,
    fit_memory_model,
    models_with,
    review_items,
    reviews_of,
    stored_model,
)
from factdeck.study.memory import FactMemory
from factdeck.study.service import StudyService


def answer(
    fact_id: str, at: datetime, rating: int, *, mode: str = "flashcard", override: bool = False
) -> AnswerRecord:
    return AnswerRecord(
        1, f"{fact_id}.typed", fact_id, mode, None, rating > 1, 3.0, False, False, override,
        rating, None, None, at,
    )  # fmt: skip


@pytest.fixture(scope="module")
def learner_history() -> list[AnswerRecord]:
    """90 days of a learner whose memory follows ``TRUE_PARAMETERS`` (300 facts, 10 new a day)."""
    return synthetic_answers(facts=300, new_per_day=10, days=90)


def fit(answers: Sequence[AnswerRecord], **kwargs: object) -> MemoryModel:
    return fit_memory_model(
        answers,
        current=MemoryModel(),
        now=START + timedelta(days=90),
        rollover_hour=4,
        tz=UTC,
        **kwargs,  # type: ignore[arg-type]
    )


def test_fit_moves_toward_the_learners_parameters_and_predicts_held_out_reviews_better(
    learner_history: list[AnswerRecord],
) -> None:
    model = fit(learner_history)

    assert model.fitted, model.outcome
    assert model.reviews >= MIN_REVIEWS
    assert model.held_out == round(model.reviews * 0.2)
    assert model.before is not None and model.after is not None
    assert model.after.log_loss < model.before.log_loss
    assert model.parameters is not None
    # the initial stabilities (after Again, Hard, Good, Easy) and the gain from a recalled review:
    # each fitted one is nearer the learner's own than the default is (on a log scale)
    for index in (0, 1, 2, 3, 8):
        fitted, true, default = (
            model.parameters[index],
            TRUE_PARAMETERS[index],
            DEFAULT_PARAMETERS[index],
        )
        assert abs(math.log(fitted / true)) < abs(math.log(default / true)), index


def test_too_little_history_keeps_the_defaults_and_says_how_much_is_needed(
    learner_history: list[AnswerRecord],
) -> None:
    model = fit(learner_history[:300])

    assert not model.fitted
    assert model.scheduler_parameters() == tuple(DEFAULT_PARAMETERS)
    assert model.before is None and model.after is None
    assert f"needs {MIN_REVIEWS} reviews" in model.outcome
    assert f"there are {model.reviews}" in model.outcome
    assert "keeps the default parameters" in model.outcome


def test_a_fit_that_predicts_worse_keeps_the_defaults(
    learner_history: list[AnswerRecord],
) -> None:
    forgetful = (0.01, 0.01, 0.01, 0.01, *DEFAULT_PARAMETERS[4:])  # forgets within minutes

    def bad_fitter(items: Sequence[fsrs_rs.FSRSItem]) -> list[float]:
        return list(forgetful)

    model = fit(learner_history, fitter=bad_fitter)

    assert not model.fitted
    assert model.before is not None and model.after is not None
    assert model.after.log_loss > model.before.log_loss
    assert "did not predict your latest reviews better" in model.outcome


def test_a_fit_refused_by_fsrs_keeps_the_defaults(learner_history: list[AnswerRecord]) -> None:
    model = fit(learner_history, fitter=lambda items: [1.0] * 5)

    assert not model.fitted
    assert model.after is None


def test_history_counts_every_mode_but_studying_ahead_with_the_schedulers_ratings() -> None:
    day = datetime(2026, 3, 2, 9, tzinfo=UTC)
    answers = [
        answer("a", day + timedelta(days=2), 3, mode="quiz"),
        answer("a", day, 3),
        answer("a", day + timedelta(days=3), 1, mode="cram"),
        answer("a", day + timedelta(days=5), 1, mode="review", override=True),
        answer("b", day, 4),
    ]

    reviews = reviews_of(answers)

    assert [(r.fact_id, (r.at - day).days, r.rating) for r in reviews] == [
        ("a", 0, 3),
        ("b", 0, 4),
        ("a", 2, 3),
        ("a", 5, int(Rating.Hard)),  # "I was right" counts as Hard
    ]


def test_items_are_the_later_day_answers_with_days_counted_in_study_days() -> None:
    evening = datetime(2026, 3, 2, 22, tzinfo=UTC)
    answers = [
        answer("a", evening, 3),
        answer("a", evening + timedelta(minutes=10), 3),  # same day: no item of its own
        answer("a", evening + timedelta(hours=5), 1),  # 03:00, before the 04:00 rollover
        answer("a", evening + timedelta(hours=7), 3),  # 05:00: the next study day
    ]

    items = review_items(reviews_of(answers), rollover_hour=4, tz=UTC)

    assert len(items) == 1
    steps = [repr(review) for review in items[0].item.reviews]  # the binding shows no fields
    assert steps == [
        f"FSRSReview {{ rating: {rating}, delta_t: {days} }}"
        for rating, days in [(3, 0), (3, 0), (1, 0), (3, 1)]
    ]


def test_models_are_kept_per_deck() -> None:
    fitted = MemoryModel(parameters=TRUE_PARAMETERS, reviews=500)
    settings: dict[str, object] = {"memory_models": models_with({}, "Other", MemoryModel())}

    settings["memory_models"] = models_with(settings, "Cuba", fitted)

    assert stored_model(settings, "Cuba").parameters == TRUE_PARAMETERS
    assert not stored_model(settings, "Other").fitted
    assert not stored_model(settings, "Unknown").fitted
    broken = {"memory_models": {"Cuba": {"parameters": [1.0, 2.0]}}}
    assert stored_model(broken, "Cuba").scheduler_parameters() == tuple(DEFAULT_PARAMETERS)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[ProgressStore]:
    with ProgressStore.open(tmp_path, profile="default") as opened:
        yield opened


def test_scheduling_with_fitted_parameters_agrees_with_fsrs(store: ProgressStore) -> None:
    moments = [START, START + timedelta(minutes=10), START + timedelta(days=4)]
    bank = full_bank(2)
    clock = iter(moments)
    service = StudyService(bank, store, now=lambda: next(clock), tz=UTC)
    service.use_memory_model(MemoryModel(parameters=TRUE_PARAMETERS))
    fact_id = bank.fact_ids[0]
    ratings = [Rating.Good, Rating.Good, Rating.Hard]

    service.rate(fact_id, ratings[0])
    reopened = StudyService(bank, store, now=lambda: next(clock), tz=UTC)
    for rating in ratings[1:]:
        reopened.rate(fact_id, rating)

    expected = FactMemory.new(fact_id, moments[0]).card
    reference = fsrs.Scheduler(parameters=TRUE_PARAMETERS, enable_fuzzing=False)
    for rating, moment in zip(ratings, moments, strict=True):
        expected = reference.review_card(expected, rating, moment)[0]
    assert reopened.memory(fact_id).card.to_dict() == expected.to_dict()
    default = fsrs.Scheduler(enable_fuzzing=False).review_card(
        FactMemory.new(fact_id, moments[0]).card, Rating.Good, moments[0]
    )[0]
    assert reopened.memory(fact_id).card.stability != default.stability


def test_the_review_count_offered_before_a_fit_is_what_the_fit_rests_on(
    learner_history: list[AnswerRecord],
) -> None:
    reviews = reviews_of(learner_history)

    counted = count_reviews(reviews, rollover_hour=4, tz=UTC)

    assert (
        counted
        == len(review_items(reviews, rollover_hour=4, tz=UTC))
        == fit(learner_history).reviews
    )
