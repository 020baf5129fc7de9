"""What an imported question accepts and offers: false statements that change a name, never a
figure; options that never name one body twice; typed answers in the document's other forms."""

from __future__ import annotations

import re
from dataclasses import replace

from factdeck.generate.distractors import DistractorPool, overlapping, same_body_names
from factdeck.generate.evidence import NameIndex, other_forms
from factdeck.generate.facts import FactRecord
from factdeck.generate.questions import fact_questions, with_document_forms
from factdeck.generate.sentences import split_sentences
from helpers.generation import auto_fact, document_evidence


def _fact(kind: str, answer: str, template: str, prompt: str, index: int) -> FactRecord:
    return auto_fact(
        kind,
        answer,
        template.format(answer=answer),
        prompt,
        id=f"fact-{kind}-{index}",
        statement_template=template,
        unique=True,
        yes_no=True,
    )


def test_a_false_statement_never_changes_a_year_a_century_or_a_date() -> None:
    cases = [
        ("year", "1851", "The mill was first opened in {answer}.", "When was the mill opened?"),
        ("period", "11th century", "The abbey was built in the {answer}.", "When was it built?"),
        ("date", "3 May 1851", "The mill was first opened on {answer}.", "When was it opened?"),
    ]
    for kind, answer, template, prompt in cases:
        for index in range(24):
            fact = _fact(kind, answer, template, prompt, index)
            questions = fact_questions(fact, DistractorPool([], [fact]))
            assert questions  # still asked, with options or typed
            assert not any(q.id.endswith(".tf-false") for q in questions)


def test_a_false_statement_swaps_a_name_of_the_document() -> None:
    entries = [("place", name, "doc") for name in ("Orsby", "Vell", "Dunby", "Kell")]
    falses = []
    for index in range(24):
        fact = _fact("place", "Orsby", "The mill was first opened in {answer}.", "Where?", index)
        fact = replace(fact, prompt="Where was the mill first opened?")
        falses += [
            q
            for q in fact_questions(fact, DistractorPool(entries, [fact]))
            if q.id.endswith(".tf-false")
        ]
    assert falses
    assert all("Orsby" not in q.prompt and q.prompt.startswith("Was the mill") for q in falses)


def test_two_names_of_one_body_are_never_offered_together() -> None:
    assert overlapping("Imperial Parliament", "United Kingdom Parliament")
    assert overlapping("British Parliament", "Parliament of the United Kingdom")
    assert overlapping("Federal Parliament", "Australian Parliament")
    assert not overlapping("Imperial Parliament", "Federal Parliament")
    assert not overlapping("Parliament of Tarland", "Parliament of Vellia")
    text = (
        "Tarland\n\nThe Tarland Parliament first met in 1856. The Imperial Parliament had "
        "granted the colony its charter. The United Kingdom Parliament kept a veto. The "
        "Federal Parliament met in Orsby. The Parliament of Vellia sat in Dunby."
    )
    names = [
        "Imperial Parliament",
        "United Kingdom Parliament",
        "Federal Parliament",
        "Parliament of Vellia",
    ]
    for index in range(12):
        fact = _fact(
            "organisation",
            "Tarland Parliament",
            "The {answer} first met in 1856.",
            "Which parliament first met in 1856?",
            index,
        )
        pool = DistractorPool(
            [("organisation", n, "doc") for n in names], [fact], None, document_evidence(text)
        )
        chosen = pool.choose(fact)
        assert not {"Imperial Parliament", "United Kingdom Parliament"} <= set(chosen)
        assert len(chosen) == 3  # one of the two, and the other bodies
        assert "Federal Parliament" in chosen  # met, but the key met first


def test_a_name_the_document_pairs_with_the_predicate_is_no_option() -> None:
    text = (
        "Tarlanders\n\nThe Tarlanders were in contact with Orsby from an early date. "
        "Long before the war, the Tarlanders had come into contact with Vell. "
        "Dunby was a trading town. Kell was a trading town. Marn was a trading town."
    )
    statement = "The Tarlanders were in contact with Orsby from an early date."
    fact = replace(
        _fact(
            "place",
            "Orsby",
            "The Tarlanders were in contact with {answer} from an early date.",
            "Which town were the Tarlanders in contact with from an early date?",
            1,
        ),
        unique=False,
    )
    assert fact.statement == statement
    names = ["Orsby", "Vell", "Dunby", "Kell", "Marn"]
    evidence = document_evidence(text)
    assert evidence.paired_alike("doc", statement, "Orsby", "Vell")
    assert not evidence.paired_alike("doc", statement, "Orsby", "Dunby")
    pool = DistractorPool([("place", n, "doc") for n in names], [fact], None, evidence)
    assert "Vell" not in pool.choose(fact)


