"""Thin stems: a question must carry the context that gives it one answer, not leave the
learner to guess which song, which journey or which election the source meant."""

from __future__ import annotations

from factdeck.generate.extract import extract
from factdeck.generate.gates import keeps_restrictions, self_contained
from factdeck.generate.sentences import split_sentences


def test_a_month_says_when_not_which_thing_a_definite_phrase_means() -> None:
    assert not self_contained("Who wrote the poem in March?")
    assert not self_contained("Who sang the hymn on Sunday?")
    assert self_contained("Who built the bridge to Orm Island?")


def test_a_figure_that_is_no_time_names_no_thing() -> None:
    assert not self_contained("Whom did Ana Holm voice in the 3D film?")
    assert self_contained("What was built in the 1360s?")
    assert self_contained("Who won the 2006 election in Orm?")
    assert self_contained("What changed in the 19th century in Orm?")


def test_a_phrase_in_the_subject_of_a_question_with_did_ends_at_the_bare_verb() -> None:
    assert not self_contained("When did a fair for the cause take place in Lund?")
    assert self_contained("When did a fair for the Orm Fund take place in Lund?")
    assert self_contained("When did Orm sell the paper mill in Lund?")  # the object, not it
    assert self_contained("Where did the Tarns build the trade route to Lund?")


def test_her_as_the_object_of_a_verb_is_someone_told_before() -> None:
    assert not self_contained("When did the Lund Post put her on its front page?")
    assert self_contained("When did Ana Holm sell her farm?")
    assert self_contained("Whom did Ana Holm take with her to Lund?")


def test_a_deed_done_many_times_needs_more_than_its_doer() -> None:
    assert not self_contained("Where had Ulla travelled?")
    assert not self_contained("Where did Bakeries close down?")
    assert not self_contained("Who ultimately won Ardenne?")
    assert not self_contained("Which mill reopened?")
    assert not self_contained("Whom did the Orm Emperor invite?")
    assert not self_contained("Whom did Prince Ulf summon?")
    assert self_contained("Whom did Prince Ulf summon to Lund in 1240?")
    assert not self_contained("Where did the Tarns under the command of Orm land?")
    assert self_contained("Where did Ulla grow up?")
    assert self_contained("Where did the Tarns under the command of Orm land in 1101?")
    assert self_contained("Who won Ardenne in the 1902 election?")
    assert self_contained("Where did the Orm Players open with $2 million?")


def test_a_return_told_as_a_perfect_needs_its_time_or_origin() -> None:
    sentence = "Ulla had travelled to Kell Harbour."
    assert not keeps_restrictions(sentence, "Where had Ulla travelled?", "Kell Harbour")
    assert keeps_restrictions(sentence, "Where had Ulla travelled in 1902?", "Kell Harbour")


def test_a_verb_that_takes_an_object_is_not_asked_without_one() -> None:
    assert not self_contained("In what year did the Orm League ratify?")
    assert not self_contained("In what year did Varland ratify in 1954, Ardenne?")
    assert not self_contained("Which league ratified in 1954?")
    assert not self_contained("In what year did Ulla Moss write?")
    assert not self_contained("In what year did the Tarns win?")
    assert not self_contained("Who won in 1990?")
    assert self_contained("Who won the Orm Cup in 1990?")
    assert self_contained("In what year did Varland ratify the Orm Treaty?")
    assert self_contained("Who founded the Orm Abbey in 1200?")


def test_a_role_many_have_held_needs_its_time() -> None:
    assert not self_contained("Who was the ruler of Orm?")
    assert not self_contained("Who was the abbot of Ülm Abbey?")
    assert self_contained("Who was the ruler of Orm in 1400?")
    assert self_contained("Who was the first king of Orm?")
    assert self_contained("Who was the founder of Orm Abbey?")


def test_a_post_taken_or_lost_needs_the_post_or_the_body() -> None:
    assert not self_contained("Who was fired in May 1990 after two seasons?")
    assert not self_contained("Who was elected in 1990?")
    assert self_contained("Who was elected mayor of Lund in 1990?")
    assert self_contained("Who was fired as coach in 1990?")
    assert self_contained("Who was elected in Lund in 1990?")


def test_a_noun_always_of_something_needs_its_of() -> None:
    assert not self_contained("The earliest manifestation was a poem on Orm by whom?")
    assert not self_contained("Who wrote the first version in 1850?")
    assert self_contained("Who wrote the first version of the Orm Codex?")


def test_a_joint_deed_names_who_shared_it() -> None:
    assert not self_contained("For which society in Lund did joint appearances include a fair?")
    assert self_contained("Where did Ulla give joint recitals with Per Moss?")
    assert self_contained("In what year did Orm plead to a joint session of the Lund Diet?")


def test_a_degree_relative_to_unseen_things_is_no_question() -> None:
    assert not self_contained("What dye had a relatively mild smell?")
    assert self_contained("What dye had a relatively mild smell compared to Orm Blue?")
    assert self_contained("What dye had a mild smell?")


def test_a_work_named_after_the_person_a_document_is_about_is_said_to_be_a_work() -> None:
    known = {"ulla", "brand"}
    assert not self_contained("Who wrote Brand?", known)
    assert not self_contained("Who wrote Ulla Brand?", known)
    assert self_contained("Who wrote Kell Saga?", known)
    assert self_contained("Who directed Brand?", {"brand", "film"})  # a document on a film


def test_an_opera_named_after_the_subject_is_not_asked_as_if_it_were_her() -> None:
    text = (
        "Ulla Lindqvist was a Varlish composer. Lindqvist was born in Lund in 1820. Possibly "
        "the first fiction about her life was an operatic version of some of its events. "
        "Lindqvist was written by Giacomo Orvik and produced in Lund in 1901."
    )
    kept = extract(split_sentences("doc", text), "Ulla Lindqvist", selective=True).candidates
    asked = {c.question for c in kept}
    assert "Who wrote Lindqvist?" not in asked
    assert "Who was born in Lund in 1820?" in asked
