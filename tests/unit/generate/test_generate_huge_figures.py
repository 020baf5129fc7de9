"""A figure past what a bank can hold never stops an import."""

from factdeck.bank import MAX_NUMBER, NumberQuestion
from factdeck.generate.pipeline import build_deck

_HOARD = """Kell

Kell is a town in Orvland. The treasury of Kell held 10000000000000000000000 coins in 1900.
The town of Kell had 40000000000000000000 sheep in 1910.
"""


def test_a_figure_too_large_for_a_number_question_leaves_the_rest_of_the_deck() -> None:
    bank = build_deck(_HOARD, deck="Kell", file_name="kell.txt", markdown=False).bank

    assert bank.questions
    assert all(abs(q.answer) <= MAX_NUMBER for q in bank.questions if isinstance(q, NumberQuestion))
