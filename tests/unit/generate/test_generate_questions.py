"""Question templates and distractors: every suitable form, never a true distractor."""

from dataclasses import replace

import pytest

from factdeck.bank import Question, QuestionType
from factdeck.generate import questions
from factdeck.generate.distractors import DistractorPool
from factdeck.generate.facts import FactRecord, pairing_key
from factdeck.generate.pipeline import build_deck
from factdeck.generate.questions import fact_questions, ordering_questions
from factdeck.generate.text import normalize

TEMPLATE = "Cuba and North Korea established diplomatic relations on {answer}."


def _fact(**overrides: object) -> FactRecord:
    base = FactRecord(
        id="relations",
        document="doc",
        quote="Cuba and North Korea established diplomatic relations on 29 August 1960.",
        statement="Cuba and North Korea established diplomatic relations on 29 August 1960.",
        kind="date",
        answer="29 August 1960",
        prompt="On what date did Cuba and North Korea establish diplomatic relations?",
        statement_template=TEMPLATE,
        sort_key="1960-08-29",
        number=1960,
        number_prompt="In what year did they establish relations?",
        unique=True,
        pairing_keys=(pairing_key(TEMPLATE),),
    )
    return replace(base, **overrides)


PEOPLE = [
    ("person", "Kim Il Sung", "doc"),
    ("person", "Kim Jong-un", "doc"),
    ("person", "Kim Jong Un", "doc"),
    ("person", "Raul Castro Ruz", "doc"),
    ("person", "Raúl Castro", "doc"),
    ("person", "Fidel Castro", "doc"),
    ("person", "Che Guevara", "doc"),
    ("person", "Ri Il Gyu", "other"),
    ("person", "Nicolás Maduro", "other"),
]


def _person(answer: str = "Raúl Castro", **overrides: object) -> FactRecord:
    template = "In 1968, {answer} said their views were identical."
    return _fact(
        id="said",
        kind="person",
        answer=answer,
        prompt="Who said in 1968 that their views were identical?",
        statement_template=template,
        statement=template.replace("{answer}", answer),
        sort_key=None,
        number=None,
        number_prompt=None,
        pairing_keys=(pairing_key(template),),
        **overrides,
    )


def _forms(questions: list[Question]) -> dict[str, Question]:
    return {q.id.removeprefix("relations.").removeprefix("said."): q for q in questions}


def test_a_dated_fact_yields_every_suitable_form_with_stable_ids() -> None:
    fact = _fact()
    forms = _forms(fact_questions(fact, DistractorPool([], [fact])))
    assert sorted(forms) == ["mc", "number", "tf", "tf-false", "typed"]
    mc = forms["mc"]
    assert mc.type is QuestionType.MULTIPLE_CHOICE
    assert len(set(mc.options)) == 4 and mc.answer == "29 August 1960"
    false = forms["tf-false"]
    assert false.answer is False and false.correct_statement == fact.statement
    assert false.prompt != fact.statement and false.prompt.startswith("Cuba and North Korea")
    assert forms["number"].answer == 1960
    assert forms["typed"].accepted == []
    for question in forms.values():
        assert question.explanation == fact.statement
        assert question.source.quote == fact.quote


def test_reworded_prompts_keep_the_question_ids() -> None:
    fact = _fact()
    reworded = _fact(prompt="When were relations established?", statement="Reworded.")
    ids = [q.id for q in fact_questions(fact, DistractorPool([], [fact]))]
    assert ids == [q.id for q in fact_questions(reworded, DistractorPool([], [reworded]))]


def test_no_false_statement_unless_the_answer_is_the_only_true_value() -> None:
    fact = _fact(unique=False)
    forms = _forms(fact_questions(fact, DistractorPool([], [fact])))
    assert "tf-false" not in forms
    assert forms["tf"].answer is True


def test_year_distractors_are_nearby_distinct_years() -> None:
    fact = _fact(kind="year", answer="1963", sort_key="1963", number=1963)
    pool = DistractorPool([("year", "1986", "doc"), ("year", "1965", "doc")], [fact])
    distractors = pool.choose(fact)
    assert len(set(distractors)) == 3 and "1963" not in distractors
    assert all(abs(int(d) - 1963) <= 12 for d in distractors)


def test_person_distractors_are_never_also_true() -> None:
    fact = _person(not_distractors=("Fidel Castro",))
    other = _person(answer="Che Guevara")  # the documents pair him with the same statement
    pool = DistractorPool(PEOPLE, [fact, replace(other, id="other")])
    chosen = pool.choose(fact, count=10)
    keys = {normalize(value) for value in chosen}
    assert "raul castro ruz" not in keys  # contains the answer: the same person
    assert "raul castro" not in keys
    assert "fidel castro" not in keys  # not_distractors
    assert "che guevara" not in keys  # same statement, other fact
    assert len(keys) == len(chosen)  # "Kim Jong-un" and "Kim Jong Un" count once
    assert chosen[0] in {"Kim Il Sung", "Kim Jong-un", "Kim Jong Un"}  # same document first


