"""Typed keys a learner's natural answer matches: a name without its kind word, an
abbreviation and its expansion, a surname with particles, a name without a party label;
and never a form that names another thing of the document too."""

from dataclasses import replace

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from factdeck.generate.clean import clean_document
from factdeck.generate.distractors import DistractorPool
from factdeck.generate.evidence import DocumentEvidence
from factdeck.generate.extract import candidate_fact, extract
from factdeck.generate.facts import FactRecord
from factdeck.generate.questions import fact_questions, with_document_forms
from factdeck.generate.sentences import split_sentences
from factdeck.generate.text import (
    abbreviations,
    count_in_words,
    fraction_variants,
    number_value,
    number_variants,
    number_word,
    scaled_fractions,
    spelled_by,
    surname_forms,
)
from factdeck.normalise import normalise
from helpers.generation import auto_fact


def _facts(text: str, title: str = "Tarland") -> dict[str, FactRecord]:
    """Each name answer of the text's candidates, with every form its document gives it."""
    cleaned = clean_document(f"{title}\n\n{text}")
    sentences = split_sentences("doc", cleaned.text)
    found = extract(sentences, title, selective=False)
    evidence = DocumentEvidence({"doc": [sentence.text for sentence in sentences]})
    names = list(dict.fromkeys(found.pool))
    facts = {}
    for candidate in found.candidates:
        fact = with_document_forms(candidate_fact(candidate, title), evidence, names)
        facts.setdefault(fact.answer, fact)
    return facts


def _accepts(fact: FactRecord, typed: str) -> bool:
    return normalise(typed) in {normalise(form) for form in (fact.answer, *fact.accepted)}


def test_a_storm_a_mountain_a_lake_and_a_fort_are_accepted_without_their_kind_word() -> None:
    facts = _facts(
        "In 1961, Hurricane Hilda struck the port of Ossby. "
        "The highest peak of the island is Mount Orrin. "
        "The Velm flows from Lake Temmis to the sea. "
        "Fort Halden was built by Dutch traders in 1624."
    )
    assert _accepts(facts["Hurricane Hilda"], "Hilda")
    assert _accepts(facts["Mount Orrin"], "Orrin")
    assert _accepts(facts["Lake Temmis"], "Temmis")
    assert _accepts(facts["Fort Halden"], "Halden")


def test_a_name_two_features_share_is_accepted_for_neither() -> None:
    facts = _facts(
        "The highest peak of the island is Mount Orrin. "
        "Lake Orrin supplies the island with fresh water."
    )
    assert not _accepts(facts["Mount Orrin"], "Orrin")
    assert not _accepts(facts["Lake Orrin"], "Orrin")


_KIND_WORDS = st.sampled_from(["Mount", "Lake", "Fort", "Hurricane", "Cape"])
_NAMES = st.sampled_from(["Orrin", "Temmis", "Halden", "Vessa", "Kalder"])


@settings(max_examples=30, deadline=None)
@given(_NAMES, st.lists(_KIND_WORDS, min_size=2, max_size=2, unique=True))
def test_two_names_of_one_word_and_two_kinds_never_accept_the_word(
    name: str, kinds: list[str]
) -> None:
    first, second = (f"{kind} {name}" for kind in kinds)
    evidence = DocumentEvidence(
        {"doc": [f"{first} lies north of Vell.", f"{second} lies south of Vell."]}
    )
    names = [("place", first), ("place", second), ("place", "Vell")]
    for answer in (first, second):
        fact = auto_fact(
            "place", answer, f"{answer} lies north of Vell.", "What lies north of Vell?", id="doc.1"
        )
        assert not _accepts(with_document_forms(fact, evidence, names), name)


def test_a_city_is_accepted_without_city_where_the_document_names_the_town_so() -> None:
    facts = _facts(
        "Dunmore City is the largest settlement on the island. "
        "Dunmore has a population of about 80,000."
    )
    assert _accepts(facts["Dunmore City"], "Dunmore")


def test_a_city_is_not_accepted_by_the_name_of_the_land_it_shares() -> None:
    facts = _facts(
        "Kelmar City is the largest settlement on the island. "
        "The province of Kelmar lies to the east of it."
    )
    assert not _accepts(facts["Kelmar City"], "Kelmar")


