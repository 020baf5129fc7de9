"""Bank text that looks like markup is shown as written, and nothing else happens."""

from __future__ import annotations

from collections.abc import Callable

from conftest import HOSTILE_BANK, answer, screen_text, settle

from factdeck.bank import MultipleChoiceQuestion, OrderingQuestion
from factdeck.study.quiz import QuizSettings
from factdeck.ui.app import FactDeckApp
from factdeck.ui.screens.quiz import QuizScreen
from factdeck.ui.screens.results import ResultsScreen
from factdeck.ui.widgets.answers import ChoiceRow

CLICK = "[@click=app.quit]x[/]"


async def test_markup_in_a_bank_is_shown_literally_everywhere(
    make_app: Callable[..., FactDeckApp],
) -> None:
    # Every form of the bank's one fact is asked.
    app = make_app(bank=HOSTILE_BANK, quiz_settings=QuizSettings(repeat_facts=True))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert f"[b]Deck[/b] {CLICK}" in screen_text(app)  # home, and the header
        await pilot.press("q")
        assert "[b]topic" in screen_text(app)  # setup's topic list
        await pilot.press("enter")
        await settle(pilot)
        quiz = app.screen
        assert isinstance(quiz, QuizScreen)
        for _ in range(quiz.session.total):
            question = quiz.session.current
            shown = screen_text(app)
            assert question.prompt in shown
            if isinstance(question, MultipleChoiceQuestion | OrderingQuestion):
                assert all(option in shown for option in question.options)
            if isinstance(question, MultipleChoiceQuestion):
                row = next(r for r in app.screen.query(ChoiceRow) if CLICK in r.render().plain)
                await pilot.click(row)  # the right answer, clicked: no action runs
                await settle(pilot)
            else:
                await answer(pilot, question, right=False)
            shown = screen_text(app)
            assert question.explanation in shown
            assert question.source.quote in shown
            assert "[$accent]Title x [/] y" in shown  # the source's title
            await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ResultsScreen)
        assert "[b]Bold?[/b] x [/] y" in screen_text(app)
        assert app.is_running
