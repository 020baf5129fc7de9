"""A "which <noun>" question names what the key is in the key's own word or the document's:
a work by the noun the document files it under, a body, a war, a prize by the class noun its
name ends in; "who" only for people and "where" only for places."""

from __future__ import annotations

import pytest

from factdeck.generate.extract import _year_question
from factdeck.generate.phrasing import ask, ill_formed, named_sorts, organisation_sort
from helpers.generation import name_kinds
from helpers.generation import questions_by_key as _questions


@pytest.mark.parametrize(
    ("text", "title", "sort"),
    [
        ("In 2010 the band released Salt Harbour, their third album.", "Salt Harbour", "album"),
        (
            "The band's fifth studio album, Iron Rising, was released in 2011.",
            "Iron Rising",
            "album",
        ),
        ("Her novel Kell Bay sold well in 1990.", "Kell Bay", "novel"),
        ("Their single “Orm Valley” reached number four.", "Orm Valley", "single"),
        ("The third single from the album, “Orm Road”, was a hit.", "Orm Road", "single"),
    ],
)
def test_a_title_takes_the_work_noun_the_document_files_it_under(
    text: str, title: str, sort: str
) -> None:
    assert named_sorts([text])[title.casefold()] == sort


@pytest.mark.parametrize(
    "text",
    [
        "In the film, Ames plays a nurse.",
        "Ivo Marr, the film's director, spoke.",
        "The Kell Lions play Orm Road twice a year.",
    ],
)
def test_a_work_noun_beside_a_name_that_is_no_title_files_nothing(text: str) -> None:
    assert named_sorts([text]) == {}


_ALBUMS = (
    "Orla Venn is a singer from Kelby. In 2010 Venn released Salt Harbour, her third album. "
    "Venn's fifth studio album, Iron Lantern Rising, was released on 4 May 2011 to mixed reviews."
)


def test_an_album_named_like_a_place_is_asked_which_album() -> None:
    asked = _questions(_ALBUMS)
    assert "Which album did Orla Venn release in 2010?" in asked["Salt Harbour"]
    assert not any("harbour" in q.casefold() or "Where" in q for q in asked["Salt Harbour"])


def test_an_album_named_like_an_event_is_asked_which_album() -> None:
    asked = _questions(_ALBUMS)["Iron Lantern Rising"]
    assert asked == ["Which album was released on 4 May 2011 to mixed reviews?"]


_NEW_TOWN = (
    "Settlement was slow, and though New Kelby became an important port, there was little "
    "trade. Alarmed, the Kell Republic offered to buy New Kelby in 1801."
)


def test_a_name_opened_by_new_is_a_place_never_a_person() -> None:
    assert name_kinds(_NEW_TOWN)["New Kelby"] != "person"
    asked = _questions(_NEW_TOWN)["New Kelby"]
    assert asked and not any(q.casefold().startswith(("who", "whom")) for q in asked)


def test_a_place_listed_before_a_street_named_for_a_role_is_no_person() -> None:
    text = (
        "The ward comprised the Marrow, Kellwell, Tarnagh, Bishop Street and Orm Road. "
        "Odo, Bishop of Kell, died in 1097."
    )
    kinds = name_kinds(text)
    assert kinds["Tarnagh"] != "person"
    assert kinds["Odo"] == "person"


@pytest.mark.parametrize(
    "name", ["Orm Valley Conference Coach of the Month", "Kell Basin Player of the Year"]
)
def test_an_honour_of_the_month_or_year_is_no_place(name: str) -> None:
    text = f"In 2009, Ivo Varn was named the {name}."
    assert name_kinds(text)[name] == "other"
    assert _questions(text)[name] == ["In 2009, Ivo Varn was named what?"]


def test_a_corps_is_asked_which_corps() -> None:
    assert organisation_sort("IX Corps") == "corps"
    text = "After the victory at Tarvik, General Varro dispersed the IX Corps."
    assert (
        "Which corps did General Varro disperse after the victory at Tarvik?"
        in (_questions(text)["IX Corps"])
    )


