"""What a named doer did, made or used: the object of its deed asked in prose."""

from __future__ import annotations

import pytest

from factdeck.bank import QuestionType
from factdeck.generate import concepts
from factdeck.generate.pipeline import build_deck
from factdeck.generate.questions import article_before_person

PROPER = frozenset({"Valdric", "Merrow", "Orvan", "Tarn", "Velcan", "Ostra", "Kell", "Lund"})
"""The words the invented document writes with a capital inside its sentences."""


def _asked(text: str, source: str = "") -> tuple[str, str] | None:
    found = concepts.statement(text, proper=PROPER, source=source or text)
    if found is None:
        return None
    return found.question, found.claim[found.start : found.end]


@pytest.mark.parametrize(
    ("text", "question", "answer"),
    [
        (
            "Merrow engines burned peat instead of coal.",
            "What did Merrow engines burn instead of coal?",
            "peat",
        ),
        (
            "Tarn Mills wove linen for the navy.",
            "What did Tarn Mills weave for the navy?",
            "linen",
        ),
        (
            "The Velcan government used woodblocks to print banknotes.",
            "What did the Velcan government use to print banknotes?",
            "woodblocks",
        ),
        (  # the clause after the object is a fact of its own
            "Ostra Lund banned cartels, which had fixed the price of grain.",
            "What did Ostra Lund ban?",
            "cartels",
        ),
        (  # an object of several words: its head noun says what sort of thing to type
            "The Valdric guilds controlled the wool trade until 1410.",
            "What trade did the Valdric guilds control until 1410?",
            "wool trade",
        ),
        (
            "Lord Orvan introduced a poll tax to pay for the wall.",
            "What tax did Lord Orvan introduce to pay for the wall?",
            "poll tax",
        ),
        (  # a whole class of things, described by its modifiers
            "Tidal mills grind grain with the rising tide.",
            "What do tidal mills grind with the rising tide?",
            "grain",
        ),
    ],
)
def test_the_object_of_a_named_doer_s_deed_is_asked(text: str, question: str, answer: str) -> None:
    assert _asked(text) == (question, answer)


@pytest.mark.parametrize(
    "text",
    [
        "The guild banned cartels in 1410.",  # which guild? the sentence before says
        "Physicians received grants from the Velcan government.",  # a capital opening only
        "Tarn Mills bought the fleet in 1901.",  # "the fleet" leans on a sentence before
        "Tarn Mills went public in 1901.",  # an idiom, not a thing to recall
        "Tarn Mills presented evidence to the court.",  # evidence of what?
        "Kell Harbour harboured ambitions to become a naval base.",  # the "to" completes it
        "The Velcan government rejected plans to build a dam.",  # plans to do what is the fact
        "Tarn Mills provided medical treatment for the sick.",  # "medical" is no guess
        "Tarn Mills sent runners to the port that warned him of the storm.",  # "him"?
        "Tarn Mills established a major industry in the valley.",  # "a major industry"
        "Many people grow grain in the valley.",  # anyone
    ],
)
def test_a_deed_with_no_thing_to_recall_or_no_named_doer_is_not_asked(text: str) -> None:
    assert _asked(text) is None


def test_a_participle_joined_to_a_passive_is_no_deed_of_the_subject() -> None:
    source = "Kell was razed by bombing raids and planned destruction."
    assert _asked("Kell planned destruction.", source) is None
    assert _asked("Kell planned destruction.", "Kell planned destruction.") is not None


def test_a_plain_sentence_without_a_name_stays_unasked_in_prose() -> None:
    assert concepts.statement("Ribosomes make proteins from amino acids.") is None


TEXT = (
    "Tarn Mills\n\nTarn Mills was a weaving company in the town of Ostra. Tarn Mills wove"
    " sailcloth for Velcan merchant ships. The company opened its first hall in 1841 and"
    " employed 300 weavers by 1870. Its owner Ada Kell built a school for the children of"
    " the weavers in 1862.\n"
)


def test_an_imported_deck_asks_what_the_named_doer_made() -> None:
    bank = build_deck(TEXT, deck="Mills", file_name="mills.txt", markdown=False).bank
    asked = {q.prompt: (q.type, str(q.answer)) for q in bank.questions}
    assert asked["What did Tarn Mills weave for Velcan merchant ships?"] == (
        QuestionType.TYPED,
        "sailcloth",
    )


def test_the_article_a_quote_writes_before_a_people_is_no_trimmed_description() -> None:
    class People:
        def document_of(self, kind: str, value: str) -> str | None:
            return "d" if kind == "person" and value == "Velsh" else None

    pool = People()
    prompt = "What did the Velsh send to the coast?"
    assert article_before_person(prompt, pool)  # type: ignore[arg-type]
    assert not article_before_person(
        prompt,
        pool,  # type: ignore[arg-type]
        "The Velsh sent envoys to the coast.",
    )


def test_an_answer_the_deck_s_title_gives_is_not_asked() -> None:
    found = concepts.statement("Merrow engines burned peat instead of coal.", proper=PROPER)
    assert found is not None
    assert concepts.answers_with_the_title(found, "Peat engine")
    assert not concepts.answers_with_the_title(found, "Merrow engine")
