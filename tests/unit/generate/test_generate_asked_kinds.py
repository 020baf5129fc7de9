"""The wh-word and the phrase asked fit the key's kind and place: a name that modified a noun
is not asked alone, a thing's successor is no person, a name headed by a common noun is not
the country it is of, a place that ends like a people is no "whom", a count opening a
sentence is no name's first word, and an adverb of a reason goes with its reason."""

from __future__ import annotations

import re

from factdeck.generate.clean import clean_document
from factdeck.generate.extract import Candidate, extract
from factdeck.generate.sentences import split_sentences
from helpers.generation import name_kinds
from helpers.generation import questions_by_key as _questions

_RELIEF = (
    "Kell Aid is a relief charity based in Orm. Kell Aid provided aid to Storm Ivo survivors "
    "in Orvania in 1995. Kell Aid delivered aid to Tarn War victims in the Vess Gulf in 2003. "
    "Kell Aid delivered aid to Orvania in 1991. Serfdom was codified in Tarvia law in 1656."
)


def test_a_name_that_modified_a_noun_is_not_asked_with_the_noun_left_behind() -> None:
    asked = _questions(_RELIEF)
    every = [q for questions in asked.values() for q in questions]
    assert not any(re.search(r"aid (?:survivors|victims)|codified law", q) for q in every)
    assert not any(q.startswith(("To which", "In which")) for q in every)
    # asked in place, the phrase stays whole: "which war victims"; a bare "what" never
    assert asked.get("Tarn War") == [
        "Kell Aid delivered aid to which war victims in the Vess Gulf in 2003?"
    ]
    assert not any("what survivors" in q or "what law" in q for q in every)
    assert "In what year did Kell Aid deliver aid to Orvania?" in asked["1991"]


_SUCCESSOR = (
    "There were several variants of the Orm design. The first was the Heavy Cart Mk IV, Kell "
    "Works' proposed successor to the Orm. The Heavy Cart Mk IV was intended to improve upon "
    "the design of the Orm in a number of areas. The first was the Light Barge Mk II, Tarn's "
    "successor to the Vell. Ivo Marr, Ada's successor at the mill, retired in 1850."
)


def test_a_thing_s_successor_is_no_person() -> None:
    kinds = name_kinds(_SUCCESSOR)
    assert kinds["Heavy Cart Mk IV"] != "person"
    assert kinds["Light Barge Mk II"] != "person"
    assert kinds["Ivo Marr"] == "person"
    asked = _questions(_SUCCESSOR)["Heavy Cart Mk IV"]
    assert asked and not any(q.startswith("Who") for q in asked)


_DECAY = (
    "The Decay of the Vessian Empire meant a loss of learning that brought about Late Orvan. "
    "The Vessian Empire ruled Orm for centuries. The Republic of Kell signed a treaty in 1820."
)


def test_a_name_headed_by_a_common_noun_is_not_the_country_it_is_of() -> None:
    kinds = name_kinds(_DECAY)
    assert kinds["Decay of the Vessian Empire"] != "country"
    assert kinds["Vessian Empire"] == "country"
    assert kinds["Republic of Kell"] == "country"
    asked = _questions(_DECAY)["Decay of the Vessian Empire"]
    assert asked and not any("which country" in q.casefold() for q in asked)


_PURCHASE = "In 1800 the Kell Union offered to buy New Orleans from Vessia. New Orleans grew fast."


def test_a_place_ending_like_a_people_is_no_whom() -> None:
    asked = _questions(_PURCHASE).get("New Orleans", [])
    assert not any(q.startswith(("Whom", "Who")) for q in asked)


_MONITORS = (
    "During the war, warships saw action in the Axis's attacks on Orvan ports. Seven "
    "Axis monitors, including the Dart, took part in the failed attack on Kellport; one "
    "was sunk. For the later attack at Orm Bay, the Axis assembled four monitors as well "
    "as 11 ships."
)


def _deck_candidates(text: str, title: str) -> list[Candidate]:
    """The candidates an imported deck keeps of a text: read whole, every gate applied."""
    cleaned = clean_document(f"{title}\n\n{text}")
    return extract(split_sentences("doc", cleaned.text), title, selective=True).candidates


def test_a_count_opening_a_sentence_is_no_part_of_a_name() -> None:
    found = _deck_candidates(_MONITORS, "Warships")
    texts = [c.sentence.text for c in found] + [c.question or "" for c in found]
    assert any("the Axis assembled" in t for t in texts)
    assert not any("Seven Axis" in t and not t.startswith("Seven") for t in texts)


_FILM = (
    "Kell Tales is a 1999 film by Ada Lund. Kell Tales used Super 70 partly because its larger "
    "frame allowed the crew to film the whole lake. Kell Tales won the Orm Prize in 2000."
)


def test_an_adverb_of_a_reason_is_not_kept_without_the_reason() -> None:
    asked = [c.question for c in _deck_candidates(_FILM, "Kell Tales")]
    assert "In what year did Kell Tales win the Orm Prize?" in asked
    assert not any(q and "partly" in q for q in asked)
