"""An imported sentence is asked one time and one count at most."""

from __future__ import annotations

from collections import defaultdict

from factdeck.bank import Bank
from factdeck.generate.pipeline import build_deck


def _deck(text: str) -> Bank:
    return build_deck(text, deck="Test", file_name="test.txt", markdown=False).bank


_TREATIES = """= Kessel treaties =

The Treaty of Kessel was signed in 1855 and ratified in 1859. Its terms were drafted by the envoy Mira Tolk.

The Lorn Accord was signed at Kelby. The Vass Pact was ratified in 1888.
"""


def test_one_sentence_is_asked_one_year() -> None:
    bank = _deck(_TREATIES)
    years_by_sentence: defaultdict[str, list[str]] = defaultdict(list)
    for question in bank.questions:
        if question.source is not None and str(question.answer) in ("1855", "1859"):
            years_by_sentence[question.source.quote].append(question.prompt)
    assert [len(prompts) for prompts in years_by_sentence.values()] == [1]
    answers = {str(question.answer) for question in bank.questions}
    assert "1888" in answers  # a year alone in its sentence is still asked
