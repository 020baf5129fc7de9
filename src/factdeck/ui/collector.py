"""Keeping the cyclic garbage collector out of the way of what lives as long as the app.

Start-up creates the objects the app keeps until it quits: its modules and classes (Textual,
pydantic, the domain) and the bank. Collecting while they are made frees nothing and scans
them again at every full collection, which grows with each module loaded.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

from factdeck.collector import collector_paused as collector_paused


@contextmanager
def loading_for_good() -> Iterator[None]:
    """Load modules with the collector paused, then move everything that exists by then out of
    its sight for good (``gc.freeze``): later collections scan only what is made afterwards.

    For the app's imports: modules stay loaded until the process ends. The few hundred cyclic
    scraps imports leave behind are frozen with them (a few kilobytes, never collected).
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        # Frozen before the collector resumes, or its first pass would scan all of it once.
        gc.freeze()
        if collecting:
            gc.enable()
