"""Typed keys and accepted forms as a learner who knows the fact types them: a person without
the office before the name, by given name and surname, by a name the document spells two ways;
a body or a site with or without its sort word; the other noun the document gives after "or";
and never a plural no one says, nor another person's name."""

from __future__ import annotations

import pytest

from factdeck.generate.extract import extract
from factdeck.generate.facts import FactRecord
from factdeck.generate.questions import (
    empire_people_forms,
    first_and_last_forms,
    given_name_forms,
    initials_forms,
    named_in_capitals_forms,
    or_gloss_forms,
    ranked_surname_forms,
    realm_land_forms,
    sort_added_forms,
    with_document_forms,
    without_uncounted_plurals,
)
from factdeck.generate.sentences import split_sentences
from factdeck.generate.text import DocumentNames, asks_who, transliterated_alike
from helpers.generation import accepts, auto_fact, document_evidence, document_facts


def _facts(text: str, title: str = "Tarland") -> dict[str, list[FactRecord]]:
    return document_facts(text, title)


@pytest.mark.parametrize(
    "office",
    [
        "Deputy Administrator",
        "Commissioner",
        "Superintendent",
        "Rabbi",
        "Treasurer",
        "Councillor",
        "Representative",
        "Inspector",
        "Abbot",
        "Commodore",
    ],
)
def test_an_office_before_a_name_is_no_part_of_the_key(office: str) -> None:
    facts = _facts(
        f"In 1964 {office} Karl B. Henning opened the north pier of Vessa. "
        "Henning later wrote a history of the port."
    )
    (opened,) = facts["Karl B. Henning"]
    for typed in ("Karl Henning", "Henning"):
        assert accepts(opened, typed)
    (wrote,) = facts["Henning"]
    assert accepts(wrote, "Karl B. Henning")
    assert accepts(wrote, "Karl Henning")


def test_a_name_is_accepted_by_given_name_and_surname_without_the_middle_names() -> None:
    assert first_and_last_forms("Robert Maynard Orley", [("person", "Robert Maynard Orley")]) == [
        "Robert Orley"
    ]
    assert first_and_last_forms("Karl B. Henning", []) == ["Karl Henning"]


def test_given_name_and_surname_another_person_of_the_document_reads_as_are_not_accepted() -> None:
    people = [("person", "Ana Maria Holm"), ("person", "Ana Lisa Holm")]
    assert first_and_last_forms("Ana Maria Holm", people) == []
    assert first_and_last_forms("Ana Maria Holm", DocumentNames(people)) == []
    assert first_and_last_forms("Ana Maria Holm", [("person", "Ana Holm")]) == []
    assert first_and_last_forms("Ana Maria Holm", DocumentNames([("person", "Ana Holm")])) == []
    others = DocumentNames([("person", "Ana Maria Holm"), ("person", "Ana Lisa Berg")])
    assert first_and_last_forms("Ana Maria Holm", others) == ["Ana Holm"]


def test_an_honorific_a_particle_or_a_title_makes_no_given_name_and_surname() -> None:
    assert first_and_last_forms("Sayyid Abul Ala Venn", []) == []
    assert first_and_last_forms("Jean de la Marlac", []) == []
    assert first_and_last_forms("Admiral Ana Holm", []) == []


def test_a_surname_key_accepts_the_one_full_name_the_document_writes() -> None:
    names = ["Sayyid Abul Ala Venn", "Tarland"]
    forms = given_name_forms("Venn", "other", "Who founded the party in 1941?", names, bool)
    assert "Sayyid Abul Ala Venn" in forms
    assert given_name_forms("Venn", "other", "What founded it?", names, bool) == []
    two = ["Sayyid Abul Ala Venn", "Ivo Venn"]
    assert given_name_forms("Venn", "person", "Who founded it?", two, bool) == []


@pytest.mark.parametrize(
    ("prompt", "who"),
    [
        ("Who founded the port?", True),
        ("To whom was the system recommended?", True),
        ("In 1955, who was hired to plan the campus?", True),
        ("Whose curve predicts the fall?", True),
        ("Which prize did Ana, who led the port, win?", False),
        ("In 1930, which city fell?", False),
    ],
)
def test_a_question_asks_for_a_person_by_who_wherever_it_stands(prompt: str, who: bool) -> None:
    assert asks_who(prompt) is who


