"""Typed keys that are whole names and accept the names a learner types: a surname alone only
where the name puts the given name first or the document says the part alone, the longer or
shorter name the document gives a body, and no key cut from inside a longer name."""

from __future__ import annotations

import pytest

from factdeck.generate.evidence import given_name_first
from factdeck.generate.facts import FactRecord
from factdeck.generate.questions import (
    cut_from_a_name,
    longer_written_forms,
    placed_name_forms,
    shorter_written_forms,
)
from helpers.generation import accepts, auto_fact, document_facts


def _facts(text: str, title: str = "Orm Valley") -> dict[str, list[FactRecord]]:
    return document_facts(text, title)


def test_a_name_puts_the_given_name_first_only_when_it_opens_with_one_and_is_not_chinese() -> None:
    assert given_name_first(["Marco", "Tellini"])
    assert not given_name_first(["Li", "Wenbo"])  # "Li" is a given name too, but not here
    assert not given_name_first(["Zhu", "Yuanlong"])
    assert not given_name_first(["Tellini", "Marco"])
    assert given_name_first(["Barack", "Obama"])  # no family name first, no given name last


@pytest.mark.parametrize("name", ["Diane Chen", "Anna Liu", "Ian Lee", "Dan Shen"])
def test_a_name_in_chinese_syllables_that_opens_with_a_given_name_puts_it_first(
    name: str,
) -> None:
    assert given_name_first(name.split())


def test_the_surname_of_a_given_name_first_in_chinese_syllables_is_accepted() -> None:
    facts = _facts("The weaver Diane Chen founded the Orm guild of dyers in 1902.")
    (founded,) = [f for f in facts["Diane Chen"] if f.kind == "person"]
    assert accepts(founded, "Chen")
    assert not accepts(founded, "Diane")


def test_a_chinese_given_name_is_not_accepted_as_a_surname() -> None:
    facts = _facts("Li Wenbo mentored the young prince Kadan in 1340.")
    (mentored,) = [f for f in facts["Li Wenbo"] if f.kind == "person"]
    assert not accepts(mentored, "Wenbo")


def test_a_family_name_the_document_writes_alone_is_accepted() -> None:
    facts = _facts(
        "Zhu Yuanlong, the envoy of the Ming court, brought silk to the valley in 1347. "
        "Zhu later returned to the capital."
    )
    (returned,) = facts["Zhu"]
    assert accepts(returned, "Zhu Yuanlong")


def test_a_family_name_another_person_bears_is_not_accepted_alone() -> None:
    facts = _facts(
        "Li Meng mentored the young prince Kadan in 1340. Li Tan led a revolt in 1262. "
        "The surname of his second wife was Li."
    )
    (mentored,) = [f for f in facts["Li Meng"] if f.kind == "person"]
    assert not accepts(mentored, "Li")
    assert not accepts(mentored, "Meng")


def test_a_surname_is_accepted_alone_only_when_no_other_person_has_it() -> None:
    facts = _facts(
        "The composer Marco Tellini wrote the anthem of the valley in 1902. "
        "The painter Lucia Ferrant decorated the council chamber in 1910. "
        "Paolo Ferrant, her brother, built the new bridge in 1912. "
        "Marco Ravelli, a merchant of Orm, paid for the bridge."
    )
    (decorated,) = [f for f in facts["Lucia Ferrant"] if f.kind == "person"]
    assert not accepts(decorated, "Ferrant")
    assert not accepts(decorated, "Paolo Ferrant")
    (paid,) = [f for f in facts["Marco Ravelli"] if f.kind == "person"]
    assert accepts(paid, "Ravelli")
    assert not accepts(paid, "Marco")
    assert not accepts(paid, "Marco Tellini")


def test_a_body_accepts_the_one_longer_name_the_document_writes_for_it() -> None:
    sentences = [
        "The Anna K. Kessel Library was founded in 1881.",
        "The Kessel Library holds the oldest charters.",
        "During Kessel Library hours the hall is closed.",
    ]
    assert longer_written_forms("Kessel Library", sentences) == ["Anna K. Kessel Library"]
    two = [*sentences, "The Orm Kessel Library opened in 1901."]
    assert longer_written_forms("Kessel Library", two) == []  # two libraries, perhaps
    assert longer_written_forms("Library", sentences) == []
    meeting = ["The 1989 Vessa European Council met in May.", "The European Council rules."]
    assert longer_written_forms("European Council", meeting) == []
    broken = ["He joined the All Vell Farmers League in 1920."]
    assert longer_written_forms("Farmers League", broken) == []
    joined = ["The Reva and Ivo Marr Hall opened in 2012.", "The Marr Hall was designed by Ada."]
    assert longer_written_forms("Marr Hall", joined) == []  # no "Ivo Marr Hall"
    going_on = ["The Ivo Marr Hall for the Arts opened in 2012."]
    assert longer_written_forms("Marr Hall", going_on) == []


