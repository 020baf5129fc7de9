"""Paragraphs and sentences of a cleaned document, each with its verbatim quote.

A sentence keeps two texts: ``quote`` is exactly the characters of the source (so it can be
shown as evidence and checked), ``text`` is what questions are built from (line breaks and runs
of spaces collapsed, Markdown emphasis, code and link syntax removed).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from lemminflect import getLemma

from factdeck.generate import phrasing
from factdeck.generate.text import collapse_spaces, word_set

ABBREVIATIONS = word_set(
    """
    mr mrs ms dr prof st mt ft sr jr gen col lt sgt capt cmdr adm gov sen rep rev hon pres
    no nos vol vols pp ch fig figs ed eds approx c ca cf vs inc ltd co corp bros dept est
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
_LIST_MARKER = re.compile(r"^(\s*(?:[-*+•]|\d{1,3}[.)]|>)\s+)")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1")


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
    paragraph: int = 0
    """Which paragraph of its document the sentence is in (0-based)."""
    note_line: bool = False
    """Whether the sentence is a list item or fills a line of its own, as a note's points do."""


def _paragraphs(text: str) -> Iterator[tuple[int, int, bool]]:
    """(start, end, whether it is a list item) of each paragraph: runs of non-blank lines;
    list items stand alone."""
    start: int | None = None
    item = False
    offset = 0
    for line in text.split("\n"):
        line_end = offset + len(line)
        marker = _LIST_MARKER.match(line)
        if not line.strip():
            if start is not None:
                yield start, offset - 1, item
                start = None
        elif marker:
            if start is not None:
                yield start, offset - 1, item
            start, item = offset + marker.end(), True
        elif start is None:
            start, item = offset, False
        offset = line_end + 1
    if start is not None:
        yield start, len(text), item


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
    next_word = re.match(r"\w+", paragraph[next_start:])
    return (
        name_before is not None
        and next_word is not None
        and (next_word.group(0) in SENTENCE_STARTERS)
    )


def _is_abbreviation(paragraph: str, dot: int, next_start: int) -> bool:
    word = _word_before(paragraph, dot)
    if not word:
        return False
    if "." in word:  # an initialism such as U.S. or e.g.
        next_word = re.match(r"\w+", paragraph[next_start:])
        return next_word is None or next_word.group(0) not in SENTENCE_STARTERS
    if len(word) == 1 and word.isupper():  # an initial: "J. R. R. Tolkien"
        return not _regnal_number_ends_sentence(paragraph, dot, next_start)
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
        while end < length and paragraph[end] in _CLOSERS:
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


_GLOSSARY_ENTRY = re.compile(
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


_NOT_TERM_WORDS = word_set(
    "note notes example examples e.g. i.e. tip warning remember see update source answer"
    " question step summary i you we he she it they this that these those there here"
)
"""Labels and pronouns: "Note: the exam is on Monday" defines nothing."""


def display_text(quote: str, *, markdown: bool) -> str:
    """The text a question shows for a quote: one line, Markdown syntax removed."""
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


def split_sentences(document: str, text: str, *, markdown: bool = False) -> list[Sentence]:
    """Every sentence of a cleaned document, in order."""
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
                shown = glossary_entry(shown) or shown
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
