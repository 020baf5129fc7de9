"""Cleaning: drop the lines of a document that are not content, and record why.

Cleaning works on whole lines. A dropped line becomes an empty line, so every kept line stays
verbatim at its place, line numbers still match the source, and a quote taken from the cleaned
text is also a verbatim quote of the source. The rules are generic (wiki and Markdown headings,
"See also" / "References" / "External links" sections, a textbook's exercises, worked
examples, lists of key terms and objectives and summaries, photo captions and credits, social links, comment notices, share buttons), not
tuned to one document.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from factdeck.generate.patterns import LazyPattern
from factdeck.generate.text import collapse_spaces, normalize


@dataclass(frozen=True)
class Drop:
    """One line that cleaning removed."""

    line: int
    """1-based line number in the source."""
    text: str
    reason: str


@dataclass(frozen=True)
class CleanedDocument:
    text: str
    """The source with every dropped line emptied (same number of lines)."""
    drops: tuple[Drop, ...]
    title: str | None
    """The document's first heading or title line, when it has one."""
    headings: tuple[tuple[int, str], ...] = ()
    """(1-based line, text) of every heading and title line, in order: the topic of the
    points listed under it."""


BOILERPLATE_SECTIONS = frozenset(
    {
        "see also",
        "references",
        "external links",
        "further reading",
        "notes",
        "notes and references",
        "footnotes",
        "citations",
        "bibliography",
        "sources",
        "related",
        "related articles",
        "related stories",
        "read more",
        "more from",
        "comments",
    }
)

EXERCISE_SECTIONS = frozenset(
    {
        "questions for review",
        "review questions",
        "problems and applications",
        "practice problems",
        "practice questions",
        "discussion questions",
        "questions for discussion",
        "end of chapter questions",
        "section assessment",
        "section review",
        "lesson review",
        "check your understanding",
        "self test",
        "quick quiz",
        "think about it",
    }
)
"""The headings of a textbook's exercises: questions and problems, which state no fact. A
heading an article may have for its own section ("Problems", "Exercises", "Critical
thinking") is left out."""
TEXTBOOK_LISTS = frozenset(
    {
        "key terms",
        "key concepts",
        "key words",
        "learning objectives",
        "learning outcomes",
    }
)
"""The headings of a textbook's lists before or after a section's text: its words to know
and what the reader will be able to do, which a copy runs into the next sentence ("Key terms
budget constraint opportunity cost The guild was founded ...")."""
SUMMARY_SECTIONS = frozenset(
    {"summary", "chapter summary", "section summary", "key concepts and summary"}
)
"""The headings of a textbook's summary, which says again what its sections said: in plain
text it runs to the next heading, not to its first long line."""
_DROPPED_SECTIONS = BOILERPLATE_SECTIONS | EXERCISE_SECTIONS | TEXTBOOK_LISTS | SUMMARY_SECTIONS
_LETTERED_ITEM = LazyPattern(r"^\s*\(?[a-h][.)]\s+")
"""A lettered part of an exercise ("a. Draw ...", "(b) What is ...")."""

