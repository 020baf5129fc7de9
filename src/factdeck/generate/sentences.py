"""Paragraphs and sentences of a cleaned document, each with its verbatim quote.

A sentence keeps two texts: ``quote`` is exactly the characters of the source (so it can be
shown as evidence and checked), ``text`` is what questions are built from (line breaks and runs
of spaces collapsed, Markdown emphasis, code and link syntax removed).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from lemminflect import getLemma

from factdeck.generate import lexicon, phrasing
from factdeck.generate.clean import (
    BULLETS,
    CHAPTER_NAMES,
    CITATION_MARK,
    as_written_or_capitals,
    margin_note_label,
    without_citation_marks,
)
from factdeck.generate.patterns import LazyPattern
from factdeck.generate.text import MONTHS, collapse_spaces, word_set

ABBREVIATIONS = word_set(
    """
    mr mrs ms dr prof st mt ft sr jr gen col lt sgt capt cmdr adm gov sen rep rev hon pres
    no nos vol vols pp ch fig figs ed eds approx c ca cf v vs inc ltd co corp bros dept est
    jan feb mar apr jun jul aug sep sept oct nov dec al
    """
)
"""Words whose full stop does not end a sentence (compared without the dot, lower case)."""

SENTENCE_STARTERS = word_set(
    """
    The A An In On At By For From After Before During Since Until When While As It He She They
    This That These Those There His Her Its Their We I Also However Later Meanwhile Then Today
    """
)
"""After an initialism such as "U.S.", a sentence break is assumed only before these words."""

_TERMINATORS = ".!?…"
_CLOSERS = "\"'”’»)]"
_OPEN_QUOTES = "“«"
_CLOSE_QUOTES = "”»"
_LIST_MARKER = LazyPattern(rf"^(\s*(?:[{re.escape(BULLETS)}]|\d{{1,3}}[.)]|>)\s+)")
_MD_LINK = LazyPattern(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPHASIS = LazyPattern(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1")


@dataclass(frozen=True)
class Sentence:
    document: str
    index: int
    """Position of the sentence in its document (0-based)."""
    line: int
    """1-based line of the source where the sentence starts."""
    quote: str
    """The sentence exactly as it appears in the source."""
    text: str
    """The sentence as questions show it: spacing collapsed, Markdown syntax removed."""
    clause: int = 0
    """Which clause of the sentence ``text`` is, when a long sentence is split into clauses
    that each stand alone (0: the main clause, or the whole sentence)."""
    aside: bool = False
    """Whether the clause tells a side detail of the sentence (what a relative clause or an
    appositive says of a noun, a conceded or earlier event), not what the sentence is about."""
    paragraph: int = 0
    """Which paragraph of its document the sentence is in (0-based)."""
    note_line: bool = False
    """Whether the sentence is a list item or fills a line of its own, as a note's points do."""


def _blocks(text: str) -> Iterator[tuple[list[tuple[int, str]], bool]]:
    """Runs of non-blank lines as (offset, line) pairs, and whether the run is a list item
    (its marker left out of its first line)."""
    block: list[tuple[int, str]] = []
    item = False
    offset = 0
    for line in text.split("\n"):
        marker = _LIST_MARKER.match(line)
        if not line.strip() or marker:
            if block:
                yield block, item
            block, item = [], bool(marker)
            if marker:
                block = [(offset + marker.end(), line[marker.end() :])]
        else:
            block.append((offset, line))
        offset += len(line) + 1
    if block:
        yield block, item


def _unmarked_list(block: list[tuple[int, str]]) -> bool:
    """Whether lines are a list without markers, as plain-text notes write one point a line:
    every line opens with a capital and none ends in the middle of a phrase ("…, and").
    Hard-wrapped prose breaks lines anywhere, so some line opens in lower case."""
    if len(block) < 2:
        return False
    for _, line in block:
        stripped = line.strip()
        if not stripped[:1].isupper() or stripped.endswith(_CONTINUES):
            return False
        words = stripped.split()
        if words[-1].casefold() in _JOINING_WORDS:
            return False
    return True


_CONTINUES = (",", "-", "–", "—", ":", ";", "(")
_JOINING_WORDS = word_set("and or but the a an of to in on at by for with from that which who")


def _paragraphs(text: str) -> Iterator[tuple[int, int, bool]]:
    """(start, end, whether it is a point of a list) of each paragraph: runs of non-blank
    lines; list items, and each line of a list without markers, stand alone."""
    for block, item in _blocks(text):
        if not item and _unmarked_list(block):
            for offset, line in block:
                yield offset, offset + len(line), True
        else:
            start = block[0][0]
            last_offset, last_line = block[-1]
            yield start, last_offset + len(last_line), item


def _quotes_balanced(paragraph: str) -> bool:
    opens = sum(paragraph.count(ch) for ch in _OPEN_QUOTES)
    closes = sum(paragraph.count(ch) for ch in _CLOSE_QUOTES)
    return opens == closes and paragraph.count('"') % 2 == 0


def _starts_sentence(paragraph: str, position: int) -> bool:
    """Whether the text at ``position`` (after the gap) can begin a new sentence."""
    rest = paragraph[position : position + 3].lstrip("\"'“‘«([")
    if not rest:
        return False
    first = rest[0]
    return first.isdigit() or (first.isalpha() and not first.islower())


def _word_before(paragraph: str, position: int) -> str:
    start = position
    while start > 0 and (paragraph[start - 1].isalpha() or paragraph[start - 1] == "."):
        start -= 1
    return paragraph[start:position]


def _regnal_number_ends_sentence(paragraph: str, dot: int, next_start: int) -> bool:
    """Whether "I." in "… King Francis I. In 1655 …" closes the sentence: a one-letter Roman
    numeral right after a capitalised name, followed by a word that opens sentences (so
    "Francis I. Smith" keeps its initial)."""
    if dot < 3 or paragraph[dot - 1] not in "IVX" or paragraph[dot - 2] != " ":
        return False
    name_before = re.search(r"\b[A-Z][a-z]+$", paragraph[: dot - 2])
    return name_before is not None and _sentence_starter_at(paragraph, next_start)


_NEXT_WORD = LazyPattern(r"\w+")