_PARTIES = (
    "The centre-left Tarlandic Green Party (TGP) and the Liberal Party of Chile contest "
    "every election. The Green Party won in 1990. Mara Holm, the Bishop of Vell, crowned the "
    "king. Later Bishop Holm retired. The Tarland Census Bureau counts the people; the Census "
    "Bureau was set up in 1901. The Chilean Mining Board buys the copper. "
    "The Orsby Yacht Club races on the bay. Ivo Stark is the current premier."
)
_PARTY_NAMES = [
    ("organisation", "Tarlandic Green Party"),
    ("organisation", "Green Party"),
    ("organisation", "Liberal Party of Chile"),
    ("other", "Mara Holm"),
    ("place", "Vell"),
    ("place", "Tarland"),
    ("place", "Orsby"),
    ("organisation", "Tarland Census Bureau"),
    ("organisation", "Orsby Yacht Club"),
    ("organisation", "Chilean Mining Board"),
    ("other", "Ivo Stark"),
]


def _forms(answer: str, kind: str, prompt: str, names: list[tuple[str, str]]) -> list[str]:
    texts = [s.text for s in split_sentences("doc", "Parties\n\n" + _PARTIES)]
    lower = {word for text in texts for word in re.findall(r"\b[a-z]+\b", text)}
    return other_forms(answer, kind, prompt, NameIndex(names), lambda _: texts, lower)


def test_a_short_form_accepts_the_full_name_and_its_acronym() -> None:
    forms = _forms("Green Party", "organisation", "Which party won in 1990?", _PARTY_NAMES)
    assert {"Tarlandic Green Party", "TGP"} <= set(forms)
    full = _forms("Tarlandic Green Party", "organisation", "Which party?", _PARTY_NAMES)
    assert {"Green Party", "Green"} <= set(full)
    # a second party with the same short form makes the short form ambiguous
    more = [*_PARTY_NAMES, ("organisation", "Orsby Green Party")]
    assert _forms("Green Party", "organisation", "Which party?", more) == []
    assert "Green Party" not in _forms("Tarlandic Green Party", "organisation", "?", more)


def test_a_long_name_accepts_itself_without_its_place_qualifier() -> None:
    assert "Census Bureau" in _forms("Tarland Census Bureau", "organisation", "?", _PARTY_NAMES)
    assert "Mining Board" in _forms("Chilean Mining Board", "organisation", "?", _PARTY_NAMES)
    assert "Liberal Party" in _forms("Liberal Party of Chile", "organisation", "?", _PARTY_NAMES)
    # "Yacht Club" alone is no name the document uses: the place identifies the club
    assert "Yacht Club" not in _forms("Orsby Yacht Club", "organisation", "?", _PARTY_NAMES)


def test_a_person_accepts_the_title_the_seat_and_an_unshared_surname() -> None:
    forms = _forms("Mara Holm", "other", "Who crowned the king?", _PARTY_NAMES)
    assert {"Bishop Mara Holm", "Mara Holm of Vell", "Holm"} <= set(forms)
    assert "Stark" in _forms("Ivo Stark", "other", "Who is the current premier?", _PARTY_NAMES)
    assert "Stark" not in _forms("Ivo Stark", "other", "What is the premier's name?", [])
    shared = [*_PARTY_NAMES, ("person", "Ada Stark")]
    assert "Stark" not in _forms("Ivo Stark", "person", "Who is the current premier?", shared)


