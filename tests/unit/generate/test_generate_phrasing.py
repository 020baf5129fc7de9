"""Import asks what a teacher would ask: one rule per test, on small texts written for them."""

from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factdeck.bank import Bank, QuestionType
from factdeck.generate.distractors import DistractorPool
from factdeck.generate.extract import Candidate, candidate_fact, extract
from factdeck.generate.facts import FactRecord
from factdeck.generate.phrasing import (
    ask,
    definition,
    end_question,
    simplify,
    with_event_preposition,
    yes_no,
)
from factdeck.generate.pipeline import build_deck
from factdeck.generate.questions import fact_questions
from factdeck.generate.sentences import split_sentences
from helpers.generation import auto_fact


def _ask(sentence: str, answer: str, kind: str) -> str | None:
    text = simplify(sentence)
    start = text.index(answer)
    asked = ask(text, start, start + len(answer), kind)
    return asked[0] if asked else None


def _deck(text: str, title: str = "Test") -> Bank:
    return build_deck(text, deck=title, file_name="test.txt", markdown=False).bank


def _candidates(text: str, title: str = "") -> list[Candidate]:
    return extract(split_sentences("doc", text), title, selective=True).candidates


def test_a_date_in_a_prepositional_phrase_becomes_a_when_question() -> None:
    sentence = "The bridge was opened by the mayor on 4 May 1931."
    assert _ask(sentence, "4 May 1931", "date") == "When was the bridge opened by the mayor?"
    assert _ask("The monks built the abbey in 1120.", "1120", "year") == (
        "In what year did the monks build the abbey?"
    )


def test_a_subject_becomes_who_or_what_and_an_object_is_fronted() -> None:
    assert _ask("Anna Berg founded the school in 1905.", "Anna Berg", "person") == (
        "Who founded the school in 1905?"
    )
    assert _ask("The count married Maria Lund in 1702.", "Maria Lund", "person") == (
        "Whom did the count marry in 1702?"
    )


def test_a_lone_name_of_no_known_kind_doing_a_persons_deed_is_asked_who() -> None:
    assert _ask("In 1790, Tarvik married the widow of the miller.", "Tarvik", "other") == (
        "In 1790, who married the widow of the miller?"
    )
    assert _ask("Kestrel announced the merger in 2004.", "Kestrel", "other") == (
        "Who announced the merger in 2004?"
    )
    assert _ask("In 1910, Brenmouth became a city.", "Brenmouth", "other") == (
        "In 1910, what became a city?"  # a town becomes things too
    )


def test_a_place_becomes_where_and_a_count_how_many() -> None:
    assert _ask("The river rises at Mount Kell.", "Mount Kell", "place") == (
        "Where does the river rise?"
    )
    assert _ask("The old fort had 40 cannons.", "40", "number") == (
        "How many cannons did the old fort have?"
    )
    assert _ask("The lake is 12 kilometres long.", "12", "number") == (
        "How many kilometres long is the lake?"
    )


def test_a_definition_asks_for_the_term() -> None:
    found = definition("A delta is a landform at the mouth of a river.")
    assert found is not None and found.question == (
        "What is a landform at the mouth of a river called?"
    )
    named = definition("The wet ground beside the river is called the marsh.")
    assert named is not None and named.question == "What is the wet ground beside the river called?"
    text = "The wet ground beside the river is called the marsh."
    assert text[named.start : named.end] == "marsh"


def test_dangling_connectives_and_bracketed_asides_are_dropped() -> None:
    assert simplify("However, the mill closed in 1880.") == "The mill closed in 1880."
    assert simplify("Meanwhile, the town grew.") == "The town grew."
    assert simplify("The tower is 90 m (295 ft) tall.[3]") == "The tower is 90 m tall."
    assert simplify("The canal, however, stayed open.") == "The canal stayed open."
    question = _ask("Also, the mill (a water mill) closed in 1880.", "1880", "year")
    assert question == "In what year did the mill close?"


