"""A question that means nothing without the document's subject names it."""

from __future__ import annotations

from helpers.generation import selected_candidates

_STORM = (
    "The 1911 Orle storm was the strongest tropical cyclone to strike Varland during the 1911 "
    "season. It formed near the Vessian Isles on August 1 and struck the coast at Kellby on "
    "August 3.\n\n"
    "On August 2, a fleet of nine boats evacuated all residents from Orm Island to Tessport, "
    "Varland. While the storm was near peak intensity on August 2, the Coastal Bureau issued "
    "storm warnings from Kellby to Dunmarsh, Varland, with gale warnings extending northward to "
    "Vell. About 3,000 people fled inland by train.\n"
)


def _questions(title: str, text: str) -> list[str]:
    return [c.question or "" for c in selected_candidates(title, text)]


def test_the_sort_of_a_dated_event_in_another_noun_does_not_name_it() -> None:
    questions = _questions("1911 Orle storm", _STORM)
    assert (
        "Which bureau issued storm warnings from Kellby to Dunmarsh in the 1911 Orle storm?"
        in questions
    )


def test_a_dated_event_called_by_its_sort_alone_is_called_by_its_name() -> None:
    text = _STORM + "The storm destroyed four churches in Kellby.\n"
    questions = _questions("1911 Orle storm", text)
    assert "How many churches did the 1911 Orle storm destroy in Kellby?" in questions
