"""Keys that are answers and accepted forms a learner who knows the fact would type."""

from factdeck.generate.keys import (
    broken_quotes,
    named_otherwise,
    non_answer,
    with_answerable_key,
    with_broader_which,
    with_thing_wh,
    without_descriptive_tail,
    without_given_owner,
    without_home_place,
    without_lone_title,
    without_numberless_forms,
    without_stray_article,
)
from factdeck.generate.pipeline import build_deck
from helpers.generation import auto_fact

_TOWN = """Vessa

Vessa is a small town on the Orl River in the north of Pelland. The origins of the name Vessa
are unknown. The town was founded in 1204 by traders from the coast.

The State Senate passed the Vessa Bridge Act in 1902. The Academy of Arts awarded the Pell
Medal to the painter Ana Kerr in 1955.
"""


def _asked(text: str) -> list[tuple[str, str]]:
    bank = build_deck(text, deck="d", file_name="d.txt", markdown=False).bank
    return [(q.prompt, str(q.answer)) for q in bank.questions]


def test_a_document_s_unknowns_and_self_answering_nouns_are_not_asked_as_such() -> None:
    asked = _asked(_TOWN)
    assert all(answer != "unknown" for _, answer in asked)
    assert not any(prompt.startswith("Which senate") for prompt, _ in asked)
    assert ("Which body passed the Vessa Bridge Act in 1902?", "State Senate") in asked


def test_a_key_saying_nothing_is_known_is_no_answer() -> None:
    for key in ("unknown", "unclear", "disputed", "not known", "a matter of debate", "obscure"):
        assert non_answer(key), key
    assert not non_answer("unknown soldier")
    assert not non_answer("Orl River")
    assert not non_answer("Unknown")  # a name: the ship "Unknown"


def test_an_apostrophe_opening_a_name_is_no_quotation_mark() -> None:
    for key in ("'s-Kellenbosch", "the '45 Rising", "'t Veld", "the '60s"):
        assert not broken_quotes(key), key
        fact = auto_fact("other", key, "s", "What began in Orm?")
        assert with_answerable_key(fact) == fact, key
    assert broken_quotes("'stop' and 'go'")
    assert broken_quotes("'sixty years")


def test_a_key_cut_across_quotation_marks_is_no_answer() -> None:
    assert broken_quotes("left-handed' and 'right-handed")
    assert broken_quotes("'left-handed' and 'right-handed'")
    assert broken_quotes("'Old Kell")
    assert not broken_quotes("Hundred Years' War")
    assert not broken_quotes("Kell's Ferry")
    assert not broken_quotes("the 'Blue Hour' broadcast")


def test_the_article_is_accepted_only_before_a_noun() -> None:
    def accepted(key: str) -> tuple[str, ...]:
        fact = auto_fact("term", key, "s", "What is it?", accepted=(f"the {key}",))
        return without_stray_article(fact).accepted

    assert accepted("run out") == ()
    assert accepted("right-handed") == ()
    assert accepted("unknown") == ()
    assert accepted("statocyst") == ("the statocyst",)
    assert accepted("natural killer cells") == ("the natural killer cells",)


def test_a_home_place_is_cut_from_a_person_s_name() -> None:
    fact = auto_fact(
        "person",
        "Tomas Brell of Kessford",
        "Mayor Tomas Brell of Kessford signed the charter.",
        "Who signed the charter?",
        accepted=("Brell of Kessford",),
    )
    cut = without_home_place(fact)
    assert cut.answer == "Tomas Brell"
    assert cut.accepted == ("Brell",)
    titled = auto_fact("person", "Edwin Prince of Orvland", "s", "Who?", accepted=("Edwin",))
    assert without_home_place(titled) == titled  # a title, no home place
    one_name = auto_fact("person", "Wido of Kessford", "s", "Who led the army?")
    assert without_home_place(one_name) == one_name


def test_a_ruler_s_name_without_his_number_is_not_accepted() -> None:
    fact = auto_fact(
        "person",
        "Oswin II",
        "Oswin II of Vessia rebuilt the bridge in stone.",
        "Who rebuilt the bridge in stone?",
        accepted=("Oswin the Second", "Oswin of Vessia", "King Oswin", "Oswin II of Vessia"),
    )
    kept = without_numberless_forms(fact).accepted
    assert kept == ("Oswin the Second", "Oswin II of Vessia")
    unnumbered = auto_fact("person", "Oswin Hale", "s", "Who?", accepted=("Hale",))
    assert without_numberless_forms(unnumbered) == unnumbered


