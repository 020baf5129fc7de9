"""Wh-words that misnamed the key: "where" for what research examined "in", "what decade" for
a century said by its hundreds, and a sort taken from a state's name ("which union"); on
sentences written for the tests."""

from __future__ import annotations

import pytest

from factdeck.generate import lexicon, phrasing
from factdeck.generate.gates import grammatical
from factdeck.generate.phrasing import ask


def _question(sentence: str, answer: str, kind: str) -> str | None:
    """The question a rule asks about ``answer``, if it reads as English, else None."""
    start = sentence.index(answer)
    asked = ask(sentence, start, start + len(answer), kind)
    return asked[0] if asked is not None and grammatical(*asked) else None


def test_where_is_not_asked_of_what_research_examined_in() -> None:
    sentence = "Ivo Marr and colleagues examined chemical changes in cells in Tritonia."
    assert _question(sentence, "Tritonia", "place") is None  # a sea slug as often as a place
    assert _question("Ivo Marr studied law in Kelby.", "Kelby", "place") == (
        "Where did Ivo Marr study law?"
    )
    assert _question("Ivo Marr measured rainfall in Texas.", "Texas", "place") == (
        "Where did Ivo Marr measure rainfall?"
    )


def test_a_period_said_by_its_hundreds_is_asked_as_a_century() -> None:
    assert _question("Bright peaks have been predicted since the 1900s.", "1900s", "period") == (
        "Since what century have bright peaks been predicted?"
    )
    assert _question("Bright peaks have been predicted since the 1960s.", "1960s", "period") == (
        "Since what decade have bright peaks been predicted?"
    )


def test_a_state_named_by_another_sort_is_asked_as_a_country(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sentence = "The rebels received aid from the Kell Union during the war."
    assert _question(sentence, "Kell Union", "country") == (
        "From which country did the rebels receive aid during the war?"
    )
    states = lexicon.COUNTRIES | lexicon.FORMER_STATES
    monkeypatch.setattr(phrasing, "_STATES_NOW_OR_FORMER", states | {"Kell Union"})
    assert _question(sentence, "Kell Union", "organisation") == (
        "From which country did the rebels receive aid during the war?"
    )
    assert _question(
        "The miners were paid by the Orm Trade Union.", "Orm Trade Union", "organisation"
    ) == ("Which union paid the miners?")
