"""A name's pattern compiled only once a text may hold a match finds just what the compiled
pattern finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factdeck.generate.distractors import _LIFETIME_FORMS, _lifetime_pattern
from factdeck.generate.patterns import NamedPattern, _LookingNamedPattern, named_pattern
from factdeck.generate.text import NAME_CLOSES, NAME_OPENS, whole_name

_TEXTS = (
    "Tarn Hollow of Vessia opened in 1902; Tarn Hollow's gate (built 1880) still stands.",
    "Mira Tolven (born 4 June 1990) met Tolven-Ashe in Tarn, not Tarnby nor Tarn Hollowfield.",
    "Ashe Tarn Hollow and Tarn Hollow, Tarn Hollow; the Tarn Hollow of the Kell was older.",
    "Nothing here names it at all.",
    "",
)
_NAMES = ("Tarn Hollow", "Tolven", "Tarn", "Kell", "Vessia", "Mira Tolven")
_SHAPES = (
    (NAME_OPENS, NAME_CLOSES),
    (r"(?<![\w’'.-])", r"\s+of\s+(?:the\s+)?(?P<place>[A-Z][\w’'-]+)(?![\w’'-])"),
    (r"(?<![\w’'-])(?P<lead>[A-Z][\w’'-]*) ", r"(?:[’']s)?(?![\w’'-])"),
    (NAME_OPENS, r"\s*\((?:born|built)\s+(?:\d{1,2}\s+[A-Z][a-z]+\s+)?(\d{4})\)"),
)


@pytest.mark.parametrize(("lead", "tail"), _SHAPES)
def test_a_name_s_pattern_finds_what_its_compiled_pattern_finds(lead: str, tail: str) -> None:
    for name in _NAMES:
        named = NamedPattern(lead + re.escape(name) + tail, name, tail)
        compiled = re.compile(lead + re.escape(name) + tail)
        assert named.pattern == compiled.pattern
        for text in _TEXTS:
            for pos, endpos in ((0, len(text)), (5, len(text)), (0, 40), (10, 30)):
                found = named.search(text, pos, endpos)
                expected = compiled.search(text, pos, endpos)
                assert (found and found.span()) == (expected and expected.span())
                assert [m.groups() for m in named.finditer(text, pos, endpos)] == [
                    m.groups() for m in compiled.finditer(text, pos, endpos)
                ]
                assert named.findall(text, pos, endpos) == compiled.findall(text, pos, endpos)
            assert named.sub("<>", text) == compiled.sub("<>", text)
            assert named.subn("<>", text) == compiled.subn("<>", text)
            assert named.split(text) == compiled.split(text)


def test_a_name_s_pattern_is_compiled_only_for_a_text_that_may_hold_a_match() -> None:
    named = NamedPattern(rf"{re.escape('Orla Venn')}\s+of\s+([A-Z]\w+)", "Orla Venn", r"\s+of\s+")
    assert named.search("Orla Venn sailed from Kessby.") is None
    assert named.findall("Orla Venn sailed north; Orla Vennick of Orm.") == []
    assert named._compiled is None
    assert named.findall("Orla Venn of Orm sailed.") == ["Orm"]
    assert named._compiled is not None


def test_a_tail_may_not_quantify_the_name_s_last_letter() -> None:
    with pytest.raises(ValueError, match="quantifies"):
        named_pattern(NAME_OPENS, "Vessas", "?")


_LIVES = (
    "The Orm Bridge, which was built in 1881, stood until 1990; the Orm Bridge (opened 1885).",
    "In 1902 the Orm Bridge was founded; since its founding the Orm Bridge has carried trains.",
    "Kell Hall is a 1950 film. Kell Hall's death in 1977 came after Kell Hall (1901–1977) sang.",
    "Orm Bridge was demolished in 1990; Orm Bridges and the Orm Bridge-tower were not.",
)


@pytest.mark.parametrize("form", sorted(_LIFETIME_FORMS))
def test_a_lifetime_form_s_name_pattern_finds_what_its_compiled_pattern_finds(form: str) -> None:
    build = _LIFETIME_FORMS[form][1]
    for name in ("Orm Bridge", "Kell Hall", "Tarn"):
        compiled = re.compile(build(whole_name(name).pattern))
        for text in _LIVES:
            assert [m.groups() for m in _lifetime_pattern(form, name).finditer(text)] == [
                m.groups() for m in compiled.finditer(text)
            ]


_PIECES = st.sampled_from(
    ["Tarn", "Tarn Holm", "Holm", " ", "-", "’", "'", "x", "(born 1902)", " of Kell", "."]
)
_LOOKING = (
    (NAME_OPENS, NAME_CLOSES),
    (r"(?<![\w’'.-])", r"(?:\s+of\s+(?P<place>[A-Z]\w+))?"),
    (NAME_OPENS, r"\s*\((?:born\s+)?(\d{4})\)"),
    (r"(?<=\s)", r"(?P<tail>\S)(\.)?"),
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(_PIECES, max_size=12).map("".join),
    st.sampled_from(_LOOKING),
    st.sampled_from(["Tarn", "Tarn Holm", "Holm", "Tarn-Holm", "x"]),
    st.integers(0, 6),
    st.integers(0, 40),
)
def test_a_name_read_where_it_is_written_is_found_as_its_compiled_pattern_finds(
    text: str, shape: tuple[str, str], name: str, pos: int, endpos: int
) -> None:
    lead, tail = shape
    named = named_pattern(lead, name, tail)
    compiled = re.compile(lead + re.escape(name) + tail)
    assert isinstance(named, _LookingNamedPattern)
    for start, end in ((0, len(text)), (pos, endpos)):
        for method in ("search", "match", "fullmatch"):
            found = getattr(named, method)(text, start, end)
            expected = getattr(compiled, method)(text, start, end)
            assert (found and (found.span(), found.groups())) == (
                expected and (expected.span(), expected.groups())
            )
        assert [(m.span(), m.groups()) for m in named.finditer(text, start, end)] == [
            (m.span(), m.groups()) for m in compiled.finditer(text, start, end)
        ]
        assert named.findall(text, start, end) == compiled.findall(text, start, end)
    assert named._compiled is None  # no pattern of its own compiled for the name


def test_a_lead_that_takes_letters_keeps_the_name_s_own_pattern() -> None:
    assert not isinstance(named_pattern(r"\bBorn\s+", "Tarn", NAME_CLOSES), _LookingNamedPattern)
    assert not isinstance(named_pattern(r"(?<!\))", "Tarn", NAME_CLOSES), _LookingNamedPattern)
