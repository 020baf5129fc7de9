"""From a sentence to a short real question: simplify, pick the clause, move the wh-word.

The rules follow the "overgenerate and rank" recipe of question generation (Heilman and Smith):
first simplify the sentence (bracketed asides, citations, unit conversions and dangling
connectives go), then keep the clause that holds the answer, then turn it into a wh-question by
subject-auxiliary inversion ("The canal was opened on 17 November 1869" → "When was the canal
opened?"; "Emma married King Ethelred II" → "Whom did Emma marry?"). Verb forms come from
``lemminflect``, whose tables ship inside its wheel (no model is downloaded). Where inversion
cannot be done safely the wh-phrase stays in place ("The canal is how many kilometres long?"),
which is still a question a teacher would accept.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import pairwise, takewhile

from lemminflect import getInflection

from factdeck.generate import lexicon
from factdeck.generate.patterns import LazyPattern
from factdeck.generate.text import MONTHS, whole_word_starts, word_set
from factdeck.normalise import NUMBER_WORDS

MODALS = word_set("can could will would may might must should shall")
"""The modal verbs: a plain verb follows them ("can fire", "would win")."""
AUXILIARIES = word_set("is are was were has have had does do did") | MODALS
_BE = frozenset({"is", "are", "was", "were"})
MODIFIERS_LISTED = LazyPattern(
    r"(?:,\s+[a-z-]+)*,?\s+(?:and|or)\s+[a-z-]+\s+(?P<noun>[a-z-]+)(?=[\s,.;]|$)"
)
"""Further modifiers of one noun listed after a first ("film, television and stage actor"):
the noun they all qualify."""
_BRACKETS = LazyPattern(r"\s*(?:\([^()]*\)|\[[^\[\]]*\])")
_BODY_S_PLACE = LazyPattern(
    r"\b(?P<body>(?:[A-Z][\w'-]*\s+(?:of\s+)?){0,6}(?P<head>[A-Z][a-z]+))"
    r"\s+\((?P<place>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\)"
)
"""A one-word name in brackets after a body or a degree ("the University Commission (Vessia)",
"the Bachelor of Surgery (Vessia)"): the country or place it belongs to."""
_BODY_HEADS = word_set(
    "commission council board court university college academy institute agency ministry"
    " department authority office assembly parliament committee society association church"
    " bank service bachelor master doctor diploma certificate degree licence license"
)


_MEMBERS_ENDINGS = tuple(f"{ending}s" for ending in lexicon.AGENT_ENDINGS)
"""How a plural naming people by what they do or follow ends ("Weavers", "Pietists"): in
brackets after a body, the name of its members, no place."""


def _body_s_place_told(match: re.Match[str]) -> str:
    """ "the University Commission (Vessia)" → "the University Commission in Vessia": the
    place limits which body is meant, so it stays when brackets are dropped. A bracket that
    repeats a word of the name ("Federal Bank (Bundesbank)") or is a common word is another
    name or a gloss, and is left as it was."""
    body, place = match["body"], match["place"]
    words = [w.casefold() for w in re.findall(r"[A-Za-z]+", body)]
    if not any(w in _BODY_HEADS for w in words) or lexicon.english_word(place):
        return match.group(0)
    if place.endswith(_MEMBERS_ENDINGS) and place not in lexicon.COUNTRIES:
        return match.group(0)  # "the Order of Weavers (Threaders)": what its members are called
    if any(len(w) > 3 and w in place.casefold() for w in words):
        return match.group(0)
    return f"{body} in {place}"


_DASH_ASIDE = LazyPattern(r"\s*—\s*[^—–]{1,80}?\s*—\s*|\s+–\s+[^—–]{1,80}?\s+[—–]\s+")
"""An aside between dashes: em dashes, or en dashes set off by spaces; en dashes between words
join them ("the Kell–Orm–Tarn line", "a 7–2–2 record")."""
_CONNECTIVE = LazyPattern(
    r"^(?:In\s+(?:response|reply|retaliation|return),\s+(?=\S)|(?:However|Also|Meanwhile|Moreover|Furthermore|Nevertheless|Nonetheless|Thus|Hence"
    r"|Therefore|Consequently|Additionally|In addition|In contrast|By contrast|Similarly"
    r"|Likewise|Instead|Indeed|Thereafter|Subsequently|Afterwards|Afterward|Besides|Then"
    r"|Finally|Eventually|In turn|Of course|As a result|For example|For instance"
    r"|In particular|At the same time|On the other hand|In fact|Still|Otherwise|Accordingly"
    r"|Notably|Importantly|Overall|In short|In general|Generally|Today|Now|Yet|And|But|So"
    r"|Later on|Early on|Further on|From then on|From now on|Soon after|Later|Soon"
    r"|For this reason|For these reasons|Because of this"
    r"|As a result of this|Despite this|In this way|To this end|Following this|After this)"
    r",?\s+(?=\S))"
)
"""A connective opening a sentence, dropped whole: "Later on" before "Later", so that no
"on" is left behind ("On, the ice sheet ..."). "In response, " only with its comma: "In
response to the raid, ..." says to what."""
_IN_VAIN = LazyPattern(
    r",?\s+but\s+(?:to\s+no\s+avail|in\s+vain|without\s+success|unsuccessfully)(?=[.;]?$)"
)
"""A tail that says an effort failed: it makes a second claim after the question's."""
_INNER_CONNECTIVE = LazyPattern(
    r",\s*(?:however|therefore|moreover|furthermore|though|also|in turn|for example"
    r"|for instance|in fact|nevertheless|thus)\s*,",
    re.IGNORECASE,
)
_WORD = LazyPattern(r"[\w’'-]+")
_CLAUSE_BREAK = LazyPattern(
    r";\s+|,\s+(?=(?:and|but|while|whereas|although|though|which|where|when|who|whose"
    r"|as(?!\s+well\s+as)|so"
    r"|yet|because|since|until|making|leading|becoming|giving|causing|resulting|allowing"
    r"|including|followed)\b)"
)
_LEAD_PHRASE = LazyPattern(
    r"^(?:In|On|At|After|Before|During|Through|With|Although|Though|While|Because|Since|When"
    r"|As|Under|Following|Despite|Having|Being|Once|Unlike|Like|Along|Besides|Throughout"
    r"|Within|Without|Upon|From|By|For|Over|Among|Between|Across|Due to|Beyond|Until|Whereas"
    r"|If|To|Even)\b[^,]{1,90},\s+"
)
_PREPOSITION_BEFORE = LazyPattern(
    r"\b(in|on|at|by|during|since|until|till|from|into|onto|near|to|towards|toward|throughout"
    r"|around|between|of|through|across|within|for|with|under|over|after|before|as)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_NOT_NOUNS = lexicon.COMMON_START_WORDS | frozenset(
    [
        "and",
        "or",
        "but",
        "of",
        "in",
        "on",
        "at",
        "to",
        "by",
        "per",
        "with",
        "from",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "that",
        "which",
        "who",
        "as",
        "than",
        "each",
    ]
)
_CONTEXT_WORDS = frozenset(
    [
        "he",
        "she",
        "they",
        "them",
        "his",
        "her",
        "hers",
        "its",
        "their",
        "theirs",
        "him",
        "this",
        "these",
        "those",
        "such",
        "here",
        "there",
        "thereafter",
        "former",
        "latter",
        "ones",
    ]
)
"""Words that point at sentences the learner never sees: a question using them is weak
("the ones that take grants" stands for a noun another sentence said)."""
_UNSEEN_SUBJECTS = frozenset(["he", "she", "they", "it", "him", "them", "this", "these", "those"])
"""Pronouns a question cannot be understood with at all."""

_ROLE_LIKE = frozenset(
    [
        "sculptor",
        "artist",
        "physician",
        "doctor",
        "monk",
        "abbot",
        "knight",
        "noble",
        "nobleman",
        "chief",
        "ruler",
        "lord",
        "merchant",
        "sailor",
        "navigator",
        "astronomer",
        "botanist",
        "biologist",
        "chemist",
        "physicist",
    ]
)
"""Nouns that, as "the sculptor X", say what X is: "which sculptor"."""
_TITLE_OR_MODIFIER = frozenset(
    {w.casefold() for w in lexicon.PERSON_TITLES} | lexicon.TITLE_MODIFIERS
)

NOUN_KINDS = {
    "country": "country",
    "organisation": "organisation",
    "event": "event",
}


_LOOSE_ADVERB = LazyPattern(r"(?<!but )\b(?:also|even|nevertheless|nonetheless)\s+(?=[a-z])")
_SPACE_BEFORE_MARK = LazyPattern(r"\s+([,.;:!?])")
_DOUBLE_COMMA = LazyPattern(r",\s*,")
_SPACES_RUN = LazyPattern(r"\s{2,}")


@lru_cache(maxsize=32768)
def simplify(text: str, *, appositives: bool = True) -> str:
    """The sentence without bracketed asides, citations, dash asides and dangling connectives
    (and without an appositive between the subject and its verb, unless ``appositives`` is
    False: the clause splitter makes a clause of it). Cached: the definition rules read
    again the sentence its clauses were cut from, after every sentence of the document was
    prepared (a long document's are some sixteen thousand readings)."""
    text = _BODY_S_PLACE.sub(_body_s_place_told, text)
    previous = None
    while previous != text:
        previous = text
        text = _BRACKETS.sub("", text)
    text = _DASH_ASIDE.sub(" ", text)
    text = _IN_VAIN.sub("", text)
    text = _INNER_CONNECTIVE.sub("", text)
    text = _LOOSE_ADVERB.sub("", text)
    text = _TIME_POINTER.sub(_without_time_pointer, text)
    text = _RELATIVE_TIME_AT_EDGE.sub(_without_relative_time, text)
    text = without_connective(text)
    if appositives:
        text = _drop_appositive(text)
        relative = _RELATIVE_ASIDE.search(text)
        subject = text[: relative.start()] if relative else ""
        openings = subject.split(", ")[:-1]  # "At Fécamp, the staff, around which ..."
        if (
            relative
            and not _has_finite(subject)
            and all(_OPENING_PREPOSITION.match(opening) for opening in openings)
        ):
            # "The staff, around which the notes were set, was first taught at Fécamp"
            text = f"{subject} {text[relative.end() :]}"
    aside = _OBJECT_APPOSITIVE.search(text)  # no clause of its own: dropped before splitting
    if aside and not _has_finite(aside.group(0)):
        text = f"{text[: aside.end('name')]} {text[aside.end() :]}"
    text = _SPACE_BEFORE_MARK.sub(r"\1", text)
    text = _DOUBLE_COMMA.sub(",", text)
    text = _STRAY_QUOTE.sub("", text)
    return _SPACES_RUN.sub(" ", text).strip()


_STRAY_QUOTE = LazyPattern(r"(?<=[^\Ws])['’](?=[\"”])")
"""A single quote mark closing a word just before its double one ("a \"free lesson'\" on
weaving"): a slip of the source's, no owner's mark (that follows an "s"), copied as debris."""


_RELATIVE_TIME = (
    r"(?:within\s+a\s+short\s+time|shortly\s+(?:after(?:wards)?|thereafter)"
    r"|soon\s+after(?:wards)?|(?:(?:a\s+few|several|some|two|three)\s+)?(?:days|weeks|months"
    r"|years)\s+later|the\s+(?:following|next)\s+(?:day|week|month|year))"
)
_RELATIVE_TIME_AT_EDGE = LazyPattern(
    rf"^{_RELATIVE_TIME},\s+(?P<first>[A-Za-z])"
    rf"|(?P<before>\b[\w’'-]+)(?:,\s*|\s+){_RELATIVE_TIME}(?=[.;]?$|,)",
    re.IGNORECASE,
)
"""A time told from an unseen sentence ("within a short time", "a few years later"), opening
the sentence or ending a clause: the claim stays true without it, and clear."""


def _without_relative_time(match: re.Match[str]) -> str:
    if match["first"]:
        return match["first"].upper()
    if match["before"].casefold() in _PREPOSITIONS_BEFORE_TIME:
        return match.group(0)  # "sold in the following year": the phrase is the verb's
    return match["before"]


_PREPOSITIONS_BEFORE_TIME = frozenset(
    ["in", "on", "at", "by", "from", "until", "till", "since", "of", "during", "for", "than"]
)


_TIME_POINTER = LazyPattern(
    r"(?P<before>\b[\w’'-]+)\s+(?:thereafter|subsequently|afterwards|afterward|then|later)\s+"
    r"(?=(?P<next>[a-z]+)\b)"
)
"""An adverb between a subject (or auxiliary) and its verb that places the deed after one told
in a sentence the learner never sees: "The Normans thereafter adopted ..."."""
_STATES = word_set(
    "is are was were has have had numbered contained included held comprised covered stood lay"
    " lived counted owned ruled controlled"
)
_TIME_UNITS = word_set(
    "second seconds minute minutes hour hours day days week weeks month months year years"
    " decade decades century centuries generation generations"
)
"""Units a count of time is told in: "later" after one ends a time of its own ("two weeks
later"), no pointer between a subject and its verb."""
_TIME_POINTER_KEPT_AFTER = frozenset(
    ["since", "until", "till", "by", "from", "before", "than", "even", "only", "and", "the"]
)


def _without_time_pointer(match: re.Match[str]) -> str:
    """ "X thereafter adopted Y" → "X adopted Y"; "was later renamed" → "was renamed": the deed
    stays true without the pointer. Kept where it is a time of its own ("since then", "the then
    chief") or no verb follows."""
    following = match["next"]
    if match["before"].casefold() in _TIME_POINTER_KEPT_AFTER:
        return match.group(0)
    if match["before"].casefold() in _TIME_UNITS:
        return match.group(0)  # "two weeks later led by Ivo": the "later" is the time's own
    if match.group(0).split()[1] == "then" and following in _STATES:
        return match.group(0)  # "Lund then had 5,000 people": "then" is the time it held
    if (
        following not in AUXILIARIES
        and not finite_verb(following)
        and not past_participle(following)
    ):
        return match.group(0)
    return f"{match['before']} "


def without_connective(text: str) -> str:
    """The clause without the connectives that open it ("However, ", "In addition, "), which
    point at a sentence the learner cannot see."""
    for _ in range(2):
        match = _CONNECTIVE.match(text[:1].upper() + text[1:])
        if not match:
            break
        rest = text[match.end() :]
        if not rest[:1].isalpha() and not rest[:1].isdigit():
            break
        text = rest[0].upper() + rest[1:]
    return text


_APPOSITIVE = LazyPattern(
    r",\s+((?:the|a|an|one of|called|known as|then|now|formerly|once|[a-z]+ed|built|born|or"
    r"|amongst|among|along with|together with|like|including|his|her|its|their"
    r"|[A-Z][\w-]*['’]s)\s+"
    r"[^,;]{2,60}?)"
    r",\s+([a-z]+)\b"
)


_OPENING_PREPOSITIONS = word_set(
    "Between Among Amongst After Before With In At On By Near Along Within From Across Beyond"
    " Under Over Upon During Following Throughout Until Since Around Through Outside Beside"
    " Behind Alongside Amid"
)
"""A sentence's first word that opens a phrase before its subject, not the subject itself."""
_RELATIVE_ASIDE = LazyPattern(
    r",\s+(?:(?:in|on|at|around|by|for|from|with|under|through|to|into|during)\s+)?"
    r"(?:which|whom|whose)\s+[^,;]{2,80},\s+(?=(?:is|are|was|were|has|have|had|[a-z]+ed)\b)"
)
"""A relative clause between a subject and its verb: "The staff, around which ..., was"."""
_OBJECT_APPOSITIVE = LazyPattern(
    r"(?P<name>\b[A-Z][\w’'-]+),\s+(?:the|a|an)\s+[^,;]{2,60}?,\s+(?=(?:from|in|on|at|during|until"
    r"|since|between|for|with|after|before)\s)"
)
"""An appositive after a name and before a phrase of the verb: "held the Cup, the oldest
prize in sailing, from 1988 to 1995"."""


def _drop_appositive(text: str) -> str:
    """ "Che Guevara, then a Cuban minister, visited Pyongyang" → "Che Guevara visited
    Pyongyang": an aside between the subject and its verb, so a question about the rest of
    the sentence stays whole (only where neither the subject nor the rest of the aside has a
    verb of its own)."""
    for comma in re.finditer(r",\s", text):
        match = _APPOSITIVE.match(text, comma.start())
        if match is None:
            continue
        verb = match.group(2)
        if not (verb in AUXILIARIES or finite_verb(verb)):
            continue
        subject = re.split(r"[,;]", text[: match.start()])[-1]
        opener = _WORD.match(subject)
        if subject == text[: match.start()] and opener and opener[0] in _OPENING_PREPOSITIONS:
            continue  # "In Orsk, the Tule Bridge, built in 1902, spans ...": the subject
        aside = _WORD.findall(match.group(1))[1:]
        words = _WORD.findall(subject) + aside
        if any(
            w[:1].islower() and (w in AUXILIARIES or (finite_verb(w) and not _ambiguous_plural(w)))
            for w in words
        ):
            continue  # a verb of its own ("schools" is a noun here)
        return f"{text[: match.start()]} {text[match.start(2) :]}"
    return text


def lemmas_as(word: str, tag: str) -> tuple[str, ...]:
    """The lemmas of ``word`` read as one part of speech ("ADJ": "larger" → "large")."""
    return tuple(lexicon.all_lemmas(word).get(tag, ()))


_TAG_SETS: dict[frozenset[str], frozenset[str]] = {}
"""One copy of each set of parts of speech: the thousands of words a long book caches share a
few dozen sets at most."""


@lru_cache(maxsize=65536)
def word_tags(word: str) -> frozenset[str]:
    """The parts of speech a lower-case word can have ("NOUN", "VERB"...); empty if unknown.
    Cached, as the lemmas are: the gates ask it of the same common words again and again."""
    tags = frozenset(lexicon.all_lemmas(word))
    return _TAG_SETS.setdefault(tags, tags)


def base_verb(word: str) -> bool:
    """Whether ``word`` is a verb's base form ("find", "open"), as "did" or "to" takes it."""
    return (lexicon.all_lemmas(word).get("VERB") or ("",))[0] == word


@lru_cache(maxsize=65536)
def finite_verb(word: str) -> tuple[str, str] | None:
    """(lemma, "VBD" or "VBZ") when ``word`` is a past or third-person present verb form."""
    lower = word.casefold()
    if not lower.isalpha() or lower in _NOT_NOUNS:
        return None
    lemmas = lexicon.all_lemmas(lower).get("VERB")
    if not lemmas:
        return None
    lemma = lemmas[0]
    if lower == lemma:
        return None
    for tag in ("VBD", "VBZ"):
        if lower in getInflection(lemma, tag):
            return lemma, tag
    return None


_PLURAL_WITHOUT_S = word_set("people cattle police livestock personnel clergy")
"""Plural nouns the lemma table files as their own lemma ("300 people", "3 million cattle")."""


def plural_noun(word: str) -> bool:
    """Whether ``word`` can be a plural noun ("men", "kilometres") or a unit ("km")."""
    lower = word.casefold()
    if not lower.isalpha() or lower in _NOT_NOUNS or lower in AUXILIARIES:
        return False
    if lower in _PLURAL_WITHOUT_S:
        return True
    nouns = lexicon.all_lemmas(lower).get("NOUN")
    if nouns:
        return nouns[0] != lower or lower.endswith("s")
    return len(lower) <= 3 and word.islower()  # km, mi, kg


@dataclass(frozen=True)
class Clause:
    """The part of a sentence a question is made from, with the answer's place in it."""

    text: str
    start: int
    end: int


_PRONOUN_SUBJECT = LazyPattern(r"^(?:he|she|it|they)\b\s*", re.IGNORECASE)
_RELATIVE = LazyPattern(r",\s+(?:which|who)\s+")
_NAMES_NOTHING = word_set("none neither either nobody nothing another others")
"""Subjects that name no one a later pronoun could stand for."""


def main_subject(text: str) -> str | None:
    """The subject of the sentence's first clause when it names something ("The canal")."""
    first = _WORD.match(text)
    if first and first.group(0).casefold() in _QUANTIFIED_SUBJECT | _OPENING_ADVERBS:
        return None  # "Several monks ...": a part of a group another clause may not share
    if first and first.group(0).casefold() in _NAMES_NOTHING:
        return None  # "None succeeded; he was ...": "he" is someone the sentence named before
    inverted = invert(text)
    if inverted is None or _PRONOUN_SUBJECT.match(inverted.subject):
        return None
    subject = inverted.subject
    if len(subject.split()) > 8 or "," in subject:
        return None
    return subject


def _with_subject(text: str, start: int, end: int, left: int, right: int) -> Clause:
    """``text[left:right]`` as a clause; a pronoun opening it becomes the sentence's subject."""
    piece = text[left:right].rstrip(" .,;:")
    pronoun = _PRONOUN_SUBJECT.match(piece)
    if pronoun and left > 0 and pronoun.end() <= start - left:
        subject = main_subject(text)
        if subject is not None and _named_again(subject, piece[pronoun.end() :]):
            subject = None  # "..., but he died before Kublai": "he" is not Kublai
        if subject is not None and _thing_named_between(text, subject, left, pronoun.group(0)):
            subject = None  # "The Danes rebuilt the harbour, and it reopened": the harbour
        personal = pronoun.group(0).strip().casefold() in ("he", "she")
        if subject is not None and personal and names_no_person(subject):
            subject = None  # "Scouts had reported ..., so he ordered": not the scouts
        if subject is not None:
            subject = subject[0].upper() + subject[1:]
            shift = len(subject) + 1 - pronoun.end()
            return Clause(
                f"{subject} {piece[pronoun.end() :]}", start - left + shift, end - left + shift
            )
    return Clause(piece, start - left, end - left)


def names_no_person(name: str) -> bool:
    """Whether a subject can never be what "he" or "she" stands for: many ("Scouts", "French
    forces"), a thing its last word names the sort of ("Kell Academy", "Orm River"), a country,
    or a year. A given name before a family name that is also a sort word ("Ivo Hall",
    "Ada Church") is a person's as much as a thing's."""
    words = name.split()
    if not words or any(c.isdigit() for c in name) or name in lexicon.COUNTRIES:
        return True
    last = words[-1]
    personal = len(words) == 2 and words[0] in lexicon.given_names() and lexicon.family_name(last)
    if lexicon.sort_word(last) and not personal:
        return True
    return plural_noun(last) and (len(words) == 1 or last.islower())


_THING_NAMED = LazyPattern(r"\b(?:the|a|an|this)\s+(?!\d)[\w-]+")


def _thing_named_between(text: str, subject: str, left: int, pronoun: str) -> bool:
    """Whether an "it" may stand for a thing the first clause names after its subject ("The
    Danes rebuilt the harbour, and it reopened in 1874": the harbour reopened, not the Danes)."""
    if pronoun.strip().casefold() != "it":
        return False
    found = text.casefold().find(subject.casefold())
    between = text[found + len(subject) : left] if found >= 0 else text[:left]
    return _THING_NAMED.search(between) is not None


def _named_again(subject: str, clause: str) -> bool:
    """Whether ``clause`` names ``subject`` (by a capitalised word of it, or whole): a pronoun
    opening the clause then stands for someone else."""
    names = [word for word in _WORD.findall(subject) if word[:1].isupper()] or [subject]
    return any(re.search(rf"\b{re.escape(name)}\b", clause) for name in names)


def _relative_clause(text: str, start: int, end: int) -> Clause | None:
    """ "X, which began in 911 as a fiefdom, was ..." → "X began in 911 as a fiefdom"."""
    for match in _RELATIVE.finditer(text):
        if match.end() > start:
            break
        close = text.find(",", match.end())
        close = len(text) if close < 0 else close
        if close < end:
            continue
        prefix = text[: match.start()]
        words = _WORD.findall(prefix)
        if not words or any(
            w.casefold() in AUXILIARIES or (w[:1].islower() and finite_verb(w)) for w in words
        ):
            continue  # the antecedent has a verb of its own ("The Greens" is a name)
        if not (words[0][:1].isupper()) or len(words) > 8:
            continue
        body = text[match.end() : close].rstrip(" .;:")
        antecedent = prefix.strip()
        shift = len(antecedent) + 1 - match.end()
        return Clause(f"{antecedent} {body}", start + shift, end + shift)
    return None


_COMMA = LazyPattern(r",\s+")
_TRAILING_PHRASE = LazyPattern(
    r"(?:\w+ing|especially|including|such as|owing|mainly|mostly|particularly|notably|with"
    r"|where|when|which|who|whose|while|whereas|although|though|as well as|before|after"
    r"|until|thus|thereby|making|leading)\b"
)


_JOINING = LazyPattern(
    r"(?:and|but|while|whereas|although|though|so|yet|when|because|as(?!\s+well\s+as)|since"
    r"|until|he|she|it|they)\b"
)
"""How a clause of its own opens after a comma (a plain comma may be a list's)."""


def _breaks(text: str) -> list[tuple[int, int]]:
    """Places where one clause or phrase ends and another begins: semicolons, and commas,
    except those inside an official name that lists its fields ("the Office of Parks,
    Recreation and Historic Preservation")."""
    names = [(m.start(), m.end()) for m in _LISTED_NAME.finditer(text)]
    found = [(m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(text)]
    found += [
        (m.start(), m.end())
        for m in _COMMA.finditer(text)
        if not any(start < m.start() < end for start, end in names)
    ]
    return sorted(set(found))


_CAPITALISED_RUN = r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"
_LISTED_NAME = LazyPattern(
    rf"\b{_CAPITALISED_RUN}\s+(?:of|for)\s+(?:the\s+)?{_CAPITALISED_RUN}"
    rf"(?:,\s+{_CAPITALISED_RUN})+,?\s+and\s+{_CAPITALISED_RUN}"
)
"""A name whose fields are listed after "of" or "for", commas inside it."""


def ends_a_list(left: str) -> bool:
    """Whether an ", and" after ``left`` closes a list rather than joining a clause: the phrase
    before it is a short item after another comma, with no verb ("the counties of Orm, Kelby,
    and Tarn are ..."; "the mills of Orm, West Kelby, and firms based at ..."), so what
    follows is the list's last item, whatever verb-like word it holds."""
    items = left.split(", ")
    if len(items) < 2:
        return False
    words = _WORD.findall(items[-1])
    return 0 < len(words) <= 4 and not any(is_finite_verb(word) for word in words)


@lru_cache(maxsize=4096)
def clause_of(text: str, start: int, end: int) -> Clause:
    """The clause of ``text`` that holds ``[start, end)``: other clauses and an opening phrase
    that does not hold the answer are dropped, so the question stays short; a pronoun subject
    of a later clause ("..., and it was opened in 1869") becomes the sentence's subject.
    Cached: read once as the question is formed and once as the candidate keeps its clause."""
    relative = _relative_clause(text, start, end)
    if relative is not None:
        return relative
    left, right = 0, len(text)
    for b_start, b_end in _breaks(text):
        if b_end <= start:
            segment = text[b_end:].split(",")[0]
            joined = text[b_start] == ";" or (
                _JOINING.match(segment) is not None
                and not (segment.startswith("and ") and ends_a_list(text[:b_start]))
            )
            whole = b_end + len(segment) >= end and _has_subject_and_verb(segment)
            # "..., and an expedition on behalf of their duke, William, led to ...": the verb
            # may come after an appositive
            whole = whole or _has_subject_and_verb(text[b_end:end], reach=14)
            if joined and whole and not _continues_an_opening(segment, b_end, start):
                left = b_end
        elif b_start >= end:
            follows = text[b_end:]
            own_clause = _has_subject_and_verb(text[left:b_start]) or _has_verb_before(
                text, left, start
            )
            if own_clause and verbless_subordinate_end(text[left:b_start]):
                continue  # "sold when in 1820 the council, acting on a plea, passed ...": a stub
            if own_clause and (
                _JOINING.match(follows)
                or (_TRAILING_PHRASE.match(follows) and not _bounds(follows))
                or _has_subject_and_verb(follows.split(",")[0])
                or text[b_start] == ";"
            ):
                right = b_start
                break
            opening = _LEAD_PHRASE.match(text, left)  # "When Ivo returned in 1041, ..."
            main = opening is None or opening.end() < b_end
            if main and _clause_after_its_opening(follows) and _has_finite(text[left:b_start]):
                right = b_start  # a verb far from its subject still makes a clause
                break
    if left:
        conjunction = re.match(
            r"(?:and|but|while|whereas|although|though|so|yet|when|because|as|since|until)\s+",
            text[left:],
        )
        if conjunction and left + conjunction.end() <= start:
            left += conjunction.end()
    lead = _LEAD_PHRASE.match(text[left:right])
    bounded = _TIME_BOUND.match(text, left) is not None  # "Even before the Conquest, ..."
    if lead and left + lead.end() <= start and not re.search(r"\d", lead.group(0)):
        left += 0 if bounded else lead.end()
    kept_time = ""
    if not bounded:
        opened_at = left
        left = _drop_opening_segments(text, left, start, end)
        commas = re.finditer(r",\s", text[opened_at:left])
        segments = [opened_at, *(opened_at + comma.end() for comma in commas)]
        dated = next((d for at in segments if (d := _DATED_OPENING.match(text, at, left))), None)
        if dated is not None and dated.start() == opened_at and dated.end() == left:
            left = opened_at  # "On August 15, 1971, ...": one date, its comma inside it
        elif dated is not None:
            # "In 1979, a year after his election, X ...", "Years after the war, in 1107, X"
            kept_time = dated.group(0)[:1].upper() + dated.group(0)[1:]
    inner = _INNER_BREAK.search(text, end, right)
    if inner and _has_verb_before(text, left, start):
        right = inner.start()
    if end > right:
        return Clause(text.rstrip(" .;:"), start, end)
    clause = _with_subject(text, start, end, left, right)
    if kept_time:
        shift = len(kept_time)
        opened = f"{kept_time}{_lower_start(clause.text)}"
        clause = Clause(opened, clause.start + shift, clause.end + shift)
    when = _TIME_THEN.search(text[:left])
    if when and not re.search(r"\d", clause.text):
        # "... in 1185, when a Norman army invaded Dyrrachium": the army did so in 1185
        return Clause(f"{clause.text} {when.group('time')}", clause.start, clause.end)
    return clause


_TIME_THEN = LazyPattern(
    r"\b(?P<time>(?:in|during|by)\s+(?:(?:early|late|mid)\s+)?(?:[A-Z][a-z]+\s+)?\d{3,4})"
    r"\s*,\s+when\s+$"
)


_DATED_OPENING = LazyPattern(
    r"(?:[Ii]n|[Oo]n|[Bb]y|[Dd]uring|[Uu]ntil|[Ss]ince|[Ff]rom|[Aa]s\s+of)\s+"
    r"(?:(?:early|late|mid)[\s-]+)?(?:\d{1,2}\s+)?(?:(?:"
    + "|".join(MONTHS)
    + r")\s+)?(?:\d{1,2},\s+)?\d{3,4}s?,\s+"
)
"""An opening that dates the whole clause ("In 1979, ", "On August 15, 1971, "): a question
that drops it may ask what held only then, so it stays though other openings go."""


_TIME_BOUND = LazyPattern(
    r"(?:Even\s+|Long\s+|Shortly\s+|Soon\s+)?(?:before|after|until|since|prior\s+to)\s[^,]{3,60},\s",
    re.IGNORECASE,
)
"""An opening phrase that bounds the fact in time: without it the clause may be false."""
_INNER_BREAK = LazyPattern(r"\s(?=(?:while|whereas|although|because)\s)")


_FREQUENCY = LazyPattern(
    r"(?:(?:each|every)\s+(?:year|month|week|day|summer|winter|spring|autumn|season)"
    r"|annually|yearly|every\s+\w+\s+years)",
    re.IGNORECASE,
)
"""An opening that says how often ("Each year, the area has about 10,000 earthquakes"): a
count without it would be a different fact."""


_SUBORDINATE_OPENER = LazyPattern(
    r"\b(?:when|whenever|because|while|whereas|although|though|if|unless)\s+(?P<rest>[^,;]*)$"
)
"""A conjunction that opens a clause; "after", "since" and the like may open a phrase."""


def verbless_subordinate_end(left: str) -> bool:
    """Whether ``left`` ends in a subordinate clause still without its verb ("The mill was
    sold when in 1820 the council"): the phrase after the comma stands between that clause's
    subject and its verb, and cut there the clause is left a stub."""
    opened = _SUBORDINATE_OPENER.search(left)
    if opened is None:
        return False
    words = _WORD.findall(opened["rest"])
    return len(words) > 1 and not any(is_finite_verb(word) for word in words)


def _drop_opening_segments(text: str, left: int, start: int, end: int) -> int:
    """Past opening phrases without a verb ("A few years after the First Crusade, in 1107,
    the Normans landed ..."), when the answer and a clause of its own follow them. A short
    phrase with a number ("In 1066,") stays: the fact may hold only for that time."""
    position = left
    names = [(m.start(), m.end()) for m in _LISTED_NAME.finditer(text)]
    while True:
        comma = text.find(", ", position, start)
        while comma >= 0 and any(begin < comma < finish for begin, finish in names):
            comma = text.find(", ", comma + 2, start)  # a comma inside an official name
        if comma < 0:
            return left
        opening = text[position:comma]
        words = _WORD.findall(opening)
        continued = position > left and _absolute_phrase(words)
        if not continued and any(w.casefold() in AUXILIARIES or finite_verb(w) for w in words):
            return left
        position = comma + 2
        following = text[position:].split(",")[0]
        if following[:1].isupper() and "," in text[position:start] and not _has_finite(following):
            return left  # "their duke, William, led ...": a name between commas, no phrase
        if _predicate_after_an_aside(text, position, end):
            return left  # "The hall, a church built in 1838 of stone, was sold": no clause
        if _absolute_phrase(_WORD.findall(following)) and ", " in text[position:start]:
            continue  # "With peace in Orm, and Kell's rule secured, the navy ...": no clause
        if _has_subject_and_verb(text[position:end], reach=14):
            short_time = (re.search(r"\d", opening) and len(words) <= 4) or _FREQUENCY.fullmatch(
                opening.strip()
            )
            return left if short_time and position - left == len(opening) + 2 else position


def _continues_an_opening(segment: str, at: int, start: int) -> bool:
    """Whether the ``segment`` after a break at ``at`` ends before the answer (at ``start``)
    and continues an opening phrase (``_absolute_phrase``): read only for a break that would
    otherwise open the clause."""
    return at + len(segment) < start and _absolute_phrase(_WORD.findall(segment))


def _absolute_phrase(words: Sequence[str]) -> bool:
    """Whether the words continue an opening phrase with a noun and its participle ("and Kell's
    rule at sea secured", after "With peace in Orm,"): no clause, though "secured" may read as
    a past verb, and its noun is no subject of what the sentence goes on to say."""
    if len(words) < 3 or words[0] != "and" or words[1].casefold() in AUXILIARIES:
        return False
    *rest, last = words[1:]
    return past_participle(last) and not any(
        w.casefold() in AUXILIARIES or finite_verb(w) for w in rest
    )


def _predicate_after_an_aside(text: str, position: int, end: int) -> bool:
    """Whether the phrase from ``position`` holding the answer (before ``end``) is set off by
    commas before a verb that has no subject of its own ("The hall, a church built in 1838
    of stone, was sold"): the phrase describes the noun before it, and its participle
    ("built") is no verb of a clause."""
    close = text.find(", ", end)
    if close < 0 or "," in text[position:end]:
        return False
    if not re.match(r"(?:an?|the)\s", text[position:end]):
        return False  # "Nationwide, the storm killed 20 people, destroyed ...": a clause
    following = _WORD.match(text, close + 2)
    verb = following.group(0) if following else ""
    tense = finite_verb(verb) if verb[:1].islower() else None
    if not (verb in AUXILIARIES or (tense is not None and tense[1] == "VBZ")):
        return False  # "killed 20 people, destroyed 708 houses": past verbs listed
    if "NOUN" in word_tags(verb) and verb not in AUXILIARIES:
        return False  # "..., works in Orm": a list's noun, maybe
    verbs = [w for w in _WORD.findall(text[position:close]) if w[:1].islower()]
    verbs = [w for w in verbs if w in AUXILIARIES or finite_verb(w)]
    return bool(verbs) and all(past_participle(w) and w not in AUXILIARIES for w in verbs)


def _has_verb_before(text: str, left: int, start: int) -> bool:
    """Whether a subject and a verb come between the clause's start and the answer (so what
    follows the answer is not needed to make the clause whole)."""
    words = _WORD.findall(text[left:start])
    if not words or not _can_open_subject(words[0]):
        return False
    return any(w.casefold() in AUXILIARIES or finite_verb(w) for w in words[1:])


def _clause_after_its_opening(follows: str) -> bool:
    """Whether what follows a comma is a clause of its own behind an opening phrase: "..., in
    the case of the climate, the Orm Protocol failed" goes on with a new subject and verb,
    which the question must not run into."""
    lead = _LEAD_PHRASE.match(follows[:1].upper() + follows[1:])
    return lead is not None and _has_subject_and_verb(follows[lead.end() :].split(",")[0])


def _has_subject_and_verb(text: str, reach: int = 6) -> bool:
    """Whether ``text`` opens a clause of its own: a subject, then a verb within ``reach``
    words."""
    words = _WORD.findall(text)
    if words and words[0] in (
        "and", "but", "while", "whereas", "although", "though", "so", "yet", "when", "because",
        "as", "since", "until",
    ):  # fmt: skip
        words = words[1:]
    if len(words) < 2:
        return False
    first = words[0]
    pronoun = first.casefold() in ("he", "she", "it", "they")
    noun = first.islower() and "NOUN" in lexicon.all_lemmas(first) and not finite_verb(first)
    noun = noun or first in ("its", "their", "his", "her")
    if not (first[:1].isupper() or first in ("the", "a", "an") or pronoun or noun):
        return False
    if not pronoun and first.casefold() in lexicon.COMMON_START_WORDS - {"the", "a", "an"}:
        return False
    if not (pronoun or noun or _can_open_subject(first)):
        return False  # "Having obtained ...": a participle, not a subject
    return any(w.casefold() in AUXILIARIES or finite_verb(w) for w in words[1:reach])


_PLAIN_SUBJECT_REACH = 8
"""A verb among a clause's first words is taken as its main verb."""
_SUBJECT_REACH = 12
"""Up to here, a verb is taken as the main verb only when it plainly is one
(``_plainly_main_verb``): "the distinct cultural identity of the Normans emerged in ..."."""


_TRAILING_ADVERB = LazyPattern(
    r"\s+(?P<adverb>[a-z]+ly)(?=\s+(?:in|on|at|to|into|from|near|with|by)\b|\s*$)"
)
"""An adverb in -ly right after a verb that do-support separates from it: it goes before the
verb ("Where does the delta mostly lie?")."""


def _in_a_free_relative(words: list[re.Match[str]], index: int) -> bool:
    """Whether the word at ``index`` is the verb of a "what" clause inside the subject, or its
    auxiliary: "became" in "the first ships to reach what became Kell arrived", "would" and
    "become" in "what would become Kell"."""
    before = words[index - 1].group(0) if index >= 1 else ""
    if before == "what":
        return True
    return index >= 2 and words[index - 2].group(0) == "what" and before in AUXILIARIES


def _plainly_main_verb(words: list[re.Match[str]], index: int) -> bool:
    """Whether the word at ``index``, far into a clause, is surely its main verb: an auxiliary
    or an unambiguous verb, with no word before it that could be a verb taking an object ("The
    firm bid 40 marks for a lease of ten farms") and no verb after it ("the agreements
    negotiated with X resulted in")."""
    word = words[index].group(0)
    if not word[:1].islower():
        return False
    if word not in AUXILIARIES and (_ambiguous_plural(word) or not _finite_word(word)):
        return False
    for at, (earlier, following) in enumerate(pairwise(words[:index])):
        if _in_a_free_relative(words, at):
            continue  # "to reach what would become the valley": "become" is the relative's
        verb_like = earlier.group(0)[:1].islower() and "VERB" in word_tags(earlier.group(0))
        prepositional = earlier.group(0) in _PREPOSITION_WORDS | _NOT_NOUNS
        takes_object = (
            following.group(0)[:1].isdigit() or following.group(0) in _NOUN_PHRASE_OPENERS
        )
        if verb_like and not prepositional and takes_object:
            return False
    if word in AUXILIARIES:
        return True
    later = (w.group(0) for w in words[index + 1 :])
    return not any(w[:1].islower() and _finite_word(w) for w in later)


@dataclass(frozen=True)
class Inverted:
    auxiliary: str
    subject: str
    rest: str
    verb_end: int = 0
    """Where the verb (or auxiliary) ends in the clause."""


_PARTICIPLE_PHRASE = LazyPattern(r"\s+(?:in|on|at|by|near|for|from|during|under|with)\b")
_BEFORE_ITS_VERB_BREAK = LazyPattern(
    r"[,;:]|\b(?:that|which|who|whom|whose|where|when|and|but|or|because|while|as|if)\b"
)


def _reduced_relative(text: str, end: int) -> bool:
    """Whether the past form ending at ``end`` opens a participle phrase of the subject, its
    clause's verb still to come: "built in 1872" in "The lighthouse built in 1872 was relit",
    "filmed in Kell" in "A blast filmed in Kell holds a record" (a verb other than an
    auxiliary only before an article: "the 3D animated film" has none)."""
    if _PARTICIPLE_PHRASE.match(text, end) is None:
        return False
    later = list(_WORD.finditer(text, end))
    # the first break after ``end``: a word at or past its end is not before it (no break word
    # or mark runs across the end of a word, so this is the first break before each word's end)
    clause_break = _BEFORE_ITS_VERB_BREAK.search(text, end)
    for at, match in enumerate(later):
        if clause_break is not None and clause_break.end() <= match.end():
            return False
        word = match.group(0)
        following = later[at + 1].group(0) if at + 1 < len(later) else ""
        if word in AUXILIARIES or (is_finite_verb(word) and following in _NOUN_PHRASE_OPENERS):
            return True
        if at + 2 == len(later) and following in lexicon.CLOSING_PARTICLES and is_finite_verb(word):
            return True  # "artists based in Ankara moved in": a verb and its particle end it
    return False


_OPENING_ADVERBS = word_set(
    """
    initially originally formerly traditionally historically officially primarily mainly
    mostly largely partly ultimately gradually jointly usually typically commonly widely
    """
)
"""Adverbs that may open a clause before its subject and that stay true of the deed wherever
they stand: inverted, they go before the verb ("Originally the inn was a farm" → "was the inn
originally a farm")."""
_QUANTIFIED_SUBJECT = word_set(
    "some many most several both all each every few numerous various"
    " two three four five six seven eight nine ten twelve"
)
"""Words that open a subject by saying how many ("Several monks of Kell", "Two railways");
alone ("Many took up service") they stand for people the sentence does not name."""


_PLACED = word_set("located situated")
"""Participles that say where a thing stands, never an active verb of a clause."""
_ARTICLES_AND_POSSESSIVES = lexicon.ARTICLES_AND_POSSESSIVES
_ORDINAL_WORDS = word_set("first second third fourth fifth last next final")
_PREPOSITIONS_AND_ARTICLES = _ARTICLES_AND_POSSESSIVES | word_set(
    "in on at by to from into for with of as during after before under over"
)


def _participle_before_noun(words: list[re.Match[str]], index: int, following: str) -> bool:
    """Whether ``words[index]`` is a participle between an adjective of a noun phrase and its
    noun ("the first organised group", "an old walled town", "the first crewed Orion V flight
    left ..."): no verb stands there."""
    if index < 2 or words[index - 2].group(0).casefold() not in _ARTICLES_AND_POSSESSIVES:
        return False
    adjective = words[index - 1].group(0)
    tags = word_tags(adjective)
    plain_adjective = "ADJ" in tags and not tags & {"NOUN", "VERB"}
    if not adjective[:1].islower() or not (plain_adjective or adjective in _ORDINAL_WORDS):
        return False  # "the fleet moved north": a noun may be the whole subject
    if following not in _PREPOSITIONS_AND_ARTICLES and "NOUN" in word_tags(following):
        return True
    return _name_then_verb(words, index + 1)


def verb_or_compound_noun(words: Sequence[str], index: int) -> bool:
    """Whether ``words[index]``, a third-person verb or a plural noun after a singular noun,
    comes before a participle and a bare plural noun: "logic uses quantified variables" (the
    logic uses variables) reads word for word like "trade routes linked towns" (the routes
    linked towns), and no rule of form tells the clause's verb."""
    if index < 1 or index + 2 >= len(words) or not _ambiguous_plural(words[index]):
        return False
    noun, participle, plural = words[index - 1], words[index + 1], words[index + 2]
    return (
        noun[-1:] != "s"
        and "NOUN" in word_tags(noun.casefold())
        and participle[:1].islower()
        and past_participle(participle)
        and plural[:1].islower()
        and plural_noun(plural)
    )


def _participle_after_infinitive(words: list[re.Match[str]], index: int, following: str) -> bool:
    """Whether ``words[index]`` is a participle before the object of an infinitive ("ships to
    carry enslaved Orvans"): a noun follows it, never an article or a preposition ("the first
    to arrive built a fort" has its verb there)."""
    if index < 2 or words[index - 2].group(0) != "to" or not base_verb(words[index - 1].group(0)):
        return False
    if not past_participle(words[index].group(0)) or not following:
        return False
    return following not in _PREPOSITIONS_AND_ARTICLES and following not in _NOUN_PHRASE_OPENERS


def _name_then_verb(words: list[re.Match[str]], start: int) -> bool:
    """Whether ``words[start:]`` is a name, perhaps with nouns after it, and then a finite
    verb ("Orion V flight left"): the name goes on the noun phrase a participle before it
    describes, and the clause's verb is the one after it."""
    if start >= len(words) or not words[start].group(0)[:1].isupper():
        return False
    phrase = False  # "Orvans to reach the island arrived", "Orvans of the colony arrived"
    for at, match in enumerate(words[start + 1 : start + 12], start=start + 1):
        word = match.group(0)
        if word[:1].isupper():
            continue
        if _finite_word(word) and words[at - 1].group(0) != "to":
            return True
        if word.casefold() in _CLAUSE_OPENERS or word.casefold() in ("and", "or", "but"):
            return False
        if at == start + 1 and word in ("to", "of"):
            phrase = True
        elif not phrase and (word in _PREPOSITIONS_AND_ARTICLES or "NOUN" not in word_tags(word)):
            return False
    return False


def _gerund_after(words: list[re.Match[str]], index: int) -> bool:
    return index < len(words) and words[index].group(0).endswith("ing")


_OPENING_WORD = LazyPattern(r"([A-Z][a-z]+),?\s+")
_SUBORDINATOR = LazyPattern(r"\b(that|which|who|whom|whose|where|when|while|because|if)\b")


_NUMBERED_NAME = LazyPattern(r"No\.\s+\d")
"""A name opening with its number ("No. 9 Squadron"), never the word "no"."""


_TIME_OR_AGE_ADJECTIVES = word_set("early late new old")
"""Adjectives that open a sentence as adverbs too ("Early in 1820, ...", "Late that year"):
only before a lower-case noun do they open its subject ("Early settlers arrived ...")."""


def _described_subject(text: str, words: Sequence[re.Match[str]]) -> bool:
    """Whether the clause opens with one of ``_TIME_OR_AGE_ADJECTIVES`` right before a
    lower-case noun, the head of its subject ("Early agriculture spread ..."), not an opening
    phrase ("Early in the war", "Late that year", "Early, landfill was used ...": a question
    took the phrase's time away)."""
    if len(words) < 3 or words[0].group(0).casefold() not in _TIME_OR_AGE_ADJECTIVES:
        return False
    noun = words[1].group(0)
    return (
        text[words[0].end() : words[1].start()] == " "
        and noun.islower()
        and noun not in lexicon.COMMON_START_WORDS
        and "NOUN" in word_tags(noun)
        and not _finite_word(noun)
    )


@lru_cache(maxsize=4096)
def invert(text: str) -> Inverted | None:
    """Subject-auxiliary inversion of a declarative clause, or None when it is not safe
    (cached: the gates ask it again of the clause its question was made from).

    "The canal was opened in 1869" → ("was", "the canal", "opened in 1869");
    "Emma married Ethelred" → ("did", "Emma", "marry Ethelred");
    "Initially the mill ground oats" → ("did", "the mill", "initially grind oats").
    """
    opening = _OPENING_WORD.match(text)
    if opening and opening.group(1).casefold() in _OPENING_ADVERBS:
        inverted = invert(text[opening.end() :])
        if inverted is None:
            return None
        return Inverted(
            inverted.auxiliary,
            inverted.subject,
            f"{opening.group(1).casefold()} {inverted.rest}",
            inverted.verb_end + opening.end(),
        )
    words = list(_WORD.finditer(text))
    if len(words) < 2:
        return None
    first = words[0].group(0)
    quantified = first.casefold() in _QUANTIFIED_SUBJECT or _described_subject(text, words)
    numbered = _NUMBERED_NAME.match(text) is not None  # "No. 9 Squadron was ...": a name
    if (
        not numbered
        and first.casefold() in lexicon.COMMON_START_WORDS
        and first.casefold() not in ("the", "a", "an", "he", "she", "it", "they")
        and not quantified
    ):
        return None  # an opening phrase, not a subject
    if not (quantified or numbered or _can_open_subject(first)) or words[1].group(0) == "to":
        return None  # "Subsequent to the Conquest ...": an opening phrase
    for index, match in enumerate(words[1:_SUBJECT_REACH], start=1):
        if quantified and index == 1:
            continue  # "Several monks ...": the subject goes on past its quantifier
        word = match.group(0)
        lower = word.casefold()
        before = words[index - 1].group(0).casefold()
        if index >= _PLAIN_SUBJECT_REACH and not _plainly_main_verb(words, index):
            continue
        if before in ("the", "a", "an", "of", "to", "its", "their", "his", "her", "and"):
            continue
        if before in ("be", "been", "being"):
            continue  # "prefer to be called": a participle, never the clause's own verb
        if _in_a_free_relative(words, index):
            continue  # "to reach what (would) become Kell arrived": the free relative's verb
        if index >= 2 and before.endswith("ly") and words[index - 2].group(0).casefold() in (
            "the", "a", "an", "its", "their", "his", "her",
        ):  # fmt: skip
            continue  # "the lightly populated counties": a participle before its noun
        following = words[index + 1].group(0).casefold() if index + 1 < len(words) else ""
        if _participle_before_noun(words, index, following):
            continue  # "the first organised group sailed": a participle that describes a noun
        if _participle_after_infinitive(words, index, following):
            continue  # "the first ships to carry enslaved Orvans arrived": the infinitive's object
        if following == "by" and lower not in AUXILIARIES:
            continue  # "a revolt led by Urabi threatened ...": a participle, not the verb
        if following == "with" and lower not in AUXILIARIES and _gerund_after(words, index + 2):
            continue  # "set up a body tasked with drafting ...": a participle, not the verb
        if lower in _PLACED:
            continue  # "the statue located at the gate commemorates ...": a participle
        adverb = following.endswith("ly") and word_tags(following) == {"ADV"}  # "lies mostly"
        if _ambiguous_plural(lower) and following and following not in _AFTER_VERB and not adverb:
            continue  # "the high ranks coerced": a noun, not the verb
        if _ambiguous_plural(lower) and _verb_follows(words, index, text):
            continue  # "Toll fees in Kell totaled ...": the verb is still to come
        inside = [w.group(0) for w in words[max(0, index - 3) : index]]
        if (
            _ambiguous_plural(lower)
            and "of" in inside[:-1]
            and all(w == "of" or not _finite_word(w) for w in inside)
        ):
            continue  # "incursions of Norse war bands into ...": a noun inside the phrase
        subject_text = text[: match.start()].rstrip()
        if subject_text.endswith(",") or _SUBORDINATOR.search(subject_text):
            return None
        if _REPORTING_BEFORE.search(subject_text):
            return None  # "historians believe Orm was crowned": the clause is reported
        adverbial = _ADVERBIAL_AFTER_NAME.match(subject_text)
        if adverbial is not None and word[:1].islower():
            if lower in AUXILIARIES:
                return None  # "was Ivo Berg in 1990 crowned": the phrase has no safe place
            if finite_verb(word) is None:
                continue  # "Ivo Berg in 12 days rode": the phrase goes on
            subject_text = adverbial["name"]
        else:
            adverbial = None
        if lower in AUXILIARIES:
            after = text[match.end() :].lstrip()
            if lower in ("has", "have", "had") and not past_participle(after):
                lemma, tag = "have", {"has": "VBZ", "have": "VBP", "had": "VBD"}[lower]
                return Inverted(
                    _do(tag),
                    _lower_start(subject_text, text),
                    f"{lemma} {after}".strip(),
                    match.end(),
                )
            return Inverted(lower, _lower_start(subject_text, text), after, match.end())
        verb = finite_verb(word)
        if verb is None:
            tense = _tense_by_position(words, index, text)
            if tense == "":
                return None  # "The monks set up ...": surely the verb, but past or present?
            if tense and _coordinated_verb(text[match.end() :]):
                return None  # "grow barley and sell it at Kell": whose is the phrase?
            verb = (lower, tense) if tense else None
        if verb is not None and verb[1] == "VBD" and _reduced_relative(text, match.end()):
            continue  # "the lighthouse built in 1872 was relit": a participle, not the verb
        if verb is not None and verb[0] in _NAMING_LEMMAS and word[:1].islower():
            if _verb_follows(words, index, text):
                continue  # "a boy named Ivo Berg was hurt": the participle is the subject's
            if _named_passively(subject_text, text[match.end() :]) and adverbial is None:
                be = "were" if _plural_head(subject_text) else "was"
                rest = f"{word}{text[match.end() :]}".strip()
                return Inverted(be, _lower_start(subject_text, text), rest, match.end())
        if verb is not None and word[:1].islower():
            lemma, tag = verb
            after = _series_in_base_form(text[match.end() :], tag)
            after = _COORDINATED_PAST.sub(_base_form, after)
            manner = _TRAILING_ADVERB.match(after)
            if manner and word_tags(manner["adverb"].casefold()) == {"ADV"}:
                # "the delta lies mostly" → "does the delta mostly lie"
                lemma, after = f"{manner['adverb']} {lemma}", after[manner.end() :]
            if adverbial is not None:
                # "Ivo Berg in 21 hops flew from Kell" → "did Ivo Berg fly in 21 hops from Kell"
                lemma = f"{lemma} {adverbial['phrase']}"
            return Inverted(
                _do(tag), _lower_start(subject_text, text), f"{lemma}{after}".strip(), match.end()
            )
    return None


_REPORTING_BEFORE = LazyPattern(
    rf"^\S.*?\s(?:{'|'.join(sorted(lexicon.SAYING_VERBS))})\s+(?:the|an?|his|her|its|their|[A-Z])"
)
"""A verb of saying inside what stands before a clause's verb, with the clause it reports
("Modern historians believe Orm was ..."): inverted, the saying would be asked as a subject
("Where was modern historians believe Orm crowned?")."""
_ADVERBIAL_AFTER_NAME = LazyPattern(
    r"^(?P<name>(?:[Tt]he\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)"
    r"\s+(?P<phrase>(?:in|at|with|within|after|by)\s+(?=[^A-Z]*\d)[a-z\d][^A-Z,;]*)$"
)
"""A name, then a phrase with a figure that tells how or when the deed was done ("Ivo Berg in
21 hops flew ..."): the phrase is the verb's, not the name's, and follows the verb."""
_NAMING_LEMMAS = word_set("call name dub term title entitle nickname rename style")
_HEAD_ENDS = LazyPattern(
    r"\s+(?:of|in|on|at|between|near|from|for|with|to|along|across|off|around|beside|behind"
    r"|beyond|above|below|under|over|outside|inside|within|south|north|east|west)\s+"
)
_BY_AGENT = LazyPattern(r"^[^,;]*?\bby\s+(?:the\s+)?[A-Z]")


def _head_of_subject(subject: str) -> str:
    """The head word of a subject: "bay" in "The bay between two capes"."""
    words = _HEAD_ENDS.split(subject, maxsplit=1)[0].split()
    return words[-1] if words else ""


def _plural_head(subject: str) -> bool:
    head = _head_of_subject(subject)
    return head[:1].islower() and plural_noun(head)


def _named_passively(subject: str, after: str) -> bool:
    """Whether "called", "named" after ``subject`` is a passive with its "was" left out: "The
    bay between two capes called Kleine Zee in 1620" says what the bay was called (a bay calls
    nothing), and "named Lange Gat by Ivo Berg" has its agent after "by". After a person, a
    people, a body or a name it is the verb: "The settlers called the bay Kleine Zee"."""
    if _BY_AGENT.match(after):
        return True
    head = _head_of_subject(subject)
    lower = head.casefold()
    if not head[:1].islower() or "NOUN" not in word_tags(lower):
        return False
    single = lower[:-1] if lower.endswith("s") and plural_noun(lower) else lower
    return (
        single not in _AGENT_NOUNS
        and lower not in _AGENT_NOUNS
        and not single.endswith(lexicon.AGENT_ENDINGS)
    )


_LOWER_ROLE_NOUNS = frozenset(word.casefold() for word in lexicon.ROLE_NOUNS)
_LOWER_ORGANISATION_WORDS = frozenset(word.casefold() for word in lexicon.ORGANISATION_WORDS)


def _tense_by_position(words: list[re.Match[str]], index: int, text: str) -> str | None:
    """The tense of a verb's base form that its place shows, or None where it may be a noun.

    After a plural noun, the head of the subject, a base form is a present verb: "Most
    residents of Tarnby speak Welsh" ("VBP"). A past spelled as its base ("bid", "set",
    "cut") is past after a singular noun or a name: "The firm bid 40 marks" ("VBD"); after a
    plural one it is surely the verb but of no certain tense ("The monks set up ...": "").
    A word that may be a noun as well ("host", "cut") is read as a verb only before a
    determiner, a number, a name, a particle, a preposition after a plural, or at the end of
    the clause (its object asked for), never before another noun ("the farm workers house
    parties"). No word is read as a verb with a finite verb still to come in its clause
    ("the savings bank in Orm opened"), or after a word that may be a verb taking an object
    ("Catholics form the largest group in ...").
    """
    word = words[index].group(0)
    if not word.isalpha() or not word.islower() or word in AUXILIARIES or word in _NOT_NOUNS:
        return None
    if not base_verb(word):
        return None
    previous = words[index - 1]
    gap = text[previous.end() : words[index].start()]
    following = words[index + 1] if index + 1 < len(words) else None
    if following is not None:
        gap += text[words[index].end() : following.start()]
    elif text[words[index].end() :].strip(" ."):
        return None
    if gap.strip(" $£€"):
        return None  # "the residents' group", "set, in turn,"
    head = _subject_head(words, index)
    if head is None:
        return None
    for earlier, next_word in pairwise(words[:index]):
        verb_like = earlier.group(0).islower() and "VERB" in word_tags(earlier.group(0))
        if verb_like and (
            next_word.group(0) in _NOUN_PHRASE_OPENERS or next_word.group(0)[:1].isdigit()
        ):
            return None  # "Catholics form the largest religious group in ...": "form" is it
    lower = head.casefold()
    plural = plural_noun(lower) and lower not in _UNCOUNTED and "NOUN" in word_tags(lower)
    if following is not None:
        after = following.group(0)
        takes_object = after in _NOUN_PHRASE_OPENERS or after[:1].isdigit() or after[:1].isupper()
        phrasal = after in _PARTICLES and finite_verb(after) is None
        noun_too = word_tags(word) & {"NOUN", "ADJ", "ADV"}
        if noun_too and not (takes_object or phrasal or (plural and after in _PREPOSITION_WORDS)):
            return None  # "the savings bank", "the farm set"
        if _verb_follows(words, index, text):
            return None  # "the savings bank in Orm opened": the verb is still to come
    same_past = word in getInflection(word, "VBD")
    if plural:
        return "" if same_past else "VBP"
    return "VBD" if same_past else None


def _subject_head(words: list[re.Match[str]], index: int) -> str | None:
    """The noun whose number a verb at ``index`` agrees with: the word before it, or the noun
    before "of" ("residents of Tarnby"); None when that is no noun ("they", "it", a verb).
    A capital opening the clause is read in lower case."""
    before = [w.group(0) for w in words[:index]]
    if "of" in before[-4:-1]:
        of = len(before) - 1 - before[::-1].index("of")
        before = before[:of]
        if not before:
            return None
    head = before[-1] if len(before) > 1 else before[-1].casefold()
    lower = head.casefold()
    if lower in _NOT_NOUNS or lower in AUXILIARIES:
        return None
    if finite_verb(lower) and not _ambiguous_plural(lower):
        return None
    if head.islower():
        return head if "NOUN" in word_tags(head) else None
    return head if head[1:].islower() and len(head) > 2 else None  # a name: "Kell", "Normans"


def _verb_before(before: str, answer: str) -> bool:
    """Whether the last word before the answer is a verb's base form that its place shows
    ("Most residents speak" before "Welsh")."""
    text = f"{before}{answer}"
    words = list(_WORD.finditer(text))
    at = len(_WORD.findall(before)) - 1
    return at > 0 and bool(_tense_by_position(words, at, text))


_COORDINATED_WORD = LazyPattern(r"\b(?:and|or|but)\s+(?:then\s+|also\s+)?([a-z]+)\b")


def _coordinated_verb(text: str) -> bool:
    """Whether a verb follows "and", "or" or "but" in ``text`` ("... and sell it at Kell"):
    a second predicate that the sentence's finite verbs alone would not show."""
    for match in _COORDINATED_WORD.finditer(text):
        word = match.group(1)
        if word in AUXILIARIES or finite_verb(word) or base_verb(word):
            return True
    return False


_VERB_SCAN_STOP = LazyPattern(r"[,;:(]|\b(?:and|or|but|that|which|who|whom|whose|where|when)\b")


def _verb_follows(words: list[re.Match[str]], index: int, text: str) -> bool:
    """Whether a finite verb comes after the word at ``index`` before its clause ends."""
    for later in words[index + 1 : index + 8]:
        if _VERB_SCAN_STOP.search(text, words[index].end(), later.end()):
            return False
        if later.group(0)[:1].islower() and _finite_word(later.group(0)):
            return True
    return False


_PARTICLES = word_set("up off out down")
"""Particles of a phrasal verb after its base form: "set up", "cut off"."""
_UNCOUNTED = word_set("news series species means")
"""Nouns in -s that are as often singular: the verb's number cannot be read after them."""


_AFTER_VERB = frozenset(
    [
        "the",
        "a",
        "an",
        "to",
        "in",
        "into",
        "through",
        "from",
        "on",
        "at",
        "with",
        "by",
        "as",
        "its",
        "their",
        "his",
        "her",
        "about",
        "over",
        "across",
        "along",
        "up",
        "down",
        "out",
        "off",
        "between",
        "under",
        "near",
        "towards",
        "toward",
        "around",
        "some",
        "many",
        "most",
        "all",
        "each",
        "every",
        "no",
        "not",
        "also",
        "only",
    ]
)


def _ambiguous_plural(word: str) -> bool:
    """ "ranks", "forms", "flows": a third-person verb or a plural noun."""
    verb = finite_verb(word)
    return bool(verb and verb[1] == "VBZ" and "NOUN" in lexicon.all_lemmas(word))


def _can_open_subject(word: str) -> bool:
    """Whether a clause's first word can begin its subject ("The", "Rollo", "Earlier"),
    rather than an adverb or a participle ("Soon", "Having")."""
    lower = word.casefold()
    if lower in ("the", "a", "an", "he", "she", "it", "they"):
        return True
    if lower in _NOT_NOUNS:
        return False
    tags = set(lexicon.all_lemmas(lower))
    if not tags:
        return word[:1].isupper() or word[:1].isdigit()
    return bool(tags & {"NOUN", "ADJ", "PROPN", "PRON", "NUM"})


_COORDINATED_PAST = LazyPattern(r"\b(and|or|but)\s+([a-z]+)\b")


_LEADING_VERB_SERIES = LazyPattern(
    r"^,\s+(?:(?:and|or)\s+)?[a-z]+\b(?:,\s+(?:(?:and|or)\s+)?[a-z]+\b|\s+(?:and|or)\s+[a-z]+\b)*"
)
_OBJECT_AFTER_SERIES = LazyPattern(r"\s+(?:the|a|an|his|her|its|their|[A-Z])")
"""What a series of verbs shares: an object after its last verb ("and sacked the town")."""


def _verb_series(after: str, tag: str) -> tuple[re.Match[str], list[str]] | None:
    """The series of verbs ``after`` opens with (", captured, and sacked" before "the town")
    and their base forms: each a verb of tense ``tag``, the last after "and" or "or", and an
    object after it; None for anything else ("died, aged 60, in 1950": an aside)."""
    series = _LEADING_VERB_SERIES.match(after)
    if series is None or not re.search(r"\b(?:and|or)\s+[a-z]+$", series.group(0)):
        return None
    if not _OBJECT_AFTER_SERIES.match(after, series.end()):
        return None
    verbs = [w for w in re.findall(r"[a-z]+", series.group(0)) if w not in ("and", "or")]
    forms = [finite_verb(w) for w in verbs]
    lemmas = [form[0] for form in forms if form is not None and form[1] == tag]
    return (series, lemmas) if len(lemmas) == len(verbs) else None


def _series_in_base_form(after: str, tag: str) -> str:
    """``after`` with the verbs of a series the first verb opens in their base form, as "did"
    takes them (``_verb_series``); else ``after`` as it is."""
    found = _verb_series(after, tag)
    if found is None:
        return after
    series, lemmas = found
    bases = iter(lemmas)
    based = re.sub(
        r"[a-z]+",
        lambda m: m.group(0) if m.group(0) in ("and", "or") else next(bases),
        series.group(0),
    )
    return based + after[series.end() :]


def _base_form(match: re.Match[str]) -> str:
    """ "... and broke through" → "... and break through" after "did"."""
    verb = finite_verb(match.group(2))
    if verb is None or _ambiguous_plural(match.group(2)):
        return match.group(0)
    return f"{match.group(1)} {verb[0]}"


def past_participle(text: str) -> bool:
    """Whether ``text`` opens with a past participle ("been", "shown", "founded")."""
    word = _WORD.match(text)
    if (
        word
        and word.group(0).endswith("ly")
        and "ADV" in lexicon.all_lemmas(word.group(0).casefold())
    ):
        word = _WORD.search(text, word.end())  # "officially launched"
    if not word:
        return False
    lower = word.group(0).casefold()
    lemmas = lexicon.all_lemmas(lower).get("VERB") or lexicon.all_lemmas(lower).get("AUX")
    return lemmas is not None and lower in getInflection(lemmas[0], "VBN")


def present_participle(text: str) -> bool:
    """Whether ``text`` opens with a verb's -ing form ("receiving", "being", "growing")."""
    word = _WORD.match(text)
    if not word:
        return False
    lower = word.group(0).casefold()
    lemmas = lexicon.all_lemmas(lower).get("VERB") or lexicon.all_lemmas(lower).get("AUX")
    return lemmas is not None and lower in getInflection(lemmas[0], "VBG")


def _do(tag: str) -> str:
    return {"VBD": "did", "VBZ": "does"}.get(tag, "do")


def _lower_start(subject: str, text: str = "") -> str:
    """The subject as it reads inside a question: "The canal" → "the canal", "Construction" →
    "construction", but "Napoleon" and "Port Said" keep their capitals, and so does a common
    word that ``text``, the clause, spells with a capital elsewhere ("Sky announced Sky Q")."""
    words = _WORD.findall(subject)
    if not words or _NUMBERED_NAME.match(subject):
        return subject  # "No. 9 Squadron": a name
    first = words[0]
    common = first.casefold() in lexicon.COMMON_START_WORDS or _sentence_adverb(first)
    later = text[len(first) :]
    named = first in later and re.search(rf"(?<=\s){re.escape(first)}\b", later) is not None
    if (named or _name_joined_on(words)) and not common:
        return subject
    if not common and first[1:].islower() and (len(words) == 1 or not words[1][:1].isupper()):
        # "Same-day delivery", "Non-stop flights": a compound of common words
        parts = first.casefold().split("-")
        head = parts[0] if lexicon.all_lemmas(parts[0]) or len(parts) == 1 else parts[-1]
        common = bool(set(lexicon.all_lemmas(head)) & {"NOUN", "ADJ", "ADV", "NUM"})
        common = common or head in _NUMBER_WORDS or head in lexicon.COMMON_START_WORDS
    return subject[:1].lower() + subject[1:] if common else subject


def _name_joined_on(words: Sequence[str]) -> bool:
    """Whether a capitalised first word goes on into a name by "and" or, after a body's
    word, "of" ("Food and Drug Administration inspectors", "Department of Health"): the first
    word is the name's, not a common noun opening the sentence ("construction of Kell
    Bridge", "trade and industry", "trade and Kell's exports")."""
    run = list(takewhile(lambda word: word[:1].isupper(), words[2:]))
    if words[1:2] == ["of"]:
        return bool(run) and words[0] in lexicon.ORGANISATION_WORDS
    return words[1:2] in (["and"], ["&"]) and (len(run) >= 2 or run == words[2:] != [])


def _sentence_adverb(word: str) -> bool:
    """ "Earlier", "Later", "Formerly": a capital that only marks the sentence's start."""
    lower = word.casefold()
    tags = set(lexicon.all_lemmas(lower))
    return lower.endswith(("er", "ly")) and "ADV" in tags and "NOUN" not in tags


def _finish(text: str) -> str:
    text = _SPACE_BEFORE_MARK.sub(r"\1", text)
    text = _SPACES_RUN.sub(" ", text).strip(" ,;:.")
    if not text:
        return text
    return end_question(text[0].upper() + text[1:])


_CLOSING_MARKS = "\"”’')]"
_STRAY_BEFORE_QUESTION_MARK = " \t\n.,;:!?"


_ON_AN_EVENT = LazyPattern(
    r"^On(?=\s+the\s+(?:(?:\d{4}|[a-z-]+)\s+){0,3}?(?:elections?|referendums?|referenda|census"
    r"|war|battle|olympics|games|revolution|championships?),)"
)
"""An opening that puts an event after "on" ("On the 2013 elections, ..."): "on" takes a day
or a surface ("on 4 May", "on the island"); an event takes "in" ("In the 2013 elections")."""


def with_event_preposition(question: str) -> str:
    """The question with an event it opens with put after "in", as English puts it, where
    its sentence wrote "on": "On the 2013 elections, who won Kell?" → "In the 2013 elections,
    who won Kell?"."""
    return _ON_AN_EVENT.sub("In", question)


def end_question(text: str) -> str:
    """The text ending in one question mark with nothing stray before it: a full stop, comma,
    semicolon, colon or space goes, closing quotes and brackets stay ('... as "the three dales
    of Orm."' → '... as "the three dales of Orm"?')."""
    body = text.rstrip(_STRAY_BEFORE_QUESTION_MARK + _CLOSING_MARKS)
    closing = "".join(mark for mark in text[len(body) :] if mark in _CLOSING_MARKS)
    return f"{body}{closing}?"


NAME_CASE_RATIO = 10
"""How many times more often a word must be written with a capital inside sentences than in
lower case to be read as a name: a person's surname that is also a unit, beside a noun that
a text capitalises now and then."""


def proper_words(texts: Iterable[str]) -> frozenset[str]:
    """The words a document spells with a capital inside sentences as well as at their start,
    and in lower case never or far less often ("Sky" in a text on the broadcaster; "Hammer"
    in one on Ilse Hammer, beside "the hammer" a unit named after her): names, even when they
    are also nouns.
    A capital seen only after another name's word ("Garden" in "Orsk Square Garden") is the
    longer name's and leaves the word common ("Garden flats")."""
    return word_cases(texts)[0]


def word_cases(texts: Iterable[str]) -> tuple[frozenset[str], frozenset[str]]:
    """``proper_words`` and ``common_words`` of the same texts, read in one pass."""
    capital: Counter[str] = Counter()
    capital_anywhere: set[str] = set()
    lower: Counter[str] = Counter()
    for text in texts:
        for match in _WORD.finditer(text):
            word = match.group(0)
            if word[:1].islower():
                lower[word] += 1
            elif (
                word[:1].isupper()
                and _inside_sentence(text, match.start())
                and not _inside_a_name(text, match.start())  # "the Advanced Steam movement"
            ):  # leaves "steam" a common word
                capital_anywhere.add(word.casefold())
                if word[1:].islower():
                    capital[word] += 1
    proper = frozenset(
        word for word, count in capital.items() if count >= NAME_CASE_RATIO * lower[word.casefold()]
    )
    return proper, frozenset(set(lower) - capital_anywhere)


_NAME_WORD_BEFORE = LazyPattern(r"(?:^|\s)(?P<word>[A-Z][\w’'-]*)\s$")
_WORD_BEFORE_WINDOW = 80


def _inside_a_name(text: str, at: int) -> bool:
    """Whether the capitalised word at ``at`` follows a word of the same name ("Square Garden"),
    not a capital that only opens the sentence ("The Garden"). Only the characters just
    before it are read (a word is far shorter than the window), so a 10,000-character line
    stays linear."""
    before = _NAME_WORD_BEFORE.search(text, max(0, at - _WORD_BEFORE_WINDOW), at)
    return before is not None and (
        before["word"].casefold() not in lexicon.COMMON_START_WORDS
        or _inside_sentence(text, before.start("word"))
    )


_SECTION_NUMBER_BEFORE = LazyPattern(r"(?:^|\n)[ \t]*\d+(?:\.\d+)*\.?[ \t]+$")
_SECTION_NUMBER_WINDOW = 24


def _inside_sentence(text: str, at: int) -> bool:
    """Whether the word at ``at`` is not the first of a sentence, a quotation, a bracket or a
    numbered heading ("3.1 Tolls": a heading's capital is no sign of a name). Only the
    characters just before it are read: a 10,000-character line stays linear."""
    before = at - 1
    while before >= 0 and text[before].isspace():
        before -= 1
    if before < 0 or text[before] in '.!?:;"“(':
        return False
    # "^" matches only at the text's real start, never at the window's
    return _SECTION_NUMBER_BEFORE.search(text, max(0, at - _SECTION_NUMBER_WINDOW), at) is None


def common_words(texts: Iterable[str]) -> frozenset[str]:
    """The words a document writes in lower case and capitalises only to open a sentence
    ("hydrothermal"), casefolded: never a name, even one that is also a noun ("Apple")."""
    return word_cases(texts)[1]


_NEXT_WORD = LazyPattern(r"\s+([a-z]+)\b")


def with_capitals(
    question: str, proper: Collection[str], common: Collection[str] = frozenset()
) -> str:
    """The question with a name that was lower-cased as a sentence's first word given back its
    capital where the inverted subject stands ("did sky launch" → "did Sky launch"), and a
    capital that only opened the sentence dropped there when the document (``common``, from
    ``common_words``) writes the word in lower case too ("were Hydrothermal vents found" →
    "were hydrothermal vents found")."""

    def restore(match: re.Match[str]) -> str:
        word = match.group(2)
        if word[:1].isupper():
            lowered = word[1:].islower() and word not in proper and word.casefold() in common
            named = re.match(r"\s+[A-Z]", question[match.end() :]) is not None
            named = named and not plural_noun(word)  # "historians John Gallagher" describes
            lowered = lowered and not named  # "did General Electric": a name goes on
            return f"{match.group(1)}{word.lower() if lowered else word}"
        following = _NEXT_WORD.match(question, match.end())
        # "was bank erosion worst": a noun after it makes the word a common noun's modifier,
        # though the text's "the Bank" is a name
        modifier = following is not None and word_tags(following.group(1)) == {"NOUN"}
        named = word.capitalize() in proper and not modifier
        return f"{match.group(1)}{word.capitalize() if named else word}"

    return _INVERTED_SUBJECT.sub(restore, question)


def first_full_names(
    people: Iterable[str], shared: Collection[str], title: str, places: Iterable[str] = ()
) -> dict[str, str]:
    """Each surname → the full name the document first gives its bearer ("Calder" → "Anselm
    Calder"), for surnames one person bears (``shared``: casefolded surnames and first names
    of several people). A name with "of" ("Charles of Tarland"), a numeral ("Louis XIV"), the
    document's subject (named by its title) or a word of a place's name (``places``: "Houston"
    of Whitney Houston and of Houston, Texas) keeps its last word to itself."""
    names: dict[str, str] = {}
    titled = {word.casefold() for word in _WORD.findall(title)}
    titled |= {word.casefold() for name in places for word in name.split()}
    people = list(people)
    titled |= {  # "Individual Huguenots" opening a sentence: a people, no one's surname
        words[-1].casefold()
        for words in (name.split() for name in people)
        if len(words) == 2 and words[-1].endswith("s") and "ADJ" in word_tags(words[0].casefold())
    }
    for name in people:
        words = name.split()
        surname = words[-1]
        if len(words) < 2 or " of " in name or surname.isupper() or not surname[:1].isupper():
            continue
        key = surname.casefold()
        if key in shared or key in titled or not surname.isalpha():
            continue
        names.setdefault(surname, name)
    return names


_SORTS_BEFORE_A_NAME = {
    **dict.fromkeys(
        (
            "Hurricane",
            "Typhoon",
            "Super Typhoon",
            "Cyclone",
            "Tropical Cyclone",
            "Tropical Storm",
            "Severe Tropical Storm",
            "Subtropical Storm",
            "Tropical Depression",
        ),
        "storm",
    ),
    **dict.fromkeys(("HMS", "HMAS", "HMCS", "HMNZS", "USS", "SMS"), "ship"),
}
"""Sort words a storm's or a ship's name is written after ("Typhoon Ilse", "HMS Kell"), each
with what it names: "Typhoon Ilse" and "Tropical Storm Ilse" are one storm at two strengths."""
_SORTS_BEFORE = "|".join(sorted(map(re.escape, _SORTS_BEFORE_A_NAME), key=len, reverse=True))
_ONE_WORD_NAME = r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?"
_SORT_LED_NAME = LazyPattern(
    rf"(?<![\w-])(?P<sort>{_SORTS_BEFORE})\s+(?P<name>{_ONE_WORD_NAME})(?![\w’'-]|\s+[A-Z\d])"
)
"""A storm's or a ship's one-word name after its sort word ("Typhoon Ilse"), not a longer
name that goes on ("Typhoon Warning Center")."""
_SORT_LED_LIST = LazyPattern(
    rf"\b(?P<sorts>hurricanes|typhoons|cyclones|tropical\s+storms)\s+"
    rf"(?P<names>{_ONE_WORD_NAME}(?:,\s+{_ONE_WORD_NAME})*,?\s+and\s+{_ONE_WORD_NAME})"
    r"(?![\w’'-]|\s+[A-Z\d])"
)
"""Storms' names listed after their sort in the plural: "typhoons Ilse and Kay"."""


def first_sort_led_names(texts: Iterable[str]) -> dict[str, str]:
    """Each storm's or ship's name → the form with its sort word the ``texts`` (a document's
    sentences in order) first give it ("Ilse" → "Typhoon Ilse", also of "typhoons Ilse and
    Kay"): "Ilse" alone in a question says nothing of what Ilse is. None for a name the
    document gives things of two kinds ("Typhoon Kell" and "HMS Kell") or that is an English
    word ("Typhoon Committee")."""
    first: dict[str, str] = {}
    kinds: dict[str, set[str]] = {}
    for text in texts:
        found = [(m.start(), m["sort"], m["name"]) for m in _SORT_LED_NAME.finditer(text)]
        for match in _SORT_LED_LIST.finditer(text):
            sort = " ".join(word.capitalize() for word in match["sorts"][:-1].split())
            found += [
                (match.start(), sort, name)
                for name in re.split(r",?\s+and\s+|,\s+", match["names"])
            ]
        for _, sort, name in sorted(found):
            if lexicon.english_word(name) or word_tags(name.casefold()):
                continue
            first.setdefault(name, f"{sort} {name}")
            kinds.setdefault(name, set()).add(_SORTS_BEFORE_A_NAME[sort])
    return {name: whole for name, whole in first.items() if len(kinds[name]) == 1}


_POSSESSIVE_END = LazyPattern(r"['’]s$")


def with_full_names(question: str, full_names: Mapping[str, str], answer: str = "") -> str:
    """The question with a surname standing alone ("Whose opinion did Calder cite?") given the
    full name the document first gave ("... did Anselm Calder cite?"), and a storm's or a
    ship's name its sort ("Where did Ilse flood ...?" → "... did Typhoon Ilse flood ...?",
    ``first_sort_led_names``): the document introduced the person or the thing long before,
    and the question stands alone. Never where a word the full name adds is one of the
    ``answer``'s ("What did Ilse become?" keyed "typhoon")."""
    words = list(_NAME_WORD.finditer(question))
    parts: list[str] = []
    done = 0
    answer_words = {word.casefold() for word in re.findall(r"[\w’'-]+", answer)}
    shown = {word.casefold() for word in re.findall(r"[\w’'-]+", question)}
    for at, word in enumerate(words):
        surname = _POSSESSIVE_END.sub("", word.group(0))
        name = full_names.get(surname)
        if name is None or name in question:
            continue
        added = {w.casefold() for w in name.split()} - {surname.casefold()}
        if added & answer_words:
            continue  # the full name would show the answer
        if any(w in shown or f"{w}s" in shown for w in added):
            continue  # "the typhoons Ilse and Kay": the question says it already
        before = words[at - 1].group(0) if at else ""
        after = words[at + 1].group(0) if at + 1 < len(words) else ""
        if before[:1].isupper() or after[:1].isupper():
            continue  # "Abbot Rusk", "Calder Hall": part of a longer name
        if before.casefold() in ("the", "a", "an"):
            continue  # "the Calder estate": a family's name as a modifier
        possessive = surname != word.group(0)
        if before in _PLACE_PREPOSITIONS and not possessive:
            continue  # "at the stadium in Houston": a place the people list does not know
        partner = ""
        if before in _AND_OR and at >= 2:
            partner = words[at - 2].group(0)
        elif after in _AND_OR and at + 2 < len(words):
            partner = words[at + 2].group(0)
        if partner[:1].isupper() and partner not in full_names:
            continue  # "the towns of Amby and Brill": joined to a name that is no person's
        if before in _NAME_PARTICLES and at >= 2 and words[at - 2].group(0)[:1].isupper():
            continue  # "House of Deréon": the end of a longer name
        # "Calder's score": a possessive owns the noun after it, which it does not modify
        modifying = not possessive and after[:1].islower() and "NOUN" in word_tags(after.casefold())
        if modifying and not finite_verb(after) and before.casefold() not in _ASKING_VERBS:
            continue  # "a Turing machine": a name made a noun's modifier ("did Bond travel")
        then, verb = [*(w.group(0) for w in words[at + 2 : at + 4]), "", ""][:2]
        compound = then.islower() and plural_noun(then) and "VERB" in word_tags(verb)
        if modifying and compound:
            continue  # "did Rankine steam cycles generate": the name's noun, then the verb
        parts += [question[done : word.start()], name]
        done = word.start() + len(surname)
    return "".join([*parts, question[done:]])


_NAME_WORD = LazyPattern(r"[\w’'.-]+")
_PLACE_PREPOSITIONS = frozenset(["in", "at", "near", "outside", "around", "across", "towards"])
_AND_OR = frozenset(["and", "or", "&"])
_NAME_PARTICLES = frozenset(["of", "de", "du", "da", "di", "van", "von", "der", "la", "le"])
_ASKING_VERBS = word_set("did does do") | MODALS
"""Auxiliaries whose subject a plain verb follows: "did Bond travel" (not "Bond travel")."""


_INVERTED_SUBJECT = LazyPattern(
    r"(\b(?:did|does|do|was|were|is|are|has|have|had|can|could|will|would)\s)([A-Za-z][\w’'-]*)"
)


def yes_no(statement: str) -> str | None:
    """The statement as a yes/no question ("Was the canal opened in 1869?"), or None."""
    inverted = invert(simplify(statement).rstrip(" .!"))
    if inverted is None:
        return None
    return _finish(f"{inverted.auxiliary} {inverted.subject} {inverted.rest}")


_SORT_WORD = {"Mount": "mountain", "Mt": "mountain", "Isle": "island"}
"""The sort a place's name word stands for where it is no common noun itself."""
_WORKS_NAMED_FOR_SITES = frozenset(["Fort", "Camp"])
"""First words of works built and named for their site: the rest of the name is the site's."""


_NUMBERED = LazyPattern(r"[IVX]+|\d{1,2}")


def head_noun(answer: str, kind: str) -> str | None:
    """The common noun a "which ..." question names: "Lake Timsah" → "lake"."""
    realm = lexicon.realm_word(answer) if kind in ("country", "place") else None
    if realm:
        return realm  # "Which empire ...", never "Which country ..." for the Byzantine Empire
    if kind == "other" and lexicon.field_of_study(answer):
        return "field"  # "In which field ...", never "Where ..." for the Nobel Prize in Chemistry
    words = answer.split()
    if any(word in ("v.", "vs.", "v", "vs") for word in words[1:-1]):
        return "case"  # "Orm v. Kelby County": a lawsuit, never "which county"
    head = (words[: words.index("of")] if "of" in words else words) or words  # "of X": no head
    if len(head) > 2 and _NUMBERED.fullmatch(head[-1]):
        head = head[:-1]  # "Great Orm War II": a war, numbered
    candidates = [head[-1], words[0]] if len(words) > 1 else []
    if len(words) == 2 and words[1] in lexicon.COUNTRIES and words[0] not in _PLACE_FIRST_WORDS:
        candidates = [words[1]]  # "Congress Austria" is a land, never "which congress"
    if kind in ("country", "place"):
        # "Fort Union" is a fort: for a place, a word naming a place outranks one naming a body
        candidates.sort(key=lambda word: word not in lexicon.PLACE_WORDS)
        if len(words) > 1 and words[0] in _WORKS_NAMED_FOR_SITES:
            candidates.insert(0, words[0])  # "Fort Orm Isle" is a fort, never an island
    for word in candidates:
        if word in lexicon.PLACE_WORDS or word in lexicon.ORGANISATION_WORDS:
            return _SORT_WORD.get(word, word.casefold())
        if word in lexicon.EVENT_WORDS:
            return word.casefold()
    return NOUN_KINDS.get(kind)


_ORGANISATION_SORTS = word_set(
    """
    Party Authority Agency Committee Council Army Navy Association Company Corporation Bank
    University College Institute Ministry Department Commission League Society Court Parliament
    Congress Senate Assembly Government Federation Foundation Museum Library School Club Bureau
    Academy Trust Board Cabinet Brigade Regiment Division Fleet Railway Union Alliance Coalition
    Confederation Legion Network Journal Church Order Dynasty Newspaper Broadcaster Orchestra
    Force Corps
    """
)
"""Head words that say what sort of body an organisation is: "the Labor Party" is a party,
"Orm University" a university. Heads such as "Times", "Nations" or "Ltd" say no such thing."""


_PLACE_FIRST_WORDS = word_set("Fort Camp Mount Lake Cape")
"""First words that make a two-word name a place whatever its second word: "Fort Union" is a
fort (and asked "which fort", never "which union"), though taken for a body by its head."""


def body_for_an_area(token: str) -> str | None:
    """The body's word of a name's token that joins a body to the area it serves with a hyphen
    ("Force-Northern" of "Orm Task Force-Northern Region" → "Force"): the name is the body's,
    whatever its last word."""
    body, _, area = token.partition("-")
    return body if body in lexicon.ORGANISATION_WORDS and area[:1].isupper() else None


_STATES_NOW_OR_FORMER = lexicon.COUNTRIES | lexicon.FORMER_STATES


def _state_named_by_another_sort(answer: str, kind: str = "") -> bool:
    """Whether a known state's name ends on a word naming some other sort ("Kell Union",
    "Orm Federation" as a land): "which union" reads as a trade union's, and leaves only the
    word before it to give; the state is asked "which country". A realm's own word ("Orm
    Empire", "Kingdom of Orm") is its sort."""
    words = answer.split()
    return (
        (kind == "country" or answer in _STATES_NOW_OR_FORMER)
        and len(words) > 1
        and "of" not in words
        and words[-1] not in lexicon.COUNTRY_WORDS
        and (words[-1] in _ORGANISATION_SORTS or words[-1] in _OWN_SORTS)
    )


def organisation_sort(answer: str) -> str | None:
    """The sort a "which ..." question names for an organisation ("Premier League" →
    "league", "University of Orm" → "university", "Bank Orvell" → "bank"), or None when its
    name gives none: a first word is no sort before an English word ("College Factual", a
    website, is no college)."""
    words = answer.split()
    head = words[: words.index("of")] if "of" in words else words
    if not head:
        return None
    if _state_named_by_another_sort(answer):
        return "country"
    if len(head) == 2 and head[0] in _PLACE_FIRST_WORDS:
        return _SORT_WORD.get(head[0], head[0].casefold())  # "Fort Union": a fort
    joined = next((body for token in head[:-1] if (body := body_for_an_area(token))), None)
    if joined is not None:  # "Orm Task Force-Northern Region": a force, never a region
        return joined.casefold() if joined in _ORGANISATION_SORTS else None
    if head[-1] in _ORGANISATION_SORTS:
        return head[-1].casefold()
    if words[-1] in lexicon.COUNTRIES:
        return None  # "Congress Austria": a land named for a congress
    if words[0] in _ORGANISATION_SORTS and not word_tags(words[-1].casefold()):
        return words[0].casefold()  # "Bank Leumi", never "College Factual": a word, no name
    return None


def _sort_noun(word: str) -> bool:
    """Whether a word before a name says what sort of thing it is: "the broadcaster Tele5"."""
    return word.islower() and word not in AUXILIARIES and word_tags(word) == {"NOUN"}


_PEOPLE_NOUNS = word_set(
    """
    settlers residents inhabitants immigrants emigrants colonists natives citizens people peoples
    migrants refugees pioneers missionaries locals nationals tribesmen townspeople
    """
)
_AGENT_NOUNS = _PEOPLE_NOUNS | _LOWER_ROLE_NOUNS | _LOWER_ORGANISATION_WORDS
"""Nouns of those who name things: people, roles, bodies ("the settlers called ...")."""
_PLURAL_DEMONYM = LazyPattern(r"[A-Z][a-z]+[aeiou]ns")
"""A people named by its place: "Montanans", "Victorians", "Normans" (never "-ese", which
also names a language: "Chinese")."""
_NOT_PEOPLE_KINDS = frozenset(["place", "country", "organisation", "year", "date", "period"])


_PERSON_NOUNS = (
    frozenset[str]().union(*lexicon.TRADES.values())
    | {word.casefold() for word in lexicon.ROLE_NOUNS}
    | _ROLE_LIKE
) - word_set("chair count justice saint general character conductor player editor")
"""Nouns that name a person by role or trade; a word that also names a thing or a quality
("chair", "count", "justice", a "conductor" of heat, a record "player") is left out."""


_HEAD_BEFORE_PLACE = LazyPattern(r"\s+(?:of|in|from|at)\s+")


def names_people(answer: str, kind: str) -> bool:
    """Whether the answer names people: a group ("Montanans", "German settlers", "the
    residents of Orm") or a person by role or trade ("the housekeeper", "a Kelland farmer",
    "the miller of Orsk"), asked for with "who" like a person, never "what"."""
    if kind in _NOT_PEOPLE_KINDS or kind == "number":
        return False
    head = _HEAD_BEFORE_PLACE.split(answer.strip())[0].split()
    if not head:
        return False
    last = head[-1]
    lower = last.casefold()
    if lower in _PEOPLE_NOUNS:
        return True
    if _PLURAL_DEMONYM.fullmatch(last):
        # "Montanans"; never a surname after a given name ("Ivo Watkins"), one person's name,
        # a place's last word after another capital that is no people's ("New Orleans"),
        # nor a plural common noun that ends a team's or a thing's name ("the Kelby Loons")
        return not (
            _place_s_name(head)
            or lexicon.reads_as_personal_name(" ".join(head))
            or ("NOUN" in word_tags(lower) and not _person_noun(lower))
        )
    # a lower-case role word ("farmers" → "farmer"); a capital one is a name ("Baker Street")
    return last.islower() and _person_noun(lower)


def _place_s_name(words: Sequence[str]) -> bool:
    """Whether capitalised words end in one that looks like a people's plural but open with a
    common adjective ("New Orleans", "Old Kellans"): a place's name, not a people; a nation
    ("German Mennonites"), a title ("Sir Ivo Hawkins") or a given name opens no place's."""
    if len(words) < 2 or not all(word[:1].isupper() for word in words):
        return False
    first = words[0]
    demonyms = lexicon.COUNTRY_DEMONYMS | lexicon.IRREGULAR_DEMONYMS
    nation = first in demonyms and not word_tags(first.casefold())
    if nation or lexicon.title_word(first) or first in lexicon.given_names():
        return False
    return "ADJ" in word_tags(first.casefold())


def _person_noun(word: str) -> bool:
    """Whether a lower-case noun, or its singular, names a person by role or trade."""
    return any(
        lemma in _PERSON_NOUNS for lemma in (word, *lexicon.all_lemmas(word).get("NOUN", ()))
    )


def _which(answer: str, kind: str, *, subject: bool) -> str:
    if kind == "person" or names_people(answer, kind):
        return "who" if subject else "whom"
    if kind == "organisation":
        # "which organisation" is wrong for a league or a church: the name's own sort, else
        # a plain "what" (never "which nations" for the United Nations: a word of the answer)
        sort = organisation_sort(answer)
        return f"which {sort}" if sort and sort != answer.casefold() else "what"
    state = _state_named_by_another_sort(answer, kind)
    noun = "country" if state else head_noun(answer, kind)
    if noun and noun == answer.casefold():
        return "what"  # "admitted to the Union": "which union" would be its own answer
    return f"which {noun}" if noun else "what"


_MONEY = LazyPattern(r"(?:US|A|C|NZ|HK)?[$£€¥]")
"""A sum of money ("$40 billion", "US$40 billion")."""


def _number_phrase(answer: str, after: str) -> tuple[str, int] | None:
    """The wh-phrase for a number and how many characters after it that phrase swallows."""
    if after.startswith("-"):
        return None  # "a four-carbon compound": part of a word
    if "%" in answer or "per" in answer:
        return "what percentage", 0
    if _MONEY.match(answer):  # "required £1 of capital": never "how much of capital"
        return None if re.match(r"\s+of\b", after) else ("how much", 0)
    noun = re.match(r"\s+([A-Za-z]+)", after)
    if noun and plural_noun(noun.group(1)):
        return "how many", 0
    return None


_TIME_AND_COUNT_KINDS = ("year", "date", "period", "number")
_OBJECT_NAMING_LEMMAS = ("call", "name", "rename", "dub", "nickname")
"""Verbs that give their first object a name ("called the cove Orm Haven"): the one list the
patterns below are built from (the bare forms a question uses, every form a sentence uses)."""
_OBJECT_NAMING_FORMS = "|".join(
    sorted(
        {
            form
            for lemma in _OBJECT_NAMING_LEMMAS
            for form in (lemma, *getInflection(lemma, "VBZ"), *getInflection(lemma, "VBD"))
        }
    )
)
_NAMING_BEFORE = LazyPattern(rf"\b(?:{_OBJECT_NAMING_FORMS})\s+$")
_NAMED_OBJECT = LazyPattern(
    rf"\b(?P<verb>{_OBJECT_NAMING_FORMS})\s+(?:the|a|an|its|their|his|her)\s+(?:[a-z][\w-]*\s+){{1,3}}$"
)
"""A naming verb and its first object before the name it gives: "called the cove "."""
_CALLED_BEFORE = LazyPattern(
    r"(?:The|A|An)\s+(?P<noun>[^,;]{2,60}?)\s+(?:called|named|known\s+as)\s+(?:the\s+)?"
)
"""A subject that a name follows, with no comma: "A firm called Orvo ..."."""
_NAMING_WORD_BEFORE = LazyPattern(r"\b(?:called|named|known\s+as)\s+$")
_NAMED_AS = LazyPattern(r"((?:The|A|An)\s+[^,]{2,60}),\s+(?:called|known as|named)\s+(?:the\s+)?")
_PAST = frozenset(["was", "were", "had", "did", "could", "would"])
_TRAILING_SUBORDINATE = LazyPattern(
    r",?\s+(?:so that|while|because|although|though|whereas"
    r"|(?:before|after|until|when)(?=\s+(?:it|they|he|she)\s))\s",
    re.IGNORECASE,
)
_SECOND_PREDICATE = LazyPattern(r",?\s+and\s+(?:(?:then|later|soon|first)\s+)?(?P<verb>[a-z]+)\b")
"""A second verb phrase of the same subject after the answer and its phrases ("... in 1945
and was rebuilt", "rises in the hills in Tarn and flows south"): the answer belongs to the
first, so the question ends before it."""


_SECOND_CLAUSE = LazyPattern(
    r",?\s+and\s+(?:the|a|an|its|his|her|their)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)??"
    r"\s+(?P<verb>[a-z]+)\b"
)
"""A second clause with a subject of its own after the answer ("... developed in Tarn and
the choir won fame at Orm"): a claim the question does not need. A name after "and" may be
the answer's fellow subject ("Kell and Orm have ..."), so only "the choir" and the like."""


def _second_verb(word: str, following: str) -> bool:
    """Whether ``word`` after "and" opens a second verb phrase: "and flows into", "and flows
    south", not "and parts of the coast" (a plural noun, the answer's fellow object)."""
    if not is_finite_verb(word):
        return False
    if not _ambiguous_plural(word):
        return True
    next_word = _WORD.match(following.lstrip())
    if next_word is None:
        return False
    lower = next_word.group(0).casefold()
    return lower in _AFTER_VERB or "ADV" in word_tags(lower)  # "and flows southeast"


_GAPPED_TAIL = LazyPattern(
    r",?\s+and\s+(?P<rest>(?:the|a|an|its|their|his|her)\s[^,;]*|[A-Z][^,;]*)$"
)
"""A second fact with its verb left out right after a time ("... the mill in 1801 and the
bridge in 1805", the same preposition before another figure): the question keeps the answer's
own fact only. A tail opening with a figure or a phrase of time ("and 1860s", "and again in
1683") is the answer's own conjunct: the clause has two times."""
_DEMONSTRATIVE_TAIL = LazyPattern(
    r",?\s+(?:for|in|by|with|after|from|during|through|despite)\s+(?:this|these|that|those)"
    r"(?:\s+[a-z-]+){0,2}(?=[\s.]*$)"
)


def is_finite_verb(word: str) -> bool:
    """A lowercase auxiliary or finite verb form; a capitalised word is read as a name."""
    return word[:1].islower() and (word in AUXILIARIES or finite_verb(word) is not None)


def _has_finite(text: str) -> bool:
    return any(is_finite_verb(w) for w in _WORD.findall(text))


_CLAUSE_OPENERS = frozenset(
    ["that", "which", "who", "whom", "whose", "where", "when", "while", "because", "if"]
)


_APPROXIMATORS = (
    r"(?:about|around|some|roughly|approximately|nearly|almost|(?:just\s+)?(?:over|under)"
    r"|more\s+than|less\s+than|fewer\s+than|up\s+to|at\s+least|an\s+estimated|circa)"
)
_APPROXIMATE_BEFORE = LazyPattern(rf"\b{_APPROXIMATORS}\s+$", re.IGNORECASE)
_BOUND_BEFORE = LazyPattern(
    r"(?<!\bjust\s)\b(?:over|under|more\s+than|less\s+than|fewer\s+than|up\s+to|at\s+least)\s+$",
    re.IGNORECASE,
)
"""A hedge that bounds the figure rather than rounds it: "more than 2 million" is no answer
to "About how many ...?" (the true figure may be far above it), and "More than how many
...?" is no English. Such a count is asked without the hedge, which the gate rejects.
"Just over 900" stays a round figure."""
_APPROXIMATE_COUNT = LazyPattern(rf"^(?:{_APPROXIMATORS}\s+)?how\s+(?=many\b|much\b)", re.I)
_POPULATION = LazyPattern(
    r"(?P<lead>(?:[A-Z][^,;]{1,50},\s+)?)(?P<subject>[A-Z][^,;]{1,60}?)\s+(?P<verb>has|had)"
    r"\s+an?\s+(?:total\s+|estimated\s+)?population\s+of\s+"
)


_PART_ASKED_AS_A_WHOLE = LazyPattern(
    r"^Which (?:town|city|village|county|country|state)(?= (?:is|was) (?:the|a|an) (?:[a-z]+ )?"
    r"(?:quarter|district|centre|center|heart|part|neighbourhood|neighborhood|suburb|area"
    r"|section|ward|borough|core) of )"
)
"""A name whose own word says "Town" or "City" for a part of a place ("Grainger Town is the
historic centre of Orm"): "Which town is the centre of Orm?" calls the part a town."""
_MODIFIER_BEFORE_PLACE = LazyPattern(
    r"(?P<before>(?:[\w’'-]+\s+){0,2})(?P<modifier>[a-z]+)\s+(?:in|at|on|near)\s+(?:the\s+)?$"
)
_RANK_WORD = (
    r"\b(?:first|only|sole|leading|most\s+[a-z]+|(?!(?:[a-z]*west|interest|forest|harvest"
    r"|contest|protest|request|conquest|suggest|honest|modest|arrest|invest|manifest|priest"
    r"|unrest|tempest|digest|inquest|bequest|earnest|behest|rest|zest|nest|chest|quest|test)\b)"
    r"[a-z]{3,}est)"
)
_RANK = LazyPattern(rf"{_RANK_WORD}\b")
_RANK_SCOPE = LazyPattern(
    rf"{_RANK_WORD}\s+(?:[\w'-]+\s+){{0,3}}?(?:in|of|within|outside|across)\s+(?:the\s+)?$"
)
"""A place that is the scope of a rank ("the oldest medical school in", "the first university
of"): the rank holds only there, so a question that moves the place out of the phrase ("Where
did Ivo found the oldest medical school?") is false or has many answers."""
_OPENING_SCOPE = LazyPattern(
    r"^(?P<opening>(?:In|Across|Throughout|Within)\s+(?:the\s+)?"
    r"(?P<place>[A-Z][\w’'.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'.-]*){0,3})),\s"
)
_NO_PLACE_HEADS = lexicon.EVENT_WORDS | word_set(
    "Age Ages Era Century Period Dynasty Reign Revolution Renaissance Middle Spring Summer Autumn"
    " Winter Meanwhile General Addition Contrast Particular Practice Theory Fact Short Total"
    " Turn Return Response"
)
"""Last words of an opening that names a time, an event or a manner, not a place."""


def opening_scope(text: str) -> re.Match[str] | None:
    """The place that opens a sentence and scopes its claim ("In Vessia, Kell is the oldest
    school" holds in Vessia, not everywhere), never an opening time, event or manner ("In
    May,", "In the Reformation,", "In practice,")."""
    found = _OPENING_SCOPE.match(text)
    if found is None:
        return None
    words = found["place"].split()
    return None if words[-1] in _NO_PLACE_HEADS or words[0] in MONTHS else found


_BE_OR_HAVE = word_set("is was are were be been being has have had")
_PLACED_STATES = word_set("resident based located situated living born buried stationed housed")


def _place_of_a_modifier(before: str) -> bool:
    """Whether the place answers a participle or an adjective after a noun ("a woman studying
    at Kell", "the Huguenots still resident at Orm", "a rivalry culminating in the Cup"), not
    the clause's verb: "Where did ...?" would put the whole deed there."""
    found = _MODIFIER_BEFORE_PLACE.search(before)
    if found is None or _BE_OR_HAVE.intersection(found["before"].casefold().split()):
        return False  # "was still living in Orm": the clause's own verb
    modifier = found["modifier"]
    if found["before"].casefold().split()[-1:] in (["a"], ["an"], ["the"], ["its"], ["their"]):
        return False  # "at a meeting in Albany": a noun, the deed's own setting
    participle = modifier.endswith("ing") and "VERB" in word_tags(modifier)
    return participle or modifier in _PLACED_STATES


_VERB_BEFORE_TO = LazyPattern(r"\b(?P<verb>[a-z]+)\s+to\s+(?:the\s+)?$")


def _to_a_recipient(before: str, verbs: frozenset[str] = lexicon.RECIPIENT_VERBS) -> bool:
    """Whether the answer follows "to" after a verb whose "to" names who receives or hears
    ("has been recommended to", "surrendered to"), or with ``verbs``, no destination."""
    found = _VERB_BEFORE_TO.search(before)
    return found is not None and any(
        lemma in verbs for lemma in lexicon.all_lemmas(found["verb"]).get("VERB", ())
    )


_VERB_BEFORE_IN = LazyPattern(r"\b(?P<verb>[a-z]+)\s+in\s+(?:the\s+)?$")


_IN_BEFORE = LazyPattern(r"\bin\s+$")


def _in_what_was_examined(before: str, answer: str) -> bool:
    """Whether the answer follows "in" in a clause whose verb is one of research ("examined
    changes in cells in Tritonia"): "in" names what was examined as often as where, and
    "Where did they examine ...?" is asked only of a place the lexicon knows."""
    if _IN_BEFORE.search(before) is None:
        return False
    if answer in lexicon.KNOWN_LANDS:
        return False
    return any(
        lemma in lexicon.EXAMINING_VERBS
        for word in _WORD.findall(before)
        if word[:1].islower()
        for lemma in lexicon.all_lemmas(word).get("VERB", ())
    )


def _in_an_activity(before: str) -> bool:
    """Whether the answer follows "in" after a verb whose "in" names what one takes part in
    ("participated in the Orm March"): an event or a campaign, no place."""
    found = _VERB_BEFORE_IN.search(before)
    return found is not None and any(
        lemma in lexicon.ACTIVITY_IN_VERBS
        for lemma in lexicon.all_lemmas(found["verb"]).get("VERB", ())
    )


_FAITH_AFTER_A_PREPOSITION = LazyPattern(r"\b(?:to|in|into|from)\s+$")


_USED_BEFORE = LazyPattern(r"\b(?:use|used|uses)\s+$")
_AS_A_NAME_AFTER = LazyPattern(
    r"\s+(?:to\s+(?:refer\s+to|describe|denote|designate|mean|name)|as\s+(?:a\s+)?(?:name|term)"
    r"\s+for)\b"
)
"""A name used for something ("used Kelmark to refer to the city"): what is asked is the name."""
_WH_OPENING = LazyPattern(
    r"^(?:Which\s+[\w-]+(?:\s+[\w-]+)?|What)\s+(?=(?:did|do|does|had|have|has)\s)"
)


_WH_OF_THE_KEY = LazyPattern(r"\b(?:[Ww]hich\s+[a-z]+|[Ww]hat|[Ww]hom?)\b(?!\s+name\b)")


_WORK_DESCRIBED_BEFORE = LazyPattern(
    r"(?P<phrase>(?<![\w-])(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[\w-]+['’]s)\s+"
    r"(?:[a-z0-9][\w-]*\s+){0,3}?(?P<sort>[a-z]+)),\s+[\"“]?$"
)


def ask(
    text: str, start: int, end: int, kind: str, *, sort: str | None = None
) -> tuple[str, str] | None:
    """A wh-question whose answer is ``text[start:end]``, as ``_ask_of_kind`` asks it; a
    title the document files under a work's noun ("their third album, Salt Harbour") is
    asked with that noun ("Which album did the band release?"): never "where", "who" or
    the sort its own last word names ("which harbour"). A person is never asked by a work's
    noun: "In the novel Inspector Dusek hunts ..." files a character, and the man of that
    name is no novel."""
    if kind == "period" and _INTO_A_PERIOD.search(text, 0, start):
        return None
    if kind == "person" and sort in WORK_SORTS:
        return _ask_of_kind(text, start, end, kind)
    if (sort not in WORK_SORTS and sort != ANY_WORK) or kind not in _NAME_KINDS:
        return _ask_of_kind(text, start, end, kind, sort=sort)
    described = _WORK_DESCRIBED_BEFORE.search(text, 0, start)
    if described is not None and described["sort"] == sort and text.startswith(",", end):
        # "The band's third album, Salt Harbour, was released ...": the title stands for its
        # description, which "which album" says ("Which album was released ...?")
        cut = described.start("phrase")
        text = f"{text[:cut]}{text[start:end]}{text[end + 1 :]}"
        start, end = cut, cut + end - start
    asked = _ask_of_kind(text, start, end, "other", sort=sort)
    if asked is None:
        return None
    question, form = asked
    if re.search(rf"\b{sort}\s+which\s+{sort}\b", question):
        return None  # "of Ivo Marr's play which play?": the noun would stand twice
    if re.search(rf"\b[Ww]hich\s+(?:[\w-]+\s+){{0,3}}?{sort}\b", question):
        return asked  # "which Ivo Marr play": the document's words already say it
    wh = _WH_OF_THE_KEY.search(question)
    if wh is None:
        return None  # the wh-phrase is no "what" or "which" the work's noun can stand for
    which = f"{'W' if wh.group(0)[0] == 'W' else 'w'}hich {sort}"
    if question[: wh.start()].endswith(f" {sort} "):
        return None  # "her album what" → "her album which album": the noun twice
    return f"{question[: wh.start()]}{which}{question[wh.end() :]}", form


_PLURAL_PERIOD = LazyPattern(r"\b(?:centuries|decades|millennia)$", re.IGNORECASE)


def _ask_of_kind(
    text: str, start: int, end: int, kind: str, *, sort: str | None = None
) -> tuple[str, str] | None:
    """A wh-question whose answer is ``text[start:end]`` and how it was formed
    (``subject``, ``fronted`` or ``in-situ``), or None when no question can be formed.

    A count the document gives as approximate ("just under 900 pupils") is asked "About how
    many ...?": the figure is still the answer; one it gives as a bound ("more than 900")
    is not. ``sort`` is what the document calls the
    answer elsewhere ("company"): an organisation whose name says no sort is asked "which
    company" with it, and "who" as a subject without it, never "what built the bridge"."""
    if kind == "period" and _PLURAL_PERIOD.search(text, start, end):
        return None  # "from the 15th through to the 19th centuries": no one century is the key
    bare_time = _BARE_OPENING_TIME.match(text)
    if bare_time and start < bare_time.end():
        bare_time = None  # the time asked: "In what year did ..." fronts it as it stands
    opening_end = bare_time.end() if bare_time else unmarked_opening_end(text)
    if opening_end is not None:
        # "After Kell the Orm Road crosses ...", "In 1829 Ivo painted ...": the opening phrase
        # gets the comma it lacks, so that neither the answer nor the wh-word runs across it
        # ("After which road ...", "In what year Ivo painted ...")
        text = f"{text[:opening_end]},{text[opening_end:]}"
        start, end = (start, end) if end <= opening_end else (start + 1, end + 1)
    words = _WORD.findall(text)
    if any(verb_or_compound_noun(words, index) for index in range(1, len(words))):
        return None  # "logic uses quantified variables": which word is the verb is unsure
    if _possessive_of_name(text, start, end):
        # "from Lyon's Bron Airport": moved, "Lyon" leaves "'s Bron Airport" behind; kept in
        # place, "from what's Bron Airport" reads as "what is"
        return None
    if _OWNER_MARK.match(text, end) or text.endswith(("'s", "’s"), start, end):
        return _whose(text, start, end) if kind == "person" else None
    if _inside_a_compound(text, start, end, kind):
        return None
    opening = _participle_opening(text, start, end)
    if opening is not None:  # "Founded in 1820 on the site of X, Kelby grew ..."
        text, start, end = opening
    if (
        sort is None
        and kind == "other"
        and _FAITH_AFTER_A_PREPOSITION.search(text, 0, start)
        and lexicon.FAITHS.intersection(text[start:end].split()[-1:])
    ):
        sort = "faith"  # "To which faith did Toqar convert?"; "converted to what" is vague
    recipient = kind == "other" and _to_a_recipient(text[:start])
    if recipient and lexicon.plain_name(text[start:end]):
        kind = "person"  # "recommended to Ivo Marr" → "To whom has ... been recommended?"
    asked = _ask(text, start, end, kind, sort)
    if recipient and asked is not None and _WHAT_ASKED.match(asked[0]):
        return None  # "What has the plan been recommended to?": one hears it, no thing
    if asked is None or asked[1] != "subject":
        authored = _authored(text[:start], text[end:], text[start:end], kind, sort)
        asked = (authored, "subject") if authored is not None else asked
    if asked is not None and kind == "organisation" and organisation_sort(text[start:end]) is None:
        return _which_body(*asked, sort)
    if asked is not None and kind in ("place", "country", "other"):
        asked = _what_as_sort(*asked, _which_sort(text[start:end], sort, kind))
    elif asked is not None and kind == "term":  # a name taken for a term: "Brenholm Ferry"
        asked = _what_as_sort(*asked, _which_sort(text[start:end], None))
    if asked is not None and kind in ("place", "country", "other"):
        asked = _PART_ASKED_AS_A_WHOLE.sub("What", asked[0]), asked[1]
    scope = opening_scope(text)
    if asked is not None and scope and scope["place"] not in asked[0] and _RANK.search(asked[0]):
        return None  # "In Vessia, Kell is the oldest school": the rank holds only in Vessia
    moved = asked is not None and asked[1] != "in-situ" and kind in ("place", "country")
    if moved and _RANK_SCOPE.search(text[:start]):
        return None  # "founded the oldest school in Vessia": "Where ...?" drops the scope
    if asked is not None and asked[0].startswith("Where ") and _place_of_a_modifier(text[:start]):
        return None  # "every woman studying at Kell": Kell is where she studied, not the deed
    if (
        asked is not None
        and asked[0].startswith("Where ")
        and (
            _to_a_recipient(text[:start], lexicon.NO_DESTINATION_VERBS)
            or _in_an_activity(text[:start])
            or _in_what_was_examined(text[:start], text[start:end])
        )
    ):
        return None  # "referred to Orm as ...": "Where did he refer?" asks nothing
    thing = kind == "other" and names_a_thing(text, start, end, sort)
    if (
        asked is not None
        and (kind == "organisation" or (kind == "other" and _bare_name(text[start:end])))
        and asked[1] == "subject"
        and not thing
    ):
        asked = _who_acts(asked[0]), asked[1]
    if (
        asked is not None
        and asked[1] == "subject"
        and kind not in ("person", "place", "country")
        and lexicon.reads_as_personal_name(text[start:end])
        and not thing  # "The Edith Grant sank": a ship named for a person, not one
    ):
        asked = _who_does_a_deed(asked[0]), asked[1]
    if asked is not None and _a_people(text, start, end, kind):
        asked = _PEOPLE_ASKED_AS_WHAT.sub("Who were", asked[0]), asked[1]
    if (
        asked is not None
        and kind in ("other", "term")
        and (
            _named_to_a_role(text[end:])
            or _made_a_role(text[:start], text[end:])
            or _a_person_s_deed_around(text[:start], text[end:])
        )
        and not thing
    ):
        asked = _who_for_a_role(*asked)
    if asked is not None and _told_to_think_or_do(text[:start], text[end:]):
        bare_what = _WHAT_ASKED.match(asked[0]) or _WHAT_IN_PLACE.search(asked[0])
        if bare_what and kind not in ("other", "term", "person"):
            return None  # "What did Vell ask to approve the aid?" of a body: "what" misleads
        asked = _who_for_a_role(*asked)
    approximate = (
        kind == "number"
        and _APPROXIMATE_BEFORE.search(text[:start])
        and not _BOUND_BEFORE.search(text[:start])
    )
    if asked is not None and asked[1] == "fronted" and gap_in_a_relative_clause(text[:start]):
        return None
    if asked is not None and (rank_asked := ranked_thing_asked_as_who(asked[0])) is not None:
        asked = rank_asked, asked[1]
    if asked is not None and (named := _WHO_FOR_A_NAME.match(asked[0])) is not None:
        # "Who was the tank known as?" keyed "the Ivo Marr": a name is asked, whoever bears it
        asked = f"What{asked[0][named.end() :]}", asked[1]
    if asked is not None and kind == "year":
        # "entered into force on 1921": a year is "in" one, whatever the text's slip
        asked = _ON_A_YEAR.sub(_in_the_year, asked[0]), asked[1]
    if asked is not None:  # "sued by Ivo on 2008": the slip kept where the year stays
        asked = _ON_A_BARE_YEAR.sub(_in_a_bare_year, asked[0]), asked[1]
    if (
        asked is not None
        and asked[1] == "fronted"
        and _USED_BEFORE.search(text, 0, start)
        and _AS_A_NAME_AFTER.match(text, end)
    ):
        # "Europeans used Kelmark to refer to the whole city" → "What name did Europeans use
        # to refer to ...?": the key is a name used for the thing, not a thing of its sort
        asked = _WH_OPENING.sub("What name ", asked[0], count=1), asked[1]
    if asked is not None and (
        _cuts_a_list(asked[0], text) or unpaired_dash(asked[0]) or ill_formed(asked[0])
    ):
        return None
    if (
        asked is not None
        and text[start:end].islower()
        and (
            (asked[1] == "in-situ" and _WH_BEFORE_ITS_MODIFIER.search(asked[0]))
            or (
                asked[1] == "fronted"
                and re.search(r"\bwhom?\b", asked[0], re.IGNORECASE)
                and _OWN_WITH_PHRASE.match(text, end)
            )
            or _STRANDED_MODIFIER.search(asked[0])
        )
    ):
        return None  # "housing to whom with drug problems": the key is cut from its phrase
    if (
        asked is not None
        and kind in ("place", "country")
        and _IN_AN_APPOSITION.search(text, 0, start)
    ):
        # "bought the Astor Grand, a hotel in Kell, in 1949": where the hotel stands, not
        # where it was bought; asked, the aside is left a stub ("Where ..., a hotel in 1949?")
        return None
    if asked is not None and kind in ("year", "date") and _time_of_an_aside(asked[0], text, start):
        return None
    if asked is not None:  # "the fortress of which fortress" → "which fortress"
        asked = _DOUBLED_HEAD.sub(_single_head, asked[0]), asked[1]
        asked = _without_closing_aside(asked[0]), asked[1]
        if kind == "year":
            asked = _PRESENT_BE_AFTER_YEAR.sub(_past_be, asked[0]), asked[1]
    if asked is None or not approximate:
        return asked
    question, form = asked
    count = _APPROXIMATE_COUNT.match(question)
    if count is not None:
        return f"About how {question[count.end() :]}", form
    inside = _HOW_MANY_INSIDE.search(question)
    if inside is None:
        return asked  # "What percentage of the land ...?" asks no figure the hedge rounds
    hedge = _APPROXIMATE_BEFORE.search(text[:start])
    if hedge and question[: inside.start()].casefold().endswith(hedge.group(0).casefold()):
        return asked  # "until about how many": the hedge kept in place
    return f"{question[: inside.start()]}about {question[inside.start() :]}", form


_WH_BEFORE_ITS_MODIFIER = LazyPattern(
    r"\b(?:what|whom)\s+(?:with|without)\s+(?!(?:the|a|an|its|their|his|her|this|that)\b)[a-z]"
)
"""A wh-word left where a common noun phrase stood, the phrase's own "with ..." after it
("providing housing to whom with drug problems"): the people with the problems are the
answer, and the question cuts them from it."""
_OWN_WITH_PHRASE = LazyPattern(
    r"\s+(?:with|without)\s+(?!(?:the|a|an|its|their|his|her|this|that)\b)[a-z]"
)
"""The same phrase right after people asked for at the front ("To whom does the council
provide housing with drug problems?"): left behind, it modifies the word before it."""
_STRANDED_MODIFIER = LazyPattern(r"\b(?:to|for|of|from|at|on|in|by|among)\s+with(?:out)?\s")
"""The same phrase left behind a fronted key ("What does Kell Aid give meals to with young
children?"): a preposition with no object before it."""
_ON_A_YEAR = LazyPattern(r"\b(?P<on>o)n\s+(?P<which>what|which)\s+year\b", re.IGNORECASE)
"""A year asked with "on" ("on what year"): a day is "on", a year "in"."""


_NAME_ASKED = (
    r"\s+(?:is|was|are|were)\s+(?:[A-Z]|(?:the|a|an|his|her|its|their)\s)[^?]*?"
    r"\s+(?:(?:also|then|once|later|commonly|popularly|widely|often|sometimes|locally)\s+)?"
    r"(?:known\s+as|called|named|nicknamed|dubbed|termed|styled)"
    r"(?:\s+(?:in|by|among|during|at|from|until|before|on)\s[^?]*)?\?$"
)
_WHO_FOR_A_NAME = LazyPattern(rf"^(?:Who|Whom)(?={_NAME_ASKED})")
"""A "who" that asks what something is called ("Who was the tank known as?"): the key is a
name, and "what" asks for one, of a person or of a thing; "named after" asks for a person."""
_WHAT_FOR_A_NAME = LazyPattern(rf"^What(?={_NAME_ASKED})", re.IGNORECASE)


def asks_for_a_name(question: str) -> bool:
    """Whether the question asks what its subject is called ("What was the tank known as?"):
    a person's name may answer it though "what" asks it."""
    return _WHAT_FOR_A_NAME.match(question) is not None


_ON_A_BARE_YEAR = LazyPattern(
    r"\b(?P<on>[Oo])n\s+(?P<year>1\d{3}|20\d{2})(?![\w’'–/.-]|,?\s*\d)(?:\s+(?P<next>[a-z]+))?"
)
"""A bare year after "on" ("sued on 2008 over ..."), not a day ("on 12 May 2008"), nor a
count before its noun ("on 1500 acres")."""


_WORD_BEFORE_ON = LazyPattern(r"(?P<word>[A-Za-z]+)\s+(?:[a-z]+ly\s+)?$")
"""The word an "on" follows, past an adverb ("wrote widely on")."""


def _on_a_topic(before: str) -> bool:
    """Whether an "on" after ``before`` names a topic, not a time: after a noun or verb of
    writing and speaking ("an essay on 1984", "lectured on 1848", "based on 1984"), the year
    is what the work is about, and "in 1984" would date it instead. A passive verb ("was
    published on 1921") has no topic after it: its "on" dates it, but for one a work rests
    on ("was based on 1984", ``TOPIC_ON_PASSIVE_VERBS``)."""
    match = _WORD_BEFORE_ON.search(before)
    if match is None:
        return False
    word = match["word"].casefold()
    lemmas = lexicon.all_lemmas(word)
    if set(lemmas.get("NOUN", ())) & lexicon.TOPIC_ON_NOUNS:
        return True
    auxiliary = _WORD_BEFORE_ON.search(before, 0, match.start())
    verbs = set(lemmas.get("VERB", ()))
    if auxiliary is not None and auxiliary["word"].casefold() in ("was", "were"):
        return bool(verbs & lexicon.TOPIC_ON_PASSIVE_VERBS)
    return bool(verbs & lexicon.TOPIC_ON_VERBS)


def _in_a_bare_year(match: re.Match[str]) -> str:
    following = match["next"] or ""
    if following and (plural_noun(following) or word_tags(following) == {"NOUN"}):
        return match.group(0)  # "on 1500 acres", "on 1200 hectare farms": a count
    if _on_a_topic(match.string[: match.start()]):
        return match.group(0)  # "an essay on 1984": the year is the topic, dating nothing
    return f"{'I' if match['on'].isupper() else 'i'}n {match.group(0)[match.start('year') - match.start() :]}"


def _in_the_year(match: re.Match[str]) -> str:
    if _on_a_topic(match.string[: match.start()]):
        return match.group(0)  # "an essay on what year?": a topic asked, not a time
    return f"{'I' if match['on'].isupper() else 'i'}n {match['which']} year"


_HOW_MANY_INSIDE = LazyPattern(r"\bhow\s+(?=many\b|much\b)", re.IGNORECASE)
"""A count asked after a preposition or in place ("To how many ports ...?", "rises up to how
many metres?"), where the document's hedge goes before it: "to about how many ports"."""


_WHO_RANKED = LazyPattern(
    rf"^Who\s+(?P<be>is|was|are|were)\s+the\s+(?P<rank>(?:(?:second|third|fourth|fifth)[\s-]+)?"
    rf"{_RANK_WORD})\s+(?P<middle>(?:[a-z-]+\s+){{0,3}}?)(?P<head>[a-z-]+)"
    rf"(?P<rest>(?:\s+(?:in|of|on|at|to|for|from|within|by|that|which|ever|since)\b[^?]*)?)\?$"
)
"""A "Who is the <rank> <noun> ...?" question: "Who is the poorest municipality in Orm?"."""
_PERSON_LIKE_ENDINGS = (*lexicon.AGENT_ENDINGS, "ee", "man", "ess", "ate")
_PERSON_WORDS = word_set("person child saint general figure individual one")


def _names_a_person(noun: str) -> bool:
    """Whether a lower-case head noun may name a person: a role or trade, a people, or an
    agent's ending ("winner", "holder", "recipient", "graduate"): "who" may ask for it."""
    singular = lexicon.all_lemmas(noun).get("NOUN", (noun,))[0]
    return (
        names_people(noun, "other")
        or singular in _PERSON_WORDS
        or singular.endswith(_PERSON_LIKE_ENDINGS)
    )


def _ranked_thing(noun: str) -> bool:
    """Whether a lower-case noun, or its singular, is one of ``_RANKED_THINGS``."""
    return (
        noun in _RANKED_THINGS or lexicon.all_lemmas(noun).get("NOUN", (noun,))[0] in _RANKED_THINGS
    )


def ranked_thing_asked_as_who(question: str) -> str | None:
    """ "Who is the poorest municipality in Orm?" asked of a place or a thing, as "Which
    municipality is the poorest in Orm?", or "What is ...?" where the rank is kept with its
    noun: words stand between them, or the rank read alone before "of", "at" or "to" would
    read as a share or a place ("Which bridge was the first of ...?"). None where the
    question is no such one or its noun is not known to name a thing ("Who was the first
    monarch of Orm?")."""
    found = _WHO_RANKED.match(question)
    # a listed thing is one whatever its ending: "river", "newspaper"
    if found is None or (not _ranked_thing(found["head"]) and _names_a_person(found["head"])):
        return None
    head = found["head"]
    if "NOUN" not in word_tags(head) and found["middle"]:
        head = found["middle"].split()[-1]  # "the oldest stone bridge built by Ivo"
    if not _ranked_thing(head):
        return None
    if found["middle"] or found["rest"].split()[:1] not in ([], ["in"], ["within"]):
        return f"What{question[len('Who') :]}"  # "What was the first bridge over the Orm?"
    return f"Which {found['head']} {found['be']} the {found['rank']}{found['rest']}?"


_PEOPLE_NAME = LazyPattern(r"(?:[Tt]he\s+)?[A-Z][a-z]+(?:ese|ish|ch|an|ans|ians|ites|i)")
"""A people's name the way a document writes it: "the Orvanese", "the Dutch", "the Kessians"."""
_PEOPLE_ASKED_AS_WHAT = LazyPattern(r"^What were\b")
_PLURAL_BE_BESIDE = LazyPattern(r"(?:\b(?:are|were)\s+(?:the\s+)?$)|(?:^\s+(?:are|were)\b)")


def a_people_name(answer: str) -> bool:
    """Whether ``answer`` is shaped as a people's name, "the" optional ("Orvanese", "the
    Kessians"): whether it names one, a plural "be" beside it tells."""
    return _PEOPLE_NAME.fullmatch(answer) is not None


def _a_people(text: str, start: int, end: int, kind: str) -> bool:
    """Whether the answer is a people named with "the" beside a plural "be" ("The first
    Europeans to sail the Vess were the Orvanese"): asked "Who were ...?", never "What
    were ...?", which asks for a thing."""
    if kind not in ("other", "term", "organisation"):
        return False
    named = text[start:end]
    with_article = named if named[:4].casefold() == "the " else text[max(0, start - 4) : end]
    if not _PEOPLE_NAME.fullmatch(with_article) or with_article[:4].casefold() != "the ":
        return False
    before = text[:start]
    before = before[:-4] if before[-4:].casefold() == "the " else before
    be_before = _PLURAL_BE_BESIDE.search(before)
    if be_before is not None:
        return describes_people(re.split(r"[,;:]", before[: be_before.start()])[-1])
    after = text[end:]
    be_after = _PLURAL_BE_BESIDE.match(after)
    return be_after is not None and describes_people(after[be_after.end() :])


def describes_people(description: str) -> bool:
    """Whether a description's head, before the words that qualify it, is a noun of people
    ("the first Europeans to sail the Vess", "the earliest settlers of the valley"), never
    of things ("the main wines sold in Kell"): a name's shape alone does not make it a
    people's, so only such a noun beside "were" asks "Who were ...?"."""
    for word in _WORD.findall(description):
        lower = word.casefold()
        if lower in _HEAD_STOPS or lower in _PREPOSITION_WORDS or lower == "to":
            return False
        if names_people(word, "other"):
            return True
    return False


_ASIDE_DASH = LazyPattern(r"—|\s–\s")


def unpaired_dash(question: str) -> bool:
    """Whether the stem holds a dash aside cut open ("the group—originally been at the
    centre of ...") or left hanging at its end ("sail to Kell—a port of Orsk—?"): an
    aside's dashes come in pairs, and words follow the second."""
    hanging = question.rstrip(" ?").endswith(("—", "–"))
    return hanging or len(_ASIDE_DASH.findall(f"{question.rstrip(' ?')} ")) % 2 == 1


_QUOTE_PAIRS = (("“", "”"), ("(", ")"), ("[", "]"))
_DOUBLED_WORD = LazyPattern(r"\b(?P<word>[a-z]+)\s+(?P=word)\b")
_DOUBLED_ARTICLE = LazyPattern(r"\b(?:the|an?)\s+(?:the|an?)\b", re.IGNORECASE)
"""An article on an article ("the The Kell"): a name's own "The" kept after the sentence's."""
_NAME_THEN_WHAT = LazyPattern(r"\b(?:the|an?)\s+(?:[A-Z][\w'’-]*\s+)+what\b")
"""A "what" after a name's first words ("the Kell what?"): a name cut in two, no phrase."""
_REFERRED_AS = LazyPattern(
    r"^(?:[^,?]{1,60},\s+)?To\s+wh\w*\b[^?]*\b(?:refer|allude)(?:s|red|d|ed)?\s+as\b",
    re.IGNORECASE,
)
"""A "to" fronted off "referred to ... as" ("To whom has Kell been referred as ...?"): the
"to" belongs with the verb, and "referred as" is no English."""
_DANGLING_END = LazyPattern(
    r"(?:,|\b(?:and|or|but|nor|which|who|whose|the|a|an|while|whereas|although|because"
    r"|as\s+well\s+as))\s*\?*$"
)


_ARTICLE_THEN_LAST_WORD = LazyPattern(r"\b(?:a|an)\s+(?P<word>[a-z]+)\s*\?$")
""""A" and one word closing the stem: the word must be a noun ("by creating a new?" was cut
before its noun). After "the" an adjective may stand alone ("Which planet is the largest?")."""


_ARTICLE_THEN_FIGURE = LazyPattern(r"\b(?:a|an)\s+\d+\s*[–-]\s*\d+\s*\?$")
""""A" and a score or a ratio closing the stem: it modified a noun that was cut ("a 35–28
gap"), where "a 2.0" may be a class a rule gives."""
_LIST_TAIL_OPENING = LazyPattern(r"^[A-Z][a-z]+,\s+(?:and|or)\s+[a-z]+,\s")
"""A stem opening on the last items of a list ("Fishing, and logging, what became ...?"):
the phrase that held the list ("Along with farming, fishing, and logging") was cut."""


_COMMA_AFTER_ONE_WORD = LazyPattern(
    r"^(?:What|Which\s+\w+|Who|Whom|Where|When|How\s+\w+)\s+(?:do|does|did|is|are|was|were"
    r"|has|have|had)\s+(?P<word>[a-z][\w-]*),\s"
)


def _opening_adverb_kept(question: str) -> bool:
    """Whether a sentence's opening word and its comma were left before the subject after the
    auxiliary: "Worldwide, guidelines recommend ..." → "What do worldwide, guidelines
    recommend ...?". A noun there opens a list ("What did farmers, traders and monks
    build?")."""
    found = _COMMA_AFTER_ONE_WORD.match(question)
    return found is not None and "NOUN" not in word_tags(found["word"])


def _cut_before_its_noun(question: str) -> bool:
    """Whether the stem ends in "a" and an adjective that cannot be a noun: "What did the
    guild reform by creating a new?" lost the noun of "a new charter"."""
    if _ARTICLE_THEN_FIGURE.search(question) or _LIST_TAIL_OPENING.match(question):
        return True  # "a study with a 35–28?" lost the noun of "a 35–28 gap"
    closing = _ARTICLE_THEN_LAST_WORD.search(question)
    return closing is not None and word_tags(closing["word"]) == {"ADJ"}


_UNINVERTED = LazyPattern(r"^[A-Z][a-z]+\s+(?:what|which)\s+(?P<noun>[\w-]+)\s+(?:the|a|an)\s")
"""A preposition's wh-phrase fronted before a subject with no auxiliary: "In what year the
guild met?" (a subject asked, "What took the title?", has no preposition before it)."""


_STRANDED_DEGREE = LazyPattern(r"\bas\s+(?:early|late|far|far\s+back|long\s+ago)\s*\?$")
"""The "as early" of "as early as" left behind by a fronted "as what century"."""
_STRANDED_HEDGE = LazyPattern(
    r"\b(?!(?:before|for)\s+long\s*\?$)(?:to|until|till|into|from|since|by|at|for|in|of|than|over|under|after|before)\s+"
    r"(?:well|nearly|almost|just|about|roughly|approximately|around|some|circa|barely|fully"
    r"|exactly|shortly|long|soon|right)\s*\?$",
    re.IGNORECASE,
)
"""An adverb or degree word cut from the phrase it bounded: "Into what decade did the mill run
until well?", "up to nearly?" (of "until well into the 1890s", "up to nearly 40 metres");
never the idioms "before long" and "for long", which are whole."""
_INFINITIVE_AFTER_WH = LazyPattern(
    rf"{_RANK_WORD}\s+(?:[a-z-]+\s+){{0,2}}?"
    r"(?:in|on|at|of|from|to|across|near|along|within)\s+(?:which|what)\s+"
    r"(?:[a-z-]+\s+){0,2}?to\s+(?P<verb>[a-z]+)\b"
)
"""A wh-phrase asked in place with an infinitive left after it: "Kell was the first town on
which coast to report a whale?" (the infinitive belongs to the ranked noun before the
phrase; after any other it tells a purpose: "sailed from which port to attack Orm?")."""


_FRONTED_OUT_OF_A_RELATIVE = LazyPattern(
    r"^(?:(?:[A-Z][a-z]+\s+)?(?:which|what|whom)\s+(?:[a-z-]+\s+){0,2}?|(?:Where|When)\s+)"
    r"(?:did|does|do|was|were|is|are|has|have|had|can|could|will|would)\s+[^?]*\s"
    r"(?P<noun>[a-z-]+)\s+(?:that|which|who)\s+(?P<passive>(?:was|were|is|are)\s+)?"
    r"(?:(?:had|has|have)\s+)?(?P<been>been\s+)?(?P<verb>[a-z]+)"
    r"(?P<particle>\s+(?:away|off|out|up|down|back|over|on|in))?\?$"
)
"""A fronted wh-phrase whose stem ends in a relative clause that stops at a passive verb or a
verb's particle: "From which kingdom do the bars represent the provinces that broke away?",
"Where does the museum show the boats that were built?" read the gap into the main verb,
though the answer was the relative clause's own. A clause whose active verb is complete
("the bridge that collapsed") is left to the check made where the sentence is known."""


def _fronted_out_of_a_relative(question: str) -> bool:
    found = _FRONTED_OUT_OF_A_RELATIVE.match(question)
    if found is None or "NOUN" not in word_tags(found["noun"]):
        return False
    if not (found["passive"] or found["been"] or found["particle"]):
        return False  # "In what year did Kell open the bridge that collapsed?"
    verb = found["verb"]
    return is_finite_verb(verb) or past_participle(verb)


def _infinitive_after_wh(question: str) -> bool:
    return any(base_verb(m["verb"]) for m in _INFINITIVE_AFTER_WH.finditer(question))


_SECOND_CLAUSE_AFTER_WH = LazyPattern(
    r"\b(?:what|which|who|whom|where|when|how)\b[^?]*,\s+but\s+[^?]+\?$", re.IGNORECASE
)
"""A clause after ", but" kept in a stem whose wh-phrase stands before it."""
_SINGULAR_BE_COMPLEMENT = LazyPattern(
    r"^(?:What|Which|Who)\s+(?:is|was)\s+the\s+(?:(?!of\b)[a-z-]+\s+){0,3}?(?P<head>[a-z]+s)"
    r"(?=\s+(?:in|of|on|at|for|from|to)\b|\?$)"
)
_SINGULAR_BE_PLURAL_PEOPLE = LazyPattern(
    r"^(?:What|Which|Who)\s+(?:is|was)\s+the\s+(?:(?!the\b)[a-z-]+\s+)?"
    r"(?:people|men|women|children)(?![\w'’])"
)
"""A plural of no -s right after "is the" and at most one word ("What is the people
responsible ...?"); not "Who was the leader the men elected?", whose plural opens a clause."""


def _plural_after_singular_be(question: str) -> bool:
    """ "What is the most distinctive buildings in Kell?": "is" with a plural it names."""
    if _SINGULAR_BE_PLURAL_PEOPLE.match(question):
        return True  # "What is the people responsible for ...?"
    match = _SINGULAR_BE_COMPLEMENT.match(question)
    if match is None or match["head"] in _UNCOUNTED:
        return False
    nouns = lexicon.all_lemmas(match["head"]).get("NOUN")
    if not nouns:
        return False
    return nouns[0] != match["head"]  # "buildings", not "basis" or "status"


_WHICH_OPENING = LazyPattern(r"^(?:[A-Z][a-z]+\s+)?(?:Which|What)\s+")
_RELATIVE_SUBJECT = LazyPattern(
    r"\b(?:an?|each|every|one|the)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?P<noun>[a-z-]+)\s+(?:that|which|who)\s+(?P<verb>[a-z]+)\s+(?P<next>[a-z]+)"
)
_PLURAL_FINITE = word_set("are were have")
_SINGULAR_FINITE = word_set("is was has")
_FINITE_BE_OR_HAVE = _PLURAL_FINITE | _SINGULAR_FINITE
_FOLLOWS_A_VERB = word_set(
    "the a an in on at to from along across into through over under by with for of up down"
    " out off away near its their his her"
)
"""Words that show the word before them is used as a verb ("lie along", "cross the")."""
_NUMBER_UNSURE = word_set(
    "data media criteria phenomena bacteria alumni news series species"
    " staff crew team family government committee council board police"
)
"""Nouns whose number a document may treat either way ("the data are", "the data is"), a
collective noun among them ("the crew were", "the crew was")."""


def _verb_number(verb: str, following: str) -> str | None:
    """ "plural" for "are", "have" or a verb's plain present ("lie" before "along"),
    "singular" for "is", "has" or its "-s" form ("lies"); None for a past or no verb."""
    if verb in _PLURAL_FINITE:
        return "plural"
    if verb in _SINGULAR_FINITE:
        return "singular"
    if following not in _FOLLOWS_A_VERB:
        return None  # "Which range lie detector ...": the word may be a noun's
    found = finite_verb(verb)
    if found is not None:
        return "singular" if found[1] == "VBZ" and "NOUN" not in word_tags(verb) else None
    if base_verb(verb) and getInflection(verb, "VBZ")[0] != verb:
        return "plural"
    return None


def _noun_number(noun: str) -> str | None:
    if noun in _NUMBER_UNSURE or "NOUN" not in word_tags(noun):
        return None
    return "plural" if plural_noun(noun) else "singular"


def _disagree(noun: str, verb: str, following: str) -> bool:
    verb_number = _verb_number(verb, following)
    noun_number = _noun_number(noun)
    return verb_number is not None and noun_number is not None and verb_number != noun_number


def broken_agreement(question: str) -> bool:
    """Whether a verb in the stem disagrees with its subject after a rewrite put a wh-phrase
    or a relative clause's noun before it: "Which range lie along the border?", "an
    abstraction that have shaped ...", "the provinces that has ..."."""
    opening = _WHICH_OPENING.match(question)
    if opening is not None:
        words = _WORD.findall(question[opening.end() :])[:5]
        for at in range(1, min(4, len(words) - 1)):
            verb, following = words[at], words[at + 1]
            if words[at - 1] in AUXILIARIES:
                break  # "What did the abbey keep ...?": the subject follows the auxiliary
            if verb in _FINITE_BE_OR_HAVE and (
                following in lexicon.DETERMINERS or following[:1].isupper()
            ):
                break  # "Which port are those ships sent to?": the subject follows
            if _verb_number(verb, following) is not None:
                if _disagree(words[at - 1], verb, following):
                    return True
                break
    if any(
        _plural_only((m["noun"] or m["inverted"]).casefold())
        for m in _SINGULAR_VERB_OF_A_NOUN_OF.finditer(question)
    ):
        return True  # "Revisions of saxophone keywork was made ...": its "One of" was cut
    return any(
        _disagree(found["noun"], found["verb"], found["next"])
        for found in _RELATIVE_SUBJECT.finditer(question)
    )


_SINGULAR_VERB_OF_A_NOUN_OF = LazyPattern(
    r"^(?P<noun>[A-Z][a-z]+)\s+of\s+(?:the\s+)?[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,4}?"
    r"\s+(?:is|was|has)\b"
    r"|\b(?:is|was|has)\s+(?P<inverted>[a-z]+)\s+of\s+(?:the\s+)?[a-z]"
)
"""A noun and its "of" phrase of common words with "is", "was" or "has" for its verb, before
it ("Revisions of the keywork was made ...") or after it ("In what decade was revisions of
the keywork made?"); a name's "of" phrase ("Friends of the Earth") is capitalised."""


def _plural_only(noun: str) -> bool:
    """Whether a noun can only be a plural ("revisions", not "news", "series" or "means")."""
    lemmas = lexicon.all_lemmas(noun).get("NOUN", ())
    return bool(lemmas) and noun not in lemmas and noun not in _NUMBER_UNSURE


_RANGE_START = LazyPattern(
    r"\bbetween\s+(?:(?:about|around|roughly|c\.)\s+)?(?:the\s+)?"
    r"(?:what\b|which\b|how\b|\d|(?:" + "|".join(MONTHS) + r")\b|[A-Z][\w’'-]*[^\Ws’'](?=\s*[?,]))",
)
"""A "between" whose first bound is a figure, a date, a wh-phrase or a single name ("between
1914", "between what year", "between Kell"): it needs its "and" and second bound."""
_RANGE_AND = LazyPattern(r"\s(?:and|&)\s")
_RANGE_DASH = LazyPattern(r"[\d,.]*\s*[–-]\s*\d")
"""The rest of a figure and a dash before a second one: a range written "1914–1918"."""


_CUT_CORRELATIVE = LazyPattern(r"\b(?:either|neither)\s*\?$", re.IGNORECASE)
"""An "either" or "neither" that ends the stem: its "or" or "nor" pair was cut with the answer
("trained either in Orm or at Kell" asked "Where did the doctors train either?"). The adverb
after a negation is refused too, on purpose: "Which city did the king not visit either?"
points at a city the stem no longer names."""


def _half_a_between(question: str) -> bool:
    """ "What was the sole source of flour between 1820?": the aside after the first bound was
    cut with the rest of the range ("between 1820, when ..., and 1901"), and a range with one
    bound asks nothing. "between neurons" (a plural) needs no "and"."""
    found = _RANGE_START.search(question)
    if found is not None and _RANGE_DASH.match(question, found.end()):
        return False  # "between 1914–1918", "between 1914-18": both bounds, joined by a dash
    return found is not None and _RANGE_AND.search(question, found.end()) is None


_WHAT_THEN_VERB = LazyPattern(r"(?<=[a-z,] )what\s+(?P<verb>[a-z]+)\b")


def _plain_verb_only(word: str) -> bool:
    """ "become" in "the first ships to reach what become Kell": a "what" clause inside the
    stem keeps its own tense, and a verb that is only a plain verb after it lost that tense
    to a rewrite (the modal it had, "what would become", was taken for the question's)."""
    return word not in AUXILIARIES and word_tags(word) == {"VERB"} and base_verb(word)


_TO_A_TIME = LazyPattern(
    r"(?:\b(?P<before>[a-z]+)\s+)?\bto\s+(?:what|which)\s+(?:year|decade|century|date|month)\b",
    re.IGNORECASE,
)
_FROM_A_TIME = LazyPattern(
    r"\bfrom\s+(?:the\s+)?(?:\d|what\b|which\b|early\b|late\b|mid\b)", re.IGNORECASE
)
"""A range's start ("from 1920", "from the early 1800s"); not "students from Kell"."""
_MOVED_TO_A_TIME = word_set(
    "back date dates dated trace traces traced postpone postponed postpones delay delayed"
    " delays defer deferred move moved moves push pushed extend extended extends reschedule"
    " rescheduled adjourned belong belongs belonged assign assigned assigns attribute"
    " attributed attributes ascribe ascribed restore restored return returned"
)
"""Words before a "to" that takes a time as where something was moved, traced or assigned
("dates back to", "was postponed to", "belongs to what century")."""


def _time_reached_by_to(question: str) -> bool:
    """ "Orm won five of the first six races to what year?" of "... to 1930": a "to" meaning
    "up to" bounds a count or a state, and asking the bound reads as nonsense. A range's end
    ("from 1920 to what year") and a time moved or traced to ("dates back to", "was
    postponed to") are asked well."""
    found = _TO_A_TIME.search(question)
    if found is None or _FROM_A_TIME.search(question, 0, found.start()):
        return False
    return (found["before"] or "").casefold() not in _MOVED_TO_A_TIME


@lru_cache(maxsize=4096)
def ill_formed(question: str) -> bool:
    """Whether the stem shows that its sentence was cut in the wrong place or mended badly: a
    quotation or bracket opened and not closed ("as \"more selective?"), a connective or
    article left at its end ("... in Kell and?"), a semicolon's second clause kept, a word
    doubled where a phrase was taken out ("the the"), a wh-phrase fronted with no
    auxiliary after it, a hedge cut from its phrase ("until well?"), a verb that disagrees
    with its subject ("Which range lie ...?"), an infinitive left after a wh-phrase asked
    in place ("the first town in which country to build ...?"), a wh-phrase fronted out
    of a relative clause that closes the stem ("... the provinces that broke away?"), an
    article on an article ("the The Kell"), a "what" after a name's first words ("the Kell
    what?"), a year asked "on" or a "to" fronted off "referred to as". Cached: a question is
    read once as it is formed and once as the candidate keeps it."""
    unpaired = question.count('"') % 2 == 1 or any(
        question.count(opening) != question.count(closing) for opening, closing in _QUOTE_PAIRS
    )
    doubled = any(m["word"] != "had" for m in _DOUBLED_WORD.finditer(question))
    if _STRANDED_DEGREE.search(question) or _STRANDED_HEDGE.search(question):
        return True
    if _SECOND_CLAUSE_AFTER_WH.search(question):
        return True
    if _half_a_between(question) or _CUT_CORRELATIVE.search(question):
        return True
    if _time_reached_by_to(question):
        return True
    if any(_plain_verb_only(m["verb"]) for m in _WHAT_THEN_VERB.finditer(question)):
        return True
    if _plural_after_singular_be(question) or broken_agreement(question):
        return True
    if _infinitive_after_wh(question) or _fronted_out_of_a_relative(question):
        return True
    if (
        _DOUBLED_ARTICLE.search(question)
        or _NAME_THEN_WHAT.search(question)
        or _ON_A_YEAR.search(question)
        or _REFERRED_AS.search(question)
    ):
        return True
    fronted = _UNINVERTED.match(question)
    uninverted = fronted is not None and fronted["noun"].casefold() not in AUXILIARIES | {"of"}
    dangling = _DANGLING_END.search(question) is not None or _cut_before_its_noun(question)
    dangling = dangling or _opening_adverb_kept(question)
    return unpaired or doubled or uninverted or dangling or ";" in question


_ASKED_OF_BE = LazyPattern(r"^(?:In|On|By|Since|Until) what (?:year|date) (?:is|are|was|were)\b")


def _time_of_an_aside(question: str, text: str, start: int) -> bool:
    """Whether a time asked of a clause with "be" belongs to a participle that describes its
    complement: "Orm is home to the Kell Players, a troupe founded in 1932 that ...", "Kellnet
    was a set of protocols developed by Orm Ltd in 1975": the time is the founding's or the
    making's, and "In what year was Kellnet a set of ...?" asks when the clause held."""
    if not _ASKED_OF_BE.match(question):
        return False
    comma = text.rfind(",", 0, start)
    be = _BE_WORD.search(text, 0, start)
    if comma >= 0:
        segment = text[comma + 1 : start]
    elif be is not None:
        segment = text[be.end() : start]
    else:
        return False
    words = _WORD.findall(segment)
    for at, word in enumerate(words):
        if word.casefold() in AUXILIARIES or word.casefold() in ("and", "or", "but"):
            return False
        verb = finite_verb(word) if word[:1].islower() else None
        if verb is not None and verb[1] in ("VBD", "VBN") and "VERB" in word_tags(word):
            described = any(w.casefold() in _ARTICLES_AND_POSSESSIVES for w in words[:at])
            if comma < 0 and not described:
                return False  # "The mill was built in 1914": the clause's own verb
            return not any(_plainly_finite(w) for w in words[:at])
    return False


_BE_WORD = LazyPattern(r"\b(?:is|was|are|were)\b")


def _plainly_finite(word: str) -> bool:
    """A verb that is no noun as well ("founded", not "protocols")."""
    return (
        word[:1].islower()
        and finite_verb(word) is not None
        and "NOUN" not in word_tags(word.casefold())
    )


_PRESENT_BE_AFTER_YEAR = LazyPattern(r"^(?P<ask>In what year) (?P<be>is|are)\b")


def _past_be(match: re.Match[str]) -> str:
    """ "In what year is Kell the largest port?" → "... was ...": a year asked is past."""
    return f"{match['ask']} {'was' if match['be'] == 'is' else 'were'}"


MAX_STEM_WORDS = 25
"""A stem longer than this loses a closing aside, which says nothing the question needs."""
_CLOSING_ASIDE = LazyPattern(
    r",\s+(?:in\s+which|where|which|who|whose|the|an?|as)\s+(?P<body>[^,;]+)\?$"
)
_WH_WORD = LazyPattern(r"\b(?:what|which|who|whom|whose|where|when|how)\b", re.IGNORECASE)


def _without_closing_aside(question: str) -> str:
    """ "Since what year has Kell held the Fair, in which teams race to the hill?" → "Since
    what year has Kell held the Fair?" where the stem runs past ``MAX_STEM_WORDS``: an aside
    after the comma that closes the stem describes what the clause before it names, and the
    wh-word stands before it, so the question reads the same without it."""
    if len(question.split()) <= MAX_STEM_WORDS:
        return question
    aside = _CLOSING_ASIDE.search(question)
    if aside is None or not _WH_WORD.search(question, 0, aside.start()):
        return question
    if _WH_WORD.search(aside["body"]):
        return question  # "..., a port on which river?": the aside is what is asked
    return f"{question[: aside.start()]}?"


_IN_AN_APPOSITION = LazyPattern(
    r",\s+(?:a|an)\s+(?:[\w’'-]+\s+){0,4}?(?:in|at|near|on|of)\s+(?:the\s+)?$"
)


_DOUBLED_HEAD = LazyPattern(
    r"\b(?P<article>the|a|an)\s+(?P<head>[\w-]+(?:\s+[\w-]+)?)\s+of\s+(?P<wh>which|what)\s+(?P=head)\b",
    re.IGNORECASE,
)


def _single_head(match: re.Match[str]) -> str:
    which = "Which" if match["article"][:1].isupper() else "which"
    return f"{which} {match['head'].lower()}"  # "the Fortress of which fortress": a sort now


_LIST_ITEM = r"[\w’'.-]+(?:\s+[\w’'.-]+){0,3}"
_MORE_ITEMS = LazyPattern(
    rf"(?:,\s+(?P<items>{_LIST_ITEM}(?:,\s+{_LIST_ITEM})*),?\s+(?:and|or)\s+(?!then\b)"
    rf"|\s+(?:and|or)\s+(?=[A-Z0-9]))(?P<last>{_LIST_ITEM})(?=\s*[,.;:)]|\s*$)"
)
"""More members after a stem's last word: ", Orsk, Varn, and Tull", or " and Tull" (a name
or a figure; ", and subsequently at Kell" goes on with another fact)."""
_STEM_END = LazyPattern(r"(?:[\w’'.-]+\s+)?[\w’'.-]+$")


def _cuts_a_list(question: str, text: str) -> bool:
    """Whether ``question`` ends where ``text`` goes on with more of a list ("lived in Kell,
    Orsk, Varn, and Tull" asked "... in Kell?"): the stem drops members that belong to it."""
    end = _STEM_END.search(question.rstrip(" ?"))
    if end is None:
        return False
    last = end.group(0)
    for start in whole_word_starts(last, text):
        more = _MORE_ITEMS.match(text, start + len(last))
        if more is None:
            continue
        items = f"{more['items'] or ''} {more['last']}"
        if not any(is_finite_verb(w) for w in _WORD.findall(items)) and not (
            _PRONOUN_SUBJECT.match(more["last"])
        ):
            return True
    return False


_MODIFIER_BEFORE = LazyPattern(r"(?:^|\s)(?P<before>[\w’'-]+)\s+(?P<word>[a-z][\w-]*)\s+$")


def _inside_a_compound(text: str, start: int, end: int, kind: str) -> bool:
    """Whether a common-noun answer is the end of a noun phrase cut in two: a participle
    right before it while a verb follows it ("Solar induced reactions can be divided ...",
    no "What did solar induce ...?"), or a noun right after a verb or an article ("are
    considered supply side technologies", no "supply what?"). Such a compound is one key
    or none."""
    if kind in _TIME_AND_COUNT_KINDS or not text[start:end][:1].islower():
        return False
    found = _MODIFIER_BEFORE.search(text[:start])
    if found is None:
        return False
    word, previous = found["word"], found["before"].casefold()
    following = _WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    verb_after = following is not None and (
        following.group(0) in AUXILIARIES or finite_verb(following.group(0)) is not None
    )
    if verb_after and (word.endswith("ed") or past_participle(word)):
        return True
    tense = finite_verb(previous)
    # "considered supply side ...": a noun after a past verb; never after "plants", a
    # verb's -s form that is as often a plural noun ("Plants store energy")
    after_verb = (
        previous in _ARTICLES
        or (tense is not None and tense[1] == "VBD")
        or (tense is None and past_participle(previous) is not None)
    )
    noun = "NOUN" in word_tags(word) and word not in _NOUN_AFTER
    return after_verb and noun and word not in AUXILIARIES and finite_verb(word) is None


_WHAT_ASKED = LazyPattern(r"^((?:[^,]{1,60},\s+){0,3}?)(what)\b", re.IGNORECASE)
_WHAT_DOES = LazyPattern(
    r"^(?:[^,]{1,60},\s+){0,3}?(what)\s+(?:has\s+|had\s+)?([a-z]+)\b", re.IGNORECASE
)
"""A bare "what" for subject and its verb, past a perfect's "has" or "had" ("What has
announced ...")."""
_POSSESSIVE = LazyPattern(r"['’]s")
_NAME_NEXT = LazyPattern(r"\s+[A-Z]")


def _possessive_of_name(text: str, start: int, end: int) -> bool:
    """Whether the answer ``text[start:end]`` ("Lyon" or "Lyon's") is the possessive of the
    name after it ("Lyon's Bron Airport")."""
    if text.endswith(("'s", "’s"), start, end):
        return bool(_NAME_NEXT.match(text, end))
    owner = _POSSESSIVE.match(text, end)
    return owner is not None and bool(_NAME_NEXT.match(text, owner.end()))


_OWNER_MARK = LazyPattern(r"['’]s?(?=\s)")
"""The mark of a possessive after a name: "Holm's survey", "Columbus' voyage"."""


_PARTICIPLE_OPENING = LazyPattern(
    r"^(?P<participle>[A-Z][a-z]+)\s+(?P<phrase>[^,;]+),\s+(?P<main>.+)$"
)
_SUBJECT_ADVERBS = word_set("later then also still soon first once now again eventually")
_STATE_PARTICIPLES = word_set(
    "located situated based known named called set bordered surrounded owned run led"
    " headquartered centred centered"
)
"""Participles of a state, which holds when the main clause does ("Located on the Orm, Kelby
is ..." → "Kelby is located on ..."); any other tells an act done before ("Founded in 1820,
the town is ..." → "The town was founded in 1820")."""


def _participle_opening(text: str, start: int, end: int) -> tuple[str, int, int] | None:
    """The clause a participle phrase opening the sentence stands for, with the answer's new
    place, when the answer is inside that phrase: "Founded in 1820 on the site of Fort Orrin,
    Kelby grew quickly" → "Kelby was founded in 1820 on the site of Fort Orrin". Asked as it
    stands, the phrase has no verb of its own ("Founded in 1820 on the site of which fort?")."""
    found = _participle_lead(text)
    if found is None:
        return None
    match, lead = found
    if not match.start("phrase") <= start or end > match.end("phrase"):
        return None
    shift = len(lead) - match.start("phrase")
    return f"{lead}{match['phrase']}", start + shift, end + shift


_STATED_BY = word_set("in on at by as from near for under during since between along within")
"""The first word of a participle phrase that states a fact of the subject: where, when,
by whom or as what ("Founded in 1820", "Built by Ivo Berg"), not a state of mind ("Satisfied
with the result") or a manner ("Stated another way")."""


def participle_clause(text: str) -> tuple[str, str] | None:
    """A sentence opening with a participle phrase, as its main clause and the clause the
    phrase stands for: "Founded in 1820 by Ivo Berg, Kelby grew quickly" → ("Kelby grew
    quickly", "Kelby was founded in 1820 by Ivo Berg"); None when the phrase states no fact
    of the subject, holds a clause of its own, or the subject is a pronoun."""
    found = _participle_lead(text)
    if found is None:
        return None
    match, lead = found
    phrase = match["phrase"]
    first = _WORD.match(phrase)
    if first is None or first.group(0) not in _STATED_BY:
        return None
    if _has_finite(phrase) or phrase.count('"') % 2 or phrase.count("(") != phrase.count(")"):
        return None  # "Assisted by a group they meet ...", "Described as "sexy, ...""
    return match["main"], f"{lead}{phrase}"


def _participle_lead(text: str) -> tuple[re.Match[str], str] | None:
    """The opening participle phrase of ``text`` and the start of the clause it stands for,
    its subject and "was" with the participle ("Kelby was founded ")."""
    match = _PARTICIPLE_OPENING.match(text)
    if match is None:
        return None
    participle = match["participle"].casefold()
    tags = word_tags(participle)
    if not past_participle(participle) or "NOUN" in tags or "VERB" not in tags:
        return None  # "Having ...", "Marshal ...": no passive participle
    main = invert(match["main"])
    if main is None or _PRONOUN_SUBJECT.match(main.subject) or "," in main.subject:
        return None  # "Founded in 1820, it ...": who "it" is lies in another sentence
    words = main.subject.split()
    while words and (words[-1].endswith("ly") or words[-1] in _SUBJECT_ADVERBS):
        words.pop()  # "Ada Vell later moved": the adverb is the main verb's
    if not words or len(words) > 8:
        return None
    plural = main.auxiliary in ("were", "are", "do", "have")
    present = main.auxiliary in ("is", "are", "does", "do", "has", "have")
    if present and participle in _STATE_PARTICIPLES:
        be = "are" if plural else "is"
    else:
        be = "were" if plural else "was"
    subject = " ".join(words)
    return match, f"{subject[:1].upper()}{subject[1:]} {be} {participle} "


def _whose(text: str, start: int, end: int) -> tuple[str, str] | None:
    """ "The map was informed by Cartier's voyage" → "The map was informed by whose voyage?":
    a person's possessive asked in place as "whose" with the thing owned. Moved, the
    possessive would be left behind ("Who informed the map's voyage?")."""
    owner_end = _OWNER_MARK.match(text, end)
    possessive_end = owner_end.end() if owner_end else end
    clause = clause_of(text, start, possessive_end)
    body, s, e = clause.text, clause.start, clause.end
    if not re.match(r"\s+[a-z]", body[e:]):
        return None  # "Cartier's" alone, or before a name
    return _finish(f"{body[:s]}whose{body[e:]}"), "in-situ"


_AGENT_VERBS = (lexicon.PERSON_VERBS - {"became"}) | word_set(
    """
    hosted hosts decided decides organised organises organized organizes broadcast broadcasts
    sponsored sponsors voted votes agreed agrees refused refuses chose chooses
    established establishes appointed appoints conquered conquers signed signs
    """
)
"""A person's verbs that a firm or a body may share ("announced", "wrote", "married"), and a
body's acts ("hosted", "voted", "refused"), but not "became", which a town or a river shares
too ("Orm became a city")."""


def _bare_name(answer: str) -> bool:
    """Whether a name of no known kind could be a person's or a body's: one to three words,
    each capitalised ("Zhu Yuanzhang", "Bill Clinton"), none a thing's noun ("Kell Bridge",
    "Tarland Saga" of a work)."""
    words = answer.split()
    return (
        len(words) <= 3
        and all(word[:1].isupper() for word in words)
        and not any(word.casefold() in _THING_NOUNS for word in words)
    )


def _who_acts(question: str) -> str:
    """ "In 1853, what married Elsa of Tarn?" → "In 1853, who married Elsa of Tarn?": a lone
    name of no known kind doing a person's deed is a person or a body, and "who" fits both
    ("Who announced the merger?"); "what" fits neither."""
    match = _WHAT_DOES.match(question)
    if match is None or match.group(2) not in _AGENT_VERBS:
        return question
    who = "Who" if match.group(1) == "What" else "who"
    return f"{question[: match.start(1)]}{who}{question[match.end(1) :]}"


_NO_DEED = word_set(
    "was were is are be been became becomes has have had lies lay flows flowed contains"
    " contained remains remained seems seemed stands stood"
)
"""Verbs of a state, which a thing shares with a person ("What was ...", "What lies ...")."""


def _who_does_a_deed(question: str) -> str:
    """ "What commanded a fleet in 1421?" keyed "Ivo Marlow" → "Who commanded a fleet in
    1421?": a key that reads as a person's name is asked "who" when it does a deed; a state
    ("What was ...?") keeps "what", which the gates then refuse."""
    match = _WHAT_DOES.match(question)
    if match is None or match.group(2).casefold() in _NO_DEED:
        return question
    if finite_verb(match.group(2)) is None:
        return question
    who = "Who" if match.group(1) == "What" else "who"
    return f"{question[: match.start(1)]}{who}{question[match.end(1) :]}"


_AS_A_ROLE = LazyPattern(
    r"\s+(?:(?:(?:was|were|has\s+been|had\s+been|have\s+been)\s+)?(?:[a-z]+ed\s+)?"
    r"(?:as|to\s+be(?:come)?)|became|becomes)"
    r"\s+(?:(?:the|a|an|its|their|his|her)\s+)?"
    r"(?P<role>[a-z][\w-]*(?:\s+(?!(?:by|with|during|after|before)\b)[a-z][\w-]*){0,2})"
    r"(?=\s+(?:of|for|at|in|to|on|from|under|until|by|with|during|after|before|and)\b|[,.;:]|$)"
)
_ROLES_OF_NO_TRADE = word_set(
    "manager administrator commissioner treasurer adviser advisor deputy successor heir head editor"
)
"""Roles the trade lists leave out, still held only by people ("as programme manager")."""
_A_PERSON_AS_SUCH = word_set("man woman boy girl person fellow")
"""Nouns of a person as such ("dismissed Ivo as a scared old man"): only a person is one."""


def _named_to_a_role(after: str) -> bool:
    """Whether the answer is put in a role right after it ("removed Ivo Marr as programme
    manager", "served as chief engineer", "declared Rask to be the first abbot", "Rask was
    declared to be ...", "Rask became the first abbot"): only a person holds one."""
    role = _AS_A_ROLE.match(after)
    if role is None:
        return False
    head = role["role"].split()[-1]
    return (
        names_people(role["role"], "other")
        or head in _ROLES_OF_NO_TRADE
        or head in _A_PERSON_AS_SUCH
    )


_MAKING_A_ROLE = word_set("make name appoint elect crown proclaim consecrate")
"""Verbs that put their object in a role named right after it: "made Rask abbot of Kell"."""
_BARE_ROLE = LazyPattern(r"\s+(?:the\s+)?(?:first\s+|new\s+|sole\s+)?(?P<role>[a-z]+)\s+of\b")


def _made_a_role(before: str, after: str) -> bool:
    """Whether the answer is made the holder of a role ("Orvan made Rask abbot of Kell"):
    only a person holds one."""
    verb = _VERB_JUST_BEFORE.search(before)
    role = _BARE_ROLE.match(after)
    return bool(
        verb
        and role
        and _verb_among(verb["verb"], _MAKING_A_ROLE)
        and names_people(role["role"], "other")
    )


_DEEDS_OF_PEOPLE = word_set(
    "preach proselytize proselytise evangelize evangelise baptise baptize marry wed ordain"
)
"""Deeds only a person does: whoever preaches, baptises or marries is one."""
_DONE_TO_PEOPLE = word_set("baptise baptize marry wed ordain")
"""Deeds done only to a person: whom one baptises, marries or ordains is one."""
_SENT_TO_DO = word_set("send dispatch commission summon invite")
"""Verbs whose object goes to do a deed: the one sent to preach is the preacher."""
_VERB_JUST_BEFORE = LazyPattern(r"\b(?P<verb>[a-z]+)\s+$")
_VERB_JUST_AFTER = LazyPattern(
    r"\s+(?:(?:also|later|then|first|often|once|had|has|have)\s+)?(?P<verb>[a-z]+)\b"
)
_PASSIVE_AFTER = LazyPattern(r"\s+(?:was|were)\s+(?P<verb>[a-z]+)\b(?P<rest>[^,;:]*)")
_TO_DO_AFTER = LazyPattern(r"\s+to\s+(?P<deed>[a-z]+)\b")
_TO_DO_LATER = LazyPattern(r"\bto\s+(?P<deed>[a-z]+)\b")


def _verb_among(word: str, verbs: frozenset[str]) -> bool:
    return any(lemma in verbs for lemma in lemmas_as(word, "VERB"))


def _a_person_s_deed_around(before: str, after: str) -> bool:
    """Whether the answer does or undergoes a deed only people do: "Tamsin preached",
    "baptised Hadrel", "sent Tamsin to preach", "Tamsin was sent by the king to preach"."""
    verb = _VERB_JUST_BEFORE.search(before)
    if verb and _verb_among(verb["verb"], _DONE_TO_PEOPLE):
        return True
    to_do = _TO_DO_AFTER.match(after)
    if to_do and verb and _verb_among(verb["verb"], _SENT_TO_DO):
        return _verb_among(to_do["deed"], _DEEDS_OF_PEOPLE)
    passive = _PASSIVE_AFTER.match(after)
    if passive:
        if _verb_among(passive["verb"], _DONE_TO_PEOPLE):
            return True
        later = _TO_DO_LATER.search(passive["rest"])
        return bool(
            later
            and _verb_among(passive["verb"], _SENT_TO_DO)
            and _verb_among(later["deed"], _DEEDS_OF_PEOPLE)
        )
    done = _VERB_JUST_AFTER.match(after)
    return bool(done and _verb_among(done["verb"], _DEEDS_OF_PEOPLE))


_MIND_VERBS = word_set(
    "tell inform persuade convince urge advise warn remind notify beg implore ask request"
    " instruct invite assure"
)
"""Verbs whose object is told something or asked to do it: a mind, a person or a body."""
_VERB_BEFORE = LazyPattern(r"\b(?P<verb>[a-z]+)\s+(?:the\s+)?$")
_THAT_OR_TO_AFTER = LazyPattern(r"\s+(?:that\s|to\s+(?P<verb>[a-z]+)\b)")


def _told_to_think_or_do(before: str, after: str) -> bool:
    """Whether the answer is told something or asked to do it ("told Contrel that the gate
    had fallen", "persuaded Ivo to join"): only a person or a body can be."""
    verb = _VERB_BEFORE.search(before)
    told = _THAT_OR_TO_AFTER.match(after)
    if verb is None or told is None:
        return False
    if told["verb"] and "VERB" not in word_tags(told["verb"]):
        return False  # "told the story to children": to whom, not to do what
    return any(lemma in _MIND_VERBS for lemma in lexicon.all_lemmas(verb["verb"]).get("VERB", ()))


_WHAT_IN_PLACE = LazyPattern(r"(\s)(what)(?=\s+(?:as|that|to)\s)")


def _who_for_a_role(question: str, form: str) -> tuple[str, str]:
    """ "What did the firm remove as programme manager?" → "Whom did the firm remove as
    programme manager?": the one put in a role is a person; "what" never asks for one."""
    what = _WHAT_ASKED.match(question) or _WHAT_IN_PLACE.search(question)
    if what is None:
        return question, form
    who = "who" if form == "subject" else "whom"
    if what.group(2) == "What":
        who = who.capitalize()
    return f"{question[: what.start(2)]}{who}{question[what.end(2) :]}", form


def _which_body(question: str, form: str, sort: str | None) -> tuple[str, str]:
    """ "What built the bridge?" about a body → "Which company built the bridge?" or "Who
    built the bridge?"."""
    what = _WHAT_ASKED.match(question)
    if what is None or (sort is None and form != "subject") or question.endswith(" called?"):
        return question, form  # "What was the body that ... called?" asks for a name
    wh = f"which {sort}" if sort else "who"
    if not what.group(1):
        wh = wh.capitalize()
    return f"{what.group(1)}{wh}{question[what.end() :]}", form


def asks_approximately(question: str) -> bool:
    """Whether the question itself asks for an approximate figure ("About how many ...?",
    "What is the approximate population ...?"), so a hedged figure answers it."""
    return bool(re.match(r"^(?:About how\b|.*\bapproximate\b)", question))


def _population(before: str, after: str, *, approximate: bool) -> str | None:
    """ "In 2010, Perth had a population of 1.7 million" → "In 2010, what was the population
    of Perth?"."""
    match = _POPULATION.fullmatch(before)
    if match is None or after.strip(" .") or _has_finite(match["subject"]):
        return None
    be = "was" if match["verb"] == "had" else "is"
    lead = match["lead"]
    wh = f"{lead}what" if lead else "What"
    about = "approximate " if approximate else ""
    return _finish(f"{wh} {be} the {about}population of {_lower_start(match['subject'])}")


_PLACE_ASIDE_BEFORE = LazyPattern(r",\s+(?:in|on|at|near|off|outside|inside)\s+(?:the\s+)?$")
"""A place phrase set off by commas that the answer ends: "born in Holm, on [Kell Island],"."""


_KIN_BEFORE = LazyPattern(r"\b(?:his|her|their)\s+(?P<kin>[a-z]+)\s+$")
_ONE_OF_SEVERAL_KIN = word_set(
    "son daughter brother sister nephew niece cousin grandson granddaughter rival ally pupil"
)
"""Relations a person may have several of, asked "which brother"; "his mother Ada" is left
alone, as "which mother" would ask as if there were others."""


def _ask_for_sort(
    before: str, after: str, answer: str, kind: str, which: str, *, active: bool = True
) -> tuple[str, str] | None:
    """The question that asks ``which`` (a wh-phrase naming the answer's sort) for the
    answer between ``before`` and ``after``: as the subject (a passive's agent made the
    subject of the active, if ``active``), fronted, or left in place."""
    made_active = _active(before, after, which) if active else None
    if made_active is not None:
        return made_active, "subject"
    moved = _fronted(before, after, answer, kind, which)
    moved = moved or _in_opening(before, after, answer, kind, which)
    if moved is not None:
        return moved, "fronted"
    return _finish(f"{before}{which}{after}"), "in-situ"


def _ask(
    text: str, start: int, end: int, kind: str, sort: str | None = None
) -> tuple[str, str] | None:
    clause = clause_of(text, start, end)
    body, s, e = clause.text, clause.start, clause.end
    if not 0 <= s < e <= len(body):
        return None
    answer = body[s:e]
    before, after = body[:s], body[e:]
    described = re.search(
        r"\b[Tt]he\s+((?:(?!(?:of|in|on|at|to|for|by|and|the|a|an)\b)[\w-]+\s+){0,3}?)([\w-]+)\s+$",
        before,
    )
    if described and any(_finite_word(w) for w in _WORD.findall(described.group(1))):
        described = None  # "the monks built abbey X": a clause, not a description
    if described and _NAMING_BEFORE.search(before[: described.start()]):
        described = None  # "called the cove Orm Haven": the cove is what is named, no sort
    if described and _NEVER_A_NAME_SORT.intersection(
        (noun := described.group(2).casefold(), *lexicon.all_lemmas(noun).get("NOUN", ()))
    ):
        described = None  # "over the following years Orm violence": a time, no sort of Orm's
    role = described.group(2).casefold() if described else ""
    if described and (
        (kind == "person" and (role in _TITLE_OR_MODIFIER or _names_its_sort(role, answer)))
        or (kind == "other" and role in lexicon.ROLE_NOUNS | _ROLE_LIKE)
        or (kind == "organisation" and _sort_noun(described.group(2)))
        or (kind in ("other", "place", "event") and _names_its_sort(described.group(2), answer))
    ):
        # "the Anglo-Norman king Richard" → "which Anglo-Norman king"
        which = f"which {described.group(1)}{described.group(2)}"
        return _ask_for_sort(before[: described.start()], after, answer, kind, which)
    kin = _KIN_BEFORE.search(before) if kind == "person" else None
    if kin is not None and kin["kin"] in _ONE_OF_SEVERAL_KIN:
        # "abdicated in favour of his brother Kell" → "which brother": "his brother whom" is
        # no English; a passive stays one ("Which nephew succeeded the duke?" would lose
        # whose nephew he was)
        which = f"which {kin['kin']}"
        return _ask_for_sort(before[: kin.start()], after, answer, kind, which, active=False)
    if kind == "person":
        after = re.sub(r"^\s+of\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*", "", after)  # "... of Normandy"
        title = re.search(r"(?:\b[\w-]+\s+)?\b([\w-]+)\s+$", before)
        while title and (
            title.group(1).casefold() in _TITLE_OR_MODIFIER
            or lexicon.title_word(title.group(1))  # "Lieutenant-Governor", "MP"
            or title.group(1) in lexicon.PARTY_LABELS  # "Democrat Jane Roe" → "who"
        ):
            before = before[: title.start(1)]
            title = re.search(r"\b([\w-]+)\s+$", before)
        if _titles_only(before):
            before = ""  # "General Secretary and President Hu Jintao announced": "Who announced"
    if kind in ("place", "country"):
        after = re.sub(r"^,\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*(?=\s|,|$)", "", after)
        before = _PART_OF_PLACE.sub("", before)  # "fled to southern Norland": true of Norland
    if kind in _NAME_KINDS and _RELATIVE_AFTER.match(after):
        # "... by Ivo Berg, who wrote a book": more about the answer, which no question asks
        # for; kept, it trails the wh-word ("by whom who wrote a book?")
        aside = _RELATIVE_ASIDE_AFTER.match(after)
        aside_end = aside.end() if aside is not None else len(after)
        if after[aside_end:] and _has_subject_and_verb(after[aside_end + 1 :]):
            after = after[aside_end:]  # "In Orm, where the film was shot, it opened ..."
        elif any(
            w[:1].islower() and (w in AUXILIARIES or finite_verb(w)) for w in _WORD.findall(before)
        ):
            after = ""
        else:
            return None  # "The war in Orm, which ..., ended": the answer is in the subject
    if kind in _NAME_KINDS and _qualifies_noun(after) and _inside_a_noun_phrase(before, after):
        return None  # "manages the Kelby Falls park": "Which falls does it manage park?"
    if re.search(r"\bthe\s+$", before, re.IGNORECASE) and kind != "number":
        before = re.sub(r"\bthe\s+$", "", before, flags=re.IGNORECASE)
    told_apart: str | None = None
    if kind in _NAME_KINDS:
        which = _which(answer, kind, subject=False)
        reduced = _without_other_conjunct(before, after, which, kind)
        if reduced != (before, after):
            before, after, told_apart = *reduced, which
    approximate = _APPROXIMATE_BEFORE.search(before)
    if kind == "number" and approximate:
        before = before[: approximate.start()]
    population = (
        _population(
            before,
            after,
            approximate=approximate is not None and not _BOUND_BEFORE.search(approximate[0]),
        )
        if kind == "number"
        else None
    )
    if population is not None:
        return population, "fronted"
    named = _NAMED_AS.fullmatch(before)
    rest = re.match(r",\s+([a-z][^,;]{3,100})$", after.rstrip(" ."))
    if named and rest and kind not in _TIME_AND_COUNT_KINDS:
        # "The diet, called the Hansetag, became the highest authority" → "What was the diet
        # that became the highest authority called?"
        first = _WORD.match(rest.group(1))
        tense = finite_verb(first.group(0)) if first else None
        if tense is not None or (first and first.group(0) in AUXILIARIES):
            past = (tense and tense[1] == "VBD") or (first and first.group(0) in _PAST)
            be = "was" if past else "is"
            noun = _lower_start(named.group(1))
            return _finish(f"What {be} {noun} that {rest.group(1)} called"), "fronted"
    whole_after = after
    verb_before = any(
        w[:1].islower() and (w in AUXILIARIES or finite_verb(w)) for w in _WORD.findall(before)
    )
    cut = _first_break(after)
    kept = after[:cut] if cut is not None else after
    if cut is not None:
        tail = re.split(r"[,;]", after[cut + 1 :].lstrip(), maxsplit=1)[0].rstrip(" .")
        if _bounds(tail):
            # ", in 1185", ", before the war": the fact holds then; after an answer set off by
            # commas ("born in Holm, on which island, in 1902") the phrase keeps its comma
            set_off = _PLACE_ASIDE_BEFORE.search(before) is not None
            kept = f"{kept}{',' if set_off else ''} {tail}"
    if not (verb_before or _has_finite(kept)):
        kept = after
    opened = _WORD.findall(f"{before} {kept}".casefold())
    if kept != after and not _CLAUSE_OPENERS.intersection(opened):
        after = kept  # a tail after the answer adds nothing to ask (unless a clause goes on)
    reason = _TRAILING_SUBORDINATE.search(after)
    if reason and (verb_before or _has_finite(after[: reason.start()])):
        after = after[: reason.start()]  # "... so that larger ships could use it": a 2nd claim
    after = _DEMONSTRATIVE_TAIL.sub("", after)  # "... in 1961 for this work"
    second = _SECOND_PREDICATE.search(after)
    lead_words = _WORD.findall(after[: second.start()]) if second else []
    lead_verbs = [w for w in lead_words if _finite_word(w)]
    # the answer's own predicate ends before "and": after the answer, or, when the answer is
    # the subject, after its verb and what follows it ("X founded the abbey and ruled ...")
    own = (verb_before and not lead_verbs) or (
        not verb_before and lead_verbs == lead_words[:1] and len(lead_words) > 1
    )
    if (
        second
        and own
        and _second_verb(second["verb"], after[second.end() :])
        and not re.search(r"[,;]|\b(?:and|or)\b", after[: second.start()])
    ):
        # "was destroyed in 1945 and was rebuilt after the war": a second claim
        after = after[: second.start()]
    next_clause = _SECOND_CLAUSE.search(after)
    if (
        next_clause
        and verb_before
        and _finite_word(next_clause["verb"])
        and not _ambiguous_plural(next_clause["verb"])
        and not re.search(r"[,;]|\b(?:and|or)\b", after[: next_clause.start()])
    ):
        after = after[: next_clause.start()]  # "... in Tarn and the choir won fame at Orm"
    gapped = _GAPPED_TAIL.match(after)
    time_of = _PREPOSITION_BEFORE.search(before) if kind in _TIME_AND_COUNT_KINDS else None
    if (
        gapped
        and time_of
        and verb_before
        and re.search(rf"\b{time_of.group(1)}\s+\d", gapped["rest"], re.IGNORECASE)
        and not _has_finite(gapped["rest"])
    ):
        after = ""  # "bought the mill in 1801 and the bridge in 1805": a second fact
    called = _CALLED_BEFORE.fullmatch(before)
    follows = _WORD.match(after.lstrip())
    if called and follows and after[:1] == " " and kind not in _TIME_AND_COUNT_KINDS:
        verb = follows.group(0)
        if verb in AUXILIARIES or (finite_verb(verb) and not _ambiguous_plural(verb)):
            # "A firm called Orvo sued Kell" → "Which firm sued Kell?": asked in place, "A firm
            # called what sued Kell?" reads garbled
            return _finish(f"Which {called['noun']}{after}"), "subject"
    if follows and after[:1] == " " and _NAMING_WORD_BEFORE.search(before):
        verb = follows.group(0)
        if verb in AUXILIARIES or (finite_verb(verb) and not _ambiguous_plural(verb)):
            # "Ivo Marr of the movement called the Orm Front seized power": the name is the
            # subject of the verb after it, and "called what seized power" no question
            return None
    if told_apart is not None and kind in ("place", "country"):
        # "served in Cilicia and the Taurus Mountains": only "which mountains" tells the
        # answer from the name left out; "Where did they serve?" would have both
        fronted = _fronted(before, after, answer, kind, told_apart)
        return (
            (fronted, "fronted")
            if fronted
            else (_finish(f"{before}{told_apart}{after}"), "in-situ")
        )
    if (kind in _AGENT_KINDS or names_people(answer, kind)) and not _LISTED_AFTER.match(
        whole_after
    ):
        agent = _which(answer, kind, subject=True)
        active = _active(before, after, agent) or _reduced_passive(before, after, agent)
        if active is not None:
            return active, "subject"
    passive = _PASSIVE_BY.match(before)
    if (
        kind == "other"
        and _bare_name(answer)
        and passive
        and (
            {passive["participle"], passive["second"] or "designed"} <= _AUTHORED
            or lexicon.reads_as_personal_name(answer)  # "forced out by Ivo Marlow"
        )
        and not _LISTED_AFTER.match(whole_after)
    ):
        active = _active(before, after, "who")  # "The Kell Ballad was composed by Odo"
        if active is not None:
            return active, "subject"
    described_by = re.fullmatch(r"(The\s+[^,;]{3,80}?)\s+(is|was|are|were)\s+", before)
    if described_by and not after.strip(" .") and kind not in _TIME_AND_COUNT_KINDS:
        # "The only river that flows out of the lake is the Angara" → "What is the only
        # river that flows out of the lake?": a definite description names one thing
        subject = _lower_start(described_by.group(1))
        person = kind == "person" and not describes_a_thing(subject)
        wh = "Who" if person or _names_a_role(subject) else "What"
        return _finish(f"{wh} {described_by.group(2)} {subject}"), "fronted"
    # The answer opens the clause: ask for the subject.
    if not before.strip() and _ONLY_ITS_TIME.match(after):
        return None  # "Which battle took place in 1066?": many events share a time
    if not before.strip() and after[:1] == " ":
        next_word = _WORD.match(after.lstrip())
        word = next_word.group(0) if next_word else ""
        if kind == "number":
            counted = _counted_subject(after, answer)
            return (counted, "subject") if counted else None
        if word.casefold() in AUXILIARIES or (finite_verb(word) and not _ambiguous_plural(word)):
            wh = _which(answer, kind, subject=True)
            if kind in ("year", "date", "period"):
                return None
            complement = after.lstrip()[len(word) :].strip()
            if wh == "what" and word in _BE_FORMS and _names_a_role(complement):
                wh = "who"  # "X was the Director-General of Y": a person holds the office
            tense = finite_verb(word)
            if tense and tense[0] in _COMPLEMENT_VERBS and " as " not in after:
                return None  # "X considers the areas [as a separate region]": cut short
            return _finish(f"{wh}{_agreeing_with_wh(wh, after)}"), "subject"
    opening = re.fullmatch(r"(?:[^,]{1,60},\s+){1,3}", before)
    if opening and after[:1] == " " and kind not in ("year", "date", "period", "number"):
        words = _WORD.findall(before)
        next_word = _WORD.match(after.lstrip())
        verb = next_word.group(0) if next_word else ""
        no_verb = not any(
            (w.casefold() in AUXILIARIES or finite_verb(w)) and (at == 0 or not w[:1].isupper())
            for at, w in enumerate(words)
        )  # "By May 15, ...": a month inside the opening is no verb
        if no_verb and (verb.casefold() in AUXILIARIES or finite_verb(verb)):
            # "In 1066, William conquered England" → "In 1066, who conquered England?"
            wh = _which(answer, kind, subject=True)
            return _finish(f"{before}{wh}{_agreeing_with_wh(wh, after)}"), "subject"
    aside_at = body.rfind(", ", 0, s)
    if aside_at >= 0 and _predicate_after_an_aside(body, aside_at + 2, e):
        return None  # "The hall, a church built in 1838, was sold": "built" is no clause's verb
    if kind in _TIME_AND_COUNT_KINDS and _in_a_set_off_infinitive(before):
        return None
    if _in_the_subject_s_participle_phrase(before, after):
        return None
    fronted = _fronted(before, after, answer, kind)
    if fronted is not None:
        return fronted, "fronted"
    opening_asked = _in_opening(before, after, answer, kind)
    if opening_asked is not None:
        return opening_asked, "fronted"
    if _in_the_opening_without_its_clause(before, after, whole_after):
        return None
    if kind not in ("place", "country") and _in_a_phrase_after_the_clause(before):
        return None
    listed = re.match(r"\s*,?\s*(?:and|or)\s", text[end:]) is not None
    return _in_situ(before, after, answer, kind, sort, listed=listed)


def _in_the_subject_s_participle_phrase(before: str, after: str) -> bool:
    """Whether the answer ends a participle phrase of the subject and the clause's own verb
    follows it ("A flotilla of boats acquired at [Kell] provided transport"): fronted, the
    participle would be taken for the verb ("Where did a flotilla of boats acquire provided
    transport?"), and in place the question asks of a subject's detail."""
    follows = _WORD.match(after.lstrip()) if after.startswith(" ") else None
    if follows is None or not _inside_a_reduced_relative(_WORD.findall(before)):
        return False
    return _plainly_finite(follows.group(0))


_SET_OFF_INFINITIVE = LazyPattern(
    r",\s+(?:(?:just\s+)?enough\s+|so\s+as\s+|in\s+order\s+)?to\s+(?P<base>[a-z]+)\b[^,;]*$"
)


def _in_a_set_off_infinitive(before: str) -> bool:
    """Whether a time or count stands in an infinitive set off by a comma after the clause
    ("The boats grew in number, enough to hold a race in 1883"): it dates what the infinitive
    says, and "In what year did the boats grow in number, ...?" dates the main verb instead."""
    tail = _SET_OFF_INFINITIVE.search(before)
    return (
        tail is not None
        and "VERB" in word_tags(tail["base"])
        and _has_finite(before[: tail.start()])
    )


def _in_the_opening_without_its_clause(before: str, after: str, whole_after: str) -> bool:
    """Whether the answer sits in the phrase that opens the sentence and the question, kept in
    place, would end at that phrase's comma: "In the charter signed in 1604, the town was
    named Kell" gives "In the charter signed in what year?", the clause that says what
    happened then left out."""
    if "," in before or not _OPENING_PREPOSITION.match(before):
        return False
    comma = whole_after.find(", ")
    return (
        comma >= 0
        and len(after.rstrip(" .")) <= comma
        and _has_subject_and_verb(whole_after[comma + 2 :])
    )


_SET_OFF_PHRASE_BEFORE = LazyPattern(
    r",\s+(?:from|under|with|in|at|on|by|for|across|over|of)\s+[^,;]*$"
)


def _in_a_phrase_after_the_clause(before: str) -> bool:
    """Whether the answer stands in a phrase set off by a comma after a whole clause: "Most
    wool is sold at the Kell Exchange, from 12 farms" asked in place tacks the wh-phrase on
    ("..., from how many farms?", "..., with Ivo Marr of which band?"), as no question does."""
    tail = _SET_OFF_PHRASE_BEFORE.search(before)
    if tail is None or _has_finite(tail.group(0)):
        return False  # "..., with whom the band toured": a clause of its own
    clause = before[: tail.start()]
    return "," not in clause and _has_finite(clause)


_DATE_COMMA = LazyPattern(r"\b[A-Z][a-z]+\s+\d{1,2},\s+\d{3,4}\b")


def _first_break(after: str) -> int | None:
    """Where the first comma followed by a space cuts ``after``, past the comma of a date
    ("confirmed on May 21, 2008 that ...": the clause goes on after the year)."""
    dates = [m.start() + m.group(0).index(",") for m in _DATE_COMMA.finditer(after)]
    return next(
        (
            m.start()
            for m in re.finditer(r",\s", after)
            if m.start() not in dates and not _in_verb_series(after, m.start())
        ),
        None,
    )


_VERB_BEFORE_COMMA = LazyPattern(r"(?<![\w’'-])([a-z]+)$")


def _in_verb_series(text: str, comma: int) -> bool:
    """Whether the comma at ``comma`` parts two verbs of one series that share what follows
    ("besieged, captured, and sacked the town"): cut there, the first verb loses its object."""
    before = _VERB_BEFORE_COMMA.search(text, 0, comma)
    first = finite_verb(before.group(1)) if before else None
    return first is not None and _verb_series(text[comma:], first[1]) is not None


_TITLE_LINKS = word_set("and executive assistant senior")


def _titles_only(before: str) -> bool:
    """Whether the words before a person's name at the start of a clause are all titles
    ("Executive vice governor", "General Secretary and"), so the name is the subject."""
    words = before.split()
    return bool(words) and all(
        w.casefold() in _TITLE_OR_MODIFIER | _TITLE_LINKS or lexicon.title_word(w) for w in words
    )


_ONLY_ITS_TIME = LazyPattern(
    r"^\s+(?:took\s+place|struck|happened|occurred|(?:was|were)\s+(?:signed|held|fought))"
    r"\s+(?:in|on)\s+[^,;]+?\.?$"
)
"""What an event's clause says when it says only when it happened."""
_ARTICLE_BEFORE = LazyPattern(r"\b(?:the|a|an)\s+$", re.IGNORECASE)
_NOT_QUALIFIED = word_set(
    "north south east west each both all alone itself himself herself themselves"
)


_NAMED_NOUN_AFTER = LazyPattern(r"\s+[a-z]+\s+[A-Z]")
"""A noun and the name it stands before: "[Orm League] side Kell Rovers"."""
_NOUN_BEFORE = LazyPattern(r"\b(?P<noun>[a-z]+)\s+$")


def _inside_a_noun_phrase(before: str, after: str) -> bool:
    """Whether a name that qualifies the noun after it stands inside that noun's phrase, so
    that the phrase, not the name, is what the clause speaks of: after an article ("the
    Kelby Falls park"), a noun or an adjective ("the following years Orm violence", "its
    final Orm Cup match"), or before a noun and the name it introduces ("joined Orm League
    side Kell Rovers": the side is joined)."""
    if _ARTICLE_BEFORE.search(before) or _NAMED_NOUN_AFTER.match(after):
        return True
    noun = _NOUN_BEFORE.search(before)
    if noun is None:
        return False
    word = noun["noun"]
    tags = word_tags(word)
    return (
        bool(tags)
        and tags <= {"NOUN", "ADJ"}
        and word not in AUXILIARIES
        and word not in _PREPOSITION_WORDS
        and finite_verb(word) is None
    )


def _qualifies_noun(after: str) -> bool:
    """Whether a name is followed by a common noun it qualifies ("the Kelby Falls park", "a
    Cisco company"), not by its verb ("the Duchy was", "the BBC reported") or a word that
    follows a name ("the Orm both", "the Orm north of ...")."""
    following = re.match(r"\s+([a-z]+)\b", after)
    if following is None:
        return False
    word = following.group(1)
    # "the Orm flowing north": a participle; "the Ü-Tsang king", "the Kell spring": nouns
    gerund = word.endswith("ing") and word not in lexicon.all_lemmas(word).get("VERB", (word,))
    if word in AUXILIARIES or word in _NOT_QUALIFIED or gerund:
        return False
    return "NOUN" in word_tags(word) and finite_verb(word) is None


_PLURAL_BE_BEFORE_A = LazyPattern(r"^\s+(are|were)(?=\s+(?:a|an|one)\s)")
"""A plural "are" kept from the source before a singular noun ("Sheep are an important part
of ..."): with a bare "what" or "who" for subject, the verb is singular."""


def _agreeing_with_wh(wh: str, after: str) -> str:
    """ "What are an important part of ..." → "What is an important part of ...": a bare
    "what" or "who" asks in the singular when the noun after "be" is singular."""
    if wh.casefold() not in ("what", "who"):
        return after
    return _PLURAL_BE_BEFORE_A.sub(lambda m: " is" if m.group(1) == "are" else " was", after)


_OPENING_PREPOSITION = LazyPattern(
    r"^(?:In|On|At|During|Within|After|Before|Until|Since|From|Following|Under|By|Prior\s+to)\s"
)


def _in_opening(
    before: str, after: str, answer: str, kind: str, which: str | None = None
) -> str | None:
    """ "In the autumn of 1991, talks were held" → "In the autumn of what year were talks
    held?": an answer inside the phrase that opens the sentence; the phrase is already in
    front, so the clause after its comma is inverted."""
    earlier = ""
    if ", " in before:  # "In 1064, during the War of Orm, ...": the first phrases go last
        earlier, before = before[: before.rindex(", ")], before[before.rindex(", ") + 2 :]
        before = before[:1].upper() + before[1:]
        if _has_finite(earlier) or not _OPENING_PREPOSITION.match(earlier):
            return None
        earlier = " " + earlier[:1].lower() + earlier[1:].replace(",", "")
    comma = after.find(", ")
    if comma < 0 or not _OPENING_PREPOSITION.match(before):
        return None
    inside = after[:comma]
    if _has_finite(before + inside) or re.search(r"\b(?:and|or|to)\b|[–—-]\s*$", before + inside):
        return None  # a clause or a range, not one phrase
    if kind in ("year", "date") and _PREPOSITION_BEFORE.fullmatch(before):
        return None  # "In 1066, ...": asked by ``_fronted`` as "In what year ...?"
    if which is not None:
        wh = which
    elif kind == "year":
        wh = "what year"
    elif kind == "period":
        wh = f"what {_period_noun(answer)}"
    elif kind == "number":
        found = _counted_noun(inside)
        if found is None or not (answer[:1].isdigit() or answer.casefold() in _NUMBER_WORDS):
            return None
        wh, inside = f"how many {found[0]}", inside[found[1] :]
    else:
        wh = _which(answer, kind, subject=False)
        if not wh.startswith("which "):
            return None  # "During the reign of whom", "in the wake of what"
    main = after[comma + 2 :].rstrip(" .")
    tail = next((m for m in _COMMA.finditer(main) if _TRAILING_PHRASE.match(main, m.end())), None)
    main = main[: tail.start()] if tail else main  # ", with the majority taking ...": a 2nd claim
    if not _has_subject_and_verb(main):
        return None
    inverted = invert(main)
    if inverted is None:
        return None
    return _finish(
        f"{before}{wh}{inside} {inverted.auxiliary} {inverted.subject} {inverted.rest}{earlier}"
    )


_PART_OF_PLACE = LazyPattern(
    r"\b(?:far\s+)?(?:(?:north|south)-?(?:east|west)ern|(?:north|south|east|west)ern|central"
    r"|medieval|ancient|modern|present-day|mainland|coastal|inland)\s+$"
)
"""A word naming a part or an age of the place after it: the question asks for the place, as
"which country" reads badly after "southern" and the fact holds of the whole place."""
_RELATIVE_AFTER = LazyPattern(r",?\s+(?:who|whom|whose|which|where)\s")
_RELATIVE_ASIDE_AFTER = LazyPattern(r",\s+(?:who|whom|whose|which|where)\s[^,;]*(?=,\s)")
_NAME_KINDS = frozenset(["place", "country", "organisation", "event", "person", "other"])
_CONJUNCT = r"(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,3}"
_OTHER_BEFORE = LazyPattern(
    rf"\b(?:in|at|to|from|with|into|through|on|by)\s(?P<other>{_CONJUNCT})\s+and\s+$"
)
_CONJUNCT_PREPOSITION = LazyPattern(r"\b(?:in|at|to|from|with|into|through|on|by)\s+$")
_THEN_BEFORE = LazyPattern(rf"\s(?P<other>{_CONJUNCT})\s+and\s+then\s+$")
_THEN_AFTER = LazyPattern(rf"^\s+and\s+then\s+(?P<other>{_CONJUNCT})(?=[\s,.;]|$)")
_OTHER_AFTER = LazyPattern(rf"^\s+and\s+(?P<other>{_CONJUNCT})(?=[\s,.;]|$)")


def _without_other_conjunct(before: str, after: str, which: str, kind: str) -> tuple[str, str]:
    """ "served in Cilicia and the Taurus Mountains" → "served in which mountains": the other
    of two names joined by "and" is left out when the question names a sort ("which
    mountains") the other name is not, so that one answer stays defensible."""
    if not which.startswith("which "):
        return before, after
    then_before = _THEN_BEFORE.search(before)
    then_after = _THEN_AFTER.match(after)
    if then_before and not then_after:  # "entered Byzantium and then Armenia"
        other = then_before["other"]
        return before[: then_before.start("other")], f" after {other}{after}"
    if then_after and not then_before:
        other = then_after["other"]
        return before, f" before {other}{after[then_after.end() :]}"
    sort = which.split()[-1].casefold()
    other_before = _OTHER_BEFORE.search(before)
    other_after = _OTHER_AFTER.match(after)
    if other_before and not other_after:
        other, reduced = other_before["other"], (before[: other_before.start("other")], after)
    elif other_after and not other_before and _CONJUNCT_PREPOSITION.search(before):
        other, reduced = other_after["other"], (before, after[other_after.end() :])
    else:
        return before, after
    if sort.rstrip("s") in other.casefold():
        return before, after  # "Fécamp Abbey and which abbey": both answer the question
    if head_noun(other, kind) == sort:
        return before, after  # "traded with Norland and Orm": Orm may be a country too
    return reduced


_AGENT_KINDS = frozenset(["person", "organisation", "country"])
"""Kinds of answer that surely did what a passive clause says ("founded by X"): a name of no
known kind may be a person or a thing, so "What founded ...?" could not be told apart."""
_LISTED_AFTER = LazyPattern(r"\s*(?:and|or|&)\s|\s*,(?:\s*+[^,;]+,)*\s*[^,;]+?,?\s+(?:and|or)\s")
"""What follows the first item of a list: ", B and C", " and B". The spaces before an item
are taken whole, so a long list that never reaches "and" fails in steps, not in doublings."""
_PASSIVE_BY = LazyPattern(
    r"^(?P<subject>[^,;:]{2,80}?)\s+(?P<aux>was|were|is|are|has\s+been|have\s+been|had\s+been)"
    r"\s+(?:(?P<adverb>[a-z]+ly)\s+)?(?P<participle>[a-z]+)(?:\s+and\s+(?P<second>[a-z]+))?"
    r"(?:\s+(?P<manner>[a-z]+ly))?\s+by\s+$"
)


def _active(before: str, after: str, wh: str) -> str | None:
    """ "The school was founded by Anna Berg in 1905" → "Who founded the school in 1905?": a
    passive clause whose agent is the answer, asked in the active voice (None unless the clause
    is a plain passive: a subject without a verb of its own, then "was ... by")."""
    match = _PASSIVE_BY.match(before)
    if match is None:
        return None
    subject, participle = match["subject"], match["participle"]
    words = _WORD.findall(subject)
    if not words or not _can_open_subject(words[0]) or _PRONOUN_SUBJECT.match(subject):
        return None
    if any(
        w[:1].islower() and (w in AUXILIARIES or (finite_verb(w) and not _ambiguous_plural(w)))
        for w in words[1:]
    ):
        return None  # "the land he ruled was taken by": a clause inside the subject
    if re.search(r"\b(?:that|which|who|whom|whose|where|when)\b", subject):
        return None
    last = words[-1]
    if last[:1].islower() and "NOUN" not in word_tags(last) and not plural_noun(last):
        return None  # "X even was stopped by": an adverb left over
    verbs = [_active_form(word, match["aux"].split()[0]) for word in (participle, match["second"])]
    if verbs[0] is None or (match["second"] and verbs[1] is None):
        return None
    verb = " and ".join(v for v in verbs if v)
    adverb = f"{match['adverb']} " if match["adverb"] else ""
    manner = f" {match['manner']}" if match["manner"] else ""
    return _finish(f"{wh} {adverb}{verb} {_lower_start(subject)}{manner}{after}")


_REDUCED_PASSIVE = LazyPattern(
    r"^(?P<subject>(?:[Tt]he|[Aa]n?)\s+[^,;:]{2,60}?)\s+(?P<participle>[a-z]+)\s+by\s+$"
)
_MAIN_VERB_AFTER = LazyPattern(r"^\s+(?P<verb>[a-z]+)\s")


_ONGOING = word_set("owned operated run managed controlled governed led headed chaired funded")
"""Participles of a relation that lasts: "The firm owned by X builds ships" → "Who owns the
firm ...?"; any other act was done once, so a present main verb gives no tense to ask it in."""


def _reduced_passive(before: str, after: str, wh: str) -> str | None:
    """ "A French expedition led by Jacques Cartier mapped the coast" → "Who led a French
    expedition that mapped the coast?": the answer is the agent of a participle describing
    the subject, whose own verb follows the answer. Asked in the active voice with the
    clause's claim as a relative clause, so the participle is never read as the main verb."""
    match = _REDUCED_PASSIVE.match(before)
    verb = _MAIN_VERB_AFTER.match(after)
    if match is None or verb is None:
        return None
    words = _WORD.findall(match["subject"])
    if any(w[:1].islower() and (w in AUXILIARIES or _finite_word(w)) for w in words[1:]):
        return None  # "The land he ruled ...": a clause inside the subject
    if re.search(r"\b(?:that|which|who|whom|whose|where|when|and|or)\b", match["subject"]):
        return None
    said = verb["verb"]
    if said in _BE or said in ("has", "have", "had"):
        past = said in ("was", "were", "had")
    else:
        tense = finite_verb(said)
        if tense is None or _ambiguous_plural(said) or said in AUXILIARIES:
            return None
        past = tense[1] == "VBD"
    if not past and match["participle"] not in _ONGOING:
        return None  # "The bridge designed by X is the longest": designed then, not now
    active = _active_form(match["participle"], "was" if past else "is")
    if active is None:
        return None
    return _finish(f"{wh} {active} {_lower_start(match['subject'])} that{after}")


_AUTHORED = word_set(
    "designed built written composed founded painted directed produced invented discovered"
    " created established published developed led commanded sculpted choreographed"
    " orchestrated edited illustrated penned drawn engineered devised coined conducted"
    " organised organized commissioned photographed translated authored co-founded"
    " co-written co-produced co-directed played performed recorded sung narrated carved"
    " engraved woven printed arranged staged restored rebuilt redesigned remodelled remodeled"
)
"""Participles of a deed only a person or a body does ("designed by", "founded by"): their
agent is asked "Who", even when the name finder could not tell a person's name."""
_AUTHORED_BY = LazyPattern(
    r"(?P<described>\S.*?),?\s+(?P<participle>[a-z-]+)(?:\s+and\s+(?P<second>[a-z-]+))?"
    r"\s+by\s+(?:(?:the|his|her|their|its)\s+)?(?:(?!the\s)(?P<role>[a-z]+|[A-Z]{2,})\s+)?$"
)
_EARLIER_AGENT = LazyPattern(r",?\s+[a-z-]+\s+by\s+[A-Z][^,;()]*?\s+and$")
"""The first of two deeds ("choreographed by Ann Vell and orchestrated by"): the thing both
were done to stands before it."""
_PASSIVE_AFTER_ASIDE = LazyPattern(r"(?P<subject>[^,;]+?),\s+[a-z]+ing\b[^;]*?,\s+(?:was|were)")
"""A past passive whose subject an aside follows ("Ada's tomb, showing a lyre, was carved by
..."): the subject is the thing the deed was done to."""
_DESCRIPTION_WORD = LazyPattern(r"[\w’'.-]+|\"[^\"]{1,60}\"|“[^”]{1,60}”")
_NOT_IN_DESCRIPTION = word_set(
    "and or but nor that which who whom whose where when as than it its his her their this"
    " these those he she they we"
)
_DESCRIPTION_LINKS = word_set("of for")
_NAMED_SUBJECT = LazyPattern(r"(?P<subject>[A-Z][^,;()]{1,80}?)\s+(?:is|was|are|were)\s+")
"""A subject the description after "is" stands for ("Kell Saga is a novel written by")."""
_NAME_LINKS = word_set("of the and de la von van der du")


def _authored(before: str, after: str, answer: str, kind: str, sort: str | None) -> str | None:
    """ "The hall shows the River mural designed by artist Ann Vell" → "Who designed the River
    mural?": the answer is the agent of a participle of making or leading that describes a
    named thing, asked in the past tense whatever the sentence's main claim. The thing must
    stand alone: a name ("the River mural", "Kelby Hall", "Ada Lund's tomb"), never "the
    building", "the 1990 film" or "a song"; the agent is one, never one of a list."""
    # the spaces after a comma are taken whole: were they shared with the item, every item of
    # a long list of names would double the ways to try, and the match would never end
    listed = re.match(r"\s*(?:,\s*+[^,;]+)*,?\s+(?:and|or|&)\s+(?:(?:first|later|then)\s+)?", after)
    if listed and not past_participle(after[listed.end() :]):
        return None  # "by Ann Vell and Ivo Berg": either answers; not "and opened in 1932"
    wh = _agent_wh(answer, kind, sort)
    if wh is None:
        return None
    match = _AUTHORED_BY.fullmatch(before)
    if match is None or (match["role"] and not _agent_role(match["role"])):
        return None
    participles = [match["participle"], match["second"]]
    if any(p is not None and p not in _AUTHORED for p in participles):
        return None
    verbs = [_active_form(p, "was") for p in participles if p is not None]
    if any(v is None for v in verbs):
        return None
    described = _EARLIER_AGENT.sub("", match["described"])
    aside = _PASSIVE_AFTER_ASIDE.fullmatch(described)
    thing = _described_thing(aside["subject"] if aside else described)
    if thing is None:
        return None
    comma = "," in before[match.end("described") : match.start("participle")]
    owner = re.search(r"\b([a-z]+)\s+of\s", thing)
    if comma and owner and owner.group(1) not in _ROLE_OF:
        return None  # "the capital of Orm, founded by": the capital or Orm?
    return _finish(f"{wh} {' and '.join(v for v in verbs if v)} {thing}")


@lru_cache(maxsize=1)
def _authored_deeds() -> frozenset[str]:
    """The past tense of each participle of making: "wrote" of "written"."""
    return frozenset(
        verb for participle in _AUTHORED if (verb := _active_form(participle, "was")) is not None
    )


def asks_who_made(asked: str, answer: str) -> bool:
    """Whether the question asks "Who designed ...?" (a deed of making or leading) for a lone
    name: its maker is a person or a body, which "who" fits even when the name finder could
    not tell a person's name ("Who founded the March of Orm?" keyed "Olaf")."""
    deed = re.match(r"^[Ww]ho\s+([a-z-]+)\b", asked)
    return bool(deed and deed.group(1) in _authored_deeds() and _bare_name(answer))


_ROLE_OF = word_set("character role part")
"""Heads that stand for the name after "of" ("the character of Ivo Berg, played by")."""


def _agent_wh(answer: str, kind: str, sort: str | None) -> str | None:
    if kind == "person" or names_people(answer, kind):
        return "Who"
    if kind == "other" and _bare_name(answer):
        return "Who"
    if kind == "organisation":
        which = _which(answer, kind, subject=True)
        if which == "what":
            return f"Which {sort}" if sort else None
        return which.capitalize()
    if kind == "country":
        return "Which country"
    return None


def _agent_role(word: str) -> bool:
    """ "designed by artist Ann Vell", "ordered by CEO Ivo Berg": a role before the name."""
    lower = word.casefold()
    return lower in _TITLE_OR_MODIFIER or lower in _AGENT_ROLES or lexicon.title_word(word)


_AGENT_ROLES = (
    lexicon.ROLE_NOUNS
    | _ROLE_LIKE
    | word_set(
        "father mother son daughter brother sister uncle aunt wife husband nephew niece cousin"
        " grandfather grandmother grandson granddaughter"
    )
)
"""The words that may stand before an agent's name: a role or a kin word ("by his uncle")."""


def _inside_a_reduced_relative(words: list[str]) -> bool:
    """ "a manga based on Tarn Saga, penned by ...": the phrase is the object of a participle
    that describes an earlier noun, so what follows may describe either; after a finite verb
    ("was used in the ballet Kora, staged by", "Ivo studied at Orm Hall, built by") it can
    only describe the phrase."""
    if len(words) < 2 or words[-1].casefold() not in _PREPOSITION_WORDS:
        return False
    participle = words[-2]
    if not participle.islower() or not past_participle(participle):
        return False
    helpers = list(words[:-2])
    while helpers and _adverb(helpers[-1].casefold()):
        helpers.pop()  # "was later adopted by", "was widely used in"
    if not helpers or not helpers[-1].islower():
        return False  # "Ivo Berg studied at": a name and its verb
    return helpers[-1] not in AUXILIARIES and helpers[-1] not in _BE


def _adverb(word: str) -> bool:
    tags = word_tags(word)
    return "ADV" in tags and "NOUN" not in tags and "VERB" not in tags


def _described_thing(text: str) -> str | None:
    """The noun phrase that ends ``text`` when it names one thing on its own: "the 1909 ballet
    Kora", "Ada Lund's tomb", "the role of Ivo Berg"; None for "the building", "a song", "it"
    or a phrase inside a list."""
    words = list(_DESCRIPTION_WORD.finditer(text))
    start = None
    for index in range(len(words) - 1, -1, -1):
        word = words[index].group(0)
        lower = word.casefold()
        if lower in ("the", "a", "an"):
            start = index
            break
        if lower in _NOT_IN_DESCRIPTION or re.match(r"\s*[,;:(]", text[words[index].end() :]):
            break
        if lower in _PREPOSITION_WORDS and lower not in _DESCRIPTION_LINKS:
            if index > 0 and _noun_after_modifier([w.group(0) for w in words[:index]]):
                return None  # "the Orm Chapel in Kell": the chapel was made, not Kell
            break
        verb = word[:1].islower() and (lower in AUXILIARIES or finite_verb(lower) is not None)
        if verb and ("NOUN" not in word_tags(lower) or index < len(words) - 1):
            break  # "the museum holds Ada Lund's tomb": a verb, unless it ends the phrase
        start = index
    if start is None:
        return None
    kept = words[start:]
    first = kept[0].group(0)
    named_subject = _NAMED_SUBJECT.fullmatch(text[: kept[0].start()])
    described_only = not any(w.group(0) in _DESCRIPTION_LINKS for w in kept)
    if named_subject and first.casefold() in ("the", "a", "an") and described_only:
        # "Kell Saga is a 1901 novel written by ...": the novel is Kell Saga
        subject = named_subject["subject"]
        titled = re.match(r"(?:The|A|An)\s+[A-Z]", subject) or _lower_start(subject) == subject
        if titled and all(w[:1].isupper() or w in _NAME_LINKS for w in _WORD.findall(subject)):
            return _article_lowered(subject)
        return None  # "It is a song written by", "Sculptures are works made by"
    if first.casefold() in ("a", "an"):
        # "Kell, a town founded by ...": the name the description stands beside
        beside = re.search(r",\s*$", text[: kept[0].start()])
        return _described_thing(text[: beside.start()]) if beside else None
    if _inside_a_reduced_relative([w.group(0) for w in words[:start]]):
        return None
    if kept[-1].group(0).casefold() in _DESCRIPTION_LINKS | {"the"}:
        return None
    thing = _lower_start(text[kept[0].start() :].strip())
    owned = "'s" in thing or "’s" in thing
    proper = all(w[:1].isupper() for w in thing.split()) and not names_people(thing, "other")
    if first.casefold() != "the" and not owned and not proper:
        return None  # "were Normans led by ...": a people, not one thing
    named = _DESCRIPTION_WORD.findall(thing.removeprefix("the "))
    if not any(w[:1].isupper() or w[:1] in '"“' for w in named):
        return None  # "the building", "the 1990 film": which one?
    return _article_lowered(text[kept[0].start() :].strip())


def _noun_after_modifier(words: Sequence[str]) -> bool:
    """Whether the last of ``words`` is a noun: a noun that is no verb (``_noun_word``), or a
    word that is both after an article or a modifier ("low-income people", "the poor
    people"), where only the noun reads."""
    if _noun_word(words[-1]):
        return True
    if len(words) < 2 or "NOUN" not in word_tags(words[-1].casefold()):
        return False
    before = words[-2].casefold()
    adjective = "ADJ" in word_tags(before) and "VERB" not in word_tags(before)
    return before in ("the", "a", "an") or "-" in before or adjective


def _noun_word(word: str) -> bool:
    """Whether ``word`` is a name's word or a noun that is no verb ("Chapel", "tomb"), so a
    preposition after it opens that noun's complement rather than a verb's."""
    if word[:1].isupper():
        return True
    lower = word.casefold()
    return "NOUN" in word_tags(lower) and "VERB" not in word_tags(lower)


def _article_lowered(name: str) -> str:
    """ "The Kell Bridge" → "the Kell Bridge"; "Spectre" keeps its capital (a name, however
    common the word)."""
    return re.sub(r"^(?:The|A|An)\b", lambda m: m.group(0).lower(), name)


def _active_form(participle: str | None, aux: str) -> str | None:
    """ "founded" after "was" → "founded", after "is" → "founds", after "has been" → "has
    founded"; None unless ``participle`` is a past participle."""
    if participle is None or not past_participle(participle):
        return None
    lemmas = lexicon.all_lemmas(participle).get("VERB")
    if not lemmas:
        return None
    if aux in ("has", "have", "had"):
        return f"{'had' if aux == 'had' else 'has'} {participle}"
    forms = getInflection(lemmas[0], "VBD" if aux in ("was", "were") else "VBZ")
    return forms[0] if forms else None


_PART_OF = LazyPattern(
    r"\b(at|on|in|during|after|before|since|until|from|near|to)\s+"
    r"(the\s+(?:[a-z]+\s+)?[a-z]+)\s+of\s+$"
)
"""A place or time given as part of a named thing: "at the start of", "in the south of"."""


def _names_its_sort(noun: str, answer: str) -> bool:
    """ "the waltz The Blue Danube", "the river Seine": a common noun right before a name says
    what sort of thing the name is, so the question asks "which waltz"."""
    return (
        noun.islower()
        and answer[:1].isupper()
        and word_tags(noun) & {"NOUN", "ADJ"} == {"NOUN"}  # not "the annual Transpac"
        and finite_verb(noun) is None
        and noun not in _NOT_SORTS
    )


_BE_FORMS = word_set("is was are were")
_NOT_SORTS = word_set("name names term word title nickname")
"""Nouns that introduce a name without saying what it names ("under the name Sky Digital")."""


def _names_a_role(description: str) -> bool:
    """ "the current premier of the state": a description whose head is a role only a
    person holds, so the question asks "Who"."""
    head = re.split(r"\s+(?:of|in|at|for|to|from|that|who|which)\s+", description)[0]
    words = [w.casefold() for w in _WORD.findall(head)]
    roles = lexicon.ROLE_NOUNS | _ROLE_LIKE
    # "Director-General", "Attorney-General": the last part names the role
    return bool(words) and (words[-1] in roles or words[-1].rsplit("-", 1)[-1] in roles)


_THING_NOUNS = frozenset(
    w.casefold()
    for w in lexicon.PLACE_WORDS
    | lexicon.ORGANISATION_WORDS
    | lexicon.EVENT_WORDS
    | lexicon.COUNTRY_WORDS
    | lexicon.LAW_WORDS
) | word_set(
    "building house church school ship boat car train aircraft book novel film song album"
    " painting statue monument museum stadium arena hall theatre theater road railway line"
    " river mountain island city town village country state bridge tower castle landmark"
)
"""Nouns that name a thing, never a person: "Who is the <one of these>?" is always wrong."""

_NAMED_FOR_PEOPLE = _THING_NOUNS | word_set(
    """
    hotel inn mansion villa liner ship steamship steamer vessel yacht ferry frigate schooner
    galleon tanker locomotive engine aircraft airship firm store shop restaurant brewery
    """
)
"""Sorts of things often named after a person ("the Edith Grant, a hotel")."""
_RANKED_THINGS = _NAMED_FOR_PEOPLE | word_set(
    """
    municipality commune parish borough suburb district county province region settlement
    lake river island mountain peak volcano glacier forest valley bay port harbour canal dam
    mine mill factory plant station airport market cathedral church mosque temple hospital
    prison jail team nation capital language newspaper magazine
    """
) - word_set("guard herald tribune")
"""Place, building, body and object nouns that name no person, so "who" never asks for
them ("Who is the poorest municipality?"); any other noun may name one ("monarch")."""
_THE_BEFORE = LazyPattern(r"(?:^|\s)the\s+$", re.IGNORECASE)


def names_a_thing(text: str, start: int, end: int, sort: str | None) -> bool:
    """Whether the name ``text[start:end]`` that reads as a person's is a thing's: the
    document calls it a hotel, a ship or a building (``sort``), or it follows "the" ("sold
    the Edith Grant", a first name and a surname): asked "what" or "which hotel", never
    "who". A name holding a title is a person's ("the Yongle Emperor")."""
    if any(
        _is_role(word, _LOWER_ROLE_NOUNS) or lexicon.title_word(word)
        for word in text[start:end].split()
    ):
        return False
    if sort is not None and sort.split()[-1].casefold() in _NAMED_FOR_PEOPLE:
        return True
    return (
        _THE_BEFORE.search(text, max(0, start - 8), start) is not None
        and lexicon.reads_as_personal_name(text[start:end])  # not "the Dalai Lama"
    )


_OWN_DEED = LazyPattern(r"\s+(?P<verb>[a-z]+)\b(?P<between>[^,;:.()]*?)\bhis\b")
_OPENING_PHRASE = LazyPattern(r"(?:[^,]{1,60},\s+)?")
_NAME_RUN = LazyPattern(rf"(?<![\w’'-]){_CAPITALISED_RUN}")


def _names_someone(opening: str) -> bool:
    """Whether a sentence's opening phrase names someone "his" may stand for ("After the
    merchant died", "When Ivo Brenn died", "After he died"): a name past the opening word,
    unless a month's or one ending in a sort word ("After the Orm War"), a person noun or
    "he"."""
    first_word = _WORD.search(opening)
    past_first = first_word.end() if first_word else 0
    for run in _NAME_RUN.finditer(opening, past_first):
        last = run.group(0).split()[-1]
        if last not in MONTHS and not lexicon.sort_word(last):
            return True
    return any(
        word in ("he", "him", "his") or names_people(word, "other")
        for word in _WORD.findall(opening)
        if word.islower()
    )


def a_man_s_deed(text: str, start: int, end: int) -> bool:
    """Whether the name ``text[start:end]``, a clause's subject, did something with "his"
    own in the same clause ("Ivo Orm moved his court to Kell", "In 1310, Berg focused his
    resources on the coast"): the name is a man's, asked "Who", never "What". The deed must
    be active and name no one else before "his" ("Orm ordered Kell to ... his" may mean
    Kell's), nor may the opening phrase ("After the merchant died, Orm Priory took his
    lands"), and nothing may come between the name and its verb."""
    if not _OPENING_PHRASE.fullmatch(text, 0, start) or _names_someone(text[:start]):
        return False
    deed = _OWN_DEED.match(text, end)
    if deed is None or deed["verb"] in AUXILIARIES or finite_verb(deed["verb"]) is None:
        return False
    return not re.search(r"\b(?:[A-Z]|him\b|her\b|their\b)", deed["between"])


_HEAD_STOPS = word_set("of that which who whom whose where when and or")
_AFTER_HEAD = word_set("first later once still originally then")


def describes_a_thing(description: str) -> bool:
    """Whether a definite description's head noun names a place, a building, a body or a
    work ("the oldest stone bridge first built by X"), so "Who" cannot ask for it."""
    head = ""
    for word in _WORD.findall(description)[1:]:
        lower = word.casefold()
        if lower in _HEAD_STOPS or lower in _PREPOSITION_WORDS:
            break
        if head and (lower in _AFTER_HEAD or lower.endswith("ly")):
            break  # "the stone bridge first built by ..."
        if head and past_participle(word) and "NOUN" not in word_tags(lower):
            break
        head = lower
    singular = lexicon.all_lemmas(head).get("NOUN", (head,))[0] if head else ""
    return head in _THING_NOUNS or singular in _THING_NOUNS


def _second_predicate(text: str) -> str:
    """ "Aida was written for Cairo and was first performed there" → "Aida was first performed
    there": what follows the answer belongs to the last of two coordinated predicates."""
    joins = list(re.finditer(r"\s(?:,\s*)?and\s+", text))
    if not joins:
        return text
    tail = text[joins[-1].end() :]
    first = _WORD.match(tail)
    if not first or not (first.group(0) in AUXILIARIES or finite_verb(first.group(0))):
        return text
    whole = invert(text[: joins[-1].start()])
    if whole is None:
        return text
    if whole.auxiliary in _BE and past_participle(tail):
        return text  # "was developed and taught": the auxiliary serves both participles
    return f"{whole.subject} {tail}"


_NEGATED = LazyPattern(r"\b(?:not|never|n[’']t|no\s+longer)\b", re.IGNORECASE)
_NOT_UNTIL_DEED = LazyPattern(
    r"\b(?P<aux>was|were|did)(?P<neg>\s+not)\s+(?:(?P<adverb>[a-z]+ly)\s+)?(?P<verb>[a-z]+)\b"
)
_STATE_VERBS = word_set(
    "be exist have remain stay last live know own hold contain keep become seem appear"
    " continue use need want like"
)
"""Verbs of a state: "did not exist until 1900" tells a start, and "In what year did X
exist?" does not ask it."""


def _first_time(rest: str) -> str | None:
    """The clause before a "not ... until" with its "not" taken out, when the negated verb is
    a deed ("was not published", "did not sail"): the time after "until" is when the deed
    first happened. None for any other negation ("was not common", "never", "did not
    exist"), whose "until" bounds a state."""
    negated = list(_NEGATED.finditer(rest))
    found = _NOT_UNTIL_DEED.search(rest)
    if len(negated) != 1 or found is None or found.start() > negated[0].start():
        return None
    verb = found["verb"]
    if found["adverb"] is not None and "ADV" not in word_tags(found["adverb"]):
        return None
    if found["aux"] == "did":
        deed = verb in lemmas_as(verb, "VERB") and verb not in _STATE_VERBS
    else:
        deed = past_participle(verb) and verb not in ("been", "had", "kept", "known", "held")
    if not deed:
        return None
    return f"{rest[: found.start('neg')]}{rest[found.end('neg') :]}"


_POINTS_ON_A_WAY = word_set("Street Road Avenue Lane Boulevard Drive Junction Interchange")
"""Last words of a name that is a point on a way, where one road meets another: "at Kell
Street". "Where" asked for it takes the town around it as well."""
_A_WAY = LazyPattern(
    r"\b(?:road|route|highway|motorway|freeway|street|avenue|lane|boulevard|drive|railway"
    r"|line|track|trail|canal)s?\b|\b(?-i:[A-Z]{1,4})[ -]\d{1,4}\b",
    re.IGNORECASE,
)
"""A way named before the place it reaches: "Route 40 left Route 7 at ...", "the old road
met ...", "NY 9 left US 20 at ...". Without one, a name ending in "Road" is a place of its own where things happen
(games played at "Elland Road"), unless the thing is sited there (``_SITED``)."""
_SITED = LazyPattern(
    r"\b(?:located|situated|sited|based|lies|lay|stands|stood|sits|sat|housed)\s*$"
)
"""A thing's site right before the place: "The hospital is located at Kell Road" gives its
address, a point on the road."""


def _fronted(
    before: str,
    after: str,
    answer: str,
    kind: str,
    which: str | None = None,
    *,
    from_place: bool = False,
) -> str | None:
    """The question with the wh-phrase moved to the front and the clause inverted ("When did
    the monks build the abbey?"); ``which`` is the wh-phrase the sentence's own words give
    ("which German abbot"), else it comes from the answer's kind. ``from_place``: the answer
    is a place of no sort after "from" (``_from_a_place``), asked "Where ... from?"."""
    prep = _PREPOSITION_BEFORE.search(before)
    preposition = prep.group(1).casefold() if prep else ""
    if prep and kind not in _TIME_AND_COUNT_KINDS and _modifies_a_noun_after(after):
        # "gave aid to Storm Ivo survivors": the survivors got it, and "To which storm did ...
        # give aid survivors?" strands them; the storm only said whose survivors
        return None
    if prep and preposition == "with" and _POSSESSED_NOUN.search(before[: prep.start()].rstrip()):
        return None
    wh: str | None = None
    rest = before
    object_of: int | None = None
    stranded = ""
    of_the_object = False  # "what" leaves the "of" of the verb's object: "a member of"
    last = _WORD.findall(before)[-1:] if before.strip() else []
    if which is not None and not prep and last and _finite_word(last[0]) and last[0] not in _BE:
        # "Strauss composed the waltz The Blue Danube in 1866" → "Which waltz did Strauss
        # compose in 1866?": the object of the clause's verb
        wh = which
        object_of = len(before.rstrip())
    elif from_place and prep:
        # "Most recruits came from Kelby" → "Where did most recruits come from?": a place of
        # no sort is no "what", and "From where ...?" reads stiffly; "from" stays in place
        verb = _WORD.findall(before[: prep.start()])[-1:]
        if not verb or not (
            verb[0].casefold() in AUXILIARIES or finite_verb(verb[0]) or past_participle(verb[0])
        ):
            return None  # "granted a degree from Kelby": the degree's, not where one came from
        if not _verb_phrase_only(before[: prep.start()]) or _NOT_AFTER_FROM.match(after):
            return None  # "moved from Kelby to Orm": "Where did he move from to Orm?"
        wh, rest = "where", before[: prep.start()]
        if after.strip(" ."):
            after = f" from{after}"  # "Where did the team leave from in 1920?"
        else:
            stranded = " from"  # "Where were most recruits from?": after a copula too
        object_of = -len(rest.rstrip())
    elif which is not None:
        if not prep or preposition in _NOT_PIED or not _verb_phrase_only(before[: prep.start()]):
            return None
        wh = f"{preposition} {which}"
        rest = before[: prep.start()]
        object_of = -len(rest.rstrip())
    elif (
        kind in ("year", "date", "period")
        and preposition == "of"
        and (part := _PART_OF.search(before)) is not None
    ):
        # "emerged in the first half of the 10th century" → "In the first half of what century
        # did ... emerge?": the time phrase moves whole, or its part would be left behind
        if kind == "period" and _modifies_noun(after, answer):
            return None
        closing = _SEASON_OR_PART.search(part.group(2)) and not after.strip(" .")
        if not (
            _verb_phrase_only(before[: part.start()])
            or (closing and _plain(before[: part.start()]))
        ):
            return (
                None  # unless it ends a plain clause ("gave laptops to its staff in the fall of")
            )
        noun = _period_noun(answer) if kind == "period" else kind
        wh = f"{part.group(1)} {part.group(2)} of what {noun}"
        rest = before[: part.start()]
        object_of = -len(rest.rstrip())
    elif kind == "period" and prep:
        if _modifies_noun(after, answer):
            return None  # "founded by 12th-century monks": the monks' time, not the founding's
        if preposition == "of":
            return None  # "the best players of the 1940s": the players' time, not the clause's
        rest = before[: prep.start()]
        if preposition in _RANGE_ENDS and _RANGE_START_LEFT.search(rest):
            return None  # "Until what century was salt mined from the Iron Age?": its start
        noun = _period_noun(answer)
        in_words = ("in", "during")
        wh = f"in what {noun}" if preposition in in_words else f"{preposition} what {noun}"
    elif kind in ("year", "date") and prep:
        rest = before[: prep.start()]
        if preposition in _RANGE_ENDS and _RANGE_START_LEFT.search(rest):
            return None  # "from 1820 until 1850": fronted, the end leaves its start behind
        if _EVENT_BEFORE_TIME.search(rest):
            return None  # "served as capital until the move to Canberra in 1927": whose date?
        if kind == "date" and preposition in ("on", "in"):
            wh = "when"
        elif preposition == "in":
            wh = "in what year"
        elif preposition in ("until", "till") and _NEGATED.search(rest):
            first = _first_time(rest)
            if first is None:
                return None  # "was not common until 1900": a state began, no deed to time
            # "Kell Atlas was not published until 1722" → "In what year was the Kell Atlas
            # published?": "not ... until" tells when the deed first happened
            rest, wh = first, "in what year" if kind == "year" else "when"
        elif preposition in ("by", "since", "until", "from", "after", "before"):
            wh = f"{preposition} what {'year' if kind == 'year' else 'date'}"
            onwards = _ONWARDS.match(after) if preposition in ("from", "since") else None
            if onwards is not None:  # "from 1842 onwards": left behind, it ends the question
                after = after[onwards.end() :]
        elif preposition == "during":
            wh = "when"
    elif kind not in _TIME_AND_COUNT_KINDS and (named := _UNDER_THE_NAME.search(before)):
        # "was launched under the name Sky Digital" → "Under what name was ... launched?"
        wh, rest = f"{named.group(1).casefold()} what name", before[: named.start()]
        object_of = -len(rest.rstrip())
    elif kind not in _TIME_AND_COUNT_KINDS and (titled := _TITLE_OF.search(before)):
        # "Ivo took the title of Count of Orm" → "What title did Ivo take?": the title is
        # the verb's object, so "what title" moves to the front in its place
        noun = titled["noun"] or titled["noun_before"]
        wh, rest = f"what {noun.casefold()}", before[: titled.start()]
        object_of = len(rest.rstrip())
    elif kind in ("place", "country") and preposition in ("in", "at"):
        wh = "where"
        rest = before[: prep.start()] if prep else before
        if (
            preposition == "at"
            and answer.split()[-1] in _POINTS_ON_A_WAY
            and (_A_WAY.search(rest) or _SITED.search(rest))
        ):
            # "left Route 3 at Kell Street" → "At which street did ...?": "Where" takes the
            # town the street is in as well
            wh = f"at which {answer.split()[-1].casefold()}"
        if _RANKED.search(rest):
            return None  # "ranked second in Australia": the set ranked within, not a place
        if preposition == "in" and _NOUN_TAKING_IN.search(rest):
            return None  # "their faith in Krishna": what the faith is in, no place
    elif kind in ("place", "country") and preposition in ("into", "to") and prep:
        verb = _WORD.findall(before[: prep.start()])
        plain_verb = verb and finite_verb(verb[-1]) and not _ambiguous_plural(verb[-1])
        if verb and (plain_verb or verb[-1].casefold() in _BE):
            wh = "where"  # "fled to Normandy", not "the routes to Asia"
            rest = before[: prep.start()]
    elif kind not in ("year", "date", "period", "number") and not prep:
        words = _WORD.findall(before)
        infinitive = _INFINITIVE_OBJECT.search(before)
        naming = _NAMED_OBJECT.search(before)
        if naming and kind != "person":
            # "The settlers called the cove Orm Haven" → "What did the settlers call the
            # cove?": the name is the second object of the naming verb
            wh, object_of = "what", naming.end("verb")
        elif words and (
            words[-1].casefold() in AUXILIARIES
            or finite_verb(words[-1])
            or _verb_before(before, answer)
        ):
            wh = _which(answer, kind, subject=False)
            object_of = len(before.rstrip())
            if words[-1].casefold() in _BE:
                wh = "who" if kind == "person" else wh
        elif (
            infinitive
            and _finite_word(infinitive["verb"])
            and "VERB" in word_tags(infinitive["base"])
        ):
            # "The Normans began to enter Italy" → "Which country did the Normans begin to
            # enter?": the object of an infinitive after the main verb
            wh = _which(answer, kind, subject=False)
            object_of = infinitive.end("verb")
    elif kind == "number" and (existential := _there_are(before, after, answer)):
        return existential
    elif kind == "number" and (housed := _home_to(before, after, answer)):
        return housed
    elif kind == "number" and (owned := _owned_count(before, after, answer)):
        return owned
    elif kind == "number":
        counted = _counted(before, after, answer)
        if counted is not None:
            wh, rest, after = counted
            if wh.split()[0] in _PREPOSITION_WORDS:
                object_of = -len(rest.rstrip())  # "is home to 60% of ...": the noun's phrase
    elif (
        kind not in _TIME_AND_COUNT_KINDS
        and prep
        and preposition not in _NOT_PIED
        and _verb_phrase_only(before[: prep.start()])
        and not (preposition == "by" and _agent_of_reduced_relative(before))
        and (which := _which(answer, kind, subject=False)) != "what"
    ):
        # "Rollo swore fealty to King Charles" → "To whom did Rollo swear fealty?"
        wh = f"{preposition} {which}"
        rest = before[: prep.start()]
        object_of = -len(rest.rstrip())
    elif (
        (kind == "term" or (kind == "other" and preposition == "of" and not _bare_name(answer)))
        and prep
        and (not after.strip(" .") or _adjunct_after_stranding(after, preposition))
        and not _names_people(answer)
        and not names_people(answer, kind)
        and not _infinitive_after_to(preposition, before[: prep.start()], answer)
        and not _COMPARED_WITH_UNSEEN.search(before)
        and _verb_phrase_only(before[: prep.start()])
        and (
            _strands(preposition, before[: prep.start()])
            or (preposition == "of" and _verb_and_its_object(before[: prep.start()]))
        )
    ):
        # "Layers compress the firn into glacial ice" → "What do layers compress the firn
        # into?": "Into what ...?" reads stiffly, so "what" leaves its preposition behind,
        # before a phrase of time or place the clause ends with ("What did the miners sell
        # their ore to in the winter?"), and the "of" of the verb's object ("What does the
        # guild provide a new copy of?"); a name of a known sort is asked with its noun
        # ("Which council is the report a publication of?")
        wh = "what" if kind == "term" else _which(answer, kind, subject=False)
        rest = before[: prep.start()]
        of_the_object = not _strands(preposition, rest)
        object_of = -len(rest.rstrip())
        if after.strip(" .") and of_the_object:
            return None  # "is the seat of [the duchy] in the north": the phrase is the duchy's
        if after.strip(" ."):
            after = f" {preposition}{after}"
        else:
            stranded = f" {preposition}"
    elif kind not in _TIME_AND_COUNT_KINDS and preposition == "of":
        part = _PART_OF.search(before)
        which = _which(answer, kind, subject=False)
        if part is None or "," in before[: part.start()] or re.match(r"\s*(?:,|and\b|or\b)", after):
            return None
        if not which.startswith("which "):
            return None  # "at the court of whom", "in the south of what": no sort to ask for
        if not _verb_phrase_only(before[: part.start()]):
            return None  # "settled in an area in the east of X": the phrase is the area's
        # "The canal was closed at the start of the Six-Day War" → "At the start of which
        # war was the canal closed?": the whole phrase moves, with the main clause inverted
        wh = f"{part.group(1)} {part.group(2)} of {which}"
        rest = before[: part.start()]
        object_of = -len(rest.rstrip())  # the verb must come before the moved phrase
    container = _CONTAINER.match(after) if wh == "where" else None
    if container is not None:
        # "rises in the Black Forest in Tarn" → "Where in Tarn does it rise?": the place that
        # holds the answer narrows the question instead of naming a second place
        wh, after = f"where in {container['place']}", after[container.end() :]
    held = _HELD_IN.match(after) if wh is not None and which is not None and wh != which else None
    if held is not None:
        # "born in the town of Kell in Tarn" → "In which town in Tarn was ... born?"
        wh, after = f"{wh} {held.group(0).strip()}", after[held.end() :]
    if wh is None or _subordinate_clause_before(rest):
        return None
    rest = _second_predicate(rest)
    clause = (rest.rstrip(" ,") + after).strip()
    clause = re.sub(r"^[,\s]+", "", clause)
    if _relative_clause_after(after):
        return None  # "What did the guild sell to traders who paid in silver?": whose clause?
    inverted = invert(clause)
    comma = next((b for b, _ in _breaks(clause) if clause.startswith(", ", b)), -1)
    opening = ""
    if inverted is None and comma > 0 and _has_subject_and_verb(clause[comma + 2 :]):
        inverted = invert(clause[comma + 2 :])  # an opening phrase without the answer
        object_of = None if object_of is None else object_of - comma - 2
        if _QUALIFIER.match(clause[:comma]) or _FREQUENCY.fullmatch(clause[:comma]):
            # "Before the war, the guild held lands in Tarn" → "Where did the guild hold lands
            # before the war?": without it the fact may be false
            opening = f" {clause[:1].lower()}{clause[1:comma]}"
    if inverted is None:
        return None
    if prep is not None and _subject_s_participle_phrase(before, answer, after, prep):
        # "A bridge built at Holm in 1902 crosses the Vell": the time or place is the
        # subject's, not the verb's; "In what year does a bridge built at Holm cross ...?"
        # would move it away from what it tells of
        return None
    if object_of is not None and object_of < 0:
        if inverted.verb_end > -object_of or (
            inverted.auxiliary in _BE
            and inverted.rest
            and not past_participle(inverted.rest)
            and not of_the_object  # "What is the guild a member of?"
        ):
            return None  # the phrase is inside the subject, or "is a lake in the south of"
    elif (
        object_of is not None
        and inverted.verb_end != object_of
        and not (_participle_between(clause, inverted, object_of) and _plain_tail(after))
    ):
        return None  # the answer is the object of a later verb than the clause's first
    if object_of is not None and re.match(r"\s*(?:,|and\b|or\b)", after):
        return None  # the answer is one of several objects
    if re.match(r"\s*,?\s*(?:and|or)\s", after):
        return None  # "spent his last years in Linz and Sagan": one of several places or times
    copula = wh == "where" and inverted.auxiliary in _BE
    if copula and inverted.rest and not past_participle(inverted.rest):
        return None  # "Where were the Normans the people who ...?"
    if stranded and opening:
        return None  # the stranded preposition must end the question
    if _verb_inside_subject(inverted.subject):
        return None  # "What was Plinius mentions an island named ...?": a verb stacked on it
    if _POINT_IN_TIME.match(wh) and inverted.auxiliary in _PERFECT and "," not in rest:
        # "In 2008, the Orm Trust has delivered aid" → "In what year did it deliver aid?": a time
        # asked is past; "Ivo had visited Kell in 1988" → "In what year did Ivo visit Kell?":
        # the past perfect sets a deed before a later moment of the story, which a question on
        # its own no longer tells. A date after a phrase set off by a comma may date that
        # phrase alone ("have been shown in Orm, as well as at Vell in 2001"): the perfect is
        # left for the gate to refuse
        inverted = _told_in_the_past(inverted) or inverted
    return _finish(
        f"{wh} {inverted.auxiliary} {inverted.subject} {inverted.rest}{opening}{stranded}"
    )


_POINT_IN_TIME = LazyPattern(
    r"when$|(?:in|on|during)\b.*\bwhat\s+(?:year|date|day|month|decade|century|millennium)$"
)
"""A fronted wh-phrase that asks a point in the past ("when", "in what year", "in the first
half of what century"), not a span reaching the present ("since what year")."""


def _told_in_the_past(inverted: Inverted) -> Inverted | None:
    """A present or past perfect told in the simple past: "has the Trust delivered aid" →
    "did the Trust deliver aid", "had Ivo visited Kell" → "did Ivo visit Kell", "have the
    paintings been shown" → "were the paintings shown"; None when the participle has no base
    form to give, or after "had been", whose "had" does not say whether "was" or "were"."""
    if inverted.rest.startswith("been ") and inverted.auxiliary == "had":
        return None
    if inverted.rest.startswith("been "):
        be = "were" if inverted.auxiliary == "have" else "was"
        return replace(inverted, auxiliary=be, rest=inverted.rest.removeprefix("been "))
    words = list(_WORD.finditer(inverted.rest))[:2]
    if len(words) == 2 and words[0].group(0).endswith("ly") and _adverb(words[0].group(0)):
        words = words[1:]  # "has officially launched"
    participle = words[0] if words else None
    if participle is None or not past_participle(participle.group(0)):
        return None
    lemma = lemmas_as(participle.group(0).casefold(), "VERB")[:1]
    if not lemma:
        return None
    rest = f"{inverted.rest[: participle.start()]}{lemma[0]}{inverted.rest[participle.end() :]}"
    return replace(inverted, auxiliary="did", rest=rest)


_VERB_THEN_OBJECT = LazyPattern(r"\b(?P<verb>[a-z]+s)\s+(?:a|an|the)\s")


def _verb_inside_subject(subject: str) -> bool:
    """Whether a subject holds its clause's own verb and object ("Plinius mentions an
    island"): a word in "-s" that can be a verb, then an article, is no plural noun inside
    a noun phrase, so the clause was split at a later verb."""
    return any(
        finite_verb(match["verb"]) is not None for match in _VERB_THEN_OBJECT.finditer(subject)
    )


_RELATIVE_PRONOUN = LazyPattern(r"\b(?:who|whom|whose|which)\b|\bthat\s+(?P<verb>[\w’'-]+)")


_RELATIVE_OPENING = LazyPattern(r"(?<=\s)(?:that|which|who|whom|whose)\s")
_NOUN_BEFORE_A_RELATIVE = LazyPattern(r"(?<![\w’'-])(?P<noun>[\w’'-]+),?\s+$")
_ANTECEDENT_WINDOW = 80
"""How many characters before a relative pronoun are read for the noun that carries it."""
_NOT_ANTECEDENTS = word_set("so such now given provided except than")


def gap_in_a_relative_clause(before: str) -> bool:
    """Whether the answer after ``before`` stands inside a relative clause that a noun after
    the main verb carries ("shows the boats that were built in Kell"): fronted, its gap reads
    back into the main verb ("Where does the museum show the boats that were built?"), so it
    is asked with the clause intact or not at all. A clause closed by the main verb after it
    ("The boats that were built in Kell sailed to Orm") is no such place."""
    pronouns = list(_RELATIVE_OPENING.finditer(before))
    if not pronouns:
        return False
    pronoun = pronouns[-1]  # the last clause opened before the answer
    clause = before[pronoun.end() :]
    if any(mark in clause for mark in ",;:()"):
        return False
    found = _NOUN_BEFORE_A_RELATIVE.search(
        before, max(0, pronoun.start() - _ANTECEDENT_WINDOW), pronoun.start()
    )
    if found is None:
        return False
    noun = found["noun"]
    if noun.casefold() in _NOT_ANTECEDENTS:
        return False  # "so that": no noun carries the clause
    if not (noun[:1].isupper() or "NOUN" in word_tags(noun.casefold())):
        return False  # "said that": a verb's clause
    verb_groups = 0
    in_group = False
    for word in _WORD.findall(clause):
        if is_finite_verb(word) or (in_group and past_participle(word)):
            verb_groups += 0 if in_group else 1
            in_group = True
        elif not (in_group and _adverb(word.casefold())):
            in_group = False
    return verb_groups == 1


def _relative_clause_after(after: str) -> bool:
    """Whether the phrase that follows the answer, up to a comma, holds a relative clause of a
    later noun ("sold wool to traders who paid in silver"): left at the end of a fronted
    question it reads as told of the wh-phrase, and cut away it loses what narrows its noun.
    One set off by a comma ("in 1963, in a deal which gave ...") stays with its own phrase."""
    phrase = after.split(",", 1)[0] if after.strip(" ,") else ""
    if not phrase.strip():
        return False  # one about the answer itself (", who ...") is cut elsewhere
    return any(
        match["verb"] is None or _finite_word(match["verb"])
        for match in _RELATIVE_PRONOUN.finditer(phrase)
    )


def _subject_s_participle_phrase(before: str, answer: str, after: str, prep: re.Match[str]) -> bool:
    """Whether the phrase that ends ``before`` with the answer (``prep`` its preposition)
    tells of a participle inside the clause's subject, before its verb: "filmed in Kell" in
    "A blast filmed in Kell holds a record", "built at Holm in 1902" in "A bridge built at
    Holm in 1902 crosses the Vell". A time of the subject's own noun ("an outbreak at Kell in
    1854 killed ...") is its verb's time too."""
    start = prep.start()
    whole = invert(f"{before}{answer}{after}")
    if start == 0 or whole is None or whole.verb_end <= start:
        return False
    return any(w[:1].islower() and past_participle(w) for w in _WORD.findall(before[:start])[1:])


def _participle_between(clause: str, inverted: Inverted, object_of: int) -> bool:
    """Whether only the participle of the clause's perfect (and maybe an adverb in -ly)
    stands between its auxiliary and the answer: "The emperor had invited [Gyatso]", "The club has
    twice won [the cup]"; the answer is still the clause's object."""
    if inverted.verb_end > object_of or inverted.auxiliary not in _PERFECT:
        return False  # "was made [the fourth abbot]": a passive's noun completes the verb
    words = _WORD.findall(clause[inverted.verb_end : object_of])
    if len(words) == 2 and words[0].endswith("ly") and "ADV" in word_tags(words[0]):
        words = words[1:]
    return len(words) == 1 and words[0].islower() and past_participle(words[0])


_PERFECT = frozenset(["has", "have", "had"])


def _plain_tail(after: str) -> bool:
    """Whether what follows the answer is plain phrases, with no verb of its own ("... as
    the chronicler writes") and nothing listed or subordinate."""
    return _plain(after) and not _has_finite(after)


_NOT_A_MONTH = (
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\b)"
)
_PLACE_ENDS = (
    r"(?=[,;]|\.(?:\s|$)|$|\s+(?:[a-z]+ly|in|on|at|by|for|from|with|during|until|since|after"
    r"|before|to|near|under|as|when|where|while|which|who|that|than|between|along|across|through"
    r"|throughout|over|within|around)\b|\s+[A-Z])"
)
"""Where a place's name ends: before a mark, a phrase or a clause; not before the full stop
of an initialism ("U.S.") or a common noun that is still its name ("Bitterroot valley")."""
_CONTAINER = LazyPattern(
    rf"\s+in\s+{_NOT_A_MONTH}(?P<place>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){{0,2}})"
    rf"{_PLACE_ENDS}(?!\s+(?:and|or)\s|\s+\d)"
)
"""A named place right after the answer's place ("in the Black Forest in Tarn"), not a month
("in May 1450")."""


_HELD_IN = LazyPattern(
    rf"\s+(?:in|on)\s+(?:the\s+)?{_NOT_A_MONTH}[A-Z][\w’'-]*"
    rf"(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'-]*){{0,3}}{_PLACE_ENDS}(?!\s+(?:and|or)\s|\s+\d)"
)
"""A named place holding the answer's place ("in which town in the Duchy of Tarn"): it goes
to the front with the wh-phrase it belongs to."""


_STRANDED = word_set("into from to with on for as")
"""Prepositions a question with "what" leaves at its end ("What is the bread made from?");
not "by", whose object is as often a group of people as a thing."""
_COMPARED_WITH_UNSEEN = LazyPattern(
    r"\b(?:analogous|similar|such|same|further|corresponding|respective|comparable|likewise)\b",
    re.IGNORECASE,
)
"""Words comparing the clause's subject with something said before ("Analogous definitions
can be made for ..."): without it, a question about a concept has no clear answer."""
_PEOPLE = word_set(
    "people person man woman child settler farmer miner worker citizen resident inhabitant"
    " immigrant mercenary crusader pilgrim merchant trader slave peasant noble"
)


def _names_people(term: str) -> bool:
    """Whether a key term names people ("Norman mercenaries", "the monks"), whom "what"
    cannot ask for."""
    words = _WORD.findall(term.casefold())
    if not words:
        return False
    head = words[-1]
    lemmas = lexicon.all_lemmas(head).get("NOUN", (head,))
    return any(lemma in _PEOPLE | lexicon.ROLE_NOUNS | _ROLE_LIKE for lemma in (head, *lemmas))


def _strands(preposition: str, before: str) -> bool:
    """Whether "what" can leave ``preposition`` at the end of the question: one of
    ``_STRANDED``, "of" right after the verb ("consists of", "made of"), or "in" after a
    passive participle ("is contained in")."""
    if preposition in _STRANDED:
        return True
    last = _WORD.findall(before)[-1:]
    if preposition == "in":
        # "is strictly contained in", "was written in": what holds or concerns the subject
        passive = _PASSIVE_BEFORE_IN.search(before)
        return (
            passive is not None
            and past_participle(passive["participle"])
            and passive["participle"] not in _PARTICIPLES_OF_PLACE
        )
    return (
        preposition == "of" and bool(last) and (past_participle(last[0]) or _finite_word(last[0]))
    )


def _verb_and_its_object(text: str) -> bool:
    """Whether ``text`` is a plain clause that ends with its verb and the verb's object, a
    noun phrase after an article or possessive ("The guild is a member", "Kell has set a
    new limit"): an "of" after it belongs to that object, and "what" may leave it at the end
    ("What is the guild a member of?")."""
    inverted = invert(text.rstrip()) if _plain(text) else None
    if inverted is None:
        return False
    words = _WORD.findall(inverted.rest)
    if words[:1] and words[0].endswith("ly") and _adverb(words[0]):
        words = words[1:]  # "has recently set a limit"
    if words[:1] and words[0].casefold() not in _ARTICLES_AND_POSSESSIVES:
        words = words[1:]  # the verb itself: "set a limit"; a copula leaves none ("a member")
    return (
        2 <= len(words) <= _OBJECT_REACH
        and words[0].casefold() in _ARTICLES_AND_POSSESSIVES
        and all(w.islower() and not _finite_word(w) for w in words[1:])
        and not _PREPOSITION_WORDS.intersection(words)
        and "NOUN" in word_tags(words[-1])
    )


def _infinitive_after_to(preposition: str, before: str, answer: str) -> bool:
    """Whether the answer after a verb's "to" is an infinitive with its object, a plain verb
    before an article or possessive ("Hall tried to [keep the rain] in the frame"): "to" is
    no preposition there, and "What did Hall try to?" asks for a deed as a thing; a noun
    phrase ("stuck to [compound armor]") is none."""
    last = _WORD.findall(before)[-1:]
    first_two = _WORD.findall(answer)[:2]
    return (
        preposition == "to"
        and bool(last)
        and "VERB" in word_tags(last[0].casefold())
        and len(first_two) == 2
        and first_two[0].islower()
        and base_verb(first_two[0])
        and first_two[1].casefold() in _ARTICLES_AND_POSSESSIVES
    )


_OBJECT_REACH = 5
"""Words of an object an "of" may be stranded after: an article and up to four more."""


def _adjunct_after_stranding(after: str, preposition: str) -> bool:
    """Whether the answer is followed only by a short plain phrase of time or place that
    closes the clause ("sold their ore to [smelting firms] in the winter"), which may follow
    the preposition "what" leaves behind; not one opened by that same preposition ("in in"),
    nor one that goes on with the verb ("leads to [food shortages] into the wet season":
    "What does it lead to into ...?")."""
    words = [w.casefold() for w in _WORD.findall(after)]
    return (
        1 < len(words) <= _ADJUNCT_REACH
        and words[0] in _CLOSING_ADJUNCT_OPENERS
        and words[0] != preposition
        and not _PREPOSITION_WORDS.intersection(words[1:])  # one phrase: "in ten years by 2012"
        and after[:1] == " "
        and _plain_tail(after.rstrip(" ."))
    )


_CLOSING_ADJUNCT_OPENERS = word_set(
    "in on at during since until before after throughout across within"
)
_ADJUNCT_REACH = 6
"""Words of a phrase that may follow a stranded preposition before the question ends."""


_PASSIVE_BEFORE_IN = LazyPattern(
    r"\b(?:is|are|was|were|been)\s+(?:[a-z]+ly\s+)?(?P<participle>[a-z]+)\s+$"
)
_PARTICIPLES_OF_PLACE = word_set(
    "located situated based found born buried held housed kept stationed settled seated"
)
"""Participles whose "in" names a place, which "Where" asks for."""


def _bounds(follows: str) -> bool:
    """Whether the phrase after a comma bounds the clause in time ("..., before the war")."""
    phrase = re.split(r"[,;]", follows, maxsplit=1)[0]
    return _QUALIFIER.match(phrase) is not None and not _has_finite(phrase)


_QUALIFIER = LazyPattern(
    r"^(?:(?:even|long|shortly|soon|just)\s+)?(?:(?:before|after|until|since|prior\s+to|during"
    r"|following|throughout)\s+\S|(?:in|on|at|by|near)\s+(?:the\s+)?(?:early\s+|late\s+)?"
    r"(?:[A-Z]|\d))",
    re.IGNORECASE,
)
"""A time or a place that bounds a fact ("before the war", "in 1185", "in Lund"): a question
that drops it may have another answer, or none."""
_COMPLEMENT_VERBS = frozenset(["consider", "regard", "describe", "treat", "see", "define"])
"""Verbs whose object needs its "as ..." complement to make a claim."""
_EVENT_BEFORE_TIME = LazyPattern(
    r"(?:\b(?:until|since|after|before|following|during|upon)\s+(?:the|a|an|his|her|its|their)"
    r"\s+[^,;]+|,\s+with\s+[^,;]+)$"
)
"""A phrase naming an event right before a date: the date may be the event's, not the
clause's ("until the construction of the canal in 1927")."""
_RANKED = LazyPattern(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\w+est"
    r"|most\s+\w+|largest|\d+(?:st|nd|rd|th))\s*$",
    re.IGNORECASE,
)
_ONWARDS = LazyPattern(r"\s+onwards?\b")
_INTO_A_PERIOD = LazyPattern(r"\binto\s+(?:the\s+)?$", re.IGNORECASE)
"""A period a state lasted into ("remained common into the 20th century"): it says only that
the state had not ended by then, which "into what century" cannot ask."""
_RANGE_ENDS = word_set("until till to through")
_RANGE_START_LEFT = LazyPattern(r"\bfrom\s+[^,;]{1,60}$", re.IGNORECASE)
"""The start of a range before its end ("from the Iron Age until the 18th century"): with the
end moved to the front, "from the Iron Age" stays behind and reads as the last noun's."""
_NOUN_TAKING_IN = LazyPattern(
    r"\b(?:faith|belief|beliefs|interest|interests|role|roles|part|trust|confidence"
    r"|involvement|participation|stake|share|rise)\s*$",
    re.IGNORECASE,
)
"""A noun whose "in" phrase says what it is in or about, not where: "faith in Krishna", "a
role in the revolt", "a rise in prices"."""
_INFINITIVE_OBJECT = LazyPattern(r"\b(?P<verb>[a-z]+)\s+to\s+(?P<base>[a-z]+)\s+$")
_UNDER_THE_NAME = LazyPattern(r"\b(under|by|with)\s+the\s+name\s+$", re.IGNORECASE)
_TITLE_OF = LazyPattern(
    r"\bthe\s+(?:(?P<noun>title|rank|name|style|office|post|status)\s+of"
    r"|(?P<noun_before>name|title))\s+$",
    re.IGNORECASE,
)
"""A noun whose "of" phrase is the noun itself ("the title of King", "the rank of general"),
not a part or a possession of it; or "the name" or "the title" right before the one it gives
("imposed the name Great Orm")."""
_NOT_PIED = frozenset(["of", "as", "between", "near"])
"""Prepositions a wh-phrase does not take to the front: "Of which country did X serve as
capital?", "As whom ...?" read badly, "between" needs two."""
_VERB_PHRASE_PREPOSITIONS = frozenset(["of"])


def _subordinate_clause_before(text: str) -> bool:
    """Whether a subordinate clause opens after the main verb and runs up to the answer
    ("... long before the First Crusade carved out a principality [in Antioch]"): the answer
    is that clause's, and moving it onto the main verb would change the fact."""
    words = _WORD.findall(text)
    finite = [i for i, w in enumerate(words) if w[:1].islower() and _finite_word(w)]
    if not finite:
        return False
    for index in range(finite[0] + 1, len(words)):
        opener = words[index].casefold()
        if opener in _SUBORDINATE_OPENERS | _RELATIVE_WORDS and any(i > index for i in finite):
            return True  # "... tells us that P is contained [in X]", "... before Y built"
        following = words[index + 1] if index + 1 < len(words) else ""
        if opener in _RELATIVE_PRONOUNS and following.islower() and finite_verb(following):
            return True  # "has a zone that hosts [50 cafés]": "hosts" is no plural after "that"
    return False


_RELATIVE_PRONOUNS = frozenset(["that", "which", "who"])


def _finite_word(word: str) -> bool:
    return word in AUXILIARIES or (finite_verb(word) is not None and not _ambiguous_plural(word))


def _verb_phrase_only(text: str) -> bool:
    """Whether a prepositional phrase after ``text`` belongs to its main verb: the clause's
    first verb is followed only by its object ("founded the Kingdom of Sicily"), with no
    other phrase, clause or list the phrase could belong to ("arrived in the port of X")."""
    words = _WORD.findall(text)
    verb = next(
        (
            i
            for i, w in enumerate(words)
            if i and w[:1].islower() and (w in AUXILIARIES or finite_verb(w))
        ),
        None,
    )
    if verb is None or "," in text or ";" in text or words[0].casefold() in _SUBORDINATE_OPENERS:
        return False  # "When the state is divided into two areas, ...": not the main clause
    for word in words[verb + 1 :]:
        lower = word.casefold()
        if lower in ("and", "or", "but", "that", "which", "who", "whom", "where", "when"):
            return False
        if lower in _PREPOSITION_WORDS and lower not in _VERB_PHRASE_PREPOSITIONS:
            return False
        second_verb = word[:1].islower() and finite_verb(word) and lower not in AUXILIARIES
        if second_verb and not past_participle(word):
            return False  # a second verb: "ruled and built"
    return True


_SUBORDINATE_OPENERS = word_set(
    "when while as if although though because since until once unless whereas after before"
)
_PREPOSITION_WORDS = word_set(
    "in on at by during since until till from into onto near to towards toward throughout"
    " around between through across within for with under over after before as upon among"
    " against along beyond via"
)


_OPENING_NAME_REACH = 12
"""Words an opening phrase without its comma may span before the name that ends it."""
_PUNCTUATION = LazyPattern(r"[,;:()\[\]\"“”—–]")
_OPENING_STOPS = _CLAUSE_OPENERS | _SUBORDINATE_OPENERS | word_set("whether so")
"""Words after which an opening phrase is a clause: "After Orm fell the ..."."""


@lru_cache(maxsize=1024)
def unmarked_opening_end(text: str) -> int | None:
    """Where an opening phrase without its comma ends at a name directly followed by "the" and
    a capitalised word: after "Orm" in "Between Kell and Orm the Orm Bridge spans the Tarn",
    after "Kelby" in "Among the hills of Kelby the Tarn Mill ...". None when the sentence opens
    otherwise, or no such name comes before a clause word, a verb or a mark.

    A lone given name with "the" and one capitalised word is a name with its epithet, not a
    boundary ("After William the Conqueror the Danes ...": the phrase ends after
    "Conqueror").

    Cached: the extractor, the clause rules and every question asked of a sentence's spans
    ask it of the same sentence."""
    first = _WORD.search(text)
    if first is None or first.group(0) not in _OPENING_PREPOSITIONS:
        return None  # most sentences, without the word list (no mark falls inside a word)
    mark = _PUNCTUATION.search(text)
    words = list(_WORD.finditer(text, 0, mark.start() if mark else len(text)))
    if len(words) < 4 or words[0].group(0) not in _OPENING_PREPOSITIONS:
        return None
    for at in range(1, min(len(words) - 2, _OPENING_NAME_REACH)):
        word, article, following = (words[at + step].group(0) for step in range(3))
        if word.casefold() in _OPENING_STOPS or is_finite_verb(word):
            return None  # "After Orm fell the Kelby Guild ...": a clause, not a phrase
        if not (word[:1].isupper() and article == "the" and following[:1].isupper()):
            continue
        gaps = (text[words[at + step].end() : words[at + step + 1].start()] for step in range(2))
        if any(gap != " " for gap in gaps) or _epithet(words, at):
            continue
        return words[at].end()
    return None


def _epithet(words: list[re.Match[str]], at: int) -> bool:
    """Whether ``words[at]``, "the" and the word after make one name: a lone given name and a
    capitalised common word alone ("Richard the Lion-hearted", "Ivan the Great")."""
    name, epithet = words[at].group(0), words[at + 2].group(0)
    lone = at == 1 or not words[at - 1].group(0)[:1].isupper()
    alone = at + 3 >= len(words) or not words[at + 3].group(0)[:1].isupper()
    common = any(word_tags(part) for part in epithet.casefold().split("-"))
    return lone and alone and common and name in lexicon.given_names()


_NUMBER_WORDS = (NUMBER_WORDS - {"one"}) | {"hundred"}
"""Count words a plural noun follows ("twelve ships"), not "one"."""
_MEASURE_ADJECTIVES = frozenset(
    ["long", "wide", "deep", "high", "tall", "old", "away", "thick", "broad", "across"]
)


def _counted_noun(after: str) -> tuple[str, int] | None:
    """The noun phrase a count counts and where it ends in ``after``: " municipal districts"
    → "municipal districts"; " tonnes of wheat" → "tonnes of wheat"; None unless a plural
    noun heads it within three words."""
    words = list(re.finditer(r"[A-Za-z][\w+’'-]*", after[:80]))
    if not words or after[: words[0].start()] != " ":
        return None
    head: int | None = None
    for index, match in enumerate(words[:3]):
        if index and after[words[index - 1].end() : match.start()] != " ":
            return None
        word = match.group(0)
        if plural_noun(word.rstrip("+")) and not (
            index + 1 < len(words)
            and index < 2
            and after[match.end() : words[index + 1].start()] == " "
            and plural_noun(words[index + 1].group(0))
        ):
            head = index
            break
        lower = word.casefold()
        plain = not (lower in _NOT_NOUNS or lower in AUXILIARIES or finite_verb(lower))
        named = word[:1].isupper() and index == 0 and len(words) > 1
        if not (plain and word.islower()) and not named:
            return None  # "12 Sky+ users": a name may describe what is counted
    if head is None:
        return None
    end = words[head].end()
    per = re.match(r"/[A-Za-z]+\b", after[end:])
    if per:
        end += per.end()  # "km/h": a rate's unit is whole, never "how many km ... /h"
    of = re.match(r"\s+of\s+([a-z]+)\b", after[end:])
    if of and "NOUN" in word_tags(of.group(1)) and of.group(1) not in _NOT_NOUNS:
        end += of.end()  # "tonnes of wheat"
    return after[:end].strip(), end


def _percentage_noun(after: str) -> tuple[str, int]:
    """ "of the state's population" after a percentage, up to a comma or a verb."""
    of = re.match(r"\s+of\s+", after)
    if of is None:
        return "", 0
    end = of.end()
    for match in _WORD.finditer(after, of.end()):
        word = match.group(0)
        gap = after[end : match.start()]
        if "," in gap or ";" in gap:
            break
        lower = word.casefold()
        if lower in _PREPOSITION_WORDS or lower in AUXILIARIES or lower in _CLAUSE_OPENERS:
            break
        if lower in ("and", "or", "but", "than"):
            break
        if word[:1].islower() and finite_verb(word) and not _ambiguous_plural(word):
            break
        end = match.end()
    if end == of.end():
        return "", 0
    return after[:end].strip(), end


def _count_phrase(after: str, answer: str) -> tuple[str, int] | None:
    """The wh-phrase asking for a count or a percentage and how much of ``after`` it takes:
    " municipal districts" → ("how many municipal districts", 19); " of the vote" after a
    percentage → ("what percentage of the vote", 12), ("what percentage", 0) with nothing; a
    sum → ("how much", 0)."""
    if "%" in answer or re.search(r"\bper\s?cent\b", answer):
        counted, end = _percentage_noun(after)
        return f"what percentage {counted}".strip(), end
    if _MONEY.match(answer):
        # "brought $4 billion" → "How much did ... bring?"; never "How much did the mine
        # produce of gold?" of "produced $3 billion of gold"
        return None if re.match(r"\s+of\b", after) else ("how much", 0)
    if answer[:1].isdigit() or answer.casefold() in _NUMBER_WORDS:
        found = _counted_noun(after)
        return None if found is None else (f"how many {found[0]}", found[1])
    return None


_MULTIPLIED = LazyPattern(
    r"\s+(?:its|their|his|her|the|that|those|more|less|as\s+[a-z]+(?:\s+[a-z]+){0,2}?\s+as"
    r"|(?P<comparative>[a-z]{2,}er))\b"
)
"""What follows "times" when it multiplies ("ten times its weight", "three times as much
as", "five times larger") rather than counts occasions ("three times a day", "five times
after 1900")."""


def _multiplies(after: str, at: int) -> bool:
    """Whether the "times" that ends at ``at`` multiplies: a comparative after it is an
    adjective or adverb ("larger"), never a preposition ("after", "under", "over")."""
    found = _MULTIPLIED.match(after, at)
    if found is None:
        return False
    comparative = found.group("comparative")
    if comparative is None:
        return True
    return comparative not in _PREPOSITION_WORDS and bool(word_tags(comparative) & {"ADJ", "ADV"})


_SPAN_UNIT = LazyPattern(
    r"how\s+many\s+(?:seconds|minutes|hours|days|nights|weeks|months|years|decades|centuries"
    r"|generations|seasons|miles|kilometres|kilometers|km|metres|meters|feet|yards)$"
)
"""A count of time or distance that a "for" before it spans ("for 30 years", "for 40 km")."""


def _counted(before: str, after: str, answer: str) -> tuple[str, str, str] | None:
    """ "The canal was 164 kilometres long" → ("how many kilometres long", "The canal was", "");
    "Trade grew by 17%" → ("by what percentage", "Trade grew", "").

    Only where the count follows a verb, "for" or a preposition of the main verb, so nothing
    is left dangling.
    """
    words = _WORD.findall(before)
    if not words:
        return None
    last = words[-1].casefold()
    asked = _count_phrase(after, answer)
    if asked is None:
        return None
    phrase, end = asked
    if phrase.endswith(" times") and _multiplies(after, end):
        return None  # "eats ten times its weight": "How many times does it eat ...?" asks how often
    rest = before
    if last == "for" and _SPAN_UNIT.match(phrase):
        # "reigned for 30 years" → "How many years did he reign?": the "for" of a span is
        # left out freely
        rest = before[: before.casefold().rstrip().rfind("for")]
    elif last == "for":
        # any other is governed by the word before it and stays, or the question loses it:
        # "How much was it sold for?", "What percentage of jobs is tourism responsible for?"
        rest = before
    elif last in _PREPOSITION_WORDS and last not in _NOT_PIED:
        rest = before[: before.casefold().rstrip().rfind(last)]
        verb = _WORD.findall(rest)[-1:]
        if not (
            (
                _verb_phrase_only(rest)
                and verb
                and (_finite_word(verb[0]) or past_participle(verb[0]))
            )
            or (last == "by" and _one_plain_predicate(rest))
        ):
            return None  # "its reach into 36% of homes": the noun's phrase, not the verb's
        phrase = f"{last} {phrase}"  # "in how many districts", "by what percentage"
    elif not (
        last in AUXILIARIES
        or finite_verb(words[-1])
        or _verb_before(before, answer)
        or _phrase_before_object(before)
        or (_after_a_modal(words) and not phrase.endswith(" times"))
    ):
        return None
    following = re.match(r"\s+([a-z]+)", after[end:])
    if following and following.group(1) in _MEASURE_ADJECTIVES:
        phrase += f" {following.group(1)}"
        end += following.end()
    return phrase, rest, after[end:]


def _one_plain_predicate(text: str) -> bool:
    """Whether ``text`` is one plain clause, a subject and a single verb with what follows it
    ("Norland increased its exports to the region"): a change measured with "by" after it
    is the verb's ("by 40%"), however many phrases stand between."""
    inverted = invert(text.rstrip()) if _plain(text) else None
    return inverted is not None and not any(
        _finite_word(w) for w in _WORD.findall(text[inverted.verb_end :])
    )


_FRONTING_MODALS = MODALS - {"would"}
"""Modals whose count is asked in front of them; "He would win three titles" tells what
happened later, and "How many titles would he win?" reads as a guess."""


def _after_a_modal(words: Sequence[str]) -> bool:
    """Whether the last word is a verb's base form after a modal ("can fire [300 pots]",
    "will cost [$20 million]", "can easily fire"): the count is its object, asked in front
    of the inverted modal ("How many pots can it fire?"). "can eat ten times its weight" is
    not asked so: "How many times can it eat ...?" would ask how often."""
    between = words[-2].casefold() if len(words) >= 4 else ""
    if between == "later" or (between.endswith("ly") and word_tags(between) == {"ADV"}):
        words = [*words[:-2], words[-1]]  # "can easily fire", "will later cost"
    if len(words) < 3 or words[-2].casefold() not in _FRONTING_MODALS:
        return False
    if not words[-1].islower():
        return False
    return base_verb(words[-1])


_THERE_ARE = LazyPattern(
    r"^(?:(?P<lead>(?:In|On|At|Within|Across|From|During)\s[^,]{2,60}?),?\s+)?"
    r"[Tt]here\s+(?P<be>are|were)\s+(?:also\s+)?$"
)


def _phrase_before_object(before: str) -> bool:
    """Whether ``before`` ends with the clause's verb and one phrase of time or place that the
    writer put before the verb's object ("Orm produced in the decade 1851–1860 [20 tonnes]"):
    the object moves to the front, the phrase stays after the verb."""
    if "," in before or ";" in before:
        return False
    words = _WORD.findall(before)
    verb = next((i for i, w in enumerate(words) if i and w[:1].islower() and _finite_word(w)), None)
    if verb is None or verb > _PLAIN_SUBJECT_REACH or words[verb] in AUXILIARIES:
        return False
    phrase = [w.casefold() for w in words[verb + 1 :]]
    return (
        1 < len(phrase) <= 6
        and phrase[0] in _PREPOSITION_WORDS
        and not any(
            w in _PREPOSITION_WORDS or w in _CLAUSE_OPENERS or w in ("and", "or") or _finite_word(w)
            for w in phrase[1:]
        )
    )


def _there_are(before: str, after: str, answer: str) -> str | None:
    """ "In the valley there are twelve towns with a market" → "How many towns with a market
    are there in the valley?"; a second count after "and" is left out, a clause is not."""
    match = _THERE_ARE.match(before)
    if match is None or not (answer[:1].isdigit() or answer.casefold() in _NUMBER_WORDS):
        return None
    counted = _count_and_tail(after)
    if counted is None:
        return None
    lead = match["lead"]
    where = f" {lead[:1].lower()}{lead[1:]}" if lead else ""
    return _finish(f"How many {counted} {match['be']} there{where}")


def _count_and_tail(after: str) -> str | None:
    """What a count counts with the phrase after it, up to a comma or a second count after
    "and": " towns with a market, most of them ..." → "towns with a market"; None when a
    clause restricts what is counted ("two teams that both played"): too much to ask."""
    found = _counted_noun(after)
    if found is None:
        return None
    tail = re.split(r",(?!\d)|;|\s(?:and|but|or|while)\s", after[found[1] :])[0]
    if re.search(r"\b(?:which|that|who|whose|where)\b", tail) or _has_finite(tail):
        return None
    return f"{found[0]}{tail.rstrip(' .')}"


_HOME_TO = LazyPattern(
    r"(?P<subject>[A-Z][^,;]{1,60}?)\s+(?P<be>is|was|are|were)\s+(?:also\s+)?home\s+to\s+"
)


def _home_to(before: str, after: str, answer: str) -> str | None:
    """ "The valley is home to 40 species of orchid" → "How many species of orchid is the
    valley home to?"."""
    match = _HOME_TO.fullmatch(before)
    if match is None or not (answer[:1].isdigit() or answer.casefold() in _NUMBER_WORDS):
        return None
    if _has_finite(match["subject"]):
        return None  # "The city that grew ... is home to": a clause in the subject
    counted = _count_and_tail(after)
    if counted is None:
        return None
    subject = _lower_start(match["subject"])
    return _finish(f"How many {counted} {match['be']} {subject} home to")


_OWNER_BEFORE_COUNT = LazyPattern(
    r"(?P<owner>The\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})"
    r"['’]s\s+"
)
"""The owner a count opens the clause with: a plain noun phrase ("The game's") or a name
("Tarn's"), not a part of one ("Each of the game's")."""
_HAVE_OR_BE = word_set("are have")


def _owned_count(before: str, after: str, answer: str) -> str | None:
    """ "The game's 55 levels include bonus rounds" → "How many levels does the game have?":
    a count that opens the clause as what its owner has, told in the present tense. The
    count is the fact a learner keeps; the clause's verb only goes on to say more of what is
    counted. A past tense ("The ship's 40 guns were removed") is left alone: what it had
    then may not be what it has."""
    match = _OWNER_BEFORE_COUNT.fullmatch(before)
    if match is None or not (answer[:1].isdigit() or answer.casefold() in _NUMBER_WORDS):
        return None
    if _has_finite(match["owner"]):
        return None  # "The firm that Ivo founded's ...": a clause in the owner
    counted = _counted_noun(after)
    if counted is None or after[counted[1] : counted[1] + 1] != " ":
        return None
    verb = _WORD.match(after, counted[1] + 1)
    if verb is None:
        return None
    word = verb.group(0)
    if word not in _HAVE_OR_BE and not (word.islower() and base_verb(word)):
        return None  # a past tense, or no verb: "The game's 55 levels, each ..."
    return _finish(f"How many {counted[0]} does {_lower_start(match['owner'])} have")


def _counted_subject(after: str, answer: str) -> str | None:
    """ "32 farms occupied the valley" → "How many farms occupied the valley?"; "60% of the
    people live in towns" → "What percentage of the people live in towns?"."""
    asked = _count_phrase(after, answer)
    if asked is None or not asked[1]:
        return None  # a bare "60%" opening the clause: of what?
    phrase, end = asked
    verb = _WORD.match(after[end:].lstrip())
    if verb is None or after[end : end + 1] != " ":
        return None
    word = verb.group(0)
    base = "VERB" in word_tags(word) and "NOUN" not in word_tags(word) and word.islower()
    if not (word in AUXILIARIES or (finite_verb(word) and not _ambiguous_plural(word)) or base):
        return None  # "Two railways operate ...": a plural subject takes the plain verb
    return _finish(f"{phrase}{after[end:]}")


def _period_noun(answer: str) -> str:
    """The noun a period is asked by: "century" for one named so and for one said by its
    hundreds ("the 1800s", which the accepted answers read as the 19th century, not the
    decade 1800-1809), else "decade"."""
    if "centur" in answer.casefold() or _HUNDREDS.match(answer.strip()):
        return "century"
    return "decade"


_HUNDREDS = LazyPattern(r"^(?:[Tt]he\s+)?(?:[1-9]|1\d)00s$")


_HYPHENED_PERIOD = re.compile(r"-(?:century|centuries|decade|millennium|era)$", re.IGNORECASE)


def _modifies_noun(after: str, answer: str = "") -> bool:
    """Whether the answer's period or figure qualifies the noun after it ("the 12th century
    scholars", "1960s fashion", "late 18th-century Franco-Dutch painting"): the phrase's head
    is that noun, so the period is no time of the clause's own. A period joined by a hyphen
    ("18th-century") is written so only before its noun."""
    if _HYPHENED_PERIOD.search(answer) and re.match(r"\s+[\w\"“]", after):
        return True
    following = re.match(r"\s+(?:[A-Z][a-z]+-[A-Z][a-z]+\s+)?([a-z]+)\b", after)
    if following is None:
        return False
    word = following.group(1)
    return "NOUN" in word_tags(word) and finite_verb(word) is None


_REFLEXIVES = word_set("himself herself itself themselves oneself")
_FROM_BEFORE = LazyPattern(r"\bfrom\s+(?:the\s+)?$")
_NOT_AFTER_FROM = LazyPattern(r"\s*[,;(]|\s+(?:to|into|toward|towards|and|or)\b")
"""What cannot follow a stranded "from": a comma or bracket, the other end of a way ("to
Orm"), or a second place."""


def _from_a_place(before: str, kind: str, wh: str) -> bool:
    """Whether a place of no sort ("what") follows "from": fronted, it is asked "Where ...
    from?", never "came from what?"."""
    return wh == "what" and kind in ("place", "country") and bool(_FROM_BEFORE.search(before))


def _modifies_a_noun_after(after: str) -> bool:
    """Whether a lower-case noun follows a name or term, which only modified it ("aid to
    Storm Ivo survivors", "codified in Kell law"): the phrase the preposition took is the
    noun's, not the answer's. A noun that is also a verb's finite form, an adverb ("today")
    or a reflexive ("himself") may go on the clause instead; an unknown word in "-s" reads as
    a plural noun ("survivors")."""
    following = re.match(r"\s+([a-z][a-z-]*)\b(?![’'-])", after)
    if following is None:
        return False
    word = following.group(1)
    if word in AUXILIARIES or word in lexicon.COMMON_START_WORDS or word in _REFLEXIVES:
        return False
    tags = word_tags(word)
    if not tags:
        return word.endswith("s") and not word.endswith(("ss", "us", "is", "ly"))
    return "NOUN" in tags and "ADV" not in tags and finite_verb(word) is None


def _in_situ(
    before: str,
    after: str,
    answer: str,
    kind: str,
    sort: str | None = None,
    *,
    listed: bool = False,
) -> tuple[str, str] | None:
    """The question with the wh-phrase where the answer stood, or fronted where the clause is
    plain; ``listed`` when the sentence goes on to name a second answer after "and" or "or",
    which a fronted question would leave out."""
    if not before.strip():
        return None
    if len(_WORD.findall(before)) <= 2 and after.startswith(","):
        return None  # "At whom, a tradition ...": an opening phrase is no place to ask
    if _placed_only(f"{before} {after}"):
        return None  # "The statue located at the gate of which town?": no verb of its own
    if _only_an_opening(f"{before} {after}"):
        return None  # "In the wake of the floods in what year?": the clause was cut away
    subject = False
    if kind == "number":
        phrase = _number_phrase(answer, after)
        if phrase is None:
            return None
        wh = phrase[0]
    elif kind == "period":
        wh = f"what {_period_noun(answer)}"
    elif kind == "year":
        if re.match(r"\s+[a-z]", after) and not _PREPOSITION_BEFORE.search(before):
            return None  # "the 1801 treaty": a year used as a modifier
        wh = "what year"
    elif kind == "date":
        wh = "what date"
    else:
        subject = _subject_after_an_opening(before, after)
        wh = _which(answer, kind, subject=subject)
        if wh == "what" and kind != "person":
            wh = _which_sort(answer, sort) or wh  # "took what" → "took which port"
        place_sort = (
            _SORT_OF_PLACE.search(before) if kind in ("place", "country", "other") else None
        )
        if place_sort is not None and _named_by_its_own_word(place_sort.group(1)):
            return None  # "the Orvan region of Kessia": the region is Orvan's, in Kessia
        if place_sort is not None:  # "captured the town of Visby" → "captured which town"
            before, wh = before[: place_sort.start()], f"which {_lower_start(place_sort.group(1))}"
        if not wh.startswith("which ") and _modifies_a_noun_after(after):
            # "gave aid to what survivors?" of "Storm Ivo survivors" asks which survivors;
            # "to which storm survivors" keeps the phrase whole and asks the storm
            return None
        from_a_place = _from_a_place(before, kind, wh)
        fronted = (
            _fronted(
                before, after, answer, kind, None if from_a_place else wh, from_place=from_a_place
            )
            if (wh.startswith("which ") or from_a_place) and not _agent_of_reduced_relative(before)
            else None
        )
        if fronted is None and from_a_place:
            return None  # "came from what?" asks a place as a thing
        if fronted is not None:
            return fronted, "fronted"  # "discharges into which sea" → "Into which sea does ..."
    quantified = _QUANTIFIED_OWNER.fullmatch(before)
    if quantified is not None:
        if not wh.startswith("which ") or not plural_noun(quantified["noun"]):
            return None  # "Several monks of what fled ...?": no sort to ask by
        before = f"{quantified['rest'][:1].upper()}{quantified['rest'][1:]}"
    plain = kind not in _TIME_AND_COUNT_KINDS and not listed
    moved = _stranded(before, after, answer, kind, wh) if plain else None
    if moved is not None:
        return moved, "fronted"
    return _finish(f"{before}{wh}{after}"), "subject" if subject else "in-situ"


def _subject_after_an_opening(before: str, after: str) -> bool:
    """Whether the answer between an opening clause and a verb is its clause's subject
    ("When Orm died, [Kessmark] inherited his lands"): asked "who", never "whom"."""
    if not before.rstrip().endswith(","):
        return False
    verb = _WORD.match(after.lstrip())
    return verb is not None and (
        verb.group(0) in AUXILIARIES
        or (finite_verb(verb.group(0)) is not None and not _ambiguous_plural(verb.group(0)))
    )


def _placed_only(stem: str) -> bool:
    """Whether the only verbs of a stem are participles that say where a thing stands."""
    verbs = [
        w
        for w in _WORD.findall(stem)
        if w[:1].islower() and (w in AUXILIARIES or finite_verb(w) is not None)
    ]
    return bool(verbs) and all(w in _PLACED for w in verbs)


def _only_an_opening(before: str) -> bool:
    """Whether the words before the wh-phrase are only a phrase that opens a sentence, with no
    clause of their own: a preposition's phrase ("In the wake of the floods in") or a
    participle's ("Initially built with"), where no word follows that can only be a verb."""
    words = _WORD.findall(before)
    while words and words[0].casefold().endswith("ly") and _adverb(words[0].casefold()):
        words = words[1:]  # "Initially built with"
    if not words:
        return False
    first = words[0].casefold()
    participle = word_tags(first) == {"VERB"} and first not in AUXILIARIES
    if words[0] not in _OPENING_PREPOSITIONS and not participle:
        return False
    return not any(
        w.casefold() in AUXILIARIES
        or (w[:1].islower() and finite_verb(w) and "NOUN" not in word_tags(w.casefold()))
        for w in words[1:]
    )


_STRANDABLE = word_set("to from for with into onto through than by opposite as upon")
"""Prepositions a fronted "what" or "which" leaves at the end of a plain clause ("What was
the loom designed for?"); not "in", "at" or "on", whose phrase as often names a place or a
time the clause happens in as the verb's own object."""
_SIMPLE_CLAUSE_STOPS = (
    _CLAUSE_OPENERS
    | _SUBORDINATE_OPENERS
    | word_set("whereby whether how and or but nor not according")
)
_TIME_WORDS = ("in", "on", "since", "until", "during", "by", "before", "after")
_TIME_POINT_CORE = (
    r"(?:(?:early|late|mid)\s+)?(?:(?:\d{1,2}\s+)?[A-Z][a-z]+\s+(?:\d{1,2},?\s+)?)?\d{3,4}s?"
)
"""A year, a decade or a date ("1903", "early 1850s", "2 May 1931", "May 2, 1931")."""
_TIME_POINT = rf"\s+(?:the\s+)?{_TIME_POINT_CORE}"
_TIME_PHRASE = LazyPattern(rf"\s+(?P<phrase>(?:{'|'.join(_TIME_WORDS)}){_TIME_POINT})")
"""A time after the answer that bounds the fact ("... to FAT32 in 2006"): it stays in the
question, after the stranded preposition."""
_OPENING_TIME = LazyPattern(
    rf"(?P<phrase>(?:{'|'.join(w.capitalize() for w in _TIME_WORDS)}){_TIME_POINT}),\s+(?=[A-Z])"
)
"""A time opening the clause ("In 1903, Kellco ..."): it closes the question instead."""
_BARE_OPENING_TIME = LazyPattern(
    rf"(?:{'|'.join(w.capitalize() for w in _TIME_WORDS)})\s+{_TIME_POINT_CORE}"
    r"(?=\s+(?!(?:and|or|to|through|until|till|before|after|when|while|as|during|since"
    r"|because|although|in|on|at|by|with)\b)[A-Za-z])"
)
"""A time opening the clause without its comma ("In 1829 Ivo Berg ...", "On 2 May 1931 the
mill ..."); not "In the 1849 census", "In 1849 and 1850", where the time runs on, nor "In
1648 before the war ...", where a second phrase or a clause goes on opening the sentence."""
_SEASON_OR_PART = LazyPattern(
    r"\b(?:spring|summer|autumn|fall|winter|start|beginning|end|middle|half|course)$"
)
"""A part of a year or a time that a clause's last phrase gives its deed ("in the fall of")."""
_TAKEN_RIGHT_AFTER = word_set("in on at")
"""Prepositions a verb takes as its own right after it ("enrolled in", "embarked on",
"studied at"); after an object they as often say where or when the deed happened."""
_NAMING_VERBS = word_set("called named known titled dubbed termed")


def _bare_common_subject(subject: str) -> bool:
    """Whether a subject is a common noun with no determiner ("officials", "genocide"): a
    question about it does not say whose or which."""
    first = _WORD.match(subject)
    if first is None:
        return True
    word = first.group(0)
    if (
        word.casefold() in _NOUN_PHRASE_OPENERS
        or word[:1].isdigit()
        or word.casefold() in NUMBER_WORDS
    ):
        return False
    return word[:1].islower() and "NOUN" in word_tags(word)


_UNSEEN_OBJECTS = word_set("him her them it his its their this these those")
_PLAIN_PUNCTUATION = LazyPattern(r"[,;:()\[\]\"“”—–/]")


def _stranded(before: str, after: str, answer: str, kind: str, wh: str) -> str | None:
    """ "The loom was designed for what" → "What was the loom designed for?"; "Kell began
    selling what" → "What did Kell begin selling?".

    Only a plain main clause: one finite verb, the answer ending the clause as the verb's
    object or the object of a preposition the verb takes right after its own object, with no
    comma, list, subordinate clause or second preposition the answer could belong to."""
    if not re.fullmatch(r"what|whom|which [a-z][a-z -]*", wh):
        return None
    bound = _TIME_PHRASE.fullmatch(after.rstrip(" ."))
    phrases = _trailing_phrases(after) if bound is None else ""
    if after.strip(" .") and (bound is None or _has_finite(after)) and not phrases:
        return None
    time = f" {bound['phrase']}" if bound and after.strip(" .") else ""
    if after.strip(" ."):  # "held a what in 1412"; "What did the guild hold?" alone is vague
        before = _INDEFINITE_ARTICLE_AT_END.sub("", before)
    opening = _OPENING_TIME.match(before)
    if opening is not None and not time:
        # "In 1903, Kellco began selling blankets" → "What did Kellco begin selling in 1903?"
        phrase = opening["phrase"]
        time, before = f" {phrase[:1].lower()}{phrase[1:]}", before[opening.end() :]
    if wh == "what" and (_names_people(answer) or kind in ("place", "country")):
        return None  # "What did the king give the land to?": the monks are no "what"
    last_word = (_WORD.findall(answer)[-1:] or [""])[0].split("-")[-1]
    if last_word.islower() and "ADJ" in word_tags(last_word) and "-" in answer:
        return None  # "began selling DRM-free[, higher-quality songs]": the noun was cut off
    if not before.endswith(" "):
        return None
    words = _WORD.findall(before)
    checked = words[:-1] if words[-1:] == ["as"] else words  # "cast as": the preposition
    if _PLAIN_PUNCTUATION.search(before) or not _plain(" ".join(checked)):
        return None
    if any(w in _UNSEEN_OBJECTS for w in words[1:]):
        return None  # "Who does Bond ask her to investigate?": her, unseen without the text
    clause, stranded = before.rstrip(), ""
    last = words[-1].casefold() if words else ""
    if last in _PREPOSITION_WORDS or last in _STRANDABLE or last == "of":
        taken = last in _STRANDABLE or (last in ("of", "in") and _strands(last, before))
        right_after = not taken and last in _TAKEN_RIGHT_AFTER
        if right_after and last != "on" and wh == "what":
            return None  # "What did the monks live in?": in poverty, or in a house?
        if not (taken or right_after) or _infinitive_after_to(last, clause[: -len(last)], answer):
            return None
        clause, stranded = clause[: -len(last)].rstrip(), f" {last}"
        if last == "with" and _POSSESSED_NOUN.search(clause):
            return None
    else:
        right_after = False
    if _COMPARED_WITH_UNSEEN.search(clause):
        return None  # "What can analogous definitions be made for?": analogous to what?
    inverted = invert(clause)
    if inverted is None or inverted.verb_end != _verb_end(clause):
        return None
    if not _verb_phrase_plain(inverted.rest, object_asked=not stranded):
        return None
    if right_after and not _verb_alone(inverted.rest):
        return None  # "lived in Kell", "a term used in": the place, or a noun's phrase
    if inverted.auxiliary in ("do", "does", "did") and inverted.rest.startswith("have "):
        return None  # "has never won" read as "have": the perfect's auxiliary is "has"
    passive = inverted.auxiliary in _BE and past_participle(inverted.rest)
    if stranded == " by" and not (passive and len(_WORD.findall(inverted.rest)) == 1):
        return None  # "prevented his censure by X": the agent of the noun, not the verb
    if stranded == " by" and wh == "what" and kind != "term" and _bare_name(answer):
        return None  # an agent named is a person or a body, which "what" does not ask for
    copula = inverted.auxiliary in _BE and not past_participle(inverted.rest)
    if copula and any(w in _NOUN_PHRASE_OPENERS for w in _WORD.findall(inverted.rest)):
        return None  # "was the largest donor to X": the phrase is the noun's; it stays put
    if _bare_common_subject(inverted.subject):
        return None  # "What were officials unable to contact?": which officials?
    if not stranded and _WORD.findall(inverted.rest)[-1] in _NAMING_VERBS:
        return None  # "What is the venture called?": a name asks for what it names
    fronted = "who" if wh == "whom" else wh
    asked = f"{fronted} {inverted.auxiliary} {inverted.subject} {inverted.rest}{stranded}"
    if phrases and any(w.endswith("ing") for w in _WORD.findall(inverted.rest)[2:]):
        return None  # "conquer England killing": a participle's object; "begin selling" is one
    if phrases:
        return _finish(f"{asked}{phrases}{time}")
    if stranded and time.startswith(stranded):
        return _finish(f"{time.strip()}, {asked}")  # "In 1990, which academy ... enroll in?"
    return _finish(f"{asked}{time}")


_INDEFINITE_ARTICLE_AT_END = LazyPattern(r"(?<=\s)(?:a|an)\s+$")
_MAX_TRAILING_WORDS = 10
_EXAMPLE_WORDS = word_set("like including than except besides")


def _trailing_phrases(after: str) -> str:
    """The phrases of place, time or purpose after an answer that ends the verb's object
    (" in 1412 in a failed bid for a charter"), kept whole after the fronted question; "" when
    ``after`` is anything else: a clause, a list, an aside, a phrase of the answer's own noun
    ("of", "such as") or more than a few words."""
    phrase = after.rstrip(" .")
    words = _WORD.findall(phrase)
    if not phrase.startswith(" ") or not words or len(words) > _MAX_TRAILING_WORDS:
        return ""
    first = words[0].casefold()
    if first not in _PREPOSITION_WORDS or first == "as" or not _plain(phrase):
        return ""
    if any(w.casefold() in _EXAMPLE_WORDS for w in words):
        return ""
    if any(
        w.casefold() == "to" and "VERB" in word_tags(following) for w, following in pairwise(words)
    ):
        return ""  # "to make a bid": a purpose, a second predicate
    if any(
        is_finite_verb(w)
        and not _ambiguous_plural(w)
        and words[at - 1].casefold() not in _NOUN_PHRASE_OPENERS
        for at, w in enumerate(words)
    ):
        return ""  # "in 1412 it fell", but "in a failed bid", "in trade disputes": no verbs
    return phrase


def _plain(text: str) -> bool:
    """Whether ``text`` holds no comma, bracket, quotation, list or subordinate clause."""
    if _PLAIN_PUNCTUATION.search(text):
        return False
    return not any(w.casefold() in _SIMPLE_CLAUSE_STOPS for w in _WORD.findall(text))


def _verb_alone(rest: str) -> bool:
    """Whether an inverted verb phrase is its verb alone, maybe after an adverb in -ly
    ("enroll", "originally settle", "elected")."""
    words = _WORD.findall(rest)
    if len(words) == 2 and words[0].endswith("ly") and "ADV" in word_tags(words[0]):
        words = words[1:]
    return len(words) == 1 and words[0].islower()


def _verb_end(clause: str) -> int | None:
    """Where the clause's first finite verb ends."""
    for match in _WORD.finditer(clause):
        if match.start() and match.group(0)[:1].islower() and _finite_word(match.group(0)):
            return match.end()
    return None


def _verb_phrase_plain(rest: str, *, object_asked: bool) -> bool:
    """Whether the inverted verb phrase ("begin selling", "designed", "give the prize") holds
    nothing but its verbs and at most one object: no preposition, no second finite verb, and,
    when the answer is the verb's object, a verb at its end."""
    words = _WORD.findall(rest)
    if not words or len(words) > 7:
        return False
    for index, word in enumerate(words):
        lower = word.casefold()
        infinitive = index + 1 < len(words) and "VERB" in word_tags(words[index + 1])
        if lower == "to" and infinitive and object_asked:
            continue  # "unable to contact": an infinitive, not a place
        if lower in _PREPOSITION_WORDS or lower == "of":
            return False
        after_to = index and words[index - 1].casefold() == "to"
        if index and not after_to and _finite_word(word) and not past_participle(word):
            return False  # "began and ruled", "said the king died": a second verb
    if object_asked:
        last = words[-1]
        return last.islower() and "VERB" in word_tags(last) and last not in _NOUN_PHRASE_OPENERS
    return True


_QUANTIFIED_OWNER = LazyPattern(
    r"(?:Several|Various|Many|Some|A\s+few|Numerous)\s+"
    r"(?P<rest>(?:[a-z][\w-]*\s+)?(?P<noun>[a-z][\w-]*)\s+of\s+)"
)
"""A subject that counts loosely what belongs to the answer: "Several monks of Orm Abbey
fled" is asked "Monks of which abbey fled ...?", true of some of them as of several."""


_SORT_OF_PLACE = LazyPattern(
    r"\bthe\s+((?:(?!of\b)[\w-]+\s+){0,2}?(?:city|town|village|port|state|province|region"
    r"|county|district|island|river|lake|valley|kingdom|republic|duchy|empire|colony|territory"
    r"|principality|diocese|parish|borough))\s+of\s+$",
    re.IGNORECASE,
)
"""The sort a text gives a place, with up to two words describing it ("the former Frankish
kingdom of X" → "which former Frankish kingdom")."""


_PEOPLE_S_ADJECTIVE = LazyPattern(r"[A-Z][\w-]*(?:ian|ish|ese|ic)")


_COMPASS_WORDS = word_set(
    "North South East West Northern Southern Eastern Western Central North-East North-West"
    " South-East South-West"
)


def _named_by_its_own_word(described: str) -> bool:
    """Whether a place's sort carries a name of its own before it ("the Orvan region of
    Kessia"): the place is Orvan, and the name after "of" only says where it lies. A
    people's adjective ("the Frankish kingdom of Austrasia") names no place. A capital
    compass word names one ("the South East region of Kessia") unless it only narrows a
    people's adjective ("the North Kessian kingdom of Orla")."""
    words = described.split()[:-1]
    for at, word in enumerate(words):
        if word in _COMPASS_WORDS:
            following = words[at + 1] if at + 1 < len(words) else ""
            if following in _COMPASS_WORDS or not following[:1].isupper():
                return True
        elif (
            word[:1].isupper()
            and word not in lexicon.COUNTRY_DEMONYMS
            and not _PEOPLE_S_ADJECTIVE.fullmatch(word)
        ):
            return True
    return False


_DEFINITION = LazyPattern(
    r"^(?P<lead>[A-Z][^,]{2,60},\s+)?(?:(?P<article>A|An|The|a|an|the)\s+)?"
    r"(?P<term>[\w][\w-]*(?:\s+[\w][\w-]*){0,3})\s+"
    r"(?P<verb>is|are|was|were)\s+(?:(?:understood|taken|considered)\s+to\s+be\s+"
    r"|(?:regarded|defined|described)\s+as\s+)?"
    r"(?P<predicate>(?:a|an|the)\s+[^;:]{8,180}?)\s*[.;]?$"
)
_WHATEVER_DEFINITION = LazyPattern(
    r"^(?P<lead>)(?:(?P<article>A|An|The)\s+)?(?P<term>[a-zA-Z][\w-]*(?:\s+[a-z][\w-]*){0,3})\s+"
    r"(?P<verb>is|are)\s+(?P<predicate>whatever\s+[^,;:]{8,120}?)\s*\.?$"
)
"""A term defined by a free relative clause ("Opportunity cost is whatever must be given up
to obtain some item."), in the present tense of a definition, in one clause."""
_PRONOUN_NOUNS = frozenset(["everything", "anything", "nothing", "something"])
_QUOTED_DEFINITION = LazyPattern(
    r"^(?P<head>[A-Za-z][^\"“”]{2,80}?\s(?:is|are|was|were)\s+(?:defined|described)\s+as\s+)"
    r"[\"“](?P<article>A|An|The|a|an|the)(?P<rest>\s[^\"“”]{8,180}?)[.,]?[\"”]\s*\.?$"
)
"""A definition given as a quotation: "X is defined as "A policy of ..."."""


def _common_noun(word: str) -> bool:
    """Whether a term's last word is a common noun the word lists know ("cost"), not a
    name ("Kell") or a pronoun ("Everything is whatever ...")."""
    word = word.casefold()
    return "NOUN" in word_tags(word) and word not in _PRONOUN_NOUNS


_PREDICATE_END = LazyPattern(
    r",\s+(?=(?:which|who|whose|where|while|whereas|although|though|and|or|but|as|so|because"
    r"|since|when|with|making|meaning|giving)\b)|;"
)
"""Where a predicate's first claim ends: "a model of a machine, which ..." keeps the model."""
_NOUN_PHRASE_OPENERS = _ARTICLES_AND_POSSESSIVES | word_set("this these")
"""Words that open a noun phrase, so a verb before one takes an object; not "that", which
after a verb opens a clause ("said that ..."), nor "those", which stands alone ("those
who ...")."""
_RELATIVE_WORDS = frozenset(
    ["that", "which", "who", "whose", "whom", "where", "whereby", "when", "whether", "how"]
)
_RESTRICTED = LazyPattern(
    r"\b(?:of|in|for|that|which|who|whose|where|whereby|between|among|with|over|from|by|on|at"
    r"|to|whose|containing|used|made|found|designed|inside|within|into|across|through"
    r"|around|under|against|without)\b"
)
"""An indefinite predicate says what sets the term apart only with a phrase after its noun:
"a model of a machine", not "a computational model"."""
_ARTICLES = frozenset(["a", "an", "the"])
_NOUN_AFTER = frozenset(
    ["of", "in", "for", "on", "with", "between", "among", "per", "more", "many", "several", "to"]
)
"""Prepositions and quantifiers after which a word that could be a verb ("prices", "sets",
"parties") is a noun; after "to" a finite form ("to buckets") can only be one."""
_NAMING = LazyPattern(
    r"^(?P<subject>[A-Z][^;:]{3,120}?)\s+(?P<verb>is|are|was|were)\s+"
    r"(?:(?:called|named)(?!\s+(?:after|for|by|in|off|on|up)\b)|known as|termed|referred to as)"
    r"\s+"
    r"(?P<term>[^,;:.–—]{1,40}?)"
    r"(?:\s+(?:in\s+(?:his|her|their|its)\s+(?:honou?rs?|memory)|after\s+(?:him|her|them|it)"
    r"|for\s+short))?"
    r"(?P<rest>(?:,|\s[–—]\s).*)?\s*[.;]?$"
)
"""A sentence that names a term; the words that only say why it bears the name ("in her
honour", "after him", "for short") stay out of the term, and so does an aside after a dash
("a Tarnelite – in Orm speech tarnak")."""
_REASON_AFTER_TERM = LazyPattern(r"\s+(?:because|since|although|though|whereas|unless)\b.*$")
"""A clause after the name ("called the dry cycle because it ...") says why it bears it:
the term ends before it."""
_TIME_AFTER_TERM = LazyPattern(
    r"\s(?:prior|previously|formerly|earlier|originally|initially|then|today|now|later)$"
)
"""A time word closing the term ("was known as a farming area prior"): the sentence says
what it was called only then, which a question without the time misstates."""
_NOT_TERMS = frozenset(
    [
        "this",
        "that",
        "these",
        "those",
        "it",
        "they",
        "there",
        "he",
        "she",
        "which",
        "what",
        "who",
        "one",
        "ones",
        "some",
        "many",
        "most",
        "each",
        "all",
        "both",
        "either",
        "neither",
        "such",
        "other",
        "others",
        "another",
        "result",
        "reason",
        "way",
        "aim",
        "goal",
        "idea",
        "first",
        "second",
        "last",
        "main",
    ]
)


@dataclass(frozen=True)
class Definition:
    """A key term a sentence defines or names, with the question that asks for it."""

    start: int
    end: int
    question: str
    claim: str
    """The sentence cut to the one claim that defines the term (a statement of one fact)."""
    sort: str | None = None
    """What sort of thing the term is, where the sentence names it apart from the question's
    wording ("grass" of "Marsh grasses include sedges that ...")."""


def _is_role(word: str, roles: Collection[str]) -> bool:
    """Whether a word names a role, a hyphenated title by any of its parts ("Director-General",
    "Lieutenant-Governor")."""
    return any(part in roles for part in [word.casefold(), *word.casefold().split("-")])


_ABSOLUTE_BEING = LazyPattern(
    r"(?<!\bof)(?<!\bfrom)(?<!\bfor)(?<!\bby)(?<!\bwithout)(?<!\babout)\s+being\b"
)
"""A noun with "being" after it, an absolute ("the best known example being the force
between quarks"): it names an example, not what the term is. After a preposition "being"
is a gerund that may define ("the state of being awake")."""


_KEY_DETERMINER = LazyPattern(r"^(?:the|a|an|its|their|his|her|our|your|my)\s+", re.IGNORECASE)
_POSSESSIVE_OPENING = LazyPattern(r"^(?:its|their|his|her|our|your|my)\s", re.IGNORECASE)


def opens_with_possessive(key: str) -> bool:
    """Whether a key opens with a possessive pronoun ("its carrying capacity"): the owner is
    in the sentence, not in the answer, and "the its carrying capacity" is no answer."""
    return _POSSESSIVE_OPENING.match(key) is not None


_SPELLED_TWO_WAYS = LazyPattern(
    r"^(?P<term>[A-Z][a-z-]{4,})\s+or\s+(?P<other>[a-z][a-z-]{4,})(?=\s+(?:is|are|was|were)\s)"
)
MIN_SPELLING_LIKENESS = 0.85
"""How alike two words must be (``SequenceMatcher.ratio``) to be one word spelled two ways:
"colour" and "color", "decentralization" and "decentralisation"."""


def _in_one_spelling(text: str) -> str:
    """ "Decentralization or decentralisation is the process of ..." → "Decentralization is
    the process of ...": a term the sentence opens with in two spellings is one term, asked
    once; two words alike at the start only ("Tarns or tarots") are two things."""
    found = _SPELLED_TWO_WAYS.match(text)
    if found is None:
        return text
    term, other = found["term"].casefold(), found["other"]
    alike = SequenceMatcher(None, term, other).ratio() >= MIN_SPELLING_LIKENESS
    if not alike or term[:3] != other[:3]:
        return text
    return text[: found.end("term")] + text[found.end("other") :]


def definition(text: str) -> Definition | None:
    """The key term a sentence defines or names, and the question that asks for it.

    "A stoma is a small pore in a leaf." → "What is a small pore in a leaf called?" (stoma);
    "The fluid inside is called the stroma." → "What is the fluid inside called?" (stroma);
    "Perth is the largest city in the state." → "What is the largest city in the state?"
    (Perth): a definite predicate names one thing, so it is asked for directly."""
    text = _in_one_spelling(text)
    naming = _NAMING.match(text)
    if naming:
        # "is called its carrying capacity": the key is the term, not whose it is
        named = _REASON_AFTER_TERM.sub("", naming.group("term"))
        term = _KEY_DETERMINER.sub("", named.strip(" \"“”'"))
        start = text.find(term, naming.start("term"))
        subject = _lower_start(naming.group("subject"))
        opens = _WORD.match(naming.group("subject"))
        # "Each item in a list is called ..." names what every item is called
        plain = opens is not None and (
            _can_open_subject(opens.group(0)) or opens.group(0) == "Each"
        )
        if (
            plain
            and not unbound_context_words(subject)
            and term
            and start >= 0
            and len(subject.split()) <= 16
            and not _TIME_AFTER_TERM.search(term)
            and not (re.match(r"an?\s", named.strip()) and _standing_not_kind(named.strip()))
        ):  # "known as a dangerous place": what it was thought, no name
            question = _finish(f"What {naming.group('verb')} {subject} called")
            claim = text[: start + len(term)] + "."
            return Definition(start, start + len(term), question, claim)
    whatever = _WHATEVER_DEFINITION.match(text)
    if (
        whatever
        and _defined_term(whatever)
        and not context_words(whatever["predicate"])
        and _common_noun(whatever["term"].split()[-1])
    ):
        # "Opportunity cost is whatever must be given up ...": no noun to ask "what is
        # ... called", so the question asks for the name of what the clause says
        question = _finish(f"What is the name for {whatever['predicate']}")
        claim = f"{text[: whatever.end('predicate')]}."
        return Definition(whatever.start("term"), whatever.end("term"), question, claim)
    quoted = _QUOTED_DEFINITION.match(text)
    if quoted:
        # "X is defined as "A policy of ..."": the quotation marks set the definition off,
        # they quote no one's view
        return definition(f"{quoted['head']}{quoted['article'].lower()}{quoted['rest']}.")
    match = _DEFINITION.match(text)
    if not match:
        return _bare_plural_definition(text)
    if not _defined_term(match):
        return None
    predicate = _first_claim(match.group("predicate"))
    if predicate is None or _ABSOLUTE_BEING.search(predicate):
        return None
    verb = match.group("verb")
    if not _RESTRICTED.search(predicate):
        return None  # "a computational model", "the fastest growing religion": of what?
    said = [w for w in _WORD.findall(predicate) if w not in _ARTICLES]
    if not predicate.startswith("the ") and len(said) < 4:
        return None  # "a string over an alphabet": the learner would answer "a string"
    if predicate.startswith("the "):
        head = _WORD.findall(re.split(r"\s(?:of|in|for)\s", predicate)[0])
        roles = lexicon.ROLE_NOUNS | _TITLE_OR_MODIFIER | _ROLE_LIKE
        # "the official language": a role word that only modifies a lower-case noun
        # describes a thing, not a person
        person = any(_is_role(w, roles) for w in head[1:]) and (
            _is_role(head[-1], roles) or not head[-1].islower()
        )
        # "The Kelland farmer is the main grower of oats": the key itself is a person
        person = person or names_people(match.group("term"), "other")
        question = _finish(
            f"{'Who' if person else 'What'} {_agreeing(verb, predicate)} {predicate}"
        )
    elif _proper_name(match.group("term")) and not (
        _MADE_BY.search(predicate) and _plainly_a_name(match.group("term"))
    ):
        return None  # "Perth is a city in the west": so are many others
    elif _standing_not_kind(predicate):
        return None  # "Salt is a major force in Orm's economy": no name for that
    else:
        question = _finish(f"What {_agreeing(verb, predicate)} {predicate} called")
    claim = f"{text[: match.start('predicate')]}{predicate}."
    return Definition(match.start("term"), match.end("term"), question, claim)


_BARE_PLURAL_DEFINITION = LazyPattern(
    r"^(?P<term>[A-Za-z][a-z-]{3,}s)\s+are\s+(?P<predicate>[a-z][^;:()\"“”]{8,180}?)\s*\.?$"
)
_QUANTIFIERS = word_set("some many several most few all both various numerous")


def _bare_plural_definition(text: str) -> Definition | None:
    """ "Varves are thin layers of silt laid down in one year." → "What are thin layers of
    silt laid down in one year called?" (varves): a plural term defined by a plural noun
    phrase without an article. Only a word no general word list knows (the document's own
    term) is asked: "Otters are small animals that eat fish" describes a kind the learner
    knows by a phrase that fits many kinds."""
    found = _BARE_PLURAL_DEFINITION.match(text)
    if found is None or word_tags(found["term"].casefold()):
        return None
    words = list(_WORD.finditer(found["predicate"]))
    if len(words) < 4 or words[0].group(0) in _QUANTIFIERS:
        return None
    size = next(
        (i for i, w in enumerate(words) if w[0] in _PREDICATE_HEAD_ENDS or past_participle(w[0])),
        len(words),
    )
    phrase = [w.group(0) for w in words[:size]]
    if not phrase or not all(word_tags(w) & {"NOUN", "ADJ"} or "-" in w for w in phrase):
        return None  # "are found in ...", "are often ...": no noun phrase says what they are
    noun = phrase[-1]
    if not noun.endswith("s") or noun in lexicon.all_lemmas(noun).get("NOUN", (noun,)):
        return None  # "are common in ...": no plural kind
    # the noun phrase is read above; what follows it must not be a second clause
    rest = _first_claim(f"the {noun} {found['predicate'][words[size - 1].end() :].strip()}")
    if rest is None or not _RESTRICTED.search(rest):
        return None
    predicate = found["predicate"][: words[size - 1].end()] + rest[len(f"the {noun}") :]
    if _standing_not_kind(f"the {predicate}"):
        return None  # "are major sources of ...": no kind the term names
    claim = f"{text[: found.start('predicate')]}{predicate}."
    return Definition(0, found.end("term"), _finish(f"What are {predicate} called"), claim)


_PREDICATE_HEAD_ENDS = frozenset(
    ["of", "in", "on", "at", "to", "by", "for", "from", "with", "that", "which", "who", "whose"]
)


_SAME_IN_BOTH_NUMBERS = word_set(
    "series species means headquarters aircraft sheep deer fish offspring"
)


def _agreeing(verb: str, predicate: str) -> str:
    """The verb in the number of the predicate the question opens with, not of the term it
    no longer shows: "Keels are the main element of a hull" → "What is the main element of a
    hull?", "Stomata are a kind of pore" → "What is a kind of pore called?". A head whose
    number no rule here tells (a name, "series") keeps the sentence's verb."""
    words = _WORD.findall(predicate)
    past = verb in ("was", "were")
    if words[0].casefold() in ("a", "an"):
        return "was" if past else "is"
    head: list[str] = []
    for word in words[1:]:
        tags = word_tags(word.casefold())
        if word.casefold() in _PREDICATE_HEAD_ENDS or (head and past_participle(word)):
            break
        if head and tags and not tags & {"NOUN", "ADJ"}:
            break  # "the class containing ...": the phrase ends before the verb form
        head.append(word)
    if not head or not head[-1].islower() or "NOUN" not in word_tags(head[-1]):
        return verb
    noun = head[-1]
    lemmas = lexicon.all_lemmas(noun).get("NOUN", (noun,))
    if noun in _SAME_IN_BOTH_NUMBERS or (
        noun in lemmas and noun.endswith("s") and not noun.endswith(("ss", "us", "is"))
    ):
        return verb  # "the species", "the remains": one or several
    if noun in _PLURAL_WITHOUT_S or noun not in lemmas:
        return "were" if past else "are"  # "the cattle", "the smallest particles"
    return "was" if past else "is"  # "the class", "the smallest unit"


_RELATIONAL_HEADS = word_set(
    "result consequence outcome effect product cause source factor example instance part"
    " member sign symptom choice alternative"
)
"""Nouns that tell how the subject stands to something else ("a result of subduction", "an
alternative favoured by gardeners"), not a kind it is the name of: many things are one."""


def _standing_not_kind(predicate: str) -> bool:
    """Whether an indefinite predicate ranks, judges or relates its subject ("a major force in
    the economy", "a poor choice of replacement", "a result of subduction") rather than say
    what kind of thing it is ("a small pore in a leaf"): "What is ... called?" then asks for
    no name, and many things fit."""
    words = [w.casefold() for w in _WORD.findall(predicate)][1:]  # the article aside
    head: list[str] = []
    for word in words:
        if word in _PREDICATE_HEAD_ENDS or (head and past_participle(word)):
            break
        head.append(word)
    if not head:
        return False
    if lexicon.STANDING_WORDS.intersection(head[:-1]):
        return True
    noun = head[-1]
    return bool({noun, *lexicon.all_lemmas(noun).get("NOUN", ())} & _RELATIONAL_HEADS)


_MADE_BY = LazyPattern(r"\b[a-z]{3,}ed\s+by\s")
"""What sets a named thing apart from others of its kind: who made, runs or proposes it ("a
network operated by Orvo"). A relative clause does not: "a company which serves Vell" is
one of several."""


def _plainly_a_name(term: str) -> bool:
    """Whether a capitalised term is a name wherever it stands: of two words or more, or with
    a capital inside ("ORMNET", "OrmNet"); "Osmosis" may be capitalised only because it
    opens the sentence."""
    return len(term.split()) > 1 or any(ch.isupper() for ch in term[1:])


def _proper_name(term: str) -> bool:
    return all(word[:1].isupper() or word[:1].isdigit() for word in term.split())


def _defined_term(match: re.Match[str]) -> bool:
    """Whether the subject of "X is a Y" is a term worth naming: a noun phrase, not a
    pronoun or a clause, and not "the input" (a lone common noun after "the" points at
    something said before)."""
    term, article = match.group("term"), (match.group("article") or "").casefold()
    words = term.split()
    plain = [w.casefold() for w in words if not w.isupper()]  # "ALL", "NP": acronyms
    if not plain and len(words) > 1:
        return False
    if plain and (plain[0] in _NOT_TERMS or plain[-1] in _NOT_TERMS):
        return False
    if any(w in AUXILIARIES or w in _NOT_NOUNS for w in plain):
        return False
    if any(w[:1].islower() and finite_verb(w) and "NOUN" not in word_tags(w) for w in words):
        return False  # a verb: "the river flows", but "brine pools" are pools
    if article == "the" and len(words) == 1 and words[0][:1].islower():
        return False
    lead = match.group("lead") or ""
    return not (lead and (context_words(lead) or any(ch.isdigit() for ch in lead)))


def _gerund_object(words: list[str], index: int) -> bool:
    """Whether the word at ``index`` follows a verb's -ing form that no article makes a noun
    ("the process of dispersing functions"): its object, not a verb ("the building houses")."""
    before = words[index - 1].casefold()
    opener = words[index - 2].casefold() if index >= 2 else ""
    return (
        before.endswith("ing") and present_participle(before) and opener not in _NOUN_PHRASE_OPENERS
    )


def _noun_in_phrase(words: list[str], index: int) -> bool:
    """Whether a plural that could be a verb is a noun by its place: after an adjective that
    is no noun or verb ("large firms"), after a count ("four bundles"), after a verb's -ing
    form ("dispersing functions"), or joined by "and"/"or" to a plural noun before it
    ("goods and services")."""
    word, before = words[index].casefold(), words[index - 1].casefold()
    if "NOUN" not in word_tags(word) or not word.endswith("s"):
        return False
    if word_tags(before) == {"ADJ"} or before in NUMBER_WORDS or before.isdigit():
        return True
    if _gerund_object(words, index):
        return True
    if before in ("and", "or") and index >= 2:
        earlier = words[index - 2].casefold()
        return earlier.endswith("s") and "NOUN" in word_tags(earlier)
    return False


_TRAILING_PARTICIPLE = LazyPattern(r",\s+(?P<phrase>(?:[a-z]+ly\s+)?[a-z]+\b[^,]*)$")
"""A participle phrase closing a predicate ("a sequence of steps that do one task, packaged
as a unit"): it adds a detail to the noun phrase before it, whose description is whole."""


_LISTED_WORDS = LazyPattern(r"\b[\w-]+(?:,\s+[\w-]+){2,}\s+(?:and|or)\s+[\w-]+\b")
"""Four single words or more listed with commas, the last joined by "and" or "or":
"functions, powers, people or things" is one phrase, its commas no end of a claim. Fewer may
be a detail added to the noun before them ("thread, small and light")."""


def _first_claim(predicate: str) -> str | None:
    """The predicate cut to its first claim, or None if what is left is no noun phrase
    ("a number and the solution is yes": a second clause)."""
    cut = _PREDICATE_END.search(predicate)
    if cut is not None:
        predicate = predicate[: cut.start()]
    participle = _TRAILING_PARTICIPLE.search(predicate)
    if participle is not None and past_participle(participle["phrase"]):
        predicate = predicate[: participle.start()]  # "a sequence of steps, packaged as a unit"
    predicate = predicate.rstrip(" .,")
    words = _WORD.findall(predicate)
    if words and words[-1] in ("and", "or", "but"):
        return None  # "the face of government and, with ...": the phrase goes on
    unlisted = _LISTED_WORDS.sub(lambda found: found[0].replace(",", ""), predicate)
    if not 3 <= len(words) <= 18 or "," in unlisted or unbound_context_words(predicate):
        return None
    listed = {
        word for found in _LISTED_WORDS.finditer(predicate) for word in _WORD.findall(found[0])
    }
    for index, word in enumerate(words[1:], start=1):
        if word in listed and word not in AUXILIARIES:
            continue  # "functions, powers, people or things": items of a list, not verbs
        if word in AUXILIARIES or (word[:1].islower() and finite_verb(word)):
            following = words[index + 1].casefold() if index + 1 < len(words) else ""
            if past_participle(word) and following not in _NOUN_PHRASE_OPENERS:
                continue  # "a ridge built up by currents": a participle, not a verb
            if words[index - 1].casefold() in _NOUN_PHRASE_OPENERS:
                continue  # "the remains of a sea": a noun after its article
            if words[index - 1].casefold() in _NOUN_AFTER and not past_participle(word):
                continue  # "a rise in the level of prices": a noun after a preposition
            if _noun_in_phrase(words, index):
                continue  # "goods and services", "a few large firms": a plural noun
            if not _RELATIVE_WORDS.intersection(w.casefold() for w in words[:index]):
                return None  # a verb outside a relative clause: a second claim
    return predicate


def without_titles(text: str) -> str:
    """The text with each title in quotes read as a plain one-word title ('"Title"'): the
    words of '"Where They Roam"' name a work, and point at nothing told before."""
    return _QUOTED_TITLE.sub('"Title"', text)


def quoted_title(text: str) -> bool:
    """Whether a text is a title in its quotes, its words capitalised ('"Where They Roam"')."""
    return _QUOTED_TITLE.fullmatch(text) is not None


def context_words(prompt: str, *, strict: bool = False) -> int:
    """How many words of the prompt point at sentences the learner cannot see (``strict``:
    only the pronouns that leave the question meaningless, not "its", "their")."""
    words = _UNSEEN_SUBJECTS if strict else _CONTEXT_WORDS
    prompt = _RESTRICTED_THOSE.sub("", without_titles(prompt))
    return sum(1 for w in _WORD.findall(prompt) if w.casefold() in words)


def unbound_context_words(phrase: str, *, strict: bool = False) -> int:
    """``context_words`` of a phrase that describes a thing, less the pronouns bound inside
    it: in "a queue that joins its tail to its head" and "proteins that fold their chains",
    "its" and "their" belong to the thing the phrase itself brings in, not to one told before.
    "its" and "it" are bound by an earlier indefinite singular ("a", "an", "each", "every"),
    "their", "they" and "them" by an earlier bare plural noun ("a queue whose size is fixed
    when it is made"), once a relative clause or a "with"/"having" phrase of the thing has
    begun; "a city in its north" and "the largest city in its north" still lean on the text,
    and so does a pronoun right after a relative word ("a city that it founded": it did the
    founding)."""
    words = _WORD.findall(phrase)
    counted = _UNSEEN_SUBJECTS if strict else _CONTEXT_WORDS
    bound = 0
    singular = plural = described = False
    for index, word in enumerate(words):
        lower = word.casefold()
        after_relative = index > 0 and words[index - 1].casefold() in _RELATIVE_PRONOUNS_WITH_WHOM
        agrees = (lower in _BOUND_SINGULAR and singular) or (lower in _BOUND_PLURAL and plural)
        if agrees and described and lower in counted:
            bound += not (after_relative and lower in _GOVERNED_PRONOUNS)
        described = described or ((singular or plural) and lower in _THING_S_OWN_PHRASE)
        singular = singular or lower in _INDEFINITE_SINGULAR
        plural = plural or _bare_plural(words, index)
    return context_words(phrase, strict=strict) - bound


_BOUND_SINGULAR = frozenset(["its", "it"])
_BOUND_PLURAL = frozenset(["their", "they", "them"])
_GOVERNED_PRONOUNS = frozenset(["it", "they", "them"])
_RELATIVE_PRONOUNS_WITH_WHOM = frozenset(["that", "which", "who", "whom"])
_THING_S_OWN_PHRASE = frozenset(["that", "which", "who", "whom", "whose", "with", "having"])
_INDEFINITE_SINGULAR = frozenset(["a", "an", "each", "every"])


def _bare_plural(words: Sequence[str], index: int) -> bool:
    """Whether ``words[index]`` is a plural noun with no determiner that points back at the
    text ("proteins", "whose bobbins"; not "the proteins", "these bobbins")."""
    word = words[index].casefold()
    if word in _CONTEXT_WORDS or not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return False
    if "NOUN" not in word_tags(word):
        return False
    before = words[index - 1].casefold() if index else ""
    return before not in _NOUN_PHRASE_OPENERS and before not in _CONTEXT_WORDS


_CAPITAL_WORD = r"[A-Z0-9][\w’'.,!?-]*"
_TITLE_WORDS = (
    rf"{_CAPITAL_WORD}(?:\s+(?:{_CAPITAL_WORD}|a|an|the|of|in|on|at|to|for|and|or|but|with"
    r"|by|from))*"
)
_QUOTED_TITLE = re.compile(rf'"{_TITLE_WORDS}"|“{_TITLE_WORDS}”')
"""A title in quotes, its words capitalised ('"Where They Roam"'): a song's, an episode's, a
poem's name, whose "They" or "It" points at nothing told before."""
_RESTRICTED_THOSE = re.compile(
    r"\bthose\b(?=(?:\s+[\w-]+){0,3}?\s+(?:that|who|whom|whose|which)\b)", re.IGNORECASE
)
""""those problems that can be solved ...": "those" picks out what the relative clause says,
not anything told before."""


_NAME = r"(?P<name>[A-Z][\w’'-]*(?:\s+(?:(?:of|de|du|la|le)\s+)?[A-Z][\w’'-]*)*)"
_SORT_BEFORE_NAME = LazyPattern(
    rf"\b[Tt]he\s+(?:[a-z][\w-]*\s+){{0,2}}?(?P<sort>[a-z][a-z-]+)\s+(?P<of>of\s+)?{_NAME}"
)
"""A sort, with up to two words describing it, before a name: "the former royal abbey of
Kell" files Kell as an abbey."""
_DESCRIPTION = r"(?:a|an|the)\s+(?P<phrase>(?:[\w-]+\s+){0,3}?[a-z][a-z-]+)"
_SORT_IN_APPOSITION = LazyPattern(
    r"(?P<name>[A-Z][\w’'-]*(?:\s+(?:(?:of|de|du|la|le)\s+)?[A-Z][\w’'-]*)*),\s+(?:a|an)\s+"
    r"(?P<phrase>(?:[\w-]+\s+){0,3}?[a-z][a-z-]+)(?=\s*[,;.]|$|\s+(?:in|on|at|near)\s+[A-Z])"
)
"""An apposition that describes: "Orm, a dam system, ..." or "Orm, a hotel in Kell" ("Orm,
the staff, ..." may open a new subject after an opening phrase)."""
_SORT_AS_PREDICATE = LazyPattern(
    rf"{_NAME}\s+(?:is|was)\s+{_DESCRIPTION}"
    r"(?=\s*[,;.]|\s+(?:of|in|on|at|for|from|with|by|that|which|who|based|owned|run|founded"
    r"|located|near)\b)"
)
_SORTS_BEFORE_OF = word_set(
    """
    city town village port state province region county district canton island kingdom duchy
    principality empire republic colony territory diocese parish borough abbey monastery
    priory cathedral church castle fortress citadel river lake valley desert mountain
    """
)
"""Sorts a text names with "of" before a name ("the abbey of Cluny"). Other nouns before
"of" name a part or a property ("the south of X", "the history of X"), not a sort."""
_NOT_NAME_SORTS = word_set(
    """
    name nickname moniker word term title phrase label letter number figure year date time period
    same other
    following first last former latter whole rest end part side
    """
)
"""Nouns that stand before a name without saying what sort of thing it is ("the name X")."""


def _sort_words(phrase: str) -> str | None:
    """The noun (or compound noun) that ends a descriptive phrase: "Spanish broadcaster" →
    "broadcaster", "dam system" → "dam system", never an adjective ("largest")."""
    words = phrase.split()
    kept: list[str] = []
    for word in reversed(words):
        tags = word_tags(word)
        head = not kept
        if not word.islower() or tags & {"ADJ", "ADV"} or is_finite_verb(word):
            break
        if head and "NOUN" not in tags:
            break
        if not head and "NOUN" not in tags and lexicon.all_lemmas(word).get("VERB", ()) != (word,):
            break  # a modifier is a noun or a bare stem ("dam system"), not "growing"
        kept.insert(0, word)
        if len(kept) == 2:
            break
    if not kept or kept[-1] in _NOT_NAME_SORTS or kept[-1] in AUXILIARIES:
        return None
    return " ".join(kept)


WORK_SORTS = frozenset(
    word for word in lexicon.WORK_WORDS if word in ("series", "musical") or not plural_noun(word)
)
"""The nouns a document files a work under ("album", "film", "novel"): a title so filed is
asked "which album", whatever place's, event's or body's word its own name ends in."""
ANY_WORK = "work"
"""The sort of a title the document writes as a work's ("Salt Road (1961)") without saying
what work it is: asked "which work", never by its own last word ("which road") nor "where"."""
_WORK_SORT = "|".join(sorted(WORK_SORTS))
_POSSESSOR = r"(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[\w-]+['’]s)"
_TITLE = (
    r"[\"“]?(?P<name>[A-Z][\w’'-]*"
    r"(?:\s+(?:(?:of|de|du|la|le|the|a|in|on|to|for|at|with)\s+)?[A-Z][\w’'-]*)*)[\"”]?"
)
"""A title, perhaps quoted, whose inner short words are lower-case ("Road to Kell")."""
_MODIFIERS = r"(?:[a-z0-9][\w-]*\s+){0,3}?"
"""Up to three lower-case words or figures before a noun ("third studio", "1999"): never a
name ("The Kell Lions play ..." has a verb, not a work's noun)."""
_WORK_BEFORE_TITLE = LazyPattern(
    rf"(?<![\w-]){_POSSESSOR}\s+{_MODIFIERS}(?P<sort>{_WORK_SORT})"
    r"(?P<comma>(?:\s+(?:from|off|of)\s+(?:the|their|his|her|its)\s+[a-z]+)?,)?"
    rf"\s+{_TITLE}(?P<closed>,)?"
)
"""A work's noun before its title, after "the" or an owner: "her album Salt Harbour", "the
band's third album, Salt Harbour, ...", "their single “Kiss Me”", "the second single from
the album, “Kiss Me”, ..."."""
_WORK_AFTER_TITLE = LazyPattern(
    rf"{_TITLE},\s+(?:{_POSSESSOR}|an?)\s+{_MODIFIERS}(?P<sort>{_WORK_SORT})"
    r"(?=\s*[,;.)]|\s*$|\s+(?:by|in|from|released|recorded|written|directed|that|which)\b)"
)
"""A work's noun in an apposition after its title: "Salt Harbour, their third album, ..."."""


def named_sorts(texts: Iterable[str]) -> dict[str, str]:
    """What sort of thing the document calls each name it describes, keyed by the name cased
    down: "the river Orm" or "the abbey of Orm" (a sort before the name), "Orm, a dam
    system, ..." or "Orm is a port ..." (a description after it). The first description wins,
    so the same document always asks the same way."""
    found: dict[str, str] = {}
    for text in texts:
        for name, sort in _sorts_named_in(text):
            found.setdefault(name, sort)
    return found


_OPENING_SCENE = LazyPattern(r"(?:^|[.!?]\s+)(?:In|During|Throughout)\s+$")
"""A sentence opening with a phrase that sets a scene ("In the film ...", "During the
series ..."): a name right after its noun is the subject of what follows, no title."""

_NEVER_A_NAME_SORT = _NOT_NAME_SORTS | _NOUN_PHRASE_OPENERS | _RELATIVE_WORDS
"""Words before a name that never say its sort ("the name X", "the Kell", "of X")."""


@lru_cache(maxsize=16384)
def _sorts_named_in(text: str) -> tuple[tuple[str, str], ...]:
    """Each name one text describes and the sort it gives it, in reading order (cached: the
    extractor and the reader of definite phrases both read a document's sentences)."""
    found: list[tuple[str, str]] = []
    for match in _SORT_BEFORE_NAME.finditer(text):
        sort = match["sort"]
        if match["of"] and sort not in _SORTS_BEFORE_OF:
            continue
        if _sort_noun(sort) and not _NEVER_A_NAME_SORT.intersection(
            (sort, *lexicon.all_lemmas(sort).get("NOUN", ()))
        ):  # "over the following years Orm violence ...": a time, no sort of Orm's
            found.append((_named(match["name"]), sort))
    for match in [*_WORK_BEFORE_TITLE.finditer(text), *_WORK_AFTER_TITLE.finditer(text)]:
        if (
            match.re.pattern == _WORK_BEFORE_TITLE.pattern
            and not match["closed"]
            and _OPENING_SCENE.search(text, 0, match.start())
        ):
            # "In the novel Inspector Dusek hunts a smuggler", "In the film Lisberg is seen
            # only at night": the name opens the clause the phrase sets, no title of it
            continue
        if match.groupdict().get("comma") and not (
            match["closed"] and not _ends_a_preposition_s_phrase(text, match.start())
        ):
            # "In the film, Ames plays a nurse": a comma the title does not close; "the
            # third single from the album, Kiss Me, ...": the title is the single's
            continue
        found.append((_named(match["name"]), match["sort"]))
    predicates = [
        match
        for match in _SORT_AS_PREDICATE.finditer(text)
        if not _ends_a_preposition_s_phrase(text, match.start())
    ]
    for match in [*_SORT_IN_APPOSITION.finditer(text), *predicates]:
        words = match["phrase"].split()
        if any(is_finite_verb(word) for word in words) or plural_noun(words[-1]):
            continue  # "the Normans incorporated elements": a clause, and many things
        sort_words = _sort_words(match["phrase"])
        if sort_words:
            found.append((_named(match["name"]), sort_words))
    return tuple(found)


_PREPOSITION_OR_OF = _PREPOSITION_WORDS | {"of"}


def _ends_a_preposition_s_phrase(text: str, start: int) -> bool:
    """Whether a preposition comes right before ``text[start:]``: "the effort by Orm was a
    failure" says the effort was one, not Orm."""
    before = _WORD.findall(text[max(0, start - 20) : start])
    return bool(before) and before[-1].casefold() in _PREPOSITION_OR_OF


_OWN_SORTS = (
    _ORGANISATION_SORTS
    | lexicon.LAW_WORDS
    | word_set(
        """
    Prize Award Medal Trophy Programme Program Project Scheme Plan Doctrine Theorem Conjecture
    Hypothesis Thesis Principle Tapestry Manuscript Chronicle Gospel Census Survey Report
    Restoration Legislature Stadium Arena Hospital Prison Highway Motorway Freeway Route
    Line Cathedral Church Abbey Monastery Palace Castle Bridge Tower Falls Desert Dam
    Ferry Ship Steamer Steamship Locomotive Gate Lake River Park Treaty Theatre Theater
    Observatory Monument Memorial Statue Fountain Cemetery Hotel Zoo Centre Center Building Market
    """
    )
)
"""Last words of a name that say what sort of thing it names ("the Orm Prize" is a prize,
"Orm Falls" are falls). Many capitalised last words say nothing of the kind ("Point
Conception", "Video On Demand", "Virgin Media"): a name's own word is a sort only if listed."""


def _named(name: str) -> str:
    """The key of a name as the extractor's answers read it: "The Orm Works" → "orm works"."""
    return name.casefold().removeprefix("the ")


_OF_A_YEAR = LazyPattern(r"\s+of\s+\d{4}$")
"""The year that ends a name ("Orm Water Act of 1902"), after the word that says its sort."""


def own_sort(answer: str) -> str | None:
    """The sort a name gives itself with its last word: "Rhine Falls" → "falls", "Orm
    Cathedral" → "cathedral", "Orm Water Act of 1902" → "act"; "Edward the Confessor" or
    "Orm" say none."""
    if answer in lexicon.CONTINENTS:
        return "continent"
    words = _OF_A_YEAR.sub("", answer).split()
    if len(words) < 2 or "of" in words or "the" in words or words[-1] not in _OWN_SORTS:
        return None
    return words[-1].casefold()


_PLACE_SORTS = lexicon.PLACE_WORDS | {"Region", "State", "Country", "Kingdom", "Capital"}
_WHAT_IS_THE = LazyPattern(r"^What\s+(?=(?:is|was|are|were)\s+(?:the|a|an)\s)")


def with_named_sort(question: str, sort: str | None) -> str:
    """ "What is the home of the Kell Lions?" keyed a place the document calls a city → "Which
    city is the home of the Kell Lions?": the sort says what kind of answer is wanted. A
    question asking what a thing is called asks for its name, whatever its sort."""
    if sort is None or sort.capitalize() not in _PLACE_SORTS or question.endswith(" called?"):
        return question  # a place's kind is sure; a body's ("the Spectre organisation") is not
    if re.search(rf"\b{sort}(?:s|es)?\b", question, re.IGNORECASE):
        return question  # "What is the most popular sport in Orm?" names its sort already
    return _WHAT_IS_THE.sub(f"Which {sort} ", question, count=1)


def _which_sort(answer: str, sort: str | None, kind: str = "") -> str | None:
    """ "which <sort>" for an answer a bare "what" would ask about, from the sort the document
    gives it or its own last word; None when neither is known or the sort is the answer."""
    state = _state_named_by_another_sort(answer, kind)
    noun = sort or ("country" if state else own_sort(answer))
    if noun is None or noun == answer.casefold():
        return None
    return f"which {noun}"


_REDUCED_RELATIVE_AGENT = LazyPattern(r"\b(?P<before>[\w-]+)\s+(?P<participle>[a-z]+)\s+by\s+$")
_PASSIVE_HELPERS = AUXILIARIES | word_set("be been being get got gets")


_POSSESSED_NOUN = LazyPattern(r"\b[A-Z][\w-]*['’]s\s+(?:[a-z-]+\s+){0,2}[a-z-]+$")
"""A noun a named one owns right before a "with" phrase: "The album marked Ivo's fourth
collaboration with Ann Kell", "The treaty ended Orm's war with Kell". The partner is the
owner's, in the noun's phrase, and "With whom did the album mark Ivo's collaboration?" makes
them the clause's."""


def _agent_of_reduced_relative(before: str) -> bool:
    """Whether the answer is the agent of a participle that describes a noun ("the system
    owned by X"): fronted, "By which company ... owned?" leaves the participle dangling, so
    the wh-phrase stays after "by"."""
    match = _REDUCED_RELATIVE_AGENT.search(before)
    if match is None or not past_participle(match["participle"]):
        return False
    return match["before"].casefold() not in _PASSIVE_HELPERS


_WHAT_OPENS = LazyPattern(
    r"^(?P<opening>(?:[A-Z][^,?]*,\s+)?)(?P<what>[Ww]hat)\s+(?P<next>[a-z]+)\b(?P<rest>.*)$"
)
"""A "what" that opens a question, or its clause after an opening phrase ("In 2012, what
began ...?")."""


_NAMING_IN_QUESTION = LazyPattern(
    rf"\b(?:{'|'.join(_OBJECT_NAMING_LEMMAS)})\s+(?:the|a|an|its|their|his|her)\s"
)


def _what_as_sort(question: str, form: str, which: str | None) -> tuple[str, str]:
    """ "What did the army invade in 1185?" → "Which city did the army invade in 1185?" when
    the document says what the answer is: the sort pins the answer. "What is the largest
    stadium ...?" keeps its "What" (the description already says the sort)."""
    opens = _WHAT_OPENS.match(question)
    if which is None or opens is None or question.endswith(" called?"):
        return question, form
    if _NAMING_IN_QUESTION.search(question):
        return question, form  # "What did the settlers call the cove?": the cove's sort is told
    verb = opens["next"]
    rest = opens["rest"].lstrip()
    if verb in _BE and not past_participle(rest) and not present_participle(rest):
        # "What is the largest stadium?": a description, no sort needed; "What is receiving
        # the most new residents?" (a verb) gets one: "Which borough is receiving ...?"
        return question, form
    if not is_finite_verb(verb):
        return question, form
    opening = opens["opening"]
    which = which if opening else which.capitalize()
    return f"{opening}{which}{question[opens.end('what') :]}", form


def forget_sentence_readings() -> None:
    """Empty the caches of whole sentences' and questions' readings (``simplify``,
    ``clause_of``, ``invert``, ``ill_formed``, ``unmarked_opening_end`` and the sorts a text
    names): once a document's sentences are read, only their candidates are asked about."""
    for cached in (simplify, clause_of, invert, ill_formed, unmarked_opening_end, _sorts_named_in):
        cached.cache_clear()
