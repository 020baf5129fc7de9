"""Options of an imported question are of the answer's fine sort, on small texts."""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from factdeck.bank import QuestionType
from factdeck.generate import lexicon
from factdeck.generate.distractors import (
    _LONE_INITIAL,
    DistractorPool,
    _nearest,
    parse_date,
    ruled_out_by_prompt,
    synonyms,
)
from factdeck.generate.evidence import DocumentEvidence
from factdeck.generate.extract import extract
from factdeck.generate.facts import FactRecord
from factdeck.generate.questions import fact_questions
from factdeck.generate.sentences import split_sentences
from factdeck.generate.text import number_value
from helpers.generation import auto_fact, document_evidence


def _fact(kind: str, answer: str, prompt: str) -> FactRecord:
    return auto_fact(kind, answer, f"The ferry sailed from {answer}.", prompt)


def test_another_name_of_the_answer_is_never_an_option() -> None:
    assert synonyms("Holland", "the Netherlands")
    assert not synonyms("Belgium", "Netherlands")
    entries = [("country", name, "doc") for name in ("Holland", "Belgium", "France", "Spain")]
    fact = _fact("country", "Netherlands", "Which country did the ferry reach?")
    options = DistractorPool(entries, [fact]).choose(fact)
    assert "Holland" not in options
    assert len(options) == 3
    assert {"Belgium", "France"} <= set(options)  # neighbours first


def test_a_city_gets_cities_not_a_state_or_a_country() -> None:
    text = (
        "Tarland\n\nThe city of Orsby lies on the coast of Tarland. The city of Vell is older. "
        "The state of Marnia borders Tarland. The city of Dunby has a port. "
        "The city of Kell was founded by monks. Ferries from Orsby reach Spain."
    )
    found = extract(split_sentences("doc", text), "Tarland")
    fact = _fact("place", "Orsby", "Where did the ferry sail from?")
    pool = DistractorPool([(k, v, "doc") for k, v in found.pool], [fact], found.roles)
    assert sorted(pool.choose(fact)) == ["Dunby", "Kell", "Vell"]


def test_a_person_of_a_known_role_gets_only_people_of_that_role_else_is_typed() -> None:
    roles = {"olof berg": "engineer", "carl aske": "engineer", "ines dahl": "mayor"}
    names = ["Olof Berg", "Carl Aske", "Ines Dahl", "Tor Lind"]
    entries = [("person", name, "doc") for name in names]
    fact = _fact("person", "Olof Berg", "Which engineer built the pier?")
    questions = fact_questions(fact, DistractorPool(entries, [fact], roles))
    assert [q.type for q in questions] == [QuestionType.TYPED]  # one other engineer only


def test_numbers_near_the_key_in_scale() -> None:
    fact = _fact("number", "1,320", "How many kilometres long is the road?")
    fact = replace(fact, number=1320)
    for option in DistractorPool([], [fact]).choose(fact):
        value = number_value(option)
        assert value is not None and 1320 / 2 <= value <= 1320 * 2


def test_a_continent_is_no_option_for_a_town() -> None:
    entries = [("place", name, "doc") for name in ("Europe", "Orsby", "Vell", "Dunby", "Kell")]
    fact = _fact("place", "Mora", "Where does the Orm join the Elbe?")
    chosen = DistractorPool(entries, [fact]).choose(fact)
    assert len(chosen) == 3 and "Europe" not in chosen


def _dated(index: int, kind: str, answer: str) -> FactRecord:
    statement = f"The bridge opened in {answer}."
    return auto_fact(kind, answer, statement, "When did the bridge open?", id=f"{kind}-{index}")


