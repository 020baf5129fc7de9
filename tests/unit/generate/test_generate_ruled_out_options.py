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


def test_a_year_option_lies_within_the_years_the_document_gives_its_subject() -> None:
    text = (
        "Kellsoft\n\nKellsoft 3 was released in 1983. Kellsoft opened an office in Orm in "
        "1990.\n\nKellsoft is a maker of office programs. Its history starts in 1980, when "
        "two students wrote a ledger."
    )
    statement = "Kellsoft 3 was released in 1983."
    fact = auto_fact("year", "1983", statement, "In what year was Kellsoft 3 released?")
    options = option_pool(text, "year", [], fact).choose(fact)
    assert len(options) == 3
    assert all(1980 <= int(option) <= 1990 for option in options)


def test_a_people_s_word_in_the_question_sets_no_start_to_its_options() -> None:
    text = (
        "Tarland\n\nTarland lies on the coast. Its story starts in 1701.\n\nTarlandic "
        "settlers came in the 1740s. In 1749 the Tarlandic council sold Kell Mill."
    )
    statement = "In 1749 the Tarlandic council sold Kell Mill."
    prompt = "In what year did the Tarlandic council sell Kell Mill?"
    fact = auto_fact("year", "1749", statement, prompt)
    pool = option_pool(text, "year", [], fact)
    assert pool._subject_span(fact) == (1701, 1749)  # the Mill's, not the settlers' 1740s