def test_the_document_s_abbreviations_are_found_by_their_initials() -> None:
    found = abbreviations(
        [
            "The area forms the Orsby Metropolitan Statistical Area (OMSA), a census unit.",
            "Its gross state product (GSP) is the highest in Tarland.",
            "A non-governmental organisation (NGO) runs the port.",
            "The town voted in 1990 (a record year).",
            "The club joined the league (TCL) in 1970.",
            "The VRC (Velm Rowing Club) rows on the Tam.",
            "The club rows in May (Tam Regatta Week).",
        ]
    )
    assert found == {
        "VRC": "Velm Rowing Club",
        "OMSA": "Orsby Metropolitan Statistical Area",
        "GSP": "gross state product",
        "NGO": "non-governmental organisation",
    }


def test_an_abbreviation_the_document_spells_out_is_asked_by_the_full_name() -> None:
    facts = _facts(
        "The North Tarland Soccer League (NTSL) was founded in 1968 in Dunmore. "
        "The NTSL folded in 1984 after its teams lost money."
    )
    assert "NTSL" not in facts  # the key is the full name...
    league = facts["North Tarland Soccer League"]
    assert _accepts(league, "NTSL")  # ...and the letters are accepted


def test_a_full_name_is_accepted_by_the_abbreviation_another_sentence_defines() -> None:
    sentences = [
        "The Orsby Rowing Club (ORC) was founded in 1890.",
        "In 1923 the Orsby Rowing Club won its first race.",
    ]
    fact = auto_fact(
        "organisation",
        "Orsby Rowing Club",
        sentences[1],
        "Which club won its first race in 1923?",
        id="doc.1",
    )
    names = [("organisation", "Orsby Rowing Club"), ("other", "ORC")]
    forms = with_document_forms(fact, DocumentEvidence({"doc": sentences}), names)
    assert _accepts(forms, "ORC")


def test_a_surname_with_particles_is_accepted_with_and_without_them() -> None:
    facts = _facts(
        "The poet Jean de la Fontaine visited Ossby in 1668. "
        "The composer Ludwig van Beethoven wrote a song about Ossby in 1810."
    )
    poet, composer = facts["Jean de la Fontaine"], facts["Ludwig van Beethoven"]
    for typed in ("La Fontaine", "de la Fontaine", "Fontaine"):
        assert _accepts(poet, typed)
    for typed in ("Beethoven", "van Beethoven"):
        assert _accepts(composer, typed)


def test_a_surname_two_people_of_the_document_share_is_accepted_for_neither() -> None:
    facts = _facts(
        "In 1402 the noble Jean de Marlac sailed to Ossby. "
        "In 1418 his nephew Maciot de Marlac sold the island to the crown."
    )
    for answer in ("Jean de Marlac", "Maciot de Marlac"):
        assert not _accepts(facts[answer], "Marlac")
        assert not _accepts(facts[answer], "de Marlac")


@given(
    st.sampled_from(["Jean", "Anna", "Ludwig"]),
    st.lists(st.sampled_from(["de", "la", "van", "der", "von"]), min_size=1, max_size=2),
    st.sampled_from(["Fontaine", "Berg", "Holm"]),
)
def test_every_surname_form_ends_with_the_surname_and_drops_the_given_name(
    given_name: str, particles: list[str], surname: str
) -> None:
    forms = surname_forms(" ".join([given_name, *particles, surname]))
    assert forms and forms[-1] == surname
    assert all(form.endswith(surname) and given_name not in form for form in forms)
    assert surname_forms(f"{given_name} {surname}") == []


def test_the_first_of_a_double_surname_is_accepted_where_the_document_uses_it() -> None:
    facts = _facts(
        "The painter Rosa Ortega Vidal settled in Dunmore in 1952. "
        "Ortega painted the harbour of Ossby many times."
    )
    painter = facts["Rosa Ortega Vidal"]
    assert _accepts(painter, "Ortega")
    assert _accepts(painter, "Ortega Vidal")