def test_a_number_in_brackets_or_a_citation_year_is_never_asked() -> None:
    text = (
        "The Avon Bridge\n\nThe Avon Bridge crosses the river at Bradley. "
        "The main span of the bridge is 120 metres (394 ft) long, and it was finished in 1896 (Smith 2003)."
    )
    answers = {c.span.text for c in _candidates(text, "The Avon Bridge")}
    assert "1896" in answers
    assert not answers & {"394", "2003"}


def test_list_items_are_not_asked() -> None:
    text = (
        "The Guild\n\nThe guild traded wool, salt, timber and amber with Riga. "
        "The guild was founded by Otto Brandt in 1358."
    )
    answers = {c.span.text for c in _candidates(text, "The Guild")}
    assert "Otto Brandt" in answers
    assert not answers & {"wool", "salt", "timber", "amber"}


def test_it_after_a_sentence_about_the_subject_names_the_subject() -> None:
    text = (
        "The Kell River\n\nThe Kell River is a river in the north of Tarland. "
        "It was dammed at Orsby in 1962."
    )
    questions = {c.span.text: c.question for c in _candidates(text, "The Kell River")}
    assert questions["1962"] == "In what year was the Kell River dammed at Orsby?"


def test_a_question_with_an_unresolved_pronoun_is_not_asked() -> None:
    text = (
        "Old Mills\n\nThe mill at Dunby ground corn for the abbey of Selm. "
        "Later the abbot sold the mill. He moved to Corran in 1490. "
        "The mill was rebuilt by Ada Wren in 1512."
    )
    asked = [c.question or "" for c in _candidates(text, "Old Mills")]
    assert any("1512" in c.sentence.text for c in _candidates(text, "Old Mills"))
    assert not any(word in q.split() for q in asked for word in ("He", "he", "They", "they"))


def _fact(kind: str, answer: str, **overrides: object) -> FactRecord:
    template = f"The ferry sailed from {{answer}} in {'May' if kind != 'year' else 'spring'}."
    base = auto_fact(
        kind,
        answer,
        template.replace("{answer}", answer),
        "Where did the ferry sail from in May?",
        statement_template=template,
        yes_no=True,
    )
    return replace(base, **overrides)


def test_a_same_kind_distractor_is_chosen_a_lake_for_a_lake() -> None:
    entries = [
        ("place", "Lake Orm", "doc"),
        ("place", "Lake Tarn", "doc"),
        ("place", "Lake Brill", "doc"),
        ("place", "Port Ellis", "doc"),
        ("place", "Dunby", "doc"),
        ("place", "Mount Kell", "doc"),
    ]
    fact = _fact("place", "Lake Vess", prompt="Which lake feeds the river?")
    chosen = DistractorPool(entries, [fact]).choose(fact)
    assert sorted(chosen) == ["Lake Brill", "Lake Orm", "Lake Tarn"]


def test_without_three_adequate_distractors_a_question_is_asked_as_typed() -> None:
    entries = [("place", "Port Ellis", "doc"), ("place", "Dunby", "doc")]
    fact = _fact("place", "Port Vale")
    types = {q.type for q in fact_questions(fact, DistractorPool(entries, [fact]))}
    assert QuestionType.MULTIPLE_CHOICE not in types
    assert QuestionType.TYPED in types


def test_a_false_statement_swaps_a_same_kind_name_never_a_number() -> None:
    entries = [
        ("place", "Port Ellis", "doc"),
        ("place", "Port Mara", "doc"),
        ("place", "Port Dunn", "doc"),
    ]
    falses = []
    for index in range(12):
        fact = _fact("place", "Port Vale", unique=True, id=f"fact-{index}")
        template = "The first ferry sailed from {answer} in May."
        fact = replace(fact, statement_template=template, quote=template.format(answer="Port Vale"))
        questions = fact_questions(fact, DistractorPool(entries, [fact]))
        assert len(questions) == 1  # one question per imported fact
        falses += [q for q in questions if q.id.endswith(".tf-false")]
    assert 0 < len(falses) < 6  # true/false is a minority
    for false in falses:
        assert false.prompt.startswith("Did the first ferry sail from Port ")
        assert false.prompt.endswith(" in May?") and "Port Vale" not in false.prompt
    count = _fact(
        "number",
        "12",
        statement_template="The ferry carried {answer} cars.",
        unique=True,
        number=12,
    )
    assert not any(
        q.id.endswith(".tf-false") for q in fact_questions(count, DistractorPool([], [count]))
    )


