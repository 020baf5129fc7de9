"""What the documents themselves say about a name, read once and consulted when options are
chosen for an imported question.

Signals, each from the text alone:
- a capitalised word the document also writes in lower case ("Delta" beside "the delta") is a
  common word, not a name;
- a name the document mostly writes after "the" ("the Havel", "the Mulde") is a river or a
  region, never a town ("in Magdeburg"): options keep that shape;
- a name whose own sentence repeats most of a statement's words ("the Saale joins the Elbe at
  Barby" for "the Havel joins the Elbe in {answer}") may make that statement true as well; so
  may, for a superlative ("the longest river in {answer}"), any name whose sentence names the
  statement's subject: the document may call it the subject's own too;
- a date, period or number a sentence gives the statement's subject may be true of it too,
  and no century or decade later than the document's latest is a plausible option;
- the times a paragraph gives order its events: an option of a dated answer stays between the
  paragraph's time before the answer and its time after, inside the answer's year where another
  sentence gives that event's year alone, and on the cycle of an event the document says
  recurs ("every four years");
- the years of the sentences that name a person place that person in an era, and a people's
  adjective before their role ("the Byzantine general X") on a side;
- a name the document puts something in, at or near ("near Ballarat", "besieged Acre") is used
  as a place, and "the colony of X", "the river X", "X, a small town" give its sort;
- a term the document says is, or is called, another ("the instance is a particular input")
  is no sure wrong answer where the other is right;
- a name the document names more than once, or in a sentence like the answer's, is a familiar
  option; a name in passing is not.
"""

from __future__ import annotations

import bisect
import datetime
import itertools
import math
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Container, Iterable, Mapping, Sequence, Set
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from factdeck.generate import lexicon
from factdeck.generate.chronology import (
    NO_YEAR_AFTER,
    TimeSpan,
    document_cycles,
    event_nouns,
    event_period,
    is_year,
    present_year,
    story_times,
    time_span,
    year_of,
)
from factdeck.generate.patterns import LazyPattern, named_pattern
from factdeck.generate.phrasing import AUXILIARIES, finite_verb, lemmas_as, word_tags
from factdeck.generate.text import (
    DISAMBIGUATOR,
    MONTHS,
    NAME_OPENS,
    NameBeside,
    abbreviations,
    asks_who,
    normalize,
    occurrences,
    place_keys,
    whole_name,
    word_set,
)

_WORD = LazyPattern(r"[\w’'-]+")
_WORD_RUN = LazyPattern(r"\w+")
_KEY_START = 8
"""How many first characters of a sentence's normalised text index it."""
_ALIAS_CUE = (
    r"(?:also\s+|later\s+|then\s+)?(?:\w+ly\s+)?"
    r"(?:known\s+(?:\w+ly\s+)?as|called|named|nicknamed|styled|renamed)"
    r"|(?:formerly|previously|once|originally|earlier|now|today)(?:\s+(?:known\s+as|called|named))?"
    r"|a\.?k\.?a\.?|alias|meaning|translated\s+as|short\s+for|abbreviated(?:\s+as|\s+to)?"
)
"""Words between two names that make the second another name of the first ("Orm River,
formerly Tarn River", "Orm (also called Tarn)")."""
_ALIAS_LINK = (
    rf"\)?\s*[(,]\s*(?:(?:is|was|were)\s+)?(?:{_ALIAS_CUE})\s+|\s*\(\s*or\s+"
    r"|\)?\s*,\s*and\s+(?:\w+\s+)?(?:known\s+as|called|named|renamed)\s+"
)
"""One link of a chain of names of one thing ("Orm River, also called Tarn River, and now
known as Vell River"): "and" only before a naming verb, as "Tarn, and now Vell" may be two."""
_ALIAS_CHAIN_NAME = r"(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"
_ALIAS_CUED = (
    r"(?:(?:\s*[(,]\s*(?:(?:is|was|were)\s+)?|\s+(?:is|was|were|ha[sd]\s+been)\s+)"
    rf"(?:{_ALIAS_CUE})|\s*\(\s*or)\s+(?:the\s+)?"
)
_ALIAS_BRACKETED = r"\s*\((?:[A-Z][\w-]*:\s*)?(?:the\s+)?"
_ALIAS_NAME_OF = (
    r"\s+(?:is|was)\s+(?:the|an?)\s+(?:\w+\s+)?"
    r"(?:name|spelling|translation|abbreviation)\s+(?:of|for)\s+(?:the\s+)?"
)
_ALIAS_CHAIN = rf"(?:(?:{_ALIAS_LINK}){_ALIAS_CHAIN_NAME})*?(?:{_ALIAS_LINK})(?:the\s+)?"
"""What stands between a name and another name of it: a cue ("Orm, formerly Tarn"), a
bracket ("Orm (Tarn)"), "the name of" ("Orm is the old name of Tarn"), a chain of them."""
_ALIAS_BETWEEN = LazyPattern(
    "|".join((_ALIAS_CUED, _ALIAS_BRACKETED, _ALIAS_NAME_OF, _ALIAS_CHAIN))
)
_FOUNDED = r"(?:founded|established|formed|incorporated|chartered|set\s+up)"
"""Verbs of a body's beginning: no event of the body comes before it."""
NAME_ASIDE = r"(?:\s*\([^)]*\))?,?\s+"
"""What may stand between a name and its verb: a bracketed aside ("the Orm Club (ORC)"), a
comma."""
PASSIVE_AUXILIARY = r"(?:was|were|had\s+been|has\s+been)\s+(?:\w+ly\s+|first\s+)?"
"""A passive's auxiliary, with an adverb, before its participle: "was first", "had been
formally"."""
_FOUNDED_WHEN = LazyPattern(
    rf"{PASSIVE_AUXILIARY}{_FOUNDED}(?:\s+[^.;,]{{0,40}}?)?\s+in\s+(\d{{4}})\b", re.IGNORECASE
)
"""How a text dates a founding after the name (``DocumentEvidence.founding_year``): "was
founded in 1945"."""
_FOUNDED_FIRST = LazyPattern(rf"\b{_FOUNDED}\s+in\s+(\d{{4}}),\s+", re.IGNORECASE)
"""How a text dates a founding before the name: "Founded in 1945, (the Orm Club)"."""
_LIST_JOIN = r"(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)"
_LIST_ITEM = r"(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,2}"
"""The joints and the other items of a list of a few words each: "A, B and C"."""


@lru_cache(maxsize=8192)
def _listed_pattern(one: str, other: str) -> re.Pattern[str]:
    """``one`` and then ``other`` in one list ("day schools, boarding schools")."""
    return re.compile(
        rf"(?<![\w'-])(?<!’){re.escape(one)}{_LIST_JOIN}(?:{_LIST_ITEM}{_LIST_JOIN}){{0,4}}?"
        rf"(?:the\s+)?{re.escape(other)}(?![\w'-])(?!’)",
        re.IGNORECASE,
    )


@lru_cache(maxsize=8192)
def _called_a_pattern(value: str, noun: str) -> re.Pattern[str]:
    """``value`` said to be a ``noun``, or opening a sentence as a sort of its own."""
    own = re.escape(value)
    return re.compile(
        rf"^\s*(?:An?|Each|Every)\s+{own}\s+(?-i:[a-z])"
        rf"|(?<![\w'-])(?<!’){own}s?\s+(?:is|are|was|were)\s+(?!(?:not|never)\b)(?:also\s+)?(?:an?\s+)?"
        rf"(?:(?:kind|sort|type|form|class)s?\s+of\s+)?(?:[\w-]+\s+){{0,2}}?"
        rf"{re.escape(noun)}s?(?![\w'-])(?!’)",
        re.IGNORECASE,
    )


_POSSESSIVE = LazyPattern(r"[’']s?$")
_LOWER_WORD = LazyPattern(r"(?<![\w'-])(?<!’)[a-z][a-z’'-]*")
_NAME = LazyPattern(r"(?:\b([Tt]he)\s+)?\b((?!The\b)[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)")
_STOP = word_set(
    """
    the a an of and or in on at to for by with from as is was were are be been being has had
    have it its this that which who whom whose into onto than then also not
    """
)
SHARED_SHARE = 0.6
"""Share of a statement's content words that another name's sentence must repeat to count as
saying the same of that name."""


PREDICATE_REACH = 12
"""Words before a name within which a sentence's predicate counts as said of that name."""
_LINKING = word_set(
    "under over after before during about against among between through toward towards upon"
    " within without near beside"
)


_LIGHT_VERBS = word_set(
    "be have do become make take get give go come see include use say call know hold"
)
"""Verbs that say too little alone for two sentences with them to say the same."""
_BETWEEN_NAME_AND_VERB = word_set("and or also both then later too soon first jointly") | (
    AUXILIARIES
)
"""Words between a name and its verb that keep it the verb's subject ("X and Y also
revolted", "X had revolted")."""
_BETWEEN_VERB_AND_NAME = word_set("the a an and or in on of to into from against with")
"""Words between a verb and its object or a name after its preposition ("seized the Y",
"revolted in Y")."""
_NOUN_LINKS = word_set("of in by")
"""Prepositions from a deed's noun to its doer ("the revolt of Y", "the revolt in Y")."""
_YEAR = LazyPattern(r"(?<![\d.,])\b(?:1\d{3}|20\d{2})\b(?![.,]?\d)")
_DATED_AFTER = LazyPattern(r"[^.;]{0,40}?(?<![\d.,])\b(?:1\d{3}|20\d{2})\b")
"""A year right after a verb, which dates what the verb tells: " to Orm in 1790"."""
_DATED_OPENING = LazyPattern(
    r"\s*(?:In|By|On|From|During|After|Before|Until)\s+[^,.;]{0,30}?\b(?:1\d{3}|20\d{2})\b"
)
"""A time that opens a sentence and dates what it tells: "In 1790, ", "By March 1790 "."""
AGAIN_REACH = 3
"""The most years between the times around a deed told again without its own year: a wider
gap leaves its time too loose to rule any year in."""
_DEED_REACH = 4
"""The most words read past the answer for the verb it is the subject of, or back from it
for the verb it is the object of."""
_DEED_WINDOW = 6 * _DEED_REACH
"""The words either side of a name ``did_alike`` reads: more than ``_does``, ``_done_to`` and
the names beyond their verb reach."""


@lru_cache(maxsize=16384)
def _verb_lemma(word: str) -> str | None:
    """The lemma of a finite verb or a participle, for no light verb (``_LIGHT_VERBS``)."""
    if not word.islower():
        return None
    found = finite_verb(word)
    if found is not None:
        lemma = found[0]
    else:
        lemmas = lemmas_as(word, "VERB")
        if not lemmas or lemmas[0] == word or not word.endswith(("ed", "en", "wn")):
            return None
        lemma = lemmas[0]
    return None if lemma in _LIGHT_VERBS else lemma


_SUPERLATIVE_AFTER_THE = LazyPattern(
    r"\bthe\s+(?P<word>most|least|best|worst|second|third|[a-z]{2,}(?<!w)est)\b", re.IGNORECASE
)
"""A superlative or an ordinal after "the" ("the oldest", "the best"): the statement singles
its answer out ("the west" is a direction, "the forest" no adjective)."""


def _singles_out(statement: str) -> bool:
    """Whether the statement says its answer was the first, last or only one to do its deed,
    or the most of its kind: "The Tarland Parliament first met in 1856"."""
    if _SINGLED_OUT.search(statement):
        return True
    return any(
        "ADJ" in word_tags(found["word"].casefold())
        for found in _SUPERLATIVE_AFTER_THE.finditer(statement)
    )


@lru_cache(maxsize=4096)
def _deed_of(statement: str, answer: str) -> tuple[str, str, frozenset[str]] | None:
    """The main verb the statement has its answer do or undergo, the answer's role and the
    names on the verb's other side: "subject" where the verb follows the answer ("Orskia
    revolted", "Orskia was seized", "The Orm rises in the Kell Hills": {"kell", "hills"}),
    "object" where it comes right before it ("Tarland seized Orskia": {"tarland"},
    "revolted in Orskia"); None for no such verb or a light one."""
    found = whole_name(answer).search(statement) if answer else None
    if found is None:
        return None  # "Orm" inside "Ormanby" is no mention of it
    at = found.start()
    after = _WORD.findall(statement[found.end() :])
    for place, word in enumerate(after[:_DEED_REACH]):
        if word.casefold() in _BETWEEN_NAME_AND_VERB:
            continue
        lemma = _verb_lemma(word)
        if lemma is None:
            return None
        return (
            lemma,
            "subject",
            frozenset(_names_in(after[place + 1 : place + 1 + 2 * _DEED_REACH])),
        )
    before = _WORD.findall(statement[:at])
    for back, word in enumerate(reversed(before[-_DEED_REACH:])):
        if word.casefold() in _BETWEEN_VERB_AND_NAME:
            continue
        lemma = _verb_lemma(word)
        if lemma is None:
            return None
        place = len(before) - 1 - back
        return (
            lemma,
            "object",
            frozenset(_names_in(before[max(0, place - 2 * _DEED_REACH) : place])),
        )
    return None


_NOT_NAMES = _STOP | _LINKING
"""Function and linking words, no name however they are written."""


def _names_in(words: Sequence[str]) -> set[str]:
    """The capitalised words of ``words`` that are no function words, in lower case."""
    return {
        lower
        for word in words
        if word[:1].isupper() and (lower := word.casefold()) not in _NOT_NAMES
    }


def _does(verb: str, after: list[str], before: list[str]) -> int | None:
    """Where in the words ``after`` a name (after the words ``before``) has ``verb`` or its
    noun as its subject's, or -1 for its noun before it; None where it has not. Names listed
    with it, linking words and auxiliaries may stand between ("X and Y also revolted"); the
    noun may stand right after it ("the X revolt") or before it with "of", "in" or "by"
    ("the revolt of X")."""
    for place, word in enumerate(after[: _DEED_REACH * 2]):
        lower = word.casefold()
        if lower == verb or lemmas_as(lower, "NOUN")[:1] == (verb,):
            return place  # "the Dunmark revolt", "Dunmark and Kellia revolt"
        if lower in _BETWEEN_NAME_AND_VERB or lower == "s" or word[:1].isupper():
            continue  # "Dunmark and Kellia", "Dunmark's"
        if _verb_lemma(lower) == verb:
            return place
        break
    if len(before) >= 2 and before[-1].casefold() in _NOUN_LINKS:
        noun = before[-2].casefold() if before[-2].casefold() != "the" else ""
        if noun == verb or lemmas_as(noun, "NOUN")[:1] == (verb,):
            return -1
    return None


def _done_to(verb: str, before: list[str]) -> int | None:
    """Where in the words ``before`` the verb stands whose object (or whose preposition's)
    the name after them is; None where it is none: only articles, prepositions, linking
    words and names listed before it stand between ("seized Dunmark and Kellia"; "seized
    the port of Kellia" is no such)."""
    first = max(0, len(before) - _DEED_REACH * 2)
    for place in range(len(before) - 1, first - 1, -1):
        word = before[place]
        lower = word.casefold()
        if lower in _BETWEEN_VERB_AND_NAME or word[:1].isupper():
            continue
        return place if _verb_lemma(lower) == verb else None
    return None


def _predicate_stem(before: str) -> str | None:
    """The stem of the last common content word before the answer: what the statement says
    of it ("contact" in "the Tarlanders were in contact with {answer}")."""
    for word in reversed(_WORD.findall(before)):
        lower = word.casefold()
        if word[:1].isupper() or lower in _STOP or lower in _LINKING or len(word) < 3:
            continue
        if word.isalpha():
            return _stem(word)
    return None


def words_of(text: str) -> list[str]:
    """The words of a text in lower case, as the documents' sentences are indexed."""
    return [word.casefold() for word in _WORD.findall(text)]


def _stem(word: str) -> str:
    """A crude stem that joins "joins"/"joined"/"joining" and "river"/"rivers"."""
    return word.casefold()[:5]


