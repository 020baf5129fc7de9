"""A count after a modal and its verb is asked in front of the inverted modal; a count of
"times" that multiplies ("ten times its weight") is not asked as how often."""

from __future__ import annotations

from factdeck.generate import phrasing


def _ask(text: str, answer: str) -> tuple[str, str] | None:
    at = text.index(answer)
    return phrasing.ask(text, at, at + len(answer), "number")


def test_a_count_after_a_modal_verb_is_fronted() -> None:
    assert _ask("Orvish kilns can fire 300 pots.", "300") == (
        "How many pots can Orvish kilns fire?",
        "fronted",
    )
    assert _ask("The new Orm bridge will cost $20 million.", "$20 million") == (
        "How much will the new Orm bridge cost?",
        "fronted",
    )


def test_times_that_multiply_are_not_asked_as_how_often() -> None:
    for text in (
        "Orvish kiln workers eat ten times their own weight in bread.",
        "Orvish kilns can fire ten times as many pots as open pits.",
    ):
        asked = _ask(text, "ten")
        assert asked is None or not asked[0].startswith("How many times")
