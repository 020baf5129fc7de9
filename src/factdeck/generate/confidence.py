"""How likely a strict teacher is to accept a question read from a document, from its shape.

Rules elsewhere refuse the defects they can name. Many bad questions are bad in no one way a
rule can name, yet share a shape: a long key to type word for word, a stem with no name in
it, a side detail late in the document, an organisation or a place asked with no short form.
``acceptance`` puts a number on such a shape: a logistic regression over the features of
``question_features``, its weights (``WEIGHTS``) fitted to the verdicts of blind reviews, in
which teachers who never saw the code judged imported questions by the review rubric.
``confident`` then leaves out the questions a teacher would likely refuse, beyond each
document's best few: a deck of fewer, better questions.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from factdeck.bank import MultipleChoiceQuestion, Question, TypedQuestion
from factdeck.generate.text import word_set

_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_WH_WORDS = word_set("who whom whose what which when where how why")


@dataclass(frozen=True)
class DocumentView:
    """What the features read of a question's document: its text, title and word counts."""

    text: str
    title: str
    word_counts: Counter[str]

    @classmethod
    def of(cls, text: str, title: str) -> DocumentView:
        return cls(text, title, Counter(_each_word(text)))

    def position(self, quote: str) -> float:
        """Where the quote starts, as a share of the document (the middle if not found)."""
        at = self.text.find(quote[:40]) if quote else -1
        return at / len(self.text) if at >= 0 and self.text else 0.5


def _each_word(text: str) -> Iterator[str]:
    """The text's words without a possessive "'s", one at a time: a long document's words
    all held at once would take some 10 MB."""
    for found in _WORD.finditer(text):
        yield found.group().removesuffix("'s").removesuffix("’s")


def _words(text: str) -> list[str]:
    return list(_each_word(text))


def _key(question: Question) -> tuple[str, list[str]]:
    """The key a learner gives and its accepted forms; none for a number or a statement,
    whose key is no name a learner types."""
    if isinstance(question, TypedQuestion):
        return question.answer, list(question.accepted)
    if isinstance(question, MultipleChoiceQuestion):
        return question.answer, []
    return "", []


def question_features(
    question: Question, document: DocumentView, kind: str = ""
) -> dict[str, float]:
    """The features ``acceptance`` weighs, each 0 to about 1; ``kind`` is the kind of the
    fact's answer (``FactRecord.kind``)."""
    prompt = question.prompt
    words = _words(prompt)
    lower = {word.lower() for word in words}
    key, accepted = _key(question)
    key_words = len(key.split())
    names = [word for word in words[1:] if word[0].isupper() and word.lower() not in _WH_WORDS]
    title_words = {word for word in _words(document.title) if len(word) > 3 and word[0].isupper()}
    return {
        f"type_{question.type.value}": 1.0,
        f"kind_{kind}": 1.0,
        "key_words": min(key_words, 5) / 5,
        "one_word_form": float(key_words == 1 or any(len(a.split()) == 1 for a in accepted)),
        "key_word_in_prompt": float(
            any(word.lower() in lower for word in key.split() if len(word) > 3)
        ),
        "prompt_words": len(prompt.split()) / 10,
        "prompt_names": min(len(names), 6) / 6,
        "rare_name": float(any(document.word_counts[name] <= 1 for name in names if len(name) > 2)),
        "names_subject": float(any(word in title_words for word in words[:1] + names)),
        "quote_words": len(question.source.quote.split()) / 30,
        "sentence_position": document.position(question.source.quote),
    }


INTERCEPT = -0.057
WEIGHTS: dict[str, float] = {
    "prompt_names": 0.864,
    "key_word_in_prompt": 0.571,
    "kind_organisation": -0.553,
    "one_word_form": 0.491,
    "sentence_position": -0.382,
    "type_multiple_choice": 0.357,
    "kind_place": -0.348,
    "kind_period": 0.348,
    "type_true_false": -0.346,
    "rare_name": -0.338,
    "type_typed": -0.329,
    "kind_date": 0.319,
    "prompt_words": 0.295,
    "kind_person": 0.290,
    "type_number": 0.288,
    "quote_words": -0.256,
    "kind_country": 0.248,
    "names_subject": 0.238,
    "kind_other": -0.227,
    "key_words": -0.200,
    "kind_term": -0.177,
    "kind_event": 0.133,
    "kind_year": -0.123,
    "kind_number": 0.060,
}
"""Fitted weights (see the module's note; a feature not listed weighs nothing): every one of
the 947 questions this code's generator asked of 93 encyclopedia articles, each judged
acceptable or not in blind reviews (a question judged more than once counts as acceptable
if at least half its verdicts said so). Fitted on some articles and checked on the others
(ten folds), the estimate ranks an acceptable question above an unacceptable one 65% of the
time (the area under the ROC curve); on 112 judged questions of 12 other articles, 76%."""


def acceptance(question: Question, document: DocumentView, kind: str = "") -> float:
    """The estimated chance, 0 to 1, that a strict teacher accepts the question."""
    features = question_features(question, document, kind)
    score = INTERCEPT + sum(WEIGHTS.get(name, 0.0) * value for name, value in features.items())
    return 1 / (1 + math.exp(-score))


LOW_RATING = 0.7
"""An imported question rated below this is left out, unless it is one of its document's
``ALWAYS_KEPT`` best. A bar, where a share would keep a weak document's weak questions: in
blind reviews of 1,013 questions imported from 106 encyclopedia articles, those rated 0.7
or more were accepted three times in four, those rated less under half the time. Leaving
out each document's lowest-rated quarter took the decks from 57% acceptable to 62%; the bar
with a document's best three kept, to 70%, with 57% of the questions."""

ALWAYS_KEPT = 3
"""How many of a document's best-rated questions stay however they rate: a learner who
imports a note of terms, rated low throughout, still gets a deck."""


def confident(rated: Sequence[tuple[Question, str]], document: DocumentView) -> set[str]:
    """The ids of one document's questions (each with the kind of its fact's answer) to keep:
    its ``ALWAYS_KEPT`` best-rated and every other rated ``LOW_RATING`` or more."""
    estimates = [(acceptance(question, document, kind), question.id) for question, kind in rated]
    # a stable sort: questions rated alike keep the document's order
    order = sorted(estimates, key=lambda pair: -pair[0])
    return {
        question_id
        for rank, (estimate, question_id) in enumerate(order)
        if rank < ALWAYS_KEPT or estimate >= LOW_RATING
    }
