"""A question that never names the document's subject says it: a place or a body after the verb
phrase of a question that opens with its wh-phrase ("Who founded a small court in Lundmark?"),
else as an opening ("In Lundmark, ...", "In Ostmark, ...", "In the 1998 Varna flood, ..."), on
small texts written for the tests."""

from datetime import date

import pytest

from factdeck.generate.topics import Names, Topic, anchored, document_topic, of_the_work
from helpers.generation import deck_prompts

_STATE = (
    "Lundmark\n\n"
    "Lundmark is a state in the north of Varland. Its capital is Orsk. "
    "The first public library on record was at Fort Kessel in 1871. "
    "Farmers grow barley and rye on the plains.\n"
)


def test_a_question_on_a_state_opens_with_the_state() -> None:
    assert (
        "In Lundmark, the first public library on record was at which fort in 1871?"
        in deck_prompts(_STATE)
    )


def test_a_question_on_a_concept_keeps_its_wording() -> None:
    text = _STATE.replace("Lundmark\n\n", "Crop rotation\n\n").replace(
        "Lundmark is a state in the north of Varland.",
        "Crop rotation is a practice of farmers in the north of Varland.",
    )
    assert "The first public library on record was at which fort in 1871?" in deck_prompts(text)


_AS_WRITTEN = {
    "Ostmark (1994 film)": "Ostmark",
    "Orbit One": "the Orbit One",
    "1998 Varna flood": "the 1998 Varna flood",
}
"""How the texts of the tests write their subjects in mid-sentence."""


def _topic(title: str, first: str, *more: str) -> Topic:
    topic = document_topic([first, *more], title, None)
    assert topic is not None
    return topic


@pytest.mark.parametrize(
    ("title", "first", "question", "answer", "anchored_question"),
    [
        (
            "Ostmark (1994 film)",
            "Ostmark is a 1994 drama film directed by Ivo Brand.",
            "Who was Ada Moll cast as?",
            "the nurse",
            "In Ostmark, who was Ada Moll cast as?",
        ),
        (
            "Ostmark (1994 film)",
            "Ostmark is a 1994 drama film directed by Ivo Brand.",
            "Filming temporarily returned to Dorset to shoot scenes at which abbey?",
            "Holm Abbey",
            "Filming of Ostmark temporarily returned to Dorset to shoot scenes at which abbey?",
        ),
        (
            "Ostmark (1994 film)",
            "Ostmark is a 1994 drama film directed by Ivo Brand.",
            "Where were the snow scenes shot?",
            "Tarn Pass",
            "During filming of Ostmark, where were the snow scenes shot?",
        ),
        (
            "Tarn Island",
            "Tarn Island is an island in the Vell Sea.",
            "Which bird nests on the cliffs?",
            "the gannet",
            "Which bird nests on the cliffs on Tarn Island?",
        ),
        (
            "Kell University",
            "Kell University is a public university in Orsk.",
            "In the fall of what year did Hart Hall begin housing graduate students?",
            "1962",
            "In the fall of what year did Hart Hall begin housing graduate students at Kell"
            " University?",
        ),
        (
            "Orbit One",
            "The Orbit One is a portable music player made by Varcom.",
            "What was the Helix font replaced with?",
            "Sans Nine",
            "On the Orbit One, what was the Helix font replaced with?",
        ),
        (
            "1998 Varna flood",
            "The 1998 Varna flood was a flood in the Varna valley in 1998.",
            "Which commission started a level II relief plan?",
            "the Water Board",
            "In the 1998 Varna flood, which commission started a level II relief plan?",
        ),
    ],
)
def test_a_question_opens_with_its_subject(
    title: str, first: str, question: str, answer: str, anchored_question: str
) -> None:
    mentions = [f"Much was written about {_AS_WRITTEN.get(title, title)} in 1998."]
    topic = _topic(title, first, *mentions)
    when = 1998 if "flood" in title else None
    assert (
        anchored(question, answer, (question, when), topic, Names(()), set()) == anchored_question
    )


@pytest.mark.parametrize(
    ("question", "anchored_question"),
    [
        ("When did the terns migrate?", "When did the terns migrate to Kessa?"),
        ("When did the first settlers come?", "When did the first settlers come to Kessa?"),
        ("When did the first settlers arrive?", "When did the first settlers arrive in Kessa?"),
        ("When did the Orvans land?", "When did the Orvans land on Kessa?"),
    ],
)
def test_an_arrival_on_an_island_takes_the_verb_s_preposition(
    question: str, anchored_question: str
) -> None:
    island = _topic("Kessa", "Kessa is an island in the Vell Sea.")
    assert anchored(question, "1633", (question, None), island, Names(()), set()) == (
        anchored_question
    )