def test_true_false_items_are_yes_no_questions() -> None:
    assert yes_no("The ferry sailed from Port Vale in May.") == (
        "Did the ferry sail from Port Vale in May?"
    )
    assert yes_no("The canal was opened in 1869.") == "Was the canal opened in 1869?"


def test_nearby_dates_never_invent_the_29th_of_february() -> None:
    for answer in ("29 February 1960", "31 January 1961", "29 March 1961"):
        fact = _fact("date", answer)
        values = DistractorPool([], [fact])._nearby_dates(fact, 40)
        assert values and not any("29 February 1961" in v or "30 February" in v for v in values)


def test_nearby_years_are_near_but_never_adjacent_nor_in_the_sentence() -> None:
    fact = _fact(
        "year",
        "1850",
        statement="The ferry ran from 1850 to 1853.",
        prompt="From what year did the ferry run?",
    )
    chosen = DistractorPool([], [fact]).choose(fact)
    assert len(chosen) == 3
    assert not set(chosen) & {"1849", "1851", "1853"}
    assert all(abs(int(year) - 1850) <= 12 for year in chosen)


def test_typed_answers_accept_surnames_acronyms_and_no_article() -> None:
    text = (
        "Harbour History\n\nThe Northern Harbour Board (NHB) was set up in 1871. "
        "The first harbour master was appointed by the mayor Clara Holm in 1872. "
        "Ships were checked at the Grey Quay by inspectors."
    )
    facts = {
        c.span.text: candidate_fact(c, "Harbour History")
        for c in extract(split_sentences("doc", text), "Harbour History").candidates
    }
    assert "NHB" in facts["Northern Harbour Board"].accepted
    assert "Holm" in facts["Clara Holm"].accepted
    assert "the Grey Quay" in facts["Grey Quay"].accepted
    assert not any(v.startswith("the ") for v in facts["Clara Holm"].accepted)


def test_an_imported_deck_asks_questions_and_fewer_than_one_per_sentence() -> None:
    sentences = [
        f"The guild of {name} was founded by {person} in {year}."
        for name, person, year in [
            ("Orm", "Otto Brandt", 1358),
            ("Tarn", "Ada Wren", 1402),
            ("Brill", "Karl Sund", 1433),
            ("Vess", "Lena Moor", 1460),
            ("Kell", "Ivo Stark", 1481),
            ("Dunn", "Rosa Fink", 1502),
        ]
    ]
    bank = _deck("Guilds\n\n" + " ".join(sentences) * 3, "Guilds")
    prompts = [q.prompt for q in bank.questions if q.type != QuestionType.ORDERING]
    assert prompts and all(prompt.endswith("?") for prompt in prompts)
    facts = {q.fact_id for q in bank.questions if q.type != QuestionType.ORDERING}
    words = len(" ".join(sentences).split()) * 3
    assert len(facts) <= words / 25


def test_options_for_a_person_share_the_persons_role() -> None:
    people = ["Carl Aske", "Ines Dahl", "Olof Berg", "Tor Lind", "Pia Strand", "Jon Falk"]
    roles = {"carl aske": "engineer", "olof berg": "engineer", "pia strand": "engineer"}
    roles |= {"jon falk": "engineer", "ines dahl": "mayor", "tor lind": "mayor"}
    entries = [("person", name, "doc") for name in people]
    fact = _fact("person", "Olof Berg", prompt="Which engineer built the pier?")
    chosen = DistractorPool(entries, [fact], roles).choose(fact)
    assert sorted(chosen) == ["Carl Aske", "Jon Falk", "Pia Strand"]


CONCEPTS = Path(__file__).parents[2] / "fixtures" / "generate" / "photosynthesis.txt"


