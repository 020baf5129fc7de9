"""A wh-phrase left where the answer stood becomes a fronted question wherever the clause can
be inverted safely, and stays in place only where that reads as natural quiz English: one
rule per test, on small sentences written for them."""

from hypothesis import given, settings
from hypothesis import strategies as st

from factdeck.generate import concepts
from factdeck.generate.gates import grammatical
from factdeck.generate.phrasing import ask, invert, simplify


def _ask(sentence: str, answer: str, kind: str) -> tuple[str, str] | None:
    text = simplify(sentence)
    start = text.index(answer)
    return ask(text, start, start + len(answer), kind)


def test_a_time_inside_a_part_phrase_moves_to_the_front_whole() -> None:
    assert _ask("The fort was abandoned at the end of 1805.", "1805", "year") == (
        "At the end of what year was the fort abandoned?",
        "fronted",
    )
    assert _ask(
        "The legal identity of the guild emerged in the second half of the 12th century.",
        "12th century",
        "period",
    ) == (
        "In the second half of what century did the legal identity of the guild emerge?",
        "fronted",
    )


def test_a_time_inside_a_part_phrase_of_a_noun_is_not_fronted() -> None:
    asked = _ask(
        "The monks copied the end of the 12th century chronicle.", "12th century", "period"
    )
    assert asked is None or not asked[0].startswith("At the end of what century")


def test_a_long_subject_is_inverted_when_its_verb_is_plainly_the_main_verb() -> None:
    assert _ask(
        "The oldest surviving stone bridge over the river at Orm was built in 1350.",
        "1350",
        "year",
    ) == (
        "In what year was the oldest surviving stone bridge over the river at Orm built?",
        "fronted",
    )
    inverted = invert("The distinct legal identity of the old guild of Orm emerged early")
    assert inverted is not None
    assert (inverted.auxiliary, inverted.rest) == ("did", "emerge early")


def test_deep_in_a_long_subject_a_participle_or_a_plural_noun_is_not_the_verb() -> None:
    # "negotiated" has a verb after it; "farms" is a noun, "bid" before it the verb
    assert (
        invert("The many old lease agreements of the valley of Orm negotiated with Tarn ended")
        is None
    )
    inverted = invert("The firm bid 40 marks for a lease of ten farms near Orm")
    assert inverted is not None
    assert (inverted.auxiliary, inverted.subject) == ("did", "the firm")


def test_a_word_naming_a_part_or_an_age_of_a_place_is_left_out_of_the_question() -> None:
    assert _ask("The monks fled to southern Norland.", "Norland", "country") == (
        "Where did the monks flee?",
        "fronted",
    )
    assert _ask("The abbey was a great fief of medieval Norland.", "Norland", "country") != (
        "The abbey was a great fief of medieval which country?",
        "in-situ",
    )
    assert _ask("The abbey was founded in Southern Norland.", "Norland", "country") != (
        "Where was the abbey founded?",
        "fronted",
    )  # a capital: part of the name, not a word about it


def test_nouns_joined_after_the_verb_do_not_make_a_second_predicate() -> None:
    assert grammatical(
        "The Danes had a great effect on its culture and history in which century?", "in-situ"
    )
    assert grammatical(
        "Orm is the largest town in Tarn and the second largest in which country?", "in-situ"
    )
    assert not grammatical("The Danes landed their troops and took which town?", "in-situ")
    assert not grammatical("Orm is a port for the state of Tarn and which country?", "in-situ")
    assert not grammatical(
        "The settlers lived in colonies in the east and in the west in which peninsula?", "in-situ"
    )


def test_a_relative_clause_after_a_name_that_looks_like_a_verb_is_asked_on_its_own() -> None:
    # "Greens" is also a verb form; as a capitalised name it is the antecedent, not a verb
    assert _ask(
        "The Greens, who won their first seats in 1914, are strongest in the north.",
        "1914",
        "year",
    ) == ("In what year did the Greens win their first seats?", "fronted")


def test_a_second_verb_phrase_after_the_answer_is_left_out() -> None:
    assert _ask("The abbey was founded in 1120 and dissolved in 1536.", "1120", "year") == (
        "In what year was the abbey founded?",
        "fronted",
    )
    assert _ask("The river rises in Norland and flows into the sea.", "Norland", "country") == (
        "Where does the river rise?",
        "fronted",
    )


