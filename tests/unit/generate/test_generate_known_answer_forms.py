"""Accepted forms a learner who knows the fact types: the short names, full names and
spellings a document or a rule that always holds gives the key."""

from factdeck.bank import QuestionType
from factdeck.generate.distractors import DistractorPool
from factdeck.generate.evidence import DocumentEvidence
from factdeck.generate.extract import _written_out
from factdeck.generate.questions import (
    event_name_forms,
    fact_questions,
    hyphened_place_forms,
    initials_in_sentence_forms,
    leader_forms,
    long_name_alone,
    subject_modified_forms,
    titled_forms,
    with_document_forms,
)
from factdeck.generate.sentences import split_sentences
from factdeck.normalise import answer_key
from helpers.generation import auto_fact


def _graded(typed: str, key: str, forms: list[str]) -> bool:
    return answer_key(typed) in {answer_key(form) for form in (key, *forms)}


def test_a_world_war_is_accepted_in_every_spelling_of_its_number() -> None:
    for key in ("First World War", "World War I"):
        forms = event_name_forms(key, bool)
        for typed in ("World War One", "World War 1", "World War I", "1st World War", "WWI"):
            assert _graded(typed, key, forms), (key, typed)
    for key in ("Second World War", "World War II"):
        forms = event_name_forms(key, bool)
        for typed in ("World War Two", "World War 2", "World War II", "Second World War"):
            assert _graded(typed, key, forms), (key, typed)
        assert not _graded("World War One", key, forms)


def test_a_street_word_that_closes_a_name_is_accepted_short_or_in_full() -> None:
    assert "Tessel Rd" in _written_out("Tessel Road", numbered=True)
    assert "Tessel Road" in _written_out("Tessel Rd.", numbered=True)
    assert "Marrow St" in _written_out("Marrow Street", numbered=True)
    assert "Orven Ave" in _written_out("Orven Avenue", numbered=True)
    assert "Kell Boulevard" in _written_out("Kell Blvd", numbered=True)
    # a street word that opens a name is no street's
    assert not any("Rd" in form for form in _written_out("Road Harbour", numbered=True))


def test_a_hyphened_place_is_accepted_by_its_own_name() -> None:
    text = ["The war ended with the Treaty of Vellay-sur-Orne in 1840."]
    assert hyphened_place_forms(["Treaty of Vellay-sur-Orne"], lambda word: text) == [
        "Treaty of Vellay"
    ]
    assert hyphened_place_forms(["Saint-Orm-en-Vale"], lambda word: []) == ["Saint-Orm"]
    # the document names another Vellay: the name alone is either
    both = [*text, "Vellay-sur-Loue lies upstream."]
    assert hyphened_place_forms(["Treaty of Vellay-sur-Orne"], lambda word: both) == []
    # a double name with no joining word is one name
    assert hyphened_place_forms(["Orsk-Vellay"], lambda word: []) == []


def _with_forms(
    text: str,
    answer: str,
    prompt: str,
    names: list[tuple[str, str]],
    kind: str,
    quote: int = 0,
    title: str = "",
) -> tuple[str, ...]:
    sentences = split_sentences("doc", text)
    evidence = DocumentEvidence(
        {"doc": [s.text for s in sentences]},
        {"doc": [s.paragraph for s in sentences]},
        {"doc": title} if title else None,
    )
    fact = auto_fact(kind, answer, sentences[quote].text, prompt, id="doc.1")
    return with_document_forms(fact, evidence, names).accepted


