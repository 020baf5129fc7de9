"""Options and false statements of imported questions: the answer's kind, plausible, surely
false, never an answer the grader accepts; typed where three such options do not exist."""

from __future__ import annotations

from dataclasses import replace

from factdeck.bank import QuestionType, TrueFalseQuestion
from factdeck.generate.distractors import DistractorPool
from factdeck.generate.extract import Span, _accepted, century_variants
from factdeck.generate.questions import TRUE_FALSE_SHARE, fact_questions
from factdeck.generate.text import stable_rank
from helpers.generation import auto_fact, document_evidence, option_pool, question_types

_GUILDS = (
    "Guilds\n\n"
    "In 1402 Ada Wren rebuilt the bridge at Tarn. In 1405 Karl Sund paved the square "
    "of Tarn. In 1410 Lena Moor roofed the hall. Ivo Stark was a mason; in 1408 he raised "
    "the gate.\n\n"
    "Centuries earlier, in 911, Rosa Fink founded the abbey. Otto Brand blessed it in 915.\n\n"
    "Far later, in 1790, Pia Strand sold the bridge."
)


def test_a_person_gets_people_of_the_answers_era() -> None:
    statement = "In 1402 Ada Wren rebuilt the bridge at Tarn."
    fact = auto_fact("person", "Ada Wren", statement, "Who rebuilt the bridge at Tarn in 1402?")
    names = ["Ada Wren", "Rosa Fink", "Otto Brand", "Karl Sund", "Pia Strand", "Lena Moor"]
    names.append("Ivo Stark")
    chosen = option_pool(_GUILDS, "person", names, fact).choose(fact)
    assert sorted(chosen) == ["Ivo Stark", "Karl Sund", "Lena Moor"]  # never 911 nor 1790


def test_a_person_among_too_few_people_of_the_era_is_asked_typed() -> None:
    statement = "In 911, Rosa Fink founded the abbey."
    fact = auto_fact("person", "Rosa Fink", statement, "Who founded the abbey in 911?")
    names = ["Rosa Fink", "Otto Brand", "Ada Wren", "Karl Sund", "Lena Moor", "Pia Strand"]
    pool = option_pool(_GUILDS, "person", names, fact)
    assert pool.choose(fact) == ["Otto Brand"]
    assert question_types(fact, pool) == [QuestionType.TYPED]  # never padded with a later mason


def test_a_county_gets_counties_and_a_parliament_parliaments() -> None:
    text = (
        "Tarland\n\nWine grows in Vell County. Barges sail through Dunby County. Mills stand in "
        "Kell County. Monks live in Orsby County and in Marn. The Parliament of Tarland meets "
        "in Parliament House. The Federal Parliament and the Imperial Parliament are older."
    )
    county = auto_fact(
        "place", "Vell County", "Wine grows in Vell County.", "Which county grows wine?"
    )
    names = ["Vell County", "Marn", "Dunby County", "Kell County", "Orsby County"]
    assert sorted(option_pool(text, "place", names, county).choose(county)) == [
        "Dunby County",
        "Kell County",
        "Orsby County",
    ]
    statement = "The Parliament of Tarland makes the laws."
    body = auto_fact(
        "organisation", "Parliament of Tarland", statement, "Which body makes the laws?"
    )
    names = [
        "Parliament House",
        "Tarlandic Parliament",
        "Federal Parliament",
        "Imperial Parliament",
    ]
    chosen = option_pool(text, "organisation", names, body).choose(body)
    # a building is no parliament; "Tarlandic Parliament" is another name of the answer
    assert sorted(chosen) == ["Federal Parliament", "Imperial Parliament"]
    assert question_types(body, option_pool(text, "organisation", names, body)) == [
        QuestionType.TYPED
    ]


def test_a_firm_the_extractor_took_for_a_place_is_no_option_among_towns() -> None:
    text = (
        "Tarland\n\nBarges unload grain at Orsby. Trains stop at Vell. Monks live in Kell. "
        "Ferries call at Dunby. Brax regulates the ferries. Channels come from Zolt."
    )
    fact = auto_fact("place", "Orsby", "Barges unload grain at Orsby.", "Where do barges unload?")
    names = ["Orsby", "Brax", "Zolt", "Vell", "Kell", "Dunby"]
    assert sorted(option_pool(text, "place", names, fact).choose(fact)) == ["Dunby", "Kell", "Vell"]
    firm = auto_fact(
        "place", "Brax", "Brax regulates the ferries.", "Which body regulates the ferries?"
    )
    assert question_types(firm, option_pool(text, "place", names, firm)) == [QuestionType.TYPED]


