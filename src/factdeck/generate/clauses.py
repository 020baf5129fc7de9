"""Sentence simplification before questions are formed (after Heilman and Smith, 2010).

An encyclopedia sentence often carries several facts in clauses joined by commas. A question
formed from the whole sentence puts its wh-word after a comma or inside a second clause, which
reads garbled, so the gates reject it and the facts are lost. Each rule here cuts out a clause
that stands alone, with its subject made explicit, so that a question is formed from a short
declarative sentence:

- main clauses joined by ";" or by ", and", ", but", ", while", ", whereas" each stand alone;
  a second verb phrase with no subject of its own (", and flows into the sea") gets the first
  clause's subject;
- a relative clause (", which ...", ", who ...", ", where ...") becomes a clause of its own with
  its antecedent as subject ("Dresden, which lies on the Elbe, is ..." → "Dresden lies on the
  Elbe" and "Dresden is ..."), also where the antecedent opens the sentence ("After the flood,
  which ..., X ...") or follows an opening phrase, and where the relative clause holds a list;
- an appositive after a name ("Hamburg, the largest city of the region, ...", "Ada Holt, a
  painter, ...") becomes "Hamburg is the largest city of the region" (not a time: ", a year
  later"), and a passive participle after a subject or a name ("The funeral, held at St Orm,
  was ...") says "The funeral was held at St Orm";
- "when" after a date ("... until 1901, when the company opened a line") opens a clause that
  happened then: "The company opened a line in 1901";
- a clause opening with "Although", "Though", "Because", "While" or "Whereas" and the
  participial phrase before a subject ("Having crossed the Alps, ...", also without its comma:
  "Fearing a flood the monks ...") are split off or dropped, and so is a participial phrase
  after the clause (", claiming that ..."); a passive one that says where, when or by whom
  ("Founded in 1820 by Ivo Berg, Kelby ...") becomes "Kelby was founded in 1820 by Ivo Berg";
- a phrase with its own subject and "being" (", the largest being the Kelby Star", "With the
  harbour being closed, ...") is dropped;
- the time of an event an opening phrase names is a clause of its own ("After the Battle of
  Orm in 1066, ..." → "The Battle of Orm took place in 1066", "After the capture of Orm in
  1102, ..." → "Orm was captured in 1102"), and after "after", "before", "since" or "until" it
  leaves the main clause, whose time it is not;
- an opening "With a population of 40,000, X ..." becomes a clause of its own, "X has a
  population of 40,000";
- a time or place phrase before the subject moves to the end ("In 1869, the canal opened" →
  "The canal opened in 1869");
- parallel counts share the rest of their clause ("The town has 12 schools in the north and 4
  schools in the south" → "The town has 12 schools in the north" and "The town has 4 schools in
  the south"), and a second count whose verb is left out gets the first one's ("900 pupils
  attended state schools and 300 private schools" → "... and 300 pupils attended private
  schools").

A rule applies only where both pieces have a subject and a verb; otherwise the sentence is
left whole and the gates judge it as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from lemminflect import getInflection, getLemma

from factdeck.generate.lexicon import (
    ARTICLES_AND_POSSESSIVES,
    COMMON_START_WORDS,
    CONNECTORS,
    DETERMINERS,
    EVENT_WORDS,
)
from factdeck.generate.patterns import LazyPattern
from factdeck.generate.phrasing import (
    AUXILIARIES,
    base_verb,
    ends_a_list,
    finite_verb,
    is_finite_verb,
    main_subject,
    participle_clause,
    plural_noun,
    unmarked_opening_end,
    verbless_subordinate_end,
    without_connective,
    word_tags,
)
from factdeck.generate.text import MONTHS, word_set

MAX_CLAUSES = 4
"""A sentence yields at most this many clauses (the rules recurse on their pieces)."""

_WORD = LazyPattern(r"[\w’'-]+")
_PRONOUN = LazyPattern(r"^(?:it|they|he|she)\s+(?=[a-z])", re.IGNORECASE)
_COORDINATION = LazyPattern(
    r"(?:,\s+(?:and|but|so(?=\s+[A-Z])|while|whereas|although|though|because"
    r"|when(?=\s+(?:he|she|it|they)\s))|;"
    r"|\s+(?:and|but),?(?=\s+[a-z]+\s)|\s+but(?=\s+[A-Z]))\s+"
)
_LEADING_SUBORDINATE = LazyPattern(
    r"^(?:Although|Though|Because|While|Whereas|After)\s+(?P<sub>[^,]{3,120}),\s+"
    r"(?P<main>.+)$"
)
_LEADING_PARTICIPLE = LazyPattern(
    r"^(?:Having\s+[a-z]+|Being|Born|Built|Located|Situated|Founded|Known|Named|Formed"
    r"|[A-Z][a-z]+ing)\b[^,]{0,90},\s+(?P<main>.+)$"
)
_RELATIVE = LazyPattern(r",\s+(?P<word>which|who|where)\s+")
_COPULA_RELATIVE = LazyPattern(
    r"^(?P<main>(?P<subject>[A-Z][^,;]{1,60}?)\s+(?:is|was)\s+(?:an?|the)\s+[^,;]{1,60}?)"
    r"\s+(?:that|which|who)\s+(?P<rest>[a-z][^;]*)$"
)
_OPENING = LazyPattern(
    r"^(?P<lead>(?:In|On|At|By|From|After|Before|During|Under|Near|Along|Between|As\s+of"
    r"|Throughout|Within|Following|Prior\s+to|Until|Since)\s+[^,;]{2,60}),\s+(?P<main>.+)$"
)
_SUBORDINATORS = word_set(
    "as when while although though because if whereas once unless whether after before since"
    " until so"
)
_LEAD_PHRASE = LazyPattern(
    r"^(?:in|on|at|by|from|since|until|after|before|during|under|near|along|throughout|within"
    r"|following|around)\s+[^,;]{1,60},\s+",
    re.IGNORECASE,
)
_TRAILING_PARTICIPLE = LazyPattern(r",\s+(?P<verb>[a-z]+ing)\b[^;]*$")
_APPOSITIVE = LazyPattern(r",\s+(?P<aside>(?:the|one of the|an?)\s+[^,;]{2,60}?)(?=,\s+|\.?$)")
_NAME = LazyPattern(
    r"(?:[Tt]he\s+)?[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|of|de|the|von|van|du|la))*"
)
"""A name alone, without nouns that title it ("Ada Holt", not "the painter Ada Holt")."""
_TIME_NOUNS = word_set(
    "year years decade month week day days time times while moment century season few number"
    " total lot same next following previous"
)
"""Words that make a phrase after a comma a time or an amount ("a year later", "the same
year"), not another name for the noun before it."""
_PREPOSITIONS = word_set(
    "in on at by to from into onto for with near under over through during after before since"
    " until against around across along between of as following throughout past beyond towards"
    " toward below above beside"
)
_POINTER = LazyPattern(
    r"\b(?:its|their|his|her|this|these|those|there)\b|(?<!,\s)\bthen\b", re.IGNORECASE
)
"""A word in a split-off clause that may point at what the other clause names."""
_PAST_MARKERS = frozenset(["was", "were", "had", "did"])
_COUNT = (
    r"[£$€]?\d[\d,.]*\d%?|[£$€]?\d%?"
    r"|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty"
    r"|sixty|seventy|eighty|ninety|hundred)(?![\w-])"
)


def split_clauses(text: str) -> list[str]:
    """The clauses of a sentence that each stand alone, in reading order (the main clause
    first); ``[text]`` when no rule applies safely."""
    return [clause for clause, _ in marked_clauses(text)]


def marked_clauses(text: str) -> list[tuple[str, bool]]:
    """``split_clauses`` with, for each clause, whether it tells a side detail: what a
    relative clause, an appositive or a participle says of a noun, a clause opening with
    "although", "though", "after", "while" or "whereas". The sentence is not about these; a
    question from one asks what the learner meets in passing. The time of an event an
    opening phrase names ("After the siege of Orm in 1097, ...") is a fact of its own."""
    opened = _unmarked_participle_marked(_without_sentence_adverb(text.strip()))
    pieces = _split(_unmarked_opening_moved(opened), depth=0)
    return [
        (_finish(_counted_population(_opening_moved(piece))), aside)
        for piece, aside in pieces[:MAX_CLAUSES]
    ]


_POPULATION = LazyPattern(
    rf"\b(?P<have>has|had|have)\s+a\s+population\s+of\s+(?P<count>{_COUNT})(?=[\s.]|$)"
)


def _counted_population(clause: str) -> str:
    """ "Orm has a population of 40,000" → "Orm has 40,000 inhabitants": a count of things the
    subject has is asked "How many inhabitants does Orm have?"."""
    return _POPULATION.sub(r"\g<have> \g<count> inhabitants", clause)


_SENTENCE_ADVERB = LazyPattern(r"^(?P<adverb>[A-Z][a-z]+ly),\s+(?=[A-Za-z])")


def _without_sentence_adverb(text: str) -> str:
    """ "Politically, Ardenne has 37 seats" → "Ardenne has 37 seats": an adverb that only
    frames the sentence keeps a question from being formed around its comma."""
    match = _SENTENCE_ADVERB.match(text)
    if match is None or word_tags(match["adverb"].casefold()) != {"ADV"}:
        return text
    rest = text[match.end() :]
    return rest[:1].upper() + rest[1:] if _stands_alone(rest) else text


_MONTH = rf"(?:{'|'.join(MONTHS)}|[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter)"
_TIME_OPENING = LazyPattern(
    r"^(?:In|On|By|During|After|Before|Since|Until|From|Following|Throughout)\s+"
    r"(?:the\s+(?:(?:early|late|mid|first|second|last|middle|end|beginning|start|half|part)"
    r"[\s-]+(?:of\s+the\s+)?)*(?:\d{1,2}(?:st|nd|rd|th)\s+century|\d{3,4}s)"
    rf"|(?:(?:early|late|mid)[\s-]+)?(?:\d{{1,2}}\s+)?(?:{_MONTH}\s+)?(?:\d{{1,2}},\s+)?\d{{3,4}})"
    r"(?=\s+(?:(?:the|a|an|its|his|her|their|it|he|she|they)\s|[A-Z]))"
)
"""A time phrase opening a sentence without its comma: "In 1308 the order seized ..."."""
_EVENT_OPENING = LazyPattern(
    r"^(?:During|After|Before|Since|Until|Following|Throughout)\s+the\s+"
    r"[A-Z][\w’'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'-]*){0,4}"
    r"(?=\s+(?:the|a|an|its|his|her|their|it|he|she|they)\s)"
)
"""A named event opening a sentence without its comma, up to the article of the subject:
"During the Thirty Years' War the town ...". A name followed by a name is left alone, as
where one ends cannot be told."""
_PLACE_OPENING = LazyPattern(
    r"^(?:In|At|Near|Between|Along|Within|From)\s+"
    r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}(?:\s+and\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})?"
    r"(?=\s+(?:the|a|an|its|his|her|their)\s)"
)
"""A place opening a sentence without its comma, up to the article of the subject: "Between
Kell and Orm the Kell Bridge crosses the Tarn". Left in place, a run of capitals reads as one
name ("Orm the Kell Bridge")."""


