"""Questions a strict reader finds ill-formed: a past time asked of a present perfect, "the"
before a person's possessive, a reporting clause inverted as a subject, a wh-phrase fronted
out of a relative clause with no pronoun, a key that only carries its verb, and a name's
first word lowered; on sentences written for the tests."""

from __future__ import annotations

from factdeck.generate.gates import grammatical
from factdeck.generate.keys import category_key
from factdeck.generate.phrasing import ask, invert, simplify
from factdeck.generate.pipeline import build_deck
from factdeck.generate.referents import Referents
from factdeck.generate.sentences import split_sentences


def _asked(sentence: str, answer: str, kind: str) -> str | None:
    text = simplify(sentence)
    start = text.index(answer)
    asked = ask(text, start, start + len(answer), kind)
    return asked[0] if asked is not None else None


def test_a_past_time_asked_of_a_present_perfect_is_asked_in_the_past() -> None:
    assert _asked("In 2008, the Orm Trust has delivered aid to Kell.", "2008", "year") == (
        "In what year did the Orm Trust deliver aid to Kell?"
    )
    assert _asked("The Vell bridge has been rebuilt in 1990.", "1990", "year") == (
        "In what year was the Vell bridge rebuilt?"
    )
    assert _asked("The Vell mills have been closed on 4 May 1990.", "4 May 1990", "date") == (
        "When were the Vell mills closed?"
    )
    assert _asked("In 2001, Ivo Marr has officially opened the hall.", "2001", "year") == (
        "In what year did Ivo Marr officially open the hall?"
    )


def test_a_past_time_asked_of_a_past_perfect_is_asked_in_the_simple_past() -> None:
    assert _asked("Ivo Marr had visited the Kell office in 1988.", "1988", "year") == (
        "In what year did Ivo Marr visit the Kell office?"
    )
    assert _asked("The first Orm mill had opened in Vell in 1986.", "1986", "year") == (
        "In what year did the first Orm mill open in Vell?"
    )
    assert _asked("The Kell guilds had been banned in 1790.", "1790", "year") == (
        "In what year had the Kell guilds been banned?"
    )  # "had been": "was" or "were" cannot be told from "had"


def test_a_span_reaching_the_present_keeps_its_perfect() -> None:
    assert _asked(
        "The Vell mill has been owned by the Marr family since 1920.", "1920", "year"
    ) == ("Since what year has the Vell mill been owned by the Marr family?")


def test_a_date_closing_a_phrase_after_a_comma_is_not_asked_of_the_whole_perfect() -> None:
    # the date may be the last phrase's alone: the embassy's show, not the galleries'
    sentence = (
        "Ada Lund's paintings have been shown at galleries in Orm and Tarn,"
        " as well as at the Kell embassy in Vell in 2001."
    )
    asked = _asked(sentence, "2001", "year")
    assert asked is None or not grammatical(asked, "fronted")


def test_the_present_perfect_after_a_past_time_is_ill_formed() -> None:
    assert not grammatical("In what year has the Orm Trust delivered aid to Kell?", "fronted")
    assert not grammatical("When have the paintings been shown in Orm?", "fronted")
    assert not grammatical("In the first half of what century has Kell grown?", "fronted")
    assert not grammatical("The paintings have been shown in Orm in what year?", "in-situ")
    assert grammatical("Since what year has the mill been owned by Ivo Marr?", "fronted")
    assert grammatical("Who has been the mayor of Kell since 1990?", "subject")
    assert grammatical("Which club has a hall built in 1990?", "subject")
    assert grammatical(
        "The methods have since grown into tools pioneered in what decade?", "in-situ"
    )


def test_a_name_owned_by_a_person_takes_no_article_where_it_stands_for_a_noun() -> None:
    text = (
        "Kell is a port town in Orm.\n\nKell Energy traces its roots to Ivo Marr's Kell"
        " Lighting Company, the first power firm in Orm. The company started service in 1882."
        "\n\nThe town took its water from the People's Water Board. The board closed in 1990."
    )
    sentences = split_sentences("doc", text)
    referents = Referents(sentences, "Kell", None)
    company, board = (
        next(s for s in sentences if s.text.startswith(w)) for w in ("The c", "The b")
    )
    assert referents.resolved(company.text, company).startswith(
        "Ivo Marr's Kell Lighting Company started"
    )
    assert referents.resolved(board.text, board).startswith("The People's Water Board closed")


def test_the_present_perfect_beside_a_told_past_date_is_ill_formed() -> None:
    assert not grammatical("Where has Ada Lund shown paintings in 2008?", "fronted")
    assert not grammatical("To which club has Ivo Marr moved in 2008?", "fronted")
    assert not grammatical("In 2008, the Orm Trust has delivered aid to which town?", "in-situ")
    assert not grammatical("Which club has won the cup on 4 May 2001?", "subject")
    assert grammatical("Where has the band played since 2008?", "fronted")


def test_a_reporting_clause_is_not_inverted_as_the_subject() -> None:
    assert invert("Modern historians believe Ivo Marr was crowned in Orm") is None
    assert invert("Scholars think the abbey was built in 1120") is None
    assert _asked("Modern historians believe Ivo Marr was crowned in Orm.", "Orm", "place") != (
        "Where was modern historians believe Ivo Marr crowned?"
    )
    kept = invert("The Kell Record was founded in 1120")
    assert kept is not None and kept.subject == "the Kell Record"


def test_a_wh_phrase_is_not_fronted_out_of_a_relative_clause_without_its_pronoun() -> None:
    assert not grammatical(
        "Whom did the Orm festival mark the first time Ada Lund met from the north?", "fronted"
    )
    assert not grammatical("What did the fair mark the day Ada Lund sold to a museum?", "fronted")
    asked = _asked(
        "The Orm festival marked the first time Ada Lund met Ivo Marr from the north.",
        "Ivo Marr",
        "person",
    )
    assert asked is None or not grammatical(asked, "fronted")
    assert grammatical(
        "In what year did the fair mark the first time Ada Lund met Ivo Marr?", "fronted"
    )
    assert grammatical("What did the council give the men who built the bridge?", "fronted")


def test_a_key_that_only_carries_its_verb_is_no_key() -> None:
    for key in ["career", "a political career", "a leading role", "position", "time"]:
        assert category_key(key, "What did Ada Lund pursue in boxing in 2006?")
    assert not category_key("boxing", "What did Ada Lund take up in 2006?")
    bank = build_deck(
        "Ada Lund\n\nAda Lund is a boxer from Kell. In 2006, Ada Lund pursued a career in"
        " mixed martial arts. In 2009 she won the Orm Belt.",
        deck="d",
        file_name="d.txt",
        markdown=False,
    ).bank
    assert "career" not in {str(question.answer) for question in bank.questions}


def test_a_name_listing_its_fields_keeps_its_first_capital_at_the_start() -> None:
    assert (
        _asked(
            "In 2012, Globalization and World Cities Research Network listed Kell as a global city.",
            "2012",
            "year",
        )
        == "In what year did Globalization and World Cities Research Network list Kell as a global city?"
    )
    assert _asked(
        "Food and Drug Administration inspectors visited Kell in 2014.", "2014", "year"
    ) == ("In what year did Food and Drug Administration inspectors visit Kell?")
    assert _asked("Trade and industry grew in Kell in 1850.", "1850", "year") == (
        "In what year did trade and industry grow in Kell?"
    )


def test_a_term_asked_by_its_name_is_a_key_whatever_its_head() -> None:
    assert not category_key("slack time", "What is the name for the time a planner gives up?")
