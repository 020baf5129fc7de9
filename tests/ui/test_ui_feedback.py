"""The feedback panel: long answers wrap under their own text (after the label), and a false
statement's correction is said once when the explanation says the same."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from conftest import screen_text, settle
from textual.content import Content
from textual.selection import Selection
from textual.widgets import Input

from factdeck.bank import QuestionType
from factdeck.study.quiz import QuizSettings
from factdeck.ui.app import FactDeckApp
from factdeck.ui.widgets.answers import TextAnswer
from factdeck.ui.widgets.feedback import (
    LABEL_WIDTH,
    FeedbackPanel,
    Verdict,
    feedback_lines,
    says_the_same,
)
from factdeck.ui.widgets.hanging import Hanging

LONG = (
    "the first artificial satellite was launched from the Baikonur site in the Kazakh "
    "steppe during the autumn of that year"
)


def shown(verdict: Verdict, width: int = 76) -> list[str]:
    """The panel's lines at ``width`` columns (80 less its border and padding)."""
    return Hanging(feedback_lines(verdict), LABEL_WIDTH).at_width(width).plain.split("\n")


WRONG = Verdict(correct=False, expected="True", given="False", explanation="Why.", quote="Q.")


def wrong(**fields: Any) -> Verdict:
    return replace(WRONG, **fields)


def test_a_long_answer_wraps_under_its_text_not_the_label() -> None:
    lines = shown(wrong(expected=LONG, given=LONG))
    for label in ("Answer:", "You answered:"):
        first = next(i for i, line in enumerate(lines) if line.startswith(label))
        assert lines[first][LABEL_WIDTH:].startswith("the first")
        rest = lines[first + 1]
        assert rest[:LABEL_WIDTH] == " " * LABEL_WIDTH and rest[LABEL_WIDTH] != " "
        words = " ".join(lines[first : first + 2]).split()
        assert " ".join(words) == f"{label} {LONG}"
    assert all(len(line) <= 76 for line in lines)


def test_too_narrow_beside_the_labels_it_wraps_under_them() -> None:
    lines = shown(wrong(expected=LONG), width=LABEL_WIDTH + 10)
    assert lines[2].startswith("Answer:") and lines[3][0] != " "


def test_markup_in_a_hanging_answer_stays_literal() -> None:
    text = Hanging(feedback_lines(wrong(given="[b]x[/b] " * 12)), LABEL_WIDTH).at_width(40)
    assert "[b]x[/b]" in text.plain and isinstance(text, Content)


@pytest.mark.parametrize(
    ("correction", "explanation", "same"),
    [
        ("Sputnik was launched in 1957.", "Sputnik was launched in 1957.", True),
        ("Sputnik was launched in 1957.", "  sputnik  WAS launched in 1957 ", True),
        ("Sputnik was launched in 1957", "Sputnik was launched in 1957!", True),
        ("Sputnik was launched in 1957.", "Yes: Sputnik was launched in 1957. It beeped.", True),
        ("Sputnik was launched in 1957.", "Sputnik was launched in 19570.", False),
        ("Sputnik was launched in 1957.", "Sputnik went up in 1957.", False),
        ("", "Anything.", False),
    ],
)
def test_says_the_same(correction: str, explanation: str, same: bool) -> None:
    assert says_the_same(correction, explanation) is same


def test_a_correction_the_explanation_repeats_is_shown_once() -> None:
    sentence = "The Berlin Wall fell in 1989."
    lines = shown(wrong(correct_statement=sentence, explanation="the berlin wall fell in 1989"))
    assert lines[3] == " " * LABEL_WIDTH + sentence  # under the answer, and only there
    assert sum("erlin" in line for line in lines) == 1

    longer = f"{sentence} It opened on 9 November."
    lines = shown(wrong(correct_statement=sentence, explanation=longer))
    assert longer in lines and sum("erlin" in line for line in lines) == 1
    assert lines[3].startswith("You answered:")

    lines = shown(wrong(correct_statement=sentence, explanation="Germany reunited a year on."))
    assert lines[3] == " " * LABEL_WIDTH + sentence
    assert "Germany reunited a year on." in lines


