"""The form of imported options and the names they are cut from: a key never stands out by
its form among its options, and a place named with a lower-case particle is one name."""

from __future__ import annotations

import pytest

from factdeck.bank import QuestionType
from factdeck.generate.clean import clean_document
from factdeck.generate.distractors import DistractorPool, same_form
from factdeck.generate.evidence import NameIndex, other_forms
from factdeck.generate.extract import extract, extract_candidates, pool_entries
from factdeck.generate.sentences import split_sentences
from helpers.generation import auto_fact, document_evidence, option_pool, question_types

_SHIPS = (
    "Ships\n\n"
    "The Heron sailed from Port Vell in 1702. The Kestrel sailed from Port Vell in 1704. "
    "The Osprey sailed from Port Vell in 1706. Marlin sailed from Port Vell in 1708. "
    "Tern sailed from Port Vell in 1709. Skua sailed from Port Vell in 1710. "
    "The Gannet was lost off Port Vell in 1711."
)


def test_only_the_key_with_the_article_is_never_offered() -> None:
    statement = "The Gannet was lost off Port Vell in 1711."
    fact = auto_fact("organisation", "The Gannet", statement, "Which ship was lost off Port Vell?")
    pool = option_pool(_SHIPS, "organisation", ["Marlin", "Tern", "Skua", "The Heron"], fact)
    assert not {"Marlin", "Tern", "Skua"} & set(pool.choose(fact))


def test_an_option_much_longer_or_shorter_than_the_key_is_never_offered() -> None:
    assert same_form("Ada Wren", "Karl Sund")
    assert same_form("Ada Wren", "Otto")
    assert not same_form("Ada", "Karl Otto von Sund")
    assert not same_form("The Gannet", "Gannet")


_TOWNS = (
    "Towns\n\n"
    "The fair was first held in Ostby in 1650. Later fairs were held in Dunmere, in Kell and in "
    "Saint Mary Tarn Cross."
)


def test_too_few_options_of_the_keys_form_make_the_question_typed() -> None:
    statement = "The fair was first held in Ostby in 1650."
    fact = auto_fact("place", "Ostby", statement, "Where was the fair first held?")
    names = ["Dunmere", "Kell", "Saint Mary Tarn Cross"]
    types = question_types(fact, option_pool(_TOWNS, "place", names, fact))
    assert QuestionType.MULTIPLE_CHOICE not in types
    assert QuestionType.TYPED in types


def test_a_place_named_with_a_lower_case_particle_is_one_name() -> None:
    text = (
        "Rivers\n\n"
        "The treaty was signed in Hoorn bij Velde in 1403. The bishop later moved his court to "
        "Frankfurt am Main. The poet was born in Stratford upon Avon."
    )
    cleaned = clean_document(text)
    spans = {c.span.text for c in extract_candidates(split_sentences("doc", cleaned.text), "")}
    names = {"Hoorn bij Velde", "Frankfurt am Main", "Stratford upon Avon"}
    assert not {"Hoorn", "Velde", "Frankfurt", "Main", "Stratford", "Avon"} & spans
    assert names & spans


_VALLEY = (
    "Valley\n\n"
    "The guild was founded in Eastby, in Tarland, in 1402. It spread to Wenmark and to Rosk. "
    "Its masters later met in Dunmere, in Kell and in Ostby. The road from Holm in Wenmark to "
    "Vell in Rosk was paved in 1450."
)


def test_a_region_that_holds_towns_gets_no_towns_as_options() -> None:
    statement = "The guild was founded in Eastby, in Tarland, in 1402."
    fact = auto_fact("place", "Tarland", statement, "In which region was the guild founded?")
    names = ["Eastby", "Dunmere", "Kell", "Ostby", "Holm", "Vell", "Wenmark", "Rosk"]
    pool = option_pool(_VALLEY, "place", names, fact)
    assert set(pool.choose(fact)) <= {"Wenmark", "Rosk"}
    town = auto_fact("place", "Eastby", statement, "In which town was the guild founded?")
    town_pool = option_pool(_VALLEY, "place", ["Tarland", *names], town)
    assert not {"Tarland", "Wenmark", "Rosk"} & set(town_pool.choose(town))


def test_a_particle_place_also_accepts_the_short_form_the_document_uses() -> None:
    texts = ["The treaty was signed in Hoorn bij Velde.", "Hoorn was later a market town."]
    names = [("place", "Hoorn bij Velde"), ("place", "Hoorn"), ("place", "Kell")]
    forms = other_forms(
        "Hoorn bij Velde",
        "place",
        "Where was the treaty signed?",
        NameIndex(names),
        lambda _: texts,
        set(),
    )
    assert forms == ["Hoorn"]
    unnamed = [("place", "Hoorn bij Velde"), ("place", "Kell")]
    assert not other_forms(
        "Hoorn bij Velde",
        "place",
        "Where was the treaty signed?",
        NameIndex(unnamed),
        lambda _: texts,
        set(),
    )
    two = [*names, ("place", "Hoorn aan Zee")]
    assert not other_forms(
        "Hoorn bij Velde",
        "place",
        "Where was the treaty signed?",
        NameIndex(two),
        lambda _: texts,
        set(),
    )


