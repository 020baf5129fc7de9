"""Wrong answers for multiple choice and false true/false statements.

A distractor has the answer's kind (years for years, people for people), comes from the whole
corpus (or, for years, dates and numbers, from plausible nearby values), and is never also true:
values equal to the answer or an accepted spelling after normalisation, values the curator
listed as ``not_distractors``, values another fact pairs with the same statement, and names
that contain or are contained in the answer ("Raul Castro" / "Raul Castro Ruz") are excluded.
Every choice is a pure function of the inputs: ties are broken by hashes of the fact id.
"""

from __future__ import annotations

import bisect
import calendar
import datetime
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache

from lemminflect import getInflection, getLemma
from rapidfuzz.distance import Levenshtein

from factdeck.generate import lexicon
from factdeck.generate.chronology import TimeSpan, story_times, time_span, year_of
from factdeck.generate.evidence import (
    NAME_ASIDE,
    NAME_BEFORE_REACH,
    PASSIVE_AUXILIARY,
    REALM,
    DocumentEvidence,
    capitalised_word_before,
    early_years_of,
    figures_of,
    group_of,
    same_side,
    words_of,
)
from factdeck.generate.facts import ANSWER_PLACEHOLDER, FactRecord
from factdeck.generate.lexicon import NAME_ABBREVIATIONS
from factdeck.generate.patterns import LazyPattern, NamedPattern, named_pattern
from factdeck.generate.phrasing import head_noun, word_tags
from factdeck.generate.sentences import ABBREVIATIONS
from factdeck.generate.text import (
    MONTH_NUMBER,
    MONTHS,
    NAME_CLOSES,
    NAME_OPENS,
    NameBeside,
    normalize,
    number_value,
    number_word,
    numerals_and_words,
    ordinal_figure,
    stable_rank,
    whole_name,
    word_set,
)
from factdeck.normalise import answer_key

NUMERIC_KINDS = ("year", "date", "number")
YEAR_SPACING = (2, 5, 12)
"""The least and the most years between two neighbouring options of an imported year, and
the furthest from the key: an adjacent year is too close to judge, more than a decade off is
no longer of the answer's time."""
MONTH_SPACING = (2, 5, 18)
"""The same for a month-and-year date, in months."""
DAY_SPACING = (19, 75, 300)
"""The same for a full date, in days: both the day and the month change."""
CYCLE_SPACING = (1, 1, 3)
"""The same for the year of an event that recurs, in turns of its cycle: every turn is an
occasion the event could have happened at, so none is a pattern that marks the key."""
MAX_STEPS = 8
"""Steps tried on each side of the key."""
PLACE_DRAWS = 4
"""How many draws of steps ``placed_options`` tries at one place of the key before another."""
SMALL_COUNT = 12
COUNT_SPACING = (1, 3, 9)
"""An imported count up to ``SMALL_COUNT`` gets options this far apart (seven counties beside
six is a fair question), larger ones options by factors."""
SUBKINDS = ("place", "organisation", "event")
"""Kinds whose names carry their sort: a lake for a lake, a battle for a battle, and a name
without such a word ("Cairo") for one without."""
NAME_KINDS = ("person", "place", "country", "organisation", "event", "term")
_KIND_GROUP = {
    "person": "person",
    "place": "place",
    "country": "place",
    "organisation": "organisation",
    "event": "event",
}
"""Kinds of name a learner tells apart: a person is never an option for a place; a country and
a place may be options for each other (the extractor often files one as the other)."""
ERA_GAP = 60
"""People whose documented years lie further apart than this are of different eras: neither is
a plausible option for the other."""
EVENT_ERA_GAP = 30
"""Events (wars, games, elections) whose documented years lie further apart than this are of
different generations: a learner who knows either would never mix them."""
ERA_NEAR = 30
"""The most years between the time a question about a person asks of and a year the document
names an option in: a person of the answer's generation."""
_NATION_WORD = LazyPattern(
    r"(?<![\w'-])(?:"
    + "|".join(
        re.escape(name) for name in sorted(lexicon.COUNTRIES, key=len, reverse=True) if " " in name
    )
    + r"|[A-Z][a-z]+)(?![\w'-])"
)
"""A country's name of several words ("United States") or a capitalised word, maybe a
country's name or the adjective of its people."""


def nations_in(text: str) -> frozenset[str]:
    """The countries a text names or names the people of ("Australian medical schools":
    Australia), each as ``country_of`` names it ("British", "Britain": United Kingdom)."""
    found = (country_of(word) for word in _NATION_WORD.findall(text))
    return frozenset(name for name in found if name is not None)