def test_year_options_have_no_pattern_that_marks_the_key() -> None:
    places = []
    for index in range(40):
        fact = _dated(index, "year", "1900")
        options = sorted(int(o) for o in [*DistractorPool([], [fact]).choose(fact), "1900"])
        assert len(options) == 4
        gaps = [b - a for a, b in pairwise(options)]
        assert min(gaps) >= 2  # never an adjacent year, to the key or to another option
        assert len(set(gaps)) > 1  # no regular series
        assert options[-1] - options[0] <= 24  # still the answer's time
        places.append(options.index(1900))
    assert set(places) == {0, 1, 2, 3}  # every place is used
    assert sum(place in (1, 2) for place in places) >= 10  # the key is not always at an end


def test_date_options_change_the_day_and_the_month_with_the_key_anywhere() -> None:
    places = set()
    for index in range(20):
        fact = _dated(index, "date", "31 January 1900")
        options = DistractorPool([], [fact]).choose(fact)
        assert len(options) == 3
        dates = [parse_date(o) for o in [*options, fact.answer]]
        assert all(date is not None for date in dates)
        assert len({o.split()[0] for o in options}) > 1  # the day varies, not only the month
        ordinals = sorted(date.ordinal for date in dates if date is not None)
        places.add(ordinals.index(dates[-1].ordinal if dates[-1] else 0))
    assert places == {0, 1, 2, 3}


def test_date_options_are_spelled_like_the_key_so_it_does_not_stand_out() -> None:
    for answer in ("March 4 1900", "March 4, 1900"):
        fact = _dated(3, "date", answer)
        options = DistractorPool([], [fact]).choose(fact)
        assert len(options) == 3
        assert all(("," in option) == ("," in answer) for option in options)


def test_month_options_skip_a_month_at_least() -> None:
    fact = _dated(1, "date", "May 2013")
    options = DistractorPool([], [fact]).choose(fact)
    months = sorted(
        date.year * 12 + date.month for o in [*options, "May 2013"] if (date := parse_date(o))
    )
    assert len(months) == 4 and min(b - a for a, b in pairwise(months)) >= 2


def _pool_from(text: str, names: list[str], fact: FactRecord) -> DistractorPool:
    """The pool of an import of one document: these place names, and its sentences."""
    evidence = DocumentEvidence({"doc": [s.text for s in split_sentences("doc", text)]})
    return DistractorPool([("place", name, "doc") for name in names], [fact], None, evidence)


_MARVA = (
    "Marva\n\nThe Marva is a river in Tarland. The Tell joins the Marva at Orsby. "
    "Barges unload grain in Vell, in Dunby and in Kell. The Osk is a side arm; the Osk silts "
    "up every spring. The river ends in a wide delta. Delta farmers grow rice."
)
_TOWN = "Where does the Tell join the Marva?"


def test_a_town_gets_towns_not_a_river_or_a_capitalised_common_word() -> None:
    fact = replace(_fact("place", "Orsby", _TOWN), statement="The Tell joins the Marva at Orsby.")
    names = ["Orsby", "Osk", "Delta", "Vell", "Dunby", "Kell"]
    # "the Osk" is a river, no town; "the delta" in lower case makes "Delta" a word, not a name
    assert sorted(_pool_from(_MARVA, names, fact).choose(fact)) == ["Dunby", "Kell", "Vell"]


def test_a_name_the_document_says_the_same_of_is_no_option() -> None:
    text = (
        "Marva\n\nThe Marva is the longest river in Austria. The Marva is also the longest river "
        "in Hungary. Ferries cross from Austria to Slovakia. Traders from Croatia and Serbia "
        "come by road."
    )
    fact = _fact("country", "Austria", "The Marva is the longest river in which country?")
    fact = replace(fact, statement="The Marva is the longest river in Austria.")
    sentences = split_sentences("doc", text)
    found = extract(sentences, "Marva")
    evidence = DocumentEvidence({"doc": [s.text for s in sentences]})
    entries = [(k, v, "doc") for k, v in found.pool]
    assert "Hungary" in DistractorPool(entries, [fact], found.roles).choose(fact)
    chosen = DistractorPool(entries, [fact], found.roles, evidence).choose(fact)
    assert "Hungary" not in chosen  # also called the Marva's own: maybe also true
    assert len(chosen) == 3


