"""Reflowing text copied out of a PDF or an e-book before it is imported.

Such text often comes as one huge line, with sentences run together ("… seem peculiar.But, in
fact, …") and words hyphenated where a line or page broke ("eco- nomics", "eco-\\nnomics").
``reflow`` repairs the three:

- a full stop, question mark or exclamation mark glued to the capitalised word after it gets
  its space back, unless the pair is part of something else (an initialism "J.R.R.", a
  decimal "3.5", a domain "example.com", a dotted name "Console.WriteLine");
- a line longer than a long paragraph is split into paragraphs at sentence ends: at the
  paragraph cues it still has (a double space between two sentences, a heading in capitals or
  one the next sentence repeats, a run-in "See also" or "References" list), then every few
  sentences, never before a sentence that refers back;
- a word broken by a hyphen is joined when the joined word is a word lemminflect knows
  ("eco- nomics" → "economics") or one the text uses unbroken elsewhere; otherwise ("pre- and
  post-war") it is left as it is. A soft hyphen (U+00AD, invisible) always goes.

Splitting only turns the spaces between two sentences into a paragraph break: every other
character of the line is kept, in order.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise, takewhile

from factdeck.generate import lexicon
from factdeck.generate.clean import (
    BOILERPLATE_SECTIONS,
    BULLETS,
    CHAPTER_NAMES,
    LIST_ITEM,
    MARGIN_NOTE_LABELS,
    as_written_or_capitals,
    margin_note_label,
)
from factdeck.generate.patterns import LazyPattern
from factdeck.generate.phrasing import word_tags
from factdeck.generate.sentences import SENTENCE_STARTERS, margin_definition, split_paragraph
from factdeck.generate.text import word_set

LONG_LINE_CHARS = 3_000
"""A line longer than this (a long paragraph holds about 3,000 characters) is split."""
PARAGRAPH_CHARS = 800
PARAGRAPH_SENTENCES = 5
"""A paragraph made from a long line closes before it would pass either bound, unless the
next sentence refers back to it; then it closes before passing twice the bounds."""
_REFERS_BACK = word_set(
    """
    he she it they his her its their him them this these those such however but also then
    thus so yet not moreover furthermore meanwhile instead therefore hence still nevertheless
    besides likewise similarly
    """
)
"""Sentence openers that refer to the sentence before ("He", "However"): a paragraph does
not start with one, so the sentence keeps what it refers to."""

_RUN_ON = LazyPattern(
    r"(?<![\w@/.:_])(?:[A-Za-z]*[a-z]{2}|\d[\d,]*%?)[.!?]+[\"'”’)\]]*"
    r"(?P<next>[A-Z][a-z]*)(?=[\s,;:!?\"'”’)\]]|\.(?!\w)|$)"
)
"""A sentence end glued to the next sentence: a word of two lower-case letters at least, or a
number, then the stop and its closers, then a plain capitalised word. A word that is part of
a URL, an e-mail address, a path or a dotted name (not after a space) does not count, nor a
capitalised word run into more letters ("WriteLine"), a call "(" or another dotted part."""
_DOMAIN_ENDINGS = frozenset({"com", "org", "net", "edu", "gov", "info", "io"})
_HEADING_RUN = LazyPattern(
    r"[A-Z][A-Z’'&-]*[A-Z](?:\s+(?:[A-Z][A-Z’'&-]*[A-Z]|\d+))+(?=\s+[A-Z][a-z])"
)
"""A heading in capitals at the start of a sentence, two words at least (of 8 letters in all,
so that "US NATO" stays): "CHAPTER 3 THE HOUSEHOLD ECONOMY Households spend …"."""
_SECTION_NAMES = sorted(
    (name.capitalize() for name in BOILERPLATE_SECTIONS), key=lambda n: (-len(n), n)
)
_SECTION_RUN = LazyPattern(
    f"(?:{'|'.join(map(re.escape, _SECTION_NAMES))})"
    + rf"(?=\s+(?:[{re.escape(BULLETS)}^]|\d{{1,3}}[.)])\s)"
)
"""A run-in "See also" or "References" section opening a sentence, its list after it: its
items open with a bullet (any glyph a list item opens with), a number, or the caret of a
reference's back-link."""
_TOKEN = LazyPattern(r"\S+")
_ARTICLES = frozenset({"The", "A", "An"})
_BROKEN_WORD = LazyPattern(
    r"(?<!\w)(?P<head>[A-Za-z]+)-(?:[ \t]*\n[ \t]*|[ \t]+)(?P<tail>[a-z]+)\b(?!-)"
)

