"""The people who make a work (its director, its writers, its cast, the author of its source)
are real people, never its characters, however the document words their part; and a
sentence that names a character on the way makes no one else a character."""

from __future__ import annotations

import pytest

from helpers.generation import auto_fact, document_evidence, option_pool

_FILM = (
    "Salt and Ash\n\n"
    "Salt and Ash is a 2011 spy film directed by Ola Brandt. It is based on a novel by the "
    "author Jon Pell, and Ivo Tam wrote the screenplay. Karl Sund was cast as Tom Vell, and "
    "Rosa Vey was cast as Mara Lind.\n\n"
    "Tom Vell is a spy created by Jon Pell. In the film, Tom Vell hunts a smuggler in Orsk. "
    "Vell meets Mara Lind at the docks, and the two are helped by Piet Hale. When Vell finds "
    "the smuggler, he is shot. Mara Lind nurses him and ends Ada Roe's curse.\n\n"
    "Rosa Vey has signed on for two more films in the series. In directing Salt and Ash, "
    "Brandt became the first director to make two Vell films since Hal Mott directed Red "
    "Snow in 1990. The critic Lena Dorr praised the film."
)


@pytest.mark.parametrize("person", ["Ola Brandt", "Jon Pell", "Rosa Vey", "Hal Mott"])
def test_a_person_named_with_a_part_in_making_a_work_is_no_character(person: str) -> None:
    assert not document_evidence(_FILM).is_character("doc", person)


@pytest.mark.parametrize("character", ["Tom Vell", "Mara Lind", "Piet Hale", "Ada Roe"])
def test_the_people_of_the_story_are_still_its_characters(character: str) -> None:
    assert document_evidence(_FILM).is_character("doc", character)


def test_the_crew_is_never_an_option_for_a_character() -> None:
    statement = "In the film, Tom Vell hunts a smuggler in Orsk."
    fact = auto_fact("person", "Tom Vell", statement, "Who hunts a smuggler in Orsk in the film?")
    names = ["Mara Lind", "Piet Hale", "Rosa Vey", "Ola Brandt", "Jon Pell", "Lena Dorr"]
    options = option_pool(_FILM, "person", names, fact).choose(fact, 9)
    assert options == ["Mara Lind"]  # Piet Hale has no year to match the key's


@pytest.mark.parametrize(
    "sentence",
    [
        "The Kell Hills are the coldest part of Varnia.",
        "The first fictional treatments of Ada Wren appeared in 1990.",
    ],
)
def test_a_part_of_a_place_or_a_fiction_about_it_makes_no_characters(sentence: str) -> None:
    text = (
        "Varnia\n\n"
        f"{sentence} Varnia is governed by the Farm Party, with Ada Wren the current "
        "premier. Varnia has four ports."
    )
    evidence = document_evidence(text)
    assert not evidence.is_character("doc", "Ada Wren")
    assert not evidence.is_character("doc", "Varnia")


def test_an_adverb_opening_a_sentence_about_a_work_makes_no_characters() -> None:
    text = (
        "Red Snow\n\n"
        "Further references to the novel are hidden throughout the film. Further references "
        "honour Ivo Tam, a friend of the cast."
    )
    assert not document_evidence(text).is_character("doc", "Ivo Tam")


def test_the_one_a_plot_follows_stays_a_character_whatever_her_trade() -> None:
    text = (
        "Ink\n\n"
        "Ink is a 1998 novel by Jon Pell. The novel follows the writer Ann Lee, who rents a "
        "house in Orsk. Ann Lee meets her editor Tom Ash there."
    )
    evidence = document_evidence(text)
    assert evidence.is_character("doc", "Ann Lee")
    assert evidence.is_character("doc", "Tom Ash")
    assert not evidence.is_character("doc", "Jon Pell")
