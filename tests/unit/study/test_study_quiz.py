"""Quizzes: question selection, the countdown, scoring and the objective rating."""

from __future__ import annotations

from collections import Counter

import pytest
from fsrs import Rating
from pydantic import ValidationError
from study_helpers import full_bank, make_bank, mc, number, ordering, tf, typed

from factdeck.bank import Bank, QuestionType
from factdeck.study.quiz import (
    OVERRIDE_RATING,
    GiveAways,
    NoQuestions,
    QuizSession,
    QuizSettings,
    objective_rating,
    question_topics,
    question_types,
    select_questions,
    speed_points,
)
from helpers.clock import FakeClock

# --- selection -------------------------------------------------------------------------------


def test_selection_is_deterministic_for_a_seed() -> None:
    bank = full_bank(30)
    settings = QuizSettings(count=12)
    first = [q.id for q in select_questions(bank, settings, seed=7)]
    assert first == [q.id for q in select_questions(bank, settings, seed=7)]
    assert first != [q.id for q in select_questions(bank, settings, seed=8)]


def test_selection_balances_types_and_never_repeats_a_fact_when_it_can_avoid_it() -> None:
    bank = full_bank(30)
    chosen = select_questions(bank, QuizSettings(count=10), seed=1)
    assert len(chosen) == 10
    assert set(Counter(q.type for q in chosen).values()) == {2}
    assert len({q.fact_id for q in chosen}) == 10


def test_selection_asks_each_fact_once_unless_repeats_are_asked_for() -> None:
    bank = full_bank(3)  # five forms of each fact
    for seed in range(20):
        chosen = select_questions(bank, QuizSettings(count=7), seed=seed)
        assert len(chosen) == 3 and len({q.fact_id for q in chosen}) == 3
    repeating = QuizSettings(count=7, repeat_facts=True)
    chosen = select_questions(bank, repeating, seed=3)
    assert len(chosen) == 7 and len({q.id for q in chosen}) == 7
    assert len({q.fact_id for q in chosen}) == 3
    assert len(select_questions(bank, QuizSettings(count=100, repeat_facts=True), seed=3)) == 15


def test_a_fact_passed_over_as_given_away_is_asked_rather_than_a_fact_twice() -> None:
    bank = _clue_bank(filler=0)  # two facts, one question's explanation gives the other away
    for seed in range(20):
        chosen = select_questions(bank, QuizSettings(count=2), seed=seed)
        assert sorted(q.fact_id for q in chosen) == ["clue", "year"]


def _clue_bank(filler: int) -> Bank:
    """``clue`` shows 1968 (in its explanation), ``year`` asks for it, plus ``filler`` facts."""
    clue = mc("clue").model_copy(update={"explanation": "Raúl Castro spoke in 1968."})
    questions = [clue, number("year", answer=1968)]
    questions += [mc(f"f{i:02d}", answer=f"Answer {i}") for i in range(filler)]
    return make_bank(questions)


def test_a_question_that_gives_away_another_answer_is_not_asked_with_it() -> None:
    bank = _clue_bank(filler=20)
    clue, year = bank.questions[0], bank.questions[1]
    give_aways = GiveAways(bank.questions)
    assert give_aways.gives_away(clue, year) and not give_aways.gives_away(year, clue)
    together = 0
    for seed in range(200):
        ids = {q.id for q in select_questions(bank, QuizSettings(count=12), seed=seed)}
        together += {clue.id, year.id} <= ids
    assert together == 0


def test_give_aways_are_allowed_when_nothing_else_is_left() -> None:
    bank = _clue_bank(filler=0)
    chosen = select_questions(bank, QuizSettings(count=2), seed=0)
    assert {q.fact_id for q in chosen} == {"clue", "year"}