_WORD = LazyPattern(r"[A-Za-z]+(?:-[A-Za-z]+)*")
_SOFT_HYPHEN = "\u00ad"
_SOFT_HYPHEN_BREAK = LazyPattern(r"(?<=\w)\u00ad(?:[ \t]*\n[ \t]*|[ \t]+)(?=\w)")


@dataclass(frozen=True)
class LongLine:
    """A line of the source that was split into paragraphs."""

    line: int
    """1-based line number in the source."""
    chars: int
    paragraphs: int
    longest_sentence: int
    """The characters of its longest sentence: what the import still has to read at once."""


@dataclass(frozen=True)
class Reflowed:
    """A document's text as the import reads it, and what reading it repaired."""

    text: str
    long_lines: tuple[LongLine, ...]
    spaced_stops: int
    """Sentence ends that got back the space after them."""
    joined_words: int
    """Words broken by a hyphen that were joined."""
    furniture_lines: int = 0
    """Lines of page furniture removed: running heads, page numbers, captions, margin notes."""
    rejoined_lines: int = 0
    """Lines of a sentence that blank lines had cut apart, joined again."""


def restore_sentence_spaces(text: str) -> tuple[str, int]:
    """The text with a space put back after each sentence end glued to the next sentence
    ("peculiar.But" → "peculiar. But"), and how many were put back."""
    count = 0

    def spaced(match: re.Match[str]) -> str:
        nonlocal count
        if match["next"].casefold() in _DOMAIN_ENDINGS:
            return match[0]
        count += 1
        cut = match.start("next") - match.start()
        return f"{match[0][:cut]} {match[0][cut:]}"

    return _RUN_ON.sub(spaced, text), count


def _broken_name(match: re.Match[str]) -> bool:
    """Whether a capitalised word broken at a line's end is a name in two pieces ("Tetteh
    Quar-" / "shie", "Nether-" / "lands"): a place the tables know, or one whose first piece
    is no word at all. A compound whose pieces are both words ("Self-" / "interest") is not."""
    head, tail = match["head"], match["tail"]
    if not head[:1].isupper() or "\n" not in match[0]:
        return False
    return head + tail in lexicon.KNOWN_LANDS or not word_tags(head.casefold())


def join_broken_words(text: str) -> tuple[str, int]:
    """The text with each word broken by a hyphen at a line break or before a space joined,
    and how many were joined: with its hyphen when the text writes it so elsewhere
    ("well-known", "co-operation"), else into one word when the text uses it unbroken
    ("isomorphism") or lemminflect knows it, or into a name broken at a line's end
    ("Quar-" / "shie"). A soft hyphen, which only marks where a word may
    break, always goes, with the break after it."""
    count = len(_SOFT_HYPHEN_BREAK.findall(text))
    text = _SOFT_HYPHEN_BREAK.sub("", text).replace(_SOFT_HYPHEN, "")
    used = {word.casefold() for word in _WORD.findall(text)}

    def joined(match: re.Match[str]) -> str:
        nonlocal count
        word = match["head"] + match["tail"]
        compound = f"{match['head']}-{match['tail']}"
        if compound.casefold() in used and word.casefold() not in used:
            count += 1
            return compound  # the document's own spelling first: "co-operation"
        if word.casefold() in used or word_tags(word.casefold()) or _broken_name(match):
            count += 1
            return word
        return match[0]

    return _BROKEN_WORD.sub(joined, text), count


def _pieces(line: str) -> list[tuple[int, int, bool]]:
    """(start, end, whether it is a heading) of each sentence of a line, a heading that opens
    a sentence cut off: in capitals ("THE HOUSEHOLD ECONOMY Households spend …"), a "See also"
    list's ("See also - Panama Canal - …"), or one the sentence repeats."""
    pieces: list[tuple[int, int, bool]] = []
    for start, end in split_paragraph(line):
        heading_end = _heading_end(line, start, end)
        if heading_end is not None:
            rest = heading_end
            while line[rest].isspace():
                rest += 1
            pieces += [(start, heading_end, True), (rest, end, False)]
        else:
            pieces.append((start, end, False))
    return pieces


