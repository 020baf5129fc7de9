"""Key terms: the common-noun phrases a document keeps coming back to ("decision problem",
"polynomial time", "Turing machine"), so that a concept-heavy text gets questions too.

No statistical model: a noun phrase is a run of words that can be adjectives or nouns (by
lemminflect's tables, which ship in its wheel) and ends in a lower-case noun; a key term is such
a phrase of two to four words that the document uses at least twice. Generic modifiers
("other", "important", "many") are no part of a term. A term inside a longer phrase
("a *probabilistic* Turing machine") is not marked there: blanking it would leave half a phrase.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from lemminflect import getInflection, getLemma

from factdeck.generate import lexicon, phrasing
from factdeck.generate.patterns import LazyPattern
from factdeck.generate.text import MONTHS, abbreviations, normalize, word_set

MIN_TERM_WORDS, MAX_TERM_WORDS = 2, 4
MIN_TERM_USES = 2
MIN_QUESTION_WORDS = 9
"""A term asked as the subject of what the sentence says of it needs that many words to single
it out: "What became distinct from the Latin language?" fits many languages."""
_TOKEN = LazyPattern(r"[A-Za-z][\w’'-]*")
_OBJECT_AFTER = LazyPattern(
    r"\s+(?:that|the|a|an|this|these|those|its|their|his|her|it|them|one|two|many|most|some"
    r"|all)\b"
)
"""What follows a verb rather than a plural noun: "the thesis states that", "it takes time"."""
_HEAD_OF_LARGER = LazyPattern(r"\s+of\s|['’]s?\s")
"""A term followed by "of" or a possessive is part of a larger phrase: "the business
districts of the city" names districts the term alone does not."""
_DETERMINER_AFTER = LazyPattern(r"\s+(?:the|a|an|its|their|this|these|those)\b")
"""What follows a verb rather than a noun: "the areas form the"."""
GENERIC_MODIFIERS = word_set(
    """
    other many several same different such certain particular given general specific various
    new main major important known following previous above own whole entire single simple
    further additional similar common usual typical possible real actual good bad best worst
    large small big little high low long short great greater greatest key basic central
    original current present recent early late former latter first second third last next
    respective corresponding appropriate relevant notable famous significant hundred thousand
    million billion trillion square cubic percent
    """
)
"""Adjectives that describe an instance, not name a concept: "an important problem"."""
SET_BESIDE_OTHERS = word_set(
    """
    other same different such certain particular given following previous above own further
    additional similar respective corresponding former latter first second third last next
    current present recent
    """
)
"""Generic modifiers that tell a thing from others the text told of ("a second film", "the
same unit"): a phrase with one leans on them. "A new entry" or "a small pore" stands alone."""
_NOT_IN_TERMS = lexicon.COMMON_START_WORDS | word_set(
    "is are was were be been being has have had do does did can could will would may might must"
    " should shall not of to per than very also only then there whether unless whereas"
)


Runs = tuple[tuple[tuple[int, int, str], ...], ...]
"""Runs of nominal words: (start, end, word) of each word."""


@dataclass(frozen=True)
class KeyTerms:
    """A document's key terms and how often it uses each (keys are ``term_key`` forms)."""

    uses: dict[str, int]
    runs: dict[str, Runs] = field(default_factory=dict, repr=False, compare=False)
    """The noun-phrase runs of each text read to find the terms (read once per sentence)."""

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where the sentence names a key term as a whole noun phrase (start, end)."""
        found: list[tuple[int, int]] = []
        runs = self.runs.get(text)
        for run in _runs(text) if runs is None else runs:
            words = _without_modifiers(run)
            whole = len(words) == len(run) and not _HEAD_OF_LARGER.match(text, run[-1][1])
            if whole and term_key(w for _, _, w in words) in self.uses:
                found.append((words[0][0], words[-1][1]))
        return found

    def count(self, term: str) -> int:
        return self.uses.get(term_key(term.split()), 0)


def term_key(words: Iterable[str]) -> str:
    """The comparison form of a term: lower case, its head noun singular ("decision problems"
    and "decision problem" are one term)."""
    return _term_key(tuple(words))


@lru_cache(maxsize=65536)
def _term_key(words: tuple[str, ...]) -> str:
    parts = [w.casefold() for w in words]
    if not parts:
        return ""
    parts[-1] = _singular(parts[-1])
    return normalize(" ".join(parts))


@lru_cache(maxsize=65536)
def other_number(term: str) -> str | None:
    """The term with its head noun in the other number: "decision problems" ↔ "decision
    problem" (a learner who types either knows the term)."""
    words = term.split()
    if not words or not words[-1].isalpha() or not words[-1].islower():
        return None
    singular = _singular(words[-1])
    if singular != words[-1]:
        return " ".join([*words[:-1], singular])
    plurals = getInflection(singular, tag="NNS")
    if not plurals or plurals[0] == singular:
        return None
    return " ".join([*words[:-1], plurals[0]])


def sort_of(term: str) -> str | None:
    """What sort of thing a term of several words names: its head noun, singular ("space
    hierarchy theorems" → "theorem"); options for a theorem are other theorems."""
    words = term.split()
    if len(words) < 2 or not words[-1].isalpha() or not words[-1].islower():
        return None
    return _singular(words[-1])


def described_sort(question: str) -> str | None:
    """The sort a definition question names: "What is a small pore in a leaf called?" →
    "pore" (the last noun of the phrase after "What is a")."""
    match = re.match(r"(?:What|Who)\s+(?:is|are|was|were)\s+(?:(?:an?|the)\s+)?(.*)$", question)
    if match is None:
        return None
    head = None
    for word in _TOKEN.findall(match.group(1)):
        lower = word.casefold()
        tags = phrasing.word_tags(lower)
        if lower in _NOT_IN_TERMS or not tags & {"NOUN", "ADJ"} or (_plural(word) and head):
            break
        if "NOUN" in tags:
            head = _singular(lower)
    return head


def key_terms(texts: Iterable[str], title: str = "") -> KeyTerms:
    """The noun phrases of two to four words used at least twice, other than the title's own
    words ("complexity theory" in a document on computational complexity theory)."""
    counts: Counter[str] = Counter()
    read: dict[str, Runs] = {}
    for text in texts:
        read[text] = runs = _runs(text)
        for run in runs:
            words = [w for _, _, w in _without_modifiers(run)]
            for size in range(MIN_TERM_WORDS, min(MAX_TERM_WORDS, len(words)) + 1):
                counts[term_key(words[-size:])] += 1
    titled = {w.casefold() for w in _TOKEN.findall(title)}
    titled |= {_singular(w) for w in titled}
    uses = {
        key: count
        for key, count in counts.items()
        if count >= MIN_TERM_USES and not set(key.split()) <= titled
    }
    return KeyTerms(uses, read)


def gives_away(question: str, term: str) -> bool:
    """Whether a question shows every word of its term answer ("What are algorithms that use
    random bits called?" for "randomized algorithms"): a term question may name the kind of
    thing (its head noun), but the learner must supply what sets it apart."""
    shown = [w.casefold() for w in _TOKEN.findall(question)]
    words = [w.casefold() for w in _TOKEN.findall(term) if w.casefold() not in _NOT_IN_TERMS]
    return bool(words) and all(any(same_root(w, s, 4) for s in shown) for w in words)


@lru_cache(maxsize=65536)
def _singular(word: str) -> str:
    lemmas = getLemma(word, upos="NOUN")
    return lemmas[0] if lemmas else word


def same_root(word: str, other: str, min_letters: int) -> bool:
    """Whether one word shows the other: the same word, or a shared opening of at least
    ``min_letters`` letters and three quarters of the shorter word ("random" and
    "randomized", "isomorphism" and "isomorphic"; "chloroplast" and "chlorophyll" share only
    a prefix). A word under ``min_letters`` letters ("P", "NP") shows only itself."""
    if word == other:
        return True
    shorter = min(len(word), len(other))
    if shorter < min_letters:
        return False
    common = next((at for at in range(shorter) if word[at] != other[at]), shorter)
    return common >= min_letters and common >= 0.75 * shorter


_ARTICLE_BEFORE = LazyPattern(r"(?:^|,\s+)(?:[Aa]n?|[Tt]he)\s+$")
_DESCRIBED_BY = LazyPattern(
    r"^(?P<subject>The\s+[^,;]{3,80}?)\s+(?P<verb>is|are|was|were)\s+(?:an?\s+|the\s+)?$"
)


def ask(text: str, start: int, end: int) -> tuple[str, str] | None:
    """A question whose answer is the key term ``text[start:end]``, and how it was formed.

    "A decision problem can be viewed as a formal language" → "What can be viewed as a formal
    language?" (the article goes with the subject); "The most common reduction is a
    polynomial-time reduction" → "What is the most common reduction?" (a definite subject
    describes one thing, the term names it); otherwise the general wh-transformation."""
    before, after = text[:start], text[end:].strip(" .")
    described = _DESCRIBED_BY.match(before)
    if described and not after:
        subject = described.group("subject")
        question = f"What {described.group('verb')} {subject[0].lower()}{subject[1:]}?"
        return question, "fronted"
    article = _ARTICLE_BEFORE.search(before)
    if article is not None:
        opens = article.end() - len(article.group(0).lstrip(" ,"))
        return phrasing.ask(text, opens, end, "term")
    return phrasing.ask(text, start, end, "term")


_ALIAS = LazyPattern(
    r"^(?P<subject>(?:(?:The|A|An)\s+)?[A-Za-z][\w’'-]*(?:\s+[\w’'-]+){0,5}?)"
    r"(?:,\s+|\s+\(\s*)(?:(?:also|otherwise|commonly|more commonly|sometimes|often)\s+"
    r"(?:known\s+(?:simply\s+)?as|called|named|termed|referred\s+to\s+as)"
    r"|known\s+as|referred\s+to\s+as|termed|called(?!\s+(?:for|after|by|on|off|up|upon)\b))"
    r"\s+[\"“]?"
    r"(?P<alias>(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,4}?)[\"”]?\s*(?:,|\)|\.$)"
)


_OR_ALIAS = re.compile(
    r"^(?P<subject>(?:(?:The|A|An)\s+)?[A-Za-z][\w’'-]*(?:\s+[\w’'-]+){0,5}?),\s+or\s+"
    r"(?P<alias>(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,2}?),\s+(?:is|are|was|were)\s+"
    r"(?:an?|the)\s+[a-z]"
)
"""Another name set off by commas and "or" before a verb that defines the subject: "A sand
bar, or shoal, is a ridge ...". Before a verb that tells what befalls it ("Tea, or coffee,
is served at breakfast") the "or" offers a second thing, not a second name."""
_QUALIFIED_NAME = re.compile(r"\s(?:in|on|at|for|by|from|during|among|since|until)\s")


def or_alias(text: str, proper: Collection[str] | None = None) -> phrasing.Definition | None:
    """ "A sand bar, or shoal, is a ridge of sand ..." → "By what other name is a sand bar
    known?" (shoal): the other name as ``alias`` asks it, for a sentence whose definition is
    not asked (a definition says more of the term than its other name). The other name is a
    common noun of its own ("failing him the council" is no name)."""
    found = _OR_ALIAS.match(text)
    if found is None or phrasing.context_words(found["alias"]):
        return None
    if not _plain_term(re.sub(r"^the\s+", "", found["alias"])):
        return None
    return alias(text, proper, _OR_ALIAS.match)


def alias(
    text: str,
    proper: Collection[str] | None = None,
    named_also: Callable[[str], re.Match[str] | None] = _ALIAS.match,
) -> phrasing.Definition | None:
    """ "Public schools, also known as state schools, are run by ..." → "By what other name
    are public schools known?" (state schools): a subject and the other name the sentence
    gives it right after, as ``named_also`` finds it ("also" may be left out: "Field mice
    (known as wood mice) eat seeds"). The claim is the naming alone: "Public schools are
    also known as state schools.". A capitalised opening word that the document
    (``proper``) never writes with a capital inside a sentence is a common noun
    ("Bacteriophages, also known as phages")."""
    match = named_also(text)
    if match is None:
        return None
    subject, other = match.group("subject"), match.group("alias")
    judged = re.match(r"([A-Z][a-z-]+)\s+(?=[A-Z])", subject)
    if (
        judged
        and judged.group(1).casefold() in lexicon.STANDING_WORDS
        and proper is not None
        and judged.group(1) not in proper
        and _name_of_its_own(subject[judged.end() :], proper)
    ):
        subject = subject[judged.end() :]  # "Influential KXRT": the praise is no name
    words = [w.casefold() for w in _TOKEN.findall(subject)]
    if (
        not words
        or words[0] in _NOT_IN_TERMS - {"the", "a", "an"}
        or phrasing.context_words(subject)
    ):
        return None
    if any(w in phrasing.AUXILIARIES or _verb_only(w) for w in words):
        return None  # a clause, not a noun phrase
    if " or " in f" {other} " or other.casefold().split()[0] in _NOT_IN_TERMS - {"the"}:
        return None  # "state or government schools": two names, no single answer
    if _QUALIFIED_NAME.search(other):
        return None  # "called technical colleges in some states": a name only somewhere
    first = _TOKEN.findall(subject)[0]
    common = words[0] in ("the", "a", "an") or (
        not first.isupper()
        and bool(phrasing.word_tags(words[0]) or (proper is not None and first not in proper))
        and not _proper_name(subject)
    )
    head = _alias_head(words)
    plural = " and " in f" {subject} " or _singular(head) != head
    verb = "are" if plural and common else "is"
    named = subject[0].lower() + subject[1:] if common else subject
    claim = f"{subject} {verb} also known as {other}."
    bare = re.sub(r"^the\s+", "", other)
    start = len(claim) - 1 - len(bare)
    other = bare
    question = f"By what other name {verb} {named} known?"
    return phrasing.Definition(start, start + len(other), question, claim)


def _name_of_its_own(rest: str, proper: Collection[str]) -> bool:
    """Whether what follows a judging word is a name without it: an acronym ("KXRT") or a
    word the document capitalises, unless it is one dictionary word ("Main Street" is no
    praised "Street")."""
    words = rest.split()
    if words[0].isupper():
        return True
    return words[0] in proper and not (len(words) == 1 and phrasing.word_tags(rest.casefold()))


_POST_MODIFIER_OPENERS = frozenset(
    ["that", "which", "who", "whose", "of", "in", "on", "at", "for", "from", "with", "by", "to"]
)


def _alias_head(words: Sequence[str]) -> str:
    """The head noun of a subject: its last word before a clause or phrase that modifies it
    ("the cells that trap prey" are cells, not prey)."""
    for index, word in enumerate(words[1:], start=1):
        if word in _POST_MODIFIER_OPENERS:
            return words[index - 1]
    return words[-1]


_ABBREVIATED = LazyPattern(
    r"^(?P<subject>(?:(?:The|A|An)\s+)?[A-Za-z][\w’'-]*(?:\s+[\w’'-]+){0,4}?)"
    r"(?:,\s+|\s+\(\s*)(?P<adverb>(?:often|commonly|usually|sometimes|also)\s+)?"
    r"abbreviated\s+(?:as\s+|to\s+)?[\"“]?(?P<short>[A-Za-z][\w.&-]{1,11})[\"”]?\s*(?:,|\))"
)


