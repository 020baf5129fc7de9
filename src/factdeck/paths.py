"""Where banks, sources and saves live: the one place that decides default paths.

Precedence for each location: an explicit argument (command-line flag), then an environment
variable, then the default. The defaults depend on how FactDeck was installed:

- run from its own checkout (the editable install of the README's first command): the
  checkout's ``questions/`` and ``saves/`` folders;
- installed as a package (``pipx install``, ``pip install`` of the wheel): the bank shipped
  inside the package, progress in the platform's user data folder (``~/.local/share/factdeck/saves``
  on Linux), and ``factdeck generate`` reads and writes ``questions/`` in the current folder.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "factdeck"

SAVES_ENV = "FACTDECK_SAVES"
BANK_ENV = "FACTDECK_BANK"

SHIPPED_BANK_RESOURCE = "data/bank.json"
"""Where the wheel carries the shipped bank, inside the ``factdeck`` package (hatch_build.py)."""


def checkout_root(package_dir: Path) -> Path | None:
    """The checkout whose ``src/`` holds the package at ``package_dir``; None when installed.

    A package imported from ``<root>/src/factdeck`` beside ``<root>/pyproject.toml`` runs from
    its checkout; one in ``site-packages`` does not.
    """
    root = package_dir.parent.parent
    if package_dir.parent.name == "src" and (root / "pyproject.toml").is_file():
        return root
    return None


CHECKOUT = checkout_root(Path(__file__).resolve().parent)
"""The checkout FactDeck runs from (editable install), or None when it is installed."""

QUESTIONS_DIR = CHECKOUT / "questions" if CHECKOUT is not None else Path("questions")
"""The documents and curated facts the bank is generated from (and, in the checkout, the bank)."""

DEFAULT_SOURCES = QUESTIONS_DIR / "sources"
DEFAULT_FACTS = QUESTIONS_DIR / "facts.yaml"
DEFAULT_BANK = QUESTIONS_DIR / "bank.json"
"""Where ``factdeck generate`` writes the bank by default (in the checkout: the shipped bank)."""


def _packaged_bank() -> Path:
    """The bank inside the installed package (pip unpacks wheels, so it is a real file)."""
    from importlib import resources

    return Path(str(resources.files(APP_NAME).joinpath(SHIPPED_BANK_RESOURCE)))


SHIPPED_BANK = DEFAULT_BANK if CHECKOUT is not None else _packaged_bank()
"""The shipped Cuba–North Korea bank: the checkout's, or the copy inside the installed package."""


def default_saves() -> Path:
    """The checkout's ``saves/``, or the platform's user data folder when installed."""
    if CHECKOUT is not None:
        return CHECKOUT / "saves"
    # Imported here: only an installed FactDeck needs it, and only when it opens saves.
    import platformdirs

    return platformdirs.user_data_path(APP_NAME, appauthor=False) / "saves"


def bank_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The bank to open: the flag, else ``$FACTDECK_BANK``, else the shipped bank."""
    if explicit is not None:
        return Path(explicit)
    from_env = os.environ.get(BANK_ENV)
    return Path(from_env) if from_env else SHIPPED_BANK


def saves_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The folder that holds learner progress: the flag, else ``$FACTDECK_SAVES``, else
    :func:`default_saves`."""
    if explicit is not None:
        return Path(explicit)
    from_env = os.environ.get(SAVES_ENV)
    return Path(from_env) if from_env else default_saves()


CHECKED_BANKS = ".checked-banks"
"""The folder in the saves folder that remembers which bank files were found valid (by a digest
of their bytes), so the app does not check the same bank again at every start."""


def checked_banks(saves: Path) -> Path:
    """Where the app remembers the banks it found valid, for the saves folder ``saves``."""
    return saves / CHECKED_BANKS