def _heading_end(line: str, start: int, end: int) -> int | None:
    """Where a heading run into the sentence at ``start`` ends, if one is."""
    heading = _HEADING_RUN.match(line, start, end)
    if heading is not None and sum(ch.isalpha() for ch in heading[0]) >= 8:
        return heading.end()
    heading = _SECTION_RUN.match(line, start, end)
    if heading is not None:
        return heading.end()
    return _repeated_heading_end(line, start, end)


def _repeated_heading_end(line: str, start: int, end: int) -> int | None:
    """Where a heading ends that the sentence after it opens by repeating, as a
    PDF copy runs a title into its first sentence: "The Suez Canal The Suez Canal is …",
    "Normans The Normans were …". A one-word heading needs six letters at least, so that a
    doubled name ("Bora Bora is …") stays whole."""
    words = list(_TOKEN.finditer(line, start, min(end, start + 200)))
    for size in range(1, min(8, len(words) - 1) + 1):
        heading = [word[0] for word in words[:size]]
        if not heading[0][:1].isupper() or not heading[-1][-1:].isalnum():
            return None
        following = [word[0].rstrip(",.;:") for word in words[size : 2 * size + 1]]
        named = heading[1:] if heading[0] in _ARTICLES and size > 1 else heading
        repeated = following[1:] if following[0] in _ARTICLES else following
        long_enough = len(named) > 1 or len(named[0]) >= 6
        if following[0][:1].isupper() and repeated[: len(named)] == named and long_enough:
            return words[size - 1].end()
    return None


def _paragraph_starts(line: str, pieces: list[tuple[int, int, bool]]) -> list[int]:
    """Which pieces open a paragraph (by index, the first left out): after a double space
    when that is a cue (between some sentences, not after every one), around a heading, and
    before a paragraph would pass its bounds."""
    gaps = [line[end:next_start] for (_, end, _), (next_start, _, _) in pairwise(pieces)]
    cued = {i + 1 for i, gap in enumerate(gaps) if "  " in gap or "\t" in gap}
    starts = cued if len(cued) * 2 < len(gaps) else set()
    for index, (_, _, heading) in enumerate(pieces):
        if heading:
            starts.update((index, index + 1))
    chars = sentences = 0
    for index, (start, end, _) in enumerate(pieces):
        opener = re.match(r"\W*(\w+)", line[start:end])
        stretch = 2 if opener and opener[1].casefold() in _REFERS_BACK else 1
        full = (
            sentences >= PARAGRAPH_SENTENCES * stretch
            or chars + (end - start) > PARAGRAPH_CHARS * stretch
        )
        if index in starts or (sentences and full):
            starts.add(index)
            chars = sentences = 0
        chars += end - start
        sentences += 1
    return sorted(index for index in starts if 0 < index < len(pieces))


def split_long_line(line: str) -> list[str]:
    """The paragraphs of one long line, cut between sentences: every character of the line
    is kept, in order, except the spaces where it is cut."""
    pieces = _pieces(line)
    paragraphs: list[str] = []
    begin = 0
    for index in _paragraph_starts(line, pieces):
        paragraphs.append(line[begin : pieces[index - 1][1]])
        begin = pieces[index][0]
    paragraphs.append(line[begin:])
    return paragraphs


