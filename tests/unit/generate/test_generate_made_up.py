"""Made-up examples: a textbook's thought experiments are illustrations, not facts to learn."""

from __future__ import annotations

import pytest

from factdeck.generate.pipeline import build_deck
from factdeck.generate.sentences import made_up_examples
from helpers.generation import flagged_sentences

LESSON = (
    "Interest is the price of borrowing money. The Bank of Tarnia was founded in 1694 in Orsk.\n\n"
    "Imagine a potter in Vell who borrows 500 crowns at 5 percent a year. "
    "After one year the potter would owe 525 crowns. If she waits two years, she pays 551 "
    "crowns. Interest grows faster when it is compounded. The potter in Vell sells 40 bowls a "
    "week.\n\n"
    "Say Ivo earns 12 crowns an hour as a carpenter. He works 35 hours a week. "
    "The Tarnian parliament set the first minimum wage in 1912.\n\n"
    "Suppose that a fisher can catch 30 kilograms of cod or 50 kilograms of herring in a day. "
    "The fisher would choose herring. David Ricardo published his theory of rent in 1815.\n"
)


def test_the_setup_and_what_carries_it_on_are_made_up_general_statements_are_not() -> None:
    assert flagged_sentences(LESSON, made_up_examples) == [
        "Imagine a potter in Vell who borrows 500 crowns at 5 percent a year.",
        "After one year the potter would owe 525 crowns.",
        "If she waits two years, she pays 551 crowns.",
        "The potter in Vell sells 40 bowls a week.",
        "Say Ivo earns 12 crowns an hour as a carpenter.",
        "He works 35 hours a week.",
        "Suppose that a fisher can catch 30 kilograms of cod or 50 kilograms of herring in a day.",
        "The fisher would choose herring.",
    ]


def test_an_example_goes_on_into_the_next_paragraph_only_when_it_names_the_actor() -> None:
    text = (
        "Consider two towns, A and B, that trade salt for wool.\n\n"
        "Town B would then sell its wool in A.\n\n"
        "She was born in Orsk in 1820."
    )
    assert flagged_sentences(text, made_up_examples) == [
        "Consider two towns, A and B, that trade salt for wool.",
        "Town B would then sell its wool in A.",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "For example, consider the sorting algorithm mergesort.",
        "Imagine was released as a single in 1971.",
        "Say Anything is a film of 1989.",
        "Imagine Dragons formed in Las Vegas in 2008.",
        "Assume Command is a strategy game released in 2003.",
        "Supposedly the tomb lies under the chapel.",
        "If a firm raises its price, it loses customers.",
    ],
)
def test_real_things_and_general_conditionals_set_up_no_example(sentence: str) -> None:
    assert flagged_sentences(f"{sentence} She would later say so.", made_up_examples) == []


def test_no_question_is_asked_about_a_made_up_example() -> None:
    bank = build_deck(LESSON, deck="Interest", file_name="interest.txt", markdown=False).bank
    quotes = {question.source.quote for question in bank.questions}
    assert not quotes & set(flagged_sentences(LESSON, made_up_examples))
    assert "The Tarnian parliament set the first minimum wage in 1912." in quotes
    assert "The Bank of Tarnia was founded in 1694 in Orsk." in quotes


def test_a_measure_in_the_setup_is_no_actor_of_the_example() -> None:
    text = (
        "Say Ivo pulls a sledge of 40 kilograms with a force of 80 newtons. "
        "The sledge would speed up on smooth snow. "
        "Friction is the force that resists sliding."
    )
    assert flagged_sentences(text, made_up_examples) == [
        "Say Ivo pulls a sledge of 40 kilograms with a force of 80 newtons.",
        "The sledge would speed up on smooth snow.",
    ]


def test_a_real_place_the_example_happens_in_is_no_actor() -> None:
    text = (
        "Imagine the crowds in Orsk when the canal opened. "
        "The canal reached Orsk in 1869 after ten years of work."
    )
    assert flagged_sentences(text, made_up_examples) == [
        "Imagine the crowds in Orsk when the canal opened."
    ]


def test_the_verb_after_the_actor_is_not_taken_for_its_name() -> None:
    text = (
        "Suppose that a barge holds 30 tonnes of salt. "
        "Each crossing takes two days. "
        "By spring the barge has carried 900 tonnes."
    )
    assert flagged_sentences(text, made_up_examples) == [
        "Suppose that a barge holds 30 tonnes of salt.",
        "By spring the barge has carried 900 tonnes.",
    ]


def test_a_sentence_that_speaks_to_the_reader_sets_a_scene_not_a_fact() -> None:
    text = (
        "Over dinner, you eat rice grown in Thailand from a bowl made in China. "
        "The bowl was fired in a kiln at 1,200 degrees. "
        "Rice is the staple food of more than half of the world.\n\n"
        "We now turn to the harvest. Your own kitchen holds grain from four continents. "
        "The harvest in Thailand ends in November."
    )
    assert flagged_sentences(text, made_up_examples) == [
        "Over dinner, you eat rice grown in Thailand from a bowl made in China.",
        "The bowl was fired in a kiln at 1,200 degrees.",
        "We now turn to the harvest.",
        "Your own kitchen holds grain from four continents.",
    ]


def test_a_person_named_by_trade_who_can_or_could_do_so_much_is_made_up() -> None:
    text = (
        "A Chilean miner can dig 4 tonnes of copper or 2 tonnes of tin in a shift. "
        "He would choose copper. Chile mines more copper than any other country.\n\n"
        "A baker in Oslo might sell 300 loaves on a Saturday. "
        "Norway joined the European Free Trade Association in 1960.\n\n"
        "A beekeeper in Crete could keep 40 hives. Each hive would give 20 kilograms of honey. "
        "Bees pollinate a third of the crops people eat."
    )
    assert flagged_sentences(text, made_up_examples) == [
        "A Chilean miner can dig 4 tonnes of copper or 2 tonnes of tin in a shift.",
        "He would choose copper.",
        "A baker in Oslo might sell 300 loaves on a Saturday.",
        "A beekeeper in Crete could keep 40 hives.",
        "Each hive would give 20 kilograms of honey.",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "A Dutch engineer built the first pumping station in 1850.",
        "A president can serve two terms of four years.",
        "A member of the senate can serve 3 terms.",
        "A person can give blood every 56 days.",
        "A senator must be at least 30 years old.",
        "A miner who can dig coal earns 40 crowns.",
        "The song Thank You was released in 2001.",
        "The ferry takes you across the bay in 20 minutes.",
        'The captain told the crew, "You will see land in 3 days."',
    ],
)
def test_facts_about_people_of_a_trade_and_words_of_others_are_no_example(sentence: str) -> None:
    assert flagged_sentences(f"{sentence} The harbour opened in 1901.", made_up_examples) == []


def test_no_question_is_asked_about_the_reader_s_clothes() -> None:
    text = (
        "Over lunch, you eat rice grown in Thailand and drink tea picked in Sri Lanka. "
        "Your jacket was sewn in Vietnam from wool shorn in New Zealand. "
        "The tea trade grew after the Suez Canal opened in 1869. "
        "Kenya exported its first tea to London in 1924."
    )
    bank = build_deck(text, deck="Tea", file_name="tea.txt", markdown=False).bank
    quotes = {question.source.quote for question in bank.questions}
    assert "Kenya exported its first tea to London in 1924." in quotes
    assert not any(quote.startswith(("Over lunch", "Your")) for quote in quotes)
