"""Rewrites that garbled their sentence: a wh-phrase fronted out of a relative clause, a hedge
("well", "nearly") cut from its phrase, "who" for a ranked place, a verb that no longer agrees
with its subject, and a place phrase or an infinitive left around the wh-phrase; on sentences
written for the tests."""

from __future__ import annotations

import pytest

from factdeck.generate.gates import grammatical
from factdeck.generate.phrasing import (
    ask,
    broken_agreement,
    gap_in_a_relative_clause,
    ill_formed,
    ranked_thing_asked_as_who,
)
from factdeck.generate.topics import Names, Topic, anchored


def _asked(sentence: str, answer: str, kind: str) -> str | None:
    start = sentence.index(answer)
    asked = ask(sentence, start, start + len(answer), kind)
    return asked[0] if asked is not None else None


def test_an_answer_inside_a_relative_clause_is_not_fronted_out_of_it() -> None:
    sentence = "The museum shows the boats that were built in Kell."
    assert _asked(sentence, "Kell", "place") is None  # "Where does the museum show the boats...?"
    assert gap_in_a_relative_clause("The museum holds the letters that Ivo Marr wrote to ")
    assert gap_in_a_relative_clause("The council closed the mines that had opened in ")


def test_a_stem_fronted_out_of_its_closing_relative_clause_is_ill_formed() -> None:
    assert ill_formed(
        "From which kingdom do the nine bars represent the provinces that broke away?"
    )
    assert ill_formed("Where does the museum show the boats that were built?")
    assert not ill_formed("In what year did Ivo Marr found the school that trains pilots?")
    assert not ill_formed("From which kingdom did the nine provinces break away?")


def test_a_complete_active_relative_clause_after_the_object_is_well_formed() -> None:
    assert not ill_formed("In what year did Orsby open the bridge that collapsed?")
    assert not ill_formed("In what year did the guild build a hall that survives?")
    assert not ill_formed("In which year did the council close the mills that had opened?")
    assert not ill_formed("Where did Vera Lind bury the sailors who drowned?")
    assert ill_formed("Where does the guild keep the ropes that were made?")
    assert ill_formed("From which valley did the king recall the troops that marched off?")


def test_the_answer_inside_the_last_of_two_relative_clauses_is_inside_one() -> None:
    assert gap_in_a_relative_clause(
        "The museum shows the boats that were built by men who lived in "
    )


def test_a_relative_clause_in_a_very_long_prefix_is_read_from_its_last_pronoun() -> None:
    boats = "the boats that were built " * 2000
    assert not gap_in_a_relative_clause(f"The museum shows {boats} (see below) in ")
    assert gap_in_a_relative_clause(f"The museum shows {boats}, and the oars that were carved in ")


def test_a_relative_clause_closed_by_the_main_verb_lets_the_answer_front() -> None:
    assert not gap_in_a_relative_clause("The boats that were built in Kell sailed to ")
    assert not gap_in_a_relative_clause("Ivo Marr said that the mill closed in ")
    assert not gap_in_a_relative_clause("The museum shows the boats in ")


def test_a_hedge_is_not_left_behind_its_fronted_phrase() -> None:
    assert _asked("The mill ran until well after 1890.", "1890", "year") is None
    assert _asked("The mill ran until just after 1890.", "1890", "year") is None
    assert ill_formed("Into what decade did the mill run until well?")
    assert ill_formed("The tower rises up to nearly?")
    assert not ill_formed("What is the ballad about?")
    assert _asked("The mill ran until about 1890.", "1890", "year") == (
        "The mill ran until about what year?"
    )


def test_an_approximate_count_keeps_its_hedge_after_a_preposition() -> None:
    assert _asked("The fleet sailed to almost 300 ports.", "300", "number") == (
        "To about how many ports did the fleet sail?"
    )
    assert _asked("The tower rises up to nearly 40 metres.", "40", "number") == (
        "The tower rises up to about how many metres?"
    )
    assert _asked("The tower rises to about 40 metres.", "40", "number") == (
        "The tower rises to about how many metres?"
    )


@pytest.mark.parametrize(
    "noun", ["hospital", "prison", "team", "nation", "capital", "language", "newspaper", "river"]
)
def test_a_ranked_institution_or_body_is_asked_with_which_not_who(noun: str) -> None:
    assert ranked_thing_asked_as_who(f"Who is the largest {noun} in Orvland?") == (
        f"Which {noun} is the largest in Orvland?"
    )