def test_too_few_options_of_the_answer_shape_make_the_question_typed() -> None:
    text = "Marva\n\nThe Tell joins the Marva at Orsby. The Osk and the Rell are side arms."
    fact = replace(_fact("place", "Orsby", _TOWN), statement="The Tell joins the Marva at Orsby.")
    pool = _pool_from(text, ["Orsby", "Osk", "Rell", "Vell", "Kell"], fact)
    assert [q.type for q in fact_questions(fact, pool)] == [QuestionType.TYPED]


def test_a_sort_after_the_name_keeps_a_region_from_towns() -> None:
    text = (
        "Tarland\n\nFerries sail from Orsby on the coast of Tarland. Vell is older. "
        "Wine grows in Marnia, a region of hills. Dunby has a port. "
        "Barges sail to Kell. Ferries from Orsby reach Spain."
    )
    found = extract(split_sentences("doc", text), "Tarland")
    assert found.roles.get("marnia") == "region"
    fact = _fact("place", "Orsby", "Where did the ferry sail from?")
    names = ["Orsby", "Marnia", "Dunby", "Kell", "Vell"]
    pool = DistractorPool([("place", name, "doc") for name in names], [fact], found.roles)
    assert sorted(pool.choose(fact)) == ["Dunby", "Kell", "Vell"]


def test_a_superlative_keeps_out_names_the_subject_is_said_to_reach() -> None:
    text = (
        "Marva\n\nThe Marva is the longest river in Austria. The Marva rises in the hills of "
        "Slovakia. Ferries cross from Austria to Croatia. Traders from Serbia and Hungary "
        "come by road."
    )
    fact = _fact("country", "Austria", "The Marva is the longest river in which country?")
    fact = replace(fact, statement="The Marva is the longest river in Austria.")
    names = ["Austria", "Slovakia", "Croatia", "Serbia"]
    evidence = DocumentEvidence({"doc": [s.text for s in split_sentences("doc", text)]})
    entries = [("country", name, "doc") for name in names]
    chosen = DistractorPool(entries, [fact], None, evidence).choose(fact)
    assert "Slovakia" not in chosen  # the Marva rises there: maybe its longest river too
    assert {"Croatia", "Serbia"} <= set(chosen)
    plain = "The Marva flows in Austria."  # no superlative: only a repeated claim counts
    assert not evidence.said_alike("doc", plain, "Austria", "Slovakia")


def test_every_country_of_the_list_is_known_by_its_plain_name() -> None:
    assert {"Serbia", "Japan", "Poland", "Norway", "Saxony"} <= lexicon.COUNTRIES
    assert all(name == name.strip() and name for name in lexicon.COUNTRIES)


def test_a_present_day_country_gets_present_day_countries() -> None:
    names = ["Germany", "Bavaria", "Prussia", "Belgium", "France", "Netherlands"]
    entries = [("country", name, "doc") for name in names]
    fact = _fact("country", "Germany", "Which country did the ferry reach?")
    chosen = sorted(DistractorPool(entries, [fact]).choose(fact))
    assert chosen == ["Belgium", "France", "Netherlands"]
    former = _fact("country", "Prussia", "Which state did the ferry reach?")
    assert "Bavaria" in DistractorPool(entries, [former]).choose(former)


def _evidence(text: str) -> DocumentEvidence:
    return DocumentEvidence({"doc": [s.text for s in split_sentences("doc", text)]})