def test_the_first_of_a_double_surname_another_name_holds_is_not_accepted() -> None:
    facts = _facts(
        "The painter Rosa Ortega Vidal settled in Dunmore in 1952. "
        "Ortega painted the harbour of Ossby many times. "
        "Her brother Luis Ortega sailed to Vell in 1960."
    )
    assert not _accepts(facts["Rosa Ortega Vidal"], "Ortega")


def test_a_party_label_is_no_part_of_the_key() -> None:
    facts = _facts("In 1990, Democrat Jane Roe won the race for governor of Tarland.")
    assert "Democrat Jane Roe" not in facts
    roe = facts["Jane Roe"]
    assert roe.kind == "person"
    assert roe.prompt == "In 1990, who won the race for governor of Tarland?"


@pytest.mark.parametrize("label", ["Liberal", "Conservative", "Labour", "Dutch", "Italian"])
def test_a_party_or_a_people_before_a_given_name_is_no_part_of_the_key(label: str) -> None:
    facts = _facts(f"In the 1998 election, {label} Ann Price defeated Tom Reed for the seat.")
    assert f"{label} Ann Price" not in facts
    price = facts["Ann Price"]
    assert price.kind == "person"
    assert _accepts(price, "Price")


@pytest.mark.parametrize(
    "later",
    [
        "Tavish Orlo served two terms in the Senate.",
        "In 1996 Orlo left the Senate for a chair at Vell College.",
    ],
)
def test_a_party_label_before_an_unlisted_given_name_is_cut_where_the_name_stands_bare(
    later: str,
) -> None:
    facts = _facts(f"In 1990, Democrat Tavish Orlo won the race for governor of Tarland. {later}")
    assert "Democrat Tavish Orlo" not in facts
    assert facts["Tavish Orlo"].kind == "person"


def test_a_label_stays_on_a_name_the_document_never_writes_bare() -> None:
    facts = _facts("In 1990, the Republican Harbour Trust won the race for the Tarland docks.")
    assert "Harbour Trust" not in facts


def test_a_given_name_like_a_people_s_word_stays_in_the_key() -> None:
    facts = _facts("In the 1998 election, Norman Lee Moss defeated Tom Reed for the seat.")
    assert "Norman Lee Moss" in facts
    assert "Lee Moss" not in facts


def test_a_people_s_word_that_opens_a_name_stays_in_it() -> None:
    facts = _facts("The Irish Rose Society was founded in 1931 by Ann Price.")
    assert "Rose Society" not in facts
    facts = _facts("In 1931 the Tarland Trust leased the Northern Ada Reservation to Tom Reed.")
    assert "Ada Reservation" not in facts


def test_a_surname_alone_is_accepted_as_the_bearer_the_document_named_before_it() -> None:
    facts = _facts(
        "In 1402 the noble Jean de Marlac sailed to Ossby with a small fleet. "
        "Marlac took the title of Lord of Ossby. "
        "In 1418 his nephew Maciot de Marlac sold the island to the crown."
    )
    lord = facts["Marlac"]
    assert _accepts(lord, "Jean de Marlac")
    assert _accepts(lord, "de Marlac")
    assert not _accepts(lord, "Maciot de Marlac")


def test_a_surname_alone_after_two_bearers_is_accepted_as_neither() -> None:
    facts = _facts(
        "In 1402 the noble Jean de Marlac sailed to Ossby with his nephew Maciot de Marlac. "
        "Marlac took the title of Lord of Ossby."
    )
    lord = facts["Marlac"]
    assert not _accepts(lord, "Jean de Marlac")
    assert not _accepts(lord, "Maciot de Marlac")


def test_a_hyphened_title_and_a_party_before_a_title_are_no_part_of_the_key() -> None:
    facts = _facts(
        "The first camp was founded under Lieutenant-Governor David Marr at Kell Bay in 1803. "
        "The Velmar Journal was founded by Conservative MP Alan Troy in 1901."
    )
    assert "Lieutenant-Governor David Marr" not in facts
    assert "Conservative MP Alan Troy" not in facts
    marr, troy = facts["David Marr"], facts["Alan Troy"]
    assert marr.kind == troy.kind == "person"
    assert _accepts(marr, "Lieutenant-Governor David Marr")
    assert troy.prompt == "Who founded the Velmar Journal in 1901?"


