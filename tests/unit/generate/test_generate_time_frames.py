"""A question keeps the time that makes its answer unique, and never a time told from unseen text."""

from factdeck.generate.gates import side_detail_year
from factdeck.generate.phrasing import ask, clause_of
from factdeck.generate.referents import Referents
from factdeck.generate.sentences import split_sentences
from helpers.generation import selected_candidates


def _clause(text: str, answer: str) -> str:
    start = text.index(answer)
    return clause_of(text, start, start + len(answer)).text


def _asked(title: str, text: str) -> list[tuple[str | None, str]]:
    return [(c.question, c.span.text) for c in selected_candidates(title, text)]


def test_a_date_with_its_own_comma_stays_as_the_opening() -> None:
    text = "On August 15, 1971, the Orvan League pulled out of the Kell Accord."
    assert _clause(text, "Kell Accord").startswith("On August 15, 1971, the Orvan League")
    start = text.index("Kell Accord")
    asked = ask(text, start, start + len("Kell Accord"), "organisation")
    assert asked is not None and "1971" in asked[0]


def test_a_dated_opening_stays_when_a_side_phrase_after_it_goes() -> None:
    text = "In 1979, less than a year after becoming abbot, Ivo Brenn said Mass in Tarn Square."
    assert _clause(text, "Tarn Square") == "In 1979, Ivo Brenn said Mass in Tarn Square"
    later = "A few years after the war, in 1107, the Orvans landed at Kell."
    assert _clause(later, "Kell") == "In 1107, the Orvans landed at Kell"
    # a side phrase with no date goes as before
    undated = "A few years after the war, with a small fleet, the Orvans landed at Kell."
    assert _clause(undated, "Kell") == "the Orvans landed at Kell"


def test_a_relative_time_counts_from_the_year_told_before_it() -> None:
    text = (
        "The Orvan council met at Kell in 1870. Five years later, the treaty was signed at Tarn."
        "\n\nIvo Brenn was elected abbot in 1805, and Lena Voss became prior two years later. "
        "In the same year, the abbey burned. By then the monks had left."
        "\n\nThe canal was dug by hand. Three years later, the mill opened at Orsk. "
        "Eight years later, in 1909, there were 400 monks at Orsk. "
        "\n\nThe tower was finished in 1650. By then the town had 900 people."
    )
    sentences = split_sentences("doc", text)
    referents = Referents(sentences, "Kell", None)
    told = [referents.dated(s.text, s) for s in sentences]
    assert told[1] == "In 1875, the treaty was signed at Tarn."
    assert told[2] == "Ivo Brenn was elected abbot in 1805, and Lena Voss became prior in 1807."
    # the sentence before tells two times, one of them relative: which one is "the same"?
    assert told[3] == "In the same year, the abbey burned."
    assert told[7] == "In 1909, there were 400 monks at Orsk."
    assert told[9] == "By 1650 the town had 900 people."
    opened = split_sentences("doc", "In 1599 the Kell Guild was founded and moved the next year.")
    # counted from the opening year, a question keeping that opening would give two years
    assert Referents(opened, "Kell", None).unanchored(opened[0])
    unanchored = [s.index for s in sentences if referents.unanchored(s)]
    assert unanchored == [sentences[i].index for i in (3, 4, 6)]


def test_no_question_is_asked_of_a_time_no_year_anchors() -> None:
    text = (
        "The Orm Mill is a water mill on the river Tarn. The mill was built of stone. "
        "Three years later, the miller Ivo Brenn sold the mill to the Kell Abbey."
    )
    assert not [answer for _, answer in _asked("Orm Mill", text) if answer == "Kell Abbey"]
    dated = text.replace("built of stone", "built of stone in 1720")
    asked = [q for q, answer in _asked("Orm Mill", dated) if answer == "Kell Abbey"]
    assert asked and all("1723" in (q or "") for q in asked)


def test_the_year_an_aside_gives_a_side_noun_is_not_asked() -> None:
    text = (
        "Kell University is a private university in Orsk. The university has four colleges. "
        "The Kell Wind Band, founded in 1911, is the oldest student club. "
        "The chemist Ivo Brenn, born 1840, taught botany at the university."
    )
    answers = [answer for _, answer in _asked("Kell University", text)]
    assert "1911" not in answers and "1840" not in answers
    own = "Kell University, founded in 1890, is a private university in Orsk. It has four colleges."
    assert ("In what year was Kell University founded?", "1890") in _asked("Kell University", own)
    assert side_detail_year(
        "The Kell Wind Band, founded in 1911, is old.", "1911", ("Kell University",)
    )
    assert not side_detail_year(
        "The university, founded in 1890, is old.", "1890", ("Kell University",)
    )
