"""Opening the terminal app from the command line (``factdeck``, ``factdeck quiz`` ...).

Options are checked before Textual is imported, and the bank and the terminal before anything
is drawn, so a mistake is reported at once on stderr.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factdeck.bank import Bank
    from factdeck.study.quiz import QuizSettings

OPTION_NAMES = {
    "count": "--count",
    "seconds_per_question": "--time-limit",
    "quiz_time_limit": "--quiz-limit",
    "topics": "--topic",
    "types": "--type",
    "repeat_facts": "--repeat-facts",
}
"""The command-line option behind each quiz setting, for error messages."""


NO_TERMINAL = (
    "factdeck: the app needs a terminal, but its {missing} redirected. Start it in a "
    "terminal; for output a script can read, use factdeck stats --json or factdeck bank show."
)
"""What is said when the app is started with its input or output redirected."""


def missing_terminal() -> str | None:
    """Which of standard input and output is not a terminal: ``standard input is``, ``standard
    input and standard output are``, or None when both are terminals.

    The app reads keys from one and draws on the other; with either redirected it would draw
    into a pipe and wait forever for keys.
    """
    missing = [
        name
        for name, stream in (("standard input", sys.stdin), ("standard output", sys.stdout))
        if stream is None or not stream.isatty()
    ]
    if not missing:
        return None
    return " and ".join(missing) + (" is" if len(missing) == 1 else " are")


def filter_problem(bank: Bank, settings: QuizSettings) -> str | None:
    """Why no question of the bank passes the quiz's topic and type filters, if none does."""
    from factdeck.study.quiz import NoQuestions, select_questions

    try:
        select_questions(bank, settings.model_copy(update={"count": 1}), seed=0)
    except NoQuestions as error:
        return str(error)
    return None


def run_app(args: argparse.Namespace) -> int:
    """Run the app on ``args.mode`` with the bank, saves and profile given; the exit code.

    Bad options, a bank that cannot be opened and a missing terminal are reported on stderr
    with exit code 2 before anything is drawn.
    """
    from factdeck.ui.collector import loading_for_good

    # Loaded once for the life of the process: out of the collector's way (see the module).
    with loading_for_good():
        from pydantic import ValidationError

        from factdeck import paths
        from factdeck.bank import BankError
        from factdeck.study.quiz import QuizSettings, problem_text
        from factdeck.ui.app import FactDeckApp, bank_advice, open_bank

    given = {
        "count": getattr(args, "count", None),
        "seconds_per_question": getattr(args, "time_limit", None),
        "quiz_time_limit": getattr(args, "quiz_limit", None) or None,
        "topics": tuple(getattr(args, "topic", None) or ()),
        "types": tuple(getattr(args, "type", None) or ()),
        "repeat_facts": getattr(args, "repeat_facts", None),
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
    bank_path = paths.bank_path(args.bank)
    try:
        bank = open_bank(bank_path, paths.saves_dir(args.saves))
    except BankError as error:
        print(f"factdeck: {bank_path}: {error}", file=sys.stderr)
        print(f"{bank_advice(bank_path)}\nNothing was changed.", file=sys.stderr)
        return 2
    if args.mode == "quiz" and (settings.topics or settings.types):
        nothing_matches = filter_problem(bank, settings)
        if nothing_matches is not None:
            print(f"factdeck: {nothing_matches}", file=sys.stderr)
            return 2
    missing = missing_terminal()
    if missing is not None:
        print(NO_TERMINAL.format(missing=missing), file=sys.stderr)
        return 2
    app = FactDeckApp(
        bank_path, args.saves, args.profile, mode=args.mode, quiz_settings=settings, bank=bank
    )
    app.run()
    return app.return_code or 0
