"""Reflowing text copied out of a PDF: long lines split at sentence ends, run-together
sentences spaced, hyphen-broken words joined, and nothing else changed."""

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factdeck.bank import load_bank
from factdeck.cli import main
from factdeck.generate.clean import clean_document
from factdeck.generate.pipeline import build_deck
from factdeck.generate.reflow import (
    LONG_LINE_CHARS,
    PARAGRAPH_CHARS,
    PARAGRAPH_SENTENCES,
    join_broken_words,
    reflow,
    restore_sentence_spaces,
    split_long_line,
)

HARROW_POINT = Path(__file__).parents[2] / "fixtures" / "generate" / "harrow_point.txt"
LIGHTHOUSE = (
    "The Harrow Point lighthouse was built in 1874 by the harbour board. Its tower is 31 metres "
    "tall and was painted with red and white bands in 1902. The first keeper, Agnes Mellor, "
    "kept the lamp burning for 38 years. In 1931 an electric lamp replaced the paraffin burner. "
    "The light can be seen 22 nautical miles out to sea. Automation came in 1989, and the last "
    "keeper left the point that spring. Since 2004 the keeper's cottage has been a museum. "
    "Visitors climb 147 steps to reach the lantern room. "
)


@pytest.mark.parametrize(
    ("glued", "spaced"),
    [
        ("seem peculiar.But, in fact, households", "seem peculiar. But, in fact, households"),
        ("closed in 1931.The lamp", "closed in 1931. The lamp"),
        ("rose by 5%.Prices fell", "rose by 5%. Prices fell"),
        ("she said so.”Then it rained", "she said so.” Then it rained"),
        ("Was it late?Nobody knew", "Was it late? Nobody knew"),
        ("a well-known.The", "a well-known. The"),
    ],
)
def test_a_sentence_end_glued_to_the_next_sentence_gets_its_space(glued: str, spaced: str) -> None:
    assert restore_sentence_spaces(glued) == (spaced, 1)


@pytest.mark.parametrize(
    "text",
    [
        "The tower is 31.5 metres tall.",
        "Written by J.R.R.Tolkien in Oxford.",
        "Troops of the U.S.Army landed.",
        "Use a comma, e.g.Paris, London.",
        "She earned a Ph.D.Then she left.",
        "See example.com or Example.Com for more.",
        "Visit www.lighthouses.org.The site",
        "Write to keeper@harrow.Org today.",
        "Call Console.WriteLine or Math.Max(1, 2) or Console.Out.Flush().",
        "Open https://harrow.example/Tower.Html now.",
        "Mr.Smith and St.Louis.",
    ],
)
def test_initials_decimals_addresses_and_dotted_names_are_left_alone(text: str) -> None:
    assert restore_sentence_spaces(text) == (text, 0)


@pytest.mark.parametrize(
    ("broken", "joined"),
    [
        ("the eco- nomics of fishing", "the economics of fishing"),
        ("the eco-\nnomics of fishing", "the economics of fishing"),
        ("the eco-\n   nomics of fishing", "the economics of fishing"),
        ("Eco- nomics is taught", "Economics is taught"),
        ("three econo- mies grew", "three economies grew"),
        ("a non-determ- inistic machine", "a non-deterministic machine"),
        ("the eco\u00ad\nnomics of fishing", "the economics of fishing"),
        ("the Mel\u00ad lor family", "the Mellor family"),
    ],
)
def test_a_word_broken_by_a_hyphen_is_joined_when_the_word_is_known(
    broken: str, joined: str
) -> None:
    assert join_broken_words(broken) == (joined, 1)


def test_a_soft_hyphen_inside_a_word_goes_silently() -> None:
    assert join_broken_words("the eco\u00adnomics of fishing") == ("the economics of fishing", 0)


def test_a_broken_word_the_text_uses_whole_elsewhere_is_joined_as_it_uses_it() -> None:
    text = "Each lattice homo- morphism keeps order. A lattice homomorphism is a map."
    assert join_broken_words(text) == (text.replace("homo- morphism", "homomorphism"), 1)
    text = "Tide-\nwater mills stood by the quay. Two tide-water mills remain."
    assert join_broken_words(text) == (text.replace("-\n", "-"), 1)


@pytest.mark.parametrize(
    "text",
    [
        "pre- and post-war prices",
        "full- or part-time keepers",
        "self- esteem",
        "a well-\nknown keeper",
        "the keeper Mel- lor",
        "- a list item\n- another",
    ],
)
def test_a_hyphen_that_breaks_no_known_word_is_left(text: str) -> None:
    assert join_broken_words(text) == (text, 0)


