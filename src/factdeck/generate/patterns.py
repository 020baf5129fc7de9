"""Patterns compiled at their first use rather than when their module is imported.

The generator's modules hold some eight hundred patterns, many of them long alternations of
word lists; compiling them all took about a third of the start of ``factdeck generate``, and
most documents, the shipped bank's among them, never reach half of them.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator, Mapping
from functools import lru_cache
from typing import Any

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class LazyPattern:
    """A regular expression written like ``re.compile(pattern, flags)`` and used like the
    compiled pattern, compiled the first time one of its methods is called.

    The first call puts the compiled pattern's own methods on the instance, where they shadow
    the class's: every later call costs what a call on a compiled pattern costs."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        """The pattern's source, as ``re.Pattern.pattern``: read to build other patterns
        without compiling this one."""
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern, compiled now if it was not yet."""
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self._flags)
            vars(self).update({name: getattr(self._compiled, name) for name in _METHODS})
        return self._compiled

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().match(string, pos, endpos)

    def fullmatch(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        return self.compiled().fullmatch(string, pos, endpos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        return self.compiled().finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.compiled().findall(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self.compiled().sub(repl, string, count)

    def subn(
        self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0
    ) -> tuple[str, int]:
        return self.compiled().subn(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self.compiled().split(string, maxsplit)

    @property
    def groupindex(self) -> Mapping[str, int]:
        return self.compiled().groupindex

    @property
    def groups(self) -> int:
        return self.compiled().groups

    @property
    def flags(self) -> int:
        return self.compiled().flags


class NamedPattern(LazyPattern):
    """A pattern that matches ``name`` as written (no ``re.IGNORECASE`` over it) with
    ``after`` matching right after it, used like the compiled pattern and compiled only once
    a text may hold a match: one that writes the name with ``after`` after it.

    A long document asks after thousands of names, each with patterns of its own; most
    texts asked never write the name so, and compiling each name's patterns cost such a
    document seconds. The test is exact, never a guess: every match holds the name with
    ``after`` after it, so a text without that holds none."""

    def __init__(self, pattern: str, name: str, after: str) -> None:
        super().__init__(pattern)
        self._name = name
        self._after = _compiled_after(after)

    def _may_match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        """Whether ``string`` writes the name with ``after`` after it between ``pos`` and
        ``endpos``: where it does not, no match is there."""
        name, after = self._name, self._after
        at = string.find(name, pos, endpos)
        while at >= 0:
            if after.match(string, at + len(name), endpos) is not None:
                return True
            at = string.find(name, at + 1, endpos)
        return False

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if not self._may_match(string, pos, endpos):
            return None
        return self.compiled().search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if not self._may_match(string, pos, endpos):
            return None
        return self.compiled().match(string, pos, endpos)

    def fullmatch(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        if not self._may_match(string, pos, endpos):
            return None
        return self.compiled().fullmatch(string, pos, endpos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        if not self._may_match(string, pos, endpos):
            return iter(())
        return self.compiled().finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        if not self._may_match(string, pos, endpos):
            return []
        return self.compiled().findall(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        if not self._may_match(string):
            return string
        return self.compiled().sub(repl, string, count)

    def subn(
        self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0
    ) -> tuple[str, int]:
        if not self._may_match(string):
            return string, 0
        return self.compiled().subn(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        if not self._may_match(string):
            return [string]
        return self.compiled().split(string, maxsplit)


@lru_cache(maxsize=256)
def _compiled_after(after: str) -> re.Pattern[str]:
    """What a ``NamedPattern`` needs after its name, compiled once for all names."""
    return re.compile(after)


class _LookingNamedPattern(NamedPattern):
    r"""A ``NamedPattern`` whose lead only looks behind (``(?<![\w'-])``), so that each match
    begins where the name is written: it is tried at each such place by one pattern for all
    names of the name's length, with as many characters of any kind in the name's place
    (``_any_name``), which there match the name and nothing else. A long document's names
    are thousands, and compiling a pattern for each cost it seconds. Its replacing and
    splitting are the compiled pattern's."""

    def __init__(self, lead: str, name: str, tail: str) -> None:
        super().__init__(lead + re.escape(name) + tail, name, tail)
        self._shape = (lead, tail, len(name))

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return next(self.finditer(string, pos, endpos), None)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if not string.startswith(self._name, pos, endpos):
            return None
        return _any_name(*self._shape).match(string, pos, endpos)

    def fullmatch(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        if not string.startswith(self._name, pos, endpos):
            return None
        return _any_name(*self._shape).fullmatch(string, pos, endpos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        name, shape = self._name, _any_name(*self._shape)
        at = string.find(name, pos, endpos)
        while at >= 0:
            found = shape.match(string, at, endpos)
            if found is None:
                at = string.find(name, at + 1, endpos)
                continue
            yield found
            at = string.find(name, found.end(), endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        groups = _any_name(*self._shape).groups
        found = self.finditer(string, pos, endpos)
        if groups == 0:
            return [match.group(0) for match in found]
        if groups == 1:
            return [match.group(1) or "" for match in found]
        return [match.groups(default="") for match in found]


@lru_cache(maxsize=1024)
def _any_name(lead: str, tail: str, length: int) -> re.Pattern[str]:
    """``lead + name + tail`` for every name of ``length`` characters: as many characters of
    any kind stand in the name's place."""
    return re.compile(rf"{lead}(?s:.{{{length}}}){tail}")


_LOOKS_BEHIND_ONLY = re.compile(r"(?:\(\?<[!=][^()]*\))+")
"""A lead that only looks behind: lookbehinds one after another, none with brackets inside."""


def named_pattern(lead: str, name: str, tail: str) -> NamedPattern:
    """The pattern ``lead + re.escape(name) + tail`` as a ``NamedPattern``, compiled (by
    ``re.compile``, whose cache keeps the last few hundred) once a text needs it, and kept
    no longer than its caller keeps it: a long document's names are thousands. ``tail``
    must stand on its own (not quantify the name's last letter, not close a group the lead
    opened) and have no alternatives at its top: in ``lead + name + "a|b"``, "b" is the
    whole pattern's other alternative, and matches with no name before it. Where the lead
    only looks behind, no pattern is compiled for the name (``_LookingNamedPattern``)."""
    if tail[:1] in ("?", "*", "+", "{"):
        raise ValueError(f"a tail that quantifies the name's last letter: {tail!r}")
    if name and _LOOKS_BEHIND_ONLY.fullmatch(lead):
        return _LookingNamedPattern(lead, name, tail)
    return NamedPattern(lead + re.escape(name) + tail, name, tail)


def finditer_at_leads(
    pattern: re.Pattern[str], lead: re.Pattern[str], text: str, lead_text: str | None = None
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, the pattern tried only where ``lead`` matches: the same
    matches where every match of ``pattern`` begins with one of ``lead`` (``pattern`` opening
    with what looks behind or at a word's bound, ``lead`` with the text after it). A pattern
    that opens so cannot skip to a letter it must begin with, and reads a long text slowly;
    ``lead`` is read first, fast. ``lead`` is searched in ``lead_text`` where given, a text
    of the same length (``text`` folded to lower case, say) where it matches wherever
    ``pattern`` does in ``text``. ``pattern`` must match no empty string."""
    searched = text if lead_text is None else lead_text
    position = 0
    while (found := lead.search(searched, position)) is not None:
        match = pattern.match(text, found.start())
        if match is None:
            position = found.start() + 1
            continue
        if match.end() == match.start():
            raise ValueError(f"an empty match of {pattern.pattern!r}")
        yield match
        position = match.end()
