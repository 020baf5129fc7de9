"""More questions from the same prose: parallel counts split, subjects named, selection."""

from factdeck.generate.clauses import split_clauses
from factdeck.generate.clean import clean_document
from factdeck.generate.extract import (
    Candidate,
    Span,
    _in_list,
    _select,
    extract,
    prepare_sentences,
)
from factdeck.generate.sentences import Sentence, split_sentences


def test_parallel_counts_each_get_the_shared_clause() -> None:
    assert split_clauses("Ardenne has 37 seats in the lower house and 12 seats in the senate.") == [
        "Ardenne has 37 seats in the lower house.",
        "Ardenne has 12 seats in the senate.",
    ]
    assert split_clauses("Last year, 120 tonnes of pears and 270 tonnes of plums were grown.") == [
        "Last year, 120 tonnes of pears were grown.",
        "Last year, 270 tonnes of plums were grown.",
    ]


def test_a_list_of_counts_gives_one_clause_per_count() -> None:
    assert split_clauses("By 2010, the town had 1,548 old houses, 489 new houses and 21 huts.") == [
        "By 2010, the town had 1,548 old houses, 489 new houses and 21 huts."
    ]  # "huts" shares no noun with "houses": a list, not parallel counts
    assert split_clauses(
        "By 2010, the town had 1,548 old houses, 489 new houses and 2 red houses."
    ) == [
        "The town had 1,548 old houses by 2010.",
        "The town had 489 new houses by 2010.",
        "The town had 2 red houses by 2010.",
    ]


def test_counts_that_are_not_parallel_stay_whole() -> None:
    for text in (
        "Between 1,000 and 2,000 ships sailed each year.",
        "The port handled 40 ships in 1851 and 1852.",
        "The mill had 12 workers in 1850 and 40 workers were hired later.",
    ):
        assert split_clauses(text) == [text]


def _prepared(text: str, title: str) -> list[str]:
    return [s.text for s in prepare_sentences(split_sentences("doc", text), title, split=True)]


def test_the_class_noun_anywhere_names_the_documents_subject() -> None:
    text = (
        "Ardenne is a state in the north of Varland. Tin was mined near Orm in 1850. "
        "The state's highest peak is Mount Kell. The state also has 12 ports. "
        "The state symbols include the red fox. The state of Lorn lies to the east."
    )
    assert _prepared(text, "Ardenne (Varland)")[2:] == [
        "Ardenne's highest peak is Mount Kell.",
        "Ardenne has 12 ports.",
        "The state symbols include the red fox.",
        "The state of Lorn lies to the east.",
    ]


def test_the_class_noun_is_read_past_an_aside_and_a_coordinated_adjective() -> None:
    text = (
        "Lower Kell, often called LoKe, is a coastal and rural region of Varland. "
        "Tin was mined near Orm in 1850. The region is home to two large ports."
    )
    assert _prepared(text, "Lower Kell")[-1] == "Lower Kell is home to two large ports."


def test_an_as_of_date_is_kept_at_the_end_of_each_count() -> None:
    assert split_clauses(
        "As of May 2010, Ardenne had 40 public schools and 9 private schools."
    ) == [
        "Ardenne had 40 public schools as of May 2010.",
        "Ardenne had 9 private schools as of May 2010.",
    ]


def test_counts_of_plain_plural_nouns_are_split() -> None:
    assert split_clauses("The fleet had 300 ships and 9,000 men.") == [
        "The fleet had 300 ships.",
        "The fleet had 9,000 men.",
    ]
    text = "The fleet sailed in 1850 and 1851 ships were lost."
    assert split_clauses(text) == [text]


def test_a_second_count_without_its_verb_takes_the_first_ones() -> None:
    assert split_clauses(
        "Just under 900 pupils were enrolled in state schools, and just over 300 in private schools."
    ) == [
        "Just under 900 pupils were enrolled in state schools.",
        "Just over 300 pupils were enrolled in private schools.",
    ]
    assert split_clauses("The port handled 40 ships in 1851 and 52 in 1852.") == [
        "The port handled 40 ships in 1851.",
        "The port handled 52 ships in 1852.",
    ]
    text = "The town grew from 12 to 40 in 1900 and 1910."
    assert split_clauses(text) == [text]


