"""The gates an automatic question must pass, each on small texts written for it."""

from __future__ import annotations

import pytest

from factdeck.generate.extract import (
    Candidate,
    Span,
    _document_class_noun,
    _worth_asking,
    candidate_fact,
    century_variants,
    extract,
    prepare_sentences,
)
from factdeck.generate.gates import (
    anchored,
    faithful,
    gives_away,
    grammatical,
    self_contained,
    shows_what_sets_the_term_apart,
    unexplained_founding,
    worth_knowing,
)
from factdeck.generate.phrasing import ask, simplify
from factdeck.generate.pipeline import build_deck
from factdeck.generate.sentences import Sentence, split_sentences


def _questions(text: str, title: str) -> dict[str, str | None]:
    found: list[Candidate] = extract(split_sentences("doc", text), title, selective=True).candidates
    return {c.span.text: c.question for c in found}


def _term_asked(question: str) -> bool:
    text = "Evaporation pans are used to collect salt from sea water through evaporation."
    span = Span(0, len("Evaporation pans"), "term", "Evaporation pans")
    sentence = Sentence("doc", 0, 1, text, text)
    return _worth_asking(Candidate("c", sentence, span, False, True, question, "definition"))


def test_a_term_question_never_shows_what_sets_its_key_apart() -> None:
    assert not _term_asked("What is used to collect salt from sea water through evaporation?")
    assert _term_asked("What is used to collect salt from sea water?")


def test_a_term_question_may_name_its_kind_or_use_its_fields_words() -> None:
    shown = shows_what_sets_the_term_apart
    assert shown("What do tidal mills grind grain with?", "millstone grit")
    assert not shown("What is the most basic drying oven?", "solar drying oven")
    assert not shown("What is the input string for a salt test called?", "test sample")
    assert not shown("What branch of salt science studies brine?", "brine science", {"brine"})
    assert not shown("What method of salt making uses the sun?", "solar evaporation")


def test_a_definition_never_leans_on_a_thing_placed_beside_an_unseen_one() -> None:
    text = "Lignin is the polymer laid down by the adjacent cell wall."
    sentence = Sentence("doc", 0, 1, text, text)
    span = Span(0, len("Lignin"), "term", "Lignin")

    def asked(question: str) -> bool:
        candidate = Candidate("c", sentence, span, False, True, question, "definition")
        return _worth_asking(candidate, {"cell", "wall"})

    assert not asked("What polymer is laid down by the adjacent cell wall?")
    assert asked("What polymer is laid down by the cell wall?")


def test_a_wh_word_inside_a_coordination_or_a_range_is_never_asked() -> None:
    assert not grammatical("Low German and what are spoken in the north?", "in-situ")
    assert not grammatical("The region where what and High German are spoken?", "in-situ")
    assert not grammatical("The shore rises at about 1–how many cm per century?", "in-situ")
    assert not grammatical("The guild signed a which pact?", "in-situ")
    assert grammatical("Which general reopened the canal in 641?", "in-situ")


def test_a_wh_word_is_left_in_place_only_after_the_main_verb() -> None:
    assert grammatical("The bridge was designed by which engineer?", "in-situ")
    assert grammatical("Napoleon asked which engineer to survey the isthmus?", "in-situ")
    assert not grammatical("A second concession in what year set out the terms?", "in-situ")
    assert not grammatical("Ada wrote that which sea was higher than the lake?", "in-situ")
    assert not grammatical("The Calvin cycle uses what and NADPH?", "in-situ")
    assert not grammatical("The port lies near the city of what?", "in-situ")


def test_two_claims_a_double_verb_or_a_listed_count_are_not_asked() -> None:
    assert not grammatical("Until what year did the accepted length was 1,230 km?", "fronted")
    assert not grammatical("Where did Ada live and worked until 1814?", "fronted")
    assert not grammatical("What did a Kelby firm call filed a suit against the mill?", "fronted")
    assert grammatical("What did the Kelby firm file a suit against?", "fronted")
    assert grammatical("Under whom did the settlers found the town of Orm?", "fronted")
    assert not grammatical(
        "How many kilometres long was the dyke and about eight metres deep?", "fronted"
    )
    assert not grammatical(
        "The lake has how many parts, the Obersee, the Untersee and the Seerhein?", "in-situ"
    )
    assert not grammatical("Where did Ada die at Lyon?", "fronted")
    assert grammatical("When was the bridge opened by the mayor?", "fronted")


def test_a_sentence_with_a_blank_is_not_asked() -> None:
    assert not grammatical("The guild was founded by _____ in 1358", "blank")


def test_a_prompt_pointing_at_unseen_sentences_is_not_asked() -> None:
    for prompt in (
        "Where does the delta begin?",
        "In what year was the lake frozen?",
        "How many towns line its shorelines?",
        "Which king refused to do so?",
        "Which river did the water then reach?",
    ):
        assert not self_contained(prompt), prompt
    assert self_contained("When was the canal opened?", {"canal"})
    assert self_contained("What is the largest city in Tarland?")
    assert self_contained("Which country did the route to India cross?")
    assert self_contained("Where does the Orne delta begin?")


