"""A typed question opening with a bare "what" is asked only where the learner can tell what
sort of answer, in what wording, is wanted; otherwise only options (which show the sort) ask it."""

from __future__ import annotations

import pytest

from factdeck.generate.distractors import DistractorPool
from factdeck.generate.facts import FactRecord
from factdeck.generate.questions import fact_questions, what_names_no_kind, with_document_forms
from helpers.generation import auto_fact, document_evidence


def _fact(prompt: str, answer: str, kind: str, quote: str) -> FactRecord:
    return auto_fact(kind, answer, quote, prompt, id="fact")


@pytest.mark.parametrize(
    ("prompt", "answer", "kind", "quote"),
    [
        (
            "What praised the Orm ferry as a marvel?",
            "Tidewatch",
            "other",
            "Tidewatch praised the Orm ferry as a marvel.",
        ),
        (
            "In 1820, what opened a school in the valley?",
            "Kelby Trust",
            "organisation",
            "In 1820, Kelby Trust opened a school in the valley.",
        ),
        (
            "What had a strong effect on the wheat harvest?",
            "Velmorin",
            "other",
            "Velmorin had a strong effect on the wheat harvest.",
        ),
        (
            "What had previously been working on a steam plough?",
            "Harrowell",
            "other",
            "Harrowell had previously been working on a steam plough.",
        ),
        (
            "What did not approve the new charter until 1890?",
            "Senate",
            "organisation",
            "The Senate did not approve the new charter until 1890.",
        ),
        (
            "What is receiving the most new residents?",
            "Orsk",
            "place",
            "Orsk is receiving the most new residents.",
        ),
        (
            "What was restored in the Orm Hall?",
            "Kelby Academy",
            "other",
            "The Kelby Academy was restored in the Orm Hall.",
        ),
        (
            "What did the college first offer in the form of a diploma?",
            "evening classes",
            "term",
            "The college first offered evening classes, in the form of a diploma.",
        ),
        (
            "What did the mill owners give money to?",
            "flood area",
            "term",
            "The mill owners gave money to the flood area.",
        ),
        (
            "What did the storm alarm?",
            "Kelby farmers",
            "term",
            "The storm alarmed Kelby farmers, who moved their flocks.",
        ),
        (
            'What is the "Orm March" for the college?',
            "fight song",
            "term",
            'The "Orm March" is the fight song for the college.',
        ),
    ],
)
def test_a_bare_what_that_names_no_sort_is_not_typed(
    prompt: str, answer: str, kind: str, quote: str
) -> None:
    fact = _fact(prompt, answer, kind, quote)
    assert what_names_no_kind(fact)
    assert fact_questions(fact, DistractorPool([], [fact])) == []


@pytest.mark.parametrize(
    ("prompt", "answer", "kind", "quote"),
    [
        (
            "What is the largest stadium in Tarland?",
            "Kelby Ground",
            "other",
            "Kelby Ground is the largest stadium in Tarland.",
        ),
        (
            "What became the capital in 1850?",
            "Orm",
            "place",
            "Orm became the capital in 1850.",
        ),
        (
            "What did the choir sing at the opening?",
            "Tarlandic national anthem",
            "term",
            "The choir sang the Tarlandic national anthem at the opening.",
        ),
        (
            "What do cacti store in their stems?",
            "water",
            "term",
            "Cacti store water in their stems.",
        ),
        (
            "What is a small pore in a leaf called?",
            "stoma",
            "term",
            "A stoma is a small pore in a leaf.",
        ),
        (
            "What does RTW stand for?",
            "right to work",
            "term",
            "RTW stands for right to work.",
        ),
        (
            "What term did the botanist coin for the leaf's pores?",
            "stomata",
            "term",
            "The botanist coined the term stomata for the leaf's pores.",
        ),
        (
            "What can be viewed as a set of rules for a game?",
            "rulebook",
            "term",
            "A rulebook can be viewed as a set of rules for a game.",
        ),
        (
            "What was discovered by Ana Holt in 1928?",
            "Velmorin",
            "other",
            "Velmorin was discovered by Ana Holt in 1928.",
        ),
        (
            "What was the Orm font replaced with?",
            "Kelby Sans",
            "other",
            "The Orm font was replaced with Kelby Sans.",
        ),
        (
            "Which magazine praised the Orm ferry?",
            "Tidewatch",
            "other",
            "The magazine Tidewatch praised the Orm ferry.",
        ),
    ],
)
def test_a_what_question_that_says_its_sort_or_wording_is_typed(
    prompt: str, answer: str, kind: str, quote: str
) -> None:
    fact = _fact(prompt, answer, kind, quote)
    assert not what_names_no_kind(fact)
    assert [q.type for q in fact_questions(fact, DistractorPool([], [fact]))] == ["typed"]


