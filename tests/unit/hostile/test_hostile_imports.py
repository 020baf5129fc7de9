"""Hostile imports: control characters are removed, sizes are bounded, every unreadable row
of a table is named by its line, and nothing is written when anything would be lost."""

from __future__ import annotations

from pathlib import Path

import pytest

from factdeck.bank import check_bank, load_bank
from factdeck.cli import main
from factdeck.commands import importer as import_command
from factdeck.controls import CONTROL

FIXTURES = Path(__file__).parents[2] / "fixtures" / "generate"
ARTICLE = FIXTURES / "suez_canal.txt"
ESCAPES = "\x1b]0;pwned\x07\x1b]52;c;cHduZWQ=\x07\x1b[2J\x1b[6n\x9b6n"


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _import(*args: str) -> int:
    return main(["import", *args])


def _texts(out: Path) -> str:
    return out.read_text(encoding="utf-8")


HOSTILE_FILES = {
    "document.txt": ARTICLE.read_text(encoding="utf-8").replace("Suez", f"Suez{ESCAPES}", 3),
    "document.md": "# Title\n\n"
    + ARTICLE.read_text(encoding="utf-8").replace(". ", f".{ESCAPES} ", 5),
    "pairs.csv": f"Capital of France{ESCAPES},Paris\nCapital of Peru,Lima{ESCAPES}\n",
    "pairs.tsv": f"Capital of France\tParis{ESCAPES}\nCapital{ESCAPES} of Peru\tLima\n",
}


