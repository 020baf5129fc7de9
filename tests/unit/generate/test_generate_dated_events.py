"""A year option of an imported question that places what it asks after or before a thing
the document dates ("after its defeat in the Orm War", the war "(1756–63)") falls on that
side of it: a learner who knows when the war was rules any other year out."""

from __future__ import annotations

import pytest

from helpers.generation import auto_fact, option_pool

_WAR = (
    "Tarland\n\n"
    "Tarland and Kelland fought the Orm War {span} over the salt trade.\n\n"
    "Tarland built Fort Ash in {built} on the northern shore. "
    "After its defeat in the Orm War, Tarland ceded Vell Island to Kelland in {ceded}.\n\n"
    "Kelland gave the island back in 1802."
)


@pytest.mark.parametrize("span", ["(1756–1763)", "(1756–63)"])
@pytest.mark.parametrize("ceded", [1764, 1765, 1767])
def test_no_year_option_before_the_end_of_what_the_question_comes_after(
    span: str, ceded: int
) -> None:
    statement = f"After its defeat in the Orm War, Tarland ceded Vell Island to Kelland in {ceded}."
    prompt = "In what year did Tarland cede Vell Island after its defeat in the Orm War?"
    fact = auto_fact("year", str(ceded), statement, prompt)
    text = _WAR.format(span=span, built=1740, ceded=ceded)
    options = option_pool(text, "year", [], fact).choose(fact)
    assert len(options) == 3
    assert all(int(option) >= 1763 for option in options)


@pytest.mark.parametrize("built", [1750, 1752, 1754])
def test_no_year_option_after_the_beginning_of_what_the_question_comes_before(
    built: int,
) -> None:
    statement = f"Tarland built Fort Ash in {built} on the northern shore."
    prompt = "In what year, before the Orm War, did Tarland build Fort Ash?"
    fact = auto_fact("year", str(built), statement, prompt)
    text = _WAR.format(span="(1756–1763)", built=built, ceded=1765)
    options = option_pool(text, "year", [], fact).choose(fact)
    assert len(options) == 3
    assert all(int(option) <= 1756 for option in options)


def test_a_name_the_question_comes_after_without_a_date_bounds_nothing() -> None:
    statement = "After its defeat in the Orm War, Tarland ceded Vell Island to Kelland in 1765."
    prompt = "In what year did Tarland cede Vell Island after its defeat in the Orm War?"
    fact = auto_fact("year", "1765", statement, prompt)
    text = _WAR.format(span="", built=1740, ceded=1765).replace("  ", " ")
    options = option_pool(text, "year", [], fact).choose(fact)
    assert len(options) == 3
    assert any(int(option) < 1763 for option in options)


@pytest.mark.parametrize("year", [1922, 1923, 1925])
def test_no_year_option_before_the_year_a_treaty_is_named_with(year: int) -> None:
    text = (
        "Ports of Vell\n\n"
        "The Treaty of Orm 1921 joined the ports of Vell and Tarn.\n\n"
        f"The Treaty of Orm came into force in {year}. Tolls fell in 1940."
    )
    statement = f"The Treaty of Orm came into force in {year}."
    fact = auto_fact(
        "year", str(year), statement, "In what year did the Treaty of Orm come into force?"
    )
    options = option_pool(text, "year", [], fact).choose(fact)
    assert len(options) == 3
    assert all(int(option) >= 1921 for option in options)
    other = text.replace("Treaty of Orm 1921", "Orm Fair 1921").replace("Treaty of Orm", "Orm Fair")
    fair_statement = statement.replace("Treaty of Orm", "Orm Fair")
    fair = auto_fact(
        "year", str(year), fair_statement, "In what year did the Orm Fair come into force?"
    )
    assert any(int(option) < 1921 for option in option_pool(other, "year", [], fair).choose(fair))
