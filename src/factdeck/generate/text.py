"""Small text helpers shared by the pipeline: normalising, hashing, spelling variants, slugs."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable, Collection, Iterable, Sequence, Set
from functools import cached_property, lru_cache
from typing import TypeVar, cast

from factdeck.generate.patterns import LazyPattern, NamedPattern, named_pattern
from factdeck.normalise import normalise

_SPACES = LazyPattern(r"\s+")

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
MONTH_NUMBER = {name: index + 1 for index, name in enumerate(MONTHS)}
MONTH_NUMBER.update({name[:3]: index + 1 for index, name in enumerate(MONTHS)})
MONTH_NUMBER["Sept"] = 9

ORDINAL_WORDS = (
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
    "twenty-first",
)
"""The ordinals in words, in order: ``ORDINAL_WORDS[n - 1]`` is the n-th."""


def ordinal_figure(number: int) -> str:
    """A number as an ordinal in figures: 1 → "1st", 12 → "12th", 23 → "23rd"."""
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10)
    return f"{number}{suffix or 'th'}"


NUMBER_WORDS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "thousand": 1000,
}
_UNITS = {value: word for word, value in NUMBER_WORDS.items() if value < 20}
_TENS = {value: word for word, value in NUMBER_WORDS.items() if 20 <= value < 100}


def number_word(value: int) -> str | None:
    """``24`` → ``"twenty-four"`` for 2-99; None outside that range."""
    if value in _UNITS:
        return _UNITS[value]
    tens, units = divmod(value, 10)
    if 2 <= tens <= 9:
        word = _TENS[tens * 10]
        return word if units == 0 else f"{word}-{_UNITS[units]}" if units >= 2 else None
    return None


DISAMBIGUATOR = LazyPattern(r"\s*\((?P<words>[^()]*)\)\s*$")
"""A title's bracketed tail that tells it from others of the same name ("Georgia
(country)", "Spectre (2015 film)")."""
PLACE_AFTER_COMMA = LazyPattern(r",\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*$")
"""A title's tail naming the larger place a place lies in ("Lund, Varland"): a document on
it mostly calls the place by its own name."""
WRITTEN_YEAR = LazyPattern(r"(?<![\d.,$£€-])\b(1[0-9]{3}|20[0-9]{2})\b")
"""A year written as four figures, not inside a longer number, a sum or a range's tail."""
_TITLE_BRACKET = LazyPattern(r"\s*\([^)]*\)\s*$")


@lru_cache(maxsize=256)
def _quoted_title(name: str) -> re.Pattern[str]:
    title = rf"(?:The\s+)?{re.escape(name.removeprefix('The ').strip())}"
    return re.compile(rf'^(?:"{title}"|“{title}”)')


def quoted_title(name: str, texts: Iterable[str]) -> str | None:
    """The title ``name`` in the quotes the first of ``texts`` to do so opens with around
    it, with its "The" or without ('"Stay Awhile" is a song ...', '"The Long Night" is an
    episode ...'): a song's, a poem's or an episode's title, which a question names so
    ('In "The Long Night", who ...?'). None where no text opens so."""
    pattern = _quoted_title(name)
    return next((found.group(0) for text in texts if (found := pattern.match(text))), None)


def without_title_bracket(title: str) -> str:
    """The title without a bracketed tail at its end ("Spectre (2015 film)" → "Spectre")."""
    return _TITLE_BRACKET.sub("", title).strip()


def word_set(text: str) -> frozenset[str]:
    """The whitespace-separated words of a word list written as one string."""
    return frozenset(text.split())


def strip_accents(text: str) -> str:
    """``"Raúl Díaz"`` → ``"Raul Diaz"``; letters without an ASCII base are kept."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


normalize = normalise
"""The generator's name for :func:`factdeck.normalise.normalise`, the one normaliser it shares
with the grader."""


def collapse_spaces(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def stable_hash(*parts: str, length: int = 10) -> str:
    """A short hex digest of the parts: the same parts always give the same digest."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:length]


def stable_rank(*parts: str) -> int:
    """A deterministic pseudo-random integer for ordering choices (no RNG state involved)."""
    return int(stable_hash(*parts, length=12), 16)


_GIVEN_SYLLABLE = LazyPattern(r"[A-Z][a-z]{1,3}")
"""A syllable of a Korean given name written apart ("Ho Sung", "Min Un"), which is also
written joined ("Ho-sung"); "Ronald Tolvin" or "II MHC" are no such pair."""


def name_variants(name: str) -> list[str]:
    """Other spellings of a personal name that mean the same person.

    ``"Pak Ho Sung"`` → ``["Pak Ho-sung"]``; ``"Pak Min-un"`` → ``["Pak Min Un"]``;
    ``"Raúl Vendra"`` → ``["Raul Vendra"]``.
    """
    variants: list[str] = []
    tokens = name.split()
    if len(tokens) >= 3 and all(_GIVEN_SYLLABLE.fullmatch(t) for t in tokens[-2:]):
        variants.append(" ".join([*tokens[:-2], f"{tokens[-2]}-{tokens[-1].lower()}"]))
    hyphen = re.compile(r"(?<=\w)-(\w)")
    if tokens and hyphen.search(tokens[-1]) and len(tokens) >= 2:
        spaced = " ".join(
            [*tokens[:-1], hyphen.sub(lambda m: " " + m.group(1).upper(), tokens[-1])]
        )
        variants.append(spaced)
    ascii_name = strip_accents(name)
    for candidate in [name, *variants]:
        plain = strip_accents(candidate)
        if plain != candidate:
            variants.append(plain)
    if ascii_name != name and ascii_name not in variants:
        variants.append(ascii_name)
    return [v for v in dict.fromkeys(variants) if v != name]


