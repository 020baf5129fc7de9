"""Profile names: 1–40 of letters, digits, '-' and '_'; nothing is ever written outside saves/."""

from __future__ import annotations

from pathlib import Path

import pytest

from factdeck.progress import InvalidProfileName, ProgressError, ProgressStore
from factdeck.progress.layout import profile_names


@pytest.mark.parametrize(
    "name",
    ["../x", "a/b", "", "a" * 200, "a" * 41, ".", "..", "a b", "x\n", "café", "a\\b", "/etc"],
)
def test_bad_profile_names_are_refused_and_nothing_is_written(tmp_path: Path, name: str) -> None:
    saves = tmp_path / "saves"
    with pytest.raises(InvalidProfileName) as refused:
        ProgressStore.open(saves, name)
    message = str(refused.value)
    assert "1 to 40 letters, digits, '-' or '_'" in message
    assert len(message) < 200, "a long name is shortened in the message"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", ["default", "a", "Anna_2-b", "x" * 40])
def test_good_profile_names_open(saves: Path, name: str) -> None:
    with ProgressStore.open(saves, name) as store:
        assert store.directory == (saves / name).resolve()


def test_a_profile_folder_linking_outside_saves_is_refused(tmp_path: Path) -> None:
    saves = tmp_path / "saves"
    saves.mkdir()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (saves / "sneaky").symlink_to(elsewhere)
    with pytest.raises(ProgressError, match="outside the saves folder"):
        ProgressStore.open(saves, "sneaky")
    assert list(elsewhere.iterdir()) == []


def test_profile_names_lists_the_saved_profiles(saves: Path) -> None:
    assert profile_names(saves) == [], "no saves folder yet"
    for name in ("zoe", "anna"):
        with ProgressStore.open(saves, name):
            pass
    (saves / "old").mkdir()
    (saves / "old" / "progress.json").write_text("{}")
    (saves / "not a profile").mkdir()
    (saves / "empty").mkdir()
    (saves / "stray.txt").write_text("x")
    assert profile_names(saves) == ["anna", "old", "zoe"]
