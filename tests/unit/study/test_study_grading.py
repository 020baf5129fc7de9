"""Grading: forgiving about form, strict about facts."""

from __future__ import annotations

import string

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from study_helpers import mc, number, ordering, tf, typed

from factdeck.bank import NumberQuestion, Question, TypedQuestion, answer_text
from factdeck.normalise import numbers_as_digits
from factdeck.study.grading import grade, normalise, parse_number, parse_order


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("  Kim   Il-sung ", "kim il sung"),
        ("HAVANA", "havana"),
        ("José Martí", "jose marti"),
        ("“Fidel” — Castro’s", "fidel castro s"),
        ("Łódź / Øresund", "lodz oresund"),
        ("Straße", "strasse"),
        ("a\tb\nc", "a b c"),
        ("x–y‐z", "x y z"),
    ],
)
def test_normalise(raw: str, expected: str) -> None:
    assert normalise(raw) == expected


@pytest.mark.parametrize(
    "response",
    ["Kim Il Sung", "kim il-sung", "KIM IL SUNG!", "Kim Ilsung", " kim  il   sung ", "Kím Íl Súng"],
)
def test_typed_ignores_case_accents_punctuation_hyphens_spacing(response: str) -> None:
    result = grade(typed("f", "Kim Il-sung"), response)
    assert result.correct and not result.near_miss
    assert result.given == response.strip()
    assert result.expected == "Kim Il-sung"


def test_typed_accepts_listed_alternatives() -> None:
    question = typed("f", "29 August 1960", accepted=["August 29, 1960", "1960-08-29"])
    assert grade(question, "august 29 1960").correct
    assert grade(question, "1960/08/29").correct
    assert not grade(question, "1960-08-28").correct


@pytest.mark.parametrize(
    ("answer", "response"),
    [
        ("Havana", "Havanna"),  # inserted letter
        ("Havana", "Hvana"),  # dropped letter
        ("Havana", "Havama"),  # changed letter
        ("Fidel Castro", "Fidel Castri"),  # a typo in one long word of two
        ("29 August 1960", "29 Agust 1960"),  # typo in the long word of a date
        ("Pyongyang", "Pyongyangg"),
        ("Malecón Seawall", "the Malecon Seawal"),  # an article is no letter of the answer
        ("the Malecón Seawall", "Malecon Seawal"),
    ],
)
def test_one_letter_typo_in_a_long_word_is_a_near_miss(answer: str, response: str) -> None:
    result = grade(typed("f", answer), response)
    assert result.correct and result.near_miss


@pytest.mark.parametrize(
    ("answer", "response"),
    [
        ("Cuba", "Cubs"),  # word shorter than five letters
        ("Kim Il Sung", "Kim Il Sang"),  # typo in a short word of a long answer
        ("Havana", "Hvaana"),  # two edits
        ("1960", "1961"),  # numbers never get a typo
        ("29 August 1960", "29 August 1961"),
        ("29 August 1960", "29 August 19600"),
        ("Havana", "Havana1"),  # an added digit is not a typo
        ("Havana", ""),
    ],
)
def test_other_differences_are_wrong(answer: str, response: str) -> None:
    result = grade(typed("f", answer), response)
    assert not result.correct and not result.near_miss


@pytest.mark.parametrize(
    "response", ["100000", "100,000", "100 000", "100.000", "100 000", " 100000 "]
)
def test_number_accepts_separators(response: str) -> None:
    assert grade(number("f", 100_000), response).correct


@pytest.mark.parametrize(
    "response", ["100001", "10,0000", "1,00,000", "100,000.5", "about 100000", "", "1e5"]
)
def test_number_is_otherwise_exact(response: str) -> None:
    assert not grade(number("f", 100_000), response).correct


def test_number_display_and_sign() -> None:
    assert answer_text(number("f", 1960)) == "1960"
    assert answer_text(number("f", 100_000)) == "100,000"
    assert parse_number("−12") == -12
    assert grade(number("f", -12), "-12").correct


