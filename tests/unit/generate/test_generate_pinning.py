"""Imported questions pin one defensible answer, and accept what a learner who knows it types."""

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from factdeck.generate.distractors import DistractorPool
from factdeck.generate.evidence import DocumentEvidence
from factdeck.generate.facts import FactRecord
from factdeck.generate.gates import Restatements, grammatical, judged, keeps_restrictions
from factdeck.generate.phrasing import _agreeing, definition
from factdeck.generate.questions import (
    article_before_person,
    fact_questions,
    feature_forms,
    names_by_group,
    shows_a_name_of_the_answer,
    untitled_forms,
    with_aliases,
    with_document_forms,
    with_office_alone,
    with_one_answer,
)
from helpers.generation import auto_fact

DEACONS = [
    "Ana Holm became a deacon of the chapel at Vell in 1750.",
    "Per Lund became a deacon of the chapel at Vell.",
    "The chapel at Vell was built of grey stone.",
]


def _person_fact(prompt: str) -> FactRecord:
    return auto_fact("person", "Ana Holm", DEACONS[0], prompt, id="doc.1", accepted=("Holm",))


NAMES = names_by_group([("person", "Ana Holm"), ("person", "Per Lund"), ("place", "Vell")])


def test_a_second_name_the_document_says_the_same_of_is_another_answer() -> None:
    restatements = Restatements(DEACONS)
    others = restatements.other_answers(
        "Who became a deacon of the chapel at Vell?", DEACONS[0], ("Ana Holm",), ["Per Lund"]
    )
    assert others == ["Per Lund"]


def test_a_word_the_other_sentence_lacks_pins_the_answer() -> None:
    restatements = Restatements(DEACONS)
    others = restatements.other_answers(
        "Who became a deacon of the chapel at Vell in 1750?",
        DEACONS[0],
        ("Ana Holm",),
        ["Per Lund"],
    )
    assert others == []


def test_another_inflection_of_the_verb_says_the_same() -> None:
    texts = ["The Orm family began to farm the island.", "The Vell family begins to farm it."]
    restatements = Restatements(texts)
    others = restatements.other_answers(
        "Which family began to farm the island?", texts[0], ("Orm family",), ["Vell family"]
    )
    assert others == []  # "it" is not "the island": the second sentence says less
    texts[1] = "The Vell family begins to farm the island."
    others = Restatements(texts).other_answers(
        "Which family began to farm the island?", texts[0], ("Orm family",), ["Vell family"]
    )
    assert others == ["Vell family"]


def test_a_question_with_two_answers_in_its_document_is_not_asked_typed() -> None:
    fact = with_one_answer(
        _person_fact("Who became a deacon of the chapel at Vell?"), Restatements(DEACONS), NAMES
    )
    assert not fact.typed
    assert "Per Lund" in fact.not_distractors
    pool = DistractorPool([("person", name, "doc") for name in ("Ana Holm", "Per Lund")], [fact])
    assert not any(q.id.endswith(".typed") for q in fact_questions(fact, pool))


def test_a_question_that_pins_its_answer_stays_typed() -> None:
    fact = _person_fact("Who became a deacon of the chapel at Vell in 1750?")
    pinned = with_one_answer(fact, Restatements(DEACONS), NAMES)
    assert pinned is fact
    pool = DistractorPool([("person", name, "doc") for name in ("Ana Holm", "Per Lund")], [fact])
    assert any(q.id.endswith(".typed") for q in fact_questions(fact, pool))


def test_a_feature_is_accepted_with_the_sort_word_its_document_gives_it() -> None:
    names = ["Harz Mountains", "Tarland", "Orm"]
    assert feature_forms("Harz", names) == ["Harz Mountains"]
    assert feature_forms("Harz Mountains", names) == ["Harz"]
    assert feature_forms("River Orm", ["River Orm", "Tarland"]) == ["Orm"]


def test_a_feature_s_short_form_is_refused_where_it_names_something_else() -> None:
    assert feature_forms("Holby Valley", ["Holby Valley", "Holby"]) == []
    assert feature_forms("Holby Valley", ["Holby Valley", "Holby Forest"]) == []
    assert feature_forms("Holby", ["Holby Valley", "Holby Forest"]) == []  # which one?
    assert feature_forms("Beaver Valley", ["Beaver Valley"]) == []  # a common word alone


