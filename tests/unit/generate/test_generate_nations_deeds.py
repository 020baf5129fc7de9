"""A question of a nation's deed that names nothing but nations and no time ("What did the
United States offer to buy?") is every such deed the nation ever did: it opens with the
year its paragraph has reached, or is left out where the paragraph names none, on small
texts written for the tests."""

import pytest

from factdeck.generate.gates import deed_of_nations_alone, nation_words, times_told
from helpers.generation import selected_candidates

_HARBOUR = (
    "Tarn Bay is a harbour on the coast of Kessia. It has a lighthouse and two piers. "
    "The bay is known for its oysters.\n\n"
    "The Kessian king closed the river to foreign ships {closed}. "
    "The Dutch offered to buy Port Arlo in secret. The king refused the offer.\n\n"
    "The lighthouse was built by Ivo Marr. "
    "French forces retreated from Kessia and were replaced by Dutch forces.\n"
)


def _questions(closed: str = "in 1802") -> list[str]:
    text = _HARBOUR.format(closed=closed)
    return [c.question for c in selected_candidates("Tarn Bay", text) if c.question]


def test_a_nation_s_deed_opens_with_the_year_its_paragraph_has_reached() -> None:
    questions = _questions()
    assert "In 1802, which port did the Dutch offer to buy in secret?" in questions
    assert "Which port did the Dutch offer to buy in secret?" not in questions


@pytest.mark.parametrize("closed", ["in the 1790s", "until 1802", "for a year"])
def test_a_nation_s_deed_is_left_out_where_its_paragraph_dates_it_by_no_one_year(
    closed: str,
) -> None:
    questions = _questions(closed)
    assert not any("offer to buy" in question for question in questions)


def test_a_nation_s_deed_told_at_a_time_of_its_own_takes_no_earlier_year() -> None:
    text = _HARBOUR.format(closed="in 1802").replace(
        "in secret.", "in secret, arriving around the 10th century."
    )
    questions = [c.question for c in selected_candidates("Tarn Bay", text) if c.question]
    assert not any("offer to buy" in question and "1802" in question for question in questions)


def test_a_year_told_three_sentences_back_dates_no_deed() -> None:
    text = _HARBOUR.format(closed="in 1802").replace(
        "The Dutch offered",
        "The port grew quickly. Its mills made cloth. Its boats fished for cod. The Dutch offered",
    )
    questions = [c.question for c in selected_candidates("Tarn Bay", text) if c.question]
    assert not any("offer to buy" in question for question in questions)


def test_a_nation_s_deed_whose_paragraph_names_no_year_is_left_out() -> None:
    questions = _questions()
    assert not any("retreat" in question for question in questions)


_NATIONS = nation_words(["Parthian Empire"])


@pytest.mark.parametrize(
    "question",
    [
        "From which country did French forces retreat?",
        "What did the United States offer to buy?",
        "Who began a full-scale invasion of the Armenian kingdom?",
        "Whom did the Parthians attack?",
    ],
)
def test_a_deed_naming_nations_alone_pins_no_one_deed(question: str) -> None:
    assert deed_of_nations_alone(question, _NATIONS)


@pytest.mark.parametrize(
    "question",
    [
        "Which port did the Dutch offer to buy from Ivo Marr?",  # a person pins it
        "What was the first English colony?",  # "first" pins it
        "Who did Kessia invade?",  # no nation the document or the lexicon knows
        "To which country did France cede the eastern part of its vast North American empire?",
        "Who won the race?",  # no nation at all
        "In which war did conflict between the East and the West erupt?",  # no nation's name
        "The Vikings sailed down the Russian rivers from which sea?",  # a people of no nation
    ],
)
def test_a_name_or_enough_words_of_its_own_pin_a_deed(question: str) -> None:
    assert not deed_of_nations_alone(question, _NATIONS)


def test_the_years_a_text_tells_date_a_deed_only_as_points() -> None:
    assert times_told("Napoleon took Louisiana in 1802 and closed the river.") == ["In 1802"]
    assert times_told("War broke out in 58.") == ["In 58"]
    assert times_told("The king died in 44 BC, when Rome fell.") == ["In 44 BC"]
    assert times_told("In May 1802 the king fled.") == ["In 1802"]
    assert times_told("The war went on until 63.") == [None]
    assert times_told("In the 1780s the town grew.") == [None]
    assert times_told("The king sent 58 men.") == []