def test_short_words_ampersands_and_roman_numerals_are_accepted_written_out() -> None:
    facts = _facts(
        "In 1880 the monks of St. Elmo Abbey founded the Vell Brewing & Malting Company. "
        "The Siege of Kell ended the Second Varl War in 1702. "
        "In 1914 the town was cut off from the sea by the Great Varl War II."
    )
    assert _accepts(facts["St. Elmo Abbey"], "Saint Elmo Abbey")
    assert _accepts(facts["Vell Brewing & Malting Company"], "Vell Brewing and Malting Company")
    assert _accepts(facts["Great Varl War II"], "Great Varl War 2")


def test_a_name_is_accepted_without_its_middle_initial_unless_another_then_reads_alike() -> None:
    facts = _facts("In 1852 the governor John B. Weller signed the act.")
    assert _accepts(facts["John B. Weller"], "John Weller")
    facts = _facts(
        "In 1852 the governor John B. Weller signed the act. "
        "His son John C. Weller repealed it in 1880."
    )
    assert not _accepts(facts["John B. Weller"], "John Weller")


def test_a_middle_name_the_document_writes_alone_before_the_full_name_is_not_accepted() -> None:
    facts = _facts(
        "President Ortega opened the harbour of Ossby in 1950. "
        "The painter Rosa Ortega Vidal settled in Dunmore in 1952."
    )
    assert not _accepts(facts["Rosa Ortega Vidal"], "Ortega")


def test_a_city_named_after_a_state_is_not_accepted_by_the_state() -> None:
    facts = _facts(
        "Oklahoma City is the largest settlement of the plains. "
        "Oklahoma has a population of about four million."
    )
    assert not _accepts(facts["Oklahoma City"], "Oklahoma")


_GIVEN = st.sampled_from(["Jean", "Anna", "Per", "Maciot", "Ludwig"])


@settings(max_examples=40, deadline=None)
@given(
    st.lists(_GIVEN, min_size=2, max_size=2, unique=True),
    st.sampled_from(["", "de ", "van ", "de la ", "von "]),
    st.sampled_from(["Marlac", "Holm", "Berg", "Tosny"]),
)
def test_two_people_of_one_surname_never_accept_the_surname(
    given_names: list[str], particles: str, surname: str
) -> None:
    first, second = (f"{given_name} {particles}{surname}" for given_name in given_names)
    sentences = [f"In 1402 {first} sailed to Ossby.", f"In 1418 {second} sold the island."]
    evidence = DocumentEvidence({"doc": sentences})
    names = [("person", first), ("person", second), ("place", "Ossby")]
    for answer, sentence in zip((first, second), sentences, strict=True):
        fact = auto_fact("person", answer, sentence, "Who sailed to Ossby in 1402?", id="doc.1")
        accepted = with_document_forms(fact, evidence, names)
        assert not _accepts(accepted, surname)
        assert not _accepts(accepted, f"{particles}{surname}")


_CAPITALISED = st.from_regex(r"[A-Z][a-z]{2,8}", fullmatch=True).filter(
    lambda word: word.casefold() not in ("the", "and", "for")  # joining words spell nothing
)


@settings(max_examples=60, deadline=None)
@given(st.lists(_CAPITALISED, min_size=2, max_size=5))
def test_a_bracket_of_the_initials_defines_the_words_before_it(words: list[str]) -> None:
    expansion = " ".join(words)
    initials = "".join(word[0] for word in words)
    found = abbreviations([f"In 1990 the town joined the {expansion} ({initials}) at once."])
    assert found == {initials: expansion}
    other = "".join(chr((ord(letter) - 64) % 26 + 65) for letter in initials)  # each shifted
    assert abbreviations([f"In 1990 the town joined the {expansion} ({other}) at once."]) == {}


def test_a_party_word_before_a_body_s_name_stays_part_of_it() -> None:
    facts = _facts("In 1990 the Republican National Committee met in Dunmore.")
    assert "National Committee" not in facts


