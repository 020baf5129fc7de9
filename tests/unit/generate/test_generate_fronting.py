"""Simplify a sentence to its main clause, then move the wh-phrase to the front: one rule per
test, on small sentences written for them."""

from factdeck.generate.phrasing import ask, simplify


def _ask(sentence: str, answer: str, kind: str) -> str | None:
    text = simplify(sentence)
    start = text.index(answer)
    asked = ask(text, start, start + len(answer), kind)
    return asked[0] if asked else None


def test_the_agent_of_a_passive_is_asked_in_the_active_voice() -> None:
    assert _ask("The abbey was founded by Anna Berg in 1120.", "Anna Berg", "person") == (
        "Who founded the abbey in 1120?"
    )
    assert _ask(
        "The mill is owned by the Tarn Water Company.", "Tarn Water Company", "organisation"
    ) == ("Which organisation owns the mill?")
    assert _ask("The bridge has been repaired by Lund Works.", "Lund Works", "organisation") == (
        "Which organisation has repaired the bridge?"
    )


def test_the_agent_keeps_the_role_the_sentence_gives_it() -> None:
    assert _ask("The fort was taken by the Danish admiral Olaf Berg.", "Olaf Berg", "person") == (
        "Which Danish admiral took the fort?"
    )


def test_a_passive_is_not_made_active_when_the_agent_is_one_of_several() -> None:
    question = _ask("The mill was built by Anna Berg and Olaf Lund.", "Anna Berg", "person")
    assert question != "Who built the mill?"
    assert _ask("The mill was built by Storm in 1801.", "Storm", "other") != (
        "What built the mill in 1801?"
    )


def test_a_description_of_a_role_asks_who() -> None:
    assert _ask("The first mayor of the town was Ole Dahl.", "Ole Dahl", "other") == (
        "Who was the first mayor of the town?"
    )
    assert _ask("The largest lake of the island is Lake Vir.", "Lake Vir", "place") == (
        "What is the largest lake of the island?"
    )