@lru_cache(maxsize=16384)
def _superlative(word: str) -> bool:
    """ "longest", "largest", "most": an adjective in its superlative form ("west" is none).
    Asked of every word of every sentence compared, so the lemmas are looked up once a word
    and only for a word in "-est"."""
    lower = word.casefold()
    if lower in ("most", "least"):
        return True
    if not lower.endswith("est"):
        return False
    lemmas = lexicon.all_lemmas(lower).get("ADJ", ())
    return bool(lemmas) and lower not in lemmas


def _named_stems(text: str, leave_out: str) -> set[str]:
    """The stems of the capitalised content words of a text (its names), without the answer's."""
    left_out = {_stem(w) for w in _WORD.findall(leave_out)}
    names = {_stem(w) for w in _WORD.findall(text) if w[:1].isupper() and w.casefold() not in _STOP}
    return names - left_out


def content_stems(text: str, leave_out: str = "") -> set[str]:
    """The stems of a text's content words, without those of ``leave_out`` (the answer)."""
    return _all_content_stems(text) - _word_stems(leave_out)


def _all_content_stems(text: str) -> set[str]:
    return {_stem(w) for w in _WORD.findall(text) if w.casefold() not in _STOP and len(w) > 2}


def _word_stems(text: str) -> set[str]:
    return {_stem(w) for w in _WORD.findall(text)}


def figures_of(name: str) -> set[str]:
    """The figures among a name's words, as ``said_alike`` reads them ("1812" of "Ivo 1812")."""
    return {stem for stem in _word_stems(name) if stem.isdigit()}


@dataclass(frozen=True)
class _Claim:
    """What a statement says of its answer, to compare other names' sentences with."""

    core: frozenset[str]
    """The stems of its content words, the answer's left out."""
    need: int
    """How many of them another name's sentence must repeat."""
    figures: frozenset[str]
    """Its figures, where it asks them too: a sentence of other figures is of another time."""
    deed: frozenset[str]
    """The stems of its deed, which another name's sentence must repeat, where it asks one."""
    subject: frozenset[str]
    """The stems of its names, for a superlative ("the longest river in {answer}")."""
    naming: frozenset[int]
    """The sentences a name of which it may be said alike is written in."""


_PERSONAL_PRONOUN = LazyPattern(r"(?:He|She)(?=\s)")


