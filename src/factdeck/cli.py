"""The ``factdeck`` command line: parses arguments and hands each subcommand to its handler
in ``factdeck.commands``.

Handlers are imported only when their subcommand runs, so ``factdeck bank check`` never pays
for loading Textual, and ``--help`` stays instant.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from factdeck import __version__
from factdeck.commands import resolve
from factdeck.controls import visible_output

_EPILOG = """\
modes (each opens the terminal app):
  factdeck            the home screen
  factdeck quiz       a timed quiz
  factdeck study      spaced-repetition flashcards
  factdeck review     review of every question you missed
  factdeck stats      your statistics (--json prints them instead)
"""


QUESTION_TYPES = ("multiple_choice", "true_false", "typed", "number", "ordering")
"""The values of ``factdeck.bank.QuestionType``, written out so --help needs no bank models."""


def _add_location_options(
    parser: argparse.ArgumentParser, *, suppress: bool, bank_only: bool = False
) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument(
        "--bank",
        metavar="PATH",
        default=default,
        help="question bank to open (default: $FACTDECK_BANK, else the shipped bank)",
    )
    if bank_only:
        return
    parser.add_argument(
        "--saves",
        metavar="DIR",
        default=default,
        help="folder that keeps your progress (default: $FACTDECK_SAVES, else saves/ in the "
        "checkout, or your user data folder when installed)",
    )
    parser.add_argument(
        "--profile",
        metavar="NAME",
        default=argparse.SUPPRESS if suppress else "default",
        help="learner profile (default: default)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="factdeck",
        description="Study the facts in your documents: timed quizzes, FSRS flashcards and "
        "a review of everything you missed.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _add_location_options(parser, suppress=False)
    parser.set_defaults(handler="factdeck.commands.app:run_app", mode="home")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    def add(
        name: str, help_text: str, handler: str, *, options: str = "all", **defaults: object
    ) -> argparse.ArgumentParser:
        """A subcommand; ``options``: which of --bank/--saves/--profile it takes (all, bank,
        none), so its --help lists only what it uses."""
        sub = commands.add_parser(name, help=help_text, description=help_text)
        if options != "none":
            _add_location_options(sub, suppress=True, bank_only=options == "bank")
        sub.set_defaults(handler=handler, **defaults)
        return sub

    quiz = add("quiz", "Take a timed quiz.", "factdeck.commands.app:run_app", mode="quiz")
    quiz.add_argument("--count", type=int, metavar="N", help="number of questions (default 10)")
    quiz.add_argument(
        "--time-limit",
        type=int,
        metavar="SECONDS",
        help="seconds per question, 0 for untimed (default: the profile's setting, 30 unless "
        "changed under Settings)",
    )
    quiz.add_argument(
        "--quiz-limit",
        type=int,
        metavar="SECONDS",
        help="optional time limit for the whole quiz",
    )
    quiz.add_argument(
        "--topic", action="append", metavar="TOPIC", help="only this topic (repeatable)"
    )
    quiz.add_argument(
        "--type",
        action="append",
        metavar="TYPE",
        choices=QUESTION_TYPES,
        help=f"only this question type (repeatable): {', '.join(QUESTION_TYPES)}",
    )
    quiz.add_argument(
        "--repeat-facts",
        action="store_true",
        default=None,
        help="when too few facts match, ask facts again in other forms (default: each once)",
    )
    add(
        "study",
        "Study flashcards scheduled by FSRS.",
        "factdeck.commands.app:run_app",
        mode="study",
    )
    add(
        "review",
        "Drill every question you answered wrong until it is learned.",
        "factdeck.commands.app:run_app",
        mode="review",
    )
    stats = add("stats", "Show your statistics.", "factdeck.commands.stats:run_stats", mode="stats")
    stats.add_argument(
        "--json",
        action="store_true",
        help="print the statistics as JSON instead of opening the app",
    )

    generate = add(
        "generate",
        "Rebuild the question bank from the source documents and curated facts.",
        "factdeck.commands.generate:run_generate",
        options="none",
    )
    generate.add_argument("--sources", metavar="DIR", help="documents folder (questions/sources)")
    generate.add_argument("--facts", metavar="FILE", help="curated facts (questions/facts.yaml)")
    generate.add_argument("--out", metavar="FILE", help="where to write (questions/bank.json)")
    generate.add_argument(
        "--explain", action="store_true", help="list what cleaning dropped from each document"
    )

    importer = add(
        "import",
        "Make a deck from your own document (.txt or .md), or from question/answer pairs "
        "(.csv or .tsv, Anki's 'Notes in plain text' and Quizlet's exports, whatever their "
        "extension).",
        "factdeck.commands.importer:run_import",
        options="none",
    )
    importer.add_argument("file", metavar="FILE", help="the document or the pairs to read")
    importer.add_argument("--deck", required=True, metavar="NAME", help="name of the new deck")
    importer.add_argument("--out", metavar="FILE", help="where to write (decks/NAME.json)")
    importer.add_argument(
        "--force",
        action="store_true",
        help="replace FILE even when it is not this deck (a deck of the same name is updated)",
    )
    importer.add_argument(
        "--separator",
        metavar="SEP",
        help="pairs: what separates a question from its answer (tab, comma, or any text, as "
        "chosen in Quizlet's export); the file is then read as pairs",
    )
    importer.add_argument(
        "--row-separator",
        metavar="SEP",
        help="pairs: what separates one pair from the next (newline, semicolon, or any text)",
    )
    importer.add_argument(
        "--skip-bad-rows",
        action="store_true",
        help="pairs: import the rows that can be read, and list those skipped "
        "(without it, any unreadable row refuses the file)",
    )

    bank = add(
        "bank", "Check or show a question bank.", "factdeck.commands.bank:run_bank", options="bank"
    )
    bank_commands = bank.add_subparsers(title="bank commands", metavar="ACTION", required=True)
    check = bank_commands.add_parser(
        "check", help="validate a bank; exit 2 on any problem", description="Validate a bank."
    )
    bank_file_help = "bank file (default: --bank, $FACTDECK_BANK, else the shipped bank)"
    check.add_argument("path", nargs="?", metavar="PATH", help=bank_file_help)
    _add_location_options(check, suppress=True, bank_only=True)
    check.set_defaults(bank_action="check")
    show = bank_commands.add_parser(
        "show",
        help="list a bank's questions and answers",
        description="List a bank's questions and answers.",
    )
    show.add_argument("path", nargs="?", metavar="PATH", help=bank_file_help)
    show.add_argument("--json", action="store_true", help="print the bank JSON")
    _add_location_options(show, suppress=True, bank_only=True)
    show.set_defaults(bank_action="show")

    export = add(
        "export",
        "Export the deck to Anki (with your schedule) or CSV.",
        "factdeck.commands.export:run_export",
    )
    target = export.add_mutually_exclusive_group(required=True)
    target.add_argument(
        "--anki",
        metavar="FILE",
        help="write an Anki package (.apkg) carrying the profile's schedule and review history",
    )
    target.add_argument("--csv", metavar="FILE", help="write a CSV file with a header row")
    export.add_argument(
        "--without-progress",
        action="store_true",
        help="export every Anki card as new (to share the deck)",
    )
    export.add_argument("--force", action="store_true", help="replace FILE if it exists")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    try:
        # Everything printed shows control characters visibly: a file name, a deck or a line
        # of a document in a message must never drive the terminal.
        with visible_output():
            args = build_parser().parse_args(argv)
            return resolve(args.handler)(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # Output piped into a pager that quit early: nothing left to say.
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
