"""Patterns compiled at their first use rather than when their module is imported.

The generator's modules hold some eight hundred patterns, many of them long alternations of
word lists; compiling them all took about a third of the start of ``factdeck generate``, and
most documents, the shipped bank's among them, never reach half of them.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator, Mapping
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
