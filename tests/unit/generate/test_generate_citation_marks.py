"""Footnote and citation debris copied from a web page ("port.[1]", "[citation needed]",
"History [edit]", a caret's back-link, a reference list's "1 ^" lines) never reaches a
sentence's text, a prompt, a key or an option; each quote stays verbatim."""

from __future__ import annotations

import re

from factdeck.generate.clean import clean_document, without_citation_marks
from factdeck.generate.pipeline import build_deck
from factdeck.generate.sentences import split_sentences

_PAGE = (
    "Tessel Quay\n\n"
    "Tessel Quay is a fishing port on the west coast of Orvany.[1] It was founded in 1642 by "
    "the merchant Ivo Tarn.[2][3] The quay was enlarged in 1790 by the engineer Ada "
    "Holt.[citation needed]\n\n"
    "History[edit]\n\n"
    "In 1712 a storm destroyed the old pier,[4] and the town council rebuilt it in 1716.[a] "
    "The lighthouse was designed by Mara Voss in 1801.^ The railway from Kell reached the "
    "quay in 1850.[5]: 12 The Tessel Net Company was founded in 1861 by Odo Berg.[6][better "
    "source needed] It was sold in 1902 to the Kell Trading House,[by whom?] a merchant "
    "bank.[7]^ [8]\n\n"
    "Trade [edit]\n\n"
    "As of 2014[update], the largest employer is the Tessel Cannery, opened in 1921 by Lena "
    "Voss.\n\n"
    "1 ^ Tarn, Ivo (1650). A Chronicle of the West Coast.\n"
    "a b c ^ Holt, Ada (1795). The Quay Works.\n"
    "^ Voss, Mara (1805). Lights of Orvany.\n"
)
_DEBRIS = re.compile(r"\[|\]|\^|citation|needed|whom|edit|update")


def test_reference_lines_go_and_an_edit_link_leaves_its_heading() -> None:
    cleaned = clean_document(_PAGE)
    reasons = {drop.text: drop.reason for drop in cleaned.drops}
    assert reasons["1 ^ Tarn, Ivo (1650). A Chronicle of the West Coast."] == "reference"
    assert reasons["a b c ^ Holt, Ada (1795). The Quay Works."] == "reference"
    assert reasons["^ Voss, Mara (1805). Lights of Orvany."] == "reference"
    assert [name for _, name in cleaned.headings] == ["Tessel Quay", "History", "Trade"]


def test_sentences_end_after_their_citations_and_show_none() -> None:
    cleaned = clean_document(_PAGE)
    sentences = split_sentences("doc", cleaned.text)
    texts = [s.text for s in sentences]
    assert texts[:3] == [
        "Tessel Quay is a fishing port on the west coast of Orvany.",
        "It was founded in 1642 by the merchant Ivo Tarn.",
        "The quay was enlarged in 1790 by the engineer Ada Holt.",
    ]
    assert "The lighthouse was designed by Mara Voss in 1801." in texts
    assert "The railway from Kell reached the quay in 1850." in texts
    assert not any(_DEBRIS.search(text) for text in texts), texts
    assert all(s.quote in _PAGE for s in sentences)
    assert sentences[0].quote.endswith("Orvany.[1]")


def test_no_prompt_key_or_option_keeps_debris() -> None:
    bank = build_deck(_PAGE, deck="tessel", file_name="tessel.txt", markdown=False).bank
    assert bank.questions
    for question in bank.questions:
        shown = [
            question.prompt,
            question.answer,
            *getattr(question, "options", []),
            *getattr(question, "accepted", []),
        ]
        assert not any(_DEBRIS.search(text) for text in shown), shown


def test_insertions_sounds_and_exponents_are_no_debris() -> None:
    for kept in (
        'she called it "[h]ousing for all"',
        "the sound [s] of Latin",
        "crime [and] fear",
        "the interval [0,4]",
        "x^2 and R ^{2}",
        "a tolerance of 10^-6 metres",
        "a cut [...] in the text",
    ):
        assert without_citation_marks(kept) == kept
