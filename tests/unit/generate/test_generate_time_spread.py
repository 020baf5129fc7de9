"""The key of a time question never stands alone at one end of its options, far from the
others: a learner would pick it out without knowing the fact."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from factdeck.generate.distractors import YEAR_SPACING, placed_options


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
