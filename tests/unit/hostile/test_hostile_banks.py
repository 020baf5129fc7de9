"""Hostile banks: control characters, deep nesting, huge numbers and sizes never crash a
reader nor reach the terminal; every refusal is exit 2 with a message naming the problem."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

from factdeck.bank import BankError, check_bank, load_bank, loader
from factdeck.cli import main
from factdeck.controls import CONTROL
from helpers.banks import raw_question

TITLE_ESCAPE = "\x1b]0;pwned\x07"
CLIPBOARD_ESCAPE = "\x1b]52;c;cHduZWQ=\x07"


def _bank(path: Path, questions: list[object], **fields: object) -> Path:
    data = {"schema_version": 1, "deck": "Deck", "questions": questions, **fields}
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _hostile_bank(tmp_path: Path) -> Path:
    return _bank(
        tmp_path / "hostile.json",
        [
            raw_question(
                id="q-\x1b[2J",
                prompt=f"When{TITLE_ESCAPE}?",
                explanation=f"Because{CLIPBOARD_ESCAPE}.",
                topics=["\x9b6n"],
                options=["1960\x07", "1961", "1962", "1963"],
                answer="1960\x07",
            )
        ],
        deck=f"Deck{TITLE_ESCAPE}",
    )


def _every_string(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for key, item in value.items() for s in [key, *_every_string(item)]]
    if isinstance(value, list):
        return [s for item in value for s in _every_string(item)]
    return []


def test_a_bank_with_escape_sequences_loads_with_them_made_visible(tmp_path: Path) -> None:
    bank = load_bank(_hostile_bank(tmp_path))
    assert not any(CONTROL.search(text) for text in _every_string(bank.model_dump(mode="json")))
    assert bank.deck == "Deck^[]0;pwned^G"
    (question,) = bank.questions
    assert question.prompt == "When^[]0;pwned^G?"
    assert question.topics == ["M-^[6n"]


def test_bank_check_reports_each_control_character_by_field(tmp_path: Path) -> None:
    path = _hostile_bank(tmp_path)
    problems = check_bank(path)
    fields = {(p.question_id, p.field) for p in problems}
    assert {
        (None, "deck"),
        ("q-\x1b[2J", "prompt"),
        ("q-\x1b[2J", "explanation"),
        ("q-\x1b[2J", "topics[0]"),
        ("q-\x1b[2J", "answer"),
    } <= fields
    assert all("control character" in p.message for p in problems)
    assert not any(CONTROL.search(str(problem)) for problem in problems)


@pytest.mark.parametrize(
    "command", [["bank", "check"], ["bank", "show"], ["bank", "show", "--json"]]
)
def test_bank_commands_write_no_control_character(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    path = _hostile_bank(tmp_path)
    code = main([*command, str(path)])
    out, err = capsys.readouterr()
    assert code == (2 if command == ["bank", "check"] else 0)
    assert not CONTROL.search(out + err)
    assert ("q-^[[2J" if command == ["bank", "check"] else "^[]0;pwned^G") in out + err


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_bank_show_on_a_terminal_styles_its_table_but_shows_the_bank_visibly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    terminal = Terminal()
    monkeypatch.setattr("sys.stdout", terminal)
    assert main(["bank", "show", str(_hostile_bank(tmp_path))]) == 0
    shown = terminal.getvalue()
    unstyled = re.sub(r"\x1b\[[0-9;]*m", "", shown)
    assert unstyled != shown  # the table's own styling reaches the terminal
    assert not CONTROL.search(unstyled)  # and nothing else that a terminal acts on
    assert "^[]0;pwned^G" in unstyled


def test_a_file_name_with_an_escape_is_printed_visibly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["bank", "check", str(tmp_path / f"x{TITLE_ESCAPE}.json")]) == 2
    err = capsys.readouterr().err
    assert "x^[]0;pwned^G.json: no such file" in err
    assert not CONTROL.search(err)


NESTED = {
    "100,000 brackets": "[" * 100_000,
    "5,000 levels in one question's topics": json.dumps(
        {"schema_version": 1, "questions": [raw_question()]}
    ).replace('["Cold War"]', "[" * 5000 + "]" * 5000),
    "a 5,000-digit answer": json.dumps(
        {"schema_version": 1, "questions": [raw_question(type="number", answer=1)]}
    ).replace('"answer": 1', '"answer": ' + "9" * 5000),
}


@pytest.mark.parametrize("case", sorted(NESTED))
@pytest.mark.parametrize("command", [["bank", "check"], ["bank", "show"], ["export", "--csv"]])
def test_deep_nesting_and_huge_numbers_exit_2_with_a_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str, command: list[str]
) -> None:
    path = tmp_path / "bank.json"
    path.write_text(NESTED[case], encoding="utf-8")
    if command[0] == "export":
        argv = ["export", "--bank", str(path), "--csv", str(tmp_path / "out.csv")]
    else:
        argv = [*command, str(path)]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "malformed JSON at line 1" in err
    assert "Traceback" not in err
    assert not (tmp_path / "out.csv").exists()


def test_a_number_answer_too_large_to_print_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bank.json"
    question = raw_question(type="number", answer=1)
    del question["options"]
    text = json.dumps({"schema_version": 1, "questions": [question]})
    path.write_text(text.replace('"answer": 1', '"answer": ' + "9" * 4200), encoding="utf-8")
    with pytest.raises(BankError) as refused:
        load_bank(path)
    (problem,) = refused.value.problems
    assert problem.field == "answer"
    assert "less than or equal to" in problem.message


def test_a_bank_beyond_the_size_limit_is_refused_unread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(loader, "MAX_BANK_BYTES", 1024 * 1024)
    assert main(["bank", "check", "/dev/zero"]) == 2
    assert "larger than 1 MB" in capsys.readouterr().err


def test_an_overlong_text_field_is_refused(tmp_path: Path) -> None:
    path = _bank(tmp_path / "bank.json", [raw_question(explanation="x" * 10_001)])
    (problem,) = check_bank(path)
    assert (problem.question_id, problem.field) == ("q-1", "explanation")


def test_checking_stops_after_a_hundred_problems(tmp_path: Path) -> None:
    questions = [raw_question(id=f"q-{n}", answer="1999") for n in range(5000)]
    problems = check_bank(_bank(tmp_path / "bank.json", questions))
    assert len(problems) == loader.MAX_PROBLEMS + 1
    assert "stopped after 100 problems, in question #100 of 5000" in problems[-1].message


def test_a_bank_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    path = tmp_path / "bank.json"
    data = {"schema_version": 1, "questions": [raw_question()]}
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(data).encode("utf-8"))
    assert check_bank(path) == []
    assert load_bank(path).question("q-1") is not None


def test_a_bank_without_questions_is_refused(tmp_path: Path) -> None:
    path = _bank(tmp_path / "bank.json", [])
    assert [p.message for p in check_bank(path)] == ["the bank has no questions"]
    with pytest.raises(BankError):
        load_bank(path)


def test_a_true_false_answer_must_be_true_or_false(tmp_path: Path) -> None:
    question = raw_question(type="true_false", answer="yes")
    del question["options"]
    path = _bank(tmp_path / "bank.json", [question])
    assert [(p.question_id, p.field) for p in check_bank(path)] == [("q-1", "answer")]


def test_duplicate_fact_ids_are_refused(tmp_path: Path) -> None:
    fact = {
        "id": "f-1",
        "statement": "Relations began in 1960.",
        "kind": "year",
        "source": {"document": "doc", "quote": "1960"},
    }
    path = _bank(tmp_path / "bank.json", [raw_question()], facts=[fact, fact])
    (problem,) = check_bank(path)
    assert "duplicate fact id 'f-1'" in problem.message


def test_text_that_control_characters_make_too_long_is_refused_not_a_crash(
    tmp_path: Path,
) -> None:
    path = _bank(tmp_path / "bank.json", [raw_question(explanation="\x1b" * 6000)])
    with pytest.raises(BankError) as refused:
        load_bank(path)
    assert [(p.question_id, p.field) for p in refused.value.problems] == [("q-1", "explanation")]
