"""A wh-word stands where a question can ask it, and fits the sort of thing its key is."""

from __future__ import annotations

import pytest

from factdeck.generate.extract import _wh_phrase, extract
from factdeck.generate.gates import grammatical, wh_fits_key
from factdeck.generate.phrasing import ask
from factdeck.generate.sentences import split_sentences


@pytest.mark.parametrize(
    "prompt",
    [
        "Which club won the 2008 which conference?",
        "Which town hosted the 1998 which games?",
        "Which river drains the protected which mountains?",
        "Who founded the northern which abbey?",
        "Which mill employed nearly what workers?",
        "Which ferry carries almost how many passengers?",
    ],
)
def test_a_wh_word_inside_a_noun_phrase_is_never_asked(prompt: str) -> None:
    assert not grammatical(prompt, "subject")


@pytest.mark.parametrize(
    ("prompt", "form"),
    [
        ("In about what year was the mill built?", "fronted"),
        ("About how many people live in Kelby?", "subject"),
        ("Which family sold the farm which it owned?", "subject"),
        ("Gifts came from all over which country?", "subject"),
        ("The pilots flew over which range?", "subject"),
        ("Which team won the title?", "subject"),
    ],
)
def test_a_wh_phrase_that_opens_or_follows_a_preposition_or_a_noun_stays(
    prompt: str, form: str
) -> None:
    assert grammatical(prompt, form)


@pytest.mark.parametrize(
    ("asked", "answer", "kind", "fits"),
    [
        ("Where did the painter work?", "Kelby", "place", True),
        ("Where did the treaty get signed?", "Norway", "country", True),
        ("Where was the choir founded?", "St Anne's Cathedral", "organisation", True),
        ("Where does digestion take place?", "small intestine", "other", True),
        ("Where did the poet study?", "Ada Brook", "person", False),
        ("Where was the mill sold?", "Grand Master", "other", False),
        ("By whom was the canal built?", "Norway", "country", False),
        ("By whom was the school opened?", "the Kelby Trust", "organisation", False),
        ("Who settled the valley?", "Dutch settlers", "other", True),
        ("Who settled the valley?", "the Frisians", "other", True),
        ("By whom was the bridge built?", "Ada Brook", "person", True),
        ("Who was the Bishop of Kelby?", "Wulf", "other", True),
        ("Who praised the play?", "Margaret Olde of the Kelby Post", "other", True),
        ("Who ran the lodge?", "the Kelby Lodge", "other", False),
        ("Who panned the play?", "Margaret Olde of the Kelby Post", "organisation", True),
        ("Who panned the play?", "The Kelby Post", "organisation", False),
        ("What did the coach sign in 1990?", "Ada Brook", "person", False),
        ("What did the coach sign in 1990?", "the Kelby Charter", "other", True),
        ("Which body runs the school?", "the Kelby Trust", "organisation", True),
    ],
)
def test_the_wh_word_fits_the_kind_of_its_key(
    asked: str, answer: str, kind: str, fits: bool
) -> None:
    assert wh_fits_key(asked, answer, kind) is fits


def test_the_wh_phrase_is_where_the_question_parts_from_its_sentence() -> None:
    assert _wh_phrase("Where did Ada Brook live?", "Ada Brook lived in Orm.").startswith("Where")
    assert _wh_phrase("In 1066, who crossed the sea?", "In 1066, Ada crossed the sea.") == (
        "who crossed the sea?"
    )
    assert _wh_phrase("The mill was sold by whom?", "The mill was sold by Ada Brook.") == "whom?"


def test_an_institution_doing_a_deed_is_never_asked_who() -> None:
    text = (
        "Kelby is a town in Ostland. The Eastern Pacific Railroad played a major role in"
        " sparking tensions with the Harn tribes of Kelby."
    )
    found = extract(split_sentences("doc", text), "Kelby", selective=True).candidates
    asked = {c.span.text: c.question for c in found}
    assert not (asked.get("Eastern Pacific Railroad") or "").startswith("Who")


def test_a_people_is_never_asked_what() -> None:
    assert not wh_fits_key("what holding a master's ticket?", "naval graduates", "term")
    assert not wh_fits_key("what?", "Serbs", "other")
    assert not wh_fits_key("What were the first to trade salt at Kell?", "Portuguese", "other")
    assert wh_fits_key("What was the language of the Kell traders?", "Portuguese", "other")
    assert wh_fits_key("what?", "Texas", "other")
    assert wh_fits_key("What did Kell end its trade with?", "Americas", "other")
    assert not wh_fits_key("what?", "Danes", "other")  # "The oarsmen were mostly what?"
    assert not wh_fits_key("what?", "Finns", "other")
    assert wh_fits_key("What were the fines paid in?", "Francs", "other")
    assert wh_fits_key("What did Kell end its trade with?", "Bahamas", "other")
    text = "Kell is a port. In 1741, most of the crews of the Kell fleet were Serbs."
    found = extract(split_sentences("x", text), "Kell", selective=True)
    asked = [c.question for c in found.candidates if c.span.text == "Serbs"]
    assert "In 1741, most of the crews of the Kell fleet were what?" not in asked


def test_a_name_used_for_a_thing_is_asked_as_a_name() -> None:
    sentence = "Traders used Kelmark to refer to the whole of the port."
    start = sentence.index("Kelmark")
    assert ask(sentence, start, start + len("Kelmark"), "place", sort="city") == (
        "What name did traders use to refer to the whole of the port?",
        "fronted",
    )
    sentence = "Traders used Kelmark to reach the coast."
    asked = ask(sentence, start, start + len("Kelmark"), "place", sort="city")
    assert asked is None or not asked[0].startswith("What name")