class DocumentEvidence:
    """The sentences of each document, indexed by word, with the shapes its names take."""

    def __init__(
        self,
        documents: Mapping[str, Sequence[str]],
        paragraphs: Mapping[str, Sequence[int]] | None = None,
        titles: Mapping[str, str] | None = None,
    ):
        """``documents``: each document's sentences; ``paragraphs``: the paragraph of each of
        them (without it, every sentence is a paragraph of its own); ``titles``: each
        document's title, which names its subject."""
        self._sentences = {document: list(texts) for document, texts in documents.items()}
        self._titles = dict(titles or {})
        self._subjects = {
            document: DISAMBIGUATOR.sub("", title).strip()
            for document, title in self._titles.items()
        }
        self._homes: dict[str, str | None] = {}
        self._written_afters: dict[tuple[str, str, NameBeside], bool] = {}
        """Whether each document writes a phrase right before a name (``_written_after``)."""
        self._joined: dict[str, tuple[str, list[int]]] = {}
        """Each document's sentences joined by line breaks, with where each one starts."""
        self._sides: dict[tuple[str | None, str], str | None] = {}
        self._paragraphs = {
            document: list((paragraphs or {}).get(document, range(len(texts))))
            for document, texts in self._sentences.items()
        }
        self._members: dict[str, dict[int, list[int]]] = {}
        self._lower: dict[str, set[str]] = {}
        self._name_index: dict[str, NameIndex] = {}
        self._articled: dict[str, Counter[str]] = {}
        self._bare: dict[str, Counter[str]] = {}
        self._where: dict[str, dict[str, set[int]]] = {}
        self._runs: dict[str, dict[str, list[int]]] = {}
        """Each document's sentences by the runs of word characters they hold (``_with_run``)."""
        self._named: dict[tuple[str, str], list[int]] = {}
        self._place_sorts: dict[tuple[str, str], str | None] = {}
        self._claims: dict[tuple[str, str, str, bool], _Claim | None] = {}
        self._stems: dict[str, dict[str, list[int]]] = {}
        self._called: dict[tuple[str, str, str], bool] = {}
        self._together: dict[tuple[str, str, str], bool] = {}
        self._latest: dict[str | None, int | None] = {}
        self._present: dict[str | None, int | None] = {}
        self._earliest: dict[tuple[str, str | None], list[tuple[int, int]]] = {}
        self._first_years: dict[str, list[list[int]]] = {}
        self._naming_stem: dict[str, dict[str, list[int]]] = {}
        self._tokens: dict[tuple[str, int], tuple[list[int], list[int], list[str]]] = {}
        self._own: dict[tuple[str, str, str], set[int]] = {}
        self._key_starts: dict[str, tuple[dict[str, list[int]], list[int]]] = {}
        self._joined_keys: dict[str, tuple[str, list[int]]] = {}
        self._years: dict[str, list[list[int]]] = {}
        self._times: dict[str, list[list[tuple[TimeSpan, bool]]]] = {}
        self._abbreviations: dict[str, dict[str, str]] = {}
        self._bodies: dict[str, frozenset[str]] = {}
        self._characters: dict[str, frozenset[str]] = {}
        self._content: dict[str, list[frozenset[str] | None]] = {}
        self._cycles: dict[str, list[tuple[str, int]]] = {}
        self._keys: dict[str, list[str]] = {}
        self._sexes: dict[tuple[str, str, bool], str | None] = {}
        for document, texts in self._sentences.items():
            lower: set[str] = set()
            articled: Counter[str] = Counter()
            bare: Counter[str] = Counter()
            where: dict[str, set[int]] = defaultdict(set)
            for index, text in enumerate(texts):
                lower.update(_LOWER_WORD.findall(text))
                for match in _NAME.finditer(text):
                    counter = articled if match.group(1) else bare
                    counter[normalize(match.group(2))] += 1
                for word in _WORD.findall(text):
                    where[word.casefold()].add(index)
            self._lower[document] = lower
            self._articled[document] = articled
            self._bare[document] = bare
            self._where[document] = where

    def _content_stems(self, document: str, index: int) -> frozenset[str]:
        """``content_stems`` of a sentence of the document, nothing left out: read once, as
        every fact whose option the sentence names asks for them again. Each stem is kept
        once (``sys.intern``): a long document's sentences repeat the same few thousand."""
        if document not in self._content:
            self._content[document] = [None] * len(self._sentences[document])
        stems = self._content[document][index]
        if stems is None:
            stems = frozenset(map(sys.intern, _all_content_stems(self._sentences[document][index])))
            self._content[document][index] = stems
        return stems

    def common_word(self, document: str | None, value: str) -> bool:
        """Whether a one-word name is a common word the document also writes in lower case."""
        words = value.split()
        if document is None or len(words) != 1 or not value[:1].isupper():
            return False
        return value.casefold() in self._lower.get(document, set())

    def takes_article(self, document: str | None, value: str) -> bool:
        """Whether the document mostly writes the name after "the" ("the Havel")."""
        if document is None:
            return False
        key = normalize(value)
        return self._articled[document][key] > self._bare[document][key] if key else False

    def said_alike(
        self, document: str, statement: str, answer: str, value: str, *, dated: bool = False
    ) -> bool:
        """Whether a sentence of the document that names ``value`` repeats most of what the
        statement says of its answer, so the statement may hold for ``value`` too. With
        ``dated`` (the statement is the question asked, so its figures are asked too), a
        sentence giving other figures says it of another time, and one must also repeat the
        question's deed, its first content word ("grew" of "Who grew up in Orm?")."""
        claim = self._claim(document, statement, answer, dated)
        if claim is None:
            return False
        words = [w.casefold() for w in _WORD.findall(value)]
        if not words:
            return False
        where = self._where[document]
        # from the few sentences said alike, not the many a common word of the name is in; read
        # from the smallest of the sets, as a long document says one thing in many sentences
        holding = [claim.naming, *(where.get(word, set()) for word in words)]
        fewest = min(holding, key=len)
        indices = [index for index in fewest if all(index in found for found in holding)]
        core, need, core_figures = claim.core, claim.need, claim.figures
        deed, subject = claim.deed, claim.subject
        pattern = whole_name(value)
        texts = self._sentences[document]
        left_out = _word_stems(value)
        for index in sorted(indices):
            named = pattern.search(texts[index])
            if named is None:
                continue
            about = [index]
            if named.start() == 0 and index + 1 < len(texts):
                about += [index + 1] if _PRONOUN_OPENING.match(texts[index + 1]) else []
            for at in about:  # "Ivo Lind was born in Kell. He grew up in Orm.": Lind grew up
                told = self._content_stems(document, at) - left_out
                figures = {stem for stem in told if stem.isdigit()}
                if figures and core_figures and not figures & core_figures:
                    continue  # "born in Kell in 1948" beside "born in Kell in 1950"
                if not deed <= told:
                    continue  # "Norman culture spread to Orm" for "Who brought it to Orm?"
                if len(core & told) >= need or subject & told:
                    return True
        return False

    def telling_sentences(
        self, document: str, statement: str, answer: str, *, dated: bool = False
    ) -> list[str]:
        """The document's sentences in which ``said_alike`` may find a name with no figure
        among its words: of those a name said alike may be written in, the ones that (or
        whose next sentence, going on about them with "He ...") repeat the statement's deed
        and enough of its words and give no other figures. A name's own words only take
        words from a sentence (``said_alike`` leaves them out), so a sentence that fails
        with all of its words fails for every such name; a long document says one thing of
        many names, at many times, and a name written in none of these is never looked at."""
        claim = self._claim(document, statement, answer, dated)
        if claim is None:
            return []
        texts = self._sentences[document]

        def telling(at: int) -> bool:
            told = self._content_stems(document, at)
            if not claim.deed <= told:
                return False
            if len(claim.core & told) < claim.need and not claim.subject & told:
                return False
            if not claim.figures or claim.figures & told:
                return True
            return not any(stem.isdigit() for stem in told)  # none of other figures

        return [
            texts[index]
            for index in sorted(claim.naming)
            if telling(index)
            or (
                index + 1 < len(texts)
                and _PRONOUN_OPENING.match(texts[index + 1]) is not None
                and telling(index + 1)
            )
        ]

    def _claim(self, document: str, statement: str, answer: str, dated: bool) -> _Claim | None:
        """What the statement says of its answer (``said_alike``), read once for all the
        names compared with it; None where it says too little to compare."""
        key = (document, statement, answer, dated)
        if key not in self._claims:
            self._claims[key] = self._read_claim(document, statement, answer, dated)
        return self._claims[key]

    def _read_claim(self, document: str, statement: str, answer: str, dated: bool) -> _Claim | None:
        core = content_stems(statement, answer)
        if len(core) < 2 or document not in self._where:
            return None
        need = max(2, math.ceil(len(core) * SHARED_SHARE))
        core_figures = {stem for stem in core if stem.isdigit()} if dated else set()
        deed: set[str] = set()
        if dated:  # the first word after the wh-word that is no name and says something
            lower = [word for word in _WORD.findall(statement)[1:] if word.islower()]
            deed = next((stems for word in lower if (stems := content_stems(word))), set())
        superlative = any(_superlative(w) for w in _WORD.findall(statement))
        subject = _named_stems(statement, answer) if superlative else set()
        # a sentence repeats the statement only where its own stems do, the name's left in
        holding = self._stem_index(document)
        shared: Counter[int] = Counter()
        for stem in core:  # counted a list at a time: a common stem is in thousands of sentences
            shared.update(holding.get(stem, ()))
        alike = {index for index, count in shared.items() if count >= need}
        alike.update(index for stem in subject for index in holding.get(stem, ()))
        alike = {index for index in alike if deed <= self._content_stems(document, index)}
        # a name may be written in the sentence before, which the alike one goes on about
        naming = frozenset(alike | {index - 1 for index in alike if index > 0})
        return _Claim(
            frozenset(core),
            need,
            frozenset(core_figures),
            frozenset(deed),
            frozenset(subject),
            naming,
        )

    def _stem_index(self, document: str) -> dict[str, list[int]]:
        """The indices of the document's sentences by each content stem they hold."""
        if document not in self._stems:
            holding: dict[str, list[int]] = defaultdict(list)
            for index in range(len(self._sentences.get(document, []))):
                for stem in self._content_stems(document, index):
                    holding[stem].append(index)
            self._stems[document] = dict(holding)
        return self._stems[document]

    def did_alike(
        self, document: str, statement: str, prompt: str, answer: str, value: str
    ) -> bool:
        """Whether a sentence of the document has ``value`` do what the statement has its
        answer do, in the answer's place: the subject of the same main verb or of its noun
        ("Dunmark and Kellia revolted", "the Dunmark revolt" beside "Orskia revolted
        against colonial rule"), or its object ("the settlers seized Kellia" beside "seized
        Orskia"), a name listed with the answer too ("Orskia, Dunmark and Kellia
        revolted"). The statement may then hold for ``value`` as well, whatever else it
        adds; unless the question gives a year the sentence does not (another time), or the
        statement singles its answer out ("first met in 1856", "the best coffee is grown"):
        another that did the same is then no second answer."""
        if _singles_out(statement):
            return False
        deed = _deed_of(statement, answer)
        if deed is None:
            return False
        verb, role, named_with = deed
        asked_years = set(_YEAR.findall(prompt))
        texts = self._sentences.get(document, [])
        pattern = whole_name(value)
        own = {word.casefold() for word in _WORD.findall(value)}
        for index in self._naming(document, value):
            text = texts[index]
            years = set(_YEAR.findall(text))
            if asked_years and years and not asked_years & years:
                continue  # "revolted in 1963" beside "Which land revolted in 1961?"
            starts, ends, words = self._tokens_of(document, index)
            for named in pattern.finditer(text):
                # only the words near the name count: a window, not the whole sentence
                first = bisect.bisect_right(ends, named.start())
                last = bisect.bisect_left(starts, named.end())
                before = words[max(0, first - _DEED_WINDOW) : first]
                after = words[last : last + _DEED_WINDOW]
                at = _does(verb, after, before) if role == "subject" else _done_to(verb, before)
                if at is None:
                    continue
                if role == "subject":  # the names after the verb, none after a noun before
                    reach = after[at + 1 : at + 1 + _DEED_REACH * 2] if at >= 0 else []
                else:  # the names before the verb
                    reach = before[max(0, at - _DEED_REACH * 2) : at]
                other = _names_in(reach) - own
                if named_with and other and not named_with & other:
                    continue  # "rises near Ostby" beside "rises in the Kell Hills": elsewhere
                return True
        return False

    def _tokens_of(self, document: str, index: int) -> tuple[list[int], list[int], list[str]]:
        """The starts, ends and words (``_WORD``) of the document's sentence ``index``, read
        once a sentence."""
        key = (document, index)
        if key not in self._tokens:
            found = list(_WORD.finditer(self._sentences.get(document, [])[index]))
            self._tokens[key] = (
                [m.start() for m in found],
                [m.end() for m in found],
                [m.group() for m in found],
            )
        return self._tokens[key]

    def paired_alike(self, document: str, statement: str, answer: str, value: str) -> bool:
        """Whether a sentence of the document pairs ``value`` with the statement's predicate
        and subject ("the Tarlanders had come into contact with Vell" beside "the Tarlanders were
        in contact with {answer}"): the statement may then be true of ``value`` as well."""
        at = statement.find(answer)
        predicate = _predicate_stem(statement[:at]) if at > 0 else None
        subject = _named_stems(statement, answer)
        if predicate is None or not subject:
            return False
        texts = self._sentences.get(document, [])
        pattern = whole_name(value)
        for index in self._naming(document, value):
            text = texts[index]
            named = pattern.search(text)
            if named is None or not subject & _named_stems(text, value):
                continue
            before = _WORD.findall(text[: named.start()])[-PREDICATE_REACH:]
            if any(_stem(word) == predicate for word in before):
                return True
        return False

    def sentences_about(self, document: str, quote: str, statement: str, answer: str) -> list[str]:
        """The document's sentences in the statement's paragraph, and those naming the
        statement's subject (its names other than the answer): whatever they date or count may
        be true of the subject as well."""
        texts = self._sentences.get(document, [])
        members = self._paragraph_members(document)
        found = {
            index
            for paragraph in self._own_paragraphs(document, quote, statement)
            for index in members[paragraph]
        }
        if document not in self._naming_stem:
            naming: dict[str, list[int]] = {}
            for index, text in enumerate(texts):
                for stem in _named_stems(text, ""):
                    naming.setdefault(stem, []).append(index)
            self._naming_stem[document] = naming
        naming = self._naming_stem[document]
        found.update(
            index for stem in _named_stems(statement, answer) for index in naming.get(stem, ())
        )
        return [texts[index] for index in sorted(found)]

    def _own_paragraphs(self, document: str, quote: str, statement: str) -> set[int]:
        """The paragraphs of the sentences the fact was read from: read once for the fact's
        window of time and its sentences about the subject alike."""
        key = (document, quote, statement)
        if key not in self._own:
            paragraphs = self._paragraphs.get(document, [])
            found = self._sentence_keys_within(document, normalize(quote))
            said = normalize(statement)
            if said:
                found |= self._sentence_keys_holding(document, said)
            self._own[key] = {paragraphs[index] for index in found}
        return self._own[key]

    def paragraph_opening(self, document: str, quote: str) -> str | None:
        """The first sentence of the paragraph the quote was read from, when the quote is not
        that sentence itself: what may set the paragraph's scope ("In Tarland, ...")."""
        placed = self._placed_past_opening(document, quote)
        return None if placed is None else self._sentences[document][placed[0][0]]

    def paragraph_before(self, document: str, quote: str) -> tuple[list[str], str] | None:
        """The sentences of the quote's paragraph and the one right before the quote, when
        the quote does not open its paragraph: where a detail may take its place from."""
        placed = self._placed_past_opening(document, quote)
        if placed is None:
            return None
        members, at = placed
        sentences = self._sentences[document]
        return [sentences[index] for index in members], sentences[at - 1]

    def _placed_past_opening(self, document: str, quote: str) -> tuple[list[int], int] | None:
        """The indices of the sentences of the quote's paragraph and the quote's own first
        one, when that is not the paragraph's first."""
        found = sorted(self._sentence_keys_within(document, normalize(quote)))
        if not found:
            return None
        members = self._paragraph_members(document)[self._paragraphs[document][found[0]]]
        return None if members[0] == found[0] else (members, found[0])

    def _sentence_keys_within(self, document: str, source: str) -> set[int]:
        """The indices of the sentences whose normalised text ``source`` holds: looked up by
        the first characters of each, at every place of ``source``, not by reading them all."""
        if document not in self._key_starts:
            starts: dict[str, list[int]] = {}
            short: list[int] = []
            for index, sentence in enumerate(self._sentence_keys(document)):
                if len(sentence) >= _KEY_START:
                    starts.setdefault(sentence[:_KEY_START], []).append(index)
                elif sentence:
                    short.append(index)
            self._key_starts[document] = (starts, short)
        starts, short = self._key_starts[document]
        keys = self._sentence_keys(document)
        found = {index for index in short if keys[index] in source}
        for at in range(len(source) - _KEY_START + 1):
            for index in starts.get(source[at : at + _KEY_START], ()):
                if source.startswith(keys[index], at):
                    found.add(index)
        return found

    def _sentence_keys_holding(self, document: str, said: str) -> set[int]:
        """The indices of the sentences whose normalised text holds ``said`` (normalised, so
        without a line break): found in the document's sentences joined by line breaks."""
        if document not in self._joined_keys:
            keys = self._sentence_keys(document)
            offsets = list(itertools.accumulate((len(key) + 1 for key in keys[:-1]), initial=0))
            self._joined_keys[document] = ("\n".join(keys), offsets)
        joined, offsets = self._joined_keys[document]
        found: set[int] = set()
        at = joined.find(said)
        while at != -1:
            found.add(bisect.bisect_right(offsets, at) - 1)
            at = joined.find(said, at + 1)
        return found

    def _sentence_keys(self, document: str) -> list[str]:
        """The document's sentences, each normalised: read once, as every dated fact
        (``_own_paragraphs``) and every name asked where it came before (``named_last_before``)
        looks for the sentences its quote holds."""
        if document not in self._keys:
            self._keys[document] = [normalize(text) for text in self._sentences.get(document, [])]
        return self._keys[document]

    def time_window(
        self, document: str, quote: str, statement: str, answer: str
    ) -> TimeSpan | None:
        """The days between which an option of a dated answer must lie (both ends left out),
        or None for an answer that is no time. The window runs from the last time the
        statement's paragraph gives that ends before the answer to the first that begins after
        it: the paragraph's story fixes the order ("achieved self-government in 1855" after
        "a separate colony in 1851" makes "1846" no option), and so do the next paragraph's
        days given without a year, which go on with its story ("By 1 June, ..."). An answer
        of a month or a day
        stays in its year where another sentence of the same words gives that year alone
        ("launched in 1998" rules out "4 January 1999" for "launched on 1 October 1998")."""
        key = time_span(answer)
        if key is None or document not in self._sentences:
            return None
        times = self._story_times(document)
        members = self._paragraph_members(document)
        own = self._own_paragraphs(document, quote, statement)
        following = max(own, default=-1) + 1
        low, high = 0, datetime.date.max.toordinal() + 1
        read = [(index, True) for paragraph in own for index in members[paragraph]]
        read += [(index, False) for index in members.get(following, [])]
        for index, owned in read:
            for (first, last), yearless in times[index]:
                if not owned and not yearless:
                    continue  # of the next paragraph, only a day that goes on with the story
                if last < key[0]:
                    low = max(low, last)
                elif first > key[1]:
                    high = min(high, first)
        if not is_year(key):
            year = year_of(key)
            core = content_stems(statement, answer)
            year_stems = _word_stems(str(year))
            for index in self._where[document].get(str(year), ()):
                alone = any(is_year(span) and year_of(span) == year for span, _ in times[index])
                if alone and len(core & (self._content_stems(document, index) - year_stems)) >= 2:
                    low = max(low, datetime.date(year, 1, 1).toordinal() - 1)
                    high = min(high, datetime.date(year, 12, 31).toordinal() + 1)
                    break
        return low, high

    def deed_told_again(
        self, document: str, quote: str, statement: str, name: str
    ) -> list[tuple[int, int]]:
        """The years the document leaves for each other time it tells ``name`` do the
        statement's deed (its main verb, ``_deed_of``) with no year of its own: from the last
        year its paragraph gives before that sentence to the first year given after it, where
        they lie at most ``AGAIN_REACH`` apart ("In 1800 the talks stopped. Holm used the
        break to return to Orm briefly." then "The talks resumed in 1802.": 1800 to 1802).
        A question of when Holm returned to Orm may take any of them for the asked time."""
        surname = name.split()[-1]  # "Holm returned" of "Edda Holm"
        deed = _deed_of(statement, name) or _deed_of(statement, surname)
        if deed is None or document not in self._sentences:
            return []
        verb = deed[0]
        times, texts = self._story_times(document), self._sentences[document]
        paragraphs = self._paragraphs[document]
        own = self._sentence_keys_within(document, normalize(quote))
        named = whole_name(surname)
        found = []
        for index in self._naming(document, surname):
            text = texts[index]
            if index in own or not named.search(text):
                continue
            told = next(  # any form of the verb: "to briefly return", "returning"
                (m for m in _LOWER_WORD.finditer(text) if verb in lemmas_as(m.group(), "VERB")),
                None,
            )
            if told is None or _DATED_AFTER.match(text, told.end()) or _DATED_OPENING.match(text):
                continue  # "returned to Orm in 1790", "In 1790, he returned": its own time
            before = next(
                (
                    max(year_of(span) for span, _ in times[at])
                    for at in range(index - 1, -1, -1)
                    if paragraphs[at] == paragraphs[index] and times[at]
                ),
                None,
            )
            members = self._paragraph_members(document)
            following = members[paragraphs[index]] + members.get(paragraphs[index] + 1, [])
            after = next(  # the next paragraph's too: the story goes on there
                (
                    min(year_of(span) for span, _ in times[at])
                    for at in following
                    if at > index and times[at]
                ),
                None,
            )
            if before is not None and after is not None and 0 <= after - before <= AGAIN_REACH:
                found.append((before, after))
        return found

    def cycle(self, document: str, statement: str, answer: str) -> tuple[int, bool] | None:
        """The years between the recurring events a statement tells of, where the document
        gives them ("elections ... occur every four years" for "won their first seats in
        2014"), and whether the statement singles one of them out ("first", "last"): other
        turns of the cycle are then plausible and false, else they may be true as well."""
        said = _common_stems(statement, answer) - _CYCLE_STEMS
        electoral = _ELECTORAL.search(statement) is not None
        if document not in self._cycles:  # read once: asked of every dated fact
            texts = self._sentences.get(document, [])
            self._cycles[document] = document_cycles(texts)
        for text, years in self._cycles[document]:
            shared = said & (_common_stems(text, "") - _CYCLE_STEMS)
            if shared or (electoral and _ELECTORAL.search(text)):
                return years, _SINGLED_OUT.search(statement) is not None
        return None

    def event_cycle(
        self, document: str, quote: str, statement: str, answer: str
    ) -> tuple[int, bool] | None:
        """The period of a recurring event the statement names (``event_nouns``: "won six
        of the first seven gold medals to 1952"), where the years its paragraph gives in the
        sentences naming that event, the answer's with them, all fall on one
        (``event_period``: 1936, 1952, 1956, 1960, 1980 are four years apart), and whether
        the statement singles one turn out (see ``cycle``)."""
        key = time_span(answer)
        nouns = event_nouns(statement)
        if key is None or not nouns or document not in self._sentences:
            return None
        times = self._story_times(document)
        texts = self._sentences[document]
        members = self._paragraph_members(document)
        years = [year_of(key)]
        for paragraph in self._own_paragraphs(document, quote, statement):
            for index in members[paragraph]:
                if nouns & event_nouns(texts[index]):
                    years += [year_of(span) for span, _ in times[index] if _within_a_year(span)]
        period = event_period(years)
        if period is None:
            return None
        return period, _SINGLED_OUT.search(statement) is not None

    def side(self, document: str | None, name: str) -> str | None:
        """The people or the realm a person belongs to, where the name or the document gives
        it with their role ("the Byzantine general Alexius Komnenos", "King Malcolm III of
        Scotland", "Godwin of Wessex"), also under a spelling of the name with the same first
        word and a near surname ("Alexius I Comnenus"), in lower case ("byzantine",
        "scotland"); None where it gives none. Compare two with ``same_side``."""
        key = (document, name)
        if key not in self._sides:  # read once: asked of the answer for every option, and of
            # an option again where the question names a people
            self._sides[key] = self._find_side(document, name)
        return self._sides[key]

    def _find_side(self, document: str | None, name: str) -> str | None:
        realm = REALM.search(name)
        if realm:
            return realm.group(1).casefold()
        words = _WORD.findall(name)
        if len(words) < 2 or not document:
            return None
        variant = re.compile(rf"\b{re.escape(words[0])}(?:\s+[A-Z][\w’'-]*)+")
        texts = self._sentences.get(document, [])
        for index in self._with_run(document, words[0]):
            text = texts[index]
            for match in variant.finditer(text):
                surname = _WORD.findall(match.group(0))[-1]
                if Levenshtein.normalized_similarity(surname, words[-1]) < NEAR_SURNAME:
                    continue
                found = _SIDE_BEFORE.search(text[: match.start()])
                if found and any(w.casefold() in _ROLES for w in found.group(2).split()):
                    return found.group(1).casefold()
                title = _WORD.findall(text[: match.start()])[-1:]
                realm = REALM.match(text, match.end())
                if realm and title and title[0].casefold() in _ROLES:
                    return realm.group(1).casefold()  # "King Malcolm III of Scotland"
        return None

    def _with_run(self, document: str, word: str) -> Iterable[int]:
        """The indices of the document's sentences, in order, that may write ``word`` whole
        after a word boundary: those holding its first run of word characters as a run of
        their own (a sentence writing "O'Brien Hale" holds the run "O"), looked up, not read
        through, as a long document has thousands of sentences."""
        first = _WORD_RUN.match(word)
        if first is None:  # "'t Hooft": no run to look up
            return range(len(self._sentences.get(document, [])))
        if document not in self._runs:
            runs: dict[str, list[int]] = defaultdict(list)
            for index, text in enumerate(self._sentences.get(document, [])):
                for run in dict.fromkeys(_WORD_RUN.findall(text)):
                    runs[run].append(index)
            self._runs[document] = dict(runs)
        return self._runs[document].get(first.group(), [])

    def _with_words(self, document: str | None, value: str) -> set[int]:
        """The indices of the document's sentences that hold every word of ``value``."""
        where = self._where.get(document or "", {})
        words = [word.casefold() for word in _WORD.findall(value)]
        if not words:
            return set()
        # from the smallest set: a common word of the name is in many sentences
        postings = sorted((where.get(word, set()) for word in words), key=len)
        return postings[0].intersection(*postings[1:])

    def _naming(self, document: str | None, value: str) -> list[int]:
        """The indices of the document's sentences that name ``value`` as a whole."""
        key = (document or "", value)
        found = self._named.get(key)
        if found is None:
            # the pattern is compiled only for a value some sentence holds every word of: most
            # forms tried ("Kellby, Norland" for each region) are written nowhere
            found = []
            if holding := self._with_words(document, value):
                pattern = whole_name(value)
                texts = self._sentences.get(document or "", [])
                found = sorted(i for i in holding if pattern.search(texts[i]))
            self._named[key] = found
        return found

    def latest_year(self, document: str | None) -> int | None:
        """The latest year the document mentions, as a year ("1871") or as the end of a
        century it names ("the 19th and 20th century": 1999)."""
        if document not in self._latest:
            years = [
                int(match.group(1)) * 100 - 1 if match.group(1) else int(match.group(2))
                for text in self._sentences.get(document or "", ())
                for match in _CENTURY_OR_YEAR.finditer(text)
            ]
            self._latest[document] = max(years, default=None)
        return self._latest[document]

    def earliest_year(
        self, document: str, leaving_out: str, naming: str | None = None
    ) -> int | None:
        """The earliest year the document dates (``first_years_of``) in a sentence other
        than ``leaving_out`` and, where given, naming ``naming`` as a whole: where its story
        starts, or that thing's, apart from that sentence."""
        key = (document, naming)
        if key not in self._earliest:
            if document not in self._first_years:
                texts = self._sentences.get(document, [])
                self._first_years[document] = [first_years_of(text) for text in texts]
            years = self._first_years[document]
            indices = range(len(years)) if naming is None else self._naming(document, naming)
            self._earliest[key] = sorted(
                (year, index) for index in indices for year in years[index]
            )
        texts = self._sentences.get(document, [])
        return next(
            (year for year, index in self._earliest[key] if texts[index] != leaving_out),
            None,
        )

    def present_year(self, document: str | None) -> int | None:
        """The document's own time (``chronology.present_year``): no option of a time is
        later."""
        if document not in self._present:
            self._present[document] = present_year(self._sentences.get(document or "", ()))
        return self._present[document]

    def era(self, document: str | None, value: str) -> int | None:
        """The median year of the document's sentences that name ``value`` and give a date
        ("in 1066", "the 11th century" counts as 1050), else of their paragraphs, or None:
        a person's time, so options stay people of the answer's era."""
        document = document or ""
        if document not in self._years:
            self._years[document] = [_years_of(text) for text in self._sentences.get(document, [])]
        dated = self._years[document]
        paragraphs = self._paragraphs.get(document, [])
        named = self._naming(document, value)
        years = sorted(year for index in named for year in dated[index])
        if not years:
            members = self._paragraph_members(document)
            around = {paragraphs[index] for index in named}
            years = sorted(
                year
                for paragraph in around
                for index in members[paragraph]
                for year in dated[index]
            )
        return years[len(years) // 2] if years else None

    def _story_times(self, document: str) -> list[list[tuple[TimeSpan, bool]]]:
        """The times each sentence of the document tells (``story_times``), read once."""
        if document not in self._times:
            self._times[document] = story_times(self._sentences[document])
        return self._times[document]

    def _paragraph_members(self, document: str) -> dict[int, list[int]]:
        """The indices of each paragraph's sentences: read once, as every name's ``era``
        without a dated sentence of its own looks for its paragraphs' years."""
        if document not in self._members:
            members: dict[int, list[int]] = {}
            for index, paragraph in enumerate(self._paragraphs.get(document, [])):
                members.setdefault(paragraph, []).append(index)
            self._members[document] = members
        return self._members[document]

    def named_nearby(self, document: str, first: str, second: str) -> bool:
        """Whether the document names ``second`` in a paragraph that names ``first`` or in the
        paragraph before or after one: the same passage, so of the same time and place."""
        paragraphs = self._paragraphs.get(document, [])
        around = {
            paragraphs[index] + step
            for index in self._naming(document, first)
            for step in (-1, 0, 1)
        }
        return any(paragraphs[index] in around for index in self._naming(document, second))

    def located(self, document: str | None, value: str) -> bool:
        """Whether the document ever puts something in, at or near ``value``, or takes it
        ("near Ballarat", "in the Holy Land", "besieged Acre"): the use of a place, which a
        channel or a regulator never gets."""
        return self._written_after(document, value, _LOCATED)

    def placed_at(self, document: str | None, value: str) -> bool:
        """Whether the document puts something in, at or near ``value`` itself ("At Saint
        Evroul, a choir ..."): a place, whatever its name looks like; a person is never so
        placed (a person's house or time takes "'s")."""
        return self._written_after(document, value, _PLACED)

    def _written_after(self, document: str | None, value: str, beside: NameBeside) -> bool:
        """Whether a sentence naming ``value`` whole has ``beside``'s phrase right before it:
        read once a name (the options of many facts ask of the same names)."""
        key = (document or "", value, beside)
        if key not in self._written_afters:
            texts = self._sentences.get(document or "", [])
            self._written_afters[key] = any(
                beside.written_whole_after(texts[index], value)
                for index in self._naming(document, value)
            )
        return self._written_afters[key]

    def is_subject(self, document: str | None, value: str) -> bool:
        """Whether ``value`` names what the document is about: its title, without a bracketed
        disambiguator ("Tarland (county)" is about "Tarland")."""
        title = self._titles.get(document or "")
        if not title:
            return False
        subject = normalize(self._subjects[document or ""] or title).removeprefix("the ")
        return bool(subject) and normalize(value).removeprefix("the ") == subject

    def subject(self, document: str | None) -> str:
        """What the document is about: its title without a bracketed disambiguator
        ("Tarland" of "Tarland (county)"), "" where it has no title or only the bracket."""
        return self._subjects.get(document or "", "")

    def home_country(self, document: str | None) -> str | None:
        """The country where the document puts its subject in a sentence that opens with it
        and says what it is ("Tarland is a county in the north of Vellia": "Vellia"), or
        None: what the document tells happens there, so it is no sure wrong option."""
        document = document or ""
        if document not in self._homes:
            self._homes[document] = self._find_home(document)
        return self._homes[document]

    def _find_home(self, document: str) -> str | None:
        subject = (self._subjects.get(document) or self._titles.get(document) or "").removeprefix(
            "The "
        )
        if not subject:
            return None
        opening = re.compile(
            rf"^(?:The\s+)?{re.escape(subject)}\b[^.;]{{0,80}}?\b(?:is|was|are|were)\b"
            rf"[^.;]*?\bin\s+(?:the\s+)?(?:[a-z-]+\s+of\s+)?([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)"
        )
        for text in self._sentences.get(document, []):
            match = opening.match(_BRACKETED.sub("", text))  # "The Tarlanders (Tarlandic: ...)"
            if match and match.group(1) in lexicon.COUNTRIES:
                return match.group(1)
        return None

    def place_sort(self, document: str | None, value: str) -> str | None:
        """The sort of place the document most often calls ``value`` ("the colony of X", "the
        river X", "X, a small town"), as its group: ``settlement``, ``area``, ``water``,
        ``site`` (a camp or a fort) or ``island``; ``shire`` for an English county named so
        ("Cheshire"), ``area`` for a land named by its people or its parts. A sort in capitals
        names another thing ("the Kingdom of Sicily")."""
        key = (document or "", value)
        if key not in self._place_sorts:  # asked of a name for every fact it is an option of
            self._place_sorts[key] = self._find_place_sort(document, value)
        return self._place_sorts[key]

    def _find_place_sort(self, document: str | None, value: str) -> str | None:
        found: Counter[str] = Counter()
        texts = self._sentences.get(document or "", [])
        beside = [
            i for i in self._naming(document, value) if _SORTED.written_beside(texts[i], value)
        ]
        if beside:  # the name's patterns are compiled only where a sort word stands beside it
            patterns = (
                re.compile(rf"{_SORT_BEFORE}{re.escape(value)}(?![\w'-])(?!’)"),
                named_pattern(NAME_OPENS, value, _SORT_AFTER),
            )
            holding = named_pattern(NAME_OPENS, value, _SETTLEMENTS_AFTER)
            for index in beside:
                for pattern in patterns:
                    found.update(
                        PLACE_SORTS[m.group(1).casefold()] for m in pattern.finditer(texts[index])
                    )
                found.update("area" for _ in holding.finditer(texts[index]))
        if found:
            return found.most_common(1)[0][0]
        if re.fullmatch(r"[A-Z][a-z]+shire", value):
            return "shire"  # "Shropshire": an English county, an option among its like only
        return "area" if self._named_as_area(document, value) else None

    def sorts_called(self, document: str | None, value: str) -> set[str]:
        """The sort nouns the document calls ``value`` by, right beside the name: "the
        borough of X", "X, a small borough", "X is the northernmost borough of the city" →
        {"borough"}."""
        name = re.escape(value)
        patterns = (
            re.compile(rf"\b[Tt]he\s+(?P<words>[a-z]+)\s+of\s+(?:the\s+)?{name}(?![\w'-])(?!’)"),
            re.compile(
                rf"(?<![\w'-])(?<!’){name}(?:,|\s+(?:is|was))\s+(?:a|an|the)\s+"
                rf"(?P<words>[a-z-]+(?:\s+[a-z-]+){{0,2}})"
            ),
        )
        texts = self._sentences.get(document or "", [])
        sorts = set()
        for index in self._naming(document, value):
            for pattern in patterns:
                for match in pattern.finditer(texts[index]):
                    words = re.split(
                        r"\s+(?:of|in|on|at|and|or|to|for|with|that|which)\b", match["words"]
                    )
                    head = words[0].split()[-1]
                    if head in _SORTS_CALLED:
                        sorts.add(head)
        return sorts

    def _named_as_area(self, document: str | None, value: str) -> bool:
        """Whether the document writes a part of ``value`` by its compass point ("southern
        Tarland"), names it beside a range, a valley or a region as their like ("in Tarland and
        the Vell Mountains"), or, for a one-word name, writes the adjective of its people before
        a word ("the Sicilian campaign", "the Iberian Peninsula"): all belong to a land, not to
        a town."""
        texts = self._sentences.get(document or "", [])
        name = re.escape(value)
        beside = [i for i in self._naming(document, value) if _AREA.written_beside(texts[i], value)]
        if beside:  # compiled only where a compass point or a land stands beside the name
            found = re.compile(
                rf"{_COMPASS_BEFORE}{name}(?![\w'-])(?!’)"
                rf"|(?<![\w'-])(?<!’){name}{_LAND_AFTER}"
                rf"|{_LAND_BEFORE}{name}(?![\w'-])(?!’)"
            )  # "southern Tarland", "in Tarland and the Vell Mountains", "the region of Vell and Tarland"
            if any(found.search(texts[index]) for index in beside):
                return True
        if " " in value or len(value) < 4:
            return False
        stem = value[:-1] if value[-1] in "aey" else value
        adjectives = [f"{stem}{ending}" for ending in ("ian", "an", "n")]
        where = self._where.get(document or "", {})
        indices = sorted(set().union(*(where.get(a.casefold(), set()) for a in adjectives)))
        if not indices:
            return False  # no sentence writes the adjective: its pattern is not compiled
        before_a_word = re.compile(
            rf"\b(?i:the|an?)\s+(?:{'|'.join(map(re.escape, adjectives))})\s+[A-Za-z]"
        )
        return any(before_a_word.search(texts[index]) for index in indices)

    def holds_a_place(self, document: str | None, value: str, places: Container[str]) -> bool:
        """Whether the document puts one of ``places`` (comparison keys) in ``value``
        ("Eastby, in Tarland", "Holm in Tarland"): ``value`` is then an area that holds
        towns, no option among the towns themselves."""
        texts = self._sentences.get(document or "", [])
        beside = [
            i for i in self._naming(document, value) if _HOLDING.written_beside(texts[i], value)
        ]
        if not beside:  # no place put in the name: its pattern is not compiled
            return False
        pattern = re.compile(
            rf"{_HOLDING_BEFORE}{re.escape(value)}(?![\w'-])(?!’)"
            rf"(?!,?\s+(?:and|or)\s+in\b|,\s+in\s+[A-Z])"
        )  # "in Dunmere, in Kell and in Ostby" is a series of places, none in another
        return any(
            normalize(match.group(1)) in places
            for index in beside
            for match in pattern.finditer(texts[index])
        )

    def linked(self, document: str | None, first: str, second: str) -> bool:
        """Whether the document says one term is, or is called, the other ("the instance is a
        particular input", "the input string ... is referred to as a problem instance"):
        neither is then surely wrong where the other is right."""
        texts = self._sentences.get(document or "", [])
        both = self._with_words(document, first) & self._with_words(document, second)
        for one, other in ((first, second), (second, first)):
            pattern = re.compile(
                rf"(?<![\w'-])(?<!’){re.escape(one)}s?(?:\s+[\w-]+){{0,6}}?\s+(?:is|are|was|were)\s+"
                rf"(?:also\s+)?"
                rf"(?:(?:called|known\s+as|referred\s+to\s+as|termed|named)\s+)?"
                rf"(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){{0,2}}{re.escape(other)}(?![\w'-])(?!’)",
                re.IGNORECASE,
            )
            if any(pattern.search(texts[index]) for index in sorted(both)):
                return True
        return False

    def called_a(self, document: str | None, value: str, noun: str) -> bool:
        """Whether the document says ``value`` is a ``noun`` ("a jet engine is an engine
        that ...", "jet engines are a kind of engine") or opens a sentence with it as a sort
        of its own ("A search problem asks for ...")."""
        key = (document or "", value, noun)
        found = self._called.get(key)
        if found is None:
            texts = self._sentences.get(document or "", [])
            pattern = _called_a_pattern(value, noun)
            found = any(
                pattern.search(texts[index]) for index in sorted(self._with_words(document, value))
            )
            self._called[key] = found
        return found

    def listed_together(self, document: str | None, first: str, second: str) -> bool:
        """Whether the document lists the two side by side ("boarding schools, day schools
        and charity schools", "day schools or boarding schools"): things of one sort, each
        false where the other is the answer."""
        key = (document or "", first, second)
        found = self._together.get(key)
        if found is None:
            texts = self._sentences.get(document or "", [])
            both = self._with_words(document, first) & self._with_words(document, second)
            found = any(
                _listed_pattern(one, other).search(texts[index])
                for one, other in ((first, second), (second, first))
                for index in sorted(both)
            )
            self._together[key] = found
        return found

    def aliased(self, document: str | None, first: str, second: str) -> bool:
        """Whether the document gives one name as another name of the other: an alias, a
        former or later name, a translation or an abbreviation ("the Orm River (called the
        Tarn River by settlers)", "Orm, formerly Tarn", "Tarn was renamed Orm"): both are
        then right where either is."""
        texts = self._sentences.get(document or "", [])
        both = set(self._naming(document, first)) & set(self._naming(document, second))
        both = {
            index
            for index in both
            if _alias_between(texts[index], first, second)
            or _alias_between(texts[index], second, first)
        }
        if not both:
            return False  # never named together as aliases: the pair's patterns are not compiled
        patterns = []
        for one, other in ((first, second), (second, first)):
            patterns.append(
                re.compile(
                    rf"(?<![\w'-])(?<!’){re.escape(one)}"
                    rf"{_ALIAS_CUED}{re.escape(other)}(?![\w'-])(?!’)"
                    rf"|(?<![\w'-])(?<!’){re.escape(one)}{_ALIAS_BRACKETED}"
                    rf"{re.escape(other)}(?:\s*[),;]|\s+in\s+[A-Z])"
                    rf"|(?<![\w'-])(?<!’){re.escape(one)}{_ALIAS_NAME_OF}"
                    rf"{re.escape(other)}(?![\w'-])(?!’)"
                )
            )
            # "Orm, also called Tarn, and now known as Vell": one river
            patterns.append(
                re.compile(
                    rf"(?<![\w'-])(?<!’){re.escape(one)}{_ALIAS_CHAIN}"
                    rf"{re.escape(other)}(?![\w'-])(?!’)"
                )
            )
        return any(pattern.search(texts[index]) for index in both for pattern in patterns)

    def founding_year(self, document: str | None, name: str) -> int | None:
        """The year the document says ``name`` was founded, established or formed ("the Orm
        Rowing Club was founded in 1945", "Founded in 1945, the Orm Rowing Club"), the
        earliest where it gives several; None where it gives none."""
        texts = self._sentences.get(document or "", [])
        own = re.escape(name)
        patterns = (
            rf"(?<![\w'-])(?<!’){own}{NAME_ASIDE}(?:which\s+|that\s+)?{_FOUNDED_WHEN.pattern}",
            rf"{_FOUNDED_FIRST.pattern}(?:the\s+)?{own}(?![\w'-])(?!’)",
        )
        years = [
            int(match.group(1))
            for index in self._naming(document, name)
            for part, pattern in zip((_FOUNDED_WHEN, _FOUNDED_FIRST), patterns, strict=True)
            if part.search(texts[index])  # else no need to compile the name's pattern
            for match in re.finditer(pattern, texts[index], re.IGNORECASE)
        ]
        return min(years, default=None)

    def other_forms(
        self, document: str, answer: str, kind: str, prompt: str, names: Sequence[tuple[str, str]]
    ) -> list[str]:
        """Other forms the document gives the answer (``other_forms``), against its names."""
        if document not in self._name_index:
            self._name_index[document] = NameIndex(names)
        index = self._name_index[document]

        def holding(phrase: str) -> list[str]:
            return self.sentences_with_words(document, phrase)

        return other_forms(answer, kind, prompt, index, holding, self._lower.get(document, set()))

    def abbreviations(self, document: str) -> dict[str, str]:
        """The abbreviations the document defines in brackets, each with its expansion."""
        if document not in self._abbreviations:
            self._abbreviations[document] = abbreviations(self._sentences.get(document, []))
        return self._abbreviations[document]

    def introduced_first(self, document: str, whole: str, part: str) -> bool:
        """Whether the document names ``whole`` before it first writes ``part`` outside it
        ("Rosa Ortega Vidal ... Ortega painted"): the part then refers back to the whole."""
        pattern = whole_name(part)
        texts = self._sentences.get(document, [])
        named = self._naming(document, whole)
        alone = [
            index
            for index in self._naming(document, part)
            if pattern.search(texts[index].replace(whole, " "))
        ]
        return bool(named) and bool(alone) and named[0] < alone[0]

    def named_last_before(
        self, document: str, quote: str, values: Sequence[str], alone: bool = False
    ) -> str | None:
        """The one of ``values`` the document names last before the first sentence its
        ``quote`` holds, or None: a surname alone refers back to the bearer named last. None
        where another of them is named before it in that sentence's paragraph too ("Ivo Wenn
        led the party. Hanna Wenn wrote for it. Wenn won again."): either may be meant; or
        (``alone``) anywhere before it."""
        source = normalize(quote)
        keys = self._sentence_keys(document)
        quoted = next((i for i, key in enumerate(keys) if key and key in source), None)
        if quoted is None:
            return None
        last = {
            value: earlier[-1]
            for value in values
            if (earlier := [index for index in self._naming(document, value) if index < quoted])
        }
        if not last or (alone and len(last) > 1):
            return None
        latest = max(last.values())
        named = [value for value, index in last.items() if index == latest]
        if len(named) != 1:
            return None  # two named in one sentence
        paragraphs = self._paragraphs.get(document, [])
        home = paragraphs[quoted]
        others = (value for value in last if value != named[0])
        if any(
            paragraphs[index] == home
            for value in others
            for index in self._naming(document, value)
            if index < quoted
        ):
            return None
        return named[0]

    def written_apart(self, document: str, part: str, whole: str, *wholes: str) -> bool:
        """Whether a sentence of the document writes ``part`` outside ``whole`` and the other
        ``wholes`` ("California" beside "University of California"): alone, the part names
        something else too."""
        pattern = whole_name(part)
        longest_first = sorted((whole, *wholes), key=len, reverse=True)
        # A run of the part with no space in it is never bridged by the space that stands in
        # for a whole, so a sentence where one of its runs is missing cannot write the part.
        runs = part.split()

        def outside(text: str) -> str:
            for name in longest_first:
                text = text.replace(name, " ")
            return text

        texts = self._sentences.get(document, [])
        held = self._holding(document, max(runs, key=len)) if runs else range(len(texts))
        return any(
            pattern.search(outside(texts[index]))
            for index in held
            if all(run in texts[index] for run in runs)
        )

    def _holding(self, document: str, fragment: str) -> list[int]:
        """The indices of the document's sentences that hold ``fragment``, which holds no
        space, in order: found in the sentences joined by line breaks, which no such fragment
        straddles, rather than by reading the long document's sentences one by one."""
        if document not in self._joined:
            texts = self._sentences.get(document, [])
            starts = list(itertools.accumulate((len(text) + 1 for text in texts[:-1]), initial=0))
            self._joined[document] = "\n".join(texts), starts
        joined, starts = self._joined[document]
        found: list[int] = []
        at = joined.find(fragment)
        while at != -1:
            index = bisect.bisect_right(starts, at) - 1
            found.append(index)
            # on from the next sentence: one is enough for each
            next_start = starts[index + 1] if index + 1 < len(starts) else len(joined)
            at = joined.find(fragment, next_start)
        return found

    def named_together(self, document: str, value: str, others: Sequence[str]) -> bool:
        """Whether a sentence of the document names ``value`` beside one of ``others`` that
        few of its sentences name ("signed by A and by B"): the document may give ``value``
        the part the others' statement gives its answer."""
        rare = [other for other in others if 0 < len(self._naming(document, other)) <= 3]
        return any(
            set(self._naming(document, value)) & set(self._naming(document, other))
            for other in rare
        )

    def writes_whole(self, document: str | None, value: str) -> bool:
        """Whether the document writes ``value`` with no full stop right after it: "Joseph
        K said" writes a name that ends in a letter, "Paul T. Rowe" only cuts one short."""
        pattern = re.compile(rf"(?<![\w'-])(?<!’){re.escape(value)}(?![\w’'.-])")
        texts = self._sentences.get(document or "", [])
        return any(pattern.search(texts[i]) for i in self._with_words(document, value))

    def capitalised_only_first(self, document: str, value: str) -> bool:
        """Whether the document writes ``value`` ("Neutrinos") in lower case somewhere and
        capitalised only where it opens a sentence: the capital is the sentence's, not the
        name's. After an opening article ("The Spinners, a house by the river, ...") the
        capital is the name's own."""
        lower = value[:1].lower() + value[1:]
        if lower == value:
            return False
        opening = re.compile(rf"^[\W\d_]*{re.escape(value)}(?![\w'-])(?!’)")
        written = whole_name(value)
        lowered = whole_name(lower)
        texts = self.sentences_with_words(document, value)
        capitalised = [text for text in texts if written.search(text)]
        if not capitalised or not any(lowered.search(text) for text in texts):
            return False
        return all(opening.match(text) and len(written.findall(text)) == 1 for text in capitalised)

    def counts(self, document: str, noun: str, plural: str) -> bool:
        """Whether the document writes the noun as a thing one counts: its plural ("four
        envoys"), or the noun after "a", "one", "each", "every" or "another", a word between
        ("an early envoy")."""
        if self.sentences_naming(document, plural):
            return True
        counted = re.compile(
            rf"\b(?:a|an|one|each|every|another)\s+(?:[\w-]+\s+)?{re.escape(noun)}\b",
            re.IGNORECASE,
        )
        return any(counted.search(text) for text in self.sentences_with_words(document, noun))

    def sentences_with_words(self, document: str, value: str) -> list[str]:
        """The document's sentences that hold every word of ``value``, in any case."""
        texts = self._sentences.get(document, [])
        return [texts[index] for index in sorted(self._with_words(document, value))]

    def sentences_naming(self, document: str | None, value: str) -> list[str]:
        """The document's sentences that name ``value`` as a whole, in their order."""
        texts = self._sentences.get(document or "", [])
        return [texts[index] for index in self._naming(document, value)]

    def told_of_after(self, document: str | None, name: str) -> list[str]:
        """The sentences that go on to tell of a person with "He" or "She" right after a
        sentence of the same paragraph that opens with the name, or with the person's
        fuller name ("Arno Vell wrote poems. He died in 1849." for "Vell" too), the name put
        in place of the pronoun."""
        texts = self._sentences.get(document or "", [])
        paragraphs = self._paragraphs.get(document or "", [])
        # the name opens the sentence, also after a first name or a title ("Sir Arno Vell"),
        # never after another name ("With Vell gone, Ivo Moss ...": the pronoun is Moss's);
        # a bracketed aside may follow the name ("Arno Vell (born 1801) was a poet.")
        opening: re.Pattern[str] | None = None
        told = []
        for index in self._naming(document, name):
            after = index + 1
            if after >= len(texts) or paragraphs[after] != paragraphs[index]:
                continue
            pronoun = _PERSONAL_PRONOUN.match(texts[after])
            if pronoun is None:
                continue
            if opening is None:  # compiled only for a name a pronoun follows
                opening = re.compile(
                    rf"((?:[A-Z][\w’'.-]*\s+){{0,3}}){re.escape(name)}{NAME_ASIDE}[a-z]"
                )
            opened = opening.match(texts[index])
            if opened and all(map(_title_or_given_name, opened.group(1).split())):
                told.append(name + texts[after][pronoun.end() :])
        return told

    def sex(self, document: str | None, name: str, person: bool = True) -> str | None:
        """ "female" or "male" where the document marks the person ``name`` so and never the
        other way (``sex_marks``), else None: read once, as every fact that offers the name
        asks again. Where ``name`` need not be a person's (``person`` False), a pronoun
        opening the next sentence is no mark: "Orm lay on a river. He built a mill there." """
        key = (document or "", name, person)
        if key not in self._sexes:
            texts = self._sentences.get(document or "", [])
            paragraphs = self._paragraphs.get(document or "", [])
            marks: Counter[str] = Counter(title_sex(name))
            for index in self._naming(document, name):
                following = ""
                if person and index + 1 < len(texts) and paragraphs[index + 1] == paragraphs[index]:
                    following = texts[index + 1]
                marks.update(sex_marks(name, texts[index], following))
            sides = [side for side in ("female", "male") if marks[side]]
            self._sexes[key] = sides[0] if len(sides) == 1 else None
        return self._sexes[key]

    def paragraphs_naming(self, document: str | None, value: str) -> list[str]:
        """The sentences of the document's paragraphs that name ``value``, in their order."""
        texts = self._sentences.get(document or "", [])
        paragraphs = self._paragraphs.get(document or "", [])
        around = {paragraphs[index] for index in self._naming(document, value)}
        members = self._paragraph_members(document or "")
        return [texts[index] for index in sorted(i for p in around for i in members[p])]

    def mentions(self, document: str | None, value: str) -> int:
        """How many of the document's sentences name ``value``."""
        return len(self._naming(document, value))

    def is_body(self, document: str | None, name: str) -> bool:
        """Whether the document treats ``name`` as a firm or another body, never a person:
        founded, acquired or merged ("Baxter & Wolfe had been founded in 1890"), called a
        company ("the publisher X", "X, a media group"), or named with "&"."""
        if "&" in name:
            return True
        key = document or ""
        if key not in self._bodies:
            self._bodies[key] = _names_matching(self._sentences.get(key, []), _BODY_PATTERNS)
        return _among(name, self._bodies[key])

    def is_character(self, document: str | None, name: str) -> bool:
        """Whether the document describes ``name`` as someone in a story: called a character
        (a hero, the narrator), played by someone, or acting in the present tense in a
        sentence set in a novel, film, play or game, or beside such a character there."""
        key = document or ""
        if key not in self._characters:
            self._characters[key] = _story_people(self._sentences.get(key, []))
        return _among(name, self._characters[key])

    def named_alike(self, document: str | None, statement: str, answer: str, value: str) -> bool:
        """Whether a sentence naming ``value`` shares a common word with the statement of the
        answer ("grain is unloaded in X" beside "grain is unloaded in Y"): a name of that
        sentence plays the answer's part, so is a fair option."""
        core = _common_stems(statement, answer)
        texts = self._sentences.get(document or "", [])
        return bool(core) and any(
            core & _common_stems(texts[index], value) for index in self._naming(document, value)
        )


_NOUN_BEFORE = {
    side: re.compile(
        rf"(?:\b(?:{'|'.join(sorted(words))})(?![\w’']),?\s+(?:[A-Z][\w’'.-]*\s+)*"
        rf"|\b(?:{'|'.join(sorted(word.capitalize() for word in words))}),?\s+)$"
    )
    for side, words in lexicon.SEXED_NOUNS.items()
}
"""A noun of a woman's or a man's kin or rank right before a name: "his wife ", "the queen ",
"her son Dr "; capitalised only right before it ("Actress ", "Queen "), never a word of
another name before it ("Prince Edward Island Premier ")."""
_NOUN_AFTER = {
    side: LazyPattern(
        rf"^,\s+(?:his|her|their|the|a)\s+(?:[\w’'-]+\s+)?(?:{'|'.join(sorted(words))})(?![\w’'])"
    )
    for side, words in lexicon.SEXED_NOUNS.items()
}
"""The same in an apposition after a name: ", his wife", ", the queen" (never ", the
queen's favourite", a noun of another person)."""
_PART_AFTER = {
    side: re.compile(
        r"^,?\s+(?:(?:was|were)\s+(?:first\s+)?cast\s+as|(?:also\s+)?(?:played|portrayed"
        r"|voiced)|as)\s+(?:(?:the|a|an)\s+)?"
        rf"(?:(?:{'|'.join(sorted(re.escape(t) for t in lexicon.SEXED_TITLES[side]))})"
        rf"(?![\w’'])(?!\.?(?:\s+[A-Z][\w.-]*)*[’']s\b)"
        rf"|(?:{'|'.join(sorted(lexicon.SEXED_NOUNS[side]))})(?![\w’']))"
    )
    for side in ("female", "male")
}
"""A part of a woman or a man that the name plays, right after it: " was cast as Mr. Falk",
" as the Countess", " played Queen Ada", " as a widow" (never " played the king's son" nor
" played Mr. Falk's wife", parts named after another's)."""
_OPENING_SUBJECT = re.compile(r"^(?:[^,]{0,40},\s+)?$")
"""What may stand before a sentence's subject: nothing, or an opening phrase ("In 1881, ")."""
_OBJECT_FOLLOWERS = r"(?:in|at|on|to|for|with|from|by|as|and|or|but|that|after|before|into|when|while|until|again|later|then|there|once|twice|also|a|an|the)\b"
_SUBJECT_S_PRONOUNS = {
    "female": LazyPattern(
        rf"\b(?:she|herself|hers)\b|\bher\s+(?!{_OBJECT_FOLLOWERS})[a-z]", re.IGNORECASE
    ),
    "male": LazyPattern(r"\b(?:he|himself|his)\b", re.IGNORECASE),
}
"""Pronouns in a subject's clause that stand for the subject: a subject pronoun, a
reflexive or a possessive before its noun ("Ada Lind said she ...", "Ada Lind sold her
house"); never an object pronoun ("Ada Lind married him", "Ivo Lind met her at Orm")."""
_NEXT_PRONOUN = LazyPattern(r"^(?:(She|Her)|(He|His))\b")


def _title_or_given_name(word: str) -> bool:
    """Whether ``word`` may stand before a surname in a person's name: a title ("Sir",
    "Bishop") or a first name ("Arno")."""
    return word.rstrip(".").casefold() in lexicon.PERSON_TITLES or word in lexicon.given_names()


def title_sex(name: str) -> list[str]:
    """The sex a title of ``name`` marks ("Queen Ada", "Lord Vell", "Ulana Khatun"), if
    any: a list of one mark or none."""
    words = name.split()
    if len(words) < 2:
        return []
    return [side for side, titles in lexicon.SEXED_TITLES.items() if {words[0], words[-1]} & titles]


def sex_marks(name: str, text: str, following: str = "") -> list[str]:
    """The marks of sex a sentence gives the person ``name``: a noun of kin or rank right
    before it or in an apposition after it ("his wife Ada Lind", "Ada Lind, his wife", "the
    queen Ada"), or a part of a woman or a man it plays ("Ada Lind as the Countess"); where
    it opens the sentence as its subject, a subject, reflexive or
    possessive pronoun before the next name ("Ada Lind published her ...", never an object:
    "Ada Lind married him") and a pronoun opening the ``following`` sentence of its
    paragraph ("She ...")."""
    marks: list[str] = []
    match = whole_name(name).search(text)
    if match is None:
        return marks
    before, after = text[max(0, match.start() - 60) : match.start()], text[match.end() :]
    for side in ("female", "male"):
        noun = _NOUN_BEFORE[side].search(before) or _NOUN_AFTER[side].match(after)
        if noun or _PART_AFTER[side].match(after):
            marks.append(side)
    if not _OPENING_SUBJECT.match(text[: match.start()]):
        return marks
    # the clause the name is the subject of, without an apposition ("Ivo, her son, sang")
    clause = re.split(r"\s[A-Z]|[;:]", re.sub(r"^,[^,]*,", "", after), maxsplit=1)[0]
    for side, pronoun in _SUBJECT_S_PRONOUNS.items():
        if pronoun.search(clause):
            marks.append(side)
    opening = _NEXT_PRONOUN.match(following)
    if opening and not re.search(r"\s[A-Z]", after):  # "Ivo met Ada. She ...": maybe hers
        marks.append("female" if opening.group(1) else "male")
    return marks


def _alias_between(text: str, one: str, other: str) -> bool:
    """Whether ``text`` writes ``other`` after ``one`` with only what may make it another name
    of ``one`` between them (``_ALIAS_BETWEEN``)."""
    ends = [start + len(one) for start in occurrences(text, one)]
    return any(
        _ALIAS_BETWEEN.fullmatch(text, end, start)
        for end in ends
        for start in occurrences(text, other)
        if start >= end
    )


_PRONOUN_OPENING = LazyPattern(r"(?:He|She|They)\s")
"""A sentence that goes on about the subject of the one before."""


class _Cued:
    """A pattern around a choice of words, with the words every match of it holds (its cues):
    a text without any cue is not scanned (most sentences hold none, and a pattern that opens
    on a name tries every capital letter)."""

    def __init__(self, choices: str, pattern: Callable[[str], str], *, cues: str = ""):
        """``choices``: pieces of a pattern apart by spaces (one of several words is written
        with "\\s+" between them), each cued by its first word; ``pattern``: the whole pattern
        around the alternation of the choices; ``cues``: the words of whatever else the pattern
        may match instead of a choice."""
        pieces = choices.split()
        self.cues = tuple(_first_word(piece) for piece in pieces) + tuple(cues.split())
        self.pattern = LazyPattern(pattern(f"(?:{'|'.join(pieces)})"))


def _first_word(piece: str) -> str:
    """The word a piece of a pattern opens with, which every match of the piece holds."""
    word = re.match(r"[\w-]+", piece)
    if word is None:
        raise ValueError(f"a choice of a cued pattern must open with a word: {piece!r}")
    return word.group(0)


_PROPER = r"(?P<name>[A-Z][\w’'-]*(?:\s+(?:&\s+)?[A-Z][\w’'-]*)*)"
_BODY_NOUN_WORDS = (
    "company firm corporation business publisher retailer label studio brand manufacturer"
    " conglomerate chain bank group broadcaster airline newspaper magazine band club team"
    " party agency society charity foundation carmaker automaker drugmaker chipmaker ship"
    " steamship steamer liner vessel yacht schooner frigate"
)
_FIRM_GOODS = (
    r"(?:drug|car|chip|toy|steel|aircraft|arms|tyre|tire|truck|engine|computer|phone|camera"
    r"|software|beer|soft-drink|food|paper|glass)"
)
"""Goods only a firm makes ("the drug maker X"), never a craft's ("the clock maker X" may be
a person)."""
_DESCRIBING = r"(?:(?!(?:of|in|with|for|at|on|by|from|to|and|or|who|which|that)\b)[\w-]+\s+){0,3}?"
"""Words describing a noun after "a" ("a British media"), never a phrase of its own ("a
singer in a", "a member of the"): "X, a member of the band" is a person."""
_BODY_PATTERNS = (
    _Cued(
        r"founded established incorporated acquired bought merged listed headquartered dissolved"
        r" liquidated taken\s+over floated",
        lambda deeds: (
            rf"{_PROPER}\s+(?:was|were|had\s+been|has\s+been|is|are)\s+(?:later\s+)?"
            rf"{deeds}\b"
        ),
    ),
    _Cued(
        r"acquired bought merged\s+(?:[\w’'-]+\s+){0,3}?with took\s+over subsidiary\s+of"
        r" shares\s+(?:in|of) stake\s+in",
        lambda deeds: rf"\b{deeds}\s+(?:the\s+)?{_PROPER}",
    ),
    _Cued(_BODY_NOUN_WORDS, lambda nouns: rf"\b[Tt]he\s+(?:[a-z-]+\s+)?{nouns}\s+{_PROPER}"),
    _Cued("maker makers", lambda makers: rf"\b[Tt]he\s+{_FIRM_GOODS}\s+{makers}\s+{_PROPER}"),
    _Cued(
        "maker makers",
        lambda makers: rf"{_PROPER},\s+(?:a|an|the)\s+(?:[\w-]+\s+)?{_FIRM_GOODS}\s+{makers}\b",
    ),
    _Cued(
        _BODY_NOUN_WORDS,
        lambda nouns: rf"{_PROPER},?\s+(?:is\s+|was\s+)?(?:a|an)\s+{_DESCRIBING}{nouns}\b",
    ),
    _Cued(
        _BODY_NOUN_WORDS,
        lambda nouns: rf"{_PROPER},\s+the\s+{_DESCRIBING}{nouns}\b(?![’'-])",
    ),
    _Cued("Inc Corp Ltd LLC plc GmbH", lambda suffixes: rf"{_PROPER},?\s+{suffixes}\b"),
    _Cued(
        r"Company Co\b Sons Brothers",
        lambda firms: rf"(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)\s+(?:and|&)\s+{firms}",
    ),
    _Cued("products", lambda products: rf"\b{products}\s+of\s+(?:the\s+)?{_PROPER}"),
    _Cued("products", lambda products: rf"{_PROPER}[’']s?\s+{products}\b"),
    _Cued(
        "factory factories plant works subsidiary headquarters shares",
        lambda owned: rf"{_PROPER}[’']s\s+{owned}\b",
    ),
)
"""What only a firm, a ship or another body is or undergoes: "X was founded", "acquired X",
"the publisher X", "the drug maker X", "the steamer X", "X, a media group", "X, the drug
company" (never "X, the company's founder"), "X Inc.", "X and Company", "X & Sons", "the
products of X", "X's factory", "X's shares"."""
_STORY_CHOICES = (
    r"novel film movie play game video\s+game book story series show opera comic episode"
    r" musical sitcom novella saga trilogy"
)
_STORY_WORDS = rf"(?:{'|'.join(_STORY_CHOICES.split())})s?"
_BOOK_WORDS = "novel book story novella tale saga poem"
"""Works whose people are all of the story: a film's or a play's may be its actors."""
_AUTHORS_STEMS = (
    r"(?:argu|writ|wrote|describ|claim|say|said|stat|suggest|propos|not|explain|discuss"
    r"|present|show|depict|portray|recount|tell|told|narrat|dedicat|us|includ)"
)
"""What an author does in their own book, in any tense ("In the novel, Orm describes ...")."""
_SET_IN_A_STORY = LazyPattern(rf"\b(?:[Ii]n|[Tt]hroughout)\s+(?:the|this)\s+{_STORY_WORDS}\b")
_AUTHORS_VERBS = word_set(
    "argue write describe claim say state suggest propose note explain discuss present show"
    " depict portray recount tell narrate dedicate play star appear direct voice produce"
)
"""What an author does in their own book ("In this book, Orm argues ...") or an actor in a
film ("In the film, Orm plays a lawyer"): no story's deed."""
_STORY_ROLES = "character protagonist antagonist"
_CHARACTER_PATTERNS = (
    _Cued(
        _STORY_ROLES,
        lambda roles: rf"\b{roles}s?,?\s+(?:named\s+|called\s+)?{_PROPER}",
    ),
    _Cued(
        _STORY_ROLES,
        lambda roles: rf"{_PROPER},?\s+(?:is\s+|was\s+)?(?:a|an|the)\s+{_DESCRIBING}{roles}\b",
    ),
    _Cued(
        "fictional",
        lambda fictional: (
            rf"\b{fictional}\s+(?:(?!(?:of|about|on|in|by|with)\b)[a-z-]+\s+){{0,2}}{_PROPER}"
        ),
    ),
    _Cued("role", lambda role: rf"\b{role}\s+of\s+{_PROPER}"),
    _Cued(
        "part",
        lambda part: (
            rf"\b(?:play(?:s|ed|ing)?|took|takes|won|landed)\s+the\s+{part}\s+of\s+{_PROPER}"
        ),
    ),
    _Cued("played portrayed voiced", lambda verbs: rf"{_PROPER}\s+(?:is|was)\s+{verbs}\s+by\b"),
    _Cued(
        "cast starred starring appeared appears stars",
        lambda verbs: rf"\b{verbs}\s+as\s+{_PROPER}",
    ),
    _Cued("voiced", lambda voiced: rf"\b{voiced}\s+{_PROPER}"),
    _Cued("narrator", lambda narrator: rf"\b[Tt]he\s+{narrator},?\s+{_PROPER}"),
    _Cued(
        "narrator",
        lambda narrator: rf"{_PROPER},\s+(?:is\s+|was\s+)?the\s+(?:[a-z-]+\s+)?{narrator}\b",
    ),
    _Cued("portray portrays portrayed portraying", lambda verbs: rf"\b{verbs}\s+{_PROPER}"),
    _Cued(
        _STORY_CHOICES,
        lambda works: (
            rf"{_PROPER},\s+(?:a|an|the)\s+{_DESCRIBING}[a-z-]+\s+in\s+the\s+{works}s?[,.;)]"
        ),
    ),
    _Cued(
        _BOOK_WORDS,
        lambda books: (
            rf"^(?:[Ii]n|[Tt]hroughout)\s+the\s+{books},?\s+{_PROPER}\s+(?!{_AUTHORS_STEMS})[a-z]+"
        ),
    ),
)
"""Who a document calls someone in a story: "the character X", "X, the protagonist", "the
fictional detective X", "the role of X", "X was played by", "was cast as X", "voiced X",
"the narrator, X", "portrays X", "X, a child in the story,", "In the novel, X lost ..." (a
hero may be real; a narrator "narrated by" is crew): never "the fictional treatments of
X" nor "the southern part of X", a place."""
_CREW_ROLE_WORDS = (
    "author director co-director actor actress novelist screenwriter writer producer"
    " composer filmmaker cinematographer critic reviewer"
)
_CREW_PATTERNS = (
    _Cued(
        "directed written co-written produced co-produced scripted composed scored edited"
        " starring played portrayed voiced created adapted narrated",
        lambda verbs: rf"\b{verbs}\s+by\s+{_PROPER}",
    ),
    _Cued(
        "directed wrote co-wrote produced starred co-starred signed reprised reprises portrays"
        " portrayed portray",
        lambda verbs: (
            rf"{_PROPER},?\s+(?:(?:has|had|have|will|would)\s+)?(?:(?:also|again|later|then|once)"
            rf"\s+)?(?:{verbs}|was\s+cast|has\s+been\s+cast|were\s+cast|is\s+cast)\b"
        ),
        cues="cast",
    ),
    _Cued(
        "starring cast casting signed hired",
        lambda verbs: rf"\b{verbs}\s+(?!as\b){_PROPER}",
    ),
    _Cued(_CREW_ROLE_WORDS, lambda roles: rf"\b{roles}s?,?\s+{_PROPER}"),
    _Cued(
        _CREW_ROLE_WORDS,
        lambda roles: rf"{_PROPER},\s+(?:(?:a|an|the|its|his|her|their)\s+)?{_DESCRIBING}{roles}\b",
    ),
)
"""Who a document names with a part in making a work ("directed by X", "X wrote", "X has
signed on", "starring X", "the director X", "X, the author of"): a real person, never one of
the work's characters, whatever tense the document tells of them in."""
_ACTING_NOW = LazyPattern(rf"{_PROPER}\s+(?P<verb>[a-z]+)\b")
_PLOT_OPENING = LazyPattern(
    rf"^(?:The|Her|His|Its|Their|This)\s+(?:(?:[a-z-]+\s+)?{_STORY_WORDS}|plot(?:\s+of)?)"
    r"(?:,?\s+[A-Z][\w’'-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w’'-]*)*,?)?"
    r"\s+(?:follows|centres\s+on|centers\s+on|focuses\s+on|sees|concerns|opens|ends|begins"
    r"|tells\s+the\s+story\s+of|is\s+about|revolves\s+around|recounts)\b"
)
"""A sentence telling a work's plot, its subject the work or its plot ("Her novel The Salt
Year follows the heroine ...", "The film ends when ...", "The plot of The Salt Year centres
on ...", "The novel tells the story of ...")."""
_FOLLOWED = LazyPattern(
    rf"^\s+(?:(?:the|its|a|an|her|his|their)\s+)?(?:[a-z-]+\s+){{0,2}}?{_PROPER}"
)
"""Whom a work "follows": the person its plot is about."""


def _names_matching(texts: Sequence[str], patterns: Sequence[_Cued]) -> frozenset[str]:
    """The names (cased down) the ``patterns`` find in ``texts``."""
    return frozenset(
        normalize(match["name"])
        for text in texts
        for cued in patterns
        if any(cue in text for cue in cued.cues)
        for match in cued.pattern.finditer(text)
    )


def _presently_acting(text: str) -> list[str]:
    """The names of a sentence that act in the present tense ("Vell solves a murder"), as a
    summary of a story tells it (a life is told in the past)."""
    return [
        normalize(match["name"])
        for match in _ACTING_NOW.finditer(text)
        if match["verb"] in ("is", "has")
        or (
            (verb := finite_verb(match["verb"])) is not None
            and verb[1] == "VBZ"
            and verb[0] not in _AUTHORS_VERBS
        )
    ]


def _plot_people(texts: Sequence[str]) -> tuple[set[str], set[str]]:
    """The people of the sentences telling a work's plot (``_PLOT_OPENING``): whom it
    follows, and who acts in the present tense there, unless the document also tells of
    them in the past tense ("The film follows Ann Lee", "Ann Lee was born in 1901"), as
    of a real person."""
    followed_people: set[str] = set()
    acting: set[str] = set()
    for text in texts:
        opening = _PLOT_OPENING.match(text)
        if opening is None:
            continue
        plot = text[opening.end() :]
        followed = _FOLLOWED.match(plot)
        if followed:
            followed_people.add(normalize(followed["name"]))
        acting.update(_presently_acting(plot))
    if not followed_people and not acting:
        return followed_people, acting  # no plot told: no need to read every sentence's verbs
    past = {
        normalize(match["name"])
        for text in texts
        for match in _ACTING_NOW.finditer(text)
        if (verb := finite_verb(match["verb"])) is not None and verb[1] == "VBD"
    }
    return followed_people - past, acting - past


_STORY_SUBJECT = LazyPattern(
    rf"^(?:(?:When|As|After|Once|While|Before|Until|Then|Later|Soon)\s+)?{_PROPER}\s+[a-z]+\b"
)
"""A sentence that opens on its subject, maybe after a word of time ("Vell is helped by ...",
"When Vell finds ...")."""


def _story_people(texts: Sequence[str]) -> frozenset[str]:
    """The people a document places in a story (``DocumentEvidence.is_character``): never
    one it names with a part in making a work (``_CREW_PATTERNS``), unless it calls them a
    character or the one a plot follows too."""
    followed, plot_acting = _plot_people(texts)
    called = _names_matching(texts, _CHARACTER_PATTERNS) | followed  # "follows the writer X"
    acting = plot_acting | {
        name for text in texts if _SET_IN_A_STORY.search(text) for name in _presently_acting(text)
    }
    if not called and not acting:
        return frozenset()  # no story told: no one to tell apart from a work's crew
    crew = _names_matching(texts, _CREW_PATTERNS)
    written_low = {word for text in texts for word in _LOWER_WORD.findall(text)}

    def someone(name: str) -> bool:
        """Whether ``name`` may be a person: never one of the crew, nor a sentence's opening
        word that the document writes in lower case or that is an adverb ("Further scenes
        are set in the film")."""
        if _among(name, crew):
            return False
        return " " in name or (name not in written_low and "ADV" not in lexicon.all_lemmas(name))

    found = {*called, *(name for name in acting if someone(name))}
    for text in texts:  # "Vell is assisted by his friend Tom Hardy": the friend is one too
        if _telling_of(text, frozenset(found)):  # "... to end Tom Hardy's curse": Tom Hardy
            named = (_POSSESSIVE.sub("", m["name"]) for m in re.finditer(_PROPER, text))
            found.update(name for name in map(normalize, named) if someone(name))
    return frozenset(found)


def _telling_of(text: str, characters: frozenset[str]) -> bool:
    """Whether ``text`` tells of a character's deed: its subject is one of ``characters``,
    acting in the present tense ("Vell is helped by ..."), as a story's summary tells it;
    never a sentence about a work that names a character on the way ("In directing the Vell
    films, Orm ...")."""
    opening = _STORY_SUBJECT.match(text)
    if opening is None:
        return False
    acting = _presently_acting(text[opening.start("name") :])
    return (
        bool(acting) and acting[0] == normalize(opening["name"]) and _among(acting[0], characters)
    )


def _among(name: str, names: frozenset[str]) -> bool:
    """Whether ``name`` is among ``names``, where one of the two may be a surname alone
    ("Vell" of "Edgar Vell")."""
    key = normalize(name)
    if not key:
        return False
    if key in names or key.split()[-1] in names:
        return True
    return " " not in key and any(other.endswith(f" {key}") for other in names)


_COMPASS_ADJECTIVES = (
    "(?:north|south)(?:-(?:east|west))?ern|eastern|western|central|(?:north|south)(?:east|west)ern"
)
_LAND_FEATURE = (
    r"(?:(?:[A-Z][\w’'-]*\s+)+(?:Mountains|Hills|Highlands|Valley|Plain|Plains|Desert|Peninsula)"
    r"|region\s+of\s+[A-Z][\w’'-]*)\b(?!\s+[A-Z])"
)
"""A land a place is named beside, as its like: a range, a valley, a region."""
_BRACKETED = LazyPattern(r"\s*\([^()]*\)")
_CENTURY_OR_YEAR = LazyPattern(
    r"\b(\d{1,2})(?:st|nd|rd|th)\b(?=[\w\s,–-]{0,40}?\bcentur)|(?<![\d.,])\b(1\d{3}|20\d{2})\b"
    + NO_YEAR_AFTER
)


PLACE_SORTS = {
    **dict.fromkeys(
        ("city", "town", "village", "port", "capital", "municipality", "suburb", "hamlet"),
        "settlement",
    ),
    **dict.fromkeys(
        (
            "state",
            "colony",
            "province",
            "region",
            "county",
            "district",
            "territory",
            "country",
            "kingdom",
            "canton",
            "duchy",
            "principality",
            "shire",
            "nation",
            "empire",
        ),
        "area",
    ),
    **dict.fromkeys(("borough", "neighbourhood", "neighborhood"), "quarter"),
    **dict.fromkeys(("river", "lake", "sea", "bay", "canal", "creek", "ocean"), "water"),
    **dict.fromkeys(("camp", "fort", "barracks", "outpost"), "site"),
    "island": "island",
}
"""Sorts of place, by group: a town is an option for a city, never for a state, nor for a
camp or a fort (a ``site``), nor for a part of a city (a ``quarter``)."""
_PLACE_SORT_WORDS = "|".join(sorted(PLACE_SORTS))
_SORTS_CALLED = frozenset(PLACE_SORTS) | word_set(
    "borough neighborhood neighbourhood quarter ward parish township commune peninsula"
    " mountain mountains range hill hills forest valley desert plateau glacier canyon volcano"
    " highlands street road avenue square palace castle cathedral church park bridge"
)
"""Sort nouns a document may call a name by ("the Bronx is a borough")."""
_JOINING = "|".join(sorted(lexicon.CONNECTORS | lexicon.PLACE_PARTICLES))
_LOCATIVE = (
    "(?i:"
    + "|".join(sorted(lexicon.LOCATIVE_WORDS - word_set("from to via founded left leaving")))
    + ")"
)
"""Words that put something somewhere or act on a place ("near X", "besieged X"); "from",
"to" and "founded" also take people and firms."""
_LOCATED_BEFORE = rf"\b{_LOCATIVE}\s+(?:the\s+)?"
_LOCATED = NameBeside(before=_LOCATED_BEFORE)
_PLACED_BEFORE = r"\b(?i:in|at|near)\s+(?:the\s+)?"
_PLACED = NameBeside(before=_PLACED_BEFORE)
_SORT_BEFORE = rf"\b({_PLACE_SORT_WORDS})\s+(?:of\s+)?"
_SORT_AFTER = rf",?\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}})?({_PLACE_SORT_WORDS})\b"
_SETTLEMENTS_AFTER = r"\s+(?:towns|villages|cities)\b"
"""Settlements named by the place they lie in: "the New England towns", "Tarland villages"
(the place holds them, so it is an area)."""
_SORTED = NameBeside(before=_SORT_BEFORE, after=f"{_SORT_AFTER}|{_SETTLEMENTS_AFTER}")
"""A sort of place said of a name: "the colony of X", "X, a small town", "X towns"."""
_COMPASS_BEFORE = rf"\b(?:{_COMPASS_ADJECTIVES})\s+"
_LAND_AFTER = rf",?\s+and\s+(?:in\s+)?the\s+{_LAND_FEATURE}"
_LAND_BEFORE = rf"\bthe\s+{_LAND_FEATURE},?\s+and\s+(?:in\s+)?"
_AREA = NameBeside(before=f"{_COMPASS_BEFORE}|{_LAND_BEFORE}", after=_LAND_AFTER)
"""A land's part or its like beside a name: "southern X", "X and the Vell Mountains"."""
_HOLDING_BEFORE = (
    rf"(?<![\w'-])(?<!’)([A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|{_JOINING}))*),?\s+in\s+(?:the\s+)?"
)
_HOLDING = NameBeside(before=_HOLDING_BEFORE)
"""A place put in a name: "Eastby, in X"."""
_DATED = LazyPattern(
    r"\b(\d{1,2})(?:st|nd|rd|th)\b(?=[\w\s,–-]{0,40}?\bcentur)"
    r"|(?<![\d.,])\b(1\d{3}|20\d{2})(?:s\b|\b(?![.,]\d))"
    r"|\b(?:[Ii]n|[Bb]y|[Ss]ince|[Uu]ntil|(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter)\s+of)"
    r"\s+(\d{3})\b(?![.,]?\d)"
)


_ELECTORAL = LazyPattern(
    r"\b(?:(?:re-)?elect(?:ed|ion|ions|s)?|seats?|votes?|voted|polls?|ballots?)\b", re.IGNORECASE
)
"""Words of an election, or of what an election gives ("won their first seats")."""


def _within_a_year(span: TimeSpan) -> bool:
    """Whether a time is a year, a month or a day, no decade."""
    return span[1] - span[0] < 366


_SINGLED_OUT = LazyPattern(r"\b(?:first|last|final|inaugural|only)\b", re.IGNORECASE)
_CYCLE_STEMS = {
    _stem(word)
    for word in word_set("every year years held occur occurs take takes place now fixed")
}
"""Words of any cycle ("held every four years"): none ties a statement to one cycle."""


_PEOPLE_ADJECTIVE = r"[A-Z][a-z]+(?:an|ine|ese|ic|ish|i)"
_SIDE_BEFORE = LazyPattern(
    rf"\b({_PEOPLE_ADJECTIVE})\s+((?:[a-z]+\s+){{1,2}})"
    r"(?:of\s+(?:the\s+)?[A-Z][\w’'-]*,?\s+)?$"
)
"""A people's adjective and a role right before a name: "the Byzantine general ", "the
Byzantine duke of Antioch, "."""
_GROUP = LazyPattern(rf"\b({_PEOPLE_ADJECTIVE})s?(?=\s+(?:[a-z]|of\b))")
"""A people a statement tells of: "Norman adventurers", "the Normans of Edessa"."""
REALM = LazyPattern(r"\s+of\s+([A-Z][\w’'-]+)")
"""The realm or land after a person's name: "(King Malcolm III) of Scotland"."""
SIDE_STEM = 4
"""Letters a people's adjective shares with its land: "Norman"/"Normandy", "Scottish"/"Scotland"."""


def same_side(first: str, second: str) -> bool:
    """Whether two sides (``DocumentEvidence.side``) name one people or its land."""
    return first[:SIDE_STEM] == second[:SIDE_STEM]


NEAR_SURNAME = 0.7
"""The least similarity of two spellings of one surname ("Comnenus", "Komnenos")."""


def group_of(statement: str, answer: str) -> str | None:
    """The one people a statement tells of besides its answer ("Norman adventurers founded
    the kingdom under {answer}": "norman"), or None for none or several."""
    groups = {match.casefold() for match in _GROUP.findall(statement.replace(answer, " "))}
    return groups.pop() if len(groups) == 1 else None


def first_years_of(text: str) -> list[int]:
    """The first years of the times a sentence dates (``_years_of``): "the 11th century" is
    1001; never a year that ends a name ("the Orm Fair 1921"): it dates the name, not when
    the story tells of it."""
    return _years_of(text, first=True)


_NAME_BEFORE = LazyPattern(r"(?<![\w’'-])([A-Z][\w’'-]*)\s+$")
"""A capitalised word right before a place in a sentence, with nothing between but a space:
a name's ("Expo 1967", "New Orm"), a month's or an opening word's ("In 1921")."""
NAME_BEFORE_REACH = 60
"""The characters before a place looked at for the word right before it: a sentence is
never searched from its start for each place, and no word is longer."""


def capitalised_word_before(text: str, at: int) -> re.Match[str] | None:
    """The capitalised word right before ``at`` in ``text`` (``_NAME_BEFORE``, its group 1),
    or None."""
    return _NAME_BEFORE.search(text, max(0, at - NAME_BEFORE_REACH), at)


def early_years_of(text: str) -> list[int]:
    """The years of three digits a sentence dates ("in 911", "the autumn of 744"), which a
    time read from text has only as four ("in 1911"): a bare number of three is a year only
    after such a word."""
    return [int(early) for *_, early in _DATED.findall(text) if early]


def _years_of(text: str, *, first: bool = False) -> list[int]:
    """The years a sentence dates: "1066", "the 1060s", "in 911", "the 11th century" (its
    middle, or with ``first`` its first year and no year that ends a name)."""
    years = []
    for match in _DATED.finditer(text):
        century, year, early = match.groups()
        if century:
            years.append(int(century) * 100 - (99 if first else 50))
        elif not (first and year and _ends_a_name(text, match.start())):
            years.append(int(year or early))
    return years


def _ends_a_name(text: str, at: int) -> bool:
    """Whether a capitalised word other than a function word or a month stands right before
    ``at``: "Expo 1967", not "In 1921" or "May 1921"."""
    before = capitalised_word_before(text, at)
    if before is None:
        return False
    word = before.group(1)
    return word.casefold() not in lexicon.FUNCTION_WORDS and word not in MONTHS


@lru_cache(maxsize=65536)
def _common_stems(text: str, leave_out: str) -> frozenset[str]:
    """The stems of a text's common content words (lower case, or first in the sentence:
    "Barges"), without ``leave_out``'s: read once a sentence and name, as every option's
    name is compared with the sentences that name it."""
    words = _WORD.findall(text)
    return frozenset(
        {
            _stem(w)
            for index, w in enumerate(words)
            if (index == 0 or w[:1].islower()) and w.casefold() not in _STOP and len(w) > 3
        }
        - {_stem(w) for w in _WORD.findall(leave_out)}
    )


_SORTS = lexicon.ORGANISATION_WORDS | lexicon.PLACE_WORDS | lexicon.EVENT_WORDS
_TITLES = {word.casefold() for word in lexicon.PERSON_TITLES}


_BODY_HEADS = lexicon.ORGANISATION_WORDS | {"Church"}
"""Last words that make a name a body's ("Orm Church", "Kell Museum"): a country's word before
it qualifies the one body, as it does an organisation's name, never another place's."""


def _country_word(words: Sequence[str], places: Set[str]) -> bool:
    """Whether words name a country or a place of the document, or are its adjective
    ("Chilean", "United States", "Tarland"): a qualifier that may be dropped."""
    phrase = " ".join(words)
    if phrase in lexicon.COUNTRIES or normalize(phrase) in places:
        return True
    if phrase in ("United States", "US", "U.S.", "UK", "U.K.", "Britain", "British"):
        return True
    key = normalize(phrase)
    adjective = _ADJECTIVE_END.search(phrase) is not None
    return len(words) == 1 and (
        phrase in _LAND_DEMONYMS
        or (adjective and any(phrase.startswith(c[:-1]) for c in lexicon.COUNTRIES if len(c) > 3))
        or (adjective and any(key.startswith(place) for place in places if len(place) > 3))
    )


_ADJECTIVE_END = LazyPattern(r"(?:an|ese|ic|ish|i)$")
"""How an adjective of a country or a place ends: "Chilean", "Tarlandic"."""
_CREED_WORDS = word_set(
    "Communist Socialist Nazi Fascist Allied Axis Islamic Christian Catholic Protestant Muslim"
    " Jewish Hindu Buddhist"
)
"""Words of a creed or a side, no land's: the body without them is another ("Party of
Orvia" is no name of the "Communist Party of Orvia")."""
_NAME_TAILS = lexicon.COMPANY_SUFFIXES | word_set("Party Group")
"""Words a full name may add after its short form ("Green" of "Tarlandic Green Party")."""


_CORPORATE_WORDS = lexicon.COMPANY_SUFFIXES | word_set(
    "Systems Group Holdings Corporation Company Industries Enterprises Incorporated"
)
"""The corporate word after a firm's name, which people leave out ("Orsby" of "Orsby Systems")."""
_TERRITORY = LazyPattern(
    r"(?P<head>island|isle|Island|Isle|Kingdom|Empire|Duchy|County|Principality|Emirate|"
    r"Sultanate|Caliphate|Khanate)\s+of\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
)
"""A territory named as a realm or an island of a place: the place's name alone names it
(never a republic: "Republic of China" is not "China")."""
_STATE_FORMS = word_set(
    "Republic Kingdom Empire Federation Confederation Confederacy Commonwealth Union Emirate"
    " Emirates Sultanate Principality Duchy Caliphate Khanate Dominion Protectorate"
)
"""Words for a form of state: "Democratic Republic" of "Democratic Republic of Tarland" says
how a state is governed, and only the place after "of" makes it a name."""


def _names_word(prompt: str, name: str) -> bool:
    """Whether the question shows ``name`` (then typing it gives nothing away to know)."""
    return whole_name(name).search(prompt) is not None


_COMPASS_WORDS = word_set(
    "North South East West Northern Southern Eastern Western Central Upper Lower New Old Great"
)
_LAND_DEMONYMS = lexicon.IRREGULAR_DEMONYMS - _COMPASS_WORDS - _CREED_WORDS
"""The irregular adjectives that say a land's ("Chilean", "Dutch"), no compass point's or
creed's: taken apart once, not on every call of ``_country_word``."""


def _contains(words: Sequence[str], part: Sequence[str]) -> int | None:
    """Where ``part`` starts as a run of whole words in ``words``, or None."""
    size = len(part)
    return next(
        (i for i in range(len(words) - size + 1) if list(words[i : i + size]) == list(part)),
        None,
    )


class NameIndex:
    """A document's names by comparison key and by word, and the keys of its places."""

    def __init__(self, names: Sequence[tuple[str, str]]):
        self.names = {normalize(value): value for _, value in names}
        self.places = place_keys(names)
        self.people = {normalize(value) for kind, value in names if kind == "person"}
        self._by_word: dict[str, list[str]] = defaultdict(list)
        for key in self.names:
            for word in dict.fromkeys(key.split()):
                self._by_word[word].append(key)

    def holding(self, key: str) -> list[str]:
        """The keys of the names that hold the words of ``key`` in a row."""
        part = key.split()
        if not part:
            return []
        return [k for k in self._by_word.get(part[0], []) if _contains(k.split(), part) is not None]


def other_forms(
    answer: str,
    kind: str,
    prompt: str,
    index: NameIndex,
    texts: Callable[[str], Sequence[str]],
    lower: set[str],
) -> list[str]:
    """Other forms of a name that the document gives for the same thing, each unambiguous in
    the document (no other of its names would match it):

    - the full name a short form stands for, and its acronym ("Green" → "Tarlandic Green
      Party", "TGP"), where the full name only adds a country's qualifier or a sort word;
    - the name without a leading or trailing country or place qualifier ("Chilean Mining
      Board" → "Mining Board", "Liberal Party of Chile" → "Liberal Party");
    - for a place joined to its river or neighbour by a particle, the short form the document
      also uses ("Hoorn bij Velde" → "Hoorn");
    - for a person, the title and the place an apposition gives ("Mara Holm, the Bishop of
      Vell" → "Bishop Mara Holm", "Mara Holm of Vell"), and the surname no other name of the document has,
      whatever kind the name was filed under (a "Who" question asks for a person).
    """
    bare = re.sub(r"^[Tt]he\s+", "", answer)
    forms: list[str] = []
    territory = _TERRITORY.fullmatch(bare)
    if territory and not _names_word(prompt, territory["name"]):
        forms.append(territory["name"])  # "Vell" for "the island of Vell", "Kingdom of Vell"
    words = bare.split()
    joining = lexicon.PLACE_PARTICLES | {"of", "and", "the"}
    if not words or not all(w[:1].isupper() or w in joining for w in words):
        return _unambiguous(forms, bare, index)  # "island of Vell": no name of other forms
    own = normalize(bare)
    places = index.places
    firm = words[:-1]
    if (
        kind in ("organisation", "other")
        and len(words) >= 2
        and words[-1] in _CORPORATE_WORDS
        and all(w[:1].isupper() for w in firm)
        and " ".join(firm).casefold() not in lower
        and normalize(" ".join(firm)) not in index.names  # "Dunby Group" of the town Dunby
        and not _names_word(prompt, " ".join(firm))
    ):
        forms.append(" ".join(firm))  # "Orsby" for "Orsby Systems"
    longer = []  # a longer name this one is a short form of: only a qualifier or a sort added
    tails = []
    for value in (index.names[key] for key in index.holding(own) if key != own):
        value_words = value.split()
        at = _contains(value_words, words)
        if at is None or len(value_words) == len(words):
            continue
        lead, tail = value_words[:at], value_words[at + len(words) :]
        adjectives = all(w in lexicon.COUNTRY_DEMONYMS and w not in _COMPASS_WORDS for w in lead)
        if lead and words[0] in lexicon.COUNTRY_DEMONYMS and not adjectives:
            # "Vessa European Council": a meeting of the "European Council" at Vessa, "Western
            # European Union" another union; but "Roman Catholic Church" gives "Catholic
            # Church" a fuller adjective, one body
            continue
        if (not lead or _country_word(lead, places)) and (
            not tail or (len(tail) == 1 and tail[0] in _NAME_TAILS)
        ):
            longer.append(value)
            tails += tail
    # "Tarlandic Orm Church" of "Orm Church": a body's word ends it, whatever kind it was filed
    body = words[-1] in _BODY_HEADS
    full_name = kind == "organisation" or (kind == "other" and (bool(tails) or body))
    if len(longer) == 1 and full_name:  # never "Norman Italy" for "Italy"
        forms.append(longer[0])
        forms += _acronyms(longer[0], texts(longer[0]))
    for qualifier, rest in _qualified(words):
        if not _country_word(qualifier, places) or all(w in _SORTS for w in rest):
            continue
        if rest[-1] in _STATE_FORMS and " ".join(rest) not in lexicon.COUNTRIES:
            continue  # "Democratic Republic" of "Democratic Republic of Tarland": no name
        plain, named = " ".join(rest), " ".join(qualifier)
        country = normalize(named) not in places or named in lexicon.COUNTRIES
        if country or _used_alone(plain, named, texts(plain)):  # "Yacht Club" alone is no name
            forms.append(plain)
            if rest[-1] == "Party" and len(rest) >= 2:
                forms.append(" ".join(rest[:-1]))  # "Green" for "Green Party"
    joined = kind == "place" and len(words) >= 3 and words[1] in lexicon.PLACE_PARTICLES
    if joined and normalize(words[0]) in index.names:  # the document also names it in short
        forms.append(words[0])  # "Hoorn" for "Hoorn bij Velde"
    person = kind == "person" or (kind == "other" and asks_who(prompt))
    if person:
        forms += _appositions(bare, texts(bare))
        last = words[-1]
        if (
            len(words) in (2, 3)
            and (kind == "person" or _with_role(bare, texts(bare)))  # filed as "other": a premier?
            and words[0] not in _COMPASS_WORDS  # "West Francia"
            and len(last) > 2
            and all(w.isalpha() and w[:1].isupper() for w in words)  # no "of", no "the"
            and not re.fullmatch(r"[IVX]+", last)
            and last not in _SORTS | lexicon.IRREGULAR_DEMONYMS
            and last not in lexicon.COUNTRIES
            and last.casefold() not in lower  # "Media", "Land": a word, no surname
        ):
            forms.append(last)
        if (
            len(words) == 2
            and kind == "person"
            and not given_name_first(words)
            and written_alone(words[0], bare, texts(words[0]))
            and not _another_bearer(words[0], bare, texts(words[0]))
        ):
            forms.append(words[0])  # "Zhu" for "Zhu Yuanlong" where the document says "Zhu"
    if person:
        forms += _bynames(bare, list(index.names.values()), texts)
        # "Ivo Brand of Orm" ends in the town he came from, no surname: never "Orm" the person
        full = [
            k
            for k in index.holding(own)
            if k in index.people
            and k != own
            and k.split()[-1] == own
            and k.split()[-2:-1] not in (["of"], ["from"])
        ]
        if len(words) == 1 and len(full) == 1:
            forms.append(index.names[full[0]])  # "Mara Holm" for "Holm": the one Holm named
        ruler = _RULER.fullmatch(bare)
        if ruler:
            forms += _unnumbered(bare, ruler["first"], forms, texts(ruler["first"]))
    if _SYMBOL.fullmatch(bare):
        forms += _sorts_before(bare, texts(bare))
    return _unambiguous(forms, bare, index)


_PINYIN_SYLLABLE = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|iao|ian|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua"
    r"|uo|ui|ue|er|a|o|e|i|u)"
)
_PINYIN_WORD = re.compile(rf"(?:{_PINYIN_SYLLABLE}){{1,3}}", re.IGNORECASE)
"""A word spelled in Chinese syllables ("Zhu", "Yuanlong", "Sihui")."""