def _unmarked_opening_moved(text: str) -> str:
    """ "In 1308 the order seized the town" → "The order seized the town in 1308": an opening
    phrase whose comma the writer left out goes to the end as ``_opening_moved`` moves one with
    its comma; the sentence is left as it is where that rule would not move it.

    A phrase that ends at a name before "the" and a capital ("Among the hills of Kelby the Tarn
    Mill ...") gets its comma where it is not moved, and the rules for a marked opening phrase
    judge it: left unmarked, a run of capitals reads as one name ("Kelby the Tarn Mill")."""
    opening = _TIME_OPENING.match(text) or _EVENT_OPENING.match(text) or _PLACE_OPENING.match(text)
    at_name = unmarked_opening_end(text)
    end = opening.end() if opening is not None else at_name
    if end is None:
        return text
    marked = f"{text[:end]},{text[end:]}"
    moved = _opening_moved(marked)
    if moved != marked:
        return moved
    return marked if end == at_name else text


_ARTICLES_AND_POSSESSIVES = ARTICLES_AND_POSSESSIVES
"""Words that open a noun phrase, so an opening phrase goes on after them."""
_ARTICLES = word_set("the a an")
"""Articles: one after a noun opens a subject after an opening phrase ("sea the Danes")."""
_PHRASE_REACH = 14
"""Words an opening participle phrase without its comma may span before its subject."""


def _unmarked_participle_marked(text: str) -> str:
    """ "Facing defeat at sea the Danes returned the fort" → "Facing defeat at sea, the Danes
    returned the fort": an opening participle phrase whose comma the writer left out gets it,
    so that it is dropped (or stated, "Weakened by plague, ...") as the phrase with its comma
    is; kept, it sits inside the question ("did facing defeat at sea the Danes return ...").

    The phrase ends where a second noun phrase opens right after a noun or a figure ("sea the
    Danes", "in 1998 Ada Holt"). The sentence is left as it is where no such place is found
    before a comma, where the rest does not stand alone, or where the phrase would not go:
    "Farming the land was hard" has a gerund for its subject."""
    words = list(_WORD.finditer(text.split(",")[0]))
    if len(words) < 4 or not _participle_opener(words[0].group(0), words[1].group(0)):
        return text
    for at, (before, match) in enumerate(pairwise(words[1:_PHRASE_REACH]), start=2):
        word, previous = match.group(0), before.group(0)
        if previous.casefold() in _CLAUSE_WORDS or is_finite_verb(previous):
            return text  # "Realising that the war was lost": a clause inside the phrase
        if previous.casefold() in _PHRASE_GOES_ON:
            continue  # "at the sea", "and Latin": the phrase goes on
        after_noun = "NOUN" in word_tags(previous.casefold()) or previous.isdigit()
        # "from the Swedes and Danes the Poles": a name or a people, then "the" and a name
        after_noun = after_noun or (
            previous[:1].isupper()
            and word == "the"
            and at + 1 < len(words)
            and words[at + 1].group(0)[:1].isupper()
        )
        if word[:1].isupper() and previous[:1].isupper():
            continue  # "Visiting Paris Ivo Berg": where one name ends cannot be told
        if not after_noun or not (word[:1].isupper() or word.casefold() in _ARTICLES):
            continue  # "in southern California": an adjective before its name
        rest = text[match.start() :]
        marked = f"{text[: before.end()]}, {rest}"
        if _stands_alone(rest) and _leading(marked) is not None:
            return marked
        return text
    return text


_JOINERS = word_set("and or of to than")
_PHRASE_GOES_ON = _PREPOSITIONS | _ARTICLES_AND_POSSESSIVES | _JOINERS
"""Words after which an opening phrase cannot end ("at the sea", "and Latin")."""
_CLAUSE_WORDS = _SUBORDINATORS | word_set("that which who whom whose where")


_NO_PARTICIPLE = COMMON_START_WORDS | _PREPOSITIONS
"""Capitalised openings that are no participle ("Following", "According", "The")."""


def _participle_opener(word: str, following: str) -> bool:
    """Whether a sentence opening with ``word`` then ``following`` opens with a participle
    phrase: "Facing ...", "Having lost ...", "Weakened by ..." (not "Following", "According",
    which are prepositions, nor "Mixed farming", an adjective before its noun)."""
    lower = word.casefold()
    if not word[:1].isupper() or lower in _NO_PARTICIPLE:
        return False
    tags = word_tags(lower)
    if lower.endswith("ing"):
        return "VERB" in tags
    return _maybe_participle(lower) and "NOUN" not in tags and following in _PREPOSITIONS


_PREPOSITIONS_AND_DETERMINERS = _PREPOSITIONS | DETERMINERS
"""Words after which a verb-like word is an adjective or a noun ("after failed talks")."""
_MOVED_PHRASE_REACH = 16
"""Words after its verb past which a phrase moved to the end of a clause no longer reads as
the verb's."""


def _far_from_its_verb(main: str) -> bool:
    """Whether an opening phrase moved to the end would stand far from the clause's last verb:
    "In 1991, Orm College began admitting women after years of talks with Kell College on a
    merger like that of two other schools" → "... two other schools in 1991" dates the merger."""
    words = _WORD.findall(main)
    verbs = [
        at
        for at, word in enumerate(words)
        if is_finite_verb(word)
        and (at == 0 or words[at - 1].casefold() not in _PREPOSITIONS_AND_DETERMINERS)
        and not (word.endswith("s") and "NOUN" in word_tags(word))
    ]  # "after years of failed talks": an adjective after its preposition, a plural noun
    return bool(verbs) and len(words) - verbs[-1] - 1 > _MOVED_PHRASE_REACH


def _capital_joins_a_name(main: str) -> bool:
    """Whether the clause opens on a lower-case word before a name ("drummer Ivo Pell",
    "bassist Ana Varga"): put first, its capital would join it to the name, which no
    question built from the clause could undo."""
    words = _WORD.findall(main)
    return (
        len(words) > 1
        and words[0][:1].islower()
        and words[0].casefold() not in COMMON_START_WORDS
        and words[1][:1].isupper()
    )


_ENDED_BY_FULL_STOP = LazyPattern(r"\.(?=[\"”’')]*$)")
"""A sentence's full stop, inside the quotes it closes too ('as "a loser."'): where words
follow it, it goes ('as "a loser" in 1961.')."""


def _opening_moved(clause: str) -> str:
    """ "In 1869, the canal opened." → "The canal opened in 1869.": a time or place phrase
    before the subject goes to the end, so a question about it, or about anything else in the
    clause, is formed from a plain subject-verb clause."""
    match = _OPENING.match(clause)
    if match is None:
        return clause
    lead, main = match["lead"], _ENDED_BY_FULL_STOP.sub("", match["main"].rstrip())
    second = _LEAD_PHRASE.match(main)
    if second is not None:
        # "In 1742, after a long siege, the army took Kell": both phrases go to the end (a verb
        # in the second keeps the clause as it is, below)
        lead, main = f"{lead} {second.group(0).rstrip(', ')}", main[second.end() :]
    if (
        re.search(r",\s", main)
        or _POINTER.search(lead)
        or any(is_finite_verb(w) for w in _WORD.findall(lead))
    ):
        return clause
    if _POINTER.search(main):
        return clause  # "After Castro's death, ... to his funeral": "his" must follow the name
    if not _stands_alone(main):
        return clause
    if _capital_joins_a_name(main):
        return clause  # "In 2009, drummer Ivo Pell joined": "Drummer Ivo Pell" reads as a name
    if _far_from_its_verb(main):
        return clause
    main = main if _keeps_capital(main) else main[:1].lower() + main[1:]
    return f"{main[:1].upper()}{main[1:]} {lead[:1].lower()}{lead[1:]}"


