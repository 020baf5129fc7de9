"""The whole pipeline: documents → cleaned text → sentences → facts → questions → bank.

``build_bank`` makes the shipped bank from a sources folder and the curated file;
``build_deck`` makes a deck from one user document with automatic extraction only. Both are
pure functions of their inputs (no clock, no unordered iteration, no RNG state), so the same
inputs give a byte-identical bank.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from factdeck.bank import Bank, Fact, Question, QuestionType, SourceDocument
from factdeck.generate import concepts, phrasing
from factdeck.generate.clean import CleanedDocument, Drop, clean_document
from factdeck.generate.confidence import DocumentView, acceptance, confident
from factdeck.generate.curated import (
    Curated,
    CuratedError,
    CuratedFact,
    check_curated,
    curated_fact,
    curated_questions,
)
from factdeck.generate.distractors import DistractorPool
from factdeck.generate.evidence import DocumentEvidence
from factdeck.generate.expansions import with_abbreviations_spelled_out
from factdeck.generate.extract import Candidate, candidate_fact, extract
from factdeck.generate.facts import FactRecord
from factdeck.generate.gates import (
    Restatements,
    guessable_key,
    paragraph_scope_lost,
    place_scope_lost,
    setting_places,
)
from factdeck.generate.keys import with_answerable_key
from factdeck.generate.questions import (
    MAX_TRUE_FALSE_SHARE,
    asked_both_ways,
    asked_once,
    asks_the_subject_s_country,
    cut_from_a_name,
    fact_questions,
    names_by_group,
    ordering_questions,
    public_fact,
    with_aliases,
    with_document_forms,
    with_epithet,
    with_office_alone,
    with_one_answer,
    with_usual_spelling,
    without_uncounted_plurals,
)
from factdeck.generate.sentences import Sentence, not_to_ask, split_sentences
from factdeck.generate.text import DocumentNames, normalize, number_value, slugify

SOURCE_SUFFIXES = (".txt", ".md", ".markdown", ".text")
MARKDOWN_SUFFIXES = (".md", ".markdown")
DEFAULT_DECK = "FactDeck"

Progress = Callable[[int, int, str], None]
"""Called with (done, total, what) as work advances."""


def _no_progress(done: int, total: int, what: str) -> None:
    """Progress callback that reports nothing."""


@dataclass
class DocumentReport:
    """What the pipeline did with one document (for ``--explain``)."""

    document: SourceDocument
    drops: tuple[Drop, ...]
    sentences: int
    candidates: list[tuple[Candidate, str]] = field(default_factory=list)
    """Each automatic candidate with what happened to it: kept, rejected, replaced..."""
    found: int = 0
    """How many facts extraction found before judging them (``Extraction.found``): a
    document may hold many and still give no question."""
    found_sentences: int = 0
    """How many sentences those facts are in."""


@dataclass
class GenerateResult:
    bank: Bank
    documents: list[DocumentReport]
    warnings: list[str] = field(default_factory=list)


@dataclass
class _Processed:
    document: SourceDocument
    cleaned: CleanedDocument
    sentences: list[Sentence]
    candidates: list[Candidate]
    pool: list[tuple[str, str]]
    roles: dict[str, str]
    found: tuple[int, int] = (0, 0)
    """The facts extraction found before judging them, and the sentences they are in."""


def _process(
    document: SourceDocument, cleaned: CleanedDocument, *, markdown: bool, selective: bool = False
) -> _Processed:
    sentences = split_sentences(
        document.id, cleaned.text, markdown=markdown, headings=cleaned.headings
    )
    found = extract(sentences, cleaned.title or document.title, selective=selective)
    set_aside = not_to_ask(sentences)  # made-up examples, sentences garbled by a PDF's pages
    candidates = [c for c in found.candidates if c.sentence.index not in set_aside]
    return _Processed(
        document,
        cleaned,
        sentences,
        candidates,
        found.pool,
        found.roles,
        (found.found, found.found_sentences),
    )


def _forget_sentence_readings() -> None:
    """Empty the caches that reading the documents' sentences filled (simplified sentences,
    clauses, the word tests of finding terms, normalized forms): questions are built from the
    facts, which hold what they need of their sentences, and a long document's readings (some
    40 MB for 1 MB of text) would only hold memory meanwhile."""
    phrasing.forget_sentence_readings()
    concepts.forget_word_readings()
    normalize.cache_clear()


def _paragraph_scope_dropped(fact: FactRecord, evidence: DocumentEvidence) -> bool:
    """Whether a question read from the document asks a first, only or superlative claim
    true only in the place its paragraph opens on, or a count made in the place the sentence
    before names, without naming it."""
    if fact.origin != "auto":
        return False
    opening = evidence.paragraph_opening(fact.document, fact.quote)
    if opening is not None and paragraph_scope_lost(fact.prompt, fact.quote, opening, fact.answer):
        return True
    around = evidence.paragraph_before(fact.document, fact.quote)
    return around is not None and place_scope_lost(fact.prompt, fact.quote, around[1], around[0])


def _assemble(
    deck: str,
    processed: Sequence[_Processed],
    facts: Sequence[FactRecord],
) -> Bank:
    _forget_sentence_readings()
    entries = [(kind, value, item.document.id) for item in processed for kind, value in item.pool]
    roles = {key: role for item in processed for key, role in item.roles.items()}
    titles = {item.document.id: item.document.title for item in processed}
    evidence = DocumentEvidence(
        {item.document.id: [sentence.text for sentence in item.sentences] for item in processed},
        {
            item.document.id: [sentence.paragraph for sentence in item.sentences]
            for item in processed
        },
        titles,
    )
    facts = _answerable_facts(processed, facts, entries, evidence, titles)
    pool = DistractorPool(entries, facts, roles, evidence)
    public: list[Fact] = []
    questions: list[Question] = []
    asked: set[tuple[str, str]] = set()
    true_false_asked = 0
    forms: list[tuple[FactRecord, list[Question]]] = []
    for fact in facts:
        if fact.origin == "curated":
            asked_as = curated_questions(fact, pool)
        else:
            room = (true_false_asked + 1) * MAX_TRUE_FALSE_SHARE <= len(facts)
            asked_as = fact_questions(fact, pool, true_false=room)
            true_false_asked += sum(q.type is QuestionType.TRUE_FALSE for q in asked_as)
        forms.append((fact, asked_as))
    views = {
        item.document.id: DocumentView.of(item.cleaned.text, item.document.title)
        for item in processed
    }
    once = _better_of_one_fact(asked_once(forms, titles), views, titles)
    retold = {fact.id for fact, _ in forms} - {fact.id for fact, _ in once}
    kept = _confident(once, views)
    for fact, asked_as in kept:
        made = []
        for question in asked_as:
            key = (question.type.value, normalize(question.prompt))
            if key not in asked:  # one sentence with several answers: one true statement
                asked.add(key)
                made.append(question)
        if made:
            public.append(public_fact(fact))
            questions.extend(made)
    # a fact left out for a sibling's question is not put in order either: their prompts meet
    asked_facts = {fact.id for fact in public} | retold
    order_facts, order_questions = ordering_questions(facts, asked_facts)
    return Bank(
        deck=deck,
        sources=[item.document for item in processed],
        facts=[*public, *order_facts],
        questions=[*questions, *order_questions],
    )


def _answerable_facts(
    processed: Sequence[_Processed],
    facts: Sequence[FactRecord],
    entries: Sequence[tuple[str, str, str]],
    evidence: DocumentEvidence,
    titles: Mapping[str, str],
) -> list[FactRecord]:
    """The facts as their questions are to ask them (forms, spellings, aliases and one
    answer the documents bear out), less those the documents give away or answer twice.
    ``entries``: the names each document gives, by kind. The indexes of the documents'
    sentences read here are let go on return, before the questions are made."""
    facts = with_abbreviations_spelled_out(facts, evidence)
    listed: dict[str, list[tuple[str, str]]] = {}
    for kind, value, document in entries:
        listed.setdefault(document, []).append((kind, value))
    names = {document: DocumentNames(found) for document, found in listed.items()}
    facts = [f for f in facts if not cut_from_a_name(f)]
    facts = [with_document_forms(f, evidence, names.get(f.document, ())) for f in facts]
    facts = [with_usual_spelling(f, evidence, names.get(f.document, ())) for f in facts]
    facts = [with_epithet(f, evidence) for f in facts]
    facts = [without_uncounted_plurals(f, evidence) for f in facts]
    restatements = {
        item.document.id: Restatements([sentence.text for sentence in item.sentences])
        for item in processed
    }
    facts = [with_aliases(f, restatements[f.document]) for f in facts]
    facts = [with_office_alone(f, titles[f.document]) for f in facts]
    countries = {
        document: [value for kind, value in pairs if kind == "country"]
        for document, pairs in names.items()
    }
    facts = [
        f
        for f in facts
        if not asks_the_subject_s_country(
            f, evidence, titles[f.document], countries.get(f.document, [])
        )
    ]
    facts = [f for f in facts if not _paragraph_scope_dropped(f, evidence)]
    settings = {
        document: setting_places(
            [(kind, value) for kind, value in pairs if kind in ("place", "country", "event")],
            partial(evidence.mentions, document),
            titles[document],
            evidence.home_country(document),
        )
        for document, pairs in names.items()
    }
    facts = [
        f
        for f in facts
        if not guessable_key(
            f,
            titles[f.document],
            settings.get(f.document, set()),
            partial(evidence.mentions, f.document),
        )
    ]
    groups = {document: names_by_group(pairs) for document, pairs in names.items()}
    facts = [
        with_one_answer(f, restatements[f.document], groups.get(f.document, {})) for f in facts
    ]
    answerable = (with_answerable_key(f) for f in facts)
    facts = [f for f in answerable if f is not None]
    return facts


def _better_of_one_fact(
    forms: Sequence[tuple[FactRecord, list[Question]]],
    views: Mapping[str, DocumentView],
    titles: Mapping[str, str],
) -> list[tuple[FactRecord, list[Question]]]:
    """The facts and their questions, less the lower-rated (``confidence.acceptance``) of
    each two that ask one fact the two ways round (``asked_both_ways``: "Which guild was
    founded at Tarn Quay in 1604?" beside "In what year was the Orm Guild founded?"): a
    learner reads each one's answer in the other. Run before the confidence cut, so that
    the cut's share is taken of questions that each ask their own fact. ``views``: each
    document as the rating reads it."""
    pairs = asked_both_ways(forms, titles)
    if not pairs:
        return list(forms)

    def rating(position: int) -> tuple[float, int]:
        fact, asked_as = forms[position]
        return acceptance(asked_as[0], views[fact.document], fact.kind), -position

    left_out: set[int] = set()
    for one, other in sorted(pairs, key=lambda pair: max(map(rating, pair)), reverse=True):
        if one not in left_out and other not in left_out:
            left_out.add(min((one, other), key=rating))
    return [pair for position, pair in enumerate(forms) if position not in left_out]


def _confident(
    forms: Sequence[tuple[FactRecord, list[Question]]], views: Mapping[str, DocumentView]
) -> list[tuple[FactRecord, list[Question]]]:
    """The facts read from a document whose questions a teacher likely accepts
    (``confidence.confident``, per document, as ``views`` reads it); a curated fact is always
    kept. A fact left out is not counted as asked: its event may still be put in order."""
    read: dict[str, list[tuple[Question, str]]] = {}
    for fact, asked_as in forms:
        if fact.origin == "auto":
            read.setdefault(fact.document, []).extend((q, fact.kind) for q in asked_as)
    keep: set[str] = set()
    for document, rated in read.items():
        keep |= confident(rated, views[document])
    return [
        (fact, asked_as)
        for fact, asked_as in forms
        if fact.origin != "auto" or not asked_as or any(q.id in keep for q in asked_as)
    ]


def _auto_facts(
    item: _Processed, keep: Callable[[Candidate], str]
) -> tuple[list[FactRecord], DocumentReport]:
    found, found_sentences = item.found
    report = DocumentReport(
        item.document, item.cleaned.drops, len(item.sentences), [], found, found_sentences
    )
    facts: list[FactRecord] = []
    for candidate in item.candidates:
        status = keep(candidate)
        report.candidates.append((candidate, status))
        if status == "kept":
            facts.append(candidate_fact(candidate, item.document.title))
    return facts, report


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """The cyclic garbage collector kept off meanwhile, then set back as it was. Building a
    deck holds millions of objects (a long document's sentences, readings and word tables)
    and makes few reference cycles: each of the collector's full passes over them cost a
    1 MB document about a tenth of a second, some fifteen times, and found nearly nothing
    (the peak memory is the same without them). Anything left in a cycle is collected at
    the collector's next pass once it is back on."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def build_deck(
    text: str,
    *,
    deck: str,
    file_name: str,
    markdown: bool,
    progress: Progress = _no_progress,
) -> GenerateResult:
    """A deck from one document, automatic extraction only."""
    with _no_cycle_collection():
        return _build_deck(
            text, deck=deck, file_name=file_name, markdown=markdown, progress=progress
        )


def _build_deck(
    text: str, *, deck: str, file_name: str, markdown: bool, progress: Progress
) -> GenerateResult:
    progress(0, 3, "cleaning")
    cleaned = clean_document(text, markdown=markdown)
    document = SourceDocument(
        id=slugify(deck) or "document",
        title=cleaned.title or deck,
        kind="markdown" if markdown else "text",
        file=file_name,
    )
    progress(1, 3, "extracting facts")
    item = _process(document, cleaned, markdown=markdown, selective=True)
    facts, report = _auto_facts(item, lambda candidate: "kept")
    progress(2, 3, "building questions")
    bank = _assemble(deck, [item], facts)
    progress(3, 3, "done")
    return GenerateResult(bank, [report])


def source_files(sources: Path) -> list[Path]:
    """The documents of a sources folder, by file name."""
    return sorted(
        (p for p in sources.iterdir() if p.is_file() and p.suffix.lower() in SOURCE_SUFFIXES),
        key=lambda p: p.name,
    )


def build_bank(
    sources: Path,
    curated: Curated | None,
    *,
    progress: Progress = _no_progress,
) -> GenerateResult:
    """The bank from a sources folder and the curated file (None: automatic extraction only).

    Raises CuratedError when the curated file does not fit the documents.
    """
    files = source_files(sources)
    data = curated.data if curated is not None else None
    metadata = {doc.file: doc for doc in data.documents} if data else {}
    listed = [doc.file for doc in data.documents] if data else []
    ordered = [sources / name for name in listed if (sources / name).is_file()]
    ordered += [path for path in files if path.name not in metadata]
    processed: list[_Processed] = []
    total = len(ordered)
    progress(0, total, "documents")
    for done, path in enumerate(ordered, start=1):
        meta = metadata.get(path.name)
        markdown = path.suffix.lower() in MARKDOWN_SUFFIXES
        cleaned = clean_document(path.read_text(encoding="utf-8"), markdown=markdown)
        if meta is not None:
            document = SourceDocument(
                id=meta.id, title=meta.title, kind=meta.kind, date=meta.date, file=meta.file
            )
        else:
            document = SourceDocument(
                id=slugify(path.stem) or "document",
                title=cleaned.title or path.stem,
                kind="document",
                file=path.name,
            )
        processed.append(_process(document, cleaned, markdown=markdown))
        progress(done, total, "documents")
    warnings: list[str] = []
    if curated is None or data is None:
        facts: list[FactRecord] = []
        reports: list[DocumentReport] = []
        for item in processed:
            auto, report = _auto_facts(item, lambda candidate: "kept")
            facts.extend(auto)
            reports.append(report)
        return GenerateResult(_assemble(DEFAULT_DECK, processed, facts), reports, warnings)

    cleaned_texts = {item.document.id: item.cleaned.text for item in processed}
    problems = check_curated(curated, cleaned_texts, {p.name for p in files})
    if problems:
        raise CuratedError(problems)
    curated_documents = {fact.document for fact in data.facts}
    rejected = {entry.id: entry.reason for entry in data.rejected}
    replaced = {fact.replaces: fact.id for fact in data.facts if fact.replaces}
    accepted = set(data.accept)
    known_candidates = {c.id for item in processed for c in item.candidates}

    def keep_for(document_id: str) -> Callable[[Candidate], str]:
        def keep(candidate: Candidate) -> str:
            if candidate.id in rejected:
                return f"rejected: {rejected[candidate.id]}"
            if candidate.id in replaced:
                return f"replaced by {replaced[candidate.id]}"
            if document_id in curated_documents and candidate.id not in accepted:
                return "not curated" + _coverage(candidate, document_id)
            return "kept"

        return keep

    def _coverage(candidate: Candidate, document_id: str) -> str:
        """Which curated facts ask about the same answer from the same sentence, if any."""
        quote = candidate.sentence.quote

        def evidence(entry: CuratedFact) -> list[str]:
            places = [(entry.document, entry.quote)]
            places += [(also.document, also.quote) for also in entry.also]
            return [text for document, text in places if document == document_id]

        same_sentence = [
            entry
            for entry in data.facts
            if any(text in quote or quote in text for text in evidence(entry))
        ]
        answer = normalize(candidate.span.text)
        value = number_value(candidate.span.text)
        covering = [
            entry.id
            for entry in same_sentence
            if answer in normalize(f"{entry.answer} {entry.prompt}")
            or (value is not None and value in (entry.number, number_value(entry.answer)))
        ]
        if covering:
            return f" (covered by {', '.join(covering)})"
        if same_sentence:
            return f" (sentence used by {', '.join(entry.id for entry in same_sentence)})"
        return ""

    facts = []
    reports = []
    for item in processed:
        facts.extend(
            curated_fact(entry) for entry in data.facts if entry.document == item.document.id
        )
        auto, report = _auto_facts(item, keep_for(item.document.id))
        facts.extend(auto)
        reports.append(report)
    seen: set[str] = set()
    for fact in facts:
        if fact.id in seen:
            raise CuratedError([f"{curated.path}: fact id {fact.id!r} is used twice"])
        seen.add(fact.id)
    for section, ids in (
        ("rejected", [entry.id for entry in data.rejected]),
        ("accept", list(data.accept)),
    ):
        for index, candidate_id in enumerate(ids):
            if candidate_id not in known_candidates:
                warnings.append(
                    f"{curated.where(section, index)}: {section}: {candidate_id!r} matches no "
                    "automatic candidate (the document or the extractor changed)"
                )
    for index, entry in enumerate(data.facts):
        if entry.replaces and entry.replaces not in known_candidates:
            warnings.append(
                f"{curated.where('facts', index, 'replaces')}: fact {entry.id!r}: replaces "
                f"{entry.replaces!r}, which matches no automatic candidate"
            )
    return GenerateResult(_assemble(data.deck or DEFAULT_DECK, processed, facts), reports, warnings)
