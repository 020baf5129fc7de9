"""Every form a typed key accepts names the same thing as the key: never the place the key
later became, never the key with a sort word that names another feature of the document."""

from hypothesis import given, settings
from hypothesis import strategies as st

from factdeck.generate.clean import clean_document
from factdeck.generate.evidence import DocumentEvidence
from factdeck.generate.extract import Span, _accepted, candidate_fact, extract
from factdeck.generate.facts import FactRecord
from factdeck.generate.gates import Restatements
from factdeck.generate.phrasing import definition
from factdeck.generate.questions import feature_forms, with_aliases, with_document_forms
from factdeck.generate.sentences import split_sentences
from factdeck.normalise import normalise
from helpers.generation import auto_fact


def _facts(text: str, title: str = "Tarland") -> dict[str, list[FactRecord]]:
    """Each answer of the text's candidates, with every form its document and its aliases
    give it."""
    cleaned = clean_document(f"{title}\n\n{text}")
    sentences = split_sentences("doc", cleaned.text)
    found = extract(sentences, title, selective=False)
    evidence = DocumentEvidence({"doc": [sentence.text for sentence in sentences]})
    restatements = Restatements([sentence.text for sentence in sentences])
    names = list(dict.fromkeys(found.pool))
    facts: dict[str, list[FactRecord]] = {}
    for candidate in found.candidates:
        fact = with_document_forms(candidate_fact(candidate, title), evidence, names)
        fact = with_aliases(fact, restatements)
        facts.setdefault(fact.answer, []).append(fact)
    return facts


def _forms(facts: list[FactRecord]) -> set[str]:
    return {normalise(form) for fact in facts for form in (fact.answer, *fact.accepted)}


def test_a_name_the_key_later_took_is_not_accepted() -> None:
    facts = _facts(
        "The colony of Vessby was founded by fishermen in 1638. "
        "Vessby, later known as Port Kalder, was merged into Norland in 1664."
    )
    assert normalise("Port Kalder") not in _forms(facts["Vessby"])


def test_a_name_the_key_also_goes_by_is_still_accepted() -> None:
    facts = _facts(
        "Harald Voss, also known as Harald the Stern, ruled Norland from 1040. "
        "Harald Voss was crowned at Vessby in 1040."
    )
    assert normalise("Harald the Stern") in _forms(facts["Harald Voss"])


def test_a_borough_is_not_its_river_nor_the_river_its_borough() -> None:
    facts = _facts(
        "The Kell is the northernmost borough of the city. "
        "The Kell River flows through the Kell to the harbour."
    )
    assert normalise("Kell River") not in _forms(facts["Kell"])
    assert normalise("Kell") not in _forms(facts["Kell River"])


def test_a_village_called_so_at_the_start_of_a_sentence_is_not_its_lake() -> None:
    facts = _facts(
        "Lake Orva lies north of Dunby. "
        "The village of Orva stands beside the lake. "
        "The Tam drains Lake Orva to the sea."
    )
    assert normalise("Lake Orva") not in _forms(facts["Orva"])
    assert normalise("Orva") in _forms(facts["Lake Orva"])  # to "Which lake ...?"


_SHORT = st.sampled_from(["Kell", "Vessa", "Orrin", "Halden", "Temmis"])
_SORTS = st.sampled_from(["River", "Mountains", "Forest", "Valley", "Lake", "Creek"])
_OTHER_SORTS = st.sampled_from(["borough", "town", "district", "county", "parish"])


@settings(max_examples=40, deadline=None)
@given(_SHORT, _SORTS, _OTHER_SORTS)
def test_a_name_called_another_sort_and_that_name_with_a_sort_word_are_two_things(
    short: str, sort: str, other: str
) -> None:
    feature = f"{short} {sort}"
    names = [short, feature, "Tarland"]
    assert feature not in feature_forms(short, names, lambda name: True, lambda name: {other})
    assert short not in feature_forms(feature, names, lambda name: True, lambda name: {other})
    sentences = [f"The {short} is the largest {other} of Tarland.", f"The {feature} is long."]
    fact = auto_fact(
        "place", short, sentences[0], f"What is the largest {other} of Tarland?", id="doc.1"
    )
    evidence = DocumentEvidence({"doc": sentences})
    forms = with_document_forms(fact, evidence, [("place", n) for n in names]).accepted
    assert normalise(feature) not in {normalise(form) for form in forms}


