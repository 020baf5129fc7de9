"""A place the document says was named after a person is no option among people, however the
extractor filed it: "Vell Mesa, named after Jon Vell" among explorers."""

from __future__ import annotations

import pytest

from factdeck.generate.distractors import asks_for_person
from helpers.generation import auto_fact, option_pool

_SEA = (
    "Explorers of the Tarn Sea\n\n"
    "The explorer Jon Vell reached the northern shore in 1770. The explorer Ada Brin mapped "
    "the eastern islands in 1772. The explorer Lev Dorn crossed the sea in 1774 with two "
    "ships. The explorer Ivo Hale found a passage in 1776.\n\n"
    "{named} The explorer Max Orlo died in the ice in 1778."
)


@pytest.mark.parametrize(
    "named",
    [
        "In 1790 the settlers named the cape Vell Mesa for the explorer Jon Vell.",
        "The settlers named it Vell Mesa after Jon Vell in 1790.",
    ],
)
@pytest.mark.parametrize(
    "prompt",
    [
        "Which explorer crossed the sea in 1774 with two ships?",
        "Who crossed the sea in 1774 with two ships?",
    ],
)
def test_a_place_named_after_a_person_is_no_option_among_people(named: str, prompt: str) -> None:
    statement = "The explorer Lev Dorn crossed the sea in 1774 with two ships."
    fact = auto_fact("person", "Lev Dorn", statement, prompt)
    names = ["Vell Mesa", "Jon Vell", "Ada Brin", "Ivo Hale", "Max Orlo", "Lev Dorn"]
    options = option_pool(_SEA.format(named=named), "person", names, fact).choose(fact, 4)
    assert sorted(options) == ["Ada Brin", "Ivo Hale", "Jon Vell", "Max Orlo"]


def test_a_person_named_after_another_stays_an_option() -> None:
    named = "Jon Vell, named after his uncle Tom Vell, sailed in 1770."
    statement = "The explorer Lev Dorn crossed the sea in 1774 with two ships."
    fact = auto_fact("person", "Lev Dorn", statement, "Who crossed the sea in 1774?")
    names = ["Jon Vell", "Ada Brin", "Ivo Hale", "Lev Dorn"]
    options = option_pool(_SEA.format(named=named), "person", names, fact).choose(fact)
    assert "Jon Vell" in options


def test_questions_that_ask_for_a_person() -> None:
    assert asks_for_person("Which explorer first crossed the ice?")
    assert asks_for_person("Which Tarnish explorer first crossed the ice?")
    assert asks_for_person("Who crossed the ice?")
    assert not asks_for_person("Which cape did the explorer reach first?")
    assert not asks_for_person("Which ship did the explorer sail?")