def test_a_country_gets_countries_of_its_region_named_by_the_document_first() -> None:
    text = (
        "Marva\n\nThe Marva is the longest river in Switzerland. Barges carry wine to Austria "
        "and to Italy."
    )
    fact = _fact("country", "Switzerland", "The Marva is the longest river in which country?")
    fact = replace(fact, statement="The Marva is the longest river in Switzerland.")
    names = ["Switzerland", "Austria", "Italy", "Vietnam", "Peru"]  # two from other documents
    entries = [
        ("country", name, "other" if name in ("Vietnam", "Peru") else "doc") for name in names
    ]
    chosen = DistractorPool(entries, [fact], None, _evidence(text)).choose(fact)
    assert sorted(chosen) == ["Austria", "Italy"]  # never "Peru", nor a country of the list
    asia = _fact("country", "Vietnam", "Which country did the ferry reach?")
    assert all(
        lexicon.REGION_OF[c] != "Europe" for c in DistractorPool(entries, [asia]).choose(asia)
    )


def _period_fact(answer: str, statement: str) -> FactRecord:
    fact = _fact("period", answer, "In which century was the Marva canal begun?")
    return replace(fact, statement=statement, quote=statement)


def test_a_period_the_document_gives_its_subject_is_never_an_option() -> None:
    begun = "The Marva canal was begun in the 17th century."
    text = f"Marva\n\n{begun} Works on the Marva were completed in the 19th and 20th century."
    fact = _period_fact("17th century", begun)
    chosen = DistractorPool([], [fact], None, _evidence(text)).choose(fact)
    assert sorted(chosen) == ["15th century", "16th century", "18th century"]
    year = replace(_fact("year", "1650", "When was the Marva canal begun?"), statement=begun)
    text = f"Marva\n\n{begun} The Marva canal was widened in 1654."
    options = DistractorPool([], [year], None, _evidence(text)).choose(year)
    assert "1654" not in options  # a year the document gives the canal: maybe also true
    assert options


def test_no_century_later_than_the_document_or_the_present_is_offered() -> None:
    begun = "The Marva canal was begun in the 18th century."
    fact = _period_fact("18th century", begun)
    pool = DistractorPool([], [fact], None, _evidence(f"Marva\n\n{begun}"))
    assert sorted(pool.choose(fact)) == ["16th century", "17th century"]
    assert QuestionType.MULTIPLE_CHOICE not in [q.type for q in fact_questions(fact, pool)]
    later = f"Marva\n\n{begun} Ferries came in 1905."
    chosen = DistractorPool([], [fact], None, _evidence(later)).choose(fact)
    assert len(chosen) == 3 and "21st century" not in chosen


def test_no_part_of_a_century_that_begins_after_the_document_s_own_time() -> None:
    for part in ("late ", "mid-"):
        begun = f"Floods struck the Marva valley in the {part}19th century."
        text = f"Marva\n\n{begun}\n\nThe Marva canal was widened in 2015."
        fact = _period_fact(f"{part}19th century", begun)
        pool = DistractorPool([], [fact], None, _evidence(text))
        chosen = [o for index in range(12) for o in pool.choose(replace(fact, id=str(index)))]
        assert chosen and not any("21st" in option for option in chosen)


def test_a_name_in_passing_yields_to_names_the_document_makes_familiar() -> None:
    text = (
        "Marva\n\nBarges unload grain in Orsby. Barges call at Vell. Dunby has a port. "
        "Trains stop at Dunby. Monks live in Kell. Kell is pretty. "
        "A road runs through Brix and through Tolm."
    )
    fact = replace(
        _fact("place", "Orsby", "Where do barges unload grain?"),
        statement="Barges unload grain in Orsby.",
    )
    names = ["Orsby", "Brix", "Tolm", "Vell", "Dunby", "Kell"]
    assert sorted(_pool_from(text, names, fact).choose(fact)) == ["Dunby", "Kell", "Vell"]


