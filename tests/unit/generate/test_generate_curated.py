"""The curated file: validated with line numbers, and the authority over automatic candidates."""

from pathlib import Path

import pytest
import yaml

from factdeck.cli import main
from factdeck.generate.curated import CuratedError, load_curated
from factdeck.generate.pipeline import build_bank
from factdeck.paths import DEFAULT_SOURCES

FIXTURES = Path(__file__).parents[2] / "fixtures" / "generate"
SAMPLE = FIXTURES / "sample_facts.yaml"


def _write(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "facts.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def _sample() -> dict:  # type: ignore[type-arg]
    return yaml.safe_load(SAMPLE.read_text(encoding="utf-8"))


def test_the_sample_builds_a_bank_of_curated_facts_only() -> None:
    result = build_bank(DEFAULT_SOURCES, load_curated(SAMPLE))
    bank = result.bank
    assert result.warnings == []
    assert bank.deck == "Sample deck"
    assert [s.id for s in bank.sources] == ["relations", "news"]
    curated = [f.id for f in bank.facts if not f.id.startswith("order.")]
    assert curated == [
        "relations-established",
        "flood-aid",
        "kim-il-sung-apology",
        "fidel-visit",
        "olympics-boycott",
        "rifles",
        "news-dictator",
    ]
    statuses = [status for report in result.documents for _, status in report.candidates]
    assert statuses and all(status.startswith("not curated") for status in statuses)
    assert "not curated (covered by relations-established)" in statuses
    apology = bank.question("kim-il-sung-apology.mc")
    assert apology is not None and "Kim Jong Un" not in apology.options
    assert bank.question("news-dictator.tf-false") is None  # not unique: no false form
    assert bank.question("rifles.number") is not None and bank.question("rifles.number").answer == (
        100000
    )
    (ordering,) = [q for q in bank.questions if q.type == "ordering"]
    assert ordering.answer == [
        "Cuba and North Korea establish diplomatic relations",
        "North Korea sends flood aid after Hurricane Flora",
        "Fidel Castro visits North Korea",
        "Cuba boycotts the Seoul Olympics",
    ]


def test_documents_without_curated_facts_use_automatic_extraction(tmp_path: Path) -> None:
    data = _sample()
    data["facts"] = [f for f in data["facts"] if f["document"] == "relations"]
    bank = build_bank(DEFAULT_SOURCES, load_curated(_write(tmp_path, data))).bank
    news = [f for f in bank.facts if f.source.document == "news"]
    assert news and all(f.id.startswith("auto-") for f in news)
    assert not any(f.id.startswith("auto-") for f in bank.facts if f.source.document == "relations")


def test_reject_replace_and_accept_automatic_candidates(tmp_path: Path) -> None:
    data = _sample()
    data["facts"] = [f for f in data["facts"] if f["document"] == "relations"]
    auto = build_bank(DEFAULT_SOURCES, load_curated(_write(tmp_path, data)))
    news, relations = auto.documents[1].candidates, auto.documents[0].candidates
    rejected, replaced = news[0][0].id, news[1][0].id
    accepted = relations[0][0].id
    data["rejected"] = [{"id": rejected, "reason": "vague"}]
    data["accept"] = [accepted]
    data["facts"].append(
        {
            "id": "news-rephrased",
            "document": "news",
            "quote": news[1][0].sentence.quote,
            "statement": "A rephrased statement.",
            "kind": "other",
            "answer": "x",
            "prompt": "A rephrased question?",
            "replaces": replaced,
        }
    )
    result = build_bank(DEFAULT_SOURCES, load_curated(_write(tmp_path, data)))
    statuses = {c.id: status for report in result.documents for c, status in report.candidates}
    assert statuses[rejected] == "rejected: vague"
    assert statuses[replaced] == "replaced by news-rephrased"
    assert statuses[accepted] == "kept"
    fact_ids = {f.id for f in result.bank.facts}
    assert accepted in fact_ids and "news-rephrased" in fact_ids
    assert rejected not in fact_ids and replaced not in fact_ids
    assert result.warnings == []


def test_stale_candidate_ids_are_warned_about_with_their_line(tmp_path: Path) -> None:
    data = _sample()
    data["rejected"] = [{"id": "auto-0000000000", "reason": "gone"}]
    path = _write(tmp_path, data)
    result = build_bank(DEFAULT_SOURCES, load_curated(path))
    (warning,) = result.warnings
    assert warning.startswith(f"{path}:") and "auto-0000000000" in warning


def _problems(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "facts.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CuratedError) as error:
        build_bank(DEFAULT_SOURCES, load_curated(path))
    return error.value.problems


def _with_fact_line(old: str, new: str) -> str:
    text = SAMPLE.read_text(encoding="utf-8")
    assert old in text
    return text.replace(old, new, 1)


def _line_of(text: str, fragment: str) -> int:
    return text[: text.index(fragment)].count("\n") + 1


def test_a_bad_field_is_reported_with_its_line(tmp_path: Path) -> None:
    text = _with_fact_line("    kind: person\n", "    kind: animal\n")
    (problem,) = _problems(tmp_path, text)
    line = _line_of(text, "kind: animal")
    assert problem.startswith(
        f"{tmp_path / 'facts.yaml'}:{line}: facts entry 'kim-il-sung-apology'"
    )
    assert "kind" in problem


def test_a_quote_that_is_not_verbatim_is_refused(tmp_path: Path) -> None:
    text = _with_fact_line(
        'quote: "Cuban leader Fidel Castro visited in 1986."',
        'quote: "Cuban leader Fidel Castro visited Pyongyang in 1986."',
    )
    (problem,) = _problems(tmp_path, text)
    assert f":{_line_of(text, 'visited Pyongyang in 1986')}:" in problem
    assert "fact 'fidel-visit': quote: is not verbatim" in problem


def test_a_quote_from_a_photo_caption_is_refused(tmp_path: Path) -> None:
    text = _with_fact_line(
        'quote: "North Korean dictator Kim Jong-un sent a letter"',
        'quote: "Foreign Minister Sergei Lavrov at Kumsusan Palace of the Sun"',
    )
    (problem,) = _problems(tmp_path, text)
    assert "'news-dictator': quote: is not verbatim" in problem


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("document: news\n", "document: nowhere\n", "unknown document 'nowhere'"),
        ("- id: flood-aid\n", "- id: relations-established\n", "duplicate id"),
        ("{answer}, after Hurricane", "the year, after Hurricane", "needs {answer} exactly once"),
        ('year: "1960-08-29"', 'year: "sixties"', "must be a year"),
        ('"Moscow Olympics"', '"Seoul Olympics"', "is the answer"),
        ('"Moscow Olympics", ', "", "give three wrong answers"),
        ('    prompt: "In what year did Fidel', '    promt: "In what year did Fidel', "promt"),
    ],
)
def test_each_curation_mistake_is_named(tmp_path: Path, old: str, new: str, expected: str) -> None:
    problems = _problems(tmp_path, _with_fact_line(old, new))
    assert any(expected in problem for problem in problems), problems
    assert all(problem.startswith(f"{tmp_path / 'facts.yaml'}:") for problem in problems)


