"""Typed answers a learner who knows the fact may give, and counts asked only as stated."""

from collections.abc import Callable

import pytest

from factdeck.generate.clean import clean_document
from factdeck.generate.distractors import lone_body_forms, national_body_forms
from factdeck.generate.evidence import DocumentEvidence
from factdeck.generate.extract import (
    Span,
    _country_spellings,
    candidate_fact,
    decade_variants,
    extract,
)
from factdeck.generate.extract import (
    _accepted as accepted_forms,
)
from factdeck.generate.facts import FactRecord
from factdeck.generate.gates import worth_knowing
from factdeck.generate.phrasing import ask
from factdeck.generate.questions import (
    asks_the_subject_s_country,
    or_abbreviated_forms,
    with_document_forms,
)
from factdeck.generate.sentences import split_sentences
from helpers.generation import auto_fact


def _asked(text: str, title: str = "Test") -> list[tuple[str | None, str]]:
    cleaned = clean_document(f"{title}\n\n{text}")
    found = extract(split_sentences("doc", cleaned.text), title, selective=True)
    return [(c.question, c.span.text) for c in found.candidates]


def _ask(sentence: str, answer: str, kind: str = "number") -> str | None:
    start = sentence.index(answer)
    asked = ask(sentence, start, start + len(answer), kind)
    return asked[0] if asked else None


def test_a_bound_is_not_asked_as_an_approximate_count() -> None:
    assert _ask("More than 300 people attended the fair.", "300") == (
        "How many people attended the fair?"
    )
    assert (
        _ask("Over 40 ships sailed from the port.", "40") == "How many ships sailed from the port?"
    )
    assert _ask("Just over 40 ships sailed from the port.", "40") == (
        "About how many ships sailed from the port?"
    )


def test_a_phrase_with_no_question_word_is_never_fronted() -> None:
    sentence = "The Varls were major foreign participants in the Reconquest in Tarland."
    assert not (_ask(sentence, "Reconquest", "other") or "").startswith("None")


def test_a_count_given_as_a_bound_is_not_asked() -> None:
    text = (
        "The Orm fair is held in Tarland each spring. "
        "More than 3,000 people attended the Orm fair in 1990."
    )
    assert all(answer != "3,000" for _, answer in _asked(text))


def _accepted(
    sentences: list[str], kind: str, answer: str, prompt: str, names: list[tuple[str, str]]
) -> tuple[str, ...]:
    fact = auto_fact(kind, answer, sentences[0], prompt, id="doc.1")
    return with_document_forms(fact, DocumentEvidence({"doc": sentences}), names).accepted


def test_a_person_is_accepted_with_the_seat_the_document_writes_after_the_name() -> None:
    sentences = [
        "In 1102, King Olaf II of Norland took the island of Tamm.",
        "Olaf II later built a castle at Kell.",
    ]
    names = [("person", "Olaf II"), ("place", "Norland"), ("place", "Tamm")]
    accepted = _accepted(sentences, "person", "Olaf II", "Who took Tamm in 1102?", names)
    assert "Olaf II of Norland" in accepted


def test_a_person_is_accepted_in_the_other_spelling_the_document_uses() -> None:
    sentences = [
        "The Varls defeated the general Alexius Komnenos at Vell in 1107.",
        "Later, emperor Alexius I Comnenus called on the Varls for help.",
        "Isaac Komnenos ruled the island of Tamm.",
    ]
    names = [
        ("person", "Alexius Komnenos"),
        ("person", "Alexius I Comnenus"),
        ("person", "Isaac Komnenos"),
    ]
    prompt = "Which general did the Varls defeat at Vell in 1107?"
    accepted = _accepted(sentences, "person", "Alexius Komnenos", prompt, names)
    assert "Alexius I Comnenus" in accepted
    assert "Isaac Komnenos" not in accepted
    assert "Alexius Komnenos" not in accepted  # the answer itself is no other form