def test_a_person_asked_to_whom_accepts_the_surname() -> None:
    facts = _facts("The new ferry law of Vessa was recommended to Ivo Orsberg in 1990.")
    (fact,) = facts["Ivo Orsberg"]
    assert fact.prompt.startswith("To whom")
    assert accepts(fact, "Orsberg")


def test_one_name_spelled_two_ways_is_one_person() -> None:
    assert transliterated_alike("Mohammad Orsk", "Muhammad Orsk")
    assert not transliterated_alike("Maria Holm", "Mario Holm")  # too short to tell
    assert not transliterated_alike("Daniel Holm", "Danielle Holm")
    assert not transliterated_alike("Muhammad Orsk", "Muhammad Vell")
    assert not transliterated_alike("Kasimir II", "Kasumar II")  # two rulers, one number


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Antonio Varsk", "Antonia Varsk"),
        ("Justin Varsk", "Justine Varsk"),
        ("Louisa Varsk", "Louise Varsk"),
        ("Daniel Varsk", "Daniela Varsk"),
    ],
)
def test_given_names_that_end_otherwise_are_two_people(one: str, other: str) -> None:
    assert not transliterated_alike(one, other)


def test_a_sister_of_the_same_surname_is_not_accepted_for_her_brother() -> None:
    facts = _facts(
        "Antonio Varsk built the mill at Orm in 1850. "
        "His sister Antonia Varsk ran the school at Orm in 1852."
    )
    (built,) = facts["Antonio Varsk"]
    assert not accepts(built, "Antonia Varsk")


def test_a_surname_two_spellings_of_one_man_share_is_accepted() -> None:
    facts = _facts(
        "Sir Muhammad Orsk was elected president of the Vell League in 1930. "
        "Orsk expressed fears for the league. "
        "The poet Tam Lind praised Mohammad Orsk in 1931."
    )
    (fact,) = facts["Muhammad Orsk"]
    assert accepts(fact, "Orsk")
    assert accepts(fact, "Mohammad Orsk")


_NAMES = [
    ("organisation", "Harlan Company"),
    ("person", "Ned Harlan"),
    ("place", "Marlowe Tower"),
    ("place", "Marlowe"),
    ("organisation", "NTV Red Network"),
    ("other", "NTV Red"),
    ("organisation", "Red Network"),
]


@pytest.mark.parametrize(
    ("answer", "forms"),
    [
        ("Harlan", ["Harlan Company"]),
        ("Marlowe", ["Marlowe Tower"]),
        ("NTV Red", ["NTV Red Network", "Red Network"]),
        ("NTV Red Network", ["NTV Red", "Red Network"]),
        ("Red Network", ["NTV Red Network"]),
    ],
)
def test_a_name_takes_the_document_s_name_with_or_without_its_sort_word(
    answer: str, forms: list[str]
) -> None:
    assert sort_added_forms(answer, _NAMES) == forms
    # the document's names looked up in their index give the same
    assert sort_added_forms(answer, DocumentNames(_NAMES)) == forms


def test_two_longer_names_or_a_street_give_no_longer_form() -> None:
    names = [("place", "Marlowe Tower"), ("organisation", "Marlowe Company")]
    assert sort_added_forms("Marlowe", names) == []
    assert sort_added_forms("Vessa", [("place", "Vessa Street")]) == []
    # a name of two kinds holds the shorter one twice: two holders, no form
    twice = DocumentNames([("organisation", "NTV Red Network"), ("other", "NTV Red Network")])
    assert sort_added_forms("Red Network", twice) == []


def test_a_town_asked_for_takes_no_longer_name_with_a_sort_word() -> None:
    names = [("other", "Harlan"), ("organisation", "Harlan Railroad")]
    assert sort_added_forms("Harlan", names, "Who built the line?") == ["Harlan Railroad"]
    # the question asks for a town: the railroad named after it is another thing
    assert sort_added_forms("Harlan", names, "Which municipality is the poorest?") == []


