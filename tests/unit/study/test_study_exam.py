"""An exam date and recall goal: the forecast, the plan it needs, and the last days' order."""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import fsrs
import pytest
from fsrs import Rating
from study_helpers import full_bank
from synthetic_learner import TRUE_PARAMETERS

from factdeck.bank import load_bank
from factdeck.cli import main
from factdeck.progress import ProgressStore
from factdeck.study.clock import utc_now
from factdeck.study.exam import (
    FINAL_DAYS,
    ExamNotAhead,
    ExamPlan,
    exam_queue,
    exams_with,
    forecast,
    readable_memory,
    stored_exam,
)
from factdeck.study.memory import FactMemory
from factdeck.study.queue import CardKind, build_queue
from factdeck.study.scheduler import StudyScheduler
from factdeck.study.service import StudyService

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)  # study day 2026-03-02 (rollover 04:00 UTC)
EXAM_DAY = date(2026, 3, 23)  # three weeks ahead
EXAM_STARTS = datetime(2026, 3, 23, 4, 0, tzinfo=UTC)


def studied(
    scheduler: StudyScheduler, fact_ids: list[str], days_ago: list[int], rating: Rating
) -> dict[str, FactMemory]:
    """Facts learned ``days_ago`` (Good, then ``rating`` ten minutes later)."""
    memories = {}
    for fact_id, ago in zip(fact_ids, days_ago, strict=True):
        at = NOW - timedelta(days=ago)
        memory = scheduler.review(FactMemory.new(fact_id, at), Rating.Good, at)
        memories[fact_id] = scheduler.review(memory, rating, at + timedelta(minutes=10))
    return memories


@pytest.mark.parametrize("parameters", [None, TRUE_PARAMETERS], ids=["default", "fitted"])
def test_forecast_now_is_the_mean_of_fsrs_retrievability_on_exam_day(
    parameters: tuple[float, ...] | None,
) -> None:
    scheduler = StudyScheduler(tz=UTC, parameters=parameters)
    facts = [f"f{n}" for n in range(6)]
    memories = studied(scheduler, facts[:4], [1, 5, 12, 30], Rating.Good)
    exam = ExamPlan(date=EXAM_DAY, goal=0.9)

    result = forecast(facts, memories, scheduler, exam, NOW, answers=8, fitted=bool(parameters))

    assert result is not None
    reference = fsrs.Scheduler(parameters=scheduler.parameters, enable_fuzzing=False)
    expected = [reference.get_card_retrievability(memories[f].card, EXAM_STARTS) for f in facts[:4]]
    assert result.recall_now == pytest.approx(sum(expected) / 6)  # two never studied: 0
    assert result.facts == 6 and result.days_left == 21
    assert result.below_goal == 6  # a fact learned this month is not at 90 % three weeks on
    assert result.as_json()["parameters"] == ("fitted" if parameters else "default")


def test_the_plan_learns_every_fact_before_the_last_days_and_reaches_the_goal() -> None:
    scheduler = StudyScheduler(tz=UTC)
    facts = [f"f{n:02d}" for n in range(40)]
    memories = studied(scheduler, facts[:10], [3] * 10, Rating.Good)
    exam = ExamPlan(date=EXAM_DAY, goal=0.9)

    result = forecast(facts, memories, scheduler, exam, NOW, answers=20, fitted=False)

    assert result is not None
    assert result.new_per_day == max(20, math.ceil(30 / (21 - FINAL_DAYS)))
    assert result.recall_now < 0.25 < 0.85 < result.recall_with_plan
    assert 0 < result.reviews_per_day <= result.peak_reviews
    json = result.as_json()
    assert json["predicted_recall_now"] == round(result.recall_now, 4)
    assert json["plan_reviews_per_day"] == result.reviews_per_day


def test_no_forecast_from_exam_day_on() -> None:
    scheduler = StudyScheduler(tz=UTC)
    exam = ExamPlan(date=NOW.date(), goal=0.9)
    assert forecast(["f0"], {}, scheduler, exam, NOW, answers=0, fitted=False) is None
    past = ExamPlan(date=NOW.date() - timedelta(days=2), goal=0.9)
    assert forecast(["f0"], {}, scheduler, past, NOW, answers=0, fitted=False) is None