def test_names_get_hyphen_and_space_spellings() -> None:
    from factdeck.generate.curated import CuratedFact, curated_fact

    entry = CuratedFact(
        id="apology",
        document="doc",
        quote="Kim Il Sung personally made an apology",
        statement="Kim Il Sung apologised.",
        kind="person",
        answer="Kim Il Sung",
        prompt="Who apologised?",
    )
    assert "Kim Il-sung" in curated_fact(entry).accepted
    hyphenated = entry.model_copy(update={"answer": "Kim Jong-un"})
    assert "Kim Jong Un" in curated_fact(hyphenated).accepted


def test_number_distractors_keep_the_answers_style() -> None:
    words = _fact(kind="number", answer="three", number=3, sort_key=None, number_prompt="N?")
    assert all(d.isalpha() for d in DistractorPool([], [words]).choose(words))
    commas = _fact(kind="number", answer="100,000", number=100000, sort_key=None)
    chosen = DistractorPool([], [commas]).choose(commas)
    assert len(chosen) == 3 and all("," in d for d in chosen)


def test_a_kind_without_a_pool_needs_curated_distractors_for_multiple_choice() -> None:
    fact = _fact(kind="other", answer="socialism", number=None, sort_key=None)
    assert "relations.mc" not in {q.id for q in fact_questions(fact, DistractorPool([], [fact]))}
    fact = replace(fact, distractors=("capitalism", "liberalism", "nationalism"))
    assert "relations.mc" in {q.id for q in fact_questions(fact, DistractorPool([], [fact]))}


def _dated(index: int, year: int) -> FactRecord:
    return _fact(
        id=f"event-{index}",
        sort_key=str(year),
        event=f"Event number {index}",
        answer=str(year),
        kind="year",
    )


def test_ordering_groups_have_distinct_years_and_a_shuffled_display() -> None:
    facts = [_dated(i, year) for i, year in enumerate([1960, 1963, 1965, 1968, 1986, 1988, 1988])]
    order_facts, questions = ordering_questions(facts)
    assert questions and len(order_facts) == len(questions)
    by_label = {f.event: f for f in facts}
    for question in questions:
        assert 3 <= len(question.answer) <= 5
        assert question.options != question.answer
        assert sorted(question.options) == sorted(question.answer)
        years = [by_label[label].year for label in question.answer]
        assert years == sorted(years) and len(set(years)) == len(years)
        assert question.id.startswith("order.") and question.fact_id == question.id
    again = ordering_questions(list(reversed(facts)))[1]
    assert [q.model_dump() for q in again] == [q.model_dump() for q in questions]


def test_ordering_ids_come_from_member_facts_not_wording() -> None:
    facts = [_dated(i, 1900 + 10 * i) for i in range(4)]
    renamed = [replace(f, event=f"{f.event}, reworded") for f in facts]
    assert [q.id for q in ordering_questions(facts)[1]] == [
        q.id for q in ordering_questions(renamed)[1]
    ]


@pytest.mark.parametrize(
    ("label", "clean"),
    [
        ("The Tarn Company merged with Vell Rail", True),
        ("The abbey of Orm was founded by monks from Kell", True),
        ("The Orm town council set up a harbour board", True),
        ("The artist Ann Lee painted the harbour of Orm", True),
        ("Ann Lee sold her mill to the public", True),
        ("Both kings signed the treaty", False),  # which kings? told before the item
        ("The team won the title", False),
        ("They sailed to Orm", False),
        ("Kell Rail bought it from Orm", False),
        ("Ivo Marlow took over the position from Ann Lee", False),
        ("The first claim under the act was made near Orm", False),
        ("Wind over Orm is a novel by Ann Lee published", False),  # a clause cut short
        ("The king sailed to Orm,", False),  # cut at a comma
        ("The king sailed to Orm with", False),  # cut inside a phrase
        ("54% of residents commuted by train", False),  # a yearly figure
        ("Tourism brought US$4 billion to Tarland", False),
        ("The old mill remains the largest in Tarland", False),  # a state, not an event
        ("The Orm museum was the largest in Tarland", False),
        ("The harbour of Orm under the new charter", False),  # no verb at all
        ("The duke crossed the sea; his army landed at Lund", False),  # two claims
        ("The mill was closed, the year the railway came", False),  # its date cut out
    ],
)
def test_an_imported_ordering_item_is_a_clean_past_event(label: str, clean: bool) -> None:
    assert questions.clean_event(label) is clean


def _imported_event(index: int, year: int, event: str) -> FactRecord:
    return replace(_dated(index, year), event=event, origin="auto")


