"""Facts true of the document's world but not of its subject are refused: a prize of someone
it names in passing, the swap of one of a thing's parts, one turn of a counted run, a sales
count read on one day, the time unnamed writers took up a theme, when one item of a
collection began, and a named team's league. Small texts written for the tests."""

import pytest

from factdeck.generate import gates
from factdeck.generate.extract import _items_of_a_collection
from factdeck.generate.pipeline import build_deck
from factdeck.generate.sentences import split_sentences

SCHOOL = """The Vell School was a movement of poets in Tarnia. The Vell School began in Orm \
in 1902, when Ada Lund published her first poems.

In 1907, the Orm Prize for Poetry was awarded to Ivo Kessler. The Vell School poets met weekly \
at the Kell Inn. The poets of the Vell School founded the magazine Tarn Verse in 1909.

Since the 1980s a number of critics have written about the Vell School and its roots. Tomas \
Brenn wrote that the Vell School grew out of older folk songs.

The Tarn Band recorded the song Kell Rain in 1911. Kell Rain had sold 207,000 copies in \
Tarnia by 18 January 1912. Ada Lund received her third invitation to Orm in as many months \
on 4 May 1912.

The first Orm steam presses were replaced by Vell rotary presses in 1913. The Vell School \
was awarded the Tarn Medal in 1915.

Various reading circles meet in Orm. The Kell Circle was started in 1989 by students. It \
meets weekly at the Orm library.
"""


@pytest.mark.usefixtures("uncut")
def test_a_deck_leaves_out_background_and_keeps_the_subject(roomy: pytest.MonkeyPatch) -> None:
    bank = build_deck(SCHOOL, deck="d", file_name="d.txt", markdown=False).bank
    asked = [question.prompt for question in bank.questions]
    for background in (
        "Orm Prize",
        "presses",
        "as many months",
        "by 18 January",
        "critics",
        "Kell Circle",
    ):
        assert not [prompt for prompt in asked if background in prompt], (background, asked)
    for story in ("magazine", "medal"):
        assert any(story in prompt for prompt in asked), (story, "\n".join(asked))


def test_a_prize_of_a_passing_figure_is_background() -> None:
    subject = {"vell", "school"}
    asked = "To whom was the Orm Prize for Poetry awarded in 1907?"
    assert gates.others_prize(asked, "Ivo Kessler", subject)
    assert gates.others_prize(
        "In what year was Ivo Kessler awarded the Orm Prize?", "1907", subject
    )
    assert not gates.others_prize(
        "In what year was the Vell School awarded the Tarn Medal?", "1915", subject
    )
    assert not gates.others_prize(
        "What was awarded the Tarn Medal in 1915?", "Vell School", subject
    )
    assert not gates.others_prize("In what year did Ivo Kessler move to Orm?", "1907", subject)


def test_the_swap_of_a_part_is_upkeep() -> None:
    subject = {"ship", "orm"}
    assert gates.part_replaced_when(
        "In what year were the first Kell floatplanes replaced by Vell floatplanes?", subject
    )
    assert not gates.part_replaced_when(
        "In what year were the ship's boilers replaced by oil?", subject
    )
    assert not gates.part_replaced_when(
        "In what year was Kell replaced by Tarn as capital?", {"tarn"}
    )
    assert not gates.part_replaced_when("In what year were the Kell floatplanes built?", subject)


def test_one_turn_of_a_counted_run_is_a_diary_s() -> None:
    assert gates.one_of_a_run("When did Orm receive his third title shot in as many months?")
    assert gates.one_of_a_run("In what year did Orm win her second race in as many weeks?")
    assert not gates.one_of_a_run("In what year did Orm win as many races as Vell?")


def test_a_sales_count_read_on_a_day_goes_stale() -> None:
    quote = "Kell Rain had sold 9,000 copies in Tarnia by 18 January 2012."
    assert gates.interim_sales_count("How many copies had Kell Rain sold in Tarnia?", quote)
    assert gates.interim_sales_count("Where had Kell Rain sold 9,000 copies?", quote)
    american = "Kell Rain had sold 9,000 downloads as of May 3, 2012."
    assert gates.interim_sales_count("How many downloads had Kell Rain sold?", american)
    whole = "Kell Rain had sold 9,000 copies by 2012."
    assert not gates.interim_sales_count("How many copies had Kell Rain sold by 2012?", whole)
    charted = "Kell Rain entered the Tarn chart at number 9 on 18 January 2012, and sold well."
    assert not gates.interim_sales_count("At what number did Kell Rain enter the chart?", charted)


def test_unnamed_writers_are_an_unnamed_part() -> None:
    assert gates.asks_of_an_unnamed_part(
        "Since what decade have a number of critics written about the Vell School?"
    )
    assert gates.asks_of_an_unnamed_part("When did various Orm guilds join the strike?")
    assert not gates.asks_of_an_unnamed_part("Since what decade has Tomas Brenn written on Orm?")


def test_the_items_after_a_collection_s_opening_are_found() -> None:
    sentences = split_sentences("doc", SCHOOL)
    items = _items_of_a_collection(sentences)
    assert {s.text for s in sentences if s.index in items} == {
        "The Kell Circle was started in 1989 by students.",
        "It meets weekly at the Orm library.",
    }
    long_opening = "Several critics have written that the Vell School grew out of older songs. "
    later = "Ada Lund denied it in 1930."
    assert not _items_of_a_collection(split_sentences("doc", long_opening + later))


def test_a_named_team_s_league_is_a_sports_page_s_fact() -> None:
    state = {"tarn", "state"}
    quote = "The Orm Hawks football team has played in the Vell Conference since 2002."
    asked = "Since what year has the Orm Hawks football team played in the Vell Conference?"
    assert gates.team_s_league_time(asked, quote, state)
    assert gates.team_s_league_time(f"{asked[:-1]} in Tarn?", quote, state)
    club = {"orm", "hawks", "club"}
    assert not gates.team_s_league_time(asked, quote, club)
    founded = "The Orm Hawks football team was founded in 1950."
    assert not gates.team_s_league_time(
        "In what year was the Orm Hawks football team founded?", founded, state
    )


def test_the_main_kind_of_another_thing_is_background() -> None:
    disease = {"gout"}
    quote = "Cigars are the major form of pipe tobacco."
    assert gates.others_main_kind("What is the major form of pipe tobacco?", quote, disease)
    assert not gates.others_main_kind(
        "What is the most common form of gout?",
        "Foot gout is the most common form of gout.",
        disease,
    )
    assert not gates.others_main_kind(
        "What is the major form of pipe tobacco?",
        "Cigars, the major form of pipe tobacco, cause gout.",
        disease,
    )
    assert not gates.others_main_kind("What causes gout?", quote, disease)
