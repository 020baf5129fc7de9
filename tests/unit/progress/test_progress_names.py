"""Profile names: 1–40 of letters (any alphabet), digits, '-' and '_', normalised; names that
differ only in case are one profile; nothing is ever written outside saves/."""

from __future__ import annotations

from pathlib import Path

import pytest

from factdeck.progress import InvalidProfileName, ProgressError, ProgressStore
from factdeck.progress.layout import profile_names


@pytest.mark.parametrize(
    "name",
    [
        "../x",
        "a/b",
        "",
        "a" * 200,
        "a" * 41,
        ".",
        "..",
        "a b",
        "x\n",
        "a\\b",
        "/etc",
        "\u0301a",  # an accent with no letter before it
        "a\u00a0b",  # a no-break space
        "．．",  # fullwidth dots: NFKC makes them "..", still refused
        "a／b",  # a fullwidth slash
        "x\u200bq",  # a zero-width space
    ],
)
def test_bad_profile_names_are_refused_and_nothing_is_written(tmp_path: Path, name: str) -> None:
    saves = tmp_path / "saves"
    with pytest.raises(InvalidProfileName) as refused:
        ProgressStore.open(saves, name)
    message = str(refused.value)
    assert "1 to 40 letters (any alphabet), digits, '-' or '_'" in message
    assert len(message) < 200, "a long name is shortened in the message"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "name",
    ["default", "a", "Anna_2-b", "x" * 40, "maría", "Zoë", "Ива́н", "学生", "طالب٣", "é" * 40],
)
def test_good_profile_names_open(saves: Path, name: str) -> None:
    with ProgressStore.open(saves, name) as store:
        assert store.directory == (saves / name).resolve()
        assert store.profile == name and store.directory.parent == saves.resolve()


def test_a_name_is_stored_in_one_unicode_form(saves: Path) -> None:
    decomposed = "mari\u0301a"  # i + combining acute, as some keyboards send it
    with ProgressStore.open(saves, decomposed) as store:
        assert store.profile == "maría" and store.directory.name == "maría"
    with ProgressStore.open(saves, "ｍａｒíａ") as store:  # fullwidth letters
        assert store.profile == "maría"
    assert profile_names(saves) == ["maría"]


def test_names_differing_in_case_are_one_profile(saves: Path) -> None:
    with ProgressStore.open(saves, "María") as store:
        store.update_settings(theme="nord")
    for name in ("maría", "MARÍA"):
        with ProgressStore.open(saves, name) as store:
            assert store.profile == "María" and store.settings()["theme"] == "nord"
        with ProgressStore.open_read_only(saves, name) as store:
            assert store.profile == "María"
    assert profile_names(saves) == ["María"]


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
