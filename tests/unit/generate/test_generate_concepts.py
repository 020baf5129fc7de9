"""Concepts and key terms: definitions asked for their term, recurring noun phrases found and
asked about, the questions that would give a term away or fit many terms left out, and a
selection that covers the document."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factdeck.bank.models import QuestionType
from factdeck.generate import concepts
from factdeck.generate import extract as extract_module
from factdeck.generate.extract import extract
from factdeck.generate.phrasing import Definition, definition
from factdeck.generate.pipeline import build_deck
from factdeck.generate.sentences import Sentence, split_sentences
from factdeck.generate.text import abbreviations


def _defined(text: str) -> tuple[str, str] | None:
    found = definition(text)
    return None if found is None else (text[found.start : found.end], found.question)


def test_an_indefinite_definition_asks_what_the_description_is_called() -> None:
    assert _defined("A sand bar is a ridge of sand built up by currents along a shore.") == (
        "sand bar",
        "What is a ridge of sand built up by currents along a shore called?",
    )
    assert _defined("A Carnot engine is a model of an ideal heat engine.") == (
        "Carnot engine",
        "What is a model of an ideal heat engine called?",
    )


def test_a_hedged_definition_is_a_definition() -> None:
    text = "A fallow field is understood to be a field left unsown for a season."
    assert _defined(text) == ("fallow field", "What is a field left unsown for a season called?")
    text = "A tor is regarded as a hill crowned by bare rock."
    assert _defined(text) == ("tor", "What is a hill crowned by bare rock called?")


def test_a_definition_keeps_only_the_first_claim_of_its_predicate() -> None:
    text = "A sand bar is a ridge of sand along a shore, which shifts with every storm."
    assert _defined(text) == ("sand bar", "What is a ridge of sand along a shore called?")
    text = "A lagoon is a shallow body of water whose outlet is narrow, or sometimes closed."
    assert _defined(text) == (
        "lagoon",
        "What is a shallow body of water whose outlet is narrow called?",
    )


def test_a_definite_predicate_is_asked_directly_and_a_role_asks_who() -> None:
    text = "The Tarn Bridge is the longest bridge in the county."
    assert _defined(text) == ("Tarn Bridge", "What is the longest bridge in the county?")
    text = "Aldric was the abbot of Marwick and the first prior of Esk."
    assert _defined(text) == ("Aldric", "Who was the abbot of Marwick and the first prior of Esk?")


def test_vague_or_contextual_definitions_are_not_asked() -> None:
    assert definition("A kiln is a furnace.") is None  # nothing sets it apart
    assert definition("The input is a list of numbers.") is None  # which input?
    assert definition("Tarnby is a town in the north of the county.") is None  # so are others
    assert definition("The fastest growing sport is the relay.") is None
    assert definition("The load is a weight and the lever is a rod.") is None  # two claims
    assert definition("The mayor is the head of the council and, with the board.") is None


def test_a_definition_question_describes_what_its_phrases_mean() -> None:
    assert concepts.clear_description("What is the most widely grown grain?")
    assert concepts.clear_description("What is the class containing the problems of group A?")
    assert concepts.clear_description("What is the input string for a sorting network called?")
    assert concepts.clear_description("What is the largest lake in Finland?")
    assert not concepts.clear_description("What is the fluid inside called?")
    assert not concepts.clear_description("What is the input called?")
    assert concepts.clear_description("What is the cell called?", known={"cell"})
    assert not concepts.clear_description("What are the riddles formed in?")
    assert concepts.clear_description("What is the grain grown in Tarnia?")


def test_a_which_clause_that_defines_the_phrase_before_it_is_asked_for() -> None:
    text = "Salt comes from brine pools, which are the remains of an old sea in the valley."
    found = concepts.which_is(text)
    assert found is not None
    assert found.question == "What are the remains of an old sea in the valley?"
    assert found.claim[found.start : found.end] == "brine pools"
    text = "Most grain is sold as grade B, which is the class of wheat with the most protein."
    found = concepts.which_is(text)
    assert found is not None and found.claim[found.start : found.end] == "B"
    assert concepts.which_is("Rollo settled in Normandy, which is a region of France.") is None
    quantity = "The loom would run for 4,000 years, which is the age of the oldest tree in Orm."
    assert concepts.which_is(quantity) is None  # the span of time is described, no term


def test_another_name_given_in_an_aside_is_asked_for() -> None:
    found = concepts.alias("Lake Orla, also known as the Blue Lake, feeds the river Esk.")
    assert found is not None
    assert found.question == "By what other name is Lake Orla known?"
    assert found.claim == "Lake Orla is also known as the Blue Lake."
    assert found.claim[found.start : found.end] == "Blue Lake"
    found = concepts.alias("Field mice (also called wood mice) eat seeds.")
    assert found is not None and found.question == "By what other name are field mice known?"
    assert concepts.alias("Public halls, also known as town or village halls, are old.") is None
    assert concepts.alias("In 1803 it, also known as the Camp, grew.") is None


def test_an_imported_aside_naming_a_lake_becomes_a_question() -> None:
    text = (
        "Lake Orla, also known as the Blue Lake, feeds the river Esk. The lake is deep and cold."
        " Trout and char live in the lake. The first boats sailed on it in 1820."
    )
    found = extract(split_sentences("doc", text, markdown=False), "Esk valley", selective=True)
    asked = {c.question: c.span.text for c in found.candidates}
    assert asked.get("By what other name is Lake Orla known?") == "Blue Lake"


def test_a_name_described_as_the_one_of_its_kind_is_asked_for() -> None:
    found = concepts.named_superlative(
        "Glaciers feed Lake Orra, the deepest lake in the Tarn mountains."
    )
    assert found is not None
    assert found.question == "Which lake is the deepest in the Tarn mountains?"
    assert found.claim == "Lake Orra is the deepest lake in the Tarn mountains."
    assert found.claim[found.start : found.end] == "Lake Orra"
    found = concepts.named_superlative(
        "The valley was home to Kessel Mill, the oldest working paper mill in Varland, "
        "and to two breweries."
    )
    assert found is not None
    assert found.question == "Which mill was the oldest working paper one in Varland?"
    found = concepts.named_superlative(
        "Pilgrims cross the Orm Pass, the only road between Kell and Varn."
    )
    assert found is not None
    assert found.question == "What is the only road between Kell and Varn?"


def test_a_superlative_that_says_not_of_what_is_not_asked() -> None:
    for text in (
        "Glaciers feed Lake Orra, the deepest lake.",  # the deepest of what?
        "In 1902, the largest mill in the valley burned down.",  # no name described
        "Tarn has Orm Field, the busiest airport there, and two ports.",
        "Pilgrims crossed the Orm Pass, a road between Kell and Varn.",
        "Ivo Marr founded the Orm Guild, the first large guild of the town.",  # which town?
    ):
        assert concepts.named_superlative(text) is None, text


def test_an_imported_name_described_by_a_superlative_becomes_a_question() -> None:
    text = (
        "Tarnland is a region of lakes and hills. Its farms grow oats and barley. "
        "Glaciers feed Lake Orra, the deepest lake in the Tarn mountains. "
        "Trout and char live in its cold water. The first boats sailed there in 1820."
    )
    bank = build_deck(text, deck="Tarnland", file_name="tarnland.txt", markdown=False).bank
    asked = {q.prompt: q for q in bank.questions}
    question = asked["Which lake is the deepest in the Tarn mountains?"]
    assert question.answer == "Lake Orra"


def test_a_superlative_name_starts_after_an_opening_phrase_without_its_comma() -> None:
    text = "Between Holm and Tule the Tule Vell Bridge, the longest bridge in Kelland, spans it."
    defined = concepts.named_superlative(text)
    assert defined is not None
    assert defined.claim == "Tule Vell Bridge is the longest bridge in Kelland."
    assert defined.claim[defined.start : defined.end] == "Tule Vell Bridge"


def test_key_terms_are_the_noun_phrases_a_document_repeats() -> None:
    texts = [
        "A sorting network sorts a fixed number of inputs.",
        "Every sorting network is built from comparators.",
        "Comparator networks with many inputs need a large depth.",
        "The depth of a sorting network is the number of layers it has.",
        "The zero-one principle says a network that sorts bits sorts numbers too.",
        "The zero-one principle makes proofs about networks short.",
        "Other important networks merge two sorted lists.",
    ]
    terms = concepts.key_terms(texts, "Comparison circuits")
    assert (
        concepts.key_terms(texts, "Sorting networks").count("sorting network") == 0
    )  # the subject
    assert terms.count("sorting network") == 3
    assert terms.count("sorting networks") == 3  # one term, singular or plural
    assert terms.count("zero-one principle") == 2
    assert terms.count("important networks") == 0  # a generic modifier is no part of a term
    assert terms.count("large depth") == 0  # used once
    text = "A fast sorting network sorts the inputs."
    assert terms.spans(text) == []  # inside a longer phrase: blanking it leaves half of it
    text = "Every sorting network is built from comparators."
    assert [text[a:b] for a, b in terms.spans(text)] == ["sorting network"]


def test_a_term_inside_a_larger_phrase_or_a_verb_is_not_marked() -> None:
    texts = ["The trade winds blow west.", "The trade winds of the south are steady."] * 2
    terms = concepts.key_terms(texts)
    assert terms.count("trade wind") == 4
    assert terms.spans("The trade winds of the south are steady.") == []
    verbs = concepts.key_terms(["The guild states that it rules the town."] * 3)
    assert verbs.count("guild state") == 0


def test_a_term_question_never_shows_every_word_of_the_term() -> None:
    assert concepts.gives_away(
        "What are algorithms that use random bits called?", "randomized algorithms"
    )
    assert not concepts.gives_away(
        "What is a model of an ideal heat engine called?", "Carnot engine"
    )


def test_a_short_symbol_is_shown_only_by_itself() -> None:
    question = "What is the set of problems solvable in polynomial time?"
    assert not concepts.gives_away(question, "P")
    assert concepts.gives_away("What does the class P contain?", "P")


def test_a_word_shows_another_of_its_root_from_the_length_asked() -> None:
    assert concepts.same_root("random", "randomized", 4)
    assert concepts.same_root("evaporation", "evaporate", 5)
    assert not concepts.same_root("chloroplast", "chlorophyll", 4)
    assert concepts.same_root("reef", "reefs", 4)
    assert not concepts.same_root("reef", "reefs", 5)  # under five letters: only itself
    assert concepts.same_root("NP", "NP", 4)
    assert not concepts.same_root("NP", "NPC", 4)


def test_a_term_question_must_single_out_its_term() -> None:
    assert not concepts.specific("What is in the first group?")
    assert not concepts.specific("What are commonly used?")
    assert not concepts.specific("What became distinct from the old language?")
    assert concepts.specific("What tells us that sorting is hard in the worst case?")
    assert concepts.specific("What is a model of an ideal heat engine called?")


def test_a_term_is_asked_as_the_subject_with_its_article_or_named_by_a_description() -> None:
    text = "A sorting network can be drawn as a set of wires."
    start = text.index("sorting network")
    assert concepts.ask(text, start, start + len("sorting network")) == (
        "What can be drawn as a set of wires?",
        "subject",
    )
    text = "The most studied network is the bitonic sorter."
    start = text.index("bitonic sorter")
    assert concepts.ask(text, start, len(text) - 1) == (
        "What is the most studied network?",
        "fronted",
    )


_ESSAY = """= Sorting networks =