def test_last_days_offer_lowest_predicted_recall_first_then_the_usual_queue() -> None:
    scheduler = StudyScheduler(tz=UTC)
    facts = [f"f{n}" for n in range(5)]
    memories = {
        **studied(scheduler, facts[:3], [2, 6, 1], Rating.Good),
        **studied(scheduler, facts[3:4], [1], Rating.Easy),
    }
    exam = ExamPlan(date=NOW.date() + timedelta(days=FINAL_DAYS), goal=0.9)
    queue = build_queue(facts, memories, scheduler, NOW)
    at = NOW.replace(hour=4) + timedelta(days=FINAL_DAYS)
    recall = {f: scheduler.fsrs.get_card_retrievability(memories[f].card, at) for f in facts[:4]}

    reordered = exam_queue(queue, facts, memories, scheduler, exam, NOW)

    weak = sorted((f for f in facts[:4] if recall[f] < 0.9), key=recall.__getitem__)
    assert weak and len(weak) < 4  # the Easy fact is above the goal
    assert [item.fact_id for item in reordered.items[: len(weak)]] == weak
    assert all(item.kind == CardKind.REVIEW for item in reordered.items[: len(weak)])
    assert reordered.items[len(weak)].fact_id == "f4"  # then the new fact, as before
    assert reordered.counts.review == len(weak) + sum(
        1 for i in queue.items if i.kind == CardKind.REVIEW and i.fact_id not in weak
    )
    # before the last days, and from exam day on, the queue is the usual one
    early = ExamPlan(date=NOW.date() + timedelta(days=FINAL_DAYS + 1), goal=0.9)
    assert exam_queue(queue, facts, memories, scheduler, early, NOW) is queue
    today = ExamPlan(date=NOW.date(), goal=0.9)
    assert exam_queue(queue, facts, memories, scheduler, today, NOW) is queue


def test_exams_are_kept_per_deck() -> None:
    settings = {"exams": exams_with({}, "Other", ExamPlan(date=EXAM_DAY, goal=0.8))}
    settings["exams"] = exams_with(settings, "Cuba", ExamPlan(date=EXAM_DAY, goal=0.95))

    assert stored_exam(settings, "Cuba") == ExamPlan(date=EXAM_DAY, goal=0.95)
    assert stored_exam(settings, "Other") == ExamPlan(date=EXAM_DAY, goal=0.8)
    settings["exams"] = exams_with(settings, "Cuba", None)
    assert stored_exam(settings, "Cuba") is None
    assert stored_exam({"exams": {"Cuba": {"date": "soon"}}}, "Cuba") is None


@pytest.fixture
def store(tmp_path: Path) -> Iterator[ProgressStore]:
    with ProgressStore.open(tmp_path, profile="default") as opened:
        yield opened


def test_service_offers_a_weak_fact_once_a_day_in_the_last_days(store: ProgressStore) -> None:
    bank = full_bank(2)
    moments = {"now": NOW - timedelta(days=2)}
    service = StudyService(bank, store, now=lambda: moments["now"], tz=UTC)
    for fact_id in bank.fact_ids:
        service.rate(fact_id, Rating.Good)
        moments["now"] += timedelta(minutes=10)
        service.rate(fact_id, Rating.Easy)
    moments["now"] = NOW
    assert service.counts().review == 0  # nothing due yet on the usual schedule
    service.set_exam(ExamPlan(date=NOW.date() + timedelta(days=2), goal=0.95))

    first = service.next_card()
    assert first is not None and service.counts().review == 2
    service.rate(first.fact_id, Rating.Good)

    second = service.next_card()
    assert second is not None and second.fact_id != first.fact_id
    service.rate(second.fact_id, Rating.Good)
    assert service.next_card() is None  # each weak fact once a day
    assert service.exam_forecast() is not None
    service.set_exam(None)
    assert service.exam_forecast() is None


def test_an_exam_must_be_after_today(store: ProgressStore) -> None:
    service = StudyService(full_bank(2), store, now=lambda: NOW, tz=UTC)
    today = service.scheduler.today(NOW)
    for day in (today, today - timedelta(days=30)):
        with pytest.raises(ExamNotAhead, match=f"is not after today \\({today.isoformat()}\\)"):
            service.set_exam(ExamPlan(date=day))
    assert service.exam() is None
    service.set_exam(ExamPlan(date=today + timedelta(days=1)))
    assert service.exam() == ExamPlan(date=today + timedelta(days=1))


def test_stats_json_includes_the_exam_forecast(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bank_path = Path(__file__).parents[2] / "fixtures" / "stats" / "bank.json"
    bank = load_bank(bank_path)
    exam = ExamPlan(date=utc_now().date() + timedelta(days=21), goal=0.9)
    with ProgressStore.open(tmp_path, "alice") as opened:
        StudyService(bank, opened).set_exam(exam)
    ProgressStore.open(tmp_path, "bob").close()
    argv = ["stats", "--json", "--bank", str(bank_path), "--saves", str(tmp_path)]

    assert main([*argv, "--profile", "alice"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert main([*argv, "--profile", "bob"]) == 0
    without = json.loads(capsys.readouterr().out)

    forecast_json = figures["exam_forecast"]
    assert forecast_json["exam_date"] == exam.date.isoformat()
    assert forecast_json["predicted_recall_now"] == 0  # nothing studied yet
    assert forecast_json["facts"] == len(bank.fact_ids)
    assert forecast_json["parameters"] == "default"
    assert without["exam_forecast"] is None


def test_a_saved_memory_that_cannot_be_read_counts_as_never_studied() -> None:
    memory = FactMemory.new("f-alpha", datetime(2024, 3, 1, tzinfo=UTC))

    assert readable_memory(memory.to_dict()) == memory
    assert readable_memory({"card": {"state": "nonsense"}}) is None
    assert readable_memory({"lapses": 2}) is None
