"""A document about a thing ("Temple Orm is a synagogue") tells of people by "he" and "she";
those pronouns never stand for the thing itself, however often sentences open with them. A
name opening with a sort word may still be a person's ("Lake Ivers is an actress")."""

from __future__ import annotations

from helpers.generation import deck_prompts

_SYNAGOGUE = (
    "Temple Orm\n\nTemple Orm is a Reform synagogue in Kell. It was founded in 1931.\n\n"
    "In 1956, the congregation hired Ivo Marr as its first rabbi. Originally from Lund, he was "
    "a graduate of Varby College. He emigrated to Kell in 1957, and joined Temple Orm in 1959. "
    "He left for Varby in 1961.\n\n"
    "The congregation then hired Ada Sorel. He was born in Kell. He served until 1990."
)
_ACTRESS = (
    "Lake Ivers\n\nLake Ivers is an American actress from Kell. She was born in 1980.\n\n"
    "She studied in Lund. She moved to Varby in 2001 and joined a theatre there. She won the "
    "Kell Prize in 2005."
)


def test_a_thing_s_he_is_never_the_thing(uncut: None) -> None:
    prompts = deck_prompts(_SYNAGOGUE)
    assert prompts
    assert not [prompt for prompt in prompts if "did Temple Orm" in prompt]


def test_a_person_named_with_a_sort_word_is_still_she(uncut: None) -> None:
    assert "Where did Lake Ivers study?" in deck_prompts(_ACTRESS)