def test_a_company_named_after_a_man_takes_its_sort_word_and_never_the_man() -> None:
    text = (
        "The Harlan Company was founded by Ned Harlan, an engineer from Brill, in 1921. "
        "In 1983 Harlan launched the first weather satellite of Tarland. Ned Harlan died in 1990."
    )
    evidence = document_evidence(text)
    names = list(dict.fromkeys(extract(split_sentences("doc", text), "Doc").pool))
    statement = evidence.sentences_with_words("doc", "1983")[0]
    prompt = "Who launched the first weather satellite of Tarland in 1983?"
    fact = auto_fact("organisation", "Harlan", statement, prompt)
    fact = with_document_forms(fact, evidence, names)
    assert accepts(fact, "Harlan Company")
    assert accepts(fact, "The Harlan Company")
    assert not accepts(fact, "Ned Harlan")
    founder = auto_fact("person", "Ned Harlan", text.split(". ")[0], "Who founded it?")
    founder = with_document_forms(founder, evidence, names)
    assert not accepts(founder, "Engineer Ned Harlan")  # "an engineer": a trade, no title


def test_a_noun_takes_the_other_noun_the_document_gives_after_or() -> None:
    text = (
        "The port sent envoys, or messengers, to the northern towns. "
        "The council relied on stewards (or wardens) to keep the roads. "
        "Goods went by land, or by sea, to the capital. "
        "The clerks kept tide tables, or almanacs, in the harbour office."
    )
    evidence = document_evidence(text)

    def forms(key: str, prompt: str = "Whom did the port send?") -> list[str]:
        return or_gloss_forms(
            key, prompt, lambda words: evidence.sentences_with_words("doc", words)
        )

    assert forms("envoys") == ["messengers"]
    assert forms("messengers") == ["envoys"]
    assert forms("stewards") == ["wardens"]
    assert forms("envoys", "Which messengers did the port send?") == []
    assert forms("land") == []
    assert forms("almanacs") == []  # "tide tables", not "tables"
    assert forms("Envoys") == []


def test_a_plural_the_document_never_counts_is_not_accepted() -> None:
    text = (
        "The port of Vessa adopted paper money in 1911. "
        "The port hired envoys in 1920. Each envoy carried a seal."
    )
    evidence = document_evidence(text)

    def accepted(answer: str, forms: tuple[str, ...]) -> tuple[str, ...]:
        fact = auto_fact("term", answer, text, "What?", accepted=forms)
        return without_uncounted_plurals(fact, evidence).accepted

    assert accepted("paper money", ("paper moneys", "the paper money")) == ("the paper money",)
    assert accepted("envoy", ("envoys",)) == ("envoys",)
    assert accepted("seal", ("seals",)) == ("seals",)  # "a seal": a thing one counts
    assert accepted("port informatics", ("port informatic",)) == ()
    assert accepted("Orm thesis", ("Orm theses",)) == ()  # a singular ending in "s"
    assert accepted("envoys", ("envoy",)) == ("envoy",)  # a plural key keeps its singular


@pytest.mark.parametrize(
    ("plural", "singular"),
    [("relics", "relic"), ("critics", "critic"), ("clinics", "clinic"), ("topics", "topic")],
)
def test_a_plural_ending_in_ics_keeps_its_singular(plural: str, singular: str) -> None:
    text = f"The abbey of Vessa kept {plural} of Saint Orm in 1211."
    fact = auto_fact("term", plural, text, "What?", accepted=(singular,))
    assert without_uncounted_plurals(fact, document_evidence(text)).accepted == (singular,)


def test_a_field_ending_in_ics_takes_no_singular_the_document_never_writes() -> None:
    text = "Ivo Lind taught statistics at the Vessa school in 1911."
    fact = auto_fact("term", "statistics", text, "What?", accepted=("statistic",))
    assert without_uncounted_plurals(fact, document_evidence(text)).accepted == ()


def test_a_term_ends_where_a_dash_sets_off_an_aside() -> None:
    facts = _facts(
        "A native or resident of Vessa is known as a Vessan – in Vellish vessak (male). "
        "Vessa lies on the Orm River."
    )
    assert "Vessan" in facts
    assert not any("–" in answer for answer in facts)


def test_a_body_s_name_is_not_accepted_without_its_sort_word_where_other_names_hold_it() -> None:
    names = [("organisation", "Orm Company"), ("other", "Orm"), ("place", "Orm Valley")]
    assert sort_added_forms("Orm Company", names) == []
    assert sort_added_forms("Ohio Company", [("other", "Ohio")]) == []


def test_a_numbered_name_takes_its_initials_before_the_number_where_the_document_writes_them() -> (
    None
):
    def written(form: str) -> bool:
        return form == "SR 12"

    assert initials_forms("State Route 12", ["SR 12"], {}, written) == ["SR 12"]
    assert initials_forms("State Route 12", ["State Road 12"], {}, written) == []
    assert initials_forms("State Route 12", [], {}, lambda form: False) == []
    assert initials_forms("state route 12", [], {}, written) == []