def test_a_body_accepts_the_other_names_the_document_gives_it() -> None:
    text = (
        "Tarland\n\nThe Imperial Parliament granted Tarland a charter. The United Kingdom "
        "Parliament later passed the Tarland Act; the British Parliament repealed it. The Federal "
        "Parliament met in Orsby. The Tarland Parliament first met in 1856; the Parliament of "
        "Tarland has two houses. The Liberal Party of Chile and the National Party of Chile vote."
    )
    names = [
        ("organisation", "Imperial Parliament"),
        ("organisation", "United Kingdom Parliament"),
        ("organisation", "British Parliament"),
        ("organisation", "Federal Parliament"),
        ("organisation", "Tarland Parliament"),
        ("organisation", "Parliament of Tarland"),
        ("organisation", "Liberal Party of Chile"),
        ("organisation", "National Party of Chile"),
        ("place", "Tarland"),
    ]
    fact = _fact(
        "organisation", "United Kingdom Parliament", "The {answer} passed the Tarland Act.", "?", 1
    )
    fact = replace(fact, prompt="Which parliament passed the Tarland Act?")
    accepted = with_document_forms(fact, document_evidence(text), names).accepted
    assert "British Parliament" in accepted
    # a national-only name may be any country's parliament: never accepted
    assert "Imperial Parliament" not in accepted and "Federal Parliament" not in accepted
    own = replace(fact, answer="Tarland Parliament", prompt="Which parliament met in 1856?")
    accepted = with_document_forms(own, document_evidence(text), names).accepted
    assert "Parliament of Tarland" in accepted and "Imperial Parliament" not in accepted
    # a country has several parties: one party of Chile is no other name of another
    assert same_body_names("Liberal Party of Chile", ["National Party of Chile"]) == []
    assert same_body_names("Orsby City Council", ["Dunby City Council"]) == []


def test_year_options_stay_within_the_documents_time() -> None:
    text = "Tarland\n\nThe mill was first opened in 1898.\n\nThe bridge was rebuilt in 1900."
    complete = 0
    for index in range(12):
        fact = _fact("year", "1898", "The mill was first opened in {answer}.", "When?", index)
        options = DistractorPool([], [fact], None, document_evidence(text)).choose(fact)
        assert all(1886 <= int(year) <= 1900 for year in options)
        assert all(abs(int(year) - 1898) >= 2 for year in options)
        complete += len(options) == 3
    assert complete >= 6  # most still have three options (the others are asked typed)


def test_count_options_put_the_key_anywhere() -> None:
    for answer in ("7", "2,400"):
        places = set()
        for index in range(40):
            fact = _fact("number", answer, "The guild had {answer} members.", "How many?", index)
            options = DistractorPool([], [fact]).choose(fact)
            values = sorted(float(o.replace(",", "")) for o in [*options, answer])
            assert len(options) == 3 and values[0] >= 1
            places.add(values.index(float(answer.replace(",", ""))))
        assert places == {0, 1, 2, 3}


_FIRMS = (
    "Orsby Systems makes routers in Vell. The Kingdom of Vell was founded in 1130 by Ivo. "
    "Ivo also took the island of Marn. Kell Holdings owns Kell Bank. The Dunby Group sells "
    "tea in Dunby."
)
_FIRM_NAMES = [
    ("organisation", "Orsby Systems"),
    ("place", "Vell"),
    ("place", "Kingdom of Vell"),
    ("place", "Marn"),
    ("organisation", "Kell Holdings"),
    ("organisation", "Kell Bank"),
    ("organisation", "Dunby Group"),
    ("place", "Dunby"),
    ("person", "Ivo"),
]


def _firm_forms(answer: str, kind: str, prompt: str) -> list[str]:
    texts = [s.text for s in split_sentences("doc", "Firms\n\n" + _FIRMS)]
    lower = {word for text in texts for word in re.findall(r"\b[a-z]+\b", text)}
    return other_forms(answer, kind, prompt, NameIndex(_FIRM_NAMES), lambda _: texts, lower)


def test_a_firm_is_known_without_its_corporate_word_when_that_is_unambiguous() -> None:
    assert _firm_forms("Orsby Systems", "organisation", "Which firm makes routers?") == ["Orsby"]
    # "Kell" would also name Kell Bank; "Dunby" is the town the group is named after
    assert _firm_forms("Kell Holdings", "organisation", "Who owns Kell Bank?") == []
    assert _firm_forms("Dunby Group", "organisation", "Which firm sells tea?") == []


def test_a_realm_or_an_island_is_known_by_its_place_name_alone() -> None:
    assert _firm_forms("Kingdom of Vell", "place", "Which kingdom did Ivo found?") == ["Vell"]
    assert _firm_forms("the island of Marn", "place", "What did Ivo take?") == ["Marn"]
    # the question shows the place: typing it proves nothing
    assert _firm_forms("Kingdom of Vell", "place", "What did Ivo found in Vell?") == []
    # a second realm of that place: "Vell" alone could be either
    texts = [s.text for s in split_sentences("doc", "Firms\n\n" + _FIRMS)]
    realms = NameIndex([*_FIRM_NAMES, ("place", "Emirate of Vell")])
    prompt = "Which kingdom did Ivo found?"
    assert other_forms("Kingdom of Vell", "place", prompt, realms, lambda _: texts, set()) == []


