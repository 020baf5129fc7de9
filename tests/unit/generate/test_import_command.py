"""``factdeck import``: a useful deck from unseen prose; a clear refusal for bad input."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from factdeck.bank import QuestionType, check_bank, load_bank
from factdeck.cli import main
from factdeck.generate import confidence

FIXTURES = Path(__file__).parents[2] / "fixtures" / "generate"
ARTICLE = FIXTURES / "suez_canal.txt"


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture(scope="module")
def suez_deck(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("deck") / "suez.json"
    assert main(["import", str(ARTICLE), "--deck", "Suez Canal", "--out", str(out)]) == 0
    return out


@pytest.fixture(scope="module")
def suez_uncut(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The deck before its lowest-rated questions are left out: the spot checks look at
    how each fact is asked, not at which ones the deck keeps (``confidence``)."""
    out = tmp_path_factory.mktemp("deck") / "suez.json"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(confidence, "LOW_RATING", 0.0)
        assert main(["import", str(ARTICLE), "--deck", "Suez Canal", "--out", str(out)]) == 0
    return out


def test_an_unseen_encyclopedia_article_gives_a_valid_varied_deck(suez_deck: Path) -> None:
    assert check_bank(suez_deck) == []
    bank = load_bank(suez_deck)
    assert bank.deck == "Suez Canal"
    types = {question.type for question in bank.questions}
    assert len(types) >= 3
    text = ARTICLE.read_text(encoding="utf-8")
    assert all(question.source.quote in text for question in bank.questions)


def _answers(deck: Path, kind: str) -> dict[str, str]:
    """Answer → prompt of the multiple-choice questions whose fact has ``kind``."""
    bank = load_bank(deck)
    kinds = {fact.id: fact.kind for fact in bank.facts}
    return {
        str(q.answer): q.prompt
        for q in bank.questions
        if q.type == QuestionType.MULTIPLE_CHOICE and kinds[q.fact_id] == kind
    }


def test_spot_check_the_facts_it_asks_about(suez_uncut: Path) -> None:
    assert not _answers(suez_uncut, "date")  # a day of a date is trivia: its year is asked
    years = {q.prompt: q.answer for q in load_bank(suez_uncut).questions if q.type == "number"}
    assert years["In what year did the British Prime Minister Anthony Eden resign?"] == 1957
    assert 2021 in years.values()
    people = _answers(suez_uncut, "person")
    assert len(people) >= 2
    assert people["Ferdinand de Lesseps"] == (
        "Who became a national hero in France after the opening of the canal?"
    )
    typed = {q.answer for q in load_bank(suez_uncut).questions if q.type == QuestionType.TYPED}
    assert "Suez Canal Authority" in typed  # no other authority to offer: asked as typed
    assert "Alois Negrelli" in typed  # one other engineer in the article: no options
    places = _answers(suez_uncut, "place")
    assert "Port Said" not in places  # a port needs three other ports
    bank = load_bank(suez_uncut)
    assert {"641", "1879"} <= set(_answers(suez_uncut, "year"))  # options of nearby years
    per_sentence: dict[str, list[str]] = {}
    for question in bank.questions:
        if question.type != QuestionType.ORDERING:
            per_sentence.setdefault(question.source.quote, []).append(question.fact_id)
    assert all(len(set(facts)) <= 2 for facts in per_sentence.values())
    assert any(len(set(facts)) == 2 for facts in per_sentence.values())  # a place and a year
    topic = [
        q for q in bank.questions if q.type != QuestionType.ORDERING and q.answer == "Suez Canal"
    ]
    assert topic == []  # the article's own subject is not a quiz answer


def test_nothing_comes_from_the_see_also_or_references_lists(suez_deck: Path) -> None:
    raw = suez_deck.read_text(encoding="utf-8")
    for dropped in ("Kiel Canal", "Corinth Canal", "Maritime History", "archives"):
        assert dropped not in raw


