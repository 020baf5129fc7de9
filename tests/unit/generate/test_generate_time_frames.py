"""A question keeps the time that makes its answer unique, and never a time told from unseen text."""

from factdeck.generate.clean import clean_document
from factdeck.generate.extract import extract
from factdeck.generate.phrasing import ask, clause_of
from factdeck.generate.sentences import split_sentences


def _clause(text: str, answer: str) -> str:
    start = text.index(answer)
    return clause_of(text, start, start + len(answer)).text


def _asked(title: str, text: str) -> list[tuple[str | None, str]]:
    cleaned = clean_document(f"{title}\n\n{text}")
    found = extract(split_sentences("doc", cleaned.text), title, selective=True)
    return [(c.question, c.span.text) for c in found.candidates]


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