def test_a_plural_noun_after_and_is_a_fellow_object_not_a_second_verb() -> None:
    asked = _ask("The Danes settled Kell and parts of the coast.", "Kell", "place")
    assert asked is None or "parts of the coast" in asked[0]


def test_a_second_fact_with_its_verb_left_out_is_left_out() -> None:
    sentence = "The guild bought the mill in 1801 and the bridge in 1805."
    assert _ask(sentence, "1801", "year") == ("In what year did the guild buy the mill?", "fronted")
    asked = _ask("The gold rush lasted through the 1850s and 1860s.", "1850s", "period")
    assert asked is None or "1860s" in asked[0]  # the answer's own conjunct stays


def test_a_subject_carrying_of_which_to_the_front_is_a_question() -> None:
    assert grammatical("The first shots of which war were fired at Kell?", "in-situ")
    assert grammatical("The capital of which country lies on the Danube?", "in-situ")
    assert not grammatical(
        "The conquest of which country by the Danes opened a new era?", "in-situ"
    )
    assert not grammatical("The kings of which country ruins lie near?", "in-situ")
    assert not grammatical("A second concession in what year set out the terms?", "in-situ")


def test_a_place_or_time_that_is_one_of_several_is_not_fronted() -> None:
    asked = _ask("The guild held lands in Tarn and Orm.", "Tarn", "place")
    assert asked is None or "Orm" in asked[0]
    assert asked != ("Where did the guild hold lands and Orm?", "fronted")
    asked = _ask("The Danes besieged Orm in 1529 and again in 1683.", "1529", "year")
    assert asked is None or "1683" in asked[0]


def test_a_place_holding_the_answer_narrows_a_where_question() -> None:
    asked = _ask(
        "The Tarn rises in the Kell Hills in Norland and flows south.", "Kell Hills", "place"
    )
    assert asked == ("Where in Norland does the Tarn rise?", "fronted")
    assert grammatical(asked[0], asked[1])
    assert not grammatical("Where does the Tarn rise in Norland?", "fronted")  # two places
    assert _ask("The Tarn rises in the Kell Hills and flows south.", "Kell Hills", "place") == (
        "Where does the Tarn rise?",
        "fronted",
    )


def test_a_common_noun_before_a_name_gives_the_sort_asked_for() -> None:
    assert _ask("Ada Lund composed the waltz Blue Tarn in 1866.", "Blue Tarn", "other") == (
        "Which waltz did Ada Lund compose in 1866?",
        "fronted",
    )
    assert _ask("The border ran down to the river Orm.", "Orm", "other") == (
        "To which river did the border run down?",
        "fronted",
    )
    # "name" says no sort; an adjective is no sort; a clause is no description
    assert _ask(
        "The service was launched under the name Tarn Digital.", "Tarn Digital", "other"
    ) == (
        "Under what name was the service launched?",
        "fronted",
    )
    asked = _ask("The annual Tarn Regatta is held in May.", "Tarn Regatta", "other")
    assert asked is None or not asked[0].startswith("Which annual")
    asked = _ask("The monks built the abbey Kell and the church Orm.", "Kell", "other")
    assert asked is None or not asked[0].startswith("Which monks")


def test_a_second_clause_with_its_own_subject_is_left_out() -> None:
    sentence = "A tradition of singing developed in Norland and the choir won fame at Kell."
    assert _ask(sentence, "Norland", "country") == (
        "Where did a tradition of singing develop?",
        "fronted",
    )
    # a name after "and" may share the answer's verb: left whole, and not asked
    asked = _ask("The towns of Kell and Orm have one council.", "Kell", "place")
    assert asked is None or "Orm" in asked[0]


def test_a_which_phrase_after_the_verb_and_its_preposition_moves_to_the_front() -> None:
    assert _ask("The Tarn discharges into the North Sea.", "North Sea", "place") == (
        "Into which sea does the Tarn discharge?",
        "fronted",
    )
    assert _ask("The Danes captured the town of Kell in 1361.", "Kell", "place") == (
        "Which town did the Danes capture in 1361?",
        "fronted",
    )
    # after a copula and a noun the phrase is the noun's: it stays where it is
    assert _ask("Orm is the centre of dairy farming in Norland.", "Norland", "country") == (
        "Orm is the centre of dairy farming in which country?",
        "in-situ",
    )