def test_it_is_the_subject_only_after_a_sentence_about_the_subject_alone() -> None:
    text = (
        "The Kell River\n\nThe Kell River is a river in the north of Tarland. "
        "The river flows into Lake Orm near Corby. It was frozen over in 1963."
    )
    questions = _questions(text, "The Kell River")
    assert questions.get("1963") != "In what year was the Kell River frozen over?"


def test_coordinates_range_ends_precise_and_hedged_numbers_are_not_worth_asking() -> None:
    assert not worth_knowing("47", "number", "lies at ", "° N", approximate=False)
    assert not worth_knowing("1,200", "number", "between 1,000–", " metres", approximate=False)
    assert not worth_knowing("1,000", "number", "between ", "–1,200 metres", approximate=False)
    assert not worth_knowing(
        "2,364", "number", "rises to ", " m above sea level", approximate=False
    )
    assert not worth_knowing("seventy", "number", "for about ", " years", approximate=True)
    assert worth_knowing("164", "number", "was ", " kilometres long", approximate=False)


def test_a_prompt_that_shows_part_of_the_answer_gives_it_away() -> None:
    assert gives_away("Where are High German and what spoken?", "Low German")
    assert not gives_away("Which lake did the water reach?", "Lake Orm")
    assert not gives_away("When was the bridge opened?", "4 May 1931")


def test_an_opening_time_phrase_does_not_hide_a_safe_question() -> None:
    assert grammatical("In 1963, Tarland sent aid to Orm after which storm?", "in-situ")
    assert grammatical("In 1963, which king visited Orm?", "in-situ")
    assert grammatical("The channel is now how many kilometres long?", "in-situ")
    assert not grammatical("In 1963, a revolt led by which officer threatened Orm?", "in-situ")


def test_a_second_base_verb_or_a_trailing_participle_is_a_second_claim() -> None:
    assert not grammatical("Which alliance did the towns form in 1367 and defeat Orm?", "fronted")
    assert not grammatical("In what year did Ada write a history, published in Lyon?", "fronted")
    assert self_contained("Which country challenged Orm in the 1360s?")


def test_the_town_of_a_place_is_asked_as_which_town() -> None:
    sentence = "King Olaf of Orm captured the town of Visby in 1361."
    start = sentence.index("Visby")
    assert ask(sentence, start, start + 5, "place") == (
        "Which town did King Olaf of Orm capture in 1361?",
        "fronted",
    )


def test_a_comparison_with_something_unseen_or_a_stranded_ever_is_not_asked() -> None:
    assert not self_contained("Where did Bartholdi later use a similar design?")
    assert not self_contained("The southern entrance lies at Port Tewfik near which city?")
    assert not grammatical("Since what date has Cuba had relations with Orm ever?", "fronted")


def test_typed_answers_accept_century_forms_and_the_name_without_its_sort() -> None:
    text = (
        "Orm\n\nThe emperor Trajan restored the old road of Orm in the second century. "
        "The Orm joins the Yenisei River."
    )
    found = extract(split_sentences("doc", text), "Orm", selective=True).candidates
    facts = {c.span.text: candidate_fact(c, "Orm") for c in found}
    century = facts["second century"].accepted
    assert {"2nd century", "2nd", "second"} <= set(century)
    river = facts["Yenisei River"]
    assert river.prompt.startswith("Which river") and "Yenisei" in river.accepted
    assert century_variants("late 12th century")[:2] == ["12th century", "12th"]


def test_a_definite_description_is_asked_for_what_it_names() -> None:
    sentence = "The only river that flows out of Lake Orm is the Angara."
    start = sentence.index("Angara")
    assert ask(sentence, start, start + 6, "place") == (
        "What is the only river that flows out of Lake Orm?",
        "fronted",
    )


def test_a_name_given_with_called_is_asked_for_and_a_trailing_tail_dropped() -> None:
    sentence = "The diet, called the Hansetag, became the highest authority of the League."
    start = sentence.index("Hansetag")
    assert ask(sentence, start, start + 8, "other") == (
        "What was the diet that became the highest authority of the League called?",
        "fronted",
    )
    sentence = "The canal is run by the Canal Board, a state body of Orm."
    start = sentence.index("Canal Board")
    assert ask(sentence, start, start + 11, "organisation") == (
        "Which board runs the canal?",
        "subject",
    )


def test_a_tail_is_not_cut_out_of_a_clause_that_goes_on() -> None:
    sentence = "Ada wrote in the 1840s that Babbage, her friend, was a genius."
    start = sentence.index("1840s")
    question = ask(sentence, start, start + 5, "period")
    assert question is None or "was a genius" in question[0]


def test_an_aside_between_subject_and_verb_is_dropped() -> None:
    assert simplify("Che Guevara, then a Cuban minister, visited Orm in 1960.") == (
        "Che Guevara visited Orm in 1960."
    )
    assert simplify("The pass, called the Gate, was closed in 1902.") == (
        "The pass was closed in 1902."
    )
    kept = "In 1854, Ada met Said Pasha, the ruler of Orm, to found a company."
    assert simplify(kept) == kept


def test_a_phrase_is_as_clear_as_the_phrase_it_is_placed_by() -> None:
    assert self_contained("The section around the tip of the lake had how many tunnels?", {"lake"})
    assert not self_contained("The section around the tip of the lake had how many tunnels?")


