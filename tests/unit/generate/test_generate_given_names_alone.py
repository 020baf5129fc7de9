"""A question that names no one but a figure the document mentions in passing, by a given
name alone ("Who is ten minutes older than Luke?"), says nothing of who is meant to a
learner who never read the text: it is left out. A figure the document keeps naming so is
one its learner knows, on small texts written for the tests."""

from factdeck.generate.gates import given_names_alone
from helpers.generation import selected_candidates

_WRESTLER = (
    "Ivo Marr is a Kessian wrestler. He won the Orm Cup three times and fought at the Kell "
    "Arena for ten years.\n\n"
    "Marr married the singer Ada Voss in 2006. They live on a farm near Tarn. Marr also has "
    "twins with his former partner, a son named Tobias and a daughter named Greta. "
    "Greta is ten minutes older than Tobias. Marr trains young wrestlers at the Tarn Gym.\n"
)


def _questions(title: str, text: str) -> list[str]:
    return [c.question for c in selected_candidates(title, text) if c.question]


def test_a_child_named_once_by_a_given_name_is_asked_of_in_no_question() -> None:
    questions = _questions("Ivo Marr", _WRESTLER)
    assert "Which cup did Ivo Marr win three times?" in questions
    assert not any("Tobias" in question or "Greta" in question for question in questions)
    text = _WRESTLER.replace("named Greta", "named Greta Lund").replace("Greta is", "Greta Lund is")
    assert not any("Tobias" in question for question in _questions("Ivo Marr", text))


_BATTLE = (
    "The Battle of Orm was fought in 1805 between Kessia and Vessia. It ended a long war.\n\n"
    "Napoleon led the Kessian army across the river. Napoleon then camped at Tarn for a week. "
    "The Vessian general Ivo Marr attacked the camp at night. "
    "Napoleon defeated Marr at the bridge of Kell. {last}\n"
)


def test_a_figure_the_document_keeps_naming_by_a_given_name_is_asked_of() -> None:
    text = _BATTLE.format(last="Napoleon then crossed the river to Arlo.")
    assert "Where did Napoleon camp for a week?" in _questions("Battle of Orm", text)


def test_a_figure_named_twice_by_a_given_name_is_not() -> None:
    text = _BATTLE.format(last="The army then crossed the river to Arlo.").replace(
        "Napoleon led", "The king led"
    )
    assert "Where did Napoleon camp for a week?" not in _questions("Battle of Orm", text)


def test_a_given_name_the_document_names_a_town_by_is_no_figure() -> None:
    text = (
        "Varland\n\nMary Rudd founded the railway to Mell in 1855. Fishing boats crowd the "
        "harbour beside the old stone quay every summer.\n"
    )
    assert "Who founded the railway to Mell in 1855?" in _questions("Varland", text)


def test_given_names_alone_are_a_question_s_only_names() -> None:
    assert given_names_alone("Who is ten minutes older than Luke?", "Brock Lesnar") == ["Luke"]
    assert given_names_alone("How many minutes is Greta older than Tobias?", "Ivo Marr") == [
        "Greta",
        "Tobias",
    ]
    assert given_names_alone("Who is older than Luke Marr?", "Ivo Marr") == []  # a family name
    assert given_names_alone("How many minutes is Mya Lynn older than Luke?", "Ivo Marr") == [
        "Luke"
    ]  # a person named in full beside him says nothing of who he is
    assert given_names_alone("Who did Luke meet in Kell?", "Ivo Marr") == []  # another name
    assert given_names_alone("Whom did Luke marry?", "Luke Tarn") == []  # the subject's
    assert given_names_alone("In what year was Georgia settled?", "Colonies") == []  # a land
    assert given_names_alone("Who was cast as Eve?", "Vell Players") == []  # a part
    assert given_names_alone("What did the Fed buy?", "Banks") == []  # a thing's name
