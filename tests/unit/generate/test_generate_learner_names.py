"""Typed keys accept the names a learner who read the document types for them: the school or
the battle a place stands for, a body without its people's word or its legal form, an honour
without who gives it, a person by the given name the document calls him by, a thing by the
name the sentence says it came to be known as; never a short form another name shares. All
on small texts written for the tests."""

from factdeck.bank import TypedQuestion
from factdeck.generate.facts import FactRecord
from factdeck.generate.pipeline import build_deck
from factdeck.generate.questions import (
    _written_alone,
    event_of_place_forms,
    given_name_alone_forms,
    school_of_place_forms,
    titled_surname_forms,
    titled_surname_full_forms,
    unqualified_national_forms,
    unqualified_title_forms,
    with_document_forms,
)
from helpers.generation import accepts, auto_fact, document_evidence, document_facts


def _facts(text: str, title: str = "Orvik") -> list[FactRecord]:
    return [fact for facts in document_facts(text, title).values() for fact in facts]


def _fact_for(facts: list[FactRecord], answer: str, asked: str) -> FactRecord:
    return next(fact for fact in facts if fact.answer == answer and asked in fact.prompt)


def test_a_place_a_person_did_something_at_accepts_the_one_school_named_for_it() -> None:
    text = (
        "Tomas Vell grew up in Orvik, Tarland. "
        "Vell studied at Orvik Community High School, where he starred on the rowing team. "
        "He earned four letters in rowing during his days at Orvik."
    )
    facts = _facts(text, "Tomas Vell")
    assert accepts(_fact_for(facts, "Orvik", "letters"), "Orvik Community High School")
    # where he grew up is the town
    assert not accepts(_fact_for(facts, "Orvik", "grow up"), "Orvik Community High School")


def test_a_place_with_two_schools_or_asked_otherwise_takes_no_school() -> None:
    quote = "He earned four letters in rowing during his days at Orvik."
    schools = ["Orvik Community High School", "Orvik Grammar School"]
    assert school_of_place_forms("Orvik", "Where did he earn four letters?", quote, schools) == []
    one = ["Orvik Community High School"]
    grammar = ["Orvik Grammar School was founded in 1890."]
    assert school_of_place_forms("Orvik", "Where did he earn them?", quote, one, grammar) == []
    assert school_of_place_forms("Orvik", "Which town did he grow up in?", quote, one) == []
    # "in Orvik" is the town, not the school
    lived = "He lived in Orvik for ten years."
    assert school_of_place_forms("Orvik", "Where did he live?", lived, one) == []


def test_a_place_standing_for_its_battle_accepts_the_battle_s_name() -> None:
    text = (
        "The harbour was closed after the Battle of Kessany in 1805. "
        "After Kessany the harbour remained closed for ten years."
    )
    fact = _fact_for(_facts(text, "Kellby harbour"), "Kessany", "ten years")
    assert accepts(fact, "Battle of Kessany")


def test_a_place_of_two_events_takes_neither() -> None:
    names = ["Battle of Kessany", "Treaty of Kessany", "Kessany"]
    quote = "After Kessany the war ended."
    assert event_of_place_forms("Kessany", "After what did the war end?", quote, names) == []
    assert event_of_place_forms("Kessany", "Where was the war lost?", quote, names[:1]) == []
    assert event_of_place_forms("Kessany", "Which town did they take?", quote, names[:1]) == []
    # the text names a second event there, though no name of the document holds it
    treaty = ["The Treaty of Kessany ended the war."]
    asked = "After what did it end?"
    assert event_of_place_forms("Kessany", asked, quote, names[:1], treaty) == []
    assert event_of_place_forms("Kessany", "After what did the war end?", quote, names[:1]) == [
        "Battle of Kessany"
    ]


def test_a_place_written_as_a_place_takes_no_event() -> None:
    text = "The Orm army lost the Battle of Tarvo in 1701. The Orm army captured Tarvo in 1702."
    fact = _fact_for(_facts(text, "Orm army"), "Tarvo", "capture")
    assert not accepts(fact, "Battle of Tarvo")
    names = ["Battle of Tarvo", "Tarvo"]
    taken = "The Orm army captured Tarvo in 1702."
    assert (
        event_of_place_forms("Tarvo", "What did the Orm army capture in 1702?", taken, names) == []
    )
    after = "Following Tarvo, the Orm army went home."
    assert event_of_place_forms("Tarvo", "Following what did it go home?", after, names) == [
        "Battle of Tarvo"
    ]