def test_a_country_s_one_parliament_is_accepted_by_every_name_of_the_country() -> None:
    forms = national_body_forms("Parliament of the United Kingdom")
    assert {"UK Parliament", "British Parliament", "United Kingdom Parliament"} <= set(forms)
    assert "Parliament of the United Kingdom" in national_body_forms("British Parliament")
    assert "Senate of Australia" in national_body_forms("Australian Senate")
    assert national_body_forms("Parliament of Tarland") == []  # no country: which one?
    assert national_body_forms("Imperial Parliament") == []  # any country's
    congress = national_body_forms("United States Congress")
    assert {"US Congress", "U.S. Congress", "USA Congress"} <= set(congress)
    assert not {"America Congress", "United States of America Congress"} & set(congress)
    assert "Britain Parliament" not in forms
    sentences = ["In 1120, the Parliament of the United Kingdom passed the Varl Act."]
    names = [("organisation", "Parliament of the United Kingdom")]
    prompt = "Which parliament passed the Varl Act in 1120?"
    accepted = _accepted(
        sentences, "organisation", "Parliament of the United Kingdom", prompt, names
    )
    assert "UK Parliament" in accepted


def test_a_symbol_is_accepted_with_the_sort_the_document_writes_before_it() -> None:
    sentences = [
        "Q is the set of puzzles solvable by a fast machine in one pass.",
        "The puzzle class Q is often seen as the easy puzzles.",
        "The letter Q was chosen by Ana Holm in 1970.",
    ]
    prompt = "What is the set of puzzles solvable by a fast machine in one pass?"
    accepted = _accepted(sentences, "term", "Q", prompt, [("term", "Q")])
    assert "class Q" in accepted
    assert "letter Q" not in accepted  # "the letter Q": a common noun beside the name
    assert all(not form.startswith("one ") for form in accepted)


def test_a_verb_before_a_symbol_is_no_sort_of_it() -> None:
    sentences = [
        "MD is the degree a Kessland medical school gives after six years.",
        "The graduate receives MD after an oath, and the degree class MD is old.",
    ]
    prompt = "What is the degree a Kessland medical school gives after six years?"
    accepted = _accepted(sentences, "term", "MD", prompt, [("term", "MD")])
    assert "receives MD" not in accepted
    assert "class MD" in accepted


def test_a_rate_of_change_is_not_worth_asking() -> None:
    assert not worth_knowing("17%", "number", "Exports grew by ", " in 1990.", approximate=False)
    assert not worth_knowing("4", "number", "Sales rose by ", " per cent.", approximate=False)
    assert not worth_knowing("70%", "number", "an increase of ", ".", approximate=False)
    assert worth_knowing("36%", "number", "Forest covers ", " of the land.", approximate=False)
    assert worth_knowing("40", "number", "The fleet grew by ", " ships.", approximate=False)


def _country_fact(prompt: str, answer: str) -> FactRecord:
    return auto_fact("country", answer, "s", prompt, id="doc.1", quote="q")


VELL = [
    "Vell is a region in the south of Tarland.",
    "Vell's economy is ranked second in Tarland.",
    "Many settlers came to Vell from Norland in 1850.",
    "Tarland bought the region in 1790.",
]


def test_the_country_a_subject_lies_in_is_no_question_about_the_subject() -> None:
    evidence = DocumentEvidence({"doc": VELL}, titles={"doc": "Vell"})
    countries = ["Tarland", "Norland"]
    ranked = _country_fact("In which country is Vell's economy ranked second?", "Tarland")
    assert asks_the_subject_s_country(ranked, evidence, "Vell", countries)
    settlers = _country_fact("From which country did settlers come to Vell in 1850?", "Norland")
    assert not asks_the_subject_s_country(settlers, evidence, "Vell", countries)
    other = _country_fact("Which country bought the island of Orm in 1790?", "Tarland")
    assert not asks_the_subject_s_country(other, evidence, "Vell", countries)


def test_the_country_in_the_title_s_tail_or_named_most_is_the_subject_s() -> None:
    texts = ["Orm is a state.", "Orm's mills are the largest in Tarland."]
    evidence = DocumentEvidence({"doc": texts}, titles={"doc": "Orm (Tarland)"})
    fact = _country_fact("In which country are Orm's mills the largest?", "Tarland")
    assert asks_the_subject_s_country(fact, evidence, "Orm (Tarland)", [])
    texts = [
        "Kell is a coastal region.",
        "Kell's port is the busiest in Tarland.",
        "Tarland holds a census every ten years.",
        "The largest city of Tarland lies in Kell.",
        "Traders from Norland settled in Kell.",
    ]
    evidence = DocumentEvidence({"doc": texts}, titles={"doc": "Kell"})
    fact = _country_fact("In which country is Kell's port the busiest?", "Tarland")
    assert asks_the_subject_s_country(fact, evidence, "Kell", ["Tarland", "Norland"])


