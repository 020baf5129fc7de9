"""Words that lean on sentences the learner never sees: abbreviations as answers, short
references to names told before, and deeds that are one of many."""

from __future__ import annotations

from factdeck.bank import QuestionType
from factdeck.generate.extract import Span, _event_label
from factdeck.generate.gates import self_contained
from factdeck.generate.referents import Referents, _Sorts, unexplained_abbreviation
from factdeck.generate.sentences import split_sentences
from helpers.generation import auto_fact, document_evidence, option_pool, question_types


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
    prompt = "Which agency mapped the flood plain of the Orm in 1990?"
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
    assert self_contained("Who won the war against Kell in 1850?")


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


def _resolved(text: str, title: str = "Kell", class_noun: str | None = None) -> list[str]:
    sentences = split_sentences("doc", text)
    referents = Referents(sentences, title, class_noun)
    return [referents.resolved(s.text, s) for s in sentences]


def test_a_definite_phrase_is_the_one_name_of_its_sort_told_before_in_its_paragraph() -> None:
    text = (
        "The Northern Football League was founded in Kell in 1902. The league expanded to "
        "twenty clubs in 1931.\n\nThe Kell metropolitan area has two million people. The "
        "metropolitan area grew fast after 1950.\n\nIvo Rand wrote the history of the league."
    )
    resolved = _resolved(text)
    assert resolved[1] == "The Northern Football League expanded to twenty clubs in 1931."
    assert resolved[3] == "The Kell metropolitan area grew fast after 1950."
    assert resolved[4] == "Ivo Rand wrote the history of the league."  # another paragraph


def test_a_definite_phrase_that_several_names_fit_is_left_alone() -> None:
    text = (
        "The Northern League and the Southern League were founded in 1902. The league "
        "expanded to twenty clubs in 1931. Kell was made a separate colony in 1851, after the "
        "Orm Colony. The colony grew fast."
    )
    resolved = _resolved(text)
    assert resolved[1].startswith("The league expanded")
    assert resolved[3] == "The colony grew fast."  # Kell is a colony too


def test_a_cut_name_is_its_one_whole_name_and_leans_on_unseen_text_among_several() -> None:
    text = (
        "The Magnificent Mile is a street of Kell. The Mile was laid out in 1873. The War of "
        "Orm ended in 1870.\n\nThe Golden Mile and the Silver Mile are streets of Lund. The "
        "Mile was paved in 1911."
    )
    sentences = split_sentences("doc", text)
    referents = Referents(sentences, "Kell", None)
    resolved = [referents.resolved(s.text, s) for s in sentences]
    assert resolved[1] == "The Magnificent Mile was laid out in 1873."
    assert resolved[2] == "The War of Orm ended in 1870."
    assert resolved[4] == "The Mile was paved in 1911."  # three Miles: which one?
    assert referents.leans_on_unseen("When was the Mile paved?", "1911", "The Mile was paved in ")
    assert not referents.leans_on_unseen("When was the Golden Mile paved?", "1911", "")


def test_a_definite_common_noun_is_no_answer_where_the_document_names_such_things() -> None:
    asked = "What surpassed the two million mark in 2009?"
    named = (
        "Kell is a city in Varland. The Kell metropolitan area and the Lund metropolitan area "
        "are the largest in Varland.\n\nThe metropolitan area surpassed the two million mark "
        "in 2009."
    )
    referents = Referents(split_sentences("doc", named), "Kell", None)
    assert referents.leans_on_unseen(asked, "metropolitan area", "The ")
    assert not referents.leans_on_unseen(asked, "Lund metropolitan area", "The ")
    plain = "A metropolitan area is a city with its suburbs. The metropolitan area grew."
    referents = Referents(split_sentences("doc", plain), "Cities", None)
    assert not referents.leans_on_unseen(asked, "metropolitan area", "The ")


def test_an_ordering_item_is_never_the_subject_left_of_a_dated_aside() -> None:
    sentence = "The Orm Valley Greens, who won their first seats in 2014, are strongest in Kell."
    at = sentence.index("2014")
    assert _event_label(sentence, Span(at, at + 4, "year", "2014")) is None
    sentence = "The Orm Valley Greens won their first seats in 2014, which surprised many."
    at = sentence.index("2014")
    label = _event_label(sentence, Span(at, at + 4, "year", "2014"))
    assert label == "The Orm Valley Greens won their first seats"


