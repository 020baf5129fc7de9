"""Typed keys that take the forms a learner who knows the fact types: a body without its
"of <field>" tail, a unit numbered in Roman figures by its ordinal, a person without the
place he is of, by rank and surname, and a nickname in full; never a short form another
name of the document shares."""

import pytest

from factdeck.generate.facts import FactRecord
from factdeck.generate.questions import (
    nickname_full_forms,
    numbered_unit_forms,
    particle_surname_forms,
    ranked_surname_forms,
    with_document_forms,
)
from factdeck.normalise import normalise
from helpers.generation import auto_fact, document_evidence


def _fact(
    text: str, answer: str, prompt: str, names: list[tuple[str, str]], kind: str
) -> FactRecord:
    evidence = document_evidence(text)
    sentence = evidence.sentences_with_words("doc", answer.split()[-1])[0]
    fact = auto_fact(kind, answer, sentence, prompt, id="doc.1")
    return with_document_forms(fact, evidence, names)


def _accepts(fact: FactRecord, typed: str) -> bool:
    return normalise(typed) in {normalise(form) for form in (fact.answer, *fact.accepted)}


def test_a_body_is_named_without_its_field_where_the_document_writes_it_so() -> None:
    text = (
        "The Varden Textile Museum of Design lent the quilt in 1931. "
        "The quilt went back to the Varden Textile Museum in 1934."
    )
    names = [("organisation", "Varden Textile Museum of Design")]
    fact = _fact(
        text,
        "Varden Textile Museum of Design",
        "Which museum lent the quilt in 1931?",
        names,
        "organisation",
    )
    assert _accepts(fact, "Varden Textile Museum")


def test_a_body_s_short_name_is_not_taken_where_another_body_shares_it() -> None:
    text = (
        "The Varden Textile Museum of Design lent the quilt in 1931. "
        "The Varden Textile Museum of Crafts bought it in 1950. "
        "The quilt went back to the Varden Textile Museum in 1934."
    )
    names = [
        ("organisation", "Varden Textile Museum of Design"),
        ("organisation", "Varden Textile Museum of Crafts"),
    ]
    fact = _fact(
        text,
        "Varden Textile Museum of Design",
        "Which museum lent the quilt in 1931?",
        names,
        "organisation",
    )
    assert not _accepts(fact, "Varden Textile Museum")


def test_a_body_s_short_name_the_document_never_writes_is_not_taken() -> None:
    text = "The Varden Textile Society of Design lent the quilt in 1931."
    names = [("organisation", "Varden Textile Society of Design")]
    fact = _fact(
        text,
        "Varden Textile Society of Design",
        "Which society lent the quilt in 1931?",
        names,
        "organisation",
    )
    assert not _accepts(fact, "Varden Textile Society")


@pytest.mark.parametrize(
    ("museum", "short"),
    [
        ("Kessel Museum of Natural History", "Kessel Museum"),
        ("Orvale Museum of Fine Arts", "Orvale Museum"),
        ("Metropolitan Museum of Art", "Metropolitan Museum"),
    ],
)
def test_a_museum_is_named_without_the_field_it_shows(museum: str, short: str) -> None:
    text = f"The {museum} lent the quilt in 1931."
    fact = _fact(text, museum, "Which museum lent the quilt in 1931?", [("place", museum)], "place")
    assert _accepts(fact, short)


@pytest.mark.parametrize(
    "museum",
    [
        "National Museum of Natural History",  # one of many national museums
        "Tarland National Museum of Art",
        "American Museum of Fine Arts",
    ],
)
def test_a_museum_s_qualifier_or_place_is_no_name_of_its_own(museum: str) -> None:
    text = f"The {museum} lent the quilt in 1931."
    fact = _fact(text, museum, "Which museum lent the quilt in 1931?", [("place", museum)], "place")
    short = museum.partition(" of ")[0]
    assert not _accepts(fact, short)


def test_a_museum_s_short_name_another_museum_shares_is_not_taken() -> None:
    text = "The Kessel Museum of Art lent the quilt in 1931. The Kessel Museum of Science kept it."
    names = [("place", "Kessel Museum of Art"), ("place", "Kessel Museum of Science")]
    prompt = "Which museum lent the quilt in 1931?"
    fact = _fact(text, "Kessel Museum of Art", prompt, names, "place")
    assert not _accepts(fact, "Kessel Museum")


