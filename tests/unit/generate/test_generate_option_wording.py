"""Options of an imported name are worded like the key: "X County" beside "Marsh County",
never "County of X", which a learner drops at a glance; the document's other wording of the
same place is used where it gives one."""

from __future__ import annotations

from factdeck.generate.distractors import other_wording, sort_first
from helpers.generation import auto_fact, option_pool

_COUNTIES = (
    "Counties of Tarland\n\n"
    "The Wren rises in the hills of Marsh County and flows to the sea. "
    "Haldon County lies east of the river. "
    "The County of Ossby lies on the coast, and Ossby County has two ports. "
    "The County of Brell lies to the south. "
    "Vell County is known for its orchards. "
    "The Kell Hills rise in Arden County."
)
_STATEMENT = "The Wren rises in the hills of Marsh County."
_PROMPT = "In the hills of which county does the Wren rise?"


def _options(answer: str, names: list[str]) -> list[str]:
    statement = _STATEMENT.replace("Marsh County", answer)
    fact = auto_fact("place", answer, statement, _PROMPT)
    return option_pool(_COUNTIES, "place", names, fact).choose(fact)


def test_an_option_takes_the_key_s_wording_where_the_document_gives_it() -> None:
    options = _options("Marsh County", ["Haldon County", "County of Ossby", "Vell County"])
    assert sorted(options) == ["Haldon County", "Ossby County", "Vell County"]


def test_an_option_worded_unlike_the_key_and_nowhere_else_is_left_out() -> None:
    options = _options("Marsh County", ["Haldon County", "County of Brell", "Vell County"])
    assert sorted(options) == ["Haldon County", "Vell County"]
    options = _options("County of Brell", ["Haldon County", "County of Ossby", "Vell County"])
    assert options == ["County of Ossby"]


def test_the_sort_word_s_place_in_a_name() -> None:
    assert sort_first("County of Ossby")
    assert not sort_first("Ossby County")
    assert not sort_first("Ossby")
    assert other_wording("County of Ossby") == "Ossby County"
    assert other_wording("Ossby County") == "County of Ossby"
    assert other_wording("Ossby") is None


def test_a_name_the_document_writes_only_before_and_more_is_no_option() -> None:
    text = (
        "Kell University\n\n"
        "The College of Sail and Oar is the oldest part of Kell University. "
        "The College of Science was founded in 1871. "
        "The College of Law opened in 1902, and the College of Music in 1925."
    )
    statement = "The College of Science was founded in 1871."
    fact = auto_fact("organisation", "College of Science", statement, "Which college ...?")
    names = ["College of Sail", "College of Law", "College of Music"]
    options = option_pool(text, "organisation", names, fact).choose(fact)
    assert sorted(options) == ["College of Law", "College of Music"]