def _keeps_capital(main: str) -> bool:
    first = _WORD.match(main)
    return first is not None and first.group(0).casefold() not in COMMON_START_WORDS


def _split(text: str, depth: int) -> list[tuple[str, bool]]:
    if depth > 3:
        return [(text, False)]
    gapped = _gapped(text) or _verb_gapped(text)
    if gapped is not None:
        return _split_each(gapped, depth, aside=False)
    dated = _dated_event(text)
    if dated is not None:
        return _split_each(dated, depth, aside=False)
    lead = _openings(text)
    core = text[len(lead) :]
    joined = (_coordinated(core) or _listed_verbs(core)) if lead else None
    if joined is not None and not any(_POINTER.search(piece) for piece in joined[1:]):
        # "In 1064, during the war, X led the army and took a booty": both verb phrases keep
        # the phrases that open the sentence, which hold for both
        kept = [f"{lead}{_lower_first(piece)}" for piece in joined]
        return _split_each(kept, depth, aside=_conceded(core, joined))
    for rule in (
        _leading, _absolute, _with_opening, _named_subject, _copula_relative, _relative, _coordinated,
        _listed_verbs, _appositive, _participle_aside, _when_then, _trailing,
    ):  # fmt: skip
        pieces = rule(text)
        if pieces is not None and not any(_POINTER.search(piece) for piece in pieces[1:]):
            return _split_each(pieces, depth, aside=_aside(rule, text, pieces))
    return [(text, False)]


def _split_each(pieces: list[str], depth: int, *, aside: bool) -> list[tuple[str, bool]]:
    """Each piece split further; with ``aside``, the pieces after the first tell side
    details, and so does every clause cut from them."""
    return [
        (part, told_aside or (aside and number > 0))
        for number, piece in enumerate(pieces)
        for part, told_aside in _split(piece, depth + 1)
    ]


_SIDE_SUBORDINATORS = word_set("although though after while whereas")
"""Openings of a clause that only sets the scene of the main one (a concession, what came
before, what went on meanwhile)."""


def _aside(rule: Callable[[str], list[str] | None], text: str, pieces: list[str]) -> bool:
    """Whether a rule's pieces after the first tell side details: what a relative clause, an
    appositive or a participle says of a noun, or a scene-setting or conceded clause."""
    if rule is _participle_aside:  # not "Kelby, founded in 1820, lies ...": Kelby's history
        return not _told_of_the_subject(pieces)
    if rule in (_named_subject, _relative, _appositive):
        return True
    if rule is _leading:  # not "Founded in 1820 by X, Kelby ...": Kelby's own history
        opener = _WORD.match(text)
        return opener is not None and opener.group(0).casefold() in _SIDE_SUBORDINATORS
    return rule is _coordinated and _conceded(text, pieces)


_TOLD_OF = LazyPattern(r"(?P<noun>.+?) (?:is|was) ")


def _told_of_the_subject(pieces: list[str]) -> bool:
    """Whether the second piece ("Kelby was founded in 1820") tells of the noun the first,
    the main clause, opens with as its subject ("Kelby lies on the Orm.")."""
    told = _TOLD_OF.match(pieces[1])
    return told is not None and pieces[0].casefold().startswith(f"{told['noun'].casefold()} ")


_CONCEDING = LazyPattern(r",\s+(?:although|though)\s")


def _conceded(text: str, pieces: list[str]) -> bool:
    """Whether a clause joined by ", although" or ", though" is the second piece: what the
    sentence concedes, not what it says."""
    conceding = _CONCEDING.search(text)
    return conceding is not None and pieces[0].strip() == text[: conceding.start()].strip()


def _openings(text: str) -> str:
    """The time and place phrases that open a sentence before its subject, with their
    commas ("In 1064, during the War of Kell, "), or "" when there are none."""
    end = 0
    while opening := _LEAD_PHRASE.match(text[end:]):
        if any(is_finite_verb(w) for w in _WORD.findall(opening.group(0))):
            break
        end += opening.end()
    return text[:end] if end and _stands_alone(text[end:]) else ""


def _lower_first(clause: str) -> str:
    return clause if _keeps_capital(clause) else clause[:1].lower() + clause[1:]


_ENDED = LazyPattern(r"[.!?][\"”’')]*$")
"""A sentence's end, inside the quotes or brackets it closes too ('... as "a loser."')."""


def _finish(clause: str) -> str:
    clause = re.sub(r"\s{2,}", " ", clause).strip(" ,;:")
    clause = clause[:1].upper() + clause[1:]
    return clause if _ENDED.search(clause) else clause + "."


def _stands_alone(text: str) -> bool:
    """Whether ``text`` opens with a subject followed by a verb within ten words and before
    any comma (after any time or place phrases before the subject: "In 1428, during a revolt,
    the family moved")."""
    while opening := _LEAD_PHRASE.match(text):
        text = text[opening.end() :]
    words = _WORD.findall(text.split(",")[0])  # "Edmund Hillary, a New Zealander, who were"
    if len(words) < 3 or words[0].casefold() in _SUBORDINATORS:
        return False  # "As the sea rose": a subordinate clause needs its main clause
    if is_finite_verb(words[0]) and not (
        "NOUN" in word_tags(words[0])
        and is_finite_verb(words[1])
        and "NOUN" not in word_tags(words[1])
    ):
        return False  # "flows north": a verb phrase; "ships avoided ...": a clause
    first = words[0].casefold()
    if first in ("which", "who", "where", "that", "and", "but", "or", "so", "yet"):
        return False
    if words[0][:1].islower() and first not in ("the", "a", "an", "its", "their", "his", "her"):
        if "NOUN" not in word_tags(first):
            return False  # "making it ...", "flowing north": no subject
        if "VERB" in word_tags(first) and not (
            is_finite_verb(words[1]) and "NOUN" not in word_tags(words[1].casefold())
        ):
            return False  # "ships avoided" is a clause; "flows north" is not
    return any(is_finite_verb(word) for word in words[1:10])


def _with_subject(clause: str, subject: str | None, source: str) -> str | None:
    """A clause opening with "it"/"they"/"he"/"she" takes ``subject``, the subject of
    ``source``, instead; None when it would need a subject it cannot surely get: ``source``
    names something else the pronoun may stand for ("Strauss wrote the waltz, and it was first
    performed ...": "it" is the waltz)."""
    pronoun = _PRONOUN.match(clause)
    if pronoun is None:
        return clause
    if subject is None or source[: len(subject)].casefold() != subject.casefold():
        return None
    after = source[len(subject) :]
    word = pronoun.group(0).strip().casefold()
    rival = {
        "it": r"[A-Z“\"]|\b(?:the|a|an|this|its)\s+[\w-]+",
        "they": r"\b[A-Z][\w’'-]*s\b|\b(?!(?:was|has|is|its|this|thus)\b)[a-z]+s\b",
    }.get(word, r"[A-Z]")
    if re.search(rival, after):
        return None
    return f"{subject} {clause[pronoun.end() :]}"


def _quantified(clause: str) -> bool:
    """ "each page contained ...", "most ships ...": a subject that needs the other clause."""
    first = _WORD.match(clause)
    if first is None:
        return True
    word = first.group(0).casefold()
    return word in COMMON_START_WORDS and word not in ("the", "a", "an", "it", "they", "he", "she")


def _leading(text: str) -> list[str] | None:
    """ "Although the river is short, it carries much trade." → both clauses;
    "Founded in 1820 by Ivo Berg, Kelby grew quickly." → "Kelby grew quickly." and "Kelby was
    founded in 1820 by Ivo Berg.";
    "Having crossed the Alps, the army reached Italy." → the main clause only."""
    stated = participle_clause(text)
    if stated is not None:
        clause, opening = stated
        if _stands_alone(clause) and _PRONOUN.match(clause) is None:
            # a pointer in the phrase ("Managed by her father") needs the sentence before
            return [clause] if _POINTER.search(opening) else [clause, opening]
    match = _LEADING_SUBORDINATE.match(text)
    if match and _stands_alone(match["sub"]):
        subordinate = match["sub"]
        main = _with_subject(match["main"], main_subject(subordinate), subordinate)
        if main is not None and _stands_alone(main) and _PRONOUN.match(subordinate) is None:
            return [main, subordinate]
    match = _LEADING_PARTICIPLE.match(text)
    opener = _WORD.match(text)
    if opener and opener.group(0).casefold() in COMMON_START_WORDS | _PREPOSITIONS:
        return None  # "During the war, ...", "Following ...": a phrase that is kept or moved
    if match and _stands_alone(match["main"]) and _PRONOUN.match(match["main"]) is None:
        return [match["main"]]
    return None


_ABSOLUTE_NOUN = (
    r"(?P<noun>(?:the|a|an|his|her|its|their|one|some|many|most|all|each|both|these|those"
    r"|another|only|\d[\d,]*)\s+[^,;]{0,50}?)"
)
_ABSOLUTE_AFTER = LazyPattern(rf",\s+(?:with\s+)?{_ABSOLUTE_NOUN}\s+being\s+[^;]*$")
_ABSOLUTE_INSIDE = LazyPattern(
    rf",\s+(?:with\s+)?{_ABSOLUTE_NOUN}\s+being\s+[^,;]*,\s+(?=(?P<verb>[a-z]+)\b)"
)
"""An absolute between a subject and its verb: "The lever, the simplest being a seesaw, is
..."."""
_ABSOLUTE_BEFORE = LazyPattern(
    rf"^(?:[Ww]ith\s+)?{_ABSOLUTE_NOUN}\s+being\s+[^;]*?,\s+(?P<main>.+)$", re.IGNORECASE
)