def test_a_home_place_goes_from_an_initialled_name_and_from_a_surname_form() -> None:
    initialled = auto_fact(
        "person", "Jon K. Marr of Orvby", "s", "Who founded the academy?", accepted=()
    )
    assert without_home_place(initialled).answer == "Jon K. Marr"
    surname = auto_fact(
        "person",
        "Brell",
        "Mayor Tomas Brell of Kessford opened the bridge.",
        "Who opened the bridge?",
        accepted=("Mayor Brell", "Brell of Kessford", "Tomas Brell"),
    )
    assert without_home_place(surname).accepted == ("Mayor Brell", "Tomas Brell")
    initials = auto_fact("person", "Jon K. Marr", "s", "Who?", accepted=("Jon Marr of Orvby",))
    assert without_home_place(initials).accepted == ("Jon Marr",)


def test_a_which_noun_that_is_most_of_its_key_is_broadened_or_not_asked() -> None:
    def asked(key: str, prompt: str) -> str | None:
        fact = with_broader_which(auto_fact("organisation", key, "s", prompt))
        return fact.prompt if fact is not None else None

    assert asked("State Senate", "Which senate passed the act?") == "Which body passed the act?"
    assert asked("Academy of Arts", "Which academy gave the medal?") == "Which body gave the medal?"
    assert (
        asked("Queen Street", "Which street leads to the port?") == "Which road leads to the port?"
    )
    assert asked("Weather Bureau", "Which bureau issued the warning?") == (
        "Which agency issued the warning?"
    )
    assert asked("Orvan Senate", "Which senate passed the act?") == "Which senate passed the act?"
    assert asked("Black Sea", "Which sea does the Orl flow into?") == (
        "Which body of water does the Orl flow into?"
    )
    assert asked("Quiet Revolution", "Which revolution began in 1960?") == (
        "Which revolution began in 1960?"
    )  # no broader word: asked as it is, the name's first word still to be known
    assert asked("Central Park", "Which park was opened in 1890?") == (
        "Which park was opened in 1890?"
    )
    assert asked("killer cells", "Which cells kill it?") == "Which cells kill it?"


def test_a_which_noun_accepted_alone_is_broadened_or_not_asked() -> None:
    senate = auto_fact(
        "organisation", "Orvan Senate", "s", "Which senate passed the act?", accepted=("Senate",)
    )
    broadened = with_broader_which(senate)
    assert broadened is not None
    assert broadened.prompt == "Which body passed the act?"
    assert broadened.accepted == ("Senate",)
    revolution = auto_fact(
        "event",
        "Orvan Revolution",
        "s",
        "Which revolution began in 1960?",
        accepted=("the Revolution",),
    )
    assert with_broader_which(revolution) is None
    named = auto_fact(
        "event", "Orvan Revolution", "s", "Which revolution began in 1960?", accepted=("Orvan",)
    )
    assert with_broader_which(named) == named


def test_a_plural_which_noun_is_broadened_with_its_verb_agreeing() -> None:
    def asked(key: str, prompt: str) -> str | None:
        fact = with_broader_which(auto_fact("place", key, "s", prompt))
        return fact.prompt if fact is not None else None

    assert asked("Blue Mountains", "Which mountains lie north of Orm?") == (
        "Which ranges lie north of Orm?"
    )
    assert asked("Blue Mountains", "Which mountains are north of Orm?") == (
        "Which range is north of Orm?"
    )
    assert asked("Great Plains", "Which plains were grazed in 1800?") == (
        "Which region was grazed in 1800?"
    )
    assert asked("Great Plains", "Which plains did the herders cross?") == (
        "Which regions did the herders cross?"
    )


def test_a_which_noun_that_is_all_of_its_key_is_broadened_or_not_asked() -> None:
    league = auto_fact("organisation", "the League", "s", "In 1950, to whom did Orm appeal?")
    asked = with_answerable_key(league)
    assert asked is not None
    assert asked.prompt == "In 1950, to which body did Orm appeal?"
    uprising = auto_fact("event", "the Uprising", "s", "Which uprising began in 1960?")
    assert with_answerable_key(uprising) is None


def test_who_is_not_asked_of_a_body_or_a_town() -> None:
    body = auto_fact("organisation", "Kell Mill Company", "s", "Who built the railway?")
    asked = with_thing_wh(body)
    assert asked is not None
    assert asked.prompt == "Which company built the railway?"
    in_town = auto_fact("organisation", "Orm Guild", "s", "In Orm, to whom was the hall sold?")
    asked = with_thing_wh(in_town)
    assert asked is not None
    assert asked.prompt == "In Orm, to which body was the hall sold?"
    town = auto_fact("place", "Orlham", "s", "Who sacked the abbey in 1402?")
    assert with_thing_wh(town) is None
    council = auto_fact("organisation", "Electoral Council", "s", "Who counts the votes?")
    counted = with_answerable_key(council)
    assert counted is not None
    assert counted.prompt == "Which body counts the votes?"
    person = auto_fact("person", "Ana Kerr", "s", "Who designed the hall?")
    assert with_answerable_key(person) == person


