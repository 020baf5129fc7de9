"""The times a text gives, as spans of days, and the cycles it states ("every four years").

A year, a month or a day is a span from its first to its last day (proleptic Gregorian day
numbers), so a year, a month and a full date compare on one scale: "April 1191" ends before
"1 May 1191" begins, "1998" holds "1 October 1998". Options of a dated question are kept inside
the span the document's own chronology leaves for the answer.
"""

from __future__ import annotations

import calendar
import datetime
import math
import re
from collections.abc import Sequence
from itertools import pairwise

from factdeck.generate.patterns import LazyPattern
from factdeck.generate.text import MONTH_NUMBER, number_value

TimeSpan = tuple[int, int]
"""The first and the last day of a time."""
_MONTH = "|".join(sorted(MONTH_NUMBER, key=len, reverse=True))
NO_YEAR_AFTER = r"(?!\s*⁄|\s+(?:m|km|cm|mm|ft|mi|kg|lb|UTC|GMT)\b)"
"""What never follows a year: a fraction's slash ("2041 ⁄ 3 innings", 204 and a third), a
unit ("2060 m"), a clock's zone ("at 2030 UTC"): such a figure is no year."""
_TIME = LazyPattern(
    rf"\b(?P<dmy_day>\d{{1,2}})\s+(?P<dmy_month>{_MONTH})\.?,?\s+(?P<dmy_year>\d{{3,4}})\b"
    rf"|\b(?P<mdy_month>{_MONTH})\.?\s+(?P<mdy_day>\d{{1,2}}),\s*(?P<mdy_year>\d{{3,4}})\b"
    rf"|\b(?P<my_month>{_MONTH})\.?\s+(?P<my_year>\d{{3,4}})\b"
    r"|(?<![\d.,£$€])\b(?P<decade>1\d{2}0|20\d0)s\b"
    r"|(?<![\d.,£$€])\b(?P<year>1\d{3}|20\d{2})\b(?![.,]?\d|\s*(?:%|per\s?cent))" + NO_YEAR_AFTER
)
"""A full date ("1 May 1191", "May 1, 1191"), a month ("April 1191"), a decade ("the 1850s")
or a year (not a count of a thousand and more: "1,435", "1500.5", "1850%", nor a figure
``NO_YEAR_AFTER`` marks)."""
_DAY_OF_MONTH = LazyPattern(
    rf"\b(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH})\b(?!\.?,?\s*\d)"
    rf"|\b(?P<month_first>{_MONTH})\s+(?P<day_after>\d{{1,2}})\b(?!,?\s*\d)"
)
"""A day without its year ("by 1 June", "on June 5")."""
_PROSPECT = LazyPattern(
    r"\b(?:will(?!\s+and\b)|shall|won't|scheduled\s+to|(?:is|are)\s+(?:expected|planned|set|due)\s+to"
    r"|plans?\s+to|planned\s+for|upcoming|projected\s+to"
    r"|(?:committed|pledged|aims?|aimed|intends?|seeks?|hopes?)\s+to|goal\s+of|target\s+of"
    r"|to\s+be\s+(?:available|released|completed|opened|held|built|launched|introduced))\b",
    re.IGNORECASE,
)
"""Words that tell of what is still to come ("scheduled to return in 2018", "will close in
October 2016", "to be available in 2016", "committed to halving it by 2050"): such a year
lies after the document's own time."""
_CYCLE = LazyPattern(r"\bevery\s+(\w+)\s+years\b", re.IGNORECASE)
_LISTED_YEAR = r"(?:1\d{3}|20\d{2})"
_NEXT_LISTED_YEAR = rf"(?:,\s*|,?\s+and\s+){_LISTED_YEAR}"
"""A year after another in a list (", 1998", " and 2002")."""
_YEAR_LIST = LazyPattern(rf"(?<![\d.,£$€]){_LISTED_YEAR}(?:{_NEXT_LISTED_YEAR}){{2,}}(?![.,]?\d)")
"""Three or more years listed together ("in 1994, 1998 and 2002")."""
_MAX_CYCLE = 12
"""Longer periods than this are no cycle of events a question could follow."""


