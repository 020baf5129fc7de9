"""One fact of a sentence asked once: two questions whose prompts show each other's answer."""

from __future__ import annotations

from factdeck.bank import (
    MultipleChoiceQuestion,
    NumberQuestion,
    Question,
    QuestionType,
    SourceDocument,
    SourceRef,
    TypedQuestion,
)
from factdeck.generate.clean import clean_document
from factdeck.generate.facts import FactRecord
from factdeck.generate.pipeline import _assemble, _process, build_deck
from factdeck.generate.questions import _asks_the_doer, asked_once

_QUOTE = "In 1240, the mason Otto Marr built six towers at Lorn for the Priory of Vass."


def _fact(
    name: str, kind: str, answer: str, *, quote: str = _QUOTE, origin: str = "auto"
) -> FactRecord:
    return FactRecord(
        id=name,
        document="doc",
        quote=quote,
        statement="The mason Otto Marr built six towers at Lorn for the Priory of Vass in 1240.",
        kind=kind,
        answer=answer,
        prompt="unused",
        origin=origin,
    )


def _typed(fact: FactRecord, prompt: str) -> tuple[FactRecord, list[Question]]:
    source = SourceRef(document=fact.document, quote=fact.quote)
    question = TypedQuestion(
        id=f"{fact.id}.typed",
        fact_id=fact.id,
        prompt=prompt,
        explanation=fact.statement,
        source=source,
        answer=fact.answer,
    )
    return fact, [question]


def _options(fact: FactRecord, prompt: str, *others: str) -> tuple[FactRecord, list[Question]]:
    source = SourceRef(document=fact.document, quote=fact.quote)
    question = MultipleChoiceQuestion(
        id=f"{fact.id}.mc",
        fact_id=fact.id,
        prompt=prompt,
        explanation=fact.statement,
        source=source,
        options=[fact.answer, *others],
        answer=fact.answer,
    )
    return fact, [question]


def _number(fact: FactRecord, prompt: str) -> tuple[FactRecord, list[Question]]:
    source = SourceRef(document=fact.document, quote=fact.quote)
    question = NumberQuestion(
        id=f"{fact.id}.number",
        fact_id=fact.id,
        prompt=prompt,
        explanation=fact.statement,
        source=source,
        answer=int(fact.answer),
    )
    return fact, [question]


def _kept(*asked: tuple[FactRecord, list[Question]]) -> list[str]:
    return [fact.answer for fact, _ in asked_once(asked, {"doc": "Abbeys of Varland"})]


_WHO = "Who built six towers at Lorn for the Priory of Vass in 1240?"
_WHEN = "In what year did Otto Marr build six towers at Lorn for the Priory of Vass?"


def test_who_did_a_deed_is_asked_rather_than_when_when_each_prompt_shows_the_other() -> None:
    doer = _typed(_fact("who", "person", "Otto Marr"), _WHO)
    year = _options(_fact("when", "year", "1240"), _WHEN, "1236", "1244", "1251")
    assert _kept(year, doer) == ["Otto Marr"]  # the better-ranked stays, whatever the order
    assert _kept(doer, year) == ["Otto Marr"]


def test_one_prompt_alone_showing_the_other_answer_is_enough_to_ask_one_of_them() -> None:
    year = _options(_fact("when", "year", "1240"), _WHEN, "1236", "1244", "1251")
    where = _typed(_fact("where", "place", "Lorn"), "Where did Otto Marr build six towers?")
    assert _kept(year, where) == ["Lorn"]  # the year's prompt tells "at Lorn"
    assert _kept(where, year) == ["Lorn"]


def test_two_facts_of_a_sentence_both_stay_when_neither_prompt_shows_the_other() -> None:
    year = _options(
        _fact("when", "year", "1240"),
        "In what year did Otto Marr build six towers?",
        "1236",
        "1244",
        "1251",
    )
    where = _typed(_fact("where", "place", "Lorn"), "Where did Otto Marr build six towers?")
    assert _kept(year, where) == ["1240", "Lorn"]


def test_a_count_written_in_words_in_the_other_prompt_is_shown() -> None:
    doer = _typed(_fact("who", "person", "Otto Marr"), _WHO)
    count = _number(
        _fact("count", "number", "6"),
        "How many towers did Otto Marr build at Lorn for the Priory of Vass in 1240?",
    )
    assert _kept(count, doer) == ["Otto Marr"]  # a name over a count


def test_the_doer_is_kept_over_what_the_deed_was_done_to_then_options_over_typing() -> None:
    doer = _typed(
        _fact("who", "person", "Otto Marr"), "Who built six towers for the Priory of Vass?"
    )
    priory = _options(
        _fact("priory", "organisation", "Priory of Vass"),
        "For which priory did Otto Marr build six towers?",
        "Priory of Kell",
        "Priory of Orm",
        "Priory of Tarn",
    )
    assert _kept(priory, doer) == ["Otto Marr"]  # "Who" asks the statement's subject
    priory = _options(
        _fact("priory", "organisation", "Priory of Vass"),
        "For which priory did Otto Marr build six towers at Lorn?",
        "Priory of Kell",
        "Priory of Orm",
        "Priory of Tarn",
    )
    typed_place = _typed(
        _fact("where", "place", "Lorn"), "Where did Otto Marr build towers for the Priory of Vass?"
    )
    assert _kept(typed_place, priory) == ["Priory of Vass"]  # neither asks the doer


