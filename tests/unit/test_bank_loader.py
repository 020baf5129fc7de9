"""Bank validation: every bad bank is refused with file, question id and field named."""

import json
from pathlib import Path

import pytest

from factdeck.bank import BankError, check_bank, load_bank
from factdeck.cli import main


def _question(**overrides: object) -> dict[str, object]:
    question: dict[str, object] = {
        "id": "q-1",
        "fact_id": "f-1",
        "type": "multiple_choice",
        "prompt": "When did Cuba and North Korea establish relations?",
        "explanation": "They established relations on 29 August 1960.",
        "source": {"document": "doc", "quote": "29 August 1960"},
        "topics": ["Cold War"],
        "options": ["1960", "1961", "1962", "1963"],
        "answer": "1960",
    }
    question.update(overrides)
    return question


def _write(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "bank.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_a_valid_bank_loads(tmp_path: Path) -> None:
    bank = load_bank(_write(tmp_path, {"schema_version": 1, "questions": [_question()]}))
    assert bank.question("q-1") is not None
    assert bank.fact_ids == ["f-1"]


BAD_BANKS = {
    "duplicate id": ([_question(), _question()], "q-1", "id"),
    "answer missing from options": ([_question(answer="1999")], "q-1", "answer"),
    "unknown type": ([_question(type="essay")], "q-1", "type"),
    "missing field": ([{k: v for k, v in _question().items() if k != "prompt"}], "q-1", "prompt"),
    "empty prompt": ([_question(prompt="")], "q-1", "prompt"),
    "short ordering": (
        [_question(type="ordering", options=["a", "b"], answer=["a", "b"])],
        "q-1",
        "options",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_BANKS))
def test_bad_bank_names_question_and_field(tmp_path: Path, case: str) -> None:
    questions, question_id, field = BAD_BANKS[case]
    path = _write(tmp_path, {"schema_version": 1, "questions": questions})
    problems = check_bank(path)
    assert any(p.question_id == question_id and p.field == field for p in problems), problems
    assert all(p.file == str(path) for p in problems)
    with pytest.raises(BankError):
        load_bank(path)


def test_malformed_json_gives_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "bank.json"
    path.write_text('{"schema_version": 1,\n "questions": [}', encoding="utf-8")
    (problem,) = check_bank(path)
    assert "line 2" in problem.message


def test_a_bank_that_is_not_utf8_is_refused_by_name(tmp_path: Path) -> None:
    path = tmp_path / "bank.json"
    bank = {"schema_version": 1, "deck": "Café", "questions": [_question()]}
    path.write_bytes(json.dumps(bank, ensure_ascii=False).encode("latin-1"))
    with pytest.raises(BankError) as refused:
        load_bank(path)
    assert [problem.message for problem in refused.value.problems] == ["is not UTF-8 text"]
    assert [problem.message for problem in check_bank(path)] == ["is not UTF-8 text"]


@pytest.mark.parametrize("name", ["missing.json", "."])
def test_unreadable_paths_are_problems_not_crashes(tmp_path: Path, name: str) -> None:
    assert check_bank(tmp_path / name)


def test_bank_check_command_exits_2_and_names_the_question(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, {"schema_version": 1, "questions": [_question(answer="1999")]})
    assert main(["bank", "check", str(path)]) == 2
    err = capsys.readouterr().err
    assert "q-1" in err and "answer" in err


def test_bank_check_command_passes_a_good_bank(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, {"schema_version": 1, "questions": [_question()]})
    assert main(["bank", "check", str(path)]) == 0
    assert "OK" in capsys.readouterr().out


def test_bank_show_takes_the_bank_file_like_bank_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, {"schema_version": 1, "deck": "Mine", "questions": [_question()]})
    assert main(["bank", "show", str(path)]) == 0
    assert capsys.readouterr().out.startswith("Mine: 1 question from")


@pytest.mark.parametrize(
    ("command", "listed", "not_listed"),
    [
        (["generate"], "--out", "--saves"),
        (["import"], "--deck", "--bank"),
        (["export"], "--profile", "--deck"),  # the Anki package carries a profile's schedule
        (["quiz"], "--profile", "--deck"),
    ],
)
def test_each_commands_help_lists_only_the_options_it_uses(
    command: list[str], listed: str, not_listed: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        main([*command, "--help"])
    shown = capsys.readouterr().out
    assert listed in shown and not_listed not in shown
