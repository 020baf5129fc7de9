"""Answers that are one of several: a count from the middle of a run of counts, a name
coordinated with another of its kind, a company owned by another the sentence names."""

from __future__ import annotations

from factdeck.generate.clean import clean_document
from factdeck.generate.extract import Candidate, extract_candidates
from factdeck.generate.gates import later_count_in_list
from factdeck.generate.sentences import split_sentences


def _candidates(text: str) -> list[Candidate]:
    cleaned = clean_document(text)
    return extract_candidates(split_sentences("doc", cleaned.text))


def _answers(text: str) -> set[str]:
    return {c.span.text for c in _candidates(text)}


def test_only_the_first_count_of_a_run_of_counts_is_asked() -> None:
    text = (
        "In 1990 the Orland library held 12,400 novels, 3,150 atlases and 870 maps. "
        "The Orland ferry carries 40 cars."
    )
    answers = _answers(text)
    assert "3,150" not in answers
    assert "870" not in answers
    assert "40" in answers  # a count alone is no list


def test_a_year_before_a_run_of_counts_is_not_one_of_them() -> None:
    sentence = "In 1990, the port had 12 cranes, 7 docks and 3 piers."
    assert not later_count_in_list(sentence, "1990")
    assert not later_count_in_list(sentence, "12")
    assert later_count_in_list(sentence, "7")
    assert later_count_in_list(sentence, "3")
    assert not later_count_in_list("The port had 12 cranes and 7 docks.", "7")


def test_a_question_that_drops_a_coordinated_name_is_not_asked() -> None:
    text = "The Orland guild lost Vellmar, Tarnby, and Kask in 1820, after the death of its master."
    questions = {c.span.text: c.question for c in _candidates(text)}
    assert "Tarnby" not in questions  # "lost Vellmar, what?": Kask is lost too
    assert questions["1820"] is not None


def test_a_question_that_names_the_other_item_or_a_sort_only_the_answer_is_stays() -> None:
    lakes = "In 1820 the Orland weavers moved to Lake Vell and Lake Tarn."
    named = {c.span.text: c.question for c in _candidates(lakes)}
    assert named["Lake Tarn"] == "In 1820, the Orland weavers moved to Lake Vell and which lake?"
    text = "In 1820 the Orland weavers settled in Cilicia and the Vell Valley."
    questions = {c.span.text: c.question for c in _candidates(text)}
    assert questions["Vell Valley"] == "In 1820, the Orland weavers settled in which valley?"


def test_a_question_that_drops_an_item_with_its_repeated_preposition_is_not_asked() -> None:
    text = "In 1820 the Orland weavers built warehouses in Kessby and in Orvby."
    questions = {c.span.text: c.question for c in _candidates(text)}
    assert "Orvby" not in questions  # "in Kessby and in 1820": Kessby answers it too
    assert (
        questions["Kessby"] == "In 1820, the Orland weavers built warehouses in what and in Orvby?"
    )


def test_a_company_owned_by_another_the_sentence_names_is_not_asked() -> None:
    owned = "The Orland ferry uses an engine made by Kvarn, a Tessel Marine company."
    assert "Kvarn" not in _answers(owned)
    part = "The Orland ferry uses an engine made by Kvarn, part of the Tessel Group."
    assert "Kvarn" not in _answers(part)
    described = "The Orland ferry uses an engine made by Kvarn, a Norwegian firm."
    assert "Kvarn" in _answers(described)  # a description names no second owner
