"""The UI and the command line use Textual's public API only: no module imports a private
module of textual (``textual._context``, ``textual.widgets._data_table``) or a private name
from a public one. Private parts change between Textual releases without notice."""

import ast
from pathlib import Path

import pytest

import factdeck

SRC = Path(factdeck.__file__).parent


def private_textual_imports(source: str) -> list[str]:
    """Each import of a private part of textual in ``source`` (at any depth), as
    ``line: name``."""
    found = []
    for node in ast.walk(ast.parse(source)):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
            names = [f"{node.module}.{alias.name}" for alias in node.names]
        found += [
            f"{node.lineno}: {name}"
            for name in names
            if name.split(".")[0] == "textual"
            and any(part.startswith("_") for part in name.split(".")[1:])
        ]
    return found


def test_no_module_imports_a_private_part_of_textual() -> None:
    files = sorted(SRC.rglob("*.py"))
    assert len(files) > 80  # the scan sees the whole package
    problems = [
        f"{path.relative_to(SRC)}:{problem}"
        for path in files
        for problem in private_textual_imports(path.read_text(encoding="utf-8"))
    ]
    assert problems == []


@pytest.mark.parametrize(
    "planted",
    [
        "from textual._context import active_app\n",
        "import textual._context\n",
        "def current():\n    from textual.widgets._data_table import Column\n",
        "from textual.app import _private\n",
    ],
)
def test_the_scan_finds_a_private_import(planted: str) -> None:
    """The check itself can fail: each form of a private import is caught, a public one is
    not."""
    assert private_textual_imports(planted) != []
    assert private_textual_imports("from textual.widgets import DataTable\n") == []
