"""The order an ordering question's items are shown in: shuffled each time, never the answer."""

from __future__ import annotations

import itertools

import pytest
from study_helpers import ordering

from factdeck.study.ordering import ItemShuffler


@pytest.mark.parametrize("seed", range(20))
@pytest.mark.parametrize("size", [3, 4])
def test_each_asking_shows_a_new_order_never_the_right_one(seed: int, size: int) -> None:
    question = ordering("f", ["First", "Second", "Third", "Fourth"][:size])
    shuffler = ItemShuffler(seed)
    shown = [shuffler.shown_items(question) for _ in range(12)]
    for before, now in itertools.pairwise(shown):
        assert sorted(now) == sorted(question.answer)
        assert now != question.answer
        assert now != before
    assert len({tuple(order) for order in shown}) > 2  # not just two orders in turn


def test_the_same_seed_gives_the_same_orders() -> None:
    question = ordering("f")
    first, second = ItemShuffler(7), ItemShuffler(7)
    assert [first.shown_items(question) for _ in range(5)] == [
        second.shown_items(question) for _ in range(5)
    ]