def given_name_first(words: Sequence[str]) -> bool:
    """Whether a person's name plainly puts the given name first ("Marco Tellini"): it opens
    with a known given name, or with no known family name before a last word that is no
    known given name ("Barack Obama"), and it is no Chinese name in syllables, which puts
    the family name first ("Li Wenbo", "Zhu Yuanlong"): there the last word is a given
    name, no surname. Syllables alone do not make a name Chinese where it opens with a given
    name that is no family name ("Diane Chen", "Anna Liu")."""
    given = lexicon.given_names()
    opens_with_a_given_name = words[0] in given and not lexicon.family_name(words[0])
    if not opens_with_a_given_name and all(_PINYIN_WORD.fullmatch(word) for word in words):
        return False
    return words[0] in given or (not lexicon.family_name(words[0]) and words[-1] not in given)


def written_alone(part: str, whole: str, texts: Sequence[str]) -> bool:
    """Whether one of ``texts`` writes ``part`` of a name on its own, outside ``whole``
    ("Zhu brought silk" beside "Zhu Yuanlong"): the document calls the person so."""
    pattern = whole_name(part)
    return any(pattern.search(text.replace(whole, " ")) for text in texts)


def _another_bearer(family: str, name: str, texts: Sequence[str]) -> bool:
    """Whether one of ``texts`` names another person of the family: the family name before
    a capitalised word other than in ``name`` ("Li Tan" beside "Li Meng")."""
    pattern = re.compile(rf"(?<![\w’'-]){re.escape(family)}\s+[A-Z]")
    return any(pattern.search(text.replace(name, " ")) for text in texts)


