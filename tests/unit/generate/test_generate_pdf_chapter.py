"""A textbook chapter copied out of a PDF: its worked examples and its margin glossary."""

from __future__ import annotations

import pytest

from factdeck.generate.clean import clean_document
from factdeck.generate.pipeline import build_deck
from factdeck.generate.reflow import reflow, set_glossary_apart
from factdeck.generate.sentences import (
    made_up_examples,
    margin_definition,
    not_to_ask,
    split_sentences,
)
from helpers.generation import flagged_sentences


def test_a_made_up_person_in_the_present_inside_a_worked_example_is_no_fact() -> None:
    text = (
        "Trade lets each producer do what it does best. For example, a Bolivian dyer needs "
        "3 hours to dye a blanket and 1 hour to dye a shawl. A Chilean dyer needs 5 hours to "
        "dye a blanket. The Bolivian dyer sells each shawl for 12 pesos. Chile joined the "
        "Pacific Alliance in 2011."
    )
    assert flagged_sentences(text, made_up_examples) == [
        "For example, a Bolivian dyer needs 3 hours to dye a blanket and 1 hour to dye a shawl.",
        "A Chilean dyer needs 5 hours to dye a blanket.",
        "The Bolivian dyer sells each shawl for 12 pesos.",
    ]


def test_a_table_that_follows_marks_the_example() -> None:
    text = (
        "Tanning turns hides into leather. A Moroccan tanner treats 6 hides\n"
        "a day.\n\n"
        "Table 2-1 shows what the tannery makes in a week. The guild of tanners\n"
        "was founded in 1412."
    )
    assert flagged_sentences(text, made_up_examples) == ["A Moroccan tanner treats 6 hides a day."]


def test_the_person_named_again_with_the_article_carries_the_example_on() -> None:
    text = (
        "An Estonian glazier earns 18 euros an hour and works 40 hours a week. "
        "The glazier would work longer if the wage rose to 25 euros. "
        "Estonia adopted the euro in 2011."
    )
    assert flagged_sentences(text, made_up_examples) == [
        "An Estonian glazier earns 18 euros an hour and works 40 hours a week.",
        "The glazier would work longer if the wage rose to 25 euros.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "A senator serves 6 years in office. The senate meets in the capitol.",
        "A Danish shipwright built the first steel ferry in 1891. The shipwright died in 1902.",
        "A farmer in the valley earns more than 30,000 crowns. Rain falls in May.",
        "A senator serves 6 years in office. A representative serves 2 years.",
        "A juror earns 40 dollars a day. The juror may not discuss the case.",
    ],
)
def test_a_rule_a_past_event_or_a_lone_claim_is_no_worked_example(text: str) -> None:
    assert flagged_sentences(text, made_up_examples) == []


def test_no_question_asks_what_the_made_up_person_needs() -> None:
    text = (
        "Chapter 3 Trade\n\n"
        "Suppose a Peruvian potter needs 4 hours to throw a jug and 2 hours to glaze a plate. "
        "A Bolivian potter needs 6 hours to throw a jug. The Peruvian potter sells 30 jugs a "
        "month.\n\n"
        "Peru signed a trade agreement with Canada in 2008. Lima was founded in 1535 by "
        "Francisco Pizarro."
    )
    bank = build_deck(text, deck="Trade", file_name="trade.txt", markdown=False).bank
    quotes = [question.source.quote for question in bank.questions]
    assert quotes
    assert not any("potter" in quote for quote in quotes)


CHAPTER = (
    "The price of a good depends on its scarcity. A resource that many want and few have\n"
    "commands a high price.\n"
    "scarcity the limited nature of a society's resources\n"
    "When a mill hires another spinner, its output grows. But each new spinner adds\n"
    "less than the last. marginal yield the extra output from one more unit of an\n"
    "input The mill owner weighs the marginal yield against the wage.\n\n"
    "A town that gives up a park to build a road pays for the road with the park. "
    "forgone value whatever must be given up to obtain some item "
    "Every choice has a forgone value.\n"
)


def test_margin_glossary_entries_are_set_apart_from_the_body() -> None:
    text, count = set_glossary_apart(CHAPTER)
    assert count == 3
    paragraphs = [" ".join(p.split()) for p in text.split("\n\n")]
    assert "scarcity the limited nature of a society's resources" in paragraphs
    assert "marginal yield the extra output from one more unit of an input" in paragraphs
    assert "forgone value whatever must be given up to obtain some item" in paragraphs
    assert "The mill owner weighs the marginal yield against the wage." in paragraphs


def test_a_set_apart_entry_reads_as_a_definition_and_the_body_stays_whole() -> None:
    text = reflow(CHAPTER).text
    shown = [s.text for s in split_sentences("chapter", text)]
    assert "forgone value is whatever must be given up to obtain some item." in shown
    assert "marginal yield is the extra output from one more unit of an input." in shown
    assert "Every choice has a forgone value." in shown
    assert "But each new spinner adds less than the last." in shown


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        (
            "value of the marginal yield the marginal yield of an input times its price",
            ("value of the marginal yield", "the marginal yield of an input times its price"),
        ),
        ("scarcity the limited nature of a society's resources", None),  # used only here
        ("the mill hires a spinner for the marginal yield", None),
        ("is a marginal yield of the whole mill", None),
    ],
)
def test_a_glossary_term_is_the_longest_one_the_body_uses(
    entry: str, expected: tuple[str, str] | None
) -> None:
    body = "The marginal yield falls. The value of the marginal yield sets the wage."
    assert margin_definition(entry, f"{body}\n\n{entry}") == expected


