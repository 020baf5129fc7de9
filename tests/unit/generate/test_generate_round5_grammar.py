"""Grammar rules found by a blind review: a question keeps the sentence's own time phrase and
reads as English."""

from __future__ import annotations

from factdeck.generate.gates import grammatical
from factdeck.generate.phrasing import ask


def _question(sentence: str, answer: str, kind: str) -> str | None:
    """The question a rule asks about ``answer``, if it reads as English, else None."""
    start = sentence.index(answer)
    asked = ask(sentence, start, start + len(answer), kind)
    return asked[0] if asked is not None and grammatical(*asked) else None


def test_by_what_century_only_when_the_sentence_says_by_the_century() -> None:
    assert (
        _question("The chapel had been painted by the 14th century.", "14th century", "period")
        == "By what century had the chapel been painted?"
    )
    assert (
        _question("The chapel was painted by 14th-century monks.", "14th-century", "period") is None
    )
    assert (
        _question(
            "The chapel was painted by the 14th century guild of the town.",
            "14th century",
            "period",
        )
        is None
    )
