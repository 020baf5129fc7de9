"""Wording rules found by a blind review: a question keeps what restricts its truth, names
what it refers to, reads grammatically and says no time that goes stale."""

from __future__ import annotations

from factdeck.generate.clauses import split_clauses
from factdeck.generate.gates import grammatical, keeps_restrictions, timeless


def test_a_participle_left_from_a_reduced_clause_is_no_question() -> None:
    assert not grammatical(
        "In what year was the Lake Orm reservoir filled by a weir built?", "fronted"
    )
    assert not grammatical(
        "In what year do monks sing from a book of psalms, first printed?", "fronted"
    )
    assert grammatical("In what year was the abbey church completed?", "fronted")
    assert grammatical("When was the abbey designed and built?", "fronted")


def test_a_time_asked_of_what_a_thing_is_is_no_question() -> None:
    question = "In what century is the Orm Fellowship a sect that traces its roots to Jan Hus?"
    assert not grammatical(question, "fronted")
    assert grammatical("When is the Orm river frozen?", "fronted")


def test_a_dropped_qualifier_makes_the_question_unsafe() -> None:
    sentence = "Legally, the Orm chapels were recognised as a church by an act in 1749."
    assert not keeps_restrictions(sentence, "In what year were the Orm chapels recognised?", "1749")
    asked = "In what year were the Orm chapels legally recognised?"
    assert keeps_restrictions(sentence, asked, "1749")
    lower = "In its lower course, the Orm divides into two channels."
    assert not keeps_restrictions(lower, "Into how many channels does the Orm divide?", "two")
    ice = "During the last ice age, the Orm was blocked by a glacier."
    assert not keeps_restrictions(ice, "What blocked the Orm?", "a glacier")
    war = "During the Crimean War, the abbey was a hospital."
    assert keeps_restrictions(war, "During which war was the abbey a hospital?", "the Crimean War")


def test_a_journey_or_a_role_without_its_frame_is_not_asked() -> None:
    assert not keeps_restrictions("Anna returned to Pisa.", "Where did Anna Orm return?", "Pisa")
    assert keeps_restrictions("x", "Where did Anna Orm return from Egypt?", "Pisa")
    assert not keeps_restrictions("x", "Who became a bishop in 1735?", "Jan Orm")
    assert keeps_restrictions("x", "Who became the first bishop of Orm?", "Jan Orm")


def test_relative_time_goes_stale() -> None:
    assert not timeless("The last synod met in 2016 at Orm.", "Where did the last synod meet?")
    assert not timeless("Recent trials sent photons 900 km.", "How far did trials send photons?")
    assert not timeless("This year the town built a bridge.", "What did the town build?")
    assert timeless("The last king of Orm died in 1200.", "Who was the last king of Orm?")


def test_a_qualifier_of_another_clause_does_not_block_the_question() -> None:
    sentence = "Orm was officially made a colony in 1851, and became self-governing in 1855."
    clause = "Orm became self-governing in 1855."
    asked = "In what year did Orm become self-governing?"
    assert keeps_restrictions(sentence, asked, "1855", clause=clause)
    opening = "Officially, Orm became self-governing in 1855."
    assert not keeps_restrictions(opening, asked, "1855", clause=clause)


def test_a_deed_shared_with_someone_told_elsewhere_has_no_single_doer() -> None:
    sentence = "Anna Orm also met the monks in Pisa."
    clause = "Anna Orm met the monks in Pisa."
    asked = "Who met the monks in Pisa?"
    assert not keeps_restrictions(sentence, asked, "Anna Orm", clause=clause)
    assert keeps_restrictions(clause, asked, "Anna Orm", clause=clause)
    when = "In what year did Anna Orm meet the monks?"
    assert keeps_restrictions("Anna Orm also met the monks in 1740.", when, "1740")
    listed = "Orm is a port that includes the Lund docks as well as the Pisa yards."
    assert keeps_restrictions(listed, "Which port includes the Lund docks?", "Orm")
    degree = "The Orm was too shallow for ships."
    assert keeps_restrictions(degree, "Which river was too shallow for ships?", "Orm")


def test_a_clause_cut_in_two_is_no_question() -> None:
    absolute = "In what year does Orm include two colleges, with the oldest, Lund College, having been founded?"
    assert not grammatical(absolute, "fronted")
    assert not grammatical("In what year did Anna Orm sail to Pisa to trade, but fail?", "fronted")
    two = (
        "When were writs issued for the election of the first Orm Council, and the independence"
        " of Orm from Lund Land was established proclaiming a new Colony of Orm?"
    )
    assert not grammatical(two, "fronted")
    assert grammatical("When were writs issued for the first council of Orm?", "fronted")


