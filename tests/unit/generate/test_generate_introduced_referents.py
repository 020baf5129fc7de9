"""A definite phrase that points back at a thing one of the sentences before brought in ("a
match against Ivo Sand ... The match ended ..."): named where that sentence names it, or no
question."""

from __future__ import annotations

from factdeck.generate.referents import Referents
from factdeck.generate.sentences import Sentence, split_sentences
from helpers.generation import selected_candidates

_PLAYER = (
    "Tomas Brell is a chess player from Kell. He became a grandmaster in 1984.\n\n"
    "In 1990 Brell played a match against Ivo Sand in Ormsby. The match ended in a draw after "
    "twelve games.\n\n"
    "Brell appeared on the cover of the magazine Kell Weekly in 1996. The cover was mocked by "
    "the humour magazine Orm Monthly.\n\n"
    "He signed an agreement with the Vessian federation in 1998. The agreement gave him a "
    "salary of 40,000 crowns a year.\n\n"
    "Brell lost a game in Lund in 2001. He later wrote a book in Kell. He taught for a year. "
    "The game was replayed in 2005."
)


def _read(text: str = _PLAYER) -> tuple[Referents, list[Sentence]]:
    sentences = split_sentences("doc", text)
    return Referents(sentences, "Tomas Brell", None), sentences


def _sentence(sentences: list[Sentence], opening: str) -> Sentence:
    return next(s for s in sentences if s.text.startswith(opening))


def test_a_definite_phrase_takes_the_name_the_sentence_before_brought_its_thing_in_with() -> None:
    referents, sentences = _read()
    match = _sentence(sentences, "The match")
    assert referents.resolved(match.text, match).startswith("The match against Ivo Sand ended")
    cover = _sentence(sentences, "The cover")
    resolved = referents.resolved(cover.text, cover)
    assert resolved.startswith("The cover of the magazine Kell Weekly was mocked")
    agreement = _sentence(sentences, "The agreement")
    assert referents.resolved(agreement.text, agreement) == agreement.text  # no name to take


def test_a_question_keeping_a_thing_the_sentences_before_brought_in_leans_on_them() -> None:
    referents, sentences = _read()
    match = _sentence(sentences, "The match")
    assert referents.leans_on_unseen("How many games did the match last?", "12", "", match)
    assert referents.leans_on_unseen("Who did Brell play the match against?", "x", "", match)
    asked = "How many games did the match against Ivo Sand last?"
    assert not referents.leans_on_unseen(asked, "12", "", match)
    agreement = _sentence(sentences, "The agreement")
    asked = "What salary did the agreement give Brell?"
    assert referents.leans_on_unseen(asked, "40,000 crowns", "", agreement)
    cover = _sentence(sentences, "The cover")
    asked = "Which humour magazine mocked the cover?"
    assert referents.leans_on_unseen(asked, "Orm Monthly", "", cover)


def test_a_thing_brought_in_three_sentences_before_or_defined_as_a_kind_is_left_alone() -> None:
    referents, sentences = _read()
    game = _sentence(sentences, "The game")
    assert not referents.leans_on_unseen("When was the game replayed?", "2005", "", game)
    text = "A sextant is a tool for measuring angles. The sextant was improved in 1731."
    referents, sentences = _read(text)
    asked = "In what year was the sextant improved?"
    assert not referents.leans_on_unseen(asked, "1731", "", sentences[1])


def test_a_name_or_a_time_after_the_phrase_says_which_thing_it_is() -> None:
    text = "Kell lies in a valley. A flood came in 1820. The flood began in May. It was a year."
    sentences = split_sentences("doc", text)
    referents = Referents(sentences, "Kell", None)
    asked = "In which month did the flood begin?"
    assert referents.leans_on_unseen(asked, "May", "", sentences[2])
    asked = "In which month did the flood of 1820 begin?"
    assert not referents.leans_on_unseen(asked, "May", "", sentences[2])
    asked = "In which month did the flood at Kell begin?"
    assert not referents.leans_on_unseen(asked, "May", "", sentences[2])
    asked = "In which month did the flood begin in earnest?"
    assert referents.leans_on_unseen(asked, "May", "", sentences[2])
    asked = "What was the year a year of?"
    assert not referents.leans_on_unseen(asked, "x", "", sentences[3])


def test_a_question_names_the_thing_its_sentence_only_pointed_back_at() -> None:
    text = (
        "Tomas Brell is a chess player from Kell.\n\nBrell appeared on the cover of the "
        "magazine Kell Weekly in 1996. The cover was mocked by the humour magazine Orm Monthly."
    )
    questions = [c.question for c in selected_candidates("Tomas Brell", text)]
    assert "Which humour magazine mocked the cover of the magazine Kell Weekly?" in questions
    assert not any(q and q.endswith("the cover?") for q in questions)


def test_a_place_a_ranked_thing_or_a_name_before_a_noun_names_nothing_brought_in() -> None:
    text = (
        "The report led to a long debate in the Orm Assembly on 3 May 1911. Ada Vell opened "
        "the debate.\n\nVell recorded her third album with Ivo Sand. The first album without "
        "Sand was Grey Sky.\n\nVell wrote the role of Captain Rudd Orm for the stage. Rudd Orm "
        "was based on her uncle. Vell later denied that her uncle inspired the role."
    )
    sentences = split_sentences("doc", text)
    referents = Referents(sentences, "Ada Vell", None)
    debate = _sentence(sentences, "Ada Vell opened")
    assert referents.resolved(debate.text, debate) == debate.text  # many debates in one place
    assert referents.leans_on_unseen("Who opened the debate?", "Ada Vell", "", debate)
    first = _sentence(sentences, "The first album")
    assert referents.resolved(first.text, first) == first.text
    assert not referents.leans_on_unseen("What was the first album without Sand?", "x", "", first)
    role = _sentence(sentences, "Vell later")
    resolved = referents.resolved(role.text, role)
    assert resolved.endswith("inspired the role of Captain Rudd Orm.")


def test_a_sort_said_of_a_thing_brings_in_nothing_new() -> None:
    text = "Kell lies on the Orm. Kell was made a colony in 1851. The colony grew fast."
    sentences = split_sentences("doc", text)
    referents = Referents(sentences, "Kell", None)
    assert not referents.leans_on_unseen("When did the colony grow?", "x", "", sentences[2])
    text = "Kell lies on the Orm. Lund founded a colony in 1851. The colony grew fast."
    sentences = split_sentences("doc", text)
    referents = Referents(sentences, "Kell", None)
    assert referents.leans_on_unseen("When did the colony grow?", "x", "", sentences[2])


def test_a_thing_brought_in_between_two_names_keeps_both() -> None:
    text = (
        "Many lived in the slums of Orm, an area between Kell Street and the Lund, north of the "
        "hall. By 1820 the area was known as a dangerous place."
    )
    sentences = split_sentences("doc", text)
    resolved = Referents(sentences, "Vessia", None).resolved(sentences[1].text, sentences[1])
    assert (
        resolved
        == "By 1820 the area between Kell Street and the Lund was known as a dangerous place."
    )
