"""A typed question lists only the forms the grader would not already accept."""

from hypothesis import given
from hypothesis import strategies as st

from factdeck.bank import SourceRef, TypedQuestion
from factdeck.generate.questions import graded_apart
from factdeck.study.grading import grade


def test_an_article_or_case_variant_of_the_key_is_not_listed() -> None:
    forms = ["the Kell Canal", "KELL CANAL", "Kell", "the Kell"]

    assert graded_apart("Kell Canal", forms) == ["Kell"]


def test_a_form_the_grader_takes_apart_is_kept_in_order() -> None:
    assert graded_apart("Orm", ["Orm River", "River Orm"]) == ["Orm River", "River Orm"]


_ANSWERS = st.sampled_from(["Kellt", "Kell Canal", "Orm", "the Orm River"])
_FORMS = st.sampled_from(["the Kellt", "KELLT", "the Kell Canal", "Orm River", "an Orm", "Orm"])
_RESPONSES = st.sampled_from(
    ["the Kell", "Kell Canl", "the Kell Canl", "orm", "the Orm Rivr", "Orm Rivr", "the Kellt"]
)


@given(_ANSWERS, st.lists(_FORMS, max_size=4), _RESPONSES)
def test_dropping_repeats_never_changes_a_grade(
    answer: str, accepted: list[str], response: str
) -> None:
    def verdict(forms: list[str]) -> bool:
        question = TypedQuestion(
            id="q1",
            fact_id="f1",
            prompt="Which canal?",
            explanation="The Kell Canal.",
            source=SourceRef(document="d", quote="The Kell Canal."),
            answer=answer,
            accepted=forms,
        )
        return grade(question, response).correct

    assert verdict(graded_apart(answer, accepted)) == verdict(accepted)
