"""What a question's words refer to, when the sentence it comes from leans on the ones before.

A learner sees one question, never the sentences around it. "The league expanded in 1931"
names its league two sentences earlier; an answer "USGS" says nothing to someone who never
read what the letters stand for. This module says what such words mean where the document
makes it certain, and flags them where it does not.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from factdeck.generate import lexicon
from factdeck.generate.patterns import LazyPattern, NamedPattern, named_pattern
from factdeck.generate.phrasing import AUXILIARIES, finite_verb, named_sorts, plural_noun, word_tags
from factdeck.generate.sentences import Sentence
from factdeck.generate.text import (
    DISAMBIGUATOR,
    MONTH_NUMBER,
    MONTHS,
    NAME_CLOSES,
    PLACE_AFTER_COMMA,
    WRITTEN_YEAR,
    number_value,
    quoted_title,
    title_cut_short,
    word_set,
)
from factdeck.normalise import NUMBER_WORDS

_ABBREVIATION = LazyPattern(r"(?:the\s+)?(?P<letters>[A-Z][A-Z&]*[A-Z])s?")
"""An answer that is capitals only ("USGS", "MSAs", "AT&T"): an abbreviation."""
_CAPITALISED = LazyPattern(r"\b[A-Z][\w’'-]*")
_IDENTITY = LazyPattern(
    r"^(?:(?:What|Which\s+[a-z]+)\s+(?:is|are|was|were)\s+(?:a|an|the)\s"
    r"|How\s+(?:is|are)\s.+\sabbreviated\?$)"
)
"""A question that says what its answer is ("What is the class of problems ...?", "How is
relative humidity abbreviated?"): it explains a symbol it asks for."""


def unexplained_abbreviation(answer: str, prompt: str, accepted: Iterable[str] = ()) -> bool:
    """Whether the answer is an abbreviation alone that neither the question nor an accepted
    form spells out: "What has released an earthquake forecast?" → "USGS" teaches letters,
    and rejects the name a learner would type. A question or an accepted form whose
    capitalised words give the letters in order ("United States Geological Survey"), or a
    question that says what the answer is, explains it."""
    match = _ABBREVIATION.fullmatch(answer.strip())
    if match is None:
        return False
    if _IDENTITY.match(prompt):
        return False
    letters = match["letters"].replace("&", "")
    return not any(
        letters in "".join(word[0] for word in _CAPITALISED.findall(text))
        for text in (prompt, *accepted)
    )


_NAME_WORD = r"[A-Z][\w’'-]*"
_HEAD_FIRST_JOINS = r"(?:de|du|des|del|della|di|da)\s+(?:la\s+)?"
"""Words that join a name whose language puts its head first: "Ligue Internationale de
Kellball" is a ligue."""
_LONG_NAME = LazyPattern(rf"\b{_NAME_WORD}(?:\s+(?:of\s+|&\s+|{_HEAD_FIRST_JOINS})?{_NAME_WORD})+")
"""A name of two words or more: "Northern Football League", "Magnificent Mile", "Ligue
Internationale de Kellball"."""
_NAME_OF_THE = LazyPattern(rf"\b{_NAME_WORD}\s+of\s+the\s+{_NAME_WORD}(?:\s+{_NAME_WORD})*")
"""A name with "of the" in it: "Council of the Orvan Union", which "the Council" may be cut
from as well as from "Orvan Council"."""
_NAME_WITH_NOUN = LazyPattern(
    rf"\b[Tt]he\s+(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD})*)\s+(?P<tail>[a-z]+(?:\s+[a-z]+)?)\b"
)
"""A name before a common noun phrase: "the Marrowby metropolitan area"."""
_SORT_BEFORE_NAME = LazyPattern(
    rf"\b[Tt]he\s+(?P<sort>[a-z]+)\s+(?P<name>(?:The\s+)?{_NAME_WORD}(?:\s+{_NAME_WORD})*)"
)
"""A sort right before a name: "the novel The Glass Tower", "the architect Ivo Brenn"."""
_DEFINITE = LazyPattern(r"\b(?P<the>[Tt]he)\s+(?P<words>[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)\b")
_CUT_NAME = LazyPattern(
    rf"\b(?P<the>[Tt]he)\s+(?P<word>{_NAME_WORD})\b"
    rf"(?![’'-]|\s+(?:(?:{_NAME_WORD}|of|de|del|du|la|le)\b|[&\d]|(?:for|on)\s+(?:the\s+)?[A-Z]))"
)
"""A name cut to one word after "the": "the Mile" of "the Magnificent Mile" ("the Datsun
510" and "the Institute for Policy Studies" are whole names)."""
_RESTRICTED_AFTER = LazyPattern(
    r"\s+(?:of|that|which|who|whom|whose|where|known|called|named|to|for|in|on|at|from|[A-Z\d])"
)
"""What makes a definite phrase say itself which thing it means ("the area of Orm", "the
league that ...", "the river Kell"), or puts it in a place that may do so."""
_MODIFIER = (
    r"(?:(?!(?:the|of|and|or|in|on|at|to|for|with|by|from|about|that|which)\b)[a-z\d][\w-]*\s+)"
)
"""A word that may stand between an article and its noun ("a title match"), not one that
starts another phrase ("a book about the match")."""
_TOLD_NAME = r"(?:the\s+(?:[a-z]+\s+)?)?[A-Z][\w’'-]*(?:\s+(?:of\s+|de\s+|&\s+)?[A-Z\d][\w’'-]*)*"
_INTRODUCING_TAIL = (
    r"(?P<tail>\s+(?:against|with|at|on|for|between|versus|over|from|to|about|of)\s+"
    rf"{_TOLD_NAME}(?:,?\s+and\s+{_TOLD_NAME})?"
    r"(?![\w’'-]|\s+[A-Z\d]))?(?:\s+(?P<next>[a-z]+))?"
)
"""What a phrase bringing in a new thing says of it, where that is a name: "against Ivo
Kell" of "a match against Ivo Kell", "at Varfest" of "to a match at Varfest which ...",
"between Orm Street and the Kell" (both names), and
the word after it (``_name_of_a_noun``). Not where it took place ("a debate in Parliament"):
many things of a sort happen in one place."""
_DEFINING_OPENING = LazyPattern(r"^An?\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*\s+(?:is|are)\b")
"""A sentence that says what a kind of thing is ("A lens is a device ..."): "the lens" after
it is any lens, not one the learner missed."""
_PREDICATING = LazyPattern(
    r"\b(?:is|are|was|were|be|been|became|become|becomes|remains|remained|made|as)\s+$"
)
"""Words after which "a colony" says what a thing is ("Kell was made a colony"), not a new
thing of the sort: "the colony" after it may be Kell."""
_RANKING = LazyPattern(r"first|second|third|last|next|only|main|final|[a-z]+est")
"""Words that single a thing out among others of its sort ("the first album", "the
largest hall")."""


_ARTICLE_OPENING = LazyPattern(r"\b(?P<article>[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Tt]he)\s+")
_ONE_MODIFIER = LazyPattern(_MODIFIER)
_NOUN_CLOSES = LazyPattern(r"\b(?![’'-])")
_INTRODUCING_TAIL_AT = LazyPattern(_INTRODUCING_TAIL)


def introductions(noun: str, text: str) -> Iterator[tuple[re.Match[str], re.Match[str]]]:
    """The phrases of ``text`` bringing in a new thing of ``noun`` (``Referents._introduced``):
    an article or a possessive, up to three words, the noun and what is said of it, each
    as its opening (group ``article``) and its tail (groups ``tail`` and ``next``), where
    the one pattern ``opening, {0,3}? modifiers, noun, tail`` finds them, one after the
    other. Read with patterns shared by all nouns: a long document asks after thousands of
    nouns, and compiling a pattern for each cost it seconds."""
    pos = 0
    while (opening := _ARTICLE_OPENING.search(text, pos)) is not None:
        at, end = opening.end(), -1
        for words in range(4):
            if text.startswith(noun, at) and _NOUN_CLOSES.match(text, at + len(noun)):
                end = at + len(noun)
                break
            modifier = _ONE_MODIFIER.match(text, at) if words < 3 else None
            if modifier is None:
                break
            at = modifier.end()
        if end < 0:
            pos = opening.start() + 1
            continue
        tail = _INTRODUCING_TAIL_AT.match(text, end)
        assert tail is not None  # all of it is optional
        yield opening, tail
        pos = tail.end()


def _told_name(match: re.Match[str]) -> str:
    """The name a phrase bringing in a thing gives it (its ``tail``, of ``introductions``),
    or "" where it gives none, or the name only stands before a common noun ("with the
    Vessian federation")."""
    following = match["next"] or ""
    if not match["tail"]:
        return ""
    noun_after = _noun(following) and finite_verb(following) is None
    if following and noun_after and following not in AUXILIARIES and following not in _JOINS:
        return ""
    return match["tail"]


_JOINS = word_set(
    "in on at to for with by from and or after before during until when while which who that but as"
)
_TOLD_ELSEWHERE = word_set("year decade century day week month time")
"""Times: "the same year", "the following day" are told by ``Referents.dated``."""
_NAMING_AFTER = LazyPattern(
    r"\s+(?:of|that|which|who|whom|whose|where|known|called|named|between)\b"
)
"""What makes a definite phrase say itself which thing it means ("the match between ...",
"the cover of ...")."""
_PLACED_AFTER = LazyPattern(
    r"\s+(?:in|on|at|to|from|against|with|for|between|over|during|near|by|versus)\s+"
    r"(?:the\s+)?[A-Z\d]"
)
"""A preposition and a name or a figure after a definite phrase ("the match at Lund")."""


_FOLLOWING_YEAR = LazyPattern(
    r"\b(?:(?P<in>[Ii]n)\s+)?(?P<the>[Tt]he)\s+(?:following|next)\s+year(?P<owner>['’]s)?\b"
)
"""A year told by the one before it: "the following year", "in the next year's election"."""
_RELATIVE_YEAR = LazyPattern(
    r"\b(?:(?P<later>(?P<count>(?:[Aa]\s+)?[A-Za-z]+(?:-[a-z]+)?|\d{1,3})\s+(?P<unit>years?|decades?)"
    r"\s+later)(?!\s+than\b)"
    r"|(?P<then>[Bb]y\s+then|[Aa]t\s+that\s+time)"
    r"|(?:(?P<of>of)\s+|(?:[Ii]n|[Dd]uring)\s+)(?:[Tt]he\s+same|[Tt]hat)\s+year"
    r"|[Tt]he\s+same\s+year|^That\s+year(?=,))\b(?![’'-]|\s+as\b)"
)
"""A time told from a year told before: "five years later", "two decades later", "by then",
"in the same year", "in that year" or "That year, ...". Not "five years later than planned",
"the same year as the king died" or "that year-round": no time of their own; nor "that year"
without a preposition ("He said that year was his best")."""
_DATING_OPENING = LazyPattern(r"(?:In|On|By|During)\s+[^,]{0,30}?\b\d{4}\b")
"""A time that opens a sentence, dating all of it: "In 1599", "On 4 May 1870"."""
_YEAR_BESIDE = LazyPattern(r",?\s+(?:in\s+|\()\d{4}\b")
"""The year a relative time stands beside: "Eight years later, in 1909", "later (1370)"."""
_UNANCHORED_TIME = LazyPattern(
    r"\b(?:(?:a\s+few|several|some|many|[a-z]+|\d+)\s+(?:years|decades)\s+later"
    r"|(?:one|a)\s+(?:year|decade)\s+later"
    r"|the\s+(?:following|next|same)\s+(?:year|decade)|that\s+year|by\s+then"
    r"|at\s+that\s+time)\b(?![’'-]|\s+(?:as|than)\b)",
    re.IGNORECASE,
)
"""A time told in years from one in a sentence the learner never sees: a question from it asks
what held at a time it cannot say. A few days or weeks later stays within the year told."""


_YEAR = LazyPattern(WRITTEN_YEAR.pattern + r"(?![\d,.]\d|s\b|\s*(?:%|percent))")
"""A year of the common era written out: "1848", not "1,848", "1840s" or "1848 percent"."""
_MONTHS = "|".join(MONTHS)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_POINT_IN_A_YEAR = LazyPattern(
    rf"(?<![\w-])(?:(?P<lead>[Oo]n|[Bb]y|[Ii]n|[Uu]ntil|[Ss]ince|[Ff]rom|[Aa]fter|[Bb]efore"
    rf"|[Dd]uring|[Ll]ate|[Ee]arly|[Mm]id-)\s*)?(?P<date>(?P<day_first>\d{{1,2}}\s+)?"
    rf"(?P<month>{_MONTHS})(?P<day>\s+{_DAY})?)\b(?!-)"
)
"""A month, with a day or after a word placing a time in it: "by December 25", "on 12 May",
"in November" ("May" alone is a name or a verb as often)."""
_YEAR_GIVEN = LazyPattern(
    r",?\s+(?:\d{3,4}\b|of\s+(?:that|this|the\s+same|the\s+following|the\s+next)\s+year)"
)
"""What after a month says its year: "May 5, 1990", "May of that year"."""
_EVERY_YEAR = LazyPattern(r"\b(?:every|each|annually|yearly|annual)\b", re.IGNORECASE)
_FULL_DATE = LazyPattern(rf"\b(?P<month>{_MONTHS})(?:\s+{_DAY})?,?\s+(?P<year>\d{{4}})$")
"""A date ending where its year ends: "November 7, 1973", "7 November 1973", "May 1999"."""
_OPENING_YEAR = LazyPattern(r"^(?:In|By|On|During)\s+(?P<year>\d{4}),?\s")
"""A year that opens a sentence and so times all of it: "In 1975, the band ..."."""


def _point_in_a_year(match: re.Match[str]) -> bool:
    """Whether a ``_POINT_IN_A_YEAR`` match is a time: a day or a placing word beside the
    month, and "May" only with its day."""
    if match["month"] == "May":
        return bool(match["day"] or match["day_first"])
    return bool(match["day"] or match["day_first"] or match["lead"])


_ASKS_A_TIME = LazyPattern(
    r"^(?:When\b|(?:(?:In|On|By)\s+)?(?:what|which)\s+(?:year|date|day)\b)", re.IGNORECASE
)
"""A question that asks when: its answer gives the year a month of the question lacks."""


def month_without_its_year(prompt: str) -> bool:
    """Whether the question places its fact in a month and never says which year: "Which
    country was thought friendly by December 25?" (of which year?). A yearly custom ("held
    each May") needs none, nor a question that asks the year ("In what year did the ship
    sink in June?")."""
    if re.search(r"\d{4}", prompt) or _EVERY_YEAR.search(prompt) or _ASKS_A_TIME.match(prompt):
        return False
    return any(_point_in_a_year(m) for m in _POINT_IN_A_YEAR.finditer(prompt))


_DATED_AFTER = LazyPattern(r"\s+(?:in|on|at|by|from|since|until)\s+(?:\d|the\s+\d)")
"""A time after a definite phrase ("the state in 1992"), which says when, not which one."""


@dataclass(frozen=True)
class _Named:
    head: str
    """The common noun phrase the name is a thing of, cased down: "league", "metropolitan
    area"."""
    name: str
    """The name as a phrase reads it: "the Northern Football League", "Kellerman Grant"."""


_OPENERS = word_set(
    "the a an in on at after before by during from with for to this these his her its their"
    " as since until under"
)
"""Capitalised words that open a sentence before a name ("The Orm League", "In Kell Bay")."""


def _long_names(text: str) -> list[str]:
    """The names of two words or more in a text, without a word that only opens the
    sentence ("The" of "The Northern Football League", "Eventually" of "Eventually Orm
    Foods began ...", "Seven" of "Seven Union monitors")."""
    names = []
    for match in _LONG_NAME.finditer(text):
        words = match.group(0).split()
        if match.start() == 0 and (
            _opening_adverb(words[0]) or words[0].casefold() in NUMBER_WORDS
        ):
            words = words[1:]  # "Seven Union monitors took part": a count, no name's first word
        while words and words[0].casefold() in _OPENERS:
            words = words[1:]
        if len(words) >= 2 and words[0] not in ("of", "&"):
            names.append(" ".join(words))
    return names


_OWNER_BEFORE = LazyPattern(rf"\b(?P<word>{_NAME_WORD})\s+(?:of|for)\s+$")
"""The capitalised word before a ``_CUT_NAME`` match that may open a longer name with it."""
_OWNER_WINDOW = 64
"""How far before a ``_CUT_NAME`` match its owner word is looked for: two words at most."""
_NAME_WITH_THE = LazyPattern(
    rf"(?<=[\w,;] )(?P<name>{_NAME_WORD}\s+(?:of|for)\s+the\s+{_NAME_WORD})"
)
"""A name written with "of the" or "for the" inside a sentence, where a capital marks a name
("hosts the Festival of the Arts"), not a sentence's first word ("Members of the Council")."""


def _before_its_head(match: re.Match[str]) -> bool:
    """Whether a ``_CUT_NAME`` match is a name before the common noun that heads its phrase
    ("the Song dynasty", "the Kell government"), not a name cut short."""
    following = re.match(r"\s+([a-z]+)\b", match.string[match.end() :])
    tags = word_tags(following[1]) if following else set()
    return "NOUN" in tags and not tags & {"VERB", "ADV", "AUX"}


def _short_forms(long_name: str) -> dict[str, bool]:
    """The words a document may cut a name to once it has written it whole, each with whether
    the cut word is the head of a name that puts its head first: its last word ("the
    Convention" of "the Orvan Convention"), its word before "of" ("the Treaty" of "the Treaty
    of Lund"), and the first word of a name joined by "de" or the like ("the Ligue" of "the
    Ligue Internationale de Kellball"), which a word list may not know for a noun."""
    words = long_name.split()
    forms = {words[-1]: False}
    if "of" in words[1:]:
        forms.setdefault(words[words.index("of") - 1], False)
    if re.search(rf"\s{_HEAD_FIRST_JOINS}", long_name):
        forms[words[0]] = True
    return forms


_CODE_CUT = LazyPattern(
    r"\b(?P<the>[Tt]he)\s+(?P<word>[A-Z][a-z]+\.?)\s+(?P<code>[IVX]+)\b"
    r"(?![’'-]|\s+(?:[A-Z&\d]|of\s+the\s+[A-Z]))"
)
"""A code in Roman numerals after its one word ("the Mark VIII"): a name a document may cut a
longer one to ("the Field Gun Mk VIII"). Only a capitalised code: a longer name is recorded
from capitalised words alone (``_long_names``), so "the Type 7" has none to be cut from."""
_CODE_END = LazyPattern(r"(?P<word>[A-Z][a-z]*\.?)\s+(?P<code>[IVX]+)$")


def _abbreviates(short: str, word: str) -> bool:
    """Whether ``short`` is ``word`` or a cut of it keeping its first letter and others in
    order ("Mk" of "Mark", "No." of "Number")."""
    short, word = short.rstrip(".").casefold(), word.rstrip(".").casefold()
    if short == word:
        return True
    if not short or short[0] != word[0] or len(short) >= len(word):
        return False
    rest = iter(word[1:])
    return all(letter in rest for letter in short[1:])


def _opening_adverb(word: str) -> bool:
    """Whether a sentence's capitalised first word is only ever an adverb ("Eventually",
    "Meanwhile", "Historically"), never a name's first word ("Far East", "Early Kell")."""
    return word_tags(word.casefold()) == {"ADV"}


def _noun(word: str) -> bool:
    return "NOUN" in word_tags(word.casefold())


_CODE_AFTER = LazyPattern(r"\s+(?P<code>[A-Z]*\d[\w-]*|[IVX]+)(?![\w-])")
"""A number or a code after a name that tells it from others of its sort ("Tropical Storm
14K", "Raid II"): without it the name is its sort with capitals."""


def _own_nameds(text: str) -> list[_Named]:
    """The named things of a text whose names say what they are: a name that ends in a common
    noun ("Northern Football League": a league), a name before one ("the Marrowby
    metropolitan area": a metropolitan area, an area)."""
    found: list[_Named] = []
    for long_name in _long_names(text):
        words = long_name.split()
        head = words[words.index("of") - 1] if "of" in words else words[-1]  # "Battle of Orm"
        if head.isalpha() and _noun(head) and not plural_noun(head.casefold()):
            at = text.find(long_name)
            coded = _CODE_AFTER.match(text, at + len(long_name)) if at >= 0 else None
            code = f" {coded['code']}" if coded and head == words[-1] else ""
            named = long_name if _owned_by_a_name(long_name) else f"the {long_name}"
            found.append(_Named(head.casefold(), f"{named}{code}"))
    for match in _NAME_WITH_NOUN.finditer(text):
        tail = match["tail"].split()
        while tail and not (_noun(tail[-1]) and not finite_verb(tail[-1])):
            tail.pop()
        if tail and all(_noun(word) or "ADJ" in word_tags(word) for word in tail):
            name = f"the {match['name']} {' '.join(tail)}"
            found += [_Named(" ".join(tail), name), _Named(tail[-1], name)]
    return found


_OWNER_OPENING = LazyPattern(r"(?P<owner>[^'’]+)['’]s\s")


def _owned_by_a_name(long_name: str) -> bool:
    """Whether a name opens with its owner's own name ("Ivo Marr's Kell Lighting Company"):
    the possessive is its determiner, so no "the" goes before it ("the Ivo Marr's ..."), as
    one does before a common noun's ("the People's Party", "the Kell Board's Hall")."""
    owner = _OWNER_OPENING.match(long_name)
    if owner is None:
        return False
    words = owner["owner"].split()
    if len(words) == 1:
        return not _noun(words[0])
    return lexicon.plain_name(owner["owner"])


def _cased_beyond_ascii(text: str) -> bool:
    """Whether a text holds a letter with a case outside ASCII ("Ö", "é", "ı"): where it
    does not, a pattern that ignores case matches what ``str.lower`` makes equal."""
    return not text.isascii() and any(
        not c.isascii() and (c.lower() != c or c.upper() != c) for c in text
    )


class _Sorts:
    """The names the document files under a sort ("Kellerman Grant is a media group": a
    group), found in any text as one pattern of them all would find them: at each place the
    longest name there, written in any case, as a whole word."""

    def __init__(self, sorts: Mapping[str, str]):
        self._sorts = {name: sort for name, sort in sorts.items() if len(name) >= _SHORTEST_NAME}
        names = sorted(self._sorts, key=len, reverse=True)
        alternatives = "|".join(map(re.escape, names))
        self._pattern = (
            LazyPattern(rf"(?<![\w'-])(?<!’)(?:{alternatives})(?![\w'-])(?!’)", re.IGNORECASE)
            if names
            else None
        )
        # A pattern of thousands of names tries each at every place of every sentence: a
        # sentence in plain letters is searched only for the names its own words open.
        self._by_first_word: dict[str, list[str]] = {}
        self._plain = True
        """Whether a text in plain letters can be read without the pattern: only a name
        that opens with no word, or holds "ı", which a pattern reads as "i", cannot."""
        for name in names:
            first = _WORD_RUN.match(name)
            if first is None or "ı" in name:
                self._plain = False
            elif not _cased_beyond_ascii(name):  # "zürich" is never in a plain text
                self._by_first_word.setdefault(first.group(0), []).append(name)

    def _names_in(self, text: str) -> list[str]:
        """The names of the document in the text, as written there, in reading order."""
        if self._pattern is None:
            return []
        if not self._plain or _cased_beyond_ascii(text):
            return [match.group(0) for match in self._pattern.finditer(text)]
        lowered = text.lower()
        first_at: dict[int, str] = {}  # the longest name at each place
        for word in dict.fromkeys(w.lower() for w in _WORD_RUN.findall(text)):
            for name in self._by_first_word.get(word, ()):
                at = lowered.find(name)
                while at >= 0:
                    whole = not _joined(text, at - 1) and not _joined(text, at + len(name))
                    if whole and len(first_at.get(at, "")) < len(name):
                        first_at[at] = name
                    at = lowered.find(name, at + 1)
        found: list[str] = []
        reached = 0
        for at in sorted(first_at):
            if at >= reached:
                reached = at + len(first_at[at])
                found.append(text[at:reached])
        return found

    def nameds(self, text: str) -> list[_Named]:
        """The named things of a text that a sort names: a sort right before the name ("the
        detective Ivo Vell"), or the sort the document files the name under."""
        found: list[_Named] = []
        for match in _SORT_BEFORE_NAME.finditer(text):
            if word_tags(match["sort"]) == {"NOUN"} and len(match["name"]) >= _SHORTEST_NAME:
                found.append(_Named(match["sort"], match["name"]))  # not "the novel", "set P"
        for name in self._names_in(text):
            sort = self._sorts.get(name.casefold())
            if sort:
                found += [_Named(head, name) for head in {sort, sort.split()[-1]}]
        return found


_WORD_RUN = LazyPattern(r"\w+")


def _joined(text: str, at: int) -> bool:
    """Whether the character at ``at`` joins a name to the word around it (a letter, digit,
    apostrophe or hyphen); nothing joins before the start or after the end."""
    return 0 <= at < len(text) and (text[at].isalnum() or text[at] in "_'-’")


_SHORTEST_NAME = 3
"""Letters a name needs to be one a phrase stands for: "the problem P" names a symbol."""


def _subject_sorts(sentences: Sequence[Sentence], title: str) -> set[str]:
    """The nouns the document files its own subject under anywhere ("Orm was made a separate
    colony"): "the colony" may mean the subject too, so another colony is no sure referent."""
    subject = re.sub(r"\s*\(.*", "", title).strip()
    if not subject:
        return set()
    sorts: set[str] = set()
    pattern = re.compile(r"\b(?:a|an|the)\s+(?P<words>[a-z-]+(?:\s+[a-z-]+){0,2})")
    for sentence in sentences:
        if sentence.text.startswith(subject) or sentence.text.startswith(f"The {subject}"):
            for match in pattern.finditer(sentence.text):
                sorts.update(word for word in match["words"].split() if _noun(word))
    return sorts


_SUBJECT_SORTS = word_set(
    """
    city town village port state province county region country island territory colony
    company corporation firm broadcaster university college school parliament assembly
    church cathedral abbey monastery museum library hospital airport war
    """
)
"""Sorts of a place or a body the document is about, which "the state" may stand for: "the
state" of a document on a state is that state only beside the text. Works are left out: a
text on one film calls the film it has just named ("the sequel to Orm") "the film" too."""


_WORK_SORTS = word_set(
    "film movie game album song single novel book play opera series show episode poem painting"
)
"""Sorts of a made work, of which a text on one tells of others by no name of the sort: "a
sequel, Westmark", "her earlier film Nachtzug"."""
_ANOTHER_WORK = LazyPattern(
    r"\b(?:sequels?|prequels?|remakes?|spin-offs?|follow-ups?|successors?|predecessors?"
    r"|adaptations?|re-releases?|reboots?)\b",
    re.IGNORECASE,
)
"""Words that tell of another work beside the one a text is on."""


def _names_another_work(sort: str, text: str, subject: str) -> bool:
    """Whether a text tells of a work other than the subject: a sequel, a remake, or the sort
    without "the" ("her earlier film", "two films"). A text that opens with the subject says
    what the subject is ("Ostmark is a 1994 film")."""
    if _ANOTHER_WORK.search(text):
        return True
    if text.startswith((subject, f"The {subject}")):
        return False
    return re.search(rf"(?<!\bthe\s)(?<!\bThe\s)\b{re.escape(sort)}s?\b", text) is not None


def _title_sorts(title: str, class_noun: str | None, kinds: frozenset[str]) -> set[str]:
    """The sorts a document files its subject under: the noun its first sentence gives, the
    last word of the title's bracketed disambiguator ("Kell (2012 film)"), and the title's own
    head noun ("University of Kell"), of ``kinds``."""
    found = {class_noun} if class_noun else set()
    bracket = DISAMBIGUATOR.search(title)
    if bracket and bracket["words"].split():
        found.add(bracket["words"].split()[-1].casefold())
    head = re.match(r"(?:The\s+)?(?P<head>[A-Z][a-z]+)\s+of\s+[A-Z]", title)
    if head:
        found.add(head["head"].casefold())
    last = re.search(r"\s(?P<head>[A-Z][a-z]+)$", _subject_name(title))
    if last:
        found.add(last["head"].casefold())  # "Harvard University", "Holm Church"
    return {sort for sort in found if sort in kinds}


def _titled_by(subject: str, noun: str) -> bool:
    """Whether the subject's name holds the noun the document files it under, capitalised
    after its first word, as a name of the sort does ("No. 9 Squadron", "Orm Lighthouse"):
    "the squadron" is then that one where no other is in sight."""
    capital = noun[:1].upper() + noun[1:]
    return re.search(rf"\s{re.escape(capital)}\b", subject) is not None


def _sort_before_the_name(subject: str) -> set[str]:
    """The sort a subject's name opens with before a word of its own ("hurricane" of
    "Hurricane Ilse", "lake" of "Lake Orm"): "the hurricane" is then that one where no other
    is in sight. Not a person's title ("King Ivo") nor a work's sort."""
    lead = re.match(r"(?P<sort>[A-Z][a-z]+)\s+(?P<own>[A-Z][\w’'-]*)$", subject)
    if lead is None or lexicon.title_word(lead["sort"]) or lexicon.english_word(lead["own"]):
        return set()
    sort = lead["sort"].casefold()
    return {sort} if _noun(sort) and sort not in _WORK_SORTS else set()


def _subject_name(title: str) -> str:
    """The document's subject as a question names it in mid-sentence: its title without the
    disambiguator, after "the" where a sort opens it ("the University of Kell")."""
    name = PLACE_AFTER_COMMA.sub("", DISAMBIGUATOR.sub("", title)).strip()
    return f"the {name}" if re.match(r"[A-Z][a-z]+\s+of\s", name) else name


_SERIES_WORD = r"[A-Z][\w’'-]*[a-z][\w’'-]*"
_SERIES = rf"{_SERIES_WORD}(?:\s+{_SERIES_WORD}){{0,2}}"
_EDITION_NUMBER = r"(?:\d{1,2}|[IVXL]{1,6}|1[89]\d\d|20\d\d)"
"""An edition's number: two figures at most ("Orvafest 23"; a model's "Brakk 747" is no
edition of Brakk, the firm), a Roman numeral or a year."""
_NUMBERED_EDITION = LazyPattern(
    rf"(?<![\w’'-])(?P<series>{_SERIES})\s+(?P<number>{_EDITION_NUMBER})"
    r"(?![\w’'–—-]|[.,:]\d|\s*(?:%|percent\b|[–—-]\s*\d))"
)
"""An edition of a recurring event by its number or year after the name: "Orvafest 23",
"Orvafest XXIV", "Kell Games 2007"; not a score ("Kell State 43 – 42")."""
_YEARLY_EDITION = LazyPattern(rf"\b[Tt]he\s+(?P<number>1[89]\d\d|20\d\d)\s+(?P<series>{_SERIES})")
"""An edition by its year before the name: "the 2007 Kell Rumble"."""
_OCCASION_LEAD = (
    r"(?i:at|after|before|during|following|since|until|won|wins|win|winning"
    r"|headlined|headlining|hosted|entered|ahead\s+of|prior\s+to)"
)
"""Words after which a name of a recurring event stands for one of its editions: "after
Orvafest", "won the Kell Rumble". Not "of" nor "in", after which a name numbered so may be a
product's line as a whole ("the last version of Brakk", "a feature in Brakk")."""
_SERIES_AS_A_WHOLE = LazyPattern(
    r"\b(?:times|editions?|appearances?|every|each|annual|annually|history|series|all)\b",
    re.IGNORECASE,
)
"""Words that take a recurring event as a whole ("headlined Orvafest eight times", "his
tenth appearance at the Games"): no one edition is meant."""


_BEFORE_A_YEAR = word_set(
    "the a an in on at by since until from after before during of to for with and but or as"
    " this that these those its his her their about around between through under over"
)
"""Words opening a sentence or a phrase before a year ("In 2007"), never an event's name."""
_TIMES_OF_YEAR = frozenset(
    [*MONTHS, *lexicon.WEEKDAYS, "Spring", "Summer", "Autumn", "Fall", "Winter"]
)
"""Capitalised words a number or a year after tells a time by, not an edition."""


def _editions(texts: Iterable[tuple[int, str]]) -> dict[str, list[tuple[int, str, bool]]]:
    """The editions each recurring event's name is written with, in reading order, with the
    index of the sentence that writes each and whether its number goes before the name:
    "Orvafest" → [(3, "23", False), (9, "XXIV", False)]. Only names
    of an event told at least twice with two numbers or years; a month's ("May 5"), a given
    name's ("Olaf II", a king), a word opening a sentence ("In 2007") or a longer name's end
    ("Grand Orvafest Tour 2") is none."""
    found: dict[str, list[tuple[int, str, bool]]] = {}
    given = lexicon.given_names()
    for at, text in texts:
        for pattern in (_NUMBERED_EDITION, _YEARLY_EDITION):
            for match in pattern.finditer(text):
                number, words = match["number"], match["series"].split()
                while words and words[0].casefold() in _BEFORE_A_YEAR:
                    words = words[1:]  # "At Orvafest 23": the name opens after "At"
                series = " ".join(words)
                if not words or {words[0], words[-1]} & _TIMES_OF_YEAR or series in given:
                    continue  # "In 2007", "May 5", "Spring 2007": a time; "Olaf 2": a person
                if lexicon.title_word(words[0]):
                    continue  # "King Olaf II": a title and a name, not an event's
                if len(words) == 1 and "NOUN" in word_tags(series.casefold()):
                    continue  # "Section 11", "Route 7", "Game 6": a numbered part, no event
                if pattern is _NUMBERED_EDITION and _INSIDE_A_NAME.search(text[: match.start()]):
                    continue  # "Grand Orvafest 2": a longer name goes on into it
                found.setdefault(series, []).append((at, number, pattern is _YEARLY_EDITION))
    return {
        series: editions
        for series, editions in found.items()
        if len({number for _, number, _ in editions}) >= 2
    }


@lru_cache(maxsize=1024)
def _bare_edition(series: str) -> re.Pattern[str]:
    """The pattern of a recurring event's name standing for one edition with no number or
    year ("after Orvafest", "won the Kell Rumble"), found by ``_bare_editions``."""
    return re.compile(
        rf"\b{_OCCASION_LEAD}\s+(?P<the>[Tt]he\s+)?(?P<series>{re.escape(series)})"
        rf"(?![\w’'-]|\s+(?:{_EDITION_NUMBER}\b|[A-Z\d]))"
    )


def _bare_editions(text: str, series: str) -> list[re.Match[str]]:
    """The places where ``text`` names the recurring event ``series`` as one edition with no
    number or year: not where it takes the event as a whole ("eight times"), nor where the
    name is a modifier of a noun after it ("Orvafest history")."""
    if series not in text or _SERIES_AS_A_WHOLE.search(text):
        return []
    found = []
    for match in _bare_edition(series).finditer(text):
        following = re.match(r"\s+([a-z]+)", text[match.end() :])
        word = following[1] if following else ""
        if word and word not in _JOINING_WORDS and _noun_not_verb(word):
            continue  # "at Orvafest headquarters": the name modifies a noun
        found.append(match)
    return found


def _noun_not_verb(word: str) -> bool:
    """Whether a lower-case word after a name is a noun it modifies ("headquarters", "history"),
    not the verb of a past event ("ended")."""
    verb = finite_verb(word)
    return "NOUN" in word_tags(word) and (verb is None or verb[1] != "VBD")


def _words_in(name: str, words: Collection[str]) -> bool:
    """Whether every word of ``name`` is one of ``words`` (casefolded)."""
    return all(word.casefold() in words for word in name.split())


_SERIES_WORD_RUN = LazyPattern(r"[\w’'-]+")
"""A whole word as a recurring event's name is written with (``_SERIES_WORD``)."""
_JOINING_WORDS = word_set(
    "in on at to for from with by after before during and or but when where while as"
)


class Referents:
    """What a document's definite phrases stand for, where the sentences before make it
    certain: "the league" is the one league named so far in its paragraph (or the title's),
    "the Mile" the one longer name the document ends with "Mile", "the state" the document's
    subject where it is a state and its paragraph has named no other state. Where several
    fit, the phrase is left as it is, and ``leans_on_unseen`` says so: never a guess."""

    def __init__(self, sentences: Sequence[Sentence], title: str, class_noun: str | None):
        sorts = _Sorts(named_sorts(s.text for s in sentences))
        self._class_noun = class_noun
        self._subject = _subject_name(title)
        openings = [s.text for s in sentences[:20]]
        bare = self._subject.removeprefix("the ")
        if bare and not any(text.startswith((bare, f"The {bare}")) for text in openings):
            self._subject = title_cut_short(openings[:3], self._subject) or self._subject
        self._written = quoted_title(self._subject, openings) or self._subject
        """The subject as a phrase standing for it is replaced by: in the quotes the document
        puts around it, where it writes it so ('"Stay Awhile" is a song ...')."""
        self._subject_sorts_named: set[str] = set()
        self._subject_works: set[str] = set()
        """The sorts of a work the subject is filed under ("film"): "the film" a question
        keeps may be the subject or another film the document told of."""
        if self._subject:
            self._subject_sorts_named = _title_sorts(title, class_noun, _SUBJECT_SORTS)
            self._subject_works = _title_sorts(title, class_noun, _WORK_SORTS)
            if (
                class_noun
                and class_noun not in _WORK_SORTS
                and _titled_by(self._subject, class_noun)
            ):
                self._subject_sorts_named.add(class_noun)  # "the squadron" of "No. 9 Squadron"
            self._subject_sorts_named.update(
                sort
                for sort in _sort_before_the_name(self._subject)
                if any(f"the {sort}" in s.text or f"The {sort}" in s.text for s in sentences)
            )  # "the hurricane" of "Hurricane Ilse"; "the Sierra" is a name cut short
        self._texts: dict[int, list[str]] = {}
        """The sentences of each paragraph, in reading order."""
        self._sentence_nameds: dict[int, list[list[_Named]]] = {}
        """The named things of each sentence of each paragraph, in the order of ``_texts``."""
        self._subject_key = self._subject.removeprefix("the ").removeprefix("The ").casefold()
        self._title = [*_own_nameds(title), *sorts.nameds(title)]
        self._subject_sorts = _subject_sorts(sentences, title)
        self._title_words = {word.casefold() for word in re.findall(r"[\w’'-]+", title)}
        self._paragraphs: dict[int, list[_Named]] = {}
        """The named things of each paragraph, in reading order."""
        self._seen: dict[int, tuple[int, int]] = {}
        """For each sentence index, its paragraph and how many of its named things come
        before it."""
        self._specific: set[str] = set()
        """Common nouns the document also uses for named things ("metropolitan area" of "the
        Orm metropolitan area"): "the metropolitan area" alone means one of them."""
        self._longer: dict[str, dict[str, int]] = {}
        """The longer names each capitalised word may be cut from (``_short_forms``), with
        the index of the sentence that writes each first ("Mile": "Magnificent Mile")."""
        self._names_with_the: set[str] = set()
        """Names written with "of the" or "for the" inside a sentence ("Festival of the
        Arts")."""
        self._head_first: set[str] = set()
        """Cut words that head a name putting its head first ("Ligue")."""
        self._sorts = sorts
        self._given_before: dict[str, dict[str, int]] = {}
        """The longer names the document gives each given name, with the paragraph that
        first writes each (``_named_before``)."""
        self._given_patterns: dict[str, re.Pattern[str]] = {}
        """Each given name's pattern of a longer name, compiled once."""
        self._coded: dict[str, dict[str, tuple[int, str]]] = {}
        """The longer names ending in a code ("Field Gun Mk VIII"), by their code, with the
        index of the sentence that writes each first and the word before the code."""
        self._reached: dict[int, int] = {}
        """For each sentence index, how many sentences of its paragraph it ends."""
        self._first_rival: dict[tuple[str, int], int] = {}
        """For a sort and a paragraph, how many of its sentences end at the first that names
        another thing of the sort."""
        self._editions = _editions((s.index, s.text) for s in sentences)
        """The editions of each recurring event the document numbers or dates (``_editions``),
        less the document's own subject ("Orvafest" in a document on Orvafest)."""
        for series in [n for n in self._editions if _words_in(n, self._title_words)]:
            del self._editions[series]
        self._series_by_word: dict[str, list[tuple[int, str]]] = {}
        """The names of ``_editions`` by their first word, with their place in its order."""
        for at, series in enumerate(self._editions):
            self._series_by_word.setdefault(series.split(" ", 1)[0], []).append((at, series))
        for sentence in sentences:
            self._texts.setdefault(sentence.paragraph, []).append(sentence.text)
            self._reached[sentence.index] = len(self._texts[sentence.paragraph])
            named = self._paragraphs.setdefault(sentence.paragraph, [])
            self._seen[sentence.index] = (sentence.paragraph, len(named))
            own = _own_nameds(sentence.text)
            self._specific.update(n.head for n in own)
            in_sentence = [*own, *sorts.nameds(sentence.text)]
            self._sentence_nameds.setdefault(sentence.paragraph, []).append(in_sentence)
            named += in_sentence
            for given, whole in _given_names_carried_on(sentence.text):
                firsts = self._given_before.setdefault(given, {})
                firsts.setdefault(whole, sentence.paragraph)
            for long_name in _long_names(sentence.text):
                code = _CODE_END.search(long_name)
                if code is not None and len(long_name.split()) > 2:
                    coded = self._coded.setdefault(code["code"], {})
                    coded.setdefault(long_name, (sentence.index, code["word"]))
                for word, head_first in _short_forms(long_name).items():
                    self._longer.setdefault(word, {}).setdefault(long_name, sentence.index)
                    if head_first:
                        self._head_first.add(word)
            self._names_with_the.update(
                " ".join(m["name"].split()) for m in _NAME_WITH_THE.finditer(sentence.text)
            )
            for match in _NAME_OF_THE.finditer(sentence.text):  # cut to its head alone
                head = match.group(0).split()[0]
                self._longer.setdefault(head, {}).setdefault(match.group(0), sentence.index)

    def _inside_a_name(self, match: re.Match[str]) -> bool:
        """Whether a ``_CUT_NAME`` match ends a longer name ("Festival of the Arts", "Centre
        for the Arts"); a post's "President of the Council" is no name, nor a sentence's
        capitalised common word ("Members of the Council", "Most of the Council") unless the
        document writes it as a name elsewhere."""
        start = max(0, match.start() - _OWNER_WINDOW)
        window = match.string[start : match.start()]
        owner = _OWNER_BEFORE.search(window)
        if owner is None or lexicon.title_word(owner["word"]):
            return False
        before = window[: owner.start()].rstrip()
        opens_sentence = not before or before[-1] in '.!?:;"“‘('
        if not opens_sentence or not lexicon.english_word(owner["word"]):
            return True
        name = f"{owner['word']} {window[owner.end('word') :].strip()} the {match['word']}"
        return " ".join(name.split()) in self._names_with_the

    def _written_whole(self, word: str, index: int) -> set[str]:
        """The longer names the document has written, up to the sentence at ``index``, that
        the capitalised ``word`` after "the" may be cut from: an English noun ("the
        Convention") or the head of a name that puts it first ("the Ligue"), not a people's
        word ("the French") nor the subject's own sort."""
        if word.casefold() in (self._class_noun, *self._title_words):
            return set()
        if not (_noun(word) or word in self._head_first):
            return set()
        return {name for name, first in self._longer.get(word, {}).items() if first <= index}

    def _fits(self, head: str, index: int) -> set[str]:
        """The names ``head`` may stand for in the sentence at ``index``: none where the
        document also files its own subject under it, so that it may mean the subject."""
        if head in self._subject_sorts or head in self._title_words:
            return set()  # "the vale" in a document on Orm Vale is clear as it stands
        paragraph, count = self._seen.get(index, (-1, 0))
        before = self._paragraphs.get(paragraph, [])[:count]
        return {n.name for n in (*self._title, *before) if n.head == head}

    def _sole_of_sort(self, sort: str, sentence: Sentence) -> bool:
        """Whether the document's subject is the one thing of ``sort`` its paragraph has
        named up to the end of ``sentence``: "the state" after "Orm borders the state of
        Lund" may be either."""
        key = (sort, sentence.paragraph)
        if key not in self._first_rival:  # each paragraph read once, however long
            texts = self._texts.get(sentence.paragraph, [])
            nameds = self._sentence_nameds.get(sentence.paragraph, [])
            rivals = (
                n
                for n, (text, in_text) in enumerate(zip(texts, nameds, strict=True), 1)
                if self._names_rival(sort, text, in_text)
            )
            self._first_rival[key] = next(rivals, len(texts) + 1)
        return self._reached.get(sentence.index, 0) < self._first_rival[key]

    def names_another(self, sort: str, sentence: Sentence) -> bool:
        """Whether the paragraph of ``sentence``, up to its end, names a thing of ``sort``
        other than the document's subject: "the church" after "Varby also has the Church of
        Saint Ansel" may be either church."""
        return not self._sole_of_sort(sort, sentence)

    def _names_rival(self, sort: str, text: str, in_text: Sequence[_Named]) -> bool:
        """Whether a text, whose named things the constructor found (``in_text``), names a
        thing of ``sort`` other than the document's subject."""
        if sort in _WORK_SORTS and _names_another_work(sort, text, self._written):
            return True
        named = [n.name for n in in_text if n.head == sort]
        capital = re.escape(sort[:1].upper() + sort[1:])
        named += [
            match.group(0)
            for pattern in (
                rf"\b{_NAME_WORD}\s+(?i:{re.escape(sort)})\b",  # "Lund state", "Lund State"
                rf"\b(?i:{re.escape(sort)})\s+of\s+(?:the\s+)?{_NAME_WORD}",  # "state of Lund"
                rf"\b{capital}\s+{_NAME_WORD}",  # "State Council": a name of the sort too
                rf"(?:\bNo\.\s+)?\b\d[\w]*\s+{capital}\b",  # "No. 9 Squadron", "3rd Battalion"
            )
            for match in re.finditer(pattern, text)
        ]
        return any(_other_than(name, self._subject_key) for name in named)

    def resolved(self, text: str, sentence: Sentence) -> str:
        """The text with each definite phrase that leans on the sentences before replaced by
        the one name it stands for, and a person's emphatic "himself" dropped
        (``_without_emphasis``)."""

        def definite(match: re.Match[str]) -> str:
            words = match["words"].split()
            own_sort = words[0] in self._subject_sorts_named
            if len(words) == 2 and (finite_verb(words[1]) or not _noun(words[1])):
                words = words[:1]  # "the league expanded": the phrase ends at the verb
            elif len(words) == 2 and own_sort and _adverb_before_verb(words[1], text, match.end()):
                words = words[:1]  # "the state last voted", "the university first offered"
            end = match.start("words") + len(" ".join(words))
            rest = match.group(0)[end - match.start() :]
            dated = own_sort and _DATED_AFTER.match(text, end) is not None
            if (_RESTRICTED_AFTER.match(text, end) and not dated) or not _noun(words[-1]):
                return match.group(0)
            head = " ".join(words)
            if head in self._subject_sorts_named and self._sole_of_sort(head, sentence):
                return _opening(self._written, match["the"]) + rest
            if head == self._class_noun:
                return match.group(0)  # the document's own class noun means its subject
            fits = self._fits(head, sentence.index)
            if not fits and self._may_point_back(words, text, end):
                # "The match ended ..." after "... played a match against Ivo Kell."
                tail = self._introduced(words[-1], sentence)
                if tail and not any(name in text for name in _CAPITALISED.findall(tail)):
                    return match.group(0)[: end - match.start()] + tail + rest
            return _opening(fits.pop(), match["the"]) + rest if len(fits) == 1 else match.group(0)

        def cut(match: re.Match[str]) -> str:
            word = match["word"]
            written = self._written_whole(word, sentence.index)
            if not written or self._inside_a_name(match) or _before_its_head(match):
                return match.group(0)
            fits = self._fits(word.casefold(), sentence.index)
            # "the Edict" after "... issued the Edict of Ormsby": a name that ends in the
            # word, or that opens with it before its "of"
            whole = {n for n in fits if n.endswith(f" {word}") or n.startswith(f"the {word} of ")}
            if len(whole) != 1:  # none in the paragraph: the one name written so far
                whole = {f"the {name}" for name in written}
            return _opening(whole.pop(), match["the"]) if len(whole) == 1 else match.group(0)

        def coded(match: re.Match[str]) -> str:
            # "the Mark VIII" after "... the Field Gun Mk VIII": the one longer name written
            # so far with that code after the word or its cut
            whole = self._code_names(match, sentence.index)
            if len(whole) != 1:
                return match.group(0)
            return _opening(f"the {whole.pop()}", match["the"])

        named = _CODE_CUT.sub(coded, _DEFINITE.sub(definite, text))
        named = _named_group(_without_emphasis(_CUT_NAME.sub(cut, named)))
        return self._editions_numbered(self._given_names_whole(named, sentence), sentence)

    def _editions_numbered(self, text: str, sentence: Sentence) -> str:
        """ "After Orvafest, Ivo left the band." after "... headlined Orvafest 23." in its
        paragraph → "After Orvafest 23, Ivo left ...": a recurring event's name standing for one
        edition with no number or year (``_bare_editions``) takes the one edition its paragraph
        has named up to the sentence. Where it names none or several, the text is left as it
        is, and ``leans_on_unseen`` says so."""
        for series in self._series_written_in(text):
            editions = self._editions[series]
            bare = _bare_editions(text, series)
            if not bare:
                continue
            paragraph = self._seen.get(sentence.index, (-1, 0))[0]
            told = {
                (number, before)
                for at, number, before in editions
                if at <= sentence.index and self._seen.get(at, (-2, 0))[0] == paragraph
            }
            if len({number for number, _ in told}) != 1:
                continue
            number, before = told.pop()
            pieces: list[str] = []
            end = 0
            for match in bare:
                the = match["the"] or ""
                if before:  # "won the Kell Rumble" → "won the 2007 Kell Rumble"
                    the = the or "the "
                    edition = f"{the}{number} {series}"
                else:
                    edition = f"{the}{series} {number}"
                start = match.start("the") if match["the"] else match.start("series")
                pieces += [text[end:start], edition]
                end = match.end("series")
            text = "".join([*pieces, text[end:]])
        return text

    def _edition_left_bare(self, prompt: str) -> bool:
        """Whether the question names a recurring event the document numbers or dates with no
        number or year, as one edition ("Who did Ivo face after Orvafest?" where Orvafest 23
        and Orvafest 24 are told): which edition is meant, the learner cannot tell."""
        return any(_bare_editions(prompt, series) for series in self._series_written_in(prompt))

    def _series_written_in(self, text: str) -> list[str]:
        """The names of ``_editions`` whose first word ``text`` writes as a whole word, in
        the order of ``_editions``: only they may stand bare in it (``_bare_editions`` finds
        a name after a space and before no other letter of a word). A long document numbers
        hundreds of events, and reading each sentence for each cost it seconds; numbering
        one (``_editions_numbered``) writes no new word a name may open with."""
        found = [
            numbered
            for word in set(_SERIES_WORD_RUN.findall(text))
            for numbered in self._series_by_word.get(word, ())
        ]
        return [series for _, series in sorted(found)]

    def _code_names(self, match: re.Match[str], index: int) -> set[str]:
        """The longer names written up to the sentence at ``index`` that a ``_CODE_CUT``
        match may be cut from: its code after its word or a cut of it ("Field Gun Mk VIII"
        of "the Mark VIII")."""
        written = self._coded.get(match["code"], {})
        return {
            name
            for name, (first, word) in written.items()
            if first <= index and _abbreviates(word, match["word"])
        }

    def _given_names_whole(self, text: str, sentence: Sentence) -> str:
        """ "William invaded Orm in 1072." after "... opposing William the Conqueror ..." in
        its paragraph → "William the Conqueror invaded Orm in 1072.": a given name alone is
        the one longer name its paragraph has given a person of that name, up to the
        sentence, or, where the paragraph gives none, the one the paragraphs before give
        ("Carolyn" of a story that introduced "Carolyn Vell" further up) unless its own
        paragraph brings in someone new of that name ("their daughter, Carolyn"). Where two
        are given ("William Pitt", "William of Orm"), the name is left alone."""
        found = [
            m
            for m in _BARE_GIVEN_NAME.finditer(text)
            if _bare(text, m) and m.group(0).casefold() not in self._title_words
        ]
        if not found:
            return text
        texts = self._texts.get(sentence.paragraph, [])
        told = [*texts[: max(self._reached.get(sentence.index, 0) - 1, 0)], text]
        pieces: list[str] = []
        end = 0
        for match in found:
            goes_on = self._goes_on(match.group(0))
            longer = {
                # "William Orm's mill": the name is "William Orm"
                _POSSESSIVE_END.sub("", whole.group(0))
                for paragraph_text in told
                for whole in goes_on.finditer(paragraph_text)
            }
            if not longer and not _brought_in(match.group(0), told):
                # none in the paragraph: the one the document has given before
                longer = set(self._named_before(match.group(0), sentence.paragraph))
            if any(lexicon.sort_word(name.split()[-1]) for name in longer):
                continue  # "Victoria Street", "Ivo Council": a place's or a body's name
            if len(longer) == 1:
                pieces += [text[end : match.start()], longer.pop()]
                end = match.end()
        return "".join([*pieces, text[end:]])

    def _named_before(self, given: str, paragraph: int) -> set[str]:
        """The longer names the paragraphs before ``paragraph`` give a person called
        ``given`` ("Ada Vell" of "Ada"), from the names the document gives, read once."""
        # a place a given name may be spelt as ("France", "Georgia"): never cut from a person's
        if given in lexicon.KNOWN_LANDS or given in lexicon.COUNTRY_DEMONYMS:
            return set()
        firsts = self._given_before.get(given, {})
        return {name for name, first in firsts.items() if first < paragraph}

    def _goes_on(self, given: str) -> re.Pattern[str]:
        """The pattern of ``given`` carried on into a longer name ("Ada Vell")."""
        if given not in self._given_patterns:
            self._given_patterns[given] = re.compile(rf"\b{given}{_NAME_GOES_ON}")
        return self._given_patterns[given]

    def dated(self, text: str, sentence: Sentence) -> str:
        """ "He died the following year." after a sentence of its paragraph that names one
        year, 1848, and none in the text before the phrase → "He died in 1849."; "The
        following year, he ..." → "In 1849, he ..."; "Five years later, ..." → "In 1853,
        ..."; "in the same year", "that year" → "in 1848", "by then" → "by 1848". The year
        counted from is the one year the sentence names before the phrase, or where it names
        none, the one year the sentence before names. A phrase with its year beside it
        ("Eight years later, in 1909, ...") goes. Where no year is certain the phrase is
        left, and ``unanchored_time`` says so."""
        found = _FOLLOWING_YEAR.search(text)
        if found is not None:
            year = self._anchor_year(text, found.start(), sentence)
            if year is None:
                return text
            year = str(int(year) + 1)
            if found["owner"]:  # "at the following year's fair" → "at the 1849 fair"
                named = f"{found['the']} {year}"
            else:
                named = f"{found['in'] or ('In' if found['the'] == 'The' else 'in')} {year}"
            text = text[: found.start()] + named + text[found.end() :]
        found = _RELATIVE_YEAR.search(text)
        if found is None:
            return text
        if _YEAR_BESIDE.match(text, found.end()):  # "Eight years later, in 1909, ..."
            rest = text[found.end() :].lstrip(" ,(")
            rest = re.sub(r"^(\d{4})\)", r"in \1", rest)
            if found.start() == 0:
                return rest[:1].upper() + rest[1:]
            return f"{text[: found.start()]}{rest}"
        year = self._anchor_year(text, found.start(), sentence)
        if year is None:
            return text
        if found["later"] and _counted_past_a_year(text, found):
            return _without_relative_year(text, found)
        capital = found.start() == 0
        if found["later"]:
            years = _years_counted(found["count"], found["unit"])
            if years is None:
                return text  # "many years later": left for ``unanchored``
            named = f"in {int(year) + years}"
        elif found["then"] and found["then"].casefold().startswith("by"):
            named = f"by {year}"
        elif found["of"]:
            named = f"{found['of']} {year}"  # "in May of the same year" → "in May of 1848"
        else:
            named = f"in {year}"
        named = named[:1].upper() + named[1:] if capital else named
        return text[: found.start()] + named + text[found.end() :]

    def unanchored(self, sentence: Sentence) -> bool:
        """Whether the sentence places its fact by a time told from one the learner never
        sees ("five years later", "by then") and ``dated`` finds no year to count from."""
        return _UNANCHORED_TIME.search(self.dated(sentence.quote, sentence)) is not None

    def _anchor_year(self, text: str, at: int, sentence: Sentence) -> str | None:
        """The year a relative time at ``at`` counts from: the one year ``text`` names before
        it, or, where it names none there, the one year the sentence before names (and no
        relative time of its own)."""
        # a year inside an aside dates its noun ("The mill, built in 1790, was by then ..."),
        # not the sentence; nor is the time then the sentence before's
        outside = _ASIDE.sub(" ", text[:at])
        told = _told_years(outside)
        if not told and _told_years(text[:at]):
            return None
        before = {year.group(0) for year in told}
        if before and _DATING_OPENING.match(text):
            # "In 1599 X was founded and chartered the following year": a question keeps the
            # opening, which would date the later deed too
            return None
        if before:
            return before.pop() if len(before) == 1 else None
        reached = self._reached.get(sentence.index, 0)
        if reached < 2:
            return None
        previous = self._texts[sentence.paragraph][reached - 2]
        if _UNANCHORED_TIME.search(previous):
            return None  # "... in 1805, and two years later ...": its last time is no year told
        years = {year.group(0) for year in _told_years(previous)}
        return years.pop() if len(years) == 1 else None

    def with_years(self, text: str, sentence: Sentence) -> str:
        """ "By December 25, Japan was ..." after "On November 7, 1973, ..." in its paragraph
        → "By December 25, 1973, Japan was ...": a month without its year takes the year of
        the last year the paragraph names before it, where that year is a date's (a month's
        not later than this one) or opens its sentence ("In 1975, ..."). Where the last year
        before is any other ("grew by 5% in 1970"), the text is left as it is."""
        if not re.search(rf"\b(?:{_MONTHS})\b", text) or _EVERY_YEAR.search(text):
            return text
        paragraph, reached = sentence.paragraph, self._reached.get(sentence.index, 0)
        earlier = self._texts.get(paragraph, [])[: max(reached - 1, 0)]
        pieces: list[str] = []
        end = 0
        for match in _POINT_IN_A_YEAR.finditer(text):
            if not _point_in_a_year(match) or _YEAR_GIVEN.match(text, match.end()):
                continue
            if _told_years(text[match.end() :]):
                break  # "between 3 March and 5 April 1970": a later year is this one's too
            year = _year_before(text[: match.start()], earlier, MONTH_NUMBER[match["month"]])
            if year is None:
                continue
            after_day = match["day"] and not match["day_first"]  # "December 25, 1973"
            pieces += [text[end : match.end()], f", {year}" if after_day else f" {year}"]
            end = match.end()
        return "".join([*pieces, text[end:]])

    def leans_on_unseen(
        self, prompt: str, answer: str, before: str, sentence: Sentence | None = None
    ) -> bool:
        """Whether the question or its answer is a definite phrase the document uses for
        several named things: "the Mile" where it names a Golden and a Magnificent Mile, "the
        Convention" where it has written an Orvan and a Lund Convention by the question's
        ``sentence`` (by its end, without one), or the answer "metropolitan area" ("the
        metropolitan area grew ...") where it names the Orm and the Kell metropolitan area;
        whether the question keeps the subject's sort
        that ``resolved`` could not name ("the university" beside another university), a code
        cut from several longer names ("the Mark VIII" of two), or a month without the year
        ``with_years`` could not give."""
        for match in _CUT_NAME.finditer(prompt):
            if not match.start() or self._inside_a_name(match):
                continue
            word = match["word"]
            ending = [name for name in self._longer.get(word, ()) if name.endswith(f" {word}")]
            if len(ending) > 1:
                return True
            reached = len(self._reached) if sentence is None else sentence.index
            if not _before_its_head(match) and len(self._written_whole(word, reached)) > 1:
                return True
        if any(self._subject_sort_left(match) for match in _SORT_PHRASE.finditer(prompt)):
            return True
        reached = len(self._reached) if sentence is None else sentence.index
        if any(len(self._code_names(m, reached)) > 1 for m in _CODE_CUT.finditer(prompt)):
            return True  # "the Mark VIII" of a Field Gun and a Siege Gun Mk VIII
        if sentence is not None and any(
            len(self._definite_fits(match, sentence.index)) > 1
            for match in _DEFINITE.finditer(prompt)
        ):
            return True  # "the depression" after "Tropical Depression 12K" and "... 14K"
        if sentence is not None and any(
            self._points_back(match, sentence) for match in _DEFINITE.finditer(prompt)
        ):
            return True  # "Who won the match?" after "Orm played a match against Ivo Kell."
        if month_without_its_year(prompt):
            return True
        if self._edition_left_bare(prompt):
            return True  # "after Orvafest" where the document tells Orvafest 23 and 24
        definite_answer = re.search(r"\b[Tt]he\s+$", before) is not None
        return definite_answer and answer.islower() and answer.casefold() in self._specific

    def _introduced(self, noun: str, sentence: Sentence) -> str | None:
        """The last phrase of the one or two sentences before ``sentence`` in its paragraph
        that brings in a new thing of ``noun`` ("a match against Ivo Kell", "his first
        match", "the cover of Kell Weekly"): the name it gives it (" against Ivo Kell"), or ""
        where it gives none. None where no sentence brought one in, or one only says what
        such things are ("A lens is a device ...")."""
        if noun in _TOLD_ELSEWHERE or not _noun(noun):
            return None
        reached = self._reached.get(sentence.index, 0)
        texts = self._texts.get(sentence.paragraph, [])[max(reached - 3, 0) : max(reached - 1, 0)]
        texts = [text for text in texts if noun in text]
        if not texts:
            return None  # no sentence before writes the noun: none brought one in
        found = [
            tail
            for text in texts
            if not _DEFINING_OPENING.match(text)
            for opening, tail in introductions(noun, text)
            # "the cover of Kell Weekly" brings one in as well; a bare "the cover" does not
            if opening["article"].casefold() != "the" or _told_name(tail)
            if not _PREDICATING.search(text[: opening.start()])
        ]
        return _told_name(found[-1]) if found else None

    def _points_back(self, match: re.Match[str], sentence: Sentence) -> bool:
        """Whether a definite phrase of a question ("the match") is the thing one of the
        two sentences before brought in ("a match against Ivo Kell"), and the question says
        nothing that tells which: not the name that sentence gave it, nor, where it gave
        none, a name or a figure after the phrase ("the match at Lund")."""
        words = match["words"].split()
        if len(words) == 2 and (finite_verb(words[1]) or not _noun(words[1])):
            words = words[:1]
        if len(words) == 2 and self._introduced(words[1], sentence) is None:
            words = words[:1]  # "did the match last": "last" is the verb
        return self._phrase_points_back(match, words, sentence)

    def _phrase_points_back(
        self, match: re.Match[str], words: list[str], sentence: Sentence
    ) -> bool:
        prompt = match.string
        end = match.start("words") + len(" ".join(words))
        noun = words[-1]
        if _NAMING_AFTER.match(prompt, end) or not self._may_point_back(words, prompt, end):
            return False
        rest = prompt[: match.start()] + prompt[end:]
        if noun in rest and re.search(rf"\b{re.escape(noun)}\b", rest):
            return False  # "a match ... the match": the question brings it in itself
        tail = self._introduced(noun, sentence)
        if tail is None:
            return False
        if tail:
            return not any(name in prompt for name in _CAPITALISED.findall(tail))
        return _PLACED_AFTER.match(prompt, end) is None

    def _may_point_back(self, words: Sequence[str], text: str, end: int) -> bool:
        """Whether a definite phrase of ``text`` ending at ``end`` may be a thing a sentence
        before brought in: not the document's subject by its sort, nor a thing ranked among
        others ("the first album": first of all, not the one told before), nor the start of
        a longer phrase ("the first Orm edition")."""
        noun, head = words[-1], " ".join(words)
        if head in (self._class_noun, *self._subject_sorts_named):
            return False
        if noun in self._title_words or noun in self._subject_sorts_named:
            return False
        if noun == self._class_noun:
            return False
        if any(_RANKING.fullmatch(word) for word in words) or "ADJ" in word_tags(noun):
            return False
        return re.match(r"\s+[A-Z\d]", text[end:]) is None

    def _definite_fits(self, match: re.Match[str], index: int) -> set[str]:
        """The names a definite phrase of a question ("the depression") may stand for in the
        sentence at ``index``, as ``resolved`` reads it: where it left the phrase because
        several fit, the question cannot say which is meant."""
        words = match["words"].split()
        if len(words) == 2 and (finite_verb(words[1]) or not _noun(words[1])):
            words = words[:1]
        end = match.start("words") + len(" ".join(words))
        if _RESTRICTED_AFTER.match(match.string, end) or not _noun(words[-1]):
            return set()
        head = " ".join(words)
        if head == self._class_noun or head in self._subject_sorts_named:
            return set()
        return self._fits(head, index)

    def _subject_sort_left(self, match: re.Match[str]) -> bool:
        """Whether a phrase of the question is the subject's sort alone ("the university",
        "the new Parliament"), which ``resolved`` left as it was because the paragraph also
        named another of the sort: a learner who never saw the paragraph cannot tell which."""
        if match["sort"].casefold() not in self._subject_sorts_named | self._subject_works:
            return False
        following = re.match(r"\s+([a-z]+)", match.string[match.end() :])
        if following and {"NOUN"} <= word_tags(following[1]) - {"ADJ"} <= {"NOUN"}:
            return False  # "the town hall", "the city council": a compound names its own thing
        return _SORT_RESTRICTED.match(match.string, match.end()) is None


_SORT_PHRASE = LazyPattern(
    r"\b[Tt]he\s+(?:(?:new|old|present|current|modern|early|original|former|later)\s+)?"
    r"(?P<sort>[A-Za-z][a-z]+)\b(?![’'-](?!s\b))"
)
"""A sort after "the", alone or after a word that tells one time of a thing from another,
not the thing from others of its sort: "the university", "the new Parliament" (whichever
parliament the sentences before were about)."""
_SORT_RESTRICTED = LazyPattern(
    rf"\s+(?:of|that|which|who|whom|whose|where|known|called|named|{_NAME_WORD})\b"
    rf"|\s+(?:in|at|near|on)\s+{_NAME_WORD}"
)
"""What says which thing of a sort a phrase means: "the state of Kessia", "the church that
...", "the river Kell", "the college in Lund"."""

_BARE_GIVEN_NAME = LazyPattern(r"(?<![\w’'-])[A-Z][a-z]+(?![\w-])")
_NAME_GOES_ON = r"(?:\s+(?:(?:the|of|de|von|van|du|la)\s+)?(?:[A-Z][\w’'-]*[\w’']|[IVX]+\b))+"
"""What carries a given name on: "Pitt", "of Orm", "the Conqueror", "III of Orange"."""
_POSSESSIVE_END = LazyPattern(r"[’']s$")
_INSIDE_A_NAME = LazyPattern(r"(?<![.!?]\s)\b[A-Z][\w’'-]*\s+$")
"""A capitalised word just before a name, not a sentence's first: the name goes on from it
("Nero Claudius Caesar Augustus Germanicus" holds no "Augustus Germanicus")."""


_GIVEN_GOES_ON = LazyPattern(rf"\b(?=(?P<given>[A-Z][a-z]+)(?P<on>{_NAME_GOES_ON}))")
"""A capitalised word with a name going on from it, found at every word it may open."""


def _given_names_carried_on(text: str) -> Iterator[tuple[str, str]]:
    """Each capitalised word of a sentence that opens a longer name, with that name less a
    possessive's "'s" ("Ada", "Ada Vell"), where no name goes on into it from before
    (``_INSIDE_A_NAME``). A word's matches do not overlap, as one search for it would find
    them."""
    ends: dict[str, int] = {}
    for match in _GIVEN_GOES_ON.finditer(text):
        given = match["given"]
        if match.start() < ends.get(given, 0):
            continue
        ends[given] = match.end("on")
        before = text[: match.start()]
        if not _INSIDE_A_NAME.search(before) and not _ARTICLE_BEFORE.search(before):
            yield given, _POSSESSIVE_END.sub("", f"{given}{match['on']}")


_ARTICLE_BEFORE = LazyPattern(r"\b(?:the|a|an)\s+$")
"""An article before a name: a thing's ("the Mary Rose", a ship), never a person's."""


_OPENS_A_NOUN = (
    r"(?:\b(?i:(?P<article>the|an?)|his|her|their|its|our|my|your)|[’']s)\s+"
    r"(?P<modifiers>(?:[a-z-]+\s+){0,2}?)"
)
"""An article or a possessive, and up to two words, before the noun that may bring a name in."""
_RELATIVE_WORDS = word_set("that which who whom whose where when while")


def _brought_in(given: str, texts: Sequence[str]) -> bool:
    """Whether a paragraph's sentences bring in someone called ``given`` as new, right after
    a noun phrase: after a possessive's ("Orm's son Ivo", "their daughter Ada") or as an
    aside between commas ("a singer, Ada, ..."). Such a name is no one an earlier paragraph
    named. "The way Ada ...", "Back in the hall, Ada ..." bring no one in."""
    pattern = _bringing_in(given)
    return any(
        (match["aside"] or not match["article"])
        and _noun(match["noun"])
        and finite_verb(match["noun"]) is None
        and match["noun"] not in AUXILIARIES | _RELATIVE_WORDS
        and all(word_tags(word) & {"ADJ", "NOUN"} for word in match["modifiers"].split())
        for text in texts
        for match in pattern.finditer(text)
    )


@lru_cache(maxsize=4096)
def _bringing_in(given: str) -> NamedPattern:
    """The pattern of ``given`` right after a noun phrase or as an aside after one, for
    ``_brought_in``: one per name, compiled only once a text writes the name whole."""
    aside = rf",\s+(?={re.escape(given)}\s*(?:[,;.()]|$))"
    lead = rf"{_OPENS_A_NOUN}(?P<noun>[a-z]+)(?:\s+|(?P<aside>{aside}))"
    return named_pattern(lead, given, NAME_CLOSES)


def _bare(text: str, match: re.Match[str]) -> bool:
    """Whether a capitalised word is a person's given name standing alone: in the list of
    given names, with no name before it but the sentence's start, and none going on after."""
    word = match.group(0)
    if word not in lexicon.given_names() or word_tags(word.casefold()) or word in MONTHS:
        return False  # "Mark", "Grant", "May": words as often as names
    before = text[: match.start()].split()
    titled = before and before[-1][:1].isupper() and before[-1].strip(",") not in MONTHS
    if titled or (before and before[-1] in ("the", "a", "an")):
        return False  # "King William", "Duke Ivo": a title says which one
    following = re.match(r"\s+([a-z]+)", text[match.end() :])
    if following and word_tags(following[1]) - {"ADJ"} == {"NOUN"}:
        return False  # "Norman knights": a people's adjective before its noun, no one's name
    if re.match(r"\s+[A-Z]\.", text[match.end() :]):
        return False  # "George W. Bush": an initial carries it on
    return re.match(_NAME_GOES_ON, text[match.end() :]) is None


_ONE_NAME = rf"{_NAME_WORD}(?:\s+(?:of\s+)?{_NAME_WORD})*"
_PAIR_WITH_NAMES = LazyPattern(
    rf"\b(?P<quantifier>[Bb]oth|(?P<the>[Tt]he)\s+two)\s+(?:[a-z-]+\s+)?(?P<noun>[a-z-]+s),"
    rf"\s+(?P<names>{_ONE_NAME}\s+and\s+{_ONE_NAME}),\s"
)
"""A pair and, set off by commas, its two members: "the two towns, Kell and Orsk,"."""


def _years_counted(count: str, unit: str) -> int | None:
    """The years a relative time counts ("two decades" → 20), or None for a count no figure
    says ("many", "a few", "thirty-odd", "hundred" of "two hundred")."""
    count = " ".join(count.casefold().split())
    number = 1 if count in ("a", "one") else number_value(count)
    if number is None or (number >= 100 and not count.isdigit()):
        return None
    return number * 10 if unit.startswith("decade") else number


_ASIDE = LazyPattern(
    r"\([^()]*\)|,\s+(?!\d|(?:in|by|on|during|around|about|after|before|until|since)\s+"
    r"(?:\w+\s+){0,3}\d{4}s?\s*,)[^,;()]*,"
)
"""A bracket, or words set off by commas that open with no figure ("On 4 May, 1820," stays)
nor with a time that dates the clause ("and, in 1820, the first mill opened" stays)."""


def _counted_past_a_year(text: str, found: re.Match[str]) -> bool:
    """Whether "five years later" counts from the sentence before while its own sentence
    names a year after it ("slavery was abolished five years later following the end of the
    war in 1865"): the year told dates the clause, and one counted from elsewhere may
    disagree with it ("abolished in 1864 following the end of the war in 1865")."""
    return not _told_years(text[: found.start()]) and bool(
        _told_years(_ASIDE.sub(" ", text[found.end() :]))
    )


def _without_relative_year(text: str, found: re.Match[str]) -> str:
    """The text without a relative time: "Five years later, the war ended in 1865" → "The
    war ended in 1865"; "was abolished five years later following" → "was abolished
    following"."""
    before, after = text[: found.start()].rstrip(), text[found.end() :].lstrip()
    if before.endswith(",") and after.startswith(","):
        before = before[:-1]  # "The town, five years later, was ..."
    after = after.lstrip(" ,")
    if not before:
        return after[:1].upper() + after[1:]
    return f"{before} {after}"


def _told_years(text: str) -> list[re.Match[str]]:
    """The years of a text that tell a time: not "the 1967 borders", a year naming a thing."""
    return [y for y in _YEAR.finditer(text) if not re.search(r"\b[Tt]he\s+$", text[: y.start()])]


def _year_before(text: str, earlier: Sequence[str], month: int) -> str | None:
    """The year that times a month told after ``text``, the start of its sentence, and the
    ``earlier`` sentences of its paragraph: the last year named, where it is a date's (with
    a month not later than ``month``) or opens its sentence."""
    for told in (text, *reversed(earlier)):
        years = _told_years(told)
        if not years:
            continue
        last = years[-1]
        date = _FULL_DATE.search(told, 0, last.end())
        if date is not None and date.end() == last.end():
            return last.group(0) if MONTH_NUMBER[date["month"]] <= month else None
        opening = _OPENING_YEAR.match(told)
        return last.group(0) if opening is not None and len(years) == 1 else None
    return None


def _named_group(text: str) -> str:
    """ "In 1712 the two towns, Kell and Orsk, signed ..." → "In 1712 Kell and Orsk signed
    ...", "Both clubs, Kell Rovers and Orsk Athletic, reached ..." → "Both Kell Rovers and Orsk
    Athletic reached ...": a question keeps the members its pair stands for, never "the two
    towns" alone. A longer list is left as it is: a question may cut a list short."""

    def members(match: re.Match[str]) -> str:
        if not plural_noun(match["noun"]):
            return match.group(0)
        if match["the"] is None:
            return f"{match['quantifier']} {match['names']} "
        return f"{match['names']} "

    return _PAIR_WITH_NAMES.sub(members, text)


_EMPHATIC_PERSON = LazyPattern(
    rf"(?P<name>\b{_NAME_WORD}(?:\s+{_NAME_WORD})*)\s+(?:himself|herself)\s+(?=(?P<next>[a-z]+)\b)"
)
"""A person's name and an emphatic reflexive before the verb: "Orlo himself appointed"."""


def _without_emphasis(text: str) -> str:
    """ "Orlo himself appointed the curator" → "Orlo appointed the curator": the emphasis
    sets Orlo against others a sentence before named, which a question cannot show; the
    deed is his all the same. Only after a name and before a verb ("himself" after a verb
    is its object: "declared himself king")."""

    def plain(match: re.Match[str]) -> str:
        following = match["next"]
        verb = following in AUXILIARIES or finite_verb(following) is not None
        if not verb and not (following.endswith("ly") and "ADV" in word_tags(following)):
            return match.group(0)
        return f"{match['name']} "

    return _EMPHATIC_PERSON.sub(plain, text)


def _opening(name: str, the: str) -> str:
    """A name where "the" or "The" stood: capitalised as that word was."""
    if name.startswith("the ") and the == "The":
        return "The" + name[3:]
    return name[:1].upper() + name[1:] if the == "The" else name


def _other_than(name: str, subject: str) -> bool:
    """Whether a name found in the text names something other than the subject: not a part
    of the subject's own name ("University of Kell"), nor one that opens with "The"."""
    words = name.split()
    while words and words[0].casefold() in _OPENERS:
        words = words[1:]
    own = " ".join(words).casefold()
    return len(words) >= 2 and own not in subject and subject not in own


def _adverb_before_verb(word: str, text: str, end: int) -> bool:
    """Whether ``word`` is an adverb before the verb that ends at ``end`` of ``text``: "last"
    of "the state last voted", not "level" of "at the state level"."""
    following = re.match(r"\s+([a-z]+)", text[end:])
    if following is None or "ADV" not in word_tags(word):
        return False
    verb = following.group(1)
    return verb in AUXILIARIES or finite_verb(verb) is not None
