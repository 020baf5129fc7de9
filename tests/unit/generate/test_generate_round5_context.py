"""Context the learner never sees: a question must name what it is relative to, whose
members it counts, and which time a past state held in."""

from __future__ import annotations

from factdeck.generate.gates import self_contained


def test_a_direction_relative_to_an_unseen_place_is_no_question() -> None:
    assert not self_contained("What town lies further upstream on the Orm?")
    assert not self_contained("Which mill stands farther north along the Orm?")
    assert self_contained("What town lies upstream of Kettle Bridge on the Orm?")


def test_the_other_the_next_or_the_same_without_as_is_no_question() -> None:
    assert not self_contained("Who built the other bridge over the Orm?")
    assert not self_contained("Who became the next abbot of Orm Abbey?")
    assert not self_contained("Which abbey was founded in the same year by Orm monks?")
    assert self_contained("Which abbey was founded in the same year as Orm Abbey?")


def test_members_of_a_body_the_question_never_names_is_no_question() -> None:
    assert not self_contained("How many members elect a new abbot?")
    assert self_contained("How many members does the Orm Choir have?")
    assert self_contained("How many members of the Orm Choir sing in Latin?")
