"""A "which country" question asks for a land: a key that is an event or a body is asked by
its own sort, and a key of no land's kind is not asked so."""

from __future__ import annotations

import pytest

from factdeck.generate.keys import with_answerable_key, with_key_s_own_sort
from helpers.generation import auto_fact


@pytest.mark.parametrize(
    ("kind", "key", "prompt", "asked"),
    [
        (
            "country",
            "Kessian Revolution",
            "Which country declared war on Orm?",
            "Which revolution declared war on Orm?",
        ),
        (
            "country",
            "Kessian Assembly",
            "To which state did the duke of Orm write a letter?",
            "To which assembly did the duke of Orm write a letter?",
        ),
        (
            "place",
            "Kelby Rebellion",
            "In which region did Orm lose its ports?",
            "In which rebellion did Orm lose its ports?",
        ),
    ],
)
def test_an_event_or_a_body_asked_as_a_land_is_asked_by_its_own_sort(
    kind: str, key: str, prompt: str, asked: str
) -> None:
    fact = auto_fact(kind, key, "s", prompt)
    mended = with_key_s_own_sort(fact)
    assert mended is not None and mended.prompt == asked


def test_a_key_of_no_land_s_kind_is_not_asked_as_a_land() -> None:
    assert (
        with_key_s_own_sort(
            auto_fact("event", "the Red Terror", "s", "Which country began in Orm?")
        )
        is None
    )
    assert (
        with_key_s_own_sort(auto_fact("person", "Ivo Marr", "s", "Which city ruled Orm?")) is None
    )


@pytest.mark.parametrize(
    ("kind", "key"),
    [
        ("country", "Soviet Union"),
        ("country", "Swiss Confederation"),
        ("country", "Dutch Republic"),
        ("country", "Ottoman Empire"),
        ("place", "Vessa"),
    ],
)
def test_a_land_asked_as_a_land_stays(kind: str, key: str) -> None:
    fact = auto_fact(kind, key, "s", "Which country declared war on Orm?")
    assert with_key_s_own_sort(fact) == fact


def test_an_answerable_key_asks_for_an_event_by_its_sort() -> None:
    fact = auto_fact("country", "Kessian Revolution", "s", "Who declared war on Orm?")
    asked = with_answerable_key(fact)
    assert asked is not None and asked.prompt == "Which revolution declared war on Orm?"
