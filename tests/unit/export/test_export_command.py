"""``factdeck export`` end to end: files written, bad banks and targets refused clearly."""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
import zipfile
from contextlib import closing
from pathlib import Path

import pytest
from fsrs import Rating

from factdeck.bank import load_bank
from factdeck.cli import main
from factdeck.progress import ProgressStore
from factdeck.study.service import StudyService

FIXTURE = Path(__file__).parents[2] / "fixtures" / "export" / "bank.json"


@pytest.fixture(autouse=True)
def _saves(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Progress is read from a folder of the test's own (empty unless a test fills it)."""
    saves = tmp_path / "saves"
    monkeypatch.setenv("FACTDECK_SAVES", str(saves))
    return saves


@pytest.fixture
def bank_file(tmp_path: Path) -> Path:
    copy = tmp_path / "bank.json"
    shutil.copyfile(FIXTURE, copy)
    os.utime(copy, (1_700_000_000, 1_700_000_000))
    return copy


def test_export_csv(bank_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "out.csv"

    assert main(["export", "--bank", str(bank_file), "--csv", str(target)]) == 0

    lines = target.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "id,type,prompt,answer,options,explanation,document,quote,topics"
    assert len(lines) == 10
    assert capsys.readouterr().out == f"Wrote 9 questions from deck 'Cuba & Korea' to {target}\n"


def test_export_anki_twice_gives_identical_packages(
    bank_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = tmp_path / "one.apkg", tmp_path / "two.apkg"

    assert main(["export", "--bank", str(bank_file), "--anki", str(first)]) == 0
    assert main(["export", "--bank", str(bank_file), "--anki", str(second)]) == 0

    assert first.read_bytes() == second.read_bytes()
    with zipfile.ZipFile(first) as package:
        assert package.namelist() == ["collection.anki2", "media"]
    assert "Wrote 5 notes (one per fact)" in capsys.readouterr().out
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bank.json", "one.apkg", "two.apkg"]


def test_a_bad_bank_is_refused_with_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"schema_version": 1, "questions": [{"id": "x"}]}', encoding="utf-8")
    target = tmp_path / "out.csv"

    assert main(["export", "--bank", str(broken), "--csv", str(target)]) == 2

    err = capsys.readouterr().err
    assert "factdeck export: the question bank cannot be used" in err
    assert "broken.json: question x" in err
    assert not target.exists()


def test_a_missing_bank_is_refused_with_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nope.json"
    assert main(["export", "--bank", str(missing), "--anki", str(tmp_path / "x.apkg")]) == 2
    assert f"{missing}: no such file" in capsys.readouterr().err


def test_an_unwritable_target_leaves_nothing_behind(
    bank_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "a-folder.csv"
    folder.mkdir()

    assert main(["export", "--bank", str(bank_file), "--csv", str(folder)]) == 2
    assert main(["export", "--bank", str(bank_file), "--csv", str(tmp_path / "no/dir.csv")]) == 2

    err = capsys.readouterr().err
    assert f"cannot write {folder}" in err
    assert "no/dir.csv" in err
    assert folder.is_dir() and not any(folder.iterdir())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-folder.csv", "bank.json"]


def test_export_replaces_an_existing_file_only_with_force(
    bank_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "out.csv"
    target.write_text("old content that is longer than nothing\n" * 100, encoding="utf-8")

    assert main(["export", "--bank", str(bank_file), "--csv", str(target)]) == 2
    assert capsys.readouterr().err == (
        f"factdeck export: {target} already exists; add --force to replace it\n"
    )
    assert target.read_text(encoding="utf-8").startswith("old content")

    assert main(["export", "--bank", str(bank_file), "--csv", str(target), "--force"]) == 0

    assert target.read_text(encoding="utf-8").startswith("id,type,prompt")
    assert "old content" not in target.read_text(encoding="utf-8")


def test_export_anki_carries_the_profiles_schedule_unless_told_not_to(
    bank_file: Path, tmp_path: Path, _saves: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bank = load_bank(bank_file)
    with ProgressStore.open(_saves, "ann") as store:
        service = StudyService(bank, store)
        service.rate("che-visit", Rating.Good)
    target = tmp_path / "deck.apkg"
    args = ["export", "--bank", str(bank_file), "--anki", str(target), "--profile", "ann"]

    assert main(args) == 0
    out = capsys.readouterr().out
    assert f"Wrote 5 notes (one per fact) from deck 'Cuba & Korea' to {target}\n" in out
    assert "1 of them carry your schedule and review history" in out
    assert "Import any learning progress" in out
    with zipfile.ZipFile(target) as package, tempfile.TemporaryDirectory() as folder:
        database = Path(package.extract("collection.anki2", folder))
        with closing(sqlite3.connect(database)) as connection:
            assert connection.execute("SELECT count(*) FROM revlog").fetchone() == (1,)

    assert main([*args, "--force", "--without-progress"]) == 0
    assert "schedule" not in capsys.readouterr().out
    assert main([*args[:-2], "--force", "--profile", "nobody"]) == 0  # no saves: all new
    assert main([*args[:-2], "--force", "--profile", "../x"]) == 2
    assert "factdeck export:" in capsys.readouterr().err
