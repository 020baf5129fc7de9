"""Words that lean on sentences the learner never sees: abbreviations as answers, short
references to names told before, and deeds that are one of many."""

from __future__ import annotations

from factdeck.bank import QuestionType
from factdeck.generate.gates import self_contained
from factdeck.generate.referents import unexplained_abbreviation
from helpers.generation import auto_fact, option_pool, question_types


def test_a_bare_abbreviation_is_unexplained_unless_the_question_or_a_form_spells_it() -> None:
    asked = "Which agency mapped the flood plain of the Orm in 1990?"
    assert unexplained_abbreviation("NGSO", asked)
    assert unexplained_abbreviation("the NGSO", asked)
    assert not unexplained_abbreviation("NGSO", asked, ["National Geological Survey Office"])
    spelled = "Which body did the National Geological Survey Office become in 1990?"
    assert not unexplained_abbreviation("NGSO", spelled)
    assert not unexplained_abbreviation("NP", "What is the class of problems checked fast?")
    assert not unexplained_abbreviation("Orm Survey", asked)
    assert not unexplained_abbreviation("P", asked)  # a one-letter symbol: no letters to spell


def test_an_unexplained_abbreviation_is_never_typed() -> None:
    statement = "The NGSO mapped the flood plain of the Orm in 1990."
    prompt = "What mapped the flood plain of the Orm in 1990?"
    fact = auto_fact("other", "NGSO", statement, prompt)
    assert QuestionType.TYPED not in question_types(fact, option_pool(statement, "other", [], fact))
    spelled = auto_fact("other", "NGSO", statement, prompt, accepted=("National Geo Survey Org",))
    types = question_types(spelled, option_pool(statement, "other", [], spelled))
    assert QuestionType.TYPED in types


def test_a_deed_done_to_a_plural_with_examples_is_asked_only_when_pinned_down() -> None:
    assert not self_contained("Who interviewed celebrities including Ann Moy for the show?")
    assert not self_contained("Who met leaders such as Ivo Lind and Tom Sand during the tour?")
    assert not self_contained("Which yard built ships such as the Heron?")
    assert self_contained("Who met leaders including Ivo Lind at the Kell summit of 1961?")
    assert self_contained("Who founded the towns of Orm and Kell?")


def test_such_as_gives_examples_and_points_at_nothing_told_before() -> None:
    assert self_contained("Which river carries ores such as tin to Kell?")
    assert not self_contained("Which river carries such ores to Kell?")


def test_a_preposition_ends_a_definite_phrase_before_a_figure() -> None:
    assert not self_contained("Who ran the firm until 1950?")
    assert not self_contained("Who led the club since 1990?")
    assert self_contained("Who ran the Orm Mill until 1950?")


_TOWNSFOLK = (
    "Dunmore\n\n"
    "Dunmore is a town on the river Kell. Anna Kovel grew up in Dunmore and became a singer. "
    "Peter Lasko was born in Harlin in 1948. He grew up in Dunmore as well. Ruth Amberley was "
    "born in Lund in 1890 and wrote the novel The Glass Tower. In the novel, the detective "
    "Edgar Vell solves a murder in Dunmore. Vell is helped by his friend Tom Hardy. Baxter & "
    "Wolfe had been founded in Lund in 1890. Gerald Weiss was born in Lund in 1931. Kellerman "
    "Grant was founded in 1920 and bought the mill in 1950. Maria Santos sang in Lund in 1960. "
    "Hugo Brandt painted the harbour of Lund in 1951."
)
_PEOPLE = [
    "Peter Lasko",
    "Ruth Amberley",
    "Edgar Vell",
    "Tom Hardy",
    "Baxter & Wolfe",
    "Gerald Weiss",
    "Kellerman Grant",
    "Maria Santos",
    "Hugo Brandt",
]


def _options_for_kovel() -> set[str]:
    statement = "Anna Kovel grew up in Dunmore and became a singer."
    fact = auto_fact("person", "Anna Kovel", statement, "Who grew up in Dunmore?")
    return set(option_pool(_TOWNSFOLK, "person", _PEOPLE, fact).choose(fact, count=9))


def test_a_firm_is_never_an_option_for_a_person() -> None:
    options = _options_for_kovel()
    assert not {"Baxter & Wolfe", "Kellerman Grant"} & options
    assert {"Gerald Weiss", "Maria Santos"} <= options


def test_a_character_of_a_story_is_never_an_option_for_a_real_person() -> None:
    assert not {"Edgar Vell", "Tom Hardy"} & _options_for_kovel()
    statement = "In the novel, the detective Edgar Vell solves a murder in Dunmore."
    fact = auto_fact("person", "Edgar Vell", statement, "Which detective solves a murder?")
    options = set(option_pool(_TOWNSFOLK, "person", _PEOPLE, fact).choose(fact, count=9))
    assert options <= {"Tom Hardy"}


def test_a_person_the_document_says_the_same_of_is_never_an_option() -> None:
    assert "Peter Lasko" not in _options_for_kovel()  # "He grew up in Dunmore as well"
    statement = "Hugo Brandt painted the harbour of Lund in 1951."
    prompt = "Who painted the harbour of Lund in 1951?"
    fact = auto_fact("person", "Hugo Brandt", statement, prompt)
    assert "Maria Santos" in option_pool(_TOWNSFOLK, "person", _PEOPLE, fact).choose(fact, count=9)
