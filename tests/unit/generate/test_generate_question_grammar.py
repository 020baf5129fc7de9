"""Questions that keep the grammar of their sentence: a preposition governed by the word
before the answer stays, an answer inside a relative clause is not moved out of it, a
participle inside the subject is not taken for its verb, a people is asked with "who", and a
participle straight after a participle marks words cut out."""

from __future__ import annotations

from factdeck.generate.gates import grammatical, wh_fits_key
from factdeck.generate.phrasing import ask


def _question(sentence: str, answer: str, kind: str) -> str | None:
    start = sentence.index(answer)
    asked = ask(sentence, start, start + len(answer), kind)
    return asked[0] if asked is not None and grammatical(*asked) else None


def test_a_governed_for_stays_with_a_count() -> None:
    assert _question(
        "Trade is responsible for 27 percent of Dorla's jobs.", "27 percent", "number"
    ) in (
        "What percentage of Dorla's jobs is trade responsible for?",
        "Trade is responsible for what percentage of Dorla's jobs?",
    )
    assert (
        _question("The toll paid for 12 schools.", "12", "number")
        == "How many schools did the toll pay for?"
    )
    assert (
        _question("The town was famous for 3 fairs.", "3", "number")
        == "How many fairs was the town famous for?"
    )


def test_the_for_of_a_span_of_time_is_left_out() -> None:
    assert (
        _question("The queen reigned for 30 years.", "30", "number")
        == "How many years did the queen reign?"
    )


def test_an_answer_in_a_relative_clause_is_not_moved_out_of_it() -> None:
    assert _question("Morvik has a market square that hosts 50 stalls.", "50", "number") is None
    assert _question("The guild built a hall that seats 900 people.", "900", "number") is None
    assert (
        _question("The guild built 12 halls in Morvik.", "12", "number")
        == "How many halls did the guild build in Morvik?"
    )


def test_a_participle_after_an_infinitive_is_not_the_subject_s_verb() -> None:
    assert (
        _question("The first barges to carry salted herring reached Tolm in 1611.", "1611", "year")
        == "In what year did the first barges to carry salted herring reach Tolm?"
    )
    assert (
        _question("The first to land built a fort at Tolm in 1611.", "1611", "year")
        == "In what year did the first to land build a fort at Tolm?"
    )


def test_a_people_named_with_the_is_asked_with_who() -> None:
    assert (
        _question("The first sailors to map the Orre were the Tavanese.", "Tavanese", "other")
        == "Who were the first sailors to map the Orre?"
    )
    assert (
        _question("The first boats to cross the Orre were the Kestrels.", "Kestrels", "other")
        != "Who were the first boats to cross the Orre?"
    )


def test_a_participle_straight_after_a_participle_is_no_question() -> None:
    cut = "In what year did the town grow with trade starting driven by the port?"
    assert not grammatical(cut, "fronted")
    assert grammatical("When was the town hall being built?", "fronted")
    assert grammatical("Which firm was selling used carts in Tolm?", "fronted")


def test_who_fits_a_people_only_with_a_plural_be() -> None:
    assert wh_fits_key("Who were the first sailors to map the Orre?", "Tavanese", "other")
    assert wh_fits_key("Who were the first sailors to map the Orre?", "the Tavanese", "other")
    assert not wh_fits_key("Who was the first ship to cross the Orre?", "Tavanese", "other")


def test_a_participle_before_a_name_with_a_phrase_is_not_the_subject_s_verb() -> None:
    asked = _question(
        "The first freed Tarvans to reach the coast settled at Morvik in 1702.", "1702", "year"
    )
    assert asked in (
        None,
        "In what year did the first freed Tarvans to reach the coast settle at Morvik?",
        "The first freed Tarvans to reach the coast settled at Morvik in what year?",
    )
    assert (
        _question("The wealthy funded Morvik Abbey in 1310.", "1310", "year")
        == "In what year did the wealthy fund Morvik Abbey?"
    )


def test_an_ordinal_with_no_noun_is_no_subject() -> None:
    assert not grammatical(
        "In what year did the first free Tarvans to reach Tolm settled?", "fronted"
    )
    assert not grammatical("In what year did the first arrive at Tolm?", "fronted")
    assert grammatical("In what year did the first barges arrive at Tolm?", "fronted")
    assert grammatical("When did the first train leave Tolm?", "fronted")


def test_no_wh_phrase_is_asked_inside_the_sentence_s_own_what_clause() -> None:
    odd = "After long unrest, a council in 1702 issued what became known as which charter?"
    assert not grammatical(odd, "in-situ")
    assert grammatical("What is the name of the river which flows through Tolm?", "fronted")
    assert grammatical("In Tolm, who sold what was left of the fort?", "subject")


def test_a_name_shaped_like_a_people_s_is_asked_who_only_of_people() -> None:
    assert (
        _question("The main cheeses sold in Tolm were the Varsani.", "Varsani", "other")
        == "What were the main cheeses sold in Tolm?"
    )
    assert not wh_fits_key("Who were the main cheeses sold in Tolm?", "the Varsani", "other")
    assert (
        _question("The earliest settlers of the Orre valley were the Varsani.", "Varsani", "other")
        == "Who were the earliest settlers of the Orre valley?"
    )
    assert (
        _question("The Tavanese were the first sailors to map the Orre.", "The Tavanese", "other")
        == "Who were the first sailors to map the Orre?"
    )


def test_a_participle_may_follow_one_of_lying_or_moving() -> None:
    assert grammatical("Which miller was found lying injured near the Tolm bridge?", "fronted")
    assert grammatical("Which abbot was seen leaving disguised as a pedlar?", "fronted")
    assert not grammatical(
        "In what year did the town grow with trade starting driven by the port?", "fronted"
    )


def test_the_question_s_own_in_what_leaves_a_later_what_clause_to_be_read() -> None:
    odd = "In what year did the guild that issued what became known as which charter meet?"
    assert not grammatical(odd, "fronted")
    assert grammatical("In what year did the guild that issued the charter meet?", "fronted")
