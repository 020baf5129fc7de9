"""Stems that read badly or lean on what the learner never sees: a participle or an adverb
left behind by the answer, a wh-word before the naming phrase of another noun, a key cut from
a title, an addressee asked as a thing, a comparison without its standard, a count compound
without its noun, a group's bare whereabouts, a clause inside a definition's frame, and a
capital that only opened its sentence; a surname naming a compound keeps its short form;
"do" with an inflected verb, and a statement's order kept after the wh-word."""

from __future__ import annotations

from factdeck.generate.clean import clean_document
from factdeck.generate.concepts import clear_description
from factdeck.generate.extract import extract
from factdeck.generate.gates import (
    _bounded_lead,
    addressee_asked_as_a_thing,
    clause_in_a_definition,
    cut_from_a_longer_name,
    grammatical,
    group_went_where,
    self_contained,
    thin_subject_question,
)
from factdeck.generate.phrasing import ask, with_capitals, with_full_names, word_cases
from factdeck.generate.sentences import split_sentences


def _prompts(text: str, title: str = "Orm") -> list[str]:
    sentences = split_sentences("doc", clean_document(f"{title}\n\n{text}").text)
    return [c.question or "" for c in extract(sentences, title, selective=True).candidates]


def test_a_participle_after_a_noun_does_not_end_a_question() -> None:
    assert not grammatical("Where does Orm have a long rivalry with Kell culminating?", "fronted")
    assert not grammatical(
        "Where did the school stay mostly male, with three boys for every girl studying?",
        "fronted",
    )
    assert grammatical("Where did Ivo go hunting?", "fronted")
    assert grammatical("In what year did the Kell Guild hold its first meeting?", "fronted")
    assert grammatical(
        "When was Orm formed by a merger of Kell Radio and Lund Broadcasting?", "fronted"
    )
    assert grammatical("What did the mill start weaving?", "fronted")
    assert grammatical("In what year did the mill stop working?", "fronted")


def test_a_time_adverb_is_not_left_without_its_time() -> None:
    assert not grammatical("In what century did mills replace looms in Orm early?", "fronted")
    assert grammatical("In what century did mills replace looms in Orm?", "fronted")
    assert grammatical("Which mill opened early?", "subject")


def test_a_wh_word_does_not_take_the_naming_phrase_of_another_noun() -> None:
    asked = "Ivo eventually won the civil war against whom known as the War of the Two Towers?"
    assert not grammatical(asked, "in-situ")
    assert grammatical("What was the village formerly known as?", "fronted")
    assert grammatical("What is the Orm river called?", "fronted")


def _cut(sentence: str, key: str) -> bool:
    start = sentence.index(key)
    return cut_from_a_longer_name(sentence, start, start + len(key), "other")


def test_a_key_joined_to_title_case_words_by_for_or_by_is_part_of_a_title() -> None:
    assert _cut("In 2010, Orm topped the College Ranking by Teaching Quality.", "College Ranking")
    assert _cut("Each session opens with Time for Silence, a short pause.", "Silence")
    assert not _cut("The bridge was opened by Ivo Berg in 1901.", "bridge")
    assert not _cut("The treaty was signed by China in 1901.", "treaty")


def test_capitalised_common_words_joined_by_in_or_of_are_one_title() -> None:
    sentence = "In 1926 the party adopted Growth in One Valley as its creed."
    assert _cut(sentence, "One Valley")
    assert _cut(sentence, "Growth")
    assert _cut("The guild printed Songs of Quiet Water in 1840.", "Quiet Water")
    # a name that is no common word stays a name of its own
    assert not _cut("Ivo Berg visited Orm on Good Friday in 1901.", "Orm")
    assert not _cut("The Bank of Vell opened in 1901.", "Vell")


