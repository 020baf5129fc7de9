"""Context a question leans on without saying so: a pair or a group it never names, a first
or earliest event with no place, a definite plural told only in sentences before."""

from __future__ import annotations

from factdeck.generate.clean import clean_document
from factdeck.generate.extract import extract
from factdeck.generate.gates import (
    aside_count,
    aside_year,
    count_without_its_noun,
    drops_place_of_measure,
    gives_away,
    self_contained,
    shows_what_sets_the_term_apart,
    worth_knowing,
)
from factdeck.generate.sentences import split_sentences


def test_a_pair_or_group_the_question_never_names_is_no_question() -> None:
    assert not self_contained("How many goals did both teams score in the final?")
    assert not self_contained("How many goals did both sides score?")
    assert not self_contained("Which ruler did either city accept?")
    assert not self_contained("Either city accepted a ruler from the Varn family in what year?")
    assert not self_contained("Neither club won a match in what year?")
    assert not self_contained("Which duke did both towns accept as protector?")
    assert not self_contained("Which duke did both rival towns accept?")
    assert not self_contained("Which charter did the three guilds sign in 1712?")


def test_a_pair_or_group_with_its_members_named_stays() -> None:
    assert self_contained("Which duke did both Kell and Orsk accept as protector?")
    assert self_contained("Which duke did Kell and Orsk both accept as protector?")
    assert self_contained("Which charter did the three guilds of Kell and Orsk sign in 1712?")
    assert self_contained("Which trees grow on both banks of the Orm?")
    assert self_contained("Which city lies on either side of the Orm?")
    assert self_contained("Which country lost land between the two world wars?")
    assert self_contained("What is a question whose answer is either yes or no called?")


def test_a_first_event_needs_what_it_was_of_or_to() -> None:
    assert not self_contained("In 1788, who made the first documented visit?")
    assert not self_contained("When did Anna Pell make the first documented visit?")
    assert not self_contained("Who made the earliest recorded ascent in 1791?")
    assert not self_contained("Who made the first recorded crossing in 1801?")
    assert not self_contained("When did the first recorded visit by a trader take place?")
    assert self_contained("Who made the first documented visit to Mount Drummel?")
    assert self_contained("Who made the first recorded crossing of the Orm in 1801?")
    assert self_contained("In what year did Kellmark hold its first election?")


def test_a_peoples_adjective_or_a_figure_does_not_place_a_first() -> None:
    assert not self_contained("Who made the first Dutch visit?")
    assert not self_contained("In 1855, who made the first Asian crossing?")
    assert self_contained("Who made the first Dutch visit to Mount Drummel?")
    assert self_contained("Who was the first French king of Orsk?")
    assert not self_contained("Who built the first mill from 1901?")
    assert not self_contained("In 1850, who built the first mill?")
    assert self_contained("Who built the first mill in Kellmark?")
    assert self_contained("Who built the first mill from 1901 in Kellmark?")


def test_a_first_event_of_the_documents_subject_stays() -> None:
    assert self_contained("Who made the first ascent of the mountain in 1791?", ["mountain"])
    assert self_contained("Who made the earliest recorded Drummel ascent?")


def test_a_definite_plural_with_only_a_year_after_it_is_no_question() -> None:
    assert not self_contained("Which mayor introduced the reforms in 1840?")
    assert not self_contained("Who ended the negotiations in 1842?")
    assert not self_contained("Who introduced the changes in 1840?")
    assert self_contained("Which mayor introduced the reforms in Kellmark?")
    assert self_contained("Which mayor introduced the reforms of Kellmark in 1840?")


def test_a_word_of_the_answers_family_in_the_prompt_gives_it_away() -> None:
    assert gives_away("What process removes water that evaporates from the pans?", "evaporation")
    assert gives_away("Which source of heating dries timber in a kiln?", "heat")
    assert gives_away("What turns the brine of the pans salty?", "salt")
    assert not gives_away("What removes water from the pans?", "evaporation")
    assert not gives_away("Which building lies north of the portrait gallery?", "port")
    assert not gives_away("How many people live on the island?", "man")


def test_a_name_is_given_away_only_by_its_own_words() -> None:
    assert not gives_away("Which firm opened twelve mines at Kell?", "Orm Mining Corporation")
    assert gives_away("Which firm of Orm opened twelve mines at Kell?", "Orm Mining Corporation")


