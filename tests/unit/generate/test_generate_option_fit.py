"""Options a learner cannot rule out by their kind: people for people (never a team, a
building, a teaching or a people), characters for characters, a town for a town."""

from __future__ import annotations

from factdeck.bank import QuestionType
from factdeck.generate.distractors import ruled_out_by_prompt, same_form
from helpers.generation import auto_fact, option_pool, question_types

_RACERS = (
    "Racers\n\n"
    "Ada Wren won the Tarn rally in 1950. Karl Sund won the Kell cup in 1952. "
    "Lena Moor won the Ostby cup in 1954. "
    "Orsby F2 carried the rally's badge in 1956. The Mara Holm Arena opened in 1953 beside "
    "the track, where Vellish Stoicism was taught in 1951."
)
_RALLY = "Ada Wren won the Tarn rally in 1950."


def test_a_team_a_building_or_a_teaching_is_no_option_for_a_person() -> None:
    fact = auto_fact("person", "Ada Wren", _RALLY, "Who won the Tarn rally in 1950?")
    names = ["Orsby F2", "Mara Holm Arena", "Vellish Stoicism", "Karl Sund", "Lena Moor"]
    options = option_pool(_RACERS, "person", names, fact).choose(fact)
    assert options == ["Karl Sund", "Lena Moor"]


_RIDERS = (
    "Riders\n\n"
    "In 1540 the Orm Riders began moving into the Kell valley. The Orm Riders raided Tarn in "
    "1544. In 1541 Ada Wren held Tarn. In 1542 Karl Sund held Kell. In 1543 Lena Moor held "
    "Ostby."
)


def test_a_people_named_with_the_gets_no_persons_as_options() -> None:
    statement = "In 1540 the Orm Riders began moving into the Kell valley."
    prompt = "Who began moving into the Kell valley in 1540?"
    fact = auto_fact("person", "Orm Riders", statement, prompt)
    pool = option_pool(_RIDERS, "person", ["Ada Wren", "Karl Sund", "Lena Moor"], fact)
    assert pool.choose(fact) == []
    assert QuestionType.MULTIPLE_CHOICE not in question_types(fact, pool)


_FILM = (
    "Career\n\n"
    "In 2013 Ada Wren voiced Lira Holm in the animated film Moss. Karl Sund was cast as "
    "Tom Vell in the same film. Ada Wren sang with Lena Moor in 2012 and with Ivo Stark in "
    "2014. Ada Wren toured with Karl Sund in 2013."
)


def test_a_voiced_or_cast_character_is_no_option_for_a_real_person_nor_the_reverse() -> None:
    statement = "In 2013 Ada Wren voiced Lira Holm in the animated film Moss."
    prompt = "Whom did Ada Wren voice in the animated film Moss?"
    character = auto_fact("person", "Lira Holm", statement, prompt)
    names = ["Lena Moor", "Ivo Stark", "Karl Sund", "Tom Vell"]
    pool = option_pool(_FILM, "person", names, character)
    assert pool.choose(character) == ["Tom Vell"]  # the one other character
    assert QuestionType.MULTIPLE_CHOICE not in question_types(character, pool)
    sung = "Ada Wren sang with Lena Moor in 2012 and with Ivo Stark in 2014."
    singer = auto_fact("person", "Lena Moor", sung, "With whom did Ada Wren sing in 2012?")
    assert "Tom Vell" not in option_pool(_FILM, "person", names, singer).choose(singer)


_CITY = (
    "Kellport\n\n"
    "In 1890 the market of Kellport opened in Ardley, a borough in the west. A fair is held "
    "in Brin, a borough in the east, and in Sowe, a neighbourhood near the docks. A park lies "
    "in Dunmere, a borough in the north. The club plays at Harbour Arena, and races are run at "
    "Corvin Field. The mayor was born in Ostby in 1950. He later lived in Tarn and in Holm, "
    "and he retired to Ohio."
)
_PLACES = ["Harbour Arena", "Corvin Field", "Ostby", "Tarn", "Holm", "Ohio", "Brin", "Sowe"]


def test_a_ground_a_building_a_state_or_a_town_is_no_option_for_a_borough() -> None:
    statement = "In 1890 the market of Kellport opened in Ardley, a borough in the west."
    prompt = "In which borough of Kellport did the market open in 1890?"
    fact = auto_fact("place", "Ardley", statement, prompt)
    pool = option_pool(_CITY, "place", _PLACES, fact)
    assert set(pool.choose(fact)) == {"Brin", "Sowe"}
    assert QuestionType.MULTIPLE_CHOICE not in question_types(fact, pool)
    pool = option_pool(_CITY, "place", [*_PLACES, "Dunmere"], fact)
    assert set(pool.choose(fact)) == {"Brin", "Sowe", "Dunmere"}


def test_a_state_or_a_ground_is_no_option_for_a_town() -> None:
    statement = "The mayor was born in Ostby in 1950."
    fact = auto_fact("place", "Ostby", statement, "Where was the mayor born?")
    assert set(option_pool(_CITY, "place", _PLACES, fact).choose(fact)) == {"Tarn", "Holm"}


