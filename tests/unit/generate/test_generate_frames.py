"""A question keeps the place, owner or occasion its fact depends on, on small texts written
for the tests: a place that scopes the sentence, the whole a part or a share belongs to, the
event a surrender or a treaty belongs to, the place a comparison holds in, and which time of a
recurring event is meant."""

from factdeck.generate.gates import (
    event_without_its_owner,
    part_without_its_owner,
    recurring_deed_asked_when,
    time_of_a_recurring_event,
    unnamed_journey,
)
from factdeck.generate.topics import with_compared_place, with_scope_place
from helpers.generation import selected_candidates

_SCHOOLS = (
    "A medical school is a college that teaches medicine and awards degrees to physicians.\n\n"
    "Across Marrany, about 40,000 students were enrolled in medical schools as of 2011. "
    "Throughout Ostra, the Lund Foundation paid the fees of most students until 1975.\n"
)


def test_a_place_opening_the_sentence_opens_its_question() -> None:
    question = "Which body regulates entry to medical schools?"
    quote = "In Orvland, the Grants Board regulates entry to medical schools."
    assert with_scope_place(question, quote, "Grants Board", {"medicine"}) == (
        "In Orvland, which body regulates entry to medical schools?"
    )
    across = "Across the Ostran Union, the Kell Office sets fees."
    assert with_scope_place("Who sets fees?", across, "Kell Office", set()) == (
        "Across the Ostran Union, who sets fees?"
    )


def test_a_place_the_question_has_asks_for_or_is_the_deck_s_subject_is_not_added() -> None:
    quote = "In Orvland, the Grants Board regulates entry to medical schools."
    kept = "What does the Grants Board regulate to medical schools in Orvland?"
    assert with_scope_place(kept, quote, "entry", set()) == kept
    asked = "Where does the Grants Board regulate entry to medical schools?"
    assert with_scope_place(asked, quote, "Orvland", set()) == asked
    own = "Which body regulates entry to medical schools?"
    assert with_scope_place(own, quote, "Grants Board", {"orvland"}) == own


def test_an_opening_of_time_or_event_is_no_scoping_place() -> None:
    question = "Who led the army?"
    for quote in (
        "In March, Ivo Lund led the army.",
        "In the Middle Ages, Ivo Lund led the army.",
        "Throughout the Orm War, Ivo Lund led the army.",
    ):
        assert with_scope_place(question, quote, "Ivo Lund", set()) == question


def test_an_imported_deck_keeps_the_opening_place_of_a_count() -> None:
    questions = [c.question for c in selected_candidates("Medical school", _SCHOOLS)]
    assert (
        "Across Marrany, about how many students were enrolled in medical schools as of 2011?"
        in questions
    )
    assert "About how many students were enrolled in medical schools as of 2011?" not in questions


def test_a_part_of_a_place_needs_its_owner() -> None:
    assert part_without_its_owner("What drains the central plain?", {"orvland"})
    assert part_without_its_owner("Which islands shelter the northern coast?", {"orvland"})
    assert not part_without_its_owner("What drains the central plain of Orvland?", {"orvland"})
    assert not part_without_its_owner("In Orvland, what drains the central plain?", {"orvland"})
    assert not part_without_its_owner("What drains the central plain?", {"plain"})
    assert not part_without_its_owner("What does the lower house elect?", {"orvland"})
    assert not part_without_its_owner("Which empire ruled the western world?", {"orvland"})


