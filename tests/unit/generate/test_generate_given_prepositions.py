"""A fronted wh-phrase takes the preposition the sentence gives its key, never a new one."""

from __future__ import annotations

import pytest

from factdeck.generate.gates import preposition_not_given


@pytest.mark.parametrize(
    ("asked", "before"),
    [
        (
            "From which kingdom do the stripes come?",
            "The stripes represent the colonies that rebelled against the ",
        ),
        ("In Orm, during which war did the mill close?", "The mill of Orm closed after the "),
        ("With whom did Ivo Marr sail?", "Ivo Marr sailed for "),
    ],
)
def test_a_preposition_the_sentence_never_gave_is_refused(asked: str, before: str) -> None:
    assert preposition_not_given(asked, before)


@pytest.mark.parametrize(
    ("asked", "before"),
    [
        ("Against which kingdom did the colonies rebel?", "The colonies rebelled against the "),
        ("During which war did the mill close?", "During the "),
        ("By whom was the Kell bridge built?", ""),
        ("To which body did Ivo give the ring?", "Ivo gave "),
        ("In what year did the mill close?", "The mill closed on 2 May "),
        ("Which kingdom did the colonies leave?", "The colonies left the "),
    ],
)
def test_the_sentence_s_own_preposition_or_a_turned_sentence_stays(asked: str, before: str) -> None:
    assert not preposition_not_given(asked, before)