def abbreviated(text: str, proper: Collection[str] = ()) -> phrasing.Definition | None:
    """ "Northern Tarland, often abbreviated NoTar, is a region ..." → "How is Northern
    Tarland often abbreviated?" (NoTar); "Infrasound (abbreviated IS) covers ..." the same.
    The short form must be one: shorter than the subject and opening with its first letter
    ("the speed of sound, abbreviated c" names a symbol, not an abbreviation)."""
    found = _ABBREVIATED.match(text)
    if found is None:
        return None
    subject, short = found.group("subject"), found.group("short").rstrip(".")
    words = _TOKEN.findall(subject)
    lowered = [w.casefold() for w in words]
    if lowered[0] in _NOT_IN_TERMS - {"the", "a", "an"} or phrasing.context_words(subject):
        return None
    if any(w in phrasing.AUXILIARIES or _verb_only(w) for w in lowered):
        return None  # a clause, not a noun phrase
    content = [w for w in words if w.casefold() not in ("the", "a", "an")]
    if not content or len(short) >= len(" ".join(content)):
        return None
    if short[0].casefold() != content[0][0].casefold():
        return None
    named = _as_asked(subject, proper)
    adverb = found.group("adverb") or ""
    question = f"How is {named} {adverb}abbreviated?"
    claim = f"{subject} is {adverb}abbreviated as {short}."
    start = len(claim) - 1 - len(short)
    return phrasing.Definition(start, start + len(short), question, claim)


def _as_asked(subject: str, proper: Collection[str]) -> str:
    """The subject as a question shows it: a common noun opening the sentence in lower case
    ("Infrasound" → "infrasound"), a name as written ("Northern Tarland")."""
    first = _TOKEN.findall(subject)[0]
    lower = first.casefold()
    common = lower in ("the", "a", "an") or (
        not first.isupper() and first not in proper and not _proper_name(subject)
    )
    return subject[0].lower() + subject[1:] if common else subject


_MEASURED_IN = LazyPattern(
    r"^(?P<subject>(?:(?:The|A|An)\s+)?[A-Za-z][\w’'-]*(?:\s+[\w’'-]+){0,5}?)\s+"
    r"(?P<be>is|are|was|were)\s+(?P<adverb>(?:usually|typically|commonly|normally|often"
    r"|generally|mostly)\s+)?measured\s+in\s+"
    r"(?P<unit>[a-z][\w-]*(?:\s+(?:per\s+)?[a-z][\w-]*){0,2}?)"
    r"(?=\s*[,;(]|\s+(?:but|while|whereas|because|since|using|with|on|by)\s|\s*\.?$)"
)
_LIST_AFTER = LazyPattern(
    r"\s*,\s+(?P<item>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s*(?:,|\s+(?:and|or)\s)"
)
"""The rest of a list after its first item: "seconds, minutes and hours"."""


def _list_goes_on(text: str, at: int) -> bool:
    """Whether a list of things goes on at ``at``: "seconds, minutes and hours"; not a
    description of the thing before the comma ("glass, usually black or dark green",
    "calcite, hard and brittle"), whose words are an adverb's or an adjective's."""
    found = _LIST_AFTER.match(text, at)
    if found is None:
        return False
    words = found.group("item").split()
    opening, head = phrasing.word_tags(words[0]), phrasing.word_tags(words[-1])
    adverb_first = opening == {"ADV"}
    adjective_head = "ADJ" in head and "NOUN" not in head
    return not (adverb_first or adjective_head)


_NOT_UNITS = word_set(
    "terms term units unit ways way practice part parts principle order time turn detail"
    " relation respect proportion comparison"
)
""" "measured in terms of", "measured in many ways": no unit named."""


def measured_in(text: str) -> phrasing.Definition | None:
    """ "Sound intensity is measured in decibels." → "What unit is used to measure sound
    intensity?" (decibels): the unit of a quantity, named without an article. ("In what
    unit is sound intensity measured?" would read as a past state: "measured" is far from
    its "is".)"""
    found = _MEASURED_IN.match(text)
    if found is None:
        return None
    subject = _subject_phrase(found.group("subject"))
    unit = found.group("unit")
    if _list_goes_on(text, found.end("unit")):
        return None  # "measured in seconds, minutes and hours": no one unit
    unit_words = unit.split()
    named = [w for w in unit_words if w != "per"]  # "kilometres per hour"
    if subject is None or any(w in _NOT_UNITS or w in _NOT_IN_TERMS for w in named):
        return None
    if any(_generic(w) for w in unit_words) or not _technical_noun(unit_words[-1]):
        return None
    be, adverb = found.group("be"), found.group("adverb") or ""
    question = (
        f"What unit {'was' if be in ('was', 'were') else 'is'} {adverb}used to measure {subject}?"
    )
    claim = text[: found.end("unit")] + "."
    return phrasing.Definition(found.start("unit"), found.end("unit"), question, claim)


_BRANCH_OF = LazyPattern(
    r"^(?P<subject>(?:(?:The|A|An)\s+)?[A-Za-z][\w’'-]*(?:\s+[\w’'-]+){0,4}?)\s+"
    r"(?P<be>is|was)\s+(?:a|an|the)\s+(?:(?:major|main|distinct|separate|modern)\s+)?"
    r"(?P<kind>branch|subfield|sub-field|subdiscipline|sub-discipline)\s+of\s+"
    r"(?P<field>[^,;:()]{3,80}?)"
    r"(?:\s+(?:that|which)\s+(?P<rest>(?P<verb>[a-z]+)\s+[^;:]{4,160}?)"
    r"|\s+(?P<participle>concerned|devoted|focused|dealing|focusing)\s+"
    r"(?P<object>(?:with|to|on)\s+[^;:]{4,160}?))?\s*\.?$"
)
_BRANCH_PARTICIPLES = {
    "dealing": ("deals", "dealt"),
    "focusing": ("focuses", "focused"),
}
"""What "the branch of ecology dealing with lakes" says as a verb; "concerned with", "devoted
to" and "focused on" keep their participle after "is"."""
_BRANCH_REST_END = LazyPattern(r",\s+(?=(?:and|or|but|which|while|whereas|although)\b)|;")


def branch_of(text: str, proper: Collection[str] = ()) -> phrasing.Definition | None:
    """A field named as a branch of another.

    "Seismology is a branch of geophysics that studies earthquakes." → "What branch of
    geophysics studies earthquakes?" (seismology): what sets the branch apart names it;
    "Limnology is the branch of ecology concerned with lakes." → "What branch of ecology is
    concerned with lakes?"; "Seismology is a branch of geophysics." → "Of what field is
    seismology a branch?" (geophysics). The verb of "that ..." must agree with "what branch" (singular or past)."""
    rest_end = _BRANCH_REST_END.search(text)
    found = _BRANCH_OF.match(text[: rest_end.start()] if rest_end else text)
    if found is None:
        return None
    subject, field, kind = found.group("subject"), found.group("field"), found.group("kind")
    first = _TOKEN.findall(subject)[0].casefold()
    if first in _NOT_IN_TERMS - {"the"} or phrasing.context_words(subject):
        return None
    lowered = _as_asked(subject, proper)
    if not (_plain_term(lowered.removeprefix("the ")) or _proper_name(lowered)):
        return None
    rest, participle = found.group("rest"), found.group("participle")
    if participle is not None:
        past = found.group("be") == "was"
        said = _BRANCH_PARTICIPLES.get(participle)
        verb = said[past] if said else f"{found.group('be')} {participle}"
        rest = f"{verb} {found.group('object')}"
    if rest is not None:
        if phrasing.context_words(f"{field} {rest}", strict=True):
            return None
        verb = found.group("verb") or rest.split()[0]
        finite = phrasing.finite_verb(verb)
        if not (verb in ("is", "was", "has", "had") or (finite and finite[1] in ("VBZ", "VBD"))):
            return None
        question = f"What {kind} of {field} {rest}?"
        claim = f"{found.group(0).rstrip(' .')}."
        start = len(subject) - len(subject.removeprefix("The ").removeprefix("the "))
        return phrasing.Definition(start, len(subject), question, claim)
    field_start = found.start("field")
    head = re.split(r"\s+(?:in|within|among)\s+", field)[0]  # "of computation in ..."
    answer = _answer_phrase(text[: field_start + len(head)], field_start)
    if answer is None or phrasing.context_words(field):
        return None
    named = text[answer[0] : answer[1]]
    if gives_away(f"{subject} {kind}", named):
        return None  # "Musical acoustics is a branch of acoustics": the question shows it
    question = f"Of what field {found.group('be')} {lowered} a {kind}?"
    claim = text[: answer[1]] + "."
    return phrasing.Definition(answer[0], answer[1], question, claim)


_NAMED_WITH_ADVERB = LazyPattern(
    r"\s(?:is|are|was|were)\s+(?P<adverb>(?:commonly|often|sometimes|usually|generally|also"
    r"|popularly|colloquially|informally|widely|collectively)\s+)"
    r"(?=(?:called|named|known\s+as|termed|referred\s+to\s+as)\s)"
)


def named_with_adverb(text: str, proper: Collection[str] = ()) -> phrasing.Definition | None:
    """ "Wet meadows are commonly called fens." → "What are wet meadows commonly called?"
    (fens): a naming sentence with a word that says how widely the name is used, which the
    question keeps."""
    found = _NAMED_WITH_ADVERB.search(text)
    if found is None:
        return None
    cut = found.start("adverb")
    plain = text[:cut] + text[found.end("adverb") :]
    common = common_opening(plain, proper)
    defined = phrasing.definition(plain) or (phrasing.definition(common) if common else None)
    if defined is None or not defined.question.endswith(" called?") or defined.start < cut:
        return None
    adverb = found.group("adverb")
    question = f"{defined.question.removesuffix('called?')}{adverb}called?"
    start, end = defined.start + len(adverb), defined.end + len(adverb)
    claim = text[:end] + "."
    if claim[start:end] != defined.claim[defined.start : defined.end]:
        return None
    return phrasing.Definition(start, end, question, claim)


_APPOSITION = LazyPattern(
    r"^(?P<term>[A-Za-z][\w-]*(?:\s+[\w-]+){0,3}?),\s+(?P<description>the\s+[^,;:()\"“”]{8,100}?),"
    r"\s+(?P<verb>[a-z]+)\s"
)


def apposition(text: str, proper: Collection[str] = ()) -> phrasing.Definition | None:
    """ "Bioturbation, the mixing of soil by animals, keeps soil open." → "What is the mixing
    of soil by animals?" (bioturbation): a common-noun term opening a sentence, described
    right after it between commas before the main verb."""
    found = _APPOSITION.match(text)
    if found is None:
        return None
    term, verb = found.group("term"), found.group("verb")
    if term.split()[0] in proper or (_proper_name(term) and len(term.split()) > 1):
        return None
    lowered = term[0].lower() + term[1:]
    finite = phrasing.finite_verb(verb)
    if finite is None and verb not in phrasing.AUXILIARIES:
        return None  # "Water, the oil, the salt": a list, not an aside
    if not _plain_term(lowered) and not (len(term.split()) == 1 and _technical_noun(lowered)):
        return None
    be = "was" if finite is not None and finite[1] == "VBD" else "is"
    claim = f"{lowered} {be} {found.group('description')}."
    defined = phrasing.definition(claim)
    if defined is None or defined.start != 0 or defined.end != len(term):
        return None
    return replace(defined, claim=term + defined.claim[len(term) :])


_OBJECT_APPOSITION = LazyPattern(
    r"(?:^|\s)(?:an?|the)\s+(?P<term>[a-z][a-z-]{3,}),\s+"
    r"(?P<description>(?:an?)\s+[^,;:()\"“”]{8,100}?)(?:,\s|;|\.?$)"
)


def object_apposition(text: str) -> phrasing.Definition | None:
    """ "The organ holds a statocyst, a balance sensor of fine hairs." → "What is a balance
    sensor of fine hairs called?" (statocyst): a one-word term inside the sentence, described
    right after it between commas. Only a word no general word list knows (the document's
    own technical term) is asked: "a lattice, a mesh of fine rods" describes one thing an
    everyday word may mean, and the learner could guess that word."""
    at = 0
    while (found := _OBJECT_APPOSITION.search(text, at)) is not None:
        at = found.start("description")  # the description may hold the next term
        term = found.group("term")
        if phrasing.word_tags(term) or not term.replace("-", "").isalpha():
            continue
        description = found.group("description")
        claim = f"{'An' if term[0] in 'aeiou' else 'A'} {term} is {description}."
        defined = phrasing.definition(claim)
        if defined is not None and claim[defined.start : defined.end] == term:
            return defined
    return None


_NAMED_IN_PASSING = LazyPattern(
    r"(?:^|\s)(?P<phrase>(?:[a-z][\w-]*\s+){1,3}?of\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?),\s+"
    r"(?:also\s+)?called\s+[\"“]?(?P<term>[a-z][a-z-]{3,}),?[\"”]?(?=[,.;]|$)"
)


def named_in_passing(text: str) -> phrasing.Definition | None:
    """ "Its arms bear spiny rows of bristles, called setules, that ..." → "What are spiny
    rows of bristles called?" (setules): a technical word (one no general word list knows) that
    the sentence gives as the name of a thing it describes in passing. The thing is the noun
    phrase before the comma, read back from "of" over nouns and adjectives only ("bear" is
    a verb there); its "of" phrase is what sets it apart."""
    found = _NAMED_IN_PASSING.search(text)
    if found is None or phrasing.word_tags(found.group("term")):
        return None
    before, after = found.group("phrase").split(" of ", 1)
    words = before.split()
    head = words[-1]
    if "NOUN" not in phrasing.word_tags(head):
        return None
    kept = [head]
    for word in reversed(words[:-1]):
        tags = phrasing.word_tags(word)
        if not (tags and tags <= {"NOUN", "ADJ"}) and not (not tags and "-" in word):
            break
        kept.insert(0, word)
    if len(kept) < 2 or kept[0] in GENERIC_MODIFIERS:
        return None  # "rows of hairs": which rows?
    phrase = f"{' '.join(kept)} of {after}"
    verb = "are" if _plural(head) else "is"
    claim = f"{phrase[0].upper()}{phrase[1:]} {verb} called {found.group('term')}."
    start = len(claim) - 1 - len(found.group("term"))
    question = f"What {verb} {phrase} called?"
    return phrasing.Definition(start, start + len(found.group("term")), question, claim)


_CALLED_OBJECT = LazyPattern(
    r"^(?P<subject>(?:Each|Every|The|A|An)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})\s+"
    r"(?P<verb>[a-z]{3,}(?:s|ed))\s+(?:a|an)\s+"
    r"(?P<thing>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}),\s+called\s+(?:an?\s+)?"
    r"(?P<term>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}),\s+"
    r"(?P<rest>(?:at|in|on|into|onto|inside|within)\s+[a-z][^,;:.()\"“”]{3,60}?)\s*(?:;|\.?\s*$)"
)
_IDIOM_REST = LazyPattern(
    r"^(?:in\s+(?:response|addition|general|turn|most\s+cases|some\s+cases|part|total|time"
    r"|practice|theory|fact|effect|short|particular)|at\s+(?:first|least|most|once|last|times"
    r"|random|will|rest|present|large|all))\b"
)
"""A "rest" that is an idiom ("in response", "at first"), not a place the sentence names."""
_NOT_IN_PLACES = word_set("that which who whom whose where when and but or nor")
_COORDINATORS = word_set("and or nor")


