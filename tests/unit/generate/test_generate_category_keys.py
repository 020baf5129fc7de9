"""A key that is a category word with at most an adjective names nothing to recall."""

from __future__ import annotations

import pytest

from factdeck.generate.keys import with_answerable_key
from helpers.generation import auto_fact


@pytest.mark.parametrize(
    ("answer", "prompt"),
    [
        ("modern application", "What is the use of mirrors to heat water in Orvby?"),
        ("one example", "What is the Tarnby mill of the old water power?"),
        ("main feature", "What is the bell tower of the Kelby chapel?"),
    ],
)
def test_a_category_key_is_not_asked(answer: str, prompt: str) -> None:
    assert with_answerable_key(auto_fact("term", answer, prompt, prompt)) is None


@pytest.mark.parametrize(
    ("answer", "prompt"),
    [
        ("tidal power", "What drives the Tarnby mill?"),
        ("stoichiometric method", "What did Orvan describe in 1871?"),
        ("modern application", "What is a use of old mirrors to heat water called?"),
        ("kind", 'What does the Orvish word "kesh" mean?'),
        ("way", "What does the Orvish word tarn stand for?"),
    ],
)
def test_a_named_thing_or_term_is_asked(answer: str, prompt: str) -> None:
    assert with_answerable_key(auto_fact("term", answer, prompt, prompt)) is not None
