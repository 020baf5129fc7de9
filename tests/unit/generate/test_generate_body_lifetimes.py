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


_FILM = (
    "Harbour Light\n\n"
    "Harbour Light (film) is a 1999 Tarnish drama film directed by Ivo Renn. "
    "Renn began writing the story in 1991.\n\n"
    "In {year} Vesk Weekly named Harbour Light one of the most overrated films. "
    "The film was restored in 2014."
)


@pytest.mark.parametrize("year", range(2003, 2012))
def test_no_option_before_the_year_a_work_came_out(year: int) -> None:
    # a film of 1999 ranked by a magazine in 1996: ruled out by the film's own year
    statement = f"In {year} Vesk Weekly named Harbour Light one of the most overrated films."
    prompt = "In what year did Vesk Weekly name Harbour Light one of the most overrated films?"
    fact = auto_fact("year", str(year), statement, prompt)
    options = option_pool(_FILM.format(year=year), "year", [], fact).choose(fact)
    assert all(int(option) >= 1999 for option in options)


def test_the_making_of_a_work_may_come_before_its_year() -> None:
    statement = "Renn began writing the story in 1995."
    fact = auto_fact(
        "year", "1995", statement, "In what year did Renn begin writing Harbour Light?"
    )
    text = _FILM.format(year=2005).replace("in 1991", "in 1995")
    options = option_pool(text, "year", [], fact).choose(fact)
    assert any(int(option) < 1995 for option in options)


def test_a_work_s_first_showing_in_its_own_year_keeps_earlier_options() -> None:
    # "premiered in 1999" of "a 1999 film" asks the year the work came out: a floor at it
    # would make the key the earliest option every time
    statement = "Harbour Light premiered at the Vesk Festival in 1999."
    fact = auto_fact(
        "year", "1999", statement, "In what year did Harbour Light premiere at the Vesk Festival?"
    )
    text = _FILM.format(year=2005) + f" {statement}"
    options = option_pool(text, "year", [], fact).choose(fact)
    assert any(int(option) < 1999 for option in options)