def _absolute(text: str) -> list[str] | None:
    """ "Many ships sank on the reef, the largest being the Kelby Star." → "Many ships sank
    on the reef.": a phrase with its own subject and "being" ("the largest being ...", "with
    the harbour being closed ...") is dropped, also between a subject and its verb ("The
    lever, the simplest being a seesaw, is ..."). It has no verb of its own that a question could
    invert, so a question formed across it keeps it whole inside ("... on the reef, the largest
    being what?")."""
    inside = _ABSOLUTE_INSIDE.search(text)
    for found, main in (
        (_ABSOLUTE_BEFORE.match(text), "main"),
        (inside if inside is not None and is_finite_verb(inside["verb"]) else None, "verb"),
        (_ABSOLUTE_AFTER.search(text), ""),
    ):
        if found is None:
            continue
        words = _WORD.findall(found["noun"])
        if any(
            w in _CLAUSE_WORDS or (is_finite_verb(w) and "NOUN" not in word_tags(w)) for w in words
        ):
            continue  # "the firm that was being sold": a clause, not an absolute
        if main == "verb":
            kept = f"{text[: found.start()]} {text[found.end() :]}"
        else:
            kept = found[main] if main else text[: found.start()]
        if _stands_alone(kept) and _PRONOUN.match(kept) is None:
            return [kept]
    return None


def _coordinated(text: str) -> list[str] | None:
    """ "A flows north, and B flows south." → "A flows north." and "B flows south."; "The
    river rises in the Alps, and flows north" → the second verb phrase with the subject."""
    for match in _COORDINATION.finditer(text):
        left, right = text[: match.start()], text[match.end() :]
        if match.group(0).startswith(";"):
            right = without_connective(right)  # "...; however, the plants closed"
        if match.group(0).startswith(", and"):
            listed = _listed_predicates(left)
            if listed is not None:
                left = listed[0]
                right = f"{listed[1]}, and {right}"
        if not _stands_alone(left):
            continue
        subject = _subject(left)
        words = _WORD.findall(right)
        if not match.group(0).startswith((",", ";")) and _new_clause_after_and(match, left, right):
            resolved = _with_subject(right, subject, left)
            if resolved is not None:
                return [left, resolved]
            continue
        if not match.group(0).startswith((",", ";")):
            if "," in left or re.search(r"\b(?:that|which|who|whom|where|when)\b", left):
                continue  # the second verb may belong to a relative clause
            pronoun_clause = (
                len(words) > 1
                and words[0] in ("he", "she", "it", "they")
                and is_finite_verb(words[1])
            )  # "X was ... and he worked for ...": a clause of its own
            named_clause = (
                len(words) > 1
                and words[0][:1].isupper()
                and is_finite_verb(words[1])
                # "not Orm but Kell sailed": after "not", the "but" corrects what was
                # denied, no clause of its own
                and not re.search(r"\bnot\b", left)
            )  # "X was killed in 1901 but Orm remains ...": a subject and a verb of their own
            if not (pronoun_clause or named_clause) and (
                not words or "NOUN" in word_tags(words[0]) or not is_finite_verb(words[0])
            ):
                continue  # " and trade": a noun; only " and is", " and rebuilt" join verbs
        conjunction = match.group(0).strip(" ,")
        if words and is_finite_verb(words[0]) and conjunction in ("and", "but"):
            if subject is None or "," in subject:
                continue
            if words[0] not in AUXILIARIES and _tense(words[0]) not in (None, _main_tense(left)):
                continue  # "..., and ships sailed": "ships" is a noun, not a second verb
            passive = _passive_auxiliary(left)
            bare = len(words) == 1 or words[1] in _AFTER_A_PARTICIPLE or words[1][:1].isdigit()
            active = words[0] in _INTRANSITIVE or _leaves(words)
            if passive and bare and not active and _maybe_participle(words[0]):
                return [left, f"{subject} {passive} {right}"]  # "was built ... and enlarged"
            return [left, f"{subject} {right}"]
        if _PRONOUN.match(right):
            resolved = _with_subject(right, subject, left)
            if resolved is not None and _stands_alone(resolved):
                return [left, resolved]
            continue
        closes_list = match.group(0).startswith(", and") and ends_a_list(left)
        if not _stands_alone(right) or _quantified(right) or closes_list:
            continue
        resolved = _with_subject(right, subject, left)
        if resolved is None:
            continue
        return [left, resolved]
    return None


def _new_clause_after_and(match: re.Match[str], left: str, right: str) -> bool:
    """Whether a comma-less "and" or "but" opens a clause with its own subject: "... in trade
    and in 1906, the port closed", "... and, in 1906, the port closed" (a time or place phrase
    marked off by commas before a subject), "... in 1988 but Orm remained" ("but" joins no
    names). Kept, the stem runs on into the second clause ("... in trade and in 1906?")."""
    if _quantified(right) and not _LEAD_PHRASE.match(right):
        return False
    if match.group(0).strip() == "but":  # "not to Orsk but Tarrow": one contrast, not two
        return _stands_alone(right) and re.search(r"\bnot\b", left) is None
    return (
        _LEAD_PHRASE.match(right) is not None or match.group(0).rstrip().endswith(",")
    ) and _stands_alone(right.lstrip(", "))


_BE = word_set("is are was were")
_INTRANSITIVE = word_set(
    "died arrived returned went came lived moved fled remained became grew rose fell stayed"
    " emigrated retired served worked settled travelled traveled sailed flowed ran lay stood"
    " existed occurred happened began ended continued collapsed"
)
"""Past forms that are no passive participle: "was born in 1850 and died in 1900"."""
_LEAVING = word_set("left resigned departed quit abdicated disappeared vanished escaped")
"""Past forms of leaving a post or a place, which are passive participles too: after "was
hired in 1959, but", "left in 1961" is what the man did ("was left" is what was done to
him), unless an agent ("left by his aides") or a receiver ("left to his son") follows."""
_UNDERGONE = word_set(
    "rot die starve decay rust crumble wither perish drown languish fend fester moulder molder"
    " deteriorate decline fade"
)
"""What befalls one abandoned: "left to rot", "left to die" is what was done to it, never a
purpose it left for ("left to join the navy")."""
_PURPOSES_ALONE = word_set(
    "marry wed study work teach preach train enlist emigrate farm trade write paint compete"
    " retire travel"
)
"""A person's purposes that need nothing after them: "but left to marry." is what she did;
another bare verb ("and left to burn.") is what was done to the thing left."""


def _leaves(words: list[str]) -> bool:
    """Whether ``words`` open with a verb of leaving used actively: "resigned in 1955",
    "left to join the navy", "left to marry." (``_PURPOSES_ALONE``), not "left to his son",
    "abandoned by its crew", "left to burn.", nor "left to die." or "left to rot in the
    harbour", which are passive (``_UNDERGONE``)."""
    if not words or words[0] not in _LEAVING:
        return False
    following = words[1] if len(words) > 1 else ""
    if following == "by":
        return False
    if following == "to":
        if len(words) == 3:
            return words[2] in _PURPOSES_ALONE
        return len(words) > 3 and base_verb(words[2]) and words[2] not in _UNDERGONE
    return True


_AFTER_A_PARTICIPLE = word_set(
    "in on at by for from with as into during after before under until since to"
)
"""What follows a passive participle; an object instead ("and achieved self-rule") marks an
active verb."""


def _passive_auxiliary(clause: str) -> str | None:
    """The "was" of a clause whose verb is passive ("The hall was built in 1852"), which a
    second participle joined by "and" shares: "... and enlarged in 1899" was enlarged."""
    words = _WORD.findall(clause)
    for index, word in enumerate(words[1:], start=1):
        if is_finite_verb(word):
            if word not in _BE or index + 1 >= len(words):
                return None
            following = words[index + 1]
            if following.endswith("ly") and index + 2 < len(words):
                following = words[index + 2]  # "was officially opened"
            return word if _maybe_participle(following) else None
    return None


_LISTED_VERB = LazyPattern(
    r",\s+(?:(?:then|later|eventually|finally|also)\s+)?(?P<verb>[a-z]+)\s+(?=\S)"
)


def _listed_verbs(text: str) -> list[str] | None:
    """ "The Elbe begins in the mountains, forms part of the border, then flows through the
    Elbland" → "The Elbe begins in the mountains." and "The Elbe forms part of the border,
    then flows ...": verb phrases listed with commas only, in the tense of the first."""
    for match in _LISTED_VERB.finditer(text):
        verb = match["verb"]
        if not is_finite_verb(verb) or "VERB" not in word_tags(verb) or _maybe_participle(verb):
            continue  # "X is a city, founded by ...": a participle, not a second verb
        if "NOUN" in word_tags(verb) and re.match(
            r"(?:[\w’'-]+\s+)?(?:and|or)\s", text[match.end() :]
        ):
            continue  # "makes cars, trucks and boats": a noun ending a list, not a verb
        left = text[: match.start()]
        if not _stands_alone(left) or _tense(verb) != _main_tense(left):
            continue
        if re.search(r",\s+(?:and|but|who|which|whom|where)\s", left):
            continue  # "X wrote the music, and his brother, Y, wrote ...": another subject
        if _closes_aside(left):
            continue  # "X lost when Y, a veteran who ..., went down": Y went down, not X
        subject = _subject(left)
        if subject is None or "," in subject:
            continue
        return [left, f"{subject} {text[match.start('verb') :]}"]
    return None


