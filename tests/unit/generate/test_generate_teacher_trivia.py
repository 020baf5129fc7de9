"""Details a strict teacher would not ask are refused outright, even when the deck is short of
questions: the authority of another taxon (who described or named it, and when), a work's
release on home media, the year of a writer's praise, and the year a feeling set in. The main
point of a sentence of the same shape stays. Small texts written for the tests."""

import pytest

from factdeck.generate import extract as extract_module
from factdeck.generate import gates
from helpers.generation import extracted_questions

PALMS = """Orvalia is a genus of palms that grows on the wet hills of northern Vessia. \
The genus Orvalia was first described by Pell Orvik in 1840. Orvalia palms reach 20 metres.

Skarnia was described by Ana Holm in 1862, and Durra by Ivo Brenn in 1930. \
Tomas Fenn named the plant Kelloria in 1837. The seeds of Orvalia feed the Orm parrot.
"""

FILM = """Harrow Lane is a 1994 drama film directed by Ada Lind. \
Harrow Lane was released in cinemas in 1994 and won the Vell Prize in 1995.

On May 3, 2008, Tarn Home Entertainment released Harrow Lane on Blu-ray in a new box. \
In 2012, a Vell Post article referred to Lind as "the finest director of her generation". \
In 1990 Lind became concerned about the decline of the Kelby film studios. \
She bought the largest of them in 1991.
"""


def test_another_taxon_s_authority_is_a_citation() -> None:
    known = {"orvalia", "genus", "palm"}
    quote = "Skarnia was described by Ana Holm in 1862, and Durra by Ivo Brenn in 1930."
    assert gates.taxon_authority(quote, "1862", known)
    assert gates.taxon_authority(quote, "Ana Holm", known)
    named = "Tomas Fenn named the plant Kelloria in 1837."
    assert gates.taxon_authority(named, "Tomas Fenn", known)
    assert gates.taxon_authority(named, "1837", known)
    assert gates.taxon_authority(quote, "Skarnia", known)
    assert gates.taxon_authority("The genus Skarnia was named by Ana Holm in 1862.", "1862", known)


def test_the_subject_s_authority_and_a_place_s_naming_stay() -> None:
    known = {"orvalia", "genus", "palm"}
    own = "The genus Orvalia was first described by Pell Orvik in 1840."
    assert not gates.taxon_authority(own, "1840", known)
    assert not gates.taxon_authority("The genus was described by Pell Orvik in 1840.", "1840", ())
    assert not gates.taxon_authority("The bay was named by Ivo Brenn in 1770.", "1770", known)
    assert not gates.taxon_authority("Ivo Brenn named the bay Kell in 1770.", "Ivo Brenn", known)
    assert not gates.taxon_authority("Skarnia was described as a weed in 1862.", "1862", known)


def test_a_home_media_release_is_no_question_but_the_film_s_release_is() -> None:
    assert gates.home_media_release(
        "In what year did Tarn Home Entertainment release Harrow Lane on Blu-ray?", "2008", ()
    )
    assert gates.home_media_release("Which studio reissued Harrow Lane on VHS?", "Tarn", ())
    assert gates.home_media_release("In what year was the album remastered?", "2004", ())
    assert not gates.home_media_release("In what year was Harrow Lane released?", "1994", ())
    assert not gates.home_media_release("What is a disc format?", "DVD", {"dvd"})


def test_when_a_feeling_set_in_is_no_question() -> None:
    assert gates.asks_when_a_feeling_began(
        "In what year did Lind become concerned about the decline of the studios?"
    )
    assert gates.asks_when_a_feeling_began("When did Lind grow interested in film?")
    assert not gates.asks_when_a_feeling_began("In what year did Lind buy the studios?")
    assert not gates.asks_when_a_feeling_began("What did Lind become concerned about?")


def test_the_year_of_a_writer_s_praise_is_no_fact_of_its_own() -> None:
    praise = 'a Vell Post article referred to Lind as "the finest director"'
    assert not gates.worth_knowing("2012", "year", "In ", f", {praise}.", approximate=False)
    assert not gates.worth_knowing(
        "2012",
        "year",
        "In ",
        ", critics hailed the film as one of the greatest dramas.",
        approximate=False,
    )
    assert gates.worth_knowing(
        "1994", "year", "In ", ", Lind filmed Harrow Lane.", approximate=False
    )


def test_a_short_deck_still_leaves_out_what_a_teacher_would_not_ask(
    roomy: pytest.MonkeyPatch,
) -> None:
    roomy.setattr(extract_module, "ENOUGH_CENTRAL", 100)
    asked = extracted_questions(PALMS, "Orvalia")
    assert not [q for q in asked if "Skarnia" in q or "Kelloria" in q], asked
    assert any("first described" in q for q in asked), asked  # the subject's own stays
    asked = extracted_questions(FILM, "Harrow Lane")
    assert not [q for q in asked if "Blu-ray" in q], asked
    years = [q for q in asked if q.startswith("In what year")]
    assert not [q for q in years if "Vell Post" in q or "concerned" in q], asked


def test_the_time_of_a_side_milestone_is_no_question() -> None:
    known = {"harrow lane", "film"}
    guest = "In what year did Ada Lind have a guest role in the television series Vell Street?"
    assert gates.side_milestone_time(guest, known)
    assert gates.side_milestone_time("In what year did Lind make a cameo in Orm?", known)
    run = "In what year did Harrow Lane end its North American theatrical run?"
    assert gates.side_milestone_time(run, known)
    album = "An album featuring 12 tracks from Lind's score was released in what year?"
    assert gates.side_milestone_time(album, known)
    assert not gates.side_milestone_time("In what year was Harrow Lane released?", known)
    assert not gates.side_milestone_time("In what year did Lind star in Vell Street?", known)
    assert not gates.side_milestone_time("In what year did the play end its run?", known)


def test_the_year_of_a_part_in_one_episode_is_no_question() -> None:
    known = {"ada lind", "actress"}
    episode = 'In what year did Ada Lind appear in Vell Street as "Tom" in the episode "Rain"?'
    assert gates.side_milestone_time(episode, known)
    assert not gates.side_milestone_time('In what year did the episode "Rain" air?', known)


def test_a_soundtrack_album_s_own_document_keeps_its_release() -> None:
    album = "In what year was the soundtrack album of Harrow Lane released?"
    assert not gates.side_milestone_time(album, {"harrow lane", "album"})


def test_an_award_to_an_officer_of_the_subject_is_no_question() -> None:
    assert gates.officer_s_award(
        "In what year did Orm Aid's CEO Ada M. Lind receive the Vell Hometown Award?"
    )
    assert gates.officer_s_award("Which prize did Orm Aid's founder Ivo Brenn win in 1990?")
    assert not gates.officer_s_award("In what year did Orm Aid receive the Vell Award?")
    assert not gates.officer_s_award("In what year did Orm Aid's CEO Ada Lind resign?")