def test_an_agency_accepts_the_abbreviation_the_document_uses_for_it() -> None:
    text = (
        "The Tarland Meteorological Service was founded in 1921. "
        "In 1955 the TMS issued storm warnings four times a day. "
        "The storm of 1957 was tracked by the Tarland Meteorological Service for twelve days."
    )
    fact = _fact_for(_facts(text, "Tarland weather"), "Tarland Meteorological Service", "1957")
    assert accepts(fact, "TMS")


def test_a_firm_accepts_its_name_without_its_legal_form() -> None:
    text = (
        "Tessa Lune bought the Orvane bakery in 1990. "
        "Lune merged the bakery into Brightmoor Incorporated in 1995."
    )
    fact = _fact_for(_facts(text, "Orvane bakery"), "Brightmoor Incorporated", "1995")
    assert accepts(fact, "Brightmoor")


def test_an_air_arm_accepts_its_name_without_its_people_s_word() -> None:
    text = "The Danish Skyvaffe bombed Kellby in 1941. Kellby was rebuilt after the war."
    fact = _fact_for(_facts(text, "Kellby"), "Danish Skyvaffe", "1941")
    assert accepts(fact, "Skyvaffe")


def test_a_short_form_another_name_shares_or_a_common_word_is_not_accepted() -> None:
    # "Skyvaffe Bridge" is named too: "Skyvaffe" alone may be either
    assert unqualified_national_forms("Danish Skyvaffe", ["Skyvaffe Bridge"]) == []
    assert unqualified_national_forms("Danish Skyvaffe", ["Danish Skyvaffe"]) == ["Skyvaffe"]
    # a common word or a place is no name of the body
    assert unqualified_national_forms("Danish Navy", []) == []
    assert unqualified_national_forms("French Guiana", [], {"french guiana"}) == []
    assert unqualified_national_forms("New Vellmark", []) == []  # "New" is no people's word


def test_an_honour_accepts_its_title_without_who_gives_it() -> None:
    names = ["Orm Valley Coach of the Month"]
    asked = "Which award did Tomas Vell win in 2004?"
    assert unqualified_title_forms(names[0], names, asked) == ["Coach of the Month"]
    # another body's honour of that title: the title alone names either
    two = [*names, "Vell League Coach of the Month"]
    assert unqualified_title_forms(names[0], two, asked) == []
    # the document writes the title of another's honour ("the Tarland Coach of the Month
    # Award"), though it lists no such name
    assert unqualified_title_forms(names[0], names, asked, lambda title: True) == []


def test_a_child_the_document_calls_by_the_given_name_accepts_it() -> None:
    text = (
        "The story follows Tobin Grant, a boy of ten who lives on the marsh. "
        "Tobin finds a heron with a broken wing. Tobin hides the heron in the barn. "
        "His aunt discovers the bird in winter."
    )
    facts = _facts(text, "Orla Marsh")
    fact = _fact_for(facts, "Tobin Grant", "follow")
    assert accepts(fact, "Tobin")


def test_a_given_name_another_name_holds_or_seldom_written_alone_is_not_accepted() -> None:
    sentences = {
        "Tobin": ["Tobin finds a heron.", "Tobin hides the heron."],
        "Grant": ["Grant was born in Orvik."],
    }

    def naming(word: str) -> list[str]:
        return sentences.get(word, [])

    assert given_name_alone_forms("Tobin Grant", ["Tobin Grant"], naming) == ["Tobin"]
    # his sister "Tobin Hale" or a "Tobin Street" shares the name
    assert given_name_alone_forms("Tobin Grant", ["Tobin Hale"], naming) == []
    assert given_name_alone_forms("Tobin IV", ["Tobin IV"], naming) == []  # every King Tobin
    assert given_name_alone_forms("Tobin Grant", ["Tobin Street"], naming) == []
    # a grown man the document calls by his surname
    sentences["Grant"] = [*sentences["Grant"], "Grant sold it.", "Grant died."]
    assert given_name_alone_forms("Tobin Grant", ["Tobin Grant"], naming) == []


def test_a_thing_accepts_the_name_its_sentence_says_it_came_to_be_known_as() -> None:
    quote = (
        "That corner, which was a popular venue for rallies, later became known as "
        '"Marsh Town Corner".'
    )
    text = f"A sign was painted on the corner of Reed Lane. {quote}"
    fact = auto_fact("other", "corner", quote, "What was a popular venue for rallies called?")
    fact = with_document_forms(fact, document_evidence(text), [("place", "Marsh Town Corner")])
    assert accepts(fact, "Marsh Town Corner")
    assert not accepts(fact, "Reed Lane")


