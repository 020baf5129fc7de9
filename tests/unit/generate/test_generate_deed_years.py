"""A year or decade option of a question about a person's deed lies within the span the
document gives that person: not before an age at which the deed could be done (a sprinter
born in 1990 won no title in 1996), not before the career the document says they began, and
no option of any time question lies after the document's latest year; a named thing's
options never precede its launch. A learner who knows that much rules the option out."""

from __future__ import annotations

import pytest

from helpers.generation import auto_fact, option_pool

_SPRINTER = (
    "Mira Tolven\n\n"
    "Mira Tolven {born} is a Varnish sprinter. She trains in Orm.\n\n"
    "Tolven is coached by Ivo Renn. Tolven won the Varn national championship in {year}. "
    "She also enjoys painting.\n\n"
    "She retired in 2016 after an injury."
)
_BIRTHS = ("(born 4 June 1990)", "(born 1990)", "(b. 1990)")


@pytest.mark.parametrize("born", _BIRTHS)
@pytest.mark.parametrize("year", [2006, 2007, 2009, 2011])
def test_no_year_option_before_the_person_could_do_the_deed(born: str, year: int) -> None:
    statement = f"Tolven won the Varn national championship in {year}."
    prompt = "In what year did Tolven win the Varn national championship?"
    fact = auto_fact("year", str(year), statement, prompt)
    text = _SPRINTER.format(born=born, year=year)
    options = option_pool(text, "year", [], fact).choose(fact)
    assert all(int(option) >= 2005 for option in options)
    assert all(int(option) <= 2016 for option in options)


def test_the_age_bound_leaves_a_move_of_a_child_alone() -> None:
    text = (
        "Mira Tolven\n\n"
        "Mira Tolven (born 4 June 1990) is a Varnish sprinter.\n\n"
        "Tolven moved to Orm in 1999. She also enjoys painting.\n\n"
        "She retired in 2016 after an injury."
    )
    statement = "Tolven moved to Orm in 1999."
    fact = auto_fact("year", "1999", statement, "In what year did Tolven move to Orm?")
    options = option_pool(text, "year", [], fact).choose(fact)
    assert any(int(option) < 1999 for option in options)


_CAREER = (
    "Mira Tolven\n\n"
    "Mira Tolven (born 4 June 1990) is a Varnish sprinter. {began}\n\n"
    "Tolven is coached by Ivo Renn. Tolven won the Varn national championship in 2012. "
    "She also enjoys painting.\n\n"
    "She retired in 2016 after an injury."
)


@pytest.mark.parametrize(
    "began",
    [
        "She started competing in 2009.",
        "Tolven made her senior debut for Varn in 2009.",
        "Tolven turned professional in 2009.",
        "Tolven's professional career began in 2009.",
    ],
)
def test_no_year_option_before_the_career_the_document_gives(began: str) -> None:
    statement = "Tolven won the Varn national championship in 2012."
    prompt = "In what year did Tolven win the Varn national championship?"
    fact = auto_fact("year", "2012", statement, prompt)
    options = option_pool(_CAREER.format(began=began), "year", [], fact).choose(fact)
    assert all(int(option) >= 2009 for option in options)


def test_a_marriage_may_come_before_the_career() -> None:
    text = _CAREER.format(began="Tolven turned professional in 2009.").replace(
        "won the Varn national championship", "married Ivo Renn"
    )
    fact = auto_fact(
        "year", "2012", "Tolven married Ivo Renn in 2012.", "In what year did Tolven marry?"
    )
    pool = option_pool(text, "year", [], fact)
    assert pool._lifetime_in_prompt(fact) == (2006, 9999)


_SHIP = (
    "Kestrel (ship)\n\n"
    "The Kestrel was a Varnish liner. The Kestrel was launched in 1911 at Orm.\n\n"
    "The Kestrel was refitted in {year} after a collision. She was scrapped in 1934."
)


@pytest.mark.parametrize("year", [1913, 1914, 1916])
def test_no_year_option_before_the_ship_asked_about_was_launched(year: int) -> None:
    statement = f"The Kestrel was refitted in {year} after a collision."
    fact = auto_fact("year", str(year), statement, "In what year was the Kestrel refitted?")
    options = option_pool(_SHIP.format(year=year), "year", [], fact).choose(fact)
    assert all(1911 <= int(option) <= 1934 for option in options)


@pytest.mark.parametrize("year", [1948, 1955, 1963])
def test_no_decade_option_of_the_person_s_childhood(year: int) -> None:
    text = (
        "Edda Holm\n\nEdda Holm (born 1926) was a Varnish painter. She trained in Orm.\n\n"
        f"Holm won the Orm prize in {year}. She also kept bees.\n\nShe left Orm in 1999."
    )
    decade = f"{year // 10 * 10}s"
    statement = f"Holm won the Orm prize in {year}."
    fact = auto_fact("period", decade, statement, "In what decade did Holm win the Orm prize?")
    options = option_pool(text, "period", [], fact).choose(fact)
    assert len(options) == 3
    assert all(int(option[:4]) >= 1940 for option in options)


def test_a_deed_done_young_sets_no_bound_that_makes_the_key_the_earliest_option() -> None:
    statement = "Tolven won the Varn junior championship in 2003."
    prompt = "In what year did Tolven win the Varn junior championship?"
    fact = auto_fact("year", "2003", statement, prompt)
    text = _SPRINTER.format(born="(born 1990)", year=2011).replace(
        "She also enjoys painting.", statement
    )
    options = option_pool(text, "year", [], fact).choose(fact)
    assert any(int(option) < 2003 for option in options)