def _full_word(word: str) -> bool:
    """A capitalised word of a name in full, in any alphabet ("José", "O'Neill")."""
    return (
        len(word) >= 2
        and word[0].isupper()
        and word[0].isalpha()
        and all(char.islower() or char in "’'-" for char in word[1:])
    )


def initialled_name(name: str) -> str | None:
    """ "J. R. Tolvin" for "John Ronald Tolvin"; None for a name not in full words."""
    words = name.split(" ")
    if len(words) < 2 or not all(_full_word(word) for word in words):
        return None
    *given, surname = words
    return " ".join([*(f"{word[0]}." for word in given), surname])


def same_initials(full: str, initialled: str) -> bool:
    """Whether ``initialled`` ("J. R. Tolvin", "J.R. Tolvin", "JR Tolvin") writes the
    name ``full`` ("John Ronald Tolvin") with its given names as initials."""
    short = initialled_name(full)
    return short is not None and initials_key(short) == initials_key(initialled)


_VOWELS = LazyPattern(r"[aeiouy]")


def respelled_alike(first: str, second: str) -> bool:
    """Whether two one-word names of six letters or more are one name spelled two ways: the
    same first and last letters and one letter added, dropped or changed between them
    ("Tamsyn", "Tamsin"; "Khuldai", "Kuldai"). A changed end makes another name ("Antonio",
    "Antonia")."""
    one, other = (strip_accents(name).casefold() for name in (first, second))
    if one == other or min(len(one), len(other)) < 6 or " " in one + other:
        return False
    if one[0] != other[0] or one[-1] != other[-1]:
        return False
    if len(one) == len(other):
        return sum(a != b for a, b in zip(one, other, strict=True)) == 1
    shorter, longer = sorted((one, other), key=len)
    return len(longer) == len(shorter) + 1 and any(
        longer[:at] + longer[at + 1 :] == shorter for at in range(1, len(longer) - 1)
    )


REGNAL_NUMBER = LazyPattern(r"(?=[IVX])X{0,2}(?:IX|IV|V?I{0,3})")
"""A ruler's number after the name ("II" of "Ottokar II"), up to XXIX."""


def transliterated_alike(first: str, second: str) -> bool:
    """Whether two names of two words are one person's written two ways: the same surname
    after given names of six letters or more that differ only in vowels inside them
    ("Mohammad Iqbal", "Muhammad Iqbal"). A vowel added or changed at the end makes
    another name, often another sex's ("Antonio", "Antonia"; "Justin", "Justine"). A
    shared ruler's number is no surname: "Mehmed II" and "Mahmud II" were two sultans."""
    one, other = first.split(), second.split()
    if len(one) != 2 or len(other) != 2 or one[1] != other[1] or one[0] == other[0]:
        return False
    if REGNAL_NUMBER.fullmatch(one[1]):
        return False
    given, spelled = (strip_accents(words[0]).casefold() for words in (one, other))
    return (
        len(given) == len(spelled) >= 6
        and given[0] == spelled[0]
        and given[-1] == spelled[-1]
        and _VOWELS.sub("", given) == _VOWELS.sub("", spelled)
    )


def initials_key(name: str) -> str:
    """A name without its spaces and stops, as the grader reads it ("JR Tolvin")."""
    return normalize(name).replace(" ", "")


HYPHENED_PREFIXES = word_set(
    "non co anti pre post multi semi sub inter counter micro macro mid neo pro proto pseudo"
    " ultra bi tri extra intra infra hyper super meta poly mono"
)
"""Prefixes written with or without a hyphen ("non-deterministic", "nondeterministic")."""
_PREFIXED = LazyPattern(
    rf"(?<![\w'-])(?<!’)(?P<prefix>{'|'.join(sorted(HYPHENED_PREFIXES, key=len, reverse=True))})"
    r"-(?=\w)",
    re.IGNORECASE,
)


def solid_forms(name: str) -> list[str]:
    """A name with its prefixes written solid, as a learner may type it: "nondeterministic
    Turing machine" for "non-deterministic Turing machine", "coNP" for "co-NP". The grader
    reads a hyphen as a space, so the solid word would be another word to it."""
    solid = _PREFIXED.sub(lambda match: match["prefix"], name)
    return [solid] if solid != name else []


class NameBeside:
    """A phrase of a fixed shape written right before a name ("the colony of X") or right
    after it ("X, a small town"), looked for with patterns compiled once for all names.

    A pattern of the name itself costs a compile for each of a long document's thousands of
    names; asked first, ``written_beside`` lets that pattern be compiled only for a name some
    sentence writes beside such a phrase. ``before`` must have no lookahead at its end (it is
    tried on the text up to the name alone), so it says "maybe" wherever the name's own
    pattern can match."""

    def __init__(self, *, before: str = "", after: str = ""):
        self._before = LazyPattern(rf"(?:{before})\Z") if before else None
        self._after = LazyPattern(after) if after else None

    def written_beside(self, text: str, name: str) -> bool:
        """Whether ``text`` writes ``name`` right after a ``before`` phrase or right before an
        ``after`` one."""
        return any(
            (self._before is not None and self._before.search(text, 0, start))
            or (self._after is not None and self._after.match(text, start + len(name)))
            for start in occurrences(text, name)
        )

    def written_whole_after(self, text: str, name: str) -> bool:
        r"""Whether ``text`` writes ``name`` right after a ``before`` phrase and not as the
        start of a longer word: what ``before + name + (?![\w'-])(?!’)`` finds, with no
        pattern compiled for the name."""
        return self._before is not None and any(
            self._before.search(text, 0, start) and not word_goes_on(text, start + len(name))
            for start in occurrences(text, name)
        )