def test_a_who_question_s_key_accepts_a_surname_no_other_person_bears() -> None:
    facts = _facts(
        "The governor of New Tarland was Peter Vandermolen. "
        "Vandermolen built a wall around the port in 1653."
    )
    assert facts["Peter Vandermolen"].prompt.startswith("Who ")
    assert _accepts(facts["Peter Vandermolen"], "Vandermolen")


def test_a_who_question_s_key_does_not_accept_a_surname_another_person_bears() -> None:
    facts = _facts(
        "The governor of New Tarland was Peter Vandermolen. "
        "Anna Vandermolen built a wall around the port in 1653."
    )
    assert not _accepts(facts["Peter Vandermolen"], "Vandermolen")
    assert not _accepts(facts["Anna Vandermolen"], "Vandermolen")


def test_the_surname_alias_leaves_the_sentence_s_question_as_it_was() -> None:
    text = "Tarland is a port. The governor who built the wall of Tarland was Peter Vandermolen."
    cleaned = clean_document(f"Tarland\n\n{text}")
    found = extract(split_sentences("doc", cleaned.text), "Tarland", selective=True)
    asked = {c.span.text: (c.form, c.question, c.span.aliases) for c in found.candidates}
    assert asked["Peter Vandermolen"] == (
        "fronted",
        "Who was the governor who built the wall of Tarland?",
        ("Vandermolen",),
    )


def test_a_bracketed_qualifier_of_a_name_is_no_answer_for_it() -> None:
    facts = _facts(
        "The Free Church of Ossby (USA) is a partner of the Velm Rowing Club (VRC). "
        "The VRC was founded in 1890."
    )
    church = next(fact for answer, fact in facts.items() if "Free Church" in answer)
    assert not _accepts(church, "USA")
    assert _accepts(facts["Velm Rowing Club"], "VRC")


_CAPITALISED = st.sampled_from(["Free", "Church", "Ossby", "Velm", "Rowing", "Harbour", "Guild"])


@settings(max_examples=60, deadline=None)
@given(
    words=st.lists(_CAPITALISED, min_size=2, max_size=4, unique=True),
    letters=st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=2, max_size=4),
)
@example(words=["Ossby", "Velm"], letters="VO")
def test_a_bracket_is_another_name_only_where_the_name_spells_it(
    words: list[str], letters: str
) -> None:
    name = " ".join(words)
    closing = [word[0] for word in words[-len(letters) :]]
    spelled = "".join(closing) == letters
    # a name in another order, as a Latin degree or a body in its own language is written
    reordered = len(letters) <= len(words) and sorted(closing) == sorted(letters)
    facts = _facts(f"In 1890 the {name} ({letters}) opened a hall in Ossby.")
    accepting = [fact for fact in facts.values() if _accepts(fact, letters)]
    assert spelled_by(name, letters) == spelled
    assert spelled or reordered or not accepting


def test_a_count_written_as_a_fraction_is_asked_and_accepts_its_figures() -> None:
    facts = _facts("Ossby is home to half a million people.")
    key = facts["half a million"]
    assert key.number == 500_000
    for typed in ("500,000", "500000", "0.5 million"):
        assert _accepts(key, typed)


def test_a_share_written_as_a_fraction_accepts_its_figures() -> None:
    assert set(fraction_variants("a quarter")) >= {"25%", "25 per cent", "1/4", "one quarter"}
    assert set(fraction_variants("Half")) >= {"50%", "1/2"}
    assert fraction_variants("a third") == ["1/3", "one third"]  # 33% is not a third
    assert fraction_variants("a third of a million") == []
    assert fraction_variants("Quarterly") == []


@given(
    fraction=st.sampled_from(["half", "a quarter", "three quarters"]),
    scale=st.sampled_from(["thousand", "million", "billion"]),
    of=st.booleans(),
)
def test_every_figure_of_a_scaled_fraction_is_its_value(
    fraction: str, scale: str, of: bool
) -> None:
    phrase = f"{fraction}{' of' if of else ''} a {scale}"
    share = {"half": 0.5, "a quarter": 0.25, "three quarters": 0.75}[fraction]
    size = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}[scale]
    value = int(share * size)
    forms = fraction_variants(phrase)
    assert set(forms) == {f"{value:,}", str(value), f"{share:g} {scale}"}
    assert all(number_value(form) == value for form in forms if not form.endswith(scale))
    assert scaled_fractions(f"By 1900 it had {phrase} sheep.") == [(15, 15 + len(phrase), value)]


