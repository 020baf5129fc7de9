"""Simple main clauses that an opening phrase or a joined subject hid from the question rules."""

from factdeck.generate.clauses import split_clauses
from factdeck.generate.clean import clean_document
from factdeck.generate.extract import extract
from factdeck.generate.gates import grammatical
from factdeck.generate.sentences import split_sentences


def _asked(title: str, text: str) -> list[tuple[str | None, str]]:
    cleaned = clean_document(f"{title}\n\n{text}")
    found = extract(split_sentences("doc", cleaned.text), title, selective=True)
    return [(c.question, c.span.text) for c in found.candidates]


def test_two_opening_phrases_both_go_to_the_end() -> None:
    assert split_clauses(
        "In 1742, after a long siege, the army of Duke Ivo Berg captured the fortress of Kell."
    ) == ["The army of Duke Ivo Berg captured the fortress of Kell in 1742 after a long siege."]
    # a second phrase with a verb of its own is no plain opening: the sentence stays as it is
    hosted = "In 1836, at a party hosted by Mara Holt, Ivo met the poet Ada Venn."
    assert split_clauses(hosted) == [hosted]


def test_the_year_of_a_clause_behind_two_opening_phrases_is_asked() -> None:
    text = (
        "Varland is a small kingdom in the north. The kingdom has a long coast. "
        "In 1742, after a long siege, the army of Duke Ivo Berg captured the fortress of Kell."
    )
    assert (
        "In what year did the army of Duke Ivo Berg capture the fortress of Kell after a long "
        "siege?",
        "1742",
    ) in _asked("Varland", text)


def test_a_subject_of_two_names_after_did_is_one_subject() -> None:
    assert grammatical("In what year did Ada Venn and Ivo Chain open the first mill?", "fronted")
    assert grammatical(
        "In what year did Orm Mills and Kell Press become involved in a dispute over paper?",
        "fronted",
    )
    # after the verb, "and" with another verb is still a second claim
    assert not grammatical("In what year did Ada Venn open a mill and buy a farm?", "fronted")
    assert not grammatical("In what year did the town grow and become a city?", "fronted")


def test_a_span_between_two_years_is_no_second_claim() -> None:
    assert grammatical(
        "Who served as the first chancellor of Varland between 1901 and 1905?", "subject"
    )
    assert not grammatical("Who led the guild of Varland in 1901 and 1905?", "subject")


def test_have_after_did_is_the_main_verb_of_any_question() -> None:
    assert grammatical("In what year did the Kell Guild have its first meeting?", "fronted")
    assert grammatical(
        "In what decade did Orm have more bakers than any other Tarn town?", "fronted"
    )
    # "have" before another verb form is a second verb, and the question is garbled
    assert not grammatical("In what year did the Kell Guild have already opened a hall?", "fronted")
    assert not grammatical("In what year did the Kell Guild have a hall built?", "fronted")
    # the thing had is rarely one answer
    assert not grammatical("What did the Kell Guild have in 1850?", "fronted")


def test_two_verbs_of_one_predicate_may_have_an_adverb_between() -> None:
    assert grammatical("Who seized and briefly held the town of Orm?", "subject")
    # a second verb with its own object is a second claim, adverb or not
    assert not grammatical("Who seized the town and quickly burned the mill?", "subject")
