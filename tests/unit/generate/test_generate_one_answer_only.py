"""Questions with one answer: nothing asked of a person by a trait many share ("Who is of
Orvan descent?"), no verb asked as "what" after a modal, and no place told "more to the east"
of one the learner never saw."""

from __future__ import annotations

from factdeck.generate.gates import grammatical, self_contained


def test_who_by_a_trait_many_share_is_not_asked() -> None:
    assert not grammatical("Who is of Orvan descent?", "subject")
    assert not grammatical("In Kell, who was from the coast?", "subject")
    assert not grammatical("Who was among the founders of the guild?", "subject")
    assert not grammatical("Who was known as a liberal Whig?", "subject")
    assert not grammatical("Who is widely regarded as an able admiral?", "subject")
    assert grammatical("Who was known as the Iron Duke?", "subject")
    assert grammatical("Who was the first mayor of Kell?", "subject")
    assert grammatical("Who founded the guild in 1204?", "subject")


def test_a_verb_is_not_asked_as_what_after_a_modal() -> None:
    assert not grammatical("Tin could what within twenty years?", "in-situ")
    assert grammatical("What could tin replace within twenty years?", "fronted")


def test_a_place_more_to_the_east_of_an_unseen_one_is_not_asked() -> None:
    assert not self_contained("Located a little more to the east is what?")
    assert not self_contained("What lies further to the north?")
    assert self_contained("What lies to the east of Kell?")
