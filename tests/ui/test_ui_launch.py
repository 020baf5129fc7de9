"""``factdeck``, ``factdeck quiz ...``: the command line reaches the app with its settings."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from conftest import BANK

from factdeck.bank import QuestionType
from factdeck.cli import build_parser
from factdeck.study.quiz import QuizSettings
from factdeck.ui import launch
from factdeck.ui.app import FactDeckApp


@pytest.fixture(autouse=True)
def _a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """The tests run without a terminal; the app is started as if from one (except where a
    test says otherwise)."""
    monkeypatch.setattr(launch, "missing_terminal", lambda: None)


def test_quiz_options_become_quiz_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    started: list[FactDeckApp] = []

    def run(self: FactDeckApp) -> None:
        started.append(self)
        self._return_code = 3

    monkeypatch.setattr(FactDeckApp, "run", run)
    args = build_parser().parse_args(
        [
            "quiz",
            "--count",
            "5",
            "--time-limit",
            "0",
            "--quiz-limit",
            "120",
            "--topic",
            "Cold War",
            "--type",
            "ordering",
            "--bank",
            str(BANK),
            "--saves",
            str(tmp_path),
            "--profile",
            "ann",
        ]
    )
    assert launch.run_app(args) == 3
    (app,) = started
    assert app.start_mode == "quiz"
    assert app.profile == "ann"
    assert app.saves_dir == tmp_path
    assert app.quiz_settings == QuizSettings(
        count=5,
        seconds_per_question=0,
        quiz_time_limit=120,
        topics=("Cold War",),
        types=(QuestionType.ORDERING,),
    )


def test_bad_quiz_options_are_refused_before_the_app_starts(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(FactDeckApp, "run", lambda self: pytest.fail("the app started"))
    args = build_parser().parse_args(["quiz", "--count", "0"])
    assert launch.run_app(args) == 2
    assert capsys.readouterr().err == "factdeck: --count: must be at least 1\n"
    args = build_parser().parse_args(["quiz", "--time-limit", "4000"])
    assert launch.run_app(args) == 2
    assert capsys.readouterr().err == "factdeck: --time-limit: must be at most 3600\n"


def test_a_quiz_filter_that_matches_nothing_is_refused_before_the_app_starts(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    started: list[FactDeckApp] = []
    monkeypatch.setattr(FactDeckApp, "run", lambda self: started.append(self))
    args = build_parser().parse_args(["quiz", "--bank", str(BANK), "--topic", "bogus"])
    assert launch.run_app(args) == 2
    err = capsys.readouterr().err
    assert err.startswith("factdeck: No questions match topic 'bogus'. Topics in this deck: ")
    assert not started
    args = build_parser().parse_args(["quiz", "--bank", str(BANK), "--topic", "space race"])
    assert launch.run_app(args) == 0 and len(started) == 1


@pytest.mark.parametrize(
    ("bank", "advice"),
    [
        ("missing.json", "Check it with: factdeck bank check"),
        ("notes.txt", "Make a deck of it first: factdeck import"),
    ],
)
def test_a_bank_that_cannot_be_opened_is_reported_before_anything_is_drawn(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    bank: str,
    advice: str,
) -> None:
    monkeypatch.setattr(FactDeckApp, "run", lambda self: pytest.fail("the app started"))
    path = tmp_path / bank
    args = build_parser().parse_args(["--bank", str(path), "--saves", str(tmp_path / "s")])
    assert launch.run_app(args) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith(f"factdeck: {path}: the question bank cannot be used:\n")
    assert "no such file" in captured.err
    assert f"{advice} {path}" in captured.err
    assert not (tmp_path / "s").exists()


def test_without_a_terminal_the_app_says_so_and_exits_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.undo()  # the real check, on an input that is not a terminal
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    monkeypatch.setattr(FactDeckApp, "run", lambda self: pytest.fail("the app started"))
    args = build_parser().parse_args(["--bank", str(BANK), "--saves", str(tmp_path)])
    assert launch.run_app(args) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("factdeck: the app needs a terminal, but its standard input")
    assert launch.missing_terminal() is not None
    assert (
        captured.err.count("\n") == 1 and "factdeck stats --json" in captured.err
    )  # one line, saying what works without a terminal


def test_the_bank_read_before_start_is_the_one_the_app_uses(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    started: list[FactDeckApp] = []
    monkeypatch.setattr(FactDeckApp, "run", lambda self: started.append(self))
    args = build_parser().parse_args(["--bank", str(BANK), "--saves", str(tmp_path)])
    assert launch.run_app(args) == 0
    (app,) = started
    assert app.bank.deck  # read already: no second reading of the file when the app opens