_MAYORS = (
    "Mayors\n\n"
    "Karl Sund was mayor of Kell from 1890. In 1901 Ada Wren succeeded Karl Sund as mayor of "
    "Kell. Lena Sund was mayor of Ostby in 1899. Ivo Stark was mayor of Tarn in 1903. Eva Dunn "
    "was mayor of Holm in 1900. Otto Brand was mayor of Vell in 1902."
)


def test_an_option_that_repeats_a_word_of_the_question_is_never_offered() -> None:
    statement = "In 1901 Ada Wren succeeded Karl Sund as mayor of Kell."
    fact = auto_fact("person", "Ada Wren", statement, "Who succeeded Karl Sund as mayor of Kell?")
    names = ["Lena Sund", "Ivo Stark", "Eva Dunn", "Otto Brand"]
    options = option_pool(_MAYORS, "person", names, fact).choose(fact)
    assert len(options) == 3
    assert "Lena Sund" not in options


def test_a_name_of_several_words_far_longer_than_the_key_is_no_option() -> None:
    assert not same_form("Ada Lind", "Bartholomew Kingsworthy-Vane")
    assert not same_form("Vell Academy", "Saint Olafsburg-Wennerby Academy")
    assert same_form("Ada Lind", "Karl Sund")
    assert same_form("Annika Bergstrom Holm", "Ivo Stark")
    assert same_form("Lind", "Mendelssohn")  # one word: only its spelling is longer


def test_no_century_option_comes_after_the_document_s_own_time_even_if_it_plans_beyond() -> None:
    built = "The old Marva bridge was built in the 19th century."
    text = (
        f"Marva bridge\n\n{built} It was closed to lorries in 1998. A new bridge is scheduled "
        "to open in 2003."
    )
    fact = auto_fact("period", "19th century", built, "In what century was the bridge built?")
    options = option_pool(text, "period", [], fact).choose(fact)
    assert options and "21st century" not in options
    assert all(int(option[:2]) <= 20 for option in options)


_COURT = (
    "Court\n\n"
    "In 1240 Ada Wren came to the court at Tarn. In 1241 Orm Khan rode to Kell. In 1242 Holm "
    "Khan rode to Ostby. In 1243 Vell Khan rode to Holm. In 1244 Karl Sund rode to Dunmere. In "
    "1245 the Blue Herons rode to Wenmark, and Kell OS was written in 1246."
)


def test_options_that_share_a_word_the_key_lacks_never_make_up_all_three() -> None:
    statement = "In 1240 Ada Wren came to the court at Tarn."
    fact = auto_fact("person", "Ada Wren", statement, "Who came to the court at Tarn in 1240?")
    khans = ["Orm Khan", "Holm Khan", "Vell Khan"]
    pool = option_pool(_COURT, "person", khans, fact)
    assert len(pool.choose(fact)) == 2
    assert QuestionType.MULTIPLE_CHOICE not in question_types(fact, pool)
    options = option_pool(_COURT, "person", [*khans, "Karl Sund"], fact).choose(fact)
    assert len(options) == 3 and "Karl Sund" in options


def test_a_program_or_a_team_is_no_option_for_a_person() -> None:
    statement = "In 1244 Karl Sund rode to Dunmere."
    fact = auto_fact("person", "Karl Sund", statement, "Who rode to Dunmere in 1244?")
    names = ["Blue Herons", "Kell OS", "Ada Wren", "Orm Khan"]
    assert set(option_pool(_COURT, "person", names, fact).choose(fact)) == {"Ada Wren", "Orm Khan"}
    text = f"{_COURT} Red Ivo Holm rode to Tarn in 1243."  # a colour, but no team's plural
    options = option_pool(text, "person", [*names, "Red Ivo Holm"], fact).choose(fact)
    assert set(options) == {"Ada Wren", "Orm Khan", "Red Ivo Holm"}


def test_no_date_option_falls_after_the_month_the_question_looks_ahead_to() -> None:
    may = "When did the Orsby council announce it would hold a fair in May?"
    assert ruled_out_by_prompt(may, "2 March 1901", "20 June 1901")
    assert ruled_out_by_prompt(may, "2 March 1901", "7 May 1901")
    assert not ruled_out_by_prompt(may, "2 March 1901", "20 January 1901")
    assert not ruled_out_by_prompt(may, "14 May 1901", "20 June 1901")  # May is the key's own
    february = "When did the council announce a fair in February?"
    assert ruled_out_by_prompt(february, "10 December 1900", "3 March 1901")
    assert not ruled_out_by_prompt(february, "10 December 1900", "5 January 1901")
    text = "Orsby\n\nOn 2 March 1901, the Orsby council announced it would hold a fair in May."
    fact = auto_fact("date", "2 March 1901", text.split("\n\n")[1], may)
    options = option_pool(text, "date", [], fact).choose(fact)
    assert options and all(not ruled_out_by_prompt(may, fact.answer, o) for o in options)
