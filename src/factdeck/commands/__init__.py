"""The command line's handlers, one module per command, over the domain and the UI.

``factdeck.cli`` names each handler as ``module:function``; ``resolve`` imports its module only
when that command runs, so ``factdeck bank check`` never loads Textual and ``--help`` stays
instant.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable
from typing import cast

Handler = Callable[[argparse.Namespace], int]


def resolve(target: str) -> Handler:
    """The handler named ``module:function``, its module imported now."""
    module_name, _, function_name = target.partition(":")
    module = importlib.import_module(module_name)
    return cast(Handler, getattr(module, function_name))
