"""A place in brackets after a body or a degree ("the University Commission (Vessia)") limits
which body is meant: it stays as "in Vessia" when brackets are dropped, on small texts written
for the tests."""

from factdeck.generate.phrasing import simplify
from factdeck.generate.pipeline import build_deck

_TEXT = """Kell School of Medicine

The Kell School of Medicine is a medical school in the town of Kell. It was founded in 1802 by \
the surgeon Ivo Marten. The school has about 900 students and a hospital of 400 beds.

The University Commission (Vessia) accredits the school. The Medical Council (Kessland) \
licenses doctors trained at the school. The school's main building was designed by the \
architect Ana Varga in 1850.
"""


def test_a_bracketed_place_after_a_body_or_degree_is_told_as_in_the_place() -> None:
    assert simplify("The University Commission (Vessia) accredits the school.") == (
        "The University Commission in Vessia accredits the school."
    )
    assert simplify("Graduates receive the Bachelor of Surgery (Vessia) after six years.") == (
        "Graduates receive the Bachelor of Surgery in Vessia after six years."
    )


def test_a_bracketed_other_name_or_gloss_is_still_dropped() -> None:
    assert (
        simplify("The Federal Bank (Bundesbank) sets the rates.")
        == "The Federal Bank sets the rates."
    )
    assert simplify("The Orm Council (Parliament) met in 1790.") == "The Orm Council met in 1790."
    assert simplify("He joined the Orm Party (OP) in 1901.") == "He joined the Orm Party in 1901."
    assert simplify("Ivo Marten (Martens) arrived in 1671.") == "Ivo Marten arrived in 1671."


def test_a_question_on_the_body_keeps_its_place_or_is_not_asked() -> None:
    bank = build_deck(_TEXT, deck="d", file_name="d.txt", markdown=False).bank
    for question in bank.questions:
        if "accredit" in question.prompt or "licens" in question.prompt:
            assert "Vessia" in question.prompt or "Kessland" in question.prompt
