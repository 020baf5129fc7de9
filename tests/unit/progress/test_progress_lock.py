"""One writer per profile: the lock file, a second process, stale locks, other hosts."""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from factdeck.progress import ProfileLocked, ProgressStore
from factdeck.progress import lock as lock_module

HOLDER = textwrap.dedent(
    """
    import sys
    from factdeck.progress import ProgressStore
    store = ProgressStore.open(sys.argv[1], sys.argv[2])
    print("ready", flush=True)
    sys.stdin.readline()
    store.close()
    """
)


def _start_holder(saves: Path, profile: str = "default") -> subprocess.Popen[str]:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(saves), profile],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "ready"
    return holder


def _dead_pid() -> int:
    finished = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    return int(finished.stdout)


def test_the_lock_names_its_holder_while_open_and_goes_on_close(saves: Path) -> None:
    with ProgressStore.open(saves, "alice") as store:
        lock = json.loads((store.directory / "lock").read_text())
        assert lock["pid"] == os.getpid()
        assert lock["host"] == socket.gethostname()
        assert lock["started_at"].endswith("+00:00")
    assert not (saves / "alice" / "lock").exists()


def test_a_second_open_in_the_same_process_is_refused(saves: Path) -> None:
    with ProgressStore.open(saves) as store:
        with pytest.raises(ProfileLocked) as refused:
            ProgressStore.open(saves)
        assert refused.value.pid == os.getpid()
        store.record_answer("q", True, "quiz", 1)
    with ProgressStore.open(saves) as store:
        assert store.answer_count() == 1


def test_a_second_process_gets_a_clear_message_naming_the_holder(saves: Path) -> None:
    holder = _start_holder(saves)
    try:
        with pytest.raises(ProfileLocked) as refused:
            ProgressStore.open(saves)
        message = str(refused.value)
        assert f"process {holder.pid}" in message
        assert socket.gethostname() in message
        assert "'default' is in use" in message
        assert "--profile" in message
        with ProgressStore.open(saves, "other") as other:
            assert other.answer_count() == 0, "other profiles stay free"
    finally:
        holder.communicate("\n", timeout=30)
    with ProgressStore.open(saves) as store:
        assert store.recovery == [], "released cleanly"


def test_the_lock_of_a_killed_process_is_taken_over(saves: Path) -> None:
    holder = _start_holder(saves)
    holder.send_signal(signal.SIGKILL)
    holder.wait(timeout=30)
    assert (saves / "default" / "lock").exists()
    with ProgressStore.open(saves) as store:
        (note,) = store.recovery
        assert f"process {holder.pid}" in str(note) and "taken over" in str(note)
        assert json.loads((store.directory / "lock").read_text())["pid"] == os.getpid()


def test_a_stale_lock_naming_a_dead_pid_is_taken_over(saves: Path) -> None:
    folder = saves / "default"
    folder.mkdir(parents=True)
    dead = _dead_pid()
    stale = {"pid": dead, "host": socket.gethostname(), "started_at": "2024-01-01T00:00:00+00:00"}
    (folder / "lock").write_text(json.dumps(stale))
    with ProgressStore.open(saves) as store:
        assert [note.lost for note in store.recovery] == ["nothing"]
        assert str(dead) in str(store.recovery[0])


@pytest.mark.parametrize(
    "content",
    [b"\x00garbage", b"", b'{"pid": 12'],
    ids=["garbage", "empty after a power loss", "half written"],
)
def test_an_unreadable_lock_without_a_holder_is_taken_over(saves: Path, content: bytes) -> None:
    folder = saves / "default"
    folder.mkdir(parents=True)
    (folder / "lock").write_bytes(content)
    with ProgressStore.open(saves) as store:
        assert store.recovery == []


def test_a_lock_from_another_host_is_refused_and_left_alone(saves: Path) -> None:
    folder = saves / "default"
    folder.mkdir(parents=True)
    foreign = json.dumps({"pid": 4242, "host": "laptop-elsewhere", "started_at": "2025-05-01"})
    (folder / "lock").write_text(foreign)
    with pytest.raises(ProfileLocked) as refused:
        ProgressStore.open(saves)
    message = str(refused.value)
    assert "process 4242 on laptop-elsewhere" in message
    assert f"delete {folder / 'lock'}" in message
    assert (folder / "lock").read_text() == foreign


def _race(
    saves: str, barrier: multiprocessing.synchronize.Barrier, results: multiprocessing.Queue
) -> None:
    barrier.wait()
    try:
        store = ProgressStore.open(saves)
    except ProfileLocked:
        results.put("locked")
        barrier.wait()
        return
    results.put("won")
    barrier.wait()  # hold the lock until every contender has tried
    store.close()


def test_of_processes_racing_for_a_profile_exactly_one_wins(saves: Path) -> None:
    with ProgressStore.open(saves):
        pass  # create the profile first, so the race is about the lock only
    context = multiprocessing.get_context("fork")
    contenders = 6
    barrier = context.Barrier(contenders)
    results = context.Queue()
    processes = [
        context.Process(target=_race, args=(str(saves), barrier, results))
        for _ in range(contenders)
    ]
    for process in processes:
        process.start()
    outcomes = sorted(results.get(timeout=60) for _ in processes)
    for process in processes:
        process.join(timeout=60)
    assert outcomes == ["locked"] * (contenders - 1) + ["won"]


def test_a_lock_that_keeps_changing_hands_gives_up_with_a_message(
    saves: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(lock_module, "_still_named", lambda fd, path: False)
    with pytest.raises(ProfileLocked, match="'default' is in use by another process"):
        ProgressStore.open(saves)
