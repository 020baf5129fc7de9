"""Topics shown beside a question (``factdeck.study.quiz.shown_topics``) never give its answer
away."""

from __future__ import annotations

import re

import pytest

from factdeck import paths
from factdeck.bank import Bank, load_bank
from factdeck.study.quiz import shown_topics

SOURCE = {"document": "doc", "quote": "A quote."}


def bank_of(kind: str) -> Bank:
    topics = ["1960s", "news 2018", "people", "Cold War"]
    return Bank.model_validate(
        {
            "facts": [
                {"id": "f", "statement": "S.", "kind": kind, "source": SOURCE, "topics": topics}
            ],
            "questions": [
                {
                    "id": "f.number",
                    "type": "number",
                    "fact_id": "f",
                    "prompt": "In what year?",
                    "explanation": "S.",
                    "source": SOURCE,
                    "topics": topics,
                    "answer": 1968,
                }
            ],
        }
    )


@pytest.mark.parametrize("kind", ["year", "date", "order"])
def test_a_question_about_a_time_hides_topics_naming_years(kind: str) -> None:
    bank = bank_of(kind)
    assert shown_topics(bank, bank.questions[0]) == ["people", "Cold War"]


@pytest.mark.parametrize("kind", ["person", "number", "place"])
def test_other_questions_show_every_topic(kind: str) -> None:
    bank = bank_of(kind)
    assert shown_topics(bank, bank.questions[0]) == ["1960s", "news 2018", "people", "Cold War"]


def test_no_dated_question_of_the_shipped_bank_shows_a_year() -> None:
    bank = load_bank(paths.DEFAULT_BANK)
    dated = [q for q in bank.questions if (fact := bank.fact(q.fact_id)) and fact.kind == "year"]
    assert dated and any(re.search(r"\d{4}", t) for q in dated for t in q.topics)
    assert not [t for q in dated for t in shown_topics(bank, q) if re.search(r"\d{4}", t)]


def test_a_topic_the_answer_contains_is_not_shown() -> None:
    topics = ["Cold War", "diplomacy", "war"]
    bank = Bank.model_validate(
        {
            "facts": [
                {"id": "f", "statement": "S.", "kind": "other", "source": SOURCE, "topics": topics}
            ],
            "questions": [
                {
                    "id": "f.typed",
                    "type": "typed",
                    "fact_id": "f",
                    "prompt": "Since when have they been allies?",
                    "explanation": "S.",
                    "source": SOURCE,
                    "topics": topics,
                    "answer": "the onset of the Cold War",
                }
            ],
        }
    )
    assert shown_topics(bank, bank.questions[0]) == ["diplomacy"]
