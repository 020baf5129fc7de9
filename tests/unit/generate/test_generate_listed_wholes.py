"""Lists and what is asked of them: a count whose sentence lists, after a colon, exactly what
it counts is not asked ("How many parts ...?" asks a learner to count the list); a list of
other length, of examples, or after a clause is not taken for the count's own. A list is no
answer of a plain statement, nor is its first item."""

from __future__ import annotations

from factdeck.generate.concepts import statement
from factdeck.generate.gates import counts_its_own_list
from factdeck.generate.pipeline import build_deck


def _counts_its_list(sentence: str, count: str) -> bool:
    at = sentence.index(count)
    return counts_its_own_list(sentence, at, at + len(count), sentence)


def test_a_list_as_long_as_its_count_is_the_count_s_own() -> None:
    sentence = (
        "Orvish kilns are divided into three types: pit kilns, bottle kilns and tunnel kilns."
    )
    assert _counts_its_list(sentence, "three")
    two = "The Orvish kiln has two chambers: a firebox and a ware chamber with a vaulted roof."
    assert _counts_its_list(two, "two")
    serial = "It has three parts: a base of clay, a funnel of brick, and a lid."
    assert _counts_its_list(serial, "three")
    marked = "It has three parts: a base that holds fuel; a funnel (the flue); and a lid."
    assert _counts_its_list(marked, "three")


def test_a_list_read_in_the_sentence_as_written() -> None:
    source = "In Orv, the potters built two kilns: a pit kiln and a bottle kiln."
    moved = "The potters built two kilns: a pit kiln and a bottle kiln in Orv."
    at = moved.index("two")
    assert counts_its_own_list(moved, at, at + 3, source)
    cut = "The potters built two kilns: a pit kiln"  # a clause that ends inside the list
    assert counts_its_own_list(cut, at, at + 3, source)


def test_a_list_that_is_not_the_whole_count_is_kept() -> None:
    assert not _counts_its_list("The kiln has four parts: a base, a funnel and a lid.", "four")
    assert not _counts_its_list(
        "The kiln has three parts, including: a base, a funnel and a lid.", "three"
    )
    assert not _counts_its_list(
        "It has three uses that matter: it dries, fires and glazes pots.", "three"
    )
    # two "and"s after the last comma: which of them joins two items cannot be told
    assert not _counts_its_list(
        "It has three rooms: a hall, a store and a kiln and drying shed.", "three"
    )


def test_an_imported_deck_does_not_ask_the_count_of_a_listed_whole() -> None:
    text = (
        "Orvish pottery\n\n"
        "Orvish pottery is a tradition of fired earthenware from the valley of Orv. "
        "Orvish kilns are divided into three types: pit kilns, bottle kilns and tunnel kilns. "
        "The oldest Orvish pots were shaped by hand from river clay and fired in open "
        "pits. Later potters used a slow wheel turned by an assistant."
    )
    bank = build_deck(text, deck="Orvish pottery", file_name="orv.txt", markdown=False).bank
    asked = {q.prompt: q.answer for q in bank.questions}
    assert not any(prompt.startswith("Into how many types") for prompt in asked)
    assert not [answer for answer in asked.values() if answer == 3]


def test_the_first_item_of_a_list_is_not_what_a_thing_consists_of() -> None:
    assert statement("A tarn wall consists of granite, slate and clay left by the ice.") is None
    assert statement("A tarn wall is made of granite, slate, and clay.") is None
    single = statement("A tarn wall consists of granite, which the ice carried.")
    assert single is not None and single.question == "What does a tarn wall consist of?"


def test_a_description_after_a_comma_is_no_list() -> None:
    made = statement("A tarn pipe is made of glass, usually black or dark green.")
    assert made is not None and (made.question, made.claim[made.start : made.end]) == (
        "What is a tarn pipe made of?",
        "glass",
    )
    made = statement("The tarn shell is made of chalk, hard and brittle.")
    assert made is not None and made.question == "What is the tarn shell made of?"