def _span(year: int, month: int | None = None, day: int | None = None) -> TimeSpan | None:
    """The days of a year, of a month of it, or the one day; None for no such day."""
    try:
        if month is None:
            first, last = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
        elif day is None:
            first = datetime.date(year, month, 1)
            last = datetime.date(year, month, calendar.monthrange(year, month)[1])
        else:
            first = last = datetime.date(year, month, day)
    except ValueError:
        return None
    return first.toordinal(), last.toordinal()


def _match_span(match: re.Match[str]) -> TimeSpan | None:
    found = match.groupdict()
    for style in ("dmy", "mdy"):
        if found[f"{style}_year"]:
            month = MONTH_NUMBER[found[f"{style}_month"]]
            return _span(int(found[f"{style}_year"]), month, int(found[f"{style}_day"]))
    if found["my_year"]:
        return _span(int(found["my_year"]), MONTH_NUMBER[found["my_month"]])
    if found["decade"]:
        start, end = _span(int(found["decade"])), _span(int(found["decade"]) + 9)
        return (start[0], end[1]) if start and end else None
    return _span(int(found["year"]))


def story_times(texts: Sequence[str]) -> list[list[tuple[TimeSpan, bool]]]:
    """The times each sentence of a document gives, each with whether it is a day given
    without its year ("By 1 June"): such a day continues the story, so it is dated in the
    year of the time before it in the document (none before it: left out)."""
    year: int | None = None
    found: list[list[tuple[TimeSpan, bool]]] = []
    for text in texts:
        times: list[tuple[TimeSpan, bool]] = []
        dated = [(m.start(), _match_span(m), False) for m in _TIME.finditer(text)]
        days = [(m.start(), _day_span(m, year), True) for m in _DAY_OF_MONTH.finditer(text)]
        for _, span, yearless in sorted(dated + days, key=lambda item: item[0]):
            if span is None:
                continue
            if yearless and year is None:
                continue
            if not yearless:
                year = year_of(span)
            times.append((span, yearless))
        found.append(times)
    return found


def present_year(texts: Sequence[str]) -> int | None:
    """The document's own time: the latest year it gives in a sentence that tells of what
    has happened (a 2015 text may plan "a second team in 2018"), else the latest it gives at
    all; None where it gives no year. No option of a time may lie after it, or a learner who
    knows the text is only "as of" then could rule it out."""
    told: list[int] = []
    prospects: list[int] = []
    for text in texts:
        years = [year_of(span) for m in _TIME.finditer(text) if (span := _match_span(m))]
        (prospects if _PROSPECT.search(text) else told).extend(years)
    return max(told or prospects, default=None)


def _day_span(match: re.Match[str], year: int | None) -> TimeSpan | None:
    if year is None:
        return None
    month = MONTH_NUMBER[match.group("month") or match.group("month_first")]
    return _span(year, month, int(match.group("day") or match.group("day_after")))


def time_span(value: str) -> TimeSpan | None:
    """The time an answer or option is ("1855", "April 1191", "1 May 1191"), or None."""
    match = _TIME.fullmatch(value.strip())
    return _match_span(match) if match else None


def year_of(span: TimeSpan) -> int:
    """The year a span begins in."""
    return datetime.date.fromordinal(span[0]).year


def is_year(span: TimeSpan) -> bool:
    """Whether a span is one whole year."""
    first = datetime.date.fromordinal(span[0])
    return (first.month, first.day) == (1, 1) and span == _span(first.year)


def cycle_of(text: str) -> int | None:
    """The years between recurring events a sentence states ("every four years": 4) or
    shows by listing three or more years evenly apart ("elected in 1994, 1998 and 2002":
    4)."""
    match = _CYCLE.search(text)
    if match is None:
        return _listed_cycle(text)
    word = match.group(1)
    years = int(word) if word.isdigit() else number_value(word.casefold())
    return years if years is not None and 2 <= years <= _MAX_CYCLE else None


