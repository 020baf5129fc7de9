"""A bare "what" asked of a name or a modified term is a riddle: the question names the
answer's sort where the key gives one, and is not typed where nothing does."""

from __future__ import annotations

import pytest

from factdeck.generate.keys import with_head_noun
from factdeck.generate.phrasing import ask
from factdeck.generate.questions import what_names_no_kind
from helpers.generation import accepts, auto_fact


@pytest.mark.parametrize(
    ("sentence", "answer", "kind", "question"),
    [
        (
            "The Brenholm Ferry has been toll-free since 1962.",
            "Brenholm Ferry",
            "other",
            "Which ferry has been toll-free since 1962?",
        ),
        (
            "The Brenholm Ferry carried salt to Tallen.",
            "Brenholm Ferry",
            "term",
            "Which ferry carried salt to Tallen?",
        ),
        (
            "The Vessa Observatory recorded the comet in 1911.",
            "Vessa Observatory",
            "other",
            "Which observatory recorded the comet in 1911?",
        ),
    ],
)
def test_a_name_s_last_word_names_its_sort(
    sentence: str, answer: str, kind: str, question: str
) -> None:
    start = sentence.index(answer)
    assert ask(sentence, start, start + len(answer), kind) == (question, "subject")


@pytest.mark.parametrize(
    ("prompt", "kind"),
    [
        ("What has been toll-free since 1962?", "other"),
        ("What has been toll-free since 1962?", "term"),
        ("What was especially prone to spring floods?", "place"),
    ],
)
def test_a_quality_of_a_name_of_no_sort_is_not_typed(prompt: str, kind: str) -> None:
    assert what_names_no_kind(auto_fact(kind, "Brenholm Tarn", prompt, prompt))


@pytest.mark.parametrize(
    ("prompt", "answer", "kind"),
    [
        ("What is the largest port of the coast?", "Brenholm Tarn", "place"),
        ("What has been free of tax since 1997?", "salt", "term"),
        ("What was closed by Ana Holt in 1920?", "Brenholm Tarn", "place"),
    ],
)
def test_a_description_or_a_common_word_stays_typed(prompt: str, answer: str, kind: str) -> None:
    assert not what_names_no_kind(auto_fact(kind, answer, prompt, prompt))


def test_a_key_grown_by_its_noun_is_asked_by_that_noun() -> None:
    sentence = "The B flat vellorn enjoyed some success as a marching instrument."
    fact = with_head_noun(
        auto_fact("term", "B flat", sentence, "What enjoyed some success as a marching instrument?")
    )
    assert fact.prompt == "Which vellorn enjoyed some success as a marching instrument?"
    assert fact.answer == "B flat vellorn"
    assert accepts(fact, "B flat")


@pytest.mark.parametrize("prompt", ["What was?", "What is ?", "In 1901, what was?"])
def test_a_stem_with_nothing_after_its_verb_names_no_quality(prompt: str) -> None:
    assert not what_names_no_kind(auto_fact("other", "Brenholm Tarn", prompt, prompt))
