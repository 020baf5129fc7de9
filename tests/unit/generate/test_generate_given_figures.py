"""A time or a count whose key the prompt already shows, and a time asked of a deed told in
the present tense; on small facts written for the tests."""

from __future__ import annotations

from dataclasses import replace

from factdeck.generate.facts import FactRecord
from factdeck.generate.gates import (
    asks_a_present_deed_s_time,
    dates_a_described_deed,
    guessable_key,
    shows_its_figures,
)


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
    assert not shows_its_figures(_fact("date", "5 May 1890", "When did the 5 ships reach Orm?"))
    assert shows_its_figures(
        _fact("date", "5 May 1890", "After the 1890 flood, when did Orm sail?")
    )


def test_a_time_asked_of_a_present_deed_is_no_question() -> None:
    assert asks_a_present_deed_s_time(
        _fact("period", "16th century", "In what century does a Kesk translation keep the letter?")
    )
    assert asks_a_present_deed_s_time(_fact("year", "1990", "In what year does a census show it?"))
    assert asks_a_present_deed_s_time(_fact("year", "1990", "What year does the Orm fair open?"))
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


def _quoted(quote: str, prompt: str, year: int) -> FactRecord:
    return replace(_fact("year", str(year), prompt, year), quote=quote, sort_key=str(year))


def test_the_date_of_a_deed_that_describes_a_noun_is_not_the_verbs_time() -> None:
    quote = (
        "The fight was taken up by the Orm League responsible for the murder of Ivo Marr in 1881."
    )
    taken = "In what year was the fight taken up by the Orm League responsible for the murder of Ivo Marr?"
    assert dates_a_described_deed(_quoted(quote, taken, 1881))
    murder = "In what year was Ivo Marr murdered?"
    assert not dates_a_described_deed(_quoted(quote, murder, 1881))  # the deed itself
    plain = "The fight was taken up by the Orm League in 1881."
    asked = "In what year was the fight taken up by the Orm League?"
    assert not dates_a_described_deed(_quoted(plain, asked, 1881))


def test_a_name_holding_its_year_in_short_gives_the_year_away() -> None:
    assert shows_its_figures(_fact("year", "1995", "In what year did Orvsoft release Orm 95?"))
    assert shows_its_figures(_fact("year", "1971", "In what year was Expo 71 held in Kell?", 1971))
    assert shows_its_figures(_fact("year", "1969", "When did Vellfest '69 take place?"))
    assert shows_its_figures(
        _fact("year", "2000", "In what year did Orvsoft release Orm Millennium Edition?", 2000)
    )
    assert not shows_its_figures(_fact("year", "1969", "In what year did Orm 11 land?", 1969))
    assert not shows_its_figures(_fact("year", "1995", "In what year did 95 ships reach Orm?"))
    assert not shows_its_figures(_fact("year", "2001", "When did the Millennium Bridge open?"))
