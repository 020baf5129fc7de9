"""A stem keeps what it takes from the sentence whole: a list is asked in full or not at all,
a head noun is not doubled around the wh-word. Small sentences written for the tests."""

from factdeck.generate.extract import extract
from factdeck.generate.phrasing import (
    ask,
    common_words,
    named_sorts,
    names_a_thing,
    opens_with_possessive,
    proper_words,
    unpaired_dash,
    with_capitals,
)
from factdeck.generate.sentences import split_sentences


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
    assert _ask("In 1851 gold was found near Kell, and later at Orsk.", "1851", "year") == (
        "In what year was gold found near Kell?",
        "fronted",
    )
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


def test_a_stem_with_a_dash_aside_cut_open_is_not_asked() -> None:
    assert unpaired_dash(
        "In what year had the ownership of the group—originally been at the centre?"
    )
    assert unpaired_dash("In what year did the fleet sail to Kell—a port of Orsk—?")
    assert not unpaired_dash("In what year did the fleet—a small one—sail?")
    assert not unpaired_dash("In what year did the fleet – a small one – sail?")
    assert not unpaired_dash("Who sailed the Kell–Orsk route?")
    for sentence in (
        "The fleet sailed in 1588—a year of storms.",
        "The fleet sailed to Kell in 1588—and to Orsk in 1590.",
        "The ownership of the group had—originally, in 1921, been at the centre of a lawsuit.",
    ):
        assert _ask(sentence, "1588" if "1588" in sentence else "1921", "year") is None


def test_a_thing_named_for_a_person_is_asked_with_which_or_what() -> None:
    text = (
        "Marsh Hotels is a hotel company in Leeds. The group bought the Henry Lowell, a liner, "
        "in 1955 and sold it in 1961. The Henry Lowell sank in 1966."
    )
    kept = extract(split_sentences("doc", text), "Marsh Hotels").candidates
    asked = [c.question or "" for c in kept if c.span.text == "Henry Lowell"]
    assert "Which liner sank in 1966?" in asked
    assert not any(question.startswith(("Who", "Whom")) for question in asked)
    sold = "Marsh Hotels sold the Edith Grant in 1960."
    assert names_a_thing(sold, sold.index("Edith"), sold.index(" in"), None)
    assert not names_a_thing("Edith Grant sold the inn in 1960.", 0, 11, None)
    greeted = "Ada Venn greeted the Orm Emperor in 1410."
    assert not names_a_thing(greeted, greeted.index("Orm"), greeted.index(" in"), None)


def test_a_sort_in_apposition_is_read_before_a_place() -> None:
    sorts = named_sorts(["Marsh Hotels bought the Edith Grant, a hotel in Chicago, in 1949."])
    assert sorts.get("edith grant") == "hotel"


def test_a_key_never_opens_with_a_possessive_pronoun() -> None:
    text = (
        "A pasture can feed only a limited number of animals. The size of a herd that a "
        "pasture can support is called its carrying capacity. Soil holds water in pores."
    )
    kept = extract(split_sentences("doc", text), "Grazing", selective=True).candidates
    keys = [c.span.text for c in kept]
    assert "carrying capacity" in keys
    assert not any(opens_with_possessive(key) for key in keys)
    assert opens_with_possessive("their porosity")
    assert not opens_with_possessive("Itsukushima Shrine")


def test_a_place_inside_an_apposition_is_not_asked_where_the_deed_was() -> None:
    sentence = "Marsh Hotels purchased the Astor Grand, a hotel in Kell, in 1949."
    assert _ask(sentence, "Kell", "place") is None
    assert _ask("Marsh Hotels purchased the Astor Grand in Kell in 1949.", "Kell", "place") == (
        "Where did Marsh Hotels purchase the Astor Grand in 1949?",
        "fronted",
    )
