"""Stems a bad parse would garble: names with a full stop inside, verbless openings, reduced
passives, possessives of the answer, "Who" for a thing, official names with a list inside."""

import pytest

from factdeck.generate import gates, phrasing
from factdeck.generate.clauses import split_clauses
from factdeck.generate.clean import clean_document
from factdeck.generate.extract import Candidate, candidate_fact, extract, extract_candidates
from factdeck.generate.sentences import split_sentences
from helpers.generation import grammatical_question


def _texts(text: str) -> list[str]:
    return [s.text for s in split_sentences("doc", text)]


def _candidates(text: str) -> list[Candidate]:
    return extract_candidates(split_sentences("doc", clean_document(text).text), "")


def _spans(text: str) -> set[tuple[str, str]]:
    return {(c.span.kind, c.span.text) for c in _candidates(text)}


def test_a_lawsuit_name_stays_in_its_sentence_and_is_one_answer() -> None:
    text = "The ruling in Orm v. Tarby was written by Ada Vell in 1931. It was long."
    assert _texts(text) == [
        "The ruling in Orm v. Tarby was written by Ada Vell in 1931.",
        "It was long.",
    ]
    answers = {span for _, span in _spans(text)}
    assert "Orm v. Tarby" in answers
    assert not answers & {"Orm", "Tarby", "Orm v"}


def test_a_lawsuit_is_asked_as_a_case_and_a_co_is_a_company() -> None:
    text = "The ruling was cited in Orm v. Kelby County. The mill was built by the Tarn Iron Co. in 1874."
    spans = _spans(text)
    assert ("other", "Orm v. Kelby County") in spans
    assert ("organisation", "Tarn Iron Co.") in spans
    asked = [c.question for c in _candidates(text) if c.span.text == "Orm v. Kelby County"]
    assert asked == ["In which case was the ruling cited?"]


def test_an_abbreviation_inside_a_name_keeps_its_full_stop() -> None:
    answers = {
        span
        for _, span in _spans(
            "The band first played Suite No. 4 in Kelby in 1921. "
            "The mill was sold to Harrow Inc. in 1930. "
            "Ada Vell Jr. joined the U.S. Navy in 1942."
        )
    }
    assert {"Suite No. 4", "Harrow Inc.", "Ada Vell Jr.", "U.S. Navy"} <= answers
    assert not answers & {"Suite No", "Harrow Inc", "S. Navy", "4"}


@pytest.mark.parametrize(
    "question",
    [
        "Founded in 1790 on the site of which fort?",
        "In June 2004 based in which country?",
        "Built in 1790 near which river?",
        "What did the band play. 4 in Kelby?",
        "The ruling in what v?",
        "By whom did a Danish fleet lead sailed to Orm?",
        "The chart was drawn from whom' notes?",
        "The chart was drawn from whom's notes?",
        "Who drew the chart' notes?",
        "Who is the oldest stone bridge over the Orm?",
        "Who was the first castle built by Ada Vell?",
        "How many grades did the Orm scale labelled A through E. Specifically?",
    ],
)
def test_a_garbled_stem_is_notgrammatical_question(question: str) -> None:
    assert not gates.grammatical(question, "in-situ")
    assert not gates.grammatical(question, "fronted")


@pytest.mark.parametrize(
    ("question", "form"),
    [
        ("During which war did Ada Vell lead the fleet in 1702?", "fronted"),
        ("Who was the first mayor of Kelby?", "fronted"),
        ("Which army did Ada Vell Jr. join in 1942?", "fronted"),
        ("Which novel did J. R. Orm write in 1950?", "fronted"),
        ("Who sold the farm to J. Smith in 1950?", "fronted"),
        ("The chart was drawn from whose notes?", "in-situ"),
    ],
)
def test_a_question_near_those_shapes_isgrammatical_question(question: str, form: str) -> None:
    assert gates.grammatical(question, form)


def test_a_participle_phrase_before_its_clause_is_no_fragment() -> None:
    assert not gates._verbless("Built in 1790, the bridge spans which river?")
    assert not gates._verbless("Dredging the bay every year costs how many pounds?")
    assert not gates._verbless("Built on the hill above Kelby are which two towers?")
    assert gates._verbless("Having sailed to Orm with which fleet?")
    assert gates._verbless("Built in 1790 near which river?")


