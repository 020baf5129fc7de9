"""Where banks, sources and saves live: the one place that decides default paths.

Precedence for each location: an explicit argument (command-line flag), then an environment
variable, then the project's own folders (``questions/`` and ``saves/`` beside ``src/``).
"""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]
"""The checkout FactDeck was installed from (editable install): holds questions/ and saves/."""

QUESTIONS_DIR = PROJECT_ROOT / "questions"
"""The shipped question bank and the documents and curated facts it is generated from."""

DEFAULT_BANK = QUESTIONS_DIR / "bank.json"
DEFAULT_SOURCES = QUESTIONS_DIR / "sources"
DEFAULT_FACTS = QUESTIONS_DIR / "facts.yaml"
DEFAULT_SAVES = PROJECT_ROOT / "saves"

SAVES_ENV = "FACTDECK_SAVES"
BANK_ENV = "FACTDECK_BANK"


def bank_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The bank to open: the flag, else ``$FACTDECK_BANK``, else the shipped bank."""
    if explicit is not None:
        return Path(explicit)
    from_env = os.environ.get(BANK_ENV)
    return Path(from_env) if from_env else DEFAULT_BANK


def saves_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The folder that holds learner progress: the flag, else ``$FACTDECK_SAVES``, else saves/."""
    if explicit is not None:
        return Path(explicit)
    from_env = os.environ.get(SAVES_ENV)
    return Path(from_env) if from_env else DEFAULT_SAVES
