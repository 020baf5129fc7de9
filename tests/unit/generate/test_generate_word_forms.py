"""Word forms shared by several rules: the plural of a sort word and a count in words."""

from factdeck.generate.text import number_value, regular_plural


def test_a_noun_made_plural_by_the_common_rule() -> None:
    assert regular_plural("range") == "ranges"
    assert regular_plural("body") == "bodies"
    assert regular_plural("Rocky") == "Rockies"
    assert regular_plural("valley") == "valleys"


def test_a_count_in_words_with_or_without_a_hyphen() -> None:
    assert number_value("twenty-one") == 21
    assert number_value("ninety nine") == 99
    assert number_value("one") is None
    assert number_value("thirty-odd") is None
