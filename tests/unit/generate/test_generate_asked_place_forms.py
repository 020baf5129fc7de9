"""A body named after its place, where the question names the place: the learner may
leave the place out; and the place itself is never its body."""

from factdeck.generate.facts import FactRecord
from factdeck.generate.questions import with_document_forms
from helpers.generation import accepts, auto_fact, document_evidence

_TEXT = (
    "Orvland is a small kingdom north of Tarland. "
    "In 1901 the Orvland State Council banned the export of salt. "
    "The Orvland Navy blockaded the port of Dunby in 1903."
)
_NAMES = [
    ("place", "Orvland"),
    ("place", "Tarland"),
    ("place", "Dunby"),
    ("organisation", "Orvland State Council"),
    ("organisation", "Orvland Navy"),
]


def _accepted_forms(
    text: str, names: list[tuple[str, str]], answer: str, prompt: str
) -> FactRecord:
    kind = next(kind for kind, value in names if value == answer)
    fact = auto_fact(kind, answer, text, prompt, id="doc.1")
    return with_document_forms(fact, document_evidence(text), names)


def test_a_body_asked_of_its_place_accepts_its_name_without_the_place() -> None:
    council = _accepted_forms(
        _TEXT, _NAMES, "Orvland State Council", "Which body of Orvland banned salt exports?"
    )
    navy = _accepted_forms(_TEXT, _NAMES, "Orvland Navy", "Which force of Orvland took Dunby?")
    assert accepts(council, "State Council")
    assert accepts(navy, "Navy")


def test_a_body_asked_without_its_place_keeps_the_place() -> None:
    council = _accepted_forms(
        _TEXT, _NAMES, "Orvland State Council", "Which body banned salt exports in 1901?"
    )
    assert not accepts(council, "State Council")


def test_a_body_word_another_body_of_the_document_shares_is_not_accepted_alone() -> None:
    text = f"{_TEXT} The Tarland Navy sailed to Orvland in 1904."
    names = [*_NAMES, ("organisation", "Tarland Navy")]
    navy = _accepted_forms(text, names, "Orvland Navy", "Which force of Orvland took Dunby?")
    assert not accepts(navy, "Navy")


def test_a_place_is_not_accepted_as_its_navy() -> None:
    land = _accepted_forms(_TEXT, _NAMES, "Orvland", "Which kingdom lies north of Tarland?")
    assert not accepts(land, "Orvland Navy")
