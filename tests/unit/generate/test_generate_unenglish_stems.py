"""Stems a strict teacher rejects as no English: a "the"-less title."""

from __future__ import annotations

from factdeck.generate.topics import document_topic


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
