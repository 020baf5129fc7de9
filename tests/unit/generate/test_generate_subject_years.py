"""A year option of an imported question is certainly false: never a year inside a span the
document gives for what the question asks about, nor a year another sentence ties to it by
its name or its head noun ("the subsidy was cut in 1993"), though that sentence stands in
another paragraph and names nothing else of the question."""

from __future__ import annotations

import pytest

from factdeck.generate.distractors import subject_nouns, year_spans
from helpers.generation import auto_fact, option_pool

_COMMISSION = (
    "Dams of Orsk\n\n"
    "The flood of 1961 ruined the lower valley. {span}\n\n"
    "The Orsk commission published its report in 1972. A new dam opened in 1980."
)


@pytest.mark.parametrize(
    "span",
    [
        "The commission sat from 1962 to 1972 in the town hall.",
        "The commission sat between 1962 and 1972 in the town hall.",
        "The commission (1962–72) sat in the town hall.",
    ],
)
def test_no_year_option_inside_a_span_the_document_gives_the_subject(span: str) -> None:
    statement = "The Orsk commission published its report in 1972."
    prompt = "In what year did the Orsk commission publish its report?"
    fact = auto_fact("year", "1972", statement, prompt)
    text = _COMMISSION.format(span=span)
    options = option_pool(text, "year", ["1961", "1980"], fact).choose(fact)
    assert options
    assert not [option for option in options if 1962 <= int(option) <= 1972]


_SUBSIDY = (
    "Farming in Kelland\n\n"
    "Kelland ended its wool subsidy in {year}. Sheep numbers fell by a third.\n\n"
    "Reform\n\n"
    "The subsidy was first cut in {cut}. Later a farm bill replaced the remaining subsidies "
    "with grants in {bill}."
)


@pytest.mark.parametrize(("year", "cut", "bill"), [(1997, 1993, 2002), (1990, 1987, 1994)])
def test_no_year_option_another_sentence_ties_to_the_head_noun(
    year: int, cut: int, bill: int
) -> None:
    statement = f"Kelland ended its wool subsidy in {year}."
    fact = auto_fact("year", str(year), statement, "When did Kelland end its wool subsidy?")
    text = _SUBSIDY.format(year=year, cut=cut, bill=bill)
    options = option_pool(text, "year", [str(cut), str(bill)], fact).choose(fact)
    assert options
    assert str(cut) not in options
    assert str(bill) not in options


def test_a_common_noun_of_many_sentences_ties_no_year() -> None:
    text = "\n\n".join(
        f"The band released an album in {year}." for year in (1961, 1964, 1967, 1970, 1973)
    )
    fact = auto_fact(
        "year", "1967", "The band released an album in 1967.", "When did Ada Kell record the album?"
    )
    options = option_pool(text, "year", ["1961", "1964", "1970", "1973"], fact).choose(fact)
    assert len(options) == 3


def test_subject_nouns_are_the_heads_of_the_question_s_noun_phrases() -> None:
    assert subject_nouns("In what year did the Orsk commission publish its report?") == [
        "commission",
        "report",
    ]
    assert subject_nouns("When did Kelland end its wool subsidy?") == ["subsidy"]
    assert subject_nouns("When was Ada's second solo album released?") == ["album"]


def test_year_spans_read_ranges_but_not_two_years() -> None:
    assert year_spans("It sat from 1962 to 1972.") == [(1962, 1972)]
    assert year_spans("It sat (1962–72) in town.") == [(1962, 1972)]
    assert year_spans("It sat between 1962 and 1972.") == [(1962, 1972)]
    assert year_spans("It sat in 1962 and 1972.") == []
    assert year_spans("It cost 1,962-2,000 marks.") == []


def test_a_life_in_brackets_after_a_name_is_no_span() -> None:
    assert year_spans("The painter Edda Holm (1811–1849) worked in Vell.") == []
    assert year_spans("King Orm (c. 1020–1066) ruled.") == []