def test_an_agency_asked_after_an_opening_phrase_is_asked_by_its_class_noun() -> None:
    text = "In 2012, the Kelby Flood Warning Center began to quote river levels."
    asked = _questions(text)["Kelby Flood Warning Center"]
    assert asked == ["In 2012, which center began to quote river levels?"]


_CLASSES = (
    "Ivo Marr was a soldier from Kelby. During the Great Orm War, Kelby was bombed twice. "
    "Ivo Marr won the Tarvik Prize in 1977. The Battle of Kellgrad was won by General Varro. "
    "The Orvan Rifle Brigade fought at Kellgrad. The Kessian Weather Agency issued a warning "
    "in 1980. Ivo Marr studied at Tarvik College in Kell."
)


@pytest.mark.parametrize(
    ("name", "question"),
    [
        ("Great Orm War", "During which war was Kelby bombed twice?"),
        ("Tarvik Prize", "Which prize did Ivo Marr win in 1977?"),
        ("Battle of Kellgrad", "Which battle was won by General Varro?"),
        ("Orvan Rifle Brigade", "Which brigade fought at Kellgrad?"),
        ("Kessian Weather Agency", "Which agency issued a warning in 1980?"),
        ("Tarvik College", "At which college in Kell did Ivo Marr study?"),
        ("Ivo Marr", "Who studied at Tarvik College in Kell?"),
    ],
)
def test_a_name_ending_in_its_class_noun_is_asked_by_that_noun(name: str, question: str) -> None:
    assert question in _questions(_CLASSES)[name]


def test_a_work_s_noun_the_question_already_says_is_kept_and_never_doubled() -> None:
    text = "In 2005 Ada Kell was cast in the theatre productions of the Ivo Marr play Orm Fur."
    start = text.index("Orm Fur")
    assert ask(text, start, start + 7, "other", sort="play") == (
        "In 2005, Ada Kell was cast in the theatre productions of which Ivo Marr play?",
        "in-situ",
    )
    owned = "In 2005 Ada Kell was cast in the theatre productions of Ivo Marr's play Orm Fur."
    start = owned.index("Orm Fur")
    assert ask(owned, start, start + 7, "other", sort="play") is None


def test_a_count_beside_a_work_is_no_work() -> None:
    text = "Eddie finally appears above Bert in two shot."
    start = text.index("two")
    asked = ask(text, start, start + 3, "number", sort="film")
    assert asked is None or "film" not in asked[0]


def test_a_stem_closing_on_an_article_and_a_figure_was_cut_before_its_noun() -> None:
    assert ill_formed("In 2012, which center ran a poll of voters with a 35–28?")
    assert not ill_formed("In 2012, which center ran a poll of 3,000 voters?")
    assert not ill_formed("In what year was Ada Kell reclassified a 2.0?")


def test_a_stem_opening_on_the_tail_of_a_cut_list_is_ill_formed() -> None:
    assert ill_formed("Fishing, and logging, what became an important shipbuilding center?")
    assert not ill_formed("In Kell, what became an important shipbuilding center?")


def test_a_date_asked_by_its_year_is_in_a_year_not_on_it() -> None:
    assert (
        _year_question("The book was released on what date through Kelby Press?")
        == "The book was released in what year through Kelby Press?"
    )


def test_a_name_after_a_scene_setting_work_noun_is_no_title() -> None:
    assert named_sorts(["In the novel Inspector Halm chases a forger through Kell."]) == {}
    assert named_sorts(["In the film Tarnby is seen only at night."]) == {}
    assert named_sorts(["In her novel Salt Harbour, Renk describes the port."]) == {
        "salt harbour": "novel"
    }
    text = (
        "Ivo Marl is a Vessian actor. Marl was born in Tarnby. "
        "In the film Tarnby is seen only at night."
    )
    assert "Where was Marl born?" in _questions(text, "Ivo Marl")["Tarnby"]


def test_a_person_is_never_asked_by_a_work_s_noun() -> None:
    sentence = "Renk based Inspector Halm on her brother."
    start = sentence.index("Inspector Halm")
    asked = ask(sentence, start, start + len("Inspector Halm"), "person", sort="novel")
    assert asked is not None
    assert "novel" not in asked[0]
