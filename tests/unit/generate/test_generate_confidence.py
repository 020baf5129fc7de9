"""The estimate of a teacher's verdict, and the imported deck it trims."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factdeck.bank import (
    MultipleChoiceQuestion,
    NumberQuestion,
    Question,
    SourceRef,
    TypedQuestion,
)
from factdeck.generate import confidence
from factdeck.generate.confidence import (
    DocumentView,
    acceptance,
    confident,
    question_features,
)
from factdeck.generate.pipeline import build_deck

_DOCUMENT = (
    "The Marrow Valley Railway is a heritage line in Westland. It was opened in 1874 by the "
    "Marrow Company and carried slate from Pellow Quarry to the harbour at Tamsby. "
    "The railway closed in 1951 and reopened in 1968 as a tourist line run by volunteers. "
    "Its steam engine Brynach was built by the Halden Foundry. Brynach still hauls trains on the Marrow Valley Railway. "
    "Much later, a committee of the Westland Heritage Preservation Trust Board for Railways "
    "sold a carriage to Ossian."
)
_VIEW = DocumentView.of(_DOCUMENT, "Marrow Valley Railway")


def _source(quote: str) -> SourceRef:
    return SourceRef(document="marrow", quote=quote)


def _typed(prompt: str, answer: str, accepted: list[str], quote: str) -> TypedQuestion:
    return TypedQuestion(
        id=f"{answer}.typed",
        fact_id=answer,
        prompt=prompt,
        explanation=quote,
        source=_source(quote),
        answer=answer,
        accepted=accepted,
    )


_FOUNDRY = _typed(
    "Which foundry built the Marrow Valley Railway's steam engine Brynach?",
    "Halden Foundry",
    ["Halden"],
    "Its steam engine Brynach was built by the Halden Foundry.",
)
_BOARD = _typed(
    "Which body sold a carriage to Ossian?",
    "Westland Heritage Preservation Trust Board for Railways",
    [],
    "Much later, a committee of the Westland Heritage Preservation Trust Board",
)


def test_a_named_short_key_is_rated_above_a_long_key_with_no_short_form() -> None:
    assert acceptance(_FOUNDRY, _VIEW, "organisation") > acceptance(_BOARD, _VIEW, "organisation")


def test_features_read_the_stem_the_key_and_the_document() -> None:
    foundry = question_features(_FOUNDRY, _VIEW, "organisation")
    board = question_features(_BOARD, _VIEW, "organisation")
    assert foundry["kind_organisation"] == 1.0 and foundry["type_typed"] == 1.0
    assert foundry["one_word_form"] == 1.0 and board["one_word_form"] == 0.0
    assert foundry["key_word_in_prompt"] == 1.0  # "Which foundry ...?": the key's sort
    assert foundry["names_subject"] == 1.0 and board["names_subject"] == 0.0
    assert board["rare_name"] == 1.0 and foundry["rare_name"] == 0.0  # "Ossian": once
    assert board["sentence_position"] > foundry["sentence_position"] > 0.5
    assert board["key_words"] == 1.0 and foundry["key_words"] == 0.4


def test_a_number_s_key_is_not_read_as_a_name() -> None:
    question = NumberQuestion(
        id="closed.number",
        fact_id="closed",
        prompt="In what year did the Marrow Valley Railway close?",
        explanation="The railway closed in 1951.",
        source=_source("The railway closed in 1951 and reopened in 1968"),
        answer=1951,
    )
    features = question_features(question, _VIEW, "year")
    assert features["type_number"] == 1.0 and features["kind_year"] == 1.0
    assert features["key_words"] == 0.0 and features["one_word_form"] == 0.0
    assert features["sentence_position"] < 0.5


def _rated(count: int) -> tuple[list[tuple[Question, str]], DocumentView]:
    """Questions rated lower one after another: each asks a sentence further on."""
    lines = [f"Block {n} of the Tamsby wall came from Pellow Quarry." for n in range(count)]
    questions: list[tuple[Question, str]] = [
        (
            MultipleChoiceQuestion(
                id=f"q{n}.mc",
                fact_id=f"q{n}",
                prompt=f"Which quarry did block {n} of the Tamsby wall come from?",
                explanation=line,
                source=_source(line),
                answer="Pellow Quarry",
                options=["Pellow Quarry", "Orm Quarry", "Tass Quarry", "Venn Quarry"],
            ),
            "place",
        )
        for n, line in enumerate(lines)
    ]
    return questions, DocumentView.of(" ".join(lines), "Tamsby wall")


def test_a_document_keeps_its_best_three_and_what_rates_at_the_bar(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rated, document = _rated(8)
    estimates = [acceptance(question, document, kind) for question, kind in rated]
    assert estimates == sorted(estimates, reverse=True)
    monkeypatch.setattr(confidence, "LOW_RATING", estimates[5])
    assert confident(rated, document) == {f"q{n}.mc" for n in range(6)}
    monkeypatch.setattr(confidence, "LOW_RATING", 1.0)  # all rate low: the best three stay
    assert confident(rated, document) == {f"q{n}.mc" for n in range(3)}


def test_a_document_of_few_questions_keeps_them_all_however_they_rate(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(confidence, "LOW_RATING", 1.0)
    assert len(confident(*_rated(confidence.ALWAYS_KEPT))) == confidence.ALWAYS_KEPT


@given(st.text(max_size=80), st.text(min_size=1, max_size=30).filter(str.strip))
def test_any_text_gets_an_estimate_between_zero_and_one(prompt: str, answer: str) -> None:
    question = _typed(prompt or "?", answer, [], "quote")
    assert 0.0 < acceptance(question, DocumentView.of(prompt + answer, answer)) < 1.0


_LINE = (
    "The Orrin Bridge at Calder was built by Tomas Wey in 1712. "
    "The Hask Mill at Calder was built by Ada Rune in 1731. "
    "The Bell Tower at Calder was built by Ivo Penn in 1755. "
    "The Dock House at Calder was built by Una Moss in 1790. "
    "The Corn Hall at Calder was built by Rees Dunn in 1802. "
)


def test_an_imported_deck_leaves_out_its_lowest_rated_questions(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(confidence, "LOW_RATING", 0.0)
    whole = build_deck(_LINE, deck="Calder", file_name="calder.txt", markdown=False).bank
    monkeypatch.setattr(confidence, "LOW_RATING", 1.0)
    monkeypatch.setattr(confidence, "ALWAYS_KEPT", 2)
    trimmed = build_deck(_LINE, deck="Calder", file_name="calder.txt", markdown=False).bank
    asked = [q for q in whole.questions if q.type.value != "ordering"]
    kept = [q for q in trimmed.questions if q.type.value != "ordering"]
    assert len(asked) > 2
    assert len(kept) == 2
    assert {q.id for q in kept} < {q.id for q in asked}
    assert {f.id for f in trimmed.facts} < {f.id for f in whole.facts}