def test_a_reign_s_dates_are_no_birth() -> None:
    text = (
        "Ivo Marr\n\n"
        "Ivo Marr (reigned 1485–1509) was a king of Varn. He built a palace at Orm.\n\n"
        "Marr founded the Orm Academy in 1505. He died in 1509."
    )
    statement = "Marr founded the Orm Academy in 1505."
    fact = auto_fact("year", "1505", statement, "In what year did Ivo Marr found the Orm Academy?")
    options = option_pool(text, "year", [], fact).choose(fact)
    assert any(int(option) < 1500 for option in options)  # no "birth" in 1485


_PAINTER = (
    "Tomas Reyne\n\n"
    "Tomas Reyne {life} was a Varnish painter. {born}\n\n"
    "Reyne studied in Orm. Reyne painted the Harbour Gate in {year}. "
    "He showed his work in Vesk.\n\nHe gave up painting in 1985."
)


@pytest.mark.parametrize("year", [1949, 1952, 1955, 1958])
def test_a_life_after_the_full_name_bounds_the_deeds_asked_by_surname(year: int) -> None:
    # "Reyne" of "Tomas Reyne (1926–1990)": no painting of his at ten
    statement = f"Reyne painted the Harbour Gate in {year}."
    prompt = "In what year did Reyne paint the Harbour Gate?"
    fact = auto_fact("year", str(year), statement, prompt)
    text = _PAINTER.format(life="(4 May 1926 – 2 June 1990)", born="", year=year)
    options = option_pool(text, "year", [], fact).choose(fact)
    assert all(int(option) >= 1942 for option in options)


@pytest.mark.parametrize("year", [1949, 1952, 1955, 1958])
def test_a_birth_told_with_a_place_and_its_land_bounds_the_deeds(year: int) -> None:
    statement = f"Reyne painted the Harbour Gate in {year}."
    prompt = "In what year did Reyne paint the Harbour Gate?"
    fact = auto_fact("year", str(year), statement, prompt)
    born = "Reyne was born in Kell, Varnland, on 4 May 1926."
    text = _PAINTER.format(life="", born=born, year=year)
    options = option_pool(text, "year", [], fact).choose(fact)
    assert all(int(option) >= 1942 for option in options)


def test_a_life_after_a_name_of_no_person_is_no_birth() -> None:
    text = _PAINTER.format(life="", born="", year=1952).replace(
        "He showed his work in Vesk.", "The Orm Reyne (1930–1990) showed his work."
    )
    fact = auto_fact(
        "year",
        "1952",
        "Reyne painted the Harbour Gate in 1952.",
        "In what year did Reyne paint the Harbour Gate?",
    )
    assert option_pool(text, "year", [], fact)._birth_of("doc", "Reyne") is None


@pytest.mark.parametrize("year", [1995, 1996, 1997, 1999])
def test_no_option_of_a_deed_at_fifteen(year: int) -> None:
    # a professional contract at fifteen: a learner rules the year out at once
    text = (
        "Pell Aster\n\nPell Aster (born 9 March 1979) is a Varnish footballer. "
        "He plays as a defender.\n\n"
        f"Aster signed with Orm Albion in {year}. He moved to Vesk Town in 2005.\n\n"
        "He retired in 2014."
    )
    statement = f"Aster signed with Orm Albion in {year}."
    fact = auto_fact("year", str(year), statement, "In what year did Aster sign with Orm Albion?")
    options = option_pool(text, "year", [], fact).choose(fact)
    assert all(int(option) >= 1995 for option in options)


@pytest.mark.parametrize("year", [1951, 1955, 1958])
def test_a_life_after_a_full_name_with_a_nickname_bounds_the_deeds(year: int) -> None:
    # "Tomas Edvin "Tom" Reyne (1926–1990)": no decade of his childhood for his show
    statement = f"Reyne painted the Harbour Gate in {year}."
    prompt = "In what decade did Reyne paint the Harbour Gate?"
    fact = auto_fact("period", "1950s", statement, prompt)
    text = _PAINTER.format(life="(4 May 1926 – 2 June 1990)", born="", year=year).replace(
        "Tomas Reyne (", 'Tomas Edvin "Tom" Reyne ('
    )
    options = option_pool(text, "period", [], fact).choose(fact)
    assert len(options) == 3
    assert all(int(option[:4]) >= 1940 for option in options)


@pytest.mark.parametrize("joined", ["signed with Orm Albion", "joined Orm Albion (then Orm Town)"])
def test_no_option_of_a_deed_in_a_club_before_the_person_joined_it(joined: str) -> None:
    text = (
        "Pell Aster\n\nPell Aster (born 9 March 1979) is a Varnish wrestler. "
        f"He was a college champion. Aster {joined} in 2000.\n\n"
        "Aster's rapid rise to the top of Orm Albion in 2004 led to a feud with Ivo Renn. "
        "He lost the feud.\n\nHe retired in 2014."
    )
    statement = "Aster's rapid rise to the top of Orm Albion in 2004 led to a feud with Ivo Renn."
    prompt = "In what year did Aster's rapid rise to the top of Orm Albion lead to a feud?"
    for index in range(12):
        fact = auto_fact("year", "2004", statement, prompt, id=f"f-{index}")
        options = option_pool(text, "year", [], fact).choose(fact)
        assert all(int(option) >= 2000 for option in options)