def _closes_aside(left: str) -> bool:
    """Whether the comma after ``left`` closes a phrase set off after a noun ("when Ada Holt,
    a painter who had ...") rather than a verb phrase listed after the first ("... in the
    mountains, forms part ..."): a verb after that comma belongs to the noun before the phrase,
    not to the clause's subject. The commas of the phrases that open the sentence do not
    count."""
    body = left[len(_openings(left)) :]
    if "," not in body:
        return False
    last = body.rsplit(",", 1)[1].split()
    while last and last[0] in _LISTING_ADVERBS:
        last.pop(0)
    if not last:
        return True
    first = last[0]
    opens_predicate = is_finite_verb(first) and "VERB" in word_tags(first)
    return not opens_predicate and first.casefold() not in _PREPOSITIONS


_LISTING_ADVERBS = word_set("then later eventually finally also")


def _maybe_participle(word: str) -> bool:
    verb = finite_verb(word)
    return verb is not None and word in getInflection(verb[0], "VBN")


_AUXILIARY_TENSE = {
    "is": "VBZ", "has": "VBZ", "does": "VBZ", "was": "VBD", "did": "VBD", "had": "VBD",
    "were": "VBD", "are": "VBP", "have": "VBP", "do": "VBP",
}  # fmt: skip


def _tense(word: str) -> str | None:
    """ "flows" → VBZ, "rebuilt" → VBD; None for a modal or an unknown word."""
    if word in _AUXILIARY_TENSE:
        return _AUXILIARY_TENSE[word]
    verb = finite_verb(word) if word[:1].islower() else None
    return verb[1] if verb else None


def _main_tense(clause: str) -> str | None:
    """The tense of the clause's first verb."""
    for word in _WORD.findall(clause)[1:]:
        if is_finite_verb(word):
            return _tense(word)
    return None


def _subject(clause: str) -> str | None:
    """The subject of a clause: what ``main_subject`` finds, or the words before the first
    verb when they are a short noun phrase that opens with a capital ("The Elbe")."""
    found = main_subject(clause)
    if found is not None:
        return found[:1].upper() + found[1:]
    words = clause.split()
    verb = next(
        (
            i
            for i, w in enumerate(words)
            if i and is_finite_verb(w) and not all(map(_manner_adverb, words[:i]))
        ),
        None,
    )  # "Continuously illuminated peaks have been ...": a participle after an adverb
    if verb is None or verb > 6 or not words[0][:1].isupper():
        return None
    while verb > 1 and _manner_adverb(words[verb - 1]):
        verb -= 1  # "The river slowly flows": the adverb is no part of the subject
    subject = " ".join(words[:verb])
    if "," in subject or any(w.casefold() in COMMON_START_WORDS - {"the"} for w in words[:verb]):
        return None
    return subject


def _listed_predicates(left: str) -> tuple[str, str] | None:
    """ "The Elbe rises in the mountains, crosses Bohemia" (before ", and flows ..."): the
    first clause and the predicates listed after it, or None."""
    for match in re.finditer(r",\s+(?=([a-z]+)\s)", left):
        verb = match.group(1)
        if finite_verb(verb) and "VERB" in word_tags(verb) and not verb.endswith("ed"):
            return left[: match.start()], left[match.end() :]  # not "founded": a participle
    return None


def _antecedent(left: str) -> str | None:
    """The noun phrase that ends ``left`` when it surely is what a following relative clause
    or appositive is about: the whole of ``left`` when it is a short phrase with no verb
    ("The port of Hamburg"), else a capitalised name with its "the" ("Lake Geneva") or "the"
    and up to three nouns or adjectives ("the European beaver"). After a preposition that
    follows a noun ("an aqueduct near Magdeburg, which ...") the clause may be about either
    noun, so there is none."""
    words = left.split()
    if not words:
        return None
    if (
        words[0][:1].isupper()
        and len(words) <= 8
        and not any(is_finite_verb(w) for w in words)
        and ("," in left or words[0].casefold() not in _PREPOSITIONS | _FRONTING_PREPOSITIONS)
        and not any(
            w in _ARTICLES and words[i].casefold() not in _PREPOSITIONS | CONNECTORS
            for i, w in enumerate(words[1:])
        )  # "East of the ridge the river": an opening phrase without its comma
    ):
        return left.strip()
    name: list[str] = []
    for word in reversed(words):
        if word.casefold() in COMMON_START_WORDS:
            break
        if (word[:1].isupper() and word.isalpha()) or (name and word in CONNECTORS):
            name.insert(0, word)
            continue
        break
    while name and name[0] in CONNECTORS:
        name.pop(0)
    if name:
        at = len(words) - len(name)
        if at > 0 and words[at - 1] in ("the", "The"):
            name.insert(0, words[at - 1])
            at -= 1
        if len(name) > 6 or not _attached_to_verb(words[: _title_start(words, at)]):
            return None
        return " ".join(name)
    phrase = re.search(r"\b[Tt]he((?:\s+[\w-]+){1,3})$", left)
    if phrase is None:
        return None
    inner = phrase.group(1).split()
    if any(w in _PREPOSITIONS or is_finite_verb(w) for w in inner):
        return None
    if not _attached_to_verb(left[: phrase.start()].split()):
        return None
    return phrase.group(0)


def _title_start(words: list[str], at: int) -> int:
    """Where the noun phrase of a name starting at ``at`` starts: before up to two nouns
    that title it and their determiner ("his patron Emil Varga", "series protagonist Link"),
    else at the name."""
    start = at
    while start > 0 and at - start < 2:
        word = words[start - 1]
        tags = word_tags(word)
        if not word.isalpha() or not word.islower() or "NOUN" not in tags:
            break
        if word in _PREPOSITIONS or is_finite_verb(word) or word in COMMON_START_WORDS:
            break
        start -= 1
    if start == at:
        return at
    if start > 0 and words[start - 1].casefold() in _ARTICLES_AND_POSSESSIVES:
        start -= 1
    return start


def _attached_to_verb(before: list[str]) -> bool:
    """Whether a noun phrase after these words belongs to the verb: it follows the verb, or
    a preposition right after the verb ("flows into Lake Geneva")."""
    if not before:
        return True
    last = before[-1]
    if last.casefold() in _PREPOSITIONS:
        return len(before) >= 2 and is_finite_verb(before[-2])
    return is_finite_verb(last)


def _relative(text: str) -> list[str] | None:
    """ "X, which VERB ..., VERB ..." → "X VERB ..." twice; "... Y, which VERB ..." → the main
    clause and "Y VERB ..."; "... Magdeburg, where the river turns east" → "In Magdeburg, the river
    turns east"; "After the flood, which VERB ..., X VERB ..." → "After the flood, X VERB ..."
    and "The flood VERB ..."."""
    for match in _RELATIVE.finditer(text):
        left = text[: match.start()]
        fronted = _fronted_antecedent(left)
        antecedent = fronted[1] if fronted else _antecedent(left)
        if antecedent is None:
            continue
        middle = fronted is not None or left.strip() == antecedent
        middle = middle or (not _stands_alone(left) and " " not in left.strip())
        close = _relative_end(text, match.end(), fronted, middle=middle)
        body = text[match.end() : close if close >= 0 else len(text)].rstrip(" .;")
        remainder = text[close + 1 :].strip() if close >= 0 else ""
        body_words = _WORD.findall(body)
        if re.search(r",\s+(?:and\s+|but\s+)?(?:which|who|whom|where)\b", body):
            continue  # "X, who was ..., and who had ...": two relative clauses, left whole
        if match["word"] == "where":
            if fronted is not None:
                continue
            if not antecedent[:1].isupper() and not antecedent.startswith("the "):
                continue
            resolved = _with_subject(body, main_subject(left), left)
            if resolved is None or not _stands_alone(resolved):
                continue
            article = re.match(r"(?:The|A|An)\s", antecedent)  # "In the upper part of ..."
            place = antecedent[:1].lower() + antecedent[1:] if article else antecedent
            relative = f"In {place}, {resolved}"
        else:
            if not _opens_with_verb(body_words):
                continue  # "which the Romans built": the antecedent is its object
            relative = f"{antecedent[:1].upper()}{antecedent[1:]} {body}"
        if fronted is not None:
            if not remainder:
                continue
            main = f"{left.strip()}, {remainder}" if fronted[0] else f"{left.strip()} {remainder}"
            if not _stands_alone(remainder if fronted[0] else f"{antecedent} {remainder}"):
                continue
            return [main, relative]
        if middle and remainder:
            main = f"{left.strip()} {remainder}"
            if not _stands_alone(main):
                continue
            return [main, relative]
        if not _stands_alone(left):
            continue
        if remainder and not remainder[:1].islower():
            continue
        if remainder and re.match(r"^(?:which|who|where|and|but)\b", remainder):
            continue  # a second relative or coordination inside the first: leave whole
        return [left, relative]
    return None


def _opens_with_verb(words: list[str]) -> bool:
    """Whether a clause's words open with a finite verb, after at most one adverb
    ("eventually empties"): a relative clause whose pronoun is its subject."""
    if words and _adverb(words[0]):
        words = words[1:]
    return bool(words) and is_finite_verb(words[0])


