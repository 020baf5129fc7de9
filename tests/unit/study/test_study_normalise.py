"""The one text normaliser, shared by the generator and the grader."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from num2words import num2words
from study_helpers import typed

from factdeck.generate.text import normalize
from factdeck.normalise import answer_key, normalise
from factdeck.study.grading import grade


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Kim Il-sung", "Kim Ilsung"),
        ("Søren", "Soren"),
        ("Łódź", "Lodz"),
        ("100,000", "100000"),
        ("Raúl Castro", "RAUL  castro"),
    ],
)
def test_the_generator_and_the_grader_agree(one: str, other: str) -> None:
    assert normalize is normalise
    assert answer_key(one) == answer_key(other)
    assert grade(typed("f", one), other).correct


@pytest.mark.parametrize(
    ("answer", "response"),
    [
        ("Second Crusade", "2nd crusade"),
        ("2nd Crusade", "the second crusade".removeprefix("the ")),
        ("three days", "3 days"),
        ("3", "three"),
        ("100,000", "one hundred thousand"),
        ("the twenty-first century", "the 21st century"),
        ("1960s", "1960s"),
    ],
)
def test_ordinals_numerals_and_number_words_are_the_same_answer(answer: str, response: str) -> None:
    result = grade(typed("f", answer), response)
    assert result.correct and not result.near_miss


@pytest.mark.parametrize(
    ("answer", "response"),
    [("Second Crusade", "Third Crusade"), ("Second Crusade", "2 crusade"), ("3", "thirteen")],
)
def test_a_different_number_in_words_is_still_wrong(answer: str, response: str) -> None:
    assert not grade(typed("f", answer), response).correct


def test_a_typo_in_a_number_word_is_a_near_miss() -> None:
    result = grade(typed("f", "Second Crusade"), "Secnd Crusade")
    assert result.correct and result.near_miss


@settings(max_examples=150)
@given(st.integers(0, 10**7))
def test_a_number_in_words_is_its_numeral(value: int) -> None:
    assert answer_key(num2words(value)) == answer_key(str(value))
    assert answer_key(num2words(value).replace(",", "")) == answer_key(f"{value:,}")


@settings(max_examples=150)
@given(st.integers(0, 10**7))
def test_an_ordinal_in_words_is_its_numeral(value: int) -> None:
    ordinal = num2words(value, to="ordinal")
    assert answer_key(ordinal) == answer_key(num2words(value, to="ordinal_num"))
    assert answer_key(f"the {ordinal} crusade") == answer_key(
        f"The {num2words(value, to='ordinal_num')} Crusade"
    )


@settings(max_examples=100)
@given(st.integers(0, 10**6), st.integers(0, 10**6))
def test_different_numbers_in_words_differ(one: int, other: int) -> None:
    same = answer_key(num2words(one)) == answer_key(num2words(other))
    assert same == (one == other)
    same_ordinal = answer_key(num2words(one, to="ordinal")) == answer_key(
        num2words(other, to="ordinal")
    )
    assert same_ordinal == (one == other)


@settings(max_examples=100)
@given(st.text())
def test_normalise_is_idempotent_and_the_key_has_no_spaces(text: str) -> None:
    once = normalise(text)
    assert normalise(once) == once
    assert " " not in answer_key(text)
