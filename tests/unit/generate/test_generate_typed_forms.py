"""Typed keys take the forms the document itself gives the answer, and no other thing's: a
name another people call it by, a town without its county, a person's initials, a century by
its hundreds."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factdeck.generate.extract import (
    Span,
    _accepted,
    century_variants,
    extract,
    hundreds_variants,
)
from factdeck.generate.facts import FactRecord
from factdeck.generate.gates import Restatements
from factdeck.generate.questions import class_noun_forms, with_aliases, with_document_forms
from factdeck.generate.sentences import split_sentences
from factdeck.generate.text import name_variants
from factdeck.normalise import normalise
from helpers.generation import auto_fact, document_evidence


def _fact(text: str, kind: str, answer: str, prompt: str, quote: str) -> FactRecord:
    """The fact asked by ``prompt`` from the sentence holding ``quote``, with every form the
    text gives its answer."""
    sentences = split_sentences("doc", text)
    names = list(dict.fromkeys(extract(sentences, "Doc").pool))
    evidence = document_evidence(text)
    statement = evidence.sentences_with_words("doc", quote)[0]
    fact = auto_fact(kind, answer, statement, prompt, id="doc.1")
    fact = with_document_forms(fact, evidence, names)
    return with_aliases(fact, Restatements([s.text for s in sentences]))


def _accepts(fact: FactRecord, typed: str) -> bool:
    return normalise(typed) in {normalise(form) for form in (fact.answer, *fact.accepted)}


_PEOPLES = st.sampled_from(["the English", "the Danes", "Vellish", "the Orsk"])
_CUES = st.sampled_from(["known to {} as", "known in {} as", "known among {} as"])


@settings(max_examples=20, deadline=None)
@given(_CUES, _PEOPLES)
def test_a_name_takes_the_name_a_people_knows_it_by(cue: str, people: str) -> None:
    text = (
        f"Fort Amsel, {cue.format(people)} Blackbird Fort, was built in 1530 to guard the bay. "
        "Fort Amsel was taken by the Orm fleet in 1602. Its walls were rebuilt in 1650."
    )
    prompt = "Which fort was taken by the Orm fleet in 1602?"
    assert _accepts(_fact(text, "place", "Fort Amsel", prompt, "1602"), "Blackbird Fort")
    assert _accepts(_fact(text, "place", "Blackbird Fort", prompt, "1602"), "Fort Amsel")


def test_a_name_known_so_at_a_time_takes_no_other_name() -> None:
    text = (
        "Fort Amsel, known in 1700 as Blackbird Fort, was built in 1530 to guard the bay. "
        "Fort Amsel was taken by the Orm fleet in 1602."
    )
    fact = _fact(text, "place", "Fort Amsel", "Which fort was taken in 1602?", "1602")
    assert not _accepts(fact, "Blackbird Fort")


_COUNTY_TOWN = (
    "In 1601 Vell signed a treaty with the Orrin County town of Brill. "
    "Brill later became the chief market for wool. Brill, Orrin County, was burned in 1660. "
    "Orrin County lies east of Vell."
)


def test_a_town_with_its_county_takes_the_town_alone_never_the_county() -> None:
    fact = _fact(_COUNTY_TOWN, "place", "Brill, Orrin County", "Which town burned in 1660?", "1660")
    assert _accepts(fact, "Brill")
    assert not _accepts(fact, "Orrin County")


def test_a_town_named_in_two_counties_keeps_its_county() -> None:
    text = _COUNTY_TOWN + " Brill, Tarn County, is a fishing village."
    fact = _fact(text, "place", "Brill, Orrin County", "Which town burned in 1660?", "1660")
    assert not _accepts(fact, "Brill")


_HISTORIAN = (
    "The first history of Vell was written by John Ronald Tolvin in 1460. "
    "J. R. Tolvin also charted the bay. The harbour was dredged by Anna Berg in 1470."
)
_PROMPT = "Who wrote the first history of Vell in 1460?"


def test_a_person_takes_the_initials_the_document_writes_for_his_given_names() -> None:
    fact = _fact(_HISTORIAN, "person", "John Ronald Tolvin", _PROMPT, "history")
    assert _accepts(fact, "J. R. Tolvin")
    initials = _fact(_HISTORIAN, "person", "J. R. Tolvin", _PROMPT, "history")
    assert _accepts(initials, "John Ronald Tolvin")


def test_initials_two_people_share_name_neither() -> None:
    text = _HISTORIAN + " James Roy Tolvin was mayor of Vell in 1502."
    fact = _fact(text, "person", "John Ronald Tolvin", _PROMPT, "history")
    assert not _accepts(fact, "J. R. Tolvin")
    initials = _fact(text, "person", "J. R. Tolvin", _PROMPT, "history")
    assert not _accepts(initials, "John Ronald Tolvin")
    assert not _accepts(initials, "James Roy Tolvin")


def test_initials_the_document_never_writes_are_not_offered() -> None:
    text = "The first history of Vell was written by John Ronald Tolvin in 1460."
    fact = _fact(text, "person", "John Ronald Tolvin", _PROMPT, "history")
    assert not _accepts(fact, "J. R. Tolvin")


def _surname_accepted(text: str) -> bool:
    found = extract(split_sentences("doc", text), "Vell", selective=True)
    (candidate,) = [c for c in found.candidates if c.span.text == "John Ronald Tolvin"]
    return "Tolvin" in candidate.span.aliases


def test_a_surname_written_with_initials_elsewhere_is_still_one_man_s() -> None:
    text = (
        "Vell Harbour is a port on the coast of Orsland.\n\n"
        "The harbour was founded by the merchant John Ronald Tolvin in 1412. "
        "J. R. Tolvin also built the first quay."
    )
    assert _surname_accepted(text)
    assert not _surname_accepted(text + " His son Marten Tolvin became mayor in 1475.")


@pytest.mark.parametrize(
    ("century", "hundreds"),
    [("14th century", "1300s"), ("the fourteenth century", "1300s"), ("2nd century", "100s")],
)
def test_a_century_takes_its_hundreds(century: str, hundreds: str) -> None:
    assert hundreds in century_variants(century)
    assert f"the {hundreds}" in century_variants(century)


@pytest.mark.parametrize("century", ["21st century", "5th century BC", "1st century"])
def test_a_century_whose_hundreds_read_otherwise_takes_none(century: str) -> None:
    assert not [form for form in century_variants(century) if form.endswith("00s")]


@settings(max_examples=30)
@given(st.integers(1, 19))
def test_hundreds_take_their_century(hundreds: int) -> None:
    forms = hundreds_variants(f"the {hundreds}00s")
    century = re.fullmatch(r"(\d+)(?:st|nd|rd|th) century", forms[1])
    assert forms[0] == f"{hundreds}00s"
    assert century is not None and int(century[1]) == hundreds + 1


@pytest.mark.parametrize("answer", ["2000s", "1880s", "the 1850", "1300"])
def test_other_figures_are_no_century(answer: str) -> None:
    assert hundreds_variants(answer) == []


@pytest.mark.parametrize(
    ("name", "joined"),
    [("Kim Il Sung", "Kim Il-sung"), ("Kim Dae Jung", "Kim Dae-jung")],
)
def test_a_korean_given_name_written_apart_is_also_joined(name: str, joined: str) -> None:
    assert joined in name_variants(name)


@pytest.mark.parametrize("name", ["John Ronald Tolvin", "Class II MHC", "Anna Maria Holm"])
def test_other_names_of_three_words_are_never_joined(name: str) -> None:
    assert not [form for form in name_variants(name) if "-" in form]


def test_a_country_after_the_class_noun_asked_is_no_short_form() -> None:
    names = [("country", "Orsland"), ("place", "Crown Orsland"), ("place", "Vell")]
    prompt = "Vell became the centre of which crown?"
    assert class_noun_forms("Crown Orsland", prompt, names) == []
    assert class_noun_forms("Storm Edda", "Which storm struck Vell?", names) == ["Edda"]


def test_a_name_before_its_class_noun_and_a_place_is_accepted_without_the_place() -> None:
    """ "Tolmer Gate" for "Tolmer Gate of Kastra" to "Which gate ...?": the learner names
    the gate and leaves out the city it stands in."""
    names = [("place", "Tolmer Gate of Kastra"), ("place", "Kastra")]
    prompt = "Which gate has reliefs of lions?"
    assert class_noun_forms("Tolmer Gate of Kastra", prompt, names) == ["Tolmer", "Tolmer Gate"]
    rival = [*names, ("place", "Tolmer Gate of Orm")]
    assert class_noun_forms("Tolmer Gate of Kastra", prompt, rival) == []

    def said(text: str) -> Callable[[str], list[str]]:
        return lambda name: [text] if name in text else []

    # "Orm Tolmer Gate", "the Tolmer Gate of Orm": the document names another gate so
    for other in ("The Orm Tolmer Gate fell.", "The Tolmer Gate of Orm fell."):
        forms = class_noun_forms("Tolmer Gate of Kastra", prompt, names, sentences=said(other))
        assert forms == ["Tolmer"]


def test_a_county_asked_as_one_is_accepted_by_its_name_alone() -> None:
    """ "Kell" for "Kell County" to "Which county ...?", though the document names a court
    after the county and calls the county "Kell" where it lists it with another."""
    names = [("place", "Kell County"), ("organisation", "Kell County Court"), ("place", "Kell")]
    prompt = "The road was transferred from which county to the state?"

    def said(*sentences: str) -> Callable[[str], list[str]]:
        return lambda name: [text for text in sentences if name in text]

    listed = said("The road runs across Kell and Orm counties.")
    assert class_noun_forms("Kell County", prompt, names, sentences=listed) == ["Kell"]
    assert class_noun_forms("Kell County", prompt, names[:2]) == ["Kell"]
    # "Kell" is also a town the document never calls a county: either may be meant
    town = said("The road runs from Kell to Orm.")
    assert class_noun_forms("Kell County", prompt, names, sentences=town) == []
    # another county of that name
    rival = [*names[:2], ("place", "North Kell County")]
    assert class_noun_forms("Kell County", prompt, rival) == []


@pytest.mark.parametrize("kind", ["term", "other"])
def test_a_language_takes_its_name_alone(kind: str) -> None:
    text = "The settlers kept the Vellish language in their churches."
    start = text.index("Vellish")
    assert "Vellish" in _accepted(Span(start, start + 16, kind, "Vellish language"), text)
    assert "Vellish" not in _accepted(Span(start, start + 14, kind, "Vellish church"), text)


def test_a_double_surname_joined_by_y_is_known_by_its_first() -> None:
    text = (
        "Vell Harbour is a port on the coast of Orsland.\n\n"
        "The harbour was founded by the merchant Tomás de Orrego y Valdés in 1412. "
        "The town hall was designed by the architect Anna Berg in 1470."
    )
    found = extract(split_sentences("doc", text), "Vell", selective=True)
    (candidate,) = [c for c in found.candidates if c.span.text == "Tomás de Orrego y Valdés"]
    assert "Orrego" in candidate.span.aliases
    assert "Valdés" not in candidate.span.aliases


@pytest.mark.parametrize("form", ["AB", "AG", "NV", "Oyj"])
def test_a_firm_takes_its_name_without_a_foreign_legal_form(form: str) -> None:
    name = f"Vellverk {form}"
    text = f"The company {name} in Orsland makes engines."
    start = text.index(name)
    assert "Vellverk" in _accepted(Span(start, start + len(name), "organisation", name), text)


def test_a_name_closed_by_other_capitals_keeps_them() -> None:
    text = "The Vell SA team won the cup."
    start = text.index("Vell SA")
    assert "Vell" not in _accepted(Span(start, start + 7, "organisation", "Vell SA"), text)


def test_a_name_holding_letters_the_document_spells_out_accepts_them_spelled() -> None:
    text = (
        "In 2000 Orvsoft released Orm KE (Kestrel Edition) for home users. "
        "Orm KE was the last of its line. Few offices bought it."
    )
    orm = _fact(text, "other", "Orm KE", "What was the last of its line?", "last of")
    assert _accepts(orm, "Orm Kestrel Edition")


def test_a_people_in_the_plural_accepts_one_of_them_and_its_adjective() -> None:
    text = (
        "In 1941 most of the fighters in the hills were Serbs from the valleys. "
        "The rising spread north in 1942. The towns were burned in 1943."
    )
    serbs = _fact(text, "other", "Serbs", "In 1941 most of the fighters were what?", "1941")
    assert all(_accepts(serbs, form) for form in ("Serb", "Serbian", "Serbians"))
    assert not _accepts(serbs, "Serbia")  # the land is no people


def test_a_people_in_the_plural_accepts_no_other_people_s_adjective() -> None:
    text = (
        "In 1941 most of the settlers on the plain were Romans from the coast. "
        "The rising spread north in 1942. The towns were burned in 1943."
    )
    romans = _fact(text, "other", "Romans", "In 1941 most of the settlers were what?", "1941")
    assert not any(_accepts(romans, form) for form in ("Romanian", "Romanians"))


def test_a_people_s_adjective_accepts_no_word_name_or_other_people() -> None:
    prompt = "About a million residents of Vessa are what?"
    roman = (
        "About a million residents of Vessa are Romanian, and Romans built its walls. "
        "The city grew fast in 1950. Its port was rebuilt in 1972."
    )
    romanian = _fact(roman, "other", "Romanian", prompt, "million")
    assert not _accepts(romanian, "Romans") and not _accepts(romanian, "Roman")
    pink = (
        "About a million residents of Vessa are Pinkish, and Pinks fill the market. "
        "The city grew fast in 1950. Its port was rebuilt in 1972."
    )
    assert not _accepts(_fact(pink, "other", "Pinkish", prompt, "million"), "Pinks")
    spoken = (
        "About a million residents of Vessa speak Orvish, more Orvs than in any other city. "
        "The city grew fast in 1950. Its port was rebuilt in 1972."
    )
    asked = "What language do about a million residents of Vessa speak?"
    assert not _accepts(_fact(spoken, "other", "Orvish", asked, "million"), "Orvs")


def test_a_people_s_adjective_accepts_the_people_the_document_names() -> None:
    text = (
        "About a million residents of Vessa are Orvish, more Orvs than in any other city. "
        "The city grew fast in 1950. Its port was rebuilt in 1972."
    )
    orvish = _fact(
        text, "other", "Orvish", "About a million residents of Vessa are what?", "million"
    )
    assert _accepts(orvish, "Orvs") and _accepts(orvish, "Orv")
    unnamed = text.replace("more Orvs", "more of them")
    prompt = "About a million residents of Vessa are what?"
    assert not _accepts(_fact(unnamed, "other", "Orvish", prompt, "million"), "Orvs")
