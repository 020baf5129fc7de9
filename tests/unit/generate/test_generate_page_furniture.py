"""Page furniture in text copied out of a PDF: running heads, page numbers, captions,
"(continued)" lines and margin notes go; the body lines around them join up again."""

from __future__ import annotations

from pathlib import Path

import pytest

from factdeck.bank import load_bank
from factdeck.cli import main
from factdeck.generate.reflow import drop_page_furniture, join_lines_split_by_blanks, reflow
from factdeck.generate.sentences import not_to_ask, split_sentences

CHAPTER = """Chapter 6 Rivers and Canals
Rivers carry water from high ground to the sea. The Orsk canal opened in
112 Chapter 6 Rivers and Canals
1869 after ten years of work.
Key term: lock
A chamber that raises or lowers boats between two levels.
Boats climb the hills of Tarnia through 40 locks.
RIVERS AND CANALS 113
Figure 6.2 The locks of the Orsk canal
The canal is 164 kilometres long.
Table 6.1 Traffic on the canal, 1900-1950 (continued)
The builders moved their barges with
114 Chapter 6 Rivers and Canals
horses until 1910."""


def test_running_heads_page_numbers_captions_and_boxes_go_and_the_body_joins_up() -> None:
    text, removed = drop_page_furniture(CHAPTER)
    assert text == (
        "Chapter 6 Rivers and Canals\n\n"
        "Rivers carry water from high ground to the sea. The Orsk canal opened in\n"
        "1869 after ten years of work.\n"
        "Boats climb the hills of Tarnia through 40 locks.\n"
        "The canal is 164 kilometres long.\n"
        "The builders moved their barges with\n"
        "horses until 1910."
    )
    assert removed == 7


def test_a_page_break_between_blank_lines_does_not_split_the_sentence() -> None:
    text = "The barges were pulled by\n\n57\n\nhorses until 1910.\n\n58\n\nSteam tugs came next."
    assert drop_page_furniture(text)[0] == (
        "The barges were pulled by\nhorses until 1910.\n\n\nSteam tugs came next."
    )


def test_a_key_term_box_run_into_a_sentence_is_cut_out() -> None:
    text = (
        "The lock keeper opens a Key term: sluice A gate that lets water through. gate to fill it."
    )
    assert drop_page_furniture(text) == ("The lock keeper opens a gate to fill it.", 1)


@pytest.mark.parametrize(
    "body",
    [
        "1890 in his book Principles of",
        "Figure 6.2 shows how a lock fills.",
        "Table 6.1 lists the canal's traffic.",
        "12 boats passed the lock that day",
        "Remember the Alamo was their cry.",
        "Locks were built in Tarnia from 1750. Key terms: lock, weir. They still work.",
    ],
)
def test_body_lines_that_only_look_like_furniture_stay(body: str) -> None:
    text = f"The canal was busy.\n{body}\nIt closed in 1960."
    assert drop_page_furniture(text) == (text, 0)