def called_object(text: str) -> phrasing.Definition | None:
    """ "Each nozzle produces a fine mist, called a spray charge, inside the cylinder." → "What
    is the fine mist that each nozzle produces inside the cylinder called?" (spray charge): the
    object of a plain subject's verb, named in passing between commas, asked by what the
    sentence says of it. The subject is a plain noun phrase with nothing pointing elsewhere,
    the verb one in the present or past ("produces", "created"), the thing a noun phrase of
    nouns and adjectives, and what follows the name a place ("at the top of the stack") that
    ends the clause."""
    found = _CALLED_OBJECT.match(text)
    if found is None:
        return None
    verb = found["verb"]
    noun_too = "NOUN" in phrasing.word_tags(verb) and not verb.endswith("ed")
    if not phrasing.finite_verb(verb) or noun_too:
        return None  # "Each engine parts a ...": a verb that may be a noun reads two ways
    subject = found["subject"]
    words = subject.split()[1:]
    thing = found["thing"].split()
    described = all(phrasing.word_tags(w) & {"NOUN", "ADJ"} for w in thing)
    if not all(_nominal(w, False) for w in words) or not described or not _head(thing[-1]):
        return None
    if generic_key(" ".join(thing)) or _plural(thing[-1]):
        return None
    if any(w in SET_BESIDE_OTHERS for w in thing[:-1]):
        return None  # "a second film, called ...": second to which?
    rest = found["rest"]
    if _IDIOM_REST.match(rest) or any(w in _NOT_IN_PLACES for w in rest.split()):
        return None  # "in response", "inside the nest that workers guard": no plain place
    if phrasing.context_words(f"{subject} {rest}", strict=True):
        return None
    term = found["term"]
    if term.split()[0] in _NOT_IN_TERMS or any(w in _COORDINATORS for w in term.split()):
        return None  # "called a seal or cap": two names, not one answer
    question = (
        f"What is the {found['thing']} that {subject[:1].lower()}{subject[1:]} {verb}"
        f" {found['rest']} called?"
    )
    claim = f"{text[: found.end('rest')]}."
    return phrasing.Definition(found.start("term"), found.end("term"), question, claim)


KEY_ABBREVIATION_USES = 3
"""How often a document writes an abbreviation, the defining bracket included, before what
it stands for is a key fact: defined and used once more is still a passing convenience."""


def key_abbreviations(defined: Iterable[str], texts: Iterable[str], lead: str) -> set[str]:
    """The abbreviations ``defined`` in the document's ``texts`` (``text.abbreviations``)
    that it keeps using: written ``KEY_ABBREVIATION_USES`` times in all (the bracket that
    defines one counts), or in its title or first paragraph (``lead``). A bracket in a
    sentence about something else ("heating and cooling (HC) use a third of the energy"),
    used once or twice, is an aside, and what its letters stand for no key fact of the
    document."""
    texts = list(texts)
    keys = set()
    for short in defined:
        written = re.compile(rf"(?<![\w.]){re.escape(short)}s?(?![\w])")
        if written.search(lead) or (
            sum(len(written.findall(text)) for text in texts if short in text)
            >= KEY_ABBREVIATION_USES
        ):
            keys.add(short)
    return keys


_RATE_UNIT = LazyPattern(r"[a-z]+s\s+per\s+[a-z]+")
"""A unit of measure that counts things in a span ("beats per minute", "miles per hour"):
its letters belong to no one field, unlike a measure of the field's own ("gross margin per
hectare")."""


def stands_for(text: str, keys: Collection[str]) -> phrasing.Definition | None:
    """ "Farmers track the gross margin per hectare (GMH) of each field." → "What does GMH
    stand for?" (gross margin per hectare): an abbreviation defined in brackets right after
    the common-noun term it spells, one of the document's ``keys`` (``key_abbreviations``);
    a name's abbreviation ("the Velm Rowing Club (VRC)") is left to the name rules."""
    for short, spelled in abbreviations([text]).items():
        if short not in keys:
            continue
        words = spelled.split()
        opening = text.startswith(spelled)  # "Gross margin (GM) is ...": capitalised to open
        if any(w[:1].isupper() for w in words[1 if opening else 0 :]) or not short.isupper():
            continue
        if len(words) < 2 or not _technical_noun(words[-1]):
            continue
        if _RATE_UNIT.fullmatch(spelled.casefold()):
            continue  # "beats per minute (BPM)": a unit every field measures in
        expansion = spelled[0].lower() + spelled[1:] if opening else spelled
        field = words[-1].endswith("ics")  # "statistics", "economics": one field, not many
        if not short.endswith("s") and _plural(words[-1]) and not field:  # "districts (CBD)"
            expansion = " ".join([*expansion.split()[:-1], _singular(words[-1])])
        claim = f"{short} stands for {expansion}."
        start = len(claim) - 1 - len(expansion)
        return phrasing.Definition(
            start, start + len(expansion), f"What does {short} stand for?", claim
        )
    return None


_RESTRICTORS = word_set(
    "of for in on at from with between among into over under by that which who whom whose"
    " where when"
)
_PREPOSITIONS_BEFORE_WHICH = word_set(
    "of for in on at from with between among into over under by to through upon within against"
    " across toward towards beneath below above beyond behind during via"
)
"""The prepositions that open a clause with "which" ("the depth to which ...")."""
_SUPERLATIVE = LazyPattern(r"^(?:most|least|first|last|only|[a-z]{3,}est)$")


_PRO_FORMS = frozenset(["one", "ones"])
"""Words that stand for a noun said before them; whatever follows, the noun stays unseen."""


def clear_description(question: str, known: Collection[str] = ()) -> bool:
    """Whether every "the ..." phrase of a definition's question says which thing it means:
    a superlative ("the most common reduction"), a phrase after its noun ("the input string for
    a problem", "the class containing ..."), a name, or a noun the document's subject goes by;
    not "the fluid" or "the input" alone, which point at something said before."""
    words = _TOKEN.findall(question)
    own_clause = _own_clause_start(question, words)
    for at, word in enumerate(words):
        if word.casefold() != "the" or at > own_clause:
            continue
        phrase: list[str] = []
        index = at + 1
        while index < len(words) and _in_description(words[index], bool(phrase)):
            phrase.append(words[index])
            index += 1
        following = words[index].casefold() if index < len(words) else ""
        after = words[index + 1].casefold() if index + 1 < len(words) else ""
        if phrase and phrase[-1].casefold() in _PRO_FORMS:
            return False  # "the ones that accept grants": ones of the kind told before
        if after in ("which", "whom") and following in _PREPOSITIONS_BEFORE_WHICH:
            # "the temperature to which the gas is cooled": the clause says which, and a
            # "the" inside it is the described thing's own
            own_clause = min(own_clause, index)
            continue
        if any(_SUPERLATIVE.match(w.casefold()) or w[:1].isupper() for w in phrase):
            continue
        participle = following != "called" and (
            following.endswith(("ing", "ed")) or bool(phrasing.past_participle(following))
        )  # "the maximum time taken over ...": the participle says which
        if participle and _passive_main_verb(words, at, index):
            return False  # "What are the riddles formed in?": "formed" tells, not which
        if following in _RESTRICTORS or participle or (phrase and phrase[-1] in known):
            continue
        return False
    return True


_STRANDED = frozenset(["in", "of", "on", "at", "by", "from", "to", "with", "for", "into"])


def _passive_main_verb(words: Sequence[str], at: int, participle: int) -> bool:
    """Whether the past participle after "What is/are the N" is the question's own passive
    verb, its preposition left at the end ("What are the riddles formed in?"), not a phrase
    saying which N ("What is the grain grown in Tarnia?")."""
    opening = [word.casefold() for word in words[:at]]
    asks = (
        len(opening) == 2
        and opening[0] in ("what", "which")
        and opening[1] in _BE_IN_TENSE.values()
    )
    past = not words[participle].endswith("ing")
    return asks and past and words[-1].casefold() in _STRANDED


_INDEFINITE_QUESTION = re.compile(r"^What (?:is an?\s|are (?!the\b|these\b|those\b))\s*\w")
_CLAUSE_OPENERS = frozenset(["that", "which", "whose", "where", "who", "whom"])


def _own_clause_start(question: str, words: Sequence[str]) -> int:
    """Where the relative clause of an indefinite description starts ("What is a tax by which
    the tax rate rises ...?"): a "the ..." inside it is the described thing's own (its rate),
    not one told before. The end of the words when there is no such clause."""
    if _INDEFINITE_QUESTION.match(question):
        for index, word in enumerate(words):
            if word.casefold() in _CLAUSE_OPENERS:
                return index
    return len(words)


def _in_description(word: str, started: bool) -> bool:
    lower = word.casefold()
    if lower in _RESTRICTORS or lower in _NOT_IN_TERMS - {"most", "least", "first", "last"}:
        return False
    if lower == "called" or (started and lower.endswith(("ing", "ed"))):
        return False  # "the class containing ...": the participle restricts the phrase
    # a word no list knows after the first ("the main sterol"): a technical noun
    unknown = started and word[:1].islower() and not phrasing.word_tags(lower)
    return not started or _nominal(word, False) or lower.endswith("ly") or unknown


def _verb_only(word: str) -> bool:
    return bool(phrasing.finite_verb(word)) and "NOUN" not in phrasing.word_tags(word)


def _proper_name(phrase: str) -> bool:
    words = _TOKEN.findall(phrase)
    return len(words) > 1 and all(w[:1].isupper() for w in words)


GENERIC_NOUNS = word_set(
    """
    process method way thing things phenomenon type kind sort form example part result factor
    issue matter means manner aspect feature case instance area field element item object
    concept notion idea term word phrase name one
    """
)
"""Nouns that name no concept of their own: "a common phenomenon", "an important process"."""


_MEMBERSHIP = LazyPattern(
    r"^What (?:is|are|was|were) (?:an?|one)\s+(?:(?:of\s+the\s+)?[a-z-]+\s+){0,2}?(?P<head>[a-z]+)"
    r"\s+(?:of|in|within|among|for)\s+(?P<rest>[^?]*?)\s+called\?$"
)
MEMBERSHIP_NOUNS = GENERIC_NOUNS | word_set("cause source member branch class category group")
"""Heads of a description that files a thing under a class ("an area of study", "a major
cause of pneumonia") without telling it from the class's other members."""


_LONGEST_CLASS_QUESTION = 120


def names_a_class_only(question: str) -> bool:
    """Whether a definition's question describes only the class its answer belongs to: "What
    is an area of study within biophysics called?" and "What is a major cause of fever
    called?" have many answers; a clause, a participle or a longer phrase sets one apart
    ("a branch of geophysics that studies earthquakes", "a type of lens with two convex
    faces")."""
    if len(question) > _LONGEST_CLASS_QUESTION:
        return False  # a description this long sets its term apart; and the pattern stays fast
    found = _MEMBERSHIP.match(question)
    if found is None or _singular(found["head"]) not in MEMBERSHIP_NOUNS:
        return False
    rest = _TOKEN.findall(found["rest"])
    return len(rest) <= 3 and not any(
        word in _CLAUSE_OPENERS or word.endswith(("ing", "ed")) or phrasing.finite_verb(word)
        for word in rest
    )


def generic_key(term: str) -> bool:
    """Whether a term answer is only generic words ("common phenomenon", "process"): a
    definition whose key says nothing teaches nothing."""
    words = [w.casefold() for w in _TOKEN.findall(term)]
    return not words or all(
        w in GENERIC_MODIFIERS or _singular(w) in GENERIC_NOUNS or w in GENERIC_NOUNS for w in words
    )


_NAME_WORD = LazyPattern(r"(?P<word>word|term|phrase|name)\s+(?=\S)")


_TRAILING_TIME = LazyPattern(
    rf"\s+(?P<time>(?:in|by|from|since|until)\s+(?:(?:early|late|mid-?)\s*)?"
    rf"(?:(?:\d{{1,2}}\s+)?(?:{'|'.join(MONTHS)})\s+(?:\d{{1,2}},?\s+)?)?"
    rf"(?:the\s+)?\d{{3,4}}s?(?:\s+(?:BC|AD|BCE|CE))?)$"
)
"""A time phrase that closes a key ("Kleine Zee in 1621", "Vell Sound from May 1540"): it
says when the name held, and is no part of the name."""


def _without_trailing_time(defined: phrasing.Definition) -> phrasing.Definition:
    """The definition with a closing time phrase moved from its key to its question: "The bay
    was called Kleine Zee in 1621" asks "What was the bay called in 1621?" for "Kleine Zee"."""
    term = defined.claim[defined.start : defined.end]
    timed = _TRAILING_TIME.search(term)
    if timed is None or timed.start() == 0 or not defined.question.endswith("?"):
        return defined
    question = f"{defined.question[:-1]} {timed['time']}?"
    return replace(defined, end=defined.start + timed.start(), question=question)


def asks_closing_time(defined: phrasing.Definition) -> bool:
    """Whether the claim goes on past its key only with the time phrase the question took
    ("... was called Kleine Zee in 1621"): that year is asked with the name, not apart."""
    rest = defined.claim.rstrip(" .")[defined.end :]
    return (
        bool(rest)
        and _TRAILING_TIME.fullmatch(rest) is not None
        and (defined.question.endswith(f"{rest}?"))
    )


def usable_definition(defined: phrasing.Definition) -> phrasing.Definition | None:
    """ "The word hoplite is the name of ..." defines the word "hoplite", not "word hoplite":
    the key loses its "word", and the question asks "What word is ...?". A key that is only
    generic words, a count ("The 32 wins were the most by ...") or a superlative
    description ("The earliest recording was an 1895 performance ...") is no key at all.
    A time phrase that closes the key goes to the question."""
    defined = _without_trailing_time(defined)
    term = defined.claim[defined.start : defined.end]
    first = term.split()[0].casefold() if term.split() else ""
    if term[:1].isdigit() or (_SUPERLATIVE.match(first) and _superlative(first)):
        return None  # "The earliest recording was ...": a description, not a term
    named = _NAME_WORD.match(term)
    if named is not None and defined.question.startswith("What "):
        question = f"What {named.group('word')} {defined.question[len('What ') :]}"
        question = question.removesuffix(" called?").rstrip("?") + "?"
        return replace(defined, start=defined.start + named.end(), question=question)
    return None if generic_key(term) else defined


