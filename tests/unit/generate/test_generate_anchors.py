"""A question never points at a thing only the document's other sentences identify: "the
squadron" is named where the document ties it to one name, a statistic takes the place it is
of, a story's events say which story, and a person called by part of a name takes the whole
name; where the document leaves it open, the question is not asked."""

from __future__ import annotations

from factdeck.generate import topics
from factdeck.generate.phrasing import ask
from helpers.generation import selected_candidates


def test_a_story_told_in_the_present_beside_an_adjective_in_ed_is_the_work_s() -> None:
    source = (
        "He is unhappily married to Vera, a restless painter; their teenaged son, Bo, "
        "despises his parents."
    )
    assert topics.of_the_work("Who is unhappily married to Vera?", source)
    supplied = 'He begins smoking tea supplied by Bo, calling it "twisted".'
    assert topics.of_the_work("He begins smoking tea supplied by whom?", supplied)
    life = "Her aunt came daily to care for the crowded family."
    assert not topics.of_the_work("Who came daily to care for the family?", life)


def test_a_story_s_events_are_asked_in_the_work() -> None:
    text = (
        "Ostmark is a 1994 novel by Ivo Brandt.\n\n"
        "Tomas Vell is a restless clerk in Lund. He is unhappily married to Greta, a "
        "fierce singer; their teenaged son, Bo, despises his parents."
    )
    questions = [c.question or "" for c in selected_candidates("Ostmark (novel)", text)]
    married = [q for q in questions if "married" in q]
    assert married and all(q.startswith("In Ostmark,") for q in married), questions


def test_a_name_opening_with_its_number_is_a_subject_a_question_fronts_past() -> None:
    text = "No. 7 Squadron was disbanded at Orm in March 1946."
    start = text.index("March 1946")
    assert ask(text, start, start + len("March 1946"), "date") == (
        "When was No. 7 Squadron disbanded at Orm?",
        "fronted",
    )
    assert ask("No one came to Orm in 1942.", 15, 18, "place") != (
        "Where did no one come in 1942?",
        "fronted",
    )
