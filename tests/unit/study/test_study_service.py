"""The study service over a real progress store: every answer saved with its fact's memory."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from fsrs import Rating, State
from pydantic import ValidationError
from study_helpers import full_bank, make_bank, mc, typed

from factdeck.bank import Bank
from factdeck.progress import ProgressStore
from factdeck.study.memory import LEECH_LAPSES, FactMemory
from factdeck.study.queue import CardKind
from factdeck.study.quiz import QuizResults, QuizSettings, answer_question
from factdeck.study.scheduler import StudyScheduler
from factdeck.study.service import StudyService
from factdeck.study.settings import StudySettings
from helpers.clock import FakeClock

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)  # study day 2026-03-02 (rollover 04:00 UTC)


@pytest.fixture
def clock() -> FakeClock[datetime]:
    return FakeClock(T0)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[ProgressStore]:
    with ProgressStore.open(tmp_path, profile="default") as opened:
        yield opened


def service_for(
    store: ProgressStore, clock: FakeClock[datetime], bank: Bank | None = None
) -> StudyService:
    return StudyService(bank or full_bank(5), store, now=clock, tz=UTC)


def expected_memory(
    fact_id: str, ratings: list[tuple[Rating, datetime]], *, in_quiz: bool = True
) -> dict[str, object]:
    """What fsrs makes of a fact answered with these ratings (in a quiz, unless told), as the
    store keeps it."""
    scheduler = StudyScheduler(tz=UTC)
    memory = FactMemory.new(fact_id, ratings[0][1])
    for rating, at in ratings:
        memory = scheduler.review(memory, rating, at, in_quiz=in_quiz)
    return memory.to_dict()


def undo(service: StudyService) -> tuple[str, CardKind, bool] | None:
    """Undo the last step: the fact of the card shown again, its kind, and whether the step
    was a rating (None: nothing to undo)."""
    undone = service.undo_last()
    if undone is None:
        return None
    assert undone.card == service.flashcard(undone.fact_id)
    return undone.fact_id, undone.card.kind, undone.rating


# --- quiz --------------------------------------------------------------------------------------


def test_quiz_answers_are_saved_with_the_memory_the_rating_map_gives(
    store: ProgressStore, clock: FakeClock[datetime]
) -> None:
    service = service_for(store, clock)
    settings = QuizSettings(count=4, seconds_per_question=30)
    session_id = service.start_quiz(settings)
    bank = service.bank
    answers = [
        answer_question(bank.question("f00.typed"), "Havana", 5.0, 30.0, late=False),  # Good
        answer_question(bank.question("f01.typed"), "Havanna", 5.0, 30.0, late=False),  # Hard
        answer_question(bank.question("f02.number"), "1960", 25.0, 30.0, late=False),  # slow: Hard
        answer_question(bank.question("f03.mc"), "Option B", 5.0, 30.0, late=False),  # Again
        answer_question(bank.question("f04.mc"), None, 30.0, 30.0, late=False),  # timed out
    ]
    expected = [Rating.Good, Rating.Hard, Rating.Hard, Rating.Again, Rating.Again]
    for answer, rating in zip(answers, expected, strict=True):
        record = service.record_quiz_answer(answer, session_id=session_id)
        fact_id = answer.question.fact_id
        assert record.rating == rating and record.fact_id == fact_id
        assert store.fact_state(fact_id) == expected_memory(fact_id, [(rating, T0)])
    records = store.answers()
    assert [r.question_id for r in records] == [a.question.id for a in answers]
    assert [(r.correct, r.near_miss, r.timed_out) for r in records] == [
        (True, False, False),
        (True, True, False),
        (True, False, False),
        (False, False, False),
        (False, False, True),
    ]
    assert records[1].given == "Havanna" and records[4].given is None
    assert all(r.mode == "quiz" and r.session_id == session_id and r.at == T0 for r in records)
    assert {m.question_id for m in store.missed()} == {"f03.mc", "f04.mc"}


def test_quiz_questions_leave_out_flagged_facts(
    store: ProgressStore, clock: FakeClock[datetime]
) -> None:
    service = service_for(store, clock)
    service.flag_wrong("f00", "the year is wrong")
    chosen = service.quiz_questions(QuizSettings(count=100), seed=1)
    assert len(chosen) == 4 and all(q.fact_id != "f00" for q in chosen)  # one per fact
    state = store.fact_state("f00")
    assert (
        state is not None and state["flagged_wrong"] and state["flag_note"] == "the year is wrong"
    )
    service.unflag("f00")
    assert len(service.quiz_questions(QuizSettings(count=100), seed=1)) == 5


def test_finished_quiz_score_and_home_summary(
    store: ProgressStore, clock: FakeClock[datetime]
) -> None:
    service = service_for(store, clock)
    summary = service.home_summary()
    assert (summary.deck, summary.questions, summary.facts, summary.facts_seen) == (
        "Test deck",
        25,
        5,
        0,
    )
    assert (summary.due_today, summary.new_today, summary.missed) == (0, 5, 0)
    assert summary.last_quiz is None
    settings = QuizSettings(count=2)
    session_id = service.start_quiz(settings)
    answers = (
        answer_question(service.bank.question("f00.mc"), "Havana", 3.0, 30.0, late=False),  # type: ignore[arg-type]
        answer_question(service.bank.question("f01.mc"), "Option C", 3.0, 30.0, late=False),  # type: ignore[arg-type]
    )
    for answer in answers:
        service.record_quiz_answer(answer, session_id=session_id)
    service.finish_quiz(session_id, QuizResults(answers=answers, total=2))
    summary = service.home_summary()
    assert summary.facts_seen == 2 and summary.missed == 1 and summary.new_today == 3
    assert summary.due_today == 2  # both facts are learning cards now
    last = summary.last_quiz
    assert last is not None
    assert (last.correct, last.answered, last.total, last.accuracy) == (1, 2, 2, 0.5)
    assert last.speed_points == 950
    other_deck = service_for(store, clock, service.bank.model_copy(update={"deck": "Other deck"}))
    assert other_deck.last_quiz() is None  # the score is this deck's, not the profile's


def test_override_regrades_and_reschedules_as_hard(
    store: ProgressStore, clock: FakeClock[datetime]
) -> None:
    service = service_for(store, clock)
    question = service.bank.question("f00.typed")
    answer = answer_question(question, "La Habana", 4.0, 30.0, late=False)  # type: ignore[arg-type]
    record = service.record_quiz_answer(answer, session_id=service.start_quiz(QuizSettings()))
    assert not record.correct and [m.question_id for m in store.missed()] == ["f00.typed"]
    overridden = service.override(record)
    assert overridden.correct and overridden.override
    assert store.missed() == []
    assert store.answers()[0].override
    assert store.fact_state("f00") == expected_memory("f00", [(Rating.Hard, T0)])


def test_progress_survives_a_restart(tmp_path: Path, clock: FakeClock[datetime]) -> None:
    with ProgressStore.open(tmp_path) as store:
        service = service_for(store, clock)
        service.update_settings(new_per_day=3)
        service.rate("f00", Rating.Good)
        service.suspend("f01")
    with ProgressStore.open(tmp_path) as store:
        service = service_for(store, clock)
        assert service.settings.new_per_day == 3
        assert service.memory("f00").card.state == State.Learning
        assert service.memory("f01").suspended
        counts = service.counts()
        assert (counts.new, counts.learning) == (2, 1)  # f00 took one of today's 3 new


# --- review missed ------------------------------------------------------------------------------


def test_review_clears_a_miss_after_two_sessions_in_another_form(
    store: ProgressStore, clock: FakeClock[datetime]
) -> None:
    service = service_for(store, clock)
    wrong = answer_question(service.bank.question("f00.typed"), "Lima", 4.0, 30.0, late=False)  # type: ignore[arg-type]
    service.record_quiz_answer(wrong, session_id=service.start_quiz(QuizSettings()))
    seen_forms = []
    for _ in range(2):
        (item,) = service.review_items()
        assert item.review_of == "f00.typed" and item.question.id != "f00.typed"
        seen_forms.append(item.question.id)
        session_id = service.start_review()
        question = item.question
        response = {"multiple_choice": "Havana", "true_false": True, "number": "1960"}.get(
            question.type, ["First", "Second", "Third", "Fourth"]
        )
        answer = answer_question(question, response, 3.0, None, late=False)  # type: ignore[arg-type]
        assert answer.grade.correct
        record = service.record_quiz_answer(
            answer, mode="review", session_id=session_id, review_of=item.review_of
        )
        assert record.mode == "review" and record.review_of == "f00.typed"
        service.finish_session(session_id, cleared=1)
        clock.advance(hours=1)
    assert service.review_items() == []
    assert len(set(seen_forms)) == 2  # a different form each time
    assert service.home_summary().missed == 0


def test_review_skips_flagged_facts_and_questions_gone_from_the_bank(
    store: ProgressStore, clock: FakeClock[datetime]
) -> None:
    service = service_for(store, clock)
    session_id = service.start_quiz(QuizSettings())
    for question_id in ("f00.mc", "f01.mc"):
        question = service.bank.question(question_id)
        answer = answer_question(question, "Option B", 2.0, 30.0, late=False)  # type: ignore[arg-type]
        service.record_quiz_answer(answer, session_id=session_id)
    service.flag_wrong("f00")
    assert [i.review_of for i in service.review_items()] == ["f01.mc"]
    smaller = service_for(store, clock, make_bank([mc("f02"), typed("f02")]))
    assert smaller.review_items() == []
    assert len(store.missed()) == 2  # the history stays


# --- flashcards ---------------------------------------------------------------------------------


def test_flashcards_rate_preview_and_undo_twice(
    store: ProgressStore, clock: FakeClock[datetime]
) -> None:
    service = service_for(store, clock)
    service.start_study()
    card = service.next_card()
    assert card is not None and card.fact_id == "f00" and card.kind == CardKind.NEW
    assert card.question.id == "f00.typed" and card.answer == "Havana"
    labels = service.rating_labels("f00")
    assert labels[Rating.Again] == "Again · 1m" and labels[Rating.Good] == "Good · 10m"
    preview = service.preview_intervals("f00")
    record = service.rate("f00", Rating.Good, seconds=4.0)
    assert record.mode == "flashcard" and record.rating == 3 and record.question_id == "f00.typed"
    assert service.memory("f00").card.due == T0 + preview[Rating.Good]
    after_first = (store.fact_states(), store.answers(), store.missed())

    clock.advance(seconds=30)
    service.rate("f01", Rating.Again)
    clock.advance(seconds=30)
    service.rate("f02", Rating.Easy)
    assert len(store.answers()) == 3 and [m.question_id for m in store.missed()] == ["f01.typed"]

    assert undo(service) == ("f02", CardKind.NEW, True)
    assert undo(service) == ("f01", CardKind.NEW, True)
    assert (store.fact_states(), store.answers(), store.missed()) == after_first
    assert service.next_card().fact_id == "f01"  # type: ignore[union-attr]
    assert service.flashcard("f00").kind == CardKind.LEARNING
    assert service.flashcard("f01").kind == CardKind.NEW
    assert undo(service) == ("f00", CardKind.NEW, True)
    assert undo(service) is None and not service.can_undo
    assert store.fact_states() == {} and store.answers() == []


def test_undoing_a_second_rating_gives_back_the_learning_card(
    store: ProgressStore, clock: FakeClock[datetime]
) -> None:
    service = service_for(store, clock)
    service.start_study()
    service.rate("f00", Rating.Good)
    clock.advance(minutes=10)
    service.rate("f00", Rating.Good)
    assert service.memory("f00").card.state == State.Review
    undone = service.undo_last()
    assert undone is not None and undone.rating
    assert undone.card.kind == CardKind.LEARNING
    assert (undone.card.question.id, undone.card.answer) == ("f00.typed", "Havana")
    assert service.next_card() == undone.card


def test_undo_stays_within_the_session(store: ProgressStore, clock: FakeClock[datetime]) -> None:
    service = service_for(store, clock)
    service.rate("f00", Rating.Good)  # starts a session
    assert service.can_undo
    service.start_study()
    assert not service.can_undo and undo(service) is None
    service.rate("f01", Rating.Good)
    quiz_answer = answer_question(service.bank.question("f02.mc"), "Havana", 2.0, 30.0, late=False)  # type: ignore[arg-type]
    service.record_quiz_answer(quiz_answer, session_id=service.start_quiz(QuizSettings()))
    assert not service.can_undo  # a quiz answer came after the rating


def test_daily_new_limit_then_learning_then_rollover(
    store: ProgressStore, clock: FakeClock[datetime]
) -> None:
    service = service_for(store, clock)
    service.update_settings(new_per_day=2)
    service.start_study()
    for _ in range(2):
        card = service.next_card()
        assert card is not None and card.kind == CardKind.NEW
        service.rate(card.fact_id, Rating.Good)
    counts = service.counts()
    assert (counts.new, counts.learning, counts.review) == (0, 2, 0)
    card = service.next_card()  # nothing else left: learning cards come early
    assert card is not None and card.kind == CardKind.LEARNING and card.fact_id == "f00"
    service.rate("f00", Rating.Good)
    service.rate("f01", Rating.Good)
    assert service.memory("f00").card.state == State.Review
    assert service.next_card() is None
    assert service.next_due() == datetime(2026, 3, 3, 4, tzinfo=UTC)  # new facts tomorrow
    clock.now = datetime(2026, 3, 3, 4, 0, tzinfo=UTC)
    counts = service.counts()
    assert counts.new == 2 and service.next_card().fact_id in {"f00", "f01", "f02"}  # type: ignore[union-attr]


def test_a_leech_is_suspended_and_can_come_back(
    store: ProgressStore, clock: FakeClock[datetime]
) -> None:
    service = service_for(store, clock, make_bank([typed("a"), typed("b")]))
    service.rate("a", Rating.Easy)
    for _ in range(LEECH_LAPSES):
        clock.now = service.memory("a").card.due
        service.rate("a", Rating.Again)
        clock.now = service.memory("a").card.due
        service.rate("a", Rating.Good)
    memory = service.memory("a")
    assert memory.leech and memory.suspended and memory.lapses == LEECH_LAPSES
    clock.now = memory.card.due + timedelta(days=1)
    assert "a" not in [item.fact_id for item in service.queue().items]
    service.unsuspend("a")
    assert service.next_card().fact_id == "a"  # type: ignore[union-attr]
    assert store.fact_state("a")["leech"] is True  # type: ignore[index]


def test_bury_until_tomorrow_and_suspend(store: ProgressStore, clock: FakeClock[datetime]) -> None:
    service = service_for(store, clock)
    service.bury("f00")
    service.suspend("f01")
    assert [i.fact_id for i in service.queue().items] == ["f02", "f03", "f04"]
    clock.now = datetime(2026, 3, 3, 4, 0, tzinfo=UTC)
    assert [i.fact_id for i in service.queue().items] == ["f00", "f02", "f03", "f04"]


def test_set_aside_steps_are_undone_with_ratings_newest_first(
    store: ProgressStore, clock: FakeClock[datetime]
) -> None:
    service = service_for(store, clock)
    service.start_study()
    service.rate("f00", Rating.Again)
    rated = store.fact_state("f00")
    service.bury("f00")
    service.suspend("f01")
    service.flag_wrong("f02", "wrong")
    assert [i.fact_id for i in service.queue().items] == ["f03", "f04"]
    assert undo(service) == ("f02", CardKind.NEW, False)
    assert not service.memory("f02").flagged_wrong
    assert undo(service) == ("f01", CardKind.NEW, False)
    assert not service.memory("f01").suspended
    assert undo(service) == ("f00", CardKind.LEARNING, False)
    assert store.fact_state("f00") == rated
    assert undo(service) == ("f00", CardKind.NEW, True)
    assert store.fact_state("f00") is None and store.answers() == []
    assert not service.can_undo and undo(service) is None
    assert [i.fact_id for i in service.queue().items] == ["f00", "f01", "f02", "f03", "f04"]


def test_unsuspending_a_rated_fact_ends_undo(
    store: ProgressStore, clock: FakeClock[datetime]
) -> None:
    service = service_for(store, clock)
    service.rate("f00", Rating.Again)
    service.unsuspend("f01")  # another fact: undo still possible
    assert service.can_undo
    service.unsuspend("f00")  # as from the Stats screen: not a step undo knows
    assert not service.can_undo


def test_undoing_a_burial_in_cram_puts_the_card_first(
    store: ProgressStore, clock: FakeClock[datetime]
) -> None:
    service = service_for(store, clock, make_bank([typed("a"), typed("b")]))
    for fact_id in ("a", "b"):
        service.rate(fact_id, Rating.Easy)
    service.start_study(cram=True)
    first = service.next_card()
    assert first is not None
    service.bury(first.fact_id)
    assert service.next_card().fact_id != first.fact_id  # type: ignore[union-attr]
    assert undo(service) == (first.fact_id, CardKind.REVIEW, False)
    assert service.next_card().fact_id == first.fact_id  # type: ignore[union-attr]
    assert service.memory(first.fact_id).buried_until is None


def test_cram_studies_ahead_without_changing_the_schedule(
    store: ProgressStore, clock: FakeClock[datetime]
) -> None:
    service = service_for(store, clock, make_bank([typed("a"), typed("b"), typed("c")]))
    assert not service.can_cram()
    for fact_id in ("a", "b"):
        service.rate(fact_id, Rating.Easy)
    service.suspend("c")
    assert service.next_card() is None and service.can_cram()
    schedule = store.fact_states()
    service.start_study(cram=True)
    assert service.cramming
    first = service.next_card()
    assert first is not None
    labels = service.rating_labels(first.fact_id)  # no interval: the schedule does not change
    assert list(labels.values()) == ["Again", "Hard", "Good", "Easy"]
    service.rate(first.fact_id, Rating.Again)
    second = service.next_card()
    assert second is not None and second.fact_id != first.fact_id
    service.rate(second.fact_id, Rating.Good)
    assert service.next_card().fact_id == first.fact_id  # type: ignore[union-attr]  # Again: back
    assert undo(service) == (second.fact_id, CardKind.REVIEW, True)
    assert service.next_card().fact_id == second.fact_id  # type: ignore[union-attr]
    assert store.fact_states() == schedule
    assert [a.mode for a in store.answers()] == ["flashcard", "flashcard", "cram"]


# --- settings -----------------------------------------------------------------------------------


def test_settings_reach_the_scheduler_and_the_store(
    store: ProgressStore, clock: FakeClock[datetime]
) -> None:
    service = service_for(store, clock)
    assert service.settings == StudySettings()
    updated = service.update_settings(desired_retention=0.8, theme="nord")
    assert updated.desired_retention == 0.8
    assert service.scheduler.fsrs.desired_retention == 0.8
    assert store.settings() == {"desired_retention": 0.8, "theme": "nord"}
    with pytest.raises(ValidationError):
        service.update_settings(desired_retention=0.99)
    assert store.settings()["desired_retention"] == 0.8
    assert service_for(store, clock).scheduler.fsrs.desired_retention == 0.8


def test_two_decks_in_one_profile_have_their_own_statistics(
    store: ProgressStore, clock: FakeClock[datetime]
) -> None:
    from factdeck.study.history import store_stats

    shipped = service_for(store, clock, make_bank([mc("s1"), mc("s2")], deck="Shipped"))
    other_bank = make_bank([mc("o1"), typed("o2")], deck="Imported")
    shipped.start_study()
    shipped.rate("s1", Rating.Good)
    other = service_for(store, clock, other_bank)
    other.start_study()
    other.rate("o1", Rating.Again)
    other.start_review()
    quiz = other.start_quiz(QuizSettings(count=1))
    answer = answer_question(other_bank.question("o2.typed"), "x", 1.0, 30.0, late=False)
    other.record_quiz_answer(answer, session_id=quiz)
    assert [(s["kind"], s["settings"]["deck"]) for s in store.sessions()] == [
        ("flashcard", "Shipped"),
        ("flashcard", "Imported"),
        ("review", "Imported"),
        ("quiz", "Imported"),
    ]
    shipped_stats = store_stats(shipped.bank, store, now=clock.now, tz=UTC)
    assert shipped_stats.totals.answered == 1
    assert [h.fact_id for h in shipped_stats.hardest] == []
    assert shipped_stats.quizzes == []
    other_stats = store_stats(other_bank, store, now=clock.now, tz=UTC)
    assert other_stats.totals.answered == 2
    assert [h.fact_id for h in other_stats.hardest] == ["o1", "o2"]
    assert all(h.in_bank for h in other_stats.hardest)
    assert shipped_stats.all_decks.answered == other_stats.all_decks.answered == 3


def test_a_quiz_answer_that_makes_a_leech_says_so(
    store: ProgressStore, clock: FakeClock[datetime]
) -> None:
    bank = make_bank([typed("a"), mc("a"), typed("b")])
    service = service_for(store, clock, bank)
    memory = service.memory("a")
    card = replace(memory.card, state=State.Review, stability=5.0, difficulty=5.0, last_review=T0)
    store.put_fact_state("a", replace(memory, card=card, lapses=LEECH_LAPSES - 1).to_dict())
    service = service_for(store, clock, bank)
    session = service.start_quiz(QuizSettings(count=3, repeat_facts=True))
    right = answer_question(bank.question("b.typed"), "Havana", 1.0, 30.0, late=False)
    assert not service.made_leech(service.record_quiz_answer(right, session_id=session))
    wrong = answer_question(bank.question("a.typed"), "Paris", 1.0, 30.0, late=False)
    record = service.record_quiz_answer(wrong, session_id=session)
    assert service.made_leech(record)
    assert service.memory("a").suspended and service.memory("a").leech
    again = answer_question(bank.question("a.mc"), "Paris", 1.0, 30.0, late=False)
    assert not service.made_leech(service.record_quiz_answer(again, session_id=session))


def test_the_flashcard_rating_that_makes_a_leech_says_so_until_undone(
    store: ProgressStore, clock: FakeClock[datetime]
) -> None:
    service = service_for(store, clock, make_bank([typed("a"), typed("b")]))
    service.start_study()
    service.rate("a", Rating.Easy)
    made = []
    for _ in range(LEECH_LAPSES):
        clock.now = service.memory("a").card.due
        made.append(service.made_leech(service.rate("a", Rating.Again)))
        if service.memory("a").leech:
            break
        clock.now = service.memory("a").card.due
        made.append(service.made_leech(service.rate("a", Rating.Good)))
    assert made == [False] * (2 * LEECH_LAPSES - 2) + [True]
    leech_rating = store.answers()[-1]
    assert service.made_leech(leech_rating)
    undone = service.undo_last()
    assert undone is not None and undone.rating and undone.fact_id == "a"
    assert not service.memory("a").leech and not service.made_leech(leech_rating)


def test_flashcards_bury_a_fact_from_the_same_sentence_until_tomorrow(
    store: ProgressStore, clock: FakeClock[datetime]
) -> None:
    bank = make_bank([typed("year"), typed("war"), typed("other")])
    shared = bank.facts[0].source
    facts = [bank.facts[0], bank.facts[1].model_copy(update={"source": shared}), bank.facts[2]]
    service = service_for(store, clock, bank.model_copy(update={"facts": facts}))
    service.rate("year", Rating.Good)
    assert [item.fact_id for item in service.queue().items][:1] == ["other"]
    assert "war" not in [item.fact_id for item in service.queue().items]
    clock.advance(days=1)
    assert "war" in [item.fact_id for item in service.queue().items]


def test_a_quiz_spends_none_of_the_flashcards_new_fact_allowance(
    store: ProgressStore, clock: FakeClock[datetime]
) -> None:
    service = service_for(store, clock, full_bank(40))
    assert service.counts().new == 20
    session = service.start_quiz(QuizSettings(count=10))
    for question in service.quiz_questions(QuizSettings(count=10), seed=3):
        answer = answer_question(question, None, 30.0, 30.0, late=True)
        service.record_quiz_answer(answer, session_id=session)
    assert service.counts().new == 20  # still the whole allowance
    assert service.counts().learning == 10  # the quiz's facts come back to be learned
    service.start_study()
    for _ in range(3):
        card = service.next_card()
        assert card is not None and card.kind == CardKind.NEW
        service.rate(card.fact_id, Rating.Good)
    assert service.counts().new == 17  # flashcards spend it
    clock.advance(days=1)
    assert service.counts().new == 20
