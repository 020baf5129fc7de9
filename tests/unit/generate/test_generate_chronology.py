"""Options of a dated question stay where the document's own chronology leaves room for the
answer, and follow the cycle of a recurring event."""

from __future__ import annotations

from dataclasses import replace

from factdeck.bank import QuestionType
from factdeck.generate.chronology import (
    cycle_of,
    document_cycles,
    event_nouns,
    event_period,
    present_year,
    story_times,
    time_span,
)
from factdeck.generate.distractors import DistractorPool
from factdeck.generate.facts import FactRecord
from helpers.generation import auto_fact, document_evidence, option_pool, question_types

IDS = range(20)
"""Fact ids to try: the spacing and the key's place among the options come from the id."""


def _pool(text: str, fact: FactRecord) -> DistractorPool:
    return DistractorPool([], [fact], None, document_evidence(text))


def _options(text: str, fact: FactRecord) -> list[list[str]]:
    """The options chosen for the fact under each of the ids."""
    pool = _pool(text, fact)
    return [pool.choose(replace(fact, id=f"fact-{index}")) for index in IDS]


def _canal_fact(opened: str) -> FactRecord:
    statement = f"The Marva canal was opened in {opened}."
    return auto_fact("year", opened, statement, "In what year was the Marva canal opened?")


def test_times_are_spans_of_days_that_order_a_month_before_its_next_day() -> None:
    story = ["In April 1720 the fleet left.", "On 1 May 1720 it landed.", "By 9 May, it sailed."]
    [(april, dated)], [(first_of_may, _)], [(ninth_of_may, yearless)] = story_times(story)
    assert april[1] + 1 == first_of_may[0] and ninth_of_may[0] == first_of_may[0] + 8
    assert (dated, yearless) == (False, True)
    year = time_span("1720")
    assert year is not None and year[0] <= april[0] and first_of_may[1] <= year[1]
    assert story_times(["It cost 1,435 pounds and 1500.5 tonnes, or 1850% more."]) == [[]]
    assert story_times(["By 9 May, it sailed."]) == [[]]  # no year to date it in
    assert cycle_of("Elections are held every four years.") == 4
    assert cycle_of("The comet returns every 76 years.") is None  # no cycle of events to ask


def test_a_year_option_lies_between_the_paragraphs_earlier_and_later_events() -> None:
    opened = "The Marva canal was opened in 1662."
    text = f"Marva\n\nThe Marva canal was begun in 1655. {opened} Its owners sold it in 1668."
    chosen = _options(text, _canal_fact("1662"))
    assert any(len(options) == 3 for options in chosen)
    for options in chosen:
        assert all(1655 < int(option) < 1668 for option in options), options


def test_a_year_with_no_room_between_its_neighbours_is_asked_without_options() -> None:
    text = (
        "Marva\n\nThe Marva canal was begun in 1660. The Marva canal was opened in 1662. "
        "Its owners sold it in 1664."
    )
    fact = _canal_fact("1662")
    assert QuestionType.MULTIPLE_CHOICE not in question_types(fact, _pool(text, fact))


def test_a_date_follows_the_month_the_paragraph_gives_the_event_before_it() -> None:
    landed = "On 2 May 1720 the Marva fleet reached Vell."
    text = f"Marva\n\nIn April 1720 the Marva fleet left Orsby. {landed} The crews rested."
    fact = auto_fact("date", "2 May 1720", landed, "When did the Marva fleet reach Vell?")
    end_of_april = time_span("April 1720")
    assert end_of_april is not None
    chosen = _options(text, fact)
    assert any(len(options) == 3 for options in chosen)
    for options in chosen:
        for option in options:
            span = time_span(option)
            assert span is not None and span[0] > end_of_april[1], option


def test_a_date_stays_in_the_year_another_sentence_gives_the_same_event() -> None:
    sailed = "The Marva ferry first sailed to Vell on 3 December 1905."
    text = f"Marva\n\n{sailed}\n\nWhen the Marva ferry first sailed to Vell in 1905, it was full."
    fact = auto_fact("date", "3 December 1905", sailed, "When did the Marva ferry first sail?")
    chosen = _options(text, fact)
    assert any(options for options in chosen)
    for options in chosen:
        assert all(option.endswith(" 1905") for option in options), options