def test_an_event_a_share_or_a_rumour_needs_its_owner() -> None:
    assert event_without_its_owner("Which side was finally forced to surrender?", "Ostra", "")
    assert not event_without_its_owner(
        "Which side was forced to surrender in the Orm War?", "Ostra", ""
    )
    assert not event_without_its_owner("Which side was forced to surrender?", "Ostra", "war")
    assert not event_without_its_owner("Who held out in the conflict?", "Ostra", "orm war")
    assert event_without_its_owner("What did the treaty give to Marr?", "islands", "vessia")
    assert not event_without_its_owner(
        "What did the Treaty of Sull give to Marr?", "islands", "vessia"
    )
    assert not event_without_its_owner("What did the treaty give to Marr?", "islands", "treaty")
    assert event_without_its_owner("In what year was the surrender signed?", "1645", "kell")
    assert not event_without_its_owner(
        "In what year was the surrender of Kell signed?", "1645", "kell"
    )
    assert event_without_its_owner("What colour was a third coloured?", "red", "flag")
    assert event_without_its_owner("In what year were two thirds burned?", "1704", "kell")
    assert not event_without_its_owner("What colour was a third of the flag?", "red", "flag")
    assert not event_without_its_owner("What led to a third attack?", "famine", "kell")
    assert not event_without_its_owner("Which eastern half was named Orm?", "x", "kell")
    assert event_without_its_owner("What soon spread?", "Rumours", "kell")
    assert event_without_its_owner("Rumours of what spread soon?", "flight", "kell")
    assert not event_without_its_owner("Who spread rumours that Kell had fallen?", "Ivo", "kell")


def test_an_act_done_to_something_keeps_what_it_was_done_to() -> None:
    assert event_without_its_owner("Until what year did Orvish occupation last?", "1850", "kell")
    assert event_without_its_owner("In what year was a record set?", "1950", "kell")
    assert event_without_its_owner("Who paid the Orvish victims?", "Marr Mills", "kell")
    assert event_without_its_owner("Who imposed a ban in 1950?", "Ivo", "kell")
    assert not event_without_its_owner("Until what year did the occupation of Kell last?", "x", "")
    assert not event_without_its_owner("In what year was a record set in the mile?", "x", "kell")
    assert not event_without_its_owner("Who imposed a ban on drift nets?", "Ivo", "kell")
    assert not event_without_its_owner("The ban on which nets ended?", "drift nets", "kell")
    assert not event_without_its_owner("When did the Kell blockade end?", "1850", "kell")
    assert not event_without_its_owner("What occupation did Ivo take up?", "miller", "ivo")
    assert not event_without_its_owner("Who drew a record number of visitors?", "Ivo", "kell")
    assert not event_without_its_owner("Who paid the victims?", "Marr Mills", "varna flood")
    took = "In what year did Ivo take the fort of Kell after a long siege?"
    assert not event_without_its_owner(took, "1742", "varland")


def test_a_quarter_given_a_name_or_people_is_a_district_not_a_share() -> None:
    assert not event_without_its_owner("Kell has a quarter called what?", "Orvtown", "kell")
    assert not event_without_its_owner("Which city has a quarter named Orvtown?", "Kell", "x")
    asked = "Which town has a quarter inhabited by weavers?"
    assert not event_without_its_owner(asked, "Kell", "x")
    assert event_without_its_owner("What were two quarters planted with?", "oats", "kell")


def test_a_side_of_a_named_thing_is_no_side_of_a_war() -> None:
    asked = "Which side of the river does the old town of Kell lie on?"
    assert not event_without_its_owner(asked, "east", "kell")
    assert event_without_its_owner("Which side was finally forced to surrender?", "Ostra", "")


def test_a_compass_word_before_a_thing_that_is_no_region_names_no_part() -> None:
    assert not part_without_its_owner("What lies at the northern end of the lake?", {"kell"})
    assert not part_without_its_owner("What did the west tower hold?", {"kell"})
    assert not part_without_its_owner("What is the north wind called?", {"kell"})
    assert part_without_its_owner("What grows on the southern plains?", {"kell"})
    assert part_without_its_owner("What crop does the north export?", {"kell"})