def word_goes_on(text: str, at: int) -> bool:
    """Whether a word goes on at ``at``: a letter, a figure, "_", a hyphen or an apostrophe."""
    return at < len(text) and (word_char(text[at]) or text[at] in "'-’")


def occurrences(text: str, part: str) -> list[int]:
    """Where ``part`` starts in ``text``, each place, overlapping ones too."""
    starts: list[int] = []
    start = text.find(part) if part else -1
    while start != -1:
        starts.append(start)
        start = text.find(part, start + 1)
    return starts


def word_char(char: str) -> bool:
    """Whether ``char`` is of a word as the pattern ``\\w`` has it."""
    return char.isalnum() or char == "_"


def _word_boundary(text: str, at: int) -> bool:
    """Whether ``at`` in ``text`` is a word boundary as the pattern ``\\b`` has it."""
    before = at > 0 and word_char(text[at - 1])
    after = at < len(text) and word_char(text[at])
    return before != after


def whole_word_starts(word: str, text: str, *, ignore_case: bool = False) -> list[int]:
    """Where ``word`` starts in ``text`` as ``\\b`` + ``word`` + ``\\b`` finds it, each match
    after the last one's end: no pattern compiled per word, as a document's thousands of
    names would need (only a case-blind search beyond ASCII still compiles one)."""
    if not word or (ignore_case and not (word.isascii() and text.isascii())):
        flags = re.IGNORECASE if ignore_case else 0
        return [m.start() for m in re.finditer(rf"\b{re.escape(word)}\b", text, flags)]
    haystack, needle = (text.lower(), word.lower()) if ignore_case else (text, word)
    starts: list[int] = []
    at = haystack.find(needle)
    while at != -1:
        end = at + len(needle)
        if _word_boundary(text, at) and _word_boundary(text, end):
            starts.append(at)
            at = haystack.find(needle, end)
        else:
            at = haystack.find(needle, at + 1)
    return starts


