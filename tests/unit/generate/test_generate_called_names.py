"""What people call a typed answer: a building's distinctive words, a person's full name, the
name with the sort word the question asks for; never a form that names another thing."""

from hypothesis import given, settings
from hypothesis import strategies as st

from factdeck.generate.clean import clean_document
from factdeck.generate.evidence import DocumentEvidence
from factdeck.generate.extract import candidate_fact, extract
from factdeck.generate.facts import FactRecord
from factdeck.generate.questions import (
    asked_sort_forms,
    distinctive_forms,
    feature_forms,
    given_name_forms,
    modifier_forms,
    other_number_forms,
    place_qualified_forms,
    with_document_forms,
)
from factdeck.generate.sentences import split_sentences
from factdeck.normalise import normalise
from helpers.generation import auto_fact


def _forms(text: str, answer: str, title: str = "Tarland") -> set[str]:
    """Every form the typed grader accepts for the answer's facts in the text."""
    cleaned = clean_document(f"{title}\n\n{text}")
    sentences = split_sentences("doc", cleaned.text)
    found = extract(sentences, title, selective=False)
    evidence = DocumentEvidence({"doc": [sentence.text for sentence in sentences]})
    names = list(dict.fromkeys(found.pool))
    forms: set[str] = set()
    for candidate in found.candidates:
        fact = with_document_forms(candidate_fact(candidate, title), evidence, names)
        if fact.answer == answer:
            forms |= {normalise(form) for form in (fact.answer, *fact.accepted)}
    assert forms, f"no fact asks for {answer}"
    return forms


_DISTINCT = st.sampled_from(["Orsby", "Vessa Hill", "Kaldmoor", "St. Arvid's", "Temmis"])
_INSTITUTIONS = st.sampled_from(
    ["Hospital", "Library", "High School", "Airport", "Tower", "Stadium", "Bridge", "Hall"]
)


@settings(max_examples=40, deadline=None)
@given(_DISTINCT, _INSTITUTIONS)
def test_a_building_is_called_by_its_distinctive_words_unless_they_name_another_thing(
    short: str, sort: str
) -> None:
    name = f"{short} {sort}"
    alone = [("place", "Tarland"), ("organisation", name)]
    assert distinctive_forms(name, "organisation", alone) == [short]
    for other in (("person", f"Ana {short}"), ("place", short), ("organisation", f"{short} Mill")):
        assert short not in distinctive_forms(name, "organisation", [*alone, other])


def test_a_longer_name_of_the_same_building_is_accepted() -> None:
    names = [("place", "Orsby Airport"), ("place", "Orsby International Airport")]
    assert distinctive_forms("Orsby Airport", "place", names) == [
        "Orsby International Airport",
        "Orsby",
    ]
    assert distinctive_forms("Corvin School of Music", "organisation", []) == ["Corvin"]
    assert distinctive_forms("Glacier National Park", "place", []) == []  # a common word
    assert distinctive_forms("Kell Emperor", "person", [("other", "Ming Kell Emperor")]) == ["Kell"]
    assert distinctive_forms("Temmis Khan", "person", [("person", "Temmis")]) == ["Temmis"]
    assert distinctive_forms("Temmis Khan", "person", [("place", "Temmis")]) == []


def test_the_learner_may_type_the_distinctive_words_of_a_named_place() -> None:
    forms = _forms(
        "The poet Ana Vell was born at Vessa Hill Hospital in 1902. "
        "She grew up in Orsby, a fishing town.",
        "Vessa Hill Hospital",
    )
    assert normalise("Vessa Hill") in forms


def test_a_surname_is_completed_by_the_one_given_name_the_document_writes() -> None:
    def forms(kind: str, prompt: str, names: list[str]) -> list[str]:
        return given_name_forms("Venn", kind, prompt, names, lambda form: form == "Kaito Venn")

    assert forms("person", "Who ...?", ["Kaito Venn", "Tarland"]) == ["Kaito Venn"]
    assert forms("other", "Who ...?", ["Father Kaito Venn"]) == ["Kaito Venn"]
    # two people of that surname: the surname alone does not say which full name
    assert forms("person", "Who ...?", ["Kaito Venn", "Ada Venn"]) == []
    assert forms("person", "Who ...?", ["Northern Kaito Venn"]) == []
    assert forms("other", "What ...?", ["Kaito Venn"]) == []
    # the family name first, and things named after a person
    assert given_name_forms("Venn", "person", "", ["Venn Tao"], lambda form: True) == ["Venn Tao"]
    names = ["Kaito Venn", "Venn Bridge"]
    assert given_name_forms("Venn", "person", "", names, lambda form: True) == ["Kaito Venn"]
    names = ["Kaito Venn", "Venn Tao"]
    assert given_name_forms("Venn", "person", "", names, lambda form: True) == []


