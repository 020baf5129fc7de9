"""The one text normaliser: how FactDeck decides that two pieces of text say the same thing.

The grader compares a learner's answer with the accepted ones through :func:`answer_key`, and the
generator compares answers, distractors and names through :func:`normalise` (the same rules,
spaces kept so words can be told apart). Sharing one definition means a distractor the
generator thinks differs from the answer is never an answer the grader would accept.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from text_to_num import alpha2digit

_FOLD = str.maketrans(
    {"ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ı": "i", "ß": "ss"}
)
"""Lower-case letters without a Unicode decomposition, spelled out in plain Latin letters."""

_SPELLED_WITH_E = str.maketrans(
    {
        "ä": "ae",
        "ö": "oe",
        "ü": "ue",
        "ø": "oe",
        "å": "aa",
        "Ä": "Ae",
        "Ö": "Oe",
        "Ü": "Ue",
        "Ø": "Oe",
        "Å": "Aa",
    }
)
"""Letters that German and Scandinavian write without their mark by adding a letter
("Kuernau", "Velloe", "Aasvik"), as a keyboard without them does."""


def with_marks_spelled_out(text: str) -> str:
    """``text`` with its umlauts, "ø" and "å" written as two letters ("Kürnau" → "Kuernau"):
    the other plain spelling of such a name, beside the one without the mark."""
    return unicodedata.normalize("NFC", text).translate(_SPELLED_WITH_E)


_SEPARATOR_CATEGORIES = frozenset(
    {"Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sk", "Zs", "Zl", "Zp"}
)
"""Punctuation (including typographic quotes and dashes), modifier symbols and spaces."""

_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december)"
)
_MONTH_BEFORE = re.compile(rf"(?<![a-z]){_MONTH}\.? ?\Z", re.IGNORECASE)
"""A month name just before a figure: the figure is its day ("May 1,191" is a day and a year)."""


def _grouping(separators: str) -> re.Pattern[str]:
    """A whole figure in groups of three after a first group of one to three digits, one
    separator throughout ("1,000,000", "1 000"), neither part of a longer figure nor of a
    decimal."""
    seps = re.escape(separators)
    return re.compile(
        # The lookahead first: the lookbehinds are then tried only where a figure starts.
        rf"(?=\d)(?<![\d.,])(?<!\d[{seps}])\d{{1,3}}(?P<sep>[{seps}])\d{{3}}(?:(?P=sep)\d{{3}})*"
        rf"(?!\w|(?P=sep)\d)"
    )


_COMMA_GROUPED = _grouping(",")
"""The commas of "100,000": thousands separators, not word breaks."""


def _ungrouped(grouping: re.Pattern[str], text: str) -> str:
    """``text`` with each figure the pattern finds written without its separators; a figure
    right after a month name is a day and a year, left as written."""

    def joined(match: re.Match[str]) -> str:
        start = match.start()
        if _MONTH_BEFORE.search(text, max(0, start - 12), start):
            return match[0]
        return match[0].replace(match["sep"], "")

    return grouping.sub(joined, text)


class _ByCategory(dict[int, str]):
    """``str.translate`` table, filled as characters are met: accents (combining marks) go,
    punctuation, separators and control characters become spaces, the rest stays."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        category = unicodedata.category(char)
        if category == "Mn":
            kept = ""
        elif category in _SEPARATOR_CATEGORIES or category[0] == "C":
            kept = " "
        else:
            kept = char
        self[code] = kept
        return kept


_BY_CATEGORY = _ByCategory()


@lru_cache(maxsize=65536)
def normalise(text: str) -> str:
    """Lower case without accents; punctuation, hyphens and runs of spaces become one space.

    ``"Kim Il-sung"``, ``"Kim Il Sung"`` and ``"kim  il sung"`` share one form; ``"Søren"`` is
    ``"soren"``, ``"Łódź"`` is ``"lodz"``, and ``"100,000"`` is ``"100000"``.
    """
    text = unicodedata.normalize("NFKD", text).casefold().translate(_FOLD)
    text = _ungrouped(_COMMA_GROUPED, text)
    return " ".join(unicodedata.normalize("NFKD", text).translate(_BY_CATEGORY).split())


_SIXTIETH = re.compile(r"\bsixtieth\b")
_ZEROTH = re.compile(r"\bzeroth\b")
_ORDINAL_MARK = "zzordinalzz"
_MARKED_ORDINAL = re.compile(rf"(\d+) {_ORDINAL_MARK}\b")


_SCALED = re.compile(
    r"(?<![\d.,])(?P<whole>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<part>\d+))?\s*"
    r"(?P<scale>thousand|million|billion|trillion)\b",
    re.IGNORECASE,
)
_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}