A sorting network is a circuit of comparators that sorts any list of a fixed length. A comparator is a gadget that swaps two values held on a pair of wires. The depth of a sorting network counts its layers of comparators. Donald Knuth described the zero-one principle in 1973. The zero-one principle is a rule that reduces every proof about sorting to lists of bits. A bitonic sorter is a sorting network built from merging stages of equal size. Kenneth Batcher published the bitonic sorter in 1968. A sorting network can be drawn as a set of horizontal wires. The zero-one principle makes proofs about sorting networks short.
"""


def test_an_imported_concept_text_gets_questions_about_its_terms() -> None:
    sentences = split_sentences("essay", _ESSAY.split("\n", 2)[2], markdown=False)
    found = extract(sentences, "Sorting networks", selective=True).candidates
    asked = {c.span.text: c.question for c in found}
    assert asked["zero-one principle"] in (
        "What is a rule that reduces every proof about sorting to lists of bits called?",
        "What makes proofs about sorting networks short?",
    )
    assert asked["comparator"] == (
        "What is a gadget that swaps two values held on a pair of wires called?"
    )
    assert "sorting network" not in asked  # the document's own subject


_ENGINES = """Heat engines

A steam engine is an engine that turns the pressure of boiling water into motion. The steam engine drove the mills of the early factories. A petrol engine is an engine that fires a spark plug to ignite a mixture of petrol and air. The petrol engine powers most small cars. A diesel engine is an engine that relies on the heat of compression alone. The diesel engine pulls most heavy trains. A jet engine is an engine that drives a plane forward with a stream of hot gas. The jet engine made long flights cheap. The thermal efficiency of an engine is the share of heat from burning fuel that becomes work. The thermal efficiency of the best diesel engines is about half.
"""


def test_a_term_has_options_of_its_own_sort_and_a_one_claim_statement() -> None:
    bank = build_deck(_ENGINES, deck="Heat engines", file_name="engines.txt", markdown=False).bank
    engines = {"steam engine", "petrol engine", "diesel engine", "jet engine"}
    choices = [q for q in bank.questions if q.type == QuestionType.MULTIPLE_CHOICE]
    asked = [q for q in choices if q.answer in engines]
    assert len(asked) >= 2
    assert all(set(q.options) <= engines for q in asked)  # an engine among engines
    statements = [q.prompt for q in bank.questions if q.type == QuestionType.TRUE_FALSE]
    assert not any(re.search(r"\ban engine\?$", s) for s in statements)  # "Is X an engine?"


def _mill_and_school() -> list[Sentence]:
    verbs = ["rebuilt", "enlarged", "sold", "repaired", "restored", "painted", "closed"]
    mill = " ".join(
        f"The Orby mill was {v} by Tom Hale in {1700 + i * 7}." for i, v in enumerate(verbs)
    )
    school = (
        "The Esk school was opened by Ann Reed in 1851."
        " The Esk chapel was consecrated by Ned Cole in 1866."
    )
    return split_sentences("doc", f"{mill}\n\n{school}", markdown=False)


def test_a_deck_that_must_leave_facts_out_covers_every_paragraph(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(extract_module, "WORDS_PER_QUESTION", 10_000)  # the least budget: 5
    kept = extract(_mill_and_school(), "Orby", selective=True).candidates
    assert len(kept) == 5
    assert {c.sentence.paragraph for c in kept} == {0, 1}  # not the five best of the mill
    monkeypatch.setattr(extract_module, "COVERAGE_PENALTY", 0.0)
    ranked_only = extract(_mill_and_school(), "Orby", selective=True).candidates
    assert {c.sentence.paragraph for c in ranked_only} == {0}


def test_a_deck_with_room_for_every_fact_keeps_them_all(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(extract_module, "WORDS_PER_QUESTION", 1)
    kept = extract(_mill_and_school(), "Orby", selective=True).candidates
    years = [str(1700 + i * 7) for i in range(7)]
    # the school's opener is asked rather than its year, which would name her
    assert [c.span.text for c in kept] == [*years, "Ann Reed", "Ned Cole", "1866"]


def test_a_weak_candidate_is_not_asked_even_with_room(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(extract_module, "WORDS_PER_QUESTION", 1)
    everything = extract(_mill_and_school(), "Orby", selective=True).candidates
    weakest = min(c.score for c in everything)
    monkeypatch.setattr(extract_module, "MIN_SCORE", weakest + 0.01)
    kept = extract(_mill_and_school(), "Orby", selective=True).candidates
    assert kept and all(c.score > weakest for c in kept)
    assert {c.id for c in kept} != {c.id for c in everything}


def test_a_definition_inside_a_sentence_that_leans_on_another_is_still_asked() -> None:
    text = (
        "Millers sort wheat by the protein in its grain. Protein makes bread rise."
        " This sets the price of grade B, which is the class of wheat with the most protein."
        " Grade B sells for twice the price of feed wheat in most markets."
    )
    found = extract(split_sentences("doc", text, markdown=False), "Wheat", selective=True)
    asked = {c.question: c.span.text for c in found.candidates}
    assert asked.get("What is the class of wheat with the most protein?") == "B"
    assert all(c.sentence.text != text.split(". ")[2] + "." for c in found.candidates)


_WORDS = st.sampled_from(
    [
        "a",
        "an",
        "the",
        "is",
        "are",
        "was",
        "which",
        "also",
        "known",
        "as",
        "called",
        ",",
        "(",
        ")",
        ".",
        "river",
        "stone",
        "mill",
        "Tarn",
        "B",
        "engine",
        "of",
        "in",
        "that",
        "lake",
        "grade",
        "sorting",
        "network",
        "principle",
        "zero-one",
        "comparator",
    ]
)


@given(st.lists(_WORDS, min_size=1, max_size=30))
@settings(max_examples=300, deadline=None)
def test_whatever_the_sentence_a_definition_points_at_its_answer(words: list[str]) -> None:
    text = " ".join(words)
    for found in (definition(text), concepts.alias(text), concepts.which_is(text)):
        if found is not None:
            answer = found.claim[found.start : found.end]
            assert answer.strip() == answer and answer
            assert found.question.endswith("?")
    terms = concepts.key_terms([text, text])
    for start, end in terms.spans(text):
        assert terms.count(text[start:end]) >= 2


def _named(found: Definition | None) -> tuple[str, str] | None:
    return None if found is None else (found.claim[found.start : found.end], found.question)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The most common reduction is a polynomial-time reduction.",
            ("polynomial-time reduction", "What is the most common reduction?"),
        ),
        (
            "A mole rat is the smallest rodent of the steppe, which digs long tunnels.",
            ("mole rat", "What is the smallest rodent of the steppe?"),
        ),
        (
            "A dwarf star is the faintest star, which burns for aeons.",
            ("dwarf star", "What is the faintest star?"),
        ),
        (
            "The best known method for sorting cards is the insertion sort, which is slow.",
            ("insertion sort", "What is the best known method for sorting cards?"),
        ),
        (
            "In physics, the mean free path is defined to be the average distance taken by a"
            " particle between collisions.",
            (
                "mean free path",
                "What is the average distance taken by a particle between collisions?",
            ),
        ),
    ],
)
def test_a_superlative_or_a_stated_meaning_names_its_term(
    text: str, expected: tuple[str, str]
) -> None:
    assert _named(concepts.described_term(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Perth is the largest city.",  # a name: the name rules ask it, with its place
        "A prokaryote is the simplest cell, which lacks a nucleus.",  # a cell, not "the" cell
        "The largest city is Perth.",
        "The most common outcome is a process.",  # a generic word names nothing
    ],
)
def test_a_superlative_that_singles_nothing_out_names_no_term(text: str) -> None:
    assert concepts.described_term(text) is None


def test_a_coined_term_is_asked_by_what_it_was_coined_for() -> None:
    text = 'The ecologist Lena Ross coined the term "rewilding" to describe the return of land.'
    assert _named(concepts.coined_term(text)) == (
        "rewilding",
        "What term did the ecologist Lena Ross coin to describe the return of land?",
    )
    text = "The term 'hydrology', meaning \"water study\", was introduced by Ada Frey in 1801."
    assert _named(concepts.coined_term(text)) == (
        "hydrology",
        'What term meaning "water study" was introduced by Ada Frey?',
    )
    assert concepts.coined_term("He coined the term rewilding to describe the change.") is None


def test_another_name_in_quotes_or_given_simply_is_an_alias() -> None:
    text = 'Hardy weeds, sometimes referred to as "superweeds", now spread in many fields.'
    assert _named(concepts.alias(text)) == (
        "superweeds",
        "By what other name are hardy weeds known?",
    )
    text = "Nematodes, also known simply as roundworms, live in almost every soil."
    assert _named(concepts.alias(text, proper={"Tarland"})) == (
        "roundworms",
        "By what other name are nematodes known?",
    )


def test_an_effect_is_asked_for_by_its_cause() -> None:
    found = concepts.statement("Scurvy results from a lack of vitamin C in the diet of sailors.")
    assert _named(found) == (
        "Scurvy",
        "What results from a lack of vitamin C in the diet of sailors?",
    )
    found = concepts.statement("Leaf blight is caused by a fungus that lives in wet soil.")
    assert _named(found) == ("Leaf blight", "What is caused by a fungus that lives in wet soil?")
    assert concepts.statement("Scurvy results from poor diets.") is None  # fits too much


def test_a_generic_word_is_never_the_key_of_a_definition() -> None:
    assert concepts.statement("The spread of rust in wheat is a common phenomenon.") is None
    assert concepts.generic_key("common phenomenon")
    assert not concepts.generic_key("polynomial-time reduction")


def test_the_word_a_sentence_defines_is_the_key_without_word() -> None:
    found = definition("The word tsunami is the name of a wave raised by an earthquake.")
    assert found is not None
    named = concepts.usable_definition(found)
    assert _named(named) == (
        "tsunami",
        "What word is the name of a wave raised by an earthquake?",
    )


_STUDY_NOTES = """Soil and crops

