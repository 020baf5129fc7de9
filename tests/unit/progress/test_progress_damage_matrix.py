"""A few rows of the damaged-saves matrix, one per kind of damage and target family (the whole
matrix is printed by ``tests/perf/damage_matrix.py``): the profile opens, what is lost is said,
the count follows the history, a second opening is quiet, and the next answer saves."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from damage_matrix import damage_and_open, make_template, unexplained_losses


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    saves = tmp_path_factory.mktemp("template") / "saves"
    return saves, make_template(saves)


@pytest.mark.parametrize(
    ("target", "damage"),
    [
        ("meta.json", "zeroed"),
        ("log segment, oldest", "deleted"),
        ("log segment, open", "garbled"),
        ("log/ folder", "deleted"),
        ("facts/ folder", "wrong shape"),
        ("missed.json", "truncated"),
        ("sessions.json", "deleted"),
    ],
)
def test_damage_is_repaired_or_told(
    template: tuple[Path, dict[str, Any]], tmp_path: Path, target: str, damage: str
) -> None:
    saves = tmp_path / "saves"
    shutil.copytree(template[0], saves)
    outcome = damage_and_open(saves, target, damage)
    assert outcome.notes, "the learner is told"
    assert unexplained_losses(template[1], outcome) == []
    assert outcome.reopened_notes == []
    assert outcome.saved_next
