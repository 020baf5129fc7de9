"""Questions that admit more than the key: "where" asked of a ground, which the town it stands
in answers as well."""

from __future__ import annotations

from factdeck.generate.facts import ANSWER_PLACEHOLDER
from factdeck.generate.keys import with_venue_which
from factdeck.generate.pipeline import build_deck
from helpers.generation import auto_fact


def _prompts(text: str) -> list[str]:
    return [
        q.prompt
        for q in build_deck(text, deck="d", file_name="d.txt", markdown=False).bank.questions
    ]


def test_where_of_a_ground_asks_which_ground(uncut: None) -> None:
    text = (
        "Kell Rovers\n\nKell Rovers is a baseball club from the town of Kell in Vessia. Kell "
        "Rovers hosted the final of the 2011 Vessian Cup at Harlow Oval."
    )
    prompts = _prompts(text)
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