def test_an_answer_the_deck_mentions_everywhere_gives_nothing_away() -> None:
    common = [mc(f"f{i:02d}", answer=f"Answer {i}") for i in range(20)]
    common = [q.model_copy(update={"explanation": "It was about Cuba."}) for q in common]
    cuba = mc("country", answer="Cuba")
    give_aways = GiveAways([*common, cuba])
    assert not give_aways.gives_away(common[0], cuba)


def test_a_common_answer_is_given_away_by_a_question_on_the_same_subject() -> None:
    filler = [mc(f"f{i:02d}", answer=f"Answer {i}") for i in range(20)]
    filler = [q.model_copy(update={"explanation": "Seoul is in South Korea."}) for q in filler]
    asked = typed("defection", answer="South Korea").model_copy(
        update={"prompt": "To which country did Ri Il Gyu defect in 2023?"}
    )
    items = ["Ri Il Gyu defects to South Korea", "The ship is searched", "The canal opens"]
    order = ordering("events", items)
    give_aways = GiveAways([*filler, asked, order])
    assert give_aways.gives_away(order, asked)  # shares "ri il gyu" and shows the answer
    assert not give_aways.gives_away(filler[0], asked)  # shows it, but on another subject


def test_selection_filters_by_topic_ignoring_case_and_accents_and_by_type() -> None:
    bank = full_bank(10, topics=("Cold War", "Diplomacía"))
    chosen = select_questions(bank, QuizSettings(count=50, topics=("diplomacia",)), seed=0)
    assert chosen and all(q.topics == ["Diplomacía"] for q in chosen)
    settings = QuizSettings(count=50, types=(QuestionType.TYPED, QuestionType.NUMBER))
    chosen = select_questions(bank, settings, seed=0)
    assert {q.type for q in chosen} == {QuestionType.TYPED, QuestionType.NUMBER}
    assert len(chosen) == 10  # one question per fact
    repeating = settings.model_copy(update={"repeat_facts": True})
    assert len(select_questions(bank, repeating, seed=0)) == 20


def test_selection_skips_excluded_facts() -> None:
    bank = full_bank(4)
    chosen = select_questions(bank, QuizSettings(count=50), seed=0, exclude_facts={"f00", "f01"})
    assert {q.fact_id for q in chosen} == {"f02", "f03"}


def _why(bank: Bank, settings: QuizSettings, exclude: frozenset[str] = frozenset()) -> str:
    with pytest.raises(NoQuestions) as raised:
        select_questions(bank, settings, seed=0, exclude_facts=exclude)
    return str(raised.value)


def test_no_questions_names_what_the_deck_has_for_the_filter_at_fault() -> None:
    bank = make_bank(
        [mc("a", topics=["Cold War"]), typed("a", topics=["Cold War"]), tf("b", topics=["Jazz"])]
    )
    assert _why(bank, QuizSettings(topics=("Opera",))) == (
        "No questions match topic 'Opera'. Topics in this deck: Cold War, Jazz."
    )
    assert _why(bank, QuizSettings(types=(QuestionType.ORDERING,))) == (
        "No questions match type ordering. "
        "Question types in this deck: multiple_choice, true_false, typed."
    )
    both = QuizSettings(topics=("Opera",), types=(QuestionType.NUMBER,))
    assert _why(bank, both) == (
        "No questions match topic 'Opera' and type number. Topics in this deck: Cold War, Jazz. "
        "Question types in this deck: multiple_choice, true_false, typed."
    )
    together = QuizSettings(topics=("jazz",), types=(QuestionType.TYPED,))
    assert _why(bank, together) == (
        "No questions match topic 'jazz' and type typed. "
        "Question types with that topic: true_false."
    )
    typed_only = QuizSettings(types=(QuestionType.TYPED,))
    assert _why(bank, typed_only, frozenset({"a"})) == (
        "No questions match type typed. Question types in this deck: true_false."
    ), "flagged facts do not count"
    assert _why(make_bank([mc("a")]), QuizSettings(topics=("Jazz",))) == (
        "No questions match topic 'Jazz'. This deck has no topics."
    )