def test_a_question_the_document_answers_with_another_person_too_is_never_typed() -> None:
    statement = "Anna Kovel grew up in Dunmore and became a singer."
    fact = auto_fact("person", "Anna Kovel", statement, "Who grew up in Dunmore?")
    types = question_types(fact, option_pool(_TOWNSFOLK, "person", ["Peter Lasko"], fact))
    assert QuestionType.TYPED not in types
    statement = "Hugo Brandt painted the harbour of Lund in 1951."
    fact = auto_fact("person", "Hugo Brandt", statement, "Who painted the harbour of Lund?")
    types = question_types(fact, option_pool(_TOWNSFOLK, "person", ["Peter Lasko"], fact))
    assert QuestionType.TYPED in types


def test_a_band_member_a_war_hero_and_an_actor_stay_real_people() -> None:
    evidence = document_evidence(
        "Anna Kovel, a member of the band, sang. Ivo Lind was a singer in a band. Tom Moy was "
        "a national hero. In the film, Ada Wren plays a lawyer. Orm Vell is the protagonist of "
        "the novel. Lund Press, a Tarlish media group, was sold in 1990."
    )
    for person in ("Anna Kovel", "Ivo Lind", "Tom Moy", "Ada Wren"):
        assert not evidence.is_body("doc", person)
        assert not evidence.is_character("doc", person)
    assert evidence.is_character("doc", "Orm Vell")
    assert evidence.is_body("doc", "Lund Press")


def test_a_name_with_of_is_a_thing_of_the_noun_before_of() -> None:
    text = "The Battle of Orm was fought in 1200. The battle ended the long war with Kell."
    assert _resolved(text)[1] == "The Battle of Orm ended the long war with Kell."


def test_a_passive_verb_after_an_inverted_be_says_nothing_of_which_thing() -> None:
    assert not self_contained("In what year was the paper first printed by Jonas Hale?")
    assert self_contained("What is the set containing every problem of class Q called?")
    assert self_contained("Who commanded the army led by Orm?")


def test_the_sort_of_the_subject_is_the_subject_until_its_paragraph_names_another() -> None:
    text = (
        "Varland is a state in the north of Ostia. Forests cover half of the state. The "
        "state's capital is Lund.\n\nVarland borders the state of Kessia to the east. The "
        "state has three rivers.\n\nThe Marrow State Forest lies in the west. The state "
        "tree is the fir."
    )
    resolved = _resolved(text, "Varland", "state")
    assert resolved[1] == "Forests cover half of Varland."
    assert resolved[2] == "Varland's capital is Lund."
    assert resolved[4] == "The state has three rivers."  # Kessia is a state too
    assert resolved[6] == "The state tree is the fir."  # a compound, not the state


def test_a_title_that_opens_with_its_sort_names_the_subject_with_the() -> None:
    text = "The university was founded in 1842. Its library opened in 1873."
    resolved = _resolved(text, "University of Kessia")
    assert resolved[0] == "The University of Kessia was founded in 1842."
    film = "The film was shot in Lund. It opened in 1990."
    assert _resolved(film, "Orm (1990 film)")[0] == "The film was shot in Lund."  # a work


def test_the_following_year_is_the_year_after_the_one_the_sentence_before_names() -> None:
    text = (
        "The Orm Fair opened in 1851. The following year, it moved to Lund. It closed the "
        "next year.\n\nThe fair grew in 1870 and 1880. It moved the following year."
    )
    sentences = split_sentences("doc", text)
    referents = Referents(sentences, "Kell", None)
    told = [referents.dated(s.text, s) for s in sentences]
    assert told[1] == "In 1852, it moved to Lund."
    assert told[2] == "It closed the next year."  # the sentence before names no year
    assert told[4] == "It moved the following year."  # after which of two years?
    fair = split_sentences("doc", "Orm won in 1998. At the following year's fair, Orm lost.")
    assert Referents(fair, "Kell", None).dated(fair[1].text, fair[1]).startswith("At the 1999 fair")


