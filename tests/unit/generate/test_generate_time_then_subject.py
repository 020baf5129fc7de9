"""A wh-subject after an opening time written without its comma ("In 1883 which guild built
the hall?") stands where a subject stands, and is asked; on questions written for the tests."""

from factdeck.generate.gates import grammatical


def test_a_which_subject_and_its_verb_after_a_bare_opening_year_is_grammatical() -> None:
    assert grammatical("In 1883 which guild began to build a hall in Varnholm?", "in-situ")
    assert grammatical("Prior to 1990 which country funded the Orm dam?", "in-situ")
    assert grammatical("In the 1840s who founded the Tarn Mill?", "in-situ")


def test_a_wh_phrase_after_a_bare_opening_year_that_is_no_subject_is_refused() -> None:
    assert not grammatical("In 1883 which guild hall was built?", "in-situ")
    assert not grammatical("In 1854 at what there was a revolt by miners?", "in-situ")
