"""A person's options never leave the key the one person of its land: where the document
ties every wrong option to other countries, and they share one or the question names the
key's, a learner picks the key knowing nothing ("Who led the Norwegian rebels?" with three
Portuguese rebels beside one Norwegian)."""

from __future__ import annotations

from helpers.generation import auto_fact, option_pool

_RISINGS = (
    "Northern Risings\n\n"
    "The Northern Risings were revolts of the 1920s.\n\n"
    "In Norway, Ivo Marek led the Norwegian rebels in 1921. Marek was a printer.\n\n"
    "In Portugal, Tomas Ferro led the Portuguese rebels in 1922. Ferro was a printer. "
    "Rui Alves and Joao Pinto also led rebels in Portugal in 1922. Alves was a printer. "
    "Pinto was a printer.{more}"
)
_NAMES = ["Ivo Marek", "Tomas Ferro", "Rui Alves", "Joao Pinto", "Anders Lund"]


def _options(more: str) -> list[str]:
    statement = "In Norway, Ivo Marek led the Norwegian rebels in 1921."
    prompt = "In Norway, who led the Norwegian rebels?"
    fact = auto_fact("person", "Ivo Marek", statement, prompt)
    return option_pool(_RISINGS.format(more=more), "person", _NAMES, fact).choose(fact)


def test_no_three_options_of_one_land_beside_the_key_of_another() -> None:
    assert len(_options("")) < 3


def test_an_option_of_the_key_s_land_keeps_the_others() -> None:
    options = _options("\n\nIn 1923, Anders Lund led a strike in Norway. Lund was a printer.")
    assert len(options) == 3
    assert "Anders Lund" in options
