"""The verdict shown after an answer: symbol and colour, the right answer, why, and where from."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from textual.content import Content
from textual.css.styles import RulesMap
from textual.selection import Selection
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual

from factdeck.study.grading import normalise
from factdeck.ui.widgets.literal import Literal

RIGHT = "✓"
"""Marks a right answer (meaningful without colour)."""
WRONG = "✗"
"""Marks a wrong answer (meaningful without colour)."""

LABEL_WIDTH = len("You answered: ")
"""Columns of the labels ("Answer:", "You answered:"); their text's wrapped lines start there."""
MIN_HANGING = 16
"""Narrower than this beside the labels, the text wraps under them (too thin a column else)."""


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


class Hanging(Visual):
    """Lines of text, some after a label: those wrap under their own text, not under the label.

    Args:
        lines: Each line's label (padded to ``indent`` columns; None: the text starts at the
            left edge and wraps there) and text.
        indent: The labels' width.
    """

    def __init__(self, lines: Sequence[tuple[Content | None, Content]], indent: int) -> None:
        self.lines = list(lines)
        self.indent = indent
        self._wrapped: tuple[int, Content] | None = None

    def at_width(self, width: int) -> Content:
        """The text laid out for ``width`` columns: labelled lines already wrapped and indented."""
        if self._wrapped is not None and self._wrapped[0] == width:
            return self._wrapped[1]
        room = width - self.indent
        out: list[Content] = []
        for label, text in self.lines:
            if label is None:
                out.append(text)
            elif room < MIN_HANGING:
                out.append(label + text)
            else:
                first, *rest = text.wrap(room) or [Content()]
                out.append(label + first)
                out.extend(Content(" " * self.indent) + line for line in rest)
        content = Content("\n").join(out)
        self._wrapped = (width, content)
        return content

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        return self.at_width(width).render_strips(width, height, style, options)

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return max(
            (label.cell_length if label is not None else 0) + line.cell_length
            for label, text in self.lines
            for line in text.split("\n")
        )

    def get_minimal_width(self, rules: RulesMap) -> int:
        return Content("\n").join(text for _, text in self.lines).get_minimal_width(rules)

    def get_height(self, rules: RulesMap, width: int) -> int:
        return self.at_width(width).get_height(rules, width)


def feedback_lines(verdict: Verdict) -> list[tuple[Content | None, Content]]:
    """The feedback, line by line: each line's label (None for none) and text.

    Untrusted parts are kept literal. A correction the explanation already says is said once,
    and so is an explanation that is the quote itself.
    """

    def label(text: str) -> Content:
        return Content(f"{text:<{LABEL_WIDTH}}").stylize("bold")

    blank: tuple[Content | None, Content] = (None, Content())
    lines: list[tuple[Content | None, Content]] = [
        (None, verdict_line(verdict)),
        blank,
        (label("Answer:"), Content(verdict.expected)),
    ]
    explanation: str | None = verdict.explanation
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