def test_a_river_keeps_its_short_form_beside_the_valley_named_after_it() -> None:
    assert feature_forms("Vessa River", ["Vessa River", "Vessa Valley"]) == ["Vessa"]
    assert feature_forms("Vessa River", ["Vessa River", "Vessa Delta"]) == ["Vessa"]
    assert feature_forms("Vessa River", ["Vessa River", "Vessa Forest"]) == []  # which one?
    assert feature_forms("Vessa Lake", ["Vessa Lake", "Vessa Valley"]) == []


def test_a_feature_s_short_form_the_document_writes_after_the_is_the_same_feature() -> None:
    names = ["River Tam", "Kesk"]
    assert feature_forms("River Tam", names, lambda name: name == "Tam") == ["Tam"]
    assert feature_forms("River Tam", names) == []  # "tam" is a word: never "the Tam" here
    assert feature_forms("River Tam", [*names, "Tam"]) == []  # "Tam" named, never "the Tam"


def test_a_person_is_accepted_without_the_title_before_the_name() -> None:
    assert untitled_forms("Brother Anselm Kerr") == ["Anselm Kerr"]
    assert untitled_forms("King Olaf II") == ["Olaf II"]
    assert untitled_forms("Pope Urban") == []
    assert untitled_forms("King of Orm") == []


def test_an_imported_place_key_accepts_the_fuller_name_of_its_document() -> None:
    sentences = [
        "The Orm rises in the Harz and flows north to the sea.",
        "Snow lies on the Harz Mountains until May.",
    ]
    fact = auto_fact("place", "Harz", sentences[0], "Where does the Orm rise?", id="doc.2")
    names = [("place", "Harz"), ("place", "Harz Mountains"), ("place", "Orm")]
    accepted = with_document_forms(fact, DocumentEvidence({"doc": sentences}), names).accepted
    assert "Harz Mountains" in accepted


def test_the_before_a_person_s_name_is_never_asked() -> None:
    pool = DistractorPool([("person", "Anna Holm", "doc"), ("place", "Vell", "doc")], [])
    assert article_before_person("Which hymn was written by the Anna Holm?", pool)
    assert not article_before_person("Which hymn was written by Anna Holm?", pool)
    assert not article_before_person("Who won the Anna Holm prize in 1901?", pool)
    assert not article_before_person("Which river flows through the Vell?", pool)
    fact = auto_fact(
        "other",
        "Vell Morning",
        "The hymn Vell Morning was written by Anna Holm.",
        "Which hymn was written by the Anna Holm?",
        id="doc.3",
    )
    assert fact_questions(fact, pool) == []
    fixed = replace(fact, prompt="Which hymn was written by Anna Holm?")
    assert fact_questions(fixed, pool) != []
    emperor_pool = DistractorPool([("person", "Orlan Emperor", "doc")], [])
    assert not article_before_person("Whom did the Orlan Emperor appoint?", emperor_pool)


def test_a_judgement_dropped_by_the_question_is_an_opinion_asked_as_fact() -> None:
    sentence = "The chapel at Vell is widely regarded as the finest work of Anna Holm."
    assert not keeps_restrictions(sentence, "What is the finest work of Anna Holm?", "chapel")
    kept = "Which chapel is widely regarded as the finest work of Anna Holm?"
    assert keeps_restrictions(sentence, kept, "chapel at Vell")


def test_a_guess_dropped_by_the_question_is_no_fact() -> None:
    sentence = "The chapel at Vell was probably built in 1340."
    assert not keeps_restrictions(sentence, "When was the chapel at Vell built?", "1340")
    sentence = "Critics regarded the chapel as a failure in 1901."
    assert keeps_restrictions(sentence, "In what year did critics regard the chapel so?", "1901")


def test_praise_in_the_question_is_an_author_s_judgement() -> None:
    assert judged("Which is the finest chapel in Vell?")
    assert judged("Who was the most important poet of Orm?")
    assert not judged("Which poet is regarded as the most important poet of Orm?")
    assert not judged("Which is the largest chapel in Vell?")


def test_a_vague_time_does_not_pin_the_answer() -> None:
    texts = [
        "The Orm traders were in contact with Tarland from an early date.",
        "The Orm traders had come into contact with Vell by sea.",
    ]
    others = Restatements(texts).other_answers(
        "The Orm traders were in contact with which country from an early date?",
        texts[0],
        ("Tarland",),
        ["Tarland", "Vell"],
    )
    assert others == ["Vell"]


