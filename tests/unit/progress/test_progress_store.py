"""The progress store's public interface: answers, fact states, settings, sessions, reopening."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from progress_helpers import memory

from factdeck.progress import (
    AnswerRecord,
    InvalidRecord,
    NewAnswer,
    ProgressError,
    ProgressStore,
)


def test_a_new_profile_starts_empty_and_creates_its_folder(saves: Path) -> None:
    with ProgressStore.open(saves, "alice") as store:
        assert store.answers() == []
        assert store.answer_count() == 0
        assert store.missed() == []
        assert store.fact_states() == {}
        assert store.settings() == {}
        assert store.sessions() == []
        assert store.recovery == []
        assert store.migrated_from is None
    assert (saves / "alice" / "meta.json").exists()
    assert not (saves / "alice" / "lock").exists()


def test_an_answer_is_returned_with_every_detail(store: ProgressStore) -> None:
    at = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
    record = store.record_answer(
        "capital.mc",
        False,
        "quiz",
        4.25,
        fact_id="capital",
        given="Lima",
        timed_out=False,
        near_miss=True,
        rating=1,
        session_id="s1",
        at=at,
    )
    assert isinstance(record, AnswerRecord)
    assert dataclasses.asdict(record) == {
        "id": record.id,
        "question_id": "capital.mc",
        "fact_id": "capital",
        "mode": "quiz",
        "given": "Lima",
        "correct": False,
        "seconds": 4.25,
        "timed_out": False,
        "near_miss": True,
        "override": False,
        "rating": 1,
        "session_id": "s1",
        "review_of": None,
        "at": at,
    }
    assert store.answers() == [record]
    (read,) = store.answers()
    assert read == AnswerRecord(**dataclasses.asdict(read))
    assert hash(read) == hash(record) and repr(read) == repr(record)


def test_times_are_stored_in_utc(store: ProgressStore) -> None:
    plus_two = timezone(timedelta(hours=2))
    record = store.record_answer("q", True, "quiz", 1, at=datetime(2025, 1, 1, 14, tzinfo=plus_two))
    assert record.at == datetime(2025, 1, 1, 12, tzinfo=UTC)
    assert record.at.tzinfo == UTC
    assert store.answers()[0].at.utcoffset() == timedelta(0)
    default = store.record_answer("q", True, "quiz", 1)
    assert default.at.tzinfo is not None


def test_everything_survives_reopening(saves: Path, small_segments: None) -> None:
    with ProgressStore.open(saves) as store:
        session = store.start_session("quiz", {"count": 10, "topics": ["Cold War"]})
        for n in range(10):
            store.record_answer(
                f"q{n % 4}",
                n % 3 == 0,
                "quiz",
                n,
                fact_id=f"f{n % 4}",
                fact_state=memory(n),
                session_id=session,
            )
        store.put_fact_state("f9", memory(99))
        store.update_settings(theme="dark", desired_retention=0.9)
        store.finish_session(session, score=4, total=10)
        before = (store.answers(), store.missed(), store.fact_states(), store.sessions())
    with ProgressStore.open(saves) as store:
        assert (store.answers(), store.missed(), store.fact_states(), store.sessions()) == before
        assert store.answer_count() == 10
        assert store.settings() == {"theme": "dark", "desired_retention": 0.9}
        assert store.fact_state("f9") == memory(99)
        assert store.recovery == []


def test_answers_keep_their_order_when_the_clock_jumps_backwards(store: ProgressStore) -> None:
    late = datetime(2030, 1, 1, tzinfo=UTC)
    first = store.record_answer("a", True, "quiz", 1, at=late)
    second = store.record_answer("b", False, "quiz", 1, at=late - timedelta(days=400))
    third = store.record_answer("c", False, "quiz", 1, at=late - timedelta(days=800))
    assert [r.id for r in store.answers()] == [first.id, second.id, third.id]
    assert [m.question_id for m in store.missed()] == ["b", "c"]
    store.retract_answer(third.id, None)
    assert [r.question_id for r in store.answers()] == ["a", "b"]


def test_history_of_a_question_no_longer_in_the_bank_is_kept(saves: Path) -> None:
    """The store never filters by bank: ids of questions since removed keep their history."""
    bank_then = {"old-fact.mc", "kept.mc"}
    bank_now = {"kept.mc"}
    with ProgressStore.open(saves) as store:
        for question_id in sorted(bank_then):
            store.record_answer(question_id, False, "quiz", 2, fact_id=question_id.split(".")[0])
    with ProgressStore.open(saves) as store:
        removed = [r for r in store.answers() if r.question_id not in bank_now]
        assert [r.question_id for r in removed] == ["old-fact.mc"]
        assert {m.question_id for m in store.missed()} == bank_then
        assert store.answer_count() == 2


def test_fact_states_are_private_copies(store: ProgressStore) -> None:
    given = memory(1)
    store.record_answer("f.mc", True, "flashcard", 1, fact_id="f", fact_state=given, rating=3)
    given["lapses"] = 99
    assert store.fact_state("f") == memory(1)
    returned = store.fact_state("f")
    assert returned is not None
    returned["lapses"] = 7
    store.fact_states()["f"]["lapses"] = 8
    assert store.fact_state("f") == memory(1)
    assert store.fact_state("unknown") is None


def test_put_fact_state_replaces_the_state(store: ProgressStore) -> None:
    store.put_fact_state("f", memory(1))
    suspended = {**memory(1), "suspended": True}
    store.put_fact_state("f", suspended)
    assert store.fact_states() == {"f": suspended}
    assert store.answer_count() == 0


def test_settings_are_merged_and_returned(store: ProgressStore) -> None:
    assert store.update_settings(theme="dark") == {"theme": "dark"}
    assert store.update_settings(new_per_day=20, theme="light") == {
        "theme": "light",
        "new_per_day": 20,
    }
    with pytest.raises(InvalidRecord, match="JSON"):
        store.update_settings(theme=object())
    assert store.settings() == {"theme": "light", "new_per_day": 20}


def test_sessions_record_start_finish_and_summary(store: ProgressStore) -> None:
    first = store.start_session("quiz", {"count": 5})
    second = store.start_session("review", {})
    assert first != second
    store.finish_session(first, score=3, total=5)
    sessions = store.sessions()
    assert [s["id"] for s in sessions] == [first, second]
    assert sessions[0]["kind"] == "quiz"
    assert sessions[0]["settings"] == {"count": 5}
    assert sessions[0]["summary"] == {"score": 3, "total": 5}
    assert sessions[1]["summary"] == {}
    assert sessions[0]["finished_at"] >= sessions[0]["started_at"]
    assert sessions[0]["started_at"].tzinfo is not None
    assert sessions[1]["finished_at"] is None
    with pytest.raises(ProgressError, match="no session 'nope'"):
        store.finish_session("nope")
    store.finish_session(first, id="a summary's own figure")  # kept apart from the session's
    assert store.sessions()[0]["id"] == first
    assert store.sessions()[0]["summary"]["id"] == "a summary's own figure"
    with pytest.raises(InvalidRecord, match="Unknown session kind"):
        store.start_session("party", {})


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda s: s.record_answer("", True, "quiz", 1), "question id"),
        (lambda s: s.record_answer("q", True, "exam", 1), "Unknown mode"),
        (lambda s: s.record_answer("q", 1, "quiz", 1), "correct must be"),
        (lambda s: s.record_answer("q", True, "quiz", -1), "finite number"),
        (lambda s: s.record_answer("q", True, "quiz", float("nan")), "finite number"),
        (lambda s: s.record_answer("q", True, "quiz", 1, rating=5), "rating"),
        (lambda s: s.record_answer("q", True, "quiz", 1, given=["a"]), "given"),
        (lambda s: s.record_answer("q", True, "quiz", 1, fact_state={"a": 1}), "fact_id"),
        (lambda s: s.record_answer("q", True, "quiz", 1, at=datetime(2025, 1, 1)), "timezone"),
        (lambda s: s.record_answer("q", True, "quiz", 1, fact_id="f", fact_state="x"), "a dict"),
        (lambda s: s.record_answer("q", True, "quiz", 1, session_id=7), "session_id"),
        (
            lambda s: s.save_answer(
                NewAnswer(question_id="q", correct=True, mode="quiz", seconds=1, near_miss=None)
            ),
            "near_miss must be",
        ),
        (lambda s: s.put_fact_state("f", "suspended"), "dict"),
        (lambda s: s.put_fact_state("f", {"when": datetime.now(UTC)}), "JSON"),
    ],
)
def test_bad_values_are_refused_and_nothing_is_written(store: ProgressStore, call, message) -> None:
    with pytest.raises(InvalidRecord, match=message):
        call(store)
    assert store.answer_count() == 0
    assert store.fact_states() == {}
    assert not list((store.directory / "log").iterdir())


def test_a_closed_store_refuses_use_and_frees_the_profile(saves: Path) -> None:
    store = ProgressStore.open(saves)
    store.close()
    store.close()
    with pytest.raises(ProgressError, match="closed"):
        store.record_answer("q", True, "quiz", 1)
    with ProgressStore.open(saves) as again:
        assert again.answer_count() == 0


def test_answer_count_is_cheap_and_matches_answers(saves: Path, small_segments: None) -> None:
    with ProgressStore.open(saves) as store:
        for n in range(20):
            store.record_answer(f"q{n}", True, "quiz", 1)
        last = store.record_answer("q-last", True, "quiz", 1)
        store.retract_answer(last.id, None)
    with ProgressStore.open(saves) as store:
        assert store.answer_count() == len(store.answers()) == 20


def test_the_answer_log_is_tinydb_json(store: ProgressStore) -> None:
    record = store.record_answer("q", True, "quiz", 1.5)
    (segment,) = (store.directory / "log").glob("events-*.json")
    data = json.loads(segment.read_text())
    assert data["events"][str(record.id)]["question_id"] == "q"


def test_answers_stay_right_as_the_log_moves_on(saves: Path, small_segments: None) -> None:
    """Old segments' answers are kept between calls; overrides and undos still apply to them."""
    with ProgressStore.open(saves) as store:
        for i in range(10):
            store.record_answer(f"q{i}", i % 2 == 0, "quiz", 1.0, fact_id=f"f{i % 3}")
        first = store.answers()
        assert store.answers() == first
        store.override_answer(2)  # in the first segment, long closed (event 11)
        store.record_answer("q10", False, "quiz", 1.0)  # answer 12
        store.retract_answer(12, None)
        store.retract_answer(10, None)  # in a closed segment too
        for i in range(11, 15):
            store.record_answer(f"q{i}", True, "quiz", 1.0)
        seen = store.answers()
        assert [(r.id, r.correct, r.override) for r in seen[:4]] == [
            (1, True, False),
            (2, True, True),
            (3, True, False),
            (4, False, False),
        ]
        assert [r.id for r in seen] == [*range(1, 10), *range(15, 19)]
        assert store.answer_count() == len(seen)
    with ProgressStore.open(saves) as store:
        assert store.answers() == seen