def test_a_long_line_becomes_paragraphs_of_a_few_sentences() -> None:
    line = LIGHTHOUSE * 20
    paragraphs = split_long_line(line.strip())
    assert len(paragraphs) > 20
    for paragraph in paragraphs:
        sentences = re.findall(r"[.!?](?:\s|$)", paragraph)
        assert 1 <= len(sentences) <= 2 * PARAGRAPH_SENTENCES
        assert len(paragraph) <= 2 * PARAGRAPH_CHARS
        assert paragraph == paragraph.strip()
    assert sum(len(p) <= PARAGRAPH_CHARS for p in paragraphs) > len(paragraphs) / 2


def test_a_paragraph_never_opens_with_a_sentence_that_refers_back() -> None:
    paragraphs = split_long_line((LIGHTHOUSE * 20).strip())
    assert {p.split()[0] for p in paragraphs} <= {"The", "In", "Automation", "Since", "Visitors"}


def test_a_double_space_between_some_sentences_marks_a_paragraph() -> None:
    first = "The port opened in 1870. It served the quarries. "
    second = "The railway reached it in 1901. Trade doubled within ten years."
    line = (first + " " + second + "  ") * 60
    paragraphs = split_long_line(line.strip())
    assert paragraphs[0] == first.strip()
    assert paragraphs[1] == second


def test_a_double_space_after_every_sentence_is_only_spacing() -> None:
    line = "  ".join(["The port opened in 1870.", "Slate left from its quay."] * 100)
    paragraphs = split_long_line(line)
    assert len(paragraphs) < 60
    assert paragraphs[0].count(".") == PARAGRAPH_SENTENCES


def test_a_heading_in_capitals_stands_as_its_own_line_and_cleaning_takes_it() -> None:
    line = (
        LIGHTHOUSE * 4
        + "THE KEEPER'S COTTAGE The cottage has four rooms. "
        + "It was restored in 2003. "
        + LIGHTHOUSE * 4
    ).strip()
    reflowed = reflow(line + "\n")
    assert "\n\nTHE KEEPER'S COTTAGE\n\nThe cottage has four rooms." in reflowed.text
    cleaned = clean_document(reflowed.text)
    assert ("heading" in {drop.reason for drop in cleaned.drops}) and any(
        name == "THE KEEPER'S COTTAGE" for _, name in cleaned.headings
    )


@pytest.mark.parametrize("bullet", ["-", "•", "▪", "●", "\uf0b7", "➢"])
def test_a_run_in_see_also_list_is_cut_off_and_cleaning_drops_it(bullet: str) -> None:
    """A copy out of a PDF or a word processor brings its own bullet glyphs."""
    line = (LIGHTHOUSE * 8).strip() + (
        f" See also {bullet} Fastnet Rock {bullet} Bishop Rock References 1. Tide tables."
    )
    cleaned = clean_document(reflow(line).text)
    assert [drop.reason for drop in cleaned.drops] == ["“See also” section"] * 2
    assert "Fastnet" not in cleaned.text and cleaned.text.rstrip().endswith("lantern room.")


def test_a_sentence_opening_with_a_section_word_is_prose() -> None:
    line = (LIGHTHOUSE + "Sources of the harbour records differ on the date. ") * 8
    assert not any(p.startswith("Sources") for p in split_long_line(line) if "." not in p)


@pytest.mark.parametrize(
    ("heading", "sentence"),
    [
        ("Harrow Point Lighthouse", "The Harrow Point Lighthouse stands on a headland."),
        ("Lighthouses", "Lighthouses guide ships at night."),
        ("Early keepers", "Early keepers lived in the tower."),
    ],
)
def test_a_heading_the_next_sentence_repeats_stands_as_its_own_line(
    heading: str, sentence: str
) -> None:
    line = f"{heading} {sentence} " + LIGHTHOUSE * 8
    reflowed = reflow(line)
    assert reflowed.text.startswith(f"{heading}\n\n{sentence}")
    assert clean_document(reflowed.text).title == heading


@pytest.mark.parametrize(
    "sentence", ["Bora Bora is an island.", "Early plans The idea was old.", "Paris Paris is big."]
)
def test_a_doubled_name_or_an_unrepeated_phrase_is_no_heading(sentence: str) -> None:
    assert reflow(sentence + " " + LIGHTHOUSE * 8).text.startswith(sentence)


def test_a_capitalised_acronym_opening_a_sentence_is_no_heading() -> None:
    line = (LIGHTHOUSE + "NATO UN Forces met at the point in 1952. ") * 10
    assert not any(p.startswith("NATO UN") and p.endswith("UN") for p in split_long_line(line))