def test_questions_of_other_sentences_or_of_the_curator_are_left_alone() -> None:
    other = "Otto Marr was a mason of Lorn."
    doer = _typed(_fact("who", "person", "Otto Marr", quote=other), "Who was a mason of Lorn?")
    year = _options(_fact("when", "year", "1240"), _WHEN, "1236", "1244", "1251")
    assert _kept(year, doer) == ["1240", "Otto Marr"]
    curated_doer = _typed(_fact("who", "person", "Otto Marr", origin="curated"), _WHO)
    assert _kept(year, curated_doer) == ["1240", "Otto Marr"]


_ABBEYS = """Abbeys of Varland

Ulric Brand led the monks of Orm to Kell in 1102. The monks built a new church there. The abbey \
of Kell kept a library of old books. Pilgrims came to the abbey every summer. The abbey owned \
many farms along the river. Ulric Brand died at Kell in 1131. The monks brewed beer for the \
town. The town of Kell grew around the abbey.

In 1188, Abbot Hugo Lind founded the Priory of Vass. The priory kept bees and sold wax to the \
court.
"""


def test_an_imported_deck_asks_who_led_the_monks_and_not_also_when() -> None:
    bank = build_deck(_ABBEYS, deck="Abbeys", file_name="abbeys.txt", markdown=False).bank
    prompts = {question.prompt: question.answer for question in bank.questions}
    assert prompts["Who led the monks of Orm to Kell in 1102?"] == "Ulric Brand"
    assert prompts["Who founded the Priory of Vass in 1188?"] == "Hugo Lind"  # not the office
    assert "1131" in prompts.values()  # the year of another sentence is still asked
    assert {"1102", "1188"}.isdisjoint(map(str, prompts.values()))


_DEEDS = (
    ("In 1102, Ulric Brand led the monks of Orm to Kell.", "Ulric Brand", "1102", "led", "lead"),
    ("In 1188, Hugo Lind founded the Priory of Vass.", "Hugo Lind", "1188", "founded", "found"),
    ("In 1240, Otto Marr built the Tower of Lorn.", "Otto Marr", "1240", "built", "build"),
)


def test_a_time_left_out_for_its_doer_is_not_put_in_order_either() -> None:
    text = "Abbeys of Varland\n\n" + "\n\n".join(quote for quote, *_ in _DEEDS) + "\n"
    cleaned = clean_document(text, markdown=False)
    document = SourceDocument(id="doc", title="Abbeys of Varland", kind="text", file="a.txt")
    facts: list[FactRecord] = []
    for at, (quote, doer, year, past, verb) in enumerate(_DEEDS):
        deed = quote.split(f"{doer} {past} ", 1)[1].rstrip(".")
        statement = f"{doer} {past} {deed} in {year}."
        when = f"In what year did {doer} {verb} {deed}?"
        common = {"document": "doc", "quote": quote, "statement": statement, "origin": "auto"}
        facts.append(
            FactRecord(
                id=f"who-{at}",
                kind="person",
                answer=doer,
                prompt=f"Who {past} {deed} in {year}?",
                **common,
            )
        )
        facts.append(
            FactRecord(
                id=f"when-{at}",
                kind="year",
                answer=year,
                prompt=when,
                number=int(year),
                number_prompt=when,
                sort_key=year,
                event=f"{doer} {past} {deed}",
                **common,
            )
        )
    bank = _assemble("Abbeys", [_process(document, cleaned, markdown=False)], facts)
    assert [question.answer for question in bank.questions] == [doer for _, doer, *_ in _DEEDS]
    assert all(question.type is not QuestionType.ORDERING for question in bank.questions)


def test_a_name_asked_by_its_time_alone_gives_way_to_the_time() -> None:
    doer = _typed(_fact("who", "person", "Otto Marr"), "Who resigned in 1240?")
    year = _options(
        _fact("when", "year", "1240"), "In what year did Otto Marr resign?", "1236", "1244", "1251"
    )
    assert _kept(doer, year) == ["1240"]  # many resigned in 1240: the name is no one fact


def test_a_name_that_holds_the_documents_title_gives_way_to_the_time() -> None:
    abbey = _typed(
        _fact("abbey", "organisation", "Abbeys of Varland Trust"),
        "Which trust built six towers at Lorn in 1240?",
    )
    year = _options(
        _fact("when", "year", "1240"),
        "In what year did the Abbeys of Varland Trust build six towers at Lorn?",
        "1236",
        "1244",
        "1251",
    )
    assert _kept(abbey, year) == ["1240"]  # a learner of the deck guesses the trust


