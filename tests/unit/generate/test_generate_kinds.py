"""The kind the extractor gives a name: it decides the question word and the options."""

import pytest

from factdeck.generate import gates, phrasing
from factdeck.generate.clean import clean_document
from factdeck.generate.extract import _collect, _name_spans, extract_candidates, prepare_sentences
from factdeck.generate.sentences import split_sentences


def _kinds(text: str, title: str = "Notes") -> dict[str, str]:
    """Every name of the text and the kind the extractor gives it (the first one it gives)."""
    sentences = split_sentences("doc", clean_document(text).text)
    parsed, doc = _collect(prepare_sentences(sentences, title, split=True))
    kinds: dict[str, str] = {}
    for item in parsed:
        for span in _name_spans(item, doc):
            kinds.setdefault(span.text, span.kind)
    return kinds


def _spans(text: str) -> list[tuple[str, str]]:
    """Every name span of the text, in reading order, and its kind."""
    sentences = split_sentences("doc", clean_document(text).text)
    parsed, doc = _collect(prepare_sentences(sentences, "Notes", split=True))
    return [(span.text, span.kind) for item in parsed for span in _name_spans(item, doc)]


def _questions(text: str, title: str = "Notes") -> list[tuple[str | None, str]]:
    sentences = split_sentences("doc", clean_document(text).text)
    return [(c.question, c.span.text) for c in extract_candidates(sentences, title)]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a firm's legal form, before or after the name
        (
            "The mill was sold to Tarrow Weaving Limited in 1921.",
            "Tarrow Weaving Limited",
            "organisation",
        ),
        ("In 1984 the firm became Brask plc and moved to a new site.", "Brask", "organisation"),
        # a language or a style is no place, whatever preposition comes before it
        ("The poem was translated into Modern Greek in 1890.", "Modern Greek", "other"),
        (
            "The letters were copied in Early Modern English by a clerk.",
            "Early Modern English",
            "other",
        ),
        # a field of study, a prize's category: no place
        ("Ilse Varga received the Nobel Prize in Physics in 1931.", "Physics", "other"),
        ("Her son later took a degree in Astronomy at a northern college.", "Astronomy", "other"),
        # an office named after a place is neither the place nor one person
        (
            "Gerold took the title of Duke of the Western Isles in 1203.",
            "Duke of the Western Isles",
            "other",
        ),
        # a law named after a colony is not the colony
        (
            "The Colony of Marrow Act was passed in 1850 by the council.",
            "Colony of Marrow Act",
            "other",
        ),
        # the last word says what a name is: a district, not a university
        ("The new stadium was built in University Park in 1975.", "University Park", "place"),
        # a place named after a saint, and the saint
        ("The choir won fame at Saint Aldhelm in the 1080s.", "Saint Aldhelm", "place"),
        ("The monks prayed to Saint Aldhelm every morning in 1080.", "Saint Aldhelm", "person"),
        # a region's byname ending in "Empire" is no state; a real empire is one
        (
            "Many warehouses were built in the Upland Empire after the war.",
            "Upland Empire",
            "place",
        ),
        # a former state is a place of its own sort: other empires are its options, never France
        ("The Ottoman Empire captured Belgrade in 1521.", "Ottoman Empire", "place"),
        ("The Aztec Empire fell in 1521.", "Aztec Empire", "place"),
        ("The kingdom passed to the United Kingdom in 1801.", "United Kingdom", "country"),
        # a title word opening a building's name makes no person of it
        ("The Lady Chapel of the abbey was rebuilt in 1764.", "Lady Chapel", "place"),
    ],
)
def test_a_name_gets_the_kind_its_words_and_context_give(text: str, name: str, kind: str) -> None:
    assert _kinds(text).get(name) == kind


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a person's verb after a name of common words, a code or a place's hyphens is shared
        ("Tarvel Media announced a new satellite box in 1999.", "Tarvel Media"),
        ("On 3 May 1999, the broadcaster OrmTV became the largest in the region.", "OrmTV"),
        ("In 1250, Roche-du-Val became a centre of weaving.", "Roche-du-Val"),
        # the name ends a preposition's phrase: the verb (or "who") is its head noun's
        ("The weavers from Kestmoor who settled in the town built a hall.", "Kestmoor"),
        ("The princes of the Silver Vale became vassals of the king in 1191.", "Silver Vale"),
    ],
)
def test_a_persons_verb_after_a_name_that_is_not_its_subject_makes_no_person(
    text: str, name: str
) -> None:
    assert _kinds(text).get(name) != "person"


