"""Person options of the key's kind: for "Which navigator ...?" people the document ties
to that role or one of its trade, never a place, a firm, a ship or a story's character."""

from __future__ import annotations

import pytest

from factdeck.generate.clean import clean_document
from factdeck.generate.distractors import DistractorPool
from factdeck.generate.extract import extract
from factdeck.generate.facts import FactRecord
from factdeck.generate.sentences import split_sentences
from helpers.generation import auto_fact, document_evidence, option_pool

_CAPES = (
    "Capes of Tarland\n\n"
    "The navigator Ada Venn first sailed round the cape in 1581. "
    "The explorer Rolf Dane reached Holm in 1583. Captain Ilse Marr charted the coast in 1584. "
    "Emperor Otto Kell ruled Tarland in 1582. The port of Saint Vell grew in 1585. "
    "Pia Lund sailed to Holm in 1586."
)
_SAILED = "The navigator Ada Venn first sailed round the cape in 1581."


def _accepted(text: str, fact: FactRecord, names: list[str]) -> list[str]:
    pool = option_pool(text, "person", [*names, fact.answer], fact)
    return [name for name in names if pool._same_sort(fact, name)]


def test_a_which_role_question_offers_only_people_of_that_role_or_its_trade() -> None:
    fact = auto_fact("person", "Ada Venn", _SAILED, "Which navigator first sailed round the cape?")
    names = ["Otto Kell", "Rolf Dane", "Ilse Marr", "Pia Lund"]
    assert _accepted(_CAPES, fact, names) == ["Rolf Dane", "Ilse Marr"]


def test_a_person_question_offers_no_name_the_document_calls_a_place() -> None:
    fact = auto_fact("person", "Ada Venn", _SAILED, "Who first sailed round the cape?")
    assert _accepted(_CAPES, fact, ["Saint Vell", "Rolf Dane"]) == ["Rolf Dane"]


_TONIC = (
    "Tonics of Tarland\n\n"
    "Ada Venn first sold the tonic in 1881. Rolf Dane praised the tonic in 1883. {firm}"
)
_SOLD = "Ada Venn first sold the tonic in 1881."


@pytest.mark.parametrize(
    "firm",
    [
        "The drug maker Hollis Brandt bought the recipe in 1884.",
        "Hollis Brandt, a drug maker, bought the recipe in 1884.",
        "Hollis Brandt and Company bought the recipe in 1884.",
        "The tonic was made by Hollis Brandt & Co. from 1884.",
        "The steamer Hollis Brandt carried the tonic to Holm in 1884.",
    ],
)
def test_a_name_the_document_uses_as_a_firm_or_a_ship_is_no_person_option(firm: str) -> None:
    fact = auto_fact("person", "Ada Venn", _SOLD, "Who first sold the tonic?")
    text = _TONIC.format(firm=firm)
    assert _accepted(text, fact, ["Hollis Brandt", "Rolf Dane"]) == ["Rolf Dane"]


def test_a_craftsman_named_by_his_craft_stays_a_person_option() -> None:
    fact = auto_fact("person", "Ada Venn", _SOLD, "Who first sold the tonic?")
    text = _TONIC.format(firm="The clock maker Hollis Brandt praised the tonic in 1884.")
    assert _accepted(text, fact, ["Hollis Brandt", "Rolf Dane"]) == ["Hollis Brandt", "Rolf Dane"]


_FILM = (
    "The Salt Year\n\n"
    "The Salt Year is a 1962 film. Ada Venn wrote the screenplay in 1961. "
    "Rolf Dane directed the film in 1962. {character}"
)
_WROTE = "Ada Venn wrote the screenplay in 1961."


@pytest.mark.parametrize(
    "character",
    [
        "Dill Harper, a child in the story, loses his dog.",
        "The narrator, Dill Harper, was a child in 1930.",
        "Dill Harper, the narrator, remembered the flood.",
        "Tom Wick portrays Dill Harper.",
        "In the novel, Dill Harper lost his dog.",
    ],
)
def test_a_character_is_no_option_among_real_people(character: str) -> None:
    fact = auto_fact("person", "Ada Venn", _WROTE, "Who wrote the screenplay?")
    text = _FILM.format(character=character)
    assert _accepted(text, fact, ["Dill Harper", "Rolf Dane"]) == ["Rolf Dane"]


def test_a_real_person_is_no_option_for_a_question_about_a_character() -> None:
    text = _FILM.format(
        character="The narrator, Dill Harper, loses his dog. "
        "Tom Wick portrays Jo Ash, the narrator's brother."
    )
    lost = "The narrator, Dill Harper, loses his dog."
    fact = auto_fact("person", "Dill Harper", lost, "Who loses his dog?")
    assert _accepted(text, fact, ["Rolf Dane", "Jo Ash"]) == ["Jo Ash"]


def test_an_author_in_their_own_book_stays_a_real_person() -> None:
    fact = auto_fact("person", "Ada Venn", _WROTE, "Who wrote the screenplay?")
    text = _FILM.format(character="In the novel, the writer Dill Harper describes a flood.")
    assert _accepted(text, fact, ["Dill Harper", "Rolf Dane"]) == ["Dill Harper", "Rolf Dane"]


def test_a_character_of_a_cast_list_is_no_option_for_a_crew_role() -> None:
    text = (
        "The Salt Year\n\nThe Salt Year is a 1962 film. Ada Venn returned as the film's designer. "
        "The cast included Rolf Dane as Max Orme and Pia Lund as Lucia Kell. "
        "The composer Jon Brask scored the film."
    )
    fact = auto_fact(
        "person",
        "Ada Venn",
        "Ada Venn returned as the film's designer.",
        "Who returned as the film's designer?",
    )
    cleaned = clean_document(text)
    sentences = split_sentences("doc", cleaned.text)
    found = extract(sentences, cleaned.title, selective=True)
    entries = [(kind, value, "doc") for kind, value in dict.fromkeys(found.pool)]
    pool = DistractorPool(entries, [fact], found.roles, document_evidence(cleaned.text))
    assert [pool._same_sort(fact, name) for name in ("Max Orme", "Jon Brask")] == [False, True]


def test_another_holder_of_the_asked_role_is_no_option_of_who_held_it() -> None:
    text = (
        "The Salt Year\n\nThe Salt Year is a 1962 film. Ada Venn returned as the film's designer. "
        "The record went to the designer Rolf Dane. The composer Jon Brask scored the film."
    )
    fact = auto_fact(
        "person",
        "Ada Venn",
        "Ada Venn returned as the film's designer.",
        "Who returned as the film's designer?",
    )
    assert _accepted(text, fact, ["Rolf Dane", "Jon Brask"]) == ["Jon Brask"]


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("Hollis Brandt's factory made the tonic.", True),
        ("Tarn Bank bought Hollis Brandt's shares.", True),
        ("Hollis Brandt & Sons sold the tonic.", True),
        ("Hollis Brandt's sister made the tonic.", False),
        ("The clock maker Hollis Brandt made the tonic.", False),
    ],
)
def test_what_only_a_firm_has_makes_a_name_a_firm(sentence: str, body: bool) -> None:
    assert document_evidence(f"Tonics\n\n{sentence}").is_body("doc", "Hollis Brandt") is body