def test_a_trailing_reason_or_a_pointer_to_this_work_is_left_out() -> None:
    sentence = "Calvin received the Nobel Prize in Chemistry in 1961 for this work."
    start = sentence.index("1961")
    assert ask(sentence, start, start + 4, "year") == (
        "In what year did Calvin receive the Nobel Prize in Chemistry?",
        "fronted",
    )
    sentence = "The Board widened the Orm canal in 1990 so that larger ships could use it."
    start = sentence.index("1990")
    question = ask(sentence, start, start + 4, "year")
    assert question is not None and "so that" not in question[0]


def test_one_of_the_rivers_makes_the_river_the_subject() -> None:
    text = (
        "The Orm is one of the major rivers of Tarland. "
        "The river gave its name to the Orm Hills. The Kell Canal was opened in 1900."
    )
    sentences = split_sentences("doc", text)
    assert _document_class_noun(prepare_sentences(sentences, "Orm"), "Orm") == "river"
    assert self_contained("The river has been a waterway since which century?", {"river"})
    assert self_contained("Which hills did the Orm give its name to?")
    assert not self_contained("Which hills did the river give its name to?", {"river"})


def test_a_where_question_naming_another_place_or_since_what_is_not_asked() -> None:
    assert not grammatical("Where does the river flow through Dresden?", "fronted")
    assert not grammatical("The river has been a waterway since what?", "in-situ")
    assert simplify("The Orm also gave its name to the hills.") == (
        "The Orm gave its name to the hills."
    )


def test_a_that_clause_without_its_verb_is_not_asked() -> None:
    assert not grammatical("In what decade did Fidel Castro write that Kim Il Sung?", "fronted")
    assert grammatical("In what year did Ada write that Orm was lost?", "fronted")


def test_a_phrase_after_a_whole_clause_may_hold_the_wh_word() -> None:
    assert grammatical("The city stands near the route, on the shore of which lake?", "in-situ")
    assert not grammatical("The city, which stands on the shore of which lake?", "in-situ")
    assert not grammatical("Ada went home, and Olaf met which king?", "in-situ")


def test_a_phrase_ends_at_a_comma() -> None:
    assert not self_contained("The city stands near the route, on the shore of which lake?")


def test_and_in_the_subject_or_between_two_verbs_is_safe() -> None:
    assert grammatical("Cuba and Orm have been allies since which war?", "in-situ")
    assert grammatical("The canal is owned and operated by which organisation?", "in-situ")
    assert not grammatical(
        "The towns formed a league in 1367 and defeated which country?", "in-situ"
    )
    assert not grammatical("The river flows through Dresden and what?", "in-situ")


def test_what_after_a_preposition_needs_a_noun() -> None:
    assert not grammatical("The king and many other guests from what attended?", "in-situ")
    assert grammatical("In what year was the bridge opened?", "fronted")


def test_a_question_is_asked_once_even_when_the_document_repeats_it() -> None:
    text = (
        "Orm\n\nThe bridge at Orm was opened in 1901. Later the bridge at Orm was opened in"
        " June 1901."
    )
    found = extract(split_sentences("doc", text), "Orm", selective=True).candidates
    asked = [c.question for c in found if c.question]
    assert len(asked) == len(set(asked)) == 1


def test_an_example_after_a_comma_and_a_part_of_a_century_are_not_asked() -> None:
    assert not grammatical(
        "There are large pools, for example the Bassin de which town in Alsace?", "in-situ"
    )
    assert grammatical("The canal stands near the route, on the shore of which lake?", "in-situ")
    assert not worth_knowing(
        "20th century", "period", "in the second half of the ", "", approximate=False
    )
    assert worth_knowing("20th century", "period", "in the ", "", approximate=False)


def test_a_possessive_definite_phrase_must_say_what_it_names() -> None:
    assert not self_contained(
        "The North promised to provide “all sorts of support” for which organisation in the"
        " country’s ongoing civil war in April?"
    )
    assert self_contained("Which army fought in the river’s delta?", {"river"})


def test_a_wh_word_after_opening_place_phrases_is_safe() -> None:
    assert grammatical("Near Passau, the river flows into which lake?", "in-situ")
    assert grammatical("In 1428, during a revolt, the family moved to which city?", "in-situ")
    assert not grammatical(
        "Near Passau, the river, which flows north, enters which lake?", "in-situ"
    )


def test_a_subordinate_clause_alone_is_no_question() -> None:
    assert not grammatical("As the sea continued to rise in which country?", "in-situ")
    assert not grammatical("Because the river flooded in what year?", "fronted")
    assert grammatical("Since what year has the canal been open?", "fronted")


def test_a_question_names_what_it_is_about_besides_who_acted() -> None:
    known = {"orm", "river"}
    assert not anchored("Which organisation was established by Napoleon?", known)
    assert not anchored("Who called for a ceasefire?", known)
    assert anchored("Which organisation was established by Napoleon for the Orm?", known)
    assert anchored("Which league was established by Napoleon in 1806?", known)
    assert anchored("Where does the Tell join the Orm?", known)
    assert anchored("The Ormland was subject to which treaty?", known)  # the subject's land
    assert anchored("Who founded the river port?", known)
    assert anchored("In what year were degrees first awarded by the Orm board?", known)
    assert not anchored("In what year were degrees first awarded by the board?", known)