_PAGE_NUMBER = LazyPattern(
    r"\s*(?:[-–—]\s*)?(?:page\s+)?\d{1,4}(?:\s+of\s+\d{1,4})?(?:\s*[-–—])?\s*", re.IGNORECASE
)
_CHAPTER_WORD = rf"(?:{'|'.join(CHAPTER_NAMES).lower()})\s+\d{{1,3}}[.:]?"
_RUNNING_HEAD = LazyPattern(
    r"\s*(?:\d{1,4}\s+(?P<after>\S.{2,80}?)|(?P<before>\S.{2,80}?)\s+\d{1,4})\s*"
)
MAX_TITLE_LINE = 120
"""A chapter's or a box's title line is no longer than this."""
_CAPITALS_HEAD = LazyPattern(r"[A-Z][A-Z\d ,:;&'’()-]*[A-Z)]")
_CHAPTER_HEAD = LazyPattern(rf"(?i:{_CHAPTER_WORD})\s+\S.*")
_CHAPTER_TITLE_LINE = LazyPattern(rf"\s*(?i:{_CHAPTER_WORD})\s+[A-Z][^.!?:;]{{0,80}}[^\s.!?:;,]\s*")
_CAPTION = LazyPattern(
    r"\s*(?i:figure|fig\.|table|chart|graph|map|diagram|exhibit|box)\s+\d{1,3}(?:[.\-–]\d{1,3})*"
    r"[.:]?\s+[A-Z(\"“‘].*"
)
_CONTINUED = LazyPattern(
    r"\s*(?:\S.{0,80}\s)?\((?:continued|cont(?:’|'|\.|inued)?)\)\s*|\s*continued\s+(?:on|from)\s+"
    r"(?:the\s+)?(?:next|previous|page)\b.{0,20}",
    re.IGNORECASE,
)
_SPACED_LABEL = margin_note_label(r"\s+")
_MARGIN_LABEL = LazyPattern(
    rf"\s*(?:{_SPACED_LABEL}|key\s+ideas?|did\s+you\s+know\??|study\s+tip|remember)"
    r"\s*[:–—]\s*\S",
    re.IGNORECASE,
)
_INLINE_MARGIN_NOTE = LazyPattern(
    rf"(?<=[a-z,;] ){margin_note_label(' ')}\s*[:–—]\s+[^.!?\n]{{1,120}}[.!?]\s+(?=[a-z])"
)
"""A margin note's box run into the middle of a sentence: "The seller sets a Key term: price
floor A legal minimum price. price above ...": the sentence before it stops mid-way (a
lower-case word) and goes on after it in lower case, so the box is certainly not the text's."""
_STOPS = (".", "!", "?")
_SENTENCE_END = (*_STOPS, ":", ";", '"', "”", "’", ")")
MAX_NOTE_LINES = 3
"""A margin note's box takes its label line and at most this many lines of its text."""


def _running_head(match: re.Match[str] | None, heads: Counter[str]) -> bool:
    """Whether a line whose ``_RUNNING_HEAD`` match is given is a page's running head: a page
    number with the chapter's or the book's title, "54 Chapter 4 Markets and Prices" or
    "MARKETS AND PRICES 55", or any short title that comes back with another page number
    (``heads`` counts them)."""
    if match is None:
        return False
    head = match["after"] or match["before"]
    if head.endswith(_STOPS) or len(head.split()) > 12:
        return False
    capitals = _CAPITALS_HEAD.fullmatch(head) is not None and sum(c.isalpha() for c in head) >= 8
    return capitals or _CHAPTER_HEAD.fullmatch(head) is not None or heads[head.casefold()] > 1


def _numbered(line: str) -> bool:
    """Whether a line opens or ends with a digit, as a page number or a running head does
    (checked first: it is much faster than the patterns)."""
    stripped = line.strip()
    return (
        bool(stripped)
        and len(stripped) <= 120
        and (stripped[0] + stripped[-1]).isalnum()
        and (stripped[0].isdigit() or stripped[-1].isdigit())
    )


_TABLE_CAPTION = LazyPattern(r"\s*(?i:table|exhibit)\s")
MAX_ROW_CHARS = 80
_PROSE_RUN = LazyPattern(r"(?:\b[a-z]{2,}\b[,;]?\s+){3}[a-z]{2,}\b")
"""Four lower-case words in a row: prose, not a table's row ("2 grasshopper 2,000")."""


def _table_rows(lines: list[str], start: int) -> list[int]:
    """The indices of a table's lines right under its caption, as a copy out of a PDF gives
    them, one row a line: its heading row (short, its words mostly capitalised: "Level
    Organism Energy (kJ)") and the rows with figures, up to a blank line or a line of prose."""
    rows: list[int] = []
    for index in range(start, min(len(lines), start + MAX_TABLE_ROWS)):
        line = lines[index].strip()
        if not line or len(line) > MAX_ROW_CHARS or line.endswith(_STOPS):
            break
        words = line.split()
        heading_row = not rows and sum(w[:1].isupper() or w[:1] == "(" for w in words) * 2 >= len(
            words
        )
        if not (heading_row or any(ch.isdigit() for ch in line)) or _PROSE_RUN.search(line):
            break
        rows.append(index)
    return rows


MAX_TABLE_ROWS = 40


