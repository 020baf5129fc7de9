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
from helpers.generation import auto_fact

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
    return auto_fact(
        "year",
        answer,
        template.replace("{answer}", answer),
        "In what year was the Orbay lighthouse first lit?",
        id="lit",
        quote=SENTENCES[0],
        statement_template=template,
        sort_key=answer,
        number=int(answer),
        unique=True,
        yes_no=True,
        pairing_keys=(pairing_key(template),),
    )


def _pool(fact: FactRecord, entries: list[tuple[str, str, str]] = YEARS) -> DistractorPool:
    return DistractorPool(entries, [fact], evidence=DocumentEvidence({"doc": SENTENCES}))


@pytest.mark.parametrize("unique", [True, False])
def test_a_year_is_never_swapped_for_a_false_statement(unique: bool) -> None:
    fact = replace(_lit(), unique=unique)
    # the document's 1866 and 1881 are real years of the story, yet a false year only
    # tests the recall of a digit: no misconception
    assert _false_value(fact, [], _pool(fact)) is None
    items = [q for q in fact_questions(fact, _pool(fact)) if q.type is QuestionType.TRUE_FALSE]
    assert items == []


def test_a_number_is_never_swapped_for_a_false_statement() -> None:
    template = "The Orbay lighthouse had {answer} keepers."
    fact = replace(_lit(), kind="number", answer="3", statement_template=template, number=3)
    pool = _pool(fact, [("number", n, "doc") for n in ("3", "5", "7")])
    assert _false_value(fact, ["5", "7", "9"], pool) is None


def test_a_statement_of_two_claims_gets_no_false_version() -> None:
    template = "The Orbay lighthouse was first lit in {answer} and painted red."
    fact = _lit(template=template)
    assert _false_value(fact, [], _pool(fact)) is None
    aside = "The Orbay lighthouse, a granite tower, was first lit in {answer}."
    assert _false_value(_lit(template=aside), [], _pool(_lit(template=aside))) is None


KEEPERS = [
    "John Marsh was the first keeper of the Orbay lighthouse in 1872.",
    "Mary Rudd rebuilt the harbour wall of Orbay in 1875.",
    "Peter Crane painted the tower of the lighthouse in 1878.",
    "James Brisk mended the great lamp of the lighthouse in 1880.",
    "Anne Holm wrote a history of the lighthouse in 1883.",
]


def _keeper(index: int) -> tuple[FactRecord, DistractorPool]:
    template = "{answer} was the first keeper of the Orbay lighthouse in 1872."
    fact = auto_fact(
        "person",
        "John Marsh",
        KEEPERS[0],
        "Who was the first keeper of the Orbay lighthouse?",
        id=f"lit-{index}",
        statement_template=template,
        unique=True,
        yes_no=True,
        pairing_keys=(pairing_key(template),),
    )
    entries = [("person", " ".join(keeper.split()[:2]), "doc") for keeper in KEEPERS]
    return fact, DistractorPool(entries, [fact], evidence=DocumentEvidence({"doc": KEEPERS}))


def test_true_false_items_are_short_yes_no_questions_both_true_and_false() -> None:
    items: list[TrueFalseQuestion] = []
    for index in range(30):
        fact, pool = _keeper(index)
        asked = fact_questions(fact, pool)
        assert len(asked) == 1
        items += [q for q in asked if isinstance(q, TrueFalseQuestion)]
    assert 0 < len(items) < 30 // 2  # a minority of the facts
    assert {item.answer for item in items} == {True, False}
    for item in items:
        assert item.prompt.startswith("Was ")
        assert item.prompt.endswith("?") and len(item.prompt.split()) <= 18
        if not item.answer:  # another keeper of the document: a plausible misconception
            assert "John Marsh" not in item.prompt
            assert any(" ".join(keeper.split()[:2]) in item.prompt for keeper in KEEPERS)


def test_a_name_is_swapped_only_where_the_statement_holds_one_name() -> None:
    sentences = ["Settlers began to enter Vell.", "Traders reached Orsby.", "Monks lived in Kell."]
    entries = [("place", name, "doc") for name in ("Vell", "Orsby", "Kell")]
    for template, holds_one in (
        ("Settlers began to enter {answer}.", False),
        ("The first settlers entered {answer}.", True),
        ("The capital of the settlers was {answer}.", False),
        ("{answer} was the capital of the settlers.", True),
    ):
        fact = auto_fact(
            "place",
            "Vell",
            template.replace("{answer}", "Vell"),
            "Where did the settlers go?",
            id="vell",
            quote=sentences[0],
            statement_template=template,
            unique=True,
            yes_no=True,
        )
        pool = DistractorPool(entries, [fact], evidence=DocumentEvidence({"doc": sentences}))
        assert (_false_value(fact, ["Orsby", "Kell"], pool) is not None) is holds_one, template


FOUNDERS = [
    ("John Marsh", "the Orbay lighthouse"),
    ("Mary Rudd", "the railway to Mell"),
    ("Ana Crane", "the Dunfirth grammar school"),
    ("Ole Brisk", "the Carrow bridge company"),
    ("Kai Penlow", "the Penlow mine"),
    ("Uma Tarris", "the Tarris canal trust"),
    ("Eda Holm", "the Holm abbey school"),
    ("Rolf Varn", "the Brisk observatory"),
    ("Lena Selby", "the Varn harbour board"),
    ("Otto Kestle", "the Selby town band"),
    ("Ines Moran", "the Kestle tramway"),
    ("Piet Lowe", "the Moran dockyard"),
]


def test_at_most_one_imported_question_in_six_is_true_false(
    monkeypatch: pytest.MonkeyPatch, uncut: None
) -> None:
    monkeypatch.setattr(questions, "TRUE_FALSE_SHARE", 1)  # every fit fact asks to be one
    quay = "Fishing boats crowd the harbour beside the old stone quay every summer."
    events = [f"{who} founded {what} in {1851 + 4 * i}." for i, (who, what) in enumerate(FOUNDERS)]
    text = "Varland\n\n" + "\n\n".join(f"{event} {quay}" for event in events) + "\n"
    bank = build_deck(text, deck="varland", file_name="varland.txt", markdown=False).bank
    asked = [q for q in bank.questions if q.type is not QuestionType.ORDERING]
    yes_no = [q for q in asked if isinstance(q, TrueFalseQuestion)]
    assert yes_no and len(yes_no) * MAX_TRUE_FALSE_SHARE <= len(asked)
    assert all(
        q.prompt.startswith(("Was ", "Were ", "Did ")) and q.prompt.endswith("?") for q in yes_no
    )


def test_a_place_the_statement_locates_is_never_swapped() -> None:
    sentences = ["The first abbot died at Orsby in Tarland.", "Monks lived at Kell in Varn."]
    entries = [("place", name, "doc") for name in ("Orsby", "Kell")]
    for template, swapped in (
        ("The first abbot died at {answer} in Tarland.", False),
        ("The first abbot died at {answer}.", True),
        ("The first abbot died at {answer} in May.", True),  # a month locates nothing
    ):
        fact = auto_fact(
            "place",
            "Orsby",
            template.replace("{answer}", "Orsby"),
            "Where did the first abbot die?",
            id="abbot",
            quote=sentences[0],
            statement_template=template,
            unique=True,
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
