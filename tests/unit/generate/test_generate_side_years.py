"""The year an aside gives a noun is asked only when the noun is the document's subject."""

from factdeck.generate.gates import side_detail_year
from helpers.generation import selected_candidates


def _asked(title: str, text: str) -> list[tuple[str | None, str]]:
    return [(c.question, c.span.text) for c in selected_candidates(title, text)]


def test_the_subject_own_founding_year_is_asked_whatever_its_title() -> None:
    text = "Kelby, founded in 1820, lies on the river Orm. Kelby has a market."
    for title in ("Kelby", "A History of Kelby", "Kelby, Vessia"):
        assert ("In what year was Kelby founded?", "1820") in _asked(title, text), title
    town = "Kelby is a town in Vessia. The town, founded in 1820, lies on the river Orm."
    assert "1820" in [answer for _, answer in _asked("Kelby", town)]


def test_a_side_noun_is_told_from_the_subject_by_whole_words() -> None:
    normandy = "The Normandy Band, founded in 1911, is the oldest club."
    assert side_detail_year(normandy, "1911", ("Orm",))
    castle = "Kell Castle, built in 1200, stands on the hill."
    assert side_detail_year(castle, "1200", ("Kell",))
    assert not side_detail_year("Kell, founded in 1200, lies on the hill.", "1200", ("Kell",))
    assert not side_detail_year(
        "The town, founded in 1200, lies on the hill.", "1200", ("Kelby",), "town"
    )