def test_a_ruler_is_accepted_by_the_byname_the_document_dates_with_the_same_deed() -> None:
    sentences = [
        "Their king, Olaf the Stout, led the fleet to Tamm in 1102.",
        "In 1102, King Olaf II took the island of Tamm.",
        "Olaf of Kell, a monk, wrote the chronicle of Tamm.",
    ]
    names = [
        ("person", "Olaf the Stout"),
        ("person", "Olaf II"),
        ("person", "Olaf of Kell"),
        ("place", "Tamm"),
    ]
    prompt = "Who took the island of Tamm in 1102?"
    assert "Olaf the Stout" in _accepted(sentences, "person", "Olaf II", prompt, names)
    undated = [sentences[0].replace(" in 1102", ""), *sentences[1:]]
    assert "Olaf the Stout" not in _accepted(undated, "person", "Olaf II", prompt, names)
    two_rulers = [*names, ("person", "Olaf III")]
    assert "Olaf the Stout" not in _accepted(sentences, "person", "Olaf II", prompt, two_rulers)
    other = [*sentences, "Olaf the Tall ruled Kell in 1250."]
    with_other = [*names, ("person", "Olaf the Tall")]
    accepted = _accepted(other, "person", "Olaf II", prompt, with_other)
    assert "Olaf the Stout" in accepted and "Olaf the Tall" not in accepted
    same_year = [*sentences, "Olaf the Tall ruled Kell in 1102."]
    accepted = _accepted(same_year, "person", "Olaf II", prompt, with_other)
    assert "Olaf the Stout" not in accepted and "Olaf the Tall" not in accepted


def test_an_acronym_the_document_gives_in_brackets_is_accepted() -> None:
    text = (
        "The Orsby Cricket Ground (OCG) is the largest stadium in Tarland. "
        "The Vell Rowing Club (VRC; founded 1890) is the oldest club in Tarland."
    )
    cleaned = clean_document(f"Tarland\n\n{text}")
    found = extract(split_sentences("doc", cleaned.text), "Tarland", selective=False)
    aliases = {c.span.text: c.span.aliases for c in found.candidates}
    assert aliases["Orsby Cricket Ground"] == ("OCG",)
    assert aliases["Vell Rowing Club"] == ("VRC",)  # the bracket goes on after the acronym


def _accepted_by_answer(text: str, title: str = "Tarland") -> dict[str, tuple[str, ...]]:
    cleaned = clean_document(f"{title}\n\n{text}")
    found = extract(split_sentences("doc", cleaned.text), title, selective=False)
    return {c.span.text: candidate_fact(c, title).accepted for c in found.candidates}


def test_a_decade_is_accepted_with_or_without_the_and_in_words() -> None:
    sentence = "The Orm railway was built across Tarland in the 1880s."
    start = sentence.index("1880s")
    span = Span(start, start + len("1880s"), "period", "1880s")
    assert {"the 1880s", "eighteen-eighties"} <= set(accepted_forms(span, sentence))
    assert "the nineteen-tens" in decade_variants("1910s")
    assert decade_variants("1850") == []


def test_a_decade_of_the_1900s_is_accepted_by_its_last_figures_and_their_word() -> None:
    assert {"70s", "seventies"} <= set(decade_variants("1970s"))
    assert {"30s", "thirties"} <= set(decade_variants("the 1930s"))
    # "the seventies" is the 1970s, and "the tens" says no decade
    assert not {"70s", "seventies"} & set(decade_variants("1870s"))
    assert not {"10s", "tens", "teens"} & set(decade_variants("1910s"))


def test_a_name_holding_a_country_is_accepted_in_each_spelling_of_the_country() -> None:
    accepted = _accepted_by_answer(
        "The Tarland school survey was run in 1901. "
        "The school survey of 1901 was funded by the US Army."
    )
    assert {"U.S. Army", "United States Army"} <= set(accepted["US Army"])
    # a word that merely starts with the letters is no country
    assert _country_spellings("USA Today") == []
    assert "U.S. Navy" in _country_spellings("United States Navy")
    assert _country_spellings("U.S.") == ["US", "United States"]


def test_a_body_of_a_union_of_countries_is_accepted_with_the_union_spelled_either_way() -> None:
    assert "United Nations Trade Board" in _country_spellings("UN Trade Board")
    assert "EU Fisheries Office" in _country_spellings("European Union Fisheries Office")
    assert _country_spellings("UNESCO Prize") == []


