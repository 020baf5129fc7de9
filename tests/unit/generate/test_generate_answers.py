"""What an imported question accepts and offers: false statements that change a name, never a
figure; options that never name one body twice; typed answers in the document's other forms."""

from __future__ import annotations

from dataclasses import replace

from factdeck.generate.distractors import DistractorPool
from factdeck.generate.facts import FactRecord
from factdeck.generate.questions import fact_questions


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