def test_a_named_place_holding_the_answer_moves_with_the_which_phrase() -> None:
    assert _ask("Ada Lund was born in the town of Kell in the Duchy of Tarn.", "Kell", "place") == (
        "In which town in the Duchy of Tarn was Ada Lund born?",
        "fronted",
    )


def test_a_wh_phrase_after_a_name_and_its_preposition_ends_the_question() -> None:
    assert grammatical("The Tarn rises in the Kell Hills in which country?", "in-situ")
    assert grammatical("The Tarn rises in Kell Forest near which town?", "in-situ")
    assert not grammatical(
        "The fleet arrived in the port of Kell on which island in 1191?", "in-situ"
    )
    assert not grammatical("Ships can sail from Kell in which country to the sea?", "in-situ")


def _ask_term(sentence: str, term: str) -> tuple[str, str] | None:
    text = simplify(sentence)
    start = text.index(term)
    return concepts.ask(text, start, start + len(term))


def test_what_leaves_its_preposition_at_the_end_of_a_question_about_a_concept() -> None:
    assert _ask_term("Moraines are formed from debris.", "debris") == (
        "What are moraines formed from?",
        "fronted",
    )
    asked = _ask_term("The wall is made of granite.", "granite")
    assert asked == ("What is the wall made of?", "fronted")
    assert grammatical(asked[0], asked[1])
    # people are not asked with "what"; nor is a concept compared with one the learner
    # cannot see; nor a phrase that is the noun's, not the verb's
    assert _ask_term("The king gave the land to the monks.", "monks") != (
        "What did the king give the land to?",
        "fronted",
    )
    assert _ask_term("Similar rules can be made for wool.", "wool") != (
        "What can similar rules be made for?",
        "fronted",
    )
    assert _ask_term("Moraines are formed from debris carried by ice.", "debris") != (
        "What are moraines formed from carried by ice?",
        "fronted",
    )


def test_a_verb_that_is_also_a_plural_noun_is_the_verb_before_an_adverb() -> None:
    inverted = invert("The Kell Delta lies mostly in Norland")
    assert inverted is not None
    assert (inverted.auxiliary, inverted.subject) == ("does", "the Kell Delta")
    assert inverted.rest == "mostly lie in Norland"  # do-support puts the adverb first
    ranks = invert("The high ranks coerced the king")
    assert ranks is not None
    assert ranks.subject == "the high ranks"  # "ranks" is the noun here


def test_an_approximate_count_of_what_is_had_is_grammatical() -> None:
    assert grammatical("About how many people does Norland have?", "fronted")
    assert grammatical("How many people does Norland have?", "fronted")
    assert not grammatical("About how many people does Norland have registered?", "fronted")


def test_an_opening_that_says_how_often_stays_with_a_count() -> None:
    assert _ask("Each year, the Kell valley has about 900 storms.", "900", "number") == (
        "About how many storms does the Kell valley have each year?",
        "fronted",
    )


_MOVES = st.sampled_from([("moved", "move"), ("sailed", "sail"), ("fled", "flee"), ("went", "go")])
_BOUNDS = st.sampled_from(["", " in 1801", " each year", " in May 1450", " with a large fleet"])


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["guild", "abbey", "fleet", "council", "bishop"]),
    _MOVES,
    st.sampled_from(["Kell", "Orm", "Tarn Bay", "Norland"]),
    _BOUNDS,
)
def test_a_place_after_the_verb_and_to_is_fronted_with_the_rest_of_the_clause_kept(
    noun: str, move: tuple[str, str], place: str, bound: str
) -> None:
    past, base = move
    asked = _ask(f"The {noun} {past} to {place}{bound}.", place, "place")
    assert asked == (f"Where did the {noun} {base}{bound}?", "fronted")