def test_a_first_seat_won_at_a_recurring_election_gets_other_election_years() -> None:
    cycle = "Elections to the Marva council are held every five years."
    won = "The Tolm Party won its first council seats in 1990."
    text = f"Marva\n\n{cycle} The council meets in Vell.\n\n{won} It is strongest in Orsby."
    fact = auto_fact("year", "1990", won, "In what year did the Tolm Party win its first seats?")
    chosen = _options(text, fact)
    assert any(len(options) == 3 for options in chosen)
    for options in chosen:
        assert all((int(option) - 1990) % 5 == 0 for option in options), options


def test_years_listed_evenly_apart_are_a_cycle() -> None:
    assert cycle_of("Marva elected its reeves in 1994, 1998 and 2002.") == 4
    assert cycle_of("Fairs were held in 1960, 1963, 1966, and 1969.") == 3
    assert cycle_of("The mill burned in 1901, 1905 and 1921.") is None  # not evenly apart
    assert cycle_of("The dams were built in 1950 and 1954.") is None  # two years: no cycle


def test_the_last_turn_of_a_listed_cycle_gets_the_other_turns_as_options() -> None:
    listed = "Marva elected its reeves in 1994, 1998 and 2002."
    last = "The reeve of Marva was last elected in 2006."
    text = f"Marva\n\nMarva is a town on the Tolm. {listed} {last} The Tolm dam was built in 1961."
    fact = auto_fact("year", "2006", last, "In which year was Marva's reeve last elected?")
    chosen = _options(text, fact)
    assert any(len(options) == 3 for options in chosen)
    for options in chosen:
        assert all((2006 - int(option)) % 4 == 0 for option in options), options


def test_a_deed_done_again_over_sentences_in_a_row_is_a_cycle() -> None:
    elected = ["Ada Venn was elected reeve in 1994.", "She was re-elected in 1998 and 2002."]
    assert document_cycles(elected) == [(" ".join(elected), 4)]
    held = ["Orm held the fair in 1960.", "It held the fair again in 1963."]
    held.append("Orm held it in 1966 again.")
    assert [step for _, step in document_cycles(held)] == [3]
    assert document_cycles(["The dam was completed in 1950.", "The mill in 1954 and 1958."]) == []
    built = ["The dam was completed in 1950.", "The bridge was completed in 1954 and 1958."]
    assert document_cycles(built) == []  # nothing done again: other deeds alike


def test_the_first_turn_of_a_cycle_told_over_sentences_gets_other_turns_as_options() -> None:
    first = "Ada Venn was first elected reeve of Marva in 1994."
    text = (
        f"Marva\n\nMarva is a town on the Tolm. {first} She was re-elected in 1998 and 2002. "
        "The Tolm dam was built in 1961."
    )
    fact = auto_fact("year", "1994", first, "In which year was Ada Venn first elected reeve?")
    chosen = _options(text, fact)
    assert any(len(options) == 3 for options in chosen)
    for options in chosen:
        assert all((int(option) - 1994) % 4 == 0 for option in options), options


def test_one_turn_of_a_recurring_event_is_asked_without_options() -> None:
    cycle = "Elections to the Marva council are held every five years."
    won = "The Tolm Party won three council seats in 1990."
    text = f"Marva\n\n{cycle} The council meets in Vell.\n\n{won} It is strongest in Orsby."
    fact = auto_fact("year", "1990", won, "In what year did the Tolm Party win three seats?")
    assert QuestionType.MULTIPLE_CHOICE not in question_types(fact, _pool(text, fact))


