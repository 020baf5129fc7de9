"""A year option of an imported question about a body the document says was founded in some
year is never earlier than that year: a learner rules it out without knowing the fact."""

from __future__ import annotations

import pytest

from helpers.generation import auto_fact, option_pool

_ROWING = (
    "Rowing in Orm\n\n"
    "{founding} The Kell Regatta was first held in 1921.\n\n"
    "The Orm Rowing Club won its first cup in {year}. "
    "A new bridge opened in 1972. The harbour was dredged in 1935."
)
_FOUNDINGS = (
    "The Orm Rowing Club was founded in 1945 by dock workers.",
    "Founded in 1945, the Orm Rowing Club rowed on the harbour.",
    "The Orm Rowing Club was formally established by dock workers in 1945.",
)


@pytest.mark.parametrize("founding", _FOUNDINGS)
@pytest.mark.parametrize("year", [1946, 1948, 1950, 1952, 1955])
def test_no_year_option_before_the_founding_of_the_body_asked_about(
    founding: str, year: int
) -> None:
    statement = f"The Orm Rowing Club won its first cup in {year}."
    prompt = "In which year did the Orm Rowing Club win its first cup?"
    fact = auto_fact("year", str(year), statement, prompt)
    text = _ROWING.format(founding=founding, year=year)
    options = option_pool(text, "year", ["1921", "1945", "1935", "1972"], fact).choose(fact)
    assert len(options) == 3
    assert all(int(option) >= 1945 for option in options)


def test_the_founding_year_itself_is_asked_with_earlier_options() -> None:
    statement = "The Orm Rowing Club was founded in 1945 by dock workers."
    fact = auto_fact("year", "1945", statement, "When was the Orm Rowing Club founded?")
    text = _ROWING.format(founding=statement, year=1950)
    options = option_pool(text, "year", ["1921", "1935", "1972"], fact).choose(fact)
    assert any(int(option) < 1945 for option in options)


@pytest.mark.parametrize(
    "prompt",
    [
        "In which year did the Orm Rowing Club Boathouse open?",
        "In which year was the Orm Rowing Club Charter signed?",
        "In which year did the Orm Rowing Club's headquarters open?",
        "In which year did the Orm Rowing Club’s Regatta Hall open?",
    ],
)
def test_no_year_option_before_the_founding_of_the_body_a_name_is_named_after(
    prompt: str,
) -> None:
    statement = "The boathouse opened in 1950."
    fact = auto_fact("year", "1950", statement, prompt)
    text = _ROWING.format(founding=_FOUNDINGS[0], year=1950)
    options = option_pool(text, "year", ["1921", "1945", "1935", "1972"], fact).choose(fact)
    assert len(options) == 3
    assert all(int(option) >= 1945 for option in options)


_LEAGUE = (
    "Varn football\n\n"
    "{founding} A stadium opened in 1938.\n\n"
    "The Varn League adopted the charter in {year}. Crowds grew in 1930."
)


@pytest.mark.parametrize(
    "founding",
    [
        "The League was founded in 1945 by six clubs.",
        "The League was created in 1945 by six clubs.",
        "Created in 1945, the League had six clubs.",
        "The Varn League has existed since 1945.",
        "The League, in existence since 1945, had six clubs.",
        "The League, founded in 1945 by six clubs, met in Orm.",
        "The League (founded 1945) had six clubs.",
        "Since its founding in 1945, the League has had six clubs.",
        "The League has had six clubs since its founding in 1945.",
    ],
)
@pytest.mark.parametrize("year", [1950, 1953])
def test_no_year_option_before_the_beginning_the_document_gives_by_a_short_name(
    founding: str, year: int
) -> None:
    statement = f"The Varn League adopted the charter in {year}."
    fact = auto_fact("year", str(year), statement, "When did the Varn League adopt the charter?")
    text = _LEAGUE.format(founding=founding, year=year)
    options = option_pool(text, "year", ["1930", "1938", "1945"], fact).choose(fact)
    assert all(int(option) >= 1945 for option in options)