def test_a_state_named_as_its_land_s_kingdom_takes_the_land_s_name() -> None:
    assert realm_land_forms("Kingdom of Orrland", lambda land: False) == ["Orrland"]
    assert realm_land_forms("Grand Duchy of Kell Vale", lambda land: False) == ["Kell Vale"]
    # the document writes "Vessa" for a city too
    assert realm_land_forms("Duchy of Vessa", lambda land: True) == []
    assert realm_land_forms("Kingdom of Norway", lambda land: True) == ["Norway"]
    assert realm_land_forms("Bank of Orrland", lambda land: False) == []
    assert realm_land_forms("Province of Kessa", lambda land: False) == ["Kessa"]
    assert realm_land_forms("Colony of New Orrland", lambda land: False) == ["New Orrland"]


def test_a_kingdom_s_land_is_accepted_where_the_document_writes_it_only_in_its_name() -> None:
    facts = _facts(
        "In 1795 the town of Vessa was annexed by the Kingdom of Orrland. "
        "Vessa became a provincial capital in 1796."
    )
    assert any(accepts(fact, "Orrland") for fact in facts["Kingdom of Orrland"])


def test_a_surname_key_accepts_a_full_name_with_a_joined_given_name_and_particles() -> None:
    names = ["Jean-Luc Pecaud de Vallœur", "Vallœur"]
    forms = given_name_forms("Vallœur", "person", "Who led the column?", names, bool)
    assert "Jean-Luc Pecaud de Vallœur" in forms


def test_a_surname_like_an_office_after_a_given_name_stays_the_name() -> None:
    facts = _facts("The painter John Pastor painted the harbour of Vessa in 1970.")
    assert "John Pastor" in facts


def test_a_name_in_capitals_before_what_it_is_is_accepted_alone_where_the_document_writes_it() -> (
    None
):
    def written(form: str) -> bool:
        return form == "ORMNET"

    prompt = "What was a research network run by Ana Holm called?"
    assert named_in_capitals_forms("ORMNET packet network", prompt, written) == ["ORMNET"]
    assert named_in_capitals_forms("ORMNET packet network", prompt, lambda form: False) == []
    assert named_in_capitals_forms("ORMNET packet network", "What did ORMNET run?", written) == []
    assert named_in_capitals_forms("ORMNET Packet Network", prompt, written) == []
    assert named_in_capitals_forms("PT network", prompt, written) == []


def test_a_document_s_names_read_as_the_pairs_they_are() -> None:
    names = DocumentNames([("person", "Ivo Lind"), ("place", "Orm"), ("person", "Ivo Lind")])
    assert dict(names) == {"person": "Ivo Lind", "place": "Orm"}
    assert names.value_list == ("Ivo Lind", "Orm")
    assert names.key_list == ("ivo lind", "orm")


def test_a_name_closing_on_a_compass_point_is_accepted_without_its_sort_word() -> None:
    facts = _facts("In 1820 the town of Orm joined the Vessa East Conference.")
    (joined,) = facts["Vessa East Conference"]
    assert joined.prompt.startswith("Which conference")
    assert accepts(joined, "Vessa East")
    assert not accepts(joined, "Vessa")


def test_a_name_cut_inside_its_sort_phrase_is_still_not_accepted() -> None:
    facts = _facts("In 1820 the town of Orm opened the Vessa Fire Academy.")
    (opened,) = facts["Vessa Fire Academy"]
    assert not accepts(opened, "Vessa Fire")


def test_the_one_civil_war_of_a_document_is_accepted_as_the_civil_war() -> None:
    facts = _facts(
        "In 1801 the town of Orm joined the Kessian Civil War. After the civil war, Orm grew."
    )
    (joined,) = facts["Kessian Civil War"]
    assert accepts(joined, "Civil War")
    assert accepts(joined, "the civil war")


@pytest.mark.parametrize(
    "other",
    [
        "In 1850 the Tarnic Civil War ruined the harbour.",
        "In 1850 a civil war ruined the harbour.",
        "Both civil wars ruined the harbour.",
    ],
)
def test_civil_war_alone_is_not_accepted_beside_another_civil_war(other: str) -> None:
    facts = _facts(f"In 1801 the town of Orm joined the Kessian Civil War. {other}")
    (joined,) = facts["Kessian Civil War"]
    assert not accepts(joined, "Civil War")
    assert accepts(joined, "Kessian Civil War")


