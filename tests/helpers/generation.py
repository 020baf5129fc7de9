"""Builders for the tests of imported decks' options and answers: a fact as the extractor
makes it, the document evidence of a small text, and a pool of options from its names."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from factdeck.bank import (
    MultipleChoiceQuestion,
    NumberQuestion,
    Question,
    QuestionType,
    SourceRef,
    TypedQuestion,
)
from factdeck.generate import gates, phrasing
from factdeck.generate.clean import clean_document
from factdeck.generate.distractors import DistractorPool
from factdeck.generate.evidence import DocumentEvidence
from factdeck.generate.extract import (
    Candidate,
    _collect,
    _name_spans,
    candidate_fact,
    extract,
    prepare_sentences,
)
from factdeck.generate.facts import FactRecord
from factdeck.generate.pipeline import build_deck
from factdeck.generate.questions import (
    fact_questions,
    with_document_forms,
    with_epithet,
    with_usual_spelling,
)
from factdeck.generate.sentences import Sentence, split_sentences
from factdeck.normalise import answer_key


def auto_fact(kind: str, answer: str, statement: str, prompt: str, **more: object) -> FactRecord:
    """An imported fact of the document "doc" (id ``fact-<answer>``), with ``more`` fields."""
    fact = FactRecord(
        id=f"fact-{answer}",
        document="doc",
        quote=statement,
        statement=statement,
        kind=kind,
        answer=answer,
        prompt=prompt,
        origin="auto",
    )
    return replace(fact, **more)  # type: ignore[arg-type]


def asked_fact(
    name: str,
    answer: str,
    quote: str,
    prompt: str,
    *,
    document: str,
    kind: str,
    options: Sequence[str] = (),
    accepted: Sequence[str] = (),
) -> tuple[FactRecord, list[Question]]:
    """An imported fact (id ``name``) asked in one form, as ``_assemble`` pairs them: with
    ``options`` (the key among them) if given, else as a number if the key is a figure, else
    typed with ``accepted``."""
    fact = FactRecord(
        id=name,
        document=document,
        quote=quote,
        statement=quote,
        kind=kind,
        answer=answer,
        prompt=prompt,
        accepted=tuple(accepted),
        origin="auto",
    )
    common = {
        "fact_id": name,
        "prompt": prompt,
        "explanation": quote,
        "source": SourceRef(document=document, quote=quote),
    }
    question: Question
    if options:
        question = MultipleChoiceQuestion(
            id=f"{name}.mc", options=list(options), answer=answer, **common
        )
    elif answer.isdigit():
        question = NumberQuestion(id=f"{name}.number", answer=int(answer), **common)
    else:
        question = TypedQuestion(
            id=f"{name}.typed", answer=answer, accepted=list(accepted), **common
        )
    return fact, [question]


def flagged_sentences(text: str, rule: Callable[[Sequence[Sentence]], frozenset[int]]) -> list[str]:
    """The sentences of the document "doc" with ``text`` that ``rule`` sets apart, in order."""
    sentences = split_sentences("doc", text)
    found = rule(sentences)
    return [s.text for s in sentences if s.index in found]


def document_evidence(text: str) -> DocumentEvidence:
    """What the document "doc" with ``text`` says, sentence by sentence."""
    sentences = split_sentences("doc", text)
    return DocumentEvidence(
        {"doc": [s.text for s in sentences]}, {"doc": [s.paragraph for s in sentences]}
    )


def option_pool(text: str, kind: str, names: list[str], fact: FactRecord) -> DistractorPool:
    """Options for ``fact`` from ``names`` of one ``kind``, checked against ``text``."""
    entries = [(kind, name, "doc") for name in names]
    return DistractorPool(entries, [fact], None, document_evidence(text))


def question_types(fact: FactRecord, pool: DistractorPool) -> list[QuestionType]:
    """The forms ``fact`` is asked in."""
    return [question.type for question in fact_questions(fact, pool)]


def document_facts(text: str, title: str) -> dict[str, list[FactRecord]]:
    """A text's candidates by key, each with every form its document gives the key."""
    cleaned = clean_document(f"{title}\n\n{text}")
    sentences = split_sentences("doc", cleaned.text)
    found = extract(sentences, title, selective=False)
    evidence = DocumentEvidence({"doc": [sentence.text for sentence in sentences]})
    names = list(dict.fromkeys(found.pool))
    facts: dict[str, list[FactRecord]] = {}
    for candidate in found.candidates:
        fact = with_document_forms(candidate_fact(candidate, title), evidence, names)
        fact = with_epithet(with_usual_spelling(fact, evidence, names), evidence)
        facts.setdefault(fact.answer, []).append(fact)
    return facts


def accepts(fact: FactRecord, typed: str) -> bool:
    """Whether the grader takes ``typed`` for the fact's key (a leading article aside)."""
    return answer_key(typed) in {answer_key(form) for form in (fact.answer, *fact.accepted)}


def selected_candidates(title: str, text: str) -> list[Candidate]:
    """The candidates the selective extractor keeps from a text under a title."""
    cleaned = clean_document(f"{title}\n\n{text}")
    return extract(split_sentences("doc", cleaned.text), title, selective=True).candidates


def questions_by_key(text: str, title: str = "Notes") -> dict[str, list[str]]:
    """Each key the full (not selective) extractor finds in the text, with its questions."""
    cleaned = clean_document(f"{title}\n\n{text}")
    found = extract(split_sentences("doc", cleaned.text), title, selective=False)
    asked: dict[str, list[str]] = {}
    for candidate in found.candidates:
        if candidate.question is not None:
            asked.setdefault(candidate.span.text, []).append(candidate.question)
    return asked


def name_kinds(text: str) -> dict[str, str]:
    """Every name of the text and the first kind the extractor gives it."""
    sentences = split_sentences("doc", clean_document(text).text)
    parsed, doc = _collect(prepare_sentences(sentences, "Notes", split=True))
    kinds: dict[str, str] = {}
    for item in parsed:
        for span in _name_spans(item, doc):
            kinds.setdefault(span.text, span.kind)
    return kinds


def deck_prompts(text: str) -> list[str]:
    """The prompts of the deck a plain text imports to, in order."""
    bank = build_deck(text, deck="notes", file_name="notes.txt", markdown=False).bank
    return [question.prompt for question in bank.questions]


def extracted_questions(text: str, title: str) -> list[str]:
    """The questions the selective extractor keeps from a text read as it is, in order."""
    found = extract(split_sentences("doc", text), title, selective=True)
    return [c.question or "" for c in found.candidates]


def grammatical_question(text: str, answer: str, kind: str) -> str | None:
    """The question ``ask`` makes for ``answer`` in ``text``, or None when none passes the
    grammar gate."""
    start = text.index(answer)
    asked = phrasing.ask(text, start, start + len(answer), kind)
    if asked is None or not gates.grammatical(*asked):
        return None
    return asked[0]
