"""A year option of an imported question never falls before the document's year for the
beginning of what the question names (built, released, born) nor after its end (demolished,
died): a learner who knows that much rules the option out without knowing the fact."""

from __future__ import annotations

import pytest

from helpers.generation import auto_fact, document_evidence, option_pool

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
        "Edda Holm was born at Orm Hall in 1811. Edda Holm died of a fever in Tarn in 1849.",
        "Edda Holm (b. 1811, d. 1849) worked in Vell.",
        "Edda Holm was born in 1811. After the death of Edda Holm in 1849, her studio closed.",
        "Edda Holm was born in 1811. Edda Holm worked in Vell. She died in 1849.",
        "Edda Holm (2 March 1811 – 17 October 1849) was a painter of Vell.",
        "Edda Holm (March 2, 1811 – October 17, 1849) was a painter of Vell.",
        "Edda Holm was born in 1811. Edda died in Tarn on 17 October 1849.",
        "Edda Holm was born in 1811. Holm died in Tarn on October 17, 1849.",
        "Edda Holm was born in 1811. After Edda's death in 1849, her studio closed.",
        "Edda Holm was born in 1811. Holm's death in October 1849 closed her studio.",
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


def test_he_or_she_tells_of_the_person_the_sentence_before_opens_with() -> None:
    evidence = document_evidence(
        "Painters\n\nEdda Holm worked in Vell. She died in 1849.\n\n"
        "Edda Holm met Ansa Brun. Ansa Brun sold paints. She died in 1846.\n\n"
        "Edda Holm painted ships.\n\nHe was a sailor."
    )
    assert evidence.told_of_after("doc", "Edda Holm") == ["Edda Holm died in 1849."]
    assert evidence.told_of_after("doc", "Holm") == ["Holm died in 1849."]


_TOWN = (
    "Kelburn\n\n"
    "Kelburn was founded in 1864 on the river. Sheep were first shorn in the valley in the "
    "1830s.\n\n"
    "Kelburn grew quickly in the {decade} as a railway town. The line was doubled in 1921."
)


@pytest.mark.parametrize("decade", ["1870s", "1880s"])
def test_no_decade_option_before_the_place_asked_about_was_founded(decade: str) -> None:
    statement = f"Kelburn grew quickly in the {decade} as a railway town."
    prompt = "In what decade did Kelburn grow quickly as a railway town?"
    fact = auto_fact("period", decade, statement, prompt)
    options = option_pool(_TOWN.format(decade=decade), "period", [], fact).choose(fact)
    assert options
    assert all(int(option[:4]) + 9 >= 1864 for option in options)


def test_a_century_option_falls_within_the_life_of_the_person_asked_about() -> None:
    text = (
        "Looms\n\nLooms were first made in Tarn in the 15th century. Arno Vell (1801–1890) "
        "was a weaver of Tarn.\n\nArno Vell invented the treadle loom in the 19th century."
    )
    statement = "Arno Vell invented the treadle loom in the 19th century."
    prompt = "In what century did Arno Vell invent the treadle loom?"
    fact = auto_fact("period", "19th century", statement, prompt)
    assert option_pool(text, "period", [], fact).choose(fact) == []


_RAILWAY_TOWN = (
    "Kelburn\n\nSheep were first shorn in the valley in the 1830s. The railway reached the "
    "valley in 1881.\n\nKelburn grew quickly in the {decade} as a railway town. The line was "
    "doubled in 1921."
)


@pytest.mark.parametrize("decade", ["1880s", "1890s"])
def test_no_option_before_a_thing_the_question_names_came_to_the_place(decade: str) -> None:
    statement = f"Kelburn grew quickly in the {decade} as a railway town."
    prompt = "In what decade did Kelburn grow quickly as a railway town?"
    fact = auto_fact("period", decade, statement, prompt)
    options = option_pool(_RAILWAY_TOWN.format(decade=decade), "period", [], fact).choose(fact)
    assert options
    assert all(int(option[:4]) + 9 >= 1881 for option in options)


def test_the_year_a_thing_came_is_no_bound_where_the_question_asks_it() -> None:
    text = _RAILWAY_TOWN.format(decade="1890s")
    statement = "The railway reached the valley in 1881."
    fact = auto_fact("year", "1881", statement, "In what year did the railway reach the valley?")
    assert option_pool(text, "year", [], fact)._arrival_in_prompt(fact) is None
    asked_later = auto_fact(
        "year", "1894", "The line was doubled in 1894.", "In what year was the railway doubled?"
    )
    bound = option_pool(text, "year", [], asked_later)._arrival_in_prompt(asked_later)
    assert bound == (1881, 9999)


@pytest.mark.parametrize(
    ("text", "lifetime"),
    [
        ("Edda Holm was a painter. Holm died in Tarn in 1849.", (None, 1849)),
        ("Edda Holm was a painter. After Holm's death in 1849, her studio closed.", (None, 1849)),
        ("Edda Holm was a painter. Her son Jon Holm died in 1870.", (None, None)),
        ("Edda Holm was a painter. Holm and Jon Holm died in 1870.", (None, None)),
    ],
)
def test_a_person_named_by_the_family_name_alone_is_the_person(
    text: str, lifetime: tuple[int | None, int | None]
) -> None:
    fact = auto_fact("year", "1847", "Edda Holm painted the harbour in 1847.", "In what year?")
    pool = option_pool(f"Painters\n\n{text}", "year", ["1838"], fact)
    assert pool._lifetime_of("doc", "Edda Holm") == lifetime


def test_a_place_named_like_a_person_has_no_family_name() -> None:
    fact = auto_fact("year", "1847", "Ada Street was paved in 1847.", "In what year?")
    text = "Streets of Vell\n\nAda Street was paved in 1847. The Street was closed in 1870."
    pool = option_pool(text, "year", ["1838"], fact)
    assert pool._lifetime_of("doc", "Ada Street") == (None, None)
