"""Small rules mended after review: each case fails without its mend."""

from __future__ import annotations

from factdeck.generate.concepts import _noun_modifier
from factdeck.generate.distractors import _lifetime, described_head
from factdeck.generate.evidence import DocumentEvidence
from factdeck.generate.extract import Span, _people_by_surname, _people_named, _unshared_surname
from factdeck.generate.gates import _verbless, self_contained
from factdeck.generate.text import initialled_name


def test_a_name_ending_in_ly_is_no_adverb_before_a_participle() -> None:
    assert not _verbless("Valtaly exported which wine in 1850?")
    assert _verbless("Initially built with which stone?")


def test_none_of_names_whom_it_stands_for() -> None:
    assert self_contained("None of the three Orm ships survived which storm?")
    assert not self_contained("None survived which storm?")


def test_a_noun_that_ends_like_an_adjective_still_sorts_its_head() -> None:
    assert _noun_modifier("government")
    assert _noun_modifier("merchant")
    assert not _noun_modifier("medical")


def test_a_lifespan_whose_short_end_crosses_a_century() -> None:
    texts = ["Tovan Reskel (1895–05) was a Vellish glazier."]
    assert _lifetime("Tovan Reskel", texts) == (1895, 1905)


def test_a_place_ending_like_a_people_s_word_names_another_thing() -> None:
    assert not described_head("Orm glaze", "Morgan glaze")
    assert described_head("Orm glaze", "Kenyan glaze")
    assert described_head("Orm glaze", "Tarlandic glaze")


def test_a_negated_statement_does_not_call_the_value_one() -> None:
    evidence = DocumentEvidence({"doc": ["The vell loom is not a loom in the usual sense."]})
    assert not evidence.called_a("doc", "vell loom", "loom")
    evidence = DocumentEvidence({"doc": ["The vell loom is a loom for wool."]})
    assert evidence.called_a("doc", "vell loom", "loom")


def test_a_full_name_in_any_alphabet_has_initials() -> None:
    assert initialled_name("José Luis Orteña") == "J. L. Orteña"
    assert initialled_name("JL Orteña") is None


def test_initials_run_together_are_the_same_person() -> None:
    assert _people_named(["jr tolvin", "john ronald tolvin"]) == 1
    assert _people_named(["j r tolvin", "john ronald tolvin"]) == 1
    assert _people_named(["james tolvin", "john ronald tolvin"]) == 2


def test_a_double_surname_is_shared_where_its_last_word_is() -> None:
    span = Span(0, 25, "person", "Inés de Varga y Solter")
    people = _people_by_surname(
        [("person", "Inés de Varga y Solter"), ("person", "Tomás de Varga y Solter")]
    )
    assert _unshared_surname(span, None, people, set()) is None
    alone = _people_by_surname([("person", "Inés de Varga y Solter")])
    assert _unshared_surname(span, None, alone, set()) == "Varga"
