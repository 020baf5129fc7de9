"""Questions whose rewriting cut a word English needs: the "as" of a verb naming a role, the
noun a superlative ranks, the rest of a clause after its interrupting phrase, the owner's noun
before a wh-phrase that repeats it, and the thing a time phrase described."""

from __future__ import annotations

from factdeck.generate.gates import grammatical
from factdeck.generate.phrasing import ask


def _question(sentence: str, answer: str, kind: str) -> str | None:
    start = sentence.index(answer)
    asked = ask(sentence, start, start + len(answer), kind)
    return asked[0] if asked is not None and grammatical(*asked) else None


def test_a_verb_naming_a_role_keeps_its_as() -> None:
    sentence = "The Vessian hymnal was used a basis for many later songbooks."
    assert _question(sentence, "Vessian hymnal", "work") is None
    assert not grammatical("Which tract was regarded a model for later towns?", "subject")
    assert grammatical("What was used as a basis for many later songbooks?", "subject")
    assert grammatical("Where has the Orm Street district been designated a landmark?", "fronted")
    assert grammatical("Who was considered a hero by the Orvans?", "subject")
    assert grammatical("What was the region defined as?", "fronted")
    assert grammatical("Which comet was seen the next day from Kell?", "subject")


def test_no_two_past_participles_side_by_side() -> None:
    assert not grammatical("How many counties is Vessia divided defined by?", "fronted")
    assert not grammatical("What was the hall built used by?", "fronted")
    assert grammatical("Which wine has Kell become known for?", "fronted")
    assert grammatical("What was made known to the council in 1901?", "subject")
    assert grammatical("Who has long been known by the name Ivo?", "subject")
    assert grammatical("Who used known methods to drain the fens?", "subject")


def test_a_superlative_keeps_the_noun_it_ranks() -> None:
    assert not grammatical("Kell is one of the most loyally Liberal what?", "fronted")
    assert not grammatical("Which town is one of the most loyally Liberal?", "subject")
    assert grammatical("Kell is one of the most loyally Liberal towns in which county?", "in-situ")
    assert grammatical("Which town is the most populous?", "subject")
    assert grammatical("Which town is one of the most visited places in Vessia?", "subject")


def test_a_clause_is_not_cut_after_its_interrupting_phrase() -> None:
    assert not grammatical("Which act created the law that, under the 1962 act?", "subject")
    assert not grammatical("Which act created the law that, under the 1962 act, in Orm?", "subject")
    assert grammatical(
        "Which act created the law that, under the 1962 act, bars dogs from parks?", "subject"
    )


def test_a_wh_phrase_does_not_repeat_the_noun_it_follows() -> None:
    assert not grammatical("Kell is the oldest town of which town?", "in-situ")
    assert not grammatical("Kell is the county town of which town?", "in-situ")
    assert not grammatical("Dorn is the seat of which seats?", "in-situ")
    assert grammatical("Kell is the county town of which county?", "in-situ")
    assert grammatical("Kell is the main town of which island?", "in-situ")


def test_a_time_that_described_a_thing_is_not_read_as_its_material() -> None:
    assert not grammatical("What was made from the Bronze Age?", "subject")
    assert not grammatical("What were the bowls crafted of the 12th century?", "fronted")
    assert grammatical("What dates from the Bronze Age?", "subject")
    assert grammatical("What was made from the bones of oxen?", "subject")


def test_a_bare_what_left_mid_clause_is_not_asked() -> None:
    assert not grammatical("Swelling may occur during what due to the heat?", "in-situ")
    assert not grammatical("The mill ground what until the flood?", "in-situ")
    assert grammatical("Swelling may occur during what kind of weather?", "in-situ")
    assert grammatical("The mill ground what kind of grain?", "in-situ")


def test_a_bare_plural_sort_is_no_one_group() -> None:
    assert _question("The Dornish were seafaring hill people.", "Dornish", "people") is None
    assert not grammatical("What were seafaring hill people?", "subject")
    assert not grammatical("Who were Vellish traders?", "subject")
    assert grammatical("Who were the first settlers?", "subject")
    assert grammatical("Who were the first settlers of Kell?", "subject")