@settings(max_examples=20, deadline=None)
@given(_SHORT, _SORTS)
def test_a_name_called_by_its_own_sort_is_accepted_both_ways(short: str, sort: str) -> None:
    feature = f"{short} {sort}"
    called = {sort.casefold()}
    assert feature_forms(short, [short, feature], lambda name: True, lambda name: called) == [
        feature
    ]
    assert feature_forms(feature, [feature], lambda name: True, lambda name: called) == [short]


def test_the_words_that_say_why_a_name_was_given_stay_out_of_the_key() -> None:
    for sentence, term in (
        ("A street in Vessby is named Ana Ruiz Way in her honor.", "Ana Ruiz Way"),
        ("The prize is called the Holm Medal after him.", "Holm Medal"),
        ("The river bridge was named Kell Bridge in his memory.", "Kell Bridge"),
        ("The method is known as FFT for short.", "FFT"),
    ):
        found = definition(sentence)
        assert found is not None
        assert sentence[found.start : found.end] == term
        assert found.claim.endswith(f"{term}.")


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(["Ana Ruiz way", "speed of light", "way in her honor", "Holm Lind road"]),
)
def test_a_name_or_a_phrase_is_never_put_in_the_plural(term: str) -> None:
    span = Span(0, len(term), "term", term)
    assert all(not form.endswith("s") or term.endswith("s") for form in _accepted(span, term))


def _answers(text: str, title: str) -> set[str]:
    cleaned = clean_document(f"{title}\n\n{text}")
    found = extract(split_sentences("doc", cleaned.text), title, selective=False)
    return {candidate.span.text for candidate in found.candidates}


def test_a_title_with_words_in_lower_case_is_never_cut_into_an_answer() -> None:
    answers = _answers(
        "In 1962 the critic Ana Holm praised Of Mice and Men as a classic. "
        "Holm compared To Kill a Mockingbird with Vell Abbey in her review.",
        "Tarland",
    )
    assert "Ana Holm" in answers
    assert not answers & {"Of Mice", "Men", "To Kill", "Mockingbird"}


def test_the_document_s_own_title_is_one_name_and_never_the_answer() -> None:
    answers = _answers(
        "The film of Gone with the Wind was made by Selznick in 1939. "
        "Critics compared Gone with the Wind with Vell Abbey.",
        "Gone with the Wind",
    )
    assert "1939" in answers
    assert not answers & {"Gone", "Wind", "Gone with the Wind"}


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(["Of", "To", "In", "With", "For", "A"]),
    st.lists(st.sampled_from(["Mice", "Kill", "Cold", "Night", "Wind", "Light"]), min_size=1),
    st.sampled_from(["and", "a", "the", "of", "with"]),
)
def test_no_answer_is_a_piece_of_a_title_that_opens_with_a_small_word(
    opening: str, words: list[str], joining: str
) -> None:
    book = f"{opening} {words[0]} {joining} {' '.join(words[1:] or ['Men'])}"
    answers = _answers(f"In 1962 the critic Ana Holm praised {book} as a classic.", "Tarland")
    assert all(answer in ("1962", "Ana Holm", "Holm") for answer in answers), answers


def test_a_title_is_asked_about_as_one_name() -> None:
    title = "Gone with the Wind"
    cleaned = clean_document(f"{title}\n\nIn 1937 Gone with the Wind won the Tarland Prize.")
    found = extract(split_sentences("doc", cleaned.text), title, selective=False)
    questions = {c.span.text: c.question for c in found.candidates}
    assert questions["1937"] == "In what year did Gone with the Wind win the Tarland Prize?"