def _unambiguous(forms: Sequence[str], name: str, index: NameIndex) -> list[str]:
    """The forms no other name of the document holds in a row (each names only ``name``)."""
    accepted = {normalize(f) for f in forms} | {normalize(name)}

    def unambiguous(form: str) -> bool:
        part = normalize(form).split()
        return bool(part) and not any(key not in accepted for key in index.holding(" ".join(part)))

    return [f for f in dict.fromkeys(forms) if normalize(f) != normalize(name) and unambiguous(f)]


_BYNAME = LazyPattern(r"(?P<first>[A-Z][\w’'-]+) the (?P<byname>[A-Z][\w’'-]+)")
_RULER = LazyPattern(r"(?P<first>[A-Z][\w’'-]+) [IVX]+")
_YEAR_FIGURE = LazyPattern(r"(?<![\d,.])\d{3,4}(?![\d]|[,.]\d)")


def _bynames(name: str, names: Sequence[str], texts: Callable[[str], Sequence[str]]) -> list[str]:
    """A ruler's byname for the ruler's number ("Olaf the Stout" for "Olaf II") where the
    document gives that first name no other number and dates a deed of the ruler and of no
    other byname of that first name to a year of the byname's: one man, named two ways."""
    ruler = _RULER.fullmatch(name)
    if ruler is None:
        return []
    first = ruler["first"]
    bynamed = [v for v in names if (m := _BYNAME.fullmatch(v)) and m["first"] == first]
    numbered = [
        v for v in names if v != name and (m := _RULER.fullmatch(v)) and m["first"] == first
    ]
    if numbered:
        return []

    def years(value: str) -> set[str]:
        return {
            year for text in texts(value) if value in text for year in _YEAR_FIGURE.findall(text)
        }

    dated = [byname for byname in bynamed if years(name) & years(byname)]
    return dated if len(dated) == 1 else []


