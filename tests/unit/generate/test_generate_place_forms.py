"""Typed keys of places and names as a learner who knows them types them: a name given in
another language shown in English and accepted either way, a part of a larger place by the
larger one's name, a group of mountains or islands by the plural the document writes, a
name asked as a name without the word "name"."""

from __future__ import annotations

from factdeck.generate.facts import FactRecord
from factdeck.generate.questions import english_name, group_plural_forms, position_free_forms
from helpers.generation import accepts, document_facts


def _fact(text: str, prompt_start: str) -> FactRecord:
    facts = document_facts(text, "Orsk")
    (found,) = [
        fact for named in facts.values() for fact in named if fact.prompt.startswith(prompt_start)
    ]
    return found


def test_a_name_given_in_another_language_is_shown_by_its_english_translation() -> None:
    text = (
        "The colony of Nieuw-Kessland (New Kessland) grew quickly. "
        "Traders from Orsk founded Nieuw-Kessland in 1624."
    )
    colony = _fact(text, "Which colony did traders")
    assert colony.answer == "New Kessland"
    assert accepts(colony, "Nieuw-Kessland")


def test_a_key_in_the_labelled_language_is_shown_by_the_document_s_name() -> None:
    text = "Traders founded New Kessland (Dutch: Nieuw-Kessland) in 1624."
    assert english_name("Nieuw-Kessland", [text]) == "New Kessland"
    assert english_name("New Kessland", [text]) is None
    meaning = "The town of Vesaar (River Town) was founded in 1620."
    assert english_name("Vesaar", [meaning]) is None  # what the name means, no English name
    pinyin = "The court moved to Dadu (pinyin: Ta-tu) in 1272."
    assert english_name("Ta-tu", [pinyin]) is None  # letters of a name, no English one


def test_a_name_in_another_language_beside_its_meaning_is_accepted_and_the_meaning_is_not() -> None:
    text = "Fishermen founded Vessa (Orvan: Vesaar, 'river town') in 1302. Vessa grew quickly."
    town = _fact(text, "What did fishermen found")
    assert town.answer == "Vessa"
    assert accepts(town, "Vesaar")
    assert not accepts(town, "river town")


def test_a_part_of_a_place_is_accepted_by_the_place_the_document_names_alone() -> None:
    text = "Tarn Abbey was founded in Lower Vessmark in 1120. Vessmark is a land of hills."
    founded = _fact(text, "Where was Tarn Abbey founded")
    assert founded.answer == "Lower Vessmark"
    assert accepts(founded, "Vessmark")


def test_a_part_beside_the_larger_place_or_an_old_site_is_not_the_larger_place() -> None:
    text = (
        "Kell is a market town in Vessia. "
        "Until 1220 the villagers lived at Old Kell on the hill. "
        "In 1220 they moved down to the river and founded Kell."
    )
    lived = _fact(text, "Where did the villagers live on the hill")
    assert lived.answer == "Old Kell"
    assert not accepts(lived, "Kell")
    apart = "Ivo Dren was born in Lower Vessmark, not in Vessmark."
    assert position_free_forms("Lower Vessmark", apart, lambda *_: True) == []
    told = ["Lower Vessmark lies south of Vessmark."]
    alone = "The abbey moved to Lower Vessmark in 1120."
    assert position_free_forms("Lower Vessmark", alone, lambda *_: True, told) == []


def test_a_part_set_apart_from_another_in_the_question_s_sentence_keeps_its_position() -> None:
    contrast = "The abbey moved from Upper Vessmark to Lower Vessmark in 1120."
    assert position_free_forms("Lower Vessmark", contrast, lambda *_: True) == []
    alone = "The abbey moved to Lower Vessmark in 1120."
    assert position_free_forms("Lower Vessmark", alone, lambda *_: True) == ["Vessmark"]
    assert position_free_forms("Lower Vessmark", alone, lambda *_: False) == []


def test_a_land_of_its_own_named_by_a_position_is_not_its_neighbour() -> None:
    for land in ("West Virginia", "South Africa", "Inner Mongolia", "North America"):
        assert position_free_forms(land, f"The guild moved to {land}.", lambda *_: True) == []
    assert position_free_forms("Old Town", "The guild met in the Old Town.", lambda *_: True) == []


def test_a_group_of_mountains_or_islands_takes_the_plural_the_document_writes() -> None:
    sentences = {
        "Kessians": ["Herders wintered in the Kessians."],
        "Rockies": ["The trail ran across the Rockies."],
    }

    def plural_forms(answer: str, written: set[str]) -> list[str]:
        return group_plural_forms(
            answer, written.__contains__, lambda plural: sentences.get(plural, [])
        )

    assert plural_forms("Kessian Mountains", {"Kessians"}) == ["Kessians"]
    assert plural_forms("Rocky Mountains", {"Rockies"}) == ["Rockies"]
    assert plural_forms("Vessa Islands", set()) == []  # never written "Vessas"
    assert plural_forms("Vessa River", set()) == []
    assert plural_forms("Kessian Mountains", {"Kessians", "Kessia"}) == []  # the people of Kessia


def test_a_group_s_plural_written_only_of_a_people_is_not_the_group() -> None:
    text = (
        "The Orvans crossed the Orvan Islands in 1200. "
        "The Orvans were sailors who kept goats on the Orvan Islands."
    )
    crossed = _fact(text, "Which islands did the Orvans cross")
    assert crossed.answer == "Orvan Islands"
    assert not accepts(crossed, "Orvans")


def test_a_group_of_mountains_is_not_accepted_by_the_adjective_of_its_name() -> None:
    text = (
        "The Kessian Mountains rise above the plain. "
        "Shepherds crossing the Kessians in 1510 founded the village of Holm."
    )
    rise = _fact(text, "Fill in the blank")
    assert accepts(rise, "Kessians")
    assert not accepts(rise, "Kessian")


def test_a_name_asked_as_a_name_or_a_title_is_accepted_without_that_word() -> None:
    text = (
        "Brenholt is a port on the coast of Kessia. The port took the title Free City in 1450. "
        "The city bore the name Vesmar until 1500. Vesmar grew rich on herring."
    )
    named = _fact(text, "What name did the city bear")
    assert named.answer == "Vesmar"
    assert named.accepted == ()
    titled = _fact(text, "What title did")
    assert titled.answer == "Free City"
    assert not accepts(titled, "title Free City")


def test_a_place_after_a_small_position_word_is_accepted_where_named_only_so() -> None:
    quote = "The monsoon hits the eastern Orrin ranges in June."
    only = {"Orrin": [quote]}
    assert position_free_forms(
        "eastern Orrin", quote, lambda *_: False, [quote], lambda words: only.get(words, [])
    ) == ["Orrin"]
    # the document also names a New Orrin: "Orrin" alone may be that place
    named = {"Orrin": [quote, "Settlers founded New Orrin in 1820."]}
    assert (
        position_free_forms(
            "eastern Orrin", quote, lambda *_: False, [quote], lambda words: named.get(words, [])
        )
        == []
    )
