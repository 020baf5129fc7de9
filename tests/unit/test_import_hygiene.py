"""The domain never imports the UI: each headless package loads without textual or rich."""

import subprocess
import sys

import pytest

DOMAIN_PACKAGES = [
    "factdeck.bank",
    "factdeck.generate",
    "factdeck.study",
    "factdeck.progress",
    "factdeck.export",
    "factdeck.paths",
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
    """The check itself can fail: the UI package does import textual."""
    code = "import sys, textual; print(','.join(m for m in sys.modules if m == 'textual'))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "textual"
