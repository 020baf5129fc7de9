"""Stems a strict teacher rejects as no English: a participle left at the head with its
subject gone, an inverted "nor" clause, an attributive period cut with its "in", the head of
a compound modifier asked, "termed" without the name it gave, an aside's brackets lost, a
count's compound modifier cut from its noun, a reported verb made plain by "did", a second
clause with its own subject, a place asked of another verb, a "the"-less title, and a wh-word
inside an absolute "with" phrase."""

from __future__ import annotations

from factdeck.generate.gates import grammatical
from factdeck.generate.phrasing import ask
from factdeck.generate.topics import document_topic


def _question(sentence: str, answer: str, kind: str) -> str | None:
    """The question a rule asks about ``answer``, if it reads as English, else None."""
    start = sentence.index(answer)
    asked = ask(sentence, start, start + len(answer), kind)
    return asked[0] if asked is not None and grammatical(*asked) else None


def test_a_participle_phrase_without_its_subject_is_no_question() -> None:
    assert not grammatical("Reportedly bought by whom from the Duke of Orm in 1540?", "in-situ")
    assert not grammatical(
        "Widely believed to have been sold by Flemish traders in 1540, for how many florins?",
        "in-situ",
    )
    assert grammatical("Which isle was believed to have been sold by Flemish traders?", "subject")
    assert grammatical("Headquartered in Orm are which two banks?", "in-situ")


def test_an_inverted_nor_clause_is_not_asked() -> None:
    assert not grammatical("Nor was what signed by the envoys?", "subject")
    assert not grammatical("Neither was the charter signed by whom?", "in-situ")
    assert grammatical("Which charter was signed by neither king?", "subject")


def test_a_period_before_its_noun_is_no_time_of_the_clause() -> None:
    sentence = "Ada Lund was a leading figure in late 18th-century Dutch painting."
    assert _question(sentence, "late 18th-century", "period") is None
    sentence = "Kell ware was a style in early 19th-century Franco-Dutch pottery."
    assert _question(sentence, "early 19th-century", "period") is None


def test_the_head_of_a_compound_modifier_is_not_asked() -> None:
    assert not grammatical("Miners ran a greater risk of dust caused what than clerks?", "in-situ")
    assert not grammatical("Sheep are prone to tick-borne what in spring?", "in-situ")
    assert grammatical("The mill was rebuilt in what year?", "in-situ")


def test_termed_without_the_name_it_gave_is_no_question() -> None:
    assert not grammatical(
        "Who termed the Coastal Mesolithic bone industry from the Orm Valley?", "subject"
    )
    assert not grammatical(
        "From which valley did Ivo Berg term the Coastal Mesolithic bone industry?", "fronted"
    )
    assert grammatical("Who dubbed the bridge the Iron Gate?", "subject")
    assert grammatical("Whom did the critics dub the Iron Lady?", "fronted")
    assert grammatical("Which ship was dubbed the Grey Ghost?", "subject")
    assert grammatical("Who termed the mixture a colloid in 1861?", "subject")


def test_an_aside_left_without_its_brackets_is_no_question() -> None:
    assert not grammatical(
        "From which empire did the 9 original cantons Old Leagues declare independence?",
        "fronted",
    )
    assert grammatical("When was the series Kell Tales first aired?", "subject")
    assert grammatical("Which river do the Kell Hills overlook?", "fronted")
    assert grammatical("Where does Orm Fisheries have its office along Quay Road?", "fronted")


def test_a_count_s_compound_cut_from_its_noun_is_no_question() -> None:
    assert not grammatical("The houses were built in how many rows of three-storey?", "in-situ")
    assert not grammatical("The hall had how many wings of three-storey?", "in-situ")
    assert grammatical("How many houses did the firm build in three-storey rows?", "fronted")