def test_a_deed_with_only_its_agent_is_not_asked_about_a_name() -> None:
    text = (
        "Orm\n\nThe Orm is a long river in Tarland that carries much grain to the sea every "
        "year. The Orm League was established by Napoleon. Ships on the Orm carried grain and "
        "salt to Velby. The Orm floods Kell and Dunby each spring. The United Nations called "
        "for a ceasefire."
    )
    asked = _questions(text, "Orm")
    assert "Orm League" not in asked  # "Which organisation was established by Napoleon?"
    assert "United Nations" not in asked  # "Which organisation called for a ceasefire?"


def test_the_year_a_figure_was_cited_is_not_worth_asking() -> None:
    cited = "The total length was cited as 1,100 kilometres by the survey office in "
    assert not worth_knowing("2010", "year", cited, ".", approximate=False)
    deep = "The lake is 40 metres deep according to a "
    assert not worth_knowing("2010", "year", deep, " survey.", approximate=False)
    assert worth_knowing("1869", "year", "The canal was opened in ", ".", approximate=False)


def test_a_description_after_its_noun_or_the_same_time_does_not_resolve_it() -> None:
    assert not self_contained("When was the target first announced?")
    assert not self_contained("Where did the princes arrive at the same time?")
    assert self_contained("When was the first ship of the Orm yard launched?")


def test_a_rank_needs_what_it_ranks_among() -> None:
    assert not self_contained("When was the first ship launched?")
    assert not self_contained("Who filed the first claim?")
    assert not self_contained("What is the largest city?")
    assert not self_contained("Who was the only survivor?")
    assert not self_contained("What was the main reason given?")
    assert self_contained("Who was the only survivor of the Tarn wreck?")
    assert self_contained("When did the first ship cross the canal?", ["canal"])
    assert self_contained("Who filed the first claim to the island of Tarn?")
    assert self_contained("Who filed the first claim that was upheld?")
    assert self_contained("Who was the first person to swim the Tarn Strait?")
    assert not self_contained("In 1850, who filed the first claim?")  # a figure places nothing
    assert self_contained("Tarn built the largest hall.")
    assert self_contained("Who owns the forest?", ["forest"])


def test_an_absolute_phrase_or_two_places_make_no_question() -> None:
    assert not grammatical("With Orm having claimed the coast in what year?", "in-situ")
    assert not grammatical("Where were settlers divided in the east and in the west?", "fronted")


def test_an_opening_that_compares_with_an_unseen_sentence_is_not_self_contained() -> None:
    assert not self_contained("Most notable is which river?")
    assert self_contained("Which river is most notable for salmon?")


def test_what_alone_after_any_preposition_is_no_question() -> None:
    assert not grammatical("The fleet sailed through what?", "in-situ")
    assert grammatical("The fleet sailed through which strait?", "in-situ")


def test_which_after_of_and_a_predicate_noun_is_a_quiz_question() -> None:
    assert grammatical(
        "The Danes replaced the Saxons as the ruling class of which country?", "in-situ"
    )
    assert not grammatical("The Danes replaced the Saxons as the ruling class of what?", "in-situ")
    assert grammatical("The rivers of which country were crossed by the Danes?", "in-situ")
    assert not grammatical("Early Danish kings of which country?", "in-situ")
    assert not grammatical("Having spent time at the court of which country?", "in-situ")


def test_a_question_cut_off_mid_phrase_is_rejected() -> None:
    assert not grammatical(
        "In what year did the field begin to grow when Ulla Berg and?", "fronted"
    )


def test_are_there_is_no_pointer() -> None:
    assert self_contained("How many towns with a market are there in Orm?")
    assert not self_contained("How many towns did the duke found there?")


def test_that_after_a_preposition_points_elsewhere() -> None:
    assert not self_contained("Which paper added a county to that list in 1999?")
    assert self_contained("Which paper said that Orm was a county in 1999?")


def test_a_compass_point_after_the_subject_is_the_subject_s() -> None:
    assert self_contained("By which strait is Orm bordered to the south?")
    assert not self_contained("To the east is which desert?")


def test_two_participles_after_an_adverb_are_one_predicate() -> None:
    assert grammatical("In what century was the craft first developed and taught?", "fronted")
    assert grammatical("Prior to the 1906 election, which organisation had 40 members?", "subject")


def test_a_subject_question_with_two_verbs_is_no_coordinated_wh_phrase() -> None:
    assert grammatical("Which organisation funds and runs the schools?", "subject")
    assert not grammatical("Which organisation and Orm run the schools?", "subject")


def test_former_before_a_noun_is_an_adjective_and_the_latter_a_pointer() -> None:
    assert self_contained("Orm Abbey was built in which former Danish kingdom?")
    assert not self_contained("When did the latter die?")