def _sentence_fact(name: str, kind: str, answer: str, statement: str) -> FactRecord:
    return FactRecord(
        id=name,
        document="doc",
        quote=statement,
        statement=statement,
        kind=kind,
        answer=answer,
        prompt="unused",
        origin="auto",
    )


def test_a_name_question_that_tells_the_deed_and_its_object_is_kept_over_the_year() -> None:
    founded = "Ivo Dern founded Orm in 1210."
    doer = _typed(_sentence_fact("who", "person", "Ivo Dern", founded), "Who founded Orm in 1210?")
    year = _options(
        _sentence_fact("when", "year", "1210", founded),
        "In what year did Ivo Dern found Orm?",
        "1205",
        "1214",
        "1220",
    )
    assert _kept(year, doer) == ["Ivo Dern"]
    flooded = "The Tarn Water flooded Orm in 1210."
    river = _typed(
        _sentence_fact("what", "other", "Tarn Water", flooded), "What flooded Orm in 1210?"
    )
    year = _options(
        _sentence_fact("when", "year", "1210", flooded),
        "In what year did the Tarn Water flood Orm?",
        "1205",
        "1214",
        "1220",
    )
    assert _kept(year, river) == ["Tarn Water"]  # "what" asks; "flooded" tells the deed


def test_a_name_question_told_by_its_year_alone_loses_to_the_year() -> None:
    resigned = "Ivo Dern resigned in 1957."
    doer = _typed(_sentence_fact("who", "person", "Ivo Dern", resigned), "Who resigned in 1957?")
    year = _options(
        _sentence_fact("when", "year", "1957", resigned),
        "In what year did Ivo Dern resign?",
        "1951",
        "1960",
        "1964",
    )
    assert _kept(doer, year) == ["1957"]
    in_force = "The Treaty of Orm was in force from 1958."
    treaty = _typed(
        _sentence_fact("which", "other", "Treaty of Orm", in_force),
        "Which treaty was in force from 1958?",
    )
    since = _options(
        _sentence_fact("since", "year", "1958", in_force),
        "From what year was the Treaty of Orm in force?",
        "1950",
        "1962",
        "1966",
    )
    assert _kept(treaty, since) == ["1958"]  # "treaty" is the kind asked, no word of the fact


def test_a_passive_subject_is_not_the_doer() -> None:
    elected = _sentence_fact(
        "who", "person", "Ivo Dern", "Ivo Dern was elected mayor of Orm in 1302."
    )
    (_, [passive]) = _typed(elected, "Who was elected mayor of Orm in 1302?")
    assert not _asks_the_doer(elected, passive)
    built = _sentence_fact("who", "person", "Ivo Dern", "Ivo Dern built the hall of Orm in 1302.")
    (_, [active]) = _typed(built, "Who built the hall of Orm in 1302?")
    assert _asks_the_doer(built, active)


def test_one_event_told_in_two_sentences_is_asked_once() -> None:
    first = _fact("a", "year", "1204", quote="The Orvans took Kell in 1204 after a siege.")
    again = _fact("b", "year", "1204", quote="In 1204, Kell was taken by the Orvans.")
    other = _fact("c", "year", "1204", quote="The Orm Bridge over the Tarn was built in 1204.")
    asked = [
        _options(
            first, "In what year did the Orvans take Kell after a siege?", "1190", "1210", "1230"
        ),
        _options(again, "In what year was Kell taken by the Orvans?", "1190", "1210", "1230"),
        _options(
            other, "In what year was the Orm Bridge over the Tarn built?", "1190", "1210", "1230"
        ),
    ]
    kept = asked_once(asked, {"doc": "Lorn"})
    # the same key and the same deed: the shorter is kept; the bridge is another event
    assert [fact.id for fact, _ in kept] == ["b", "c"]
    # a name is the key of one question of a deck, whatever the events
    war = _fact("d", "event", "Orm War", quote="The Orm War changed the trade of Lorn.")
    mill = _fact("e", "event", "Orm War", quote="Lorn's first mill ran until the Orm War.")
    both = [
        _typed(war, "Which event changed the trade of Lorn?"),
        _typed(mill, "Until which event did Lorn's first mill run?"),
    ]
    assert len(asked_once(both, {"doc": "Lorn"})) == 1


_ORM = (
    "= Kell Orm =\n\nKell Orm is a line of home computers made by Kell. Kell introduced a home "
    "computer named Orm on November 20, 1985, as a cheap machine for schools. It was announced "
    "in May 1983, but Orm 1.0 was not released until November 1985.\n"
)


def _year_prompts(text: str) -> list[str]:
    bank = build_deck(text, deck="notes", file_name="notes.txt", markdown=False).bank
    return [q.prompt for q in bank.questions if q.prompt.startswith("In what year")]


def test_the_subject_s_coming_out_told_twice_by_two_dates_is_asked_once(uncut: None) -> None:
    assert _year_prompts(_ORM) == ["In what year was Orm 1.0 released?"]