def test_a_reduced_passive_is_asked_in_the_active_voice() -> None:
    text = "A Danish fleet led by Ivo Berg sailed to Orm in 1402."
    assert (
        grammatical_question(text, "Ivo Berg", "person")
        == "Who led a Danish fleet that sailed to Orm in 1402?"
    )


def test_a_reduced_passive_of_a_single_act_before_a_present_verb_is_notgrammatical_question() -> (
    None
):
    text = "The bridge designed by Ivo Berg is the longest in Orm."
    assert grammatical_question(text, "Ivo Berg", "person") is None
    text = "The bridge designed by Ivo Berg was the longest in Orm."
    assert (
        grammatical_question(text, "Ivo Berg", "person")
        == "Who designed the bridge that was the longest in Orm?"
    )


def test_a_possessive_of_the_answer_is_asked_with_whose() -> None:
    text = "The later chart of the bay was drawn from Ivo Berg's notes."
    assert (
        grammatical_question(text, "Ivo Berg", "person")
        == "The later chart of the bay was drawn from whose notes?"
    )
    assert (
        grammatical_question("The mill was rebuilt after Kelby's flood.", "Kelby", "place") is None
    )
    text = "The later chart of the bay was drawn from Ivo Mathis' notes."
    assert (
        grammatical_question(text, "Ivo Mathis", "person")
        == "The later chart of the bay was drawn from whose notes?"
    )


def test_a_thing_taken_for_a_person_is_asked_with_what() -> None:
    text = "The oldest stone bridge over the Orm is the Vell Bridge."
    assert (
        grammatical_question(text, "Vell Bridge", "person")
        == "What is the oldest stone bridge over the Orm?"
    )


def test_an_official_name_with_a_list_inside_is_one_answer_and_never_cut() -> None:
    text = "The Orm Department of Roads, Rivers and Public Works runs a ferry to Kelby."
    answers = {span for _, span in _spans(text)}
    assert "Orm Department of Roads, Rivers and Public Works" in answers
    assert not answers & {"Orm Department of Roads", "Rivers", "Rivers and Public Works"}
    start = text.index("Kelby")
    assert phrasing.clause_of(text, start, start + len("Kelby")).text == text.rstrip(".")
    assert (
        grammatical_question(
            "The Orm Department of Roads, Rivers and Public Works runs the Kelby ferry.",
            "Kelby",
            "place",
        )
        is None
    )


@pytest.mark.parametrize(
    ("text", "answer", "kind", "question"),
    [
        (
            "The Orm charter can be amended by the Kelby Council.",
            "Kelby Council",
            "organisation",
            "By which council can the Orm charter be amended?",
        ),
        (
            "The river rises in the Tarn Valley north of Kelby.",
            "Tarn Valley",
            "place",
            "The river rises in which valley north of Kelby?",
        ),
    ],
)
def test_a_passive_with_its_auxiliary_or_a_name_before_a_compass_word_is_stillgrammatical_question(
    text: str, answer: str, kind: str, question: str
) -> None:
    assert grammatical_question(text, answer, kind) == question


def test_the_last_item_of_a_list_is_not_cut_off_as_a_clause() -> None:
    text = (
        "The port serves the mills of Orm, West Kelby, and small firms based at the Tarn "
        "docks, Vell."
    )
    assert split_clauses(text) == [text]


def test_an_explanation_is_the_whole_sentence_around_a_name_with_a_full_stop() -> None:
    text = "The ruling in Orm v. Tarby was written by Ada Vell in 1931. It was long and careful."
    facts = [candidate_fact(c, "") for c in _candidates(text)]
    assert facts
    assert {fact.statement for fact in facts} == {text.split(" It ")[0]}


def test_a_question_never_opens_at_the_last_item_of_a_list() -> None:
    text = "The mills of Orm, Kelby, and Tarn were joined to make up the Vell Company in 1901."
    start = text.index("Vell Company")
    clause = phrasing.clause_of(text, start, start + len("Vell Company"))
    assert clause.text.startswith("The mills of Orm")


