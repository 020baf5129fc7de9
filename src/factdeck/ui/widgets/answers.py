"""One answer widget per question type; each posts ``AnswerWidget.Given`` with the response.

The response is what the domain's ``grade`` takes: the option text (multiple choice), a bool
(true/false), the typed text (typed and number), or the items in the learner's order
(ordering). Nothing here decides whether an answer is right.
"""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.events import Click, Key
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget
from textual.widgets import Input

from factdeck.bank import (
    MultipleChoiceQuestion,
    NumberQuestion,
    OrderingQuestion,
    Question,
    TrueFalseQuestion,
    TypedQuestion,
)
from factdeck.study.grading import parse_number, parse_order
from factdeck.ui import keys
from factdeck.ui.widgets.hanging import Hanging
from factdeck.ui.widgets.literal import Literal

Response = str | bool | list[str]
"""What a learner can answer (a time-out is ``None`` and comes from the screen, not a widget)."""


class AnswerWidget(Widget):
    """Base of the answer widgets: takes focus, posts ``Given`` once, then locks.

    Nothing on screen changes between the answer and its feedback: the screen calls
    ``show_answered`` when the feedback appears, so both land in the same repaint.
    """

    class Given(Message):
        """The learner answered."""

        def __init__(self, response: Response) -> None:
            super().__init__()
            self.response = response
            """The answer, in the form ``factdeck.study.grading.grade`` expects."""

    locked = False
    """Set once an answer is given (or time ran out): further keys and clicks are ignored."""

    def give(self, response: Response) -> None:
        """Post the answer, unless one was already given."""
        if self.locked:
            return
        self.locked = True
        # Straight to the screen that asked (it handles every answer), not bubbled up through
        # each container: one hop less between the key and the feedback.
        self.screen.post_message(self.Given(response))

    def show_answered(self) -> None:
        """Show the widget as answered (called with the feedback): its keys no longer apply."""
        self.locked = True
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Once answered, the answer keys no longer apply (nor show in the key bar).
        return not self.locked


RIGHT_MARK = "✓"
"""Marks the right option once answered."""
WRONG_MARK = "✗"
"""Marks a wrong option the learner picked."""


class ChoiceRow(Literal):
    """One option of a choice question, clickable."""

    def __init__(self, index: int, key_hint: str, text: str) -> None:
        super().__init__(classes="choice-row")
        self.key_hint = key_hint
        self.text = text
        self.index = index
        """Position of the option in the question."""
        self.mark("")

    def mark(self, symbol: str) -> None:
        """Show ``symbol`` (``✓`` the right option, ``✗`` a wrong one picked; "" none) between
        the key and the option, so the verdict reads without colour too."""
        label = Content.assemble((f" {self.key_hint} ", "bold reverse"), f"{symbol or ' '} ")
        self.update(Hanging([(label, Content(self.text))], label.cell_length))

    def on_click(self, event: Click) -> None:
        event.stop()
        self.query_ancestor(Choices).action_pick(self.index)


class Choices(AnswerWidget, can_focus=True):
    """Options picked with a key or a click (the keys come from the subclass's bindings)."""

    def __init__(self, options: list[str], values: list[Response], hints: list[str]) -> None:
        super().__init__(classes="answer choice-answer")
        self.options = options
        """Text shown for each option."""
        self.values = values
        """The response each option gives."""
        self.hints = hints
        """The key shown beside each option."""
        self.picked: int | None = None
        """The option chosen, once answered."""

    def compose(self) -> ComposeResult:
        for index, (hint, text) in enumerate(zip(self.hints, self.options, strict=True)):
            yield ChoiceRow(index, hint, text)

    def action_pick(self, index: int) -> None:
        """Answer with option ``index``."""
        if self.locked or not 0 <= index < len(self.values):
            return
        self.picked = index
        self.give(self.values[index])

    def show_answered(self) -> None:
        super().show_answered()
        if self.picked is not None:
            self.query(ChoiceRow)[self.picked].add_class("-picked")

    def show_right(self, right: Response) -> None:
        """Mark the option that was right (``✓``, the success colour) and a wrong one picked
        (``✗``, the error colour), as Quizlet and Kahoot do."""
        for row, value in zip(self.query(ChoiceRow), self.values, strict=True):
            if value == right:
                row.mark(RIGHT_MARK)
                row.add_class("-right")
            elif row.index == self.picked:
                row.mark(WRONG_MARK)
                row.add_class("-wrong")


