"""Gates and key rules that rejected or changed good questions: a measure after a role verb,
a noun before a participle, a compound wh-noun, a capitalised ranking word, counts that do not
grow, a year that dates another clause, "named after", surnames that are titles, the head of
a plural title, and a singular sort that ends in "s"."""

from __future__ import annotations

from factdeck.generate.facts import FactRecord
from factdeck.generate.gates import (
    count_told_as_now,
    grammatical,
    known_nouns,
    level_without_its_time,
    self_contained,
    year_beside_its_event_s_year,
)
from factdeck.generate.keys import with_broader_which, without_home_place


def _fact(prompt: str, answer: str, kind: str) -> FactRecord:
    return FactRecord(
        id="f", document="d", quote="", statement="", kind=kind, answer=answer, prompt=prompt
    )


def test_a_measure_after_a_role_verb_is_no_lost_as() -> None:
    assert grammatical("Which plough was used a lot by Vell farmers?", "fronted")
    assert grammatical("Which hall was used a second time for the Orm fair?", "fronted")
    assert not grammatical("Which text was used a basis for the Orm laws?", "fronted")


def test_a_noun_before_a_participle_is_no_participle_pair() -> None:
    assert grammatical("What is the cast known for?", "fronted")
    assert grammatical("What is the Orm cast known for?", "fronted")
    assert grammatical("What was the ground used for?", "fronted")
    assert not grammatical("What is Vessia divided defined by?", "fronted")


def test_a_compound_wh_noun_is_another_sort() -> None:
    for form in ("fronted", "in-situ"):
        assert grammatical("Orm is the highest mountain in which mountain range?", form)
        assert grammatical("Kell is the largest island of which island group?", form)
        assert not grammatical("Kell is the oldest town of which town?", form)


def test_a_capitalised_ranking_word_says_which_holder() -> None:
    assert self_contained("Who was the First President of Kell?")
    assert self_contained("Who was the Founding Mayor of Orvby?")
    assert not self_contained("Who was the President of Kell?")


def test_counts_that_do_not_grow_are_not_stale() -> None:
    assert not count_told_as_now("How many branches does the river Orm have?")
    assert not count_told_as_now("How many members does a Vell string quartet have?")
    assert count_told_as_now("How many members does the club on Court Street have?")
    assert count_told_as_now("How many branches does the Vell bank have?")
    assert not count_told_as_now("How many members does the council of Kell have?")


def test_a_year_in_another_clause_does_not_date_a_share() -> None:
    asked = "What percentage of the body of a Vell eel is water?"
    told = "Water is 60% of the body of a Vell eel, as Ivo Brenn showed in 1850."
    assert not level_without_its_time(asked, "60%", told)
    assert not level_without_its_time(
        "What share of the body of a Vell eel is water?", "60%", "Water is 60% of its body."
    )
    assert level_without_its_time(
        "What percentage of Kell voters were farmers?",
        "60%",
        "In 1850, 60% of Kell voters were farmers.",
    )


def test_named_after_chooses_nothing() -> None:
    asked = "In what year was the Orm bridge named after the 1848 revolt's leader?"
    assert not year_beside_its_event_s_year(asked, "1901")
    assert year_beside_its_event_s_year(
        "In what year was Kell chosen to host the 2010 race?", "1990"
    )


def test_a_title_word_surname_still_names_a_person() -> None:
    bishop = without_home_place(
        _fact("Who founded the Kessford mill?", "John Bishop of Kessford", "person")
    )
    assert bishop.answer == "John Bishop"
    prince = without_home_place(
        _fact("Who opened the Orm bridge?", "Edward Prince of Vell", "person")
    )
    assert prince.answer == "Edward Prince of Vell"


def test_the_head_of_a_plural_or_prepositional_event_title_is_known() -> None:
    assert "war" in known_nouns("The Orm Wars", None)
    assert "crisis" in known_nouns("Crisis in Kell", None)
    assert "crisi" not in known_nouns("Crisis in Kell", None)


def test_a_singular_sort_ending_in_s_takes_a_singular_broader_word() -> None:
    asked = with_broader_which(
        _fact("Which congress passed the Orm act in 1790?", "Grand Congress", "organisation")
    )
    assert asked is not None
    assert asked.prompt == "Which body passed the Orm act in 1790?"


def test_a_count_s_owner_of_blank_words_is_read_without_failing() -> None:
    count_told_as_now("How many members does   have?")  # raised IndexError before
