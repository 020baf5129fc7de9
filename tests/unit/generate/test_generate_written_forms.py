"""A name the document writes with and without the place after it: the key accepts each
written form."""

from factdeck.generate.questions import of_place_forms
from helpers.generation import accepts, document_facts

_PLACES = {"kell", "orvland", "vell"}


def test_a_name_accepts_the_place_the_document_writes_after_it() -> None:
    sentences = [
        "In 1420 the people built the Orva Gate of Kell.",
        "Traders entered the city through the Orva Gate until 1700.",
    ]
    assert of_place_forms("Orva Gate", sentences, _PLACES) == ["Orva Gate of Kell"]


def test_no_place_form_where_two_places_or_no_place_follow_the_name() -> None:
    two = ["The Tam Canal of Orvland opened in 1800.", "The Tam Canal of Vell closed."]
    unknown = ["The Tam Canal of Dunmore opened in 1800."]  # no place of the document
    going_on = ["The Tam Canal of Orvland and Vell opened in 1800."]
    assert of_place_forms("Tam Canal", two, _PLACES) == []
    assert of_place_forms("Tam Canal", unknown, _PLACES) == []
    assert of_place_forms("Tam Canal", going_on, _PLACES) == []


def test_an_imported_gate_accepts_its_name_with_its_city() -> None:
    facts = document_facts(
        "The city of Kell lies in Orvland. "
        "In 1420 the people of Kell built the Orva Gate of Kell. "
        "Traders entered the city through the Orva Gate until 1700.",
        "Tarland",
    )
    assert accepts(facts["Orva Gate"][0], "Orva Gate of Kell")