@pytest.mark.parametrize(
    ("text", "answer", "kind", "question"),
    [
        (
            "Founded in 1790 on the site of Fort Vell, Kelby grew quickly as a port.",
            "Fort Vell",
            "place",
            "Kelby was founded in 1790 on the site of which fort?",
        ),
        (
            "Located on the Orrin River, Kelby is the largest town in Tarn.",
            "Orrin River",
            "place",
            "On which river is Kelby located?",
        ),
        (
            "Born in Kelby in 1901, Ada Vell later moved to Orm.",
            "Kelby",
            "place",
            "Where was Ada Vell born in 1901?",
        ),
    ],
)
def test_an_answer_in_an_opening_participle_phrase_is_asked_with_the_real_subject(
    text: str, answer: str, kind: str, question: str
) -> None:
    assert grammatical_question(text, answer, kind) == question


def test_an_opening_participle_phrase_before_a_pronoun_is_notgrammatical_question() -> None:
    assert (
        grammatical_question(
            "Founded in 1790 on the site of Fort Vell, it grew quickly.", "Fort Vell", "place"
        )
        is None
    )


def test_an_event_is_asked_by_its_time_and_never_the_other_way() -> None:
    text = "The Battle of Orm took place in 1066."
    assert (
        grammatical_question(text, "1066", "year")
        == "In what year did the Battle of Orm take place?"
    )
    assert (
        grammatical_question(text, "Battle of Orm", "event") is None
    )  # many battles took place in 1066


def test_an_answer_inside_a_loosely_counted_subject_is_asked_by_its_sort() -> None:
    text = "Several monks of Kell fled to Orm in 1102."
    start = text.index("Kell")
    asked = phrasing.ask(text, start, start + len("Kell"), "place", sort="abbey")
    assert asked == ("Monks of which abbey fled to Orm in 1102?", "in-situ")
    assert gates.grammatical(*asked)
    assert phrasing.ask(text, start, start + len("Kell"), "place") is None  # "of what"
    assert not gates.grammatical("Capital of which country lies on the Orm?", "in-situ")


@pytest.mark.parametrize(
    "text",
    [
        "Executive vice governor Ada Vell opened the bridge in 1930.",
        "General Secretary and President Ada Vell opened the bridge in 1930.",
    ],
)
def test_a_name_after_its_titles_is_the_subjectgrammatical_question(text: str) -> None:
    assert grammatical_question(text, "Ada Vell", "person") == "Who opened the bridge in 1930?"


def test_the_comma_of_a_date_does_not_cut_the_clause_short() -> None:
    text = "Mayor Ada Vell announced on May 3, 1930 that the bridge was finished."
    assert grammatical_question(text, "Ada Vell", "person") == (
        "Who announced on May 3, 1930 that the bridge was finished?"
    )


def _questions(text: str) -> list[str]:
    """The questions of the candidates the import keeps (clauses split)."""
    found = extract(split_sentences("doc", clean_document(text).text), "", selective=True)
    return [c.question for c in found.candidates if c.question]


@pytest.mark.parametrize(
    ("text", "clause", "question"),
    [
        (
            "Fearing a flood the monks of Kelby moved their relics to Orm in 1310.",
            "The monks of Kelby moved their relics to Orm in 1310.",
            "In what year did the monks of Kelby move their relics to Orm?",
        ),
        (
            "Weakened by fever the garrison of Kelby surrendered to Orm in 1311.",
            "The garrison of Kelby surrendered to Orm in 1311.",
            "In what year did the garrison of Kelby surrender to Orm?",
        ),
    ],
)
def test_an_opening_participle_phrase_without_its_comma_is_dropped(
    text: str, clause: str, question: str
) -> None:
    assert split_clauses(text)[0] == clause
    assert question in _questions(text)


def test_the_time_of_an_opening_participle_phrase_is_not_the_main_clause_s() -> None:
    text = "Writing in 1902 Ada Vell described the Orm comet."
    assert split_clauses(text) == ["Ada Vell described the Orm comet."]
    assert not any("1902" in question for question in _questions(text))


@pytest.mark.parametrize(
    "text",
    [
        "Farming the land around Kelby was hard work in 1310.",
        "Realising that the war was lost the king left Kelby in 1310.",
        "Headquartered in northern Kelby are the Orm Works and the Vell Mill.",
    ],
)
def test_a_phrase_with_no_sure_end_is_left_alone(text: str) -> None:
    assert split_clauses(text)[0] == text


