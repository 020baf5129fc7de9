"""The pipeline's own record of a fact: everything the question templates need.

Both the automatic extractor and the curated file produce ``FactRecord`` values; the bank only
keeps the public part (``factdeck.bank.Fact``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from factdeck.generate.text import normalize

FACT_KINDS = (
    "year",
    "date",
    "period",
    "number",
    "person",
    "place",
    "country",
    "organisation",
    "event",
    "term",
    "other",
)

ANSWER_PLACEHOLDER = "{answer}"


def pairing_key(template: str) -> str:
    """A comparison key of a statement with a blank where its answer goes."""
    return normalize(template.replace(ANSWER_PLACEHOLDER, " zzblankzz "))


@dataclass(frozen=True)
class FactRecord:
    id: str
    document: str
    quote: str
    """Verbatim from the cleaned source text."""
    statement: str
    """The fact in one sentence: the explanation after every question about it."""
    kind: str
    answer: str
    prompt: str
    """The question asked for a multiple-choice or typed answer."""
    accepted: tuple[str, ...] = ()
    statement_template: str | None = None
    """The statement with ``{answer}`` where the answer goes (for true/false)."""
    sort_key: str | None = None
    """Chronological key for ordering questions: ``"1960"`` or ``"1960-08-29"``."""
    event: str | None = None
    """Short label of the event for ordering questions."""
    number: int | None = None
    """The integer answer of a number question."""
    number_prompt: str | None = None
    distractors: tuple[str, ...] = ()
    not_distractors: tuple[str, ...] = ()
    unique: bool = False
    attributed: bool = False
    approximate: bool = False
    topics: tuple[str, ...] = ()
    difficulty: int = 2
    false_statement: str | None = None
    """A plausible misconception about the fact, asked as a false true/false statement."""
    note: str | None = None
    """Where the documents and the wider record disagree: said after the answers of
    ``note_forms``."""
    note_forms: tuple[str, ...] | None = None
    """The question forms ("mc", "tf", "typed", "number") that carry the note; None: every form."""
    typed: bool = True
    """Whether a learner could be asked to type the answer (a curator can say no)."""
    multiple_choice: bool = True
    """Whether to ask it with options (a curator can say no: no wrong answer is good enough)."""
    true_false: bool = True
    """Whether to ask it as a true/false statement (no: another fact's statement says the same)."""
    origin: str = "curated"
    """``curated`` (from facts.yaml) or ``auto`` (from the extractor)."""
    yes_no: bool = False
    """True/false items are asked as yes/no questions ("Was the canal opened in 1869?"); a
    statement that cannot be turned into one is not asked as true/false."""
    pairing_keys: tuple[str, ...] = field(default=())
    """Keys of the statement this fact fills in; another fact with a key in common and a
    different answer makes that answer also true, so it is never a distractor here."""

    @property
    def year(self) -> int | None:
        if self.sort_key and self.sort_key[:4].isdigit():
            return int(self.sort_key[:4])
        return None

    def fill(self, value: str) -> str | None:
        """The statement template with ``value`` in place of the answer."""
        if self.statement_template is None:
            return None
        return self.statement_template.replace(ANSWER_PLACEHOLDER, value, 1)