def _furniture(lines: list[str]) -> set[int]:
    """The indices of the lines that are page furniture."""
    numbered = [_numbered(line) for line in lines]
    page_heads = [
        _RUNNING_HEAD.fullmatch(line) if number else None
        for line, number in zip(lines, numbered, strict=True)
    ]
    heads = Counter((match["after"] or match["before"]).casefold() for match in page_heads if match)
    found: set[int] = set()
    index = 0
    while index < len(lines):
        line = lines[index]
        if _CAPTION.fullmatch(line) and len(line.split()) <= 25:
            found.add(index)
            if _TABLE_CAPTION.match(line):
                rows = _table_rows(lines, index + 1)
                found.update(rows)
                index += len(rows)
        elif (
            (numbered[index] and _PAGE_NUMBER.fullmatch(line))
            or _running_head(page_heads[index], heads)
            or ("cont" in line.casefold() and _CONTINUED.fullmatch(line))
        ):
            found.add(index)
        elif _MARGIN_LABEL.match(line) and len(line) <= 200:
            found.add(index)
            if not line.rstrip().endswith(_STOPS):
                # "Key term: price floor", then its box's text up to its full stop; or a
                # note's sentence that goes on ("Margin note: The carrying capacity is the")
                near = range(index + 1, min(len(lines), index + 1 + 2 * MAX_NOTE_LINES))
                box = [i for i in near if lines[i].strip()][:MAX_NOTE_LINES]
                goes_on = len(line.split()) > 6
                if box and (goes_on or lines[box[0]].strip()[:1].isupper()):
                    for position, following in enumerate(box):
                        if lines[following].rstrip().endswith(_STOPS):
                            found.update(box[: position + 1])
                            index = following
                            break
        index += 1
    return found


MARGIN_GAP = " " * 3
"""A run of spaces this long inside a line sets a layout copy's margin column apart."""
_BESIDE_MARGIN = LazyPattern(r"(?P<body>\S.{29,}?\S) {3,}(?P<margin>\S.{0,60})")
_MARGIN_ALONE = LazyPattern(r" {30,}\S.{0,60}")
MIN_MARGIN_LINES = 2
MAX_MARGIN_LINE = 200


def _drop_margin_column(text: str) -> tuple[str, int]:
    """The text without the margin column a copy that keeps the page's layout puts beside
    the body ("... A Kenyan herder can        absolute advantage"), and how many lines
    lost it. A line of a page (30 characters of the body at least, 200 in all) then a run of
    three spaces or more and a short text is a body line beside the margin; a line of the
    margin's text alone is far indented. Only a text with two such lines beside the body at
    least is such a copy (one wide gap may be a table's)."""
    if MARGIN_GAP not in text:
        return text, 0
    lines = text.split("\n")
    beside = {
        index: match["body"]
        for index, line in enumerate(lines)
        if MARGIN_GAP in line
        and len(line) <= MAX_MARGIN_LINE
        and (match := _BESIDE_MARGIN.fullmatch(line.rstrip()))
    }
    if len(beside) < MIN_MARGIN_LINES:
        return text, 0
    alone = {index for index, line in enumerate(lines) if _MARGIN_ALONE.fullmatch(line.rstrip())}
    kept = [beside.get(index, line) for index, line in enumerate(lines) if index not in alone]
    return "\n".join(kept), len(beside) + len(alone)


def drop_page_furniture(text: str) -> tuple[str, int]:
    """The text without the page furniture a copy out of a PDF interleaves with the body:
    running heads and page numbers, figure and table captions (a table's rows with them),
    "(continued)" lines, margin notes and key-term boxes (a line of its own, or a box run
    into the middle of a sentence that goes on after it in lower case); and how many lines
    went. A line goes whole, so the
    body lines around it join up again (with the blank lines between them when the sentence
    before the furniture goes on after it); every other character is kept, in order. A
    chapter's title line ("Chapter 4 Markets and Prices") is set apart as a heading. A margin
    column beside the body in a copy that keeps the page's layout goes too."""
    text, margins = _drop_margin_column(text)
    lines = text.split("\n")
    found = _furniture(lines)
    kept: list[str] = []
    broken = False
    """Whether furniture was removed since the last body line."""
    for index, line in enumerate(lines):
        if index in found:
            broken = True
            continue
        if broken and line.strip():
            broken = False
            cut = len(kept)
            while cut and not kept[cut - 1].strip():
                cut -= 1
            goes_on = cut and not kept[cut - 1].rstrip().endswith(_SENTENCE_END)
            if goes_on and line.strip()[:1].islower():
                del kept[cut:]  # the sentence broken by a page goes on: one paragraph again
        kept.append(line)
    count = len(found)
    joined = "\n".join(kept)
    notes = 0
    if any(label in joined for label in MARGIN_NOTE_LABELS):
        joined, notes = _INLINE_MARGIN_NOTE.subn("", joined)
    joined, heads = _drop_inline_running_heads(joined)
    return _chapter_titles_apart(joined), count + notes + heads + margins


