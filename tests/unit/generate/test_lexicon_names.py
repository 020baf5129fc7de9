"""The people's names the extractor knows are the ones Faker's name lists hold.

``factdeck.generate.lexicon`` reads its copy in ``names/`` rather than importing Faker each run.
This test rebuilds the lists from the installed Faker and fails when the copy differs (a newer
Faker added or dropped names); run this file as a script to rewrite the copy:
``.venv/bin/python tests/unit/generate/test_lexicon_names.py``.
"""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

from faker.providers import person

from factdeck.generate import lexicon

NAMES = Path(lexicon.__file__).parent / "names"
GIVEN_NAME_LISTS = (
    "first_names",
    "first_names_male",
    "first_names_female",
    "first_romanized_names",
)


def faker_names(attributes: tuple[str, ...]) -> frozenset[str]:
    """The one-word names of the given lists of every locale's person provider."""
    names: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for attribute in attributes:
            values = vars(provider).get(attribute)
            if isinstance(values, tuple | list | dict):
                names.update(name for name in values if isinstance(name, str) and name.isalpha())
    return frozenset(names)


def faker_given_names() -> frozenset[str]:
    return frozenset(name for name in faker_names(GIVEN_NAME_LISTS) if name[:1].isupper())


def faker_family_names() -> frozenset[str]:
    return faker_names(("last_names",))


def test_given_names_are_faker_s() -> None:
    assert lexicon.given_names() == faker_given_names()
    assert {"Laszlo", "Priya", "Ilse"} <= lexicon.given_names()


def test_family_names_are_faker_s() -> None:
    assert lexicon._surnames() == faker_family_names()


def test_a_known_given_and_family_name_read_as_a_person() -> None:
    assert lexicon.reads_as_personal_name("Priya Kowalski")
    assert not lexicon.reads_as_personal_name("Priya Kowalski Street")


def write(path: Path, names: frozenset[str]) -> None:
    path.write_text("".join(f"{name}\n" for name in sorted(names)), encoding="utf-8")


if __name__ == "__main__":
    write(NAMES / "given.txt", faker_given_names())
    write(NAMES / "family.txt", faker_family_names())