def test_a_definition_never_shows_a_modifier_of_its_term() -> None:
    shown = shows_what_sets_the_term_apart
    assert shown("What is a shed heated by solar heating called?", "solar kiln")
    assert shown("What kind of kiln dries timber by solar heating?", "solar kiln")
    assert not shown("What is a shed heated by the sun called?", "solar kiln")
    assert not shown("What is the input string for a salt test called?", "test sample")


def _worth(sentence: str, answer: str, kind: str) -> bool:
    at = sentence.index(answer)
    return worth_knowing(
        answer, kind, sentence[:at], sentence[at + len(answer) :], approximate=False
    )


def test_a_time_told_by_another_event_is_no_key() -> None:
    assert not _worth(
        "The mill closed after the flood had receded.", "after the flood had receded", "other"
    )
    assert not _worth(
        "The fair moved to Kell once the bridge was built.", "once the bridge was built", "other"
    )
    assert _worth("The mill closed in 1881.", "1881", "year")


def test_the_year_of_a_view_written_or_quoted_is_no_key() -> None:
    assert not _worth("Veld wrote in 2001 that the reforms had doubled the farms.", "2001", "year")
    assert not _worth('"The town owes him everything," said Otto Rell in 1979.', "1979", "year")
    assert not _worth("In a column for the Courier in 1998, Veld praised the mill.", "1998", "year")
    assert not _worth(
        "Veld wrote in 2001 that the reforms had doubled the farms.", "Veld", "person"
    )
    assert _worth("Marr wrote a history of the town in 1901.", "1901", "year")
    assert not _worth("Ansa Veld argues that the mill saved the town.", "Ansa Veld", "person")
    assert _worth("Ansa Veld built the mill that saved the town.", "Ansa Veld", "person")


def test_a_year_in_an_aside_about_something_else_is_no_key() -> None:
    marr = "Marr, who joined the Varn Club (founded 1851) in 1870, became mayor of Kell in 1874."
    assert aside_year(marr, "1851")
    assert not aside_year(marr, "1870")  # Marr's own deed
    assert not aside_year(marr, "1874")
    assert aside_year("Ulla studied at Orsk College, which was founded in 1802.", "1802")
    assert aside_year("Ada succeeded Ivo Brenn, who was dismissed in May 1909.", "May 1909")
    assert not aside_year("The Orm Grotto, which was built in 1896, is a replica.", "1896")
    assert not aside_year("Orsk College (founded 1802) is a college in Orsk.", "1802")


def test_a_count_told_in_an_aside_on_something_else_is_no_key() -> None:
    joined = "Kell Rovers joined the league, which was founded in 1888 by twelve clubs, in 1890."
    assert aside_count(joined, "twelve")
    assert aside_count("Ivo Brenn sailed on the Orsk (a ship of 40 guns) in 1801.", "40")
    assert not aside_count("The league was founded in 1888 by twelve clubs.", "twelve")
    assert not aside_count("The Orsk League, which has twelve clubs, is the oldest.", "twelve")


def test_the_year_of_an_aside_about_another_body_or_person_is_not_asked() -> None:
    text = (
        "Kell Rovers\n\nKell Rovers is a football club in Kell. In 1910 Ada Moss succeeded Ivo "
        "Brenn, who was dismissed in November 1909 after five seasons. Moss joined the Varn "
        "League, which was founded in 1888 by six clubs."
    )
    found = extract(split_sentences("doc", text), "Kell Rovers", selective=True)
    keys = [c.span.text for c in found.candidates]
    assert "1888" not in keys
    assert "November 1909" not in keys
    assert "1910" in keys  # the sentence's own deed


def test_a_pair_set_off_by_its_two_names_is_asked_by_the_names() -> None:
    text = (
        "Orrin Valley\n\nThe Orrin Valley is a valley in the north of Varland. In 1712 the two "
        "towns, Kell and Orsk, signed the Treaty of Varn. The three founders, Ada Moss, Ivo "
        "Brenn and Lena Brok, opened a school in 1802."
    )
    found = extract(split_sentences("doc", text), "Orrin Valley", selective=True)
    questions = [c.question for c in found.candidates]
    assert "In what year did Kell and Orsk sign the Treaty of Varn?" in questions
    assert not any("Ivo Brenn and Lena Brok" in (q or "") for q in questions)  # Moss cut off


