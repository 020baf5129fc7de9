"""Typed answers a learner who knows the fact may give, and counts asked only as stated."""

from factdeck.generate.clean import clean_document
from factdeck.generate.extract import extract
from factdeck.generate.phrasing import ask
from factdeck.generate.sentences import split_sentences


def _asked(text: str, title: str = "Test") -> list[tuple[str | None, str]]:
    cleaned = clean_document(f"{title}\n\n{text}")
    found = extract(split_sentences("doc", cleaned.text), title, selective=True)
    return [(c.question, c.span.text) for c in found.candidates]


def _ask(sentence: str, answer: str, kind: str = "number") -> str | None:
    start = sentence.index(answer)
    asked = ask(sentence, start, start + len(answer), kind)
    return asked[0] if asked else None


def test_a_bound_is_not_asked_as_an_approximate_count() -> None:
    assert _ask("More than 300 people attended the fair.", "300") == (
        "How many people attended the fair?"
    )
    assert (
        _ask("Over 40 ships sailed from the port.", "40") == "How many ships sailed from the port?"
    )
    assert _ask("Just over 40 ships sailed from the port.", "40") == (
        "About how many ships sailed from the port?"
    )


def test_a_count_given_as_a_bound_is_not_asked() -> None:
    text = (
        "The Orm fair is held in Tarland each spring. "
        "More than 3,000 people attended the Orm fair in 1990."
    )
    assert all(answer != "3,000" for _, answer in _asked(text))