def test_a_capitalised_preposition_opening_a_sentence_is_no_part_of_a_name() -> None:
    text = (
        "Towns\n\nBelow Ostby, the oldest city in Tarland, the river winds through a deep valley."
    )
    names = {value for _, value in pool_entries(split_sentences("doc", clean_document(text).text))}
    assert "Ostby" in names
    assert not any(name.startswith("Below") for name in names)


_WINE = (
    "Wine\n\n"
    "The Orne valley is a wine region in the south of France. Its wine was shipped to England "
    "in 1310, and Scotland bought the rest."
)


def test_a_country_the_document_never_names_is_no_option() -> None:
    statement = "The Orne valley is a wine region in the south of France."
    fact = auto_fact("country", "France", statement, "In the south of which country is the valley?")
    names = ["France", "England", "Scotland", "Ireland"]  # "Ireland" from another document
    options = option_pool(_WINE, "country", names, fact).choose(fact)
    assert sorted(options) == ["England", "Scotland"]  # never a neighbour of the list alone


_PREACHERS = (
    "Preachers\n\n"
    "In 1740 Ada Wren preached at Tarn. In 1742 Karl Sund preached at Kell. In 1744 Lena Moor "
    "preached at Ostby. In 1745 Ivo Stark preached at Dunmere. In 1746 the Vell Church sent "
    "preachers to Holm, and the Vell Church built a hall there in 1748."
)


def test_a_body_the_document_writes_with_the_is_no_person_option() -> None:
    statement = "In 1740 Ada Wren preached at Tarn."
    fact = auto_fact("person", "Ada Wren", statement, "Who preached at Tarn in 1740?")
    names = ["Vell Church", "Karl Sund", "Lena Moor"]
    assert option_pool(_PREACHERS, "person", names, fact).choose(fact) == ["Karl Sund", "Lena Moor"]


def test_the_seat_of_a_person_is_no_accepted_surname() -> None:
    text = (
        "Rights\n\n"
        "The guilds of Tarn received their charter from King Charles Albert of Vell in 1648. "
        "Queen Ada Wren renewed the charter in 1702."
    )
    candidates = extract_candidates(split_sentences("doc", clean_document(text).text), "")
    aliases = {c.span.text: c.span.aliases for c in candidates}
    assert "Vell" not in aliases["Charles Albert of Vell"]
    assert "Wren" in aliases["Ada Wren"]


def test_a_cast_names_performers_and_characters_never_options_of_one_another() -> None:
    text = (
        "The Tarn Players staged the Orm Saga in Vell in 1901, with Ann Lee as Mary Kell, "
        "Tom Ash as John Hale and Eva Dunn as Rose Stark. Eva Dunn was born in Tarn in 1870."
    )
    roles = extract(split_sentences("doc", text), "Orm Saga", selective=True).roles
    assert roles["mary kell"] == "character"
    assert roles["eva dunn"] == "performer"
    statement = "Eva Dunn was born in Tarn in 1870."
    fact = auto_fact("person", "Eva Dunn", statement, "Who was born in Tarn in 1870?")
    entries = [("person", name, "doc") for name in ("Mary Kell", "Ann Lee", "Tom Ash")]
    pool = DistractorPool(entries, [fact], roles, document_evidence(text))
    assert "Mary Kell" not in pool.choose(fact)


_SINGER = (
    "Ada Venn\n\n"
    "Ada Venn went to school in Tarnford. She sang in Orsk in 1999 and "
    "in Vellport in 2001. In 2006 she starred in {work} (2006), a film about a choir. "
    "Her album Salt Road sold well in Orsk."
)


@pytest.mark.parametrize("work", ["Kellmoor", "the film Kellmoor"])
def test_a_name_the_document_writes_as_a_works_title_is_no_place_option(
    work: str,
) -> None:
    text = _SINGER.format(work=work)
    statement = "Ada Venn went to school in Tarnford."
    fact = auto_fact("place", "Tarnford", statement, "Where did Ada Venn go to school?")
    places = ["Orsk", "Vellport", "Kellmoor", "Salt Road"]
    pool = option_pool(text, "place", [*places, "Tarnford"], fact)
    assert [name for name in places if pool._same_sort(fact, name)] == ["Orsk", "Vellport"]
