"""Save formats: format 1 (one progress.json) is migrated; a newer format is refused untouched."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from factdeck.progress import SCHEMA_VERSION, ProgressStore, SavesTooNew

FIXTURE = Path(__file__).parents[2] / "fixtures" / "progress" / "v1" / "progress.json"


@pytest.fixture
def v1_saves(saves: Path) -> Path:
    (saves / "default").mkdir(parents=True)
    shutil.copyfile(FIXTURE, saves / "default" / "progress.json")
    return saves


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _at(unix: float) -> datetime:
    return datetime.fromtimestamp(unix, UTC)


def test_format_1_saves_are_migrated_with_everything_in_them(v1_saves: Path) -> None:
    with ProgressStore.open(v1_saves) as store:
        assert store.migrated_from == 1
        assert store.recovery == []
        answers = store.answers()
        assert [(a.question_id, a.correct, a.mode) for a in answers] == [
            ("relations-established.mc", False, "quiz"),
            ("relations-established.typed", True, "quiz"),
            ("embassy-opened.tf", False, "quiz"),
            ("relations-established.mc", True, "review"),
            ("che-visit.number", True, "flashcard"),
            ("question-since-removed.mc", False, "quiz"),
        ]
        first, _, timed_out, _, no_fact, _ = answers
        assert (first.given, first.seconds, first.at) == ("1959", 7.5, _at(1714557600.0))
        assert first.fact_id == "relations-established"
        assert timed_out.timed_out and timed_out.given is None
        assert no_fact.fact_id is None
        assert store.answer_count() == 6

        states = store.fact_states()
        assert set(states) == {"relations-established", "embassy-opened"}
        memory = states["relations-established"]
        assert memory["card"]["card_id"] == 1001 and memory["card"]["stability"] == 3.1262
        assert memory["lapses"] == 0 and memory["suspended"] is False
        assert memory["buried_until"] is None and memory["flag_note"] is None

        missed = {m.question_id: (m.credits, m.missed_at, m.fact_id) for m in store.missed()}
        assert missed == {
            "relations-established.mc": (1, _at(1714557600.0), "relations-established"),
            "embassy-opened.tf": (0, _at(1714557720.5), "embassy-opened"),
            "question-since-removed.mc": (0, _at(1714644120.0), "question-since-removed"),
        }
        assert store.settings() == {
            "desired_retention": 0.85,
            "theme": "textual-dark",
            "default_time_limit": 20,
        }
        assert store.sessions() == []
    folder = v1_saves / "default"
    assert not (folder / "progress.json").exists()
    (kept,) = folder.glob("progress.json.migrated-*")
    assert kept.read_bytes() == FIXTURE.read_bytes(), "the old file is kept as it was"
    meta = json.loads((folder / "meta.json").read_text())["meta"]["1"]
    assert meta["schema_version"] == SCHEMA_VERSION == 4
    assert not (folder / ".migrating").exists()


def test_migrated_saves_reopen_as_they_are_and_keep_working(v1_saves: Path) -> None:
    with ProgressStore.open(v1_saves) as store:
        before = (store.answers(), store.missed(), store.fact_states(), store.settings())
    with ProgressStore.open(v1_saves) as store:
        assert store.migrated_from is None
        assert (store.answers(), store.missed(), store.fact_states(), store.settings()) == before
        store.record_answer("relations-established.mc", True, "review", 2, session_id="new")
        assert "relations-established.mc" not in {m.question_id for m in store.missed()}, (
            "the credit earned under format 1 counts as one session"
        )
        assert store.answer_count() == 7


def test_an_interrupted_migration_starts_over(v1_saves: Path) -> None:
    folder = v1_saves / "default"
    (folder / ".migrating" / "log").mkdir(parents=True)
    (folder / ".migrating" / "log" / "events-000000000001.json").write_text("{half")
    (folder / "log").mkdir()
    (folder / "log" / "events-000000000001.json").write_text('{"events": {}}')
    with ProgressStore.open(v1_saves) as store:
        assert store.migrated_from == 1
        assert store.answer_count() == len(store.answers()) == 6
    assert not (folder / ".migrating").exists()


def test_a_migration_interrupted_after_its_commit_is_only_finished(v1_saves: Path) -> None:
    folder = v1_saves / "default"
    with ProgressStore.open(v1_saves):
        pass
    (kept,) = folder.glob("progress.json.migrated-*")
    kept.rename(folder / "progress.json")  # as if the last rename had not happened
    with ProgressStore.open(v1_saves) as store:
        assert store.migrated_from is None
        assert store.answer_count() == len(store.answers()) == 6
    assert not (folder / "progress.json").exists()
    assert len(list(folder.glob("progress.json.migrated-*"))) == 1


def test_a_damaged_format_1_file_is_moved_aside_and_a_fresh_profile_starts(v1_saves: Path) -> None:
    path = v1_saves / "default" / "progress.json"
    path.write_bytes(FIXTURE.read_bytes()[:300])
    with ProgressStore.open(v1_saves) as store:
        (note,) = store.recovery
        assert note.lost == "all progress saved in the old format"
        assert note.moved_to is not None
        assert note.moved_to.read_bytes() == FIXTURE.read_bytes()[:300]
        assert store.answer_count() == 0 and store.migrated_from is None


def test_saves_of_a_newer_format_are_refused_and_left_untouched(saves: Path) -> None:
    with ProgressStore.open(saves) as store:
        store.record_answer("q", False, "quiz", 1)
    folder = saves / "default"
    meta_path = folder / "meta.json"
    data = json.loads(meta_path.read_text())
    data["meta"]["1"] = {"schema_version": 5, "something_new": [1, 2]}
    meta_path.write_text(json.dumps(data))
    before = _files(folder)
    with pytest.raises(SavesTooNew) as refused:
        ProgressStore.open(saves)
    message = str(refused.value)
    assert "save format 5" in message and "up to 4" in message
    assert "Update FactDeck" in message and "Nothing was changed" in message
    assert _files(folder) == before


def test_a_newer_single_file_save_is_refused_and_left_untouched(saves: Path) -> None:
    folder = saves / "default"
    folder.mkdir(parents=True)
    (folder / "progress.json").write_text('{"meta": {"1": {"schema_version": 9}}, "x": {}}')
    before = _files(folder)
    with pytest.raises(SavesTooNew, match="save format 9"):
        ProgressStore.open(saves)
    assert _files(folder) == before
