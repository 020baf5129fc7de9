"""Side details rank below central facts: a minor figure's own schooling, birth or marriage,
and the later items of a run of sentences telling one deed of like items. They are asked
only while the deck has too few central questions, on small texts written for the tests."""

import pytest

from factdeck.generate import extract as extract_module
from factdeck.generate.extract import (
    Span,
    _like_runs,
    _minor_figure_s_life,
    _subject_words,
)
from factdeck.generate.sentences import split_sentences
from helpers.generation import extracted_questions

BIOGRAPHY = """Ivo Marsh is an American rowing coach. Marsh was born in Kelby, Ohio, in 1972.
He coached the Tarn College crew from 2001 to 2009.

Marsh led Tarn College to the national title in 2005. In 2009, Marsh became head coach of \
the Vell Rowing Club. Marsh won the Harlow Cup with Vell in 2012. Marsh left Vell for the \
national team in 2015. Marsh coached the national eight at the 2016 Games.

Marsh met his wife, Edda Lorne, at Tarn College in 1993. Edda Lorne graduated from Oakdale \
Academy in 1990. She finished medical school in Brantley in 1999. Marsh married Edda in \
1998, and they have three children. Marsh lives in Kelby.
"""

BELLS = """The Orm Bell is a bronze bell cast in Kelby in 1810. It was cast by the founder \
Ada Brenn for the cathedral of Kelby. The bell weighs four tons.

The bell cracked in 1890 and was recast in Tarnby. Five bells were cast from its pattern. \
A replica of the Lind Bell was hung in Vellmouth Abbey in 1901. A replica of the Sarn Bell \
was hung at Harlow Castle in 1903. A replica of the Tove Bell was hung in Dunmere Minster in \
1905. A replica of the Brask Bell was hung in Oskel Church in 1908. A replica of the Mott \
Bell was hung in Brantley Hall in 1911.

The original bell still rings at noon every day in Kelby Cathedral.
"""


def test_a_side_figure_s_own_life_is_not_asked_beside_enough_central_questions(
    roomy: pytest.MonkeyPatch,
) -> None:
    asked = extracted_questions(BIOGRAPHY, "Ivo Marsh")
    assert "Where was Marsh born in 1972?" in asked  # the subject's own life stays
    assert any("marry Edda" in q for q in asked), asked
    assert not [q for q in asked if "graduate" in q or "medical school" in q], asked


def test_a_side_figure_s_own_life_is_asked_when_the_deck_is_short_of_questions(
    roomy: pytest.MonkeyPatch,
) -> None:
    roomy.setattr(extract_module, "ENOUGH_CENTRAL", 100)
    asked = extracted_questions(BIOGRAPHY, "Ivo Marsh")
    assert any("graduate" in q for q in asked), asked


def test_a_question_about_a_minor_figure_s_schooling_is_minor() -> None:
    subject = {"ivo", "marsh"}
    lorne = Span(0, 10, "person", "Edda Lorne")
    academy = Span(0, 15, "organisation", "Oakdale Academy")
    assert _minor_figure_s_life(
        "From which academy did Edda Lorne graduate in 1990?", academy, ["Edda Lorne"], subject
    )
    assert _minor_figure_s_life("Who finished law school in Brantley?", lorne, [], subject)
    # the subject's schooling, and the side figure's part in the story, are not minor
    assert not _minor_figure_s_life(
        "Where did Marsh finish law school?", academy, ["Marsh"], subject
    )
    assert not _minor_figure_s_life(
        "Whom did Edda Lorne defeat in 1990?", academy, ["Edda Lorne"], subject
    )


def test_the_later_items_of_a_run_of_like_sentences_are_found() -> None:
    sentences = split_sentences("doc", BELLS)
    later = _like_runs(sentences)
    replicas = [s.index for s in sentences if s.text.startswith("A replica")]
    assert later == set(replicas[1:])
    assert not _like_runs(split_sentences("doc", BIOGRAPHY))


def test_only_the_first_of_a_run_of_like_items_is_asked_beside_enough_central_questions(
    roomy: pytest.MonkeyPatch,
) -> None:
    asked = extracted_questions(BELLS, "Orm Bell")
    replicas = [q for q in asked if "replica" in q]
    assert replicas and all("Lind Bell" in q for q in replicas), asked


def test_a_subject_with_a_short_name_is_no_side_figure() -> None:
    subject = _subject_words(["ko ma", "poet"])
    year = Span(0, 3, "year", "752")
    assert not _minor_figure_s_life("Ko Ma married around what year?", year, ["Ko Ma"], subject)


def test_a_side_figure_s_return_to_school_is_minor_in_every_wording() -> None:
    subject = {"ivo", "marsh"}
    year = Span(0, 4, "year", "1999")
    for question in (
        "In what year did Edda Lorne return to school?",
        "In what year did Edda Lorne go back to college?",
        "In what year did Edda Lorne marry Olaf Brenn?",
    ):
        assert _minor_figure_s_life(question, year, ["Edda Lorne"], subject), question


def test_a_side_figure_s_deed_in_the_story_is_not_minor() -> None:
    subject = {"kelby", "guild"}
    year = Span(0, 4, "year", "1971")
    for question in (
        "One of the first studies of the guild's looms was made by Ada Lorne in what year?",
        'In what year did Ada Lorne attend a "night class" course on weaving at Tarn?',
    ):
        assert not _minor_figure_s_life(question, year, ["Ada Lorne"], {"vell"}), question
    assert _minor_figure_s_life(
        "In what year did Ada Lorne attend Tarn Law School?", year, ["Ada Lorne"], subject
    )
    assert _minor_figure_s_life("Where did Ada Lorne study?", year, ["Ada Lorne"], subject)


def test_the_kin_of_a_side_figure_is_minor() -> None:
    subject = {"ivo", "marsh"}
    lorne = Span(0, 10, "person", "Edda Lorne")
    year = Span(0, 4, "year", "1990")
    assert _minor_figure_s_life(
        "Who was Tomas Brenn's elder sister?", lorne, ["Tomas Brenn"], subject
    )
    assert _minor_figure_s_life("Who was Tomas Brenn ' elder sister?", lorne, [], subject)
    assert _minor_figure_s_life("Who was the daughter of Tomas Brenn?", lorne, [], subject)
    # the subject's own kin, and a side figure's deed, are not minor
    assert not _minor_figure_s_life("Who was Marsh's elder sister?", lorne, ["Marsh"], subject)
    assert not _minor_figure_s_life(
        "In what year did Tomas Brenn's crew win the cup?", year, ["Tomas Brenn"], subject
    )