def test_the_source_of_a_claim_is_not_worth_asking() -> None:
    """The figure is the point of "the Forestry Board estimated that ..."; who made the
    estimate, reported it or is quoted for it is a side part of the sentence."""
    estimate = " estimated that 4,000 hectares of oak were felled."
    assert not worth_knowing("the Forestry Board", "organisation", "", estimate, approximate=False)
    assert not worth_knowing(
        "Ada Moss", "person", "Oak, according to ", " covers half the hills.", approximate=False
    )
    assert not worth_knowing(
        "the Guild", "organisation", "The loss was reported by ", ".", approximate=False
    )
    assert not worth_knowing(
        "Ada Moss", "person", "", " said the mill had closed.", approximate=False
    )
    assert worth_knowing("Ada Moss", "person", "", " founded the mill in 1820.", approximate=False)
    assert worth_knowing(
        "the Guild", "organisation", "The mill was built by ", ".", approximate=False
    )


def test_a_count_the_sentence_then_denies_is_not_worth_asking() -> None:
    """ "Twelve bills were put forward, but none passed": the point is that none passed."""
    bills = " bills to rename the county were put forward, but none passed."
    assert not worth_knowing("12", "number", "", bills, approximate=False)
    attempts = " attempts were made to climb it; not one succeeded."
    assert not worth_knowing("3", "number", "Between the wars ", attempts, approximate=False)
    assert worth_knowing("12", "number", "", " bills were passed in 1990.", approximate=False)


def test_a_thing_placed_relative_to_an_unseen_one_is_not_self_contained() -> None:
    assert not self_contained("Which vertex is joined to the adjacent vertex?")
    assert not self_contained("What lies in the neighbouring valley?")
    assert not self_contained("Who owned the remaining land?", ["land"])
    assert self_contained("Who ruled the neighbouring kingdom of Orm?")
    assert self_contained("Which town lies on the opposite bank of the Tarn?")


def test_which_thing_an_actor_did_something_to_needs_when_where_or_which() -> None:
    assert not self_contained("Which act did the Tarn council pass?")
    assert not self_contained("What city did the Orm Gulls conquer?")
    assert self_contained("Which city did the Orm Gulls conquer in 1085?")
    assert self_contained("Which act did the Tarn council pass to ban fishing?")
    assert self_contained("Which river does the Tarn Bridge cross?")
    assert not self_contained("Which country did the Orm Gulls begin to raid?")
    assert self_contained("What year did Ann Tarn die?")


def _worth(sentence: str, answer: str, kind: str = "year") -> bool:
    at = sentence.index(answer)
    return worth_knowing(
        answer, kind, sentence[:at], sentence[at + len(answer) :], approximate=False
    )


def test_the_year_of_an_amount_is_not_worth_asking() -> None:
    assert not _worth("In 2014, tourism brought US$4 billion to Tarland.", "2014")
    assert not _worth("In 1998, 54% of residents of Orm commuted by train.", "1998")
    assert not _worth("Tarland had 45,000 farms in 1950.", "1950")
    assert not _worth("The Orm ferry carried over 300 passengers a day in 1960.", "1960")
    assert not _worth("In 1911 the population of Orm reached 9,000.", "1911")
    # a figure that only tells of the event leaves its year the point
    assert _worth("A fire at Orm in 1854 destroyed over 1,000 houses.", "1854")
    assert _worth("In 1066 the duke crossed the sea with 70 ships.", "1066")


def test_the_date_a_plan_or_claim_was_made_known_is_not_worth_asking() -> None:
    assert not _worth("In May 2010 the council announced plans to build a bridge.", "May 2010")
    assert not _worth(
        "On 3 May 2007, Tarn Rail announced its intention to close the line.", "3 May 2007"
    )
    assert not _worth("The council reported in 2012 that exports had doubled.", "2012")
    assert _worth("In 1905 Ann Lee proposed a theory of light.", "1905")
    assert _worth("In 1871 Tarland became a republic.", "1871")


def test_an_amount_of_money_is_asked_with_how_much_and_not_its_year() -> None:
    text = (
        "Tarland\n\nTarland is an island nation in the north sea. "
        "In 2014, tourism brought US$40 billion to Tarland."
    )
    questions = _questions(text, "Tarland")
    assert questions.get("US$40 billion") == "How much did tourism bring to Tarland in 2014?"
    found = extract(split_sentences("doc", text), "Tarland", selective=True).candidates
    assert [c.span.text for c in found] == ["US$40 billion"]


def test_a_verb_that_only_looks_like_saying_or_measuring_keeps_the_year() -> None:
    assert _worth("In 1492 the fleet sailed to Kell with 90 men.", "1492")
    assert _worth("In 1940 troops were stationed to guard the 12 forts of Orm.", "1940")
    assert _worth("In 1780 the river washed away 30 houses of Orm.", "1780")


def test_a_question_keeps_quotations_word_for_word() -> None:
    sentence = 'In Vell, a "Tolls are not fair" campaign started in 1990.'
    clause = 'A "Tolls are not fair" campaign started in 1990.'
    changed = 'In what year are a "Tolls not fair" campaign started?'
    kept = 'In what year did a "Tolls are not fair" campaign start?'
    assert not faithful(sentence, clause, changed, "1990")
    assert faithful(sentence, clause, kept, "1990")


