"""Typed keys that take the short name a learner types: the name without the class noun
the question gives, a person without the body named with them, the initials the document
writes for a name; and a common noun key in lower case where only its sentence capitalised it."""

from hypothesis import given, settings
from hypothesis import strategies as st

from factdeck.generate.evidence import DocumentEvidence
from factdeck.generate.facts import FactRecord
from factdeck.generate.questions import gloss_forms, with_document_forms
from factdeck.normalise import normalise
from helpers.generation import auto_fact


def _fact(
    text: str, answer: str, prompt: str, names: list[tuple[str, str]], kind: str = "other"
) -> FactRecord:
    """The fact asked by ``prompt`` with every form its one-document text gives the answer."""
    sentences = [part.strip() + "." for part in text.split(".") if part.strip()]
    evidence = DocumentEvidence({"doc": sentences})
    fact = auto_fact(kind, answer, sentences[0], prompt, id="doc.1")
    return with_document_forms(fact, evidence, names)


def _accepts(fact: FactRecord, typed: str) -> bool:
    return normalise(typed) in {normalise(form) for form in (fact.answer, *fact.accepted)}


def test_a_name_is_accepted_without_the_class_noun_the_question_names() -> None:
    text = (
        "Storm Edda flooded the port of Ossby in 1911. "
        "Lina Berg studied at the Marlow College of Music. "
        "Pilots train at the RNLI Sea Academy near the sea."
    )
    names = [
        ("event", "Storm Edda"),
        ("place", "Ossby"),
        ("person", "Lina Berg"),
        ("organisation", "Marlow College of Music"),
        ("organisation", "RNLI Sea Academy"),
    ]
    storm = _fact(text, "Storm Edda", "Which storm flooded the port of Ossby in 1911?", names)
    college = _fact(text, "Marlow College of Music", "At which college did Lina Berg study?", names)
    academy = _fact(text, "RNLI Sea Academy", "At which academy do pilots train?", names)
    assert _accepts(storm, "Edda")
    assert _accepts(college, "Marlow")
    assert _accepts(academy, "Sea Academy")
    assert not _accepts(academy, "Sea")


def test_a_name_after_a_leading_class_noun_is_accepted_even_where_it_is_an_adjective() -> None:
    text = (
        "Hurricane Misty struck the Kell coast in 1954. The misty coast of Kell flooded. "
        "Cyclone Rusty reached Ossby a year later."
    )
    names = [
        ("event", "Hurricane Misty"),
        ("event", "Cyclone Rusty"),
        ("place", "Kell"),
        ("place", "Ossby"),
    ]
    misty = _fact(text, "Hurricane Misty", "Which hurricane struck the Kell coast in 1954?", names)
    rusty = _fact(text, "Cyclone Rusty", "Which cyclone reached Ossby a year later?", names)
    assert _accepts(misty, "Misty")
    assert _accepts(rusty, "Rusty")


def test_a_class_noun_is_kept_where_the_rest_is_no_name_or_names_another_of_the_class() -> None:
    text = (
        "Lina Berg studied at the Marlow College of Music. "
        "Her brother taught at the Marlow College of Art. "
        "Per Lund studied at the Royal College of Music."
    )
    names = [
        ("person", "Lina Berg"),
        ("person", "Per Lund"),
        ("organisation", "Marlow College of Music"),
        ("organisation", "Marlow College of Art"),
        ("organisation", "Royal College of Music"),
    ]
    marlow = _fact(text, "Marlow College of Music", "At which college did Lina Berg study?", names)
    royal = _fact(text, "Royal College of Music", "At which college did Per Lund study?", names)
    assert not _accepts(marlow, "Marlow")
    assert not _accepts(royal, "Royal")


def test_a_person_named_with_a_body_is_accepted_by_the_name_and_the_surname() -> None:
    text = "Ada Venn of the Daily Courier broke the story in 1968. The paper sold well."
    names = [("person", "Ada Venn of the Daily Courier")]
    fact = _fact(
        text, "Ada Venn of the Daily Courier", "Who broke the story in 1968?", names, "person"
    )
    assert _accepts(fact, "Ada Venn")
    assert _accepts(fact, "Venn")