_DEGREE = r"(?:most|least|best|worst|[a-z]{3,}est)"
_TERM_WORDS = r"[\w-]+(?:\s+[\w-]+){0,4}?"
_AFTER_TERM = r"\s*(?:,\s+(?:which|who)\s.*)?\.?$"
_SUPERLATIVE_SUBJECT = LazyPattern(
    rf"^(?P<described>The\s+(?P<degree>{_DEGREE})\s+[^,;:()\"“”]{{3,80}}?)\s+"
    rf"(?P<verb>is|are|was|were)\s+(?:an?\s+|the\s+)?(?P<term>{_TERM_WORDS}){_AFTER_TERM}"
)
_SUPERLATIVE_PREDICATE = LazyPattern(
    rf"^(?:(?:A|An|The)\s+)?(?P<term>{_TERM_WORDS})\s+(?P<verb>is|are|was|were)\s+"
    rf"(?P<described>the\s+(?P<degree>{_DEGREE})\s+[^,;:()\"“”]{{3,60}}?){_AFTER_TERM}"
)
_DEFINED_AS = LazyPattern(
    r"(?:^|,\s+)(?P<article>[Tt]he\s+|[Aa]n?\s+)?(?P<term>[a-z][\w-]*(?:\s+[\w-]+){0,3}?)"
    r"(?:\s+[A-Z](?:\(\w\))?)?\s+(?P<verb>is|are)\s+defined\s+(?:to\s+be|as)\s+"
    r"(?P<predicate>(?:a|an|the)\s+[^;:]{8,160}?)\s*\.?$"
)


def _superlative(word: str) -> bool:
    return word in ("most", "least", "best", "worst") or "ADJ" in phrasing.word_tags(word)


def _plain_term(term: str) -> bool:
    """A common-noun key term: nominal words ending in a lower-case noun ("polynomial-time
    reduction", "general number field sieve"), not a name, a pronoun or generic words."""
    words = term.split()
    if not words or not _technical_noun(words[-1]) or not words[-1].islower():
        return False
    if any(w.casefold() in _NOT_IN_TERMS or w.casefold() in _PRONOUNS for w in words):
        return False
    return all(_nominal(w, False) or _technical_noun(w) for w in words) and not generic_key(term)


def _head_noun(phrase: str) -> str:
    words = re.split(r"\s+(?:of|for|in|on|at|among|to|by|with)\s+", phrase)[0].split()
    return _singular(words[-1].casefold()) if words else ""


def described_term(text: str) -> phrasing.Definition | None:
    """A key term named by a superlative or a definition in other words.

    "The most common reduction is a polynomial-time reduction." → "What is the most common
    reduction?"; "A mole rat is the smallest rodent of the steppe, which ..." → "What is the
    smallest rodent of the steppe?"; "... the mean free path is defined to be the average
    distance a particle travels between collisions." → "What is the average distance a
    particle travels between collisions called?". A superlative with nothing after its noun
    names the term's own kind ("the most basic Turing machine" for a deterministic Turing
    machine): "the largest city" alone would point at a place the learner cannot see."""
    for superlative in (_SUPERLATIVE_SUBJECT, _SUPERLATIVE_PREDICATE):
        found = superlative.match(text)
        if found is None or not _superlative(found.group("degree")):
            continue
        term, described = found.group("term"), found.group("described")
        if _plain_term(term) and _describes(described[len("the ") :], term):
            wh = "Who" if phrasing.names_people(term, "other") else "What"
            question = f"{wh} {found.group('verb')} {described[0].lower()}{described[1:]}?"
            claim = text[: max(found.end("term"), found.end("described"))] + "."
            return phrasing.Definition(found.start("term"), found.end("term"), question, claim)
    return _defined_as(text)


def _describes(description: str, term: str) -> bool:
    """Whether a superlative description singles its term out: a phrase after its noun says
    of what ("the best algorithm for factoring"), or the term is of the described kind."""
    if phrasing.context_words(description):
        return False
    if re.search(r"\s(?:of|for|in|on|at|among)\s", f" {description} "):
        return True
    return _head_noun(description) == _head_noun(term)


def _defined_as(text: str) -> phrasing.Definition | None:
    found = _DEFINED_AS.search(text)
    if found is None:
        return None
    article = found.group("article") or ""
    claim = (
        f"{article.capitalize()}{found.group('term')} {found.group('verb')} "
        f"{found.group('predicate').rstrip(' .')}."
    )
    term, predicate = found.group("term"), found.group("predicate").rstrip(" .")
    if not _plain_term(term):
        return None
    defined = phrasing.definition(claim)
    if defined is not None:
        return defined if defined.start == len(article) else None
    # "the maximum time taken over all inputs": "defined" says the predicate is the meaning,
    # even where its words could be read as verbs
    words = _TOKEN.findall(predicate)
    restricted = re.search(r"\s(?:of|for|in|over|between|among|by|with|that|which)\s", predicate)
    if not 4 <= len(words) <= 18 or "," in predicate or phrasing.context_words(predicate):
        return None
    if not restricted:
        return None
    called = "" if predicate.startswith("the ") else " called"
    question = f"What {found.group('verb')} {predicate}{called}?"
    start = len(article)
    return phrasing.Definition(start, start + len(term), question, claim)


_NAMED_SUPERLATIVE = LazyPattern(
    r"(?<![\w'-])(?<!’)(?P<term>[A-Z][\w’'.-]*(?:\s+(?:(?:of|de|the)\s+)?[A-Z][\w’'.-]*){0,5}),\s+"
    r"(?P<described>the\s+(?:(?:second|third|fourth|fifth)[\s-]+)?"
    rf"(?P<degree>{_DEGREE}|only|first|oldest)\s+[^,;:()\"“”]{{8,90}}?)(?=\s*(?:,|\.?$)|\s+and\s+the\s)"
)
_CLAUSE_IN_DESCRIPTION = LazyPattern(r"\b(?:being|that|which|who|whom|whose|where|when)\b")
_PRESENT = word_set("is are has have")
_ORDINALS = word_set("second third fourth fifth")
_PAST = word_set("was were had")


def named_superlative(text: str, proper: Collection[str] = ()) -> phrasing.Definition | None:
    """ "Ice sheets feed Lake Orra, the deepest lake in Tarnland, and ..." → "Which lake is
    the deepest in Tarnland?" (Lake Orra): a name described between commas (or at the
    sentence's end) as the one thing of its kind, in or of something the description names
    ("of the organisation" leans on sentences the learner cannot see). The
    superlative singles the name out, so the question has one answer; the tense is the
    sentence's own ("What was ...?" in a sentence told in the past)."""
    opening_end = phrasing.unmarked_opening_end(text)
    for found in _NAMED_SUPERLATIVE.finditer(text):
        term, described = found.group("term"), found.group("described")
        if opening_end is not None and found.start("term") < opening_end < found.end("term"):
            # "Between Holm and Tule the Tule Bridge, the longest ...": the name starts after
            # the opening phrase that lacks its comma, and after its "the"
            term = text[opening_end : found.end("term")].strip().removeprefix("the ")
        first = term.split()[0]
        if first.casefold() in _NOT_IN_TERMS:
            continue  # "In 1990, the largest ...": a sentence's opening, not a name
        if not _superlative(found.group("degree")) and found.group("degree") not in (
            "only",
            "first",
        ):
            continue
        restricted = re.search(r"\s(?:of|in|for|on|among|to|at|by|from|between)\s", described)
        if restricted is None or not re.search(r"[A-Z]", described[restricted.end() :]):
            continue  # "the largest city", "the first force of the organisation": of what?
        if phrasing.context_words(described):
            continue  # "the largest town in the region": which region?
        if _CLAUSE_IN_DESCRIPTION.search(described):
            continue  # "the best known example being the mill that ...": a clause, no name's sort
        be = _tense(text)
        claim = f"{term} {be} {described}."
        return phrasing.Definition(0, len(term), _asked_by_sort(term, described, be), claim)
    return None


def _asked_by_sort(term: str, described: str, be: str) -> str:
    """ "Which airport is the busiest in Orland?" when the name opens or ends with the noun
    its description gives (Orland Airport, "the busiest airport in Orland"): "What is the busiest
    airport ...?" would show a word of the answer. The noun gives way to "one" where words
    stand between it and the superlative ("the largest natural freshwater one")."""
    words = term.casefold().split()
    before, restriction, after = re.split(
        r"\s+((?:of|in|for|on|among|to|at|by|from|between)\s)", described, maxsplit=1
    )
    *modifiers, head = before.split()
    sort = head.casefold()
    if len(words) < 2 or sort not in (words[0], words[-1]):
        return f"What {be} {described}?"
    degree_only = len(modifiers) == 2 or (len(modifiers) == 3 and modifiers[1] in _ORDINALS)
    kept = " ".join(modifiers) if degree_only else " ".join([*modifiers, "one"])
    return f"Which {sort} {be} {kept} {restriction}{after}?"


def _tense(text: str) -> str:
    """ "was" when the sentence's first finite verb is in the past, else "is"."""
    for word in _TOKEN.findall(text):
        lower = word.casefold()
        finite = phrasing.finite_verb(lower) if word.islower() else None
        if lower in _PAST or (finite is not None and finite[1] == "VBD"):
            return "was"
        if lower in _PRESENT or finite is not None:
            return "is"
    return "is"


def unquoted_term(text: str, defined: phrasing.Definition) -> str:
    """The sentence without the quotes around the term it names ("also known as "superbugs""
    reads as "also known as superbugs"), around the term it opens with (""Narrow-spectrum"
    antibiotics target ..."), or around any word it names in passing ("a grain on four
    pads, called "rollers", that ..."): quotes that mark a term are no one's words."""
    term = defined.claim[defined.start : defined.end]
    text = re.sub(r"^[\"“]([\w-]+)[\"”]", r"\1", text)
    text = _NAMED_IN_QUOTES.sub(r"\g<naming>\g<word>", text)
    return re.sub(rf"[\"“]({re.escape(term)})[\"”]", r"\1", text)


_NAMED_IN_QUOTES = LazyPattern(
    r"(?P<naming>\b(?:called|named|termed|known\s+as)\s+)[\"“](?P<word>[\w-]+),?[\"”]"
)


_REFERS_TO = LazyPattern(
    r"^(?:(?:In\s+[^,]{3,60},\s+)|(?P<named>[Tt]he\s+(?P<word>term|word)\s+))?"
    r"(?P<term>[A-Za-z][\w-]*(?:\s+[\w-]+){0,3}?)\s+(?P<verb>refers|refer)\s+to\s+"
    r"(?P<meaning>(?:the|a|an)\s+[^,;:]{8,140}?)\s*\.?$"
)


def refers_to(text: str, proper: Collection[str] = ()) -> phrasing.Definition | None:
    """ "Diffusion refers to the spread of particles from high to low concentration." →
    "What term refers to the spread of particles from high to low concentration?"
    (diffusion); "The term tundra refers to ..." the same. The subject must be a common
    term: "Dr Ross refers to earlier studies" names a person citing, no term."""
    found = _REFERS_TO.match(text)
    if found is None or phrasing.context_words(found.group("meaning")):
        return None
    term = found.group("term")
    first = term.split()[0]
    common = found.group("named") or (first not in proper and not _proper_name(term))
    lowered = term[0].lower() + term[1:] if not found.group("named") else term
    if not common or not (_plain_term(lowered) or found.group("named")) or generic_key(term):
        return None
    word = found.group("word") or "term"
    question = f"What {word} refers to {found.group('meaning')}?"
    if len(question.split()) < MIN_STATEMENT_QUESTION_WORDS:
        return None
    return phrasing.Definition(
        found.start("term"), found.end("term"), question, text.rstrip(" .") + "."
    )


_UNLIKE = LazyPattern(
    r"^(?P<term>[A-Za-z][\w-]*(?:\s+[\w-]+){0,3}?),\s+unlike\s+(?P<other>[^,;:]{3,50}?),\s+"
    r"(?P<rest>(?P<verb>[a-z]+)\s+[^;:]{6,140}?)\s*\.?$"
)


def unlike(text: str, proper: Collection[str] = ()) -> phrasing.Definition | None:
    """ "Active transport, unlike diffusion, needs energy." → "Unlike diffusion, what needs
    energy?" (active transport): a term set against another, asked by what sets it apart.
    Only a verb that agrees with "what" (singular or past) is asked."""
    found = _UNLIKE.match(text)
    if found is None or phrasing.context_words(found.group("rest")):
        return None
    term, verb = found.group("term"), found.group("verb")
    if term.split()[0] in proper or (_proper_name(term) and len(term.split()) > 1):
        return None
    if not _plain_term(term[0].lower() + term[1:]):
        return None
    finite = phrasing.finite_verb(verb)
    if not (verb in ("is", "was", "has", "had") or (finite and finite[1] in ("VBZ", "VBD"))):
        return None
    question = f"Unlike {found.group('other')}, what {found.group('rest')}?"
    return phrasing.Definition(0, len(term), question, text.rstrip(" .") + ".")


_STATES_THAT = LazyPattern(
    r"(?:(?<=^)|(?<=,\s))(?:(?:The|the)\s+)?(?P<term>(?:[A-Z][\w’'–-]*\s+|[a-z][\w-]*\s+){0,3}"
    r"(?P<head>law|thesis|theorem|principle|rule|hypothesis|conjecture|lemma)"
    r"(?:\s+of\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)?)\s+"
    r"(?P<verb>states|says|holds|asserts|tells\s+us)\s+that\s+(?P<claim>[^,;:\"“”]{8,160}?)"
    r"\s*(?:,\s+(?:and|but|while|whereas)\s.*)?\.?$"
)


def states_that(text: str) -> phrasing.Definition | None:
    """ "The law of demand states that demand falls as price rises." → "Which law states
    that demand falls as price rises?" (law of demand): a named law, thesis or theorem
    asked by what it says."""
    found = _STATES_THAT.search(text)
    if found is None or phrasing.context_words(found.group("claim")):
        return None
    if found.start() and not re.search(r"(?:^|,\s+)(?:[Tt]he\s+)?$", text[: found.start()]):
        return None
    term, head = found.group("term"), found.group("head")
    if term.casefold() == head:
        return None  # "the law states that": which law?
    verb = found.group("verb")
    question = f"Which {head} {verb} that {found.group('claim')}?"
    if len(question.split()) < MIN_STATEMENT_QUESTION_WORDS:
        return None
    said = text[found.start("term") : found.end("claim")] + "."
    article = "The " if re.search(r"[Tt]he\s+$", text[: found.start("term")]) else ""
    return phrasing.Definition(len(article), len(article) + len(term), question, article + said)


_KINDS_THAT = LazyPattern(
    r"^(?P<term>[A-Za-z][\w-]*(?:\s+[\w-]+){0,3}?)\s+are\s+"
    r"(?P<predicate>(?P<kind>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s+"
    r"(?:that|which|whose|in\s+which|used\s+to"
    r"|(?P<participle>[a-z]{3,})"
    r"\s+(?:by|in|of|from|on|at|with|within|into|inside|for))\s+"
    r"[^,;:]{6,120}?)\s*\.?$"
)
"""A plural term, the kind it is and what sets it apart: a relative clause ("proteins that
speed up reactions") or a participle and its phrase ("lakes formed by glaciers")."""


_EXAMPLES_AT_END = LazyPattern(r",?\s+(?:including|such\s+as)\s+[^;:]*$")
"""Examples that close a sentence ("... chemicals including enzymes and ..."): no part of
what the sentence says the thing is."""


