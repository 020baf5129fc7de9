"""Imported true/false items: a one-time fact, one claim, a misconception of its document."""

from dataclasses import replace

import pytest

from factdeck.bank import QuestionType, TrueFalseQuestion
from factdeck.generate import questions
from factdeck.generate.distractors import DistractorPool
from factdeck.generate.evidence import DocumentEvidence
from factdeck.generate.facts import FactRecord, pairing_key
from factdeck.generate.pipeline import build_deck
from factdeck.generate.questions import MAX_TRUE_FALSE_SHARE, _false_value, fact_questions

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


def test_a_year_given_for_a_like_event_is_no_false_date() -> None:
    sentences = [
        "The Carrow bridge was built in 1864.",
        "The Tarris canal was built in 1866.",
        "The Holm abbey was dissolved in 1870.",
    ]
    template = "The Carrow bridge was built in {answer}."
    fact = replace(
        _lit("1864", template),
        quote=sentences[0],
        prompt="In what year was the Carrow bridge built?",
    )
    entries = [("year", year, "doc") for year in ("1864", "1866", "1870")]
    pool = DistractorPool(entries, [fact], evidence=DocumentEvidence({"doc": sentences}))
    # "built in 1866" may be said of the bridge too, for all a learner knows of the story
    assert _false_value(fact, [], pool) == "1870"


def test_a_name_is_swapped_only_where_the_statement_holds_one_name() -> None:
    sentences = ["Settlers began to enter Vell.", "Traders reached Orsby.", "Monks lived in Kell."]
    entries = [("place", name, "doc") for name in ("Vell", "Orsby", "Kell")]
    for template, holds_one in (
        ("Settlers began to enter {answer}.", False),
        ("The first settlers entered {answer}.", True),
        ("The capital of the settlers was {answer}.", False),
        ("{answer} was the capital of the settlers.", True),
    ):
        fact = FactRecord(
            id="vell",
            document="doc",
            quote=sentences[0],
            statement=template.replace("{answer}", "Vell"),
            kind="place",
            answer="Vell",
            prompt="Where did the settlers go?",
            statement_template=template,
            unique=True,
            origin="auto",
            yes_no=True,
        )
        pool = DistractorPool(entries, [fact], evidence=DocumentEvidence({"doc": sentences}))
        assert (_false_value(fact, ["Orsby", "Kell"], pool) is not None) is holds_one, template


EVENTS = [
    "The Orbay lighthouse was first lit in 1851.",
    "The railway to Mell was completed in 1856.",
    "The Dunfirth grammar school was founded in 1860.",
    "The Carrow bridge was opened in 1864.",
    "The Penlow mine was abandoned in 1869.",
    "The Tarris canal was dug in 1873.",
    "The Holm abbey was dissolved in 1877.",
    "The Brisk observatory was inaugurated in 1881.",
    "The Varn harbour wall was finished in 1885.",
    "The Selby town hall was built in 1889.",
    "The Kestle tramway was launched in 1893.",
    "The Moran dockyard was established in 1897.",
]


def test_at_most_one_imported_question_in_six_is_true_false(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(questions, "TRUE_FALSE_SHARE", 1)  # every fit fact asks to be one
    quay = "Fishing boats crowd the harbour beside the old stone quay every summer."
    text = "Varland\n\n" + "\n\n".join(f"{event} {quay}" for event in EVENTS) + "\n"
    bank = build_deck(text, deck="varland", file_name="varland.txt", markdown=False).bank
    asked = [q for q in bank.questions if q.type is not QuestionType.ORDERING]
    yes_no = [q for q in asked if isinstance(q, TrueFalseQuestion)]
    assert yes_no and len(yes_no) * MAX_TRUE_FALSE_SHARE <= len(asked)
    assert all(q.prompt.startswith(("Was ", "Were ")) and q.prompt.endswith("?") for q in yes_no)


def test_a_place_the_statement_locates_is_never_swapped() -> None:
    sentences = ["The first abbot died at Orsby in Tarland.", "Monks lived at Kell in Varn."]
    entries = [("place", name, "doc") for name in ("Orsby", "Kell")]
    for template, swapped in (
        ("The first abbot died at {answer} in Tarland.", False),
        ("The first abbot died at {answer}.", True),
        ("The first abbot died at {answer} in May.", True),  # a month locates nothing
    ):
        fact = FactRecord(
            id="abbot",
            document="doc",
            quote=sentences[0],
            statement=template.replace("{answer}", "Orsby"),
            kind="place",
            answer="Orsby",
            prompt="Where did the first abbot die?",
            statement_template=template,
            unique=True,
            origin="auto",
            yes_no=True,
        )
        pool = DistractorPool(entries, [fact], evidence=DocumentEvidence({"doc": sentences}))
        assert (_false_value(fact, ["Kell"], pool) == "Kell") is swapped, template


@pytest.mark.parametrize(
    "template",
    [
        "The Orbay lighthouse was first lit in {answer} by 1880.",
        "Before 1900 the Orbay lighthouse was first lit in {answer}.",
        "The Orbay lighthouse built in {answer} was relit in May 1901.",
    ],
)
def test_a_statement_placed_in_time_twice_is_never_asked_true_or_false(template: str) -> None:
    items = []
    for index in range(30):
        fact = replace(_lit(template=template), id=f"lit-{index}")
        assert questions.holds_a_second_time(fact)
        items += [q for q in fact_questions(fact, _pool(fact)) if q.type is QuestionType.TRUE_FALSE]
    # "Was the Orbay lighthouse first lit in 1866 by 1880?" pits one year against another
    assert items == []


def test_one_time_in_a_statement_of_a_name_still_allows_a_yes_no_question() -> None:
    fact = replace(
        _lit(),
        kind="person",
        answer="Ana Moll",
        statement_template="{answer} was crowned in May 1880.",
    )
    assert not questions.holds_a_second_time(fact)


def test_no_yes_no_question_holds_two_years() -> None:
    assert questions._yes_no("The Orbay lighthouse was first lit in 1872.") == (
        "Was the Orbay lighthouse first lit in 1872?"
    )
    assert questions._yes_no("The Orbay lighthouse was first lit in 1872 after 1866.") is None


@pytest.mark.parametrize(
    ("statement", "question"),
    [
        # a participle phrase of the subject stays with it; the clause's own verb moves
        (
            "The Orbay lighthouse built near Tarland was relit in May.",
            "Was the Orbay lighthouse built near Tarland relit in May?",
        ),
        (
            "The king gave land to men who were loyal.",
            "Did the king give land to men who were loyal?",
        ),
        # two verbs joined, only one of them could move: no question at all
        ("The king sailed to Orm in 1066 and was crowned there.", None),
        # "was" of the "where" clause is no verb of the main clause
        ("The army camped by the river where it was safe.", None),
    ],
)
def test_the_yes_no_form_moves_nothing_into_a_wrong_place(
    statement: str, question: str | None
) -> None:
    assert questions._yes_no(statement) == question
