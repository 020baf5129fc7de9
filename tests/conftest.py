"""Hypothesis draws the same examples on every run, so a run never turns red on a draw no
earlier run made; ``HYPOTHESIS_PROFILE=explore`` draws new ones to look for failures."""

import os

from hypothesis import settings

settings.register_profile("repeatable", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))
