"""The learner's progress, kept durably in TinyDB under the saves folder.

``ProgressStore.open(saves_dir, profile)`` is the one entry point; see :mod:`.store`.
"""

from factdeck.progress.errors import (
    InvalidProfileName,
    InvalidRecord,
    ProfileLocked,
    ProgressError,
    SaveFailed,
    SavesTooNew,
)
from factdeck.progress.records import SCHEMA_VERSION, AnswerRecord, MissedEntry
from factdeck.progress.storage import RecoveryNote
from factdeck.progress.store import ProgressStore

__all__ = [
    "SCHEMA_VERSION",
    "AnswerRecord",
    "InvalidProfileName",
    "InvalidRecord",
    "MissedEntry",
    "ProfileLocked",
    "ProgressError",
    "ProgressStore",
    "RecoveryNote",
    "SaveFailed",
    "SavesTooNew",
]