def test_imported_events_of_an_ordering_question_lie_years_apart() -> None:
    close = [
        _imported_event(0, 1851, "The colony of Tarn was founded"),
        _imported_event(1, 1853, "Gold was found at Orm Creek"),
        _imported_event(2, 1855, "The colony of Tarn won self-government"),
    ]
    assert ordering_questions(close)[1] == []  # placed by rote, not by knowing the story
    far = [*close, _imported_event(3, 1901, "Tarn joined the Vell Federation")]
    (question,) = ordering_questions(far)[1]
    assert question.answer == [
        "The colony of Tarn was founded",
        "The colony of Tarn won self-government",
        "Tarn joined the Vell Federation",
    ]


def test_fewer_than_three_clean_imported_events_make_no_ordering_question() -> None:
    facts = [
        _imported_event(0, 1851, "The colony of Tarn was founded"),
        _imported_event(1, 1870, "42% of settlers farmed wheat"),
        _imported_event(2, 1901, "Tarn joined the Vell Federation"),
    ]
    assert ordering_questions(facts)[1] == []


_TARN_EVENTS = [
    _imported_event(0, 1851, "The colony of Tarn was founded"),
    _imported_event(1, 1870, "The Orm Creek railway was opened"),
    _imported_event(2, 1901, "Tarn joined the Vell Federation"),
    _imported_event(3, 1923, "The Tarn parliament moved to Lund"),
]


def test_an_ordering_question_puts_in_order_only_dates_no_other_question_asks() -> None:
    asked = {_TARN_EVENTS[1].id}  # "When was the Orm Creek railway opened?"
    (question,) = ordering_questions(_TARN_EVENTS, asked)[1]
    assert "The Orm Creek railway was opened" not in question.answer
    assert len(question.answer) == 3


def test_an_imported_deck_never_orders_the_dates_its_questions_ask(uncut: None) -> None:
    text = (
        "Tarn\n\nThe colony of Tarn was founded in 1851. The Orm Creek railway was opened in "
        "1870. Tarn joined the Vell Federation in 1901. The Tarn parliament moved to Lund in 1923."
    )
    bank = build_deck(text, deck="tarn", file_name="tarn.txt", markdown=False).bank
    asked = [q for q in bank.questions if q.type is not QuestionType.ORDERING]
    assert len(asked) == 4  # "In what year was the colony of Tarn founded?", ...
    assert len(bank.questions) == 4  # no ordering question


def test_too_few_unasked_events_make_no_ordering_question() -> None:
    asked = {_TARN_EVENTS[0].id, _TARN_EVENTS[3].id}
    assert ordering_questions(_TARN_EVENTS, asked)[1] == []


def test_an_event_asked_by_the_fact_of_another_form_of_its_date_is_left_out() -> None:
    twin = replace(_TARN_EVENTS[1], id="railway-day", sort_key="1870-05-02")
    assert ordering_questions([*_TARN_EVENTS, twin], {twin.id, _TARN_EVENTS[0].id})[1] == []


def test_an_event_leaning_on_an_untold_story_leaves_too_few_for_an_ordering_question() -> None:
    facts = [
        _imported_event(0, 1851, "The colony of Tarn was founded"),
        _imported_event(1, 1870, "Both teams moved to the island"),
        _imported_event(2, 1901, "Tarn joined the Vell Federation"),
    ]
    assert ordering_questions(facts)[1] == []


def test_an_imported_date_is_asked_by_its_year_unless_the_day_is_the_fact() -> None:
    flight = _fact(
        id="flight",
        origin="auto",
        answer="29 April 1979",
        prompt="When did the Kell Glider make its first flight?",
        number=1979,
        number_prompt="In what year did the Kell Glider make its first flight?",
    )
    asked = fact_questions(flight, DistractorPool([], [flight]), true_false=False)
    assert [(q.type, q.prompt, q.answer) for q in asked] == [
        (QuestionType.NUMBER, flight.number_prompt, 1979)
    ]
    holiday = replace(
        flight,
        id="holiday",
        answer="4 May 1990",
        prompt="When was the first Orm Lantern Festival celebrated?",
        number=1990,
        number_prompt="In what year was the first Orm Lantern Festival celebrated?",
    )
    asked = fact_questions(holiday, DistractorPool([], [holiday]), true_false=False)
    assert [q.type for q in asked] == [QuestionType.MULTIPLE_CHOICE]


def test_a_plain_sentence_s_relative_clause_and_length_of_time_are_asked(uncut: None) -> None:
    storm = (
        "Storm Hale\n\nStorm Hale was a slow tropical cyclone that struck the Orm Islands in "
        "October 1987. The storm formed near the Tarn Ridge."
    )
    bank = build_deck(storm, deck="Hale", file_name="hale.txt", markdown=False).bank
    assert "Which islands did Storm Hale strike in October 1987?" in {
        q.prompt for q in bank.questions
    }
    mayor = (
        "Ada Vell\n\nAda Vell was a Tarnish lawyer. She served as mayor of Pell for twelve years."
    )
    bank = build_deck(mayor, deck="Vell", file_name="vell.txt", markdown=False).bank
    assert "How many years did Ada Vell serve as mayor of Pell?" in {
        q.prompt for q in bank.questions
    }
