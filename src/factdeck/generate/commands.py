"""``factdeck generate`` and ``factdeck import`` (being built: see issue 1)."""

from __future__ import annotations

import argparse
import sys


def run_generate(args: argparse.Namespace) -> int:
    print("factdeck generate is not available yet.", file=sys.stderr)
    return 2


def run_import(args: argparse.Namespace) -> int:
    print("factdeck import is not available yet.", file=sys.stderr)
    return 2
