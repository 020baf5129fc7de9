"""A surname two people of the document share is never the key, nor does one's key accept
the other's name; and a place's country is never accepted alone."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from factdeck.generate import extract
from helpers.generation import accepts, document_facts

_TWO_BRELLS = (
    "The Orvby Courier is a weekly paper printed in Orvby since 1880. "
    "Lord Brell bought the Courier in 1959. Lord Brell moved its press to Kessford in 1962."
    "\n\nTomas Brell, his nephew, edited the paper from 1970. "
    "Brell sold the paper to the Vessa Press Group in 1981."
)


def test_a_surname_two_people_share_is_asked_by_the_paragraph_s_full_name() -> None:
    facts = document_facts(_TWO_BRELLS, "Orvby Courier")
    assert "Brell" not in facts
    sold = [fact for fact in facts["Tomas Brell"] if "1981" in fact.prompt]
    assert sold
    assert all(not accepts(fact, "Lord Brell") and not accepts(fact, "Brell") for fact in sold)
    for fact in facts["Lord Brell"]:
        assert not accepts(fact, "Tomas Brell") and not accepts(fact, "Brell")
    (year,) = facts["1981"]
    assert "Tomas Brell" in year.prompt


def test_a_surname_the_paragraph_gives_two_bearers_is_not_asked() -> None:
    facts = document_facts(
        _TWO_BRELLS.replace("Tomas Brell, his nephew,", "Tomas Brell, nephew of Lord Brell,"),
        "Orvby Courier",
    )
    assert "Brell" not in facts
    assert not any("1981" in fact.prompt for fact in facts.get("Tomas Brell", []))


def test_a_place_after_a_comma_is_accepted_but_never_its_country_alone() -> None:
    facts = document_facts(
        "The Order of Saint Vell is a Catholic order founded in 1820. "
        "The order runs a seminary in Orvby, France. Orvby is a small town on the Kell river.",
        "Order of Saint Vell",
    )
    (seminary,) = [fact for fact in facts["Orvby"] if "seminary" in fact.prompt]
    assert accepts(seminary, "Orvby, France")
    assert not accepts(seminary, "France")


def test_a_long_paragraph_is_searched_once_for_the_bearers_of_a_surname(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    searches: Counter[str] = Counter()
    real_whole_name = extract.whole_name

    class CountedName:
        def __init__(self, name: str) -> None:
            self.name, self.pattern = name, real_whole_name(name)

        def search(self, text: str) -> re.Match[str] | None:
            searches[self.name] += 1
            return self.pattern.search(text)

        def __getattr__(self, attribute: str) -> object:
            return getattr(self.pattern, attribute)

    monkeypatch.setattr(extract, "whole_name", CountedName)
    towns = [f"{lead}{end}" for lead in ("Orv", "Kess", "Tarl", "Vell") for end in ("by", "ford")]
    sales = " ".join(
        f"Brell sold a press to {towns[year % len(towns)]} Works in {year}."
        for year in range(1971, 2011)
    )
    document_facts(
        f"Lord Brell bought the Courier in 1959. Tomas Brell edited it from 1970. {sales}",
        "Orvby Courier",
    )
    # one pass over the paragraph per bearer, not one per mention of the surname
    assert searches["Lord Brell"] + searches["Tomas Brell"] <= 4 * 42