def test_no_questions_when_everything_is_flagged_or_the_deck_is_empty() -> None:
    only_mc = make_bank([mc("a")])
    assert "flagged" in _why(only_mc, QuizSettings(), frozenset({"a"}))
    assert _why(make_bank([]), QuizSettings()) == "This deck has no questions."


def test_question_types_in_enum_order() -> None:
    questions = [typed("a"), ordering("b"), mc("c"), typed("d")]
    assert question_types(questions) == [
        QuestionType.MULTIPLE_CHOICE,
        QuestionType.TYPED,
        QuestionType.ORDERING,
    ]


def test_question_topics_once_each_in_alphabetical_order_case_ignored() -> None:
    questions = [
        typed("a", topics=["space race", "Cold War"]),
        mc("b", topics=["cold war"]),
        tf("c"),
        typed("d", topics=["Berlin", "space race"]),
    ]
    assert question_topics(questions) == ["Berlin", "Cold War", "cold war", "space race"]
    assert question_topics([tf("c")]) == []


def test_settings_are_validated() -> None:
    assert QuizSettings(types=("typed",)).types == (QuestionType.TYPED,)  # type: ignore[arg-type]
    assert QuizSettings(seconds_per_question=0).question_limit is None
    for bad in ({"count": 0}, {"seconds_per_question": -1}, {"quiz_time_limit": 0}, {"colour": 1}):
        with pytest.raises(ValidationError):
            QuizSettings(**bad)  # type: ignore[arg-type]


# --- scoring ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("correct", "near_miss", "timed_out", "seconds", "limit", "rating"),
    [
        (False, False, False, 3.0, 30.0, Rating.Again),
        (True, False, True, 30.0, 30.0, Rating.Again),
        (True, True, False, 3.0, 30.0, Rating.Hard),
        (True, False, False, 18.5, 30.0, Rating.Hard),
        (True, False, False, 18.0, 30.0, Rating.Good),
        (True, False, False, 500.0, None, Rating.Good),
    ],
)
def test_objective_rating(
    correct: bool,
    near_miss: bool,
    timed_out: bool,
    seconds: float,
    limit: float | None,
    rating: Rating,
) -> None:
    assert objective_rating(correct, near_miss, timed_out, seconds, limit) == rating


def test_speed_points() -> None:
    assert speed_points(True, 0.0, 30.0) == 1000
    assert speed_points(True, 15.0, 30.0) == 750
    assert speed_points(True, 10.0, 30.0) == 833
    assert speed_points(True, 30.0, 30.0) == 500
    assert speed_points(False, 1.0, 30.0) == 0
    assert speed_points(True, 1.0, None) == 0


# --- sessions --------------------------------------------------------------------------------


def _session(questions: list, **settings: object) -> tuple[QuizSession, FakeClock]:
    clock = FakeClock()
    return QuizSession(questions, QuizSettings(**settings), clock=clock), clock  # type: ignore[arg-type]


def test_a_whole_quiz_with_every_type() -> None:
    questions = [mc("a"), tf("b", False), typed("c", "Havana"), number("d", 1960), ordering("e")]
    session, clock = _session(questions)
    responses: list[object] = [
        "Havana",
        False,
        "Havanna",
        "1961",
        ["First", "Second", "Third", "Fourth"],
    ]
    for response in responses:
        assert not session.finished
        session.start_question()
        assert session.seconds_left() == 30.0
        clock.advance(6.0)
        assert session.seconds_left() == 24.0
        session.submit(response)  # type: ignore[arg-type]
        session.advance()
    assert session.finished
    results = session.results()
    assert [a.grade.correct for a in results.answers] == [True, True, True, False, True]
    assert results.answers[2].grade.near_miss and results.answers[2].rating == Rating.Hard
    assert results.answers[3].rating == Rating.Again and results.answers[3].speed_points == 0
    assert results.answers[0].speed_points == 900 and results.answers[0].rating == Rating.Good
    assert (results.correct, results.answered, results.unanswered) == (4, 5, 0)
    assert results.accuracy == 0.8 and results.total_seconds == 30.0
    assert results.speed_points == 900 * 4
    assert [a.question.id for a in results.missed] == ["d.number"]
    assert results.summary() == {
        "correct": 4,
        "answered": 5,
        "total": 5,
        "accuracy": 0.8,
        "seconds": 30.0,
        "speed_points": 3600,
    }


