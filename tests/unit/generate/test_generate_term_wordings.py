"""A term's other wordings in its document are accepted typed answers."""

from factdeck.generate.questions import term_wording_forms


def _forms(term: str, sentences: list[str], prompt: str = "What is it called?") -> list[str]:
    abbreviations = {"CSP": "concentrating solar power", "PV": "photovoltaic"}

    def holding(words: str) -> list[str]:
        return [s for s in sentences if all(w in s.casefold() for w in words.casefold().split())]

    return term_wording_forms(term, prompt, abbreviations, holding)


SOLAR = [
    "Engineers in Tarland build large plants of concentrated solar power.",
    "Concentrating solar power (CSP) uses mirrors to focus sunlight.",
    "A photovoltaic cell, also called a solar cell, turns light into electricity.",
    "The heat pump, known as a reverse fridge, warms the house.",
    "Panels of PV cells now cover roofs in Vell.",
]


def test_a_term_bent_otherwise_is_accepted_with_its_abbreviation() -> None:
    forms = _forms("concentrated solar power", SOLAR)
    assert "concentrating solar power" in forms
    assert "CSP" in forms


def test_the_abbreviation_the_question_shows_is_not_accepted() -> None:
    forms = _forms("concentrating solar power", SOLAR, "What does CSP stand for?")
    assert forms == ["concentrated solar power"]


def test_a_term_is_accepted_by_the_name_it_is_also_called_either_way() -> None:
    assert _forms("photovoltaic cell", SOLAR) == ["PV cell", "solar cell"]
    assert _forms("solar cell", SOLAR) == ["photovoltaic cell"]


def test_a_term_without_other_wordings_gets_none() -> None:
    assert _forms("heat pump", SOLAR[:3]) == []
    assert _forms("solar cooker", SOLAR) == []


def test_a_term_is_accepted_with_its_opening_abbreviated_only_as_written() -> None:
    assert "PV cell" in _forms("photovoltaic cell", SOLAR)
    assert "PV panel" not in _forms("photovoltaic panel", SOLAR)


def test_the_verb_before_a_phrase_called_a_term_is_no_wording_of_it() -> None:
    sentences = ["Each queen secretes a waxy film, called a brood seal, inside the nest."]
    forms = _forms("brood seal", sentences)
    assert "secretes a waxy film" not in forms
    assert forms == []  # "a waxy film, called a brood seal" describes it: no second name
    prompt = "What is the waxy film that each queen secretes inside the nest called?"
    assert _forms("brood seal", sentences, prompt) == []


def test_an_alias_with_an_article_inside_is_kept_whole() -> None:
    before = ["Pupils learn the rule of the road, also called the highway code, at school."]
    assert _forms("highway code", before) == ["rule of the road"]
    after = ["Pupils learn the highway code, also called the rule of the road, at school."]
    assert _forms("rule of the road", after) == ["highway code"]
    loose = ["Pupils learn rules of the road, also called the highway code, at school."]
    assert "road" not in _forms("highway code", loose)


def test_a_verb_before_a_bare_plural_called_a_term_is_no_wording_of_it() -> None:
    sentences = ["Each call creates new entries, called stack frames, on the stack."]
    assert _forms("stack frame", sentences) == []


def test_a_plural_alias_in_ies_is_accepted_in_the_singular() -> None:
    sentences = ["Each scan adds the fresh entries, also called log lines, to the file."]
    assert _forms("log line", sentences) == ["fresh entry"]
    described = ["Each scan adds the fresh entries, called log lines, to the file."]
    assert _forms("log line", described) == []