class ChoiceAnswer(Choices):
    """Multiple choice: ``1``-``4`` or ``a``-``d``."""

    BINDINGS: ClassVar[list[BindingType]] = keys.CHOICE

    def __init__(self, options: list[str]) -> None:
        super().__init__(options, list(options), [str(n + 1) for n in range(len(options))])


class TrueFalseAnswer(Choices):
    """True (``t``) or false (``f``)."""

    BINDINGS: ClassVar[list[BindingType]] = keys.TRUE_FALSE

    def __init__(self) -> None:
        super().__init__(["True", "False"], [True, False], ["t", "f"])


class TextAnswer(AnswerWidget):
    """A typed answer (text or a number) in an input, submitted with Enter.

    Args:
        placeholder: Shown in the empty input.
        number: The answer is a number: text that is not one is refused, not graded.
    """

    def __init__(self, placeholder: str, *, number: bool = False) -> None:
        super().__init__(classes="answer text-answer")
        self.input = Input(placeholder=placeholder, id="answer-input")
        """Where the answer is typed."""
        self.number = number
        """Whether only a number is taken."""

    def compose(self) -> ComposeResult:
        yield self.input
        yield Literal(id="answer-problem")

    def focus(self, scroll_visible: bool = True) -> TextAnswer:
        self.input.focus(scroll_visible)
        return self

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if not event.value.strip():
            self.app.bell()
            return
        if self.number and parse_number(event.value) is None:
            # A slip of the finger ("196o") is not an answer: say so instead of marking it wrong,
            # under the box, until the answer is changed.
            self.app.bell()
            self._show_problem(
                f"{event.value.strip()} is not a number: type digits, like 1960 or 100,000."
            )
            return
        self.give(event.value)

    @on(Input.Changed)
    def _changed(self) -> None:
        self._show_problem(None)

    def _show_problem(self, problem: str | None) -> None:
        line = self.query_one("#answer-problem", Literal)
        line.set_text(problem or "")
        line.set_class(problem is not None, "-shown")

    def show_answered(self) -> None:
        super().show_answered()
        self.input.disabled = True
        self._show_problem(None)


class OrderRow(Literal):
    """One item of an ordering question, clickable to select it."""

    def __init__(self, position: int, label: Content, text: Content) -> None:
        super().__init__(classes="order-row")
        self.position = position
        """Row number, top is 0."""
        self.show(label, text)

    def show(self, label: Content, text: Content) -> None:
        """Show the item ``text`` after ``label``; its wrapped lines start under the text."""
        self.update(Hanging([(label, text)], label.cell_length))

    def on_click(self, event: Click) -> None:
        event.stop()
        self.query_ancestor(OrderAnswer).cursor = self.position