def test_a_person_the_document_puts_on_another_side_is_no_option() -> None:
    founded = "The Tarlish knights founded the Kingdom of Vell under Osric Bane."
    text = (
        f"Marva\n\n{founded} The Tarlish general Edwin Holt took Orsby. The Dunmish general "
        "Aldo Ferro stopped them at Kell. The call of emperor Aldo I Ferra rallied the Dunmish. "
        "The Tarlish general Wulf Grey and the Tarlish general Oda Rusk then sailed to Brix. "
        "King Cedric Mott of Dunmark married Oda's sister. Duke Ivo Tarn of Tarland held Brix."
    )
    fact = auto_fact(
        "person", "Osric Bane", founded, "Under whom did the Tarlish knights found the kingdom?"
    )
    names = ["Osric Bane", "Edwin Holt", "Aldo Ferro", "Aldo I Ferra", "Wulf Grey", "Oda Rusk"]
    names += ["Cedric Mott", "Ivo Tarn"]
    pool = option_pool(text, "person", names, fact)
    chosen = [pool.choose(replace(fact, id=f"fact-{index}")) for index in IDS]
    assert any(len(options) == 3 for options in chosen)
    for options in chosen:
        assert not {"Aldo Ferro", "Aldo I Ferra", "Cedric Mott"} & set(options), options
    assert any("Ivo Tarn" in options for options in chosen)  # the Tarlish' own land


def test_a_day_without_its_year_in_the_next_paragraph_still_bounds_the_options() -> None:
    landed = "On 2 May 1720 the Marva fleet reached Vell."
    text = (
        f"Marva\n\nIn April 1720 the Marva fleet left Orsby. {landed}\n\n"
        "The crews built a fort. By 20 August, the Marva fleet held the whole coast."
    )
    fact = auto_fact("date", "2 May 1720", landed, "When did the Marva fleet reach Vell?")
    held = time_span("20 August 1720")
    assert held is not None
    chosen = _options(text, fact)
    assert any(options for options in chosen)
    for options in chosen:
        for option in options:
            span = time_span(option)
            assert span is not None and span[1] < held[0], option


def test_a_named_later_century_lets_no_year_option_pass_the_documents_last_year() -> None:
    sailed = "The Tolm ferry first sailed in 1990."
    text = f"Marva\n\n{sailed}\n\nFerries will still matter in the 21st century."
    fact = auto_fact("year", "1990", sailed, "In what year did the Tolm ferry first sail?")
    chosen = _options(text, fact)
    assert any(len(options) == 3 for options in chosen)
    for options in chosen:
        assert all(int(option) < 1990 for option in options), options


def test_the_document_s_time_is_its_latest_year_of_what_has_happened() -> None:
    told = [
        "The mill opened in the 1860s.",
        "It burned down in March 1902.",
        "A museum is expected to open in 1910.",
        "The town will hold a fair in 1905.",
        "Its owners plan to build a second mill in 1908.",
        "The mayor has committed to a 50% cut in its smoke between 1900 and 1950.",
        "The council aims to double the town's trade by 1930.",
    ]
    assert present_year(told) == 1902
    assert present_year(told[2:]) == 1950  # only plans: the latest year it gives at all
    assert present_year(told[:1]) == 1860  # a decade counts from its start
    assert present_year(["The mill had no owner."]) is None


def test_years_of_a_recurring_event_in_its_paragraph_give_its_period() -> None:
    assert event_period([1912, 1928, 1932, 1956, 1964]) == 4
    assert event_period([1912, 1928, 1956]) is None  # three years: too often a chance
    assert event_period([1912, 1929, 1932, 1956]) is None  # on no period


def test_options_of_a_first_medal_year_follow_the_period_of_the_medal_years() -> None:
    first = "Vell won its first gold medal in 1964."
    text = (
        "Rowing\n\nRowing has been held at the summer festival since 1907. Tarland won five of "
        "the first six gold medals to 1928, the exception coming in 1912 when Orsk won. Orsk "
        f"won every gold medal from 1932 to 1956. {first} The boathouse burned in 1971."
    )
    fact = auto_fact("year", "1964", first, "In what year did Vell win its first gold medal?")
    chosen = _options(text, fact)
    assert any(len(options) == 3 for options in chosen)
    for options in chosen:
        assert all((int(option) - 1964) % 4 == 0 for option in options), options


def test_only_a_recurring_event_s_noun_ties_sentences_to_its_cycle() -> None:
    assert event_nouns("Vell won gold medals at the 1964 Games.") == {"medal", "games"}
    assert event_nouns("The club played forty games in 1990.") == set()  # matches, no Games
