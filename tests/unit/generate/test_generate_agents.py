"""Who made a thing a sentence names in passing: "the Orm mural designed by Ivo Berg" asked as
"Who designed the Orm mural?", on small sentences written for the tests."""

from factdeck.generate.extract import extract
from factdeck.generate.phrasing import _LISTED_AFTER, _authored, ask
from factdeck.generate.sentences import split_sentences


def _ask(sentence: str, answer: str, kind: str) -> str | None:
    start = sentence.index(answer)
    asked = ask(sentence, start, start + len(answer), kind)
    return asked[0] if asked and asked[1] == "subject" else None


def test_the_agent_of_a_participle_inside_a_phrase_asks_who_made_the_thing() -> None:
    assert _ask(
        "The east wall of the hall shows the Orm mural designed by painter Ivo Berg.",
        "Ivo Berg",
        "person",
    ) == ("Who designed the Orm mural?")
    assert _ask(
        "The style echoes the 1961 Lund K2 desk lamp designed by Ada Kerr.", "Ada Kerr", "other"
    ) == ("Who designed the 1961 Lund K2 desk lamp?")
    assert _ask(
        "The bells hang in Kelby Tower, built by the Tarn Stone Company.",
        "Tarn Stone Company",
        "organisation",
    ) == ("Which company built Kelby Tower?")


def test_a_present_main_verb_still_asks_the_deed_in_the_past() -> None:
    assert _ask(
        "Kelby Hall, designed by Ivo Berg, stands on the square.", "Ivo Berg", "person"
    ) == ("Who designed Kelby Hall?")


def test_each_of_two_deeds_names_the_thing_both_were_done_to() -> None:
    sentence = (
        "The songs were used in the 1931 opera Vell, directed by Ada Kerr and designed by Ivo Berg."
    )
    assert _ask(sentence, "Ada Kerr", "person") == "Who directed the 1931 opera Vell?"
    assert _ask(sentence, "Ivo Berg", "person") == "Who designed the 1931 opera Vell?"


def test_a_description_beside_a_name_stands_for_the_name() -> None:
    assert _ask(
        "He was born in the March of Orm, a small state founded by Olaf.", "Olaf", "person"
    ) == ("Who founded the March of Orm?")


def test_a_thing_named_by_no_name_is_not_asked() -> None:
    assert _ask("The town has a building designed by Ivo Berg.", "Ivo Berg", "person") is None
    assert _ask("The town has the building designed by Ivo Berg.", "Ivo Berg", "person") is None
    assert _ask("He starred in the 1990 film directed by Ivo Berg.", "Ivo Berg", "person") is None
    assert _ask("By 1100 the troops were Tarnians led by Olaf.", "Olaf", "other") is None


def test_a_phrase_after_another_participle_may_not_be_what_the_agent_made() -> None:
    # the comic was penned by Ada Kerr, not the novel it was based on
    assert (
        _ask(
            "A comic based on the novel Tarn Tales, penned by Ada Kerr, appeared in 1990.",
            "Ada Kerr",
            "person",
        )
        is None
    )


def test_one_agent_of_several_or_a_deed_of_no_making_is_not_asked() -> None:
    assert _ask(
        "He saw the Orm mural designed by Ivo Berg and Ada Kerr.", "Ivo Berg", "person"
    ) != ("Who designed the Orm mural?")
    assert _ask(
        "The crowd cheered the Orm team beaten by Kelby Rovers.", "Kelby Rovers", "other"
    ) != ("Who beat the Orm team?")


def test_a_passive_with_a_name_of_no_known_kind_asks_who_for_a_deed_of_making() -> None:
    assert _ask("The Kelby Ballad was composed by Ivo Marlow in 1850.", "Ivo Marlow", "other") == (
        "Who composed the Kelby Ballad in 1850?"
    )


def test_the_question_survives_the_gates_of_an_import() -> None:
    text = (
        "Kelby is a town in Varland. The front of the town hall is adorned with the Harbour "
        "mural designed by artist Ivo Berg. The hall was opened in 1902."
    )
    kept = extract(split_sentences("doc", text), "Kelby", selective=True).candidates
    asked = {c.span.text: c.question for c in kept}
    assert asked.get("Ivo Berg") == "Who designed the Harbour mural?"


def test_an_aside_between_a_subject_and_its_passive_is_passed_over() -> None:
    assert _ask(
        "Ada Lund's tomb, showing a lyre, was designed and sculpted by Ivo Berg.",
        "Ivo Berg",
        "person",
    ) == ("Who designed and sculpted Ada Lund's tomb?")


def test_a_reduced_passive_inside_a_later_clause_is_asked_in_the_active_voice() -> None:
    assert _ask(
        "The town song was not written until 1910, when a dance troupe led by Ivo Berg stopped "
        "in Kell.",
        "Ivo Berg",
        "person",
    ) == ("Who led a dance troupe that stopped in Kell?")


