"""The count of a name written whole, read from one index of the document's word runs."""

import re

from hypothesis import given
from hypothesis import strategies as st

from factdeck.generate.extract import _WrittenCounts, words_before_alone

_PIECES = ["Orm", "United", "Orm United", "Orm-Vell", "Uniteds", " ", ", ", ".", "’s", "St.", "é"]


def _counted_by_pattern(name: str, joined: str) -> int:
    return len(re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w-])", joined))


@given(
    st.lists(st.sampled_from(_PIECES), max_size=30).map("".join),
    st.sampled_from(["Orm", "Orm United", "United", "Orm-Vell", "St. Orm", "’s Orm", "é"]),
)
def test_a_name_is_counted_as_a_whole_word_pattern_counts_it(joined: str, name: str) -> None:
    assert _WrittenCounts(joined)(name) == _counted_by_pattern(name, joined)


def test_a_name_inside_a_longer_or_hyphened_word_is_not_counted() -> None:
    written = _WrittenCounts("Orm United won; the Orm Uniteds lost; Orm-United drew. Orm United")
    assert written("Orm United") == 2
    assert written("United") == 2
    assert written("Kell") == 0


_ALONE_PIECES = ["Rovers", "rovers", "the ", "Park", "Orm’s", " ", "  ", "-", ".", "x", "’"]


@given(
    st.lists(st.sampled_from(_ALONE_PIECES), max_size=30).map("".join),
    st.sampled_from(["Rovers", "rovers"]),
)
def test_the_words_before_a_word_alone_are_those_the_whole_pattern_finds(
    joined: str, word: str
) -> None:
    pattern = rf"(?P<before>[\w’'-]+\s+)?(?<![\w’'-]){re.escape(word)}(?![\w-]|\s+[A-Z])"
    assert words_before_alone(joined, word) == re.findall(pattern, joined)


def test_a_word_before_a_capitalised_one_or_inside_another_is_not_alone() -> None:
    text = "the Rovers won; Rovers Park; the Roversfield; Orm Rovers lost"
    assert words_before_alone(text, "Rovers") == ["the ", "Orm "]