def test_a_surname_another_person_bears_is_not_accepted_for_the_affiliated_person() -> None:
    text = "Ada Venn of the Daily Courier broke the story in 1968. Per Venn denied it."
    names = [("person", "Ada Venn of the Daily Courier"), ("person", "Per Venn")]
    fact = _fact(
        text, "Ada Venn of the Daily Courier", "Who broke the story in 1968?", names, "person"
    )
    assert _accepts(fact, "Ada Venn")
    assert not _accepts(fact, "Venn")


def test_initials_the_document_writes_for_a_name_are_accepted() -> None:
    text = (
        "Port Orm City won the cup in 1921. "
        "PTC fans filled the stands. "
        "Port Talbot City lost the final to them."
    )
    names = [("organisation", "Port Talbot City"), ("organisation", "Port Orm City")]
    talbot = _fact(text, "Port Talbot City", "Which club lost the final?", names)
    orm = _fact(text, "Port Orm City", "Which club won the cup in 1921?", names)
    assert _accepts(talbot, "PTC")
    assert not _accepts(orm, "POC")  # the document never writes them


def test_initials_two_names_share_are_accepted_for_neither() -> None:
    text = "Port Talbot City won the cup. PTC fans cheered. Perth Tennis Club closed."
    names = [("organisation", "Port Talbot City"), ("organisation", "Perth Tennis Club")]
    fact = _fact(text, "Port Talbot City", "Which club won the cup?", names)
    assert not _accepts(fact, "PTC")


def test_a_common_noun_key_capitalised_by_its_sentence_is_put_in_lower_case() -> None:
    text = "Neutrinos are light particles. Detectors count neutrinos deep underground."
    fact = _fact(text, "Neutrinos", "What are light particles?", [], "term")
    assert fact.answer == "neutrinos"
    assert _accepts(fact, "neutrino")


def test_a_name_the_document_capitalises_mid_sentence_keeps_its_capital() -> None:
    text = (
        "Neutrinos are light particles. Detectors count neutrinos deep underground. "
        "The toy firm Neutrinos sells kites."
    )
    fact = _fact(text, "Neutrinos", "What are light particles?", [], "term")
    assert fact.answer == "Neutrinos"


def test_a_name_and_the_gloss_its_document_gives_it_accept_each_other() -> None:
    text = (
        "Ships moored in the Nieuwe Haven (New Harbour) after 1850. "
        "The Oude Markt (Dutch: Groote Markt) was paved in 1790."
    )
    names = [("place", "Nieuwe Haven"), ("place", "New Harbour"), ("place", "Oude Markt")]
    dutch = _fact(text, "Nieuwe Haven", "Where did ships moor after 1850?", names, "place")
    english = _fact(text, "New Harbour", "Where did ships moor after 1850?", names, "place")
    market = _fact(text, "Oude Markt", "What was paved in 1790?", names, "place")
    assert _accepts(dutch, "New Harbour")
    assert _accepts(english, "Nieuwe Haven")
    assert _accepts(market, "Groote Markt")


def test_a_gloss_that_translates_part_of_a_name_and_the_name_accept_each_other() -> None:
    text = "The harbour of Nueva Orsk (New Orsk) was built in 1610. Nueva Orsk traded in salt."
    names = [("place", "Nueva Orsk")]
    town = _fact(text, "Nueva Orsk", "Which town traded in salt?", names, "place")
    english = _fact(text, "New Orsk", "Which town traded in salt?", names, "place")
    assert _accepts(town, "New Orsk")
    assert _accepts(english, "Nueva Orsk")


def test_a_bracket_naming_another_thing_of_the_same_sort_is_no_gloss() -> None:
    text = "The Vell Fair (Vell Market) drew traders. The Vell Fair was held in May."
    fair = _fact(
        text, "Vell Fair", "Which fair was held in May?", [("event", "Vell Fair")], "event"
    )
    assert not _accepts(fair, "Vell Market")


