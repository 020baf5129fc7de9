"""A question on an arrival or a settlement says where to, on small texts written for the
tests."""

from factdeck.generate.clean import clean_document
from factdeck.generate.extract import extract
from factdeck.generate.sentences import split_sentences
from factdeck.generate.topics import arrived_nowhere
from helpers.generation import selected_candidates

_COUNTRY = (
    "Vessia is a small country on the Orm Sea. Its capital is Kell, a port on the northern "
    "coast. The country is known for its shipyards and its wool.\n\n"
    "The first Kessian settlers came in 1633. Admiral Ivo Rask moved the Vessian fleet to "
    "Port Arlo. The Kell Arsenal built gunboats for the Orvan Navy.\n"
)


def _questions(text: str) -> list[str]:
    return [c.question for c in selected_candidates("Vessia", text) if c.question]


def test_settlers_named_by_their_people_still_get_the_subject_s_place() -> None:
    assert "In what year did the first Kessian settlers come to Vessia?" in _questions(_COUNTRY)


def test_an_arrival_with_no_place_to_put_in_is_not_asked() -> None:
    text = _COUNTRY.replace("is a small country on the Orm Sea", "is a folk dance of the Orm coast")
    assert not any("settlers" in question for question in _questions(text))


def test_arrivals_without_a_place() -> None:
    assert arrived_nowhere("In what year did the first Kessian settlers come?")
    assert arrived_nowhere("Who arrived in May 1633?")
    assert not arrived_nowhere("Who arrived in Kell in May 1633?")
    assert not arrived_nowhere("In Vessia, who arrived in 1633?")
    assert not arrived_nowhere("Who came to power in 1933?")
    assert not arrived_nowhere("In which port did the Orvan fleet arrive on 1 May 1633?")
    assert not arrived_nowhere("Where did the first Kessian settlers land in 1633?")
    assert not arrived_nowhere("Who settled the dispute?")


def test_a_place_settled_or_goods_landed_are_no_arrival() -> None:
    assert not arrived_nowhere("When was Tarnby settled?")
    assert not arrived_nowhere("In what year was the Orm valley first settled?")
    assert not arrived_nowhere("What cargo was landed?")
    assert arrived_nowhere("Who was the first to arrive?")


def test_an_arrival_in_the_present_or_base_form_is_an_arrival() -> None:
    assert arrived_nowhere("When did the Orvans land?")
    assert arrived_nowhere("When did the Orvans first land?")
    assert arrived_nowhere("When does the Orvan fleet arrive?")


def test_a_town_settled_in_a_year_keeps_its_question() -> None:
    text = (
        "Tarnby is a market town on the river Orm in Vessia. The valley was first settled "
        "in 1642. Tarnby was settled in 1650. The town is known for its wool market.\n"
    )
    cleaned = clean_document(f"Tarnby\n\n{text}")
    found = extract(split_sentences("doc", cleaned.text), "Tarnby", selective=True)
    questions = [c.question for c in found.candidates if c.question]
    assert "In what year was Tarnby settled?" in questions
