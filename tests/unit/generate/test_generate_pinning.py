"""Imported questions pin one defensible answer, and accept what a learner who knows it types."""

from factdeck.generate.distractors import DistractorPool
from factdeck.generate.facts import FactRecord
from factdeck.generate.gates import Restatements
from factdeck.generate.questions import fact_questions, with_one_answer

DEACONS = [
    "Ana Holm became a deacon of the chapel at Vell in 1750.",
    "Per Lund became a deacon of the chapel at Vell.",
    "The chapel at Vell was built of grey stone.",
]


def _person_fact(prompt: str) -> FactRecord:
    return FactRecord(
        id="doc.1",
        document="doc",
        quote=DEACONS[0],
        statement=DEACONS[0],
        kind="person",
        answer="Ana Holm",
        prompt=prompt,
        accepted=("Holm",),
        origin="auto",
    )


NAMES = [("person", "Ana Holm"), ("person", "Per Lund"), ("place", "Vell")]


def test_a_second_name_the_document_says_the_same_of_is_another_answer() -> None:
    restatements = Restatements(DEACONS)
    others = restatements.other_answers(
        "Who became a deacon of the chapel at Vell?", DEACONS[0], ("Ana Holm",), ["Per Lund"]
    )
    assert others == ["Per Lund"]


def test_a_word_the_other_sentence_lacks_pins_the_answer() -> None:
    restatements = Restatements(DEACONS)
    others = restatements.other_answers(
        "Who became a deacon of the chapel at Vell in 1750?",
        DEACONS[0],
        ("Ana Holm",),
        ["Per Lund"],
    )
    assert others == []


def test_another_inflection_of_the_verb_says_the_same() -> None:
    texts = ["The Orm family began to farm the island.", "The Vell family begins to farm it."]
    restatements = Restatements(texts)
    others = restatements.other_answers(
        "Which family began to farm the island?", texts[0], ("Orm family",), ["Vell family"]
    )
    assert others == []  # "it" is not "the island": the second sentence says less
    texts[1] = "The Vell family begins to farm the island."
    others = Restatements(texts).other_answers(
        "Which family began to farm the island?", texts[0], ("Orm family",), ["Vell family"]
    )
    assert others == ["Vell family"]


def test_a_question_with_two_answers_in_its_document_is_not_asked_typed() -> None:
    fact = with_one_answer(
        _person_fact("Who became a deacon of the chapel at Vell?"), Restatements(DEACONS), NAMES
    )
    assert not fact.typed
    assert "Per Lund" in fact.not_distractors
    pool = DistractorPool([("person", name, "doc") for name in ("Ana Holm", "Per Lund")], [fact])
    assert not any(q.id.endswith(".typed") for q in fact_questions(fact, pool))


def test_a_question_that_pins_its_answer_stays_typed() -> None:
    fact = _person_fact("Who became a deacon of the chapel at Vell in 1750?")
    pinned = with_one_answer(fact, Restatements(DEACONS), NAMES)
    assert pinned is fact
    pool = DistractorPool([("person", name, "doc") for name in ("Ana Holm", "Per Lund")], [fact])
    assert any(q.id.endswith(".typed") for q in fact_questions(fact, pool))
