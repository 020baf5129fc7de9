"""A year option never falls before the founding of any body the question names, whichever
way the document tells that founding: a learner who knows the body's age rules it out."""

from __future__ import annotations

import pytest

from helpers.generation import auto_fact, option_pool


@pytest.mark.parametrize(
    "founded",
    [
        "In 1920, six towns formed the Varn League.",
        "In 1920 six towns founded the Varn League on the coast.",
        "In 1920 the Varn League was set up by six towns.",
    ],
)
def test_no_year_option_before_a_body_the_question_names_was_founded(founded: str) -> None:
    statement = "The Varn League admitted Orsk in 1921."
    text = (
        f"Orsk\n\nOrsk is a river port. {statement}\n\nThe port grew. {founded}\n\n"
        "Its mill burned in 1913 and a bridge opened in 1930. A tram reached Orsk in 1938."
    )
    fact = auto_fact("year", "1921", statement, "In what year did the Varn League admit Orsk?")
    options = option_pool(text, "year", ["1913", "1930", "1938"], fact).choose(fact)
    assert len(options) == 3
    assert all(int(option) >= 1920 for option in options)
