"""The shipped bank: valid, complete, deterministic, verbatim evidence, stable question ids."""

import json
from pathlib import Path

import pytest
import yaml

from factdeck.bank import Bank, QuestionType, check_bank, dump_bank, load_bank
from factdeck.cli import main
from factdeck.generate.clean import clean_document
from factdeck.generate.curated import load_curated
from factdeck.generate.pipeline import build_bank
from factdeck.paths import DEFAULT_BANK, DEFAULT_FACTS, DEFAULT_SOURCES

NOT_CONTENT = (
    "photo caption and credit",
    "photo credit",
    "author's social links",
    "comments notice",
)


@pytest.fixture(scope="module")
def shipped() -> Bank:
    return build_bank(DEFAULT_SOURCES, load_curated(DEFAULT_FACTS)).bank


def test_generating_twice_gives_identical_bytes_and_the_committed_bank(shipped: Bank) -> None:
    again = build_bank(DEFAULT_SOURCES, load_curated(DEFAULT_FACTS)).bank
    assert dump_bank(again) == dump_bank(shipped)
    committed = DEFAULT_BANK.read_text(encoding="utf-8")
    assert committed == dump_bank(shipped), "questions/bank.json is stale: run factdeck generate"


def test_the_shipped_bank_passes_check_and_has_all_five_types() -> None:
    assert check_bank(DEFAULT_BANK) == []
    bank = load_bank(DEFAULT_BANK)
    assert {q.type for q in bank.questions} == set(QuestionType)


def _source_texts(bank: Bank) -> dict[str, tuple[str, str]]:
    """Document id → (raw text, cleaned text)."""
    texts = {}
    for document in bank.sources:
        assert document.file is not None
        raw = (DEFAULT_SOURCES / document.file).read_text(encoding="utf-8")
        texts[document.id] = (raw, clean_document(raw).text)
    return texts


def test_every_evidence_quote_is_verbatim_in_its_source(shipped: Bank) -> None:
    texts = _source_texts(shipped)
    for item in [*shipped.questions, *shipped.facts]:
        raw, cleaned = texts[item.source.document]
        assert item.source.quote in raw, item.id
        assert item.source.quote in cleaned, item.id  # not from a dropped line


def test_no_question_is_built_from_captions_credits_social_links_or_comments(
    shipped: Bank,
) -> None:
    dropped = [
        drop
        for document in shipped.sources
        for drop in clean_document((DEFAULT_SOURCES / str(document.file)).read_text("utf-8")).drops
        if drop.reason in NOT_CONTENT
    ]
    assert {drop.reason for drop in dropped} == set(NOT_CONTENT)
    words = ("Getty", "Sharifulin", "TASS", "Lavrov", "Kumsusan", "Ben Kew", "ben_kew", "comment")
    for question in shipped.questions:
        shown = json.dumps(question.model_dump(mode="json"), ensure_ascii=False)
        assert not any(word in shown for word in words), question.id
        assert not any(question.source.quote in drop.text for drop in dropped), question.id


def _reword_one_fact(tmp_path: Path) -> tuple[Path, str]:
    data = yaml.safe_load(DEFAULT_FACTS.read_text(encoding="utf-8"))
    fact = next(f for f in data["facts"] if f.get("statement_template") and f.get("unique"))
    fact["prompt"] = "Reworded: " + fact["prompt"]
    fact["statement"] = "In other words, " + fact["statement"]
    fact["statement_template"] = "In other words, " + fact["statement_template"]
    if "false_statement" in fact:
        fact["false_statement"] = "In other words, " + fact["false_statement"]
    path = tmp_path / "facts.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path, fact["id"]


def test_rewording_a_curated_fact_keeps_every_question_id(shipped: Bank, tmp_path: Path) -> None:
    path, fact_id = _reword_one_fact(tmp_path)
    reworded = build_bank(DEFAULT_SOURCES, load_curated(path)).bank
    assert [q.id for q in reworded.questions] == [q.id for q in shipped.questions]
    before = {q.id: q.prompt for q in shipped.questions_of_fact(fact_id)}
    after = {q.id: q.prompt for q in reworded.questions_of_fact(fact_id)}
    assert before.keys() == after.keys() and len(before) >= 3
    assert all(before[qid] != after[qid] for qid in before if not qid.endswith(".number"))
    unchanged = [q for q in shipped.questions if q.fact_id != fact_id]
    assert all(q == reworded.question(q.id) for q in unchanged if not q.id.startswith("order."))


def test_generate_command_writes_atomically_with_progress_and_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], shipped: Bank
) -> None:
    out = tmp_path / "bank.json"
    assert main(["generate", "--out", str(out), "--explain"]) == 0
    captured = capsys.readouterr()
    assert [line for line in captured.err.splitlines() if "/2 documents" in line] == [
        "0/2 documents",
        "1/2 documents",
        "2/2 documents",
    ]
    assert f"Wrote {out}: 2 documents, {len(shipped.facts)} facts" in captured.out
    assert "line 4: photo credit: Valery Sharifulin\\TASS via Getty Images" in captured.out
    assert "line 20: “See also” section: ==See also==" in captured.out
    assert out.read_text(encoding="utf-8") == dump_bank(shipped)
    assert [p.name for p in tmp_path.iterdir()] == ["bank.json"]


def test_every_automatic_candidate_is_covered_by_a_curated_fact() -> None:
    """Each date, number and name the extractor finds in the shipped documents is asked about
    by a curated fact (or explicitly rejected, replaced or accepted)."""
    result = build_bank(DEFAULT_SOURCES, load_curated(DEFAULT_FACTS))
    uncovered = [
        f"{report.document.id}: {candidate.span.text!r} ({status})"
        for report in result.documents
        for candidate, status in report.candidates
        if status.startswith("not curated") and "(covered by " not in status
    ]
    assert uncovered == []
    assert result.warnings == []