def test_a_compass_word_before_a_region_or_an_edge_needs_its_owner() -> None:
    assert part_without_its_owner("What river drains the northern valleys?", {"orvland"})
    assert part_without_its_owner("What grows in the southern forests?", {"orvland"})
    assert part_without_its_owner("Which people settled the eastern islands?", {"orvland"})
    assert part_without_its_owner("What lies at the northern end?", {"kell"})
    assert part_without_its_owner("Which town lies on the north bank?", {"kell"})
    assert part_without_its_owner("Which town lies on the south side?", {"kell"})
    assert part_without_its_owner("What stands at the east end?", {"kell"})
    assert not part_without_its_owner("Which town lies on the north bank of the river?", {"kell"})
    assert not part_without_its_owner("What stands at the east end of Kell?", {"orm"})


def test_a_comparison_opens_with_the_place_it_holds_in() -> None:
    clause = "A bachelor's degree in Orvland is equivalent to the Kell degree."
    assert with_compared_place("What is equivalent to the Kell degree?", clause, "x") == (
        "In Orvland, what is equivalent to the Kell degree?"
    )
    asked = "In Orvland, what degree is equivalent to the Kell degree?"
    assert with_compared_place(asked, clause, "bachelor's degree") == asked
    plain = "The Orvish licence is equivalent to the Kell degree."
    asked = "What is equivalent to the Kell degree?"
    assert with_compared_place(asked, plain, "x") == asked
    founded = "The Kell degree was first awarded in Orvland in 1702."
    asked = "When was the Kell degree first awarded?"
    assert with_compared_place(asked, founded, "1702") == asked
    two = "A licence in Orvland is equal to a permit in Marr."
    assert with_compared_place("What is a licence equal to?", two, "permit") is None


def test_a_time_of_a_recurring_event_says_which_occasion() -> None:
    clause = "Kell Rovers have won the Orva Cup many times, most recently in 2011."
    asked = "In which year did Kell Rovers win the Orva Cup?"
    assert time_of_a_recurring_event(clause, asked, "2011", "year")
    recent = "In which year did Kell Rovers most recently win the Orva Cup?"
    assert not time_of_a_recurring_event(clause, recent, "2011", "year")
    again = "Tessa United won the Orva Cup again in 1998."
    asked = "In what year did Tessa United win the Orva Cup?"
    assert time_of_a_recurring_event(again, asked, "1998", "year")
    third = "Kell Rovers won the league for the third time in 1987."
    asked = "In what year did Kell Rovers win the league for the third time?"
    assert not time_of_a_recurring_event(third, asked, "1987", "year")
    once = "Kell Rovers won the Orva Cup in 1987."
    asked = "In what year did Kell Rovers win the Orva Cup?"
    assert not time_of_a_recurring_event(once, asked, "1987", "year")
    times = "By 1979, Orm's arms purchases exceeded five times Kell's."
    asked = "By what year did Orm's arms purchases exceed five times Kell's?"
    assert not time_of_a_recurring_event(times, asked, "1979", "year")
    cup = "Which cup did Tessa United win again?"
    assert not time_of_a_recurring_event(again, cup, "Orva Cup", "event")


def test_a_recurrence_in_another_conjunct_leaves_the_key_s_time_alone() -> None:
    clause = "The frost was recorded at Orm on 3 May 1961, and again at Kell on 9 May 1970."
    asked = "When was the frost recorded at Orm?"
    assert not time_of_a_recurring_event(clause, asked, "3 May 1961", "date")
    asked = "When was the frost recorded again at Kell?"
    assert time_of_a_recurring_event(clause, asked, "9 May 1970", "date")


def test_an_aside_telling_the_asked_event_recur_makes_its_time_many() -> None:
    asked = "In which year did Kell Rovers win the Orva Cup?"
    told = "Kell Rovers, who have won the Orva Cup five times, won it in 2011."
    assert time_of_a_recurring_event(told, asked, "2011", "year")
    last = "Kell Rovers, who have won the Orva Cup many times, last won it in 2011."
    assert time_of_a_recurring_event(last, asked, "2011", "year")
    mayor = "Anna Lind, who was elected mayor three times, was elected mayor in 1920."
    asked = "In what year was Anna Lind elected mayor?"
    assert time_of_a_recurring_event(mayor, asked, "1920", "year")
    bridge = "The bridge, which has been rebuilt several times, was rebuilt in 1890."
    asked = "In what year was the bridge rebuilt?"
    assert time_of_a_recurring_event(bridge, asked, "1890", "year")


