"""Debris a rewrite copied or made: a bracketed name of a body's members told as its place, a
stray quote mark, a role word capitalised into a name when the opening phrase moved behind,
and an opening time moved so far behind that it dates the last noun; on sentences written
for the tests."""

from __future__ import annotations

from factdeck.generate.clauses import split_clauses
from factdeck.generate.gates import grammatical
from factdeck.generate.phrasing import ask, simplify


def _question(sentence: str, answer: str, kind: str) -> str | None:
    """The question a rule asks about ``answer``, if it reads as English, else None."""
    start = sentence.index(answer)
    asked = ask(sentence, start, start + len(answer), kind)
    return asked[0] if asked is not None and grammatical(*asked) else None


def test_a_bracketed_name_of_a_body_s_members_is_no_place() -> None:
    assert simplify("Opposition to the tax was led by the Society of Tellers (Threaders).") == (
        "Opposition to the tax was led by the Society of Tellers."
    )
    assert simplify("The University Commission (Vessia) accredits the school.") == (
        "The University Commission in Vessia accredits the school."
    )


def test_a_stray_quote_mark_is_not_copied() -> None:
    assert simplify('Jo Marr attended a "free lesson\'" course on weaving.') == (
        'Jo Marr attended a "free lesson" course on weaving.'
    )
    assert simplify('Jo Marr sang the "farmers\'" song.') == 'Jo Marr sang the "farmers\'" song.'


def test_a_role_word_before_a_name_keeps_its_small_letter() -> None:
    assert split_clauses("In 2011, drummer Pell joined the band.") == [
        "In 2011, drummer Pell joined the band."
    ]  # moved behind, "Drummer Pell" would read as one name
    assert _question("In 2011, drummer Pell joined the band.", "2011", "year") == (
        "In what year did drummer Pell join the band?"
    )
    assert split_clauses("In 2011, the band toured Orm.") == ["The band toured Orm in 2011."]


def test_an_opening_time_stays_in_front_of_a_long_clause() -> None:
    long_clause = (
        "In 1991, Orvell College began admitting women after years of failed talks with Tamsin"
        " College for a merger along the lines of Kell and Bray."
    )
    assert split_clauses(long_clause) == [long_clause]  # "... Kell and Bray in 1991" dates Bray
    assert split_clauses("In 1991, Orvell College began admitting women after years of talks.") == [
        "Orvell College began admitting women after years of talks in 1991."
    ]