def test_an_explanation_that_is_the_quote_is_shown_once_as_the_quote() -> None:
    quote = "In 1989, the Berlin Wall fell"
    lines = shown(wrong(explanation="In 1989 the Berlin Wall fell.", quote=quote))
    assert sum("erlin" in line for line in lines) == 1
    assert lines[-1] == f"“{quote}”"

    lines = shown(wrong(explanation="The wall came down that year.", quote=quote))
    assert lines[-2:] == ["The wall came down that year.", f"“{quote}”"]


async def test_a_long_typed_answer_wraps_under_itself_at_80_columns(
    make_app: Callable[..., FactDeckApp],
) -> None:
    settings = QuizSettings(count=1, types=(QuestionType.TYPED,))
    app = make_app(mode="quiz", quiz_settings=settings)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.screen.query_one(TextAnswer).query_one(Input).value = LONG
        await pilot.press("enter")
        await settle(pilot)
        lines = screen_text(app).splitlines()
        first = next(i for i, line in enumerate(lines) if "You answered:" in line)
        start = lines[first].index("You answered:") + LABEL_WIDTH
        assert lines[first][start:].startswith("the first")
        rest = lines[first + 1]
        assert rest[start - LABEL_WIDTH : start].isspace() and rest[start] != " "
        end = lines.index(lines[first][: start - LABEL_WIDTH].rstrip(), first)  # the blank line
        assert " ".join(line[start:].strip() for line in lines[first:end]) == LONG
        # Selecting it copies the lines as shown.
        selected = app.screen.query_one(FeedbackPanel).get_selection(Selection(None, None))
        assert selected is not None and LONG.split()[-1] in selected[0]
        assert selected[0].splitlines()[0] == "✗ Wrong"


def test_a_time_out_says_time_ran_out_rather_than_nothing_given() -> None:
    assert "You answered: (time ran out)" in shown(wrong(given="", timed_out=True))
    assert "You answered: (nothing)" in shown(wrong(given=""))


NOTE = (
    "Other accounts place his meeting with Kim Il Sung in December 1960; either month is accepted."
)
DISPUTED_BANK = Path(__file__).parent / "fixtures" / "disputed_bank.json"


def test_a_note_on_a_disputed_fact_has_its_own_labelled_line() -> None:
    lines = shown(wrong(explanation=f"Che Guevara visited in September 1960. Note: {NOTE}"))
    assert "Che Guevara visited in September 1960." in lines
    (first,) = [i for i, line in enumerate(lines) if line.startswith("Note:")]
    words = " ".join(lines[first : first + 2])[LABEL_WIDTH:].split()
    assert " ".join(words) == NOTE
    assert lines[first + 1].startswith(" " * LABEL_WIDTH)
    assert "Note: alone." in shown(wrong(explanation="Note: alone."))  # no statement: kept as is


def _note_shown(app: FactDeckApp) -> bool:
    """Whether the note is on screen, on a line of its own that it starts with "Note:"."""
    lines = [line.strip().removeprefix("█").strip() for line in screen_text(app).splitlines()]
    text = " ".join(" ".join(lines).split())
    return any(line.startswith("Note:") for line in lines) and f"Note: {NOTE}" in text


async def test_quiz_review_and_flashcards_show_the_note_on_a_disputed_fact(
    make_app: Callable[..., FactDeckApp],
) -> None:
    quiz = make_app(bank=DISPUTED_BANK, mode="quiz", quiz_settings=QuizSettings(count=1))
    async with quiz.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert not _note_shown(quiz)
        quiz.screen.query_one(TextAnswer).query_one(Input).value = "1959"
        await pilot.press("enter")
        await settle(pilot)
        assert "✗ Wrong" in screen_text(quiz) and _note_shown(quiz)
    review = make_app(bank=DISPUTED_BANK, mode="review")
    async with review.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        review.screen.query_one(TextAnswer).query_one(Input).value = "December 1960"
        await pilot.press("enter")
        await settle(pilot)
        assert "✓ Right" in screen_text(review) and _note_shown(review)
    cards = make_app(bank=DISPUTED_BANK, mode="study")
    async with cards.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert not _note_shown(cards)
        await pilot.press("space")
        await settle(pilot)
        assert _note_shown(cards)
