"""Opening the terminal app from the command line (being built: see issue 3)."""

from __future__ import annotations

import argparse
import sys


def run_app(args: argparse.Namespace) -> int:
    print("The FactDeck app is not available yet.", file=sys.stderr)
    return 2
