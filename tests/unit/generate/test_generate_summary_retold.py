"""A deed a document tells twice, in its summary and in its body, is asked once: a date is
asked by its year, so "May 1987" and "3 May 1987" are one answer to the learner."""

from __future__ import annotations

import pytest

from helpers.generation import selected_candidates

_TOLD_TWICE = (
    "The Varn Gliding Club is a flying club in the hills of Lessia. It was founded by "
    "farmers at Orvel in 1962. It was reopened as a flying school in May 1987.\n\n"
    "Its members built a hangar at Orvel in 1965. In 1979 the club lost its airfield to a "
    "new road and closed. The Varn Gliding Club was reopened to run a flying school at "
    "Tarsk Field on 3 May 1987. Its first winch was bought from a club in Pelm."
)


@pytest.mark.usefixtures("roomy")
def test_a_deed_dated_in_the_summary_and_the_body_is_asked_once() -> None:
    asked = [c.question for c in selected_candidates("Varn Gliding Club", _TOLD_TWICE)]
    reopened = [q for q in asked if q and q.startswith("When") and "reopened" in q]
    assert reopened == ["When was the Varn Gliding Club reopened as a flying school?"]


@pytest.mark.usefixtures("roomy")
def test_two_deeds_dated_in_one_year_are_both_asked() -> None:
    text = (
        "The Varn Gliding Club is a flying club in the hills of Lessia. It was founded by "
        "farmers at Orvel in 1962.\n\n"
        "Its members built a hangar at Orvel in March 1965. The club bought its first winch "
        "from a club in Pelm in 1965."
    )
    years = [
        c.question
        for c in selected_candidates("Varn Gliding Club", text)
        if c.span.kind in ("year", "date") and "1965" in c.span.text
    ]
    assert len(years) == 2, years  # a hangar and a winch