def test_a_place_goes_after_the_verb_only_where_it_is_the_verb_s() -> None:
    city = _topic("Kell", "Kell is a city in Vessia.", "Much was written about Kell in 1998.")
    designed = "Who designed the garden?"
    assert anchored(designed, "Ivo Rask", (designed, None), city, Names(()), set()) == (
        "Who designed the garden in Kell?"
    )
    lapsed = "Who let the licence for the Orvan car lapse?"
    assert anchored(lapsed, "Ivo Rask", (lapsed, None), city, Names(()), set()) == lapsed
    expired = "Which treaty signed by Ivo Rask expired?"
    assert anchored(expired, "the Orm treaty", (expired, None), city, Names(()), set()) == expired


def test_a_question_that_names_its_subject_keeps_its_wording() -> None:
    topic = _topic("Kell University", "Kell University is a public university in Orsk.")
    for question in (
        "In what year was Kell University founded?",
        "Who was Kell's first president?",
    ):
        assert anchored(question, "Ivo Marr", (question, None), topic, Names(()), set()) == question


def test_a_question_on_another_thing_of_the_sort_keeps_its_wording() -> None:
    film = _topic("Ostmark (1994 film)", "Ostmark is a 1994 drama film directed by Ivo Brand.")
    question = "Which film did Ivo Brand direct after his debut?"
    assert anchored(question, "Nachtzug", (question, None), film, Names(()), set()) == question
    state = _topic("Lundmark", "Lundmark is a state in the north of Varland.")
    question = "Which river forms the border of Kessia?"
    assert anchored(question, "Orm", (question, None), state, Names({"Kessia"}), set()) == question


def test_a_question_outside_an_event_s_years_keeps_its_wording() -> None:
    flood = _topic("1998 Varna flood", "The 1998 Varna flood was a flood in the Varna valley.")
    question = "Which dam was built on the river?"
    earlier = "The Kell Dam was built on the river in 1961."
    assert anchored(question, "Kell Dam", (earlier, 1961), flood, Names(()), set()) == question
    during = "The Kell Dam broke on the river in 1998."
    assert anchored(question, "Kell Dam", (during, 1998), flood, Names(()), set()).startswith(
        "In the 1998 Varna flood, which dam"
    )


def test_an_answer_that_names_the_subject_leaves_the_question_alone() -> None:
    state = _topic("Lundmark", "Lundmark is a state in the north of Varland.")
    question = "Which team won the cup in 1990?"
    assert (
        anchored(question, "Lundmark Rovers", (question, None), state, Names(()), set()) == question
    )


def test_a_question_on_a_party_is_not_placed_in_the_party() -> None:
    party = _topic("Kell Party", "The Kell Party is a political party in Varland.")
    for question in (
        "What percentage of farmers voted for Ivo Marr in 1990?",
        "Who won the votes of unmarried women in 1994?",
    ):
        assert anchored(question, "Ivo Marr", (question, None), party, Names(()), set()) == question
    council = _topic(
        "Kell Council",
        "The Kell Council is a council in Varland.",
        "Much was written about the Kell Council in 1998.",
    )
    question = "Who chaired the finance committee in 1990?"
    placed = anchored(question, "Ivo Marr", (question, None), council, Names(()), set())
    assert placed == "Who chaired the finance committee in the Kell Council in 1990?"


def test_a_person_has_no_topic() -> None:
    assert document_topic(["Ivo Marr is a Varlish painter."], "Ivo Marr", None) is None


def test_a_sentence_on_another_place_of_the_sort_keeps_its_wording() -> None:
    state = _topic("Lundmark", "Lundmark is a state in the north of Varland.")
    question = "Who founded the March of Orm?"
    source = "Orsk was the seat of the March of Orm, a small state founded by Brandulf."
    assert anchored(question, "Brandulf", (source, None), state, Names(()), set()) == question
    source = "Orsk was the seat of a small court founded by Brandulf."
    question = "Who founded a small court?"
    assert anchored(question, "Brandulf", (source, None), state, Names(()), set()) == (
        "Who founded a small court in Lundmark?"
    )


def test_a_question_on_a_college_whose_answer_is_a_town_s_keeps_its_wording() -> None:
    text = (
        "Orm College\n\nOrm College is a small college in the town of Kelby. Ivo Berg was "
        "active in the Kelby Reading Society. The college library was designed by Ada Holm.\n"
    )
    prompts = deck_prompts(text)
    assert "Which society was Ivo Berg active in?" in prompts
    assert "Who designed the college library at Orm College?" in prompts


