"""FactDeck installed from its wheel, outside the checkout, works as ``pipx install`` leaves it.

The wheel is built from this checkout and installed into a fresh virtual environment in a
temporary folder. Nothing is downloaded: the environment borrows the test environment's
dependencies (a ``.pth`` file naming its site-packages) and pip installs only the wheel.
"""

from __future__ import annotations

import json
import os
import site
import subprocess
import sys
from pathlib import Path

import pytest

import factdeck
from factdeck import paths
from factdeck.bank import load_bank

ROOT = Path(__file__).resolve().parents[2]
BUILD = "import sys; from hatchling.build import build_wheel; print(build_wheel(sys.argv[1]))"


def run(command: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, env=env, cwd=cwd, timeout=120)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str], Path]:
    """The installed environment's bin folder, the environment to run it in, its own folder."""
    tmp = tmp_path_factory.mktemp("installed")
    dist = tmp / "dist"
    built = subprocess.run(
        [sys.executable, "-c", BUILD, str(dist)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    wheel = dist / built.stdout.strip().splitlines()[-1]
    venv = tmp / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / "python"
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    # Dependencies come from the test environment; FactDeck itself only from the wheel.
    Path(purelib, "borrowed-dependencies.pth").write_text(
        "\n".join(site.getsitepackages()) + "\n", encoding="utf-8"
    )
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("FACTDECK_", "PYTHON", "PIP_", "XDG_", "VIRTUAL_ENV"))
    }
    env |= {
        "HOME": str(tmp / "home"),
        "XDG_DATA_HOME": str(tmp / "data"),
        "PIP_CONFIG_FILE": os.devnull,
    }
    subprocess.run(
        [
            *(sys.executable, "-m", "pip", "--python", str(python)),
            *("install", "--no-index", "--no-deps", "--disable-pip-version-check", "-q"),
            str(wheel),
        ],
        env=env,
        check=True,
    )
    work = tmp / "elsewhere"
    work.mkdir()
    return bin_dir, env, work


@pytest.mark.slow
def test_the_wheel_runs_outside_the_checkout(installed: tuple[Path, dict[str, str], Path]) -> None:
    bin_dir, env, work = installed
    factdeck_command = str(bin_dir / "factdeck")

    version = run([factdeck_command, "--version"], env, work)
    assert version.stdout.strip() == f"factdeck {factdeck.__version__}"

    where = run(
        [
            str(bin_dir / "python"),
            "-c",
            "import factdeck.paths as p; print(p.__file__, p.CHECKOUT, p.bank_path(), "
            "p.saves_dir(), sep='\\n')",
        ],
        env,
        work,
    )
    module, checkout, bank, saves = where.stdout.splitlines()
    assert Path(module).is_relative_to(bin_dir.parent), "factdeck came from the checkout"
    assert checkout == "None"
    assert Path(bank).is_relative_to(bin_dir.parent)
    assert Path(saves) == Path(env["XDG_DATA_HOME"], "factdeck", "saves")

    check = run([factdeck_command, "bank", "check"], env, work)
    assert check.returncode == 0, check.stderr
    assert check.stdout.startswith(f"{bank}: OK: ")

    # No profile yet: stats only reads, so it says so, naming the user data folder.
    missing = run([factdeck_command, "stats", "--json"], env, work)
    assert missing.returncode == 2
    assert str(saves) in missing.stderr

    make_profile = (
        f"from factdeck.progress import ProgressStore; ProgressStore.open({saves!r}).close()"
    )
    assert run([str(bin_dir / "python"), "-c", make_profile], env, work).returncode == 0
    stats = run([factdeck_command, "stats", "--json"], env, work)
    assert stats.returncode == 0, stats.stderr
    totals = json.loads(stats.stdout)["totals"]
    assert (totals["answered"], totals["facts_in_bank"]) == (
        0,
        len(load_bank(paths.SHIPPED_BANK).facts),
    )
    assert sorted(path.name for path in work.iterdir()) == [], "wrote into the working folder"


def test_the_checkout_keeps_its_own_folders(monkeypatch: pytest.MonkeyPatch) -> None:
    """The README's editable install reads questions/ and saves/ in the checkout."""
    monkeypatch.delenv(paths.BANK_ENV, raising=False)
    monkeypatch.delenv(paths.SAVES_ENV, raising=False)
    assert paths.CHECKOUT == ROOT
    assert paths.bank_path() == ROOT / "questions" / "bank.json"
    assert paths.saves_dir() == ROOT / "saves"


def test_an_installed_package_is_not_a_checkout(tmp_path: Path) -> None:
    package = tmp_path / "lib" / "site-packages" / "factdeck"
    package.mkdir(parents=True)
    (tmp_path / "lib" / "pyproject.toml").write_text("", encoding="utf-8")
    assert paths.checkout_root(package) is None
    checkout = tmp_path / "repo"
    (checkout / "src" / "factdeck").mkdir(parents=True)
    assert paths.checkout_root(checkout / "src" / "factdeck") is None  # no pyproject.toml
    (checkout / "pyproject.toml").write_text("", encoding="utf-8")
    assert paths.checkout_root(checkout / "src" / "factdeck") == checkout
