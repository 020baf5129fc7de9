"""No module of the package binds one top-level name twice: the later binding silently
replaces the earlier for every function of the module, including those written for it."""

import ast
from collections import Counter
from pathlib import Path

import factdeck

_PACKAGE = Path(factdeck.__file__).parent


def _bound_twice(source: str) -> list[str]:
    bound: Counter[str] = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            bound[node.name] += 1
        elif isinstance(node, ast.Assign):
            bound.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            bound[node.target.id] += 1
    return sorted(name for name, count in bound.items() if count > 1)


def test_the_check_finds_a_name_bound_twice() -> None:
    assert _bound_twice("_WORDS = {'a'}\ndef f(): return _WORDS\n_WORDS = {'b'}\n") == ["_WORDS"]


def test_no_module_binds_a_top_level_name_twice() -> None:
    found = {
        str(path.relative_to(_PACKAGE)): names
        for path in sorted(_PACKAGE.rglob("*.py"))
        if (names := _bound_twice(path.read_text(encoding="utf-8")))
    }
    assert found == {}
