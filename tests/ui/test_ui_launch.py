"""``factdeck``, ``factdeck quiz ...``: the command line reaches the app with its settings."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import BANK

from factdeck.bank import QuestionType
from factdeck.cli import build_parser
from factdeck.study.quiz import QuizSettings
from factdeck.ui import launch
from factdeck.ui.app import FactDeckApp


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
