"""The one atomic writer: every file FactDeck saves is flushed to the drive the same way."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from factdeck import files
from factdeck.progress.storage import atomic_write


def test_a_file_is_replaced_whole_readable_by_all_and_nothing_else_is_left(tmp_path: Path) -> None:
    path = tmp_path / "deck.json"
    path.write_bytes(b"old")
    files.write_atomically(path, b"new")
    assert path.read_bytes() == b"new"
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
    assert [p.name for p in tmp_path.iterdir()] == ["deck.json"]


def test_before_replace_runs_once_the_data_is_durable_and_the_old_file_is_still_there(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "meta.json"
    path.write_bytes(b"old")
    steps: list[str] = []
    monkeypatch.setattr(files, "sync", lambda fd: steps.append("sync"))
    files.write_atomically(
        path, b"new", before_replace=lambda: steps.append(f"before:{path.read_bytes().decode()}")
    )
    assert steps == ["sync", "before:old", "sync"]  # the file, the hook, then the folder


def test_saves_and_exports_use_full_fsync_where_the_platform_has_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """macOS's fsync leaves data in the drive's cache; F_FULLFSYNC flushes it. Progress and
    decks go through the same call, so neither can miss it."""
    calls: list[int] = []
    monkeypatch.setattr(files, "_FULLFSYNC", 51)
    monkeypatch.setattr(files.fcntl, "fcntl", lambda fd, command: calls.append(command))
    monkeypatch.setattr(os, "fsync", lambda fd: pytest.fail("plain fsync used"))
    files.write_atomically(tmp_path / "export.csv", b"a,b\n")
    atomic_write(tmp_path / "meta.json", b"{}")
    # each file, then its folder; a first save also keeps a copy of itself as its backup
    assert calls == [51] * 6