def test_a_subject_is_never_joined_to_the_verb_of_another_clause() -> None:
    thought = "Tomas thought that the new loom, a wide frame, was well suited to wool."
    assert not faithful(thought, "Tomas was well suited to wool.", "Who was well suited?", "Tomas")
    joined = "Yet trade went both ways; the Orm envoy was sent to Vell in 1301."
    assert not faithful(joined, "Trade was sent to Vell in 1301.", "", "1301")
    resolved = "Ada taught in Vell; she later moved to Orm in 1850."
    assert faithful(resolved, "Ada later moved to Orm in 1850.", "", "1850")
    aside = "Ada, a weaver, sold cloth in Vell."
    assert faithful(aside, "Ada sold cloth in Vell.", "Who sold cloth in Vell?", "Ada")


def test_a_relative_clause_on_the_complement_of_be_is_the_subject_s_deed() -> None:
    storm = "Storm Hale was a slow tropical cyclone that struck the Orm Islands in 1987."
    clause = "Storm Hale struck the Orm Islands in 1987."
    asked = "Which islands did Storm Hale strike in 1987?"
    assert faithful(storm, clause, asked, "Orm Islands")
    ship = "Ivo Kell was the owner of a ship that sailed to Tarby in 1820."
    assert not faithful(ship, "Ivo Kell sailed to Tarby in 1820.", "", "1820")
    denied = "Storm Hale was not a storm that struck the Orm Islands."
    assert not faithful(denied, "Storm Hale struck the Orm Islands.", "", "Orm Islands")


def test_a_shared_passive_stays_passive_and_an_active_verb_stays_active() -> None:
    passive = "The Ballad was written by Ada Kell and performed in Orm in 1901."
    clause = "The Ballad performed in Orm in 1901."
    assert not faithful(passive, clause, "In what year did the Ballad perform in Orm?", "1901")
    active = "Vell was made a free town in 1310, and gained a charter in 1350."
    clause = "Vell gained a charter in 1350."
    assert faithful(active, clause, "In what year did Vell gain a charter?", "1350")
    grew = "Ada was born in Orm, and grew up in Vell."
    assert faithful(grew, "Ada grew up in Vell.", "Where did Ada grow up?", "Vell")


def test_a_length_of_time_or_a_population_is_asked_without_its_preposition() -> None:
    served = "Ada Vell served as mayor of Tarby for twelve years."
    asked = "How many years did Ada Vell serve as mayor of Tarby?"
    assert faithful(served, served, asked, "twelve")
    counted = "In 2011 the village had a population of 2,300."
    clause = "In 2011 Tarby had 2,300 inhabitants."
    assert faithful(counted, clause, "How many inhabitants did Tarby have in 2011?", "2,300")
    crew = "The ship sailed to Orm with a crew of forty men."
    asked = "How many men did the ship sail to Orm with a crew?"
    assert not faithful(crew, crew, asked, "forty")


def test_a_count_an_ordinal_or_an_infinitive_subject_keeps_its_frame() -> None:
    count = "Ada and Tomas played a sonata for four hands."
    clause = count
    assert not faithful(count, clause, "How many hands did Ada and Tomas play a sonata?", "four")
    assert faithful(
        "Ada wrote four sonatas.",
        "Ada wrote four sonatas.",
        "How many sonatas did Ada write?",
        "four",
    )
    ordinal = "The nephew of Tomas was made the third Abbot of Orm."
    assert not faithful(
        ordinal, ordinal, "The nephew of Tomas was made which third?", "Abbot of Orm"
    )
    infinitive = "The envoy pressed for Vell to join the league."
    asked = "For which town did the envoy press to join the league?"
    assert not faithful(infinitive, infinitive, asked, "Vell")


def test_a_common_noun_phrase_made_definite_or_graded_by_the_text_is_no_key() -> None:
    def asked(answer: str, sentence: str) -> bool:
        start = sentence.index(answer)
        after = sentence[start + len(answer) :]
        return worth_knowing(answer, "term", sentence[:start], after, approximate=False)

    assert not asked("rowing team", "The rowing team competes in the Orm league.")
    assert not asked("mixed reviews", "The play drew mixed reviews in Orm and Vell.")
    assert not asked("common ailment", "Gout of the wrist is a common ailment.")
    assert asked("small intestine", "Most digestion takes place in the small intestine.")
    assert asked("heart", "The heart pumps blood through the body.")
    assert asked("reduction", "A reduction is a transformation of one problem into another.")
    assert asked("Orm Treaty", "The Orm Treaty ended the war in 1302.")
    assert asked("two-step rule", "The two-step rule is a rule that halves every search.")
    assert asked("outer ring", "The outer ring is the main defence of the cell against salt.")
    assert not asked("outer ring", "The outer ring held the main defence of the cell.")


def test_a_name_never_runs_on_after_a_subject_that_holds_a_participle() -> None:
    fort = "The first fort built in Vell was Fort Orm on the Tarn in 1801."
    asked = "In what year was the first fort built in Vell Fort Orm on the Tarn?"
    assert not faithful(fort, fort, asked, "1801")
    assert faithful(fort, fort, "What was the first fort built in Vell?", "Fort Orm")
    bridge = "The bridge built in 1800 was rebuilt in 1900."
    assert faithful(bridge, bridge, "In what year was the bridge built in 1800 rebuilt?", "1900")