def test_a_surname_key_accepts_the_full_name_a_role_aside_gave_before() -> None:
    facts = _facts(
        "In 1897, Frank Holm, a U.S. inventor, built the first steam crane of the harbour. "
        "Holm later sold the crane to the town in 1905."
    )
    assert _accepts(facts["Holm"], "Frank Holm")


def test_a_name_cut_inside_its_sort_phrase_is_not_accepted() -> None:
    facts = _facts(
        "Recruits train at the Vell Fire Academy, which opened in 1962. "
        "The harbour is guarded by the Tessary Police Department. "
        "Patients are treated at the Vessa Hill Hospital, which opened in 1930."
    )
    assert not _accepts(facts["Vell Fire Academy"], "Vell Fire")
    assert not _accepts(facts["Tessary Police Department"], "Tessary Police")
    assert _accepts(facts["Vessa Hill Hospital"], "Vessa Hill")


def test_the_subject_as_a_key_accepts_the_other_names_its_document_gives_it() -> None:
    text = (
        "Port Orm City (POC) is the largest port of Vellmark. "
        "In 1898, the merger of Kellby and three villages formed the City of Port Orm. "
        "The harbour of Port Orm was dredged by the engineer Carla Voss in 1911."
    )
    sentences = split_sentences("doc", clean_document(f"Port Orm City\n\n{text}").text)
    found = extract(sentences, "Port Orm City", selective=False)
    evidence = DocumentEvidence(
        {"doc": [sentence.text for sentence in sentences]}, None, {"doc": "Port Orm City"}
    )
    fact = auto_fact(
        "place",
        "Port Orm City",
        "Port Orm City is the largest port of Vellmark.",
        "What is the largest port of Vellmark?",
        id="auto-port",
        quote="Port Orm City (POC) is the largest port of Vellmark.",
    )
    names = list(dict.fromkeys(found.pool))
    fact = with_document_forms(fact, evidence, names)
    assert all(_accepts(fact, form) for form in ("Port Orm", "City of Port Orm", "POC"))
    assert not _accepts(fact, "Kellby")


def test_an_institution_s_sort_phrase_is_accepted_where_the_document_calls_it_so() -> None:
    called_so = _facts(
        "The ORMFD Fire Academy opened on Kell Island in 1962. "
        "In 1975 the fire academy moved to the north shore."
    )
    assert _accepts(called_so["ORMFD Fire Academy"], "Fire Academy")
    two = _facts(
        "The ORMFD Fire Academy opened on Kell Island in 1962. "
        "In 1975 the fire academy moved to the north shore. "
        "The Vell Fire Academy was founded in 1980."
    )
    assert not _accepts(two["ORMFD Fire Academy"], "Fire Academy")
    never_alone = _facts("The ORMFD Fire Academy opened on Kell Island in 1962.")
    # the question asks for an academy: the owner's letters are what a learner leaves out
    assert _accepts(never_alone["ORMFD Fire Academy"], "Fire Academy")
    assert not _accepts(never_alone["ORMFD Fire Academy"], "Fire")


def test_a_lone_qualifier_or_a_possessive_left_of_the_sort_word_is_not_accepted() -> None:
    facts = _facts(
        "In 1788, the Imperial Parliament granted the colony of Tarland its own courts. "
        "Many Tarland knights fought for the Danish crown during the Thirty Years' War."
    )
    assert facts["Imperial Parliament"].prompt.startswith("In 1788, which parliament")
    assert not _accepts(facts["Imperial Parliament"], "Imperial")
    assert facts["Thirty Years' War"].prompt.endswith("during which war?")
    assert not _accepts(facts["Thirty Years' War"], "Thirty Years'")


def test_a_party_member_s_label_is_no_part_of_an_unlisted_name() -> None:
    facts = _facts(
        "In 1964, Democrat Tavish Orlo became the first candidate to win more than 80% of the"
        " vote in Kelby."
    )
    assert facts["Tavish Orlo"].kind == "person"
    assert "Democrat Tavish Orlo" not in facts


