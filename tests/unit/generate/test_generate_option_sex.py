"""Options of a person question keep to the key's sex only where the document or the
question marks it surely: a pronoun marks the subject only when it can stand for it, a noun
of kin only when it is the person's own, and a question asks for a sex only when a noun of
kin is what it asks for."""

from __future__ import annotations

from factdeck.generate import lexicon
from factdeck.generate.distractors import asked_roles, asked_sex, asks_kin
from factdeck.generate.evidence import sex_marks
from factdeck.generate.facts import FactRecord
from helpers.generation import auto_fact, document_evidence, option_pool


def _accepted(text: str, kind: str, fact: FactRecord, names: list[str]) -> list[str]:
    pool = option_pool(text, kind, [*names, fact.answer], fact)
    return [name for name in names if pool._same_sort(fact, name)]


def test_an_object_pronoun_in_the_subject_s_clause_is_no_mark_of_the_subject() -> None:
    assert sex_marks("Tilde Marsk", "Tilde Marsk married him in 1850.") == []
    assert sex_marks("Arne Voss", "Arne Voss met her at Brenna in 1850.") == []
    assert sex_marks("Arne Voss", "Arne Voss said he would stay.") == ["male"]
    assert sex_marks("Tilde Marsk", "Tilde Marsk sold her loom in 1851.") == ["female"]


def test_a_noun_of_another_s_kin_or_rank_is_no_mark_of_the_name() -> None:
    assert sex_marks("Arne Voss", "Arne Voss, the queen's favourite, sang at Brenna.") == []
    assert sex_marks("Arne Voss", "The duchess's son Arne Voss sang.") == ["male"]
    assert sex_marks("Tilde Marsk", "Tilde Marsk, the queen, sang at Brenna.") == ["female"]


_TOWNS = (
    "Towns of the Selle\n\n"
    "Brenna lay on the river Selle. He built a mill there in 1810, said the chronicle. "
    "Dunmoor lay on the Selle below it. Kastel lay on the upper Selle.\n\n"
    "Arne Voss built his weir there in 1812."
)


def test_a_pronoun_opening_the_next_sentence_marks_no_place() -> None:
    fact = auto_fact(
        "place", "Dunmoor", "Dunmoor lay on the Selle below it.", "Which town lay below Brenna?"
    )
    evidence = document_evidence(_TOWNS)
    assert evidence.sex("doc", "Brenna", person=False) is None
    assert evidence.sex("doc", "Arne Voss") == "male"
    pool = option_pool(_TOWNS, "place", ["Brenna", "Arne Voss", fact.answer], fact)
    assert not pool._marked_as_person(fact, "Brenna")
    assert pool._marked_as_person(fact, "Arne Voss")


def test_a_question_asks_for_a_sex_only_by_the_kin_it_asks_for() -> None:
    assert asked_sex("Who was the margrave's wife?") == "female"
    assert asked_sex("Who was Arne Voss's son?") == "male"
    assert asks_kin("Who was the second wife of Arne Voss?")
    assert asks_kin("Whom did Arne Voss marry in 1850?")
    assert not asks_kin("Who defeated Arne Voss's son at Brenna?")
    assert not asks_kin("Who led the guild's sister house?")
    assert not asks_kin("Who founded the mill with his brother?")


_BATTLES = (
    "Wars of the Selle\n\n"
    "Harald Moss ruled Brenna in 1100. "
    "Arne Voss defeated Harald's son at Brenna in 1101. "
    "Per Holm fought at Brenna in 1101. "
    "Odo Kell fought at Brenna in 1102. "
    "Sven Aske fought at Brenna in 1100."
)


def test_a_key_of_no_known_sex_takes_people_of_either() -> None:
    fact = auto_fact(
        "person",
        "Arne Voss",
        "Arne Voss defeated Harald's son at Brenna in 1101.",
        "Who defeated Harald's son at Brenna in 1101?",
    )
    pool = option_pool(_BATTLES, "person", ["Per Holm", "Odo Kell", "Sven Aske", "Arne Voss"], fact)
    assert all(pool._of_key_s_sex(fact, name) for name in ["Per Holm", "Odo Kell", "Sven Aske"])


def test_a_question_asks_for_the_role_it_names_as_held_never_another_s() -> None:
    assert asked_roles("Who became the Selle guild's provost?") == {"provost"}
    assert asked_roles("Who was the wife of the margrave's bishop?") == frozenset()
    assert asked_roles("Who was the son of Mayor Arne Voss?") == frozenset()
    assert asked_roles("Who was the bishop's steward?") == frozenset()


def test_a_pronoun_goes_on_with_a_name_only_after_its_titles_or_given_names() -> None:
    text = (
        "Mills of the Selle\n\n"
        "With Voss gone, Tilde Marsk took the mill. She died in 1849.\n\n"
        "Sir Arne Voss built the weir. He died in 1850."
    )
    evidence = document_evidence(text)
    assert evidence.told_of_after("doc", "Voss") == ["Voss died in 1850."]


def test_the_document_s_short_form_of_a_name_is_no_other_bearer_of_its_surname() -> None:
    text = (
        "The Selle Hall\n\n"
        "Tilde Marsk was born in Brenna. "
        "The hall was drawn by the architect Marsk in 1901."
    )
    fact = auto_fact("person", "Tilde Marsk", "Tilde Marsk was born in Brenna.", "Who drew it?")
    pool = option_pool(text, "person", ["Marsk", "Tilde Marsk"], fact)
    assert pool._own_surname("doc", "Tilde Marsk") == "Marsk"


def test_a_noun_of_kin_or_rank_marks_the_same_sex_in_a_text_and_in_a_question() -> None:
    for side in ("female", "male"):
        for noun in sorted(lexicon.KIN_BY_SEX[side] | lexicon.RANKS_BY_SEX[side]):
            assert sex_marks("Arne Voss", f"Arne Voss, the {noun}, came to Brenna.") == [side]
            assert asked_sex(f"Who was Tilde Marsk's {noun}?") == side
        for noun in sorted(lexicon.KIN_BY_SEX[side]):
            assert asks_kin(f"Who was the {noun} of Tilde Marsk?")


_MILLER = (
    "Arne Voss\n\n"
    "Arne Voss was a miller at Brenna. Per Holm bought his mill in 1852. Odo Kell sued him "
    "in 1853. Greta Lunde sold her loom at the fair in 1852.\n\n"
    "Voss remarried after his divorce from Tilde Marsk."
)


def test_a_question_of_a_divorce_asks_for_a_spouse() -> None:
    assert asks_kin("Voss remarried after his divorce from whom?")
    assert asks_kin("Whom did Arne Voss divorce in 1850?")
    assert asks_kin("Who divorced Arne Voss?")
    assert not asks_kin("Who granted the divorce?")
    statement = "Voss remarried after his divorce from Tilde Marsk."
    prompt = "Voss remarried after his divorce from whom?"
    fact = auto_fact("person", "Tilde Marsk", statement, prompt)
    # the men the husband traded with are no options for his wife; the text marks no sex of
    # hers, so no one is (the question is asked typed)
    assert _accepted(_MILLER, "person", fact, ["Per Holm", "Odo Kell", "Greta Lunde"]) == []