def _fact(answer: str, kind: str, prompt: str, quote: str) -> FactRecord:
    return auto_fact(kind, answer, quote, prompt, id="doc.1")


def test_a_title_and_middle_names_may_be_left_out() -> None:
    claim = "The first claim was made near Orsby Creek by Miss Ada Vell in 1864."
    fact = _fact("Miss Ada Vell", "person", "Who made the first claim?", claim)
    names = [("person", "Miss Ada Vell"), ("place", "Orsby Creek")]
    assert (
        "Ada Vell" in with_document_forms(fact, DocumentEvidence({"doc": [claim]}), names).accepted
    )
    sentences = ["Father Jon Emil Tarn taught at Orsby.", "Jon Tarn later left for Vessa."]
    fact = _fact("Tarn", "person", "Who taught at Orsby?", sentences[0])
    names = [("person", "Father Jon Emil Tarn"), ("place", "Orsby"), ("place", "Vessa")]
    accepted = with_document_forms(fact, DocumentEvidence({"doc": sentences}), names).accepted
    assert {"Jon Emil Tarn", "Jon Tarn"} <= set(accepted)


def test_the_sort_the_question_asks_for_may_be_typed_with_the_name() -> None:
    def written(forms: set[str]) -> object:
        return lambda form: form in forms

    assert asked_sort_forms(
        "Vavin",
        "At which rue did she live?",
        ["Vavin"],
        written({"rue Vavin"}),
        written({"rue Vavin"}),
    ) == ["rue Vavin"]
    # "Tarland State" is part of another name, and "was" is no sort
    assert (
        asked_sort_forms(
            "Tarland",
            "Which state joined first?",
            ["Tarland State University"],
            written({"Tarland State"}),
        )
        == []
    )
    assert asked_sort_forms("Vavin", "What was built?", ["Vavin"], written({"was Vavin"})) == []


def test_a_common_noun_beside_a_name_is_no_form_of_it() -> None:
    sentences = [
        "The company Orrvik AB in Tarland builds small engines.",
        "The cell expresses the gene KLM44 in spring.",
        "Fishers came to the Kell lakes each summer.",
    ]
    evidence = DocumentEvidence({"doc": sentences})
    cases = [
        ("Orrvik AB", "organisation", "Which company in Tarland builds small engines?", 0),
        ("KLM44", "other", "Which gene does the cell express in spring?", 1),
        ("Kell", "place", "To which lakes did fishers come each summer?", 2),
    ]
    for answer, kind, prompt, at in cases:
        fact = _fact(answer, kind, prompt, sentences[at])
        accepted = with_document_forms(fact, evidence, [(kind, answer)]).accepted
        assert not any(len(form.split()) > len(answer.split()) for form in accepted), accepted
    street = ["She lived at rue Vavin for ten years."]
    fact = _fact("Vavin", "place", "At which rue did she live for ten years?", street[0])
    accepted = with_document_forms(fact, DocumentEvidence({"doc": street}), [("place", "Vavin")])
    assert "rue Vavin" in accepted.accepted


