"""A term option that is the key's own head with describing words ("liquid brine" beside
"cold brine") may describe the answer too, or answer another question: it is an option only
where the document lists it beside the key as another thing of its sort. Another thing of
the sort by its name ("Orm glaze" beside "Tarn glaze") stays an option."""

from __future__ import annotations

from helpers.generation import auto_fact, option_pool

_SALT = (
    "Salt works of Vell\n\n"
    "The works of Vell boiled cold brine in iron pans. "
    "Tarn glaze and Orm glaze coated the pans. "
    "Liquid brine and hot brine were kept in tanks. "
    "Rock salt and sea salt were sold in Vell. "
    "The glaze was a Vellish glaze of old. "
    "Cold brine, sea brine and hot brine filled the lower tanks. "
    "Bitter brine is a brine that is left after the salt is taken out."
)


def test_no_option_is_the_key_s_head_with_describing_words_alone() -> None:
    statement = "The works of Vell boiled cold brine in iron pans."
    fact = auto_fact("term", "cold brine", statement, "What did the works of Vell boil?")
    names = ["liquid brine", "hot brine", "bitter brine", "sea brine", "rock salt", "iron pans"]
    options = option_pool(_SALT, "term", names, fact).choose(fact)
    assert "liquid brine" not in options  # never listed beside the key
    assert {"hot brine", "sea brine"} <= set(options)  # listed beside it: of its sort
    assert "bitter brine" in option_pool(_SALT, "term", names[1:3], fact).choose(fact)


def test_another_thing_of_the_sort_by_its_name_stays_an_option() -> None:
    statement = "Tarn glaze and Orm glaze coated the pans."
    fact = auto_fact("term", "Tarn glaze", statement, "Which glaze coated the pans with Orm glaze?")
    options = option_pool(_SALT, "term", ["Kell glaze", "Vellish glaze"], fact).choose(fact)
    assert options == ["Kell glaze"]