_CHAPTER_NAME = as_written_or_capitals(CHAPTER_NAMES)
_INLINE_CHAPTER_HEAD = LazyPattern(
    rf"(?<!\S)\d{{1,4}} (?P<chapter>(?:{_CHAPTER_NAME}) \d{{1,3}}[.:]?)"
    r" (?P<words>(?:[^\s.!?]+ ){1,12})"
)
_CHAPTER_NUMBERED = LazyPattern(rf"(?:{_CHAPTER_NAME}) \d")
"""A quick first look for "Chapter 4": only a text that has one can have a chapter's head."""
_INLINE_CAPITALS_HEAD = LazyPattern(r"(?P<head>[A-Z][A-Z’'&-]+(?: [A-Z][A-Z’'&-]*)+) \d{1,4} ")


def _drop_inline_running_heads(text: str) -> tuple[str, int]:
    """The text without the running heads a copy ran into its lines ("... a day. 54 Chapter
    4 Markets and Prices One morning ..."), and how many went. A head is certain when it
    comes back with other page numbers: "Chapter 4" and the words that follow it each time
    ("Markets and Prices"), or the same words in capitals before a page number; or when the
    text has the chapter's title line. The capitals of a chapter's title are its head too
    ("MARKETS AND PRICES 55"), with the chapter's number before them or not ("CHAPTER 4
    MARKETS AND PRICES 55")."""
    titles = [
        line.strip()
        for line in text.split("\n")
        if len(line) <= MAX_TITLE_LINE and _CHAPTER_TITLE_LINE.fullmatch(line)
    ]
    following: dict[str, list[list[str]]] = {}
    if _CHAPTER_NUMBERED.search(text):
        for match in _INLINE_CHAPTER_HEAD.finditer(text):
            following.setdefault(match["chapter"], []).append(match["words"].split())
    heads = set(titles)
    for chapter, runs in following.items():
        if len(runs) > 1:
            same = takewhile(lambda words: len(set(words)) == 1, zip(*runs, strict=False))
            shared = [words[0] for words in same]
            if shared:
                heads.add(f"{chapter} {' '.join(shared)}")
    capitals = Counter(
        match["head"]
        for match in _INLINE_CAPITALS_HEAD.finditer(text)
        if not match.start() or text[match.start() - 1].isspace()
    )
    capital_heads = {head for head, seen in capitals.items() if seen > 1}
    capital_heads |= {head.split(maxsplit=2)[2].upper() for head in heads if len(head.split()) > 2}
    patterns = [rf"\d{{1,4}} {re.escape(head)}" for head in sorted(heads)]
    chapter = rf"(?:(?:{_CHAPTER_NAME}) \d{{1,3}}[.:]? )?"  # "CHAPTER 9 THE ... BRANCH 199"
    patterns += [rf"{chapter}{re.escape(head)} \d{{1,4}}" for head in sorted(capital_heads)]
    if not patterns:
        return text, 0
    inline = re.compile(rf"(?<!\S)(?:{'|'.join(patterns)}) +(?=\S)")

    def page_break(match: re.Match[str]) -> str:
        # a page that ends a sentence, before one that opens in lower case: a fragment of
        # the page's margin follows, no part of the sentence before
        before = text[max(0, match.start() - 4) : match.start()].rstrip()
        return "\n\n" if before.endswith(_STOPS) and text[match.end()].islower() else ""

    return inline.subn(page_break, text)


_EXAMPLE_TITLE_LINE = LazyPattern(
    r"\s*(?i:(?:worked\s+)?example|case\s+study|thought\s+experiment|activity|exercise|fyi"
    r"|in\s+the\s+news)"
    r"(?:\s+\d{1,3}(?:\.\d{1,3})*[.:]?)?(?:\s+[A-Z][^.!?:;]{0,60}[^\s.!:;,])?\s*"
)
"""The title of a box in a chapter: "Worked example 2.1", "Case study: ...", "Activity 3",
"FYI The Legacy of ...", "In the News" (a title may ask: "Case Study Should ... Buy
Local?")."""


def _chapter_titles_apart(text: str) -> str:
    """The text with each chapter title line, and each title of a box ("Worked example
    2.1"), between blank lines, so that it reads as a heading and not as the start of the
    first sentence."""
    lines = text.split("\n")
    out: list[str] = []
    for index, line in enumerate(lines):
        title = len(line) <= MAX_TITLE_LINE and (
            _CHAPTER_TITLE_LINE.fullmatch(line) or _EXAMPLE_TITLE_LINE.fullmatch(line)
        )
        if title and out and out[-1].strip():
            out.append("")
        out.append(line)
        if title and index + 1 < len(lines) and lines[index + 1].strip():
            out.append("")
    return "\n".join(out)