def test_true_false() -> None:
    assert grade(tf("f", True), True).correct
    assert not grade(tf("f", True), False).correct
    result = grade(tf("f", False), False)
    assert result.correct and result.expected == "False" and result.given == "False"


def test_multiple_choice_by_option_text() -> None:
    question = mc("f", "Havana")
    assert grade(question, "Havana").correct
    result = grade(question, "Option B")
    assert not result.correct and result.given == "Option B" and result.expected == "Havana"


def test_ordering_by_list() -> None:
    question = ordering("f", ["A", "B", "C", "D"])
    assert grade(question, ["A", "B", "C", "D"]).correct
    result = grade(question, ["B", "A", "C", "D"])
    assert not result.correct
    assert result.expected == "A → B → C → D" and result.given == "B → A → C → D"


@pytest.mark.parametrize("question", [mc("f"), tf("f"), typed("f"), number("f"), ordering("f")])
def test_timed_out_is_wrong(question: object) -> None:
    result = grade(question, None)  # type: ignore[arg-type]
    assert not result.correct and result.given == ""


def test_wrong_response_shape_is_a_caller_bug() -> None:
    with pytest.raises(TypeError):
        grade(tf("f"), "true")
    with pytest.raises(TypeError):
        grade(ordering("f"), "ABCD")
    with pytest.raises(TypeError):
        grade(typed("f"), True)


@pytest.mark.parametrize(
    ("text", "n", "expected"),
    [
        ("3142", 4, [3, 1, 4, 2]),
        ("3 1 4 2", 4, [3, 1, 4, 2]),
        ("3,1,4,2", 4, [3, 1, 4, 2]),
        ("312", 4, None),
        ("3145", 4, None),
        ("3112", 4, None),
        ("31a2", 4, None),
        ("", 3, None),
        ("213", 3, [2, 1, 3]),
    ],
)
def test_parse_order(text: str, n: int, expected: list[int] | None) -> None:
    assert parse_order(text, n) == expected


# --- properties ------------------------------------------------------------------------------

ACCENTED = "áàâäãåéèêëíìîïóòôöõúùûüçñÁÉÍÓÚÇÑ"
words = st.text(alphabet=string.ascii_letters + ACCENTED, min_size=1, max_size=12)
phrases = st.lists(words, min_size=1, max_size=4).map(" ".join)
punctuation = st.sampled_from(list(".,;:!?'\"-–—‐“”‘’()/ "))


@settings(max_examples=80)
@given(st.text())
def test_normalise_is_idempotent(text: str) -> None:
    once = normalise(text)
    assert normalise(once) == once


@settings(max_examples=60)
@given(phrases)
def test_normalise_ignores_case_and_accents(text: str) -> None:
    plain = normalise(text)
    assert normalise(text.upper()) == plain
    assert normalise(text.lower()) == plain
    assert plain.isascii()


@settings(max_examples=60)
@given(phrases, st.lists(punctuation, min_size=1, max_size=3))
def test_typed_ignores_punctuation_around_words(answer: str, marks: list[str]) -> None:
    # Number words are figures: "ten sixty" is the year 1060 and "ten. sixty" two numbers,
    # which must never run together (the number tests cover them).
    assume(not any(c.isdigit() for c in numbers_as_digits(answer)))
    decorated = "".join(marks) + answer.replace(" ", marks[0] + " ") + "".join(marks)
    assert grade(typed("f", answer), decorated).correct


@settings(max_examples=60)
@given(phrases)
def test_the_exact_answer_is_always_right_and_never_a_near_miss(answer: str) -> None:
    result = grade(typed("f", answer), answer)
    assert result.correct and not result.near_miss


@settings(max_examples=80)
@given(
    st.integers(-(10**9), 10**9), st.integers(-(10**9), 10**9), st.sampled_from(["", ",", " ", "."])
)
def test_a_different_number_is_never_right(answer: int, other: int, separator: str) -> None:
    written = f"{other:,}".replace(",", separator)
    assert grade(number("f", answer), written).correct == (answer == other)
    if answer >= 0 and other >= 0:  # in typed text a minus sign is punctuation
        assert grade(typed("f", str(answer)), written).correct == (answer == other)


