"""Options of imported questions that a learner could strike out without knowing the fact:
one person spelled two ways, the document's own subject, a place taken for a person."""

from __future__ import annotations

from factdeck.bank import QuestionType
from factdeck.generate.distractors import DistractorPool, overlapping
from factdeck.generate.evidence import DocumentEvidence
from factdeck.generate.facts import FactRecord
from factdeck.generate.sentences import split_sentences
from helpers.generation import auto_fact, option_pool, question_types

_DUKES = (
    "Dukes\n\n"
    "In 1101 Aldric I took the castle of Vell. In 1104 Osmond I took the castle of Holm. "
    "In 1106 Osmund I sailed to Rosk. In 1108 Tancrin II took the castle of Kell. "
    "In 1110 Gerald III took the castle of Ostby."
)


def test_one_ruler_spelled_two_ways_is_one_option_at_most() -> None:
    assert overlapping("Osmond I", "Osmund I")
    assert not overlapping("Osmond I", "Osmond II")
    assert not overlapping("Gerald I", "Harold I")
    statement = "In 1101 Aldric I took the castle of Vell."
    fact = auto_fact("person", "Aldric I", statement, "Who took the castle of Vell in 1101?")
    names = ["Osmond I", "Osmund I", "Tancrin II", "Gerald III"]
    options = option_pool(_DUKES, "person", names, fact).choose(fact)
    assert len(options) == 3
    assert not {"Osmond I", "Osmund I"} <= set(options)


_TARLAND = (
    "Most people in Tarland keep sheep. The wool fair was first held at Ostby in 1650. "
    "Later fairs were held at Kell and at Dunmere."
)


def _titled_pool(
    text: str, names: list[str], fact: FactRecord, title: str = "Tarland (county)"
) -> DistractorPool:
    """Options for ``fact`` from ``names`` of its kind, in a document titled ``title``."""
    sentences = [s.text for s in split_sentences("doc", text)]
    evidence = DocumentEvidence({"doc": sentences}, titles={"doc": title})
    return DistractorPool([(fact.kind, name, "doc") for name in names], [fact], None, evidence)


def test_the_documents_own_subject_is_never_an_option() -> None:
    statement = "The wool fair was first held at Ostby in 1650."
    fact = auto_fact("place", "Ostby", statement, "Where was the wool fair first held?")
    names = ["Tarland", "Kell", "Dunmere"]
    assert sorted(_titled_pool(_TARLAND, names, fact).choose(fact)) == ["Dunmere", "Kell"]
    untitled = option_pool(_TARLAND, "place", names, fact).choose(fact)
    assert "Tarland" in untitled  # the same pool without the title offers it


_CHOIRS = (
    "Choirs\n\n"
    "At Saint Aldhelm, a choir of monks sang in 1120. Ada Wren led the choir of Kell in 1122. "
    "Karl Sund led the choir of Holm in 1125. Lena Moor led the choir of Ostby in 1126. "
    "Ivo Stark founded a school at Dunmere in 1127, and Saint-Ouen sent it monks in 1128."
)


def test_a_place_taken_for_a_person_gets_no_people_as_options() -> None:
    statement = "At Saint Aldhelm, a choir of monks sang in 1120."
    fact = auto_fact("person", "Saint Aldhelm", statement, "Where did a choir of monks sing?")
    people = ["Ada Wren", "Karl Sund", "Lena Moor", "Ivo Stark"]
    pool = option_pool(_CHOIRS, "person", people, fact)
    assert pool.choose(fact) == []
    assert QuestionType.MULTIPLE_CHOICE not in question_types(fact, pool)


def test_a_hyphened_place_name_is_no_person_option() -> None:
    statement = "Ada Wren led the choir of Kell in 1122."
    fact = auto_fact("person", "Ada Wren", statement, "Who led the choir of Kell in 1122?")
    names = ["Saint-Ouen", "Karl Sund", "Lena Moor", "Ivo Stark"]
    assert "Saint-Ouen" not in option_pool(_CHOIRS, "person", names, fact).choose(fact)
    three = ["Saint-Ouen", "Karl Sund", "Lena Moor"]
    assert sorted(option_pool(_CHOIRS, "person", three, fact).choose(fact)) == three[1:]


_TRADERS = (
    "Traders\n\n"
    "The Vell traders settled in southern Italy in 1050. They sold wool in France and bought "
    "ships in Scotland. In 1090 their fleet was wrecked off Cyprus, and they traded with Georgia "
    "and Armenia."
)