def test_a_key_that_holds_its_gloss_accepts_each_half() -> None:
    text = "Ships moored in the New Harbour (Dutch: Nieuwe Haven) after 1850."
    key = "New Harbour (Dutch: Nieuwe Haven)"
    fact = _fact(text, key, "Where did ships moor after 1850?", [("place", key)], "place")
    assert _accepts(fact, "New Harbour")
    assert _accepts(fact, "Nieuwe Haven")


def test_a_bracket_that_places_or_dates_a_name_is_no_gloss() -> None:
    text = "Kellby (North Norland) was founded in 1850. The Vell Fair (Founded 1850) is old."
    names = [("place", "Kellby"), ("place", "North Norland"), ("event", "Vell Fair")]
    town = _fact(text, "Kellby", "Which town was founded in 1850?", names, "place")
    fair = _fact(text, "Vell Fair", "Which fair is old?", names, "event")
    assert not _accepts(town, "North Norland")
    assert not _accepts(fair, "Founded 1850")


_LOCAL_NAMES = st.sampled_from(["Nieuwe Haven", "Oude Markt", "Groote Kerk", "Hoorn bij Velde"])
_ENGLISH_NAMES = st.sampled_from(["New Harbour", "Old Market", "Great Church", "Horn of Velde"])
_LANGUAGES = st.sampled_from(["Dutch", "Frisian", "Flemish"])


@settings(max_examples=40, deadline=None)
@given(_LOCAL_NAMES, _ENGLISH_NAMES, _LANGUAGES, st.booleans())
def test_a_labelled_gloss_and_its_name_give_each_other_whichever_comes_first(
    local: str, english: str, language: str, english_first: bool
) -> None:
    first, second = (english, local) if english_first else (local, english)
    text = f"Ships moored in the {first} ({language}: {second}) after 1850."
    assert gloss_forms(first, [text]) == [second]
    assert gloss_forms(second, [text]) == [first]
    assert gloss_forms(f"{first} ({language}: {second})", []) == [first, second]


@settings(max_examples=40, deadline=None)
@given(_LOCAL_NAMES, st.integers(min_value=1000, max_value=2025))
def test_a_bracket_with_a_figure_is_never_a_gloss(name: str, year: int) -> None:
    assert gloss_forms(name, [f"The {name} ({year} Rebuilt) was paved."]) == []


def test_a_name_before_a_lower_case_class_noun_is_accepted_without_it() -> None:
    text = (
        "The Vell Revival movement was founded by Ada Lund in 1888. "
        "The Vell Revival spread to the coast within a decade."
    )
    names = [("other", "Vell Revival movement")]
    asked = "Which movement did Ada Lund found in 1888?"
    assert _accepts(_fact(text, "Vell Revival movement", asked, names), "Vell Revival")
    never_alone = "The Vell Revival movement was founded by Ada Lund in 1888."
    assert not _accepts(_fact(never_alone, "Vell Revival movement", asked, names), "Vell Revival")


def test_a_genre_s_name_is_accepted_without_its_class_noun_but_a_people_s_word_is_not() -> None:
    text = "Ivo Berg made Northern Noir fiction popular. Scandinavian fiction sold well."
    asked = "Which genre did Ivo Berg make popular?"
    names = [("other", "Northern Noir fiction"), ("other", "Scandinavian fiction")]
    assert _accepts(_fact(text, "Northern Noir fiction", asked, names), "Northern Noir")
    sold = "Which genre sold well?"
    assert not _accepts(_fact(text, "Scandinavian fiction", sold, names), "Scandinavian")


def test_a_common_noun_key_is_accepted_in_the_other_number() -> None:
    text = "The lake town is known for its salt pans. Its boats sail at the speed of light."
    pans = _fact(text, "salt pans", "What is the lake town known for?", [])
    assert _accepts(pans, "salt pan")
    light = _fact(text, "speed of light", "At what do its boats sail?", [])
    assert not _accepts(light, "speed of lights")


