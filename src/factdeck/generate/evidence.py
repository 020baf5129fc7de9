"""What the documents themselves say about a name, read once and consulted when options are
chosen for an imported question.

Signals, each from the text alone:
- a capitalised word the document also writes in lower case ("Delta" beside "the delta") is a
  common word, not a name;
- a name the document mostly writes after "the" ("the Waal", "the Ruhr") is a river or a
  region, never a town ("in Duisburg"): options keep that shape;
- a name whose own sentence repeats most of a statement's words ("the Main joins the Rhine at
  Mainz" for "the Ruhr joins the Rhine in {answer}") may make that statement true as well; so
  may, for a superlative ("the longest river in {answer}"), any name whose sentence names the
  statement's subject: the document may call it the subject's own too;
- a date, period or number a sentence gives the statement's subject may be true of it too,
  and no century later than the document's latest is a plausible option;
- a name the document names more than once, or in a sentence like the answer's, is a familiar
  option; a name in passing is not.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from lemminflect import getAllLemmas

from factdeck.generate.text import normalize, word_set

_WORD = re.compile(r"[\w’'-]+")
_LOWER_WORD = re.compile(r"(?<![\w’'-])[a-z][a-z’'-]*")
_NAME = re.compile(r"(?:\b([Tt]he)\s+)?\b((?!The\b)[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)")
_STOP = word_set(
    """
    the a an of and or in on at to for by with from as is was were are be been being has had
    have it its this that which who whom whose into onto than then also not
    """
)
SHARED_SHARE = 0.6
"""Share of a statement's content words that another name's sentence must repeat to count as
saying the same of that name."""


def _stem(word: str) -> str:
    """A crude stem that joins "joins"/"joined"/"joining" and "river"/"rivers"."""
    return word.casefold()[:5]


def _superlative(word: str) -> bool:
    """ "longest", "largest", "most": an adjective in its superlative form ("west" is none)."""
    lower = word.casefold()
    if lower in ("most", "least"):
        return True
    lemmas = getAllLemmas(lower).get("ADJ", ())
    return lower.endswith("est") and bool(lemmas) and lower not in lemmas


def _named_stems(text: str, leave_out: str) -> set[str]:
    """The stems of the capitalised content words of a text (its names), without the answer's."""
    left_out = {_stem(w) for w in _WORD.findall(leave_out)}
    names = {_stem(w) for w in _WORD.findall(text) if w[:1].isupper() and w.casefold() not in _STOP}
    return names - left_out


def content_stems(text: str, leave_out: str = "") -> set[str]:
    """The stems of a text's content words, without those of ``leave_out`` (the answer)."""
    left_out = {_stem(w) for w in _WORD.findall(leave_out)}
    stems = {_stem(w) for w in _WORD.findall(text) if w.casefold() not in _STOP and len(w) > 2}
    return stems - left_out


