"""A person the document likens to the key ("just as Piet Rask founded a town, Lind did the
same", "Like Rask, Lind ...") is no option: the document tells, or lets a learner take, that
what the question asks of the key holds for that person too."""

from __future__ import annotations

import pytest

from helpers.generation import auto_fact, option_pool

_VALLEY = (
    "Tarn Valley\n\n"
    "The Tarn Valley was settled in the 1630s.\n\n"
    "Ivo Lind broke with the elders of Orm and, {likened} "
    "Ivo Lind led a band of followers overland from Orm in 1636. "
    "Jon Marr and Olaf Brenn founded Kell in 1638. Tomas Keel mapped the river in 1637. "
    "Piet Rask was a minister.\n\n"
    "The valley grew quickly."
)
_NAMES = ["Ivo Lind", "Piet Rask", "Jon Marr", "Olaf Brenn", "Tomas Keel"]


@pytest.mark.parametrize(
    "likened",
    [
        "just as Piet Rask founded a town at Vell, Lind and his followers did the same in 1636.",
        "much as Piet Rask had done at Vell, Lind founded a town at Tarn in 1636.",
        "like Piet Rask, Lind founded a town of his own in 1636.",
    ],
)
def test_a_person_likened_to_the_key_is_no_option(likened: str) -> None:
    statement = "Ivo Lind led a band of followers overland from Orm in 1636."
    prompt = "Who led a band of followers overland from Orm?"
    fact = auto_fact("person", "Ivo Lind", statement, prompt)
    options = option_pool(_VALLEY.format(likened=likened), "person", _NAMES, fact).choose(fact)
    assert len(options) == 3
    assert "Piet Rask" not in options