_TOKENS = st.sampled_from(
    [
        "the",
        "a",
        "of",
        "in",
        "to",
        "and",
        "was",
        "were",
        "is",
        "has",
        "had",
        "built",
        "Kell",
        "Orm",
        "Tarn",
        "1801",
        ",",
        "which",
        "river",
        "town",
        "moved",
        "by",
        "into",
        "from",
        "with",
        "each",
        "year",
        "southern",
        "Norland",
        "that",
        "capital",
        "of",
    ]
)


@settings(max_examples=80, deadline=None)
@given(st.lists(_TOKENS, min_size=2, max_size=25), st.data())
def test_any_span_of_any_clause_gives_a_question_or_none(
    words: list[str], data: st.DataObject
) -> None:
    text = " ".join(words).replace(" ,", ",") + "."
    start = data.draw(st.integers(0, len(text) - 2))
    end = data.draw(st.integers(start + 1, len(text) - 1))
    for kind in ("place", "year", "term", "number", "person", "other"):
        asked = ask(text, start, end, kind)
        if asked is not None:
            question, form = asked
            assert question.endswith("?")
            assert form in ("subject", "fronted", "in-situ")


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["abbey", "bridge", "mill", "school", "castle"]),
    st.sampled_from(["1120", "1801", "1945"]),
    st.sampled_from(
        ["and was rebuilt after the war", "and dissolved in 1536", "and later became a school"]
    ),
)
def test_a_second_claim_after_a_year_never_reaches_the_question(
    noun: str, year: str, second: str
) -> None:
    asked = _ask(f"The {noun} was founded in {year} {second}.", year, "year")
    assert asked == (f"In what year was the {noun} founded?", "fronted")


def test_what_before_each_or_every_asks_for_no_noun() -> None:
    assert not grammatical("The monks sailed from what each year?", "in-situ")
    assert grammatical("The monks sailed from Orm in what year?", "in-situ")


def test_a_name_left_out_by_its_sort_is_told_apart_by_which_not_where() -> None:
    sentence = "The Danes served in Kell and the Orm Mountains."
    assert _ask(sentence, "Orm Mountains", "place") == (
        "In which mountains did the Danes serve?",
        "fronted",
    )
    # another bare name may be of the asked sort too: both stay, and nothing is asked
    asked = _ask("The guild traded with Norland and Tarn.", "Norland", "country")
    assert asked is None or "Tarn" in asked[0]


def test_a_second_claim_after_a_count_and_its_noun_is_left_out() -> None:
    assert _ask("The abbey owned 340 farms and was dissolved in 1536.", "340", "number") == (
        "How many farms did the abbey own?",
        "fronted",
    )
    assert _ask("The port handled 340 ships in 1801 and became the largest.", "340", "number") == (
        "How many ships did the port handle in 1801?",
        "fronted",
    )


def test_whom_fronted_as_the_object_is_a_question() -> None:
    asked = _ask("King Olaf married Ada Lund in 1801.", "Ada Lund", "person")
    assert asked == ("Whom did King Olaf marry in 1801?", "fronted")
    assert grammatical(asked[0], asked[1])
    assert not grammatical("King Olaf married whom?", "in-situ")


def test_the_subject_asked_keeps_only_its_first_verb_phrase() -> None:
    assert _ask("Ada Lund founded the abbey and ruled it until 1810.", "Ada Lund", "person") == (
        "Who founded the abbey?",
        "subject",
    )
    # two verbs sharing one object are one claim
    assert _ask("Ada Lund designed and built the bridge.", "Ada Lund", "person") == (
        "Who designed and built the bridge?",
        "subject",
    )


def test_a_person_named_after_a_common_noun_is_asked_with_which() -> None:
    assert _ask("The strike was led by the electrician Ada Lund.", "Ada Lund", "person") == (
        "Which electrician led the strike?",
        "subject",
    )


def test_the_subject_after_a_time_opening_without_its_comma_is_asked_with_who() -> None:
    assert _ask(
        "In 1731 Ivo Marlow painted the east wall of the chapel.", "Ivo Marlow", "person"
    ) == (
        "In 1731, who painted the east wall of the chapel?",
        "subject",
    )
    asked = _ask("In 1805 Varland signed a trade treaty with Orm.", "Varland", "country")
    assert asked == ("In 1805, which country signed a trade treaty with Orm?", "subject")
    assert grammatical(*asked)


