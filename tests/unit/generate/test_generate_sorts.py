"""A wh-phrase names the sort of thing the answer is wherever the document says it (the
river Varn, Tarnco, a shipping company) or the name does (Orm Falls); where no sort is known,
a bare "what" in mid-sentence is still rejected. Small texts written for the tests."""

from factdeck.generate.clean import clean_document
from factdeck.generate.extract import extract
from factdeck.generate.gates import grammatical
from factdeck.generate.phrasing import ask, named_sorts, own_sort, simplify
from factdeck.generate.sentences import split_sentences


def _ask(sentence: str, answer: str, kind: str, sort: str | None = None) -> tuple[str, str] | None:
    text = simplify(sentence)
    start = text.index(answer)
    return ask(text, start, start + len(answer), kind, sort=sort)


def test_the_document_names_a_sort_before_a_name_or_describes_it_after() -> None:
    sorts = named_sorts(
        [
            "The monks settled by the river Varn.",
            "They later built the former royal abbey of Kell.",
            "Ships were leased from Tarnco, a shipping company, in 1801.",
            "Ormvale is a market town in the north.",
            "The Orm Works, a dam system, protect the coast.",
            "Tarvik is the fastest growing port.",  # "growing" describes: no part of the sort
        ]
    )
    assert sorts == {
        "varn": "river",
        "kell": "abbey",
        "tarnco": "company",
        "ormvale": "market town",
        "orm works": "dam system",
        "tarvik": "port",
    }


def test_a_part_or_a_new_subject_after_a_name_is_no_sort() -> None:
    sorts = named_sorts(
        [
            "Traders came from the south of Ormvale.",  # a part of the town
            "At Lumo, the staff was first drawn.",  # a new subject after an opening phrase
            "Near Kell, the monks incorporated elements of older styles.",  # a clause
            "The town was known by the name Velt.",  # a name, not a sort
        ]
    )
    assert sorts == {}


def test_a_name_gives_its_own_sort_only_with_a_word_that_says_one() -> None:
    assert own_sort("Orm Falls") == "falls"
    assert own_sort("Kell Tapestry") == "tapestry"
    assert own_sort("Asia") == "continent"
    assert own_sort("Point Velt") is None  # a capitalised word that names no sort
    assert own_sort("Edward the Bold") is None  # an epithet
    assert own_sort("Kell Division I") is None


def test_a_known_sort_turns_a_bare_what_into_a_which_phrase() -> None:
    sentence = "The old mill of Kell was built on the banks of the Varn."
    bare = _ask(sentence, "Varn", "other")
    assert bare is not None and not grammatical(*bare)  # "on the banks of what?"
    assert _ask(sentence, "Varn", "other", sort="river") == (
        "The old mill of Kell was built on the banks of which river?",
        "in-situ",
    )


def test_a_sort_phrase_is_fronted_where_the_clause_can_be_inverted() -> None:
    asked = _ask("The weavers of Kell sold most of their cloth to Africa.", "Africa", "place")
    assert asked == (
        "To which continent did the weavers of Kell sell most of their cloth?",
        "fronted",
    )
    assert grammatical(*asked)


def test_the_agent_of_a_participle_describing_a_noun_stays_after_by() -> None:
    sentence = "The harbour guild of Kell used a signal system owned by Tarnco."
    asked = _ask(sentence, "Tarnco", "other", sort="company")
    assert asked == (
        "The harbour guild of Kell used a signal system owned by which company?",
        "in-situ",
    )
    assert grammatical(*asked)


_MILLS = (
    "The monks of Orm settled by the river Varn in 1102. They cleared the forest for farms. "
    "The old mill of Kell was built on the banks of the Varn. Its wheel ground grain for the "
    "whole valley. The millers of Kell paid a tithe to the abbot every autumn."
)


def test_a_sort_given_in_one_sentence_is_used_to_ask_in_another() -> None:
    cleaned = clean_document(f"Mills of Varland\n\n{_MILLS}")
    found = extract(split_sentences("doc", cleaned.text), "Mills of Varland", selective=False)
    asked = {c.question for c in found.candidates if c.span.text == "Varn"}
    assert "The old mill of Kell was built on the banks of which river?" in asked


def test_a_known_sort_replaces_an_opening_what_before_a_verb() -> None:
    assert _ask("A large army invaded Tarvik in 1185.", "Tarvik", "place", sort="city") == (
        "Which city did a large army invade in 1185?",
        "fronted",
    )
    assert _ask("Tarvik was founded by fishermen in 1102.", "Tarvik", "place", sort="port") == (
        "Which port was founded by fishermen in 1102?",
        "subject",
    )
    assert _ask("A large army invaded Tarvik in 1185.", "Tarvik", "place") == (
        "What did a large army invade in 1185?",
        "fronted",
    )


def test_a_known_sort_replaces_what_before_a_verb_in_its_ing_form() -> None:
    sorts = named_sorts(["The borough of Orsk lies on the coast."])
    sentence = "Orsk is receiving the most new residents."
    assert _ask(sentence, "Orsk", "place", sort=sorts["orsk"]) == (
        "Which borough is receiving the most new residents?",
        "subject",
    )
    assert _ask(sentence, "Orsk", "place") == (
        "What is receiving the most new residents?",
        "subject",
    )


def test_a_description_after_what_is_keeps_its_what() -> None:
    asked = _ask("Tarvik is the largest port in Varland.", "Tarvik", "place", sort="port")
    assert asked == ("What is the largest port in Varland?", "subject")