def kinds_that(text: str, proper: Collection[str] = ()) -> phrasing.Definition | None:
    """ "Enzymes are proteins that speed up chemical reactions." → "What are proteins that
    speed up chemical reactions called?" (enzymes): a plural term defined by the kind it is
    (no article) and what sets it apart ("Tarns are lakes formed by glaciers in cirques.",
    "Sketches are pictures drawn by hand"). A name ("Normans are people who ...") is not a
    term, nor an adverb a kind ("Bricks are sometimes made from clay"), and a predicate that
    goes on to a second claim ("... and are ...") is not asked."""
    text = _EXAMPLES_AT_END.sub("", text)
    found = _KINDS_THAT.match(text)
    if found is None:
        return None
    term, kind, predicate = found.group("term"), found.group("kind"), found.group("predicate")
    kind_tags = phrasing.word_tags(kind.split()[-1])
    if term.split()[0] in proper or not _plural(kind.split()[-1]):
        return None
    if kind_tags and "NOUN" not in kind_tags:
        return None  # "Bricks are sometimes made from clay": an adverb, no kind
    participle = found.group("participle")
    if participle and not phrasing.past_participle(participle):
        return None  # "lakes garden in ...": no participle says what sets the kind apart
    lowered = term[0].lower() + term[1:]
    if not _plain_term(lowered) or re.search(r"\s(?:and|or|but)\s+(?:are|is|were)\s", predicate):
        return None
    if phrasing.context_words(predicate) or generic_key(lowered):
        return None
    question = f"What are {predicate} called?"
    return phrasing.Definition(0, len(term), question, text.rstrip(" .") + ".")


_KIND_OF = re.compile(
    r"^(?P<article>(?:An?|The)\s+)?(?P<term>[A-Za-z][\w-]*(?:\s+[\w-]+){0,3}?)\s+"
    r"(?P<verb>is|are)\s+(?:a|an|one)\s+(?P<sort>kind|type|sort|variety|class)\s+of\s+"
    r"(?P<kind>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})\s*\.?$"
)
"""A sentence that says only what a term is a kind of: "Knots are a kind of deadlock."."""


def kind_of(text: str, proper: Collection[str] = ()) -> phrasing.Definition | None:
    """ "Gill rakers are a type of filter." → "What are gill rakers a type of?" (filter): the
    broader kind a term belongs to is asked, not the term ("What is a kind of filter
    called?" fits every kind of filter). Both must be plain common-noun terms, and the kind
    must name something ("a kind of process" teaches nothing)."""
    found = _KIND_OF.match(text)
    if found is None:
        return None
    term, kind = found.group("term"), found.group("kind")
    lowered = term[0].lower() + term[1:] if term.split()[0] not in proper else term
    if not (_plain_term(lowered) and _plain_term(kind)):
        return None
    if phrasing.context_words(f"{term} {kind}"):
        return None
    article = (found.group("article") or "").casefold()
    question = f"What {found.group('verb')} {article}{lowered} a {found.group('sort')} of?"
    start = found.start("kind")
    return phrasing.Definition(start, start + len(kind), question, text.rstrip(" .") + ".")


_GLOSS = re.compile(r"\s+\((?P<gloss>(?:the|a|an)\s+[^()]{6,100})\)")


def gloss(text: str) -> phrasing.Definition | None:
    """A term glossed in brackets right after it: "Chlorophyll (the green pigment in leaves)
    absorbs light." → "What is the green pigment in leaves?" (chlorophyll); "if L (the set of
    problems solvable in logarithmic space) is ..." → "What is the set of problems solvable
    in logarithmic space?" (L). The gloss is asked as the term's definition would be."""
    for found in _GLOSS.finditer(text):
        opening = text[:1].lower() + text[1 : found.start()]  # "Chlorophyll (...)" opens it
        term = (
            _phrase_before(opening, found.start())
            or _technical_before(opening)
            or _name_before(text[: found.start()])
        )
        if term is not None and text[: found.start()].endswith(term[1:]):
            term = text[found.start() - len(term) : found.start()]  # its own capitals
        if term is None or (term[:1].isupper() and term.split()[0].casefold() in _NOT_IN_TERMS):
            continue
        claim = f"{term} is {found.group('gloss')}."
        defined = phrasing.definition(claim)
        if defined is not None and defined.start == 0 and defined.end == len(term):
            return defined
    return None


def _technical_before(text: str) -> str | None:
    """The lower-case word no table knows right at the end ("... and caedere"): a technical
    term the phrase rules cannot read."""
    last = re.search(r"(?<![\w-])([a-z][a-z-]{3,})$", text)
    if last is None or phrasing.word_tags(last.group(1)) or last.group(1) in _NOT_IN_TERMS:
        return None
    return last.group(1)


def _name_before(text: str) -> str | None:
    """The name right at the end, after a lower-case word ("struck Wenchuan")."""
    name = re.search(r"(?<=[a-z] )([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})$", text)
    return name.group(1) if name else None


_WHEREAS = LazyPattern(r",\s+whereas\s+")
MIN_CONTRAST_WORDS = 6
"""A contrast's question names the kind and what sets the answer apart: "Which plants live
for many years?" needs no more."""


def contrast(text: str) -> phrasing.Definition | None:
    """The second of two kinds a sentence sets against each other, asked by what sets it
    apart: "Annual plants die within a year, whereas perennial plants live for many years."
    → "Which plants live for many years?" (perennial plants). Both kinds are key terms with
    one head noun; the question names the head, the learner supplies the kind."""
    parts = _WHEREAS.split(text.rstrip(" ."), maxsplit=1)
    if len(parts) != 2:
        return None
    first, second = (re.sub(r"[\"“”]", "", part) for part in parts)
    kinds = _opening_term(first), _opening_term(second)
    if kinds[0] is None or kinds[1] is None:
        return None
    head = kinds[1].split()[-1]
    if _singular(kinds[0].split()[-1].casefold()) != _singular(head.casefold()):
        return None
    if kinds[0].casefold() == kinds[1].casefold():
        return None
    rest = second[len(kinds[1]) :].strip()
    opening = _TOKEN.match(rest)
    verb = opening.group(0) if opening else ""
    if not (
        phrasing.finite_verb(verb)
        or verb in phrasing.AUXILIARIES
        or (_plural(head) and "VERB" in phrasing.word_tags(verb))  # "plants live"
    ):
        return None
    question = f"Which {head} {rest}?"
    if len(question.split()) < MIN_CONTRAST_WORDS or phrasing.context_words(rest):
        return None
    claim = f"{second}."
    return phrasing.Definition(0, len(kinds[1]), question, claim)


def _opening_term(clause: str) -> str | None:
    """The plural key term a clause opens with ("broad-spectrum antibiotics affect ..."),
    without its article: nominal or technical words up to the first plural noun."""
    clause = re.sub(r"^(?:[Tt]he|[Aa]n?)\s+", "", clause)
    if clause[:2].istitle():  # "Annual plants": a capital that only opens the sentence
        clause = clause[0].lower() + clause[1:]
    words: list[str] = []
    for match in _TOKEN.finditer(clause):
        word = match.group(0)
        if match.start() != len(" ".join(words)) + bool(words) or len(words) == MAX_TERM_WORDS:
            return None
        if not (_nominal(word, False) or _technical_noun(word) or "-" in word):
            return None
        words.append(word)
        if _plural(word):
            term = " ".join(words)
            return term if len(words) >= MIN_TERM_WORDS and _plain_term(term) else None
    return None


_COINED = LazyPattern(
    r"^(?P<subject>[A-Z][\w’'.-]*(?:\s+[\w’'.-]+){0,5}?)\s+"
    r"(?P<verb>coined|introduced|created|invented|used|uses|use)\s+the\s+(?P<word>term|word|name)\s+"
    r"[\"“'‘]?(?P<term>[\w-]+(?:\s+[\w-]+){0,2}?)[\"”'’]?\s+"
    r"to\s+(?P<purpose>describe|denote|name|refer\s+to)\s+(?P<rest>[^;:\"“”]{8,140}?)\s*\.?$"
)
_NAMED_BY = LazyPattern(
    r"^The\s+(?P<word>term|word|name)\s+[\"“'‘]?(?P<term>[\w-]+(?:\s+[\w-]+){0,2}?)[\"”'’]?,\s+"
    r"meaning\s+(?P<meaning>[\"“'‘][^\"”'’,]{2,40}[\"”'’]),\s+(?P<be>was|is)\s+"
    r"(?P<verb>coined|introduced|invented)\s+by\s+(?P<agent>[^,;:]{3,80}?)"
    r"(?:\s+(?:as|in|to|for)\s.*)?\s*\.?$"
)
_BASE_FORMS = {
    "coined": "coin",
    "introduced": "introduce",
    "created": "create",
    "invented": "invent",
    "used": "use",
    "uses": "use",
    "use": "use",
}
_DO_OF_USE = {"uses": "does", "use": "do"}


def coined_term(text: str, proper: Collection[str] = ()) -> phrasing.Definition | None:
    """A term the sentence says someone coined, asked by what it was coined for.

    "Dr Lena Ross coined the term "rewilding" to describe the return of land to nature." →
    "What term did Dr Lena Ross coin to describe the return of land to nature?" (rewilding);
    "The term 'hydrology', meaning "water study", was introduced by Ada Frey in 1801." →
    "What term meaning "water study" was introduced by Ada Frey?". The claim drops the quotes
    around the term, which would read as quoted words."""
    found = _COINED.match(text)
    if found is not None:
        subject = found.group("subject")
        opener = subject.split()[0].casefold()
        if opener in _NOT_IN_TERMS - {"the", "a", "an"}:
            return None
        if phrasing.context_words(subject) or phrasing.context_words(
            found.group("rest"), strict=True
        ):
            return None  # "to describe this finding": which?
        common = opener in ("the", "a", "an") or (
            subject.split()[0] not in proper
            and "NOUN" in phrasing.word_tags(opener)
            and not any(w[:1].isupper() for w in subject.split()[1:])
        )  # "Economists use the term ...", not "Australian anthropologist Peg LeVine"
        asked = subject[0].lower() + subject[1:] if common else subject
        term, word = found.group("term"), found.group("word")
        claim = f"{subject} {found.group('verb')} the {word} {term}"
        start = len(claim) - len(term)
        claim += f" to {found.group('purpose')} {found.group('rest')}."
        question = (
            f"What {word} {_DO_OF_USE.get(found.group('verb'), 'did')} {asked} "
            f"{_BASE_FORMS[found.group('verb')]} to "
            f"{found.group('purpose')} {found.group('rest')}?"
        )
        return phrasing.Definition(start, start + len(term), question, claim)
    found = _NAMED_BY.match(text)
    if found is None or phrasing.context_words(found.group("agent")):
        return None
    term, word = found.group("term"), found.group("word")
    start = len(f"The {word} ")
    rest = f", meaning {found.group('meaning')}, {found.group('be')} {found.group('verb')}"
    claim = f"The {word} {term}{rest} by {found.group('agent')}."
    question = (
        f"What {word} meaning {found.group('meaning')} {found.group('be')} "
        f"{found.group('verb')} by {found.group('agent')}?"
    )
    return phrasing.Definition(start, start + len(term), question, claim)


_CALLED_KIND = LazyPattern(
    r"^(?:(?P<article>A|An|The)\s+)?(?P<kind>[A-Za-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)\s+"
    r"(?:called|known\s+as|termed)\s+"
)
"""A subject that names its kind, then its term, with no comma: a name set off by commas
("Public schools, known as state schools, ...") is another name for the same thing."""
_CALLED_TERM = LazyPattern(
    r"[\"“‘']?(?P<term>[A-Za-z][\w-]*(?:\s+[\w-]+){%d})[\"”’']?\s+(?P<verb>[a-z]+)\s+"
    r"(?P<rest>[^;:]{8,300}?)\s*\.?$"
)
_CLAIM_END = LazyPattern(r",\s+(?=(?:and|or|but|which|while|whereas|although|so)\b)|;")


def called_kind(text: str, proper: Collection[str] = ()) -> phrasing.Definition | None:
    """ "Small proteins called lectins bind sugars on the surface of cells." → "What are
    small proteins that bind sugars on the surface of cells called?" (lectins): a subject
    that names its kind and then its term, asked by the kind and what the sentence says of
    it. The kind must be a plain noun phrase ("Many people called Orm ..." names no kind),
    the term ends at the first verb that agrees with the kind ("Cells called T cells
    attack ..."), and what is said of it is one claim in one clause, with nothing pointing
    elsewhere."""
    found = _CALLED_KIND.match(text)
    if found is None:
        return None
    if found["kind"].split()[0] in proper:
        return None
    kind = found["kind"][:1].lower() + found["kind"][1:]
    words = kind.split()
    if words[0] in _NOT_IN_TERMS:
        return None
    if not all(  # a word no list has ("halophilic microbes") is taken for a nominal one
        _nominal(w, at == 0) or not phrasing.word_tags(w) for at, w in enumerate(words)
    ) or not (_head(words[-1]) or not phrasing.word_tags(words[-1])):
        return None
    plural = _plural(words[-1])
    if generic_key(kind) or (found["article"] is None and not plural):
        return None  # "Things called ...", "Salt called ...": no kind with members to name
    named = next(
        (
            term
            for size in range(MAX_TERM_WORDS)
            if (term := re.compile(_CALLED_TERM.pattern % size).match(text, found.end()))
            and _agrees(term["verb"], plural)
        ),
        None,
    )
    if named is None or named["term"].split()[0].casefold() in _NOT_IN_TERMS:
        return None  # "The settlers called the cove Orm": a verb with its object
    if re.search(r"\s(?:and|or)\s", named["term"]):
        return None  # "called rods or cones": two terms, either an answer
    cut = _CLAIM_END.search(named["rest"])
    rest = (named["rest"][: cut.start()] if cut else named["rest"]).rstrip(" .")
    if "," in rest or phrasing.context_words(rest, strict=True) or not 3 <= len(rest.split()) <= 20:
        return None
    article = f"{found['article'].lower()} " if found["article"] else ""
    be = _BE_IN_TENSE[_told_in_the_past(named["verb"]), plural]
    question = f"What {be} {article}{kind} that {named['verb']} {rest} called?"
    claim = f"{text[: named.end('verb')]} {rest}."
    sort = _singular(words[-1])
    return phrasing.Definition(named.start("term"), named.end("term"), question, claim, sort)


_BE_IN_TENSE = {
    (False, False): "is",
    (False, True): "are",
    (True, False): "was",
    (True, True): "were",
}
"""The "be" a called-kind question asks with, by (told in the past, plural)."""


def _told_in_the_past(verb: str) -> bool:
    """Whether a called kind's verb tells of the past, so that the question asks in the past
    too: "A village called Tarn lay by the river" → "What was a village that lay by the river
    called?", never "What is a village that lay ..."."""
    form = phrasing.finite_verb(verb)
    return verb in ("was", "were", "had") or (form is not None and form[1] == "VBD")


def _agrees(verb: str, plural: bool) -> bool:
    """Whether a word is a finite verb in the number of a subject ("proteins bind", "a
    fungus infects", "were"): where the term the subject is called ends."""
    if verb in phrasing.AUXILIARIES:
        return verb in (("are", "were", "have") if plural else ("is", "was", "has"))
    form = phrasing.finite_verb(verb)
    if form is not None:
        return form[1] == "VBD" or (form[1] == "VBZ") != plural
    base = plural and "VERB" in phrasing.word_tags(verb) and verb not in _NOT_IN_TERMS
    return base and getLemma(verb, upos="VERB")[:1] == (verb,)


