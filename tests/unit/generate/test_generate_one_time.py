"""A year is asked only where it is the one time of the fact: not the year of the name a
record is compared with, nor the year of one of a kind of event the document tells twice."""

from factdeck.generate.gates import Sentences, event_told_again, year_of_a_comparand
from helpers.generation import selected_candidates


def _asked(title: str, text: str) -> list[tuple[str | None, str]]:
    return [(c.question, c.span.text) for c in selected_candidates(title, text)]


_RECORD = (
    "Orm Tarnfield is an American basketball coach. He was the head coach of the Kell Wolves"
    " from 2003 to 2011.\n\nKell became the smallest school to play for a national title since"
    " Brava in 1962. Tarnfield became the youngest coach to reach the final."
)


def test_the_year_of_a_record_s_comparand_is_not_asked_as_the_record_s() -> None:
    assert "1962" not in [answer for _, answer in _asked("Orm Tarnfield", _RECORD)]


def test_a_comparand_s_year_is_told_from_the_sentence_s_own() -> None:
    record = "Kell became the smallest school to reach the final since Brava in 1962."
    assert year_of_a_comparand(record, "1962")
    assert year_of_a_comparand("Orm scored more goals than Dorn United in 1970.", "1970")
    assert not year_of_a_comparand("Kell has played in the league since 1962.", "1962")
    both = "In 1962 Kell became the first school to win twice since Brava in 1962."
    assert not year_of_a_comparand(both, "1962")


def test_a_comparand_s_year_before_a_comma_is_told_too() -> None:
    replay = (
        "Vell Rovers became the lowest-ranked club to win the cup since Tarnby in 1958, when"
        " the final went to a replay."
    )
    assert year_of_a_comparand(replay, "1958")
    assert not year_of_a_comparand("Vell Rovers won the cup in 1958, beating Tarnby.", "1958")


_EXTENSIONS = (
    "Orm Tarnfield is an American basketball coach. He coached the Kell Wolves from 2003 to"
    " 2011. In 2008, the Wolves reached the final of the national tournament.\n\nTarnfield was"
    " given a one-year contract extension by the Kell Wolves at the end of the 2009 season. In"
    " 2012, Orm Tarnfield received a contract extension from the Wolves. In 2014, Orm"
    " Tarnfield won a regional title with the Wolves."
)


def test_the_year_of_an_event_told_twice_is_not_asked() -> None:
    assert "2012" not in [answer for _, answer in _asked("Orm Tarnfield", _EXTENSIONS)]


def test_an_event_is_told_again_only_of_the_same_names_at_another_time() -> None:
    question = "In what year did Ivo Tarn receive a contract extension?"
    own = "In 2012, Ivo Tarn received a contract extension."
    again = "Tarn signed a one-year contract extension at the end of the season."
    assert event_told_again(question, "2012", own, Sentences([own, again]))
    asked_when = "When did Ivo Tarn receive a contract extension?"
    assert event_told_again(asked_when, "2012", own, Sentences([own, again]))
    other_coach = "Per Lund signed a contract extension at the end of the season."
    assert not event_told_again(question, "2012", own, Sentences([own, other_coach]))
    same_year = "Tarn signed a contract extension in 2012 after a long talk."
    assert not event_told_again(question, "2012", own, Sentences([own, same_year]))
    other_event = "Tarn signed a contract with Kell at the end of the season."
    assert not event_told_again(question, "2012", own, Sentences([own, other_event]))


def test_a_state_is_no_event_told_again() -> None:
    question = "In what year was Orm designated as a state university?"
    own = "Orm was designated as a state university in 1966."
    state = "Orm is a state university in Vessia."
    assert not event_told_again(question, "1966", own, Sentences([own, state]))
    signed = "In what year did Orm sign a treaty with Kell?"
    told = "Orm is a signatory and was a treaty partner of Kell for decades."
    assert not event_told_again(
        signed, "1901", "Orm signed a treaty with Kell in 1901.", Sentences([told])
    )


def test_an_indefinite_phrase_beside_the_verb_is_no_event_of_its_own() -> None:
    question = "When was Kell Port founded following a reform of the harbours?"
    own = "Kell Port was founded in 1992 following a reform of the harbours."
    opened = "Kell Port opened on 1 January 1993 following a reform of the harbours."
    assert not event_told_again(question, "1992", own, Sentences([own, opened]))