def test_import_says_where_the_deck_is_and_how_to_open_it(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = workdir / "notes.md"
    source.write_text(
        "# Ada Lovelace\n\nAda Lovelace was born in London on 10 December 1815.\n\n"
        "She worked with **Charles Babbage** on the Analytical Engine in 1843.\n"
        "In 1843, Lovelace published notes on the [Analytical Engine](https://x.example).\n",
        encoding="utf-8",
    )
    assert main(["import", str(source), "--deck", "Ada notes"]) == 0
    out = workdir / "decks" / "ada-notes.json"
    captured = capsys.readouterr()
    assert f"factdeck --bank {out}" in captured.out
    steps = [line for line in captured.err.splitlines() if re.match(r"\d+/3 ", line)]
    assert len(steps) > 1 and steps[-1].startswith("3/3 ")  # a log line per step, to the last
    bank = load_bank(out)
    assert bank.sources[0].title == "Ada Lovelace"
    assert all("**" not in q.prompt and "](" not in q.prompt for q in bank.questions)
    assert all(q.source.quote in source.read_text(encoding="utf-8") for q in bank.questions)


def _refused(workdir: Path, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(["import", *args]) == 2
    assert not (workdir / "decks").exists()
    return capsys.readouterr().err


BAD_INPUTS = {
    "missing file": (None, "no such file"),
    "directory": ("dir", "is a directory"),
    "binary": (b"PK\x03\x04\x00\x00binary\x00data", "binary file"),
    "not UTF-8": ("Caf\xe9 au lait was served in Paris in 1900.".encode("latin-1"), "not UTF-8"),
    "empty": (b"  \n\n \t\n", "is empty"),
    "no facts": (b"some words without any names or dates at all.\nand more of them.\n", "no facts"),
}


@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
def test_bad_input_is_refused_with_a_message_and_nothing_written(
    workdir: Path, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    content, expected = BAD_INPUTS[case]
    path = workdir / "input.txt"
    if content == "dir":
        path.mkdir()
    elif isinstance(content, bytes):
        path.write_bytes(content)
    err = _refused(workdir, capsys, str(path), "--deck", "Deck")
    assert expected in err
    assert "Traceback" not in err


def test_facts_that_give_no_question_are_told_apart_from_no_facts(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = workdir / "input.txt"
    path.write_text(
        "The others agreed with the plan in 1990, and so did the rest.\n\n"
        "The second one was larger than the first, about 40 metres longer.\n",
        encoding="utf-8",
    )
    err = _refused(workdir, capsys, str(path), "--deck", "Deck")
    assert "found 2 facts in 2 sentences, but none could be asked as a question" in err
    assert "no facts" not in err
    assert "nothing written" in err


@pytest.mark.parametrize("name", ["", "   ", "../escape", "a/b", "a\\b", ".hidden", "!!!", "x\ny"])
def test_unsafe_or_empty_deck_names_are_refused(
    workdir: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    err = _refused(workdir, capsys, str(ARTICLE), "--deck", name)
    assert "deck name" in err


def test_question_and_answer_pairs_go_to_the_tabular_importer(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pairs = workdir / "pairs.csv"
    pairs.write_text("Capital of France,Paris\nCapital of Peru,Lima\n", encoding="utf-8")
    out = workdir / "pairs.json"
    assert main(["import", str(pairs), "--deck", "Capitals", "--out", str(out)]) == 0
    assert check_bank(out) == []
    assert {q.answer for q in load_bank(out).questions} >= {"Paris", "Lima"}
    empty = workdir / "empty.tsv"
    empty.write_text("", encoding="utf-8")
    assert main(["import", str(empty), "--deck", "Capitals", "--out", str(workdir / "e.json")]) == 2
    assert not (workdir / "e.json").exists()
    assert "empty" in capsys.readouterr().err


def test_the_written_deck_is_exactly_the_generated_json(suez_deck: Path, workdir: Path) -> None:
    again = workdir / "again.json"
    assert main(["import", str(ARTICLE), "--deck", "Suez Canal", "--out", str(again)]) == 0
    assert again.read_bytes() == suez_deck.read_bytes()
    assert json.loads(again.read_text(encoding="utf-8"))["schema_version"] == 1
    assert [p.name for p in workdir.iterdir()] == ["again.json"]  # no temporary file left
    assert again.stat().st_mode & 0o777 == 0o644  # readable like any export, not private


def test_the_deck_does_not_depend_on_the_hash_seed(suez_deck: Path, tmp_path: Path) -> None:
    """Another process with a fixed string-hash seed writes the same bytes (no set order leaks)."""
    out = tmp_path / "seeded.json"
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    command = [sys.executable, "-m", "factdeck", "import", str(ARTICLE), "--deck", "Suez Canal"]
    subprocess.run([*command, "--out", str(out)], env=env, check=True, capture_output=True)
    assert out.read_bytes() == suez_deck.read_bytes()


def test_an_existing_file_is_replaced_only_when_it_is_the_same_deck_or_forced(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pairs = workdir / "pairs.csv"
    pairs.write_text("Capital of France,Paris\nCapital of Peru,Lima\n", encoding="utf-8")
    out = workdir / "deck.json"
    assert main(["import", str(pairs), "--deck", "Capitals", "--out", str(out)]) == 0
    pairs.write_text("Capital of Chile,Santiago\nCapital of Peru,Lima\n", encoding="utf-8")
    assert main(["import", str(pairs), "--deck", "Capitals", "--out", str(out)]) == 0  # updated
    assert "Santiago" in out.read_text(encoding="utf-8")
    capsys.readouterr()

    written = out.read_bytes()
    assert main(["import", str(pairs), "--deck", "Cities", "--out", str(out)]) == 2
    assert "holds the deck 'Capitals'" in capsys.readouterr().err
    notes = workdir / "notes.txt"
    notes.write_text("My own notes, not a deck.", encoding="utf-8")
    assert main(["import", str(pairs), "--deck", "Cities", "--out", str(notes)]) == 2
    assert "is not a FactDeck deck; nothing was written" in capsys.readouterr().err
    assert out.read_bytes() == written
    assert notes.read_text(encoding="utf-8") == "My own notes, not a deck."

    assert main(["import", str(pairs), "--deck", "Cities", "--out", str(out), "--force"]) == 0
    assert load_bank(out).deck == "Cities"
    capsys.readouterr()
    assert main(["import", str(pairs), "--deck", "Cities", "--out", str(workdir)]) == 2
    assert f"Give a file name, e.g. --out {workdir / 'deck.json'}" in capsys.readouterr().err
