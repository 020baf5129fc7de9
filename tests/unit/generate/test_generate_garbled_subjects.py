"""What a document's subject is and what stands for it: a person described with a work's
word ("a film actor") is no work, the head noun after a list of modifiers is the class noun,
and the subject's name never stands for its own former name ("the society's name was
changed to ...")."""

from __future__ import annotations

from factdeck.generate import topics
from factdeck.generate.extract import _class_noun, _class_noun_inside, _class_noun_named


def test_a_person_described_by_a_work_word_is_no_work() -> None:
    def sort(first: str) -> str | None:
        name = first.split(" is ")[0]
        return topics._sort(name, name, None, first, topics._SORTS)

    assert sort("Ada Lund is a Welsh film, television and stage actor.") is None
    assert sort("Ada Lund is a Welsh film actor.") is None
    assert sort("Orm Hall is a 1999 film directed by Ivo Berg.") == "film"
    assert sort("Orm Hall is a 2001 film set in Kell.") == "film"
    assert sort("Kell is a small market town in Orm.") == "town"
    assert sort("The Kell Board is a city council in Orm.") == "council"


def test_the_subject_is_not_put_in_for_its_former_name() -> None:
    renamed = (
        "In the spirit of reform the society's name was changed to Kell Rowing Society in 1960."
    )
    assert _class_noun_inside(renamed, "society", "The Kell Rowing Society") == renamed
    assert _class_noun_named(
        "The society's name was changed to Kell Rowing Society in 1960.",
        "society",
        "The Kell Rowing Society",
    ).startswith("The society's")
    assert (
        _class_noun_inside(
            "In 1960 the society's boats were sold.", "society", "The Kell Rowing Society"
        )
        == "In 1960 the Kell Rowing Society's boats were sold."
    )


def test_the_class_noun_is_the_head_after_listed_modifiers() -> None:
    assert _class_noun("Ada Lund is a Welsh film, television and stage actor.", "Ada Lund") == (
        "actor"
    )
    assert _class_noun("Orm Hall is a 1999 film directed by Ivo Berg.", "Orm Hall") == "film"
    assert _class_noun("Kell is a town, port and parish in Orm.", "Kell") == "town"


def test_two_nouns_joined_by_and_keep_the_first_as_the_subject_s_noun() -> None:
    assert _class_noun("Ivo Orm is a British writer and former police officer.", "Ivo Orm") == (
        "writer"
    )
    assert _class_noun("Ada Lund is an English singer and actor living in Orm.", "Ada Lund") == (
        "singer"
    )
    assert _class_noun("Ada Lund is an English film, stage and radio actor.", "Ada Lund") == "actor"
