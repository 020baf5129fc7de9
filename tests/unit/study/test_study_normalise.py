"""The one text normaliser, shared by the generator and the grader."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

import pytest
from hypothesis import assume, given, settings
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


# --- separate figures never run together ------------------------------------------------------

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
THOUSANDS_SEPARATORS = [",", " ", ".", "'", "’", "\u00a0", "\u202f"]


def _date_forms(day: date) -> list[str]:
    """One date as a learner may type it (the year as a plain figure, even before 1000)."""
    month, d, y = MONTHS[day.month - 1], day.day, day.year
    return [
        f"{month} {d}, {y}",
        f"{month} {d} {y}",
        f"{month} {num2words(d, to='ordinal_num')}, {y}",
        f"{d} {month} {y}",
        f"the {num2words(d, to='ordinal_num')} of {month} {y}",
        f"{y}-{day.month:02d}-{d:02d}",
    ]


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("May 1, 1191", "May 11, 191"),
        ("May 1 1191", "May 11 191"),
        ("May 1,1191", "May 11,191"),
        ("1 2", "12"),
        ("3.5", "35"),
        ("1,5", "15"),
        ("10,0000", "100000"),
        ("1 2 345", "12345"),
        ("twelve 12", "1212"),
        ("twenty-one, twenty-two", "2122"),
    ],
)
def test_separate_figures_never_run_together(one: str, other: str) -> None:
    assert answer_key(one) != answer_key(other)
    assert not grade(typed("f", one), other).correct
    assert not grade(typed("f", other), one).correct


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("1,000", "1 000"),
        ("1 000", "1000"),
        ("1.000", "1000"),
        ("1'000'000", "1000000"),
        ("1.500 million", "1,500,000"),
        ("nineteen eighty-four", "1984"),
        ("eleven ninety-one", "1191"),
        ("nineteen oh five", "1905"),
        ("twenty twenty", "2020"),
        ("two point five", "2.5"),
        ("3,5", "3.5"),
    ],
)
def test_one_figure_in_any_of_its_forms_is_one_answer(one: str, other: str) -> None:
    assert answer_key(one) == answer_key(other)
    assert grade(typed("f", other), one).correct


def test_a_slip_of_a_letter_does_not_excuse_split_figures() -> None:
    assert grade(typed("f", "Apollo 11"), "Apolo 11").near_miss
    assert not grade(typed("f", "Apollo 11"), "Apolo 1 1").correct


@settings(max_examples=150)
@given(st.integers(0, 10**10), st.sampled_from(THOUSANDS_SEPARATORS))
def test_a_figure_grouped_in_thousands_is_that_figure(value: int, separator: str) -> None:
    written = f"{value:,}".replace(",", separator)
    assert answer_key(written) == answer_key(str(value))
    assert grade(typed("f", str(value)), written).correct
    assert grade(typed("f", f"{value:,}"), written).correct


def _splits(digits: str, cuts: list[int]) -> list[str]:
    """``digits`` cut before each position in ``cuts`` that falls inside it."""
    inside = sorted({cut for cut in cuts if 0 < cut < len(digits)})
    return [digits[i:j] for i, j in pairwise([0, *inside, len(digits)])]


def _read_as_one_grouped_figure(parts: list[str], separator: str) -> bool:
    """Whether the figures also read as one figure in groups of three ("1 234", "1,234")."""
    return (
        separator in {" ", ",", "."}
        and len(parts) > 1
        and len(parts[0]) <= 3
        and all(len(part) == 3 for part in parts[1:])
    )


@settings(max_examples=200)
@given(
    st.text(alphabet="0123456789", min_size=2, max_size=9),
    st.lists(st.integers(1, 8), max_size=3),
    st.lists(st.integers(1, 8), max_size=3),
    st.sampled_from([" ", ", ", ",", ".", "-", "/", " and "]),
)
def test_the_same_digits_split_differently_never_share_a_key(
    digits: str, cuts: list[int], other_cuts: list[int], separator: str
) -> None:
    one, other = _splits(digits, cuts), _splits(digits, other_cuts)
    assume(not _read_as_one_grouped_figure(one, separator))
    assume(not _read_as_one_grouped_figure(other, separator))
    written, answer = separator.join(one), separator.join(other)
    assert (answer_key(written) == answer_key(answer)) == (one == other)
    assert grade(typed("f", answer), written).correct == (one == other)


def _digits_moved_between_day_and_year(day: date) -> list[date]:
    """The dates whose day and year are the same digits cut elsewhere (1 May 1191, 11 May 191)."""
    digits = f"{day.day}{day.year}"
    moved = []
    for cut in range(1, len(digits)):
        day_part, year_part = digits[:cut], digits[cut:]
        if year_part[0] == "0" or int(year_part) > 9999 or not 1 <= int(day_part) <= 31:
            continue
        try:
            other = date(int(year_part), day.month, int(day_part))
        except ValueError:  # no such day in that month
            continue
        if other != day:
            moved.append(other)
    return moved


@settings(max_examples=150)
@given(st.dates(), st.dates())
def test_different_dates_never_grade_equal(one: date, other: date) -> None:
    assume(one != other)
    for different in [other, *_digits_moved_between_day_and_year(one)]:
        for written in _date_forms(one):
            for answer in _date_forms(different):
                assert answer_key(written) != answer_key(answer)
                assert not grade(typed("f", answer), written).correct


@settings(max_examples=80)
@given(st.dates())
def test_forms_of_one_date_grade_equal(day: date) -> None:
    written = _date_forms(day)
    assert grade(typed("f", written[0]), written[1]).correct  # "May 1, 1191", "May 1 1191"
    assert grade(typed("f", written[0]), written[2]).correct  # "May 1st, 1191"
    assert grade(typed("f", written[3]), written[4]).correct  # "1 May", "the 1st of May"
