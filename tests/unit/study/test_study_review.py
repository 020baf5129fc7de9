"""Missed-question review: which form of the fact to ask, and which entries to show."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from study_helpers import make_bank, mc, number, ordering, tf, typed

from factdeck.progress import MissedEntry
from factdeck.study.review import review_form, review_items

T0 = datetime(2026, 3, 2, 9, tzinfo=UTC)


def entry(question_id: str, minutes: int = 0, credits: int = 0) -> MissedEntry:
    fact_id = question_id.split(".")[0]
    return MissedEntry(question_id, fact_id, T0 + timedelta(minutes=minutes), credits)


def test_recall_forms_first_rotating_with_credits() -> None:
    forms = [tf("a", True), mc("a"), tf("a", False), number("a"), typed("a")]
    missed = forms[0]  # a.tf
    assert review_form(missed, forms, credits=0).id == "a.typed"
    assert review_form(missed, forms, credits=1).id == "a.number"
    assert review_form(missed, forms, credits=2).id == "a.mc"
    assert review_form(missed, forms, credits=3).id == "a.typed"


def test_a_true_statement_is_never_the_review_form() -> None:
    forms = [tf("a", True), mc("a")]
    assert review_form(forms[1], forms, credits=0).id == "a.mc", "asked as itself"
    assert review_form(forms[1], forms, credits=1).id == "a.mc"


def test_guessable_forms_only_when_there_is_no_recall_form() -> None:
    forms = [tf("a", True), tf("a", False), mc("a")]
    assert review_form(forms[2], forms, credits=0).id == "a.tf-false"
    assert review_form(forms[2], forms, credits=1).id == "a.tf-false"
    assert review_form(forms[0], forms, credits=0).id == "a.mc"
    assert review_form(forms[0], forms, credits=1).id == "a.mc"
    both = [mc("b"), tf("b", False), ordering("b")]
    assert review_form(both[0], both, credits=0).id == "b.order-4"
    assert review_form(both[0], both, credits=1).id == "b.tf-false"


def test_a_fact_with_one_form_is_asked_as_itself() -> None:
    question = ordering("order.1234abcd")
    assert review_form(question, [question], credits=1) is question


def test_items_are_oldest_first_and_skip_removed_and_flagged() -> None:
    bank = make_bank([mc("a"), typed("a"), number("b"), mc("c"), typed("d")])
    forms = {f: bank.questions_of_fact(f) for f in bank.fact_ids}
    missed = [
        entry("a.typed", minutes=5, credits=1),
        entry("b.number", minutes=1),
        entry("gone.mc", minutes=0),  # no longer in the bank
        entry("c.mc", minutes=2),
        entry("d.typed", minutes=3),
    ]
    items = review_items(missed, bank.question, forms, hidden_facts={"c"})
    assert [(i.review_of, i.question.id) for i in items] == [
        ("b.number", "b.number"),
        ("d.typed", "d.typed"),
        ("a.typed", "a.mc"),
    ]