def test_a_framing_adverb_and_a_prior_to_phrase_leave_a_plain_clause() -> None:
    assert split_clauses("Politically, the town of Orm has 40 seats.") == [
        "The town of Orm has 40 seats."
    ]
    assert split_clauses("Prior to the 1906 election, the council consisted of 44 members.") == [
        "The council consisted of 44 members prior to the 1906 election."
    ]
    assert split_clauses("The rain stopped at noon, so The Hague Cup went ahead.") == [
        "The rain stopped at noon.",
        "The Hague Cup went ahead.",
    ]


def _asked(text: str, title: str) -> list[tuple[str | None, str]]:
    cleaned = clean_document(f"{title}\n\n{text}")
    found = extract(split_sentences("doc", cleaned.text), title, selective=True)
    return [(c.question, c.span.text) for c in found.candidates]


_ABBEYS = (
    "Ulric Brand led the monks of Orm to Kell in 1102. The monks built a new church there. "
    "The abbey of Kell kept a library of old books. Pilgrims came to the abbey every summer. "
    "The abbey owned many farms along the river. Ulric Brand died at Kell in 1131. "
    "The monks brewed beer for the town. The town of Kell grew around the abbey."
)


def test_a_question_that_keeps_the_subject_is_asked_beside_one_that_shows_its_answer() -> None:
    asked = _asked(_ABBEYS, "Abbeys of Varland")
    first = [
        (question, answer)
        for question, answer in asked
        if answer in ("Ulric Brand", "1102", "Orm", "Kell")
    ]
    assert first == [
        ("Who led the monks of Orm to Kell in 1102?", "Ulric Brand"),
        ("In what year did Ulric Brand lead the monks of Orm to Kell?", "1102"),
    ]  # each shows the other's answer: both are candidates, the deck asks one (asked_once)


def test_a_sentence_with_two_counts_is_asked_one() -> None:
    text = (
        "Ardenne is a small state in the north of Varland. Tin was mined near Orm in 1850. "
        "The state's highest peak is Mount Kell. In 1850, the state had 1,200 farms and 48 mills."
    )
    asked = _asked(text, "Ardenne")
    assert ("How many farms did Ardenne have in 1850?", "1,200") in asked
    assert ("How many mills did Ardenne have in 1850?", "48") not in asked  # a cue to the first


_MINES = "The Orm Mining Corporation opened twelve mines at Kell in 1850."


def _candidate(answer: str, kind: str, question: str, score: float) -> Candidate:
    start = _MINES.index(answer)
    span = Span(start, start + len(answer), kind, answer)
    sentence = Sentence("doc", 0, 1, _MINES, _MINES)
    form = "subject" if kind == "organisation" else "fronted"
    return Candidate(answer, sentence, span, False, True, question, form, score=score)


def _kept(*candidates: Candidate) -> list[str]:
    return [c.span.text for c in _select(list(candidates), 9)]


def test_a_subject_question_is_not_asked_beside_a_better_one_that_shows_its_answer() -> None:
    firm = "Orm Mining Corporation"
    asks_firm = _candidate(firm, "organisation", "Which firm opened twelve mines at Kell?", 3)
    unnamed = _candidate("1850", "year", "In what year were twelve mines opened at Kell?", 2)
    assert _kept(asks_firm, unnamed) == [firm, "1850"]  # neither shows the other's answer
    named = "In what year did Orm Mining open twelve mines at Kell?"  # the firm's accepted form
    assert _kept(asks_firm, _candidate("1850", "year", named, 2)) == [firm, "1850"]
    better_year = _candidate("1850", "year", named, 4)
    kept = _select([asks_firm, better_year], 9, known=("orm mining corporation",))
    assert [c.span.text for c in kept] == ["1850"]  # the firm is what the document is about


_PATENT = (
    "In 1606 the Tarnish inventor Ivo Berg obtained the first patent for a water pump "
    "and held it until 1630."
)
_PATENT_YEAR = "In what year did Ivo Berg obtain the first patent for a water pump?"


def _about_the_patent(answer: str, question: str, form: str, score: float) -> Candidate:
    start = _PATENT.index(answer)
    kind = "year" if answer.isdigit() else "person" if answer == "Ivo Berg" else "other"
    span = Span(start, start + len(answer), kind, answer)
    sentence = Sentence("doc", 0, 1, _PATENT, _PATENT)
    return Candidate(answer, sentence, span, False, True, question, form, score=score)