@pytest.mark.parametrize(
    "question",
    [
        "When did the river rise above the old bridge?",
        "Which town was flooded in 1998?",
        "During which war was the dam built?",
    ],
)
def test_an_event_s_question_placed_in_time_keeps_its_wording(question: str) -> None:
    flood = _topic("1998 Varna flood", "The 1998 Varna flood was a flood in the Varna valley.")
    assert anchored(question, "Kell", (question, 1998), flood, Names(()), set()) == question


def test_a_long_question_keeps_its_wording() -> None:
    topic = _topic("Kell University", "Kell University is a public university in Orsk.")
    question = "Who " + "very " * 20 + "much wanted the hall?"
    assert anchored(question, "Ivo Marr", (question, None), topic, Names(()), set()) == question


def test_a_name_written_in_part_lower_case_still_names_the_subject() -> None:
    region = _topic(
        "Southern Kessia",
        "Southern Kessia is a region of Varland.",
        "Storms often hit Southern Kessia.",
    )
    question = "How many storms does southern Kessia have each year?"
    assert anchored(question, "ten", (question, None), region, Names(()), set()) == question
    assert not Names({"Bright"}).named_in("Who had a bright idea?")
    assert Names({"Bright"}).named_in("Which valley is near Bright?")


@pytest.mark.parametrize(
    "first",
    [
        "The University of Kell (commonly referred to as Kellu) is a public university in Orsk.",
        "The University of Kell, also known as Kellu, is a public university in Orsk.",
        "The University of Kell, often called Kellu, is a public university in Orsk.",
        "The University of Kell (UK), or simply Kellu, is a public university in Orsk.",
    ],
)
def test_a_short_form_the_first_sentence_gives_names_the_subject(first: str) -> None:
    topic = _topic("University of Kell", first)
    question = "In what year did Kellu first sponsor varsity rowing?"
    assert anchored(question, "1870", (question, None), topic, Names(()), set()) == question


def test_a_longer_word_does_not_name_the_subject() -> None:
    topic = _topic("Kell University", "Kell University is a public university in Orsk.")
    assert topic.names_it("Who was Kell's first president?")
    assert topic.names_it("Which Kellish ale is brewed on the campus?")
    assert not topic.names_it("Who married Ada Kelly?")
    question = "Who married Ada Kelly?"
    assert anchored(question, "Ivo Marr", (question, None), topic, Names(()), set()) == (
        "Who married Ada Kelly at Kell University?"
    )


@pytest.mark.parametrize(
    "question",
    [
        "The Vorsk raiders sailed down the Russian rivers from which sea?",
        "The first map to show the Vessian coast was informed by whose expedition?",
        "Whose vaccine had reduced polio in North American towns by 1962?",
    ],
)
def test_a_question_that_names_a_people_s_adjective_keeps_its_wording(question: str) -> None:
    for title, first in (
        ("Lundmark", "Lundmark is a state in the north of Varland."),
        ("Kell University", "Kell University is a public university in Orsk."),
    ):
        topic = _topic(title, first)
        assert anchored(question, "Orm", (question, None), topic, Names(()), set()) == question


def test_a_question_on_a_body_that_names_a_place_keeps_its_wording() -> None:
    text = (
        "Orm College\n\nOrm College is a small college in the town of Kelby. The college library "
        "was designed by Ada Holm. In 1955, the vaccine of Dr. Ivo Berg was first given to "
        "children in Varland.\n"
    )
    prompts = deck_prompts(text)
    assert "Who designed the college library at Orm College?" in prompts
    assert (
        "In what year was the vaccine of Dr. Ivo Berg first given to children in Varland?"
        in prompts
    )


def test_a_city_s_name_is_not_read_as_a_people_s_adjective() -> None:
    topic = _topic("Milan University", "Milan University is a public university in Orsk.")
    assert topic.forms == ("Milan University", "Milan")
    question = "Who was the mayor of Milan in 1900?"
    assert anchored(question, "Ivo Marr", (question, None), topic, Names(()), set()) == question