def test_a_relative_who_after_to_still_marks_a_person() -> None:
    text = "The barons came into opposition to Aldric who had claimed the northern march."
    assert _kinds(text)["Aldric"] == "person"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("This bound is due to Anna Petrova and Emil Roth, who proved it in 1980.", "Anna Petrova"),
        ("The class L is strictly contained in QPOLY by the hierarchy theorem.", "QPOLY"),
        ("The problem in Wessel arithmetic is decidable but slow.", "Wessel"),
    ],
)
def test_a_preposition_alone_makes_no_place_of_a_code_or_a_fixed_phrase(
    text: str, name: str
) -> None:
    assert _kinds(text).get(name) != "place"


def test_a_plural_noun_ending_like_a_field_is_no_field() -> None:
    assert "Critics" not in _kinds("Critics at the Daily Orm praised the speaker in 1999.")


def test_a_field_is_asked_with_which_field_and_an_empire_with_which_empire() -> None:
    assert phrasing.head_noun("Chemistry", "other") == "field"
    assert phrasing.head_noun("Ottoman Empire", "country") == "empire"
    assert phrasing.head_noun("Kingdom of Aragon", "country") == "kingdom"
    assert phrasing.head_noun("United Kingdom", "country") == "country"
    asked = dict(
        (answer, question)
        for question, answer in _questions(
            "Ilse Varga received the Nobel Prize in Physics in 1931. "
            "The Ottoman Empire captured Belgrade in 1521."
        )
    )
    assert asked["Physics"] == "In which field did Ilse Varga receive the Nobel Prize in 1931?"
    assert asked["Ottoman Empire"] == "Which empire captured Belgrade in 1521?"


def test_a_firm_defined_as_one_of_a_sort_is_not_asked_who_is_a() -> None:
    # a firm's name is now an organisation's, and "Brask Audio Limited is a British maker of
    # loudspeakers" would ask for one of many makers
    assert not gates.grammatical("Who is a British maker of loudspeakers?", "subject")
    assert not gates.grammatical("What was an early maker of loudspeakers?", "subject")
    assert gates.grammatical("Who founded Brask Audio Limited in 1971?", "subject")


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a known given name and a surname make a person, wherever the name stands
        ("The bound was first proved by Ilse Varga in 1931.", "Ilse Varga", "person"),
        (
            "The first press in the town was run by Pierre de Morvant in 1480.",
            "Pierre de Morvant",
            "person",
        ),
        # a given name that opens a place's name does not ("Santa", "El", a known place)
        ("The ships were repaired in Santa Varga in 1931.", "Santa Varga", "place"),
        (
            "Trade grew in Marvel County. The mill moved to Alta Marvel in 1931.",
            "Alta Marvel",
            "place",
        ),
    ],
)
def test_a_given_name_and_a_surname_make_a_person(text: str, name: str, kind: str) -> None:
    assert _kinds(text).get(name) == kind


def test_a_surname_before_a_noun_qualifies_the_noun() -> None:
    text = "The proof is due to Ilse Varga in 1931. A Varga lattice has no least element."
    kinds = _kinds(text)
    assert kinds["Ilse Varga"] == "person"
    assert kinds.get("Varga") != "person"


def test_a_single_unknown_word_before_a_persons_verb_is_no_person() -> None:
    # a firm announces as a person does: only a known given name makes the verb a person's
    kinds = _kinds("In 2013, the broadcaster and Quantrix announced a settlement in court.")
    assert kinds.get("Quantrix") != "person"
    assert _kinds("In 1130, the knights and Rollo announced a truce at the river.")["Rollo"] == (
        "person"
    )


def test_the_surname_of_a_person_known_by_a_given_name_is_a_person_alone() -> None:
    text = (
        "The plan came from Ilse Varga in 1988. Before the launch, Varga described sport as the"
        " key to growth. Every Varga machine was built in Leeds."
    )
    spans = _spans(text)
    assert ("Varga", "person") in spans
    assert spans.count(("Varga", "person")) == 1  # not the machine's


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a capitalised function word opens no name; "St." keeps its stop and the saint's hall
        (
            "When St. Orla's Hall was finished in 1931, the choir moved there.",
            ["St. Orla's Hall"],
        ),
        ("After Mt. Kerrow erupted in 1822, the villagers moved south.", ["Mt. Kerrow"]),
        # a title word inside a name does not split it
        (
            "The Academy of Notre Dame campus lies north of the mill town.",
            ["Academy of Notre Dame"],
        ),
        ("The Lady Chapel of the abbey was rebuilt in 1764.", ["Lady Chapel"]),
        ("Her brother studied at King's College in 1902.", ["King's College"]),
        # a title that opens a person's name still marks the person
        ("Dame Ilsa Marrow opened the library in 1960.", ["Ilsa Marrow"]),
    ],
)
def test_a_name_is_whole_and_opens_with_a_name_word(text: str, names: list[str]) -> None:
    assert [name for name, _ in _spans(text)] == names


def test_a_preposition_that_names_a_region_still_opens_its_name() -> None:
    assert [name for name, _ in _spans("Traders sailed to the Near East in 1190.")] == ["Near East"]