def _olympics(tmp_path: Path, **fields: object) -> list[str]:
    data = _sample()
    fact = next(f for f in data["facts"] if f["id"] == "olympics-boycott")
    fact.update(fields)
    bank = build_bank(DEFAULT_SOURCES, load_curated(_write(tmp_path, data))).bank
    return [q.id for q in bank.questions_of_fact("olympics-boycott")]


def test_a_misconception_is_asked_instead_of_the_true_statement(tmp_path: Path) -> None:
    assert _olympics(tmp_path) == [
        "olympics-boycott.mc",
        "olympics-boycott.tf",
        "olympics-boycott.typed",
    ]
    misconception = "Cuba was one of many countries that boycotted the 1988 Seoul Olympics."
    ids = _olympics(tmp_path, false_statement=misconception)
    assert ids == ["olympics-boycott.mc", "olympics-boycott.tf-false", "olympics-boycott.typed"]
    bank = build_bank(DEFAULT_SOURCES, load_curated(tmp_path / "facts.yaml")).bank
    question = bank.question("olympics-boycott.tf-false")
    assert question is not None and question.prompt == misconception and question.answer is False
    assert question.correct_statement == (
        "Cuba boycotted the Seoul Olympics in 1988 in solidarity with North Korea."
    )


def test_no_wrong_answers_means_no_multiple_choice_and_typed_can_be_refused(
    tmp_path: Path,
) -> None:
    ids = _olympics(tmp_path, distractors=[], typed=False)
    assert ids == ["olympics-boycott.tf"]


