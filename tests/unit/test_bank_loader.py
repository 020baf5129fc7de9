"""Bank validation: every bad bank is refused with file, question id and field named."""

import json
import os
from pathlib import Path

import pytest
from pydantic import BaseModel

from factdeck.bank import Bank, BankError, check_bank, dump_bank, load_bank, loader
from factdeck.cli import main
from helpers.banks import raw_question


def _write(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "bank.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_a_valid_bank_loads(tmp_path: Path) -> None:
    bank = load_bank(_write(tmp_path, {"schema_version": 1, "questions": [raw_question()]}))
    assert bank.question("q-1") is not None
    assert bank.fact_ids == ["f-1"]


def test_questions_are_indexed_by_fact_and_sources_by_id(tmp_path: Path) -> None:
    questions = [
        raw_question(id="q-1", fact_id="f-2"),
        raw_question(id="q-2", fact_id="f-1"),
        raw_question(id="q-3", fact_id="f-2"),
    ]
    source = {"id": "doc", "title": "Relations", "kind": "encyclopedia"}
    path = _write(tmp_path, {"schema_version": 1, "sources": [source], "questions": questions})
    bank = load_bank(path)
    grouped = {fact: [q.id for q in forms] for fact, forms in bank.questions_by_fact.items()}
    assert grouped == {"f-2": ["q-1", "q-3"], "f-1": ["q-2"]}
    assert list(grouped) == bank.fact_ids == ["f-2", "f-1"]  # bank order
    assert [q.id for q in bank.questions_of_fact("f-2")] == ["q-1", "q-3"]
    assert bank.questions_of_fact("gone") == ()
    assert bank.source("doc") is not None and bank.source("doc").title == "Relations"
    assert bank.source("gone") is None

    fewer = bank.model_copy(update={"questions": bank.questions[1:], "sources": []})
    assert [q.id for q in fewer.questions_of_fact("f-2")] == ["q-3"]  # the indexes follow
    assert fewer.question("q-1") is None and fewer.source("doc") is None
    assert bank.question("q-1") is not None  # the original keeps its own


BAD_BANKS = {
    "duplicate id": ([raw_question(), raw_question()], "q-1", "id"),
    "answer missing from options": ([raw_question(answer="1999")], "q-1", "answer"),
    "unknown type": ([raw_question(type="essay")], "q-1", "type"),
    "missing field": (
        [{k: v for k, v in raw_question().items() if k != "prompt"}],
        "q-1",
        "prompt",
    ),
    "empty prompt": ([raw_question(prompt="")], "q-1", "prompt"),
    "short ordering": (
        [raw_question(type="ordering", options=["a", "b"], answer=["a", "b"])],
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
    bank = {"schema_version": 1, "deck": "Café", "questions": [raw_question()]}
    path.write_bytes(json.dumps(bank, ensure_ascii=False).encode("latin-1"))
    with pytest.raises(BankError) as refused:
        load_bank(path)
    assert [problem.message for problem in refused.value.problems] == ["is not UTF-8 text"]
    assert [problem.message for problem in check_bank(path)] == ["is not UTF-8 text"]


@pytest.mark.parametrize("name", ["missing.json", "."])
def test_unreadable_paths_are_problems_not_crashes(tmp_path: Path, name: str) -> None:
    assert check_bank(tmp_path / name)


def test_bank_check_command_exits_2_and_names_theraw_question(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, {"schema_version": 1, "questions": [raw_question(answer="1999")]})
    assert main(["bank", "check", str(path)]) == 2
    err = capsys.readouterr().err
    assert "q-1" in err and "answer" in err


def test_bank_check_command_passes_a_good_bank(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, {"schema_version": 1, "questions": [raw_question()]})
    assert main(["bank", "check", str(path)]) == 0
    assert "OK" in capsys.readouterr().out


def test_bank_show_takes_the_bank_file_like_bank_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, {"schema_version": 1, "deck": "Mine", "questions": [raw_question()]})
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


# ---- a bank found valid is not checked again ----

EVERY_FORM = {
    "schema_version": 1,
    "deck": "Every form",
    "sources": [
        {"id": "doc", "title": "Relations", "kind": "encyclopedia", "date": "2018"},
        {"id": "notes", "title": "Notes", "kind": "notes"},
    ],
    "facts": [
        {
            "id": "f-1",
            "statement": "Relations began in 1960.",
            "kind": "year",
            "source": {"document": "doc", "quote": "29 August 1960"},
            "topics": ["Cold War"],
        },
        {
            "id": "f-2",
            "statement": "Fidel Castro visited in 1986.",
            "kind": "person",
            "source": {"document": "notes", "quote": "Castro visited"},
        },
    ],
    "questions": [
        raw_question(),
        raw_question(
            id="q-2",
            type="true_false",
            prompt="Relations began in 1961.",
            answer=False,
            correct_statement="Relations began in 1960.",
            options=None,
        ),
        raw_question(
            id="q-3",
            fact_id="f-2",
            type="typed",
            prompt="Who visited in 1986?",
            answer="Fidel Castro",
            accepted=["Castro"],
            difficulty=3,
            options=None,
        ),
        raw_question(id="q-4", type="number", prompt="In what year?", answer=1960, options=None),
        raw_question(
            id="q-5",
            fact_id="f-2",
            type="ordering",
            prompt="Put these in order.",
            options=["b", "a", "c"],
            answer=["a", "b", "c"],
            topics=[],
        ),
    ],
}


def _every_form(tmp_path: Path) -> Path:
    questions = [
        {key: value for key, value in question.items() if value is not None}
        for question in EVERY_FORM["questions"]  # type: ignore[attr-defined]
    ]
    return _write(tmp_path, {**EVERY_FORM, "questions": questions})


def _shape(value: object) -> object:
    """Every field of a model, nested, with the type of each value: what validating gives."""
    if isinstance(value, BaseModel):
        fields = {name: _shape(getattr(value, name)) for name in type(value).model_fields}
        return (type(value), value.model_fields_set, fields)
    if isinstance(value, list):
        return [_shape(item) for item in value]
    return (type(value), value)


def test_a_bank_found_valid_is_built_as_validating_it_builds_it(tmp_path: Path) -> None:
    path = _every_form(tmp_path)
    checked = tmp_path / "checked"
    validated = load_bank(path, checked=checked)
    assert len(list(checked.iterdir())) == 1  # remembered
    built = load_bank(path, checked=checked)
    assert _shape(built) == _shape(validated) == _shape(load_bank(path))
    assert built == validated
    assert [q.id for q in built.questions_of_fact("f-2")] == ["q-3", "q-5"]
    assert built.source("doc") is not None and built.fact("f-2") is not None
    assert dump_bank(built) == dump_bank(validated)


def test_a_bank_found_valid_is_not_validated_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _every_form(tmp_path)
    checked = tmp_path / "checked"
    load_bank(path, checked=checked)

    def refuse(*args: object, **kwargs: object) -> Bank:
        raise AssertionError("validated again")

    monkeypatch.setattr(Bank, "model_validate_json", refuse)
    monkeypatch.setattr(Bank, "model_validate", refuse)
    assert load_bank(path, checked=checked).deck == "Every form"
    with pytest.raises(AssertionError, match="validated again"):
        load_bank(path)  # without the folder, every load checks


def test_a_changed_bank_is_checked_again(tmp_path: Path) -> None:
    path = _every_form(tmp_path)
    checked = tmp_path / "checked"
    load_bank(path, checked=checked)
    bad = [raw_question(answer="1999")]
    path.write_text(json.dumps({"schema_version": 1, "questions": bad}), encoding="utf-8")
    with pytest.raises(BankError) as refused:
        load_bank(path, checked=checked)
    assert [(p.question_id, p.field) for p in refused.value.problems] == [("q-1", "answer")]


def test_a_bank_with_control_characters_is_never_remembered(tmp_path: Path) -> None:
    """Such a bank opens with them made visible, which only the checking path does."""
    path = _write(
        tmp_path, {"schema_version": 1, "questions": [raw_question(prompt="Red\x1b[31m")]}
    )
    checked = tmp_path / "checked"
    for _ in range(2):
        assert load_bank(path, checked=checked).questions[0].prompt == "Red^[[31m"
    assert not checked.exists() or not any(checked.iterdir())


def test_a_folder_that_cannot_be_written_only_costs_the_check(tmp_path: Path) -> None:
    path = _every_form(tmp_path)
    nowhere = tmp_path / "missing" / "checked"
    for _ in range(2):
        assert load_bank(path, checked=nowhere).deck == "Every form"
    assert not nowhere.parent.exists()


def test_only_the_latest_banks_found_valid_are_remembered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(loader, "MAX_CHECKED", 3)
    checked = tmp_path / "checked"
    for deck in range(5):
        (tmp_path / str(deck)).mkdir()
        bank = {"schema_version": 1, "deck": f"Deck {deck}", "questions": [raw_question()]}
        load_bank(_write(tmp_path / str(deck), bank), checked=checked)
        notes = list(checked.iterdir())
        assert len(notes) == min(deck + 1, 3)
        for note in notes:  # in order of writing, whatever the clock's resolution
            if note.stat().st_mtime_ns > 10**12:
                os.utime(note, ns=(deck, deck))

    def refuse(*args: object, **kwargs: object) -> Bank:
        raise AssertionError("validated again")

    monkeypatch.setattr(Bank, "model_validate_json", refuse)
    assert load_bank(tmp_path / "4" / "bank.json", checked=checked).deck == "Deck 4"
    with pytest.raises(AssertionError, match="validated again"):
        load_bank(tmp_path / "0" / "bank.json", checked=checked)  # the oldest, forgotten