def test_who_did_a_deed_is_asked_rather_than_when_when_each_gives_the_other_away() -> None:
    year = _about_the_patent("1606", _PATENT_YEAR, "fronted", 3)
    doer = "Which Tarnish inventor obtained the first patent for a water pump in 1606?"
    assert _kept(year, _about_the_patent("Ivo Berg", doer, "subject", 2)) == ["Ivo Berg"]
    thing = "What obtained the first patent for a water pump in 1606?"  # no name asked for
    assert _kept(year, _about_the_patent("Ivo Berg", thing, "subject", 2)) == ["1606"]
    blank = _about_the_patent("Ivo Berg", doer, "subject", 0.5)  # below every question's score
    assert _kept(year, blank) == ["1606"]


def test_a_time_left_for_its_doer_is_not_replaced_by_another_time_of_its_clause() -> None:
    year = _about_the_patent("1606", _PATENT_YEAR, "fronted", 3)
    doer = "Who obtained the first patent for a water pump in 1606?"
    held = _about_the_patent(
        "1630", "Until what year did Ivo Berg hold the first patent for a water pump?", "fronted", 2
    )
    kept = _kept(year, _about_the_patent("Ivo Berg", doer, "subject", 2.5), held)
    assert kept == ["Ivo Berg"]
    pump = "What did Ivo Berg obtain the first patent for in 1606?"  # another sort: still asked
    asks_pump = _about_the_patent("water pump", pump, "fronted", 2)
    kept = _kept(year, _about_the_patent("Ivo Berg", doer, "subject", 2.5), asks_pump)
    assert kept == ["Ivo Berg", "water pump"]


def test_when_is_asked_of_the_documents_subject_or_a_doer_asked_already() -> None:
    year = _about_the_patent("1606", _PATENT_YEAR, "fronted", 3)
    doer = _about_the_patent(
        "Ivo Berg", "Who obtained the first patent for a water pump in 1606?", "subject", 2
    )
    kept = _select([year, doer], 9, known=("ivo berg",))
    assert [c.span.text for c in kept] == ["1606"]
    text = "Ivo Berg founded the Guild of Pump Makers at Lund."
    born = Candidate(
        "born",
        Sentence("doc", 1, 2, text, text),
        Span(0, 8, "person", "Ivo Berg"),
        False,
        True,
        "Who founded the Guild of Pump Makers at Lund?",
        "subject",
        score=4,
    )  # kept first, in another sentence
    assert _kept(born, year, doer) == ["1606", "Ivo Berg"]


_DAM = "The Tarn Company built a dam at Lund in Norland in 1902."


def _about_the_dam(answer: str, kind: str, question: str, form: str = "fronted") -> Candidate:
    start = _DAM.index(answer)
    sentence = Sentence("doc", 0, 1, _DAM, _DAM)
    span = Span(start, start + len(answer), kind, answer)
    score = 3 if kind == "year" else 2
    return Candidate(answer, sentence, span, False, True, question, form, score=score)


def test_a_question_asked_in_place_after_the_subject_is_asked_beside_its_answer() -> None:
    year = _about_the_dam("1902", "year", "In what year did the Tarn Company build a dam at Lund?")
    town = "The Tarn Company built a dam at which town in 1902?"
    assert _kept(year, _about_the_dam("Lund", "place", town, "in-situ")) == ["Lund", "1902"]
    firm = "Which company built a dam at Lund in Norland in 1902?"  # asks for the subject
    assert _kept(year, _about_the_dam("Tarn Company", "organisation", firm, "in-situ")) == ["1902"]


def test_a_country_is_not_asked_beside_a_question_that_names_it() -> None:
    year = _about_the_dam(
        "1902", "year", "In what year did the Tarn Company build a dam in Norland?"
    )
    country = "In which country did the Tarn Company build a dam in 1902?"
    assert _kept(year, _about_the_dam("Norland", "country", country)) == ["1902"]
    place = "Where did the Tarn Company build a dam in 1902?"  # a town: not one of a few
    assert _kept(year, _about_the_dam("Lund", "place", place)) == ["Lund", "1902"]


def test_a_year_that_names_an_event_is_not_asked_for() -> None:
    for text in (
        "The council of Orm consisted of 44 members prior to the 2006 election.",
        "The Orm council grew to 44 members in the 2006 election.",
    ):  # "... prior to what year election?"
        assert "2006" not in [answer for _, answer in _asked(text, "Councils of Varland")]


