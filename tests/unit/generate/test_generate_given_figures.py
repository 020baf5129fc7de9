"""A time or a count whose key the prompt already shows, and a time asked of a deed told in
the present tense; on small facts written for the tests."""

from __future__ import annotations

from factdeck.generate.facts import FactRecord
from factdeck.generate.gates import asks_a_present_deed_s_time, guessable_key, shows_its_figures


def _fact(kind: str, answer: str, prompt: str, number: int | None = None) -> FactRecord:
    return FactRecord(
        id="f",
        document="doc",
        quote="A sentence.",
        statement="A sentence.",
        kind=kind,
        answer=answer,
        prompt=prompt,
        number=number,
        number_prompt=prompt if number is not None else None,
        origin="auto",
    )


def test_a_year_inside_a_word_or_a_span_of_the_prompt_gives_the_key_away() -> None:
    assert shows_its_figures(
        _fact(
            "year", "2011", "In mid-2011, a new model of the Orm Car came out in what year?", 2011
        )
    )
    assert shows_its_figures(
        _fact("year", "2009", "In the 2009–10 season, in what year did Kell win the cup?", 2009)
    )
    assert shows_its_figures(_fact("year", "1850", "After 1850's flood, when did Orm rebuild?"))
    assert shows_its_figures(_fact("number", "12", "How many of the 12 ships sank at Orm?", 12))


def test_figures_inside_a_longer_number_or_another_year_give_nothing_away() -> None:
    assert not shows_its_figures(
        _fact("number", "10 million", "How many homes had the Orm service in 2010?", 10_000_000)
    )
    assert not shows_its_figures(
        _fact("year", "1851", "In what year did Kell become a town after the 1850 flood?", 1851)
    )
    assert not shows_its_figures(_fact("person", "Ivo 1850", "Who won the 1850 race at Orm?"))


def test_a_time_asked_of_a_present_deed_is_no_question() -> None:
    assert asks_a_present_deed_s_time(
        _fact("period", "16th century", "In what century does a Kesk translation keep the letter?")
    )
    assert asks_a_present_deed_s_time(_fact("year", "1990", "In what year does a census show it?"))
    assert not asks_a_present_deed_s_time(
        _fact("year", "1530", "In what year was the map of Orm drawn?")
    )
    assert not asks_a_present_deed_s_time(_fact("place", "Orm", "Where does the river rise?"))


def test_both_are_keys_the_deck_does_not_ask() -> None:
    given = _fact("year", "2011", "In mid-2011, the Orm Car came out in what year?", 2011)
    present = _fact("period", "16th century", "In what century does a Kesk book keep the letter?")
    asked = _fact("year", "2011", "In what year did the Orm Car come out?", 2011)
    assert guessable_key(given, "Orm", set(), lambda _: 1)
    assert guessable_key(present, "Orm", set(), lambda _: 1)
    assert not guessable_key(asked, "Orm", set(), lambda _: 1)
