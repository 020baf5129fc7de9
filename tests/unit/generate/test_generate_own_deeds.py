"""A name that did something with "his" own is a man's: asked "Who", never "What"."""

import pytest

from factdeck.generate import phrasing
from factdeck.generate.clean import clean_document
from factdeck.generate.extract import extract
from factdeck.generate.sentences import split_sentences


def _at(text: str, name: str) -> tuple[str, int, int]:
    start = text.index(name)
    return text, start, start + len(name)


@pytest.mark.parametrize(
    ("text", "name", "his_own"),
    [
        ("Osberg moved his whole court from Kell to Varnholm.", "Osberg", True),
        ("In 1412, Osberg moved his whole court to Varnholm.", "Osberg", True),
        ("Ravell continued north until his scouts reached the lake.", "Ravell", True),
        # someone else is named before "his": his may be that man's
        ("Ravell ordered Tamsin to support his brother at the mill.", "Ravell", False),
        ("Ravell sent him to support his brother at the mill.", "Ravell", False),
        # a passive or a state: the name need not be the one who acted
        ("Dunmere was seized by the rebels shortly after his death.", "Dunmere", False),
        ("Dunmere had a mill before his marriage.", "Dunmere", False),
        # "his" in another clause, or the name not the subject
        ("Osberg grew rich, and the abbot praised his court.", "Osberg", False),
        ("The guild sold the mill to Osberg after his return.", "Osberg", False),
        # the opening phrase names someone "his" may stand for
        ("After the miller died in 1820, Orvandor took his lands.", "Orvandor", False),
        ("When Tamsin Orle died in 1820, Kessmark took his lands.", "Kessmark", False),
        ("After he died, Kessmark took his lands.", "Kessmark", False),
        # a month or an event in the opening names no one
        ("In March 1412, Osberg moved his court to Varnholm.", "Osberg", True),
        ("After the Orm War, Osberg moved his court to Varnholm.", "Osberg", True),
    ],
)
def test_a_man_s_deed(text: str, name: str, his_own: bool) -> None:
    assert phrasing.a_man_s_deed(*_at(text, name)) is his_own


def test_a_name_with_his_own_deed_is_asked_who() -> None:
    text = (
        "Varnholm\n\nVarnholm is a river port in the north of Tarnia.\n"
        "The port grew rich on the salt trade with the coastal towns of Tarnia.\n"
        "In 1412, Osberg moved his whole court from Kell to the river port of Varnholm.\n"
    )
    cleaned = clean_document(text)
    sentences = split_sentences("doc", cleaned.text)
    found = extract(sentences, cleaned.title or "Varnholm", selective=True)
    asked = {c.question: c.span.text for c in found.candidates}
    question = "In 1412, who moved his whole court from Kell to the river port of Varnholm?"
    assert asked.get(question) == "Osberg"
    assert not any(q and q.startswith("In 1412, what moved") for q in asked)


def test_a_subject_after_an_opening_clause_is_asked_who_not_whom() -> None:
    text = "When Tamsin Orle died in 1820, Kessmark inherited his lands."
    asked = phrasing.ask(*_at(text, "Kessmark"), "person")
    assert asked == ("When Tamsin Orle died in 1820, who inherited his lands?", "subject")