@pytest.mark.parametrize(
    ("prompt", "answer", "modifier"),
    [
        ("What is the most basic kiln?", "wood-fired kiln", "wood-fired"),
        ("What type of kiln dried the timber?", "solar kiln", "solar"),
        ("Which fuel dried the timber?", "steam engine", "steam"),
        ("What is a kiln that burns logs called?", "long kiln", "long"),  # a generic word
    ],
)
def test_a_key_s_modifier_alone_is_refused_unless_a_which_question_asks_for_its_head(
    prompt: str, answer: str, modifier: str
) -> None:
    quote = f"The {answer} dried the timber of the Orm boatyard in 1820."
    fact = with_document_forms(_fact(prompt, answer, "term", quote), document_evidence(quote), [])
    [typed] = [q for q in fact_questions(fact, DistractorPool([], [fact])) if q.type == "typed"]
    assert modifier not in typed.accepted
    assert answer.split()[-1] not in typed.accepted  # nor the head noun alone


@pytest.mark.parametrize(
    ("prompt", "answer", "modifier"),
    [
        ("Which kilns fire the hottest?", "gas-fired kilns", "gas-fired"),
        ("Which engine drove the mill?", "steam engine", "steam"),
        ("In 1820, which railways climbed the pass?", "narrow-gauge railways", "narrow-gauge"),
        ("What is a kiln that burns logs called?", "wood kiln", "wood"),
        ("What are kilns fired by the sun called?", "solar kilns", "solar"),
    ],
)
def test_a_which_question_that_names_the_key_s_head_accepts_the_modifier_alone(
    prompt: str, answer: str, modifier: str
) -> None:
    quote = f"The {answer} dried the timber of the Orm boatyard in 1820."
    fact = with_document_forms(_fact(prompt, answer, "term", quote), document_evidence(quote), [])
    [typed] = [q for q in fact_questions(fact, DistractorPool([], [fact])) if q.type == "typed"]
    assert modifier in typed.accepted
    assert answer.split()[-1] not in typed.accepted  # never the head noun alone


@pytest.mark.parametrize(
    ("prompt", "answer"),
    [
        ("What is a model of a computing machine called?", "Turing machine"),
        ("Which kiln did the potters of Orm build?", "Orm Kiln"),
        ("What is the first wood kiln of the town?", "wood kiln"),
        ("What is a kiln that burns wood called?", "wood kiln"),
        ("Which town sells the most kilns?", "gas kiln"),
        ("What is sold at the kiln shop of Orm?", "wood kiln"),
        ("What is the oldest building of Orm?", "bottle kiln"),
        ("Which fuel source heats the kiln?", "wood heat"),
        ("Which source of heat fires the kiln?", "wood heat"),
    ],
)
def test_a_name_or_a_word_the_question_shows_is_not_accepted_alone(
    prompt: str, answer: str
) -> None:
    fact = _fact(prompt, answer, "term", f"The potters built the {answer} in 1820.")
    [typed] = fact_questions(fact, DistractorPool([], [fact]))
    assert typed.type == "typed"
    assert typed.accepted == list(fact.accepted)


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        ("Kell County, Orsk Island", False),
        ("Fort Halden, Tarland", False),
        ("Halden, D.C.", True),
        ("Ivo Berg, Jr.", True),
        ("Kell County", True),
    ],
)
def test_places_joined_by_a_comma_are_never_a_typed_key(answer: str, typed: bool) -> None:
    prompt = "Where was the mill built in 1801?"
    fact = _fact(prompt, answer, "place", f"The mill was built in {answer} in 1801.")
    asked = [q.type for q in fact_questions(fact, DistractorPool([], [fact]))]
    assert ("typed" in asked) is typed
