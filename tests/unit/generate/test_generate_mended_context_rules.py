"""Mended context and fix rules: names of a body, each/every owners, acts without their object."""

from factdeck.generate import phrasing


def _words(text: str) -> list:
    return list(phrasing._WORD.finditer(text))


def test_a_participle_after_an_adjective_needs_an_article_or_possessive_before_it() -> None:
    # "this" may stand alone as a pronoun, so only an article or possessive opens the phrase
    assert phrasing._participle_before_noun(
        _words("the first organised group left Kell"), 2, "group"
    )
    assert not phrasing._participle_before_noun(
        _words("this first organised group left Kell"), 2, "group"
    )