def _sentence_starter_at(paragraph: str, at: int) -> bool:
    """Whether the word at ``at`` is one that opens sentences ("In", "The")."""
    word = _NEXT_WORD.match(paragraph, at)
    return word is not None and word.group(0) in SENTENCE_STARTERS


_ARTICLE_BEFORE_LETTER = LazyPattern(r"\b(?:an?|the)\s+$", re.IGNORECASE)


def _letter_ends_sentence(paragraph: str, dot: int, next_start: int) -> bool:
    """Whether a letter named as a thing ends the sentence: "... takes the shape of an S. The
    ...": an article before it, a word that opens sentences after it."""
    return _ARTICLE_BEFORE_LETTER.search(
        paragraph, max(0, dot - 6), dot - 1
    ) is not None and _sentence_starter_at(paragraph, next_start)


_DATE_ABBREVIATION = LazyPattern(r"\((?:[^()]{0,40}[;,–—]\s*)?(?:r|b|d|c|fl|m)$")
"""A reign, birth, death or marriage date opening a bracket or an item in it: "(r. 1644–1661)",
"(b. 1811; d. 1849)". Its full stop is followed by a number or a month, which would open a
sentence."""
_DATE_START = LazyPattern(rf"\d|(?:{'|'.join(MONTHS)})\b")


def _is_abbreviation(paragraph: str, dot: int, next_start: int) -> bool:
    word = _word_before(paragraph, dot)
    if not word:
        return False
    if _DATE_START.match(paragraph, next_start) and _DATE_ABBREVIATION.search(
        paragraph, max(0, dot - 48), dot
    ):
        return True
    if "." in word:  # an initialism such as U.S. or e.g.
        return not _sentence_starter_at(paragraph, next_start)
    if len(word) == 1 and word.isupper():  # an initial: "J. R. R. Tolkien"
        return not (
            _regnal_number_ends_sentence(paragraph, dot, next_start)
            or _letter_ends_sentence(paragraph, dot, next_start)
        )
    return word.casefold() in ABBREVIATIONS


