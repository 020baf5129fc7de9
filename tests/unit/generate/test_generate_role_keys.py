"""A key that names a person by role or trade ("the housekeeper", "a Kelland farmer") is
asked with "Who", never "What", on small texts written for the tests."""

from factdeck.generate import concepts
from factdeck.generate.phrasing import ask, definition
from factdeck.generate.pipeline import build_deck


def _ask(sentence: str, answer: str, kind: str) -> str | None:
    start = sentence.index(answer)
    asked = ask(sentence, start, start + len(answer), kind)
    return asked[0] if asked else None


def test_a_subject_named_by_its_trade_is_asked_who() -> None:
    assert _ask("The housekeeper came to Orsk in 1820.", "housekeeper", "other") == (
        "Who came to Orsk in 1820?"
    )
    assert _ask("The Orsk millers built the first stone mill.", "Orsk millers", "term") == (
        "Who built the first stone mill?"
    )
    sentence = "A Kelland farmer can harvest 40 tons of oats in a season."
    start = sentence.index("Kelland farmer")
    assert concepts.ask(sentence, start, start + len("Kelland farmer")) == (
        "Who can harvest 40 tons of oats in a season?",
        "subject",
    )


def test_a_thing_named_like_a_trade_still_asks_what() -> None:
    assert _ask("The Orsk engine drove the first stone mill.", "Orsk engine", "other") == (
        "What drove the first stone mill?"
    )
    # a capital makes the word a name's part, not a trade: "Baker Street"
    assert _ask("Baker Street was paved in 1820.", "Baker Street", "other") != (
        "Who was paved in 1820?"
    )


def test_a_trade_defined_by_its_deed_is_asked_who() -> None:
    found = definition("The Tessel boatman is the main carrier of salt on the river.")
    assert found is not None
    assert found.question == "Who is the main carrier of salt on the river?"


def test_an_imported_deck_asks_who_for_a_person_named_by_trade() -> None:
    text = (
        "Salt on the Tessel\n\n"
        "The Tessel boatman is the main carrier of salt in Brenmark. "
        "Salt from Orsk reached the coast in 1840."
    )
    bank = build_deck(text, deck="salt", file_name="salt.txt", markdown=False).bank
    prompts = {q.prompt: q for q in bank.questions}
    assert "Who is the main carrier of salt in Brenmark?" in prompts
    assert "What is the main carrier of salt in Brenmark?" not in prompts


def test_every_trade_an_option_knows_is_asked_who_and_a_thing_named_alike_is_not() -> None:
    assert _ask("The novelist moved to Orsk in 1902.", "novelist", "other") == (
        "Who moved to Orsk in 1902?"
    )
    assert _ask("The conductor carried the current to Orsk.", "conductor", "other") == (
        "What carried the current to Orsk?"
    )
