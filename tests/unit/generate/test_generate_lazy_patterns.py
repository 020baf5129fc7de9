"""A pattern of the generator compiled at its first use answers as the compiled pattern."""

from __future__ import annotations

import re

import pytest

from factdeck.generate.patterns import LazyPattern

TEXT = "Orm Bay, orm bay and ORM BAY lie west of Kell Bay."


def test_a_lazy_pattern_answers_as_the_compiled_one_before_and_after_its_first_use() -> None:
    source, flags = r"(?P<place>\w+)\s+bay", re.IGNORECASE
    compiled = re.compile(source, flags)
    lazy = LazyPattern(source, flags)
    for _ in range(2):  # the first round compiles it, the second uses the compiled methods
        assert lazy.pattern == compiled.pattern
        assert lazy.search(TEXT)[0] == compiled.search(TEXT)[0]  # type: ignore[index]
        assert lazy.search(TEXT, 5)[0] == compiled.search(TEXT, 5)[0]  # type: ignore[index]
        assert lazy.match(TEXT)[0] == compiled.match(TEXT)[0]  # type: ignore[index]
        assert lazy.fullmatch("Kell Bay") is not None
        assert [m.span() for m in lazy.finditer(TEXT)] == [
            m.span() for m in compiled.finditer(TEXT)
        ]
        assert lazy.findall(TEXT) == compiled.findall(TEXT) == ["Orm", "orm", "ORM", "Kell"]
        assert lazy.sub("X", TEXT, 1) == compiled.sub("X", TEXT, 1)
        assert lazy.sub(lambda m: m["place"], TEXT) == compiled.sub(lambda m: m["place"], TEXT)
        assert lazy.subn("X", TEXT) == compiled.subn("X", TEXT)
        assert lazy.split(TEXT) == compiled.split(TEXT)
        assert lazy.groupindex == compiled.groupindex
        assert lazy.groups == compiled.groups == 1
        assert lazy.flags == compiled.flags


def test_a_lazy_pattern_is_compiled_at_its_first_use_not_when_written() -> None:
    broken = LazyPattern(r"(unclosed")
    with pytest.raises(re.error):
        broken.search("unclosed")