def test_an_empire_asked_as_an_empire_is_accepted_by_its_people_s_word() -> None:
    facts = _facts("Orm was ruled by the Danish Empire until 1800.")
    (ruled,) = facts["Danish Empire"]
    assert "which empire" in ruled.prompt.casefold()
    assert accepts(ruled, "Danish")


@pytest.mark.parametrize(
    ("empire", "prompt"),
    [
        ("Danish Empire", "Which country annexed Orm in 1790?"),
        ("Great Empire", "Which empire annexed Orm in 1790?"),
        ("Eastern Empire", "Which empire annexed Orm in 1790?"),
    ],
)
def test_an_empire_is_not_its_word_alone_unasked_or_where_the_word_qualifies_any(
    empire: str, prompt: str
) -> None:
    assert empire_people_forms(empire, prompt) == []


@pytest.mark.parametrize("title", ["General", "Admiral", "Captain", "Professor", "Dr", "Lord"])
def test_one_of_rank_is_accepted_by_title_and_surname(title: str) -> None:
    facts = _facts(f"The fort of Orm was built by {title} Tomas Brell in 1771.")
    (built,) = facts["Tomas Brell"]
    assert accepts(built, f"{title} Brell")
    assert accepts(built, "Brell")


def test_a_knight_is_not_accepted_by_title_and_surname() -> None:
    facts = _facts("The fort of Orm was built by Sir Tomas Brell in 1771.")
    (built,) = facts["Tomas Brell"]
    assert not accepts(built, "Sir Brell")


def test_title_and_surname_are_not_accepted_where_the_surname_alone_is_not() -> None:
    key, accepted = "Tomas Brell", ("General Tomas Brell",)
    assert ranked_surname_forms(key, accepted) == []
    assert ranked_surname_forms(key, (*accepted, "Brell")) == ["General Brell"]


@pytest.mark.parametrize("title", ["Dr.", "Mrs.", "Ms."])
def test_a_title_written_short_stays_with_the_name_it_opens(title: str) -> None:
    facts = _facts(f"The first census of Orm was taken by {title} Ana Ruiz in 1740.")
    (taken,) = facts[f"{title} Ana Ruiz"]
    assert title not in taken.prompt
    for typed in ("Ana Ruiz", f"{title} Ana Ruiz", "Ruiz"):
        assert accepts(taken, typed)


def test_a_surname_written_with_a_title_or_a_middle_initial_is_one_person_s() -> None:
    facts = _facts(
        "The guild abolished serfdom under Tomas Brellick in 1861. "
        "In 1902, President Tomas Brellick won the election by a wide margin. "
        "President Brellick later founded the Orm Institute. "
        "In 1920, Ivo K. Marrow won the votes of farmers. "
        "Ivo Marrow later led the Vell League."
    )
    assert accepts(facts["Tomas Brellick"][0], "Brellick")
    assert accepts(facts["President Brellick"][0], "Brellick")
    assert accepts(facts["Ivo K. Marrow"][0], "Marrow")


def test_a_surname_two_people_bear_is_not_accepted_alone() -> None:
    facts = _facts(
        "In 1920, Ivo K. Marrow won the votes of farmers. "
        "In 1930, Ivo J. Marrow led the Vell League. "
        "Lord Brellick founded the Orm Institute in 1890. "
        "Tomas Brellick sold the Kell Mill in 1901."
    )
    assert not accepts(facts["Ivo K. Marrow"][0], "Marrow")
    assert not accepts(facts["Tomas Brellick"][0], "Brellick")


def test_a_title_ending_another_title_does_not_join_two_people() -> None:
    facts = _facts(
        "In 1902, Vice President Tomas Brellick resigned. "
        "President Brellick founded the Orm Institute in 1890. "
        "Tomas Brellick sold the Kell Mill in 1901."
    )
    assert not accepts(facts["President Brellick"][0], "Brellick")


def test_a_surname_that_is_another_person_s_first_name_is_still_accepted() -> None:
    facts = _facts(
        "The guild abolished serfdom under Ivo Lincoln in 1861. "
        "In 1950, Lincoln Varnby governed Orm."
    )
    assert accepts(facts["Ivo Lincoln"][0], "Lincoln")