def test_a_reported_verb_keeps_its_tense() -> None:
    assert not grammatical("Whom did many later chroniclers state Hilda poison?", "fronted")
    assert not grammatical("What did the firm report the plant produce?", "fronted")
    assert grammatical("Whom did the judge say Ivo should pay?", "fronted")
    assert grammatical("What did Ada say in her letter?", "fronted")


def test_a_second_clause_with_its_own_subject_is_not_kept() -> None:
    assert not grammatical(
        "Who won the vote easily in 1952 but everything failed in his term?",
        "subject",
    )
    assert not grammatical("Which firm bought the yard but it closed in 1990?", "subject")
    assert not grammatical("Who founded the mill and the town grew rapidly?", "subject")
    assert grammatical("Which team won the cup and the league in 1990?", "subject")
    assert grammatical("Who kept the farm while it was flooded?", "subject")
    assert grammatical("Which king lost the war and his lands?", "subject")


def test_a_place_of_another_verb_is_not_asked_with_where() -> None:
    assert not grammatical("Where was Piet Kool hired, and sailed with Visser?", "fronted")
    assert not grammatical(
        "Where did the Orm farm board put in 2015 the number of farms at 4,120?",
        "fronted",
    )
    assert grammatical("Where was the treaty signed and ratified?", "fronted")
    assert grammatical("Where is the number of farms highest?", "fronted")
    assert grammatical("Where did the census count the population?", "fronted")


def test_a_title_headed_by_a_common_noun_takes_the() -> None:
    texts = [
        "The Siege of Varholm (also called the Varholm Blockade) in 1612 was an engagement.",
        'Chroniclers called it "the glorious Siege of Varholm".',
        "A plaque recalls the (Latin) Siege of Varholm.",
    ]
    topic = document_topic(texts, "Siege of Varholm", None)
    assert topic is not None
    assert topic.opening("Who led the army?") == "In the Siege of Varholm,"
    bare = [
        "The Isle of Varn is an island.",
        "Ferries sail to Isle of Varn.",
        "He retired to Isle of Varn.",
    ]
    island = document_topic(bare, "Isle of Varn", None)
    assert island is not None
    assert island.name == "Isle of Varn"


def test_a_wh_word_inside_an_absolute_phrase_is_no_question() -> None:
    assert not grammatical(
        "Kites were flown in Old Orm, with Ivo Berg's ode what praising one?",
        "in-situ",
    )
    assert grammatical("Ada toured the north with which band starting in 1931?", "in-situ")


def test_a_verb_of_saying_with_a_plain_object_is_kept() -> None:
    assert grammatical("Where did the party hold the first vote?", "fronted")
    assert grammatical("When did the band record the title track?", "fronted")
    assert grammatical("When did the firm maintain the old bridge?", "fronted")
    assert grammatical("When did the paper report the first vote?", "fronted")
    assert not grammatical("Whom did the monks record Hilda poison?", "fronted")


def test_a_name_given_without_the_after_the_thing_is_said() -> None:
    assert grammatical("In what year did Ada Lund dub the town Little Paris?", "fronted")
    assert grammatical("Who termed the new style Vell Gothic?", "subject")


def test_a_surname_ending_in_s_after_a_plural_noun_is_no_aside() -> None:
    assert grammatical("How many of the ships Admiral Jones commanded were sunk?", "subject")
    assert grammatical("What did the soldiers Peter Evans led capture?", "fronted")


def test_a_perfect_verb_before_the_wh_word_is_no_modifier() -> None:
    assert grammatical("Ivo is said to have founded which city?", "in-situ")
    assert grammatical("Ivo was accused of having poisoned which rival?", "in-situ")


def test_all_before_its_noun_after_and_opens_no_clause() -> None:
    assert grammatical("Who inherited the castle and all lands along the river in 1901?", "subject")
    assert not grammatical("Who founded the mill and all went well?", "subject")


def test_a_relative_clause_with_its_own_verb_after_with_is_kept() -> None:
    assert grammatical("Who traded with the merchants who were living in Orm?", "subject")
