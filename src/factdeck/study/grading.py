"""Grading answers: forgiving about form (case, accents, punctuation, spacing), strict about facts.

A typed answer is compared with the question's answer and its listed alternatives by
:func:`factdeck.normalise.answer_key`: case, accents, punctuation, spaces and a leading
article ("the", "a", "an") are ignored, and
number words, ordinals and numerals are the same answer ("Second Crusade", "2nd crusade"), and
so are "17%", "17 percent" and "17 per cent", "3 million" and "3,000,000". A figure may be
followed by the words the question counts ("12 seats" to "How many seats ...?"). One slip of one character in a word of five or more
letters is still accepted, marked as a near miss; digits never get that tolerance, so a wrong
year or number is always wrong. Number answers accept thousands separators ("100,000",
"100 000", "100.000") but are otherwise exact, and separate figures never run together: "May
11, 191" is not "May 1, 1191", nor "1 2" "12", nor "3.5" "35".

A name with an umlaut, "ø" or "å" is also accepted with the mark written as a letter
("Kuernau" for "Kürnau", as "Kurnau" is). A measure ("1,200 km") is accepted with its unit in
any of its spellings ("1200 kilometres") or the figure alone ("1200"), never with another
unit ("1200 miles"), and so is a count in the unit its question asks ("1200 km" to "How many
kilometres ...?"); a sum without its currency sign ("2.2 billion" for "$2.2 billion"),
never with another. A century is also its hundreds ("the 1300s" for "the 14th century").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factdeck.bank import (
    ORDER_SEPARATOR,
    MultipleChoiceQuestion,
    NumberQuestion,
    OrderingQuestion,
    Question,
    TrueFalseQuestion,
    TypedQuestion,
    answer_text,
)
from factdeck.normalise import (
    FIGURE_GAP,
    answer_key,
    with_marks_spelled_out,
    without_article,
    without_spaces,
)
from factdeck.normalise import normalise as normalise  # graders and screens compare with it

Response = str | bool | list[str] | None
"""What the learner gave: option text, ``bool``, typed text, items in order, or None (timed out)."""

NEAR_MISS_MIN_LETTERS = 5
"""A typo is only forgiven in a word at least this long."""


_GROUPED_NUMBER = re.compile(r"([+-]?)(\d{1,3}(?:([,.' _’])\d{3})(?:\3\d{3})*|\d+)")
"""An integer: plain digits, or groups of three after a first group, one separator throughout."""

_UNITS = tuple(
    tuple(spellings.split("|"))
    for spellings in (
        "km|kilometre|kilometres|kilometer|kilometers",
        "m|metre|metres|meter|meters",
        "cm|centimetre|centimetres|centimeter|centimeters",
        "mm|millimetre|millimetres|millimeter|millimeters",
        "mi|mile|miles",
        "ft|foot|feet",
        "kg|kilogram|kilograms|kilogramme|kilogrammes",
        "km2|sq km|square kilometre|square kilometres|square kilometer|square kilometers",
        "sq mi|mi2|square mile|square miles",
        "ha|hectare|hectares",
        "mph|mile per hour|miles per hour",
        "km h|kph|kilometre per hour|kilometres per hour|kilometer per hour|kilometers per hour",
    )
)
"""The spellings of each unit a measure is given in, as the grader's keys write them
("km²" is "km2", "km/h" "km h"). A lone "m" after a figure may be "million" ("£34m"): a key
reads it as metres only where a space parts it from its figure."""

_UNIT_KEYS = sorted(
    ((without_spaces(spelling), family) for family, unit in enumerate(_UNITS) for spelling in unit),
    key=lambda pair: -len(pair[0]),
)
"""Each unit's spellings in key form with the unit they spell, longest first: "sqkm" is
read before "km"."""

_CURRENCY = re.compile(r"(?:US|A|C|NZ|HK)?[$£€¥]\s*(?=\d)")
"""A currency sign before a sum: the question says what it counts in, and a learner may leave
it out; another sign is another sum."""

_CENTURY_KEY = re.compile(r"(?P<number>\d{1,2})(?:st|nd|rd|th)century(?:ad|ce)?")
_HUNDREDS_KEY = re.compile(r"(?P<number>\d{1,2})00s")
"""A century in key form, by its ordinal ("14thcentury") and by its hundreds ("1300s")."""

_METRES = next(family for family, unit in enumerate(_UNITS) if unit[0] == "m")
_FIGURE_KEY = re.compile(rf"\d+(?:{FIGURE_GAP}\d+)?")
"""A figure in key form: digits, with a decimal part after the gap ("3_5")."""

_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2212": "-"})


@dataclass(frozen=True)
class Grade:
    """The verdict on one answer."""

    correct: bool
    near_miss: bool
    """Accepted, but with a one-character typo: shown to the learner and rated Hard."""
    expected: str
    """The correct answer, as shown in feedback."""
    given: str
    """What the learner answered, as shown in feedback ("" when timed out)."""


def parse_number(text: str) -> int | None:
    """The integer written in ``text`` ("100,000", "100 000", "-5"), or None if it is not one."""
    match = _GROUPED_NUMBER.fullmatch(text.translate(_SPACES).strip())
    if match is None:
        return None
    value = int(re.sub(r"\D", "", match.group(2)))
    return -value if match.group(1) == "-" else value


def parse_order(text: str, n: int) -> list[int] | None:
    """The 1-based positions typed as ``"3142"`` (spaces and commas allowed) for ``n`` items.

    None unless every number from 1 to ``n`` appears exactly once.
    """
    digits = [c for c in text if not (c.isspace() or c in ",-")]
    if not 0 < n <= 9 or len(digits) != n or not all(c in "123456789" for c in digits):
        return None
    order = [int(c) for c in digits]
    return order if sorted(order) == list(range(1, n + 1)) else None


def grade(question: Question, response: Response) -> Grade:
    """Grade a response to a question; None (timed out) is always wrong.

    Raises:
        TypeError: the response has the wrong shape for the question type (a bug in the caller).
    """
    expected = answer_text(question)
    if response is None:
        return Grade(correct=False, near_miss=False, expected=expected, given="")
    if isinstance(question, TrueFalseQuestion):
        if not isinstance(response, bool):
            raise TypeError(f"a true/false answer must be a bool, not {response!r}")
        given = "True" if response else "False"
        return Grade(response == question.answer, False, expected, given)
    if isinstance(question, OrderingQuestion):
        if not isinstance(response, list):
            raise TypeError(f"an ordering answer must be a list of items, not {response!r}")
        given = ORDER_SEPARATOR.join(response)
        return Grade(response == question.answer, False, expected, given)
    if not isinstance(response, str):
        raise TypeError(f"a {question.type} answer must be text, not {response!r}")
    if isinstance(question, MultipleChoiceQuestion):
        return Grade(response == question.answer, False, expected, response)
    given = response.strip()
    if isinstance(question, NumberQuestion):
        figure = _without_asked_unit(_without_asked_words(given, question.prompt), question.prompt)
        value = parse_number(figure)
        if value is None and any(c.isalpha() for c in figure):  # "twelve", "3 million"
            key = answer_key(figure)
            value = int(key) if key.isdigit() else None
        return Grade(value == question.answer, False, expected, given)
    return _grade_typed(question, given, expected)


def _without_asked_words(given: str, prompt: str) -> str:
    """A figure without the words around it that the question itself says ("3 million tonnes
    of wheat" to "How many tonnes of wheat ...?", "about 900" to "About how many ...?",
    "in the 11th century" to "In what century ...?"): the learner only repeats the question."""
    asked = set(normalise(prompt).split())

    def said(word: str) -> bool:
        spoken = normalise(word).split()
        return not any(c.isdigit() for c in word) and bool(spoken) and set(spoken) <= asked

    words = given.split()
    while len(words) > 1 and said(words[-1]):
        words.pop()
    while len(words) > 1 and said(words[0]):
        words.pop(0)
    return " ".join(words)


def _without_asked_unit(figure: str, prompt: str) -> str:
    """A figure without the unit the question asks in, in any of its spellings ("1200 km" to
    "How many kilometres ...?"); a unit the question does not name stays."""
    number, unit = _measure(answer_key(figure))
    if unit is None or not number.isdigit():
        return figure
    asked = f" {normalise(prompt)} "
    return number if any(f" {normalise(s)} " in asked for s in _UNITS[unit]) else figure


def _grade_typed(question: TypedQuestion, given: str, expected: str) -> Grade:
    given_key = answer_key(given)
    written = [question.answer, *question.accepted]
    spelled_out = [with_marks_spelled_out(c) for c in written]
    candidates = list(dict.fromkeys((*written, *spelled_out)))
    keys = {answer_key(c) for c in candidates}
    keys |= {other for key in tuple(keys) if (other := _century_by_hundreds(key))}
    if given_key and given_key in keys:
        return Grade(True, False, expected, given)
    if given_key and not _CURRENCY.match(given):  # "2.2 billion" for "$2.2 billion"
        sums = {answer_key(_CURRENCY.sub("", c)) for c in candidates if _CURRENCY.match(c)}
        if given_key in sums:
            return Grade(True, False, expected, given)
    if question.answer[:1].isdigit():  # a figure: the words the question says may go
        figures = {answer_key(_without_asked_words(c, question.prompt)) for c in candidates}
        if answer_key(_without_asked_words(given, question.prompt)) in keys | figures:
            return Grade(True, False, expected, given)
        if any(_same_measure(given_key, c) for c in written):
            return Grade(True, False, expected, given)
    # A typo is looked for in the words as typed: "Secnd" is not a number word to read.
    spelled = without_spaces(without_article(normalise(given)))
    near = bool(spelled) and any(_is_near_miss(spelled, c) for c in candidates)
    return Grade(near, near, expected, given)


def _century_by_hundreds(key: str) -> str | None:
    """The key of a century's other name: "1300s" for the 14th century, and back. Not the
    1st century's "0s", nor the 21st's "2000s", which is as often a decade."""
    century = _CENTURY_KEY.fullmatch(key)
    if century is not None and 2 <= int(century["number"]) <= 20:
        return f"{int(century['number']) - 1}00s"
    hundreds = _HUNDREDS_KEY.fullmatch(key)
    if hundreds is not None and 1 <= int(hundreds["number"]) <= 19:
        number = int(hundreds["number"]) + 1
        suffix = {2: "nd", 3: "rd"}.get(number, "th")
        return f"{number}{suffix}century"
    return None


def _measure(key: str) -> tuple[str, int | None]:
    """A key split into its figure and the unit it closes with (None without one)."""
    for spelling, unit in _UNIT_KEYS:
        figure = key.removesuffix(spelling)
        if figure != key and figure[-1:].isdigit():
            return figure, unit
    return key, None


def _same_measure(given_key: str, answer: str) -> bool:
    """Whether an answer typed as a figure, alone or with a unit, gives the measure
    ``answer`` states ("1200 kilometres" or "1200" for "1,200 km")."""
    figure, unit = _measure(answer_key(answer))
    if unit is None or not _FIGURE_KEY.fullmatch(figure):
        return False  # "Route 12 km" is no measure
    if unit == _METRES and re.search(r"\dm\Z", answer.strip()):
        return False  # "34m" may be 34 million
    given_figure, given_unit = _measure(given_key)
    return given_figure == figure and given_unit in (None, unit)


def _is_near_miss(given_key: str, expected: str) -> bool:
    """One inserted, deleted or changed letter, inside a digit-free word of five letters or more."""
    # Imported at the first typed answer that is not simply right: the app starts without it.
    from rapidfuzz.distance import Levenshtein

    words = without_article(normalise(expected)).split()
    key = without_spaces(" ".join(words))
    if Levenshtein.distance(given_key, key, score_cutoff=1) != 1:
        return False
    (op,) = Levenshtein.editops(key, given_key)
    if op.tag != "delete" and given_key[op.dest_pos].isdigit():
        return False
    touched = [op.src_pos - 1, op.src_pos] if op.tag == "insert" else [op.src_pos]
    # The word each character of the key belongs to; a gap between figures belongs to none.
    owner: list[int | None] = []
    for i, word in enumerate(words):
        if owner and key[len(owner)] == FIGURE_GAP:
            owner.append(None)
        owner.extend([i] * len(word))
    return any(
        (index := owner[pos]) is not None
        and len(words[index]) >= NEAR_MISS_MIN_LETTERS
        and not any(c.isdigit() for c in words[index])
        for pos in touched
        if 0 <= pos < len(key)
    )
