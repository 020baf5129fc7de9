"""Stems name what they ask about: the subject's sort ("the church", "the university") is
the subject only where its paragraph names no other thing of that sort, and a month takes
the year its paragraph gives it; otherwise the question is not asked."""

from __future__ import annotations

import re

import pytest

from factdeck.generate.extract import extract
from factdeck.generate.referents import Referents, month_without_its_year
from factdeck.generate.sentences import split_sentences

_CHURCH = (
    "Holm Church stands in Varby. The church was built in 1320.\n\n"
    "Varby also has the Church of Saint Ansel. The church was rebuilt in 1650."
)


def _referents(text: str, title: str) -> tuple[Referents, list[str]]:
    sentences = split_sentences("doc", text)
    referents = Referents(sentences, title, None)
    return referents, [referents.resolved(s.text, s) for s in sentences]


def test_the_sort_a_title_ends_in_is_the_subject_until_its_paragraph_names_another() -> None:
    _, resolved = _referents(_CHURCH, "Holm Church")
    assert resolved[1] == "Holm Church was built in 1320."
    assert resolved[3] == "The church was rebuilt in 1650."  # Saint Ansel's, or Holm's?
    _, university = _referents(
        "Orm University lies in Kell. The university has a lake.", "Orm University"
    )
    assert university[1] == "Orm University has a lake."


def test_a_place_title_with_its_region_after_a_comma_names_the_place_alone() -> None:
    text = "Lund is a city in Varland. The city grew fast in 1900."
    sentences = split_sentences("doc", text)
    referents = Referents(sentences, "Lund, Varland", "city")
    assert referents.resolved(sentences[1].text, sentences[1]) == "Lund grew fast in 1900."


def test_a_question_keeping_the_subject_s_sort_unresolved_leans_on_unseen_text() -> None:
    referents, _ = _referents(_CHURCH, "Holm Church")
    assert referents.leans_on_unseen("When was the church rebuilt?", "1650", "")
    assert referents.leans_on_unseen("When was the new church consecrated?", "1650", "")
    assert referents.leans_on_unseen("Who paid for the church's tower?", "Ivo", "")
    assert not referents.leans_on_unseen("When was Holm Church rebuilt?", "1650", "")
    assert not referents.leans_on_unseen("When was the church of Ansel built?", "1650", "")
    assert not referents.leans_on_unseen("What is the largest church in Varby?", "x", "")
    assert not referents.leans_on_unseen("When was the church in Varby built?", "1320", "")
    assert not referents.leans_on_unseen("Who built the church hall in Varby?", "Ivo", "")
    assert referents.leans_on_unseen("When did the new church take its name?", "1650", "")
    other, _ = _referents(_CHURCH, "Varby")
    assert not other.leans_on_unseen("When was the church rebuilt?", "1650", "")  # not its sort


def test_a_month_without_its_year_takes_the_year_of_the_date_before_it() -> None:
    text = (
        "Tarsia relied on grain. Its harvest fell by 5% in 1970. On November 7, 1973, Varland "
        "cut its exports. On November 22, Tarsia sent envoys to the 1967 talks. By December 25, "
        "Tarsia was thought friendly. In March, prices fell.\n\n"
        "In 1975, the band toured Lund. On 3 March they played Orm. The mill shrank in 1980. "
        "In June the mill closed."
    )
    sentences = split_sentences("doc", text)
    referents = Referents(sentences, "Tarsia", None)
    dated = [referents.with_years(s.text, s) for s in sentences]
    assert dated[3] == "On November 22, 1973, Tarsia sent envoys to the 1967 talks."
    assert dated[4] == "By December 25, 1973, Tarsia was thought friendly."
    assert dated[5] == "In March, prices fell."  # before November: the next year, or which?
    assert dated[7] == "On 3 March 1975 they played Orm."
    assert dated[9] == "In June the mill closed."  # 1980 is a year of no date


def test_a_question_placed_in_a_month_of_no_year_is_not_asked() -> None:
    assert month_without_its_year("Which country was thought friendly by December 25?")
    assert month_without_its_year("How many people lived in Orm in November?")
    assert not month_without_its_year("How many people lived in Orm in November 1911?")
    assert not month_without_its_year("Which fair is held in Orm each June?")
    assert not month_without_its_year("Whom did Ada May meet in Orm?")


@pytest.mark.parametrize(
    "prompt",
    [
        "In what year did the Vessa ferry sink in June?",
        "What year did Ivo Lind reach Orm on 3 May?",
        "When did the Tarn mill burn in late March?",
        "On what date did Ada Voss sail from Orm in November?",
    ],
)
def test_a_question_asking_the_year_needs_no_year_beside_its_month(prompt: str) -> None:
    assert not month_without_its_year(prompt)


def test_an_imported_deck_asks_the_subject_by_name_or_not_at_all() -> None:
    text = (
        "Holm Church\n\nHolm Church is a church in Varby. The church was rebuilt by Ivo Lind "
        "in 1650.\n\nVarby also has the Church of Saint Ansel, built by Ada Moss. In 1701, the "
        "church was painted by Ola Berg. On 3 June the bells were cast by Per Vik in Lund."
    )
    found = extract(split_sentences("doc", text), "Holm Church", selective=True).candidates
    questions = [c.question or "" for c in found]
    assert "Who rebuilt Holm Church in 1650?" in questions
    assert not any("1701" in q and "Holm Church" in q for q in questions)  # Saint Ansel's?
    assert not any(re.search(r"\bthe church\b(?! of)", q) for q in questions)
    assert any("3 June 1701" in q for q in questions)
    assert not any(c.span.text == "3 June 1701" for c in found)  # a date the text never says


def test_a_given_name_alone_is_the_one_longer_name_its_paragraph_gives_it() -> None:
    text = (
        "Edgar fled to Varland, opposing William the Conqueror. William invaded Varland in "
        "1072.\n\nWilliam Pitt met William of Orm. William left in 1080.\n\nIvo Lind crossed "
        "Victoria Street. In August Ivo sailed. Victoria grew. Ivo settlers won."
    )
    _, resolved = _referents(text, "Victoria")
    assert resolved[1] == "William the Conqueror invaded Varland in 1072."
    assert resolved[3] == "William left in 1080."  # Pitt or Orm?
    assert resolved[5] == "In August Ivo Lind sailed."
    assert resolved[6] == "Victoria grew."  # the subject, not the street
    assert resolved[7] == "Ivo settlers won."  # a people's adjective


def test_a_given_name_alone_is_the_longer_name_without_its_possessive() -> None:
    text = (
        "In 1850 Ivo Lind showed Edgar Varsk's mill. Edgar sold it in 1860.\n\n"
        "Edgar Varsk's mill and Edgar Holm's barn burned. Edgar Holm's son left in 1870."
    )
    _, resolved = _referents(text, "Vessa")
    assert resolved[1] == "Edgar Varsk sold it in 1860."
    assert resolved[3] == "Edgar Holm's son left in 1870."  # no bare name: left as it is