def _formed(text: str, answer: str, kind: str) -> tuple[str, str] | None:
    start = text.index(answer)
    return phrasing.ask(text, start, start + len(answer), kind)


@pytest.mark.parametrize(
    ("text", "answer", "kind", "question"),
    [
        (
            "The cove between two headlands called Orm Haven in 1720.",
            "Orm Haven",
            "other",
            "What was the cove between two headlands called in 1720?",
        ),
        (
            "The cove between two headlands called Orm Haven in 1720.",
            "1720",
            "year",
            "In what year was the cove between two headlands called Orm Haven?",
        ),
        (
            "The dales below the pass named Kell Dales by the monks in 1190.",
            "1190",
            "year",
            "In what year were the dales below the pass named Kell Dales by the monks?",
        ),
    ],
)
def test_a_naming_participle_after_a_thing_is_a_passive(
    text: str, answer: str, kind: str, question: str
) -> None:
    assert _formed(text, answer, kind) == (question, "fronted")


def test_a_naming_verb_after_people_stays_active_and_asks_for_the_name() -> None:
    text = "The settlers called the cove Orm Haven in 1720."
    assert _formed(text, "Orm Haven", "place") == (
        "What did the settlers call the cove in 1720?",
        "fronted",
    )
    assert _formed("King Olaf called the council in 1720.", "1720", "year") == (
        "In what year did King Olaf call the council?",
        "fronted",
    )


def test_a_subject_that_a_name_follows_is_asked_with_which() -> None:
    text = "A firm called Orvo sued the Kelby mill in 1901."
    assert _formed(text, "Orvo", "organisation") == (
        "Which firm sued the Kelby mill in 1901?",
        "subject",
    )
    assert _formed(text, "1901", "year") == (
        "In what year did a firm called Orvo sue the Kelby mill?",
        "fronted",
    )
    assert _formed("A monk named Odo was elected abbot of Kelby.", "Odo", "other") == (
        "Which monk was elected abbot of Kelby?",
        "subject",
    )


@pytest.mark.parametrize(
    ("text", "answer", "kind", "question"),
    [
        (
            "Sunspots were first drawn by Ada Vell who kept a daybook of the sky.",
            "Ada Vell",
            "person",
            "Sunspots were first drawn by whom?",
        ),
        (
            "The relics were moved to Orm where the monks built a shrine.",
            "Orm",
            "place",
            "Where were the relics moved?",
        ),
        (
            "In Kelby, where the guild was founded, the weavers built a hall in 1410.",
            "Kelby",
            "place",
            "Where did the weavers build a hall in 1410?",
        ),
    ],
)
def test_a_relative_clause_about_the_answer_is_left_out(
    text: str, answer: str, kind: str, question: str
) -> None:
    assert grammatical_question(text, answer, kind) == question


def test_a_relative_clause_inside_the_subject_gives_no_question() -> None:
    text = "The war in Orm, which began in 1410, ended in a truce."
    assert _formed(text, "Orm", "place") is None


@pytest.mark.parametrize(
    "text",
    [
        "Walkers can reach the Kelby Trust, the Office of Paths, Bridges and Stiles, and the town.",
        "Walkers can reach the Kelby Trust, the Orm Boat Club, Vell Mill and the town.",
    ],
)
def test_a_list_item_after_a_name_is_no_apposition(text: str) -> None:
    assert split_clauses(text) == [text]


def test_an_apposition_before_a_second_clause_is_still_one() -> None:
    assert split_clauses(
        "Ada Vell, the mayor of Kelby, opened the bridge, and the bishop blessed it."
    ) == [
        "Ada Vell opened the bridge.",
        "The bishop blessed it.",
        "Ada Vell was the mayor of Kelby.",
    ]