_LAND = LazyPattern(
    r"(?<![\w'-])(?<!’)("
    + "|".join(
        re.escape(land)
        for land in sorted(lexicon.COUNTRIES | lexicon.STATES_AND_PROVINCES, key=len, reverse=True)
    )
    + r")(?![\w'-])(?!’)"
)
"""A country, a state or a province by name."""
_STATEMENT_NAME = LazyPattern(r"\b[A-Z][\w’'-]+(?:\s+(?:of\s+|the\s+)?[A-Z][\w’'-]+)*")
"""A capitalised name of a statement (its first word is skipped: any word opens a sentence)."""
_LONE_INITIAL = LazyPattern(r"\s[A-HJ-UWYZ]\.?$")
"""A name's last word that is a lone initial: "Paul T", most often a name cut short ("I",
"V" and "X" are a ruler's numerals: "Bohemund I", "Charles X")."""
_PART_OF_YEAR = LazyPattern(
    r"(?i)\b(?:(early|mid|late)[- ]?(\d{4})\b|(spring|summer|autumn|winter)\b"
    r"|(?:in\s+the\s+)(fall)\b)"
)
_PART_MONTHS = {
    "early": frozenset({1, 2, 3, 4}),
    "mid": frozenset({5, 6, 7, 8}),
    "late": frozenset({9, 10, 11, 12}),
    # a season's months in either hemisphere: "in the spring" rules out a winter month anywhere
    "spring": frozenset({3, 4, 5, 9, 10, 11}),
    "summer": frozenset({6, 7, 8, 12, 1, 2}),
    "autumn": frozenset({9, 10, 11, 3, 4, 5}),
    "fall": frozenset({9, 10, 11, 3, 4, 5}),
    "winter": frozenset({12, 1, 2, 6, 7, 8}),
}
_MONTH_NAME = LazyPattern(r"\b(" + "|".join(MONTHS) + r")\b")
_LONE_MONTH = LazyPattern(r"\bin\s+(" + "|".join(MONTHS) + r")\b(?![\s,]*\d)")
"""A month a prompt names without a day or a year ("... at the fair in May?")."""
_SEAFARING = LazyPattern(
    r"\b(?:sea|seas|ocean|coast|coasts|sailed|sailing|ships?|fleet|port|ports|harbour|harbor"
    r"|navy|naval|voyage|landed|shore|shores|island)\b",
    re.IGNORECASE,
)
"""Words of a statement about the sea: its country has a coast."""
_PLACE_HYPHENS = LazyPattern(lexicon.PLACE_HYPHEN)
_DMY = LazyPattern(r"^(\d{1,2})\s+([A-Z][a-z]+\.?)\s+(\d{4})$")
_MDY = LazyPattern(r"^([A-Z][a-z]+\.?)\s+(\d{1,2}),?\s+(\d{4})$")
_MY = LazyPattern(r"^([A-Z][a-z]+\.?)\s+(\d{4})$")
_ISO = LazyPattern(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$")
_FIRST_NUMBER = LazyPattern(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
_COMMON_COUNTRIES = sorted(
    word_set(
        """
        Argentina Australia Brazil Canada Chile China Egypt France Germany India Indonesia Iran
        Italy Japan Mexico Nigeria Pakistan Peru Poland Russia Spain Sweden Turkey Vietnam
        """
    )
)


@dataclass(frozen=True)
class _Date:
    year: int
    month: int
    day: int | None
    style: str
    """``dmy`` "29 August 1960", ``mdy`` "August 29, 1960", ``mdy-bare`` "August 29 1960"
    (no comma: the options copy the key's spelling, so it does not stand out), ``my``
    "August 1960", ``iso``."""

    @cached_property
    def ordinal(self) -> int:
        return self.year * 372 + (self.month - 1) * 31 + (self.day or 1)

    def render(self) -> str:
        month = MONTHS[self.month - 1]
        if self.style == "iso":
            return f"{self.year:04d}-{self.month:02d}" + (f"-{self.day:02d}" if self.day else "")
        if self.day is None:
            return f"{month} {self.year}"
        if self.style == "mdy":
            return f"{month} {self.day}, {self.year}"
        if self.style == "mdy-bare":
            return f"{month} {self.day} {self.year}"
        return f"{self.day} {month} {self.year}"


def days_in_month(year: int, month: int) -> int:
    """The days of that month in that year: 29 February exists only in leap years."""
    return calendar.monthrange(year, month)[1]


def parse_date(text: str) -> _Date | None:
    """A date answer in one of the common spellings, or None."""
    text = text.strip()
    for pattern, style in ((_DMY, "dmy"), (_MDY, "mdy"), (_MY, "my")):
        match = pattern.match(text)
        if not match:
            continue
        groups = match.groups()
        try:
            if style == "dmy":
                day, month, year = int(groups[0]), MONTH_NUMBER[groups[1].rstrip(".")], groups[2]
            elif style == "mdy":
                month, day, year = MONTH_NUMBER[groups[0].rstrip(".")], int(groups[1]), groups[2]
            else:
                month, day, year = MONTH_NUMBER[groups[0].rstrip(".")], 0, groups[1]
        except KeyError:
            return None
        if style == "mdy" and "," not in text:
            style = "mdy-bare"
        return _Date(int(year), month, day or None, style)
    match = _ISO.match(text)
    if match:
        day_text = match.group(3)
        return _Date(
            int(match.group(1)), int(match.group(2)), int(day_text) if day_text else None, "iso"
        )
    return None


def _gaps(seed: int, count: int, bounds: tuple[int, int]) -> list[int]:
    """``count`` gaps within ``bounds``, drawn from ``seed``, no two neighbours equal (a series
    with one step shows where the key sits) unless the bounds allow one gap only."""
    low, high = bounds
    gaps: list[int] = []
    for index in range(count):
        gap = low + _mix(seed, index) % (high - low + 1)
        if gaps and gap == gaps[-1] and high > low:
            gap = low + (gap - low + 1 + _mix(seed, -index - 1) % (high - low)) % (high - low + 1)
        gaps.append(gap)
    return gaps


def key_place(fact_id: str, need: int) -> int:
    """How many of ``need`` options go below the key, drawn from the fact id: a place inside
    twice as often as each end. A side the document leaves no option on (its own dates close
    beside the key, its own time just after it) puts the key at an end whatever is drawn, so
    ends drawn as often as inner places would leave the key at an end in most questions."""
    if need <= 0:
        return 0
    draw = stable_rank(fact_id, "place") % (2 * need)
    return 0 if draw == 0 else need if draw == 2 * need - 1 else (draw + 1) // 2


def _steps_vary(offsets: Sequence[int], spacing: tuple[int, int, int]) -> bool:
    """Whether the steps from the key through the sorted offsets of one side are never
    equal to their neighbours, where the spacing allows more than one step (every election
    year of a five-year cycle is five years from the next)."""
    least, largest, _ = spacing
    if least == largest:
        return True
    points = [0, *sorted(offsets)]
    steps = [high - low for low, high in itertools.pairwise(points)]
    return all(step != following for step, following in itertools.pairwise(steps))


def placed_options(
    fact_id: str,
    need: int,
    spacing: tuple[int, int, int],
    value_at: Callable[[int], str | None],
    acceptable: Callable[[str], bool],
) -> list[str]:
    """``need`` options around a key, placed so that no pattern marks the key.

    ``spacing`` is (least step, largest step, reach): options step away from the key and from
    each other by varying amounts, never further than the reach; on each side no two
    neighbouring steps between the key and its options are equal, whichever offsets the
    acceptable values leave, unless the spacing allows one step only. The key's place among
    the sorted options comes from the fact id (``key_place``); a side whose steps run short
    of the acceptable values its place asks for tries every other offset within reach, and
    only then gives its place to the other.
    No options (an empty list) where the key would be the earliest or the latest option by
    more than the largest step: alone at one end, it would stand out. Where the values of
    the drawn place leave one of the set standing apart (``_stands_apart``), other draws of
    the steps at that place are tried, then the other places, nearest first; where every
    one leaves a value apart, no options. ``value_at`` renders an offset, or None where
    there is no such value.
    """
    wanted = key_place(fact_id, need)
    places = sorted(range(need + 1), key=lambda place: (abs(place - wanted), place))
    for place in places:
        for draw in range(PLACE_DRAWS):  # other steps at the same place first
            placed = _placed_at(fact_id, need, spacing, value_at, acceptable, place, draw)
            if placed is None or len(placed) < need:
                if place == wanted and draw == 0:
                    # the key alone at one end, far from the others, stands out; too few
                    # values for a full set are what there is
                    return [value for _, value in placed] if placed is not None else []
                break
            if not _stands_apart([offset for offset, _ in placed]):
                return [value for _, value in placed]
    return []


def _stands_apart(offsets: Sequence[int]) -> bool:
    """Whether one of a full set of options, with the key at offset 0, stands apart from
    the rest: an end further from its neighbour than the rest spread ("2001" beside the key
    2008 and "2010", "2013"), or the key at one end further from the nearest option than
    any two options are from each other (2002 beside 2007, 2009, 2011): a learner picks
    the odd one out."""
    points = sorted([0, *offsets])
    if len(points) < 4:
        return False
    for end, neighbour, rest in (
        (points[0], points[1], points[1:]),
        (points[-1], points[-2], points[:-1]),
    ):
        if abs(end - neighbour) > rest[-1] - rest[0]:
            return True
    if points[0] == 0 or points[-1] == 0:
        options = [point for point in points if point != 0]
        nearest = min(abs(point) for point in options)
        widest = max(high - low for low, high in itertools.pairwise(options))
        return nearest > widest
    return False


def _placed_at(
    fact_id: str,
    need: int,
    spacing: tuple[int, int, int],
    value_at: Callable[[int], str | None],
    acceptable: Callable[[str], bool],
    wanted_low: int,
    draw: int,
) -> list[tuple[int, str]] | None:
    """The options of ``placed_options`` with ``wanted_low`` of them below the key where the
    values allow, each with its signed offset, its steps the ``draw``-th drawn for the fact;
    None where the key would stand alone at one end."""
    least, largest, reach = spacing
    seed = stable_rank(fact_id, "spacing") + 7 * draw
    sides: list[list[tuple[int, str]]] = []
    for sign, wanted in ((-1, wanted_low), (1, need - wanted_low)):
        values: list[tuple[int, str]] = []
        offset = 0
        for gap in _gaps(seed + sign, MAX_STEPS, (least, largest)):
            offset += gap
            if offset > reach or len(values) == need:
                break  # a side never gives more than all the options
            if not _steps_vary([taken for taken, _ in values] + [offset], spacing):
                continue  # a skipped value leaves two equal steps: one series marks the key
            value = value_at(sign * offset)
            if value is not None and acceptable(value):
                values.append((offset, value))
        # a side the steps left short of the options its place asks for tries the other
        # offsets within reach: else a key the document dates close beside on that side
        # would stand at the other end of its options
        for spare in range(least, reach + 1):
            if len(values) >= wanted:
                break
            if all(abs(spare - taken) >= least for taken, _ in values) and _steps_vary(
                [taken for taken, _ in values] + [spare], spacing
            ):
                value = value_at(sign * spare)
                if value is not None and acceptable(value):
                    values.append((spare, value))
        sides.append(values)
    below, above = sides
    low = min(wanted_low, len(below))
    high = min(need - low, len(above))
    low = min(need - high, len(below))
    placed = [below[:low], above[:high]]
    ends = [min(offset for offset, _ in side) for side in placed if side]
    if len(ends) == 1 and ends[0] > largest:
        return None  # the key alone at one end, far from the others: it stands out
    return [(-offset, value) for offset, value in placed[0]] + [
        (offset, value) for offset, value in placed[1]
    ]


def ruled_out_by_prompt(prompt: str, answer: str, value: str) -> bool:
    """Whether a time option contradicts the prompt's own words where the key agrees with
    them: "in mid-2015" rules out "March 2015" and any date of another year, "in the spring
    of" a winter month."""
    found = [_MONTH_NAME.search(text) for text in (answer, value)]
    months = [MONTH_NUMBER[match.group(1)] if match else None for match in found]
    years = [_YEAR.findall(text) for text in (answer, value)]
    for match in _PART_OF_YEAR.finditer(prompt):
        part = (match.group(1) or match.group(3) or match.group(4)).lower()
        year = match.group(2)
        if year is not None and years[0] == [year] and years[1] != [year]:
            return True
        allowed = _PART_MONTHS[part]
        key_month, month = months
        if key_month in allowed and month is not None and month not in allowed:
            return True
    return _after_the_month_to_come(prompt, answer, value)


def _after_the_month_to_come(prompt: str, answer: str, value: str) -> bool:
    """Whether a date option falls in or after the month the prompt names without a year,
    where the key lies before it ("When did Orsby announce the fair in May?" with the key
    "2 March 1901"): what is asked happened before that month came, so "20 June 1901" is
    ruled out by the question alone."""
    key, date = parse_date(answer), parse_date(value)
    if key is None or date is None:
        return False
    for match in _LONE_MONTH.finditer(prompt):
        month = MONTH_NUMBER[match.group(1)]
        if month == key.month:
            continue  # "in May" may be the key's own month
        coming = (key.year + (month < key.month), month)
        if (date.year, date.month) >= coming:
            return True
    return False


def _in_chronology(
    answer: str, value: str, window: TimeSpan | None, cycle: tuple[int, bool] | None
) -> bool:
    """Whether a time option lies inside the window the document leaves for the answer
    (both ends left out; None: anywhere) and, for a recurring event, on a turn of its
    cycle."""
    span, key = time_span(value), time_span(answer)
    if span is None or key is None:
        return False
    if window is not None and not (window[0] < span[0] and span[1] < window[1]):
        return False
    return cycle is None or (year_of(span) - year_of(key)) % cycle[0] == 0


def _shifted(date: _Date, offset: int) -> _Date:
    """The date ``offset`` days later (a full date) or months later (a month and year)."""
    if date.day is None:
        months = date.year * 12 + date.month - 1 + offset
        return _Date(months // 12, months % 12 + 1, None, date.style)
    moved = datetime.date(date.year, date.month, date.day) + datetime.timedelta(days=offset)
    return _Date(moved.year, moved.month, moved.day, date.style)


def _format_like(answer: str, value: float) -> str:
    """``value`` written the way the answer writes its number ("100,000", "three", "£4 million")."""
    if _is_word_number(answer):
        word = number_word(int(value)) or str(int(value))
        return word.capitalize() if answer[:1].isupper() else word
    match = _FIRST_NUMBER.search(answer)
    if match is None:
        return str(int(value))
    original = match.group(0)
    decimals = len(original.split(".")[1]) if "." in original else 0
    commas = "," in original or (value >= 10000 and decimals == 0 and "," in answer)
    if decimals:
        text = f"{value:,.{decimals}f}" if commas else f"{value:.{decimals}f}"
    else:
        text = f"{int(value):,}" if commas else str(int(value))
    return answer[: match.start()] + text + answer[match.end() :]


_CENTURY = LazyPattern(r"^(.*?)(\d{1,2})(st|nd|rd|th)([\s-]+centur(?:y|ies).*)$", re.IGNORECASE)
_DECADE = LazyPattern(r"^(\d{2,3}0)([’']?s)$")


_YEAR = LazyPattern(r"(?<![\d.,£$€])\b(\d{3,4})\b(?![.,]?\d|\s*(?:%|per\s?cent))")


_CENTURY_PART_START = {"early": 0, "mid": 33, "middle": 33, "late": 66}
"""How far into a century its named part begins, in years."""


def _first_year_of_century(century: re.Match[str]) -> int:
    """The first year of a century option (``_CENTURY``), of its part where it names one:
    1801 for "19th century", 1867 for "late 19th century"."""
    part = re.search(r"\b(early|mid|middle|late)\b", century.group(1), re.IGNORECASE)
    start = _CENTURY_PART_START[part.group(1).casefold()] if part else 0
    return (int(century.group(2)) - 1) * 100 + 1 + start


def _dates_within(text: str, century: int) -> bool:
    """Whether ``text`` gives a year of the ``century`` ("1683" of the 17th)."""
    return any((century - 1) * 100 < int(year) <= century * 100 for year in _YEAR.findall(text))


@lru_cache(maxsize=1024)
def _ordinal_pattern(number: str) -> re.Pattern[str]:
    """The ordinal of a named century: "20th" in "the 19th and 20th century", "20th-century"."""
    return re.compile(rf"(?<![\w.,]){number}(?:st|nd|rd|th)\b(?=[\w\s,–-]{{0,40}}?centur)", re.I)


@lru_cache(maxsize=4096)
def _value_pattern(value: str) -> NamedPattern:
    """The value as a whole token: "150" is not in "1,150" nor in "150.5"."""
    return named_pattern(r"(?<![\w’'.,-])", value, r"(?![\w’'-]|[.,]\d)")


def nearby_periods(answer: str, seed: int, latest: int | None = None) -> list[str]:
    """Neighbouring centuries ("10th century" → "9th century", ...) or decades ("1050s",
    never a round hundred), or round hundreds ("1800s" → "1700s"), none beginning after
    ``latest`` (the document's time) where given; in a fixed order drawn from ``seed`` that
    takes earlier and later periods by turns, so the key is not the latest or the earliest
    option where the document allows both; nothing for a span of several periods."""
    century = _CENTURY.match(answer.strip())
    decade = _DECADE.match(answer.strip())
    if century and not re.search(r"\d", century.group(1)) and " and " not in answer:
        value = int(century.group(2))
        values = [value + o for o in (-2, -1, 1, 2, 3) if value + o >= 1]
        own_start = (value - 1) * 100 + 1
        starts = [(v - 1) * 100 + 1 for v in values]
        shaped = [f"{century.group(1)}{ordinal_figure(v)}{century.group(4)}" for v in values]
    elif decade:
        value = int(decade.group(1))
        # "the 1800s" may read as a century: "the 1820s" would lie within it, and it
        # would hold the key "1820s"
        step = 100 if value % 100 == 0 else 10
        offsets = (-3 * step, -2 * step, -step, step, 2 * step, 3 * step)
        values = [
            value + o for o in offsets if value + o > 0 and (step == 100 or (value + o) % 100)
        ]
        own_start, starts = value, values
        shaped = [f"{v}{decade.group(2)}" for v in values]
    else:
        return []
    allowed = [
        (start, period)
        for start, period in zip(starts, shaped, strict=True)
        if latest is None or start <= latest
    ]
    sides = [
        sorted(
            (p for s, p in allowed if (s < own_start) == earlier),
            key=lambda p: stable_rank(str(seed), p),
        )
        for earlier in (seed % 2 == 0, seed % 2 != 0)
    ]
    return [period for pair in itertools.zip_longest(*sides) for period in pair if period]


def _mix(seed: int, value: int) -> int:
    """A cheap deterministic pseudo-random integer from a fact's seed and a candidate value."""
    mixed = (seed ^ (value * 0x9E3779B97F4A7C15)) & 0xFFFFFFFFFFFFFFFF
    mixed = ((mixed ^ (mixed >> 30)) * 0xBF58476D1CE4E5B9) & 0xFFFFFFFFFFFFFFFF
    mixed = ((mixed ^ (mixed >> 27)) * 0x94D049BB133111EB) & 0xFFFFFFFFFFFFFFFF
    return mixed ^ (mixed >> 31)


def _number_of(text: str) -> float | None:
    """The number a count option stands for ("£4.5 million": 4.5, "three": 3)."""
    word = number_value(text)
    if word is not None:
        return float(word)
    match = _FIRST_NUMBER.search(text)
    return float(match.group(0).replace(",", "")) if match else None


def _is_word_number(answer: str) -> bool:
    return number_value(answer) is not None and not any(ch.isdigit() for ch in answer)


def _round_like(value: float, reference: int) -> int:
    digits = len(str(reference).rstrip("0")) or 1
    digits = max(digits, 2) if reference >= 10 else 1
    magnitude = 10 ** max(len(str(round(value))) - digits, 0)
    return int(round(value / magnitude) * magnitude)


NAME_WINDOW = 48
PROXIMITY = 12
"""Names within this many names of each other in the documents count as equally near."""
"""Names considered per fact in a large corpus: a fixed window of the pool picked by the fact's
hash, so choosing stays linear in the number of facts."""


@lru_cache(maxsize=4096)
def _quote_year(quote: str) -> int | None:
    """The middle year a fact's own sentence gives, one of three digits too ("In the autumn of
    744"), None where it gives none: every option of the fact asks again."""
    years = sorted(year_of(span) for times in story_times([quote]) for span, _ in times)
    years = years or sorted(early_years_of(quote))
    return years[len(years) // 2] if years else None


class DistractorPool:
    """Same-kind values from the whole corpus, and the statements they are paired with."""

    def __init__(
        self,
        entries: Iterable[tuple[str, str, str]],
        facts: Sequence[FactRecord],
        roles: Mapping[str, str] | None = None,
        evidence: DocumentEvidence | None = None,
    ):
        """``entries``: (kind, value, document) of every typed span in every document;
        ``roles``: a person's role by the name's comparison key, where the documents give one;
        ``evidence``: the documents' sentences, which keep options of imported questions to
        names of the answer's shape that the documents do not say the same of."""
        self._roles = dict(roles or {})
        self._evidence = evidence
        self._near: dict[str, tuple[list[str], str]] = {}
        """The sentences near the fact whose options are being chosen."""
        self._subject: dict[str, list[str]] = {}
        """The sentences that name its subject by a head noun of its question."""
        self._told_again: dict[str, list[tuple[int, int]]] = {}
        """The years around each other time the document tells its asked deed, undated."""
        self._tied_year_lists: dict[tuple[str, str], list[int]] = {}
        """The years each document ties a name to."""
        self._tied_role_sets: dict[tuple[str, str], frozenset[str]] = {}
        """The role words each document ties a person's name to."""
        self._lifetimes: dict[tuple[str, str], tuple[int | None, int | None]] = {}
        """When each document says a name of a question came to be and ceased to be."""
        self._births: dict[tuple[str, str], int | None] = {}
        """When each document says a person a question names was born."""
        self._career_starts: dict[tuple[str, str], int | None] = {}
        """When each document says a person a question names began their career."""
        self._arrivals: dict[tuple[str, str], list[tuple[int, str]]] = {}
        """When each document says a thing a question names by a noun came to a place."""
        self._named_after: dict[tuple[str, str], bool] = {}
        """Whether each document says a value was named after someone sharing a word of it."""
        self._works: dict[tuple[str, str], bool] = {}
        """Whether each document writes a name as a work's title."""
        self._land_names: dict[tuple[str, str], frozenset[str]] = {}
        """The lands each document names beside a place's name."""
        self._nation_names: dict[tuple[str, str], frozenset[str]] = {}
        """The countries each document ties a body's name to."""
        self._surnames: dict[str, Counter[str]] = {}
        """How many of each document's people end their names of several words with each
        word."""
        self._institutions: dict[tuple[str, str], bool] = {}
        """Whether each document uses a name as an institution's."""
        self._cut_names: dict[tuple[str, str], bool] = {}
        """Whether each document writes a name only inside longer ones."""
        self._within_sentences: dict[tuple[str, str], bool] = {}
        """Whether each document writes a name other than at a sentence's opening."""
        self._place_sorts: dict[tuple[str, str], str] = {}
        """The sort of place each document makes a name (``_place_sort``)."""
        self._values: dict[str, dict[str, tuple[str, str]]] = defaultdict(dict)
        for kind, value, document in entries:
            self._values[kind].setdefault(normalize(value), (value, document))
        self._paired: dict[str, set[str]] = defaultdict(set)
        for fact in facts:
            self._values[fact.kind].setdefault(normalize(fact.answer), (fact.answer, fact.document))
            for key in fact.pairing_keys:
                self._paired[key].add(normalize(fact.answer))
                self._paired[key].update(normalize(a) for a in fact.accepted)
        self._names = {kind: list(values.values()) for kind, values in self._values.items()}
        self._people = [
            *self._values.get("person", {}).values(),
            *self._values.get("other", {}).values(),  # a person the extractor could not file
        ]
        self._people_by_word: dict[str, dict[str, list[int]]] = {}
        self._figured_people: dict[str, list[tuple[str, str]]] = {}
        """Each document's people whose names hold a figure (``_people_with_figures``)."""
        """The positions of each document's people by the first word of their names."""
        self._order = {
            kind: {key: index for index, key in enumerate(values)}
            for kind, values in self._values.items()
        }
        """Each name's place among its kind's: the place of each value of ``_names``."""
        self._candidates: dict[tuple[str, bool, str | None], list[tuple[str, str, int]]] = {}
        self._years = {
            year
            for value, _ in self._values["year"].values()
            if (year := number_value(value)) is not None
        }
        self._dates: dict[int, list[_Date]] = defaultdict(list)
        for value, _ in self._values["date"].values():
            date = parse_date(value)
            if date is not None:
                self._dates[date.year].append(date)

    def document_of(self, kind: str, value: str) -> str | None:
        """The document a pool value first came from."""
        found = self._values.get(kind, {}).get(normalize(value))
        return found[1] if found else None

    def named_with_statement(self, fact: FactRecord, value: str) -> bool:
        """Whether the document names ``value`` with another name of the fact's statement or
        in the fact's own sentence: then it may hold for ``value`` too, so swapping it in
        makes no statement the document shows to be false."""
        if whole_name(value).search(fact.quote):
            return True
        template = (fact.statement_template or "").replace(ANSWER_PLACEHOLDER, " | ")
        others = [
            name
            for name in _STATEMENT_NAME.findall(template[1:])
            if normalize(name) != normalize(fact.answer)
        ]
        evidence = self._evidence
        return evidence is not None and evidence.named_together(fact.document, value, others)

    def answered_by_another(self, fact: FactRecord) -> bool:
        """Whether the document says what an imported question asks of a person of another
        name too ("Who grew up in Orm?" where "Ivo Lind ... He grew up in Orm as well"): the
        question is fair only with options that leave that person out, never typed."""
        evidence = self._evidence
        if evidence is None or fact.origin != "auto" or fact.kind != "person":
            return False
        answer_words = set(normalize(fact.answer).split())
        # the people written where the document may say it of them: where a name of no
        # figure may be said alike, and those whose names hold figures, wherever written
        telling = evidence.telling_sentences(fact.document, fact.prompt, fact.answer, dated=True)
        people = self._people_written_in(fact.document, telling)
        for value, document in [*people, *self._people_with_figures(fact.document)]:
            words = set(normalize(value).split())
            if document != fact.document or words <= answer_words or answer_words <= words:
                continue  # the answer itself, by another form of its name
            if whole_name(value).search(fact.quote):
                continue  # "David I, whose brother Alexander I ...": the asked sentence's own
            if evidence.said_alike(fact.document, fact.prompt, fact.answer, value, dated=True):
                return True
        return False

    def _people_written_in(self, document: str, texts: Sequence[str]) -> list[tuple[str, str]]:
        """The people of ``document`` whose first word one of ``texts`` writes, in the pool's
        order: looked up by word, as a long document names thousands."""
        if document not in self._people_by_word:
            by_word: dict[str, list[int]] = defaultdict(list)
            for position, (value, own) in enumerate(self._people):
                words = words_of(value)
                if own == document and words:
                    by_word[words[0]].append(position)
            self._people_by_word[document] = dict(by_word)
        by_word = self._people_by_word[document]
        found = {
            position
            for text in texts
            for word in set(words_of(text))
            for position in by_word.get(word, ())
        }
        return [self._people[position] for position in sorted(found)]

    def _people_with_figures(self, document: str) -> list[tuple[str, str]]:
        """The people of ``document`` whose names hold a figure ("Ivo 1812"), in the pool's
        order: few or none."""
        if document not in self._figured_people:
            self._figured_people[document] = [
                (value, own) for value, own in self._people if own == document and figures_of(value)
            ]
        return self._figured_people[document]

    def same_role(self, fact: FactRecord, value: str) -> bool:
        """Whether ``value`` has the answer's role, or the answer has none ("the Canadian
        diplomat X" is no plausible slot for a prime minister)."""
        role = self._roles.get(normalize(fact.answer))
        return role is None or self._roles.get(normalize(value)) == role

    def _same_sort(self, fact: FactRecord, value: str) -> bool:
        """For an imported fact, whether ``value`` is of the answer's fine sort: not another
        name of the same thing ("Holland" for "Netherlands") nor a part of it, not a word used
        as a modifier ("Roman-era"), of the answer's shape (``same_shape``), never a name the
        documents give another kind of thing, a city for a city ("the city of X"), a place
        only where the document uses it as one, a country only for a country, a person of the
        answer's role and era where the document gives them, no term the document equates
        with the answer, and no name the document gives as another name of the answer."""
        if synonyms(fact.answer, value) or re.search(r"-[a-z]", value):
            return False
        evidence = self._evidence
        if _LONE_INITIAL.search(value) and not (
            evidence is not None
            and evidence.writes_whole(self.document_of(fact.kind, value), value)
        ):
            return False  # "Paul T" of "Paul T. Rowe": a name cut at its initial
        if overlapping(fact.answer, value) or not same_shape(fact.kind, fact.answer, value):
            return False
        if evidence is not None and self._only_inside_longer_names(fact, value):
            return False  # "Orm Yankees" of "New Orm Yankees", "School of Sail" of "... and Oar"
        if evidence is not None and evidence.aliased(fact.document, fact.answer, value):
            return False  # "the Orm River (once the Tarn River)": both are right
        asks_for_a_person = asks_for_person(fact.prompt)
        if asks_for_a_person and any(word in _LAND_WORDS for word in value.split()) == (
            not any(word in _LAND_WORDS for word in fact.answer.split())
        ):
            return False  # "Who crossed the ice?": "Marlow Land" is a place, whatever its kind
        if (asks_for_a_person or fact.kind == "person") and self._named_after_someone(fact, value):
            return False  # "Vell Mesa, named after Jon Vell": a place among explorers
        if self._named_as_other_kind(fact, value):
            return False  # a person's name among places, a place among people
        if self._marked_as_person(fact, value):
            return False  # "Ivo Lind sold his mill": a man among firms or towns
        works = fact.kind in ("person", "place") and self._a_work(fact, value)
        if works and not self._a_work(fact, fact.answer):
            return False  # "the film Salt Road" among towns or people
        answer_role = self._roles.get(normalize(fact.answer))
        value_role = self._roles.get(normalize(value))
        if answer_role is not None and value_role != answer_role:
            return False
        if fact.kind == "term" and answer_role is None and value_role is not None:
            return False  # a term of a known sort ("a protein") beside a key of no known sort
        if evidence is not None and evidence.is_subject(fact.document, value):
            return False  # the document's own subject: never its answer, so a free guess
        if evidence is not None and evidence.home_country(fact.document) == value:
            return False  # "a region in France": what the document tells happens there
        if evidence is not None and fact.kind == "event":
            key_era = evidence.era(fact.document, fact.answer)
            value_era = evidence.era(self.document_of(fact.kind, value), value)
            if (
                key_era is not None
                and value_era is not None
                and abs(key_era - value_era) > EVENT_ERA_GAP
            ):
                return False  # "the First World War" beside "the Iraq War": no one would mix them
        if evidence is not None and fact.kind == "person":
            if any(self._placed(fact, name) for name in (fact.answer, value)):
                return False  # "At Saint Evroul, ...": a place taken for a person
            articled = [
                evidence.takes_article(self.document_of(fact.kind, name) or fact.document, name)
                for name in (fact.answer, value)
            ]
            if articled[0] != articled[1]:
                return False  # "the Episcopal Church", "the Orm Riders": a body or a people
            own_document = self.document_of(fact.kind, value) or fact.document
            if evidence.is_body(own_document, value) != evidence.is_body(
                fact.document, fact.answer
            ):
                return False  # "Baxter & Wolfe had been founded in 1890": a firm, no person
            if self._institution(own_document, value) and not self._institution(
                fact.document, fact.answer
            ):
                return False  # "She studied at Kell Tech": a school among people
            if self._in_story(own_document, value) != self._in_story(fact.document, fact.answer):
                return False  # the detective of a novel among real people, or the reverse
            if evidence.said_alike(fact.document, fact.prompt, fact.answer, value, dated=True):
                return False  # "Who grew up in Orm?": the document says Lind did too
            if self._likened(fact, value):
                return False  # "just as Lind crossed the hills, Holm did the same"
            # a dated question asks of the key at its sentence's time, not at the middle of
            # every mention: a poet of 744 whom later centuries read is no medieval reader
            eras = (
                _quote_year(fact.quote) or evidence.era(fact.document, fact.answer),
                evidence.era(self.document_of(fact.kind, value), value),
            )
            if eras[0] is not None and (eras[1] is None or abs(eras[0] - eras[1]) > ERA_GAP):
                return False  # a 10th-century king beside a 12th-century one, or one undated
            side = evidence.side(fact.document, fact.answer) or group_of(
                fact.statement, fact.answer
            )
            value_side = evidence.side(self.document_of(fact.kind, value), value)
            if side is not None and value_side is not None and not same_side(side, value_side):
                return False  # a Byzantine general among the Normans' own leaders
            asked_role = _role_asked(fact.prompt)
            if asked_role is not None and not self._of_role(fact, value, *asked_role):
                return False  # "Which navigator ...?": never an emperor, nor one of no role
            if not self._of_key_role(fact, value):
                return False  # "the bishop Ivo Lind" beside a merchant, or one of no known role
            if not self._of_asked_time(fact, value):
                return False  # "Who led the guild in 1881?": never a man of the 1830s
            if not self._of_key_s_sex(fact, value):
                return False  # "Whom did Ivo Lind marry?": only women the document marks so
            asked_people = _ASKED_PEOPLE.match(fact.prompt)
            people = asked_people and next(group for group in asked_people.groups() if group)
            if people and not self._of_people(fact, value, people):
                return False  # "Which Orskan duke ...?": only a person tied to the Orskans
            undated = eras[0] is None and self.document_of(fact.kind, value) == fact.document
            if undated and not evidence.named_nearby(fact.document, fact.answer, value):
                return False  # no date to go by: only a person of the answer's own passage
        if fact.kind == "place" and any(
            name.split()[-1] in _PEOPLE_WORDS for name in (fact.answer, value)
        ):
            return False  # "Modern English" ("evolved into Modern English"): a language
        if evidence is not None and fact.kind == "place" and not self._located(fact, value):
            return False  # "Ofcom" among towns: never in, at or near anything
        if evidence is not None and fact.kind == "place":
            if not self._in_the_key_s_land(fact, value):
                return False  # "Where in Tarland ...?": never a town of another country
            if not self._of_the_key_s_time(fact, value):
                return False  # "Where was he held in 1879?": never a town of a later story
            sorts = [self._place_sort(fact, name) for name in (fact.answer, value)]
            if sorts[0] != sorts[1]:
                return False  # "the colony of X" among towns, a region that holds towns
        organisation = evidence is not None and fact.kind == "organisation"
        if organisation and not self._of_the_key_s_nation(fact, value):
            return False  # "Tel Aviv University" beside the "University of Melbourne"
        if fact.kind == "term" and evidence and evidence.linked(fact.document, fact.answer, value):
            return False  # "the instance is a particular input": maybe also right
        if (
            fact.kind == "term"
            and evidence is not None
            and described_head(fact.answer, value)
            and not evidence.listed_together(fact.document, fact.answer, value)
            and not evidence.called_a(fact.document, value, _head_noun(value)[0])
        ):
            # "liquid brine" beside "cold brine": maybe also right, or no answer; fair where
            # the document lists it beside the key or calls it a sort ("a jet engine is an
            # engine that ...")
            return False
        if evidence is not None:
            if evidence.common_word(self.document_of(fact.kind, value), value):
                return False  # "Delta" where the document also says "the delta"
            if evidence.said_alike(fact.document, fact.statement, fact.answer, value):
                return False  # the document says the same of this name: maybe also true
            if evidence.paired_alike(fact.document, fact.statement, fact.answer, value):
                return False  # "the Tarlanders came into contact with Vell": maybe also true
            if evidence.did_alike(fact.document, fact.statement, fact.prompt, fact.answer, value):
                return False  # "Dunmark and Kellia revolted" beside "Orskia revolted": also true
        if fact.kind in ("place", "country"):
            if answer_role is None and value_role is not None:
                return False  # a state or a channel among plain names
            if _continental(value) != _continental(fact.answer):
                return False  # "Europe" among towns
            country = fact.answer in lexicon.COUNTRIES
            if (value in lexicon.COUNTRIES) != country:
                return False
            if country and evidence is not None and not evidence.mentions(fact.document, value):
                return False  # a country the document never names: of no part in its story
            regions = (lexicon.REGION_OF.get(fact.answer), lexicon.REGION_OF.get(value))
            neighbour = value in _neighbours(fact.answer)
            if country and None not in regions and regions[0] != regions[1] and not neighbour:
                return False  # "Vietnam" beside "Switzerland", but "Syria" beside "Cyprus"
            near = _near_countries(fact.answer) if country else frozenset()
            if near and value not in near:
                return False  # "Scotland" beside "Italy": no one would take one for the other
            coast = _SEAFARING.search(fact.statement) is not None
            if coast and value in lexicon.LANDLOCKED and fact.answer not in lexicon.LANDLOCKED:
                return False  # "the fleet crossed the Atlantic to Bolivia"
            former = lexicon.FORMER_STATES
            if country and (value in former) != (fact.answer in former):
                return False  # "Bavaria" beside "Germany"
            if evidence is not None and not country:
                answer_article = evidence.takes_article(fact.document, fact.answer)
                value_document = self.document_of(fact.kind, value)
                if evidence.takes_article(value_document, value) != answer_article:
                    return False  # "the Noord" (a river) among towns
        return True

    def _of_people(self, fact: FactRecord, value: str, people: str) -> bool:
        """Whether the document ties the person ``value`` to ``people`` (a people's
        adjective, "Orskan"): its side (``DocumentEvidence.side``) where it gives one, else
        the land right after the name ("Edwin Ashdown of England"), else the people named
        nearest to it in a sentence that names it ("Among the Orskan lords, Duke Olaf Brann
        ..."). A person tied to none is no option."""
        evidence = self._evidence
        if evidence is None:
            return True
        document = self.document_of(fact.kind, value) or fact.document
        side = evidence.side(document, value)
        if side is not None:
            return same_side(side, people.casefold())
        own = _named_with_realm(value)
        for text in evidence.sentences_naming(document, value):
            named = own.search(text)
            if named is None:
                continue
            if named.group(1):  # "Richard I of Normandy"
                if same_side(named.group(1).casefold(), people.casefold()):
                    return True
                continue
            found = [
                (abs(match.start() - named.start()), match.group(0))
                for match in _PEOPLE.finditer(text)
                if not named.start() <= match.start() < named.end()
            ]
            if found and same_side(min(found)[1].casefold(), people.casefold()):
                return True
        return False

    def _institution(self, document: str, name: str) -> bool:
        """Whether the document uses ``name`` as a school, a firm or another institution,
        never a person: named so ("Kell Tech", "Orm College"), called one ("Kell Tech, a
        technical college", "the college Kell Tech"), or a place someone studies, teaches
        or works at ("studied law at Kell Tech", "graduated from Kell Tech"; never "worked for
        Ada Venn", who may be a person)."""
        if name.split()[-1] in _INSTITUTION_WORDS:
            return True
        if self._evidence is None:
            return False
        key = (document, name)
        if key not in self._institutions:
            texts = [
                text
                for text in self._evidence.sentences_naming(document, name)
                if _INSTITUTION.written_beside(text, name)
            ]  # the name's pattern is compiled only where an institution's word stands beside it
            self._institutions[key] = any(
                _called_an_institution(name).search(text) for text in texts
            )
        return self._institutions[key]

    def _in_story(self, document: str, name: str) -> bool:
        """Whether ``name`` is someone in a story: so the document describes them
        (``DocumentEvidence.is_character``), or the extractor found them played by someone
        ("Ann Lee as Nessa Orme")."""
        evidence = self._evidence
        return self._roles.get(normalize(name)) == "character" or (
            evidence is not None and evidence.is_character(document, name)
        )

    def _of_role(self, fact: FactRecord, value: str, role: str, held: bool) -> bool:
        """Whether the document ties the person ``value`` to ``role`` or to a role of its
        trade (``lexicon.TRADES``: an explorer or a captain for a navigator); where the
        question asks who held the role (``held``), to another role of its trade only: the
        film's other "production designer" may be the answer too."""
        roles = self._tied_roles(self.document_of(fact.kind, value) or fact.document, value)
        roles -= {"character"}  # a story's, never a real person's role
        if held and role in roles:
            return False
        return role in roles or bool(_trades(roles) & _trades({role}))

    def _of_key_role(self, fact: FactRecord, value: str) -> bool:
        """Whether the document ties the person ``value`` to a role the question asks for
        (``asked_roles``), else to one the document puts on the key (``_key_roles``), or to a
        role of its trade, where there is one: a merchant is no option for a bishop, nor is a
        person the document gives no role."""
        # what the question asks for decides: "Who composed the score?" takes no actor for
        # a key who also acted
        key_roles = (asked_roles(fact.prompt) or self._key_roles(fact)) - {"character"}
        if not key_roles:
            return True
        roles = self._tied_roles(self.document_of(fact.kind, value) or fact.document, value)
        roles -= {"character"}
        return bool(roles & key_roles) or bool(_trades(roles) & _trades(key_roles))

    def _marked_as_person(self, fact: FactRecord, value: str) -> bool:
        """Whether a key that is no person's has an option the document marks as a man or a
        woman (``DocumentEvidence.sex``) and never the key: a person among firms or towns."""
        evidence = self._evidence
        if evidence is None or fact.kind not in _KIND_GROUP or fact.kind == "person":
            return False
        document = self.document_of(fact.kind, value) or fact.document
        return (
            evidence.sex(document, value, person=False) is not None
            and evidence.sex(fact.document, fact.answer, person=False) is None
        )

    def _of_key_s_sex(self, fact: FactRecord, value: str) -> bool:
        """Whether the person ``value`` is of the key's sex as the document or the question
        marks it (``DocumentEvidence.sex``, ``asked_sex``): a woman's key, a key whose sex
        the question gives ("Who was cast as Mr. Falk?"), or any key of a question asking
        for kin or a spouse, takes only people the document marks the same way; a man's
        takes none it marks a woman; a key of no known sex, any person, unless
        kin is asked: a wife among men is no option, so such a question is typed."""
        evidence = self._evidence
        if evidence is None:
            return True
        prompt_sex = asked_sex(fact.prompt)
        key_sex = prompt_sex or evidence.sex(fact.document, fact.answer)
        value_sex = evidence.sex(self.document_of(fact.kind, value) or fact.document, value)
        if key_sex is None:
            return not asks_kin(fact.prompt)
        if key_sex == "female" or prompt_sex is not None or asks_kin(fact.prompt):
            return value_sex == key_sex
        return value_sex != "female"

    def _of_asked_time(self, fact: FactRecord, value: str) -> bool:
        """Whether the person ``value`` is of the time the question asks of
        (``_asked_year``, else the key's era): the years of the sentences that name it, else
        its era (``DocumentEvidence.era``), lie within ``ERA_NEAR`` years of it. Where the
        fact's own sentence is dated, a person no sentence of theirs dates is an option only
        in the key's own passage (a paragraph's era may be a summary's, centuries wide); one
        the document never dates at all is left to the other rules."""
        evidence = self._evidence
        if evidence is None:
            return True
        dated = _quote_year(fact.quote) is not None
        when = self._asked_year(fact)
        if when is None:
            when = evidence.era(fact.document, fact.answer)
        document = self.document_of(fact.kind, value) or fact.document
        years = self._tied_years(document, value)
        if not years:
            nearby = document == fact.document and evidence.named_nearby(
                fact.document, fact.answer, value
            )
            if dated and not nearby:
                return False
            era = evidence.era(document, value)
            years = [era] if era is not None else []
        if when is None or not years:
            return True
        return any(abs(year - when) <= ERA_NEAR for year in years)

    def _lands(self, document: str, name: str) -> frozenset[str]:
        """The countries, states and provinces the document names in the sentences that name
        the place ``name`` ("Orm, Tarland", "the fort at Orm in Tarland"), else in their
        paragraphs, but for the land ``name`` itself: read once, as every fact that offers it
        asks again."""
        return self._found_beside(
            self._land_names,
            document,
            name,
            lambda text: (land for land in _LAND.findall(text) if land != name),
        )

    def _found_beside(
        self,
        cache: dict[tuple[str, str], frozenset[str]],
        document: str,
        name: str,
        read: Callable[[str], Iterable[str]],
    ) -> frozenset[str]:
        """What ``read`` finds in the sentences of ``document`` that name ``name``, with the
        name itself blanked out, else in their paragraphs; kept in ``cache`` by document and
        name, as every fact that offers the name asks again."""
        key = (document, name)
        if key not in cache:
            evidence = self._evidence
            own = whole_name(name)

            def found_in(texts: Iterable[str]) -> frozenset[str]:
                return frozenset(found for text in texts for found in read(own.sub(" ", text)))

            found = frozenset[str]()
            if evidence is not None:
                found = found_in(evidence.sentences_naming(document, name))
                found = found or found_in(evidence.paragraphs_naming(document, name))
            cache[key] = found
        return cache[key]

    def _in_the_key_s_land(self, fact: FactRecord, value: str) -> bool:
        """Whether the document ties the place ``value`` to a land it ties the key to
        (``_lands``), where it ties the key to one: a town of another country is no
        plausible option, nor one the document ties to no land at all."""
        key_lands = self._lands(fact.document, fact.answer)
        if not key_lands:
            return True
        return not key_lands.isdisjoint(
            self._lands(self.document_of(fact.kind, value) or fact.document, value)
        )

    def _nations(self, document: str, name: str) -> frozenset[str]:
        """The countries the document ties ``name`` to (``nations_in``): those of the
        sentences that name it, else of their paragraphs; read once a name."""
        return self._found_beside(self._nation_names, document, name, nations_in)

    def _of_the_key_s_nation(self, fact: FactRecord, value: str) -> bool:
        """Whether the document ties the body ``value`` to a country it ties the key to,
        where it ties the key to one: an Israeli university is no option beside the one
        Australian university, which stands out as the key."""
        key_nations = self._nations(fact.document, fact.answer)
        if not key_nations:
            return True
        document = self.document_of(fact.kind, value) or fact.document
        value_nations = self._nations(document, value)
        # a body the document ties to no country may be of the key's: only another's differs
        return not value_nations or not key_nations.isdisjoint(value_nations)

    def _likened(self, fact: FactRecord, value: str) -> bool:
        """Whether a sentence of the document that names the key, whole or by its surname,
        likens the person ``value`` to it ("just as Ivo Lind left Orm, Holm did the same",
        "Like Lind, Holm ..."): what the question asks of the key, the document tells of
        ``value`` too, or lets a learner take it so."""
        evidence = self._evidence
        if evidence is None:
            return False
        likened = re.compile(_LIKENED_BEFORE + re.escape(value) + _NAME_CLOSES)
        key_names = [whole_name(name) for name in {fact.answer, fact.answer.split()[-1]}]
        return any(
            likened.search(text) and any(name.search(text) for name in key_names)
            for text in evidence.sentences_naming(fact.document, value)
        )

    def _alone_in_its_land(self, fact: FactRecord, options: Sequence[str]) -> bool:
        """Whether the document ties every wrong option to countries, none of them the
        key's, where the options share one or the question names a country of the key's
        ("Who led the Vesk rebels?": three Tarnish leaders, or a Tarnish, an Orskan and a
        Dunish one, beside the one Vesker): a learner picks the odd one out, knowing nothing."""
        key_nations = self._nations(fact.document, fact.answer)
        if not key_nations or not options:
            return False
        nations = [
            self._nations(self.document_of(fact.kind, value) or fact.document, value)
            for value in options
        ]
        if not all(nations) or not all(key_nations.isdisjoint(found) for found in nations):
            return False
        return bool(frozenset.intersection(*nations)) or not key_nations.isdisjoint(
            nations_in(fact.prompt)
        )

    def _of_the_key_s_time(self, fact: FactRecord, value: str) -> bool:
        """For a dated fact (a year in its sentence), whether the document names the place
        ``value`` in a sentence dated within ``ERA_NEAR`` years of it or in the key's own
        passage: a town the story reaches a century later is no option."""
        when = _quote_year(fact.quote)
        if when is None or self._evidence is None:
            return True
        document = self.document_of(fact.kind, value) or fact.document
        named = self._tied_years(document, value)
        return any(abs(year - when) <= ERA_NEAR for year in named) or (
            document == fact.document
            and self._evidence.named_nearby(fact.document, fact.answer, value)
        )

    def _named_after_someone(self, fact: FactRecord, value: str) -> bool:
        """Whether the document says ``value``, which does not read as a person's name, was
        named after someone sharing a word of it ("Vell Mesa, named after Jon Vell", "named
        the cape Vell Mesa for Jon Vell"): a place or a thing, however the extractor filed it."""
        evidence = self._evidence
        if evidence is None or lexicon.reads_as_personal_name(value):
            return False  # "Jon Vell, named after his uncle Tom Vell": a person still
        document = self.document_of(fact.kind, value) or fact.document
        key = (document, value)
        if key not in self._named_after:
            self._named_after[key] = _named_after_kin(evidence, document, value)
        return self._named_after[key]

    def _a_work(self, fact: FactRecord, name: str) -> bool:
        """Whether the document of ``name`` writes it as a work's title
        (``written_as_work``): the same for every fact that has it as an option."""
        evidence = self._evidence
        if evidence is None:
            return False
        document = self.document_of(fact.kind, name) or fact.document
        key = (document, name)
        if key not in self._works:
            self._works[key] = written_as_work(name, evidence.sentences_naming(document, name))
        return self._works[key]

    def _placed(self, fact: FactRecord, name: str) -> bool:
        """Whether a name filed as a person's is a place's: named like a French place
        ("Saint-Evroul", "Trinité-du-Mont"), one the document puts something at, or one it
        calls a sort of place ("the port of Saint Vell")."""
        if _PLACE_HYPHENS.search(name):
            return True
        evidence = self._evidence
        document = self.document_of(fact.kind, name) or fact.document
        if evidence is None:
            return False
        sort = evidence.place_sort(document, name)
        # a one-word "area" may be only a name an adjective is made of ("the Wagnerian style")
        called = sort is not None and (sort != "area" or " " in name)
        return called or evidence.placed_at(document, name)

    def _place_sort(self, fact: FactRecord, name: str) -> str:
        """The sort of place the documents make ``name``: a building or a ground where its
        name ends so ("Holm Arena", "Kell Hall"), else the one they call it, else a building
        where they call it by a building's noun ("Orm Plaza is a shopping mall"), else an area for
        a state or a province the built-in list knows by that name alone ("Ohio", never "New
        York", also a city) or where they put a place in it ("Eastby, in Tarland"), else a
        settlement (a bare name is most often a town's)."""
        if name.split()[-1] in _BUILDING_WORDS:
            return "building"
        evidence = self._evidence
        if evidence is None:
            return "settlement"
        document = self.document_of(fact.kind, name) or fact.document
        key = (document, name)
        if key not in self._place_sorts:
            self._place_sorts[key] = self._read_place_sort(evidence, document, name)
        return self._place_sorts[key]

    def _read_place_sort(self, evidence: DocumentEvidence, document: str, name: str) -> str:
        """``_place_sort`` of a name of ``document``, read once: the answer's is asked again
        beside each option, and a long document's options are thousands."""
        named = evidence.place_sort(document, name)
        if named is not None:
            return named
        called = named_pattern(NAME_OPENS, name, _CALLED_A_BUILDING)
        if any(called.search(text) for text in evidence.sentences_naming(document, name)):
            return "building"  # "Orm Plaza is the largest shopping mall in the city"
        if name in _STATES:
            return "area"
        return (
            "area"
            if evidence.holds_a_place(document, name, self._values["place"])
            else "settlement"
        )

    def _located(self, fact: FactRecord, value: str) -> bool:
        """Whether the answer and ``value`` are both used as places by their documents (or
        named with a sort of place): a place among places, never a firm the extractor took
        for one; an answer never so used gets no options."""
        evidence = self._evidence
        if evidence is None:
            return True
        return all(
            evidence.located(self.document_of(fact.kind, name) or fact.document, name)
            or self._roles.get(normalize(name)) is not None
            or sort_word(name) in lexicon.PLACE_WORDS
            for name in (fact.answer, value)
        )

    def _named_as_other_kind(self, fact: FactRecord, value: str) -> bool:
        """Whether the documents name ``value`` as another kind of thing than the answer's
        (a person where the answer is a place) and never name the answer so."""
        key, answer = normalize(value), normalize(fact.answer)
        group = _KIND_GROUP.get(fact.kind)
        return any(
            key in values and answer not in values
            for kind, values in self._values.items()
            if kind in _KIND_GROUP and _KIND_GROUP[kind] != group
        )

    def _excluded(self, fact: FactRecord) -> set[str]:
        excluded = {normalize(fact.answer)}
        excluded.update(normalize(a) for a in fact.accepted)
        excluded.update(normalize(v) for v in fact.not_distractors)
        for key in fact.pairing_keys:
            excluded.update(self._paired.get(key, ()))
        return excluded

    def choose(self, fact: FactRecord, count: int = 3) -> list[str]:
        """Up to ``count`` distinct wrong answers for the fact, best first."""
        excluded = self._excluded(fact)
        names = fact.kind in NAME_KINDS
        excluded_words = [set(other.split()) for other in excluded if other] if names else []
        context = f" {normalize(fact.prompt)} {normalize(fact.statement)} " if names else ""
        answer_number = number_value(fact.answer)
        answer_date = parse_date(fact.answer) if fact.kind == "date" else None
        chosen: list[str] = []
        chosen_keys: set[str] = set()
        if fact.kind == "period" and fact.origin == "auto" and _OVER_A_SPAN.search(fact.prompt):
            return []  # "until the empire's collapse": the period next to the key holds too
        window, cycle = self._chronology(fact)
        if cycle is not None and not cycle[1]:
            return []  # "elections held in 2006": every other turn of the cycle held one too
        # a cycle left here: the key is one turn of it singled out ("last elected in 2006"),
        # the other turns are its options, false though the document names them ("elected in
        # 1994, 1998 and 2002") and wherever its story tells of them (no window)

        spellings = (fact.answer, *fact.accepted)
        auto_names = names and fact.origin == "auto"
        bounds = _within(self._lifetime_in_prompt(fact), _framing_period(fact))
        bounds = _within(bounds, self._arrival_in_prompt(fact))
        bounds = _within(bounds, self._subject_span(fact))
        bounds = _within(bounds, self._framing_opening(fact))

        def acceptable(value: str) -> bool:
            key = normalize(value)
            if not key or key in excluded or key in chosen_keys:
                return False
            if auto_names and (accepted_by_grader(value, spellings) or clashes(value, chosen)):
                return False
            if auto_names and not same_form(fact.answer, value):
                return False
            if (
                fact.kind == "person"
                and fact.origin == "auto"
                and not same_person_form(fact.answer, value)
            ):
                return False
            if names:
                words = set(key.split())
                if any(words <= other or other <= words for other in excluded_words):
                    return False  # "Raul Castro" for "Raul Castro Ruz": the same person
                if any(cut_form(name, value) or cut_form(value, name) for name in spellings):
                    return False  # "Con Kell" or "CK" for "Consolidated Kell": the same firm
                if f" {key} " in context:
                    return False  # named in the question itself
            # the documents read last: the tests above need only the two names
            if names and fact.origin == "auto" and not self._same_sort(fact, value):
                return False
            if fact.origin == "auto" and repeats_the_prompt(fact.prompt, fact.answer, value):
                return False
            if (
                fact.kind == "year"
                and value in fact.statement
                and re.search(rf"\b{re.escape(value)}\b", fact.statement)
            ):
                return False  # another year of the same sentence: maybe also true
            if fact.kind in ("date", "year") and ruled_out_by_prompt(
                fact.prompt, fact.answer, value
            ):
                return False
            if (
                fact.origin == "auto"
                and cycle is None
                and not self._certainly_false_time(fact, value)
            ):
                return False
            if bounds is not None and not _overlaps(_years_of_time(value), bounds):
                # before what the question names began, after it ended, or outside the
                # decade the sentence tells it in
                return False
            if (window is not None or cycle is not None) and not _in_chronology(
                fact.answer, value, window, cycle
            ):
                return False
            numeric = fact.kind in ("year", "number") and answer_number is not None
            if numeric and number_value(value) == answer_number:
                return False
            if answer_date is not None:
                date = parse_date(value)
                if date is not None and date.ordinal == answer_date.ordinal:
                    return False
            return True

        def take(values: Iterable[str]) -> None:
            for value in values:
                if len(chosen) >= count:
                    return
                if auto_names:
                    value = self._worded_like(fact, value)
                last = len(chosen) == count - 1
                if last and auto_names and odd_one_out(fact.answer, [*chosen, value]):
                    continue  # "Kublai Khan", "Ogedei Khan", "Batu Khan" beside "Sakya Pandita"
                if (
                    last
                    and fact.kind == "person"
                    and self._alone_in_its_land(fact, [*chosen, value])
                ):
                    continue  # three Tarnish rebels beside the one Vesker the question asks
                if acceptable(value):
                    chosen.append(value)
                    chosen_keys.add(normalize(value))

        take(sorted(fact.distractors, key=lambda v: stable_rank(fact.id, "curated", v)))
        if fact.kind in ("year", "date") and fact.origin == "auto":
            # where the subject's span holds too few years apart enough to judge ("first
            # sailed in 1998" for 2004), the question goes without options: an earlier year
            # is one a learner of the document rules out at once
            take(self._placed_time(fact, count - len(chosen), acceptable, cycle))
        elif fact.kind == "year":
            take(self._nearby_years(fact, count - len(chosen)))
        elif fact.kind == "date":
            take(self._nearby_dates(fact, count - len(chosen)))
        elif fact.kind == "number":
            if fact.origin == "auto":
                take(self._placed_numbers(fact, count - len(chosen), acceptable))
            else:
                take(self._numbers(fact))
        elif fact.kind == "period" and not (fact.origin == "auto" and "Century" in fact.answer):
            # "20th Century" with a capital is part of a name ("20th Century Fox"): no period
            take(nearby_periods(fact.answer, stable_rank(fact.id, "period"), self._latest(fact)))
        elif fact.kind in NAME_KINDS:
            same_kind = self._same_kind(fact)
            if fact.kind == "country" and fact.origin == "auto":
                # a neighbour the document names first: "Syria" for "Cyprus" before
                # "Georgia", which the document names but only a neighbour's neighbour
                neighbours = _neighbours(fact.answer)
                take(value for value in same_kind if value in neighbours)
            take(same_kind)
            if fact.kind == "country" and fact.origin != "auto":
                take(self._lexicon_countries(fact))
        return chosen

    def _latest(self, fact: FactRecord) -> int | None:
        """The latest year the fact's document gives, its own time where it states one
        (``DocumentEvidence.present_year``), else None: no option of a time is later."""
        if self._evidence is None:
            return None
        evidence = self._evidence
        return evidence.present_year(fact.document) or evidence.latest_year(fact.document)

    def _only_inside_longer_names(self, fact: FactRecord, value: str) -> bool:
        """Whether the document writes a name only as the head or the tail of a longer one:
        after a capitalised word that is no function word, article or title ("New Orm
        Yankees"), before a capitalised word ("Orm Draft Riots"), or, where it holds "of",
        before "and" and a capitalised word ("School of Sail and Oar"). The option would be
        a name cut short, never one the document gives."""
        evidence = self._evidence
        if evidence is None:
            return False
        document = self.document_of(fact.kind, value) or fact.document
        key = (document, value)
        if key not in self._cut_names:
            pattern = whole_name(value)
            continued = _LONGER_AFTER_OF if " of " in value else _LONGER_AFTER
            matches = [
                (text, match)
                for text in evidence.sentences_with_words(document, value)
                for match in pattern.finditer(text)
            ]
            self._cut_names[key] = bool(matches) and all(
                self._opens_a_longer_name(document, text, match.start(), value)
                or continued.match(text, match.end())
                for text, match in matches
            )
        return self._cut_names[key]

    def _opens_a_longer_name(self, document: str, text: str, at: int, value: str) -> bool:
        """Whether a capitalised word of a name stands right before ``value`` at ``at`` in
        ``text``: no function word, article, title or possessive ("Orm's"), and where it
        opens the sentence, only if the document names the two together elsewhere ("Later
        Tarn Rovers" is no name, "New Orm" may be)."""
        before = capitalised_word_before(text, at)
        if before is None or _POSSESSIVE_END.search(before.group(1)):
            return False
        word = before.group(1)
        if word.casefold() in _NOT_IN_A_NAME:
            return False
        opening = _opens_the_sentence(text, before.start(1))
        return not opening or self._named_within_a_sentence(document, f"{word} {value}")

    def _named_within_a_sentence(self, document: str, name: str) -> bool:
        """Whether the document writes ``name`` somewhere other than at a sentence's opening,
        where any word is capitalised."""
        evidence = self._evidence
        if evidence is None:
            return False
        key = (document, name)
        if key not in self._within_sentences:
            pattern = whole_name(name)
            self._within_sentences[key] = any(
                not _opens_the_sentence(text, found.start())
                for text in evidence.sentences_naming(document, name)
                for found in pattern.finditer(text)
            )
        return self._within_sentences[key]

    def _worded_like(self, fact: FactRecord, value: str) -> str:
        """A place ``value`` in the wording of the key where its document writes it so too
        ("Ossby County" for "County of Ossby" beside the key "Marsh County"), else as it
        is."""
        if fact.kind != "place" or sort_first(value) == sort_first(fact.answer):
            return value  # "Peking University" beside "University of Tokyo" is as named
        if self._evidence is None:
            return value
        other = other_wording(value)
        document = self.document_of(fact.kind, value) or fact.document
        if other is not None and self._evidence.mentions(document, other):
            return other
        return value

    def _lifetime_in_prompt(self, fact: FactRecord) -> tuple[int, int] | None:
        """For an imported question of a year, a date, a decade or a century, the years the
        document gives for the beginning and the end of what the question names, or of a
        body a name it gives is named after ("the Orm Tower's lobby": the tower built in
        1950; a person born in 1810 and dead in 1849), where the key lies between them; else
        None. A beginning within the key's own time bounds the options too, unless the fact
        tells that beginning itself ("When was the Orm Club founded?" may offer earlier
        years). Where the question places what it asks after such a thing ("after its defeat
        in the Orm War"), no option lies before its end; where before it, none after its
        beginning; where the question or the fact's sentence places it in or during a
        war, none outside the war's years as the document tells them (``_war_years``). A person's birth bounds the options of their deeds at ``DEED_AGE`` past it
        (not of a birth, a death or a move, which a child may have), and the year the
        document says their career began those of what is no private matter (a marriage or
        a degree may come before it). An option of a period needs only to overlap the years
        left."""
        evidence, key = self._evidence, self._time_key(fact)
        if evidence is None or key is None:
            return None
        key_first, key_last = key
        first, last = 0, 9999
        for found in _PROMPT_NAME.finditer(fact.prompt):
            name = found.group(0)
            related = _RELATED_IN_TIME.search(fact.prompt, 0, found.start())
            body = _BODY_NOUN_AFTER.match(fact.prompt, found.end())
            # "the Vesk dynasty": the dynasty's span, not only what is named "Vesk"
            bodies = [f"{name} {body.group(1)}"] if body else []
            for owner in [*bodies, *_owners(name)]:
                if owner.casefold() in _QUESTION_WORDS:
                    continue  # "In what year ...": no name, and in nearly every sentence
                begun, ended = self._lifetime_of(fact.document, owner)
                if related is not None and related.group(1).casefold() in _AFTER_WORDS:
                    since = ended if ended is not None else begun
                    if since is not None and since <= key_last:
                        first = max(first, since)  # "after its defeat in the Orm War"
                elif related is not None and begun is not None and key_first <= begun:
                    last = min(last, begun)  # "before the Orm War": not after it began
                if begun is not None and begun < key_first:
                    first = max(first, begun)
                elif (
                    begun is not None
                    and begun <= key_last
                    and _lifetime(owner, [fact.quote])[0] is None
                    and not (
                        _FIRST_SHOWING.search(fact.quote)
                        and self._work_year(fact.document, owner) == begun
                    )  # "premiered in 1999" of "a 1999 film": the year it came out, asked
                ):
                    first = max(first, begun)  # "introduced Kell Tweeds in 1985": not before
                if ended is not None and ended >= key_first:
                    last = min(last, ended)
                born = self._birth_of(fact.document, owner)
                if (
                    born is not None
                    and born + DEED_AGE <= key_last
                    and not _CHILDHOOD_DEED.search(fact.prompt)
                ):
                    # "When did Tolven win the title?" of a sprinter born in 1990: no child
                    # of five won it; a deed the document dates younger sets no bound, which
                    # would leave the key the earliest option every time
                    first = max(first, min(born + DEED_AGE, key_first))
                began = self._career_start_of(fact.document, owner)
                if (
                    began is not None
                    and began < key_first
                    and not _PRIVATE_DEED.search(fact.prompt)
                ):
                    first = max(first, began)  # "won the title" of one who began in 2006
        joined = self._joined_in_prompt(fact)
        if joined is not None and joined < key_first:
            first = max(first, joined)  # "his rise to the top of Orm Albion": not before joining
        wars = (
            found.group(1)
            for text in (fact.prompt, fact.quote)
            for found in _DURING_A_WAR.finditer(text)
            if not _RELATED_IN_TIME.search(text, 0, found.start(1))
        )  # never "after its defeat in the Orm War", which places it after the war
        for war in dict.fromkeys(wars):
            # "During the Orm War, a plan was drawn up in 1942" of "the Orm War (1940–1944)":
            # what the war holds has its options inside the war
            years = self._war_years(fact.document, war)
            if years is not None and years[0] <= key_first <= key_last <= years[1]:
                first, last = max(first, years[0]), min(last, years[1])
        return (first, last) if (first, last) != (0, 9999) else None

    def _joined_in_prompt(self, fact: FactRecord) -> int | None:
        """The earliest year the document says one the question names joined or signed with
        a body it also names ("Aster signed with Orm Albion (then Orm Town) in 2000" for "In
        what year did Aster's rise to the top of Orm Albion lead to a feud?"): nothing done in
        the body came before. None where it says none."""
        if self._evidence is None:
            return None
        names = [_POSSESSIVE_END.sub("", name) for name in _names_in_prompt(fact.prompt)]
        years = [
            int(match.group(1))
            for body in names
            for member in names
            if member != body
            for text in self._evidence.sentences_naming(fact.document, body)
            for match in re.finditer(
                rf"(?<![\w’'-]){re.escape(member.split()[-1])}{_JOINED}{re.escape(body)}"
                rf"{_NAME_CLOSES}{_JOINED_WHEN}",
                text,
            )
        ]
        return min(years, default=None)

    def _war_years(self, document: str, war: str) -> tuple[int, int] | None:
        """The years of the war the document gives ("the Orm War (1940–1944)"), else the
        first and the last year of its sentences that place something in it ("in 1942, during
        the Orm War"): what a learner of the document knows of the war's time. None where it
        dates neither: a war whose years a learner knows, but not from the document, holds
        options no better than those of the key's own sentence."""
        begun, ended = self._lifetime_of(document, war)
        if begun is not None and ended is not None:
            return begun, ended
        if self._evidence is None:
            return None
        within = re.compile(rf"\b(?i:in|during|throughout)\s+the\s+{re.escape(war)}(?![\w’'-])")
        texts = [
            text for text in self._evidence.sentences_naming(document, war) if within.search(text)
        ]
        years = [year_of(span) for times in story_times(texts) for span, _ in times]
        return (min(years), max(years)) if years else None

    def _subject_span(self, fact: FactRecord) -> tuple[int, int] | None:
        """For an imported question of a time, the years the document gives its subject:
        from the later of the earliest year the document dates and the earliest it dates
        in a sentence naming the question's first name ("Kellsoft" of "When was Kellsoft 3
        released?") or a title it gives in quotes (the song of "When was "Orm Road" first
        played?"), each outside the fact's own sentence and only where before the key (a
        firm whose story starts in 1981 released nothing in 1978), to the document's own
        time or its latest year where the key is not later (``_latest``). None where
        neither bounds the key."""
        evidence, key = self._evidence, self._time_key(fact)
        if evidence is None or key is None:
            return None
        earliest = [evidence.earliest_year(fact.document, fact.quote)]
        named = next(
            (name for name in _names_in_prompt(fact.prompt) if not _A_PEOPLE.fullmatch(name)),
            None,
        )
        if named is not None and (owners := _owners(named)):
            subject = _VERSION.sub("", owners[0])  # "Kellsoft" of "Kellsoft 3"
            earliest.append(evidence.earliest_year(fact.document, fact.quote, naming=subject))
        for quoted in _QUOTED_TITLE.finditer(fact.prompt):
            # "the single "Orm Road"": the song's story starts where the document dates it
            earliest.append(evidence.earliest_year(fact.document, fact.quote, quoted.group(1)))
        first = max((year for year in earliest if year is not None and year < key[0]), default=0)
        latest = self._latest(fact)
        last = 9999 if latest is None or latest < key[1] else latest
        return (first, last) if (first, last) != (0, 9999) else None

    def _framing_opening(self, fact: FactRecord) -> tuple[int, int] | None:
        """For an imported year key, the decade or century the opening sentence of its
        paragraph places the paragraph's story in ("Holm was shaped by two events of the
        1960s."), where it holds the key and every year the paragraph gives: the sentences
        after it tell of that time, an option outside it is ruled out. None where there is
        no such opening."""
        key = self._time_key(fact) if fact.kind == "year" else None
        placed = (
            self._evidence.paragraph_before(fact.document, fact.quote) if self._evidence else None
        )
        if key is None or placed is None:
            return None
        sentences = placed[0]
        years = [year_of(span) for times in story_times(sentences) for span, _ in times]
        frame: tuple[int, int] | None = None
        for match in _PERIOD_IN_TEXT.finditer(sentences[0]):
            period = _period_years(match.group(0))
            if period is not None and all(
                period[0] <= year <= period[1] for year in [*key, *years]
            ):
                frame = _within(frame, period)
        return frame

    def _arrival_in_prompt(self, fact: FactRecord) -> tuple[int, int] | None:
        """For an imported question of a time, the latest year the document says a thing
        the question names by a lower-case noun came to a place ("the railway reached the
        valley in 1881" for "In what decade did Kelburn grow as a railway town?"), where it
        is not later than the key: nothing the question asks of it came before. None where
        there is none, or where the fact's own sentence tells that arrival."""
        key = self._time_key(fact)
        if self._evidence is None or key is None:
            return None
        arrived = [
            year
            for noun in _prompt_nouns(fact.prompt)
            for year, text in self._arrivals_of(fact.document, noun)
            if year <= key[1] and text != fact.quote
        ]
        return (max(arrived), 9999) if arrived else None

    @staticmethod
    def _time_key(fact: FactRecord) -> tuple[int, int] | None:
        """The first and last year of an imported question's time key; None for any other."""
        if fact.origin != "auto" or fact.kind not in ("year", "date", "period"):
            return None
        return _years_of_time(fact.answer)

    def _arrivals_of(self, document: str, noun: str) -> list[tuple[int, str]]:
        """The years the document says a ``noun`` came to a place, each with its sentence."""
        key = (document, noun)
        if key not in self._arrivals and self._evidence is not None:
            pattern = re.compile(rf"\b[Tt]he\s+(?:first\s+)?{re.escape(noun)}s?{_ARRIVED}")
            self._arrivals[key] = [
                (int(match.group(1)), text)
                for text in self._evidence.sentences_with_words(document, noun)
                for match in pattern.finditer(text)
            ]
        return self._arrivals.get(key, [])

    def _lifetime_of(self, document: str, name: str) -> tuple[int | None, int | None]:
        """The earliest year the document says ``name`` came to be (built, born, founded)
        and the latest it says it ceased to be (``_lifetime``), also in a sentence that goes
        on with "He" or "She" ("Arno Vell wrote poems. He died in 1849."), each None where it
        says none: the same for every question that names it."""
        evidence = self._evidence
        if evidence is None:
            return None, None
        key = (document, name)
        if key not in self._lifetimes:
            texts = _naming_or_owning(evidence, document, name)
            surname = _surname(name)
            if surname is not None:  # "Holm died in 1849" of "Edda Holm": she, not a kinsman
                alone = _named_or_owning(surname)
                texts += (
                    alone.sub(name, text)
                    for text in _naming_or_owning(evidence, document, surname)
                    if not _kin_named(text, surname)
                )
            begun, ended = _lifetime(name, [*texts, *evidence.told_of_after(document, name)])
            founded = evidence.founding_year(document, name)
            if founded is not None:
                begun = founded if begun is None else min(begun, founded)
            self._lifetimes[key] = begun, ended
        return self._lifetimes[key]

    def _work_year(self, document: str, name: str) -> int | None:
        """The year the document defines the work ``name`` with (" is a 1999 drama film"),
        or None."""
        evidence = self._evidence
        if evidence is None:
            return None
        defined = _lifetime_pattern("work of a year", name)
        years = [
            int(match.group(1))
            for text in evidence.sentences_naming(document, name)
            for match in defined.finditer(text)
        ]
        return min(years, default=None)

    def _birth_of(self, document: str, name: str) -> int | None:
        """The year the document says the person ``name`` was born ("Mira Tolven (born 4 June
        1990)", "Tolven was born in Orm in 1990", "Edda Holm (1811–1849)" of a person's
        name), also in a sentence that goes on with "He" or "She"; None where it says none."""
        evidence = self._evidence
        if evidence is None:
            return None
        key = (document, name)
        if key not in self._births:
            texts = _told_of_person(evidence, document, name)
            forms = [
                named_pattern(NAME_OPENS, name, rf"{NAME_CLOSES}{_AFTER_NAME}{_BORN}"),
                named_pattern(NAME_OPENS, name, rf"{NAME_CLOSES}{_BORN_ASIDE}"),
                named_pattern(NAME_OPENS, name, rf"{NAME_CLOSES}{_BORN_AFTER_DESCRIPTION}"),
            ]
            if lexicon.reads_as_personal_name(name):
                # "Edda Holm (1811–1849)": a person's life, also after other asides
                forms.append(named_pattern(NAME_OPENS, name, rf"{NAME_CLOSES}{_LIFESPAN}"))
                forms.append(named_pattern(NAME_OPENS, name, rf"{NAME_CLOSES}{_LIFE_AFTER_ASIDE}"))
            years = [
                int(next(year for year in match.groups() if year))
                for form in forms
                for text in texts
                if "born" in text or "Born" in text or "b." in text or "–" in text or "-" in text
                for match in form.finditer(text)
                if not _REIGN_DATES.search(match.group(0))  # "(reigned 1485–1509)": no birth
            ]
            # a pattern of its own name each, its lead being no lookbehind: compiled only for
            # a text that can hold it, as a long document's people are thousands
            born_first = named_pattern(_BORN_FIRST, name, NAME_CLOSES)
            years += [
                int(next(year for year in match.groups() if year))
                for text in texts
                if "Born" in text
                for match in born_first.finditer(text)
                if not _REIGN_DATES.search(match.group(0))
            ]
            if " " not in name:
                years += _surname_lifespan_births(name, texts)
            self._births[key] = min(years, default=None)
        return self._births[key]

    def _career_start_of(self, document: str, name: str) -> int | None:
        """The earliest year the document says the person ``name`` began their career
        ("Tolven started competing in 2006", "made her senior debut for Varn in 2007",
        "turned professional in 2008", "Tolven's career began in 2006"), also in a sentence
        that goes on with "He" or "She"; None where it says none."""
        evidence = self._evidence
        if evidence is None:
            return None
        key = (document, name)
        if key not in self._career_starts:
            texts = _told_of_person(evidence, document, name)
            own = whole_name(name).pattern
            # a pattern each, not a NamedPattern: _CAREER_BEGUN's alternatives are the whole
            # pattern's, and the last one ("made her debut in 2007") needs no name before it
            forms = [
                rf"{own}{_AFTER_NAME}{_CAREER_BEGUN}",
                own.removesuffix(_NAME_CLOSES) + _OWN_CAREER_BEGUN,
            ]
            years = [
                int(next(year for year in match.groups() if year))
                for text in texts
                if _CAREER_WORD.search(text)
                for form in forms
                for match in re.finditer(form, text)
            ]
            self._career_starts[key] = min(years, default=None)
        return self._career_starts[key]

    def _tied_years(self, document: str, value: str) -> list[int]:
        """The years of the sentences that name ``value`` (apart from ``_tied_roles``, which
        only people's options need: reading a place's roles cost a long document seconds)."""
        key = (document, value)
        if key not in self._tied_year_lists:
            named = self._evidence.sentences_naming(document, value) if self._evidence else []
            self._tied_year_lists[key] = [
                year
                for text, times in zip(named, story_times(named), strict=True)
                for year in self._own_years(document, value, text, times)
            ]
        return self._tied_year_lists[key]

    def _tied_roles(self, document: str, value: str) -> frozenset[str]:
        """The role words the sentences that name ``value`` tie to it."""
        key = (document, value)
        if key not in self._tied_role_sets:
            named = self._evidence.sentences_naming(document, value) if self._evidence else []
            roles = set(roles_in(value, named)) | title_roles(value)
            surname = self._own_surname(document, value)
            if surname is not None and self._evidence is not None:
                # "designed by Kallio": the role of "Edda Kallio" where no one else is
                # a Kallio
                roles |= roles_in(surname, self._evidence.sentences_naming(document, surname))
            extracted = self._roles.get(normalize(value))  # "performer" of "X as Mrs. Kell"
            if extracted is not None and extracted in _TRADE_ROLES:
                roles.add(extracted)
            self._tied_role_sets[key] = frozenset(roles)
        return self._tied_role_sets[key]

    def _own_years(
        self, document: str, value: str, text: str, times: list[tuple[TimeSpan, bool]]
    ) -> list[int]:
        """The years of ``text`` (its ``times``) that tie to the person ``value``: all of
        them, but where it gives several years and names another of the document's people
        ("the medal went to Ivo Renn in 1921 and to Anna Stolt in 1939"), only the one
        written nearest the name: a list's other years are its other entries'."""
        years = [year_of(span) for span, _ in times]
        if len(set(years)) < 2:
            return years
        others = [
            name
            for name, _ in self._people_written_in(document, [text])
            if normalize(name) != normalize(value) and whole_name(name).search(text)
        ]
        own = whole_name(value).search(text)
        if own is None or not others:
            return years
        gaps = [
            (max(match.start() - own.end(), own.start() - match.end()), int(match.group(1)))
            for match in _YEAR.finditer(text)
            if int(match.group(1)) in years
        ]
        return [min(gaps)[1]] if gaps else years

    def _own_surname(self, document: str, value: str) -> str | None:
        """The last word of a person's name of several words ("Kallio" of "Edda
        Kallio") where no other person of the document ends their name of several words with
        it, else None: the document may write the person by it alone (the name "Kallio" is
        that short form, no other bearer)."""
        words = value.split()
        if len(words) < 2 or not words[-1][:1].isupper() or _REGNAL.search(value):
            return None
        if document not in self._surnames:
            self._surnames[document] = Counter(
                name.split()[-1]
                for name, own in self._people
                if own == document and len(name.split()) > 1
            )
        return words[-1] if self._surnames[document][words[-1]] <= 1 else None

    def _asked_year(self, fact: FactRecord) -> int | None:
        """The time a question about a person asks of: the middle year its sentence gives
        ("won the 2012 election"), else of the sentences that name the answer; None where
        none gives one (a year of the paragraph alone may be another story's)."""
        when = _quote_year(fact.quote)
        if when is not None:
            return when
        years = sorted(self._tied_years(fact.document, fact.answer))
        return years[len(years) // 2] if years else None

    def _key_roles(self, fact: FactRecord) -> frozenset[str]:
        """The role words the document or the question ties to the key: the same for every
        option of the fact."""
        return self._tied_roles(fact.document, fact.answer) | asked_roles(fact.prompt)

    def _person_fit(
        self, key_roles: frozenset[str], value: str, document: str, when: int | None
    ) -> tuple[int, int]:
        """How well a person option fits the key, lower first: by role (0 a role word of
        ``key_roles``, the key's, 1 a role unknown on either side or of the key's trade, a
        film's "composer" for its "designer", 2 a role of another trade, a "critic" for a
        "mayor"), then by time (``NEAR_YEARS`` from ``when``, the question's
        time, to the nearest year the document ties the option to; an undated option after
        those of the same time)."""
        years, roles = self._tied_years(document, value), self._tied_roles(document, value)
        if roles & key_roles:
            role_rank = 0
        elif (
            (trades := _trades(roles))
            and (key_trades := _trades(key_roles))
            and not (trades & key_trades)
        ):
            role_rank = 2
        else:
            role_rank = 1
        if when is None:
            return role_rank, 0
        if not years and self._evidence is not None:
            era = self._evidence.era(document, value)
            years = [era] if era is not None else []
        if not years:
            return role_rank, 2
        gap = min(abs(year - when) for year in years)
        return role_rank, sum(gap > limit for limit in NEAR_YEARS)

    def _lexicon_countries(self, fact: FactRecord) -> list[str]:
        """Countries of the built-in list to fill a curated question's options with, in a
        fixed order drawn from the fact."""
        return sorted(_COMMON_COUNTRIES, key=lambda v: stable_rank(fact.id, v))

    def _certainly_false_time(self, fact: FactRecord, value: str) -> bool:
        """Whether a period, year or number option of an imported question is surely wrong
        and plausible: the document does not mention it in the question's paragraph nor
        beside its subject ("the 19th and 20th century" makes neither century false), and a
        century or decade is no later than the document's own time, or than its latest where
        it gives no year (never today's: the options depend on the document alone); one after
        the key is over by then."""
        if fact.kind not in ("period", "year", "number") or self._evidence is None:
            return True
        century = _CENTURY.match(value.strip())
        evidence = self._evidence
        near, joined = self._near.get(fact.id, ([], ""))
        if fact.id not in self._near:  # the same for every option of the fact: read once
            near = [fact.quote, fact.statement]
            near += evidence.sentences_about(fact.document, fact.quote, fact.statement, fact.answer)
            near += self._subject_sentences(fact) if fact.kind == "year" else []
            joined = "\n".join(near)
            self._near = {fact.id: (near, joined)}
        written = century.group(2) if century else value  # what ``mark`` cannot match without
        if written in joined:  # most options are in none of the texts: compiled for the others
            mark = _ordinal_pattern(century.group(2)) if century else _value_pattern(value)
            if any(written in text and mark.search(text) for text in near):
                return False
        if fact.kind == "year" and self._within_subject_span(fact, value):
            return False  # "the commission sat from 1968 to 1972": 1971 may be its year too
        if fact.kind == "year" and self._when_told_again(fact, value):
            return False  # "Holm used the break to return to Orm" between 1800 and 1802
        if century and _dates_within(fact.quote, int(century.group(2))):
            return False  # "in the 16th century, and again in 1683": the 17th holds too
        if century:
            # the document's own time where it gives one: a text of 1998 that plans a bridge
            # "to open in 2003" gives no sign of the 21st century, a text of 2015 none of the
            # late 21st century
            answer_century = _CENTURY.match(fact.answer.strip())
            number = int(century.group(2))
            if answer_century is None or number > int(answer_century.group(2)):
                latest = evidence.present_year(fact.document) or evidence.latest_year(fact.document)
                if latest is None or _first_year_of_century(century) > latest:
                    return False
        span, key_span = _years_of_time(value), _years_of_time(fact.answer)
        if fact.kind == "period" and span and key_span and span[0] > key_span[1]:
            # a period still running at the document's time ("21st century" in a text of
            # 2015): what the question asks may yet fall in it, untold
            latest = evidence.present_year(fact.document) or evidence.latest_year(fact.document)
            if latest is not None and span[1] > latest:
                return False
        decade = _DECADE.match(value.strip())
        if decade and fact.kind == "period":
            # the document's own time, not the end of a century it names: a text of 2015 on
            # "the 21st century" gives no sign of the 2030s
            present = evidence.present_year(fact.document)
            answer_decade = _DECADE.match(fact.answer.strip())
            last = max(present or 0, int(answer_decade.group(1)) if answer_decade else 0)
            if int(decade.group(1)) > last:
                return False
        return True

    def _subject_sentences(self, fact: FactRecord) -> list[str]:
        """The document's sentences that name what a year question asks about by a head noun
        of its question ("the subsidy was cut in 1993" for "When did Kelland end its wool
        subsidy?"): whatever they date may be the asked year as well (``sentences_about``
        gives those that name it). A noun in more than ``SUBJECT_NOUN_REACH`` sentences is
        too common to tie one to the subject."""
        evidence = self._evidence
        if evidence is None:
            return []
        if fact.id in self._subject:
            return self._subject[fact.id]
        found: list[str] = []
        for noun in subject_nouns(fact.prompt):
            texts = [
                text
                for form in dict.fromkeys((noun, _plural(noun)))
                for text in evidence.sentences_naming(fact.document, form)
            ]
            if len(texts) <= SUBJECT_NOUN_REACH:
                found += texts
        self._subject = {fact.id: found}  # the same for every option of the fact
        return found

    def _within_subject_span(self, fact: FactRecord, value: str) -> bool:
        """Whether a year option lies inside a span of years ("from 1968 to 1972", "1968–72")
        that the fact's sentence or a sentence naming its subject by a head noun
        (``_subject_sentences``) gives: what the question asks may have happened in any year
        of it. A person's life ("Edda Holm (1811–1849)") is no such span: it only bounds
        the options (``_lifetime_in_prompt``)."""
        year = number_value(value)
        if year is None:
            return False
        texts = [fact.quote, *self._subject_sentences(fact)]
        return any(first < year < last for text in texts for first, last in year_spans(text))

    def _when_told_again(self, fact: FactRecord, value: str) -> bool:
        """Whether a year option lies among the years the document leaves for another time
        it tells the question's first name do the asked deed, undated
        (``DocumentEvidence.deed_told_again``): "In what year did Holm return to Orm?" asks
        of one return where the document tells of two."""
        year = number_value(value)
        if year is None or self._evidence is None:
            return False
        if fact.id not in self._told_again:  # the same for every option of the fact
            named = next(iter(_names_in_prompt(fact.prompt)), None)
            self._told_again = {
                fact.id: self._evidence.deed_told_again(
                    fact.document, fact.quote, fact.statement, named
                )
                if named is not None
                else []
            }
        return any(first <= year <= last for first, last in self._told_again[fact.id])

    def _split_sides(
        self, fact: FactRecord, below: list[str], above: list[str], need: int
    ) -> list[str]:
        """Some values below the answer and some above, so the answer is not always the middle."""
        low = stable_rank(fact.id, "below") % (need + 1)
        return below[:low] + above[: need - low] + below[low:] + above[need - low :]

    def _chronology(self, fact: FactRecord) -> tuple[TimeSpan | None, tuple[int, bool] | None]:
        """For an imported year or date, the cycle of events its document tells of
        (``DocumentEvidence.cycle``) or, where there is none, the window the document's
        chronology leaves for the options (``DocumentEvidence.time_window``): the turns of a
        cycle are options wherever the story tells of them."""
        evidence = self._evidence
        if fact.origin != "auto" or fact.kind not in ("year", "date") or evidence is None:
            return None, None
        cycle = evidence.cycle(fact.document, fact.statement, fact.answer)
        if cycle is None:
            cycle = evidence.event_cycle(fact.document, fact.quote, fact.statement, fact.answer)
        if cycle is not None:
            return None, cycle
        window = evidence.time_window(fact.document, fact.quote, fact.statement, fact.answer)
        return window, None

    def _placed_time(
        self,
        fact: FactRecord,
        need: int,
        acceptable: Callable[[str], bool],
        cycle: tuple[int, bool] | None = None,
    ) -> list[str]:
        """Years or dates around an imported key, with no pattern that marks it; years of an
        event that recurs every few years step by whole turns of its cycle. None is later than
        the document's own time (``DocumentEvidence.present_year``): a learner who knows the
        text is "as of" then rules such an option out."""
        date = parse_date(fact.answer) if fact.kind == "date" else None
        key_year = date.year if date is not None else number_value(fact.answer)
        if need <= 0 or key_year is None or (fact.kind == "date" and date is None):
            return []
        present = self._evidence.present_year(fact.document) if self._evidence else None
        # a statement of plans may date the key itself after the document's own time
        last = max(present, key_year) if present is not None else None

        def in_time(year: int, value: str) -> str | None:
            return value if year >= 1 and (last is None or year <= last) else None

        if date is None:
            step = cycle[0] if cycle is not None else 1
            return placed_options(
                fact.id,
                need,
                CYCLE_SPACING if cycle is not None else YEAR_SPACING,
                lambda offset: in_time(key_year + offset * step, str(key_year + offset * step)),
                acceptable,
            )
        shown = date  # bound for the closure below, which mypy does not narrow
        spacing = MONTH_SPACING if date.day is None else DAY_SPACING

        def date_at(offset: int) -> str | None:
            shifted = _shifted(shown, offset)
            return in_time(shifted.year, shifted.render())

        return placed_options(fact.id, need, spacing, date_at, acceptable)

    def _nearby_years(self, fact: FactRecord, need: int) -> list[str]:
        answer = number_value(fact.answer)
        if answer is None or need <= 0:
            return []
        candidates = {answer + offset for offset in range(-6, 7) if abs(offset) >= 2}
        corpus = {y for y in range(answer - 12, answer + 13) if y in self._years}
        corpus -= {answer - 1, answer, answer + 1}  # an adjacent year is too close to judge
        seed = stable_rank(fact.id)
        candidates |= corpus

        def score(year: int) -> int:
            bonus = 300 if year in corpus else 0  # a year the documents mention is plausible
            return abs(year - answer) * 200 - bonus + _mix(seed, year) % 500

        ordered = sorted(candidates, key=lambda year: (score(year), year))
        below = [str(year) for year in ordered if year < answer]
        above = [str(year) for year in ordered if year > answer]
        return self._split_sides(fact, below, above, need)

    def _nearby_dates(self, fact: FactRecord, need: int) -> list[str]:
        answer = parse_date(fact.answer)
        if answer is None or need <= 0:
            return []
        candidates: dict[int, _Date] = {}
        seed = stable_rank(fact.id)
        for year in range(answer.year - 8, answer.year + 9):
            for other in self._dates.get(year, ())[:2]:  # a few per year are plenty
                if (other.day is None) == (answer.day is None) and year != answer.year:
                    shaped = _Date(other.year, other.month, other.day, answer.style)
                    candidates[shaped.ordinal] = shaped
        for year_shift in (-2, -1, 0, 1, 2):
            for month_shift in (-3, -1, 0, 1, 2):
                month = (answer.month - 1 + month_shift) % 12 + 1
                year = answer.year + year_shift + (answer.month - 1 + month_shift) // 12
                day = answer.day
                if day is not None:
                    day = min(day, days_in_month(year, month))
                shifted = _Date(year, month, day, answer.style)
                if shifted.ordinal != answer.ordinal:
                    candidates[shifted.ordinal] = shifted

        def score(date: _Date) -> tuple[int, int]:
            distance = abs(date.ordinal - answer.ordinal) // 31
            return distance * 100 + _mix(seed, date.ordinal) % 400, date.ordinal

        below = [
            d.render()
            for d in sorted(
                (d for d in candidates.values() if d.ordinal < answer.ordinal), key=score
            )
        ]
        above = [
            d.render()
            for d in sorted(
                (d for d in candidates.values() if d.ordinal > answer.ordinal), key=score
            )
        ]
        return self._split_sides(fact, below, above, need)

    def _placed_numbers(
        self, fact: FactRecord, need: int, acceptable: Callable[[str], bool]
    ) -> list[str]:
        """Counts around an imported count, the key at a place drawn from the fact id: a small
        count steps by varying amounts, a larger one by the factors of ``_numbers``."""
        value = number_value(fact.answer)
        if value is not None and value <= SMALL_COUNT and not fact.approximate:
            word = _is_word_number(fact.answer)

            def value_at(offset: int) -> str | None:
                count = value + offset
                if count < 1 or (word and number_word(count) is None):
                    return None
                return _format_like(fact.answer, count)

            return placed_options(fact.id, need, COUNT_SPACING, value_at, acceptable)
        key = _number_of(fact.answer)
        if key is None or need <= 0:
            return []
        sides: list[list[str]] = [[], []]
        for option in self._numbers(fact):
            number = _number_of(option)
            if number is not None and number != key and acceptable(option):
                sides[number > key].append(option)
        below = sorted(sides[0], key=lambda o: -(_number_of(o) or 0))  # nearest first
        above = sorted(sides[1], key=lambda o: _number_of(o) or 0)
        low = min(stable_rank(fact.id, "place") % (need + 1), len(below))
        high = min(need - low, len(above))
        low = min(need - high, len(below))
        return [*below[:low], *above[:high]]

    def _numbers(self, fact: FactRecord) -> list[str]:
        match = _FIRST_NUMBER.search(fact.answer)
        word_value = number_value(fact.answer)
        if word_value is not None:
            value: float = word_value
        elif match:
            value = float(match.group(0).replace(",", ""))
        else:
            return []
        integral = value == int(value)
        reference = int(value) if integral else 0
        if fact.approximate and fact.origin == "auto":
            factors = [0.5, 0.7, 1.5, 2.0]  # far enough to be surely wrong, never tenfold
        elif fact.approximate:
            factors = [0.25, 0.5, 1.5, 2.0, 3.0, 4.0, 10.0]
        elif integral and value <= 12:
            offsets = [-2, -1, 1, 2, 3, 4]
            values = [value + o for o in offsets if value + o >= 2]
            values.sort(key=lambda v: stable_rank(fact.id, str(v)))
            return [_format_like(fact.answer, v) for v in values]
        elif fact.origin == "auto":
            factors = [0.6, 0.75, 0.8, 1.2, 1.25, 1.5]  # near the key: a factor of 3 is a giveaway
        else:
            factors = [0.5, 0.75, 1.25, 1.5, 2.0, 3.0]
        values = []
        share = re.search(r"%|\bper\s?cent\b", fact.answer) is not None
        for factor in factors:
            candidate = value * factor
            candidate = _round_like(candidate, reference) if integral else round(candidate, 1)
            if share and fact.origin == "auto" and candidate > 100 >= value:
                continue  # no share above the whole
            if candidate != value and candidate > 0:
                values.append(candidate)
        if _is_word_number(fact.answer):
            values = [v for v in values if number_word(int(v)) is not None]
            values += [value + o for o in (-2, -1, 1, 2, 3) if number_word(int(value + o))]
        values = sorted(dict.fromkeys(values), key=lambda v: stable_rank(fact.id, str(v)))
        return [_format_like(fact.answer, v) for v in values]

    def _kind_candidates(
        self, kind: str, sorted_by_head: bool, head: str | None
    ) -> list[tuple[str, str, int]]:
        """The names of a kind long enough to offer, of the sort ``head`` names where the kind
        is ``sorted_by_head``, each with its document and its place among the kind's names:
        read once a sort, not once a fact, as a long document names thousands."""
        key = (kind, sorted_by_head, head)
        if key not in self._candidates:
            self._candidates[key] = [
                (value, document, index)
                for index, (value, document) in enumerate(self._names.get(kind, []))
                if (not sorted_by_head or _head(value, kind) == head)
                and len(value) >= 3
                and not (value.isupper() and len(value) <= 2)
            ]
        return self._candidates[key]

    def _same_kind(self, fact: FactRecord) -> list[str]:
        """Names of the answer's kind (and sort), nearest to it in the documents first: a
        name mentioned near the answer is likely of the same time and place, so plausible."""
        sorted_by_head = fact.kind in SUBKINDS
        head = _head(fact.answer, fact.kind) if sorted_by_head else None
        candidates = self._kind_candidates(fact.kind, sorted_by_head, head)
        at = self._order.get(fact.kind, {}).get(normalize(fact.answer))
        if at is None:
            window = list(candidates)
            if len(window) > NAME_WINDOW:
                start = stable_rank(fact.id, "window") % len(window)
                window = (window[start:] + window[:start])[:NAME_WINDOW]
        else:
            window = _nearest(candidates, at, NAME_WINDOW)
        values = [(value, document) for value, document, _ in window]
        distance = {value: 0 if at is None else abs(index - at) for value, _, index in window}
        answer_words = len(fact.answer.split())

        role = self._roles.get(normalize(fact.answer))
        evidence = self._evidence if fact.origin == "auto" else None

        def known(value: str, document: str) -> int:
            """0 for a name the document makes familiar: named more than once, or in a
            sentence like the answer's; 1 for a name in passing (a hamlet among towns)."""
            if evidence is None:
                return 0
            if evidence.mentions(document, value) > 1:
                return 0
            return 0 if evidence.named_alike(document, fact.statement, fact.answer, value) else 1

        head = _head_noun(fact.answer)[0] if fact.kind == "term" else None
        fitting = evidence is not None and fact.kind == "person"
        when = self._asked_year(fact) if fitting else None
        key_roles = self._key_roles(fact) if fitting else frozenset()
        # a key of no role the document gives takes first the people it gives none either:
        # one given a role is most likely of another than the key's (a film's director
        # beside a character it introduces, a merchant beside the geologist who led a survey)
        unroled = fitting and not (key_roles - {"character"})

        def score(item: tuple[str, str]) -> tuple[int, ...]:
            value, document = item
            return (
                0 if document == fact.document else 1,
                0 if head is None or _head_noun(value)[0] == head else 1,  # a problem for a problem
                0 if role is None or self._roles.get(normalize(value)) == role else 1,
                *(self._person_fit(key_roles, value, document, when) if fitting else (0, 0)),
                known(value, document),
                int(unroled and bool(self._tied_roles(document, value) - {"character"})),
                distance[value] // PROXIMITY,
                min(abs(len(value.split()) - answer_words), 2),
                stable_rank(fact.id, value),
            )

        return [value for value, _ in sorted(values, key=score)]


def _opens_the_sentence(text: str, at: int) -> bool:
    """Whether nothing but spaces stands before ``at`` in a sentence, read no further back than
    ``NAME_BEFORE_REACH``."""
    return at <= NAME_BEFORE_REACH and not text[:at].strip()


def _nearest(
    candidates: Sequence[tuple[str, str, int]], at: int, count: int
) -> list[tuple[str, str, int]]:
    """The ``count`` candidates (name, document, place among the kind's names; the places
    rising) whose places are nearest ``at``, nearest first and the earlier of two as near: read
    outwards from ``at``, never by sorting every name of the kind, as a long document names
    thousands and each fact asks again."""
    right = bisect.bisect_left(candidates, at, key=lambda candidate: candidate[2])
    left = right - 1
    nearest: list[tuple[str, str, int]] = []
    while len(nearest) < count and (left >= 0 or right < len(candidates)):
        if right >= len(candidates) or (
            left >= 0 and at - candidates[left][2] <= candidates[right][2] - at
        ):
            nearest.append(candidates[left])
            left -= 1
        else:
            nearest.append(candidates[right])
            right += 1
    return nearest


_TRADE_ROLES = frozenset[str]().union(*lexicon.TRADES.values())
"""Words of what a person does or is that a document or the extractor ties to a name."""
ROLE_WORDS = _TRADE_ROLES - {"performer", "character"}
"""Words of what a person does or is ("the mayor", "a critic") that a text ties to a name
(a "performer" or a "character" only the extractor gives): a person of the key's role is
the plausible option."""
_ROLE = "|".join(sorted(ROLE_WORDS, key=len, reverse=True))
_ROLE_BEFORE = LazyPattern(rf"(?i:\b({_ROLE}))s?\s+(?:[A-Z][\w’'.-]*\s+)*$")
"""A role word right before a name: "the critic ", "Mayor ", "composer Tom "."""
_ROLE_AFTER = LazyPattern(
    rf"^(?:,\s*|\s*\(|\s+(?:(?:was|is|became|served\s+as|returned\s+as|worked\s+as)\s+))"
    rf"(?:(?:the|a|an|its|his|her|their)\s+)?(?:[\w’'-]+\s+){{0,3}}?({_ROLE})s?\b",
    re.IGNORECASE,
)
"""A role word in an apposition or a predicate after a name: ", a critic", " (mayor",
" served as governor"."""
_ASKED_ROLE = LazyPattern(
    rf"^(?:Which|What)\s+(?:[\w-]+\s+)?({_ROLE})\b"
    rf"|\bas\s+(?:the\s+)?(?:[\w’'-]+\s+){{0,2}}?({_ROLE})\?$"
    rf"|^Who\s[^?]*?\bas\s+(?:the\s+)?(?:[\w’'-]+\s+){{0,2}}?({_ROLE})"
    rf"\s+(?:in|from|until|since|during|at|of|for)\s[^?]*\?$",
    re.IGNORECASE,
)
"""The role a question asks for: "Which explorer ...?", "Who returned as the film's
composer?", "Who joined the choir as assistant organist in 1990?" (the key's own role, with
the time or the place it held it, which single the key out among the role's holders like
"Which organist ...?"; never "Whom did Ivo Lind join as ...?", Lind's)."""
_ASKED_HOLDER = LazyPattern(
    rf"^Who\s+(?:was|were|is|are|became|remained)\s+(?:the|a|an)\s+"
    rf"(?:(?!of\s)[\w’'-]+\s+){{0,4}}?(?i:({_ROLE}))s?(?![\w’'])"
)
"""A question asking who held a role: "Who was the first Orskan bishop?", "Who became the
guild's treasurer?"; never a role of someone else, named after "of" or as a possessor
("Who was the wife of the bishop?", "Who was the bishop's wife?")."""
_MADE_BY = {
    "composed": "composer",
    "scored": "composer",
    "directed": "director",
    "produced": "producer",
    "designed": "designer",
    "edited": "editor",
    "written": "writer",
    "wrote": "writer",
    "choreographed": "choreographer",
    "starred": "actor",
    "co-starred": "actor",
    "starring": "actor",
    "portrayed": "actor",
    "played": "actor",
}
"""What a person who made a work or acted in it is called by the verb of their part: who
"composed" a score is its composer, who "starred" in it an actor."""
_PART = "|".join(sorted(set(_MADE_BY) - {"played"}, key=len, reverse=True))
_PART += r"|played(?=\s+(?:the\s+(?:role|part)\s+of\s+)?[A-Z])"
"""The verbs of a part in a work; "played" only before whom ("played Nessa Orme"), never
"played for Orm" nor "played the piano"."""
_ASKED_PART = LazyPattern(
    rf"^Who\s+(?:(?:also|first|later|then|once|originally)\s+)?({_PART})\b"
    rf"|\b(star)\s+(?:opposite|alongside)\b"
)
"""A question asking who made a work or acted in it: "Who composed the score?", "Who did
Ann Lee star opposite?"."""
_PART_AFTER = LazyPattern(
    rf"^,?\s+(?:(?:also|later|then|once|again)\s+)?(?!starring|wrote)({_PART})\b(?!\s+by\b)"
)
"""A name's part in a work, after the name: "Tom Vell composed the score", "Ann Lee
starred" (never "Tom Vell, starring Ann Lee": hers; nor "Tom Vell wrote", maybe a letter)."""
_PART_BEFORE = LazyPattern(rf"\b({_PART})\s+by\s+$|\b(starring|casting|cast)\s+$")
"""A name's part in a work, before the name: "directed by ", "starring ", "casting "."""
_CAST_AFTER = LazyPattern(
    r"^,?\s+(?:(?:also|later|then)\s+)?(?:joined\s+the\s+cast|(?:was|were|has\s+been|had\s+been)\s+cast)\b"
)
"""A name cast in a work, after the name: "Ann Lee joined the cast", "Ann Lee was cast"."""
_SUCCESSOR = LazyPattern(
    rf"^(?:The\s+)?(?i:({_ROLE}))\s+(?:[A-Z][\w’'.-]*\s+|van\s+|de\s+|von\s+)+"
    r"(?:(?:later|then|also)\s+)?(?:took\s+over\s+from|succeeded|replaced)\s+whom\b"
)
"""A question asking whom the holder of a role took over from: "Cinematographer Ada Moor
took over from whom?" asks for the one who held the role before."""

_POSSESSIVE_END = LazyPattern(r"['’]s?$")
"""The end of a possessive ("Orm's ", "the Vells' "): what follows is no part of its name."""
_LONGER_AFTER = LazyPattern(r"\s+[A-Z]")
"""A capitalised word right after a name: "Orm Draft" of "Orm Draft Riots"."""
_LONGER_AFTER_OF = LazyPattern(r"\s+(?:(?:and|&)\s+)?[A-Z]")
"""The same, or "and" and a capitalised word after a name with "of": "School of Sail" of
"School of Sail and Oar", where "Tarland and Orm" are two names."""
_NOT_IN_A_NAME = (
    lexicon.FUNCTION_WORDS
    | word_set("the a an")
    | {word.casefold() for word in lexicon.ADDRESS_TITLES}
    | ROLE_WORDS
)
"""Capitalised words before a name that are no part of it: "In", "The", "Mayor"."""


SUBJECT_NOUN_REACH = 4
"""The most sentences a head noun of a question may be in to tie what they date to the
question's subject: a noun of many sentences ("album" in a singer's article) names many
things."""
_DETERMINER = LazyPattern(r"(?:the|its|their|his|her|a|an|[A-Z][\w’'-]*)$")
_AUXILIARIES = word_set("do does did is are was were has have had will would can could")
_GENERIC_NOUNS = word_set("year years time times date dates century decade month day")


def subject_nouns(prompt: str) -> list[str]:
    """The head nouns of a question's noun phrases, cased down: the last noun of each run of
    lower-case nouns and adjectives after a determiner, a possessive or a name ("commission"
    and "report" of "did the Orsk commission publish its report?", "subsidy" of "its wool
    subsidy"); no word of time ("In what year")."""
    words = re.findall(r"[\w’'-]+", prompt)
    heads: list[str] = []
    for at in range(1, len(words)):
        if not _DETERMINER.match(words[at - 1].removesuffix("’s").removesuffix("'s")):
            continue
        bare_name = words[at - 1][:1].isupper() and not words[at - 1].endswith(("’s", "'s"))
        if bare_name and at > 1 and words[at - 2] in _AUXILIARIES:
            continue  # "did Kelland end": the verb after the subject
        head = None
        for word in words[at:]:
            if not word.islower() or word in _QUESTION_WORDS:
                break
            tags = word_tags(word)
            if "NOUN" not in tags and "ADJ" not in tags:
                break
            if "NOUN" in tags:
                head = word
        if head is not None and head not in _GENERIC_NOUNS and head not in heads:
            heads.append(head)
    return heads


def _plural(noun: str) -> str:
    """A noun's plural ("subsidies"), or the noun where it has none."""
    return (getInflection(noun, tag="NNS") or (noun,))[0]


_YEAR_SPAN = LazyPattern(
    r"(?:(?<![\d.,£$€])\b(1\d{3}|20\d{2})\s*(?:–|—|-|\s(?:to|until|till)\s)"
    r"|\bbetween\s+(1\d{3}|20\d{2})\s+and\s+)\s*(\d{2}|1\d{3}|20\d{2})\b"
    r"(?![.,]?\d|\s*(?:%|per\s?cent))"
)
"""Two years that bound a span: "1968–1972", "1968-72", "from 1968 to 1972", "between 1968
and 1972"."""


_AFTER_A_NAME = LazyPattern(r"[A-Z][\w’'-]*\s*\((?:c\.\s*|born\s+)?$")
"""A bracket opened right after a name: the years in it are a life or a reign."""


def year_spans(text: str) -> list[tuple[int, int]]:
    """The spans of years a sentence gives, each as its first and its last year, but for a
    life or a reign in brackets after a name."""
    spans = []
    for match in _YEAR_SPAN.finditer(text):
        if _AFTER_A_NAME.search(text, 0, match.start()):
            continue  # "Edda Holm (1811–1849)": a life, no span of one deed
        first, last_text = int(match.group(1) or match.group(2)), match.group(3)
        last = int(last_text) if len(last_text) == 4 else first // 100 * 100 + int(last_text)
        if first < last:
            spans.append((first, last))
    return spans


def _trades(roles: Iterable[str]) -> set[str]:
    return {trade for trade, words in lexicon.TRADES.items() if not words.isdisjoint(roles)}


NEAR_YEARS = (3, 12, 30)
"""The years between the question's time and a person's time that make the person of the
same moment, of the same time, or still of the answer's generation: nearer is more
plausible."""


_ROLE_ADJECTIVE = LazyPattern(rf"(?i:\b({_ROLE})(?:al|ial|ship)\b)")
"""An adjective or a noun of a role's office: "mayoral", "presidential", "governorship"."""


@lru_cache(maxsize=4096)
def asked_roles(prompt: str) -> frozenset[str]:
    """The roles a question asks for, cased down: "Which explorer ...?", "Who returned as the
    film's composer?", "Who won the mayoral election?", "Who was the first bishop?"."""
    found = {m.group(1).casefold() for m in _ROLE_ADJECTIVE.finditer(prompt)}
    asked = _role_asked(prompt)
    if asked is not None:
        found.add(asked[0])
    part = _ASKED_PART.search(prompt)
    if part:
        found.add("actor" if part.group(2) else _MADE_BY[part.group(1)])
    successor = _SUCCESSOR.search(prompt)
    if successor:
        found.add(successor.group(1).casefold())
    holder = _ASKED_HOLDER.search(prompt)
    if holder:
        found.add(holder.group(1).casefold())
    return frozenset(found)


_ASKED_SEX = {
    side: re.compile(
        rf"^(?:Who\s+(?:was|is|became|were)\s+(?:the\s+|his\s+|her\s+|[A-Z][\w’'-]*"
        rf"(?:\s+[A-Z][\w’'-]*)*[’']s\s+)(?:[\w’'-]+\s+)?|Which\s+(?:[\w-]+\s+)?)"
        rf"(?:{'|'.join(sorted(nouns))})(?![\w’'])"
    )
    for side, nouns in lexicon.SEXED_NOUNS.items()
}
"""A question asking for a woman or a man by kin or rank: "Who was Ivo Lind's wife?",
"Which queen ...?" (never "Who was the king's wife?", a woman)."""
_KIN_NOUNS = (
    rf"(?:spouse|{'|'.join(sorted(lexicon.KIN_BY_SEX['female'] | lexicon.KIN_BY_SEX['male']))})"
    r"(?![\w’'])"
)
_ASKS_KIN = LazyPattern(
    r"^Who\s+(?:was|is|were|became)\s+(?:the|his|her|their|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"
    rf"[’']s)\s+(?:[\w’'-]+\s+)?{_KIN_NOUNS}"
    r"|^Whom\s+did\s.*\b(?:marry|wed|divorce)\b|^Who\s+(?:married|wed)\b"
    r"|^Who\s+divorced\b|^Who\s+did\s.*\bdivorce\b|\bdivorce\s+from\s+whom\?$"
)
"""A question asking for a person by their kin or marriage ("Who was Ivo Lind's wife?",
"Who was the son of Olaf?", "Whom did Ivo Lind marry?", "Ivo Lind remarried after his
divorce from whom?"): its key's sex is what it asks. Never one where kin only describes
someone else ("Who defeated Harald's son?", "Who led the guild's sister house?")."""


def asks_kin(prompt: str) -> bool:
    """Whether a question asks for a person by their kin or marriage (``_ASKS_KIN``)."""
    return bool(_ASKS_KIN.search(prompt))


_ASKED_PART_SEX = {
    side: re.compile(
        r"^Who\s+(?:(?:was|were)\s+(?:first\s+|later\s+)?cast\s+as|(?:first\s+|later\s+)?"
        r"(?:played|portrayed|voiced))\s+(?:the\s+)?"
        rf"(?:(?:{'|'.join(sorted(re.escape(t) for t in lexicon.SEXED_TITLES[side]))})"
        rf"(?![\w’'])(?!\.?(?:\s+[A-Z][\w.-]*)*[’']s\b)"
        rf"|(?:{'|'.join(sorted(lexicon.SEXED_NOUNS[side]))})(?![\w’']))"
    )
    for side in ("female", "male")
}
"""A question asking who played a part of a woman or a man: "Who was cast as Mr. Falk?",
"Who played the Countess?" (never "Who played the king's son?" nor "Who played Mr. Falk's
wife?", parts named after another's)."""
_PERSON_NOUNS = (
    ROLE_WORDS
    | lexicon.SEXED_NOUNS["female"]
    | lexicon.SEXED_NOUNS["male"]
    | word_set("man woman men women boy girl child children people person family")
)
"""Nouns of a person: one standing before "his" or "her" in a question may own it."""
_KEY_S_PRONOUN = re.compile(
    r"^Who\s+(?!(?:was|is|were|became)\s+(?:his|her)\b)(?:[a-z][\w’'-]*\s+){1,8}?"
    r"(?:(?<=\s)(?:in|at|on|for|with|from|by|during|after|before|throughout|of)\s+"
    r"(?:(his)\s+[a-z]|(her)\s+(?!(?:in|at|on|to|for|with|from|by|as|and|or|that|after|before"
    r"|into|when|until|again|later|then|there|a|an|the)\b)[a-z])|(himself)\b|(herself)\b)"
)
"""A possessive of the key after a preposition, or a reflexive, in a question that names no
one before it: "Who won an award for her part?", "Who named the cape after himself?"; never
someone else's kin ("Who was his wife?"), an object ("Who taught her to paint?") nor a
possessive right after a verb, most often of the document's subject ("Who replaced her
husband as king?", "Who designed his tomb?")."""


def asked_sex(prompt: str) -> str | None:
    """ "female" or "male" where the question marks its key so: by a noun of kin or rank it
    asks for ("Who was Ivo Lind's wife?", "Which duke ...?"), by a part of a woman or a man
    its key played ("Who was cast as Mr. Falk?"), by "Which actress" (never "Which actor",
    a word for women too), or by "his" or "her" of the key ("Who won an award for her
    part?"); else None."""
    for side in ("female", "male"):
        if _ASKED_SEX[side].search(prompt) or _ASKED_PART_SEX[side].search(prompt):
            return side
    pronoun = _KEY_S_PRONOUN.search(prompt)
    if pronoun is None:
        return None
    mark = next(group for group in range(1, 5) if pronoun.group(group))
    between = prompt[: pronoun.start(mark)].split()[1:]
    if any(word.casefold() in _PERSON_NOUNS for word in between):
        return None  # "Who sued the king for his debts?": maybe the king's
    return "male" if mark in (1, 3) else "female"


def _role_asked(prompt: str) -> tuple[str, bool] | None:
    """The role a question names as what its answer is, cased down, and whether it asks who
    held it ("Who returned as the film's composer?", True) rather than which one of its
    holders did something ("Which navigator ...?", "Who joined the choir as organist in
    1990?", False); None for any other question."""
    asked = _ASKED_ROLE.search(prompt)
    if asked is None:
        return None
    role = asked.group(1) or asked.group(2) or asked.group(3)
    return role.casefold(), asked.group(2) is not None


def title_roles(name: str) -> frozenset[str]:
    """The roles a person's name carries as a title, cased down: its first word ("Bishop
    Ivo Lind", "King Olaf") or its last ("Ulan Khan")."""
    words = name.split()
    if len(words) < 2:
        return frozenset()
    return frozenset(
        word.casefold()
        for word in (words[0], words[-1])
        if word[:1].isupper() and word.casefold() in ROLE_WORDS
    )


_TITLE_OR_ROLE_WORDS = ROLE_WORDS | {word.casefold() for word in lexicon.ADDRESS_TITLES}
"""Words that open a person's name as a title, naming a trade ("General") or not ("Dr")."""


def titled(name: str) -> bool:
    """Whether a person's name opens with a title or a role ("Dr Ivo Lind", "General Moss",
    "Chief Orenda"), which sets it apart at a glance from names without one."""
    words = name.split()
    return len(words) > 1 and (words[0] in _TITLES or words[0].casefold() in _TITLE_OR_ROLE_WORDS)


def roles_in(name: str, texts: Iterable[str]) -> frozenset[str]:
    """The role words ``texts`` tie to ``name``, cased down: right before it ("the critic
    Ann Lee"), or after it in an apposition or a predicate ("Ann Lee, a critic", "Ann Lee
    served as mayor"); or the role of the name's part in a work ("directed by Ann Lee",
    "starring Ann Lee", "Ann Lee composed the score": a director, an actor, a composer)."""
    own = whole_name(name)
    found: set[str] = set()
    for text in texts:
        for match in own.finditer(text):
            before = _ROLE_BEFORE.search(text[max(0, match.start() - 60) : match.start()])
            after = _ROLE_AFTER.match(text[match.end() : match.end() + 80])
            found.update(m.group(1).casefold() for m in (before, after) if m)
            part_before = _PART_BEFORE.search(text[max(0, match.start() - 30) : match.start()])
            if part_before:  # "directed by ", or "starring ", "casting ": an actor
                found.add(_MADE_BY[part_before[1]] if part_before[1] else "actor")
            part_after = _PART_AFTER.match(text[match.end() : match.end() + 40])
            if part_after:
                found.add(_MADE_BY[part_after[1]])
            if _CAST_AFTER.match(text[match.end() : match.end() + 40]):
                found.add("actor")
    return frozenset(found)


_WORK_BEFORE = LazyPattern(
    rf"\b(?:{'|'.join(sorted(lexicon.WORK_WORDS))})\s+$"
    r"|\b(?:starred|starring|co-starred|co-starring)\s+in\s+(?:the\s+)?$"
)
"""What is written right before a work's title: a lower-case noun of a work ("the film ",
"her album "; never "In the novel, ", before its hero), or a part in it ("starred in ")."""
_DATED_WORK = LazyPattern(r"^\s*\((?:1[5-9]|20)\d\d\)")
"""A work's year alone in brackets after its title ("Salt Road (2006)"; a span is a life or
a reign)."""
_IN_A_LONGER_NAME = LazyPattern(r"[A-Z][\w’'-]*\s+(?:of\s+(?:the\s+)?)?$")
_AFTER_A_LOWER_THE = LazyPattern(r"(?<![\w'-])the\s+$")
"""A lower-case "the" right before a name: a thing or an event ("won the Orm Cup"), never a
work's title, which stands bare or with its own capital "The"."""


def written_as_work(name: str, texts: Iterable[str]) -> bool:
    """Whether ``texts`` write ``name`` as a work's title: after a noun of a work ("the film
    Salt Road", "the album Salt"), after a part in one ("starred in Salt Road"), in quotes
    ("“Salt Road”", never a word quoted in a longer quote: "my friend Orm"), or, where it
    reads as no person's name (an author's has the year of a book: "by Ann Lee (1965)"), with
    its year in brackets ("Salt Road (2006)"); never as a part of a longer name ("the Treaty
    of Orm (1806)")."""
    own = whole_name(name)
    personal = lexicon.reads_as_personal_name(name)
    for text in texts:
        for match in own.finditer(text):
            before = text[max(0, match.start() - 40) : match.start()]
            after = text[match.end() :]
            if _WORK_BEFORE.search(before):
                return True
            if _IN_A_LONGER_NAME.search(before):
                continue
            if before.endswith(("“", '"')) and after.startswith(("”", '"')):
                return True
            if not personal and _DATED_WORK.match(after):
                return True
    return False


def dated_as_work(name: str, texts: Iterable[str]) -> bool:
    """Whether ``texts`` write ``name``, no person's name nor part of a longer one, with a
    work's year in brackets ("Salt Road (1961)"): the one sign of a title ``written_as_work``
    reads that no scene-setting "In the film Tarnby is seen ..." can give. An event is
    written so too ("Orm Cup (1961)"), but also after a lower-case "the"."""
    bracketed, after_the = f"{name} (", f"the {name}"
    texts = [text for text in texts if bracketed in text or after_the in text]
    if not any(bracketed in text for text in texts) or lexicon.reads_as_personal_name(name):
        return False  # plain substring tests first: most names never have a year after them
    own = whole_name(name)
    written = [(text, match) for text in texts for match in own.finditer(text)]
    if any(
        _AFTER_A_LOWER_THE.search(text[max(0, match.start() - 4) : match.start()])
        for text, match in written
    ):
        return False  # "won the Orm Cup" beside "Orm Cup (1961)": an event, no title
    return any(
        _DATED_WORK.match(text[match.end() :])
        and not _IN_A_LONGER_NAME.search(text[max(0, match.start() - 40) : match.start()])
        for text, match in written
    )


@lru_cache(maxsize=4096)
def _named_with_realm(name: str) -> re.Pattern[str]:
    """The pattern of ``name`` written whole, with the realm a title may follow it with
    ("Richard I of Normandy"): compiled once per name, as every question that names a people
    asks again of each option."""
    return re.compile(rf"(?<![\w'-])(?<!’){re.escape(name)}(?:{REALM.pattern})?(?![\w'-])(?!’)")


def _owners(name: str) -> list[str]:
    """A name and the names it may be named after, longest first: "Orm Rowing Club
    Boathouse" → itself, "Orm Rowing Club", "Orm Rowing", "Orm"; "Orm Rowing Club's" → "Orm
    Rowing Club" and shorter; "iPods" → itself and "iPod"; "Varn League" also as its short
    name, "the League". A thing named after a body comes after the body's founding."""
    words = name.split()
    for at, word in enumerate(words):
        if word.endswith(("'s", "’s")):
            words = [*words[:at], word[:-2]]  # the owner's name ends at its possessive
            break
    owners = [
        " ".join(words[:end])
        for end in range(len(words), 0, -1)
        if words[end - 1].casefold() not in lexicon.CONNECTORS
    ]
    if len(words) == 1 and re.fullmatch(r"\w*[A-Z]\w*[a-z]s", words[0]):
        owners.append(words[0][:-1])  # "iPods": the thing of that name, "iPod"
    if len(words) > 1 and words[-1] in lexicon.ORGANISATION_WORDS:
        owners += [f"the {words[-1]}", f"The {words[-1]}"]  # "the League" of "Varn League"
    return owners


_QUESTION_WORDS = (
    lexicon.FUNCTION_WORDS
    | lexicon.CONNECTORS
    | word_set("what which when who whom whose how where why")
)
"""Words that open a question with a capital ("In what year ..."), never a name."""
_PROMPT_NAME = LazyPattern(
    r"(?:\b[A-Z]|\b[a-z]+[A-Z])[\w’'-]*(?:\s+(?:of\s+|the\s+)?[A-Z0-9][\w’'-]+)*"
)
"""A name of a question, also one that begins in lower case ("iPod 5G")."""


def _names_in_prompt(prompt: str) -> list[str]:
    """The names a question gives, in order, less the capitalised words that open it ("In
    what year ...")."""
    return [
        found.group(0)
        for found in _PROMPT_NAME.finditer(prompt)
        if found.group(0).casefold() not in _QUESTION_WORDS
    ]


_DURING_A_WAR = LazyPattern(
    r"\b(?:[Dd]uring|[Tt]hroughout|[Ii]n)\s+(?:the\s+)?((?:[A-Z][\w’'-]*\s+){1,4}War(?:\s+I{1,3}\b)?)"
    r"(?![\w’'-]|\s+[A-Z])"
)
"""A war a question or its sentence places what it tells in: "During the Second World War,
...", "... deployed in the Orm War?"; never a name that goes on ("in the Orm War Memorial")."""
_JOINED = r"\s+(?:signed\s+(?:a\s+[\w-]+\s+)?(?:contract\s+)?with|joined)\s+(?:the\s+)?"
"""How a text says a person joined a body, before its name: " signed with the ", " joined "."""
_JOINED_WHEN = r"(?:\s*\([^()]*\))?(?:,[^,.;]{0,40},)?\s+in\s+(1\d{3}|20\d{2})\b"
"""The year after the body's name, past an aside: " (then Orm Town) in 2000"."""
_QUOTED_TITLE = LazyPattern(r"[\"“]([^\"“”]{2,80}?)[\"”]")
"""A title the question gives in quotes: "When was the single "Orm Road" released?"."""
_VERSION = LazyPattern(r"(?:\s+[\d.]+)+$")
"""The numbers that end a name of one version of a thing: " 3" of "Kellsoft 3"."""
_OVER_A_SPAN = re.compile(
    r"^(?!.*\b(?i:not|never)\b|.*n[’']t\b).*(?:\b(?i:until|till)\b(?!\s+(?:what|which)\b)"
    r"|\b(?i:throughout)\s+(?!(?:what|which)\b)(?:[\w’'-]+\s+){0,3}?(?:reign|rule|history"
    r"|existence|life|lifetime|period|era|age|century|centuries|decade|decades|years|war)\b"
    r"|\b(?i:from)\s+(?:the\s+)?(?:\d|early|mid|late)[^?]*\b(?:to|until)\b"
    r"|\b(?i:between)\s+(?:the\s+)?\d[^?]*\band\b)"
)
"""A question of a time over a span ("In what century was Orm the main rival until the
empire's collapse?", "... throughout its reign?", also opening it: "Until 1900, ..."): the
key is one period of several that hold it. Never "not ... until", a point in time,
"throughout what century", which asks for the span itself, nor "throughout the world", a
place."""
_BODY_NOUN_AFTER = re.compile(
    r"\s+(dynasty|empire|kingdom|republic|caliphate|khanate|sultanate|monarchy|principality"
    r"|duchy|colony|regime|company|firm|league|party|army|navy|clan|union|federation"
    r"|confederation)\b"
)
"""A lower-case noun of a body right after a name ("the Vesk dynasty", "the Orm company"):
the name and the noun together name the body whose span bounds a question's options."""
_RELATED_IN_TIME = re.compile(
    r"\b(after|following|since|before|until|prior\s+to)\s+(?:[a-z][\w’'-]*\s+){0,4}$",
    re.IGNORECASE,
)
"""A word that places what a question asks after or before something it names, with at
most a few words of its own between: "after its defeat in the ", "before the "."""
_AFTER_WORDS = word_set("after following since")
_WHEN = (
    r"\s+(?:in|on)\s+(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?"
    r"(?:[A-Z][a-z]+\.?\s+)?(\d{4})\b"
)
"""When something happened: "in 1950", "on October 23, 2001", "on 1 March 1810"."""
_WHERE = r"(?:\s+(?:in|at|near|of)\s+(?:(?:a|an|the)\s+)?[\w’'-]+(?:\s+[A-Z][\w’'-]*){0,3},?){0,2}"
"""Where or of what it happened, told between the verb and the year: "died in Tarn in 1849",
"died of a fever in 1849", "was born at Orm Hall on 2 May 1801"."""
_AFTER_NAME = rf"{NAME_ASIDE}(?:which\s+|that\s+|who\s+)?"
_BEGUN = (
    rf"(?:{PASSIVE_AUXILIARY}(?:built|constructed|erected|completed|launched|released"
    r"|unveiled|created|born|opened|founded|established|introduced)"
    r"|(?:first\s+)?opened)"
)
"""How a text says a thing came to be: built, released, born, opened."""
_ENDED = (
    r"(?:(?:was|were)\s+(?:\w+ly\s+)?(?:demolished|dissolved|disbanded|abolished|closed"
    r"|destroyed|razed|torn\s+down)|died)"
)
"""How a text says a thing ceased to be: demolished, dissolved, died."""
_FRONTED_BEGUN = (
    r"\b(?:Built|Constructed|Completed|Opened|Born|Released|Launched|Founded|Established"
    r"|Created|Formed)\s+in\s+(\d{4}),\s+"
)
_BEGUN_ASIDE = (
    r"(?:,\s+|\s*\()(?:first\s+)?(?:built|founded|established|created|formed|opened|launched|born"
    r"|introduced|released|b\.)\s+(?:in\s+)?(\d{4})\b"
)
"""A beginning told in an aside right after the name: "the League, founded in 1945, ...",
"the League (founded 1945)"."""
_ENDED_ASIDE = r"\s*\((?:[^()]*?[;,]\s*)?(?:died|d\.)\s+(?:in\s+)?(\d{4})\b"
"""A death told in brackets right after the name: "Arno Vell (died 1849)", "(b. 1801, d. 1849)"."""
_DEATH = r"\bdeath\s+of\s+(?:the\s+)?"
"""A death told as a noun before the name: "after the death of Arno Vell in 1849"."""
_OWN_DEATH = rf"['’]s?\s+death{_WHERE}{_WHEN}"
"""A death told as a noun after the name's possessive: "after Arno's death in 1849"."""
_ITS_BEGINNING = (
    r"since\s+(?:its|their)\s+(?:founding|foundation|creation|establishment|inception"
    r"|formation|launch|opening)\s+in\s+(\d{4})\b"
)
"""A beginning a text gives with "since": "since its founding in 1945"."""
_BEGUN_ACTIVE = (
    r"\b(?:founded|established|created|launched|introduced|opened|built|formed|set\s+up)"
    r"\s+(?:the\s+)?"
)
"""A verb of a beginning with the name as its object: "(Ada Kell) introduced Kell Tweeds"."""
_YEAR_FIRST_BEGUN = (
    r"\b(?:In|in)\s+(\d{4}),?\s+(?:[\w’'-]+\s+){0,4}?(?:founded|established|created|formed"
    r"|launched|set\s+up)\s+(?:the\s+)?"
)
"""A year told before whoever began the thing: "In 1920, six towns formed the Varn League"."""
_YEAR_FIRST_PASSIVE = (
    r"\b(?:In|in)\s+(\d{4}),?\s+(?:the\s+)?{own}\s+(?:was|were)\s+(?:founded|established"
    r"|created|formed|launched|set\s+up)\b"
)
"""A year told before the thing begun in the passive: "In 1920 the Varn League was set up"."""
_WORK_NOUN = (
    r"(?:film|album|novel|book|play|musical|opera|song|single|EP|video\s+game|game"
    r"|television\s+series|series|miniseries|documentary|painting|sculpture|poem)\b"
)
_WORK_OF_A_YEAR = (
    rf"\s+(?:is|was)\s+an?\s+(1\d{{3}}|20\d{{2}})\s+(?:[\w’'-]+\s+){{0,4}}?{_WORK_NOUN}"
)
"""A work defined with the year it came out: " is a 1999 Tarnish drama film"."""
_WORK_RELEASED = (
    rf"\s+(?:is|was)\s+(?:an?|the)\s+[^.;()]{{0,100}}?\b{_WORK_NOUN}[^.;()]{{0,100}}?,\s+"
    rf"(?:first\s+)?(?:released|published|premiered|issued){_WHEN}"
)
"""A work defined, then dated by its release: " is the third studio album by Ivo Renn,
released on 4 May 2011"."""
_FIRST_SHOWING = LazyPattern(
    r"\b(?:premiered|debuted|aired|(?:was|were)\s+(?:first\s+)?(?:released|published"
    r"|shown|screened|broadcast|performed|staged)|first\s+(?:shown|screened|broadcast"
    r"|performed|staged|published))\b",
    re.IGNORECASE,
)
"""How a sentence tells a work's first showing ("premiered at the Vesk Festival in 1999"):
the year a work's definition gives is that year, which the question then asks."""
_OBJECT_ASIDE = r"(?:\s*\([^)]*\)|,[^,.;]{0,80},)?\s+in\s+(\d{4})\b"
"""What may stand between an object and its year: "Kell Tweeds, a line of coats, in 1985"."""
_SINCE = (
    r"(?:(?:has|have|had)\s+(?:existed|operated|been\s+(?:in\s+(?:existence|operation)"
    r"|active|running))|in\s+(?:existence|operation))\s+since\s+(\d{4})\b"
)
"""How a text says a thing has been since a year: "has existed since 1945", "in operation
since 1902"."""
_DAY_OF_YEAR = r"(?:\d{1,2}\s+[A-Z][a-z]+\.?\s+|[A-Z][a-z]+\.?\s+\d{1,2},\s+)?"
"""A day and month before a year: "2 March ", "March 2, "."""
_REIGN_DATES = LazyPattern(r"\(\s*(?:ruled|reigned|r\.)")
"""A bracket that dates a reign, which ``_LIFESPAN`` also reads: its first year is no birth."""
_LIFESPAN = (
    rf"\s*\((?:c\.\s*|born\s+|ruled\s+|reigned\s+|r\.\s*)?{_DAY_OF_YEAR}(\d{{3,4}})\s*[–-]\s*"
    r"(?:c\.\s*|died\s+)?"
    rf"{_DAY_OF_YEAR}(\d{{2,4}})\)"
)
"""A life or a span after a name: "Edda Holm (1475–1542)", "Edda Holm (2 March 1811 – 17
October 1849)", "the Orm dynasty (1368–1644)", "the Orm dynasty (ruled 1368–1644)", "the Orm
War (1861–65)"."""
_BORN = rf"(?:was\s+|is\s+)?born{_WHERE}(?:\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){{0,2}},)?{_WHEN}"
"""A birth told after a name: "was born in Orm in 1990", "was born on 4 June 1990", "was
born in Orm, Tarnland, on 4 June 1990" (a place and its land)."""
_BORN_ASIDE = rf"\s*\((?:[^()]*?[;,]\s*)?(?:born|b\.)\s+(?:in\s+|on\s+)?{_DAY_OF_YEAR}(\d{{3,4}})\b"
"""A birth told in brackets right after the name: "Mira Tolven (born 4 June 1990)", "(b. 1990)"."""
_LIFE_AFTER_ASIDE = (
    rf"\s*\([^()]*?;\s*(?:c\.\s*)?{_DAY_OF_YEAR}(\d{{3,4}})\s*[–-]\s*(?:c\.\s*|died\s+)?"
    rf"{_DAY_OF_YEAR}(\d{{2,4}})\)"
)
"""A life told last in a bracket after other asides: "Edda Holm (Tarnish: Edda Holme; 1811 –
1849)"."""
_BORN_AFTER_DESCRIPTION = (
    r"\s+(?:is|was)\s+(?:an?|the)\s+[^.;()]{0,80}?,\s+born"
    rf"(?:{_WHERE}{_WHEN}|\s+(?:in\s+|on\s+)?{_DAY_OF_YEAR}(\d{{4}})\b)"
)
"""A birth told after what the person was: "Edda Holm was a Tarnish painter, born 4 May 1811
in Orm", "..., born in Orm in 1811"."""
_BORN_FIRST = (
    rf"\bBorn(?:{_WHERE}{_WHEN}|\s+(?:in\s+|on\s+)?{_DAY_OF_YEAR}(\d{{4}}){_WHERE}),\s+"
    r"(?:[A-Z][\w’'-]*\s+){0,2}"
)
"""A birth told before the person's name: "Born in Orm in 1811, Edda Holm ...", "Born 4 May
1811 in Orm, Holm ..." (the name may be given whole where the question gives a surname)."""


_NICKNAME = r"(?P<nickname>[\"“][A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)?[\"”]\s+)"
"""A nickname in quotes before a surname: the "Ed" of "Edvard Jon "Ed" Holm"."""


def _surname_lifespan_births(surname: str, texts: Iterable[str]) -> list[int]:
    """The first years of the lives ``texts`` give after a person's full name ending in
    ``surname`` ("Edda Holm (1811–1849)" for "Holm", also with a nickname: "Edvard "Ed"
    Holm (1811–1849)"): the birth of the person a question names by the surname alone. A
    name that reads as no person's ("Orm Kell (1811–1849)", maybe a house's) gives none."""
    patterns = [
        NamedPattern(
            rf"(?<![\w’'-])(?P<full>(?:[A-Z][\w’'-]*\s+){{1,2}}{_NICKNAME}?{re.escape(surname)})"
            + life,
            surname,
            life,  # right after the surname, outside the group that closes with it
        )
        for life in (_LIFESPAN, _LIFE_AFTER_ASIDE)
    ]
    return [
        int(match.group(3))  # the life's first year, after the full name and the nickname
        for text in texts
        if surname in text
        for pattern in patterns
        for match in pattern.finditer(text)
        if any(
            lexicon.reads_as_personal_name(" ".join(_without_nickname(match).split()[start:]))
            for start in (0, 1)  # "In Edda Holm (1811–1849)": the sentence's opening word
        )
        and not _REIGN_DATES.search(match.group(0))
    ]


def _without_nickname(match: re.Match[str]) -> str:
    """The full name a match of ``_surname_lifespan_births`` read, its nickname left out."""
    return match.group("full").replace(match.group("nickname") or "", "")


_CHILDHOOD_DEED = LazyPattern(
    r"\b(?:born|birth|bapti[sz]\w*|christen\w*|die[sd]?|dying|death|adopt\w*|orphan\w*"
    r"|move[sd]?|moving|emigrat\w*|immigrat\w*|fle[de]s?|fleeing|relocat\w*|diagnos\w*"
    r"|learn\w*|(?:start|begin|began|begun|enter)\w*\s+(?:school|to\s+\w+|\w+ing))\b",
    re.IGNORECASE,
)
"""What a question may ask of a person at any age, a child's too: a birth, a death, a move
("In what year did Tolven move to Orm?"), the beginning of a school or a pastime ("start riding")."""
_CAREER_BEGUN = (
    r"(?:(?:first|then|later|\w+ly)\s+)?(?:started|began|commenced)\s+(?:(?:his|her|their)\s+"
    r"(?:[\w-]+\s+)?career|competing|playing|racing|performing|acting|recording|to\s+(?:compete"
    r"|play|race|perform|act|record)\b)(?:[^.;]{0,40}?\s)?\bin\s+(\d{4})\b"
    r"|(?:made\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,2}debut|turned\s+professional)\b"
    r"(?:[^.;]{0,60}?\s)?\bin\s+(\d{4})\b"
)
"""How a text says a person began their career: "started competing in 2006", "made her
senior debut for Varn in 2007", "turned professional in 2008"."""
_OWN_CAREER_BEGUN = r"['’]s?\s+(?:[\w-]+\s+)?career\s+(?:began|started)\s+in\s+(\d{4})\b"
"""The same told of the career: "Tolven's professional career began in 2006"."""
_CAREER_WORD = LazyPattern(
    r"\b(?:career|debut|professional|competing|playing|racing|performing"
    r"|acting|recording|to\s+(?:compete|play|race|perform|act|record))\b"
)
"""A word a sentence telling the beginning of a career holds: no other is read for one."""
_PRIVATE_DEED = LazyPattern(
    r"\b(?:marr\w*|wed|wedding|divorc\w*|graduat\w*|stud(?:y|ied|ies)|attend\w*|enrol\w*"
    r"|educat\w*|school|college|universit\w*|degree|son|daughter|child|children|wife|husband"
    r"|father|mother|parents?|brother|sister)\b",
    re.IGNORECASE,
)
"""What a question may ask of a person's own life apart from their career (a marriage, a
degree, a child's birth): it may come before the career began."""
DEED_AGE = 16
"""The least age at which a person does what a question of their deeds asks (wins, is
elected, writes, signs): no option of such a question lies nearer their birth, unless the key
does."""


_AFTER_A_SPAN_YEAR = "|".join(sorted(lexicon.FUNCTION_WORDS | word_set("the a an to of with over")))
_HELD_SPAN = (
    r"(?:ruled|reigned|governed|existed|lasted|flourished|operated|held\s+power)\b"
    r"(?:(?!\b(?:which|who|whom|whose|that|when|while|where)\b)[^.;]){0,60}?"
    r"\b(?:(?:from|between)\s+(\d{4})\s*(?:to|until|till|and|[–-])\s*|(\d{4})\s*[–-]\s*)"
    rf"(\d{{4}})\b(?![.,]?\d|\s*(?:%|per\s?cent)|\s+(?!(?:{_AFTER_A_SPAN_YEAR})\b)[a-z])"
)
"""A span a thing held or lasted through, told after it: "ruled Tarland from 1368 to 1644",
"existed between 1201 and 1410", "reigned 1368–1644"; never the span of another thing a
relative clause tells of ("existed before the war, which lasted from 1914 to 1918"), nor a
count ("between 1600 and 1700 villages"), whose noun follows it."""
_BEGUN_THEN_ENDED = (
    rf"{_BEGUN}{_WHERE}{_WHEN},?\s+and\s+(?:was\s+|were\s+)?(?:later\s+)?(?:demolished"
    r"|dissolved|disbanded|abolished|closed|destroyed|razed|torn\s+down)\s+in\s+(\d{4})\b"
)
"""A beginning and an end told in one breath: "was founded in 1201 and dissolved in 1410"."""
_TITLE_YEAR = r"\s+(1\d{3}|20\d{2})\b(?![.,]?\d|\s*(?:%|per\s?cent))"
"""The year a treaty or a law is named with: "the Treaty of Orm 1957", "the Mills Act 1998"."""
_INSTRUMENT = LazyPattern(r"\b(?:Treaty|Act|Convention|Agreement|Accord|Charter|Statute)\b")
"""The word of a treaty's or a law's name: such a name followed by a year gives its making."""


_LIFETIME_FORMS: dict[str, tuple[LazyPattern, Callable[[str], str]]] = {
    "built": (
        LazyPattern(rf"{_BEGUN}{_WHERE}{_WHEN}"),
        lambda own: rf"{own}{_AFTER_NAME}{_BEGUN}{_WHERE}{_WHEN}",
    ),
    "built first": (LazyPattern(_FRONTED_BEGUN), lambda own: rf"{_FRONTED_BEGUN}(?:the\s+)?{own}"),
    "since": (LazyPattern(_SINCE), lambda own: rf"{own}{_AFTER_NAME}{_SINCE}"),
    "begun by": (LazyPattern(_BEGUN_ACTIVE), lambda own: rf"{_BEGUN_ACTIVE}{own}{_OBJECT_ASIDE}"),
    "begun after a year": (
        LazyPattern(_YEAR_FIRST_BEGUN),
        lambda own: rf"{_YEAR_FIRST_BEGUN}{own}(?![\w'-])(?!’)",
    ),
    "begun passive after a year": (
        LazyPattern(_YEAR_FIRST_PASSIVE.replace("{own}", r"[^.;]{1,80}?")),
        lambda own: _YEAR_FIRST_PASSIVE.replace("{own}", own),
    ),
    "begun aside": (LazyPattern(_BEGUN_ASIDE), lambda own: rf"{own}{_BEGUN_ASIDE}"),
    "work of a year": (
        LazyPattern(_WORK_OF_A_YEAR),
        lambda own: rf"{own}(?:\s*\([^)]*\))?{_WORK_OF_A_YEAR}",
    ),
    "work released": (
        LazyPattern(_WORK_RELEASED),
        lambda own: rf"{own}(?:\s*\([^)]*\))?{_WORK_RELEASED}",
    ),
    "since begun": (
        LazyPattern(rf"(?i:{_ITS_BEGINNING})"),
        lambda own: (
            rf"(?i:{_ITS_BEGINNING}),?\s+(?:the\s+)?{own}|{own}\b[^.;]{{0,80}}?\b{_ITS_BEGINNING}"
        ),
    ),
    "gone": (
        LazyPattern(rf"{_ENDED}{_WHERE}{_WHEN}"),
        lambda own: rf"{own}{_AFTER_NAME}{_ENDED}{_WHERE}{_WHEN}",
    ),
    "gone aside": (LazyPattern(_ENDED_ASIDE), lambda own: rf"{own}{_ENDED_ASIDE}"),
    "death": (
        LazyPattern(rf"\bdeath{_WHERE}{_WHEN}"),
        lambda own: rf"{_DEATH}{own}{_WHERE}{_WHEN}",
    ),
    "own death": (
        LazyPattern(_OWN_DEATH),
        # the possessive stands where the whole name's closing look-ahead forbids it
        lambda own: own.removesuffix(_NAME_CLOSES) + _OWN_DEATH,
    ),
    "life": (LazyPattern(_LIFESPAN), lambda own: rf"{own}{_LIFESPAN}"),
    "held": (LazyPattern(_HELD_SPAN), lambda own: rf"{own}{_AFTER_NAME}{_HELD_SPAN}"),
    "begun then gone": (
        LazyPattern(_BEGUN_THEN_ENDED),
        lambda own: rf"{own}{_AFTER_NAME}{_BEGUN_THEN_ENDED}",
    ),
    "titled": (LazyPattern(_TITLE_YEAR), lambda own: rf"{own}{_TITLE_YEAR}"),
}
"""How a text tells when a named thing came to be or ceased to be (``_lifetime``): a part
of the pattern without the name, compiled once, and the whole pattern for a name (``own``).
A sentence without the part cannot match the whole, which is compiled for a name only when
one of its sentences holds the part: compiling costs far more than reading a sentence."""


_NAME_CLOSES = r"(?![\w'-])(?!’)"
"""The look-ahead that closes a ``whole_name`` pattern: no word goes on after the name."""
_LIKENED_BEFORE = r"(?:\b[Jj]ust\s+as|\b[Mm]uch\s+as|(?:^|[,;]\s*)[Ll]ike|\bas\s+did)\s+"
"""What likens a person named next to another: "just as ", "much as ", "Like ", "as did "."""


@lru_cache(maxsize=16384)
def _lifetime_forms_in(text: str) -> frozenset[str]:
    """The forms of ``_LIFETIME_FORMS`` whose part ``text`` holds: read once for every name
    the sentence names."""
    return frozenset(form for form, (part, _) in _LIFETIME_FORMS.items() if part.search(text))


def _after_the_name(build: Callable[[str], str]) -> str:
    """What a pattern of ``_LIFETIME_FORMS`` (made by ``build`` around a whole name) needs
    right after the name: all it writes after it where it writes the name once in a row of
    parts (never within an alternative: every ``build`` writes the name in each of its
    alternatives), else what the whole name needs after it."""
    pieces = build(NAME_OPENS + "\0" + NAME_CLOSES).split("\0")
    return pieces[1] if len(pieces) == 2 else NAME_CLOSES


_AFTER_THE_NAME = {form: _after_the_name(build) for form, (_, build) in _LIFETIME_FORMS.items()}


@lru_cache(maxsize=1024)
def _lifetime_pattern(form: str, name: str) -> NamedPattern:
    """The pattern ``form`` of ``_LIFETIME_FORMS`` for ``name``, compiled only for a text
    that writes the name with what the form needs after it."""
    build = _LIFETIME_FORMS[form][1]
    return NamedPattern(build(whole_name(name).pattern), name, _AFTER_THE_NAME[form])


def _lifetime(name: str, texts: Iterable[str]) -> tuple[int | None, int | None]:
    """The earliest year ``texts``, sentences that name ``name``, say it came to be (built,
    released, born, opened, someone founded or introduced it, or a treaty or a law named with
    its year: "the Treaty of Orm 1957") and the latest they say it ceased to be
    (demolished, dissolved, died), also both at once ("ruled from 1368 to 1644", "founded in
    1201 and dissolved in 1410"), each None where they say none."""
    begun: list[int] = []
    ended: list[int] = []
    for text in texts:
        said = {
            form: [match.groups() for match in _lifetime_pattern(form, name).finditer(text)]
            for form in _lifetime_forms_in(text)
            # "SINCE ITS FOUNDING" in capitals was never read: the part reads any case
            if not form.startswith("since") or "since" in text or "Since" in text
            if form != "titled" or _INSTRUMENT.search(name)
        }
        for form in (
            "built",
            "built first",
            "begun by",
            "begun after a year",
            "begun passive after a year",
            "begun aside",
            "work of a year",
            "work released",
            "since",
            "titled",
        ):
            begun += (int(year) for (year,) in said.get(form, ()))
        begun += (int(year or other) for year, other in said.get("since begun", ()))
        for form in ("gone", "gone aside", "death", "own death"):
            ended += (int(year) for (year,) in said.get(form, ()))
        spans = [(after or dashed, last) for after, dashed, last in said.get("held", ())]
        for first, last_year in [*spans, *said.get("begun then gone", ())]:
            if int(first) < int(last_year):
                begun.append(int(first))
                ended.append(int(last_year))
        for born, died in said.get("life", ()):
            # "(1861–65)": the end in the beginning's century, or the next one's
            last = int(died) if len(died) > 2 else int(born) // 100 * 100 + int(died)
            if len(died) <= 2 and last <= int(born):
                last += 100
            if int(born) < last:
                begun.append(int(born))
                ended.append(last)
    return min(begun, default=None), max(ended, default=None)


def _named_or_owning(name: str) -> re.Pattern[str]:
    """``name`` written whole, also before its possessive ("Holm's", "Holm’s")."""
    return re.compile(rf"(?<![\w'-])(?<!’){re.escape(name)}(?=['’]s?\s|{_NAME_CLOSES})")


def _naming_or_owning(evidence: DocumentEvidence, document: str, name: str) -> list[str]:
    """The document's sentences that name ``name`` whole, or as an owner ("after Edda's
    death"), in their order."""
    owning = [
        text
        for mark in ("'s", "’s")
        for text in evidence.sentences_with_words(document, name + mark)
    ]
    named = evidence.sentences_naming(document, name)
    if not owning:  # no owner's mark: the name's pattern is not compiled
        return list(named)
    pattern = _named_or_owning(name)
    return [*named, *(text for text in dict.fromkeys(owning) if pattern.search(text))]


def _told_of_person(evidence: DocumentEvidence, document: str, name: str) -> list[str]:
    """The sentences that tell of the person ``name``: those naming or owning them, and the
    "He"/"She" sentences that go on after one; where a birth or a career start is read."""
    return [*_naming_or_owning(evidence, document, name), *evidence.told_of_after(document, name)]


def _kin_named(text: str, surname: str) -> bool:
    """Whether ``text`` names anyone by ``surname`` with a name before it ("Clara Holm", "Edda
    Holm"): "Holm" there may be another of the family. "After Holm's death" names none."""
    before = re.finditer(rf"([A-Z][\w’'-]*)\s+{re.escape(surname)}\b", text)
    return any(
        match.group(1).casefold() not in lexicon.FUNCTION_WORDS | lexicon.CONNECTORS
        for match in before
    )


def _surname(name: str) -> str | None:
    """The family name of a person's full name ("Holm" of "Edda Holm", "Edda Ros Holm"), never
    of a place's ("Victoria Street"); else None."""
    return name.split()[-1] if lexicon.reads_as_personal_name(name) else None


def _named_after_kin(evidence: DocumentEvidence, document: str, value: str) -> bool:
    """Whether the document says ``value`` was named after someone sharing a word of it
    ("Vell Mesa, named after Jon Vell", "named the cape Vell Mesa for Jon Vell")."""
    own = re.escape(value)
    patterns = (
        rf"(?<![\w'-])(?<!’){own}{_NAMED_AFTER}",
        rf"{_NAMED_AS}{own}\s+{_AFTER_WHOM}",
    )
    words = set(value.split())
    return any(
        match["whom"] != value and not words.isdisjoint(match["whom"].split())
        for text in evidence.sentences_with_words(document, value)
        if _NAMING.written_beside(text, value)  # else the name's patterns are not compiled
        for pattern in patterns
        for match in re.finditer(pattern, text)
    )


_AFTER_WHOM = (
    r"(?:after|for|in\s+honou?r\s+of)\s+(?:(?:the|his|her|its)\s+)?(?:[a-z]+\s+)?"
    r"(?P<whom>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)"
)
_NAMED_AFTER = rf",?\s+(?:which\s+|that\s+)?(?:was\s+|were\s+|is\s+)?named\s+{_AFTER_WHOM}"
_NAMED_AS = r"\bnamed\s+(?:it\s+|the\s+[a-z]+\s+)?"
_NAMING = NameBeside(before=_NAMED_AS, after=_NAMED_AFTER)
"""A naming beside a name: "X, named after Jon Vell", "named the cape X for Jon Vell"."""


def _years_of_time(value: str) -> tuple[int, int] | None:
    """The first and the last year of a year, a date, a decade or a century ("late 16th
    century": 1567 to 1600; "1800s" reads as a century), or None."""
    date = parse_date(value)
    if date is not None:
        return date.year, date.year
    year = number_value(value)
    if year is not None:
        return year, year
    return _period_years(value)


def _period_years(value: str) -> tuple[int, int] | None:
    """The first and the last year of a decade or a century, of its part where it names one
    ("late 16th century": 1567 to 1600); a round hundred ("the 1800s") is a century."""
    century = _CENTURY.match(value.strip())
    if century and not re.search(r"\d", century.group(1)) and " and " not in value:
        start = _first_year_of_century(century)
        end = int(century.group(2)) * 100
        part = re.search(r"\b(early|mid|middle|late)\b", century.group(1), re.IGNORECASE)
        return start, min(end, start + 33) if part else end
    decade = _DECADE.match(value.strip())
    if decade:
        first = int(decade.group(1))
        return first, first + (99 if first % 100 == 0 else 9)
    return None


_PERIOD_IN_TEXT = LazyPattern(
    r"\b(?:(?:early|mid|middle|late)[\s-]+)?\d{1,2}(?:st|nd|rd|th)[\s-]+century\b"
    r"|(?<![\d.,£$€])\b(?:1\d{2}0|20\d0)s\b",
    re.IGNORECASE,
)
"""A century or a decade a sentence names: "the late 19th century", "the 1960s"."""


_ARRIVED = (
    r"\s+(?:(?:had\s+)?(?:first\s+)?(?:reached|arrived\s+(?:in|at)|came\s+to))"
    r"\s+(?:[\w’'-]+\s+){1,4}?in\s+(1\d{3}|20\d{2})\b"
)
"""A thing's coming to a place, with its year: " reached the valley in 1881", " arrived in
Kelburn in 1881", " came to the town in 1881"."""


def _prompt_nouns(prompt: str) -> list[str]:
    """The lower-case nouns of a question ("railway", "town"), but words of time."""
    found = []
    for word in re.findall(r"(?<![\w’'-])[a-z][a-z-]{3,}(?![\w’'-])", prompt):
        if word not in _GENERIC_NOUNS and "NOUN" in word_tags(word) and word not in found:
            found.append(word)
    return found


def _framing_period(fact: FactRecord) -> tuple[int, int] | None:
    """The years of a decade or a century the fact's sentence names that hold an imported
    year key ("unrest during the 1960s, beginning in 1962"): the sentence places what it
    tells within it, so an option outside it ("1959") is ruled out by the sentence alone.
    None where it names none."""
    if fact.origin != "auto" or fact.kind not in ("year", "date"):
        return None
    key = _years_of_time(fact.answer)
    if key is None:
        return None
    frame: tuple[int, int] | None = None
    for match in _PERIOD_IN_TEXT.finditer(fact.quote):
        period = _period_years(match.group(0))
        if period is not None and period[0] <= key[0] and key[1] <= period[1]:
            frame = _within(frame, period)
    return frame


def _within(
    window: tuple[int, int] | None, other: tuple[int, int] | None
) -> tuple[int, int] | None:
    """The years two windows share (either None: the other)."""
    if window is None or other is None:
        return window or other
    return max(window[0], other[0]), min(window[1], other[1])


def _overlaps(span: tuple[int, int] | None, window: tuple[int, int]) -> bool:
    """Whether the years of an option share one with a window of years."""
    return span is not None and span[0] <= window[1] and window[0] <= span[1]


def _neighbours(country: str) -> tuple[str, ...]:
    """The near neighbours of ``country``, else of the country it is another name of
    ("Britain")."""
    return lexicon.NEIGHBOURS.get(country) or lexicon.NEIGHBOURS.get(country_of(country) or "", ())


@lru_cache(maxsize=1024)
def _near_countries(country: str) -> frozenset[str]:
    """The countries within two steps of ``country`` (``lexicon.near_countries``), else of
    the country it is another name of."""
    return lexicon.near_countries(country) or lexicon.near_countries(country_of(country) or "")


@lru_cache(maxsize=65536)
def _head(value: str, kind: str) -> str | None:
    return head_noun(value, kind)


_SYNONYM_GROUPS = (
    ("Netherlands", "Holland", "the Netherlands"),
    ("United Kingdom", "Britain", "Great Britain", "UK", "England"),
    ("United States", "America", "USA", "US", "United States of America"),
    ("Soviet Union", "USSR", "Russia"),
    ("Myanmar", "Burma"),
    ("Iran", "Persia"),
    ("Thailand", "Siam"),
    ("Sri Lanka", "Ceylon"),
    ("Czechia", "Czech Republic", "Bohemia"),
    ("Ivory Coast", "Côte d'Ivoire"),
)
_SYNONYMS = {
    normalize(name): index for index, group in enumerate(_SYNONYM_GROUPS) for name in group
}


def synonyms(first: str, second: str) -> bool:
    """Whether two names may stand for the same country ("Holland" and "the Netherlands")."""
    group = _SYNONYMS.get(normalize(first))
    return group is not None and group == _SYNONYMS.get(normalize(second))


_CONTINENTS = word_set(
    "Europe Asia Africa America Americas Australia Antarctica Oceania Eurasia Australasia"
    " Scandinavia Levant Balkans"
)


def _continental(name: str) -> bool:
    """Whether a name is a continent or a part of one ("Central Europe", "South America")."""
    return any(word in _CONTINENTS for word in name.split())


_SORT_WORDS = (
    word_set("Limited PLC plc LLC GmbH")
    | lexicon.ORGANISATION_WORDS
    | lexicon.PLACE_WORDS
    | lexicon.EVENT_WORDS
    | lexicon.COUNTRY_WORDS
)
_COMPASS = word_set(
    "North South East West Northern Southern Eastern Western Central Upper Lower Greater Inner"
    " Outer Middle Northeast Northwest Southeast Southwest Northeastern Northwestern"
    " Southeastern Southwestern"
)
_QUALIFIERS = _COMPASS | (lexicon.IRREGULAR_DEMONYMS - word_set("New Old Great"))
"""First words that make a name a part of a larger area ("Northern California", "Norman
Italy"): such a region is no option among towns, nor a town among such regions."""
_INSTITUTION_WORDS = lexicon.ORGANISATION_WORDS | word_set("Tech Polytechnic Seminary Conservatory")
"""Last words of a name that make it an institution's ("Kell Tech", "Orm College")."""
_INSTITUTION_NOUNS = (
    r"(?:college|university|school|academy|institute|polytechnic|seminary|conservatory"
    r"|company|firm|corporation|business|employer|hospital|museum|library)"
)
"""Nouns a document calls an institution by ("Kell Tech, a technical college")."""
_NOUN_PHRASE_END = (
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:in|on|at|of|near|by|for|with|since|that|which|where|and"
    r"|is|was|has|had|opened|founded)\b)"
)
"""The end of a noun phrase after its head ("a college, ...", "a college in Orsk"), never
a noun before another ("a college student", "a company founder")."""
_STUDIED_AT = (
    r"(?:studied|study|studies|studying|enrolled|graduated|graduating|taught|teaches|teaching"
    r"|lectured|trained|worked|works|working)"
)
"""Verbs of what someone does at a school or a firm ("studied law at Kell Tech")."""


_CALLED_AN_INSTITUTION = rf",?\s+(?:is\s+|was\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?{_INSTITUTION_NOUNS}{_NOUN_PHRASE_END}"
_AN_INSTITUTION_CALLED = rf"\b[Tt]he\s+(?:[a-z-]+\s+)?{_INSTITUTION_NOUNS}\s+"
_STUDIED_AT_PLACE = rf"\b{_STUDIED_AT}\s+(?:[a-z]+\s+){{0,2}}?(?:at|from)\s+(?:the\s+)?"
_INSTITUTION = NameBeside(
    before=f"{_AN_INSTITUTION_CALLED}|{_STUDIED_AT_PLACE}", after=_CALLED_AN_INSTITUTION
)
"""An institution's noun or a verb of study beside a name: "X, a technical college", "the
college X", "studied law at X"."""


@lru_cache(maxsize=4096)
def _called_an_institution(name: str) -> re.Pattern[str]:
    """What says ``name`` is an institution (see ``DistractorPool._institution``)."""
    named = re.escape(name)
    return re.compile(
        rf"(?<![\w'-])(?<!’){named}{_CALLED_AN_INSTITUTION}"
        rf"|{_AN_INSTITUTION_CALLED}{named}(?![\w'-])(?!’)"
        rf"|{_STUDIED_AT_PLACE}{named}(?![\w'-])(?!’)"
    )


_LAND_WORDS = lexicon.PLACE_WORDS | word_set("Land Lands Point Sound Bluff Inlet Fjord Shelf Peak")
_ASKS_FOR_A_PERSON = LazyPattern(r"(?:Who|Whom|Whose)\b")


_PEOPLE_WORD = r"[A-Z][a-z]+(?:an|ine|ese|ic|ish|i)"
_ASKED_PEOPLE = LazyPattern(
    rf"(?:Which|What)\s+({_PEOPLE_WORD})\s+[a-z]"
    rf"|(?:Who|Whom)\s+(?:led|commanded|ruled)\s+(?:the\s+)?({_PEOPLE_WORD})s?\b"
    rf"|Under\s+whom\s+did\s+(?:the\s+)?({_PEOPLE_WORD})s?\s"
)
"""A question that names the people of the person it asks for: "Which Orskan duke ...?",
"Who led the Orskans ...?", "Under whom did Orskan raiders ...?" (a people the question
names otherwise, "Who brought Orskan songs to Kell?", may be another than the person's)."""
_PEOPLE = LazyPattern(rf"\b{_PEOPLE_WORD}s?\b")
"""A people's adjective or name: "Orskan", "Orskans"."""


def asks_for_person(prompt: str) -> bool:
    """Whether a question asks for a person: "Who ...?", "Which explorer ...?"."""
    if _ASKS_FOR_A_PERSON.match(prompt):
        return True
    asked = _ASKED_ROLE.match(prompt)
    return asked is not None and asked.group(1) is not None


VENUE_WORDS = word_set(
    "Arena Stadium Center Centre Coliseum Colosseum Ballpark Speedway Racecourse Velodrome"
    " Gymnasium Pavilion Building Theatre Theater Auditorium Hospital Cemetery Mall"
)
"""Last words of a building's or a sports ground's name ("Holm Arena", "the Ada Wren
Center"), which no surname ends in."""
_BUILDING_WORDS = VENUE_WORDS | word_set("Hall Field Commons House Library Museum Gallery")
"""Last words of a place's name that make it a building or a ground, never an option among
towns or districts ("Kell Hall", "Corvin Field"); some are surnames too, so only places."""
_BUILDING_NOUNS = word_set(
    "mall arena stadium hotel museum theatre theater cathedral church temple mosque palace"
    " castle tower hospital library station airport building skyscraper venue"
)
"""Lower-case nouns of a building or a ground a document calls a place by ("Orm Plaza is the
largest shopping mall in the city")."""
_CALLED_A_BUILDING = (
    r"(?:,|\s+(?:is|was))\s+(?:a|an|the)\s+(?:(?!of\s)[a-z][\w-]*\s+){0,3}?"
    rf"(?:{'|'.join(sorted(_BUILDING_NOUNS))})\b"
)
_STATES = lexicon.STATES_AND_PROVINCES - {
    "New York",
    "Washington",
    "Victoria",
    "Quebec",
    "Georgia",
    "Mississippi",
}
"""States and provinces whose name is no city's, country's or river's too."""
_INSTITUTION_OR_BUILDING_WORDS = (
    lexicon.ORGANISATION_WORDS
    | VENUE_WORDS
    | word_set("Church Chapel Abbey Cathedral Monastery Priory Temple Mosque Synagogue")
)
"""Last words that make a name an institution's or a building's, never a person's: "Kell
Church", "Edda Holm Center"."""
_TITLES = word_set("Miss Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Sir Dame Lord Lady Madame Monsieur")
"""Words before a person's name that set it apart from plain names at a glance."""
_PEOPLE_WORDS = lexicon.IRREGULAR_DEMONYMS - _COMPASS - word_set("New Old Great")
"""A people's adjective, which ends the name of a language or a style ("Old Norse",
"Modern English"), never of a place."""
_A_PEOPLE = LazyPattern(
    "|".join(
        [_PEOPLE_WORD, *map(re.escape, sorted(_PEOPLE_WORDS, key=lambda word: (-len(word), word)))]
    )
)
"""A people's word ("British", "Dutch"): it names no subject whose story has a start."""


def sort_word(name: str) -> str | None:
    """The sort a name gives itself ("Orange County", "Parliament of Victoria": "County",
    "Parliament"), or None ("Sydney")."""
    words = name.split()
    if "of" in words[1:]:
        words = words[: words.index("of")]
    return words[-1] if words and words[-1] in _SORT_WORDS else None


def sort_first(name: str) -> bool:
    """Whether a name puts its sort word first, before "of" ("County of Ossby", "University
    of Kell"), rather than last ("Ossby County")."""
    words = name.split()
    return len(words) > 2 and words[1] == "of" and words[0] in _SORT_WORDS


def other_wording(name: str) -> str | None:
    """The same name with its sort word moved to the other end: "County of Ossby" ↔ "Ossby
    County"; None for a name without a sort word."""
    words = name.split()
    if sort_first(name):
        return " ".join([*words[2:], words[0]])
    sort = sort_word(name)
    if sort is None or len(words) < 2 or words[-1] != sort:
        return None
    return f"{sort} of {' '.join(words[:-1])}"


def _stems(name: str) -> set[str]:
    """The first five letters of each word of a name but its sort word and connectors."""
    sort = sort_word(name)
    return {
        normalize(word)[:5]
        for word in name.split()
        if word != sort and word.casefold() not in lexicon.CONNECTORS
    }


_DESCRIBING_NAME = LazyPattern(r"[A-Z][a-z]+(?:ese|ic|ish)")
"""A capitalised adjective of a people, a faith or a place ("Tarlandic", "Ormese"): it
describes a thing, never names one. Not "-an" nor "-i", the ends of names too ("Morgan",
"Helsinki"): those only as a people's word the lexicon knows ("Kenyan", "Iraqi")."""


def described_head(answer: str, value: str) -> bool:
    """Whether a term option is the key's own head noun alone or with words that describe
    it ("sweet glaze", "Tarlandic glaze" beside "Orm glaze", "liquid brine" beside "cold
    brine"), rather than the name of another thing of its sort ("Tarn glaze"): such an
    option may describe the answer too, or answers another question."""
    if normalize(answer) == normalize(value) or _head_noun(answer)[0] != _head_noun(value)[0]:
        return False
    return all(
        word.islower()
        or "ADJ" in word_tags(word)
        or _DESCRIBING_NAME.fullmatch(word) is not None
        or word in lexicon.COUNTRY_DEMONYMS
        or country_of(word) is not None
        for word in value.split()[:-1]
    )


@lru_cache(maxsize=4096)
def _head_noun(term: str) -> tuple[str, bool]:
    """A term's last word as its dictionary form, and whether it is plural."""
    word = term.split()[-1].casefold()
    lemma = (getLemma(word, upos="NOUN") or (word,))[0]  # rules for words it does not list
    return lemma, lemma != word


def _acronym(word: str) -> bool:
    return len(word) > 1 and word.isupper()


def same_shape(kind: str, answer: str, value: str) -> bool:
    """Whether ``value`` has the shape of the answer's sort, as far as the names show it: a
    county for a county ("Orange County", never "County of Ossby" beside it), a parliament for a parliament ("Parliament of X",
    never "Parliament House"), an acronym for an acronym, a ship ("HMS X") only for a ship, a
    region ("Northern X") only for a region, a term in the answer's number ("grana" is no
    option beside "stroma") and of its length in words (a sort of problem, "function problem",
    for a sort, never a named one, "integer factorization problem"), and no word of a place in
    a person's name, nor a surname alone, a title ("Miss X") or an institution's or a
    building's last word ("X Church", "X Arena") unless the key has one too, and no person
    where either is named with a figure or as a teaching ("Orsby F2", "Vellish Stoicism")."""
    words, answer_words = value.split(), answer.split()
    if not words or not answer_words:
        return False
    if kind == "term":  # "a decision problem" is a sort, "the integer factorization problem" one
        plural = _head_noun(answer)[1] == _head_noun(value)[1]
        return plural and len(answer.split()) == len(value.split())
    if value[:1].islower() != answer[:1].islower():
        return False  # "kingdoms of Francia": a phrase cut from a sentence, no name
    if kind == "person":
        if (len(words) == 1) != (len(answer_words) == 1):
            return False  # a surname alone among full names stands out as the key
        if (words[0] in _TITLES) != (answer_words[0] in _TITLES):
            return False  # "Miss Rowe" among plain names
        if (words[-1] in _INSTITUTION_OR_BUILDING_WORDS) != (
            answer_words[-1] in _INSTITUTION_OR_BUILDING_WORDS
        ):
            return False  # a church among people, or a person among bodies
        if any(_NO_PERSONS_WORD.search(name) for name in (answer, value)):
            return False  # "Orsby F2", a team; "Vellish Stoicism", a teaching
        return not any(word in _LAND_WORDS for word in (*words, *answer_words))
    if len(words) == 1 and value in _SORT_WORDS:
        return False  # "Times", "College": a sort without its name
    if sort_word(answer) != sort_word(value) and kind in ("organisation", "place", "event"):
        return False
    if kind == "place" and sort_first(answer) != sort_first(value):
        return False  # "County of Ossby" beside "Marsh County": worded unlike the key
    if _acronym(answer.replace(" ", "")) != _acronym(value.replace(" ", "")):
        return False
    prefixed = [
        len(w) > 1 and _acronym(w[0]) and not _acronym("".join(w)) for w in (answer_words, words)
    ]
    if prefixed[0] != prefixed[1]:
        return False  # "HMS Calcutta" among towns
    if kind in ("place", "country"):
        qualified = [len(w) > 1 and w[0] in _QUALIFIERS for w in (answer_words, words)]
        return qualified[0] == qualified[1]
    return True


_NO_PERSONS_WORD = LazyPattern(
    r"\d|\b[A-Z][a-z]+ism\b|\b(?![IVXL]+\b)[A-Z]{2,}\b|^Great\s"
    r"|^(?:Blue|Red|Green|Golden|Fighting)\s(?:\S+\s)*\S+s$"
)
"""A figure ("Orsby F2", a team or a machine), a teaching ("Vellish Stoicism"), a word in
capitals that is no ruler's numeral ("Kell OS", a program), a title ("Great Khan") or a
team's colour before a plural ("Blue Herons"; "Blue Ivy Carter" is a person): no person's
name."""
_ARTICLE = LazyPattern(r"(?i)the\s")
MAX_WORD_GAP = 1
"""The most words an option of an imported name may have more or fewer than the key: the one
long option among short ones is the one to pick."""


MAX_LENGTH_RATIO = 2.5
"""The most times longer in letters one of an option and its key may be where either has
several words ("Vell Academy" beside "Saint Olafsburg-Wennerby Academy"); one-word names
differ in length by their spelling alone ("Lind", "Mendelssohn")."""


def same_form(answer: str, value: str) -> bool:
    """Whether an option looks like the key at a glance: both or neither start with "the",
    their lengths in words differ by at most ``MAX_WORD_GAP`` and, for names of several
    words, in letters by a factor of at most ``MAX_LENGTH_RATIO`` (a form that gives the key away lets a
    learner answer without knowing)."""
    if bool(_ARTICLE.match(answer)) != bool(_ARTICLE.match(value)):
        return False
    if abs(len(answer.split()) - len(value.split())) > MAX_WORD_GAP:
        return False
    if " " not in answer.strip() and " " not in value.strip():
        return True
    shorter, longer = sorted((len(answer.strip()), len(value.strip())))
    return longer <= MAX_LENGTH_RATIO * shorter


def same_person_form(answer: str, value: str) -> bool:
    """Whether a person option is written like the key: both or neither with a title
    (``titled``), both or neither a single name ("Lind" among "Ivo Moss" and "Ada Kell" is
    the one without a given name), both or neither a ruler's numbered name ("Olaf II")."""
    if titled(answer) != titled(value):
        return False
    if bool(_REGNAL.search(answer)) != bool(_REGNAL.search(value)):
        return False
    return (" " in answer.strip()) == (" " in value.strip())


_REGNAL = LazyPattern(r"\s[IVX]+\b(?:\s+of\s|$)")
"""A ruler's numeral ending a name, or before the realm: "Olaf II", "Olaf II of Orm"."""


_LINKING_WORDS = (
    lexicon.FUNCTION_WORDS
    | lexicon.CONNECTORS
    | word_set("a an to is are was were be been do does did has have had")
)


def repeats_the_prompt(prompt: str, answer: str, value: str) -> bool:
    """Whether an option repeats a word of the question that the key does not have ("Who
    wrote Orm?" with "Orm Society", "... at the fair in May?" with "May 20, 1901"): a learner
    drops it without knowing the fact, for a question seldom names its own answer."""
    words = set(normalize(value).split()) - set(normalize(answer).split()) - _LINKING_WORDS
    return not words.isdisjoint(normalize(prompt).split())


def odd_one_out(answer: str, options: Sequence[str]) -> bool:
    """Whether several wrong options share a word the key lacks ("Kell Hall", "Bond Hall",
    "Orm Hall" beside "Tarland"): the one without it is the key."""
    if len(options) < 2:
        return False
    shared = set.intersection(*(set(normalize(option).split()) for option in options))
    return bool(shared - set(normalize(answer).split()) - _LINKING_WORDS)


def overlapping(first: str, second: str) -> bool:
    """Whether two names may stand for the same thing or one contain the other: another name
    of one country ("Holland"), a country and its part ("Britain", "Wales"), the same sort of
    the same name ("Victorian Parliament", "Parliament of Victoria")."""
    if synonyms(first, second):
        return True
    if first in lexicon.PARTS_OF.get(second, ()) or second in lexicon.PARTS_OF.get(first, ()):
        return True
    if _spelled_alike(first, second):
        return True
    sort = sort_word(first)
    if sort is None or sort != sort_word(second):
        return False
    return bool(_stems(first) & _stems(second)) or _same_body(first, second)


def _spelled_alike(first: str, second: str) -> bool:
    """Whether two names are one person spelled two ways ("Alexius Komnenos", "Alexius I
    Comnenus", "Bohemond I", "Bohemund I"): the same first name, a surname a letter or two
    apart, no clashing numeral; or one name a letter or two apart with the same numeral
    (``people_sharing_a_spelling_key`` finds the only names that can be)."""
    numerals = [numerals_and_words(name)[0] for name in (first, second)]
    if numerals[0] and numerals[1] and numerals[0] != numerals[1]:
        return False  # "Henry I" and "Henry II"
    words = [numerals_and_words(name)[1] for name in (first, second)]
    if len(words[0]) == len(words[1]) == 1 and numerals[0] and numerals[0] == numerals[1]:
        return _alike_letters(words[0][0].casefold(), words[1][0].casefold())
    if min(len(words[0]), len(words[1])) < 2 or words[0][0] != words[1][0]:
        return False
    last, other_last = words[0][-1].casefold(), words[1][-1].casefold()
    if last == other_last:
        return words[0] == words[1]
    return _alike_letters(last, other_last)


def _alike_letters(first: str, second: str) -> bool:
    """Whether two words of five letters or more differ by a letter or two: one name's two
    spellings ("Komnenos", "Comnenus")."""
    return (
        min(len(first), len(second)) >= 5
        and Levenshtein.normalized_similarity(first, second) >= 0.7
    )


ONE_PER_COUNTRY = word_set(
    "Parliament Congress Diet Legislature Government Navy Army Crown Senate Cabinet Treasury"
)
"""Sorts of body a country has one of: two such names of one country are one body."""
NATIONAL_WORDS = word_set("Imperial Federal National Commonwealth Royal Union")
"""Words that name a country's own body without naming the country (a colony's text may call
the mother country's parliament "the Imperial Parliament"): such a body may be any country's."""
_DEMONYM_COUNTRIES = {
    "British": "United Kingdom",
    "English": "England",
    "French": "France",
    "Dutch": "Netherlands",
    "Welsh": "Wales",
    "Scottish": "Scotland",
    "Irish": "Ireland",
    "Swiss": "Switzerland",
    "Spanish": "Spain",
    "Danish": "Denmark",
    "Swedish": "Sweden",
    "Finnish": "Finland",
    "Polish": "Poland",
    "Turkish": "Turkey",
    "Greek": "Greece",
    "Thai": "Thailand",
    "Filipino": "Philippines",
    "Portuguese": "Portugal",
    "Norwegian": "Norway",
    "American": "United States",
}


def _qualifier(name: str) -> str:
    """What a body's name says it belongs to: "United Kingdom" of "United Kingdom
    Parliament" or of "Parliament of the United Kingdom"."""
    words = name.split()
    if "of" in words[1:]:
        rest = words[words.index("of") + 1 :]
        return " ".join(rest[1:] if rest[:1] == ["the"] else rest)
    return " ".join(words[:-1])


@lru_cache(maxsize=4096)
def country_of(qualifier: str) -> str | None:
    """The country a qualifier names, by its name, a short form or its adjective ("British",
    "Australian"), as the first name of its synonyms; None for anything else ("Tarlandic")."""
    name = _DEMONYM_COUNTRIES.get(qualifier, qualifier)
    group = _SYNONYMS.get(normalize(name))
    if group is not None:
        return _SYNONYM_GROUPS[group][0]
    if name in lexicon.COUNTRIES:
        return name
    if qualifier in lexicon.IRREGULAR_DEMONYMS or re.fullmatch(r"[A-Z][a-z]+(?:an|ese|i)", name):
        # the adjective keeps all but maybe the last letter: "Chinese", "Canadian", "Iraqi";
        # the longest name first ("Nigerian": Nigeria, not Niger)
        country = min(
            (c for c in lexicon.COUNTRIES if len(c) >= 4 and name.startswith(c[:-1])),
            key=lambda c: (not name.startswith(c), -len(c), c),
            default=None,
        )
        return country if country is None or country == name else country_of(country)
    return None


def same_body_names(answer: str, names: Iterable[str]) -> list[str]:
    """The names among ``names`` that surely name the answer's body: of its sort, where a
    country has one, and its country ("British Parliament" for "United Kingdom Parliament"),
    or its place written the other way ("Parliament of Tarland" for "Tarland Parliament").
    A national-only name ("Federal Parliament") may be any country's: never accepted."""
    sort = sort_word(answer)
    if sort is None:
        return []
    country = country_of(_qualifier(answer)) if sort in ONE_PER_COUNTRY else None
    stems = _stems(answer)
    return [
        name
        for name in dict.fromkeys(names)
        if name != answer
        and sort_word(name) == sort
        and (
            (country is not None and country_of(_qualifier(name)) == country)
            or (bool(stems) and _stems(name) == stems)
        )
    ]


_ARTICLED_COUNTRY = LazyPattern(r"^United\b|\b(?:Republic|Kingdom|Union|Emirates)\b|s$")
"""A country named with "the": "the United Kingdom", "the Czech Republic", "the Netherlands"."""


_INITIALS = LazyPattern(r"(?:[A-Z]\.?){2,4}")
"""A country's short form in capitals, dotted or not: "US", "U.K.", "USA"."""


def national_body_forms(answer: str) -> list[str]:
    """The ways a learner names a country's one body of a sort ("UK Parliament", "British
    Parliament", "Parliament of the United Kingdom" for any of them), whether or not the
    document writes them: the country by its name, its short forms and its adjective."""
    sort = sort_word(answer)
    if sort not in ONE_PER_COUNTRY:
        return []
    country = country_of(_qualifier(answer))
    if country is None:
        return []
    adjectives = [word for word, name in _DEMONYM_COUNTRIES.items() if name == country]
    # Only a short form in capitals names a body before its sort word: "US Congress", never
    # "America Congress" or "Britain Parliament" (the adjective says those: "British").
    initials = [form for form in lexicon.SHORT_FORMS.get(country, ()) if _INITIALS.fullmatch(form)]
    qualifiers = [country, *initials, *adjectives]
    forms = [f"{qualifier} {sort}" for qualifier in qualifiers]
    the = "the " if _ARTICLED_COUNTRY.search(country) else ""
    forms.append(f"{sort} of {the}{country}")
    return [form for form in dict.fromkeys(forms) if form != answer]


_PEOPLE_ADJECTIVE = re.compile(r"[A-Z][a-z]+(?:an|ese|ish)")
"""The shape of a people's adjective ("Vessian", "Orrese", "Kellish")."""


def _people_or_state(qualifier: str) -> bool:
    """Whether a body's qualifier is a state's name or a people's adjective of no country
    ("Vessian", "Roman"), rather than an English word ("Republican")."""
    return qualifier in lexicon.STATES_AND_PROVINCES or (
        _PEOPLE_ADJECTIVE.fullmatch(qualifier) is not None
        and (qualifier in lexicon.IRREGULAR_DEMONYMS or not lexicon.english_word(qualifier))
    )


def lone_body_forms(
    answer: str,
    names: Iterable[str],
    sentences: Callable[[str], Sequence[str]],
    prompt: str = "",
) -> list[str]:
    """A country's one body by its sort word alone ("Congress" for "United States Congress")
    where the document itself calls it so, the sort word capitalised with no name beside it
    ("In 2010, Congress passed ..."), and names no other body of that sort ("Continental
    Congress"): a learner who read it types the word the document used. So too a state's or
    a people's body ("Senate" for "Vessian Senate" or "Roman Senate"), even to "Which
    senate ...?": the document's one senate is the Senate. A country's navy or army ("Navy"
    for "United States Navy") is so though the document never writes the word alone, where
    the question does not ask by it."""
    sort = sort_word(answer)
    if sort is None or sort not in ONE_PER_COUNTRY:
        return []
    qualifier = _qualifier(answer)
    names = tuple(names)  # read twice: for any other body, and for one of another country
    country = country_of(qualifier)
    national = country is not None
    asked_by_sort = re.search(rf"\b{sort}\b", prompt, re.IGNORECASE) is not None
    if not national and not _people_or_state(qualifier):
        return []
    if any(
        name not in (answer, sort)
        and sort_word(name) == sort
        and not _same_body(answer, name)
        and not name.endswith(f" the {answer}")  # "Neither the Roman Senate", cut long
        for name in names
    ):
        return []
    alone = False
    other = False  # "the Kellish Navy" written beside "United States Navy": maybe another
    for sentence in sentences(sort):
        for found in re.finditer(rf"\b{sort}\b", sentence):
            before = sentence[: found.start()].rsplit(maxsplit=1)[-1:]
            after = sentence[found.end() :].split()[:1]
            named_before = bool(before) and before[0][:1].isupper()
            if named_before and not lexicon.opens_no_name(before[0]):
                if not national and before[0] != qualifier.split()[-1]:
                    return []  # "the Orrese Senate" beside "Vessian Senate": either
                other |= before[0] != qualifier.split()[-1] and country_of(before[0]) != country
                continue  # "United States Congress"
            if after and (after[0] == "of" or after[0][:1].isupper()):
                if not national and after[0] == "of":
                    return []  # "Senate of Orm": another senate
                other |= after[0] == "of"
                continue  # "Congress of the United States", "Congress Hall"
            if national:
                return [sort]
            alone = True
    other |= any(
        name not in (answer, sort)
        and sort_word(name) == sort
        and country_of(_qualifier(name)) != country
        for name in names
    )  # "Royal Navy" may be the country's own navy where it is written, not otherwise
    if national and sort in _SERVICE_SORTS and not other and not asked_by_sort:
        return [sort]  # "Navy" for "United States Navy": the country's one navy
    return [sort] if alone else []


_SERVICE_SORTS = word_set("Navy Army")
"""A country's armed services, which its people and its histories call by the service word
alone ("the Navy") though the document writes the country's name with it."""


def _same_body(first: str, second: str) -> bool:
    """Whether two bodies of one sort, of which a country has one, may be one: both of one
    country ("United Kingdom Parliament", "British Parliament"), or one a country's and the
    other named only as national ("Imperial Parliament")."""
    if sort_word(first) not in ONE_PER_COUNTRY:
        return False  # "Liberal Party of Australia", "National Party of Australia"
    qualifiers = (_qualifier(first), _qualifier(second))
    countries = [country_of(q) for q in qualifiers]
    if countries[0] is not None and countries[0] == countries[1]:
        return True
    national = [q in NATIONAL_WORDS for q in qualifiers]
    return (national[0] and countries[1] is not None) or (national[1] and countries[0] is not None)


NEAR_MISS_LETTERS = 5
"""The grader forgives one slip of a letter in a word this long (see ``study.grading``)."""


def accepted_by_grader(value: str, accepted: Sequence[str]) -> bool:
    """Whether a typed ``value`` would be marked right for an answer with these spellings (the
    grader's form, or one slip of a letter in a long word): such a value is no wrong option."""
    graded = {answer_key(a) for a in accepted}
    if answer_key(value) in graded:
        return True
    words = normalize(value).split()
    for other in accepted:
        other_words = normalize(other).split()
        if len(other_words) != len(words):
            continue
        differing = [(a, b) for a, b in zip(words, other_words, strict=True) if a != b]
        if len(differing) == 1:
            mine, theirs = differing[0]
            long_enough = len(theirs) >= NEAR_MISS_LETTERS and not any(c.isdigit() for c in theirs)
            if long_enough and Levenshtein.distance(mine, theirs, score_cutoff=1) <= 1:
                return True  # "stoma" for "stroma": the grader's forgiven slip
    return False


_NAME_JOINERS = word_set("of the and for on in at to de du des la le &")
MIN_CUT = 2
"""Letters a word must lose to be a cut form of it: "Roberts" is no cut of "Robert"."""


def cut_form(name: str, short: str) -> bool:
    """Whether ``short`` writes ``name`` shorter, another name of the same thing: its
    initials, dotted or not ("CK", "C.K." for "Consolidated Kell"), or some of its words in
    order, each whole or cut to its head and at least one cut, each cut written as documents
    write an abbreviation: with a full stop or as a known one ("Consol. Kell Power", "Kell
    Power Corp" for "Consolidated Kell Power Corporation"). A bare head is a name of its own
    ("Anne Holt" beside "Annette Holt", "Brell" beside "Brellington")."""
    words, folded = _name_words(name)
    letters = short.replace(".", "")
    if len(words) >= 2 and " " not in short and letters.isalpha() and letters.isupper():
        return letters == "".join(word[0] for word in words).upper()
    remaining = iter(folded)
    cut = False
    for part in short.split():
        head = part.rstrip(".").casefold()
        if part.casefold() in _NAME_JOINERS:
            continue
        for word in remaining:
            if word == head:
                break
            if len(head) >= 2 and word.startswith(head) and len(word) - len(head) >= MIN_CUT:
                if not _abbreviation(part):
                    return False
                cut = True
                break
        else:
            return False
    return cut


@lru_cache(maxsize=16384)
def _name_words(name: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words of ``name`` that are no joiners ("of", "the"), as written and casefolded
    (``cut_form``): read once a name, as each is compared with every option of its kind."""
    words = tuple(word for word in name.split() if word.casefold() not in _NAME_JOINERS)
    return words, tuple(word.casefold() for word in words)


def _abbreviation(word: str) -> bool:
    """Whether a word is written as an abbreviation: with a full stop ("Consol.") or as a known
    one ("Corp", "St")."""
    return word.endswith(".") or word.casefold() in ABBREVIATIONS or word in NAME_ABBREVIATIONS


def clashes(value: str, chosen: Sequence[str]) -> bool:
    """Whether ``value`` and an option already chosen may name the same thing ("instance" and
    "problem instance", "Britain" and "England"): two options that are both right or both
    wrong together tell the learner which to drop."""
    words = set(normalize(value).split())
    for other in chosen:
        other_words = set(normalize(other).split())
        if words <= other_words or other_words <= words or overlapping(value, other):
            return True
    return False