_INCLUDES_ONE_THAT = LazyPattern(
    r"^(?P<group>[A-Z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)\s+(?P<verb>include|included)\s+"
    r"(?P<term>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)\s+(?:that|which|who)\s+(?P<rest>[^;:]{8,300})"
)
_NEXT_ITEM = LazyPattern(
    r";|,\s+(?:and\s+|or\s+)?(?:[a-z][\w-]*\s+){1,3}(?:that|which|who)\s|,\s+(?:such\s+as|and)\s"
)
"""Where the first item's relative clause ends: at the next item ("; rushes that ...", ", and
reeds that ..."), or at examples of it ("such as ...")."""


def includes_one_that(text: str, proper: Collection[str] = ()) -> phrasing.Definition | None:
    """ "Grasses include sedges that grow in wet ground, and rushes that ..." → "Which grasses
    grow in wet ground?" (sedges): a group whose member the sentence tells apart by a relative
    clause, asked by the group and that clause. The group and the member are plural common
    nouns (the clause's verb agrees with both); a member joined to another ("sedges and rushes
    that ...") shares its clause and is not asked alone."""
    found = _INCLUDES_ONE_THAT.match(text)
    if found is None:
        return None
    opener = found["group"].split()[0]
    if opener in proper or opener.casefold() in _NOT_IN_TERMS:
        return None  # "Many grasses include ...": which ones?
    group = [w for w in found["group"].casefold().split() if w not in GENERIC_MODIFIERS]
    term = found["term"]
    if re.search(r"\s(?:and|or)\s", f" {term} "):
        return None
    if (
        not group
        or group[0] in _NOT_IN_TERMS
        or not (_plural(group[-1]) and _plural(term.split()[-1]))
    ):
        return None
    if not all(_nominal(w, False) or not phrasing.word_tags(w) for w in [*group, *term.split()]):
        return None
    cut = _NEXT_ITEM.search(found["rest"])
    rest = (found["rest"][: cut.start()] if cut else found["rest"]).rstrip(" .")
    rest = re.sub(r"\s*\([^()]*\)", "", rest)  # "(rootlets)": a gloss, no part of the claim
    if "," in rest or phrasing.context_words(rest, strict=True) or not 2 <= len(rest.split()) <= 20:
        return None
    verb = rest.split()[0]
    if verb in phrasing.AUXILIARIES and verb not in ("are", "were", "have", "had"):
        return None
    if verb not in phrasing.AUXILIARIES and not _agrees(verb, plural=True):
        return None  # "that the farmers grow": the member is the clause's object, not its subject
    # the claim names the member by its clause: after "include" it reads as one example of many
    named = " ".join(group)
    claim = f"{named[:1].upper()}{named[1:]} that {rest} are {term}."
    question = f"Which {named} {rest}?"
    start = len(claim) - len(term) - 1
    return phrasing.Definition(start, start + len(term), question, claim, _singular(group[-1]))


_WHICH_IS = LazyPattern(
    r",\s+which\s+(?P<verb>is|are|was|were)\s+(?P<predicate>(?:a|an|the)\s+[^,;:]{8,160}?)"
    r"\s*(?:[,;.]|$)"
)


def which_is(text: str) -> phrasing.Definition | None:
    """ "... the complexity class P, which is the set of problems solvable in polynomial time."
    → "What is the set of problems solvable in polynomial time?" (P): a relative clause that
    defines the noun phrase right before it. The claim is that definition alone."""
    for match in _WHICH_IS.finditer(text):
        term = _phrase_before(text, match.start())
        if term is None or _QUANTITY_END.search(text, 0, match.start() - len(term)):
            continue  # "about 4 × 10 years, which is ...": the quantity is described, no term
        claim = f"{term} {match.group('verb')} {match.group('predicate').rstrip(' .')}."
        found = phrasing.definition(claim)
        if found is not None and found.start == 0 and found.end == len(term):
            return found
    return None


_QUANTITY_END = LazyPattern(r"(?:\d|\b(?:hundreds|thousands|millions|billions))\s+$")


def _phrase_before(text: str, end: int) -> str | None:
    """The noun phrase ending at ``end``: a run of nominal words ending in a noun ("decision
    problems"), or a symbol it names ("the complexity class P" → "P")."""
    symbol = re.search(r"(?<=[a-z] )([A-Z][A-Z0-9-]{0,9})$", text[:end])
    if symbol is not None:
        return symbol.group(1)
    for run in _runs(text[:end]):
        if run[-1][1] == end:
            words = _without_modifiers(run)
            return text[words[0][0] : end]
    return None


def specific(question: str) -> bool:
    """Whether a question about a key term says enough to single it out: "What is in NP and
    in co-NP?" or "What are commonly used?" fit many terms; "What tells us that L is strictly
    contained in PSPACE?" and "What is a string over an alphabet called?" fit one."""
    words = _TOKEN.findall(question)
    if len(words) < MIN_QUESTION_WORDS:
        return False
    copula = re.match(r"(?:What|Which \w+)\s+(?:is|are|was|were)\s+(\w+)", question)
    return copula is None or copula.group(1) in ("a", "an", "the")


@lru_cache(maxsize=65536)
def _nominal(word: str, first: bool) -> bool:
    """Whether a word can stand inside a noun phrase: an adjective or a noun, a name inside a
    phrase ("Turing"), or a hyphened compound ("polynomial-time", "NP-complete")."""
    lower = word.casefold()
    if lower in _NOT_IN_TERMS or lower.endswith("ly") or "'" in word or "’" in word:
        return False
    if word[:1].isupper():
        return not first or word.isupper()
    if "-" in word:
        return all(part for part in word.split("-"))
    tags = phrasing.word_tags(lower)
    if lower.endswith("ing") and "VERB" in tags:
        return True  # "sorting network", "running time": a gerund as a modifier
    if not tags & {"NOUN", "ADJ"}:
        return False
    return not (phrasing.finite_verb(lower) and "NOUN" not in tags)


@lru_cache(maxsize=65536)
def _plural(word: str) -> bool:
    lower = word.casefold()
    return word[:1].islower() and lower.endswith("s") and _singular(lower) != lower


@lru_cache(maxsize=65536)
def _verb_like(word: str) -> bool:
    """ "takes", "states", "formed": a noun only at the end of a phrase, never inside one."""
    return word[:1].islower() and phrasing.finite_verb(word) is not None


@lru_cache(maxsize=65536)
def _head(word: str) -> bool:
    return word[:1].islower() and "NOUN" in phrasing.word_tags(word.casefold())


def _runs(text: str) -> Runs:
    """Maximal runs of nominal words joined by single spaces, each ending in a noun."""
    runs: list[list[tuple[int, int, str]]] = []
    current: list[tuple[int, int, str]] = []
    first_token = True
    for match in _TOKEN.finditer(text):
        word = match.group(0)
        joined = bool(current) and text[current[-1][1] : match.start()] == " "
        if current and not joined:
            runs.append(current)
            current = []
        if _nominal(word, first_token):
            following = _TOKEN.match(text, match.end() + 1)
            verb = _verb_like(word) and bool(
                _OBJECT_AFTER.match(text, match.end())
                or (following is not None and _plural(following.group(0)))
            )  # "the principle makes proofs short"
            if verb or (
                "VERB" in phrasing.word_tags(word) and _DETERMINER_AFTER.match(text, match.end())
            ):
                if current:
                    runs.append(current)  # "the thesis states that": a verb
                current = []
                first_token = False
                continue
            current.append((match.start(), match.end(), word))
            if _verb_like(word) or _plural(word):
                runs.append(current)  # a plural ends a phrase: "churches preserve", "areas form"
                current = []
        elif current:
            runs.append(current)
            current = []
        first_token = False
    if current:
        runs.append(current)
    trimmed: list[tuple[tuple[int, int, str], ...]] = []
    for run in runs:
        while run and not _head(run[-1][2]):
            run = run[:-1]
        if run:
            trimmed.append(tuple(run))
    return tuple(trimmed)


@lru_cache(maxsize=65536)
def _generic(word: str) -> bool:
    lower = word.casefold()
    superlative = lower.endswith("est") and "ADJ" in phrasing.word_tags(lower)
    return lower in GENERIC_MODIFIERS or superlative


def _without_modifiers(
    run: tuple[tuple[int, int, str], ...],
) -> tuple[tuple[int, int, str], ...]:
    start = 0
    while start < len(run) - 1 and _generic(run[start][2]):
        start += 1
    return run[start:]


@dataclass(frozen=True)
class Statement(phrasing.Definition):
    """A fact a plain statement gives ("The Calvin cycle takes place in the stroma"), asked
    like a definition. When a definition and a statement have one answer, only the
    definition is asked: it teaches what the term means."""


def answers_with_the_title(defined: phrasing.Definition, title: str) -> bool:
    """Whether every word of a statement's answer is a word of the document's title: the
    deck's name gives it away ("steam" asked in a deck on the steam engine)."""
    titled = {_singular(w.casefold()) for w in _TOKEN.findall(title)}
    answer = _TOKEN.findall(defined.claim[defined.start : defined.end])
    return bool(answer) and all(_singular(w.casefold()) in titled for w in answer)


OWN_DEFINITION_BONUS = 1.0
"""What the definition of the document's own subject adds to its score: of everything a text
says, what its subject is comes first."""


_OPENING_WORD = LazyPattern(r"([A-Z][a-z]+)\b(?!\s+[A-Z])")


def common_opening(text: str, proper: Collection[str], lower: Collection[str] = ()) -> str | None:
    """The sentence with its opening word in lower case, when that word is a common noun and
    not one the document writes with a capital inside its sentences ("Recursion is a
    technique ..." → "recursion is a technique ..."; never "Perth is a city ..."). A word no
    general word list knows ("Ceramides are ...") is a common noun where the document also
    writes it in lower case inside a sentence (``lower``, never with a capital there): a
    technical term, not a name."""
    match = _OPENING_WORD.match(text)
    if match is None or match.group(1) in proper:
        return None
    word = match.group(1).casefold()
    tags = phrasing.word_tags(word)
    if "NOUN" not in tags and (tags or word not in lower):
        return None
    return word + text[match.end() :]


def defines_subject(defined: phrasing.Definition, topic: str) -> bool:
    """Whether a sentence defines the document's own subject by a description ("Osmosis is
    the movement of water across a membrane." in notes on osmosis): "What is the movement of
    water across a membrane?" asks for the subject without naming it."""
    term = normalize(defined.claim[defined.start : defined.end]).removeprefix("the ")
    return bool(topic) and term == topic and not isinstance(defined, Statement)


_SUBJECT = r"(?P<subject>(?:The\s+|An?\s+)?[A-Za-z][\w’'-]*(?:\s+[\w’'-]+){0,6}?)"
_TAKES_PLACE = LazyPattern(
    rf"^{_SUBJECT}\s+(?P<verb>takes|take|took|occurs|occur|occurred)\s+(?P<place>place\s+)?in\s+"
    r"(?P<answer>.+?)\.?$"
)
_CONSISTS = LazyPattern(
    rf"^{_SUBJECT}\s+(?:(?P<verb>consists|consist|consisted)\s+of"
    r"|(?P<be>is|are|was|were)\s+(?P<participle>made|composed)\s+(?:up\s+)?of)\s+"
    r"(?P<answer>.+?)\.?$"
)
_PASSIVE = LazyPattern(
    rf"^{_SUBJECT}\s+(?P<be>is|are|was|were)\s+(?P<participle>[a-z]+(?:ed|en)|found|made|held|kept|built)\s+"
    r"(?P<rest>(?:as|in|into|by|from|during|through|to|at|for)\s+.+?)\.?$"
)
_FEATURE_OF = LazyPattern(
    r"^(?P<subject>The\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*\s+(?:of|for|in)\s+[^,;:]{3,60}?)"
    r"\s+(?P<be>is|are|was|were)\s+(?P<answer>(?:the\s+|an?\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?)"
    r"\.?$"
)
_ANSWER_ENDS = LazyPattern(r"\s+(?:that|which|who|where|when|because|while|whereas)\s|,|;")
_DO_SUPPORT = {"VBZ": "does", "VBP": "do", "VBD": "did"}
_PAST_FORMS = frozenset({"took", "occurred", "consisted"})
_BARE = {
    "takes": "take",
    "take": "take",
    "took": "take",
    "occurs": "occur",
    "occur": "occur",
    "occurred": "occur",
    "consists": "consist",
    "consist": "consist",
    "consisted": "consist",
    "results": "result",
    "result": "result",
    "resulted": "result",
    "arises": "arise",
    "arise": "arise",
    "arose": "arise",
}
PROCESS_PARTICIPLES = word_set(
    """
    released produced formed absorbed stored synthesised synthesized secreted excreted emitted
    generated consumed transported carried converted broken digested filtered dissolved
    """
)
"""Verbs of a process whose product or input a subject question asks for ("What is released
as a by-product of splitting water?"); a state ("is concentrated in 79 districts", "is
located in") says nothing that singles its subject out."""
_PLACE_PARTICIPLES = word_set("found located made kept held built")
"""Verbs whose "in/at/on the ..." (or "in" and a plural) says where: "Chlorophyll is found in
the chloroplasts" → "Where is chlorophyll found?"; not "in balance"."""
_NOT_PLACES = word_set(
    "end past future meantime way case form process course interim time same moment start"
    " beginning outset least most first last"
)
""" "in the end", "at the same time": a manner or a time, not where."""
MIN_STATEMENT_QUESTION_WORDS = 7
"""A question that asks for the subject of a plain statement needs that many words to single
it out: "What is stored as starch?" fits many things, "What is released as a by-product of
splitting water?" one."""


def statement(
    text: str, *, note_line: bool = False, proper: Collection[str] = (), source: str = ""
) -> Statement | None:
    """A common-noun answer of a plain statement, as study notes write them, and its question.

    "The Calvin cycle takes place in the stroma." → "Where does the Calvin cycle take place?"
    (stroma); "A covalent bond consists of a pair of electrons." → "What does a covalent bond
    consist of?"; "Oxygen is released as a by-product of splitting water." → "What is released
    as a by-product of splitting water?" (oxygen); "Excess glucose is stored as starch." →
    "What is excess glucose stored as?" (starch); "The main product of the Calvin cycle is
    glucose." → "What is the main product of the Calvin cycle?" (glucose); "Ribosomes make
    proteins from amino acids." → "What do ribosomes make from amino acids?". Only whole,
    lower-case noun phrases are answers: a name is asked by the name rules, a list ("sodium and
    chloride ions") has no single answer to type. The object of any verb is asked only on a
    ``note_line`` (a list item or a line of its own), or in prose when a name does it
    ("Tarn Mills wove linen for the navy." → "What did Tarn Mills weave for the navy?"):
    otherwise "the discontents prompted colonial authorities to reform" is a complement no
    learner should be asked to complete, and "the crisis reduced demand" leans on the text.
    The document's ``proper`` words tell a name from a common noun that opens the sentence;
    the ``source`` sentence shows whether the clause's verb was one of its subject's."""
    for form in (
        _takes_place,
        _consists,
        _consists_of_list,
        _passive,
        _feature_of,
        _results_from,
        _used_to,
    ):
        found = form(text)
        if found is not None:
            return found
    if note_line:
        return _object(text)
    first = _NEXT_CLAUSE.search(text)  # "X banned Y in 1410, which ...": the first clause's
    clause = text[: first.start()] if first else text
    return _object(clause, proper=proper, named=True, source=source)