_RECURRING_DEED = LazyPattern(
    rf"\b(?P<again>re-|re(?=elect|appoint|nominat))?(?P<verb>[a-z]{{3,}}ed|held|won)\s+(?:[\w-]+\s+){{0,3}}?in\s+"
    rf"(?P<years>{_LISTED_YEAR}(?:{_NEXT_LISTED_YEAR})*)(?![.,]?\d)"
    r"(?:\s+again\b)?"
)
"""A deed and the years it was done in: "was elected in 1994", "was re-elected to the
council in 1998 and 2002", "held the fair again in 1963", "won it in 2006 again"."""
_SPREAD = 3
"""The most sentences one story of a recurring deed is read across."""


def document_cycles(texts: Sequence[str]) -> list[tuple[str, int]]:
    """The cycles a document states, each with the text that states it: a sentence's own
    (``cycle_of``), and a deed told of over up to ``_SPREAD`` sentences in a row, done again
    ("re-elected", "won it again") in three or more years evenly apart ("was elected in 1994.
    She was re-elected in 1998 and 2002.": 4), the sentences joined."""
    found = [(text, years) for text in texts if (years := cycle_of(text)) is not None]
    deeds = [_deeds(text) for text in texts]
    for first in range(len(texts)):
        for last in range(first + 1, min(first + _SPREAD, len(texts))):
            for verb in deeds[first][0].keys() & deeds[last][0].keys():
                if not any(verb in deeds[at][1] for at in range(first + 1, last + 1)):
                    continue  # done again in no later sentence: maybe other deeds alike
                turns: set[int] = set().union(
                    *(deeds[at][0].get(verb, set()) for at in range(first, last + 1))
                )
                step = _even_step(sorted(turns))
                if step is not None:
                    found.append((" ".join(texts[first : last + 1]), step))
    return found


def _deeds(text: str) -> tuple[dict[str, set[int]], set[str]]:
    """The years a sentence gives each deed in, by its verb without "re-", and the deeds it
    says were done again."""
    years: dict[str, set[int]] = {}
    again: set[str] = set()
    for match in _RECURRING_DEED.finditer(text):
        verb = match["verb"]
        years.setdefault(verb, set()).update(_years_in(match["years"]))
        if match["again"] or re.search(r"\bagain\b", match[0]):
            again.add(verb)
    return years, again


def _years_in(listed: str) -> list[int]:
    """The years of a run of listed years ("1994, 1998 and 2002")."""
    return [int(year) for year in re.findall(r"\d{4}", listed)]


def _even_step(years: Sequence[int]) -> int | None:
    """The years between three or more years evenly apart, where that is a cycle's."""
    steps = {later - earlier for earlier, later in pairwise(years)}
    if len(years) >= 3 and len(steps) == 1 and 2 <= (step := steps.pop()) <= _MAX_CYCLE:
        return step
    return None


def _listed_cycle(text: str) -> int | None:
    for listed in _YEAR_LIST.finditer(text):
        step = _even_step(sorted(set(_years_in(listed.group(0)))))
        if step is not None:
            return step
    return None


_EVENT_NOUN = LazyPattern(
    r"\b(?:(?P<olympic>Olympics?|Olympiads?)|(?P<games>Games)|(?P<cup>World\s+Cups?)"
    r"|(?P<election>elections?)|(?P<medal>medals?)|(?P<census>census(?:es)?))\b"
)
"""A noun of an event that recurs on a fixed period: the Olympics, the Games (in capitals:
"games" are as often matches or pastimes), a World Cup, an election, a medal won at one, a
census."""
MIN_EVENT_YEARS = 4
"""The fewest years of a recurring event a passage must give before their period is read as
its cycle: three years evenly apart are too often a chance."""


def event_nouns(text: str) -> set[str]:
    """The recurring events a sentence names (``_EVENT_NOUN``), by their group's name."""
    return {
        group
        for match in _EVENT_NOUN.finditer(text)
        for group, found in match.groupdict().items()
        if found
    }


def event_period(years: Sequence[int]) -> int | None:
    """The period all of ``years`` fall on ("1936, 1952, 1956, 1960, 1980": 4), where they
    are ``MIN_EVENT_YEARS`` or more and it is a cycle's (at most ``_MAX_CYCLE`` years)."""
    distinct = sorted(set(years))
    if len(distinct) < MIN_EVENT_YEARS:
        return None
    step = math.gcd(*(later - earlier for earlier, later in pairwise(distinct)))
    return step if 2 <= step <= _MAX_CYCLE else None
