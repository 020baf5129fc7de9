"""The wh-word fits the kind of thing the key is: a title the document writes as a work's
("Salt Road (1961)") is no place asked "where" or "which road", and a place of no sort after
"from" is asked "Where ... from?", never "from what?"."""

from __future__ import annotations

from factdeck.generate import phrasing
from factdeck.generate.distractors import dated_as_work
from helpers.generation import name_kinds
from helpers.generation import questions_by_key as _questions

_STUDY = (
    "Night Harbor is a 1994 film by Ada Lund. Before filming, Lund and Ivo Marr studied Kell "
    "Ross's singing in Salt Road. Salt Road (1961) was a comedy. Night Harbor won the Orm "
    "Prize in 1995."
)


def test_a_title_written_as_a_work_s_is_no_place() -> None:
    assert name_kinds(_STUDY)["Salt Road"] != "place"
    asked = _questions(_STUDY)["Salt Road"]
    assert asked
    assert not any(q.startswith("Where") or "which road" in q.casefold() for q in asked)
    assert any("in which work?" in q for q in asked)


def test_an_event_written_after_a_lower_the_is_no_work() -> None:
    dated = "Orm Brawl (1962) drew a record crowd."
    assert dated_as_work("Orm Brawl", [dated])
    assert not dated_as_work("Orm Brawl", ["Marr won the Orm Brawl in 1962.", dated])
    assert dated_as_work("The Orm Brawl", ["Ada Lund starred in The Orm Brawl (1962)."])


_STREET = "Ivo Marr ran a bakery in Salt Road. Salt Road lies in Orm. Ivo Marr retired in 1961."


def test_a_road_the_document_never_writes_as_a_work_s_stays_a_place() -> None:
    assert name_kinds(_STREET)["Salt Road"] == "place"
    assert "Where did Ivo Marr run a bakery?" in _questions(_STREET)["Salt Road"]


def _ask(text: str, answer: str, sort: str | None = None) -> str | None:
    at = text.index(answer)
    asked = phrasing.ask(text, at, at + len(answer), "place", sort=sort)
    return asked[0] if asked else None


def test_a_place_of_no_sort_after_from_is_asked_where_from() -> None:
    assert _ask("Most of the sailors were from Vellby.", "Vellby") == (
        "Where were most of the sailors from?"
    )
    assert _ask("The Orm choir moved from Vellby in 1920.", "Vellby") == (
        "Where did the Orm choir move from in 1920?"
    )
    # a sort the document gives is still asked with it
    assert _ask("Most of the sailors were from Vellby.", "Vellby", "town") == (
        "From which town were most of the sailors?"
    )


def test_a_place_after_from_is_never_asked_what() -> None:
    asked = _ask("Most of the sailors came from Vellby.", "Vellby")
    assert asked is None or "what" not in asked.casefold()
    # "from" after the verb's object is the object's: "a degree from Vellby" came from no place
    asked = _ask("Ivo was granted an honorary degree from Vellby in 1901.", "Vellby")
    assert asked is None or not asked.startswith("Where")