def test_a_question_cut_at_the_full_stop_of_a_numbering_word_is_not_asked() -> None:
    assert not grammatical("Who was the dedicatee of Ada Wren's Op?", "fronted")
    assert not grammatical("What was a 1901 recording of the Suite in D Op called?", "fronted")
    assert grammatical("Who found the Opal Stone in Vell?", "fronted")
    assert not grammatical("Which nocturne in E major Op was dedicated to Ada?", "fronted")
    assert not faithful(
        "Ada was the dedicatee of Tom's Op.", "", "What was the dedicatee of Tom's Op?", "Ada"
    )


def test_others_told_of_before_make_a_question_not_self_contained() -> None:
    assert not self_contained("Where have three others been fined for smuggling?")
    assert not self_contained("Throughout what century were all other emblems adopted?")
    assert not self_contained("With whom do others believe that Ada had quarrelled?")
    assert self_contained("Which town had more mills than any other town in Vell?")
    assert self_contained("How many people in Vell speak a language other than Danish?")
    assert self_contained('Who wrote that "in the hands of others a waltz was plain"?')


def test_a_question_never_takes_its_answer_from_the_other_side_of_a_semicolon() -> None:
    sentence = 'In Orm, Ada plays the "Long Harp" at dawn; in Vell, she plays the lute at dusk.'
    asked = 'Where does Ada play the "Long Harp" at dawn?'
    assert not faithful(sentence, sentence, asked, "Vell")
    assert faithful(sentence, sentence, asked, "Orm")


@pytest.mark.parametrize(
    ("year", "before", "after"),
    [
        ("2012", "In ", ", Tarland had the lowest unemployment rate among the large towns."),
        ("2015", "Tarland recorded a low of 328 fires in ", "."),
        ("2011", "As of ", ", Tarland was the smallest county."),
        ("2009", "The survey estimated in ", " that 5,274 pupils spoke Welsh at home."),
        ("2009", "In ", ", the survey estimated that 5,274 pupils spoke Welsh."),
        ("2014", "In ", " the college's student body consisted of 12,179 students."),
        ("2014", "In ", ", the singer ranked at #1 on the Orm Rich List."),
        ("2008", "On 22 January ", ", the firm reported its best quarterly revenue."),
        ("2012", "In ", " the Orm Review ranked Vell as the 12th safest town in Tarland."),
        ("2013", "From a poll by the Orm Times, Vell is the best-loved town in ", "."),
    ],
)
def test_the_year_a_figure_was_measured_is_not_worth_asking(
    year: str, before: str, after: str
) -> None:
    assert not worth_knowing(year, "year", before, after, approximate=False)


@pytest.mark.parametrize(
    ("year", "before", "after"),
    [
        ("1755", "Historians estimate that 10,000 people died in the earthquake of ", "."),
        ("1854", "An outbreak of typhoid in ", " killed over 1,000 miners."),
        ("1880", "The school was ranked among the best in 1870; it burned down in ", "."),
        ("1990", "The highest bridge of the county was opened in ", "."),
        ("1936", "The first poll of the town was held in ", "."),
        ("1936", "The Orm Review first ranked towns in ", "."),
    ],
)
def test_the_year_an_event_happened_stays_worth_asking(year: str, before: str, after: str) -> None:
    assert worth_knowing(year, "year", before, after, approximate=False)


@pytest.mark.parametrize(
    ("kind", "answer", "before", "after"),
    [
        ("person", "Ann Lee", "", " called the novel 'slight'."),
        ("person", "Bo Tarn", "The journalist ", " of the Daily Orm called it “tired”."),
        ("organisation", "The Orm Times", "Writing in ", ", a critic called the novel slight."),
        ("person", "Ann Lee", "", " described the film as a triumph."),
        ("organisation", "Kell Weekly", "", " praised the game as the best of its year."),
        ("person", "Ann Lee", "", " writes that the bridge was never finished."),
        ("person", "Ann Lee", "", " revealed that the score would run for two hours."),
    ],
)
def test_who_gave_an_opinion_is_not_worth_asking(
    kind: str, answer: str, before: str, after: str
) -> None:
    assert not worth_knowing(answer, kind, before, after, approximate=False)


@pytest.mark.parametrize(
    ("answer", "before", "after"),
    [
        ("Ann Lee", "", " called for new elections."),
        ("Ann Lee", "", " wrote The Glass Road."),
        ("Ann Lee", "", " described the first species of the genus in 1850."),
        ("Ann Lee", "", " of the band, which critics praised, died in Orm."),
    ],
)
def test_who_did_a_deed_stays_worth_asking(answer: str, before: str, after: str) -> None:
    assert worth_knowing(answer, "person", before, after, approximate=False)


@pytest.mark.parametrize(
    ("year", "before", "after"),
    [
        ("2009", "In ", ", the band embarked on its first world tour."),
        ("2007", "In ", ", she embarked on Orm Nights, her first concert tour, visiting 9 cities."),
        ("2013", "In ", ", the Orm Review placed her on its cover."),
        ("2014", "The main cast was revealed in ", " at the studio."),
        ("2015", "The first teaser trailer was released in ", "."),
        ("2011", "In ", ", the quiz programme was renamed Brain Race."),
        ("2012", "In ", ", the game was rereleased on a cheaper label."),
        ("2016", "In ", ", a drinks firm announced the singer would perform at the final."),
        ("2007", "Ann Lee, a critic, wrote in ", ", that she thinks the style is dated."),
        ("2010", "The mayor was quoted in the press in ", " as saying the bridge was unsafe."),
    ],
)
def test_the_year_of_production_trivia_is_not_worth_asking(
    year: str, before: str, after: str
) -> None:
    assert not worth_knowing(year, "year", before, after, approximate=False)


