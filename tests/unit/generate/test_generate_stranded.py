"""An answer ending a plain main clause, as the verb's object or the object of a preposition
after it, is asked by a fronted wh-word with do-support or subject-auxiliary inversion, the
preposition left at the end; anything less plain keeps its old form."""

import pytest

from factdeck.generate.gates import grammatical
from factdeck.generate.phrasing import ask, simplify


def _ask(sentence: str, answer: str, kind: str) -> tuple[str, str] | None:
    text = simplify(sentence)
    start = text.index(answer)
    return ask(text, start, start + len(answer), kind)


@pytest.mark.parametrize(
    ("sentence", "answer", "kind", "question"),
    [
        (
            "The loom was designed for the cotton trade.",
            "the cotton trade",
            "term",
            "What was the loom designed for?",
        ),
        (
            "Kellco began selling woollen blankets.",
            "woollen blankets",
            "term",
            "What did Kellco begin selling?",
        ),
        (
            "Mira Holt starred opposite John Pell.",
            "John Pell",
            "person",
            "Who did Mira Holt star opposite?",
        ),
        (
            "Tarnia is slightly larger than Portugal.",
            "Portugal",
            "country",
            "Which country is Tarnia slightly larger than?",
        ),
        (
            "The old mill road passed through Kellmark.",
            "Kellmark",
            "other",
            "What did the old mill road pass through?",
        ),
    ],
)
def test_an_answer_ending_a_plain_clause_is_fronted(
    sentence: str, answer: str, kind: str, question: str
) -> None:
    asked = _ask(sentence, answer, kind)
    assert asked == (question, "fronted")
    assert grammatical(*asked)


@pytest.mark.parametrize(
    ("sentence", "answer", "kind", "not_asked"),
    [
        # the phrase belongs to a noun, not to the verb
        (
            "The firm posted photographs of its mill on Flickr.",
            "Flickr",
            "other",
            "What did the firm post photographs of its mill on?",
        ),
        # "in" and "at" name where or when the deed happened as often as its object
        (
            "Tarnia has 37 seats in the Senate of Orm.",
            "the Senate of Orm",
            "other",
            "What does Tarnia have 37 seats in?",
        ),
        # a second verb: the answer may belong to either
        (
            "Kellco said that it sold woollen blankets.",
            "woollen blankets",
            "term",
            "What did Kellco say that it sold?",
        ),
        # an agent is no "what"
        (
            "The library was started by Kell Amos.",
            "Kell Amos",
            "other",
            "What was the library started by?",
        ),
        # an infinitive's "to" is no preposition
        (
            "The painter tried to keep the rain in the frame.",
            "keep the rain",
            "term",
            "What did the painter try to in the frame?",
        ),
        # people are no "what"
        (
            "The king gave the land to the monks.",
            "the monks",
            "term",
            "What did the king give the land to?",
        ),
        # "has never won" is a perfect, not "have"
        (
            "The team has never won the Tarn Cup.",
            "the Tarn Cup",
            "other",
            "Which cup does the team have never won?",
        ),
        # one of a list
        (
            "The firm sold wool, flax and woollen blankets.",
            "woollen blankets",
            "term",
            "What did the firm sell wool, flax and?",
        ),
    ],
)
def test_a_clause_that_is_not_plain_is_not_fronted_this_way(
    sentence: str, answer: str, kind: str, not_asked: str
) -> None:
    asked = _ask(sentence, answer, kind)
    assert asked is None or asked[0] != not_asked


def test_a_clause_naming_someone_by_a_pronoun_is_not_fronted_this_way() -> None:
    asked = _ask("Ada Lund asks her to find Kell Amos.", "Kell Amos", "person")
    assert asked is None or not asked[0].startswith("Who does Ada Lund ask her")


def test_a_time_bounding_the_fact_stays_at_the_end_of_the_question() -> None:
    assert _ask("In 1903, Kellco began selling woollen blankets.", "woollen blankets", "term") == (
        "What did Kellco begin selling in 1903?",
        "fronted",
    )
    assert _ask("Mira Holt starred opposite John Pell in the 1950s.", "John Pell", "person") == (
        "Who did Mira Holt star opposite in the 1950s?",
        "fronted",
    )


def test_a_place_is_not_asked_with_a_bare_what() -> None:
    asked = _ask("The convoy headed back to Kell in 1616.", "Kell", "place")
    assert asked is None or not asked[0].startswith("What did the convoy")


def test_a_role_after_as_and_a_preposition_the_verb_takes_are_stranded() -> None:
    assert _ask("Ada Lund was cast as Mira Holt.", "Mira Holt", "person") == (
        "Who was Ada Lund cast as?",
        "fronted",
    )
    assert _ask("In April 2007, Ada Lund embarked on the Kell Tour.", "the Kell Tour", "other") == (
        "What did Ada Lund embark on in April 2007?",
        "fronted",
    )
    asked = _ask("In 1990, Ada Lund enrolled in Kell Academy.", "Kell Academy", "organisation")
    assert asked == ("In 1990, which academy did Ada Lund enroll in?", "fronted")
    assert grammatical(*asked)