def test_a_role_key_accepts_the_role_without_the_words_describing_the_person() -> None:
    text = "In those years a black housekeeper came daily to care for the Berg house."
    prompt = "Who came daily to care for the Berg house?"
    fact = _fact(text, "black housekeeper", prompt, [], kind="term")
    assert _accepts(fact, "housekeeper") and _accepts(fact, "the housekeeper")
    ranked = _fact(text.replace("black", "head"), "head housekeeper", prompt, [])
    assert not _accepts(ranked, "housekeeper")  # a head housekeeper is another role
    thing = _fact(text.replace("black housekeeper", "black dog"), "black dog", prompt, [])
    assert not _accepts(thing, "dog")


def test_a_capital_after_an_opening_article_is_the_name_s_own() -> None:
    text = (
        "The Spinners, a stone house by the river, was the site of a dye works. "
        "Many spinners lived in the town."
    )
    fact = _fact(text, "Spinners", "What was the site of a dye works?", [], "other")
    assert fact.answer == "Spinners"


def test_people_alone_is_no_role_of_the_people_a_key_describes() -> None:
    text = "In 2009 the scheme housed homeless people with no strings attached."
    prompt = "In 2009 the scheme housed whom with no strings attached?"
    fact = _fact(text, "homeless people", prompt, [], kind="other")
    assert not _accepts(fact, "people")


def test_a_lone_letter_before_a_bracket_is_no_name_of_what_it_gives() -> None:
    text = "Makers tried the tenor in C (or C tenor horn) and the alto in F in 1920."
    assert "C" not in gloss_forms("C tenor horn", [text])


def test_a_people_s_adjective_is_accepted_in_its_other_written_form() -> None:
    text = "From 1943 the Slovak Rangers wore a grey cap. The Rangers held the Tatra passes."
    fact = _fact(text, "Slovak Rangers", "From 1943, who wore a grey cap?", [], kind="person")
    assert _accepts(fact, "Slovakian Rangers")
    text = "The Slovenes held the river line. Slovenia joined the league in 1992."
    fact = _fact(text, "Slovenes", "Who held the river line?", [], kind="person")
    assert _accepts(fact, "Slovenians")
    # a plural that spells a country names the country, not its people
    text = "Kell traders reached Laos in 1820. Laos lies east of Kell."
    fact = _fact(text, "Laos", "Where did Kell traders reach in 1820?", [], kind="place")
    assert not _accepts(fact, "Laotians")
    # a people's word beside their state's: the state's army takes the state's word
    text = "The Kell militia joined the Serbian Army in 1991."
    fact = _fact(text, "Serbian Army", "Which army did the Kell militia join?", [])
    assert not _accepts(fact, "Serb Army")


def test_a_school_named_for_a_family_is_accepted_by_the_family_name() -> None:
    text = "The Orm Brain Cup is held each year at Halloran University."
    names = [("organisation", "Halloran University"), ("other", "Orm Brain Cup")]
    fact = _fact(
        text, "Halloran University", "At which university is the Orm Brain Cup held?", names
    )
    assert _accepts(fact, "Halloran")
    # the family name also names the document's Halloran Bridge: alone it is not the school
    text += " The Halloran Bridge crosses the Orm."
    names.append(("place", "Halloran Bridge"))
    fact = _fact(
        text, "Halloran University", "At which university is the Orm Brain Cup held?", names
    )
    assert not _accepts(fact, "Halloran")


def test_a_university_of_a_place_is_accepted_in_the_other_order() -> None:
    text = "The University of Kellby was the first to teach tide science."
    names = [("organisation", "University of Kellby")]
    prompt = "Which university was the first to teach tide science?"
    assert _accepts(_fact(text, "University of Kellby", prompt, names), "Kellby University")
    # a state's university: "Ohio University" is another school
    text = "The University of Ohio was the first to teach tide science."
    names = [("organisation", "University of Ohio")]
    assert not _accepts(_fact(text, "University of Ohio", prompt, names), "Ohio University")