def test_a_year_of_the_question_paragraph_is_never_an_option() -> None:
    begun = "The canal was begun in 1650."
    text = f"Marva\n\n{begun} Its locks date from 1654.\n\nFerries came in 1652."
    sentences = split_sentences("doc", text)
    evidence = DocumentEvidence(
        {"doc": [s.text for s in sentences]}, {"doc": [s.paragraph for s in sentences]}
    )
    year = replace(_fact("year", "1650", "When was the canal begun?"), statement=begun, quote=begun)
    pool = DistractorPool([], [year], None, evidence)
    for index in range(20):  # whichever years the spacing draws
        assert "1654" not in pool.choose(replace(year, id=f"canal-{index}"))
    assert not pool._certainly_false_time(year, "1654")  # the locks: maybe the canal's date
    assert pool._certainly_false_time(year, "1652")  # another paragraph, another subject


_GUILD = (
    "Vellan Guild\n\nOrla Brant founded the guild in 1820. Tom Reed ran the guild in 1823. "
    "Paul T. Rowe ran the guild from 1824. Joseph K ran the guild in 1825. "
    "Ida Kern ran the guild in 1826. Miss Lena Hart ran the guild in 1827. "
    "Dunn ran the guild in 1828. In 1829 the head was Otto I. Kell Church ran the guild in 1822."
)


def _guild_options(answer: str, names: list[str]) -> list[str]:
    statement = f"{answer} founded the guild in 1820."
    fact = replace(
        _fact("person", answer, "Who founded the guild?"), statement=statement, quote=statement
    )
    entries = [("person", name, "doc") for name in names]
    return DistractorPool(entries, [fact], None, _evidence(_GUILD)).choose(fact)


def test_a_name_cut_at_its_initial_is_no_option_but_one_written_so_is() -> None:
    names = ["Orla Brant", "Paul T", "Tom Reed", "Joseph K", "Otto I"]
    chosen = _guild_options("Orla Brant", names)
    assert "Paul T" not in chosen  # "Paul T. Rowe" cut short at the full stop
    assert "Joseph K" in chosen  # "Joseph K ran": the document writes the name so
    assert "Otto I" not in chosen  # a ruler's numbered name beside plain names: the form
    assert not _LONE_INITIAL.search("Otto I")  # a ruler's numeral, never a cut initial


def test_options_of_a_person_take_the_key_form_surname_title_or_body() -> None:
    names = ["Orla Brant", "Tom Reed", "Ida Kern", "Dunn", "Miss Lena Hart", "Kell Church"]
    assert sorted(_guild_options("Orla Brant", names)) == ["Ida Kern", "Tom Reed"]


def test_a_time_option_the_prompt_rules_out_is_never_offered() -> None:
    mid = "On what date in mid-2015 did the ferry start?"
    assert ruled_out_by_prompt(mid, "June 10, 2015", "March 5, 2015")
    assert ruled_out_by_prompt(mid, "June 10, 2015", "July 2, 2016")  # another year
    assert not ruled_out_by_prompt(mid, "June 10, 2015", "August 1, 2015")
    spring = "In the spring of 1921, in which month did the ferry start?"
    assert ruled_out_by_prompt(spring, "April 1921", "January 1921")
    assert not ruled_out_by_prompt(spring, "April 1921", "May 1921")
    assert not ruled_out_by_prompt("When did the ferry start?", "April 1921", "January 1921")
    fact = _fact("date", "June 10, 2015", mid)
    chosen = DistractorPool([], [fact]).choose(fact)
    assert chosen and all(not ruled_out_by_prompt(mid, fact.answer, o) for o in chosen)


def test_a_camp_or_fort_is_no_option_among_towns() -> None:
    text = (
        "Tarland\n\nThe army rested at Dunby. The army drilled at Vell, a military camp. "
        "Traders sold salt in Kell and in Rask. Farmers lived in Lunby and in Orsby."
    )
    statement = "The army rested at Dunby."
    fact = replace(
        _fact("place", "Dunby", "Where did the army rest?"), statement=statement, quote=statement
    )
    names = ["Dunby", "Vell", "Kell", "Rask", "Lunby", "Orsby"]
    chosen = _pool_from(text, names, fact).choose(fact)
    assert "Vell" not in chosen  # a camp, not a town
    assert len(chosen) == 3