def _manner_adverb(word: str) -> bool:
    """An adverb in -ly, capitalised or not ("Continuously", "slowly")."""
    lower = word.casefold()
    return lower.endswith("ly") and word_tags(lower) == {"ADV"}


def _adverb(word: str) -> bool:
    return word[:1].islower() and word_tags(word) == {"ADV"}


def _relative_end(text: str, start: int, fronted: tuple[str, str] | None, *, middle: bool) -> int:
    """Where a relative clause starting at ``start`` ends: at the next comma, or, inside the
    subject, at the first comma after which the main clause goes on (its verb, or its subject
    after an opening phrase), so a list inside the relative clause stays in it: "X, which is
    fed by A, B and C, flows north"."""
    first = text.find(",", start)
    if not middle or first < 0:
        return first
    commas = [m.start() for m in re.finditer(",", text[start:])]
    rests = [(start + at, text[start + at + 1 :].strip()) for at in commas]
    if fronted is not None and fronted[0]:
        return next((close for close, rest in rests if _stands_alone(rest)), first)
    verbs = [(close, _WORD.findall(rest)) for close, rest in rests]
    verbs = [(close, words) for close, words in verbs if _opens_with_verb(words)]
    plain = [close for close, words in verbs if "NOUN" not in word_tags(words[0])]
    if plain:
        return plain[0]
    if verbs and verbs[-1][0] == rests[-1][0]:
        return verbs[-1][0]  # "..., flows north": a verb that may be a noun, after the last comma
    return first


_FRONTING_PREPOSITIONS = word_set(
    "after before during despite following since until under throughout"
)
_LATER = word_set("after before later earlier ago")


def _fronted_antecedent(left: str) -> tuple[str, str] | None:
    """The noun phrase a relative clause is about when it is not the main clause's subject
    but opens the sentence: ("After", "the flood") in "After the flood, which ...", or ("",
    "Mayor Anna Holt") in "Two days later, Mayor Anna Holt, who ...", where the name after an
    opening phrase is the subject. None otherwise."""
    words = left.split()
    if len(words) >= 2 and words[0].casefold() in _FRONTING_PREPOSITIONS and "," not in left:
        phrase = words[1:]
        if (
            len(phrase) > 6
            or phrase[0].casefold() not in _ARTICLES
            or any(w.casefold() in _PREPOSITIONS or _plain_verb(w) for w in phrase)
        ):
            return None  # "After a dispute with the guild, which ...": about either noun
        return words[0], " ".join(phrase)
    opening, comma, name = left.rpartition(", ")
    if not comma or any(is_finite_verb(w) for w in _WORD.findall(opening)):
        return None
    if not re.fullmatch(r"(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4}", name.strip()):
        return None
    opening_words = [w.casefold() for w in _WORD.findall(opening)]
    if not opening_words or not (
        opening_words[0] in _FRONTING_PREPOSITIONS | _PREPOSITIONS
        or _LATER & set(opening_words[1:4])  # "Two days after the storm"
    ):
        return None  # "The conflict in Orm, Kessel, which ...": a place, not an opening phrase
    return "", name.strip()


def _trailing(text: str) -> list[str] | None:
    """ "Fust sued Gutenberg, claiming that the money had been misused." → "Fust sued
    Gutenberg.": a participle phrase after the clause is dropped."""
    match = _TRAILING_PARTICIPLE.search(text)
    if match is None or "VERB" not in word_tags(match["verb"]):
        return None
    left = text[: match.start()]
    if verbless_subordinate_end(left):
        return (
            None  # "... when in 1790 the council, acting on a plea, passed ...": its verb follows
        )
    return [left] if _stands_alone(left) else None


def _copula_relative(text: str) -> list[str] | None:
    """ "The Suez Canal is a waterway in Egypt that connects the Mediterranean to the Red
    Sea" → "The Suez Canal is a waterway in Egypt" and "The Suez Canal connects the
    Mediterranean to the Red Sea": what the relative clause says of the predicate noun it
    says of the subject, which that noun names."""
    match = _COPULA_RELATIVE.match(text)
    if match is None:
        return None
    subject, rest = match["subject"], match["rest"]
    words = _WORD.findall(rest)
    if not words or not is_finite_verb(words[0]) or any(is_finite_verb(w) for w in subject.split()):
        return None
    if subject.split()[-1].endswith("s") or words[0] in ("are", "were", "have"):
        return None  # a plural: the verb would not agree with the subject
    main = match["main"]
    if not _stands_alone(main):
        return None
    return [main, f"{subject} {rest}"]


def _appositive(text: str) -> list[str] | None:
    """ "Hamburg, the largest city of the region, lies on the Elbe." → "Hamburg lies on the
    Elbe." and "Hamburg is the largest city of the region."."""
    for match in _APPOSITIVE.finditer(text):
        left = text[: match.start()]
        antecedent = _antecedent(left)
        if antecedent is None or not antecedent.split()[-1][:1].isupper():
            continue  # only a name: "the river, the longest ..." may be a list
        if antecedent.endswith("s"):
            continue  # "the Netherlands", a plural: "is" would not agree
        aside = match["aside"]
        if _TIME_NOUNS & {w.casefold() for w in _WORD.findall(aside)[1:4]}:
            continue  # "sold to Hansa Lines, a year later": when, not what Hansa Lines is
        if re.search(r"\bto\s+be\b|\bsince\b|\bbeing\b", aside):
            continue  # "a range of goods to be sold in 2016": a plan, not what it is; "the
            # oldest being X": an absolute, which ``_absolute`` drops
        if re.match(r"an?\s", aside) and not _NAME.fullmatch(antecedent):
            continue  # "The Mongol prince Godan, a grandson of X": asked back as a definition
        if any(
            word in AUXILIARIES
            or word in ("that", "which", "who")
            or (is_finite_verb(word) and "NOUN" not in word_tags(word))
            for word in _WORD.findall(aside)
        ):
            continue  # "the river that flows ...": a clause, not a name for the subject
        rest = text[match.end() :].lstrip(" ,")
        if re.match(r"(?:and|or|the|an?|one)\s", rest):
            continue  # "Tenzing Norgay, a Sherpa, and Edmund Hillary": names in a list
        listed = _list_goes_on(rest)
        if listed and _NAMED_ASIDE.match(aside):
            continue  # "Kelby Council, the Office of Parks, Recreation and Trails, and the city"
        if rest.strip(" .!?"):  # an aside that ends the sentence leaves only its full stop
            relative = re.match(r"(?:which|who|whom|whose|where|when)\b", rest)
            main = f"{left.strip()}{',' if relative or listed else ''} {rest}"
            if left.strip() != antecedent and not _stands_alone(left):
                continue
        else:
            main = left
        if not _stands_alone(main):
            continue
        return [main, f"{antecedent} {'was' if _past_clause(main) else 'is'} {aside}"]
    return None


_LIST_END = LazyPattern(r",\s+(?:and|or)\s")
_NAMED_ASIDE = LazyPattern(r"the\s+[A-Z]")
"""A phrase between commas that is a name ("the Office of Parks"), so that it may be one
item of a list; a description ("the citadel of Mili") is what the name before it is."""


def _list_goes_on(rest: str) -> bool:
    """Whether what follows a name between commas goes on listing, before any verb: "..., the
    Office of Parks, Recreation and Trails, and the city" (a list item with a comma in its
    name), or "..., the Orm Trust, Vell Mill and Kelby" (an item that a name follows)."""
    end = _LIST_END.search(rest)
    listed = rest[: end.start()] if end else rest
    if any(is_finite_verb(w) and "NOUN" not in word_tags(w) for w in _WORD.findall(listed)):
        return False
    first = _WORD.match(rest)
    return end is not None or (first is not None and first.group(0)[:1].isupper())


_PARTICIPLE_ASIDE = LazyPattern(
    r",\s+(?P<aside>(?P<verb>[a-z]+)\s+(?:[a-z]+ly\s+)?"
    r"(?:in|on|at|by|for|from|as|to|after|near|under|with|during)\s+[^,;]{2,80}?)"
    r"(?=,\s+|\.?$)"
)


def _participle_aside(text: str) -> list[str] | None:
    """ "The funeral, held at the Church of Saint Orm, was delayed." → "The funeral was
    delayed." and "The funeral was held at the Church of Saint Orm."; "The race ends at the
    Orm Arena, built in 1990." → the main clause and "The Orm Arena was built in 1990.": a
    passive participle after a noun phrase says what was done to it."""
    for match in _PARTICIPLE_ASIDE.finditer(text):
        verb, aside = match["verb"], match["aside"]
        if not _maybe_participle(verb) or "VERB" not in word_tags(verb):
            continue
        if any(
            _plain_verb(w) or w in ("and", "or", "that", "which", "who") or w.endswith("ing")
            for w in _WORD.findall(aside)[1:]
        ):
            continue  # "built in 1963 and today containing ...": more than one participle
        left, rest = text[: match.start()].strip(), text[match.end() :].lstrip(" ,")
        antecedent = _antecedent(left)
        if antecedent is None:
            continue
        if rest.strip(" .!?"):
            if left != antecedent or not _opens_with_verb(_WORD.findall(rest)):
                continue  # only between a subject and its verb: "The funeral, held ..., was"
            main = f"{left} {rest}"
        elif antecedent.split()[-1][:1].isupper() and "," not in left and _stands_alone(left):
            # "... at the Orm Arena, built in 1990": only a name, surely the noun; after an
            # aside ("The troops, led by Ivo Berg, retreated to Kell") the verb is the main one
            main = left
        else:
            continue
        if not _stands_alone(main):
            continue
        head = antecedent.split()[-1]
        if head.endswith("s") and (head[:1].isupper() or plural_noun(head)):
            continue  # a plural, or a name that may be one: the verb may not agree
        # "established in 1890" was done then, whatever the tense of the main clause
        be = "was" if _past_clause(main) or re.search(r"\b\d{3,4}\b", aside) else "is"
        return [main, f"{antecedent[:1].upper()}{antecedent[1:]} {be} {aside}"]
    return None


