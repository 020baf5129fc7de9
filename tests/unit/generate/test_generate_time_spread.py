"""Options of a time question that give the key away, may be true, or fall outside the time
its sentence gives: the key alone at one end, far from the others; a round hundred ("the
1800s") that may read as a century; a year outside the decade its sentence names."""

from __future__ import annotations

import itertools
from collections.abc import Callable

import pytest

from factdeck.generate.distractors import YEAR_SPACING, key_place, nearby_periods, placed_options
from helpers.generation import auto_fact, option_pool


def _later_than(year: int) -> Callable[[str], bool]:
    return lambda value: int(value) > year


@pytest.mark.parametrize("fact_id", ["fact-a", "fact-b", "fact-c"])
def test_no_options_where_the_key_would_stand_far_below_them(fact_id: str) -> None:
    options = placed_options(
        fact_id, 3, YEAR_SPACING, lambda offset: str(2001 + offset), _later_than(2007)
    )
    assert options == []


@pytest.mark.parametrize("fact_id", ["fact-a", "fact-b", "fact-c"])
def test_options_a_step_away_on_one_side_are_kept(fact_id: str) -> None:
    options = placed_options(
        fact_id, 3, YEAR_SPACING, lambda offset: str(2001 + offset), _later_than(2001)
    )
    assert len(options) == 3
    assert min(int(option) for option in options) <= 2001 + YEAR_SPACING[1]


def test_a_round_hundred_steps_by_hundreds() -> None:
    options = nearby_periods("1800s", 7)
    assert options
    assert all(option.endswith("00s") for option in options)


def test_a_decade_has_no_round_hundred_for_an_option() -> None:
    options = nearby_periods("1820s", 7)
    assert "1790s" in options
    assert "1800s" not in options


_COLLEGE = (
    "Orm College\n\nOrm College opened in 1921. A library was added in 1948 and a hall in "
    "1990.\n\nThe college saw unrest during the 1960s, beginning in {year}, when students "
    "occupied the dean's office."
)


@pytest.mark.parametrize("year", [1961, 1962, 1963])
def test_a_year_option_lies_in_the_decade_its_sentence_places_the_key_in(year: int) -> None:
    text = _COLLEGE.format(year=year)
    statement = text.split("\n\n")[-1]
    prompt = "In what year did students occupy the dean's office at Orm College?"
    fact = auto_fact("year", str(year), statement, prompt)
    options = option_pool(text, "year", [], fact).choose(fact)
    assert options
    assert all(1960 <= int(option) <= 1969 for option in options)


@pytest.mark.parametrize("fact_id", [f"fact-{n}" for n in range(12)])
def test_a_side_the_steps_miss_is_filled_from_its_other_years(fact_id: str) -> None:
    # the document dates other events in the years after the key save three
    free_after = {2004, 2009, 2012}
    options = placed_options(
        fact_id,
        3,
        YEAR_SPACING,
        lambda offset: str(2001 + offset),
        lambda value: int(value) < 2001 or int(value) in free_after,
    )
    after = [int(option) for option in options if int(option) > 2001]
    wanted_after = 3 - key_place(fact_id, 3)
    assert len(options) == 3
    assert len(after) == wanted_after
    assert set(after) <= free_after


@pytest.mark.parametrize("fact_id", [f"fact-{n}" for n in range(12)])
def test_spare_years_never_step_evenly_away_from_the_key(fact_id: str) -> None:
    # three free years four apart after the key: taking all three would step 3, 4, 4
    free_after = {2004, 2008, 2012}
    options = placed_options(
        fact_id,
        3,
        YEAR_SPACING,
        lambda offset: str(2001 + offset),
        lambda value: int(value) < 2001 or int(value) in free_after,
    )
    years = [int(option) for option in options]
    for side in ([y for y in years if y < 2001], [y for y in years if y > 2001]):
        points = [2001, *sorted(side, key=lambda year: abs(year - 2001))]
        steps = [abs(later - year) for year, later in itertools.pairwise(points)]
        assert all(step != following for step, following in itertools.pairwise(steps)), options


def test_the_key_is_placed_inside_its_options_more_often_than_at_an_end() -> None:
    places = [key_place(f"fact-{n}", 3) for n in range(600)]
    ends = sum(place in (0, 3) for place in places)
    assert 150 <= ends <= 250
    assert all(places.count(place) >= 60 for place in range(4))


_PAINTER_YEARS = (
    "Edda Holm\n\nEdda Holm is a Tarnish painter. She opened a studio in 1985 and a school "
    "in 2004.\n\n{opening} In about 1961, Holm saw a flood at Orm. In {year}, Holm became "
    "absorbed by the trial of the Orm mayor. She began a series of paintings on it.\n\n"
    "Holm moved to Vell in 1990."
)


@pytest.mark.parametrize("year", [1962, 1963, 1964])
def test_a_year_option_lies_in_the_decade_its_paragraph_opens_with(year: int) -> None:
    opening = "Holm was shaped by two events of the 1960s."
    text = _PAINTER_YEARS.format(opening=opening, year=year)
    statement = f"In {year}, Holm became absorbed by the trial of the Orm mayor."
    prompt = "In what year did Holm become absorbed by the trial of the Orm mayor?"
    for index in range(12):
        fact = auto_fact("year", str(year), statement, prompt, id=f"f-{index}")
        options = option_pool(text, "year", [], fact).choose(fact)
        assert all(1960 <= int(option) <= 1969 for option in options)


def test_a_paragraph_that_leaves_the_decade_its_opening_names_frames_nothing() -> None:
    opening = "Holm was shaped by two events of the 1960s."
    text = _PAINTER_YEARS.format(opening=opening, year=1963).replace(
        "She began a series", "In 1978 she began a series"
    )
    statement = "In 1963, Holm became absorbed by the trial of the Orm mayor."
    prompt = "In what year did Holm become absorbed by the trial of the Orm mayor?"
    options: list[str] = []
    for index in range(12):
        fact = auto_fact("year", "1963", statement, prompt, id=f"f-{index}")
        options += option_pool(text, "year", [], fact).choose(fact)
    assert any(not 1960 <= int(option) <= 1969 for option in options)
