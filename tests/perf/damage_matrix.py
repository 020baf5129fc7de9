"""The damaged-saves matrix, every case: each file and folder of a profile deleted (with its
.bak), truncated, zeroed, garbled or replaced by JSON of the wrong shape; what opening the
profile restored, rebuilt and reported.

Run: ``.venv/bin/python tests/perf/damage_matrix.py``. The test suite checks a few rows
(tests/unit/progress/test_progress_damage_matrix.py).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "unit" / "progress"))

from damage_matrix import (
    DAMAGES,
    TARGETS,
    damage_and_open,
    make_template,
    unexplained_losses,
)


def _summary(notes: list[str]) -> str:
    if not notes:
        return "nothing said"
    restored = sum("previous good version was restored" in n for n in notes)
    rebuilt = sum("rebuilt from the answer log" in n for n in notes)
    lost = sorted(
        {n.split("lost: ", 1)[1].rstrip(".") for n in notes if "rebuilt" not in n} - {"nothing"}
    )
    parts = []
    if restored:
        parts.append(f"{restored} restored from .bak")
    if rebuilt:
        parts.append(f"{rebuilt} rebuilt from the log")
    if lost:
        parts.append("told lost: " + "; ".join(lost))
    return ", ".join(parts) or "told: nothing lost"


def main() -> None:
    with tempfile.TemporaryDirectory() as temporary:
        root = Path(temporary)
        original = make_template(root / "template")
        print("| target | damage | outcome | unexplained loss | 2nd open | next answer |")
        print("| --- | --- | --- | --- | --- | --- |")
        for target in TARGETS:
            for damage in DAMAGES:
                saves = root / f"case-{len(list(root.iterdir()))}"
                shutil.copytree(root / "template", saves)
                outcome = damage_and_open(saves, target, damage)
                problems = unexplained_losses(original, outcome)
                print(
                    f"| {target} | {damage} | {_summary(outcome.notes)} | "
                    f"{'; '.join(problems) or 'none'} | "
                    f"{'quiet' if not outcome.reopened_notes else 'repeats'} | "
                    f"{'saved' if outcome.saved_next else 'FAILED'} |"
                )
                shutil.rmtree(saves)


if __name__ == "__main__":
    main()
