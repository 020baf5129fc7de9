"""deck_from_pairs: Anki and Quizlet text exports become a bank of typed questions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from anki.collection import Collection

from factdeck.bank import Bank, TypedQuestion, dump_bank
from factdeck.bank.loader import check_bank_data
from factdeck.export.tabular import BadRowsError, PairsDeck, deck_from_pairs

FIXTURES = Path(__file__).parents[2] / "fixtures" / "export"


def pairs(deck: Bank | PairsDeck) -> list[tuple[str, str]]:
    bank = deck.bank if isinstance(deck, PairsDeck) else deck
    return [(q.prompt, q.answer) for q in bank.questions if isinstance(q, TypedQuestion)]


def assert_valid(bank: Bank) -> None:
    assert check_bank_data(json.loads(dump_bank(bank)), "deck.json") == []
    assert all(isinstance(q, TypedQuestion) for q in bank.questions)


def test_anki_notes_export_with_html_guid_deck_and_tags_columns() -> None:
    deck = deck_from_pairs(FIXTURES / "anki_notes.tsv", "Anki deck", skip_bad_rows=True)
    bank = deck.bank
    assert [str(row) for row in deck.skipped] == ["line 11: the question is empty"]

    assert pairs(bank) == [
        ("What is 2 + 2?", "4 (four)"),
        ("Capital of France", "Paris & its suburbs"),
        ('Who said "hi", then left?', "Bob Smith"),
        ("Largest planet", "Jupiter"),
    ]
    assert [q.topics for q in bank.questions] == [
        ["math"],
        ["geo", "Western Europe"],
        [],
        ["space"],
    ]
    assert bank.deck == "Anki deck"
    assert_valid(bank)


@pytest.mark.parametrize("with_html", [True, False])
def test_a_live_export_from_the_real_anki_backend(tmp_path: Path, with_html: bool) -> None:
    col = Collection(str(tmp_path / "collection.anki2"))
    try:
        basic = col.models.by_name("Basic")
        for front, back in [("<b>Bold</b> question", "an&nbsp;answer<br>on two lines")]:
            note = col.new_note(basic)
            note["Front"], note["Back"] = front, back
            col.add_note(note, col.decks.id("Default"))
        export = tmp_path / "notes.tsv"
        col.export_note_csv(
            out_path=str(export),
            limit=None,
            with_html=with_html,
            with_tags=True,
            with_deck=True,
            with_notetype=True,
            with_guid=True,
        )
    finally:
        col.close()

    assert pairs(deck_from_pairs(export, "Live")) == [("Bold question", "an answer on two lines")]


def test_quizlet_tab_export_refuses_a_single_column_line_by_its_number() -> None:
    with pytest.raises(BadRowsError) as refused:
        deck_from_pairs(FIXTURES / "quizlet_tab.tsv", "Biology")
    assert [str(row) for row in refused.value.bad_rows] == [
        "line 6: only one column: no tab between a question and an answer"
    ]
    assert "--skip-bad-rows to import the 3 other pairs" in str(refused.value)

    deck = deck_from_pairs(FIXTURES / "quizlet_tab.tsv", "Biology", skip_bad_rows=True)
    assert pairs(deck) == [
        ("mitochondria", "powerhouse of the cell"),
        ("photosynthesis", "how plants make food, using light"),
        ("osmosis", "movement of water across a membrane"),
    ]
    assert [row.where for row in deck.skipped] == ["line 6"]
    assert_valid(deck.bank)


def test_quizlet_comma_export_keeps_commas_in_the_definition() -> None:
    deck = deck_from_pairs(FIXTURES / "quizlet_comma.csv", "Capitals", skip_bad_rows=True)

    assert pairs(deck) == [
        ("Paris", "capital of France, on the Seine"),
        ("Berlin", "capital of Germany"),
        ("Madrid", "capital of Spain"),
    ]
    assert [str(row) for row in deck.skipped] == [
        "line 3: the question is empty",
        "line 4: the answer is empty",
    ]


def test_ids_come_from_the_prompt_and_survive_reordering(tmp_path: Path) -> None:
    first = tmp_path / "a.tsv"
    first.write_text("one\t1\ntwo\t2\n", encoding="utf-8")
    second = tmp_path / "b.tsv"
    second.write_text("two\tdeux\none\tun\n", encoding="utf-8")

    ids_first = {q.prompt: q.id for q in deck_from_pairs(first, "A").bank.questions}
    ids_second = {q.prompt: q.id for q in deck_from_pairs(second, "B").bank.questions}

    assert ids_first == ids_second
    assert ids_first["one"] != ids_first["two"]
    assert all(qid.startswith("pair-") and qid.endswith(".typed") for qid in ids_first.values())


def test_a_repeated_prompt_adds_its_answer_as_accepted(tmp_path: Path) -> None:
    source = tmp_path / "dupes.tsv"
    source.write_text("colour\tred\ncolour\tcrimson\ncolour\tred\n", encoding="utf-8")

    (question,) = deck_from_pairs(source, "D").bank.questions

    assert isinstance(question, TypedQuestion)
    assert (question.answer, question.accepted) == ("red", ["crimson"])


def test_html_is_reduced_to_text_and_never_run(tmp_path: Path) -> None:
    source = tmp_path / "html.tsv"
    source.write_text(
        "#html:true\n"
        "<script>alert(1)</script>Q &lt;one&gt;\t<style>p{}</style>A<img src=x onerror=y>\n",
        encoding="utf-8",
    )
    assert pairs(deck_from_pairs(source, "H")) == [("Q <one>", "A")]


def test_plain_text_that_looks_like_markup_is_kept_when_html_is_off(tmp_path: Path) -> None:
    source = tmp_path / "plain.tsv"
    source.write_text("#html:false\nIs <b> a tag?\tyes &amp; no\n", encoding="utf-8")
    assert pairs(deck_from_pairs(source, "P")) == [("Is <b> a tag?", "yes &amp; no")]


def test_separator_named_in_the_header_is_used(tmp_path: Path) -> None:
    source = tmp_path / "semi.csv"
    source.write_text("#separator:Semicolon\nleft;right\n", encoding="utf-8")
    assert pairs(deck_from_pairs(source, "S")) == [("left", "right")]


def test_utf16_text_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    source = tmp_path / "wide.tsv"
    source.write_bytes("café\tcoffee\n".encode("utf-16"))
    assert pairs(deck_from_pairs(source, "W")) == [("café", "coffee")]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "the file is empty"),
        (b"  \n\n\t\n", "the file is empty"),
        (b"caf\xe9\tcoffee\n", "is not UTF-8 text (invalid byte at position 3)"),
        (b"PK\x03\x04\x00\x00binary", "looks like a binary file"),
        (b"just one column\nand another\n", "found no question/answer pairs"),
        (b"#separator:tab\n#html:true\n", "has no question/answer rows"),
        (b"prompt,answer\n", "found no question/answer pairs"),
    ],
)
def test_unusable_files_raise_a_clear_value_error(
    tmp_path: Path, content: bytes, message: str
) -> None:
    source = tmp_path / "bad.csv"
    source.write_bytes(content)
    with pytest.raises(ValueError, match=r"bad\.csv") as error:
        deck_from_pairs(source, "Bad")
    assert message in str(error.value)


def test_a_missing_file_and_a_blank_deck_name_raise_value_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"missing\.csv: no such file"):
        deck_from_pairs(tmp_path / "missing.csv", "Deck")
    source = tmp_path / "ok.csv"
    source.write_text("a,b\n", encoding="utf-8")
    with pytest.raises(ValueError, match="needs a name"):
        deck_from_pairs(source, "  ")


def test_without_an_html_header_markup_is_recognised_by_its_tags(tmp_path: Path) -> None:
    tagged = tmp_path / "old-anki.tsv"
    tagged.write_text("one<br>two\tthree &amp; four\n", encoding="utf-8")
    plain = tmp_path / "plain.tsv"
    plain.write_text("is x < y?\tyes & no\n", encoding="utf-8")

    assert pairs(deck_from_pairs(tagged, "T")) == [("one two", "three & four")]
    assert pairs(deck_from_pairs(plain, "P")) == [("is x < y?", "yes & no")]
