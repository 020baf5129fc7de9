"""Answers a learner who knows the fact types, accepted where the key rejected them: the
full name of the bearer a bare surname refers back to, a place without the direction word
before it, a model's mark and a unit's number written short or in full, an operation by its
code name and a ship by its own, the other national spelling of a word, a saint without the
see after the name, a base by the place it is at (another key than that place's)."""

from dataclasses import replace

from factdeck.bank import Question, SourceRef, TypedQuestion
from factdeck.generate.extract import _written_out
from factdeck.generate.facts import FactRecord
from factdeck.generate.keys import with_answerable_key
from factdeck.generate.questions import asked_once, with_document_forms
from factdeck.generate.sentences import split_sentences
from helpers.generation import auto_fact, document_evidence


def _forms(
    text: str, answer: str, prompt: str, names: list[str], kind: str, quote: int = 0
) -> tuple[str, ...]:
    """The forms accepted for ``answer`` told by the ``quote``-th sentence of ``text``."""
    evidence = document_evidence(text)
    statement = split_sentences("doc", text)[quote].text
    fact = auto_fact(kind, answer, statement, prompt, id="doc.1")
    kinds = [(kind, name) for name in (answer, *names)]
    return with_document_forms(fact, evidence, kinds).accepted


def test_a_bare_surname_accepts_the_bearer_named_last_before_it() -> None:
    text = (
        "Professor Ida Rask praised the film.\n\n"
        "The lighting was by Tomas Rask. "
        "Rask used a blue filter for every scene."
    )
    prompt = "Who used a blue filter for every scene?"
    names = ["Ida Rask", "Tomas Rask"]
    forms = _forms(text, "Rask", prompt, names, "person", quote=2)
    assert "Tomas Rask" in forms and "Ida Rask" not in forms
    # both named in one sentence: either may be meant
    both = "Ida Rask and Tomas Rask came. Rask used a blue filter for every scene."
    forms = _forms(both, "Rask", prompt, names, "person", quote=1)
    assert "Tomas Rask" not in forms and "Ida Rask" not in forms
    # the other named before it in the sentence's paragraph too: either may be meant
    one = "Ida Rask praised the film. Tomas Rask lit it. Rask used a blue filter for every scene."
    forms = _forms(one, "Rask", prompt, names, "person", quote=2)
    assert "Tomas Rask" not in forms and "Ida Rask" not in forms


def test_a_place_is_accepted_without_a_small_position_word_before_it() -> None:
    text = (
        "In northern Vessmark, the storm damaged 900 houses. "
        "The storm then crossed Vessmark in a day."
    )
    prompt = "Where did the storm damage 900 houses?"
    assert "Vessmark" in _forms(text, "northern Vessmark", prompt, [], "place")
    # a country too: a part of it written in small letters is a part of that country
    land = "Riots broke out in southern France in 1790. Kell, France was at war."
    asked = "Where did riots break out in 1790?"
    assert "France" in _forms(land, "southern France", asked, [], "place")
    # the larger place written only inside another name: no place of its own to type
    named = (
        "In northern Vessmark, the storm damaged 900 houses. The ferry to Port Vessmark was spared."
    )
    assert "Vessmark" not in _forms(named, "northern Vessmark", prompt, [], "place")
    # the question's sentence sets two parts apart
    apart = "The storm damaged 900 houses in northern Vessmark, not in southern Vessmark."
    assert "Vessmark" not in _forms(
        f"{apart} Vessmark is flat.", "northern Vessmark", prompt, [], "place"
    )


def test_a_model_s_mark_is_accepted_short_in_full_and_alone() -> None:
    text = "The Field Gun Mk II was meant to replace the Kessler. The Mark II was longer by a foot."
    prompt = "What was meant to replace the Kessler?"
    assert {"Mark II", "Mk II"} <= set(_forms(text, "Field Gun Mk II", prompt, [], "other"))
    # another model of that mark: the mark alone is either
    other = f"{text} The Howitzer Mk II came later."
    assert "Mark II" not in _forms(other, "Field Gun Mk II", prompt, ["Howitzer Mk II"], "other")
    # the mark and a unit's number word short or in full; a man named Mark is no mark
    assert "Field Gun Mark II" in _written_out("Field Gun Mk II", numbered=True)
    assert "Field Gun Mk 2" in _written_out("Field Gun Mark 2", numbered=True)
    assert "No. 4 Wing" in _written_out("Number 4 Wing", numbered=True)
    assert "Number 4 Wing" in _written_out("No. 4 Wing", numbered=True)
    assert _written_out("Mark Tarrant", numbered=False) == []


def test_an_operation_is_accepted_by_its_code_name() -> None:
    text = "Operation Harrow was the last action the tanks saw. It ended in June."
    prompt = "What was the last action the tanks saw?"
    assert "Harrow" in _forms(text, "Operation Harrow", prompt, [], "other")
    # the extractor's name for the code name alone, written nowhere else, is no other thing
    assert "Harrow" in _forms(text, "Operation Harrow", prompt, ["Harrow"], "other")
    alone = f"{text} Harrow was a quiet town."
    assert "Harrow" not in _forms(alone, "Operation Harrow", prompt, ["Harrow"], "other")
    # another name of the document holds the code name: "Harrow" names that too
    school = f"{text} Its officers had studied at Harrow School."
    assert "Harrow" not in _forms(school, "Operation Harrow", prompt, ["Harrow School"], "other")