def test_a_place_is_accepted_with_the_region_the_document_writes_after_it() -> None:
    sentences = [
        "In 1902 the school moved to Kellby, Norland, where it still stands.",
        "Kellby lies on the river Asse, not far from Vell.",
    ]
    names = [("place", "Kellby"), ("place", "Norland"), ("place", "Vell")]
    accepted = _accepted(sentences, "place", "Kellby", "Where did the school move in 1902?", names)
    assert "Kellby, Norland" in accepted
    assert "Kellby, Vell" not in accepted


@pytest.mark.parametrize(
    "listing",
    [
        "The weavers kept halls in Kell, Orsk and Dunmere.",
        "The weavers kept halls in Kell, Orsk, Dunmere and Vasa.",
        "The weavers kept halls in Vasa, Kell, Orsk.",
        "The weavers kept halls in Kell, Orsk or Dunmere.",
    ],
)
def test_two_places_of_a_list_are_never_accepted_as_one_place_and_its_region(
    listing: str,
) -> None:
    sentences = ["The Velin guild was a trade body of weavers in Kell.", listing]
    names = [("place", "Kell"), ("place", "Orsk"), ("place", "Dunmere"), ("place", "Vasa")]
    prompt = "The Velin guild was a trade body of weavers in which city?"
    accepted = _accepted(sentences, "place", "Kell", prompt, names)
    assert not any("," in form for form in accepted)


def test_a_school_is_accepted_by_the_name_the_document_calls_it_alone() -> None:
    sentences = [
        "Elsa Mork founded the University of Tarland in 1841.",
        "Today Tarland has about four thousand students.",
    ]
    names = [("organisation", "University of Tarland"), ("person", "Elsa Mork")]
    prompt = "What did Elsa Mork found in 1841?"
    accepted = _accepted(sentences, "organisation", "University of Tarland", prompt, names)
    assert "Tarland" in accepted


def test_a_school_is_not_accepted_by_a_place_name_it_holds() -> None:
    sentences = [
        "Elsa Mork founded the University of Tarland in 1841.",
        "Tarland's students come from Tarland, a small region in the north.",
    ]
    names = [("organisation", "University of Tarland"), ("place", "Tarland")]
    prompt = "What did Elsa Mork found in 1841?"
    accepted = _accepted(sentences, "organisation", "University of Tarland", prompt, names)
    assert "Tarland" not in accepted


@pytest.mark.parametrize(
    ("school", "called"),
    [
        ("University of Ardmore", "Ardmore's football team won the national title in 1925."),
        ("College of Ardmore", "Ardmore's rowing crew won the Velm Cup in 1925."),
        ("Ardmore Institute of Technology", "Ardmore's chancellor opened the library in 1925."),
    ],
)
def test_a_school_and_the_short_name_its_document_calls_it_accept_each_other(
    school: str, called: str
) -> None:
    sentences = [f"Quaker merchants founded the {school} in 1850.", called]
    names = [("organisation", school), ("person", "Ana Holm")]
    founded = _accepted(sentences, "organisation", school, "Who founded it in 1850?", names)
    assert "Ardmore" in founded
    # a university of a place is that place's university in either order
    assert ("Ardmore University" in founded) == (school == "University of Ardmore")
    short = _accepted(sentences[::-1], "other", "Ardmore", "Whose team won in 1925?", names)
    assert school in short
    # where Ardmore is a town too, the short name may be the town's
    town = [*names, ("place", "Ardmore")]
    sentences.append("Ardmore is a fishing town on the coast.")
    founded = _accepted(sentences, "organisation", school, "Who founded it in 1850?", town)
    assert "Ardmore" not in founded
    short = _accepted(sentences[1:], "other", "Ardmore", "Whose team won in 1925?", town)
    assert school not in short


def test_a_university_takes_its_name_in_the_other_order_where_the_document_writes_it() -> None:
    sentences = [
        "Quaker merchants founded the University of Ardmore in 1850.",
        "Ardmore University admitted women in 1890.",
        "Ardmore's football team won the national title in 1925.",
    ]
    names = [("organisation", "University of Ardmore"), ("organisation", "Ardmore University")]
    school = "University of Ardmore"
    prompt = "Which university did Quaker merchants found in 1850?"
    assert "Ardmore University" in _accepted(sentences, "organisation", school, prompt, names)
    short = _accepted(sentences[::-1], "other", "Ardmore", "Whose team won in 1925?", names)
    assert {"University of Ardmore", "Ardmore University"} <= set(short)


