"""Evidence the document gives of a name's kind beyond the name's own words: a surname used
alone, a title before a surname, a preposition before a predicate, a modifier's noun."""

import pytest

from factdeck.generate import phrasing
from factdeck.generate.clean import clean_document
from factdeck.generate.extract import _collect, _name_spans, extract_candidates, prepare_sentences
from factdeck.generate.sentences import split_sentences
from helpers.generation import name_kinds


def _questions(text: str) -> list[tuple[str | None, str]]:
    sentences = split_sentences("doc", clean_document(text).text)
    return [(c.question, c.span.text) for c in extract_candidates(sentences, "Notes")]


_TREE_SITTER = (
    "Ansel Corvin Hill lived in Tessa, a 300-year-old redwood, for 40 days. "
    "Hill had trained as a nurse before the protest. "
    "Hill later wrote a book about the redwood."
)


def test_a_person_whose_surname_is_a_place_word_is_a_person() -> None:
    kinds = name_kinds(_TREE_SITTER)
    assert kinds["Ansel Corvin Hill"] == "person"
    assert kinds["Hill"] == "person"
    asked = dict(_questions(_TREE_SITTER))
    assert all(not (q or "").startswith("Which hill") for q in asked)
    assert any((q or "").startswith("Who lived in Tessa") for q in asked)


def test_a_given_name_before_a_place_word_never_used_alone_stays_a_place() -> None:
    text = "Visitors walked through Helena Lake in the spring of 1930. The lake froze in winter."
    assert name_kinds(text)["Helena Lake"] == "place"


def test_a_lone_place_word_before_a_noun_is_no_surname() -> None:
    text = "Ansel Corvin Hill stood over the valley. Hill forts once lined the ridge."
    assert name_kinds(text)["Ansel Corvin Hill"] == "place"


def test_a_surname_first_written_after_lord_is_that_person_alone() -> None:
    text = (
        "The king replaced the governor with Lord Varrow in 1712. "
        "A fleet awaited Varrow at Kessport in the spring."
    )
    assert name_kinds(text)["Varrow"] == "person"


@pytest.mark.parametrize("name", ["Falcon II", "Class II"])
def test_a_numeral_after_a_common_noun_numbers_no_ruler(name: str) -> None:
    text = f"The workshop sold the {name} to a museum in Tessel in 1950."
    assert name_kinds(text).get(name) != "person"


def test_a_numeral_after_a_given_name_still_numbers_a_ruler() -> None:
    assert name_kinds("In 1102, Harald II ruled the isles from Kessport.")["Harald II"] == "person"


def test_a_state_named_by_its_sort_before_of_is_no_person() -> None:
    text = "In 1992, the Democratic Republic of Varnia ruled by generals collapsed."
    assert name_kinds(text)["Democratic Republic of Varnia"] in ("country", "place")


def test_a_region_named_after_a_people_is_no_part_of_a_persons_name() -> None:
    text = (
        "The war ended the rule of Kelland in Spanish Ostria. "
        "Kelland, which traded Ostria to Marn to regain Tessel, kept its ports."
    )
    assert all(
        not (q or "").startswith(("Who", "Whom")) for q, key in _questions(text) if key == "Ostria"
    )


def test_a_predicate_describes_the_subject_not_a_prepositions_object() -> None:
    assert "orlen" not in phrasing.named_sorts(["The main effort by Orlen was a failure."])
    assert phrasing.named_sorts(["Orlen was a failure."]) == {"orlen": "failure"}


def test_a_fort_named_after_an_island_is_asked_as_a_fort() -> None:
    assert phrasing.head_noun("Fort Tessel Isle", "place") == "fort"
    assert phrasing.head_noun("Tessel Isle", "place") == "island"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("In his last years the duke devoted himself in Varnism.", "Varnism"),
        ("Its graduates became clergymen in Orthan and Kellic churches.", "Orthan"),
        ("The governor was killed by nobles opposed to Tessarian reforms.", "Tessarian"),
        ("The village schools were turned into Tessel-medium schools.", "Tessel-medium"),
    ],
)
def test_a_doctrine_or_a_nouns_modifier_after_in_or_to_is_no_place(text: str, name: str) -> None:
    assert name_kinds(text).get(name) != "place"


def test_a_name_after_in_or_to_is_still_a_place() -> None:
    assert (
        name_kinds("In 1902 the weaver moved to Tessarian with her sons.")["Tessarian"] == "place"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Ansel Corvin Hill lived in Tessa for 40 days. She had trained as a nurse.",
        "Ansel Corvin Hill lived in Tessa for 40 days. The court later fined Ms Hill.",
    ],
)
def test_a_pronoun_or_a_title_shows_a_place_word_surname_is_a_persons(text: str) -> None:
    assert name_kinds(text)["Ansel Corvin Hill"] == "person"


def test_it_after_a_park_leaves_it_a_place() -> None:
    text = "Helena Park opened in 1901 beside the river. It closed in 1950."
    assert name_kinds(text)["Helena Park"] == "place"


def _every_kind(text: str, name: str) -> list[str]:
    """The kind the extractor gives each mention of ``name``."""
    sentences = split_sentences("doc", clean_document(text).text)
    parsed, doc = _collect(prepare_sentences(sentences, "Notes", split=True))
    return [span.kind for item in parsed for span in _name_spans(item, doc) if span.text == name]


_NUMBERED_ROCKET = (
    "The Varno Space Office built the Tarven IV in Ossby between 1961 and 1966. "
    "After two tests the office declared the Tarven IV ready to fly men. "
    "Tarven IV flew to Kellmoor in 1968."
)


def test_a_name_with_a_rulers_number_after_an_article_is_no_person() -> None:
    kinds = _every_kind(_NUMBERED_ROCKET, "Tarven IV")
    assert len(kinds) == 3
    assert "person" not in kinds


def test_a_name_with_a_rulers_number_and_no_article_stays_a_person() -> None:
    text = "Tarven IV of Dalmor founded Ossby in 1402. Tarven IV died at Ossby in 1422."
    assert _every_kind(text, "Tarven IV") == ["person", "person"]


def test_a_numbered_thing_after_an_article_is_asked_with_what() -> None:
    asked = [q for q, answer in _questions(_NUMBERED_ROCKET) if answer == "Tarven IV" and q]
    assert "What did the Varno Space Office build in Ossby between 1961 and 1966?" in asked
    assert all(not q.startswith(("Who ", "Whom ")) for q in asked)
