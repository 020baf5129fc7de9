"""An imported question pins one defensible answer: never one member of many, a use many
things serve, a vague relation or a sort the document names several of."""

import pytest

from factdeck.generate import gates
from factdeck.generate.clean import clean_document
from factdeck.generate.extract import extract
from factdeck.generate.sentences import split_sentences


def _questions(text: str, title: str) -> list[str]:
    cleaned = clean_document(f"{title}\n\n{text}")
    found = extract(split_sentences("doc", cleaned.text), title, selective=True)
    return [c.question or "" for c in found.candidates]


def test_a_thing_asked_by_a_use_many_things_serve_is_not_asked() -> None:
    text = (
        "Solar panels are used to heat water. A telescope is used to track the Moon. "
        "A transformer is used to change voltage."
    )
    asked = _questions(text, "Household energy")
    assert not [q for q in asked if "used to" in q]


def test_an_example_of_a_sort_is_not_asked_for() -> None:
    text = "Glass is a hard material made from sand. Pyrex glass is an example of strong glass."
    asked = _questions(text, "Glass")
    assert "What is a hard material made from sand called?" in asked  # a definition pins it
    assert not [q for q in asked if "example" in q]


def test_one_part_of_a_whole_is_not_asked_for() -> None:
    text = (
        "Tarland is a county in the north of Norland. Dairy farming is an important part of "
        "the Tarland economy. Tarland is part of the Norland Union."
    )
    asked = _questions(text, "Tarland")
    assert not [q for q in asked if "part of the Tarland economy" in q]
    assert "Tarland is part of which union?" in asked  # the whole of a part is one answer


def test_a_sort_the_document_names_several_of_needs_more_than_its_subject() -> None:
    text = (
        "Tarland is a county in the north of Norland. Orm School opened in 1850. "
        "Kell School opened in 1870. Vell School is in the north of the county."
    )
    asked = _questions(text, "Tarland")
    assert "In what year did Kell School open?" in asked
    assert not [q for q in asked if q.startswith("Which school")]


def test_one_who_took_part_is_not_asked_for_but_what_they_took_part_in_is() -> None:
    text = (
        "Orm College is a small college in the town of Kelby. Ivo Berg was active in the "
        "Kelby Reading Society. Anna Holm took part in the Kelby Festival of Song."
    )
    asked = _questions(text, "Orm College")
    assert "Who was active in the Kelby Reading Society?" not in asked
    assert "Who took part in the Kelby Festival of Song?" not in asked
    assert "Which society was Ivo Berg active in?" in asked


@pytest.mark.parametrize(
    "question",
    [
        "What relates to glass in building?",
        "Who fought in the battle of Orm?",
        "What is used to track the Moon?",
        "What is used to heat water?",
        "Which school is part of Harlow University?",
        "A highly influential example of modern design is what?",
        "What is an example of heat-resistant glass called?",
        "Which club is one of the oldest in the league?",
        "One of the first teachers at the school was whom?",
        "What does the museum include?",
        "What does the college offer?",
        "Which school is in the north of Harlow?",
        "The festival features which dance?",
        "What is glass used for?",
        "What have won the championship four times?",
    ],
)
def test_a_question_of_many_answers_is_refused(question: str) -> None:
    assert not gates.one_answer(question, {"harlow", "university", "glass"}, {"school": 4})


@pytest.mark.parametrize(
    "question",
    [
        "Which university is Harlow Business School part of?",
        "The Orm problem is one of which set of problems named by Ivo Berg?",
        "What did the king offer Rollo?",
        "Which county lies south of Harlow?",
        "What is the only example of Gothic design in Orm?",
        "In what year was the kiln first used to fire clay?",
        "Chopin's music was used in which 1909 ballet by Michel Fokine?",
        "Which school is housed in Bond Hall?",
        "Which school did Ivo Berg found in 1921?",
        "Since what decade has the overuse of antibiotics been associated with resistance?",
        "By whom was the name iPod proposed?",
        "What is the largest stadium in Tarland?",
    ],
)
def test_a_question_that_pins_its_answer_passes(question: str) -> None:
    sizes = {"school": 4, "county": 3}
    assert gates.one_answer(question, {"harlow", "university", "ipod"}, sizes)


def test_a_definition_of_one_of_a_sort_pins_it_by_what_it_says_of_it() -> None:
    described = "What is a special type of problem whose answer is yes or no called?"
    assert gates.one_answer(described, named=True)
    assert not gates.one_answer("What is an example of strong glass called?", named=True)


def test_a_vague_relation_needs_a_name_besides_the_subject() -> None:
    assert not gates.one_answer("What is associated with glass making?", {"glass"})
    assert gates.one_answer("What is associated with the Orm glassworks?", {"glass"})


def test_the_sorts_of_the_document_s_names_are_counted_once_each() -> None:
    names = [
        ("organisation", "Orm School"),
        ("organisation", "Orm School"),
        ("organisation", "School of Law"),
        ("place", "Vell"),
        ("person", "Ivo Berg"),
        ("year", "1921"),
    ]
    members = gates.sort_members(names, {"vell": "town"})
    assert members == {
        "school": {"orm school": "Orm School", "school of law": "School of Law"},
        "town": {"vell": "Vell"},
    }


