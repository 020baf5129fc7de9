"""A year option of a deed the document tells its subject doing again, undated, lies
outside the years its story leaves for that other time: "Holm used the break to briefly
return to Orm" between talks that stopped in 1800 and resumed in 1802 makes 1801 a fair
answer to "When did Holm return to Orm?" too."""

from __future__ import annotations

from helpers.generation import auto_fact, option_pool

_ENVOY = (
    "Edda Holm\n\n"
    "Edda Holm (1760–1830) was a Tarnish envoy. She was sent to Vesk in 1794.\n\n"
    "The talks in Vesk went slowly. In 1800 the talks stopped for want of a quorum. "
    "{again}\n\n"
    "The talks resumed in 1802, and all claims were settled by 1803.\n\n"
    "Holm returned to Orm in 1804 and entered politics. She kept a farm at Kell. "
    "She was elected to the council in 1809 and died in 1830."
)
_STATEMENT = "Holm returned to Orm in 1804 and entered politics."
_PROMPT = "In what year did Edda Holm return to Orm?"


def _options(again: str) -> list[str]:
    text = _ENVOY.format(again=again)
    fact = auto_fact("year", "1804", _STATEMENT, _PROMPT)
    pool = option_pool(text, "year", [], fact)
    return [
        option
        for index in range(40)
        for option in pool.choose(auto_fact("year", "1804", _STATEMENT, _PROMPT, id=f"f-{index}"))
    ]


def test_no_option_in_the_years_of_a_return_told_again_undated() -> None:
    again = "Holm used this break to briefly return to Orm and see her farm at Kell."
    assert not {"1800", "1801", "1802"} & set(_options(again))


def test_a_return_told_again_with_its_own_year_leaves_the_years_around_it() -> None:
    again = "Holm used this break to briefly return to Orm in 1790 and see her farm at Kell."
    assert {"1800", "1801", "1802"} & set(_options(again.replace("1790", "1797")))
