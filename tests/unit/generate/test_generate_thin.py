"""Thin stems: a question must carry the context that gives it one answer, not leave the
learner to guess which song, which journey or which election the source meant."""

from __future__ import annotations

from factdeck.generate.extract import extract
from factdeck.generate.gates import (
    bare_fact,
    held_post_without_its_time,
    keeps_restrictions,
    names_a_time,
    person_asked_what,
    retold_with_another_answer,
    self_contained,
    sequenced_deed_of_the_subject,
    share_of_no_whole,
    time_of_a_bare_plural,
    what_a_maker_put_out,
)
from factdeck.generate.sentences import split_sentences
from helpers.generation import selected_candidates


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


_ROWING = (
    "Vessia is a small country on the Orm Sea. Its capital is Kell, a port on the northern "
    "coast. The country is known for its shipyards, its rowing clubs and its wool.\n\n"
    "Rowing came to Vessia from the south in the 1850s. The first rowing race in Vessia was "
    "held between Kell College and Arlo College on the Tarn River. Kell College, led by "
    "captain Ivo Marrin, beat Arlo College by two lengths. Ivo Marrin was Warden of the Fleet.\n"
)


def _selected(title: str, text: str) -> list[str]:
    return [c.question for c in selected_candidates(title, text) if c.question]


def test_who_led_a_body_with_nothing_more_has_many_answers() -> None:
    questions = _selected("Vessia", _ROWING)
    assert not any(question.startswith("Who led Kell College") for question in questions)
    assert held_post_without_its_time("Who led Kell College?")
    assert held_post_without_its_time("By whom was the Orm Guild headed?")
    assert not held_post_without_its_time("Who led the Orm Expedition?")  # one event, one leader
    assert not held_post_without_its_time("Who led Kell College in 1850?")
    assert not held_post_without_its_time("Who led a band of monks to Kell?")


def test_who_directed_or_led_a_one_off_thing_has_one_answer() -> None:
    assert not held_post_without_its_time("Who directed Tarn Crossing?")  # a film
    assert not held_post_without_its_time("Who ran the Kell Marathon?")
    assert not held_post_without_its_time("Who led the Long Trek?")
    assert held_post_without_its_time("Who led the Vessian Army?")
    assert held_post_without_its_time("Who ruled France?")
    assert held_post_without_its_time("Who led Kell?")  # "Kell, led by captain Ivo Lund"
    text = (
        "Tarn Crossing is a 1961 Vessian war film. The film was directed by Ivo Lund. "
        "It follows a ferryman on the Orm River.\n"
    )
    assert "Who directed Tarn Crossing?" in _selected("Tarn Crossing (film)", text)


def test_what_a_named_person_was_is_many_things() -> None:
    questions = _selected("Vessia", _ROWING)
    assert "What was Ivo Marrin?" not in questions
    assert "Who was Warden of the Fleet?" in questions
    assert person_asked_what("What was Ivo Marrin?", "Warden of the Fleet")
    assert person_asked_what("What was Ivo P. Marrin called?", "liberal Whig")
    assert not person_asked_what("What was Ivo Marrin called?", "Iron Warden")  # a name
    assert not person_asked_what("What was Ivo Marrin called?", "the Grey Warden")  # a name
    assert person_asked_what("What was Ivo Marrin called?", "a liberal Whig")
    assert not person_asked_what("What was Kell College?", "rowing club")
    assert not person_asked_what("What was Ivo Marrin's trade?", "weaver")


_PORT = (
    "Kell is a port city on the northern coast of Vessia. It is known for its shipyards and "
    "its wool market.\n\n"
    "Kell was founded by fishermen from Arlo in the 9th century. In 1204 the town was taken "
    "by the Orvan fleet. The city subsequently became the seat of the Orvan League, a union "
    "of ports. The walls of Kell were built of red stone in 1350.\n"
)


def test_a_deed_of_the_subject_placed_after_the_last_keeps_that_time() -> None:
    questions = _selected("Kell", _PORT)
    assert "Kell became the seat of which league?" not in questions
    assert "In what year were the walls of Kell built of red stone?" in questions
    sentence = "The city subsequently became the seat of the Orvan League."
    assert sequenced_deed_of_the_subject(
        "Kell became the seat of which league?", sentence, {"kell"}, asks_a_time=False
    )
    assert not sequenced_deed_of_the_subject(  # a time of its own says which time
        "Kell became the seat of which league in 1210?", sentence, {"kell"}, asks_a_time=False
    )
    assert not sequenced_deed_of_the_subject(  # another's deed: one story, one answer
        "Ivo Marrin became the head of which league?", sentence, {"kell"}, asks_a_time=False
    )
    assert not sequenced_deed_of_the_subject(
        "Kell became the seat of which league?",
        "The city became the seat of the Orvan League.",
        {"kell"},
        asks_a_time=False,
    )


def test_what_a_firm_put_out_needs_the_sort_of_thing() -> None:
    assert what_a_maker_put_out("What did Orm Soft release in May 1999?")
    assert what_a_maker_put_out("On 2 May 2000, what did Orm Soft launch?")
    assert not what_a_maker_put_out("Which browser did Orm Soft release in May 1999?")
    assert not what_a_maker_put_out("What did Ada Venn publish in 1850?")  # an author
    assert not what_a_maker_put_out("What did Vessia produce in 1900?")  # a land's goods
    assert not what_a_maker_put_out("What did France produce in 1900?")
    assert what_a_maker_put_out("What did Orm Motors produce in 1950?")
    assert not what_a_maker_put_out("What did Orm Soft release to replace Vell Desk in 2001?")


