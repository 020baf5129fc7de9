"""The command line's own promises: what --help says, and options it lists being taken."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from factdeck.bank import QuestionType
from factdeck.cli import QUESTION_TYPES, main

BANK = Path(__file__).parents[1] / "ui" / "fixtures" / "bank.json"


def help_of(command: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit):
        main([*command, "--help"])
    return " ".join(capsys.readouterr().out.split())


@pytest.mark.parametrize("action", ["show", "check"])
def test_bank_commands_take_the_bank_option_they_list(
    action: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert "--bank PATH" in help_of(["bank", action], capsys)
    assert main(["bank", action, "--bank", str(BANK)]) == 0
    assert "Space Race Test Deck" in capsys.readouterr().out or action == "check"


def test_quiz_help_names_the_type_choices_and_where_the_time_comes_from(
    capsys: pytest.CaptureFixture[str],
) -> None:
    text = help_of(["quiz"], capsys)
    assert "multiple_choice, true_false, typed, number, ordering" in text
    assert "default: the profile's setting" in text
    assert "(default 30)" not in text
    assert list(QUESTION_TYPES) == [kind.value for kind in QuestionType]


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_refused_import_takes_its_finished_progress_bar_off_the_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = tmp_path / "notes.txt"
    document.write_text("just some words without any fact in them at all\n", encoding="utf-8")
    terminal = Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    monkeypatch.chdir(tmp_path)
    assert main(["import", str(document), "--deck", "Notes"]) == 2
    shown = terminal.getvalue()
    bar_end = shown.rfind("]")
    assert bar_end != -1 and shown.index("\x1b[2K") > bar_end  # drawn, then erased
    assert shown.rstrip().endswith("nothing written")
