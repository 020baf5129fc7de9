"""A thing's introductions, read with patterns shared by all nouns, are the ones the one
pattern of the noun finds."""

from __future__ import annotations

import re

import pytest

from factdeck.generate.referents import _INTRODUCING_TAIL, _MODIFIER, introductions


def _introducing(noun: str) -> re.Pattern[str]:
    """The one pattern of a noun ``introductions`` reads as shared patterns."""
    return re.compile(
        rf"\b(?P<article>[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Tt]he)\s+{_MODIFIER}{{0,3}}?"
        rf"{re.escape(noun)}\b(?![’'-]){_INTRODUCING_TAIL}"
    )


_STORY = (
    "Anna Kell played a match against Ivo Renn at Varfest, and then her first home match "
    "with the Orm Rovers and Vell; the match-day crowd saw a long, hard match. "
    "Their great old stone bridge over Kessel and an old bridge to Vellby stood, but a very "
    "small old wooden bridge's deck fell. The match of the year was his last match; "
    "a match's end. An  early  match between Orm Street and the Kell drew crowds. "
    "Its bridge matches, the bridges, a bridge-like arch and a the bridge of Orm."
)


@pytest.mark.parametrize("noun", ["match", "bridge", "crowds", "end", "arch", "Orm"])
def test_a_thing_s_introductions_are_those_its_one_pattern_finds(noun: str) -> None:
    for text in (_STORY, _STORY[40:], _STORY.replace(",", ""), "a match", "the match"):
        found = [
            (opening.start(), tail.end(), opening["article"], tail["tail"], tail["next"])
            for opening, tail in introductions(noun, text)
        ]
        expected = [
            (match.start(), match.end(), match["article"], match["tail"], match["next"])
            for match in _introducing(noun).finditer(text)
        ]
        assert found == expected
