"""Opening the terminal app from the command line (``factdeck``, ``factdeck quiz`` ...)."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from pydantic import ValidationError

if TYPE_CHECKING:
    from factdeck.study.quiz import QuizSettings

OPTION_NAMES = {
    "count": "--count",
    "seconds_per_question": "--time-limit",
    "quiz_time_limit": "--quiz-limit",
    "topics": "--topic",
    "types": "--type",
}
"""The command-line option behind each quiz setting, for error messages."""


def filter_problem(bank_arg: str | None, settings: QuizSettings) -> str | None:
    """Why no question of the bank passes the quiz's topic and type filters, if none does.

    A bank that cannot be read is left for the app to explain.
    """
    from factdeck import paths
    from factdeck.bank import BankError, load_bank
    from factdeck.study.quiz import NoQuestions, select_questions

    try:
        bank = load_bank(paths.bank_path(bank_arg))
    except BankError:
        return None
    try:
        select_questions(bank, settings.model_copy(update={"count": 1}), seed=0)
    except NoQuestions as error:
        return str(error)
    return None


def run_app(args: argparse.Namespace) -> int:
    """Run the app on ``args.mode`` with the bank, saves and profile given; the exit code."""
    from factdeck.study.quiz import QuizSettings, problem_text
    from factdeck.ui.app import FactDeckApp

    given = {
        "count": getattr(args, "count", None),
        "seconds_per_question": getattr(args, "time_limit", None),
        "quiz_time_limit": getattr(args, "quiz_limit", None) or None,
        "topics": tuple(getattr(args, "topic", None) or ()),
        "types": tuple(getattr(args, "type", None) or ()),
    }
    try:
        settings = QuizSettings.model_validate(
            {key: value for key, value in given.items() if value is not None}
        )
    except ValidationError as error:
        for problem in error.errors():
            option = OPTION_NAMES.get(str(problem["loc"][0]), str(problem["loc"][0]))
            print(f"factdeck: {option}: {problem_text(problem)}", file=sys.stderr)
        return 2
    if args.mode == "quiz" and (settings.topics or settings.types):
        nothing_matches = filter_problem(args.bank, settings)
        if nothing_matches is not None:
            print(f"factdeck: {nothing_matches}", file=sys.stderr)
            return 2
    app = FactDeckApp(args.bank, args.saves, args.profile, mode=args.mode, quiz_settings=settings)
    app.run()
    return app.return_code or 0