@pytest.mark.parametrize(
    ("year", "before", "after"),
    [
        ("2009", "In ", ", the Tarn bridge was under construction."),
        ("1990", "The harbour wall was still being built in ", "."),
        ("2012", "By ", " work on the new wing was in progress."),
        ("2015", "A second runway was planned for ", "."),
        ("1988", "The canal was still being planned in ", " when the war broke out."),
        ("2001", "The ring road has been under construction since ", "."),
    ],
)
def test_the_year_of_a_state_that_spans_years_is_not_worth_asking(
    year: str, before: str, after: str
) -> None:
    assert not worth_knowing(year, "year", before, after, approximate=False)


@pytest.mark.parametrize(
    ("year", "before", "after"),
    [
        ("1913", "In ", ", the bishop embarked on an expedition through the jungle."),
        ("1930", "The city was officially renamed Kellmouth in ", "."),
        ("1962", "The film was released in ", "."),
        ("1854", "The first railway in the valley opened in ", "."),
        ("1791", "The capital was planned in ", " by a French engineer."),
        ("2005", "The bridge, under construction for years, opened in ", "."),
    ],
)
def test_the_year_of_an_event_of_the_subject_stays_worth_asking(
    year: str, before: str, after: str
) -> None:
    assert worth_knowing(year, "year", before, after, approximate=False)


def test_the_count_of_reviews_behind_a_score_is_not_worth_asking() -> None:
    before = "The review site sampled "
    assert not worth_knowing("120", "number", before, " reviews.", approximate=False)
    assert not worth_knowing(
        "85", "number", "Based on ", " critics, it scored 7.", approximate=False
    )
    assert worth_knowing("120", "number", "The lake has ", " islands.", approximate=False)


def test_the_founding_year_of_a_body_known_only_by_unexplained_letters_is_not_asked() -> None:
    asked = "In what year was HHC founded to build homes for farm workers?"
    assert unexplained_founding(asked, "year", explained=set())
    assert unexplained_founding("When was the TRA established?", "date", explained={"HHC"})
    assert not unexplained_founding(asked, "year", explained={"HHC"})  # "Homes Company (HHC)"
    assert not unexplained_founding(asked, "person", explained=set())
    assert not unexplained_founding("In what year was the mill founded?", "year", set())


def test_a_deck_asks_when_a_body_was_founded_only_where_its_letters_are_spelled_out() -> None:
    text = (
        "The Tarn valley lies between two ranges of low hills.\n\n"
        "Most people in the valley work on farms or in the two market towns.\n\n"
        "The housing of the valley is run by HHC. HHC was founded in 1969 to build homes for "
        "farm workers.\n\n"
        "The river floods the lower fields every spring."
    )
    bank = build_deck(text, deck="Tarn", file_name="tarn.txt", markdown=False).bank
    assert not [q for q in bank.questions if "HHC" in q.prompt]
    spelled = text.replace("run by HHC.", "run by the Hill Housing Company (HHC).")
    bank = build_deck(spelled, deck="Tarn", file_name="tarn.txt", markdown=False).bank
    founded = [q for q in bank.questions if "Hill Housing Company founded" in q.prompt]
    assert [q.answer for q in founded] == ["1969"]


@pytest.mark.parametrize(
    "question",
    [
        "How much does the annual fee totaled?",
        "In what year does the Orm protest began?",
        "When did Kell Abbey founded?",
        "The river was described by whom who noticed its colour?",
        "In what year is Kell Abbey founded?",
        "When are the Orm dykes completed?",
    ],
)
def test_a_verb_or_relative_left_in_the_wrong_form_is_not_grammatical(question: str) -> None:
    assert not grammatical(question, "fronted")


@pytest.mark.parametrize(
    "question",
    [
        "What did the committee call the plan that it adopted?",
        "When did the Orm army defeat the rebels?",
        "Which bridge did Ann Vell design?",
        "When was the bridge that Ann Vell designed built?",
        "In what year was Kell Abbey founded?",
        "Who was the abbot who founded Kell Abbey?",
    ],
)
def test_a_plain_verb_after_do_or_a_past_of_its_own_is_kept(question: str) -> None:
    assert grammatical(question, "fronted")


def test_a_modal_perfect_or_a_subject_s_participle_phrase_is_grammatical() -> None:
    for question in (
        "What would the herders have named the lake?",
        "What might the weavers have sold in Dunby?",
        "What did the traders described as Marlings buy?",
        "Which port did the boats sent by Orla reach?",
        "What did Tova leave hidden?",
    ):
        assert grammatical(question, "fronted"), question
    assert not grammatical(
        "In what year would the boats to reach Dunby arrived in Kell?", "fronted"
    )
    assert not grammatical("Where did Orla write, in a 1702 letter sealed?", "fronted")