def test_time_out_and_late_submit() -> None:
    session, clock = _session([mc("a"), mc("b")], seconds_per_question=10)
    session.start_question()
    clock.advance(10.0)
    assert session.seconds_left() == 0.0
    answer = session.submit(None)
    assert answer.timed_out and not answer.grade.correct and answer.seconds == 10.0
    session.advance()
    session.start_question()
    clock.advance(12.5)  # the learner answers right, but after the deadline
    answer = session.submit("Havana")
    assert answer.timed_out and not answer.grade.correct and answer.grade.given == "Havana"
    assert answer.seconds == 10.0 and answer.rating == Rating.Again and answer.speed_points == 0


def test_untimed_quiz_has_no_countdown_and_no_speed_points() -> None:
    session, clock = _session([mc("a")], seconds_per_question=0)
    session.start_question()
    assert session.seconds_left() is None
    clock.advance(500.0)
    answer = session.submit("Havana")
    assert answer.grade.correct and not answer.timed_out and answer.speed_points == 0
    assert answer.rating == Rating.Good


def test_whole_quiz_limit_caps_the_countdown_and_ends_the_quiz() -> None:
    session, clock = _session(
        [mc("a"), mc("b"), mc("c")], seconds_per_question=30, quiz_time_limit=40
    )
    session.start_question()
    clock.advance(25.0)
    session.submit("Havana")
    session.advance()
    session.start_question()
    assert session.seconds_left() == 15.0
    clock.advance(15.0)
    assert session.submit(None).seconds == 15.0
    session.advance()
    assert session.finished
    results = session.results()
    assert (results.answered, results.unanswered, results.total) == (2, 1, 3)


def test_quiz_limit_alone_is_a_countdown() -> None:
    session, _ = _session([mc("a")], seconds_per_question=0, quiz_time_limit=90)
    assert session.seconds_left() == 90.0
    session.start_question()
    assert session.seconds_left() == 90.0


def test_pause_stops_the_question_and_the_quiz_countdowns() -> None:
    session, clock = _session([mc("a"), mc("b")], seconds_per_question=30, quiz_time_limit=40)
    session.start_question()
    clock.advance(10.0)
    session.pause()
    assert session.paused
    clock.advance(60.0)
    assert session.seconds_left() == 20.0, "frozen while paused"
    session.pause()  # a second pause does not restart the pause
    clock.advance(5.0)
    session.resume()
    assert not session.paused and session.seconds_left() == 20.0
    clock.advance(5.0)
    answer = session.submit("Havana")
    assert not answer.timed_out and answer.seconds == 15.0, "paused time is not charged"
    session.advance()
    assert not session.finished, "the quiz deadline moved too"
    session.start_question()
    assert session.seconds_left() == 25.0  # 40 s for the quiz, 15 s used
    session.resume()  # not paused: no effect
    clock.advance(25.0)
    assert session.seconds_left() == 0.0


def test_a_question_shown_while_paused_starts_on_resume() -> None:
    session, clock = _session([mc("a")], seconds_per_question=10)
    session.pause()
    session.start_question()
    clock.advance(100.0)
    session.resume()
    assert session.seconds_left() == 10.0


def test_start_question_twice_keeps_the_first_start() -> None:
    session, clock = _session([mc("a")])
    session.start_question()
    clock.advance(5.0)
    session.start_question()
    assert session.seconds_left() == 25.0