def test_a_government_named_for_its_leader_is_answered_by_his_name() -> None:
    text = (
        "The Marrow Administration founded the Orvan Trust in 1990. "
        "President Marrow signed its charter."
    )
    names = [("other", "Marrow Administration"), ("person", "President Marrow")]
    forms = _with_forms(
        text, "Marrow Administration", "Who founded the Orvan Trust?", names, "other"
    )
    assert {"Marrow", "President Marrow"} <= set(forms)
    # one bearer named in full: his full name too; two: the surname alone is either
    assert leader_forms("Marrow cabinet", ["Premier Edda Marrow"]) == [
        "Marrow",
        "Premier Edda Marrow",
        "Edda Marrow",
    ]
    assert leader_forms("Marrow cabinet", ["Edda Marrow", "Ivo Marrow"]) == ["Marrow"]
    # a government of a place, or one no person of the document leads
    assert leader_forms("Orvby government", ["Ana Kell"], {"orvby"}) == []
    assert leader_forms("Kessel Government", ["Ana Kell"]) == []


def test_the_document_s_subject_before_a_noun_is_no_part_of_what_a_learner_types() -> None:
    text = (
        "The Kessel Range glacier melt is the main source of water for the Orm valley. "
        "In dry years the glacier melt comes early."
    )
    forms = _with_forms(
        text,
        "Kessel Range glacier melt",
        "What is the main source of water for the Orm valley?",
        [("other", "Kessel Range")],
        "term",
        title="Kessel Range",
    )
    assert "glacier melt" in forms
    written_apart = lambda rest: True  # noqa: E731
    # a sort of place or body of the subject is one of many
    assert subject_modified_forms("Kessel Range river", "Kessel Range", "", written_apart) == []
    # the noun alone the question shows, or the document never writes, is no form
    assert subject_modified_forms("Kessel Range melt", "Kessel Range", "What melt?", bool) == []
    assert subject_modified_forms("Kessel Range melt", "Kessel Range", "", lambda r: False) == []
    # a noun the document writes only of some other thing ("a second tongue") is no name of it
    tongue = (
        "The Vessa tongue is spoken in the hills of Vessa. Most Vessa speak the Vessa tongue at"
        " home. Many learn a second tongue at school."
    )
    forms = _with_forms(
        tongue, "Vessa tongue", "What do most Vessa speak at home?", [], "other", 1, "Vessa"
    )
    assert "tongue" not in forms


def test_a_title_the_document_writes_before_a_name_is_accepted_with_it() -> None:
    assert titled_forms("Orvan II", ["He wrote to two popes, Lucius IV and Orvan II."]) == [
        "Pope Orvan II"
    ]
    assert titled_forms("Orvan II", ["The letter reached Patriarch Orvan II."]) == [
        "Patriarch Orvan II"
    ]
    # a trade is no title; a singular title before a list is its first name's; two titles
    # may be two people
    assert titled_forms("Orvan Kell", ["It was built by the architect Orvan Kell."]) == []
    assert titled_forms("Orvan II", ["He met King Olaf and Orvan II."]) == []
    assert titled_forms("Orvan II", ["King Orvan II fell.", "Pope Orvan II wrote."]) == []
    # on a long line naming many people, the title right before the name is read
    names = "Ivo Tarn, Lida Moss (Orvan II), " * 400
    assert titled_forms("Orvan II", [f"{names}and Patriarch Orvan II."]) == ["Patriarch Orvan II"]


def test_a_title_before_a_name_in_the_document_is_accepted_by_the_key_s_forms() -> None:
    text = "The abbot wrote to two popes, Lucius IV and Orvan II. Orvan II never answered him."
    names = [("person", "Lucius IV"), ("person", "Orvan II")]
    forms = _with_forms(text, "Orvan II", "Who never answered the abbot?", names, "person", 1)
    assert "Pope Orvan II" in forms


def test_initials_in_the_key_s_sentence_say_which_bearer_of_a_surname_it_is() -> None:
    text = (
        "Ivo T. Wenn led the party from 1930. Hanna Wenn wrote for it. "
        "Wenn won again in 1936, and ITW then lost the vote on the courts."
    )
    names = [("person", "Ivo T. Wenn"), ("person", "Hanna Wenn")]
    forms = _with_forms(text, "Wenn", "Who won again in 1936?", names, "person", quote=2)
    assert {"Ivo T. Wenn", "Ivo Wenn", "ITW"} <= set(forms)
    assert "Hanna Wenn" not in forms
    # two capitals are a clock's or an office's letters as often as anyone's initials
    people = ["Ivo Wenn", "Ada Wenn", "Paul Marr"]
    assert initials_in_sentence_forms("Wenn", "Wenn landed at Kessby at 9 AM.", people) == []
    assert initials_in_sentence_forms("Marr", "Marr met the PM in Orsk.", people) == []