def test_a_doctor_the_document_calls_by_the_surname_alone_accepts_it() -> None:
    sentences = {"Venn": ["Dr Venn opened a clinic.", "Venn hid the snow.", "Venn fell."]}

    def naming(word: str) -> list[str]:
        return sentences.get(word, [])

    assert titled_surname_forms("Dr Venn", ["Dr Venn", "Walter Venn"], naming) == ["Venn"]
    # the document writes his name with and without the stop, and in full with the title
    written = ["Dr Venn", "Dr. Venn", "Dr. Walter Venn", "Venn"]
    assert titled_surname_forms("Dr. Venn", written, naming) == ["Venn"]
    # two people bear the surname, or a street: "Venn" alone may be any of them
    assert titled_surname_forms("Dr Venn", ["Walter Venn", "Ana Venn"], naming) == []
    assert titled_surname_forms("Dr Venn", ["Venn Street"], naming) == []
    # a king is no surname's bearer
    assert titled_surname_forms("King Venn", [], naming) == []
    sentences["Venn"] = ["Dr Venn opened a clinic."]  # never called so alone
    assert titled_surname_forms("Dr Venn", [], naming) == []


def test_an_office_holder_by_title_and_surname_accepts_the_full_name_given() -> None:
    """ "President Marlow" is the one Marlow the document names in full: a learner who read
    it types "Ivo Marlow", with or without the title and the middle initial."""
    people = ["Ivo T. Marlow", "President Marlow", "Ana Venn"]
    assert titled_surname_full_forms("President Marlow", people) == [
        "Ivo T. Marlow",
        "President Ivo T. Marlow",
        "Ivo Marlow",
        "President Ivo Marlow",
    ]
    assert titled_surname_full_forms("Governor Marlow", ["Ivo Marlow"]) == [
        "Ivo Marlow",
        "Governor Ivo Marlow",
    ]
    # two Marlows: the title alone does not say which one is meant
    assert titled_surname_full_forms("President Marlow", ["Ivo Marlow", "Ana Marlow"]) == []
    # a ruler's title goes before a given name; a name in full is no surname's bearer
    assert titled_surname_full_forms("King Marlow", ["Ivo Marlow"]) == []
    assert titled_surname_full_forms("Ivo Marlow", ["Ivo Marlow"]) == []
    # a given name no list knows is still one; a street of that name is no person
    assert titled_surname_full_forms("President Marlow", ["Barvek Marlow"]) == [
        "Barvek Marlow",
        "President Barvek Marlow",
    ]
    assert titled_surname_full_forms("President Marlow", ["Marlow Street"]) == []
    assert titled_surname_full_forms("President Marlow", ["Old Marlow"]) == []


def test_an_office_holder_asked_by_title_and_surname_accepts_the_full_name() -> None:
    text = (
        "Tomas Vell (1750-1820) was a Tarlandic lawyer and statesman. "
        "Vell was a friend of Ivo Marlow, the first president of Tarland. "
        "In 1794 Vell suggested to President Marlow that an envoy be sent to Kelland."
    )
    facts = _facts(text, "Tomas Vell")
    assert accepts(_fact_for(facts, "President Marlow", "suggest"), "Ivo Marlow")


def test_a_man_the_document_calls_by_rank_and_surname_accepts_the_surname() -> None:
    """ "General Brell" is Tomas R. Brell where the document writes the rank before his full
    name: one man, so "Brell" alone names him."""
    text = (
        "In July 1942 General Tomas R. Brell was appointed commander of Operation Sable. "
        "General Brell arrived in Kell on 5 November 1942 to take command. "
        "General Brell left Kell for Vessia on 10 November 1942."
    )
    facts = _facts(text, "Kell in the Second Great War")
    assert accepts(_fact_for(facts, "Tomas R. Brell", "Operation Sable"), "Brell")


def test_a_person_better_known_by_another_name_accepts_it() -> None:
    """ "Ada Greel, better known as Storm": the name people use most is what a learner types."""
    text = (
        "Tomas Vell\n\nTomas Vell (born 1960) is a Ruritanian wrestler and actor. "
        "Vell won the Kell Cup in 1985 and the Lund Trophy in 1988. "
        "Vell married Ada Greel, better known as Storm, on May 6, 1990. "
        "Vell retired from the ring in 1999 and opened a gym in Lund in 2001.\n"
    )
    bank = build_deck(text, deck="d", file_name="d.txt", markdown=False).bank
    married = next(
        q for q in bank.questions if isinstance(q, TypedQuestion) and "marry" in q.prompt
    )
    assert married.answer == "Ada Greel"
    assert "Storm" in married.accepted


def test_a_name_written_alone_is_found_after_a_long_line_of_full_names() -> None:
    # only the words right before each place the name is written are read (the whole line
    # before it was split again each time); the cost is measured by the benchmarks
    line = "Ida Venn, " * 3000
    assert _written_alone("Venn", [f"{line}and Venn spoke."]) == 1
    assert _written_alone("Venn", [line]) == 0
