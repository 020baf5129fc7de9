"""Imported true/false items: a one-time fact, one claim, a misconception of its document."""

from dataclasses import replace

from factdeck.bank import TrueFalseQuestion
from factdeck.generate.distractors import DistractorPool
from factdeck.generate.evidence import DocumentEvidence
from factdeck.generate.facts import FactRecord, pairing_key
from factdeck.generate.questions import _false_value, fact_questions

SENTENCES = [
    "The Orbay lighthouse was first lit in 1872.",
    "Fishing boats crowded the bay of Orbay for centuries.",
    "A railway reached the town of Mell in 1881.",
    "The fish market of Mell burned down in 1866.",
    "The town of Dunfirth lies far to the south.",
]
YEARS = [("year", year, "doc") for year in ("1872", "1881", "1866", "1873")]


def _lit(
    answer: str = "1872", template: str = "The Orbay lighthouse was first lit in {answer}."
) -> FactRecord:
    return FactRecord(
        id="lit",
        document="doc",
        quote=SENTENCES[0],
        statement=template.replace("{answer}", answer),
        kind="year",
        answer=answer,
        prompt="In what year was the Orbay lighthouse first lit?",
        statement_template=template,
        sort_key=answer,
        number=int(answer),
        unique=True,
        origin="auto",
        yes_no=True,
        pairing_keys=(pairing_key(template),),
    )


def _pool(fact: FactRecord, entries: list[tuple[str, str, str]] = YEARS) -> DistractorPool:
    return DistractorPool(entries, [fact], evidence=DocumentEvidence({"doc": SENTENCES}))


def test_a_one_time_event_is_dated_falsely_with_another_year_of_its_document() -> None:
    fact = _lit()
    false = _false_value(fact, [], _pool(fact))
    # 1873 is a slip of one year; the document's 1866 and 1881 are real years of the story
    assert false in ("1866", "1881")


def test_no_false_date_where_the_document_gives_no_other_year() -> None:
    fact = _lit()
    assert _false_value(fact, [], _pool(fact, [("year", "1872", "doc")])) is None


def test_no_false_date_for_an_event_that_is_not_one_time() -> None:
    fact = replace(_lit(), unique=False)
    assert _false_value(fact, [], _pool(fact)) is None


def test_a_statement_of_two_claims_gets_no_false_version() -> None:
    template = "The Orbay lighthouse was first lit in {answer} and painted red."
    fact = _lit(template=template)
    assert _false_value(fact, [], _pool(fact)) is None
    aside = "The Orbay lighthouse, a granite tower, was first lit in {answer}."
    assert _false_value(_lit(template=aside), [], _pool(_lit(template=aside))) is None


def test_true_false_items_are_short_yes_no_questions_both_true_and_false() -> None:
    items: list[TrueFalseQuestion] = []
    for index in range(30):
        fact = replace(_lit(), id=f"lit-{index}")
        questions = fact_questions(fact, _pool(fact))
        assert len(questions) == 1
        items += [q for q in questions if isinstance(q, TrueFalseQuestion)]
    assert 0 < len(items) < 30 // 2  # a minority of the facts
    assert {item.answer for item in items} == {True, False}
    for item in items:
        assert item.prompt.startswith("Was the Orbay lighthouse first lit in ")
        assert item.prompt.endswith("?") and len(item.prompt.split()) <= 18
        if not item.answer:
            assert "1872" not in item.prompt and "1873" not in item.prompt
