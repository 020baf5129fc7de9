"""Targets a strict teacher would not ask for: a common key that repeats the noun its
question asks by, a count of the ways a text frames its subject, a bare "the index" asked
for its name, and a role given as the answer to "Who is the ...?"; on small texts written
for the tests."""

from __future__ import annotations

from factdeck.generate.gates import (
    filler,
    frames_the_document,
    half_given_by_its_noun,
    names_an_unsaid_thing,
    of_one_of_many,
    role_for_who_is,
    topic_gloss,
)
from factdeck.generate.pipeline import build_deck


def _prompts(text: str) -> dict[str, str]:
    bank = build_deck(text, deck="d", file_name="d.txt", markdown=False).bank
    return {question.prompt: question.answer for question in bank.questions}


def test_a_common_key_that_repeats_the_asked_noun_is_half_given() -> None:
    assert half_given_by_its_noun("What term did Reeve Ivo Tarn serve?", "two-year term")
    assert half_given_by_its_noun("What bondage did the Orm lords impose?", "debt bondage")
    assert half_given_by_its_noun("What clerks did Varl dismiss?", "pro-Tarn clerks")
    assert half_given_by_its_noun("Which games did the Vell club play?", "board game")
    # a name and a time say more than their noun; a one-word key repeats nothing
    assert not half_given_by_its_noun("Which league did the Orm towns form?", "Hanse League")
    assert not half_given_by_its_noun("Until what century did Orm rule?", "early 9th century")
    assert not half_given_by_its_noun("Into what century did Orm decline?", "late ninth century")
    assert not half_given_by_its_noun("What did Varl impose?", "debt bondage")
    assert not half_given_by_its_noun("What faith did Varl favour?", "Buddhism")


def test_the_term_of_a_mayor_is_not_asked_by_its_own_noun() -> None:
    prompts = _prompts(
        "Tarnel\n\nTarnel is a town on the river Orm, founded in 1210.\n\n"
        "History\n\nIvo Tarn was the first mayor of Tarnel, elected in 1921. Mayor Ivo Tarn "
        "served a two-year term as mayor of Tarnel."
    )
    assert "two-year term" not in prompts.values()


def test_a_count_of_how_a_text_frames_its_subject_is_trivia() -> None:
    assert frames_the_document("In how many manners is teaching at Orm described?")
    assert frames_the_document("How many aspects does the Vell report stress?")


def test_a_count_of_things_reported_to_be_so_frames_nothing() -> None:
    assert not frames_the_document("How many people were understood to have died in the fire?")
    assert not frames_the_document("How many ships were described to have sunk off Orm?")
    assert frames_the_document("In how many ways is grace understood at Vell?")
    assert frames_the_document("In how many ways can the Orm rite be interpreted?")
    assert frames_the_document("How many ways is the word commonly understood?")
    assert not frames_the_document("In how many ways can 12 be written as a sum of primes?")
    assert not frames_the_document("How many classes of Orm tax are there?")
    assert not frames_the_document("How many towns is the Orm valley divided into?")


def test_the_framing_count_of_a_school_is_not_asked() -> None:
    prompts = _prompts(
        "Tarnel School\n\nTarnel School is a school in the town of Tarnel, founded in "
        "1850.\n\nTeaching\n\nTeaching at Tarnel School is described in three manners."
    )
    assert not any("manners" in prompt for prompt in prompts)


def test_a_bare_common_noun_asked_for_its_name_is_unsaid() -> None:
    assert names_an_unsaid_thing("What was the index called?")
    assert names_an_unsaid_thing("What was the filing index called?")
    assert not names_an_unsaid_thing("What was the filing index of the Orm library called?")
    assert not names_an_unsaid_thing("What is a system of ditches that drains a fen called?")
    assert not names_an_unsaid_thing("What was the Orm prize called?")


def test_who_is_the_title_keyed_by_a_role_is_turned_around() -> None:
    assert role_for_who_is("Who is the President of Vell?", "mayor")
    assert role_for_who_is("Who was the head of the Orm guild?", "the treasurer")
    assert not role_for_who_is("Who was the head of the Orm guild?", "Ula Brisk")
    assert not role_for_who_is("Who led the Orm guild?", "the treasurer")


def test_a_count_described_as_something_is_a_fact_not_a_framing() -> None:
    assert not frames_the_document("How many Orm farms were described as ruined in 1320?")


def test_praise_or_a_bare_sort_is_no_key() -> None:
    assert filler("unique curling")
    assert filler("rare variety")
    assert filler("a third form")
    assert not filler("special relativity")
    assert not filler("blood type")
    assert not filler("working class")
    assert not filler("minor planet")


def test_a_sort_named_only_as_rare_is_not_asked() -> None:
    prompts = _prompts(
        "Orm moss\n\nOrm moss is a moss of the Vell marshes, first described in 1890.\n\n"
        "Kinds\n\nA rare variety is the grey Orm moss that grows on the bark of "
        "alders. The unique curling is a slow movement of the leaves of Orm moss in dry air."
    )
    assert "rare variety" not in prompts.values()
    assert "unique curling" not in prompts.values()


def test_where_asked_of_a_topic_is_a_gloss() -> None:
    assert topic_gloss("Where does the Orm chronicle largely deal with famine?")
    assert topic_gloss("Where was the Vell treaty focused on settling trade?")
    assert not topic_gloss("Where did the Orm monks settle?")
    assert not topic_gloss("Where was the Vell treaty signed?")
    assert not topic_gloss("What does the Orm chronicle deal with?")
    assert topic_gloss("Which chronicle largely deals with famine in the Orm valley?")
    assert not topic_gloss("Which chronicle deals with the famine of 1310 in Orm?")


def test_the_site_of_a_thing_names_none() -> None:
    assert of_one_of_many("What was the site of a dye works from 1500 to about 1790?")
    assert not of_one_of_many("What was the site of the Orm dye works?")
    assert not of_one_of_many("What was the site of a dye works that Ivo Marr founded?")