def test_a_recurrence_told_of_another_noun_leaves_the_key_s_time_alone() -> None:
    clause = "The old chapel at Kell, which flooded twice, was consecrated in 1130."
    asked = "In what year was the old chapel at Kell consecrated?"
    assert not time_of_a_recurring_event(clause, asked, "1130", "year")
    told = "The old chapel at Kell, which flooded twice in 1130 and 1144, was rebuilt in 1150."
    asked = "In what year did the old chapel at Kell flood?"
    assert time_of_a_recurring_event(told, asked, "1144", "year")


_CLUB = (
    "Kell Rovers is a football club from Kell, a port town in Vessia. The club plays at Marsh "
    "Park.\n\nThe club was founded by dock workers in 1889. In 1987, Kell Rovers won the Orva "
    "Cup. Marsh Park was rebuilt in 1995.\n"
)


def test_a_time_is_not_asked_of_a_deed_that_recurs_by_its_nature() -> None:
    questions = [c.question for c in selected_candidates("Kell Rovers", _CLUB)]
    assert "In what year did Kell Rovers win the Orva Cup?" not in questions
    assert "In what year was Marsh Park rebuilt?" in questions
    assert recurring_deed_asked_when("In what year was a record set?")
    assert recurring_deed_asked_when("When were Orm's profits at record levels?")
    assert recurring_deed_asked_when("In what year did the Vessian Bank raise interest rates?")
    assert recurring_deed_asked_when("In what year did Kell Rovers win the Orva Cup?")


def test_a_question_that_picks_the_occasion_of_a_recurring_deed_is_asked() -> None:
    assert not recurring_deed_asked_when("In what year did Kell Rovers first win the Orva Cup?")
    assert not recurring_deed_asked_when(
        "In what year did the bank raise rates for the first time since 2006?"
    )
    assert not recurring_deed_asked_when("In what year did Orm win the 1998 Orva Cup?")
    assert not recurring_deed_asked_when("In what year was the record of the voyage printed?")
    assert not recurring_deed_asked_when("In what year was the last recorded ship landed?")


def test_a_record_of_music_is_no_feat_set_again() -> None:
    assert not recurring_deed_asked_when("In what year did the Tarn Pipers sign a record deal?")
    assert not recurring_deed_asked_when("In what year did Ada Venn found a record label?")
    assert not recurring_deed_asked_when("In what year did the band release a new record?")
    assert recurring_deed_asked_when("In what year did Ada Venn set a new record?")
    text = (
        "The Tarn Pipers are a Vessian folk band from Kell. The band signed a record deal "
        "with Orm Sound in 1971. Ada Venn, their piper, founded a record label in 1980.\n"
    )
    questions = [c.question for c in selected_candidates("The Tarn Pipers", text)]
    assert any("record deal" in q or "record label" in q for q in questions if q), questions


def test_a_journey_no_name_picks_out_is_not_asked() -> None:
    journey = "In what year did a Kessel bomber from the Orm Command take off from Vell for Tarn?"
    assert unnamed_journey(journey)
    assert unnamed_journey("When did a ship sail from Vell to Tarn?")
    assert unnamed_journey("A Kessel bomber took off from Vell for which town on 4 July 1943?")
    assert not unnamed_journey("In what year did a ship first sail from Vell to Tarn?")
    assert not unnamed_journey("In what year did a probe make a hard landing near Orm?")
    assert not unnamed_journey("In what year did the Orm Clipper sail from Vell?")
    text = (
        "Kell Field is an airfield in Vessia. On 4 July 1943, a Kessel bomber from the Orm "
        "Command took off from Kell Field for Tarland."
    )
    questions = [c.question or "" for c in selected_candidates("Kell Field", text)]
    assert not any("took off" in q or "take off" in q for q in questions), questions