@pytest.mark.parametrize(
    ("school", "short"),
    [
        ("University of Ardmore", "Ardmore"),
        ("Ardmore College", "Ardmore"),
        ("University of Oregon", "Oregon"),
    ],
)
def test_a_school_is_not_called_by_its_short_name_the_document_never_gives_it(
    school: str, short: str
) -> None:
    sentences = [f"Ana Holm taught history at the {school} from 1850.", "Ana Holm wrote books."]
    names = [("organisation", school), ("person", "Ana Holm")]
    prompt = "What did Ana Holm teach history at from 1850?"
    start = sentences[0].index(school)
    span = Span(start, start + len(school), "organisation", school)
    extracted = accepted_forms(span, sentences[0], prompt)  # the sort word cut: the short name
    fact = auto_fact("organisation", school, sentences[0], prompt, accepted=extracted)
    evidence = DocumentEvidence({"doc": sentences})
    accepted = with_document_forms(fact, evidence, names).accepted
    assert short not in accepted  # a town, a state, another school may be so named


@pytest.mark.parametrize(
    ("school", "short"),
    [
        ("University of Ardmore", "Ardmore"),
        ("Ardmore College", "Ardmore"),
        ("University of Oregon", "Oregon"),
    ],
)
def test_a_school_asked_for_is_accepted_by_its_short_name_nothing_else_has(
    school: str, short: str
) -> None:
    sentences = [f"Ana Holm taught history at the {school} from 1850.", "Ana Holm wrote books."]
    names = [("organisation", school), ("person", "Ana Holm")]
    prompt = "At which school did Ana Holm teach history from 1850?"
    assert short in _accepted(sentences, "organisation", school, prompt, names)
    # the question asks for no school: the word may name the state or the town
    assert short not in _accepted(sentences, "organisation", school, "Who hired Ana?", names)
    # another thing of the document so named that is no known place: the word may be either
    if short not in ("Oregon",):
        town = [*sentences, f"{short} has a harbour."]
        assert short not in _accepted(town, "organisation", school, prompt, names)
    other = [*names, ("organisation", f"{short} State Academy")]
    assert short not in _accepted(sentences, "organisation", school, prompt, other)
    # a field of study is no name of the school
    field = "Academy of Choreology"
    field_names = [("organisation", field)]
    asked = "Which academy did Ana Holm found?"
    assert "Choreology" not in _accepted(
        [f"Ana Holm founded the {field}."], "organisation", field, asked, field_names
    )


@pytest.mark.parametrize("school", ["University of Orland", "Orland College"])
def test_a_school_asked_for_is_accepted_by_the_place_the_document_also_names(school: str) -> None:
    sentences = [
        f"Ana Holm taught history at the {school} from 1850.",
        "Orland has a harbour.",
        "The Orland Rovers play at the harbour.",
        "Ana Holm trained at the Orland Riding Academy.",
    ]
    names = [
        ("organisation", school),
        ("person", "Ana Holm"),
        ("place", "Orland"),
        ("organisation", "Orland Rovers"),
        ("organisation", "Orland Riding Academy"),
        ("organisation", f"{school} Press"),
    ]
    prompt = "At which university did Ana Holm teach history from 1850?"
    # the question asks for a university: the place, its team, its riding school are none
    assert "Orland" in _accepted(sentences, "organisation", school, prompt, names)
    # asked for any school, the riding academy may be meant
    school_prompt = "At which school did Ana Holm teach history from 1850?"
    assert "Orland" not in _accepted(sentences, "organisation", school, school_prompt, names)
    # another university of the place: the word may be either
    rival = [*names, ("organisation", "Orland State University")]
    assert "Orland" not in _accepted(sentences, "organisation", school, prompt, rival)
    # the question shows the place
    shown = "At which university in Orland did Ana Holm teach history from 1850?"
    assert "Orland" not in _accepted(sentences, "organisation", school, shown, names)


def test_a_state_s_university_asked_for_is_accepted_by_the_state() -> None:
    school = "University of Oregon"
    sentences = [f"Ana Holm taught history at the {school} from 1850.", "Oregon has a coast."]
    names = [("organisation", school), ("person", "Ana Holm"), ("place", "Oregon")]
    prompt = "Which university did Ana Holm teach history at from 1850?"
    assert "Oregon" in _accepted(sentences, "organisation", school, prompt, names)
    assert "Oregon" not in _accepted(sentences, "organisation", school, "Who hired Ana?", names)


