"""A document on a work says "the film", "the game" of its subject: the sort comes from the
title's bracket ("Ostmark (1994 film)") or the first sentence, even one with a foreign name in
brackets; the stem names the subject, by the short title the document uses, or is not asked.
Where the document tells of another work of the sort, "the film" is never made the subject."""

from __future__ import annotations

import re

from factdeck.generate.extract import _document_class_noun, extract, prepare_sentences
from factdeck.generate.referents import Referents
from factdeck.generate.sentences import split_sentences


def _prepared(text: str, title: str) -> list[str]:
    sentences = split_sentences("doc", text)
    referents = Referents(sentences, title, _document_class_noun(sentences, title))
    prepared = prepare_sentences(sentences, title, split=True, referents=referents)
    return [s.text for s in prepared]


_GAME = (
    "The Lay of Orm: Night Crown (Japanese: Orumu no Uta, Hepburn: Orumu no Uta: Yoru) is an "
    "action-adventure game developed by Kestrel Works. The game's score was composed by Ada "
    "Moll. Night Crown sold 400,000 copies in its first month."
)


def test_the_sort_of_a_first_sentence_ends_before_its_participle() -> None:
    sentences = split_sentences("doc", _GAME)
    assert _document_class_noun(sentences, "The Lay of Orm: Night Crown") == "game"
    widely = split_sentences("doc", "Orm is a widely used language. It has six verbs.")
    assert _document_class_noun(widely, "Orm") == "language"


def test_the_game_s_score_is_the_subject_s_by_the_short_title_the_document_uses() -> None:
    prepared = _prepared(_GAME, "The Lay of Orm: Night Crown")
    assert prepared[1] == "Night Crown's score was composed by Ada Moll."
    unused = _GAME.replace("Night Crown sold", "It sold")
    assert _prepared(unused, "The Lay of Orm: Night Crown")[1] == (
        "The Lay of Orm: Night Crown's score was composed by Ada Moll."
    )


_FILM = (
    "Ostmark is a 1994 German drama directed by Lena Kroll. The film's score was composed by "
    "Jonas Weber.\n\n"
    "Ostmark was followed by a sequel, Westmark, in 1997. The film was shot in Lund.\n\n"
    "Kroll directed her first film, Nachtzug, in 1989. The film was shot in Orm.\n\n"
    "Kroll wrote the script with Tomas Kroll. The film won the Varland Film Award in 1995."
)


def test_the_sort_in_a_title_s_bracket_is_the_subject_until_another_work_is_told() -> None:
    prepared = _prepared(_FILM, "Ostmark (1994 film)")
    assert prepared[1] == "Ostmark's score was composed by Jonas Weber."
    assert prepared[3] == "The film was shot in Lund."  # the sequel's, perhaps
    assert prepared[5] == "The film was shot in Orm."  # Nachtzug's
    assert _prepared(_FILM, "Ostmark")[1] == "The film's score was composed by Jonas Weber."


def test_a_question_keeping_the_work_s_sort_is_not_asked() -> None:
    found = extract(split_sentences("doc", _FILM), "Ostmark (1994 film)", selective=True)
    questions = [c.question or "" for c in found.candidates]
    assert "Who composed Ostmark's score?" in questions
    assert not any(re.search(r"\bthe film\b", q) for q in questions)
