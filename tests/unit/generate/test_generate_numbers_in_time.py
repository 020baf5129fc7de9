"""Numbers that hold only at one time: a count of what grows told as now, a price or share
without its time, and a year asked beside the year of the event it leads to."""

from __future__ import annotations

from factdeck.generate.gates import (
    count_told_as_now,
    level_without_its_time,
    year_beside_its_event_s_year,
)
from factdeck.generate.pipeline import build_deck


def test_a_count_of_what_grows_asked_as_now_goes_stale() -> None:
    assert count_told_as_now("How many times has Kell FC won the cup?")
    assert count_told_as_now("How many museums does the city of Orm have?")
    assert count_told_as_now("About how many pupils does the Vell school chain teach?")
    assert count_told_as_now("How many research institutes does Orm University operate?")
    assert count_told_as_now("How many titles has the Orm rowing club won?")
    assert count_told_as_now("The Vell bank has how many branches?")


def test_a_dated_past_or_fixed_count_stays() -> None:
    assert not count_told_as_now("As of 2010, how many museums does the city of Orm have?")
    assert not count_told_as_now("How many museums did Orm have in the 1890s?")
    assert not count_told_as_now("How many museums did the city of Orm open?")
    assert not count_told_as_now("How many spans does the Orm bridge have?")
    assert not count_told_as_now("How many towns does the state of Vell have?")
    assert not count_told_as_now("How many times does the Orm bell ring at noon?")
    assert not count_told_as_now("How many members does the Orm town council have?")
    assert count_told_as_now("How many members does the Orm rowing club have?")


def test_a_price_or_share_without_its_time_is_unframed() -> None:
    plummeted = "The price of Orm cotton plummeted to $5 a pound."
    assert level_without_its_time("To what price did Orm cotton plummet?", "$5 a pound", plummeted)
    share = "Kell produces 12% of the national income of Vell."
    assert level_without_its_time(
        "What percentage of the national income of Vell does Kell produce?", "12%", share
    )
    dated = "In 1931, the Orm tax on salt stood at 40 percent."
    assert level_without_its_time(
        "At what level did the Orm tax on salt stand?", "40 percent", dated
    )


def test_a_dated_or_steady_share_stays() -> None:
    dated = "In 1931, the price of Orm cotton plummeted to $5 a pound."
    assert not level_without_its_time(
        "In 1931, to what price did Orm cotton plummet?", "$5 a pound", dated
    )
    steady = "Water makes up 60% of the body of a Vell newt."
    assert not level_without_its_time(
        "What percentage of the body of a Vell newt does water make up?", "60%", steady
    )
    assert not level_without_its_time(
        "How many people did the plague kill?", "40,000", "The plague killed 40,000 people."
    )
    built = "The Orm bridge cost $5 million to build."
    assert not level_without_its_time(
        "How much did the Orm bridge cost to build?", "$5 million", built
    )


def test_a_year_beside_its_event_s_year_is_not_asked() -> None:
    assert year_beside_its_event_s_year(
        "In what year was Kell chosen to host the 1960 race?", "1958"
    )
    assert year_beside_its_event_s_year(
        "In what year was the 1912 Orm Games awarded to Vell?", "1905"
    )
    assert year_beside_its_event_s_year("In what year did the 1998 Orm champion retire?", "2001")
    assert not year_beside_its_event_s_year("In what year did Kell host the race?", "1960")
    assert not year_beside_its_event_s_year(
        "In what year did the 1950 Orm champion retire?", "1971"
    )


def test_an_imported_deck_asks_counts_and_shares_only_with_their_time() -> None:
    text = (
        "Orm\n\n"
        "Orm is a port town on the river Vell. Orm was founded by fishermen in 1384. "
        "Orm University operates 9 research institutes. "
        "As of 2010, Orm had 4,000 inhabitants. The Orm bridge has 3 spans. "
        "The Orm mill has three floors: a grain floor, a stone floor and a sack floor. "
        "The Orm salt works produce 12% of the national income of Vell."
    )
    bank = build_deck(text, deck="Orm", file_name="orm.txt", markdown=False).bank
    asked = {q.prompt: q.answer for q in bank.questions}
    assert asked.get("How many inhabitants did Orm have as of 2010?") == 4000
    assert asked.get("How many spans does the Orm bridge have?") == 3
    assert not [p for p in asked if "research institutes" in p or "floors" in p]
    assert "12%" not in asked.values()


def test_an_imported_deck_does_not_ask_when_an_event_was_chosen() -> None:
    text = (
        "Kell\n\n"
        "Kell is a port town on the river Vell. "
        "In 1958, Kell was chosen to host the 1960 Vell Games. "
        "The Orm bridge at Kell was opened in 1921. "
        "In 1962, Kell was awarded the 1975 Vell Fair."
    )
    bank = build_deck(text, deck="Kell", file_name="kell.txt", markdown=False).bank
    years = {str(q.answer) for q in bank.questions}
    assert "1921" in years
    assert not years & {"1958", "1962"}


def test_a_share_of_a_vote_without_its_election_is_unframed() -> None:
    voted = "Sixty percent of farmers voted for Ivo Marr, along with 41% of miners."
    asked = "Sixty percent of farmers voted for Ivo Marr, along with what percentage of miners?"
    assert level_without_its_time(asked, "41%", voted)
    dated = "In the 1931 election, what percentage of miners voted for Ivo Marr?"
    assert not level_without_its_time(dated, "41%", voted)


def test_a_share_a_standing_rule_asks_of_a_vote_needs_no_time() -> None:
    rule = "A party must win 5% of the vote to enter the Vessian parliament."
    asked = "What percentage of the vote must a party win to enter the Vessian parliament?"
    assert not level_without_its_time(asked, "5%", rule)
    charter = "66% of the members must vote to amend the charter."
    asked = "What percentage of the members must vote to amend the charter?"
    assert not level_without_its_time(asked, "66%", charter)
    voted = "59% of farmers voted for Orm."
    assert level_without_its_time("What percentage of farmers voted for Orm?", "59%", voted)
