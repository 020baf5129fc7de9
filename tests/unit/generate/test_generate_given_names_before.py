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


def test_a_given_name_a_paragraph_brings_in_as_someone_new_is_not_an_earlier_person() -> None:
    text = (
        "Tomas Brell was a Vellish glazier. In 1880 Brell married Vera Holm, a weaver. "
        "Ivo Marr was his apprentice.\n\n"
        "Their only daughter, Vera, was born in Kessby in 1884. Vera later trained as a smith.\n\n"
        "In 1890 his second apprentice Ivo left Kessby. In 1895 Ivo moved to Orm."
    )
    resolved = _resolved(text, "Tomas Brell")
    assert resolved[3:] == [
        "Their only daughter, Vera, was born in Kessby in 1884.",
        "Vera later trained as a smith.",
        "In 1890 his second apprentice Ivo left Kessby.",
        "In 1895 Ivo moved to Orm.",
    ]


def test_a_given_name_after_a_phrase_that_only_opens_the_sentence_is_the_earlier_person() -> None:
    text = (
        "Tomas Brell was a Vellish glazier. In 1880 he hired Vera Holm as a cutter.\n\n"
        "Back at the old workshop, Vera cut the glass for the Orm chapel. "
        "Brell asked his partner to show Vera the plans. Brell admired the way Vera worked."
    )
    resolved = _resolved(text, "Tomas Brell")
    assert resolved[4] == "Brell admired the way Vera Holm worked."
    assert resolved[2] == "Back at the old workshop, Vera Holm cut the glass for the Orm chapel."
    assert resolved[3] == "Brell asked his partner to show Vera Holm the plans."


def test_a_given_name_is_never_filled_from_a_thing_named_with_an_article() -> None:
    text = (
        "Tomas Brell was a Vellish sailor. In 1890 he sailed on the Vera Dawn to Orm.\n\n"
        "In 1895 Vera moved to Kessby."
    )
    assert _resolved(text, "Tomas Brell")[-1] == "In 1895 Vera moved to Kessby."
