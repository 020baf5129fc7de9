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


def test_a_dated_event_called_by_its_sort_alone_is_called_by_its_name() -> None:
    text = _STORM + "The storm destroyed four churches in Kellby.\n"
    questions = _questions("1911 Orle storm", text)
    assert "How many churches did the 1911 Orle storm destroy in Kellby?" in questions
