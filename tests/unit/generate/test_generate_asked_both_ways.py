"""One fact asked the two ways round from two sentences of a document ("Which guild was
founded at Tarn Quay in 1604?" and "In what year was the Orm Guild founded?") is asked once,
by its better-rated question; two deeds whose prompts name each other's answers both stay."""

from __future__ import annotations

from factdeck.bank import Question
from factdeck.generate.confidence import DocumentView, acceptance
from factdeck.generate.facts import FactRecord
from factdeck.generate.pipeline import _better_of_one_fact
from factdeck.generate.questions import asked_both_ways
from helpers.generation import asked_fact

_TITLE = "Kessby"
_TEXT = (
    "Kessby\n\nKessby is a port town on the river Orle.\n\n"
    "The Orm Guild of weavers was founded at Tarn Quay on 4 May 1604. "
    "The Orm Guild opened its first hall at Tarn Quay in 1610. "
    "In 1604, the Orm Guild was founded by weavers who had left the Salt Company."
)


def _asked(
    name: str, answer: str, quote: str, prompt: str, *, options: bool = False
) -> tuple[FactRecord, list[Question]]:
    year = answer.isdigit()
    return asked_fact(
        name,
        answer,
        quote,
        prompt,
        document="kessby",
        kind="year" if year else "organisation" if "Guild" in answer else "place",
        options=[answer, "1598", "1610", "1622"] if options else (),
    )


_WHICH_GUILD = _asked(
    "guild",
    "Orm Guild",
    "The Orm Guild of weavers was founded at Tarn Quay on 4 May 1604.",
    "Which guild was founded at Tarn Quay on 4 May 1604?",
)
_WHAT_YEAR = _asked(
    "year",
    "1604",
    "In 1604, the Orm Guild was founded by weavers who had left the Salt Company.",
    "In what year was the Orm Guild founded?",
    options=True,
)
_WHERE_HALL = _asked(
    "hall",
    "Tarn Quay",
    "The Orm Guild opened its first hall at Tarn Quay in 1610.",
    "Where did the Orm Guild open its first hall in 1610?",
)


def _kept(*asked: tuple[FactRecord, list[Question]]) -> list[str]:
    views = {"kessby": DocumentView.of(_TEXT, _TITLE)}
    return [fact.id for fact, _ in _better_of_one_fact(asked, views, {"kessby": _TITLE})]


def _rating(asked: tuple[FactRecord, list[Question]]) -> float:
    fact, questions = asked
    return acceptance(questions[0], DocumentView.of(_TEXT, _TITLE), fact.kind)


def test_one_founding_asked_by_its_name_and_by_its_year_is_asked_once() -> None:
    assert asked_both_ways([_WHICH_GUILD, _WHAT_YEAR], {"kessby": _TITLE}) == [(0, 1)]
    better = max((_WHICH_GUILD, _WHAT_YEAR), key=_rating)
    assert _kept(_WHICH_GUILD, _WHAT_YEAR) == [better[0].id]
    assert _kept(_WHAT_YEAR, _WHICH_GUILD) == [better[0].id]


def test_two_deeds_whose_prompts_name_each_other_s_answers_both_stay() -> None:
    founded_at = _asked(
        "guild",
        "Orm Guild",
        "The Orm Guild of weavers was founded at Tarn Quay on 4 May 1604.",
        "Which guild was founded at Tarn Quay in 1604?",
    )
    assert asked_both_ways([founded_at, _WHERE_HALL], {"kessby": _TITLE}) == []
    assert _kept(founded_at, _WHERE_HALL) == ["guild", "hall"]


def test_one_sentence_s_two_questions_are_left_to_asked_once() -> None:
    quote = _WHICH_GUILD[0].quote
    year = _asked("year", "1604", quote, "In what year was the Orm Guild founded?")
    assert asked_both_ways([_WHICH_GUILD, year], {"kessby": _TITLE}) == []
