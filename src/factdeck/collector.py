"""Pausing the cyclic garbage collector while a burst of long-lived data is built.

Reading a long history makes lists of a hundred thousand items and thousands of small objects
that are all kept (by the statistics, the app, its modules). A collection started meanwhile frees
nothing and walks every one of them, again at each full collection; such passes cost a quarter
of reading a profile's statistics. The pause covers the burst, and the collector resumes after it.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_pauses = 0
"""How many ``collector_paused`` blocks are running, in any thread."""
_resume = False
"""Whether the collector was enabled when the first of them began (and so resumes)."""


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the collector for the block (for building data that is kept, not garbage).

    Blocks may nest and overlap across threads (the app reads statistics in a worker thread):
    the collector resumes when the last one ends, if it was enabled when the first began.
    """
    global _pauses, _resume
    with _lock:
        if _pauses == 0:
            _resume = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _lock:
            _pauses -= 1
            if _pauses == 0 and _resume:
                gc.enable()