def test_a_month_in_an_opening_date_is_no_verb() -> None:
    # "May" is a modal verb too; in "By May 15," it is a month, and the subject is asked
    asked = _ask(
        "By May 15, Ada Venn ordered the closing of the eastern docks.", "Ada Venn", "person"
    )
    assert asked == ("By May 15, who ordered the closing of the eastern docks?", "subject")
    assert grammatical(*asked)


def test_an_opening_date_with_its_year_after_a_comma_is_one_opening() -> None:
    asked = (
        "On March 3, 1902, which town opened the first public library in the valley?",
        "subject",
    )
    assert grammatical(*asked)
    assert grammatical(
        "As of June 1, 2011, how many ferries had crossed the strait in a single day?", "in-situ"
    )
    # the year's comma lets only a year through: a clause after a comma stays a clause
    assert not grammatical(
        "On March 3, the mayor said, which town opened the first public library?", "subject"
    )


def test_an_object_before_phrases_of_time_and_purpose_is_fronted_with_do() -> None:
    asked = _ask("The guild held a fair in 1412 in a failed bid for a charter.", "fair", "term")
    assert asked == ("What did the guild hold in 1412 in a failed bid for a charter?", "fronted")
    assert grammatical(*asked)
    asked = _ask(
        "The salt marsh was long regarded as a wasteland in land disputes.", "wasteland", "term"
    )
    assert asked == ("What was the salt marsh long regarded as in land disputes?", "fronted")
    assert grammatical(*asked)


def test_an_object_before_a_participle_or_a_purpose_is_not_fronted() -> None:
    # each would front a question whose phrases belong to a second predicate
    for sentence, answer in [
        ("Duke Ivo took Orm killing Aldo Venn at the Battle of Kell in 1066.", "Aldo Venn"),
        ("The Kell Times sold its press to the Orm Post to pay its debts.", "press"),
    ]:
        asked = _ask(sentence, answer, "term")
        assert asked is None or asked[1] != "fronted", asked


def test_a_figure_with_a_thousands_comma_is_no_break_before_the_wh_phrase() -> None:
    assert grammatical("Up to 2,400 sheep and goats died in which valley?", "in-situ")
    assert grammatical("The mill shipped 1,500 bales of wool to which port?", "in-situ")
    # a comma that breaks the clause still does
    assert not grammatical("The mill shipped wool, the guild said, to which port?", "in-situ")


def test_plural_nouns_joined_before_the_verb_are_one_subject() -> None:
    # "summers" and "landslides" read as verbs too; joined by "and" they are the subject
    assert grammatical(
        "Dry summers and overgrazing have hastened the spread of which weed?", "in-situ"
    )
    assert grammatical("Heavy rains and landslides in the valley badly damaged what?", "in-situ")
    # two clauses, or the wh-word inside a list, stay refused
    assert not grammatical("The abbot rules and the prior judges which cases?", "in-situ")
    assert not grammatical(
        "Dry summers and overgrazing have hastened the decline and spread of which weed?",
        "in-situ",
    )


def test_a_measure_of_how_much_stays_where_the_figure_stood() -> None:
    assert grammatical("The ferry company reported annual revenue of how much?", "in-situ")
    assert grammatical("The weavers were paid at a rate of how much per week?", "in-situ")
    # "one of how many" counts a set the question does not name; a noun that is no measure
    # leaves "of how much" hanging
    assert not grammatical("The chapel has become one of how many chapels in the town?", "in-situ")
    assert not grammatical("The guild bought the house of how much?", "in-situ")


def test_a_bare_time_opening_gets_its_comma_before_a_later_answer_is_asked() -> None:
    assert _ask(
        "In 1835 Ivo Marlow went to Kelby, where he met his brother.", "Kelby", "place"
    ) == (
        "Where did Ivo Marlow go in 1835?",
        "fronted",
    )
    # the time asked itself is fronted as before
    assert _ask("In 1829 Ivo Marlow painted the east wall of the chapel.", "1829", "year") == (
        "In what year did Ivo Marlow paint the east wall of the chapel?",
        "fronted",
    )
    # a second phrase opening the sentence gets no comma after the time: no question
    asked = _ask("In 1648 before the war the treaty was signed at Orm.", "Orm", "place")
    assert asked is None or not grammatical(*asked)