def test_a_concept_heavy_text_gets_questions_about_its_key_terms(uncut: None) -> None:
    bank = _deck(CONCEPTS.read_text(encoding="utf-8"), "Photosynthesis")
    asked = {
        str(q.answer): q.prompt
        for q in bank.questions
        if q.type in (QuestionType.TYPED, QuestionType.MULTIPLE_CHOICE)
    }
    assert asked["stroma"] == "What is the fluid that fills the inside of a chloroplast called?"
    assert asked["photolysis"] == "What is the splitting of water by light called?"
    assert (
        asked["grana"]
        == "What are stacks of flattened membrane sacs inside the chloroplast called?"
    )
    choices = [q for q in bank.questions if q.type == QuestionType.MULTIPLE_CHOICE]
    assert not any(q.answer == "stroma" for q in choices)  # no other fluid: typed, not padded


def test_long_sentences_give_short_questions() -> None:
    assert _ask("In 1066, Duke William of Normandy conquered England.", "William", "person") == (
        "In 1066, who conquered England?"
    )
    sentence = (
        "A few years after the war, in 1107, the guild moved to Orsby and built a hall, "
        "while the old hall fell into ruin."
    )
    # one claim, still dated: the guild may have moved again another year
    assert _ask(sentence, "Orsby", "place") == "Where did the guild move in 1107?"
    sentence = "The opera was written for the court and was first performed on 2 May 1871."
    assert _ask(sentence, "2 May 1871", "date") == "When was the opera first performed?"


def test_named_after_someone_is_no_name_for_the_subject() -> None:
    assert definition("The mountain was named after George Everest.") is None
    found = definition("The mountain was named Chomolungma.")
    assert found is not None and found.question == "What was the mountain called?"
    assert definition("A regulation of the Elbe was called for.") is None


def test_a_bound_is_asked_without_options_or_a_false_statement() -> None:
    """ "By what century ...?" holds for every later century too, so no other century is a
    sure wrong answer."""
    entries = [("period", f"{n}th century", "doc") for n in (4, 6, 7, 8)]
    for prompt in ("By what century had the Franks settled the valley?", "Since when ...?"):
        questions = []
        for index in range(12):
            fact = _fact("period", "5th century", prompt=prompt, unique=True, id=f"fact-{index}")
            questions += fact_questions(fact, DistractorPool(entries, [fact]))
        assert questions and {q.type for q in questions} == {QuestionType.TYPED}
    fact = _fact("period", "5th century", prompt="In what century did the Franks settle it?")
    types = {q.type for q in fact_questions(fact, DistractorPool(entries, [fact]))}
    assert types == {QuestionType.MULTIPLE_CHOICE}  # the same fact, asked for a point in time


def test_a_phrase_naming_part_of_a_thing_moves_whole_to_the_front() -> None:
    assert _ask(
        "The bridge was closed at the start of the Harvest War.", "Harvest War", "event"
    ) == ("At the start of which war was the bridge closed?")
    assert _ask(
        "The monks fled at the end of the Tarland Crusade.", "Tarland Crusade", "event"
    ) == ("At the end of which crusade did the monks flee?")
    # no sort to ask for ("of what"), a phrase inside the subject, or a copula with a noun
    assert _ask("The monks fled at the start of Lent.", "Lent", "other") != (
        "At the start of what did the monks flee?"
    )
    assert not (
        _ask("A fleet at the mouth of the Osk River sank.", "Osk River", "place") or ""
    ).startswith("At the mouth")
    assert not (
        _ask("Orm is a town at the mouth of the Osk River.", "Osk River", "place") or ""
    ).startswith("At the mouth")


_STRAY_ENDINGS = ('."?', ".?", ",?", ";?", " ?")


@given(st.text(alphabet="Orm kel.,;:!?\"”’')( \n", max_size=30))
def test_a_finished_prompt_has_nothing_stray_before_its_question_mark(text: str) -> None:
    prompts = [end_question(text), end_question(f"Was it {text}")]
    prompts += [asked for asked in [yes_no(f"The mill was built by Orm{text}")] if asked]
    for prompt in prompts:
        assert prompt.endswith("?") and not prompt.endswith(_STRAY_ENDINGS)
        assert end_question(prompt) == prompt
    assert end_question(f"Was it Orm{text}").startswith("Was it Orm")


