"""The people of a work's plot are no options among real people, however the document words
the plot: "tells the story of", "is about", "revolves around", "The plot of X centres on"."""

from __future__ import annotations

import pytest

from helpers.generation import auto_fact, option_pool

_NOVELIST = (
    "Ada Moor\n\n"
    "Ada Moor was a novelist born in Orsk in 1901. The critic Ivo Hale studied at Kell College "
    "in 1920. The critic Lev Dorn praised her early stories in 1925. The critic Tom Reed "
    "reviewed her first book in 1927.\n\n"
    "{plot}\n\n"
    "Moor attended Kell College in 1919. She died in 1960."
)


@pytest.mark.parametrize(
    "plot",
    [
        "Her novel The Salt Year tells the story of Nell Hart, a widow who runs a hotel in 1930.",
        "The plot of The Salt Year centres on Nell Hart, a widow who runs a hotel in 1930.",
        "The novel revolves around Nell Hart, a widow who runs a hotel in 1930.",
        "Her novel is about Nell Hart, a young widow who runs a hotel in 1930.",
    ],
)
def test_a_character_of_a_plot_is_no_option_among_real_people(plot: str) -> None:
    statement = "Moor attended Kell College in 1919."
    fact = auto_fact("person", "Ada Moor", statement, "Who attended Kell College in 1919?")
    names = ["Nell Hart", "Ivo Hale", "Lev Dorn", "Tom Reed", "Ada Moor"]
    options = option_pool(_NOVELIST.format(plot=plot), "person", names, fact).choose(fact, 4)
    assert "Nell Hart" not in options
    assert sorted(options) == ["Ivo Hale", "Lev Dorn", "Tom Reed"]