def test_a_name_or_a_date_joined_to_common_words_is_no_title() -> None:
    # a body, a place or a person is a name of its own however common its words
    hospital = "In 1901 nurses opened Harbour Hospital in Market Square."
    start = hospital.index("Harbour Hospital")
    assert not cut_from_a_longer_name(hospital, start, start + 16, "organisation")
    ferry = "The ferry ran from Glass Island to Trade Bay in 1901."
    start = ferry.index("Trade Bay")
    assert not cut_from_a_longer_name(ferry, start, start + 9, "place")
    # a longer key joined to common words is still the piece of a title, whatever its kind
    policy = "In 1956 Ivo Marr ended the policy of Bread in Open Fields."
    start = policy.index("Open Fields")
    assert cut_from_a_longer_name(policy, start, start + 11, "place")
    plan = "The plan was adopted by the National Alliance to End Hunger in 2000."
    start = plan.index("National Alliance")
    assert cut_from_a_longer_name(plan, start, start + 17, "organisation")
    # a month dates the name before it
    assert not _cut("The guild printed Songs in March 1840.", "Songs")
    assert _cut("The guild printed Songs in Quiet Water in 1840.", "Songs")


def test_the_title_before_a_key_is_looked_for_in_a_bounded_lead() -> None:
    sentence = "word " * 400 + "Songs of Quiet Water"
    start = sentence.index("Quiet Water")
    lead = _bounded_lead(sentence, start)
    assert lead.endswith("Songs of ") and len(lead) <= 120
    assert lead.startswith("word ")  # no word cut in two
    assert _cut(sentence, "Quiet Water")


def _addressee(wh_phrase: str, sentence: str, key: str) -> bool:
    start = sentence.index(key)
    return addressee_asked_as_a_thing(wh_phrase, sentence, start, start + len(key))


def test_the_addressee_of_asking_or_telling_is_no_what() -> None:
    sentence = "In 1890, the mayor urged the council to sell the mill."
    assert _addressee("What did the mayor urge to sell the mill?", sentence, "council")
    told = "A courier told Berg that the mill had burned."
    assert _addressee("what that the mill had burned?", told, "Berg")
    used = "The builders used cranes to raise the wall."
    assert not _addressee("What did the builders use to raise the wall?", used, "cranes")
    assert not _addressee("Whom did the mayor urge to sell the mill?", sentence, "council")


def test_an_addressee_is_not_asked_with_what_from_a_document() -> None:
    prompts = _prompts("On May 3, Berg requested Parliament to grant $2 million in aid to Kell.")
    assert not [p for p in prompts if p.startswith("What did Berg request")]


def test_a_comparison_without_its_standard_points_elsewhere() -> None:
    assert not self_contained("What did smaller settlements include in Orm County?")
    assert not self_contained("Where did bigger ships dock?")
    assert not self_contained("Studies of larger samples found no link with what?")
    assert self_contained("Which town had a larger harbour than Orm in 1900?")
    assert self_contained("Which party won seats in the lower house of Orm?")
    assert self_contained("What became a bitter war?")


def test_the_ones_in_a_definition_stand_for_a_noun_told_before() -> None:
    assert not clear_description("What are the ones that take state grants called?")
    assert clear_description("What are the schools that take state grants called?")
    assert not self_contained("What are the ones that take state grants called?")


def test_a_year_naming_an_event_is_not_asked() -> None:
    prompts = _prompts("Ivo Berg was deposed during the 1961 Orm coup. Berg was born in Kell.")
    assert not [p for p in prompts if "coup" in p and ("year" in p or "When" in p)]
    assert any("born" in p for p in prompts)


