"""Fault injection in the suite: 30 SIGKILLs of a writing process at random moments.

Every acknowledged answer must be there exactly once and nothing may be damaged after each
kill (see tests/perf/kill_writer.py, which also runs the long version).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

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
