"""Preferences: a typed record over a profile's settings, read and written by the service."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError
from study_helpers import full_bank

from factdeck.progress import ProgressStore
from factdeck.study.quiz import QuizSettings
from factdeck.study.service import StudyService
from factdeck.study.settings import Preferences

SAVES = Path(__file__).parents[2] / "fixtures" / "progress"
"""Saves of earlier formats: ``v1`` (one progress.json) and ``v2`` (a folder per profile)."""


@pytest.fixture
def store(tmp_path: Path) -> Iterator[ProgressStore]:
    with ProgressStore.open(tmp_path, profile="default") as opened:
        yield opened


def test_loose_keys_saved_by_an_earlier_version_keep_their_values(
    store: ProgressStore,
) -> None:
    store.update_settings(theme="nord", seconds_per_question=45, pause_after_timeout=0)
    preferences = StudyService(full_bank(2), store).preferences
    assert preferences == Preferences(theme="nord", seconds_per_question=45, pause_after_timeout=0)
    assert preferences.quiz_defaults() == {"seconds_per_question": 45, "pause_after_timeout": 0}


def _format_1_saves(saves: Path) -> None:
    (saves / "default").mkdir(parents=True)
    shutil.copyfile(SAVES / "v1" / "progress.json", saves / "default" / "progress.json")


def _format_2_saves(saves: Path) -> None:
    shutil.copytree(SAVES / "v2", saves)


@pytest.mark.parametrize("copy_saves", [_format_1_saves, _format_2_saves])
def test_saves_of_earlier_formats_keep_their_theme(
    tmp_path: Path, copy_saves: Callable[[Path], None]
) -> None:
    saves = tmp_path / "saves"
    copy_saves(saves)
    with ProgressStore.open(saves) as store:
        assert Preferences.from_stored(store.settings()) == Preferences(theme="textual-dark")


def test_a_profile_without_preferences_has_the_quiz_defaults(store: ProgressStore) -> None:
    preferences = StudyService(full_bank(2), store).preferences
    assert preferences.theme is None
    quiz = QuizSettings()
    assert preferences.quiz_defaults() == {
        "seconds_per_question": quiz.seconds_per_question,
        "pause_after_timeout": quiz.pause_after_timeout,
    }


def test_preferences_are_validated_and_saved_with_the_settings_in_one_write(
    store: ProgressStore,
) -> None:
    service = StudyService(full_bank(2), store)
    service.update_settings(new_per_day=5, seconds_per_question=12)
    assert store.settings() == {"new_per_day": 5, "seconds_per_question": 12}
    assert service.preferences.seconds_per_question == 12
    assert StudyService(full_bank(2), store).preferences.seconds_per_question == 12
    for bad in ({"seconds_per_question": 3601}, {"pause_after_timeout": -1}, {"theme": ""}):
        with pytest.raises(ValidationError):
            service.update_settings(new_per_day=7, **bad)
    with pytest.raises(ValueError, match="no such setting: colour"):
        service.update_settings(new_per_day=7, colour="red")
    assert store.settings() == {"new_per_day": 5, "seconds_per_question": 12}
    assert service.preferences == Preferences(seconds_per_question=12)
    assert service.settings.new_per_day == 5


JSON_VALUES = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=120)


@given(
    st.dictionaries(
        st.sampled_from(["theme", "seconds_per_question", "pause_after_timeout", "other"]),
        JSON_VALUES,
    )
)
def test_any_saved_value_reads_as_itself_if_valid_else_as_the_default(
    stored: dict[str, Any],
) -> None:
    preferences = Preferences.from_stored(stored)
    for name in Preferences.model_fields:
        if name not in stored:
            expected = getattr(Preferences(), name)
        else:
            try:
                expected = getattr(Preferences.model_validate({name: stored[name]}), name)
            except ValidationError:
                expected = getattr(Preferences(), name)
        assert getattr(preferences, name) == expected