def test_a_country_gets_its_neighbours_never_a_far_country_the_document_names() -> None:
    statement = "The Vell traders settled in southern Italy in 1050."
    fact = auto_fact("country", "Italy", statement, "In which country did the traders settle?")
    names = ["France", "Scotland", "Cyprus", "Georgia", "Armenia"]
    options = option_pool(_TRADERS, "country", names, fact).choose(fact)
    assert options == ["France"]  # the one neighbour the document names; no far one
    more = f"{_TRADERS} Later they sold grain in Austria and in Spain."
    options = option_pool(more, "country", [*names, "Austria", "Spain"], fact).choose(fact)
    assert options[0] == "France" and sorted(options[1:]) == ["Austria", "Spain"]
    wrecked = "In 1090 their fleet was wrecked off Cyprus."
    island = auto_fact("country", "Cyprus", wrecked, "Off which country was the fleet wrecked?")
    assert option_pool(_TRADERS, "country", names, island).choose(island) == []


_HARBOURS = (
    "Harbours\n\n"
    "The Tarvian fleet wintered at Ostby in 1320. Its ships also called at Kell, at Dunmere, at "
    "Holm, at Tarvia and at Wenmark. Pirates raided southern Wenmark in 1322."
)


def test_a_land_the_document_writes_by_its_people_or_its_south_is_no_town_option() -> None:
    statement = "The Tarvian fleet wintered at Ostby in 1320."
    fact = auto_fact("place", "Ostby", statement, "Where did the fleet winter in 1320?")
    names = ["Tarvia", "Wenmark", "Kell", "Dunmere", "Holm"]
    options = option_pool(_HARBOURS, "place", names, fact).choose(fact)
    assert sorted(options) == ["Dunmere", "Holm", "Kell"]
    raid = "Pirates raided southern Wenmark in 1322."
    land = auto_fact("place", "Wenmark", raid, "Which land did pirates raid in 1322?")
    assert option_pool(_HARBOURS, "place", names, land).choose(land) == ["Tarvia"]


_ABBEY = (
    "Abbey\n\n"
    "Ada Wren taught the choir of the abbey. Karl Sund and Lena Moor sang in it.\n\n"
    "The abbey grew rich from its sheep.\n\n"
    "Its wool was sold at the fair of Kell.\n\n"
    "Much later, Per Holt and Nils Berg bought the abbey's lands."
)


def test_an_undated_person_gets_only_people_of_the_same_passage() -> None:
    statement = "Ada Wren taught the choir of the abbey."
    fact = auto_fact("person", "Ada Wren", statement, "Who taught the choir of the abbey?")
    names = ["Karl Sund", "Lena Moor", "Per Holt", "Nils Berg"]
    pool = option_pool(_ABBEY, "person", names, fact)
    assert sorted(pool.choose(fact)) == ["Karl Sund", "Lena Moor"]
    assert QuestionType.MULTIPLE_CHOICE not in question_types(fact, pool)


_PROBLEMS = (
    "Problems\n\n"
    "A decision problem has a yes or no answer. A search problem asks for a witness. A "
    "counting problem asks how many witnesses there are. A function problem asks for a value. "
    "The travelling merchant problem and the box packing problem are hard."
)


def test_a_sort_of_term_gets_sorts_never_a_named_member() -> None:
    statement = "A decision problem has a yes or no answer."
    fact = auto_fact("term", "decision problem", statement, "What is a yes-or-no problem called?")
    names = ["search problem", "travelling merchant problem", "box packing problem"]
    assert option_pool(_PROBLEMS, "term", names, fact).choose(fact) == ["search problem"]
    named = [*names, "counting problem", "function problem"]
    options = option_pool(_PROBLEMS, "term", named, fact).choose(fact)
    assert sorted(options) == ["counting problem", "function problem", "search problem"]


_MONKS = (
    "Monks\n\n"
    "The abbey was founded at Holm in 1080. Its monks later lived at Kell, at Dunmere, at Ostby "
    "and in Wenshire. Its stonework survives in Britain. Its books were sold in Cyprus and in "
    "France."
)


def test_a_shire_is_no_town_option() -> None:
    statement = "The abbey was founded at Holm in 1080."
    fact = auto_fact("place", "Holm", statement, "Where was the abbey founded?")
    names = ["Wenshire", "Kell", "Dunmere", "Ostby"]
    options = option_pool(_MONKS, "place", names, fact).choose(fact)
    assert sorted(options) == ["Dunmere", "Kell", "Ostby"]


def test_another_name_of_a_country_gets_that_countrys_neighbours() -> None:
    statement = "Its stonework survives in Britain."
    fact = auto_fact("country", "Britain", statement, "Where does its stonework survive?")
    options = option_pool(_MONKS, "country", ["Cyprus", "France"], fact).choose(fact)
    assert options == ["France"]  # a neighbour of the United Kingdom; Cyprus is far


