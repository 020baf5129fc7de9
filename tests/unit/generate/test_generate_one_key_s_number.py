"""A plural sort asked of one key: one of several named together is not asked, and one
named alone is asked by the singular sort."""

from __future__ import annotations

from factdeck.generate.facts import FactRecord
from factdeck.generate.keys import with_one_key_s_number


def _fact(prompt: str, answer: str, quote: str) -> FactRecord:
    return FactRecord(
        id="f",
        document="d",
        quote=quote,
        statement=quote,
        kind="person",
        answer=answer,
        prompt=prompt,
        origin="auto",
    )


def test_one_of_several_named_under_a_plural_sort_is_not_asked() -> None:
    quote = "The apostles Tamsin and Rask converted the sister of King Orvan."
    fact = _fact("Which apostles converted the sister of King Orvan?", "Tamsin", quote)
    assert with_one_key_s_number(fact) is None


def test_a_plural_sort_before_one_key_becomes_singular() -> None:
    quote = "Tamsin, who came from the south, was sent to Kessia in 804."
    fact = with_one_key_s_number(_fact("Which apostles were sent to Kessia?", "Tamsin", quote))
    assert fact is not None and fact.prompt == "Which apostle was sent to Kessia?"
    plural_key = _fact("Which islands lie west of Orm?", "Kell Islands", "The Kell Islands lie.")
    assert with_one_key_s_number(plural_key) == plural_key
    many = _fact("Which herbs do the monks grow?", "sorrel and rue", "The monks grow sorrel.")
    assert with_one_key_s_number(many) == many