def test_in_after_a_participle_of_a_noun_is_not_stranded() -> None:
    asked = _ask("Kell is an official term used in geology.", "geology", "term")
    assert asked is None or asked[0] != "What is Kell an official term used in?"


def test_a_part_of_a_year_ending_a_plain_clause_moves_to_the_front_whole() -> None:
    assert _ask(
        "Kell College gave laptops to its students in the fall of 2004.", "2004", "year"
    ) == (
        "In the fall of what year did Kell College give laptops to its students?",
        "fronted",
    )


def test_a_perfect_s_object_is_fronted_past_its_participle() -> None:
    assert _ask("The club has won the Tarn Cup twice.", "the Tarn Cup", "other") == (
        "Which cup has the club won twice?",
        "fronted",
    )
    # a passive's noun completes its verb: not fronted this way
    asked = _ask("Ada Lund was made the fourth abbess.", "fourth abbess", "other")
    assert asked is None or not asked[0].startswith("Which fourth was")


@pytest.mark.parametrize(
    ("sentence", "answer", "kind", "not_asked"),
    [
        # a subject without a determiner does not say whose or which
        (
            "Officials were unable to reach the Kell Reserve.",
            "the Kell Reserve",
            "other",
            "What were officials unable to reach?",
        ),
        # a name is asked by what it names
        (
            "The venture is called Kell Works.",
            "Kell Works",
            "organisation",
            "What is the venture called?",
        ),
        # after a copula and a noun the phrase is the noun's
        (
            "Orm was the largest donor to Tarnia.",
            "Tarnia",
            "country",
            "Which country was Orm the largest donor to?",
        ),
        # an adjective whose noun the clause cut off
        (
            "Kellco began selling lead-free, cheaper paints.",
            "lead-free",
            "term",
            "What did Kellco begin selling?",
        ),
    ],
)
def test_an_unclear_plain_clause_is_not_fronted(
    sentence: str, answer: str, kind: str, not_asked: str
) -> None:
    asked = _ask(sentence, answer, kind)
    assert asked is None or asked[0] != not_asked


def test_an_answer_the_sentence_lists_with_another_is_not_fronted_this_way() -> None:
    assert _ask("Kellco recorded several songs for Tarnvale.", "Tarnvale", "other") == (
        "What did Kellco record several songs for?",
        "fronted",
    )
    asked = _ask(
        "Kellco recorded several songs for Tarnvale, and the reissue of its album.",
        "Tarnvale",
        "other",
    )
    assert asked is None or asked[0] != "What did Kellco record several songs for?"


@pytest.mark.parametrize(
    ("sentence", "answer", "kind", "question"),
    [
        (
            "Norland stuck to compound armour until 1889.",
            "compound armour",
            "term",
            "What did Norland stick to until 1889?",
        ),
        (
            "The Kelby guild is a member of the Orm trade league.",
            "Orm trade league",
            "term",
            "What is the Kelby guild a member of?",
        ),
        (
            "The guild provides a new copy of the charter.",
            "charter",
            "term",
            "What does the guild provide a new copy of?",
        ),
        (
            "The Orm Report is a publication of the Kell Council.",
            "Kell Council",
            "other",
            "Which council is the Orm Report a publication of?",
        ),
        (
            "The miners sold their ore to smelting firms in the winter.",
            "smelting firms",
            "term",
            "What did the miners sell their ore to in the winter?",
        ),
    ],
)
def test_what_leaves_the_of_of_the_verb_s_object_or_before_a_closing_phrase(
    sentence: str, answer: str, kind: str, question: str
) -> None:
    asked = _ask(sentence, answer, kind)
    assert asked == (question, "fronted")
    assert grammatical(*asked)


@pytest.mark.parametrize(
    ("sentence", "answer", "kind", "not_asked"),
    [
        # the phrase after the answer goes on with the verb
        (
            "The dry season leads to food shortages into the wet season.",
            "food shortages",
            "term",
            "What does the dry season lead to into the wet season?",
        ),
        # the same preposition twice
        (
            "The guild traded in salt in the winter.",
            "salt",
            "term",
            "What did the guild trade in in the winter?",
        ),
        # after the object's "of", a phrase after the answer is the answer's
        (
            "The town is the seat of the old duchy in the north.",
            "old duchy",
            "term",
            "What is the town the seat of in the north?",
        ),
        # two phrases, the second maybe the first one's
        (
            "The miners sold their ore to smelting firms in the valley by 1850.",
            "smelting firms",
            "term",
            "What did the miners sell their ore to in the valley by 1850?",
        ),
        # people are no "what"
        (
            "The guild sold its charter to local farmers in the winter.",
            "local farmers",
            "term",
            "What did the guild sell its charter to in the winter?",
        ),
    ],
)
def test_a_stranded_preposition_is_not_followed_by_a_phrase_of_another_reading(
    sentence: str, answer: str, kind: str, not_asked: str
) -> None:
    asked = _ask(sentence, answer, kind)
    assert asked is None or asked[0] != not_asked