def test_a_question_that_shows_part_of_the_name_asked_for_is_not_asked() -> None:
    fact = auto_fact(
        "place",
        "Old Vell",
        "Old Vell is the historic centre of Vell.",
        "What is the historic centre of Vell?",
        id="doc.4",
    )
    assert shows_a_name_of_the_answer(fact)
    assert fact_questions(fact, DistractorPool([], [fact])) == []
    harbour = replace(fact, answer="Hulme Quay", prompt="What is the historic centre of Vell?")
    assert not shows_a_name_of_the_answer(harbour)
    battle = replace(
        fact, kind="event", answer="Battle of Orm", prompt="At which battle did Ana fall?"
    )
    assert not shows_a_name_of_the_answer(battle)  # the sort word asked for gives nothing away


def test_a_definition_question_agrees_with_the_predicate_it_opens_with() -> None:
    keel = definition("Keels are the main structural element of a hull.")
    assert keel is not None and keel.question == "What is the main structural element of a hull?"
    herd = definition("A herd is the cattle of one farm.")
    assert herd is not None and herd.question == "What are the cattle of one farm?"
    wolves = definition("Wolves were the main predators of the island.")
    assert wolves is not None and wolves.question == "What were the main predators of the island?"
    assert _agreeing("are", "the class containing the houses of one abbey") == "is"
    assert _agreeing("are", "the remains of an old sea") == "are"


def test_a_role_with_no_place_or_body_has_many_answers() -> None:
    sentence = "In 1760 Ana Holm became a Lutheran pastor."
    assert not keeps_restrictions(sentence, "Who became a Lutheran pastor?", "Ana Holm")
    assert not keeps_restrictions(sentence, "Who was ordained an Anglican deacon?", "Ana Holm")
    placed = "Who became a Lutheran pastor in Vell?"
    assert keeps_restrictions("Ana Holm became a Lutheran pastor in Vell.", placed, "Ana Holm")


def test_a_name_the_document_says_a_person_goes_by_is_accepted() -> None:
    texts = [
        "King Harald Voss, also known as Harald the Stern, ruled Tarland from 1801.",
        "Harald Voss moved the capital of Tarland from Kesk to Vell in 1820.",
    ]
    restatements = Restatements(texts)
    assert restatements.aliases("Harald Voss") == ["Harald the Stern"]
    assert restatements.aliases("Harald the Stern") == ["King Harald Voss"]
    fact = auto_fact(
        "person",
        "Harald Voss",
        texts[1],
        "Who moved the capital of Tarland from Kesk to Vell in 1820?",
        id="doc.5",
        accepted=("Voss",),
    )
    assert with_aliases(fact, restatements).accepted == ("Voss", "Harald the Stern")
    other_name = replace(
        fact,
        answer="Harald the Stern",
        prompt="By what other name is King Harald Voss known?",
        accepted=(),
    )
    assert with_aliases(other_name, restatements).accepted == ()  # the question shows it


def test_an_office_of_the_document_s_subject_is_accepted_alone() -> None:
    fact = auto_fact(
        "other",
        "Governor of Tarland",
        "The head of state in Tarland is the Governor of Tarland.",
        "Who is the head of state in Tarland?",
        id="doc.6",
    )
    assert with_office_alone(fact, "Tarland (kingdom)").accepted == ("Governor",)
    assert with_office_alone(fact, "Vell").accepted == ()  # another place's governor
    asked = replace(fact, prompt="Which governor is the head of state in Tarland?")
    assert with_office_alone(asked, "Tarland").accepted == ()
    college = replace(fact, answer="University of Tarland")
    assert with_office_alone(college, "Tarland").accepted == ()


def test_a_deed_the_document_dates_twice_is_asked_only_with_options() -> None:
    texts = [
        "Ana Holm became premier of Tarland in 1990.",
        "After a defeat, Ana Holm became premier of Tarland again in 1999.",
    ]
    fact = auto_fact(
        "year",
        "1990",
        texts[0],
        "In what year did Ana Holm become premier of Tarland?",
        id="doc.7",
        number=1990,
        number_prompt="In what year did Ana Holm become premier of Tarland?",
    )
    years = names_by_group([("year", "1990"), ("year", "1999")])
    pinned = with_one_answer(fact, Restatements(texts), years)
    assert pinned.number_prompt is None and "1999" in pinned.not_distractors
    retold = [texts[0], "Ana Holm became premier of Tarland in 1990 and lost office in 1999."]
    assert with_one_answer(fact, Restatements(retold), years) is fact  # 1999 is another deed's


