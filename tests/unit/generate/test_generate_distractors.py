"""Options of an imported question are of the answer's fine sort, on small texts."""

from __future__ import annotations

from itertools import pairwise

from factdeck.bank import QuestionType
from factdeck.generate.distractors import DistractorPool, synonyms
from factdeck.generate.extract import extract
from factdeck.generate.facts import FactRecord
from factdeck.generate.questions import fact_questions
from factdeck.generate.sentences import split_sentences
from factdeck.generate.text import number_value


def _fact(kind: str, answer: str, prompt: str) -> FactRecord:
    return FactRecord(
        id=f"fact-{answer}",
        document="doc",
        quote=f"The ferry sailed from {answer}.",
        statement=f"The ferry sailed from {answer}.",
        kind=kind,
        answer=answer,
        prompt=prompt,
        origin="auto",
    )


def test_another_name_of_the_answer_is_never_an_option() -> None:
    assert synonyms("Holland", "the Netherlands")
    assert not synonyms("Belgium", "Netherlands")
    entries = [("country", name, "doc") for name in ("Holland", "Belgium", "France", "Spain")]
    fact = _fact("country", "Netherlands", "Which country did the ferry reach?")
    assert sorted(DistractorPool(entries, [fact]).choose(fact)) == ["Belgium", "France", "Spain"]


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
    fact = FactRecord(**{**fact.__dict__, "number": 1320})
    for option in DistractorPool([], [fact]).choose(fact):
        value = number_value(option)
        assert value is not None and 1320 / 2 <= value <= 1320 * 2


def test_a_continent_is_no_option_for_a_town() -> None:
    entries = [("place", name, "doc") for name in ("Europe", "Orsby", "Vell", "Dunby", "Kell")]
    fact = _fact("place", "Mora", "Where does the Orm join the Elbe?")
    chosen = DistractorPool(entries, [fact]).choose(fact)
    assert len(chosen) == 3 and "Europe" not in chosen


def test_years_are_evenly_spaced_so_no_gap_or_end_marks_the_key() -> None:
    places = set()
    for index in range(12):
        fact = FactRecord(
            id=f"year-{index}",
            document="doc",
            quote="The bridge opened in 1900.",
            statement="The bridge opened in 1900.",
            kind="year",
            answer="1900",
            prompt="In what year did the bridge open?",
            origin="auto",
        )
        options = sorted(int(o) for o in [*DistractorPool([], [fact]).choose(fact), "1900"])
        assert [b - a for a, b in pairwise(options)] == [2, 2, 2]
        places.add(options.index(1900))
    assert len(places) >= 3  # the key is not always first or last


def test_dates_are_a_month_apart_with_the_key_anywhere() -> None:
    fact = FactRecord(
        id="date-1",
        document="doc",
        quote="The bridge opened on 31 January 1900.",
        statement="The bridge opened on 31 January 1900.",
        kind="date",
        answer="31 January 1900",
        prompt="When did the bridge open?",
        origin="auto",
    )
    options = DistractorPool([], [fact]).choose(fact)
    assert len(options) == 3
    assert all(o.split()[0] in ("28", "29", "30", "31") for o in options)  # a real day
    months = {o.split()[1] for o in options}
    assert months <= {"October", "November", "December", "February", "March", "April"}
