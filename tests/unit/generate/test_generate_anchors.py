"""A question never points at a thing only the document's other sentences identify: "the
squadron" is named where the document ties it to one name, a statistic takes the place it is
of, a story's events say which story, and a person called by part of a name takes the whole
name; where the document leaves it open, the question is not asked."""

from __future__ import annotations

from factdeck.generate import referents, topics
from factdeck.generate.extract import prepare_sentences
from factdeck.generate.phrasing import ask
from factdeck.generate.referents import Referents
from factdeck.generate.sentences import split_sentences
from helpers.generation import selected_candidates


def _prepared(text: str, title: str) -> list[str]:
    sentences = split_sentences("doc", text)
    referents = Referents(sentences, title, None)
    return [s.text for s in prepare_sentences(sentences, title, split=True, referents=referents)]


_SQUADRON = (
    "No. 7 Squadron is a Varland Air Force transport squadron. "
    "The squadron was formed at Orm in 1938. "
    "The squadron flew over the Pacific Ocean towards the Sun."
)


def test_the_class_noun_is_the_subject_its_title_names_with_a_qualifier_after() -> None:
    prepared = _prepared(_SQUADRON, "No. 7 Squadron VAF")
    assert prepared[1] == "No. 7 Squadron was formed at Orm in 1938."
    assert prepared[2] == "No. 7 Squadron flew over the Pacific Ocean towards the Sun."


def test_the_class_noun_beside_another_of_its_sort_stays_as_written() -> None:
    text = (
        "No. 7 Squadron is a Varland Air Force transport squadron. "
        "It flew beside No. 9 Squadron in 1940. The squadron was sent to Orm in 1941."
    )
    assert _prepared(text, "No. 7 Squadron VAF")[-1] == "The squadron was sent to Orm in 1941."


def test_a_title_cut_short_must_open_a_sentence_saying_what_the_subject_is() -> None:
    text = "No. 7 Squadron flew from Orm in 1938. The squadron was sent to Lund in 1941."
    assert _prepared(text, "No. 7 Squadron VAF")[-1] == "The squadron was sent to Lund in 1941."


def test_a_question_of_the_squadron_names_it() -> None:
    text = (
        "No. 7 Squadron is a Varland Air Force transport squadron. It is based at Orm. "
        "The squadron originated as a coastal patrol unit during the Kessian War. "
        "It flew Kell flying boats."
    )
    questions = [c.question or "" for c in selected_candidates("No. 7 Squadron VAF", text)]
    assert any(q.startswith("No. 7 Squadron originated") for q in questions), questions
    assert not any("the squadron" in q.casefold() for q in questions), questions


_RURITANIA = "Unemployment in Ruritania"


def test_a_statistic_with_no_place_takes_the_place_the_title_puts_its_subject_in() -> None:
    place = topics.statistic_place(_RURITANIA, None)
    assert place == "Ruritania"
    none = topics.Names(set())
    asked = "The unemployment rate rose to what percentage in 1931?"
    assert topics.with_statistic_scope(asked, place, none, None) == (
        "The unemployment rate in Ruritania rose to what percentage in 1931?"
    )
    owned = "The population of Zenda doubled in what decade?"
    assert topics.with_statistic_scope(owned, place, none, None) == owned
    world = "The world population reached what figure in 1999?"
    assert topics.with_statistic_scope(world, place, none, None) == world


def test_a_statistic_with_no_place_in_a_text_on_a_place_takes_the_place() -> None:
    texts = ["Zenda is a city in Ruritania.", "The population grew to 40,000 by 1900."]
    topic = topics.document_topic(texts, "Zenda", "city")
    assert topic is not None
    place = topics.statistic_place("Zenda", topic)
    asked = "The population grew to how many people by 1900?"
    assert topics.with_statistic_scope(asked, place, topics.Names(set()), topic) == (
        "The population in Zenda grew to how many people by 1900?"
    )


def test_a_statistic_with_no_place_in_a_text_on_no_place_is_not_asked() -> None:
    asked = "The unemployment rate rose to what percentage in 1931?"
    assert topics.with_statistic_scope(asked, None, topics.Names(set()), None) is None
    named = "The unemployment rate of Ruritania rose to what percentage in 1931?"
    assert topics.with_statistic_scope(named, None, topics.Names(set()), None) == named
    placed = "The unemployment rate in Zenda rose to what percentage?"
    assert topics.with_statistic_scope(placed, None, topics.Names({"Zenda"}), None) == placed


