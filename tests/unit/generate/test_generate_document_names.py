"""Typed keys that take the other names the document itself gives the answer: the name in
another language or spelling, a former name in a sentence of that time, a war's and a law's
other usual names; and never two names of a list as one place."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factdeck.generate.facts import FactRecord
from factdeck.generate.questions import event_name_forms, with_document_forms
from factdeck.normalise import normalise
from helpers.generation import auto_fact, document_evidence


def _fact(
    text: str,
    answer: str,
    prompt: str,
    names: list[tuple[str, str]],
    kind: str,
    quote: int = 0,
) -> FactRecord:
    """The fact asked by ``prompt`` from sentence ``quote`` of ``text``, with every form the
    text gives its answer."""
    evidence = document_evidence(text)
    sentence = evidence.sentences_with_words("doc", answer.split()[-1])[quote]
    fact = auto_fact(kind, answer, sentence, prompt, id="doc.1")
    return with_document_forms(fact, evidence, names)


def _accepts(fact: FactRecord, typed: str) -> bool:
    return normalise(typed) in {normalise(form) for form in (fact.answer, *fact.accepted)}


_LANGUAGES = st.sampled_from(["Spanish", "Portuguese", "Dutch", "Polish"])
_SOURCES = st.sampled_from(["", " sources", " records", " texts"])


@settings(max_examples=30, deadline=None)
@given(_LANGUAGES, _SOURCES)
def test_a_person_takes_the_name_a_bracket_gives_in_another_language(
    language: str, sources: str
) -> None:
    text = (
        f"The navigator Tomas Berg (Tomás Berga in {language}{sources}) charted the bay in 1598. "
        "Berg later sailed to the Orm Islands."
    )
    names = [("person", "Tomas Berg"), ("place", "Orm Islands")]
    fact = _fact(text, "Tomas Berg", "Which navigator charted the bay in 1598?", names, "person")
    assert _accepts(fact, "Tomás Berga")
    assert _accepts(fact, "Tomas Berga")  # the grader folds the accent


def test_a_person_s_bare_bracket_gives_no_other_name() -> None:
    text = "The mayor Tomas Berg (Green Party) opened the bay in 1898. Berg was re-elected."
    names = [("person", "Tomas Berg"), ("organisation", "Green Party")]
    fact = _fact(text, "Tomas Berg", "Which mayor opened the bay in 1898?", names, "person")
    assert not _accepts(fact, "Green Party")


def test_a_bracket_of_several_languages_gives_each_name() -> None:
    text = (
        "The fort, first called Fort Velde (Dutch: Velder Schans; Spanish: Fuerte Velde), was "
        "built in 1642. Fort Velde was taken by an English fleet in 1664."
    )
    names = [("place", "Fort Velde")]
    fort = _fact(text, "Fort Velde", "Which fort was taken in 1664?", names, "place", quote=1)
    assert _accepts(fort, "Velder Schans")
    assert _accepts(fort, "Fuerte Velde")


def test_a_name_takes_the_other_spelling_the_document_gives() -> None:
    text = (
        "The Velm, also spelled Velma, flows north to the sea. "
        "Kell (or Kelby) was founded on the Velm in 1320. "
        "A ferry runs between Orsk, Kell, or Varn."
    )
    names = [("place", "Velm"), ("place", "Kell"), ("place", "Orsk"), ("place", "Varn")]
    river = _fact(text, "Velm", "Which river flows north to the sea?", names, "place")
    town = _fact(text, "Kell", "Which town was founded on the Velm in 1320?", names, "place", 1)
    assert _accepts(river, "Velma")
    assert _accepts(town, "Kelby")
    assert not _accepts(town, "Varn")  # "Kell, or Varn" ends a list: another place


def test_a_former_name_is_taken_only_by_a_question_of_that_time() -> None:
    text = (
        "Orsk (formerly Fort Velde or Velder Schans) was founded by Dutch traders in 1642. "
        "Orsk (formerly Fort Velde) is the largest port of Tarland. "
        "The Orsk Lamp (originally designed by Ana Holm) was sold from 1950. "
        "Dunby, originally called Holm Haven, was granted a market in 1290. "
        "Dunby, formerly Holm Haven, is a ferry port."
    )
    names = [("place", "Orsk"), ("place", "Fort Velde"), ("place", "Tarland")]
    names += [("place", "Dunby"), ("place", "Holm Haven")]
    founded = _fact(text, "Orsk", "Which town did Dutch traders found in 1642?", names, "place")
    largest = _fact(text, "Orsk", "Which town is the largest port of Tarland?", names, "place", 1)
    lamp = _fact(text, "Orsk Lamp", "Which lamp was sold from 1950?", names, "other")
    assert _accepts(founded, "Fort Velde")
    assert _accepts(founded, "Velder Schans")
    assert not _accepts(largest, "Fort Velde")
    assert not _accepts(lamp, "designed by Ana Holm")  # "originally designed by" names none
    market = _fact(text, "Dunby", "Which town was granted a market in 1290?", names, "place")
    ferry = _fact(text, "Dunby", "Which town is a ferry port?", names, "place", 1)
    assert _accepts(market, "Holm Haven")
    assert not _accepts(ferry, "Holm Haven")


@pytest.mark.parametrize(
    ("renamed", "first", "second"),
    [
        ("Fort Oranje (later Port Kell)", "Fort Oranje", "Port Kell"),
        ("Nieuw Velde (now Harlow)", "Nieuw Velde", "Harlow"),
        ("Sandby (present-day Orsk)", "Sandby", "Orsk"),
        ("Hezra (modern Orsk)", "Hezra", "Orsk"),
        ("Vell, now Port Kell,", "Vell", "Port Kell"),
        ("Velden (today Marsk)", "Velden", "Marsk"),
        ("Kellmouth (renamed Saint Ives in 1701)", "Kellmouth", "Saint Ives"),
        ("Dunmore (formerly Port Aske)", "Dunmore", "Port Aske"),
    ],
)
def test_the_other_name_a_bracket_gives_a_renamed_place_is_taken_whichever_is_the_key(
    renamed: str, first: str, second: str
) -> None:
    text = f"In 1630 the Dutch traders built {renamed} on the bay. {second} is a busy port."
    names = [("place", first), ("place", second)]
    prompt = "Which place did the Dutch traders build on the bay in 1630?"
    assert _accepts(_fact(text, first, prompt, names, "place"), second)
    assert _accepts(_fact(text, second, prompt, names, "place"), first)
    port = _fact(text, second, "Which place is a busy port?", names, "place", 1)
    assert not _accepts(port, first)  # another sentence: of the renamed place's own time


@pytest.mark.parametrize(
    "bracket",
    [
        "Fort Brede (later replaced by Fort Lind)",
        "Fort Brede (now part of Fort Lind)",
        "Fort Brede (near present-day Fort Lind)",
        "Fort Brede (in present-day Fort Lind)",
        "Fort Brede, now part of Fort Lind,",
        "Fort Brede, near present-day Fort Lind,",
    ],
)
def test_a_bracket_that_names_another_thing_gives_no_other_name(bracket: str) -> None:
    text = f"In 1671 the Dutch traders rebuilt {bracket} on the bay."
    names = [("place", "Fort Brede"), ("place", "Fort Lind")]
    prompt = "Which fort did the Dutch traders rebuild on the bay in 1671?"
    assert not _accepts(_fact(text, "Fort Brede", prompt, names, "place"), "Fort Lind")
    placed = "In 1671 the Dutch traders rebuilt the Brede Rooms on Kell Street (now Lind House)."
    street = _fact(placed, "Kell Street", "Which street did they rebuild on in 1671?", [], "place")
    assert not _accepts(street, "Lind House")  # the rooms' new name, or the street's?
    crowned = "In 1671 Prince Olaf (later King) rebuilt the fort on the bay."
    prince = _fact(crowned, "Prince Olaf", "Who rebuilt the fort in 1671?", [], "person")
    assert not _accepts(prince, "King")  # a title, no other name
    ruler = "In 1671 Olaf Brede, now King of Orsk, rebuilt the fort on the bay."
    olaf = _fact(ruler, "Olaf Brede", "Who rebuilt the fort in 1671?", [], "person")
    assert not _accepts(olaf, "King of Orsk")  # an office, no other name
    on_street = "In 1671 the Dutch traders rebuilt the Brede Rooms on Kell Street, now Lind House."
    street = _fact(
        on_street, "Kell Street", "Which street did they rebuild on in 1671?", [], "place"
    )
    assert not _accepts(street, "Lind House")
    assert not _accepts(_fact(text, "Fort Lind", prompt, names, "place"), "Fort Brede")


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["Tarland", "Orskian", "Vellish", "Upper Kell"]))
def test_a_revolutionary_war_takes_the_revolution(people: str) -> None:
    assert f"{people} Revolution" in event_name_forms(
        f"{people} Revolutionary War", lambda _: False
    )
    revolution = f"{people} Revolution"
    assert event_name_forms(revolution, lambda _: False) == []  # the document names no war
    assert event_name_forms(revolution, lambda name: True) == [f"{people} Revolutionary War"]


def test_a_war_of_the_document_takes_its_other_usual_names() -> None:
    text = (
        "The Tarland Revolutionary War broke out in 1810. "
        "Orsk fought in World War II. The Harbour Act of 1974 created the board."
    )
    names = [("event", "Tarland Revolutionary War"), ("event", "World War II")]
    names += [("other", "Harbour Act of 1974")]
    war = _fact(text, "Tarland Revolutionary War", "Which war broke out in 1810?", names, "event")
    world = _fact(text, "World War II", "In which war did Orsk fight?", names, "event")
    law = _fact(text, "Harbour Act of 1974", "Which act created the board?", names, "other")
    assert _accepts(war, "Tarland Revolution")
    assert _accepts(world, "Second World War")
    assert _accepts(law, "Harbour Act 1974")


def test_a_world_war_takes_its_short_and_older_names() -> None:
    assert {"WWII", "WW2", "Second World War"} <= set(event_name_forms("World War II", bool))
    assert {"WWI", "WW1", "Great War"} <= set(event_name_forms("World War I", bool))
    assert {"WWI", "WW1", "World War I"} <= set(event_name_forms("First World War", bool))
    assert "Great War" not in event_name_forms("Second World War", bool)


def test_a_name_takes_its_closing_words_as_the_initials_the_document_writes() -> None:
    text = (
        "In 2001 Orvsoft released Kestrel 7 Home Edition for small offices. "
        "Kestrel 7 HE added a mail reader in 2002. Sales fell in 2004."
    )
    names = [("other", "Kestrel 7 Home Edition"), ("other", "Kestrel 7 HE")]
    prompt = "What did Orvsoft release in 2001?"
    kestrel = _fact(text, "Kestrel 7 Home Edition", prompt, names, "other")
    assert _accepts(kestrel, "Kestrel 7 HE")
    # letters the document never writes are no name of it
    unwritten = text.replace("Kestrel 7 HE", "It")
    assert not _accepts(
        _fact(unwritten, "Kestrel 7 Home Edition", prompt, names, "other"), "Kestrel 7 HE"
    )


def test_a_civil_war_is_left_as_it_is() -> None:
    assert event_name_forms("Kelland Civil War", lambda _: True) == []


def test_a_treaty_of_a_place_takes_the_place_first() -> None:
    assert event_name_forms("Treaty of Vell", lambda _: False) == ["Vell Treaty"]
    assert event_name_forms("Holm Treaty", lambda _: False) == []  # Holm may be a man
    assert event_name_forms("Vell Treaty", lambda _: True) == ["Treaty of Vell"]


@pytest.mark.parametrize(
    "listed",
    [
        "A tram links Kell, Orsk and the port of Varn.",
        "The borough holds the districts of Kell, Orsk.",
        "Its wards: Kell, Orsk.",
        "The tram serves Kell, Orsk as well as Varn.",
    ],
)
def test_two_places_of_a_list_are_never_one_place_with_its_region(listed: str) -> None:
    text = (
        f"The old market of Tull Borough stands in Kell. {listed} "
        "The painter Per Lund was born in Dunby, Tarland."
    )
    names = [("place", p) for p in ("Kell", "Orsk", "Varn", "Dunby", "Tarland", "Tull Borough")]
    kell = _fact(text, "Kell", "Where does the old market of Tull Borough stand?", names, "place")
    dunby = _fact(text, "Dunby", "Where was the painter Per Lund born?", names, "place")
    assert not _accepts(kell, "Kell, Orsk")
    assert _accepts(dunby, "Dunby, Tarland")


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["non", "co", "anti", "multi", "Pre"]), st.sampled_from(["vell", "NP"]))
def test_a_prefixed_key_takes_its_solid_spelling(prefix: str, stem: str) -> None:
    text = f"A {prefix}-{stem} machine may branch at each step."
    fact = _fact(text, f"{prefix}-{stem} machine", "What may branch at each step?", [], "term")
    assert _accepts(fact, f"{prefix}{stem} machine")
    assert _accepts(fact, f"{prefix} {stem} machine")


def test_a_firm_takes_its_trading_name_without_its_business_word() -> None:
    text = (
        "The Irish broadcaster Orla Sports was awarded two packages in 2006. "
        "Orla Sports launched in March. The rival Vell Media bought Vell Pictures."
    )
    names = [("other", "Orla Sports"), ("organisation", "Vell Media")]
    names += [("organisation", "Vell Pictures")]
    orla = _fact(text, "Orla Sports", "Which broadcaster launched in March?", names, "other")
    vell = _fact(text, "Vell Media", "Which rival bought Vell Pictures?", names, "organisation")
    assert _accepts(orla, "Orla")
    assert not _accepts(vell, "Vell")  # "Vell Pictures" is another firm


def test_a_name_takes_the_article_inside_it_the_document_also_writes() -> None:
    text = (
        "The college is run by the Brotherhood of Saint Kell. "
        "Ana Holm joined the Brotherhood of the Saint Kell in 1900. "
        "The Order of Vell Bridge keeps the hall."
    )
    names = [("organisation", "Brotherhood of Saint Kell")]
    names += [("organisation", "Order of Vell Bridge")]
    order = _fact(
        text, "Brotherhood of Saint Kell", "Which order runs the college?", names, "organisation"
    )
    keeper = _fact(text, "Order of Vell Bridge", "Who keeps the hall?", names, "organisation")
    assert _accepts(order, "Brotherhood of the Saint Kell")
    assert not _accepts(keeper, "Order of the Vell Bridge")  # the document never writes it


def test_a_bracket_with_a_script_and_a_romanised_name_gives_the_romanised_name() -> None:
    text = (
        "The teacher Jo Kellin (simplified Chinese: 乔凯林; pinyin: Qiáo Kǎilín) founded the "
        "school in 1990. Kellin taught there for ten years."
    )
    names = [("person", "Jo Kellin")]
    fact = _fact(text, "Jo Kellin", "Which teacher founded the school in 1990?", names, "person")
    assert _accepts(fact, "Qiao Kailin")


def test_letters_the_document_writes_beside_a_name_of_their_initials_take_the_name() -> None:
    text = (
        "The Kell Institute of Technology was founded in Orsk in 1901. "
        "KIT's campus lies on the Velm. KIT opened a school of mining in 1950. "
        "The Velm Rowing Club and the Varn Rowing Club race each May. "
        "The VRC rowed to Orsk in 1960."
    )
    names = [("organisation", "Kell Institute of Technology"), ("organisation", "KIT")]
    names += [("organisation", "the Kell Institute of Technology")]  # one name, two ways
    names += [("organisation", "Velm Rowing Club"), ("organisation", "Varn Rowing Club")]
    names += [("organisation", "VRC")]
    school = _fact(
        text, "KIT", "Which institute opened a school of mining in 1950?", names, "other"
    )
    club = _fact(text, "VRC", "Which club rowed to Orsk in 1960?", names, "organisation")
    assert _accepts(school, "Kell Institute of Technology")
    assert not _accepts(club, "Velm Rowing Club")  # two clubs of those initials: either
    assert not _accepts(club, "Varn Rowing Club")
    untied = _fact(text, "KIT", "Which institute opened a school of mining in 1950?", [], "other")
    assert not _accepts(untied, "Kell Institute of Technology")  # no name of those initials
