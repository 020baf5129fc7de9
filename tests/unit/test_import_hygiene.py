"""The domain never imports the UI: each headless package loads without textual or rich, and
no line of its source imports them or factdeck.ui, even inside a function."""

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
    *("paths.py", "files.py", "wording.py"),
]
"""Everything below the command line and the UI, as files and folders of the package."""
UI_MODULES = ("textual", "rich", "factdeck.ui")


def _is_ui(module: str) -> bool:
    return any(module == ui or module.startswith(ui + ".") for ui in UI_MODULES)


def _module_name(path: Path, root: Path) -> str:
    parts = path.relative_to(root.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def ui_imports(path: Path, root: Path = SRC) -> list[str]:
    """Every import of textual, rich or factdeck.ui in the module at ``path`` (in the package
    at ``root``), at any depth: in functions and ``if TYPE_CHECKING:`` blocks too, relative
    ones resolved, and ``importlib.import_module("...")`` with a literal name."""
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
        found += [f"{path.name}:{node.lineno}: {name}" for name in names if _is_ui(name)]
    return found


def domain_files(root: Path = SRC) -> list[Path]:
    files: list[Path] = []
    for name in DOMAIN_SOURCES:
        entry = root / name
        files += sorted(entry.rglob("*.py")) if entry.is_dir() else [entry]
    return files


def test_no_domain_source_imports_the_ui() -> None:
    files = domain_files()
    assert len(files) > 40  # the scan sees the whole domain
    problems = [problem for path in files for problem in ui_imports(path)]
    assert problems == []


@pytest.mark.parametrize(
    "planted",
    [
        "def run(args):\n    from factdeck.ui.launch import run_app\n    return run_app(args)\n",
        "def table():\n    import rich.table\n",
        "from factdeck import ui\n",
        "from ..ui import app\n",
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from textual.app import App\n",
        "import importlib\nLAUNCH = importlib.import_module('factdeck.ui.launch')\n",
    ],
)
def test_the_scan_finds_a_planted_ui_import(tmp_path: Path, planted: str) -> None:
    """The check itself can fail: a copy of the package with one UI import planted in a
    domain module, in any of the forms Python allows, is caught."""
    copy = tmp_path / "factdeck"
    shutil.copytree(SRC, copy, ignore=shutil.ignore_patterns("__pycache__"))
    victim = copy / "study" / "stats_command.py"
    victim.write_text(victim.read_text(encoding="utf-8") + "\n" + planted, encoding="utf-8")
    assert [problem for path in domain_files(copy) for problem in ui_imports(path, copy)] != []
    assert all(ui_imports(path, copy) == [] for path in domain_files(copy) if path != victim)