def split_paragraph(paragraph: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of one paragraph, leading/trailing space excluded."""
    track_quotes = _quotes_balanced(paragraph)
    bounds: list[tuple[int, int]] = []
    depth = 0
    straight_open = False
    start = 0
    index = 0
    length = len(paragraph)
    while index < length:
        ch = paragraph[index]
        if track_quotes:
            if ch in _OPEN_QUOTES:
                depth += 1
            elif ch in _CLOSE_QUOTES:
                depth = max(0, depth - 1)
            elif ch == '"':
                straight_open = not straight_open
        if ch not in _TERMINATORS:
            index += 1
            continue
        end = index + 1
        while end < length and paragraph[end] in _TERMINATORS:
            end += 1
        while end < length and (
            paragraph[end] in _CLOSERS or (mark := CITATION_MARK.match(paragraph, end))
        ):
            if paragraph[end] not in _CLOSERS and mark is not None:
                end = mark.end()  # "port.[1] It was ...": the citation ends the sentence
                continue
            closer = paragraph[end]
            if track_quotes:
                if closer in _CLOSE_QUOTES:
                    depth = max(0, depth - 1)
                elif closer == '"':
                    straight_open = not straight_open
            end += 1
        gap = end
        while gap < length and paragraph[gap].isspace():
            gap += 1
        inside_quote = track_quotes and (depth > 0 or straight_open)
        if (
            gap < length
            and gap > end
            and not inside_quote
            and _starts_sentence(paragraph, gap)
            and not (ch == "." and end == index + 1 and _is_abbreviation(paragraph, index, gap))
        ):
            bounds.append((start, end))
            start = gap
        index = end
    if start < length:
        bounds.append((start, length))
    result: list[tuple[int, int]] = []
    for begin, finish in bounds:
        while begin < finish and paragraph[begin].isspace():
            begin += 1
        while finish > begin and paragraph[finish - 1].isspace():
            finish -= 1
        if finish > begin:
            result.append((begin, finish))
    return result


_GLOSSARY_ENTRY = LazyPattern(
    r"^(?P<term>[A-Za-z][\w’'-]*(?:\s+[\w’'-]+){0,3}?)\s*(?::|\s[-–—]\s|[–—])\s*"
    r"(?P<description>(?:an?|the)\s+[a-z][^:;]{6,}?)\s*\.?$"
)


def glossary_entry(line: str) -> str | None:
    """A note's "term: description" line as the sentence it stands for: "Stroma – the fluid
    inside a chloroplast" → "Stroma is the fluid inside a chloroplast.", so that it is asked
    like any definition. A term the word tables know as a common noun loses the capital that
    only its place at the start of the line gave it ("Monopoly: a market ..." → "monopoly
    is a market ..."); a term described by "the ..." takes "are" when it or the noun after
    "the" is plural ("Mitochondria - the organelles that ...")."""
    match = _GLOSSARY_ENTRY.match(line)
    if match is None:
        return None
    term, description = match.group("term"), match.group("description")
    words = term.split()
    if any(w.casefold() in _NOT_TERM_WORDS for w in words):
        return None  # "Note: the ...", "The reason - the ...": a remark, not a term
    known = all(phrasing.word_tags(w.casefold()) for w in words)
    if known and words[0][1:].islower() and all(w.islower() for w in words[1:]):
        term = term[0].lower() + term[1:]  # a common noun, not a name: "a market" defines it
    head = description.split()[1]
    plural = description.startswith("the ") and any(
        getLemma(word, upos="NOUN")[0] != word for word in (words[-1].casefold(), head)
    )
    return f"{term} {'are' if plural else 'is'} {description}."


_DEFINERS = word_set("a an the whatever anything something any")
"""Words a margin glossary's definition opens with: "a demand for ...", "whatever must ..."."""
_RELATIVES = word_set("that which who whose")
_TERM_WORD = LazyPattern(r"[a-z][a-z’'-]*")
_TERM_JOINERS = word_set("of and for in to")
"""Words inside a term that join its nouns ("value of the marginal product")."""
_NOT_TERM_OPENERS = word_set(
    "is are was were be has have had do does did can could will would may might must should"
    " it they he she we you i this that these those there which who when where while if as"
)
"""Words that open a clause, not a term."""
_NO_TERM_START = _DEFINERS | _TERM_JOINERS | _NOT_TERM_OPENERS
"""Words a margin glossary's term never opens with."""
_NO_TERM_END = _DEFINERS | _TERM_JOINERS
"""Words a margin glossary's term never ends with."""
MAX_MARGIN_TERM_WORDS = 6
MAX_UNUSED_TERM_WORDS = 3
MIN_DEFINITION_WORDS = 4
MAX_MARGIN_ENTRY_WORDS = 40


_PLURAL_ENDS = ("", "s", "es")
_NOT_WORD = LazyPattern(r"[^\w’']+")


@functools.lru_cache(maxsize=2)
def _words_of(text: str) -> str:
    """The text's words in lower case, two spaces between two, so that a use of a term is
    counted in it at once (" opportunity  cost "), right after another one too (a pattern
    over the whole text for each term would take far longer)."""
    return f" {_NOT_WORD.sub('  ', text.casefold())} "


def margin_definition(entry: str, text: str, *, attested: bool = True) -> tuple[str, str] | None:
    """(term, definition) of a margin glossary's entry as a copy out of a PDF gives it, term
    and definition with nothing between them: "opportunity cost whatever must be given up to
    obtain some item". The term is in lower case and the document (``text``) uses it again
    elsewhere (in the plural too), as a textbook's body uses the terms its margin defines;
    the definition opens with an article, "whatever", or a noun and its relative clause
    ("farming that ..."). Of the splits that fit, the longest term wins ("value of the marginal product the marginal
    product of an input ..."). Unless the term must be ``attested``, an entry of a layout
    already known to have a margin glossary, a term the body does not use is taken too:
    the shortest that fits, of up to three words."""
    words = entry.split()
    if not MIN_DEFINITION_WORDS < len(words) <= MAX_MARGIN_ENTRY_WORDS:
        return None
    found = unattested = None
    words_of_text = _words_of(text)
    for size in range(1, min(MAX_MARGIN_TERM_WORDS, len(words) - MIN_DEFINITION_WORDS) + 1):
        term = words[:size]
        if not all(_TERM_WORD.fullmatch(word) for word in term):
            break
        first, last = term[0], term[-1]
        if first in _NO_TERM_START:
            break
        opens = words[size].casefold() in _DEFINERS or (
            size + 1 < len(words) and words[size + 1] in _RELATIVES  # "farming that grows ..."
        )
        if not opens or last in _NO_TERM_END:
            continue
        phrase = " ".join(term)
        definition = " ".join(words[size:]).rstrip(".")
        spaced = "  ".join(term).casefold()
        if sum(words_of_text.count(f" {spaced}{end} ") for end in _PLURAL_ENDS) > 1:
            found = phrase, definition
        elif not attested and unattested is None and size <= MAX_UNUSED_TERM_WORDS:
            unattested = phrase, definition
    return found or unattested


def _margin_glossary_line(line: str, text: str) -> str | None:
    """A margin glossary's line set apart as a sentence: "opportunity cost whatever must be
    given up to obtain some item" → "opportunity cost is whatever must be given up to obtain
    some item." (``margin_definition``; a line of its own in lower case needs no other use
    of its term to be one)."""
    definition = margin_definition(line, text, attested=False)
    if definition is None:
        return None
    term, described = definition
    plural = (
        described.startswith("the ")
        and getLemma(term.split()[-1], upos="NOUN")[0] != (term.split()[-1])
    )
    return f"{term} {'are' if plural else 'is'} {described}."


_NOT_TERM_WORDS = word_set(
    "note notes example examples e.g. i.e. tip warning remember see update source answer"
    " question step summary i you we he she it they this that these those there here"
)
"""Labels and pronouns: "Note: the exam is on Monday" defines nothing."""


def display_text(quote: str, *, markdown: bool) -> str:
    """The text a question shows for a quote: one line, Markdown syntax and footnote and
    citation marks removed ("port.[1]", "[citation needed]")."""
    quote = without_citation_marks(quote)
    if markdown:
        quote = _MD_LINK.sub(r"\1", quote)
        quote = _MD_EMPHASIS.sub(r"\2", quote)
        quote = _MD_EMPHASIS.sub(r"\2", quote)
    return collapse_spaces(quote)


def _own_line(paragraph: str, begin: int, finish: int) -> bool:
    """Whether a sentence fills its line(s) alone, as a note's "term: description" lines do."""
    before = paragraph[:begin].rstrip(" \t")
    return (not before or before.endswith("\n")) and paragraph[finish:].lstrip(" \t")[:1] in (
        "",
        "\n",
    )


_TOPIC = LazyPattern(r"^(?:(?P<article>The|A|An)\s+)?[A-Za-z][\w’'-]*(?:\s+[A-Za-z][\w’'-]*){0,3}$")
_SECTION_WORDS = word_set(
    """
    introduction overview summary notes note key terms term definitions definition glossary
    examples example causes cause effects effect consequences products product history
    background types type kinds features properties advantages disadvantages uses functions
    structure stages steps process remedies pitfalls parts elements points facts reasons
    where when how why what who which it happens works work important things more other
    """
)
"""Heading words that name an aspect of the subject, not what the points under them are
about: "- takes place in the stroma" under "Where it happens" has no subject in its heading."""
_POINT_PRONOUN = LazyPattern(r"^(?P<pronoun>It|They)\s+(?=[a-z])")
_POINT_VERB = LazyPattern(r"^(?P<verb>[a-z]+)\s+(?P<next>[\w’'-]+)")
_OBJECT_OPENERS = word_set("the a an its their this these those some many all two three")


def with_topic(point: str, topic: str, *, title: bool = False) -> str | None:
    """A note's point completed with the heading it is listed under: "They release energy
    from glucose." or "release energy from glucose" under "Mitochondria" → "Mitochondria
    release energy from glucose."; None when the point has its own subject or the heading
    names no thing (a section such as "Causes"). The verb must agree with the heading; a
    singular heading without an article is taken only when it is the document's title
    ("takes place in the chloroplasts" under "Photosynthesis"), as "Nucleus contains the
    DNA" would lack the article a common noun needs."""
    heading = _TOPIC.match(topic)
    if heading is None:
        return None
    words = topic.split()
    lowered = [w.casefold() for w in words]
    if any(w in _SECTION_WORDS for w in lowered) or len(words) > 4:
        return None
    if any(phrasing.finite_verb(w) and "NOUN" not in phrasing.word_tags(w) for w in lowered):
        return None
    pronoun = _POINT_PRONOUN.match(point)
    rest = point[pronoun.end() :] if pronoun else point
    if rest[:1].isupper() and rest[1:2].islower():  # "Takes place in ...": a capital per line
        rest = rest[0].lower() + rest[1:]
    verb = _POINT_VERB.match(rest)
    if verb is None:
        return None
    said, following = verb.group("verb"), verb.group("next")
    number = _verb_number(said)
    if number is None:
        return None
    only_verb = said in _SINGULAR_FORMS | _PLURAL_FORMS or "NOUN" not in phrasing.word_tags(said)
    opens_object = following.casefold() in _OBJECT_OPENERS or following[:1].isupper()
    if pronoun is None and not (
        only_verb
        or opens_object
        or following[:1].isdigit()
        or following in ("place", "not", "only", "also")
    ):
        return None  # "site of aerobic respiration": a noun phrase, not a clause
    head = lowered[-1]
    known = bool(phrasing.word_tags(head))
    plural = known and getLemma(head, upos="NOUN")[0] != head
    if known and number != "any" and (number == "plural") != plural:
        return None  # "Mitochondria contains", "Nucleus contain": the point is about another
    if pronoun and (pronoun.group("pronoun") == "They") != (plural or not known):
        return None
    if not plural and known and not heading.group("article") and not title:
        return None
    text = rest.rstrip(" .")
    return f"{topic} {text}."


_SINGULAR_FORMS = word_set("is was has does")
_PLURAL_FORMS = word_set("are were have do")


def _verb_number(word: str) -> str | None:
    """ "singular" ("contains", "is"), "plural" ("contain", "are") or "any" ("contained") for
    a verb that can open a point; None for a word that is no verb."""
    if word in _SINGULAR_FORMS:
        return "singular"
    if word in _PLURAL_FORMS:
        return "plural"
    if "VERB" not in phrasing.word_tags(word):
        return None
    finite = phrasing.finite_verb(word)
    if finite is None:
        return "plural" if getLemma(word, upos="VERB")[0] == word else None
    return "singular" if finite[1] == "VBZ" else "any"


def split_sentences(
    document: str,
    text: str,
    *,
    markdown: bool = False,
    headings: Sequence[tuple[int, str]] = (),
) -> list[Sentence]:
    """Every sentence of a cleaned document, in order. A point listed under a heading
    (``headings``: line and text) that leaves out its subject takes the heading as subject."""
    sentences: list[Sentence] = []
    line_starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    line_index = 0
    for paragraph_index, (para_start, para_end, item) in enumerate(_paragraphs(text)):
        paragraph = text[para_start:para_end]
        for begin, finish in split_paragraph(paragraph):
            start = para_start + begin
            while line_index + 1 < len(line_starts) and line_starts[line_index + 1] <= start:
                line_index += 1
            quote = text[start : para_start + finish]
            shown = display_text(quote, markdown=markdown)
            note_line = item or _own_line(paragraph, begin, finish)
            if note_line:
                above = [(line, name) for line, name in headings if line <= line_index + 1]
                topic = above[-1][1] if above else ""
                titled = bool(above) and above[-1] == headings[0]
                shown = (
                    glossary_entry(shown)
                    or _margin_glossary_line(shown, text)
                    or (with_topic(shown, topic, title=titled) if topic else None)
                    or shown
                )
            if shown:
                sentences.append(
                    Sentence(
                        document,
                        len(sentences),
                        line_index + 1,
                        quote,
                        shown,
                        paragraph=paragraph_index,
                        note_line=note_line,
                    )
                )
    return sentences


_EXAMPLE_LEAD = r"(?:(?:for\s+(?:example|instance)|as\s+an\s+(?:example|illustration)|to\s+illustrate(?:\s+this)?|to\s+see\s+(?:this|why|how)|now),?\s+)?"
_INDEFINITE = r"(?:an?|one|two|three|four|five|some|any|several|yourself|you)\b"
_MADE_UP_SETUP = LazyPattern(
    _EXAMPLE_LEAD + r"(?:(?:let(?:'s|’s|\s+us)\s+)?(?:imagine|suppose|assume|say|pretend)\b"
    r"(?:\s*,)?\s+(?:that\s+|now\s+)?(?:"
    + _INDEFINITE
    + r"|we\b|the\b|there\b|(?-i:[A-Z][a-z]+\s+(?!is\b|was\b)(?:[a-z]+s|can|could|would|will|must|had)\b))"
    r"|(?:consider|picture|envision|envisage|think\s+of)\s+" + _INDEFINITE + r")",
    re.IGNORECASE,
)
"""The opening of a sentence that sets up a made-up example: "Imagine a baker who ...",
"Suppose that a farmer ...", "Say Ana earns ...", "For example, consider two countries ...",
"Think of a cell as a factory". "Consider" and "think of" count only before an indefinite
("consider the problem of sorting" names a real thing), "Imagine" and the others only before
the actor they set up: a name needs a verb of the present or a modal after it ("Say Ana
earns ..."), so a title ("Imagine was released ...", "Say Anything is a film") is no example."""
_ACTOR_DETERMINER = LazyPattern(r"\b(?:an?|one|two|three|four|five|some|several)\s+", re.IGNORECASE)
_ACTOR_STOP = phrasing.AUXILIARIES | word_set("who which that whose")
_WORD = LazyPattern(r"[A-Za-z-]+")
_PEOPLE_WORD = LazyPattern(r"[A-Z][a-z]+\s+(?=(?P<trade>[a-z][a-z-]+)\b)")
_QUANTITY_AFTER = LazyPattern(r"\s+of\s+(?:about\s+)?\d")
_SETUP_NAME = LazyPattern(r"(?<=\s)(?:[A-Z][a-z]+|[A-Z])\b")
_REFERS_BACK_TO_ACTOR = r"(?:the|this|that|these|those|our|each|both|either|his|her|their)\s+"
_PRONOUN = LazyPattern(
    r"\b(?:he|she|they|him|her|them|his|hers|their|theirs|himself|herself)\b", re.IGNORECASE
)
_CONDITIONAL = LazyPattern(
    r"\b(?:would|could|might)\b|^(?:if|in\s+(?:this|that|such\s+a)\s+case|then|so|now|next"
    r"|one\s+(?:day|morning|afternoon|evening|night|week|month|year))\b",
    re.IGNORECASE,
)


def _actors(setup: str, cue_end: int) -> list[re.Pattern[str]]:
    """Patterns for the made-up actors a setup sentence introduces, as later sentences name
    them: "the baker", "the two countries", "Ana", "Country A". A name is an actor when the
    cue (which ends at ``cue_end``) introduces it ("Say Ana earns ...") or is one letter; a
    place the example happens in is real ("Imagine a baker in Lyon", "Imagine the shock in
    Paris ...")."""
    patterns: list[re.Pattern[str]] = []
    for number, determiner in enumerate(_ACTOR_DETERMINER.finditer(setup)):
        head = None
        head_end = determiner.end()
        people = _PEOPLE_WORD.match(setup, head_end)
        if people and phrasing.names_people(people["trade"], "term"):
            head_end = people.end()  # "a Norwegian boatbuilder": the people's word goes before
        words = _WORD.finditer(setup, head_end, head_end + 60)
        for word in itertools.islice(words, 3):
            lower = word.group(0).casefold()
            tags = phrasing.word_tags(lower)
            known = tags & {"NOUN", "ADJ"} or phrasing.names_people(lower, "term")
            if lower in _ACTOR_STOP or word.group(0)[:1].isupper() or not known:
                break
            if head is not None and phrasing.finite_verb(lower):
                break  # "a pond holds 50 frogs": the verb after the actor
            head, head_end = lower, word.end()
        if head is None or "NOUN" not in phrasing.word_tags(head):
            continue
        if number and _QUANTITY_AFTER.match(setup, head_end):
            continue  # "a force of 100 newtons": a measure, not an actor (unless the first)
        patterns.append(_actor_pattern(head, getLemma(head, upos="NOUN")[0]))
    for name in _SETUP_NAME.finditer(setup):
        if name.group(0) == "I" or (len(name.group(0)) > 1 and name.start() >= cue_end):
            continue
        # A one-letter name ("countries A and B") is no article only inside a sentence.
        start = r"(?<=\s)" if len(name.group(0)) == 1 else r"\b"
        patterns.append(re.compile(rf"{start}{re.escape(name.group(0))}\b"))
    return patterns


_NOT_A_NAME = SENTENCE_STARTERS | word_set("If Then So Now Next Once Unless")
"""Capitalised words that open a sentence without naming anyone."""
_FIRST_WORD_CAPITALISED = LazyPattern(r"[A-Z][a-z]+\b")
_CAPITAL_AFTER_SPACE = LazyPattern(r"(?<=\s)[A-Z]")


def _refers_back_by_pronoun(text: str) -> bool:
    """Whether a pronoun in the sentence stands for someone named before it: not after a
    name of the sentence's own ("David Ricardo published his theory ...")."""
    pronoun = _PRONOUN.search(text)
    if pronoun is None:
        return False
    before = text[: pronoun.start()]
    first = _FIRST_WORD_CAPITALISED.match(before)
    named_first = (
        first is not None
        and first.group(0) not in _NOT_A_NAME
        and not phrasing.word_tags(first.group(0).casefold())
    )
    return not named_first and _CAPITAL_AFTER_SPACE.search(before) is None


_QUOTED = LazyPattern(r"“[^”]*”|\"[^\"]*\"")
_READER_OPENS = LazyPattern(
    r"(?:^|,\s+|\b(?:when|if|as|once|before|after|while|because|since|until|unless|where)\s+)"
    r"(?:you|your|You|Your)\b"
)
_YOU_THEN = LazyPattern(r"\byou\s+(?:[a-z]+ly\s+)?(?P<word>[a-z]+)\b")
_TEXTBOOK_WE = LazyPattern(
    r"(?:^|,\s+)(?:we|We)\s+(?:(?:now|often|also|then|first|next|can|could|will|shall|may|might"
    r"|must|should|have|had|are|were|need|saw|see|know|say|call|turn|ask|find|learn|look"
    r"|begin|consider|define|think|use|get|describe|discuss|examine|return)\b)"
)


def _reader_voice(text: str) -> bool:
    """Whether the reader or the textbook's own voice is the sentence's subject: "Over lunch,
    you read the news on a phone made in Malaysia.", "Your shirt was sewn in ...", "On a
    summer afternoon you can watch ...", "We now ask why ...". It sets the reader in a scene
    or walks them through the chapter and states no fact to learn; "you" as an object ("The
    ferry takes you across the bay in 20 minutes.") may still state one. Words inside
    quotation marks are someone's words; a "You" with a capital inside the sentence is a
    title's ("the song Thank You")."""
    unquoted = _QUOTED.sub(" ", text)
    if _READER_OPENS.search(unquoted) or _TEXTBOOK_WE.search(unquoted):
        return True
    return any(
        phrasing.word_tags(match["word"].casefold()) & {"VERB", "AUX"}
        for match in _YOU_THEN.finditer(unquoted)
    )


_EVERYDAY_PEOPLE = word_set(
    """
    person man woman child parent teenager neighbor neighbour consumer shopper buyer seller
    customer owner driver herder household family employee employer voter taxpayer resident
    """
)
"""People a textbook's example names by what they do that the word tables know as no trade."""
_TRADE_ENDINGS = ("ist", "keeper", "maker", "grower", "owner", "worker", "seller", "buyer")
"""Endings of nouns that name a person by trade: "lobbyist", "beekeeper", "shoemaker"."""
_HYPOTHETICAL_MODALS = word_set("could would might")
_PLACING = word_set("in from on at near")
"""Prepositions that put a made-up person somewhere ("a farmer in Iowa"); "a member of the
House" names a role, whose rules "can" states."""
_GENERIC_PERSON = LazyPattern(
    r"(?:An?|One)\s+(?P<words>(?:[\w’'-]+\s+){0,2}?)(?P<head>[a-z][a-z-]+)"
    r"(?:\s+(?P<preposition>in|from|on|at|of|for|near|with)\s+[^,;:]{1,40}?)?"
    r"\s+(?P<modal>can|could|would|might)\s+"
)
_QUANTITY = LazyPattern(
    r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty"
    r"|fifty|hundred|thousand|million|dozen|half)\b",
    re.IGNORECASE,
)


def _generic_person(text: str) -> re.Pattern[str] | None:
    """A pattern for the made-up person a sentence opens with, if it does: an indefinite
    person named by trade, with what they can, could or would do in figures ("A Kenyan
    potter can make 20 bowls or 10 jugs in a day.", "A farmer in Iowa could grow 40
    bushels ..."). "can" needs the person set apart by a people's word or a place, or a craft
    ("A president can serve two terms", "A member of the House can serve two-year terms",
    "A person can give blood every 56 days" state rules); "could", "would" and "might" need a
    figure or a qualifier. A past tense states a fact ("A Dutch engineer built the first
    ...")."""
    match = _GENERIC_PERSON.match(text)
    if match is None:
        return None
    head = match["head"]
    lemma = getLemma(head, upos="NOUN")[0]
    trade = len(lemma) > 6 and lemma.endswith(_TRADE_ENDINGS)  # "lobbyist", "beekeeper"
    if not (phrasing.names_people(head, "term") or lemma in _EVERYDAY_PEOPLE or trade):
        return None
    if any(phrasing.finite_verb(word.casefold()) for word in match["words"].split()):
        return None  # "A man who ... can": the noun before the modal is no subject's head
    people_word = any(word[:1].isupper() for word in match["words"].split())
    counted = _QUANTITY.search(text, match.end()) is not None
    if match["modal"] in _HYPOTHETICAL_MODALS:
        made_up = counted or people_word or match["preposition"] is not None
    else:
        placed = people_word or match["preposition"] in _PLACING
        made_up = counted and (placed or lemma in lexicon.TRADES["crafts"])
    if not made_up:
        return None
    return _actor_pattern(head, lemma)


def _actor_pattern(head: str, lemma: str) -> re.Pattern[str]:
    """A later sentence's words naming the example's actor again ("the farmer", "these
    potters"), by the word as written or its lemma."""
    forms = "|".join(sorted({re.escape(head), re.escape(lemma)}))
    return re.compile(rf"\b{_REFERS_BACK_TO_ACTOR}(?:\w+\s+)?(?:{forms})s?\b", re.IGNORECASE)


_GENERIC_PERSON_NOW = LazyPattern(
    r"(?:(?i:for\s+(?:example|instance)|as\s+an\s+example),\s+)?(?:[Aa]n?|[Oo]ne)\s+"
    r"(?P<people>[A-Z][a-z]+\s+)?(?:[a-z][a-z-]+\s+)?(?P<head>[a-z][a-z-]+)"
    r"(?P<place>\s+(?:in|from)\s+[^,;:]{1,40}?)?\s+(?P<verb>[a-z]+s)\s"
)
_EXAMPLE_CUE = LazyPattern(
    r"\b(?:suppose|imagine|consider|for\s+(?:example|instance)|(?:table|figure|fig\.)\s+\d)",
    re.IGNORECASE,
)
"""Words that mark a worked example near a sentence: "Suppose ...", "for example", a table or
a figure the example fills ("Table 3-1 shows ...")."""


def _person_now(text: str) -> tuple[str, str, bool] | None:
    """(word, lemma, whether a people's word or a place sets them apart) of the made-up
    person a sentence opens with in the present tense and with figures: "A Peruvian weaver
    needs 4 hours to weave a scarf.", "An Estonian carpenter earns 18 euros an hour." Alone
    it may state a rule ("A senator serves 6 years"); it is an example in a worked example's
    company (``worked_examples``)."""
    match = _GENERIC_PERSON_NOW.match(text)
    if match is None or _QUANTITY.search(text, match.end()) is None:
        return None
    verb = phrasing.finite_verb(match["verb"])
    if verb is None or verb[1] != "VBZ":
        return None
    head = match["head"]
    lemma = getLemma(head, upos="NOUN")[0]
    trade = len(lemma) > 6 and lemma.endswith(_TRADE_ENDINGS)
    # a noun naming someone by what they do, after a people's word: "a Bolivian dyer"
    agent = (
        match["people"] is not None
        and lemma.endswith(lexicon.AGENT_ENDINGS)
        and (not lemma.endswith(("ant", "ent")) or lemma in lexicon.PEOPLE_IN_ANT_OR_ENT)
    )  # "a Vessian plant produces 400 cars a day": no person
    if not (phrasing.names_people(head, "term") or lemma in _EVERYDAY_PEOPLE or trade or agent):
        return None
    return head, lemma, bool(match["people"] or match["place"])


def worked_examples(sentences: Sequence[Sentence]) -> dict[int, re.Pattern[str]]:
    """The sentences (by index, with their actor's pattern) in which a made-up person does
    so much in the present tense inside a worked example: a paragraph with a cue ("Suppose",
    "for example", "Table 3-1"), or right after one that ends on a cue ("... consider a small
    example."), or right before one that opens with a cue ("Table 3-1 shows ..."). Without a
    cue, a person a people's word or a place sets apart is made up in a run of such
    sentences ("A Peruvian weaver needs 4 hours ... A Chilean weaver needs 6 hours ...") or
    when a later sentence of the paragraph names them again ("The carpenter would work more
    hours ..."); "A senator serves 6 years. A representative serves 2 years." state rules."""
    found: dict[int, re.Pattern[str]] = {}
    by_paragraph: dict[int, list[Sentence]] = {}
    for sentence in sentences:
        by_paragraph.setdefault(sentence.paragraph, []).append(sentence)
    for paragraph, members in by_paragraph.items():
        people = {s.index: person for s in members if (person := _person_now(s.text))}
        if not people:
            continue
        before = by_paragraph.get(paragraph - 1, [])
        after = by_paragraph.get(paragraph + 1, [])
        near = [*members, *before[-1:], *after[:1]]
        cued = any(_EXAMPLE_CUE.search(s.text) for s in near)
        for sentence in members:
            if sentence.index not in people:
                continue
            head, lemma, placed = people[sentence.index]
            pattern = _actor_pattern(head, lemma)
            named_again = any(
                pattern.search(later.text) for later in members if later.index > sentence.index
            )
            if cued or (placed and (len(people) > 1 or named_again)):
                found[sentence.index] = pattern
    return found


def _example_setup(text: str) -> list[re.Pattern[str]] | None:
    """The actors of the made-up example a sentence sets up, if it sets one up."""
    setup = _MADE_UP_SETUP.match(text)
    person = None if setup else _generic_person(text)
    if setup is None and person is None and not _reader_voice(text):
        return None
    actors = _actors(text, setup.end() if setup else 0)
    return [*actors, person] if person is not None else actors


def _carried_on(
    sentences: Sequence[Sentence], setup: Callable[[Sentence], list[re.Pattern[str]] | None]
) -> frozenset[int]:
    """The indices of the sentences that set up a scene (``setup`` gives its actors) or carry
    it on: in the same paragraph, naming an actor again, or right after such a sentence,
    referring back with a pronoun or in the conditional. The next paragraph carries it on
    only when it opens by naming an actor."""
    found: set[int] = set()
    actors: list[re.Pattern[str]] = []
    paragraph = -1
    chained = active = False
    for sentence in sentences:
        text = sentence.text
        introduced = setup(sentence)
        if introduced is not None:
            found.add(sentence.index)
            actors, paragraph, chained, active = introduced, sentence.paragraph, True, True
            continue
        if not active:
            continue
        names_actor = any(pattern.search(text) for pattern in actors)
        if sentence.paragraph != paragraph:
            if not (names_actor and sentence.paragraph == paragraph + 1):
                actors, active = [], False
                continue
            paragraph = sentence.paragraph
        chained = names_actor or (
            chained and (_refers_back_by_pronoun(text) or bool(_CONDITIONAL.search(text)))
        )
        if chained:
            found.add(sentence.index)
    return frozenset(found)


def made_up_examples(sentences: Sequence[Sentence]) -> frozenset[int]:
    """The indices of the sentences that set up a made-up example or carry it on: a
    thought experiment a textbook invents to illustrate a point ("Imagine a baker in Lyon who
    sells bread. She would then raise her price."), a person named by trade who could do so
    much ("A Kenyan potter can make 20 bowls ..."), a scene the reader is set in ("Over
    lunch, you read ..."). A teacher asks about the point, never about the baker. A sentence
    carries the example on when it is in the same paragraph and names its actor again ("the
    baker", "Ana"), or when it follows such a sentence without a break and refers back with
    a pronoun, is in the conditional or goes on with the story ("She would ...", "If the
    price ...", "One morning ..."). A general statement in between ("Prices rise when supply
    falls.") stays; the next paragraph carries the example on only when it opens by naming
    the actor."""
    worked = worked_examples(sentences)

    def setup(sentence: Sentence) -> list[re.Pattern[str]] | None:
        actors = _example_setup(sentence.text)
        if sentence.index in worked:
            return [*(actors or []), worked[sentence.index]]
        return actors

    return _carried_on(sentences, setup)


_RUN_IN_CHAPTER = as_written_or_capitals(
    name for name in CHAPTER_NAMES if name not in {"Part", "Section"}
)
"""The names of a running head run into a sentence; not "Part" or "Section", which follow a
number in a citation too ("Title 17 Section 107 The ...")."""
_SPACED_LABEL = margin_note_label(r"\s+")
_FURNITURE_INSIDE = LazyPattern(
    r"(?P<caption>(?:Figure|Fig\.|Table|Chart|Exhibit)\s+\d{1,3}[.\-–]\d{1,3}[.:]?\s+[A-Z])"
    rf"|(?P<chapter>(?:{_RUN_IN_CHAPTER})\s+\d{{1,3}}[.:]?\s+[A-Z])"
    r"|(?P<capitals>[A-Z][A-Z’'&-]+(?:\s+[A-Z][A-Z’'&-]+)+\s+\d{1,4}\s+[A-Z][a-z])"
    rf"|(?P<label>{_SPACED_LABEL}\s*:)"
    r"|(?P<continued>\((?:continued|Continued|cont\.)\))"
    r"|(?P<box>(?:FYI|In the News|IN THE NEWS|Case Study|CASE STUDY)\s+[A-Z])"
)
"""Page furniture a copy out of a PDF ran into a sentence that reading could not cut out for
certain: a caption ("Figure 4.3 A price floor ..."), a running head with its page number
("56 Chapter 4 Markets ...", "MARKETS AND PRICES 57 The ..."), a margin note's label, a
"(continued)" mark, a box's label and title before its first sentence ("FYI Women in
Congress Jeannette Rankin ..."). What must stand before one is checked apart (faster than a
pattern that looks behind at every character): a caption and a head open a word, a
chapter's head follows its page number, a label opens the sentence or follows a lower-case
word, a box's label opens the sentence."""
_PAGE_NUMBER_BEFORE = LazyPattern(r"(?:^|\s)\d{1,4}\s+$")
_WORD_BEFORE_LABEL = LazyPattern(r"[a-z,;]\s$")


def _garbled_by_furniture(text: str) -> bool:
    for match in _FURNITURE_INSIDE.finditer(text):
        start = match.start()
        before = text[max(0, start - 6) : start]
        if match.lastgroup == "continued" or (match.lastgroup == "box" and not start):
            return True
        if match.lastgroup == "label":
            if not start or _WORD_BEFORE_LABEL.search(before):
                return True
        elif match.lastgroup == "chapter":
            if _PAGE_NUMBER_BEFORE.search(before):
                return True
        elif not start or before[-1:].isspace():
            return True
    return False


def garbled_by_page_furniture(sentences: Sequence[Sentence]) -> frozenset[int]:
    """The indices of the sentences that page furniture runs into: a question made from one
    would ask about a caption or a running head glued to the body."""
    return frozenset(s.index for s in sentences if _garbled_by_furniture(s.text))


_BYLINE_INSIDE = LazyPattern(
    r"(?<=[A-Za-z] )By\s+(?:[A-Z][A-Z’'.-]+(?:\s+[A-Z][A-Z’'.-]+){1,3}\b"
    r"|[A-Z][a-z’'-]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z’'-]+\s+(?:The\s+)?[A-Z][a-z])"
)
"""A news box's byline run into its headline and text: "Wolves Return to the Valley By
JONAS FELL Mountain Herald Yesterday ...", "... Stranded By Marta Ellison The Prairie
Ledger ...": "By" with a capital inside a sentence, after a headline's word, before a name
(in capitals, or followed by the paper's name)."""
_WEEKDAY = rf"(?:{'|'.join(lexicon.WEEKDAYS)})"
_SPAN_OF_TIME = rf"(?:week|weekend|month|year|spring|summer|autumn|fall|winter|night|{_WEEKDAY})"
_RELATIVE_DATE = LazyPattern(
    rf"\b(?:[Ll]ast|[Tt]his|[Nn]ext)\s+{_SPAN_OF_TIME}\b(?!\s*,?\s*\d)"
    r"|\b(?:yesterday|tomorrow)\b|^(?:Yesterday|Tomorrow)\b"
)
"""A time told from the day a news story was written, which the reader cannot know: "Last
Wednesday the ministry ...", "rangers counted ... yesterday", "this week". A "last" that a
word before it makes part of a phrase ("in his last year", "the last week of June") is no
such time, nor a weekday with its date; a weekday alone ("on Monday") mostly follows a date
the text gives, so it stays."""


def _relative_date(text: str) -> bool:
    """Whether a sentence tells a time from the day it was written (``_RELATIVE_DATE``)."""
    for match in _RELATIVE_DATE.finditer(text):
        before = text[max(0, match.start() - 12) : match.start()].split()
        if not before or before[-1].casefold() not in _OWNERS:
            return True
    return False


_OWNERS = word_set("the his her its their our my a an that each every whose one")
"""Words before "last", "this" or "next" that make it part of a phrase ("the last year")."""


def _story_setup(text: str) -> list[re.Pattern[str]] | None:
    """The actors of the news story a sentence opens or tells from an unstated day."""
    if _BYLINE_INSIDE.search(text) or _relative_date(text):
        return _actors(text, 0)
    return None


def news_story(sentences: Sequence[Sentence]) -> frozenset[int]:
    """The indices of the sentences of a story told from a day the reader does not know, as
    a news story a textbook quotes in a box or its local case study: its headline and byline
    run into the sentence, a time told from the day the story was written ("Last Wednesday",
    "yesterday", "this week"), and what carries it on as a made-up example's sentences do
    ("Last Tuesday the council approved a budget. The mayor signed the budget in May.": May
    of a year no one states)."""
    return _carried_on(sentences, lambda sentence: _story_setup(sentence.text))


_EXERCISE_VERBS = word_set(
    """
    explain define describe draw compare contrast list predict identify discuss calculate
    sketch summarize summarise evaluate analyze analyse outline justify label classify
    interpret construct illustrate distinguish determine suppose give write graph match use
    complete name answer
    """
)
"""Verbs that open an exercise's task ("Explain why ...", "Define opportunity cost.")."""
_EXERCISE_VERB_OBJECTS = word_set(
    """
    the a an this these those your each two three four five how why what which who whom whose
    when where whether one some at
    """
)
"""Words that follow an exercise's verb: its object's article, a question word."""
_ITEM_NUMBER = LazyPattern(r"^\(?\d{1,2}[.)]\s+(?=\S)")
_ENDS_ON_ITEM_NUMBER = LazyPattern(r"\s\(?\d{1,2}[.)]$")


def _task(text: str) -> bool:
    """Whether a sentence asks the reader something or tells them to do something: a
    question, or an exercise's verb with its object ("Define opportunity cost.", "Explain why
    ..."); a verb that is also a noun opens a statement when its next word is no object
    ("Draw bridges open ...")."""
    if text.rstrip(")").endswith("?"):
        return True  # not a question quoted at the end of a statement ('... asked, "Why?"')
    words = text.split(maxsplit=2)
    if len(words) < 2 or words[0].casefold() not in _EXERCISE_VERBS or not words[0].istitle():
        return False
    following = words[1].casefold()
    return following in _EXERCISE_VERB_OBJECTS or not phrasing.word_tags(following) - {"NOUN"}


def exercises(sentences: Sequence[Sentence]) -> frozenset[int]:
    """The indices of the sentences that are exercises, which state no fact: a question or a
    task ("Explain why ...") and, once a numbered exercise opens in a paragraph (a copy runs
    a chapter's numbered questions together, its columns too: "1. Define opportunity cost.
    4. Why do countries trade? 2. ..."), every sentence after it in that paragraph, the
    problems' made-up data too ("3. Maria can read 20 pages an hour.")."""
    found: set[int] = set()
    paragraph = -1
    """The paragraph whose numbered exercises have begun."""
    for sentence, before in zip(sentences, [None, *sentences], strict=False):
        text = sentence.text
        if sentence.paragraph == paragraph:
            found.add(sentence.index)
            continue
        item = _ITEM_NUMBER.match(text)
        if not _task(text[item.end() :] if item else text):
            continue
        found.add(sentence.index)
        after_number = (  # "Review Questions 1." / "Define erosion."
            before is not None
            and before.paragraph == sentence.paragraph
            and _ENDS_ON_ITEM_NUMBER.search(before.text) is not None
        )
        if item or after_number:
            paragraph = sentence.paragraph
    return frozenset(found)


_EXAMPLES_OF_WHAT_CAME_BEFORE = LazyPattern(
    r"\s(?:is|are|was|were)\s+(?:(?:an?|one|two|three|good|typical|classic|other|further"
    r"|more|some|such)\s+){0,2}examples?[.!]?$"
)
"""The end of a sentence that gives examples of what the sentences before it described:
"Rice paddies in Java and market gardens in Bali are examples.", "... is a classic example."."""


def examples_of_what_came_before(sentences: Sequence[Sentence]) -> frozenset[int]:
    """The indices of the sentences that only name examples of what was said before them
    (``_EXAMPLES_OF_WHAT_CAME_BEFORE``): asked alone, "... in which country are examples?"
    has lost what they are examples of."""
    return frozenset(s.index for s in sentences if _EXAMPLES_OF_WHAT_CAME_BEFORE.search(s.text))


def not_to_ask(sentences: Sequence[Sentence]) -> frozenset[int]:
    """The indices of the sentences no question comes from: a made-up example and what carries
    it on, a sentence that page furniture garbles, a news story's sentence that its byline
    garbles or that tells a time from a day the reader does not know, an exercise, and a
    sentence that names examples of what the sentences before it said."""
    return (
        made_up_examples(sentences)
        | garbled_by_page_furniture(sentences)
        | news_story(sentences)
        | exercises(sentences)
        | examples_of_what_came_before(sentences)
    )
