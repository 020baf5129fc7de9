"""The verdict shown after an answer: symbol and colour, the right answer, why, and where from."""

from __future__ import annotations

from dataclasses import dataclass

from textual.content import Content
from textual.selection import Selection

from factdeck.generate.curated import NOTE_LABEL, explanation_parts
from factdeck.study.grading import normalise
from factdeck.ui.widgets.hanging import Hanging
from factdeck.ui.widgets.literal import Literal

RIGHT = "✓"
"""Marks a right answer (meaningful without colour)."""
WRONG = "✗"
"""Marks a wrong answer (meaningful without colour)."""

NOTE_STYLE = "bold $text-warning"
"""The label of a note on a disputed fact: it changes what the learner may have learned."""

LABEL_WIDTH = len("You answered: ")
"""Columns of the labels ("Answer:", "You answered:"); their text's wrapped lines start there."""


@dataclass(frozen=True)
class Verdict:
    """Everything feedback shows about one answer (all text from the domain and the bank)."""

    correct: bool
    expected: str
    given: str
    explanation: str
    quote: str
    source_title: str | None = None
    near_miss: bool = False
    timed_out: bool = False
    overridden: bool = False
    speed_points: int = 0
    correct_statement: str | None = None
    """For a false true/false statement: the true one."""
    became_leech: bool = False
    """The answer made the fact a leech, so it was suspended."""
    moves_on_in: int | None = None
    """After a time-out: the seconds before the next question comes by itself (None: it
    waits for Enter)."""


LEECH_NOTE = (
    "This fact is now a leech (forgotten 8 times) and was set aside: it is out of the rest of "
    "this session. Find it under Stats → Set aside."
)
"""Said under the verdict when an answer made its fact a leech."""


def verdict_line(verdict: Verdict) -> Content:
    """``✓ Right`` or ``✗ Wrong`` (with why), in the success or error colour."""
    if verdict.correct:
        label = f"{RIGHT} Right"
        if verdict.overridden:
            label += " (you marked it right)"
        elif verdict.near_miss:
            label += ", nearly: check the spelling"
        style = "bold $text-success"
    else:
        label = f"{WRONG} Time's up" if verdict.timed_out else f"{WRONG} Wrong"
        style = "bold $text-error"
    points = f"   +{verdict.speed_points} speed points" if verdict.speed_points else ""
    if verdict.moves_on_in is not None:
        points += f"   next question in {verdict.moves_on_in} s (Enter: now)"
    return Content.assemble((label, style), (points, "dim"))


def says_the_same(correction: str, explanation: str) -> bool:
    """Whether ``explanation`` is, or contains, the sentence ``correction``.

    Compared as grading compares answers (case, accents, punctuation and spacing ignored), and
    only as whole words: the correction must not merely start or end inside a word.
    """
    said, why = normalise(correction), normalise(explanation)
    return bool(said) and f" {said} " in f" {why} "


def repeats_quote(explanation: str, quote: str) -> bool:
    """Whether ``explanation`` is the source's own sentence, already shown as the quote."""
    return normalise(explanation) == normalise(quote)


def feedback_lines(verdict: Verdict) -> list[tuple[Content | None, Content]]:
    """The feedback, line by line: each line's label (None for none) and text.

    Untrusted parts are kept literal. A correction the explanation already says is said once,
    and so is an explanation that is the quote itself. A note (where the documents disagree
    with the wider record) gets a line of its own under the explanation.
    """

    def label(text: str) -> Content:
        return Content(f"{text:<{LABEL_WIDTH}}").stylize("bold")

    blank: tuple[Content | None, Content] = (None, Content())
    lines: list[tuple[Content | None, Content]] = [
        (None, verdict_line(verdict)),
        blank,
        (label("Answer:"), Content(verdict.expected)),
    ]
    if verdict.became_leech:
        lines[1:1] = [(None, Content(LEECH_NOTE).stylize("bold $text-warning"))]
    explanation: str | None
    explanation, note = explanation_parts(verdict.explanation)
    if explanation is not None and repeats_quote(explanation, verdict.quote):
        explanation = None
    correction = verdict.correct_statement
    if correction and explanation and says_the_same(correction, explanation):
        if normalise(correction) == normalise(explanation):
            explanation = None  # the correction says it all, under the answer
        else:
            correction = None  # the explanation says it, with more
    if correction:
        lines.append((label(""), Content(correction)))
    if not verdict.correct or verdict.near_miss or verdict.overridden:
        given = verdict.given or ("(time ran out)" if verdict.timed_out else "(nothing)")
        lines.append((label("You answered:"), Content(given)))
    lines.append(blank)
    if explanation is not None:
        lines.append((None, Content(explanation)))
    if note is not None:
        lines.append((Content(f"{NOTE_LABEL:<{LABEL_WIDTH}}").stylize(NOTE_STYLE), Content(note)))
    source = f" ({verdict.source_title})" if verdict.source_title else ""
    quote = Content.assemble(
        ("“", "dim"), Content(verdict.quote).stylize("italic"), ("”", "dim"), (source, "dim")
    )
    lines.append((None, quote))
    return lines


class FeedbackPanel(Literal):
    """Shows a ``Verdict``; the screen decides when. The text after "Answer:" and "You
    answered:" wraps under itself (a hanging indent), not under the label."""

    _hanging: Hanging | None = None

    def show_verdict(self, verdict: Verdict) -> None:
        """Display ``verdict`` and mark the panel right or wrong for styling."""
        self.set_class(verdict.correct, "-right")
        self.set_class(not verdict.correct, "-wrong")
        self._hanging = Hanging(feedback_lines(verdict), LABEL_WIDTH)
        self.update(self._hanging)

    def get_selection(self, selection: Selection) -> tuple[str, str] | None:
        if self._hanging is None:
            return super().get_selection(selection)
        return selection.extract(self._hanging.at_width(self.content_size.width).plain), "\n"