def test_a_person_s_deed_not_placed_in_the_city_keeps_its_wording(uncut: None) -> None:
    text = (
        "Kell\n\nKell is a city in northern Orm. The painter Ivo Holm was knighted by the king in "
        "1862. In Kell, the painter Ada Lind founded a drawing school in 1850. The old market of "
        "the city sells fish and salt. The Old Mill garden, designed by Ada Holm, was opened "
        "in 2002.\n"
    )
    prompts = deck_prompts(text)
    assert "Which painter was knighted by the king in 1862?" in prompts
    assert "Who designed the Old Mill garden in Kell?" in prompts
    assert "In what year did the painter Ada Lind found a drawing school in Kell?" in prompts


@pytest.mark.parametrize(
    ("question", "source", "of_the_story"),
    [
        (
            "Who came daily to care for the Lind house and family?",
            "Her aunt Mary Brook came daily to care for the Lind house and family.",
            False,
        ),
        (
            "Who finds a letter in the attic?",
            "In the story, the orphan Amasa Lee finds a letter in the attic.",
            True,
        ),
        ("Who is the orphan raised by?", "The orphan is raised by her uncle Ivo.", True),
        ("Who wrote the music?", "The music was composed by Ivo Holm in 1931.", True),
        (
            "What does Ada obtain before fleeing on a raft?",
            "Ada reads the map Bo had drawn, and obtains the Orm Lamp before fleeing on a raft.",
            True,
        ),
        (
            "Who had cared for the Lind family?",
            "Her aunt had cared for the Lind family and came daily.",
            False,
        ),
    ],
)
def test_a_work_opens_only_facts_of_its_story_or_making(
    question: str, source: str, of_the_story: bool
) -> None:
    assert of_the_work(question, source) is of_the_story


def test_an_event_s_question_naming_a_people_keeps_its_opening() -> None:
    flood = _topic("1998 Varna flood", "The 1998 Varna flood was a flood in the Varna valley.")
    question = "Which dam did the Kessian engineers open?"
    assert anchored(question, "Kell Dam", (question, 1998), flood, Names(()), set()) == (
        "In the 1998 Varna flood, which dam did the Kessian engineers open?"
    )


def test_a_place_s_adjective_names_the_place() -> None:
    state = _topic("Kessia", "Kessia is a state in the north of Varland.")
    question = "When were the Kessian Council elections first held?"
    assert anchored(question, "1851", (question, None), state, Names(()), set()) == question
    assert state.names_it("Who chaired the Kessian Council?")
    assert not state.names_it("Who chaired the Kessano Council?")


_BATTLE = (
    "Battle of Varholm\n\n"
    "The Battle of Varholm, on 14 June 1711, was an engagement of the Kessian War between Orsk"
    " and Lundmark.\n\n"
    "In 1711 the Orsk court quarrelled over the war. King Tobias dismissed Ada Holm from her"
    " post as marshal.\n\n"
    "On 14 June 1711 the Lundmark cavalry crossed the river at dawn. Pell Arnsen led the cavalry"
    " charge against the Orsk centre.\n"
)
"""A battle dated by its day, told after background of the same year."""


def test_an_event_dated_by_a_day_opens_only_what_its_day_holds() -> None:
    prompts = deck_prompts(_BATTLE)
    assert "Whom did King Tobias dismiss from her post as marshal?" in prompts
    assert "In the Battle of Varholm, who led the cavalry charge against the Orsk centre?" in (
        prompts
    )


def test_a_paragraph_dated_by_its_day_alone_is_in_the_event() -> None:
    text = _BATTLE.replace("On 14 June 1711 the Lundmark", "On 14 June the Lundmark")
    assert "In the Battle of Varholm, who led the cavalry charge against the Orsk centre?" in (
        deck_prompts(text)
    )


def test_an_event_dated_by_a_month_holds_only_times_within_it() -> None:
    siege = _topic(
        "Siege of Kelby", "The Siege of Kelby took place in March 1642 in the Orm valley."
    )
    question = "Who commanded the garrison?"
    source = "Ivo Marr commanded the garrison."
    march, may, year = (
        _days(date(1642, 3, 9), date(1642, 3, 9)),
        _days(date(1642, 5, 1), date(1642, 5, 31)),
        _days(date(1642, 1, 1), date(1642, 12, 31)),
    )
    assert anchored(question, "Ivo Marr", (source, 1642), siege, Names(()), set(), march) == (
        "In the Siege of Kelby, who commanded the garrison?"
    )
    for dated in (may, year, None):
        assert (
            anchored(question, "Ivo Marr", (source, 1642), siege, Names(()), set(), dated)
            == question
        )


def _days(first: date, last: date) -> tuple[int, int]:
    return first.toordinal(), last.toordinal()