def test_a_ruler_is_known_by_first_name_and_seat_when_no_other_shares_them() -> None:
    texts = [
        "In 1030, King Olaf II of Norland took Vell.",
        "Olaf II built the harbour.",
        "Harald I of Norland and Harald II of Norland both fought the Danes.",
    ]
    names = [("person", "Olaf II"), ("person", "Harald I"), ("person", "Harald II")]

    def forms(answer: str) -> list[str]:
        return other_forms(
            answer, "person", "Who took Vell?", NameIndex(names), lambda _: texts, set()
        )

    assert "Olaf of Norland" in forms("Olaf II")
    # two Haralds of Norland: the seat without the number names neither
    assert "Harald of Norland" not in forms("Harald I")


def test_a_surname_accepts_the_one_full_name_the_document_gives_it() -> None:
    texts = ["Mara Holm led the march to Vell.", "Holm was crowned at Vell."]
    names = [("person", "Mara Holm"), ("person", "Holm"), ("place", "Vell")]

    def forms(found: list[tuple[str, str]]) -> list[str]:
        return other_forms(
            "Holm", "person", "Who was crowned?", NameIndex(found), lambda _: texts, set()
        )

    assert forms(names) == ["Mara Holm"]
    # two Holms: the surname alone does not tell which one the learner means
    assert forms([*names, ("person", "Ivo Holm")]) == []


def test_a_state_s_form_of_government_is_no_name_without_its_place() -> None:
    texts = [
        "In 1971 the Democratic Republic of Vell collapsed; the Liberal Party of Vell won.",
        "The Democratic Republic fell and the Liberal Party rose.",
    ]
    names = [
        ("country", "Democratic Republic of Vell"),
        ("organisation", "Liberal Party of Vell"),
        ("place", "Vell"),
    ]

    def forms(answer: str, kind: str) -> list[str]:
        return other_forms(answer, kind, "Which?", NameIndex(names), lambda _: texts, set())

    assert "Democratic Republic" not in forms("Democratic Republic of Vell", "country")
    assert "Liberal Party" in forms("Liberal Party of Vell", "organisation")


def test_a_place_before_a_name_that_opens_with_a_people_s_word_is_a_meeting_of_it() -> None:
    texts = [
        "The Orsby European Council met in 1992.",
        "The European Council sets the course.",
        "The Tarlandic Green Party won; the Green Party governs.",
    ]
    names = [
        ("organisation", "Orsby European Council"),
        ("organisation", "European Council"),
        ("organisation", "Tarlandic Green Party"),
        ("organisation", "Green Party"),
        ("place", "Orsby"),
        ("place", "Tarland"),
    ]

    def forms(answer: str) -> list[str]:
        return other_forms(
            answer, "organisation", "Which?", NameIndex(names), lambda _: texts, set()
        )

    assert "Orsby European Council" not in forms("European Council")
    assert "Tarlandic Green Party" in forms("Green Party")


def test_a_town_after_of_in_a_man_s_name_is_no_surname_of_his() -> None:
    texts = ["Ivo Brand of Orm was the first captain lost at sea.", "Orm is the poorest town."]
    names = [("person", "Ivo Brand of Orm"), ("place", "Orm")]
    forms = other_forms(
        "Orm", "person", "Which town is the poorest?", NameIndex(names), lambda _: texts, set()
    )
    # the town he came from: no person is accepted for a place
    assert "Ivo Brand of Orm" not in forms


def test_a_body_s_name_accepts_the_fuller_adjective_the_document_gives_it() -> None:
    names = [
        ("other", "Catholic Church"),
        ("other", "Roman Catholic Church"),
        ("organisation", "European Union"),
        ("organisation", "Western European Union"),
        ("organisation", "Vessa European Council"),
        ("organisation", "European Council"),
    ]
    index = NameIndex(names)
    assert other_forms("Catholic Church", "other", "?", index, lambda _: [], set()) == [
        "Roman Catholic Church"
    ]
    # a compass point makes another union, a town a meeting at it
    assert other_forms("European Union", "organisation", "?", index, lambda _: [], set()) == []
    assert other_forms("European Council", "organisation", "?", index, lambda _: [], set()) == []