class DocumentEvidence:
    """The sentences of each document, indexed by word, with the shapes its names take."""

    def __init__(
        self,
        documents: Mapping[str, Sequence[str]],
        paragraphs: Mapping[str, Sequence[int]] | None = None,
    ):
        """``documents``: each document's sentences; ``paragraphs``: the paragraph of each of
        them (without it, every sentence is a paragraph of its own)."""
        self._sentences = {document: list(texts) for document, texts in documents.items()}
        self._paragraphs = {
            document: list((paragraphs or {}).get(document, range(len(texts))))
            for document, texts in self._sentences.items()
        }
        self._lower: dict[str, set[str]] = {}
        self._articled: dict[str, Counter[str]] = {}
        self._bare: dict[str, Counter[str]] = {}
        self._where: dict[str, dict[str, set[int]]] = {}
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

    def common_word(self, document: str | None, value: str) -> bool:
        """Whether a one-word name is a common word the document also writes in lower case."""
        words = value.split()
        if document is None or len(words) != 1 or not value[:1].isupper():
            return False
        return value.casefold() in self._lower.get(document, set())

    def takes_article(self, document: str | None, value: str) -> bool:
        """Whether the document mostly writes the name after "the" ("the Waal")."""
        if document is None:
            return False
        key = normalize(value)
        return self._articled[document][key] > self._bare[document][key] if key else False

    def said_alike(self, document: str, statement: str, answer: str, value: str) -> bool:
        """Whether a sentence of the document that names ``value`` repeats most of what the
        statement says of its answer, so the statement may hold for ``value`` too."""
        core = content_stems(statement, answer)
        if len(core) < 2 or document not in self._where:
            return False
        words = [w.casefold() for w in _WORD.findall(value)]
        if not words:
            return False
        where = self._where[document]
        indices = set.intersection(*(where.get(word, set()) for word in words))
        need = max(2, math.ceil(len(core) * SHARED_SHARE))
        superlative = any(_superlative(w) for w in _WORD.findall(statement))
        subject = _named_stems(statement, answer) if superlative else set()
        pattern = re.compile(rf"(?<![\w’'-]){re.escape(value)}(?![\w’'-])")
        for index in indices:
            text = self._sentences[document][index]
            if not pattern.search(text):
                continue
            stems = content_stems(text, value)
            if len(core & stems) >= need or subject & stems:
                return True
        return False

    def sentences_about(self, document: str, quote: str, statement: str, answer: str) -> list[str]:
        """The document's sentences in the statement's paragraph, and those naming the
        statement's subject (its names other than the answer): whatever they date or count may
        be true of the subject as well."""
        texts = self._sentences.get(document, [])
        paragraphs = self._paragraphs.get(document, [])
        source = normalize(quote)
        said = normalize(statement)
        own = {
            paragraphs[index]
            for index, text in enumerate(texts)
            if (key := normalize(text)) and (key in source or (said and said in key))
        }
        subject = _named_stems(statement, answer)
        return [
            text
            for index, text in enumerate(texts)
            if paragraphs[index] in own or (subject and subject & _named_stems(text, ""))
        ]

    def latest_century(self, document: str | None) -> int | None:
        """The latest century the document mentions, by name ("the 19th and 20th century") or
        by a year in it ("1871" is in the 19th)."""
        centuries = [
            int(match.group(1)) if match.group(1) else int(match.group(2)) // 100 + 1
            for text in self._sentences.get(document or "", ())
            for match in _CENTURY_OR_YEAR.finditer(text)
        ]
        return max(centuries, default=None)

    def mentions(self, document: str | None, value: str) -> int:
        """How many of the document's sentences name ``value``."""
        pattern = re.compile(rf"(?<![\w’'-]){re.escape(value)}(?![\w’'-])")
        texts = self._sentences.get(document or "", [])
        where = self._where.get(document or "")
        words = [word.casefold() for word in _WORD.findall(value)]
        if where is None or not words:
            return sum(1 for text in texts if pattern.search(text))
        # Only the sentences that hold every word of the value can name it.
        indices = set.intersection(*(where.get(word, set()) for word in words))
        return sum(1 for index in indices if pattern.search(texts[index]))

    def named_alike(self, document: str | None, statement: str, answer: str, value: str) -> bool:
        """Whether a sentence naming ``value`` shares a common word with the statement of the
        answer ("grain is unloaded in X" beside "grain is unloaded in Y"): a name of that
        sentence plays the answer's part, so is a fair option."""
        pattern = re.compile(rf"(?<![\w’'-]){re.escape(value)}(?![\w’'-])")
        core = _common_stems(statement, answer)
        return bool(core) and any(
            core & _common_stems(text, value)
            for text in self._sentences.get(document or "", ())
            if pattern.search(text)
        )


_CENTURY_OR_YEAR = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)\b(?=[\w\s,–-]{0,40}?\bcentur)|(?<![\d.,])\b(1\d{3}|20\d{2})\b"
)


def _common_stems(text: str, leave_out: str) -> set[str]:
    """The stems of a text's common content words (lower case, or first in the sentence:
    "Barges"), without ``leave_out``'s."""
    words = _WORD.findall(text)
    return {
        _stem(w)
        for index, w in enumerate(words)
        if (index == 0 or w[:1].islower()) and w.casefold() not in _STOP and len(w) > 3
    } - {_stem(w) for w in _WORD.findall(leave_out)}
