"""Grammar rules found by a blind review: a question keeps the sentence's own time phrase and
reads as English."""

from __future__ import annotations

from factdeck.generate.gates import grammatical
from factdeck.generate.phrasing import ask


def _question(sentence: str, answer: str, kind: str) -> str | None:
    """The question a rule asks about ``answer``, if it reads as English, else None."""
    start = sentence.index(answer)
    asked = ask(sentence, start, start + len(answer), kind)
    return asked[0] if asked is not None and grammatical(*asked) else None


def test_by_what_century_only_when_the_sentence_says_by_the_century() -> None:
    assert (
        _question("The chapel had been painted by the 14th century.", "14th century", "period")
        == "By what century had the chapel been painted?"
    )
    assert (
        _question("The chapel was painted by 14th-century monks.", "14th-century", "period") is None
    )
    assert (
        _question(
            "The chapel was painted by the 14th century guild of the town.",
            "14th century",
            "period",
        )
        is None
    )


def test_a_plural_verb_before_a_singular_subject_is_no_question() -> None:
    assert not grammatical("What are the largest grain of sand called?", "fronted")
    assert not grammatical("Which valley were the abbey built in?", "fronted")
    assert grammatical("What are the largest grains of sand called?", "fronted")
    assert grammatical("When were the bishops of the valley expelled?", "fronted")
    assert grammatical("Which towns have the largest harbour?", "subject")


def test_a_wh_word_inside_a_number_is_no_question() -> None:
    assert not grammatical("The orchard was divided into what fifths?", "in-situ")
    assert not grammatical("What million sheep graze in the valley?", "subject")
    assert grammatical("The orchard was divided into how many plots?", "in-situ")


def test_the_before_a_persons_name_is_no_question() -> None:
    assert not grammatical("In what year was the bridge opened by the Mara Vell?", "fronted")
    assert grammatical("In what year was the bridge opened by the Mara Vell Trust?", "fronted")
    assert grammatical("In what year was the Mara Vell prize first awarded?", "fronted")
    assert grammatical("Where does the Sierra Nevada rise?", "fronted")
    assert grammatical("Which city did the Orm Empire take after the Byzantine Empire?", "fronted")


def test_a_period_that_qualifies_a_noun_is_not_the_clauses_time() -> None:
    assert _question("The town grew during the 1340s wool boom.", "1340s", "period") is None
    assert (
        _question("The town grew during the 1340s.", "1340s", "period")
        == "In what decade did the town grow?"
    )


def test_a_plural_noun_after_a_determiner_is_no_second_verb() -> None:
    assert grammatical("Which river powered the mills and the forges of Tarnby?", "subject")
    assert grammatical("Who sold the works and the forges of Tarnby in 1850?", "subject")
    assert grammatical("In what year did the firm close the mills and its compounds?", "fronted")
    assert grammatical("Which firm bought the old mills and the new works of Tarnby?", "subject")
    assert grammatical("The guild took the works and the large mills of which town?", "in-situ")
    assert grammatical("How many workers did the 40 mills and the works employ?", "fronted")
    assert not grammatical("Which firm makes the parts and builds the frames?", "subject")
    assert not grammatical("Who sold the mills and builds the frames?", "subject")
    assert not grammatical("Who sold the mills, and each runs a school?", "subject")
    assert not grammatical("Who sold the mills and the chemical reacts with water?", "subject")
