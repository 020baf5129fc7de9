"""A document whose paragraphs open anywhere may tell what its subject is late ("Tessmoor is
the smallest parish of ..." in its fifth paragraph): "the parish" in the paragraphs before
means the subject all the same, and a question names it."""

from __future__ import annotations

import time

from factdeck.generate.extract import _post_of_the_subject, prepare_sentences
from factdeck.generate.referents import Referents
from factdeck.generate.sentences import split_sentences


def _prepared(text: str, title: str) -> list[str]:
    sentences = split_sentences("doc", text)
    referents = Referents(sentences, title, None)
    prepared = prepare_sentences(sentences, title, split=True, referents=referents)
    return [s.text for s in prepared]


def test_the_subject_s_sort_before_the_sentence_that_gives_it_is_the_subject() -> None:
    text = (
        "In 1911, a great flood destroyed many farms in the parish.\n\n"
        "Tessmoor is the smallest parish in Hallam County. Its church dates from 1320."
    )
    prepared = _prepared(text, "Tessmoor")
    assert prepared[0] == "A great flood destroyed many farms in Tessmoor in 1911."
    assert prepared[1].startswith("Tessmoor is the smallest parish")


def test_the_sort_stays_where_the_paragraph_names_another_of_it() -> None:
    text = (
        "Farmers left Brindle parish and Orton parish for mills. The parish lost half its people.\n\n"
        "Tessmoor is the smallest parish in Hallam County. Its church dates from 1320."
    )
    prepared = _prepared(text, "Tessmoor")
    assert prepared[1] == "The parish lost half its people."


def test_a_post_of_the_subject_s_sort_held_with_no_place_is_the_subject_s() -> None:
    text = (
        "Brannock is a town in Hallam County. Its market dates from 1320.\n\n"
        "Ivo Marr was mayor for most of the 1950s. In 1961, Ada Lund was elected mayor. "
        "Ada Lund beat Ivo Marr in the mayoral race."
    )
    prepared = _prepared(text, "Brannock")
    assert "Ivo Marr was mayor of Brannock for most of the 1950s." in prepared
    assert "Ada Lund was elected mayor of Brannock in 1961." in prepared
    assert "Ada Lund beat Ivo Marr in the mayoral race in Brannock." in prepared


def test_a_post_stays_bare_where_another_place_of_the_sort_is_in_sight() -> None:
    text = (
        "Brannock is a town in Hallam County. Its market dates from 1320.\n\n"
        "Ivo Marr moved to the town of Kestle. He was mayor for most of the 1950s.\n\n"
        "Ada Lund was governor for ten years."
    )
    prepared = _prepared(text, "Brannock")
    assert not any("of Brannock" in text for text in prepared)


def test_a_post_stays_bare_where_the_sentence_before_names_another_place() -> None:
    text = (
        "Brannock is a town in Hallam County. Its market dates from 1320.\n\n"
        "Ivo Marr, born in Brannock in 1931, moved to Vessburg in 1960. "
        "He was elected mayor in 1974."
    )
    prepared = _prepared(text, "Brannock")
    assert "Ivo Marr was elected mayor in 1974." in prepared
    assert not any("mayor of Brannock" in text for text in prepared)


def test_a_bare_post_is_found_in_time_in_a_very_long_sentence() -> None:
    text = " ".join(["the farmers grew wheat"] * 5000) + " and Ivo was elected mayor in 1974."
    started = time.perf_counter()
    named = _post_of_the_subject(text, "town", "Brannock")
    assert named.endswith("Ivo was elected mayor of Brannock in 1974.")
    assert time.perf_counter() - started < 5
