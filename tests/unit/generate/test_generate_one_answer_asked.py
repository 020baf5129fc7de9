"""Questions that admit more than the key: "who" asked of the one who did not do a deed, and
"where" asked of a ground, which the town it stands in answers as well."""

from __future__ import annotations

from factdeck.generate.facts import ANSWER_PLACEHOLDER
from factdeck.generate.gates import asks_who_did_not
from factdeck.generate.keys import with_venue_which
from helpers.generation import auto_fact, deck_prompts


def test_who_did_not_do_a_deed_is_not_asked(uncut: None) -> None:
    text = (
        "Kessa Circle\n\nThe Kessa Circle was a group of painters who met in Orm between 1908 "
        "and 1912. The painter Ivo Marr had not taken part in any of the meetings of the Kessa "
        "Circle."
    )
    assert not [prompt for prompt in deck_prompts(text) if "not taken part" in prompt]


def test_a_negated_question_is_told_from_not_only_and_not_until() -> None:
    assert asks_who_did_not("Who had not joined the guild?")
    assert asks_who_did_not("What did Orm never sell?")
    assert asks_who_did_not("Whom did Ivo Marr not invite?")
    assert asks_who_did_not("Who didn't sign the pact?")
    assert not asks_who_did_not("Who was not only a poet but a painter?")
    assert not asks_who_did_not("What was not built until 1900?")
    assert not asks_who_did_not("Who was the only member not to sign?")
    assert not asks_who_did_not("Who noted that Orm was not founded?")


def test_where_of_a_ground_asks_which_ground(uncut: None) -> None:
    text = (
        "Kell Rovers\n\nKell Rovers is a baseball club from the town of Kell in Vessia. Kell "
        "Rovers hosted the final of the 2011 Vessian Cup at Harlow Oval."
    )
    prompts = deck_prompts(text)
    assert "At which ground did Kell Rovers host the final of the 2011 Vessian Cup?" in prompts
    assert not [prompt for prompt in prompts if prompt.startswith("Where")]


def test_which_ground_keeps_the_sentence_s_preposition() -> None:
    def asked(key: str, statement: str, prompt: str) -> str:
        template = statement.replace(key, ANSWER_PLACEHOLDER)
        fact = auto_fact("place", key, statement, prompt, statement_template=template)
        return with_venue_which(fact).prompt

    assert asked("Brent Stadium", "Orm moved to Brent Stadium in 1990.", "Where did Orm move?") == (
        "To which stadium did Orm move?"
    )
    assert asked("Kell Park", "Orm moved to Kell Park in 1990.", "Where did Orm move?") == (
        "Where did Orm move?"
    )  # a park may be a town's quarter
    assert asked("Brent Arena", "Brent Arena, Orm's home, opened.", "Where did Orm play?") == (
        "Where did Orm play?"
    )  # no preposition of the sentence to ask by
