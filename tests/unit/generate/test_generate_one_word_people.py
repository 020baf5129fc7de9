"""A one-word name the document shows to be a person's (a title before it elsewhere, a
lifespan, "He" after it, sent to do a deed, put down as "a man") is a person, asked "who" or
"whom", never "what"; on small texts written for the tests."""

from __future__ import annotations

import pytest

from helpers.generation import name_kinds
from helpers.generation import questions_by_key as _questions

_COURT = (
    "Vell was a king of Orm. In 812, Vell dispatched Tarquel to restore order in the north. "
    "Tarquel was then dispatched to put down the revolt.\n\n"
    "Archduke Olric was the king's brother. Responding to the report, Bertram dismissed Olric "
    "from his post as marshal.\n\n"
    "Orsenius (c. 41 – 118) was the tutor to Vell's son Amric.\n\n"
    "Dravic was a freedman of the palace. He later served the queen in Kell."
)


@pytest.mark.parametrize("name", ["Tarquel", "Olric", "Orsenius", "Dravic"])
def test_a_one_word_name_the_text_shows_to_be_a_person_s_is_a_person(name: str) -> None:
    assert name_kinds(_COURT)[name] == "person"


def test_a_person_known_by_one_word_is_asked_whom_never_what() -> None:
    asked = _questions(_COURT, "Vell")
    assert "Whom did Vell dispatch to restore order in the north in 812?" in asked["Tarquel"]
    assert "Whom did Bertram dismiss from his post as marshal?" in asked["Olric"]
    assert "Who was the tutor to Vell's son Amric?" in asked["Orsenius"]
    assert not any(q.startswith("What") for q in asked["Dravic"])


def test_a_place_or_a_thing_stays_what_it_was() -> None:
    kinds = name_kinds(
        "Queen Maren ruled Orm. The fleet sailed to Maren in 1201, and the monks at Maren "
        "built a hall. Kell sent Vessel to patrol the coast."
    )
    assert kinds.get("Maren") != "person"  # a place the text also writes after "at"
    assert name_kinds("The river Tamsa floods. Tamsa rises in the hills.").get("Tamsa") != "person"
    ship = "Sorelle was launched in 1860.\n\nSorelle was the first ironclad. She sank in 1871."
    assert name_kinds(ship).get("Sorelle") != "person"  # a ship is "she" too


def test_one_dismissed_as_a_man_is_asked_whom() -> None:
    asked = _questions(
        "Eddie travels with his partner Tomsk to play pool. Eddie dismisses Tomsk as a scared "
        "old man and tells him to go home.",
        "Pool",
    )
    assert any(q.startswith("Whom does Eddie dismiss as a scared old man") for q in asked["Tomsk"])


def test_a_ship_sent_on_a_mission_or_a_land_with_its_years_is_no_person() -> None:
    ship = (
        "The navy dispatched Corvin to shadow the raider Haska. Corvin was a light cruiser "
        "of the northern fleet."
    )
    assert name_kinds(ship).get("Corvin") != "person"
    named = "The cruiser Corvin sailed in 1939. The navy dispatched Corvin to shadow Haska."
    assert name_kinds(named).get("Corvin") != "person"
    land = "Velmaria (c. 900 – 1150) was a kingdom on the Tarn. Velmaria built a bridge in 1020."
    assert name_kinds(land).get("Velmaria") != "person"
