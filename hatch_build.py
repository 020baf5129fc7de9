"""Build hook: the wheel carries the shipped bank inside the package (``factdeck/data``).

An editable install runs from the checkout, which reads ``questions/bank.json`` itself, so it
gets no copy that could go stale.
"""

from __future__ import annotations

from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class ShippedBankHook(BuildHookInterface):
    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if version != "editable":
            build_data["force_include"]["questions/bank.json"] = "factdeck/data/bank.json"
