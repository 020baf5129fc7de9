"""Worth asking: a question must ask the point of its sentence, not its setting, a side
remark or something the deck itself gives away."""

from __future__ import annotations

from dataclasses import replace

from factdeck.generate.extract import _done_by_a_name
from factdeck.generate.facts import FactRecord
from factdeck.generate.gates import (
    group_went_where,
    guessable_key,
    names_the_subject,
    one_of_a_pair,
    opens_a_list,
    second_name_asked,
    setting_not_point,
    setting_places,
    thin_subject_question,
)
from factdeck.generate.pipeline import build_deck
from helpers.generation import auto_fact


def _setting(sentence: str, key: str, kind: str = "place", quote: str = "") -> bool:
    at = sentence.index(key)
    return setting_not_point(sentence, at, at + len(key), kind, quote)


def test_a_phrase_opening_the_sentence_is_its_setting() -> None:
    assert _setting("In Vell, the order ranks as the largest school.", "Vell")
    moved = "The order ranks as the largest school in Vell."
    assert _setting(moved, "Vell", quote="In Vell, the order ranks as the largest school.")
    assert not _setting(moved, "Vell", quote=moved)  # the order ranks first there: asked
    assert not _setting("In 1620, the monks moved to Vell.", "Vell")


def test_a_deed_done_in_an_opening_place_is_asked_where() -> None:
    assert not _setting("In Vell, seven mills burned, ruining 300 families.", "Vell")
    assert not _setting("In Vell, the monks were offered a plot of land.", "Vell")
    assert _setting("In Vell, the abbey is located on a hill.", "Vell")
    assert _setting("In Vell, the monks have three houses.", "Vell")


def test_a_place_narrowing_the_subject_is_its_setting() -> None:
    assert _setting("Buddhism in Orvik has seen many schisms.", "Orvik")
    assert _setting("Meanwhile, workers at a mill in Orvik were sent home.", "Orvik")
    assert not _setting("The workers were sent home to Orvik.", "Orvik")
    assert not _setting("The monks lived in Orvik for ten years.", "Orvik")
    assert not _setting("A fair took place on June 1, 2013 in Orvik and drew crowds.", "Orvik")


def test_a_bigger_place_locating_a_name_is_no_point() -> None:
    assert _setting("The Danes gained Skarn in Asia in exchange for a fleet.", "Asia")
    assert _setting("The statue is a copy of one in Skarn, Tarland.", "Tarland", "country")
    assert not _setting("The Orm joins the Wren in North Vellia near Skarn.", "North Vellia")
    assert not _setting("She began the Long Road Tour in Europe.", "Europe")
    assert not _setting("In 1854 at Skarn there was a riot.", "Skarn")


def _pair(sentence: str, key: str, question: str, kind: str = "place") -> bool:
    at = sentence.index(key)
    return one_of_a_pair(sentence, at, at + len(key), kind, question)


def test_one_of_two_joined_names_is_not_asked_alone() -> None:
    sentence = "The Wren flows through Haldon and Marsh County."
    assert _pair(sentence, "Marsh County", "Through which county does the Wren flow?")
    assert _pair(sentence, "Haldon", "Through which place does the Wren flow?")
    listed = "Ivo Berg, Ada Holm and Per Lund founded the club."
    assert _pair(listed, "Ada Holm", "Who founded the club?", "person")
    assert not _pair(sentence, "Marsh County", "Through Haldon and which county does it flow?")
    assert not _pair("It rules Ü-Tsang and Orm.", "Orm", "It rules Ü-Tsang and what?")
    assert _pair("It rules Ü-Tsang and Orm.", "Orm", "What does it rule?")
    assert not _pair("In 1620, Ivo Berg founded the club.", "Ivo Berg", "Who founded it?")
    assert not _pair("The club was founded by Ivo Berg in 1620.", "1620", "When?", "year")


def test_the_first_of_a_list_of_common_nouns_is_only_part_of_the_answer() -> None:
    quote = "The signs of a chill are shivers, pallor, thirst, and fatigue, which pass."
    assert opens_a_list(quote, "shivers", "What are the signs of a chill?")
    assert opens_a_list("The mill ground oats, rye or barley.", "oats", "What did it grind?")
    # the others are in the question, a clause after a comma, or a pair joined by "and"
    assert not opens_a_list(quote, "shivers", "Beside pallor, thirst and fatigue, what?")
    assert not opens_a_list("Cells eat microbes, which die, and others.", "microbes", "What?")
    assert not opens_a_list("The signs are shivers and pallor.", "shivers", "What?")
    assert not opens_a_list("Vell, Orm, Tarn and Lund lie north.", "Vell", "Which lies north?")


