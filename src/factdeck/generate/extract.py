"""Automatic extraction: sentences → candidate facts with typed answer spans.

No statistical model: dates, years and numbers come from regular expressions; names are runs
of capitalised words, typed by cue words ("President X" is a person, "X Party" an
organisation, "X Limited" a firm, "in X" a place), by a country list, by people's given names
("Ilse Varga"), and by what the same document says about the same name elsewhere (a gazetteer
built from the text itself). A title, a role or an agent noun right before a name ("the
chieftain X", "the merchant X", "the pianist X") files it as a person for the whole document,
so a later "sold to X" does not make it a place.
"""

from __future__ import annotations

import heapq
import itertools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache, partial
from typing import TYPE_CHECKING

from lemminflect import getInflection, getLemma

from factdeck.generate import chronology, concepts, gates, lexicon, phrasing
from factdeck.generate.distractors import dated_as_work, days_in_month
from factdeck.generate.facts import ANSWER_PLACEHOLDER, FactRecord, pairing_key
from factdeck.generate.patterns import LazyPattern, finditer_at_leads
from factdeck.generate.sentences import Sentence
from factdeck.generate.text import (
    DISAMBIGUATOR,
    MONTH_NUMBER,
    MONTHS,
    ORDINAL_WORDS,
    PLACE_AFTER_COMMA,
    REGNAL_NUMBER,
    WRITTEN_YEAR,
    abbreviations,
    abbreviations_after_or,
    asks_who,
    fraction_variants,
    name_variants,
    normalize,
    number_value,
    number_variants,
    number_word,
    occurrences,
    ordinal_figure,
    quoted_title,
    same_initials,
    scaled_fractions,
    spelled_by,
    stable_hash,
    title_cut_short,
    transliterated_alike,
    whole_name,
    without_title_bracket,
    word_set,
)

if TYPE_CHECKING:
    from factdeck.generate.referents import Referents

KIND_PRIORITY = (
    "date", "year", "period", "number", "person", "organisation", "event", "place", "country",
    "term", "other",
)  # fmt: skip
WHEN_KINDS = gates.WHEN_KINDS
MAX_CANDIDATES_PER_SENTENCE = 6
"""Answers tried per sentence (or clause): the term it defines first, then times, counts and
names; a sentence with more asks about the first of them."""
MAX_ASKED_PER_SENTENCE = 2
"""A sentence, or one clause of an imported sentence, is asked about at most this often, the
second time only for an answer of another kind. When one prompt shows the other's answer
("Which general reopened the canal in 641?" beside "In what year did the general Amr reopen
the canal?"), the second is asked only as ``_asked_beside_its_answer`` allows, and when each
shows the other's, the deck keeps one of the two (``questions.asked_once``). Questions that
share a sentence are siblings: study never brings both on one day, nor one that gives
another's answer away into one quiz."""
WORDS_PER_QUESTION = 40
"""An imported deck asks about at most one fact per this many words of prose: fewer, better
questions, as a teacher asks about one per 40 to 60 words (the denser end: a well-written
article of 2,700 words has some 65 facts worth asking)."""
LONG_PROMPT_WORDS = 18
MIN_WORDS, MAX_WORDS = 5, 60
MAX_SENTENCE_CHARS = 1_000
"""A longer "sentence" (a line of text with no full stop) is never asked about; only its first
this many characters are read for names, which keeps the work per sentence bounded."""

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.)"
)
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_DMY = LazyPattern(rf"\b{_DAY}\s+(?:of\s+)?({_MONTH})\s+(\d{{4}})\b")
_MDY = LazyPattern(rf"\b({_MONTH})\s+{_DAY},?\s+(\d{{4}})\b")
_MY = LazyPattern(rf"\b({_MONTH})\s+(?:of\s+)?(\d{{4}})\b")
_ISO = LazyPattern(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_PARTIAL_DATE = LazyPattern(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}|\b{_MONTH}\s+{_DAY}\b")
_MONTH_ALONE = LazyPattern(rf"\b{_MONTH}(?![\w])")
_ANY_MONTH = LazyPattern(_MONTH)
"""A month's name anywhere: every date pattern but the ISO one needs one."""
_DECADE = LazyPattern(r"\b(1[0-9]{2}0|20[0-9]0|[1-9][0-9]0)[’']?s\b")
_CENTURY = LazyPattern(
    r"\b(?:early|mid|middle|late)?-?\s?(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth"
    r"|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth"
    r"|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)"
    r"(?:\s+(?:and|or|to)\s+\d{1,2}(?:st|nd|rd|th))?[\s-]+centur(?:y|ies)(?:\s+(?:BC|BCE|AD|CE))?\b",
    re.IGNORECASE,
)
_CENTURY_WORD = LazyPattern("centur", re.IGNORECASE)
"""What every match of ``_CENTURY`` holds."""
_YEAR = LazyPattern(r"(?<![\w$£€.,/-])(1[0-9]{3}|20[0-9]{2})(?![\w%]|[.,]\d|-[A-Za-z])")
_EARLY_YEAR = LazyPattern(r"(?<![\w$£€.,/-])([1-9]\d{2})(?![\w%]|[.,]\d|-[A-Za-z])")
_EARLY_YEAR_CUES = word_set("in since until by after before during around circa c ca year")
_ERA = LazyPattern(r"\b\d{1,4}\s*(?:BC|BCE|AD|CE)\b|\b(?:AD|CE)\s*\d{1,4}\b")
_YEAR_PREPOSITIONS = word_set("in since until by from after before during of c ca circa")
_NUMBER = LazyPattern(
    r"(?<![\w$£€.,/-])((?:(?:US|A|C|NZ|HK)\$|[$£€])?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?"
    r"(\s+(?:million|billion|trillion)|bn|m)?(\s?%|\s+per\s?cent|\s+percent)?(?![\w]|[.,]\d)"
)
"""A figure: "1,548", "$8.7 billion", "US$40 billion", "£1.3bn", "61.1%" ("bn" and "m" only
after a currency sign: "25m" alone may be metres)."""
_NUMBER_WORD = LazyPattern(
    r"\b(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    r"|sixteen|seventeen|eighteen|nineteen)\b",
    re.IGNORECASE,
)
_WORD = LazyPattern(r"\w(?:[\w’'-]*\w)?")
_POSSESSIVE = LazyPattern(r"['’]s$")
_ACRONYM_AFTER = LazyPattern(r"^\s*\(([A-Z][A-Z0-9&.]{1,9})\)")
_LIFESPAN_AFTER = LazyPattern(
    r"^\s*\((?:(?:born\s+|c\.\s*|b\.\s*)?\d{3,4}|c\.\s*\d{1,4}\s*(?:BC|BCE|AD|CE)?\s*[–-])"
)
"""A lifespan after a name: "(1802", "(born 1950", "(c. 55 – 135)" of a man of early times."""
_SCARE_QUOTE = LazyPattern(r"[“\"][\w-]+[”\"]")

_KIND_HINT = {
    "date": "a date",
    "year": "a year",
    "number": "a number",
    "person": "a person",
    "place": "a place",
    "country": "a country",
    "organisation": "an organisation",
    "event": "an event",
    "period": "a period",
    "term": "a term",
    "other": "a name",
}
BLANK = "_____"
_PLACE_ROLES = word_set(
    "city town village port state province region county district canton municipality island"
    " capital channel river lake valley"
)
"""Sorts of place a text names before a name ("the city of X"): options keep the sort."""
_ORGANISATION_ROLES = word_set(
    "company firm broadcaster operator airline carrier manufacturer publisher retailer network"
    " agency charity consortium conglomerate subsidiary insurer bank studio label newspaper"
    " supermarket chain"
)
"""Sorts of body a text may call an organisation whose name says none ("Acme, a construction
company"): a question asks "which company" for it instead of "what"."""
_ORGANISATION_AFTER = LazyPattern(
    r",\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}?(" + "|".join(sorted(_ORGANISATION_ROLES)) + r")\b"
)


@dataclass(frozen=True)
class Span:
    """A typed answer inside a sentence's display text."""

    start: int
    end: int
    kind: str
    text: str
    sort_key: str | None = None
    value: int | None = None
    """The integer a number question asks for (plain counts and years only)."""
    year_start: int | None = None
    """For a full date: where its year begins (so a number question can blank just the year)."""
    approximate: bool = False
    aliases: tuple[str, ...] = ()
    titled: bool = False
    """A person named right after a title ("President X"): a single name is then unambiguous."""


@dataclass(frozen=True)
class Candidate:
    """An automatic candidate fact: one sentence with one answer span.

    The sentence's ``text`` is the simplified one (no bracketed asides or dangling connectives,
    a leading "It" replaced by the document's subject); ``span`` points into it.
    """

    id: str
    sentence: Sentence
    span: Span
    attributed: bool
    unique: bool
    question: str | None = None
    """A wh-question whose answer is the span, when one can be formed."""
    form: str = "blank"
    """How the question was formed: ``definition`` (a term from the sentence defining it),
    ``subject``, ``fronted``, ``in-situ`` or ``blank``."""
    clause: phrasing.Clause | None = None
    """The clause the question comes from, with the span's place in it."""
    score: float = 0.0
    """How much the fact is worth asking: central sentence, salient answer, clean question."""
    minor: bool = False
    """A side detail: a minor figure's own life, or a later item of a run of like items.
    Asked only while the deck has too few central questions (``ENOUGH_CENTRAL``)."""


@dataclass
class _Name:
    tokens: list[tuple[int, int, str]]
    """(start, end, word) of each word of the name, offsets in the sentence's text."""
    titled: bool = False
    first_in_sentence: bool = False

    @property
    def start(self) -> int:
        return self.tokens[0][0]

    @property
    def end(self) -> int:
        return self.tokens[-1][1]

    @property
    def words(self) -> list[str]:
        return [word for _, _, word in self.tokens]

    @property
    def text_key(self) -> str:
        return normalize(" ".join(self.words))

    @property
    def undated_words(self) -> list[str]:
        """The words without a closing "of" and year ("Clean Air Act" of "Clean Air Act of
        1970"), which say what the name names."""
        words = self.words
        dated = len(words) >= 3 and words[-2] == "of" and _YEAR.fullmatch(words[-1])
        return words[:-2] if dated else words


@dataclass
class DocumentNames:
    """What the document says about its names: the gazetteer built from the text itself."""

    kinds: dict[str, str] = field(default_factory=dict)
    surnames: set[str] = field(default_factory=set)
    bearers: dict[str, set[str]] = field(default_factory=dict)
    """Each surname's people, by their full names' keys: a lone surname two people share may
    be either."""
    aliases: dict[str, str] = field(default_factory=dict)
    """Acronym → full name, from "Full Name (ACRONYM)"."""
    lower_words: set[str] = field(default_factory=set)
    first_names: set[str] = field(default_factory=set)
    """First words of the people's names: alone, such a word may be any of them."""
    inner_names: set[str] = field(default_factory=set)
    """Names seen away from the start of a sentence: their first word is surely a name."""
    people_with_place_surnames: set[str] = field(default_factory=set)
    """People whose surname is a place's word ("Ann Hill", "Tom Brook"), by their full names'
    keys and their surnames': the place's word alone would make them places."""
    numbered_things: set[str] = field(default_factory=set)
    """Names with a ruler's number that the document writes after an article ("the Orion V"),
    by their keys: no ruler is written so, they name a ship, a rocket or a play."""
    texts: list[str] = field(default_factory=list)
    """The document's sentences as the source writes them, in order."""
    works: dict[str, bool] = field(default_factory=dict)
    """Whether the document writes a name as a dated work's title ("Salt Road (1961)"), by
    the name as written: read once per name."""
    _before_brackets: tuple[int, str] = field(default=(0, ""), repr=False, compare=False)

    def writes_before_a_bracket(self, name: str) -> bool:
        """Whether one of ``texts`` writes ``name`` with " (" after it, read in the words
        before the texts' brackets alone, joined once: a long document asks after thousands
        of names, and reading the whole of it for each cost it a second."""
        part = f"{name} ("
        if len(part) > _BEFORE_A_BRACKET or "\0" in part:
            return any(part in text for text in self.texts)
        count, joined = self._before_brackets
        if count != len(self.texts):
            count = len(self.texts)
            joined = "\0".join(  # no part crosses from one piece into the next
                text[max(0, at + 2 - _BEFORE_A_BRACKET) : at + 2]
                for text in self.texts
                for at in occurrences(text, " (")
            )
            self._before_brackets = (count, joined)
        return part in joined


_BEFORE_A_BRACKET = 80
"""How many characters up to a bracket ``DocumentNames.writes_before_a_bracket`` reads: a
longer name is looked for in the whole texts."""


_TITLE_WORDS = {w.casefold() for w in lexicon.PERSON_TITLES}
_SURNAME_TITLES = word_set(
    "lord lady sir dame mr mrs ms dr general admiral colonel captain governor"
)
"""Titles written before a surname ("Lord Orley", "Governor Vell"): the surname alone later is
that person. A monarch's or a saint's title goes with a given name that places share."""


def _is_demonym(token: str) -> bool:
    parts = [p for p in re.split(r"[-–]", token) if p]
    return bool(parts) and all(
        p in lexicon.COUNTRY_DEMONYMS or p.rstrip("s") in lexicon.COUNTRY_DEMONYMS for p in parts
    )


_PARTICLE = LazyPattern(lexicon.NAME_PARTICLE)
_NO_NATIONALITY = word_set("Western Eastern Northern Southern Latin Afro Anglo")
"""Words of the demonym list that begin a place's or a people's name ("Northern Cheyenne")."""


def _nationality(token: str) -> bool:
    """Whether a word before a person's name says whose country or people they are: a
    label ("Dutch Ivo Brenn"), no part of the name; never a given name too ("Norman Lee
    Moss", "Christian Ann Holm")."""
    return (
        token not in _NO_NATIONALITY and _is_demonym(token) and token not in lexicon.given_names()
    )


def _capitalised(token: str) -> bool:
    first = token[0]
    if first.islower():
        return "-" in token and _PARTICLE.match(token) is not None
    return first.isupper() and token not in lexicon.NON_NAMES


def _valid_date(year: int, month: int, day: int | None) -> bool:
    if not 1000 <= year <= 2099 or not 1 <= month <= 12:
        return False
    return day is None or 1 <= day <= days_in_month(year, month)


def _month_number(name: str) -> int:
    return MONTH_NUMBER[name.rstrip(".")]


def _overlaps(start: int, end: int, taken: Sequence[tuple[int, int]]) -> bool:
    return any(start < b and a < end for a, b in taken)


def _words_before(text: str, position: int, count: int) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text[:position])[-count:]]


def _approximate(text: str, position: int) -> bool:
    before = _words_before(text, position, 2)
    joined = " ".join(before)
    return bool(before) and (
        before[-1] in lexicon.APPROXIMATE_WORDS
        or joined in {"more than", "less than", "fewer than", "up to", "at least", "an estimated"}
    )


def _date_spans(text: str) -> tuple[list[Span], list[tuple[int, int]]]:
    """Full dates, month-and-year dates, and every other date-like range to keep out of names."""
    spans: list[Span] = []
    taken: list[tuple[int, int]] = []
    month_named = _ANY_MONTH.search(text) is not None
    for pattern, order in ((_DMY, "dmy"), (_MDY, "mdy"), (_ISO, "iso"), (_MY, "my")):
        if order != "iso" and not month_named:
            continue  # no need to scan for a date that needs a month's name
        for match in pattern.finditer(text):
            if _overlaps(match.start(), match.end(), taken):
                continue
            if order == "dmy":
                day, month, year = int(match[1]), _month_number(match[2]), int(match[3])
                year_start = match.start(3)
            elif order == "mdy":
                month, day, year = _month_number(match[1]), int(match[2]), int(match[3])
                year_start = match.start(3)
            elif order == "iso":
                year, month, day = int(match[1]), int(match[2]), int(match[3])
                year_start = match.start(1)
            else:
                month, year, day = _month_number(match[1]), int(match[2]), 0
                year_start = match.start(2)
            if not _valid_date(year, month, day or None):
                continue
            key = f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")
            spans.append(Span(match.start(), match.end(), "date", match[0], key, year, year_start))
            taken.append((match.start(), match.end()))
    for pattern in (_CENTURY, _DECADE):
        if pattern is _CENTURY and _CENTURY_WORD.search(text) is None:
            continue  # the long pattern tries every word: only where "century" is written
        for match in pattern.finditer(text):
            start = match.start() + len(match[0]) - len(match[0].lstrip())
            if not _overlaps(start, match.end(), taken):
                spans.append(Span(start, match.end(), "period", match[0].strip()))
                taken.append((start, match.end()))
    for pattern in (_PARTIAL_DATE, _MONTH_ALONE) if month_named else ():
        for match in pattern.finditer(text):
            if not _overlaps(match.start(), match.end(), taken):
                taken.append((match.start(), match.end()))
    return spans, taken


def _year_and_number_spans(text: str, taken: list[tuple[int, int]]) -> list[Span]:
    spans: list[Span] = []
    taken.extend((m.start(), m.end()) for m in _ERA.finditer(text))
    early = [
        m
        for m in _EARLY_YEAR.finditer(text)
        if (before := _words_before(text, m.start(), 1))
        and before[-1] in _EARLY_YEAR_CUES
        and not re.match(r"\s+(?!(?:as|was|is|has|his|this|thus|its)\b)[a-z]+s\b", text[m.end() :])
    ]
    for match in sorted([*_YEAR.finditer(text), *early], key=lambda m: m.start()):
        if _overlaps(match.start(), match.end(), taken) or _year_of_a_name(text, match.start()):
            continue
        after = text[match.end() :]
        before = _words_before(text, match.start(), 1)
        plural_noun = re.match(r"\s+[a-z]+s\b", after)
        if plural_noun and not (before and before[-1] in _YEAR_PREPOSITIONS):
            continue  # "2000 workers": a count, handled below
        year = int(match[1])
        spans.append(Span(match.start(), match.end(), "year", match[1], f"{year:04d}", year))
        taken.append((match.start(), match.end()))
    for start, end, fraction_value in scaled_fractions(text):
        if not _overlaps(start, end, taken):
            approximate = _approximate(text, start)
            spans.append(
                Span(
                    start,
                    end,
                    "number",
                    text[start:end],
                    value=fraction_value,
                    approximate=approximate,
                )
            )
            taken.append((start, end))
    for match in _NUMBER.finditer(text):
        start, end = match.start(), match.end()
        if _overlaps(start, end, taken) or _year_of_a_name(text, start):
            continue
        if match[4] in ("bn", "m") and not match[1]:
            continue
        if text.endswith("No. ", 0, start):
            continue  # "Symphony No. 5": a number in a name, not a count
        previous = _WORD.findall(text[:start])[-1:]
        if (
            previous
            and previous[0][0].isupper()
            and previous[0].casefold() not in lexicon.COMMON_START_WORDS | lexicon.APPROXIMATE_WORDS
            and text[:start].endswith(" ")
        ):
            prior = text[:start].rstrip()
            if prior and prior[-1].isalnum():
                continue  # "Apollo 11", "Boeing 747": part of a name ("About 40" is not)
        plain = not (match[1] or match[3] or match[4] or match[5])
        value = number_value(match[2]) if plain else None
        if plain and (value is None or value < 2):
            continue
        spans.append(
            Span(start, end, "number", match[0], value=value, approximate=_approximate(text, start))
        )
        taken.append((start, end))
    for match in _NUMBER_WORD.finditer(text):
        start, end = match.start(), match.end()
        if _overlaps(start, end, taken):
            continue
        before = _words_before(text, start, 1)
        if before and before[-1] in {"the", "these", "those", "its", "their", "his", "her"}:
            continue  # "the two countries": a reference, not a count
        if text[end : end + 4] == " of ":
            continue
        spans.append(
            Span(
                start,
                end,
                "number",
                match[0],
                value=number_value(match[0]),
                approximate=_approximate(text, start),
            )
        )
        taken.append((start, end))
    return spans


_DATED_HEADS = (
    lexicon.LAW_WORDS
    | lexicon.EVENT_WORDS
    | word_set("Law Laws Compromise Panic Reform Tariff Census Settlement Edict Decree Plan")
)
"""Last words of names that may end in "of" and their year: "Clean Air Act of 1970", "Great
Exhibition of 1851", "Compromise of 1850"."""
_DATED_NAME_BEFORE = LazyPattern(
    r"(?<![\w'-])(?<!’)(?P<word>[\w’'-]+)\s+(?P<head>[A-Z][a-z]+)\s+of\s+$"
)


def _year_of_a_name(text: str, start: int) -> bool:
    """Whether the year at ``start`` ends the name before it ("the Clean Air Act of 1970"):
    part of the answer, not a time of its own. The head needs a name word before it ("The Act of
    1970" may be any act of that year)."""
    if _YEAR.match(text, start) is None:
        return False  # a number or "of", not a year: no need to scan the text before it
    before = _DATED_NAME_BEFORE.search(text, 0, start)
    return (
        before is not None
        and before["head"] in _DATED_HEADS
        and before["word"][:1].isupper()
        and before["word"].casefold() not in lexicon.COMMON_START_WORDS
    )


def _raw_names(text: str, taken: Sequence[tuple[int, int]]) -> list[_Name]:
    """Runs of capitalised words (with "of", "de"... inside), split at possessives and where an
    opening phrase without its comma ends ("Between Kell and Orm the Orm Bridge ...")."""
    tokens = _tokens(text, taken)
    first_word = next((m.start() for m in _WORD.finditer(text)), 0)
    opening_end = phrasing.unmarked_opening_end(text)
    names: list[_Name] = []
    index = 0
    while index < len(tokens):
        word = tokens[index][2]
        joined_by_ampersand = text[tokens[index][1] : tokens[index][1] + 1] == "&"  # "AT&T"
        if not _capitalised(word) or (
            word.casefold() in lexicon.FUNCTION_WORDS and not joined_by_ampersand
        ):
            index += 1
            continue
        parts = [tokens[index]]
        j = index
        while (not _POSSESSIVE.search(parts[-1][2]) or _possessive_inside(parts)) and j + 1 < len(
            tokens
        ):
            if tokens[j][1] == opening_end:
                break
            nxt = j + 1
            gap = text[tokens[j][1] : tokens[nxt][0]]
            word, previous = tokens[nxt][2], parts[-1][2]
            if gap in _AMPERSANDS and _capitalised(word):  # "R&B", "Procter & Gamble"
                parts.append(tokens[nxt])
                j = nxt
                continue
            listed = _listed_in_name(text, tokens, j, parts) if gap == ", " else None
            if listed is not None:  # "Office of Parks, Recreation and Historic Preservation"
                parts.extend(tokens[j + 1 : listed + 1])
                j = listed
                continue
            if gap not in (" ", "’ ", "' ") or (gap != " " and not parts[-1][2].endswith("s")):
                break
            versus = _case_versus(text, tokens, nxt)
            if versus is not None:  # "Smith v. Jones": a lawsuit's name, both parties
                parts.extend(tokens[nxt : versus + 1])
                j = versus
                continue
            following = text[tokens[nxt][1] :]
            if (
                _capitalised(word)
                or _regnal_one(word, previous)
                or _model_number(word, previous, following)
            ):
                parts.append(tokens[nxt])
                j = nxt
                continue
            if word == "of" and nxt + 1 < len(tokens) and _year_of_a_name(text, tokens[nxt + 1][0]):
                parts.extend(tokens[nxt : nxt + 2])  # "Clean Air Act of 1970": the year ends it
                j = nxt + 1
                break
            joined = _connected(text, tokens, j)
            if joined:
                parts.extend(tokens[j + 1 : joined + 1])
                j = joined
                continue
            break
        last_start, last_end, last_word = parts[-1]
        if _POSSESSIVE.search(last_word):
            parts[-1] = (last_start, last_end - 2, last_word[:-2])
        names.append(_Name(parts, first_in_sentence=parts[0][0] == first_word))
        index = j + 1
    return names


