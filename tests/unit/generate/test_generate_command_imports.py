"""``factdeck generate`` loads what rebuilding the shipped bank needs and no more: the reading
only an imported document gets (clauses, referents, reflow), the pairs reader, the study side
and rich (off a terminal the progress is a plain log) stay unloaded."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

RUN = """
import sys
from factdeck.cli import main
code = main(sys.argv[1:])
print(" ".join(sorted(sys.modules)))
raise SystemExit(code)
"""

NOT_FOR_GENERATE = (
    "factdeck.generate.clauses",
    "factdeck.generate.referents",
    "factdeck.generate.reflow",
    "factdeck.commands.importer",
    "factdeck.export",
    "factdeck.study",
    "factdeck.progress",
    "rich",
    "textual",
)
"""Modules (packages with everything under them) the shipped bank's rebuild does without."""


def _loaded_by(*args: str) -> set[str]:
    """The modules loaded by the end of ``factdeck ARGS`` in a fresh interpreter, stderr a pipe."""
    done = subprocess.run(
        [sys.executable, "-c", RUN, *args], capture_output=True, text=True, check=True
    )
    return set(done.stdout.splitlines()[-1].split())


def _unneeded(loaded: set[str]) -> list[str]:
    return sorted(
        module
        for module in loaded
        for unneeded in NOT_FOR_GENERATE
        if module == unneeded or module.startswith(unneeded + ".")
    )


def test_generate_loads_only_what_the_shipped_bank_needs(tmp_path: Path) -> None:
    loaded = _loaded_by("generate", "--out", str(tmp_path / "bank.json"))
    assert "factdeck.generate.extract" in loaded  # the probe saw a real rebuild
    assert _unneeded(loaded) == []


def test_the_probe_sees_what_an_imported_document_loads(tmp_path: Path) -> None:
    """The check can fail: importing a document does load the reading kept off generate."""
    document = tmp_path / "notes.txt"
    document.write_text(
        "The Orm Bridge is a stone bridge in Kestria. It was opened in 1874 by the engineer "
        "Ilse Varga. The bridge carries the main road over the river Lenne.\n",
        encoding="utf-8",
    )
    loaded = _loaded_by("import", str(document), "--deck", "Notes", "--out", str(tmp_path / "d"))
    assert {
        "factdeck.generate.clauses",
        "factdeck.generate.referents",
        "factdeck.generate.reflow",
        "factdeck.commands.importer",
    } <= set(_unneeded(loaded))
