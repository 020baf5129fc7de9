"""Shared fixtures of the progress-store tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from factdeck.progress import ProgressStore


@pytest.fixture
def saves(tmp_path: Path) -> Path:
    """An empty saves folder (not yet created, as on a first run)."""
    return tmp_path / "saves"


@pytest.fixture
def small_segments(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tiny log segments and frequent checkpoints, so a few answers cross both boundaries."""
    monkeypatch.setattr(ProgressStore, "segment_events", 3)
    monkeypatch.setattr(ProgressStore, "checkpoint_segments", 2)


@pytest.fixture
def store(saves: Path) -> Iterator[ProgressStore]:
    with ProgressStore.open(saves) as opened:
        yield opened