_FERRY = (
    "Orla ferry\n\nThe Orla ferry first sailed in 1998. It gained a second deck in 2004. "
    "A third boat is scheduled to join the fleet in 2012."
)


def test_no_year_option_is_later_than_the_document_s_own_time() -> None:
    statement = "It gained a second deck in 2004."
    fact = replace(
        _fact("year", "2004", "When did the Orla ferry gain a second deck?"),
        statement=statement,
        quote=statement,
    )
    pool = DistractorPool([], [fact], None, _evidence(_FERRY))
    for index in range(30):  # whichever years the spacing draws
        options = pool.choose(replace(fact, id=f"deck-{index}"))
        assert all(int(option) <= 2004 for option in options)  # 2012 is only a plan
        # too few years since it first sailed for three options: the question goes
        # without them, never with a year before the ferry sailed
        assert all(int(option) >= 1998 for option in options)


def test_a_year_option_lies_within_the_subject_s_span_where_it_holds_enough() -> None:
    text = (
        "Orla ferry\n\nThe Orla ferry first sailed in 1980. It gained a second deck in 2004. "
        "A third boat is scheduled to join the fleet in 2012."
    )
    statement = "It gained a second deck in 2004."
    fact = replace(
        _fact("year", "2004", "When did the Orla ferry gain a second deck?"),
        statement=statement,
        quote=statement,
    )
    pool = DistractorPool([], [fact], None, _evidence(text))
    for index in range(30):
        options = pool.choose(replace(fact, id=f"deck-{index}"))
        assert all(1980 <= int(option) <= 2004 for option in options)


def test_a_date_option_is_never_later_than_the_document_s_own_time() -> None:
    statement = "The Orla ferry first sailed in November 2004."
    text = f"Orla ferry\n\n{statement} A third boat will join the fleet in 2009."
    fact = replace(
        _fact("date", "November 2004", "When did the Orla ferry first sail?"),
        statement=statement,
        quote=statement,
    )
    pool = DistractorPool([], [fact], None, _evidence(text))
    for index in range(30):
        options = pool.choose(replace(fact, id=f"sail-{index}"))
        assert all(option.endswith(("2002", "2003", "2004")) for option in options)
    assert len(options) == 3  # months of the key's year and the year before


def test_a_key_at_the_document_s_time_asks_typed_when_too_few_options_stay() -> None:
    statement = "The Orla ferry first sailed in 1998."
    text = f"Orla ferry\n\n{statement} Its builders plan to launch a sister ship in 2003."
    fact = replace(
        _fact("year", "1998", "When did the Orla ferry first sail?"),
        statement=statement,
        quote=statement,
        typed=True,
    )
    pool = DistractorPool([], [fact], None, _evidence(text))
    shown = [
        question
        for index in range(30)
        for question in fact_questions(replace(fact, id=f"first-{index}"), pool)
    ]
    options = [o for q in shown if q.type == QuestionType.MULTIPLE_CHOICE for o in q.options]
    assert all(int(option) <= 1998 for option in options)
    assert all(q.type in (QuestionType.MULTIPLE_CHOICE, QuestionType.TYPED) for q in shown)
    assert len(shown) == 30 and any(q.type == QuestionType.TYPED for q in shown)


def test_no_decade_option_begins_after_the_document_s_own_time() -> None:
    built = "Most of the Orla fleet was built in the 2000s."
    text = f"Orla ferry\n\n{built} The fleet served the coast of the 21st century until 2012."
    fact = _period_fact("2000s", built)
    options = DistractorPool([], [fact], None, _evidence(text)).choose(fact)
    assert options and all(int(option[:4]) <= 2010 for option in options)