def test_ordinary_prose_is_left_as_it_is() -> None:
    text = (
        "The mill was built in 1820 by the river. Its wheel turned until 1950, and\n"
        "the mill closed when the river silted up. vs. the old mill, the new one was larger.\n"
    )
    assert set_glossary_apart(text) == (text, 0)


def test_glossary_lines_one_after_another_are_each_an_entry() -> None:
    text = (
        "Plants are producers and animals are consumers. Every chain needs a producer.\n"
        "producer an organism that makes its own food from light\n"
        "consumer an organism that feeds on other organisms\n"
        "grazing farming that keeps animals on open grass\n"
        "The first consumers in a chain eat plants.\n"
    )
    shown = [s.text for s in split_sentences("chapter", reflow(text).text)]
    assert shown[2:5] == [
        "producer is an organism that makes its own food from light.",
        "consumer is an organism that feeds on other organisms.",
        "grazing is farming that keeps animals on open grass.",
    ]
    assert shown[-1] == "The first consumers in a chain eat plants."


def test_a_worked_example_box_is_dropped_with_its_title() -> None:
    text = (
        "Chapter 5 Energy\n\n"
        "About 10 percent of the energy passes from one level of a food chain to the next.\n\n"
        "Worked Example 5.1\n"
        "Imagine a field where the clover captures 30,000 kilojoules in a year. A beetle eats\n"
        "the clover and stores 3,000 kilojoules. A vole stores 300 kilojoules.\n\n"
        "The ecologist Raymond Lindeman published his study of energy flow in 1942.\n"
    )
    cleaned = clean_document(reflow(text).text)
    assert [drop.text for drop in cleaned.drops if drop.reason == "worked example"] == [
        "Imagine a field where the clover captures 30,000 kilojoules in a year. A beetle eats",
        "the clover and stores 3,000 kilojoules. A vole stores 300 kilojoules.",
    ]
    assert "Raymond Lindeman published" in cleaned.text


def test_a_table_s_rows_go_with_its_caption() -> None:
    text = (
        "Table 5.1 Energy at each level of the meadow\n"
        "Level Organism Energy (kJ)\n"
        "1 grass 20,000\n"
        "2 beetle 2,000\n\n"
        "Food chains rarely have more than five links.\n"
    )
    assert reflow(text).text.strip() == "Food chains rarely have more than five links."


def test_a_name_broken_at_a_line_s_end_is_joined_a_compound_of_two_words_is_not() -> None:
    text = (
        "Cocoa reached the coast in 1879 with Tetteh Quar-\nshie, a smith. Gardens in the "
        "Nether-\nlands grow tulips. Self-\ninterest drives trade."
    )
    joined = reflow(text).text
    assert "Tetteh Quarshie, a smith" in joined
    assert "in the Netherlands grow" in joined
    assert "Self-\ninterest" in joined


def test_a_sentence_that_only_names_examples_of_what_came_before_asks_nothing() -> None:
    text = (
        "Intensive farming uses much labour on a small area of land. Rice terraces in Bali "
        "and glasshouses in the Netherlands are examples. The Netherlands exported flowers "
        "worth 6 billion euros in 2021. Kew Gardens is a classic example."
    )
    sentences = split_sentences("farming", text)
    set_aside = not_to_ask(sentences)
    assert [s.text for s in sentences if s.index in set_aside] == [
        "Rice terraces in Bali and glasshouses in the Netherlands are examples.",
        "Kew Gardens is a classic example.",
    ]


def test_an_entry_glued_to_the_body_stops_where_the_next_entry_s_line_opens() -> None:
    text = (
        "Salt served as money. It was a means of payment and a measure of worth. means of\n"
        "payment an item that buyers hand to sellers for goods\n"
        "measure of worth the yardstick people use to set prices\n\n"
        "Salt cakes circulated in Ethiopia until the 1920s.\n"
    )
    shown = [s.text for s in split_sentences("money", reflow(text).text)]
    assert shown[2:4] == [
        "means of payment is an item that buyers hand to sellers for goods.",
        "measure of worth is the yardstick people use to set prices.",
    ]


def test_a_term_used_right_before_its_glued_entry_counts_as_used() -> None:
    text = (
        "Fertilizer that washes into rivers can cause\n"
        "silting. silting the build-up of mud on a river's bed Fish then lose their beds.\n"
    )
    shown = [s.text for s in split_sentences("rivers", reflow(text).text)]
    assert "silting is the build-up of mud on a river's bed." in shown


def test_a_glued_entry_keeps_the_name_its_definition_ends_with() -> None:
    text = (
        "The Riksbank opened in 1668. It is the central bank of the realm. central bank the "
        "bank that issues the money of Sweden Its governor serves six years.\n"
        "Prices rose in 1974. inflation a rise in the overall level of prices Inflation hurts "
        "savers.\n"
    )
    shown = [s.text for s in split_sentences("banks", reflow(text).text)]
    assert "central bank is the bank that issues the money of Sweden." in shown
    assert "Its governor serves six years." in shown
    assert "inflation is a rise in the overall level of prices." in shown
    assert "Inflation hurts savers." in shown
