"""Today's flashcard queue: order, daily limits, hidden facts, nothing due and cram."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from fsrs import Card, State
from study_helpers import make_bank, mc, number, ordering, tf, typed

from factdeck.bank import Bank, Fact, SourceRef
from factdeck.study.memory import FactMemory, card_id_for
from factdeck.study.queue import (
    CardKind,
    build_queue,
    cram_queue,
    front_question,
    pick_front,
    sibling_groups,
)
from factdeck.study.scheduler import StudyScheduler
from factdeck.study.settings import StudySettings

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)  # study day 2026-03-02 (rollover 04:00 UTC)
TODAY = date(2026, 3, 2)
DAY_END = datetime(2026, 3, 3, 4, 0, tzinfo=UTC)
SCHEDULER = StudyScheduler(tz=UTC)


def seen(
    fact_id: str,
    state: State,
    due: datetime,
    *,
    last_review: datetime = NOW - timedelta(days=3),
    introduced: date = date(2026, 2, 1),
    **flags: object,
) -> FactMemory:
    card = Card(
        card_id=card_id_for(fact_id),
        state=state,
        step=None if state == State.Review else 0,
        stability=5.0,
        difficulty=5.0,
        due=due,
        last_review=last_review,
    )
    return FactMemory(card=card, introduced=introduced, **flags)  # type: ignore[arg-type]


def ids(n: int, prefix: str = "f") -> list[str]:
    return [f"{prefix}{i:03d}" for i in range(n)]


def test_fresh_deck_offers_the_daily_new_limit_in_bank_order() -> None:
    queue = build_queue(ids(30), {}, SCHEDULER, NOW)
    assert [item.fact_id for item in queue.items] == ids(20)
    assert all(item.kind == CardKind.NEW and item.due is None for item in queue.items)
    assert (queue.counts.new, queue.counts.learning, queue.counts.review) == (20, 0, 0)
    assert queue.next_due == DAY_END  # more new facts tomorrow
    assert queue.next is queue.items[0]


def test_order_is_learning_due_then_reviews_due_today_then_new() -> None:
    memories = {
        "review-late": seen("review-late", State.Review, DAY_END - timedelta(minutes=1)),
        "review-old": seen("review-old", State.Review, NOW - timedelta(days=2)),
        "learning": seen("learning", State.Relearning, NOW - timedelta(minutes=1)),
        "review-tomorrow": seen("review-tomorrow", State.Review, DAY_END + timedelta(hours=1)),
        "learning-soon": seen("learning-soon", State.Learning, NOW + timedelta(minutes=10)),
        "learning-later": seen("learning-later", State.Learning, NOW + timedelta(hours=2)),
    }
    facts = ["new-1", *memories, "new-2"]
    queue = build_queue(facts, memories, SCHEDULER, NOW)
    assert [(i.fact_id, i.kind) for i in queue.items] == [
        ("learning", CardKind.LEARNING),
        ("review-old", CardKind.REVIEW),
        ("review-late", CardKind.REVIEW),
        ("new-1", CardKind.NEW),
        ("new-2", CardKind.NEW),
        ("learning-soon", CardKind.LEARNING),  # learn-ahead, only once the rest is done
    ]
    assert (queue.counts.new, queue.counts.learning, queue.counts.review) == (2, 3, 2)
    assert queue.counts.total == 7
    assert queue.next_due == NOW + timedelta(hours=2)


def test_limits_count_what_today_already_used() -> None:
    settings = StudySettings(new_per_day=5, reviews_per_day=10)
    scheduler = StudyScheduler(settings, tz=UTC)
    memories = {f: seen(f, State.Review, NOW - timedelta(days=1)) for f in ids(15, "r")}
    for fact_id in ids(3, "d"):  # reviewed earlier today, not due again until later
        memories[fact_id] = seen(
            fact_id, State.Review, NOW + timedelta(days=9), last_review=NOW - timedelta(hours=2)
        )
    for fact_id in ids(2, "n"):  # first answered today: they used up new slots
        memories[fact_id] = seen(
            fact_id, State.Review, NOW + timedelta(days=2), last_review=NOW, introduced=TODAY
        )
    facts = [*memories, *ids(10)]
    queue = build_queue(facts, memories, scheduler, NOW)
    assert queue.counts.review == 10 - 3
    assert queue.counts.new == 5 - 2
    assert [i.fact_id for i in queue.items if i.kind == CardKind.NEW] == ids(3)
    assert queue.next_due == DAY_END


def test_yesterdays_answers_do_not_count_against_today() -> None:
    yesterday_evening = datetime(2026, 3, 2, 3, 30, tzinfo=UTC)  # before the 04:00 rollover
    memories = {
        f: seen(f, State.Review, NOW + timedelta(days=5), last_review=yesterday_evening)
        for f in ids(5, "r")
    }
    memories["n"] = seen("n", State.Review, NOW + timedelta(days=5), introduced=date(2026, 3, 1))
    scheduler = StudyScheduler(StudySettings(new_per_day=1, reviews_per_day=1), tz=UTC)
    facts = [*memories, "new", "overdue"]
    memories["overdue"] = seen("overdue", State.Review, NOW - timedelta(days=1))
    queue = build_queue(facts, memories, scheduler, NOW)
    assert [i.fact_id for i in queue.items] == ["overdue", "new"]


def test_suspended_buried_flagged_and_removed_facts_are_left_out() -> None:
    due = NOW - timedelta(days=1)
    memories = {
        "suspended": seen("suspended", State.Review, due, suspended=True),
        "buried": seen("buried", State.Review, due, buried_until=TODAY + timedelta(days=1)),
        "was-buried": seen("was-buried", State.Review, due, buried_until=TODAY),
        "flagged": seen("flagged", State.Review, due, flagged_wrong=True),
        "removed": seen("removed", State.Review, due),
        "new-suspended": FactMemory(card=Card(card_id=1, due=NOW), suspended=True),
    }
    facts = [f for f in memories if f != "removed"]
    queue = build_queue(facts, memories, SCHEDULER, NOW)
    assert [i.fact_id for i in queue.items] == ["was-buried"]
    tomorrow = build_queue(facts, memories, SCHEDULER, DAY_END + timedelta(hours=1))
    assert [i.fact_id for i in tomorrow.items] == ["buried", "was-buried"]


def test_nothing_due_says_when_the_next_card_is() -> None:
    memories = {
        "a": seen("a", State.Review, datetime(2026, 3, 5, 15, tzinfo=UTC)),
        "b": seen("b", State.Review, datetime(2026, 3, 9, 15, tzinfo=UTC)),
    }
    queue = build_queue(list(memories), memories, SCHEDULER, NOW)
    assert queue.items == () and queue.next is None and queue.counts.total == 0
    assert queue.next_due == datetime(2026, 3, 5, 4, tzinfo=UTC)  # when that study day begins
    assert build_queue([], {}, SCHEDULER, NOW).next_due is None


def test_day_rollover_brings_tomorrows_reviews() -> None:
    memories = {"a": seen("a", State.Review, datetime(2026, 3, 3, 9, tzinfo=UTC))}
    before = build_queue(["a"], memories, SCHEDULER, datetime(2026, 3, 3, 3, 59, tzinfo=UTC))
    after = build_queue(["a"], memories, SCHEDULER, datetime(2026, 3, 3, 4, 0, tzinfo=UTC))
    assert before.items == () and before.next_due == datetime(2026, 3, 3, 4, tzinfo=UTC)
    assert [i.fact_id for i in after.items] == ["a"]


def test_cram_goes_over_studied_facts_soonest_first() -> None:
    memories = {
        "late": seen("late", State.Review, NOW + timedelta(days=30)),
        "soon": seen("soon", State.Review, NOW + timedelta(days=2)),
        "learning": seen("learning", State.Learning, NOW + timedelta(hours=1)),
        "suspended": seen("suspended", State.Review, NOW, suspended=True),
    }
    items = cram_queue(["new", *memories], memories, SCHEDULER, NOW)
    assert [(i.fact_id, i.kind) for i in items] == [
        ("learning", CardKind.LEARNING),
        ("soon", CardKind.REVIEW),
        ("late", CardKind.REVIEW),
    ]


def test_front_question_prefers_typed_then_a_true_statement() -> None:
    bank = make_bank(
        [mc("a"), tf("a", False), typed("a"), tf("b", False), tf("b", True), ordering("c")]
    )
    assert front_question(bank, "a").id == "a.typed"
    assert front_question(bank, "b").id == "b.tf"
    assert front_question(bank, "c").id == "c.order-4"
    assert pick_front([mc("d"), number("d")]).id == "d.number"
    with pytest.raises(ValueError):
        front_question(bank, "nothing")


def test_siblings_are_buried_for_the_day_once_one_is_answered() -> None:
    def fact(fact_id: str, quote: str) -> Fact:
        source = SourceRef(document="doc", quote=quote)
        return Fact(id=fact_id, statement=f"{fact_id}.", kind="other", source=source)

    crusade = "In 1147, during the Second Crusade, Lisbon was taken."
    bank = Bank(
        deck="d",
        facts=[fact("year", crusade), fact("war", f"  {crusade}"), fact("other", "Else.")],
        questions=[typed("year"), typed("war"), typed("other")],
    )
    siblings = sibling_groups(bank)
    assert set(siblings) == {"year", "war"}  # spacing aside, the same sentence
    facts = ["year", "war", "other"]
    fresh = build_queue(facts, {}, SCHEDULER, NOW, siblings)
    assert [i.fact_id for i in fresh.items] == facts  # nothing answered yet: all offered

    learning = seen("year", State.Learning, NOW + timedelta(minutes=10), last_review=NOW)
    learning = FactMemory(card=learning.card, introduced=TODAY)
    review_due = seen("war", State.Review, NOW - timedelta(hours=1))
    for memories in ({"year": learning}, {"year": learning, "war": review_due}):
        queue = build_queue(facts, memories, SCHEDULER, NOW, siblings)
        assert "war" not in [i.fact_id for i in queue.items]
        assert queue.counts.review == 0 and queue.counts.new == 1  # other
        assert queue.next_due is not None and queue.next_due <= DAY_END
        tomorrow = build_queue(facts, memories, SCHEDULER, DAY_END + timedelta(hours=1), siblings)
        assert "war" in [i.fact_id for i in tomorrow.items]
    # The answered fact's own learning steps go on; without siblings nothing is buried.
    assert "year" in [i.fact_id for i in queue.items]
    assert "war" in [i.fact_id for i in build_queue(facts, memories, SCHEDULER, NOW).items]