_NEXT_CLAUSE = LazyPattern(r",\s+(?:which|who|and|but|while|whereas)\s|;")
"""Where a clause of its own starts after a first one."""


_SUBJECT_OPENERS = word_set("the a an most each every all")
"""Words that may open a statement's subject: "Most chemical digestion takes place ..."."""


def _subject_phrase(subject: str) -> str | None:
    """The subject as a question shows it ("the Calvin cycle"), when it is a plain noun
    phrase that needs nothing said before it."""
    words = _TOKEN.findall(subject)
    lowered = [w.casefold() for w in words]
    if not words:
        return None
    adjective = len(words) > 1 and "ADJ" in phrasing.word_tags(lowered[0])  # "New crust is"
    if lowered[0] in _NOT_IN_TERMS - _SUBJECT_OPENERS and not adjective:
        return None
    if phrasing.context_words(subject) or any(
        w in phrasing.AUXILIARIES or _verb_only(w) for w in lowered
    ):
        return None
    common = lowered[0] in _SUBJECT_OPENERS or (
        not words[0].isupper() and phrasing.word_tags(lowered[0]) and not _proper_name(subject)
    )
    unknown_plural = (  # "Ribosomes make ...": the document's own capitals are put back later
        len(words) == 1
        and not phrasing.word_tags(lowered[0])
        and _singular(lowered[0]) != lowered[0]
    )
    return subject[0].lower() + subject[1:] if common or unknown_plural else subject


def _answer_phrase(text: str, start: int) -> tuple[int, int] | None:
    """Where the noun-phrase answer starting at ``start`` runs (its article left out): cut
    before a clause or a participle that qualifies it ("a pair of electrons shared between
    two atoms" → "pair of electrons"); none for a list (its first item is no answer), a name
    or a long phrase."""
    rest = text[start:].rstrip(" .")
    cut = _ANSWER_ENDS.search(rest)
    if cut and _list_goes_on(rest, cut.start()):
        return None  # "rock, gravel and sand": the first item is not the whole answer
    phrase = rest[: cut.start()] if cut else rest
    words = phrase.split()
    for index, word in enumerate(words[1:], 1):
        if word.endswith("ed") and "VERB" in phrasing.word_tags(word.casefold()):
            if index == 1:
                return None  # "representatives elected to ...": the participle says which
            words = words[:index]
            break
    article = re.match(r"(?:the|a|an)\s+", rest)
    if article:
        words = words[1:]
        start += article.end()
    phrase = " ".join(words)
    if not phrase or not 1 <= len(words) <= 4 or text.find(phrase, start) != start:
        return None
    lowered = [w.casefold() for w in _TOKEN.findall(phrase)]
    if len(lowered) != len(words) or {"and", "or", "nor"} & set(lowered):
        return None
    opening = start == 0 and bool(phrasing.word_tags(lowered[0])) and not _proper_name(phrase)
    if not (phrase[:1].islower() or opening) or not _technical_noun(words[-1]):
        return None
    if any(w in _NOT_IN_TERMS - {"of"} or w in _PRONOUNS for w in lowered):
        return None
    if generic_key(phrase) or lowered[0] in _QUANTITY_NOUNS:
        return None  # "a common phenomenon", "a quarter of farmland": no term named
    return start, start + len(phrase)


_PRONOUNS = word_set("me him her us them it you one ones itself themselves himself herself")
_QUANTITY_NOUNS = word_set(
    "quarter half third fifth tenth fraction share proportion part majority minority number"
    " amount percentage lot bulk rest remainder"
)
"""Words that measure out a share of something ("a quarter of farmland"), never a term."""


def _technical_noun(word: str) -> bool:
    """A noun, or a lower-case word the tables do not know ("stroma", "pyruvate"): study
    notes name technical things no general word list has."""
    lower = word.casefold()
    return lower.isalpha() and (
        "NOUN" in phrasing.word_tags(lower) or not phrasing.word_tags(lower)
    )


def _do_of(verb: str) -> str:
    """The "do" that asks about a clause with this verb ("took" → "did", "occurs" → "does")."""
    return _DO_SUPPORT["VBD" if verb in _PAST_FORMS else "VBZ" if verb.endswith("s") else "VBP"]


def _takes_place(text: str) -> Statement | None:
    match = _TAKES_PLACE.match(text)
    if match is None or (match.group("place") is None) != match.group("verb").startswith("occur"):
        return None
    subject = _subject_phrase(match.group("subject"))
    answer = _answer_phrase(text, match.start("answer"))
    if subject is None or answer is None:
        return None
    verb = match.group("verb")
    bare = _BARE[verb] + (" place" if match.group("place") else "")
    claim = text[: answer[1]] + "."
    question = f"Where {_do_of(verb)} {subject} {bare}?"
    return Statement(answer[0], answer[1], question, claim)


def _consists(text: str) -> Statement | None:
    match = _CONSISTS.match(text)
    if match is None:
        return None
    subject = _subject_phrase(match.group("subject"))
    answer = _answer_phrase(text, match.start("answer"))
    if subject is None or answer is None:
        return None
    verb = match.group("verb")
    if verb is not None:
        question = f"What {_do_of(verb)} {subject} consist of?"
    else:
        question = f"What {match.group('be')} {subject} {match.group('participle')} of?"
    return Statement(answer[0], answer[1], question, text[: answer[1]] + ".")


_PART = re.compile(r"(?:the|a|an)\s+(?P<part>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})")
MAX_LISTED_PARTS = 4


def listed_parts(text: str) -> tuple[str, list[tuple[int, int]]] | None:
    """The whole and where each of its parts is written, of a sentence that lists the parts
    a thing consists of ("A lock consists of a bolt, a cam and a spring." → "a lock", bolt,
    cam, spring): two to four short common-noun phrases with nothing after the last, each
    with its article (parts are counted; "granite, slate and clay" are what it is made of)."""
    match = _CONSISTS.match(text)
    if match is None or _subject_phrase(match.group("subject")) is None:
        return None
    start = match.start("answer")
    items = re.split(r",\s+(?:and\s+)?|\s+and\s+", text[start:].rstrip(" ."))
    if not 2 <= len(items) <= MAX_LISTED_PARTS:
        return None
    spans: list[tuple[int, int]] = []
    for item in items:
        found = _PART.fullmatch(item)
        start = text.find(item, start)
        if found is None or start < 0:
            return None
        words = found.group("part").split()
        if not _technical_noun(words[-1]) or generic_key(found.group("part")):
            return None
        if any(w in _NOT_IN_TERMS or w in _PRONOUNS or w in ("or", "nor") for w in words):
            return None
        spans.append((start + found.start("part"), start + len(item)))
        start += len(item)
    return match.group("subject"), spans


def wholes_of_parts(texts: Iterable[str]) -> dict[str, str]:
    """Each part a text lists for one kind of thing ("A lock consists of a bolt, a cam and a
    spring.": bolt, cam and spring of "a lock"), keyed by ``term_key``; a part listed for two
    wholes belongs to neither."""
    wholes: dict[str, set[str]] = {}
    for text in texts:
        listed = listed_parts(text)
        if listed is None or not re.match(r"An?\s", listed[0]):
            continue  # "The engine consists of ...": which engine, the text says
        whole = listed[0][0].lower() + listed[0][1:]
        for start, end in listed[1]:
            wholes.setdefault(term_key(text[start:end].split()), set()).add(whole)
    return {part: next(iter(found)) for part, found in wholes.items() if len(found) == 1}


_PART_DESCRIPTION = re.compile(r"^What (?P<be>is|are) (?P<description>the [a-z ]+?) called\?$")
_RELATIVE_CLAUSE = re.compile(r" (?=(?:that|which|who|whose|where) )")


def of_its_whole(question: str, term: str, wholes: Mapping[str, str]) -> str:
    """A part's definition with the whole it belongs to: "What is the item at the front
    called?" for "head", a part of "a queue", → "What is the item at the front of a queue
    called?". Only a bare "the ..." description is completed: one that already says of what
    ("the item at the front of the list") is left as it is."""
    found = _PART_DESCRIPTION.match(question)
    whole = wholes.get(term_key(term.split()))
    if found is None or whole is None or " of " in f" {found['description']} ":
        return question
    if phrasing.context_words(found["description"]):
        return question
    # "the part that pours" → "the part of a kettle that pours": the whole belongs to the head
    described = _RELATIVE_CLAUSE.sub(lambda _: f" of {whole} ", found["description"], count=1)
    if described == found["description"]:
        described = f"{described} of {whole}"
    return f"What {found['be']} {described} called?"


def _consists_of_list(text: str) -> Statement | None:
    """ "A lock consists of a bolt, a cam and a key." → "What does a lock consist of besides
    a bolt and a cam?" (key): of a thing's parts, only the last is asked, once."""
    listed = listed_parts(text)
    match = _CONSISTS.match(text)
    if listed is None or match is None:
        return None
    subject = _subject_phrase(listed[0])
    *shown, (start, end) = listed[1]
    before = text[match.start("answer") : shown[-1][1]]
    given = re.sub(r",\s+(?:and\s+)?(?=[^,]*$)", " and ", before) if len(shown) > 1 else before
    verb = match.group("verb")
    if verb is not None:
        asked = f"What {_do_of(verb)} {subject} consist of"
    else:
        joined = text[match.end("participle") : match.start("answer")].strip()
        asked = f"What {match.group('be')} {subject} {match.group('participle')} {joined}"
    return Statement(start, end, f"{asked} besides {given}?", text[:end] + ".")


def _passive(text: str) -> Statement | None:
    match = _PASSIVE.match(text)
    if match is None or "VERB" not in phrasing.word_tags(match.group("participle")):
        return None
    subject = _subject_phrase(match.group("subject"))
    if subject is None:
        return None
    be, participle, rest = match.group("be"), match.group("participle"), match.group("rest")
    place = _PLACE_PARTICIPLES | PROCESS_PARTICIPLES
    preposition = rest.split()[0]
    if preposition in ("in", "at", "on") and participle in place and subject[:1].islower():
        answer = _answer_phrase(text, match.start("rest") + len(preposition) + 1)
        said = text[answer[0] : answer[1]].casefold() if answer else ""
        the = rest.startswith(f"{preposition} the ")
        where = the or (said and _plural(said.split()[-1]))
        timely = any(word in _NOT_PLACES for word in said.split())
        if where and answer and not text[answer[1] :].strip(" .") and not timely:
            question = f"Where {be} {subject} {participle}?"
            if not the and participle not in _PLACE_PARTICIPLES:
                # "The riddles are formed in acrostics": a bare plural after a process may be
                # a form or a means as well as a place; "what ... in" fits each
                question = f"What {be} {subject} {participle} {preposition}?"
            return Statement(answer[0], answer[1], question, text[: answer[1]] + ".")
    question = f"What {be} {participle} {rest.rstrip(' .')}?"
    if (
        participle in PROCESS_PARTICIPLES
        and len(question.split()) >= MIN_STATEMENT_QUESTION_WORDS
        and not rest.startswith("by ")
    ):
        answer = _answer_phrase(text[: match.end("subject")], 0)
        if answer is None or answer[1] != match.end("subject"):
            return None
        claim = text.rstrip(" .") + "."
        return Statement(answer[0], answer[1], question, claim)
    if preposition not in ("as", "into"):
        return None
    answer = _answer_phrase(text, match.start("rest") + len(preposition) + 1)
    if answer is None or text[answer[1] :].strip(" ."):
        return None
    question = f"What {be} {subject} {participle} {preposition}?"
    return Statement(answer[0], answer[1], question, text[: answer[1]] + ".")


def _feature_of(text: str) -> Statement | None:
    match = _FEATURE_OF.match(text)
    if match is None:
        return None
    described = match.group("subject")
    if phrasing.context_words(described) or _verb_only(described.split()[1].casefold()):
        return None
    answer = _answer_phrase(text, match.start("answer"))
    if answer is None or text[answer[1] :].strip(" ."):
        return None
    question = f"What {match.group('be')} {described[0].lower()}{described[1:]}?"
    return Statement(answer[0], answer[1], question, text[: answer[1]] + ".")


_RESULTS_FROM = LazyPattern(
    rf"^{_SUBJECT}\s+(?:(?P<verb>results|result|resulted|arises|arise|arose)\s+from"
    r"|(?P<be>is|are|was|were)\s+caused\s+by)\s+(?P<cause>[^;:]{8,160}?)\s*\.?$"
)


def _results_from(text: str) -> Statement | None:
    """ "Scurvy results from a lack of vitamin C in the diet." → "What results from a lack of
    vitamin C in the diet?" (scurvy): the effect a cause brings about, when the effect is a
    common-noun term and the cause says enough to single it out."""
    match = _RESULTS_FROM.match(text)
    if match is None or phrasing.context_words(match.group("cause")):
        return None
    answer = _subject_answer(text, match.end("subject"))
    if answer is None:
        return None
    if generic_key(text[answer[0] : answer[1]]):
        return None
    verb, be = match.group("verb"), match.group("be")
    if verb:  # "What" asks in the singular: "Fevers result from ..." → "What results from ...?"
        said = f"{verb if verb in ('resulted', 'arose') else _BARE[verb] + 's'} from"
    else:
        said = f"{'was' if be in ('was', 'were') else 'is'} caused by"
    question = f"What {said} {match.group('cause')}?"
    if len(question.split()) < MIN_STATEMENT_QUESTION_WORDS:
        return None
    return Statement(answer[0], answer[1], question, text.rstrip(" .") + ".")


def _subject_answer(text: str, end: int) -> tuple[int, int] | None:
    """Where the whole subject ending at ``end`` is a common-noun answer, its article left
    out ("An ammeter is ..." → "ammeter")."""
    article = re.match(r"(?:The|An?)\s+", text)
    answer = _answer_phrase(text[:end], article.end() if article else 0)
    return answer if answer is not None and answer[1] == end else None


_USED_TO = LazyPattern(
    rf"^{_SUBJECT}\s+(?P<be>is|are|was|were)\s+(?:often\s+|commonly\s+|mainly\s+)?used\s+"
    r"(?P<purpose>to\s+[a-z]+\s+[^;:]{4,120}?)\s*\.?$"
)


def _used_to(text: str) -> Statement | None:
    """ "An ammeter is used to measure electric current." → "What is used to measure electric
    current?" (ammeter): a tool or a term asked by its purpose."""
    match = _USED_TO.match(text)
    if match is None or phrasing.context_words(match.group("purpose")):
        return None
    answer = _subject_answer(text, match.end("subject"))
    if answer is None:
        return None
    be = "was" if match.group("be") in ("was", "were") else "is"
    question = f"What {be} used {match.group('purpose')}?"
    if len(question.split()) < MIN_CONTRAST_WORDS:
        return None
    return Statement(answer[0], answer[1], question, text.rstrip(" .") + ".")


