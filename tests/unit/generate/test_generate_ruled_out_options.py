"""Options a learner who read the document can rule out, or that name the key again."""

from __future__ import annotations

from factdeck.generate.distractors import cut_form
from helpers.generation import auto_fact, option_pool


def test_a_cut_form_or_the_initials_of_the_key_is_the_key() -> None:
    assert cut_form("Consolidated Kell", "Con Kell")
    assert cut_form("Consolidated Kell Power Company", "Consol. Kell Power")
    assert cut_form("Consolidated Kell", "CK")
    assert cut_form("Bank of North Orm", "B.N.O.")
    assert not cut_form("Consolidated Kell", "Kell Power")
    assert not cut_form("John Robert", "John Roberts")  # a letter apart: another name
    assert not cut_form("Consolidated Kell", "Consolidated Kell")
    assert not cut_form("Consolidated Kell", "KC")


def test_no_option_names_the_key_shorter() -> None:
    text = (
        "Consolidated Kell supplied the city's electricity. Con Kell built a dam in 1921. "
        "Vell Power sold coal. Tarn Traction ran the trams."
    )
    statement = "Consolidated Kell supplied the city's electricity."
    prompt = "Which company supplied the city's electricity?"
    names = ["Con Kell", "Vell Power", "Tarn Traction"]
    fact = auto_fact("organisation", "Consolidated Kell", statement, prompt)
    options = option_pool(text, "organisation", names, fact).choose(fact)
    assert sorted(options) == ["Tarn Traction", "Vell Power"]


def test_an_option_is_a_whole_name_never_the_head_or_tail_of_a_longer_one() -> None:
    text = (
        "The New Orm Yankees rioted in 1863. The Orm Draft Riots followed. "
        "Tarn Rovers and the Vell Guards marched. The Dunby Blues paraded before Mayor Holm. "
        "The Kell Rangers were disbanded. She taught at the School of Sail and Oar."
    )
    statement = "The Kell Rangers were disbanded."
    prompt = "Which regiment was disbanded?"
    names = ["Orm Yankees", "Orm Draft", "Tarn Rovers", "Vell Guards", "School of Sail"]
    fact = auto_fact("organisation", "Kell Rangers", statement, prompt)
    options = option_pool(text, "organisation", names, fact).choose(fact)
    assert sorted(options) == ["Tarn Rovers", "Vell Guards"]
