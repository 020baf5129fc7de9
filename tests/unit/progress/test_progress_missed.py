"""The missed set: joining, credits per session, leaving, override and undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from progress_helpers import memory

from factdeck.progress import ProgressError, ProgressStore


def _missed(store: ProgressStore) -> dict[str, int]:
    return {entry.question_id: entry.credits for entry in store.missed()}


def test_a_wrong_answer_joins_the_missed_set(store: ProgressStore) -> None:
    record = store.record_answer("q.mc", False, "quiz", 3, fact_id="q", session_id="s1")
    (entry,) = store.missed()
    assert (entry.question_id, entry.fact_id, entry.credits) == ("q.mc", "q", 0)
    assert entry.missed_at == record.at


def test_two_right_answers_in_two_sessions_clear_a_question(store: ProgressStore) -> None:
    store.record_answer("q", False, "quiz", 1, session_id="s1")
    store.record_answer("q", True, "quiz", 1, session_id="s1")
    assert _missed(store) == {"q": 1}
    store.record_answer("q", True, "review", 1, session_id="s1")
    assert _missed(store) == {"q": 1}, "one credit per session"
    store.record_answer("q", True, "review", 1, session_id="s2")
    assert _missed(store) == {}


def test_a_wrong_answer_resets_the_credits(store: ProgressStore) -> None:
    store.record_answer("q", False, "quiz", 1, session_id="s1")
    store.record_answer("q", True, "quiz", 1, session_id="s2")
    store.record_answer("q", False, "quiz", 1, session_id="s3")
    assert _missed(store) == {"q": 0}
    store.record_answer("q", True, "quiz", 1, session_id="s2")
    assert _missed(store) == {"q": 1}, "s2 counts again after the reset"


def test_a_review_in_another_form_credits_the_missed_question(store: ProgressStore) -> None:
    store.record_answer("f.mc", False, "quiz", 1, fact_id="f", session_id="s1")
    store.record_answer(
        "f.typed", True, "review", 1, fact_id="f", review_of="f.mc", session_id="s2"
    )
    assert _missed(store) == {"f.mc": 1}
    store.record_answer("f.tf", True, "review", 1, fact_id="f", review_of="f.mc", session_id="s3")
    assert _missed(store) == {}


def test_a_wrong_review_counts_against_the_missed_question_only(store: ProgressStore) -> None:
    first = store.record_answer("f.mc", False, "quiz", 1, fact_id="f", session_id="s1")
    store.record_answer("f.typed", True, "review", 1, review_of="f.mc", session_id="s2")
    assert _missed(store) == {"f.mc": 1}
    wrong = store.record_answer(
        "f.typed", False, "review", 1, fact_id="f", review_of="f.mc", session_id="s3"
    )
    assert _missed(store) == {"f.mc": 0}, "credits restart; the form shown does not join"
    (entry,) = store.missed()
    assert (entry.fact_id, entry.missed_at) == ("f", wrong.at)
    assert entry.missed_at != first.at
    store.record_answer("f.tf", True, "review", 1, review_of="f.mc", session_id="s3")
    store.record_answer("f.typed", True, "review", 1, review_of="f.mc", session_id="s4")
    assert _missed(store) == {}, "two fresh right occasions clear it"


def test_a_wrong_review_of_a_cleared_question_brings_it_back(store: ProgressStore) -> None:
    store.record_answer("f.typed", False, "review", 1, fact_id="f", review_of="f.mc")
    assert [(e.question_id, e.fact_id, e.credits) for e in store.missed()] == [("f.mc", "f", 0)]


def test_a_wrong_review_leaves_the_form_shown_as_it_was(store: ProgressStore) -> None:
    store.record_answer("f.mc", False, "quiz", 1, session_id="s1")
    store.record_answer("f.typed", False, "quiz", 1, session_id="s1")
    store.record_answer("f.typed", True, "quiz", 1, session_id="s2")
    assert _missed(store) == {"f.mc": 0, "f.typed": 1}
    store.record_answer("f.typed", False, "review", 1, review_of="f.mc", session_id="s3")
    assert _missed(store) == {"f.mc": 0, "f.typed": 1}


def test_overriding_an_answer_before_a_wrong_review_follows_through(
    store: ProgressStore,
) -> None:
    """The form shown in a wrong review is untouched, so an override of the miss that put it in
    the set still clears it (found by random testing against the naive model)."""
    first = store.record_answer("f.typed", False, "quiz", 1, session_id="s1")
    store.record_answer("f.typed", False, "review", 1, review_of="g.mc", session_id="s2")
    store.record_answer("f.typed", True, "quiz", 1, session_id="s3")
    store.override_answer(first.id)
    assert _missed(store) == {"g.mc": 0}


def test_quiz_and_flashcard_misses_still_join(store: ProgressStore) -> None:
    store.record_answer("a.mc", False, "quiz", 1, session_id="s1")
    store.record_answer("b.typed", False, "flashcard", 1, session_id="s1")
    assert _missed(store) == {"a.mc": 0, "b.typed": 0}


def test_override_and_undo_of_a_wrong_review(store: ProgressStore) -> None:
    store.record_answer("f.mc", False, "quiz", 1, session_id="s1")
    store.record_answer("f.typed", True, "review", 1, review_of="f.mc", session_id="s2")
    wrong = store.record_answer("f.typed", False, "review", 1, review_of="f.mc", session_id="s3")
    assert _missed(store) == {"f.mc": 0}
    store.override_answer(wrong.id)
    assert _missed(store) == {}, "s2 credit kept, s3 credit earned: cleared"
    store.retract_answer(wrong.id, None)
    assert _missed(store) == {"f.mc": 1}


def test_right_answers_to_unmissed_questions_change_nothing(store: ProgressStore) -> None:
    store.record_answer("q", True, "quiz", 1, session_id="s1")
    assert store.missed() == []


def test_override_removes_the_entry_the_answer_created(store: ProgressStore) -> None:
    record = store.record_answer("q", False, "quiz", 2, given="Lima", session_id="s1")
    overridden = store.override_answer(record.id)
    assert overridden.correct and overridden.override
    assert (overridden.id, overridden.given) == (record.id, "Lima")
    assert store.missed() == []
    assert store.answers() == [overridden]
    assert store.answer_count() == 1
    assert store.override_answer(record.id) == overridden, "overriding twice changes nothing"


def test_override_of_a_repeat_miss_restores_the_earlier_entry_with_credit(
    store: ProgressStore,
) -> None:
    store.record_answer("q", False, "quiz", 1, session_id="s1")
    store.record_answer("q", True, "quiz", 1, session_id="s1")
    again = store.record_answer("q", False, "quiz", 1, session_id="s2")
    assert _missed(store) == {"q": 0}
    store.override_answer(again.id)
    assert _missed(store) == {}, "s1 credit restored, s2 credit earned: cleared"


def test_override_leaves_a_later_miss_alone(store: ProgressStore) -> None:
    first = store.record_answer("q", False, "quiz", 1, session_id="s1")
    store.record_answer("q", False, "quiz", 1, session_id="s2")
    store.override_answer(first.id)
    assert _missed(store) == {"q": 0}


def test_override_of_a_right_answer_changes_nothing(store: ProgressStore) -> None:
    record = store.record_answer("q", True, "quiz", 1)
    assert store.override_answer(record.id) == record
    assert store.answers() == [record]


def test_override_of_an_unknown_or_undone_answer_is_refused(store: ProgressStore) -> None:
    with pytest.raises(ProgressError, match="no answer #42"):
        store.override_answer(42)
    record = store.record_answer("q", False, "quiz", 1)
    store.retract_answer(record.id, None)
    with pytest.raises(ProgressError, match="was undone"):
        store.override_answer(record.id)


def test_retract_removes_the_answer_and_restores_state_and_missed(store: ProgressStore) -> None:
    store.record_answer("q", False, "quiz", 1, fact_id="f", fact_state=memory(1), session_id="s1")
    last = store.record_answer(
        "q", True, "quiz", 1, fact_id="f", fact_state=memory(2), session_id="s2"
    )
    assert _missed(store) == {"q": 1}
    store.retract_answer(last.id, memory(1))
    assert [r.id for r in store.answers()] == [last.id - 1]
    assert store.fact_state("f") == memory(1)
    assert _missed(store) == {"q": 0}
    assert store.answer_count() == 1


def test_retract_can_undo_several_answers_in_turn(store: ProgressStore) -> None:
    first = store.record_answer("q", False, "flashcard", 1, fact_id="f", fact_state=memory(1))
    second = store.record_answer("q", False, "flashcard", 1, fact_id="f", fact_state=memory(2))
    with pytest.raises(ProgressError, match=r"Only the latest answer \(#2\)"):
        store.retract_answer(first.id, None)
    store.retract_answer(second.id, memory(1))
    store.retract_answer(first.id, None)
    assert store.answers() == []
    assert store.fact_states() == {}
    assert store.missed() == []
    with pytest.raises(ProgressError, match="no answer to undo"):
        store.retract_answer(first.id, None)


def test_retract_of_an_overridden_answer_undoes_the_override_too(store: ProgressStore) -> None:
    store.record_answer("x", False, "quiz", 1, session_id="s1")
    review = store.record_answer("y", False, "review", 1, review_of="x", session_id="s2")
    store.override_answer(review.id)
    assert _missed(store) == {"x": 1}
    store.retract_answer(review.id, None)
    assert _missed(store) == {"x": 0}


def test_retract_keeps_a_state_the_answer_did_not_set(store: ProgressStore) -> None:
    store.put_fact_state("f", memory(5))
    record = store.record_answer("f.mc", True, "quiz", 1, fact_id="f")
    store.retract_answer(record.id, None)
    assert store.fact_state("f") == memory(5)


def test_missed_set_effects_survive_reopening(saves: Path, small_segments: None) -> None:
    with ProgressStore.open(saves) as store:
        wrong = store.record_answer("a", False, "quiz", 1, session_id="s1")
        store.record_answer("b", False, "quiz", 1, session_id="s1")
        store.record_answer("b", True, "quiz", 1, session_id="s2")
        store.override_answer(wrong.id)
        last = store.record_answer("c", False, "quiz", 1, session_id="s2")
        store.retract_answer(last.id, None)
        expected = store.missed()
    with ProgressStore.open(saves) as store:
        assert store.missed() == expected
        assert _missed(store) == {"b": 1}


def test_override_counts_the_answer_right_even_after_later_answers(store: ProgressStore) -> None:
    """Missed twice, credited once in between: regrading the first miss keeps that credit."""
    store.record_answer("q", False, "quiz", 1, session_id="s0")
    first = store.record_answer("q", False, "quiz", 1, session_id="s1")
    store.record_answer("q", True, "quiz", 1, session_id="s2")
    assert _missed(store) == {"q": 1}
    store.override_answer(first.id)
    assert _missed(store) == {}, "s0 miss, then right in s1 and s2: cleared"


def test_undo_after_an_older_override_keeps_that_override(store: ProgressStore) -> None:
    wrong = store.record_answer("q", False, "quiz", 1, session_id="s1")
    last = store.record_answer("q", True, "quiz", 1, session_id="s2")
    store.override_answer(wrong.id)
    assert _missed(store) == {}
    store.retract_answer(last.id, None)
    assert _missed(store) == {}, (
        "the miss was overridden, so undoing the credit brings nothing back"
    )


def test_undo_of_the_answer_that_cleared_a_question_brings_it_back(store: ProgressStore) -> None:
    store.record_answer("q", False, "quiz", 1, session_id="s1")
    store.record_answer("q", True, "quiz", 1, session_id="s1")
    clearing = store.record_answer("q", True, "quiz", 1, session_id="s2")
    assert _missed(store) == {}
    store.retract_answer(clearing.id, None)
    assert _missed(store) == {"q": 1}
