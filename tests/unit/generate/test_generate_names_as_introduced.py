"""A name a question writes short ("Ball", "Arvo", "No. 7 Squadron") is written as the document
introduced it ("Ivo Ball", "Typhoon Arvo", "No. 7 Squadron of the KAF"), where that form is
one thing of the document; on small texts written for the tests."""

from __future__ import annotations

from factdeck.generate.clean import clean_document
from factdeck.generate.extract import extract
from factdeck.generate.gates import Restatements
from factdeck.generate.phrasing import first_sort_led_names, with_full_names
from factdeck.generate.questions import as_told, names_by_group, with_one_answer
from factdeck.generate.sentences import split_sentences
from helpers.generation import auto_fact


def _asked(text: str, *, selective: bool = False) -> list[str]:
    title = text.split("\n", 1)[0]
    sentences = split_sentences("doc", clean_document(text).text)
    return [c.question or "" for c in extract(sentences, title, selective=selective).candidates]


_FAIR = (
    "Orm Fair\n\n"
    "Orm Fair is a yearly market held in the town of Kessby. The fair was founded by Ivo Ball"
    " and three weavers in 1820. It draws some 40,000 visitors each summer.\n\n"
    "The first fair lasted three days. Ball sold the fair to the town council in 1851."
    " The council moved it to the river meadows in 1870.\n"
)


def test_a_surname_that_is_also_a_word_gets_the_full_name_first_given() -> None:
    asked = _asked(_FAIR)
    assert "In what year did Ivo Ball sell the fair to the town council?" in asked
    assert not [question for question in asked if "did Ball " in question]


def test_a_possessive_surname_before_its_noun_gets_the_full_name() -> None:
    names = {"Calder": "Anselm Calder"}
    assert with_full_names("Where was Calder's score recorded?", names) == (
        "Where was Anselm Calder's score recorded?"
    )
    assert with_full_names("What is a Calder machine?", names) == "What is a Calder machine?"


_SEASON = (
    "2031 Vell Sea storm season\n\n"
    "The 2031 Vell Sea storm season was a quiet year with nine named storms. The strongest were"
    " typhoons Arvo and Pelle, which both struck the Tarn Islands in August.\n\n"
    "Arvo formed near Kessby on August 2. Arvo flooded 4,000 houses in Lund before it weakened."
    " Typhoon Pelle formed on August 20.\n\n"
    "Tropical Storm Mira formed in October. Mira sank two fishing boats near Vell.\n"
)


def test_a_storm_s_name_alone_gets_the_sort_it_was_first_written_with() -> None:
    asked = _asked(_SEASON)
    assert "Where did Typhoon Arvo flood 4,000 houses?" in asked
    assert "How many fishing boats did Tropical Storm Mira sink near Vell?" in asked
    assert not [question for question in asked if "typhoons Typhoon" in question]


def test_a_storm_s_sort_is_read_from_its_first_mention_and_only_for_one_kind() -> None:
    names = first_sort_led_names(
        [
            "The strongest were typhoons Arvo and Pelle, and later hurricanes Sela, Tamo and Ulf.",
            "Tropical Storm Arvo formed near Kessby. The Typhoon Committee met in Orsk.",
            "Typhoon Vinna struck Lund. HMS Vinna sailed from Lund.",
        ]
    )
    assert names["Arvo"] == "Typhoon Arvo"
    assert names["Pelle"] == "Typhoon Pelle"
    assert names["Tamo"] == "Hurricane Tamo"
    assert "Committee" not in names  # a word, no storm's name
    assert "Vinna" not in names  # a storm and a ship of one name


def test_a_sort_that_would_show_the_answer_is_not_added() -> None:
    names = {"Arvo": "Typhoon Arvo"}
    assert with_full_names("What did Arvo become on August 4?", names, "typhoon") == (
        "What did Arvo become on August 4?"
    )
    assert with_full_names("Where did Arvo strike on August 4?", names, "Lund") == (
        "Where did Typhoon Arvo strike on August 4?"
    )


_SQUADRON = (
    "No. 7 Squadron KAF\n\n"
    "No. 7 Squadron is a Kessian Air Force (KAF) transport squadron. It is based at KAF Base"
    " Orsk, in the north of Kessia.\n\n"
    "No. 7 Squadron was formed at Lund on 3 May 1941. No. 7 Squadron moved to Tarnby in 1943."
    " No. 7 Squadron's aircraft were replaced in 1944. The squadron was disbanded in 1946.\n\n"
    "No. 7 Squadron moved to KAF Base Vell in 1988.\n"
)


def test_a_unit_named_by_its_title_less_its_owner_gets_its_owner() -> None:
    asked = _asked(_SQUADRON, selective=True)
    assert "Where was No. 7 Squadron of the KAF formed on 3 May 1941?" in asked
    assert "In what year was No. 7 Squadron of the KAF disbanded?" in asked
    assert "In what year did No. 7 Squadron move to KAF Base Vell?" in asked  # named already
    assert not [q for q in asked if "of the KAF's" in q]  # a possessive is left as it is


def test_a_name_given_in_full_is_read_as_its_sentence_writes_it_for_other_answers() -> None:
    texts = ["Arvo struck Lund on August 2.", "Arvo later struck Kessby on August 9."]
    fact = auto_fact("place", "Lund", texts[0], "What did Typhoon Arvo strike?")
    assert as_told(fact.prompt, fact.statement) == "What did Arvo strike?"
    names = names_by_group([("place", "Lund"), ("place", "Kessby")])
    assert not with_one_answer(fact, Restatements(texts), names).typed  # Kessby was struck too