def test_a_count_held_by_the_subject_before_it_is_a_clause_of_its_own() -> None:
    assert split_clauses("With a population of 40,000, Orm is the largest town of the vale.") == [
        "Orm is the largest town of the vale.",
        "Orm has 40,000 inhabitants.",
    ]
    assert split_clauses("With 40 ships, the fleet sailed to Kell in 1200.") == [
        "The fleet sailed to Kell in 1200.",
        "The fleet had 40 ships.",
    ]
    for text in (
        "With a few exceptions, the towns are small.",
        "With 40 ships lost, the fleet sailed home.",
        "With a gift from the king, the monks built a church.",
    ):
        assert split_clauses(text) == [text]


def test_his_or_her_after_a_sentence_about_a_person_names_the_person() -> None:
    text = "Trade grew in the north. Ulla Brand took Kell by 1 June. Her raid made her famous."
    assert _prepared(text, "Kell")[-1] == "Ulla Brand's raid made her famous."
    plural = "Trade grew in the north. The Danes took Kell by 1 June. Their raid made them rich."
    assert _prepared(plural, "Kell")[-1] == "Their raid made them rich."


def test_a_date_before_a_clause_with_a_list_is_no_list_item() -> None:
    text = "On 18 May 2015, Orm opened Kell Hall, a hall for concerts, plays and dances."
    start = text.index("18 May 2015")
    assert not _in_list(text, Span(start, start + 11, "date", "18 May 2015"))
    listed = "The towns are Orm, Kell, Lorn and Vass."
    start = listed.index("Kell")
    assert _in_list(listed, Span(start, start + 4, "place", "Kell"))


def test_a_name_that_opens_the_first_item_of_a_list_is_a_list_item() -> None:
    text = "The coast runs from Orm Bay islands, reefs, dunes and salt marshes to the cape."
    start = text.index("Orm Bay")
    assert _in_list(text, Span(start, start + 7, "place", "Orm Bay"))


def test_a_fact_that_holds_only_now_is_not_asked() -> None:
    text = (
        "Ardenne is a state in the north of Varland. The current governor of Ardenne is Ulla "
        "Brand. Ardenne is currently governed by the Green Party. Tin was found near Orm in 1850."
        " The head of the Varland mint in Ardenne is the Warden of Orm, currently Ann Lee."
    )
    answers = [answer for _, answer in _asked(text, "Ardenne")]
    assert "1850" in answers and "Warden of Orm" in answers  # an office outlasts its holder
    assert "Ulla Brand" not in answers and "Green Party" not in answers


def test_what_a_sentence_defines_is_asked_beside_many_dates_and_names() -> None:
    text = (
        "Ardenne is a state of Varland. The Orm Arena is the largest stadium in Ardenne, and "
        "the host of the 1956 Summer Games, the 1970 Winter Games and the 2006 Lake Games."
    )
    kept = extract(split_sentences("doc", text), "Ardenne", selective=True).candidates
    asked = {c.span.text: c.question for c in kept}
    assert asked["Orm Arena"] == "What is the largest stadium in Ardenne?"


def test_a_clear_question_about_a_passing_name_is_asked_when_there_is_room() -> None:
    text = (
        "The Tarns were a people of Varland. The Tarns built ships in the north of Varland. "
        "The Tarns traded furs and ships with the Lund people. By far the most famous work of "
        "Tarnish art is the Kelby Cloth."
    )
    kept = extract(split_sentences("doc", text), "Tarns", selective=True).candidates
    asked = {c.span.text: c.question for c in kept}
    assert asked["Kelby Cloth"] == "By far the most famous work of Tarnish art is what?"


def test_a_subject_question_that_one_of_a_kind_answers_is_not_asked() -> None:
    text = (
        "Ardenne is a state of Varland. The Duchy of Orm was a great fief of medieval Ardenne. "
        "Tarn County is a business centre in Ardenne that includes Lund Docks, Kell Mills and "
        "Orm Market districts. The Lund Arena is the largest stadium in Ardenne. The Kell "
        "Hills are part of the Great Orm Range in the north of Ardenne."
    )
    kept = extract(split_sentences("doc", text), "Ardenne", selective=True).candidates
    asked = {c.span.text: c.question for c in kept}
    assert "Duchy of Orm" not in asked  # many fiefs were great
    assert "Tarn County" not in asked  # "Which county is a business centre in Ardenne?"
    assert "Kell Hills" not in asked  # many hills are part of the range
    assert asked["Lund Arena"] == "What is the largest stadium in Ardenne?"


