"""The order an ordering question's items are shown in: a fresh shuffle each time it is asked.

Shown in the bank's order every time, the items could be learnt as a pattern of numbers ("231")
instead of as facts. Each asking shuffles them, never into the right order, and (when another
order is left) not into the order shown the last time either. Grading does not depend on it: the
learner's answer is the items' texts in their order.
"""

from __future__ import annotations

import random

from factdeck.bank import OrderingQuestion


class ItemShuffler:
    """Shuffles the items of each ordering question asked; the same seed gives the same orders.

    Args:
        seed: Fixes the orders (tests); random when None.
    """

    def __init__(self, seed: int | None = None) -> None:
        self._random = random.Random(f"item-order-{seed}" if seed is not None else None)
        self._last: dict[str, tuple[str, ...]] = {}

    def shown_items(self, question: OrderingQuestion) -> list[str]:
        """The items of ``question`` in the order to show them this time."""
        items = list(question.options)
        self._random.shuffle(items)
        right = tuple(question.answer)
        last = self._last.get(question.id)
        # Rotations of distinct items are all different orders: one of them avoids both the
        # right order and the last one shown, unless there are only two items.
        rotations = [tuple(items[step:] + items[:step]) for step in range(len(items))]
        shown = next(
            (order for order in rotations if order not in (right, last)),
            next((order for order in rotations if order != right), rotations[0]),
        )
        self._last[question.id] = shown
        return list(shown)
