"""Options of imported questions never include another name the document gives the key (an
alias, a former name, an abbreviation: either would be right), nor a place where a person is
asked for."""

from __future__ import annotations

import pytest

from helpers.generation import auto_fact, option_pool

_RIVERS = (
    "Rivers of Tarland\n\n"
    "The Orm River rises in the Kell Hills. The Vass River rises near Ostby. "
    "The Dunn River rises near Holm. The Lorn River rises near Vell. "
    "Settlers fished in the Tarn River. {alias}"
)
_ALIASES = (
    "The Orm River (called the Tarn River by early settlers) drains the western moors.",
    "The Orm River, formerly the Tarn River, drains the western moors.",
    "The Orm River, also known as the Tarn River, drains the western moors.",
    "The Orm River, once named the Tarn River, drains the western moors.",
    "The Tarn River was renamed the Orm River in 1820.",
    "The Tarn River, now the Orm River, drains the western moors.",
    "The Orm River (Vellish: Tarn River) drains the western moors.",
    "The Orm River (or Tarn River) drains the western moors.",
    "The Orm River, known locally as the Tarn River, drains the western moors.",
    "The Orm River (Tarn River in Vellish) drains the western moors.",
    "Tarn River is the old name of the Orm River.",
)


@pytest.mark.parametrize("alias", _ALIASES)
def test_another_name_of_the_key_is_no_option(alias: str) -> None:
    statement = "The Orm River rises in the Kell Hills."
    fact = auto_fact("place", "Orm River", statement, "Which river rises in the Kell Hills?")
    names = ["Tarn River", "Vass River", "Dunn River", "Lorn River"]
    options = option_pool(_RIVERS.format(alias=alias), "place", names, fact).choose(fact)
    assert options
    assert "Tarn River" not in options


def test_a_river_named_beside_the_key_stays_an_option() -> None:
    statement = "The Orm River rises in the Kell Hills."
    fact = auto_fact("place", "Orm River", statement, "Which river rises in the Kell Hills?")
    names = ["Tarn River", "Vass River", "Dunn River", "Lorn River"]
    text = _RIVERS.format(alias="The Orm River and the Tarn River drain the western moors.")
    options = option_pool(text, "place", names, fact).choose(fact)
    assert "Tarn River" in options


_EXPLORERS = (
    "Explorers of Tarland\n\n"
    "In 1820 Ivo Marlow sailed south from Kell. In 1822 Marlow reached {place}. "
    "In 1831 Edda Holm crossed the ice from Ostby. In 1835 Rask Vinter reached the plateau. "
    "In 1840 Ola Brenn mapped the glaciers. In 1845 Tove Lind wintered on the ice."
)


@pytest.mark.parametrize(
    ("kind", "place"),
    [
        ("organisation", "Marlow Land"),
        ("event", "Marlow Land"),
        ("term", "Port Vinter"),
        ("country", "Mount Vinter"),
    ],
)
def test_a_place_is_no_option_where_a_person_is_asked_for(kind: str, place: str) -> None:
    statement = "In 1831 Edda Holm crossed the ice from Ostby."
    fact = auto_fact(kind, "Edda Holm", statement, "Who crossed the ice from Ostby in 1831?")
    names = [place, "Rask Vinter", "Ola Brenn", "Tove Lind"]
    options = option_pool(_EXPLORERS.format(place=place), kind, names, fact).choose(fact)
    assert options
    assert place not in options


_CHAINS = (
    "The Orm River, also called the Tarn River, and now known as the Vell River, drains the moors.",
    "The Orm River (or Tarn River), now known as the Vell River, drains the western moors.",
    "The Orm River (formerly the Tarn River), now the Vell River, drains the western moors.",
)


@pytest.mark.parametrize("chain", _CHAINS)
def test_no_name_of_an_alias_chain_is_an_option_for_another(chain: str) -> None:
    text = (
        "Rivers of Tarland\n\n"
        "The Vell River rises in the Kell Hills. The Vass River rises near Ostby. "
        "The Dunn River rises near Holm. The Lorn River rises near Brask. "
        "Settlers fished in the Tarn River. "
        f"{chain}"
    )
    statement = "The Vell River rises in the Kell Hills."
    fact = auto_fact("place", "Vell River", statement, "Which river rises in the Kell Hills?")
    names = ["Tarn River", "Orm River", "Vass River", "Dunn River", "Lorn River"]
    options = option_pool(text, "place", names, fact).choose(fact)
    assert options
    assert "Tarn River" not in options
    assert "Orm River" not in options


def test_names_joined_by_and_without_a_naming_verb_stay_options() -> None:
    text = (
        "Rivers of Tarland\n\n"
        "The Vell River rises in the Kell Hills. The Vass River rises near Ostby. "
        "The Dunn River rises near Holm. The Lorn River rises near Brask. "
        "Boats sailed the Tarn River, and now the Vell River, each spring."
    )
    statement = "The Vell River rises in the Kell Hills."
    fact = auto_fact("place", "Vell River", statement, "Which river rises in the Kell Hills?")
    names = ["Tarn River", "Vass River", "Dunn River"]
    options = option_pool(text, "place", names, fact).choose(fact)
    assert "Tarn River" in options
