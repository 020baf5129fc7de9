"""``factdeck export`` (being built: see issue 5)."""

from __future__ import annotations

import argparse
import sys


def run_export(args: argparse.Namespace) -> int:
    print("factdeck export is not available yet.", file=sys.stderr)
    return 2
