"""Stems that keep the context they need: a question must not lean on words that stand for
something only the sentences before it named."""

from __future__ import annotations

from factdeck.generate.extract import prepare_sentences
from factdeck.generate.gates import grammatical, relative_to_unseen, self_contained
from factdeck.generate.phrasing import without_connective
from factdeck.generate.referents import Referents
from factdeck.generate.sentences import split_sentences


def _prepared(text: str, title: str) -> list[str]:
    return [s.text for s in prepare_sentences(split_sentences("doc", text), title, split=True)]


def test_a_deed_told_as_a_reaction_keeps_what_it_answers() -> None:
    assert not self_contained("Who sent six ships to Kell in response?")
    assert not self_contained("Who closed the Orm Mint as a result?")
    assert self_contained("Who sent six ships to Kell in response to the Orm Raid?")
    assert self_contained("Who closed the Orm Mint as a result of the Kell Crash?")


def test_none_and_ones_stand_for_a_noun_told_before() -> None:
    assert not self_contained("In what year was none defeated at the Battle of Orm?")
    assert not self_contained("What are the ones that accept Kell grants called?")
    assert self_contained("Who was none other than the founder of Orm Abbey?")


def test_a_reaction_opening_the_sentence_is_dropped_with_its_comma() -> None:
    assert without_connective("In response, Ivo sent six ships.") == "Ivo sent six ships."
    kept = "In response to the raid, Ivo sent six ships."
    assert without_connective(kept) == kept


def test_an_adverb_before_a_participle_leaves_it_without_a_subject() -> None:
    assert not grammatical("Initially built with how many towers?", "number")
    assert not grammatical("Originally founded in which year?", "number")
    assert grammatical("Initially the fort was built with how many towers?", "number")


def test_which_neighbouring_place_leans_on_a_place_never_named() -> None:
    assert relative_to_unseen("In which neighbouring village did Ivo Brenn grow up?")
    assert not relative_to_unseen("In which village did Ivo Brenn grow up?")
    assert not relative_to_unseen("In which former Kell kingdom did Ivo Brenn grow up?")


def test_a_result_a_new_thing_or_the_nearer_one_needs_what_it_is_beside() -> None:
    assert relative_to_unseen("In what year was the resulting Charter published?")
    assert not relative_to_unseen("In what year was the resulting Charter of Kell published?")
    assert relative_to_unseen("Who opened the new mill on 9 May 1804?")
    assert not relative_to_unseen("Who opened the new mill of Orm Abbey?")
    assert relative_to_unseen("What is the nearer bank planted with?")
    assert not relative_to_unseen("In what year did the new Parliament first meet?")


def test_a_verb_the_word_list_lacks_ends_the_noun_phrase_before_it() -> None:
    # "the margravate" (which one?) must not read as "the margravate reincorporated into
    # the Kell Crown", a phrase that would say which
    assert not self_contained("In what year was the margravate reincorporated into the Kell Crown?")
    assert self_contained("In what year was Orm Margravate reincorporated into the Kell Crown?")


def test_it_after_a_sentence_on_what_the_subject_owns_is_not_the_subject() -> None:
    owned = _prepared("Orm's first mill was built in 1817. It was rebuilt in 1901.", "Orm")
    assert owned[1] == "It was rebuilt in 1901."
    about = _prepared("Orm was chartered in 1817. It was rebuilt in 1901.", "Orm")
    assert about[1] == "Orm was rebuilt in 1901."


def _resolved(text: str, title: str) -> list[str]:
    sentences = split_sentences("doc", text)
    referents = Referents(sentences, title, None)
    return [s.text for s in prepare_sentences(sentences, title, split=True, referents=referents)]


def test_a_name_s_first_word_alone_is_the_one_name_of_its_paragraph_it_opens() -> None:
    one = "In 1604 King Orlo issued the Charter of Vell. The Charter granted the weavers a hall."
    assert _resolved(one, "Weavers")[1] == "The Charter of Vell granted the weavers a hall."
    two = (
        "King Orlo issued the Charter of Vell and the Charter of Kell."
        " The Charter granted the weavers a hall."
    )
    assert _resolved(two, "Weavers")[1] == "The Charter granted the weavers a hall."


def test_a_toll_of_dead_or_wounded_keeps_its_event() -> None:
    assert not self_contained("About how many Spanish soldiers were killed or injured?")
    assert not self_contained("How many French soldiers were captured?")
    assert self_contained("About how many soldiers were killed at the Battle of Orm?")
    assert self_contained("How many people died in the 1902 flood?")


def test_a_part_or_one_of_a_set_opening_the_stem_keeps_what_it_is_of() -> None:
    assert not self_contained("Early versions were in use by what year?")
    assert self_contained("Early versions of the Kell loom were in use by what year?")
    assert not self_contained("One engine was still known to be working in what year?")
    assert self_contained("One Orm engine type was still known to be working in what year?")


def test_a_deed_told_as_the_next_step_leans_on_the_one_before() -> None:
    assert not self_contained("Who proceeded to massacre the defenders of Orm Fort?")
    assert self_contained("Who massacred the defenders of Orm Fort?")
    assert self_contained("Who proceeded to Rome in 1204?")
