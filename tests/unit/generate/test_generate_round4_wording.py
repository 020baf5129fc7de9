"""Wording rules found by a blind review: a question keeps what restricts its truth, names
what it refers to, reads grammatically and says no time that goes stale."""

from __future__ import annotations

from factdeck.generate.gates import grammatical


def test_a_participle_left_from_a_reduced_clause_is_no_question() -> None:
    assert not grammatical(
        "In what year was the Lake Orm reservoir filled by a weir built?", "fronted"
    )
    assert not grammatical(
        "In what year do monks sing from a book of psalms, first printed?", "fronted"
    )
    assert grammatical("In what year was the abbey church completed?", "fronted")
    assert grammatical("When was the abbey designed and built?", "fronted")