_WHEN_THEN = LazyPattern(
    r"^(?P<main>.+?\s(?:in|on|until|by)\s+(?P<time>(?:(?P<day>\d{1,2})\s+)?"
    rf"(?:(?P<month>{_MONTH})\s+)?(?:(?P<date>\d{{1,2}}),\s+)?\d{{3,4}})),\s+when\s+"
    r"(?P<sub>[^,;]+?)(?:,\s+(?P<after>[a-z]+ing\b[^;]*))?\.?$"
)


def _when_then(text: str) -> list[str] | None:
    """ "The town had no railway until 1901, when the Orm Company opened a line." → "The town
    had no railway until 1901." and "The Orm Company opened a line in 1901.": "when" after a
    date says the clause it opens happened then."""
    match = _WHEN_THEN.match(text)
    if match is None or _PRONOUN.match(match["sub"]):
        return None  # "..., when he was forced ...": whom "he" means is the other clause's
    main, sub = match["main"], match["sub"]
    if not _stands_alone(main) or not _stands_alone(sub) or _quantified(sub):
        return None
    on = "on" if match["day"] or match["date"] else "in"
    return [main, f"{sub[:1].upper()}{sub[1:]} {on} {match['time']}"]


_NAMED_SUBJECT = LazyPattern(
    r"^(?P<description>(?:One\s+of\s+the|The|An?)\s+[a-z][^,;]{2,80}?),\s+"
    r"(?P<name>[A-Z][\w’'-]*(?:\s+(?:(?:of|de|the|von|van)\s+)?[A-Z][\w’'-]*){0,4}),\s+"
    r"(?P<rest>[a-z].*)$"
)


_ASIDE_BEFORE_AUXILIARY = LazyPattern(
    rf"(?P<verb>[a-z]+)\b[^,;]*,\s+(?P<auxiliary>{'|'.join(sorted(AUXILIARIES))})\b"
)
"""A phrase set off by a comma before an auxiliary or a modal ("founded in 1625, would grow"):
when it opens with a participle, the clause's verb is the auxiliary after it."""


def _named_subject(text: str) -> list[str] | None:
    """ "One of the heirs of the king, Edgar Lund, fled to Orm." → "Edgar Lund fled to Orm."
    and "Edgar Lund was one of the heirs of the king.": a name in apposition to a described
    subject is the clearer subject."""
    match = _NAMED_SUBJECT.match(text)
    if match is None:
        return None
    description, name, rest = match["description"], match["name"], match["rest"]
    if re.match(r"(?:which|who|whom|whose|where|when)\b", rest):
        return None  # "The towns of the coast, Orm, which ...": a relative clause is not a verb
    if any(is_finite_verb(word) for word in _WORD.findall(description)):
        return None  # "The land he ruled, ...": a clause inside the description
    main = f"{name} {rest}"
    aside = _ASIDE_BEFORE_AUXILIARY.match(rest)
    if (
        aside is not None
        and aside["verb"] not in _INTRANSITIVE
        and _maybe_participle(aside["verb"])
    ):
        # "The capital, New Tarby, founded in 1625, would grow ...": the participle is an
        # aside, not the verb, and keeps its commas ("New Tarby founded in 1625" is no passive)
        if not _stands_alone(f"{name} {rest[aside.start('auxiliary') :]}"):
            return None
        main = f"{name}, {rest}"
    elif not _stands_alone(main):
        return None
    past = any(w in _PAST_MARKERS or _past(w) for w in _WORD.findall(rest))
    plural = description.split()[0] != "One" and _plural_description(description)
    verb = ("were" if past else "are") if plural else ("was" if past else "is")
    return [main, f"{name} {verb} {description[:1].lower()}{description[1:]}"]


def _plural_description(description: str) -> bool:
    """Whether a description's head noun is plural ("The sons of the king")."""
    head = re.split(r"\s+(?:of|in|at|for|from|with|on)\s+", description)[0].split()[-1]
    return head.endswith("s") and plural_noun(head)


def _past_clause(clause: str) -> bool:
    """Whether a clause is in the past: its first verb, else any past form in it."""
    tense = _main_tense(clause)
    if tense is not None:
        return tense == "VBD"
    return any(w in _PAST_MARKERS or _past(w) for w in _WORD.findall(clause))


def _past(word: str) -> bool:
    verb = finite_verb(word) if word[:1].islower() else None
    return verb is not None and verb[1] == "VBD"


_COUNT_CONJUNCT = LazyPattern(rf"(?P<separator>,\s+(?:and\s+)?|\s+and\s+)(?P<count>{_COUNT})\s")
_COUNT_START = LazyPattern(rf"(?<![\w,.£$€-])(?:{_COUNT})\s")
_SEPARATOR = LazyPattern(r",\s|\sand\s")
_UNSHARED = word_set("of the a an in on at for per by to and with from over than more less")


def _gapped(text: str) -> list[str] | None:
    """ "The town has 12 schools in the north and 4 schools in the south" → "The town has 12
    schools in the north" and "The town has 4 schools in the south"; "120 tonnes of pears and
    270 tonnes of plums were grown" → one clause for each count. The counts must be parallel
    (the same noun follows each: "schools", "tonnes") and none of them holds a verb; a range
    ("between 10 and 20 ships") has no noun between its counts and stays whole."""
    starts = list(_COUNT_CONJUNCT.finditer(text))
    for at, last_match in enumerate(starts):
        if "and" not in last_match.group("separator"):
            continue
        conjuncts = [last_match]
        for match in reversed(starts[:at]):
            if "and" in match.group("separator"):
                break
            if _SEPARATOR.search(text[match.end("separator") : conjuncts[0].start()]):
                break  # "A, B, and then C": not one list of counts
            conjuncts.insert(0, match)
        head = _first_conjunct(text[: conjuncts[0].start()], text, conjuncts[0])
        if head is None and len(conjuncts) > 1:
            head = conjuncts.pop(0).start("count")  # "Last year, 12 tonnes of ... and 9 ..."
        if head is not None:
            return _distributed(text, head, conjuncts)
    return None


def _distributed(text: str, head: int, conjuncts: list[re.Match[str]]) -> list[str] | None:
    """Each count of a coordination of counts, starting at ``head``, in a clause of its own."""
    prefix = text[:head]
    bounds = [head, *(m.end("separator") for m in conjuncts)]
    ends = [m.start() for m in conjuncts]
    items = [text[start:end] for start, end in zip(bounds, ends, strict=False)]
    last = text[bounds[-1] :]
    verb_before = any(_plain_verb(w) for w in _WORD.findall(prefix)[1:])
    suffix = ""
    if not verb_before:
        verb = next(
            (m for m in _WORD.finditer(last) if m.start() and _plain_verb(m.group(0))), None
        )
        if verb is None:
            return None
        last, suffix = last[: verb.start()].rstrip(), " " + last[verb.start() :]
    items.append(last)
    if any(_plain_verb(w) for item in items for w in _WORD.findall(item)[1:]):
        return None  # a verb inside a count: clauses, not parallel counts
    if not _parallel(items):
        return None
    return [f"{prefix}{item.rstrip(' .')}{suffix}".rstrip(" .") for item in items]


def _first_conjunct(before: str, text: str, second: re.Match[str]) -> int | None:
    """Where the first count of a coordination of counts starts: the last count before the
    first separator that is followed by the same noun as the second."""
    rest = text[second.start("count") :]
    following = _nouns_after(rest)
    second_item = _SEPARATOR.split(rest, maxsplit=1)[0]
    for match in reversed(list(_COUNT_START.finditer(before))):
        chunk = before[match.start() :]
        if _SEPARATOR.search(chunk):
            continue
        if _nouns_after(chunk) & following or (
            _counted_plural(chunk) and _counted_plural(second_item)
        ):
            return match.start()
    return None


def _nouns_after(conjunct: str) -> set[str]:
    words = [w.casefold() for w in _WORD.findall(conjunct)[1:4]]
    return {w for w in words if w not in _UNSHARED and not w[:1].isdigit()}


def _parallel(items: list[str]) -> bool:
    """Whether every count is followed by a noun the first count's noun phrase shares, or
    every item is a count and one plural noun ("300 ships and 9,000 men")."""
    shared = _nouns_after(items[0])
    if shared and all(_nouns_after(item) & shared for item in items[1:]):
        return True
    return all(_counted_plural(item) for item in items)


def _counted_plural(item: str) -> bool:
    """ "9,000 men": a count that is not a year, and one plural noun."""
    words = item.strip(" .").split()
    if len(words) != 2 or re.fullmatch(r"1\d{3}|20\d{2}", words[0]):
        return False
    noun = words[1]
    if noun[:1].isupper():
        return noun.endswith("s") and noun[1:].islower()  # "Muslims", "Danes"
    return "NOUN" in word_tags(noun) and plural_noun(noun)


