"""Lists and what is asked of them: a count whose sentence lists, after a colon, exactly what
it counts is asked without the list ("How many parts ...?"); a list of other length, of
examples, or after a clause is not taken for the count's own. A list is no answer of a plain
statement, nor is its first item."""

from __future__ import annotations

from factdeck.generate.concepts import statement
from factdeck.generate.gates import listed_count_end
from factdeck.generate.pipeline import build_deck


def _end(sentence: str, count: str) -> int | None:
    at = sentence.index(count)
    return listed_count_end(sentence, at, at + len(count), sentence)


def test_a_list_as_long_as_its_count_ends_the_question_at_the_colon() -> None:
    sentence = (
        "Orvish kilns are divided into three types: pit kilns, bottle kilns and tunnel kilns."
    )
    assert _end(sentence, "three") == sentence.index(":")
    two = "The Orvish kiln has two chambers: a firebox and a ware chamber with a vaulted roof."
    assert _end(two, "two") == two.index(":")
    serial = "It has three parts: a base of clay, a funnel of brick, and a lid."
    assert _end(serial, "three") == serial.index(":")
    marked = "It has three parts: a base that holds fuel; a funnel (the flue); and a lid."
    assert _end(marked, "three") == marked.index(":")


def test_a_phrase_moved_after_the_list_keeps_the_list() -> None:
    source = "In Orv, the potters built two kilns: a pit kiln and a bottle kiln."
    moved = "The potters built two kilns: a pit kiln and a bottle kiln in Orv."
    at = moved.index("two")
    assert listed_count_end(moved, at, at + 3, source) is None
    cut = "The potters built two kilns: a pit kiln"  # a clause that ends inside the list
    assert listed_count_end(cut, at, at + 3, source) == cut.index(":")


def test_a_list_that_is_not_the_whole_count_is_kept() -> None:
    assert _end("The kiln has four parts: a base, a funnel and a lid.", "four") is None
    assert _end("The kiln has three parts, including: a base, a funnel and a lid.", "three") is None
    assert _end("It has three uses that matter: it dries, fires and glazes pots.", "three") is None
    # two "and"s after the last comma: which of them joins two items cannot be told
    assert _end("It has three rooms: a hall, a store and a kiln and drying shed.", "three") is None


def test_an_imported_deck_asks_the_count_of_a_listed_whole() -> None:
    text = (
        "Orvish pottery\n\n"
        "Orvish pottery is a tradition of fired earthenware from the valley of Orv. "
        "Orvish kilns are divided into three types: pit kilns, bottle kilns and tunnel kilns. "
        "The oldest Orvish pots were shaped by hand from river clay and fired in open "
        "pits. Later potters used a slow wheel turned by an assistant."
    )
    bank = build_deck(text, deck="Orvish pottery", file_name="orv.txt", markdown=False).bank
    asked = {q.prompt: q.answer for q in bank.questions}
    assert asked.get("Into how many types are Orvish kilns divided?") == 3


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
