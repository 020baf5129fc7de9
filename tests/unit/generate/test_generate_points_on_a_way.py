"""A road leaves another at a street: "Where did it leave?" takes the town around the street
as well, so the question asks "At which street ...?"."""

from __future__ import annotations

from factdeck.generate.phrasing import ask


def _asked(sentence: str, answer: str) -> str | None:
    start = sentence.index(answer)
    found = ask(sentence, start, start + len(answer), "place")
    return found[0] if found else None


def test_a_street_where_one_road_meets_another_is_asked_as_a_street() -> None:
    sentence = "Route 40 left Route 7 at Mill Street in 1931."
    assert _asked(sentence, "Mill Street") == "At which street did Route 40 leave Route 7 in 1931?"
    junction = "The old road met the coast road at Brannock Junction."
    assert _asked(junction, "Brannock Junction") == (
        "At which junction did the old road meet the coast road?"
    )


def test_a_town_where_a_road_meets_another_is_still_asked_where() -> None:
    sentence = "Route 40 left Route 7 at Brannock in 1931."
    assert _asked(sentence, "Brannock") == "Where did Route 40 leave Route 7 in 1931?"


def test_a_place_named_road_with_no_way_before_it_is_asked_where() -> None:
    sentence = "Kellby United play their home games at Orm Road."
    asked = _asked(sentence, "Orm Road")
    assert asked is not None and asked.startswith("Where")
    lane = "The club moved to a new ground at Vell Lane in 1899."
    asked = _asked(lane, "Vell Lane")
    assert asked is not None and asked.startswith("Where")


def test_a_thing_sited_at_a_road_is_asked_at_which_road() -> None:
    sentence = "The Orm hospital is located at Kell Road."
    assert _asked(sentence, "Kell Road") == "At which road is the Orm hospital located?"


def test_a_route_named_by_its_letters_is_a_way() -> None:
    sentence = "VR 12 left VR 4 at Tarn Street in Kellby."
    asked = _asked(sentence, "Tarn Street")
    assert asked is not None and asked.startswith("At which street did VR 12 leave VR 4")
    dated = "Kellby United played their first game in 1931 at Orm Road."
    assert not (_asked(dated, "Orm Road") or "").startswith("At which road")