@lru_cache(maxsize=65536)
def numerals_and_words(name: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A name's regnal numerals ("I" of "Bohemond I") and its other words: read once a name,
    as every person's name is compared with every other's."""
    numerals = tuple(re.findall(r"\b[IVX]+\b", name))
    return numerals, tuple(re.sub(r"\b[IVX]+\b", " ", name).split())


_T = TypeVar("_T")


class DocumentNames(tuple[tuple[str, str], ...]):
    """A document's names, each a (kind, value) pair once, with what every fact of the
    document reads of all of them worked out once: a long document names thousands."""

    def __new__(cls, pairs: Iterable[tuple[str, str]]) -> DocumentNames:
        return super().__new__(cls, dict.fromkeys(pairs))

    def worked_out(self, how: Callable[[tuple[tuple[str, str], ...]], _T]) -> _T:
        """``how(self)``, worked out once for the document: what a fact reads of all the
        names, asked again by each fact (a cache keyed on all the names would hash them
        all for each)."""
        found: dict[Callable[..., object], object] = self.__dict__.setdefault("_worked_out", {})
        if how not in found:
            found[how] = how(self)
        return cast(_T, found[how])

    @cached_property
    def value_list(self) -> tuple[str, ...]:
        """The values, in order (named so as not to hide the tuple's own methods)."""
        return tuple(value for _, value in self)

    @cached_property
    def pair_set(self) -> frozenset[tuple[str, str]]:
        """The (kind, value) pairs, to look one up without reading every name."""
        return frozenset(self)

    @cached_property
    def by_kind(self) -> dict[str, tuple[str, ...]]:
        """The values of each kind, in order."""
        values: dict[str, list[str]] = {}
        for kind, value in self:
            values.setdefault(kind, []).append(value)
        return {kind: tuple(found) for kind, found in values.items()}

    @cached_property
    def people_by_first_word(self) -> dict[str, list[int]]:
        """The positions among the people's names of those of two words or more, by their
        first word other than a numeral."""
        found: dict[str, list[int]] = {}
        for at, name in enumerate(self.by_kind.get("person", ())):
            words = numerals_and_words(name)[1]
            if len(words) >= 2:
                found.setdefault(words[0], []).append(at)
        return found

    @cached_property
    def name_words_by_ends(self) -> dict[tuple[str, str], list[str]]:
        """The first and last words of the values, by their first and last letters as
        ``respelled_alike`` compares them: the few a word may be another spelling of."""
        return _words_by_ends(self.value_list)

    @cached_property
    def two_word_people_by_surname(self) -> dict[str, list[int]]:
        """The positions among the people's names of those of two words, by their second."""
        found: dict[str, list[int]] = {}
        for at, name in enumerate(self.by_kind.get("person", ())):
            words = name.split()
            if len(words) == 2:
                found.setdefault(words[1], []).append(at)
        return found

    @cached_property
    def people_by_numerals(self) -> dict[tuple[str, ...], list[int]]:
        """The positions among the people's names of those of one word and a numeral ("Bohemond
        I"), by their numerals."""
        found: dict[tuple[str, ...], list[int]] = {}
        for at, name in enumerate(self.by_kind.get("person", ())):
            numerals, words = numerals_and_words(name)
            if len(words) == 1 and numerals:
                found.setdefault(numerals, []).append(at)
        return found

    @cached_property
    def key_list(self) -> tuple[str, ...]:
        """Each value normalised."""
        return tuple(normalize(value) for value in self.value_list)

    @cached_property
    def by_first_and_last_word(self) -> dict[str, tuple[str, ...]]:
        """The values by their normalised form and, for those of three words or more, by that
        of their first and last words ("ana holm" for "Ana Maria Holm"): the names a short
        form of a person's name may be, found without reading every name for each form."""
        return _by_first_and_last_word(self.value_list)

    @cached_property
    def by_words_before_last(self) -> dict[tuple[str, ...], tuple[str, ...]]:
        """The values of two words or more by all their words but the last ("Orm Bay" under
        ("Orm",)): the longer names of a name, found without reading every name."""
        return _by_words_before_last(self.value_list)

    @cached_property
    def by_words_held(self) -> dict[str, tuple[int, ...]]:
        """The positions of the values whose normalised form holds each run of its words
        ("orm bay" under "orm", "bay" and "orm bay"): the names that hold a name, found
        without reading every name."""
        found: dict[str, list[int]] = {}
        for at, key in enumerate(self.key_list):
            words = key.split(" ")
            runs = (
                " ".join(words[i:j])
                for i in range(len(words))
                for j in range(i + 1, len(words) + 1)
            )
            for run in dict.fromkeys(runs):
                found.setdefault(run, []).append(at)
        return {run: tuple(positions) for run, positions in found.items()}

    @cached_property
    def by_three_characters(self) -> dict[str, tuple[int, ...]]:
        """The positions of the values by each run of three characters they hold ("Orm Bay"
        under "Orm", "rm ", "m B" and " Bay"): the names that hold a text, found without
        reading every name."""
        found: dict[str, list[int]] = {}
        for at, value in enumerate(self.value_list):
            for run in dict.fromkeys(value[i : i + 3] for i in range(len(value) - 2)):
                found.setdefault(run, []).append(at)
        return {run: tuple(positions) for run, positions in found.items()}

    @cached_property
    def by_opening(self) -> dict[str, tuple[int, ...]]:
        """The positions of the values by their first three characters (all of a shorter
        one): the names a text opens with, found without reading every name."""
        found: dict[str, list[int]] = {}
        for at, value in enumerate(self.value_list):
            found.setdefault(value[:3], []).append(at)
        return {opening: tuple(positions) for opening, positions in found.items()}

    @cached_property
    def place_keys(self) -> frozenset[str]:
        """The normalised names of places and countries."""
        return frozenset(
            key for (kind, _), key in zip(self, self.key_list, strict=True) if kind in _PLACE_KINDS
        )

    @cached_property
    def person_keys(self) -> frozenset[str]:
        """The normalised names of people."""
        return frozenset(
            key for (kind, _), key in zip(self, self.key_list, strict=True) if kind == "person"
        )

    @cached_property
    def country_keys(self) -> frozenset[str]:
        return frozenset(
            key for (kind, _), key in zip(self, self.key_list, strict=True) if kind == "country"
        )


_PLACE_KINDS = ("place", "country")


def _by_first_and_last_word(values: Iterable[str]) -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for value in values:
        keys = [normalize(value)]
        words = value.split()
        if len(words) >= 3:
            keys.append(normalize(f"{words[0]} {words[-1]}"))
        for key in dict.fromkeys(keys):
            found.setdefault(key, []).append(value)
    return {key: tuple(owners) for key, owners in found.items()}


def _by_words_before_last(values: Iterable[str]) -> dict[tuple[str, ...], tuple[str, ...]]:
    found: dict[tuple[str, ...], list[str]] = {}
    for value in values:
        words = value.split()
        if len(words) >= 2:
            found.setdefault(tuple(words[:-1]), []).append(value)
    return {key: tuple(owners) for key, owners in found.items()}


def values_one_word_longer(names: Sequence[tuple[str, str]], words: Sequence[str]) -> list[str]:
    """The values of (kind, value) pairs, in order, of one word more than ``words``, which
    they open with ("Orm Bay" for ["Orm"])."""
    if isinstance(names, DocumentNames):
        return list(names.by_words_before_last.get(tuple(words), ()))
    return [value for _, value in names if value.split()[:-1] == list(words) and words]


def names_by_first_and_last_word(names: Sequence[tuple[str, str]]) -> dict[str, tuple[str, ...]]:
    """The values of (kind, value) pairs by their normalised form and, for those of three
    words or more, by that of their first and last words."""
    if isinstance(names, DocumentNames):
        return names.by_first_and_last_word
    return _by_first_and_last_word(value for _, value in names)


def name_values(names: Sequence[tuple[str, str]]) -> list[str]:
    """The values of (kind, value) pairs."""
    if isinstance(names, DocumentNames):
        return list(names.value_list)
    return [value for _, value in names]


def named_as(names: Sequence[tuple[str, str]], kinds: Collection[str], value: str) -> bool:
    """Whether ``value`` is among (kind, value) pairs as one of ``kinds``."""
    if isinstance(names, DocumentNames):
        return any((kind, value) in names.pair_set for kind in kinds)
    return any(kind in kinds and named == value for kind, named in names)


def values_of_kind(names: Sequence[tuple[str, str]], kind: str) -> list[str]:
    """The values of one kind among (kind, value) pairs."""
    if isinstance(names, DocumentNames):
        return list(names.by_kind.get(kind, ()))
    return [value for named, value in names if named == kind]


def _word_ends(word: str) -> tuple[str, str]:
    folded = strip_accents(word).casefold()
    return folded[:1], folded[-1:]


def _words_by_ends(values: Iterable[str]) -> dict[tuple[str, str], list[str]]:
    found: dict[tuple[str, str], set[str]] = {}
    for value in values:
        words = value.split()
        for word in dict.fromkeys(words[:1] + words[-1:]):
            found.setdefault(_word_ends(word), set()).add(word)
    return {ends: sorted(words) for ends, words in found.items()}


def respellings(names: Sequence[tuple[str, str]], word: str) -> list[str]:
    """The first and last words of the names that may be ``word`` spelled another way
    (``respelled_alike``), in order."""
    if isinstance(names, DocumentNames):
        by_ends = names.name_words_by_ends
    else:
        by_ends = _words_by_ends(value for _, value in names)
    return [other for other in by_ends.get(_word_ends(word), []) if respelled_alike(word, other)]


def people_sharing_a_spelling_key(names: Sequence[tuple[str, str]], name: str) -> list[str]:
    """The people among (kind, value) pairs, in order, that may be ``name`` spelled another
    way: of two words or more, the same first word, else of one word, the same numerals."""
    if not isinstance(names, DocumentNames):
        return values_of_kind(names, "person")
    people = names.by_kind.get("person", ())
    numerals, words = numerals_and_words(name)
    if len(words) >= 2:
        return [people[at] for at in names.people_by_first_word.get(words[0], [])]
    if len(words) == 1 and numerals:
        return [people[at] for at in names.people_by_numerals.get(numerals, [])]
    return []


def people_sharing_a_surname(names: Sequence[tuple[str, str]], name: str) -> list[str]:
    """The people of two words among (kind, value) pairs, in order, whose second word is that
    of ``name``, itself of two words: the ones ``transliterated_alike`` may match."""
    words = name.split()
    if len(words) != 2:
        return []
    if not isinstance(names, DocumentNames):
        return [
            value for value in values_of_kind(names, "person") if value.split()[1:] == words[1:]
        ]
    people = names.by_kind.get("person", ())
    return [people[at] for at in names.two_word_people_by_surname.get(words[1], [])]


def values_with_keys(names: Sequence[tuple[str, str]]) -> Iterable[tuple[str, str]]:
    """Each value of distinct (kind, value) pairs with its normalised form."""
    if isinstance(names, DocumentNames):
        return zip(names.value_list, names.key_list, strict=True)
    return [(value, normalize(value)) for _, value in dict.fromkeys(names)]


def values_holding(names: Sequence[tuple[str, str]], key: str) -> list[tuple[str, str]]:
    """Each value of distinct (kind, value) pairs with its normalised form, in order, where
    that form holds the normalised ``key`` as whole words (``f" {key} "`` in ``f" {form} "``)."""
    if isinstance(names, DocumentNames):
        values, keys = names.value_list, names.key_list
        return [(values[at], keys[at]) for at in names.by_words_held.get(key, ())]
    return [(value, form) for value, form in values_with_keys(names) if f" {key} " in f" {form} "]


def values_containing(names: Sequence[tuple[str, str]], parts: Sequence[str]) -> list[str]:
    """The values of (kind, value) pairs, in order, that hold one of ``parts`` anywhere
    ("Orm Bay" and "Ormsby" for "Orm")."""
    if isinstance(names, DocumentNames) and all(len(part) >= 3 for part in parts):
        values, index = names.value_list, names.by_three_characters
        found: set[int] = set()
        for part in parts:
            # every value that holds the part holds each of its runs: the rarest run's suffice
            runs = (index.get(part[i : i + 3], ()) for i in range(len(part) - 2))
            found.update(at for at in min(runs, key=len) if part in values[at])
        return [values[at] for at in sorted(found)]
    return [value for _, value in names if any(part in value for part in parts)]


def values_opening(
    names: Sequence[tuple[str, str]], kinds: Collection[str], texts: Iterable[str]
) -> list[str]:
    """The distinct values of the (kind, value) pairs of ``kinds``, in order, that one of
    ``texts`` starts with ("Norland" for "Norland, a kingdom ...")."""
    texts = list(texts)
    if isinstance(names, DocumentNames):
        index = names.by_opening
        short = [opening for opening in index if len(opening) < 3]
        found = {
            at
            for text in texts
            for opening in (text[:3], *short)
            for at in index.get(opening, ())
            if names[at][0] in kinds and text.startswith(names[at][1])
        }
        return list(dict.fromkeys(names[at][1] for at in sorted(found)))
    return list(
        dict.fromkeys(
            value
            for kind, value in names
            if kind in kinds and any(text.startswith(value) for text in texts)
        )
    )


def name_keys(names: Sequence[tuple[str, str]]) -> Sequence[str]:
    """The normalised values of (kind, value) pairs."""
    if isinstance(names, DocumentNames):
        return names.key_list
    return [normalize(value) for _, value in names]


def place_keys(names: Sequence[tuple[str, str]]) -> Set[str]:
    """The normalised values of the places and countries among (kind, value) pairs."""
    if isinstance(names, DocumentNames):
        return names.place_keys
    return {normalize(value) for kind, value in names if kind in _PLACE_KINDS}


def person_keys(names: Sequence[tuple[str, str]]) -> Set[str]:
    """The normalised values of the people among (kind, value) pairs."""
    if isinstance(names, DocumentNames):
        return names.person_keys
    return {normalize(value) for kind, value in names if kind == "person"}


def country_keys(names: Sequence[tuple[str, str]]) -> Set[str]:
    """The normalised values of the countries among (kind, value) pairs."""
    if isinstance(names, DocumentNames):
        return names.country_keys
    return {normalize(value) for kind, value in names if kind == "country"}


NAME_OPENS = r"(?<![\w'-])(?<!’)"
"""What ``whole_name`` allows before a name: no letter, apostrophe or hyphen."""
NAME_CLOSES = r"(?![\w'-])(?!’)"
"""What ``whole_name`` allows after a name: no letter, apostrophe or hyphen."""


@lru_cache(maxsize=8192)
def whole_name(name: str) -> NamedPattern:
    """The pattern of ``name`` written whole, never inside a longer word or a hyphened one
    ("Orm" in "Orm Bay", not in "Ormsby" nor "Orm-Vell"): one per name, as every fact and
    option that names it asks again, compiled only once a text writes the name whole."""
    return named_pattern(NAME_OPENS, name, NAME_CLOSES)


_ASKS_WHO = LazyPattern(
    r"(?:(?:[Tt]o|[Ww]ith|[Bb]y|[Ff]or|[Ff]rom|[Aa]gainst|[Uu]nder|[Oo]f)\s+)?"
    r"(?:[Ww]ho|[Ww]hom|[Ww]hose)\b"
)
_WH_WORD = LazyPattern(r"\b(?:[Ww]hat|[Ww]hich|[Ww]here|[Ww]hen|[Hh]ow|[Ww]hy|[Ww]ho|[Ww]hom)\b")


def asks_who(prompt: str) -> bool:
    """Whether a question asks for a person: "Who ...?", "To whom ...?", "In 1930, who
    ...?". Not a question with a "who" clause inside ("Which prize did Ana, who ..., win?")."""
    if _ASKS_WHO.match(prompt):
        return True
    lead, comma, rest = prompt.partition(", ")
    return bool(comma) and not _WH_WORD.search(lead) and _ASKS_WHO.match(rest) is not None


def regular_plural(word: str) -> str:
    """A word made plural by the rule most nouns follow: "range" → "ranges", "body" →
    "bodies", "Rocky" → "Rockies" (not "day" → "daies")."""
    return f"{word[:-1]}ies" if re.search(r"[^aeiou]y$", word) else f"{word}s"


_COMPOUND_UNITS = {"one": 1, **NUMBER_WORDS}
"""The words that end a compound number: "one" alone is no number answer, "twenty-one" is."""


def number_value(text: str) -> int | None:
    """The integer a number answer stands for: ``"100,000"`` → 100000, ``"three"`` → 3."""
    cleaned = text.strip().replace(",", "").replace("\u202f", "").replace("\u00a0", "")
    if cleaned.isdigit():
        return int(cleaned)
    word = cleaned.casefold()
    if word in NUMBER_WORDS:
        return NUMBER_WORDS[word]
    parts = re.split(r"[-\s]", word)
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in _COMPOUND_UNITS:
        tens, unit = NUMBER_WORDS[parts[0]], _COMPOUND_UNITS[parts[1]]
        if tens % 10 == 0 and 20 <= tens <= 90 and unit < 10:
            return tens + unit
    return None


def number_variants(text: str) -> list[str]:
    """Other ways to write a number answer: digits for words, with and without separators."""
    value = number_value(text)
    if value is None:
        return count_forms(text)
    variants = [str(value), f"{value:,}"]
    word = number_word(value)
    if word is not None:
        variants.append(word)
    return [v for v in dict.fromkeys(variants) if v != text]


_COUNT_SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_COUNT_FRACTION = LazyPattern(
    r"(?:an?\s+|one\s+)?(?P<fraction>half|quarter|third|(?P<count>two|three)\s+(?:quarters|thirds))"
    r"(?:\s+of)?(?:\s+an?)?\s+(?P<scale>thousand|million|billion)"
)


def count_in_words(text: str) -> int | None:
    """The whole number a count written in words stands for: ``"two thousand"`` → 2000,
    ``"a dozen"`` → 12, ``"half a million"`` and ``"half million"`` → 500000, ``"three
    hundred and fifty"`` → 350; None for anything else, and for a lone number word
    (``number_value`` reads those)."""
    phrase = collapse_spaces(text).casefold().removeprefix("the ")
    fraction = _COUNT_FRACTION.fullmatch(phrase)
    if fraction is not None:
        denominator = {"h": 2, "q": 4, "t": 3}[fraction["fraction"].split()[-1][0]]
        numerator = NUMBER_WORDS[fraction["count"]] if fraction["count"] else 1
        whole = _COUNT_SCALES[fraction["scale"]] * numerator
        return None if whole % denominator else whole // denominator
    words = re.split(r"[\s-]+", phrase)
    if words[0] in ("a", "an", "one"):
        words[0] = "one"
    total, value, scaled = 0, 0, False
    for word in words:
        if word == "one" or (word in NUMBER_WORDS and NUMBER_WORDS[word] < 100):
            value += NUMBER_WORDS.get(word, 1)
        elif word == "hundred" and value:
            value *= 100
            scaled = True
        elif word == "dozen" and value:
            value *= 12
            scaled = True
        elif word in _COUNT_SCALES and value:
            total += value * _COUNT_SCALES[word]
            value, scaled = 0, True
        elif word != "and" or not scaled:
            return None  # "and" only after a scale: "three hundred and fifty"
    return total + value if scaled else None


def count_forms(text: str) -> list[str]:
    """The figures a learner may type for a count written in words: "two thousand" →
    "2,000", "2000"; "half million" → also "half a million"."""
    value = count_in_words(text)
    if value is None:
        return []
    forms = [f"{value:,}", str(value)]
    filled = re.sub(
        r"^(half|a quarter|three quarters) (thousand|million|billion)$", r"\1 a \2", text
    )
    forms.append(filled)
    return [form for form in dict.fromkeys(forms) if form != text]


_FRACTIONS = {
    "half": (1, 2),
    "a half": (1, 2),
    "one half": (1, 2),
    "a quarter": (1, 4),
    "one quarter": (1, 4),
    "quarter": (1, 4),
    "three quarters": (3, 4),
    "three-quarters": (3, 4),
    "a third": (1, 3),
    "one third": (1, 3),
    "two thirds": (2, 3),
    "two-thirds": (2, 3),
}
_FRACTION_WORDS = {(1, 2): "one half", (1, 4): "one quarter", (3, 4): "three quarters"}
_FRACTION_WORDS |= {(1, 3): "one third", (2, 3): "two thirds"}
_SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_FRACTION_OF_SCALE = LazyPattern(
    rf"(?P<fraction>{'|'.join(sorted(_FRACTIONS, key=len, reverse=True))})"
    r"(?:\s+of)?\s+an?\s+(?P<scale>thousand|million|billion)"
)


_FRACTION_IN_TEXT = LazyPattern(
    r"(?<![\w'-])(?<!’)(?:[Hh]alf|[Aa] quarter|[Tt]hree quarters)(?:\s+of)?\s+an?\s+"
    r"(?:thousand|million|billion)(?![\w'-])(?!’)"
)


def scaled_fractions(text: str) -> list[tuple[int, int, int]]:
    """Where the text writes a count as a fraction of a round number, with its value:
    "reached half a million" → [(8, 22, 500000)]."""
    found = []
    for match in _FRACTION_IN_TEXT.finditer(text):
        phrase = collapse_spaces(match[0]).casefold()
        scaled = _FRACTION_OF_SCALE.fullmatch(phrase)
        if scaled is not None:
            numerator, denominator = _FRACTIONS[scaled["fraction"]]
            value = _SCALES[scaled["scale"]] * numerator // denominator
            found.append((match.start(), match.end(), value))
    return found


def fraction_variants(text: str) -> list[str]:
    """The figures a fraction written in words stands for, as a learner may type them:
    "half a million" → "500,000", "500000", "0.5 million"; "a quarter" → "1/4", "25%",
    "25 per cent", "one quarter". A third has no exact percentage, so none is given."""
    phrase = collapse_spaces(text).casefold().removeprefix("about ").removeprefix("some ")
    scaled = _FRACTION_OF_SCALE.fullmatch(phrase)
    if scaled is not None:
        numerator, denominator = _FRACTIONS[scaled["fraction"]]
        scale = _SCALES[scaled["scale"]]
        if (scale * numerator) % denominator:
            return []  # "a third of a million" is no whole number
        value = scale * numerator // denominator
        decimal = f"{numerator / denominator:.2f}".rstrip("0")
        forms = [f"{value:,}", str(value), f"{decimal} {scaled['scale']}"]
    elif phrase in _FRACTIONS:
        numerator, denominator = _FRACTIONS[phrase]
        forms = [f"{numerator}/{denominator}", _FRACTION_WORDS[numerator, denominator]]
        if (100 * numerator) % denominator == 0:
            percent = 100 * numerator // denominator
            forms += [f"{percent}%", f"{percent} per cent", f"{percent} percent"]
    else:
        return []
    return [form for form in dict.fromkeys(forms) if form != text]


def slugify(text: str) -> str:
    """A file-name-safe lower-case slug (letters of any script, digits and hyphens)."""
    text = unicodedata.normalize("NFKC", text).casefold()
    slug = re.sub(r"[^\w]+", "-", strip_accents(text)).strip("-_")
    return re.sub(r"-{2,}", "-", slug)[:80].strip("-")


NAME_PARTICLES = word_set("de del della der den di da das do dos du des la le van von ter ten zu")
"""Lower-case words between a given name and a surname ("Jean de la Fontaine")."""


def surname_forms(name: str) -> list[str]:
    """A surname written with particles, as a learner may type it alone: "Jean de la
    Fontaine" → "de la Fontaine", "La Fontaine", "Fontaine"; "Ludwig van Beethoven" →
    "van Beethoven", "Beethoven". Names without a particle give nothing."""
    tokens = name.split()
    at = next((i for i, token in enumerate(tokens[1:-1], start=1) if token in NAME_PARTICLES), None)
    if at is None or not all(token in NAME_PARTICLES for token in tokens[at:-1]):
        return []
    if not tokens[-1][:1].isupper():
        return []
    surname = tokens[at:]
    forms: list[str] = []
    while surname:
        form = " ".join(surname)
        forms.append(form if len(forms) == 0 else form[:1].upper() + form[1:])
        surname = surname[1:]
    return forms


_ABBREVIATION_IN_BRACKETS = LazyPattern(r"\((?:the\s+)?([A-Z][A-Za-z&.]{1,9})(?=[);,])")
_EXPANSION_IN_BRACKETS = LazyPattern(
    r"(?<![\w'-])(?<!’)([A-Z][A-Za-z&.]{1,9})\s+\((?:the\s+)?([^()]{3,80})\)"
)
_CONNECTIVES = word_set("of the and for on in at to de du des la le &")
MAX_EXPANSION_WORDS = 10


def abbreviations(texts: list[str]) -> dict[str, str]:
    """The abbreviations the sentences define in brackets, each with its expansion:
    "the Velm Rowing Club (VRC)" → {"VRC": "Velm Rowing Club"}, "gross state product (GSP)"
    → {"GSP": "gross state product"}, "the VRC (Velm Rowing Club)" the same. The expansion is the run of words before the bracket
    whose initials (a hyphenated word's, part by part) spell the abbreviation's capitals,
    joining words aside; a bracket that spells nothing before it defines nothing."""
    found: dict[str, str] = {}
    reordered: dict[str, str] = {}
    for text in texts:
        for match in _ABBREVIATION_IN_BRACKETS.finditer(text):
            abbreviation = match.group(1)
            capitals = [c.casefold() for c in abbreviation if c.isupper()]
            if len(capitals) < 2 or not abbreviation.replace(".", "").replace("&", "").isalpha():
                continue
            expansion = _expansion(text[: match.start()], capitals)
            if expansion is not None:
                found.setdefault(abbreviation, expansion)
            elif (
                other_order := _reordered_expansion(text[: match.start()], abbreviation)
            ) is not None:
                reordered.setdefault(abbreviation, other_order)
        for match in _EXPANSION_IN_BRACKETS.finditer(text):
            abbreviation, spelled = match.group(1), match.group(2).strip()
            capitals = [c.casefold() for c in abbreviation if c.isupper()]
            if len(capitals) >= 2 and _expansion(spelled, capitals) == spelled:
                found.setdefault(abbreviation, spelled)  # "the NTSL (North Tarland ...)"
    # a name spelled in another order only where no sentence spells the letters in order
    return found | {short: full for short, full in reordered.items() if short not in found}


_ABBREVIATION_AFTER_OR = LazyPattern(r",\s+or\s+(?:the\s+)?([A-Z][A-Z&]{1,9})\b(?=[,.;)])")


def abbreviations_after_or(texts: Iterable[str]) -> dict[str, str]:
    """The abbreviations the sentences give after a name and "or": "the Kell Rowing Club, or
    KRC, was ..." → {"KRC": "Kell Rowing Club"}; letters that spell nothing before them
    define nothing."""
    found: dict[str, str] = {}
    for text in texts:
        for match in _ABBREVIATION_AFTER_OR.finditer(text):
            capitals = [c.casefold() for c in match.group(1) if c.isupper()]
            expansion = _expansion(text[: match.start()], capitals)
            if expansion is not None:
                found.setdefault(match.group(1), expansion)
    return found


def spelled_by(name: str, abbreviation: str) -> bool:
    """Whether the closing words of ``name`` spell ``abbreviation`` by their initials, so
    the brackets of "Velm Rowing Club (VRC)" give it another name, and those of "Free
    Church (USA)" only qualify it: "USA" is no name of the church."""
    capitals = [c.casefold() for c in abbreviation if c.isupper()]
    return len(capitals) >= 2 and _expansion(name, capitals) is not None


_DOUBLED_CAPITAL = LazyPattern(r"([A-Z])\.?\1")


def _reordered_expansion(before: str, abbreviation: str) -> str | None:
    """The capitalised name that ends ``before``, right at the bracket, whose initials are
    the capitals of ``abbreviation`` in another order, or None: a degree named in Latin
    order ("Master of Healing (HM)"), a body named in its own language. A capital written
    twice stands for one plural word, as Latin abbreviations write one ("Doctor of Laws
    (LLD)"). Every word of the name counts and no capital is left over, so a longer or a
    shorter name never takes the letters."""
    capitals = sorted(
        c.casefold() for c in _DOUBLED_CAPITAL.sub(r"\1", abbreviation) if c.isupper()
    )
    doubled = {match.group(1).casefold() for match in _DOUBLED_CAPITAL.finditer(abbreviation)}
    words = list(re.finditer(r"[\w’'-]+", before))[-MAX_EXPANSION_WORDS:]
    initials: list[str] = []
    plurals: set[str] = set()
    start: int | None = None
    for word in reversed(words):
        if len(initials) == len(capitals):
            break
        text = word.group(0)
        if text.casefold() in _CONNECTIVES and start is not None:
            continue
        if not text[:1].isupper() or not text.isalpha():
            return None
        initials.append(text[0].casefold())
        if text.endswith("s"):
            plurals.add(text[0].casefold())
        start = word.start()
    if start is None or sorted(initials) != capitals or not doubled <= plurals:
        return None
    if before[words[-1].end() :].strip():
        return None  # "Master of Healing, 1920 (HM)": the bracket must follow the name
    expansion = before[start:].strip()
    return expansion if len(expansion.split()) >= 2 else None


def _expansion(before: str, capitals: list[str]) -> str | None:
    """The words that end ``before`` and spell ``capitals`` by their initials, or None."""
    words = list(re.finditer(r"[\w’'-]+|&", before))[-MAX_EXPANSION_WORDS:]
    left = len(capitals)
    start: int | None = None
    for word in reversed(words):
        if left == 0:
            break
        text = word.group(0)
        if text.casefold() in _CONNECTIVES:
            if start is None:
                return None  # "(VRC)" after "of": no name ends there
            continue
        initials = [part[0].casefold() for part in text.split("-") if part]
        if len(initials) > 1 and initials == capitals[left - len(initials) : left]:
            left -= len(initials)
        elif text[0].casefold() == capitals[left - 1]:
            left -= 1
        else:
            return None
        start = word.start()
    if left or start is None:
        return None
    expansion = before[start:].strip()
    return expansion if len(expansion.split()) >= 2 else None


_SAYS_WHAT_IT_IS = (
    r"(?:\s+\([^()]{1,80}\))?(?:,[^,;]{1,60},)?\s+(?:is|was|are|were)\s+(?:an?|the|one)\b"
)
"""What follows the subject's name in a sentence saying what the subject is: a bracket, an
aside, then "is a"."""


def title_cut_short(openings: Sequence[str], title: str) -> str | None:
    """The subject as an opening sentence names it by the title less a qualifier at its end:
    "No. 4 Wing" of "No. 4 Wing RNZAF" ("No. 4 Wing is a ..."), "The Field Gun Mk II" of
    "Field Gun Mk II Brenner" ("The Field Gun Mk II (A9), also known as ..., was a ..."). The
    name kept is of two words or more and ends in a capitalised word or a number, as a
    name does; one of the ``openings`` (the document's first sentences) says what the subject
    is."""
    words = title.removeprefix("The ").split()
    for size in range(len(words) - 1, 1, -1):
        last = words[size - 1]
        if not (last[:1].isupper() or last[:1].isdigit()):
            continue
        bare = re.escape(" ".join(words[:size]))
        pattern = re.compile(rf"^(?:The\s+)?{bare}(?={_SAYS_WHAT_IT_IS})")
        for opening in openings:
            match = pattern.match(opening)
            if match:
                return match.group(0)
    return None