def test_a_description_of_the_first_item_of_a_list_is_an_apposition() -> None:
    assert split_clauses(
        "The raiders took Kelby, the port of Orm on the river Vell, Tarn and Lund."
    ) == [
        "The raiders took Kelby, Tarn and Lund.",
        "Kelby was the port of Orm on the river Vell.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The pilgrims of Kelby profess their faith in Orm.",
        "Ivo Berg played a leading role in Tarn.",
        "The guild kept a keen interest in Lund.",
    ],
)
def test_in_after_a_noun_of_belief_or_part_is_no_place(text: str) -> None:
    answer = text.rstrip(".").split()[-1]
    asked = _formed(text, answer, "place")
    assert asked is None or not asked[0].startswith("Where")


def test_in_after_an_object_still_says_where() -> None:
    assert _formed("The monks of Orm built a church in Kelby.", "Kelby", "place") == (
        "Where did the monks of Orm build a church?",
        "fronted",
    )


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        (
            "Many ships were lost on the Orm reef, the largest being the Kelby Star.",
            "Many ships were lost on the Orm reef.",
        ),
        (
            "Ivo Berg built six mills in Kelby, the best known example being the mill that ground"
            " corn for Tarn.",
            "Ivo Berg built six mills in Kelby.",
        ),
        (
            "With the harbour of Kelby being closed, the fleet of Orm moved to Tarn in 1801.",
            "The fleet of Orm moved to Tarn in 1801.",
        ),
    ],
)
def test_an_absolute_phrase_with_being_is_dropped(text: str, clause: str) -> None:
    assert split_clauses(text) == [clause]
    assert not any("being" in question for question in _questions(text))


def test_being_inside_a_clause_is_no_absolute() -> None:
    text = "The mill that was being sold ground corn for Kelby."
    assert split_clauses(text) == [text]


@pytest.mark.parametrize(
    ("text", "answer", "question"),
    [
        (
            "Same-day delivery began in Kelby in 1998.",
            "1998",
            "In what year did same-day delivery begin in Kelby?",
        ),
        (
            "Non-stop flights began in Kelby in 1960.",
            "1960",
            "In what year did non-stop flights begin in Kelby?",
        ),
        (
            "Anglo-Saxon law was written down in Kelby in 820.",
            "820",
            "In what year was Anglo-Saxon law written down in Kelby?",
        ),
    ],
)
def test_a_common_compound_opening_the_sentence_is_lowered_inside_the_question(
    text: str, answer: str, question: str
) -> None:
    assert _formed(text, answer, "year") == (question, "fronted")


def test_an_opening_phrase_dropped_leaves_an_unseen_thing_unseen() -> None:
    text = "Fearing a siege the Danes of Orm returned the fort to Sweden in 1660."
    assert split_clauses(text) == ["The Danes of Orm returned the fort to Sweden in 1660."]
    assert not gates.self_contained(
        "To which country did the Danes of Orm return the fort in 1660?"
    )
    assert gates.self_contained(
        "In what year did the Danes of Orm return the Kelby fort to Sweden?"
    )


def test_onwards_is_not_left_behind_by_its_year() -> None:
    assert _formed("From 1842 onwards, Ada Vell taught music in Kelby.", "1842", "year") == (
        "From what year did Ada Vell teach music in Kelby?",
        "fronted",
    )


def test_an_opening_phrase_ending_in_a_people_before_the_subject_is_dropped() -> None:
    text = "Facing defeat by the Picts and Scots the Kelby Guild sold the mill to Orm in 1702."
    assert split_clauses(text) == ["The Kelby Guild sold the mill to Orm in 1702."]


def test_an_opening_place_without_its_comma_moves_to_the_end() -> None:
    text = "Between Kell and Orm the Tarn Bridge crosses the Vell."
    assert split_clauses(text) == ["The Tarn Bridge crosses the Vell between Kell and Orm."]


def test_a_plural_subject_before_a_later_verb_keeps_its_number_and_the_verb_goes_bare() -> None:
    assert _formed("Toll fees in Kelby totaled about $2 million in 1900.", "1900", "year") == (
        "In what year did toll fees in Kelby total about $2 million?",
        "fronted",
    )
    assert _formed(
        "Toll fees in Kelby totaled about $2 million in 1900.", "$2 million", "number"
    ) == (
        "About how much did toll fees in Kelby total in 1900?",
        "fronted",
    )


