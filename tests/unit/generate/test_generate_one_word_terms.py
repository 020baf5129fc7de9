"""One-word technical terms: a word no general word list knows, named inside a sentence and
described right after it, is asked by its description; an everyday word is not."""

from __future__ import annotations

import pytest

from factdeck.generate import concepts
from factdeck.generate.phrasing import Definition, definition
from factdeck.generate.pipeline import build_deck


def _named(found: Definition | None) -> tuple[str, str] | None:
    return None if found is None else (found.claim[found.start : found.end], found.question)


def test_a_technical_word_described_after_it_is_asked_by_the_description() -> None:
    text = "The inner ear holds a vestibulith, a small stone resting on a bed of fine hairs."
    assert _named(concepts.object_apposition(text)) == (
        "vestibulith",
        "What is a small stone resting on a bed of fine hairs called?",
    )


def test_a_description_may_hold_the_next_described_term() -> None:
    text = (
        "Its core is a gyrolith, a sensor made of a tarnolite, a grain resting on four pads "
        "of jelly, that keeps it level."
    )
    assert _named(concepts.object_apposition(text)) == (
        "gyrolith",
        "What is a sensor made of a tarnolite called?",
    )
    rest = text[text.index("a tarnolite") :]
    assert _named(concepts.object_apposition(rest)) == (
        "tarnolite",
        "What is a grain resting on four pads of jelly called?",
    )


def test_an_everyday_word_described_after_it_is_not_asked() -> None:
    # the learner could guess "lattice"; its description fits many things
    assert (
        concepts.object_apposition("Its frame is a lattice, a mesh of rods joined at ends.") is None
    )


def test_a_description_too_general_to_single_out_the_term_is_not_asked() -> None:
    assert concepts.object_apposition("Its skin is made of a vellorin, a tough protein.") is None


def test_a_plural_after_a_count_is_a_noun_of_the_description() -> None:
    # "bundles" could be a verb; after "four" it is the noun the phrase counts
    assert _named(definition("A pod is a seed case held on four stalks of the plant.")) == (
        "pod",
        "What is a seed case held on four stalks of the plant called?",
    )


def test_another_name_agrees_with_the_head_noun_before_its_clause() -> None:
    found = concepts.alias("The sticky cells that trap prey, called harpocytes, line the arms.")
    assert found is not None
    assert found.question == "By what other name are the sticky cells that trap prey known?"
    assert found.claim == "The sticky cells that trap prey are also known as harpocytes."


def test_an_imported_technical_word_in_apposition_becomes_a_question() -> None:
    text = (
        "Comb worms are small animals of the open sea. Each worm carries a vestibulith, a small "
        "stone resting on a bed of fine hairs. The worms swim by beating rows of hairs. They "
        "eat tiny shrimp and fish eggs."
    )
    bank = build_deck(text, deck="Comb worms", file_name="worms.txt", markdown=False).bank
    asked = {q.prompt: q for q in bank.questions}
    question = asked["What is a small stone resting on a bed of fine hairs called?"]
    assert question.answer == "vestibulith"


def test_a_technical_plural_defined_by_a_bare_plural_phrase_is_asked_what_it_is_called() -> None:
    text = "Silvarves are thin layers of silt laid down in a single year."
    assert _named(definition(text)) == (
        "Silvarves",
        "What are thin layers of silt laid down in a single year called?",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Otters are small animals that eat fish.",  # an everyday kind
        "Silvarves are found in lakes of the north.",  # where, not what
        "Silvarves are often seen near the shore in summer.",
        "Silvarves are common in cold lakes of the north.",  # no plural kind
        "Silvarves are thin layers, and they form in cold lakes.",  # no restriction
        "Silvarves are many layers of silt in the lake.",  # a count, not a kind
    ],
)
def test_a_bare_plural_predicate_that_names_no_kind_is_no_definition(text: str) -> None:
    assert definition(text) is None


def test_a_word_quoted_after_called_is_a_term_not_someones_words() -> None:
    text = (
        "Comb worms are small animals of the open sea. Each worm carries a vestibulith, a small "
        'stone resting on a bed of fine hairs, called "tufts", that sense its tilt. The worms '
        "swim by beating rows of hairs. They eat tiny shrimp and fish eggs."
    )
    bank = build_deck(text, deck="Comb worms", file_name="worms.txt", markdown=False).bank
    asked = {q.prompt: q for q in bank.questions}
    question = asked["What is a small stone resting on a bed of fine hairs called?"]
    assert question.answer == "vestibulith"


def test_a_technical_word_named_in_passing_is_asked_by_what_it_names() -> None:
    text = "Its arms bear spiny rows of bristles, called setules, that sweep food in."
    assert _named(concepts.named_in_passing(text)) == (
        "setules",
        "What are spiny rows of bristles called?",
    )


@pytest.mark.parametrize(
    "text",
    [
        "The worms have rows of hairs, called tufts, on the back.",  # which rows?
        "Its arms bear spiny rows of bristles, called combs, that sweep food in.",  # everyday
    ],
)
def test_a_vague_thing_or_an_everyday_name_in_passing_is_not_asked(text: str) -> None:
    assert concepts.named_in_passing(text) is None


def test_an_imported_technical_word_named_in_passing_becomes_a_question() -> None:
    text = (
        "Comb worms are small animals of the open sea. Their arms bear spiny rows of bristles, "
        "called setules, that sweep food into the mouth. The worms swim by beating rows of "
        "hairs. They eat tiny shrimp and fish eggs."
    )
    bank = build_deck(text, deck="Comb worms", file_name="worms.txt", markdown=False).bank
    asked = {q.prompt: q for q in bank.questions}
    assert asked["What are spiny rows of bristles called?"].answer == "setules"