def test_importing_a_pdf_copy_asks_about_the_sentence_a_page_head_broke(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "canals.txt"
    source.write_text(CHAPTER, encoding="utf-8")
    out = tmp_path / "deck.json"
    assert main(["import", str(source), "--deck", "Canals", "--out", str(out)]) == 0
    assert "7 lines of page furniture removed" in capsys.readouterr().err
    quotes = " ".join(question.source.quote for question in load_bank(out).questions)
    assert "1869 after ten years of work." in quotes
    assert "Chapter 6" not in quotes and "RIVERS" not in quotes and "Key term" not in quotes


def test_reflow_counts_the_furniture_it_removed() -> None:
    assert reflow(CHAPTER).furniture_lines == 7


def test_a_running_head_run_into_a_line_goes_when_it_comes_back_with_other_pages() -> None:
    text = (
        "Canals are old. 88 Unit 3 Water and Work Barges carry coal. The first lock was built "
        "in a town that 90 Unit 3 Water and Work still stands. WATER AND WORK 89 Boats are "
        "slow. WATER AND WORK 91 Tugs are fast."
    )
    assert drop_page_furniture(text) == (
        "Canals are old. Barges carry coal. The first lock was built in a town that still "
        "stands. Boats are slow. Tugs are fast.",
        4,
    )


def test_a_running_head_seen_once_stays_unless_it_is_the_chapter_s_title() -> None:
    once = "Canals are old. 88 Unit 3 Water and Work Barges carry coal."
    assert drop_page_furniture(once) == (once, 0)
    titled = f"Unit 3 Water and Work\n\n{once} WATER AND WORK 89 Tugs are fast."
    assert drop_page_furniture(titled) == (
        "Unit 3 Water and Work\n\nCanals are old. Barges carry coal. Tugs are fast.",
        2,
    )


@pytest.mark.parametrize(
    "garbled",
    [
        "Figure 3.2 A lock chamber The gates open inwards.",
        "Barges carry coal 88 Unit 3 Water and Work to the port.",
        "WATER AND WORK 89 Boats move slowly through the locks.",
        "The keeper opens a Key term: sluice gate at dawn.",
        "Key term: sluice A gate that lets water through.",
        "Tolls on the canal (continued) rose every year.",
        "FYI Women on the Canal Ada Venn of Orsk became the first lock keeper in 1901.",
    ],
)
def test_no_question_comes_from_a_sentence_page_furniture_runs_into(garbled: str) -> None:
    sentences = split_sentences("canals", f"The canal opened in 1869. {garbled}")
    assert [s.text for s in sentences if s.index in not_to_ask(sentences)] == [garbled]


@pytest.mark.parametrize(
    "sentence",
    [
        "The results are shown in Table 3.2, which lists every lock.",
        "The NATO summit of 2004 met in Istanbul.",
        "In chapter 3 the author returns to the war.",
    ],
)
def test_a_sentence_that_mentions_a_table_or_a_chapter_is_still_asked(sentence: str) -> None:
    sentences = split_sentences("canals", sentence)
    assert not not_to_ask(sentences)


@pytest.mark.parametrize("bullet", ["▪", "●", "■", "◦", "\uf0b7", "➢"])
def test_a_bullet_glyph_opens_a_list_item(bullet: str) -> None:
    text = f"Canal tolls\n\n{bullet} The toll rose in 1901.\n{bullet} barges paid by weight"
    assert [(s.quote, s.note_line) for s in split_sentences("canals", text)][1:] == [
        ("The toll rose in 1901.", True),
        ("barges paid by weight", True),
    ]


def test_a_running_head_in_capitals_goes_with_the_chapter_head_learnt_from_its_pages() -> None:
    text = (
        "Locks are old. 88 Unit 3 Water and Work Barges carry coal. WATER AND WORK 89 Boats "
        "are slow. 90 Unit 3 Water and Work Tugs are fast."
    )
    assert drop_page_furniture(text) == (
        "Locks are old. Barges carry coal. Boats are slow. Tugs are fast.",
        3,
    )


def test_a_copy_with_a_blank_line_after_each_line_is_joined_where_the_sentence_goes_on() -> None:
    text = (
        "The Orsk canal was dug by hand between 1840 and\n\n"
        "1869 by 3,000 workers from the hills of Tarnia, and\n\n"
        "it opened to barges in the spring of that year with a\n\n"
        "ceremony on the quay.\n\n"
        "Tolls were paid at each of the forty locks on the way\n\n"
        "Barges paid by weight and boats by length"
    )
    assert join_lines_split_by_blanks(text) == (
        "The Orsk canal was dug by hand between 1840 and\n"
        "1869 by 3,000 workers from the hills of Tarnia, and\n"
        "it opened to barges in the spring of that year with a\n"
        "ceremony on the quay.\n\n"
        "Tolls were paid at each of the forty locks on the way\n\n"
        "Barges paid by weight and boats by length",
        3,
    )


@pytest.mark.parametrize(
    "notes",
    [
        "Canals\n\niPod owners listened to music on the barges",
        "- Barges on the Orsk canal carried coal and\n\nsalt",
        "Locks raise boats between levels\n\nweirs hold the water back",
        "The keeper kept a diary of every barge, every toll and every storm on the canal "
        "for forty years, and its first page reads,\n\nTo the glory of the canal.",
    ],
)
def test_headings_list_items_and_short_points_are_not_joined(notes: str) -> None:
    assert join_lines_split_by_blanks(notes) == (notes, 0)


def test_a_line_ending_on_a_comma_goes_on_across_the_blank_lines() -> None:
    text = "The canal was dug between 1840 and 1869 by workers,\n\nMostly from Tarnia."
    assert join_lines_split_by_blanks(text) == (
        "The canal was dug between 1840 and 1869 by workers,\nMostly from Tarnia.",
        1,
    )


def test_a_margin_note_between_blank_lines_goes_with_its_text() -> None:
    text = (
        "Locks raise boats.\n\nKey term: weir\n\nA low dam that holds water back.\n\n"
        "Margin note: The longest canal in Tarnia runs for 164 kilometres from the\n\n"
        "hills to the sea.\n\nBarges carry coal."
    )
    assert drop_page_furniture(text)[0].split() == [
        "Locks",
        "raise",
        "boats.",
        "Barges",
        "carry",
        "coal.",
    ]


def test_a_worked_example_s_title_is_set_apart_so_its_setup_opens_a_sentence() -> None:
    text = "Speed is distance over time.\nWorked example 2.1\nSuppose a barge covers 12 km."
    assert drop_page_furniture(text) == (
        "Speed is distance over time.\n\nWorked example 2.1\n\nSuppose a barge covers 12 km.",
        0,
    )


@pytest.mark.parametrize(
    "title",
    ["FYI The Founders of the Canal", "In the News", "Case Study Should Orsk Build a Lock?"],
)
def test_a_box_s_title_is_set_apart_from_its_first_sentence(title: str) -> None:
    text = f"Locks raise boats.\n{title}\nThe first lock opened in 1750."
    assert drop_page_furniture(text) == (
        f"Locks raise boats.\n\n{title}\n\nThe first lock opened in 1750.",
        0,
    )


def test_a_running_head_in_capitals_goes_with_its_chapter_number() -> None:
    text = (
        "Canals are old. CHAPTER 6 RIVERS AND CANALS 113 Barges carry coal. "
        "CHAPTER 6 RIVERS AND CANALS 115 Tugs are fast."
    )
    assert drop_page_furniture(text) == ("Canals are old. Barges carry coal. Tugs are fast.", 2)


def test_a_letter_named_after_an_article_ends_its_sentence() -> None:
    text = "The canal bends in the shape of an S. The Orsk lock was built in 1750."
    assert [s.text for s in split_sentences("canals", text)] == [
        "The canal bends in the shape of an S.",
        "The Orsk lock was built in 1750.",
    ]


def test_a_margin_column_beside_the_body_of_a_layout_copy_goes() -> None:
    text = (
        "Locks raise boats between two levels of a canal, and     lock\n"
        "the first in Tarnia was built at Orsk in 1750.           a chamber with gates\n"
        "                                                         that raises boats\n"
        "Barges paid a toll at each lock."
    )
    assert drop_page_furniture(text) == (
        "Locks raise boats between two levels of a canal, and\n"
        "the first in Tarnia was built at Orsk in 1750.\n"
        "Barges paid a toll at each lock.",
        3,
    )


def test_one_wide_gap_is_no_margin_column() -> None:
    text = "Lock           Year built\nThe Orsk lock is the oldest in Tarnia.     1750"
    assert drop_page_furniture(text) == (text, 0)


def test_a_running_head_after_a_sentence_s_end_breaks_off_a_margin_fragment() -> None:
    text = (
        "Canals are old. CHAPTER 6 RIVERS AND CANALS 113 Barges carry coal. The first lock "
        "opened in 1750. CHAPTER 6 RIVERS AND CANALS 115 lock a chamber with gates Boats climb."
    )
    assert drop_page_furniture(text) == (
        "Canals are old. Barges carry coal. The first lock opened in 1750. \n\n"
        "lock a chamber with gates Boats climb.",
        2,
    )