def test_a_name_of_the_question_must_stand_whole_in_the_other_sentence() -> None:
    texts = [
        "In 2010 Orm Telecom withdrew the Orm Box from sale.",
        "In 2011 Orm Telecom withdrew a small box, the Orm Mini, from sale.",
    ]
    others = Restatements(texts).other_answers(
        "When did Orm Telecom withdraw the Orm Box from sale?",
        texts[0],
        ("2010",),
        ["2010", "2011"],
        beside_answer=False,
    )
    assert others == []


def test_a_singular_verb_before_a_plural_subject_is_garbled() -> None:
    assert not grammatical("When was the first railways of Orm opened?", "fronted")
    assert not grammatical("Where does the monks of Vell live?", "fronted")
    assert grammatical("When was the first railway of Orm opened?", "fronted")
    assert grammatical("Where is the headquarters of Orm Telecom?", "fronted")
    assert grammatical("When was the Orm Islands settled?", "fronted")  # a name: no rule


def test_a_second_object_of_the_question_s_verb_in_its_own_sentence_is_another_answer() -> None:
    texts = ["Soon after the Orm traders began to enter Vell, they entered the Kingdom of Tarland."]
    restatements = Restatements(texts)
    values = ["Vell", "Kingdom of Tarland", "Orm"]
    others = restatements.other_answers(
        "Which country did the Orm traders begin to enter?", texts[0], ("Vell",), values
    )
    assert others == ["Kingdom of Tarland"]
    texts = ["The Orm traders began to enter Vell in 1120 and sold wool in Tarland."]
    others = Restatements(texts).other_answers(
        "Which country did the Orm traders begin to enter?", texts[0], ("Vell",), values
    )
    assert others == []  # Tarland is where they sold wool, not what they entered


def test_an_upland_s_short_form_is_accepted_beside_its_other_upland_names() -> None:
    names = ["Orrin Mountains", "Orrin Range", "Orrin Plateau", "Tarland"]
    assert feature_forms("Orrin Mountains", names) == ["Orrin"]
    assert feature_forms("Orrin Plateau", names) == ["Orrin"]
    # a valley or a single peak of that name is another feature: "Orrin" would be ambiguous
    assert feature_forms("Orrin Mountains", [*names, "Orrin Valley"]) == []
    assert feature_forms("Orrin Mountains", [*names, "Orrin Mountain"]) == []


def test_an_opening_that_points_at_earlier_sentences_is_not_dropped() -> None:
    sentence = "In these early raids, the Danes failed to take Orm."
    assert not keeps_restrictions(sentence, "Which town did the Danes fail to take?", "Orm")
    sentence = "During that campaign, the Danes took Orm in 1042."
    assert keeps_restrictions(sentence, "In what year did the Danes take Orm?", "1042")
    assert not keeps_restrictions(sentence, "Which town did the Danes take in 1042?", "Orm")


def test_a_name_the_document_gives_a_part_of_the_answer_is_not_accepted() -> None:
    texts = [
        "Between the two lakes the Velm, called the Orrsee, is only four kilometres long.",
        "The Velm, known locally as the Nessa, flows west to Ossby.",
        "Lake Orla, also known as the Blue Lake, feeds the Velm.",
    ]
    restatements = Restatements(texts)
    assert restatements.aliases("Velm") == []
    assert restatements.aliases("Lake Orla") == ["Blue Lake"]


@settings(max_examples=40, deadline=None)
@given(
    part=st.sampled_from(["upper course", "lower reach", "eastern arm", "middle section"]),
    cue=st.sampled_from(["called", "known as", "also called", "named"]),
)
def test_a_name_given_to_a_part_of_the_answer_is_never_its_alias(part: str, cue: str) -> None:
    restatements = Restatements(
        [f"Its {part} runs past Ossby, and there the Velm, {cue} the Orrsee, is wide."]
    )
    assert "Orrsee" not in restatements.aliases("Velm")
    whole = Restatements([f"The Velm, {cue} the Orrsee, runs past Ossby."])
    assert whole.aliases("Velm") == ["Orrsee"]


