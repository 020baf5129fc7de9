"""Accepted forms a learner who knows the fact types: the short names, full names and
spellings a document or a rule that always holds gives the key."""

from factdeck.generate.extract import _written_out
from factdeck.generate.questions import event_name_forms, hyphened_place_forms
from factdeck.normalise import answer_key


def _graded(typed: str, key: str, forms: list[str]) -> bool:
    return answer_key(typed) in {answer_key(form) for form in (key, *forms)}


def test_a_world_war_is_accepted_in_every_spelling_of_its_number() -> None:
    for key in ("First World War", "World War I"):
        forms = event_name_forms(key, bool)
        for typed in ("World War One", "World War 1", "World War I", "1st World War", "WWI"):
            assert _graded(typed, key, forms), (key, typed)
    for key in ("Second World War", "World War II"):
        forms = event_name_forms(key, bool)
        for typed in ("World War Two", "World War 2", "World War II", "Second World War"):
            assert _graded(typed, key, forms), (key, typed)
        assert not _graded("World War One", key, forms)


def test_a_street_word_that_closes_a_name_is_accepted_short_or_in_full() -> None:
    assert "Tessel Rd" in _written_out("Tessel Road", numbered=True)
    assert "Tessel Road" in _written_out("Tessel Rd.", numbered=True)
    assert "Marrow St" in _written_out("Marrow Street", numbered=True)
    assert "Orven Ave" in _written_out("Orven Avenue", numbered=True)
    assert "Kell Boulevard" in _written_out("Kell Blvd", numbered=True)
    # a street word that opens a name is no street's
    assert not any("Rd" in form for form in _written_out("Road Harbour", numbered=True))


def test_a_hyphened_place_is_accepted_by_its_own_name() -> None:
    text = ["The war ended with the Treaty of Vellay-sur-Orne in 1840."]
    assert hyphened_place_forms(["Treaty of Vellay-sur-Orne"], lambda word: text) == [
        "Treaty of Vellay"
    ]
    assert hyphened_place_forms(["Saint-Orm-en-Vale"], lambda word: []) == ["Saint-Orm"]
    # the document names another Vellay: the name alone is either
    both = [*text, "Vellay-sur-Loue lies upstream."]
    assert hyphened_place_forms(["Treaty of Vellay-sur-Orne"], lambda word: both) == []
    # a double name with no joining word is one name
    assert hyphened_place_forms(["Orsk-Vellay"], lambda word: []) == []
