"""A given name alone takes the whole name earlier paragraphs gave a person of that name,
looked up in one index of the document's names, never by reading every earlier paragraph
again for each paragraph."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

import pytest

from factdeck.generate import referents
from factdeck.generate.referents import Referents
from factdeck.generate.sentences import split_sentences


def _resolved(text: str, title: str) -> list[str]:
    sentences = split_sentences("doc", text)
    found = Referents(sentences, title, None)
    return [found.resolved(s.text, s) for s in sentences]


def test_a_given_name_in_many_paragraphs_is_looked_up_without_rereading_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scans: Counter[str] = Counter()
    real_finditer = re.finditer

    def counted(pattern: str, string: str, flags: int = 0) -> Iterator[re.Match[str]]:
        if pattern.startswith(r"\bVera"):
            scans["Vera"] += 1
        return real_finditer(pattern, string, flags)

    monkeypatch.setattr(referents.re, "finditer", counted)
    paragraphs = [
        "Vera Holm crossed the Tarn Sound in 1850.",
        *(f"In {year} Vera rowed to Kessby with Ivo." for year in range(1851, 1911)),
    ]
    resolved = _resolved("\n\n".join(paragraphs), "Crossings of the Tarn Sound")
    assert all(" Vera Holm rowed" in text for text in resolved[1:]), resolved
    # its own paragraph read once for each mention, not every paragraph before it
    assert scans["Vera"] <= 2 * len(paragraphs)