def _unnumbered(name: str, first: str, forms: Sequence[str], texts: Sequence[str]) -> list[str]:
    """A ruler named by the seat without the number ("Olaf of Norland" for "Olaf II", which
    the document writes "Olaf II of Norland") where the document numbers no other ruler of
    that first name and seat: the seat alone tells the man."""
    unnumbered = []
    for form in forms:
        seat = re.fullmatch(rf"{re.escape(name)} of (?P<seat>[A-Z][\w’'-]+)", form)
        if seat is None:
            continue
        numbered = re.compile(rf"\b{re.escape(first)} ([IVX]+) of {re.escape(seat['seat'])}\b")
        numbers = {match.group(1) for text in texts for match in numbered.finditer(text)}
        if numbers <= {name.split()[-1]}:
            unnumbered.append(f"{first} of {seat['seat']}")
    return unnumbered


_SYMBOL = LazyPattern(r"(?:[a-z]{1,4}-)?[A-Z][A-Z0-9]{0,7}")
"""A name written as a symbol ("P", "NP", "co-NP", "PSPACE"): capitals, no word."""


def _sorts_before(symbol: str, texts: Sequence[str]) -> list[str]:
    """The symbol with the sort noun the document writes before it as a term of its own
    ("class P" of "the complexity class P"): a learner may name the sort with it. Never the
    noun the document puts after an article ("the gene KLM44", "the problem P"): a common
    noun beside the name, no part of it, nor a verb glued to it ("the graduate receives MD":
    "receives" says what the graduate does)."""
    pattern = re.compile(
        rf"\b[Tt]he\s+(?:[a-z]+\s+)?(?P<sort>[a-z]{{3,}})\s+{re.escape(symbol)}(?![\w'-])(?!’)"
    )
    forms = [
        f"{m['sort']} {symbol}"
        for text in texts
        for m in pattern.finditer(text)
        if finite_verb(m["sort"]) is None
    ]
    return [form for form in dict.fromkeys(forms) if written_without_article(texts, form)]


