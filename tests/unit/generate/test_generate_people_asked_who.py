"""A person known by one name is asked "who" or "whom", never "what": the holder of a
person's role, the doer of a deed only people do, the one sent to do it, and a key the
document names with a person's title or role noun."""

from __future__ import annotations

from factdeck.generate.clean import clean_document
from factdeck.generate.extract import extract
from factdeck.generate.gates import grammatical
from factdeck.generate.phrasing import ask
from factdeck.generate.sentences import split_sentences


def _question(sentence: str, answer: str, kind: str = "other") -> str | None:
    start = sentence.index(answer)
    asked = ask(sentence, start, start + len(answer), kind)
    return asked[0] if asked is not None and grammatical(*asked) else None


def test_the_holder_of_a_person_s_role_is_asked_whom() -> None:
    assert (
        _question("Orvan declared Rask to be the first abbot of Kell.", "Rask")
        == "Whom did Orvan declare to be the first abbot of Kell?"
    )
    assert (
        _question("Orvan appointed Rask as editor of the Kell Gazette.", "Rask")
        == "Whom did Orvan appoint as editor of the Kell Gazette?"
    )
    assert (
        _question("Orvan declared Kell to be the capital of the realm.", "Kell")
        == "What did Orvan declare to be the capital of the realm?"
    )


def test_one_who_becomes_serves_or_is_made_a_role_is_asked_who() -> None:
    assert (
        _question("Rask was declared to be the first abbot of Kell.", "Rask")
        == "Who was declared to be the first abbot of Kell?"
    )
    assert _question("Rask became the first abbot of Kell.", "Rask") == (
        "Who became the first abbot of Kell?"
    )
    assert _question("Rask served as abbot of Kell.", "Rask") == "Who served as abbot of Kell?"
    assert _question("Orvan made Rask abbot of Kell.", "Rask") == (
        "Whom did Orvan make abbot of Kell?"
    )
    assert _question("Kell became the capital of Orm in 1200.", "Kell") == (
        "What became the capital of Orm in 1200?"
    )
    assert _question("Tarnol was used as a painkiller by doctors.", "Tarnol") == (
        "What was used as a painkiller by doctors?"
    )
    assert _question("Orvan made Kell capital of the realm.", "Kell") == (
        "What did Orvan make capital of the realm?"
    )


def test_the_doer_of_a_deed_only_people_do_is_asked_who() -> None:
    assert (
        _question("Tamsin preached throughout Kessia for ten years.", "Tamsin")
        == "Who preached throughout Kessia for ten years?"
    )
    assert (
        _question("The monks baptised Hadrel in the river Oss.", "Hadrel")
        == "Whom did the monks baptise in the river Oss?"
    )
    assert (
        _question("King Orvan sent Tamsin to preach throughout Kessia.", "Tamsin")
        == "Whom did King Orvan send to preach throughout Kessia?"
    )
    assert (
        _question("Tamsin was sent by King Orvan to preach throughout Kessia.", "Tamsin")
        == "Who was sent by King Orvan to preach throughout Kessia?"
    )


def test_what_is_preached_or_used_stays_a_thing() -> None:
    assert (
        _question("Tamsin preached Orthism throughout Kessia.", "Orthism")
        == "What did Tamsin preach throughout Kessia?"
    )
    assert (
        _question("Orthism was preached by Tamsin throughout Kessia.", "Orthism")
        == "What was preached by Tamsin throughout Kessia?"
    )
    assert _question("The monks used Ossa to baptise the king.", "Ossa") is not None
    assert "Whom" not in (_question("The monks used Ossa to baptise the king.", "Ossa") or "")


def _candidates(text: str) -> list[tuple[str, str, str]]:
    sentences = split_sentences("doc", clean_document(f"Orm\n\n{text}").text)
    return [
        (c.span.text, c.span.kind, c.question or "")
        for c in extract(sentences, "Orm", selective=False).candidates
    ]


def test_a_name_the_document_gives_an_apostle_s_title_is_a_person() -> None:
    text = (
        "The apostle Tamsin reached the northern shore of Orm in 801. King Orvan sent Tamsin "
        "to the hill towns in 804. Tamsin wrote the first gospel of Kell."
    )
    found = [(kind, question) for name, kind, question in _candidates(text) if name == "Tamsin"]
    assert found
    assert all(kind == "person" for kind, _ in found)
    assert ("person", "Whom did King Orvan send to the hill towns in 804?") in found


def test_a_name_with_a_byname_for_a_deed_is_a_person() -> None:
    text = (
        "Tamsin the Illuminator copied the gospels of Kell in 830. King Orvan sent Tamsin to "
        "the hill towns of Orm in 834."
    )
    found = _candidates(text)
    assert ("Tamsin the Illuminator", "person", "Who copied the gospels of Kell in 830?") in found
    assert not [question for _, _, question in found if question.startswith("What did King")]
