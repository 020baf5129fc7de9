"""A pattern tried only where a fast lead matches finds just what its own ``finditer`` finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from factdeck.generate.extract import _written_after_in, words_before_alone
from factdeck.generate.patterns import finditer_at_leads

_PIECES = st.sampled_from(
    ["in", "In", " ", "  ", "Kor", "kor", "Korin", "-", "’", ",", "a", "n", "\n"]
)
_TEXTS = st.lists(_PIECES, max_size=24).map("".join)
_SHAPES = (
    (r"(?<![\w’'-])Kor(?![\w-]|\s+[A-Z])", "Kor"),
    (r"\bin\s+Kor(?![\w’'-])", r"in\s+Kor"),
    (r"(?<![\w-])in kor(?![\w-])", "in kor"),
    (r"(?<![\w-])Korin(?!\s)", "Kor"),
    (r"(?<!a)nn", "nn"),  # a lead that may begin again inside itself
)


@settings(max_examples=300, deadline=None)
@given(_TEXTS, st.sampled_from(_SHAPES))
@example("annn", _SHAPES[-1])
def test_a_pattern_read_at_its_leads_finds_what_finditer_finds(
    text: str, shape: tuple[str, str]
) -> None:
    pattern, lead = re.compile(shape[0]), re.compile(shape[1])
    found = [m.span() for m in finditer_at_leads(pattern, lead, text)]
    assert found == [m.span() for m in pattern.finditer(text)]


@settings(max_examples=200, deadline=None)
@given(_TEXTS)
def test_a_lead_read_in_a_folded_text_finds_what_the_caseless_pattern_finds(text: str) -> None:
    pattern = re.compile(r"(?<![\w-])in kor(?![\w-])", re.IGNORECASE)
    found = finditer_at_leads(pattern, re.compile("in kor"), text, text.lower())
    assert [m.span() for m in found] == [m.span() for m in pattern.finditer(text)]


@settings(max_examples=200, deadline=None)
@given(_TEXTS)
def test_the_words_before_a_word_alone_and_after_in_are_the_pattern_s(text: str) -> None:
    before = r"(?P<before>[\w’'-]+\s+)?(?<![\w’'-])Kor(?![\w-]|\s+[A-Z])"
    assert words_before_alone(text, "Kor") == [m["before"] or "" for m in re.finditer(before, text)]
    after_in = re.search(r"\bin\s+Kor(?![\w’'-])", text) is not None
    assert _written_after_in(text, "Kor") == after_in


def test_a_pattern_that_matches_nothing_is_refused() -> None:
    with pytest.raises(ValueError, match="empty"):
        list(finditer_at_leads(re.compile(r"(?=Kor)"), re.compile("Kor"), "a Kor"))
