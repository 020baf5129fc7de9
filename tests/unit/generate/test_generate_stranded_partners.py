"""A body of people after "to", "for" or "with" is never asked "What ... to?"."""

from __future__ import annotations

import pytest

from factdeck.generate.extract import extract
from factdeck.generate.gates import wh_fits_key
from factdeck.generate.sentences import split_sentences


@pytest.mark.parametrize(
    ("asked", "answer", "kind"),
    [
        ("What did the council of Orm write a letter to?", "Kessian Directory", "organisation"),
        ("What did the council of Orm write a letter to in 1810?", "Kessian Council", "other"),
        ("What did the guild of Kell sell grain to?", "the Vessan Crown", "organisation"),
        ("What did the duke of Orm raise money for?", "Vessan Company", "other"),
        ("What did the town of Kell make a pact with?", "Hanse of Tarn", "organisation"),
    ],
)
def test_a_name_after_a_stranded_preposition_is_not_asked_what(
    asked: str, answer: str, kind: str
) -> None:
    assert not wh_fits_key(asked, answer, kind)


@pytest.mark.parametrize(
    ("asked", "answer", "kind"),
    [
        ("What does OKR stand for?", "Orm Kell Railway", "other"),
        ("What was Kell known for?", "Kell Fair", "event"),
        ("What did the pilots fly to?", "Vessa", "place"),
        ("What did the council of Orm fill the jars with?", "salt", "other"),
        ("To which body did the council of Orm write a letter?", "Kessian Directory", "other"),
        ("What did the council vote for?", "Reform Act", "other"),
        ("What did Ivo switch to?", "Latin", "other"),
    ],
)
def test_an_idiom_a_place_or_a_common_noun_keeps_its_question(
    asked: str, answer: str, kind: str
) -> None:
    assert wh_fits_key(asked, answer, kind)


def test_an_import_asks_no_stranded_what_for_a_body() -> None:
    text = (
        "Orm is a small country on the Vessan coast. "
        "In 1810 the council of Orm wrote a letter to the Kessian Assembly."
    )
    found = extract(split_sentences("doc", text), "Orm", selective=True).candidates
    asked = {c.span.text: c.question or "" for c in found}
    assert not asked.get("Kessian Assembly", "").startswith("What")
