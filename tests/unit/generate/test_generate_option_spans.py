"""Period options of what a body did lie within the body's own span where the document gives
it ("the Vesk dynasty ruled from 1368 to 1644"), none is still running at the document's
time, and a question over a span ("until", "throughout") takes no options at all: the
period beside the key may hold too."""

from __future__ import annotations

import pytest

from factdeck.generate.distractors import _lifetime
from helpers.generation import auto_fact, option_pool

_LUND = (
    "Lund\n\n"
    "Lund is a port on the Orm coast. {span} "
    "In the 14th century, the Vesk dynasty began raids on Lund. "
    "In the 20th century, a railway reached Lund. A school opened in Lund in 2012."
)


def _options(text: str, answer: str, quote: str, prompt: str) -> list[str]:
    fact = auto_fact("period", answer, quote, prompt)
    return option_pool(text, "period", [answer], fact).choose(fact)


@pytest.mark.parametrize(
    "span",
    [
        "The Vesk dynasty ruled Tarland from 1368 to 1644.",
        "The Vesk dynasty (1368–1644) ruled Tarland.",
        "The Vesk dynasty was founded in 1368 and abolished in 1644.",
    ],
)
def test_a_body_s_period_options_lie_within_its_span(span: str) -> None:
    options = _options(
        _LUND.format(span=span),
        "14th century",
        "In the 14th century, the Vesk dynasty began raids on Lund.",
        "In what century did the Vesk dynasty begin raids on Lund?",
    )
    assert options
    assert set(options) == {"15th century", "16th century", "17th century"}


def test_a_span_held_or_begun_and_ended_in_one_breath_is_a_lifetime() -> None:
    for told in (
        "The Orm League existed between 1201 and 1410.",
        "The Orm League, which ruled Holm from 1201 until 1410, built forts.",
        "The Orm League ruled Holm 1201–1410.",
        "The Orm League (ruled 1201–1410) built forts.",
        "The Orm League was founded in 1201 and dissolved in 1410.",
    ):
        assert _lifetime("Orm League", [told]) == (1201, 1410)
    assert _lifetime("Orm League", ["The Orm League was formed in 1201."]) == (None, None)


@pytest.mark.parametrize(
    "told",
    [
        "The Orm League existed long before the flood, which lasted from 1501 to 1503.",
        "The Orm League operated boats for Duke Hal, who reigned from 1480 to 1520.",
        "The Orm League operated in the hills between 1600 and 1700 farms.",
    ],
)
def test_another_thing_s_span_or_a_count_is_no_lifetime(told: str) -> None:
    assert _lifetime("Orm League", [told]) == (None, None)


def test_no_period_option_is_still_running_at_the_document_s_time() -> None:
    options = _options(
        _LUND.format(span=""),
        "20th century",
        "In the 20th century, a railway reached Lund.",
        "In what century did a railway reach Lund?",
    )
    assert options
    assert "21st century" not in options


@pytest.mark.parametrize(
    ("prompt", "spans"),
    [
        ("In what century was Lund the main rival of Holm until the empire's collapse?", True),
        ("In what century did Lund trade with Holm throughout its history?", True),
        ("In what century did Lund trade with Holm throughout the world?", False),
        ("Until the empire's collapse, in what century was Lund the main rival of Holm?", True),
        ("Throughout its history, in what century did Lund trade with Holm?", True),
        ("Throughout which century did Lund trade with Holm?", False),
        ("Not until the railway came, in what century did Lund trade with Holm?", False),
        ("In what century did Lund not trade with Holm until the railway came?", False),
        ("In what century did a railway reach Lund?", False),
    ],
)
def test_a_question_over_a_span_takes_no_period_options(prompt: str, spans: bool) -> None:
    text = (
        "Lund\n\nLund is a port on the Orm coast. In the 9th century, Lund traded with Holm. "
        "A school opened in Lund in 2012."
    )
    options = _options(text, "9th century", "In the 9th century, Lund traded with Holm.", prompt)
    assert (options == []) == spans