def test_a_name_the_document_gives_in_a_bracket_and_then_uses_is_accepted() -> None:
    text = (
        "In 1921 the council raised the Orm Special Reserve (C-Rangers). "
        "The C-Rangers patrolled the border for ten years."
    )
    names = [("other", "Orm Special Reserve"), ("other", "C-Rangers")]
    prompt = "What did the council raise in 1921?"
    assert "C-Rangers" in _with_forms(text, "Orm Special Reserve", prompt, names, "other")
    placed = (
        "In 1921 the council founded the Orm Trading Company (Vessby). Vessby lies on the coast."
    )
    names = [("organisation", "Orm Trading Company"), ("place", "Vessby")]
    forms = _with_forms(
        placed, "Orm Trading Company", "What did the council found?", names, "other"
    )
    assert "Vessby" not in forms


def test_a_bracketed_alias_of_two_words_or_of_a_people_is_accepted_written_once() -> None:
    text = "Opposition to the tax was led by the Kindred of the Lamp (Lampers) in 1820."
    names = [("organisation", "Kindred of the Lamp")]
    prompt = "Which body led opposition to the tax in 1820?"
    assert "Lampers" in _with_forms(text, "Kindred of the Lamp", prompt, names, "organisation")
    text = "Orm Maoists joined the Workers' Front of Orvia (Sendero Rojo) in 1970."
    names = [("organisation", "Workers' Front of Orvia"), ("country", "Orvia")]
    prompt = "Which front did Orm Maoists join in 1970?"
    assert "Sendero Rojo" in _with_forms(text, "Workers' Front of Orvia", prompt, names, "other")
    # one word written once may say where the body is
    text = "In 1921 the council founded the Orm Trading Company (Kessbury) on the coast."
    names = [("organisation", "Orm Trading Company")]
    prompt = "What did the council found on the coast?"
    assert "Kessbury" not in _with_forms(text, "Orm Trading Company", prompt, names, "other")


def test_a_body_without_its_creed_word_is_another_body() -> None:
    text = "Orm Maoists joined the Communist Party of Orvia in 1970."
    names = [("organisation", "Communist Party of Orvia"), ("country", "Orvia")]
    prompt = "Which party did Orm Maoists join in 1970?"
    forms = _with_forms(text, "Communist Party of Orvia", prompt, names, "organisation")
    assert "Party of Orvia" not in forms


def test_a_name_cut_from_inside_a_longer_name_is_no_form() -> None:
    text = "The Kell Special Guard was raised in 1920. The Royal Kell Guard patrolled the towns."
    names = [("other", "Kell Special Guard"), ("organisation", "Royal Kell Guard")]
    forms = _with_forms(text, "Kell Special Guard", "What was raised in 1920?", names, "other")
    assert "Kell Guard" not in forms


def test_a_long_official_name_with_no_short_form_is_not_typed() -> None:
    key = "Orm Joint Harbour Board-Western Division"
    for answer, typed in ((key, False), ("Orm Harbour Board", True)):
        statement = f"The {answer} was created in 1990 to keep the port safe."
        fact = auto_fact("organisation", answer, statement, "Which body was created in 1990?")
        asked = [q.type for q in fact_questions(fact, DistractorPool([], [fact]))]
        assert (QuestionType.TYPED in asked) == typed, answer
    assert long_name_alone(key, [f"the {key}"])
    assert not long_name_alone(key, ["OJHB"])
    assert not long_name_alone("Treaty of Vellay-sur-Orne", [])
