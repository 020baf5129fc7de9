"""Stems a strict teacher rejects as no English: an attributive period cut with its "in", a
"the"-less title."""

from __future__ import annotations

from factdeck.generate.gates import grammatical
from factdeck.generate.phrasing import ask
from factdeck.generate.topics import document_topic


def _question(sentence: str, answer: str, kind: str) -> str | None:
    """The question a rule asks about ``answer``, if it reads as English, else None."""
    start = sentence.index(answer)
    asked = ask(sentence, start, start + len(answer), kind)
    return asked[0] if asked is not None and grammatical(*asked) else None


def test_a_period_before_its_noun_is_no_time_of_the_clause() -> None:
    sentence = "Vellism was a movement in early 19th-century Dutch painting."
    assert _question(sentence, "early 19th-century", "period") is None
    sentence = "Orbism was a school in late 18th-century Franco-Dutch sculpture."
    assert _question(sentence, "late 18th-century", "period") is None


def test_a_title_headed_by_a_common_noun_takes_the() -> None:
    texts = [
        "The Siege of Varholm (also called the Varholm Blockade) in 1612 was an engagement.",
        'Chroniclers called it "the glorious Siege of Varholm".',
        "A plaque recalls the (Latin) Siege of Varholm.",
    ]
    topic = document_topic(texts, "Siege of Varholm", None)
    assert topic is not None
    assert topic.opening("Who led the army?") == "In the Siege of Varholm,"
    bare = [
        "The Isle of Varn is an island.",
        "Ferries sail to Isle of Varn.",
        "He retired to Isle of Varn.",
    ]
    island = document_topic(bare, "Isle of Varn", None)
    assert island is not None
    assert island.name == "Isle of Varn"
