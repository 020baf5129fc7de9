"""What an imported question accepts and offers: false statements that change a name, never a
figure; options that never name one body twice; typed answers in the document's other forms."""

from __future__ import annotations

from dataclasses import replace

from factdeck.generate.distractors import DistractorPool, overlapping
from factdeck.generate.evidence import DocumentEvidence
from factdeck.generate.facts import FactRecord
from factdeck.generate.questions import fact_questions
from factdeck.generate.sentences import split_sentences


def _fact(kind: str, answer: str, template: str, prompt: str, index: int) -> FactRecord:
    statement = template.format(answer=answer)
    return FactRecord(
        id=f"fact-{kind}-{index}",
        document="doc",
        quote=statement,
        statement=statement,
        kind=kind,
        answer=answer,
        prompt=prompt,
        statement_template=template,
        unique=True,
        yes_no=True,
        origin="auto",
    )


def test_a_false_statement_never_changes_a_year_a_century_or_a_date() -> None:
    cases = [
        ("year", "1851", "The mill was first opened in {answer}.", "When was the mill opened?"),
        ("period", "11th century", "The abbey was built in the {answer}.", "When was it built?"),
        ("date", "3 May 1851", "The mill was first opened on {answer}.", "When was it opened?"),
    ]
    for kind, answer, template, prompt in cases:
        for index in range(24):
            fact = _fact(kind, answer, template, prompt, index)
            questions = fact_questions(fact, DistractorPool([], [fact]))
            assert questions  # still asked, with options or typed
            assert not any(q.id.endswith(".tf-false") for q in questions)


def test_a_false_statement_swaps_a_name_of_the_document() -> None:
    entries = [("place", name, "doc") for name in ("Orsby", "Vell", "Dunby", "Kell")]
    falses = []
    for index in range(24):
        fact = _fact("place", "Orsby", "The mill was first opened in {answer}.", "Where?", index)
        fact = replace(fact, prompt="Where was the mill first opened?")
        falses += [
            q
            for q in fact_questions(fact, DistractorPool(entries, [fact]))
            if q.id.endswith(".tf-false")
        ]
    assert falses
    assert all("Orsby" not in q.prompt and q.prompt.startswith("Was the mill") for q in falses)


def _evidence(text: str) -> DocumentEvidence:
    sentences = split_sentences("doc", text)
    return DocumentEvidence(
        {"doc": [s.text for s in sentences]}, {"doc": [s.paragraph for s in sentences]}
    )


def test_two_names_of_one_body_are_never_offered_together() -> None:
    assert overlapping("Imperial Parliament", "United Kingdom Parliament")
    assert overlapping("British Parliament", "Parliament of the United Kingdom")
    assert overlapping("Federal Parliament", "Australian Parliament")
    assert not overlapping("Imperial Parliament", "Federal Parliament")
    assert not overlapping("Parliament of Tarland", "Parliament of Vellia")
    text = (
        "Tarland\n\nThe Tarland Parliament first met in 1856. The Imperial Parliament had "
        "granted the colony its charter. The United Kingdom Parliament kept a veto. The "
        "Federal Parliament met in Orsby. The Parliament of Vellia sat in Dunby."
    )
    names = [
        "Imperial Parliament",
        "United Kingdom Parliament",
        "Federal Parliament",
        "Parliament of Vellia",
    ]
    for index in range(12):
        fact = _fact(
            "organisation",
            "Tarland Parliament",
            "The {answer} first met in 1856.",
            "Which parliament first met in 1856?",
            index,
        )
        pool = DistractorPool(
            [("organisation", n, "doc") for n in names], [fact], None, _evidence(text)
        )
        chosen = pool.choose(fact)
        assert not {"Imperial Parliament", "United Kingdom Parliament"} <= set(chosen)
        assert len(chosen) == 3  # one of the two, and the other bodies


def test_a_name_the_document_pairs_with_the_predicate_is_no_option() -> None:
    text = (
        "Tarlanders\n\nThe Tarlanders were in contact with Orsby from an early date. "
        "Long before the war, the Tarlanders had come into contact with Vell. "
        "Dunby was a trading town. Kell was a trading town. Marn was a trading town."
    )
    statement = "The Tarlanders were in contact with Orsby from an early date."
    fact = replace(
        _fact(
            "place",
            "Orsby",
            "The Tarlanders were in contact with {answer} from an early date.",
            "Which town were the Tarlanders in contact with from an early date?",
            1,
        ),
        unique=False,
    )
    assert fact.statement == statement
    names = ["Orsby", "Vell", "Dunby", "Kell", "Marn"]
    evidence = _evidence(text)
    assert evidence.paired_alike("doc", statement, "Orsby", "Vell")
    assert not evidence.paired_alike("doc", statement, "Orsby", "Dunby")
    pool = DistractorPool([("place", n, "doc") for n in names], [fact], None, evidence)
    assert "Vell" not in pool.choose(fact)