def test_a_question_ending_in_a_quotation_closes_the_quotation_then_asks() -> None:
    text = (
        "Orm Vale is a valley in the north of Varland. In 1900, the Varland council renamed "
        'the vale "the three dales of Orm, Kell and Lund." The river Esk flows through the vale.'
    )
    prompts = [q.prompt for q in _deck(text, "Orm Vale").questions]
    quoted = [prompt for prompt in prompts if "three dales" in prompt]
    assert quoted == [
        "In what year did the Varland council rename the vale "
        '"the three dales of Orm, Kell and Lund"?'
    ]
    assert end_question("Who named it the Vale.") == "Who named it the Vale?"


@pytest.mark.parametrize(
    ("sentence", "term", "question"),
    [
        (
            "A toll is whatever a boat pays to pass the lock.",
            "toll",
            "What is the name for whatever a boat pays to pass the lock?",
        ),
        (
            "Ballast is whatever a ship carries low in the hull for balance.",
            "Ballast",
            "What is the name for whatever a ship carries low in the hull for balance?",
        ),
    ],
)
def test_a_definition_by_whatever_asks_for_the_name_of_what_it_says(
    sentence: str, term: str, question: str
) -> None:
    found = definition(sentence)
    assert found is not None
    assert sentence[found.start : found.end] == term
    assert found.question == question


@pytest.mark.parametrize(
    "sentence",
    [
        "He is whatever the crew needs him to be.",
        "Ballast is whatever this ship carries.",
        "Kelmar is whatever the captain says.",
        "Everything is whatever the crew can carry.",
    ],
)
def test_a_whatever_clause_of_a_pronoun_or_of_context_defines_nothing(sentence: str) -> None:
    assert definition(sentence) is None


def test_a_named_term_ends_before_an_aside_after_a_dash() -> None:
    sentence = "A native or resident of Tarnel is known as a Tarnelite – in Orm speech tarnak."
    found = definition(sentence)
    assert found is not None
    assert sentence[found.start : found.end] == "Tarnelite"
    assert found.question == "What is a native or resident of Tarnel called?"


def test_a_later_after_a_time_unit_stays_with_its_count() -> None:
    assert simplify("A strike broke out in Vell three days later led by Ada Lund.") == (
        "A strike broke out in Vell three days later led by Ada Lund."
    )
    assert simplify("The monks later built a hall.") == "The monks built a hall."


def test_a_rate_s_unit_is_asked_whole() -> None:
    # "km/h" is one unit: cutting it at the slash asked "how many km did winds gust/h"
    asked = _ask("On the coast, winds gusted to 140 km/h at Tarnby harbour.", "140", "number")
    assert asked is not None
    assert "km/h" in asked and "/h " not in asked.replace("km/h", "")


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        (
            "On the 2013 elections, who defeated Ivo Lamm?",
            "In the 2013 elections, who defeated Ivo Lamm?",
        ),
        ("On the general election, who won Kell?", "In the general election, who won Kell?"),
        # "on" a day, a surface or a road stays
        ("On 4 May 1870, who won Kell?", "On 4 May 1870, who won Kell?"),
        ("On the island, which town is largest?", "On the island, which town is largest?"),
        ("On the 2013 tour, who played bass?", "On the 2013 tour, who played bass?"),
    ],
)
def test_an_event_a_question_opens_with_takes_in(question: str, asked: str) -> None:
    assert with_event_preposition(question) == asked


def test_an_imported_question_opening_on_an_event_says_in(uncut: None) -> None:
    text = (
        "= Kell =\n\nKell is a city in Varland. Ivo Lamm was mayor of Kell from 2007 to 2013. "
        "On the 2013 elections, former President Otto Brenn defeated Lamm in the mayoral race.\n"
    )
    bank = build_deck(text, deck="notes", file_name="notes.txt", markdown=False).bank
    prompts = [q.prompt for q in bank.questions]
    assert "In the 2013 elections, who defeated Ivo Lamm in the mayoral race in Kell?" in prompts