def test_an_event_s_days_run_from_a_first_day_given_without_its_year() -> None:
    siege = _topic(
        "Siege of Kelby", "The Siege of Kelby lasted from June 1 to June 15, 1711 in the valley."
    )
    assert siege.days == _days(date(1711, 6, 1), date(1711, 6, 15))


def test_a_day_that_recurs_each_year_is_no_day_of_the_event(uncut: None) -> None:
    text = _BATTLE + (
        "\nEvery year on 14 June the people of Orsk gather at the Vell Chapel. The chapel was"
        " designed by the architect Ivo Brand.\n"
    )
    prompts = deck_prompts(text)
    assert "Which architect designed the Vell Chapel?" in prompts
    assert "In the Battle of Varholm, who led the cavalry charge against the Orsk centre?" in (
        prompts
    )
    # nor after the event's own day in the same paragraph
    dated = text.replace("Every year", "The Orsk army fled on 14 June 1711. Every year")
    assert "Which architect designed the Vell Chapel?" in deck_prompts(dated)


_TRUST = (
    "Orm Trust",
    "The Orm Trust is an organisation that keeps old mills in Varland.",
    "Much was written about the Orm Trust in 1998.",
)


@pytest.mark.parametrize(
    "question",
    [
        "In what year did a survey find a buried millstone on the bank of the Tarn outside of"
        " Kessby?",
        "Who deepened his long friendship with the potter Ada Holm?",
        "Who bought a mill from the council of the Duchy of Vell in 1902?",
    ],
)
def test_a_body_is_not_put_after_a_name_the_question_s_preposition_brings(question: str) -> None:
    topic = _topic(*_TRUST)
    assert anchored(question, "Ivo Rask", (question, None), topic, Names(()), set()) == question


@pytest.mark.parametrize(
    ("question", "anchored_question"),
    [
        (
            "Who was the Chief Surveyor for Vessia?",
            "Who was the Chief Surveyor of the Orm Trust for Vessia?",
        ),
        (
            "Who was appointed Head Miller for the Orm Isles in May 1950?",
            "Who was appointed Head Miller of the Orm Trust for the Orm Isles in May 1950?",
        ),
        (
            "Who was appointed to the post of Chief Surveyor in 1950?",
            "Who was appointed to the post of Chief Surveyor at the Orm Trust in 1950?",
        ),
        ("Who restored the old mill wheel?", "Who restored the old mill wheel at the Orm Trust?"),
    ],
)
def test_a_body_follows_the_post_a_name_scopes(question: str, anchored_question: str) -> None:
    topic = _topic(*_TRUST)
    assert anchored(question, "Ivo Rask", (question, None), topic, Names(()), set()) == (
        anchored_question
    )


def test_a_work_named_in_another_script_in_brackets_is_still_filed_as_a_work(uncut: None) -> None:
    text = (
        "Ormquest\n\nOrmquest, known in Japan as Orm no Hihou (Japanese: オルムの秘宝, "
        "Hepburn: Orumu no Hihō, literally The Lost Treasure of the Old King of Orm), is a 1991 platform "
        "game developed by Kell Soft. Ada solves the riddle using the note Bo had given her, "
        "and obtains the Sun Crown before escaping in a mine cart.\n"
    )
    assert any(prompt.startswith("In Ormquest, ") for prompt in deck_prompts(text)), deck_prompts(
        text
    )


def test_a_title_written_with_its_own_article_keeps_it() -> None:
    film = _topic(
        "The Long Night (film)",
        "The Long Night is a 1961 drama film directed by Ivo Brand.",
        "Critics praised The Long Night for its score.",
        "In 1997, the Kell Archive selected The Long Night for preservation.",
    )
    assert film.name == "The Long Night"
    question = "Who pleads with Ada Moll to leave with her?"
    assert anchored(question, "Sara Holm", (question, None), film, Names(()), set()) == (
        "In The Long Night, who pleads with Ada Moll to leave with her?"
    )


def test_a_name_after_a_sentence_s_the_takes_no_capital_article() -> None:
    club = _topic("Kell Rovers", "Kell Rovers is a football club in Orm.", "The Kell Rovers won.")
    assert club.name == "Kell Rovers"


def test_a_question_lowering_a_title_s_article_gives_its_capital_back(uncut: None) -> None:
    text = (
        "= The Drifter (film) =\n\n"
        "The Drifter is a 1961 drama film directed by Ivo Brand. "
        "Critics praised The Drifter for its score.\n"
    )
    prompts = deck_prompts(text)
    assert "Who directed The Drifter?" in prompts, prompts