def written_without_article(texts: Sequence[str], form: str) -> bool:
    """Whether one of ``texts`` writes ``form`` with no article or possessive right before
    it ("lived at rue Vavin", "the complexity class P"), so that it reads as a name, not as
    a common noun beside one ("the company Orrvik AB", "the Kell lakes")."""
    for text in texts:
        for match in whole_name(form).finditer(text):
            # only the word right before the form: splitting the whole prefix for every
            # match read a long sentence once per mention
            before = text[: match.start()].rsplit(maxsplit=1)
            if not before or before[-1].casefold() not in lexicon.DETERMINERS:
                return True
    return False


def _qualified(words: Sequence[str]) -> list[tuple[list[str], list[str]]]:
    """(qualifier, rest) splits of a name: one or two leading words ("United States" +
    "Mining Board"), or a trailing "of" place ("Liberal Party" + "of Chile"). Never at a
    comma: "Brill, Orrin County" is a town and the county it lies in, and the county alone
    names another place."""
    splits = [
        (list(words[:cut]), list(words[cut:]))
        for cut in (1, 2)
        if len(words) - cut >= 2
        and words[cut] not in ("of", "and")
        and not any(word.endswith(",") for word in words[:cut])
    ]
    if "of" in words[2:-1]:
        at = words.index("of", 2)
        splits.append((list(words[at + 1 :]), list(words[:at])))
    return splits


