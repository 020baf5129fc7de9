"""What building a deck does besides reading the text: the garbage collector kept off while
a deck is built and set back after, and a document's texts searched as one."""

from __future__ import annotations

import gc

from factdeck.generate.extract import DocumentNames
from factdeck.generate.pipeline import _no_cycle_collection, build_deck


def test_the_collector_is_off_while_a_deck_is_built_and_back_after() -> None:
    assert gc.isenabled()
    with _no_cycle_collection():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_the_collector_left_off_by_the_caller_stays_off() -> None:
    gc.disable()
    try:
        with _no_cycle_collection():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_collector_is_back_on_after_a_deck_is_built() -> None:
    build_deck(
        "Orvik Lund founded the Tarn Guild in 1874.", deck="T", file_name="t.txt", markdown=False
    )
    assert gc.isenabled()


def test_a_document_s_texts_are_searched_as_they_grow() -> None:
    doc = DocumentNames()
    doc.texts.append("The Salt Mill (1961) stood by the Orm.")
    assert doc.writes_before_a_bracket("Salt Mill")
    assert not doc.writes_before_a_bracket("Vell Quay")
    doc.texts.append("Vell Quay (1902) was rebuilt.")
    assert doc.writes_before_a_bracket("Vell Quay")


def test_a_name_before_a_bracket_is_read_in_one_sentence_however_long() -> None:
    doc = DocumentNames()
    long_name = " ".join(["Orm"] * 30) + " Quay"
    doc.texts += ["It ended at the Salt", "Mill (1961) by the Orm.", f"The {long_name} (1902)."]
    assert not doc.writes_before_a_bracket("Salt Mill")
    assert doc.writes_before_a_bracket("Mill")
    assert doc.writes_before_a_bracket(long_name)
    assert not doc.writes_before_a_bracket(f"Kell {long_name}")