def _drops(sentence: str, figure: str, question: str) -> bool:
    start = sentence.index(figure)
    return drops_place_of_measure(sentence, sentence, start, start + len(figure), question)


def test_a_measure_asked_without_where_it_holds_is_no_question() -> None:
    wide = "The Orsk is about 300 m wide as it nears the coast."
    assert _drops(wide, "300", "How wide is the Orsk?")
    assert not _drops(wide, "300", "About how many m wide is the Orsk as it nears the coast?")
    rise = "Sea level rose 20 cm per century in the northern Kell Sea."
    assert _drops(rise, "20", "By how much did sea level rise per century?")
    assert _drops(rise, "20", "By how much did sea level rise per century in the Kell Sea?")
    assert not _drops(rise, "20", "How many cm did sea level rise in the northern Kell Sea?")
    mouth = "At its mouth, the Orsk is 2 km wide."
    assert _drops(mouth, "2", "How many km wide is the Orsk?")
    assert _drops("The lake is 40 m deep near Brenn.", "40", "How deep is the lake?")
    assert _drops("At that point the road is 9 m wide.", "9", "How wide is the road?")


def test_a_measure_of_the_whole_or_of_another_part_keeps_its_question() -> None:
    assert not _drops("The Orsk is 300 m wide.", "300", "How wide is the Orsk?")
    two = "The Orsk is 300 m wide as it nears the coast, and it flows for 40 km."
    assert not _drops(two, "40", "For how many km does the Orsk flow?")
    bends = "Near Brenn the Orsk bends south, and it is 40 m deep."
    assert not _drops(bends, "40", "How deep is the Orsk?")


def test_an_imported_width_keeps_the_place_it_is_measured_at() -> None:
    text = (
        "The Orsk is a river of the Kell plain. At its mouth, the Orsk is 2 km wide. "
        "The Orsk carries 40 cubic metres of water each second."
    )
    found = extract(split_sentences("doc", clean_document(text).text), "Orsk", selective=True)
    asked = [(c.question or "", c.span.text) for c in found.candidates]
    assert not [pair for pair in asked if pair[1] == "2"]
    assert ("How many cubic metres of water does the Orsk carry each second?", "40") in asked


def _nounless(clause: str, figure: str, question: str) -> bool:
    start = clause.index(figure)
    return count_without_its_noun(clause, start, start + len(figure), question)


def test_a_count_asked_without_what_it_counts_is_no_question() -> None:
    arrived = "Over 2,000 arrived in the port of Dunmore in 1850."
    assert _nounless(arrived, "2,000", "How many arrived in the port of Dunmore in 1850?")
    assert _nounless(arrived, "2,000", "")  # the blank "Over ___ arrived ..."
    assert _nounless("By 1860, 3,000 were living there.", "3,000", "How many were living there?")
    assert _nounless("Dunmore lost 40 in the flood.", "40", "Dunmore lost how many?")
    assert _nounless("Dunmore lost 40 in the flood.", "40", "How many in Dunmore died?")


def test_a_count_that_names_what_it_counts_keeps_its_question() -> None:
    settlers = "In 1870, 5,000 settlers arrived in the port of Dunmore."
    assert not _nounless(settlers, "5,000", "How many settlers arrived in the port in 1870?")
    assert not _nounless(settlers, "5,000", "")
    monks = "Of the monks, 40 died of the fever."
    assert not _nounless(monks, "40", "How many of the monks died of the fever?")
    assert not _nounless("The town grew by 4,000 in 1901.", "4,000", "")
    assert not _nounless("The wall is 9 m high.", "9", "How many m high is the wall?")
    assert not _nounless("The town had 4,000 people.", "4,000", "What was its population?")
    assert not _nounless("In all, 77 named peaks rise above the plain.", "77", "")
    assert not _nounless("With a population of 4,000 is Dunmore.", "4,000", "")
    assert _nounless("Only eight of those 10 were used.", "10", "")
    assert not _nounless("Storms, some above force 9, hit the coast.", "9", "")
    assert not _nounless("In all, 30 weirs, most of them old, were mended.", "30", "")
    assert not _nounless("It was a quake of over 7.0 occurring at sea.", "7.0", "")