def _used_alone(form: str, qualifier: str, texts: Sequence[str]) -> bool:
    """Whether the document writes ``form`` without the qualifier before or after it."""
    pattern = re.compile(
        rf"(?<!{re.escape(qualifier)} )(?<![\w'-])(?<!’){re.escape(form)}(?![\w'-])(?!’)(?! of )"
    )
    return any(pattern.search(text) for text in texts)


ROLE_REACH = 4
"""Words between a name and the role that makes it a person's ("the Premier of Tarland is X")."""
_ROLES = {word.casefold() for word in lexicon.ROLE_NOUNS}


def _with_role(name: str, texts: Sequence[str]) -> bool:
    """Whether the document writes a person's role within a few words of the name ("X, the
    current Premier", "the Premier of Tarland is X"): a name of no known kind is a person's."""
    pattern = whole_name(name)
    for text in texts:
        for match in pattern.finditer(text):
            near = [
                *_WORD.findall(text[: match.start()])[-ROLE_REACH:],
                *_WORD.findall(text[match.end() :])[:ROLE_REACH],
            ]
            if any(word.casefold() in _ROLES for word in near):
                return True
    return False


def _acronyms(name: str, texts: Sequence[str]) -> list[str]:
    """The acronyms the document gives a name: "Tarlandic Green Party (TGP)" → "TGP"."""
    pattern = re.compile(rf"(?<![\w'-])(?<!’){re.escape(name)}\s+\(([A-Z][A-Z0-9&.]{{1,9}})[);,]")
    return list(dict.fromkeys(m.group(1) for text in texts for m in pattern.finditer(text)))


def _appositions(name: str, texts: Sequence[str]) -> list[str]:
    """A person's title and seat from an apposition ("Mara Holm, the Bishop of Vell" →
    "Bishop Mara Holm", "Mara Holm of Vell"), a title the document writes before the name
    ("King X"), and a seat it writes after it ("Olaf II of Norland")."""
    escaped = re.escape(name)
    after = named_pattern(
        NAME_OPENS,
        name,
        r",\s+(?P<article>the\s+|an?\s+)?(?:[a-z]+\s+)?([A-Z][a-z]+|[a-z]+)"
        r"(?:\s+of\s+([A-Z][\w’'-]+))?",
    )
    before = re.compile(
        rf"(?<![\w'-])(?<!’)([A-Z][a-z]+(?:-[A-Z][a-z]+)*)\s+{escaped}(?![\w'-])(?!’)"
    )
    seat_after = named_pattern(NAME_OPENS, name, r"\s+of\s+([A-Z][\w’'-]+)(?![\w’'-]|\s+[A-Z])")
    forms: list[str] = []
    for text in texts:
        # "King David I of Scotland": the name the span left its seat out of
        forms += [f"{name} of {match.group(1)}" for match in seat_after.finditer(text)]
        for match in after.finditer(text):
            title, seat = match.group(2), match.group(3)
            if title.casefold() not in _TITLES or name.startswith(title):
                continue
            if title.islower() and (match["article"] or "").startswith("a"):
                continue  # "Ned Holm, an engineer from Brill": a trade, no title of his name
            forms.append(f"{title.capitalize()} {name}")
            if seat:
                forms.append(f"{name} of {seat}")
        for match in before.finditer(text):
            if lexicon.title_word(match.group(1)) and not name.startswith(match.group(1)):
                forms.append(f"{match.group(1)} {name}")
    return forms
