"""CSV export: exact text for a small bank, and the round trip through deck_from_pairs."""

from __future__ import annotations

import csv
from pathlib import Path

from factdeck.bank import load_bank
from factdeck.export.tabular import csv_text, deck_from_pairs, write_csv

FIXTURE = Path(__file__).parents[2] / "fixtures" / "export" / "bank.json"

EXPECTED_ROWS = [
    ["id", "type", "prompt", "answer", "options", "explanation", "document", "quote", "topics"],
    [
        "relations-established.mc",
        "multiple_choice",
        "On what date did Cuba and North Korea establish diplomatic relations?",
        "29 August 1960",
        "29 August 1960 | 1 January 1959 | 12 April 1961 | 3 March 1962",
        "Cuba and North Korea established diplomatic relations on 29 August 1960.",
        "Cuba–North Korea relations",
        "Cuba and North Korea established diplomatic relations on 29 August 1960.",
        "Cold War | diplomacy",
    ],
    [
        "relations-established.typed",
        "typed",
        "On what date did Cuba and North Korea establish diplomatic relations?",
        "29 August 1960",
        "",
        "Cuba and North Korea established diplomatic relations on 29 August 1960.",
        "Cuba–North Korea relations",
        "Cuba and North Korea established diplomatic relations on 29 August 1960.",
        "Cold War | diplomacy",
    ],
    [
        "relations-established.tf",
        "true_false",
        "Cuba and North Korea established diplomatic relations on 29 August 1960.",
        "true",
        "",
        "Cuba and North Korea established diplomatic relations on 29 August 1960.",
        "Cuba–North Korea relations",
        "Cuba and North Korea established diplomatic relations on 29 August 1960.",
        "Cold War | diplomacy",
    ],
    [
        "che-visit.tf-false",
        "true_false",
        "Che Guevara visited North Korea in 1965.",
        "false",
        "",
        "Che Guevara visited North Korea in 1960.",
        "Cuba–North Korea relations",
        "Che Guevara visited North Korea in 1960",
        "Cold War",
    ],
    [
        "che-visit.mc",
        "multiple_choice",
        "In which year did Che Guevara visit North Korea?",
        "1960",
        "1958 | 1960 | 1963 | 1965",
        "Che Guevara visited North Korea in 1960.",
        "Cuba–North Korea relations",
        "Che Guevara visited North Korea in 1960",
        "Cold War",
    ],
    [
        "embassy-count.number",
        "number",
        "How many embassies does Cuba have in Pyongyang?",
        "1",
        "",
        "Cuba has 1 embassy in Pyongyang.",
        "Cuba–North Korea relations",
        "one embassy in Pyongyang",
        "diplomacy",
    ],
    [
        "embassy-count.mc",
        "multiple_choice",
        "How many embassies does Cuba have in Pyongyang? (choose)",
        "1",
        "1 | 2 | 3 | 4",
        "Cuba has 1 embassy in Pyongyang.",
        "Cuba–North Korea relations",
        "one embassy in Pyongyang",
        "diplomacy",
    ],
    [
        "rocket-fuel.tf",
        "true_false",
        "Rocket A burns fuel X < Y & Z.",
        "true",
        "",
        "Rocket A burns fuel X < Y & Z.",
        "Space & Rockets <notes>",
        "burns fuel X < Y & Z",
        "space",
    ],
    [
        "order.1a2b3c4d",
        "ordering",
        "Put these events in order, earliest first.",
        "Relations established | Che Guevara visits North Korea | Embassy opens",
        "Che Guevara visits North Korea | Relations established | Embassy opens",
        "Relations came first, then the visit, then the embassy.",
        "Cuba–North Korea relations",
        "Cuba and North Korea established diplomatic relations on 29 August 1960.",
        "Cold War",
    ],
]


def test_csv_has_a_header_and_one_row_per_question(tmp_path: Path) -> None:
    target = tmp_path / "deck.csv"
    assert write_csv(load_bank(FIXTURE), target) == 9

    with target.open(encoding="utf-8", newline="") as handle:
        assert list(csv.reader(handle)) == EXPECTED_ROWS


def test_csv_export_is_deterministic() -> None:
    assert csv_text(load_bank(FIXTURE)) == csv_text(load_bank(FIXTURE))


def test_csv_round_trip_keeps_prompts_answers_and_topics(tmp_path: Path) -> None:
    target = tmp_path / "deck.csv"
    write_csv(load_bank(FIXTURE), target)

    deck = deck_from_pairs(target, "Round trip").bank

    pairs = {(q.prompt, q.answer) for q in deck.questions}
    # The multiple-choice and typed forms of the first fact share a prompt: one pair.
    # The ordering question is not a question/answer pair and stays behind.
    assert pairs == {(row[2], row[3]) for row in EXPECTED_ROWS[1:] if row[1] != "ordering"}
    assert len(deck.questions) == 7
    topics = {q.prompt: q.topics for q in deck.questions}
    assert topics["Rocket A burns fuel X < Y & Z."] == ["space"]
    assert topics["In which year did Che Guevara visit North Korea?"] == ["Cold War"]
    explanations = {q.prompt: q.explanation for q in deck.questions}
    assert explanations["How many embassies does Cuba have in Pyongyang?"] == (
        "Cuba has 1 embassy in Pyongyang."
    )
