"""Typed answers a learner who knows the fact types: a name with its umlaut written as a
letter, a measure with its unit spelled out or left off; never another unit or figure."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from num2words import num2words
from study_helpers import typed

from factdeck.bank import NumberQuestion, SourceRef
from factdeck.normalise import with_marks_spelled_out
from factdeck.study.grading import grade

_MARKED = st.sampled_from(["ä", "ö", "ü", "ø", "å"])
_PLAIN = {"ä": ("a", "ae"), "ö": ("o", "oe"), "ü": ("u", "ue"), "ø": ("o", "oe"), "å": ("a", "aa")}
_SYLLABLES = st.text(alphabet="bcdfglmnrstvz", min_size=1, max_size=4)


@settings(max_examples=80)
@given(_SYLLABLES, _MARKED, _SYLLABLES)
def test_a_marked_letter_is_accepted_without_its_mark_and_spelled_out(
    head: str, mark: str, tail: str
) -> None:
    name = f"{head}{mark}{tail}".capitalize()
    for plain in _PLAIN[mark]:
        typed_name = f"{head}{plain}{tail}"
        result = grade(typed("f", name), typed_name)
        assert result.correct and not result.near_miss


@settings(max_examples=80)
@given(_SYLLABLES, _MARKED, _SYLLABLES)
def test_a_marked_letter_spelled_as_another_letter_is_no_exact_answer(
    head: str, mark: str, tail: str
) -> None:
    name = f"{head}{mark}{tail}".capitalize()
    result = grade(typed("f", name), f"{head}i{tail}")
    assert not result.correct or result.near_miss


def test_marks_are_spelled_out_as_german_and_danish_write_them() -> None:
    assert with_marks_spelled_out("Zürich") == "Zuerich"
    assert with_marks_spelled_out("Malmö") == "Malmoe"
    assert with_marks_spelled_out("Århus") == "Aarhus"
    assert with_marks_spelled_out("São Tomé") == "São Tomé"  # no other plain spelling


_UNITS = [
    ("km", ["kilometres", "kilometers", "km"]),
    ("miles", ["mi", "mile", "miles"]),
    ("m", ["metres", "meters", "m"]),
    ("sq mi", ["square miles", "sq mi"]),
    ("km²", ["square kilometres", "km2", "sq km"]),
    ("hectares", ["ha", "hectares"]),
]


@settings(max_examples=60)
@given(st.integers(1, 10**6), st.sampled_from(_UNITS))
def test_a_measure_takes_any_spelling_of_its_unit_or_none(
    value: int, unit: tuple[str, list[str]]
) -> None:
    written, spellings = unit
    question = typed("f", f"{value:,} {written}")
    assert grade(question, str(value)).correct
    for spelling in spellings:
        assert grade(question, f"{value} {spelling}").correct
        assert grade(question, f"{value:,} {spelling}").correct


@settings(max_examples=60)
@given(st.integers(1, 10**6), st.sampled_from(_UNITS), st.sampled_from(_UNITS))
def test_a_measure_never_takes_another_unit_or_figure(
    value: int, unit: tuple[str, list[str]], other: tuple[str, list[str]]
) -> None:
    question = typed("f", f"{value:,} {unit[0]}")
    assert not grade(question, f"{value + 1} {unit[0]}").correct
    assert not grade(question, str(value + 1)).correct
    if other != unit:
        assert not grade(question, f"{value} {other[1][0]}").correct


def test_a_decimal_measure_keeps_its_decimals() -> None:
    question = typed("f", "3.5 km")
    assert grade(question, "3.5 kilometres").correct
    assert grade(question, "3.5").correct
    assert not grade(question, "35").correct
    assert not grade(question, "3").correct


@pytest.mark.parametrize("answer", ["£34m", "34m"])
def test_a_figure_with_m_may_be_millions_and_takes_no_metres(answer: str) -> None:
    assert not grade(typed("f", answer), "34 metres").correct
    assert not grade(typed("f", answer), "34").correct


def test_a_name_with_a_figure_is_no_measure() -> None:
    assert not grade(typed("f", "Route 12 km"), "12").correct


_SIGNS = st.sampled_from(["$", "£", "€", "US$"])


@settings(max_examples=60)
@given(st.integers(1, 10**6), _SIGNS, _SIGNS, st.sampled_from(["", " million", " billion"]))
def test_a_sum_takes_its_figure_without_the_sign_never_another_sign(
    value: int, sign: str, other: str, scale: str
) -> None:
    question = typed("f", f"{sign}{value:,}{scale}")
    assert grade(question, f"{value}{scale}").correct
    assert not grade(question, f"{value + 1}{scale}").correct
    if other.strip("US") != sign.strip("US"):
        assert not grade(question, f"{other}{value}{scale}").correct


@settings(max_examples=40)
@given(st.integers(2, 20), st.booleans())
def test_a_century_is_its_hundreds_and_back(number: int, by_hundreds: bool) -> None:
    ordinal = num2words(number, to="ordinal_num")
    century, hundreds = f"the {ordinal} century", f"the {number - 1}00s"
    key, other = (hundreds, century) if by_hundreds else (century, hundreds)
    assert grade(typed("f", key), other).correct
    assert grade(typed("f", key), num2words(number, to="ordinal") + " century").correct
    assert not grade(typed("f", key), f"{number}00s").correct
    assert not grade(typed("f", key), f"{number + 1}th century").correct


@pytest.mark.parametrize(("key", "other"), [("21st century", "2000s"), ("5th century BC", "400s")])
def test_a_century_whose_hundreds_read_otherwise_is_not_them(key: str, other: str) -> None:
    assert not grade(typed("f", key), other).correct


def _count(prompt: str, answer: int) -> NumberQuestion:
    return NumberQuestion(
        id="f.number",
        fact_id="f",
        prompt=prompt,
        explanation="Statement of f.",
        source=SourceRef(document="doc", quote="A verbatim quote."),
        answer=answer,
    )


@settings(max_examples=60)
@given(st.integers(1, 10**6), st.sampled_from(_UNITS))
def test_a_count_in_the_unit_asked_may_carry_it_in_any_spelling(
    value: int, unit: tuple[str, list[str]]
) -> None:
    written, spellings = unit
    asked = {"km": "kilometres", "m": "metres", "km²": "square kilometres"}.get(written, written)
    question = _count(f"How many {asked} long is the Tam?", value)
    for spelling in spellings:
        assert grade(question, f"{value:,} {spelling}").correct
        assert not grade(question, f"{value + 1} {spelling}").correct


def test_a_count_with_another_unit_than_asked_is_wrong() -> None:
    question = _count("How many kilometres long is the Tam?", 1200)
    assert not grade(question, "1200 miles").correct
    assert not grade(_count("How long is the Tam in years?", 12), "12 km").correct
