"""A work's title after the word for the work: a name inside it is no answer, the whole title
is the work itself and is asked for."""

from factdeck.generate.extract import Candidate, extract_candidates
from factdeck.generate.sentences import split_sentences


def _asked(text: str) -> dict[str, Candidate]:
    return {c.span.text: c for c in extract_candidates(split_sentences("doc", text))}


def test_the_whole_title_of_a_poem_is_asked_for() -> None:
    asked = _asked("After the flood of 1822, the poet Ana Brisk wrote the poem The Grey Tide.")
    assert "The Grey Tide" in asked
    assert asked["The Grey Tide"].question == (
        "Which poem did the poet Ana Brisk write after the flood of 1822?"
    )


def test_a_title_ends_before_the_small_words_that_follow_it() -> None:
    # "a" of "after" and "in" of "in 1790" are the sentence's, not the title's
    assert "The Grey Tide" in _asked("The poet Ana Brisk wrote the poem The Grey Tide after 1822.")
    assert "Orun" in _asked("The playwright Deno Kelvar wrote the play Orun in 1790.")


def test_a_place_inside_a_title_is_still_no_answer() -> None:
    asked = _asked("In 1904 Mara Voss published the novel A Winter of Chapels in Holmbury.")
    assert "Holmbury" not in asked