def test_a_given_name_and_two_surnames_are_named_by_both_surnames() -> None:
    text = "The replica was made by Ignacio Ortega Vidal in 1987."
    names = [("person", "Ignacio Ortega Vidal")]
    prompt = "Who made the replica in 1987?"
    fact = _fact(text, "Ignacio Ortega Vidal", prompt, names, "person")
    assert _accepts(fact, "Ortega Vidal")
    # a middle given name is no surname
    fact = _fact(
        "The replica was made by Ignacio Maria Vidal in 1987.",
        "Ignacio Maria Vidal",
        prompt,
        [("person", "Ignacio Maria Vidal")],
        "person",
    )
    assert not _accepts(fact, "Maria Vidal")


def test_two_surnames_another_person_bears_are_not_taken() -> None:
    text = "The replica was made by Ignacio Ortega Vidal in 1987. Luis Ortega Vidal sold it."
    names = [("person", "Ignacio Ortega Vidal"), ("person", "Luis Ortega Vidal")]
    fact = _fact(text, "Ignacio Ortega Vidal", "Who made the replica in 1987?", names, "person")
    assert not _accepts(fact, "Ortega Vidal")


def test_a_unit_in_roman_figures_takes_its_ordinal() -> None:
    assert numbered_unit_forms("XIV Corps") == ["14th Corps", "Fourteenth Corps"]
    assert numbered_unit_forms("Marot's III Army") == ["Marot's 3rd Army", "Marot's Third Army"]
    assert numbered_unit_forms("IIII Corps") == []  # no number is written so
    assert numbered_unit_forms("VIII Street") == []
    text = "The IX Corps held the ridge at Orm in 1809."
    fact = _fact(text, "IX Corps", "Which corps held the ridge at Orm?", [], "organisation")
    assert _accepts(fact, "9th Corps")
    assert _accepts(fact, "Ninth Corps")


def test_a_person_of_a_place_is_named_without_it() -> None:
    text = "The keywork was revised by M. Dellaporte of Lyon in 1951. Dellaporte made flutes."
    names = [("person", "M. Dellaporte of Lyon"), ("place", "Lyon")]
    prompt = "Who revised the keywork in 1951?"
    fact = _fact(text, "M. Dellaporte of Lyon", prompt, names, "person")
    assert _accepts(fact, "M. Dellaporte")
    assert _accepts(fact, "Dellaporte")


def test_a_person_s_surname_another_person_bears_is_not_taken_alone() -> None:
    text = (
        "The keywork was revised by M. Dellaporte of Lyon in 1951. Anne Dellaporte sold the flutes."
    )
    names = [("person", "M. Dellaporte of Lyon"), ("person", "Anne Dellaporte")]
    prompt = "Who revised the keywork in 1951?"
    fact = _fact(text, "M. Dellaporte of Lyon", prompt, names, "person")
    assert _accepts(fact, "M. Dellaporte")
    assert not _accepts(fact, "Dellaporte")


def test_a_ruler_s_number_or_second_given_name_is_not_taken_alone() -> None:
    text = "The charter was sealed by Olaf XIV of Vessa in 1402."
    names = [("person", "Olaf XIV of Vessa"), ("place", "Vessa")]
    fact = _fact(text, "Olaf XIV of Vessa", "Who sealed the charter in 1402?", names, "person")
    assert _accepts(fact, "Olaf XIV")
    assert not _accepts(fact, "XIV")
    text = "The charter was sealed by Anton Gregor of Vessa in 1402."
    names = [("person", "Anton Gregor of Vessa"), ("place", "Vessa")]
    fact = _fact(text, "Anton Gregor of Vessa", "Who sealed the charter in 1402?", names, "person")
    assert _accepts(fact, "Anton Gregor")
    assert not _accepts(fact, "Gregor")  # a given name, never written alone