def test_a_bare_move_to_one_place_is_no_frame() -> None:
    assert thin_subject_question("Who returned to Vell?")
    assert thin_subject_question("Who began moving into the Orm valley?")
    assert thin_subject_question("Who wrote in 1998?")
    assert not thin_subject_question("Who wrote the Orm Chronicle in 1998?")
    assert thin_subject_question("Who fled to Tarland?")
    assert not thin_subject_question("Who returned to Vell in 1493?")
    assert not thin_subject_question("Who founded Orm Abbey?")
    assert not thin_subject_question("Who returned to Vell with the gospel book?")
    assert thin_subject_question("Who led a band of followers overland from the Orm Colony?")
    assert thin_subject_question("Who sailed from Vell?")
    assert not thin_subject_question("Who led the settlers from the Orm Colony to Tarland?")
    assert not thin_subject_question("Who named the lizard from a single tooth?")
    assert not thin_subject_question("Who led the army from Vell in 1493?")


def test_where_a_group_went_with_nothing_else_said_has_many_answers() -> None:
    assert group_went_where("Where did some weavers settle?")
    assert group_went_where("Where did Vellish refugees flock?")
    assert group_went_where("Where did the monks go?")
    assert not group_went_where("Where did the weavers settle in 1700?")
    assert not group_went_where("Where did Ivo settle?")
    assert not group_went_where("Where did the weavers sell cloth?")
    assert not group_went_where("Where did the trains stop?")


def test_who_was_born_or_died_with_a_time_at_most_frames_no_one() -> None:
    assert thin_subject_question("Who was killed in 1931?")
    assert thin_subject_question("Who died in March 1802?")
    assert not thin_subject_question("Who was killed at the siege of Orsk in 1402?")
    assert not thin_subject_question("Who was elected in 1931?")
    assert not thin_subject_question("Who was born in Tarrow in 1802?")


def test_the_deck_s_own_subject_is_no_key() -> None:
    assert names_the_subject("Orm Church", "organisation", "Free Orm Church")
    assert names_the_subject("Vell", "place", "Vell (Tarland)")
    assert names_the_subject("Orm", "film", "Orm (1999 film)")
    assert names_the_subject("eBoard", "other", "eBoard")
    assert not names_the_subject("Tarland", "country", "Vell (Tarland)")
    assert not names_the_subject("abbey", "other", "Orm abbey")  # a common word, not a name
    assert not names_the_subject("Orm", "term", "Orm Abbey")  # a term only whole
    assert not names_the_subject("1999", "year", "Orm (1999 film)")


def test_a_term_is_the_subject_whole_in_either_number_or_as_its_followers() -> None:
    assert names_the_subject("Vell dynasty", "term", "Vell dynasty")
    assert names_the_subject("tide mills", "term", "Tide mill")
    assert names_the_subject("Ormists", "other", "Ormism")
    assert names_the_subject("ormist", "term", "Ormism")
    assert not names_the_subject("Ormish", "other", "Ormism")
    assert not names_the_subject("tide", "term", "Tide mill")
    assert not names_the_subject("tide mill wheel", "term", "Tide mill")


def test_another_school_of_the_subject_s_name_is_its_own() -> None:
    assert names_the_subject("Orm College", "organisation", "Orm University")
    assert names_the_subject("University of Orm", "organisation", "Orm College")
    assert not names_the_subject("Vell College", "organisation", "Orm University")
    assert not names_the_subject("Orm Library", "organisation", "Vell University")


def test_the_subject_as_a_key_is_asked_only_by_its_definition() -> None:
    def guessed(prompt: str, answer: str, kind: str = "term") -> bool:
        return guessable_key(_fact(prompt, answer, kind), "Vell dynasty", set(), lambda _: 1)

    assert guessed("What was the realm ruled by the heirs of Ivo?", "Vell dynasty")
    assert not guessed("What is a realm ruled by the heirs of Ivo called?", "Vell dynasty")
    assert not guessed("What branch of the Orm house ruled Tarland?", "Vell dynasty")
    assert not guessed("What did the heirs of Ivo found?", "Orm dynasty")


