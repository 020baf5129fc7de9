"""The learner's progress, kept durably in TinyDB under the saves folder.

``ProgressStore.open(saves_dir, profile)`` is the entry point (it takes the profile's lock);
``ProgressStore.open_read_only(saves_dir, profile)`` reads a profile even while the app has it
open, changing nothing. See :mod:`.store`.
"""

from factdeck.progress.errors import (
    InvalidProfileName,
    InvalidRecord,
    ProfileLocked,
    ProfileNotFound,
    ProgressError,
    ReadOnlyProfile,
    SaveFailed,
    SavesTooNew,
)
from factdeck.progress.records import (
    SCHEMA_VERSION,
    AnswerColumns,
    AnswerDetails,
    AnswerRecord,
    JsonObject,
    JsonValue,
    MissedEntry,
    NewAnswer,
    SessionRecord,
)
from factdeck.progress.storage import RecoveryNote
from factdeck.progress.store import ProgressStore

__all__ = [
    "SCHEMA_VERSION",
    "AnswerColumns",
    "AnswerDetails",
    "AnswerRecord",
    "InvalidProfileName",
    "InvalidRecord",
    "JsonObject",
    "JsonValue",
    "MissedEntry",
    "NewAnswer",
    "ProfileLocked",
    "ProfileNotFound",
    "ProgressError",
    "ProgressStore",
    "ReadOnlyProfile",
    "RecoveryNote",
    "SaveFailed",
    "SavesTooNew",
    "SessionRecord",
]
