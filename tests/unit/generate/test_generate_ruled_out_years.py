"""Year options a learner rules out from the question and the document alone: none before
the person the question names could have done the deed, however the document writes the
birth; none before the thing the question names came to be; none standing apart from the
others, so that the odd one out gives the key away."""

from __future__ import annotations

import itertools

import pytest

from factdeck.generate.distractors import YEAR_SPACING, placed_options
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


def _options_over_ids(text: str, answer: str, statement: str, prompt: str) -> list[list[str]]:
    """The options of one fact under many ids, whichever years the spacing draws."""
    fact = auto_fact("year", answer, statement, prompt)
    pool = option_pool(text, "year", [], fact)
    return [
        pool.choose(auto_fact("year", answer, statement, prompt, id=f"f-{i}")) for i in range(30)
    ]


def test_no_option_before_the_song_the_question_quotes_came_out() -> None:
    text = (
        "Tarn Owls\n\n"
        "Tarn Owls are a Norvish rock band formed in Vell in 1990. They toured widely.\n\n"
        'In 2008 the single "88/12" won the Vell Prize.\n\n'
        "The band split up in 2016.\n\n"
        'Their first single, "88/12", was made available online on 12 March 2003.'
    )
    statement = 'In 2008 the single "88/12" won the Vell Prize.'
    prompt = 'In what year did the single "88/12" win the Vell Prize?'
    chosen = _options_over_ids(text, "2008", statement, prompt)
    assert any(chosen)
    assert all(int(option) >= 2003 for options in chosen for option in options)


def test_no_option_before_the_album_the_question_names_was_released() -> None:
    text = (
        "Orm Road\n\n"
        "Orm Road is the second studio album by Norvish singer Ivo Renn, released on 4 May "
        "2011. Renn had first sung in Vell in 1990.\n\n"
        "Renn toured Norvia in 2013 to promote Orm Road. He also painted.\n\n"
        "Renn retired in 2019."
    )
    statement = "Renn toured Norvia in 2013 to promote Orm Road."
    prompt = "In what year did Renn tour Norvia to promote Orm Road?"
    chosen = _options_over_ids(text, "2013", statement, prompt)
    assert any(chosen)
    assert all(int(option) >= 2011 for options in chosen for option in options)


def _apart(key: int, options: list[str]) -> bool:
    """Whether an option, or the key, stands apart from the rest of the set."""
    points = sorted([key, *(int(option) for option in options)])
    for end, neighbour, rest in (
        (points[0], points[1], points[1:]),
        (points[-1], points[-2], points[:-1]),
    ):
        if abs(end - neighbour) > rest[-1] - rest[0]:
            return True
    if key in (points[0], points[-1]):
        others = [point for point in points if point != key]
        widest = max(high - low for low, high in itertools.pairwise(others))
        return min(abs(point - key) for point in others) > widest
    return False


@pytest.mark.parametrize("told", [(), (1996, 1997), (2003, 2004, 2005), (1995, 2006, 2007)])
def test_no_option_or_key_stands_apart_from_the_rest(told: tuple[int, ...]) -> None:
    # the years ``told`` are ones the document gives elsewhere: never options
    def acceptable(value: str) -> bool:
        return int(value) not in told

    ends = 0
    for index in range(200):
        options = placed_options(
            f"fact-{index}", 3, YEAR_SPACING, lambda offset: str(2000 + offset), acceptable
        )
        assert not options or not _apart(2000, options), options
        ends += bool(options) and len({int(option) < 2000 for option in options}) == 1
    assert ends >= 40  # the key still stands at one end of its options now and then


def test_options_of_a_deed_during_a_war_lie_within_the_war() -> None:
    text = (
        "Norvish Army\n\n"
        "The Norvish Army fought in the Long Sea War (1930–1945) and later kept the peace. "
        "It was founded in 1901.\n\n"
        "During the Long Sea War, an invasion plan against Tarsk was drawn up in 1938. "
        "It was never used.\n\n"
        "The army was reformed in 1960 and again in 1975."
    )
    statement = "During the Long Sea War, an invasion plan against Tarsk was drawn up in 1938."
    prompt = "In what year was an invasion plan against Tarsk drawn up?"
    chosen = _options_over_ids(text, "1938", statement, prompt)
    assert any(chosen)
    assert all(1930 <= int(option) <= 1945 for options in chosen for option in options)


_SEA_WAR = (
    "Norvish Navy\n\n"
    "The Norvish Navy was founded in 1901. It kept the peace for many years. {before}\n\n"
    "Armoured barges were deployed in 1934 as a supplement to the fleet in the Long Sea War. "
    "They were slow.\n\n"
    "The navy was reformed in 1960 and again in 1975. {after}"
)
_BARGES = "Armoured barges were deployed in 1934 as a supplement to the fleet in the Long Sea War."
_ASKED = (
    "In what year were armoured barges deployed as a supplement to the fleet in the Long Sea War?"
)


def test_options_of_a_deed_the_question_places_in_a_war_lie_within_its_dated_years() -> None:
    # the war's own years are never given: those of the deeds the document places in it are
    text = _SEA_WAR.format(
        before="In 1931, during the Long Sea War, the fleet blockaded Tarsk.",
        after="In the Long Sea War, the fleet had lost Vell in 1938.",
    )
    chosen = _options_over_ids(text, "1934", _BARGES, _ASKED)
    assert any(chosen)
    assert all(1931 <= int(option) <= 1938 for options in chosen for option in options)


def test_a_war_the_document_dates_only_at_the_key_leaves_no_options() -> None:
    text = _SEA_WAR.format(before="", after="")
    assert not any(_options_over_ids(text, "1934", _BARGES, _ASKED))