def test_a_ranked_place_is_asked_with_which_not_who() -> None:
    assert ranked_thing_asked_as_who("Who is the poorest municipality in Orvland?") == (
        "Which municipality is the poorest in Orvland?"
    )
    assert ranked_thing_asked_as_who("Who is the second largest lake in Orvland?") == (
        "Which lake is the second largest in Orvland?"
    )
    assert ranked_thing_asked_as_who("Who was the oldest stone bridge built by Ivo?") == (
        "What was the oldest stone bridge built by Ivo?"
    )
    assert ranked_thing_asked_as_who("Who is the largest lake that feeds the Orm?") == (
        "What is the largest lake that feeds the Orm?"
    )
    assert ranked_thing_asked_as_who("Who was the first governor of Orvland?") is None
    assert ranked_thing_asked_as_who("Who was the first winner of the prize?") is None
    assert not grammatical("Who is the poorest municipality in Orvland?", "subject")
    assert grammatical("Who was the first governor of Orvland?", "subject")


def test_a_ranked_noun_not_known_to_name_a_thing_keeps_who() -> None:
    for noun, tail in (
        ("monarch", "of Orvland"),
        ("victim", "of the plague"),
        ("champion", "of the Kell Games"),
        ("guest", "at the Orm Hotel"),
        ("host", "of the show"),
    ):
        question = f"Who was the first {noun} {tail}?"
        assert ranked_thing_asked_as_who(question) is None
        assert grammatical(question, "subject")
    assert _asked("The first monarch of Orvland was Ada Morn.", "Ada Morn", "person") == (
        "Who was the first monarch of Orvland?"
    )


def test_a_ranked_thing_keeps_its_rank_beside_it_where_the_rank_alone_misreads() -> None:
    assert ranked_thing_asked_as_who("Who was the first hotel at Kell?") == (
        "What was the first hotel at Kell?"
    )
    assert ranked_thing_asked_as_who("Who is the largest lake of Orvland?") == (
        "What is the largest lake of Orvland?"
    )


def test_a_verb_agrees_with_the_wh_phrase_and_the_relative_s_noun() -> None:
    assert broken_agreement("Which range lie along the eastern border?")
    assert broken_agreement("Which mountain range lie along the eastern border?")
    assert broken_agreement("Tessary is an abstraction that have shaped what?")
    assert broken_agreement("The flag honours the provinces that has broken away from what?")
    assert not broken_agreement("Which range lies along the eastern border?")
    assert not broken_agreement("Which ranges lie along the eastern border?")
    assert not broken_agreement("Which port are the ships sent to?")
    assert not broken_agreement("Which port are those ships sent to?")
    assert not broken_agreement("Which port were those ships sent to?")
    assert not broken_agreement("What data are collected by the office?")
    assert not broken_agreement("Tessary is an abstraction that has shaped what?")


def test_an_infinitive_is_not_left_after_a_wh_phrase_asked_in_place() -> None:
    assert _asked(
        "Kell was the first town in Orvland to build a railway.", "Orvland", "country"
    ) is (None)
    assert ill_formed("The fleet was the first on which coast to report a whale?")
    assert not ill_formed("Which town was the first to build a railway?")


def test_an_infinitive_of_purpose_after_a_wh_phrase_is_well_formed() -> None:
    assert not ill_formed("The traders crossed the marsh at which ford to reach Orsby?")
    assert not ill_formed("The fleet sailed from which port to raid Vell?")
    assert ill_formed("Orsby was the only port on which coast to build a lighthouse?")


def test_a_collective_noun_agrees_with_a_plural_or_a_singular_verb() -> None:
    assert not broken_agreement("Which crew were rescued by the Orsby lifeboat?")
    assert not broken_agreement("Which staff are paid by the guild?")
    assert not broken_agreement("The committee that were chosen met where?")
    assert broken_agreement("Which wall are painted by the guild?")


def test_before_long_and_for_long_are_whole_idioms_not_stranded_hedges() -> None:
    assert not ill_formed("What did the guild promise to finish before long?")
    assert not ill_formed("Which mill did Vera Lind not run for long?")
    assert ill_formed("Into what decade did the mill run until long?")


def _place(name: str, sort: str, group: str = "place") -> Topic:
    return Topic(name=name, group=group, sort=sort, forms=(name,))