def test_a_year_that_named_an_event_is_no_question_word() -> None:
    assert not grammatical("In what year General Synod did the Orm Church meet in Lund?", "fronted")
    assert not grammatical("Which year election returned Anna Orm?", "subject")
    assert grammatical("In what year did the Orm Church meet in Lund?", "fronted")


def test_a_second_participle_shares_the_passive_of_the_first() -> None:
    hall = split_clauses("The hall in Orm was built in 1852 and enlarged in 1899.")
    assert hall == ["The hall in Orm was built in 1852.", "The hall in Orm was enlarged in 1899."]
    anna = split_clauses("Anna Orm was born in 1850 and died in 1900.")
    assert anna == ["Anna Orm was born in 1850.", "Anna Orm died in 1900."]
    rule = split_clauses("Orm was made a colony in 1851 and achieved self-rule in 1855.")
    assert rule[1] == "Orm achieved self-rule in 1855."


def test_relative_time_opening_the_sentence_goes_stale() -> None:
    sentence = "Recently, the Orm Synod opened a seminary in Pisa."
    clause = "The Orm Synod opened a seminary in Pisa."
    asked = "Where did the Orm Synod open a seminary?"
    assert not keeps_restrictions(sentence, asked, "Pisa", clause=clause)
    assert keeps_restrictions(clause, asked, "Pisa", clause=clause)


def test_an_also_of_another_clause_leaves_the_asked_one_alone() -> None:
    sentence = "The monks settled mostly in the east of Lund, and also built many mills there."
    clause = "The monks settled mostly in the east of Lund."
    asked = "The monks settled mostly in the east of which town?"
    assert keeps_restrictions(sentence, asked, "Lund", clause=clause)
    aside = "Anna Orm, a teacher at Vell College (founded 1820), also wrote three novels."
    teacher = "Anna Orm was a teacher at Vell College."
    asked = "Anna Orm was a teacher at which college?"
    assert keeps_restrictions(aside, asked, "Vell College", clause=teacher)
    assert not keeps_restrictions(aside, "Who wrote three novels?", "Anna Orm", clause=aside)
    within = "Orm was the first town to also adopt a flag."
    shown = "Orm was the first town to adopt a flag."
    assert not keeps_restrictions(
        within, "What was the first town to adopt a flag?", "Orm", clause=shown
    )


def test_a_film_set_a_cause_a_paper_or_a_quotation_is_no_time_that_goes_stale() -> None:
    crew = "The Vell Fire Brigade was on set to spray rain for the storm scenes."
    assert timeless(crew, "Which brigade was on set to spray rain for the storm scenes?")
    flood = "Hundreds of sheep died due to the flood."
    assert timeless(flood, "What did hundreds of sheep die due to?")
    assert not timeless("The bridge is due to open in 2031.", "What is due to open in 2031?")
    paper = "In 1999, Orm Today ranked the abbey first among the region's sights."
    assert timeless(paper, "In what year did Orm Today rank the abbey first?")
    quoted = 'Anna Orm called the novel "a portrait of our current age".'
    assert timeless(quoted, 'Who called the novel "a portrait of our current age"?')
    assert not timeless("The current abbot is Jan Orm.", "Who is the abbot?")


def test_a_state_aimed_at_or_a_participle_describing_a_noun_is_no_past_state() -> None:
    assert timeless(
        "The guild decided to have a hall in Vell.", "Where did the guild decide to have a hall?"
    )
    assert timeless(
        "Orm offered an extended warranty for $9.",
        "How much did Orm offer an extended warranty for?",
    )
    assert not timeless("The river flowed through Orm.", "Which town did the river flow through?")


def test_a_release_keeps_the_land_it_came_out_in() -> None:
    sentence = (
        "The track, however, was released by Vell Records on 8 February 2013, as the second "
        "single in Germany."
    )
    assert not keeps_restrictions(sentence, "When was the track released by Vell Records?", "2013")
    asked = "When was the track released by Vell Records in Germany?"
    assert keeps_restrictions(sentence, asked, "2013")
    where = "Where was the track released by Vell Records on 8 February 2013?"
    assert keeps_restrictions(sentence, where, "Germany")
    shot = "Shot in Germany, the film was released by Vell Pictures on 8 May 2013."
    assert keeps_restrictions(shot, "When was the film released by Vell Pictures?", "2013")
