"""Readings narrowed so a question says only what its sentence says."""

from factdeck.generate import concepts


def test_an_adverb_after_is_is_no_indefinite_description() -> None:
    # "What is also ..." opens no "a/an" description: its "the pipe" still needs the text
    assert not concepts.clear_description("What is also carried by the pipe that joins the tank?")
    assert not concepts.clear_description(
        "What is almost always found in brooks that feed the pond?"
    )