_INLINE_RUN = LazyPattern(
    r"(?:(?<=[a-z\d][.!?])(?P<lead>[ \n])|(?<=\n\n)|\A)(?P<run>[a-z](?:[^.!?\n]|\n(?![ \t]*\n))*)"
)
"""A lower-case run after a sentence's end, up to the next stop or the paragraph's end: where
a margin glossary's entry glued to the body stands ("... a month. marginal product the
increase in output ... The third worker ..."), its lines wrapped or not."""
_OPENERS = SENTENCE_STARTERS | word_set("Its Our Each Every Most Some Many All No")
_CAPITALISED = LazyPattern(r"[ \n](?=[A-Z][a-z]*\b)")


def _glued_entry_end(run: str, text: str) -> int | None:
    """Where the glossary entry that opens a lower-case run ends, if one does: before the
    first capitalised word where the entry is whole (not on "of the" before the name it goes
    on with: "the central bank of the United States"; nor inside a name, unless a word that
    opens sentences follows), or at the run's end when the run ends its paragraph."""
    for cut in _CAPITALISED.finditer(run):
        following = run[cut.end() :].split(maxsplit=1)[0]
        before = run[: cut.start()].rsplit(maxsplit=1)[-1]
        if before[:1].isupper() and following not in _OPENERS:
            continue  # inside a name: "the United States"
        definition = margin_definition(run[: cut.start()], text)
        if definition is not None and definition[1].split()[-1] not in _OPEN_ENDING:
            return cut.start()
    return None


_DEFINER_INSIDE = LazyPattern(r" (?:an?|the|whatever|anything|something|any|that|which|who) ")
"""A quick first look for a glossary line's definition (the patterns are much slower)."""
MIN_GLOSSARY_LINES = 2
"""A text with this many glossary lines whose terms the body uses has a margin glossary."""


def set_glossary_apart(text: str) -> tuple[str, int]:
    """The text with each margin glossary entry a copy out of a PDF ran into the body set
    apart between blank lines, and how many were: a line of its own between two sentences
    (or between two entries), or a run glued between two sentences ("... a month.
    opportunity cost whatever must be given up to obtain some item The third ..."). What an
    entry is: ``margin_definition``; in a text that has two lines of its own whose terms the
    body uses, or right under such a line, a line of the same shape needs no such use. Only
    the spaces or line breaks around an entry change, and the line breaks inside a glued one
    become spaces (or blank lines, between two entries: ``_entries_of``)."""
    lines = text.split("\n")
    shaped = [
        i for i, line in enumerate(lines) if line[:1].islower() and _DEFINER_INSIDE.search(line)
    ]
    entries = {i for i in shaped if margin_definition(lines[i].strip(), text) is not None}
    layout = len(entries) >= MIN_GLOSSARY_LINES  # a margin glossary: its terms need no use
    for index in shaped:
        if index in entries:
            continue  # its term is used in the body: an entry already
        if (layout or index - 1 in entries) and margin_definition(
            lines[index].strip(), text, attested=False
        ):
            entries.add(index)
    out: list[str] = []
    count = 0
    for index, line in enumerate(lines):
        before = lines[index - 1].rstrip() if index else ""
        following = lines[index + 1].strip() if index + 1 < len(lines) else ""
        own_line = (
            index in entries
            and (not before or before.endswith(_SENTENCE_END) or index - 1 in entries)
            and (not following[:1].islower() or index + 1 in entries)
        )
        if own_line:
            count += 1
            if out and out[-1].strip():
                out.append("")
            out += [line, ""]
        else:
            out.append(line)
    text = "\n".join(out)

    def apart(match: re.Match[str]) -> str:
        nonlocal count
        run = match["run"]
        end = _glued_entry_end(run, text)
        if end is None:
            paragraph_end = text[match.end() : match.end() + 1] in ("", "\n")
            if not paragraph_end or margin_definition(run.rstrip(), text) is None:
                return match[0]
            end = len(run.rstrip())
        after = run[end:].lstrip(" \n")
        apart = _entries_of(run[:end], text) + (f"\n\n{after}" if after else run[end:])
        apart = f"\n\n{apart}" if match["lead"] else apart
        count += apart != match[0]
        return apart

    return _INLINE_RUN.sub(apart, text), count


