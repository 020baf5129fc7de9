"""Stems garbled on the way: a verb stacked on a copula, a "to" fronted off "referred to
as", a year asked "on", an article doubled, a name cut before "what", and a place asked by
the sort of a named place inside it."""

from __future__ import annotations

from factdeck.generate.gates import grammatical, relative_to_unseen
from factdeck.generate.phrasing import ask, ill_formed


def _question(sentence: str, answer: str, kind: str) -> str | None:
    start = sentence.index(answer)
    asked = ask(sentence, start, start + len(answer), kind)
    return asked[0] if asked is not None and grammatical(*asked) else None


def test_no_verb_is_stacked_on_a_copula() -> None:
    sentence = "Plinius mentions an island named Orsa with reference to the amber trade."
    assert _question(sentence, "Orsa", "place") is None
    assert (
        _question("Plinius mentioned the island of Orsa in his letters.", "Orsa", "place")
        == "Which island did Plinius mention in his letters?"
    )


def test_a_to_fronted_off_referred_to_as_is_no_question() -> None:
    sentence = "Odo Marr has referred to Tamsin as the father of Kessian letters."
    assert _question(sentence, "Tamsin", "person") is None
    assert ill_formed("To whom has Kell been referred as the first port?")
    assert not ill_formed("To whom did Odo Marr refer the dispute?")


def test_a_year_is_asked_in_never_on() -> None:
    assert (
        _question("The treaty of Kell entered into force on 1921.", "1921", "year")
        == "The treaty of Kell entered into force in what year?"
    )
    assert ill_formed("On what year did the treaty enter into force?")
    assert not ill_formed("On what date did the treaty enter into force?")


def test_a_doubled_article_or_a_name_cut_before_what_is_ill_formed() -> None:
    assert ill_formed("The towns kept the old rite, in particular the The Kell what?")
    assert ill_formed("The towns kept the old rite, in particular the Kell what?")
    assert not ill_formed("The towns kept which rite?")
    sentence = "The towns of the north kept the old rite, in particular the Kell Abbey."
    assert _question(sentence, "Abbey", "other") is None


def test_a_named_place_s_sort_is_not_asked_of_where_it_lies() -> None:
    sentence = "The Orvan region of Kessia is the centre of the wool trade."
    assert _question(sentence, "Kessia", "place") is None
    assert (
        _question("Tarik conquered the Roman province of Syria.", "Syria", "place")
        == "Which Roman province did Tarik conquer?"
    )
    assert (
        _question("The region of Orvania is the centre of the wool trade.", "Orvania", "place")
        == "Which region is the centre of the wool trade?"
    )


def test_a_name_pointed_back_to_leans_on_an_unseen_sentence() -> None:
    assert relative_to_unseen("Who had set up the aforementioned Ralph as earl of Kell?")
    assert not relative_to_unseen("Who had set up Ralph as earl of Kell?")
    assert not relative_to_unseen("Who rebuilt the former Orm Abbey?")
