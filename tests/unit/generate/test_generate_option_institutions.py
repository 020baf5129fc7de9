"""A name the document uses as a school, a firm or another institution is never an option
among people: "Who ran for mayor?" with a college beside two councillors gives itself away."""

from __future__ import annotations

import pytest

from helpers.generation import auto_fact, option_pool

_TOWN = (
    "Orsk\n\nOrsk is a river port. {use}\n\n"
    "Mara Vell ran for mayor in 2012. Tomas Brand won the 2008 election. "
    "Ilse Dorn was mayor from 2004 to 2008."
)


@pytest.mark.parametrize(
    "use",
    [
        "Kell Varden, a technical college, opened in 1990.",
        "The college Kell Varden opened in 1990.",
        "Mara Vell graduated from Kell Varden in 2001.",
    ],
)
def test_no_institution_among_person_options(use: str) -> None:
    statement = "Mara Vell ran for mayor in 2012."
    fact = auto_fact("person", "Mara Vell", statement, "Who ran for mayor of Orsk in 2012?")
    people = ["Kell Varden", "Tomas Brand", "Ilse Dorn"]
    options = option_pool(_TOWN.format(use=use), "person", people, fact).choose(fact)
    assert sorted(options) == ["Ilse Dorn", "Tomas Brand"]


@pytest.mark.parametrize(
    "use",
    [
        "Kell Varden worked at the Orsk mill until 2001.",
        "Kell Varden, the college's founder, opened it in 1990.",
        "Ilse Dorn worked for Kell Varden until 2001.",
        "Kell Varden, a college student, joined the council in 2004.",
    ],
)
def test_a_person_tied_to_a_school_or_a_firm_stays_an_option(use: str) -> None:
    text = _TOWN.format(use=use)
    statement = "Mara Vell ran for mayor in 2012."
    fact = auto_fact("person", "Mara Vell", statement, "Who ran for mayor of Orsk in 2012?")
    people = ["Kell Varden", "Tomas Brand", "Ilse Dorn"]
    options = option_pool(text, "person", people, fact).choose(fact)
    assert "Kell Varden" in options