def test_the_names_nearest_the_answer_are_read_outwards_from_it() -> None:
    places = [0, 2, 3, 7, 8, 9, 12, 20]
    candidates = [(f"Orm{place}", "doc", place) for place in places]
    for at in (-1, 0, 5, 8, 10, 25):
        for count in (0, 1, 4, 8, 12):
            by_sorting = sorted(candidates, key=lambda c: abs(c[2] - at))[:count]
            assert _nearest(candidates, at, count) == by_sorting
    # as near on both sides: the earlier name first
    assert [c[2] for c in _nearest(candidates, 5, 3)] == [3, 7, 2]


def test_a_region_named_by_a_compound_compass_point_gets_no_towns() -> None:
    text = (
        "Tarland\n\nThe guild opened schools in Northeast Orm. Weavers sell cloth in "
        "Orsbury, in Dunmere and in Kellwick. Barges unload grain in Vellstad."
    )
    statement = "The guild opened schools in Northeast Orm."
    fact = auto_fact("place", "Northeast Orm", statement, "Where did the guild open schools?")
    names = ["Northeast Orm", "Orsbury", "Dunmere", "Kellwick", "Vellstad"]
    assert _pool_from(text, names, fact).choose(fact) == []  # a region among towns stands out
    town = auto_fact("place", "Orsbury", "Weavers sell cloth in Orsbury.", "Where do weavers sell?")
    assert "Northeast Orm" not in _pool_from(text, names, town).choose(town)


_COLONIES = (
    "Colonies\n\nOrskia revolted against white colonial rule. Dunmark and Kellia "
    "revolted against the settlers as well. The Tolmia revolt failed. Coffee grows in Orskia. "
    "Tea grows in Dunmark and in Kellia. Rice grows in Tolmia. Copper is mined in Vellmark and "
    "in Ostria. Maize grows in Brennia. Salt is dug in Marnia."
)


def test_a_name_the_document_has_do_the_key_s_deed_is_no_option() -> None:
    statement = "Orskia revolted against white colonial rule."
    prompt = "Which country revolted against white colonial rule?"
    fact = auto_fact("place", "Orskia", statement, prompt)
    names = ["Orskia", "Dunmark", "Kellia", "Tolmia", "Vellmark", "Ostria", "Brennia", "Marnia"]
    chosen = _pool_from(_COLONIES, names, fact).choose(fact)
    assert len(chosen) == 3  # "Dunmark and Kellia revolted", "the Tolmia revolt": also true
    assert not {"Dunmark", "Kellia", "Tolmia"} & set(chosen)


def test_a_name_that_did_the_deed_too_is_an_option_when_the_key_did_it_first() -> None:
    for statement, prompt, other in (
        (
            "The first paper mill was built in Orsby.",
            "Where was the first paper mill built?",
            "A new chapel was built in Dunby.",
        ),
        (
            "The finest wool is spun in Orsby.",
            "Where is the finest wool spun?",
            "Coarse flax is spun in Dunby.",
        ),
    ):
        sentences = [s.text for s in split_sentences("doc", f"Towns\n\n{statement} {other}")]
        evidence = DocumentEvidence({"doc": sentences})
        assert not evidence.did_alike("doc", statement, prompt, "Orsby", "Dunby"), statement


def test_the_key_s_deed_is_read_where_the_key_itself_is_named() -> None:
    statement = "Ormanby raiders sacked Orm."
    other = "Ormanby raiders sacked Dunby as well."
    sentences = [s.text for s in split_sentences("doc", f"Towns\n\n{statement} {other}")]
    evidence = DocumentEvidence({"doc": sentences})
    assert evidence.did_alike("doc", statement, "What did the raiders sack?", "Orm", "Dunby")