def test_a_phrase_with_a_figure_after_a_name_follows_the_verb() -> None:
    assert _formed("Ada Vell in 12 days rode from Kelby to Orm in 1901.", "1901", "year") == (
        "In what year did Ada Vell ride in 12 days from Kelby to Orm?",
        "fronted",
    )
    assert phrasing.invert("Ada Vell in 1901 was crowned at Orm") is None


def test_an_absolute_between_a_subject_and_its_verb_is_dropped() -> None:
    text = "The Kell Guild, the oldest example being the Orm Weavers, is an association of smiths."
    assert split_clauses(text) == ["The Kell Guild is an association of smiths."]
    text = "The tide, the highest example being the spring tide, is a rise of the sea."
    assert split_clauses(text) == ["The tide is a rise of the sea."]


def test_a_definition_never_holds_an_absolute() -> None:
    text = "The trade wind is the best known example being the wind over the Kell Sea."
    assert phrasing.definition(text) is None
    defined = phrasing.definition("Insomnia is the state of being unable to sleep at night.")
    assert defined is not None
    assert defined.question == "What is the state of being unable to sleep at night?"


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("After Kell the Orm Road crosses the Vell.", "The Orm Road crosses the Vell after Kell."),
        (
            "Between the Kell Hills and Orm the Tarn Bridge spans the Vell.",
            "The Tarn Bridge spans the Vell between the Kell Hills and Orm.",
        ),
        ("Before Kelby the Tarn spans a gorge.", "The Tarn spans a gorge before Kelby."),
        (
            "Among the hills of Kelby the Tarn Mill grinds oats.",
            "Among the hills of Kelby, the Tarn Mill grinds oats.",
        ),
        (
            "With Ada Vell the Kelby Guild built a mill.",
            "With Ada Vell, the Kelby Guild built a mill.",
        ),
    ],
)
def test_an_opening_phrase_ends_at_a_name_before_the_and_a_capital(text: str, clause: str) -> None:
    assert split_clauses(text) == [clause]


def test_a_given_name_keeps_its_epithet_inside_an_opening_phrase() -> None:
    assert split_clauses("After Ivan the Great the Kelby Guild sold the mill.") == [
        "The Kelby Guild sold the mill after Ivan the Great."
    ]
    assert phrasing.unmarked_opening_end("In 1191 Ada the Elder left Kelby for Orm.") is None


def test_no_name_runs_across_an_opening_phrase_without_its_comma() -> None:
    spans = {
        span
        for _, span in _spans("Between Kell and Orm the Orm Bridge, built in 1902, spans the Vell.")
    }
    assert "Orm Bridge" in spans
    assert not any(" the " in span for span in spans)
    asked = [c.question for c in _candidates("After Kell the Orm Road crosses the Vell.")]
    assert "After Kell, which road crosses the Vell?" in asked
    assert not any(question and question.startswith("After which") for question in asked)


def test_an_opening_phrase_s_name_has_no_appositive() -> None:
    assert (
        phrasing.simplify("In Kelby, the Tarn Bridge, built in 1902, spans the Vell.")
        == "In Kelby, the Tarn Bridge spans the Vell."
    )


def test_a_subject_s_participle_keeps_its_time_and_place() -> None:
    for text, answer, kind, question in (
        (
            "A bridge built at Holm in 1902 crosses the Vell.",
            "1902",
            "year",
            "A bridge built at Holm in what year crosses the Vell?",
        ),
        (
            "A blast filmed in Kelby holds a record for noise.",
            "Kelby",
            "place",
            "A blast filmed in what holds a record for noise?",
        ),
        (
            "The lighthouse built in 1872 was relit in 1990.",
            "1872",
            "year",
            "The lighthouse built in what year was relit in 1990?",
        ),
    ):
        assert _formed(text, answer, kind) == (question, "in-situ")
    # a time of the subject's own noun is its verb's time; a past form before a noun is no verb
    assert _formed("An outbreak of plague at Tule in 1854 killed 300 miners.", "1854", "year") == (
        "In what year did an outbreak of plague at Tule kill 300 miners?",
        "fronted",
    )
    assert _formed(
        "Ada Marr voiced Queen Tara in the 3D animated film.", "Queen Tara", "person"
    ) == (
        "Whom did Ada Marr voice in the 3D animated film?",
        "fronted",
    )