def test_a_statistic_before_a_noun_takes_its_place_after_the_whole_noun_phrase() -> None:
    none = topics.Names(set())
    census = "When was the population census held?"
    assert topics.with_statistic_scope(census, "Vessaland", none, None) == (
        "When was the population census in Vessaland held?"
    )
    bill = "The minimum wage bill was signed by whom?"
    assert topics.with_statistic_scope(bill, "Vessaland", none, None) == (
        "The minimum wage bill in Vessaland was signed by whom?"
    )
    owned = "The GDP growth rate of Kell fell to what percentage?"
    assert topics.with_statistic_scope(owned, "Vessaland", none, None) == owned
    unclear = "By how much did the GDP growth rate fall in 1977?"
    assert topics.with_statistic_scope(unclear, "Vessaland", none, None) == unclear
    peak = "In what year did the population peak?"
    assert topics.with_statistic_scope(peak, "Vessaland", none, None) == (
        "In what year did the population in Vessaland peak?"
    )


def test_a_statistic_before_a_noun_in_a_deck_never_splits_the_phrase() -> None:
    text = (
        "The economy of Vessaland is a planned economy. "
        "The minimum wage law was drafted by Tovan Reskel in 1952. "
        "The GDP growth rate rose to 7% in 1968."
    )
    questions = [c.question or "" for c in selected_candidates("Economy of Vessaland", text)]
    assert not any("wage in" in q or "GDP in" in q for q in questions), questions


def test_a_statistic_question_reaches_the_deck_in_its_place() -> None:
    text = (
        "Unemployment in Ruritania has been measured since 1890. "
        "The unemployment rate has varied from as low as 2% during the Kessian War to as high "
        "as 21% during the Great Slump."
    )
    questions = [c.question or "" for c in selected_candidates(_RURITANIA, text)]
    rates = [q for q in questions if "unemployment rate" in q]
    assert rates and all("unemployment rate in Ruritania" in q for q in rates), questions


def test_a_story_told_in_the_present_beside_an_adjective_in_ed_is_the_work_s() -> None:
    source = (
        "He is unhappily married to Vera, a restless painter; their teenaged son, Bo, "
        "despises his parents."
    )
    assert topics.of_the_work("Who is unhappily married to Vera?", source)
    supplied = 'He begins smoking tea supplied by Bo, calling it "twisted".'
    assert topics.of_the_work("He begins smoking tea supplied by whom?", supplied)
    life = "Her aunt came daily to care for the crowded family."
    assert not topics.of_the_work("Who came daily to care for the family?", life)


_TANK = (
    "The Field Gun Mk VII is a Varland field gun. "
    "Its first successor was the Field Gun Mk VIII, built at Orm. "
    "The Mark VIII was known as the Long Kell. "
    "The Mark IX was never built."
)


def test_a_code_cut_from_the_one_longer_name_written_with_it_takes_that_name() -> None:
    prepared = _prepared(_TANK, "Field Gun Mk VII")
    assert "The Field Gun Mk VIII was known as the Long Kell." in prepared
    assert prepared[-1] == "The Mark IX was never built."  # no longer name has its code


def test_a_number_after_one_word_is_no_code_cut_from_a_longer_name() -> None:
    """Only capitalised words make a recorded longer name, so "the Type 7" is read as no cut
    of one: no pattern looks for a cut that can never be found."""
    text = "The Kessby Type 7 was a light lorry. The Type 7 was replaced in 1961."
    assert _prepared(text, "Kessby Type 7")[-1] == "The Type 7 was replaced in 1961."
    assert referents._CODE_CUT.search("The Type 7 was replaced in 1961.") is None
    assert referents._CODE_CUT.search("The Mark VIII was replaced in 1961.") is not None


def test_a_code_two_longer_names_share_stays_as_written() -> None:
    text = (
        "The Field Gun Mk VII is a Varland field gun. "
        "It led to the Field Gun Mk VIII and to the Siege Gun Mark VIII. "
        "The Mark VIII was known as the Long Kell."
    )
    assert _prepared(text, "Field Gun Mk VII")[-1] == "The Mark VIII was known as the Long Kell."
    sentences = split_sentences("doc", text)
    referents = Referents(sentences, "Field Gun Mk VII", None)
    asked = "What was the Mark VIII known as?"
    assert referents.leans_on_unseen(asked, "Long Kell", "", sentences[-1])
    one = Referents(split_sentences("doc", _TANK), "Field Gun Mk VII", None)
    assert not one.leans_on_unseen(asked, "Long Kell", "")