_WIKI_HEADING = LazyPattern(r"^\s*(=+)\s*(.*?)\s*\1\s*$")
_MD_HEADING = LazyPattern(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_RULE = LazyPattern(r"^\s*([-*_=])(?:\s*\1){2,}\s*$")
BULLETS = "-*+•‣◦▪▫●○■□►▸➢➤✓✔\uf0b7\uf0a7"
"""Characters that open a list item: the Markdown ones, and the bullet glyphs a copy out of a
PDF or a word processor brings (U+F0B7 and U+F0A7 are the symbol font's bullets)."""
LIST_ITEM = LazyPattern(rf"^\s*(?:[{re.escape(BULLETS)}]|\d{{1,3}}[.)])\s+")
"""The opening of a list item: a bullet or a number ("3." or "3)"), then a space."""
CHAPTER_NAMES = ("Chapter", "Unit", "Part", "Section", "Lesson", "Module")
"""The words that number the parts of a book in its title lines and running heads
("Chapter 4 Markets and Prices")."""
_KEY_LABEL_NOUNS = ("term", "word", "concept")
_OTHER_MARGIN_NOTE_LABELS = ("Margin note", "Glossary", "Vocabulary")
MARGIN_NOTE_LABELS = (
    *(f"Key {noun}" for noun in _KEY_LABEL_NOUNS),
    *_OTHER_MARGIN_NOTE_LABELS,
)
"""The labels of a textbook's margin notes and boxes that a copy out of a PDF runs into its
text ("Key term: price floor"); a key term's label may be plural ("Key terms")."""


def margin_note_label(space: str) -> str:
    """A pattern for any of the margin notes' labels, its words apart by ``space`` (a
    pattern): "Key terms", "Margin note"."""
    nouns = "|".join(f"{noun}s?" for noun in _KEY_LABEL_NOUNS)
    others = "|".join(label.replace(" ", space) for label in _OTHER_MARGIN_NOTE_LABELS)
    return f"(?:Key{space}(?:{nouns})|{others})"


def as_written_or_capitals(words: Iterable[str]) -> str:
    """A pattern for any of the words, as given or in capitals: "Chapter|CHAPTER|Unit|UNIT"."""
    return "|".join(f"{re.escape(word)}|{re.escape(word.upper())}" for word in words)


_NOTE_PHRASES = (
    r"edit|update|dead\s+link|permanent\s+dead\s+link|failed\s+verification|vague"
    r"|not\s+in\s+citation\s+given|original\s+research|unreliable\s+source"
    r"|self-published\s+source|circular\s+reference|irrelevant\s+citation"
    r"|[a-z][a-z\s-]{0,30}?\s+needed|[a-z][a-z\s]{0,30}?\?|[a-z][a-z\s]{0,20}?[\s–—-]+discuss"
)
"""What an editor's note in brackets says of the text ("citation needed", "by whom?",
"dubious – discuss", "edit"): a remark on the page, never part of a sentence."""
CITATION_MARK = LazyPattern(
    r"(?:(?:(?<=[^\W_]{2})|(?<=[.,;:)!?”’\]^])|(?<=[\]^])\s)\[\d{1,3}\]"
    r"(?::\s?\d{1,4}(?:[–-]\d{1,4})?(?=\s*$|\s+[A-Z]))?"
    r"|(?:(?<=[^\W\d_]{2})|(?<=[.,;:)!?”’\]]))\[(?:[a-z]|(?:nb|note|n)\s?\d{1,3})\](?!\w)"
    rf"|\s?\[(?:{_NOTE_PHRASES})\]"
    r"|\^(?![\w{(\\^-]))"
)
"""Footnote and citation debris a copy of a web page keeps inside its sentences: a numbered
citation glued to its word ("port.[1]", "[6]: 12" with its page), a lettered note ("[a]",
"[nb 1]"), an editor's note ("[citation needed]", "[by whom?]", "History [edit]") and the
caret of a back-link ("1801.^"). An insertion into a quotation ("[and]", "“[h]ousing") or a
sound ("the sound [s]") is no debris, nor an exponent ("x^2", "^{2}", "10^-6")."""
_REFERENCE_LINE = LazyPattern(r"^\s*(?:\d{1,3}\.?\s+)?(?:[a-z]{1,2}\s+)*\^(?:\s|$)")
"""A line of a reference list copied with its back-links: "1 ^ Tarn, Ivo (1650) ...", "a b c
^ Holt, Ada ...", "^ Voss, Mara ..."."""


def without_citation_marks(text: str) -> str:
    """The text without footnote and citation debris (``CITATION_MARK``)."""
    return CITATION_MARK.sub("", text) if "[" in text or "^" in text else text


_FENCE = LazyPattern(r"^\s*(```|~~~)")
_URL_ONLY = LazyPattern(r"^\s*<?(?:https?://|www\.)\S+>?\s*$", re.IGNORECASE)
_IMAGE_ONLY = LazyPattern(r"^\s*!\[[^\]]*\]\([^)]*\)\s*$")
_LINK_REFERENCE = LazyPattern(r"^\s{0,3}\[[^\]]+\]:\s*\S+")
_HTML_LINE = LazyPattern(r"^\s*<[^>]+>\s*$|^\s*<!--.*-->\s*$")

_CREDIT = LazyPattern(
    r"\((?:photo|photograph|image|picture)s?\s+(?:by|credit|courtesy)\b"
    r"|\bvia\s+getty\s+images\b|\bgetty\s+images\b|\bshutterstock\b|\bAP\s+Photo\b"
    r"|^\s*(?:photo|image|picture|photograph)s?(?:\s+credit)?\s*:"
    r"|\b(?:photo|image)\s+(?:credit|courtesy)\b|\bcredit:\s"
    r"|\w[/\\](?:TASS|AFP|AP|Reuters|EPA|Getty|Xinhua|KCNA|Bloomberg|Sipa)\b|©",
    re.IGNORECASE,
)
_DATELINE_CAPTION = LazyPattern(
    r"^\s*[A-Z][A-Z .,'’-]{2,}\s+[-–—]\s+[A-Z][A-Za-z]+\.?\s+\d{1,2},\s+\d{4}\s*:"
)
_SOCIAL_NETWORKS = (
    r"(?:twitter|facebook|instagram|threads|bluesky|linkedin|tiktok|mastodon|youtube|x)"
)
_SOCIAL = LazyPattern(
    rf"^\s*follow\b.{{0,80}}\bon\s+{_SOCIAL_NETWORKS}\b"
    r"|\b(?:e-?mail|contact|reach)\s+(?:him|her|them|me|the\s+author)\s+at\b"
    r"|^\s*(?:follow|find)\s+(?:us|me|him|her)\s+on\b",
    re.IGNORECASE,
)
_SHARE = LazyPattern(r"^\s*share\s+(?:this|on|via)\b.{0,60}$", re.IGNORECASE)
_COMMENTS = LazyPattern(
    r"\bcomment(?:s|ing)?\b.{0,80}$",
    re.IGNORECASE,
)
_COMMENT_PHRASES = LazyPattern(
    r"let us know|comments?\s+(?:are|is)\s+closed|leave\s+a\s+comment|post\s+a\s+comment"
    r"|join\s+the\s+(?:conversation|discussion)|comment(?:ing)?\s+policy|with\s+commenting"
    r"|first\s+to\s+comment|(?:view|show|load|read)\s+(?:all\s+)?comments|^\s*\d+\s+comments?\s*$"
    r"|^\s*comments?\s*:?\s*$",
    re.IGNORECASE,
)
_BOILERPLATE_LINE = LazyPattern(
    r"^\s*(?:advertisement|sponsored(?:\s+content)?|sign\s+up\s+for\b.{0,60}newsletter.*"
    r"|subscribe\s+to\b.{0,60}|read\s+more\s*:.*|related\s*:.*|skip\s+to\s+content)\s*$",
    re.IGNORECASE,
)
_BYLINE = LazyPattern(r"^\s*by\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}\s*$")
_TERMINAL = tuple('.!?:;,"”’)…]')
_SENTENCE_END_INSIDE = LazyPattern(r"[a-z]{2}[.!?][\"'”’)]*\s+[A-Z]")


def _exercise_goes_on(line: str, previous: str) -> bool:
    """Whether a line of a textbook's exercises goes on with them: a lettered part ("a. Draw
    ..."), a line in lower case or one after a line that stops mid-sentence, as an exercise
    wraps ("1. Name two rivers" / "that flow north ...")."""
    return (
        bool(_LETTERED_ITEM.match(line))
        or line.lstrip()[:1].islower()
        or not previous.rstrip().endswith(_TERMINAL)
    )


def _heading(line: str, markdown: bool) -> tuple[int, str] | None:
    """(level, title) when the line is a wiki or Markdown heading."""
    match = _WIKI_HEADING.match(line)
    if match and match.group(2):
        return len(match.group(1)), match.group(2)
    match = _MD_HEADING.match(line)
    if match and (markdown or line.lstrip().startswith("# ") or line.lstrip().startswith("##")):
        return len(match.group(1)), match.group(2)
    return None


def _is_blank(lines: list[str], index: int) -> bool:
    return index < 0 or index >= len(lines) or not lines[index].strip()


def _looks_like_heading(lines: list[str], index: int) -> bool:
    """A short standalone line with no sentence punctuation: a title or section heading
    ("History [edit]" too: the editor's link is no punctuation)."""
    line = without_citation_marks(lines[index]).strip()
    if not line or LIST_ITEM.match(lines[index]) or line.endswith(_TERMINAL):
        return False
    if _SENTENCE_END_INSIDE.search(line):
        return False  # a sentence and a fragment: "… in the world. See also"
    if not (_is_blank(lines, index - 1) and _is_blank(lines, index + 1)):
        return False
    words = line.split()
    return len(words) <= 14 and line[:1].isupper()


def _line_reason(line: str) -> str | None:
    """Why a single line is not content, judged on its own text."""
    if _CREDIT.search(line):
        words = len(_CREDIT.split(line, maxsplit=1)[0].split())
        return "photo caption and credit" if words > 8 else "photo credit"
    if _DATELINE_CAPTION.match(line):
        return "photo caption"
    if _SOCIAL.search(line):
        return "author's social links"
    if _SHARE.match(line):
        return "share buttons"
    if _COMMENTS.search(line) and _COMMENT_PHRASES.search(line):
        return "comments notice"
    if _BOILERPLATE_LINE.match(line):
        return "site boilerplate"
    if _URL_ONLY.match(line):
        return "link only"
    if _RULE.match(line):
        return "horizontal rule"
    if _REFERENCE_LINE.match(line):
        return "reference"
    return None


def _markdown_reason(line: str) -> str | None:
    if _IMAGE_ONLY.match(line):
        return "image"
    if _LINK_REFERENCE.match(line):
        return "link reference"
    if _HTML_LINE.match(line):
        return "HTML"
    if line.lstrip().startswith("|"):
        return "table"
    return None


_WORKED_EXAMPLE_TITLE = LazyPattern(
    r"(?i:worked\s+example|example)\s+\d{1,3}(?:[.\-–]\d{1,3})*[.:]?(?:\s+\S.*)?"
    r"|(?i:worked\s+example)(?:\s*[:.]\s*\S.*)?"
)
"""The title of a textbook's worked example: "Worked Example 5.1", "Example 3-2 Trading
Salt", "Worked example: pricing a loan"."""


def _drop_box(lines: list[str], heading_line: int, reasons: dict[int, str]) -> None:
    """Drop the paragraph under a worked example's title (1-based ``heading_line``): the
    example's made-up figures, which a learner is not asked to remember. The box ends at
    the first blank line after its text."""
    index = heading_line
    while index < len(lines) and not lines[index].strip():
        index += 1
    while index < len(lines) and lines[index].strip() and index not in reasons:
        reasons[index] = "worked example"
        index += 1


def _dropped_section(sort: str, lines: list[str], index: int, reasons: dict[int, str]) -> bool:
    """Whether a heading (its normalized name ``sort``, at ``index``) opens a section to
    drop. A summary only after some kept text, whose points it says again: one that opens a
    document is its lead (only its heading goes), and the rest of the text may have no
    heading to end it."""
    if sort in SUMMARY_SECTIONS:
        return any(lines[i].strip() and i not in reasons for i in range(index))
    return sort in _DROPPED_SECTIONS


def clean_document(text: str, *, markdown: bool = False) -> CleanedDocument:
    """Drop every line that is not content; return the kept text and the reasons."""
    lines = text.split("\n")
    reasons: dict[int, str] = {}
    title: str | None = None
    section_level: int | None = None
    """While inside a boilerplate section: the heading level that ends it (0: plain text)."""
    section_name = ""
    section_line = ""
    """The section's last line."""
    section_sort = ""  # the dropped section's normalized name
    in_fence = False
    headings: list[tuple[int, str]] = []
    index = 0
    if markdown and lines and lines[0].strip() == "---":
        end = next((i for i in range(1, len(lines)) if lines[i].strip() == "---"), None)
        if end is not None:
            for i in range(end + 1):
                reasons[i] = "front matter"
            index = end + 1
    while index < len(lines):
        line = lines[index]
        stripped = line.strip()
        if markdown and _FENCE.match(line):
            reasons[index] = "code block"
            in_fence = not in_fence
            index += 1
            continue
        if in_fence:
            if stripped:
                reasons[index] = "code block"
            index += 1
            continue
        heading = _heading(line, markdown)
        setext = (
            heading is None
            and stripped
            and index + 1 < len(lines)
            and re.fullmatch(r"\s*(=+|-+)\s*", lines[index + 1]) is not None
            and not LIST_ITEM.match(line)
            and len(stripped.split()) <= 14
        )
        if setext:
            level = 1 if "=" in lines[index + 1] else 2
            heading = (level, stripped)
        plain_section = (
            heading is None
            and normalize(without_citation_marks(stripped)) in _DROPPED_SECTIONS
            and len(stripped) <= 40
            and not stripped.endswith(".")
        )
        if section_level is not None:
            ends = (
                (heading is not None and heading[0] <= section_level)
                or (section_level == 0 and plain_section)
                or (section_level == 0 and section_sort in SUMMARY_SECTIONS and heading is not None)
                or (
                    section_level == 0
                    and stripped
                    and not LIST_ITEM.match(line)
                    and not (
                        section_sort in EXERCISE_SECTIONS and _exercise_goes_on(line, section_line)
                    )
                    and not (section_sort in TEXTBOOK_LISTS and stripped.endswith(":"))
                    and (
                        _looks_like_heading(lines, index)
                        if section_sort in SUMMARY_SECTIONS
                        else not _looks_like_heading(lines, index) and len(stripped.split()) > 8
                    )
                )
            )
            if not ends:
                if stripped:
                    reasons[index] = f"“{section_name}” section"
                    section_line = line
                index += 1
                continue
            section_level = None
        if heading is not None or plain_section:
            level, name = heading if heading is not None else (0, stripped.rstrip(":"))
            name = collapse_spaces(without_citation_marks(name))
            sort = normalize(name)
            if _dropped_section(sort, lines, index, reasons):
                section_level, section_name = level, name
                section_line = line
                section_sort = sort
                reasons[index] = f"“{name}” section"
            else:
                reasons[index] = "heading"
                title = title or name
                headings.append((index + 1, name))
            if setext:
                reasons[index + 1] = "heading"
                index += 1
            index += 1
            continue
        reason = _line_reason(line) or (_markdown_reason(line) if markdown else None)
        if reason is None and stripped:
            if _BYLINE.match(line) and len(stripped.split()) <= 6:
                reason = "byline"
            elif _looks_like_heading(lines, index):
                first_content = all(not lines[i].strip() or i in reasons for i in range(index))
                reason = "title" if first_content else "heading"
                name = collapse_spaces(without_citation_marks(stripped))
                title = title or name
                headings.append((index + 1, name))
        if reason is not None:
            reasons[index] = reason
        index += 1
    for line_number, name in headings:
        if _WORKED_EXAMPLE_TITLE.fullmatch(name):
            _drop_box(lines, line_number, reasons)
    drops = tuple(
        Drop(i + 1, lines[i].strip(), reasons[i]) for i in sorted(reasons) if lines[i].strip()
    )
    kept = ["" if i in reasons else line for i, line in enumerate(lines)]
    return CleanedDocument("\n".join(kept), drops, title, tuple(headings))
