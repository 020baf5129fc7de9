"""Options a learner who read the document can rule out, or that name the key again."""

from __future__ import annotations

from factdeck.generate.distractors import cut_form
from factdeck.generate.evidence import first_years_of
from helpers.generation import auto_fact, document_evidence, option_pool


def test_a_cut_form_or_the_initials_of_the_key_is_the_key() -> None:
    assert cut_form("Consolidated Kell Power Company", "Consol. Kell Power")
    assert cut_form("Kell Power Corporation", "Kell Power Corp")
    assert cut_form("Consolidated Kell", "CK")
    assert cut_form("Bank of North Orm", "B.N.O.")
    assert not cut_form("Consolidated Kell", "Kell Power")
    assert not cut_form("John Robert", "John Roberts")  # a letter apart: another name
    assert not cut_form("Consolidated Kell", "Consolidated Kell")
    assert not cut_form("Consolidated Kell", "KC")


def test_a_bare_head_of_a_word_is_a_name_of_its_own_not_a_cut_form() -> None:
    assert not cut_form("Annette Holt", "Anne Holt")
    assert not cut_form("Georgiana Vell", "Georgia Vell")
    assert not cut_form("Samuel Tarrington", "Sam Tarring")
    assert not cut_form("Brellington", "Brell")
    assert not cut_form("Consolidated Kell", "Con Kell")


def test_no_option_names_the_key_shorter() -> None:
    text = (
        "Consolidated Kell supplied the city's electricity. Consol. Kell built a dam in 1921. "
        "Vell Power sold coal. Tarn Traction ran the trams."
    )
    statement = "Consolidated Kell supplied the city's electricity."
    prompt = "Which company supplied the city's electricity?"
    names = ["Consol. Kell", "Vell Power", "Tarn Traction"]
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


def test_a_word_opening_the_sentence_joins_a_name_only_where_the_document_joins_them() -> None:
    text = (
        "Later Tarn Rovers marched past the mill. Northern Orm lies on the coast. "
        "The fleet sailed from Upper Kell. Upper Kell traded wool. The Vell Guards rode "
        "north. The Dunby Blues were disbanded."
    )
    statement = "The Dunby Blues were disbanded."
    prompt = "Which regiment was disbanded?"
    names = ["Tarn Rovers", "Orm", "Kell", "Vell Guards"]
    fact = auto_fact("organisation", "Dunby Blues", statement, prompt)
    pool = option_pool(text, "organisation", names, fact)
    assert not pool._only_inside_longer_names(fact, "Tarn Rovers")  # "Later" is no name's
    assert not pool._only_inside_longer_names(fact, "Orm")
    assert pool._only_inside_longer_names(fact, "Kell")  # "from Upper Kell": one name


def test_a_long_sentence_is_read_back_only_a_little_from_each_name() -> None:
    text = "Orm Kell " * 6000 + "then Kell sailed."
    fact = auto_fact("organisation", "Dunby Blues", "The Dunby Blues sailed.", "Who sailed?")
    pool = option_pool(text, "organisation", ["Kell"], fact)
    assert not pool._only_inside_longer_names(fact, "Kell")  # "then Kell" is whole
    cut = option_pool(text.replace("then ", "Orm "), "organisation", ["Kell"], fact)
    assert cut._only_inside_longer_names(fact, "Kell")


def test_the_first_years_of_a_long_sentence_skip_only_a_name_s_year() -> None:
    years = ", ".join(str(1500 + index % 400) for index in range(8000))
    text = f"In the archive the years {years} are listed beside the Orm Fair 1499 and May 1498."
    found = first_years_of(text)
    assert len(found) == 8001
    assert found[:2] == [1500, 1501]
    assert 1499 not in found  # the fair's name, not a time the sentence tells of
    assert found[-1] == 1498


def test_the_earliest_year_of_a_subject_comes_from_the_sentences_naming_it() -> None:
    text = (
        "Kellsoft\n\nThe valley was settled in 1700. Kellsoft was founded in 1981. "
        "Kellsoft 2 was released in 1985. Vellware was founded in 1979."
    )
    evidence = document_evidence(text)
    quote = "Kellsoft 2 was released in 1985."
    assert evidence.earliest_year("doc", quote) == 1700
    assert evidence.earliest_year("doc", quote, naming="Kellsoft") == 1981
    assert evidence.earliest_year("doc", "Kellsoft was founded in 1981.", naming="Kellsoft") == 1985
    assert evidence.earliest_year("doc", quote, naming="Tarland") is None


def test_many_releases_of_one_subject_each_keep_its_span() -> None:
    lines = [f"Kellsoft {index} was released in {1800 + index % 200}." for index in range(900)]
    text = "Kellsoft\n\nKellsoft was founded in 1790. " + " ".join(lines)
    facts = [
        auto_fact("year", str(1800 + index % 200), line, f"When was Kellsoft {index} released?")
        for index, line in enumerate(lines)
    ]
    pool = option_pool(text, "year", [], facts[0])
    assert all(pool._subject_span(fact) == (1790, 1999) for fact in facts[1:])
