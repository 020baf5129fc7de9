"""Person options fit what the question itself tells of its key: the sex a part, "Which
actress" or "his"/"her" of the key gives it, the role it asks for (never another role the key
also has), and the time of the question, judged by the years the document ties to each
person (a list of prize winners ties each to their own year, not to every year of it)."""

from __future__ import annotations

import pytest

from factdeck.generate.distractors import asked_sex
from factdeck.generate.evidence import early_years_of, sex_marks
from factdeck.generate.facts import FactRecord
from helpers.generation import auto_fact, option_pool


def _accepted(text: str, fact: FactRecord, names: list[str]) -> list[str]:
    pool = option_pool(text, "person", [*names, fact.answer], fact)
    return [name for name in names if pool._same_sort(fact, name)]


@pytest.mark.parametrize(
    ("prompt", "sex"),
    [
        ("Who was cast as Mr. Orbek?", "male"),
        ("Who played the Duchess?", "female"),
        ("Who was first cast as Lady Venn?", "female"),
        ("Who voiced the king?", "male"),
        ("Which actor played the ferryman?", None),
        ("Which actress played the ferryman?", "female"),
        ("Who won a prize for her part in the film?", "female"),
        ("Who lost an eye in his first duel?", "male"),
        ("Who sold his mill in 1881?", None),
        ("Who replaced her husband as abbot?", None),
        ("Who taught her son to weave?", None),
        ("Who designed his tomb at Vell?", None),
        ("Who played the king's son?", None),
        ("Who played Mr. Orbek's daughter?", None),
        ("Who sued the king for his debts?", None),
        ("Who was cast as Tove?", None),
        ("Who taught her to paint?", None),
        ("Who married Ivo Lind after his divorce?", None),
    ],
)
def test_a_question_gives_its_key_s_sex_by_a_part_an_actress_or_a_pronoun_of_the_key(
    prompt: str, sex: str | None
) -> None:
    assert asked_sex(prompt) == sex


@pytest.mark.parametrize(
    ("sentence", "marks"),
    [
        ("Arne Voss was cast as Mr. Orbek, a baker.", ["male"]),
        ("The cast included Tilde Marsk as the Duchess.", ["female"]),
        ("Actress Tilde Marsk turned the part down.", ["female"]),
        ("Prince Orvel Island Mayor Tilde Marsk opened the bridge.", []),
        ("In 1902 Duke Arne Voss opened the bridge.", ["male"]),
        ("Arne Voss played the king's son.", []),
        ("Arne Voss played Mrs. Orbek's son.", []),
    ],
)
def test_a_part_a_person_plays_or_a_capital_noun_before_the_name_marks_the_sex(
    sentence: str, marks: list[str]
) -> None:
    name = "Arne Voss" if "Arne" in sentence else "Tilde Marsk"
    assert sex_marks(name, sentence) == marks


_CAST = (
    "The Salt Ferry\n\n"
    "The Salt Ferry is a 1961 film. Arne Voss was cast as Mr. Orbek, the ferryman. "
    "Tilde Marsk was cast as Mrs. Orbek. Jon Brask was cast as the Duke. "
    "Pia Lund was cast as Tove. Ole Rask was cast as the mayor."
)


def test_a_part_s_sex_admits_only_people_marked_the_same() -> None:
    fact = auto_fact(
        "person",
        "Arne Voss",
        "Arne Voss was cast as Mr. Orbek, the ferryman.",
        "Who was cast as Mr. Orbek?",
    )
    # a woman, one of no known sex and a man
    assert _accepted(_CAST, fact, ["Tilde Marsk", "Pia Lund", "Jon Brask"]) == ["Jon Brask"]


_SCORE = (
    "The Salt Ferry\n\n"
    "The Salt Ferry is a 1961 film. The score was composed by Arne Voss. "
    "Arne Voss also starred in the film as the ferryman. Ole Rask starred as the mayor. "
    "The composer Jon Brask wrote two songs for it."
)


def test_the_asked_role_decides_not_another_role_of_the_key() -> None:
    fact = auto_fact(
        "person",
        "Arne Voss",
        "The score was composed by Arne Voss.",
        "Who composed the score of The Salt Ferry?",
    )
    assert _accepted(_SCORE, fact, ["Ole Rask", "Jon Brask"]) == ["Jon Brask"]


_TUNNELS = (
    "Wind tunnels of Tarland\n\n"
    "Ivo Hemm built a wind tunnel at Brenna in 1882. Arne Voss tested kites at Orm in 1887.\n\n"
    "The Orm Society gave its medal to Ola Berg in 1899 and to Tilde Marsk in 1939."
)


def test_a_list_of_several_years_ties_each_person_to_the_year_beside_them() -> None:
    fact = auto_fact(
        "person",
        "Ivo Hemm",
        "Ivo Hemm built a wind tunnel at Brenna in 1882.",
        "Who built a wind tunnel at Brenna in 1882?",
    )
    pool = option_pool(
        _TUNNELS, "person", ["Ivo Hemm", "Arne Voss", "Ola Berg", "Tilde Marsk"], fact
    )
    assert pool._tied_years("doc", "Tilde Marsk") == [1939]
    assert pool._tied_years("doc", "Ola Berg") == [1899]
    assert [
        name for name in ("Arne Voss", "Ola Berg", "Tilde Marsk") if pool._of_asked_time(fact, name)
    ] == [
        "Arne Voss",
        "Ola Berg",
    ]


_READERS = (
    "Ado Kesh\n\n"
    "In the autumn of 744, Vell Oran met Ado Kesh for the first time. They met again in 745. "
    "Pei Lun praised Ado Kesh in 750. Sun Wen wrote to him in 752. Bo Tian sang his songs "
    "in 748.\n\n"
    "In the 11th century Ado Kesh was read everywhere. Ado Kesh was printed in 1290 and in "
    "1300.\n\n"
    "In the 13th century the poems reached Orland. The first reader abroad was Rin Taro "
    "(1278 – 1346). His student Gen Saku taught the poems. Mori Hana asked Gen Saku about "
    "Ado Kesh."
)


def test_a_question_dated_by_a_three_digit_year_takes_people_of_that_time() -> None:
    # the key's mentions centre on the 13th century, when later readers named it; the
    # question asks of the year 744 its own sentence gives
    fact = auto_fact(
        "person",
        "Ado Kesh",
        "In the autumn of 744, Vell Oran met Ado Kesh for the first time.",
        "Whom did Vell Oran meet for the first time in the autumn of 744?",
    )
    names = ["Rin Taro", "Gen Saku", "Mori Hana", "Pei Lun", "Sun Wen", "Bo Tian"]
    chosen = option_pool(_READERS, "person", [*names, fact.answer], fact).choose(fact)
    assert sorted(chosen) == ["Bo Tian", "Pei Lun", "Sun Wen"]


@pytest.mark.parametrize(
    ("sentence", "years"),
    [
        ("In the autumn of 744, he met Li Vang.", [744]),
        ("By the spring of 903 the walls stood.", [903]),
        ("In 911 the abbey rose.", [911]),
        ("In the autumn of 1744, he met Li Vang.", []),
        ("He led 744 men across the river.", []),
        ("The fall of 744 men ended the siege.", []),
    ],
)
def test_a_year_of_three_digits_dates_a_sentence_only_after_a_word_of_time(
    sentence: str, years: list[int]
) -> None:
    assert early_years_of(sentence) == years
