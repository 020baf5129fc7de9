"""A person's name as the document writes it most, its other spelling accepted; and an
epithet the document gives a one-name person."""

from __future__ import annotations

import pytest

from factdeck.generate.questions import with_epithet
from factdeck.generate.text import respelled_alike
from helpers.generation import accepts, auto_fact, document_evidence, document_facts

_SPELLED_TWO_WAYS = (
    "Tamsin Odell founded the weaving guild of Orvby in 1702. "
    "Tamsyn led the first strike of the guild in 1710. "
    "Tamsin later built a dye works at Kessford. "
    "In 1725 Tamsin opened a school for weavers. "
    "Tamsin died at Orvby in 1731."
)


def test_a_name_spelled_two_ways_is_asked_by_the_spelling_used_most() -> None:
    facts = document_facts(_SPELLED_TWO_WAYS, "Orvby")
    assert "Tamsyn" not in facts
    (led,) = [fact for fact in facts["Tamsin"] if "strike" in fact.prompt]
    assert accepts(led, "Tamsyn")


def test_two_names_written_in_one_sentence_are_two_people() -> None:
    facts = document_facts(
        "Halvik Holt and Halvak Kell opened the Orvby mill in 1790. "
        "Halvak led the first strike of the mill in 1801. Halvik left for Kessford in 1795. "
        "Halvik taught weaving there. Halvik died at Kessford in 1820.",
        "Orvby",
    )
    (led,) = facts["Halvak"]
    assert not accepts(led, "Halvik")


def test_surnames_spelled_alike_after_first_names_are_two_families() -> None:
    facts = document_facts(
        "Aldo Verrick built the Orvby mill in 1801. Verrick died at Orvby in 1830. "
        "Verrick left the mill to the town. "
        "Nils Varrick wrote the town charter of Kessford in 1840. "
        "Varrick was buried at Kessford in 1861.",
        "Orvby",
    )
    (buried,) = [fact for fact in facts["Varrick"] if "buried" in fact.prompt]
    assert not accepts(buried, "Verrick")
    assert not any(accepts(fact, "Varrick") for fact in facts.get("Verrick", []))


_SPELLED_THREE_WAYS = (
    "Tamsin founded the weaving guild of Orvby in 1702. "
    "Tamsen led the first strike of the guild in 1710. "
    "Tamsen later built a dye works at Kessford. "
    "In 1725 Tamsen opened a school for weavers. "
    "Tamsyn taught dyeing at the school in 1727. "
    "Tamsyn died at Orvby in 1731."
)


def test_a_name_spelled_three_ways_is_asked_by_the_one_used_most_and_accepts_all() -> None:
    facts = document_facts(_SPELLED_THREE_WAYS, "Orvby")
    asked_who = [fact for same in facts.values() for fact in same if fact.prompt.startswith("Who")]
    assert len(asked_who) == 3
    for fact in asked_who:
        assert fact.answer == "Tamsen"
        assert accepts(fact, "Tamsin") and accepts(fact, "Tamsyn")


@pytest.mark.parametrize(
    ("first", "second", "alike"),
    [
        ("Tamsin", "Tamsyn", True),
        ("Khulan", "Kulan", False),  # five letters: too short to tell
        ("Khuldai", "Kuldai", True),
        ("Antonio", "Antonia", False),  # another end, another name
        ("Brellan", "Crellan", False),
        ("Tamsin", "Tamsin", False),
    ],
)
def test_one_name_spelled_two_ways(first: str, second: str, alike: bool) -> None:
    assert respelled_alike(first, second) is alike


_BUILT_THE_HALL = "In 1350 Rask built the town hall."
_ASKED = "Who built the town hall in 1350?"


def test_an_epithet_the_document_opens_with_is_accepted_never_the_key() -> None:
    evidence = document_evidence(
        "Rask the Builder raised the stone bridge of Orvby in 1342. " + _BUILT_THE_HALL
    )
    fact = with_epithet(auto_fact("person", "Rask", _BUILT_THE_HALL, _ASKED), evidence)
    assert fact.answer == "Rask"
    assert accepts(fact, "Rask the Builder")


@pytest.mark.parametrize(
    "opening",
    [
        "In 1340 the duke granted Rask the Manor of Orvby.",  # "of" follows: a place
        "In 1340 the guild made Rask the Warden.",  # what he became
        "The guild paid Rask the Toll in 1340.",  # what he was given
    ],
)
def test_a_noun_after_a_name_given_two_objects_is_no_epithet(opening: str) -> None:
    evidence = document_evidence(f"{opening} {_BUILT_THE_HALL}")
    fact = with_epithet(auto_fact("person", "Rask", _BUILT_THE_HALL, _ASKED), evidence)
    assert (fact.answer, fact.accepted) == ("Rask", ())


def test_an_epithet_given_later_is_accepted() -> None:
    evidence = document_evidence(
        "The mason Rask raised the stone bridge of Orvby in 1342. "
        + _BUILT_THE_HALL
        + " His pupils called him Rask the Builder."
    )
    fact = with_epithet(auto_fact("person", "Rask", _BUILT_THE_HALL, _ASKED), evidence)
    assert fact.answer == "Rask"
    assert accepts(fact, "Rask the Builder")


def test_a_body_written_after_a_name_is_no_epithet() -> None:
    evidence = document_evidence(
        "The council fined the mason Rask in 1340. After Rask the Council hired no mason. "
        + _BUILT_THE_HALL
        + " The Council met at the hall."
    )
    fact = with_epithet(auto_fact("person", "Rask", _BUILT_THE_HALL, _ASKED), evidence)
    assert (fact.answer, fact.accepted) == ("Rask", ())
