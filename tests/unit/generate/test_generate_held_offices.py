"""An office held in turn is asked with its time, or not at all, on questions written for
the tests."""

import pytest

from factdeck.generate.gates import known_nouns, self_contained


@pytest.mark.parametrize(
    "prompt",
    [
        "Who was Secretary of the Fleet?",
        "Who was the Prime Minister?",
        "Who became Governor of Kessford?",
        "Who served as Chief Justice of Vessia?",
        "Who was Dean of the Orm Law School?",
    ],
)
def test_an_office_held_in_turn_needs_its_time(prompt: str) -> None:
    assert not self_contained(prompt)


@pytest.mark.parametrize(
    "prompt",
    [
        "Who was Secretary of the Fleet under President Orm?",
        "Who was Prime Minister in 1871?",
        "Who was the first president of Kessia?",
        "Who was the architect of the Orm Library?",
    ],
)
def test_an_office_with_its_time_or_one_holder_is_asked(prompt: str) -> None:
    assert self_contained(prompt)


def test_an_event_noun_of_the_title_names_the_subject_only_as_its_head() -> None:
    assert "crisis" in known_nouns("1977 Kessian fuel crisis", None)
    assert "reform" not in known_nouns("Reform Party of Vessia", None)
    assert not self_contained(
        "What did the reform abolish?", known_nouns("Reform Party of Vessia", None)
    )
    assert self_contained(
        "Under the crisis, how many tankers did Vessia sell?",
        known_nouns("1977 Kessian fuel crisis", None),
    )