def test_two_options_that_may_name_one_thing_are_never_offered_together() -> None:
    text = "Ferries\n\nThe ferry reached Wales. Traders came from Britain, Scotland and Ireland."
    fact = auto_fact("country", "Wales", "The ferry reached Wales.", "Which country did it reach?")
    names = ["Wales", "Britain", "Scotland", "Ireland"]
    chosen = option_pool(text, "country", names, fact).choose(fact)
    assert "Britain" not in chosen  # Wales is a part of Britain: not surely false
    assert {"Scotland", "Ireland"} <= set(chosen)
    statement = "An input string is called a problem instance."
    term = auto_fact("term", "problem instance", statement, "What is an input string called?")
    names = ["problem instance", "instance", "reduction", "decision problem", "oracle"]
    chosen = DistractorPool([("term", n, "doc") for n in names], [term]).choose(term)
    assert "instance" not in chosen and chosen  # a part of the answer's own name


def test_an_option_the_grader_would_accept_is_never_offered() -> None:
    statement = "The fluid inside a cell is called the stroma."
    term = auto_fact("term", "stroma", statement, "What is the fluid inside a cell called?")
    names = ["stroma", "stoma", "photolysis", "thylakoid", "chloroplasts"]
    chosen = DistractorPool([("term", n, "doc") for n in names], [term]).choose(term)
    assert "stoma" not in chosen  # one letter off: the grader takes it as a slip
    assert "chloroplasts" not in chosen  # a plural beside a singular key gives the key away
    assert sorted(chosen) == ["photolysis", "thylakoid"]


def test_a_term_of_no_known_sort_gets_no_term_of_a_known_sort() -> None:
    statement = "The fluid inside a cell is called the stroma."
    term = auto_fact("term", "stroma", statement, "What is the fluid inside a cell called?")
    names = ["stroma", "photolysis", "thylakoid", "lectin", "pectin"]
    roles = {"lectin": "protein", "pectin": "sugar"}
    pool = DistractorPool([("term", n, "doc") for n in names], [term], roles)
    assert sorted(pool.choose(term)) == ["photolysis", "thylakoid"]  # no protein, no sugar


def test_century_options_depend_on_the_document_not_on_todays_date() -> None:
    statement = "The colony on Marva was founded in the 23rd century."
    text = f"Marva\n\n{statement} It was abandoned in the 25th century."
    fact = auto_fact(
        "period", "23rd century", statement, "In which century was the colony on Marva founded?"
    )
    chosen = DistractorPool([], [fact], None, document_evidence(text)).choose(fact)
    assert "24th century" in chosen  # later than today, but not than the document
    assert "26th century" not in chosen
    decade = auto_fact("period", "1950s", "The dam was built in the 1950s.", "When was it built?")
    text = "Dams\n\nThe dam was built in the 1950s. It was repaired in 1968."
    chosen = DistractorPool([], [decade], None, document_evidence(text)).choose(decade)
    assert chosen and all(option <= "1960s" for option in chosen)  # nothing after the document


def test_a_false_statement_swaps_in_a_name_of_the_same_kind_from_the_document() -> None:
    text = (
        "Tarland\n\nThe first barges unloaded grain at Orsby. Trains stop at Vell. "
        "Monks live in Kell. Ferries call at Dunby."
    )
    statement = "The first barges unloaded grain at Orsby."
    template = "The first barges unloaded grain at {answer}."
    names = ["Orsby", "Vell", "Kell", "Dunby"]
    fact_id = next(
        f"orsby-{n}"
        for n in range(64)
        if stable_rank(f"orsby-{n}", "false") % TRUE_FALSE_SHARE == 0
        and stable_rank(f"orsby-{n}", "truth") % 2  # the draw that asks the false one
    )
    fact = auto_fact(
        "place",
        "Orsby",
        statement,
        "Where did the first barges unload grain?",
        id=fact_id,
        statement_template=template,
        unique=True,
    )
    (question,) = fact_questions(fact, option_pool(text, "place", names, fact))
    assert isinstance(question, TrueFalseQuestion) and question.answer is False
    swapped = question.prompt.removeprefix("The first barges unloaded grain at ").removesuffix(".")
    assert swapped in {"Vell", "Kell", "Dunby"}
    assert question.correct_statement == statement


def test_a_century_is_accepted_with_each_spelling_of_its_era() -> None:
    assert {"5th century BCE", "fifth century BCE"} <= set(century_variants("5th century BC"))
    assert "5th century" not in century_variants("5th century BC")  # never the Common Era
    assert {"10th century AD", "10th century CE"} <= set(century_variants("10th century"))
    assert "3rd century" in century_variants("3rd century AD")


def test_typed_answers_accept_short_forms_a_learner_would_type() -> None:
    def accepted(kind: str, answer: str) -> tuple[str, ...]:
        return _accepted(Span(0, len(answer), kind, answer), answer)

    assert {"UK", "Britain"} <= set(accepted("country", "United Kingdom"))
    assert "Sky Tarn" in accepted("organisation", "Sky Tarn Limited")
    assert "Liberal" in accepted("organisation", "Liberal Party")
    assert "Richard the First" in accepted("person", "Richard I")
    # a model's number is no ruler's: nobody says "Field Gun Mk the Second"
    assert not any("Second" in form for form in accepted("person", "Field Gun Mk II"))
    assert {"the randomized algorithms", "randomized algorithm"} <= set(
        accepted("term", "randomized algorithms")
    )
    holy = Span(0, 9, "person", "Holy Land", aliases=("Land",))
    assert "Land" not in _accepted(holy, "Holy Land")  # a common word is no surname


