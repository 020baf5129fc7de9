"""Options of a time question that give the key away or may be true: the key alone at one
end, far from the others, or a round hundred ("the 1800s") that may read as a century."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from factdeck.generate.distractors import YEAR_SPACING, nearby_periods, placed_options


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
