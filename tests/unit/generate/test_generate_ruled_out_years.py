"""Year options a learner rules out from the question and the document alone: none before
the person the question names could have done the deed, however the document writes the
birth; none before the thing the question names came to be; none standing apart from the
others, so that the odd one out gives the key away."""

from __future__ import annotations

import pytest

from helpers.generation import auto_fact, option_pool

_PAINTER = (
    "Arvid Lenk\n\n"
    "{born}\n\n"
    "Lenk painted the Harbour Mural in {year}. He also taught drawing.\n\n"
    "He retired in 1975 and moved to the coast."
)
_BIRTHS = (
    "Arvid Lenk (Norvish: Arvi Lenkke; 1921 – 1990) was a Norvish painter.",
    "Arvid Lenk was a Norvish painter, born 4 May 1921 in Tarsk.",
    "Arvid Lenk was a Norvish painter, born in Tarsk in 1921.",
    "Born in Tarsk in 1921, Arvid Lenk was a Norvish painter.",
    "Born 4 May 1921 in Tarsk, Lenk was a Norvish painter.",
)


@pytest.mark.parametrize("born", _BIRTHS)
@pytest.mark.parametrize("year", [1938, 1940])
def test_no_year_option_before_the_painter_could_paint(born: str, year: int) -> None:
    statement = f"Lenk painted the Harbour Mural in {year}."
    prompt = "In what year did Lenk paint the Harbour Mural?"
    fact = auto_fact("year", str(year), statement, prompt)
    options = option_pool(_PAINTER.format(born=born, year=year), "year", [], fact).choose(fact)
    assert options
    assert all(int(option) >= 1937 for option in options)


def test_a_reign_after_other_asides_is_no_birth() -> None:
    text = (
        "Olaf Renn\n\n"
        "Olaf Renn (Norvish: Olav Rennu; reigned 1921 – 1950) was a king of Norvia.\n\n"
        "Renn built the Harbour Gate in 1924. He also hunted.\n\n"
        "He abdicated in 1950."
    )
    fact = auto_fact(
        "year",
        "1924",
        "Renn built the Harbour Gate in 1924.",
        "In what year did Renn build the Harbour Gate?",
    )
    options = option_pool(text, "year", [], fact).choose(fact)
    assert any(int(option) < 1924 for option in options)
