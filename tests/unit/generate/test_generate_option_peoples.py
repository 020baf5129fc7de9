"""A question that names the people of the person it asks for ("Which Orskan duke ...?")
takes its person options only from people the document ties to that people: by a side it
gives ("the Orskan duke X"), else by the people or land named nearest to the name in a
sentence that names it. A king of another land, or a person tied to no people, is no
option."""

from __future__ import annotations

from helpers.generation import auto_fact, option_pool

_RAIDS = (
    "Orskan raids\n\n"
    "Harald Venn led the raid on Tarby in 1012. The Orskan duke Sigmar Holt held the coast.\n\n"
    "Among the Orskan lords, Duke Olaf Brann built ships in 1015. "
    "King Edwin Ashdown of England paid tribute in 1013. "
    "The English king Aldred Moore fought the Orskans in 1016. "
    "Bishop Tomas Reed blessed the fleet in 1014. "
    "The jarl Einar Dahl, an Orskan, sailed west in 1013."
)
_PEOPLE = ["Sigmar Holt", "Olaf Brann", "Edwin Ashdown", "Aldred Moore", "Tomas Reed", "Einar Dahl"]
_STATEMENT = "Harald Venn led the raid on Tarby in 1012."


def _options(prompt: str) -> list[str]:
    fact = auto_fact("person", "Harald Venn", _STATEMENT, prompt)
    return option_pool(_RAIDS, "person", ["Harald Venn", *_PEOPLE], fact).choose(fact)


def test_options_of_a_named_people_are_people_the_document_ties_to_it() -> None:
    options = _options("Which Orskan duke led the raid on Tarby?")
    assert sorted(options) == ["Einar Dahl", "Olaf Brann", "Sigmar Holt"]


def test_a_question_that_names_no_people_keeps_people_of_any_side() -> None:
    options = _options("Who led the raid on Tarby?")
    assert len(options) == 3
    assert set(options) - {"Einar Dahl", "Olaf Brann", "Sigmar Holt"}


def test_a_people_the_person_leads_is_the_person_s_people() -> None:
    for prompt in ("Who led the Orskans against Tarby?", "Under whom did Orskan raiders sail?"):
        assert sorted(_options(prompt)) == ["Einar Dahl", "Olaf Brann", "Sigmar Holt"]


def test_a_people_the_question_names_otherwise_sets_no_side() -> None:
    assert len(_options("Who brought Orskan songs to Tarby?")) == 3
    assert set(_options("Who brought Orskan songs to Tarby?")) - {
        "Einar Dahl",
        "Olaf Brann",
        "Sigmar Holt",
    }