_OBJECT_REST = LazyPattern(
    r"\s+(?P<rest>(?:from|for|by|into|to|in|on|at|through|with|during|inside|within)\s+[^,;:]+?)"
    r"\s*\.?$"
)
_NAMED_REST = LazyPattern(
    r"\s+(?P<rest>(?:from|for|by|into|to|in|on|at|through|with|during|inside|within|as|until"
    r"|after|before|since|across|throughout|against|among|under|over|instead\s+of)\s+[^,;:]+?)"
    r"\s*\.?$"
)
"""What may follow the object of a named doer's deed: "burned peat instead of coal"."""
_AND_WORD = LazyPattern(r"(?=\sand\s(\w+)\b)")
_BE_BEFORE = LazyPattern(r"\b(?:is|are|was|were|been)\s[^,;]*\Z")
"""A form of "be" before the end of a text with no comma or semicolon after it."""


def _joined_to_passive(verb: str, source: str) -> bool:
    """Whether ``source`` joins ``verb`` by "and" to a passive or a form of "be" before it in
    the same clause ("was razed by raids and planned destruction")."""
    return any(
        match.group(1) == verb and _BE_BEFORE.search(source, 0, match.start()) is not None
        for match in _AND_WORD.finditer(source)
    )


_INFINITIVE = LazyPattern(r"to\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)(?P<after>\s+[a-z]+)?")


_TO = LazyPattern(r"\bto\s")


def _infinitive(rest: str) -> bool:
    """Whether "to ..." after an object is a verb's complement ("prompted the authorities to
    reform the administration"), not a place or a receiver ("to apprentices")."""
    match = _INFINITIVE.match(rest)
    if match is None:
        return False
    verb = match.group("verb")
    tags = phrasing.word_tags(verb)
    if "VERB" not in tags or getLemma(verb, upos="VERB")[0] != verb:
        return False
    after = (match.group("after") or "").strip()
    return "NOUN" not in tags or after in _DETERMINERS_AFTER_VERB


_DETERMINERS_AFTER_VERB = (lexicon.DETERMINERS - {"that"}) | word_set("your")
"""Words that open a verb's object: "that" after a verb opens a clause ("shows that ..."),
no object."""


_NOT_ASKED_VERBS = word_set(
    "have has had include includes included become becomes became mean means meant say says"
    " said call calls called seem seems seemed take takes took"
)
"""Verbs whose object a question cannot pin (what something has or includes is one of many)
or is an idiom's ("take time", "take part")."""


def _object(
    text: str, *, proper: Collection[str] = (), named: bool = False, source: str = ""
) -> Statement | None:
    """ "X <verb> Y <preposition> Z." → "What do/does/did X <verb> <preposition> Z?" (Y): the
    common-noun object of an active clause, asked only when a phrase after it says more
    ("What do chloroplasts contain?" fits anything they contain). The longest subject made
    of nominal words is tried first: in "Trade schools teach crafts to ..." the verb is
    "teach", not "schools". A ``named`` subject only (see ``_named_subject``): a deed of a
    named doer is asked even when the object ends the clause ("What did the Orm guild
    ban?")."""
    tokens = list(_TOKEN.finditer(text))
    for at in range(min(5, len(tokens) - 2), 0, -1):
        verb = tokens[at].group(0)
        said = [t.group(0) for t in tokens[:at]]
        if not all(_subject_word(w, i == 0) for i, w in enumerate(said)):
            continue
        if said[-1].casefold() in _SUBJECT_OPENERS or not _technical_noun(said[-1]):
            continue
        if phrasing.verb_or_compound_noun([t.group(0) for t in tokens], at - 1):
            return None  # "Logic uses quantified variables": "uses" may be the verb
        subject = _subject_phrase(text[: tokens[at - 1].end()])
        if subject is None or text[tokens[at - 1].end() : tokens[at].start()] != " ":
            continue
        if named:
            described = _named_subject(text[: tokens[at - 1].end()], proper)
            if described is None:
                continue
            subject = described
        aux = _do_support(verb, text[: tokens[at - 1].end()])
        if aux is None:
            continue
        rest = (_NAMED_REST if named else _OBJECT_REST).search(text, tokens[at].end())
        done_to = text[tokens[at].end() : rest.start() if rest else len(text)]
        if named and not _named_deed(verb, done_to, rest.group("rest") if rest else ""):
            return None
        if named and _joined_to_passive(verb, source):
            return None  # "was razed by raids and planned destruction": no deed of its own
        if named:
            return _named_object(text, tokens[at].end() + 1, rest, subject, aux)
        if rest is None:
            return None
        said_after = rest.group("rest")
        if any(_infinitive(said_after[m.start() :]) for m in _TO.finditer(said_after)):
            return None  # "joined forces with the guild to build a kiln": an idiom's purpose
        answer = _answer_phrase(text[: rest.start()], tokens[at].end() + 1)
        if answer is None or answer[1] != rest.start():
            return None
        opening = text[answer[0] : answer[1]].split()[0]
        if opening.endswith("ing") and "VERB" in phrasing.word_tags(opening):
            return None  # "considered making peace": an action, not a thing
        question = f"What {aux[0]} {subject} {aux[1]} {rest.group('rest')}?"
        return Statement(answer[0], answer[1], question, text.rstrip(" .") + ".")
    return None


_LIGHT_VERBS = word_set(
    """
    go goes went come comes came grow grows grew get gets got make makes made give gives gave
    put puts set sets keep keeps kept hold holds held start starts started find finds found
    show shows showed play plays played pay pays paid see sees saw lose loses lost gain gains
    gained draw draws drew bring brings brought reach reaches reached face faces faced
    """
)
"""Verbs whose object is mostly an idiom's ("went public", "made a reference", "lost
influence", "held talks"): a name's deed with them teaches nothing to type."""
_VAGUE_OBJECTS = word_set(
    """
    something anything nothing everything reference references location locations place
    position role part interest attention influence support power control operation operations
    action actions step steps measure measures effort efforts work evidence data information
    way use access advantage opportunity ability time
    """
)
"""Objects that name no particular thing: "presented evidence", "maintains a location"."""
_CLAUSE_WORDS = LazyPattern(
    r"\b(?:that|which|who|whom|whose|when|where|while|if|because|although|though|whereas"
    r"|and|but|or|him|her|them|it|they|he|she|its|their|his|is|are|was|were)\b"
)


_CLAUSE_ENDS = LazyPattern(
    r"\s*\.?$|,\s+(?:which|and|but|while|whereas)\s|\s+and\s+[a-z]+(?:ed|s)\s"
)
"""Where the clause of an object ends: the sentence's end, or a clause of its own after it."""


def _named_deed(verb: str, done_to: str, rest: str) -> bool:
    """Whether what a name did is asked by its object: a verb of its own (not "went
    public"), an object that needs no sentence before it ("the fleet" does, "the salt trade"
    does not), a particular thing (not "evidence"), and no clause after it whose words the
    question would carry along ("... that elected him khan")."""
    object_words = [w.casefold() for w in _TOKEN.findall(done_to)]
    if verb in _LIGHT_VERBS or (object_words[:1] == ["the"] and len(object_words) < 3):
        return False
    if not object_words or {object_words[-1], _singular(object_words[-1])} & _VAGUE_OBJECTS:
        return False
    if "VERB" in phrasing.word_tags(object_words[-1]) and "NOUN" not in phrasing.word_tags(
        object_words[-1]
    ):
        return False  # "blockaded a speech given by ...": the participle says which
    return _CLAUSE_WORDS.search(rest) is None


_OBJECT_THEN_TO = word_set(
    """
    prompt force allow ask persuade order encourage urge enable cause lead help invite require
    permit compel oblige tell want expect need join
    """
)
"""Verbs whose object a "to" clause completes ("urged the guilds to strike")."""
_NOUNS_THEN_TO = word_set(
    """
    plan ambition attempt effort decision right permission order proposal chance desire
    intention wish bid offer promise request demand need power ability authority force
    """
)
"""Nouns that a "to" clause completes ("plans to build a dam")."""


_ADJECTIVE_ENDING = LazyPattern(r"(?:al|ic|ive|ous|ful|ent|ant|ary|ible|able|ish|less)$")


def _noun_modifier(word: str) -> bool:
    """Whether a word before the head noun is a noun that sorts it ("wool trade", "poll
    tax") or a word no list has ("pro-Kusala"), not an adjective any learner would guess
    ("medical", "fast", "immunological")."""
    lower = word.casefold()
    tags = phrasing.word_tags(lower)
    if not tags:
        # only a word no list has is judged by its ending: "government" is a noun
        return _ADJECTIVE_ENDING.search(lower) is None
    return "NOUN" in tags and "ADJ" not in tags


def _named_object(
    text: str, start: int, rest: re.Match[str] | None, subject: str, aux: tuple[str, str]
) -> Statement | None:
    """The question of a named doer's deed, its object the key: one word after "What" ("What
    did the Orm guild ban?" cartels), two or three after "What" and the object's head noun,
    so that the learner knows what sort of thing to type and supplies what sets it apart
    ("What tax did Lord Vey introduce?" poll tax). The object may end the clause or come
    before another clause ("..., which ...", "... and elected ..."), a fact of its own."""
    end = rest.start() if rest else len(text)
    said_after = rest.group("rest") if rest else ""
    if any(_infinitive(said_after[m.start() :]) for m in _TO.finditer(said_after)) and (
        aux[1] in _OBJECT_THEN_TO or _singular(text[start:end].split()[-1]) in _NOUNS_THEN_TO
    ):
        return None  # "harboured ambitions to rule": the infinitive completes the object
    answer = _answer_phrase(text[:end], start)
    if answer is None:
        return None
    if rest is None and not _CLAUSE_ENDS.match(text, answer[1]):
        return None
    if rest is not None and answer[1] != rest.start():
        return None
    words = text[answer[0] : answer[1]].split()
    if len(words) > 3 or "of" in words:
        return None  # "command of the fleet": which word is the thing is unclear
    if said_after.startswith("by ") and _ACTION_NOUN.search(words[-1]):
        return None  # "preferred an evacuation by the army": the army evacuates, not the doer
    if words[0].endswith("ing") and "VERB" in phrasing.word_tags(words[0]):
        return None  # "considered making peace": an action, not a thing
    described = [w for w in words if w.casefold() not in GENERIC_MODIFIERS]
    if len(described) != len(words) and (len(described) < 2 or described != words[-2:]):
        return None  # "a major industry": a generic word says nothing of which
    if len(described) > 1 and not _noun_modifier(described[-2]):
        return None  # "medical treatment": an adjective any learner would guess
    first = answer[1] - len(" ".join(described))
    asked = "What" if len(described) == 1 else f"What {described[-1]}"
    question = f"{asked} {aux[0]} {subject} {aux[1]}{' ' if rest else ''}{said_after}?"
    return Statement(first, answer[1], question, text.rstrip(" .") + ".")


_ACTION_NOUN = LazyPattern(r"(?:tion|sion|ment|ance|ence)s?$")
"""The endings of a noun of action, whose "by" phrase names who does it."""


_NAME_PARTICLES = word_set("of de del da di du van von der den y al bin ibn la le")


def _named_subject(subject: str, proper: Collection[str]) -> str | None:
    """Whether a subject says who or what acts without the text around it: a name ("Tarn
    Mills"), a name and one noun ("the Velcan government", "Huguenot weavers"), or a whole
    class of things its modifiers describe ("Cytotoxic drugs"); not "the guild" or "the
    crisis", which lean on a sentence before, nor "Physicians", which could be any. The
    subject as the question shows it, or None."""
    words = _TOKEN.findall(subject)
    if words[:1] == ["The"]:
        named = _name_and_noun(words[1:], proper, opening=False)
        return "the" + subject[3:] if named else None
    if _name_and_noun(words, proper, opening=True):
        return subject
    return subject[:1].lower() + subject[1:] if _described_class(words, proper) else None


def _name_and_noun(words: Sequence[str], proper: Collection[str], *, opening: bool) -> bool:
    """A name, and at most one noun after it. A capital that only opens the sentence is a
    name's when the document writes the word so inside its sentences (``proper``), it is an
    acronym, or another capital follows."""
    names = list(words)
    if names and names[-1][:1].islower():
        head = names.pop()
        if "NOUN" not in phrasing.word_tags(head):
            return False
    if not names or names[-1] in _NAME_PARTICLES:
        return False
    if not all(w[:1].isupper() or w in _NAME_PARTICLES for w in names):
        return False
    first = names[0]
    return (
        not opening
        or first in proper
        or first.isupper()
        or (len(names) > 1 and names[1][:1].isupper())
    )


_ANYONE = word_set(
    """
    people persons others members groups things countries states nations cities users
    individuals researchers scholars critics historians observers authors writers experts
    """
)
"""Heads that could mean anyone: "Many people ...", "Some historians ..."."""


def _described_class(words: Sequence[str], proper: Collection[str]) -> bool:
    """Whether an opening common noun and its modifiers name a whole class of things
    ("Cytotoxic drugs", "Connection-oriented transmission"), not a share of them ("Many
    drugs") nor anyone ("Local people")."""
    if len(words) < 2 or words[0] in proper:
        return False
    lowered = [w.casefold() for w in words]
    if lowered[0] in GENERIC_MODIFIERS or lowered[0] in _NOT_IN_TERMS:
        return False
    if lowered[-1] in _ANYONE or not _head(words[-1]):
        return False
    return all(_nominal(w, False) for w in words[1:-1]) and _nominal(words[0].casefold(), True)


def _subject_word(word: str, first: bool) -> bool:
    """A word a plain noun-phrase subject can hold: an opener ("the", "most"), a noun or
    adjective, a name, or a word the tables do not know; not "closely" or "was"."""
    lower = word.casefold()
    if first and lower in _SUBJECT_OPENERS:
        return True
    if lower in _NOT_IN_TERMS or lower.endswith("ly") or _verb_only(lower):
        return False
    return word[:1].isupper() or not phrasing.word_tags(lower) or _nominal(word, False)


def _do_support(verb: str, subject: str) -> tuple[str, str] | None:
    """("does", "make") for "makes", ("do", "make") for "make" after a plural subject, ("did",
    "build") for "built"; None when the word is no verb or asks about nothing."""
    if not verb.islower() or verb in _NOT_ASKED_VERBS or verb in phrasing.AUXILIARIES:
        return None
    finite = phrasing.finite_verb(verb)
    if finite is not None:
        lemma, tag = finite
        return ("does" if tag == "VBZ" else "did"), lemma
    head = _TOKEN.findall(subject)[-1].casefold()
    # "mitochondria release"; an unknown word first, whose lemma only slow rules would guess
    plural = not phrasing.word_tags(head) or _singular(head) != head
    # "store", not "colliding"; its lemma read last, as a word no table lists is guessed slowly
    if "VERB" in phrasing.word_tags(verb) and plural and getLemma(verb, upos="VERB")[0] == verb:
        return "do", verb
    return None


def forget_word_readings() -> None:
    """Empty the caches of the word tests that finding terms and definitions reads (term keys,
    singulars, nominal, plural, verb-like, head and generic words): once a document's
    sentences are read, only their candidates are asked about."""
    for cached in (
        _term_key,
        other_number,
        _singular,
        _nominal,
        _plural,
        _verb_like,
        _head,
        _generic,
    ):
        cached.cache_clear()
