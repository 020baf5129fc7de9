"""A year option of an imported question never falls before the document's year for the
beginning of what the question names (built, released, born) nor after its end (demolished,
died): a learner who knows that much rules the option out without knowing the fact."""

from __future__ import annotations

import pytest

from helpers.generation import auto_fact, option_pool

_TOWER = (
    "Orsk Tower\n\n"
    "{built} A tram line opened in 1938.\n\n"
    "Its lobby was rebuilt in {year} after a fire. "
    "The square was paved in 1941 and a clock was added in 1975."
)
_BUILDINGS = (
    "The Orsk Tower was built in 1950 on the old market square.",
    "Built in 1950, the Orsk Tower faced the old market square.",
    "The Orsk Tower first opened on 4 May 1950 beside the market.",
)


@pytest.mark.parametrize("built", _BUILDINGS)
@pytest.mark.parametrize("year", [1952, 1953, 1955])
def test_no_year_option_before_the_thing_asked_about_was_built(built: str, year: int) -> None:
    statement = f"The Orsk Tower's lobby was rebuilt in {year} after a fire."
    fact = auto_fact(
        "year", str(year), statement, "In what year was the Orsk Tower's lobby rebuilt?"
    )
    text = _TOWER.format(built=built, year=year)
    options = option_pool(text, "year", ["1938", "1941", "1975"], fact).choose(fact)
    assert len(options) == 3
    assert all(int(option) >= 1950 for option in options)


_PAINTER = (
    "Painters of Vell\n\n"
    "{life} Holm moved to Tarn in 1838.\n\n"
    "Holm painted the harbour in {year}. The harbour was closed in 1890."
)


@pytest.mark.parametrize(
    "life",
    [
        "The painter Edda Holm (1811–1849) worked in Vell.",
        "Edda Holm was born in 1811 in Vell. Edda Holm died in 1849 in Tarn.",
    ],
)
@pytest.mark.parametrize("year", [1846, 1847, 1848])
def test_no_year_option_after_the_death_of_the_person_asked_about(life: str, year: int) -> None:
    statement = f"Edda Holm painted the harbour in {year}."
    fact = auto_fact("year", str(year), statement, "In what year did Edda Holm paint the harbour?")
    options = option_pool(_PAINTER.format(life=life, year=year), "year", ["1838"], fact).choose(
        fact
    )
    assert len(options) == 3
    assert all(1811 <= int(option) <= 1849 for option in options)


@pytest.mark.parametrize(
    "prompt",
    [
        "In what year did a red edition for the eSlate 3G come out?",
        "In what year did Kell Devices sell red eSlates?",
    ],
)
def test_a_name_in_lower_case_first_bounds_its_options_too(prompt: str) -> None:
    text = (
        "eSlate\n\nThe eSlate was released in 2001 by Kell Devices.\n\n"
        "A red edition for the eSlate 3G came out in 2006. Sales doubled in 1996 and 2019."
    )
    statement = "A red edition for the eSlate 3G came out in 2006."
    fact = auto_fact("year", "2006", statement, prompt)
    options = option_pool(text, "year", ["1996", "2019"], fact).choose(fact)
    assert len(options) == 3
    assert all(int(option) >= 2001 for option in options)


def test_the_year_of_the_building_itself_is_asked_with_earlier_options() -> None:
    statement = "The Orsk Tower was built in 1950 on the old market square."
    fact = auto_fact("year", "1950", statement, "In what year was the Orsk Tower built?")
    text = _TOWER.format(built=statement, year=1961)
    options = option_pool(text, "year", ["1938", "1941", "1975"], fact).choose(fact)
    assert any(int(option) < 1950 for option in options)


_TWEEDS = (
    "Kell Tweeds\n\n"
    "Ada Kell and her brother introduced Kell Tweeds, a line of coats, in {begun}. "
    "Wool prices rose in 1974 and fell in 1998.\n\n"
    "In {year}, Ada Kell teamed up with Orm Mills to weave cloth for Kell Tweeds."
)


@pytest.mark.parametrize(("begun", "year"), [(1985, 1985), (1980, 1982)])
def test_no_year_option_before_someone_introduced_the_thing_asked_about(
    begun: int, year: int
) -> None:
    statement = f"In {year}, Ada Kell teamed up with Orm Mills to weave cloth for Kell Tweeds."
    prompt = "In what year did Ada Kell team up with Orm Mills to weave cloth for Kell Tweeds?"
    fact = auto_fact("year", str(year), statement, prompt)
    text = _TWEEDS.format(begun=begun, year=year)
    options = option_pool(text, "year", ["1974", "1998"], fact).choose(fact)
    assert options
    assert all(int(option) >= begun for option in options)
