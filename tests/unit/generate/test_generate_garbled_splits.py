"""Rewrites that garbled their sentence before any gate saw them: a clause cut between a
subordinate clause's subject and its verb, an appositive's participle read as a verb, an
active verb of leaving made passive, an adverb taken for a subject, a year kept after
"on"."""

from __future__ import annotations

from factdeck.generate.clauses import split_clauses
from factdeck.generate.gates import grammatical
from factdeck.generate.phrasing import ask


def _question(sentence: str, answer: str, kind: str) -> str | None:
    """The question a rule asks about ``answer``, if it reads as English, else None."""
    start = sentence.index(answer)
    asked = ask(sentence, start, start + len(answer), kind)
    return asked[0] if asked is not None and grammatical(*asked) else None


def test_a_participle_phrase_inside_a_subordinate_clause_is_not_cut_away() -> None:
    sentence = (
        "The mill was sold when in 1820 the town council, acting on a plea of the weavers, "
        "passed a law that banned night work."
    )
    assert split_clauses(sentence) == [sentence]
    assert _question(sentence, "1820", "year") is None
    assert _question(sentence, "the town council", "organisation") is None
    assert split_clauses("The mill closed when the war ended, leaving the town poor.") == [
        "The mill closed when the war ended."
    ]
    assert split_clauses("The mill closed after the war, leaving the town poor.") == [
        "The mill closed after the war."
    ]


def test_a_participle_in_an_appositive_is_no_verb_to_ask_with() -> None:
    sentence = (
        "Kell's old town hall, a brick hall built in 1790 of red sandstone, was sold in 1850."
    )
    assert _question(sentence, "1790", "year") is None
    assert (
        _question("A brick hall was built in 1790 of red sandstone.", "1790", "year")
        == "In what year was a brick hall built of red sandstone?"
    )
    listed = "Nationwide, the gale killed 12 people, destroyed 300 huts, and sank two boats."
    assert _question(listed, "12", "number") == "How many people did the gale kill?"


def test_a_verb_of_leaving_after_a_passive_stays_active() -> None:
    assert split_clauses(
        "Ada Holt was hired as the town's first nurse in 1901, but left in 1909."
    ) == [
        "Ada Holt was hired as the town's first nurse in 1901.",
        "Ada Holt left in 1909.",
    ]
    assert split_clauses("Ivo Berg was elected mayor in 1950 and resigned in 1955.")[1] == (
        "Ivo Berg resigned in 1955."
    )
    assert split_clauses("The hall was built in 1790 and enlarged in 1850.")[1] == (
        "The hall was enlarged in 1850."
    )


def test_left_to_rot_or_die_after_a_passive_stays_passive() -> None:
    sentence = "The old barge Linnet was seized by the guild in 1822, but left to rot at Kell."
    assert split_clauses(sentence) == [
        "The old barge Linnet was seized by the guild in 1822.",
        "The old barge Linnet was left to rot at Kell.",
    ]
    assert _question(split_clauses(sentence)[1], "Kell", "place") == (
        "Where was the old barge Linnet left to rot?"
    )
    assert split_clauses("The prisoners were held at the fort of Orm in 1790, but left to die.")[
        1
    ] == ("The prisoners were left to die.")
    assert split_clauses(
        "Ada Holt was hired as the town's first nurse in 1901, but left to join the navy."
    )[1] == ("Ada Holt left to join the navy.")


def test_a_bare_left_to_a_verb_of_purpose_stays_active() -> None:
    sentence = "Tova Lind was hired by the Orm Library in 1962, but left to marry."
    assert split_clauses(sentence)[1] == "Tova Lind left to marry."


def test_a_bare_left_to_a_verb_of_what_befalls_a_thing_stays_passive() -> None:
    sentence = "The mill was looted by raiders in 1702, and left to burn."
    assert split_clauses(sentence)[1] == "The mill was left to burn."
    sentence = "The barge was stripped by its crew in 1871, and left to sink."
    assert split_clauses(sentence)[1] == "The barge was left to sink."
    sentence = "Mira Holt was trained by the Kell Guild in 1930, but left to teach."
    assert split_clauses(sentence)[1] == "Mira Holt left to teach."


def test_an_adverb_before_a_participle_is_no_subject() -> None:
    pieces = split_clauses(
        "Densely wooded valleys were named green lungs and were protected from 1950."
    )
    assert pieces == [
        "Densely wooded valleys were named green lungs.",
        "Densely wooded valleys were protected from 1950.",
    ]


def test_a_bare_year_after_on_is_asked_with_in() -> None:
    sentence = "Kell was sued by the miller Ivo Berg on 1888 over water rights."
    assert _question(sentence, "Ivo Berg", "person") == (
        "Which miller sued Kell in 1888 over water rights?"
    )
    assert _question(
        "Ivo Berg sued Kell on 12 May 1888 over water rights.", "Ivo Berg", "person"
    ) == ("Who sued Kell on 12 May 1888 over water rights?")


def test_a_bare_year_after_on_a_passive_verb_is_asked_with_in() -> None:
    assert _question("The first Kell almanac was published on 1887.", "1887", "year") == (
        "The first Kell almanac was published in what year?"
    )


def test_a_year_after_on_a_passive_verb_a_work_rests_on_stays_on() -> None:
    sentence = "The opera was freely based on 1812 by Tomas Eld."
    assert _question(sentence, "Tomas Eld", "person") == (
        "The opera was freely based on 1812 by whom?"
    )
    sentence = "The novel was modelled on 1905 by Rhea Moss."
    assert _question(sentence, "Rhea Moss", "person") == "The novel was modelled on 1905 by whom?"


def test_a_year_after_on_that_is_a_topic_stays_on() -> None:
    sentence = "Ivo Berg published an essay on 1848 in 1902."
    assert _question(sentence, "Ivo Berg", "person") == "Who published an essay on 1848 in 1902?"
    assert _question(sentence, "1902", "year") == (
        "In what year did Ivo Berg publish an essay on 1848?"
    )
    assert _question("Mara Voss lectured on 1968 at Kell.", "Kell", "place") == (
        "Where did Mara Voss lecture on 1968?"
    )
    assert _question("Mara Voss wrote widely on 1968.", "Mara Voss", "person") == (
        "Who wrote widely on 1968?"
    )
    assert _question("A book on 1791 was written by Ada Holt.", "Ada Holt", "person") == (
        "Who wrote a book on 1791?"
    )
