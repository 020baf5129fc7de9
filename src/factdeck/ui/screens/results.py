"""The results of a finished quiz: the score, then every question with both answers and time."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.cells import cell_len
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.content import Content
from textual.events import Resize
from textual.widgets import DataTable

from factdeck.progress import ProgressError
from factdeck.study.quiz import QuizAnswer, QuizResults
from factdeck.ui import keys
from factdeck.ui.screens.base import FactDeckScreen
from factdeck.ui.widgets.feedback import RIGHT, WRONG
from factdeck.ui.widgets.literal import Literal


def duration(seconds: float) -> str:
    """``12.3 s`` under a minute, ``3:05`` from there."""
    if seconds < 60:
        return f"{seconds:.1f} s"
    minutes, rest = divmod(round(seconds), 60)
    return f"{minutes}:{rest:02d}"


def score_line(results: QuizResults) -> Content:
    """Correct count, accuracy, total time and (apart) speed points."""
    parts: list[str | tuple[str, str]] = [
        (f"{results.correct} of {results.total} right", "bold"),
        f"   {results.accuracy:.0%} accuracy   {duration(results.total_seconds)} in all",
    ]
    if results.unanswered:
        parts.append(f"   {results.unanswered} not reached (time ran out)")
    parts.append((f"\nSpeed points: {results.speed_points:,}", "dim"))
    return Content.assemble(*parts)


def detail_content(number: int, answer: QuizAnswer) -> Content:
    """One question in full, under the table (its cells are cut to fit; all literal text)."""
    mark = RIGHT if answer.grade.correct else WRONG
    given = "(time up)" if answer.timed_out else answer.grade.given
    if answer.overridden:
        note = "you marked it right: "
    elif answer.grade.near_miss:
        note = "nearly, check the spelling: "
    else:
        note = ""
    return Content.assemble(
        (f"{mark} {number}  ", "bold"),
        (note, "italic"),
        Content(answer.question.prompt),
        ("\nYours:  ", "bold"),
        Content(given),
        ("\nAnswer: ", "bold"),
        Content(answer.grade.expected),
        ("\n↑↓ other questions", "dim"),
    )


MARK_WIDTH = 4
"""The ✓/✗ and question number column."""
TIME_WIDTH = 6
"""The time column (``12.3 s``)."""
ANSWER_WIDTH = 13
"""The widest the two answer columns get; narrower when the table is."""
ANSWER_MIN = 8
"""The narrowest the answer columns get."""
QUESTION_MIN = 12
"""The narrowest the question column gets; it takes what the others leave."""
QUESTION_LINES = 2
"""Lines a row gives its question when one is longer than the column."""


def column_widths(width: int, cell_padding: int = 1) -> tuple[int, int, int, int, int]:
    """The columns' widths (mark, question, yours, answer, time) for a table ``width`` wide.

    The mark and time keep theirs, the answers shrink to make room for the question's minimum,
    and the question takes the rest.
    """
    room = width - 2 * cell_padding * 5 - MARK_WIDTH - TIME_WIDTH
    answers = max(ANSWER_MIN, min(ANSWER_WIDTH, (room - QUESTION_MIN) // 2))
    question = max(QUESTION_MIN, room - 2 * answers)
    return MARK_WIDTH, question, answers, answers, TIME_WIDTH


COLUMNS = ("", "Question", "Yours", "Answer", "Time")
"""The table's column labels."""


class ResultsTable(DataTable[Text]):
    """A row per question, keeping the selected row in sight whenever its height changes (the
    detail under it grows or shrinks with the question selected, the terminal resizes), and its
    columns as wide as its width allows (room is kept for the vertical scrollbar).

    Args:
        answers: The quiz's answers, in order.
        room: A first guess at the width of the columns, until the table has its own.
    """

    def __init__(self, answers: Sequence[QuizAnswer], room: int, *, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="row", zebra_stripes=True)
        self.answers = answers
        """The answers the rows show."""
        self.fit(room)

    def on_resize(self, event: Resize) -> None:
        self.fit(event.size.width - self.styles.scrollbar_size_vertical)
        self.move_cursor(row=self.cursor_row, scroll=True)

    def fit(self, room: int) -> None:
        """Share ``room`` between the columns: the rows are drawn again when that changes their
        widths (DataTable keeps a column's width, and each row's height, as they were added)."""
        widths = column_widths(room, self.cell_padding)
        if [column.width for column in self.ordered_columns] == list(widths):
            return
        selected = self.cursor_row
        self.clear(columns=True)
        for label, width in zip(COLUMNS, widths, strict=True):
            self.add_column(label, width=width)
        # A question longer than its column gets a second line: prompts often share their
        # first words ("Fill in the blank (a year): ..."), so one line would tell few apart.
        question_width = widths[1]
        long_prompt = any(cell_len(a.question.prompt) > question_width for a in self.answers)
        height = QUESTION_LINES if long_prompt else 1
        for number, answer in enumerate(self.answers, start=1):
            mark = RIGHT if answer.grade.correct else WRONG
            given = "(time up)" if answer.timed_out else answer.grade.given
            self.add_row(
                Text(f"{mark} {number}", style="bold"),
                Text(answer.question.prompt, overflow="ellipsis"),
                _cell(given),
                _cell(answer.grade.expected),
                Text(duration(answer.seconds)),
                height=height,
            )
        self.move_cursor(row=selected)


class ResultsScreen(FactDeckScreen[None]):
    """Score and per-question table; ``r`` reviews what was missed, ``q`` starts another quiz."""

    BINDINGS: ClassVar[list[BindingType]] = keys.RESULTS
    CSS_PATH = "results.tcss"
    TITLE = "Quiz results"

    def __init__(self, results: QuizResults, session_id: str | None) -> None:
        super().__init__()
        self.results = results
        """The finished quiz's results (the domain's)."""
        self.session_id = session_id
        """The store's id for the quiz (None when nothing was answered)."""

    def compose_body(self) -> ComposeResult:
        yield Literal(score_line(self.results), id="results-summary")
        # A first guess from the terminal (less margins, scrollbar): refitted on resize.
        yield ResultsTable(self.results.answers, self.app.size.width - 6, id="results-table")
        yield Literal(id="results-detail")

    def on_mount(self) -> None:
        self.query_one(DataTable).focus()
        if self.session_id is not None:
            self.save_summary(self.session_id)

    def on_data_table_row_highlighted(self, message: DataTable.RowHighlighted) -> None:
        """Show the selected question, both answers in full."""
        index = message.cursor_row
        if 0 <= index < len(self.results.answers):
            self.query_one("#results-detail", Literal).set_text(
                detail_content(index + 1, self.results.answers[index])
            )

    @work(group="save")
    async def save_summary(self, session_id: str) -> None:
        """Record the quiz's score with its session (the answers are saved already)."""
        try:
            await self.factdeck.in_store(
                self.factdeck.service.finish_quiz, session_id, self.results
            )
        except ProgressError as error:
            self.notify(str(error), title="The score was not saved", severity="error", markup=False)

    def action_review(self) -> None:
        """Review the missed questions now."""
        self.factdeck.push_mode("review", replace=True)

    def action_again(self) -> None:
        """Set up another quiz."""
        self.factdeck.push_mode("quiz-setup", replace=True)

    def action_home(self) -> None:
        """Back to the home screen."""
        self.dismiss(None)


def _cell(text: str) -> Text:
    return Text(text, no_wrap=True, overflow="ellipsis")
