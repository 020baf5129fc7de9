"""Readings narrowed so a question says only what its sentence says."""

from factdeck.generate import concepts


def test_an_adverb_after_is_is_no_indefinite_description() -> None:
    # "What is also ..." opens no "a/an" description: its "the pipe" still needs the text
    assert not concepts.clear_description("What is also carried by the pipe that joins the tank?")
    assert not concepts.clear_description(
        "What is almost always found in brooks that feed the pond?"
    )


def test_a_whole_joins_the_head_noun_before_its_relative_clause() -> None:
    wholes = {"spout": "a kettle", "hinge": "a gate"}
    assert (
        concepts.of_its_whole("What is the part that pours called?", "spout", wholes)
        == "What is the part of a kettle that pours called?"
    )
    assert (
        concepts.of_its_whole("What is the item which joins the two posts called?", "hinge", wholes)
        == "What is the item of a gate which joins the two posts called?"
    )
    assert (
        concepts.of_its_whole("What is the item at the side called?", "hinge", wholes)
        == "What is the item at the side of a gate called?"
    )