def test_an_answer_checked_once_is_saved_as_record_answer_saves_it(store: ProgressStore) -> None:
    moment = datetime(2026, 2, 1, 12, tzinfo=timezone(timedelta(hours=2)))
    answer = NewAnswer(
        question_id="q1",
        correct=False,
        mode="review",
        seconds=3,
        fact_id="f1",
        given="1959",
        rating=1,
        fact_state=memory(1),
        at=moment,
    )
    assert answer.seconds == 3.0 and isinstance(answer.seconds, float)
    saved = store.save_answer(answer)
    same = store.record_answer(
        "q1", False, "review", 3, fact_id="f1", given="1959", rating=1, at=moment
    )
    fields = ("question_id", "correct", "mode", "seconds", "fact_id", "given", "rating", "at")
    assert [getattr(saved, f) for f in fields] == [getattr(same, f) for f in fields]
    assert saved.at == moment and saved.at.tzinfo is UTC
    assert store.fact_state("f1") == memory(1)
    assert [m.question_id for m in store.missed()] == ["q1"]


def test_decoded_fact_states_give_each_state_to_the_decoder(store: ProgressStore) -> None:
    store.put_fact_state("f1", {"lapses": 2})
    store.record_answer("q2", True, "quiz", 1.0, fact_id="f2", fact_state={"lapses": 5})
    seen: list[int] = []

    def decode(state: Mapping[str, Any]) -> int:
        seen.append(state["lapses"])
        return int(state["lapses"]) * 10

    assert store.decoded_fact_states(decode) == {"f1": 20, "f2": 50}
    assert sorted(seen) == [2, 5]
    assert store.fact_states() == {"f1": {"lapses": 2}, "f2": {"lapses": 5}}


def test_opening_removes_what_a_writer_killed_mid_write_left(saves: Path) -> None:
    with ProgressStore.open(saves) as store:
        store.record_answer("q1", True, "quiz", 1.0)
    profile = saves / "default"
    leftovers = [profile / ".meta.json.k2j4x9.tmp", profile / "log" / ".joined.q8w.tmp"]
    kept = [profile / "notes.tmp", profile / "log" / ".hidden"]
    for path in leftovers + kept:
        path.write_bytes(b"half a file")

    with ProgressStore.open(saves) as store:
        assert [a.question_id for a in store.answers()] == ["q1"]

    assert [p for p in leftovers if p.exists()] == []
    assert [p for p in kept if p.exists()] == kept
