"""``factdeck stats --json`` end to end, over a real profile in a temporary saves folder."""

from __future__ import annotations

import argparse
import hashlib
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from factdeck.bank import load_bank
from factdeck.cli import main
from factdeck.progress import ProgressStore
from factdeck.study.history import store_stats

BANK = Path(__file__).parents[2] / "fixtures" / "stats" / "bank.json"


def stats_json(saves: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> dict[str, Any]:
    argv = ["stats", "--json", "--bank", str(BANK), "--saves", str(saves), *extra]
    assert main(argv) == 0
    data: dict[str, Any] = json.loads(capsys.readouterr().out)
    return data


def test_stats_json_of_a_recorded_history(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Study days follow the computer's zone: at noon UTC on a day no zone changes its clocks
    # near, answers 1, 2 and 3 days ago fall on the three study days before today in every zone.
    now = datetime(2024, 3, 14, 12, 0, tzinfo=UTC)
    monkeypatch.setattr("factdeck.commands.stats.utc_now", lambda: now)
    with ProgressStore.open(tmp_path, "alice") as store:
        store.record_answer(
            "f-alpha.typed", True, "flashcard", 3.0, fact_id="f-alpha", at=now - timedelta(days=3)
        )
        session = store.start_session("quiz", {"count": 2, "seconds_per_question": 10})
        store.record_answer(
            "f-alpha.mc",
            False,
            "quiz",
            4.0,
            fact_id="f-alpha",
            session_id=session,
            at=now - timedelta(days=2),
        )
        store.record_answer(
            "f-gamma.number",
            True,
            "quiz",
            5.0,
            fact_id="f-gamma",
            session_id=session,
            at=now - timedelta(days=2),
        )
        store.finish_session(session, correct=1, answered=2, total=2, speed_points=750)
        store.record_answer("gone.question", True, "review", 1.0, at=now - timedelta(days=1))

    data = stats_json(tmp_path, capsys, "--profile", "alice")

    assert (data["totals"]["answered"], data["totals"]["correct"]) == (4, 3)
    assert (data["totals"]["facts_in_bank"], data["totals"]["facts_seen"]) == (6, 2)
    assert (data["all_decks"]["streak"]["current"], data["all_decks"]["streak"]["longest"]) == (
        3,
        3,
    )
    assert data["today"]["answered"] == 0 and data["today"]["accuracy"] is None
    assert sum(day["answers"] for day in data["all_decks"]["heatmap"]) == 4
    assert [(h["fact_id"], h["wrong"]) for h in data["hardest"]] == [("f-alpha", 1)]
    (quiz,) = data["quizzes"]
    assert (quiz["session_id"], quiz["finished"], quiz["correct"], quiz["total"]) == (
        session,
        True,
        1,
        2,
    )
    assert quiz["speed_points"] == 750
    assert quiz["settings"] == {"count": 2, "seconds_per_question": 10}


def test_stats_follow_the_learners_rollover_hour(tmp_path: Path) -> None:
    bank = load_bank(BANK)
    now = datetime(2024, 3, 14, 12, 0, tzinfo=UTC)
    with ProgressStore.open(tmp_path, "default") as store:
        store.record_answer("f-beta.tf", True, "flashcard", 2.0, at=now - timedelta(hours=10))
        # 02:00 UTC: before the default 04:00 rollover it belongs to the day before.
        assert store_stats(bank, store, now=now, tz=UTC).today.answered == 0
        store.update_settings(day_rollover_hour=0)
        assert store_stats(bank, store, now=now, tz=UTC).today.answered == 1


def test_a_new_profile_has_empty_stats(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with ProgressStore.open(tmp_path, "default"):
        pass
    data = stats_json(tmp_path, capsys)
    assert data["totals"]["answered"] == 0
    assert data["quizzes"] == []


def test_a_profile_never_saved_is_refused_and_not_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["stats", "--json", "--bank", str(BANK), "--saves", str(tmp_path), "--profile", "bob"]
    assert main(argv) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("factdeck stats: There is no profile 'bob'")
    assert list(tmp_path.iterdir()) == []


def _listing(folder: Path) -> dict[str, str]:
    return {
        str(path.relative_to(folder)): (
            hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "folder"
        )
        for path in sorted(folder.rglob("*"))
    }


def test_stats_json_while_the_app_has_the_profile_open(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app's store holds the profile's lock; ``stats --json`` reads the same figures."""
    now = datetime(2024, 3, 14, 12, 0, tzinfo=UTC)
    monkeypatch.setattr("factdeck.commands.stats.utc_now", lambda: now)
    bank = load_bank(BANK)
    monkeypatch.setattr(ProgressStore, "segment_events", 4)
    monkeypatch.setattr(ProgressStore, "checkpoint_segments", 2)
    with ProgressStore.open(tmp_path, "bob") as app_store:
        session = app_store.start_session("quiz", {"count": 12})
        for i in range(12):  # several segments and a checkpoint
            app_store.record_answer(
                ["f-alpha.mc", "f-beta.tf", "f-gamma.number"][i % 3],
                i % 4 != 0,
                "quiz",
                2.0 + i,
                fact_id=["f-alpha", "f-beta", "f-gamma"][i % 3],
                session_id=session,
                at=now - timedelta(days=i % 5, hours=1),
            )
        app_store.finish_session(session, correct=9, answered=12, total=12)
        app_store.update_settings(day_rollover_hour=2)
        before = _listing(tmp_path)

        data = stats_json(tmp_path, capsys, "--profile", "bob")

        assert _listing(tmp_path) == before, "the lock and the saves are untouched"
        # (The app's own reading joins the closed segments' answers, a file of its own.)
        expected = store_stats(bank, app_store, now=now).model_dump(mode="json")
        assert data == {**expected, "exam_forecast": None}  # no exam set
        assert data["totals"]["answered"] == 12
        app_store.record_answer("f-beta.tf", True, "quiz", 1.0, fact_id="f-beta", at=now)
        assert stats_json(tmp_path, capsys, "--profile", "bob")["totals"]["answered"] == 13


def test_a_damaged_file_is_read_around_with_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with ProgressStore.open(tmp_path, "default") as store:
        store.record_answer("f-alpha.mc", True, "quiz", 2.0, fact_id="f-alpha")
        store.update_settings(day_rollover_hour=3)
        store.update_settings(day_rollover_hour=5)
    settings = tmp_path / "default" / "settings.json"
    settings.write_bytes(settings.read_bytes()[:10])
    before = _listing(tmp_path)

    assert main(["stats", "--json", "--bank", str(BANK), "--saves", str(tmp_path)]) == 0

    captured = capsys.readouterr()
    data = json.loads(captured.out)
    assert data["totals"]["answered"] == 1
    assert data["rollover_hour"] == 3, "the previous good settings were read"
    assert _listing(tmp_path) == before
    err = captured.err
    assert err.startswith("factdeck stats: warning: settings.json: the file ends too early")
    assert "left as it is (opened read-only" in err


def test_saves_from_a_newer_factdeck_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with ProgressStore.open(tmp_path, "default"):
        pass
    meta = tmp_path / "default" / "meta.json"
    data = json.loads(meta.read_text())
    data["meta"]["1"]["schema_version"] = 99
    meta.write_text(json.dumps(data))

    argv = ["stats", "--json", "--bank", str(BANK), "--saves", str(tmp_path)]
    assert main(argv) == 2
    assert "written by a newer FactDeck" in capsys.readouterr().err


def test_a_bad_profile_name_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["stats", "--json", "--bank", str(BANK), "--saves", str(tmp_path), "--profile", "../x"]
    assert main(argv) == 2
    assert "factdeck stats: Invalid profile name '../x'" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_a_bad_bank_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["stats", "--json", "--bank", str(tmp_path / "none.json"), "--saves", str(tmp_path)]
    assert main(argv) == 2
    assert "factdeck stats: the question bank cannot be used" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_without_json_the_app_opens_on_the_stats_screen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[argparse.Namespace] = []

    def fake_run_app(args: argparse.Namespace) -> int:
        opened.append(args)
        return 7

    monkeypatch.setattr("factdeck.commands.app.run_app", fake_run_app)

    assert main(["stats", "--saves", str(tmp_path), "--profile", "carol"]) == 7
    (args,) = opened
    assert (args.mode, args.profile, args.json) == ("stats", "carol", False)
