"""Stems a strict teacher refuses as garbled: a "whom" before the verb it reads as its
clause's, a name cut at its own "!" or apostrophe, a verb of saying left without what was
said, a participle inside the subject taken for the question's verb, a stem of "with ... as
..." alone, an "of" whose name was lost before a verb, and a plural noun opening the stem
before a singular verb."""

from __future__ import annotations

import pytest

from factdeck.generate import gates, phrasing
from helpers.generation import grammatical_question


@pytest.mark.parametrize(
    "question",
    [
        "Orm's success against teams with whom has been credited to its coach's calm manner?",
        "The invention of Vessian maps in the 17th century by whom revolutionized sailing?",
        "Orm is one of several leagues founded by whom that were based on old Kell customs?",
    ],
)
def test_a_whom_before_a_verb_is_notgrammatical_question(question: str) -> None:
    assert not gates.grammatical(question, "in-situ")


@pytest.mark.parametrize(
    ("question", "form"),
    [
        ("To whom was the Kell prize given in 1920?", "fronted"),
        ("In Kell Tales, to whom is Ivo Marr married?", "fronted"),
        ("The Kell hall was built in 1626 by whom?", "in-situ"),
        ("The Kell chapel was founded by whom in the sixth century?", "in-situ"),
    ],
)
def test_a_whom_that_opens_or_closes_its_phrase_isgrammatical_question(
    question: str, form: str
) -> None:
    assert gates.grammatical(question, form)


def test_an_in_situ_whom_inside_the_subject_is_notgrammatical_question() -> None:
    text = "The invention of Vessian maps in the 17th century by Ada Lund revolutionized sailing."
    assert grammatical_question(text, "Ada Lund", "person") is None


def test_a_name_cut_at_its_own_mark_is_notgrammatical_question() -> None:
    assert not gates.grammatical("On July 22, Ivo Marr joined what! brand?", "in-situ")
    assert not gates.grammatical("What did Ivo Marr join! brand on July 22?", "fronted")
    assert not gates.grammatical("In 1950, which lake 'o was a large body of water?", "subject")
    assert gates.grammatical("On July 22, who joined the ThunderNight! brand?", "subject")
    text = "On July 22, Ivo Marr joined the ThunderNight! brand."
    assert grammatical_question(text, "ThunderNight", "other") is None


@pytest.mark.parametrize(
    ("question", "form"),
    [
        ("Which league announced on June 4, 2016?", "subject"),
        ("In what year did the Kell Fighting League announce?", "fronted"),
        ("Which board required the cutting in Reel 2 of a letter stating?", "subject"),
    ],
)
def test_a_verb_of_saying_without_what_was_said_is_notgrammatical_question(
    question: str, form: str
) -> None:
    assert not gates.grammatical(question, form)


@pytest.mark.parametrize(
    ("question", "form"),
    [
        ("What did the Kell Fighting League announce in 2016?", "fronted"),
        ("In what year was the Kell tour announced?", "fronted"),
        ("How many deaths did the Kell census report?", "fronted"),
        ("Palm oil supported 300,000 households in which Vessian state in 2005?", "in-situ"),
    ],
)
def test_a_verb_of_saying_with_its_object_asked_isgrammatical_question(
    question: str, form: str
) -> None:
    assert gates.grammatical(question, form)


def test_a_participle_inside_the_subject_is_not_the_question_s_verb() -> None:
    text = "A flotilla of 50 boats acquired at Tarnhaven provided transport across the Orm."
    assert grammatical_question(text, "Tarnhaven", "place") is None
    text = "The Kell Trust identified orphaned children in Tarnhaven as a new group in need."
    assert grammatical_question(text, "Tarnhaven", "place") == (
        "Where did the Kell Trust identify orphaned children as a new group in need?"
    )


def test_a_phrase_of_with_alone_or_an_of_before_a_verb_is_notgrammatical_question() -> None:
    assert not gates.grammatical(
        "In Kell, with the Tarby-born Ada Lund as its first elected mayor in what year?", "in-situ"
    )
    assert not gates.grammatical(
        "Title V of created the Kell Office in which department?", "in-situ"
    )
    assert gates.grammatical("With whom did Ivo Marr serve as an envoy in 1920?", "fronted")
    assert gates.grammatical("Which act of Parliament created the Kell Office in 1920?", "subject")


def test_a_plural_noun_opening_the_stem_takes_a_plural_verb() -> None:
    assert phrasing.broken_agreement("Revisions of saxophone keywork was made in 1950 by whom?")
    assert phrasing.broken_agreement("Members of the band has played in which city?")
    assert phrasing.broken_agreement("In what decade was revisions of the keywork made by whom?")
    assert not phrasing.broken_agreement("Headquarters of the firm was moved in what year?")
    assert not phrasing.broken_agreement("Members of the band have played in which city?")
    assert not phrasing.broken_agreement("Friends of the Earth was founded in what year?")
    assert not phrasing.broken_agreement("Series of maps was published by whom?")
