"""Imports run one way: the command line over the UI over the domain.

Each headless package loads without textual or rich, and no line of its source imports them,
factdeck.ui or the command line (factdeck.cli, factdeck.commands), even inside a function; no
line of the UI imports the command line."""

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import factdeck

DOMAIN_PACKAGES = [
    "factdeck.bank",
    "factdeck.generate",
    "factdeck.study",
    "factdeck.progress",
    "factdeck.export",
    "factdeck.paths",
    "factdeck.files",
    "factdeck.wording",
    "factdeck.collector",
    "factdeck.cli",
]

PROBE = """
import importlib, pkgutil, sys
name = sys.argv[1]
module = importlib.import_module(name)
for info in pkgutil.walk_packages(getattr(module, "__path__", []), name + "."):
    importlib.import_module(info.name)
leaked = sorted(m for m in sys.modules if m.split(".")[0] in {"textual", "rich"})
print(",".join(leaked))
"""


@pytest.mark.parametrize("package", DOMAIN_PACKAGES)
def test_domain_package_imports_no_ui(package: str) -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, package], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "", f"{package} pulled in {result.stdout.strip()}"


def test_probe_detects_a_ui_import() -> None:
    """The fresh-interpreter check itself can fail: run on a UI module, it names textual."""
    result = subprocess.run(
        [sys.executable, "-c", PROBE, "factdeck.ui.widgets.literal"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "textual" in result.stdout.strip().split(",")


# ---- the source itself, function-level imports included ----

SRC = Path(factdeck.__file__).parent
DOMAIN_SOURCES = [
    *("bank", "generate", "study", "progress", "export"),
    *("paths.py", "files.py", "wording.py", "collector.py"),
]
"""Everything below the command line and the UI, as files and folders of the package."""
COMMAND_LINE = ("factdeck.cli", "factdeck.commands")
ABOVE_THE_DOMAIN = ("textual", "rich", "factdeck.ui", *COMMAND_LINE)
"""What no domain module may import."""


def _is_in(module: str, forbidden: tuple[str, ...]) -> bool:
    return any(module == name or module.startswith(name + ".") for name in forbidden)


def _module_name(path: Path, root: Path) -> str:
    parts = path.relative_to(root.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def upward_imports(
    path: Path, root: Path = SRC, forbidden: tuple[str, ...] = ABOVE_THE_DOMAIN
) -> list[str]:
    """Every import of a ``forbidden`` module (by default textual, rich, factdeck.ui and the
    command line) in the module at ``path`` (in the package at ``root``), at any depth: in
    functions and ``if TYPE_CHECKING:`` blocks too, relative ones resolved, and
    ``importlib.import_module("...")`` with a literal name."""
    module = _module_name(path, root)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join([*anchor, *([base] if base else [])])
            names = [base, *(f"{base}.{alias.name}" for alias in node.names)]
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute | ast.Name)
            and getattr(node.func, "attr", getattr(node.func, "id", None))
            in ("import_module", "__import__")
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            names = [node.args[0].value]
        found += [f"{path.name}:{node.lineno}: {name}" for name in names if _is_in(name, forbidden)]
    return found


def domain_files(root: Path = SRC) -> list[Path]:
    files: list[Path] = []
    for name in DOMAIN_SOURCES:
        entry = root / name
        files += sorted(entry.rglob("*.py")) if entry.is_dir() else [entry]
    return files


def test_no_domain_source_imports_the_ui_or_the_command_line() -> None:
    files = domain_files()
    assert len(files) > 40  # the scan sees the whole domain
    problems = [problem for path in files for problem in upward_imports(path)]
    assert problems == []


def test_the_ui_does_not_import_the_command_line() -> None:
    files = sorted((SRC / "ui").rglob("*.py"))
    assert len(files) > 20  # the scan sees the whole UI
    problems = [problem for path in files for problem in upward_imports(path, SRC, COMMAND_LINE)]
    assert problems == []


def test_stats_json_loads_no_ui() -> None:
    """``factdeck stats --json`` is for scripts: its handler's module imports only the domain."""
    result = subprocess.run(
        [sys.executable, "-c", PROBE, "factdeck.commands.stats"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == ""


@pytest.mark.parametrize(
    "planted",
    [
        "def run(args):\n    from factdeck.ui.app import FactDeckApp\n    return FactDeckApp\n",
        "def run(args):\n    from factdeck.commands.app import run_app\n    return run_app(args)\n",
        "from factdeck import cli\n",
        "def table():\n    import rich.table\n",
        "from factdeck import ui\n",
        "from ..ui import app\n",
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from textual.app import App\n",
        "import importlib\nLAUNCH = importlib.import_module('factdeck.ui.app')\n",
    ],
)
def test_the_scan_finds_a_planted_ui_import(tmp_path: Path, planted: str) -> None:
    """The check itself can fail: a copy of the package with one upward import planted in a
    domain module, in any of the forms Python allows, is caught."""
    copy = tmp_path / "factdeck"
    shutil.copytree(SRC, copy, ignore=shutil.ignore_patterns("__pycache__"))
    victim = copy / "study" / "history.py"
    victim.write_text(victim.read_text(encoding="utf-8") + "\n" + planted, encoding="utf-8")
    assert [problem for path in domain_files(copy) for problem in upward_imports(path, copy)] != []
    assert all(upward_imports(path, copy) == [] for path in domain_files(copy) if path != victim)


def test_the_ui_scan_finds_a_planted_command_line_import(tmp_path: Path) -> None:
    root = tmp_path / "factdeck"
    planted = root / "ui" / "screens" / "home.py"
    planted.parent.mkdir(parents=True)
    planted.write_text("def back():\n    from ...commands import app\n", encoding="utf-8")
    assert upward_imports(planted, root, COMMAND_LINE)[0] == "home.py:2: factdeck.commands"