def test_a_capital_that_only_opened_a_sentence_is_dropped_behind_did() -> None:
    texts = [
        "Steam mills remained the main source of power.",
        "The Advanced Steam movement grew in Orm.",
        "Most steam mills burned coal.",
        "General Lund made steam mills.",
    ]
    proper, common = word_cases(texts)
    asked = "Until what century did Steam mills remain the main source of power?"
    assert with_capitals(asked, proper, common).startswith("Until what century did steam mills")
    assert with_capitals("What did General Lund make?", proper, common) == (
        "What did General Lund make?"
    )
    texts = ["Historians Ada Berg and Ivo Lund wrote on Orm.", "Most historians agree."]
    proper, common = word_cases(texts)
    asked = "In what year did Historians Ada Berg and Ivo Lund write on Orm?"
    assert "did historians Ada Berg" in with_capitals(asked, proper, common)


def test_a_sum_of_something_is_not_asked_as_how_much_of_it() -> None:
    sentence = "Orm law only required £1 of capital to start a company, while Kell asked more."
    start = sentence.index("£1")
    assert ask(sentence, start, start + 2, "number") is None
    plain = "Orm law only required £1 to start a company."
    start = plain.index("£1")
    asked = ask(plain, start, start + 2, "number")
    assert asked is not None and asked[0].startswith("How much did Orm law")


def test_a_count_compound_does_not_stand_for_its_noun() -> None:
    assert not grammatical("In what year was a two-volume printed in Lund?", "fronted")
    assert not grammatical("Where was a two-volume printed in 1487?", "fronted")
    assert grammatical("In what year was a two-volume edition printed in Lund?", "fronted")
    assert grammatical("Who signed a two-year deal with Orm?", "subject")


def test_where_a_group_went_has_many_answers() -> None:
    assert group_went_where("Where did some Orm monks settle?")
    assert group_went_where("Where did Kell refugees flock?")
    assert group_went_where("Where did the Vells settle?")
    assert not group_went_where("Where did Ivo Berg settle?")
    assert not group_went_where("Where did Tarn Lewis die?")
    assert not group_went_where("Where did the monks settle in 1120?")


def test_a_thing_that_underwent_a_deed_by_no_one_named_is_one_of_many() -> None:
    assert thin_subject_question("Which country was annexed in 1910?")
    assert thin_subject_question("Which bridge was completed in May 1901?")
    assert not thin_subject_question("Which country was annexed by Orm in 1910?")
    assert not thin_subject_question("Which treaty was signed in Kell in 1648?")


def test_a_definition_frame_holds_a_noun_phrase_not_a_clause() -> None:
    assert clause_in_a_definition("By what other name are guilds appoint some wardens known?")
    assert clause_in_a_definition("What is the mill was built by Orm called?")
    assert not clause_in_a_definition("By what other name are Orm wardens known?")
    assert not clause_in_a_definition("What is a mill that grinds corn called?")
    assert not clause_in_a_definition("What is a slow turn powered by the tail called?")


def test_a_surname_naming_a_compound_noun_is_not_given_its_full_name() -> None:
    names = {"Lund": "Ada Lund", "Berg": "Ivo Berg"}
    asked = "In what decade did Lund steam cycles drive most mills?"
    assert with_full_names(asked, names) == asked
    assert with_full_names("What did Berg build mills for?", names) == (
        "What did Ivo Berg build mills for?"
    )
    assert with_full_names("Why did Berg study plants?", names) == "Why did Ivo Berg study plants?"


def test_do_takes_the_plain_verb_and_a_question_inverts() -> None:
    assert not grammatical("What did the Kell council voted to close in 1821?", "fronted")
    assert not grammatical("Which river did flows past Orm?", "subject")
    assert not grammatical("Who the harbour was rebuilt by after the fire?", "fronted")
    assert not grammatical("In what year was Ada Lund's the first ferry launched?", "fronted")
    assert grammatical("What did the council vote to close in 1821?", "fronted")
    assert grammatical("What did flows carry to Orm?", "fronted")
    assert grammatical("In what year did Ada Lund develop a theory based on her data?", "fronted")
    assert grammatical("What did the physician Ivo Berg found in 1263?", "fronted")
    assert grammatical("In what year was Ada Lund's first ferry launched?", "fronted")
