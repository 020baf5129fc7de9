"""A recurring event's name standing for one edition ("after Orvafest") takes the number or
year of the one edition its paragraph has named; where it names none or several, no question
keeps the bare name: the document tells several editions, and the learner cannot tell which."""

from __future__ import annotations

from factdeck.generate.extract import extract
from factdeck.generate.referents import Referents
from factdeck.generate.sentences import split_sentences

_TITLE = "Ivo Brenn"
_OPENING = (
    "Ivo Brenn is a Vessan wrestler. Brenn defeated Tor Alm at Orvafest 23 in 2007. "
    "Brenn lost to Ada Kell at Orvafest 24 in 2008.\n\n"
)


def _asked(text: str) -> dict[str, str]:
    found = extract(split_sentences("doc", text), _TITLE, selective=True).candidates
    return {c.span.text: c.question or "" for c in found}


def test_a_bare_edition_takes_the_one_its_paragraph_named() -> None:
    text = (
        "Ivo Brenn is a Vessan wrestler. Brenn defeated Tor Alm at Orvafest 23 in 2007. "
        "After Orvafest, Brenn began a feud with Ada Kell over the Orm Championship. "
        "Brenn lost to Ada Kell at Orvafest 24 in 2008."
    )
    asked = _asked(text)
    assert "after Orvafest 23?" in asked["Ada Kell"]


def test_a_yearly_edition_takes_its_year_before_the_name() -> None:
    text = (
        "Ivo Brenn is a Vessan wrestler. Brenn won the 2007 Kell Rumble.\n\n"
        "Brenn entered the 2011 Kell Rumble. After the Kell Rumble, Brenn joined the Orm Stable."
    )
    assert "after the 2011 Kell Rumble?" in _asked(text)["Orm Stable"]


def test_no_question_keeps_an_edition_its_paragraph_does_not_name() -> None:
    asked = _asked(_OPENING + "After Orvafest, Brenn formed a tag team with Olaf Marr.")
    assert "Olaf Marr" not in asked
    two = (
        _OPENING.replace(".\n\n", ". ") + "After Orvafest, Brenn formed a tag team with Olaf Marr."
    )
    assert "Olaf Marr" not in _asked(two)


def test_an_event_told_once_or_as_a_whole_is_left_alone() -> None:
    sentences = split_sentences(
        "doc",
        _OPENING + "Brenn has headlined Orvafest three times. Brenn left after Orvafest ended.",
    )
    referents = Referents(sentences, _TITLE, None)
    whole = "Who has headlined Orvafest three times?"
    assert not referents.leans_on_unseen(whole, "Brenn", "", sentences[-2])
    assert referents.leans_on_unseen("Whom did Brenn face after Orvafest?", "Kell", "", None)
    once = split_sentences("doc", "Brenn defeated Tor Alm at Orvafest 23. Brenn left Vessa.")
    referents = Referents(once, _TITLE, None)
    assert not referents.leans_on_unseen("Whom did Brenn face after Orvafest?", "Kell", "", None)
    assert referents.resolved("After Orvafest, Brenn left.", once[-1]) == (
        "After Orvafest, Brenn left."
    )


def test_a_name_before_a_noun_or_a_king_s_number_is_no_edition() -> None:
    sentences = split_sentences(
        "doc", _OPENING + "King Olaf II and King Olaf III ruled Vessa. Brenn met Olaf Marr."
    )
    referents = Referents(sentences, _TITLE, None)
    assert referents.leans_on_unseen("Whom did Brenn face at Orvafest?", "", "")
    assert not referents.leans_on_unseen("Where did Brenn train at Orvafest headquarters?", "", "")
    assert not referents.leans_on_unseen("Whom did Brenn meet after Olaf left?", "", "", None)


def test_an_edition_after_an_opening_word_counts() -> None:
    sentences = split_sentences("doc", "At Orvafest 23, Brenn won. At Orvafest 24, Brenn lost.")
    referents = Referents(sentences, _TITLE, None)
    assert referents.leans_on_unseen("Whom did Brenn face after Orvafest?", "Kell", "", None)


def test_a_score_or_a_numbered_part_is_no_edition() -> None:
    text = (
        "Kell lost to Orm State 43 – 42. Kell beat Orm State 70 – 45. See Section 2 and Section 3."
        " Kell played Orvafest 23 and Orvafest 24."
    )
    referents = Referents(split_sentences("doc", text), _TITLE, None)
    assert not referents.leans_on_unseen("Whom did Kell face after Orm State?", "", "", None)
    assert not referents.leans_on_unseen("What did Kell change after Section?", "", "", None)
    assert referents.leans_on_unseen("Whom did Kell face after Orvafest?", "", "", None)


def test_each_of_several_events_named_bare_in_a_sentence_takes_its_edition() -> None:
    told = "Brenn won the {} Kell Rumble. Brenn beat Orvafest {}. Brenn lost Orvafest Tour {}."
    text = (
        f"Ivo Brenn is a Vessan wrestler. {told.format(2006, 22, 2)}\n\n{told.format(2007, 23, 3)} "
        "Brenn joined the Orm Stable after Orvafest Tour, after the Kell Rumble and before Orvafest."
    )
    sentences = split_sentences("doc", text)
    resolved = Referents(sentences, _TITLE, None).resolved(sentences[-1].text, sentences[-1])
    assert "after Orvafest Tour 3, after the 2007 Kell Rumble and before Orvafest 23." in resolved


def test_an_event_is_bare_only_where_its_name_is_written_whole() -> None:
    referents = Referents(split_sentences("doc", _OPENING), _TITLE, None)
    assert referents.leans_on_unseen("Whom did Brenn face after Orvafest?", "Kell", "", None)
    assert not referents.leans_on_unseen("Whom did Brenn face after Orvafests?", "Kell", "", None)
    assert not referents.leans_on_unseen("Whom did Brenn face after Orvafest 23?", "Kell", "", None)
