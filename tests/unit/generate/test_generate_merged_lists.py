"""Word lists kept once and read from every place that needs them: the endings of agent
nouns, and the posts held at a body among the nouns that mark a person."""

from __future__ import annotations

from factdeck.generate import lexicon
from factdeck.generate.sentences import split_sentences, worked_examples
from helpers.generation import name_kinds


def test_a_made_up_agent_in_ant_or_ent_is_a_worked_example_s_actor() -> None:
    text = "A Vessian assistant earns 40 marks a week. A Kellish assistant earns 30 marks a week."
    assert sorted(worked_examples(split_sentences("doc", text))) == [0, 1]


def test_a_thing_in_ant_or_ent_is_no_worked_example_s_actor() -> None:
    text = "A Vessian plant makes 400 vans a day. A Kellish plant makes 300 vans a day."
    assert worked_examples(split_sentences("doc", text)) == {}
    text = "A Vessian tenant pays 40 marks a week. A Kellish tenant pays 30 marks a week."
    assert sorted(worked_examples(split_sentences("doc", text))) == [0, 1]


def test_a_post_held_at_a_body_marks_a_person_before_a_name() -> None:
    assert name_kinds("The hall was given to curator Orsa Venn in 1890.") == {"Orsa Venn": "person"}
    apart = lexicon.INSTITUTION_POSTS - lexicon.ROLE_NOUNS  # plural, or a thing's name too
    assert apart == {
        "members",
        "coach",
        "conductor",
        "fellow",
        "prior",
        "principal",
        "manager",
    }


def test_a_firm_called_an_asset_manager_is_no_person() -> None:
    kinds = name_kinds(
        "The Orm mill was sold in 1998 to Varden Partners, an asset manager in Kell."
    )
    assert kinds["Varden Partners"] != "person"