def test_a_key_is_accepted_in_the_other_land_s_spelling() -> None:
    text = "The hero takes the Scepter of Vell before fleeing. He escapes by boat."
    prompt = "What does the hero take before fleeing?"
    assert "Sceptre of Vell" in _forms(text, "Scepter of Vell", prompt, [], "other")
    plays = "The troupe played at the Kessel Theatre. It closed in 1990."
    asked = "Where did the troupe play?"
    assert "Kessel Theater" in _forms(plays, "Kessel Theatre", asked, [], "organisation")
    body = "The Orm Harbour Organisation ran the port. It was founded in 1901."
    who = "Which body ran the port?"
    assert "Orm Harbor Organization" in _forms(
        body, "Orm Harbour Organisation", who, [], "organisation"
    )
    # words spelled alike in both lands, or "-ise" words that never take "-ize"
    fair = "The Orm Promise Fair was held each May. It drew crowds."
    assert not any(
        "ize" in form for form in _forms(fair, "Orm Promise Fair", "Which fair?", [], "event")
    )


def test_a_saint_is_accepted_by_name_and_title_without_the_see() -> None:
    text = (
        "Much of the chant came through the usage set by Saint Orvan of Kell in the sixth"
        " century. The chant spread north."
    )
    prompt = "Whose usage brought much of the chant in the sixth century?"
    forms = _forms(text, "Orvan of Kell", prompt, [], "person")
    assert {"Saint Orvan", "St Orvan", "Orvan"} <= set(forms)
    # the key keeps the see: so does the form with his title
    fact = auto_fact("person", "Orvan of Kell", text, prompt, accepted=forms)
    answered = with_answerable_key(fact)
    assert answered is not None and "Saint Orvan of Kell" in answered.accepted
    # another name of the document holds the name: "Orvan" is him too
    other = f"{text} Orvan of Vell wrote against it."
    forms = _forms(other, "Orvan of Kell", prompt, ["Orvan of Vell"], "person")
    assert "Orvan" not in forms and "St Orvan" not in forms


def test_a_ship_is_accepted_by_its_own_name_without_its_letters() -> None:
    text = "HMS Kestrel was the first ship of its class. It sailed in 1866."
    prompt = "What was the first ship of its class?"
    assert "Kestrel" in _forms(text, "HMS Kestrel", prompt, [], "other")
    other = f"{text} USS Kestrel followed in 1870."
    assert "Kestrel" not in _forms(other, "HMS Kestrel", prompt, ["USS Kestrel"], "other")


def test_a_base_is_accepted_by_the_place_it_is_at() -> None:
    text = "The squadron moved to RAF Station Kellby in 1945. It was disbanded at Kellby in 1946."
    prompt = "Where did the squadron move in 1945?"
    assert "Kellby" in _forms(text, "RAF Station Kellby", prompt, [], "place")
    # the place is never written alone
    once = "The squadron moved to RAF Station Kellby in 1945. It was disbanded in 1946."
    assert "Kellby" not in _forms(once, "RAF Station Kellby", prompt, [], "place")
    # another place of that name: "Kellby" may be either
    port = f"{text} Supplies came from Port Kellby."
    assert "Kellby" not in _forms(port, "RAF Station Kellby", prompt, [], "place")


def test_a_place_s_last_word_is_no_surname_of_the_place_named_last() -> None:
    text = (
        "Amy Kellby founded the town.\n\n"
        "West Kellby grew fast. "
        "Kellby is the poorest town of the state."
    )
    prompt = "What is the poorest town of the state?"
    forms = _forms(text, "Kellby", prompt, ["Amy Kellby", "West Kellby"], "other", quote=2)
    assert "West Kellby" not in forms


def test_the_place_of_a_base_is_another_key() -> None:
    quotes = ("The squadron moved to RAF Station Kellby in 1945.", "It disbanded at Kellby.")
    moved = auto_fact(
        "place",
        "RAF Station Kellby",
        quotes[0],
        "Where did the squadron move in 1945?",
        id="a",
        accepted=("Kellby",),
    )
    disbanded = replace(
        moved, id="b", quote=quotes[1], statement=quotes[1], answer="Kellby", accepted=()
    )
    asked = [(fact, [_typed(fact)]) for fact in (moved, disbanded)]
    assert [fact.id for fact, _ in asked_once(asked, {"doc": "Orva"})] == ["a", "b"]


def _typed(fact: FactRecord) -> Question:
    return TypedQuestion(
        id=f"{fact.id}.typed",
        fact_id=fact.id,
        prompt=fact.prompt,
        explanation=fact.statement,
        source=SourceRef(document="doc", quote=fact.quote),
        answer=fact.answer,
        accepted=list(fact.accepted),
    )
