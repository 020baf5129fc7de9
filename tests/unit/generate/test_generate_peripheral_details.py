"""Peripheral details a teacher would not ask rank below central facts: the year a study of the
field was made or a find described, the year that only dates a share, what some unnamed
members of a group did, and an item of a later clause of a list of examples. They are asked
only while the deck has too few central questions, on small texts written for the tests."""

import pytest

from factdeck.generate import extract as extract_module
from factdeck.generate import gates
from helpers.generation import extracted_questions

MOSSES = """Velmoss is a genus of mosses that grows on wet granite in northern Vessia. \
The genus was first described by Pell Orvik in 1840. Velmosses form dense green mats.

The mats hold rain water and shelter the Orm snail. The largest velmoss mat covers 40 \
square metres near Kelby. Velmoss was declared the national moss of Vessia in 1952. The \
botanist Mira Lund grew the first velmoss garden at Tarnby in 1960.

In 1998, botanists Ola Fenn and Rik Dahl produced a revised phylogeny of the velmosses. \
A slab of shale, described in 2011 from the Harl Formation, held prints of four velmosses.
"""


def test_a_study_or_description_year_of_the_research_history_is_a_citation() -> None:
    subject = {"velmoss", "velmosses", "genus"}
    for quote, year in (
        (
            "In 1998, botanists Ola Fenn and Rik Dahl produced a revised phylogeny of mosses.",
            "1998",
        ),
        ("One of the first studies of moss growth was conducted by Ida Rask in 1971.", "1971"),
        ("Skarnia was described by Pell Orvik in 1862, and Durra by Ana Holm in 1930.", "1862"),
        ("A slab of shale, described in 2011 from the Harl Formation, held prints.", "2011"),
        ("Dunmore Press reported a figure of 40,000 in March 2011.", "March 2011"),
    ):
        assert gates.citation_year(quote, year, subject), quote


def test_the_subject_s_own_description_and_work_are_no_citation() -> None:
    subject = {"velmoss", "velmosses", "genus", "ida", "rask"}
    for quote, year in (
        ("The genus Velmoss was first described by Pell Orvik in 1840.", "1840"),
        ("In 1971, Rask conducted a study of moss growth.", "1971"),
        ("The ballet was described by critics as a triumph in 1911.", "1911"),
        ("In 1901, the guild published its first rulebook.", "1901"),
        ("In 2011 the strike closed 40 mills.", "2011"),
    ):
        assert not gates.citation_year(quote, year, subject), quote


def test_a_year_that_only_dates_a_share_or_rank_is_a_side_detail() -> None:
    assert gates.share_claim_year("Weavers made up a third of the people of Orm in 1820.", "1820")
    assert gates.share_claim_year("Orm is the fourth-largest port of Vessia in 2015.", "2015")
    assert gates.share_claim_year("Tin accounted for 40% of exports in 1911.", "1911")
    assert not gates.share_claim_year("Orm became the largest port of Vessia in 2015.", "2015")
    assert not gates.share_claim_year("The mill opened in 1820 and employed 300 people.", "1820")


def test_what_some_unnamed_members_of_a_group_did_is_a_side_detail() -> None:
    assert gates.asks_of_an_unnamed_part("How many loaves did some Kell bakeries sell?")
    assert gates.asks_of_an_unnamed_part("Some ferries crossed to which island?")
    assert not gates.asks_of_an_unnamed_part("How many loaves did the Kell bakery sell?")
    assert not gates.asks_of_an_unnamed_part("Which island did the ferries cross to?")


def test_a_later_clause_of_a_list_of_examples_is_a_side_detail() -> None:
    malls = (
        "Orm Mall won the Kell Prize in 1995; Vell Plaza has been the largest since 2004; "
        "Tarn Court won the Brisk Award in 2009."
    )
    assert gates.later_clause_of_a_list(malls, "2009")
    assert not gates.later_clause_of_a_list(malls, "1995")  # the first item leads the list
    story = "Ada Brenn sold the farm in 1990; she kept the mill; they moved to Orm in 1995."
    assert not gates.later_clause_of_a_list(story, "1995")
    two = "Orm Mall won the Kell Prize in 1995; Tarn Court won the Brisk Award in 2009."
    assert not gates.later_clause_of_a_list(two, "2009")


def test_a_citation_year_is_asked_only_when_the_deck_is_short_of_questions(
    roomy: pytest.MonkeyPatch,
) -> None:
    asked = extracted_questions(MOSSES, "Velmoss")
    assert not [q for q in asked if "slab" in q], asked
    assert any("first described" in q for q in asked), asked  # the subject's own stays
    roomy.setattr(extract_module, "ENOUGH_CENTRAL", 100)
    asked = extracted_questions(MOSSES, "Velmoss")
    assert any("slab" in q for q in asked), asked


def test_one_place_s_reading_among_several_is_a_side_detail() -> None:
    texts = [
        "Storm Orla peaked on March 3 with winds of 150 km/h.",
        "Winds gusted to 120 km/h at Kelby.",
        "On Vell Island, gusts reached 98 km/h.",
        "Rainfall peaked at 300 mm near Tarnby, and gusts were recorded at 80 km/h in Orm.",
    ]
    units = gates.reading_units(texts)
    assert units["km/h"] == 3  # the storm's own peak on a day is read at no place
    assert gates.reading_at_one_place(texts[1], "120", units)
    assert not gates.reading_at_one_place(texts[0], "150", units)
    assert not gates.reading_at_one_place(texts[3], "300", units)  # one reading in mm
    assert not gates.reading_at_one_place("The storm killed 12 people at Kelby.", "12", units)


def test_a_naming_year_of_another_find_is_a_citation() -> None:
    subject = {"velmoss", "velmosses"}
    assert gates.citation_year(
        "Orm also named Skarnia gigantea in 1828, from a skull.", "1828", subject
    )
    assert gates.citation_year("Orm named the plant Durra in 1837.", "1837", subject)
    assert not gates.citation_year("Pell Orvik named Velmoss in 1840.", "1840", subject)
    assert not gates.citation_year("The club named Ada Brenn its captain in 1990.", "1990", subject)


def test_where_a_comparison_of_amounts_was_made_is_a_side_detail() -> None:
    quote = "Orm Films bought 30% more space in the Vell Post than Tarn Pictures."
    assert gates.compared_share_setting("Where did Orm Films buy 30% more space than Tarn?", quote)
    assert not gates.compared_share_setting("Who bought 30% more space in the Vell Post?", quote)
    assert not gates.compared_share_setting(
        "Where did Orm Films buy space?", "Orm Films bought space in the Vell Post."
    )


def test_the_time_of_a_replica_is_a_side_detail() -> None:
    assert gates.asks_of_a_copy("In what year was the replica of the Orm laid down?", "Orm ship")
    assert not gates.asks_of_a_copy("In what year was the Orm laid down?", "Orm ship")
    assert not gates.asks_of_a_copy("In what year was the replica built?", "Ship replica")


def test_the_year_another_described_a_find_is_a_citation() -> None:
    subject = {"velmoss", "velmosses"}
    assert gates.asks_when_another_described(
        "In what year did Ivo Orm describe a complete skull of Skarnia?", subject
    )
    assert gates.asks_when_another_described(
        "In what year did Ivo Orm describe a skull with the same teeth as his Durra?", subject
    )
    assert not gates.asks_when_another_described(
        "In what year did Ivo Orm describe a complete velmoss?", subject
    )
    assert not gates.asks_when_another_described(
        "In what year did Ivo Orm describe the city as a ruin?", subject
    )
    assert not gates.asks_when_another_described("Who described a skull of Skarnia?", subject)