def test_whom_is_not_asked_of_a_lone_word_that_is_no_name() -> None:
    show = auto_fact("person", "Vivid", "s", "To whom was Ivo Marr drafted in 2016?")
    assert with_thing_wh(show) is None
    for surname in ("Brown", "Kessa"):
        person = auto_fact("person", surname, "s", "To whom did Ivo Marr lose in 2016?")
        assert with_thing_wh(person) == person
    named = auto_fact("person", "Vivid", "s", "To whom did Ivo Marr lose?", accepted=("Ana Vivid",))
    assert with_thing_wh(named) == named


def test_a_title_alone_is_never_an_answer() -> None:
    statement = "Sheikh Amal Rast built the great library of Tarsa in 1921."
    prompt = "Who built the great library of Tarsa in 1921?"
    fact = auto_fact("person", "Sheikh Amal Rast", statement, prompt, accepted=("Rast", "Sheikh"))
    assert without_lone_title(fact).accepted == ("Rast",)
    taught = "The Swami taught in Kessford for twenty years."
    fact = auto_fact(
        "person",
        "the Swami",
        taught,
        "Who taught in Kessford for twenty years?",
        accepted=("Swami", "Swami Orvananda"),
    )
    named = without_lone_title(fact)
    assert (named.answer, named.accepted) == ("Swami Orvananda", ())


def test_a_key_s_languages_and_an_event_s_year_are_no_part_of_its_name() -> None:
    quote = "The Orm Institute of Tides is called OIT in both English and French."
    fact = auto_fact(
        "other",
        "OIT in both English and French",
        quote,
        "What is the Orm Institute of Tides called?",
        accepted=("OIT in both English & French", "the OIT in both English and French"),
    )
    assert (without_descriptive_tail(fact).answer, without_descriptive_tail(fact).accepted) == (
        "OIT",
        (),
    )
    quote = "Kell was burnt during the Vessian Invasion of 1120."
    fact = auto_fact("event", "Vessian Invasion of 1120", quote, "During which invasion ...?")
    dated = without_descriptive_tail(fact)
    assert (dated.answer, dated.accepted) == ("Vessian Invasion", ("Vessian Invasion of 1120",))
    # how a thing is done, a law's year and a generic name keep their words
    for key in ("taught in English", "Kell Harbour Act of 1862", "Great Famine of 1315"):
        assert without_descriptive_tail(auto_fact("other", key, quote, "What?")).answer == key


def test_a_key_the_prompt_names_by_another_name_is_given_away() -> None:
    assert named_otherwise("America", "Which land joined the United States in 1845?")
    assert named_otherwise("Soviet Union", "Which state did the USSR's army defend?")
    assert named_otherwise("the United States", "Which country did the US Navy defend?")
    assert not named_otherwise("United States", "Which country bought Vessia in 1867?")
    assert not named_otherwise("Vessia", "Which country did the United States buy?")
    asked = auto_fact("country", "America", "s", "Which land joined the United States in 1845?")
    assert with_answerable_key(asked) is None


def test_america_is_not_asked_as_a_country() -> None:
    settled = auto_fact("country", "America", "s", "Which country did Orm's people settle?")
    assert with_answerable_key(settled) is None
    vessia = auto_fact("country", "Vessia", "s", "Which country did Orm's people settle?")
    assert with_answerable_key(vessia) == vessia


def test_a_term_s_key_leaves_out_the_owner_its_question_gives() -> None:
    asked = "What is the set of all inputs to a given map called?"
    fact = without_given_owner(auto_fact("term", "domain of the map", "s", asked))
    assert (fact.answer, fact.accepted) == ("domain", ("domain of the map",))
    plural = "What are the largest sides of right triangles called?"
    fact = without_given_owner(auto_fact("term", "hypotenuse of a triangle", "s", plural))
    assert fact.answer == "hypotenuse"
    unsaid = "What is the longest side called?"
    assert without_given_owner(
        auto_fact("term", "hypotenuse of a triangle", "s", unsaid)
    ).answer == ("hypotenuse of a triangle")
    named = "Which city lies on the river?"
    kept = auto_fact("place", "mouth of the river", "s", named)
    assert without_given_owner(kept) == kept