def test_session_refuses_out_of_order_calls() -> None:
    with pytest.raises(ValueError):
        QuizSession([], QuizSettings())
    session, _ = _session([mc("a")])
    with pytest.raises(RuntimeError):
        session.submit("Havana")
    with pytest.raises(RuntimeError):
        session.advance()
    session.start_question()
    session.submit("Havana")
    with pytest.raises(RuntimeError):
        session.submit("Havana")
    session.advance()
    with pytest.raises(RuntimeError):
        _ = session.current


# --- "I was right" ---------------------------------------------------------------------------


def test_override_counts_a_wrong_free_text_answer_as_right_with_its_speed_points() -> None:
    session, clock = _session([typed("a"), number("b"), mc("c")])
    session.start_question()
    clock.advance(6.0)
    wrong_text = session.submit("Atlantis")
    assert not wrong_text.grade.correct and wrong_text.speed_points == 0
    assert wrong_text.rating == Rating.Again and not wrong_text.overridden
    session.advance()
    session.start_question()
    clock.advance(12.0)
    session.submit("1961")
    assert session.can_override() and session.can_override(0)

    last = session.override()  # the last answer by default
    assert last is session.answers[1] and last.question.id == "b.number"
    assert last.overridden and last.grade.correct and last.grade.given == "1961"
    assert last.speed_points == 800 and last.rating == OVERRIDE_RATING == Rating.Hard
    assert last.seconds == 12.0 and not last.timed_out

    first = session.override(0)  # an earlier answer by its position
    assert first.overridden and first.grade.correct and first.speed_points == 900
    assert first.grade.expected == "Havana" and first.grade.given == "Atlantis"

    session.advance()
    session.start_question()
    session.submit("Havana")
    session.advance()
    results = session.results()
    assert results.answers == (first, last, session.answers[2])
    assert (results.correct, results.accuracy, results.missed) == (3, 1.0, [])
    assert results.speed_points == 900 + 800 + 1000
    assert results.summary()["correct"] == 3


def test_override_untimed_earns_no_speed_points() -> None:
    session, clock = _session([typed("a")], seconds_per_question=0)
    session.start_question()
    clock.advance(40.0)
    session.submit("Atlantis")
    answer = session.override()
    assert answer.grade.correct and answer.speed_points == 0 and answer.rating == Rating.Hard


def test_override_only_applies_to_free_text_answers_graded_wrong_in_time() -> None:
    session, clock = _session(
        [typed("a"), typed("b"), mc("c"), typed("d")], seconds_per_question=10
    )
    with pytest.raises(IndexError):
        session.override()
    assert not session.can_override()

    session.start_question()
    session.submit("Havanna")  # a near miss is already right
    assert not session.can_override()
    with pytest.raises(ValueError, match="already graded right"):
        session.override()
    session.advance()

    session.start_question()
    clock.advance(10.0)
    session.submit(None)
    assert not session.can_override()
    with pytest.raises(ValueError, match="timed out"):
        session.override()
    session.advance()

    session.start_question()
    session.submit("Option B")
    assert not session.can_override()
    with pytest.raises(ValueError, match="only typed and number"):
        session.override()
    session.advance()

    session.start_question()
    session.submit("Atlantis")
    session.override()
    assert not session.can_override()
    with pytest.raises(ValueError, match="already overridden"):
        session.override()
    with pytest.raises(IndexError):
        session.override(4)
    with pytest.raises(IndexError):
        session.override(-1)
    assert [a.overridden for a in session.results().answers] == [False, False, False, True]
    assert session.results().correct == 2


def test_a_fact_set_aside_mid_quiz_is_not_asked_again() -> None:
    session, _ = _session([typed("a"), mc("b"), mc("a"), tf("a"), number("c")], count=5)
    session.start_question()
    session.submit("Paris")
    assert session.set_aside("a") == [2, 3]
    assert [q.fact_id for q in session.questions] == ["a", "b", "c"]
    assert session.total == 3 and session.current.fact_id == "a"  # the one answered stays
    session.advance()
    assert session.current.fact_id == "b"
    assert session.set_aside("z") == []