def test_a_given_name_alone_takes_the_whole_name_an_earlier_paragraph_gave() -> None:
    text = (
        "Ostmark is a 1994 novel by Ivo Brandt. Its heroine is Ada Vell, a clerk in Lund.\n\n"
        "Ada finds a letter in the archive and hides it from her employer."
    )
    sentences = split_sentences("doc", text)
    last = sentences[-1]
    resolved = Referents(sentences, "Ostmark (novel)", None).resolved(last.text, last)
    assert resolved.startswith("Ada Vell finds a letter")


def test_a_given_name_two_earlier_people_share_stays_as_written() -> None:
    text = (
        "Ostmark is a 1994 novel by Ivo Brandt. It follows Ada Vell and her aunt Ada Morrow.\n\n"
        "Ada finds a letter in the archive and hides it from her employer."
    )
    sentences = split_sentences("doc", text)
    last = sentences[-1]
    resolved = Referents(sentences, "Ostmark (novel)", None).resolved(last.text, last)
    assert resolved.startswith("Ada finds a letter")


def test_a_story_s_events_are_asked_in_the_work() -> None:
    text = (
        "Ostmark is a 1994 novel by Ivo Brandt.\n\n"
        "Tomas Vell is a restless clerk in Lund. He is unhappily married to Greta, a "
        "fierce singer; their teenaged son, Bo, despises his parents."
    )
    questions = [c.question or "" for c in selected_candidates("Ostmark (novel)", text)]
    married = [q for q in questions if "married" in q]
    assert married and all(q.startswith("In Ostmark,") for q in married), questions


def test_a_name_opening_with_its_number_is_a_subject_a_question_fronts_past() -> None:
    text = "No. 7 Squadron was disbanded at Orm in March 1946."
    start = text.index("March 1946")
    assert ask(text, start, start + len("March 1946"), "date") == (
        "When was No. 7 Squadron disbanded at Orm?",
        "fronted",
    )
    assert ask("No one came to Orm in 1942.", 15, 18, "place") != (
        "Where did no one come in 1942?",
        "fronted",
    )


def test_a_given_name_is_not_taken_from_inside_a_longer_name_nor_before_an_initial() -> None:
    text = (
        "Ivo Tomas Berra was a Lund painter. Ivo Marr taught him. Georgia Ostra sang.\n\n"
        "Tomas drew the harbour. Ivo K. Sand bought it. Dancers from Georgia came."
    )
    sentences = split_sentences("doc", text)
    referents = Referents(sentences, "Ivo Tomas Berra", None)
    later = [referents.resolved(s.text, s) for s in sentences[3:]]
    assert later == [
        "Tomas drew the harbour.",
        "Ivo K. Sand bought it.",
        "Dancers from Georgia came.",
    ]


def test_the_sort_a_name_opens_with_is_the_subject_where_no_other_is_in_sight() -> None:
    text = (
        "Hurricane Ilse was a powerful tropical cyclone that struck Varland in August 1988. "
        "It formed near Orm on August 2. The hurricane killed 12 people in Lund.\n\n"
        "Hurricane Kell followed two weeks later. The hurricane flooded 40 farms."
    )
    prepared = _prepared(text, "Hurricane Ilse (1988)")
    assert "Hurricane Ilse killed 12 people in Lund." in prepared
    assert prepared[-1] == "The hurricane flooded 40 farms."
    king = "King Ivo was a ruler of Lund. The king died in 1310."
    assert _prepared(king, "King Ivo")[-1] == "The king died in 1310."


def test_a_count_of_people_in_a_state_with_no_place_takes_the_document_s_place() -> None:
    place = topics.statistic_place(_RURITANIA, None)
    assert place == "Ruritania"
    none = topics.Names(set())
    asked = "In March 1931, how many people were unemployed?"
    assert topics.with_statistic_scope(asked, place, none, None) == (
        "In March 1931, how many people in Ruritania were unemployed?"
    )
    placed = "How many people in Zenda were unemployed?"
    assert topics.with_statistic_scope(placed, place, topics.Names({"Zenda"}), None) == placed
    staffed = "With how many people is the Zenda mill staffed?"
    assert topics.with_statistic_scope(staffed, place, none, None) == staffed
    assert topics.with_statistic_scope(asked, None, none, None) == asked


def test_a_count_of_people_in_a_deed_or_aboard_takes_no_place() -> None:
    none = topics.Names(set())
    for asked in (
        "How many children were born to Ivo Marr and Ada Lund?",
        "How many people were aboard the ferry that sank in 1953?",
    ):
        assert topics.with_statistic_scope(asked, "Ruritania", none, None) == asked
    homeless = "How many people were homeless in 2009?"
    assert topics.with_statistic_scope(homeless, "Ruritania", none, None) == (
        "How many people in Ruritania were homeless in 2009?"
    )
