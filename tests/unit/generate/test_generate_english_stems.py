"""Stems a strict teacher rejects as no English: an identity or a lasting state asked by its
year, a rank
without its noun heading a clause, a repeated wh-noun whose owner was cut, words left around
the asked phrase (a name's first word, a preposition before a verb, an opening "And", a
perfect under "did", a stranded adverb or year, an adjective before the wh-word), and "whom"
for a role one becomes."""

from __future__ import annotations

from factdeck.generate.gates import (
    bare_what_beside_its_noun,
    clause_in_a_definition,
    grammatical,
)


def test_a_time_is_not_asked_of_an_identity() -> None:
    assert not grammatical("In what year was the first purpose-built steam frigate the Orm?", "")
    assert not grammatical("In what year was No. 4 Squadron's final wartime sortie a patrol?", "")
    assert grammatical(
        "In what year was the Kell Post the first paper on the coast to report the find?", ""
    )
    assert grammatical("In what year was the first steam frigate launched by the navy?", "")
    assert grammatical("In what year was the first edition of the atlas published?", "")
    assert grammatical("In what year was Ada Lund the national champion?", "")


def test_a_time_is_not_asked_of_what_something_was_for_years() -> None:
    assert not grammatical("In what year was Tarnby a small settlement?", "fronted")
    assert not grammatical("In what decade was Tarnby a sub-district of Orm Division?", "fronted")
    assert not grammatical("In what century was Kell one of the largest ports in Vessia?", "")
    assert grammatical("In what year was Tarnby fitted with a new harbour wall?", "fronted")
    assert grammatical("In what year was a new charter signed by the towns of Orm?", "fronted")
    assert grammatical("In what year was Tarnby European Capital of Culture?", "fronted")


def test_a_rank_without_its_noun_heads_no_clause() -> None:
    assert not grammatical("What was the last that the Kell tanks saw of active combat?", "")
    assert clause_in_a_definition("What was the last that the Kell tanks saw of active combat?")
    assert not clause_in_a_definition("What was the first ironclad to sail round the world?")
    assert grammatical("What was the first ironclad to sail round the world?", "subject")


def test_a_repeated_wh_noun_before_the_clause_s_verb_lost_its_owner() -> None:
    assert not grammatical(
        "In Kellshire, the wealthy town of which town voted for Ada Lund in 1908?",
        "subject",
    )
    assert grammatical("Orm is the highest mountain in which mountain range?", "in-situ")


def test_words_left_around_the_asked_phrase_make_no_question() -> None:
    assert not grammatical(
        "And especially after the Orm reforms, what was supplanted by Vessian styles?", "subject"
    )
    assert not grammatical("Which KTV via teased Ada's appearance in Kell Tales?", "subject")
    assert grammatical("Which army of occupied Vessia did Ivo Marr lead?", "fronted")
    assert not grammatical("In which television series Judge did Ivo Marr appear?", "fronted")
    assert grammatical("In which part of Orm did the monks settle?", "fronted")
    assert not grammatical("In what year did the Orvan fleet have proven highly successful?", "")
    assert not grammatical("Where did Ada Lund film The Kell Story over six weeks, entirely?", "")
    assert grammatical("Where was the tower destroyed entirely?", "fronted")
    assert not grammatical("What was the result 1930?", "subject")
    assert not grammatical(
        "Hail forms when supercooled what freeze on contact with dust?", "in-situ"
    )
    assert grammatical("The storm formed when what reached the coast?", "in-situ")
    assert not grammatical(
        "Ada Lund finished first at what date inter-schools cup at Kell?", "in-situ"
    )
    assert grammatical("On what date did the bridge open?", "fronted")
    assert grammatical("Kell Songs was released on what date through Orm Press?", "in-situ")


def test_a_wh_phrase_joined_to_a_name_is_no_question() -> None:
    assert not grammatical(
        "Which Vessian floating batteries and Dart arrived too late at Kellport?", "in-situ"
    )
    assert grammatical("Which three large towns and villages joined the league?", "subject")


def test_a_role_one_becomes_is_no_whom() -> None:
    assert not grammatical("Whom did Ivo become to reach a final at 33 years old?", "fronted")
    assert grammatical("Who became the youngest coach to reach a final?", "subject")


def test_a_name_after_the_noun_it_names_is_no_bare_what() -> None:
    before = "The Kell Mk II was given the General Staff design number "
    assert bare_what_beside_its_noun("What was the Kell Mk II given the design number?", before)
    assert not bare_what_beside_its_noun(
        "What did the settlers call the cove?", "The settlers called the cove "
    )
    assert not bare_what_beside_its_noun("What did the council build?", "The council built ")


def test_a_counted_year_without_its_article_is_no_english() -> None:
    assert not grammatical(
        "The first surveys of the bay were made in year 1949 by whom using harbour data?", "in-situ"
    )
    assert grammatical(
        "The first surveys of the bay were made in the year 1949 by whom using harbour data?",
        "in-situ",
    )
    assert grammatical("In what year were the first surveys of the bay made?", "fronted")


def test_a_passive_of_making_before_a_bare_name_lost_its_by() -> None:
    assert not grammatical(
        "When was the genus Orma first described Ivo Marr based on specimens from Kell?", "fronted"
    )
    assert not grammatical("In what year was Kell Hall built Ada Lund?", "fronted")
    assert grammatical("When was the genus Orma first described by Ivo Marr?", "fronted")
    assert grammatical("Who was the architect who designed Kell Hall?", "subject")
    assert grammatical("In what year was Ada Lund named Queen of Orma?", "fronted")


def test_believe_gives_its_object_a_description_only_through_to_be() -> None:
    assert not grammatical('Who believed Grey Harbour a "stunning debut" for Ada Lund?', "subject")
    assert grammatical('Who believed Grey Harbour to be a "stunning debut"?', "subject")
    assert grammatical("Who believed that Grey Harbour was a debut?", "subject")


def test_a_wh_phrase_in_place_leaves_no_adverbial_joined_after_it() -> None:
    assert not grammatical(
        "Much trade with Orm ran through harbours built by whom in the tenth century or"
        " indirectly after the war through Kell?",
        "in-situ",
    )
    assert grammatical(
        "Much trade with Orm ran through harbours built by whom in the tenth century?", "in-situ"
    )