@settings(max_examples=60)
@given(st.integers(0, 10**12))
def test_number_roundtrips_through_display(value: int) -> None:
    assert grade(number("f", value), answer_text(number("f", value))).correct


@settings(max_examples=100)
@given(st.text(), st.text(min_size=1))
def test_random_junk_never_crashes(junk: str, answer: str) -> None:
    if not normalise(answer):
        answer = "Havana"
    for question in (typed("f", answer), number("f", 42), mc("f")):
        result = grade(question, junk)
        assert result.given == (junk if question.type == "multiple_choice" else junk.strip())
    order = parse_order(junk, 4)
    assert order is None or sorted(order) == [1, 2, 3, 4]


@pytest.mark.parametrize(
    "response", ["17%", "17 %", "17 percent", "17 per cent", "seventeen per cent"]
)
def test_typed_percentage_in_any_spelling(response: str) -> None:
    assert grade(typed("f", "17%"), response).correct
    assert grade(typed("f", "17 per cent"), response).correct


def test_typed_percentage_keeps_the_figure_exact() -> None:
    assert not grade(typed("f", "17%"), "71 percent").correct
    assert not grade(typed("f", "17%"), "percent").correct


def _asking(question: TypedQuestion | NumberQuestion, prompt: str) -> Question:
    return question.model_copy(update={"prompt": prompt})


@pytest.mark.parametrize(
    "response", ["3 million", "3,000,000", "three million", "3 million tonnes", "3000000 tonnes"]
)
def test_typed_figure_with_its_scale_or_the_counted_word(response: str) -> None:
    question = _asking(typed("f", "3 million"), "How many tonnes of rye did Orm grow?")
    assert grade(question, response).correct


@pytest.mark.parametrize("response", ["31,000,000", "31 million", "3 million ships", "30 million"])
def test_typed_figure_stays_exact(response: str) -> None:
    question = _asking(typed("f", "3 million"), "How many tonnes of rye did Orm grow?")
    assert not grade(question, response).correct


@pytest.mark.parametrize("response", ["12", "twelve", "12 seats", "twelve seats", "about 12"])
def test_number_in_words_or_with_what_it_counts(response: str) -> None:
    question = _asking(number("f", 12), "About how many seats does Orm have in the senate?")
    assert grade(question, response).correct


@pytest.mark.parametrize("response", ["12 ships", "13 seats", "seats", "120"])
def test_number_with_another_noun_is_wrong(response: str) -> None:
    question = _asking(number("f", 12), "How many seats does Orm have in the senate?")
    assert not grade(question, response).correct


@pytest.mark.parametrize(
    ("answer", "response"),
    [
        ("Premier League", "the Premier League"),
        ("The Hague", "Hague"),
        ("reduction", "a reduction"),
        ("Ice Age", "an ice age"),
    ],
)
def test_typed_ignores_a_leading_article(answer: str, response: str) -> None:
    assert grade(typed("f", answer), response).correct


def test_typed_a_lone_article_word_is_still_an_answer() -> None:
    assert grade(typed("f", "A"), "a").correct
    assert not grade(typed("f", "A"), "the").correct
    assert not grade(typed("f", "Premier League"), "the League").correct


def test_typed_figure_may_repeat_the_words_of_the_question_before_it() -> None:
    question = _asking(typed("f", "11th century"), "In what century was the abbey built?")
    assert grade(question, "in the 11th century").correct
    assert not grade(question, "in the 12th century").correct
    assert not grade(question, "before the 11th century").correct


@pytest.mark.parametrize(
    "response",
    ["1 May 1191", "1st May 1191", "the 1st of May 1191", "May 1st, 1191", "first May 1191"],
)
def test_typed_date_with_its_day_as_an_ordinal(response: str) -> None:
    assert grade(typed("f", "1 May 1191", accepted=["May 1, 1191"]), response).correct


def test_typed_date_ordinal_keeps_the_day_exact() -> None:
    question = typed("f", "1 May 1191", accepted=["May 1, 1191"])
    assert not grade(question, "11th May 1191").correct
    assert not grade(question, "May 21st, 1191").correct
