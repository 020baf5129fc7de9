"""A document's sentences joined into one find where a phrase is written whole in any case
just where reading each sentence with the caseless pattern does."""

from __future__ import annotations

import re
import sys

from hypothesis import example, given, settings
from hypothesis import strategies as st

from factdeck.generate.gates import _ASCII_FOLD, JoinedTexts, deed_told_with_another_object

_SPECIAL = ["\u0130", "\u0131", "\u017f", "\u212a"]
"""Characters a caseless pattern matches with an ASCII letter: İ, ı, ſ and the Kelvin sign."""
_WORDS = ["Vell", "VELL", "vell", "Ve", "ll", "Kis", "KIS", "kis", "s", "k", "é", "É", "Vellé"]
_PIECES = st.sampled_from([*_WORDS, " ", "-", "x", "\0", *_SPECIAL])
_TEXTS = st.lists(st.lists(_PIECES, max_size=10).map("".join), max_size=5)
_PHRASES = st.sampled_from(["Vell", "vell", "kis", "Kis vell", "Vellé", "s", "é", "\u0130s"])


def _read_apart(texts: list[str], phrase: str) -> list[tuple[int, int]]:
    pattern = re.compile(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", re.IGNORECASE)
    return [(at, found.end()) for at, text in enumerate(texts) for found in pattern.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(_TEXTS, _PHRASES)
@example(["\u212aIS vell", "a Kis vell"], "kis")
@example(["a Kis\0vell", "kis"], "kis")
@example(["K\u0130S", "k\u0131\u017f vell"], "kis")  # "İ", lower-cased as two characters
@example(["KIS", "k\u0131\u017f vell"], "kis")
@example(["Vell", "xVell", "ÉVELLé"], "Vellé")
def test_joined_texts_find_a_phrase_where_each_text_read_apart_does(
    texts: list[str], phrase: str
) -> None:
    assert list(JoinedTexts(texts).written_whole(phrase)) == _read_apart(texts, phrase)


def test_the_fold_takes_each_character_a_caseless_pattern_matches_with_an_ascii_one() -> None:
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    for found in re.finditer(r"[\x00-\x7f]", every, re.IGNORECASE):
        character = found.group()
        folded = character.translate(_ASCII_FOLD)
        assert folded.isascii() and re.fullmatch(re.escape(folded), character, re.IGNORECASE)
        assert folded == folded.lower()


def test_a_deed_is_read_in_the_joined_sentences_less_the_question_s_own() -> None:
    texts = ["The ORM council founded a school.", "The Orm Council founded a hospital."]
    joined = JoinedTexts(texts)
    question = "What did the Orm council found?"
    assert deed_told_with_another_object(question, "a school", joined)
    assert not deed_told_with_another_object(question, "a school", joined, own=[1])
