"""A key that modifies a noun the sentence writes after it is asked with that noun."""

from __future__ import annotations

import pytest

from factdeck.generate.keys import with_head_noun
from helpers.generation import accepts, auto_fact

_PARLOUR = "The C tenor kellophone enjoyed success as a parlour instrument."


def test_a_key_that_modifies_a_noun_is_asked_with_the_noun() -> None:
    fact = with_head_noun(
        auto_fact("term", "C tenor", _PARLOUR, "What enjoyed success as a parlour instrument?")
    )
    assert fact.answer == "C tenor kellophone"
    assert accepts(fact, "C tenor")


@pytest.mark.parametrize(
    ("statement", "prompt"),
    [
        (_PARLOUR, "Which kellophone enjoyed success as a parlour instrument?"),
        (
            "The C tenor kellophone case was sold with it.",
            "What case was sold with it?",
        ),
        (
            "Orvby chose C tenor that year.",
            "What did Orvby choose that year?",
        ),
        (
            "Orvby chose C tenor because it was light.",
            "What did Orvby choose because it was light?",
        ),
        ("Orvby chose C tenor and B bass.", "What did Orvby choose?"),
    ],
)
def test_a_key_asked_by_its_noun_or_before_another_word_keeps_its_form(
    statement: str, prompt: str
) -> None:
    fact = with_head_noun(auto_fact("term", "C tenor", statement, prompt))
    assert fact.answer == "C tenor"


@pytest.mark.parametrize(
    ("statement", "prompt"),
    [
        ("The drovers brought salt settlers needed for curing.", "What did the drovers bring?"),
        ("The monks taught Latin grammar was the core of the school.", "What did the monks teach?"),
    ],
)
def test_a_noun_that_opens_the_next_clause_is_not_the_key_s(statement: str, prompt: str) -> None:
    key = statement.split()[3]
    fact = with_head_noun(auto_fact("term", key, statement, prompt))
    assert fact.answer == key


def test_a_question_word_that_only_begins_like_the_noun_does_not_ask_for_it() -> None:
    statement = "Kellish art was collected by the guilds of Orvby."
    fact = with_head_noun(auto_fact("term", "Kellish", statement, "What was collected by artists?"))
    assert fact.answer == "Kellish art"


def test_a_noun_before_a_stop_or_a_preposition_closes_the_phrase() -> None:
    for statement in ("Orvby sold Kell wool.", "Orvby sold Kell wool to the drovers."):
        fact = with_head_noun(auto_fact("term", "Kell", statement, "What did Orvby sell?"))
        assert fact.answer == "Kell wool"
