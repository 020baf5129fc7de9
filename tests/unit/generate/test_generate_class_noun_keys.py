"""A key that opens with the class noun its question already names ("surname Kessa" to
"What is the Orvish surname Kes written as?") is the name alone."""

from factdeck.generate.keys import with_answerable_key
from helpers.generation import auto_fact


def test_a_key_leaves_out_the_class_noun_the_question_names() -> None:
    prompt = "What is a spelling of the Orvish surname Kes called?"
    fact = auto_fact("term", "surname Kessa", "The surname Kessa is a spelling of Kes.", prompt)
    answered = with_answerable_key(fact)
    assert answered is not None
    assert answered.answer == "Kessa" and "surname Kessa" in answered.accepted
    # a part of a place keeps its position word; a noun the question does not name stays
    place = auto_fact("place", "northern Vessmark", "It struck northern Vessmark.", "Where?")
    assert with_answerable_key(place) == place
    asked = "What is a spelling of Kes called?"
    unnamed = auto_fact("term", "surname Kessa", "The surname Kessa spells Kes.", asked)
    kept = with_answerable_key(unnamed)
    assert kept is not None and kept.answer == "surname Kessa"
