"""Stems that lean on a thing named only outside them: "the larger Orm Castle" (larger than
which?), "a lack of wagons prevented their landing" (whose?), "the first rider to win since
1950" (win what?)."""

from __future__ import annotations

from factdeck.generate.gates import first_to_do_nothing, self_contained
from helpers.generation import selected_candidates


def test_a_name_told_by_comparison_with_an_unseen_one_is_refused() -> None:
    assert not self_contained("Which fleet did the larger Tessa Marne join in May 1790?")
    assert not self_contained("Who rebuilt the smaller Orle Abbey?")


def test_a_name_compared_in_the_stem_or_a_fixed_name_stays() -> None:
    assert self_contained("Which fleet did the Tessa Marne, larger than the Kell, join?")
    assert self_contained("Which fleet did the Tessa Marne join in May 1790?")
    assert self_contained("Who ruled Upper Varland in 1310?")


def test_their_after_a_singular_head_of_an_of_phrase_is_refused() -> None:
    assert not self_contained("In what year did a lack of wagons prevent their landing at Orle?")
    assert not self_contained("In what year did the absence of lorries delay their return?")


def test_their_owned_by_a_plural_subject_or_a_quantity_stays() -> None:
    assert self_contained("In what year did a number of towns lose their charters?")
    assert self_contained("In what year did a group of monks leave their abbey at Orle?")
    assert self_contained("In what year did the Varlanders lose their last fort?")


def test_the_first_to_win_with_nothing_won_is_refused() -> None:
    assert not self_contained("Who was the first rider to win since 1950?")
    assert not self_contained("Which club was the first side to win in the new league?")


def test_the_first_to_win_something_named_stays() -> None:
    assert self_contained("Who was the first rider to win the Orle Cup since 1950?")
    assert self_contained("Who was the first rider to win the Orle Cup?")


def test_a_body_called_by_its_capitalised_sort_alone_is_refused() -> None:
    assert not self_contained("After ratification, the Accord entered into force in what year?")
    assert not self_contained("Until what year did the Senate majority last?")
    assert not self_contained("What became the model for the Commission's new offices?")


def test_a_body_whose_name_goes_on_or_that_is_the_subject_stays() -> None:
    assert self_contained("In what year did the War of the Three Crowns end?")
    assert self_contained("Who founded the Bank of Varland?")
    assert self_contained("Who was Warden of the Fleet under Queen Ansa?")
    assert self_contained("In what year did the Accord Kell take effect?")
    assert self_contained("What became the model for the Commission's new offices?", ["commission"])


_COMMISSION = (
    "The Varlish Canal Commission is a public body that manages the canals of Varland. "
    "It was founded in 1871 by an act of the Varlish parliament.\n\n"
    "The Commission's first engineer was Ivo Marrek, who served from 1872 to 1890. "
    "In 1884, the Commission opened the Tessby lock on the river Orle. "
    "Ansel Dorne designed the Commission's headquarters in Kellby in 1902.\n"
)


def test_the_subject_called_by_its_sort_alone_is_named_in_the_question() -> None:
    questions = [c.question for c in selected_candidates("Varlish Canal Commission", _COMMISSION)]
    assert "Who was the Varlish Canal Commission's first engineer?" in questions
    assert "Who designed the Varlish Canal Commission's headquarters in Kellby in 1902?" in (
        questions
    )
    assert not any(q and "the Commission" in q for q in questions)


def test_the_sort_shared_with_another_name_of_the_document_is_not_named() -> None:
    text = _COMMISSION + "\nThe Orle River Commission took over its northern locks in 1950.\n"
    questions = [c.question for c in selected_candidates("Varlish Canal Commission", text)]
    assert not any(q and "Commission's" in q for q in questions)


def test_the_first_to_win_told_of_a_name_with_nothing_won_is_left_out() -> None:
    text = (
        "The 1990 Tessby Cup was the ninth season of the Tessby Cup, a cycling race in Varland."
        "\n\nOrm Vassek won the final stage at Kellby. Vassek was the first rider to win since "
        "1981. Ansel Dorne won the Mountain Prize and the Sprint Prize.\n"
    )
    questions = [c.question for c in selected_candidates("1990 Tessby Cup", text)]
    assert "Who was the first rider to win since 1981?" not in questions
    assert first_to_do_nothing("Who was the first rider to win since 1981?")
    assert not first_to_do_nothing("Who was the first rider to win the Orle Cup since 1981?")


_CUP = (
    "The 1990 Tessby Cup was the ninth season of the Tessby Cup, a cycling race in Varland.\n\n"
    "Orm Vassek won the final stage at Kellby. Ansel Dorne won the Mountain Prize and the "
    "Sprint Prize. The Mountain Prize is awarded by the Varlish Cycling Union.\n"
)


def test_a_question_in_a_dated_event_names_the_event() -> None:
    questions = [c.question for c in selected_candidates("1990 Tessby Cup", _CUP)]
    assert "Who won the Mountain Prize and the Sprint Prize in the 1990 Tessby Cup?" in questions
    assert "Who won the Mountain Prize and the Sprint Prize?" not in questions


def test_a_general_fact_or_a_season_of_many_events_is_not_scoped() -> None:
    questions = [c.question for c in selected_candidates("1990 Tessby Cup", _CUP)]
    assert "Which union awards the Mountain Prize?" in questions
    season = _CUP.replace("1990 Tessby Cup", "1990 Tessby season")
    questions = [c.question for c in selected_candidates("1990 Tessby season", season)]
    assert "Who won the Mountain Prize and the Sprint Prize?" in questions
