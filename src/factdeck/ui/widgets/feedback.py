"""The verdict shown after an answer: symbol and colour, the right answer, why, and where from."""

from __future__ import annotations

from dataclasses import dataclass

from textual.content import Content

from factdeck.ui.widgets.literal import Literal

RIGHT = "✓"
"""Marks a right answer (meaningful without colour)."""
WRONG = "✗"
"""Marks a wrong answer (meaningful without colour)."""


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


def feedback_content(verdict: Verdict) -> Content:
    """The whole feedback text; untrusted parts are kept literal."""
    parts: list[str | Content | tuple[str, str]] = [verdict_line(verdict), "\n\n"]
    parts += [("Answer:       ", "bold"), Content(verdict.expected), "\n"]
    if verdict.correct_statement:
        parts += ["              ", Content(verdict.correct_statement), "\n"]
    if not verdict.correct or verdict.near_miss or verdict.overridden:
        given = verdict.given if verdict.given else "(nothing)"
        parts += [("You answered: ", "bold"), Content(given), "\n"]
    parts += ["\n", Content(verdict.explanation), "\n"]
    source = f" ({verdict.source_title})" if verdict.source_title else ""
    parts += [("“", "dim"), Content(verdict.quote).stylize("italic"), ("”", "dim"), (source, "dim")]
    return Content.assemble(*parts)


class FeedbackPanel(Literal):
    """Shows a ``Verdict``; the screen decides when."""

    def show_verdict(self, verdict: Verdict) -> None:
        """Display ``verdict`` and mark the panel right or wrong for styling."""
        self.set_class(verdict.correct, "-right")
        self.set_class(not verdict.correct, "-wrong")
        self.set_text(feedback_content(verdict))