class OrderAnswer(AnswerWidget, can_focus=True):
    """Items put in order by moving them, or by typing their numbers (``3142``)."""

    BINDINGS: ClassVar[list[BindingType]] = keys.ORDERING

    cursor: reactive[int] = reactive(0)
    """The selected row."""
    typed: reactive[str] = reactive("")
    """Digits typed so far towards a whole order."""

    def __init__(self, items: list[str]) -> None:
        super().__init__(classes="answer order-answer")
        self.items = items
        """The items, in the order the question shows them (their numbers)."""
        self.order = list(range(len(items)))
        """The current arrangement: item indices, top first."""

    def compose(self) -> ComposeResult:
        with Vertical(id="order-rows"):
            for position in range(len(self.items)):
                row = OrderRow(position, *self._row_parts(position))
                row.set_class(position == self.cursor, "-cursor")
                yield row
        yield Literal(self._hint(), id="order-hint")

    @property
    def response(self) -> list[str]:
        """The items in the learner's current order."""
        return [self.items[index] for index in self.order]

    def action_cursor(self, step: int) -> None:
        """Select the row above (-1) or below (+1)."""
        if not self.locked:
            self.cursor = (self.cursor + step) % len(self.order)

    def action_move(self, step: int) -> None:
        """Move the selected item up (-1) or down (+1), keeping it selected."""
        target = self.cursor + step
        if self.locked or not 0 <= target < len(self.order):
            return
        self.order[self.cursor], self.order[target] = self.order[target], self.order[self.cursor]
        self.cursor = target
        self._show()

    def action_take_back_typed(self) -> None:
        """Take back the last digit typed."""
        self.typed = self.typed[:-1]

    def action_submit(self) -> None:
        """Answer with the current order, or with the order being typed once it is settled.

        With one number left to type the order is settled (the last item is the one left); with
        more, nothing is submitted: the typed digits are never silently dropped.
        """
        if self.locked:
            return
        typed = self.typed
        if typed:
            missing = [n for n in range(1, len(self.items) + 1) if str(n) not in typed]
            if len(missing) != 1:
                self._refuse(
                    f"Type at least {len(self.items) - 1} of the {len(self.items)} numbers first "
                    "(backspace takes one back)."
                )
                return
            self._apply(typed + str(missing[0]))
        self.give(self.response)

    def on_key(self, event: Key) -> None:
        character = event.character
        if self.locked or character is None or not character.isdigit():
            return
        event.stop()
        if not 1 <= int(character) <= len(self.items):
            self._refuse(f"{character} is not an item: type numbers from 1 to {len(self.items)}.")
            return
        if character in self.typed:
            self._refuse(f"{character} is typed already: each number once.")
            return
        typed = self.typed + character
        if len(typed) < len(self.items):
            self.typed = typed
        else:
            self._apply(typed)

    def _apply(self, typed: str) -> None:
        """Arrange the items as ``typed`` (a whole order of distinct digits) says."""
        order = parse_order(typed, len(self.items))
        assert order is not None, typed  # each digit was checked as it was typed
        self.typed = ""
        self.order = [number - 1 for number in order]
        self._show()

    def _refuse(self, message: str) -> None:
        """Ring, and say why beside what is typed so far (it is kept)."""
        self.app.bell()
        typed = f"Typed: {self._typed_so_far()}   " if self.typed else ""
        self.query_one("#order-hint", Literal).set_text(typed + message)

    def watch_cursor(self) -> None:
        self._show()

    def watch_typed(self) -> None:
        self._show()

    def _row_parts(self, position: int) -> tuple[Content, Content]:
        """The row's label (cursor mark and item number) and item text."""
        index = self.order[position]
        label = Content.assemble(
            ("▶ " if position == self.cursor else "  ", "bold"), (f"{index + 1}", "bold"), "  "
        )
        return label, Content(self.items[index])

    def _typed_so_far(self) -> str:
        return f"{self.typed}{'_' * (len(self.items) - len(self.typed))}"

    def _hint(self) -> str:
        if self.typed:
            return f"Typed: {self._typed_so_far()}"
        return "Type the item numbers, first to last, or move items with shift+↑↓."

    def _show(self) -> None:
        for row in self.query(OrderRow):
            row.set_class(row.position == self.cursor, "-cursor")
            row.show(*self._row_parts(row.position))
        for hint in self.query("#order-hint").results(Literal):
            hint.set_text(self._hint())


def answer_widget(question: Question, items: list[str] | None = None) -> AnswerWidget:
    """The widget that takes an answer to ``question``.

    ``items``: an ordering question's items in the order to show them (default: the bank's).
    """
    if isinstance(question, MultipleChoiceQuestion):
        return ChoiceAnswer(list(question.options))
    if isinstance(question, TrueFalseQuestion):
        return TrueFalseAnswer()
    if isinstance(question, NumberQuestion):
        return TextAnswer("A number, then Enter", number=True)
    if isinstance(question, TypedQuestion):
        return TextAnswer("Your answer, then Enter")
    assert isinstance(question, OrderingQuestion)
    return OrderAnswer(list(question.options) if items is None else items)
