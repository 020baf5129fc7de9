"""Keys a teacher would not ask for: a bare noun that says only what sort of thing changed
hands ("land", "presence"), a government by its level alone, a judgement ("questionable");
on small texts written for the tests."""

from __future__ import annotations

from factdeck.generate.keys import empty_key, non_answer
from factdeck.generate.pipeline import build_deck


def _asked(text: str) -> dict[str, str]:
    bank = build_deck(text, deck="d", file_name="d.txt", markdown=False).bank
    return {question.prompt: str(question.answer) for question in bank.questions}


def test_a_key_that_says_only_what_sort_of_thing_changed_hands_is_empty() -> None:
    for key in [
        "land",
        "presence",
        "an appointment",
        "Federal Government",
        "the national government",
    ]:
        assert empty_key(key)
    for key in ["arable land", "Land Bank", "Government of Orm", "Orm", "salt"]:
        assert not empty_key(key)
    assert non_answer("questionable")


def test_a_deck_asks_no_empty_or_judging_key() -> None:
    asked = _asked(
        "Treaty of Kell\n\nThe Treaty of Kell was signed in 1701 by Orm and Vessia. Under the "
        "treaty, Orm ceded land to the Vessian allies, and paid a large sum in silver. Some tests "
        "may add to the usual risk factors; however, the clinical value of some tests is "
        "questionable. Border areas are administered by the Federal Government through the "
        "Office of Border Affairs."
    )
    assert not {"land", "questionable", "Federal Government"} & set(asked.values())
    assert asked  # the year of the treaty is still asked
