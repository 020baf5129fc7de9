"""Keys, accepted answers and sentence breaks a strict teacher would accept."""

from factdeck.generate.distractors import DistractorPool, clashes
from factdeck.generate.evidence import DocumentEvidence
from factdeck.generate.extract import Span, _accepted, _answerable, extract_candidates
from factdeck.generate.facts import FactRecord
from factdeck.generate.questions import _false_value, with_document_forms
from factdeck.generate.sentences import Sentence, split_sentences
from helpers.generation import auto_fact


def _texts(paragraph: str) -> list[str]:
    return [sentence.text for sentence in split_sentences("doc", paragraph)]


def test_a_regnal_number_with_a_full_stop_ends_the_sentence() -> None:
    text = "The abbey was rebuilt for King Olaf I. In 1402 the monks left the island."
    assert _texts(text) == [
        "The abbey was rebuilt for King Olaf I.",
        "In 1402 the monks left the island.",
    ]


def test_a_regnal_number_inside_a_sentence_stays_part_of_the_name() -> None:
    text = "King Olaf I founded the abbey. The monks left in 1402."
    assert _texts(text) == ["King Olaf I founded the abbey.", "The monks left in 1402."]


def test_an_initial_before_a_surname_does_not_end_the_sentence() -> None:
    text = "The map was drawn by Anna V. Lindqvist in 1788."
    assert _texts(text) == [text]


def _document_forms(answer: str, prompt: str, sentences: list[str]) -> tuple[str, ...]:
    fact = auto_fact(
        "organisation",
        answer,
        sentences[0],
        prompt,
        id="doc.1",
        accepted=_accepted(Span(0, len(answer), "organisation", answer), answer, prompt),
        statement_template=sentences[0],
    )
    evidence = DocumentEvidence({"doc": sentences})
    return with_document_forms(fact, evidence, [("organisation", answer)]).accepted


def test_a_name_without_its_sort_word_is_accepted_when_it_names_only_the_answer() -> None:
    sentences = ["The Tarnby Abbey was founded by monks in 1120.", "The monks farmed sheep."]
    accepted = _document_forms("Tarnby Abbey", "Which abbey was founded in 1120?", sentences)
    assert "Tarnby" in accepted


def test_a_name_without_the_asked_sort_word_is_accepted_beside_a_place_of_that_name() -> None:
    sentences = [
        "The Tarnby Abbey was founded by monks in 1120.",
        "Tarnby is a fishing village on the coast.",
    ]
    accepted = _document_forms("Tarnby Abbey", "Which abbey was founded in 1120?", sentences)
    assert "Tarnby" in accepted  # the question asks for an abbey: the village is none


def test_a_name_without_its_sort_word_is_refused_where_it_names_a_place_of_the_document() -> None:
    sentences = [
        "The University of Tarnby was founded by monks in 1120.",
        "Tarnby is a fishing village on the coast.",
    ]
    prompt = "Which university was founded in 1120?"
    accepted = _document_forms("University of Tarnby", prompt, sentences)
    assert "Tarnby" not in accepted


def _signing_fact(quote: str) -> FactRecord:
    return auto_fact(
        "person",
        "Aldric",
        "The Treaty of Marle was signed by Aldric.",
        "Who signed the Treaty of Marle?",
        id="doc.2",
        quote=quote,
        statement_template="The Treaty of Marle was signed by {answer}.",
        unique=True,
        yes_no=True,
    )


def test_a_false_statement_never_swaps_in_a_name_the_document_gives_the_same_part() -> None:
    sentences = [
        "The Treaty of Marle was signed by Aldric.",
        "Ysolde also sealed the Treaty of Marle.",
        "Brann ruled the southern valleys.",
        "Weyl ruled the northern hills.",
    ]
    entries = [("person", name, "doc") for name in ("Aldric", "Ysolde", "Brann", "Weyl")]
    fact = _signing_fact(sentences[0])
    pool = DistractorPool(entries, [fact], evidence=DocumentEvidence({"doc": sentences}))
    assert _false_value(fact, ["Ysolde", "Brann", "Weyl"], pool) == "Brann"


def test_a_false_statement_never_swaps_in_a_name_of_the_fact_s_own_sentence() -> None:
    quote = "The Treaty of Marle was signed by Aldric, with Ysolde as witness."
    sentences = [quote, "Brann ruled the southern valleys."]
    entries = [("person", name, "doc") for name in ("Aldric", "Ysolde", "Brann")]
    fact = _signing_fact(quote)
    pool = DistractorPool(entries, [fact], evidence=DocumentEvidence({"doc": sentences}))
    assert _false_value(fact, ["Ysolde", "Brann"], pool) == "Brann"


def _asked(sentence_text: str, key: str, kind: str) -> bool:
    start = sentence_text.index(key)
    span = Span(start, start + len(key), kind, key)
    sentence = Sentence("doc", 0, 1, sentence_text, sentence_text)
    return _answerable(span, sentence, set(), set())


def test_a_place_inside_the_title_of_a_work_is_no_key() -> None:
    text = "The abbey is described in the novel The Saints of Vellmoor by Ida Crane."
    assert not _asked(text, "Vellmoor", "place")
    assert _asked("The monks came to the abbey from Vellmoor in 1120.", "Vellmoor", "place")


def test_a_year_after_a_title_stays_a_key() -> None:
    assert _asked("Ida Crane wrote the novel Vellmoor in 1904.", "1904", "year")


def test_a_class_noun_written_with_the_is_no_key() -> None:
    assert not _asked("In 1790 the Council refused the monks a hall.", "Council", "organisation")
    assert not _asked("The abbey was sold to the State in 1901.", "State", "organisation")
    assert _asked("The abbey was sold to Halvard in 1901.", "Halvard", "person")


def test_a_judging_phrase_or_a_cut_degree_phrase_is_no_key() -> None:
    judged = "The critic called the nave a fundamental error of design."
    assert not _asked(judged, "fundamental error", "term")
    ranked = "Vellmoor is the most populous town of the coast."
    assert not _asked(ranked, "populous town", "term")
    assert _asked("Vellmoor has two or more harbour towers.", "harbour towers", "term")
    assert _asked("The nave has a barrel vault.", "barrel vault", "term")


def test_a_ruler_numbered_one_is_asked_by_the_whole_name() -> None:
    text = (
        "Tarnby Abbey is a ruined abbey on the coast. "
        "The abbey was founded by King Olaf I. In 1120 the first monks settled there."
    )
    sentences = split_sentences("doc", text)
    asked = {(c.question, c.span.text) for c in extract_candidates(sentences, "Tarnby Abbey")}
    assert ("Who founded Tarnby Abbey?", "Olaf I") in asked


def test_what_a_subject_also_did_is_no_key() -> None:
    also = "Ida Crane also designed the Vellmoor Exchange."
    assert not _asked(also, "Vellmoor Exchange", "other")
    assert _asked("Ida Crane designed the Vellmoor Exchange.", "Vellmoor Exchange", "other")
    assert _asked("Ida Crane also designed the Vellmoor Exchange in 1791.", "1791", "year")
    assert _asked("Lake Orla, also known as Blue Lake, is deep.", "Blue Lake", "place")


def test_one_person_spelled_two_ways_is_never_two_options() -> None:
    assert clashes("Ivar I Haraldsen", ["Ivar Haraldson", "Olaf I"])
    assert not clashes("Ivar II", ["Ivar I", "Olaf Tryggve"])
    assert not clashes("Ivar Haraldsen", ["Ivar Mortensen"])