The largest organism in healthy soil is the fungal network, which links the roots of trees.

Leaf blight is caused by a fungus that lives in wet soil. Farmers rotate crops against leaf blight.

Nematodes, also known simply as "eelworms", feed on the roots of crops.

The agronomist Lena Ross coined the term "rewilding" to describe the return of farmland to wild nature.

The most common rotation is a three-field rotation. A three-field rotation rests one field a year.

The loss of topsoil on bare slopes is a common phenomenon. Topsoil forms slowly.
"""


def test_a_study_note_asks_its_definitions_and_key_terms() -> None:
    bank = build_deck(_STUDY_NOTES, deck="Soil", file_name="soil.txt", markdown=False).bank
    asked = {q.prompt: (q.answer, set(q.accepted)) for q in bank.questions}
    assert asked["What is the most common rotation?"] == (
        "three-field rotation",
        {"three-field rotations"},  # never "three-field" alone
    )
    assert asked["By what other name are nematodes known?"][0] == "eelworms"
    assert (
        asked[
            "What term did the agronomist Lena Ross coin to describe the return of farmland"
            " to wild nature?"
        ][0]
        == "rewilding"
    )
    assert not any(q.answer == "common phenomenon" for q in bank.questions)


def test_a_role_word_before_a_thing_asks_what_not_who() -> None:
    assert _defined("Gaelic is the official language in the county of Orm.") == (
        "Gaelic",
        "What is the official language in the county of Orm?",
    )
    assert _defined("Aldric was the chief abbot of Marwick.") == (
        "Aldric",
        "Who was the chief abbot of Marwick?",
    )


def test_a_hyphenated_title_asks_who() -> None:
    assert _defined("Ada Vell was the Director-General of the Orm colony in 1664.") == (
        "Ada Vell",
        "Who was the Director-General of the Orm colony in 1664?",
    )
    assert _defined("Ivo Berg was the Lieutenant-Governor of Tarland.") == (
        "Ivo Berg",
        "Who was the Lieutenant-Governor of Tarland?",
    )


def test_a_count_is_not_the_key_of_a_definition() -> None:
    found = definition("The 40 goals were the most by the Orm side since 1950.")
    assert found is None or concepts.usable_definition(found) is None


def test_a_contrast_asks_for_the_kind_that_differs() -> None:
    text = (
        '"Short-day" flowering plants bloom in autumn, such as asters, whereas long-day'
        " plants flower in early summer."
    )
    assert _named(concepts.contrast(text)) == (
        "long-day plants",
        "Which plants flower in early summer?",
    )
    assert concepts.contrast("Annual plants die within a year, whereas the oak lives on.") is None
    assert concepts.contrast("Annual plants die young, whereas perennial trees live long.") is None


def test_a_stated_meaning_may_name_its_symbol_and_a_participle_says_which() -> None:
    text = (
        "Since sizes vary, the worst-case running time T(n) is defined to be the longest"
        " time taken over all inputs of size n."
    )
    found = concepts.described_term(text)
    assert _named(found) == (
        "worst-case running time",
        "What is the longest time taken over all inputs of size n?",
    )
    assert concepts.clear_description("What is the longest time taken over all inputs?")


def test_quotes_that_mark_a_term_are_no_opinion() -> None:
    text = '"Short-day" plants bloom in autumn, whereas long-day plants flower in early June.'
    found = concepts.contrast(text)
    assert found is not None
    assert '"' not in concepts.unquoted_term(text, found)


def test_a_term_that_refers_to_a_meaning_is_asked_by_it() -> None:
    text = "Erosion refers to the wearing away of rock by wind and water."
    assert _named(concepts.refers_to(text)) == (
        "Erosion",
        "What term refers to the wearing away of rock by wind and water?",
    )
    text = "The term tundra refers to a treeless plain with frozen subsoil."
    assert _named(concepts.refers_to(text)) == (
        "tundra",
        "What term refers to a treeless plain with frozen subsoil?",
    )
    cited = "Marta Holm refers to the earlier studies of the valley."
    assert concepts.refers_to(cited, proper={"Marta", "Holm"}) is None  # a person citing
    assert concepts.refers_to("A problem refers to the abstract question to be solved.") is None


def test_a_term_set_against_another_is_asked_with_unlike() -> None:
    text = "Active transport, unlike diffusion, needs energy from respiration."
    assert _named(concepts.unlike(text)) == (
        "Active transport",
        "Unlike diffusion, what needs energy from respiration?",
    )
    plural = "Insulators, unlike conductors, resist the flow of current."
    assert concepts.unlike(plural) is None  # "what resist" would not agree


def test_a_law_is_asked_by_what_it_states() -> None:
    text = "The law of supply states that sellers offer more as prices rise."
    assert _named(concepts.states_that(text)) == (
        "law of supply",
        "Which law states that sellers offer more as prices rise?",
    )
    assert concepts.states_that("The law states that sellers offer more as prices rise.") is None


def test_a_tool_is_asked_by_its_purpose_and_a_term_by_who_uses_it() -> None:
    found = concepts.statement("An ammeter is used to measure the current in a circuit.")
    assert _named(found) == ("ammeter", "What is used to measure the current in a circuit?")
    text = "Ecologists use the term keystone species to describe a species others depend on."
    assert _named(concepts.coined_term(text)) == (
        "keystone species",
        "What term do ecologists use to describe a species others depend on?",
    )
    text = "The ecologist Ada Frey coined the term overshoot to describe this change."
    assert concepts.coined_term(text) is None  # "this change": which?


def test_a_share_of_something_is_no_key() -> None:
    assert concepts.statement("A quarter of farmland is used to grow barley for export.") is None
    assert concepts.statement("A kiln is used to grow barley for export.") is not None


def test_a_plural_term_is_defined_by_its_kind_without_an_article() -> None:
    text = "Stomata are small pores that let gases in and out of a leaf."
    assert _named(concepts.kinds_that(text)) == (
        "Stomata",
        "What are small pores that let gases in and out of a leaf called?",
    )
    assert concepts.kinds_that("Normans are people who came from Normandy.", {"Normans"}) is None
    text = "Enzymes are proteins that speed up reactions and are destroyed by heat."
    assert concepts.kinds_that(text) is None  # a second claim
    text = "Stomata are small pores that let gases pass, such as oxygen, water vapour and CO2."
    found = concepts.kinds_that(text)
    assert _named(found) == ("Stomata", "What are small pores that let gases pass called?")
    assert found is not None
    assert found.claim == "Stomata are small pores that let gases pass."  # examples left out


def test_a_plural_term_is_defined_by_its_kind_and_a_participle_phrase() -> None:
    text = "Tarns are small mountain lakes formed by glaciers in cirques."
    assert _named(concepts.kinds_that(text)) == (
        "Tarns",
        "What are small mountain lakes formed by glaciers in cirques called?",
    )
    text = "Drift nets are long nets used by fishing fleets to catch herring at night."
    assert _named(concepts.kinds_that(text)) == (
        "Drift nets",
        "What are long nets used by fishing fleets to catch herring at night called?",
    )
    # a word that only ends like a participle says nothing of the kind
    assert concepts.kinds_that("Tarns are lakes golden in the evening sun.") is None
    assert concepts.kinds_that("Tarns are lakes garden in the evening sun.") is None


def test_plural_nouns_inside_a_definition_are_not_read_as_verbs() -> None:
    assert _defined("An oligopoly is a market ruled by a few large firms.") == (
        "oligopoly",
        "What is a market ruled by a few large firms called?",
    )
    text = "National output is the total value of goods and services made in a year."
    assert _defined(text) == (
        "National output",
        "What is the total value of goods and services made in a year?",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chlorophyll (the green pigment in leaves) absorbs red and blue light.",
            ("Chlorophyll", "What is the green pigment in leaves?"),
        ),
        (
            "It is unclear if Q (the set of all problems that can be solved in a day) is finite.",
            ("Q", "What is the set of all problems that can be solved in a day?"),
        ),
        (
            "The word comes from the Latin root and caedere (the Latin word for to kill).",
            ("caedere", "What is the Latin word for to kill?"),
        ),
    ],
)
def test_a_gloss_in_brackets_defines_the_term_before_it(
    text: str, expected: tuple[str, str]
) -> None:
    assert _named(concepts.gloss(text)) == expected


def test_a_gloss_that_singles_nothing_out_is_not_asked() -> None:
    assert concepts.gloss("The Assembly (the lower house) has 88 members.") is None


def test_a_law_is_asked_without_the_clause_joined_after_it() -> None:
    text = "For instance, the rank theorem tells us that X is finite, and the rest is open."
    assert _named(concepts.states_that(text)) == (
        "rank theorem",
        "Which theorem tells us that X is finite?",
    )


def test_a_superlative_description_is_not_the_key_of_a_definition() -> None:
    found = definition("The earliest recording was an 1890 performance by a Vienna pianist.")
    assert found is not None
    assert concepts.usable_definition(found) is None


def test_a_short_form_given_after_a_subject_is_asked_by_the_subject() -> None:
    text = "Northern Tarland, often abbreviated NoTar, is a hilly region of farms."
    assert _named(concepts.abbreviated(text, proper={"Northern", "Tarland"})) == (
        "NoTar",
        "How is Northern Tarland often abbreviated?",
    )
    text = "Relative humidity (abbreviated as RH) rises at night."
    assert _named(concepts.abbreviated(text)) == ("RH", "How is relative humidity abbreviated?")


def test_a_symbol_or_a_clause_is_no_abbreviation() -> None:
    assert concepts.abbreviated("The speed of light, often abbreviated c, is finite.") is None
    assert concepts.abbreviated("Salinity, abbreviated S, rises in summer.") is None
    assert concepts.abbreviated("It was abbreviated to NT, and sold.") is None
    assert concepts.abbreviated("Its name, abbreviated NT, is short.") is None


def test_a_unit_a_quantity_is_measured_in_is_asked() -> None:
    text = "Air pressure is usually measured in hectopascals."
    assert _named(concepts.measured_in(text)) == (
        "hectopascals",
        "What unit is usually used to measure air pressure?",
    )
    text = "The speed of a glacier is measured in metres per year, using stakes."
    assert _named(concepts.measured_in(text)) == (
        "metres per year",
        "What unit is used to measure the speed of a glacier?",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Success is measured in many ways.",
        "Its depth is measured in fathoms.",
        "Output is measured in terms of tonnes.",
        "The yield was measured in the autumn.",
        "Age is measured in days, weeks and months.",
        "Rain is measured in inches or millimetres.",
    ],
)
def test_no_unit_is_no_measure_question(text: str) -> None:
    assert concepts.measured_in(text) is None


def test_a_branch_is_asked_by_what_sets_it_apart_or_by_its_field() -> None:
    text = (
        "Glaciology is a branch of geoscience that studies ice in all its forms, and it is young."
    )
    assert _named(concepts.branch_of(text)) == (
        "Glaciology",
        "What branch of geoscience studies ice in all its forms?",
    )
    assert _named(concepts.branch_of("Limnology is a branch of ecology.")) == (
        "ecology",
        "Of what field is limnology a branch?",
    )
    text = "Number theory is a branch of pure mathematics in the tradition of Euclid."
    assert _named(concepts.branch_of(text)) == (
        "pure mathematics",
        "Of what field is number theory a branch?",
    )


def test_a_branch_question_that_shows_its_answer_or_leans_on_others_is_not_asked() -> None:
    assert concepts.branch_of("Soil ecology is a branch of ecology.") is None
    assert concepts.branch_of("It is a branch of ecology that studies lakes.") is None
    assert concepts.branch_of("Limnology is a branch of ecology that study lakes.") is None
    assert concepts.branch_of("This field is a branch of ecology.") is None


def test_an_import_asks_for_units_branches_and_short_forms() -> None:
    text = (
        "Glaciology is a branch of geoscience that studies ice in all its forms. "
        "Relative humidity (abbreviated as RH) rises at night in a valley.\n\n"
        "Ice thickness is measured in metres by radar surveys from aircraft. "
        "Valley glaciers carve deep troughs into the rock below them over many centuries. "
        "Meltwater streams carry fine silt far out onto the plains beyond the ice front. "
        "Sea ice forms each winter across the polar oceans and melts back each summer. "
        "Ice cores drilled in Greenland hold air bubbles trapped over thousands of years. "
        "Crevasses open where a glacier flows over a steep step in its bed."
    )
    bank = build_deck(text, deck="Ice", file_name="ice.txt", markdown=False).bank
    asked = {(q.prompt, q.answer) for q in bank.questions}
    assert ("What branch of geoscience studies ice in all its forms?", "Glaciology") in asked
    assert ("How is relative humidity abbreviated?", "RH") in asked
    assert ("What unit is used to measure ice thickness?", "metres") in asked


def test_a_naming_that_says_how_widely_the_name_is_used_keeps_that_word() -> None:
    assert _named(concepts.named_with_adverb("Wet meadows are commonly called fens.")) == (
        "fens",
        "What are wet meadows commonly called?",
    )
    text = "A small lake in a volcanic crater is often called a maar."
    assert _named(concepts.named_with_adverb(text)) == (
        "maar",
        "What is a small lake in a volcanic crater often called?",
    )
    assert concepts.named_with_adverb("These lakes are often called maars.") is None


def test_a_named_term_ends_before_the_clause_that_says_why() -> None:
    text = "The Orm cycle is sometimes referred to as a dry Vell cycle because, when cold, it is."
    assert _named(concepts.named_with_adverb(text)) == (
        "dry Vell cycle",
        "What is the Orm cycle sometimes called?",
    )
    text = "The wet cycle is called the slow cycle since it takes a day."
    assert _named(definition(text)) == ("slow cycle", "What is the wet cycle called?")


def test_a_name_held_only_at_a_time_the_term_closes_on_is_not_asked() -> None:
    assert definition("The quarter was known as a farming area prior, and then grew.") is None
    assert definition("The quarter was known as a farming area then.") is None
    assert _named(definition("The quarter was known as the Mill End, and then grew.")) == (
        "Mill End",
        "What was the quarter called?",
    )


def test_a_term_described_between_commas_is_asked_by_the_description() -> None:
    text = "Bioturbation, the mixing of soil by burrowing animals, keeps the soil open."
    assert _named(concepts.apposition(text)) == (
        "Bioturbation",
        "What is the mixing of soil by burrowing animals?",
    )
    assert concepts.apposition("Marta Holm, the head of the survey, wrote it.", {"Marta"}) is None
    assert concepts.apposition("Flour, the salt, the yeast and water go in.") is None


def test_an_abbreviation_of_a_common_term_is_asked_what_it_stands_for() -> None:
    keys = {"NFI", "DB", "AE", "VRC"}
    text = "Farmers track the net farm income (NFI) of each holding."
    asked = ("net farm income", "What does NFI stand for?")
    assert _named(concepts.stands_for(text, keys)) == asked
    assert concepts.stands_for(text, keys - {"NFI"}) is None  # an aside of its document
    text = "Drainage basins (DB) feed the river."
    assert _named(concepts.stands_for(text, keys)) == ("drainage basin", "What does DB stand for?")
    text = "She studied applied economics (AE) at night."
    asked = ("applied economics", "What does AE stand for?")
    assert _named(concepts.stands_for(text, keys)) == asked
    assert concepts.stands_for("The Velm Rowing Club (VRC) races on the lake.", keys) is None
    assert concepts.stands_for("The farm income (NFI) fell.", keys) is None  # nothing spells it


def test_an_abbreviation_is_a_key_term_only_where_the_document_keeps_using_it() -> None:
    texts = [
        "Farmers track the net farm income (NFI) of each holding.",
        "Heating and air conditioning (HAC) use a third of the power on a farm.",
        "A low NFI pushes young farmers to the towns.",
        "Soil organic matter (SOM) holds water.",
        "Banks lend against NFI, and the HAC bill falls in spring.",
    ]
    defined = abbreviations(texts)
    assert concepts.key_abbreviations(defined, texts, lead="Farming") == {"NFI"}
    once_more = texts[:4]  # NFI defined and used once more: a convenience, not a key term
    assert concepts.key_abbreviations(defined, once_more, lead="Farming") == set()
    assert concepts.key_abbreviations(defined, texts, lead="Farming. How SOMs hold water") == {
        "NFI",
        "SOM",
    }
    one_off = texts[1:2]
    assert concepts.key_abbreviations(abbreviations(one_off), one_off, lead="") == set()


def test_a_stands_for_question_is_not_answered_by_its_own_letters() -> None:
    text = (
        "Hill farming changed little in the valleys before the railway came. "
        "Farmers track the net farm income (NFI) of each holding every spring. "
        "Grain prices rose sharply across the northern plains after the long drought. "
        "Dairy herds moved to the wetter valleys where the grass grew back quickly. "
        "Orchards on the southern slopes gave a record crop of apples and pears. "
        "Cooperatives teach hill farming in new barns near the railway in the market towns."
    )
    bank = build_deck(text, deck="Hill farming", file_name="farms.txt", markdown=False).bank
    prompt = "In hill farming, what does NFI stand for?"  # letters that stand for many things
    asked = [q for q in bank.questions if q.prompt == prompt]
    assert [q.answer for q in asked] == ["net farm income"]
    assert all("NFI" not in getattr(q, "accepted", ()) for q in asked)


def test_letters_asked_in_a_document_with_no_field_to_name_are_not_asked() -> None:
    text = (
        "Farmers track the net farm income (NFI) of each holding every spring. "
        "Grain prices rose sharply across the northern plains after the long drought. "
        "Dairy herds moved to the wetter valleys where the grass grew back quickly. "
        "Orchards on the southern slopes gave a record crop of apples and pears. "
        "Cooperatives bought new storage barns near the railway in the market towns."
    )
    bank = build_deck(text, deck="Farms", file_name="farms.txt", markdown=False).bank
    assert not [q for q in bank.questions if "stand for" in q.prompt]


def test_a_one_off_abbreviation_in_a_sentence_about_something_else_is_not_asked() -> None:
    text = (
        "Grain prices rose sharply across the northern plains after the long drought.\n\n"
        "Dairy herds moved to the wetter valleys where the grass grew back quickly.\n\n"
        "On the larger holdings, heating and air conditioning (HAC) use a third of the power.\n\n"
        "Orchards on the southern slopes gave a record crop of apples and pears.\n\n"
        "Cooperatives bought new storage barns near the railway in the market towns."
    )
    bank = build_deck(text, deck="Farms", file_name="farms.txt", markdown=False).bank
    assert not [q for q in bank.questions if "HAC" in q.prompt]


def test_another_name_given_without_also_is_an_alias_unless_it_holds_only_somewhere() -> None:
    assert _named(concepts.alias("Field mice (known as wood mice) eat seeds.")) == (
        "wood mice",
        "By what other name are field mice known?",
    )
    assert concepts.alias("Robert, called after his uncle, sailed west.") is None
    text = "Trade schools, called technical colleges in some states, teach crafts."
    assert concepts.alias(text) is None


def test_a_branch_described_by_a_participle_is_asked_by_it() -> None:
    text = "Limnology is the branch of ecology concerned with lakes and ponds."
    assert _named(concepts.branch_of(text)) == (
        "Limnology",
        "What branch of ecology is concerned with lakes and ponds?",
    )
    text = "Hydrology is the branch of geoscience dealing with water on land."
    assert _named(concepts.branch_of(text)) == (
        "Hydrology",
        "What branch of geoscience deals with water on land?",
    )


def test_a_time_phrase_after_a_name_goes_to_the_question_not_the_key() -> None:
    text = (
        "Orm Bay\n\nDutch whalers anchored between the two capes of the island every summer. "
        "The bay between the two capes was called Kleine Zee in 1621. "
        "Its shallow waters froze each winter."
    )
    found = extract(split_sentences("doc", text), "Orm Bay", selective=True)
    asked = {(c.span.text, c.question) for c in found.candidates}
    assert ("Kleine Zee", "What was the bay between the two capes called in 1621?") in asked
    assert all(not c.span.text.endswith("1621") for c in found.candidates)


def test_a_name_whose_definition_fails_is_still_asked_by_the_sentence_s_other_question() -> None:
    text = (
        "Tarland\n\nTarland is a small island in the North Sea. In 1077, Aldo Venn was the "
        "bishop who rebuilt the stone church of Kellby after the great fire."
    )
    found = extract(split_sentences("doc", text), "Tarland", selective=True)
    asked = [c for c in found.candidates if c.span.text == "Aldo Venn"]
    assert [c.form for c in asked] == ["subject"]
    assert (
        (asked[0].question or "")
        .casefold()
        .removeprefix("on tarland, ")
        .startswith("who was the bishop who rebuilt")
    )


def test_a_term_capitalised_only_to_open_its_sentence_is_asked_in_lower_case() -> None:
    text = (
        "Planning\n\nMarkets set prices.\n"
        "Slack time is whatever a planner gives up to choose one task over another. "
        "Every plan has its slack times."
    )
    bank = build_deck(text, deck="Planning", file_name="planning.txt", markdown=False).bank
    [asked] = [q for q in bank.questions if q.prompt.startswith("What is the name for")]
    assert asked.answer == "slack time"  # the document writes "slack times" only
    assert "the Slack time" not in getattr(asked, "accepted", [])


def test_a_definition_given_as_a_quotation_is_a_definition() -> None:
    for text in (
        'A rent cap is defined as "A limit on rents set by a town council."',
        "A rent cap is defined as “a limit on rents set by a town council”.",
    ):
        assert _defined(text) == (
            "rent cap",
            "What is a limit on rents set by a town council called?",
        )
    quoted_view = 'A rent cap is "a limit on rents set by a town council."'
    assert _defined(quoted_view) is None  # words quoted as someone's, no definition


def test_a_subject_that_names_its_kind_and_then_its_term_asks_for_the_term() -> None:
    text = "Small proteins called lectins bind sugars on the surface of cells."
    found = concepts.called_kind(text)
    assert _named(found) == (
        "lectins",
        "What are small proteins that bind sugars on the surface of cells called?",
    )
    assert found is not None
    assert found.sort == "protein"
    text = "Cells called killer T cells attack infected cells in the blood."
    assert _named(concepts.called_kind(text)) == (
        "killer T cells",
        "What are cells that attack infected cells in the blood called?",
    )
    text = "A fungus called ergot infects rye in wet summers, and it spoils the flour."
    assert _named(concepts.called_kind(text)) == (
        "ergot",
        "What is a fungus that infects rye in wet summers called?",
    )


def test_a_called_kind_told_in_the_past_is_asked_in_the_past() -> None:
    text = "A small village called Tarn lay at the foot of Kell Hill near the river."
    assert _named(concepts.called_kind(text)) == (
        "Tarn",
        "What was a small village that lay at the foot of Kell Hill near the river called?",
    )
    text = "Tall ships called carracks were built in the yards of Orm."
    assert _named(concepts.called_kind(text)) == (
        "carracks",
        "What were tall ships that were built in the yards of Orm called?",
    )


@pytest.mark.parametrize(
    "text",
    [
        "The settlers called the cove Orm Haven in 1801.",  # a verb with its object
        "Many people called Orm live in Vell.",  # no kind
        "Its cells called rods sense dim light.",  # whose cells?
        "Cells called rods sense light in this dim room.",  # which room?
        "Things called runes are found on stones in Vell.",  # a generic noun is no kind
        "Cells called rods sense dim light, which cones cannot, at night.",  # two claims
        "Dim cells, called rods, sense light at the back of the eye.",  # another name
        "Cells called rods or cones sense light at the back of the eye.",  # two terms
    ],
)
def test_a_called_subject_without_a_kind_or_one_claim_is_not_asked(text: str) -> None:
    assert concepts.called_kind(text) is None


def test_an_imported_subject_called_by_its_term_becomes_a_question() -> None:
    text = (
        "Marsh plants live in wet ground. Their roots hold the mud together. "
        "Small proteins called lectins bind sugars on the surface of root cells. "
        "Wading birds nest among the reeds in spring."
    )
    bank = build_deck(text, deck="Marsh plants", file_name="marsh.txt", markdown=False).bank
    asked = {q.prompt: q for q in bank.questions}
    question = asked[
        "What are small proteins that bind sugars on the surface of root cells called?"
    ]
    assert question.answer == "lectins"


def test_a_member_a_group_includes_is_asked_by_its_own_clause() -> None:
    text = (
        "Marsh grasses include sedges that grow in standing water; rushes that line the "
        "banks; and reeds that form dense beds."
    )
    found = concepts.includes_one_that(text)
    assert _named(found) == ("sedges", "Which marsh grasses grow in standing water?")
    assert found is not None
    assert found.claim == "Marsh grasses that grow in standing water are sedges."
    assert found.sort == "grass"  # options for sedges are other grasses
    text = "Common lichens include crusts that cling to bare rock (crustose), and ..."
    assert _named(concepts.includes_one_that(text)) == (
        "crusts",
        "Which lichens cling to bare rock?",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Marsh grasses include sedges and rushes that grow in standing water.",  # two members
        "Marsh grasses include sedges that the farmers cut in spring.",  # the clause's object
        "Marsh grasses include sedges that grow in this pool.",  # which pool?
        "The marsh includes sedges that grow in standing water.",  # a place, no group
        "Many grasses include sedges that grow in standing water.",  # no group named
    ],
)
def test_a_member_without_its_own_clause_or_group_is_not_asked(text: str) -> None:
    assert concepts.includes_one_that(text) is None


def test_a_name_is_defined_only_by_what_sets_it_apart_from_its_kind() -> None:
    assert _defined("Orm Net is a network of cables owned by the Vell Company.") == (
        "Orm Net",
        "What is a network of cables owned by the Vell Company called?",
    )
    assert _defined("ORMNET is a network of cables owned by the Vell Company.") == (
        "ORMNET",
        "What is a network of cables owned by the Vell Company called?",
    )
    assert _defined("Orm Net is a network of cables in the west of Vell.") is None  # one of many
    assert _defined("Orm Net is a network of cables that serves Vell.") is None  # so do others
    assert _defined("Netting is a mesh of cables owned by the Vell Company.") is None  # no name


def test_an_adverb_is_no_kind_of_a_plural_term() -> None:
    assert concepts.kinds_that("Tarn bricks are sometimes made from peat and straw.") is None
    assert concepts.kinds_that("Tarn kilns are sometimes used to dry peat.") is None


def test_an_irregular_participle_sets_a_kind_apart() -> None:
    assert _named(concepts.kinds_that("Tarn sketches are pictures drawn by hand in soot.")) == (
        "Tarn sketches",
        "What are pictures drawn by hand in soot called?",
    )
    assert _named(concepts.kinds_that("Tarn bells are bowls cast in bronze by smiths.")) == (
        "Tarn bells",
        "What are bowls cast in bronze by smiths called?",
    )


def test_a_definition_that_only_files_its_term_under_a_class_is_not_asked() -> None:
    text = (
        "Orvology\n\nOrvology is the study of the tides of the Kell Sea. "
        "Tidal drift is an area of study within orvology.\n"
    )
    bank = build_deck(text, deck="notes", file_name="notes.txt", markdown=False).bank
    assert [q.prompt for q in bank.questions] == [
        "Orvology is the study of the tides of which sea?"
    ]


@pytest.mark.parametrize(
    ("question", "class_only"),
    [
        ("What is a major cause of fever called?", True),
        ("What is one of the main forms of kellium called?", True),
        ("What is a type of lens with two convex faces called?", False),
        ("What is a branch of orvology that studies tides called?", False),
        ("What is a form of rule in which power rests with the guilds called?", False),
    ],
)
def test_a_class_without_what_sets_its_member_apart(question: str, class_only: bool) -> None:
    assert concepts.names_a_class_only(question) is class_only


def test_a_technical_noun_no_word_list_knows_is_read_in_lower_case_at_a_definition() -> None:
    # "Vorplasts" is in no general word list; the document also writes it in lower case
    opening = "Vorplasts are a family of membrane proteins that carry sugars into a cell."
    assert concepts.common_opening(opening, set(), {"vorplasts"}) == (
        "vorplasts are a family of membrane proteins that carry sugars into a cell."
    )
    assert concepts.common_opening(opening, set()) is None  # never written in lower case
    assert concepts.common_opening("Zelkor is a town.", {"Zelkor"}, {"zelkor"}) is None
    text = (
        "Sugar transport\n\n"
        "Plant cells take up sugars from the sap around them. "
        "Vorplasts are a family of membrane proteins that carry sugars into a cell. "
        "Without vorplasts a root cell starves within days."
    )
    bank = build_deck(text, deck="Sugar", file_name="s.txt", markdown=False).bank
    asked = {q.prompt: str(q.answer) for q in bank.questions}
    prompt = "What is a family of membrane proteins that carry sugars into a cell called?"
    assert asked[prompt].casefold() == "vorplasts"


def test_a_technical_noun_no_word_list_knows_closes_a_clear_description() -> None:
    assert concepts.clear_description("What is the predominant glarphin in cave lichens?")
    assert not concepts.clear_description("What is the predominant glarphin?")
    assert not concepts.clear_description("What is the glarphin called?")


def test_a_preposition_before_which_says_which_thing_a_definition_means() -> None:
    assert concepts.clear_description("What is the pressure at which a liquid starts to boil?")
    assert concepts.clear_description("What is the depth to which frost reaches in winter?")
    assert not concepts.clear_description("What is the depth to reach?")


def test_a_the_inside_a_clause_after_a_preposition_and_which_is_the_things_own() -> None:
    assert concepts.clear_description("What is the heat to which the metal is brought called?")
    assert concepts.clear_description("What is the stage towards which the culture tends?")
    assert concepts.clear_description("What is the stratum beneath which the brine collects?")
    assert not concepts.clear_description("What are the ones to which the metal is brought?")
    assert not concepts.clear_description("What is the heat that which the metal is brought?")


def test_an_object_named_in_passing_is_asked_by_what_the_sentence_says_of_it() -> None:
    text = "Each queen produces a waxy secretion, called a brood seal, inside the nest."
    defined = concepts.called_object(text)
    assert defined is not None
    assert text[defined.start : defined.end] == "brood seal"
    assert defined.question == (
        "What is the waxy secretion that each queen produces inside the nest called?"
    )
    assert concepts.called_object("Each queen produces a waxy secretion, called a seal.") is None
    assert (
        concepts.called_object("The firm opened a new office, called Kell House, in Leeds.") is None
    )
    assert concepts.called_object("Each queen holds waxy cells, called cups, in it.") is None
    notes = (
        "Bees\n\n"
        "A colony of honey bees lives in a hive of wax combs. "
        "Each queen produces a waxy secretion, called a brood seal, inside the nest; "
        "workers spread it over the cells that hold the eggs. "
        "Workers gather nectar from flowers and turn it into honey."
    )
    bank = build_deck(notes, deck="Bees", file_name="bees.txt", markdown=False).bank
    asked = {q.prompt: str(q.answer) for q in bank.questions}
    prompt = "What is the waxy secretion that each queen produces inside the nest called?"
    assert asked[prompt] == "brood seal"
    question = next(q for q in bank.questions if q.prompt == prompt)
    assert "produces a waxy secretion" not in question.accepted


def test_a_name_written_in_lower_case_only_in_an_address_stays_a_name() -> None:
    text = (
        "Quillon\n\n"
        "Quillon is a small harbour village on the east shore. "
        "Its tourist office runs the site quillon.net for visitors. "
        "Files go to /srv/quillon/maps and `quillon` opens them. "
        "Boats leave the harbour each morning in summer."
    )
    bank = build_deck(text, deck="Quillon", file_name="q.txt", markdown=False).bank
    assert all(str(q.answer).casefold() != "quillon" for q in bank.questions)


@pytest.mark.parametrize(
    "sentence",
    [
        "Each boiler emits a hot vapour, called flue steam, at about 4.5 bar.",
        "The hive secreted a thin wax, called a cap, in the U.S. hives.",
        "Each boiler emits a hot vapour, called flue steam, into the St. Clair river.",
        "Each boiler emits a hot vapour, called flue steam, at approx. 900 degrees.",
    ],
)
def test_an_object_named_in_passing_is_not_cut_at_a_full_stop_inside_the_clause(
    sentence: str,
) -> None:
    assert concepts.called_object(sentence) is None


def test_an_object_named_in_passing_ends_at_a_semicolon_or_the_sentence_end() -> None:
    text = "Each boiler emits a hot vapour, called flue steam, into the chimney."
    found = concepts.called_object(text)
    assert found is not None
    assert (
        found.question == "What is the hot vapour that each boiler emits into the chimney called?"
    )
    assert found.claim == text
    assert concepts.called_object(text.replace(".", "; it rises.")) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "Each gland secretes a waxy film, called a brood seal, in response.",
        "Each gland secretes a waxy film, called a brood seal, at first.",
        "Each gland secretes a waxy film, called a brood seal, in most cases.",
        "Each gland secretes a waxy film, called a brood seal, at least once a day.",
        "Each gland secretes a waxy film, called a brood seal, inside the nest that ants guard.",
        "Each gland secretes a waxy film, called a brood seal, inside the nest and the hive.",
        "Each gland secretes a second film, called a brood seal, inside the nest.",
        "Each gland secretes a different film, called a brood seal, inside the nest.",
        "Each gland secretes a waxy film, called a seal or cap, inside the nest.",
        "Each gland secretes a waxy film, called a seal and cap, inside the nest.",
    ],
)
def test_an_object_named_in_passing_needs_a_plain_place_a_plain_thing_and_one_name(
    sentence: str,
) -> None:
    assert concepts.called_object(sentence) is None


def test_letters_are_asked_in_the_field_the_document_says_its_subject_is() -> None:
    text = (
        "Fen draining is the practice of turning wet peat land into fields. "
        "Drainers record the net pumped volume (NPV) of each dyke every spring. "
        "Grain prices rose sharply across the northern plains after the long drought. "
        "Dairy herds moved to the wetter valleys where the grass grew back quickly. "
        "Orchards on the southern slopes gave a record crop of apples and pears. "
        "Cooperatives built new storage barns near the railway in the market towns."
    )
    bank = build_deck(text, deck="Fen draining", file_name="fen.txt", markdown=False).bank
    prompts = [q.prompt for q in bank.questions if "stand for" in q.prompt]
    assert prompts == ["In fen draining, what does NPV stand for?"]


def test_a_glossed_term_s_statement_opens_with_a_capital(uncut: None) -> None:
    text = (
        "= Kell Council =\n\nThe Kell Council is the upper house of Varland. A voter could "
        "mark one box, which triggered the party's group voting ticket (a pre-assigned "
        "sequence of preferences), or number every box.\n"
    )
    bank = build_deck(text, deck="notes", file_name="notes.txt", markdown=False).bank
    explained = {q.prompt: q.explanation for q in bank.questions}
    assert explained["What is a pre-assigned sequence of preferences called?"] == (
        "Group voting ticket is a pre-assigned sequence of preferences."
    )