def test_a_given_name_the_document_writes_alone_as_a_surname_is_taken() -> None:
    text = "The charter was sealed by Anton Gregor of Vessa in 1402. Gregor died in 1410."
    names = [("person", "Anton Gregor of Vessa"), ("place", "Vessa")]
    fact = _fact(text, "Anton Gregor of Vessa", "Who sealed the charter in 1402?", names, "person")
    assert _accepts(fact, "Gregor")


def test_a_title_before_a_given_name_of_a_place_is_kept() -> None:
    text = "The fort was taken by Duke Albert of Orm in 1402."
    names = [("person", "Duke Albert of Orm")]
    fact = _fact(text, "Duke Albert of Orm", "Who took the fort in 1402?", names, "person")
    assert not _accepts(fact, "Albert")


def test_rank_and_surname_are_taken_where_the_document_writes_them() -> None:
    written = {"Admiral Marten"}.__contains__
    assert ranked_surname_forms("Ivo K. Marten", ("Marten",), written) == ["Admiral Marten"]
    assert ranked_surname_forms("Ivo K. Marten", (), written) == []  # surname not his alone
    assert ranked_surname_forms("Ivo K. Marten", ("Marten",), set().__contains__) == []


def test_a_nickname_takes_the_full_one_the_document_gives() -> None:
    mentions = {"Orm Slim": 4, "Memphis Slim": 1}.__getitem__
    assert nickname_full_forms("Slim", ["Orm Slim", "Memphis Slim"], mentions) == ["Orm Slim"]


def test_a_nickname_two_bear_alike_takes_neither() -> None:
    mentions = {"Orm Slim": 3, "Tarn Slim": 2}.__getitem__
    assert nickname_full_forms("Slim", ["Orm Slim", "Tarn Slim"], mentions) == []


def test_a_surname_is_left_to_the_bearer_named_before() -> None:
    mentions = {"Tomas Kell": 4, "Ana Kell": 1}.__getitem__
    assert nickname_full_forms("Kell", ["Tomas Kell", "Ana Kell"], mentions) == []


def test_a_code_takes_the_prefix_the_document_spells_out() -> None:
    text = (
        "Tarland State Highway 12 (TS 12) runs north from Orm. "
        "At Vell it meets TS 40C, which it leaves at the river."
    )
    fact = _fact(text, "TS 40C", "Which highway does it meet at Vell?", [], "other")
    assert _accepts(fact, "Tarland State Highway 40C")
    assert _accepts(fact, "Highway 40C")


def test_a_code_s_bare_number_another_name_shares_is_not_taken() -> None:
    text = (
        "Tarland State Highway 12 (TS 12) runs north from Orm. "
        "At Vell it meets TS 40C, which it leaves at the river. "
        "County Highway 40C crosses it at Brem."
    )
    fact = _fact(text, "TS 40C", "Which highway does it meet at Vell?", [], "other")
    assert _accepts(fact, "Tarland State Highway 40C")
    assert not _accepts(fact, "Highway 40C")


def test_a_code_is_not_spelled_by_the_name_of_another_code_s_number() -> None:
    text = (
        "North of Orm, TS 71 crosses KR 71, and Kessa County Road 71 ends at the bridge. "
        "The old ferry carried TS 71 over the river."
    )
    fact = _fact(text, "TS 71", "What did the old ferry carry over the river?", [], "other")
    assert not _accepts(fact, "Kessa County Road 71")
    assert not _accepts(fact, "Road 71")
    text = "At Brem the B 6 meets Vell Valley Road 6. The old ferry carried the B 6."
    fact = _fact(text, "B 6", "What did the old ferry carry?", [], "other")
    assert not _accepts(fact, "Vell Valley Road 6")


def test_a_surname_after_a_particle_is_taken_where_the_document_also_ranks_it() -> None:
    key = "Anton Karl von Drisse"
    names = [key, "Drisse", "General Drisse", "Marshal Anton Karl von Drisse"]
    assert particle_surname_forms(key, names) == ["von Drisse", "Drisse"]
    # another bearer of the surname: it names either
    assert particle_surname_forms(key, [*names, "Maria von Drisse"]) == []
    assert particle_surname_forms(key, [*names, "Maria Drisse"]) == []