@pytest.mark.parametrize("name", sorted(HOSTILE_FILES))
def test_import_removes_control_characters_and_says_so(
    workdir: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    source = workdir / name
    source.write_text(HOSTILE_FILES[name], encoding="utf-8")
    out = workdir / "deck.json"
    assert _import(str(source), "--deck", "Deck", "--out", str(out)) == 0
    captured = capsys.readouterr()
    assert not CONTROL.search(captured.out + captured.err)
    assert "removed" in captured.err and "control characters (ESC (^[)" in captured.err
    assert check_bank(out) == []
    assert "\\u001b" not in _texts(out) and "\x9b" not in _texts(out)


def test_a_deck_name_with_a_control_character_is_refused(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _import(str(ARTICLE), "--deck", "Deck\x9b2J") == 2
    assert "deck name" in capsys.readouterr().err
    assert not (workdir / "decks").exists()


def _prompts(deck: Path) -> list[str]:
    return [question.prompt for question in load_bank(deck).questions]


def test_a_utf16_document_is_read(workdir: Path) -> None:
    plain = workdir / "utf-8.json"
    assert _import(str(ARTICLE), "--deck", "Suez", "--out", str(plain)) == 0
    assert len(_prompts(plain)) > 10
    for encoding in ("utf-16", "utf-16-le"):
        source = workdir / f"{encoding}.txt"
        source.write_bytes(ARTICLE.read_text(encoding="utf-8").encode(encoding))
        out = workdir / f"{encoding}.json"
        assert _import(str(source), "--deck", "Suez", "--out", str(out)) == 0
        assert _prompts(out) == _prompts(plain)  # the same document, the same questions


def test_a_document_over_the_size_limit_is_refused_unread(
    workdir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(import_command, "MAX_DOCUMENT_BYTES", 1024 * 1024)
    source = workdir / "big.txt"
    source.write_text("The canal opened in 1869. " * 50_000, encoding="utf-8")
    assert _import(str(source), "--deck", "Big") == 2
    assert "larger than 1 MB, the most FactDeck imports as one document" in capsys.readouterr().err
    assert not (workdir / "decks").exists()


def test_reading_stops_at_the_limit_whatever_the_file(
    workdir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(import_command, "MAX_READ_BYTES", 1024 * 1024)
    assert _import("/dev/zero", "--deck", "Zero") == 2
    assert "/dev/zero: is larger than 1 MB" in capsys.readouterr().err


def test_an_overlong_run_without_a_sentence_end_is_refused_with_its_line(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = workdir / "line.txt"
    source.write_text("A short first line in 1900.\n" + "word " * 5_000 + "\n", encoding="utf-8")
    assert _import(str(source), "--deck", "Line") == 2
    assert "line 2 runs 24,999 characters without a sentence end" in capsys.readouterr().err


TABLES = {
    "unterminated quote": (
        "a.csv",
        'Capital of France,Paris\n"Capital of Peru,Lima\nCapital of Chile,Santiago\n'
        "Capital of Spain,Madrid\n",
        "line 2: a quote opened here is never closed",
        ["Capital of France", "Capital of Chile", "Capital of Spain"],
    ),
    "stray quotes in a TSV": (
        "b.tsv",
        'one\t1\n"two\t2\nthree\t3\nfour"\t4\nfive\t5\n',
        "line 2: a quote opened here closes only on line 4",
        ["one", "three", 'four"', "five"],
    ),
    "text after a closing quote": (
        "c.tsv",
        'one\t1\n"two" or "deux"\t2\nthree\t3\n',
        "line 2: a stray quote",
        ["one", "three"],
    ),
    "a row of one column": (
        "d.tsv",
        "one\t1\njust a term\nthree\t3\n",
        "line 2: only one column",
        ["one", "three"],
    ),
}


@pytest.mark.parametrize("case", sorted(TABLES))
def test_an_unreadable_row_is_named_and_refuses_the_file(
    workdir: Path, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    name, content, message, kept = TABLES[case]
    source = workdir / name
    source.write_text(content, encoding="utf-8")
    out = workdir / "deck.json"
    assert _import(str(source), "--deck", "T", "--out", str(out)) == 2
    err = capsys.readouterr().err
    assert message in err and "--skip-bad-rows" in err
    assert not out.exists()

    assert _import(str(source), "--deck", "T", "--out", str(out), "--skip-bad-rows") == 0
    assert f"skipped {message}" in capsys.readouterr().err
    assert [q.prompt for q in load_bank(out).questions] == kept


def _anki_export(tmp_path: Path, name: str, **options: bool) -> Path:
    from anki.collection import Collection

    col = Collection(str(tmp_path / "collection.anki2"))
    try:
        basic = col.models.by_name("Basic")
        for front, back, tags in [
            ("Capital of France", "Paris", ["geo"]),
            ("Capital of Peru", "Lima", ["geo", "south_america"]),
        ]:
            note = col.new_note(basic)
            note["Front"], note["Back"] = front, back
            note.tags = tags
            col.add_note(note, col.decks.id("Geography"))
        export = tmp_path / name
        col.export_note_csv(out_path=str(export), limit=None, with_html=False, **options)
    finally:
        col.close()
    return export


@pytest.mark.parametrize("with_deck", [True, False])
def test_anki_notes_in_plain_text_are_pairs_whatever_the_extension(
    workdir: Path, with_deck: bool
) -> None:
    export = _anki_export(
        workdir,
        "Geography.txt",
        with_tags=True,
        with_deck=with_deck,
        with_notetype=with_deck,
        with_guid=with_deck,
    )
    assert export.read_text(encoding="utf-8").startswith("#separator:tab\n#html:false\n")
    out = workdir / "geo.json"
    assert _import(str(export), "--deck", "Geography", "--out", str(out)) == 0
    bank = load_bank(out)
    assert [(q.prompt, q.answer) for q in bank.questions] == [  # type: ignore[union-attr]
        ("Capital of France", "Paris"),
        ("Capital of Peru", "Lima"),
    ]
    assert [q.topics for q in bank.questions] == [["geo"], ["geo", "south america"]]


def test_anki_columns_header_names_the_question_and_answer(workdir: Path) -> None:
    source = workdir / "notes.txt"
    source.write_text(
        "#separator:Semicolon\n#html:false\n#columns:Tags;Back;Front\n"
        "geo;Paris;Capital of France\n;Lima;Capital of Peru\n",
        encoding="utf-8",
    )
    out = workdir / "deck.json"
    assert _import(str(source), "--deck", "Cols", "--out", str(out)) == 0
    bank = load_bank(out)
    assert [(q.prompt, q.answer, q.topics) for q in bank.questions] == [  # type: ignore[union-attr]
        ("Capital of France", "Paris", ["geo"]),
        ("Capital of Peru", "Lima", []),
    ]


def test_quizlet_default_export_in_a_txt_file_is_pairs(workdir: Path) -> None:
    source = workdir / "quizlet.txt"
    source.write_text(
        'mitochondria\tpowerhouse of the cell\n"osmosis\twater moving, "across" a membrane\n',
        encoding="utf-8",
    )
    out = workdir / "deck.json"
    assert _import(str(source), "--deck", "Bio", "--out", str(out)) == 0
    assert [(q.prompt, q.answer) for q in load_bank(out).questions] == [  # type: ignore[union-attr]
        ("mitochondria", "powerhouse of the cell"),
        ('"osmosis', 'water moving, "across" a membrane'),
    ]


@pytest.mark.parametrize(
    ("separator", "row_separator", "content"),
    [
        ("comma", "semicolon", "Paris,capital of France, on the Seine;Lima,capital of Peru;"),
        (" - ", "\\n\\n", "Paris - capital of France, on the Seine\n\nLima - capital of Peru\n"),
        ("tab", "newline", "Paris\tcapital of France, on the Seine\nLima\tcapital of Peru\n"),
    ],
)
def test_quizlet_custom_separators(
    workdir: Path, separator: str, row_separator: str, content: str
) -> None:
    source = workdir / "quizlet.txt"
    source.write_text(content, encoding="utf-8")
    out = workdir / "deck.json"
    args = ["--separator", separator, "--row-separator", row_separator]
    assert _import(str(source), "--deck", "Q", "--out", str(out), *args) == 0
    assert [(q.prompt, q.answer) for q in load_bank(out).questions] == [  # type: ignore[union-attr]
        ("Paris", "capital of France, on the Seine"),
        ("Lima", "capital of Peru"),
    ]


def test_prose_with_a_tab_or_two_is_still_prose(workdir: Path) -> None:
    source = workdir / "prose.txt"
    text = ARTICLE.read_text(encoding="utf-8")
    source.write_text(text.replace(" the ", "\tthe ", 2), encoding="utf-8")
    out = workdir / "deck.json"
    assert _import(str(source), "--deck", "Prose", "--out", str(out)) == 0
    plain = workdir / "plain.json"
    assert _import(str(ARTICLE), "--deck", "Prose", "--out", str(plain)) == 0
    assert len(_prompts(out)) > 10
    shared = set(_prompts(out)) & set(_prompts(plain))
    assert len(shared) >= 0.9 * len(_prompts(plain))  # two sentences differ by a tab


def test_generate_explain_prints_a_dropped_lines_controls_visibly(
    workdir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from factdeck import paths

    monkeypatch.setattr(paths, "DEFAULT_FACTS", workdir / "no-facts.yaml")
    sources = workdir / "sources"
    sources.mkdir()
    (sources / "doc.txt").write_text(
        f"Title\n\nThe treaty was signed in Havana in 1960.\n\nSee also\n* Evil {ESCAPES} link\n",
        encoding="utf-8",
    )
    args = ["--sources", str(sources), "--out", str(workdir / "bank.json"), "--explain"]
    assert main(["generate", *args]) == 0
    captured = capsys.readouterr()
    assert "* Evil ^[]0;pwned^G" in captured.out
    assert not CONTROL.search(captured.out + captured.err)