def _scaled_in_digits(text: str) -> str:
    """ "3 million" as "3000000" and "2.5 billion" as "2500000000", as the number reader
    says "three million": read digit by digit, "3 million" would be "31000000" and
    "31,000,000" its answer. A figure the scale leaves fractional stays as written."""

    def whole_number(match: re.Match[str]) -> str:
        scale = _SCALES[match["scale"].casefold()]
        part = match["part"] or ""
        fraction = int(part or 0) * scale
        if fraction % 10 ** len(part):
            return match[0]
        return str(int(match["whole"].replace(",", "")) * scale + fraction // 10 ** len(part))

    return _SCALED.sub(whole_number, text)


@lru_cache(maxsize=65536)
def numbers_as_digits(text: str) -> str:
    """``normalise(text)`` with number words and ordinals written in digits.

    ``"Second Crusade"`` and ``"2nd crusade"`` both become ``"2nd crusade"``; ``"three days"``
    becomes ``"3 days"``; ``"one hundred thousand"`` and ``"100 thousand"`` become
    ``"100000"``.
    """
    text = normalise(_scaled_in_digits(text))
    # The number reader knows every English ordinal but these two; say them as a cardinal
    # followed by a mark, and put the ordinal suffix back after it has read them.
    text = _ZEROTH.sub("0th", _SIXTIETH.sub(f"sixty {_ORDINAL_MARK}", text))
    text = alpha2digit(text, "en", threshold=0)
    return _MARKED_ORDINAL.sub(r"\1th", text)


_PERCENT_WORD = re.compile(r"(?<=\d) (?:percent|per cent)\b")
"""The word after a figure that says what "%" says: "17 percent", "17 per cent" and "17%" are
one answer (the sign is punctuation, gone already)."""


_LEADING_ARTICLE = re.compile(r"^(?:the|an?) (?=\S)")
"""An article before an answer of more words: "the Premier League" and "Premier League",
"a reduction" and "reduction" name one thing (a lone "A" stays an answer)."""


_ORDINAL_DAY = re.compile(
    rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)(?: of)? (?={_MONTH}\b)"
    rf"|\b(?P<month>{_MONTH}) (?P<after>\d{{1,2}})(?:st|nd|rd|th)\b"
)
"""A day written as an ordinal beside its month ("1st May", "the 1st of May", "May 1st"):
the same day as "1 May"."""


_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = [
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NUMBER_WORDS = frozenset(_UNITS + _TEENS + _TENS)
"""The number words from one to ninety that name a value on their own."""
_WORD_VALUES = (
    {word: value for value, word in enumerate(_UNITS, 1)}
    | {word: value for value, word in enumerate(_TEENS, 10)}
    | {word: 10 * value for value, word in enumerate(_TENS, 2)}
)
_GAP = r"(?:\s+|\s*[-\u2010\u2011]\s*)"
_TWO_DIGITS = rf"(?:(?:{'|'.join(_TENS)})(?:{_GAP}(?:{'|'.join(_UNITS)}))?|{'|'.join(_TEENS)})"
_FIRST_LETTERS = "".join(sorted({word[0] for word in _TEENS + _TENS}))
_SPOKEN_YEAR = re.compile(
    # The first letter is checked first: the word list is then tried only where it may start.
    rf"\b(?=[{_FIRST_LETTERS}])(?P<century>{_TWO_DIGITS}){_GAP}(?P<rest>{_TWO_DIGITS}|oh?{_GAP}(?:{'|'.join(_UNITS)}))\b"
    rf"(?!{_GAP}(?:{'|'.join(_WORD_VALUES)}|hundred|thousand|million|billion|trillion|and)\b)",
    re.IGNORECASE,
)
"""A year said in two halves, "nineteen eighty-four", "eleven ninety-one", "nineteen oh five":
the number reader reads two numbers there, which would be two figures in the key."""


def _spoken_years_in_digits(text: str) -> str:
    def year(match: re.Match[str]) -> str:
        century, rest = (
            sum(_WORD_VALUES.get(word, 0) for word in re.split(r"\W+", match[half].casefold()))
            for half in ("century", "rest")
        )
        return str(100 * century + rest)

    return _SPOKEN_YEAR.sub(year, text)


_ANY_GROUPED = _grouping(",.'’ _\u00a0\u202f\u2009")
"""A figure grouped in thousands by any separator a learner may type: "1 000", "1.000",
"1'000"."""

_FIGURE_GAP = re.compile(r"(?<=\d)[ .](?=\d)")
FIGURE_GAP = "_"
"""What stays of the space between two figures in a key ("May 1, 1191" is ``may1_1191``):
separate numbers never run together into one ("May 11, 191" is ``may11_191``). Normalised
text never holds it, since "_" is punctuation. A decimal point is punctuation too, so "2.5"
is ``2_5``; the number reader's "2.5" for "two point five" is written the same."""


def without_article(normalised: str) -> str:
    """Normalised text without the article it opens with ("the kell canal" → "kell canal"),
    as answers are compared."""
    return _LEADING_ARTICLE.sub("", normalised)


def without_spaces(normalised: str) -> str:
    """Normalised text with its spaces dropped, but for a :data:`FIGURE_GAP` between figures
    (and in place of a decimal point the number reader wrote)."""
    return _FIGURE_GAP.sub(FIGURE_GAP, normalised).replace(" ", "")


@lru_cache(maxsize=65536)
def answer_key(text: str) -> str:
    """The form typed answers are compared in: normalised, numbers in digits (a figure grouped
    in thousands by any separator as one figure), without a leading article, a day beside its
    month as a plain number, "percent" after a figure as "%" (both dropped), no spaces but for
    a mark between separate figures."""
    text = _ungrouped(_ANY_GROUPED, _scaled_in_digits(_spoken_years_in_digits(text)))
    key = without_article(numbers_as_digits(text))
    key = _ORDINAL_DAY.sub(
        lambda m: f"{m['day']} " if m["day"] else f"{m['month']} {m['after']}", key
    )
    return without_spaces(_PERCENT_WORD.sub("", key))
