"""A stem keeps what it takes from the sentence whole: a list is asked in full or not at all,
a head noun is not doubled around the wh-word. Small sentences written for the tests."""

from factdeck.generate.phrasing import ask, common_words, proper_words, with_capitals


def _ask(sentence: str, answer: str, kind: str, sort: str | None = None) -> tuple[str, str] | None:
    start = sentence.index(answer)
    return ask(sentence, start, start + len(answer), kind, sort=sort)


def test_a_stem_that_would_drop_the_rest_of_a_list_is_not_asked() -> None:
    assert (
        _ask(
            "Mara Venn lived in the districts of Kell, Orsk, Varn, and Tull.", "Mara Venn", "person"
        )
        is None
    )
    assert _ask("Mara Venn sailed to Kell and Tull.", "Mara Venn", "person") in (
        None,
        ("Who sailed to Kell and Tull?", "subject"),
    )


def test_a_whole_list_or_a_second_predicate_is_still_asked() -> None:
    assert _ask("Mara Venn lived in Kell, Orsk and Tull in 1400.", "1400", "year") == (
        "In what year did Mara Venn live in Kell, Orsk and Tull?",
        "fronted",
    )
    assert _ask(
        "Mara Venn was born in Kell, Norland, and moved to Orsk.", "Mara Venn", "person"
    ) == (
        "Who was born in Kell?",
        "subject",
    )


def test_the_head_of_the_answer_is_not_doubled_around_the_wh_word() -> None:
    asked = _ask(
        "The army of Duke Ivo Berg captured the fortress of Slen in 1412.",
        "Slen",
        "other",
        sort="fortress",
    )
    assert asked is not None
    assert "of which fortress" not in asked[0]
    assert "which fortress" in asked[0]


def test_a_capital_that_only_opened_the_sentence_is_dropped_where_the_subject_moves() -> None:
    texts = [
        "Hydrothermal vents were found in 1977.",
        "Divers have since mapped hydrothermal vents in every ocean.",
        "Apple orchards line the valley. The apple harvest sold to Apple in 1990.",
    ]
    common = common_words(texts)
    proper = proper_words(texts)
    assert with_capitals("In what year were Hydrothermal vents found?", proper, common) == (
        "In what year were hydrothermal vents found?"
    )
    # a word the document capitalises inside a sentence may be a name: it keeps its capital
    assert with_capitals("In what year did Apple buy the harvest?", proper, common) == (
        "In what year did Apple buy the harvest?"
    )
