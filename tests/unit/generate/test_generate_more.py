"""More questions that pass every gate: counts with "have", population and reported facts."""

import pytest

from factdeck.generate.extract import Span, _approximate, _organisation_role
from factdeck.generate.gates import grammatical, stated_counts, stated_two_ways
from factdeck.generate.phrasing import ask


@pytest.mark.parametrize(
    "prompt",
    [
        "How many seats does Tasmania have in the Senate?",
        "How many inhabitants does Perth have?",
        "How many members does the council have?",
    ],
)
def test_a_count_of_what_is_had_is_grammatical(prompt: str) -> None:
    assert grammatical(prompt, "fronted")


@pytest.mark.parametrize(
    "prompt",
    [
        "In what year does Tasmania have a written constitution enacted?",
        "How many bridges does the town have built?",
        "Where did the Vikings have a lasting effect on Irish towns?",
        "Until what year did the length of the road was 40 km?",
    ],
)
def test_have_with_another_verb_or_outside_a_count_stays_rejected(prompt: str) -> None:
    assert not grammatical(prompt, "fronted")


def _ask(sentence: str, answer: str, kind: str = "number") -> str | None:
    start = sentence.index(answer)
    asked = ask(sentence, start, start + len(answer), kind)
    return asked[0] if asked else None


@pytest.mark.parametrize(
    ("sentence", "answer", "question"),
    [
        ("Tasmania has a population of 540,000.", "540,000", "What is the population of Tasmania?"),
        (
            "In 2010, Perth had a population of 1,700,000.",
            "1,700,000",
            "In 2010, what was the population of Perth?",
        ),
        (
            "The town of Millbrook has a population of about 12,000.",
            "12,000",
            "What is the approximate population of the town of Millbrook?",
        ),
        (
            "The valley is home to 40 species of orchid.",
            "40",
            "How many species of orchid is the valley home to?",
        ),
        (
            "The park is also home to about 300 bird species.",
            "300",
            "About how many bird species is the park home to?",
        ),
        (
            "Just under 900 pupils were enrolled in state schools.",
            "900",
            "About how many pupils were enrolled in state schools?",
        ),
        (
            "In the valley there are also twelve towns with a market and 34 villages.",
            "twelve",
            "How many towns with a market are there in the valley?",
        ),
    ],
)
def test_a_count_or_a_population_is_asked_for(sentence: str, answer: str, question: str) -> None:
    assert _ask(sentence, answer) == question


@pytest.mark.parametrize(
    ("sentence", "answer"),
    [
        ("The valley is home to two large towns that hold a market.", "two"),
        ("In the league there are two teams that both played in 1990.", "two"),
    ],
)
def test_a_count_restricted_by_a_clause_is_not_fronted(sentence: str, answer: str) -> None:
    question = _ask(sentence, answer)
    assert question is None or not question.startswith("How many")


def test_a_lone_to_or_at_hedges_no_figure() -> None:
    assert not _approximate("The region is home to two ports.", 22)
    assert _approximate("The region has up to 40 ports.", 21)
    assert _approximate("The region has more than 40 ports.", 25)


@pytest.mark.parametrize(
    ("sentence", "sort", "question"),
    [
        ("Acme Holdings built the bridge in 1930.", None, "Who built the bridge in 1930?"),
        ("In 1930, Acme Holdings built the bridge.", None, "In 1930, who built the bridge?"),
        (
            "Acme Holdings built the bridge in 1930.",
            "company",
            "Which company built the bridge in 1930?",
        ),
        (
            "The bridge was sold to Acme Holdings in 1930.",
            "company",
            "To which company was the bridge sold in 1930?",
        ),
    ],
)
def test_a_body_is_asked_by_its_sort_or_who(sentence: str, sort: str | None, question: str) -> None:
    start = sentence.index("Acme Holdings")
    asked = ask(sentence, start, start + len("Acme Holdings"), "organisation", sort=sort)
    assert asked is not None and asked[0] == question


def test_the_document_names_the_sort_of_a_body() -> None:
    text = "Acme Holdings, a construction company, built the bridge."
    span = Span(0, 13, "organisation", "Acme Holdings")
    assert _organisation_role(text, span) == "company"
    text = "The bridge was built by the broadcaster Acme Holdings."
    start = text.index("Acme")
    assert _organisation_role(text, Span(start, start + 13, "organisation", "x")) == "broadcaster"
    assert _organisation_role("Acme Holdings built the bridge.", span) is None


def test_counts_in_two_named_wholes_are_two_facts() -> None:
    counts = stated_counts(
        ["Tasmania has 5 seats in the Senate and 4 seats in the House of Assembly."]
    )
    assert not stated_two_ways("5", " seats in the Senate", counts)
    assert not stated_two_ways("4", " seats in the House of Assembly", counts)
    again = stated_counts(["Tasmania has 5 seats in the Senate.", "It has 6 seats in the Senate."])
    assert stated_two_ways("5", " seats in the Senate", again)
    vague = stated_counts(["Tasmania has 5 seats in the Senate.", "It holds 6 seats."])
    assert stated_two_ways("6", " seats.", vague)
