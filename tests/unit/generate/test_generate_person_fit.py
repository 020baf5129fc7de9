"""Person options of an imported question are first the people the document ties to the
key's role (or its trade) and to the question's time: a critic is a poor option for a mayor,
and a singer of the 1850s a poor one for a ballet of 1909 where people of the 1900s exist."""

from __future__ import annotations

from factdeck.bank import QuestionType
from factdeck.generate.clean import clean_document
from factdeck.generate.distractors import asked_roles, roles_in
from factdeck.generate.extract import extract
from factdeck.generate.sentences import split_sentences
from helpers.generation import auto_fact, option_pool, question_types

_BALLET = (
    "Ballet in Vell\n\n"
    "The singer Ada Moor toured Vell in 1852 and sang at the old hall. "
    "The dancer Tom Reed opened a school in Vell in 1903. "
    "The painter Lev Dorn designed sets for the school in 1905. "
    "The composer Ivo Hale wrote a suite for the school in 1907.\n\n"
    "The 1909 ballet Vellia was choreographed by Max Orlo. It was staged in Tarn in 1910."
)


def test_people_of_the_questions_time_come_before_those_of_another_generation() -> None:
    statement = "The 1909 ballet Vellia was choreographed by Max Orlo."
    fact = auto_fact("person", "Max Orlo", statement, "Who choreographed the 1909 ballet Vellia?")
    names = ["Ada Moor", "Tom Reed", "Lev Dorn", "Ivo Hale", "Max Orlo"]
    options = option_pool(_BALLET, "person", names, fact).choose(fact)
    # a choreographer is of a stage's crew: its composer and its designer, never a dancer
    # of its cast
    assert sorted(options) == ["Ivo Hale", "Lev Dorn"]


_TOWN = (
    "Orsk\n\n"
    "In 2004 Mayor Ivan Sorel beat the candidate Ada Brin. Governor Lev Dorn visited Orsk in "
    "2008. The critic Elena Rusk wrote for the Orsk Post in 2011. The critic Oleg Tamm reviewed "
    "plays in 2012. The critic Yuri Pell reviewed films in 2013. The novelist Marta Lind wrote "
    "of Orsk in 2012. The poet Igor Vasko read there in 2013.\n\n"
    "In 2012 the mayoral election was won by Nina Kess."
)


def test_people_of_the_keys_trade_come_before_those_of_another() -> None:
    statement = "In 2012 the mayoral election was won by Nina Kess."
    fact = auto_fact("person", "Nina Kess", statement, "Who won the mayoral election in 2012?")
    names = ["Ivan Sorel", "Ada Brin", "Lev Dorn", "Elena Rusk", "Oleg Tamm", "Yuri Pell"]
    names += ["Marta Lind", "Igor Vasko", "Nina Kess"]
    options = option_pool(_TOWN, "person", names, fact).choose(fact)
    assert sorted(options) == ["Ada Brin", "Ivan Sorel", "Lev Dorn"]


def test_roles_a_text_ties_to_a_name() -> None:
    texts = [
        "The critic Ann Lee praised it.",
        "Ann Lee, a former drama critic, left in 1990.",
        "Tom Reed served as governor of Orsk. Cinematographer Ada Moor filmed it.",
    ]
    assert roles_in("Ann Lee", texts) == {"critic"}
    assert roles_in("Tom Reed", texts) == {"governor"}
    assert roles_in("Ada Moor", texts) == {"cinematographer"}
    assert roles_in("Ivo Hale", texts) == frozenset()


def test_roles_a_question_asks_for() -> None:
    assert asked_roles("Which explorer first reached the cape?") == {"explorer"}
    assert asked_roles("Who returned as the film's composer?") == {"composer"}
    assert asked_roles("Who won the mayoral election in 2012?") == {"mayor"}
    assert asked_roles("Who married the composer Ivo Hale?") == frozenset()


_SCREEN = (
    "The Salt Year\n\n"
    "The Salt Year is a 1962 film. It was directed by Tom Brask. The actress Pia Lund starred "
    "as a miller's daughter. The actress Ada Holm played Lucia Kell. The actor Rolf Dane "
    "co-starred. The editor Ivo Sand cut the film in 1961. The designer Lev Orm built the "
    "sets in 1961.\n\n"
    "Jon Vark composed the score in 1961."
)


