"""A textbook's exercises and the news stories it quotes state no fact to learn."""

from __future__ import annotations

import pytest

from factdeck.generate.clean import clean_document
from factdeck.generate.sentences import exercises, news_story
from helpers.generation import flagged_sentences


def test_numbered_questions_run_together_are_exercises_to_the_paragraph_s_end() -> None:
    text = (
        "Rivers carve valleys over millions of years.\n\n"
        "Review Questions 1. Define erosion. 3. Why do rivers meander? 2. Describe a delta. "
        "4. A farmer says that floods always harm crops. Is the farmer right?"
    )
    assert flagged_sentences(text, exercises) == [
        "Define erosion.",
        "3.",
        "Why do rivers meander?",
        "2.",
        "Describe a delta.",
        "4.",
        "A farmer says that floods always harm crops.",
        "Is the farmer right?",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Draw bridges were raised at night in 1850.",
        'The ferryman asked the king, "Why cross at night?"',
        "The river carries 40 tonnes of silt a day.",
    ],
)
def test_statements_that_only_look_like_tasks_are_no_exercise(sentence: str) -> None:
    assert flagged_sentences(f"The Orsk dam was built in 1931. {sentence}", exercises) == []


def test_a_section_of_questions_and_problems_is_dropped_with_its_lettered_parts() -> None:
    text = (
        "Rivers carve valleys.\n\n"
        "QUESTIONS FOR REVIEW\n"
        "1. What is a delta? 3. Name two rivers\n"
        "that flow north into the Arctic Ocean from the plains.\n"
        "2. Explain erosion.\n\n"
        "PROBLEMS AND APPLICATIONS\n"
        "1. A river carries 40 tonnes of silt a day into its delta.\n"
        "a. Draw a graph of the silt it carries into the delta in one week.\n"
        "b. How much silt does it carry in a year?"
    )
    cleaned = clean_document(text)
    assert cleaned.text.strip() == "Rivers carve valleys."
    assert {drop.reason for drop in cleaned.drops} == {
        "“QUESTIONS FOR REVIEW” section",
        "“PROBLEMS AND APPLICATIONS” section",
    }


def test_a_news_story_s_byline_and_its_unstated_days_are_not_asked() -> None:
    text = (
        "Floods Close the Valley Road By TOMAS REY The Hill Gazette Yesterday the river rose "
        "two metres above the bridge. Engineers will inspect the bridge this week. "
        "Officials say the road will reopen next month. The bridge was built in 1888.\n\n"
        "Dam Plan Divides Town By Lena Ortiz The Orsk Courier The council met for six hours."
    )
    assert flagged_sentences(text, news_story) == [
        "Floods Close the Valley Road By TOMAS REY The Hill Gazette Yesterday the river rose "
        "two metres above the bridge.",
        "Engineers will inspect the bridge this week.",
        "Officials say the road will reopen next month.",
        "Dam Plan Divides Town By Lena Ortiz The Orsk Courier The council met for six hours.",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "In his last year at school he won a prize for drawing.",
        "The mine closed in the last week of June 1921.",
        "The flood came last May 4, 1927, or so the records say.",
        "The bridge was designed by Anna Berg and opened in 1901.",
        "The strike ended on Monday, 3 May 1926.",
    ],
)
def test_times_a_text_gives_and_a_plain_by_are_asked(sentence: str) -> None:
    assert flagged_sentences(sentence, news_story) == []


def test_what_carries_on_a_story_told_from_an_unstated_day_is_not_asked() -> None:
    text = (
        "Last Tuesday the council approved a budget for the harbour. "
        "The mayor signed the budget in May. She called it fair. "
        "Orsk became a city in 1820."
    )
    assert flagged_sentences(text, news_story) == [
        "Last Tuesday the council approved a budget for the harbour.",
        "The mayor signed the budget in May.",
        "She called it fair.",
    ]


@pytest.mark.parametrize("heading", ["Problems", "Exercises", "Critical thinking"])
def test_an_article_s_own_section_of_that_name_is_kept(heading: str) -> None:
    text = f"# Orsk Canal\n\n## {heading}\n\nThe canal silted up in 1890 and was dredged in 1895.\n"
    assert "silted up in 1890" in clean_document(text, markdown=True).text


def test_a_textbook_s_key_terms_objectives_and_summary_are_dropped() -> None:
    text = (
        "Learning Objectives\n"
        "By the end of this section, you will be able to:\n"
        "• Explain why a river meanders\n"
        "• Describe how a delta forms\n\n"
        "Rivers carve valleys over millions of years. The Orsk dam was built in 1931.\n\n"
        "Key terms\n"
        "delta\n"
        "oxbow lake\n"
        "The Velm Canal was dug in 1790 to carry coal from the hills.\n\n"
        "Summary\n"
        "Rivers carve valleys. The Orsk dam dates from 1931.\n\n"
        "Floods in Orsk\n\n"
        "The river flooded Orsk in 1952 and again in 1968.\n"
    )
    kept = " ".join(clean_document(text).text.split())
    assert kept == (
        "Rivers carve valleys over millions of years. The Orsk dam was built in 1931. "
        "The Velm Canal was dug in 1790 to carry coal from the hills. "
        "The river flooded Orsk in 1952 and again in 1968."
    )  # the terms do not run into the canal's sentence; the summary ends at the next heading


def test_a_summary_that_opens_a_document_is_its_lead_and_stays() -> None:
    text = (
        "Orsk Harbour\n\n"
        "Summary\n"
        "The harbour of Orsk was dredged in 1890 to take steamships.\n\n"
        "The first steamship docked there in 1893.\n"
    )
    kept = " ".join(clean_document(text).text.split())
    assert kept == (
        "The harbour of Orsk was dredged in 1890 to take steamships. "
        "The first steamship docked there in 1893."
    )
