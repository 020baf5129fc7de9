"""A question never points at a thing only the document's other sentences identify: "the
squadron" is named where the document ties it to one name, a statistic takes the place it is
of, a story's events say which story, and a person called by part of a name takes the whole
name; where the document leaves it open, the question is not asked."""

from __future__ import annotations

from factdeck.generate.phrasing import ask


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