def test_a_body_accepts_its_short_name_only_where_the_document_writes_it_for_that_body() -> None:
    texts = [
        "The Anna K. Kessel Library was founded in 1881.",
        "The Kessel Library holds the oldest charters.",
    ]

    def holding(tail: str) -> list[str]:
        return [text for text in texts if tail in text]

    def apart(tail: str) -> bool:
        return any(tail in text.replace("Anna K. Kessel Library", " ") for text in texts)

    assert shorter_written_forms("Anna K. Kessel Library", holding, apart) == ["Kessel Library"]
    texts.append("The Orm Kessel Library opened in 1901.")
    assert shorter_written_forms("Anna K. Kessel Library", holding, apart) == []
    texts[:] = ["Vell Episcopal Church was built in 1720.", "He left the Episcopal Church."]
    assert shorter_written_forms("Vell Episcopal Church", holding, apart) == []


def test_a_key_cut_from_inside_a_longer_name_is_not_asked() -> None:
    cut_before = auto_fact(
        "term",
        "Lakes region",
        "The traders crossed the Great Lakes region in 1750.",
        "Which region did the traders cross in 1750?",
    )
    cut_after = auto_fact(
        "organisation",
        "House Committee",
        "In 1920 the House Committee on Territories approved the union.",
        "In 1920, which committee on Territories approved the union?",
    )
    whole = auto_fact(
        "organisation",
        "House Committee",
        "In 1920 the House Committee approved the union of Orm and Vell.",
        "In 1920, which committee approved the union of Orm and Vell?",
    )
    assert cut_from_a_name(cut_before)
    assert cut_from_a_name(cut_after)
    assert not cut_from_a_name(whole)
    for quote in (
        "During 1881 Kessel Library opened its doors.",
        "During the fair, Kessel Library opened its doors.",
        "Tarland's Kessel Library opened its doors in 1881.",
        "When Kessel Library opened its doors in 1881, the town grew.",
    ):
        opening = auto_fact(
            "organisation", "Kessel Library", quote, "Which library opened its doors in 1881?"
        )
        assert not cut_from_a_name(opening), quote


def test_a_longer_name_of_another_body_or_group_is_no_form() -> None:
    league = ["Ivo helped organise the Kessel League.", "The Ladies Kessel League met in 1901."]
    assert longer_written_forms("Kessel League", league) == []
    club = ["Orm Rowing Club Kessel Library opened in 1950 beside the Kessel Library."]
    assert longer_written_forms("Kessel Library", club) == []


def _alone(_form: str) -> bool:
    return True


def test_a_name_closed_by_its_sort_word_accepts_itself_without_the_place_after() -> None:
    assert placed_name_forms("Orva Gate of Kessmar", set(), _alone) == ["Orva Gate"]
    assert placed_name_forms("Orva Gate of the Kell Hills", {"kell hills"}, _alone) == ["Orva Gate"]
    # every land has a central bank; "Paris" of the treaty is all its name
    assert placed_name_forms("Central Bank of Kessmar", {"kessmar"}, _alone) == []
    assert placed_name_forms("Treaty of Kessmar", {"kessmar"}, _alone) == []


def test_a_faith_s_or_people_s_body_of_a_place_keeps_its_place() -> None:
    # every land has an Anglican church and a Polish club: the place is the name
    assert placed_name_forms("Anglican Church of Kessmar", {"kessmar"}, _alone) == []
    assert placed_name_forms("Methodist Mission of Kessmar", {"kessmar"}, _alone) == []
    assert placed_name_forms("Polish Club of Kessmar", {"kessmar"}, _alone) == []
    # a short form the document never writes alone is no form the learner was shown
    never = placed_name_forms("Orva Gate of Kessmar", set(), lambda form: False)
    assert never == []