def test_a_crew_question_gets_crew_options_and_a_cast_question_cast_options() -> None:
    people = ["Tom Brask", "Pia Lund", "Ada Holm", "Rolf Dane", "Ivo Sand", "Lev Orm"]
    scored = "Jon Vark composed the score in 1961."
    fact = auto_fact("person", "Jon Vark", scored, "Who composed the score?")
    options = option_pool(_SCREEN, "person", [*people, "Jon Vark"], fact).choose(fact)
    assert sorted(options) == ["Ivo Sand", "Lev Orm", "Tom Brask"]
    took_over = "Editor Mia Roth took over from Ivo Sand in 1961."
    text = _SCREEN.replace("The editor Ivo Sand cut the film in 1961.", took_over)
    fact = auto_fact("person", "Ivo Sand", took_over, "Editor Mia Roth took over from whom?")
    options = option_pool(text, "person", [*people, "Jon Vark"], fact).choose(fact)
    assert sorted(options) == ["Jon Vark", "Lev Orm", "Tom Brask"]
    starred = "The actor Rolf Dane co-starred."
    fact = auto_fact("person", "Rolf Dane", starred, "Who co-starred in The Salt Year?")
    options = option_pool(_SCREEN, "person", [*people, "Jon Vark"], fact).choose(fact)
    assert {"Ada Holm", "Pia Lund"} <= set(options)


def test_a_part_in_a_work_ties_a_role_to_a_name() -> None:
    texts = [
        "The film was directed by Tom Brask, starring Pia Lund.",
        "Jon Vark composed the score. Ada Holm played Lucia Kell.",
        "Ivo Sand played the piano. Lev Orm played for Tarn.",
    ]
    assert roles_in("Tom Brask", texts) == {"director"}
    assert roles_in("Pia Lund", texts) == {"actor"}
    assert roles_in("Jon Vark", texts) == {"composer"}
    assert roles_in("Ada Holm", texts) == {"actor"}
    assert roles_in("Ivo Sand", texts) == frozenset()
    assert roles_in("Lev Orm", texts) == frozenset()
    assert asked_roles("Who composed the score?") == {"composer"}
    assert asked_roles("Who did Pia Lund star opposite in 1962?") == {"actor"}
    assert asked_roles("Who played for Tarn in 1962?") == frozenset()
    cast = ["Pia Lund joined the cast as Lucia Kell.", "Tom Brask was cast as Max Orme."]
    cast.append("Jon Vark ended by casting Ada Holm.")
    assert [roles_in(name, cast) for name in ("Pia Lund", "Tom Brask", "Ada Holm")] == [
        {"actor"},
        {"actor"},
        {"actor"},
    ]
    assert roles_in("Jon Vark", cast) == frozenset()
    assert asked_roles("Editor Ivo van Sand took over from whom?") == {"editor"}


def _people(text: str, title: str) -> set[str]:
    cleaned = clean_document(f"{title}\n\n{text}")
    found = extract(split_sentences("doc", cleaned.text), title, selective=False)
    return {value for kind, value in found.pool if kind == "person"}


def test_an_award_s_category_is_no_person_whatever_role_word_it_holds() -> None:
    # "Best Director, Best Actor": a role word in a list of prizes names no one
    text = (
        "The Glass Orchard is a 2004 drama film directed by Lena Varo. "
        "At the Harlow Awards the film won Best Picture, Best Director, Best Actor and "
        "Best Score. The producer Tomas Eld accepted the prize in 2005."
    )
    people = _people(text, "The Glass Orchard")
    assert {"Best Picture", "Best Director", "Best Actor", "Best Score"}.isdisjoint(people)
    assert {"Lena Varo", "Tomas Eld"} <= people


def test_a_name_that_became_an_album_is_no_person() -> None:
    text = (
        "Lantern Hours is the fourth studio album by the singer Mara Quell, released in 2009. "
        "Brava Luna became the first album since Lantern Hours that Quell recorded without "
        "the producer Ivo Tamsin. Ivo Tamsin became a teacher in 2012."
    )
    people = _people(text, "Lantern Hours")
    assert "Brava Luna" not in people
    assert "Ivo Tamsin" in people