def test_a_town_gets_towns_never_a_colony_the_document_names() -> None:
    text = (
        "Tarland\n\nGold was found near Orsby. Miners settled in Vell and in Dunby. Ships call at "
        "Kell. The colony of Marnia lies to the north; traders in Marnia sold tea."
    )
    fact = auto_fact("place", "Orsby", "Gold was found near Orsby.", "Where was gold found?")
    names = ["Orsby", "Marnia", "Vell", "Dunby", "Kell"]
    assert sorted(option_pool(text, "place", names, fact).choose(fact)) == ["Dunby", "Kell", "Vell"]


def test_a_term_the_document_equates_with_the_answer_is_no_option() -> None:
    text = (
        "Sorting\n\nAn array instance holds the items to sort. The input list given to a "
        "sorting method is referred to as an array instance. A merge step joins two runs. A "
        "pivot element splits a run. A sort key orders the items."
    )
    statement = "An array instance holds the items to sort."
    fact = auto_fact("term", "array instance", statement, "What holds the items to sort?")
    names = ["array instance", "input list", "merge step", "pivot element", "key"]
    chosen = option_pool(text, "term", names, fact).choose(fact)
    # "the input list ... is referred to as an array instance": maybe also right; "key" is
    # shorter than a sort of instance
    assert sorted(chosen) == ["merge step", "pivot element"]


def test_a_share_is_never_offered_above_the_whole_nor_a_count_tenfold() -> None:
    share = auto_fact("number", "90 per cent", "Of pupils, 90 per cent stay.", "What share stays?")
    for index in range(8):  # each fact draws its own options
        fact = replace(share, id=f"share-{index}")
        for option in DistractorPool([], [fact]).choose(fact):
            assert float(option.split()[0]) <= 100
    about = auto_fact(
        "number", "22 million", "About 22 million people live there.", "How many live there?"
    )
    for index in range(8):
        fact = replace(about, id=f"about-{index}", approximate=True)
        for option in DistractorPool([], [fact]).choose(fact):
            assert 10 <= float(option.split()[0]) <= 44


def test_a_statement_of_several_claims_is_never_made_false() -> None:
    text = (
        "Tarland\n\nBarges unload grain at Orsby, and trains stop at Vell. Monks live in Kell. "
        "Ferries call at Dunby."
    )
    statement = "Barges unload grain at Orsby, and trains stop at Vell."
    fact_id = next(
        f"orsby-{n}"
        for n in range(64)
        if stable_rank(f"orsby-{n}", "false") % TRUE_FALSE_SHARE == 0
        and stable_rank(f"orsby-{n}", "truth") % 2  # the draw that asks the false one
    )
    fact = auto_fact(
        "place",
        "Orsby",
        statement,
        "Where did the first barges unload grain?",
        id=fact_id,
        statement_template="Barges unload grain at {answer}, and trains stop at Vell.",
        unique=True,
    )
    questions = fact_questions(fact, option_pool(text, "place", ["Orsby", "Kell", "Dunby"], fact))
    assert not any(isinstance(q, TrueFalseQuestion) for q in questions)
    assert [q.type for q in questions] == [QuestionType.TYPED]


def test_a_phrase_cut_from_a_sentence_is_no_option_among_names() -> None:
    text = "Tarland\n\nMonks live in Orsby. Ships call at Vell, at Kell and in the kingdoms of Tarland."
    fact = auto_fact("place", "Orsby", "Monks live in Orsby.", "Where do monks live?")
    names = ["Orsby", "kingdoms of Tarland", "Vell", "Kell"]
    assert sorted(option_pool(text, "place", names, fact).choose(fact)) == ["Kell", "Vell"]


def test_a_prompt_that_shows_an_accepted_answer_is_not_asked() -> None:
    statement = "Tarn TV serves the United Kingdom."
    fact = auto_fact(
        "country",
        "United Kingdom",
        statement,
        "Which country does Tarn TV UK serve?",
        accepted=("UK", "Britain"),
    )
    text = f"Tarn\n\n{statement} Its owners live in France, Ireland and Belgium."
    countries = ["United Kingdom", "France", "Ireland", "Belgium"]
    pool = option_pool(text, "country", countries, fact)
    assert fact_questions(fact, pool) == []
    asked = replace(fact, prompt="Which country does Tarn TV serve?")
    assert [q.type for q in fact_questions(asked, pool)] == [QuestionType.MULTIPLE_CHOICE]