def test_a_person_and_the_body_she_writes_for_are_two_names() -> None:
    facts = _facts("Eric Venn of the Kelby Tribune praised the novel in 1961.")
    assert facts["Eric Venn"].kind == "person"
    assert "Eric Venn of the Kelby Tribune" not in facts


def test_a_feature_is_not_accepted_by_the_people_s_word_that_opens_its_name() -> None:
    facts = _facts(
        "The Mongolian Plateau rises to the north of the Gobi. Mongolian herders graze goats "
        "on the Mongolian Plateau in summer."
    )
    assert not _accepts(facts["Mongolian Plateau"], "Mongolian")
    assert _accepts(facts["Mongolian Plateau"], "the Mongolian Plateau")


@pytest.mark.parametrize(
    ("count", "figures"),
    [
        ("half a million", {"500,000", "500000"}),
        ("half million", {"500,000", "500000", "half a million"}),
        ("two thousand", {"2,000", "2000"}),
        ("a dozen", {"12"}),
        ("three hundred thousand", {"300,000", "300000"}),
        ("three hundred and fifty", {"350"}),
        ("twenty-five thousand", {"25,000", "25000"}),
    ],
)
def test_a_count_in_words_is_accepted_in_figures(count: str, figures: set[str]) -> None:
    assert figures <= set(number_variants(count))
    assert not any(form.startswith("the ") or form.endswith("s") for form in number_variants(count))


@pytest.mark.parametrize(
    "phrase", ["Hundred Years' War", "a third of a million", "dozens", "and two", "hundred"]
)
def test_a_name_or_an_inexact_share_is_no_count(phrase: str) -> None:
    assert count_in_words(phrase) is None


@given(
    count=st.integers(min_value=2, max_value=99).filter(lambda n: number_word(n) is not None),
    scale=st.sampled_from([("thousand", 1_000), ("million", 1_000_000), ("hundred", 100)]),
)
def test_every_count_of_a_round_number_reads_as_its_value(
    count: int, scale: tuple[str, int]
) -> None:
    assert count_in_words(f"{number_word(count)} {scale[0]}") == count * scale[1]
    assert str(count * scale[1]) in number_variants(f"{number_word(count)} {scale[0]}")


@pytest.mark.parametrize("key", ["half million", "two thousand", "a dozen"])
def test_a_name_fact_whose_key_is_a_count_in_words_is_not_asked(key: str) -> None:
    fact = auto_fact(
        "term",
        key,
        "The Velin guild had nearly half a million members.",
        "The Velin guild had nearly what members?",
        id="doc.1",
        accepted=(f"the {key}", f"{key}s"),
    )
    assert fact_questions(fact, DistractorPool([], [fact])) == []


def test_a_title_that_reads_as_a_count_is_still_asked() -> None:
    fact = auto_fact(
        "other",
        "Two Thousand",
        "Ana Holt wrote the novel Two Thousand in 1931.",
        "Which novel did Ana Holt write in 1931?",
        id="doc.1",
    )
    assert [q.answer for q in fact_questions(fact, DistractorPool([], [fact]))] == ["Two Thousand"]


def test_a_share_accepts_every_spelling_of_per_cent_and_its_bare_figure_when_asked_so() -> None:
    evidence = DocumentEvidence({"doc": ["By 1900 about 95 percent of the people could read."]})
    asked = auto_fact(
        "number",
        "95 percent",
        "By 1900 95 percent of the people of Orsk could read.",
        "By 1900, what percentage of the people of Orsk could read?",
        accepted=("95%",),
    )
    shares = with_document_forms(asked, evidence, ())
    assert {"95%", "95"} <= set(shares.accepted)
    told = replace(asked, prompt="How much of the land of Orsk is forest?")
    assert "95" not in with_document_forms(told, evidence, ()).accepted


def test_a_share_written_in_words_takes_the_other_words_and_the_sign() -> None:
    facts = _facts("The harbour of Orsk handled 12 per cent of the grain trade in 1800.")
    assert {"12%", "12 percent"} <= set(facts["12 per cent"].accepted)
