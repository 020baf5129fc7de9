"""The command line's handlers, one module per command, over the domain and the UI.

``factdeck.cli`` names each handler as ``module:function``; ``resolve`` imports its module only
when that command runs, so ``factdeck bank check`` never loads Textual and ``--help`` stays
instant.
"""

from __future__ import annotations

import argparse
import gc
import importlib
from collections.abc import Callable
from typing import cast

from factdeck.ui.collector import loading_for_good

Handler = Callable[[argparse.Namespace], int]


def resolve(target: str) -> Handler:
    """The handler named ``module:function``, its module imported now.

    A handler's modules (for ``generate``, the whole generator with its word tables and
    pydantic's models) live as long as the process: the collector would scan them at every
    full collection, and once more at exit, and free nothing, so they load out of its way
    (``loading_for_good``). What is garbage already is collected first rather than kept with
    them, since ``main`` may run many times in one process.
    """
    module_name, _, function_name = target.partition(":")
    gc.collect()
    with loading_for_good():
        module = importlib.import_module(module_name)
    return cast(Handler, getattr(module, function_name))