def test_reflow_reports_each_long_line_with_its_source_number() -> None:
    text = "A short first line.\n\n" + LIGHTHOUSE * 10 + "\nA last line.\n"
    reflowed = reflow(text)
    (long,) = reflowed.long_lines
    assert long.line == 3
    assert long.chars == len(LIGHTHOUSE * 10)
    assert long.paragraphs == reflowed.text.count("\n\n")  # one break added per paragraph
    assert long.longest_sentence == max(len(s) + 1 for s in LIGHTHOUSE.split(". ") if s)
    assert reflowed.text.startswith("A short first line.\n\n")


def test_short_lines_are_left_as_they_are() -> None:
    text = "The tower is\nthirty metres tall.  It was painted\nin 1902.\n"
    assert reflow(text).text == text
    assert len(LIGHTHOUSE) < LONG_LINE_CHARS


def _as_copied_from_a_pdf(text: str) -> str:
    """The paragraphs on one line, some sentence ends run together, two words broken."""
    line = " ".join(paragraph for paragraph in text.split("\n") if paragraph)
    line = re.sub(r"(fog|1874|1945|1994)\. (?=[A-Z])", r"\1.", line)
    return line.replace("electric", "elec- tric").replace("auction", "auc- tion")


def test_a_pdf_copy_on_one_line_asks_what_the_paragraphs_ask() -> None:
    text = HARROW_POINT.read_text(encoding="utf-8")
    reflowed = reflow(_as_copied_from_a_pdf(text))
    assert (reflowed.spaced_stops, reflowed.joined_words) == (4, 2)
    assert len(reflowed.long_lines) == 1 and reflowed.long_lines[0].paragraphs > 5
    deck = "Harrow Point lighthouse"
    from_copy = build_deck(reflowed.text, deck=deck, file_name="h.txt", markdown=False).bank
    from_text = build_deck(text, deck=deck, file_name="h.txt", markdown=False).bank
    assert from_text.questions
    assert [q.prompt for q in from_copy.questions] == [q.prompt for q in from_text.questions]


def test_importing_the_pdf_copy_says_what_was_repaired(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "harrow.txt"
    source.write_text(_as_copied_from_a_pdf(HARROW_POINT.read_text(encoding="utf-8")))
    out = tmp_path / "deck.json"
    assert main(["import", str(source), "--deck", "Harrow Point", "--out", str(out)]) == 0
    note = capsys.readouterr().err.splitlines()[0]
    assert note.startswith(f"factdeck: note: {source}: line 1 (3,3")
    assert "characters) read as " in note and "paragraphs, split at sentence ends" in note
    assert "a space put back after 4 sentence ends run into the next sentence" in note
    assert "2 words broken by a hyphen joined" in note
    assert load_bank(out).questions


def test_a_run_too_long_without_a_sentence_end_is_refused_with_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "list.txt"
    source.write_text("The canal opened in 1869.\n" + LIGHTHOUSE * 2 + "lamp " * 2_500 + "\n")
    assert main(["import", str(source), "--deck", "List", "--out", str(tmp_path / "d.json")]) == 2
    error = capsys.readouterr().err
    assert f"{source}: line 2 runs 12,5" in error
    assert "characters without a sentence end (. ! ?)" in error
    assert not (tmp_path / "d.json").exists()


_WORDS = st.sampled_from(
    ["The", "tower", "is", "3.5", "metres", "U.S.", "e.g.", "J.", "R.", "1,204.75", "Mr.", "in"]
)
_ENDS = st.sampled_from([".", "!", "?", ".”", ".)", "", ""])
_GAPS = st.sampled_from([" ", " ", "  ", "\t", " \u00a0"])
_SENTENCE = st.builds(
    lambda words, end: " ".join(words) + end, st.lists(_WORDS, min_size=1, max_size=12), _ENDS
)
_LINE = st.builds(
    lambda sentences, gaps: "".join(s + g for s, g in zip(sentences, gaps, strict=False)),
    st.lists(_SENTENCE, min_size=1, max_size=80),
    st.lists(_GAPS, min_size=80, max_size=80),
)
_NUMBER = re.compile(r"\d[\d,]*\.\d+")


@given(_LINE)
def test_splitting_never_loses_a_character_nor_cuts_a_number(line: str) -> None:
    paragraphs = split_long_line(line)
    assert "".join("".join(paragraphs).split()) == "".join(line.split())
    assert all(paragraph.strip() for paragraph in paragraphs)
    numbers = [number for paragraph in paragraphs for number in _NUMBER.findall(paragraph)]
    assert numbers == _NUMBER.findall(line)


@given(_LINE.map(lambda line: line.replace(". ", ".")))
def test_spacing_only_adds_spaces_and_never_inside_a_number(line: str) -> None:
    spaced, count = restore_sentence_spaces(line)
    assert spaced.replace(" ", "") == line.replace(" ", "")
    assert len(spaced) == len(line) + count
    assert _NUMBER.findall(spaced) == _NUMBER.findall(line)