_SETTLERS = (
    "The Tarlanders (Tarlandic: Tarlandir; Latin: Tarlandi) were the people who gave their name "
    "to Tarland, a region in France. The Tarlanders settled in southern Italy in 1050. They "
    "sailed to Spain and to Greece, and they sold wool in France."
)


def test_the_country_the_document_puts_its_subject_in_is_no_option() -> None:
    statement = "The Tarlanders settled in southern Italy in 1050."
    fact = auto_fact("country", "Italy", statement, "In which country did the Tarlanders settle?")
    names = ["France", "Spain", "Greece"]
    home = _titled_pool(_SETTLERS, names, fact, "Tarlanders").choose(fact)
    assert "France" not in home
    assert {"Spain", "Greece"} <= set(home)
    elsewhere = _titled_pool(_SETTLERS, names, fact, "Wool").choose(fact)
    assert "France" in elsewhere  # a document about something else: France is an option


_FLEET = (
    "Fleet\n\n"
    "In 1601 the Vell fleet sailed across the ocean to Brazil. Its merchants later bought silver "
    "in Bolivia and in Peru, cattle in Paraguay and copper in Chile."
)


def test_a_country_without_a_coast_is_no_option_where_a_fleet_goes() -> None:
    statement = "In 1601 the Vell fleet sailed across the ocean to Brazil."
    fact = auto_fact("country", "Brazil", statement, "To which country did the fleet sail?")
    names = ["Bolivia", "Paraguay", "Peru", "Chile"]
    options = option_pool(_FLEET, "country", names, fact).choose(fact)
    assert not {"Bolivia", "Paraguay"} & set(options)
    assert {"Peru", "Chile"} <= set(options)


_RAIDS = (
    "Raids\n\n"
    "The Vell fleet raided the coast of Tarland in the 16th century and again in 1683. The "
    "raids ended when the coast was fortified."
)


def test_a_century_of_a_year_the_sentence_gives_is_no_option() -> None:
    statement = "The Vell fleet raided the coast of Tarland in the 16th century and again in 1683."
    fact = auto_fact("period", "16th century", statement, "In what century did the fleet raid?")
    options = option_pool(_RAIDS, "period", [], fact).choose(fact)
    assert sorted(options) == ["14th century", "15th century"]  # none after the latest year


_MERCENARIES = (
    "Mercenaries\n\n"
    "The Vell mercenaries first served at Ostby in 1050. Later they served at Kell, at Holm, at "
    "Dunmere and in Wenmark and the Tarn Mountains. Their speech evolved into Modern Vellish "
    "and later into Middle English."
)


def test_a_land_named_beside_a_range_and_a_language_are_no_town_options() -> None:
    statement = "The Vell mercenaries first served at Ostby in 1050."
    fact = auto_fact("place", "Ostby", statement, "Where did the mercenaries first serve?")
    names = ["Wenmark", "Middle English", "Kell", "Holm", "Dunmere"]
    options = option_pool(_MERCENARIES, "place", names, fact).choose(fact)
    assert sorted(options) == ["Dunmere", "Holm", "Kell"]
    three = ["Wenmark", "Middle English", "Kell", "Holm"]
    assert sorted(option_pool(_MERCENARIES, "place", three, fact).choose(fact)) == ["Holm", "Kell"]


_KELLBY = (
    "Kellby\n\n"
    "Kellby is a port city of Tarland. Orm Plaza is the largest shopping mall in Kellby. "
    "Santo Vell is a crowded quarter of Kellby, and Dunmere lies on its east side. "
    "Ostby and Rask lie along the harbour. Traders of Dunmere sold wool at Rask in 1990.\n\n"
    "The 2004 Kellby Open was held at Orm Plaza. The old fish market stands in Santo Vell."
)


def test_a_place_called_a_building_is_no_option_among_quarters_nor_they_for_it() -> None:
    names = ["Orm Plaza", "Santo Vell", "Dunmere", "Ostby", "Rask"]
    statement = "The old fish market stands in Santo Vell."
    fact = auto_fact("place", "Santo Vell", statement, "Where does the old fish market stand?")
    pool = option_pool(_KELLBY, "place", names, fact)
    assert "Orm Plaza" not in pool.choose(fact)
    assert pool._place_sort(fact, "Orm Plaza") == "building"
    statement = "The 2004 Kellby Open was held at Orm Plaza."
    fact = auto_fact("place", "Orm Plaza", statement, "Where was the 2004 Kellby Open held?")
    # the mall's options would be the quarters round it, which no learner takes for a venue
    assert option_pool(_KELLBY, "place", names, fact).choose(fact) == []
