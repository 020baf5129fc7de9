"""Every reader fed random bytes, control characters, deep nesting and oversized values: each
answers with exit 0 or exit 2 and a message, never a traceback, never a control character on
the terminal, and never loses or overwrites what it was given."""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factdeck.bank import BankError, check_bank, load_bank
from factdeck.cli import main
from factdeck.controls import CONTROL
from factdeck.progress import ProgressError, ProgressStore

SETTINGS = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
CONTROLS = st.sampled_from(
    [
        "\x1b]0;pwned\x07",
        "\x1b]52;c;cHduZWQ=\x07",
        "\x1b[2J",
        "\x1b[6n",
        "\x9b6n",
        "\x07",
        "\r",
        "\x00",
        "\x85",
        "\x7f",
    ]
)
HOSTILE_TEXT = st.lists(st.one_of(st.text(max_size=12), CONTROLS), max_size=8).map("".join)


def _nested(depth: int) -> str:
    return "[" * depth + "]" * depth


RAW_BANKS = st.one_of(
    st.binary(max_size=300),
    HOSTILE_TEXT.map(lambda text: text.encode("utf-8", "surrogatepass")),
    st.integers(1, 3000).map(lambda depth: _nested(depth).encode()),
    st.integers(4000, 6000).map(lambda digits: f'{{"schema_version": {"9" * digits}}}'.encode()),
)


def _question(text: str) -> dict[str, Any]:
    return {
        "id": f"q{text}",
        "fact_id": "f",
        "type": "typed",
        "prompt": f"When {text}?",
        "explanation": f"Because {text}.",
        "source": {"document": "d", "quote": text or "q"},
        "topics": [text],
        "answer": text or "a",
    }


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out + err


def _quiet(output: str) -> None:
    assert "Traceback" not in output
    assert not CONTROL.search(output), repr(output[:300])


@SETTINGS
@given(raw=RAW_BANKS)
def test_random_bank_files_are_refused_cleanly_by_every_bank_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], raw: bytes
) -> None:
    path = tmp_path / "bank.json"
    path.write_bytes(raw)
    for argv in (
        ["bank", "check", str(path)],
        ["bank", "show", str(path)],
        ["export", "--bank", str(path), "--csv", str(tmp_path / "out.csv")],
    ):
        code, output = _run(argv, capsys)
        assert code == 2
        _quiet(output)
    assert path.read_bytes() == raw, "the bank is never changed"
    with pytest.raises(BankError):
        load_bank(path)


@SETTINGS
@given(texts=st.lists(HOSTILE_TEXT, min_size=1, max_size=4, unique=True), deck=HOSTILE_TEXT)
def test_banks_with_control_characters_open_visibly_and_check_reports_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], texts: list[str], deck: str
) -> None:
    path = tmp_path / "bank.json"
    data = {"schema_version": 1, "deck": deck or "D", "questions": [_question(t) for t in texts]}
    path.write_text(json.dumps(data), encoding="utf-8")
    try:
        bank = load_bank(path)
    except BankError:
        return  # invalid for another reason (an empty field): refused, and said so below
    finally:
        for argv in (["bank", "check", str(path)], ["bank", "show", str(path)]):
            code, output = _run(argv, capsys)
            assert code in (0, 2)
            _quiet(output)
    assert not CONTROL.search(bank.model_dump_json())
    has_controls = any(CONTROL.search(text) for text in [*texts, deck])
    assert bool([p for p in check_bank(path) if "control character" in p.message]) == has_controls


@SETTINGS
@given(
    suffix=st.sampled_from([".txt", ".md", ".csv", ".tsv"]),
    body=st.one_of(
        st.binary(max_size=400),
        st.lists(
            st.tuples(HOSTILE_TEXT, st.sampled_from(["\t", ",", '"', "\n", " "]), HOSTILE_TEXT),
            max_size=6,
        ).map(
            lambda rows: "\n".join(a + sep + b for a, sep, b in rows).encode(
                "utf-8", "surrogatepass"
            )
        ),
    ),
)
def test_importing_random_files_never_crashes_nor_echoes_controls(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str, body: bytes
) -> None:
    folder = Path(tempfile.mkdtemp(dir=tmp_path))
    source = folder / f"input{suffix}"
    source.write_bytes(body)
    out = folder / "deck.json"
    code, output = _run(["import", str(source), "--deck", "Fuzz", "--out", str(out)], capsys)
    assert code in (0, 2)
    _quiet(output)
    assert source.read_bytes() == body
    if code == 0:
        assert check_bank(out) == []
        assert not CONTROL.search(out.read_text(encoding="utf-8"))
    else:
        assert not out.exists()


PROFILE_FILES = ["meta.json", "settings.json", "sessions.json", "missed.json"]


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    saves = tmp_path_factory.mktemp("profile") / "saves"
    with ProgressStore.open(saves) as store:
        store.update_settings(theme="dark")
        session = store.start_session("quiz", {"count": 3})
        for n in range(5):
            store.record_answer(f"q{n}", n % 2 == 0, "quiz", 1.0, session_id=session)
        store.finish_session(session, score=3)
    return saves


@SETTINGS
@given(name=st.sampled_from(PROFILE_FILES), raw=RAW_BANKS)
def test_random_bytes_in_a_profile_file_are_kept_aside_and_said(
    template: Path, tmp_path: Path, name: str, raw: bytes
) -> None:
    saves = Path(tempfile.mkdtemp(dir=tmp_path)) / "saves"
    shutil.copytree(template, saves)
    (saves / "default" / name).write_bytes(raw)
    try:
        with ProgressStore.open(saves) as store:
            answers = len(store.answers())
            notes = [str(note) for note in store.recovery]
    except ProgressError as error:
        assert str(error)
        return
    assert answers == 5, "the answer log is untouched"
    kept = list((saves / "default").glob(f"{name}.corrupt-*"))
    if notes:
        assert any(name in note for note in notes)
        assert [path.read_bytes() for path in kept] == [raw], "the damaged file is kept as it was"
    else:
        assert not kept