def test_a_river_is_the_subject_with_or_without_its_feature_word() -> None:
    for title in ("Orm", "The Orm", "River Orm", "Orm River", "Orm (river)"):
        for key in ("Orm", "the Orm", "River Orm", "the River Orm", "Orm River"):
            assert names_the_subject(key, "place", title), (key, title)
    assert names_the_subject("Vell", "other", "Vell")
    assert names_the_subject("Mount Vell", "place", "Vell")
    assert not names_the_subject("Orm River", "place", "Free Orm Church")
    assert not names_the_subject("Orm Bridge", "place", "Orm")
    assert not names_the_subject("Lake Vell", "place", "Orm")


def _fact(prompt: str, answer: str, kind: str) -> FactRecord:
    return auto_fact(kind, answer, "s", prompt)


def test_where_the_deck_is_set_is_guessed_not_learned() -> None:
    counts = {"Tarland": 30, "Lund": 25, "Skarn": 4, "Vell": 40, "Norland": 6, "Orvik": 3}
    places = [("place", "Lund"), ("place", "Skarn"), ("place", "Vell"), ("country", "Orvik")]
    setting = setting_places([*places, ("country", "Tarland")], counts.__getitem__, "Vell", None)
    assert setting == {"tarland", "lund"}
    assert "skarn" in setting_places(places, counts.__getitem__, "Vell", "Skarn")
    countries = [*places, ("country", "Norland")]  # the country named most, if not the place
    assert setting_places(countries, counts.__getitem__, "Vell", None) == {"lund", "norland"}

    def guessed(prompt: str, answer: str, kind: str = "place") -> bool:
        return guessable_key(_fact(prompt, answer, kind), "Vell", setting, counts.__getitem__)

    assert guessed("Where were the donations made?", "Tarland", "country")
    assert guessed("Where did Ivo grow up?", "Lund")
    assert not guessed("Where did Ivo grow up?", "Skarn")
    curated = FactRecord("f", "d", "q", "s", "place", "Lund", "Where?")
    assert not guessable_key(curated, "Vell", setting, counts.__getitem__)


def test_the_war_the_deck_is_set_in_is_guessed_not_learned() -> None:
    counts = {"Orvan War": 9, "Cold War": 2, "War": 14, "Vell": 5, "the war": 8, "The war": 1}
    events = [("event", "Orvan War"), ("event", "Cold War"), ("event", "War")]
    setting = setting_places(events, counts.__getitem__, "Vell Rangers", None)
    assert setting == {"orvan war"}
    once = {**counts, "the war": 1}
    assert not setting_places(events, once.__getitem__, "Vell", None)  # a war among its times
    named = {**counts, "the war": 5}
    assert not setting_places(events, named.__getitem__, "Vell", None)  # each war by its name

    def guessed(prompt: str, answer: str) -> bool:
        fact = _fact(prompt, answer, "event")
        return guessable_key(fact, "Vell Rangers", setting, counts.__getitem__)

    assert guessed("The rangers kept their ranks until the last months of which war?", "Orvan War")
    assert not guessed("Which war did the rangers' leader fight in as a boy?", "Cold War")


def test_the_place_of_a_deed_at_a_dated_event_is_the_event_s_place() -> None:
    def guessed(prompt: str) -> bool:
        return guessable_key(_fact(prompt, "Kell", "place"), "Orm", set(), lambda name: 1)

    assert guessed("Where did the former colony make its debut at the 1964 Vessian Games?")
    assert guessed("Where did Orm score twice during Vellcup 2004?")
    assert not guessed("Where did Orm make its debut in 1964?")
    assert not guessed("Where was the 1964 Vessian Games held?")


def test_an_opinion_of_someone_named_once_is_trivia() -> None:
    named = {"Ada Venn": 1, "Ivo Berg": 6}

    def guessed(prompt: str, answer: str) -> bool:
        return guessable_key(_fact(prompt, answer, "person"), "Orm", set(), named.__getitem__)

    assert guessed("Who praised the novel's sparse prose?", "Ada Venn")
    assert guessed("Which critic called the novel a triumph?", "Ada Venn")
    assert guessed('Who viewed the novel as "a cold triumph"?', "Ada Venn")
    assert not guessed("Who praised the novel's sparse prose?", "Ivo Berg")
    assert not guessed("Who founded the paper?", "Ada Venn")