_MEMORIALS = (
    "Orsk Memorial Society\n\n"
    "The Orsk Memorial Society tends the graves of soldiers. Its work began in earnest at the "
    "end of the Great Northern War in 1921. The Tarn Border War of 1932 added six cemeteries. "
    "The Vell Uprising of 1909 left a small plot at Dunby. The Gulf Patrol War of 1991 and the "
    "Kessa Conflict of 2003 added plaques in 2005."
)


def test_an_event_s_options_are_events_of_its_generation() -> None:
    statement = "Its work began in earnest at the end of the Great Northern War in 1921."
    fact = auto_fact(
        "event",
        "Great Northern War",
        statement,
        "The society's work began in earnest at the end of which war?",
    )
    names = ["Great Northern War", "Tarn Border War", "Vell Uprising"]
    names += ["Gulf Patrol War", "Kessa Conflict"]
    options = option_pool(_MEMORIALS, "event", names, fact).choose(fact)
    assert "Gulf Patrol War" not in options and "Kessa Conflict" not in options
    assert "Tarn Border War" in options


def test_a_person_who_became_the_first_film_director_is_a_person() -> None:
    text = (
        "Kell Prize\n\n"
        "The Kell Prize is an award for cinema. In 1984 Tomas Vell became the first film "
        "director to win the Kell Prize. In 1990 Ruth Ash became the only documentary maker "
        "to win it twice."
    )
    assert {"Tomas Vell", "Ruth Ash"} <= _people(text, "Kell Prize")


_VOYAGE = (
    "The Amber Gate\n\n"
    "The Amber Gate is a radio serial. It was directed by Tom Brask. The producer Lev Orm "
    "chose the music. The writer Ivo Sand drafted every episode. Kit Marlow sails north. "
    "Ada Fenn finds a map on the ice. Jon Aster loses his boat.\n\n"
    "The Amber Gate introduces Mira Holt as the captain's new pilot."
)


def test_a_key_of_no_known_role_gets_people_of_none_before_people_of_one() -> None:
    # the key, a figure of the story, has no role the text gives: the people it gives one
    # (a director, a producer, a writer) are most likely of another than the key's
    statement = "The Amber Gate introduces Mira Holt as the captain's new pilot."
    fact = auto_fact("person", "Mira Holt", statement, "Whom does the serial introduce?")
    names = ["Tom Brask", "Lev Orm", "Ivo Sand", "Kit Marlow", "Ada Fenn", "Jon Aster"]
    options = option_pool(_VOYAGE, "person", [*names, "Mira Holt"], fact).choose(fact)
    assert sorted(options) == ["Ada Fenn", "Jon Aster", "Kit Marlow"]


_CHAPEL = (
    "Kell Chapel\n\n"
    "Ivo Rask was hired as rabbi in 1977. Lev Dorn became rabbi in 1994. "
    "Tom Brin and Ada Sole painted the walls in 2002. Nils Orm sold the organ in 2002. "
    "Pia Tamm became rabbi in 2008.\n\n"
    "Mara Quell joined Kell Chapel as assistant rabbi in 2003."
)


def test_a_role_the_key_joined_as_is_asked_with_a_time_after_it() -> None:
    assert asked_roles("Who joined Kell Chapel as assistant rabbi in 2003?") == {"rabbi"}
    assert asked_roles("Who was elected as the mayor of Orsk in 1974?") == {"mayor"}
    assert asked_roles("Whom did Mara Quell join as assistant rabbi in 2003?") == frozenset()
    statement = "Mara Quell joined Kell Chapel as assistant rabbi in 2003."
    prompt = "Who joined Kell Chapel as assistant rabbi in 2003?"
    fact = auto_fact("person", "Mara Quell", statement, prompt)
    names = ["Ivo Rask", "Lev Dorn", "Tom Brin", "Ada Sole", "Nils Orm", "Pia Tamm"]
    options = option_pool(_CHAPEL, "person", [*names, "Mara Quell"], fact).choose(fact)
    # the chapel's other rabbis, never the painters or the organ's seller, whom the text
    # gives no part in its clergy; with too few of those, the question is asked typed
    assert sorted(options) == ["Ivo Rask", "Lev Dorn", "Pia Tamm"]
    names.remove("Pia Tamm")
    pool = option_pool(_CHAPEL, "person", [*names, "Mara Quell"], fact)
    assert question_types(fact, pool) == [QuestionType.TYPED]
