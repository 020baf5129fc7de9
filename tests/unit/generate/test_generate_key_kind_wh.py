"""The question word and the "which" noun fit what the key is, not a word inside its name."""

from __future__ import annotations

import re

import pytest

from factdeck.generate.concepts import statement
from factdeck.generate.gates import wh_fits_key
from factdeck.generate.phrasing import ask, head_noun, named_sorts, names_people, organisation_sort
from helpers.generation import name_kinds
from helpers.generation import questions_by_key as _questions

_AGENCY = (
    "The Kelby Typhoon Warning Centre will often quote wind speeds in its bulletins. "
    "Typhoon Orla struck the Vessian coast in 1998, with winds estimated at 190 km/h by the "
    "Kelby Typhoon Warning Centre. The Siege of Tarvik lasted nine weeks. The Orvan Uprising "
    "began in 1821. Great Orm War II began in 1939."
)


def test_an_event_s_word_inside_a_body_s_name_makes_no_event() -> None:
    kinds = name_kinds(_AGENCY)
    assert kinds["Kelby Typhoon Warning Centre"] != "event"
    asked = _questions(_AGENCY)["Kelby Typhoon Warning Centre"]
    assert asked and not any("which event" in q.casefold() for q in asked)


@pytest.mark.parametrize(
    "name", ["Typhoon Orla", "Siege of Tarvik", "Orvan Uprising", "Great Orm War II"]
)
def test_an_event_s_word_that_opens_or_heads_the_name_makes_an_event(name: str) -> None:
    assert name_kinds(_AGENCY)[name] == "event"


_TASK_FORCE = (
    "The Lakeside Joint Task Force-Northern Region was created in 2015 to keep order in Port "
    "Kell. The Orm Air Force bought six planes in 1960."
)


def test_a_body_joined_to_the_area_it_serves_is_a_body_asked_by_its_own_sort() -> None:
    name = "Lakeside Joint Task Force-Northern Region"
    assert name_kinds(_TASK_FORCE)[name] == "organisation"
    assert organisation_sort(name) == "force"
    asked = _questions(_TASK_FORCE)
    assert "Which force was created in 2015 to keep order in Port Kell?" in asked[name]
    assert "Which force bought six planes in 1960?" in asked["Orm Air Force"]


_TRIUMPH = (
    "The Orvanian army was beaten at the Battle of Kellgrad in 1805. After Kellgrad Orvania "
    "withdrew from the war. Kellgrad was considered one of General Varro's finest triumphs."
)


def test_a_place_written_beside_another_name_is_no_part_of_a_person_s_name() -> None:
    asked = _questions(_TRIUMPH)["Kellgrad"]
    assert asked and not any(q.startswith("Who") for q in asked)


def test_the_name_a_thing_is_known_by_is_asked_what_even_a_person_s() -> None:
    for text, answer, question in [
        (
            "The Mark IV was also known as the Edwin Jenkins.",
            "Edwin Jenkins",
            "What was the Mark IV also known as?",
        ),
        ("The Orm IV was known as Ivo Marr.", "Ivo Marr", "What was the Orm IV known as?"),
    ]:
        start = text.index(answer)
        for kind in ("other", "person"):
            assert ask(text, start, start + len(answer), kind) == (question, "fronted")
        assert wh_fits_key(question, answer, "other")
    named_after = "The ship was named after Edwin Jenkins."
    start = named_after.index("Edwin")
    assert ask(named_after, start, len(named_after) - 1, "person") == (
        "After whom was the ship named?",
        "fronted",
    )


@pytest.mark.parametrize(
    ("answer", "people"),
    [("Edwin Jenkins", False), ("Ivo Watkins", False), ("Montanans", True), ("Orvanians", True)],
)
def test_a_surname_like_a_people_s_name_after_a_given_name_is_one_person(
    answer: str, people: bool
) -> None:
    assert names_people(answer, "other") is people


_RECRUITS = (
    "The Kessian Liberation Front (KLF) began to recruit in 1969. Over the following years KLF "
    "violence in the town was contained. In July 1971 there was a surge of recruitment into the "
    "KLF after two farmers were shot by soldiers."
)


def test_a_time_noun_before_a_name_is_no_sort_of_it() -> None:
    assert "klf" not in named_sorts([_RECRUITS])
    asked = _questions(_RECRUITS, "Vell")["KLF"]
    assert asked and not any(re.search(r"\byears?\b", q) for q in asked)
    assert not any("violence" in q for q in asked)  # the violence is asked of, not the KLF


def test_a_name_qualifying_a_noun_before_another_name_is_not_asked() -> None:
    text = (
        "On 15 November 2013, Varn joined Second Division team Kelby Rovers on a month-long "
        "loan from Orm Town."
    )
    assert "Second Division" not in _questions(text, "Vell")


def test_a_bare_plural_after_a_process_is_asked_what_not_where() -> None:
    formed = statement("The riddles are formed in acrostics.")
    assert formed is not None and formed.question == "What are the riddles formed in?"
    found = statement("Salt is found in caves.")
    assert found is not None and found.question == "Where is salt found?"
    stored = statement("Salt is stored in the caves.")
    assert stored is not None and stored.question == "Where is salt stored?"


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        (
            "In 2008, the Orm Chapel participated in Lanterns Across Tarn, a march.",
            "Lanterns Across Tarn",
        ),
        ("The Kelby Written Test is shortened to Kelwri.", "Kelwri"),
    ],
)
def test_what_one_takes_part_in_or_a_short_name_is_never_asked_where(
    text: str, answer: str
) -> None:
    start = text.index(answer)
    assert ask(text, start, start + len(answer), "place") is None


def test_a_place_after_a_plain_verb_is_still_asked_where() -> None:
    text = "In 2008, the choir sang in Kelby."
    start = text.index("Kelby")
    assert ask(text, start, start + 5, "place") == ("Where did the choir sing in 2008?", "fronted")


@pytest.mark.parametrize(("answer", "people"), [("Kelby Loons", False), ("Loons", False)])
def test_a_team_named_by_a_plural_noun_is_no_people(answer: str, people: bool) -> None:
    assert names_people(answer, "other") is people
    text = f"In 2007 Varn was promoted to the {answer}."
    start = text.index(answer)
    asked = ask(text, start, start + len(answer), "other")
    assert asked is not None and "whom" not in asked[0].casefold()


@pytest.mark.parametrize(("answer", "noun"), [("Great Orm War II", "war"), ("Orm Cup 3", "cup")])
def test_a_numbered_event_is_asked_by_the_word_before_its_number(answer: str, noun: str) -> None:
    assert head_noun(answer, "event") == noun