def test_a_place_phrase_follows_the_verb_phrase_not_the_wh_word() -> None:
    city = _place("Kell", "city")
    senate = _place("the Orvland Senate", "senate", "body")

    def placed(question: str, topic: Topic) -> str:
        return anchored(question, "x", (question, None), topic, Names(()), set())

    assert placed("When did the land reform pass?", senate) == (
        "When did the land reform pass in the Orvland Senate?"
    )
    assert placed("Who designed the Old Mill garden?", city) == (
        "Who designed the Old Mill garden in Kell?"
    )
    assert placed("What did the guild buy in 1914?", city) == (
        "What did the guild buy in Kell in 1914?"
    )
    assert placed("Where is the football club's stadium located?", city) == (
        "Where in Kell is the football club's stadium located?"
    )
    assert placed("Who stressed that the new charter was agreed by every guild?", senate) == (
        "Who stressed in the Orvland Senate that the new charter was agreed by every guild?"
    )
    assert placed("The guild met at which inn?", city) == "In Kell, the guild met at which inn?"
    assert placed("In what year did the guild meet?", city) == "In what year did the guild meet?"


def test_a_stem_cut_between_an_adjective_and_its_noun_is_ill_formed() -> None:
    assert ill_formed("What did the guild seek to reform by creating a new?")
    assert ill_formed("Which firm did Ivo Marr sell to a large?")
    for whole in ("Who was the first?", "Which planet is the largest?", "Who was the youngest?"):
        assert not ill_formed(whole)


def test_an_opening_adverb_left_before_the_subject_is_ill_formed() -> None:
    assert ill_formed("What do worldwide, most guilds recommend for the harvest?")
    assert ill_formed("Which river did eventually, the settlers cross?")
    assert not ill_formed("What did farmers, traders and monks build in Kell?")
    assert not ill_formed("What did Orm, Vell and Kessa sign in 1310?")


def test_is_with_a_plural_of_no_s_is_ill_formed() -> None:
    assert ill_formed("What is the people responsible for the guild's ledgers called?")
    assert ill_formed("Who was the men who built the Kell bridge?")
    assert not ill_formed("What is the people's assembly of Kell called?")
    assert not ill_formed("Who was the leader the men of Kell elected in 1850?")
    assert not ill_formed("What was the name the people gave the river?")


def test_a_range_cut_after_its_first_bound_is_ill_formed() -> None:
    assert ill_formed("What was the sole source of flour in Kell between 1820?")
    assert not ill_formed("What did the guild build between 1731–1744?")
    assert not ill_formed("What did the guild build between 1731-44?")
    assert ill_formed("The mill was the only source of flour between what year?")
    assert ill_formed("Which road ran between Kell?")
    assert not ill_formed("What was the sole source of flour in Kell between 1820 and 1901?")
    assert not ill_formed("The mill was the only source of flour between 1820 and what year?")
    assert not ill_formed("What did Ada Lund measure across the gap between cells?")
    sentence = (
        "The Orm mill was the sole source of flour in Kell between 1820, when its first"
        " wheel turned, and 1901."
    )
    assert _asked(sentence, "1820", "year") is None


def test_a_what_clause_whose_verb_lost_its_tense_is_ill_formed() -> None:
    assert ill_formed(
        "In what year would the first settlers to reach what become the Kell valley arrive?"
    )
    assert not ill_formed(
        "In what year did the first settlers to reach what became the Kell valley arrive?"
    )
    assert not ill_formed("In what year did the settlers reach what is now the Kell valley?")


def test_a_time_reached_by_up_to_is_not_asked() -> None:
    assert ill_formed("Orm won five of the first six races to what year?")
    assert ill_formed("To what year did Orm win five of the first six races?")
    assert (
        _asked(
            "Orm won five of the first six races to 1930, the exception being 1922.", "1930", "year"
        )
        is None
    )
    assert not ill_formed("Radio broadcasts in Kell date back to what year?")
    assert not ill_formed("The vote was postponed to what year?")
    assert not ill_formed("The mill ran from 1820 to what year?")


def test_a_time_something_is_assigned_to_is_asked_and_from_a_place_starts_no_range() -> None:
    assert not ill_formed("The shrine belongs to what century?")
    assert not ill_formed("The bowls were assigned to what century?")
    assert not ill_formed("The seals were attributed to what decade?")
    assert not ill_formed("The hall was restored to what year's state?")
    assert ill_formed("Rowers from Dunby won the first four regattas to what year?")


def test_an_either_cut_from_its_or_is_ill_formed() -> None:
    assert ill_formed("Where did the Kell doctors train either?")
    assert ill_formed("Which ferry did the guild use neither?")
    assert not ill_formed("Which of the two ferries did the guild not use?")
    assert ill_formed("Which port did the guild not trade with either?")  # "either" of what?