def test_a_bare_fact_is_the_question_at_any_time() -> None:
    assert (
        bare_fact("Which loom did Orm Works release in May 1999?") == "what did orm works release"
    )
    assert bare_fact("In 1790, the guild sold its cloth at which market?") == bare_fact(
        "The guild sold its cloth at what?"
    )


def test_a_fact_told_again_with_another_answer_keeps_its_time() -> None:
    asked = [
        ("The guild sold its cloth at which market?", "Arlo Fair", 2, "other"),
        ("In 1790, the guild sold its cloth at which market?", "Tarn Market", 4, "other"),
        ("In what year did the guild sell its cloth at the Tarn Market?", "1790", 4, "year"),
        ("Who chose Ada Lund as master?", "the guild", 5, "organisation"),
        ("Who chose Ada Lund as master?", "the Kell guild", 6, "organisation"),  # the same
    ]
    assert retold_with_another_answer(asked) == {0}  # the one that dropped its time
    one_sentence = [
        ("Poleward is towards what?", "North Pole", 3, "place"),
        ("Poleward is towards what?", "South Pole", 3, "place"),
    ]
    assert retold_with_another_answer(one_sentence) == set()  # a pair, left to the pair rules


def test_a_share_asked_of_no_whole_is_not_asked() -> None:
    assert share_of_no_whole("Smoking results in what percentage?")
    assert not share_of_no_whole("What percentage of heart deaths does smoking cause?")
    assert not share_of_no_whole("The jobless rate rose from what percentage in 2008?")
    assert not share_of_no_whole("The vaccine cut polio cases by what percentage by 1962?")


def test_when_a_bare_plural_did_what_only_its_verbs_say_is_not_asked() -> None:
    assert time_of_a_bare_plural("In what decade did organizations start to develop?")
    assert time_of_a_bare_plural("When did prices fall sharply?")
    assert not time_of_a_bare_plural("When did farmers plant maize?")  # the deed's object
    assert not time_of_a_bare_plural("In what decade did bandy leagues begin?")  # a modifier
    assert not time_of_a_bare_plural("In Kell, when were buses introduced?")  # a place


def test_a_bare_plural_with_a_noun_object_or_the_document_s_sort_is_asked() -> None:
    assert not time_of_a_bare_plural("When did weavers dye cloths?")  # "cloths" is a noun
    assert not time_of_a_bare_plural("When did millers grind grains?")
    assert time_of_a_bare_plural("When did looms spread widely?")
    assert time_of_a_bare_plural("When were lanterns invented?")
    assert not time_of_a_bare_plural("When were lanterns invented?", {"lantern"})
    text = (
        "Lanterns are lamps that carry a flame in a glass case. Lanterns were invented "
        "in 1412. They are carried by hand or hung from a hook.\n"
    )
    assert "In what year were lanterns invented?" in _selected("Lantern", text)


def test_a_century_is_found_after_a_long_hyphen_chain_in_one_scan() -> None:
    assert names_a_time("What did Ivo Lund build in the mid-19th century?")
    assert names_a_time("What did Ivo Lund build in the nineteenth century?")
    chain = "x-" * 25000  # every letter a word boundary: a scan from each took about a minute
    assert not names_a_time(f"What did Ivo Lund build {chain}?")
    assert names_a_time(f"What did Ivo Lund build {chain} in the nineteenth century?")


def test_answers_sharing_only_an_article_or_a_joining_word_are_two_answers() -> None:
    asked = [
        ("Who ran the mint?", "the Kell council", 1, "organisation"),
        ("Who ran the mint?", "the Arlo board", 2, "organisation"),
    ]
    assert retold_with_another_answer(asked) == {0, 1}
    pairs = [
        ("Who sailed to Orm?", "Ivo and Ada", 1, "person"),
        ("Who sailed to Orm?", "Bo and Lu", 2, "person"),
    ]
    assert retold_with_another_answer(pairs) == {0, 1}
    same = [
        ("Who ran the mint?", "the Kell council", 1, "organisation"),
        ("Who ran the mint?", "Kell council", 2, "organisation"),
    ]
    assert retold_with_another_answer(same) == set()


def test_the_pipeline_refuses_what_a_firm_put_out_with_a_time_alone() -> None:
    text = (
        "Orm Soft is a software company based in Kell, Vessia. It was founded by Ivo Lund "
        "in 1984. Orm Soft released Tarn Office in May 1999.\n"
    )
    questions = _selected("Orm Soft", text)
    assert "What did Orm Soft release in May 1999?" not in questions
    assert "When did Orm Soft release Tarn Office?" in questions


def test_the_pipeline_refuses_a_share_of_no_whole() -> None:
    text = (
        "The Vessian Labour Party is a political party in Vessia. It was founded in Kell in "
        "1901. In the 1950 election, the party won 38 percent.\n"
    )
    questions = _selected("Vessian Labour Party", text)
    assert not any(q.startswith("What percentage") for q in questions)
    assert "In what year was the Vessian Labour Party founded in Kell?" in questions
