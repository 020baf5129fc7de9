"""``factdeck stats``: the statistics screen, or ``--json`` for scripts (being built: issue 5)."""

from __future__ import annotations

import argparse
import sys


def run_stats(args: argparse.Namespace) -> int:
    print("factdeck stats is not available yet.", file=sys.stderr)
    return 2
