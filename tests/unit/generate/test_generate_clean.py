"""Cleaning drops what is not content, says why, and keeps every other line verbatim."""

import pytest

from factdeck.generate.clean import clean_document
from factdeck.paths import DEFAULT_SOURCES

ENCYCLOPEDIA = DEFAULT_SOURCES / "000_bde09c3ab8031452.txt"
NEWS = DEFAULT_SOURCES / "001_106bc6ea88ab58ac.txt"


def _reasons(text: str, *, markdown: bool = False) -> dict[str, str]:
    return {drop.text: drop.reason for drop in clean_document(text, markdown=markdown).drops}


def test_the_encyclopedia_loses_its_headings_and_see_also_list() -> None:
    cleaned = clean_document(ENCYCLOPEDIA.read_text(encoding="utf-8"))
    reasons = {drop.text: drop.reason for drop in cleaned.drops}
    assert reasons["= Cuba–North Korea relations ="] == "heading"
    assert reasons["==History=="] == "heading"
    assert reasons["==See also=="] == "“See also” section"
    assert reasons["- Foreign relations of North Korea"] == "“See also” section"
    assert "Foreign relations of Cuba" not in cleaned.text
    assert cleaned.title == "Cuba–North Korea relations"
    assert "Cuba and North Korea established diplomatic relations on 29 August 1960." in (
        cleaned.text
    )


def test_the_news_article_loses_caption_credit_social_links_and_comments() -> None:
    raw = NEWS.read_text(encoding="utf-8")
    cleaned = clean_document(raw)
    by_reason = {drop.reason: drop for drop in cleaned.drops}
    assert by_reason["photo caption and credit"].text.startswith("PYONGYANG, NORTH KOREA")
    assert by_reason["photo credit"].text == "Valery Sharifulin\\TASS via Getty Images"
    assert by_reason["author's social links"].text.startswith("Follow Ben Kew")
    assert by_reason["comments notice"].line == 29
    assert by_reason["title"].line == 1
    for gone in ("Getty", "Lavrov", "ben_kew", "commenting", "Wholehearted Greetings"):
        assert gone not in cleaned.text
    assert "state media announced on Monday" in cleaned.text


def test_kept_lines_are_verbatim_and_line_numbers_still_match() -> None:
    raw = NEWS.read_text(encoding="utf-8")
    cleaned = clean_document(raw)
    raw_lines, kept_lines = raw.split("\n"), cleaned.text.split("\n")
    assert len(raw_lines) == len(kept_lines)
    dropped = {drop.line for drop in cleaned.drops}
    for number, (before, after) in enumerate(zip(raw_lines, kept_lines, strict=True), start=1):
        assert after == ("" if number in dropped else before)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Photo: Jane Doe/AFP", "photo credit"),
        ("Soldiers on parade in 1950. (Photo by John Smith via Getty Images)", "photo credit"),
        ("Follow Ann Lee on Twitter @annlee", "author's social links"),
        ("You can email her at the address below.", "author's social links"),
        ("Comments are closed for this story.", "comments notice"),
        ("Share this:", "share buttons"),
        ("Advertisement", "site boilerplate"),
        ("https://example.com/story", "link only"),
        ("* * *", "horizontal rule"),
    ],
)
def test_generic_boilerplate_rules(line: str, reason: str) -> None:
    text = f"The first sentence of the story is here.\n\n{line}\n\nThe last sentence is here too."
    assert _reasons(text) == {line: reason}


def test_references_and_external_links_sections_are_dropped_until_the_next_heading() -> None:
    text = (
        "== Life ==\nShe was born in 1900.\n\n== References ==\n* Smith, A history (1999)\n"
        "\n=== Notes ===\nmore notes\n\n== Legacy ==\nShe is remembered.\n"
    )
    reasons = _reasons(text)
    assert reasons["* Smith, A history (1999)"] == "“References” section"
    assert reasons["more notes"] == "“References” section"
    assert reasons["== Legacy =="] == "heading"
    assert "She is remembered." in clean_document(text).text


def test_plain_text_section_names_drop_their_list_only() -> None:
    text = "Intro sentence about the canal.\n\nExternal links\n- https://a.example\n- Another\n\n"
    text += "A later paragraph that is real prose about the history of the canal and more.\n"
    cleaned = clean_document(text)
    assert "Another" not in cleaned.text
    assert "A later paragraph that is real prose" in cleaned.text


def test_markdown_headings_code_images_and_tables() -> None:
    text = (
        "---\ntitle: x\n---\n# The Canal\n\nIt opened in 1869.\n\n```\ncode 1870\n```\n"
        "![map](map.png)\n| a | b |\n\nSetext heading\n--------------\n\nBody text here.\n"
    )
    reasons = _reasons(text, markdown=True)
    assert reasons["# The Canal"] == "heading"
    assert reasons["code 1870"] == "code block"
    assert reasons["![map](map.png)"] == "image"
    assert reasons["| a | b |"] == "table"
    assert reasons["Setext heading"] == "heading"
    assert reasons["title: x"] == "front matter"
    assert clean_document(text, markdown=True).title == "The Canal"


def test_ordinary_prose_is_kept_whole() -> None:
    text = "Ada Lovelace was born in London in 1815.\nShe worked with Charles Babbage.\n"
    cleaned = clean_document(text)
    assert cleaned.drops == ()
    assert cleaned.text == text


def test_a_sentence_with_a_fragment_after_it_is_no_title() -> None:
    text = "The harbour was dredged in 1904.\n\nThe port remains busy today. See also\n"
    assert clean_document(text).drops == ()
    assert clean_document(text).title is None