def test_one_of_several_things_of_a_sort_tied_to_a_name_is_not_asked_by_that_name() -> None:
    texts = [
        "The Tern College of Music is based at Kelby University.",
        "Its other colleges are the Wren College of Art and the Lark College of Law.",
        "The Lark College of Law is part of Kelby University.",
        "The Finch College stands in Dunmore.",
    ]
    names = [
        ("organisation", "Tern College of Music"),
        ("organisation", "Wren College of Art"),
        ("organisation", "Lark College of Law"),
        ("organisation", "Finch College"),
    ]
    members = gates.sort_members(names, {})
    assert gates.one_of_many_at("Which college is based at Kelby University?", texts, members)
    assert not gates.one_of_many_at("Which college stands in Dunmore?", texts, members)
    founded = "Which college did Ivo Berg found at Kelby University in 1890?"
    assert not gates.one_of_many_at(founded, texts, members)  # a deed, not a place
    built = "Which college was built at Kelby University in 1890?"
    assert not gates.one_of_many_at(built, texts, members)


_ORM = (
    "The Orm is a river in the north of Tarland. The Orm flows through Kell County. "
    "The Orm is 120 kilometres long. The Lenn Bridge over the Orm was built in 1888."
)


def test_a_which_question_another_sentence_answers_with_another_name_is_not_asked() -> None:
    asked = "Through which county does the Orm flow?"
    assert asked in _questions(_ORM, "Orm")
    also = _ORM + " Near its mouth, the Orm also flows through Vell County."
    assert asked not in _questions(also, "Orm")
    between = _ORM + " Near its mouth, the Orm flows between Vell County and Dunmore County."
    assert asked not in _questions(between, "Orm")
    other_deed = _ORM + " The Orm drains Vell County."
    assert asked in _questions(other_deed, "Orm")


def test_the_rivals_are_those_of_the_sort_a_which_question_asks() -> None:
    texts = gates.Sentences(
        ["The Orm flows through Kell County.", "The Orm flows through Vell County."]
    )
    sorts: list[str | None] = []

    def counties(sort: str | None) -> list[str]:
        sorts.append(sort)
        return ["Kell County", "Vell County"]

    asked = "Through which county does the Orm flow?"
    assert gates.paired_elsewhere(asked, "Kell County", texts, counties)
    assert not gates.paired_elsewhere(
        "What does the Orm flow through?", "Kell County", texts, counties
    )
    assert sorts == ["county"]  # no rivals sought for a question that asks no "which"


def test_who_did_a_deed_the_document_tells_of_several_people_is_not_asked() -> None:
    text = (
        "The Orm Congress was a meeting of botanists held at Kell in 1850. Per Lund opened the"
        " Orm Congress. Ada Marr {} the Orm Congress. The congress founded the Kell Botanical"
        " Society."
    )
    assert "Who opened the Orm Congress?" in _questions(text.format("chaired"), "Orm")
    assert "Who opened the Orm Congress?" not in _questions(text.format("opened"), "Orm")


def test_a_rival_of_another_clause_or_another_time_pins_nothing() -> None:
    texts = gates.Sentences(
        [
            "Ivo Brenn was cast as Marco Sciarra, Ada Marr was cast as Estrella.",
            "Per Lund visited Kell in 1850.",
            "Ada Marr visited Kell in 1862.",
        ]
    )
    people = ["Ivo Brenn", "Ada Marr", "Per Lund", "Estrella", "Marco Sciarra"]
    assert not gates.paired_elsewhere(
        "Who was Ivo Brenn cast as?", "Marco Sciarra", texts, lambda _: people
    )
    assert not gates.paired_elsewhere(
        "Who visited Kell in 1850?", "Per Lund", texts, lambda _: people
    )
    assert gates.paired_elsewhere("Who visited Kell?", "Per Lund", texts, lambda _: people)


def test_who_did_a_deed_to_an_unnamed_thing_is_paired_by_what_the_question_says() -> None:
    texts = gates.Sentences(
        [
            "Per Lund visited the botanical garden in 1850.",
            "Later, Ada Marr also visited the botanical garden.",
            "Ivo Brenn was cast as Marco, Ada Marr was cast as a villain for scenes shot in Orm.",
        ]
    )
    people = ["Per Lund", "Ada Marr", "Ivo Brenn"]
    assert gates.paired_elsewhere(
        "Who visited the botanical garden?", "Per Lund", texts, lambda _: people
    )
    assert not gates.paired_elsewhere("Who visited the zoo?", "Per Lund", texts, lambda _: people)
    villain = "Who was cast as a villain for scenes shot in Orm?"
    assert not gates.paired_elsewhere(villain, "Ada Marr", texts, lambda _: people)


def test_the_sentences_holding_a_part_are_found_inside_words_in_reading_order() -> None:
    texts = gates.Sentences(
        ["Ivo Tarnfield coached Kell.", "Orm won in 1850.", "Tarn won again.", "Kell won."]
    )
    assert texts.with_any(["Kell", "Tarn"]) == [
        "Ivo Tarnfield coached Kell.",
        "Tarn won again.",
        "Kell won.",
    ]
    assert texts.with_any(["Kell.\nOrm"]) == []  # never a match across two sentences
    assert texts.with_any(["Lund"]) == []
    assert gates.Sentences([]).with_any(["Kell"]) == []


def test_a_sentence_is_read_once_for_every_question_that_reads_it() -> None:
    texts = gates.Sentences(["Orm won in 1850.", "Kell won."])
    read: list[str] = []

    def words(text: str) -> int:
        read.append(text)
        return len(text.split())

    asked = ["Kell won.", "Kell won.", "Orm won in 1850."]
    assert [texts.read(text, words) for text in asked] == [2, 2, 4]
    assert read == ["Kell won.", "Orm won in 1850."]
