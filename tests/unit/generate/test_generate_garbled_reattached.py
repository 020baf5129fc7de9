"""Rewrites that garbled their sentence a fifth way: an opening phrase asked without the clause
after it, a wh-phrase tacked on after a comma or fronted out of an infinitive, the end of a
range fronted without its start, a period key in the plural, the noun of an absolute phrase
made the subject, and a name after "called" asked before its own verb; on sentences written
for the tests."""

from __future__ import annotations

from factdeck.generate.gates import grammatical
from factdeck.generate.phrasing import ask


def _question(sentence: str, answer: str, kind: str) -> str | None:
    """The question a rule asks about ``answer``, if it reads as English, else None."""
    start = sentence.index(answer)
    asked = ask(sentence, start, start + len(answer), kind)
    return asked[0] if asked is not None and grammatical(*asked) else None


def test_an_answer_in_the_opening_phrase_is_not_asked_without_the_clause() -> None:
    sentence = (
        "In the second charter between the Orm Guild and King Tavel signed in 1604, the town"
        " was named Kellby."
    )
    assert _question(sentence, "1604", "year") is None  # "... signed in what year?"
    assert _question(sentence, "Orm Guild", "organisation") is None
    assert _question("In the autumn of 1604, the town was named Kellby.", "1604", "year") == (
        "In the autumn of what year was the town named Kellby?"
    )


def test_a_wh_phrase_is_not_tacked_on_after_the_clause_s_comma() -> None:
    sentence = (
        "Most of the valley's wool is sold at the Kell Exchange, from 12 farms, under 9 marks."
    )
    assert _question(sentence, "12", "number") is None  # "..., from how many farms?"
    assert _question(
        "Most of the valley's wool is sold at Kell from 12 farms.", "12", "number"
    ) == ("Most of the valley's wool is sold at Kell from how many farms?")
    assert _question("Ivo was born in Holm, on Tarn Island.", "Tarn Island", "place") == (
        "Ivo was born in Holm, on which island?"
    )


def test_a_name_deeper_in_a_phrase_after_the_clause_s_comma_is_not_asked_in_place() -> None:
    sentence = "Folk was played on Kell radio until 2004, with Ivo Marr of Orm Records, and others."
    assert _question(sentence, "Orm Records", "organisation") is None  # "..., of which label?"
    assert _question(sentence, "Ivo Marr", "person") is None  # "..., with whom?"


def test_a_time_in_an_infinitive_after_the_comma_is_not_the_main_verb_s() -> None:
    sentence = (
        "The number of boats grew, enough to hold the first race on the Tarn at Kell in 1883."
    )
    assert _question(sentence, "1883", "year") is None  # the race's year, not the growing's
    assert _question(
        "The guild raised funds, to build a bridge at Kell in 1883.", "1883", "year"
    ) is (None)
    assert _question("The guild decided to build a bridge at Kell in 1883.", "1883", "year") == (
        "In what year did the guild decide to build a bridge at Kell?"
    )


def test_the_end_of_a_range_is_not_fronted_without_its_start() -> None:
    sentence = "Salt was mined in the valley from the Iron Age until the 18th century."
    assert _question(sentence, "18th century", "period") == (
        "Salt was mined in the valley from the Iron Age until what century?"
    )
    assert _question("The mill ran from 1820 until 1850.", "1850", "year") == (
        "The mill ran from 1820 until what year?"
    )
    assert _question(
        "Salt was mined in the valley until the 18th century.", "18th century", "period"
    ) == ("Until what century was salt mined in the valley?")


def test_a_period_key_in_the_plural_is_not_asked() -> None:
    sentence = "The trade crossed the sea from the 15th through to the 19th centuries."
    assert _question(sentence, "19th centuries", "period") is None  # which one century?
    assert _question(
        "The trade crossed the sea from 1500 to the 19th century.", "19th century", "period"
    ) == ("The trade crossed the sea from 1500 to what century?")


def test_the_noun_of_an_absolute_phrase_is_not_made_the_subject() -> None:
    sentence = (
        "With peace in Orm from 1815, and Kell rule at sea secured, the Orm Navy turned to the"
        " trade and established the Coast Squadron in 1808."
    )
    assert _question(sentence, "1808", "year") == (
        "In what year did the Orm Navy establish the Coast Squadron?"
    )  # never "did Kell rule at sea establish"
    assert _question(
        "The guild met in Kell, and the roads were repaired in 1820.", "1820", "year"
    ) == ("In what year were the roads repaired?")


def test_a_name_after_called_that_a_verb_follows_is_not_asked_in_place() -> None:
    sentence = "Ivo Marr of the radical movement called the Orm Front seized power in Tarland."
    assert _question(sentence, "Orm Front", "organisation") is None  # "called what seized"
    assert _question("A firm called Orvo sued Kell.", "Orvo", "organisation") == (
        "Which firm sued Kell?"
    )
    assert _question(
        "Ivo Marr founded a movement called the Orm Front.", "Orm Front", "organisation"
    ) == ("Ivo Marr founded a movement called what?")