def _plain_verb(word: str) -> bool:
    """A finite verb that is not also a noun ("were", "produced"; not "seats", "schools")."""
    return word in AUXILIARIES or (is_finite_verb(word) and "NOUN" not in word_tags(word))


_APPROXIMATELY = (
    r"(?:(?:just\s+)?(?:under|over)|more\s+than|less\s+than|fewer\s+than|about|around|nearly"
    r"|almost|some)"
)
_VERB_GAP = LazyPattern(
    rf"(?P<first>.+?)(?:,\s+|\s+)and\s+(?P<approx>{_APPROXIMATELY}\s+)?(?P<count>{_COUNT})\s+"
    r"(?P<preposition>in|at|for|to|from|on|by)\s+(?P<rest>[^,;]+?)\.?$",
    re.IGNORECASE,
)
_FIRST_COUNT = LazyPattern(
    rf"(?:(?<=\s)|^)(?P<approx>{_APPROXIMATELY}\s+)?(?P<count>{_COUNT})\s", re.IGNORECASE
)


def _verb_gapped(text: str) -> list[str] | None:
    """ "Just under 900 pupils were enrolled in state schools, and just over 300 in private
    schools" → the first clause, and "Just over 300 pupils were enrolled in private schools":
    a second count and its phrase, with the verb and noun left out, take the first clause's."""
    match = _VERB_GAP.match(text)
    if match is None:
        return None
    first = match["first"]
    counts = list(_FIRST_COUNT.finditer(first))
    if len(counts) != 1 or not any(_plain_verb(w) for w in _WORD.findall(first)):
        return None  # one count before "and", in a clause with its verb
    count = counts[0]
    phrase = re.search(rf"\s{match['preposition']}\s", first[count.end() :], re.IGNORECASE)
    if phrase is None:
        return None
    between = first[count.end() : count.end() + phrase.start()]
    if not _WORD.search(between) or "," in between:
        return None  # "between 10 and 20 in May": no noun to share
    approx = match["approx"] or ""
    lead = first[: count.start()]
    second = f"{lead}{approx}{match['count']} {between.strip()} {match['preposition']} "
    second += match["rest"]
    return [first, _lower_first(second) if lead else second[:1].upper() + second[1:]]


_WITH_OPENING = LazyPattern(
    r"^With\s+(?P<held>(?:an?|over|more\s+than|about|around|nearly|almost|some|\d)"
    r"(?:[^,;]|,(?=\d)){2,60}),\s+(?P<main>.+)$"
)
_HAVE = {"VBD": "had", "VBP": "have"}


def _with_opening(text: str) -> list[str] | None:
    """ "With a population of 40,000, Orm is the largest town of the valley." → "Orm is the
    largest town of the valley." and "Orm has a population of 40,000.": what the subject has,
    said before it, is a fact of its own."""
    match = _WITH_OPENING.match(text)
    if match is None or _PRONOUN.match(match["main"]):
        return None
    held, main = match["held"], match["main"][:1].upper() + match["main"][1:]
    if not _stands_alone(main):
        return None
    if not re.search(rf"(?<![\w-])(?:{_COUNT})(?![\w-])", held):
        return None  # "With a few exceptions, ...": only a count is surely something held
    if any(_plain_verb(w) for w in _WORD.findall(held)):
        return None  # "With 40 ships lost, ...": a clause, not a thing held
    subject = _subject(main)
    if subject is None or "," in subject:
        return None
    have = _HAVE.get(_main_tense(main) or "", "has")
    return [main, f"{subject} {have} {held}"]


_DATED_OPENING = LazyPattern(
    r"^(?P<preposition>After|Following|Before|Since|Until|Prior\s+to|At|During)\s+"
    r"(?P<phrase>[^,;]{3,80}?)\s+"
    rf"(?P<time>(?:in|on)\s+(?:(?:early|late|mid)[\s-]+)?(?:\d{{1,2}}\s+)?(?:{_MONTH}\s+)?"
    r"(?:\d{1,2},\s+)?\d{3,4}),\s+(?P<main>.+)$"
)
_RELATIVE_TIME_PREPOSITIONS = word_set("after following before since until prior")
"""Prepositions that set the main clause apart in time from their phrase: the phrase's own
time is not the main clause's ("After the siege in 1097, Bohemond ruled ...")."""
_NAMED_EVENT = LazyPattern(
    r"^(?:the\s+)?(?:(?:[a-z][\w-]*)\s+)?(?P<name>(?:\d+(?:st|nd|rd|th)\s+)?[A-Z][\w’'-]*"
    r"(?:\s+(?:(?:of|de|the|on|for)\s+)*[A-Z0-9][\w’'-]*)*)$"
)
_SIGNED = word_set("Treaty Agreement Accord Convention Pact Declaration Charter Protocol Armistice")
_STRUCK = word_set("Hurricane Typhoon Cyclone Earthquake")
_TAKES_PLACE = (
    EVENT_WORDS - _SIGNED - word_set("Accords Disaster Famine Plague Crisis Affair")
) | (word_set("Awards Fair Olympiad Tournament Marathon Prix Synod Diet"))


def _dated_event(text: str) -> list[str] | None:
    """ "After the Battle of Orm in 1066, Ivo ruled the valley." → "After the Battle of Orm,
    Ivo ruled the valley." and "The Battle of Orm took place in 1066.": the time in an
    opening phrase that names an event is the event's, a fact of its own. After "after",
    "before", "since" or "until" it is not the main clause's time either, so it leaves the
    main clause even where the phrase names no event ("After the founding of the colony in
    1788, ...": the year is the founding's, which the phrase does not say as a clause)."""
    match = _DATED_OPENING.match(text)
    if match is None:
        return None
    preposition, phrase, time = match["preposition"], match["phrase"], match["time"]
    main = match["main"]
    if any(_plain_verb(w) for w in _WORD.findall(phrase)) or not _stands_alone(main):
        return None  # "After the army crossed the Orm in 1066, ...": a clause
    relative = preposition.split()[0].casefold() in _RELATIVE_TIME_PREPOSITIONS
    kept = [f"{preposition} {phrase}, {main}"] if relative else None
    event = _NAMED_EVENT.match(phrase)
    words = event["name"].split() if event else []
    sorts = (_TAKES_PLACE | _SIGNED | _STRUCK).intersection(words)
    own = [w for w in words if w not in sorts and w not in CONNECTORS and not w[:1].isdigit()]
    if event is None or not sorts or not own:
        done = _nominal_event(phrase, time)
        if done is not None:
            return [f"{preposition} {phrase}, {main}", done]
        return kept  # "the Olympics in 2008": which games a learner cannot tell
    if _SIGNED.intersection(words):
        if words[-1].endswith("s"):
            return kept  # "the Accords": "were", not a clause to guess
        verb = "was signed"
    else:
        verb = "struck" if _STRUCK.intersection(words) else "took place"
    article = "The " if phrase.casefold().startswith("the ") else ""
    return [f"{preposition} {phrase}, {main}", f"{article}{event['name']} {verb} {time}"]


_NOMINAL_OF = LazyPattern(
    r"^the\s+(?P<act>[a-z]+)\s+of\s+(?P<undergoer>(?:the\s+)?[A-Z][\w’'-]*"
    r"(?:\s+(?:of|de|the|and)?\s*[A-Z][\w’'-]*)*|the\s+[a-z]+\s+of\s+[A-Z][\w’'-]*"
    r"(?:\s+[A-Z][\w’'-]*)*)$"
)
_DONE_TO = {
    "foundation": "was founded", "establishment": "was established", "creation": "was created",
    "construction": "was built", "completion": "was completed", "election": "was elected",
    "capture": "was captured", "conquest": "was conquered", "invasion": "was invaded",
    "destruction": "was destroyed", "discovery": "was discovered", "publication": "was published",
    "release": "was released", "acquisition": "was acquired", "annexation": "was annexed",
    "assassination": "was assassinated", "coronation": "was crowned", "formation": "was formed",
    "dissolution": "was dissolved", "launch": "was launched", "death": "died", "fall": "fell",
    "collapse": "collapsed", "abdication": "abdicated", "disbandment": "disbanded",
}  # fmt: skip
"""What a noun of an act says happened to what it is "of": "the capture of Orm" → "Orm was
captured"."""


_PLURAL_NAME_HEADS = word_set("Islands Isles Mountains Hills States Provinces Territories Alps")


def _nominal_event(phrase: str, time: str) -> str | None:
    """ "the founding of the colony of Tarn", "in 1788" → "The colony of Tarn was founded in
    1788": an act named by its noun, said of a name, as a clause; None for anything else."""
    match = _NOMINAL_OF.match(phrase)
    if match is None:
        return None
    act, undergoer = match["act"], match["undergoer"]
    verb = _DONE_TO.get(act)
    if verb is None and act.endswith("ing"):
        lemma = getLemma(act, "VERB")
        participle = getInflection(lemma[0], "VBN") if lemma and lemma[0] != act else None
        verb = f"was {participle[0]}" if participle else None
    if verb is None:
        return None
    described = re.match(r"the\s+([a-z]+)\s+of\s", undergoer)
    head = described.group(1) if described else undergoer.split()[-1]
    plural = plural_noun(head) if head.islower() else head in _PLURAL_NAME_HEADS
    if plural and verb.startswith("was "):
        return None  # "the founding of the Kell Islands": "were", and a plural to be sure of
    return f"{undergoer[:1].upper()}{undergoer[1:]} {verb} {time}"