def test_a_name_the_document_has_undergo_the_key_s_deed_is_no_option() -> None:
    text = _COLONIES + " The settlers annexed Orskia. Later they annexed Dunmark and Kellia."
    fact = auto_fact("place", "Orskia", "The settlers annexed Orskia.", "What did they annex?")
    names = ["Orskia", "Dunmark", "Kellia", "Vellmark", "Ostria", "Brennia", "Marnia"]
    chosen = _pool_from(text, names, fact).choose(fact)
    assert len(chosen) == 3 and not {"Dunmark", "Kellia"} & set(chosen)


def test_a_body_gets_bodies_of_its_own_country_else_is_typed() -> None:
    first = "Orsby College was the first to offer the new degree in 2011."
    text = (
        f"Colleges\n\nSeveral Canadian colleges changed their degrees. {first}\n\n"
        "There are three colleges in Norway: Kell College, Dunmere College and Vellby College. "
        "Kell College and Dunmere College teach in Norwegian."
    )
    fact = auto_fact("organisation", "Orsby College", first, "Which college was first?")
    names = ["Orsby College", "Kell College", "Dunmere College", "Vellby College"]
    entries = [("organisation", name, "doc") for name in names]
    assert DistractorPool(entries, [fact], None, document_evidence(text)).choose(fact) == []
    more = f"{text} Tarn College and Holm College in Canada followed."
    entries += [("organisation", name, "doc") for name in ("Tarn College", "Holm College")]
    chosen = DistractorPool(entries, [fact], None, document_evidence(more)).choose(fact)
    assert not {"Kell College", "Dunmere College", "Vellby College"} & set(chosen)


def test_a_nation_word_beside_a_body_keeps_bodies_no_country_is_named_for() -> None:
    others = (
        "\n\nKell College opened in 1870. Dunmere College opened in 1881. "
        "Vellby College opened in 1899."
    )
    names = ["Orsby College", "Kell College", "Dunmere College", "Vellby College"]
    for first in (
        "Orsby College sent its first pupils to Japan in 1901.",
        "Orsby College gave its first lessons in English in 1901.",
        "Orsby College hired an American builder in 1901.",
    ):
        fact = auto_fact("organisation", "Orsby College", first, "Which college did it?")
        entries = [("organisation", name, "doc") for name in names]
        evidence = document_evidence(f"Colleges\n\n{first}{others}")
        assert len(DistractorPool(entries, [fact], None, evidence).choose(fact)) == 3, first


def test_a_body_s_country_is_one_by_its_name_or_its_people_s_adjective() -> None:
    for first, there in (
        ("Orsby University was the first Nigerian university to teach law.", "in Nigeria"),
        (
            "Orsby University was the first American university to teach law.",
            "in the United States",
        ),
        ("Orsby University was the first British university to teach law.", "in Britain"),
    ):
        others = (
            f"\n\nKell University {there} opened in 1870. Dunmere University {there} opened "
            f"in 1881. Vellby University {there} opened in 1899."
        )
        names = ["Orsby University", "Kell University", "Dunmere University", "Vellby University"]
        fact = auto_fact("organisation", "Orsby University", first, "Which taught law first?")
        entries = [("organisation", name, "doc") for name in names]
        evidence = document_evidence(f"Universities\n\n{first}{others}")
        assert len(DistractorPool(entries, [fact], None, evidence).choose(fact)) == 3, first


def test_a_place_its_towns_are_named_by_is_an_area_no_town_among_towns() -> None:
    war = "The first war between settlers and herders broke out in Vellmoor."
    text = (
        f"Tarland\n\n{war} The Vellmoor towns sold wool to Orsbury. Many Vellmoor villages "
        "lie on the moor. Weavers live in Orsbury, in Dunmere and in Kellwick. Barges unload "
        "grain in Holmstad."
    )
    fact = auto_fact("place", "Vellmoor", war, "Where did the first war break out?")
    names = ["Vellmoor", "Orsbury", "Dunmere", "Kellwick", "Holmstad"]
    assert _pool_from(text, names, fact).choose(fact) == []  # an area among towns stands out
