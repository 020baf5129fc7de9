"""Key terms of a technical text with no names or dates: definitions whose description has
its own "its" or "their", terms named for each member of a kind, a thing's kind, the parts a
thing consists of, and the other name given in an aside."""

from __future__ import annotations

from factdeck.generate.concepts import (
    clear_description,
    kind_of,
    of_its_whole,
    or_alias,
    statement,
    wholes_of_parts,
)
from factdeck.generate.phrasing import definition, unbound_context_words
from factdeck.generate.pipeline import build_deck


def _defined(text: str) -> tuple[str, str] | None:
    found = definition(text)
    return None if found is None else (text[found.start : found.end], found.question)


def test_a_possessive_bound_inside_the_description_points_nowhere_else() -> None:
    assert unbound_context_words("a ladder that folds its rungs flat") == 0
    assert unbound_context_words("kilns whose doors seal their chambers") == 0
    assert unbound_context_words("the largest town in its north") == 1
    assert unbound_context_words("the kilns that seal their chambers") == 1
    assert unbound_context_words("a kiln that they built") == 1


def test_a_definition_whose_description_owns_its_possessive_is_asked() -> None:
    text = "A loom that winds its own thread back onto its beam is known as a reel loom."
    assert _defined(text) == (
        "reel loom",
        "What is a loom that winds its own thread back onto its beam called?",
    )
    text = "A furlow is a field plough whose blades turn over their own furrows."
    assert _defined(text) == (
        "furlow",
        "What is a field plough whose blades turn over their own furrows called?",
    )
    assert _defined("The largest town in its north is called Orm.") is None


def test_each_member_of_a_kind_may_be_named() -> None:
    text = "Each cell in a honey comb is called a brood chamber."
    assert _defined(text) == ("brood chamber", "What is each cell in a honey comb called?")


_LOOMS = """= Reel loom =

In weaving, a reel loom is a frame for making cloth whose beam turns on its own axle.

A loom that winds its own thread back onto its beam is known as a drawing loom. Each thread
that runs along the cloth is called a warp end.
"""


def _asked(text: str, deck: str) -> dict[str, str]:
    bank = build_deck(text, deck=deck, file_name="notes.txt", markdown=False).bank
    return {question.prompt: question.answer for question in bank.questions}


def test_a_text_with_no_names_or_dates_is_asked_its_terms() -> None:
    asked = _asked(_LOOMS, "Reel loom")
    assert asked["What is a frame for making cloth whose beam turns on its own axle called?"] == (
        "reel loom"
    )
    assert asked["What is a loom that winds its own thread back onto its beam called?"] == (
        "drawing loom"
    )
    assert asked["What is each thread that runs along the cloth called?"] == "warp end"


def test_a_kind_is_asked_for_not_the_term_that_many_kinds_fit() -> None:
    found = kind_of("Tarn mosses are a kind of peat moss.")
    assert found is not None
    assert found.question == "What are tarn mosses a kind of?"
    assert found.claim[found.start : found.end] == "peat moss"
    found = kind_of("A furlow is a type of plough.")
    assert found is not None and found.question == "What is a furlow a type of?"


def test_a_kind_that_names_nothing_or_points_back_is_not_asked() -> None:
    assert kind_of("Furlows are a kind of process.") is None
    assert kind_of("They are a kind of plough.") is None
    assert kind_of("Furlows are a kind of plough used in wet clay.") is None


def test_the_kind_of_a_term_becomes_a_question_of_the_deck() -> None:
    text = (
        "= Furlow =\n\nA furlow is a plough whose blades turn over their own furrows.\n\n"
        "Furlows are a kind of mouldboard plough.\n"
    )
    asked = _asked(text, "Furlow")
    assert asked["What are furlows a kind of?"] == "mouldboard plough"
    assert not any(prompt.startswith("What is a kind of") for prompt in asked)


def test_of_a_thing_s_listed_parts_only_the_last_is_asked() -> None:
    found = statement("A lock consists of a bolt, a cam and a spring.")
    assert found is not None
    assert found.question == "What does a lock consist of besides a bolt and a cam?"
    assert found.claim[found.start : found.end] == "spring"
    found = statement("A kiln is made up of a firebox and a chamber.")
    assert found is not None
    assert found.question == "What is a kiln made up of besides a firebox?"
    assert statement("A lock consists of many parts and a spring.") is None
    assert statement("It consists of a bolt and a cam.") is None