def test_a_name_of_another_thing_is_never_accepted() -> None:
    sentences = ["The Hesk Library was opened in 1963.", "Theodore Hesk led the college."]
    fact = _fact("Hesk Library", "organisation", "What was opened in 1963?", sentences[0])
    names = [("organisation", "Hesk Library"), ("person", "Theodore Hesk")]
    forms = with_document_forms(fact, DocumentEvidence({"doc": sentences}), names).accepted
    assert "Hesk" not in forms


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["Kell", "Vessa", "Orrin", "Halden", "Temmis"]),
    st.sampled_from(["River", "Mountains", "Forest", "Lake", "Creek"]),
    st.sampled_from(["{} Canal", "{} Mill", "{} College", "Ana {}", "Port {}"]),
)
def test_a_feature_is_not_called_by_a_word_another_name_shares(
    short: str, sort: str, other: str
) -> None:
    feature = f"{short} {sort}"
    assert feature_forms(feature, [feature, "Tarland"], lambda name: True) == [short]
    names = [feature, other.format(short), "Tarland"]
    assert short not in feature_forms(feature, names, lambda name: True)
    asked = f"Which {sort.casefold()} floods every spring?"
    assert feature_forms(feature, names, lambda name: True, prompt=asked) == [short]


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(["New York", "Ohio", "Tarland", "Orsby"]),
    st.sampled_from(["Temmets", "Kell Rovers", "Vessa Clarion"]),
)
def test_a_team_is_named_with_and_without_its_place(place: str, short: str) -> None:
    full = f"{place} {short}"
    names = [("place", "Tarland"), ("place", "Orsby"), ("other", full), ("other", short)]
    assert place_qualified_forms(full, names, lambda part: True) == [short]
    assert place_qualified_forms(short, names, lambda part: True) == [full]
    # the document never writes the short name alone: it may be another team's
    assert place_qualified_forms(full, names, lambda part: False) == []
    hall = [*names, ("place", f"{short} Hall")]
    assert place_qualified_forms(full, hall, lambda part: True) == []
    assert place_qualified_forms(short, hall, lambda part: True) == []
    assert place_qualified_forms(f"{place} Assembly", names, lambda part: True) == []


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(["Mexican", "Greek", "Tarlandian", "Tarlandish"]),
    st.sampled_from(["Independence War", "Football League", "Revival"]),
)
def test_an_event_or_a_body_is_named_with_and_without_its_people_s_word(
    people: str, short: str
) -> None:
    full = f"{people} {short}"
    names = [("place", "Tarland"), ("place", "Orsby"), ("event", full), ("event", short)]
    if len(short.split()) == 1:  # "Revival" alone names no one revival
        assert place_qualified_forms(full, names, lambda part: True) == []
        return
    assert place_qualified_forms(full, names, lambda part: True) == [short]
    assert place_qualified_forms(short, names, lambda part: True) == [full]
    assert place_qualified_forms(full, names, lambda part: False) == []
    rival = [*names, ("event", f"Kellish {short}")]
    assert place_qualified_forms(short, rival, lambda part: True) == []
    assert place_qualified_forms(f"Kellish {short}", names, lambda part: True) == []


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(["steam", "narrow-gauge", "open-pit", "wet"]),
    st.sampled_from(["engine", "railways", "mine", "season"]),
)
def test_a_term_is_named_without_its_nationality_and_by_its_modifier_only_to_which(
    modifier: str, head: str
) -> None:
    term = f"{modifier} {head}"
    assert modifier_forms(term, f"What {head} did Orsby build?") == []
    assert modifier_forms(term, f"Which {head} did Orsby build?") == [modifier]
    assert modifier_forms(term, "Which town built it?") == []
    assert modifier_forms(f"Danish {term}", "What did Orsby build?") == [term]
    assert modifier_forms(f"Orsby {term}", "What did Orsby build?") == []  # no nationality


def test_where_a_named_thing_is_from_may_be_left_out() -> None:
    claim = "The Orsby-based Vessa Clarion interviewed the mayor in 2009."
    fact = _fact("Orsby-based Vessa Clarion", "other", "What interviewed the mayor?", claim)
    names = [("other", "Vessa Clarion"), ("place", "Orsby")]
    forms = with_document_forms(fact, DocumentEvidence({"doc": [claim]}), names).accepted
    assert "Vessa Clarion" in forms


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["Glass Key", "Vx-9", "Vessa Stone", "Kelltrain"]))
def test_a_name_of_things_in_the_other_number_where_the_document_writes_it(name: str) -> None:
    plural = f"{name}s"
    assert other_number_forms(plural, [("other", plural)], lambda form: form == name) == [name]
    assert other_number_forms(name, [("other", name)], lambda form: form == plural) == [plural]
    assert other_number_forms(plural, [("other", plural)], lambda form: False) == []
    assert (
        other_number_forms(plural, [("other", plural), ("place", f"{name} Bay")], lambda form: True)
        == []
    )


def test_a_people_the_question_does_not_say_is_not_added_to_the_key() -> None:
    names = [("other", "Orvel Diploma"), ("other", "Vessian Orvel Diploma"), ("place", "Kessland")]
    names += [("place", "Vess")]
    asked = "Which award must doctors in Kessland hold?"
    assert place_qualified_forms("Orvel Diploma", names, lambda part: True, asked) == []
    assert place_qualified_forms(
        "Orvel Diploma", names, lambda part: True, "Which award came first?"
    ) == ["Vessian Orvel Diploma"]
    said = "Which award do doctors from Vess hold?"
    assert place_qualified_forms("Orvel Diploma", names, lambda part: True, said) == [
        "Vessian Orvel Diploma"
    ]