def _entries_of(run: str, text: str) -> str:
    """A glued glossary run with the entries it holds apart: a line of the run that is an
    entry itself ("... goods and services" / "unit of account the yardstick ...") opens
    the next one; the other lines join the entry they wrap."""
    groups = [[line.strip()] for line in run.split("\n")[:1]]
    for line in run.split("\n")[1:]:
        closes = margin_definition(" ".join(groups[-1]), text) is not None
        if closes and margin_definition(line.strip(), text, attested=False) is not None:
            groups.append([line.strip()])
        else:
            groups[-1].append(line.strip())
    return "\n\n".join(" ".join(group) for group in groups)


_OPEN_ENDING = word_set(
    "a an the of and or than that which who whose to for with from into its their his her"
)
"""Words a glossary's definition does not end on: one that seems to end before a capital
goes on with a name ("the central bank of the United States")."""


_NEVER_LAST = word_set(
    "and or but nor the a an of to in on at by for with from into than that which who whose"
    " its their his her"
)
"""Words a sentence does not end on: a line ending on one stops in the middle of a sentence."""
_OPEN_END = (*_SENTENCE_END, "]")
MIN_CUT_LINE, MAX_CUT_LINE = 30, 120
"""A line cut apart from the next by blank lines is a line of a page (this long at least, and
at most), not a heading, a short point or a paragraph of its own ("The letter reads," before
a quotation)."""


def _cut_mid_sentence(line: str) -> bool:
    """Whether a line certainly stops in the middle of a sentence: on a comma or a word that
    cannot end one ("the", "of", "and")."""
    stripped = line.rstrip()
    last = stripped.rsplit(None, 1)[-1]
    return stripped.endswith(",") or (last in _NEVER_LAST and len(stripped) > len(last))


def join_lines_split_by_blanks(text: str) -> tuple[str, int]:
    """The text with the blank lines removed that cut a sentence apart, as a copy does that
    puts a blank line after each line of the page ("... the seller and\n\nthe buyer ..."),
    and how many lines were joined again. The sentence certainly goes on after a line of a
    page (30 to 120 characters, no list item) that ends on a comma or on a word that cannot
    end a sentence; in a text that has such lines, also after one that stops without a full
    stop when the next line opens in lower case (no paragraph does; a learner's own points
    may, so not without that evidence)."""
    lines = text.split("\n")
    certain: list[tuple[int, int]] = []
    lower: list[tuple[int, int]] = []
    for index, line in enumerate(lines[:-1]):
        if (
            lines[index + 1].strip()
            or not MIN_CUT_LINE <= len(line.strip()) <= MAX_CUT_LINE
            or LIST_ITEM.match(line)
        ):
            continue
        after = index + 1
        while after < len(lines) and not lines[after].strip():
            after += 1
        if after == len(lines):
            break
        if _cut_mid_sentence(line):
            certain.append((index, after))
        elif not line.rstrip().endswith(_OPEN_END) and lines[after].lstrip()[:1].islower():
            lower.append((index, after))
    if not certain:
        return text, 0
    joined = certain + lower
    blank = {blank for index, after in joined for blank in range(index + 1, after)}
    return "\n".join(line for index, line in enumerate(lines) if index not in blank), len(joined)


def reflow(text: str) -> Reflowed:
    """The text with run-together sentences spaced, page furniture removed, lines that blank
    lines cut apart joined, long lines split into paragraphs (a blank line between two) and
    hyphen-broken words joined."""
    spaced, spaced_stops = restore_sentence_spaces(text)
    spaced, furniture_lines = drop_page_furniture(spaced)
    spaced, rejoined_lines = join_lines_split_by_blanks(spaced)
    spaced, _ = set_glossary_apart(spaced)
    lines: list[str] = []
    long_lines: list[LongLine] = []
    for number, line in enumerate(spaced.split("\n"), start=1):
        if len(line) <= LONG_LINE_CHARS:
            lines.append(line)
            continue
        paragraphs = split_long_line(line)
        longest = max((end - start for start, end in split_paragraph(line)), default=0)
        long_lines.append(LongLine(number, len(line), len(paragraphs), longest))
        lines.append("\n\n".join(paragraphs))
    joined, joined_words = join_broken_words("\n".join(lines))
    return Reflowed(
        joined, tuple(long_lines), spaced_stops, joined_words, furniture_lines, rejoined_lines
    )
