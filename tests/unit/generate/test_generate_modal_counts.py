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


def test_times_that_count_occasions_are_asked_how_many_times() -> None:
    assert _ask("The Orm bell rings three times a day.", "three") == (
        "How many times does the Orm bell ring a day?",
        "fronted",
    )
    for text, answer in (
        ("The Orm council met five times after 1900.", "five"),
        ("The Orm charter was changed four times under the new king.", "four"),
        ("The Orm river flooded three times over the next century.", "three"),
    ):
        asked = _ask(text, answer)
        assert asked is not None and asked[0].startswith("How many times"), text


def test_times_that_multiply_a_comparative_are_not_asked_as_how_often() -> None:
    asked = _ask("The new Orm kiln is five times larger than the old one.", "five")
    assert asked is None or not asked[0].startswith("How many times")


def test_a_narrative_would_is_not_asked_as_a_guess() -> None:
    for text in (
        "Ivo Dern would win three titles at Orm.",
        "Ivo Dern would later win three titles.",
    ):
        asked = _ask(text, "three")
        assert asked is None or not asked[0].startswith("How many titles would"), text


def test_an_adverb_between_the_modal_and_its_verb_stays_after_the_subject() -> None:
    assert _ask("An Orvish kiln can easily fire 300 pots.", "300") == (
        "How many pots can an Orvish kiln easily fire?",
        "fronted",
    )
    assert _ask("The new Orm bridge will later cost $20 million.", "$20 million") == (
        "How much will the new Orm bridge later cost?",
        "fronted",
    )