def test_a_term_accepts_its_capitals_the_document_gives_after_or() -> None:
    texts = [
        "Marsh orm cells, or MO cells, line the gut.",
        "Heat-shock vell proteins or HSVPs, fold others.",
        "Dwarf reeds, or cattails, grow there.",
        "Tall reeds, or TX reeds, grow there.",
    ]

    def forms(term: str) -> list[str]:
        return or_abbreviated_forms(term, lambda words: texts)

    assert forms("marsh orm cells") == ["MO cells"]
    assert forms("heat-shock vell proteins") == ["HSVPs"]
    assert forms("dwarf reeds") == []  # another word, no capitals
    assert forms("tall reeds") == []  # the capitals spell other words


def test_a_country_s_one_body_is_accepted_by_the_word_the_document_calls_it() -> None:
    def said(*sentences: str) -> Callable[[str], list[str]]:
        return lambda word: [s for s in sentences if word in s]

    called_so = said("In 1820, Parliament passed the Kell Mills Act.")
    body = "United Kingdom Parliament"
    assert lone_body_forms(body, [body, "Parliament"], called_so) == ["Parliament"]
    # another parliament in the document: "Parliament" may be either
    assert lone_body_forms(body, [body, "Vessian Parliament"], called_so) == []
    # only ever named in full, or as a place's name
    assert lone_body_forms(body, [body], said("The United Kingdom Parliament met.")) == []
    assert lone_body_forms(body, [body], said("Parliament Square lies in Kell.")) == []
    assert lone_body_forms("Parliament of Kell", [], called_so) == []  # no country: which one?


def test_a_country_s_navy_is_accepted_by_its_service_word_alone() -> None:
    def said(*sentences: str) -> Callable[[str], list[str]]:
        return lambda word: [s for s in sentences if word in s]

    body = "United States Navy"
    full = said("The United States Navy kept a coaling station at Kell.")
    prompt = "Which force kept a coaling station at Kell?"
    assert lone_body_forms(body, [body], full, prompt) == ["Navy"]
    assert lone_body_forms("French Army", ["French Army"], said(), prompt) == ["Army"]
    # asked by the word itself, or another navy written beside it: "Navy" says nothing
    assert lone_body_forms(body, [body], full, "Which navy kept a station?") == []
    other = said("The United States Navy and the Kellish Navy met at Orm.")
    assert lone_body_forms(body, [body], other, prompt) == []
    assert lone_body_forms(body, [body, "Royal Navy"], full, prompt) == []
    # a country's parliament the document names only in full stays so
    parliament = "United Kingdom Parliament"
    assert (
        lone_body_forms(parliament, [parliament], said("The United Kingdom Parliament met.")) == []
    )


@pytest.mark.parametrize(
    ("body", "letters"),
    [
        ("Vessian Water Authority", "VWA"),
        ("Orm Film Rights Association of Tarland", "OFRAT"),
        ("Kell Grants Commission", "KGC"),
        ("Tarland Air Force", "TAF"),
    ],
)
def test_a_body_is_accepted_by_its_initials_the_document_never_writes(
    body: str, letters: str
) -> None:
    sentences = [f"The {body} fined the Dunmere mill in 1921.", "The mill closed in 1930."]
    names = [("organisation", body), ("place", "Dunmere")]
    prompt = "Which body fined the Dunmere mill in 1921?"
    assert letters in _accepted(sentences, "organisation", body, prompt, names)
    # another name of the document with the same letters: they may be either's
    twin = [*names, ("organisation", f"{body} Trust"), ("organisation", "Vell Wool Agency")]
    if letters == "VWA":
        assert letters not in _accepted(sentences, "organisation", body, prompt, twin)


@pytest.mark.parametrize(
    "body",
    [
        "Vessian Imperial Navy",  # a navy is called by its land's name, not its letters
        "Tarland Workers Party",
        "Orm Valley",  # no body
        "Orm General Council",  # a council is called by its name
        "Allied Radio Commission",  # its letters spell a word, "arc"
    ],
)
def test_a_name_is_not_accepted_by_letters_no_one_calls_it(body: str) -> None:
    sentences = [f"The {body} fined the Dunmere mill in 1921."]
    names = [("organisation", body), ("place", "Dunmere")]
    accepted = _accepted(sentences, "organisation", body, "Who fined the mill in 1921?", names)
    assert not any(form.isupper() for form in accepted)