def test_a_question_that_keeps_only_the_first_item_of_a_list_is_not_asked() -> None:
    text = (
        "The Tarns were a people of Varland. The Orm Cloth survives in southern Orvia in a form "
        "influenced by its Roman, Lombard, and Arab forebears. In 1100, the Tarn chapel at "
        "Lund was rebuilt in a style shaped by its Roman, Lombard, and Arab forebears."
    )
    kept = extract(split_sentences("doc", text), "Tarns", selective=True).candidates
    asked = {c.span.text: c.question or "" for c in kept}
    assert not {"Orm Cloth", "southern Orvia", "Lund"} & set(asked)  # "... by its Roman?"
    assert asked["1100"].endswith("shaped by its Roman, Lombard, and Arab forebears?")


def _about(sentence_text: str, index: int, answer: str, question: str, score: float) -> Candidate:
    start = sentence_text.index(answer)
    span = Span(start, start + len(answer), "year", answer)
    sentence = Sentence("doc", index, index, sentence_text, sentence_text)
    return Candidate(f"c{index}", sentence, span, False, True, question, "fronted", score=score)


def test_one_answer_is_asked_for_two_different_facts_never_three() -> None:
    gold = _about(
        "Gold was found at Orm in 1851.", 0, "1851", "In what year was gold found at Orm?", 3
    )
    town = _about("Orm became a town in 1851.", 1, "1851", "In what year did Orm become a town?", 2)
    rail = _about(
        "The railway reached Orm in 1851.", 2, "1851", "When did the railway reach Orm?", 1.5
    )
    assert [c.id for c in _select([gold, town, rail], 9)] == ["c0", "c1"]


def test_one_fact_said_twice_is_asked_once_and_another_fact_beside_it() -> None:
    gold = _about(
        "Gold was found at Orm in 1851.", 0, "1851", "In what year was gold found at Orm?", 3
    )
    again = _about(
        "In 1851 much gold was found at Orm.",
        1,
        "1851",
        "In what year was much gold found at Orm?",
        2,
    )
    town = _about("Orm became a town in 1851.", 2, "1851", "In what year did Orm become a town?", 1)
    assert [c.id for c in _select([gold, again, town], 9)] == ["c0", "c2"]


def test_a_fresh_answer_is_kept_before_a_repeated_one() -> None:
    tin = _about(
        "Tin was mined at Orm in 1851.", 0, "1851", "In what year was tin mined at Orm?", 4
    )
    text = "Gold was found at Kell in 1851."
    gold = _about(text, 1, "1851", "In what year was gold found at Kell?", 3)
    start = text.index("Kell")
    kell = Candidate(
        "c2",
        gold.sentence,
        Span(start, start + 4, "place", "Kell"),
        False,
        True,
        "Where was gold found in 1851?",
        "fronted",
        score=2.8,
    )  # room for two: the fresh answer is kept before the better-scored repeated one
    town = _about("Orm became a town in 1851.", 3, "1851", "In what year did Orm become a town?", 2)
    assert [c.id for c in _select([tin, gold, kell, town], 2)] == ["c0", "c2"]


def test_the_documents_subject_named_in_both_questions_is_no_shared_fact() -> None:
    vote = _about("Tarnland voted in 1851.", 0, "1851", "When did Tarnland vote?", 3)
    text = "Tarnland held an election in 1851."
    election = _about(text, 1, "1851", "In what year did Tarnland hold an election?", 2)
    assert [c.id for c in _select([vote, election], 9)] == ["c0"]  # "Tarnland" is shared
    kept = _select([vote, election], 9, known=("tarnland",))
    assert [c.id for c in kept] == ["c0", "c1"]


def test_a_list_of_whole_clauses_leaves_each_clause_askable() -> None:
    text = (
        "The Vell Players staged a mystery play in 1620. The play ran for a month at the Lund "
        "Hall in Orvia. For the play, Ada Lund was cast as Eve, Ivo Berg was cast as Adam, and "
        "Per Holm was cast as the serpent."
    )
    kept = extract(split_sentences("doc", text), "Vell Players", selective=True).candidates
    asked = {c.span.text: c.question for c in kept}
    assert asked["Ada Lund"] == "Who was cast as Eve?"
