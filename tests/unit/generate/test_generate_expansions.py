"""An abbreviation in an imported question, statement or ordering event is spelled out as
the document defines it ("the Port Health Authority (PHA)"); one the document never spells
out and few readers know gives no question and no event."""

from __future__ import annotations

from factdeck.bank import OrderingQuestion
from factdeck.generate.expansions import (
    expansions,
    spelled_out,
    with_abbreviations_spelled_out,
)
from factdeck.generate.pipeline import build_deck
from helpers.generation import auto_fact, document_evidence

_HARBOUR = (
    "Harbours of Tarland\n\n"
    "Every ship that enters Port Wellam is inspected by the Port Health Authority (PHA). "
    "PHA was created in 1969 by the state legislature. "
    "The harbour also gained a lifeboat station in 1955.\n\n"
    "Gross tonnage (GT) measures the volume of a ship. "
    "The GT of the largest ship was 9,000."
)


def _spelled(prompt: str, answer: str = "1969", **more: object) -> list[str]:
    fact = auto_fact("year", answer, "PHA was created in 1969.", prompt, **more)
    return [f.prompt for f in with_abbreviations_spelled_out([fact], document_evidence(_HARBOUR))]


def test_an_abbreviation_opening_the_prompt_takes_the_document_s_article() -> None:
    assert _spelled("In what year was PHA created by the state legislature?") == [
        "In what year was the Port Health Authority created by the state legislature?"
    ]


def test_the_expansion_opens_a_capitalised_statement_and_event() -> None:
    fact = auto_fact(
        "year",
        "1969",
        "PHA was created in 1969 by the state legislature.",
        "In what year was PHA created?",
        event="PHA was created by the state legislature",
        statement_template="PHA was created in {answer} by the state legislature.",
    )
    (spelled,) = with_abbreviations_spelled_out([fact], document_evidence(_HARBOUR))
    assert spelled.event == "The Port Health Authority was created by the state legislature"
    assert spelled.statement.startswith("The Port Health Authority was created in 1969")
    assert spelled.statement_template is not None
    assert spelled.statement_template.startswith("The Port Health Authority was created in {")


def test_no_second_article_after_a_determiner_or_a_modifier() -> None:
    defined = {"PHA": "the Port Health Authority", "GT": "gross tonnage"}

    def spell(text: str) -> str:
        return spelled_out(text, defined)

    assert spell("Who led the PHA?") == "Who led the Port Health Authority?"
    assert spell("Who led the regional PHA?") == "Who led the regional Port Health Authority?"
    assert spell("Who founded PHA?") == "Who founded the Port Health Authority?"
    assert spell("What was PHA's budget?") == "What was the Port Health Authority's budget?"
    assert spell("What was the ship's GT?") == "What was the ship's gross tonnage?"
    assert spell("Who ran an PHA office?") == "Who ran a Port Health Authority office?"


def test_a_name_s_opening_written_before_its_letters_is_not_said_twice() -> None:
    defined = {"HP": "the Orm Harbour Police"}
    assert spelled_out("When was the Orm HP moved to Kell?", defined) == (
        "When was the Orm Harbour Police moved to Kell?"
    )
    assert spelled_out("When was the HP moved to Kell?", defined) == (
        "When was the Orm Harbour Police moved to Kell?"
    )


def test_a_question_about_the_letters_themselves_keeps_them() -> None:
    assert _spelled("What does PHA stand for?", answer="Port Health Authority") == [
        "What does PHA stand for?"
    ]


def test_an_abbreviation_whose_expansion_holds_the_answer_stays() -> None:
    prompt = "Which authority of the port was created in 1969 as PHA?"
    assert _spelled(prompt, answer="Health Authority") == [prompt]


def test_an_abbreviation_nothing_spells_out_gives_no_question() -> None:
    assert _spelled("In what year did HRC open its clinic?") == []


def test_well_known_abbreviations_numerals_and_names_stay() -> None:
    prompts = [
        "In what year did NASA open its clinic?",
        "In what year did Henry VIII open the clinic?",
        "In what year did the BNSF Railway open the clinic?",
        "In what year did the English FA open the clinic?",
    ]
    assert [p for prompt in prompts for p in _spelled(prompt)] == prompts


def test_an_event_naming_an_unexplained_abbreviation_is_left_out() -> None:
    fact = auto_fact(
        "year", "1955", "HRC opened in 1955.", "When did the harbour gain a lifeboat station?"
    )
    fact = auto_fact(
        "year",
        "1955",
        fact.statement,
        "In what year did the harbour gain a lifeboat station?",
        event="HRC opened a lifeboat station",
    )
    (kept,) = with_abbreviations_spelled_out([fact], document_evidence(_HARBOUR))
    assert kept.event is None
    assert kept.prompt == fact.prompt


def test_curated_facts_are_left_as_written() -> None:
    fact = auto_fact("year", "1969", "HRC opened in 1969.", "When did HRC open?", origin="curated")
    assert with_abbreviations_spelled_out([fact], document_evidence(_HARBOUR)) == [fact]


def test_an_imported_deck_spells_the_abbreviation_out_in_questions_and_events() -> None:
    text = (
        "The Tarland Ferry Company\n\n"
        "The Tarland Ferry Company (TFC) runs boats between the islands of Tarland. "
        "TFC was founded in 1890 by Ivo Brenn. "
        "TFC launched its first steamer in 1911. "
        "TFC opened a route to Kelby in 1957."
    )
    bank = build_deck(text, deck="ferries", file_name="ferries.txt", markdown=False).bank
    shown = [q.prompt for q in bank.questions]
    shown += [
        label for q in bank.questions if isinstance(q, OrderingQuestion) for label in q.answer
    ]
    assert shown
    assert not any("TFC" in text for text in shown)
    assert any("the Tarland Ferry Company" in text for text in shown)


def test_an_abbreviation_the_document_keeps_using_is_its_own_word() -> None:
    text = " ".join(f"The KT class holds problem {n}." for n in range(6))
    fact = auto_fact("year", "1971", "KT was named in 1971.", "In what year was KT named?")
    assert with_abbreviations_spelled_out([fact], document_evidence(text)) == [fact]
    assert with_abbreviations_spelled_out([fact], document_evidence(_HARBOUR)) == []


def test_the_whole_name_around_the_letters_is_what_they_stand_for() -> None:
    text = (
        "Water in Orm\n\n"
        "Wells are run by the Orm City Water and Drainage Board (WDB). "
        "Gross tonnage (GT) measures ships. The Kell Rowing Club (KRC) rows on the lake. "
        "Kell Rowing Club was founded in 1901. NASA (National Aeronautics and Space "
        "Administration) tested a boat there."
    )
    assert expansions(document_evidence(text), "doc") == {
        "WDB": "the Orm City Water and Drainage Board",
        "GT": "gross tonnage",
        "KRC": "the Kell Rowing Club",
    }