def test_a_place_holding_the_answer_s_ends_with_its_name() -> None:
    asked = _formed("The first school was at Fort Orm in Kell valley in 1862.", "Fort Orm", "place")
    assert asked == ("The first school was at which fort in Kell valley in 1862?", "in-situ")
    asked = _formed(
        "Ada Vell ranked first in the Kelby Open in U.S. Tennis in 2001.", "Kelby Open", "event"
    )
    assert asked is not None and "in U did" not in asked[0]


def test_an_en_dash_between_names_joins_them() -> None:
    assert (
        phrasing.simplify("The zone runs along Kell–Orm–Tarn.")
        == "The zone runs along Kell–Orm–Tarn."
    )
    assert (
        phrasing.simplify("The court – the high court – ruled in 1901.")
        == "The court ruled in 1901."
    )


def test_a_place_phrase_set_off_by_commas_keeps_them_around_its_wh_word() -> None:
    assert _formed(
        "Ada Marr was born in Holm, on Kell Island, in 1902.", "Kell Island", "place"
    ) == (
        "Ada Marr was born in Holm, on which island, in 1902?",
        "in-situ",
    )


@pytest.mark.parametrize(
    "question",
    [
        "What was the tram line starting driven by in the 1880s?",
        "In what year was the ferry service beginning run by the Orsk Post Company?",
        "What was the canal route ending operated by?",
        "What is the Tarn Wolves are a rugby club whose home?",
        "What was the Kelby Choir were a group whose leader?",
    ],
)
def test_a_participle_or_a_relative_kept_half_is_no_stem(question: str) -> None:
    assert not gates.grammatical(question, "fronted")


@pytest.mark.parametrize(
    "question",
    [
        "Which company ran the ferry service beginning in 1850?",
        "When was the ferry crossing operated by the Orsk Post Company?",
        "Who owned the building housing the archive?",
        "What did the firm making the engines build in 1920?",
        "What is the name of the ship that Orm sank in 1912?",
    ],
)
def test_a_participle_with_its_phrase_or_a_noun_in_ing_is_a_stem(question: str) -> None:
    assert gates.grammatical(question, "fronted")


def test_a_key_cut_from_a_longer_name_is_notgrammatical_question() -> None:
    sentence = "In 1949 the group purchased the Astor Grand New York for its chain."
    start = sentence.index("Astor Grand")
    assert gates.cut_from_a_longer_name(sentence, start, start + 11, "organisation")
    start = sentence.index("New York")
    assert gates.cut_from_a_longer_name(sentence, start, start + 8, "place")
    whole = sentence.index("Astor Grand New York")
    assert not gates.cut_from_a_longer_name(sentence, whole, whole + 20, "organisation")
    assert not gates.cut_from_a_longer_name(sentence, 3, 7, "year")  # "In 1949 the group"
    titled = "The abbot of Kelby was Abbot Tove Rusk in 1150."
    start = titled.index("Tove Rusk")
    assert not gates.cut_from_a_longer_name(titled, start, start + 9, "person")


def test_a_name_of_a_kind_the_document_gives_is_asked_with_that_kind() -> None:
    text = (
        "Rugby in Vellmark\n\n"
        "Rugby is the most popular sport in Vellmark. Tarnby is a city in the south of"
        " Vellmark, and Orsk is a town on the coast.\n\n"
        "Tarnby is the home of the Kell Lions. Orsk is the seat of the Vell Rugby Union.\n"
    )
    found = extract(split_sentences("doc", clean_document(text).text), "", selective=True)
    asked = {c.span.text: c.question for c in found.candidates}
    assert asked["Tarnby"] == "Which city is the home of the Kell Lions?"
    assert asked["Orsk"] == "Which town is the seat of the Vell Rugby Union?"
    assert asked["Rugby"] == "What is the most popular sport in Vellmark?"  # its sort is said


@pytest.mark.parametrize("verb", ["ceded", "leased", "lent"])
def test_what_is_ceded_or_sold_to_a_country_is_not_asked_where(verb: str) -> None:
    text = f"In 1760, the land around Port Kessa was {verb} to Varland."
    assert not any(question.startswith("Where") for question in _questions(text))