def _tokens(text: str, taken: Sequence[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """The words of a sentence outside ``taken``, as (start, end, word): an initialism ("U.S.")
    is one word with its full stops, and an abbreviation inside a name keeps its own."""
    initialisms = [(m.start(), m.end()) for m in _INITIALISM.finditer(text)]
    tokens: list[tuple[int, int, str]] = []
    for m in _WORD.finditer(text):
        if _overlaps(m.start(), m.end(), taken):
            continue
        held = next((span for span in initialisms if span[0] <= m.start() < span[1]), None)
        if held is None:
            tokens.append(_with_full_stop(text, m.start(), m.end(), m.group()))
        elif held[0] == m.start():
            tokens.append((held[0], held[1], text[held[0] : held[1]]))
    return tokens


_INITIALISM = LazyPattern(r"\b(?:[A-Z]\.){2,}")
"""Capitals each with its full stop: "U.S.", "D.C.", one word of a name ("U.S. Army")."""
_VERSUS = frozenset(["v", "vs"])


def _case_versus(text: str, tokens: Sequence[tuple[int, int, str]], at: int) -> int | None:
    """Index of the last word of the second party when ``tokens[at]`` is the "v." of a
    lawsuit's name ("Smith v. Jones", "Brown v. Board of Education"), else None."""
    if tokens[at][2] not in _VERSUS or at + 1 >= len(tokens):
        return None
    gap = text[tokens[at][1] : tokens[at + 1][0]]
    if gap not in (". ", " ") or not _capitalised(tokens[at + 1][2]):
        return None
    last = at + 1
    while last + 1 < len(tokens) and text[tokens[last][1] : tokens[last + 1][0]] == " ":
        if _capitalised(tokens[last + 1][2]):
            last += 1
            continue
        joined = _connected(text, tokens, last)
        if joined is None:
            break
        last = joined
    return last


def _listed_in_name(
    text: str,
    tokens: Sequence[tuple[int, int, str]],
    at: int,
    parts: Sequence[tuple[int, int, str]],
) -> int | None:
    """Index of the last word of an official name that lists its fields after "of" or "for"
    ("Office of Parks, Recreation and Historic Preservation"), the name so far ending at
    ``tokens[at]``; None when no such list follows (a comma then ends the name)."""
    words = [word for _, _, word in parts]
    body = next((i for i, word in enumerate(words) if word in lexicon.ORGANISATION_WORDS), None)
    if body is None or not {"of", "for"} & set(words[body + 1 :]):
        return None

    def item_end(index: int) -> int | None:
        if index >= len(tokens) or not _capitalised(tokens[index][2]):
            return None
        while (
            index + 1 < len(tokens)
            and text[tokens[index][1] : tokens[index + 1][0]] == " "
            and _capitalised(tokens[index + 1][2])
        ):
            index += 1
        if text[tokens[index][0] : tokens[index][1]] in lexicon.COUNTRIES:
            return None  # "the Ministry of Defence, France and Orm": three parties
        return index

    index = item_end(at + 1)
    while index is not None and index + 2 < len(tokens):
        gap = text[tokens[index][1] : tokens[index + 1][0]]
        if tokens[index + 1][2] == "and" and gap in (" ", ", "):
            if text[tokens[index + 1][1] : tokens[index + 2][0]] != " ":
                return None
            return item_end(index + 2)
        if gap != ", ":
            return None
        index = item_end(index + 1)
    return None


_INITIAL = LazyPattern(r"[A-Z]\.")
"""A capital initial with its full stop, as a name's token: the "W." of "George W. Bush"."""

_AMPERSANDS = ("&", " & ")
"""Gaps that join two capitalised words into one name: "AT&T", "Procter & Gamble"."""


def _with_full_stop(text: str, start: int, end: int, word: str) -> tuple[int, int, str]:
    """ "St" of "St. Anne's Hall", "Dr" of "Dr. Ana Ruiz", or the initial "W" of "George W. Bush", with its full stop,
    so the name runs on past it."""
    initial = len(word) == 1 and word.isupper()
    named = word in lexicon.NAME_ABBREVIATIONS or word in _ADDRESS_ABBREVIATIONS
    if (named or initial) and text[end : end + 2] == ". ":
        after = text[end + 2 : end + 3]
        if after[:1].isupper():
            return start, end + 1, word + "."
    if word == "No" and re.match(r"\. \d", text[end : end + 3]):
        return start, end + 1, word + "."  # "Symphony No. 5"
    if word in _NAME_SUFFIXES and text[end : end + 1] == ".":
        return start, end + 1, word  # "Acme Inc.", "Martin Luther King Jr.": the stop is theirs
    return start, end, word


_ADDRESS_ABBREVIATIONS = frozenset(["Dr", "Mr", "Mrs", "Ms"])
"""Titles written short before a name ("Dr. Ana Ruiz"): the full stop is theirs, and the
name runs on past it."""
_NAME_SUFFIXES = frozenset(["Inc", "Ltd", "Corp", "Co", "Bros", "Jr", "Sr"])
"""Abbreviations that end a name, their full stop with them."""


def _possessive_inside(parts: Sequence[tuple[int, int, str]]) -> bool:
    """Whether a possessive is part of the name, not its end: a saint's ("St. Anne's Hall")
    or a lone title's ("King's College", "Queen's Park")."""
    words = [word for _, _, word in parts]
    if len(words) == 2 and words[0] in _SAINTS:
        return True
    return len(words) == 1 and _POSSESSIVE.sub("", words[0]).casefold() in _TITLE_WORDS


_SCORE_OR_RANGE = LazyPattern(r"\d{1,3}–\d+|\d{1,2}-\d{1,2}(?!\d)")
"""Two figures joined by a dash: a score ("34–19", "21-7") or a range, never a model number
("Kestrel 737-800", "Kestrel 747-8": three digits before a hyphen)."""


def _model_number(word: str, previous: str, following: str = "") -> bool:
    """Whether a short figure after a capitalised word is part of its name ("Astra 2A",
    "Channel 4", "Boeing 747"), not a year ("Sky 1998") or a count after a sentence's first
    word ("In 12 towns"), nor a rank ("ranked Lund College 10th"), nor the first half of a
    score ("defeated the Orm Rams 34–19")."""
    if not word[:1].isdecimal() or len(word) > 4 or not previous[:1].isupper():
        return False
    if re.fullmatch(r"\d+(?:st|nd|rd|th)", word):
        return False
    if _SCORE_OR_RANGE.match(word + following[:4]):
        return False
    if word.isdecimal() and 1000 <= int(word) <= 2099:
        return False
    return previous.casefold() not in lexicon.COMMON_START_WORDS | lexicon.APPROXIMATE_WORDS


def _regnal_one(word: str, previous: str) -> bool:
    """Whether "I" after a capitalised name is a ruler's number ("Francis I"), not the
    pronoun that is otherwise never part of a name."""
    return word == "I" and previous[:1].isupper() and previous.isalpha() and previous != "I"


def _connected(text: str, tokens: Sequence[tuple[int, int, str]], at: int) -> int | None:
    """Index of the capitalised word reached from ``at`` over one or two connectors ("of the",
    "aan den")."""
    index = at + 1
    joining = lexicon.CONNECTORS | lexicon.PLACE_PARTICLES
    while index < len(tokens) and index <= at + 2 and tokens[index][2] in joining:
        if text[tokens[index - 1][1] : tokens[index][0]] != " ":
            return None
        index += 1
    if index == at + 1 or index >= len(tokens):
        return None
    if text[tokens[index - 1][1] : tokens[index][0]] != " " or not _capitalised(tokens[index][2]):
        return None
    return index


def _labelled(words: Sequence[str]) -> bool:
    """Whether the words read as a party or a people before a name ("Democrat Jane Roe",
    "Dutch Ivo Brenn"): capitalised, no demonym after the label ("Crow Indian Reservation"),
    no word of a body's, an event's or a place's name ("Irish Rose Society")."""
    return (
        len(words) >= 3
        and (words[0] in lexicon.PARTY_LABELS or _nationality(words[0]))
        and all(w[:1].isupper() for w in words)
        and not _is_demonym(words[1])
        and not lexicon.ORGANISATION_WORDS.intersection(words)
        and not lexicon.EVENT_WORDS.intersection(words)
        and not lexicon.PLACE_WORDS.intersection(words)
    )


def _unlabel_names_written_bare(parsed: Sequence[_SentenceNames]) -> None:
    """Cut the label off "Democrat Tavish Orlo" where the given name is no listed one but the
    document writes the name without it: whole ("Tavish Orlo served ..."), or its last word
    alone where no word of the name is an English word ("Orlo left ...")."""
    bare = {piece.text_key for item in parsed for piece in item.names}
    for item in parsed:
        for at, piece in enumerate(item.names):
            rest = piece.words[1:]
            if not _labelled(piece.words) or len(rest) > 3:
                continue
            if normalize(" ".join(rest)) in bare or (
                normalize(rest[-1]) in bare and not any(lexicon.english_word(word) for word in rest)
            ):
                item.names[at] = _Name(piece.tokens[1:], titled=True)


def _split_titles(name: _Name) -> list[_Name]:
    """ "Cuban President Miguel Díaz-Canel" → the title's prefix and the titled person."""
    words = name.words
    if len(words) >= 2 and words[-1].casefold() in lexicon.POSTFIX_TITLES:
        return [_Name(name.tokens, titled=True, first_in_sentence=name.first_in_sentence)]
    if _labelled(words) and (
        words[1] in lexicon.given_names()  # not "Republican National ..."
        or (words[0] in lexicon.PARTY_MEMBERS and len(words) <= 4)
    ):
        # "Democrat Jane Roe", "Liberal Ann Price", "Dutch Ivo Brenn": a party or a people
        # is no part of her name, and no other name has it; a member's noun ("Democrat")
        # labels a person even where the given name is no listed one
        return [_Name(name.tokens[1:], titled=True)]
    of_at = words.index("of") if "of" in words else None
    if (
        of_at is not None
        and of_at + 1 < len(words)
        and lexicon.reads_as_personal_name(" ".join(words[:of_at]))
        and not any(lexicon.title_word(word) for word in words[:of_at])
    ):
        # "Ada Venn of the Daily Courier": a person and the body she writes for, two names
        after = name.tokens[of_at + 1 :]
        while after and after[0][2].casefold() == "the":
            after = after[1:]
        person = _Name(name.tokens[:of_at], first_in_sentence=name.first_in_sentence)
        return [person, _Name(after)] if after else [person]
    title_at = max((i for i, word in enumerate(words) if lexicon.title_word(word)), default=None)
    if title_at is None:
        return [name]
    rest = name.tokens[title_at + 1 :]
    cue_words = lexicon.ORGANISATION_WORDS | lexicon.EVENT_WORDS | lexicon.PLACE_WORDS
    if any(word in cue_words for _, _, word in rest) or (rest and rest[0][2] in lexicon.CONNECTORS):
        return [name]
    head = title_at
    while head > 0 and (lexicon.title_or_modifier(words[head - 1])):
        head -= 1
    pieces: list[_Name] = []
    prefix = name.tokens[:head]
    while prefix and prefix[-1][2] in lexicon.PARTY_LABELS:
        prefix.pop()  # "Conservative MP Alan Troy": the party is no name of its own
    while prefix and prefix[-1][2] in lexicon.CONNECTORS:
        prefix.pop()
    prefix_words = [word for _, _, word in prefix]
    if not all(_is_demonym(word) for word in prefix_words) and (
        not rest or not any(word in lexicon.ORGANISATION_WORDS for word in prefix_words)
    ):  # a title word inside a name: "University of Notre Dame", "Port Lady Ann"
        return [name]
    if prefix:
        pieces.append(_Name(prefix, first_in_sentence=name.first_in_sentence))
    if rest:
        if len(rest) == 1:  # keep the title with a lone name: "Empress Eugénie"
            rest = [name.tokens[title_at], *rest]
        pieces.append(_Name(rest, titled=True))
    return pieces


_NAME_ARTICLES = word_set("la le les el los las il lo")
"""Articles of other languages that open a name, never an English sentence."""


def _trim_sentence_start(name: _Name, names: DocumentNames) -> _Name | None:
    """Drop the capital that only marks the start of the sentence ("In", "The", "During")."""
    if not name.first_in_sentence or name.text_key in names.inner_names:
        return name
    tokens = list(name.tokens)
    first = tokens[0][2].casefold()
    if first in _NAME_ARTICLES and len(tokens) > 1:
        return name  # "La Trinité-du-Mont", "El Paso": the article is part of the name
    common = first in lexicon.COMMON_START_WORDS
    lowered = first in names.lower_words and first not in _TITLE_WORDS
    if not (common or lowered):
        return name
    tokens.pop(0)
    while tokens and tokens[0][2] in lexicon.CONNECTORS:
        tokens.pop(0)
    return _Name(tokens, name.titled) if tokens else None


_ADDRESS_TITLES = word_set("mr mrs ms miss dr")
"""Titles that only ever address a person (unlike "Lord" of "Lord Vell Island")."""

_BECAME_A_WORK = LazyPattern(
    rf"\s+became\s+(?:the|a|an|its|their|his|her)\s+(?:[\w-]+\s+){{0,3}}?"
    rf"(?:{'|'.join(sorted(lexicon.WORK_WORDS))})\b"
    r"(?!\s+[a-z]+(?:er|or|ist|ian|maker)s?\b)"  # "became the first film director": a person
)
"""A name that "became the ... album" (or film, song, novel): a work's title, though "became"
is a person's verb too."""
_AWARD_OPENINGS = frozenset(["Best", "Outstanding"])
"""First words of an award's category ("Best Director", "Outstanding Drama Series"): a
prize, never a person, whatever role word follows."""


_AWARD_PERIODS = word_set("Year Month Week Season Decade Century")
"""Last words of an honour's name after "of the" ("Coach of the Month", "Player of the
Year"): whatever place's or event's word opens it, the name is an award's."""


_APPOSITIVE_AFTER = LazyPattern(r"^,\s+(?:(?:then|later|now|formerly|also)\s+)?([^,.;]{1,60})")


_EPITHET = LazyPattern(r"[A-Z][a-z]{4,}(?:or|er|ist)")
"""A byname after a lone name for what its bearer did: "Gorm the Illuminator"."""
_NOT_EPITHETS = (
    lexicon.PLACE_WORDS
    | lexicon.ORGANISATION_WORDS
    | word_set("Center Centre Quarter Theatre Theater Tower River Water Border Corner Chapter")
)
"""Words in "-er" that name places, bodies or parts, never a person's byname."""


def _strong_kind(name: _Name, text: str) -> str | None:
    """The kind a name has from its own words and its immediate context, if any."""
    tokens = name.undated_words
    joined = " ".join(tokens)
    bare = joined.removeprefix("The ")
    after = text[name.end :]
    if len(tokens) >= 3 and tokens[0].casefold() in _TITLE_WORDS and tokens[1] == "of":
        return "other"  # "King of the Canary Islands": an office, neither a place nor one person
    if len(tokens) >= 2 and tokens[0].casefold().rstrip(".") in _ADDRESS_TITLES:
        return "person"  # "Ms Hill", "Dr Brook": a place's word after them is a surname
    if any(token in _VERSUS for token in tokens):
        return "other"  # "Orm v. Kelby County": a lawsuit, neither a place nor a body
    if len(tokens) >= 2 and tokens[0] in _AWARD_OPENINGS:
        return "other"
    if len(tokens) >= 4 and tokens[-3:-1] == ["of", "the"] and tokens[-1] in _AWARD_PERIODS:
        return "other"  # "Orm Valley Coach of the Month": an honour, no valley, no event
    if tokens[-1] in lexicon.COMPANY_SUFFIXES or tokens[-1] in ("Co", "Bros"):
        return "organisation"  # "Orm Media Limited", "Orrin Iron Co."
    if _COMPANY_SUFFIX_AFTER.match(after):
        return "organisation"  # "Orm plc"
    if _language_or_field(tokens, text[: name.start]):
        return "other"  # "Modern English", "the Nobel Prize in Chemistry": no place, no one
    if len(tokens) >= 2 and tokens[-1] in lexicon.LAW_WORDS:
        return "other"  # "Colony of Orm Act": a law, not the colony
    if lexicon.realm_word(bare):
        return "place"  # "Byzantine Empire": options of its sort, other empires, never France
    if bare in lexicon.COUNTRIES:
        return "country"
    if all(_is_demonym(tok) for tok in tokens):
        return "demonym"
    head = tokens[: tokens.index("of")] if "of" in tokens else tokens
    if any(phrasing.body_for_an_area(token) for token in head[:-1]):
        return "organisation"  # "Orm Task Force-Northern Region": the force, named for its area
    if len(head) >= 2 and head[-1] in lexicon.PLACE_WORDS and head[-1] not in lexicon.EVENT_WORDS:
        return "place"  # "University City", "Times Square": the last word says what it is
    if any(tok in lexicon.ORGANISATION_WORDS for tok in tokens):
        return "organisation"
    numbered = head[:-1] if len(head) > 2 and REGNAL_NUMBER.fullmatch(head[-1]) else head
    if numbered[-1] in lexicon.EVENT_WORDS or tokens[0] in lexicon.EVENT_WORDS:
        # "Battle of Orm", "Typhoon Ilse", "Kell Uprising", "Great Orm War II"; an event's word
        # elsewhere inside the name only says what a body or a thing deals with ("Orm Typhoon
        # Warning Centre", an agency; "Western Cup Coach of the Month", an award): no event
        return "event"
    if (
        tokens[-1] in lexicon.COUNTRY_WORDS
        and len(head) == 1 < len(tokens)
        and _common_word(head[0])
        and head[0] not in lexicon.COUNTRY_WORDS | lexicon.PLACE_WORDS
    ):
        return "other"  # "Decline of the Orvan Empire": a common noun heads it, not the empire
    if (
        tokens[-1] in lexicon.COUNTRY_WORDS
        or head[0] in lexicon.COUNTRY_WORDS
        or (head[-1] in lexicon.COUNTRY_WORDS and len(head) < len(tokens))
    ):  # "Orm Republic", "Kingdom of Orm", "Democratic Republic of Orm"
        modifiers = [t for t in tokens if t not in lexicon.COUNTRY_WORDS | lexicon.CONNECTORS]
        if modifiers and all(_common_word(t) and not _is_demonym(t) for t in modifiers):
            return "place"  # "Inland Empire", "Middle Kingdom": a region's byname, no state
        return "country"
    if any(tok in lexicon.PLACE_WORDS for tok in tokens):
        return "place"
    if name.titled and tokens[0] in _SAINTS and _words_before(text, name.start, 1) in _AT_A_PLACE:
        return "place"  # "the choir of the abbey at Saint Evroul": a place named after a saint
    if name.titled or (
        len(tokens) >= 2
        and REGNAL_NUMBER.fullmatch(tokens[1])
        and (tokens[0] in lexicon.given_names() or not _common_word(tokens[0]))
    ):  # "Richard I of Normandy", "Alexius I Comnenus": a ruler's number; "Class II" after a
        # common noun numbers a sort, but a given name that is a word too stays a ruler's
        # ("Victor II", and so "Mark I")
        return "person"
    if len(tokens) >= 2 and any(_INITIAL.fullmatch(tok) for tok in tokens[:-1]):
        return "person"  # "George W. Bush", "J. R. R. Tolkien": a person's initials
    if len(tokens) == 1 and tokens[0].isupper():
        return None  # an acronym: only the gazetteer can say what it is
    before = _words_before(text, name.start, 2)
    if before and (before[-1] in _TITLE_WORDS or before[-1] in lexicon.ROLE_NOUNS):
        return "person"
    if (
        len(before) == 2
        and before[0] in ("the", "a", "an")
        and _agent_noun(before[1])
        and not any(_common_word(word) or _is_demonym(word) for word in tokens)
    ):  # "the pianist Orla"; not "the environmentalist Tarnish Greens", a party
        return "person"
    if len(before) == 2 and before[1] == "of" and before[0] in _PLACE_ROLES:
        return "place"  # "the city of Passau"
    next_words = [w.casefold() for w in _WORD.findall(after[:40])[:2]]
    if _BECAME_A_WORK.match(after):
        return "other"  # "Brava Luna became the first album since ...": a title, no one
    if (
        next_words
        and after.startswith(" ")
        and (next_words[0] in lexicon.PERSON_VERBS or next_words[:2] == ["was", "born"])
        and tokens[0].casefold() not in _NAME_ARTICLES  # "La Tour-du-Pin became ...": a place
        and _verb_is_the_names(name, before, next_words[0])
    ):
        return "person"
    if _LIFESPAN_AFTER.match(after):
        return "person"
    if (
        len(tokens) == 3
        and tokens[1] == "the"
        and _EPITHET.fullmatch(tokens[2])
        and tokens[2] not in _NOT_EPITHETS
    ):
        return "person"  # "Gorm the Illuminator", "Edwin the Conqueror": a byname for a deed
    appositive = _APPOSITIVE_AFTER.match(after)
    if appositive:
        words = [w.casefold() for w in _WORD.findall(appositive.group(1))[:6]]
        roles = lexicon.ROLE_NOUNS - lexicon.RELATION_ROLES  # "Orm's successor": of a tank too
        if words and words[0] in {"a", "an", "the", "first", "then"} | lexicon.TITLE_MODIFIERS:
            if any(w in roles for w in words):
                return "person"
        elif (
            words
            and words[0] not in lexicon.COMMON_START_WORDS
            and any(w in roles for w in words[:3])
            and not _a_place_s_name_listed(appositive.group(1))
        ):
            return "person"
    return None


def _a_place_s_name_listed(follows: str) -> bool:
    """Whether what follows a name's comma opens with another place's name whose first word
    is a role's ("Kell, Bishop Street and Orm Road"): the name is one of a list of places,
    and the role word no apposition saying who the name is."""
    words = _WORD.findall(follows)[:2]
    return len(words) == 2 and words[0][:1].isupper() and words[1] in lexicon.PLACE_WORDS


_ARTICLES = word_set("El La Le Les Los Las Il Lo Die Der Het")
"""Articles that open a place's name in other languages, and are given names in some lists."""
_SURNAME_PARTICLES = word_set("de da di du del della van von der den le la bin ibn")


def _given_name_first(tokens: Sequence[str], names: DocumentNames) -> bool:
    """Whether the name is a given name and a surname ("Ilse Varga", "Guy de Lusignan"): a
    known first name that is no common word ("Long", "Grace") nor a region's ("Northern"),
    then up to two more names and a last name that is no common word, country or people, and
    no name the document gives another kind ("Baja California" where California is a place;
    "Florence Cathedral" has a place's word and is a place before this is asked)."""
    if not 2 <= len(tokens) <= 4 or tokens[0] in _SAINTS | _ARTICLES:
        return False  # "Santa Barbara", "San Jose", "El Centro"
    first, last, middle = tokens[0], tokens[-1], tokens[1:-1]
    rest = normalize(" ".join(tokens[1:]))
    return (
        first in lexicon.given_names()
        and not _common_word(first)
        and not _is_demonym(first)
        and names.kinds.get(normalize(last), "person") == "person"
        and names.kinds.get(rest, "person") == "person"
        and last[:1].isupper()
        and not _common_word(last)
        and not _is_demonym(last)
        and last not in lexicon.COUNTRIES
        and all(word[:1].isupper() or word in _SURNAME_PARTICLES for word in middle)
    )


_COMPANY_SUFFIX_AFTER = LazyPattern(lexicon.COMPANY_SUFFIX_AFTER)
_PLACE_HYPHEN = LazyPattern(lexicon.PLACE_HYPHEN)
_PREPOSITIONS = word_set(
    "of from in to at by with for on into onto near under over about across through between"
    " among against toward towards within without"
)
_PLACE_PREPOSITIONS = word_set("in at from near within across through throughout")
"""Prepositions whose object is a place far more often than a person."""
_SAINTS = word_set("Saint St St. Sainte San Santa Santo São")
_AT_A_PLACE = [["in"], ["at"], ["near"]]
"""The one word before "Saint X" that makes it a place named after the saint."""
_INNER_CAPITAL = LazyPattern(r"\w[A-Z]|\d")


def _language_or_field(tokens: Sequence[str], before: str) -> bool:
    """Whether the name is a language or style ("Old Norse", "Early Modern English") or a field
    of study ("Chemistry", "Economics"; a prize, a degree or a chair "in X" is in a field)."""
    stages = 0
    while stages < len(tokens) - 1 and tokens[stages] in lexicon.LANGUAGE_STAGES:
        stages += 1
    if stages and _is_demonym(tokens[stages]):
        return True
    if len(tokens) != 1 or tokens[0] in lexicon.EVENT_WORDS:  # "Olympics"
        return False
    word = tokens[0].casefold()
    if not _common_word(word) or word not in getLemma(word, upos="NOUN"):
        return False  # "Critics", "Comics": plurals of a noun, no field
    if tokens[0] in lexicon.FIELDS or word.endswith(lexicon.FIELD_ENDINGS):
        return True
    cue = [w.casefold() for w in _WORD.findall(before)[-2:]]
    return cue[-1:] == ["in"] and cue[0] in lexicon.FIELD_CUES


def _agent_noun(word: str) -> bool:
    """Whether a lower-case word is a noun for someone who does or studies something by its
    ending ("pianist", "novelist", "historian", "librarian"): "-ist" and "-ian" make such
    nouns and, six letters or more, almost nothing else. ("-er" and "-or" make ships and
    machines too: "the steamer Orm", "the computer Colossus".) A compound of "list"
    ("checklist", "shortlist") is a list."""
    if len(word) < 6 or not word.endswith(("ist", "ian")) or not word.islower():
        return False
    if "NOUN" not in lexicon.all_lemmas(word):
        return False
    return not (word.endswith("list") and lexicon.all_lemmas(word.removesuffix("list")))


def _verb_is_the_names(name: _Name, before: Sequence[str], verb: str) -> bool:
    """Whether a person's verb after the name ("... said", "... became") is the name's own: not
    when the name ends a preposition's phrase ("princes of the Holy Land arrived"; "natives
    from Kent who ...", though "opposition to William, who ..." is William's), nor when it has
    the shape of a firm, a code or a place ("BSkyB became", "Virgin Media became",
    "Trinité-du-Mont became"), whose verbs a person shares."""
    words = [w.casefold() for w in before]
    preposition = "".join(words[-2:-1] if words[-1:] == ["the"] else words[-1:])
    if preposition in _PREPOSITIONS and not (
        verb in ("who", "whose") and preposition not in _PLACE_PREPOSITIONS
    ):
        return False
    if any(_INNER_CAPITAL.search(word) for word in name.words):
        return False
    if len(name.words) > 1 and name.words[0] in _PLACE_OPENERS:
        return False  # "though New Kelby became a port": a place's name opens so, no one's
    if _PLACE_HYPHEN.search(" ".join(name.words)):
        return False
    animate = verb in ("who", "whose", "was", "himself", "herself")  # "was" of "was born"
    if len(name.words) == 1 and not animate and name.words[0] not in lexicon.given_names():
        return False  # "Microsoft announced": a firm's verbs are a person's too
    return not all(_common_word(word) for word in name.words)


def _modifies_a_noun(after: str, *, verbs_too: bool = False) -> bool:
    """Whether a lower-case noun follows the name, which then only qualifies it ("in Wessel
    arithmetic", "to Orm upgrade"): the preposition's object is the noun, not a place.
    ``verbs_too`` counts a noun that may also be a verb ("Wessel machines"), but never a
    past form nor a person's verb ("Wessel proved", "Wessel wrote")."""
    following = re.match(r" ([a-z]+)\b", after)
    if following is None:
        return False
    word = following.group(1)
    if verbs_too and (word in lexicon.PERSON_VERBS or word.endswith("ed")):
        return False
    return (
        "NOUN" in phrasing.word_tags(word)
        and (verbs_too or not phrasing.is_finite_verb(word))
        and word not in lexicon.CONNECTORS | lexicon.PLACE_PARTICLES | lexicon.COMMON_START_WORDS
        and not word.endswith("ing")
    )


_ADJECTIVE_ENDINGS = ("an", "al", "ic", "ist")
_COORDINATED_MODIFIER = LazyPattern(r" (?:and|or) [A-Z][\w-]*(?= [a-z])")


def _modifier_or_doctrine(words: Sequence[str], after: str) -> bool:
    """Whether a name after "in" or "to" is a faith or doctrine ("devoted to Ormism",
    "converted to Kellic Christianity"), or a lone word after them a
    compound modifier ("into English-medium schools") or qualifies a noun after it, even one
    that may be a verb ("opposed to Orman reforms") or one that a second qualifier shares
    ("in Orman and Kellic churches"): no place."""
    if lexicon.faith_or_doctrine(" ".join(words)):
        return True  # "converted to Nestorian Christianity": a faith is no place
    if len(words) != 1:
        return False
    word = words[0]
    if "-" in word and word.rsplit("-", 1)[-1].islower():
        return True  # "Ormism"; "Orm-speaking", "English-medium": a compound modifier
    coordinated = _COORDINATED_MODIFIER.match(after)
    if coordinated and _modifies_a_noun(after[coordinated.end() :]):
        return True
    return word.endswith(_ADJECTIVE_ENDINGS) and _modifies_a_noun(after, verbs_too=True)


def _to_a_recipient(before: Sequence[str]) -> bool:
    """Whether "to" follows a verb whose "to" names who receives or hears ("has been
    recommended to Ivo Marr", "surrendered to Orm"): a person or a body, no place."""
    return len(before) >= 2 and before[-1] == "to" and lexicon.recipient_verb(before[-2])


def _gazetteer_kind(name: _Name, text: str, names: DocumentNames) -> str | None:
    key = name.text_key
    if key in names.kinds:
        return names.kinds[key]
    if name.words[0] in names.aliases:
        return names.kinds.get(normalize(names.aliases[name.words[0]]))
    after = text[name.end :]
    if (
        len(name.words) <= 2
        and normalize(name.words[-1]) in names.surnames
        and not _modifies_a_noun(after, verbs_too=True)  # "Turing machines" are no person
    ):
        return "person"
    if len(name.words) == 1 and name.words[0] in names.first_names:
        return "person"  # "sold to Isak" after "the engineer Isak Varn": him, no place
    if _given_name_first(name.words, names):
        return "person"
    before = _words_before(text, name.start, 2)
    if (
        before
        and before[-1] in lexicon.LOCATIVE_WORDS
        and len(name.words) <= 3
        and tuple(before) not in lexicon.NOT_LOCATIVE_BEFORE
        and not _to_a_recipient(before)
        and not any(_INNER_CAPITAL.search(word) or word.isupper() for word in name.words)
        and names.kinds.get(normalize(name.words[0])) != "organisation"
        and not _modifies_a_noun(after)
        and not _modifier_or_doctrine(name.words, after)
    ):
        # "fled to Orm"; never "due to Orm", "in ORMTIME", "in Acme Media"; and
        # "evolved into Modern English", "translated into Old Norse": a language, no place
        return None if _is_demonym(name.words[-1]) else "place"
    return None


@dataclass
class _SentenceNames:
    sentence: Sentence
    date_spans: list[Span]
    number_spans: list[Span]
    names: list[_Name]


def _collect(sentences: Iterable[Sentence]) -> tuple[list[_SentenceNames], DocumentNames]:
    doc = DocumentNames()
    parsed: list[_SentenceNames] = []
    for sentence in sentences:
        text = sentence.text
        if not doc.texts or doc.texts[-1] != sentence.quote:
            doc.texts.append(sentence.quote)  # as written: "Salt Road (1961)" keeps its year
        for word in _WORD.findall(text):
            if word[0].islower():
                doc.lower_words.add(word.casefold())
        dates, taken = _date_spans(text)
        numbers = _year_and_number_spans(text, taken)
        pieces: list[_Name] = []
        for raw in _raw_names(text, taken):
            pieces.extend(_split_titles(raw))
        parsed.append(_SentenceNames(sentence, dates, numbers, pieces))
    _unlabel_names_written_bare(parsed)
    for item in parsed:
        for piece in item.names:
            numbered = _numbered_after_article(piece, item.sentence.text)
            if numbered is not None:
                doc.numbered_things.add(numbered)
    for item in parsed:
        doc.inner_names.update(p.text_key for p in item.names if not p.first_in_sentence)
    for item in parsed:
        text = item.sentence.text
        trimmed: list[_Name] = []
        for piece in item.names:
            name = _trim_sentence_start(piece, doc)
            if name is None:
                continue
            trimmed.append(name)
            kind = _strong_kind(name, text)
            if kind == "person" and name.text_key in doc.numbered_things:
                kind = None
            if kind is not None:
                doc.kinds.setdefault(name.text_key, kind)
                if kind == "person" and len(name.words) > 1:
                    doc.first_names.add(name.words[0])
                if (
                    kind == "person"
                    and len(name.words) > 1
                    and (
                        name.words[0].casefold() not in _TITLE_WORDS
                        or (len(name.words) == 2 and name.words[0].casefold() in _SURNAME_TITLES)
                    )
                    and not any(word in ("of", "the") for word in name.words)
                ):  # "Richard I of Normandy": "Normandy" is no surname; "Rollo" alone none;
                    # "Lord Orley" is "Orley" again later, "King Harold" perhaps a place's
                    surname = normalize(name.words[-1])
                    doc.surnames.add(surname)
                    doc.bearers.setdefault(surname, set()).add(name.text_key)
            acronym = _ACRONYM_AFTER.match(text[name.end :])
            if acronym and spelled_by(" ".join(name.words), acronym.group(1)):
                doc.aliases[acronym.group(1)] = " ".join(name.words)
        item.names = trimmed
    _find_people_with_place_surnames(parsed, doc)
    _find_people_named_alone(parsed, doc)
    for item in parsed:  # the document's own kinds known, a given name marks a person too
        for name in item.names:
            if name.text_key not in doc.kinds and _given_name_first(name.words, doc):
                doc.first_names.add(name.words[0])
                doc.surnames.add(normalize(name.words[-1]))  # "Murdoch described ..."
    return parsed, doc


def _place_word_surname(words: Sequence[str]) -> bool:
    """Whether a name reads as a given name and a surname that is a place's word ("Ann
    Hill", "Tom Ashley Brook"): a listed first name that is no common word, at most two
    capitalised middle names, a last word of the place words. "Victoria Park" reads so too,
    so the document must also show a person (see ``_find_people_with_place_surnames``)."""
    return (
        2 <= len(words) <= 4
        and words[-1] in lexicon.PLACE_WORDS
        and words[0] in lexicon.given_names()
        and not _common_word(words[0])
        and all(word[:1].isupper() and word not in lexicon.PLACE_WORDS for word in words[:-1])
    )


def _find_people_with_place_surnames(parsed: Sequence[_SentenceNames], doc: DocumentNames) -> None:
    """People named with a place's word last ("Ann Hill lived in Orm"): a text calls a person
    by the surname alone ("Hill said ..."; a lone word that a lower-case noun follows is none:
    "Lake levels rose") or with a title ("Ms Hill"), a park or a lake never by its last word,
    a common noun; and "She"/"He" opening the next sentence of the paragraph refers to the
    person its first name opened ("Ann Hill lived in Orm. She ...")."""
    alone: set[str] = set()
    for item in parsed:
        for name in item.names:
            after = item.sentence.text[name.end :]
            if len(name.words) == 1 and not _modifies_a_noun(after, verbs_too=True):
                alone.add(name.words[0])
    openings = {item.sentence.index: item.sentence for item in parsed if item.sentence.clause == 0}
    for item in parsed:
        following = openings.get(item.sentence.index + 1)
        for name in item.names:
            words = name.words
            if not _place_word_surname(words):
                continue
            referred = (
                name.first_in_sentence
                and following is not None
                and following.paragraph == item.sentence.paragraph
                and _PERSONAL_PRONOUN_OPENING.match(following.quote) is not None
            )
            if words[-1] in alone or normalize(words[-1]) in doc.surnames or referred:
                doc.people_with_place_surnames.update((name.text_key, normalize(words[-1])))
                doc.kinds[name.text_key] = "person"
                doc.first_names.add(words[0])
                doc.surnames.add(normalize(words[-1]))
                doc.bearers.setdefault(normalize(words[-1]), set()).add(name.text_key)


_PERSONAL_PRONOUN_OPENING = LazyPattern(r"(?:She|He)\s")
_SENT_TO_DO = word_set("sent dispatched despatched")
"""Verbs whose object goes to do a deed ("dispatched Orvan to restore order"): an agent."""
_SENT_BEFORE = LazyPattern(r"\b(?P<verb>[a-z]+)\s+$")
_TO_DO_AFTER = LazyPattern(r"\s+to\s+(?P<deed>[a-z]+)\b")
_SENT_AFTER = LazyPattern(
    r"\s+(?:was|were)\s+(?:(?:then|later|soon|also|first)\s+)?(?P<verb>[a-z]+)\s+to\s+"
    r"(?P<deed>[a-z]+)\b"
)


def _sent_to_do(text: str, name: _Name) -> bool:
    """Whether a name is sent to do a deed ("Vell dispatched Orvan to restore order",
    "Orvan was then dispatched to put down the revolt"): who goes to do it is an agent."""
    before = _SENT_BEFORE.search(text, 0, name.start)
    to_do = _TO_DO_AFTER.match(text, name.end)
    if before and to_do and before["verb"] in _SENT_TO_DO:
        return phrasing.base_verb(to_do["deed"])
    sent = _SENT_AFTER.match(text, name.end)
    return bool(sent and sent["verb"] in _SENT_TO_DO and phrasing.base_verb(sent["deed"]))


_VESSELS = (
    r"(?:ship|boat|cruiser|battleship|destroyer|frigate|submarine|liner|steamer|steamship"
    r"|vessel|yacht|schooner|ferry|tanker|galleon|sloop|corvette|warship|gunboat|brig|barque"
    r"|clipper|carrier)"
)
_VESSEL_BEFORE = LazyPattern(rf"\b{_VESSELS}\s+$", re.IGNORECASE)
_VESSEL_AFTER = LazyPattern(
    rf"^\s+(?:was|is)\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?{_VESSELS}\b", re.IGNORECASE
)
"""A name the document calls a ship: "the cruiser Exeter", "Exeter was a heavy cruiser"."""
_LAND_AFTER_SPAN = LazyPattern(
    r"^[^)]*\)\s*(?:was|is)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:kingdom|state|dynasty"
    r"|empire|realm|principality|duchy|republic|city|polity|culture|civili[sz]ation|khanate"
    r"|sultanate|caliphate|confederation|tribe|people)\b"
)
"""The years of a land's or a house's span, not a life: "Keldoria (c. 900 – 1150) was a
kingdom"."""


def _find_people_named_alone(parsed: Sequence[_SentenceNames], doc: DocumentNames) -> None:
    """One-word names of no kind yet that the document shows to be a person's: one it also
    writes after a person's title ("Archduke Olric"), one with a lifespan after it ("Orvan
    (c. 41 – 118)", in the sentence as written), one sent to do a deed ("dispatched Orvan
    to restore order"), or one that opens a sentence the next of its paragraph goes on with
    "He" ("Orvan was a slave in Kell. He later ..."); "She" may be a ship's or a land's.
    Asked for, such a name is "whom", never "what"."""
    openings = {item.sentence.index: item.sentence for item in parsed if item.sentence.clause == 0}
    titled = {
        normalize(name.words[1])
        for item in parsed
        for name in item.names
        if len(name.words) == 2
        and lexicon.title_word(name.words[0])
        and doc.kinds.get(name.text_key) == "person"
    }  # "Archduke Olric": "Olric" alone is he, unless the text places something there
    placed = {
        name.text_key
        for item in parsed
        for name in item.names
        if _words_before(item.sentence.text, name.start, 1) in (["in"], ["at"], ["near"])
    }
    vessels = {
        name.text_key
        for item in parsed
        for name in item.names
        if _VESSEL_BEFORE.search(item.sentence.text, 0, name.start)
        or _VESSEL_AFTER.match(item.sentence.text[name.end :])
    }  # "the cruiser Exeter", "Exeter was a cruiser": "she", though sent as a man is
    found: set[str] = set()
    for item in parsed:
        text = item.sentence.text
        following = openings.get(item.sentence.index + 1)
        for name in item.names:
            words = name.words
            if (
                len(words) != 1
                or name.text_key in doc.kinds
                or name.text_key in vessels
                or words[0].isupper()
                or _common_word(words[0])
                or _is_demonym(words[0])
            ):
                continue
            referred = (
                name.start == 0
                and following is not None
                and following.paragraph == item.sentence.paragraph
                and following.quote.startswith("He ")  # a ship or a land may be "she"
                and _gazetteer_kind(name, text, doc) is None
            )
            quote = item.sentence.quote  # a lifespan opens a bracket: no pattern without one
            written = (
                re.search(rf"(?<![\w-]){re.escape(words[0])}(?![\w-])", quote)
                if "(" in quote and words[0] in quote
                else None
            )
            if (
                referred
                or (
                    written is not None
                    and _LIFESPAN_AFTER.match(item.sentence.quote[written.end() :])
                    and not _LAND_AFTER_SPAN.match(item.sentence.quote[written.end() :])
                )
                or _sent_to_do(text, name)
                or (name.text_key in titled and name.text_key not in placed)
            ):
                found.add(name.text_key)
    for key in sorted(found):
        doc.kinds[key] = "person"


def _numbered_after_article(name: _Name, text: str) -> str | None:
    """The key of a name with a ruler's number written right after an article ("the Orion
    V", "The Orion V" opening a sentence), else None: "the young Henry V" is the king."""
    words = name.words
    if words[0] in ("The", "A", "An"):
        words = words[1:]
    elif _words_before(text, name.start, 1) not in (["the"], ["a"], ["an"]):
        return None
    if len(words) < 2 or not REGNAL_NUMBER.fullmatch(words[1]):
        return None
    return normalize(" ".join(words))


def _split_known_person(name: _Name, doc: DocumentNames) -> list[_Name]:
    """ "Communist Party of Cuba Raúl Castro" → the party, then the person the text knows."""
    for cut in range(1, len(name.tokens) - 1):
        suffix = _Name(name.tokens[cut:])
        if doc.kinds.get(suffix.text_key) == "person" and name.tokens[cut - 1][2] not in (
            lexicon.CONNECTORS
        ):
            return [_Name(name.tokens[:cut], first_in_sentence=name.first_in_sentence), suffix]
    return [name]


def _common_word(word: str) -> bool:
    """A capitalised common word ("Crusaders", "Conquest"), not a name."""
    return bool(phrasing.word_tags(word.casefold()) & {"NOUN", "ADJ", "VERB", "ADV"})


_COMPASS_BEFORE = LazyPattern(
    r"\b((?:north|south)?(?:-?east|-?west)?ern|northern|southern|central)\s+$"
)


def _compass_before(text: str, end: int) -> re.Match[str] | None:
    """``_COMPASS_BEFORE`` in ``text`` up to ``end``, searched only where the words before
    ``end`` end so: the search reads the text from its start, once for each name of a
    sentence, and a long sentence names dozens."""
    if not text[end - 1 : end].isspace() or not text[:end].rstrip().endswith(("ern", "central")):
        return None
    return _COMPASS_BEFORE.search(text, 0, end)


def _no_common_word(words: Sequence[str], doc: DocumentNames) -> bool:
    """Whether no word of a name opening a sentence could be a capitalised common word
    ("Oahu", "Buddhism"; not "Originally", "Following" or "Sky"): it is a name there too."""
    return not any(
        word.casefold() in lexicon.COMMON_START_WORDS
        or word.casefold() in doc.lower_words
        or phrasing.word_tags(word.casefold())
        for word in words
    )


def _name_spans(item: _SentenceNames, doc: DocumentNames) -> list[Span]:
    text = item.sentence.text
    spans: list[Span] = []
    names = [piece for name in item.names for piece in _split_known_person(name, doc)]
    defined = {normalize(full): acronym for acronym, full in doc.aliases.items()}
    for name in names:
        while (
            len(name.tokens) > 1
            and name.words[-1] in lexicon.COUNTRY_DEMONYMS
            and _modifies_a_noun(text[name.end :])
        ):  # "In southern Italy Norman artwork survives": "Norman" goes with "artwork"
            name = _Name(name.tokens[:-1], name.titled, name.first_in_sentence)
        if name.text_key in doc.people_with_place_surnames:
            kind: str | None = "person"
        else:
            kind = _strong_kind(name, text) or _gazetteer_kind(name, text, doc)
        if kind == "person" and name.text_key in doc.numbered_things:
            kind = None  # "the Orion V": a numbered thing, no ruler
        if (
            kind is None
            and (not name.first_in_sentence or _no_common_word(name.words, doc))
            and len(name.undated_words) <= 4
            and not (len(name.words) == 1 and name.words[0] in doc.first_names)
            and not (len(name.words) == 1 and _common_word(name.words[0]))
        ):
            kind = "other"  # a name of no known kind: asked as typed, never with options
        if kind == "place" and _a_work_s_title(text[name.start : name.end], doc):
            kind = "other"  # "Salt Road (1961)": a work, no place
        if kind == "other" and len(name.words) == 1 and name.words[0].casefold() in doc.lower_words:
            continue  # a common word capitalised as a title ("the Duchy"): "duchy" elsewhere
        if kind is None or kind == "demonym" or len(text[name.start : name.end]) < 3:
            continue
        regnal = re.match(r"^(.+?\s[IVX]+)\s+of\s+[A-Z]", text[name.start : name.end])
        if kind == "person" and regnal:  # "Richard I of Normandy" → "Richard I"
            name = _Name([t for t in name.tokens if t[1] <= name.start + regnal.end(1)], True)
        compass = _compass_before(text, name.start)
        if kind in ("place", "country", "other") and compass and compass.end() == name.start:
            name = _Name([(compass.start(), compass.end(), compass.group(1)), *name.tokens])
            kind = "place"  # "southern Italy": a region; "Italy" alone would be untrue
        surface = text[name.start : name.end]
        aliases: tuple[str, ...] = ()
        acronym = _ACRONYM_AFTER.match(text[name.end :])
        if acronym and spelled_by(surface, acronym.group(1)):
            aliases = (acronym.group(1),)
        elif normalize(surface) in defined:
            aliases = (defined[normalize(surface)],)
        full = doc.aliases.get(surface)
        if full:
            aliases = (full,)
        if len(name.undated_words) < len(name.words):  # "Clean Air Act" for "... Act of 1970"
            aliases = (*aliases, " ".join(name.undated_words))
        spans.append(Span(name.start, name.end, kind, surface, aliases=aliases, titled=name.titled))
    return spans


def _a_work_s_title(surface: str, doc: DocumentNames) -> bool:
    """Whether the document writes a name as a work's title with its year ("Salt Road
    (1961)", ``dated_as_work``), though its last word is a place's ("Road", "Harbor"):
    "studied her part in Salt Road" says in which work, never where."""
    if surface not in doc.works:  # a title written with no bracket after it is never dated
        doc.works[surface] = doc.writes_before_a_bracket(surface) and dated_as_work(
            surface, doc.texts
        )
    return doc.works[surface]


def _opinionated(text: str) -> bool:
    words = {w.casefold() for w in _WORD.findall(text)}
    return bool(words & lexicon.OPINION_WORDS) or bool(_SCARE_QUOTE.search(text))


def _bounded(sentence: Sentence) -> Sentence:
    """The sentence cut to its first ``MAX_SENTENCE_CHARS`` characters, at a space."""
    head = sentence.text[:MAX_SENTENCE_CHARS]
    cut = head.rfind(" ")
    return replace(sentence, text=head[:cut] if cut > 0 else head)


def _usable_sentence(sentence: Sentence, quoted_subject: str | None = None) -> bool:
    """Whether a sentence can be asked about: neither a quotation nor a question. A sentence
    may open with the document's subject in its quotes (``quoted_subject``, '"Stay Awhile"
    was released in May'), which is a title, not a quotation."""
    text = sentence.text
    words = _WORD.findall(text)
    if not MIN_WORDS <= len(words) <= MAX_WORDS:
        return False
    titled = quoted_subject is not None and text.startswith(f"{quoted_subject} ")
    quoted = text[0] in "“\"'‘«" and not titled
    if text.endswith(("?", ":")) or quoted or ANSWER_PLACEHOLDER in text:
        return False
    return words[0].casefold() not in lexicon.PRONOUN_STARTS


_EXAMPLE_BEFORE = LazyPattern(
    r"\b(?:such as|including|includes|include|like|e\.g\.|for example|for instance)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


_EXAMPLES_SO_FAR = LazyPattern(r"\b(?:such as|including)\b[^.;:]*$", re.IGNORECASE)
_WORK_TITLE = LazyPattern(
    r"\b(?:novel|book|poem|play|film|opera|album|song|painting|treatise|essay|chronicle|"
    r"magazine|newspaper|journal|titled|entitled)\s+"
    r"([A-Z0-9][\w’'-]*(?:(?:\s+(?:of|in|on|the|and|for|to|at|a|an))*\s+[A-Z][\w’'-]*)*)"
)
"""A work's title after the word for the work ("the novel A History of Chapels in Yorkshire"):
a place or name inside it is part of the title, not a fact of the sentence. The title ends on
a capitalised word: "the play Orun in 1790" leaves "in" to the sentence."""


_DEGREE_BEFORE = LazyPattern(
    r"(?<!or )\b(?:most|least|more|less|very|so|too|quite|rather)\s+$", re.I
)
_EVALUATIVE = word_set(
    """
    fundamental important major significant serious great key main notable remarkable famous
    prominent crucial essential grave severe excellent poor good bad best worst terrible
    """
)
"""Words that judge rather than name: a phrase that opens with one is an opinion, no key."""


def _evaluative(span: Span, before: str) -> bool:
    """Whether a term key judges ("a fundamental error") or is cut from a degree phrase
    ("populous city" of "the most populous city"): no one thing a learner can name."""
    if span.kind not in ("term", "other") or span.text[:1].isupper():
        return False
    words = re.sub(r"^(?:an?|the)\s+", "", span.text).split()
    return _DEGREE_BEFORE.search(before) is not None or (
        len(words) >= 2 and words[0] in _EVALUATIVE
    )


_ALSO_BEFORE = LazyPattern(r"\balso\b(?!\s+(?:known|called|named|spelled|written))[^,;:]*$")


def _one_of_more(quote: str, answer: str) -> bool:
    """Whether the source says "also" before the answer in its clause ("Hollis also designed
    the Corn Exchange"): the subject did more than this, so "What did Hollis design?" has
    other true answers. (The simplified text drops the "also", so the quote is read.)"""
    at = quote.find(answer)
    return at > 0 and _ALSO_BEFORE.search(quote[:at]) is not None


def _in_work_title(text: str, span: Span) -> bool:
    """Whether the span is a name inside a work's title ("Yorkshire" of "the novel A History
    of Chapels in Yorkshire"); the whole title ("the poem The Grey Tide") is the work itself,
    which may be asked for."""
    return any(
        start <= span.start
        and span.end <= end
        and not (span.end == end and text[start : span.start] in ("", "The ", "A ", "An "))
        for start, end in _work_titles(text)
    )


@lru_cache(maxsize=64)
def _work_titles(text: str) -> tuple[tuple[int, int], ...]:
    """Where the sentence's work titles are: read once for all the spans of the sentence."""
    return tuple((match.start(1), match.end(1)) for match in _WORK_TITLE.finditer(text))


def _generic_class_noun(span: Span, before: str) -> bool:
    """Whether the key is one capitalised class noun written with "the" ("the Council", "the
    State"): it names a kind of body, not one thing a learner could name without the source."""
    word = span.text
    if " " in word or not word[:1].isupper() or not before.endswith(("the ", "The ")):
        return False
    nouns = lexicon.all_lemmas(word.casefold()).get("NOUN", ())
    sorts = lexicon.PLACE_WORDS | lexicon.ORGANISATION_WORDS | lexicon.EVENT_WORDS
    return word.casefold() in nouns or word in sorts


_CONTINENT_WORDS = {
    "europe": "europe",
    "european": "europe",
    "asia": "asia",
    "asian": "asia",
    "africa": "africa",
    "african": "africa",
    "north america": "north america",
    "north american": "north america",
    "south america": "south america",
    "south american": "south america",
    "oceania": "oceania",
    "antarctica": "antarctica",
}
_HOME_COUNTRY = LazyPattern(
    r"\b(?:in|of)\s+(?:the\s+)?(?:(?:central|[a-z]+(?:-[a-z]+)?ern)\s+)?"
    r"([A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*)*)"
)


def _subject_home(first_sentence: str, opening: str) -> set[str]:
    """The continent and the home country of the document's subject: the country its first
    sentence places it "in" or "of", and the continent its opening names or that country lies
    in. Asking them is asking what any reader of the document already knows ("Europe" of a
    text on a European river)."""
    home = {
        continent
        for word, continent in _CONTINENT_WORDS.items()
        if re.search(rf"\b{word}\b", opening)
    }
    for placed in _HOME_COUNTRY.finditer(first_sentence):
        country = placed.group(1)
        if country not in lexicon.COUNTRIES:
            continue
        home.add(normalize(country))
        for region, countries in lexicon.REGION_COUNTRIES.items():
            if country in countries:
                home.add(normalize(region))
    return home


_SORT_OF_PLACE = r"(?:city|town|village|borough|county|state|province|territory|republic|kingdom)"
_SORT_BEFORE = LazyPattern(rf"^(?:the )?{_SORT_OF_PLACE} of ")
_SORT_AFTER = LazyPattern(rf" {_SORT_OF_PLACE}$")


def bare_place(key: str) -> str:
    """A compared name without its article and sort word: "city of port orm" → "port orm"."""
    key = _SORT_BEFORE.sub("", key.removeprefix("the "))
    return _SORT_AFTER.sub("", key) or key


_BORN_AS = LazyPattern(r"\b(?:born|n[ée]e)\s+([A-Z][\w’'-]+)")
"""The given name a person's first sentence says they were born with ("born Mart Ilves")."""


def _subject_s_other_names(
    names: Iterable[str], title: str, aliases: Mapping[str, str], first_sentence: str
) -> set[str]:
    """The comparison keys of the names that are the document's subject under another form:
    with or without its sort word ("City of Port Orm", "Port Orm" of "Port Orm City"), its
    abbreviation ("POC"), and of a person the name the first sentence gives at birth
    ("Fryderyk Chopin" of "Frédéric Chopin, born Fryderyk Franciszek Chopin"). The question
    would ask a reader of the document what it is about."""
    own = bare_place(normalize(without_title_bracket(title)))
    if not own:
        return set()
    birth_names = {normalize(given) for given in _BORN_AS.findall(first_sentence)}
    own_words = own.split()
    found: set[str] = set()
    for name in names:
        key = normalize(name)
        words = key.split()
        if bare_place(key) == own:
            found.add(key)
        elif (
            len(own_words) >= 2
            and len(words) == 2
            and words[-1] == own_words[-1]
            and words[0] in birth_names
        ):
            found.add(key)  # the subject's name at birth
    found |= {
        normalize(acronym)
        for acronym, full in aliases.items()
        if bare_place(normalize(full)) == own
    }
    return found


_PART_OF_SOMETHING_LARGER = LazyPattern(r"(?:['’]s\b|/|\s+[IVX]+\b)")


def _answerable(span: Span, sentence: Sentence, frequent: set[str], shared_names: set[str]) -> bool:
    """Whether the span can be asked for: not the document's subject, not a lone name the
    document's people share (a surname or a first name of several), and nothing of it (nor an
    acronym of it) shown by the rest of the sentence."""
    key = normalize(span.text)
    if not key or key in frequent:
        return False
    lone = span.kind in ("person", "other") and len(span.text.split()) < 2 and not span.titled
    if lone and key in shared_names:
        return False  # a lone surname or first name is ambiguous
    before, after = sentence.text[: span.start], sentence.text[span.end :]
    if _EXAMPLE_BEFORE.search(before) or _EXAMPLES_SO_FAR.search(before):
        return False  # one example among others: "kings such as Robert the Bruce"
    if _in_work_title(sentence.text, span) or _generic_class_noun(span, before):
        return False
    if _evaluative(span, before):
        return False
    if span.kind not in _TIME_AND_COUNT and _one_of_more(sentence.quote, span.text):
        return False
    if span.kind == "number" and after.startswith("-"):
        return False  # part of a word: "a four-carbon sugar", "a 103-man brigade"
    if _PART_OF_SOMETHING_LARGER.match(after) or before.endswith("/"):
        return False  # part of something larger: "David's successors", "Henry I", "A/B"
    if span.kind == "period" and (
        " and " in span.text or re.search(r"\bbetween\s+(?:the\s+)?$", before)
    ):
        return False  # a span of periods has no single answer
    if before.count("“") > before.count("”") or before.count('"') % 2:
        return False  # inside a quotation
    if _OWNED_BY_NAMED.match(after) or _OWNED_BY_NAMED.match(_after_in(sentence.quote, span.text)):
        return False  # "owned by NDS, a Cisco company": Cisco owns it too
    if span.kind == "other" and _names_a_modifier(after):
        return False  # a name used as a modifier: "the Carolingian dynasty"
    rest = f" {normalize(before + ' | ' + after)} "
    shown = [key, *(normalize(alias) for alias in span.aliases)]
    return not any(f" {value} " in rest for value in shown if value)


_COORDINATOR = LazyPattern(r"\s*,?\s+and\s+(?:the\s+)?|\s+or\s+(?:the\s+)?")
"""What joins two items: ", or" glosses a name ("the Orm Race, or Ormrace"), it adds none."""
_REPEATED_PREPOSITION = r"(?:in|at|on|to|from|by|with|for|into|near)\s+"
_PREPOSITION_COORDINATOR = LazyPattern(rf"\s+(?:and|or)\s+{_REPEATED_PREPOSITION}(?:the\s+)?")
"""What joins two names with their preposition said again ("in Orm and in Vell"); not after
a comma, nor between figures or terms, where it as often opens another clause ("in 1975 and
in 1977 the hall was built") or sets two ideas side by side ("in theory and in practice")."""
_NAMED_KINDS = frozenset(["person", "place", "country", "organisation", "event", "other"])
_NAMED_NON_PEOPLE = frozenset(["place", "country", "organisation", "event"])
_DANGLING_COORDINATION = LazyPattern(
    rf"\s*,?\s+(?:and|or)\s+{_REPEATED_PREPOSITION}(?!(?:the\s+)?(?:what|which|whom|where)\b)",
    re.IGNORECASE,
)
"""A coordination whose second item a question took away with its preposition (of "built
warehouses in Kell and in Orsk", asking Orsk): the question names the other item but asks
nothing."""
_PLACE_KINDS = frozenset(["place", "country"])


def _coordinated_partner(span: Span, spans: Sequence[Span], text: str) -> Span | None:
    """The name of the answer's kind joined to it by "and" or "or" ("with Norland and Orm",
    "both Orm and Vell"): a question that leaves it out has two answers."""

    def alike(other: Span) -> bool:
        kinds = {span.kind, other.kind}
        return len(kinds) == 1 or kinds <= _PLACE_KINDS

    for other in spans:
        if other is span or not alike(other):
            continue
        between = text[other.end : span.start] if other.end <= span.start else ""
        if not between and span.end <= other.start:
            between = text[span.end : other.start]
        if between and _COORDINATOR.fullmatch(between):
            return other
        if between and span.kind in _NAMED_KINDS and _PREPOSITION_COORDINATOR.fullmatch(between):
            return other
    return None


_OWNER = r"[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*)*"
_OWNED_BY_NAMED = LazyPattern(
    rf",\s+(?:an?\s+{_OWNER}\s+(?:company|subsidiary|division|brand|label|imprint)\b"
    rf"|(?:part\s+of|owned\s+by|a\s+subsidiary\s+of|a\s+division\s+of)\s+(?:the\s+)?{_OWNER})"
)
"""An appositive naming another company the answer belongs to: ", a Cisco Systems company",
", part of Orm Group", ", owned by Vell"."""


def _after_in(quote: str, answer: str) -> str:
    at = quote.find(answer)
    return quote[at + len(answer) :] if at >= 0 else ""


def _pins_one(question: str, span: Span, partner: Span) -> bool:
    """Whether a question on one of two coordinated names tells them apart: it names the
    other ("with Norland and which country?") or asks for a sort only the answer is ("served
    in Vell and the Orm Mountains" → "in which mountains?")."""
    named = question.find(partner.text)
    if named >= 0:
        after = question[named + len(partner.text) :]
        return _DANGLING_COORDINATION.match(after) is None
    if normalize(partner.text) in normalize(question):
        return True
    sort = re.search(r"\bwhich\s+([a-z]+)", question, re.IGNORECASE)
    if sort is None:
        return False
    stem = sort.group(1).casefold().rstrip("s")
    return stem in span.text.casefold() and stem not in partner.text.casefold()


def _names_a_modifier(after: str) -> bool:
    """Whether a name is followed by a noun it modifies ("Carolingian dynasty", "Orm system"),
    not by its verb or a preposition ("Orm went", "Orm was", "Orm with")."""
    following = re.match(r"\s+([a-z]+)\b", after)
    if following is None:
        return False
    word = following.group(1)
    if word in lexicon.COMMON_START_WORDS or word in phrasing.AUXILIARIES:
        return False
    tags = phrasing.word_tags(word)
    return "NOUN" in tags or not (tags or word in _FUNCTION_WORDS)  # "satisfiability": a noun


_FUNCTION_WORDS = word_set("with and or nor but of per to for from by as at in on than")


def _unique(span: Span, text: str) -> bool:
    """Whether the span is the only value that makes the sentence true (so swapping in
    another makes it false): an exact count, the date of a one-time event, or a name in a
    one-time event or a definite description ("The largest city is Hamburg")."""
    if span.kind == "number":
        return not span.approximate
    words = {w.casefold() for w in _WORD.findall(text)}
    if span.kind in ("date", "year"):
        return bool(words & lexicon.ONCE_ONLY_WORDS)
    definite = re.search(r"\b(?:is|was|are|were) the\b", text) is not None
    return bool(words & lexicon.ONCE_ONLY_WORDS) or definite


@dataclass(frozen=True)
class Extraction:
    """What the extractor finds in one document."""

    candidates: list[Candidate]
    """Candidate facts, in reading order."""
    pool: list[tuple[str, str]]
    """(kind, value) of every typed span: the corpus that distractors come from."""
    roles: dict[str, str] = field(default_factory=dict)
    """A person's role where the document gives one before the name ("engineer", "king"),
    keyed by the name's comparison key: options for a king are other kings."""
    found: int = 0
    """How many facts the sentences hold before any is judged or chosen: an answer (a date,
    a number, a name, a term) in a sentence that can be read as a statement."""
    found_sentences: int = 0
    """How many sentences those facts are in."""


_CONTENT_WORD = LazyPattern(r"[A-Za-z][a-z]{3,}")
_KIND_WEIGHT = {
    "date": 1.0,
    "year": 1.0,
    "person": 1.0,
    "event": 0.9,
    "organisation": 0.8,
    "place": 0.8,
    "number": 0.7,
    "country": 0.6,
    "period": 0.9,
    "term": 1.0,
    "other": 0.5,
}
_TIME_AND_COUNT = WHEN_KINDS | {"number"}
_FORM_WEIGHT = {"definition": 1.2, "subject": 1.0, "fronted": 1.0, "in-situ": 0.4, "blank": -1.5}
_ACRONYM_DEFINED = LazyPattern(
    r"\b([A-Z][\w’'-]*(?:\s+(?:of|the|and|for|on|in|de|du|des|[A-Z][\w’'-]*))*)\s+"
    r"\(([A-Z][A-Z0-9&.]{1,9})[);,]"  # "(VRC; founded 1890)": the aside goes on after it
)
_PLURAL_PRONOUN, _SINGULAR_PRONOUN = "They", "It"
_OWNER_PRONOUN = {"They": "Their", "It": "Its", "She": "Her", "He": "His"}


def _owner(name: str) -> str:
    """ "Kestria" → "Kestria's"; "The Normans" → "The Normans'"."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _subject_form(sentences: Sequence[Sentence], title: str) -> str | None:
    """How the document names its subject at the start of a sentence ("The Elbe"); a title's
    bracketed disambiguator is not part of the name ("Georgia (country)" → "Georgia")."""
    title = DISAMBIGUATOR.sub("", title).strip() or title
    topic = normalize(title).removeprefix("the ")
    if not topic:
        return None
    # "Lund, Varland": "Lund" where no sentence names it with its region ("Paris, Texas")
    for name in dict.fromkeys((title, PLACE_AFTER_COMMA.sub("", title) or title)):
        bare = re.escape(name.removeprefix("The ").strip())
        pattern = re.compile(rf"^(?:The\s+)?{bare}\b")
        for sentence in sentences[:20]:
            match = pattern.match(sentence.text)
            # a song's or an episode's title in its quotes: '"Stay Awhile" is a song by ...'
            found = match.group(0) if match else quoted_title(name, [sentence.text])
            if found:
                return found
    return title_cut_short([sentence.text for sentence in sentences[:3]], title)


_AGENT_NOUN_ENDINGS = (*lexicon.AGENT_ENDINGS, "ess")
"""Endings of a person's trade ("actor", "singer", "novelist", "actress"): what a list of
modifiers ("film, stage and radio") may qualify."""


def _class_noun(text: str, subject: str) -> str | None:
    """The noun the first sentence files the subject under: "The Elbe is a European river",
    "Lund (/lʊnd/), a port on the Kell, is a city ..." (a bracket and an aside between)."""
    match = re.match(
        rf"^{re.escape(subject)}(?:\s+\([^()]{{1,80}}\))?(?:,[^,;]{{1,60}},)?\s+(?:is|was|are|were)\s+(?:an?|the|[A-Z]\w+['’]s)\s+"
        r"((?:[a-z-]+\s+and\s+)?[\w\s-]{1,60}?)"
        r"(?:\s+(?:that|which|who|whose|whereby|in|of|on|at|by|for|to|as|from|with|between|located"
        r"|and)\b|[,.;]|$)",
        text,
    )
    if not match:
        plural = re.match(
            rf"^{re.escape(subject)}\s+(?:is|was)\s+one\s+of\s+the\s+(?:[a-z-]+\s+){{0,3}}?"
            r"([a-z]+s)\b",
            text,
        )  # "The Elbe is one of the major rivers of Europe" → "river"
        if plural is None:
            return None
        word = plural.group(1)
        return word[:-1] if phrasing.plural_noun(word) else None
    words = match.group(1).split()
    listed = phrasing.MODIFIERS_LISTED.match(text, match.end(1))
    if (
        listed is not None
        and "NOUN" in phrasing.word_tags(listed["noun"])
        and listed["noun"].endswith(_AGENT_NOUN_ENDINGS)
        and not words[-1].endswith(_AGENT_NOUN_ENDINGS)
    ):
        # "an English film, stage and radio actor": the actor; never "a singer and actor
        # living in ...", "a writer and former police officer": two nouns, the first heads
        words = [listed["noun"]]
    for at in range(1, len(words)):
        if _participle_after_noun(words[at - 1], words[at]):
            words = words[:at]  # "a game developed by ...": the noun before the participle
            break
    word = words[-1]
    return word.casefold() if word.islower() else None


def _participle_after_noun(noun: str, word: str) -> bool:
    """Whether ``word`` is a participle that opens a phrase after the noun ``noun``: "game
    developed", "drama directed", not "widely used" (an adverb before it)."""
    tags = phrasing.word_tags(word)
    return "VERB" in tags and "NOUN" not in tags and "NOUN" in phrasing.word_tags(noun)


def _document_class_noun(sentences: Sequence[Sentence], title: str) -> str | None:
    """The noun the document files its subject under, from the first sentence that opens
    with the subject ("The Elbe is a European river" → "river")."""
    subject = _subject_form(sentences, title)
    if subject is None:
        return None
    for sentence in sentences:
        if not sentence.text.startswith(subject):
            continue
        noun = _class_noun(sentence.text, subject)
        rest = sentence.text[len(subject) :]
        if noun is None and _BRACKET.search(rest):  # "... is a Varland Air Force (VAF) squadron"
            noun = _class_noun(subject + _BRACKET.sub("", rest), subject)
        if noun is not None:
            return noun
    return None


_BRACKET = LazyPattern(r"\s*\([^()]{1,160}\)")
"""A bracket after the subject's name: an abbreviation, a pronunciation, or the name in
another script with its romanisation ("(Japanese: ..., Hepburn: ...)"), which runs long."""


def prepare_sentences(
    sentences: Sequence[Sentence],
    title: str,
    *,
    split: bool = False,
    referents: Referents | None = None,
    sorts: Mapping[str, str] | None = None,
) -> list[Sentence]:
    """The sentences as questions use them: simplified, and "It"/"They"/"The river" at the
    start of a sentence that follows one about the document's subject made explicit, as is
    "the river" inside a clause where no other name in the document shares "river".

    ``split`` cuts each sentence into clauses that stand alone (``clauses.split_clauses``),
    each a ``Sentence`` of its own with the same index, and lets "It" opening a sentence stand
    for the named subject of the sentence before. ``referents`` name what a definite phrase
    stands for where the sentences before make it certain ("the league" → "the Orm League").
    ``sorts``: the sort the document files each name under (``phrasing.named_sorts``), so that
    "her" never stands for a name of a thing."""
    if split:  # an imported deck's reading only: the shipped bank never loads it
        from factdeck.generate import clauses
    subject = _subject_form(sentences, title)
    plural = bool(subject) and subject is not None and subject.endswith("s")
    pronoun = _PLURAL_PRONOUN if plural else _SINGULAR_PRONOUN
    person = _person_pronoun(sentences, subject)
    class_noun: str | None = None
    bracket_sort = _disambiguator_sort(title)
    sorts = sorts or {}
    short = _short_title(sentences, subject) if subject is not None else None
    own_sort: dict[str, bool] = {}

    def owns(sort: str) -> bool:
        """Whether no other name in the document shares the sort, worked out once a sort."""
        if sort not in own_sort:
            texts = (s.text for s in sentences)
            own_sort[sort] = bool(gates.unshared_nouns({sort}, texts, title))
        return own_sort[sort]

    about_subject = False
    previous: str | None = None
    previous_paragraph = -1
    before = ""
    prepared: list[Sentence] = []
    for sentence in sentences:
        told = sentence.text
        if referents is not None:  # "the following year", "by December 25": which year
            told = referents.with_years(referents.dated(told, sentence), sentence)
        whole = phrasing.simplify(told, appositives=not split) or told
        pieces = clauses.marked_clauses(whole) if split else [(whole, False)]
        for number, (piece, aside) in enumerate(pieces):
            text = phrasing.simplify(piece) or piece if split else piece
            text = referents.resolved(text, sentence) if referents is not None else text
            starts_with_subject = subject is not None and text.startswith(subject)
            if subject is not None and class_noun is None and starts_with_subject:
                class_noun = _class_noun(text, subject)
            if number == 0 and subject is not None and about_subject and not starts_with_subject:
                owner = _OWNER_PRONOUN[pronoun]
                lead = re.match(
                    rf"^{_OPENING}(?P<pronoun>{pronoun}|{pronoun.lower()}|{owner}|{owner.lower()})"
                    r"\s+(?=[a-z])",
                    text,
                )
                if lead and bool(lead["opening"]) != lead["pronoun"][:1].isupper():
                    opening = lead["opening"] or ""
                    named = _capital(subject, opening)
                    if lead["pronoun"].casefold() == owner.casefold():
                        named = _owner(named)  # "Its capital is ..." → "Kestria's capital"
                    text = f"{opening}{named} {text[lead.end() :]}"
                    starts_with_subject = not lead["opening"]
            for sort in dict.fromkeys(
                (class_noun, bracket_sort, *_other_names_of(class_noun or bracket_sort))
            ):
                if subject is None or sort is None:
                    continue
                if referents is not None and referents.names_another(sort, sentence):
                    continue  # "the church" after "Varby also has the Church of Saint Ansel"
                near = [told] + [before] * (previous_paragraph == sentence.paragraph)
                text, starts_with_subject = _named_for_its_sort(
                    text,
                    sort,
                    short or subject,
                    starts_with_subject,
                    owns(sort),
                    near if referents is not None else None,
                )
            own_pronoun = number == 0 and person is not None and subject is not None
            own_pronoun = own_pronoun and not _other_name(
                previous, subject or "", before, strict=person == "They"
            )
            if own_pronoun and person != "They":
                text = _person_named(text, person or "", subject or "")
                starts_with_subject = text.startswith(subject or "")
            if number == 0 and not starts_with_subject:
                alone = previous is not None and _only_about(before, previous)
                alone = alone and previous_paragraph == sentence.paragraph
                alone = alone and not _expletive(text)
                thing = previous is not None and _a_thing(previous, sorts)
                if previous is not None and subject is not None and _same_name(previous, subject):
                    thing = thing or any(map(_thing_sort, (class_noun, bracket_sort)))
                text = _resolve_person(text, previous, it=split and alone, thing=thing)
            if own_pronoun and person == "They":  # after "Orm archers ... They": the archers
                text = _person_named(text, person, subject or "")
            prepared.append(replace(sentence, text=text, clause=number, aside=aside))
        main = prepared[-len(pieces)].text
        about_subject = subject is not None and main.startswith(subject)
        about_subject = about_subject and _only_about(main, subject or "")
        previous = phrasing.main_subject(main)
        previous_paragraph = sentence.paragraph
        before = main
    if subject is not None and class_noun is not None and referents is not None:
        prepared = _class_noun_named_before(
            prepared, class_noun, short or subject, (bracket_sort, referents, owns)
        )
    return prepared


def _class_noun_named_before(
    prepared: list[Sentence],
    class_noun: str,
    subject: str,
    reading: tuple[str | None, Referents, Callable[[str], bool]],
) -> list[Sentence]:
    """The prepared sentences with "the borough" made the subject's name in those read before
    the one that filed the subject under its noun ("Orm is the smallest borough ..."), as
    ``prepare_sentences`` makes it in those after: a document whose paragraphs open anywhere
    may tell what its subject is late, and "the borough" means it all the same. Not where
    the sentence's paragraph names another of the sort, nor where other names share it
    (``reading``: the title's bracketed sort, the referents, and whether no other name
    shares a sort)."""
    bracket_sort, referents, owns = reading
    first = next(
        (
            at
            for at, s in enumerate(prepared)
            if s.text.startswith(subject) and _class_noun(s.text, subject) == class_noun
        ),
        0,
    )
    sorts = [sort for sort in (class_noun, *_other_names_of(class_noun)) if sort != bracket_sort]
    named = list(prepared)
    for at, sentence in enumerate(prepared[:first]):
        text = sentence.text
        for sort in sorts:
            if referents.names_another(sort, sentence):
                continue  # "the borough" after "... the borough of Kell": either one
            near = [sentence.text]
            if at and prepared[at - 1].paragraph == sentence.paragraph:
                near.append(prepared[at - 1].text)
            starts = text.startswith(subject)
            text, _ = _named_for_its_sort(text, sort, subject, starts, owns(sort), near)
        named[at] = replace(sentence, text=text)
    return named


def _named_for_its_sort(
    text: str, sort: str, subject: str, starts: bool, own: bool, near: Sequence[str] | None
) -> tuple[str, bool]:
    """A clause with the noun the document files its subject under (``sort``) made the
    subject's name: "The borough ..." opening it where it does not start with the subject
    already (``starts``), "the borough" inside it where no other name of the document shares
    the sort (``own``), and a post held with no place named ("was mayor") where ``near``, the
    clause's sentence and the one before it in its paragraph, names no other place (None: no
    post is named). Returned with whether the clause then starts with the subject."""
    if not starts:
        text = _class_noun_named(text, sort, subject)
        starts = text.startswith(subject)
    if own:
        text = _class_noun_inside(text, sort, subject)
    if near is not None and not _another_place(near, subject):
        text = _post_of_the_subject(text, sort, subject)
    return text, starts


_OTHER_NAMES_OF_SORT: dict[str, tuple[str, ...]] = {
    "song": ("single", "track"),
    "film": ("movie",),
}
"""Other nouns a document calls its subject of a sort by: an article on a song tells what
"the single" did on the charts and when "the track" was recorded."""


def _other_names_of(sort: str | None) -> tuple[str, ...]:
    """The other nouns a subject of ``sort`` goes by (``_OTHER_NAMES_OF_SORT``)."""
    return _OTHER_NAMES_OF_SORT.get(sort or "", ())


def _short_title(sentences: Sequence[Sentence], subject: str) -> str | None:
    """The part after a title's colon where the document names the subject by it alone:
    "Night Crown" of "The Lay of Orm: Night Crown" ("Night Crown sold 400,000 copies")."""
    head, colon, short = subject.rpartition(": ")
    if not colon or not head or not short[:1].isupper():
        return None
    alone = re.compile(rf"(?<!: )(?<![\w'-]){re.escape(short)}(?![\w'-])")
    return short if any(alone.search(s.text) for s in sentences) else None


def _disambiguator_sort(title: str) -> str | None:
    """The sort a title's bracketed disambiguator files the subject under: "film" of "Ostmark
    (1994 film)", "game" of "Orm (video game)"; None for a place ("Lund (Varland)")."""
    bracket = DISAMBIGUATOR.search(title)
    words = bracket["words"].split() if bracket else []
    if not words or not re.fullmatch(r"[a-z]+", words[-1]) or words[-1] == "disambiguation":
        return None
    return words[-1] if "NOUN" in phrasing.word_tags(words[-1]) else None


def _class_noun_named(text: str, class_noun: str, subject: str) -> str:
    """ "The state's highest peak is ..." in a document about a state → "Ardenne's highest peak
    is ...": a clause opening with the noun the document files its subject under means the
    subject (not "The state of Kerala ...", which names another)."""
    lead = re.match(
        rf"^The\s+{re.escape(class_noun)}(?P<owner>['’]s)?\s+(?=(?P<next>[a-z]+))", text
    )
    if lead is None or _renamed_to(text, subject):
        return text
    following = lead["next"]
    verb = following in phrasing.AUXILIARIES or phrasing.finite_verb(following) is not None
    if not lead["owner"] and not verb and phrasing.word_tags(following) != {"ADV"}:
        return text  # "The state symbols include ...": a noun after it, not the subject
    return f"{subject}{lead['owner'] or ''} {text[lead.end() :]}"


_CLASS_NOUN_ENDS = word_set(
    "in on at to from with by for during since until into within across throughout and or but"
)
"""Words after "the state" that end the noun phrase there ("in the state by 1900"), unlike a
noun that makes it a compound ("the state government") or "of", which names another."""


_RENAMED = (
    r"\b(?:renamed|re-named|changed\s+to|changed\s+(?:its|their)\s+names?\s+to"
    r"|became\s+known\s+as|came\s+to\s+be\s+called)\s+(?:the\s+)?{name}(?![\w’'-])"
)


def _renamed_to(text: str, subject: str) -> bool:
    """Whether the clause tells of the subject's taking its present name ("the society's
    name was changed to the Orm Society in 1960"): the noun before means it under its
    former name, and the subject's name in its place would have it renamed to itself."""
    bare = re.sub(r"^(?:The|the)\s+", "", subject)
    return re.search(_RENAMED.format(name=re.escape(bare)), text, re.IGNORECASE) is not None


def _class_noun_inside(text: str, class_noun: str, subject: str) -> str:
    """ "... the highest peak in the state." in a document about a state → "... the highest
    peak in Ardenne.": inside a clause, too, the noun the document files its subject under
    means the subject, where the phrase ends at it (not "the state government", "the state of
    Lorn")."""

    if _renamed_to(text, subject):
        return text  # "the society's name was changed to the Orm Society": its former name
    inside = re.sub(r"^The\s", "the ", subject)  # "... in the Orm Society", not "in The"

    def named(match: re.Match[str]) -> str:
        if match["owner"]:
            return f"{inside}{match['owner']}"
        following = match["next"]
        ends = not following or following in _CLASS_NOUN_ENDS or following in phrasing.AUXILIARIES
        if ends or phrasing.finite_verb(following) is not None:
            return inside
        return match.group(0)

    return re.sub(
        rf"(?<=\s)the\s+{re.escape(class_noun)}(?:(?P<owner>['’]s)|(?=[,.;:?!]|$)"
        r"|(?=\s+(?P<next>[a-z]+)\b))",
        named,
        text,
    )


_POSTS_OF_A_PLACE: dict[str, tuple[str, ...]] = {
    "mayor": ("city", "town", "municipality", "village"),
    "governor": ("state", "province", "colony", "territory"),
    "premier": ("province",),
}
"""The posts a place of each sort has one holder of at a time, and the sorts that have it:
"was mayor" in a document on a town is mayor of that town (a borough's mayor is its city's)."""
_POST_ADJECTIVES = {"mayor": "mayoral", "governor": "gubernatorial"}
_POST_RACE = (
    r"\b[Tt]he\s+{adjective}\s+(?:race|election|elections|campaign|contest|primary)\b"
    r"(?!\s+(?:of|in|for)\s|[’'-])"
)
"""A race for the post with no place named: "the mayoral race" (of which town?)."""
_BARE_POST = LazyPattern(r"(?<![\w’'-])(?P<post>[a-z]+)\b(?!\s+of\b|[’'-])")
"""A post with no owner after it; taken or held (``_TAKES_A_BARE_POST`` before it), none
before it either: "was elected mayor in 1992", "ran for mayor", "served as governor"."""
_TAKES_A_BARE_POST = word_set(
    "was were is are be been became become becomes elected appointed named as for"
)


_PLACE_NAMED = LazyPattern(
    r"\b(?:in|at|to|from|near|for)\s+(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)"
)
"""A name after a preposition of place: "moved to Vessburg", "born in Brannock"."""


def _another_place(texts: Sequence[str], subject: str) -> bool:
    """Whether the sentences name a place other than the subject ("Ivo Marr moved to
    Vessburg in 1960. He was elected mayor in 1974.": mayor of which town?)."""
    return any(
        found["name"].split()[0] not in MONTHS and subject not in found["name"]
        for text in texts
        for found in _PLACE_NAMED.finditer(text)
    )


def _post_of_the_subject(text: str, sort: str, subject: str) -> str:
    """ "Ivo Marr was mayor from 1970 to 1986." in a document on the town of Orm → "Ivo Marr
    was mayor of Orm from 1970 to 1986."; "the mayoral race" → "the mayoral race in Orm": a
    post a place of the subject's sort has, held with no place named, is the subject's.
    The caller has made sure no other place of the sort is in sight."""
    posts = [post for post, sorts in _POSTS_OF_A_PLACE.items() if sort in sorts]
    if not posts or re.search(rf"\b{re.escape(subject)}\b", text):
        return text
    inside = re.sub(r"^The\s", "the ", subject)

    def named(match: re.Match[str]) -> str:
        if match["post"] not in posts:
            return match.group(0)
        before = match.string[max(0, match.start() - 40) : match.start()].split()[-1:]
        if not before or before[0] not in _TAKES_A_BARE_POST:
            return match.group(0)
        return f"{match.group(0)} of {inside}"

    text = _BARE_POST.sub(named, text)
    for post in posts:
        if post in _POST_ADJECTIVES:
            race = _POST_RACE.format(adjective=_POST_ADJECTIVES[post])
            text = re.sub(race, lambda m: f"{m.group(0)} in {inside}", text)
    return text


def _only_about(text: str, subject: str) -> bool:
    """Whether a sentence opening with the subject leaves "It" in the next one no other
    referent: it says what the subject is ("The Elbe is a river in ..."), or names nothing
    else ("... flows into Lake Geneva": the next "It" may be the lake). A sentence opening
    with the subject's possessive is about what the subject owns ("Orm's first bank was
    founded in 1817. It was ..." is the bank)."""
    if re.match(r"['’]s?\s", text[len(subject) :]):
        return False
    rest = text[len(subject) :].split()
    if rest and rest[0] in ("is", "was", "are", "were"):
        return True
    return not any(word[:1].isupper() for word in rest)


_OPENING_WORDS = (
    r"(?:In|On|At|After|Before|During|By|From|Since|Until|Following|Under|Within|Throughout"
    r"|Between)"
)
_OPENING = rf"(?P<opening>{_OPENING_WORDS}\s[^,;A-Z]{{1,50}},\s+)?"
"""A fronted time or place phrase that names nothing ("In 1851, ", "After the war, "): the
pronoun after it is the subject the sentence before was about, as at a sentence's start."""

_EXPLETIVE_IT = LazyPattern(
    rf"^{_OPENING}[Ii]t\s+(?:\w+ly\s+)?(?:(?:is|was|has|had|will|would|may|might|could|must)"
    r"(?:\s+(?:have|be|been)){0,2}|seems?|seemed|appears?|appeared|remains?|remained|becomes?"
    r"|became|takes?|took|makes?|made)\s+(?:[\w’'-]+\s+){0,4}?"
    r"(?:that|to|whether|if|when|how|why|what|which|who)\b"
)
""""It was announced that ...", "It is hard to ...", "It was there that ...": an "it" that
stands for what follows, never for the name before."""


def _expletive(text: str) -> bool:
    """Whether a clause opens with an "it" that points ahead, not back."""
    return _EXPLETIVE_IT.match(text) is not None


def _person_pronoun(sentences: Sequence[Sentence], subject: str | None) -> str | None:
    """ "She" or "He" when the document is about one person, named by ``subject``, and
    refers to them by that pronoun: sentences open with it far more often than the other.
    "They" when it is about a people ("The Normans") and often opens sentences with "They"."""
    if subject is None or not re.fullmatch(r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3}", subject):
        return None
    counts = Counter(
        match["pronoun"].casefold()
        for sentence in sentences
        if (
            match := re.match(
                rf"^(?:{_OPENING_WORDS}\s[^,;]{{1,80}},\s+)?(?P<pronoun>[Ss]he|[Hh]e|They)\s",
                sentence.text,
            )
        )
    )
    if subject.split()[0] in ("The", "A", "An"):
        # "The Normans": a people, whose "he" is one of them, and "they" all of them
        return "They" if subject.endswith("s") and counts["they"] >= 3 else None
    she, he = counts["she"], counts["he"]
    if _names_a_thing(sentences, subject):
        return None
    if she >= 2 and he * 3 <= she:
        return "She"
    if he >= 2 and she * 3 <= he:
        return "He"
    return None


def _names_a_thing(sentences: Sequence[Sentence], subject: str) -> bool:
    """Whether the subject's name says it is a thing ("Temple Orm", "Kell Academy") and the
    document files it under no sort of person: its "he" and "she" are then people it tells
    of ("Temple Orm is a synagogue ... He emigrated in 1957": a rabbi), never itself. A name
    opening with a sort word may be a person's ("Lake Ivers is an actress")."""
    if not (phrasing.names_no_person(subject) or lexicon.sort_word(subject.split()[0])):
        return False
    opening = next((s.text for s in sentences if s.text.startswith(subject)), None)
    sort = _class_noun(opening, subject) if opening is not None else None
    last = sort.split()[-1] if sort else ""
    return not (last.endswith(_AGENT_NOUN_ENDINGS) or last in lexicon.ROLE_NOUNS)


_PLAIN_OPENERS = frozenset(["The", "A", "An", "Her", "His", "Their", "Its", "This", "These"])


def _other_name(previous: str | None, subject: str, before: str, *, strict: bool) -> bool:
    """Whether the sentence before is about a named one other than the document's subject
    person ("Emil Sand moved to Orm. He ..."): "he" may then be either. With no subject
    found in it (``previous`` None) and ``strict``, whether it names any other one at all (a
    people's "they" may be any group it names)."""
    words = (previous or (before if strict else "")).split()
    if not words:
        return False
    own = {w.removesuffix("s") for w in subject.split()}  # "Norman kings": the Normans'

    def other(word: str) -> bool:
        return word[:1].isupper() and word.removesuffix("s") not in own

    return any(other(w) for w in words[1:]) or (other(words[0]) and words[0] not in _PLAIN_OPENERS)


def _person_named(text: str, pronoun: str, subject: str) -> str:
    """ "After her marriage in 1853, she moved to Lund." in a document about Mara Lindqvist
    → "After her marriage in 1853, Mara Lindqvist moved to Lund.": in a document about one
    person, the pronoun the document uses for them, as the subject of a sentence's first
    clause (after any opening phrase), is that person."""
    owner = _OWNER_PRONOUN[pronoun]
    lead = re.match(
        rf"^(?P<opening>{_OPENING_WORDS}\s[^,;]{{1,80}},\s+)?(?P<pronoun>{pronoun}|"
        rf"{pronoun.lower()}|{owner}|{owner.lower()})\s+(?=[a-z])",
        text,
    )
    if lead is None or bool(lead["opening"]) != lead["pronoun"].islower():
        return text
    opening = lead["opening"] or ""
    named = _capital(subject, opening)
    named = _owner(named) if lead["pronoun"].casefold() == owner.casefold() else named
    return f"{opening}{named} {text[lead.end() :]}"


def _capital(subject: str, opening: str) -> str:
    """The subject as it reads at the start of a sentence, or after an opening phrase."""
    if not opening:
        return subject[0].upper() + subject[1:]
    first, _, rest = subject.partition(" ")
    return f"{first.casefold()} {rest}" if rest and first in ("The", "A", "An") else subject


def _resolve_person(
    text: str, previous: str | None, *, it: bool = False, thing: bool = False
) -> str:
    """ "Ethelred fled to Normandy. He returned in 1016." → "Ethelred returned in 1016.":
    "He"/"She" opening a sentence is the name the sentence before opened with ("His"/"Her"
    its possessive), unless that name is a ``thing`` (a work, a place, a body): "Solvara was
    released in 2005. Her first role ..." is the singer's, never the album's. "They" is a
    plural subject the sentence before opened with ("The Normans"). With ``it`` (the sentence
    before names nothing else), "It" is the singular name it opened with ("Passau is a city on
    the Elbe. It is ..."). The pronoun may follow an opening phrase that names nothing ("In
    1016, he returned")."""
    if previous is None:
        return text
    lead = re.match(rf"^{_OPENING}(He|She|They|It|His|Her|he|she|they|it)\s+(?=[a-z])", text)
    if lead is None or (lead.group(2).casefold() == "it" and not it):
        return text
    if (thing or _POSSESSIVE_NAME.search(previous)) and lead.group(2).casefold() in (
        _PERSONAL_PRONOUNS
    ):
        return text  # "Kell's was founded by Ann Orm. He ...": a firm named for its owner
    opening = lead["opening"] or ""
    if bool(opening) != lead.group(2).islower():
        return text  # "In 1016, He ..." or "his" opening a sentence: not a subject pronoun
    words = previous.split()
    if lead.group(2) in ("His", "Her"):  # "His exploit was ..." → "Richard's exploit was ..."
        person = len(words) <= 4 and all(word[:1].isupper() for word in words)
        if not person or previous.endswith("s"):
            return text
        return f"{previous}'s {text[lead.end() :]}"
    if lead.group(2).casefold() == "they":
        plural = words[-1].endswith("s") and len(words) <= 4
        # "The Normans"; "Norman mercenaries" (a bare plural noun, not "Lake Titicaca")
        common = words[-1].islower() and phrasing.plural_noun(words[-1])
        plural = plural and (words[0] in ("the", "The") or common)
        return f"{opening}{_capital(previous, opening)} {text[lead.end() :]}" if plural else text
    name = len(words) <= 4 and all(word[:1].isupper() for word in words)
    if lead.group(2).casefold() == "it":
        named = [w for w in words if w not in ("the", "The")]
        singular = bool(named) and all(w[:1].isupper() for w in named)
        if not singular or phrasing.plural_noun(named[-1]) or named[-1].endswith("s"):
            return text
        return f"{opening}{_capital(previous, opening)} {text[lead.end() :]}"
    return f"{opening}{previous} {text[lead.end() :]}" if name else text


_PERSONAL_PRONOUNS = word_set("he she his her")
_POSSESSIVE_NAME = re.compile(r"[A-Z][\w-]*['’]s$")
"""A name written as its owner's possessive ("Kell's"): a shop, a firm or a brewery named for
its owner, never the "he" or "she" of the sentence after."""
_THING_SORTS = lexicon.WORK_WORDS | word_set(
    "band group company firm country nation state city town village kingdom empire dynasty"
    " team ship year century decade"
)
"""Sorts of a thing that "he" or "she" never stands for, besides the sort words of a name
("University", "River": ``lexicon.sort_word``)."""


def _thing_sort(sort: str | None) -> bool:
    """Whether a sort noun ("debut album", "river") files a name under things, not people."""
    last = sort.split()[-1] if sort else ""
    return bool(last) and (last in _THING_SORTS or lexicon.sort_word(last.capitalize()))


def _same_name(name: str, subject: str) -> bool:
    return name.casefold().removeprefix("the ") == subject.casefold().removeprefix("the ")


def _a_thing(name: str, sorts: Mapping[str, str]) -> bool:
    """Whether a name is of no person: the document files it under a sort of thing ("Solvara
    is the debut album by ..."), or the name says so itself (``phrasing.names_no_person``)."""
    if phrasing.names_no_person(name):
        return True
    return _thing_sort(sorts.get(name.casefold().removeprefix("the ")))


_CAST_BEFORE = re.compile(r"[A-Z][\w’'.-]*\s+as\s+$")
_CAST_AFTER = re.compile(r"\s+as\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z]")


def _role(text: str, span: Span) -> str | None:
    """The title or role word right before a person's name ("the engineer X" → "engineer"),
    or a cast's two sides: "Ann Lee as Mrs. Kell" names a performer and a character, never
    options of one another."""
    if _CAST_BEFORE.search(text[: span.start]):
        return "character"
    if _CAST_AFTER.match(text, span.end):
        return "performer"
    before = _words_before(text, span.start, 2)
    if before and (before[-1] in _TITLE_WORDS or before[-1] in lexicon.ROLE_NOUNS):
        return before[-1]
    if len(before) == 2 and before[0] in ("the", "a", "an") and _agent_noun(before[1]):
        return before[1]
    return None


def _place_role(text: str, span: Span) -> str | None:
    """The sort of place the text files a name under: "the city of Passau", "the port of
    Rotterdam", "the state X" → "city", "port", "state"."""
    before = _words_before(text, span.start, 2)
    if len(before) == 2 and before[1] == "of" and before[0] in _PLACE_ROLES:
        return before[0]
    if before and before[-1] in _PLACE_ROLES:
        return before[-1]
    after = _PLACE_AFTER.match(text, span.end)
    if after:  # "the Noord river", "Alsace, a region of France"
        return after.group(1).casefold()
    return None


def _organisation_role(text: str, span: Span) -> str | None:
    """The sort of body the text calls an organisation: "the broadcaster X", "X, a media
    company" → "broadcaster", "company"."""
    before = _words_before(text, span.start, 1)
    if before and before[-1] in _ORGANISATION_ROLES:
        return before[-1]
    after = _ORGANISATION_AFTER.match(text, span.end)
    return after.group(1) if after else None


_PLACE_AFTER = LazyPattern(
    r"(?:\s+|,\s+(?:a|an|the)\s+(?:small\s+|large\s+|historic\s+)?)("
    + "|".join(sorted(_PLACE_ROLES))
    + r")\b"
)
"""A sort of place right after a name, or in an apposition after it."""


def _definition(
    sentence: Sentence,
    original: str,
    proper: Collection[str] = (),
    abbreviation_keys: Collection[str] = (),
    lower: Collection[str] = (),
) -> phrasing.Definition | None:
    """The term the sentence defines, or the other name it gives its subject ("Lake Tana,
    also known as Tsana, ..."). The whole sentence is read when its first clause opens it: the
    clause splitter cuts "A kiln is an oven that fires clay" after "an oven", and the
    definition needs its relative clause; the other name is read before the aside goes.
    A common noun that opens the sentence ("Recursion is a technique ...", not one of the
    document's ``proper`` words) is read in lower case, so that it is not taken for a name.
    A key of generic words ("a common phenomenon") is no definition; "the word X" defines X.
    Only the ``abbreviation_keys`` the document keeps using are asked what they stand for;
    ``lower`` are the words the document writes in lower case only (``common_opening``)."""
    found = _defined_or_named(sentence, original, proper, abbreviation_keys, lower)
    return None if found is None else concepts.usable_definition(found)


def _defined_or_named(
    sentence: Sentence,
    original: str,
    proper: Collection[str],
    abbreviation_keys: Collection[str],
    lower: Collection[str] = (),
) -> phrasing.Definition | None:
    if sentence.clause == 0:
        whole = phrasing.simplify(original, appositives=False)
        kind = concepts.kind_of(whole, proper)
        if kind is not None:  # "Knots are a kind of deadlock": asked for the kind, not the term
            return kind
        common = concepts.common_opening(whole, proper, lower)
        found = phrasing.definition(whole) or (phrasing.definition(common) if common else None)
        if (
            found is not None
            and whole[: found.end].casefold() == sentence.text[: found.end].casefold()
        ):
            # "monopoly is a market ..." (a note's "Monopoly: a market ...", its common noun
            # uncapitalised so that it is not taken for a name) is shown capitalised
            return replace(found, claim=sentence.text[:1] + found.claim[1:])
        named = (
            concepts.alias(original, proper)
            or concepts.which_is(whole)
            or concepts.coined_term(original, proper)
            or concepts.described_term(whole)
            or concepts.contrast(whole)
            or concepts.refers_to(whole, proper)
            or concepts.unlike(whole, proper)
            or concepts.states_that(whole)
            or concepts.kinds_that(whole, proper)
            or concepts.gloss(original)
            or concepts.abbreviated(original, proper)
            or concepts.branch_of(whole, proper)
            or concepts.measured_in(whole)
            or concepts.named_with_adverb(whole, proper)
            or concepts.apposition(whole, proper)
            or concepts.stands_for(original, abbreviation_keys)
            or concepts.named_superlative(whole, proper)
            or concepts.called_kind(whole, proper)
            or concepts.includes_one_that(whole, proper)
            or concepts.object_apposition(whole)
            or concepts.named_in_passing(whole)
            or concepts.called_object(whole)
        )
        if named is not None:
            return named
    return (
        phrasing.definition(sentence.text)
        or (concepts.or_alias(original, proper) if sentence.clause == 0 else None)
        or concepts.statement(
            sentence.text, note_line=sentence.note_line, proper=proper, source=original
        )
    )


def _defined_term(
    defined: phrasing.Definition,
    sentence: Sentence,
    spans: list[Span],
    frequent: set[str],
    shared_names: set[str],
    lower_elsewhere: Callable[[str], bool] = lambda word: False,
) -> tuple[Span | None, list[Span]]:
    """The term a sentence defines or names as an answer span (offsets in the defining
    claim), and the sentence's other spans: none of its key terms (the sentence is about the
    defined one), none where the term is. A name the extractor already typed keeps its kind
    ("Odo was the bishop of ...": a person, asked "Who"); a proper name of no known kind is
    typed ("other"). A term capitalised only because it opens the sentence is the key in
    lower case where the document writes its first word so in another sentence and never
    capitalises it inside one (``lower_elsewhere``): "Opportunity cost is ..." asks for
    "opportunity cost"; a glossary line's "Xylem" keeps its capital."""
    claim = defined.claim
    text = claim[defined.start : defined.end]
    aside = re.search(r"\s+[–—]\s", text)
    if (
        aside is not None
    ):  # "a Varsovian – in Vellish varsak": the term ends where a dash sets off an aside
        text = text[: aside.start()]
    first = text.split()[0] if text.split() else ""
    if defined.start == 0 and first[1:].islower() and lower_elsewhere(first.casefold()):
        text = text[:1].lower() + text[1:]
    term = Span(defined.start, defined.start + len(text), "term", text)
    if not _answerable(term, replace(sentence, text=claim), frequent, shared_names):
        return None, spans
    others = [s for s in spans if s.kind != "term" and s.text != term.text]
    in_place = sentence.text.startswith(claim[: defined.end])
    if in_place:  # the claim opens the sentence: its offsets hold in the sentence too
        end = len(claim) if concepts.asks_closing_time(defined) else term.end
        others = [s for s in others if not _overlaps(s.start, s.end, [(term.start, end)])]
    named = [s for s in spans if s.text == term.text and s.kind != "term"]
    if named:
        term = replace(named[0], start=term.start, end=term.end)
    elif all(w[:1].isupper() for w in term.text.split()):
        term = replace(term, kind="other")
    else:
        other = concepts.other_number(term.text)
        term = replace(term, aliases=(other,) if other else ())
    return term, [term, *others]


def _with_useful_terms(pool: list[tuple[str, str]], roles: dict[str, str]) -> list[tuple[str, str]]:
    """The pool without the terms no question can use: an option for a term must be a term of
    its sort (another engine for an engine), so a term whose sort no other term shares is
    never one."""
    sorts = Counter(roles.get(normalize(value)) for kind, value in pool if kind == "term")
    return [
        (kind, value)
        for kind, value in pool
        if kind != "term" or (sort := roles.get(normalize(value))) is None or sorts[sort] > 1
    ]


def _seen_term(term: str, seen: set[str]) -> bool:
    """Whether the pool has the term already, in this or the other number (so that options
    never show "function problem" and "function problems" side by side)."""
    key = concepts.term_key(term.split())
    if key in seen:
        return True
    seen.add(key)
    return False


def _term_spans(text: str, terms: concepts.KeyTerms, taken: Sequence[Span]) -> list[Span]:
    """The document's key terms named in a sentence, where no name or number is."""
    ranges = [(s.start, s.end) for s in taken]
    spans = []
    for start, end in terms.spans(text):
        if not _overlaps(start, end, ranges):
            other = concepts.other_number(text[start:end])
            aliases = (other,) if other else ()
            spans.append(Span(start, end, "term", text[start:end], aliases=aliases))
    return spans


_LIST_ITEM = r"[\w’'.-]+(?:\s+[\w’'.-]+){0,5}"
"""An item of a list: up to six words ("the rural-based National Party of Australia")."""
_LEAD_MODIFIERS = r"(?:(?:[Tt]he|[Aa]n?)\s+)?(?:[a-z][\w-]*\s+){0,2}"
"""An article and lower-case words before a name ("the environmentalist Greens")."""


_SHORT_ITEM = r"[\w’'.-]+(?:\s+[\w’'.-]+){0,4}"
_REST_OF_LIST = rf"(?:,\s+{_SHORT_ITEM})*,?\s+(?:and|or)\s+\w"
_LIST_FROM_FIRST = LazyPattern(rf"^(?:\s+[a-z]+)?,\s+{_SHORT_ITEM}{_REST_OF_LIST}")
_LIST_ITEM_BEFORE = LazyPattern(rf"{_SHORT_ITEM},\s+$")
_LIST_REST = LazyPattern(rf"^{_REST_OF_LIST}")
_LIST_BEFORE_LAST = LazyPattern(rf",\s+{_SHORT_ITEM},?\s+(?:and|or)\s+$")
_TWO_ITEMS_BEFORE_LAST = LazyPattern(
    rf",\s+{_LIST_ITEM},\s+{_LIST_ITEM},?\s+(?:and|or)\s+{_LEAD_MODIFIERS}$"
)


def _in_list(text: str, span: Span) -> bool:
    """Whether the span is one item of a list of three or more ("A, B, C and D")."""
    before, after = text[: span.start], text[span.end :]
    first = _LIST_FROM_FIRST.match(after)  # "Orm islands, reefs and"
    # the search tries every word of ``before``: only where it ends in a comma and a space
    bare = before.rstrip()
    comma_ends = bare.endswith(",") and len(bare) < len(before)
    middle_before = _LIST_ITEM_BEFORE.search(before) if comma_ends else None
    middle_after = _LIST_REST.match(after)
    # two items before ", and the environmentalist Greens": a list, not an opening phrase
    last = _LIST_BEFORE_LAST.search(before) or _TWO_ITEMS_BEFORE_LAST.search(before)
    return bool(
        (first and _verbless(first.group(0)))
        or (
            middle_before
            and middle_after
            and _verbless(middle_before.group(0) + middle_after.group(0))
        )
        or (last and _verbless(last.group(0)))
    )


def _last_in_source_list(source: str, span: Span) -> bool:
    """Whether the span is the last item of a list in the sentence as the document wrote it:
    a clause cut from "the counties of A, B, and C are combined" opens "C are combined"."""
    at = source.find(span.text)
    before = rf",\s+{_LIST_ITEM},?\s+(?:and|or)\s+{_LEAD_MODIFIERS}$"
    last = re.search(before, source[: max(at, 0)])
    return at > 0 and last is not None and _verbless(last.group(0))


def _verbless(items: str) -> bool:
    """Whether a run of listed items has no finite verb: ", Sky announced Sky Q, a range of
    products and ..." after a date is a clause, not a list the date belongs to."""
    return not any(
        word in phrasing.AUXILIARIES
        or (phrasing.finite_verb(word) is not None and "NOUN" not in phrasing.word_tags(word))
        for word in _WORD.findall(items)
        if word[:1].islower()
    )


def _sentence_weights(sentences: Sequence[Sentence]) -> dict[int, float]:
    """How central each sentence is: how common its content words are in the whole document."""
    counts: Counter[str] = Counter()
    words_of: dict[int, set[str]] = {}
    for sentence in sentences:
        words = {
            w.casefold()
            for w in _CONTENT_WORD.findall(sentence.text)
            if w.casefold() not in lexicon.COMMON_START_WORDS
        }
        words_of[sentence.index] = words
        counts.update(words)
    top = math.log1p(max(counts.values(), default=1))
    weights: dict[int, float] = {}
    for index, words in words_of.items():
        if not words:
            weights[index] = 0.0
            continue
        values = sorted((math.log1p(counts[w]) / top for w in words), reverse=True)[:8]
        weights[index] = sum(values) / len(values)
    return weights


def _score(
    span: Span, prompt: str, form: str, centrality: float, mentions: int, early: bool
) -> float:
    words = len(prompt.split())
    score = 2.0 * centrality + _KIND_WEIGHT.get(span.kind, 0.5) + _FORM_WEIGHT[form]
    score += 0.15 * min(mentions - 1, 3) if span.kind not in _TIME_AND_COUNT else 0
    score += 0.3 if early else 0.0
    score -= 0.06 * max(0, words - LONG_PROMPT_WORDS)
    # a definition's "its" may belong to the thing its own description brings in
    pointing = phrasing.unbound_context_words if form == "definition" else phrasing.context_words
    score -= 0.6 * pointing(prompt)
    return score


_ONE_OF_MANY = LazyPattern(
    r"^(?:What|Who|Which \w+)\s+(?:is|was|are|were)\s+(?:an?|one\s+of|part\s+of|among)\s"
)
"""A subject question whose answer is one of a kind: many things fit it, unless a relative
clause singles it out ("a business center that includes Downtown Santa Ana")."""
_RELATIVE = LazyPattern(r"\b(?:that|which|who|whose|where)\b")
MAX_PROMPT_WORDS = 32
_AGENTS_AND_PLACES = frozenset({"person", "place", "country", "organisation", "event"})
"""Answers that need an anchor in their question: many people or places fit a bare deed."""


def _worth_asking(candidate: Candidate, known: Collection[str] = ()) -> bool:
    """Whether the candidate's question passes every gate: a safe transformation, nothing
    pointing at sentences the learner cannot see, no opinion, worth knowing, and not shown
    by the prompt itself. ``known`` are the nouns the document's subject goes by."""
    prompt = candidate.question or (candidate.clause.text if candidate.clause else "")
    if (
        candidate.form != "definition"
        and candidate.question is not None
        and not gates.grammatical(candidate.question, candidate.form)
    ):
        return False  # read first: it refuses about half the questions that reach the gates
    pointing = (
        phrasing.unbound_context_words if candidate.form == "definition" else phrasing.context_words
    )
    if candidate.attributed or pointing(prompt, strict=True):
        return False  # an opinion or quoted words, or a pronoun that points elsewhere
    if len(prompt.split()) > MAX_PROMPT_WORDS:
        return False
    if gates.since_of_an_untold_time(prompt):
        return False  # "have since grown into ...": since the time the sentence told first
    span, text = candidate.span, candidate.sentence.text
    named = span.kind == "term" or candidate.form == "definition"
    defines_a_term = (
        span.kind == "term"
        and candidate.form == "definition"
        and gates.says_what_it_is(text, span.start, span.end)
    )
    ranked = gates.ranks_among_its_kind(text)  # "Orm is the deepest lake in Tarn"
    if candidate.sentence.aside and not (defines_a_term or ranked):
        return False  # "Ada Lund, a geologist at Orm, found ...": what she found is the point
    if not gates.timeless(text, prompt):
        return False  # "the current premier": a fact that goes stale
    if span.kind in WHEN_KINDS and gates.asks_when_nothing_happened(prompt):
        return False
    if gates.deadline_time(span.kind, text[: span.start]):
        return False  # "By what year did Orm teach law?": 1880 and every year after
    side = gates.in_a_side_clause(text, span.start, span.end, span.kind)
    if side and not defines_a_term:
        return False  # "Orm sued Kell after it bought seed from Vell": not where the seed came from
    passing = candidate.form == "definition" and not (defines_a_term or ranked)
    if passing and gates.described_in_passing(candidate.sentence.quote, span.text, text):
        return False  # "Frontex, the border agency, has its seat in Vell": the seat is the point
    if not gates.keeps_restrictions(candidate.sentence.quote, prompt, span.text, clause=text):
        return False  # "officially", "in its lower course" lost, or "Where did X return?"
    asked = candidate.question or ""
    if not gates.faithful(candidate.sentence.quote, text, asked, span.text):
        return False  # a quotation changed, or a subject joined to another clause's verb
    before, after = text[: span.start], text[span.end :]
    if asked and gates.bare_what_beside_its_noun(asked, before):
        return False  # "What was the tank given the design number?" of "the design number A25"
    if gates.phrase_fragment(span.text, before, after):
        return False  # "up" of "open up", "find" of "impossible to find": no thing to name
    if named and _fragment_where_written(span.text, candidate.sentence.quote):
        return False  # a definition's claim leaves out the words around its term
    if gates.cut_from_a_longer_name(text, span.start, span.end, span.kind):
        return False  # "the Astor Grand" of "the Astor Grand New York": the rest stays asked
    if gates.setting_not_point(text, span.start, span.end, span.kind, candidate.sentence.quote):
        return False  # "In Vell, the order ranks first": the setting, not the point
    if asked and gates.one_of_a_pair(text, span.start, span.end, span.kind, asked):
        return False  # "Haldon and Marsh County": one of two asked as if alone
    if asked and gates.opens_a_list(candidate.sentence.quote, span.text, asked):
        return False  # "redness, swelling and heat": one of three asked as if all
    if candidate.form == "subject" and gates.thin_subject_question(asked):
        return False  # "Who returned to Vell?": many did
    if gates.asks_who_did_not(asked):
        return False  # "Who had not joined the guild?": everyone else
    if gates.group_went_where(asked):
        return False  # "Where did some Orm monks settle?": in many places
    if gates.held_post_without_its_time(asked):
        return False  # "Who led Orm College?": many did, at other times
    if gates.share_of_no_whole(asked):
        return False  # "Tobacco results in what percentage?": of what?
    if gates.what_a_maker_put_out(asked):
        return False  # "What did Orm Soft release in May 1999?": many things, which sort?
    if gates.taxon_authority(candidate.sentence.quote, span.text, known):
        return False  # "Who named the animal Vellosaurus in 1837?": a citation, not the animal
    if asked and gates.home_media_release(asked, span.text, known):
        return False  # "In what year was Orm released on DVD?": a copy's marketing
    if span.kind in WHEN_KINDS and gates.asks_when_a_feeling_began(asked):
        return False  # "In what year did Orm become concerned about ...?": no year of a feeling
    if gates.building_reused_as_homes(prompt, span.text):
        return False  # "In what year was the Orm Mill converted into flats?": a property deal
    if span.kind in WHEN_KINDS and gates.side_milestone_time(prompt, known):
        return False  # "In what year did Orm have a guest role in Vell Street?": list trivia
    if gates.officer_s_award(prompt):
        return False  # "In what year did Orm's CEO Ada Lind receive the Vell Award?"
    if asked and known and gates.others_prize(asked, span.text, known):
        return False  # "To whom was the Orm Prize awarded in 1907?" in a document on a school
    if span.kind in WHEN_KINDS and known and gates.part_replaced_when(asked, known):
        return False  # "In what year were the Orm floatplanes replaced by Vell floatplanes?"
    if gates.one_of_a_run(prompt):
        return False  # "In what year did Orm get his third title shot in as many months?"
    if gates.interim_sales_count(prompt, candidate.sentence.quote):
        return False  # "How many copies had Orm sold by 18 May 2013?": a week's running count
    if gates.history_traced_back(prompt):
        return False  # "The history of Orm dates back to what year?": to its plan or its launch?
    if span.kind == "number" and gates.steps_of_a_task_counted(prompt):
        return False  # "How many steps are involved in laying the grid?": one writer's count
    if (
        span.kind in WHEN_KINDS
        and known
        and gates.team_s_league_time(asked, candidate.sentence.quote, known)
    ):
        return False  # "Since what year has the Orm Hawks team played in the Vell League?"
    if asked and known and gates.others_main_kind(asked, candidate.sentence.quote, known):
        return False  # "What is the major form of smoked tobacco?" in a document on a disease
    if span.kind in WHEN_KINDS and gates.asks_of_an_unnamed_part(asked):
        return False  # "Since what decade have a number of scholars written on Orm?": no one time
    if gates.stand_in_asked(prompt):
        return False  # "Who joined as interim rabbi when Lund went on a sabbatical?"
    if gates.person_by_an_earlier_job(prompt):
        return False  # "Who had worked at the temple as a teacher?": known as its rabbi
    if gates.re_election_without_office(prompt):
        return False  # "In what year did Lund stand for reelection?": to which office?
    if gates.prize_without_its_contest(prompt, known):
        return False  # "In what year did Orm win their first gold medal?": in what?
    if gates.person_asked_what(asked, span.text):
        return False  # "What was Ivo Lund?": a man is many things
    if known and gates.sequenced_deed_of_the_subject(
        asked, candidate.sentence.quote, known, asks_a_time=span.kind in WHEN_KINDS
    ):
        return False  # "Kell became the seat of which empire?" of "subsequently became"
    if span.kind == "date" and span.text not in candidate.sentence.quote:
        return False  # "on April 16" dated 1754 by its paragraph: a date the sentence never says
    if span.kind in ("year", "date") and gates.aside_year(candidate.sentence.quote, span.text):
        return False  # "Marr, who joined the Varn Club (founded 1851) in 1870": the club's year
    if span.kind == "number" and gates.aside_count(candidate.sentence.quote, span.text):
        return False  # "Vell joined the league, which twelve clubs founded, in 1890": not Vell's
    quote = candidate.sentence.quote
    if span.kind == "number" and gates.drops_place_of_measure(
        quote, text, span.start, span.end, prompt
    ):
        return False  # "How wide is the Orm?" of "300 m wide as it nears the coast"
    if span.kind == "number" and gates.count_without_its_noun(text, span.start, span.end, asked):
        return False  # "How many arrived in the port?": of what, the sentence before says
    if span.kind == "number" and gates.count_told_as_now(asked):
        return False  # "How many museums does Kell have?": out of date when one opens
    if span.kind == "number" and gates.level_without_its_time(asked, span.text, quote):
        return False  # "To what price did cotton plummet?": in which year?
    if span.kind in ("year", "date") and gates.year_beside_its_event_s_year(asked, span.text):
        return False  # "In what year was Kell chosen to host the 2010 race?": the race is the point
    if span.kind == "year" and re.search(r"\bthe\s+$", before) and re.match(r"\s+[^\W\d]", after):
        return False  # a year naming an event: "the 2006 election", "the 2013 Orm coup"
    if asked and _cut_inside_a_list(asked, text):
        return False  # "... influenced by its Greek?" of "its Greek, Lombard, and Arab forebears"
    if asked and _cut_from_a_list_s_head(asked, text):
        return False  # "river guilds and the press" of "Farm unions, river guilds and ..."
    if candidate.form == "subject" and _ONE_OF_MANY.match(asked) and not _RELATIVE.search(asked):
        return False  # "What was a great fief of medieval France?": so were many others
    if gates.of_one_of_many(asked):
        return False  # "What was the site of a dye works?": of which works?
    if candidate.form == "definition" and gates.clause_in_a_definition(asked):
        return False  # "By what other name are parties entrust some MSPs known?"
    if candidate.question is None and not gates.grammatical(prompt, "blank"):
        return False
    if asked and not gates.wh_fits_key(_wh_phrase(asked, text), span.text, span.kind):
        return False  # "Where ...?" keyed a person, "By whom ...?" keyed a country
    if asked and gates.preposition_not_given(asked, text[: span.start]):
        return False  # "From which kingdom ...?" where the sentence says "rebelled against"
    if asked and gates.addressee_asked_as_a_thing(
        _wh_phrase(asked, text), text, span.start, span.end
    ):
        return False  # "What did Ivo urge to sell?" of "urged the council to sell": whom
    if candidate.form == "definition" and concepts.names_a_class_only(prompt):
        return False  # "What is an area of study within biophysics called?": many are
    definite = candidate.form == "definition" and concepts.clear_description(prompt, known)
    if not definite and not gates.self_contained(prompt, known):
        return False  # a definition's own phrases may describe what they mean after the noun
    clause = candidate.clause or phrasing.Clause(text, span.start, span.end)
    if gates.relative_to_unseen(prompt, clause.text, clause.start, clause.end):
        return False  # "What does the adjacent cell form?": adjacent to which?
    if asked and known and span.kind in _AGENTS_AND_PLACES and not gates.anchored(asked, known):
        return False  # a name asked about with nothing said of where or when
    if asked and known and not named and not gates.anchored(asked, known, figures="years"):
        return False  # "How many districts is local government concentrated in?" (where?)
    if (
        asked
        and known
        and span.kind == "organisation"
        and not gates.anchored(asked, known, figures="none")
    ):
        return False  # "Prior to the 2006 election, which council ...?" (of what state?)
    if (
        span.kind == "term"
        and candidate.form != "definition"
        and not (concepts.specific(asked) or _done_by_a_name(asked))
    ):
        return False  # a term is asked for only by a question that singles it out
    if asked and named and concepts.gives_away(asked, span.text):
        return False  # a term's or a name's question may name its kind, never all of it
    if asked and named and gates.shows_what_sets_the_term_apart(asked, span.text, known):
        return False  # "What is used to collect salt through evaporation?": evaporation pans
    if asked and not named and gates.gives_away(asked, span.text):
        return False
    if asked and gates.half_given_by_its_noun(asked, span.text):
        return False  # "What term did the reeve serve?" keyed "two-year term"
    if span.kind == "number" and gates.frames_the_document(asked):
        return False  # "In how many manners is teaching described?": the text's framing
    if asked and known and gates.time_of_a_recurring_event(text, asked, span.text, span.kind):
        return False  # "In which year did Kell Rovers win the cup?" of "many times, most recently"
    if span.kind in WHEN_KINDS and gates.recurring_deed_asked_when(asked):
        return False  # "In what year was a record set?": records are set again and again
    if gates.unnamed_journey(asked):
        return False  # "When did a bomber take off from Orm?": bombers took off every day
    if asked and known and gates.event_without_its_owner(asked, span.text, " ".join(known)):
        return False  # "Which side was forced to surrender?": in which war?
    if gates.names_an_unsaid_thing(prompt):
        return False  # "What was the index called?": which index?
    if asked and gates.topic_gloss(asked):
        return False  # "Where does the chronicle deal with famine?": a gloss, not a place
    if asked and gates.role_for_who_is(asked, span.text):
        return False  # "Who is the President of Vell?" keyed "mayor"
    hedged = span.approximate and not phrasing.asks_approximately(asked)
    return gates.worth_knowing(span.text, span.kind, before, after, approximate=hedged)


def _fragment_where_written(term: str, quote: str) -> bool:
    """Whether ``term``, read where the sentence as written first has it, is a piece of a
    phrase (``gates.phrase_fragment``): "impossible to find (the same manner of burial as
    ...)" defines no thing called "find"."""
    at = whole_name(term).search(quote)
    return at is not None and gates.phrase_fragment(term, quote[: at.start()], quote[at.end() :])


_NAME_THEN_VERB = LazyPattern(
    r"What\s+(?:did|was|were|had)\s+(?:[A-Z][\w-]*\s+)+(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)\b"
)


def _done_by_a_name(question: str) -> bool:
    """Whether a term is asked as what someone named did, got or was made ("What did Lund
    obtain in 1835?", "What was Orvia long classified as?"): the name and its deed single
    the term out, however short the question."""
    named = _NAME_THEN_VERB.match(question)
    return named is not None and "VERB" in phrasing.word_tags(named["verb"])


def _one_answer(candidate: Candidate, known: Collection[str], sizes: Mapping[str, int]) -> bool:
    """Whether the candidate's question pins one defensible answer (``gates.one_answer``); a
    key term's or a definition's own wording is checked by the term rules."""
    if candidate.question is None:
        return True
    named = candidate.span.kind == "term" or candidate.form == "definition"
    return gates.one_answer(candidate.question, known, sizes, named=named)


def _wh_phrase(question: str, sentence: str) -> str:
    """The question from the wh-phrase that asks for the key on: from the word where it
    first parts from its sentence (its opening for a fronted question, the key's place for
    one asked in place, after an opening phrase both share)."""
    same = 0
    for asked, told in zip(question.casefold(), sentence.casefold(), strict=False):
        if asked != told:
            break
        same += 1
    return question[question.rfind(" ", 0, same) + 1 :]


_TWO_DEEDS = LazyPattern(r",\s+[a-z]+ed\s+by\s+[^,;]+?\s+and\s+[a-z]+ed\s+by\s")


def _cut_inside_a_list(question: str, sentence: str) -> bool:
    """Whether the question keeps the first item of a list of the sentence and drops the rest
    ("... shaped by its Roman in 1100?" of "its Roman, Lombard, and Arab forebears"): the
    items after it and the noun they share are lost."""
    for listed in re.finditer(rf",\s+{_LIST_ITEM},?\s+(?:and|or)\s", sentence):
        if _TWO_DEEDS.match(sentence, listed.start()):
            continue  # ", designed by Ivo Berg and built by ...": two deeds done to one thing
        item = listed.group(0).rstrip()
        if re.search(r",\s+(?:and|or)$", item) and any(map(phrasing.is_finite_verb, item.split())):
            continue  # ", Ada was cast as Eve, and ...": whole clauses, each asked alone
        words = sentence[: listed.start()].split()[-3:]
        if len(words) < 3:
            continue
        kept = re.search(r"(?<!\w)" + r"\s+".join(map(re.escape, words)) + r"(?!\w)", question)
        if kept and not question[kept.end() :].startswith(","):
            return True
    return False


def _cut_from_a_list_s_head(question: str, sentence: str) -> bool:
    """Whether the question keeps the later items of a list and drops its first ("In what year
    did human rights groups and the press criticise ...?" of "Opposition parties, human rights
    groups and the press criticised ..."): the subject it asks of is not the sentence's. An
    opening phrase before the comma ("In 1934, ...", "Later, ...") is no item of a list."""
    for listed in re.finditer(rf",\s+{_LIST_ITEM},?\s+(?:and|or)\s", sentence):
        head = re.split(r"[,;:(]", sentence[: listed.start()])[-1].strip()
        words = head.split()
        if not words or not _verbless(head) or any(ch.isdigit() for ch in head):
            continue
        opening = words[0].casefold()
        if opening in lexicon.COMMON_START_WORDS or opening in _PREPOSITIONS:
            continue  # "In 1934, ...", "However, ...": an opening phrase, no item
        if len(words) == 1 and "ADV" in phrasing.word_tags(opening):
            continue  # "Too, ...", "Finally, ..."
        second = sentence[listed.start() :].lstrip(", ").split()[:2]
        kept = re.search(r"(?<!\w)" + r"\s+".join(map(re.escape, second)) + r"(?!\w)", question)
        if kept and words[-1].casefold() not in question.casefold():
            return True
    return False


def _clause_key(candidate: Candidate) -> tuple[int, int]:
    return candidate.sentence.index, candidate.sentence.clause


def _prompt_words(candidate: Candidate) -> str:
    """What the candidate's prompt shows: its question, or its clause with the answer blanked."""
    if candidate.question:
        return f" {normalize(candidate.question)} "
    clause = candidate.clause or phrasing.Clause(
        candidate.sentence.text, candidate.span.start, candidate.span.end
    )
    return f" {normalize(clause.text[: clause.start])} | {normalize(clause.text[clause.end :])} "


def _answer_forms(candidate: Candidate) -> list[str]:
    span = candidate.span
    forms = [span.text, *_accepted(span, candidate.sentence.text, candidate.question or "")]
    return [form for form in map(normalize, forms) if form]


def _gives_away(shown: Candidate, asked: Candidate) -> bool:
    """Whether ``shown``'s prompt contains ``asked``'s answer, or a form of it the grader
    accepts: "Who founded Orm?" beside "Which town did Ivo found?"."""
    prompt = _prompt_words(shown)
    return any(f" {form} " in prompt for form in _answer_forms(asked))


_WH_OPENING = LazyPattern(r"(?:What|Which|Who|Whom|Whose|How)\b")
"""A question asked in place that opens with its wh-phrase asks for the sentence's subject."""


def _asked_beside_its_answer(candidate: Candidate) -> bool:
    """Whether the candidate may be asked beside a better-scored question of its sentence when
    one of the two prompts shows the other's answer (``MAX_ASKED_PER_SENTENCE``): a question
    that keeps the sentence's subject, fronted or asked in place after it ("In what year did
    Ivo found Orm?", "Ivo founded which town in 1210?"), whose answer is no country. A subject
    question ("What was founded by Ivo in 1210?", "Which town was founded in 1210?") keeps
    only the deed, which the other question tells whole; a blank shows the whole sentence; a
    country is one of the few a learner guesses anyway, so a sibling that names it leaves
    nothing to recall."""
    question = candidate.question
    if question is None or candidate.span.kind == "country":
        return False
    return candidate.form == "fronted" or (
        candidate.form == "in-situ" and not _WH_OPENING.match(question)
    )


_OWN_LIFE = LazyPattern(
    r"\b(?:graduat\w*|(?:was|were|is)\s+born|marr(?:y|ies|ied)|divorced?|enroll?(?:ed|s)?|"
    r"(?:attend(?:ed|s)?|studied|study)\s+(?:[\w.-]+\s+){0,4}?(?:school|college|university|"
    r"academy|seminary)|studied|study(?=\s+(?:at|in|under)\b|\?)|"
    r"(?:law|high|medical|grade|boarding|primary|secondary)\s+school|"
    r"(?:return(?:ed|s)?|go(?:es)?|went)\s+(?:back\s+)?to\s+(?:school|college))\b",
    re.IGNORECASE,
)
"""What a question asks of a person's own life (school, birth, marriage), not of a deed."""
_KIN = (
    r"(?:(?:elder|eldest|younger|youngest|older|oldest|twin|half|step|only)[\s-]+)?"
    r"(?:sister|brother|mother|father|son|daughter|wife|husband|uncle|aunt|cousin|nephew|niece"
    r"|grand(?:father|mother|son|daughter))s?"
)
_KIN_OF_A_NAME = LazyPattern(rf"[A-Z][\w’'-]*\s?['’]s?\s+{_KIN}\b|\b{_KIN}\s+of\s+(?:the\s+)?[A-Z]")
"""A person's kin named by whose they are: "Orm's elder sister", "the son of Vell"."""


def _minor_figure_s_life(
    question: str, answer: Span, people: Iterable[str], subject_words: Collection[str]
) -> bool:
    """Whether the question asks of the own life of a person the document is not about
    ("Where did Ada Lund, the writer's wife, go to law school?", "Who was Lund's elder
    sister?"): a side figure's schooling, birth, marriage or kin is trivia beside the
    subject's story. A question that names the subject ("Where did Berg study?", "Who was
    Berg's sister?" in a life of Ivo Berg) is about the subject."""
    named = [answer.text] if answer.kind == "person" else []
    named += [name for name in people if name in question]
    if not named or not (_OWN_LIFE.search(question) or _KIN_OF_A_NAME.search(question)):
        return False  # no person named: read first, the patterns are slow
    words = {re.sub(r"['’]s$", "", word.casefold()) for word in _WORD.findall(question)}
    if words & set(subject_words):
        return False
    return any(
        not {word.casefold() for word in _WORD.findall(name)} & set(subject_words) for name in named
    )


def _side_detail(
    question: str,
    answer: Span,
    quote: str,
    subject_words: Collection[str],
    units: Mapping[str, int],
    title: str,
) -> bool:
    """Whether the question asks a detail a teacher would not: the year a study of the field
    was made or a find described or named (``gates.citation_year``), the year that only
    dates a share (``gates.share_claim_year``), the time of a replica
    (``gates.asks_of_a_copy``), where a comparison of amounts was made
    (``gates.compared_share_setting``), one place's reading of a unit the document reads at
    several (``gates.reading_at_one_place``), what some unnamed members of a group did
    (``gates.asks_of_an_unnamed_part``), or one item of a later clause of a list of examples
    (``gates.later_clause_of_a_list``)."""
    if answer.kind in WHEN_KINDS and (
        gates.citation_year(quote, answer.text, subject_words)
        or gates.asks_when_another_described(question, subject_words)
        or gates.share_claim_year(quote, answer.text)
        or gates.asks_of_a_copy(question, title)
    ):
        return True
    if gates.compared_share_setting(question, quote):
        return True
    if answer.kind == "number" and gates.reading_at_one_place(quote, answer.text, units):
        return True
    return gates.asks_of_an_unnamed_part(question) or gates.later_clause_of_a_list(
        quote, answer.text
    )


def _passing_detail(
    question: str, answer: Span, quote: str, subject_words: Collection[str]
) -> bool:
    """Whether the question asks what a reader passes by: when a tour, trip or visit took
    place (``gates.asks_a_trip_s_time``), or the bracketed other name of a side term
    (``gates.bracketed_alias_aside``)."""
    if answer.kind in WHEN_KINDS and gates.asks_a_trip_s_time(question):
        return True
    return gates.bracketed_alias_aside(quote, answer.text, subject_words)


def _subject_words(keys: Iterable[str]) -> set[str]:
    """The words of the names the document's subject goes by, short ones too ("Ko Ma")."""
    return {word for key in keys for word in key.split() if word not in _FRAME_STOP}


def _like_runs(sentences: Sequence[Sentence]) -> set[int]:
    """The sentences after the first of a run of three or more in a paragraph that tell one
    deed of like items ("A bust of Orm went to Vell in 1990. A bust of Kell went to Tarn in
    1992. ..."): their lower-case words are alike, only the names and times differ. Each
    later one is one item of a list, worth less than the run's first."""
    frames = [
        {w for w in _WORD.findall(s.text) if w[:1].islower() and w not in _FRAME_STOP}
        for s in sentences
    ]
    later: set[int] = set()
    run: list[int] = []

    def close() -> None:
        if len(run) >= LIKE_RUN:
            later.update(sentences[at].index for at in run[1:])

    for at, sentence in enumerate(sentences):
        alike = (
            run
            and sentences[run[-1]].paragraph == sentence.paragraph
            and _alike_frames(frames[run[-1]], frames[at])
        )
        if alike:
            run.append(at)
            continue
        close()
        run = [at]
    close()
    return later


_COLLECTION_OPENER = LazyPattern(
    r"^(?:Various|Several|Numerous|A\s+number\s+of)\s+(?:[\w’'-]+\s+){0,3}?[a-z]+s\s+[a-z]"
)
"""A paragraph's opening that tells of several of a kind: "Various student choirs meet at Orm"."""
COLLECTION_OPENER_WORDS = 12
"""At most this many words in a collection's opening: a longer one tells a claim of its own."""


def _items_of_a_collection(sentences: Sequence[Sentence]) -> set[int]:
    """The sentences after a paragraph's short opening that tells of several of a kind
    ("Various student choirs meet at Orm. The Kell Singers were founded in 1989. ..."): each
    tells one item of the collection, and when that one item began is no fact a teacher asks
    of the document's subject."""
    items: set[int] = set()
    opener: Sentence | None = None
    previous: int | None = None
    for sentence in sentences:
        if sentence.paragraph != previous:
            words = len(sentence.text.split())
            short = words <= COLLECTION_OPENER_WORDS and ":" not in sentence.text
            opener = sentence if short and _COLLECTION_OPENER.match(sentence.text) else None
        elif opener is not None and sentence.index != opener.index:
            items.add(sentence.index)
        previous = sentence.paragraph
    return items


_FRAME_STOP = lexicon.COMMON_START_WORDS | phrasing.AUXILIARIES | word_set("of to with")
LIKE_RUN = 3
"""How many sentences telling one deed in a row make a list of like items."""


def _alike_frames(first: set[str], second: set[str]) -> bool:
    """Whether two sentences' lower-case content words are mostly the same: two at least,
    and two thirds of the larger set shared."""
    shared = first & second
    return len(shared) >= 2 and 3 * len(shared) >= 2 * max(len(first), len(second))


ENOUGH_CENTRAL = 10
"""A deck with this many central questions asks no minor ones (``Candidate.minor``)."""
MIN_SCORE = 1.0
"""Below this score a candidate is not asked even if there is room: a sentence with a blank in
a peripheral sentence teaches little. A clear question about a passing name ("By far the most
famous work of Tarnish art is what?") clears it; the budget keeps the best first anyway."""
COVERAGE_PENALTY = 0.4
"""What a candidate's score loses for each question already kept from its paragraph: a deck
that must leave facts out leaves them out evenly, and covers the whole document."""


def _select(
    candidates: list[Candidate], budget: int, known: Collection[str] = ()
) -> list[Candidate]:
    """The best ``budget`` candidates, at most two a clause, two per answer (about different
    facts) and one per question, in reading order; spread over the paragraphs when the budget leaves some out.

    A greedy choice: the candidate with the best score, less ``COVERAGE_PENALTY`` for each
    question its paragraph already has, is kept next (scores are re-read lazily from a heap).
    A year or date whose question and a sibling's asking who or which did the deed show each
    other's answer gives way to that sibling (``_named_rival``).
    """
    everything = _greedy(candidates, len(candidates), known, 0.0)
    if len(everything) <= budget:
        return everything
    return _greedy(candidates, budget, known, COVERAGE_PENALTY)


_KIND_SORT = {"date": "time", "year": "time", "period": "time", "country": "place"}


def _figures_of_one_sort(candidate: Candidate, other: Candidate) -> bool:
    """Whether two answers are both times or both counts: a sentence is asked one of them,
    the better-scored, not two years ("Orm was founded in 1210 and walled in 1244") or two
    measures ("120 km long and 30 km wide"). A learner meets the sentence again in the
    second question, the first an easy cue for it; two names of one sentence ("The Weser
    rises in Hesse, and the Ems in the Harz") tell two facts."""
    return candidate.span.kind in _TIME_AND_COUNT and _same_sort(candidate, other)


def _same_sort(candidate: Candidate, other: Candidate) -> bool:
    """Whether two answers are of one sort (a year and a date are both times): a clause is
    asked about twice only for answers of different sorts, a person and a year, not two
    places ("Where ... before Armenia?" beside "Where ... after Byzantium?")."""
    first, second = candidate.span.kind, other.span.kind
    return _KIND_SORT.get(first, first) == _KIND_SORT.get(second, second)


MAX_ASKED_PER_ANSWER = 2
"""How many questions may share one answer: two different facts of one country or one year
("In what year was gold found at Orm?", "In what year did Orm become a town?") teach two
things, a third makes the answer a guess."""
REPEATED_ANSWER_PENALTY = 0.5
"""What a candidate's score loses when its answer is asked already: a fresh answer beside it
is kept first."""
_ASKING_WORDS = word_set("what which who whom whose when where how many much year country")


def _fact_words(candidate: Candidate, known: Collection[str]) -> set[str]:
    """The stems of the content words of the candidate's prompt, less those that ask and the
    nouns the document's subject goes by (``known``), which most questions share."""
    left_out = lexicon.COMMON_START_WORDS | _ASKING_WORDS | phrasing.AUXILIARIES | set(known)
    return {
        word.casefold()[:5]
        for word in _CONTENT_WORD.findall(_prompt_words(candidate))
        if word.casefold() not in left_out
    }


def _same_fact(candidate: Candidate, other: Candidate, known: Collection[str] = ()) -> bool:
    """Whether two questions with one answer ask the same fact: they share at least half the
    content words of the shorter ("What is Orm's capital?", "What is the capital of Orm?")."""
    words, other_words = _fact_words(candidate, known), _fact_words(other, known)
    shorter = min(len(words), len(other_words))
    return not shorter or 2 * len(words & other_words) >= shorter


def _asked_year(candidate: Candidate) -> int | None:
    """The year a time is asked by: a deck asks a date by its year ("In what year was Orm
    walled?"), so "May 1210" and "1 May 1210" are one answer to the learner."""
    span = candidate.span
    return span.value if span.kind in ("date", "year") else None


def _deed_told_again(candidate: Candidate, other: Candidate, known: Collection[str]) -> bool:
    """Whether two questions of one year ask one deed, told in a summary and again in the
    body ("When was Orm walled by the guild?", "When was Orm walled by the guild of masons
    with stone from Kell?"): every content word of the shorter prompt, two at least, is in
    the longer. Stricter than ``_same_fact``, as a year is shared by many deeds."""
    words, other_words = _fact_words(candidate, known), _fact_words(other, known)
    shorter, longer = sorted((words, other_words), key=len)
    return len(shorter) >= 2 and shorter <= longer


_NAMED_SUBJECT_QUESTION = LazyPattern(r"(?:[^,?]+,\s+)?(?:Who|who|Which|which)\b")
"""A subject question that asks for a name: "Who founded Orm in 1210?", "In 1210, which
town was founded?"."""


def _named_rival(candidate: Candidate, other: Candidate, known: Collection[str]) -> bool:
    """Whether ``other``, a question of ``candidate``'s sentence, asks who or which did what
    ``candidate`` asks the time of, so that the two give each other away ("In what year did
    Ivo Berg found Orm?", "Who founded Orm in 1210?"). The doer is the point of such a
    sentence and its time a detail, unless the doer is what the document is about."""
    return (
        candidate.span.kind in ("year", "date")
        and other.form == "subject"
        and other.span.kind not in _TIME_AND_COUNT
        and bool(_NAMED_SUBJECT_QUESTION.match(other.question or ""))
        and normalize(other.span.text) not in known
        and (_gives_away(candidate, other) or _gives_away(other, candidate))
    )


@dataclass
class _Chosen:
    """The questions ``_greedy`` has kept so far, indexed the ways its limits read them."""

    per_clause: defaultdict[tuple[int, int], list[Candidate]] = field(
        default_factory=lambda: defaultdict(list)
    )
    per_sentence: defaultdict[int, list[Candidate]] = field(
        default_factory=lambda: defaultdict(list)
    )
    per_paragraph: Counter[int] = field(default_factory=Counter)
    answers: defaultdict[str, list[Candidate]] = field(default_factory=lambda: defaultdict(list))
    years: defaultdict[int, list[Candidate]] = field(default_factory=lambda: defaultdict(list))
    """The kept times by the year they are asked by (``_asked_year``)."""
    questions: set[str] = field(default_factory=set)
    kept: list[Candidate] = field(default_factory=list)
    left_for_doer: defaultdict[tuple[int, int], list[Candidate]] = field(
        default_factory=lambda: defaultdict(list)
    )
    """The times not asked so that who did the deed is: no other time of their clause is
    asked in their place."""

    def admits(self, candidate: Candidate, known: Collection[str]) -> bool:
        """Whether the candidate may join the kept questions: at most two a clause, of
        different sorts, and one time and one count a sentence; two per answer, about different facts; one per question; and none
        whose prompt and a kept sibling's show each other's answer."""
        asked_here = self.per_clause[_clause_key(candidate)]
        if len(asked_here) >= MAX_ASKED_PER_SENTENCE:
            return False
        same_answer = self.answers[normalize(candidate.span.text)]
        if len(same_answer) >= MAX_ASKED_PER_ANSWER:
            return False
        if any(_same_fact(candidate, other, known) for other in same_answer):
            return False  # the document says one thing twice
        year = _asked_year(candidate)
        if year is not None and any(
            _deed_told_again(candidate, other, known) for other in self.years[year]
        ):
            return False  # a summary's date and the body's fuller one: one year asked twice
        held = self.left_for_doer[_clause_key(candidate)]
        if any(_same_sort(candidate, other) for other in (*asked_here, *held)):
            return False
        asked_in_sentence = self.per_sentence[candidate.sentence.index]
        if any(_figures_of_one_sort(candidate, other) for other in asked_in_sentence):
            return False
        if not _asked_beside_its_answer(candidate) and any(
            _gives_away(candidate, other) or _gives_away(other, candidate)
            for other in self.per_sentence[candidate.sentence.index]
        ):
            return False  # the better-scored question of the sentence, kept first, stays alone
        question = normalize(candidate.question or "")
        if question and question in self.questions:
            return False  # the same question with another answer: the document repeats itself
        return _worth_asking(candidate, known)

    def keep(self, candidate: Candidate) -> None:
        self.per_clause[_clause_key(candidate)].append(candidate)
        self.per_sentence[candidate.sentence.index].append(candidate)
        self.per_paragraph[candidate.sentence.paragraph] += 1
        self.answers[normalize(candidate.span.text)].append(candidate)
        year = _asked_year(candidate)
        if year is not None:
            self.years[year].append(candidate)
        self.questions.add(normalize(candidate.question or ""))
        self.kept.append(candidate)


def _greedy(
    candidates: list[Candidate], budget: int, known: Collection[str], penalty: float
) -> list[Candidate]:
    heap = [  # the minor ones after every central one
        (c.minor, -c.score, c.sentence.index, c.span.start, at, (0, 0))
        for at, c in enumerate(candidates)
        if c.score >= MIN_SCORE
    ]
    heapq.heapify(heap)
    by_sentence: defaultdict[int, list[Candidate]] = defaultdict(list)
    for _, _, _, _, at, _ in sorted(heap):
        by_sentence[candidates[at].sentence.index].append(candidates[at])
    chosen = _Chosen()
    while heap and len(chosen.kept) < budget:
        minor, _, index, start, at, seen = heapq.heappop(heap)
        candidate = candidates[at]
        if minor and len(chosen.kept) >= ENOUGH_CENTRAL:
            break  # every central question is read by now: the deck needs no side detail
        key = normalize(candidate.span.text)
        taken = chosen.per_paragraph[candidate.sentence.paragraph]
        taken_answer = len(chosen.answers[key])
        if (taken, taken_answer) != seen:  # a question was kept since the score was read
            score = candidate.score - penalty * taken - REPEATED_ANSWER_PENALTY * taken_answer
            heapq.heappush(heap, (minor, -score, index, start, at, (taken, taken_answer)))
            continue
        if not chosen.admits(candidate, known):
            continue
        rival = next(
            (
                other
                for other in by_sentence[index]
                if _named_rival(candidate, other, known)
                and other.minor <= candidate.minor  # a side detail is no central one's rival
                and not chosen.answers[normalize(other.span.text)]  # not asked elsewhere
                and chosen.admits(other, known)
            ),
            None,
        )
        if rival is None:
            chosen.keep(candidate)
            continue
        chosen.keep(rival)  # who did it is asked rather than when
        chosen.left_for_doer[_clause_key(candidate)].append(candidate)
    return sorted(chosen.kept, key=lambda c: (c.sentence.index, c.sentence.clause, c.span.start))


_ENDS_IN_A_CUT_NAME = LazyPattern(r"\b[A-Z][\w’'-]*\s*(?:\.\.\.|…)$")
"""A sentence that ends on a capitalised word and an ellipsis: a title such as "We Are...
Kell" that the sentence splitter cut, not the end of a thought."""


def _lower_words(text: str) -> set[str]:
    """The words a sentence writes in lower case."""
    return {word for word in _WORD.findall(text) if word[:1].islower()}


_PROSE_WORD = LazyPattern(r"(?<![\w’'./@_`\\:#~-])[a-z][\w’'-]*(?![\w’'/@_`(\\]|\.\w)")
"""A word in lower case in plain prose: not part of an address, a file name or a command
("kelvora.org", "/usr/bin/grindle", "`grindle`", "grindle_conf")."""


def _prose_lower_words(text: str) -> set[str]:
    """The words a sentence writes in lower case in plain prose (``_PROSE_WORD``)."""
    return {word for word in _PROSE_WORD.findall(text) if not any(c.isdigit() for c in word)}


_OPENING_LETTERS = LazyPattern(r"\s*([A-Z][a-z]+)\b")


def _opening_written_lower(
    original: str, common_words: Collection[str], prose_sentences: Counter[str]
) -> frozenset[str]:
    """The sentence's opening word, in lower case, where the document writes it so in plain
    prose in another sentence and never with a capital inside one (``common_opening``'s
    ``lower``): "Without vorplasts a root cell starves", not "see kelvora.org"."""
    found = _OPENING_LETTERS.match(original)
    if found is None:
        return frozenset()
    word = found.group(1).casefold()
    if _written_lower_elsewhere(common_words, prose_sentences, _prose_lower_words, original, word):
        return frozenset({word})
    return frozenset()


def _written_lower_elsewhere(
    common_words: Collection[str],
    lower_sentences: Counter[str],
    words_of: Callable[[str], set[str]],
    own: str,
    word: str,
) -> bool:
    """Whether the document writes ``word`` in lower case in a sentence other than ``own``,
    and never capitalises it inside a sentence. ``lower_sentences``: in how many sentences
    ``words_of`` finds each word; the sentence's own words are read again only here, as
    keeping every sentence's words would hold some 25 MB of a long document."""
    return word in common_words and lower_sentences[word] > (word in words_of(own))


def _cut_at_an_ellipsis(originals: Mapping[int, str]) -> set[int]:
    """The sentences that hold half of a name cut at an ellipsis ("... embarked on the We
    Are..." and "Kell was released ..."): a question from either would ask for, or about, a
    name the learner never saw whole."""
    cut: set[int] = set()
    for index, text in originals.items():
        if _ENDS_IN_A_CUT_NAME.search(text.rstrip()):
            cut.add(index)
            following = originals.get(index + 1, "")
            if following[:1].isupper():
                cut.add(index + 1)
    return cut


def extract(
    sentences: Sequence[Sentence], title: str = "", *, selective: bool = False
) -> Extraction:
    """Candidate facts and typed values of one document's sentences.

    Names the document is about (its title, or a name in more than a tenth of its sentences)
    are never answers: "_____ is a waterway in Egypt" in an article on the Suez Canal. Items of
    a list are not asked about either. ``selective`` keeps only the best-ranked candidates,
    about one per ``WORDS_PER_QUESTION`` words of prose (what an imported deck asks).
    """
    originals = {sentence.index: sentence.text for sentence in sentences}
    too_long = {s.index for s in sentences if len(s.text) > MAX_SENTENCE_CHARS}
    cut_names = _cut_at_an_ellipsis(originals)
    sentences = [_bounded(s) if s.index in too_long else s for s in sentences]
    if selective:  # an imported deck's reading only: the shipped bank never loads it
        from factdeck.generate.referents import Referents
    class_noun = _document_class_noun(sentences, title) if selective else None
    subject_form = _subject_form(sentences, title) if selective else None
    quoted = subject_form is not None and phrasing.quoted_title(subject_form)
    quoted_subject = subject_form if quoted else None
    referents = Referents(sentences, title, class_noun) if selective else None
    name_sorts = phrasing.named_sorts(originals.values())
    prepared = prepare_sentences(
        sentences, title, split=selective, referents=referents, sorts=name_sorts
    )
    parsed, doc = _collect(prepared)
    for text in originals.values():
        for match in _ACRONYM_DEFINED.finditer(text):
            if spelled_by(match.group(1), match.group(2)):
                doc.aliases.setdefault(match.group(2), match.group(1).removeprefix("The "))
    all_spans: list[tuple[_SentenceNames, list[Span]]] = []
    mentions: Counter[str] = Counter()
    pool: list[tuple[str, str]] = []
    roles: dict[str, str] = {}
    terms = concepts.key_terms((s.text for s in prepared), title) if selective else None
    pooled_terms: set[str] = set()
    for item in parsed:
        spans = [*item.date_spans, *item.number_spans, *_name_spans(item, doc)]
        spans = _outside_titles(item.sentence.text, spans, title)
        if terms is not None:
            spans += _term_spans(item.sentence.text, terms, spans)
            for span in spans:
                sort = concepts.sort_of(span.text) if span.kind == "term" else None
                if sort:
                    roles.setdefault(normalize(span.text), sort)
        for span in spans:
            if span.kind == "person":
                role = _role(item.sentence.text, span)
            elif span.kind in ("place", "country"):
                role = _place_role(item.sentence.text, span)
            elif span.kind == "organisation":
                role = _organisation_role(item.sentence.text, span)
            else:
                role = None
            if role:
                roles.setdefault(normalize(span.text), role)
        all_spans.append((item, spans))
        pool.extend(
            (s.kind, s.text)
            for s in spans
            if not (s.kind == "person" and len(s.text.split()) < 2)
            and not (s.kind == "term" and _seen_term(s.text, pooled_terms))
        )
        for key in {normalize(s.text) for s in spans if s.kind not in (*_TIME_AND_COUNT, "term")}:
            mentions[key] += 1
    if terms is not None:  # every sentence's runs were read for its spans: only counts are left
        terms = replace(terms, runs={})
    frequent = {key for key, count in mentions.items() if count > max(3, len(parsed) // 10)}
    # "Reel loom (machine)": the bracket tells the title from others; the text says "reel loom"
    topic = normalize(DISAMBIGUATOR.sub("", title).strip() or title).removeprefix("the ")
    subject = {topic, concepts.term_key(topic.split())} if topic else set()
    opening = f" {normalize(' '.join(s.text for s in prepared[:2]))} {topic} "
    subject |= {key for key in frequent if f" {key} " in opening}  # named in the title or lead
    frequent |= subject
    if sentences:
        frequent |= _subject_home(sentences[0].text, opening)
        frequent |= _subject_s_other_names(
            (s.text for _, spans in all_spans for s in spans if s.kind not in _TIME_AND_COUNT),
            title,
            doc.aliases,
            originals[sentences[0].index],
        )
    weights = _sentence_weights(prepared)
    # A lone name that is a first name of the document's people ("William" of William of
    # Montreuil and Duke William II), or a surname of two of them, may be any of them.
    document = "\n".join(originals.values())
    name_parts = _parts_of_people_s_names(parsed, doc, document)
    # a surname alone is still one person's where it is another's first name ("Lincoln" of
    # Abraham Lincoln beside Lincoln Chafee): no one answers with a first name
    shared_surnames = {
        surname for surname, people in doc.bearers.items() if _people_named(people) > 1
    }
    shared_surnames |= _family_surnames(document)
    shared_names = set(shared_surnames)
    shared_names |= {normalize(first) for first in doc.first_names}
    shared_names |= {normalize(value.split()[0]) for kind, value in pool if kind == "person"}
    candidates: list[Candidate] = []
    seen: set[str] = set()
    counts = gates.stated_counts(originals.values())
    proper, common_words = phrasing.word_cases(originals.values())
    lower_sentences = Counter(word for text in originals.values() for word in _lower_words(text))
    prose_sentences = Counter(
        word for text in originals.values() for word in _prose_lower_words(text)
    )
    proper |= _surnames_never_lower(parsed, doc, document)
    lead_paragraph = sentences[0].paragraph if sentences else 0
    lead = " ".join(
        [
            title,
            *{
                s.index: originals[s.index] for s in sentences if s.paragraph == lead_paragraph
            }.values(),
        ]
    )
    spelled_out = abbreviations(list(originals.values()))
    abbreviation_keys = concepts.key_abbreviations(spelled_out, originals.values(), lead)
    wholes = concepts.wholes_of_parts(originals.values()) if selective else {}
    stated: set[str] = set()
    """Candidates asked from a plain statement ("X takes place in Y"), not a definition."""
    people_by_surname = _people_by_surname(pool)  # every person is pooled by now
    titled_apart = {
        surname for surname, names in people_by_surname.items() if _titled_apart(names, document)
    }
    shared_names |= titled_apart
    shared_surnames |= titled_apart
    paragraphs: defaultdict[int, list[tuple[int, str]]] = defaultdict(list)
    for each in sentences:
        paragraphs[each.paragraph].append((each.index, originals[each.index]))
    first_namings = _FirstNamings(paragraphs)
    people = [value for kind, value in pool if kind == "person"]
    named_like_people = _named_like_people(pool, doc)
    full_names = phrasing.first_full_names(
        [*people, *named_like_people],
        shared_names | _borne_by_several(people, named_like_people),
        title,
        (value for kind, value in pool if kind in ("place", "country")),
    )
    full_names = {**phrasing.first_sort_led_names(originals.values()), **full_names}
    known: Collection[str] = ()
    if selective:
        known = gates.known_nouns(title, _document_class_noun(prepared, title))
        known = gates.unshared_nouns(known, (s.text for s in prepared), title)
    like_runs = _like_runs(sentences) if selective else set()
    collection_items = _items_of_a_collection(sentences) if selective else set()
    units = gates.reading_units(originals.values()) if selective else Counter()
    subject_words = _subject_words((*subject, *known, normalize(title)))
    # A sentence whose definition of a name fails the gates is read once more without it
    # ("Odo was the bishop of ..."): its other questions on that name stand.
    passes = [(item, spans, False) for item, spans in all_spans]
    for item, spans, plain in passes:
        sentence = item.sentence
        if sentence.index in too_long or sentence.index in cut_names:
            continue
        read_spans = spans
        defined = (
            _definition(
                sentence,
                originals[sentence.index],
                proper,
                abbreviation_keys,
                _opening_written_lower(originals[sentence.index], common_words, prose_sentences),
            )
            if selective and not plain
            else None
        )
        if isinstance(defined, concepts.Statement) and concepts.answers_with_the_title(
            defined, title
        ):
            defined = None  # "What did steam engines exhaust?" in a deck on the steam engine
        if not _usable_sentence(sentence, quoted_subject):
            # "This forms the basis for the class P, which is the set of ...": the sentence
            # leans on the one before, the definition inside it does not.
            inside = defined is not None and not sentence.text.startswith(defined.claim[:5])
            if not (inside and defined and _usable_sentence(replace(sentence, text=defined.claim))):
                continue
            spans = []
        attributed = _opinionated(
            concepts.unquoted_term(sentence.text, defined) if defined else sentence.text
        )  # "coined the term "ritualcide"": quotes that mark the term a sentence names
        term = None
        if defined is not None:
            # A name the document keeps using ("P" in a text on complexity) is still the
            # answer to its own definition, unless the title or the opening names it: the
            # question describes it, so it is no guess.
            # The title's own definition is the first question a teacher asks of a note.
            own = concepts.defines_subject(defined, topic)
            term, spans = _defined_term(
                defined,
                sentence,
                spans,
                set() if own else subject,
                shared_names,
                partial(
                    _written_lower_elsewhere,
                    common_words,
                    lower_sentences,
                    _lower_words,
                    originals[sentence.index],
                ),
            )
        if term is not None and defined is not None and term.kind == "term":
            sort = (
                concepts.sort_of(term.text)
                or defined.sort
                or concepts.described_sort(defined.question)
            )
            if sort:
                roles.setdefault(normalize(term.text), sort)
            if not _seen_term(term.text, pooled_terms):
                pool.append(("term", term.text))
        source = originals[sentence.index]
        if sentence.clause and any(
            re.fullmatch(_LEAD_MODIFIERS, sentence.text[: s.start])
            and _last_in_source_list(source, s)
            for s in spans
        ):
            continue  # a clause cut inside a list: "Ventura are all combined to make up ..."
        in_full = [
            s
            if s is term
            else _named_in_full(s, sentence, first_namings, people_by_surname, shared_names)
            for s in spans
        ]
        # "In what year did Brell sell it?" names the Brell the paragraph means in full
        paragraph_names = {
            **full_names,
            **{s.text: full.text for s, full in zip(spans, in_full, strict=True) if s != full},
        }
        spans = in_full
        chosen = sorted(
            (
                s
                for s in spans
                if s is term
                or (
                    _answerable(s, sentence, frequent, shared_names)
                    and not _in_list(sentence.text, s)
                )
            ),
            key=lambda s: (s is not term, KIND_PRIORITY.index(s.kind), s.start),
        )[:MAX_CANDIDATES_PER_SENTENCE]  # what the sentence defines, then times and counts
        definition_asked: Candidate | None = None
        for span in sorted(chosen, key=lambda s: s.start):
            if span.kind == "number" and gates.stated_two_ways(
                span.text, sentence.text[span.end :], counts, sentence.text[: span.start]
            ):
                continue  # "seven areas" here, "eight areas" there: no one answer
            if span.kind == "number" and gates.later_count_in_list(
                originals[sentence.index], span.text
            ):
                continue  # the 489 of "1,548 public schools, 489 Catholic schools and 214 ..."
            if span.kind not in _TIME_AND_COUNT and gates.deep_in_list(
                originals[sentence.index], span.text
            ):
                continue  # the fourth of six schools named in a row
            if _a_person_s_name_part(span, name_parts, doc):
                span = replace(span, kind="person")  # "Minegishi" of "Toru Minegishi"
            if phrasing.opens_with_possessive(span.text):
                continue  # "its carrying capacity": whose is the sentence's, not the key's
            span_sort = roles.get(normalize(span.text)) or name_sorts.get(span.text.casefold())
            if span_sort is None and span.kind == "other" and doc.works.get(span.text):
                span_sort = phrasing.ANY_WORK  # "Salt Road (1961)": a work of no sort told
            if span_sort in phrasing.WORK_SORTS and span.kind in _NAMED_NON_PEOPLE:
                span = replace(span, kind="other")  # "their album Salt Harbour": a title
            if span.kind == "person" and phrasing.names_a_thing(
                sentence.text, span.start, span.end, span_sort
            ):
                span = replace(span, kind="other")  # "the Edith Grant, a hotel": no person
            elif (
                span.kind == "other"
                and span_sort is None
                and phrasing.a_man_s_deed(sentence.text, span.start, span.end)
            ):
                span = replace(span, kind="person")  # "Berg moved his court": who, not what
            candidate_id = "auto-" + stable_hash(
                sentence.document,
                normalize(originals[sentence.index]),
                normalize(span.text),
                span.kind,
            )
            if candidate_id in seen:
                continue
            seen.add(candidate_id)
            unique = not attributed and _unique(span, sentence.text)
            question: str | None
            asked_of = sentence
            if span is term and defined is not None:
                asked_of = replace(sentence, text=defined.claim)
                clause = phrasing.Clause(defined.claim.rstrip(" ."), span.start, span.end)
                question, form = defined.question, "definition"
                question = concepts.of_its_whole(question, span.text, wholes)
                if span.kind != "term":  # "What is the home of X?" keyed a city
                    question = phrasing.with_named_sort(question, span_sort)
                if isinstance(defined, concepts.Statement):
                    question = phrasing.with_capitals(question, proper)
            else:
                if span.kind in WHEN_KINDS and sentence.index in collection_items:
                    continue  # "Various choirs meet at Orm. The Kell Singers began in 1989."
                if span.kind == "number" and gates.counts_its_own_list(
                    sentence.text, span.start, span.end, source
                ):
                    continue  # "three parts: A, B and C": the parts are the point, not how many
                clause = phrasing.clause_of(asked_of.text, span.start, span.end)
                asked = (
                    concepts.ask(sentence.text, span.start, span.end)
                    if span.kind == "term"
                    else _ask_past_titles(
                        asked_of.text,
                        span.start,
                        span.end,
                        title,
                        partial(
                            phrasing.ask,
                            kind=span.kind,
                            sort=span_sort,
                        ),
                    )
                )
                question, form = asked if asked else (None, "blank")
                if question is not None:
                    question = phrasing.with_capitals(question, proper, common_words)
                    partner = _coordinated_partner(span, spans, sentence.text)
                    if partner is not None and not _pins_one(question, span, partner):
                        continue  # "traded with Norland and Orm": Norland answers it too
            # scored as the sentence words it: a name given in full makes it no worse
            prompt = question or clause.text
            if question is not None:  # "Calder" named in full long before
                question = phrasing.with_full_names(question, paragraph_names, span.text)
            if question is not None and (
                phrasing.unpaired_dash(question) or phrasing.ill_formed(question)
            ):
                continue  # an aside cut open: "the group—originally been at the centre of"
            score = _score(
                span,
                prompt,
                form,
                weights.get(sentence.index, 0.0),
                terms.count(span.text)
                if terms is not None and span.kind == "term"
                else mentions[normalize(span.text)],
                sentence.index < 3,
            )
            if span is term and isinstance(defined, concepts.Statement):
                stated.add(candidate_id)
            elif span is term and defined is not None and concepts.defines_subject(defined, topic):
                score += concepts.OWN_DEFINITION_BONUS
            surname = _unshared_surname(span, question, people_by_surname, shared_surnames)
            if surname is not None:  # a copy only now: ``span is term`` above must still hold
                span = replace(span, aliases=(*span.aliases, surname))
            minor = sentence.index in like_runs or (
                question is not None
                and (
                    _minor_figure_s_life(
                        question, span, (s.text for s in spans if s.kind == "person"), subject_words
                    )
                    or (
                        selective
                        and _side_detail(question, span, source, subject_words, units, title)
                    )
                    or (selective and _passing_detail(question, span, source, subject_words))
                )
            )
            candidate = Candidate(
                candidate_id,
                asked_of,
                span,
                attributed,
                unique,
                question,
                form,
                clause,
                score,
                minor,
            )
            if form == "definition":
                definition_asked = candidate
            candidates.append(candidate)
        if (
            term is not None
            and any(s.text == term.text and s.kind != "term" for s in read_spans)
            and (definition_asked is None or not _worth_asking(definition_asked, known))
        ):
            if definition_asked is not None:
                candidates.remove(definition_asked)
                seen.discard(definition_asked.id)
            passes.append((item, read_spans, True))
    found = len(candidates), len({c.sentence.index for c in candidates})
    retold: set[str] = set()
    if selective:  # "What did Orm release?" where the document has it release two things
        told = [(c.question or "", c.span.text, c.sentence.index, c.span.kind) for c in candidates]
        retold = {candidates[at].id for at in gates.retold_with_another_answer(told)}
    defined_answers = {
        normalize(c.span.text) for c in candidates if c.form == "definition" and c.id not in stated
    }
    candidates = [  # a definition teaches what its answer means; a statement of it repeats it
        c for c in candidates if c.id not in stated or normalize(c.span.text) not in defined_answers
    ]
    if referents is not None:  # "the Mile" of several Miles, the key "metropolitan area"
        candidates = [c for c in candidates if not _leans_on_unseen(c, referents)]
        candidates = [c for c in candidates if not _year_of_a_side_noun(c, title, class_noun)]
        people = [value for kind, value in pool if kind == "person"]
        given = gates.given_names_of_several(people)
        candidates = [c for c in candidates if not gates.bare_given_name(c.question or "", given)]
        person_words = gates.people_s_words(people)
        candidates = [
            c for c in candidates if not gates.its_of_a_person(c.question or "", person_words)
        ]
    if selective:
        words = sum(len(_WORD.findall(s.text)) for s in sentences)
        members = gates.sort_members(pool, {**roles, **name_sorts})
        sizes = {sort: len(names) for sort, names in members.items()}
        candidates = [c for c in candidates if _one_answer(c, known, sizes)]
        texts = [s.text for s in prepared]  # "Which college is at Orm University?" of several
        candidates = _without_answers_elsewhere(candidates, texts, members, pool)
        candidates = [
            c
            for c in candidates
            if not gates.cover_asked_of_its_performer(c.question or "")
            and not gates.one_of_several_certifications(c.question or "", texts)
        ]
        explained = {*spelled_out, *doc.aliases, *title.split()}
        candidates = [
            c
            for c in candidates
            if not gates.unexplained_founding(c.question or "", c.span.kind, explained)
        ]
        candidates = _within_paragraph_frames(candidates, sentences, proper)
        candidates = [  # a frame may have given it its time since
            c for c in candidates if c.id not in retold or gates.names_a_time(c.question or "")
        ]
        candidates = _select(candidates, max(5, round(words / WORDS_PER_QUESTION)), known)
        candidates = _one_own_definition(candidates, topic, known)
        candidates = _within_scope_places(candidates, known)
        candidates = _with_topic(
            candidates, sentences, title, class_noun, (pool, name_sorts), proper, referents
        )
        candidates = _with_institution(candidates, sentences, title, class_noun, pool, referents)
        candidates = [c for c in candidates if not _arrived_nowhere(c)]
        candidates = _with_statistic_scope(candidates, sentences, title, class_noun, pool)
        candidates = _with_event_scope(candidates, title, texts, known)
        candidates = _with_subject_sort_named(candidates, subject_form, known, texts)
        candidates = _with_field_of_letters(candidates, sentences, subject_form)
        candidates = _with_dated_subject(candidates, title)
        candidates = _with_year_of_a_nations_deed(candidates, sentences, pool, proper)
        things = {value for kind, value in pool if kind in _NAMED_NON_PEOPLE}  # "Mell", a town
        candidates = [
            c for c in candidates if not _minor_figure_by_given_name(c, title, mentions, things)
        ]
        candidates = [c for c in candidates if not _leans_on_the_unseen(c, known)]
        candidates = _with_occasions_named(candidates, sentences, title)
        candidates = _with_one_answer_by_the_document(candidates, sentences)
        candidates = _with_owner_of_the_subject(candidates, subject_form, title, spelled_out)
        candidates = _with_short_forms_spelled_out(candidates, texts, title, spelled_out, pool)
    return Extraction(candidates, _with_useful_terms(pool, roles), roles, *found)


COMMON_SHORT_FORM_RATIO = 3
COMMON_SHORT_FORM_USES = 10
"""How many times more often than its full name, and how many times at least, a document
writes letters that are the name the thing goes by ("NASA" forty times beside one "National
Aeronautics and Space Administration"): a learner knows it by them, and a question keeps
them."""
_NAME_CONNECTIVES = frozenset({"of", "the", "and", "for", "on", "in", "de", "du", "des", "&"})
"""Words a name written in capitals may hold in lower case: "University of Kell"."""
_ALONE_USES = 2
_NAME_USES = 3
"""How many times a document must call a body by the last word of its name alone ("Rovers"
of "Tessby Rovers") for the word to be its short form there, and write the whole name."""
_MIN_SHORT_WORD = 3
_A_WHOLE_NAME = LazyPattern(r"[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*)+")
"""A name of capitalised words only: "Tessby Rovers", not "the Orm River--the Kell"."""


def _title_as_named(title: str) -> str:
    """The title as a sentence names its subject: without its bracketed disambiguator and a
    leading "The" ("The Kell Rovers (football club)" -> "Kell Rovers")."""
    return DISAMBIGUATOR.sub("", title).strip().removeprefix("The ")


def _with_short_forms_spelled_out(
    candidates: Sequence[Candidate],
    texts: Sequence[str],
    title: str,
    defined: Mapping[str, str],
    pool: Sequence[tuple[str, str]],
) -> list[Candidate]:
    """The candidates with each short form of a name that a question uses and a learner
    cannot place replaced by the full name the document introduced for it (``short_forms``):
    "In what year did KRC open its boathouse?" of "the Kell Rowing Club (KRC)" → "... did
    the Kell Rowing Club open ...?", "When did Rovers sign Orm?" of a text on "Tessby
    Rovers". A short form that names the document's subject is left to its own rules."""
    from factdeck.generate import topics  # an imported deck's reading only

    subject = _title_as_named(title)
    forms = {
        short: topics.with_written_article(full, texts)
        for short, full in short_forms(texts, defined, pool).items()
        if full.removeprefix("The ") != subject and short not in subject.split()
    }
    if not forms:
        return list(candidates)
    pattern = re.compile(
        r"(?P<before>\b[\w’'-]+\s+)?(?<![\w’'-])(?P<short>"
        + "|".join(map(re.escape, sorted(forms, key=lambda f: (-len(f), f))))
        + r")(?![\w-]|\s+[A-Z])"
    )

    def spelled(question: str, candidate: Candidate) -> str:
        def full(found: re.Match[str]) -> str:
            before, short = found["before"] or "", found["short"]
            name = forms[short]
            if before.strip() in ("the", "The") or (before[:1].isupper() and found.start() > 0):
                return found.group(0)  # "the Rovers", "Tessby Rovers": another name or a sort
            if name.removeprefix("the ") in question:
                return found.group(0)
            if found.start("short") == 0:
                name = name[:1].upper() + name[1:]
            return before + name

        answer = candidate.span.text
        if any(forms[short].removeprefix("the ") in answer for short in forms):
            return question  # "Which club took over KRC?" keyed the club itself
        return pattern.sub(full, question)

    return _with_questions_rewritten(candidates, spelled)


def short_forms(
    texts: Sequence[str], defined: Mapping[str, str], pool: Sequence[tuple[str, str]]
) -> dict[str, str]:
    """The short forms of the document's names a learner cannot place, each with the full
    name: letters the document spells out ("Kell Rowing Club (KRC)", "the Kell Rowing Club,
    or KRC,"), and the last word of a body's name the document calls it by alone ("Rovers"
    of "Tessby Rovers"), where no other name of it ends in that word. Letters the document
    writes far more often than their name (``COMMON_SHORT_FORM_RATIO``) are the name the
    thing goes by; a person's surname or a sort ("Academy") is no short form."""
    from factdeck.generate import topics  # an imported deck's reading only

    joined = " ".join(texts)
    written = _WrittenCounts(joined)

    found: dict[str, str] = {}
    for short, full in {**abbreviations_after_or(texts), **defined}.items():
        words = [word for word in full.split() if word not in _NAME_CONNECTIVES]
        if not re.fullmatch(r"[A-Z][A-Z&]{1,9}", short) or any(w[:1].islower() for w in words):
            continue  # "gross state product (GSP)", "Medium-density fibreboard": terms, no names
        uses = written(short)
        if uses < COMMON_SHORT_FORM_USES or uses <= COMMON_SHORT_FORM_RATIO * written(full):
            found[short] = full
    surnames = {value.split()[-1] for kind, value in pool if kind == "person"}
    endings: defaultdict[str, set[str]] = defaultdict(set)
    kinds: defaultdict[str, set[str]] = defaultdict(set)
    for kind, value in pool:
        kinds[value].add(kind)
    for value, read_as in kinds.items():  # a body's name is read as a place at times
        words = value.split()
        if len(words) >= 2 and _A_WHOLE_NAME.fullmatch(value):
            body = "person" not in read_as and bool(read_as & {"organisation", "other"})
            endings[words[-1]].add(value if body else "")
    for word, names in endings.items():
        if "" in names or word in surnames:
            continue  # "Holm" of Ada Holm and of the Holm Trust
        ranked = sorted(((written(name), name) for name in names), reverse=True)
        if len(ranked) > 1 and ranked[0][0] < _DOMINANT_NAME_RATIO * ranked[1][0]:
            continue  # "United" of "Kell United" and "Orm United", both told of
        name = ranked[0][1]
        if word in lexicon.ORGANISATION_WORDS or topics.sort_group(word.casefold()):
            continue  # "Academy" of "Kell Academy": a sort, which "the" points back to
        if word in lexicon.COUNTRIES | lexicon.CONTINENTS or topics.place_adjective(word):
            continue  # "Vessia" of "Kell Vessia", "Vessian" of "Orm Vessian": names of their own
        if len(word) < _MIN_SHORT_WORD or not word.replace("’", "'").replace("'", "").isalpha():
            continue  # "A" of "Avenue A", "3" of "Type 3": no word a body goes by
        if written(name) < _NAME_USES:
            continue  # a name written once is no name the document goes on to shorten
        if word in lexicon.STATES_AND_PROVINCES or _written_after_in(joined, word):
            continue  # "Orvia" of "Western Orvia": a place of its own, as "in Orvia" says
        alone = words_before_alone(joined, word)
        bare = [before for before in alone if not before[:1].isupper()]
        if len([b for b in bare if b.strip() not in ("the", "of", "a", "an")]) >= _ALONE_USES:
            found.setdefault(word, name)
    return found


class _WrittenCounts:
    """How often each name is written whole in ``joined`` (not inside a longer word or a
    hyphened one), as ``re.findall`` would count it, from one index of the word runs: a
    document of many names would otherwise be read once per name."""

    def __init__(self, joined: str) -> None:
        self._joined = joined
        self._starts: defaultdict[str, list[int]] = defaultdict(list)
        for run in _NAME_RUN.finditer(joined):
            self._starts[run.group()].append(run.start())

    def __call__(self, name: str) -> int:
        first = _NAME_RUN.match(name)
        if first is None:
            return len(re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w-])", self._joined))
        count, free_from = 0, 0
        for start in self._starts.get(first.group(), ()):
            end = start + len(name)
            if start < free_from or not self._joined.startswith(name, start):
                continue
            if _NAME_GOES_ON.match(self._joined, end):
                continue  # "Orm United" inside "Orm Uniteds"
            count, free_from = count + 1, end
        return count


_NAME_RUN = LazyPattern(r"(?<![\w-])[\w-]+")
"""A whole run of word characters and hyphens: where a name written whole may begin."""
_NAME_GOES_ON = LazyPattern(r"[\w-]")
"""A character that would carry a name on into a longer word."""


def _written_after_in(joined: str, word: str) -> bool:
    """Whether ``joined`` writes ``word`` whole after "in" ("in Orvia")."""
    escaped = re.escape(word)
    after_in = re.compile(rf"\bin\s+{escaped}(?![\w’'-])")
    return (
        next(finditer_at_leads(after_in, re.compile(rf"in\s+{escaped}"), joined), None) is not None
    )


def words_before_alone(joined: str, word: str) -> list[str]:
    r"""The word and spaces before each time ``word`` stands alone in ``joined`` (not inside a
    longer word, not before a capitalised one: "Rovers" of "the Rovers won", not of "Rovers
    Park"), "" where no word comes right before it; the same list as ``re.findall`` of
    ``(?P<before>[\w’'-]+\s+)?WORD`` with those bounds, which tries the optional word at every
    place of the text and is slow on a long one. Here the pattern is tried only where a match
    can begin: at the word and spaces before each standing-alone ``word``."""
    escaped = re.escape(word)
    whole = re.compile(rf"(?P<before>[\w’'-]+\s+)?(?<![\w’'-]){escaped}(?![\w-]|\s+[A-Z])")
    befores: list[str] = []
    resume = 0
    alone = re.compile(rf"(?<![\w’'-]){escaped}(?![\w-]|\s+[A-Z])")
    for found in finditer_at_leads(alone, re.compile(escaped), joined):
        if found.start() < resume:
            continue  # taken as the word before an earlier match
        start = found.start()
        while start > resume and joined[start - 1].isspace():
            start -= 1
        spaced = start < found.start()
        while spaced and start > resume and _BEFORE_ALONE.match(joined[start - 1]):
            start -= 1
        match = whole.match(joined, start)
        if match is None:  # the spaces before it open no match; the word alone does
            match = whole.match(joined, found.start())
        assert match is not None  # found where the pattern's word matches
        befores.append(match["before"] or "")
        resume = match.end()
    return befores


_BEFORE_ALONE = LazyPattern(r"[\w’'-]")
"""A character of the word a match may take before the word standing alone."""


_DOMINANT_NAME_RATIO = 5
"""How many times as often as each other body's name ending in the same word ("Orm United"
beside "Kell United") a name must be written for that word alone to stand for it."""


_OWNER_LETTERS = LazyPattern(r"[A-Z]{2,6}")
"""A title's last word that is an owner's letters ("KAF" of "No. 9 Squadron KAF")."""


def _with_owner_of_the_subject(
    candidates: Sequence[Candidate],
    subject: str | None,
    title: str,
    defined: Mapping[str, str],
) -> list[Candidate]:
    """The candidates with each question naming the document's subject as its text does
    (``subject``), by its title less an owner's letters at the end ("No. 9 Squadron" of "No.
    9 Squadron KAF", ``title_cut_short``), given its owner: "Where did No. 9 Squadron of the
    KAF move?", as other owners have a No. 9 Squadron too. Only letters the document spells
    out as a name (``defined``: "Kessian Air Force (KAF)"); not where the question names the
    owner already, nor where the letters or their name are the answer's ("KAF Base Orm"). A
    possessive ("No. 9 Squadron's aircraft") is left as it is: "of the KAF's aircraft" would
    own them."""
    whole = _title_as_named(title)
    bare = (subject or "").removeprefix("The ")
    tail = whole.removeprefix(bare)
    letters = tail.strip()
    if not bare or tail == whole or not tail.startswith(" ") or letters not in defined:
        return list(candidates)
    owner = defined[letters]
    if not _OWNER_LETTERS.fullmatch(letters) or not owner[:1].isupper():
        return list(candidates)
    cut = re.compile(rf"(?<![\w-]){re.escape(bare)}(?![\w’'-]|\s+(?:{letters}\b|of\s+the\b))")

    def owned(question: str, candidate: Candidate) -> str:
        answer = candidate.span.text
        if any(
            shown.casefold() in text.casefold()
            for shown in (letters, owner)
            for text in (question, answer)
        ):
            return question  # "... at Kessian Air Force Base Orm", keyed "KAF Base Orm"
        return cut.sub(lambda match: f"{match.group(0)} of the {letters}", question)

    return _with_questions_rewritten(candidates, owned)


def _with_event_scope(
    candidates: Sequence[Candidate], title: str, texts: Sequence[str], known: Collection[str]
) -> list[Candidate]:
    """The candidates with each question naming an event by its sort alone ("the first
    European championship") scoped by the document's subject, or left out where it cannot be
    (``topics.with_event_scope``)."""
    from factdeck.generate import topics  # an imported deck's reading only

    subject = topics.common_subject(title, texts)
    return _with_questions_rewritten(
        candidates, lambda question, _: topics.with_event_scope(question, subject, known)
    )


def _with_subject_sort_named(
    candidates: Sequence[Candidate],
    subject: str | None,
    known: Collection[str],
    texts: Sequence[str],
) -> list[Candidate]:
    """The candidates with "the Commission" made the subject's name where the document is on
    one commission whose name ends in the word ("the Orm Harbour Commission's building
    programme": asked without the text, "the Commission" is any commission). Only the sort
    of a body or an event (``gates.BODY_SORTS``) that is the subject's own, capitalised alone,
    not "the Commission of Inquiry". Where another name in the document ends in it too ("the
    Kell Harbour Commission"), which one is meant is not certain: the question is left out."""
    name = re.sub(r"^The\s+", "", subject or "")
    head = name.split()[-1] if name.count(" ") else ""
    if head not in gates.BODY_SORTS or head.casefold() not in known:
        return list(candidates)
    alone = re.compile(
        rf"\b(?P<the>[Tt]he)\s+{re.escape(head)}(?![\w-]|[’'](?!s\b)|\s+(?:[A-Z0-9]|of\b|for\b|and\b))"
    )
    names = re.finditer(rf"(?:\b[A-Z][\w’'-]*\s+)+{re.escape(head)}\b", " ".join(texts))
    others = {_without_the(found.group(0)) for found in names}
    shared = any(not (other.endswith(name) or name.endswith(other)) for other in others)

    def named(question: str, _: Candidate) -> str | None:
        if name in question or alone.search(question) is None:
            return question
        return None if shared else alone.sub(lambda m: f"{m['the']} {name}", question)

    return _with_questions_rewritten(candidates, named)


def _without_the(name: str) -> str:
    """ "The Orm Commission" → "Orm Commission": a capital opening a sentence is no name."""
    return re.sub(r"^(?:The|A|An|In|On|At|By|After|Before)\s+", "", name)


_DATED_TITLE = LazyPattern(
    r"^(?:1[0-9]|20)[0-9]{2}(?:[–-][0-9]{2,4})?\s+(?P<name>[A-Z].*)(?<!\sseason)(?<!\sseasons)$"
)
"""A title naming one event by its year: "1990 Tessby Cup", "1911 Orle flood"; not a season
of many ("2003 Orle storm season": a clause on one storm is no fact of the season)."""
_PAST_AUXILIARY = LazyPattern(r"\b(?:did|was|were|had)\b")


def _told_in_the_past(question: str) -> bool:
    """Whether the question tells of what happened ("Who won ...?", "Where did ... host
    ...?"), not of what holds every year ("Which union awards the prize?")."""
    if _PAST_AUXILIARY.search(question):
        return True
    return any((phrasing.finite_verb(w) or ("", ""))[1] == "VBD" for w in _WORD.findall(question))


def _with_dated_subject(candidates: Sequence[Candidate], title: str) -> list[Candidate]:
    """The candidates with each question that names no time and not the document's subject,
    in a document on one dated event ("1990 Tessby Cup"), asked in that event: "Who won the
    Sprint Prize?" (in which year's race?) → "Who won the Sprint Prize in the 1990 Tessby
    Cup?". A fill-in-the-blank keeps its sentence as it is."""
    subject = DISAMBIGUATOR.sub("", title).strip()
    dated = _DATED_TITLE.match(subject)
    if dated is None:
        return list(candidates)
    # the name's own words; its sort ("flood") names any flood: "issued flood warnings"
    words = {word.casefold() for word in _WORD.findall(dated["name"]) if not word.islower()}
    sort = dated["name"].split()[-1]
    the_sort = re.compile(rf"\b[Tt]he\s+{re.escape(sort)}(?![\w’'-])(?:\s+(?P<next>[a-z]+))?")

    def placed(question: str, _: Candidate) -> str:
        if not question.endswith("?") or question.startswith("Fill in"):
            return question
        found = the_sort.search(question) if sort.islower() else None
        named = words & {word.casefold() for word in _WORD.findall(question)}
        # "the flood" alone, not before a noun ("the flood season"): the one the text is on
        if found and not named and "NOUN" not in phrasing.word_tags(found["next"] or "the"):
            at = found.start() + len("the ")
            return f"{question[:at]}{subject}{question[at + len(sort) :]}"
        if gates.names_a_time(question) or not _told_in_the_past(question):
            return question  # "Which union awards the prize?": every year
        if words & {word.casefold() for word in _WORD.findall(question)}:
            return question  # "Which towns did the Orle flood reach?": it is named
        return f"{question[:-1]} in the {subject}?"

    return _with_questions_rewritten(candidates, placed)


_YEAR_REACH = 2
"""How many sentences back a year may be told and still date a deed: further on, the story
may have moved on without saying when."""


def _with_year_of_a_nations_deed(
    candidates: Sequence[Candidate],
    sentences: Sequence[Sentence],
    pool: Sequence[tuple[str, str]],
    proper: Collection[str],
) -> list[Candidate]:
    """The candidates with each question of a nation's deed that names no time and nothing
    else that pins it (``gates.deed_of_nations_alone``: "What did the United States offer to
    buy?") opening with the year its paragraph has reached by the sentence's end, where that
    is the year the deed fell in ("Napoleon forced Spain to return Louisiana in 1802. ...
    Alarmed, the United States offered to buy New Orleans." → "In 1802, what did the United
    States offer to buy?"); left out where the paragraph has named no such year, or its last
    time is a span or a decade ("until 63", "in the 1780s"). A time or a count asked is no
    deed's object and is left as it is."""
    from factdeck.generate import topics  # an imported deck's reading only

    nations = gates.nation_words(value for kind, value in pool if kind == "country")
    reached: dict[int, str | None] = {}  # sentence index → the last time its paragraph told
    paragraph, last, quote, since = -1, None, "", 0
    for sentence in sentences:
        if sentence.paragraph != paragraph:
            paragraph, last = sentence.paragraph, None
        if sentence.quote != quote:  # a sentence split into clauses is read once
            quote, since = sentence.quote, since + 1
            told = gates.times_told(quote)
            if told:
                last, since = told[-1], 0
            elif gates.names_a_time(quote):
                last = None  # "around the 10th century": a time no year of the paragraph's
        reached[sentence.index] = last if since <= _YEAR_REACH else None

    def dated(question: str, candidate: Candidate) -> str | None:
        if (
            candidate.span.kind in _TIME_AND_COUNT
            or gates.names_a_time(question)
            or not topics.told_in_the_past(question)  # "What are ... called?" holds at any time
            or not gates.deed_of_nations_alone(question, nations)
        ):
            return question
        year = reached.get(candidate.sentence.index)
        return None if year is None else topics.framed(question, year, proper)

    return _with_questions_rewritten(candidates, dated)


_LETTERS_ASKED = LazyPattern(r"^What\s+(?:does|do)\s+(?P<short>[A-Z][A-Z&]+s?)\s+stand\s+for\?$")
"""A question asking what letters stand for and nothing else: "What does CDO stand for?"."""


_A_FIELD = LazyPattern(
    r"^\s+(?:is|are)\s+(?:the|a|an)\s+(?:[a-z-]+\s+){0,2}?(?:study|science|branch|field"
    r"|discipline|practice)\s+of\b"
)
"""What a subject that is a field of knowledge or work is said to be, right after it opens a
sentence: "Soil science is the study of ...", "... is a branch of ecology"."""


def _with_field_of_letters(
    candidates: Sequence[Candidate], sentences: Sequence[Sentence], subject: str | None
) -> list[Candidate]:
    """The candidates with each question asking what letters stand for, and nothing else,
    put in the document's field: "What does CDO stand for?" → "In the Orm technique, what
    does CDO stand for?". A few letters stand for many things (an ERA is an era, an
    amendment and a baseball average); the question names the field they are read in. Left
    out where the document names no subject a field can be, or is on a person (``subject``:
    how the document names its subject, ``_subject_form``)."""
    field: str | None = None
    if subject is not None and _person_pronoun(sentences, subject) is None:
        words = subject.split()
        lowered = subject[:1].lower() + subject[1:]
        inside = re.compile(rf"\b[a-z]+\s+{re.escape(lowered)}\b")
        if words[0] == "The":
            field = f"the {' '.join(words[1:])}"  # "the Orm technique"
        elif any(inside.search(sentence.text) for sentence in sentences):
            field = lowered  # "... is a form of crop rotation": a common noun mid-sentence
        elif any(
            s.text.startswith(subject) and _A_FIELD.match(s.text[len(subject) :])
            for s in sentences[:3]
        ):
            field = lowered  # "Soil science is the study of soils": a field by its words
        elif not lexicon.english_word(words[0]) or words[0][1:].isupper():
            field = subject  # a name: "Orm", "NATO"

    def placed(question: str, _: Candidate) -> str | None:
        if _LETTERS_ASKED.match(question) is None:
            return question
        return None if field is None else f"In {field}, {question[:1].lower()}{question[1:]}"

    return _with_questions_rewritten(candidates, placed)


def _with_statistic_scope(
    candidates: Sequence[Candidate],
    sentences: Sequence[Sentence],
    title: str,
    class_noun: str | None,
    pool: Sequence[tuple[str, str]],
) -> list[Candidate]:
    """The candidates with each question naming a statistic with no place ("the unemployment
    rate") put in the document's place, or left out where the document is on none
    (``topics.with_statistic_scope``)."""
    from factdeck.generate import topics  # an imported deck's reading only

    topic = topics.document_topic([sentence.text for sentence in sentences], title, class_noun)
    place = topics.statistic_place(title, topic)
    places = topics.Names({value for kind, value in pool if kind in ("place", "country")})
    return _with_questions_rewritten(
        candidates, lambda question, _: topics.with_statistic_scope(question, place, places, topic)
    )


def _with_questions_rewritten(
    candidates: Iterable[Candidate], rewrite: Callable[[str, Candidate], str | None]
) -> list[Candidate]:
    """The candidates with each question as ``rewrite`` gives it from the question and its
    candidate, left out where it gives None; one with no question is kept as it is."""
    kept = []
    for candidate in candidates:
        if not candidate.question:
            kept.append(candidate)
            continue
        question = rewrite(candidate.question, candidate)
        if question is not None:
            kept.append(replace(candidate, question=question))
    return kept


def _with_occasions_named(
    candidates: Sequence[Candidate], sentences: Sequence[Sentence], title: str
) -> list[Candidate]:
    """The candidates less each count or "by whom" asked of one occasion of a sort the
    document tells several of, without saying which (``gates.occasion_without_its_anchor``):
    "How many torpedoes did the Orva dodge?" where the paragraph goes on "during this
    attack", in a text on a ship attacked again and again."""
    counts = gates.occasion_counts(sentence.text for sentence in sentences)
    paragraphs: defaultdict[int, list[Sentence]] = defaultdict(list)
    for sentence in sentences:
        paragraphs[sentence.paragraph].append(sentence)

    def told(sentence: Sentence) -> list[str]:
        return [s.quote for s in paragraphs[sentence.paragraph] if s.index >= sentence.index]

    return [
        c
        for c in candidates
        if not gates.occasion_without_its_anchor(c.question or "", told(c.sentence), title, counts)
    ]


def _with_one_answer_by_the_document(
    candidates: Sequence[Candidate], sentences: Sequence[Sentence]
) -> list[Candidate]:
    """The candidates less each question the document answers twice: a unit called by its
    number and sort where several owners may have one (``gates.unit_of_several_owners``),
    and a subject's deed the document tells with another object too
    (``gates.deed_told_with_another_object``)."""
    texts = [sentence.text for sentence in sentences]
    joined = gates.JoinedTexts(texts)
    places: defaultdict[int, list[int]] = defaultdict(list)
    for place, sentence in enumerate(sentences):
        places[sentence.index].append(place)

    @lru_cache(maxsize=1)
    def units() -> gates.UnitsTold:
        """The units the document names, read once a question names a unit bare."""
        return gates.units_told(texts)

    return [
        c
        for c in candidates
        if not gates.unit_of_several_owners(c.question or "", units)
        and not gates.deed_told_with_another_object(
            c.question or "", c.span.text, joined, places[c.sentence.index]
        )
    ]


def _leans_on_the_unseen(candidate: Candidate, known: Collection[str]) -> bool:
    """Whether the candidate's finished question leans on what only the document shows: a
    part with no owner, a word pointing back, or a word made from the key's name."""
    question = candidate.question or ""
    return (
        gates.part_without_its_owner(question, known)
        or gates.time_of_a_bare_plural(question, known)
        or gates.points_back(question)
        or gates.first_to_do_nothing(question)
        or gates.built_on_the_key(question, candidate.span.text, candidate.span.kind)
        or gates.leans_on_a_comparand(question)
        or gates.existential_fragment(question)
        or gates.one_attendee_of_many(question)
        or gates.bare_creation(question)
    )


def _arrived_nowhere(candidate: Candidate) -> bool:
    """Whether the candidate's question asks of an arrival with no place, once the document's
    subject has been put in where it could be (``topics.arrived_nowhere``)."""
    from factdeck.generate import topics  # an imported deck's reading only

    return candidate.question is not None and topics.arrived_nowhere(candidate.question)


def _within_scope_places(
    candidates: Sequence[Candidate], known: Collection[str]
) -> list[Candidate]:
    """The candidates with each question of a sentence that opens with the place scoping it,
    or of a comparison that holds in a place, opening with that place too
    (``topics.with_scope_place``, ``topics.with_compared_place``), or left out where it
    cannot."""
    from factdeck.generate import topics  # an imported deck's reading only

    def placed(question: str, candidate: Candidate) -> str | None:
        scoped = topics.with_scope_place(
            question, candidate.sentence.quote, candidate.span.text, known
        )
        if scoped is None:
            return None
        return topics.with_compared_place(scoped, candidate.sentence.text, candidate.span.text)

    return _with_questions_rewritten(candidates, placed)


def _within_paragraph_frames(
    candidates: Sequence[Candidate], sentences: Sequence[Sentence], proper: Collection[str]
) -> list[Candidate]:
    """The candidates with each question from a sentence told within its paragraph's opening
    frame ("During the Kessian Civil War, Vessia sent 50,000 men ...", then "The navy drew
    many officers.") carrying that frame, or left out where it cannot (``topics.framed``). A
    sentence that names a time of its own, or follows one that does, is told outside it; one
    told in the present ("The river rises in the hills.") holds at any time and is left as
    it is (``topics.told_in_the_past``). A frame closing the first sentence ("... during
    the Civil War.") dates that deed alone and frames no later one; a count told in the
    past after it ("The state furnished 55,000 men.") may be of that period alone, and is
    left out."""
    from factdeck.generate import topics  # an imported deck's reading only

    frames: dict[int, str] = {}  # sentence index → the frame it is told within
    frame: str | None = None
    closed = False  # the paragraph's first sentence closed with a period or event
    counted_within: set[int] = set()  # sentences whose counts may be of that period alone
    paragraph = -1
    for sentence in sentences:
        if sentence.paragraph != paragraph:
            paragraph = sentence.paragraph
            frame = topics.paragraph_frame(sentence.text)
            closed = frame is None and topics.closes_with_a_frame(sentence.text)
            continue
        if topics.has_own_time(sentence.quote):
            frame, closed = None, False
        if frame is not None and topics.told_in_the_past(sentence.text):
            frames[sentence.index] = frame
        if closed and topics.told_in_the_past(sentence.text):
            counted_within.add(sentence.index)

    def within_frame(question: str, candidate: Candidate) -> str | None:
        told_within = frames.get(candidate.sentence.index)
        return question if told_within is None else topics.framed(question, told_within, proper)

    return _with_questions_rewritten(
        (
            candidate
            for candidate in candidates
            # "How many men did the state furnish?": in the war the paragraph named
            if not (candidate.sentence.index in counted_within and candidate.span.kind == "number")
        ),
        within_frame,
    )


_RECURS = LazyPattern(
    r"\b(?:each|every)\s+year\b|\bannual(?:ly)?\b|\byearly\b|\banniversar", re.IGNORECASE
)
"""Words that say a day comes back each year ("Every year on 14 June the town gathers"): a
day such a sentence gives without its year is no day of the story the document tells."""


_SCOPING_KINDS = {
    "place": ("place", "country"),
    "body": ("place", "country", "organisation"),
    "work": ("place", "country"),
    "product": ("place", "country"),
}
"""The names that already say where or in what a question of a topic's group is: a place
for all but an event ("At Kell University," must not put a fact of Varland in the
university), another body for a body (and any name the document files under a sort of
the topic's group). An event's opening says when, not where: a place leaves it true."""


def _with_topic(
    candidates: Sequence[Candidate],
    sentences: Sequence[Sentence],
    title: str,
    class_noun: str | None,
    names: tuple[Sequence[tuple[str, str]], Mapping[str, str]],
    proper: Collection[str],
    referents: Referents | None,
) -> list[Candidate]:
    """The candidates with each question that never names the document's subject opening
    with it (``topics.anchored``). ``class_noun`` is the noun the document files its subject
    under (``_document_class_noun``). ``names`` are the document's names by kind (the pool)
    and by the sort it files them under (``phrasing.named_sorts``). A question is left as it
    is where its paragraph has named another thing of the subject's sort (``referents``),
    or, on a body, a work or a product, where its answer names a place: the fact may be
    that place's ("Ivo Berg was active in the Kelby Reading Society", in a text on a
    college). On a place, a person's deed the sentence does not place there keeps its
    wording ("Holm was knighted in 1862"); on a work, a fact of neither its story nor its
    making does (``topics.of_the_work``)."""
    from factdeck.generate import topics  # an imported deck's reading only

    texts = [sentence.text for sentence in sentences]
    pool, sorts = names
    named_places = {value for kind, value in pool if kind in ("place", "country")}
    topic = topics.named_subject(texts, title, class_noun, named_places)
    if topic is None:
        return list(candidates)
    kinds = _SCOPING_KINDS.get(topic.group, ())
    scoping = {value for kind, value in pool if kind in kinds}
    scoping |= {
        name for name, sort in sorts.items() if topics.sort_group(sort.split()[-1]) == topic.group
    }
    scoping = {name for name in scoping if not topic.names_it(name)}
    reached_years: dict[int, int | None] = {}  # the last year each paragraph has named
    last_year: dict[int, int] = {}
    for sentence in sentences:
        for year in WRITTEN_YEAR.findall(sentence.quote):
            last_year[sentence.paragraph] = int(year)
        reached_years[sentence.index] = last_year.get(sentence.paragraph)
    reached_times: dict[int, chronology.TimeSpan | None] = {}  # and the last time it has given
    if topic.days is not None:  # read only where an event is dated finer than by its years
        last_time: dict[int, chronology.TimeSpan] = {}
        times = chronology.story_times([sentence.quote for sentence in sentences])
        for sentence, given in zip(sentences, times, strict=True):
            if given and given[-1][1] and _RECURS.search(sentence.quote):
                last_time.pop(sentence.paragraph, None)  # "Each year on 14 June": no one day
            elif given:
                last_time[sentence.paragraph] = given[-1][0]
            reached_times[sentence.index] = last_time.get(sentence.paragraph)
    places = topics.Names({value for kind, value in pool if kind in ("place", "country")})
    scoping_names = topics.Names(scoping)

    people = {value for kind, value in pool if kind == "person"}
    people_named = topics.Names(people | {person.split()[-1] for person in people})

    def a_person_s_deed(candidate: Candidate) -> bool:
        """Whether the sentence tells what a person did ("Holm was knighted in 1862") and
        does not say it was in the place: the opening "In Kell," would say so."""
        sentence = candidate.sentence
        if topic.names_it(sentence.text) or topic.names_it(sentence.quote):
            return False
        subject = phrasing.main_subject(sentence.text) or ""
        return (
            people_named.named_in(subject) or re.match(r"(?:He|She)\b", sentence.text) is not None
        )

    def elsewhere(candidate: Candidate) -> bool:
        if referents is not None and referents.names_another(topic.sort, candidate.sentence):
            return True
        if topic.group == "place":
            return a_person_s_deed(candidate)
        if topic.group == "work" and not topics.of_the_work(
            candidate.question or "", candidate.sentence.text
        ):
            return True
        return topic.group != "event" and places.named_in(candidate.span.text)

    anchored = [
        replace(
            c,
            question=topics.anchored(
                c.question,
                c.span.text,
                (c.sentence.quote, reached_years.get(c.sentence.index)),
                topic,
                scoping_names,
                proper,
                reached_times.get(c.sentence.index),
            ),
        )
        if c.question
        and not c.attributed
        # "By what other name is loafing known?": a term of a sport means something in it
        and (c.form != "definition" or topic.group == "activity")
        and not elsewhere(c)
        else c
        for c in candidates
    ]
    return [
        replace(c, question=topics.with_title_s_article(c.question, topic)) if c.question else c
        for c in anchored
    ]


def _with_institution(
    candidates: Sequence[Candidate],
    sentences: Sequence[Sentence],
    title: str,
    class_noun: str | None,
    pool: Sequence[tuple[str, str]],
    referents: Referents | None,
) -> list[Candidate]:
    """The candidates with each question of a post or a membership taken at the document's
    subject, an institution, naming it where its sentence leaves it implicit
    (``topics.with_institution``): "Who joined as assistant rabbi in 2003?" of a synagogue.
    Left as it is where the sentence, outside its asides ("a graduate of Orm College"), or
    the one before it names another body, or the paragraph another of the subject's sort:
    the post may be that one's."""
    from factdeck.generate import topics  # an imported deck's reading only

    texts = [sentence.text for sentence in sentences]
    topic = topics.document_institution(texts, title, class_noun)
    if topic is None:
        return list(candidates)
    bodies = topics.Names(
        {value for kind, value in pool if kind == "organisation" and not topic.names_it(value)}
    )
    by_index = {sentence.index: sentence for sentence in sentences}

    def elsewhere(sentence: Sentence) -> bool:
        if referents is not None and referents.names_another(topic.sort, sentence):
            return True
        before = by_index.get(sentence.index - 1)
        told = [_ASIDE_OF_A_NAME.sub(" ", sentence.quote)]
        if before is not None and before.paragraph == sentence.paragraph:
            told.append(before.quote)
        return any(bodies.named_in(text) for text in told)

    return _with_questions_rewritten(
        candidates,
        lambda question, c: (
            question
            if c.attributed or elsewhere(c.sentence)
            else topics.with_institution(question, topic, c.span.text)
        ),
    )


_ASIDE_OF_A_NAME = LazyPattern(r",\s+(?:an?|the)\s+[^,]*,")
"""An apposition set off by commas ("Ivo Orm, a graduate of Kell College, joined ..."): what
it tells of the name is no part of the deed."""


def _one_own_definition(
    candidates: list[Candidate], topic: str, known: Collection[str]
) -> list[Candidate]:
    """The chosen candidates with one definition of the document's own subject: the first
    that is worth asking. A document defines its subject more than once ("A reel loom is a
    frame ...", later "A reel loom is a machine ..."); a deck asks for it once."""
    subject = concepts.term_key(topic.split())
    own = [
        c
        for c in candidates
        if c.form == "definition" and concepts.term_key(c.span.text.split()) == subject
    ]
    kept = next((c.id for c in own if _worth_asking(c, known)), None)
    dropped = {c.id for c in own} - {kept}
    return [c for c in candidates if c.id not in dropped]


def _without_answers_elsewhere(
    candidates: Sequence[Candidate],
    texts: Sequence[str],
    members: Mapping[str, Mapping[str, str]],
    pool: Sequence[tuple[str, str]],
) -> list[Candidate]:
    """The candidates whose question no other sentence of the document (``texts``) answers
    with another name: one of many at a place, of several memberships, a second name, a
    rival paired with it elsewhere, the event told again. The word index of the sentences
    is built here, so that it is let go once they are read."""
    # each person once: the pool holds every time a name is written, read for each question
    people = list(dict.fromkeys(value for kind, value in pool if kind == "person"))
    indexed = gates.Sentences(texts)
    return [
        c
        for c in candidates
        if not gates.one_of_many_at(c.question or "", texts, members)
        and not gates.one_of_several_memberships(c.question or "", c.span.text, texts)
        and not gates.second_name_asked(c.question or "", c.span.text, texts)
        and not gates.paired_elsewhere(
            c.question or "", c.span.text, indexed, partial(_rivals, c, members, people)
        )
        and not gates.event_told_again(c.question or "", c.span.text, c.sentence.text, indexed)
        and not gates.deed_told_in_another_year(
            c.question or "", c.span.text, c.sentence.text, indexed
        )
    ]


def _rivals(
    candidate: Candidate,
    members: Mapping[str, Mapping[str, str]],
    people: Sequence[str],
    sort: str | None,
) -> Sequence[str]:
    """The names that could answer a candidate's question in the key's place: the document's
    people for a person, else the names of the ``sort`` its "which" asks for."""
    if candidate.span.kind == "person":
        return people
    return list(members.get(sort, {}).values()) if sort else []


_PEOPLE_S_NAME = LazyPattern(r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?")
_WORDS_SIDE_BY_SIDE = LazyPattern(r"\b([A-Z][\w-]*) (?=([A-Z][\w-]*)\b)")


def _surnames_never_lower(
    parsed: Sequence[_SentenceNames], doc: DocumentNames, document: str
) -> set[str]:
    """The surnames after a given name ("Harrow" of Thomas Harrow) that the document never
    writes in lower case: such a word keeps its capital where a question moves it from a
    sentence's start ("did Harrow send ..."), though it is also a word ("a harrow")."""
    surnames = {
        name.words[-1]
        for item in parsed
        for name in item.names
        if len(name.words) > 1
        and (name.words[0] in doc.first_names or name.words[0] in lexicon.given_names())
        and not lexicon.sort_word(name.words[-1])
    }
    surnames = {surname for surname in surnames if surname[:1].isupper() and surname[1:].islower()}
    if not surnames:
        return surnames
    # one pass over the document, not one per surname: a whole word is one run of \w
    words = set(re.findall(r"\w+", document))
    return {surname for surname in surnames if surname.lower() not in words}


def _family_surnames(document: str) -> set[str]:
    """Casefolded surnames the ``document`` gives a family rather than one person: given names
    joined before one surname ("the brothers John and Charles Wesley"), a surname in the
    plural ("the Wesleys") or with a family word ("the Wesley brothers"). Alone, such a
    surname may name any of them, even when only one is named in full."""
    found = {
        match[2]
        for match in _JOINED_GIVEN_NAMES.finditer(" " + document)  # a word before each
        if not match[1][:1].isupper()  # "Ernst Chain and Howard Florey": two people in full
    }
    found |= {match[1] for match in _FAMILY_OF.finditer(document)}
    return {surname.casefold() for surname in found}


_JOINED_GIVEN_NAMES = LazyPattern(
    r"(?<!\S)(\S*)\s+[A-Z][a-z]+(?:, [A-Z][a-z]+)*,? (?:and|&) [A-Z][a-z]+ ([A-Z][a-z]{2,})\b"
)
_FAMILY_OF = LazyPattern(
    r"\bthe ([A-Z][a-z]{2,})(?:s\b| (?:brothers|sisters|family|twins|siblings)\b)"
)


def _parts_of_people_s_names(
    parsed: Sequence[_SentenceNames], doc: DocumentNames, document: str
) -> set[str]:
    """The words of the document's names that read as people's: two capitalised words with
    no sort word, written side by side in the ``document`` itself (not joined by dropping
    an aside between them), of no other kind, reading as a name or with neither word an
    English one ("Toru Minegishi", "Liu Yun"). Alone, such a word names that person."""
    written = {
        (found[1], found[2]) for found in _WORDS_SIDE_BY_SIDE.finditer(document)
    }  # one pass over the document, however many names it has
    parts: set[str] = set()
    named_in_other_kinds = {
        key.rsplit(" of ", 1)[1]
        for key, kind in doc.kinds.items()
        if " of " in key and kind in ("event", "place", "country", "organisation")
    }  # "Battle of Kellgrad": "Kellgrad" alone is the battle's site, no one's name
    for item in parsed:
        for name in item.names:
            words = name.words
            if len(words) != 2 or not all(_PEOPLE_S_NAME.fullmatch(word) for word in words):
                continue
            if words[0] in ("The", "A", "An"):
                continue  # "The Orsby", a firm or a paper: no one's given name is "The"
            if (words[0], words[1]) not in written:
                continue
            if doc.kinds.get(name.text_key, "person") != "person":
                continue
            if any(
                word in lexicon.COUNTRIES
                or doc.kinds.get(normalize(word), "person") != "person"
                or normalize(word) in named_in_other_kinds
                for word in words
            ):
                continue  # "After Kellgrad Orvania withdrew": two names side by side, no one's
            if _is_demonym(words[0]) or (
                _common_word(words[0]) and words[0] not in lexicon.given_names()
            ):
                continue  # "Spanish Orland", "Political Islam": a people's or a sort's word first
            if lexicon.reads_as_personal_name(" ".join(words)) or not any(
                lexicon.english_word(word) or lexicon.sort_word(word) for word in words
            ):
                parts.update(words)
    return parts


def _a_person_s_name_part(span: Span, parts: Collection[str], doc: DocumentNames) -> bool:
    """Whether a key of no person's, place's, country's or term's kind is one word of a person's name
    the document gives in full ("Minegishi" of "Toru Minegishi")."""
    if span.kind in ("person", "place", "country", "term"):
        return False
    if doc.kinds.get(normalize(span.text), "person") != "person":
        return False
    return span.text in parts


def _people_named(keys: Collection[str]) -> int:
    """How many people the normalised names of one surname stand for: "j r tolvin" and "jr
    tolvin" are "john ronald tolvin" with his given names as initials, as the grader reads
    them (``same_initials``); "general tomas brell" is "general brell" where the names are
    his and no one's else (a title and a full name never written together are counted apart
    by ``_titled_apart``)."""
    names = [key.split() for key in keys]
    in_full = [name for name in names if not all(map(lexicon.title_word, name[:-1]))]
    if len(in_full) < len(names) and in_full:
        names = in_full  # "general brell" beside "tomas r brell": the titled surname is his

    def initials_of(short: list[str], full: list[str]) -> bool:
        return (
            short != full
            and len(short) >= 2
            and short[-1] == full[-1]
            and "".join(short[:-1]) == "".join(word[0] for word in full[:-1])
        )

    def without_middle_initials_of(short: list[str], full: list[str]) -> bool:
        # "ivo marrow" is "ivo k marrow" with his middle initial left out
        kept = [word for at, word in enumerate(full) if at in (0, len(full) - 1) or len(word) > 1]
        return short != full and short == kept

    return sum(
        not any(
            initials_of(name, other) or without_middle_initials_of(name, other) for other in names
        )
        for name in names
    )


def _titled_apart(names: Collection[str], document: str) -> bool:
    """Whether a title with a surname alone ("Lord Brell") and a full name of that surname
    ("Tomas Brell") are among one surname's people while the document never writes the
    title before that full name ("Lord Tomas Brell"): nothing makes them one person, and
    the surname alone may be either."""
    titled, full = set(), set()
    for name in names:
        titles, rest = _titles_and_name(name)
        if titles and len(rest) == 1:
            titled.add(" ".join(titles))
        elif len(rest) >= 2:
            full.add(" ".join(rest))
    return any(not _written_with_title(title, name, document) for title in titled for name in full)


def _written_with_title(title: str, name: str, document: str) -> bool:
    """Whether the document writes the title before the full name as its own ("President Tomas
    Brell"), not as the end of another title ("Vice President Tomas Brell")."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(title)}\s+{re.escape(name)}(?![\w-])")
    for found in pattern.finditer(document):
        before = document[max(0, found.start() - 40) : found.start()].split()
        if not before or not lexicon.title_or_modifier(before[-1]):
            return True
    return False


def _named_like_people(pool: Sequence[tuple[str, str]], doc: DocumentNames) -> list[str]:
    """The pooled names of no kind that read as a person's: two or three capitalised words
    opening with a known given name, with no sort word, country or people among them ("Alan
    Ball", "Adolphe Sax", "Jenna-Louise Vell"). A common word at the end ("Ball") kept them
    from reading as people; a question that names "Ball" alone still means this man."""
    found: list[str] = []
    for kind, value in pool:
        words = value.split()
        if kind != "other" or not 2 <= len(words) <= 3:
            continue
        first = words[0]
        if first.split("-")[0] not in lexicon.given_names() or _common_word(first):
            continue
        if first in _SAINTS | _ARTICLES | _PLACE_OPENERS or lexicon.title_word(first):
            continue  # "Santa Monica", "New Albion", "King Orm"
        if not all(_PEOPLE_S_NAME.fullmatch(word) for word in words):
            continue
        if any(
            lexicon.sort_word(word) or word in lexicon.COUNTRIES or _is_demonym(word)
            for word in words
        ):
            continue  # "Victoria Park", "Mary Kessia": a place's name or a land's
        if doc.kinds.get(normalize(value), "person") == "person":
            found.append(value)
    return found


def _borne_by_several(people: Collection[str], named_like: Collection[str]) -> set[str]:
    """The casefolded last words of ``named_like`` people (``_named_like_people``) that
    another name of the document's people also ends in ("Ball" of Alan Ball beside Lucille
    Ball): alone, such a word may be either."""
    bearers: defaultdict[str, set[str]] = defaultdict(set)
    for name in (*people, *named_like):
        bearers[name.split()[-1].casefold()].add(normalize(name))
    return {
        surname
        for surname in {name.split()[-1].casefold() for name in named_like}
        if _people_named(bearers[surname]) > 1
    }


def _people_by_surname(pool: Sequence[tuple[str, str]]) -> dict[str, set[str]]:
    """The pooled people's names of more than one word, by their normalised last word: built
    once a document, since every candidate looks its surname up."""
    people: defaultdict[str, set[str]] = defaultdict(set)
    for kind, value in pool:
        if kind == "person" and " " in value:
            people[normalize(value.split()[-1])].add(value)
    return people


@dataclass
class _FirstNamings:
    """Where each paragraph first names each bearer of a shared surname, found in one pass
    over the paragraph per surname: asking again for every mention would rescan it."""

    paragraphs: Mapping[int, Sequence[tuple[int, str]]]
    _found: dict[tuple[int, str], dict[str, int]] = field(default_factory=dict)

    def of(self, paragraph: int, surname: str, bearers: Collection[str]) -> dict[str, int]:
        """The index of the first sentence of ``paragraph`` naming each bearer it names."""
        known = (paragraph, surname)
        if known not in self._found:
            texts = self.paragraphs.get(paragraph, ())
            first: dict[str, int] = {}
            for bearer in bearers:
                pattern = whole_name(bearer)
                found = next((index for index, text in texts if pattern.search(text)), None)
                if found is not None:
                    first[bearer] = found
            self._found[known] = first
        return self._found[known]


def _named_in_full(
    span: Span,
    sentence: Sentence,
    first_namings: _FirstNamings,
    people_by_surname: Mapping[str, Collection[str]],
    shared_names: Collection[str],
) -> Span:
    """A lone surname two people of the document bear ("Brell" of Lord Brell and Tomas
    Brell) as the one bearer its paragraph names up to its sentence ("Tomas Brell edited the
    paper. Brell sold it."): the paragraph tells who is meant, and the key names him. The
    span as it is where the paragraph names no bearer or several."""
    key = normalize(span.text)
    lone = span.kind in ("person", "other") and " " not in span.text and not span.titled
    if not lone or key not in shared_names:
        return span
    bearers = people_by_surname.get(key, ())
    first = first_namings.of(sentence.paragraph, key, bearers)
    named = [bearer for bearer, index in first.items() if index <= sentence.index]
    if len(named) != 1:
        return span
    (full,) = named
    return replace(span, text=full, kind="person")


_PLACE_OPENERS = word_set("New Old North South East West Upper Lower Fort Port Mount Lake Cape")
"""Words that open a place's name ("New Orleans", "Fort Kell"), never a person's."""


def _unshared_surname(
    span: Span,
    question: str | None,
    people_by_surname: Mapping[str, Collection[str]],
    shared_surnames: Collection[str],
) -> str | None:
    """The surname alone ("Vandermolen" for "Peter Vandermolen") where the answer is a person
    (typed so, or asked with "Who") and no other person the document names bears it (but
    for the same name with its given names as initials); else None. ``shared_surnames`` are
    the surnames two people bear or a title and a full name may split. "Charles Albert of
    Tarland": the last word names his seat, not his family; "Louis XIV": a numeral is no
    surname."""
    words = span.text.split()
    who = question is not None and asks_who(question)
    if len(words) < 2 or " of " in span.text or not (span.kind == "person" or who):
        return None
    # "Varga" of "Inés de Varga y Solter": the first of two surnames joined by "y"
    surname = words[-3] if len(words) >= 4 and words[-2] == "y" else words[-1]
    # the people are filed by their last word: "Tomás de Varga y Solter" under "Solter"
    key, last = normalize(surname), normalize(words[-1])
    if surname.isupper() or not surname[:1].isupper():
        return None
    if words[0] in _PLACE_OPENERS:
        return None  # "New Orleans", "Fort Kell": a place's name, its last word no surname
    if (
        span.kind != "person"
        and "NOUN" in phrasing.word_tags(surname.casefold())
        and not lexicon.family_name(surname)
    ):
        return None  # "the Bush Administration", asked who: "Administration" is no one
    bearers = {*people_by_surname.get(key, ()), *people_by_surname.get(last, ())}
    # "Mohammad Iqbal" beside "Muhammad Iqbal": one man whose name is spelled two ways
    respelled = {name for name in bearers if transliterated_alike(name, span.text)}
    if (key in shared_surnames or last in shared_surnames) and not respelled:
        return None
    others = bearers - {span.text} - respelled
    # "J. R. Tolvin" beside "John Ronald Tolvin": one man, his initials written for his names
    others = {name for name in others if not same_initials(span.text, name)}
    others = {name for name in others if not same_initials(name, span.text)}
    own = _name_without_title_or_initials(span.text)
    others = {
        name for name in others if _name_without_title_or_initials(name) not in (own, (surname,))
    }  # "President Brell" and "Tomas R. Brell" write Tomas Brell
    if own == (surname,) and len({_name_without_title_or_initials(name) for name in others}) == 1:
        return surname  # "President Brell" is the one Brell the document names in full
    return None if others else surname


def _titles_and_name(name: str) -> tuple[list[str], list[str]]:
    """The titles before a person's name and the words after them: "President Tomas Brell"
    → (["President"], ["Tomas", "Brell"]); the last word is never a title."""
    words = name.split()
    titles = list(itertools.takewhile(lexicon.title_word, words[:-1]))
    return titles, words[len(titles) :]


def _name_without_title_or_initials(name: str) -> tuple[str, ...]:
    """A person's name without the titles before it and the initials inside it: "President
    Tomas R. Brell" → ("Tomas", "Brell"), "Lord Brell" → ("Brell",)."""
    rest = _titles_and_name(name)[1]
    return tuple(
        word
        for at, word in enumerate(rest)
        if at in (0, len(rest) - 1) or not re.fullmatch(r"[A-Z]\.?", word)
    )


_HISTORY_OF = LazyPattern(r"^(?:An?\s+)?(?:Brief\s+|Short\s+)?History\s+of\s+(?:the\s+)?")
"""A title that names its subject after what it tells of it: "A History of Kelby"."""


def _year_of_a_side_noun(candidate: Candidate, title: str, class_noun: str | None) -> bool:
    """Whether the candidate asks the year an aside gives a noun that is not the document's
    subject ("The Kell Band, founded in 1911, is the oldest club"): no point of the sentence.
    The subject is the title's name, without "A History of" before it or the larger place
    after it ("Kelby, Vessia"), or "the" and the document's ``class_noun``. The year of the
    name a record is compared with ("the first since Brava in 1962") is not even the
    sentence's own."""
    if candidate.span.kind not in ("year", "date"):
        return False
    name = re.sub(r"^The\s+", "", _HISTORY_OF.sub("", without_title_bracket(title)))
    subjects = dict.fromkeys((name, PLACE_AFTER_COMMA.sub("", name) or name))
    quote = candidate.sentence.quote
    return gates.side_detail_year(
        quote, candidate.span.text, subjects, class_noun
    ) or gates.year_of_a_comparand(quote, candidate.span.text)


_KNOWN_FIGURE_MENTIONS = 3
"""In how many sentences at least a document names someone for a learner of it to know them
by a given name alone ("Napoleon" in a text on one of his battles)."""


def _minor_figure_by_given_name(
    candidate: Candidate, title: str, mentions: Mapping[str, int], things: Collection[str]
) -> bool:
    """Whether the candidate's question names no one but people, one of them by a given name
    alone (``gates.given_names_alone``) and mentioned in passing: "Who is ten minutes older
    than Luke?" of a wrestler's son named once. A given name the document names a place or a
    body by (``things``: "the railway to Mell") is no person's."""
    names = gates.given_names_alone(candidate.question or "", title)
    return not any(name in things for name in names) and any(
        mentions.get(normalize(name), 0) < _KNOWN_FIGURE_MENTIONS for name in names
    )


def _leans_on_unseen(candidate: Candidate, referents: Referents) -> bool:
    """Whether the candidate's question or answer is a definite phrase the document uses for
    several named things (``Referents.leans_on_unseen``), or its question asks of a post
    and never names the body it is at, or its sentence places it by a time told from an
    unseen one that no year near it makes certain."""
    prompt = candidate.question or (candidate.clause.text if candidate.clause else "")
    before = candidate.sentence.text[: candidate.span.start]
    if gates.post_of_an_unnamed_body(prompt):
        return True  # "Who was the head of drama?": at which broadcaster?
    if referents.unanchored(candidate.sentence):
        return True  # "Five years later, ...": later than what, no sentence before says
    return referents.leans_on_unseen(prompt, candidate.span.text, before, candidate.sentence)


_TITLE_WORD = r"[A-Z][\w’'-]*"
_TITLE_RUN = LazyPattern(
    rf"(?<=[a-z,;:] )(?:Of|To|In|With|For|At|By|From|On|Into|Upon|A|An|And)\s+{_TITLE_WORD}"
    rf"(?:\s+(?:(?:a|an|the|of|and|to|in|on|with|for|at|by|from)\s+)*{_TITLE_WORD})*"
)
"""A title whose own words run on in lower case ("praised Of Mice and Men", "read To Kill a
Mockingbird"): mid-sentence, a capitalised preposition or article can only open one."""


def _title_runs(text: str, title: str) -> list[tuple[int, int]]:
    """Where the text names a title whose own words run on in lower case: the document's own
    title ("Gone with the Wind"), or one opening with a capitalised preposition or article
    mid-sentence ("praised Of Mice and Men"), in reading order."""
    runs = [(m.start(), m.end()) for m in _TITLE_RUN.finditer(text)]
    own = without_title_bracket(title)
    if " " in own and any(word.islower() for word in own.split()[1:]):
        runs += [(m.start(), m.end()) for m in re.finditer(re.escape(own), text)]
    return sorted(set(runs))


_STAND_IN = "Qorvath"
"""A one-word name put in a title's place while a question is formed: "Gone with the Wind
won" would read as a participle ("In what year Gone with the Wind won ...?")."""


def _ask_past_titles(
    text: str,
    start: int,
    end: int,
    title: str,
    asking: Callable[[str, int, int], tuple[str, str] | None],
) -> tuple[str, str] | None:
    """``asking(text, start, end)``, the titles of ``text`` around the answer read as one
    name each: a stand-in takes each title's place, and the title comes back into the
    question (no question when it does not come back whole)."""
    runs = [(a, b) for a, b in _title_runs(text, title) if b <= start or a >= end]
    if not runs or _STAND_IN in text:
        return asking(text, start, end)
    pieces, names, at, shift = [], [], 0, 0
    for a, b in runs:
        pieces += [text[at:a], _STAND_IN]
        names.append(text[a:b])
        at = b
        if b <= start:
            shift += len(_STAND_IN) - (b - a)
    asked = asking("".join([*pieces, text[at:]]), start + shift, end + shift)
    if asked is None:
        return None
    question, form = asked
    if question.count(_STAND_IN) != len(names):
        return None  # a title left out or cut: the question is not the sentence's
    for name in names:
        question = question.replace(_STAND_IN, name, 1)
    return question, form


def _outside_titles(text: str, spans: Sequence[Span], title: str) -> list[Span]:
    """The spans that do not cut a title in pieces: the document's own title where it holds
    words in lower case ("Gone with the Wind"), and a title opening with a capitalised
    preposition or article mid-sentence, are one name ("Gone" or "To Kill" is no answer)."""
    runs = _title_runs(text, title)
    if not runs:
        return list(spans)
    return [
        span
        for span in spans
        if span.kind in _TIME_AND_COUNT
        or not any(span.start < end and start < span.end for start, end in runs)
    ]


def extract_candidates(sentences: Sequence[Sentence], title: str = "") -> list[Candidate]:
    """Every candidate fact of one document's sentences, in reading order."""
    return extract(sentences, title).candidates


def pool_entries(sentences: Sequence[Sentence]) -> list[tuple[str, str]]:
    """(kind, value) of every typed span in the document."""
    return extract(sentences).pool


_CENTURY_ANSWER = LazyPattern(
    r"^(?:[Tt]he\s+)?(?:(?P<part>early|mid|middle|late)[\s-]+)?"
    r"(?:(?P<digits>\d{1,2})(?:st|nd|rd|th)|(?P<word>[a-z-]+))[\s-]+century"
    r"(?P<era>\s+(?:BC|BCE|AD|CE))?$",
    re.IGNORECASE,
)


_ERA_FORMS = {
    "": ("", " AD", " CE"),
    "AD": (" AD", " CE", ""),
    "CE": (" CE", " AD", ""),
    "BC": (" BC", " BCE"),
    "BCE": (" BCE", " BC"),
}
"""The spellings of a century's era that mean the same years: "5th century BC" is "5th century
BCE"; a century without an era is one of the Common Era ("AD", "CE")."""


def century_variants(answer: str) -> list[str]:
    """ "late 12th century" → "12th century", "twelfth century", "12th", "twelfth"...: the
    numeral and the word, with and without "century" and the early/late qualifier, and each
    with the other spellings of its era ("12th century AD", "5th century BCE" for "BC")."""
    match = _CENTURY_ANSWER.match(answer.strip())
    if match is None:
        return []
    if match.group("digits"):
        number = int(match.group("digits"))
    elif match.group("word") and match.group("word").casefold() in ORDINAL_WORDS:
        number = ORDINAL_WORDS.index(match.group("word").casefold()) + 1
    else:
        return []
    if not 1 <= number <= len(ORDINAL_WORDS):
        return []
    era = (match.group("era") or "").strip()
    forms = []
    for spelled in _ERA_FORMS.get(era.upper(), (f" {era}",)):
        for ordinal in (ordinal_figure(number), ORDINAL_WORDS[number - 1]):
            forms += [f"{ordinal} century{spelled}", f"{ordinal}{spelled}"]
            if match.group("part"):
                forms.append(f"{match.group('part')} {ordinal} century{spelled}")
    if era.upper() in ("", "AD", "CE") and number in _HUNDREDS_CENTURIES:
        forms += [f"{number - 1}00s", f"the {number - 1}00s"]
    return [form for form in dict.fromkeys(forms) if form.strip() not in ("AD", "CE")]


_HUNDREDS_CENTURIES = range(2, 21)
"""Centuries also said by their hundreds ("the 1300s" for the 14th): not the 21st, whose
"2000s" is as often a decade."""
_HUNDREDS_ANSWER = LazyPattern(r"^(?:[Tt]he\s+)?(?P<hundreds>[1-9]\d?)00s$")


def hundreds_variants(answer: str) -> list[str]:
    """ "the 1300s" → "1300s", "14th century", "fourteenth century": a century said by its
    hundreds, with and without "the", and by its ordinal."""
    match = _HUNDREDS_ANSWER.match(answer.strip())
    if match is None or int(match["hundreds"]) + 1 not in _HUNDREDS_CENTURIES:
        return []
    ordinal = ORDINAL_WORDS[int(match["hundreds"])]
    forms = [f"{match['hundreds']}00s", *century_variants(f"{ordinal} century")]
    return [form for form in dict.fromkeys(forms) if form != answer.strip()]


_DECADE_ANSWER = LazyPattern(r"^(?:[Tt]he\s+)?(?P<century>1[1-9])(?P<decade>[1-9]0)s$")


def decade_variants(answer: str) -> list[str]:
    """ "1880s" → "the 1880s", "eighteen-eighties"; "the 1880s" → "1880s": a decade with or
    without "the", and in words as it is also written. A decade of the 1900s also by its
    last two figures and their word ("80s", "eighties" for "1980s"), as people say it: those
    of another century say the 1900s' decade to a reader ("the eighties" is not the 1880s),
    and "the tens" says no decade."""
    match = _DECADE_ANSWER.match(answer.strip())
    if match is None:
        return []
    numeral = f"{match['century']}{match['decade']}s"
    decade = number_word(int(match["decade"])) or ""
    tens = f"{decade.removesuffix('y')}ies"
    words = f"{number_word(int(match['century']))}-{tens}"
    if decade == "ten":
        words = f"{number_word(int(match['century']))}-tens"
    short = [f"{match['decade']}s", tens] if match["century"] == "19" and decade != "ten" else []
    return [numeral, f"the {numeral}", words, f"the {words}", *short]


_COUNTRY_SPELLINGS = (
    ("U.S.", "US", "United States"),
    ("U.K.", "UK", "United Kingdom"),
    ("U.N.", "UN", "United Nations"),
    ("E.U.", "EU", "European Union"),
)
"""The spellings of a country or a union of them inside a longer name: "U.S. Department of
Education" is also written "US Department of Education" and "United States Department of
Education", "UN Security Council" "United Nations Security Council"."""


def _country_spellings(name: str) -> list[str]:
    """The name, or the country alone, with each other spelling of the country it holds as
    a word ("US" for "U.S.")."""
    for spellings in _COUNTRY_SPELLINGS:
        for spelling in spellings:
            pattern = re.compile(rf"(?<![\w.]){re.escape(spelling)}(?![\w’'-]|\.\w)")
            if pattern.search(name):
                return [
                    pattern.sub(other, name, count=1) for other in spellings if other != spelling
                ]
    return []


GENERIC_QUALIFIERS = word_set(
    "National Royal State Central Imperial Federal Supreme General Grand Great High Premier"
    " Union United International Public Old New Upper Lower"
)
"""Words that open many names of one sort: alone they name none ("National" of "National
Library")."""


def proper_remainder(
    words: Sequence[str], sort: str, common: Callable[[str], bool], after_sort: bool = False
) -> bool:
    """Whether the words left of a name read as a proper name of their own: capitalised, not
    a lone qualifier, adjective, demonym or word the document writes in lower case
    (``common``: "Royal", "Tibetan", "Sea"), not cut inside a sort phrase ("Orm Fire" of
    "Orm Fire Academy") unless it keeps the ``sort`` noun ("Sea Academy"). A word written
    capitalised ``after_sort``, the class noun ("Storm Sandy"), is a name even where it is
    also an adjective."""
    if not words or not all(word[:1].isupper() and word[-1:] not in "’'" for word in words):
        return False
    short = " ".join(words)
    if len(short) < 3 or short.casefold() in lexicon.COMMON_START_WORDS:
        return False
    if len(words) == 1 and (
        words[0] in GENERIC_QUALIFIERS
        or words[0] in lexicon.COUNTRY_DEMONYMS
        or (
            not after_sort
            and ("ADJ" in phrasing.word_tags(words[0].casefold()) or common(words[0]))
        )
    ):
        return False
    return words[-1].casefold() == sort or not ends_inside_a_sort(words)


def _without_named_sort(answer: str, prompt: str) -> str | None:
    """ "Warsaw" for "Warsaw Pact" when the question asks "which pact": the sort word is
    given, so the name without it identifies the answer (never a lone common word,
    qualifier, adjective or demonym, nor a possessive)."""
    asked = re.search(r"\b[Ww]hich\s+([a-z]+)\b", prompt)
    if asked is None:
        return None
    sort = asked.group(1)
    words = answer.split()
    rest: list[str] = []
    if len(words) >= 2 and words[-1].casefold() == sort:
        rest = words[:-1]
    elif len(words) >= 3 and words[0].casefold() == sort and words[1] == "of":
        rest = words[2:]
    # a lone qualifier, adjective or demonym ("Imperial", "Tibetan") or a possessive
    # ("Hundred Years'") names nothing of its own
    return " ".join(rest) if proper_remainder(rest, sort, lambda word: False) else None


def ends_inside_a_sort(words: Sequence[str]) -> bool:
    """Whether a name cut before its sort word keeps a common word of the sort phrase last
    ("Orm Fire" of "Orm Fire Academy", "Vell Police" of "Vell Police Department"): no one
    calls it so. A place's word or a compass point is the name's own ("Vessa Hill" of
    "Vessa Hill Hospital", "Orm East" of "Orm East Conference")."""
    return (
        len(words) >= 2
        and _common_word(words[-1])
        and words[-1] not in lexicon.PLACE_WORDS | _COMPASS_POINTS
    )


_COMPASS_POINTS = word_set(
    "North South East West Northeast Northwest Southeast Southwest North-East North-West"
    " South-East South-West"
)
"""Compass points that close a name of their own before its sort word ("Orm East")."""


def _accepted(span: Span, text: str = "", prompt: str = "") -> tuple[str, ...]:
    """Other answers a learner who knows the fact may type: acronyms and expansions the
    document gives, surnames no one else in it has, other spellings, with or without "the",
    "Saint" for "St.", "and" for "&", a closing Roman numeral in figures, a century as a
    numeral or a word and with each spelling of its era, a name without the
    sort word the question gives, short forms every reader knows ("UK"), a firm without its
    legal form, a party without "Party", a term in the singular and the plural, a language
    without the word "language"."""
    variants: list[str] = [alias for alias in span.aliases if not _sort_or_common_word(alias)]
    bare = re.sub(r"^(?:the|The)\s+", "", span.text)
    if bare != span.text:
        variants.append(bare)
    elif span.kind == "term" or (
        span.kind not in _TIME_AND_COUNT and text[: span.start].endswith(("the ", "The "))
    ):
        variants.append(f"the {span.text}")
    if span.kind == "person":
        variants.extend(name_variants(span.text))
        variants.extend(_regnal_variants(span.text))
    elif span.kind == "number":
        variants.extend(number_variants(span.text) or _scale_variants(span.text))
    elif span.kind == "date":
        variants.extend(date_variants(span.text, span.sort_key))
    elif span.kind == "period":
        variants.extend(
            century_variants(span.text)
            or decade_variants(span.text)
            or hundreds_variants(span.text)
        )
    elif span.kind == "term":
        variants.extend(_other_number(span.text))
    if span.kind not in WHEN_KINDS:
        variants.extend(fraction_variants(bare))  # "500,000" for "half a million"
    variants.extend(lexicon.SHORT_FORMS.get(bare, ()))
    variants.extend(_country_spellings(bare))
    if span.kind not in _TIME_AND_COUNT:
        variants.extend(_written_out(bare, numbered=span.kind != "person"))
    words = bare.split()
    if len(words) >= 2 and words[-1] in lexicon.COMPANY_SUFFIXES | _FOREIGN_LEGAL_FORMS:
        variants.append(" ".join(words[:-1]))  # "Sky UK" for "Sky UK Limited"
    if len(words) >= 2 and words[-1] == "Party" and span.kind in ("organisation", "other"):
        variants.append(" ".join(words[:-1]))  # "Labour" for "Labour Party"
    short = _without_named_sort(bare, prompt)
    if short is not None:
        variants.append(short)
    language = _LANGUAGE_KEY.fullmatch(bare)
    if language is not None:
        variants.append(language["name"])  # "Vellish" for "Vellish language"
    return tuple(v for v in dict.fromkeys(variants) if v != span.text)


_FOREIGN_LEGAL_FORMS = word_set("AB AG ASA NV BV SpA Oy Oyj")
"""Legal forms of firms abroad that close a firm's name ("Vellverk AB"): no one says them."""

_LANGUAGE_KEY = LazyPattern(r"(?P<name>[A-Z][a-z]+) language")
"""A language named with the word "language", which its name alone says."""


_SHORT_WORDS = (("St", "Saint"), ("Mt", "Mount"), ("Ft", "Fort"))
"""Words of names written short or in full: "St. Elmo" is "Saint Elmo"."""
_NUMBER_WORDS = (("Mk", "Mark"), ("No", "Number"))
"""Words before a number written short or in full: "Mk VIII" is "Mark VIII", "No. 4" is
"Number 4" (never "Mark Tarrant", a man)."""
_STREET_WORDS = (("Rd", "Road"), ("St", "Street"), ("Ave", "Avenue"), ("Blvd", "Boulevard"))
"""Street words written short or in full where they close a name: "Kell Rd" is "Kell Road"."""
_NUMBERED_NEXT = r"(?=\s+(?:[IVXL]+|\d+)(?![\w’'-]))"
_WRITTEN_SHORT_OR_FULL = tuple(
    (
        LazyPattern(rf"(?<![\w'-])(?<!’){short}\.?{following}"),
        full,
        LazyPattern(rf"(?<![\w'-])(?<!’){full}{following}"),
        f"{short}." if short == "No" else short,
    )
    for words, following in ((_SHORT_WORDS, r"(?=\s+[A-Z])"), (_NUMBER_WORDS, _NUMBERED_NEXT))
    for short, full in words
)
"""For each word of ``_SHORT_WORDS`` (before a name) and ``_NUMBER_WORDS`` (before a number):
its short spelling and what replaces it, its full one and what replaces that ("No." for
"Number")."""


def _written_out(name: str, numbered: bool) -> list[str]:
    """A name with its short words in full or its full words short ("Saint Elmo" for "St.
    Elmo", "Mount Tam" → "Mt Tam", "Kell Rd" for "Kell Road", "Gun Mark II" for "Gun Mk
    II", "No. 4 Wing" for "Number 4 Wing"), "&" as "and" and "and" as
    "&", and (``numbered``) a closing Roman numeral in figures ("World War 2" for "World War
    II"): the grader reads none of these alike."""
    forms = []
    for written_short, full, written_full, short in _WRITTEN_SHORT_OR_FULL:
        if written_short.search(name):
            forms.append(written_short.sub(full, name))
        if written_full.search(name):
            forms.append(written_full.sub(short, name))
    words = name.split()
    for short, full in _STREET_WORDS:
        # "Kell Rd" for "Kell Road": only a street word that closes a name ("Road Town")
        if len(words) >= 2 and words[-2][:1].isupper() and words[-1].rstrip(".") in (short, full):
            other = short if words[-1] == full else full
            forms.append(" ".join([*words[:-1], other]))
    if " & " in name:
        forms.append(name.replace(" & ", " and "))
    elif " and " in name:
        forms.append(name.replace(" and ", " & "))
    if numbered and len(words) >= 2 and words[-1] in _ROMAN and words[-1] not in ("V", "X"):
        # a lone "X" or "V" is as often a letter ("Generation X", "Type V")
        forms.append(" ".join([*words[:-1], str(_ROMAN[words[-1]])]))
    return forms


_SCALED = LazyPattern(
    r"^(?P<sign>(?:(?:US|A|C|NZ|HK)\$|[$£€])?)(?P<figure>\d[\d,]*(?:\.\d+)?)\s*"
    r"(?P<scale>bn|billion|m|million|%|per\s?cent|percent)$"
)
_SCALE_FORMS = {
    "bn": ("bn", " billion"),
    "billion": ("bn", " billion"),
    "m": ("m", " million"),
    "million": ("m", " million"),
}


def _scale_variants(text: str) -> list[str]:
    """ "£1.3bn" ↔ "£1.3 billion", "£34m" ↔ "£34 million", "61.1%" ↔ "61.1 per cent" ↔
    "61.1 percent": a sum or a share written short or long (the grader ignores the sign and
    the "%"; a list exported for another grader holds every spelling)."""
    match = _SCALED.match(text.strip())
    if match is None:
        return []
    sign, figure, scale = match["sign"], match["figure"], match["scale"]
    if not scale[0].isalpha():
        return [f"{figure} per cent", f"{figure} percent"]
    if scale.startswith("per"):
        other = "percent" if " " in scale else "per cent"
        return [f"{figure}%", f"{figure} {other}"]
    forms = [f"{sign}{figure}{suffix}" for suffix in _SCALE_FORMS[scale]]
    return [form for form in forms if form != text]


def _sort_or_common_word(alias: str) -> bool:
    """Whether a one-word alias is a sort of thing or a common word ("Land" of "Holy Land"),
    which no learner types for the name."""
    return alias in lexicon.PLACE_WORDS | lexicon.ORGANISATION_WORDS | lexicon.EVENT_WORDS or (
        alias.casefold() in lexicon.COMMON_START_WORDS or alias in ("Land", "Lands")
    )


_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9}
_ROMAN.update({"X": 10, "XI": 11, "XII": 12, "XIII": 13, "XIV": 14, "XV": 15, "XVI": 16})


def _regnal_variants(name: str) -> list[str]:
    """ "Richard I" → "Richard the First", "Richard 1st": a ruler's number said or written.
    Only after a ruler's name and titles: "Light Tank Mk VIII" numbers a model, and "Light
    Tank Mk the Eighth" is no name anyone says."""
    words = name.split()
    number = _ROMAN.get(words[-1]) if len(words) >= 2 else None
    if number is None or not all(map(_ruler_s_word, words[:-1])):
        return []
    stem = " ".join(words[:-1])
    return [
        f"{stem} the {ORDINAL_WORDS[number - 1].capitalize()}",
        f"{stem} {ordinal_figure(number)}",
    ]


def _ruler_s_word(word: str) -> bool:
    """Whether a word may stand before a ruler's number: a title ("King"), a given name
    ("Mark", "Urban") or a word of no other use ("Ramesses")."""
    return lexicon.title_word(word) or word in lexicon.given_names() or not _common_word(word)


_PHRASE_WORDS = word_set("of in on at for with by to from after and or the a an his her their its")
"""Words that make a term a phrase, whose last word is no head noun to inflect."""


def _other_number(term: str) -> list[str]:
    """A term with its last word in the other grammatical number: "randomized algorithm" for
    "randomized algorithms", "thylakoids" for "thylakoid"."""
    words = term.split()
    last = words[-1]
    if not last.isalpha() or not last.islower():
        return []
    if any(word in _PHRASE_WORDS for word in words[:-1]):
        return []  # "speed of light", "a way in her honor": a phrase, not a compound noun
    if sum(word[:1].isupper() for word in words) >= 2:
        return []  # "Ana Ruiz way": a name, which has no plural
    lemma = (getLemma(last, upos="NOUN") or (last,))[0]
    other = lemma if lemma != last else (getInflection(lemma, "NNS") or (None,))[0]
    if not other or other == last:
        return []
    return [" ".join([*words[:-1], other])]


def date_variants(text: str, sort_key: str | None) -> list[str]:
    """Other spellings of a date: "29 August 1960" ↔ "August 29, 1960" ↔ "1960-08-29"."""
    if not sort_key:
        return []
    parts = [int(p) for p in sort_key.split("-")]
    if len(parts) == 3:
        year, month, day = parts
        name = MONTHS[month - 1]
        forms = [f"{day} {name} {year}", f"{name} {day}, {year}", sort_key]
    else:
        year, month = parts
        forms = [f"{MONTHS[month - 1]} {year}", sort_key]
    return [f for f in forms if f != text]


_PART_OF_A_YEAR = LazyPattern(
    r"\b(?:mid|early|late)\s*-\s*(?:1\d{3}|20\d{2})|(?<![\w$£€.,/-])(?:1\d|20)\d0s\b", re.I
)
_LIST_BEFORE = LazyPattern(r",\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*$")


def _names_something(event: str, known: Collection[str]) -> bool:
    """Whether an ordering item names what it tells of: a name, or the document's subject.
    "Full-length films became available" (on what, where?) names nothing; its capital only
    opens the sentence."""
    first = re.match(r"[\w’']+", event)
    opener = first is not None and bool(phrasing.word_tags(first.group(0).casefold()))
    return gates.anchored(event[:1].lower() + event[1:] if opener else event, known, figures="none")


def _event_label(sentence: str, span: Span) -> str | None:
    """The sentence without its date, short enough to be an item of an ordering question."""
    before, after = sentence[: span.start], sentence[span.end :]
    lead = re.search(
        r"(?:^|,\s*)(?:(?:Also|And|But)\s+)?(?:in|on|by|from|since|during)\s+$",
        before,
        re.IGNORECASE,
    )
    dated_at = 0  # where the date stood in the label
    if lead and not before[: lead.start()].strip():
        label = after.lstrip(" ,")
    else:
        trail = re.search(r"\s+(?:in|on|by|during)\s+$", before)
        if not trail:
            return None
        label = before[: trail.start()] + after
        dated_at = trail.start()
    for joint in re.finditer(r",\s+(?:and|which|who|after|while|but|[a-z]+ing)\b", label):
        if joint.group(0).endswith("and") and _LIST_BEFORE.search(label, 0, joint.start()):
            continue  # "lost Orm, Lund, and Tarn": the last item of a list, not a claim
        if joint.group(0).endswith(("which", "who")) and joint.start() < dated_at:
            return None  # "The Orm Party, who won seats in 2014": the dated claim is the aside
        label = label[: joint.start()]  # one claim
        break
    label = label.strip().rstrip(".!;,").strip()  # ", a theatre company, in 1921."
    if not label or _YEAR.search(label) or _DMY.search(label) or _MY.search(label):
        return None
    if _PART_OF_A_YEAR.search(label):
        return None  # "... became available in mid-2015": the item would give its own date
    if not 3 <= len(label.split()) <= 16:
        return None
    return label[0].upper() + label[1:]


def _year_question(question: str) -> str:
    """ "When was the canal opened?" → "In what year was the canal opened?"."""
    for lead in ("When ", "On what date "):
        if question.startswith(lead):
            return "In what year " + question[len(lead) :]
    if " on what date" in question:  # "released on what date": a day is "on", a year "in"
        return question.replace(" on what date", " in what year", 1)
    return question.replace("what date", "what year", 1)


def _sentence_case(text: str) -> str:
    """A statement opening with a capital, as a sentence does, where a term in lower case
    opens it ("group ticket is a set of votes" → "Group ticket is ..."); a word spelt with
    a capital inside ("eBay", "iOS") keeps its spelling."""
    first = text.split(" ", 1)[0]
    return text[:1].upper() + text[1:] if first.islower() else text


def candidate_fact(candidate: Candidate, title: str, topics: Sequence[str] = ()) -> FactRecord:
    """The fact an automatic candidate stands for, ready for the question templates.

    The prompt is the candidate's wh-question, its end tidied; without one, the clause that
    holds the answer with a blank. True/false statements are the clause, asked as yes/no
    questions.
    """
    sentence, span = candidate.sentence, candidate.span
    text = sentence.text
    clause = candidate.clause or phrasing.Clause(text, span.start, span.end)
    body = clause.text
    template = body[: clause.start] + ANSWER_PLACEHOLDER + body[clause.end :]
    cloze = body[: clause.start] + BLANK + body[clause.end :]
    cloze = cloze[:1].upper() + cloze[1:]
    hint = _KIND_HINT[span.kind]
    prefix = f"According to “{title}”: " if candidate.attributed else ""
    statement = prefix + _sentence_case(text)
    question = (
        phrasing.end_question(phrasing.with_event_preposition(candidate.question))
        if candidate.question
        else None
    )
    prompt = prefix + (question or f"Fill in the blank ({hint}): {cloze}")
    number_prompt: str | None = None
    number: int | None = None
    if span.kind in ("year", "number") and span.value is not None:
        number = span.value
        number_prompt = (
            prompt
            if question
            else (f"{prefix}Fill in the {'year' if span.kind == 'year' else 'number'}: {cloze}")
        )
    elif span.kind == "date" and span.year_start is not None and span.value is not None:
        number = span.value
        if question:
            year_question = _year_question(question)
            if not gates.asks_a_year_beside_a_year(year_question):
                # "By what date did it grow from one team in 1990 to ten?" asked by its year
                # would ask which of two years; "On what date in 1990 ...?" keeps its options
                number_prompt = prefix + year_question
        else:
            year_at = span.year_start - span.start + clause.start
            year_cloze = body[:year_at] + BLANK + body[year_at + 4 :]
            number_prompt = f"{prefix}Fill in the year: {year_cloze}"
    event = None
    if span.kind in ("date", "year") and not candidate.attributed:
        event = _event_label(text, span)
        known = gates.known_nouns(title, None)
        if event is not None and not (
            gates.self_contained(event, known) and _names_something(event, known)
        ):
            event = None  # an ordering item must be as clear as a question
    return FactRecord(
        id=candidate.id,
        document=sentence.document,
        quote=sentence.quote,
        statement=statement,
        kind=span.kind,
        answer=span.text,
        prompt=prompt,
        accepted=_accepted(span, text, question or ""),
        statement_template=prefix + template,
        sort_key=span.sort_key,
        event=event,
        number=number,
        number_prompt=number_prompt,
        unique=candidate.unique,
        attributed=candidate.attributed,
        approximate=span.approximate,
        topics=tuple(topics),
        difficulty=2,
        origin="auto",
        pairing_keys=(pairing_key(template),),
        yes_no=True,
    )
