"""Fault injection in the suite: 30 SIGKILLs of a writing process at random moments.

Every acknowledged answer must be there exactly once and nothing may be damaged after each
kill (see tests/perf/kill_writer.py, which also runs the long version).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from factdeck.progress.layout import META, SESSIONS, SETTINGS, write_profile

SCRIPT = Path(__file__).parents[2] / "perf" / "kill_writer.py"


def test_killing_a_writer_at_random_moments_loses_and_damages_nothing(tmp_path: Path) -> None:
    finished = subprocess.run(
        [
            sys.executable,
            str(SCRIPT),
            "--kills",
            "30",
            "--max-delay-ms",
            "150",
            "--saves",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert finished.returncode == 0, finished.stdout + finished.stderr
    assert "30 kills, all verified" in finished.stdout


def test_killing_a_writer_while_it_creates_its_profile_leaves_no_false_alarm(
    tmp_path: Path,
) -> None:
    """Kills in a profile's first milliseconds: creation must leave it whole or not made,
    never a profile that claims a settings or sessions file was lost."""
    finished = subprocess.run(
        [
            sys.executable,
            str(SCRIPT),
            "--kills",
            "60",
            "--max-delay-ms",
            "10",
            "--kills-per-profile",
            "1",
            "--saves",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert finished.returncode == 0, finished.stdout + finished.stderr
    assert "60 kills, all verified" in finished.stdout


def test_a_new_profile_has_every_file_before_its_meta(tmp_path: Path) -> None:
    write_profile(tmp_path, [])
    assert (tmp_path / SETTINGS).exists() and (tmp_path / SESSIONS).exists()
    meta_written = (tmp_path / META).stat().st_mtime_ns
    assert (tmp_path / SESSIONS).stat().st_mtime_ns <= meta_written