def test_the_deck_s_subject_is_asked_only_by_its_definition() -> None:
    def guessed(prompt: str) -> bool:
        return guessable_key(_fact(prompt, "Orm", "other"), "Orm", set(), lambda name: 5)

    assert guessed("Who was the first woman to win the Lund Prize?")
    assert not guessed("What is the movement of salt across a membrane?")


def test_the_year_the_deck_s_title_names_is_no_key() -> None:
    def guessed(answer: str, title: str) -> bool:
        fact = _fact("In what year was the film released?", answer, "year")
        return guessable_key(fact, title, set(), lambda name: 5)

    assert guessed("1999", "Orm (1999 film)")
    assert guessed("1931", "1931 Vell flood")
    assert not guessed("1999", "Orm (19990 catalogue)")
    assert not guessed("2001", "Orm (1999 film)")


def test_a_date_in_the_year_the_deck_s_title_names_is_no_key() -> None:
    def guessed(answer: str, sort_key: str, title: str) -> bool:
        fact = _fact("When did Orm open in cinemas?", answer, "date")
        return guessable_key(replace(fact, sort_key=sort_key), title, set(), lambda name: 5)

    assert guessed("12 May 1999", "1999-05-12", "Orm (1999 film)")
    assert guessed("March 2031", "2031-03", "2031 Varn earthquake")
    assert not guessed("12 May 2004", "2004-05-12", "Orm (1999 film)")
    assert not guessed("12 May 1999", "1999-05-12", "Orm (film)")


_FILM = """= Ostmark (1994 film) =

Ostmark is a drama film directed by Lene Harsk. Ostmark opened in cinemas on 12 May 1994. It was shot in the port town of Kelby over nine weeks.

The film was first shown on television in November 1994. Harsk wrote the screenplay with her brother Aldo Harsk.

A sequel, Ostmark Returns, was released in 1999.
"""


def test_no_question_of_a_deck_asks_the_year_its_title_shows() -> None:
    bank = build_deck(_FILM, deck="Film", file_name="film.txt", markdown=False).bank
    answers = [str(question.answer) for question in bank.questions]
    assert not [answer for answer in answers if "1994" in answer]
    assert "1999" in answers  # the sequel's year is not the title's


def test_another_name_of_a_thing_the_question_names_is_trivia() -> None:
    texts = [
        "Tarn Lane, from the mill to the quay, is called Ivo Holm Walk.",
        "Tarn Lane was paved in 1901, and a fair is held on Tarn Lane each May.",
    ]
    asked = "What is Tarn Lane, from the mill to the quay, called?"
    assert second_name_asked(asked, "Ivo Holm Walk", texts)
    assert second_name_asked("What was the Orm Bridge known as?", "Iron Span", ["The Orm Bridge"])
    assert not second_name_asked("Which lane is called Ivo Holm Walk?", "Tarn Lane", texts)
    teams = ["Tarn Lane teams are called the Herons.", "Tarn Lane is old."]
    assert not second_name_asked("What are Tarn Lane teams called?", "Herons", teams)
    renamed = ["Port Vell was later called Kelby.", "Kelby grew fast.", "Kelby is a port."]
    assert not second_name_asked("What was Port Vell later called?", "Kelby", renamed)  # its name


def test_a_term_asked_as_what_a_name_did_or_was_made_is_singled_out() -> None:
    assert _done_by_a_name("What did Ivo Berg obtain in 1835?")
    assert _done_by_a_name("What was Orvia long classified as?")
    assert not _done_by_a_name("What was Orvia?")
    assert not _done_by_a_name("What was started by Ivo Berg?")
    assert not _done_by_a_name("What did Orvia's critically acclaim?")


def test_the_continent_of_a_place_the_deck_is_about_is_no_key() -> None:
    counts = {"Tarland": 30, "Port Kell": 40, "Skarn": 2}
    setting = setting_places([("country", "Tarland")], counts.__getitem__, "Port Kell", None)

    def guessed(prompt: str) -> bool:
        fact = _fact(prompt, "Africa", "place")
        return guessable_key(fact, "Port Kell", setting, counts.__getitem__)

    assert guessed("On which continent is Port Kell?")
    assert guessed("On which continent does Tarland lie?")
    assert guessed("On which continent is France?")
    assert not guessed("On which continent did the Skarn traders settle?")
