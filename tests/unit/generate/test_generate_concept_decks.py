"""Documents about a concept (a technique, a process) give a deck: their definitions are read
whatever detail closes them or list they hold, the lead's definition of the subject is asked,
a count of what the subject has is asked plainly, and an early or late thing may be the
subject a question is asked of."""

from __future__ import annotations

from factdeck.generate import concepts
from factdeck.generate.phrasing import ask, definition, invert
from factdeck.generate.pipeline import build_deck


def _defined(text: str) -> tuple[str, str] | None:
    found = definition(text)
    return None if found is None else (text[found.start : found.end], found.question)


def test_a_participle_phrase_after_a_definition_is_left_out_of_its_question() -> None:
    text = "A quorl is a hooked tool that twists flax into thread, carved from antler."
    assert _defined(text) == ("quorl", "What is a hooked tool that twists flax into thread called?")
    text = "In weaving, a quorl is a hooked tool that twists flax, usually carved from antler."
    assert _defined(text) == ("quorl", "What is a hooked tool that twists flax called?")


def test_a_definition_may_list_words_with_commas() -> None:
    text = "A quorl is a tool for spinning flax, wool, hemp or cotton into thread."
    assert _defined(text) == (
        "quorl",
        "What is a tool for spinning flax, wool, hemp or cotton into thread called?",
    )
    text = "A quorl is a hooked tool that spins, twists, combs and winds flax into thread."
    assert _defined(text) == (
        "quorl",
        "What is a hooked tool that spins, twists, combs and winds flax into thread called?",
    )


def test_a_plural_after_a_verb_s_ing_form_is_its_object() -> None:
    text = "Quorling is the process of spinning threads away from the central spool."
    assert _defined(text) == (
        "Quorling",
        "What is the process of spinning threads away from the central spool?",
    )


def test_a_term_given_in_two_spellings_is_defined_once() -> None:
    text = "Quorling or quorleing is the craft of spinning flax into thread on a bone spindle."
    assert _defined(text) == (
        "Quorling",
        "What is the craft of spinning flax into thread on a bone spindle?",
    )
    text = "Quorls or quills are the tools of spinning flax into thread on a bone spindle."
    assert _defined(text) is None  # two things, not one spelled two ways


def test_a_detail_that_is_no_participle_still_ends_no_definition() -> None:
    assert (
        _defined("A quorl is a hooked tool that twists flax into thread, small and light.") is None
    )


_QUORLING = (
    "Quorling\n\n"
    "In weaving, quorling is a method of spinning flax into thread on a bone spindle, "
    "practised in the hill farms of Tarn. "
    "The thread is wound onto a spool after each pass. "
    "Spinners prefer it because it wastes little fibre. "
    "Many spinners learn it as children, and some teach it to their neighbours."
)


def test_a_concept_s_lead_definition_gives_a_deck() -> None:
    bank = build_deck(_QUORLING, deck="Quorling", file_name="quorling.txt", markdown=False).bank
    asked = {q.prompt: q.answer for q in bank.questions}
    assert asked.get("What is a method of spinning flax into thread on a bone spindle called?") == (
        "quorling"
    )


def _asked_for(text: str, answer: str, kind: str = "number") -> str | None:
    at = text.index(answer)
    asked = ask(text, at, at + len(answer), kind)
    return None if asked is None else asked[0]


def _asked_for_place(text: str, answer: str) -> str | None:
    return _asked_for(text, answer, "place")


def test_a_count_of_what_its_owner_has_asks_how_many_the_owner_has() -> None:
    text = "The quorl's seven hooks hold the thread apart."
    assert _asked_for(text, "seven") == "How many hooks does the quorl have?"
    text = "Tarnby's 12 wards elect a council each spring."
    assert _asked_for(text, "12") == "How many wards does Tarnby have?"


def test_a_past_count_or_part_of_an_owner_is_not_asked_as_owned() -> None:
    text = "The quorl's seven hooks were filed down in 1820."
    assert _asked_for(text, "seven") != "How many hooks does the quorl have?"
    text = "Each of the quorl's seven hooks holds a thread."
    assert _asked_for(text, "seven") != "How many hooks does each of the quorl have?"


def test_a_thing_named_in_passing_may_be_described_as_new() -> None:
    text = "Each loom pass creates a new loop, called a quorl knot, at the edge of the cloth."
    defined = concepts.called_object(text)
    assert defined is not None
    assert defined.question == (
        "What is the new loop that each loom pass creates at the edge of the cloth called?"
    )
    assert defined.claim[defined.start : defined.end] == "quorl knot"


def test_a_thing_set_beside_others_is_still_not_named_in_passing() -> None:
    text = "Each loom pass creates a second loop, called a quorl knot, at the edge of the cloth."
    assert concepts.called_object(text) is None


def test_an_early_or_late_thing_opens_a_subject() -> None:
    text = "Early pottery is believed to have started in Tarn around 900 BC."
    assert (
        _asked_for_place(text, "Tarn")
        == "Where is early pottery believed to have started around 900 BC?"
    )
    text = "Late pottery was fired in Tarn kilns in 1820."
    assert _asked_for(text, "1820", "year") == "In what year was late pottery fired in Tarn kilns?"


def test_early_before_a_phrase_of_time_still_opens_no_subject() -> None:
    text = "Early in the war the guild moved to Tarn in 1820."
    assert _asked_for(text, "1820", "year") != "In what year did early in the war move to Tarn?"
    assert invert("Early in the war the guild moved to Tarn") is None
    text = "Early in the 19th century, pottery was fired in Tarn kilns."
    assert _asked_for(text, "19th century", "period") != (
        "In what century was early, pottery fired in Tarn kilns?"
    )