def test_an_adverb_opening_a_sentence_is_no_word_of_a_name() -> None:
    text = (
        "In 2015, a new soup was sold on the Acorn website.\n\n"
        "Eventually Acorn began selling soup in jars."
    )
    assert _resolved(text)[0] == "In 2015, a new soup was sold on the Acorn website."


def test_a_capitalised_short_reference_is_the_one_longer_name_written_before_it() -> None:
    text = (
        "The Ligue Internationale de Kellball was founded in Orvan in 1921. Clubs joined "
        "fast.\n\nIn 1950 the Ligue admitted clubs from Lund. The Orvan Convention on fishing "
        "was signed in 1911.\n\nThe Convention banned drift nets. The Kell Courier began in "
        "1850.\n\nThe Courier was sold in 1901. The Council met in Kell. The Orvan Council and "
        "the Council of the Lund Union met in 1960.\n\nThe Council met again in 1961."
    )
    sentences = split_sentences("doc", text)
    referents = Referents(sentences, "Kellball", None)
    resolved = [referents.resolved(s.text, s) for s in sentences]
    assert resolved[2] == "In 1950 the Ligue Internationale de Kellball admitted clubs from Lund."
    assert resolved[4] == "The Orvan Convention banned drift nets."
    assert resolved[6] == "The Kell Courier was sold in 1901."
    assert resolved[7] == "The Council met in Kell."  # no council written before it
    assert resolved[9] == "The Council met again in 1961."  # two councils: which one?
    last = sentences[9]
    assert referents.leans_on_unseen("Where did the Council meet in 1961?", "Kell", "", last)
    assert not referents.leans_on_unseen("Where did the Council meet?", "Kell", "", sentences[7])


def test_a_name_that_goes_on_after_its_cut_word_is_left_whole() -> None:
    text = (
        "The Kell Institute opened in 1900. Ivo Marr joined the Institute for Policy Studies "
        "in 1950. Anna Lind led the Institute in 1960."
    )
    sentences = split_sentences("doc", text)
    referents = Referents(sentences, "Kell", None)
    resolved = [referents.resolved(s.text, s) for s in sentences]
    assert resolved[1] == "Ivo Marr joined the Institute for Policy Studies in 1950."
    assert resolved[2] == "Anna Lind led the Kell Institute in 1960."


def test_a_name_ending_a_longer_name_or_before_its_noun_is_no_cut_name() -> None:
    text = (
        "Ivo Marr holds a Bachelor of Arts. The Kell Arts opened in 1990. The Lund Centre for "
        "the Arts opened in 2012. The Orvan Convention was signed in 1911. Ivo Marr built the "
        "Convention hall in 1912."
    )
    sentences = split_sentences("doc", text)
    referents = Referents(sentences, "Kell", None)
    assert referents.leans_on_unseen("When was the Arts prize first given?", "1990", "")
    assert not referents.leans_on_unseen("When did the Lund Centre for the Arts open?", "x", "")
    built = referents.resolved(sentences[4].text, sentences[4])
    assert built == "Ivo Marr built the Convention hall in 1912."


def test_a_name_filed_under_a_sort_is_found_whole_longest_first_in_any_case() -> None:
    sorts = _Sorts(
        {
            "kell bay": "bay",
            "kell bay mills": "company",
            "orm works": "factory",
            "zürich hall": "hall",
        }
    )
    text = "KELL BAY MILLS bought the Orm Works by Kell Bay, not Kell Baymore or Kell Bay-side."
    assert sorts._names_in(text) == ["KELL BAY MILLS", "Orm Works", "Kell Bay"]
    # a capital beyond plain letters: the same reading
    assert sorts._names_in("ZÜRICH HALL sold Kell Bay's mills to Ørm Works.") == ["ZÜRICH HALL"]
    assert sorts._names_in("Zürich Hall and kell bay mills") == ["Zürich Hall", "kell bay mills"]
    assert {n.head for n in sorts.nameds("Kell Bay Mills grew.")} == {"company"}
