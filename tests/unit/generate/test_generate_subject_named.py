"""A question that means nothing without the document's subject names it."""

from __future__ import annotations

from helpers.generation import selected_candidates

_STORM = (
    "The 1911 Orle storm was the strongest tropical cyclone to strike Varland during the 1911 "
    "season. It formed near the Vessian Isles on August 1 and struck the coast at Kellby on "
    "August 3.\n\n"
    "On August 2, a fleet of nine boats evacuated all residents from Orm Island to Tessport, "
    "Varland. While the storm was near peak intensity on August 2, the Coastal Bureau issued "
    "storm warnings from Kellby to Dunmarsh, Varland, with gale warnings extending northward to "
    "Vell. About 3,000 people fled inland by train.\n"
)


def _questions(title: str, text: str) -> list[str]:
    return [c.question or "" for c in selected_candidates(title, text)]


def test_the_sort_of_a_dated_event_in_another_noun_does_not_name_it() -> None:
    questions = _questions("1911 Orle storm", _STORM)
    assert (
        "Which bureau issued storm warnings from Kellby to Dunmarsh in the 1911 Orle storm?"
        in questions
    )


_SPORT = (
    "Kessball is a contact team sport played on grass between two teams of skaters.\n\n"
    "In the early years, teams had nine players per side. The number of players per side was "
    "reduced from nine to seven in 1880. Loafing, also known as cherry-picking, is when a "
    "player waits behind the other team instead of defending. The Varland Kessball League was "
    "founded in 1917 in Kellby.\n"
)


def test_a_term_of_a_sport_is_asked_in_the_sport() -> None:
    questions = _questions("Kessball", _SPORT)
    assert "By what other name is loafing known in Kessball?" in questions


def test_a_question_on_a_sport_naming_its_own_anchor_is_left_alone() -> None:
    questions = _questions("Kessball", _SPORT)
    assert "Which league was founded in 1917 in Kellby?" in questions


_BAND = (
    "Orm Kettle is a Varlish rock band formed in Kellby in 1994.\n\n"
    "The band signed to Tessby Records in 1997. The band's second studio album, Iron "
    "Lanterns, was released in 1999. The band's eighth studio album, Salt Rising, was "
    "released on October 26, 2010 to mixed reviews. Ada Moll produced the album Glass Rain in "
    "2012.\n"
)


def test_a_work_of_a_band_asked_by_its_kind_names_the_band() -> None:
    questions = _questions("Orm Kettle", _BAND)
    assert "Which Orm Kettle album was released on October 26, 2010 to mixed reviews?" in (
        questions
    )
    assert "Which album was released on October 26, 2010 to mixed reviews?" not in questions


def test_a_question_on_a_band_that_names_it_is_left_alone() -> None:
    questions = _questions("Orm Kettle", _BAND)
    assert "In what year did Orm Kettle sign to Tessby Records?" in questions


_REGION = (
    "Tessmark has had a long record of unrest between its hill peoples and the plains. The "
    "first armed group in Tessmark, the Hill Liberation Front, was founded in 1964 in "
    "Orvale.\n\n"
    "The region is drenched in rains from May until October. Rain varies from 900 millimetres "
    "in Orvale to 2,500 millimetres in Kesh. The Western Monsoon picks up moisture from the "
    "Gulf of Varn and heads toward Tessmark, hits the Dunmarsh ranges and brings heavy rain. "
    "The rice harvest begins in November.\n"
)


def test_a_place_no_sentence_files_under_a_sort_is_named() -> None:
    questions = _questions("Tessmark", _REGION)
    assert "From which gulf does the Western Monsoon pick up moisture in Tessmark?" in questions


_UNIVERSITY = (
    "The University of Kellby is a public research university in Kellby, Varland. It was "
    "founded in 1787 as the Kellby Academy.\n\n"
    "In 1819 the school took the name the Northern University of Varland, or NUV, and was "
    "meant to serve the northern provinces. In 1845, a fire destroyed the buildings of NUV. "
    "In 1895, NUV established its School of Law. In 1908, NUV was renamed the University of "
    "Kellby.\n"
)


def test_letters_are_spelled_out_as_the_document_introduced_them() -> None:
    questions = _questions("University of Kellby", _UNIVERSITY)
    assert (
        "In what year did the Northern University of Varland establish its School of Law?"
        in questions
    )
    assert not any("NUV" in question for question in questions)


def test_letters_the_document_calls_the_thing_by_are_kept() -> None:
    text = (
        "The Varland Space Office (VSO) is the space agency of Varland. VSO was founded in "
        "1961 in Kellby.\n\n"
        "VSO launched its first rocket in 1963. VSO opened a second launch site at Orvale in "
        "1970. VSO built the Tessby telescope in 1981. VSO sent a probe to the Moon in 1990. "
        "VSO merged its two launch sites in 1995. VSO hired 3,000 engineers in 2001. VSO moved "
        "its offices to Dunmarsh in 2005. VSO chose Ada Moll as its director in 2009. VSO "
        "closed the Orvale site in 2012. VSO celebrated its 50th year in 2011.\n"
    )
    questions = _questions("Orm Station", text)
    assert "Where did VSO open a second launch site in 1970?" in questions


_KEEPER = (
    "Ivo Marsk (born 1 April 1990) is a Varlish footballer who plays as a goalkeeper for "
    "Tessby Rovers.\n\n"
    "Marsk joined Tessby Rovers from Kell Athletic in 2008. In 2009, Rovers stopped off in "
    "Orvia to play against Dunmarsh City. Marsk was picked to start against Vell Town in "
    "Rovers' final cup match in 2010. He left Tessby Rovers for Orm Harbour in 2012.\n"
)


def test_a_club_called_by_the_last_word_of_its_name_is_called_by_its_name() -> None:
    questions = _questions("Ivo Marsk", _KEEPER)
    assert (
        "In what year was Marsk picked to start against Vell Town in Tessby Rovers' final cup match?"
        in questions
    )
    assert not any(" Rovers" in q and "Tessby Rovers" not in q for q in questions)


_KEEPER_OF_ONE_OF_TWO = (
    "Ivo Marsk (born 1 April 1990) is a Varlish footballer who plays as a goalkeeper for "
    "Tessby Rovers.\n\n"
    "Marsk joined Tessby Rovers from Kell Athletic in 2008, a year after Tessby Rovers beat "
    "Orle Rovers in the cup. Tessby Rovers paid a small fee. In 2009, Rovers stopped off in "
    "Orvia to play against Dunmarsh City. Marsk was picked to start against Vell Town in "
    "Rovers' final cup match in 2010. Tessby Rovers won the cup that year. Tessby Rovers gave "
    "him a new contract in 2011.\n"
)


def test_a_last_word_shared_by_a_club_told_of_far_more_often_is_that_club_s() -> None:
    questions = _questions("Ivo Marsk", _KEEPER_OF_ONE_OF_TWO)
    assert (
        "In what year was Marsk picked to start against Vell Town in Tessby Rovers' final cup match?"
        in questions
    )


def test_a_dated_event_called_by_its_sort_alone_is_called_by_its_name() -> None:
    text = _STORM + "The storm destroyed four churches in Kellby.\n"
    questions = _questions("1911 Orle storm", text)
    assert "How many churches did the 1911 Orle storm destroy in Kellby?" in questions