def test_a_statement_another_fact_already_asks_can_be_left_out(tmp_path: Path) -> None:
    assert _olympics(tmp_path, true_false=False) == [
        "olympics-boycott.mc",
        "olympics-boycott.typed",
    ]
    misconception = "Cuba was one of many countries that boycotted the 1988 Seoul Olympics."
    ids = _olympics(tmp_path, true_false=False, false_statement=misconception)
    assert ids == ["olympics-boycott.mc", "olympics-boycott.typed"]


def test_a_note_follows_the_statement_in_every_explanation(tmp_path: Path) -> None:
    _olympics(tmp_path, note="Other accounts differ.")
    bank = build_bank(DEFAULT_SOURCES, load_curated(tmp_path / "facts.yaml")).bank
    fact = bank.fact("olympics-boycott")
    assert fact is not None and "Note:" not in fact.statement
    for question in bank.questions_of_fact("olympics-boycott"):
        assert question.explanation == f"{fact.statement} Note: Other accounts differ."


def test_a_note_on_a_disputed_day_stays_off_the_forms_that_do_not_ask_it(
    tmp_path: Path,
) -> None:
    note = "Other accounts give 14 February. Either date is accepted."
    _relations(tmp_path, note=note, note_forms=["typed"])
    bank = build_bank(DEFAULT_SOURCES, load_curated(tmp_path / "facts.yaml")).bank
    fact = bank.fact("relations-established")
    assert fact is not None
    forms = {q.id.rsplit(".", 1)[1]: q for q in bank.questions_of_fact("relations-established")}
    assert {"mc", "typed", "number"} <= set(forms)
    assert forms["typed"].explanation == f"{fact.statement} Note: {note}"
    for form in set(forms) - {"typed"}:
        assert forms[form].explanation == fact.statement, form


def test_a_bare_number_can_be_left_unasked_while_its_other_forms_stay(tmp_path: Path) -> None:
    with_number = _relations(tmp_path)
    without = _relations(tmp_path, number_question=False)
    assert "relations-established.number" in with_number
    assert without == [q for q in with_number if q != "relations-established.number"]


def _relations(tmp_path: Path, **fields: object) -> list[str]:
    data = _sample()
    fact = next(f for f in data["facts"] if f["id"] == "relations-established")
    fact.update(fields)
    bank = build_bank(DEFAULT_SOURCES, load_curated(_write(tmp_path, data))).bank
    return [q.id for q in bank.questions_of_fact("relations-established")]


def test_a_yaml_syntax_error_names_line_and_column(tmp_path: Path) -> None:
    problems = _problems(tmp_path, "documents:\n  - id: [unclosed\n")
    assert problems[0].startswith(f"{tmp_path / 'facts.yaml'}:3:")
    assert "YAML syntax error" in problems[0]


def test_generate_refuses_a_bad_curated_file_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    facts = tmp_path / "facts.yaml"
    facts.write_text(_with_fact_line("kind: person", "kind: animal"), encoding="utf-8")
    out = tmp_path / "bank.json"
    assert main(["generate", "--facts", str(facts), "--out", str(out)]) == 2
    assert not out.exists()
    assert "nothing written" in capsys.readouterr().err
    assert main(["generate", "--facts", str(tmp_path / "missing.yaml"), "--out", str(out)]) == 2
    assert not out.exists()