def test_an_author_s_verdict_in_the_question_is_no_fact() -> None:
    assert judged("In what year did Ivo Berg make a bold statement by opening the mill?")
    assert judged("Which move by Ada Holm was seen as a clear sign of her zeal?")
    assert judged("Who gave a brilliant reading of the poem in 1902?")
    assert not judged("Which mill did Ivo Berg open in 1902?")
    assert not judged("Which typeface prints the titles in bold?")


def test_a_question_keeps_the_aim_or_reason_its_sentence_opens_with() -> None:
    sentence = "To fund the new harbour, the council of Orsk sold its mills to Tove Lind."
    clause = "The council of Orsk sold its mills to Tove Lind."
    asked = "Who did the council of Orsk sell its mills to?"
    assert not keeps_restrictions(sentence, asked, "Tove Lind", clause=clause)
    kept = "To fund the new harbour, who did the council of Orsk sell its mills to?"
    assert keeps_restrictions(sentence, kept, "Tove Lind", clause=clause)
    because = "Because the river silted up, the council moved the market to Kell in 1720."
    assert not keeps_restrictions(because, "Where did the council move the market in 1720?", "Kell")
    reason = "In order to pay its debts, the guild sold the hall in 1650."
    assert not keeps_restrictions(reason, "What did the guild sell in 1650?", "the hall")


def test_an_opening_to_that_is_no_aim_restricts_nothing() -> None:
    north = "To the north, the Orm valley holds the town of Kell."
    assert keeps_restrictions(north, "Which town does the Orm valley hold?", "Kell")
    so_far = "To date, the Orsk choir has recorded twelve albums."
    assert keeps_restrictions(so_far, "How many albums has the Orsk choir recorded?", "twelve")


def test_a_question_without_the_cause_its_sentence_opens_with_is_not_asked() -> None:
    sentence = (
        "In defence of his decision to ordain ministers, Harrow cited a ruling of the Council"
        " of Arles."
    )
    assert not keeps_restrictions(sentence, "Whose ruling did Harrow cite?", "Council of Arles")


def test_a_name_after_an_alias_cue_must_end_its_phrase() -> None:
    """ "best known as Orm's first harbour master" describes her; it gives no other name."""
    texts = [
        "The guild was founded in 1871 by Vera Holm, best known as Orm's first harbour master.",
        "The quiz was hosted by Ivo Marr, better known as Tarland Radio announcer of the year.",
        "Ossby was home to Tomas Brell, better known as Orm's.",
        "The bridge was built by Kessa Vint, better known as Blackhand, in 1890.",
    ]
    restatements = Restatements(texts)
    assert restatements.aliases("Vera Holm") == []
    assert restatements.aliases("Ivo Marr") == []
    assert restatements.aliases("Tomas Brell") == []
    assert restatements.aliases("Kessa Vint") == ["Blackhand"]


def test_a_ranking_adverb_goes_only_before_known_as_or_called() -> None:
    """ "widely named Woman of the Year" is an honour, "widely called Blackhand" a name."""
    honoured = Restatements(["The prize went to Vera Holm, widely named Tarland Sailor."])
    assert honoured.aliases("Vera Holm") == []
    called = Restatements(["The prize went to Vera Holm, widely called Blackhand."])
    assert called.aliases("Vera Holm") == ["Blackhand"]


def test_a_titled_key_asked_for_by_who_is_accepted_without_its_title() -> None:
    sentence = "Sir Ivo Marlow was the first to chart the Orm delta."
    fact = auto_fact(
        "other", "Sir Ivo Marlow", sentence, "Who was the first to chart the Orm delta?"
    )
    names = [("person", "Sir Ivo Marlow"), ("place", "Orm")]
    accepted = with_document_forms(fact, DocumentEvidence({"doc": [sentence]}), names).accepted
    assert "Ivo Marlow" in accepted
    # no person's name after the title: "Assembly" alone is no body's name
    sentence = "General Orm Assembly met first at Kell."
    fact = auto_fact("other", "General Orm Assembly", sentence, "Who met first at Kell?")
    names = [("organisation", "General Orm Assembly"), ("place", "Kell")]
    accepted = with_document_forms(fact, DocumentEvidence({"doc": [sentence]}), names).accepted
    assert "Orm Assembly" not in accepted
