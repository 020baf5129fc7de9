"""Typed keys of places and names as a learner who knows them types them: a name given in
another language shown in English and accepted either way, a part of a larger place by the
larger one's name, a group of mountains or islands by the plural the document writes, a
name asked as a name without the word "name"."""

from __future__ import annotations

from factdeck.generate.facts import FactRecord
from helpers.generation import accepts, document_facts


def _fact(text: str, prompt_start: str) -> FactRecord:
    facts = document_facts(text, "Orsk")
    (found,) = [
        fact for named in facts.values() for fact in named if fact.prompt.startswith(prompt_start)
    ]
    return found


def test_a_name_asked_as_a_name_or_a_title_is_accepted_without_that_word() -> None:
    text = (
        "Brenholt is a port on the coast of Kessia. The port took the title Free City in 1450. "
        "The city bore the name Vesmar until 1500. Vesmar grew rich on herring."
    )
    named = _fact(text, "What name did the city bear")
    assert named.answer == "Vesmar"
    assert named.accepted == ()
    titled = _fact(text, "What title did")
    assert titled.answer == "Free City"
    assert not accepts(titled, "title Free City")
