"""Reusable widgets: literal text, plots and option lists fitted to their width, question and answer widgets, feedback, countdown."""

from factdeck.ui.widgets.answers import AnswerWidget, answer_widget
from factdeck.ui.widgets.countdown import Countdown
from factdeck.ui.widgets.feedback import FeedbackPanel, Verdict
from factdeck.ui.widgets.fitted_options import FittedOptionList
from factdeck.ui.widgets.literal import Literal
from factdeck.ui.widgets.plot import Plot
from factdeck.ui.widgets.question import QuestionView
from factdeck.ui.widgets.too_small import TooSmallNotice

__all__ = [
    "AnswerWidget",
    "Countdown",
    "FeedbackPanel",
    "FittedOptionList",
    "Literal",
    "Plot",
    "QuestionView",
    "TooSmallNotice",
    "Verdict",
    "answer_widget",
]
