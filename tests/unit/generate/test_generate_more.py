"""More questions that pass every gate: counts with "have", population and reported facts."""

import pytest

from factdeck.generate.gates import grammatical


@pytest.mark.parametrize(
    "prompt",
    [
        "How many seats does Tasmania have in the Senate?",
        "How many inhabitants does Perth have?",
        "How many members does the council have?",
    ],
)
def test_a_count_of_what_is_had_is_grammatical(prompt: str) -> None:
    assert grammatical(prompt, "fronted")


@pytest.mark.parametrize(
    "prompt",
    [
        "In what year does Tasmania have a written constitution enacted?",
        "How many bridges does the town have built?",
        "Where did the Vikings have a lasting effect on Irish towns?",
        "Until what year did the length of the road was 40 km?",
    ],
)
def test_have_with_another_verb_or_outside_a_count_stays_rejected(prompt: str) -> None:
    assert not grammatical(prompt, "fronted")