def test_a_part_s_bare_description_says_whose_part_it_is() -> None:
    wholes = wholes_of_parts(["A lock consists of a bolt, a cam and a spring."])
    assert wholes == {"bolt": "a lock", "cam": "a lock", "spring": "a lock"}
    asked = "What is the piece that slides into the frame called?"
    assert of_its_whole(asked, "bolt", wholes) == (
        "What is the piece of a lock that slides into the frame called?"
    )
    said = "What is the last piece of the row called?"
    assert of_its_whole(said, "bolt", wholes) == said
    assert of_its_whole(asked, "latch", wholes) == asked
    shared = ["A lock consists of a bolt and a cam.", "A door consists of a bolt and a hinge."]
    assert "bolt" not in wholes_of_parts(shared)


def test_a_part_is_asked_with_its_whole_in_a_deck() -> None:
    text = (
        "= Tumbler lock =\n\nA tumbler lock consists of a bolt, a cam and a spring. The piece "
        "that slides into the frame is called the bolt. The piece that turns with the key is "
        "called the cam.\n"
    )
    asked = _asked(text, "Tumbler lock")
    assert asked["What is the piece of a tumbler lock that slides into the frame called?"] == (
        "bolt"
    )


def test_materials_listed_without_articles_are_no_parts() -> None:
    assert statement("A tarn lock consists of brass, iron and tin.") is None


def test_another_name_set_off_by_or_is_asked_when_no_definition_is() -> None:
    found = or_alias("A sand bar, or shoal, is a ridge of sand along a shore.")
    assert found is not None and found.question == "By what other name is a sand bar known?"
    assert found.claim[found.start : found.end] == "shoal"
    assert or_alias("Sand bars, dunes, or spits, are common here.") is None
    asked = _asked(
        "= Tarn loom =\n\nA tarn loom, or frame loom, is a device that weaves cloth on a beam.\n\n"
        "A reel loom, or strip frame, is used to weave narrow strips of cloth.\n",
        "Tarn loom",
    )
    # before a verb that tells what is done with it, "or" may offer a second thing
    assert "By what other name is a reel loom known?" not in asked
    assert asked["What is a device that weaves cloth on a beam called?"] == "tarn loom"
    assert "By what other name is a tarn loom known?" not in asked


def test_a_the_phrase_inside_an_indefinite_description_s_clause_is_its_own() -> None:
    owned = "What is a toll by which the toll rate rises as the cargo weight rises called?"
    assert clear_description(owned)
    assert clear_description("What are looms whose beams turn the shaft called?")
    assert not clear_description("What is the fluid that fills the chamber called?")
    assert not clear_description("What is a fluid in the chamber called?")
    text = "= Tolls =\n\nA weight toll is a toll by which the toll rate rises as the cargo grows.\n"
    asked = _asked(text, "Tolls")
    assert asked["What is a toll by which the toll rate rises as the cargo grows called?"] == (
        "weight toll"
    )


def test_a_pronoun_bound_inside_a_definition_s_description_points_nowhere_else() -> None:
    assert unbound_context_words("a loom whose beam is fixed when it is built", strict=True) == 0
    assert unbound_context_words("proteins that unfold when they dry", strict=True) == 0
    assert unbound_context_words("the signal that wakes it", strict=True) == 1
    assert unbound_context_words("a town that it founded", strict=True) == 1
    text = "= Looms =\n\nA loom whose beam is fixed when it is built is called a rigid loom.\n"
    asked = _asked(text, "Looms")
    assert asked["What is a loom whose beam is fixed when it is built called?"] == "rigid loom"


def test_the_document_s_own_subject_is_asked_for_once() -> None:
    text = (
        "= Reel loom =\n\nIn weaving, a reel loom is a frame for making cloth with a beam on "
        "an axle.\n\nThe drawing of thread is slow. A reel loom is a machine that pulls thread "
        "from a spool onto a wide beam. Each thread that runs along the cloth is called a warp "
        "end.\n"
    )
    asked = _asked(text, "Reel loom")
    assert list(asked.values()).count("reel loom") == 1
    assert asked["What is each thread that runs along the cloth called?"] == "warp end"