def test_two_deeds_done_to_one_thing_are_no_list_cut_short() -> None:
    text = (
        "Ivo Berg was a painter of Varland. His songs were used in the 1931 opera Vell, "
        "directed by Ada Kerr and designed by Olaf Lund."
    )
    kept = extract(split_sentences("doc", text), "Ivo Berg", selective=True).candidates
    asked = {c.question for c in kept}
    assert asked & {"Who directed the 1931 opera Vell?", "Who designed the 1931 opera Vell?"}


def test_a_description_after_is_stands_for_the_named_subject() -> None:
    assert _ask("Kell Saga is a 1901 novel written by Ivo Berg.", "Ivo Berg", "person") == (
        "Who wrote Kell Saga?"
    )
    assert _ask("Kelby Abbey was a house led by the abbot Odo Berg.", "Odo Berg", "person") == (
        "Who led Kelby Abbey?"
    )
    assert _ask("It is a novel written by Ivo Berg.", "Ivo Berg", "person") is None
    assert _ask("The song is a ballad written by Ivo Berg.", "Ivo Berg", "person") is None
    assert _ask("Sculptures are works made by Ivo Berg.", "Ivo Berg", "person") is None


def test_a_role_or_kin_before_the_agent_and_an_adverb_before_the_verb_are_passed_over() -> None:
    assert _ask(
        "Ivo Berg studied at the Orm Academy, founded by his uncle Olaf Berg.",
        "Olaf Berg",
        "person",
    ) == ("Who founded the Orm Academy?")
    assert _ask(
        "The style was later adopted by the Kell school founded by Ivo Berg.", "Ivo Berg", "person"
    ) == ("Who founded the Kell school?")


def test_the_deed_is_asked_where_moving_the_agent_would_garble_the_sentence() -> None:
    assert _ask('She sang the song "Tarn" written by Ivo Berg.', "Ivo Berg", "person") == (
        'Who wrote the song "Tarn"?'
    )


def test_a_lone_name_that_made_a_thing_is_asked_who() -> None:
    text = (
        "Kelby is a town of Varland. Kelby was the seat of the March of Orm, a small state "
        "founded by Brandulf."
    )
    kept = extract(split_sentences("doc", text), "Kelby", selective=True).candidates
    asked = {c.span.text: c.question for c in kept}
    assert asked.get("Brandulf") == "Who founded the March of Orm?"


def test_a_second_deed_after_the_agent_is_no_second_agent() -> None:
    assert _ask(
        "The Orm Bridge is a steel bridge designed by Ada Kerr and opened in 1932.",
        "Ada Kerr",
        "person",
    ) == ("Who designed the Orm Bridge?")
    assert _ask(
        "The old town is ruled by Kell Abbey, designed by the architect Ivo Berg and first used "
        "in 1422.",
        "Ivo Berg",
        "person",
    ) == ("Who designed Kell Abbey?")


def test_a_passive_keeps_its_own_time_and_drops_a_first_performance() -> None:
    assert _ask(
        "The Salt Song was composed by Ivo Berg in 1879 and first performed at the Orm Hall.",
        "Ivo Berg",
        "person",
    ) == ("Who composed the Salt Song in 1879?")


def test_a_participle_after_a_comma_may_describe_either_side_of_of() -> None:
    assert _ask("Kell is the capital of Orm, founded by Ivo Berg.", "Ivo Berg", "person") is None
    assert _ask(
        "He is known for the character of Ada Lund, played by Ivo Berg.", "Ivo Berg", "person"
    ) == ("Who played the character of Ada Lund?")


def test_a_name_after_the_made_thing_s_preposition_is_not_asked_as_the_thing() -> None:
    # the chapel was designed, not Kell; the declaration was written, not trade rights
    assert (
        _ask(
            "The church holds the Orm Chapel in Kell designed by Ana Varga.", "Ana Varga", "person"
        )
        is None
    )
    assert (
        _ask(
            "The guild keeps the Declaration on Trade Rights written by the Brask Council.",
            "Brask Council",
            "organisation",
        )
        is None
    )
    assert _ask("Pilgrims travel to Kelby Hall designed by Mira Olan.", "Mira Olan", "person") == (
        "Who designed Kelby Hall?"
    )


def test_a_long_list_of_names_is_read_in_one_pass() -> None:
    given = ["Ada", "Ivo", "Tarn", "Vessa", "Kell", "Orm", "Bryn", "Dune"]
    family = ["Berg", "Kerr", "Lund", "Vell", "Mole", "Raith"]
    agents = [f"{first} {last}" for first in given for last in family][:40]
    assert _LISTED_AFTER.match(f", {', '.join(agents[1:])}, and Gorm Wist.")
    # with no "and" to end it, every way of splitting the list was once tried before failing
    unended = f", {', '.join(agents[1:])}."
    assert _LISTED_AFTER.match(unended) is None
    assert _authored("Kelby Hall was designed by", unended, agents[0], "person", None) is None
