"""Stems stay grammatical after the sentence is simplified: a second clause after a bare "and"
or "but" stands apart, a participle is never taken for the clause's verb, a stem that shows a
bad cut is refused, and a long stem loses the aside at its end. One rule per test, on small
sentences written for them."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from factdeck.generate.clauses import split_clauses
from factdeck.generate.phrasing import (
    _without_closing_aside,
    ask,
    clause_of,
    first_full_names,
    ill_formed,
    invert,
    main_subject,
    simplify,
)


def _ask(sentence: str, answer: str, kind: str) -> tuple[str, str] | None:
    text = simplify(sentence)
    start = text.index(answer)
    return ask(text, start, start + len(answer), kind)


def test_a_clause_after_a_bare_and_and_an_opening_phrase_stands_apart() -> None:
    assert split_clauses("Kell leads the coast in trade and in 1906, the Orm Mill closed.") == [
        "Kell leads the coast in trade.",
        "In 1906, the Orm Mill closed.",
    ]
    assert split_clauses(
        "The bridge was built by Ivo Berg in Kell and, on 3 May 1820, the first coach crossed it."
    )[0] == ("The bridge was built by Ivo Berg in Kell.")


def test_a_clause_after_a_bare_but_stands_apart() -> None:
    assert split_clauses("Ivo Berg was killed in 1888 but Orm remains a busy port.") == [
        "Ivo Berg was killed in 1888.",
        "Orm remains a busy port.",
    ]


def test_names_joined_by_a_bare_and_stay_one_clause() -> None:
    sentence = "Orm traded with Kell and Norland in 1820."
    assert split_clauses(sentence) == [sentence]
    assert split_clauses("Ada Holt was not a painter but a sculptor.") == [
        "Ada Holt was not a painter but a sculptor."
    ]


def test_the_verb_after_an_aside_is_not_read_as_a_participle_of_the_name() -> None:
    clauses = split_clauses("The last 300 soldiers, led by Ivo Berg, retreated to Kell.")
    assert not any(clause.startswith("Ivo Berg is") for clause in clauses)


def test_a_subject_that_names_no_one_is_not_lent_to_a_pronoun() -> None:
    assert main_subject("None succeeded and the siege failed") is None
    assert main_subject("The guild succeeded") == "the guild"


def test_a_participle_after_be_is_not_the_verb_that_takes_do() -> None:
    asked = _ask("The guilds generally prefer to be called trade houses.", "trade houses", "term")
    assert asked is None or "be call?" not in asked[0]


def test_a_participle_before_its_noun_is_not_the_verb() -> None:
    asked = _ask("The first armed band of settlers set sail from Kell in 1687.", "1687", "year")
    assert asked is not None
    assert "arm band" not in asked[0]
    assert "armed band" in asked[0]


def test_located_before_a_place_is_a_participle() -> None:
    asked = _ask(
        "The statue of Ivo located at the gate of the Old Town honours the fishermen of Kell.",
        "Old Town",
        "place",
    )
    assert asked is None or "locate" not in asked[0].replace("located", "")


_LONG = (
    "Since 1987 the College of Orm has held the Orm Lantern Walk, in which large teams of"
    " students carry paper lanterns from the harbour to the old chapel on the hill."
)


def test_a_long_stem_loses_the_aside_at_its_end() -> None:
    assert _ask(_LONG, "1987", "year") == (
        "Since what year has the College of Orm held the Orm Lantern Walk?",
        "fronted",
    )


def test_a_short_stem_or_an_aside_that_asks_keeps_the_aside() -> None:
    short = "Since what year has Orm held the Walk, in which teams carry lanterns?"
    assert _without_closing_aside(short) == short
    asking = (
        "In what year did the College of Orm first hold its yearly Lantern Walk up the long hill"
        " above the harbour, a procession that ends at the chapel of which saint?"
    )
    assert _without_closing_aside(asking) == asking


def test_a_year_asked_puts_a_present_be_in_the_past() -> None:
    assert _ask("In 2013, Kell is the second busiest port of Orm.", "2013", "year") == (
        "In what year was Kell the second busiest port of Orm?",
        "fronted",
    )


def test_a_stem_that_shows_a_bad_cut_is_ill_formed() -> None:
    assert ill_formed('Which trust describes Kell as "the finest port?')
    assert ill_formed("Which guild (founded in 1820 met in Kell?")
    assert ill_formed("Which port leads the coast in trade and?")
    assert ill_formed("Which port did the the guild build?")
    assert ill_formed("Which port did the guild build; the fleet sailed?")
    assert not ill_formed('Which trust describes Kell as "the finest port"?')
    assert not ill_formed("Which port had had a guild since 1820?")
    assert not ill_formed("Which river does Kell stand on?")


def test_a_wh_phrase_fronted_without_an_auxiliary_is_ill_formed() -> None:
    assert ill_formed("In what year the guild set up a court?")
    assert not ill_formed("In what year did the guild set up a court?")
    assert not ill_formed("What is the capital of Orm?")
    assert not ill_formed("Which of the guilds met in Kell?")
    assert not ill_formed("What took the title of King of Orm?")


def test_a_participle_before_with_and_a_gerund_is_not_the_verb() -> None:
    inverted = invert("The guild set up a court tasked with settling disputes in 1820")
    assert inverted is None or "task " not in inverted.rest
    provided = invert("The guild provided the town with building stone in 1820")
    assert provided is not None
    assert provided.rest.startswith("provide the town")


def test_a_stem_that_is_only_an_opening_phrase_is_not_asked() -> None:
    assert (
        _ask(
            "In the wake of poor harvests in most valleys of Orm in 1758, the new guild master"
            " decided to buy grain abroad.",
            "1758",
            "year",
        )
        is None
    )
    assert _ask(
        "Initially built with three arches, the bridge was widened.", "three", "number"
    ) != (
        "Initially built with how many arches?",
        "in-situ",
    )
    assert _ask("During the war Ivo Berg sailed to Kell with three ships.", "three", "number")


def test_an_adjective_before_a_plural_is_no_first_name() -> None:
    names = first_full_names(["Individual Tarnites", "Kell Tarnites", "Ada Holt"], (), "Orm")
    assert "Tarnites" not in names
    assert names["Holt"] == "Ada Holt"


_PIECES = st.sampled_from(
    [
        "the guild",
        "the the",
        '"the finest port',
        'port"',
        "(founded in 1820",
        "in 1820)",
        "[a",
        "note]",
        "and",
        "built",
        "Kell",
        "in Orm",
        "which",
        "the harbour",
        "of Tarn",
        "sailed to",
    ]
)


@settings(max_examples=80, deadline=None)
@given(st.lists(_PIECES, min_size=2, max_size=7))
def test_no_stem_has_an_unpaired_quote_or_bracket_or_a_doubled_word(pieces: list[str]) -> None:
    sentence = f"The Orm Trust {' '.join(pieces)} Norland in 1820."
    for answer, kind in (("Norland", "place"), ("1820", "year"), ("Orm Trust", "organisation")):
        start = sentence.index(answer)
        asked = ask(sentence, start, start + len(answer), kind)
        if asked is not None:
            stem = asked[0]
            assert stem.count('"') % 2 == 0, stem
            assert stem.count("(") == stem.count(")"), stem
            assert stem.count("[") == stem.count("]"), stem
            assert re.search(r"\b([a-z]+)\s+\1\b", stem) is None, stem


def test_a_time_of_a_participle_in_an_aside_is_not_asked_of_the_clause_with_be() -> None:
    assert (
        _ask(
            "Orm is home to the Kell Players, a troupe founded in 1932 that plays nightly.",
            "1932",
            "year",
        )
        is None
    )
    assert (
        _ask(
            "Kellnet was a set of protocols developed by Orm Ltd in 1985 for mills.", "1985", "year"
        )
        is None
    )
    assert _ask("The mill was first opened in 1914.", "1914", "year") == (
        "In what year was the mill first opened?",
        "fronted",
    )
    assert _ask("In 1914, Ivo Berg was the director of the Orm Society.", "1914", "year") == (
        "In what year was Ivo Berg the director of the Orm Society?",
        "fronted",
    )


def test_a_stem_whose_only_verb_says_where_a_thing_stands_is_not_asked() -> None:
    sentence = (
        "One famous monument, the statue of Ivo located at the gate of the Old Town, honours"
        " the fishermen of Kell."
    )
    asked = _ask(sentence, "Old Town", "place")
    assert asked is None or not asked[0].startswith("The statue of Ivo located")
    assert _ask("The statue of Ivo is located at the gate of the Old Town.", "Old Town", "place")


def test_a_stem_with_a_stranded_degree_or_a_clause_after_but_is_ill_formed() -> None:
    assert ill_formed("As what century can the guild's ambitions be seen as early?")
    assert ill_formed("How many exceptions did the court refuse, but there are?")
    assert not ill_formed("As early as what century can the guild's ambitions be seen?")


def test_singular_be_with_a_plural_complement_is_ill_formed() -> None:
    assert ill_formed("What is the most famous bridges in Kell?")
    assert not ill_formed("What is the basis of the guild's law?")
    assert not ill_formed("What was the status of the port?")
    assert not ill_formed("What is the largest of the islands?")


def test_a_pronoun_is_not_the_subject_when_its_clause_names_the_subject() -> None:
    sentence = (
        "Ivo originally named his eldest son, Arno, as the heir, but he died before Ivo in 1285."
    )
    asked = _ask(sentence, "1285", "year")
    assert asked is None or "Ivo die before Ivo" not in asked[0]
    assert clause_of("Ivo named his son as the heir, but he died in 1285.", 44, 48).text == (
        "Ivo died in 1285"
    )


def test_the_name_before_the_name_it_gives_is_asked_what_name() -> None:
    assert _ask(
        "In 1271, Ivo Khan imposed the name Great Orm on his realm.", "Great Orm", "other"
    ) == (
        "What name did Ivo Khan impose on his realm in 1271?",
        "fronted",
    )
    assert _ask("Ivo took the title of Count of Orm.", "Count of Orm", "other") == (
        "What title did Ivo take?",
        "fronted",
    )


def test_a_participle_before_a_name_in_the_subject_is_not_the_verb() -> None:
    flight = invert("The first crewed Tarven IV flight left Ossby in 1968.")
    assert flight is not None
    assert (flight.subject, flight.rest) == (
        "the first crewed Tarven IV flight",
        "leave Ossby in 1968.",
    )
    vase = invert("An early painted Harlow vase reached Dunmore in 1820.")
    assert vase is not None
    assert vase.subject == "an early painted Harlow vase"
    assert vase.rest.startswith("reach Dunmore")


def test_a_past_verb_before_a_name_with_no_verb_after_stays_the_verb() -> None:
    crew = invert("In 1968 the crew left Ossby.")
    assert crew is None or crew.rest.startswith("leave")
    guild = invert("The guild crewed the barge in 1968.")
    assert guild is not None
    assert (guild.subject, guild.rest) == ("the guild", "crew the barge in 1968.")
    first = invert("The first reached Ossby in 1968 after the pilots had left.")
    assert first is not None
    assert first.rest.startswith("reach Ossby")


def test_he_or_she_of_a_later_clause_is_never_a_plural_or_a_thing_subject() -> None:
    sentence = "Scouts had reported the weakness of the fort, so he ordered an attack on Lund."
    at = sentence.index("Lund")
    assert clause_of(sentence, at, at + 4).text.startswith("he ordered")
    academy = "The Kell Academy had few pupils, so she taught at Lund."
    at = academy.index("Lund")
    assert clause_of(academy, at, at + 4).text.startswith("she taught")
    person = "Ivo Marr had few pupils, so he taught at Lund."
    at = person.index("Lund")
    assert clause_of(person, at, at + 4).text == "Ivo Marr taught at Lund"


def test_a_question_ends_before_a_new_clause_behind_an_opening_phrase() -> None:
    sentence = (
        "The Kell Pact has worked in the case of rivers, in the case of lakes, the Orm Pact failed."
    )
    at = sentence.index("Kell Pact")
    assert clause_of(sentence, at, at + 9).text == "The Kell Pact has worked in the case of rivers"
    far = "Trade based on the Kell Pact has worked, in the case of lakes, the Orm Pact failed."
    at = far.index("Kell Pact")
    assert clause_of(far, at, at + 9).text == "Trade based on the Kell Pact has worked"


def test_an_opening_phrase_or_an_aside_is_no_clause_to_end_before() -> None:
    opening = "At Kell, in 1850, Ivo Marr built a mill."
    assert clause_of(opening, 3, 7).text == "At Kell, in 1850, Ivo Marr built a mill"
    aside = "Ivo Marr built the mill at Kell, in the north of Varland, in 1850."
    at = aside.index("Kell")
    assert clause_of(aside, at, at + 4).text == aside.rstrip(".")
    when = "When Ivo Marr came back from Orm in 1041, at the request of Ada, he built a mill."
    at = when.index("1041")
    assert clause_of(when, at, at + 4).text.endswith("he built a mill")
