"""Gates every automatic question must pass before a learner sees it.

Precision comes first: a learner judges a deck by its worst question, so a candidate is
dropped unless its transformation is known to be safe (``grammatical``), it can be understood
without the document at hand (``self_contained``), and it asks something worth knowing that
the prompt does not already show (``worth_knowing``, ``gives_away``).
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from functools import cached_property, lru_cache
from typing import Literal, TypeVar

from lemminflect import getInflection

from factdeck.generate import lexicon, sentences, topics
from factdeck.generate.concepts import same_root
from factdeck.generate.facts import FactRecord
from factdeck.generate.patterns import LazyPattern, finditer_at_leads
from factdeck.generate.phrasing import (
    AUXILIARIES,
    MODALS,
    Inverted,
    a_people_name,
    asks_for_a_name,
    asks_who_made,
    base_verb,
    describes_a_thing,
    describes_people,
    finite_verb,
    head_noun,
    invert,
    is_finite_verb,
    lemmas_as,
    names_people,
    organisation_sort,
    own_sort,
    past_participle,
    plural_noun,
    present_participle,
    quoted_title,
    ranked_thing_asked_as_who,
    without_titles,
    word_tags,
)
from factdeck.generate.text import (
    DISAMBIGUATOR,
    MONTHS,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    NameBeside,
    normalize,
    number_value,
    occurrences,
    whole_name,
    whole_word_starts,
    word_char,
    word_goes_on,
    word_set,
)


def _verb_forms(verbs: str, tag: str) -> str:
    """A regex alternation of the verbs' forms for one Penn tag: "VB" the bare verb ("win"),
    "VBD" the past ("won"), "VBN" the participle ("gone"), so a gate lists each verb once."""
    return "|".join(form for verb in verbs.split() for form in getInflection(verb, tag))


_WH = r"(?:what|which|who|whom|whose|where|when|how\s+many|how\s+much)"
_WORD = LazyPattern(r"[\w’'-]+")
_FUNCTION_WORDS = word_set(
    "a an the of in on at to by for from with into onto and or but nor that which who whom whose"
    " where when as than is are was were be been being has have had do does did can could will"
    " would may might must should shall not no its their his her this these those it they"
)
_WH_IN_COORDINATION = LazyPattern(
    rf"(?<!^)\b(?:and|or|nor|but)\s+{_WH}\b|\b{_WH}(?:\s+[\w-]+){{0,2}}\s+(?:and|or|nor)\s"
    r"|\bwhich(?:\s+[\w-]+){3}\s+(?:and|or)\s+(?=(?-i:[A-Z]))",
    re.IGNORECASE,
)
_WH_IN_RANGE = LazyPattern(
    rf"[\d–—-]\s*[–—-]\s*{_WH}\b|\b{_WH}(?:\s+[\w-]+){{0,2}}\s*[–—-]\s*\d|\bbetween\s+{_WH}\b",
    re.IGNORECASE,
)
_WH_AFTER_DETERMINER = LazyPattern(
    rf"\b(?:a|an|the|this|that|its|their)\s+{_WH}\b|['’]s\s+{_WH}\b", re.IGNORECASE
)
_WH_BEFORE_LIST = LazyPattern(rf"\b{_WH}(?:\s+[\w-]+){{0,2}}\s*,", re.IGNORECASE)
_PLAIN_WHOM = LazyPattern(r"\bwhom\b", re.IGNORECASE)
_WHOM_AFTER_PREPOSITION = LazyPattern(
    r"\b(?:to|by|with|from|for|of|against|under|after|before)\s+whom\b", re.IGNORECASE
)
_DO_SUPPORT = LazyPattern(
    rf"^(?:[\w-]+\s+)?{_WH}(?:\s+[\w-]+)?\s+(?:do|does|did)\s+(?P<rest>.*)$", re.IGNORECASE
)
_THAT = LazyPattern(r"\bthat\b")


def _before_that(clause: str) -> str:
    """What a clause says before its first "that": the main clause of a do- or modal question."""
    return _THAT.split(clause, 1)[0]


_MODAL_SUPPORT = LazyPattern(
    rf"^(?:[\w-]+\s+)?{_WH}(?:\s+[\w-]+)?\s+(?:{'|'.join(sorted(MODALS))})\s+(?P<rest>.*)$",
    re.IGNORECASE,
)
"""A question whose modal stands before its subject: the verb after that takes its plain form."""
_SECOND_FINITE = LazyPattern(
    r"\b(?:is|are|was|were|has|have|had|does|did|do|isn't|wasn't|doesn't|didn't|don't)\b"
)
_PAST_THEN_OBJECT = LazyPattern(r"\b(?P<verb>[a-z]+ed)\s+(?:a|an|the|his|her|its|their)\b")
"""A past tense with its object ("filed a suit")."""


_WH_BEFORE_A_SUBJECT = LazyPattern(r"^(?:Who|Whom|What|Where|When|Why)\s+(?:the|a|an)\s")
"""A question never opens on a wh-word and then its subject: "Who the harbour was rebuilt
by?" kept the order of a statement."""
_POSSESSIVE_BEFORE_ARTICLE = LazyPattern(r"\b[A-Z][\w-]*['’]s\s+(?:the|a|an)\s")
"""An owner's "'s" before an article ("Ada Lund's the first ferry"): two determiners of one
noun. Only a name's possessive is meant: "it's", "that's" are no possessives."""
_OPENS_A_COMPLEMENT = word_set(
    "to the a an his her its their in on at by for from with into past over through across as"
)


_PARTICIPLE_PREPOSITIONS = word_set("in on at by near for from during under with as")
_ARTICLES_AND_OWNERS = word_set("a an the this that his her its their our my your")
"""Words a noun follows, never a plain verb ("in a boat")."""


def _plain_verb_later(words: list[str], at: int) -> bool:
    """Whether the past form at ``at`` opens a participle phrase ("based in Orm") that a plain
    verb with its complement follows ("move in", "build a hall"): the plain verb is the one
    "do" took, and the past form describes the subject."""
    if at + 1 >= len(words) or words[at + 1] not in _PARTICIPLE_PREPOSITIONS:
        return False
    for later in range(at + 2, len(words)):
        word = words[later]
        following = words[later + 1] if later + 1 < len(words) else ""
        if not word[:1].islower() or words[later - 1] == "to":
            continue
        # the question's end closes the plain verb too ("did the ships sent by Ivo reach?"),
        # not a noun's ("did the settlers to reach Kell arrived in a boat?")
        ends = not following and words[later - 1].casefold() not in _ARTICLES_AND_OWNERS
        opens = ends or following in _OPENS_A_COMPLEMENT
        opens = opens or following in lexicon.CLOSING_PARTICLES
        if opens and word in lemmas_as(word, "VERB"):
            return True
    return False


_POSSESSIVE_WORD = LazyPattern(r"(?:['’]s|s['’])$")


def _after_an_owner_s_noun(words: Sequence[str], at: int) -> bool:
    """Whether the word at ``at`` follows an owner's noun: "the Lunds' home [uses]"."""
    return (
        at > 1
        and _POSSESSIVE_WORD.search(words[at - 2]) is not None
        and words[at - 1][:1].islower()
        and "NOUN" in word_tags(words[at - 1])
        and not plural_noun(words[at - 1])
    )


def _inflected_after_do(main_clause: str, modal: bool = False) -> bool:
    """Whether a word after "did" that can only be read as an inflected verb ("voted",
    "flows") is followed by what follows a verb ("to close", "past Vell", "the mill"): "do"
    takes the plain verb, so the sentence's inflection was kept. A word that is a noun too
    and comes before the plain verb ("did flows carry") is the subject instead. After a
    ``modal``, "have" or "be" is the plain verb, and a participle follows it rightly ("would
    the settlers have called")."""
    words = _WORD.findall(main_clause)
    for at, word in enumerate(words):
        if modal and word.casefold() in ("have", "be"):
            return False  # "would the monks have built": the perfect's own participle
        if not word[:1].islower() or word in AUXILIARIES:
            continue
        if at > 0 and words[at - 1] == "what":
            continue  # "to reach what became Kell": the verb of a clause inside the subject
        if at > 0 and _POSSESSIVE_WORD.search(words[at - 1]):
            continue  # "the Lunds' home": the owner's noun, not a verb
        if _after_an_owner_s_noun(words, at) and finite_verb(word) is not None:
            # "do the Lunds' home uses cool": after the owner's noun, a verb's "-s" form is the
            # clause's verb, unless a plain verb follows it ("the town's bus lines serve")
            return not any(
                later[:1].islower()
                and later in lemmas_as(later, "VERB")
                and "ADJ" not in word_tags(later)
                for later in words[at + 1 :]
            )
        if word in lemmas_as(word, "VERB"):
            if at > 0 and words[at - 1] == "to":
                continue  # "did the first ships to reach Kell arrived": the subject's infinitive
            return False  # the plain verb ("develop", "found"): what follows is its own
        verb = finite_verb(word)
        if verb is None:
            continue
        if at > 0 and plural_noun(word):
            continue  # "did the first boats to reach Kell ...": the subject's noun
        if _plain_verb_later(words, at):
            continue  # "did painters based in Orm move in": a participle of the subject
        following = words[at + 1].casefold() if at + 1 < len(words) else ""
        return following in _OPENS_A_COMPLEMENT
    return False


def _second_deed(main_clause: str) -> bool:
    """Whether the clause after "did" holds a past tense of its own with its object: the
    question fronted the object of a name's "called" ("a firm called Vexa filed a suit")
    and kept the sentence's real verb."""
    for match in _PAST_THEN_OBJECT.finditer(main_clause):
        verb = finite_verb(match["verb"])
        if verb is not None and verb[1] == "VBD":
            return True
    return False


_CONTACT_CLAUSE = LazyPattern(
    r"\b(?P<noun>[a-z]+)\s+(?:(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*|he|she|they|we)"
    r"\s+(?P<verb>[a-z]+)(?:\s+(?P<next>[\w’'-]+)|$)"
)
"""A noun, then a clause of its own with no "that" ("the first time Ivo met"): a relative
clause with its pronoun left out, and the word after its verb."""


def _gap_in_a_contact_clause(main_clause: str) -> bool:
    """Whether the clause after "did" goes on into a relative clause that has no pronoun and
    lost its verb's object ("mark the first time Ivo met from Kell" of "marked the first time
    Ivo met Orm from Kell"): its past tense makes it a clause, not a participle, and no
    wh-phrase is fronted out of such a clause, whose gap it reads as. A clause a verb of
    saying reports ("say Ivo sold") is no relative clause."""
    for match in _CONTACT_CLAUSE.finditer(main_clause):
        noun = match["noun"]
        if "NOUN" not in word_tags(noun) or noun in lexicon.SAYING_VERBS:
            continue
        if match["next"] is not None and match["next"] not in _PREPOSITIONS:
            continue  # "the first time Ivo met Orm": the clause keeps its object
        if match["verb"] in lemmas_as(match["verb"], "VERB"):
            continue  # "did the physician Ivo Berg found": the question's own plain verb
        verb = finite_verb(match["verb"])
        if verb is not None and verb[1] == "VBD":
            return True
    return False


_ODD_SYMBOLS = LazyPattern(r"[~()\[\]{}°′″:;]|\b(?:yr|BP|ca|c)\.?\s|\bfirst,")
_ENUMERATION = LazyPattern(r"[\w-]+,\s+[\w-]+(?:\s+[\w-]+)?,?\s+(?:and|or)\s+[\w-]+")

_TIME_OF_WHAT = LazyPattern(
    r"(?:\b(?:until|since|after|before|following|during|upon)\s+(?:the|a|an|his|her|its|their)"
    r"\s+[^,;]+|\b(?:is|was|are|were)\s+[A-Z][^,;]*)\s+(?:in|during|by)\s+what\s+"
    r"(?:year|decade|century|date|month)\b"
)
"""A time asked after an event or a name it may belong to ("until the construction of X in
what year", "was Hervé in what decade")."""
_ONE_OF_A_SERIES = (
    r"^(?:when|in\s+what\s+(?:year|month))\b.*\b(?:launch|start|begin|run|introduce|unveil"
    r"|release|air|publish)\s+(?:a|another)\s+new\b"
)
_MANY_ANSWERS = LazyPattern(
    rf"\b(?:home\s+to|such\s+as|including|includes|include|among|one\s+of)\s+{_WH}\b",
    re.IGNORECASE,
)
_ONE_OF_A_SORT = LazyPattern(
    r"^(?:[A-Z][^,?]*,\s+)?(?:Who|What)\s+(?:is|was|are|were|has\s+been|had\s+been)\s+"
    r"(?:(?:also|often|widely|generally|commonly|best)\s+)?"
    r"(?:(?:known|regarded|seen|described|viewed|remembered)\s+as\s+)?"
    r"(?:a|an|of|from|among)\s",
    re.IGNORECASE,
)
"""A question asking which thing is one of a sort ("Who is a British broadcaster?", "Who is
of Orvan descent?", "In Kell, who was from the coast?", "Who was known as a liberal
Whig?"): many are."""
_BARE_PLURAL_SORT = LazyPattern(
    r"^(?:Who|What)\s+(?:are|were)\s+(?P<phrase>(?:[A-Za-z][\w-]*\s+){0,3}(?P<noun>[a-z]+))$"
)
"""A subject asked by a bare plural and nothing that narrows it ("What were seafaring
people?"): the plural names a sort, not the one group the answer is."""


def _a_bare_plural_sort(body: str) -> bool:
    """Whether the question asks which group belongs to a sort told by a bare plural: the
    phrase opens with no determiner and its last word is a plural noun ("What were Vellish
    hill people?", not "Who were the first settlers?" or "What were Kell's exports?")."""
    asked = _BARE_PLURAL_SORT.match(body)
    if asked is None:
        return False
    first = asked["phrase"].split()[0].casefold()
    if first in _NOUN_OPENERS or first in ("a", "an", "this", "that", "each", "every"):
        return False
    return asked["noun"] in ("people", "peoples") or plural_noun(asked["noun"])


_MODAL_WHAT = LazyPattern(rf"\b(?:{'|'.join(sorted(MODALS))})\s+what\b", re.I)
"""A verb asked as "what" after a modal ("tin could what within 20 years?"): "what" stands
for a thing, never for the verb a modal needs."""
_WH_OPENS_CLAUSE = LazyPattern(
    rf"(?<!^)\b(?:before|after|until|since|because|while|once|although|though|whereas)\s+"
    rf"{_WH}\s+(?P<rest>(?:[\w’'-]+\s+){{0,3}}[\w’'-]+)",
    re.IGNORECASE,
)
_FRAGMENT = LazyPattern(
    r"^(?:(?:As|While|Although|Though|Because|If|Whereas|Once|Unless|Since|Until)\s+(?!what|which"
    r"|when|how|who)|With\s+[^,?]*\bhaving\b)",
)
_COMPASS_PLACE = LazyPattern(r"\b(?:in|to)\s+the\s+(?:north|south|east|west)\b", re.IGNORECASE)
_OPENING = LazyPattern(
    r"^(?:(?:(?:Even|Long|Shortly|Soon)\s+(?=after|before))?(?:In|On|At|By|From|Since|Until|After"
    r"|Before|During|Near|Along|Under|Within|Prior\s+to"
    r"|Throughout|Following|Despite|Between|Among|Across|Beyond|Upstream\s+of|Downstream\s+of"
    r"|As\s+of)\s+(?:[^,]|,(?=\s\d{3,4},)){1,40},\s+)+(?=\w)",
    re.IGNORECASE,
)
"""A time or place phrase opening the question: the clause after it is what counts."""
_BARE_WHAT_MID_CLAUSE = LazyPattern(
    r"\bwhat\s+(?:with|in|on|at|to|for|from|and|by|due|because|owing|thanks|despite|during"
    r"|after|before|since|until|under|through|against)\b"
)
"""A bare "what" left where the answer stood with the clause going on after it ("left what
with a large fleet", "may occur during what due to ..."): "what" alone asks a thing only at
a clause's end."""
_SUBORDINATORS = word_set(
    "that which who whose whom where when because while although though if unless whereas"
)
_PREPOSITIONS = word_set(
    "in on at by to from into onto for with near under over through during after before since"
    " until against around across along between"
)


_NOUN_OPENERS = word_set(
    "the its their his her these those our your my some several many few various numerous"
    " other both all"
)
"""Words after which a word that looks like a verb in -s is a plural noun ("the works", "its
compounds"); "this" and "that" are left out, they open a clause as often ("a method that
works"), and so is "each", a subject of its own ("each runs a school")."""


def _plural_noun_in_place(words: Sequence[str], at: int) -> bool:
    """Whether the word at ``at``, a verb form out of context, is a plural noun here: it
    follows a determiner or a count ("the mills", "its compounds", "two plays", "40 works"),
    or a word that is only an adjective after a determiner ("the new works"). A year is no
    count ("1066 marks the conquest"), and a word that is a noun too may be the subject
    ("the chemical reacts")."""
    word = words[at]
    if at == 0 or not word.islower() or not word.endswith("s") or not plural_noun(word):
        return False
    previous = words[at - 1].casefold()
    count = previous in NUMBER_WORDS or _FIGURE_WORD.fullmatch(previous) is not None
    if previous in _NOUN_OPENERS or (count and not _YEAR.fullmatch(previous)):
        return True
    tags = word_tags(previous)
    adjective = words[at - 1].islower() and "ADJ" in tags and not tags & {"VERB", "NOUN"}
    return adjective and at >= 2 and words[at - 2].casefold() in _NOUN_OPENERS


_FIGURE_WORD = LazyPattern(r"\d[\d,]*")


def _finite_verb_at(words: Sequence[str], at: int) -> bool:
    """Whether the word at ``at`` is a finite verb, read with the word before it."""
    return is_finite_verb(words[at]) and not _plural_noun_in_place(words, at)


def _first_verb(text: str) -> re.Match[str] | None:
    """The first finite verb of ``text``, passing over plural nouns joined by "and" before it
    ("Dry summers and overgrazing have ...")."""
    matches = list(_WORD.finditer(text))
    words = [m.group(0) for m in matches]
    finite = [_finite_verb_at(words, at) for at in range(len(words))]
    at = _first_verb_at([w.casefold() for w in words], finite)
    return None if at is None else matches[at]


def _first_verb_at(lowered: Sequence[str], finite: Sequence[bool]) -> int | None:
    """Where the first finite verb stands, given each word's ``finite`` reading, passing over
    plural nouns joined by "and" before it."""
    return next(
        (at for at, verb in enumerate(finite) if verb and not _joined_plural(lowered, finite, at)),
        None,
    )


def _verbs_in(text: str) -> list[re.Match[str]]:
    """The words of ``text`` that are finite verbs in their place: "the mills" is no verb."""
    matches = list(_WORD.finditer(text))
    words = [m.group(0) for m in matches]
    return [m for at, m in enumerate(matches) if _finite_verb_at(words, at)]


_AUXILIARY_WORDS = "|".join(sorted(AUXILIARIES))
"""The auxiliaries as alternatives of a pattern: "What is the wall made of?" opens with one
and leaves its preposition at the end on purpose."""


_STRANDED_WHAT = LazyPattern(
    rf"^(?:What|Which\s+[a-z][\w-]*)\s+(?:{_AUXILIARY_WORDS})\s.*\s(?:of|to|with)$"
)
"""A "What" or "Which NOUN" question whose preposition ends it on purpose ("What did Ana
speak of?", "Which council is the report a publication of?"): compiled once, being long,
where ``re``'s own cache would let it go."""


def grammatical(prompt: str, form: str) -> bool:
    """Whether a question made by a rule reads as a well-formed English question.

    ``form`` is how the rule made it: ``subject`` (the answer was the subject), ``fronted``
    (the answer was an object or a prepositional object, moved to the front), ``in-situ``
    (the wh-phrase stands where the answer stood: only safe when it ends the clause) or
    ``blank``.
    """
    body = prompt.rstrip(" ?.")
    if re.search(r"\bever$", body):
        return False  # "ever since 1960" with the date moved away
    if _ODD_SYMBOLS.search(body):
        return False  # brackets, coordinates, "~", "yr BP", an enumeration "first, ..."
    if form == "blank":
        return False  # a sentence with a blank tests recognition, and is rarely clean
    stranded = _STRANDED_WHAT.match(body)
    cut_off = re.search(r"\b(?:and|or|but|the|a|an|of|that|which|when|to|with)$", body, re.I)
    if cut_off and not stranded:
        return False  # "... when the researcher Cook and?": cut off mid-phrase
    if _FRAGMENT.match(body) and "," not in body:
        return False  # "As sea-level continued to rise in which country?": no main clause
    if _cut_at_a_full_stop(body):
        return False  # "What did the band play. 4 in Kelby?", "The ruling in what v?"
    if _BY_WHOM_DID.match(body):
        return False  # "By whom did an expedition lead ...": an agent asked in the active
    if _past_after_do(body):
        return False  # "In what year does the strike began?": "do" takes the plain verb
    if _WH_BESIDE_WH.search(body) or _WH_BEFORE_ITS_NAMING.search(body):
        return False  # "described by whom who noticed ...": a relative left after the wh-word
    if _wh_inside_a_free_relative(body):
        return False  # "issued what became known as which report": a clause's own "what"
    if _YEAR_WITHOUT_ARTICLE.search(body) or _AGENT_WITHOUT_BY.search(body):
        return False  # "performed in year 1949", "was first described Carl Kunth in 1816"
    if _BELIEVED_WITHOUT_TO_BE.search(body):
        return False  # "Who believed Grey Harbour a stunning debut?": "to be" was left out
    if _ONCE_IN_THE_PRESENT.match(body):
        return False  # "In what year is the abbey founded?": a one-off event told as now
    if _perfect_at_a_past_time(body):
        return False  # "In what year has the firm delivered aid?": a past time takes the past
    if _POSSESSIVE_WH.search(body) or _BARE_APOSTROPHE.search(body):
        return False  # "informed by whom' voyage", "what's capital": the owner was the answer
    if _verbless(body):
        return False  # "Founded in 1820 on the site of which fort?": no clause to ask
    if _predicate_without_subject(body):
        return False  # "Watercolor on paper and measures 28 by how many inches?": whose?
    if _participle_after_participle(body):
        return False  # "development starting driven by the port": a phrase was cut between
    if any(_verb_only(m["word"]) for m in _ORDINAL_WITHOUT_NOUN.finditer(body)):
        return False  # "did the first enslave Orvans ... arrived": the head noun was lost
    if _who_for_a_thing(body):
        return False  # "Who is the stone bridge first built by X?"
    if form == "in-situ" and not _safe_in_situ(body):
        return False
    if form == "in-situ" and _ADVERBIAL_CONJUNCT_AFTER_WH.search(body):
        return False  # "borrowed through usage set by whom in 600 or indirectly through X"
    if form == "in-situ" and _TIME_OF_WHAT.search(body):
        return False  # "until the construction of X in what year": whose year, X's or the fact's?
    if form == "in-situ" and _BARE_WHAT_MID_CLAUSE.search(body):
        return False  # "Richard left what with a large fleet": a bare "what" mid-clause
    if re.match(_ONE_OF_A_SERIES, body, re.IGNORECASE):
        return False  # "When did X launch a new campaign?": one of a series, which one?
    if _MANY_ANSWERS.search(body):
        return False  # "X is home to which port?": it is home to many
    if _ONE_OF_A_SORT.match(body) or (form == "subject" and _a_bare_plural_sort(body)):
        return False  # "Who is a British broadcaster?", "What were seafaring people?": one of many
    if _MODAL_WHAT.search(body):
        return False  # "Tin could what within 20 years?": a verb asked as a thing
    embedded = _WH_OPENS_CLAUSE.search(body)
    if embedded and _verbs_in(embedded.group("rest")):
        return False  # "... long before which crusade carved out ...": a clause of its own
    if _bare_what(body) or re.search(r"\bin what date\b", body, re.I):
        return False  # "the city of what", "meets in what", "in what date"
    opening = _OPENING.match(body)
    core = body[opening.end() :] if opening else body
    if re.search(r",\s+(?:which|who|whom|where|when)\b", core):
        return False  # a relative clause left over: "..., which was dedicated?"
    coordinated = [
        m
        for m in _WH_IN_COORDINATION.finditer(body)
        for words in [_WORD.findall(m.group(0))]
        if not any(_finite_verb_at(words, at) for at in range(1, len(words) - 1))
    ]  # "Which board funds and runs schools": two verbs, not "which board and X"
    if coordinated or _WH_IN_RANGE.search(body):
        return False  # "... where what and High German are spoken", "about 1–how many cm"
    if _WH_AFTER_DETERMINER.search(body) or _WH_BEFORE_LIST.search(body[1:]):
        return False  # "a which pact", "Elbe's what"
    if _wh_inside_noun_phrase(body):
        return False  # "the protected which mountains", "has nearly what residents"
    if _PREPOSITION_AFTER_WH_NOUN.match(body):
        return False  # "From which south via did the drovers come?": "from the south via Orm"
    if _HALF_A_RANGE.match(body):
        return False  # "From what century was it a mill to about 1790?": half a range
    fronted_whom = re.match(rf"^whom\s+(?:{_AUXILIARY_WORDS})\s", body, re.IGNORECASE)
    if _PLAIN_WHOM.search(body) and not (_WHOM_AFTER_PREPOSITION.search(body) or fronted_whom):
        return False  # "whom" is only safe after its preposition or fronted as the object
    if re.search(r"\bhow many\b", body, re.I) and _ENUMERATION.search(body):
        return False  # a count that lists its own items
    do_support = _DO_SUPPORT.match(body)
    main_clause = _before_that(do_support["rest"]) if do_support else ""
    if do_support and _SECOND_FINITE.search(_without_possessive_have(body, main_clause)):
        return False  # "Until what year did the length ... was 1,230 km"
    if do_support and _reported_verb_made_plain(do_support["rest"]):
        return False  # "Whom did the chroniclers state Hilda poison?": "poisoned" made plain
    if do_support and _second_deed(main_clause):
        return False  # "What did a firm call filed a suit?": "a firm called X filed a suit"
    if do_support and _gap_in_a_contact_clause(main_clause):
        return False  # "Whom did the show mark the first time Ivo met from Kell?": Ivo met whom
    if do_support and _inflected_after_do(main_clause):
        return False  # "What did the council voted to close?", "Which river did flows past?"
    modal = _MODAL_SUPPORT.match(body)
    if modal and _inflected_after_do(_before_that(modal["rest"]), modal=True):
        return False  # "In what year would the first ships to reach Kell arrived in ...?"
    if _WH_BEFORE_A_SUBJECT.match(body) or _POSSESSIVE_BEFORE_ARTICLE.search(body):
        return False  # "Who the harbour was rebuilt by?", "was Ada Lund's the first ferry"
    if re.search(r"\b(is|are|was|were|has|have|had)\b.*\b\1\b", body.split(",")[-1]) and (
        re.match(rf"^{_WH}", body, re.I)
    ):
        return False  # "When was the canal was opened"
    clause = re.search(r"\bthat\s+(.*)$", core)
    if clause and not _verbs_in(clause.group(1)):
        return False  # "... write that Kim Il Sung?": a that-clause without its verb
    narrowed = re.sub(r"^Where in [A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2} (?=[a-z])", "Where ", body)
    if re.match(r"^where\b", body, re.I) and (
        _PLACE_PHRASE.search(narrowed) or _COMPASS_PLACE.search(narrowed)
    ):
        return False  # "Where did he die ... at La Chesnaye?": two places, two answers
    if _TIME_OF_A_STATE.match(body) or _time_of_a_past_state(body):
        return False  # "In what century is X a church that traces ...?": the time is the clause's
    if _time_of_an_identity(body) or _TIME_OF_A_NAMING.match(body):
        return False  # "In what year was the first steam frigate the Orm?": who was, not when
    if _TIME_AFTER_AN_EXAMPLE.match(body):
        return False  # "... saw action only in raids like the siege of Orm?": the siege's year
    if _HEADLESS_RANK.search(body):
        return False  # "What was the last that the tanks saw of combat?": the last what?
    if re.match(r"^(?:and|but|or|so|yet|nor)\s", body, re.IGNORECASE):
        return False  # "And after the reforms, what was ...?": the clause it goes on from is gone
    if _verb_after_a_preposition(body):
        return False  # "Which BBC via teased ...?": "by the BBC via Twitter" turned round
    debris = _DEBRIS_BEFORE_AUXILIARY.search(body)
    if debris and debris["last"] not in _PREPOSITIONS and debris["last"] not in _FUNCTION_WORDS:
        return False  # "In which series Judge did ...?": a name's first word left behind
    if _PERFECT_AFTER_DO.search(body):
        return False  # "In what year did the fleet have proven ...?": "had proven" takes no "did"
    if _STRANDED_AFTER_A_COMMA.search(body) or _BARE_YEAR_AT_THE_END.search(body):
        return False  # "... over six weeks, entirely?", "What was the result 1930?"
    if any(_modifier_left(m["word"]) for m in _MODIFIER_BEFORE_WH.finditer(body)):
        return False  # "when supercooled what freeze": the noun "supercooled" described was asked
    if _WHOM_BECOME.match(body):
        return False  # "Whom did Ivo become ...?": one becomes a what, never a whom
    if _YEAR_AS_A_NOUN.search(body) or any(
        _modifier_noun(m["word"]) for m in _DATE_BEFORE_A_NOUN.finditer(body)
    ):
        return False  # "In what year General Conference ...": "the 2016 General Conference"
    if _CUT_COORDINATION.search(body):
        return False  # "... to carve out a state, but fail?": half of a pair of verbs
    if re.match(rf"^{_WH}", body, re.I) and _SECOND_CLAUSE.search(body):
        return False  # "When were writs issued ..., and the colony was proclaimed ...?"
    if re.match(rf"^(?:nor|neither)\s+(?:{_AUXILIARY_WORDS})\b", body, re.IGNORECASE):
        return False  # "Nor was what signed?": the clause it inverts for is another sentence
    if _WH_IN_ABSOLUTE.search(body):
        return False  # "..., with Mo Di's book what mentioning a bird": no clause to ask in
    if any(past_participle(m["participle"]) for m in _MODIFIER_HEAD_ASKED.finditer(body)):
        return False  # "a risk for smoke induced what": the head of "smoke-induced X" asked
    if _place_of_another_verb(body):
        return False  # "Where was Ivo hired, and sailed with Ada?": the sailing's place
    if _ends_on_a_counted_modifier(body):
        return False  # "built in how many rows of three-storey?": the houses were cut off
    if _aside_left_inline(body):
        return False  # "did the 9 original cantons Old Leagues declare": an aside's brackets lost
    if _name_left_unsaid(body):
        return False  # "Who termed the Coastal Mesolithic industry?": the name it gave is lost
    if re.search(rf"\b{_WH}\b", body, re.I) and _clause_of_its_own(body):
        return False  # "Who was elected in 1952 but everything failed in his term?"
    if _headless_measure(body):
        return False  # "When was a two-volume printed?": "two-volume" describes a noun cut away
    if _dangling_participle(body, do_support=do_support is not None):
        return False  # "... created by a dam built?", "... the Codex, first printed?"
    if _stranded_participle(body) or _STRANDED_TIME_ADVERB.search(body):
        return False  # "... with Yale culminating?", "... in power stations early?"
    if _PUT_WITHOUT_PLACE.match(body) and not _RANK_AS_A_PLACE.search(body):
        return False  # "Whom did Ivo place?": placed in charge of what, or where?
    if _STRANDED_FOCUS_ADVERB.search(body):
        return False  # "What was the club's main rival still?": the adverb's word was asked
    if _half_participle_chain(body):
        return False  # "was the coach line starting driven by": starting where, when?
    if _TWO_COPULAS.match(body):
        return False  # "What is the Kell Lions are a club whose home?": a relative's object asked
    if _lost_as(body):
        return False  # "... was used a basis for ...", "is Vessia divided defined by?"
    if _superlative_without_its_noun(body):
        return False  # "Kell is one of the most loyally Liberal what?": "towns" was cut
    if _dangling_relative(body):
        return False  # "... the law that, under the 1962 act?": the clause's verb was cut
    if any(_compound_cut(m["next"]) for m in _WH_NOUN_REPEATS_ITS_HEAD.finditer(body)):
        return False  # "Kell is the oldest town of which town?": the owner's noun was lost
    if _MADE_FROM_A_TIME.search(body):
        return False  # "What was made from the Bronze Age?": the age described the thing made
    if _garbled_phrase(body, form):
        return False
    if _vague_time_bound(body):
        return False  # "After what year did Ivo grow up in Kell?": any later year is true too
    if asks_a_year_beside_a_year(body):
        return False  # "In what year was a hall built by 1880?": the year of another clause
    if _dangling_time_word(body):
        return False  # "Which airport reopened later on the evening of May 12?": later than what?
    if _bare_deed_asked(body):
        return False  # "What did Ivo Rask become?": became what, when, where?
    if _whom_opens_a_clause(body) or _NAME_CUT_AT_ITS_MARK.search(body):
        return False  # "teams with whom has been credited ...", "joined what! brand"
    if _content_cut_off(body):
        return False  # "Which league announced on June 4, 2016?": announced what?
    if _WITH_ABSOLUTE_ONLY.match(body) or _name_dropped_before_a_verb(body):
        return False  # "In Kell, with Ada as its mayor in what year?", "Title V of created"
    return not _tacked_on(body)


_WITH_ABSOLUTE_ONLY = LazyPattern(
    r"^(?:[^,?]+,\s+)?[Ww]ith\s+(?!(?:whom|what|which|how)\b)[^,?]*\sas\s[^,?]*$"
)
"""A stem that is only a phrase of "with ... as ..." ("In Kell, with Ada Lund as its first
mayor in what year?"): the clause it opened was cut away."""
_OF_THEN_PAST = LazyPattern(r"\bof\s+(?P<verb>[a-z]+ed)\s+(?:the|a|an)\b")


def _name_dropped_before_a_verb(body: str) -> bool:
    """Whether an "of" stands right before a past tense and its object ("Title V of created
    the Kell Office"): the name after the "of" was lost, and its verb reads as the noun's."""
    return any(word_tags(m["verb"]) == {"VERB"} for m in _OF_THEN_PAST.finditer(body))


_WHOM_THEN = LazyPattern(r"(?<=\s)whom\s+(?P<next>[a-z]+)\b")
_WHOM_OPENS = LazyPattern(r"(?:^|,\s+)(?:[A-Za-z]+\s+){0,2}$")
"""What may stand before a "whom" that opens its clause: a preposition ("To whom", "In
Kell, to whom"), maybe after an opening phrase."""
_RELATIVE_AFTER_WHOM = word_set("that which who")


def _whom_opens_a_clause(body: str) -> bool:
    """Whether a "whom" left inside the stem is followed by a verb or a relative pronoun
    ("Kell's success against teams with whom has been credited to ...", "the invention of
    the hold by whom changed wrestling", "leagues founded by whom that were based on ..."):
    the phrase holding it is the clause's subject or has a clause of its own, and the
    "whom" reads as a relative that lost its clause."""
    for match in _WHOM_THEN.finditer(body):
        if _WHOM_OPENS.search(body, 0, match.start()):
            continue  # "In Kell, to whom is Ivo married?": the wh-phrase opens its clause
        following = match["next"]
        if following in AUXILIARIES or following in _RELATIVE_AFTER_WHOM:
            return True
        if is_finite_verb(following) and "NOUN" not in word_tags(following):
            return True
    return False


_NAME_CUT_AT_ITS_MARK = LazyPattern(r"\b[a-z]+!(?=\s)|\b(?:what|whom|which\s+[a-z]+)\s+'[a-z]")
"""A name cut at a mark of its own: "joined what! brand" of "the ThunderNight! brand", "which
lake 'o" of "Lake U-p 'o": the mark and what follows it were the name's."""
_CONTENT_VERBS = word_set(
    "say state announce claim declare report reveal confirm note argue suggest insist assert"
    " estimate predict decide agree explain believe think hope expect ensure specify stipulate"
    " warn deny admit acknowledge indicate mention allege conclude speculate proclaim"
)
"""Verbs whose object is what was said or decided ("announced that ...", "a letter stating
...")."""
_CLOSING_DATE = LazyPattern(
    rf"\s+(?:on|in)\s+(?:\d{{1,2}}\s+)?(?:(?:{'|'.join(MONTHS)})\s+)?(?:\d{{1,2}},?\s+)?\d{{3,4}}$"
)
_VERB_S_OBJECT_ASKED = LazyPattern(
    r"^(?:What|Whom|Who|Which|How\s+many|How\s+much)\b[^?]*?\s"
    rf"(?:{_AUXILIARY_WORDS})\s",
)
"""A question that asks a verb's object: its wh-phrase comes before an auxiliary."""
_BE_FORM = LazyPattern(r"\b(?:is|are|was|were|been|being|be)\b", re.IGNORECASE)


def _content_cut_off(body: str) -> bool:
    """Whether the stem ends on a verb of saying or deciding whose object was cut away ("a
    letter stating?", "In what year did the league announce?", "Which league announced on
    June 4, 2016?"): what was said is gone, and with it the point. A question that asks
    that object ("What did the league announce?") or a passive ("When was the tour
    announced?") is whole."""
    clause = _CLOSING_DATE.sub("", body)
    last = _WORD.findall(clause)[-1:]
    if not last or not last[0].islower():
        return False
    verb = last[0]
    if "NOUN" in word_tags(verb) and not verb.endswith(("ed", "ing")):
        return False  # "in which Brazilian state": a noun, not "state" the verb
    if verb.endswith("ed") and _BE_FORM.search(clause):
        return False  # "When was the tour announced?": what was said is the subject
    if not _CONTENT_VERBS.intersection(lemmas_as(verb, "VERB")):
        return False
    return verb.endswith("ing") or not _VERB_S_OBJECT_ASKED.match(body)


_WHAT_DID_SUBJECT_DO = LazyPattern(
    r"^What\s+(?:do|does|did)\s+(?P<subject>[^,]+?)\s+(?P<verb>[a-z]+)$"
)
_LIGHT_VERBS = word_set("become tell do make get have take give say pursue seek face enter reach")
"""Verbs that say little without their object's company: "What did Ivo become?" asks which
of all he became, "What did Ada tell?" wanted a "whom" too."""


def _bare_deed_asked(body: str) -> bool:
    """Whether a "what" question holds nothing but a short doer and a light verb ("What did
    Ivo Rask become?", "What did Ada Lund tell?"): with no object, time, place or manner
    left, any of the doer's deeds of that verb answers it."""
    match = _WHAT_DID_SUBJECT_DO.match(body)
    return (
        match is not None and match["verb"] in _LIGHT_VERBS and len(match["subject"].split()) <= 5
    )


_PART_OF_A_TIME = (
    r"(?:most|much|part|all|the\s+rest|the\s+end|the\s+start|the\s+beginning|the\s+middle)"
    r"\s+of\s+"
)
"""The part of a time a clause fills ("for most of the 1960s", "by the end of 1880")."""
_ASKED_YEAR_BESIDE_A_YEAR = LazyPattern(
    r"\b(?:what|which)\s+(?:year|decade|century)\b.*\b(?:(?:in|by|since|until|from|after"
    rf"|before|during|throughout)\s+(?:{_PART_OF_A_TIME})?|for\s+{_PART_OF_A_TIME})"
    r"(?:the\s+)?(?:1\d{3}|20\d{2})s?\b",
    re.IGNORECASE,
)
"""A question asking a year that still dates its event, or half of it, by another ("In what
year was Ivo elected abbot in 1433 and bishop?", "In what decade was Kell ruled by Orm for
most of the 1870s?"): the asked year was moved out of a clause
of its own, and the question reads as asking which of the two."""


def asks_a_year_beside_a_year(question: str) -> bool:
    """Whether a question asks a year, decade or century while it still dates its event, or
    half of it, by another year ("By what year did the club grow from one team in 1990 to
    ten?")."""
    return _ASKED_YEAR_BESIDE_A_YEAR.search(question) is not None


_TIME_BOUND = LazyPattern(
    r"^(?P<bound>after|before|since)\s+what\s+(?:year|date|decade|century)\s+(?P<verb>[a-z]+)\b",
    re.IGNORECASE,
)
_NEGATION = LazyPattern(r"\b(?:not|never|no\s+longer)\b", re.IGNORECASE)
_TIME_WORD = LazyPattern(
    r"(?P<before>\b[\w’'-]+\s+)?\b(?:later|earlier)\b(?:\s+(?P<after>[\w’'-]+))?", re.IGNORECASE
)


def _dangling_time_word(body: str) -> bool:
    """Whether an adverb "later" or "earlier" leaves its point of comparison in the text
    ("Which airport reopened later on the evening of May 12?"): later than what? "Later
    than" says, and "later" before a noun it classes ("his later works", "the later chart")
    is no comparison of times, nor is "1.2 or later"."""
    for match in _TIME_WORD.finditer(body):
        before = (match["before"] or "").strip().casefold()
        after = (match["after"] or "").casefold()
        if after == "than" or before in _NOUN_OPENERS or before in ("the", "a", "an", "or"):
            continue  # "than" says which; "or later" is a bound ("version 1.2 or later")
        noun = "NOUN" in word_tags(after) and after not in _FUNCTION_WORDS
        if not (noun and not finite_verb(after)):
            return True
    return False


def _vague_time_bound(body: str) -> bool:
    """Whether the question asks the year that only bounds its event: "After what year did
    Ivo grow up in Kell?" is true of 1815 and of every year before it that the text gives.
    "Since what year has ...?" dates the start of a state, so it asks one year; "since" with
    a past tense does not ("Since what year did Ivo live in Kell?" reads as broken), and
    "Before what year was the word not in use?" dates the end of a state, so a negated
    "before" is kept."""
    bound = _TIME_BOUND.match(body)
    if bound is None:
        return False
    if bound["bound"].casefold() == "since":
        return bound["verb"].casefold() not in ("has", "have", "had")
    return _NEGATION.search(body) is None


_MODIFIED_WH = LazyPattern(
    r"\b(?:a|an|the|this|that|these|those|its|their|his|her)\s+"
    r"(?P<modifiers>(?:[\w-]+\s+){1,2})(?:which|what|how\s+many|how\s+much)\b",
    re.IGNORECASE,
)
_PREPOSITION_AFTER_WH_NOUN = LazyPattern(
    r"^(?:[A-Z][a-z]*\s+)?(?:which|what)\s+[a-z][\w-]*\s+"
    r"(?:via|of|in|to|from|by|at|on|with|for|into)\s+(?:does|do|did|is|are|was|were|has|have|had)\b",
    re.IGNORECASE,
)
"""A wh-phrase ending on a preposition right before its auxiliary: the phrase was cut from a
longer one ("from the south via Orm"), and its noun is no answer's sort."""
_HALF_A_RANGE = LazyPattern(
    r"^From\s+(?:what|which)\s+(?:year|decade|century|date|month)\b.*\sto\s+"
    r"(?:about\s+|around\s+|c\.\s*)?(?:the\s+)?(?:\d|early\b|late\b|mid\b|[A-Z][a-z]+\s+\d)"
)
"""A start asked while the end of its range stays ("from 1930 to 1950"): the question reads
the range as two facts and strands its second half."""
_BARE_MODIFIED_WH = LazyPattern(
    r"\b(?:to|of|in|on|at|by|with|from|for|into|against|than)\s+(?P<modifier>[a-z][\w-]*)\s+"
    r"(?:which|what)\b"
)
_HEDGES = word_set("about around some roughly approximately nearly almost over")
"""Words that hedge a figure ("about 40", "over 300"): no part of what is counted."""
_HEDGED_WH = LazyPattern(
    r"\b(?:(?:nearly|almost|some|roughly|approximately)\s+(?:what|which|how\s+many|how\s+much)"
    r"|(?:about|around|over)\s+how\s+(?:many|much))\b",
    re.IGNORECASE,
)
"""An approximator before the wh-phrase; "about", "around" and "over" before "what" or
"which" are prepositions ("from all over which country")."""


def _modifier(word: str) -> bool:
    """Whether a word can only stand before a noun, never end a noun phrase: a number
    ("the 2008"), or an adjective or participle that is no noun ("the protected")."""
    if word[:1].isdigit() or word.casefold() in NUMBER_WORDS:
        return True
    if not word.islower() or word in _FUNCTION_WORDS or word in _PREPOSITIONS:
        return False
    tags = word_tags(word)
    return not tags or ("ADJ" in tags and "NOUN" not in tags)


def _wh_inside_noun_phrase(body: str) -> bool:
    """Whether the wh-word stands inside a noun phrase, after its determiner and modifiers
    ("the protected which mountains watershed", "the 2008 which conference") or after an
    approximator ("has nearly what residents") where no question can be asked; a hedged
    wh-phrase is fine when it opens the question or follows a preposition ("About how many
    people ...?", "in about what year")."""
    for match in _MODIFIED_WH.finditer(body):
        if all(_modifier(word) for word in match.group("modifiers").split()):
            return True
    for match in _BARE_MODIFIED_WH.finditer(body):
        word = match["modifier"]
        if word in _HEDGES or word in _FUNCTION_WORDS or word[:1].isdigit():
            continue
        if _modifier(word) or "VERB" not in word_tags(word):
            return True  # "prices set against yearly what": the noun after "yearly" asked
    for match in _HEDGED_WH.finditer(body):
        before = body[: match.start()].split()
        if before and before[-1].casefold() not in _PREPOSITIONS:
            return True
    return False


_ASKED_WH = LazyPattern(
    r"\b(?:(?:by|to|from|with|for|of|in|at|on)\s+)?(?P<wh>who|whom|where|what)\b", re.IGNORECASE
)
_PLACE_KINDS = frozenset(["place", "country"])
_SITE_WORDS = word_set(
    "church cathedral chapel abbey monastery priory castle palace fort fortress hall house tower"
    " bridge stadium arena museum gallery library theatre theater hospital school college"
    " university academy temple mosque synagogue shrine station airport port harbour harbor"
    " prison court parliament assembly council observatory institute centre center park garden"
    " zoo market square building campus headquarters"
)
_PEOPLE_WORDS = word_set(
    "settlers residents inhabitants immigrants emigrants colonists natives citizens people peoples"
    " migrants refugees pioneers missionaries locals nationals tribesmen townspeople"
)
_DEMONYM_PLURAL = LazyPattern(r"[A-Z][a-z]+[aeiou]ns")
_WHO_WERE = LazyPattern(r"Who\s+(?:were|are)\b")
_NOT_PEOPLE = frozenset(
    ["place", "country", "organisation", "year", "date", "period", "number", "event", "term"]
)


def _head(answer: str) -> str:
    words = re.split(r"\s+(?:of|in|from|at|on|for)\s+", answer.strip())[0].split()
    return words[-1].strip(".,’'") if words else ""


_HOLDS_A_TITLE = LazyPattern(
    r"^(?i:who)\s+(?:is|was)\s+(?:the\s+)?(?:[a-z]+\s+)?(?P<title>[A-Z][\w-]+)"
)


_PERSON_OF_A_BODY = LazyPattern(r"(?P<given>[A-Z][\w’'-]+)\s+[A-Z][\w’'-]+\s+of\s")


def _person_of_a_body(answer: str) -> bool:
    """Whether the key names a person with the body they write or speak for ("Ada Brook
    of the Kelby Post"), which the name finder may take for the body."""
    found = _PERSON_OF_A_BODY.match(answer)
    return bool(found and found["given"] in lexicon.given_names())


_TO_WHOM = LazyPattern(r"to\s+whom\b", re.IGNORECASE)


def _names_a_recipient(asked: str) -> bool:
    """Whether the question's verb names who receives or hears ("recommended", "explained")."""
    return any(lexicon.recipient_verb(word) for word in re.findall(r"[a-z]+", asked))


def _people(asked: str, answer: str, kind: str) -> bool:
    """Whether the key is a person or a group of people ("Montanans", "German settlers"): a
    name of no known kind is a person when it opens with a given name or holds a title
    ("Who was the Bishop of Orm?")."""
    if kind == "person" or _person_of_a_body(answer):
        return True
    if kind in ("term", "other") and names_people(answer, kind):
        return True  # "the housekeeper", "a Kelland farmer": a person by role or trade
    who_were = _WHO_WERE.match(asked)
    if (
        kind in ("other", "organisation")
        and a_people_name(answer)
        and who_were
        and describes_people(asked[who_were.end() :])
    ):
        return True  # "Who were the first Europeans to sail the Vess?" keyed "the Orvanese"
    if kind in _NOT_PEOPLE:
        return False
    if asks_who_made(asked, answer):
        return True  # "Who founded the March of Orm?" keyed "Olaf"
    if _TO_WHOM.match(asked) and lexicon.plain_name(answer) and _names_a_recipient(asked):
        return True  # "To whom was the plan recommended?" keyed "Ivo Marr"
    head, words = _head(answer), answer.split()
    if head.casefold() in _PEOPLE_WORDS:
        return True
    if _DEMONYM_PLURAL.fullmatch(head):
        return names_people(answer, kind)  # "Montanans"; never "Ivo Watkins", "Kelby Loons"
    titled = _HOLDS_A_TITLE.match(asked)
    return bool(titled and lexicon.title_word(titled["title"])) or (
        len(words) > 1 and words[0] in lexicon.given_names()
    )


_STRANDED_PARTNER = LazyPattern(
    r"^what\s+(?:did|does|do|was|were|is|are|has|have|had)\b[^?]{0,200}?(?<!\bstand)"
    r"(?<!\bstands)(?<!\bstood)(?<!\bknown)(?<!\bfamous)(?<!\bnoted)(?<!\bused)\s+(?:to|for|with)"
    r"(?:\s+(?:in|on|during|from|until|after|before)\s+[^?]{0,60})?\?$",
    re.IGNORECASE,
)
"""A "what" whose preposition is left at the end: "What did the council write a letter to?"."""


def _stranded_before_a_name(asked: str, answer: str, kind: str) -> bool:
    """Whether "what" asks, with its "to", "for" or "with" left behind, for a body of people:
    one writes to, works for or allies with a body ("the Kessian Council"), which "what"
    misnames and a stranded preposition leaves clumsy. An act, a cup or a language ("What
    did the council vote for? → Reform Act") is a thing, rightly asked "what"."""
    named = answer.removeprefix("the ")
    body = kind == "organisation" or organisation_sort(named) is not None
    return body and named[:1].isupper() and _STRANDED_PARTNER.match(asked) is not None


_FRONTED_PREPOSITION = LazyPattern(
    r"(?:^|,\s+)(?P<preposition>[A-Za-z]+)\s+(?:which\s+[a-z]+|whom)\b(?!\s+(?:year|century|decade)\b)"
)
_GIVEN_PREPOSITIONS = word_set(
    "from in on at for with during under after before until since into against across through"
    " between among over about"
)
"""Prepositions only the sentence can give; "by" and "to" also come from turning a sentence
round ("Ivo built it" → "By whom was it built?", "gave Ada the ring" → "To whom ...")."""


def preposition_not_given(asked: str, before: str) -> bool:
    """Whether a fronted wh-phrase takes a preposition the sentence never gives its key
    ("From which kingdom do the stripes come?" of "the colonies that rebelled against the
    Kingdom of Vessa"): a question that invents the relation asks something the text never
    said. ``before`` is the sentence up to the key."""
    found = _FRONTED_PREPOSITION.search(asked)
    if found is None or found["preposition"].casefold() not in _GIVEN_PREPOSITIONS:
        return False
    preposition = found["preposition"].casefold()
    return re.search(rf"\b{preposition}\b", before, re.IGNORECASE) is None


_NOT_A_PEOPLE = frozenset(["place", "country", "year", "date", "period", "number"])
_GROUPS_OF_PEOPLE = word_set("graduates alumni veterans survivors descendants") | _PEOPLE_WORDS
"""Plural nouns of people by what they did or came from, and the trades and roles
(``_PEOPLE_WORDS``) besides."""
_FIRST_TO_DO = LazyPattern(r"what\s+(?:was|were)\s+the\s+(?:first|last|only)\s+to\s", re.I)
_NATIONALITIES = word_set(
    "Portuguese Dutch French English Spanish British Irish Scottish Welsh Swiss Danish"
    " Swedish Finnish Norwegian Japanese Chinese Vietnamese Burmese Taiwanese Lebanese"
    " Sudanese Congolese Genoese"
)
"""Nationalities named by one word with no plural ("the Portuguese"), which also name a
language or describe: a people only where the question asks who did a deed first."""


_PLURAL_PEOPLES = word_set("Danes Finns Poles Swedes Turks Scots Serbs Croats Czechs Slovaks")
"""Peoples whose plural is no country's adjective plus "s" ("Danes", not "Danishs"), nor a
prefix of a country's name that would take "Francs" or "Malts" for a people."""


def _a_people_asked_what(asked: str, answer: str) -> bool:
    """Whether "what" asks for a people: a plural of people ("medical graduates"), a plural
    nationality ("Greeks", "Serbs", of a nationality or a country's name), or a
    nationality with no plural asked as the one to do a deed first ("What was the first to
    trade salt?" keyed "Portuguese")."""
    answer = answer.removeprefix("the ").removeprefix("The ")
    head = _head(answer)
    if head.islower() and head.casefold() in _GROUPS_OF_PEOPLE:
        return True
    if " " not in answer and answer[:1].isupper() and answer.endswith("s") and len(answer) > 3:
        single = answer[:-1]
        if answer in lexicon.COUNTRIES or single in lexicon.COUNTRIES:
            return False  # "the Bahamas", "the Americas": a place's name
        if single in lexicon.COUNTRY_DEMONYMS or answer in _PLURAL_PEOPLES:
            return True  # "Normans", "Greeks", "Danes"
    return answer in _NATIONALITIES and _FIRST_TO_DO.search(asked) is not None


def wh_fits_key(asked: str, answer: str, kind: str) -> bool:
    """Whether the wh-word that asks for the key fits the key's kind: "where" only for a
    place, a country, a building or body with a site, or a common noun ("the small
    intestine"), never a person, a title or a faith; "who"/"whom" only for a person
    or a group of people (never an institution, a country or a faith); "what" never for a
    person, nor for a key that reads as a person's name.
    ``asked`` is the question from its wh-phrase on."""
    match = _ASKED_WH.match(asked)
    if not match:
        return True  # "which river", "how many", "when": the phrase names its own sort
    wh = match.group("wh").casefold()
    faith = lexicon.faith_or_doctrine(answer)
    if faith and wh in ("where", "who", "whom"):
        return False  # "Where did the khan convert?", "Whom did the books place ...?": a faith
    if wh == "where":
        if kind in _PLACE_KINDS or _head(answer).casefold() in _SITE_WORDS:
            return True
        common_noun = answer.removeprefix("the ").islower()  # "the small intestine"
        return kind in ("other", "term") and common_noun
    if wh in ("who", "whom"):
        return _people(asked, answer, kind)
    if _MET_AS_A_PERSON.match(asked):
        return False  # "What did Ana meet?": one meets, marries or kills a person
    if _stranded_before_a_name(asked, answer, kind):
        return False  # "What did the council write a letter to?" keyed a body
    if _role_asked_what(asked) and not _names_an_office(answer):
        return False  # "What was the head of sales at Orm Radio?": whoever held it
    if wh == "what" and kind not in _NOT_A_PEOPLE and _a_people_asked_what(asked, answer):
        return False  # "The crews were mostly what?" keyed "Danes": a people is "who"
    return kind != "person" and (
        # "What was the tank known as?" keyed "the Ivo Marr": a thing's name, asked "what"
        asks_for_a_name(asked) or not _personal_name_of_no_place(answer, kind)
    )


_WHAT_IS_THE = LazyPattern(
    r"what\s+(?:is|was|are|were)\s+(?P<description>(?:the|a|an)\s+[^?]+?)\s*\??$",
    re.IGNORECASE,
)
_HEAD_OF = LazyPattern(r"(?:the|a|an)\s+(?:[a-z-]+\s+)?head\s+of\s")


def _names_an_office(answer: str) -> bool:
    """Whether a key names an office rather than its holder ("Warden of Orm", "President")."""
    words = answer.split()
    return not words or "of" in words or answer[:1].islower() or lexicon.title_word(words[0])


def _role_asked_what(asked: str) -> bool:
    """Whether "what is/was ...?" asks who holds a role ("the chief engineer of Orm Radio",
    "the head of sales"): the answer is a person, asked "who". Naming the role ("What is
    the mayor of Vell called?") asks for a word, and "what" fits it."""
    found = _WHAT_IS_THE.match(asked)
    if found is None:
        return False
    description = found["description"]
    if re.search(r"\b(?:called|known|named|titled|styled)\b", description):
        return False
    return names_people(description, "other") or _HEAD_OF.match(description) is not None


_MET_AS_A_PERSON = LazyPattern(
    r"what\s+(?:did|does|do)\b[^?,;]*?\b(?:meet|marry|wed|interview|befriend|knight|kill"
    r"|murder|assassinate|execute|kidnap|ordain)\b",
    re.IGNORECASE,
)
"""A "what" asked as the object of a verb whose object is a person: whatever the key, a
person was meant, and "what" never asks for one."""


def _personal_name_of_no_place(answer: str, kind: str) -> bool:
    """Whether a key the extractor did not type as a place reads as a person's name ("What
    commanded a fleet?" keyed "Ivo Marlow"): "what" never asks for it."""
    return kind not in _PLACE_KINDS and lexicon.reads_as_personal_name(answer)


_INNER_FULL_STOP = LazyPattern(r"(?P<word>[\w’'.-]+)\.(?=\s)")
_TITLE_ABBREVIATIONS = word_set("Fr Mrs Ms Rev Gen Col Capt Lt Sgt Prof Gov Sen Rep")
"""Titles that stand before a name with a full stop ("Fr. Zahm"): a question ending in one
was cut there, and one holding one inside is whole."""
_ABBREVIATED = (
    sentences.ABBREVIATIONS
    | {w.casefold() for w in lexicon.NAME_ABBREVIATIONS}
    | {w.casefold() for w in _TITLE_ABBREVIATIONS}
)


def _cut_at_a_full_stop(body: str) -> bool:
    """Whether the question was cut from a name at its full stop: a full stop inside it
    after a word that is no abbreviation ("play. 4 in Kelby"), or a last word that only
    stands before one ("Orm v", "Suite No")."""
    for stop in _INNER_FULL_STOP.finditer(body):
        word = stop["word"]
        if "." in word or (len(word) == 1 and word.isupper() and _in_a_name(body, stop.start())):
            continue  # "U.S.", "Anna V. Lindqvist"
        if word.casefold() not in _ABBREVIATED:
            return True
    if _NUMBERING_WORD.search(body):
        return True  # "the Nocturne in E major Op": the number after "Op." was cut off
    last = _WORD.findall(body)[-1:]
    return bool(last) and last[0] in _BEFORE_A_FULL_STOP and not body.endswith(".")


_LETTER_RANGE_END = LazyPattern(r"\b[A-Z]\s+(?:through|thru|to)\s+$")
"""The opening of a range of letters ("labelled A through "): the letter after it is a
label, not an initial."""


def _in_a_name(body: str, at: int) -> bool:
    """Whether the capital letter at ``at`` may be an initial ("Anna V. Lindqvist"), not
    the last label of a range of letters that ends a sentence ("labelled A through E.
    Specifically")."""
    return not _LETTER_RANGE_END.search(body[:at])


_BEFORE_A_FULL_STOP = (
    word_set("v vs No St Mt Ft Jr Sr Inc Ltd Op Vol Nos Mr Dr") | _TITLE_ABBREVIATIONS
)
"""Words that end a question only when a full stop after them was taken for a sentence's."""
_NUMBERING_WORD = LazyPattern(r"\b(?:Op|Opp|Vol|Nos)\b(?!\.?\s*\d)")
"""Abbreviations that stand only before a number ("Op. 10", "Vol. 2"): without one, the
question was cut at their full stop."""
_ENDS_AFTER_DO = LazyPattern(
    r"^[^,]*?\b(?:do|does|did)\s+[^,]*?(?P<before>\w+)\s+(?P<last>[a-z]+)$", re.IGNORECASE
)
_WH_BESIDE_WH = LazyPattern(r"\b(?:whom|what|which)\s+(?:who|whom|which)\b", re.IGNORECASE)
_WH_BEFORE_ITS_NAMING = LazyPattern(r"\b(?:whom|what)\s+(?:known\s+as|called|named)\s", re.I)
"""'against whom known as the War of the Two Capitals': the naming phrase belonged to a noun
before the key ("the civil war against Ragnar known as ..."), and now follows the wh-word."""
_FREE_RELATIVE = LazyPattern(
    r"(?<=[a-z] )what\s+(?=(?P<verb>[a-z]+)\b(?P<rest>[^?]*))", re.IGNORECASE
)
"""A "what" and the rest of the question after it, read ahead so that the question's own
"In what year" leaves every later "what" to be read too."""
_LATER_WH = LazyPattern(r"\b(?:which|what|who|whom|how\s+many|how\s+much)\b", re.IGNORECASE)


def _wh_inside_a_free_relative(body: str) -> bool:
    """Whether the wh-phrase stands inside a clause opened by the sentence's own "what" ("a
    committee issued what became known as which report"): English asks nothing out of such a
    clause, and two wh-words leave the question unreadable."""
    for clause in _FREE_RELATIVE.finditer(body):
        verb = clause["verb"]
        finite = verb.casefold() in AUXILIARIES or is_finite_verb(verb)
        if finite and _LATER_WH.search(clause["rest"]):
            return True
    return False


_ADVERBIAL_CONJUNCT_AFTER_WH = LazyPattern(
    rf"(?i:\b{_WH}\b)[^,]*\s(?:or|and)\s+[a-z]+ly\s+(?:after|before|through|by|via|from|in"
    r"|on|at|during|under|with)\s"
)
"""A wh-phrase left in place inside the first of two joined adverbials: the second one ("or
indirectly after the conquest") belongs to a verb before the wh-phrase, and the question
reads as if it went on the wh-phrase's own clause."""
_YEAR_WITHOUT_ARTICLE = LazyPattern(r"\b(?:in|by|from|until|since)\s+year\s+\d", re.IGNORECASE)
"""A counted "year" before its number takes "the": "in the year 1949" or "in 1949", never
"performed in year 1949"."""
_AGENT_WITHOUT_BY = LazyPattern(
    r"\b(?:is|are|was|were|been)\s(?:(?!\b(?:who|that|which|and|or)\b)[^,])*?\b(?:described"
    r"|discovered|founded|built|designed|written|composed|painted|published|invented)"
    r"\s+[A-Z][a-z]"
)
"""A passive of making before a bare name lost its "by": "was the genus first described Carl
Kunth" (naming verbs such as "named" or "crowned" are left out: "was named Ada"; a relative
clause of its own is not passive: "Who was the architect who designed Kell Hall?")."""
_BELIEVED_WITHOUT_TO_BE = LazyPattern(r"\bbelieved?\s+(?:[A-Z][\w'’-]*\s+){1,4}(?:an?|the)\s")
""""Believe" takes its object's description through "to be": "believed Kell to be a
debut", not "believed Kell a debut"."""
_ONCE_IN_THE_PRESENT = LazyPattern(
    r"^(?:When|In\s+what\s+(?:year|decade|century))\s+(?:is|are)\s+[^,]+\s(?:founded|established"
    r"|built|born|completed|created|formed|launched|discovered|invented|signed|incorporated)$"
)
_PAST_TIME_ASKED = (
    r"(?:in|on|during)\s+(?:the\s+[\w-]+\s+(?:[\w-]+\s+)?of\s+)?(?:what|which)"
    r"\s+(?:year|date|day|month|decade|century|millennium)"
)
_PAST_DATE_TOLD = (
    r"(?:[Ii]n|[Oo]n|[Dd]uring)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?(?:\d{1,2},?\s+)?\d{4}(?!\d)"
)
_PERFECT_AT_A_PAST_TIME = LazyPattern(rf"^(?:When|{_PAST_TIME_ASKED})\s+(?:has|have)\s", re.I)
_PERFECT_THEN_TIME = LazyPattern(
    rf"\b(?:has|have)\s(?P<between>[^,;]*?)\s(?:{_PAST_TIME_ASKED}|{_PAST_DATE_TOLD})\b"
)
_PERFECT_AFTER_A_DATED_OPENING = LazyPattern(
    rf"^{_PAST_DATE_TOLD},\s+[^,;]*?\b(?:has|have)\s(?P<between>[^,;]*)"
)
_INVERTING_OPENING = LazyPattern(
    r"^(?:[A-Z][a-z]+\s+(?:what|which|whom)(?:\s+[\w-]+)?|What|Whom|Where|Why|How)\s+$"
)
"""What opens a question whose "has" goes before its subject ("Where has ...", "To which
club has ..."): not a subject's own "Which club has ..."."""
_SUBJECT_REACH = 6
"""How many words an inverted question puts between "has" and its participle."""
_ADVERB_REACH = 2
"""How many words a plain clause puts between "has" and its participle: an adverb at most."""


def _perfect_at_a_past_time(body: str) -> bool:
    """Whether a present perfect is told at a point in the past, asked ("In what year has
    the Trust delivered aid?", "The paintings have been shown in Orm in what year?") or
    dated ("Where has the Trust delivered aid in 2008?", "In 2008, the Trust has delivered
    aid to which town?"). A time that follows is the perfect's own when no other verb
    stands between ("have since grown into tools developed in what decade" asks the
    tools')."""
    if _PERFECT_AT_A_PAST_TIME.match(body):
        return True
    dated = _PERFECT_AFTER_A_DATED_OPENING.match(body)
    if dated is not None and _participle_in_reach(_WORD.findall(dated["between"])) is not None:
        return True
    for perfect in _PERFECT_THEN_TIME.finditer(body):
        words = _WORD.findall(perfect["between"])
        inverted = _INVERTING_OPENING.match(body[: perfect.start()]) is not None
        at = _participle_in_reach(words, _SUBJECT_REACH if inverted else _ADVERB_REACH)
        if at is not None and not any(
            word.islower() and (past_participle(word) or is_finite_verb(word) or word == "since")
            for word in words[at + 1 :]
        ):
            return True
    return False


def _participle_in_reach(words: Sequence[str], reach: int = _ADVERB_REACH) -> int | None:
    """Where the perfect's participle stands among the first ``reach`` words after "has":
    the last of a "been" and its participle ("been shown")."""
    for at, word in enumerate(words[:reach]):
        if word.islower() and past_participle(word):
            following = words[at + 1 : at + 2]
            return at + 1 if word == "been" and following and past_participle(following[0]) else at
    return None


_RELATIVE_CLOSE = LazyPattern(r"\b(?:that|which|who|whom)\s+(?:\w+\s+){1,2}$", re.IGNORECASE)
_BEFORE_A_PAST_OF_ITS_OWN = word_set(
    "that which who whom was were had has have been be is are being"
)


def _past_after_do(body: str) -> bool:
    """Whether a question with "do", "does" or "did" ends in a past tense ("How much does the
    fee totaled?"): the clause's verb was left inflected, unless a relative clause or a
    passive of its own ends the question ("that it adopted", "was built")."""
    match = _ENDS_AFTER_DO.match(body)
    if match is None:
        return False
    last, before = match["last"], match["before"].casefold()
    if last.casefold() in lexicon.CLOSING_PARTICLES and before not in lemmas_as(before, "VERB"):
        # "did painters formerly base in Orm moved in": the verb before its particle
        last, before = before, _WORD.findall(body[: match.start("before")])[-1].casefold()
    if before in _BEFORE_A_PAST_OF_ITS_OWN:
        return False
    if _RELATIVE_CLOSE.search(body[: match.start("last")]):
        return False  # "... the plan that it adopted": the relative clause's own verb
    verb = finite_verb(last)
    return verb is not None and verb[1] == "VBD"


_BY_WHOM_DID = LazyPattern(r"^By\s+(?:whom|who)\s+(?:did|do|does)\b", re.IGNORECASE)
_POSSESSIVE_WH = LazyPattern(r"\b(?:who|whom|what|which(?:\s+[a-z]+)?)(?:['’]s?)(?=\s|$)", re.I)
_BARE_APOSTROPHE = LazyPattern(r"(?<![sS\s])['’](?=\s)")
"""A possessive's apostrophe left after a word it does not belong to ("the map' voyage");
only a plural's ("the Normans' lands") stands alone."""
_PARTICIPLE_OPENING = LazyPattern(
    r"^(?:(?:In|On|At|By|During|From|Since|Until|After|Before)\s+(?:(?:the|early|late|mid)\s+)?"
    r"(?:[A-Z][a-z]+\s+)?\d{1,4}s?(?:,?\s+\d{4})?,?\s+)?(?:(?P<adverb>[A-Z][a-z]+ly)\s+(?=[a-z]))?"
    r"(?P<word>[A-Za-z]+)\b"
)
"""A question's opening word after a fronted time, or after an adverb ("Initially built with
...": the adverb leaves the participle phrase without its subject all the same)."""


_ORDINAL_WITHOUT_NOUN = LazyPattern(
    r"\b(?:did|does|do)\s+the\s+(?:first|second|third|last|earliest|latest)\s+(?P<word>[a-z]+)\b"
)
"""An inverted subject that is an ordinal alone: "did the first enslave Orvans arrived" took a
participle of the subject for its verb, and "did the first arrive" leaves "first what?"."""


def _verb_only(word: str) -> bool:
    """A verb's base form that is no noun ("enslave", "arrive"; not "train", "settlers")."""
    return base_verb(word) and "NOUN" not in word_tags(word)


_TAKES_AS = word_set(
    "defined known regarded described classified designated served used seen viewed treated"
    " considered recognised recognized characterised characterized perceived"
)
"""Past participles that name a role with "as" ("defined as", "known as", "served as")."""
_TAKES_AS_ONLY = _TAKES_AS - word_set("designated considered served")
"""Of those, the ones that take no bare object complement: "designated a landmark", "considered
a hero" and "served a writ" are English, "used a basis" and "regarded a model" are not."""
_PASSIVE_AS_VERB_BEFORE_A_NOUN = LazyPattern(
    r"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)\s+(?:a|an)\s+"
    r"(?P<noun>[a-z]+)"
)
"""A role verb straight before "a" or "an"; "the" may open a time or degree ("was seen the
next day", "was used the most")."""
_MEASURE_OR_TIME_NOUNS = word_set(
    "lot bit few little great good deal time times day week month year decade century while"
)
"""Nouns after "a" that measure how much or when ("was used a lot", "was seen a second
time"), not a role the verb gives."""
_LINKS_A_PARTICIPLE = word_set("been become made got gotten remained stayed grown come")
"""Participles another may follow: "has become known for", "was made known to"."""
_PARTICIPLE_PAIR = LazyPattern(
    r"\b(?P<first>[a-z]+)\s+(?P<second>[a-z]+)(?=$|\s+(?:by|in|on|at|for|from|to|with)\b)"
)
"""Two words with nothing or a preposition after them: "divided defined by", not "used known
methods", where the second describes a noun."""


def _noun_after_a_determiner(word: str, before: list[str]) -> bool:
    """Whether ``word`` reads as a noun of a noun phrase the words ``before`` it open: right
    after "the" ("the cast"), or, when it can be a noun, after "the" and names ("the Orm
    cast"); "Vessia divided" has no determiner."""
    if before[-1:] and before[-1].casefold() in lexicon.DETERMINERS:
        return True
    if "NOUN" not in word_tags(word):
        return False
    opening = list(before)
    while (
        opening and opening[-1][:1].isupper() and opening[-1].casefold() not in lexicon.DETERMINERS
    ):
        opening.pop()
    determiner = opening[-1:] != [] and opening[-1].casefold() in lexicon.DETERMINERS
    return len(opening) < len(before) and determiner


def _lost_as(body: str) -> bool:
    """Whether a verb that names a role with "as" lost its "as": a passive one straight before
    a noun phrase ("was used a basis for many texts"), or one straight after another past
    participle ("is Vessia divided defined by?" of "divided into counties, defined as ..."):
    English never sets two past participles side by side, so a phrase was cut between."""
    for passive in _PASSIVE_AS_VERB_BEFORE_A_NOUN.finditer(body):
        noun = passive["noun"]
        if noun in _MEASURE_OR_TIME_NOUNS or noun in ORDINAL_WORDS:
            continue  # "was used a lot", "was used a second time"
        if passive["verb"] in _TAKES_AS_ONLY:
            return True
    for pair in _PARTICIPLE_PAIR.finditer(body):
        first, second = pair["first"], pair["second"]
        if second not in _TAKES_AS or first in AUXILIARIES or first in _LINKS_A_PARTICIPLE:
            continue
        if _noun_after_a_determiner(first, body[: pair.start()].split()):
            continue  # "the cast known for", "the Orm cast known for": a noun, described
        if past_participle(first):
            return True
    return False


_SUPERLATIVE_THEN_WH = LazyPattern(
    r"\b(?:most|least|[a-z]{3,}est)\s+(?P<words>(?:[\w-]+\s+){0,2})(?:what|which)$",
    re.IGNORECASE,
)
_ONE_OF_THE_MOST_AT_THE_END = LazyPattern(
    r"\bone\s+of\s+the\s+(?:most|least)\s+(?P<words>(?:[\w-]+\s+){0,2}[\w-]+)$",
    re.IGNORECASE,
)


def _superlative_without_its_noun(body: str) -> bool:
    """Whether a superlative lost the noun it ranks: "what" standing for it after its
    adjective ("one of the most loyally Liberal what?"), or "one of the most ..." ending the
    question on an adjective or adverb ("... one of the most loyally Liberal?"): "one of"
    needs the plural noun, and "what" asks for a thing, not for a noun's name."""
    superlative = _SUPERLATIVE_THEN_WH.search(body)
    if superlative and not superlative["words"].strip():
        return "ADJ" in word_tags(body[: superlative.end()].split()[-2].casefold())
    if superlative:
        return True  # "the most loyally Liberal what": the modifiers with no noun after them
    ranked = _ONE_OF_THE_MOST_AT_THE_END.search(body)
    return ranked is not None and not plural_noun(ranked["words"].split()[-1].casefold())


_RELATIVE_THEN_COMMA = LazyPattern(
    r"\b(?:that|which|who|whom|whose|where|when|whereby),\s+(?P<rest>[^,]*)(?P<closed>,\s+.*)?$"
)


def _dangling_relative(body: str) -> bool:
    """Whether a relative word or "that" opens a clause with a phrase set off by a comma and the
    clause's own words after it were cut ("the law that, under the 1962 act?"): the phrase
    interrupts the clause, so the clause must go on after its closing comma."""
    clause = _RELATIVE_THEN_COMMA.search(body)
    if clause is None:
        return False
    return not clause["closed"] or not _verbs_in(clause["closed"])


_WH_NOUN_REPEATS_ITS_HEAD = LazyPattern(
    r"\b(?P<noun>[a-z]{3,}?)(?:s|es)?\s+(?:of|in|for|from|on|at)\s+(?:which|what)\s+"
    r"(?P=noun)(?:s|es)?\b(?:\s+(?P<next>[a-z]+))?",
    re.IGNORECASE,
)
"""A wh-phrase whose noun repeats the noun it follows ("the oldest town of which town", "the
county town of which town"): the owner was of another sort, cut from the question. A noun
after the repeated one makes a compound of another sort ("the highest mountain in which
mountain range")."""
_AFTER_A_WH_NOUN = word_set("of in for from on at by with is was are were")


def _compound_cut(following: str | None) -> bool:
    """Whether a repeated wh-noun ends its phrase: nothing follows, a preposition or
    auxiliary does, or the clause's verb ("the wealthy town of which town voted"); a noun
    after it makes a compound of another sort ("the highest mountain in which mountain
    range")."""
    if following is None or following.casefold() in _AFTER_A_WH_NOUN:
        return True
    return "NOUN" not in word_tags(following) or finite_verb(following) is not None


_MADE_FROM_A_TIME = LazyPattern(
    r"\b(?:made|produced|crafted|manufactured|carved|cast|forged|built|constructed|fashioned"
    r"|woven|wrought)\s+(?:from|of)\s+the\s+(?:[\w-]+\s+){0,2}(?:Age|century|centuries|era"
    r"|period|millennium|dynasty)\b",
)
"""A time phrase after a verb of making ("What was made from the Bronze Age?"): in the sentence
it described the thing ("Bronze Age flatware from Kessia"); after the verb it reads as the
material the thing was made from."""


_LINKING_PARTICIPLES = frozenset(
    ["being", "having", "becoming", "getting", "remaining", "seeming", "staying", "growing"]
)
"""-ing forms a past participle may follow ("being built", "becoming involved")."""
_POSTURE_AND_MOTION_PARTICIPLES = word_set(
    """
    lying sitting standing kneeling hanging coming going running walking riding flying fleeing
    leaving arriving returning travelling traveling sailing wandering escaping dying living
    """
)
"""-ing forms of being somewhere or moving, which a past participle may follow to say in
what state ("found lying injured in the street", "seen leaving disguised as a monk")."""
_WORD_PAIR = LazyPattern(r"\b(?P<first>[a-z]+ing)\s+(?P<second>[a-z]+)\b(?P<next>\s+[a-z]+)?")


def _participle_after_participle(body: str) -> bool:
    """Whether a past participle stands straight after a present one that is no noun and no
    linking verb, with no noun for it to describe ("the city starting driven by the port"):
    English joins the two with a phrase or "and", so words were cut out between them."""
    for pair in _WORD_PAIR.finditer(body):
        first, second = pair["first"], pair["second"]
        if first in _LINKING_PARTICIPLES or first in _POSTURE_AND_MOTION_PARTICIPLES:
            continue
        if word_tags(first) & {"NOUN", "ADJ"}:
            continue
        if not present_participle(first) or not past_participle(second):
            continue
        following = (pair["next"] or "").strip()
        if not following or following in _PREPOSITIONS or following in ("and", "or"):
            return True  # "including used cars" has its noun after it
    return False


def _verbless(body: str) -> bool:
    """Whether the question opens with a participle phrase and has no clause of its own
    after it: "Founded in 1820 on the site of which fort?", "In May 2010 based in which
    country?". A participle phrase followed by its clause ("Built in 1790, the bridge spans
    which river?") asks well."""
    opening = _PARTICIPLE_OPENING.match(body)
    if opening is None:
        return False
    if opening["adverb"] and "ADV" not in word_tags(opening["adverb"].casefold()):
        return False  # "Italy exported which wine?": a name, no adverb, opens the clause
    word = opening["word"].casefold()
    tags = word_tags(word)
    participle = (past_participle(word) or word.endswith("ing")) and tags & {"VERB", "NOUN"} == {
        "VERB"
    }
    if not participle or word in AUXILIARIES or word in _PREPOSITIONS:
        return False
    rest = body[opening.end() :]
    clause = re.search(r",\s+(?P<clause>.*)$", rest)
    if clause is not None and _verbs_in(clause["clause"]):
        return False  # "Built in 1790, the bridge spans ...": the clause after the phrase
    words = [w.casefold() for w in _WORD.findall(rest)]
    if any(
        w in AUXILIARIES and w not in ("be", "been", "being") and not (at and words[at - 1] == "to")
        for at, w in enumerate(words)
    ):
        return False  # "Headquartered in Orm are ...": a clause with its subject after the verb
    if word.endswith("ing") and word not in ("having", "being"):
        # "Deciding whether X holds corresponds to ...": a gerund, the subject of a verb
        return not _verbs_in(rest.casefold())
    return True


def _predicate_without_subject(body: str) -> bool:
    """Whether the question's one verb comes right after "and", "or" or "but", with only a
    phrase before it: the second half of a sentence whose subject was cut away with its
    first verb ("[The work is made of ink and] watercolor on paper and measures 28 by 19
    inches"). "Fish and chips are served ..." has its verb after the subject it joins."""
    if re.match(rf"^(?:{_WH}|how)\b", body, re.IGNORECASE):
        return False  # "Who rose early and walked ...": the wh-word is the subject
    verbs = _verbs_in(body)
    if len(verbs) != 1:
        return False
    before = body[: verbs[0].start()].split()
    return len(before) >= 2 and before[-1].casefold() in ("and", "or", "but")


_WHO_IS_THE = LazyPattern(r"^Who\s+(?:is|was|are|were)\s+(?P<description>(?:the|a|an)\s+.+)$")


def _who_for_a_thing(body: str) -> bool:
    """Whether "Who is ..." asks for a thing: "Who is the oldest stone bridge built by X?",
    "Who is the poorest municipality in Orm?" (a rank of a noun that names no person)."""
    asked = _WHO_IS_THE.match(body)
    if asked is not None and ranked_thing_asked_as_who(f"{body.rstrip('?')}?") is not None:
        return True
    return asked is not None and describes_a_thing(asked["description"])


_PLURAL_VERB_THEN_SUBJECT = LazyPattern(
    rf"^(?:[A-Za-z]+\s+)?{_WH}(?:\s+[a-z]+)?\s+(?:are|were|have)\s+the\s+(?P<phrase>[^,]+)$",
    re.IGNORECASE,
)
_HEAD_ENDS = word_set(
    "of in on at to by for from with into as that which who whom whose where when called named"
)
_THE_BEFORE_NAME = LazyPattern(
    r"\bthe\s+(?P<name>[A-Z][a-z]+\s+[A-Z][a-z]+)(?:\s+(?P<next>[a-z]+)|(?=[\s,?.]*$|,))"
)
_WHAT_NUMBER = LazyPattern(
    r"\bwhat\s+(?:halves|thirds|quarters|[a-z]+ths|hundreds?|thousands?|millions?|billions?"
    r"|dozens?|per\s?cent)\b",
    re.IGNORECASE,
)


_NAME_CLASS_WORDS = frozenset(
    lexicon.COUNTRY_WORDS | lexicon.ORGANISATION_WORDS | lexicon.EVENT_WORDS | lexicon.PLACE_WORDS
)


def _common_word(word: str) -> bool:
    """Whether a capitalised word is a common word, not a person's given name or surname: one
    lemminflect knows, or a word naming a sort of place, state, body or event ("Empire")."""
    return word in _NAME_CLASS_WORDS or bool(word_tags(word.casefold()))


def _garbled_phrase(body: str, form: str) -> bool:
    """Whether the question garbles a phrase of its sentence: a plural verb before a singular
    subject ("What are the smallest unit of light called?"), or a wh-word standing for a number
    inside the phrase that counts ("... split into what ninths?", "what million people"), or
    "the" before a person's name, told by none of its words being a common English word. A
    question whose wh-phrase is its subject ("Which towns have the largest port?") agrees with
    that phrase, not with the noun after the verb."""
    if _WHAT_NUMBER.search(body):
        return True
    for named in _THE_BEFORE_NAME.finditer(body):
        if named["next"] and "NOUN" in word_tags(named["next"]) and not finite_verb(named["next"]):
            continue  # "the Mara Vell prize": the name qualifies a noun
        if not any(_common_word(word) for word in named["name"].split()):
            return True  # "opened by the Mara Vell": no word of the name is a common word
    if form != "subject" and (_singular_verb_before_plural(body) or _auxiliary_disagrees(body)):
        return True
    inverted = _PLURAL_VERB_THEN_SUBJECT.match(body)
    if inverted is None or form == "subject":  # "Which towns have the largest port?"
        return False
    words = _WORD.findall(inverted["phrase"])
    if any(w.casefold() in ("and", "or") for w in words):
        return False  # "the bishop and the abbot": two, so plural
    head: list[str] = []
    for word in words:
        if word.casefold() in _HEAD_ENDS or (head and past_participle(word)):
            break
        head.append(word)
    if not head or not head[-1].islower():
        return False  # a name ("the Orm Islands") says its number by no rule here
    noun = head[-1]
    return "NOUN" in word_tags(noun) and not plural_noun(noun)


_AUXILIARY_THEN_SUBJECT = LazyPattern(
    rf"^(?:[A-Za-z]+\s+)?{_WH}(?:\s+[a-z]+)?\s+(?P<verb>does|do|is|are|was|were|has|have)"
    r"\s+(?P<phrase>[^,]+)$",
    re.IGNORECASE,
)
_PLURAL_DETERMINERS = word_set(
    "many several few both these those various numerous multiple dozens hundreds thousands millions"
)
_SINGULAR_DETERMINERS = word_set("a an each every this one another either neither")
_SINGULAR_AUXILIARIES = word_set("does is was has")
_COLLECTIVE_AFTER_A = word_set(
    "number lot few couple majority minority variety series handful range total group host"
)
"""Nouns that make "a ... of" a plural subject ("a number of towns were")."""


def _auxiliary_disagrees(body: str) -> bool:
    """Whether the fronted question's auxiliary disagrees with the subject after it: a
    singular verb before a plural determiner ("In what year does many towns hold a fair?"), a
    plural verb before a singular one ("When were each bridge built?"), or "do" before "the"
    and a singular noun ("When do the town hold its fair?"). The number is read from the
    determiner, or from the head noun after "the"; a subject that opens otherwise (a name, a
    bare noun) is left alone."""
    inverted = _AUXILIARY_THEN_SUBJECT.match(body)
    if inverted is None:
        return False
    singular_verb = inverted["verb"].casefold() in _SINGULAR_AUXILIARIES
    words = _WORD.findall(inverted["phrase"])
    lowered = [word.casefold() for word in words]
    if not lowered:
        return False
    if lowered[0] in _PLURAL_DETERMINERS or lowered[0] in NUMBER_WORDS:
        return singular_verb and "and" not in lowered
    if lowered[0] in _SINGULAR_DETERMINERS:
        collective = len(lowered) > 1 and lowered[1] in _COLLECTIVE_AFTER_A
        coordinated = "and" in lowered or "or" in lowered
        return not singular_verb and not collective and not coordinated
    if lowered[0] == "the" and inverted["verb"].casefold() == "do":
        head: list[str] = []
        for word in words[1:]:
            tags = word_tags(word.casefold())
            if word.casefold() in _HEAD_ENDS or word.casefold() in ("and", "or"):
                return False  # "the bishop and the abbot": two, so plural
            if head and (past_participle(word) or (tags and "NOUN" not in tags)):
                break
            if head and "VERB" in tags and not plural_noun(word):
                break  # "the town hold": the phrase ends before its verb
            head.append(word)
        noun = head[-1] if head else ""
        return noun.islower() and "NOUN" in word_tags(noun) and not plural_noun(noun)
    return False


_SINGULAR_VERB_THEN_SUBJECT = LazyPattern(
    rf"^(?:[A-Za-z]+\s+)?{_WH}(?:\s+[a-z]+)?\s+(?:is|was|has|does)\s+the\s+(?P<phrase>[^,]+)$",
    re.IGNORECASE,
)
_PLURAL_AS_ONE = word_set("data media")
"""Plurals that English often takes as one ("the data is")."""


def _singular_verb_before_plural(body: str) -> bool:
    """Whether a singular verb stands before a plural subject ("When was the first railways
    opened?", "How many people does the cities of Orm have?"): the subject's head noun, the
    last noun before a preposition or a verb, is a plural of another lemma."""
    inverted = _SINGULAR_VERB_THEN_SUBJECT.match(body)
    if inverted is None:
        return False
    head: list[str] = []
    for word in _WORD.findall(inverted["phrase"]):
        lower = word.casefold()
        tags = word_tags(lower)
        if lower in _HEAD_ENDS or lower in ("and", "or"):
            break
        verb = "NOUN" not in tags and ("VERB" in tags or "ADJ" not in tags)
        if head and (past_participle(word) or (tags and verb)):
            break  # "the monks live": the phrase ends before its verb
        head.append(word)
    if not head or not head[-1].islower() or head[-1] in _PLURAL_AS_ONE:
        return False  # a name ("the Orm Islands") says its number by no rule here
    nouns = lexicon.all_lemmas(head[-1]).get("NOUN", ())
    return bool(nouns) and head[-1] not in nouns


_TIME_OF_A_STATE = LazyPattern(
    r"^(?:When|In\s+what\s+(?:year|century|decade))\s+(?:is|are)\s+[^,]*?\s(?:a|an)\s", re.I
)
_TIME_OF_A_PAST_STATE = LazyPattern(
    r"^(?:When|In\s+what\s+(?:year|century|decade))\s+(?:was|were)\s+(?P<subject>[^,]+?)\s+"
    r"(?:a|an|one\s+of)\s",
    re.I,
)


def _time_of_a_past_state(body: str) -> bool:
    """Whether a time is asked of what something was for years: "In what year was Tarnby a
    small settlement?", "In what decade was Orm one of the largest ports?" have no one year. A
    deed told in the passive ("was the bridge rebuilt with a steel deck") is no state."""
    found = _TIME_OF_A_PAST_STATE.match(body)
    if found is None:
        return False
    words = found["subject"].split()
    return len(words) <= 5 and not any(
        past_participle(word) or word.lower() in _PREPOSITIONS or word.lower() in AUXILIARIES
        for word in words
    )


_TIME_OF_AN_IDENTITY = LazyPattern(
    r"^(?:When|In\s+what\s+(?:year|decade|century))\s+(?:is|are|was|were)\s+(?P<rest>.+)$", re.I
)
_RANK_WORDS = word_set("first last final only earliest latest")
_TIME_OF_A_NAMING = LazyPattern(
    r"^(?:When|In\s+what\s+(?:year|decade|century))\s+(?:is|are|was|were)\s+[^,]+?\s+the\s+"
    r"(?:(?:code|nick|pen|stage|official|popular)\s?)?(?:name|term|title|designation)\s+"
    r"(?:given|used|chosen|applied|for|of)\b",
    re.I,
)
"""A time asked of what a thing is called ("In what year was Grey Lantern the codename
given to the evacuation of Orm?"): the name holds for good; the year was the named deed's."""
_TIME_AFTER_AN_EXAMPLE = LazyPattern(
    r"^(?:When|In\s+what\s+(?:year|decade|century))\s[^,]*\s(?:like|such\s+as|including)\s+"
    r"(?:the|a|an)\s[^,]*$",
    re.I,
)
"""A time asked of a clause that ends on an example of what it tells ("In what year did the
frigates see action only in raids like the siege of Orm?"): the year told after the example
("the siege of Orm in 1771") is the example's, not the clause's."""
_PREDICATE_OPENERS = word_set("the a an")


def _time_of_an_identity(body: str) -> bool:
    """Whether a time is asked of an identity: "In what year was the first steam frigate the
    Orm?" or "In what year was the unit's final sortie a patrol?" ask which one was first or
    last, a fact of no year; the year was the deed's ("was launched in 1850"). A name that held
    a rank ("In what year was the Kell Post the first paper to ...?") is a state of a time, and
    a participle after the subject ("was the first bridge built") asks the deed's year."""
    found = _TIME_OF_AN_IDENTITY.match(body)
    if found is None:
        return False
    words = found["rest"].split()
    owned = any(re.search(r"[’']s$", word) for word in words[:4])
    if not words or (words[0] != "the" and not owned):
        return False
    rank = next((at for at, word in enumerate(words[:6]) if word in _RANK_WORDS), None)
    if rank is None:
        return False
    for at in range(rank + 1, len(words)):
        word = words[at]
        if word in _PREDICATE_OPENERS:
            return not any(past_participle(later) for later in words[at + 1 :])
        if word in _PREPOSITIONS or word in AUXILIARIES or past_participle(word):
            return False
    return False


_HEADLESS_RANK = LazyPattern(r"\bthe\s+(?:first|last|only|next|final)\s+that\b", re.IGNORECASE)
"""A rank that heads a relative clause without its noun: "the last that the tanks saw of
combat" (the last action, operation?)."""
_PREPOSITION_BEFORE_A_VERB = LazyPattern(
    r"^(?:which|what)\s+[A-Za-z][\w-]*\s+(?:via|of|in|to|from|by|at|on|with|for|into)\s+"
    r"(?P<word>[a-z]+)\b",
    re.IGNORECASE,
)
"""A subject's wh-phrase ending on a preposition right before a word: "Which BBC via teased
...?" of "was teased by the BBC via Twitter"."""


def _verb_after_a_preposition(body: str) -> bool:
    """Whether the word after a wh-phrase's closing preposition is a finite verb and nothing
    else: the preposition's object was the answer, and the phrase is no subject."""
    found = _PREPOSITION_BEFORE_A_VERB.match(body)
    if found is None:
        return False
    if _AN_AUXILIARY.search(body[found.end() :]):
        return False  # "Which army of occupied Vessia did ...?": the verb comes later
    word = found["word"]
    return finite_verb(word) is not None and not word_tags(word) & {"NOUN", "ADJ"}


_AN_AUXILIARY = LazyPattern(rf"\b(?:{_AUXILIARY_WORDS})\b")


_DEBRIS_BEFORE_AUXILIARY = LazyPattern(
    r"^(?:[A-Z][a-z]*\s+)?which\s+(?:[a-z][\w-]*\s+){0,2}(?P<last>[a-z][\w-]*)\s+[A-Z][\w’'-]*\s+"
    r"(?:did|do|does|was|were|is|are|has|have|had)\b"
)
"""A capital word between a wh-phrase and its auxiliary: the first word of the name asked
("the series Judge Ivo Reed" → "In which series Judge did ...?"), unless a preposition
takes it ("In which part of Orm did ...?")."""
_PERFECT_AFTER_DO = LazyPattern(
    r"^(?!(?:what|whom|who|which)\b)[^,]*?\b(?:did|does|do)\s+[^,?]*?\bhave\s+"
    r"(?:been|proven|proved|[a-z]+ed)\b",
    re.IGNORECASE,
)
"""A perfect put under "did": "did the fleet have proven" of "had proven"; a causative "have"
takes its object first ("did the king have the bridge built"), or asks it ("What did the king
have painted?")."""
_STRANDED_AFTER_A_COMMA = LazyPattern(
    r",\s+(?:entirely|only|solely|exclusively|mainly|mostly|largely|partly|chiefly|primarily"
    r"|wholly|jointly|respectively)$",
    re.IGNORECASE,
)
"""A focusing adverb after a comma at the end: it told of a phrase the question took away
("filmed it over six weeks, entirely in Kell")."""
_BARE_YEAR_AT_THE_END = LazyPattern(r"\b(?:the|a|an)\s+[a-z]+\s+\d{4}$")
"""A year that followed a noun with no preposition, ending the question: "What was the result
1930?" of "the result was the Orm Anthology 1930", a year of the name cut away."""
_MODIFIER_BEFORE_WH = LazyPattern(
    r"\b(?:when|while|where|if|because|although|though|once|unless)\s+"
    r"(?P<word>[a-z]+)\s+(?:what|which)\b",
    re.IGNORECASE,
)
"""A word between a subordinator and the wh-word: "hail forms when supercooled what freeze"."""


def _modifier_left(word: str) -> bool:
    """Whether a word before the wh-word can only describe a noun: an adjective or a past
    participle (an unknown word in "-ed" too), whose noun ("water droplets") was asked; never a subject's pronoun or a noun
    ("when Ivo ...", "when the ...")."""
    tags = word_tags(word)
    return (
        word not in _FUNCTION_WORDS
        and word not in AUXILIARIES
        and ("ADJ" in tags or past_participle(word) or (not tags and word.endswith("ed")))
        and "NOUN" not in tags
    )


_WHOM_BECOME = LazyPattern(r"^whom\s+(?:did|does|do|had|has|have)\s+[^?]*?\bbecome\b", re.I)
"""A "whom" as the complement of "become": the key was a role ("the youngest coach")."""
_LAST_COMMA_PHRASE = LazyPattern(r",\s+(?:[a-z]+\s+){0,2}?(?P<word>[a-z]+)$")
_YEAR_AS_A_NOUN = LazyPattern(
    r"\b(?:what|which)\s+(?:year|decade|century)\s+(?!(?:did|do|does|was|were|is|are|has|have"
    r"|had|will|would|could|can|may|might|should|must)\b)[A-Za-z]",
    re.IGNORECASE,
)
_DATE_BEFORE_A_NOUN = LazyPattern(r"\b(?:what|which)\s+(?:date|month)\s+(?P<word>[a-z][\w-]*)")
"""A date asked before a word: "at what date inter-schools cup" of "the March 2009 cup"."""


def _modifier_noun(word: str) -> bool:
    """Whether the word after an asked date is the noun it dated, not a preposition, an
    auxiliary or a verb going on with the clause ("released in what date through ...")."""
    if word in _PREPOSITIONS or word in _FUNCTION_WORDS or word in AUXILIARIES:
        return False
    tags = word_tags(word)
    return not tags or ("NOUN" in tags and finite_verb(word) is None)


_CUT_COORDINATION = LazyPattern(r",\s+(?:but|and|or)\s+[a-z]+$")
_SECOND_CLAUSE = LazyPattern(
    r",\s+(?:and|but)\s+(?:the\s+|a\s+|an\s+)?[^,]*?\b(?:is|are|was|were|has|have|had)\s+[a-z]+",
)
_NAMING_VERB = LazyPattern(
    r"(?:^|(?P<before>[\w'’-]+)\s+)(?:terms?|termed|dubs?|dubbed)\s+"
    r"(?P<object>(?:the|a|an|this|that|these|those|his|her|its|their)\s.*)$"
)
"""A verb that gives a name, which takes both the thing and its name ("termed the style the
Coastal Mesolithic")."""
_NAMED_BEFORE = word_set("do does did is are was were be been being")
_OBJECT_ENDS = word_set("from in at on by for with during after before since until near into")
_NAME_ASKED = LazyPattern(r"(?:what|whom|who|which\s+[\w-]+)\s+(?:do|does|did)\b", re.IGNORECASE)
"""A question opening on its asked object ("What did the press term ...?")."""


def _name_left_unsaid(body: str) -> bool:
    """Whether "termed" or "dubbed" has its thing but not the name it gave the thing ("Who
    termed the Coastal Mesolithic bone industry from the Orm Valley?": the sentence fused
    the name "Coastal Mesolithic" into the noun phrase, and the question leaves it an object
    alone). A fronted object ("What did critics dub the ship?") or a passive ("was dubbed the
    X") has only the name left after the verb, as it should."""
    if _NAME_ASKED.match(body):
        return False  # "What did the press term the scheme?": the name is the asked object
    for match in _NAMING_VERB.finditer(body):
        if (match["before"] or "").casefold() in _NAMED_BEFORE:
            continue  # "was dubbed the X", "did they term ...": the name alone after the verb
        words = _WORD.findall(match["object"])
        phrase = list(itertools.takewhile(lambda w: w not in _OBJECT_ENDS, words))
        second = any(w in ("the", "a", "an", "as") for w in phrase[1:]) or any(
            w[:1].isupper() and before[:1].islower() for before, w in itertools.pairwise(phrase[1:])
        )  # "dub the town Little Paris": the name after the noun, without "the"
        if not second and not re.search(r"[\"“‘]", match["object"]):
            return True
    return False


_REPORTED_CLAUSE = LazyPattern(
    rf"\b(?P<saying>{'|'.join(sorted(lexicon.SAYING_VERBS))})\s+"
    r"(?P<subject>(?:the|a|an|his|her|its|their)"
    r"\s+(?P<noun>[a-z-]+)|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)\s+(?P<verb>[a-z]+)\b"
)
"""A verb of saying with the clause it reports: "state Hilda poison"."""
_SAYING_ALSO_PLAIN = word_set("state maintain note record hold")
"""Verbs of saying that more often take a plain object ("hold the first vote", "record the
title track"): read as reporting only before a name ("state Hilda poison")."""


def _reported_verb_made_plain(main_clause: str) -> bool:
    """Whether do-support was put on a verb of saying and took the tense of the clause it
    reports ("Whom did the chroniclers state Hilda poison?" of "the chroniclers state Hilda
    poisoned Osric"): the reported verb needs its own tense, and the question reads as no
    English. A reported verb in its tense ("say the king wanted") is kept."""
    for match in _REPORTED_CLAUSE.finditer(main_clause):
        verb = match["verb"]
        if match["noun"] and (
            match["saying"] in _SAYING_ALSO_PLAIN
            or match["noun"] in ORDINAL_WORDS
            or "ADJ" in word_tags(match["noun"])
        ):
            continue  # "report the first vote": an object, no reported clause
        plural = match["subject"].endswith("s") and not match["subject"][:1].isupper()
        if base_verb(verb) and not plural and verb not in AUXILIARIES:
            return True
    return False


_PLURAL_BESIDE_PLURAL_NAME = LazyPattern(
    r"\b(?P<noun>[a-z]+s)\s+(?:[A-Z][\w'’-]*\s+)+(?P<last>[A-Z][a-z]+s)\s+(?P<verb>[a-z]+)\b"
)
"""A plural noun and a plural name side by side before a verb: "the 9 original cantons Old
Leagues declared"."""


def _aside_left_inline(body: str) -> bool:
    """Whether a plural noun runs straight into a plural name of the same things before their
    verb ("did the 9 original cantons Old Leagues declare"): the name stood in brackets or
    between dashes, and losing them left two subjects where one was. A singular noun before
    a name ("the television series Judge Reed", "the poet Ada Lund") is a title, as written."""
    for match in _PLURAL_BESIDE_PLURAL_NAME.finditer(body):
        verb = match["verb"]
        if (
            match["noun"] not in AUXILIARIES
            and _plural_only(match["noun"])
            and _plural_only(match["last"].casefold(), guessed=False)
            and (base_verb(verb) or is_finite_verb(verb))
        ):
            return True
    return False


def _plural_only(word: str, guessed: bool = True) -> bool:
    """Whether a word ending in "s" is a plural noun and nothing else: "cantons", never
    "series" or "news", which the lemma table files as their own lemma. A word the table
    does not know is ``guessed`` plural by its ending; never a name's last word ("Jones",
    "Evans": surnames, not plural names)."""
    nouns = lemmas_as(word, "NOUN")
    if nouns:
        return nouns[0] != word
    return guessed and not word_tags(word) and not word.endswith(("ss", "us", "is"))


_WH_IN_ABSOLUTE = LazyPattern(
    r"\bwith\s+[^,?]*?\s(?:what|which|whom|who)(?!\s+(?:was|were|is|are|had|has|have|been)\b)"
    r"(?:\s+[\w'’-]+){0,2}?\s+[a-z]+ing\b"
)
"""A wh-word inside an absolute phrase, after the noun it names: "..., with Mo Di's book what
mentioning a bird"; never the object of "with" ("a tour with which band starting in
1931", where the participle is the tour's), nor a relative with its own verb ("with the
merchants who were living in Orm")."""
_MODIFIER_HEAD_ASKED = LazyPattern(
    r"\b(?:for|of|with|to|from|in|on|by|at|against)\s+(?:(?!(?:have|having)\b)[\w.]+[\s-])?"
    r"(?P<participle>[a-z]+ed)\s+(?:what|which)\b"
)
"""A participle that only modified the answer, left before the wh-word: "risk for smoke
induced what" of "smoke-induced lung disease"; never a perfect verb ("said to have founded
which city")."""
_SECOND_PREDICATE = LazyPattern(r",\s+and\s+(?P<verb>[a-z]+)\b")
_TOLD_OF_A_SET = LazyPattern(
    r"\bthe\s+(?:number|population|share|proportion|percentage|rate|count|total|size)\s+of"
    r"\s+(?:the\s+)?[a-z-]+(?=$|\s+(?:as|at|to\s+be)\b)"
)
"""A measure of a set that ends the question: "put ... the number of farms"."""


def _place_of_another_verb(body: str) -> bool:
    """Whether "Where" asks a place that is not its verb's: a second predicate joined by
    "and" that the place was of ("Where was Ivo hired, and sailed with Ada?" of "hired,
    and sailed to Orm with Ada"), or a set measured in the place ("Where did the
    bureau put the number of farms?" of "the number of farms in Kellby")."""
    if not re.match(r"^where\b", body, re.IGNORECASE):
        return False
    if _TOLD_OF_A_SET.search(body):
        return True
    for match in _SECOND_PREDICATE.finditer(body):
        verb = match["verb"]
        tags = word_tags(verb)
        if "NOUN" in tags or "ADJ" in tags or verb in AUXILIARIES:
            continue
        if past_participle(verb) or (finite_verb(verb) or ("", ""))[1] == "VBD":
            return True
    return False


_MANY_FOLD = word_set("twin single double triple quadruple multi")


def _ends_on_a_counted_modifier(body: str) -> bool:
    """Whether the question ends on a compound of a count and a noun ("of three-storey",
    "of two-door"), which only ever stands before its noun: the noun was cut off
    (", brick houses") with the rest of the phrase."""
    last = re.search(r"\b(?P<first>[a-z]+)-(?P<second>[a-z]+)$", body)
    if last is None:
        return False
    first = last["first"]
    return (first in NUMBER_WORDS or first in _MANY_FOLD) and "NOUN" in word_tags(last["second"])


_CLAUSE_SUBJECTS = word_set(
    "he she it they we everything nothing everyone everybody nobody something someone"
    " somebody anything all none"
)
"""Pronouns that open a clause of their own after "but" or "and"."""
_CLAUSE_JOINS = word_set("but and yet")
_NOUN_DETERMINERS = word_set("the his her its their")


def _clause_of_its_own(body: str) -> bool:
    """Whether a question goes on after "but" or "and" with a clause of its own subject
    ("Who was elected in 1952 but everything failed?"): the question asks one clause
    and tells the other, a sentence no one asks. A pronoun subject may take any finite verb;
    a noun only a past tense that is no participle or noun ("and the town grew", never "and
    the tower built in 1820")."""
    words = _WORD.findall(body)
    for at in range(1, len(words) - 2):
        if words[at] not in _CLAUSE_JOINS or words[at - 1].casefold() in _CLAUSE_SUBJECTS:
            continue  # "he and she built": two subjects of one verb
        subject = words[at + 1]
        if subject == "all" and "NOUN" in word_tags(words[at + 2]):
            continue  # "and all lands along the river": "all" before its noun
        if subject in _CLAUSE_SUBJECTS and is_finite_verb(words[at + 2]):
            return True
        if subject not in _NOUN_DETERMINERS:
            continue
        for verb in words[at + 3 : at + 5]:
            tense = finite_verb(verb) if verb.islower() else None
            if verb in ("is", "was", "are", "were") or (
                tense is not None
                and tense[1] == "VBD"
                and not past_participle(verb)
                and "NOUN" not in word_tags(verb)
            ):
                return True
    return False


_RELATIVE_WORD = LazyPattern(r"\b(?:that|which|who|whom)\b", re.IGNORECASE)
"""A relative clause, whose own verb may end the question ("the plan that the guild adopted")."""
_NOUN_THEN_LAST_WORD = LazyPattern(r"\b(?P<noun>[a-z][\w-]*)\s+(?P<word>[a-z]+)$")
_NOUN_THEN_WORD = LazyPattern(r"\b(?:a|an|the)\s+[a-z-]+\s+(?P<word>[a-z]+)$")


def _dangling_participle(body: str, *, do_support: bool) -> bool:
    """Whether the question ends on a participle left from a reduced clause whose time or
    place became the answer: "was the reservoir created by a dam built [in 1956]" or "a book
    of psalms, first printed [in 1612]". The passive's own participle ("When was the church
    completed?") ends a question well; a second one after a noun, or one after a comma, does
    not."""
    after_comma = _LAST_COMMA_PHRASE.search(body)
    if after_comma and past_participle(after_comma["word"]):
        return True
    if do_support and (last := _NOUN_THEN_LAST_WORD.search(body)) is not None:
        word, noun = last["word"], last["noun"]
        before = (_WORD.findall(body[: last.start()])[-1:] or [""])[0].casefold()
        # "What did Ada find hidden?": after a name, not a determiner, the plain verb
        determined = before in _NOUN_OPENERS or before in _ARTICLES_AND_OWNERS
        plain_verb = noun in lemmas_as(noun, "VERB") and not (determined or before.isdigit())
        if (
            not plain_verb
            and "NOUN" in word_tags(noun)
            and not _RELATIVE_WORD.search(body, 0, last.start())
            and past_participle(word)
            and word not in lemmas_as(word, "VERB")
        ):
            return True  # "Where did Ivo state, in a 1650 letter written?": "do" takes no
            # participle of its own, so the last one described a noun whose phrase was cut
    after_noun = _NOUN_THEN_WORD.search(body)
    if not after_noun or not past_participle(after_noun["word"]):
        return False
    earlier = _WORD.findall(body[: after_noun.start()])
    return any(word.casefold() not in AUXILIARIES and past_participle(word) for word in earlier[1:])


_STRANDED_TIME_ADVERB = LazyPattern(
    r"^(?:When|(?:In|By|Until)\s+what\s+(?:year|decade|century)).*\s(?:early|late|mid)$",
    re.IGNORECASE,
)
"""A time asked from "early in the 20th century": the adverb stays behind without it."""
_ORDINAL_WORD = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|next"
    r"|\d+(?:st|nd|rd|th))"
)
_PUT_WITHOUT_PLACE = LazyPattern(
    r"^(?:what|which|who|whom)\b.*\s(?:place|placed|put|station|stationed|position|positioned"
    r"|situate|situated)$",
    re.IGNORECASE,
)
"""A verb of putting that ends a stem asking for its object or subject ("Whom did the general
place?", "Which unit was stationed?"): it needs the place or charge it put them in, which
the question dropped."""
_RANK_AS_A_PLACE = LazyPattern(rf"\b(?:{_ORDINAL_WORD}|top)\s+(?:place|position)$", re.IGNORECASE)
"""A place or position that is a rank ("took first place", "finished in 3rd position"): a
complete object, no verb of putting waiting for its place."""
_STRANDED_FOCUS_ADVERB = LazyPattern(r"\s(?:still|also|already|merely)$")
"""An adverb that stood before the answer ("was still the Orm Cup", "is also a port") left
to end the stem: "What was Kell's rival still?" reads garbled."""


_DEFINITION_FRAMES = (
    re.compile(r"^By\s+what\s+other\s+name\s+(?:is|are|was|were)\s+(?P<described>.+)\s+known\?$"),
    re.compile(r"^What\s+(?:is|are|was|were)\s+(?P<described>.+)\s+called\?$"),
)
_RESTRICTING_WORDS = word_set("that which who whom whose where when while")


def clause_in_a_definition(prompt: str) -> bool:
    """Whether a definition's frame ("By what other name are ... known?", "What is ...
    called?") holds a clause where its noun phrase should be: "By what other name are
    parties entrust some MSPs known?" kept a verb of the sentence. Before any relative word,
    a noun phrase has no plain verb and no auxiliary; a participle ("a movement powered by")
    describes its noun and may stay. A rank heading a clause without its noun ("What was the
    last that the tanks saw of combat?") is a clause where the noun should be, in any frame."""
    if _HEADLESS_RANK.search(prompt):
        return True
    for frame in _DEFINITION_FRAMES:
        match = frame.match(prompt)
        if match is None:
            continue
        for word in _WORD.findall(match["described"]):
            lower = word.casefold()
            if lower in _RESTRICTING_WORDS:
                return False
            if not word[:1].islower():
                continue
            if lower in AUXILIARIES:
                return True
            if word_tags(lower) == {"VERB"} and not past_participle(lower):
                return not lower.endswith("ing")
    return False


def _stranded_participle(body: str) -> bool:
    """Whether the question ends on a present participle right after a noun ("a rivalry with
    Yale culminating?", "for every woman studying?"): the participle opened a phrase that
    held the answer ("culminating in The Game"), and a phrase tacked onto a noun or a clause
    is no place to ask from. After a verb the participle is its complement ("Where did Ivo
    go hunting?") and ends a question well."""
    words = _WORD.findall(body)
    if len(words) < 3:
        return False
    last, before = words[-1], words[-2]
    if not last.endswith("ing") or not last.islower() or word_tags(last) != {"VERB"}:
        return False  # "Satellite Broadcasting" a name, "its first meeting" a noun
    if before[:1].isupper():
        return True
    tags = word_tags(before.casefold())
    return "NOUN" in tags and "VERB" not in tags and before.casefold() not in _FUNCTION_WORDS


def _headless_measure(body: str) -> bool:
    """Whether a compound adjective of a count ("a two-volume", "the 20-year") stands where
    its noun should be: "In what year was a two-volume printed in Paris?" lost "edition"
    and whatever came between. Such a compound only describes; the word after it must be
    its noun, never a verb, a participle or a preposition."""
    for match in re.finditer(
        r"\b(?:a|an|the)\s+(?P<count>[a-z]+|\d+)-[a-z]+(?:\s+(?P<word>[\w’'-]+))?",
        body,
        re.IGNORECASE,
    ):
        if match["count"].casefold() not in NUMBER_WORDS and not match["count"].isdigit():
            continue
        word = match["word"]
        if word is None:
            return True
        lower = word.casefold()
        if lower in AUXILIARIES or lower in _PREPOSITIONS or past_participle(lower):
            return True
        if finite_verb(lower) and not plural_noun(lower):
            return True
    return False


_TWO_COPULAS = LazyPattern(
    r"^(?:What|Which\s+[a-z]+|Who)\s+(?:is|are|was|were)\s"
    r"(?:(?!\b(?:that|which|who|whom|whose|where|when|and|or)\b)[^,])*?\s(?:is|are|was|were)\s"
)
"""A question asking a "be" sentence with a second "be" in its subject: the answer was the
complement of a clause inside it, and the question joined the two clauses."""
_SPAN_PARTICIPLES = word_set("beginning ending running")
"""Participles that are nouns too but after a noun open a reduced clause of time or route
("the line running from Kell", "the service beginning in 1850")."""


def _half_participle_chain(body: str) -> bool:
    """Whether a participle after a noun lost the phrase it needs and runs into the verb: "the
    coach line starting [at Kell] was driven" asked as "What was the coach line starting
    driven by?", its complement moved away as the answer or a time moved to the end. A
    noun that only looks like one ("the ferry crossing operated by") is no participle."""
    words = _WORD.findall(body)
    lowered = [word.casefold() for word in words]
    for at in range(2, len(words) - 1):
        word = lowered[at]
        if not word.endswith("ing") or not words[at][:1].islower():
            continue
        tags = word_tags(word)
        if "VERB" not in tags or ("NOUN" in tags and word not in _SPAN_PARTICIPLES):
            continue
        noun = lowered[at - 1]
        if noun in _FUNCTION_WORDS or noun in AUXILIARIES:
            continue
        if words[at - 1][:1].islower() and "NOUN" not in word_tags(noun):
            continue  # "kept running", "was starting": a verb before it, not a noun
        if not any(lowered[back] in lexicon.DETERMINERS for back in range(max(0, at - 4), at - 1)):
            continue
        following = lowered[at + 1]
        if following in AUXILIARIES or past_participle(following) or finite_verb(following):
            return True
    return False


def _without_possessive_have(body: str, main_clause: str) -> str:
    """The main clause of a do-support count without its one plain "have": in "How many seats
    does X have in Y" it is the main verb, not a second one, as in "Where did the film have its
    premiere?". A "What" question keeps it as a second verb: the thing had ("What did the town
    have?") is rarely one answer. "have" followed by another verb form ("have a constitution
    enacted", "have already found") stays a second verb too."""
    if re.match(r"^what\s+(?:do|does|did)\b", body, re.IGNORECASE):
        return main_clause
    words = _WORD.findall(main_clause)
    if words.count("have") != 1:
        return main_clause
    after = words[words.index("have") + 1 :]
    if any(w[:1].islower() and (is_finite_verb(w) or past_participle(w)) for w in after):
        return main_clause  # a name is no verb: "more than any other United States city"
    return re.sub(r"\bhave\b", "", main_clause)


_QUANTIFIERS = word_set(
    "the a an many other several some few two three four five most all both these those its"
    " their his her various numerous"
)


def _bare_what(body: str) -> bool:
    """ "the city of what", "meets in what", "guests from what attended": "what" after a
    preposition asks well only when a noun follows it ("in what year")."""
    for match in re.finditer(
        r"\b(?:in|on|at|into|onto|from|of|to|near|with|by|for|since|until|during|after|before"
        r"|through|across|along|over|under|against|around|towards|toward|between|within|beyond"
        r"|among|about|behind|beside)\s+what\b(?:\s+([\w-]+))?",
        body,
        re.IGNORECASE,
    ):
        following = (match.group(1) or "").casefold()
        if not following or following in _FUNCTION_WORDS | _QUANTIFYING:
            return True  # "sailed from what each year": no noun for "what" to ask about
        if "NOUN" not in word_tags(following):
            return True
    return False


_QUANTIFYING = word_set("each every some any all many most several no one other another")


def _verb_form(word: str) -> bool:
    """Whether a lower-case word can be a verb form ("owned", "operated", "is")."""
    return word in AUXILIARIES or "VERB" in word_tags(word)


_OF_WHICH_SUBJECT = LazyPattern(
    r"^(?P<article>(?:The|A|An)\s+)?(?P<head>(?:[\w’'-]+\s+){1,4}?)of\s+which\s+"
    r"(?P<noun>[a-z][\w’'-]*)\s+(?P<verb>[a-z]+)\s+(?P<next>[a-z]+)\b"
)


def _wh_in_subject(body: str) -> bool:
    """ "The first shots of which war were fired at ...?": a plain noun phrase opening the
    question, with "of which" and a noun, then the main verb. The subject carries the
    wh-phrase to the front, as a quiz asks ("The capital of which country lies on ...?")."""
    match = _OF_WHICH_SUBJECT.match(body)
    if match is None:
        return False
    head = [w.casefold() for w in _WORD.findall(match["head"])]
    if any(w in _SUBORDINATORS or w in _FUNCTION_WORDS or is_finite_verb(w) for w in head):
        return False  # "The land he ruled of which ...": a clause, not a noun phrase
    if match["article"] is None and not plural_noun(head[-1]):
        return False  # "Monks of which abbey fled ...": a bare subject only in the plural
    if "NOUN" not in word_tags(match["noun"]):
        return False
    verb = match["verb"]
    if verb in AUXILIARIES:
        return True
    plain = "NOUN" not in word_tags(verb) or match["next"] in _FUNCTION_WORDS | _PREPOSITIONS
    return is_finite_verb(verb) and plain  # "lies on", not "ruins near"


_THOUSANDS_COMMA = LazyPattern(r"(?<=\d),(?=\d{3}\b)")
_BEFORE_A_PLURAL_SUBJECT = frozenset(["and", "or"]) | lexicon.DETERMINERS
"""Words a plural noun subject may follow ("and landslides", "the landslides")."""


def _joined_plural(lowered: Sequence[str], finite: Sequence[bool], at: int) -> bool:
    """Whether the finite-looking word at ``at`` is a plural noun joined to another by "and"
    or "or" before the clause's verb ("Dry summers and overgrazing have ...", "heavy rain and
    landslides ... affected"): a noun after "and", an article or an adjective, with a finite
    verb still to come. "The king rules and ..." keeps "rules" a verb: a noun precedes it."""
    word = lowered[at]
    if not word.endswith("s") or "NOUN" not in word_tags(word) or not any(finite[at + 1 :]):
        return False
    joined = lowered[at - 1 : at] == ["and"] or lowered[at + 1 : at + 2] in (["and"], ["or"])
    previous = lowered[at - 1] if at else ""
    opens = not previous or previous in _BEFORE_A_PLURAL_SUBJECT or "ADJ" in word_tags(previous)
    return joined and opens


_BARE_TIME_THEN_SUBJECT = LazyPattern(
    r"^(?:In|By|Since|After|Before|During|Prior\s+to|Until)\s+(?:the\s+)?(?:early\s+|late\s+)?"
    r"\d{3,4}(?:s|[–-]\d{2,4})?\s+(?:which\s+[a-z]+|who)\s+(?P<verb>[a-z]+)\s"
)


def _subject_after_a_bare_time(body: str) -> bool:
    """Whether the wh-phrase is the subject, after an opening time written without its comma
    ("In 1883 which country began to build ...?"): it is asked where a subject stands."""
    asked = _BARE_TIME_THEN_SUBJECT.match(body)
    return asked is not None and is_finite_verb(asked["verb"])


def _safe_in_situ(body: str) -> bool:
    """A wh-phrase left in place is safe at the very start (it is the subject), or right
    after the main clause's verb or a preposition that follows it, with no subordinate
    clause, comma or coordination before it."""
    opening = _OPENING.match(body)
    if opening and not re.search(rf"\b{_WH}\b", opening.group(0), re.IGNORECASE):
        body = body[opening.end() :]  # "In 1963, North Korea sent aid after which hurricane"
    found = re.search(rf"\b{_WH}\b", body, re.IGNORECASE)
    if found is None:
        return False
    if found.start() == 0 or _wh_in_subject(body) or _subject_after_a_bare_time(body):
        return True
    prefix = _THOUSANDS_COMMA.sub("", body[: found.start()])  # "Up to 1,300 pupils died at"
    after_name = re.search(r"\s[A-Z][\w’'-]*\s+(?P<prep>[a-z]+)\s+$", prefix)
    if after_name and after_name["prep"] in ("in", "on", "at", "near"):
        rest = body[found.end() :]
        ends = re.fullmatch(r"\s+[a-z][\w-]*", rest) is not None
        if after_name["prep"] not in ("in", "near") or not ends:
            return False  # "arrived in Limassol on which country on 1 May": the name's place
    if prefix.count(",") == 1:
        # "X stands near the middle of the route, on the shore of which lake": a phrase
        # after a whole main clause, opening with a preposition
        head, tail = prefix.split(",")
        tail_words = [w.casefold() for w in _WORD.findall(tail)]
        if not tail_words or tail_words[0] not in _PREPOSITIONS:
            return False
        if tail_words[:2] in (["for", "example"], ["for", "instance"]):
            return False  # ", for example the huge Bassin de what": an example, no phrase
        if any(w in _SUBORDINATORS or w in ("and", "or") for w in tail_words):
            return False
        prefix = head + " in "  # judged as the clause followed by its preposition
    before = _WORD.findall(prefix)
    if not before or "," in prefix:
        return False
    lowered = [w.casefold() for w in before]
    if any(w in _SUBORDINATORS for w in lowered):
        return False
    finite = [_finite_verb_at(before, i) for i in range(len(before))]  # each read once
    first_verb = _first_verb_at(lowered, finite)
    if first_verb is None:
        first_verb = len(before)
    for i, w in enumerate(lowered):
        if w not in ("and", "or") or i < first_verb:
            continue  # "Cuba and North Korea have been ...": a coordinated subject is safe
        joined = (
            0 < i < len(before) - 1 and _verb_form(lowered[i - 1]) and _verb_form(lowered[i + 1])
        )
        nouns_joined = (
            0 < i < len(before) - 1
            and not _verb_form(lowered[i + 1])
            and lowered[i + 1] not in _PREPOSITIONS
            and not any(finite[i + 1 :])
        )
        if nouns_joined:
            continue  # "had an effect on its culture and history in what year": one predicate
        if not (joined and i - 1 <= first_verb + 1):
            return False  # "... and defeated which country": a second predicate
    verbs = [
        i
        for i in range(len(before))
        if finite[i]
        and not (i > 0 and lowered[i - 1] in _QUANTIFIERS)  # "many other guests": a noun
        and not (  # "a revolt led by": a participle, unless "was led by"
            i + 1 < len(lowered)
            and lowered[i + 1] == "by"
            and (i == 0 or lowered[i - 1] not in AUXILIARIES)
        )
    ]
    if not verbs:
        return False  # inside the subject: "A second concession in what year set out ..."
    if lowered[-1] == "now" or (lowered[-1].endswith("ly") and len(lowered) > 1):
        before, lowered = before[:-1], lowered[:-1]  # "The channel is now how many km long"
    # the last word kept has the same word before it as in ``before`` untrimmed
    if finite[len(before) - 1] or lowered[-1] in _PREPOSITIONS:
        return True
    # "replaced the Saxons as the ruling class of which country": "of" after a noun of the
    # predicate, with a sort named ("which country"), reads as a quiz question
    which = re.match(r"which\s+[a-z]", body[found.start() :], re.IGNORECASE) is not None
    # "has an annual budget of how much", "at a rate of how much per month": a measure's
    # figure, asked where it stands as a quiz asks it
    measured = (
        re.match(r"how\s+(?:much|many)\b", body[found.start() :], re.IGNORECASE) is not None
        and len(lowered) >= 2
        and lowered[-2] in _MEASURE_NOUNS
    )
    which = which or measured
    noun = len(before) >= 2 and before[-2].islower() and "NOUN" in word_tags(lowered[-2])
    verb = any(  # a plain finite verb, not "kings" nor the "spent" of "Having spent"
        w in AUXILIARIES or (is_finite_verb(w) and not ({"NOUN"} & word_tags(w)))
        for w in lowered[1:-2]
    )
    participle = lowered[0] in ("having", "being") or lowered[0].endswith("ing")
    return (
        which
        and noun
        and verb
        and not participle
        and lowered[-1] == "of"
        and lowered[-2] not in _FUNCTION_WORDS
    )


_MEASURE_NOUNS = word_set(
    "average rate budget revenue revenues profit profits income salary wage wages cost costs"
    " price fee fees sum total value debt debts deficit surplus turnover endowment grant fine"
    " depth height length width area speed capacity population record"
)
"""Nouns that a figure after "of" measures ("an annual budget of $2 million")."""


def _tacked_on(body: str) -> bool:
    """A second predicate or measure joined with "and" ("... and lasted until 1814",
    "... long and about eight metres deep", "A maintains X and B maintains Y", "did the
    towns form in 1367 and defeat Denmark"): two claims. Also a participle phrase after a
    comma (", published in French"), which a fronted date may belong to instead."""
    if re.search(r",\s+(?:[a-z]+ed|known|built|born|made|written|given|taken|seen)\b", body):
        return True
    do_support = re.search(r"\b(?:do|does|did)\b", body, re.IGNORECASE)
    verb = _first_verb(body)
    base_verb = do_support and next(
        (
            m
            for m in _WORD.finditer(body, do_support.end())
            if m.group(0)[:1].islower() and "VERB" in word_tags(m.group(0))
        ),
        None,
    )
    for match in re.finditer(r"(?:,\s*|\s)and\s+", body):
        if verb is not None and match.start() < verb.start():
            continue  # "Cuba and Orm have been ...": the subject, not a second claim
        if base_verb and match.start() < base_verb.start():
            continue  # "did Holt and Venn found ...": the subject between "did" and its verb
        if re.search(r"\bbetween\s+(?:[\w’'-]+\s+){1,3}$", body[: match.start() + 1]):
            continue  # "between 1901 and 1905": one span, not a second claim
        words_before = _WORD.findall(body[: match.start()])
        words_after = _WORD.findall(body[match.end() :])
        if (
            verb is not None
            and words_before
            and words_after
            and len(
                [
                    w
                    for w in _WORD.findall(body[verb.end() : match.start()])
                    if not (w.endswith("ly") or w in _ORDER_ADVERBS)
                ]
            )
            <= 1
            and _verb_form(words_before[-1].casefold())
            and _verb_form(next((w for w in words_after if not w.endswith("ly")), "").casefold())
        ):
            continue  # "is owned and operated by", "seized and briefly held": one predicate
        shared_be = verb is not None and verb.group(0) in ("is", "are", "was", "were")
        if (
            shared_be
            and words_before
            and words_after
            and past_participle(words_before[-1])
            and past_participle(words_after[0])
            and len(_WORD.findall(body[match.end() :])) <= 6
        ):
            continue  # "was the craft first developed and taught": both share "was"
        following = _WORD.findall(body[match.end() :])[:5]
        if any(_finite_verb_at(following, at) for at in range(len(following))):
            return True
        if do_support and following and "VERB" in word_tags(following[0].casefold()):
            return True  # "... and defeat Denmark": a base verb after "did"
        if following and (following[0][:1].isdigit() or following[0] in _HEDGES):
            return True
    return False


_ORDER_ADVERBS = word_set("first later then also once still")
_PLACE_PHRASE = LazyPattern(r"\b(?:in|at|through|near|into|from|to|on)\s+(?:the\s+)?[A-Z]")


_PRONOUNS = word_set(
    "it they them their theirs he him she this these those then thereafter there"
    " latter former such also again afterwards here similar another"
)
_POSSESSIVE_PEOPLE = frozenset(["his", "her", "hers", "its"])
"""Possessives that are clear only after a name in the same question ("The Elbe gave its
name to ...")."""
_THAT_NOUN = LazyPattern(
    r"\b(?:to|in|on|at|by|for|from|with|of|into|after|before|during|under|over|since|until)"
    r"\s+that\s+(?!(?:is|was|are|were|has|had|have)\b)[a-z]+",
    re.IGNORECASE,
)
"""A demonstrative after a preposition: "to that list", "in that year" name something the
learner cannot see."""
_COMPARED_OPENING = LazyPattern(
    r"^(?:(?:Most|More|Less|Equally|Even)\s+[a-z]+|Also|Another|Other|Similar)\s+"
    r"(?:is|are|was|were)\b"
)
"""An inverted opening that compares with what came before ("Most notable is ...")."""
_ALSO_AT_THE_END = LazyPattern(r"(?:\bas\s+well|,?\s+too)\s*\??$", re.IGNORECASE)
"""A deed done "as well" or "too", beside one a sentence before told."""
_DO_SO = LazyPattern(r"\b(?:do|does|did|doing|done)\s+so\b", re.IGNORECASE)
_THERE_IS = LazyPattern(
    r"\bthere\s+(?:is|are|was|were|has|have|had)\b|\b(?:is|are|was|were)\s+there\b",
    re.IGNORECASE,
)
_RELATIVE_TIME = LazyPattern(
    r"\b(?:within\s+a\s+short\s+time|(?:a\s+)?(?:few|couple\s+of|two|three|several)\s+"
    r"(?:days|weeks|months|years)\s+later|shortly\s+(?:after|afterwards|before|thereafter)"
    r"|soon\s+after(?:wards)?|the\s+(?:following|next|previous)\s+(?:day|week|month|year)"
    r"|in\s+the\s+meantime|by\s+then|by\s+that\s+time|at\s+(?:that|this)\s+time"
    r"|at\s+the\s+same\s+time)\b(?!\s+as\b)",
    re.IGNORECASE,
)
"""A time told from the sentences before ("a few days later"): the learner cannot place it."""
_COMPARED_TIME = LazyPattern(
    r"\b(?:earlier|previous|preceding|subsequent)\s+(?!than\b|in\b|on\b|at\b)[\w-]+", re.I
)
""""earlier Viking settlers": earlier than what the sentences before told."""
_REACTION = LazyPattern(
    r"\b(?:in\s+(?:response|reply|retaliation|reaction|return|exchange)"
    r"|as\s+a\s+(?:result|consequence))\b(?!\s+(?:to|of|for)\b)",
    re.IGNORECASE,
)
"""A deed told as the answer to another ("in response", "as a result") with no "to" or "of"
saying which: what it answered is in the sentences before."""
_BESIDE_ANOTHER_TOLD = LazyPattern(
    r"\b(?:as\s+an?\s+(?:reward|punishment|reprisal|replacement|precaution)"
    r"|in\s+(?:comparison|contrast|turn)|by\s+(?:comparison|contrast))\b"
    r"(?!\s+(?:to|of|for|with|against)\b)",
    re.IGNORECASE,
)
"""A deed or a figure told beside another that the question never names: "appointed
governor as a reward" (for what?), "had only 600 men in comparison" (with whom?), "sold it in
turn" (after whom?). "As a reward for the victory", "in contrast to Orm" say it themselves."""
_STILL = LazyPattern(r"(?:(?P<before>[\w’'-]+)\s+)?\bstill\b(?:\s+(?P<after>[\w’'-]+))?")
_STILL_AS_NOUN_BEFORE = word_set("a an the this that its his her their our my")
_STILL_AS_NOUN_AFTER = word_set("at of in on from for with and or was is were are had has")


def _still_as_adverb(body: str) -> bool:
    """Whether "still" says a state went on ("Who was still the warden?"), not a name ("Still
    Waters", capitalised) or the noun ("the copper still at the distillery", "the band's
    still"): the noun follows a determiner or a possessive, or a noun before a preposition
    or a verb."""
    for match in _STILL.finditer(body):
        before, after = (match["before"] or "").casefold(), (match["after"] or "").casefold()
        if before in _STILL_AS_NOUN_BEFORE or before.endswith(("'s", "’s")):
            continue
        if (
            before
            and before not in AUXILIARIES
            and before != "not"
            and after in _STILL_AS_NOUN_AFTER
        ):
            continue
        return True
    return False


_TIME_ASKED = LazyPattern(r"\bwhen\b|\b(?:what|which)\s+(?:year|decade|century|date)\b", re.I)
_PAST_TELLING = LazyPattern(r"\b(?:was|were|had|did)\b|\bstill\s+[a-z]+ed\b", re.IGNORECASE)
_TOLL = LazyPattern(
    r"^(?:(?:About|Roughly|Approximately|Nearly|Almost|Some|Over)\s+)?how\s+many\b[^?]*"
    r"\b(?:killed|injured|wounded|died|captured|drowned|taken\s+prisoner)\b",
    re.IGNORECASE,
)
"""A count of the dead, the wounded or the captured: it holds of one battle or disaster."""


def _toll_without_its_event(body: str) -> bool:
    """Whether the question counts the dead or wounded with no event, place or time said
    ("About how many Orm soldiers were killed?" in which battle?): a people's name
    ("British") says whose, not where."""
    if _TOLL.match(body) is None or re.search(r"\d", body):
        return False
    names = [w for w in _WORD.findall(body)[1:] if w[:1].isupper()]
    return all(name in _DEMONYMS for name in names)


_PART_OF_ANOTHER = word_set(
    "version variation variant edition instance example manifestation sequel remake adaptation"
    " translation section"
)
"""Nouns that are always a part or a form of something else ("an early variation" of what?,
"two separate sections" of which paper?): without their "of" or an owner before them they
lean on the sentences before, however a name or a rank describes them ("the first United
States edition" of which book?)."""
_DATING_WORD = LazyPattern(rf"\d|(?:{'|'.join(month.casefold() for month in MONTHS)})$")
"""A word that dates what comes before it ("the edition in 1982", "in June"), not places it."""
_FORMS_OF_ITSELF = word_set("edition version variant translation adaptation")
"""The nouns of ``_PART_OF_ANOTHER`` a thing is told "as" when it is that form of itself."""
_COUNTED_OR_DETERMINED = word_set("the a an one two three four five several many some")
_OPENING_PART = LazyPattern(
    r"^(?:(?:An?|Some|Several|Many|Early|Earlier|Later|Original|Initial)\s+)?"
    rf"(?:[a-z-]+\s+)?(?P<noun>(?:{'|'.join(sorted(_PART_OF_ANOTHER))})s?)\b(?!\s+of\b)"
)
"""An opening "Early versions ...", "An example ...": a noun that is always of something,
with its "of" left in the sentence before."""


def _part_without_its_whole(body: str, known: set[str]) -> bool:
    """Whether the question keeps a noun always of something (``_PART_OF_ANOTHER``) after an
    article or a count, with nothing saying of what: no "of" after it, no owner before it
    ("the band's first version"). A noun the document's subject goes by is its own whole."""
    words = _WORD.findall(body)
    lowered = [word.casefold() for word in words]
    for at, word in enumerate(lowered):
        singular = word[:-1] if word.endswith("s") else word
        if singular not in _PART_OF_ANOTHER or word in known or singular in known:
            continue
        following = lowered[at + 1 : at + 3]
        if following[:1] == ["of"]:
            continue  # "the first edition of Orm"
        if (
            len(following) == 2
            and following[0] in _PLACING
            and not _DATING_WORD.match(following[1])
        ):
            continue  # "the section around the tip of the lake": placed by what it is around
        before = at - 1
        while before >= max(0, at - 4) and lowered[before] not in _COUNTED_OR_DETERMINED:
            owner = re.search(r"['’]s?$", lowered[before]) is not None
            if owner or lowered[before] in _FUNCTION_WORDS or lowered[before] in _PREPOSITIONS:
                break  # "the band's version", "a version": nothing between may belong to it
            before -= 1
        if before < max(0, at - 4) or lowered[before] not in _COUNTED_OR_DETERMINED:
            continue
        if before and lowered[before - 1] == "as" and singular in _FORMS_OF_ITSELF:
            continue  # "Orm was released as a special edition": the edition is Orm itself
        return True
    return False


_ONE_UNNAMED = LazyPattern(
    r"^One\s+(?!of\b)[a-z-]+(?:\s+[a-z-]+)?\s+(?:was|were|is|had|has|became|remained)\b"
)
""""One engine was still working in 1820": one of some set the sentences before told."""
_PROCEEDED = LazyPattern(r"\bproceed(?:s|ed|ing)?\s+to\s+(?P<verb>[a-z]+)\b", re.IGNORECASE)
""""Vellan proceeded to massacre ...": the next deed after one the sentences before told."""


_CONTINUED = LazyPattern(r"\bcontinu(?:e|es|ed|ing)\s+(?:his|her|its|their)\s+[a-z]", re.IGNORECASE)
""""Who continued his campaign ...?": a deed going on from one the sentences before told."""


def _next_deed(body: str) -> bool:
    """Whether the question tells a deed as the step after another ("proceeded to burn the
    town", "continued his campaign"), not a move to a place ("proceeded to Rome",
    "proceeded to the coast")."""
    if _CONTINUED.search(body):
        return True
    return any(
        "VERB" in word_tags(match["verb"]) and match["verb"] not in _FUNCTION_WORDS
        for match in _PROCEEDED.finditer(body)
    )


_STAND_IN = LazyPattern(r"\bnone\b(?!\s+(?:other|of)\b)|(?<!\bloved\s)\bones\b", re.IGNORECASE)
""""None succeeded", "the ones that accept funds": words that stand for a noun a sentence
before named ("none" of whom? "ones" of what?)."""
_UNNAMED_LEVEL = LazyPattern(
    r"\bat\s+(?:the\s+)?(?:state|national|federal|provincial|regional|local|county|city)"
    r"\s+level\b",
    re.IGNORECASE,
)
""""at state level" with the state named only in the sentences before."""
_WHOSE_EVENT = LazyPattern(
    r"\b[A-Z][\w-]*['’]s\s+(?:[a-z]+\s+)?(?:announcement|decision|move|plan|proposal|offer|bid"
    r"|request|claim|statement|report|response|reply|intention|attempt|refusal|approval)\b"
    r"(?!\s+(?:of|to|that|on|for)\b)"
)
""""Holden's announcement" (of what?): an act that needs its object, told elsewhere; "Rollo's
arrival" needs none."""
_EXAMPLES_OF_A_PLURAL = LazyPattern(
    r"^(?:Who|What|Which\s+[a-z]+)\s+(?P<deed>(?:[a-z]+\s+){1,4}?[a-z]+s),?\s+(?:including"
    r"|such\s+as|like|among\s+them)\s+(?:the\s+)?(?P<examples>[A-Z][\w’'.-]*(?:(?:\s+|,\s+|\s+and\s+)"
    r"(?:the\s+)?[A-Z][\w’'.-]*)*)"
)
"""A deed done to a plural with examples ("interviewed celebrities including Ann Moy"): the
examples do not single the deed out, many people meet leaders or interview celebrities."""


def _one_deed_of_many(body: str) -> bool:
    """Whether the question asks who did a deed done to a plural with examples, and nothing
    else in it (a name or a figure besides the examples) says which time it means."""
    match = _EXAMPLES_OF_A_PLURAL.match(body)
    if match is None or not plural_noun(match["deed"].split()[-1]):
        return False
    rest = body[match.end("examples") :]
    return not re.search(r"\b[A-Z]|\d", rest)


_KIN_OF_A_BARE_NAME = LazyPattern(
    r"(?:^|[^\w\s’'-]\s*|\b[a-z][\w’'-]*\s+)(?P<name>[A-Z][a-z]+)['’]s\s+(?:nephew|niece|son|sons"
    r"|daughter|daughters|wife|husband|brother|brothers|sister|sisters|father|mother|uncle|aunt"
    r"|cousin|heir|widow|grandson|granddaughter)\b"
)
""""Jean's nephew": a person known by one name, introduced in sentences the learner never saw."""
_ONE_OF_A_FAMILY = LazyPattern(
    r"\b[Tt]he\s+(?:elder|younger|older)\s+[A-Z][\w’'-]*\b(?![’'-]|\s+(?:of|than)\b)"
)
""""The elder Brenn": one of two people of a family name, told apart by age from another the
sentences before named (father or son?), never by a name of their own."""
_OWN_NEXT = LazyPattern(r"[’']s\s+(?:next|previous|preceding|subsequent|following)\b", re.I)
"""One's work in a sequence the question never tells: "Orm's next album" (after which?)."""
_UNSEEN_LANDMARK = LazyPattern(
    r"\b(?:further|farther)\s+(?:up|down|upstream|downstream|upriver|downriver|inland|north|south"
    r"|east|west|along|away|out|on|back)\b|\bthe\s+(?:other|next)\b"
    r"|\b(?:more|further|farther)\s+to\s+the\s+(?:north|south|east|west)\w*\b(?!\s+of\b)"
    r"|\bthe\s+same\b(?![^?]*\bas\b)",
    re.IGNORECASE,
)
"""A place or thing told relative to one the learner never saw: "further upstream" (of
what?), "a little more to the east", "the other bank", "the next king", "the same year"
with no "as ..."."""
_OTHERS = LazyPattern(r"(?<!\bany\s)(?<!\bno\s)(?<!\beach\s)\bothers?\b(?!\s+than\b)", re.I)
"""Others than the ones a sentence before named ("three others were convicted"), unless
"than" or "any" says which ("more than any other city", "a language other than English")."""
_UNNAMED_MEMBERS = LazyPattern(r"\bmembers\b(?!\s+of\b)", re.IGNORECASE)
""""How many members ...?": members of a body the question must name."""
_UNNAMED_GROUP = LazyPattern(
    r"\b(?P<quantifier>[Bb]oth|[Ee]ither|[Nn]either"
    r"|[Tt]he\s+(?:two|three|four|five|six|seven|eight|nine|ten))"
    r"\s+(?P<words>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\b"
)
"""A pair or a group by its count alone: "both teams", "either city", "the two sides" name
members that only the sentences before told."""
_MEMBERS_FOLLOW = LazyPattern(r"\s*(?:[,(:—]\s*)?(?:of|called|named|from)?\s*[A-Z]")
"""Members named right after the group: "the two towns, Kell and Orsk", "the two towns of
Kell and Orsk"."""


def _unnamed_group(body: str) -> bool:
    """Whether the question counts a pair or a group whose members it never names: "How many
    goals did both teams score?", "Which ruler did either city accept?", "What did the two
    sides agree?". "Both Kell and Orsk", "Kell and Orsk both field teams", "either yes or no",
    "both banks of the Orm" and "the two world wars" say which."""
    for match in _UNNAMED_GROUP.finditer(body):
        words = match["words"].split()
        before = body[: match.start()].split()
        if before and (before[-1][:1].isupper() or plural_noun(before[-1])):
            continue  # "Kell and Orsk both field teams": the members come first
        if before and before[-1].casefold() == "between":
            continue  # "the bay between the two capes": where a thing lies, not who acted
        if re.match(r"\s+(?:\S+\s+){0,2}(?:and|or|nor)\b", body[match.start("words") - 1 :]):
            continue  # "either yes or no", "both rich and poor": a coordination, not a group
        one = match["quantifier"].casefold() in ("either", "neither")
        nouns = [
            at
            for at, word in enumerate(words)
            if "NOUN" in word_tags(word.casefold()) and (one or plural_noun(word.casefold()))
        ]
        if not nouns or words[0].casefold() == "of":
            continue  # "they both left", "both rich": no group named by a noun
        ends = nouns[0]  # "both sides score", "both rival towns": the phrase ends at its noun
        rest = body[match.start("words") + len(" ".join(words[: ends + 1])) :]
        if _MEMBERS_FOLLOW.match(rest) or re.match(r"\s+of\b", rest):
            continue  # "the two towns of Kell and Orsk", "both banks of the Orm"
        if _UNIQUE_NOUNS.intersection(w.casefold() for w in words):
            continue  # "the two world wars": there were only two
        return True
    return False


_SELF_RESOLVING = word_set("first last only next second third fourth fifth main same whole entire")
_UNIQUE_NOUNS = word_set(
    "world sun moon earth sky universe atmosphere equator past present future public"
)
_COMPASS = word_set("north south east west north-east north-west south-east south-west")
_RESOLVERS = frozenset(["of", "that", "which", "who", "whom", "whose", "where", "known", "called"])
_PLACE_PREPOSITIONS = word_set(
    "in on at to from near between along across within into under over by for around through"
    " beside behind beyond below above"
)
_PLACING = _PLACE_PREPOSITIONS - {"by", "for"}
"""Prepositions that place a thing by another ("the section around the lake"), not its
maker or purpose."""


_REPEATED_DEED = LazyPattern(
    r"^(?:Where|Who|Whom|What|Which\s+[a-z]+)\s+(?:(?:did|does|do|had|has|have)\s+"
    r"(?P<subject>[^?]+?)\s+)?(?:[a-z]+ly\s+)?"
    r"(?P<verb>[a-z]+)(?:\s+(?:down|up|out|off|back|away|home|abroad))?"
    r"(?:\s+(?P<object>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*))?\?$"
)
_REPEATABLE = word_set(
    "travel move go come return visit close reopen open win lose stop meet arrive leave land"
    " sail fly march tour attack flee invite summon"
)
"""Deeds done many times ("Ulla travelled", "bakeries closed", "Moss won Ardenne"): asked
with nothing but their doer and a bare name, a question does not say which time it means
(on what journey, in which election)."""
_CALLER = LazyPattern(
    r"^Who\s+(?:telephoned|phoned|rang|e-?mailed|contacted|telegraphed|wired)\s+[^?\d]+\?$"
)
"""Who called someone, with no time: "Who telephoned the Orm League?" fits anyone who ever
called it; which call is meant, and when?"""
_OBJECT_VERBS = (
    "ratify sign join approve adopt endorse accept enact reject conquer capture invade found"
    " establish release publish win"
)
_OBJECT_NEEDED = LazyPattern(
    r"^(?:(?:When|Where|Why|How|(?:In|On|By|Since|From|Until)\s+(?:what|which)\s+[a-z]+)"
    rf"\s+(?:did|does|do)\s+.+?\s+(?:{_verb_forms(_OBJECT_VERBS, 'VB')}|write)"
    rf"|(?:Who|What|Which(?:\s+[A-Z][\w-]*){{0,2}}\s+[a-z]+)\s+(?:{_verb_forms(_OBJECT_VERBS, 'VBD')}))"
    r"(?:\s+(?:in|on|at|during)\s[^?]*)?\?$"
)
""""In what year did the League ratify?", "Which Norse king conquered in 1016?": ratified
what, conquered what? A verb that takes an object, left without one."""
_TO_DO_WITHOUT_OBJECT = LazyPattern(
    r"^(?:Who|What|Which\s+[a-z]+)\s+(?:is|was|were|became)\s+(?:the|an?)\s+[^?]*?\bto\s+"
    rf"(?:{_verb_forms(_OBJECT_VERBS, 'VB')})"
    r"(?:\s+(?:in|on|at|during|since|after|before)\s[^?]*)?\?$"
)
""""Who was the first captain to win since 1950?": won what? The verb of "the first ... to"
that takes an object, told with none."""


def first_to_do_nothing(question: str) -> bool:
    """Whether the question asks who was the first to do a deed that takes an object, with no
    object ("Who was the first captain to win since 1950?"): the first to win what?"""
    return _TO_DO_WITHOUT_OBJECT.match(question) is not None


_UNNAMED_POST = LazyPattern(
    r"^Who\s+(?:was|were)\s+(?:[a-z]+ly\s+)?(?:fired|dismissed|sacked|hired|appointed|elected"
    r"|promoted|replaced|sworn\s+in)\b(?![^?]*\b(?:as|to|from|of|by)\b)(?P<rest>[^?]*)\?$"
)
""""Who was fired in November 2009?": fired from what? A post taken or lost, with no post
and no body named."""
_UNNAMED_ACTOR = LazyPattern(
    r"\b(?:did|does|do)\s+(?:a|an)\s+(?P<first>[A-Za-z-]+)\s+(?P<second>[a-z-]+)\b"
)
""""In what year did a bishop open the library?": which bishop? A deed of someone the
question calls only by a role is trivia about a person the learner cannot place."""
_COMPARED_DEGREE = LazyPattern(
    r"\b(?:relatively|comparatively)\s+[a-z-]+\b(?![^?]*\b(?:to|than|with)\b)", re.IGNORECASE
)
""""a relatively broad effect": broad beside what the sentences before told."""
_FIXED_COMPARATIVES = word_set("lower higher upper inner outer elder further later earlier")
"""Comparatives that name a kind of thing on their own ("the lower house", "higher
education") or a time, which other rules judge."""


def _comparative_without_its_standard(body: str) -> bool:
    """Whether a comparative adjective ("smaller settlements", "larger data sets") describes
    a noun with no "than" saying what it is compared with: the standard was told in the
    sentences before, and without it the learner cannot tell which things are meant."""
    if re.search(r"\bthan\b", body, re.IGNORECASE):
        return False
    words = _WORD.findall(body)
    for at, word in enumerate(words[:-1]):
        lower = word.casefold()
        if not word[:1].islower() or not lower.endswith("er") or lower in _FIXED_COMPARATIVES:
            continue
        adjective = lemmas_as(lower, "ADJ")
        following = words[at + 1]
        if adjective and lower not in adjective and following[:1].isupper():
            if at and words[at - 1].casefold() == "the":
                return True  # "the larger Orm Castle": larger than the one told before
            continue
        if adjective and lower not in adjective and following[:1].islower():
            noun = "NOUN" in word_tags(following.casefold())
            if noun and (plural_noun(following) or not finite_verb(following)):
                return True  # "bigger ships dock": "ships" a noun here, not a verb
    return False


_JOINT = LazyPattern(
    r"\b(?:joint|mutual)\s+[a-z]+\b(?!\s+(?:of|with|between|by)\b)(?![^?]*\bwith\b)"
)
""""joint appearances" (whose?): a deed shared with someone the question never names."""
_HOLDER = LazyPattern(
    r"^Who\s+(?:is|was|were|became|served\s+as)\s+(?:the\s+)?"
    r"(?:(?:(?!(?:First|Second|Third|Fourth|Fifth|Last|Final|Founding|Inaugural|Only)\b)"
    r"[A-Z][a-z-]+|prime|chief|vice|deputy|lord|grand)\s+)*(?P<role>[A-Za-z-]+)"
    r"(?:\s+of\s+(?:the\s+)?[A-ZÀ-Þ][^\s?]*(?:\s+[A-ZÀ-Þ][^\s?]*)*)?\?$"
)
"""A role many have held, asked with no time: "Who was the ruler of Orm?", "Who was
Secretary of the Fleet?", "Who was the Prime Minister?" (in which year?). A ranking word
("the first president", "the First President") says which holder."""
_HELD_ROLES = lexicon.PERSON_TITLES - word_set("founder inventor architect author") | word_set(
    "ruler head chief abbot coach manager owner editor dean"
)
"""Roles that pass from one holder to the next (a founder or an author stays one)."""
_CREATED = LazyPattern(
    r"^Who\s+(?:[a-z]+ly\s+)?(?:wrote|composed|painted|directed|sculpted|illustrated"
    r"|choreographed|authored)\s+(?P<work>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)\?$"
)
_WORK_NOUNS = word_set(
    "film movie album song single novel book opera play poem painting symphony game series"
    " show musical tragedy comedy work"
)
"""What a document about a work files it under: there, "Who directed Orm?" asks about the
document's own subject."""


_EVERYDAY_ACT = LazyPattern(
    r"^(?:(?:In|On|At|During|After|Before|From|Until|Since)\s[^?,]*,\s+)?(?i:who)\s+"
    r"(?P<verb>[a-z]+)(?P<rest>(?:\s+[^?]*)?)\?$"
)
"""A question opening with "who" (after at most a framing phrase), never a relative "who"."""
_EVERYDAY_ACTS = word_set(
    "walk stride stroll wander run shout yell cry say speak talk stand sit live stay wait"
)
"""Acts anyone does any day: "Who strode through the streets of Kell?" has countless answers."""
_WHERE_AN_ACT_GOES = word_set(
    "through along at in on into onto beside by near past over under from to toward towards"
    " across around about among outside inside up down out away home aloud"
)
_PINNING = LazyPattern(
    r"\d|\b(?:first|only|last|until|till|before|after|during|since|when|while|and|century"
    r"|centuries|decade|year|years|reign)\b"
)
"""What pins one doer of an everyday act: a time, an order ("first") or a further deed."""


def _everyday_act_of_anyone(question: str) -> bool:
    """Whether "who" asks the doer of an everyday act (walk, stride, shout, stand, sit,
    live) told only with its place: "Who shouted at the crowd in the square?" fits anyone
    who was there. A time, an object or a result ("the first to walk across Orm") pins one."""
    match = _EVERYDAY_ACT.match(question)
    if match is None or not _word_keys(match["verb"]) & _EVERYDAY_ACTS:
        return False
    if _PINNING.search(question) or any(month in question for month in MONTHS):
        return False
    rest = match["rest"].split()
    return not rest or rest[0] in _WHERE_AN_ACT_GOES or rest[0].endswith("ly")


def _one_time_of_many(question: str) -> bool:
    """Whether the question asks of a deed done many times (travel, win, close) with nothing
    but its doer and at most a bare name, no time and no place: "Where had Ulla travelled?"
    (when?), "Who ultimately won Ardenne?" (won it in what?)."""
    match = _REPEATED_DEED.match(question)
    if match is None or re.search(r"\d", question) or any(m in question for m in MONTHS):
        return False
    lemmas = _word_keys(match["verb"])
    return bool(lemmas & _REPEATABLE)


def _work_named_as_its_subject(question: str, known: set[str]) -> bool:
    """Whether the question asks who made a work that bears the document's subject's name,
    in a document not about a work: "Who wrote Lindqvist?" in a life of Lindqvist (an opera
    named Lindqvist; the question must say so)."""
    match = _CREATED.match(question)
    if match is None or known & _WORK_NOUNS:
        return False
    return all(word.casefold() in known for word in _WORD.findall(match["work"]))


_HIS_OR_HER = frozenset(["his", "her"])
_WHO_SUBJECT = LazyPattern(r"^(?:[^,]{1,40},\s+)?Who\s+[a-z]", re.IGNORECASE)
"""A question asking for a person as its subject: a "his" or "her" after it is that person's
("Who dedicated his first sonata to Ansa Veld?")."""
_OWN_EVENT = LazyPattern(r"\s+(?:his|her)\s+[a-z]")


def _kin_by_a_name(tokens: Sequence[tuple[str, int]], index: int) -> bool:
    """Whether the possessive at ``index`` opens a relation told by a bare name ("his tutor
    Orm", "her son Kell"): the person asked for is then known only through someone the
    question names by a given name, as the sentences around it told."""
    return index + 2 < len(tokens) and tokens[index + 2][0][:1].isupper()


def _own_event(body: str, relative_time: re.Match[str]) -> bool:
    """Whether "shortly after" or "soon after" is followed by an event of a person the
    question itself names or asks for: "Who crowned Duke Ivo shortly after his coronation?"
    is placed in time by the coronation, not by sentences the learner cannot see."""
    phrase = relative_time.group(0).casefold().split()
    if phrase[0] not in ("shortly", "soon") or phrase[-1] not in ("after", "before"):
        return False
    if _OWN_EVENT.match(body, relative_time.end()) is None:
        return False
    before = body[: relative_time.start()]
    named = any(w[:1].isupper() for w in _WORD.findall(before)[1:])
    return named or _WHO_SUBJECT.match(before) is not None


_DEPARTMENT_POST = LazyPattern(
    r"\b(?:head|director|controller|chief|editor|manager|chairman|chair|dean|curator"
    r"|commissioner|secretary)\s+of\s+(?:the\s+)?[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?"
    r"(?=\s+(?:in|from|until|since|by|during|when|before|after|between)\b|\s*[?,]|$)"
)
"""A post over a field rather than a named body: "head of drama", "director of programming"."""


def post_of_an_unnamed_body(prompt: str) -> bool:
    """Whether the question asks of a post over a field ("Who was the head of drama?",
    "Who became director of programming in 1990?") and names no body or person at all: the
    broadcaster or the firm the post is at was told in sentences the learner never sees. A
    capitalised word after the first ("at Kell TV", "as Ivo Lind's successor") says whose."""
    if _DEPARTMENT_POST.search(prompt) is None:
        return False
    words = _WORD.findall(prompt)[1:]
    return not any(word[:1].isupper() and word not in MONTHS for word in words)


def given_names_of_several(people: Iterable[str]) -> set[str]:
    """The given names that open the names of two people or more ("William" of "William
    Pitt" and "William Trent"); only a word people are named ("Scottish" of a body the
    document's names took for a person's is none)."""
    bearers: dict[str, set[str]] = {}
    given = lexicon.given_names()
    for name in people:
        words = name.split()
        first = words[0] if len(words) >= 2 else ""
        if first in given and first.casefold() not in lexicon.PERSON_TITLES:
            bearers.setdefault(first, set()).add(name)
    return {first for first, names in bearers.items() if len(names) > 1}


_GIVEN_NAME_GOES_ON = LazyPattern(r"(?:['’]s)?\s+(?:(?:of|the|de|von|van|du|la)\s+)?[A-Z]")
"""A word after a given name that carries the name on: "William Pitt", "William of Orm",
"William the Conqueror", "William II"."""


def bare_given_name(question: str, shared: Collection[str]) -> bool:
    """Whether the question names a person by a given name alone that several people of the
    document bear: "Which country did William invade in 1072?" where it tells of William
    the Conqueror and William of Orm (which William?)."""
    for match in re.finditer(r"(?<![\w’'-])[A-Z][a-z]+(?![\w-])", question):
        if match.group(0) not in shared:
            continue
        before = question[: match.start()].split()
        if before and before[-1][:1].isupper() and match.start() > len(before[0]) + 1:
            continue  # "King William", "Duke William": a title says which one
        if _GIVEN_NAME_GOES_ON.match(question, match.end()):
            continue
        return True
    return False


def people_s_words(people: Iterable[str]) -> frozenset[str]:
    """The words of the document's people whose name opens with a given name ("Ivo Tarn"; not
    a film taken for a person), read once for every question ``its_of_a_person`` reads."""
    given = lexicon.given_names()
    return frozenset(
        word for person in people if person.split()[0] in given for word in person.split()
    )


def its_of_a_person(question: str, person_words: frozenset[str]) -> bool:
    """Whether the question's "its" has only people named before it: "In what year was Tarn
    elected to its board?" ("its" never stands for a person: its owner is a thing a sentence
    before named, the bank whose board it was). ``person_words`` are the words of the
    document's people (``people_s_words``)."""
    found = re.search(r"\bits\b", question)
    opening = re.match(r"\S+", question)
    if found is None or opening is None:
        return False
    runs = _NAMES_ASKED_OF.findall(question[opening.end() : found.start()])
    return bool(runs) and all(set(run.split()) <= person_words for run in runs)


def self_contained(prompt: str, known_nouns: Collection[str] = ()) -> bool:
    """Whether a learner can understand the prompt without the sentences around it.

    Rejects pronouns and connectives that point elsewhere ("its shorelines", "do so", "then")
    and definite noun phrases whose noun the prompt never names: "the delta", "the lake".
    ``known_nouns`` are the nouns the document's subject goes by ("canal" in an article on
    the Suez Canal): "the canal" is clear to anyone studying that document.
    """
    text = re.sub(r"^Fill in the [^:]*:\s*", "", prompt)
    body = _THERE_IS.sub("", without_titles(text))  # "Where They Roam": a name, no pronoun
    holder = _HOLDER.match(body)
    if holder and holder["role"].casefold() in _HELD_ROLES:
        return False  # "Who was the ruler of Orm?": Orm had many; when?
    if _COMPARED_DEGREE.search(body):
        return False  # "What had a relatively broad effect?": broad beside what?
    if _JOINT.search(body):
        return False  # "Where did joint appearances include a concert?": joint with whom?
    if _comparative_without_its_standard(body):
        return False  # "What did smaller settlements include?": smaller than which?
    post = _UNNAMED_POST.match(body)
    if post and not any(w[:1].isupper() and w not in MONTHS for w in _WORD.findall(post["rest"])):
        return False  # "Who was fired in November 2009?": from what?
    actor = _UNNAMED_ACTOR.search(body)
    if actor and lexicon.ROLE_NOUNS.intersection(actor.group("first", "second")):
        return False  # "When did a bishop open the library?": which bishop?
    if _CALLER.match(body) and not any(month in body for month in MONTHS):
        return False  # "Who telephoned the Orm League?": one call of many, made when?
    if _one_time_of_many(body) or _OBJECT_NEEDED.match(body) or first_to_do_nothing(body):
        return False  # "Where had Ulla travelled?", "When did the League ratify?"
    if _everyday_act_of_anyone(body):
        return False  # "Who strode through the streets of Kell?": anyone there did
    if _work_named_as_its_subject(body, {noun.casefold() for noun in known_nouns}):
        return False  # "Who wrote Lindqvist?" in her life: which work?
    if _DO_SO.search(body) or _COMPARED_OPENING.match(body) or _THAT_NOUN.search(body):
        return False
    if _ALSO_AT_THE_END.search(body):
        return False  # "Which congress did Ada attend as well?": as well as whom?
    if emphatic_reflexive(body):
        return False  # "Who did Orlo himself appoint?": himself, unlike whom?
    if _CHANGE_TO_NOTHING.search(body):
        return False  # "In what year did Orm's role change?": to what? It may have changed often
    if _ONE_OF_ITS_KIND.match(body):
        return False  # "Which act did the U.S. pass?": it passed many; which one is meant?
    relative_time = _RELATIVE_TIME.search(body)
    if relative_time and _own_event(body, relative_time):
        relative_time = None  # "Who crowned Duke Ivo shortly after his coronation?"
    if relative_time or _WHOSE_EVENT.search(body) or _COMPARED_TIME.search(body):
        return False  # "within a short time", "Holden's announcement": told elsewhere
    if _REACTION.search(body) or _STAND_IN.search(body) or _next_deed(body):
        return False  # "in response" to what? "none" of whom? "proceeded" after what?
    if _BESIDE_ANOTHER_TOLD.search(body):
        return False  # "as a reward" for what? "in comparison" with whom?
    timed = names_a_time(body) or _TIME_ASKED.search(body) is not None
    if _still_as_adverb(body) and _PAST_TELLING.search(body) and not timed:
        return False  # "Who was still the Orm poet laureate?": at which time told before?
    if _OPENING_PART.match(body) or _ONE_UNNAMED.match(body):
        return False  # "Early versions" of what? "One engine" of which?
    if _part_without_its_whole(body, {noun.casefold() for noun in known_nouns}):
        return False  # "The first United States edition was published by whom?": of what?
    if _toll_without_its_event(body):
        return False  # "How many British soldiers were killed?": in which battle?
    if _UNSEEN_LANDMARK.search(body) or _OWN_NEXT.search(body):
        return False  # "further upstream", "the other bank", "Orm's next album": after what?
    if _OTHERS.search(_QUOTED.sub('""', body)):
        return False  # "others believe", "all other symbols": other than the ones told before
    members = _UNNAMED_MEMBERS.search(body)
    if members and not re.search(r"\s[A-Z]", body[: members.start()] + body[members.end() :]):
        return False  # "members" with no body named anywhere in the question
    if _one_deed_of_many(body):
        return False  # "Who interviewed celebrities including Ann Moy?": so did many people
    if _unnamed_group(body):
        return False  # "both teams", "either city", "the two sides": which ones?
    if _ONE_OF_A_FAMILY.search(body):
        return False  # "When did the elder Brenn die?": which Brenn, father or son?
    kin = _KIN_OF_A_BARE_NAME.search(body)
    if kin and kin["name"].casefold() not in {noun.casefold() for noun in known_nouns}:
        return False  # "Jean's nephew": which Jean?
    level = _UNNAMED_LEVEL.search(body)
    unleveled = (body[: level.start()] + body[level.end() :]).casefold() if level else ""
    if level and not any(noun.casefold() in unleveled for noun in known_nouns):
        return False  # "at state level", with the state not named
    tokens = [(m.group(0), m.start()) for m in re.finditer(r"[\w’'-]+|[,;:]", body)]
    lowered = [word.casefold() for word, _ in tokens]
    for index, word in enumerate(lowered):
        if word in ("former", "latter") and index + 1 < len(tokens):
            following, tags = tokens[index + 1][0], word_tags(lowered[index + 1])
            if following[:1].isupper() or "ADJ" in tags or tags == {"NOUN"}:
                continue  # "which former Frankish kingdom", "the former capital": an adjective
        if word == "their" and _plural_subject_before(tokens, lowered, index):
            continue  # "Many churches preserve works alongside their own": the churches'
        if word == "another" and "one" in lowered[:index]:
            continue  # "a transformation of one problem into another"
        if word == "such" and index + 1 < len(tokens) and lowered[index + 1] == "as":
            continue  # "ports such as Orm": examples follow, nothing told before
        if word in _PRONOUNS and not (index == 0 and word == "there"):
            return False
        if word == "her" and _object_of_a_verb(tokens, lowered, index):
            return False  # "When did the Post put her on its cover?": who is she?
        owner_asked = (
            word in _HIS_OR_HER
            and _WHO_SUBJECT.match(body[: tokens[index][1]]) is not None
            and not _kin_by_a_name(tokens, index)
        )
        unnamed = not any(w[:1].isupper() for w, _ in tokens[1:index])
        if word in _POSSESSIVE_PEOPLE and unnamed and not owner_asked:
            return False  # "his", "its" with nothing named before it, nor "Who" asking for him
    known = {noun.casefold() for noun in known_nouns}
    for index, word in enumerate(lowered):
        if word != "the" or index + 1 >= len(tokens):
            continue
        if not _definite_resolved(tokens, lowered, index + 1, known):
            return False
    return True


def relative_to_unseen(prompt: str, clause: str = "", start: int = 0, end: int = 0) -> bool:
    """Whether the prompt, or the key at ``start:end`` of the clause it asks, names a thing
    only by its place beside another it never names: "the adjacent cell", "the latter
    method", with nothing after the noun ("of", "to", "than") saying which other. One test
    for every form: a wh-question, a blank, a definition, and a key such as "the adjacent
    node" asked by "What does each joint connect a strut to?"."""
    if _relative_to_unseen(prompt):
        return True
    if end <= start:
        return False
    phrase_start = max(clause.rfind(mark, 0, start) for mark in ",;:()—") + 1
    before = clause[phrase_start:start].split()[-3:]  # "to the adjacent node": its article
    after = clause[end:].split()[:1]  # "of the frame", "to the root" say which other
    return _relative_to_unseen(" ".join([*before, clause[start:end], *after]))


def _relative_to_unseen(text: str) -> bool:
    words = _WORD.findall(text)
    lowered = [word.casefold() for word in words]
    for at, word in enumerate(lowered):
        if word not in ("the", "a", "an", "which", "what"):
            continue
        # "an adjacent vertex" or "which neighbouring town" is beside another as much as "the
        # adjacent vertex" is; "a former colony" or "a subsequent study" stand alone
        placing = _RELATIVE_TO_UNSEEN if word == "the" else _BESIDE_ANOTHER
        end, relational = at + 1, False
        if word == "the" and end < len(words) and lowered[end] in _POINTING_BACK:
            return True  # "the aforementioned Ralph": named before, in a sentence unseen
        while end < len(words) and words[end][:1].islower() and lowered[end] not in _FUNCTION_WORDS:
            if lowered[end] in placing or (word == "the" and lowered[end] in ("same", "other")):
                relational = True  # "remaining", "corresponding": tagged as verbs too
            elif finite_verb(lowered[end]) or not {"NOUN", "ADJ"} & word_tags(lowered[end]):
                break  # "the adjacent cell divides": the phrase ended at its verb
            end += 1
        following = lowered[end] if end < len(words) else ""
        if end + 1 >= len(words) and following in ("called", "known"):
            following = ""  # "What are the remaining cells called?": the question's frame
        named = end < len(words) and words[end][:1].isupper()  # "the former Orm Abbey"
        if named and _CONSEQUENT.intersection(lowered[at:end]) and _common_noun_alone(words, end):
            named = False  # "the resulting Report": a common noun capitalised, not a name
        if relational and not named and following not in (*_RESOLVERS, "to", "from", "than", "as"):
            return True
    return False


_EMPHATIC = LazyPattern(
    r"(?<=[\w’'])\s+(?:himself|herself|themselves|itself)\b(?=\s+[a-z]|\s*[?,;]|\s*$)"
)
"""A reflexive right after a noun and before more words: "Orlo himself appointed the
curator" sets Orlo against others a sentence before named ("his deputies appointed ...")."""


_BEING = word_set("is are was were being")
"""Forms of "be" a reflexive after is emphatic, never their object: "was himself killed";
"had himself crowned" makes it the object of "had"."""


def emphatic_reflexive(prompt: str) -> bool:
    """Whether the prompt keeps an emphatic reflexive after a noun ("Who did Orlo himself
    appoint?", "How many live in the city itself?"): it contrasts with something the learner
    never saw. A reflexive after a verb or a preposition is its object ("declared himself
    king", "a state for himself")."""
    for match in _EMPHATIC.finditer(prompt):
        words = prompt[: match.start()].casefold().split()
        before = words[-1]
        if before in _BEING:
            return True  # "Who was himself murdered?", "was herself a poet": as another was
        if before in _PREPOSITIONS or before in AUXILIARIES or before in _FUNCTION_WORDS:
            continue
        after_article = len(words) >= 2 and words[-2] in ("the", "a", "an")
        if (finite_verb(before) or past_participle(before)) and not after_article:
            continue  # "identified themselves as", "sacrifices herself": the verb's object
        return True
    return False


def _object_of_a_verb(tokens: list[tuple[str, int]], lowered: list[str], at: int) -> bool:
    """Whether "her" at ``at`` is a verb's object ("place her on"), not a possessive ("her
    album") nor after a preposition ("with her", the subject herself): an object "her" is
    someone other than the subject, named in the sentences before."""
    if at == 0 or lowered[at - 1] in _PREPOSITIONS or "VERB" not in word_tags(lowered[at - 1]):
        return False
    following = lowered[at + 1] if at + 1 < len(tokens) else ""
    return not following or following in _PREPOSITIONS or following in ",;:" or following == "as"


def _definite_resolved(
    tokens: list[tuple[str, int]], lowered: list[str], at: int, known: set[str]
) -> bool:
    """Whether the noun phrase starting at ``at`` (right after "the") says what it names."""
    asked_with_do = _inside_a_do_subject(tokens, lowered, at)
    words: list[str] = []
    index = at
    while index < len(tokens):
        word, lower = tokens[index][0], lowered[index]
        if lower in ",;:":
            break  # the phrase ends at a comma: nothing after it tells what it names
        untimed = word[:1].isdigit() and not _A_TIME_WORD.fullmatch(word)
        if not words and _body_by_its_sort(tokens, index, known):
            return False  # "the Convention entered into force": which convention?
        if (
            not word[:1].islower()
            and not untimed
            and not (
                words and _ranks(words[0]) and _a_people_before_an_event(tokens, lowered, index)
            )
        ):
            return True  # "the Elbe delta", "the United Nations": a name; "the 1360s"
        if lower in _FUNCTION_WORDS or lower in AUXILIARIES or (words and lower in _RESOLVERS):
            break  # "the area known as Orm": "known" starts what resolves the phrase
        if lower in _PREPOSITIONS:
            break  # "the firm until 1950": the year is no part of the firm's name
        tags = word_tags(lower)
        if words and tags and "NOUN" not in tags and "ADJ" not in tags:
            break  # a verb: the phrase ended before it
        if words and not tags and re.fullmatch(r"[a-z]{3,}ed", lower):
            break  # "the duchy reincorporated into ...": a verb the word list lacks
        following = lowered[index + 1] if index + 1 < len(tokens) else ""
        if words and asked_with_do and "VERB" in tags and following != "of":
            break  # "did the army take ...": after "did", the bare verb ends the subject
        if words and finite_verb(lower):
            break  # "the southern entrance lies at ...": "lies" is the verb
        possessive = re.sub(r"['’]s$", "", lower)
        if possessive != lower:
            words.append(possessive)  # "the country’s civil war": the phrase is "the country"
            index = len(tokens)
            break
        words.append(lower)
        index += 1
    if not words:
        return True
    describing = words[:-1] or words
    same = "same" in words and (index >= len(tokens) or lowered[index] != "as")
    superlative = lowered[at] in ("most", "least") and at + 1 < len(tokens)
    superlative = superlative and bool({"ADJ", "ADV"} & word_tags(lowered[at + 1]))
    relative = index < len(tokens) and lowered[index] in (*_RESOLVERS, "to", "from")
    if _RELATIVE_TO_UNSEEN.intersection(words) and not relative:
        return False  # "the adjacent vertex": adjacent to which one?
    if words[-1] in ("century", "millennium") and len(words) >= 2:
        return True  # "the eighteenth century": a time, not the first of something unsaid
    following_word = lowered[index] if index < len(tokens) else ""
    if words[-1] in _OF_SOMETHING and following_word != "of" and words[-1] not in known:
        return False  # "The earliest manifestation was a sonnet": a manifestation of what?
    if any(_ranks(w) for w in describing) and not _scoped(tokens, lowered, at, index, known):
        return False  # "Who filed the first claim?": first of what, where, since when?
    if _ranks(words[0]) and not _event_scoped(tokens, lowered, at, known):
        return False  # "In 1788, who made the first documented visit?": a visit to where?
    if not same and any(w in _SELF_RESOLVING or w.endswith("est") for w in describing):
        return True  # "the largest city in Orm" (not "the target first announced")
    if superlative:
        return True  # "the most widely used method"
    head = words[-1]
    if head in known or head in _UNIQUE_NOUNS or any(w in known for w in words):
        return True
    if head in _COMPASS and at > 2:
        return True  # "Orm is bordered by the sea to the south": the south of the subject
    if index < len(tokens):
        following = lowered[index]
        if following in _RESOLVERS:
            return True  # "the length of the river", "the ships that use it"
        inverted = at >= 2 and lowered[at - 2] in ("was", "were", "is", "are")
        inverted = inverted and not following.endswith("ing")  # "was the paper printed by"
        if _restricting_participle(tokens, lowered, index) and not inverted:
            return True  # "the class containing all such problems", "the army led by Orm"
        if following == "for" and index + 1 < len(tokens) and lowered[index + 1] in ("a", "an"):
            return True  # "the input for a problem": any problem, nothing told elsewhere
        given = at >= 2 and _gives(lowered[at - 2]) and index + 1 < len(tokens)
        if given and following in ("in", "on") and tokens[index + 1][0][:1].isdigit():
            return False  # "return the fort in 1660": when it was given back; which fort?
        # "return the island to Orm": to whom it went, not which island ("the route to Orm"
        # says where a route leads, whoever it was sold to)
        recipient = given and following == "to" and head not in _LEADING_SOMEWHERE
        placing = following in _PLACE_PREPOSITIONS or following == "against"
        # "from the bypass to NY 78": the "to" ends a stretch that "from" began; it does not
        # say which bypass, as "the route to India" says which route
        ranged = following == "to" and at >= 2 and lowered[at - 2] == "from"
        if placing and not recipient and not ranged and index + 1 < len(tokens):
            after = tokens[index + 1][0]
            if following == "to" and at >= 2 and lowered[at - 2] == "to":
                return False  # "sold the rights to the islands to Orm": the second is a buyer
            if after in MONTHS or after.casefold() in _WEEKDAYS:
                pass  # "the hymn in June": a month says when, not which hymn
            elif (head in _EVENT_NOUNS or plural_noun(head)) and after[:1].isdigit():
                pass  # "the visit in 1911", "the reforms in 1840": when, not which or where
            elif head in _POSTS:
                pass  # "took over the position from Malloy": whose position, of what?
            elif words == [head] and _a_year_at(tokens, index + 1) and _an_individual(head):
                pass  # "bought the paper in 1901": when, not which paper ("the flood in 1953")
            elif after[:1].isupper() or after[:1].isdigit():
                return True  # "the route to India", "the war of 1812"
            if lowered[index + 1] == "the" and index + 2 < len(tokens):
                # "the section around the tip of the lake": as clear as what it is around
                return _definite_resolved(tokens, lowered, index + 2, known)
    others = [w for i, w in enumerate(lowered) if w == head and not at <= i < at + len(words)]
    return bool(others)  # named elsewhere in the prompt


BODY_SORTS = lexicon.ORGANISATION_WORDS | lexicon.EVENT_WORDS
"""The sorts a body or an event is named by, capitalised alone for one named before ("the
Commission", "the Treaty")."""


def _body_by_its_sort(tokens: list[tuple[str, int]], at: int, known: set[str]) -> bool:
    """Whether the word at ``at``, right after "the", is the capitalised sort of a body or an
    event standing for one the sentences before named: "the Convention entered into force",
    "the Senate majority". Not where a name goes on ("the War of 1812", "the Senate of
    Orm", "the Party for Freedom"), nor where the sort is the document's subject's own
    (``known``: "the Commission" in a document on one commission)."""
    word = re.sub(r"['’]s$", "", tokens[at][0])
    if word not in BODY_SORTS or word.casefold() in known:
        return False
    if at >= 3 and tokens[at - 2][0] == "of" and tokens[at - 3][0][:1].isupper():
        return False  # "Secretary of the Fleet", "Lord of the Council": part of a name
    if at + 1 < len(tokens) and word == tokens[at][0]:
        following = tokens[at + 1][0]
        if following[:1].isupper() or following[:1].isdigit():
            return False  # "the Treaty Ports", "the League 1929 season"
        if following in ("of", "for", "and", "on", "in", "against", "to"):
            return False  # "the War for Independence", "the Parliament and Government of"
    return True


def _a_year_at(tokens: list[tuple[str, int]], at: int) -> bool:
    """Whether the token at ``at`` is a year, not a house number before its street ("at 1600
    Orm Avenue")."""
    if not _YEAR.fullmatch(tokens[at][0]):
        return False
    return at + 1 >= len(tokens) or not tokens[at + 1][0][:1].isupper()


_INDIVIDUALS = word_set("paper area")
"""Nouns that stand for one thing the sentences before named, beside the sorts of a place, a
body or a work: "the paper" (which newspaper?), "the area"."""


def _an_individual(noun: str) -> bool:
    """Whether a bare noun after "the" is one place, body or work the sentences before named
    ("the city", "the firm", "the paper"), which a year after it does not pick out, unlike a
    kind ("the telephone in 1876") or an event ("the flood in 1953")."""
    return noun in _INDIVIDUALS or topics.sort_group(noun) in ("place", "body", "work")


_GIVING_VERBS = word_set("give return sell cede hand lease transfer send grant restore lend")
"""Verbs whose time after their object says when it was given, not which thing it was."""


_LEADING_SOMEWHERE = word_set("route road way path passage access railway line link")
"""Nouns of things that lead somewhere: "to" after them says where, which names them."""


def _gives(word: str) -> bool:
    return any(lemma in _GIVING_VERBS for lemma in lexicon.all_lemmas(word).get("VERB", ()))


_A_TIME_WORD = LazyPattern(r"\d{1,4}(?:s|st|nd|rd|th)?")
"""A figure that names a time or a rank ("the 1360s", "the 2006 election", "the 19th
century"); "the 3D film" names no film."""
_WEEKDAYS = frozenset(day.casefold() for day in lexicon.WEEKDAYS)
_DO = frozenset(["do", "does", "did"])


def _inside_a_do_subject(tokens: list[tuple[str, int]], lowered: list[str], at: int) -> bool:
    """Whether the noun phrase at ``at`` sits in the subject of a question asked with "do",
    where the bare verb after it ends the subject: right after the "did", or after the
    subject's head and a preposition ("When did a fair for the cause take place?"), not
    after the bare verb ("When did Orm sell the paper mill in Lund?")."""
    dos = [index for index in range(at) if lowered[index] in _DO]
    if not dos:
        return False
    between = lowered[dos[-1] + 1 : at - 1]  # up to the "the" before the phrase
    if between and between[0] in ("a", "an", "the"):
        between = between[1:]
    if not between:
        return True  # "did the army take ...": right after "did"
    return 2 <= len(between) <= 3 and between[-1] in _PREPOSITIONS  # "did a fair for the"


_CHANGE_TO_NOTHING = LazyPattern(
    r"\b(?:did|do|does|was|were|is|are|has|have|had)\s[^?]*\b"
    r"(?:changed?|shift(?:ed)?|switch(?:ed)?|alter(?:ed)?)\s*\??$"
)
"""A change the question ends on, saying neither from what nor to what: "In what year did
Orm's role change?" fits every time its role changed."""
_ONE_OF_ITS_KIND = LazyPattern(
    r"(?:Which|What)\s+(?!(?:year|date|day|month|season|decade|century|age|time)\b)"
    r"[a-z][\w-]*\s+did\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*"
    r"(?:\s+(?!(?:to|in|on|at|from|for|with|after|before|during|under|by|against|into|near)\b)"
    r"[a-z]+){1,2}(?:\s+to\s+[a-z]+)?\?$"
)
"""A question asking which thing of a kind a named actor did something to, with nothing
saying when, where or which: "Which city did Orm capture?" has as many answers as the cities
Orm ever captured ("What year did Orm die?" has one)."""
_RELATIVE_TO_UNSEEN = word_set(
    "adjacent neighbouring neighboring opposite corresponding remaining preceding previous"
    " aforementioned respective following subsequent latter former resulting ensuing new"
    " nearer farther"
)
"""Adjectives that place a thing relative to another: without an "of" or "to" after the
noun, that other thing is in a sentence the learner never saw ("the adjacent cell", "the
latter method", "the former king", "the resulting report", "the new building", "the nearer
side"), however well the document knows the noun."""
_POINTING_BACK = word_set("aforementioned afore-mentioned above-mentioned abovementioned")
"""Words that point back into the text even before a name ("the aforementioned Ralph")."""
_BESIDE_ANOTHER = word_set("adjacent neighbouring neighboring opposite corresponding")
"""Those of ``_RELATIVE_TO_UNSEEN`` that lean on another thing after "a" or "an" too."""
_POSTS = word_set("position post office role job seat")
"""Posts that are of something ("the position of abbot", "the seat of Kell"): a person or a
time after them ("from Malloy", "in 1850") leaves the post the sentence before named."""
_EVENT_NOUNS = word_set(
    "visit trip journey tour voyage attack raid assault invasion offensive move decision"
    " meeting talks deal agreement merger takeover purchase sale transfer announcement"
    " proposal offer ban reform appointment dispute negotiations"
)
"""Events that are of something, to somewhere or against someone ("the visit to Orm", "the
attack on Kell", "the decision to close"): bare, or with only a time after them ("the visit
in 1911"), they are the one a sentence before told."""
_RANKS = word_set("first last next second third fourth fifth only main")
_OF_SOMETHING = word_set("manifestation instance example version mention sign")
"""Nouns that are always of something ("the first version" of what?): without their "of"
they lean on the sentences before, however they are ranked."""


_CONSEQUENT = word_set("resulting ensuing")
"""Words that make a thing the outcome of another: a capitalised noun after them ("the
resulting Report") still says nothing of what it came from ("the new Parliament" of a
document on a parliament is that parliament)."""


def _common_noun_alone(words: Sequence[str], at: int) -> bool:
    """Whether the capitalised word at ``at`` is a common noun standing alone ("Report" of
    "the resulting Report was published"), not a name's word ("Orm Abbey", "Treaty of
    Kell")."""
    following = words[at + 1] if at + 1 < len(words) else ""
    if following[:1].isupper() or following.casefold() in ("of", "de", "du", "la"):
        return False
    return "NOUN" in word_tags(words[at].casefold())


def _ranks(word: str) -> bool:
    """Whether a word ranks its noun among others: an ordinal, a superlative ("largest"), or
    "only" and "main" (the only survivor of what?)."""
    if word in _RANKS:
        return True
    tags = word_tags(word)
    return word.endswith("est") and "ADJ" in tags and "NOUN" not in tags and "VERB" not in tags


def _scoped(
    tokens: list[tuple[str, int]], lowered: list[str], at: int, end: int, known: set[str]
) -> bool:
    """Whether a ranked noun phrase (``at`` to ``end``) says among what it ranks: words after
    it ("the first ship to cross", "the largest city in Orm", "the first claim that ..."), or
    a name or the document's subject elsewhere in the prompt ("Who filed the first claim in
    Orm?"). A figure alone places nothing: "the first car from 1901" is the first of where?"""
    if end < len(tokens) and (
        lowered[end] in _RESOLVERS
        or (lowered[end] in _PLACE_PREPOSITIONS and not _a_figure_only_after(tokens, end))
        or lowered[end] in ("to", "ever", "since")
        or _restricting_participle(tokens, lowered, end)
    ):
        return True
    for index, (word, _) in enumerate(tokens):
        if at <= index < end or (index == 0 and word_tags(lowered[0])):
            continue  # "What", "The": a capital that only opens the sentence
        if word[:1].isupper() or lowered[index] in known:
            return True
    return False


def _a_figure_only_after(tokens: list[tuple[str, int]], at: int) -> bool:
    """Whether the preposition at ``at`` leads only to a figure ("from 1901", "in 1850")."""
    after = tokens[at + 1][0] if at + 1 < len(tokens) else ""
    return after[:1].isdigit() and (at + 2 >= len(tokens) or not tokens[at + 2][0][:1].isalpha())


_RANKED_EVENTS = _EVENT_NOUNS | word_set(
    "ascent descent climb crossing flight landing expedition performance recording broadcast"
    " screening appearance sighting use mention description observation survey excavation"
    " exhibition concert match game race election victory win defeat voyage circumnavigation"
    " ascents visits crossings flights landings performances recordings appearances uses"
)
"""Events a rank singles out only among those of one place or thing: "the first visit" is the
first visit to somewhere, "the earliest recorded ascent" the earliest of some mountain."""


def _event_scoped(
    tokens: list[tuple[str, int]], lowered: list[str], at: int, known: set[str]
) -> bool:
    """Whether a ranked event ("the first documented visit") says what it is of or to: words
    right after it ("to Mount Drummel", "of the strait") or the document's subject in the
    prompt. A year or a name elsewhere ("In 1788, who made the first visit?", "When did Anna
    Pell make the first visit?") says when or by whom, not to where; anything else ranked
    ("the first claim") is left to ``_scoped``."""
    end = at + 1
    while end < min(len(tokens), at + 4) and lowered[end] not in _RANKED_EVENTS:
        if tokens[end][0] in _DEMONYMS:
            end += 1  # "the first European visit": whose, not to where
            continue
        if not tokens[end][0].islower() or not ({"ADJ", "VERB"} & word_tags(lowered[end])):
            return True  # "the first claim", "the first Orm visit": no event, or a named one
        end += 1  # "the earliest recorded ascent": a participle before the event
    if end >= min(len(tokens), at + 4):
        return True
    end += 1
    if end < len(tokens) and (
        lowered[end] in _RESOLVERS or lowered[end] in ("to", "ever", "since")
    ):
        return True
    if end + 1 < len(tokens) and lowered[end] in _PLACE_PREPOSITIONS - {"by", "for"}:
        after = tokens[end + 1][0]
        if not (after[:1].isdigit() or after in MONTHS or lowered[end + 1] in _WEEKDAYS):
            return True  # "the first crossing in a balloon", not "the first crossing in 1801"
    return any(word in known for word in lowered)


_DEMONYMS = lexicon.demonyms(lexicon.COUNTRIES | lexicon.CONTINENTS)
"""The adjectives of a people ("French", "European", "Asian"): they say whose, not where."""


def _a_people_before_an_event(tokens: list[tuple[str, int]], lowered: list[str], at: int) -> bool:
    """Whether the word at ``at`` is a people's adjective before a ranked event ("the first
    European visit"): it tells who went, never where to, so it names nothing."""
    following = lowered[at + 1 : at + 3]
    return tokens[at][0] in _DEMONYMS and bool(_RANKED_EVENTS.intersection(following))


_ASKING_WORDS = frozenset(["what", "which", "who", "whom", "whose", "where", "when", "how"])


def _restricting_participle(tokens: list[tuple[str, int]], lowered: list[str], at: int) -> bool:
    """Whether a participle phrase at ``at`` says which thing the noun before it is, as a
    relative clause would: "containing ...", "carrying ...", "led by ...", "built in 1850"."""
    word = lowered[at]
    if at + 1 >= len(tokens) or lowered[at + 1] in ",;:":
        return False
    if _ASKING_WORDS.intersection(lowered[at:]):
        return False  # "the area stretching ... through which country?": the gap is in it
    if word.endswith("ing") and "VERB" in word_tags(word) and "NOUN" not in word_tags(word):
        return True
    after = lowered[at + 1]
    if not past_participle(word):
        return False
    return after == "by" or (after in ("in", "as") and not finite_verb(word))


def _plural_subject_before(tokens: list[tuple[str, int]], lowered: list[str], at: int) -> bool:
    """Whether "their" at ``at`` has its owner in the prompt: a plural noun in the clause's
    subject before it ("Many south Italian churches preserve ... their own"; "In what year
    did the Normans lose their ...?"), not a plural noun after the verb ("Who claimed that the
    channels were withheld from their platform?": whose?)."""
    start = 0
    if lowered and lowered[0] in ("what", "which", "who", "when", "where", "how", "in", "on"):
        auxiliaries = [i for i in range(min(at, 5)) if lowered[i] in AUXILIARIES]
        if not auxiliaries:
            return False
        start = auxiliaries[0] + 1
    for index in range(start, at):
        word, lower = tokens[index][0], lowered[index]
        if index > start and (lower in AUXILIARIES or (finite_verb(lower) and word.islower())):
            return False  # the subject ended before any plural noun
        if _inside_a_singular_of(lowered, index, start):
            continue  # "a lack of boats prevented their ...": the lack is the subject
        if plural_noun(word) or (word[:1].isupper() and word.endswith("s") and index > start):
            return True
    return False


def _inside_a_singular_of(lowered: list[str], at: int, start: int) -> bool:
    """Whether the word at ``at`` follows "of" after a singular noun that is no quantity
    ("a lack of boats", "the loss of ships"): the phrase's head is the singular noun, which
    "their" cannot mean, unlike "a number of towns" (``_COLLECTIVE_AFTER_A``)."""
    if at - 2 < start or lowered[at - 1] != "of":
        return False
    head = lowered[at - 2]
    tags = word_tags(head)
    determined = at - 3 >= start and lowered[at - 3] in ("a", "an", "the")
    noun = tags == {"NOUN"} or ("NOUN" in tags and determined)  # "a lack of": no verb
    return noun and not plural_noun(head) and head not in _COLLECTIVE_AFTER_A


_CITED = LazyPattern(
    r"(?:\b(?:cited|quoted|reported|estimated|measured|given|stated|put|recorded)\s+(?:as|at)"
    r"|\baccording\s+to)\b[^.;]*$",
    re.IGNORECASE,
)
_ELEVATION = LazyPattern(
    r"^\s*(?:m|metres|meters|ft|feet)\b(?:\s*\([^)]*\))?\s+(?:above|below)\s+sea", re.I
)
_RANGE_BEFORE = LazyPattern(r"(?:\d|\b(?:from|between))\s*(?:[–—-]|to|and)?\s*$")
_RANGE_AFTER = LazyPattern(r"^\s*(?:[–—-]|to\s+\d|and\s+\d)")


_PART_OF_TIME = LazyPattern(
    r"\b(?:half|halves|part|end|beginning|start|middle|quarter|third|decade|years|turn)\s+of\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)


_CHANGE_BY = LazyPattern(
    r"\b(?:(?:increas|decreas|declin|rais|reduc|expand|climb|jump|gain|drop|fall|ris|grow)\w*"
    r"|rose|fell|grew|shrank|cut)\s+by\s+$"
    r"|\b(?:increase|decrease|decline|rise|fall|drop|growth|gain|cut|reduction|jump)s?\s+of\s+$",
    re.IGNORECASE,
)
_PERCENT = LazyPattern(r"%|\s*(?:per\s?cent|percent)\b", re.IGNORECASE)


_NONE_OF_THEM = LazyPattern(
    r"^[^.;]*?[,;]\s*(?:(?:but|and|yet)\s+)?(?:none|not\s+one|neither)\b", re.IGNORECASE
)
"""A count the same sentence then denies ("five bills, but none passed", "three attempts;
not one succeeded"): what is worth knowing is that none did, not how many tried."""
_CLAIM_VERBS = (
    r"(?:estimated|estimates|reported|said|says|stated|claimed|calculated|calculates"
    r"|predicted|predicts|projected|reckoned|reckons)"
)
_SOURCE_BEFORE = LazyPattern(
    rf"(?:\b{_CLAIM_VERBS}\s+by|\baccording\s+to|\b(?:estimates?|reports?|surveys?"
    r"|study|studies|census)\s+(?:by|from|of))\s+(?:the\s+)?$",
    re.IGNORECASE,
)
"""An answer after "estimated by", "according to", "a report by": who said it, not what."""
_SOURCE_AFTER = LazyPattern(
    rf"^(?:\s*\([^)]*\))?\s*,?\s+(?:has\s+|had\s+|have\s+)?{_CLAIM_VERBS}\b",
    re.IGNORECASE,
)
"""An answer that is the subject of "estimated that", "reported", "said": its claim is the
point of the sentence, the one who made it is a side part."""


_OPINION_AFTER = LazyPattern(
    r"^(?:\s*\([^)]*\))?(?:\s+(?:of|at|for)\s+(?:the\s+)?(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*)*)?"
    r"\s*,?\s+(?:(?:has|had|have|also|later|once|then)\s+)*(?:"
    r"(?:praised|lauded|hailed|panned|critici[sz]ed|dismissed|derided|slammed|applauded"
    r"|ridiculed|mocked)\b"
    r"|(?:called|calls|described|describes|labell?ed|dubbed|deemed)\b(?!\s+(?:for|on|off|up)\b)"
    r"[^.;]*?(?:[\"“‘]|(?<!\w)'|\bas\b)"
    r"|(?:revealed|announced|disclosed|confirmed)\s+that\b"
    r"|(?:wrote|writes|remarked|commented|observed|opined|declared|noted|explains|explained"
    r"|argues|argued|contends|contended|asserts|asserted|maintains|maintained|believes"
    r"|believed|suggests|suggested)"
    r"(?:\s+(?:in|on)\s+[^,.;\"“]{0,20}?\d{4})?\s*(?:that\b|[,:]?\s*[\"“‘']))",
    re.IGNORECASE,
)
"""An answer that gave an opinion or a quoted remark ("... praised the game", "called the novel
'slight'", "described the film as a triumph", "wrote that ...", "wrote in 2001 that ...", "argues
that ...", "revealed that ..."): what was said is the point, not the critic, scholar or
spokesman who said it."""
_REVIEWS_COUNTED = LazyPattern(r"^\s+(?:[\w-]+\s+)?(?:reviews|reviewers|critics)\b", re.I)
"""A count of the reviews a score rests on ("based on 274 reviews"): the score is the point."""
_PUBLISHED_IN = LazyPattern(
    r"\b(?:writing|wrote|reviewing|reviewed|review|column|article|editorial|interview)\s+"
    r"(?:in|for|with)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
"""An answer that is where a remark was published ("Writing in The Orm Times, a critic
called it ..."): a side detail of the remark."""


_AMOUNT = (
    r"(?:(?:US|A|C|NZ|HK)?[$£€¥]\s?\d|\d[\d,.]*\s*(?:%|per\s?cent\b|percent\b)"
    r"|\d[\d,.]*\s*(?:million|billion|trillion|bn)\b)"
)
_MEASURE_VERB = (
    r"(?:(?:reach|total|number|exceed|surpass|attract|earn|generat|employ|record|produc|serv"
    r"|welcom|receiv)(?:e|es|s|ed|led|ing)?|carr(?:y|ies|ied)|sold|sells?|costs?|brought"
    r"|bring|had|has|have|was|were)"
)
_STATISTIC = LazyPattern(
    rf"{_AMOUNT}"
    rf"|\b{_MEASURE_VERB}\s+(?:(?:in|up|to|a|an|total|of|some|about|around|over|nearly|almost"
    r"|more|than|less|fewer|approximately|roughly|just|under|record)\s+)*\d[\d,]*\d\b"
    r"|\bpopulation\s+(?:of|was|is|reached|stood\s+at)\s+(?:\w+\s+){0,2}?\d",
    re.IGNORECASE,
)
"""An amount in the sentence: money, a share, a figure in millions, or a count a verb of
measure gives ("reached 45,000", "carried over 300 passengers", "a population of 9,000")."""
_MERELY_SAID = LazyPattern(
    r"\b(?:(?:announc|disclos|propos)(?:e|es|ed|ing)|stated|(?:report|reveal|confirm|unveil"
    r"|outlin)(?:s|ed|ing)?|said|says)\s+"
    r"(?:(?:in|on|its|their|his|her|the|a|an|new)\s+)*(?:that|plans?|intentions?|proposals?"
    r"|schemes?|to\s+\w+)\b",
    re.IGNORECASE,
)
"""A plan, an intention or a claim made known ("announced plans to build", "reported that
exports doubled"): when it was said is beside the point of what was said."""
_ANNOUNCED = LazyPattern(
    r"\b(?:was|were)\s+(?:\w+ly\s+)?announced\b(?!\s+that\b)[^;@]{0,30}@"
    r"|@[^;@.]{0,60}\b(?:was|were)\s+(?:\w+ly\s+)?announced\b(?!\s+that\b)",
    re.IGNORECASE,
)
"""A thing made known, with the time said in its clause ("The Orm Tour was announced in
December 2011"): the announcement's time, not the time of the tour."""
_OPINION_TIME = LazyPattern(
    r"\b(?:wrote|writes|written|argued|argues|remarked|commented|observed|opined|declared"
    r"|noted|insisted|recalled|claimed|complained)\s+(?:(?:in|on|its|their|his|her|the|a|an)\s+)*"
    r"(?:that\b|[,:]?\s*[\"“‘])"
    r"|[\"“][^\"“”]{8,}[,.!?]?[\"”]\s*,?\s+(?:said|says|wrote|writes|added|remarked|recalled)\b"
    r"|\b(?:said|says|wrote|writes|added|remarked|recalled)\s*[,:]\s*[\"“]"
    r"|\b(?:column|editorial|op-ed|opinion\s+piece|interview)\b[^.;]*@"
    r"|\b(?:referred\s+to|described|hailed|praised|lauded|dubbed|labell?ed|called|regarded"
    r"|named|ranked|listed)\b[^.;@]{0,80}?\bas\s+(?:[\"“]|(?:one\s+of\s+)?(?:the|its|his|her"
    r"|their)\s+(?:[\w-]+\s+)?(?:best|greatest|finest|worst|most|top)\b)",
    re.IGNORECASE,
)
"""A view written or a remark quoted ("Veld wrote in 1998 that ...", "'...,' said Rell in
1979", "in a column in 1998"), or a writer's praise ("In 2015 a Vell Post article referred to
Orm as 'the finest rider'"): when someone said it is a side detail of what was said."""
_TIME_CLAUSE_KEY = LazyPattern(
    r"^(?:after|before|until|till|once|when|whenever|while|following|as\s+soon\s+as)\s", re.I
)
"""A key that opens a time clause or a time told by another event ("after the flood had
receded"): the event it leans on is a side detail, never the point of the question."""


_FIGURE_CLAIM = r"(?:estimat|calculat|count|report|record|f(?:ound|inds?)|show)\w*"
_MEASURED_THEN = LazyPattern(
    rf"\b{_FIGURE_CLAIM}\b[^@.;]*@[^.;]*?\bthat\s+(?:[\w-]+\s+){{0,4}}?\d"
    rf"|@[^.;]*?\b{_FIGURE_CLAIM}\s+that\s+(?:[\w-]+\s+){{0,4}}?\d"
    r"|\bas\s+of\s+@"
    r"|\b(?:consist(?:s|ed)?\s+of|comprised?|numbered|stood\s+at)\s+(?:[\w-]+\s+){0,2}?\d"
    r"|\b(?:record(?:ed|s)?|reach(?:ed|es)?|hit|had|saw|set)\s+(?:a|an|its|their)\s+"
    r"(?:(?:new|record|all-time)\s+)?(?:low|high|peak|maximum|minimum)\s+of\b"
    r"|\brank(?:ed|s)?\s+(?:[\w'’-]+\s+){0,3}?(?:(?:at|as)\s+)?(?:the\s+)?(?:#\s?\d|no\.\s?\d"
    r"|number\s+(?:one|two|three|\d)|first|second|third|\d+(?:st|nd|rd|th))\b"
    r"|^\W*(?:from|according\s+to|in)\s+(?:a|an|the|one)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:poll|survey|ranking)s?\b[^.;]*@"
    r"|\btop(?:ped|s)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:list|chart|rankings?|table|poll)\b"
    r"|\b(?:lowest|highest)\s+(?:[\w-]+\s+){0,3}?(?:rates?|shares?|levels?|percentage"
    r"|proportion|incomes?|unemployment|turnout)\b"
    r"|\breport(?:ed|s)?\s+(?:[\w'’-]+\s+){0,5}?(?:revenues?|earnings|profits?|losses|sales"
    r"|results|figures)\b",
    re.IGNORECASE,
)
"""A figure as it stood when measured, where ``@`` marks the time asked for: "the survey
estimated in 2009 that 5,274 ...", "as of 2011", "the student body consisted of 12,179",
"recorded a low of 328 fires", "ranked at #1 on the list", "ranked the town as the 12th
safest", "had the lowest unemployment rate", "reported its best quarter revenue", a
standing a poll or survey the sentence opens with gives ("From a poll by the Orm Times, ...
in 2013"). The year a figure was taken is trivia; the figure, or the year an event
happened, is what is worth knowing."""


_UNDER_WAY_STATE = (
    r"(?:under\s+(?:construction|development|renovation|restoration|way)|underway"
    r"|in\s+progress|in\s+(?:the\s+)?planning(?:\s+stages?)?"
    r"|being\s+(?:built|constructed|planned|developed|restored|renovated|rebuilt|designed)"
    r"|(?:is|are|was|were|still)\s+planned(?!\s+(?:in\s+)?@))"
)
_UNDER_WAY = LazyPattern(
    rf"\b{_UNDER_WAY_STATE}\b[^,;@]*@|@,?[^,;]*?\b{_UNDER_WAY_STATE}", re.IGNORECASE
)
"""A state that lasts for years, in the same clause as the year ("In 2009 the bridge was
under construction", "was still being planned in 1990"): often just the day of writing, and
no one year of it is the fact. The year a thing was planned ("planned in 1791") is an event."""
_RENAMED_THINGS = (
    r"(?:programmes?|programs?|shows?|channels?|services?|series|brands?|stations?"
    r"|magazines?|awards?|prizes?|products?|packages?|networks?|websites?|apps?)"
)
"""What a document's production news renames: a programme renamed, not a town."""
_PRODUCTION = LazyPattern(
    r"\b(?:embark\w*|set\s+out)\s+on\b[^.;]{0,80}?\btours?\b"
    r"|\b(?:beg[au]n|start\w*|launch\w*|kick\w*\s+off|open\w*)\s+(?:[\w'’-]+\s+){0,6}?tours?\b"
    r"|\btours?\s+(?:[\w'’-]+\s+){0,3}?(?:began|begun|started|opened|kicked\s+off)\b"
    r"|\b(?:on|onto)\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:front\s+)?cover\b|\bcover\s+of\b"
    r"|\b(?:the|a|its|first|main|official)\s+(?:[\w-]+\s+){0,2}?(?:cast|trailer|teaser|poster"
    r"|shoot|line-?up)\b|\bpress\s+conference\b|\bprincipal\s+photography\b"
    r"|\b(?:filming|casting|rehearsals)\s+(?:began|begun|started|ended|finished|wrapped)\b"
    r"|\b(?:re-?released|re-?issued|re-?branded)\b"
    rf"|\brenamed\b[^.;]*\b{_RENAMED_THINGS}\b|\b{_RENAMED_THINGS}\b[^.;]*\brenamed\b"
    r"|\bquoted\b|\bbegan\s+reporting\b"
    r"|\b(?:wrote|said|argued|stated|noted|commented|remarked|claimed|observed)\s+(?:in|on)\s+"
    r",?\s*that\b"
    r"|\bannounc(?:e|es|ed|ing)\s+(?:[\w'’-]+\s+){1,4}?(?:would|will|was\s+to|were\s+to)\b",
    re.IGNORECASE,
)
"""The making of a work or a show rather than an event of its subject: the day a tour
started, a cover appearance, a cast or a trailer revealed, a press conference, a re-release,
a programme renamed, a remark quoted in the media or when one was written ("wrote in 2007
that ..."), a later plan announced ("Pepsi announced she would perform"). When these
happened is production trivia no teacher would ask."""


_DEFINITE_COMPOUND = LazyPattern(r"^the\s+\|[a-z-]+\s+[a-z]", re.IGNORECASE)
"""A common noun phrase the document made definite where it opens a sentence ("The football
team competes ...", of the school it is about): which one, another sentence told. A term of
its own is written with capitals ("The Orm Treaty") or is defined ("The two-step rule is a
rule ...", "The inner ring is the main defence of a cell": a definite predicate names one
thing as much as an indefinite one names a kind)."""
_DEFINED_AFTER = LazyPattern(r"\s+(?:is|was)\s+(?:a|an|the)\s")
_GRADED = word_set("common numerous many several various certain mixed earliest latest further")
"""Words that grade or count a noun phrase ("numerous films", "a common phenomenon"): what
they describe is no term a learner could name."""


_VAGUE_QUANTIFIERS = word_set(
    "various several many some few numerous multiple certain different other most countless"
    " diverse assorted sundry"
)
_DESCRIPTIVE_ADJECTIVES = word_set(
    "white black brown red yellow green blue grey gray young old elderly rich poor wealthy"
    " big small large little tall short good bad new local ordinary poorer richer younger older"
)
"""Adjectives that describe rather than sort ("a white farmer", "black workers")."""
_PRAISING_ADJECTIVES = word_set("unique distinctive remarkable peculiar notable striking")
"""Adjectives by which a text praises or singles out what it names, never a part of a name."""
_CLASS_NOUNS = word_set(
    "type types subtype subtypes kind kinds sort sorts form forms variety varieties category"
    " categories example examples instance instances"
)
"""Nouns that say a thing is one sort of another without naming which."""


def _describes(word: str) -> bool:
    """Whether a word before a noun only describes or counts it ("minor", "third")."""
    return (
        word in NUMBER_WORDS or word in ORDINAL_WORDS or word == "last" or "ADJ" in word_tags(word)
    )


_VAGUE_HEADS = _PEOPLE_WORDS | word_set(
    "man men woman women child children family families people person persons folk group"
    " groups number amount part parts area areas thing things way ways kind kinds variety range"
)
_PERSON_NOUN = LazyPattern(r"[a-z]{3,}(?:er|or|ist)")


def _vague_head(noun: str, *, one: bool) -> bool:
    """Whether a noun is a person's by its role ("a farmer", "workers") or says only a sort
    of amount or group ("number", "people"): after a describing adjective it names no one
    thing ("a white farmer"), unlike a compound term ("small intestine", "black powder").
    A singular role noun counts only after "a" or "an"."""
    if noun in _VAGUE_HEADS:
        return True
    singular = noun.removesuffix("s")
    return bool(_PERSON_NOUN.fullmatch(singular)) and (one or singular != noun)


def filler(answer: str) -> bool:
    """Whether a key is a lower-case noun phrase that only quantifies or describes a noun
    ("various techniques", "many people", "a white farmer", "black workers"), no key."""
    words = answer.split()
    if not words or answer != answer.casefold():
        return False
    one = words[0] in ("a", "an")
    if words[0] in ("a", "an", "the"):
        words = words[1:]
    if not words or not words[0].isalpha():
        return False
    if words[0] in _VAGUE_QUANTIFIERS or words[0] in _PRAISING_ADJECTIVES:
        return True  # "unique curling": the text's praise, no part of a term's name
    if words[-1] in _CLASS_NOUNS and all(_describes(word) for word in words[:-1]):
        return True  # "rare variety", "a third form": which sort, the key does not say
    if len(words) != 2 or words[0] not in _DESCRIPTIVE_ADJECTIVES:
        return False
    return _vague_head(words[1], one=one)


def worth_knowing(answer: str, kind: str, before: str, after: str, *, approximate: bool) -> bool:
    """Whether the answer is worth a question: not a coordinate, an end of a range, a
    measurement given to many digits in passing, a hedged ("about") figure, a rate of
    change ("grew by 17%" in a year): a figure of one period, soon out of date, or the source
    of a claim ("estimated by", "according to"): the claim is the fact, not who made it.
    Nor the year or date of an amount (the amount is asked), of a figure as measured then
    (``_MEASURED_THEN``), of a plan or claim made known (what was said is the fact, not when)
    or of a thing announced (``_ANNOUNCED``: the time it happened is the fact),
    or of production trivia (``_PRODUCTION``), of a state that spans years (``_UNDER_WAY``),
    or of a view written or quoted (``_OPINION_TIME``); nor the critic or paper behind an
    opinion, nor a time told by another event (``_TIME_CLAUSE_KEY``)."""
    if re.search(r"[°′″]", answer + after[:3]):
        return False
    if kind not in ("number", "year", "date", "period") and filler(answer):
        return False  # "various techniques", "a white farmer": no key a learner could give
    if kind == "term" and answer == answer.casefold():
        if answer.split()[0] in _GRADED:
            return False  # "numerous films": no term
        if _DEFINITE_COMPOUND.search(f"{before}|{answer}") and not _DEFINED_AFTER.match(after):
            return False  # "The football team competes": whose, another sentence said
    if kind not in ("number", "year", "date", "period") and (
        _SOURCE_BEFORE.search(before) or _SOURCE_AFTER.match(after)
    ):
        return False  # "Who estimated that ...?": the figure is the point
    if kind not in ("number", "year", "date", "period") and (
        _OPINION_AFTER.match(after) or _PUBLISHED_IN.search(before)
    ):
        return False  # "Who called the novel 'slight'?": the remark is the point, not its critic
    if kind in ("year", "date", "period") and _PART_OF_TIME.search(before):
        return False  # "in the second half of the 20th century": "in what century" loses half
    if kind in ("year", "date") and _CITED.search(before):
        return False  # "it was cited as 1,232 km by the survey in 2010": when a figure was given
    if kind in ("year", "date") and _STATISTIC.search(f"{before} | {after}"):
        return False  # "In 2014 tourism brought $4 billion": the amount is the point
    if kind in ("year", "date") and _MERELY_SAID.search(f"{before} {after}"):
        return False  # "In May 2010 the council announced plans to ...": when it was said
    if kind in ("year", "date") and _ANNOUNCED.search(f"{before}@{after}"):
        return False  # "In what year was the tour announced?": ask when it happened
    if kind in ("year", "date") and _OPINION_TIME.search(f"{before}@{after}"):
        return False  # "When did Veld write that ...?": a view's date, not a fact's
    if _TIME_CLAUSE_KEY.match(answer):
        return False  # "When did the mill close?" → "after the flood had receded"
    if kind in ("year", "date") and _MEASURED_THEN.search(f"{before} @ {after}"):
        return False  # "Tarland had the lowest unemployment rate in 2012": when measured
    if kind in ("year", "date") and _PRODUCTION.search(f"{before} {after}"):
        return False  # "When was the first trailer released?": the making of a work
    if kind in ("year", "date") and _UNDER_WAY.search(f"{before}@{after}"):
        return False  # "In what year was the bridge under construction?": for years
    if kind in ("number", "year", "date", "period"):
        if _RANGE_AFTER.match(after) or (
            _RANGE_BEFORE.search(before) and re.search(r"\d\s*(?:[–—-]|to|and)\s*$", before)
        ):
            return False  # one end of a range: "1,000–1,200", "from 1815 to 1830"
        if re.search(r"\bbetween\s+$", before):
            return False
    if kind == "number":
        if approximate or "." in answer.rstrip("."):
            return False
        if _REVIEWS_COUNTED.match(after):
            return False  # "How many reviews did the site sample?"
        if _NONE_OF_THEM.search(after):
            return False  # "12 bills were put forward, but none passed": the point is "none"
        if _CHANGE_BY.search(before) and (_PERCENT.search(answer) or _PERCENT.match(after)):
            return False
        digits = re.sub(r"\D", "", answer).rstrip("0")
        if len(digits) >= 4:
            return False  # "1,233.5 km", "2,364 m": precision nobody learns
        if _ELEVATION.match(after):
            return False
    return True


_RELATIVE_OPENING = LazyPattern(r",\s*(?:which|who|whom|whose|where)\b[^,;()]*$", re.IGNORECASE)
"""The text up to a point inside a relative clause: "..., who was dismissed in"."""


def aside_year(quote: str, answer: str) -> bool:
    """Whether every mention of the year of ``answer`` (a year or a date) in the sentence sits in an aside about
    something other than the sentence's subject: a bracket or a relative clause after its
    verb ("Marr, who joined the Varn Club (founded 1851) in 1870, became mayor": 1851;
    "Kelly succeeded Weis, who was dismissed in 2009": 2009). The year of the subject's own
    clause ("The Grotto, which was built in 1896, is a replica") stays."""
    year = re.search(r"\b\d{3,4}\b", answer)  # "1851", or the year of "November 2009"
    if year is None or year.group(0) not in quote:
        return False
    return _only_in_asides(quote, rf"(?<![\d,.]){year.group(0)}(?![\d,])")


_DATED_ASIDE = LazyPattern(
    # each try opens a stretch between stops, so the search stays linear in the sentence
    r"(?:^|(?<=[,;()]))(?P<noun>[^,;()]+?)(?:,\s+(?:(?:a|an)\s+[a-z]+(?:\s+[a-z]+)?\s+)?(?P<told>{deeds})"
    r"\s+[^,;()]{{0,30}}?,|\s*\((?P<bracketed>{deeds}|est\.|b\.)\s*[^()]{{0,30}}\))".format(
        deeds="founded|established|built|born|opened|created|formed|completed|erected|launched"
        "|incorporated|chartered"
    )
)
"""A noun and, set off by commas or brackets, when it was founded or born: "The Kell Band,
founded in 1911, ...", "its library (est. 1840)", "the chemist Ivo Brenn, born 1840,"."""


def side_detail_year(
    quote: str, answer: str, subjects: Collection[str], class_noun: str | None = None
) -> bool:
    """Whether every mention of the year of ``answer`` sits in an aside that dates a noun
    other than the document's subject, named by any of ``subjects`` or as "the" and its
    ``class_noun`` ("The Kell Wind Band, founded in 1911, is the oldest student club" in a
    document on Kell University): the sentence is about what the band is, and its founding
    is said in passing. Of the subject ("Kelby, founded in 1820, lies on the Orm", or with
    the class noun "town", "The town, founded in 1820, ...") the year is its own history."""
    year = re.search(r"\b\d{3,4}\b", answer)
    if year is None or year.group(0) not in quote:
        return False
    mentions = _year_mentions(year.group(0), quote)
    asides = [
        aside
        for aside in _DATED_ASIDE.finditer(quote)
        if not _names_the_subject(aside["noun"], subjects, class_noun)
    ]
    inside = [any(a.end("noun") < at < a.end() for a in asides) for at in mentions]
    return bool(mentions) and all(inside)


def _year_mentions(year: str, quote: str) -> list[int]:
    """Where the sentence writes the year as a figure of its own: not inside a longer figure
    ("21962", "1962,500"), but before a comma that goes on with the sentence ("in 1962, when
    ...")."""
    return [m.start() for m in re.finditer(rf"(?<![\d,.]){year}(?!\d|,\d)", quote)]


_COMPARAND_DATED = LazyPattern(
    r"\b(?:since|than|behind|like|unlike)\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){1,5}(?:in|of)\s+$"
)
"""The words before a year that dates the thing a record is compared with: "the smallest
school to reach the final since Brava in 1962", "more than Dorn in 1970"."""


def year_of_a_comparand(quote: str, answer: str) -> bool:
    """Whether every mention of the answer's year dates the name a comparison is made with,
    not the sentence's own event: in "Kell became the smallest school to reach the final since
    Brava in 1962" the year is Brava's, and Kell's is another."""
    year = _CITED_YEAR.search(answer)
    if year is None:
        return False
    mentions = _year_mentions(year.group(0), quote)
    return bool(mentions) and all(
        _COMPARAND_DATED.search(quote[max(0, at - 80) : at]) for at in mentions
    )


def _names_the_subject(noun: str, subjects: Collection[str], class_noun: str | None) -> bool:
    """Whether a noun phrase ends in the document's subject, as whole words: its name
    ("Kell University", not "the Kell University Band"), "it", or "the" and its class noun
    or a word of its name ("the university" in a document on the University of Orm)."""
    words = normalize(noun).split()
    if words == ["it"]:
        return True
    for subject in map(normalize, subjects):
        named = subject.split()
        if named and words[-len(named) :] == named:
            return True
        if len(words) >= 2 and words[-2] == "the" and words[-1] in (*named, class_noun):
            return True
    return False


def aside_count(quote: str, answer: str) -> bool:
    """Whether every mention of a count sits in an aside about something other than the
    sentence's subject, as ``aside_year`` tells: "Vell Rovers joined the league, which was
    founded by twelve clubs, in 1890" is about the Rovers, not how many clubs founded it."""
    figure = answer.strip()
    if not figure or (figure.isascii() and quote.isascii() and figure.lower() not in quote.lower()):
        return False  # of ASCII, a case-blind match is one of the lower-case texts
    return _only_in_asides(quote, rf"(?<![\w,.]){re.escape(figure)}(?![\w,])")


_GROWING_COUNTS = word_set(
    "wins victories titles championships trophies cups medals awards prizes members employees"
    " staff workers visitors tourists passengers students pupils alumni subscribers customers"
    " users readers inhabitants residents electors voters museums galleries libraries"
    " stores shops outlets restaurants hotels offices campuses institutes centers centres"
    " schools colleges"
)
"""Things whose number grows or shrinks as years pass: a count of them told as now is out of
date the day it is asked."""
_COUNT_ASKED_AS_NOW = LazyPattern(
    r"\bhow\s+many\s+(?:[\w-]+\s+){0,2}?(?P<noun>[\w-]+)\s+(?:does|do|is|are)\b"
    r"|\bhow\s+many\s+(?P<perfect>[\w-]+)\s+(?:has|have)\s+(?:(?!been\b)[\w’'.-]+\s+){1,6}?"
    r"(?:won|earned|gained|taken|claimed|received|collected|hosted|welcomed|attracted|opened"
    r"|served|enrolled|trained|produced|had)\b"
    r"|\b(?:has|have)\s+how\s+many\s+(?:[\w-]+\s+){0,2}?(?P<owned>[\w-]+)\b",
    re.IGNORECASE,
)
"""A count asked in the present or the present perfect: "How many museums does Kell have?",
"How many times has Kell FC won the cup?", "Kell has how many branches?"."""

_SET_BY_ITS_RULES = LazyPattern(
    r"\b(?:parliament|council|assembly|senate|house|board|committee|court|cabinet|commission"
    r"|jury|panel|chamber|legislature|congress|bench|tribunal|duo|trio|quartet|quintet|sextet"
    r"|septet|octet)\b",
    re.IGNORECASE,
)
"""Bodies whose number of members their rules or their name set, not the years."""
_OPENS_BRANCHES = LazyPattern(
    r"\b(?:bank|chain|company|firm|business|retailer|store|library|society|union|party|church"
    r"|association|network|brand|franchise)s?\b",
    re.IGNORECASE,
)
"""Bodies that open and close branches as years pass (a river's or a tree's stay)."""
_OWNER_OF_THE_COUNT = LazyPattern(
    r"\b(?:does|do)\s+(?P<owner>\S[^?]{0,120}?)\s+have\b",
    re.IGNORECASE,
)
"""The noun phrase that has the counted things ("the club on Court Street" of "does the club
on Court Street have"), bounded so a long question is read in linear time."""
_OWNER_CUT = LazyPattern(r"\s+(?:of|on|in|at|for|from|with)\s+", re.IGNORECASE)
"""Where a noun phrase's place or owner begins: "the club" of "the club on Court Street"."""


def _members_set_by_rules(question: str) -> bool:
    """Whether the members counted are of a body whose rules fix their number: the head of
    the noun phrase that has them, where the question names it ("the council of Kell"), and
    any body word otherwise ("How many members are on the council?")."""
    owner = _OWNER_OF_THE_COUNT.search(question)
    if owner is None:
        return _SET_BY_ITS_RULES.search(question) is not None
    # "the club on Court Street": the owner's head comes before its place or owner
    head = _OWNER_CUT.split(owner["owner"], maxsplit=1)[0].split()
    return bool(head) and _SET_BY_ITS_RULES.search(head[-1]) is not None


_YEAR_DECADE_OR_CENTURY = r"1\d{3}|20\d{2}|\d+(?:st|nd|rd|th)\s+century|(?:1\d|20)\d0s"
_DATED = LazyPattern(rf"\b(?:{_YEAR_DECADE_OR_CENTURY})\b", re.IGNORECASE)
"""A time that dates a count: a year, a decade or a century."""


def count_told_as_now(question: str) -> bool:
    """Whether a question asks a count that changes with time as of now, with no date: "The
    city has 12 museums" asked "How many museums does the city have?" is out of date the day
    a museum opens. Asked with the sentence's date ("As of 2010, how many ...?") it stays
    true; so does a count of what does not grow ("How many spans does the bridge have?")."""
    if _DATED.search(question):
        return False
    for asked in _COUNT_ASKED_AS_NOW.finditer(question):
        noun = (asked["noun"] or asked["owned"] or asked["perfect"]).casefold()
        if noun == "members" and _members_set_by_rules(question):
            continue  # "How many members does the council have?": a number its rules fix
        if noun == "branches" and _OPENS_BRANCHES.search(question):
            return True  # "How many branches does the Vell bank have?", not "... the Orm have?"
        if noun in _GROWING_COUNTS or (noun == "times" and asked["perfect"]):
            return True
    return False


_LEVEL = LazyPattern(
    r"%|\bper\s*cent\b|^(?:US)?[$£€¥]|\b(?:dollars|pounds|euros|cents|pence|yen)\b"
    r"|\b(?:a|per)\s+(?:pound|kilo|kilogram|ton|tonne|barrel|gallon|litre|liter|ounce|hour)\b",
    re.IGNORECASE,
)
"""A figure that is a price, a rate or a share: "$5 a pound", "12%", "40 dollars"."""
_CHANGES = word_set(
    "rise rises rose risen fall falls fell fallen plummet plummets plummeted drop drops dropped"
    " climb climbs climbed soar soars soared increase increases increased decrease decreases"
    " decreased reach reaches reached peak peaks peaked double doubles doubled jump jumps jumped"
    " slump slumps slumped decline declines declined grow grows grew grown surge surges surged"
    " stand stands stood"
)
_MARKET_MEASURES = word_set(
    "price prices fee fees tuition rent rents wage wages salary salaries income revenue"
    " revenues profit profits sales gdp output rate rates unemployment inflation tax"
    " taxes exports imports turnout"
)
"""Measures of an economy or a market, which move from year to year (a cost or a budget is
often of one thing, once: "The bridge cost $5 million")."""
_VOTES = word_set("vote votes voted voting ballot ballots polled")
"""A share of a vote, which is one election's: "59% of farmers voted for Orm" (when?)."""
_STANDING_RULE = word_set("must need needs needed required requires require")
"""Words of a rule that holds for every vote: "What share of the vote must a party win?"."""


_AFTER_ANOTHER_CLAUSE = LazyPattern(
    r",\s+(?:as|which|who|whom|whose|according|although|though|whereas|while)\b[^,;]*",
    re.IGNORECASE,
)
"""A clause after a comma that tells something else ("..., as Ivo Brenn showed in 1850"): a
year there dates that telling, not the figure, unless the figure is told there."""


def level_without_its_time(question: str, answer: str, sentence: str) -> bool:
    """Whether a price, rate or share is asked without the time it held: "The price plummeted
    to $5 a pound" asked "To what price did the cotton price plummet?" has an answer for one
    season only. It is unframed when the sentence dates it and the question lost the date,
    when it moved ("rose", "plummeted"), when it measures a market ("Warsaw produces 12% of
    the national income") or a vote ("52% of farmers voted for Orm": in which election?); a
    share of what does not move ("Water is 60% of the body") stays."""
    if not _LEVEL.search(answer) or _A_TIME.search(question):
        return False
    words = {word.casefold() for word in _WORD.findall(question)}
    figure_s_clauses = _AFTER_ANOTHER_CLAUSE.sub(
        lambda clause: clause[0] if answer in clause[0] else "", sentence
    )
    dated = _DATED.search(figure_s_clauses)
    votes = _VOTES if not words & _STANDING_RULE else frozenset()  # "must win 5% of the vote"
    return bool(dated or words & (_CHANGES | _MARKET_MEASURES | votes))


_CHOOSING = LazyPattern(
    r"\b(?:chosen|selected|picked|awarded|announced|named(?!\s+(?:after|for)\b)|voted"
    r"|nominated|designated)\b",
    re.IGNORECASE,
)
"""Verbs of choosing or announcing an event, which happens later than the choice ("named
after" or "named for" gives a name, and chooses nothing)."""
NEAR_YEARS = 5
"""Years this close to the key are a strong hint of it."""


def year_beside_its_event_s_year(question: str, answer: str) -> bool:
    """Whether a question asking a year names another year that gives it away or makes it a
    side detail: "In what year was Kell chosen to host the 2010 race?" asks when the choice
    was made, while the sentence's point is the race and its year; and a year a few years
    from the key ("the 2010 race" beside 2008) narrows the answer to a handful of years."""
    year = re.fullmatch(r"\s*(\d{3,4})\s*", answer) or re.search(r"\b(\d{4})$", answer.strip())
    if year is None:
        return False
    key = int(year.group(1))
    others = [int(found) for found in _YEAR.findall(question) if int(found) != key]
    if not others:
        return False
    return _CHOOSING.search(question) is not None or any(
        abs(other - key) <= NEAR_YEARS for other in others
    )


_PLACE_OF_A_MEASURE = LazyPattern(
    r"\b(?i:as)\s+(?:it|they|the\s+[a-z]+)\s+(?:nears?|approach(?:es)?|enters?|reach(?:es)?|leaves?"
    r"|pass(?:es)?|crosses?|neared|approached|entered|reached|left|passed|crossed)"
    r"(?:\s+(?:the\s+)?[\w'’-]+){1,3}"
    r"|\b(?i:at)\s+(?:its|their|the)\s+(?:mouth|source|widest|narrowest|deepest|shallowest|highest"
    r"|lowest|peak|base|summit|centre|center|head|end|confluence|estuary|delta|surface|top)\b"
    r"|\b(?i:near)\s+(?:the\s+|its\s+|their\s+)?(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*|[a-z][\w'’-]+)"
    r"|\b(?i:in)\s+(?:the|its|their)\s+(?:(?:north|south)(?:-?(?:east|west))?ern|eastern|western"
    r"|upper|lower|central|middle|inner|outer)\s+(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
    r"|[a-z][\w'’-]+)"
    r"|\b(?i:at)\s+(?:that|this)\s+(?:point|place|time|stage|spot|depth|height|level)\b"
)
"""A phrase that says where or when a measure holds ("300 m wide as it nears the coast",
"20 cm per century in the northern Varn Sea", "at its mouth"): without it the figure is
stated of the whole."""


def drops_place_of_measure(quote: str, clause: str, start: int, end: int, question: str) -> bool:
    """Whether a figure at ``start``:``end`` of ``clause`` (a clause of the sentence ``quote``)
    is measured at a place or time the sentence names (``_PLACE_OF_A_MEASURE``) that the
    question leaves out: "The Orm is about 300 m wide as it nears the coast" asked as "How
    wide is the Orm?" states the width near the coast as the river's own. Only a phrase in
    the figure's part of the clause (between the commas around it) or opening the sentence
    counts: "At its mouth, the Orm is 300 m wide" places the width,
    "..., and it is 40 km long" does not."""
    segment_start = clause.rfind(",", 0, start) + 1
    segment_end = clause.find(",", end)
    segment = clause[segment_start : len(clause) if segment_end < 0 else segment_end]
    figure = clause[start:end]
    opening = quote.split(",", 1)[0].strip() if "," in quote else ""
    if not _PLACE_OF_A_MEASURE.fullmatch(opening):
        opening = ""  # not a phrase of place or time framing the whole sentence
    asked = {word.casefold() for word in _WORD.findall(question)}
    for scope in (segment, opening):
        for phrase in _PLACE_OF_A_MEASURE.finditer(scope):
            if figure in phrase.group(0):
                continue  # the figure is inside the phrase: what is asked
            words = {w.casefold() for w in _WORD.findall(phrase.group(0))} - _FUNCTION_WORDS
            if not words <= asked:
                return True
    return False


_HOW_MANY_WHAT = LazyPattern(r"\bhow\s+many\b(?:\s+(?P<next>[\w'’-]+))?", re.IGNORECASE)


def _no_noun_at(word: str | None, *, asked: bool) -> bool:
    """Whether ``word``, read after "how many", shows the count has no noun of what it
    counts: nothing, an auxiliary, a verb that is no noun too, or a preposition other than
    "of" ("How many arrived ...?", "How many in the town ...?")."""
    if word is None:
        return asked
    if not word[:1].islower():
        return False  # a name or a unit's symbol
    tags = word_tags(word)
    if word in AUXILIARIES or (tags and tags <= {"VERB", "AUX"}):
        return True
    return asked and word in _PREPOSITIONS


_WORDS_RIGHT_AFTER = LazyPattern(
    r"\s+(?P<verb>[\w'’-]+)(?:\s+(?P<next>[\w'’-]+)|\s*(?P<end>[.;!?]|$))?"
)


def _figure_as_subject(clause: str, start: int, end: int) -> bool:
    """Whether the figure at ``start``:``end`` stands alone before its verb: "over 2,000
    arrived in the port", "3,000 were living there". A verb form before a noun is read as a
    modifier ("77 named ranges"), one before a comma as a noun ("391 dams, most ..."), and a figure after "of" a noun ("a population of
    1,307,402") counts what that noun says."""
    before = [w for w in _WORD.findall(clause[:start]) if w.casefold() not in _HEDGES][-2:]
    if before[-1:] == ["of"] and not (before[:1] and before[0].casefold() in lexicon.DETERMINERS):
        return False
    following = _WORDS_RIGHT_AFTER.match(clause[end:])
    if following is None or not following["verb"][:1].islower():
        return False  # a comma or bracket: the figure ends a phrase ("magnitude 6, ...")
    verb = following["verb"]
    if verb in AUXILIARIES:
        return True
    tags = word_tags(verb)
    verb_only = bool(tags) and tags <= {"VERB", "AUX"}
    return verb_only and (following["end"] is not None or following["next"] in _PREPOSITIONS)


def count_without_its_noun(clause: str, start: int, end: int, question: str) -> bool:
    """Whether a count key (at ``start``:``end`` of ``clause``) is asked without saying what
    it counts: "Over 2,000 arrived in the port in 1850" (the sentence before says who) asked
    as "How many arrived in the port in 1850?" or as a blank counts nothing the learner can
    name. A question asks "how many" of a noun ("How many settlers arrived ...?", "How many
    of the monks ...?"); a blank (no ``question``) is judged by the figure's place in the
    sentence (``_figure_as_subject``)."""
    how_many = _HOW_MANY_WHAT.search(question)
    if how_many:
        return _no_noun_at(how_many["next"], asked=True)
    if question.strip():
        return False  # "What was the town's population ...?": the question names it
    return _figure_as_subject(clause, start, end)


def _only_in_asides(quote: str, pattern: str) -> bool:
    found = [m.start() for m in re.finditer(pattern, quote, re.IGNORECASE)]
    if not found:
        return False
    for at in found:
        before = quote[:at]
        bracket = before.rfind("(")
        if bracket > before.rfind(")"):
            lead = before[:bracket]
        elif relative := _RELATIVE_OPENING.search(before):
            lead = before[: relative.start()]
        else:
            return False
        if not any(
            is_finite_verb(word) or word.casefold() in _RELATIVE_WORDS
            for word in _WORD.findall(lead)[1:]
        ):
            return False  # the aside tells of the sentence's subject
    return True


_RELATIVE_WORDS = word_set("which who whom whose")


_SIDE_CLAUSE_OPENING = LazyPattern(
    r"(?:^|(?<=[\s,]))(?<!\ba )(?P<word>after|although|though|when|while|whereas)\s+",
    re.IGNORECASE,
)
"""A word that opens a side clause; "a while" is a stretch of time ("for a while")."""
_CLAUSE_STOP = LazyPattern(r"[,;:.(]")
_TRAILING_CLAUSE_STOP = LazyPattern(r"[;:]|\.\s")
_SAME_TIME = word_set("when while")
WHEN_KINDS = frozenset({"date", "year", "period"})
"""The kinds of answer that tell when."""


def in_a_side_clause(sentence: str, start: int, end: int, kind: str) -> bool:
    """Whether the key at ``start``:``end`` sits in a clause the sentence tells in passing:
    a relative clause after a comma ("Ivo Lund, who later became mayor of Orm, ...") or a
    clause with its own verb opening with "after", "although", "though", "when", "while" or
    "whereas" ("Orm sued Kell after it bought seed from Vell": the point is the lawsuit), or
    with a participle ("after meeting Ada at the Orm Festival, he was made director").
    The time of a "when" or "while" clause is the main clause's time too, so it stays.
    An opening that no comma closes at the sentence's start is a phrase of the main clause
    ("After the war Ivo bought the mill")."""
    before = sentence[:start]
    if _RELATIVE_OPENING.search(before):
        return True
    opening = None
    for found in _SIDE_CLAUSE_OPENING.finditer(before):
        opening = found
    if opening is None:
        return False
    if not before[: opening.start()].strip(" \"'“‘(") and "," not in sentence[opening.end() :]:
        return False  # "After the war Ivo bought the mill": an opening phrase, no clause
    # after the main clause's verb the clause runs to the sentence's end ("..., when they
    # took Kell, Ivo won at Orm, and ..."); before it, to its comma ("When Ivo died, ...")
    trailing = any(is_finite_verb(word) for word in _WORD.findall(before[: opening.start()]))
    stop = _TRAILING_CLAUSE_STOP if trailing else _CLAUSE_STOP
    if stop.search(before[opening.end() :]):
        return False
    if kind in WHEN_KINDS and opening["word"].casefold() in _SAME_TIME:
        return False
    told = _WORD.findall(before[opening.end() :])
    if told and told[0].endswith("ing") and "VERB" in word_tags(told[0]):
        return True  # "after meeting Ada at the Orm Festival": a clause without its subject
    rest = _CLAUSE_STOP.split(sentence[end:], maxsplit=1)[0]
    # the word right after the opening is no verb of a clause ("after leaving"), and one
    # read as an adjective ("after deceased clergyman Ivo Lund") makes it a preposition
    words = told[1:] + _WORD.findall(rest)
    return any(is_finite_verb(word) and "ADJ" not in word_tags(word) for word in words)


_DESCRIPTION_AFTER = LazyPattern(r",\s+(?:the|an?|one\s+of\s+the)\s")


def described_in_passing(quote: str, name: str, claim: str) -> bool:
    """Whether ``claim`` says of ``name`` what the sentence describes it as in an appositive,
    on the way to saying something else: "Frontex, the border agency of the union, has its
    seat in Vell" is about the seat, "It was made for Odo, the Bishop of Orm" about the
    making. After a copula the description is the point: "Vell is home to Orm Field, the
    busiest airport of the country"; and a claim of the main clause ("Ivo, a baker, was the
    first mayor") is no description."""
    found = whole_name(name).search(quote)
    opening = found and _DESCRIPTION_AFTER.match(quote, found.end())
    if found is None or not opening:
        return False
    description = re.split(r"[,;()]", quote[opening.end() :], maxsplit=1)[0].strip()
    if description.casefold() not in claim.casefold():
        return False
    verbs = [w for w in _WORD.findall(quote[: found.start()]) if is_finite_verb(w)]
    if not verbs or verbs[-1] not in _BE:
        return True
    after_be = quote[: found.start()].rsplit(verbs[-1], 1)[1]
    return past_participle(after_be.strip())  # "was made for Odo": a passive, no copula


_BE_AFTER = LazyPattern(r"\s+(?:is|are|was|were)\s")
_NAMING_BEFORE = LazyPattern(
    r"\b(?:is|are|was|were|called|known\s+as|termed|named|referred\s+to\s+as)\s+"
    r"(?:an?\s+|the\s+)?$"
)


def says_what_it_is(claim: str, start: int, end: int) -> bool:
    """Whether ``claim`` says what the term at ``start``:``end`` is or is called ("P is the
    set of ...", "... is called a reduction"), so that a clause telling it is a definition,
    the point of its own even inside a relative clause; "the regatta predates the football
    game" tells no such thing."""
    return bool(_BE_AFTER.match(claim, end) or _NAMING_BEFORE.search(claim[:start]))


_RANKED = LazyPattern(
    r"\b(?:is|are|was|were)\s+(?:one\s+of\s+)?(?:the|its|their)\s+"
    r"(?:(?:second|third|fourth|fifth)[- ])?(?P<rank>[a-z]+)\b"
)
_RANKING_WORDS = word_set("best worst most least first last only")


def ranks_among_its_kind(claim: str) -> bool:
    """Whether ``claim`` ranks its subject among all of its kind ("Orm is the deepest lake
    in Tarn", "... the second-busiest airport", "... the first mill of the valley"): a fact
    that stands on its own, however much in passing the sentence tells it."""
    ranked = _RANKED.search(claim)
    if ranked is None:
        return False
    return _ranking_word(ranked["rank"])


def _ranking_word(word: str) -> bool:
    """Whether the word ranks a thing among its kind: a superlative ("deepest"), "best",
    "first", "only"; "interest" or "west" rank nothing."""
    superlative = len(word) > 4 and word.endswith("est") and "ADJ" in word_tags(word)
    return superlative or word in _RANKING_WORDS


_BY_A_TIME = LazyPattern(
    r"\bby\s+(?:the\s+)?(?:(?:early|mid|middle|late|end\s+of(?:\s+the)?)[\s-]+)?$",
    re.IGNORECASE,
)


def deadline_time(kind: str, before: str) -> bool:
    """Whether a time key follows "by" ("By 1880, the college taught law"): it states a
    deadline, not when anything happened, and every later year would answer "By what year
    ...?" as truly."""
    return kind in WHEN_KINDS and _BY_A_TIME.search(before) is not None


_FOUNDED_BODY = LazyPattern(
    r"\b(?P<letters>[A-Z][A-Z&]{1,5})s?\s+(?:(?:was|were|is|are)\s+)?(?:first\s+|\w+ly\s+)?"
    r"(?:founded|established|incorporated|formed|created|chartered|organi[sz]ed|set\s+up)\b"
)


def unexplained_founding(question: str, kind: str, explained: Collection[str]) -> bool:
    """Whether the question asks when a body known only by letters the document never
    spells out (not one of ``explained``) was founded: "In what year was HHC founded?" is
    administrative trivia of a subject the learner cannot even name."""
    if kind not in ("year", "date", "period"):
        return False
    return any(
        found.group("letters") not in explained for found in _FOUNDED_BODY.finditer(question)
    )


_RELATIVE_NOW = (
    r"\b(?:recent|recently|lately|latest|upcoming|forthcoming"
    r"|(?<!the\s)(?:this|last|next)\s+(?:year|month|week|season|decade)"
    r"|(?:the|its|their)\s+(?:last|next|previous|most\s+recent)\s+(?:[a-z]+\s+)?"
    r"(?:elections?|conferences?|synods?|census|meetings?|assembly|congress|convention"
    r"|session|season|survey|poll|referendum|tournament|championships?|games|festival"
    r"|edition|general\s+conference))\b"
)
_TIME_SENSITIVE = LazyPattern(
    r"\b(?:current|currently|now|nowadays|today|presently|incumbent|as\s+of|to\s+date"
    r"|at\s+present|at\s+the\s+time\s+of\s+writing|(?:is|are|has|have)\s+already)\b"
    rf"|{_RELATIVE_NOW}",
    re.IGNORECASE,
)
"""Time told from the day of writing: "currently", "recent", "this year", "the last
election", "30 sites are already chosen" are true only when the document was written."""
_PLANNED = LazyPattern(
    r"\b(?:scheduled|planned|expected|(?<!\bon\s)set|(?:(?<=\bis\s)|(?<=are\s)|(?<=was\s)|(?<=were\s))due)"
    r"\s+to\b|\bwill\s+be\b"
    r"|(?<!\bthe\s)(?<!\ba\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bof\s)(?<!\bgood\s)"
    r"\b(?-i:will)\s+(?:(?:[a-z]+ly|also|soon|then|still|not|never|again|first)\s+)*"
    r"(?P<planned>[a-z]+)\b"
    r"(?=[^.;,]*\b(?:1\d{3}|20\d{2})\b(?!\s+[a-z]+s\b))",
    re.IGNORECASE,
)
"""A plan, told as it stood when the document was written: it may since have changed. Not
a film's set ("on set to film") nor a cause ("died due to the flood"). "Will" with a year
after it dates a plan ("will open in spring 2017"); without one it may state a rule ("the
regulations will have direct effect")."""
_NOW_AS_A_PLACE = LazyPattern(r"\bwhat\s+(?:is|was|are|were)\s+now\b", re.IGNORECASE)
""""in what is now Normandy" names a place by today's name: no fact that goes stale."""
_YEAR = LazyPattern(r"\b(?:1\d{3}|20\d{2})\b")
_SINCE_A_TIME = LazyPattern(r"\b(?:following|after|since)\b[^,;]*", re.IGNORECASE)
"""A time the present state follows ("Following repairs in 2000, the hall now seats 900"):
it dates what came before, not the state told as now."""


_NOT_THE_WRITERS_NOW = LazyPattern(r"\b[A-Z][\w&.-]*\s+Today\b|[“\"][^”\"]*[”\"]")
"""A name ("USA Today") or words quoted from someone ("our current moment"): neither tells
time from the day the document was written."""
_NOW_ASIDE = LazyPattern(r",\s+(?:currently|presently)\s+[^,;]*?\.?$")
"""A closing aside on who holds an office now ("... is the Governor, currently Ann Lee"): the
office is timeless, only the aside is not."""


_PAST_STATE = LazyPattern(
    r"\b(?:was|were)\s+(?:what|how\s+many|how\s+much)\b"
    r"|\b(?:what|how\s+many|how\s+much)\s+(?:[\w-]+\s+){0,3}?(?:was|were)\s*\?"
    r"|\bdid\s+(?:[\w’'-]+\s+){1,6}?(?<!\bto\s)(?:flow|lie|border|cover|stretch|extend|reach|belong"
    r"|consist|contain|run|drain|occupy|inhabit|live|have|hold|own|control|number|total"
    r"|employ|measure|cost|earn)\b",
    re.IGNORECASE,
)
"""A past state ("Which country did the river flow through?", "Rates were what
percentage?"): true only at a time the question must keep; not a state a deed aimed at
("did the guild decide to have a hall")."""
_PAST_STATE_VERB = LazyPattern(
    r"(?P<before>\b(?:[\w’'-]+\s+){0,2})(?:flowed|bordered|covered|stretched|extended|belonged"
    r"|consisted|contained|drained|occupied|inhabited|numbered|totalled|totaled|employed"
    r"|measured)\b",
    re.IGNORECASE,
)
_PASSIVE_BEFORE = LazyPattern(r"\b(?:is|are|be|been|being|am)\b|\b(?:a|an|the)\s+$", re.IGNORECASE)
""""is bordered", "is strictly contained": a present passive, no past state; nor "an
extended warranty", a participle that describes a noun."""


def _past_state(question: str) -> bool:
    if _PAST_STATE.search(question):
        return True
    return any(not _PASSIVE_BEFORE.search(m["before"]) for m in _PAST_STATE_VERB.finditer(question))


_A_TIME = LazyPattern(
    rf"\b(?:{_YEAR_DECADE_OR_CENTURY}|BC|BCE|AD|ago)\b"
    r"|\b(?:during|until|since|before|after|when|while|by\s+the\s+time|what\s+year"
    r"|what\s+century|what\s+decade|what\s+date)\b"
    r"|\b[\w-]+\s+(?:age|era|period|epoch|times|reign|dynasty|war|century|decade)\b",
    re.IGNORECASE,
)
"""A time a question is told at: a date as ``_DATED`` has it, an era ("BC", "the Tudor
age") or a word that asks or bounds a time ("what year", "during")."""


_NEGATED_MAIN_CLAUSE = LazyPattern(
    r"^(?:[^,]*,\s+)?(?:No|Neither|None)\b(?!\.|\s+longer\b)"
    r"|\b(?:was|were|is|are|had|has|have|did|does|do)\s+(?:[\w’'-]+\s+){0,3}?(?:not|never)\b"
    r"(?!-)(?!\s+only\b)"
    r"|\b(?:not|never)\b(?!-)(?!\s+only\b)(?!\s+[a-z]+ed\b)"
)
"""A question whose own clause is denied ("No full series was filmed in what year?", "In what
year did the mill not open?"). Not "No. 5", "No longer" (a change, which has its time), "not
only", a compound ("not-for-profit", "never-finished") nor a denied participle, which mostly
describes ("the first city not ruled by a king")."""
_RELATIVE_BEFORE_DENIAL = LazyPattern(
    r",\s+(?:who|which|whose)\b[^,?]*\b(?:not|never)\b[^,?]*,"
    r"|\b(?:that|which|who)\s+(?:[a-z]+\s+)??"
    r"(?:is|are|was|were|does|do|did|has|have|had|can|could)\s+(?:not|never)\b"
)


def asks_when_nothing_happened(question: str) -> bool:
    """Whether a question of a time asks when something did not happen: a thing fails to
    happen in many years, so no year is the one answer. A denial inside a relative clause
    only describes ("In what year did Orm, who never married, die?")."""
    if _RELATIVE_BEFORE_DENIAL.search(question):
        return False
    return _NEGATED_MAIN_CLAUSE.search(question) is not None


def _plan(match: re.Match[str]) -> bool:
    """Whether a ``_PLANNED`` match tells a plan: after "will", a verb's base form ("will
    open in 2027"), not a noun ("Will Smith", "the will of 1620")."""
    verb = match["planned"]
    return verb is None or base_verb(verb)


def timeless(sentence: str, question: str) -> bool:
    """Whether a fact stays true: a sentence that says "currently", "now", "incumbent", "as of"
    or "to date" ("The current premier is ...") goes stale, unless the question keeps the
    date the sentence gives ("As of 2011, how many ...?"). A plan ("scheduled to open in
    2018") is never asked: the date is the plan's, not a fact's."""
    if any(_plan(match) for match in _PLANNED.finditer(sentence)):
        return False
    if re.search(_RELATIVE_NOW, question, re.IGNORECASE):
        return False  # "Where did the last synod meet?": a question that itself goes stale
    if _past_state(question) and not _A_TIME.search(question):
        return False  # a state that may have changed since, told without its time
    said = _NOW_AS_A_PLACE.sub(" ", _NOW_ASIDE.sub("", sentence))
    said = _NOT_THE_WRITERS_NOW.sub(" ", said)
    if not _TIME_SENSITIVE.search(said):
        return True
    return any(year in question for year in _YEAR.findall(_SINCE_A_TIME.sub(" ", said)))


_COUNTED = LazyPattern(
    rf"\b(?P<figure>\d[\d,]*|{'|'.join(NUMBER_WORDS)})\s+(?P<noun>(?:[A-Za-z-]+\s+){{0,2}}?"
    r"[A-Za-z-]+s)\b",
    re.IGNORECASE,
)
_NOT_COUNTED = word_set("of and or in on at to by for from with as is are was were has have had")


def _count(figure: str) -> str:
    lower = figure.casefold().replace(",", "")
    return str(NUMBER_WORDS.get(lower, lower))


def _counted_head(noun: str) -> str | None:
    words = noun.split()
    if any(w.casefold() in _NOT_COUNTED for w in words):
        return None
    return words[-1].casefold()


_NAMED_WHOLE = LazyPattern(r"\s+(?:in|of|on|at)\s+(?:the\s+)?((?:[A-Z][\w-]*\s*)+)")
"""The named whole a count belongs to: "37 seats in the Upper House" counts seats of one body."""


_OWNER = LazyPattern(
    r"^(?:The\s+)?([A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*)*)\s+(?:has|had|have|is|was|are"
    r"|were|contains|contained|includes|included|holds|held|covers|covered|employs|employed)\b"
)
"""A name opening the sentence as what has the count: "Lund has 4,000 inhabitants"."""


def _whole(sentence: str, end: int) -> str | None:
    """What a count ending at ``end`` is a count of: the named whole after it, else the name
    the sentence opens with ("Lund has 4,000 inhabitants", "Tarn has 900")."""
    named = _NAMED_WHOLE.match(sentence, end)
    if named:
        return named.group(1).strip().casefold()
    owner = _OWNER.match(sentence)
    return owner.group(1).casefold() if owner else None


Counts = dict[str, set[tuple[str, str | None, frozenset[str]]]]
"""Per counted plural noun, each figure a document gives with the named whole it counts in and
the words before the noun ("public" of "1,548 public schools")."""


_SCALES = frozenset({"hundred", "thousand", "million", "billion", "trillion"})
_OF_WHAT = LazyPattern(r"\s+of\s+(?:the\s+)?([A-Za-z-]+)")


def _modifiers(noun: str, after: str) -> frozenset[str]:
    """The words that say which sort a count counts: before the noun, and what it is a count
    of ("tonnes of pears"); a scale ("3 million tonnes") is part of the figure, no sort."""
    words = {word.casefold() for word in noun.split()[:-1]} - _SCALES
    of_what = _OF_WHAT.match(after)
    if of_what:
        words.add(f"of {of_what.group(1).casefold()}")
    return frozenset(words)


def stated_counts(sentences: Iterable[str]) -> Counts:
    """Every count a document states, by the plural noun it counts: "seven metropolitan
    areas" and "eight Metropolitan Statistical Areas" give {"areas": {("7", None,
    {"metropolitan"}), ("8", None, {"metropolitan", "statistical"})}}; "37 seats in the Upper
    House" gives {"seats": {("37", "upper house", set())}}."""
    counts: Counts = {}
    for sentence in sentences:
        for match in _COUNTED.finditer(sentence):
            head = _counted_head(match["noun"])
            if head is not None:
                whole = _whole(sentence, match.end())
                scale = [w for w in match["noun"].split()[:-1] if w.casefold() in _SCALES]
                figure = " ".join([_count(match["figure"]), *scale])
                sort = _modifiers(match["noun"], sentence[match.end() :])
                counts.setdefault(head, set()).add((figure, whole, sort))
    return counts


def stated_two_ways(answer: str, after: str, counts: Counts, before: str = "") -> bool:
    """Whether the document counts the answer's noun with another figure too: "How many
    areas ...?" has no one answer when the document says seven in one place, eight in
    another. Counts in two named wholes ("37 seats in the Upper House", "12 seats in the
    Senate") are two facts, not one fact told two ways; so are counts of two sorts named by
    their words before the noun ("1,548 public schools", "489 Catholic schools"), while
    "seven districts" and "eight rural districts" may count the same thing. ``before`` is the
    sentence before the answer, which may name what has the count ("Lund has ...")."""
    found = _COUNTED.match(f"{answer}{after}")
    if found is None or found.end("figure") != len(answer):
        return False
    head = _counted_head(found["noun"])
    if head is None:
        return False
    figure, whole = _count(answer), _whole(f"{before}{answer}{after}", len(before) + found.end())
    sort = _modifiers(found["noun"], f"{answer}{after}"[found.end() :])
    if any(
        other != figure
        and (whole is None or where is None or where == whole)
        and (sort <= words or words <= sort)
        for other, where, words in counts.get(head, set())
    ):
        return True
    listed = re.match(r"\s*[,:]\s+([^;]+?)\.?$", after[found.end() - len(answer) :])
    if listed and re.search(r"\band\s", listed.group(1)):
        items = [i for i in re.split(r",\s*(?:and\s+)?|\s+and\s+", listed.group(1)) if i]
        return str(len(items)) != _count(answer)  # "four schools, A, B, C, D and E"
    return False


_LIST_OPENER = LazyPattern(r":|\b(?:such\s+as|including|includes|include|namely|among\s+them)\b")


def deep_in_list(sentence: str, answer: str) -> bool:
    """Whether the answer is the third item or later of a list ("...: A; B; C", "such as A,
    B, C and D"): a learner is not expected to know which item came where."""
    at = sentence.find(answer)
    if at < 0:
        return False
    before = sentence[:at]
    if before.count(";") >= 2:
        return True
    openers = list(_LIST_OPENER.finditer(before))
    if not openers:
        return False
    inside = before[openers[-1].end() :]
    return len(re.findall(r"[,;]", inside)) >= 2 and not _has_clause(inside)


_COUNTED_THEN_LISTED = LazyPattern(
    r"(?P<noun>(?:\s+[A-Za-z][\w’'-]*){1,6}?):\s+(?P<items>[^:]+?)\s*\.?\s*$"
)
"""A count's noun and, after a colon, the list that runs to the end of the sentence: "three
sectors: buildings, roads and industry"."""
_CLAUSE_BEFORE_LIST = LazyPattern(r"\b(?:that|which|who|whom|whose|where|when)\b")
"""A relative clause between the count and its list: "three types of movement that are used
in capturing prey: they may ..." lists what the clause says, not what the count counts."""
_EXAMPLES_ONLY = LazyPattern(r"\b(?:including|such\s+as|e\.g|etc|among|others)\b|\.\.\.|…")
"""A list that gives only examples of what was counted."""
_LAST_JOIN = LazyPattern(r"\s+(?:and|or|as\s+well\s+as)\s+")
MAX_LISTED_COUNT = 10


def counts_its_own_list(text: str, start: int, end: int, source: str) -> bool:
    """Whether a count at ``start``:``end`` of ``text`` is the size of the list the sentence
    gives right after it, after a colon ("It has three parts: a head, a stalk and a thread"):
    the items are the point, and "How many parts does it have?" asks a learner to count a list
    instead of knowing it. Only a list whose items, in ``source`` (the sentence as written),
    number exactly the count is the count's own, not a detail of it."""
    value = number_value(text[start:end])
    if value is None or not 2 <= value <= MAX_LISTED_COUNT:
        return False
    colon = text.find(":", end)
    if colon < 0 or _CLAUSE_BEFORE_LIST.search(text, end, colon):
        return False
    counted = text[end:colon]
    at = source.find(text[start:end] + counted + ":")
    if at < 0:
        return False
    written = _COUNTED_THEN_LISTED.match(source, at + end - start)
    if written is None or _EXAMPLES_ONLY.search(written["items"]):
        return False
    return _list_size(written["items"]) == value


def _list_size(items: str) -> int | None:
    """How many items a list names: "A, B and C", "A; B; and C", "A and B" (None when it cannot
    be told, as when the last part joins two items with two "and"s)."""
    if "(" in items or ")" in items:
        items = re.sub(r"\s*\([^()]*\)", "", items)
    separator = ";" if ";" in items else ","
    parts = [part.strip() for part in items.split(separator)]
    if any(not part for part in parts):
        return None
    last = parts[-1]
    if len(parts) > 1 and re.match(r"(?:and|or)\s", last):
        return len(parts)
    joins = len(_LAST_JOIN.findall(last))
    return len(parts) + 1 if joins == 1 else None


_COUNT_ITEM = r"\d[\d,.]*(?:\s+[A-Za-z][\w’'-]*){1,4}?"
"""A count and what it counts: "1,548 public schools"."""
_COUNT_LIST = LazyPattern(rf"{_COUNT_ITEM}(?:,\s+{_COUNT_ITEM})+,?\s+(?:and|or)\s+{_COUNT_ITEM}\b")


def later_count_in_list(sentence: str, answer: str) -> bool:
    """Whether the answer is the second count or a later one of a run of three or more ("1,548
    public schools, 489 Catholic schools and 214 independent schools"): the first is worth
    knowing, the rest are trivia a learner is not expected to recall."""
    if answer not in sentence:  # a plain test first: no pattern compiled for most answers
        return False
    found = re.search(rf"(?<![\w,.]){re.escape(answer)}(?![\w])", sentence)
    if found is None:
        return False
    return any(run.start() < found.start() < run.end() for run in _COUNT_LIST.finditer(sentence))


def _has_clause(text: str) -> bool:
    return any(is_finite_verb(w) for w in _WORD.findall(text))


_TOLD_EVENTS = word_set(
    "crisis war strike invasion merger reform revolution uprising rebellion revolt siege battle"
    " campaign election occupation coup boycott blockade embargo famine epidemic pandemic"
    " depression recession massacre scandal referendum riot treaty"
)
"""Events a text tells of by a common noun ("the crisis", "the strike"). One in a title names
the subject only as its head ("1977 fuel crisis"); in "Reform Party of Vessia", "the reform"
is some reform the question never names."""
_STOP = word_set("the a an of and or in on at to for by with from de la le von van der del du des")


def _stem(word: str) -> str:
    return word.casefold()[:5]


_DERIVING_ENDINGS = tuple(
    word_set(
        "s es ed d ing er ers y ly al ial ic ical ion ions ation ations ment ments ness ous ive"
        " ist ists ism ity ize ise ized ised en ern ish ese ian n dom hood ship"
    )
)
"""Endings that make one word of a family from another: "heat" → "heated", "evaporate" →
"evaporation", "salt" → "salty"."""


@lru_cache(maxsize=65536)
def _same_family(word: str, other: str) -> bool:
    """Whether two words (cased down) are of one family: inflections of one word ("dried",
    "dry"), a derivation by an ending ("evaporate", "evaporation"; "salt", "salty"), or a
    long shared opening ("evaporates", "evaporation"). "Port" and "portrait" share only
    letters."""
    keys, other_keys = _word_keys(word), _word_keys(other)
    if keys & other_keys:
        return True
    for one in keys:
        for two in other_keys:
            short, long = sorted((one, two), key=len)
            if len(short) >= 3 and any(
                long in (short + ending, short.removesuffix("e") + ending)
                for ending in _DERIVING_ENDINGS
                if len(ending) > 1 or len(short) >= 4  # "man" and "many" are no family
            ):
                return True
            if same_root(one, two, 5):
                return True
    return False


def gives_away(prompt: str, answer: str) -> bool:
    """Whether the prompt shows the answer or part of it ("High German" in a question whose
    answer is "Low German"), or a word of a common word's family ("evaporates" for
    "evaporation", "heated" for "heat"); the noun of "which lake" does not count, but a name's
    word after "what" does ("What Aurea ...?" of a key cut from "Porta Aurea" shows half)."""
    body = re.sub(r"\b(?:[Ww]hich|[Ww]hat)\s+(?:[a-z][\w-]*)", " ", prompt)
    words = [w.casefold() for w in _WORD.findall(body) if w.casefold() not in _STOP]
    shown = {_stem(w) for w in words}
    capitals = [w for w in _WORD.findall(answer) if w[:1].isupper() and w.casefold() not in _STOP]
    initials = "".join(w[0] for w in capitals)
    if len(capitals) >= 2 and re.search(rf"\b{initials}\b", body):
        return True  # "Sky UK" in a question whose answer is the United Kingdom
    for word in _WORD.findall(answer):
        lower = word.casefold()
        if lower in _STOP or (len(lower) < 3 and not word.isdigit()):
            continue
        if _stem(word) in shown:
            return True
        if word.isalpha() and word.islower() and any(_same_family(lower, w) for w in words):
            return True  # of a name, only its own words count: mines are a mining firm's
    return False


_WH_NOUN = LazyPattern(r"\b(?:[Ww]hat|[Ww]hich)\s+(?P<noun>[a-z-]+)\b")
_TIME_NOUNS = word_set("year years decade century era age period month day season millennium")


def half_given_by_its_noun(question: str, answer: str) -> bool:
    """Whether a common key repeats the noun its "what"/"which" asks by, leaving the learner
    only a modifier to add: "What term did the reeve serve?" keyed "two-year term", "What
    bondage did the lords impose?" keyed "debt bondage". A name ("Which league ...?" keyed
    "Hanse League") and a time ("Until what century ...?") are told apart by more than their
    noun."""
    asked = _WH_NOUN.search(question)
    words = answer.split()
    if asked is None or len(words) < 2 or not answer[:1].islower():
        return False
    if asked["noun"] in _TIME_NOUNS or any(ch.isdigit() for ch in answer):
        return False
    nouns = {asked["noun"], *lemmas_as(asked["noun"], "NOUN")}
    head = words[-1].casefold()
    return bool(nouns & {head, *lemmas_as(head, "NOUN")})


_FRAMING_COUNT = LazyPattern(
    r"^(?:In\s+|By\s+|On\s+|Under\s+)?(?i:how)\s+many\s+"
    r"(?:(?P<noun>manners|senses|meanings|respects|aspects|definitions)\b"
    r"|[^?]*\b(?:is|are|was|were|be|been)\s[^?]*?\b"
    r"(?P<verb>described|defined|characteri[sz]ed|viewed|understood|interpreted|conceived"
    r"|explained|discussed)\b(?!\s+(?:as|to)\b))"
)
"""A count of the ways a thing is described; not of things described to be so, which the
count's sentence reports ("were understood to have died")."""


def frames_the_document(question: str) -> bool:
    """Whether a count asks how a document frames its subject rather than a fact of it: "In
    how many manners is teaching described?", "How many aspects does the essay stress?". The
    number of ways an author chose to describe or sort a thing is trivia about the text."""
    return _FRAMING_COUNT.search(question) is not None


_CALLED_BARE = LazyPattern(
    r"^What\s+(?:is|was|are|were)\s+the\s+(?P<noun>(?:[a-z-]+\s+)?[a-z-]+)\s+called\?$"
)


def names_an_unsaid_thing(question: str) -> bool:
    """Whether a "What was the ... called?" question names its thing only by a bare common
    noun ("What was the index called?", "What was the prize called?"): which index, of
    whom, the learner cannot tell, and many names are true of some index."""
    return _CALLED_BARE.match(question) is not None


_WHO_IS_THE_TITLE = LazyPattern(r"^(?i:who)\s+(?:is|was|are|were)\s+the\s+")


def role_for_who_is(question: str, answer: str) -> bool:
    """Whether "Who is the ...?" is keyed a common noun rather than someone's name: "Who is
    the President of Vell?" keyed "mayor" turned "the mayor is called President" around, and
    "who is" asks whom the title names."""
    return _WHO_IS_THE_TITLE.match(question) is not None and answer.removeprefix("the ").islower()


_WHERE_OF_A_TOPIC = LazyPattern(
    r"^Where\b[^?]*?\b(?:deals?|dealt|dealing|discuss(?:es|ed)?|describe[sd]?|treats?|treated"
    r"|focus(?:es|ed)?|focused|concerns?|concerned|address(?:es|ed)?|explores?|explored"
    r"|depicts?|depicted|portrays?|portrayed|covers?|covered)\b"
)


_HEDGED_TOPIC = LazyPattern(
    r"\b(?:largely|primarily|mainly|mostly|chiefly|principally)\s+(?:deals?|dealt|dealing"
    r"|focus(?:es|ed)?|focused|concerns?|concerned|treats?|treated)\b"
)


def topic_gloss(question: str) -> bool:
    """Whether "where" asks what a work or a deed is about ("Where does the chronicle largely
    deal with famine?", "Where was the pact focused on settling trade?"): the place is part
    of the topic, a gloss copied from the text, not where anything happened. A topic told as
    "largely" or "primarily" so is the text's summary whatever is asked of it."""
    return (
        _WHERE_OF_A_TOPIC.match(question) is not None or _HEDGED_TOPIC.search(question) is not None
    )


_OF_ONE_OF_MANY = LazyPattern(r"^(?:What|Which \w+)\s+(?:is|was|are|were)\s+the\s+\w+\s+of\s+an?\s")
_SINGLES_OUT = LazyPattern(r"\b(?:that|which|who|whose|where)\b")


def of_one_of_many(question: str) -> bool:
    """Whether a question asks the site, seat or home "of a" thing ("What was the site of a
    dye works?"): of which one, it does not say, unless a relative clause singles it out."""
    return _OF_ONE_OF_MANY.match(question) is not None and not _SINGLES_OUT.search(question)


def shows_what_sets_the_term_apart(question: str, term: str, known: Collection[str] = ()) -> bool:
    """Whether a term's question shows a word of the term other than its head noun, or a form
    of it: "What is used to collect salt through evaporation?" for "evaporation pans" leaves
    the learner only "pans" to add. The head may be shown (the question names the kind of
    thing), and so may a tail of the term that names the kind ("the most basic Turing
    machine" for "deterministic Turing machine"). A definition ("What is ... called?", "What
    branch of ...?") may use its field's nouns ("a computational problem" for "problem
    instance") and the words the document's subject goes by, never another modifier ("solar
    heating" for "solar kiln"); the document's own subject is asked by its definition
    whatever words that shares."""
    words = [w.casefold() for w in _WORD.findall(term) if w.casefold() not in _STOP]
    if len(words) < 2 or all(word in known for word in words):
        return False
    genus = re.match(r"(?:What|Which)\s+(?P<genus>[a-z-]+)\b", question)
    defining = re.search(r"\bcalled\??$", question) is not None or bool(
        genus and "NOUN" in word_tags(genus["genus"]) and not finite_verb(genus["genus"])
    )  # "What branch of the theory of computation ...?": a definition too
    shown = [w.casefold() for w in _WORD.findall(question)]
    asked = " ".join(shown)
    for at, word in enumerate(words[:-1]):
        if defining and ("NOUN" in word_tags(word) or word in known):
            continue  # a definition names its field ("a computational problem") or subject
        if not any(_same_family(word, other) for other in shown):
            continue
        if f" {' '.join(words[at:])} " in f" {asked} ":
            continue  # "Turing machine": the kind the question names
        return True
    return False


_AGENT = LazyPattern(r"\bby\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+|de\s+|von\s+)?[A-Z][\w’'-]*)*")
_OPENERS = word_set(
    "what which who whom whose where when how the a an in on at by from to since during for with"
    " into onto under over after before prior until through across among between within about"
    " near of as one some many most few several each every local"
)


def anchored(
    question: str, known_nouns: Collection[str], *, figures: Literal["any", "years", "none"] = "any"
) -> bool:
    """Whether a question names what it is about: the document's subject ("Elbland" for
    the Elbe), a name, or a figure (``figures``: any, only a year, or none). The agent of a
    passive does not count unless it is the document's subject: "Which organisation was
    established by Napoleon?" names only who acted, and in an article on a river many answers
    would do. A measure does not place a
    count ("How many lines run over 760 mm track?"), and a year does not say which council
    "Prior to the 2006 election, which council had 44 members?" asks about."""
    body = _AGENT.sub(" ", question)
    if any(ch.isdigit() for ch in body) and (
        figures == "any" or (figures == "years" and _YEAR.search(body))
    ):
        return True
    known = {noun.casefold() for noun in known_nouns}
    for word in _WORD.findall(question):
        lower = word.casefold()
        if lower in known or any(lower.startswith(noun) for noun in known if len(noun) >= 4):
            return True  # the subject, even as the agent: "first awarded by the university"
    for index, word in enumerate(_WORD.findall(body)):
        if word[:1].isupper() and not (index == 0 and word.casefold() in _OPENERS):
            return True
    return False


def _with_singulars(words: set[str]) -> set[str]:
    """The words and the singulars of those that read as plurals ("Old Mills": "the mill"); a
    word in "-ss", "-is" or "-us" is singular already ("crisis", "campus")."""
    return words | {
        w[:-1]
        for w in words
        if w.endswith("s") and len(w) > 3 and not w.endswith(("ss", "is", "us"))
    }


_CLIPPED_FORMS = {
    "newspaper": "paper",
    "aeroplane": "plane",
    "airplane": "plane",
    "telephone": "phone",
    "bicycle": "bike",
    "omnibus": "bus",
    "photograph": "photo",
}
"""Nouns that English commonly cuts short, with the short form: a newspaper is "the paper"."""


def known_nouns(title: str, class_noun: str | None) -> set[str]:
    """The nouns the document's subject goes by: the lower-cased words of its title that are
    not function words, and the noun its first sentence files it under, each with its common
    short form ("paper" of "newspaper")."""
    words = _with_singulars(
        {w.casefold() for w in _WORD.findall(title) if w.casefold() not in _STOP}
    )
    # "Battle of Orm", "Crisis in Kell", "The Orm Wars": the head names the subject itself
    head = _WORD.findall(re.split(r"\s+(?:of|in|at|on)\s+|\s*\(", title)[0])[-1:]
    words -= _TOLD_EVENTS - _with_singulars({word.casefold() for word in head})
    if class_noun:
        words.add(class_noun.casefold())
    return words | {_CLIPPED_FORMS[word] for word in words if word in _CLIPPED_FORMS}


def unshared_nouns(known: Collection[str], texts: Iterable[str], title: str) -> set[str]:
    """The known nouns that only the document's subject goes by. A class noun the document
    also uses, lower-cased, as the head of another name in its prose ("the church" in a
    document on one church that also tells of the Church of Rome) no longer says which one a
    question means. A bare list item ("- Kiel Canal" under "See also") tells nothing of it."""
    subject = _without_determiners(title)
    prose = [t for t in texts if len(_WORD.findall(t)) > 4]
    words = " ".join(prose)
    kept = set(known)
    for noun in known:
        if not re.search(rf"\b{re.escape(noun)}s?\b", words):
            continue  # never a common noun here ("victoria"): a name, not a class
        name = rf"{re.escape(noun[:1].upper() + noun[1:])}s?"
        others = re.finditer(
            rf"(?:\b[A-Z][\w’'-]*\s+)+{name}\b|\b{name}\s+of\s+(?:the\s+)?[A-Z][\w’'-]*", words
        )
        names = [_without_determiners(m.group(0)) for m in others]
        if any(n.count(" ") and n not in subject and subject not in n for n in names):
            kept.discard(noun)
    return kept


def _without_determiners(name: str) -> str:
    """ "The State" → "State": a capital that opens a sentence makes no name."""
    words = name.split()
    while words and words[0].casefold() in _FUNCTION_WORDS | _STOP:
        words.pop(0)
    return " ".join(words)


_QUALIFIER = LazyPattern(
    r"\b(?:legally|officially|formally|nominally|technically|theoretically|traditionally"
    r"|customarily|historically|originally|initially|usually|typically|normally|generally"
    r"|often|sometimes|occasionally|mostly|reportedly|allegedly|supposedly|temporarily"
    r"|briefly|partly|partially|at\s+first|in\s+theory|in\s+practice|in\s+principle"
    r"|according\s+to|in\s+(?:its|their|the)\s+(?:upper|middle|lower)\s+(?:course|reaches)"
    r"|in\s+(?:winter|summer|spring|autumn)"
    r"|during\s+(?:the\s+)?[\w-]+(?:\s+(?:[\w-]+|of))*?\s+(?:age|era|period|war|reign|century"
    r"|season|winter|summer|dry|wet))\b",
    re.IGNORECASE,
)
"""Words that restrict when, where or in what sense a statement holds: "legally",
"traditionally", "according to ...", "in its lower course", "during the last ice age"."""
_RELEASED = LazyPattern(
    r"\b(?:released|issued|premiered|debuted|launched|aired|broadcast|published)\b", re.IGNORECASE
)
_MARKET = LazyPattern(
    r"\b(?:in|across|throughout)\s+(?:the\s+)?(?P<land>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)"
)
_WIDE_LANDS = frozenset({"Europe", "Asia", "Africa", "Oceania", "North America", "South America"})


def _market_dropped(question: str, scope: str, answer: str) -> bool:
    """Whether a question on a release drops the land its sentence puts the release in:
    "When was the single released by Orm Records?" of "was released by Orm Records on 8
    May 2013 in Vessia". A work comes out land by land, each on a day of its own."""
    if not _RELEASED.search(question):
        return False
    released = _RELEASED.search(scope)
    if released is None:
        return False
    for market in _MARKET.finditer(scope, released.end()):
        land = market["land"]
        if land not in lexicon.KNOWN_LANDS and land not in _WIDE_LANDS:
            continue
        if land not in question and land not in answer:
            return True
    return False


_JUDGED = LazyPattern(
    r"\b(?:considered|regarded|deemed|reputed|reckoned|believed\s+to|thought\s+to|said\s+to"
    r"|claimed\s+to|probably|possibly|perhaps|presumably|apparently|arguably)\b",
    re.IGNORECASE,
)
"""Words that make a statement someone's judgement or a guess ("is regarded as the finest",
"was probably built in 1340"): a question that drops them asks an opinion as fact."""
_EVALUATIVE = LazyPattern(
    r"\b(?:greatest|finest|masterpieces?|most\s+(?:important|influential|significant|beautiful"
    r"|admired|respected|impressive|remarkable|valuable)"
    r"|brilliant(?:ly)?|remarkabl[ey]|masterful(?:ly)?"
    r"|bold(?:ly)?\s+(?:statement|move|step|decision|stand|gesture|stroke)s?"
    r"|controversial\s+(?:move|step|decision|statement)s?"
    r"|clear\s+(?:sign|signal|message|indication)s?)\b",
    re.IGNORECASE,
)
"""An author's praise or verdict ("the finest church", "the most important poet", "a bold
statement", "a clear sign of his zeal"): a judgement, no fact a learner can recall as true.
Fame ("the most famous work") is a fact about a work's renown."""


def judged(question: str) -> bool:
    """Whether a question asks an author's judgement as fact ("Which is the finest church in
    Vell?"); one that says whose view it is ("... regarded as the finest ...") asks a fact
    about that view."""
    return _EVALUATIVE.search(question) is not None and _JUDGED.search(question) is None


def _judgement_word(phrase: str) -> str:
    """ "regarded" → "regard", "believed to" → "believ": the stem a question keeps when it
    keeps the judgement, in any inflection ("did critics regard ...")."""
    word = phrase.split()[0].casefold()
    return word[:-2] if word.endswith("ed") else word


_ALSO = LazyPattern(
    r"\b(?:also(?!\s+(?:known|called|named|spelled|spelt|written|referred))|likewise|similarly|too(?=\s*[,.;]|\s*$)|as\s+well(?!\s+as))\b",
    re.IGNORECASE,
)
"""A deed shared with someone the sentences before name: the key is one answer of several."""
_POINTING_OPENING = LazyPattern(
    r"(?:In|At|During|Under|After|Before|By|From|With|For|Throughout)\s+"
    r"(?:this|these|that|those)\s+[a-z][\w\s-]{0,40}?(?=,)"
)
"""An opening phrase that restricts the sentence to something told before ("In these
original ventures,", "During that campaign,"): without it the claim says too much."""
_PURPOSE_OR_REASON = LazyPattern(
    r"(?:(?:In\s+order|So\s+as)\s+to\s+[a-z]+|To\s+(?P<verb>[a-z]+)"
    r"|Because|Since\s+(?:this|that|these|those)|Due\s+to|Owing\s+to|Thanks\s+to"
    r"|As\s+a\s+(?:result|consequence)|In\s+(?:response|reply|reaction)\s+to"
    r"|In\s+(?:defen[cs]e|support|justification)\s+of)\b[^,;]{0,120}(?=,)"
)
"""An opening clause that says what the sentence's deed was for or why it happened ("To
justify ordaining the first bishops, Calder cited ..."): it says what the deed is about, and
the rest ("Whose opinion did Calder cite?") is one of the many the person ever did."""
_OPENS_ON_TIME_OR_COUNT = LazyPattern(
    r"^(?:When|In\s+what\s+(?:year|decade|century|month)|How\s+(?:many|much)|About\s+how)\b"
)
"""A question whose opening asks a time or a count ("When", "In what year", "How many"): the
date or the number of what the sentence states holds whatever its lost opening restricted.
Narrower than ``_FIGURE_ASKED``, which also takes a measure or a figure asked mid-question."""
_GOING_VERBS = (
    "return go move travel flee retreat retire sail migrate relocate emigrate escape withdraw"
    " head march visit"
)
_MOTION = LazyPattern(
    rf"^Where\s+(?:(?:did|does|do)\s+.+?\s+(?:{_verb_forms(_GOING_VERBS, 'VB')})"
    rf"|(?:had|has|have)\s+.+?\s+(?:{_verb_forms(_GOING_VERBS, 'VBN')}))$",
    re.IGNORECASE,
)
_BARE_ROLE = LazyPattern(
    r"^Who\s+(?:became|was\s+(?:appointed|elected|made|named|ordained|consecrated|crowned))"
    r"\s+(?:a|an)\s+(?:[A-Z][\w-]*\s+){0,2}[a-z-]+(?:\s+in\s+\d{3,4})?$"
)
"""A role with no place or body ("Who became a Lutheran pastor?"): many did; of what?"""


def keeps_restrictions(
    sentence: str, question: str, answer: str, *, clause: str | None = None
) -> bool:
    """Whether the question keeps what restricts the truth of its sentence and says enough
    to have one answer. "Officially, the river is navigable from May" asked as "From when is
    the river navigable?" makes the key one answer of several; so does "Where did Anna
    return?" (from where, when?) or "Who became a bishop in 1735?" (a bishop of what?).
    A qualifier that holds the answer ("during which war ...") is what is asked. When the
    question comes from one ``clause`` of the sentence, the qualifiers that matter are that
    clause's and those opening the sentence, which frame all of it: "officially" in "X was
    officially made a colony in 1851 and became self-governing in 1855" says nothing of 1855."""
    asked = question.casefold()
    key = answer.casefold()
    scope = sentence
    if clause is not None:
        opening = sentence.split(",")[0]
        framing = not any(is_finite_verb(word) for word in _WORD.findall(opening))
        scope = f"{opening}, {clause}" if framing else clause  # "Legally, ..." frames all
    for qualifier in _QUALIFIER.finditer(scope):
        phrase = qualifier.group(0).casefold()
        if phrase.split()[0] == "during":
            phrase = "during"
        if phrase not in asked and key not in qualifier.group(0).casefold():
            return False
    if scope_lost(question, scope, answer):
        return False  # "the only instrument of the Orvan family" asked as "the only instrument"
    if _market_dropped(question, scope, answer):
        return False  # "When was the single released?": in Vessia, the sentence says
    for judgement in _JUDGED.finditer(scope):
        if not re.search(rf"\b{_judgement_word(judgement.group(0))}", asked):
            return False  # "X is regarded as the finest ..." asked as "the finest"
    if re.search(_RELATIVE_NOW, scope, re.IGNORECASE):
        return False  # "Recently, the synod opened ...": the opening the clause lost
    body = question.rstrip(" ?.")
    pointer = _POINTING_OPENING.match(sentence)
    dropped = pointer is not None and pointer.group(0).casefold() not in asked
    if dropped and not _OPENS_ON_TIME_OR_COUNT.match(body):
        return False  # "In these ventures, the Danes failed ...": only in those told before
    purpose = _PURPOSE_OR_REASON.match(sentence)
    if purpose and purpose["verb"] and "VERB" not in word_tags(purpose["verb"]):
        purpose = None  # "To many critics, ...", "To the north, ...": no purpose
    if purpose and purpose["verb"] == "date":
        purpose = None  # "To date, ...": so far, a time the question keeps or states
    if purpose and purpose.group(0).casefold() not in asked:
        return False  # "To justify ordaining the bishops, Calder cited ..." without its aim
    for reason in _ADVERB_OF_A_REASON.finditer(sentence):
        if re.search(rf"\b{reason['adverb']}\b", asked) and reason["reason"] not in asked:
            return False  # "What did the film partly use?" of "used X partly because ..."
    if not _OPENS_ON_TIME_OR_COUNT.match(body):
        unbracketed = None if clause is None else _BRACKETED.sub("", clause)
        if any(_told_in(unbracketed, sentence, also) for also in _ALSO.finditer(sentence)):
            return False  # "Anna also met the monks": who else did is told elsewhere
    if _MOTION.match(body) and not re.search(r"\bfrom\b|\d", body):
        return False
    return not _BARE_ROLE.match(body)


_APPOSED_TO_A_NOUN = LazyPattern(
    r"\b(?:the|a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,3}?(?P<noun>[a-z][a-z-]*)\s+$"
)
_NAMING_VERB_BEFORE = LazyPattern(
    r"\b(?:call|calls|called|name|names|named|rename|renamed|dub|dubbed|nickname|nicknamed)"
    r"\s+(?:the|a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,3}$"
)


def bare_what_beside_its_noun(asked: str, before: str) -> bool:
    """Whether a fronted bare "What" asks a name that stood after the common noun it names
    ("was given the design number A25" → "What was the tank given the design number?"): the
    noun stays behind with no slot for the answer; "which design number" or nothing. A
    naming verb's first object ("called the cove Orm Haven") is a thing the name is given."""
    if not re.match(r"^What\s+(?:did|does|do|was|were|is|are|has|have|had)\b", asked):
        return False
    found = _APPOSED_TO_A_NOUN.search(before)
    if found is None or _NAMING_VERB_BEFORE.search(before):
        return False
    noun = found["noun"]
    tags = word_tags(noun)
    plain_noun = noun not in AUXILIARIES and noun not in _PREPOSITIONS
    return plain_noun and "NOUN" in tags and finite_verb(noun) is None


_ADVERB_OF_A_REASON = LazyPattern(
    r"\b(?P<adverb>partly|largely|mainly|mostly|chiefly|primarily|solely|only|simply)\s+"
    r"(?P<reason>because|due\s+to|owing\s+to|thanks\s+to|since)\b"
)
"""An adverb that restricts a reason ("used it partly because ..."): without the reason,
the adverb seems to restrict the deed ("What did the film partly use?")."""
_BRACKETED = LazyPattern(r"\([^()]*\)|\[[^\[\]]*\]")
"""An aside in brackets, which a clause asked about leaves out."""


def _told_in(clause: str | None, sentence: str, word: re.Match[str]) -> bool:
    """Whether the ``word`` of the sentence belongs to the clause asked about (given without
    its bracketed asides): the words around it, with the word or without it, are the
    clause's own. The "also" of "Orm settled in Lund, and also built a port" is the port's,
    not the settling's."""
    if clause is None:
        return True
    before = _WORD.findall(_BRACKETED.sub("", sentence[: word.start()]))[-2:]
    after = _WORD.findall(_BRACKETED.sub("", sentence[word.end() :]))[:2]
    if not before and not after:
        return True
    lead = r"\W+".join(re.escape(part) for part in before)
    tail = r"\W+".join(re.escape(part) for part in after)
    said = re.escape(word.group(0))
    if not lead:
        around = rf"(?:{said}\W+)?{tail}"
    elif not tail:
        around = rf"{lead}(?:\W+{said})?"
    else:
        around = rf"{lead}(?:\W+{said})?\W+{tail}"
    return re.search(rf"\b{around}\b", clause, re.IGNORECASE) is not None


_ASKED_FOR = LazyPattern(
    r"\b(?:which|what)\s+[\w-]+|\b(?:who|whom|whose|where|when|how\s+(?:many|much))\b",
    re.IGNORECASE,
)
"""The wh-phrase of a question, with the sort it names ("which country"): what is asked for,
not what the question says of it."""


_VAGUE = word_set("early date later soon eventually subsequently afterwards once ever already even")
"""Words that place a deed in no particular time ("from an early date", "even before"): they
pin none of its answers, so another sentence need not repeat them to answer it too."""


@lru_cache(maxsize=65536)
def _word_keys(word: str) -> frozenset[str]:
    """A word and its lemmas ("began", "begin"): the same word in another inflection."""
    lower = word.casefold()
    return frozenset(
        {lower, *(lemma for lemmas in lexicon.all_lemmas(lower).values() for lemma in lemmas)}
    )


_ALIAS_CUE = (
    r"(?:(?:(?:also|often|sometimes|better|best|commonly|popularly|widely)\s+)?"
    r"(?:known(?:\s+professionally|\s+(?:to|in|among)(?:\s+the)?\s+[A-Z][a-z]+)?\s+as"
    r"|called)|(?:(?:also|often|sometimes)\s+)?(?:named|nicknamed))"
)
"""Words that give a name another name it goes by, the one people use most ("better known
as", "known professionally as") or in a people's or a language's own words ("known to the
Danes as", "known in Latin as"); never "later known as", a name it took later (a colony that
became another place is not that place), nor "best named", an honour ("widely named Woman of
the Year")."""
_ALIAS = (
    r"(?:[Tt]he\s+)?(?P<alias>[A-Z][\w’'-]*(?:\s+(?:(?:the|of|de|von|van|da|del)\s+)?"
    r"[A-Z][\w’'-]*)*)"
)
"""A name another name is said to go by: its capitalised words, "the" or "of" between them."""
_PHRASE_END = r"(?<![’']s)(?=\s*(?:[,;.)]|$))"
"""The end of a name that ends its phrase: a name that goes on in lower-case words is only the
start of one ("best known as Kell's first mayor", "Orm Radio presenter")."""
_ALIAS_AFTER = rf"\s*[,(]\s*{_ALIAS_CUE}\s+{_ALIAS}{_PHRASE_END}"
_ALIAS_BEFORE = rf"{_ALIAS}\s*[,(]\s*{_ALIAS_CUE}\s+"
_ALIASED = NameBeside(before=_ALIAS_BEFORE, after=_ALIAS_AFTER)
"""Another name given beside a name: "X, also known as Y", "Y, also called X"."""
_PART_CUE = LazyPattern(
    r"\b(?:here|there|locally|part|parts|section|stretch|segment|branch|arm|reach|course|"
    r"portion|upper|lower|middle|between|downstream|upstream|tributary)\b",
    re.IGNORECASE,
)
"""Words that tie a name to a part of a thing ("between the lakes the Velm, called the
Orrsee", "its upper course, known as ..."): a sentence holding one may name only that part."""


_NAME_RUN = LazyPattern(r"\b[A-Z][^\s?,;:]*(?:\s+[A-Z][^\s?,;:]*)+")
"""Capitalised words in a row ("the Orm Box"): a name another sentence must give whole, not
word by word ("the Orm Mini, a small box")."""


_BEFORE_AN_OBJECT = LazyPattern(r"\s+(?:(?:the|then|also)\s+)*")
"""What may stand between a verb and its object: "entered the Vell", "then entered"."""


def _objects_of_the_verb(sentence: str, words: Collection[str], values: Sequence[str]) -> list[str]:
    """The ``values`` that the sentence puts right after a verb of the question (``words``),
    "the" or "then" between them: in "the Orm traders began to enter Vell, then entered
    Tarland", both Vell and Tarland are what they entered."""
    verbs = {
        key
        for word in words
        if "VERB" in lexicon.all_lemmas(word) and not word[:1].isupper()
        for key in _word_keys(word)
    }
    written = [value for value in values if value in sentence]
    found: list[str] = []
    for match in _WORD.finditer(sentence):
        if not _word_keys(match.group(0)) & verbs:
            continue
        after = sentence[match.end() :]
        found += [
            value
            for value in written
            if any(  # no pattern compiled for each name: a long document's are thousands
                _BEFORE_AN_OBJECT.fullmatch(after, 0, at)
                and not word_goes_on(after, at + len(value))
                for at in occurrences(after, value)
            )
        ]
    return list(dict.fromkeys(found))


class Restatements:
    """A document's sentences, indexed by their words' lemmas, to find the sentences that
    say everything a question says of its answer of some other name."""

    def __init__(self, texts: Sequence[str]):
        self._texts = list(texts)
        self._where: dict[str, set[int]] = defaultdict(set)
        for index, text in enumerate(self._texts):
            for word in set(_WORD.findall(text)):
                for key in _word_keys(word):
                    self._where[key].add(index)

    def aliases(self, name: str) -> list[str]:
        """The other names a sentence says ``name`` goes by ("Harald Voss, also known as
        Harald the Stern", "Harald the Stern, also called Harald Voss"), in reading order."""
        words = [w.casefold() for w in _WORD.findall(name)]
        if not words:
            return []
        # from the smallest set: a common word of the name is in many sentences
        postings = sorted((self._where.get(word, set()) for word in words), key=len)
        found = postings[0].intersection(*postings[1:])
        texts = [
            self._texts[index]
            for index in sorted(found)
            if _ALIASED.written_beside(self._texts[index], name)
        ]
        if not texts:
            return []  # no other name given beside it: its patterns are not compiled
        escaped = re.escape(name)
        after = re.compile(rf"(?<![\w'-])(?<!’){escaped}{_ALIAS_AFTER}")
        before = re.compile(rf"{_ALIAS_BEFORE}{escaped}(?![\w'-])(?!’){_PHRASE_END}")
        forms: list[str] = []
        for text in texts:
            if _PART_CUE.search(text):
                continue  # the other name may be a part's: only a whole's is the same thing
            forms += [m["alias"] for m in after.finditer(text)]
            forms += [m["alias"] for m in before.finditer(text)]
        return [form for form in dict.fromkeys(forms) if form != name]

    def other_answers(
        self,
        prompt: str,
        quote: str,
        spellings: Collection[str],
        values: Iterable[str],
        *,
        beside_answer: bool = True,
    ) -> list[str]:
        """The ``values`` (names of the answer's kind) that a sentence other than ``quote``
        gives every content word of the question: "Who became a deacon?" from "Ana Holm
        became a deacon" has a second answer where "Per Lund became a deacon in Vell" is
        told as well; and those ``quote`` itself puts after a verb of the question ("Which
        land did the traders enter?" where they "entered Vell, then entered Tarland").
        ``spellings`` are the answer's accepted forms; a name sharing all its words with one
        of them, or named in the question, is the answer or its subject.
        Without ``beside_answer``, a sentence that names the answer too does not count: it
        retells the fact beside another time ("founded in 1120, rebuilt in 1402")."""
        asked = _ASKED_FOR.sub(" ", prompt)
        words = {
            w.casefold()
            for w in _WORD.findall(asked)
            if w.casefold() not in _FUNCTION_WORDS | AUXILIARIES | _VAGUE
            and (len(w) > 2 or w.isdigit())
        }
        if not words:
            return []
        shown = normalize(prompt)
        forms = [set(normalize(s).split()) for s in spellings]

        def other(value: str) -> bool:
            key = normalize(value)
            if not key or f" {key} " in f" {shown} ":
                return False
            return not any(set(key.split()) <= f or f <= set(key.split()) for f in forms)

        others: list[str] = []
        if beside_answer:
            in_quote = [value for value in values if value in quote]
            others += [v for v in _objects_of_the_verb(quote, words, in_quote) if other(v)]
        postings = sorted(
            (set().union(*(self._where.get(key, set()) for key in _word_keys(w))) for w in words),
            key=len,
        )
        found = postings[0].intersection(*postings[1:])
        own = normalize(quote)
        names = [re.sub(r"^(?:The|A|An)\s+", "", run) for run in _NAME_RUN.findall(prompt)]
        texts = [
            text
            for text in (self._texts[i] for i in sorted(found))
            if normalize(text) not in own and all(name in text for name in names)
        ]
        if not beside_answer:
            keys = [whole_name(s) for s in spellings]
            texts = [text for text in texts if not any(key.search(text) for key in keys)]
        for value in dict.fromkeys(values) if texts else ():
            if not any(value in text for text in texts) or not other(value):
                continue
            pattern = whole_name(value)
            if any(pattern.search(text) for text in texts):
                others.append(value)
        return list(dict.fromkeys(others))


_QUOTED = LazyPattern(r"[\"“”](?P<words>[^\"“”]{2,}?)[\"“”]")
_WHICH_ORDINAL = LazyPattern(rf"\bwhich\s+{_ORDINAL_WORD}(?![\w-])", re.IGNORECASE)
_HOW_MANY = LazyPattern(r"^How\s+(?:many|much)\b")
_GAP_PREPOSITIONS = word_set("for with in of by from to on at over under into among between")
_SHARED_AUXILIARY = word_set("is are was were has have had be been")
_COORDINATOR = word_set("and or but")
_PERSONAL_PRONOUNS = word_set("he she it they")


def faithful(sentence: str, clause: str, question: str, answer: str) -> bool:
    """Whether the question says what its sentence says, with nothing joined that the
    sentence keeps apart. ``clause`` is the simplified sentence the question was made from.

    A question may drop asides, never change what is quoted ("Tours are not free" asked as
    "... are a "Tours not free" campaign"), join a subject to the verb of another clause
    ("The war ended; the general was sent north" → "the war was sent"), make a shared
    passive active ("The hymn was written by Anna and sung in Rome" → "the hymn sang"),
    or lose the preposition of a count ("played it for four hands" → "How many hands did
    they play it?"), the head of an ordinal ("the third abbot" → "which third?") or the
    infinitive a name is the subject of ("pressed for Vell to join" → "for which town")."""
    squeezed = re.sub(r"\s+", " ", sentence)
    for quoted in _QUOTED.finditer(question):
        words = quoted.group("words").strip(" ,.;:!?")
        if words and words not in squeezed and not _title_put_in(quoted.group(0), clause):
            return False
    if _WHICH_ORDINAL.search(question):
        return False
    if question and _cut_at_a_full_stop(question.rstrip(" ?.")):
        return False  # every form, a definition's too: "Who was the dedicatee of X's Op?"
    named = answer.strip() in squeezed  # most answers are not written as the sentence has them
    key = re.escape(answer.strip())
    if named and _for_it_to(squeezed, answer.strip()):
        return False
    if named and _HOW_MANY.match(question):
        # the clause's own wording when it holds the count: "has a population of 900" is put
        # "has 900 inhabitants" on purpose, and asked "How many inhabitants does Orm have?"
        framed = clause if answer.strip() in clause else squeezed
        counted = re.search(rf"\b(?P<preposition>[a-z]+)\s+{key}\b(?P<unit>\s+[a-z]+)?", framed)
        if (
            counted
            and counted.group("preposition") in _GAP_PREPOSITIONS
            and not _a_length_of_time(counted.group("preposition"), counted.group("unit"))
        ):
            return False
    inverted = invert(clause)
    if _name_after_a_participle_subject(inverted, question):
        return False
    if _across_a_semicolon(squeezed, question, answer):
        return False
    return _subject_keeps_its_verb(squeezed, clause, inverted)


_DURATION_UNITS = word_set(
    "seconds minutes hours days weeks months years decades centuries seasons generations"
)


def _a_length_of_time(preposition: str, unit: str | None) -> bool:
    """Whether a count is a length of time, whose "for" a question drops: "served as mayor
    for twelve years" is asked "How many years did Ada serve as mayor?"."""
    return preposition == "for" and unit is not None and unit.strip() in _DURATION_UNITS


def _title_put_in(quoted: str, clause: str) -> bool:
    """Whether a quoted title in a question is the document's subject, which the clause the
    question was made from names in place of "the song", "the episode" ('"Tide Lines"
    premiered on ...' of "the episode premiered on ..."): no quotation was changed."""
    return quoted_title(quoted) and quoted in clause


_BE = word_set("is are was were")


def _across_a_semicolon(sentence: str, question: str, answer: str) -> bool:
    """Whether the question asks, with the words of one half of a sentence split by a
    semicolon, for an answer the other half gives: "In Orm, Ada plays the harp; in Vell,
    the lute" asked "Where does Ada play the harp?" → "Vell"."""
    halves = sentence.split(";")
    holding = [half for half in halves if answer in half]
    if len(halves) < 2 or len(holding) != 1:
        return False
    own = {word.casefold()[:5] for word in _WORD.findall(holding[0])}
    elsewhere = {
        word.casefold()[:5]
        for half in halves
        if half is not holding[0]
        for word in _WORD.findall(half)
    }
    strays = {
        word.casefold()[:5]
        for word in _WORD.findall(question)
        if len(word) > 3 and word.casefold() not in _FUNCTION_WORDS
    }
    return len((strays - own) & elsewhere) >= 2


def _name_after_a_participle_subject(inverted: Inverted | None, question: str) -> bool:
    """Whether the question puts a name right after an inverted subject that holds a
    participle: "The first fort built in Vell was Fort Orm in 1801" asked "In what year was
    the first fort built in Vell Fort Orm?" reads "was ... built" and runs two names on.
    ``inverted`` is the question's clause inverted."""
    if inverted is None or inverted.auxiliary.casefold() not in _BE:
        return False
    complement = _WORD.findall(inverted.rest)[:2]
    if not complement or not (complement[0][:1].isupper() or complement[0] == "the"):
        return False
    subject = _WORD.findall(inverted.subject)
    if not any(past_participle(word) and finite_verb(word) for word in subject[1:]):
        return False
    named = " ".join(complement[1:] if complement[0] == "the" else complement[:1])
    return f"{subject[-1]} {named}" in question or f"{subject[-1]} the {named}" in question


def _for_it_to(squeezed: str, name: str) -> bool:
    """Whether ``squeezed``, a sentence with its spaces single, has ``name`` as the subject of an
    infinitive after "for" ("pressed for (the) Vell to join"), read without a pattern per name."""
    for lead in ("for ", "for the "):
        phrase = f"{lead}{name} to "
        for at in occurrences(squeezed, phrase):
            after = at + len(phrase)
            if (at == 0 or not word_char(squeezed[at - 1])) and "a" <= squeezed[
                after : after + 1
            ] <= "z":
                return True
    return False


def _subject_keeps_its_verb(sentence: str, clause: str, inverted: Inverted | None) -> bool:
    """Whether the clause's subject meets its verb in the sentence with only an aside, or a
    coordinated predicate of the same voice, between them (``inverted``: the clause inverted)."""
    if inverted is None or not inverted.subject:
        return True
    subject = clause[: len(inverted.subject)]
    verb = clause[len(subject) : inverted.verb_end].split()
    if not verb or subject.casefold() != inverted.subject.casefold():
        return True
    found = whole_word_starts(subject, sentence, ignore_case=True)
    if not found:
        return True  # the clause names the subject another sentence gave ("It" replaced)
    rest = sentence[found[0] + len(subject) :]
    meets = (
        re.search(rf"(?<![\w-]){re.escape(verb[0])}(?![\w-])", rest) if verb[0] in rest else None
    )
    if meets is None:
        return True
    gap = rest[: meets.start()].strip()
    if not gap or (gap[0] in ",(—–-[" and gap[-1] in ",)—–-]" and ";" not in gap):
        return True  # nothing, or an aside: "Anna, a weaver, sold cloth"
    if ";" in gap:
        after = gap.rsplit(";", 1)[1].split()
        return bool(after) and after[0].casefold() in _PERSONAL_PRONOUNS  # "; she moved"
    words = gap.rstrip(",").split()
    if words[-1].casefold() in _COORDINATOR:
        return not _shares_a_passive(words[0], verb[0], clause[inverted.verb_end :])
    if _describes_the_subject(words):
        return True  # "Vela was a storm that struck Kell": the storm is Vela
    return not any(word.casefold() == "that" for word in words)  # "Anna thought that X was"


_RELATIVE_PRONOUNS = word_set("that which who")
_ARTICLES = word_set("a an the")
_NOT_A_PLAIN_COMPLEMENT = _PREPOSITIONS | word_set("of like about among as than")
"""Words that bring a second noun into a complement, which the relative clause after it
may describe instead ("the son of a smith who moved to Vell")."""


def _describes_the_subject(gap: list[str]) -> bool:
    """Whether the words between a subject and its clause's verb are a copula, its
    complement and the relative pronoun that makes the complement the verb's doer: in
    "Vela was a storm that struck Kell" the storm that struck is Vela. Only a plain
    complement: an article, then words with no second noun brought in by a preposition
    (``_NOT_A_PLAIN_COMPLEMENT``) and no comma; "was not a storm that" has no article next."""
    if len(gap) < 3 or gap[0].casefold() not in _BE or gap[1].casefold() not in _ARTICLES:
        return False
    if gap[-1].casefold() not in _RELATIVE_PRONOUNS:
        return False
    complement = gap[2:-1]
    return bool(complement) and all(
        _WORD.fullmatch(word) is not None and word.casefold() not in _NOT_A_PLAIN_COMPLEMENT
        for word in complement
    )


def _shares_a_passive(first: str, verb: str, after: str) -> bool:
    """Whether a predicate coordinated after "was <participle> ..." is passive as well: a
    participle that reads as a past tense, with no object after it ("was written by Anna
    and sung in Rome"), unlike "was made a colony and gained self-rule"."""
    if first.casefold() not in _SHARED_AUXILIARY or verb.casefold() in AUXILIARIES:
        return False
    if finite_verb(verb) is None or not past_participle(verb):
        return False  # "grew" is no participle; "produced" is both
    following = _WORD.match(after.strip())
    return following is None or following.group(0).casefold() in _PREPOSITIONS


_ASKER = r"(?:what|who|which(?:\s+[a-z][\w-]*){1,2})"
"""The wh-phrase of a subject question: "What", "Who", "Which school", "Which law school"."""
_STATE_ADVERB = (
    r"(?:(?:also|often|commonly|mainly|mostly|widely|usually|sometimes|generally|now|still"
    r"|typically|frequently|primarily|largely|traditionally)\s+)?"
)
_A_PART = (
    r"(?:examples?|instances?|members?|parts?|types?|kinds?|forms?|components?|elements?"
    r"|cases?|varieties|variety|pieces?|sections?|units?|branch(?:es)?)"
)
_MEMBER_ASKED = LazyPattern(
    rf"^{_ASKER}\s+(?:is|are|was|were)\s+{_STATE_ADVERB}(?:one\s+of|part\s+of|among"
    rf"|(?:an?|another)\s+(?:[\w-]+\s+){{0,3}}?{_A_PART}\s+of|{_A_PART}\s+of"
    r"|(?:included|contained|listed)\s+(?:in|among|on)\b)",
    re.IGNORECASE,
)
"""The wh-phrase as one member of a whole: "Which school is part of Harlow University?",
"What is an example of modern design?", "What is included in the festival?"."""
_PARTICIPANT_ASKED = LazyPattern(
    rf"^{_ASKER}\s+(?:(?:(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:also\s+|actively\s+|heavily\s+|deeply\s+|closely\s+)?(?:active|involved|engaged"
    r"|present))|(?:also\s+)?(?:took\s+part|takes\s+part|take\s+part|participated"
    r"|participates|competed|competes|fought))\s+in\b",
    re.IGNORECASE,
)
"""The wh-phrase as one who took part: "Who was active in the Catholic Summer School
movement?", "Who fought in the battle?": many did, the sentence named one."""
_MEMBER_IN_SITU = LazyPattern(
    rf"\b(?:an?|another)\s+(?:[\w-]+\s+){{0,3}}?{_A_PART}\s+of\b[^?]*\b(?:is|are|was|were)"
    r"\s+(?:what|which|who|whom)\b",
    re.IGNORECASE,
)
"""The same, asked in place: "A highly influential example of modern design is what?"."""
_PARTS_ASKED = LazyPattern(
    r"\b(?:include[sd]?|including|contain(?:s|ed)?|comprise[sd]?|features?|offers?"
    r"|encompass(?:es|ed)?|incorporate[sd]?)\s+(?:what|which)\b"
    r"|^(?:what|which(?:\s+[a-z][\w-]*){1,2})\s+(?:(?:do|does|did)\s+.+\s+(?:include|contain"
    r"|comprise|encompass|incorporate)|(?:do|does)\s+.+\s+(?:feature|offer))\b"
    r"(?!\s+(?:as|in|on|at|for|to|with)\b)",
    re.IGNORECASE,
)
"""The wh-phrase as one of the parts a whole holds: "What does the park include?", "The
menu features which dish?": the sentence named one of them. What was offered or featured
once ("What did the king offer Rollo?") is a deed, one thing."""
_USED_BY_WHAT = LazyPattern(
    rf"^{_ASKER}\s+(?:is|are|was|were)\s+{_STATE_ADVERB}(?:used|employed|utili[sz]ed|applied)"
    r"\s+(?:to|for|in|as|by|on|with)\b",
    re.IGNORECASE,
)
"""A tool asked by its use: "What is used to heat water?" (many things are)."""
_USED_FOR_WHAT = LazyPattern(
    r"\b(?:used|employed|utili[sz]ed)\s+(?:to|for|in|as)\s+(?:what|which)\b"
    r"|^(?:what|which\s+[\w-]+)\s+(?:is|are|was|were)\s+.+\s+(?:used|employed|utili[sz]ed)"
    r"(?:\s+(?:for|to\s+do|in|as))?$",
    re.IGNORECASE,
)
"""A use asked of a tool: "What is glass used for?" (it may have many uses)."""
_VAGUE_RELATION = LazyPattern(
    r"\b(?:relate[sd]?|relating|associated|linked|connected|tied)\s+(?:to|with)\b"
    r"|\b(?:involve[sd]?|concern(?:s|ed)?|deal(?:s|t)?\s+with|pertain(?:s|ed)?\s+to)\b",
    re.IGNORECASE,
)
"""A verb that says only that two things have to do with each other: "What relates to glass
in building?" is answered by anything about glass unless a name or a figure pins it."""
_ONE_OF_A_KIND = LazyPattern(
    r"\b(?:only|sole|first|last|main|chief|principal|largest|smallest|oldest|earliest|latest"
    r"|highest|tallest|longest|biggest|most|least|[a-z]{3,}est)\b",
    re.IGNORECASE,
)
"""A word that singles one thing out of its sort: "the only", "the first", "the largest"."""
_NOT_SUPERLATIVE = word_set(
    "interest forest harvest honest modest protest request arrest contest suggest invest digest"
    " manifest conquest priest southwest northwest midwest earnest tempest behest budapest"
    " bucharest everest"
)
"""Words ending in "est" that grade nothing."""
_WHICH_SORT = LazyPattern(r"\b[Ww]hich\s+(?P<sort>[a-z][\w-]*)\b")
_ONLY_PLACED = LazyPattern(
    r"^(?:(?:in|at|on|of|for|from|to|by|with)\s+)?which\s+[a-z][\w-]*\s+(?:is|are|was|were"
    r"|has|have|had|belongs?|belonged|lies|lay|stands?|stood|sits?|sat)\s+(?!the\b|an?\b)",
    re.IGNORECASE,
)
"""A "which <sort>" question whose relation only places or holds the answer ("Which school
is in the north?", "Which college has a library?"), no deed of its own."""
_BORDERS = LazyPattern(
    r"(?<!\bthe\s)\b(?:north|south|east|west|north-east|north-west|south-east|south-west)"
    r"(?:east|west)?\s+of\b",
    re.IGNORECASE,
)
"""A place told by its side of another ("lies south of Tarland"): the neighbour on that side
is one, unlike a place "in the north of Tarland", one of many there."""
_FIGURE_ASKED = LazyPattern(
    r"^when\b|\b(?:what|which)\s+(?:year|decade|century|month|date|day|period|era|percentage)s?\b"
    r"|\bhow\s+(?:many|much|long|far|old)\b",
    re.IGNORECASE,
)
"""A time, a count or a measure asked anywhere in the question ("In what year was ...", "how
long"): the one figure of a stated relation, never one member of many."""
_ONE_AMONG = LazyPattern(
    rf"^{_ASKER}\s+(?:is|are|was|were)\s+{_STATE_ADVERB}(?:one\s+of|among|amongst)\b"
    r"|\bone\s+of\b[^?]*\b(?:is|are|was|were)\s+(?:what|which|who|whom)\b",
    re.IGNORECASE,
)
"""The wh-phrase as one of several: "Which club is one of the oldest in the league?", "One
of the first teachers was whom?". The whole asked ("X is one of which group?") is one."""
_DESCRIBED = LazyPattern(r"\b(?:that|which|whose|who|whom|where)\s+\w")
_PINNING_WORDS = word_set(
    "i a an the of in on at to by for from with and or but as is are was were be been has have"
    " had do does did what which who whom whose where when how"
)


def _singles_out(body: str) -> bool:
    """Whether the question says its answer is the one of its sort: "the only", "the first",
    a superlative ("the largest port")."""
    return any(word.casefold() not in _NOT_SUPERLATIVE for word in _ONE_OF_A_KIND.findall(body))


def _pinned(body: str, known_nouns: Collection[str]) -> bool:
    """Whether the question names something beyond its wh-phrase: a word with a capital (not
    an opening "In", nor one of the ``known_nouns`` the document's subject goes by, which
    every question of the document shares), a figure or a quoted title. Stricter than
    ``anchored``, which the subject's own nouns satisfy."""
    if _QUOTED.search(body):
        return True
    known = {noun.casefold() for noun in known_nouns}
    for index, match in enumerate(_WORD.finditer(body)):
        word = match.group(0)
        lower = word.casefold()
        figure = any(ch.isdigit() for ch in word)
        opener = index == 0 and lower in _OPENERS
        capital = any(ch.isupper() for ch in word)  # "Orm", and "iPod"
        if figure or (capital and not opener and lower not in _PINNING_WORDS | known):
            return True
    return False


def one_answer(
    question: str,
    known_nouns: Collection[str] = (),
    sort_sizes: Mapping[str, int] | None = None,
    *,
    named: bool = False,
) -> bool:
    """Whether the question pins one defensible answer rather than one of many.

    Refused: the wh-phrase as one of many or one part of a whole ("Which school is part of
    Harlow University?", "What is an example of modern design?", "What does the park
    include?", "Who took part in the battle?"), a thing asked by its use ("What is used to
    heat water?"), a use asked of a thing or a vague relation with nothing but the
    document's own subject (``known_nouns``) to pin it ("What is glass used for?", "What
    relates to glass in building?"), a question that names nothing at all ("What have won
    the championship four times?"), and a "which <sort>" question that only places its
    answer ("Which school is in the north?") where the document names several of that sort
    (``sort_sizes``, by sort word: ``sort_members`` counted) and nothing but its subject pins the one meant. A
    question that singles its answer out ("the only", "the first", "the largest") or
    describes the member it asks for ("What is a type of problem whose answer is yes or no
    called?") pins it, and a time or a count of a stated relation is one figure. ``named``
    questions ask for a key term or a defined name, whose wording the term rules check:
    only the relation rules apply to them."""
    body = question.rstrip(" ?.")
    if _FIGURE_ASKED.search(body):
        return True  # "In what year was the dam used to ...?": one year
    if _ONE_AMONG.search(body):
        return False  # "Which club is one of the oldest ...?": so are others
    singled = _singles_out(body)
    member = _MEMBER_ASKED.match(body)
    described = member is not None and _DESCRIBED.search(body, member.end()) is not None
    one_of_several = _MEMBER_IN_SITU.search(body) or _PARTICIPANT_ASKED.match(body)
    if not singled and ((member and not described) or one_of_several):
        return False  # one member of many, which the sentence happened to name
    if not singled and _PARTS_ASKED.search(body):
        return False  # "What does the park include?": the sentence named one part
    if not singled and _USED_BY_WHAT.match(body):
        return False  # "What is used to heat water?": kettles, boilers, the sun
    pinned = _pinned(body, known_nouns)
    if _USED_FOR_WHAT.search(body) and not pinned:
        return False  # "What is glass used for?": for many things, unless a name pins one
    if _VAGUE_RELATION.search(body) and not pinned:
        return False  # "What relates to glass in building?"
    if named:
        return True
    if not anchored(body, known_nouns):
        return False  # "What have won the championship four times?": whose, where, when?
    which = _WHICH_SORT.search(body)
    crowded = which is not None and (sort_sizes or {}).get(which["sort"], 0) > 1
    placed = _ONLY_PLACED.match(body) is not None and not _BORDERS.search(body)
    return not (crowded and placed and not pinned and not singled)


def sort_members(
    names: Iterable[tuple[str, str]], sorts: Mapping[str, str]
) -> dict[str, dict[str, str]]:
    """The different names of each sort the document gives, by the sort word a "which"
    question would use (each name keyed by its normalized form, one wording of it kept):
    ``sorts`` as the document describes a name (keyed by the name cased down, "the abbey
    Orm"), else the name's own sort word ("Orm School", "School of Law")."""
    members: defaultdict[str, dict[str, str]] = defaultdict(dict)
    for kind, name in names:
        if kind in ("number", "year", "date", "period", "term", "person"):
            continue
        key = normalize(name)
        sort = (
            sorts.get(name.casefold())
            or sorts.get(key)
            or own_sort(name)
            or head_noun(name, kind)
            or organisation_sort(name)
        )
        if sort:
            members[sort].setdefault(key, name)
    return dict(members)


_ONLY_AT_A_NAME = LazyPattern(
    r"^(?:Which|What)\s+(?P<sort>[a-z][\w-]*)\s+(?:is|are|was|were)\s+(?:(?:now|still)\s+)?"
    r"(?:(?:based|located|situated|housed|hosted|found)\s+)?(?:at|in|on|within|inside|part\s+of)"
    r"\s+(?:the\s+)?(?P<place>[A-Z][\w’'-]*(?:\s+(?:(?:of|the|de|on|upon)\s+)*[A-Z][\w’'-]*)*)$"
    r"|^(?:Which|What)\s+(?P<owned>[a-z][\w-]*)\s+(?:belongs|belonged)\s+to\s+(?:the\s+)?"
    r"(?P<owner>[A-Z][\w’'-]*(?:\s+(?:(?:of|the|de|on|upon)\s+)*[A-Z][\w’'-]*)*)$"
)
"""A "which <sort>" question that only places its answer at a name, and says nothing else
of it: "Which college is based at Orm University?", "Which school belongs to Orm Abbey?"."""


def one_of_many_at(
    question: str, texts: Sequence[str], members: Mapping[str, Mapping[str, str]]
) -> bool:
    """Whether a "which <sort>" question that only places its answer at a name ("Which
    college is based at Orm University?") asks one of several things of that sort the
    document ties to that name: two or more ``members`` of the sort named in sentences
    (``texts``) that name it too, in one list or apart. A question that says more of its
    answer ("Which college was founded at Orm University in 1890?") may pin one."""
    placed = _ONLY_AT_A_NAME.match(question.rstrip(" ?."))
    if placed is None:
        return False
    names = members.get(placed["sort"] or placed["owned"], {})
    place = placed["place"] or placed["owner"]
    near = [text for text in texts if place in text]
    tied = {key for key, name in names.items() if any(name in text for text in near)}
    return len(tied) > 1


_STATE_VERBS = word_set(
    "be have rank remain lie stand include contain comprise account represent number total"
    " constitute form make dominate outnumber exceed locate situate base know call name"
    " consider regard"
)
"""Verbs that say how things stand in a setting ("In Vell, the order is the largest
school", "ranks first", "makes up a third"), not what happened there."""


def _a_deed_follows(clause: str) -> bool:
    """Whether the clause after an opening place tells a deed done there ("In Orm, seven
    mills burned", "the monks were offered land"), not a state the place scopes."""
    words = _WORD.findall(clause)
    for index, word in enumerate(words):
        if not is_finite_verb(word):
            continue
        if word.casefold() in AUXILIARIES:
            following = words[index + 1] if index + 1 < len(words) else ""
            if not past_participle(following):
                return False  # "is the largest school": how things stand
            word = following  # "were offered", "has grown": the participle tells it
        return not _lemmas_of(word.casefold()) & _STATE_VERBS
    return False


_SCOPE_OPENING = LazyPattern(r"^\W*(?:In|Across|Throughout|Within|Outside)\s+(?:the\s+)?$")
_HAPPENINGS = lexicon.EVENT_WORDS | word_set("Tour Tours Voyage Journey Visit")
"""Heads of names of things that happen: "in" after them says where they went on."""
_NAMED_THEN_IN = LazyPattern(r"(?P<name>[A-Z][\w’'-]*)\s+in\s+(?:the\s+)?$")
_NAMED_THEN_COMMA = LazyPattern(r"[A-Z][\w’'-]*,\s+$")
_NOUN_THEN_IN = LazyPattern(r"[^\W\d][\w’'-]*\s+(?:in|at)\s+(?:the\s+)?$")
_CLAUSE_BREAK = LazyPattern(r"(?<!\d),\s+|[;:]\s+|\b(?:and|but|while|whereas)\s+")
"""Where a clause may begin; not the comma of a date ("June 1, 2013")."""


_SECOND_NAME_ASKED = LazyPattern(
    r"^What\s+(?:is|was|are|were)\s+(?:the\s+)?(?P<name>[A-Z][\w’'-]*(?:\s+(?:(?:of|the|de)\s+)*"
    r"[A-Z\d][\w’'-]*)*)(?<!['’]s)(?:,[^?]*,)?\s+(?:(?:also|now|later|often|sometimes|commonly"
    r"|usually|officially|locally|popularly|formerly|still)\s+)?"
    r"(?:called|named|known\s+as|nicknamed|dubbed)\??$"
)
"""A name asked of a thing the question names itself ("What is Kell Road called?"): the
question's own name is as good an answer."""


def second_name_asked(question: str, answer: str, texts: Sequence[str]) -> bool:
    """Whether the question asks another name of a thing it names by a proper name ("What is
    Kell Road, from 1st to 9th Street, called?" → "Ada Marr Way"), where that other name is
    not what the document mainly calls it (it uses the asked name no more often than the
    question's): a co-name or a renaming is trivia, and the name in the question a
    defensible answer."""
    asked = _SECOND_NAME_ASKED.match(question)
    if asked is None or not answer.strip():
        return False
    name = asked["name"]
    return sum(text.count(answer) for text in texts) <= sum(text.count(name) for text in texts)


_WH_PHRASE = LazyPattern(
    r"^(?:(?P<preposition>[A-Z][a-z]+)\s+)?"
    r"(?:[Ww]hich\s+(?=(?P<sort>[a-z][\w-]*))[a-z][\w-]*|Who|Whom)\b(?P<after>.*)$"
)
"""A question opened by its wh-phrase: "Through which county ...", "Who ...". ``sort`` is
the whole word after "which", read ahead so that a hyphen ending it stays in it."""
_OBJECT_ASKED = LazyPattern(
    r"^\s+(?:does|did|do|is|was|are|were|has|had|have)\s+(?=(?:a|an|the)\s|[A-Z])"
)
_NAME_IN_QUESTION = LazyPattern(
    r"(?<![\w'-])(?<!’)[A-Z][\w’'-]*(?:\s+(?:(?:of|the|de)\s+)?[A-Z][\w’'-]*)*"
)
_STRANDED = LazyPattern(r"\b(?P<preposition>[a-z]+)\?$")
_CLAUSE_END = LazyPattern(r"[,.;:]")
_NEAR_SUBJECT_WORDS = 12
"""How far before its verb a rival may stand and still be its subject ("Per Lund, the mayor
of Orm, also attended ...")."""


_Reading = TypeVar("_Reading")


class Sentences:
    """A document's sentences, indexed by their words as written, to find at once those that
    hold every word of some names."""

    def __init__(self, texts: Sequence[str]):
        self._texts = list(texts)
        self._where: dict[str, set[int]] = defaultdict(set)
        for index, text in enumerate(self._texts):
            for word in set(_WORD.findall(text)):
                self._where[word].add(index)
        self._joined = "\n".join(self._texts)
        self._starts = list(
            itertools.accumulate((len(text) + 1 for text in self._texts), initial=0)
        )
        self._with: dict[str, list[int]] = {}
        self._read: dict[tuple[Callable[[str], object], str], object] = {}

    def with_any(self, parts: Iterable[str]) -> list[str]:
        """The sentences that hold one of ``parts`` anywhere, inside a word too ("Tarn" in
        "Tarnfield"), in reading order: a gate that reads only the sentences naming a doer
        reads a few, not every sentence of a long document for each question."""
        found = {index for part in parts for index in self._holding_part(part)}
        return [self._texts[index] for index in sorted(found)]

    def read(self, text: str, reading: Callable[[str], _Reading]) -> _Reading:
        """``reading(text)`` of one of the sentences, read once: a gate asked of each
        candidate reads the same few sentences again and again."""
        key = (reading, text)
        if key not in self._read:
            self._read[key] = reading(text)
        return self._read[key]  # type: ignore[return-value]

    def _holding_part(self, part: str) -> list[int]:
        """The indices of the sentences holding ``part``, found once in the whole text, each
        search going on from the sentence after the last one found."""
        if part not in self._with:
            indices = []
            at = self._joined.find(part) if self._texts else -1
            while at >= 0:
                index = bisect_right(self._starts, at) - 1
                if part in self._texts[index]:  # not a match across two sentences
                    indices.append(index)
                at = self._joined.find(part, self._starts[index + 1])
            self._with[part] = indices
        return self._with[part]

    def holding(self, names: Sequence[str]) -> list[str]:
        """The sentences that hold each of ``names`` whole, in reading order."""
        postings = sorted(
            (self._where.get(word, set()) for name in names for word in _WORD.findall(name)),
            key=len,
        )
        if not postings:
            return []
        found = postings[0].intersection(*postings[1:])
        return [
            text
            for text in (self._texts[index] for index in sorted(found))
            if all(name in text for name in names)
        ]


_ASKED_TIME = LazyPattern(
    r"^(?:(?:In|On|By)\s+what\s+(?:year|date|month)|When)\s+(?P<after>[^?]+)\?$"
)
_INDEFINITE_OBJECT = LazyPattern(
    r"(?P<verb>[a-z][\w-]*)\s+(?:[a-z]+ly\s+)?(?:a|an)\s+(?:[a-z][\w-]*\s+){0,3}?"
    r"(?P<compound>(?:[a-z][\w-]*\s+)?)(?P<head>[a-z][\w-]*)"
    r"(?=\s+(?:with|from|to|for|by|in|on|at|against|of|over|during)\b|\s*$)"
)
"""What a question asks the time of when that is one of a kind, an indefinite object of a
verb: "receive a contract extension", "sign a new deal with Kell"."""
_BEING_VERBS = word_set("is are was were be been being become became remain remained")
_NAMES_ASKED_OF = LazyPattern(r"[A-Z][\w’'.-]*(?:\s+(?:of\s+|de\s+)?[A-Z][\w’'.-]*)*")


def event_told_again(question: str, answer: str, own: str, sentences: Sentences) -> bool:
    """Whether a question asks the time of one of a kind of event, the indefinite object of
    its verb ("In what year did Tarn receive a contract extension?"), that another sentence
    tells again of the same names without the answer's year ("Tarn was given a one-year
    contract extension"): two times are defensible, and the other may be unknown, so no
    options can leave it out (a deed dated twice by one verb is left to ``Restatements``).
    The other sentence names each of the question's names (by its last word, "Tarn" for "Ivo
    Tarn") and has the event's noun, with the word before it, as the object of a verb that
    acts, not a state ("Orm is a state university")."""
    asked = _ASKED_TIME.match(question.strip())
    year = _CITED_YEAR.search(answer)
    if asked is None or year is None:
        return False
    verb = _main_verb(asked["after"], asked_object=False)
    event = _INDEFINITE_OBJECT.search(asked["after"])
    if verb is None or event is None or event["verb"].casefold() not in verb:
        return False  # "founded following a reform": not what was done
    names = [
        re.compile(rf"\b{re.escape(run.split()[-1])}\b")
        for run in _NAMES_ASKED_OF.findall(asked["after"])
    ]
    told = re.compile(
        rf"\b(?P<verb>[a-z][\w-]*)\s+(?:[a-z]+ly\s+)?(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?"
        rf"{re.escape(event['compound'])}{re.escape(event['head'])}\b(?!-)"
    )
    year_written = re.compile(rf"(?<![\d,.]){year.group(0)}(?!\d)")
    for text in sentences.with_any([event["head"]]):  # few sentences hold the event's noun
        if text == own or year_written.search(text):
            continue
        if not all(name.search(text) for name in names):
            continue
        if any(_acting_verb(found["verb"]) for found in told.finditer(text)):
            return True
    return False


_PINNED_ONE = _RANKS | word_set("final debut maiden inaugural")


def _years_told(text: str) -> list[str]:
    """The years a sentence tells, not those in a name ("Windows Server 2003")."""
    years = []
    for found in _YEAR.finditer(text):
        before = text[: found.start()].split()[-1:]
        if before and before[0][:1].isupper() and before[0].rstrip(",") not in MONTHS:
            continue  # "Windows Server 2003": a name's number; "June 2007" is a time
        years.append(found.group(0))
    return years


def _keys_of_words(text: str) -> list[frozenset[str]]:
    """Each word of a text with its lemmas (``_word_keys``), in reading order."""
    return [_word_keys(word.casefold()) for word in _WORD.findall(text)]


def deed_told_in_another_year(question: str, answer: str, own: str, sentences: Sentences) -> bool:
    """Whether a question asks the year of a deed of a named doer ("In what year did Ivo Tarn
    defend his title?") that another sentence tells the same doer did again to the same
    thing in another year ("In 1931, Tarn defended the Orm title against Lund"): the deed is
    one of a series, and the question does not say which time it means. In the other
    sentence the doer (a name of the question before its verb, or that name's last word)
    stands in the verb's clause a few words before it, the head of what the deed was done to
    a few words after it, each name the question has after its verb anywhere, and a year
    other than the answer's."""
    asked = _ASKED_TIME.match(question.strip())
    years = _years_told(answer)
    verb = asked and _main_verb(asked["after"], asked_object=True)
    if asked is None or not years or verb is None:
        return False
    after = asked["after"]
    at = next(m for m in _WORD.finditer(after) if _word_keys(m.group(0).casefold()) == verb)
    doers = _NAMES_ASKED_OF.findall(after[: at.start()])
    if not doers:
        return False  # "In what year did the mill close?": no one named to have done it again
    following = [word.casefold() for word in _WORD.findall(after[at.end() :])]
    if following and following[0] in _PREPOSITIONS:
        following = following[1:]  # "elected to its board": what the deed was done to
    done_to = list(itertools.takewhile(lambda word: word not in _PREPOSITIONS, following))
    if _PINNED_ONE.intersection(done_to):
        return False  # "his first novel": a rank says which of the series
    head = _word_keys(done_to[-1]) if done_to else frozenset()
    done_to_names = _NAMES_ASKED_OF.findall(after[at.end() :])
    surnames = {doer.split()[-1] for doer in doers}
    for text in sentences.with_any(surnames):  # few sentences name the doer
        if text == own:
            continue
        if not all(name in text for name in done_to_names):
            continue
        told = sentences.read(text, _years_told)
        if not told or years[0] in told:
            continue
        if not any(verb & keys for keys in sentences.read(text, _keys_of_words)):
            continue  # no form of the question's verb: the plain test before finding verbs
        for found in sentences.read(text, _verbs_in):
            if not verb & _word_keys(found.group(0).casefold()):
                continue
            if not _doer_before(re.split(r"[,;:]", text[: found.start()])[-1], doers):
                continue  # "Orm XP 64-Bit Edition, released in 2005": not Orm XP's deed
            done = [_word_keys(word.casefold()) for word in _WORD.findall(text[found.end() :])]
            if not head or any(head & keys for keys in done[:6]):
                return True
    return False


def _doer_before(clause: str, doers: Sequence[str]) -> bool:
    """Whether the clause before a verb ends with one of the doers' names within a few words:
    "In 1808 Tarn was elected", "Ivo Tarn successfully defended". A name's last word stands
    for it alone ("Tarn" for "Ivo Tarn"), not inside another name ("Orm School" is no
    "Kell School")."""
    for doer in doers:
        for name in dict.fromkeys((doer, doer.split()[-1])):
            found = [
                match
                for match in re.finditer(rf"\b{re.escape(name)}\b", clause)
                if (name == doer or not _after_a_capital(clause[: match.start()]))
                and not re.match(r"\s+[A-Z0-9]", clause[match.end() :])
            ]  # "Orm OS 64-Bit Edition was released": the name goes on, another thing's
            if found and len(clause[found[-1].end() :].split()) <= 4:
                return True
    return False


def _after_a_capital(before: str) -> bool:
    """Whether the text before a word ends with a capitalised word: the word goes on a name."""
    words = before.split()
    return bool(words) and words[-1][:1].isupper()


def _acting_verb(word: str) -> bool:
    """Whether a word before an indefinite object is a verb that does something to it: not a
    state ("is a"), a function word, or a participle used as a preposition ("following a")."""
    lower = word.casefold()
    return lower not in _BEING_OR_FUNCTION_WORDS and not lower.endswith("ing")


_BEING_OR_FUNCTION_WORDS = _BEING_VERBS | _FUNCTION_WORDS


def paired_elsewhere(
    question: str,
    answer: str,
    sentences: Sentences,
    rivals: Callable[[str | None], Iterable[str]],
) -> bool:
    """Whether the document pairs the question's names and verb with a rival of the answer's
    sort in some sentence: "Which county does the Orm River flow through?" (Kell County)
    where "the Orm River also flows through Vell County", or "between Kell County and Vell
    County"; "Who attended the Orm Congress?" where "Per Lund attended the Orm Congress"
    too. The question then has two defensible answers. A figure of the question must be in
    that sentence too ("in 1850" pins one of two visits), and the rival must stand where the
    answer stands: after the verb, behind the question's own preposition, for an object;
    before the verb for a subject. ``rivals`` gives the names that could stand in the
    answer's place, from the sort its "which" asks (None after "Who")."""
    match = _WH_PHRASE.match(question.strip())
    if match is None:
        return False
    after = match["after"]
    preposition = (match["preposition"] or "").casefold()
    stranded = _STRANDED.search(question)
    if not preposition and stranded and stranded["preposition"] in _PREPOSITIONS:
        preposition = stranded["preposition"]
    if preposition and preposition not in _PREPOSITIONS:
        return False  # "In what ..." opened by another word: not a preposition
    names = [re.sub(r"^(?:The|A|An)\s+", "", n) for n in _NAME_IN_QUESTION.findall(after)]
    asked_object = _OBJECT_ASKED.match(after) is not None
    verb = _main_verb(after, asked_object=asked_object)
    if verb is None:
        return False  # "Which county is Orm in?": nothing done, nothing to pair
    if not asked_object:  # "Who visited the botanical garden?": all it says of the visit
        names = [
            word
            for word in _WORD.findall(after)
            if (len(word) > 2 or word.isdigit())
            and word.casefold() not in _FUNCTION_WORDS | AUXILIARIES | _VAGUE
            and not verb & _word_keys(word)
        ]
    if not names:
        return False
    figures = [re.compile(rf"(?<!\d){figure}(?!\d)") for figure in re.findall(r"\d+", after)]
    near = [  # the few sentences that tell of the same names, read once for every rival
        text for text in sentences.holding(names) if all(f.search(text) for f in figures)
    ]
    key = normalize(answer)
    name_keys = [] if asked_object else [_word_keys(name) for name in names]
    verbs_in: dict[str, list[re.Match[str]]] = {}  # each sentence's verb, found once
    joined = "\n".join(near)  # a rival written in none of them is passed over at once
    seen: set[str] = set()  # each rival once, read lazily: the first pairing ends the search
    for rival in rivals(match["sort"]) if near else ():
        if rival in seen:
            continue
        seen.add(rival)
        if rival not in joined:
            continue
        other = normalize(rival)
        if not other or other in key or key in other or rival in question:
            continue
        for text in near:
            if rival not in text:
                continue
            if text not in verbs_in:
                verbs_in[text] = [
                    found for found in _WORD.finditer(text) if verb & _word_keys(found.group(0))
                ]
            if _paired_in(
                text,
                rival,
                verbs_in[text],
                names,
                name_keys,
                preposition,
                asked_object=asked_object,
            ):
                return True
    return False


def _main_verb(after: str, *, asked_object: bool) -> frozenset[str] | None:
    """The forms of the verb a question asks with (after its wh-phrase): the first verb after
    the subject's name when it asks an object ("does the Orm River flow through"), else the
    first word that is no auxiliary ("had become less of a lover")."""
    words = _WORD.findall(after)
    if asked_object:
        named = [at for at, word in enumerate(words) if word[:1].isupper()]
        words = words[named[0] + 1 :] if named else []
    for word in words:
        lower = word.casefold()
        if word[:1].isupper() or lower in AUXILIARIES or lower.endswith("ly"):
            continue
        if lower in _FUNCTION_WORDS or "VERB" not in word_tags(lower):
            return None
        return _word_keys(lower)
    return None


def _paired_in(
    text: str,
    rival: str,
    verbs: Sequence[re.Match[str]],
    names: Sequence[str],
    name_keys: Sequence[frozenset[str]],
    preposition: str,
    *,
    asked_object: bool,
) -> bool:
    """Whether ``text`` puts ``rival`` where a question's answer stands beside its verb (found
    in ``text`` at ``verbs``): after the verb in the clause whose subject holds one of the
    question's ``names`` (behind ``preposition``, or in a "between ... and" pair) for an
    object; right before the verb (no comma, no other name between), with every word the
    question says of the deed (``names``, whose forms are ``name_keys``) after it in the same
    clause, for a subject."""
    at = text.find(rival)
    for found in verbs:
        if asked_object and found.end() <= at:
            between = text[found.end() : at]
            opening = _CLAUSE_END.split(text[: found.start()])[-1]
            if _CLAUSE_END.search(between) or not any(name in opening for name in names):
                continue
            if not preposition:
                return True
            if re.search(rf"\b(?:{preposition}|between)\s+(?:the\s+)?$", between):
                return True
            if re.search(r"\bbetween\s+(?:the\s+)?[A-Z][^,;.]*\s+and\s+(?:the\s+)?$", between):
                return True
        if not asked_object and at + len(rival) <= found.start():
            gap = _WORD.findall(text[at + len(rival) : found.start()])
            if _CLAUSE_END.search(text[at + len(rival) : found.start()]):
                continue  # "Ada was cast as Estrella, and Per was cast": another subject
            if len(gap) > _NEAR_SUBJECT_WORDS or any(word[:1].isupper() for word in gap):
                continue
            rest = _CLAUSE_END.split(text[found.end() :])[0]
            clause = {key for word in _WORD.findall(rest) for key in _word_keys(word)}
            if all(keys & clause for keys in name_keys):
                return True
    return False


def setting_not_point(sentence: str, start: int, end: int, kind: str, quote: str = "") -> bool:
    """Whether a place key is only where the sentence is set, not what it says: a phrase
    opening the sentence ("In Vell, the order is the largest school": "Where is the order the
    largest school?"), the locator of another name ("the Danes gained Orvik in Asia"), or a
    place narrowing the subject ("Monks in Vell founded many schools"): the question then
    asks the setting, which the learner meets as a side detail, and not its point. ``quote``
    is the sentence as the document words it, when ``sentence`` moved its opening phrase."""
    if kind not in _PLACE_KINDS:
        return False
    before, after, answer = sentence[:start], sentence[end:], sentence[start:end]
    for words in (sentence, quote):
        at = words.find(answer)
        told = words[at + len(answer) :]
        scoping = _SCOPE_OPENING.match(words[: max(at, 0)]) and told.startswith(",")
        if scoping and not _a_deed_follows(told[1:]):
            return True  # "In Vell, the order is the largest school": a state Vell scopes
    located = _NAMED_THEN_IN.search(before)
    if (
        located
        and (kind == "country" or answer in lexicon.CONTINENTS)
        and located["name"] not in _HAPPENINGS
    ):
        return True  # "Orvik in Asia" locates Orvik; "a Tour in Asia" is where it went
    if kind == "country" and _NAMED_THEN_COMMA.search(before):
        return True  # "Orvik, Tarland"
    if not _NOUN_THEN_IN.search(before):
        return False
    opening = _CLAUSE_BREAK.split(before)[-1]
    rest = re.split(r"[,;:]", after, maxsplit=1)[0]
    return not any(is_finite_verb(w) for w in _WORD.findall(opening)) and any(
        is_finite_verb(w) for w in _WORD.findall(rest)
    )


_CONJOINED_AFTER = LazyPattern(r"^\s+(?:and|or|as\s+well\s+as)\s+(?:the\s+)?(?P<other>[\w’'-]+)")
_CONJOINED_BEFORE = LazyPattern(r"(?P<other>[\w’'-]+)\s+(?:and|or)\s+(?:the\s+)?$")
_LISTED_BEFORE = LazyPattern(r"(?P<other>[\w’'-]+),\s+(?:the\s+)?$")
_LIST_GOES_ON = LazyPattern(r"^\s*(?:,|and\s|or\s)")
_OPENS_A_LIST = LazyPattern(
    r",\s+(?:the\s+)?(?P<other>[a-z][\w’'-]*)(?:\s+[a-z][\w’'-]*){0,2}"
    r"(?:,\s+(?:the\s+)?[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,2})*,?\s+(?:and|or)\s+[a-z]"
)
"""A word opening a list of short lower-case items ("redness, swelling, heat, and pain")."""


_NAME_GOES_ON = LazyPattern(r" [A-Z][\w’'.-]*")
_NAME_BEFORE = LazyPattern(r"(?<=[a-z,;:] )[A-Z][\w’'.-]* $")


_ADDRESSING_VERBS = word_set(
    "ask request urge persuade tell order command invite encourage instruct advise warn remind"
    " convince inform beg implore assure notify"
)
"""Verbs whose object is told or asked something: "requested Congress to act", "told
Orm that ...". The object is a person or a body, who is to act or to know."""
_INFINITIVE_OR_THAT = LazyPattern(r"\s+(?:to\s+(?P<verb>[a-z]+)\b|that\s)")
_VERB_BEFORE_OBJECT = LazyPattern(r"(?P<verb>[a-z]+)\s+(?:the\s+)?$")


def addressee_asked_as_a_thing(wh_phrase: str, sentence: str, start: int, end: int) -> bool:
    """Whether a bare "What" asks for the object of a verb of asking or telling that a
    to-infinitive or a that-clause follows ("What did Nixon request to appropriate aid?" of
    "requested Congress to appropriate aid"): the object is who was asked or told, never a
    thing, so "What" misreads it."""
    if not re.match(r"what\b(?!\s+[a-z]+\s+(?:did|does|do|was|were|is|are)\b)", wh_phrase, re.I):
        return False
    after = _INFINITIVE_OR_THAT.match(sentence, end)
    before = _VERB_BEFORE_OBJECT.search(sentence[:start])
    if after is None or before is None:
        return False
    if after["verb"] and "VERB" not in word_tags(after["verb"]):
        return False  # "asked Orm to tea": a place to go, not a deed to do
    return bool(_word_keys(before["verb"]) & _ADDRESSING_VERBS)


def cut_from_a_longer_name(sentence: str, start: int, end: int, kind: str) -> bool:
    """Whether the key is only part of a name: a capitalised word right after it ("the Astor
    Grand" of "the Astor Grand New York", a hotel named after its city), or, for a place,
    right before it ("New York" of the same). Asked, the rest of the name stays in the stem
    ("What did the group purchase New York in 1949?") or names a place that is no answer. A
    person's title before the name ("Abbot Rusk") is not part of it."""
    if kind in ("year", "date", "number", "period"):
        return False  # "in 1949 Kell bought ...": a time is no part of the name after it
    if _NAME_GOES_ON.match(sentence, end):
        return True
    title_after = _TITLE_GOES_ON.match(sentence, end)
    title_before = _TITLE_BEFORE.search(sentence[:start])
    if title_before and _opening_participle(title_before, sentence):
        title_before = None  # "Written by Ivo Lund and ...": the sentence's verb, no title
    if any(title and _title_case_words(title["words"]) for title in (title_after, title_before)):
        return True  # "the University Ranking by Academic Performance", "Time for Reflection"
    key = sentence[start:end]
    named = kind in _NAMED_KINDS
    if (not named or " " in key) and key[:1].isupper() and _joined_title_words(key):
        # "Socialism in One Country": capitalised common words joined by "in" or "of" to
        # more of them are one title, never a name of their own. A one-word place, body or
        # person is a name however common its word ("Bath in March", "Apple in Reading"),
        # and so is a longer one joined to a place or body named by its sort ("Harbour
        # Hospital in Market Square"); "One Country" asked as a place is still a fragment.
        joined = (
            _JOINED_TITLE_AFTER.match(sentence, end),
            _JOINED_TITLE_BEFORE.search(_bounded_lead(sentence, start)),
        )
        if any(
            title
            and _joined_title_words(title["words"])
            and not (named and _names_its_sort(title["words"]))
            for title in joined
        ):
            return True
    return kind in ("place", "country") and _NAME_BEFORE.search(sentence[:start]) is not None


_PARTICLES = word_set("up down out off away back over about around through along aside apart forth")
"""Particles of phrasal verbs the lexicon also files as nouns ("an up"): ending a key, they
show a verb's phrase cut ("open up"), never a thing."""
_CONJUNCTIONS = word_set("because since though although while whereas unless than prior per via")
"""Words that join a clause or a phrase to what comes before: at either edge of a key, they
show it cut from the rest ("the Orm cycle because")."""
_INFINITIVE_BEFORE = LazyPattern(
    r"\b(?:(?:im)?possible|(?:un)?able|difficult|hard|easy|(?:un)?likely|ready|(?:un)?willing"
    r"|eager|reluctant|free|quick|slow|order|used)\s+to\s+$",
    re.IGNORECASE,
)
"""What makes the next word a verb: "impossible to find", "in order to reach"."""
_LINKING_BEFORE = LazyPattern(
    r"\b(?:become|became|becomes|becoming|remain|remained|remains|seem|seemed|seems|grew"
    r"|grow|grows|turned|stayed|proved|appeared)\s+$",
    re.IGNORECASE,
)
_FIGURE_AFTER = LazyPattern(r"^[–-]\d")
_FIGURE_BEFORE = LazyPattern(r"\d[–-]$")
_NAME_JUST_BEFORE = LazyPattern(r"[A-Z][\w’'-]*\s+$")
"""A name right before a figure: "the Orm Rams 21-7" glues a score to a team; "(1850–1920)" or
"the war of 1914–1918" opens a span of years."""


def phrase_fragment(answer: str, before: str, after: str) -> bool:
    """Whether the key is a piece of a phrase, not a thing one can name: a particle or
    conjunction at its edge ("open up", "cycle because"), a lone word that can be no noun
    ("famous", "unique"), a verb after a word that takes one ("impossible to find"), a
    quality after a linking verb ("became famous"), or one half of a score or range glued to
    a name ("the Orm Rams 34" of "34–19")."""
    words = answer.split()
    if not words:
        return True
    if _ACROSS_A_DASH.search(answer):
        return True  # "Varlander – in Orm speech varlak": a name and the gloss set off after it
    if answer[-1:].isdecimal() and _FIGURE_AFTER.match(after):
        return not answer.isdecimal() or _NAME_JUST_BEFORE.search(before) is not None
    if answer[:1].isdecimal() and _FIGURE_BEFORE.search(before):
        return True
    if _opening_adverb(words, before, after):
        return True  # "Too" of "Too, the guild pressed ...": capitalised only by its place
    if not answer[:1].islower():
        return False
    if words[-1] in _CONJUNCTIONS or words[0] in _CONJUNCTIONS:
        return True
    before_particle = word_tags(words[-2]) if len(words) > 1 else {"VERB"}
    if words[-1] in _PARTICLES and before_particle & {"VERB", "ADJ", "NOUN"} == {"VERB"}:
        return True  # "up" of "open up"; not "lower back", a noun's phrase
    if len(words) > 1 or not words[0].isalpha():
        return False
    tags = word_tags(words[0])
    if tags and "NOUN" not in tags and not words[0].endswith("ing"):
        return True  # "famous", "unique": a lone word that names nothing ("weaving" may)
    verb = "VERB" in tags and base_verb(words[0])
    if verb and _INFINITIVE_BEFORE.search(before):
        return True  # "impossible to find": the verb of an infinitive
    return "ADJ" in tags and _LINKING_BEFORE.search(before) is not None


_ACROSS_A_DASH = LazyPattern(r"\s[–—-]\s+[a-z]")
"""A spaced dash before a lower-case word: the key ran on into an aside."""


def _opening_adverb(words: Sequence[str], before: str, after: str) -> bool:
    """Whether a one-word key is an adverb that opens its sentence before a comma ("Too, ...",
    "Moreover, ..."): a capital there marks the sentence's start, not a name."""
    if len(words) != 1 or before.strip() or not after.lstrip().startswith(","):
        return False
    return word_tags(words[0].casefold()) == {"ADV"}


def _opening_participle(title: re.Match[str], sentence: str) -> bool:
    """Whether a title found before "by" is the one word that opens the sentence, a past
    participle ("Directed by Ivo Lund, the film ..."), not a title ("Time for Reflection")."""
    words = title["words"]
    return title.start() == 0 and " " not in words and past_participle(words)


_TITLE_GOES_ON = LazyPattern(r" (?:for|by) (?P<words>[A-Z][a-z]+(?: [A-Z][a-z]+)*)")
_TITLE_BEFORE = LazyPattern(r"(?<![\w’'-])(?P<words>[A-Z][a-z]+(?: [A-Z][a-z]+)*) (?:for|by) $")


_JOINED_TITLE_AFTER = LazyPattern(
    r" (?:in|of|on|to|with|without|from|against|under) (?P<words>[A-Z][a-z]+(?: [A-Z][a-z]+)*)"
)
_JOINED_TITLE_BEFORE = LazyPattern(
    r"(?<![\w’'-])(?P<words>[A-Z][a-z]+(?: [A-Z][a-z]+)*)"
    r" (?:in|of|on|to|with|without|from|against|under) $"
)


_NAMED_KINDS = frozenset({"place", "country", "organisation", "person"})
"""Kinds whose key is a name of its own, never a word of a title it is joined to."""

_LEAD_LIMIT = 120
"""How far before a key a title joined to it is looked for: a title is a few words."""


def _bounded_lead(sentence: str, start: int) -> str:
    """The words just before ``start``, at most ``_LEAD_LIMIT`` characters and no word cut
    in two: a search back from the key stays short however long the sentence."""
    lead = sentence[max(0, start - _LEAD_LIMIT) : start]
    if start > _LEAD_LIMIT and not sentence[start - _LEAD_LIMIT - 1].isspace():
        lead = lead.partition(" ")[2]
    return lead


def _names_its_sort(words: str) -> bool:
    """Whether capitalised words end in a place's or a body's sort word ("Market Square",
    "Glass Island", "Kell Council"): a name of its own, not the rest of a title."""
    last = words.split()[-1]
    return last in lexicon.PLACE_WORDS or last in lexicon.ORGANISATION_WORDS


def _joined_title_words(words: str) -> bool:
    """Whether capitalised words are ordinary words of a title (``_title_case_words``) and
    no month or weekday: "on Monday", "in May" only date the name before them."""
    return _title_case_words(words) and not any(
        word in MONTHS or word in lexicon.WEEKDAYS for word in words.split()
    )


def _title_case_words(words: str) -> bool:
    """Whether every word is an ordinary word written with a capital ("Academic Performance",
    "Time"): joined to a key by "for" or "by", they and the key are one title. A name after
    "by" ("by Orm", "by China") is an agent instead."""
    return all(
        word_tags(word.casefold())
        and word not in lexicon.COUNTRIES
        and word not in lexicon.given_names()
        for word in words.split()
    )


def one_of_a_pair(sentence: str, start: int, end: int, kind: str, question: str) -> bool:
    """Whether a name key is one of two or more names the sentence joins ("flows through
    Haldon and Marsh County", "Ivo, Ada and Per") and the question leaves the other out:
    "Through which county does the Wren flow?" then has two answers."""
    if kind in ("number", "year", "date", "period"):
        return False
    before, after = sentence[:start], sentence[end:]
    joined = _CONJOINED_AFTER.match(after) or _CONJOINED_BEFORE.search(before)
    if joined is None and _LIST_GOES_ON.match(after):
        joined = _LISTED_BEFORE.search(before)
    if joined is None or not joined["other"][:1].isupper():
        return False  # a name is joined to the key, not a common word
    return joined["other"] not in question


def opens_a_list(quote: str, key: str, question: str) -> bool:
    """Whether a lower-case key is the first of a list of lower-case items in its sentence
    (``quote``) and the question asks as if it were all ("The signs of a chill are
    redness, swelling and heat": "What are the signs of a chill?" → "redness"): the key is
    only part of the answer."""
    if not key.islower():
        return False
    for found in re.finditer(rf"(?<![\w-]){re.escape(key)}(?![\w-])", quote):
        listed = _OPENS_A_LIST.match(quote, found.end())
        if (
            listed is not None
            and listed["other"] not in lexicon.FUNCTION_WORDS
            and not whole_name(listed["other"]).search(question)
        ):
            return True
    return False


_MOTION_VERBS = word_set(
    "return go come move arrive leave travel flee migrate settle emigrate immigrate retreat"
    " withdraw escape relocate sail march head enter reach visit die live stay remain born"
    " flock"
)
_THIN_SUBJECT = LazyPattern(
    r"^(?:Who|What|Which\s+[\w-]+)\s+(?:(?:had|has|have|was|were|is|are)\s+)?"
    r"(?:(?:began|begun|started|begin|start)\s+)?(?P<verb>[a-z]+)"
    r"(?:\s+(?:back|away|out|up|home))?\s+(?:to|into|in|from|at|for|toward|towards|out\s+of)?"
    r"\s*(?:the\s+)?(?P<place>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)(?:\s+[a-z]+)?\?$"
)

_LEFT_ONLY_FROM = LazyPattern(
    r"^(?:Who|What|Which\s+[\w-]+)\s+(?:(?:had|has|have|was|were)\s+)?(?P<verb>[a-z]+)\s+"
    r"(?:(?!(?:to|into|for|towards?|in|at|on)\b)[a-z-]+\s+){0,5}from\s+(?:the\s+)?"
    r"[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*)*\?$"
)
"""A question on a journey told only by where it set out from, with no destination and no
time: "Who led a band of settlers overland from the Orm Colony?" (many left it, for
many places)."""
_LEADING_VERBS = word_set("lead take bring guide carry drive")
"""Verbs of taking people along, which with "from" tell a journey as a verb of motion does."""


_SAID_WHAT_UNTOLD = LazyPattern(r"^Who\s+(?P<verb>[a-z]+)(?:\s+(?:in|on|during)\s+[\w\s]+?)?\s*\?$")
"""A question asking who said or wrote, the words said cut away: "Who wrote in 2007?"."""


_LIFE_EVENT_ALONE = LazyPattern(
    r"^Who\s+(?:(?:was|were)\s+)?(?P<verb>[a-z]+)(?:\s+(?:in|on|during)\s+(?P<time>[\w\s]+?))?\s*\?$"
)
"""A question asking who was born, died or was killed, with a time at most: "Who was killed in
1988?"; "in Lund in 1820" names a place, which frames it."""
_LIFE_EVENTS = word_set("die bear born kill assassinate murder execute")


_UNDERGONE_ALONE = LazyPattern(
    r"^(?:What|Which\s+[a-z-]+)\s+(?:was|were)\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)"
    r"(?:\s+(?:in|on|during)\s+(?P<time>[\w\s]+?))?\s*\?$"
)
"""A question asking which thing underwent a deed, told by nothing but the deed and a time:
"Which country was annexed in 1910?" (by whom? many were)."""


_SINCE_AS_AN_ADVERB = LazyPattern(r"\bsince(?=\s+(?P<next>[a-z]+)\b|\s*[,?]|\s*$)")
_TIME_BEFORE = LazyPattern(r"\b\d{3,4}s?\b|\b(?:what|which)\s+(?:year|decade|century|date)\b")


def since_of_an_untold_time(question: str) -> bool:
    """Whether the question says "since" as an adverb ("have since grown", "since then"),
    which counts from a time told before it, and names no time before it: "The sciences
    have since developed into tools pioneered in what decade?" of "began to be understood
    in the Renaissance and have since developed ...": since when? "Since 1990" and "since
    joining the club" bring their own time."""
    for found in _SINCE_AS_AN_ADVERB.finditer(question):
        following = found["next"]
        counts_its_own_time = following not in (None, "then") and not (
            past_participle(following) or is_finite_verb(following)
        )
        if not counts_its_own_time and not _TIME_BEFORE.search(question[: found.start()]):
            return True
    return False


_WHO_DID_NOT = LazyPattern(
    rf"^(?:Who|Whom|What|Which\s+[a-z-]+)\s+(?:(?:(?:{_AUXILIARY_WORDS})\s+(?:[A-Z][\w’'-]*\s+){{0,3}})?(?:not|never)\b"
    rf"|(?:{_AUXILIARY_WORDS})n[’']t\b)(?!\s+only\b)(?![^?]*\buntil\b)"
)
"""A "who", "what" or "which" question whose verb is negated: "Who had not joined the guild?",
"What did Orm never sell?"; not "not only" (a second deed follows) or "not ... until" (a time)."""


def asks_who_did_not(question: str) -> bool:
    """Whether "who", "what" or "which" asks for the one that did not do a deed: "Which
    painter had not taken part in the talks?" is true of everyone else too, and nothing in it
    singles one out."""
    return _WHO_DID_NOT.match(question) is not None


def thin_subject_question(question: str) -> bool:
    """Whether a question asks who or what did no more than move to, stay in or leave one
    place ("Who returned to Vell?", "Who began moving into the Orm valley?", "Who led
    settlers overland from the Orm Colony?": to where?), who said
    something without what ("Who wrote in 2007?"), who was born or died, with a time at
    most ("Who was killed in 1988?"), or which thing underwent a deed done by no one named
    ("Which town was annexed in 1910?"): many did, and nothing in it frames which one is
    meant."""
    said = _SAID_WHAT_UNTOLD.match(question)
    if said and _lemmas_of(said["verb"]) & _OPINION_VERBS:
        return True
    event = _LIFE_EVENT_ALONE.match(question)
    if (
        event
        and ({event["verb"]} | _lemmas_of(event["verb"])) & _LIFE_EVENTS
        and not any(w[:1].isupper() and w not in MONTHS for w in (event["time"] or "").split())
    ):
        return True
    undergone = _UNDERGONE_ALONE.match(question)
    if (
        undergone
        and past_participle(undergone["verb"])
        and not any(w[:1].isupper() and w not in MONTHS for w in (undergone["time"] or "").split())
    ):
        return True
    left = _LEFT_ONLY_FROM.match(question)
    if left and _word_keys(left["verb"]) & (_MOTION_VERBS | _LEADING_VERBS):
        return True
    match = _THIN_SUBJECT.match(question)
    if match is None:
        return False
    return bool(_word_keys(match["verb"]) & _MOTION_VERBS)  # the verb or its lemma


_NAME = r"[A-Z][\w’'-]*(?:\s+(?:(?:of|the|de|and|for)\s+)*[A-Z][\w’'-]*)*"
_HELD_POST_ALONE = LazyPattern(
    rf"^Who\s+(?:led|headed|ruled|governed|chaired|captained|coached|managed|commanded)"
    rf"\s+(?:the\s+)?(?P<name>{_NAME})\?$"
    rf"|^By\s+whom\s+(?:was|were)\s+(?:the\s+)?(?P<passive>{_NAME})\s+(?:led|headed|ruled"
    rf"|governed|chaired|captained|coached|managed|commanded)\?$"
)
"""A question asking only who led a named body, with no time and nothing of the deed the
sentence tells ("Who led Orm College?", "By whom was the Kell Guild headed?"). "Directed"
and "ran" are left out: a film is directed, a race is run, once."""
_ONE_OFF_DEEDS = word_set("March Trek Conquest Voyage Journey Crossing Retreat")
"""Last words of a named one-off deed, led once ("the Long March", "the Norman Conquest"),
beside the events of ``lexicon.EVENT_WORDS``."""


def held_post_without_its_time(question: str) -> bool:
    """Whether a question asks who led, headed or ruled a named body and says nothing more
    ("Who led Orm College?" of "Orm College, led by its captain Ivo Lund, beat Kell 2-1"):
    a body has had many leaders, and which one is meant the sentence's time or deed said.
    A one-off event or deed has one leader ("Who led the Orm Expedition?", "Who led the
    Long March?"); a film directed or a race run is no post held."""
    match = _HELD_POST_ALONE.match(question)
    if match is None:
        return False
    last = (match["name"] or match["passive"]).split()[-1]
    return last not in lexicon.EVENT_WORDS and last not in _ONE_OFF_DEEDS


_TIME_OF_A_BARE_PLURAL = LazyPattern(
    r"^(?:(?:In|By|Since|Until)\s+(?:what|which)\s+(?:year|decade|century)|When)\s+"
    r"(?:did|do|does|were|was|had|have|are|is)\s+(?P<subject>[a-z]+s)\s+(?P<rest>[a-z\s]+)\?$"
)


def time_of_a_bare_plural(question: str, known: Collection[str] = ()) -> bool:
    """Whether a question asks when a sort of thing, named by a bare plural and nothing
    else, did what only its verbs say ("In what decade did organizations start to
    develop?", "When did prices fall sharply?"): which organizations, which prices, the
    sentences around it said. A noun after the verb ("When did farmers plant maize?",
    "... plant crops?") or any name says more, and is left to the other rules; so is the
    sort the document is about (``known``: "When were telephones invented?" of
    "Telephone")."""
    match = _TIME_OF_A_BARE_PLURAL.match(question)
    if match is None or not plural_noun(match["subject"]):
        return False
    subject = match["subject"]
    own = {noun.casefold() for noun in known}
    if subject in own or subject[:-1] in own or subject.removesuffix("es") in own:
        return False  # the document's own sort: scoped by the document
    verb_seen = False
    for word in match["rest"].split():
        if word in _FUNCTION_WORDS or word in AUXILIARIES or word.endswith("ly"):
            continue
        tags = word_tags(word)
        if "VERB" not in tags:
            return False  # "plant maize": the deed names its object
        if verb_seen and "NOUN" in tags and not tags & {"ADV", "ADJ"}:
            return False  # "plant crops": a noun that can be a verb too
        verb_seen = True
    return True


_SHARE_ASKED = LazyPattern(
    r"\bwhat\s+(?:percentage|percent|proportion|share|fraction)\b(?!\s+of\b)", re.IGNORECASE
)
_A_RATE_OR_A_CHANGE = LazyPattern(
    r"\b(?:rates?|by\s+what\s+(?:percentage|percent|proportion|share|fraction))\b", re.IGNORECASE
)


def share_of_no_whole(question: str) -> bool:
    """Whether a question asks a percentage or a share and never says of what ("Tobacco
    results in what percentage?" of "... results in 13% of heart deaths, while tobacco
    results in 9%"): the whole the sentence named once, for its first figure, was dropped.
    A rate ("the jobless rate rose from what percentage?") or a change ("reduced it by what
    percentage?") is a share of its own."""
    return _SHARE_ASKED.search(question) is not None and not _A_RATE_OR_A_CHANGE.search(question)


_WHAT_A_MAKER_PUT_OUT = LazyPattern(
    r"^(?:(?P<opening>[^,?]+),\s+)?[Ww]hat\s+(?:did|does|do|has|have|had)\s+"
    r"(?P<maker>[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*)*)\s+(?P<verb>release|launch|publish"
    r"|introduce|unveil|issue|announce|ship|market|produce|released|launched|published"
    r"|introduced|unveiled|issued|announced|shipped|marketed|produced)\b(?P<rest>[^?]*)\?$"
)
"""A bare "what" a named maker put out, with a time at most: "What did Orm Soft release in
May 1999?"."""


def what_a_maker_put_out(question: str) -> bool:
    """Whether a question asks only what a named maker released, launched or published, by a
    bare "what" and a time at most ("What did Orm Soft release in May 1999?", "On 2 May 2000,
    what did Orm Soft launch?"): a firm puts out many things, updates and products alike,
    even within a month, and the question names no sort of thing to pick one ("Which
    operating system did Orm Soft release ...?" does). A person ("What did Ada Venn publish
    in 1850?") or a country is no firm, and only a firm's name says it "produced" wares."""
    match = _WHAT_A_MAKER_PUT_OUT.match(question)
    if match is None:
        return False
    maker = match["maker"]
    if lexicon.reads_as_personal_name(maker) or maker in lexicon.COUNTRIES:
        return False  # "What did Ada Venn publish in 1850?": an author's book, a land's goods
    if match["verb"].startswith("produce") and not (
        maker.split()[-1] in lexicon.ORGANISATION_WORDS
        or maker.split()[-1] in lexicon.COMPANY_SUFFIXES
    ):
        return False  # "What did Vessia produce in 1900?": a land or a town produces goods
    told = f"{match['opening'] or ''} {match['rest']}"
    return not _WORD.findall(_TIME_PHRASE.sub(" ", told))


_WHAT_WAS_A_NAME = LazyPattern(
    r"^What\s+(?:is|was)\s+(?P<name>[A-Z][\w’'-]*(?:\s+(?:[A-Z]\.|[A-Z][\w’'-]*))*)"
    r"(?:\s+(?P<called>called|known\s+as))?\?$"
)
_INITIAL = LazyPattern(r"\s+[A-Z]\.(?=\s)")


def person_asked_what(question: str, answer: str) -> bool:
    """Whether a question asks only what a named person was or is ("What was Ivo Lund?" of
    "Ivo Lund was Secretary of the Fleet"), or what they were called where the answer is a
    description, no name ("What was Ivo Lund called?" keyed "a liberal Whig"): a person is
    many things over a life (an office, a trade, a party's member), and a question naming
    nothing else pins none of them. A name they went by ("the Iron Duke") is asked."""
    match = _WHAT_WAS_A_NAME.match(question)
    if match is None or (match["called"] and _without_determiners(answer)[:1].isupper()):
        return False
    return lexicon.reads_as_personal_name(_INITIAL.sub("", match["name"]))


_SEQUENCING = LazyPattern(
    r"\b(?P<adverb>subsequently|then|later|afterwards|thereafter|eventually|ultimately)\s+"
    r"(?:(?:be|been)\s+)?(?P<verb>[a-z]+)\b"
)
"""A word placing a deed after the one told before it, right before its verb: "The city
subsequently became ...", "The horn was later brought into ..."."""


def sequenced_deed_of_the_subject(
    question: str, sentence: str, known: Collection[str], *, asks_a_time: bool
) -> bool:
    """Whether a question of the document's own subject (one of the ``known`` nouns it goes
    by) asks the deed its ``sentence`` (as written) places after the one told before, and
    drops the "subsequently", "later" or "eventually" that places its deed after the
    one told before ("The city subsequently became the seat of the Vell Empire" asked as
    "Kell became the seat of which empire?"): the subject is the document's whole story,
    whose other times had other answers, and which time is meant only the sentences
    before it say. A question asking a time, or naming one, is left to the time rules."""
    if asks_a_time or _OWN_TIME_WORD.search(question):
        return False
    own = {noun.casefold() for noun in known}
    asked = {word.casefold() for word in _WORD.findall(question)}
    if not own & asked:
        return False
    said = {key for word in asked for key in _word_keys(word)}
    for found in _SEQUENCING.finditer(_BRACKETED.sub("", sentence)):
        verb = found["verb"]
        if (past_participle(verb) or is_finite_verb(verb)) and _word_keys(verb) & said:
            return True  # the deed asked is the one placed after the last
    return False


_OWN_TIME_WORD = LazyPattern(
    r"\b(?:1[0-9]{3}|20[0-9]{2})s?\b|\bcentur(?:y|ies)\b|\b(?:after|before|since|until|during)\b",
    re.IGNORECASE,
)


_GROUP_WENT_WHERE = LazyPattern(
    r"^Where\s+(?:did|do|had|have)\s+(?P<subject>(?:[\w’'-]+\s+){0,3}?(?P<head>[\w’'-]+))"
    r"\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)(?:\s+(?:back|away|out|up|home|abroad))?\?$"
)


def group_went_where(question: str) -> bool:
    """Whether a question asks only where a group moved, settled or lived ("Where did some
    Huguenots settle?", "Where did Orm refugees flock?"): a people or a crowd goes to many
    places, and with no time, no origin and no other place in the question the sentence's
    one answer is a guess among them. One person's move ("Where did Ivo Berg settle?")
    has one answer."""
    match = _GROUP_WENT_WHERE.match(question)
    if match is None or not _word_keys(match["verb"]) & _MOTION_VERBS:
        return False
    head, words = match["head"], match["subject"].split()
    if head[:1].isupper():  # "the Normans", "some Huguenots"; not "Tarn Lewis" nor "Charles"
        determined = len(words) > 1 and words[-2][:1].islower()
        plural = determined and re.search(r"[^su]s$", head) is not None
    else:
        plural = plural_noun(head)
    return plural and not re.search(r"\d", question)


def _lemmas_of(verb: str) -> set[str]:
    return {lemma for forms in lexicon.all_lemmas(verb).values() for lemma in forms}


_OPINION_VERBS = word_set(
    "praise criticise criticize call describe say write argue note explain support claim"
    " suggest comment remark observe consider believe contend assert maintain dismiss hail"
    " laud condemn applaud commend deride view regard deem"
)
_WHO_THEN_VERB = LazyPattern(
    r"^(?:Who|Which\s+[a-z]+)\s+(?:(?:had|has|have|was|were|is|are|also|later|then)\s+)*"
    r"(?P<verb>[a-z]+)\b"
)
_DEFINITION = LazyPattern(r"^What\s+(?:(?:is|are)\s+(?:the|a|an)|branch\s+of)\s")
"""A question asking for a thing by what it is: a note's subject is asked so."""
_MIN_SETTING_SHARE = 0.75
"""A place is one the document is set in when named at least this share as often as the
place it names most."""


def _subject_of(title: str) -> str:
    return normalize(re.sub(r"^The\s+", "", DISAMBIGUATOR.sub("", title) or title))


_FEATURE_WORD = LazyPattern(r"^(?:the\s+)?(?:river|lake|loch|mount)\s+|\s+(?:river|lake|creek)$")
"""The word that says a name is a river, lake or mountain's, which titles and sentences give
or leave out at will ("River Orm", "the Orm River", "Orm")."""


def _bare_feature_name(name: str) -> str:
    return _FEATURE_WORD.sub("", name)


_SCHOOL_WORD = LazyPattern(r"^(?:university|college)\s+of\s+|\s+(?:university|college)$")
"""The word that says a name is a school's: "Orm College" and "Orm University" share the
name that tells them apart."""


def _bare_school_name(name: str) -> str:
    return _SCHOOL_WORD.sub("", name)


def _term_forms(term: str) -> set[str]:
    """A term in either number, and for a doctrine its followers ("Ormism": "Ormists")."""
    forms = {term, term.removesuffix("s"), f"{term}s"}
    if term.endswith("ism") and " " not in term:
        forms |= {f"{term[:-3]}ist", f"{term[:-3]}ists"}
    return forms


def names_the_subject(answer: str, kind: str, title: str) -> bool:
    """Whether a name key is the document's own subject, whole or in a shorter form ("Orm
    Church" in a document titled "Free Orm Church"), with or without the word that says it is
    a river, lake or mountain ("the River Orm" in a document titled "Orm"), or another school
    of its name ("Orm College" in a document titled "Orm University"): a learner studying the
    deck knows it. A term or a common noun is the subject only whole, in either number, or as
    the followers of the doctrine the title names ("Ormists" in a document titled "Ormism"):
    a shorter part ("theory" of "Orm theory") names something else. A term is still asked by
    its definition: that is what a note on it teaches."""
    if kind in ("number", "year", "date", "period"):
        return False
    subject, key = _subject_of(title), normalize(re.sub(r"^[Tt]he\s+", "", answer))
    if not key:
        return False
    if key in _term_forms(subject):
        return True
    if kind == "term" or answer.islower():
        return False
    if f" {key} " in f" {subject} " or _bare_feature_name(key) == _bare_feature_name(subject):
        return True
    school = _bare_school_name(key)
    return school != key and school == _bare_school_name(subject)


_MIN_TOLD_AS_THE_WAR = 3
"""In how many sentences a document set in a war says "the war"."""
_WAR = LazyPattern(r"\S\s+War\b|\bWar\s+\S")
"""A war's name: "Cold War", "War of 1812", never "War" alone."""


def setting_places(
    places: Iterable[tuple[str, str]], mentions: Callable[[str], int], title: str, home: str | None
) -> set[str]:
    """The places a document is set in, normalised: its ``home`` country, and of its
    ``places`` ((kind, name) pairs) those it names (``mentions``: in how many sentences)
    nearly as often as the place it names most, or as the country it names most, leaving out
    its own subject ("Tarland" in a document on Tarland). Of its events, a war is its setting
    in time so where the document calls it "the war" at least as often as by its name
    (and ``_MIN_TOLD_AS_THE_WAR`` times): "until the last months of which war?" in a document
    on a war's resistance fighters asks what the whole document is about; a town's history,
    or a ship's through several wars, names each war it tells of."""
    places = list(places)
    told = 0
    if any(kind == "event" for kind, _ in places):
        told = mentions("the war") + mentions("The war")
    counts: dict[str, tuple[str, int]] = {
        normalize(name): (kind, mentions(name))
        for kind, name in places
        if not names_the_subject(name, "place", title)
        and (
            kind != "event"
            or (_WAR.search(name) is not None and told >= max(_MIN_TOLD_AS_THE_WAR, mentions(name)))
        )
    }
    setting = {normalize(home)} if home else set()
    for kinds in (_PLACE_KINDS, {"country"}, {"event"}):
        top = max((count for kind, count in counts.values() if kind in kinds), default=0)
        setting |= {
            name
            for name, (kind, count) in counts.items()
            if kind in kinds and count >= 3 and count >= _MIN_SETTING_SHARE * top
        }
    return setting


def _asks_of_a_known_place(prompt: str, title: str, setting: Collection[str]) -> bool:
    """Whether a question names the document's own subject, a place it is set in
    (``setting_places``) or a country of the built-in list: the continent of any of them is
    no news to a learner of the deck."""
    asked = f" {normalize(prompt)} "
    subject = _subject_of(title)
    known = {subject, *setting, *(normalize(country) for country in lexicon.COUNTRIES)}
    return any(place and f" {place} " in asked for place in known)


def _year_of_the_title(fact: FactRecord, title: str) -> bool:
    """Whether the fact's key is a year the title shows, or a date in it ("12 May 1999" in a
    deck on "Orm (1999 film)"): asked by its year or with options that differ in their year,
    the title gives the answer; a later event of the subject (a re-release, a sequel) has
    a year of its own."""
    if fact.kind == "year":
        year = fact.answer
    elif fact.kind == "date" and fact.year is not None:
        year = str(fact.year)
    else:
        return False
    return re.search(rf"(?<!\d){re.escape(year)}(?!\d)", title) is not None


_FIGURES = re.compile(r"\d+")
_SHORT_YEAR_OF_A_NAME = LazyPattern(r"\b[A-Z][\w-]*\s+['’]?(?P<year>\d\d)(?![\w,.]?\d)")
"""A name closed by the last two figures of its year: "Orm 95", "Expo 71", "Vellfest '69"."""
_MILLENNIUM = LazyPattern(r"\bMillennium\b")


def names_its_year(prompt: str, year: int) -> bool:
    """Whether a name in the prompt holds the key's year in short: "Orm 95" (a release of
    1995), "Expo 71" (a fair of 1971), "Orm Millennium Edition" (2000). Names are made so
    to say their year; asked for it, the learner reads it off."""
    short = f"{year % 100:02d}"
    if any(found["year"] == short for found in _SHORT_YEAR_OF_A_NAME.finditer(prompt)):
        return True
    return year == 2000 and _MILLENNIUM.search(prompt) is not None


def shows_its_figures(fact: FactRecord) -> bool:
    """Whether a time's or a count's key stands in its own prompt, in any form: "In mid-2011,
    a new model was released in what year?" or "In the 2009–10 season, in what year ...?"
    (2011, 2009), "How many of the 12 ships ...?" (12), or a name holds a year's key in
    short (``names_its_year``: "When was Orm 95 released?"). Figures inside a longer number
    are another number ("10" in "2010"). A date gives itself away by its year, never by its
    day ("5" of "5 May 1890" in "When did the 5 ships reach Orm?")."""
    if fact.kind not in WHEN_KINDS | {"number"}:
        return False
    year = fact.year if fact.kind == "date" else None
    if fact.kind == "year" and fact.answer.isdigit():
        year = int(fact.answer)
    if year is not None and any(
        names_its_year(prompt, year) for prompt in {fact.prompt, fact.number_prompt or ""}
    ):
        return True
    keys = set(_FIGURES.findall(fact.answer.replace(",", "")))
    if fact.kind == "date":
        keys = {figure for figure in keys if len(figure) >= 3} or keys
    keys |= {str(fact.number)} if fact.number is not None else set()
    for prompt in {fact.prompt, fact.number_prompt or fact.prompt}:
        shown = set(_FIGURES.findall(prompt.replace(",", "")))
        if keys & shown:
            return True
    return False


_PRESENT_TIME_QUESTION = re.compile(
    r"^(?:[A-Z][a-z]+\s+(?=what|which))?(?i:what|which)\s+(?:year|century|decade)\s+"
    r"(?:does|do|is|are)\b"
)
"""A question for the year, century or decade of a deed told in the present tense: "In what
century does a Kesk translation preserve the letter?", "What year does the fair open?"."""


def asks_a_present_deed_s_time(fact: FactRecord) -> bool:
    """Whether a time question asks when something that goes on now is done: the sentence's
    date belonged to a noun ("A 16th-century translation preserves the letter", "The 1990
    census shows ..."), never to its present-tense verb, which has no time of its own. Only a
    past verb ("was made", "preserved") has the time a date before it gives."""
    if fact.kind not in WHEN_KINDS:
        return False
    return any(
        _PRESENT_TIME_QUESTION.match(prompt) for prompt in (fact.prompt, fact.number_prompt or "")
    )


_DESCRIBED_DEED = re.compile(
    r"\b(?P<described>(?:responsible|blamed|known|famous|notorious|convicted|accused|arrested"
    r"|jailed|praised|remembered|noted|honou?red|rewarded|punished)\s+for)\s+[^,;.()]{1,80}?"
    r"\s+(?:in|on|during)\s+(?:[A-Z][a-z]+\s+)?(?:\d{1,2}\s+)?(?P<year>\d{4})\b"
)
"""A deed that describes someone, with its own date: "the group responsible for the murder
of Ivo Marr in 1981"."""


def dates_a_described_deed(fact: FactRecord) -> bool:
    """Whether a time question asks the date of a deed that only describes a noun of its
    sentence as the time of the sentence's verb: "The fight was taken up by the group
    responsible for the murder of Ivo Marr in 1981" gives no year for taking it up."""
    year = fact.year if fact.year is not None else fact.number
    if fact.kind not in WHEN_KINDS or year is None:
        return False
    return any(
        match["year"] == str(year) and match["described"] in fact.prompt
        for match in _DESCRIBED_DEED.finditer(fact.quote)
    )


_SETTING_KINDS = _PLACE_KINDS | {"event"}
_WHERE_AT_A_NAMED_EVENT = LazyPattern(
    r"^Where\b[^?]*?\b(?:at|during)\s+(?:the\s+)?"
    r"(?:\d{4}\s+(?:[A-Z][\w’'-]*\s*)+|(?:[A-Z][\w’'-]*\s+)+\d{4}\b)"
)
"""A "where" question of a deed done at an event its year names: "Where did Orm make its
debut at the 1964 Games?", "Where did Kell score at Vellcup 2004?"."""


def guessable_key(
    fact: FactRecord,
    title: str,
    setting: Collection[str],
    mentions: Callable[[str], int],
) -> bool:
    """Whether an imported question's key is one the deck gives away or one nobody needs:
    the document's own subject (``names_the_subject``) unless asked by its definition, or
    the year its title names, alone or in a date (``_year_of_the_title``); a place or a war
    it is set in, however the question asks for it ("Where ...?", "In which country ...?":
    ``setting_places``, any learner guesses it); the place of a deed done at an event its
    year names (the event's own place, which its name gives); a continent asked of the subject, of such a
    place or of a well-known country; or a person the document names once, asked for an
    opinion ("Who praised the novel's sparse prose?"): trivia."""
    if fact.origin != "auto":
        return False
    if names_the_subject(fact.answer, fact.kind, title) and not _DEFINITION.match(fact.prompt):
        return True
    if shows_its_figures(fact) or asks_a_present_deed_s_time(fact):
        return True
    if dates_a_described_deed(fact):
        return True
    if _year_of_the_title(fact, title):
        return True  # "In what year was it released?" in a deck on "Orm (1999 film)"
    if fact.kind in _SETTING_KINDS and normalize(re.sub(r"^[Tt]he\s+", "", fact.answer)) in setting:
        return True
    if fact.kind in _PLACE_KINDS and _WHERE_AT_A_NAMED_EVENT.match(fact.prompt):
        return True  # "Where did Orm make its debut at the 1964 Games?": where those were held
    if fact.answer in lexicon.CONTINENTS and _asks_of_a_known_place(fact.prompt, title, setting):
        return True  # "On which continent is Port Kell?" in a deck on Port Kell
    said = _WHO_THEN_VERB.match(fact.prompt)
    if fact.kind != "person" or said is None:
        return False
    return bool(_lemmas_of(said["verb"]) & _OPINION_VERBS) and mentions(fact.answer) <= 1


_RECURRENCE = LazyPattern(
    r"\b(?:again|once\s+more|repeatedly|twice|(?:many|several|numerous|multiple|\d+"
    r"|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+times"
    r"(?=\s*(?:[,.;:?)]|$)|\s+(?:in|between|since|during|before|after|and|from|over|at|on)\b)"
    r"|for\s+(?:the|a)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|record"
    r"|\d+(?:st|nd|rd|th))\s+time|most\s+recently)\b",
    re.IGNORECASE,
)
"""Words that say an event happened more than once ("won the cup again", "many times");
"five times Orm's" multiplies, it counts no occasions."""
_CONJUNCTS = LazyPattern(r",\s+(?:and|but|while|whereas)\s+|;\s+")
_ONE_OCCASION = LazyPattern(
    r"\b(?:first|last|latest|earliest|most\s+recently|for\s+(?:the|a)\s+(?!record\b)\w+\s+time)\b",
    re.IGNORECASE,
)
"""Words that pick one occasion of a recurring event ("first", "for the third time")."""
_ASIDE = LazyPattern(r",\s+(?:which|who|whom|whose)\b[^,;]*,")
"""A relative clause set off by commas, told of the noun before it ("The church, which
burned twice, was founded in 1120")."""


def time_of_a_recurring_event(clause: str, question: str, key: str, kind: str) -> bool:
    """Whether a time is asked of an event its clause says happened more than once, without
    the question picking the occasion: "Kell Rovers have won the Orva Cup many times, most
    recently in 2011" asked "In which year did Kell Rovers win the Orva Cup?" has many
    answers; "... win the Orva Cup for the third time?" has one. Only the conjunct that holds
    the key counts: "recorded at Orm in 1965, and again at Kell in 1970" says 1965 once, and
    not an aside of another event in it ("The church, which burned twice, was founded in
    1120"); an aside telling the asked event ("Kell Rovers, who have won the Orva Cup five
    times, won it in 2011") does count."""
    if kind not in ("year", "date"):
        return False
    own = next((part for part in _CONJUNCTS.split(clause) if key in part), clause)
    asked = [word.casefold() for word in _WORD.findall(question)]
    own = _ASIDE.sub(
        lambda aside: aside[0] if key in aside[0] or _tells_of(aside[0], asked) else ",", own
    )
    recurring = _RECURRENCE.search(own) or _RECURRENCE.search(question)
    return recurring is not None and _ONE_OCCASION.search(question) is None


_RECURRING_DEED = LazyPattern(
    r"\b(?:an?|new)\s+(?:[\w-]+\s+)?records?\b(?!\s+(?:of|for)\b)"
    r"|\brecord\s+(?:levels?|highs?|lows?|numbers?|heights?|amounts?|sums?)\b"
    r"|\b(?:raise|raised|raising|lower|lowered|lowering|cut|cutting|hike|hiked|increase"
    r"|increased|reduce|reduced)\s+(?:(?:its|their|the)\s+)?(?:[\w-]+\s+)?(?:rates|taxes)\b"
    r"|\b(?:win|won|wins)\s+(?:(?:the|a|an)\s+)?(?:[\w'’]+[\s-]+){0,3}"
    r"(?:cup|title|championship|league|trophy|pennant|premiership|shield)s?\b",
    re.IGNORECASE,
)
"""A deed that by its nature happens again and again: a record set or reached ("a record
was set", "at record levels"), a rate or a tax raised or cut, a cup or a title won."""
_ALSO_PICKS_AN_OCCASION = LazyPattern(r"\b(?:only|since|1[0-9]{3}|20[0-9]{2})\b", re.IGNORECASE)
"""Besides ``_ONE_OCCASION``'s words, what picks one occasion of a deed that recurs: "the only
time", "since 2006", a year ("the 1998 World Cup")."""


_MUSIC_RECORD = LazyPattern(
    r"\brecords?\s+(?:deals?|labels?|compan(?:y|ies)|contracts?|producers?|stores?|shops?"
    r"|players?|sales|industry|charts?)\b"
    r"|\b(?:release|released|releases|releasing|issue|issued|recorded|cut"
    r"|sign|signed)\s+(?:(?:a|an|the|its|their|his|her|new|debut|first|second|third)\s+)*"
    r"(?:[\w-]+\s+)?records?\b",
    re.IGNORECASE,
)
"""A record of music, no feat: "signed a record deal", "founded a record label", "released
a new record"."""


def recurring_deed_asked_when(question: str) -> bool:
    """Whether a time is asked of a deed that recurs by its nature with nothing picking the
    occasion: "In what year was a record set?", "When were Orm's profits at record levels?",
    "In what year did the bank raise interest rates?" (the sentence's "for the first time
    since 2006" dropped), "In what year did Kell Rovers win the Orva Cup?": records are
    broken, rates move each year, clubs win cups again. "first", "last", "only", "for the
    third time" or a year ("the 1998 World Cup") pick one occasion and keep it. A record of
    music ("sign a record deal", "release a new record") is made once."""
    deeds = _MUSIC_RECORD.sub(" ", question)
    return (
        _RECURRING_DEED.search(deeds) is not None
        and _ONE_OCCASION.search(question) is None
        and _ALSO_PICKS_AN_OCCASION.search(question) is None
    )


_UNNAMED_JOURNEY = LazyPattern(
    r"^(?:(?:When|(?:In|On)\s+what\s+[a-z]+)\s+did\s+)?(?i:an?|one|some)\s+(?:[\w-]+\s+){1,8}?"
    r"(?:take\s+off|took\s+off|set\s+(?:off|out|sail)|depart(?:ed)?|leave|left|sail(?:ed)?"
    r"|fly|flew|arrive[d]?|land(?:ed)?)\b"
)
"""A journey by a craft or a traveller named by nothing but its kind ("When did a bomber take
off from Orm?", "A bomber took off from Orm for which town on 4 July 1943?")."""


def unnamed_journey(question: str) -> bool:
    """Whether the question asks of a journey no name picks out: a bomber taking off, a ship
    sailing, named by nothing but its kind, is one of many alike, and the sentence that
    tells it only sets the scene for who was aboard. "first" or "last" picks one."""
    return _UNNAMED_JOURNEY.match(question) is not None and _ONE_OCCASION.search(question) is None


_MONTH = "(?:" + "|".join(MONTHS) + ")"
_TIME_PHRASE = LazyPattern(
    r"(?:\b(?i:in|on|during|by|since|until|from|before|after|of|as\s+of)\s+)?(?:the\s+)?"
    r"(?:(?:early|late|mid)[\s-]+)?"
    rf"(?:(?:(?:\d{{1,2}}\s+)?{_MONTH}(?:\s+\d{{1,2}})?,?\s+)?\b(?:1[0-9]{{3}}|20[0-9]{{2}})s?\b"
    rf"|\b(?:\d{{1,2}}\s+)?{_MONTH}\b(?:\s+\d{{1,2}}\b)?"
    r"|(?<![\w-])[\w-]+\s+century\b)"
)
"""A time a question names ("in 1204", "on 3 May 1850", "in May 1999", "in the 1880s", "in
the 19th century"), with the preposition that brings it."""


def names_a_time(question: str) -> bool:
    """Whether a question names a time of its own ("... in May 1999?")."""
    return _TIME_PHRASE.search(question) is not None


_TIME_TOLD = LazyPattern(
    rf"(?P<point>\b[Ii]n\s+(?:(?:early|late|mid-)\s*)?(?:(?:\d{{1,2}}\s+)?{_MONTH}\s+(?:\d{{1,2}},?\s+)?)?"
    r"(?:AD\s+)?)?(?<![\d.,$£€-])\b(?P<year>1[0-9]{3}|20[0-9]{2}|[1-9][0-9]{1,2}(?=\s*(?:BC|BCE|AD|CE)?"
    r"\s*[,.;:)]))(?P<era>\s+(?:BC|BCE|AD|CE)\b)?(?P<decade>s)?(?!\d)"
)
"""A year a text tells, with the "in" that makes it the point a deed happened ("in 1802",
"in May 1802", "in 58 AD"); a year of three figures or fewer only where punctuation closes
it ("broke out in 58."), as a count ("58 men") never is."""


def times_told(text: str) -> list[str | None]:
    """The years the text tells in order, each as an opening that dates a deed ("In 1802")
    where the text says the deed fell in it, None where the text tells a span, a decade or a
    bound ("until 63", "in the 1780s", "since 1990"): no one year to date a deed by."""
    return [
        f"In {found['year']}{found['era'] or ''}"
        if found["point"] is not None and found["decade"] is None
        else None
        for found in _TIME_TOLD.finditer(text)
    ]


_COMPASS_WORDS = word_set("North South East West Northern Southern Eastern Western Central")
_NO_NATION = _COMPASS_WORDS | word_set(
    "New Upper Lower Catholic Protestant Hindu Muslim Jewish Islamic Arabic Edwardian Victorian"
    " Axis Viking Inca Norman Norse Celtic Anglo Afro Latin"
)
"""Words the peoples' adjectives hold that name a part of a land, a faith, an age or a people
of no nation: "the Vikings sailed" is no nation's deed."""
_REALM_ADJECTIVE = LazyPattern(
    rf"(?P<adjective>[A-Z][a-z]+)\s+(?:{'|'.join(sorted(lexicon.COUNTRY_WORDS))})"
)


def nation_words(countries: Iterable[str]) -> frozenset[str]:
    """The names of nations a question may name without saying which deed of theirs it
    means: the countries the lexicon knows and the ``countries`` a document names, their
    peoples' adjectives ("French", "Armenian", "Parthian" of the Parthian Empire) and
    plurals ("Parthians", "Danes")."""
    names = {*lexicon.COUNTRIES, *countries}
    adjectives = set(lexicon.demonyms(names) | _PLURAL_PEOPLES) - _NO_NATION
    adjectives |= {
        found["adjective"] for name in names for found in _REALM_ADJECTIVE.finditer(name)
    }
    return frozenset(names | adjectives | {f"{adjective}s" for adjective in adjectives})


_WH_SORT = LazyPattern(
    r"\b(?:[Ww]hich|[Ww]hat)\s+(?!(?:is|was|are|were|did|does|do|has|have|had)\b)"
    r"(?P<sort>[a-z][\w-]*)"
)
"""A wh-phrase naming the sort it asks for ("which market"): the sort is the answer's."""
_FEW_DEED_WORDS = 4
"""How many words of its own, beyond its names, a question of a nation's deed may hold and
still tell nothing that pins the deed: "What did the United States offer to buy?" (offer,
buy) is every offer the nation made."""
_DEED_PINNING_WORDS = word_set("first last only again") | frozenset(ORDINAL_WORDS)
_CAPITALISED_RUN = LazyPattern(r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*")


def _a_nation(name: str, nations: Collection[str]) -> bool:
    """Whether a name is a nation's ("France", "French", "North Vietnam"); a point of the
    compass alone ("the West") is none."""
    if name in nations:
        return True
    words = name.split()
    return any(w in nations for w in words) and all(
        w in nations or w in _COMPASS_WORDS for w in words
    )


def names_asked_of(question: str) -> list[str]:
    """The names a question holds, as runs of capitalised words less the word that opens it
    where that opens no name ("From", "Which") and a closing possessive: "From which country
    did French forces retreat?" → ["French"]."""
    runs = [found.group(0) for found in _CAPITALISED_RUN.finditer(question)]
    if runs and lexicon.opens_no_name(runs[0].split()[0]) and question.startswith(runs[0]):
        runs[0] = runs[0].partition(" ")[2]
    return [re.sub(r"[’']s$", "", run) for run in runs if run]


_NO_FIGURE_BEFORE = LazyPattern(r"\b(?:as|[Tt]he)\s+[A-Z]")
"""A name after "as", a part played or a name taken ("cast as Eve", "known as Tobias"), or
after "the", a thing's ("the Fed"): no one's given name."""


def given_names_alone(question: str, title: str) -> list[str]:
    """The given names alone the question names people by, where it names no one else but
    people named in full ("How many minutes is Mya Lynn older than Luke?"), and nothing else:
    no family name too, no word of the document's title. Which Luke, a learner who never
    read the text cannot tell. Empty where the question names anything else."""
    if _NO_FIGURE_BEFORE.search(question):
        return []  # "Who was cast as Eve?", "What did the Fed tie?": no figure's name
    names = names_asked_of(question)
    title_words = _WORD.findall(title)
    alone = [
        name
        for name in names
        if name in lexicon.given_names()
        and not lexicon.family_name(name)
        and name not in MONTHS
        and name not in lexicon.KNOWN_LANDS
        and name not in title_words
    ]
    if all(name in alone or lexicon.reads_as_personal_name(name) for name in names):
        return alone
    return []


def deed_of_nations_alone(question: str, nations: Collection[str]) -> bool:
    """Whether the question asks of a deed whose only names are nations' (``nation_words``)
    and which says too little else to be one deed (``_FEW_DEED_WORDS``): "From which country
    did French forces retreat?", "Who began an invasion of the Armenian kingdom?". A nation
    does such things again and again; only a time, a place or a name of its own says which
    time is meant. "First", "last" or an ordinal pins one ("the first Kessian colony")."""
    runs = names_asked_of(question)
    if not runs or not all(_a_nation(run, nations) for run in runs):
        return False
    asked_sort = _WH_SORT.search(question)
    words = [w.casefold() for w in _WORD.findall(question) if w[:1].islower()]
    if _DEED_PINNING_WORDS.intersection(words):
        return False
    own = [
        w
        for w in words
        if w not in _FUNCTION_WORDS
        and w not in NUMBER_WORDS
        and w not in AUXILIARIES
        and (asked_sort is None or w != asked_sort["sort"])
    ]
    return len(own) <= _FEW_DEED_WORDS


def bare_fact(question: str) -> str:
    """The question without the times it names and the sort its wh-phrase names, normalized:
    what it asks of whom, at any time ("Which loom did Orm release in May 1999?" → "what
    did orm release")."""
    return normalize(_WH_SORT.sub("what", _TIME_PHRASE.sub(" ", question)))


_SHARED_FILLER = frozenset(
    word.casefold() for word in _FUNCTION_WORDS | _STOP | lexicon.DETERMINERS
)


def _same_answer(answer: str, other: str) -> bool:
    """Whether two answers name one thing: equal, or (names) sharing a word of three or
    more letters ("Ana Holm", "Holm") that is no article or joining word ("the Kell
    council" and "the Arlo board" share only "the")."""
    key, other_key = normalize(answer), normalize(other)
    if key == other_key:
        return True
    if any(ch.isdigit() for ch in key + other_key):
        return False  # two years, two counts: two answers
    words = {word for word in key.split() if len(word) > 2 and word not in _SHARED_FILLER}
    return bool(words & {word for word in other_key.split() if len(word) > 2})


_COVER_ASKED = LazyPattern(
    r"^Who\s+(?:performed|sang|recorded|covered|played)\s+"
    r"(?:[A-Z][\w.’'-]*\s+)*[A-Z][\w.’'-]*(?:['’]s|['’])\s+[\"“]"
)
"""A question on who performed a work its owner is named by ("Who performed Ada Lund's
"Salt Tide"?"): the owner performed it first, a cover's singer after."""


def cover_asked_of_its_performer(question: str) -> bool:
    """Whether the question asks who performed, sang or recorded a work it names as another
    person's ("Who performed Ada Lund's "Salt Tide"?"): she did, and so did whoever covered
    it; the question has two answers."""
    return _COVER_ASKED.match(question) is not None


_CERTIFIED = LazyPattern(
    r"\b(?:certified\s+(?:(?:multi-|double\s+|triple\s+)?(?:gold|platinum|silver|diamond))"
    r"|(?:gold|platinum|silver|diamond)\s+certifications?)\b",
    re.IGNORECASE,
)
_WHO_CERTIFIED = LazyPattern(r"^(?:\w+\s+)?(?:[Ww]hich|[Ww]ho|[Ww]hat)\b")


def one_of_several_certifications(question: str, texts: Sequence[str]) -> bool:
    """Whether the question asks which body certified a work gold or platinum, without the
    sales it was certified for, where the document tells of more than one such certification
    ("From which association has Orm received a gold certification?" beside "certified gold
    by the Kell Phonographic Board"): each country's body certifies a work apart, so the
    question has several answers. The sales figure ("for shipments of 70,000 copies") says
    which one is meant."""
    if not _CERTIFIED.search(question) or not _WHO_CERTIFIED.match(question):
        return False
    if re.search(r"\d", question):
        return False  # "certified gold for shipments of 500,000 copies": that one
    return sum(len(_CERTIFIED.findall(text)) for text in texts) > 1


def retold_with_another_answer(asked: Sequence[tuple[str, str, int, str]]) -> set[int]:
    """The positions in ``asked`` (question, answer, sentence, the answer's kind) of the
    questions whose bare fact (``bare_fact``: the question less its times) the document
    tells again with another answer of the kind in another sentence, and which name no time
    of their own: "What did Orm
    release?" of "In May 1999, Orm released Vell 2" where "In 2001, Orm released Vell 3"
    too, or "Who led the Kell Guild?" where two sentences name two leaders. The fact
    recurs, so only its time says which answer is meant; a question that keeps its time
    ("What did Orm release in May 1999?") is asked. A time asked of a fact told twice is
    left to ``questions.with_one_answer``: its options leave the other time out."""
    groups: defaultdict[tuple[str, str], list[int]] = defaultdict(list)
    for at, (question, _answer, _sentence, kind) in enumerate(asked):
        groups[bare_fact(question), kind].append(at)
    refused: set[int] = set()
    for (bare, kind), members in groups.items():
        if len(members) < 2 or not bare or kind in WHEN_KINDS:
            continue  # a time asked twice: options leave the other out (``with_one_answer``)
        for at in members:
            question, answer, sentence, _ = asked[at]
            if names_a_time(question):
                continue  # its own time says which of the answers it means
            if any(
                asked[other][2] != sentence and not _same_answer(answer, asked[other][1])
                for other in members
            ):
                refused.add(at)
    return refused


_NO_EVENT_WORDS = _STOP | word_set(
    "which who whom whose is are was were be been being has have had do does did times time"
    " twice again once many several"
)


def _tells_of(aside: str, asked: Sequence[str]) -> bool:
    """Whether an aside tells the question's own event: a verb or noun of it ("won",
    "elected mayor", "rebuilt") is of one family with a word of the question. A name it
    shares ("Kell") tells no event."""
    told = [w for w in _WORD.findall(aside) if w.islower() and w not in _NO_EVENT_WORDS]
    return any(_same_family(word, other) for word in told for other in asked)


_EVENT_NOUN = LazyPattern(
    r"\bthe\s+(?P<noun>surrender|treaty|truce|armistice|ceasefire|siege|war|battle|rebellion"
    r"|revolt|uprising|invasion|conflict|campaign|blockade|occupation|mutiny|coup)\b"
    r"(?!\s+(?:of|between|with|against|in|at|on|over|for|to|that)\b)"
)
"""An event named only by its sort ("the surrender", "the treaty"): which one?"""
_FRACTION = LazyPattern(
    r"\b(?:a|one|two|three)[\s-](?:half|third|thirds|quarters?(?!\s+(?:called|named|known"
    r"|inhabited|populated|settled)\b)|fifth|fifths|tenth)"
    r"(?=\s+(?:is|was|were|are|has|had|have|[a-z]+ed)\b|\s*\?)",
    re.IGNORECASE,
)
"""A share of no whole, told as what it is or what was done to it ("a third coloured red",
"two thirds were burned"): a third of what? "A third attack" is an ordinal, and "a quarter
called Orvtown" or "inhabited by weavers" is a district of a town."""
_HEARSAY = LazyPattern(
    r"\brumou?rs?\b(?!\s+(?:that\b|(?:of|about)\s+(?!what\b|which\b|whom?\b)))", re.IGNORECASE
)
"""Rumours of nothing said: "Rumours of what spread soon?"."""
_WARS = word_set("war wars conflict")
_WHICH_SIDE = LazyPattern(r"^(?:[A-Z][a-z]+\s+)?[Ww]hich\s+sides?\b(?!\s+of\b)")
"""Sides of no war: "Which side of the river" names what it is a side of."""


_NEEDS_ITS_OBJECT = LazyPattern(
    r"(?:\b(?P<determiner>[Tt]he|[Aa]n?)\s+|(?<![\w’'-]))(?:(?P<modifier>[A-Z][\w-]*|[a-z-]+)\s+)?"
    r"(?P<noun>occupation|siege|blockade|campaign|victims|ban|embargo|boycott|update|record"
    r"|attempts?)"
    r"(?![\w’'-])"
)
"""An act done to something, or those it was done to ("Orvish occupation", "a record", "the
victims"), after an article or a people's word."""
_TIME_AFTER = (
    r"\d|(?:early|mid|late)[\s-]|(?:what|which)\s+(?:year|date|day|month|decade|century|time)\b"
    r"|(?:the\s+)?(?:\d|(?:time|end|beginning|start|meantime|past|year|decade|century|summer"
    r"|winter|spring|autumn)\b)"
    rf"|(?:{'|'.join(sorted(MONTHS))})\b"
)
"""What after a preposition says when, not to what: "1950", "May 1950", "the 1950s", "the
time", "the summer of 1950", "early 1950", "what year"."""
_ITS_OBJECT_AFTER = LazyPattern(
    rf"\s+(?:by\s+(?:[\w’'-]+\s+){{1,5}}?)?(?:of|on|against|for|to|over|between|in|at)\s+"
    rf"(?!{_TIME_AFTER})"
)
"""What says what the act was done to, or asks it, right after the noun: "occupation of
Kell", "a ban on nets", "the occupation of which country" (not "a record in 1950", "a ban in
May 1950" nor "in what year", which say or ask when)."""
_COMPOUND_AFTER = LazyPattern(r"\s+([a-z]+)(\s+of\b)?")


def _its_object_after(question: str, end: int) -> bool:
    """Whether the act's object follows the noun ending at ``end``, right after it or after
    the one participle that tells what was done ("a record set in the mile")."""
    if _ITS_OBJECT_AFTER.match(question, end):
        return True
    participle = _NEXT_WORD.match(question, end)
    return (
        participle is not None
        and past_participle(participle[1])
        and _ITS_OBJECT_AFTER.match(question, participle.end()) is not None
    )


def _other_names(question: str) -> Counter[str]:
    """The capitalised words of the question that name a thing, each with how often: not a
    first word that opens no name ("In", "Who"), a month nor a people's word."""
    words = _WORD.findall(question)
    if words and lexicon.opens_no_name(words[0]):
        words = words[1:]
    return Counter(
        word
        for word in words
        if word[:1].isupper() and word not in MONTHS and not topics.place_adjective(word)
    )


def _act_without_its_object(question: str, title_words: Collection[str]) -> bool:
    """Whether the question tells of an act that is always done to something with nothing
    saying to what: "Until what year did Orvish occupation last?" (of what?), "In what year
    was a record set?" (in what?), "Who paid the victims?" (of what?). A people's word says
    who acted, not to what; a name before the noun ("the Kell blockade"), an object after it
    ("the siege of Orm") or any other name in the question ("took Kell after a long siege")
    says which. The document's own event ("the siege" in a deck on the Siege of Orm, "the
    victims" in one on a flood) is known."""
    names: Counter[str] | None = None
    for found in _NEEDS_ITS_OBJECT.finditer(question):
        noun, modifier = found["noun"], found["modifier"] or ""
        if modifier[:1].islower() and "ADJ" not in word_tags(modifier):
            continue  # "the trade embargo", "the record holder": another noun's
        people = modifier[:1].isupper() and not word_tags(modifier.casefold())
        if people and not (topics.place_adjective(modifier) or modifier.isupper()):
            continue  # "the Kell blockade": a name says which
        if not (found["determiner"] or people) or noun in title_words:
            continue  # "What occupation did he take up?": a trade, not an act
        if noun == "victims" and any(topics.sort_group(w) == "event" for w in title_words):
            continue  # the victims of the document's own disaster
        if _its_object_after(question, found.end()):
            continue  # "the occupation of Kell", "a record set in the mile"
        names = _other_names(question) if names is None else names
        if not noun.startswith("attempt") and sum(names.values()) > names[modifier]:
            continue  # "captured the fortress of Kell after a long siege": Kell's
        following = _COMPOUND_AFTER.match(question, found.end())
        if following is None:
            return True
        tags = word_tags(following[1]) if following[1] not in _FUNCTION_WORDS else set()
        if "NOUN" in tags and ("VERB" not in tags or following[2]):
            continue  # "siege engines", "a record number of visitors": a compound
        return True
    return False


def event_without_its_owner(question: str, key: str, title: str) -> bool:
    """Whether the question speaks of an event, a share or a rumour without saying whose:
    "Which side was finally forced to surrender?" (in which war?), "What did the treaty
    give to Marr?" (which treaty?), "What was a third coloured?" (a third of what?),
    "Rumours of what spread?". An event the document's title names ("the war" in a deck
    on the Orm War) or the question names by its own name is known."""
    events = {w.casefold() for w in _WORD.findall(title)}
    if events & _WARS:
        events |= _WARS  # "the conflict" in a deck on the Orm War is that war
    for found in _EVENT_NOUN.finditer(question):
        noun = found["noun"]
        named = re.search(rf"\b{noun.capitalize()}\b", question) is not None
        if noun not in events and not named:
            return True
    if _FRACTION.search(question):
        return True
    if _HEARSAY.search(question) or _HEARSAY.fullmatch(key.strip()):
        return True
    if _act_without_its_object(question, events):
        return True
    if _WHICH_SIDE.match(question):
        named_event = any(
            word in lexicon.EVENT_WORDS for word in _WORD.findall(question) if word[:1].isupper()
        )
        return not (named_event or events & (_WARS | {"battle", "siege"}))
    return False


_NOT_PARTS = word_set(
    "world worlds hemisphere front frontier wind winds style church churches tower towers"
    " gate gates door doors wing wings wall walls window windows face pole entrance porch aisle"
    " transept"
)
"""Nouns after a bare compass word that name no part of a place ("the north wind", "the
west tower"): a compass word before them says which one, not which part of a land."""
_PART_OF_A_PLACE = LazyPattern(
    r"\bthe\s+(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?\s+(?:plains?|coast"
    r"|coastline|regions?|parts?|half|highlands|lowlands|uplands|plateau|hills|mountains"
    r"|districts?|provinces?|counties|territories|areas?|suburbs|interior|lands|shore|reaches"
    r"|borderlands|steppes?|desert|valleys?|basin|delta|slopes|forests?|islands?|ends?|sides?"
    r"|banks?)"
    r"|(?:central|upper|lower|inner|outer|coastal)\s+(?:plains?|valleys?|basin|coast|coastline"
    r"|regions?|highlands|lowlands|plateau|hills|mountains|delta|districts?|provinces?|areas?"
    r"|suburbs|islands?|desert|forests?|shore|lands|parts?|reaches|course))\b"
    r"|\bthe\s+(?:north|south|east|west|interior|mainland|hinterland|coastline)\b"
    r"(?:(?=\s+(?P<noun>[a-z]+))|)"
)
"""A part of a place named only by where it lies ("the central plain", "the northern
coast", "the northern end", "the interior"): of which place? A compass word before a thing
that is no region ("the west tower", "the north wind") names no part of a land."""
_OWNER_AFTER = LazyPattern(r"\s+(?:of|in|on|near|around)\s+(?:the\s+)?[A-Z]|\s+of\s+the\s+[a-z]")
"""The place a part is of: "of Orvland", "in the Kell hills", "of the lake"."""


def part_without_its_owner(question: str, known: Collection[str]) -> bool:
    """Whether the question speaks of a part of a place without saying whose: "What drains
    the central plain?" in a deck on Orvland. It names the owner when the part is followed
    by "of Orvland", or the question names the document's subject or any other name ("In
    Orvland, what drains the central plain?"). A part of a body or a work must name its
    owner itself (``_body_part_without_its_owner``)."""
    own = {noun.casefold() for noun in known}
    if _body_part_without_its_owner(question, own):
        return True
    parts = [p for p in _PART_OF_A_PLACE.finditer(question) if p["noun"] not in _NOT_PARTS]
    if not parts or all(_OWNER_AFTER.match(question, p.end()) for p in parts):
        return False
    words = _WORD.findall(question)
    if any(word.casefold() in own for word in words):
        return False
    return not any(
        word[:1].isupper() and word not in MONTHS for index, word in enumerate(words) if index
    )


_PART_OF_A_BODY = LazyPattern(
    r"\b(?P<determiner>[Tt]he|[Ii]ts|[Ee]ach|[Ee]very|^A|^An)\s+"
    r"(?P<modifiers>(?:[\w’'-]+\s+){0,2}?)(?P<noun>section|layer|edition|branch|wing|chapter"
    r"|council|board|convention|committee|department|faculty|chamber|synod|cabinet"
    r"|assembly|congregation|campus|bureau)"
    r"s?(?![\w-])"
)
"""A part of a body, a work or a thing ("the Business section", "each chapter", "a surface
layer", "the council"): when it is the document's subject's, the question must say so."""
_MEMBER_OF_A_BODY = LazyPattern(
    r"\b(?P<determiner>[Ee]ach|[Ee]very)\s+"
    r"(?P<modifiers>(?:(?!(?:the|a|an|its|their|his|her|of)\b)[\w’'-]+\s+){0,2}?)"
    r"(?P<noun>brotherhood|lodge|guild|parish|diocese|district|province|county|ward"
    r"|constituency|electorate|canton|borough|municipality|region|state|member|house|club"
    r"|regiment|battalion|tribe|clan|division|delegation)"
    r"s?(?![\w-])"
)
"""After "each" or "every", a member or a division of a body or a land ("each brotherhood",
"every electoral district"): each of whose? Not "each team", which a sport's rules speak
of ("How many players does each team field?")."""
_BODY_NAMED_AFTER = LazyPattern(r"\b(?:to|into|from|by)\s+the\s+[A-Z]")
"""A body each member or part is sent to or chosen for, named after it: "does each state
send to the Senate" says whose states."""
_OWNER_OF_A_PART = LazyPattern(
    r"\s+(?:of|in|at|within|for)\s+(?:the\s+|its\s+)?(?:[A-Z]|which\b|what\b)"
)
_ANY_OWNER = LazyPattern(r"\b(?:of|in|on|within|inside)\s+(?:a|an|any|every|each)\s+[a-z]")
_OWNER_NOUN_AFTER = LazyPattern(r"\s+(?P<word>of|in|within)\s+the\s+(?P<noun>[a-z]+)\b")
"""A thing named by its sort after a part ("the outer layer of the skin", "the wing in the
hospital"): its owner, though not by name."""
_NEXT_WORD = LazyPattern(r"\s+(?P<word>[a-z]+)\b")
_AUXILIARY = LazyPattern(r"\b(?:did|does|do|will|would|can|could|should|must|may)\b", re.I)
_OWNER_BEFORE = LazyPattern(r"[A-Z][\w’'-]*[’']s\s+$")
_ASKS_FOR_THE_OWNER = LazyPattern(
    r"^(?:[A-Z][a-z]+\s+)?(?:[Ww]hich|[Ww]hat)\s+(?:[a-z]+\s+)?(?:newspaper|paper|magazine"
    r"|journal|book|work|university|college|school|company|firm|organi[sz]ation|party|church"
    r"|parliament|body|institution|society|union|order|movement|association|league|club)\b"
)
"""A question asking for the body or work a part belongs to: the part needs no owner."""


def _body_part_without_its_owner(question: str, own: Collection[str]) -> bool:
    """Whether the question speaks of a part of a body or a work ("In what year was the
    Business section launched?" in a deck on a newspaper, "Each chapter elects how many
    delegates?") with neither the document's subject nor another owner named: after the part
    ("of the Kell Courier", "in a bog": any one), before it ("the Courier's Business
    section") or anywhere in the question. A part noun the subject itself goes by ("the
    council" in a deck on a council) is the subject."""
    parts = [*_PART_OF_A_BODY.finditer(question), *_MEMBER_OF_A_BODY.finditer(question)]
    if not parts:
        return False  # the cheap test first: most questions name no part at all
    said = _WORD.findall(question)
    words = [word.casefold() for word in said]
    if any(word in own or any(_same_family(word, noun) for noun in own) for word in words):
        return False  # "the Victorian Legislative Council" in a deck on Victoria
    if any(w[:1].isupper() and w not in MONTHS and not word_tags(w.casefold()) for w in said[1:]):
        return False  # "In Kell, who chaired the council?": a name no English word is spelt as
    if _ASKS_FOR_THE_OWNER.match(question):
        return False  # "Which newspaper launched the Business section?": the owner asked
    for part in parts:
        modifiers = part["modifiers"].split()
        if part["noun"] in own or {"of", "which", "what"}.intersection(modifiers):
            continue
        if any(w[:1].isupper() and not word_tags(w.casefold()) for w in modifiers):
            continue  # "the Varn harbour board": a name no English word is spelt as owns it
        if _OWNER_OF_A_PART.match(question, part.end()) or _owner_by_its_sort(question, part):
            continue
        each = part["determiner"].casefold() in ("each", "every")
        if each and _BODY_NAMED_AFTER.search(question, part.end()):
            continue  # "does each state send to the Senate": the Senate's states
        if _in_a_compound(question, part):
            continue  # "the assembly line", "the ozone layer": a thing of its own
        if _ANY_OWNER.search(question, part.end()):
            continue  # "the spongy layer of dead moss in a bog": of any bog
        if _OWNER_BEFORE.search(question, 0, part.start()):
            continue
        return True
    return False


def _owner_by_its_sort(question: str, part: re.Match[str]) -> bool:
    """Whether "of the <word>" or "in the <noun>" follows the part: "the outer layer of the
    skin", not "the council in the early years"."""
    owner = _OWNER_NOUN_AFTER.match(question, part.end())
    if owner is None:
        return False
    return owner["word"] == "of" or "NOUN" in word_tags(owner["noun"])


_OWNER_SORTS = lexicon.PLACE_WORDS | lexicon.ORGANISATION_WORDS | word_set("Parish State Church")
"""Sorts of place or body a part noun's modifier may say it belongs to: "the town council"
is some town's, unlike "the ozone layer"."""


_PARTS_OF_A_WORK = word_set("section edition chapter")
"""Parts of a newspaper or a book, which a noun before names by their topic ("the sports
section", "the print edition"), never as a thing of their own ("the ozone layer")."""


def _in_a_compound(question: str, part: re.Match[str]) -> bool:
    """Whether the part noun only modifies the noun after it ("the moving assembly line", "the
    first department store": no verb asked with "did" as "did the board meet"), or is named
    by a noun before it after "the" ("the ozone layer", unlike "a surface layer" of any
    sea or "the town council" of some town): a thing of its own, no part of the document's
    subject."""
    modifiers = part["modifiers"].split()
    of_a_work = part["noun"] in _PARTS_OF_A_WORK
    if part["determiner"] in ("the", "The") and len(modifiers) == 1 and not of_a_work:
        tags = word_tags(modifiers[0])
        sort = modifiers[0].capitalize() in _OWNER_SORTS
        if modifiers[0].islower() and "NOUN" in tags and "ADJ" not in tags and not sort:
            return True
    after = _NEXT_WORD.match(question, part.end())
    tags = word_tags(after["word"]) if after else frozenset()
    if "NOUN" not in tags or tags & {"ADJ", "ADV"}:
        return False  # "the Weekend edition first printed": no noun it modifies
    asked_with_a_verb = _AUXILIARY.search(question, 0, part.start()) is not None
    return not (asked_with_a_verb and "VERB" in tags)


_POINTS_BACK = LazyPattern(
    r"\b(?:a|an|the)\s+further\b|\bfurther\s+(?:\d|(?:one|two|three|four|five|six|seven|eight"
    r"|nine|ten|hundred|thousand)\b|[a-z]+ed\b)"
    r"|\binstead\b(?!\s+of\b)|(?<!\bor\s)\belse\b",
    re.IGNORECASE,
)
"""Words that lean on what a sentence before told: "a further change", "a further eight
seats", "was further weakened" (after which?), "decided instead to sell" (instead of
what?), "What else ...?" (besides what?). "Further north", "further action" (any more) and
"instead of a mill" say what they mean themselves."""


def points_back(question: str) -> bool:
    """Whether the question keeps a word that points back to a sentence the learner never
    sees: "There was a further change of ownership in what year?", "Who decided instead to
    sell the mill?", "What else did the guild build?". An "instead" after a denial in the
    question itself ("did not sell the mill but instead leased it") is answered there."""
    found = _POINTS_BACK.search(question)
    if found is None:
        return False
    if found.group(0).casefold() == "instead":
        return _DENIAL.search(question, 0, found.start()) is None
    return True


_DENIAL = LazyPattern(
    r"\b(?:not|never|no|nor|rather\s+than|refused|rejected|declined|veto|vetoed)\b|n[’']t\b",
    re.IGNORECASE,
)


_BOUNDED_CLAIM = LazyPattern(
    r"\b(?P<claim>(?:most|least)\s+[a-z]+|[a-z]+)(?=\s+(?P<noun>[a-z][\w-]*)\b)"
)
"""A claim true of one thing among a set: "the only instrument", "the first mill", "the
largest port", "the most common form"."""
_CLAIM_SCOPE = LazyPattern(
    r"\s+(?P<scope>(?:of|in|among|within|on|outside)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?"
    r"(?:(?:[A-Z][\w’'-]*|\d{4}s?)(?:\s+(?:[A-Z][\w’'-]*|\d{4}s?|[a-z]+(?=\s+[A-Z])))*"
    r"|(?<=its\s|eir\s|his\s|her\s)(?!(?:history|existence|career|life|lifetime)\b)[a-z]+"
    r"|(?<=the\s)[a-z]+(?:\s+[a-z]+)?))"
)
"""The phrase bounding such a claim right after its noun: "of the Orvan family", "in Kell",
"in the 1890s", "of its kind", "of the council". A possessive's lifetime ("for the first
time in their history") is the subject's own, which the question names: no bound."""
_UNBOUNDING = _STOP | lexicon.FUNCTION_WORDS | word_set("among within outside")
"""Words of a bounding phrase that say nothing of the bound itself."""
_UNBOUNDED_NOUNS = word_set(
    "world history time way area region country nation state province county city town"
    " island continent empire kingdom"
)
"""Nouns after "the" that bound nothing a question keeps: "the largest in the world", "the
first time in the history of ...", or the place a question on it opens with ("the largest
port in the country")."""


_PERIOD_NOUNS = word_set("year decade century season")
"""Periods a claim may be bounded by ("the most popular song of the year"), which a year in
the question names."""
_A_YEAR = LazyPattern(r"\b\d{4}s?\b")


def scope_lost(question: str, sentence: str, answer: str = "") -> bool:
    """Whether the question keeps an "only", "first" or superlative claim of its sentence but
    drops the phrase that bounds it: "The horn was the only instrument of the Orvan family to
    sound at concert pitch" asked "What was the only instrument to sound at concert pitch?"
    is false of instruments at large. The claim keeps its scope where the question names any
    word of it ("In Kell, what is the largest port?") or the scope holds the ``answer``
    ("Kell is the largest city in which region?")."""
    asked = {word.casefold() for word in _WORD.findall(question)}
    for claim in _BOUNDED_CLAIM.finditer(sentence):
        if not _ranking_word(claim["claim"].split()[0]) or claim["claim"] == "most":
            continue
        said = f"{claim['claim']} {claim['noun']}"
        if re.search(rf"\b{re.escape(said)}\b", question, re.IGNORECASE) is None:
            continue
        bound = _CLAIM_SCOPE.match(sentence, claim.end("noun"))
        if bound is None:
            continue
        words = [w for w in _WORD.findall(bound["scope"]) if w.casefold() not in _UNBOUNDING]
        if words and words[-1].islower() and words[-1] in _UNBOUNDED_NOUNS:
            continue
        if words and words[-1] in _PERIOD_NOUNS and _A_YEAR.search(question):
            continue  # "the most popular song of the year" asked "In 1960, what was ...?"
        if answer and answer.casefold() in bound["scope"].casefold():
            continue
        if words and not any(word.casefold() in asked for word in words):
            return True
    return False


_PARAGRAPH_SCOPE = LazyPattern(
    r"^(?:In|On|Within|Across|Throughout)\s+(?:the\s+)?"
    r"(?P<scope>[A-Z][\w’'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'-]*)*)\s*,"
)
"""A paragraph's opening phrase that names the place or domain all it tells holds in: "In
Tarland, ...", "On the Isle of Orm, ..."."""


_SITED_AT = LazyPattern(
    r"\b(?i:on|in|at)\s+(?:the\s+)?(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)"
)
"""A place something happened at, named after "on", "in" or "at" ("on Kell Island")."""
_WHOLE_COUNT = LazyPattern(
    r"\b(?:total|overall|altogether|in\s+all|throughout|across|elsewhere)\b", re.IGNORECASE
)
"""Words that make a count the whole's, not one place's."""


def place_scope_lost(question: str, sentence: str, before: str, paragraph: list[str]) -> bool:
    """Whether a "How many" question drops the place its count was made in: the sentence
    names no place, its paragraph goes from place to place (three or more), and the sentence
    before names the place ("Heavy damage occurred on Kell Island. The storm destroyed four
    churches." The four churches were on Kell Island; "How many churches did the storm
    destroy?" asks the storm's whole toll)."""
    if not question.startswith("How many") or _WHOLE_COUNT.search(sentence):
        return False
    if re.search(r"\s[A-Z]", sentence):
        return False  # the sentence names a place or someone of its own
    places = {
        match["place"]
        for text in paragraph
        for match in _SITED_AT.finditer(text)
        if match["place"].split()[0] not in MONTHS
    }
    here = [m["place"] for m in _SITED_AT.finditer(before) if m["place"].split()[0] not in MONTHS]
    asked = question.casefold()
    return len(places) >= 3 and bool(here) and not any(p.casefold() in asked for p in here)


_RANKING_CLAIM = LazyPattern(
    r"\b(?P<claim>(?:most|least)\s+[a-z]+|[a-z]+)(?=\s+(?P<noun>[A-Za-z][\w-]*)\b)"
)
"""``_BOUNDED_CLAIM`` whose noun may be written with a capital ("the oldest Medical school")."""


def paragraph_scope_lost(question: str, sentence: str, opening: str, answer: str = "") -> bool:
    """Whether the question asks an "only", "first" or superlative claim its sentence makes
    with no bound of its own, in a paragraph whose ``opening`` sentence sets the place it
    holds in ("In Tarland, schooling is free. The oldest college is in Vell." asked "Where is
    the oldest college?"): the claim is true only there, and the question does not say so.
    A question that names the place, or whose answer is it, keeps the scope."""
    scope = _PARAGRAPH_SCOPE.match(opening)
    if scope is None or scope["scope"].split()[0] in MONTHS:
        return False
    words = [w for w in _WORD.findall(scope["scope"]) if w.casefold() not in _UNBOUNDING]
    asked = {word.casefold() for word in _WORD.findall(f"{question} {answer}")}
    if not words or any(word.casefold() in asked for word in words):
        return False
    for claim in _RANKING_CLAIM.finditer(sentence):
        if not _ranking_word(claim["claim"].split()[0]) or claim["claim"] == "most":
            continue
        noun = claim["noun"]
        if noun[:1].isupper() and (topics.place_adjective(noun) or not word_tags(noun.lower())):
            continue  # "the oldest Vessian school", "the first Kell mill": bounded by the name
        said = f"{claim['claim']} {noun}"
        if re.search(rf"\b{re.escape(said)}\b", question, re.IGNORECASE) is None:
            continue
        if not _bounded_after(sentence, claim.end("noun")):
            return True
    return False


_NOUN_GOES_ON = LazyPattern(r"\s+(?!(?:is|was|are|were|has|had)\b)[a-z][\w-]*(?=\s)")
"""A further lower-case word of a claim's noun phrase ("largest animal hospital")."""


def _bounded_after(sentence: str, at: int) -> bool:
    """Whether a bounding phrase ("in Orvland") follows a claim's noun at ``at`` or one of
    the next two words of its noun phrase."""
    for _ in range(3):
        if _CLAIM_SCOPE.match(sentence, at):
            return True
        more = _NOUN_GOES_ON.match(sentence, at)
        if more is None or more.group(0).strip() in _PREPOSITIONS:
            return False
        at = more.end()
    return False


_RELATED_FORM_ENDINGS = word_set("ish ian ians an ans ese ean eans ic ics i is er ers ite ites")
"""Endings that make a people's name or an adjective of a name: "Orvish", "Kessian"."""


def built_on_the_key(question: str, key: str, kind: str) -> bool:
    """Whether a word of the question is made from a name in the key and so gives it away:
    "Which country was joined to the sea by the Orvish Corridor?" keyed "Orvland" (an
    adjective of it), "Which maker invented the kellophone?" keyed "Adam Kell" (a word built
    on the name, in no dictionary). A question that asks for a short form ("How is Orvland
    abbreviated?") shows the long one by design. Only a place or a people has a people's
    word: "Ellis" is no word of a person named Ella."""
    if _ASKS_A_SHORT_FORM.search(question):
        return False
    peoples = kind in _PLACE_KINDS or kind == "demonym" or names_people(key, kind)
    names = [w for w in _WORD.findall(key) if w[:1].isupper() and len(w) >= 3]
    asked = [w for w in _WORD.findall(question)[1:] if len(w) > 3]
    for name in names:
        lower = name.casefold()
        for word in asked:
            form = word.casefold().removesuffix("’s").removesuffix("'s")
            if form == lower:
                continue
            if peoples and word[:1].isupper() and _adjective_of(form, lower):
                return True  # "Orvish", "Kessians", "Polish" of "Poland", "Finnish"
            if (
                word.islower()
                and len(lower) >= 4
                and form.startswith(lower)
                and not word_tags(form)
                and not word_tags(lower)
            ):
                return True  # "kellophone": built on a name, no word of English ("khanate")
    return False


def _adjective_of(form: str, name: str) -> bool:
    """Whether ``form`` is a people's word or adjective made of the opening of ``name``:
    "polish" of "poland", "finnish" of "finland" (a doubled last letter), "swedish" of
    "sweden"; the part before the ending is at least three letters long."""
    for ending in _RELATED_FORM_ENDINGS:
        stem = form.removesuffix(ending)
        if stem == form or len(stem) < 3:
            continue
        undoubled = stem[:-1] if stem[-1] == stem[-2] else stem
        if any(len(part) >= 3 and name.startswith(part) for part in (stem, undoubled)):
            return True
    return False


_ASKS_A_SHORT_FORM = LazyPattern(r"\b(?:abbreviat\w*|acronym|short\s+for|stand\s+for)\b", re.I)


_MEMBERSHIP_ASKED = LazyPattern(
    r"^(?:(?P<holder_first>.+?)\s+(?:was|is|were|are|became|becomes|has\s+been|had\s+been)"
    r"\s+(?:also\s+)?(?:an?\s+)?(?:\w+\s+)?members?\s+of|(?P<joiner>.+?)\s+joined)"
    r"\s+(?:which|what)\s+(?P<sort>[a-z][\w-]*)\s*\?$"
    r"|^(?:Of\s+)?(?:[Ww]hich|[Ww]hat)\s+(?P<sort_first>[a-z][\w-]*)\s+(?:was|is|were|are|did"
    r"|does|had|has)\s+(?P<holder>.+?)\s+(?:(?:also\s+)?(?:an?\s+)?(?:\w+\s+)?members?(?:\s+of)?"
    r"|join)\s*\?$"
)
"""A question on the body a holder belongs to or joined: "Orm was a member of which body?",
"Which society did Orm join?", "Of which guild was Orm a member?"."""
_MEMBERSHIP_TOLD = LazyPattern(
    r"\b(?:members?\s+of|joined)\s+(?:the\s+)?(?P<body>[A-Z][\w’'-]*(?:\s+(?:(?:of|for|and|&"
    r"|the|de)\s+)*[A-Z][\w’'-]*)*(?:\s+[a-z]+(?=\s+(?:and|at|in|while|during|from|,|\.|;)))?)"
)
"""A body a sentence makes someone a member of: "a member of the Kell Guild", "joined the
Orm Rowing Club", "brother of ..." no."""
_BROAD_BODY_SORTS = word_set("body organisation organization group institution")
"""Sorts any body is of: a question asking one asks for every body the holder belonged to."""
_HOLDER_PRONOUN = LazyPattern(r"^(?:[A-Z][^,]*,\s+)?(?:[Hh]e|[Ss]he|[Tt]hey)\b")
_MEMBER_NOUN_PHRASE = LazyPattern(r"\b(?:an?|the)\s+(?:[\w’'-]+\s+){0,3}$", re.IGNORECASE)
"""The noun phrase a membership's "member" heads ("was a Liberal member of"): no member."""
_APPOSITIVE_BEFORE = LazyPattern(r",[^,;:]*,\s*$")
"""An aside between a member and the verb ("Ivo Rask, the son of Orm, joined"): no member."""
_SUBJECT_PRONOUNS = word_set("he she they")
_POSSESSIVES = word_set("his her their its whose")
_KIN_JOINING_AFTER = LazyPattern(
    r"(?P<joiner>\b(?:[A-Z][\w’'-]*|he|she|they))"
    r"\s+and\s+(?:his|her|their)(?:\s+[\w’'-]+){1,4}\s*$"
)
"""Someone of the holder's who joins with them, last before the verb, right after a name or
a pronoun ("Ana Holt and her husband joined"): the holder joined too. After a clause
("Orm retired, and his son joined") the kin joined alone."""
_PLACE_ON_THE_WAY = LazyPattern(
    r"\b(?:to|in|at|from|for|with|into|on|near|by|of)\s+(?:the\s+)?[A-Z][\w’'-]*"
    r"(?:\s+(?:of\s+)?[A-Z][\w’'-]*)*+(?P<then>\s+(?:and|but)\b)?"
)
"""A name a preposition governs before "and" or "but" ("moved to Lund and joined ..."): no
subject of the verb that follows, which is still the holder's. The whole chain of names is
read once ("of Kell of Lund ..."), its "and" optional, so no name inside it is read again."""


def _without_places_on_the_way(before: str) -> str:
    """``before`` less each name a preposition governs right before "and" or "but"."""
    return _PLACE_ON_THE_WAY.sub(
        lambda found: found["then"] if found["then"] else found.group(0), before
    )


def _holder_is_the_member(before: str, names: set[str]) -> bool:
    """Whether the membership told after ``before`` is one of the holder's: the nearest
    name or pronoun before it, past an aside and a relative "who", is the holder's name or
    "he", "she" or "they" ("Orm met Ivo Rask, who joined ..." tells of Rask; "Orm's son
    joined ..." of the son; "Orm moved to Lund and joined ..." and "Orm and his wife
    joined ..." of Orm)."""
    before = _MEMBER_NOUN_PHRASE.sub("", before)
    before = _APPOSITIVE_BEFORE.sub("", before)
    before = _without_places_on_the_way(_KIN_JOINING_AFTER.sub(r"\g<joiner>", before))
    clause = re.split(r"[;:]", before)[-1]
    other = False  # past another's name, only "and" and more names may follow
    for word in reversed(_WORD.findall(clause)):
        lower = word.casefold()
        if word in names or lower in _SUBJECT_PRONOUNS:
            return True
        if lower in _POSSESSIVES or lower.endswith(("'s", "’s")):
            return False  # "his brother joined", "Orm's son joined": someone of the holder's
        if word[:1].isupper() and lower not in _STOP:
            other = True  # another's name: "Ivo Rask, who was a member of ...", unless paired
        elif other and lower not in ("and", "or"):
            return False  # "Orm met Ivo Rask, who joined": "Orm and Ivo Rask joined" counts
    return not other


def one_of_several_memberships(question: str, key: str, texts: Sequence[str]) -> bool:
    """Whether a question asks the body a holder is a member of, or joined ("Orm was a member
    of which body?"), where the document makes the holder a member of another of that sort
    too ("... a member of the Kell Guild", later "... joined the Orva Choir"): each is an
    answer. A question that names a time or "first" or "last" may single one out. A
    sentence tells of the holder where it names them, or opens with "he", "she" or "they"
    after one that does."""
    asked = _MEMBERSHIP_ASKED.match(question)
    if asked is None or names_a_time(question) or _ONE_OCCASION.search(question):
        return False
    holder = asked["holder_first"] or asked["joiner"] or asked["holder"] or ""
    names = {w for w in _WORD.findall(holder) if w[:1].isupper() and w.casefold() not in _STOP}
    if not names:
        return False
    sort = (asked["sort"] or asked["sort_first"] or "").casefold()
    broadened = sort in key.casefold().split()  # "which society → Orm Society": "which body"
    broad = sort in _BROAD_BODY_SORTS or (
        broadened and lexicon.BROADER_SORTS.get(sort) in _BROAD_BODY_SORTS
    )
    own = normalize(key)
    told_of_holder = False
    for text in texts:
        named = bool(names & set(_WORD.findall(text)))
        told_of_holder = named or (told_of_holder and _HOLDER_PRONOUN.match(text) is not None)
        if not told_of_holder:
            continue
        for found in _MEMBERSHIP_TOLD.finditer(text):
            if not _holder_is_the_member(text[: found.start()], names):
                continue  # "Orm met Ivo Rask, a member of the Lund Society": Rask's
            body = found["body"]
            other = normalize(body)
            if own in other or other in own or names & set(_WORD.findall(body)):
                continue
            if broad or sort in body.casefold().split():
                return True
    return False


_OCCASION_SORTS = {
    noun: group
    for group, nouns in {
        "attack": "attack raid assault sortie",
        "battle": "battle engagement skirmish",
        "game": "game match match-up matchup bout fight race contest win victory defeat loss",
        "storm": "storm depression hurricane typhoon cyclone tornado",
        "election": "election by-election",
    }.items()
    for noun in nouns.split()
}
"""Occasions a document may tell several of, each with the group of its sort: a win is a
game, a depression a storm."""
_OCCASION_NOUN = "(?:" + "|".join(sorted(_OCCASION_SORTS, key=len, reverse=True)) + ")"
_AN_OCCASION = LazyPattern(
    r"\b(?P<determiner>the|a|an|this|that|its|their|his|her)\s+"
    r"(?P<modifiers>(?:[\w’'-]+\s+){0,3}?)"
    rf"(?P<noun>{_OCCASION_NOUN})(?![\w-])(?P<after>\s+[^\s?,.;]+)?(?:\s+(?P<owner>[^\s?,.;]+))?",
    re.IGNORECASE,
)
"""One occasion named by its sort: "the storm", "a first-round game against Kell State", "the
Tropical Storm", "this attack"."""
_OCCASION_WORD = LazyPattern(
    rf"\b(?P<noun>{_OCCASION_NOUN}|victories|matches)(?:e?s|ed|ing)?\b", re.IGNORECASE
)
_OWNER_PREPOSITIONS = word_set("of against at in on off near over versus vs between with")
_OCCASION_POINTERS = word_set("this that")
_CODE = LazyPattern(r"(?:[A-Z]*\d[\w-]*|[IVX]+)")
"""What tells one occasion of a sort from another after its sort: "Storm 14K", "Raid II"."""


def _occasion_group(word: str) -> str | None:
    word = word.casefold()
    return _OCCASION_SORTS.get(word) or _OCCASION_SORTS.get({"victories": "victory"}.get(word, ""))


def _occasion_named(match: re.Match[str]) -> bool:
    """Whether an occasion phrase says which occasion it is: a name of its own among its
    modifiers ("Hurricane Ilse", "the Orva raid"), a year ("the 1998 game"), a code after it
    ("Tropical Storm 14K"), an owner after it ("the game against Kell State", "the battle of
    Orm"). A name of English words alone ("the Tropical Storm") is its sort with capitals."""
    modifiers = _WORD.findall(match["modifiers"])
    if any(w[:1].isdigit() or (w[:1].isupper() and not lexicon.english_word(w)) for w in modifiers):
        return True
    after = match["after"].strip() if match["after"] else ""
    if _CODE.fullmatch(after):
        return True
    owner = match["owner"] or ""
    return after.casefold() in _OWNER_PREPOSITIONS and (owner[:1].isupper() or owner[:1].isdigit())


def _named_in_question(occasion: re.Match[str], kept: Collection[str]) -> bool:
    """Whether the question keeps the name, code or owner that says which occasion it is."""
    parts = [occasion["owner"] or "", occasion["after"] or "", occasion["modifiers"]]
    return any(
        w.casefold() in kept for part in parts for w in _WORD.findall(part) if w[:1].isupper()
    )


def _occasions_dropped(question: str, told: Sequence[str]) -> list[re.Match[str]]:
    """The occasions a question that names none is about: those its sentence (``told[0]``)
    names and it dropped with what says which ("a first-round game against Orm"); else one a
    later sentence of the paragraph points back to ("Six men were killed during this
    attack")."""
    if not told:
        return []
    kept = {w.casefold() for w in _WORD.findall(question)}
    dropped = [
        m
        for m in _AN_OCCASION.finditer(told[0])
        if m["noun"].casefold() not in kept and not _named_in_question(m, kept)
    ]
    if dropped:
        return dropped
    return [
        m
        for text in told[1:3]
        for m in _AN_OCCASION.finditer(text)
        if m["determiner"].casefold() in _OCCASION_POINTERS
    ]


def occasion_counts(texts: Iterable[str]) -> Counter[str]:
    """How many of the document's sentences tell an occasion of each sort (attack, game,
    storm, battle, election): read once, as every count question of a long document asks."""
    counts: Counter[str] = Counter()
    for text in texts:
        groups = {_occasion_group(m["noun"]) for m in _OCCASION_WORD.finditer(text)}
        counts.update(group for group in groups if group is not None)
    return counts


def occasion_without_its_anchor(
    question: str, told: Sequence[str], title: str, counts: Mapping[str, int]
) -> bool:
    """Whether a count or a "by whom" question is about one occasion of a sort the document
    tells several of (attacks, games, storms, battles, elections) and does not say which:
    "How many people did the storm kill?" in a text on a season of storms, "Kell advanced on a
    late basket by whom?" of "a first-round game against Orm" the question dropped, "How many
    torpedoes did the Orva dodge?" where the paragraph goes on "during this attack". ``told``
    is the question's sentence and the sentences after it in its paragraph. A time, or a name,
    code or owner of the occasion in the question says which; a name of English words alone
    ("the Tropical Storm") does not. An occasion of the sort the title names ("the battle" in
    a text on one battle) is known, but not of a season ("1998 Orm Sea storm season")."""
    counted = re.match(r"(?:[^,?]+,\s+)?How\s+(?:many|much)\b", question, re.IGNORECASE)
    if not counted and not re.search(r"\bby\s+whom\s*\?$", question):
        return False
    if names_a_time(question):
        return False
    occasions = list(_AN_OCCASION.finditer(question))
    if any(_occasion_named(m) for m in occasions):
        return False
    occasions = occasions or _occasions_dropped(question, told)
    title_words = _WORD.findall(title)
    if any(w.casefold() in ("season", "seasons") for w in title_words):
        of_the_title = set()
    else:
        of_the_title = {_occasion_group(w) for w in title_words} - {None}
    for occasion in occasions:
        group = _occasion_group(occasion["noun"])
        if group is None or group in of_the_title:
            continue
        if counts.get(group, 0) >= 2:
            return True
    return False


_CITED_YEAR = LazyPattern(r"\b\d{3,4}\b")
_SCHOLARLY_WORK = (
    r"(?:stud(?:y|ies)|phylogen(?:y|ies)|(?:re)?analys[ie]s|surveys?|reviews?"
    r"|classifications?|revisions?)"
)
_WORK_MADE = LazyPattern(
    # "Orm and Vell produced a revised phylogeny of ...", "Orm conducted a study of ..."
    r"(?:^|[,;]\s*|\b\d{3,4},?\s+)(?P<agent>[^,;]*?)\s+(?:also\s+)?"
    r"(?:conducted|produced|offered|published|proposed|presented|carried\s+out|performed)"
    rf"\s+(?:an?|the|their|his|her|its|one|two|several)\s+(?:[\w-]+\s+){{0,3}}?{_SCHOLARLY_WORK}\b"
    # "One of the first studies of ... was conducted by Orm", "A new phylogeny ... was offered by"
    rf"|\b{_SCHOLARLY_WORK}\b[^,;]{{0,80}}?\b(?:was|were)\s+(?:first\s+)?"
    r"(?:conducted|produced|offered|published|proposed|presented|carried\s+out|performed)"
    r"\s+by\s+(?P<by>[^,;]+?)(?=\s+in\b|\s+on\b|[,;.]|$)",
    re.IGNORECASE,
)
"""A scholarly work and who made it: its year is a citation of the research history."""
_DESCRIBED_FIND = LazyPattern(
    # "Scheelea was described by Orm in 1857", "A block of slate, described in 2007 from ..."
    r"(?:^|(?<=[,;]))\s*(?P<thing>[^,;]+?)(?:\s+(?:was|were)\s+(?:first\s+|formally\s+)?"
    r"(?:re)?described\s+(?!as\b)|,\s+(?:first\s+)?(?:re)?described\s+(?:in|by)\b)"
)
"""A thing and its scientific description (not "described as", an opinion of it)."""
_REPORTED = LazyPattern(
    r"(?:^|[,;]\s*)(?P<agent>[^,;]*?)\s+reported\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:figures?|numbers?|estimates?|counts?|totals?|rates?)\b"
)
"""Who reported a figure: the year of the report, not of what it counts."""
_NAMED_A_TAXON = LazyPattern(
    # "Orm also named Vellia gigantea in 1828", "Orm named the animal Vellosaurus in 1837"
    r"(?:^|[,;]\s*)(?P<agent>[^,;]*?)\s+(?:also\s+)?named\s+(?:(?:the|a|an)\s+[a-z]+\s+)?"
    r"(?P<thing>[A-Z][a-z]+(?:\s+[a-z]+)?)\s+in\s+(?:\w+\s+)?\d{3,4}\b"
)
"""Who gave a find its name: the year cites the research history."""


def citation_year(quote: str, answer: str, subject_words: Collection[str]) -> bool:
    """Whether ``answer``, a time, dates a scholarly act of someone other than the document's
    subject about something other than it: a study or phylogeny made ("In 2000, Orm and Vell
    produced a revised phylogeny of the group"), a find described ("Scheelia was described by
    Orm in 1857") or a figure reported ("Vell News reported a figure of 300 in 2013"). Such a
    year cites the research history: a teacher asks what was found, not when it was
    published. The subject's own description ("The genus Tarsa was first described in 1816")
    and a subject's own work (its words in ``subject_words``) stay."""
    year = _CITED_YEAR.search(answer)
    if year is None or year.group(0) not in quote:
        return False

    def of_the_subject(text: str) -> bool:
        return any(w.casefold() in subject_words for w in _WORD.findall(text))

    for made in _WORK_MADE.finditer(quote):
        agent = made["agent"] if made["agent"] is not None else made["by"]
        if agent and not of_the_subject(agent):
            return True
    for told in _REPORTED.finditer(quote):
        if not of_the_subject(told["agent"]):
            return True
    for named in _NAMED_A_TAXON.finditer(quote):
        if not of_the_subject(named["agent"]) and not of_the_subject(named["thing"]):
            return True
    for described in _DESCRIBED_FIND.finditer(quote):
        thing = re.sub(rf"^(?:In\s+)?(?:\w+\s+)?{year.group(0)},?\s+", "", described["thing"])
        rest = re.split(r"[,;.]", quote[described.end() :], maxsplit=1)[0]
        if re.search(r"\bas\b", rest):
            continue  # "was described by critics as a triumph": an opinion of it
        if not of_the_subject(thing):
            return True
    return False


_DESCRIBES_A_FIND = LazyPattern(
    r"\b(?:describe|redescribe)\s+(?:an?|the|its|his|her|their)\s+"
    r"(?![^?,]*\bas\s+(?:an?|the|being|one|[\"“'‘]))"
)
"""A question asking when someone described a find ("In what year did Orm describe a skull
of Vellia?"), not what they described it as."""


def asks_when_another_described(question: str, subject_words: Collection[str]) -> bool:
    """Whether a question asks the year someone other than the document's subject described
    a find ("In what year did Ivo Orm describe a complete skull of Vellia?"): a citation of
    the research history, as ``citation_year`` tells of the sentence. A question naming the
    subject ("... did Orm describe a skull of Velmoss?" of Velmoss) asks of its own story."""
    return (
        re.match(r"(?:In\s+)?what\s+(?:year|decade|century)\b|When\b", question, re.I) is not None
        and _DESCRIBES_A_FIND.search(question) is not None
        and not any(w.casefold() in subject_words for w in _WORD.findall(question))
    )


_TAXON_NOUN = (
    r"(?:animal|plant|genus|species|taxon|fossil|dinosaur|reptile|amphibian|fish|insect|bird"
    r"|mammal|fungus|tree|palm)"
)
_AUTHORITIES = (
    # "Skarnia was described by Pell Orvik in 1862", "The genus was named by Orm in 1837"
    LazyPattern(
        r"(?:^|(?<=[,;]))\s*(?P<thing>[^,;]+?)\s+(?:was|were)\s+(?:first\s+|formally\s+"
        r"|originally\s+|validly\s+)?(?:(?:re)?described|(?P<named>named))"
        r"\s+by\s+(?P<agent>[^,;]+?)\s+in\s+(?P<year>\d{3,4})\b"
    ),
    # "Orm named the animal Vellosaurus in 1837", "Orm described Skarnia in 1862"
    LazyPattern(
        r"(?:^|[,;]\s*|\b\d{3,4},?\s+)(?P<agent>[^,;]*?)\s+(?:also\s+|first\s+|formally\s+)?"
        rf"(?:named\s+the\s+{_TAXON_NOUN}|described)\s+(?P<thing>[A-Z][a-z]+(?:\s+[a-z]+)?)"
        r"\s+in\s+(?P<year>\d{3,4})\b"
    ),
)
"""A taxon's authority, who described or named it and when: "Vellia Orm, 1837" in prose."""
_TAXON_WORD = LazyPattern(rf"\b{_TAXON_NOUN}\b", re.IGNORECASE)


def taxon_authority(quote: str, answer: str, known: Collection[str]) -> bool:
    """Whether ``answer`` is the year, the namer or the name in the authority of a taxon
    other than the document's subject (its nouns ``known``): "Skarnia was described by Pell
    Orvik in 1862", "Orm named the animal Vellosaurus in 1837". The authority cites where a
    name was published, not a fact about the thing; the subject's own stays a question of
    its story, and a place's naming ("The bay was named by Orm in 1770") is its history."""
    for cited in itertools.chain.from_iterable(p.finditer(quote) for p in _AUTHORITIES):
        thing = cited["thing"]
        words = _WORD.findall(thing)
        names = [w for w in words if w[:1].isupper() and w not in ("The", "A", "An", "In")]
        if not names or any(w.casefold() in known for w in names):
            continue  # "The genus was first described by Orm": the document's own subject
        if cited.groupdict().get("named") and not _TAXON_WORD.search(thing):
            continue
        if re.search(rf"(?<![\w,.]){re.escape(answer)}(?![\w,])", cited.group(0)):
            return True
    return False


_HOME_MEDIA = LazyPattern(
    r"\b(?:DVDs?|Blu-?rays?|VHS|LaserDiscs?|videocassettes?|home\s+(?:video|media|release)"
    r"|Home\s+Entertainment|remaster(?:ed|s)?|re-?issue[sd]?|re-?release[sd]?)\b",
    re.IGNORECASE,
)
"""A work put out again for the home or anew: on DVD, Blu-ray or VHS, remastered, reissued."""


def home_media_release(question: str, answer: str, known: Collection[str]) -> bool:
    """Whether a question asks of a work's release on home media or its reissue ("In what
    year was Orm released on Blu-ray?", "Which company reissued Orm?"): the marketing of a
    copy, not the work's story. A document about such a medium (``known``) is exempt."""
    return _HOME_MEDIA.search(f"{question} {answer}") is not None and not any(
        _HOME_MEDIA.fullmatch(noun) for noun in known
    )


_STATE_OF_MIND_BEGUN = LazyPattern(
    r"^(?:In\s+)?(?:what|which)\s+(?:year|decade|century|month)\b.*\b(?:become|became|grow|grew"
    r"|get|got|was|were)\s+(?:increasingly\s+|more\s+|deeply\s+|very\s+)?(?:concerned"
    r"|interested|worried|alarmed|anxious|fascinated|obsessed|disillusioned|dissatisfied"
    r"|frustrated|intrigued|uneasy|suspicious|fearful|enamou?red)\b"
    r"|^When\b.*\b(?:become|grow|get)\s+(?:increasingly\s+|more\s+|deeply\s+)?(?:concerned"
    r"|interested|worried|alarmed|anxious|fascinated|disillusioned|dissatisfied|frustrated)\b",
    re.IGNORECASE,
)
"""A question of when a feeling or an interest set in: "In what year did Orm become
concerned about ...?", "When did Vell grow interested in ...?"."""


def asks_when_a_feeling_began(question: str) -> bool:
    """Whether a question asks when a state of mind began ("In what year did Orm become
    worried about the harbour?"): a feeling grows over time, and no year of it is a fact a
    teacher would ask; what the person then did is."""
    return _STATE_OF_MIND_BEGUN.search(question) is not None


_REUSED_AS_HOMES = LazyPattern(
    r"\b(?:convert(?:s|ed|ing)?|turn(?:s|ed|ing)?|redevelop(?:s|ed|ing)?|made)\s+(?:in)?to\s+"
    r"(?:(?:luxury|private|residential|student|new|modern|holiday|social|office)\s+)*"
    r"(?:apartments?|flats?|condominiums?|condos|lofts|housing|homes|dwellings|residences"
    r"|offices|accommodation)\b",
    re.IGNORECASE,
)
"""A building made into homes or offices after its working life: "The Orm Mill was converted
into luxury apartments in 2002"."""


def building_reused_as_homes(question: str, answer: str) -> bool:
    """Whether a question asks of a building's later reuse as homes or offices ("In what year
    was the Orm Brewery converted into apartments?", "What was the mill turned into?" keyed
    "flats"): a property deal after the building's story, never its point. A building made
    into a museum, a mosque or a park is left to the other rules: that change is its story."""
    return _REUSED_AS_HOMES.search(f"{question.rstrip('?')} {answer}") is not None


_SIDE_MILESTONE = LazyPattern(
    r"\bguest(?:[- ]star(?:red|ring|s)?|\s+(?:roles?|appearances?|spots?|parts?|starring))\b"
    r"|\bcameos?\b"
    r"|\b(?:end|ended|ends|finish|finished|conclude|concluded|close|closed)\s+(?:its|their|the)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:theatrical|cinema|box[- ]office)\s+runs?\b"
    r"|\b(?:appear|appeared|play|played|star|starred)\b[^?]*\bin\s+(?:the|an|one)\s+episodes?\b",
    re.IGNORECASE,
)
"""A side milestone of a life or a work: a guest role, a cameo or a part in one episode among
an actor's many parts, the day a film left the cinemas."""
_SOUNDTRACK_ALBUM = LazyPattern(
    r"\b(?:soundtrack|score)\b.*\balbums?\b|\balbums?\b.*\b(?:soundtrack|score)\b",
    re.IGNORECASE,
)
"""A film's soundtrack album: "an album of Lind's score", "the soundtrack album"."""
_RECORDINGS = frozenset({"album", "soundtrack", "score", "recording"})


def side_milestone_time(question: str, known: Collection[str]) -> bool:
    """Whether a question asks when a side milestone happened ("In what year did Orm have a
    guest role in Vell Street?", "In what year did Orm end its theatrical run?", "The Orm
    soundtrack album was released in what year?"): list trivia, not the story of the subject.
    A document about a recording (``known``) keeps its album's release: that is its story."""
    if _SIDE_MILESTONE.search(question):
        return True
    about_a_recording = any(noun in _RECORDINGS for noun in known)
    return not about_a_recording and _SOUNDTRACK_ALBUM.search(question) is not None


_OFFICER_S_AWARD = LazyPattern(
    r"[’']s\s+(?:chief\s+executive|executive\s+director|CEO|president|chairman|chairwoman"
    r"|chair|director|founder|co-founder|treasurer|secretary|spokes(?:man|woman|person)"
    r"|manager|officer)\s+(?:[A-Z][\w.’'-]*\s+){1,4}"
    r"(?:receive|received|win|won|earn|earned|accept|accepted|(?:was\s+|be\s+)?(?:given"
    r"|awarded|presented\s+with))\b"
)
"""An officer of a body, named by the office, given something ("Orm's CEO Ada Lind won")."""
_HONOUR = LazyPattern(r"\b(?:awards?|prizes?|medals?|honou?rs?|troph(?:y|ies))\b", re.IGNORECASE)


def officer_s_award(question: str) -> bool:
    """Whether a question asks of an award an officer of a body received ("In what year did
    Orm's CEO Ada Lind receive the Vell Award?"): the officer's honour, not the body's story."""
    return _OFFICER_S_AWARD.search(question) is not None and _HONOUR.search(question) is not None


_IN_ANOTHER_S_STEAD = LazyPattern(
    r"\b(?:interim|caretaker)\s+(?!governments?\b|administrations?\b|constitutions?\b)[a-z]"
    r"|\bsabbatical\b"
)
"""One who held a post for a while in another's stead ("as interim rabbi", "a caretaker
manager"), or the holder away ("went on a sabbatical"). A caretaker government is a state's
own history, and an "Interim Champion" a title of its own: both left out."""


def stand_in_asked(question: str) -> bool:
    """Whether a question asks of a stand-in's turn in a post ("In what year did Ada Lund
    join as interim rabbi when Ivo Brenn went on a sabbatical?", "Who served as interim
    director?"): a gap filled for a while, no part of the post's story."""
    return _IN_ANOTHER_S_STEAD.search(question) is not None


_EARLIER_JOB = LazyPattern(
    r"\bhad\s+(?:[A-Z][\w’'-]*\s+){0,3}(?:previously\s+|earlier\s+|once\s+|already\s+)?"
    r"(?:worked|taught|been\s+employed)\b[^?]*\bas\s+(?:an?\s+)?[a-z]"
    r"|^Who\s+had\s+(?:previously\s+|earlier\s+|once\s+|already\s+)?served\b[^?]*\bas\b"
)
"""A job told in the past perfect: "Who had worked at Orm as a teacher?", "Where had Lund
worked as a clerk?". A thing's earlier use ("The fort had served as a prison") is its
story, and left out."""


def person_by_an_earlier_job(question: str) -> bool:
    """Whether a question asks of a person's job the text tells as backstory ("Who had
    worked at the Orm Temple as a teacher from 1999 to 2001?"): the past perfect sets the
    job before the story, and the person is known by what they did in it, not by that."""
    return _EARLIER_JOB.search(question) is not None


_RE_ELECTION = LazyPattern(
    r"\bre-?elect(?:ion|ed)\b(?!\s+(?:to|as|for|in\s+the|mayor|governor|president"
    r"|chairman|leader|senator)\b|\s+(?:the\s+)?[A-Z])",
    re.IGNORECASE,
)
"""A re-election with no office after it ("to the Senate", "as mayor", "President")."""
_OFFICE_BEFORE = LazyPattern(
    r"\b(?:his|her|their|its|the|a)\s+(?:[A-Z][\w-]*|[a-z]+al)\s+re-?election\b"
)
"""An office named before the re-election: "his Senate re-election", "the presidential
reelection"."""


def re_election_without_office(question: str) -> bool:
    """Whether a question asks of a re-election and names no office ("In what year did Ivo
    Lund decide to stand for reelection?"): "re-" looks back to an office held before, which
    the question does not say, and one person may be re-elected to several."""
    return _RE_ELECTION.search(question) is not None and not _OFFICE_BEFORE.search(question)


_PRIZE_WON = LazyPattern(
    r"\b(?:won|wins|win|winning|claimed|claim|took|take|earned|earn|captured|capture)\s+"
    r"(?P<before>(?:[\w’'-]+\s+){0,3}?)(?:medals?|titles?|championships?)\b(?P<after>[^,;.?]*)"
)
"""A medal or a title won, with the words before it and the rest of its clause after it."""
_CONTEST_NOUNS = word_set(
    "olympics olympic olympiad games cup championship championships tournament league open"
    " trophy medal medals season"
)
"""Nouns of a contest: in a deck on one, its medals and titles are its own."""
_CONTEST_SORTS = _CONTEST_NOUNS | word_set("world national league")
"""Words before a title that say the sort of contest: "the league title", "a world title"."""


def prize_without_its_contest(text: str, known: Collection[str]) -> bool:
    """Whether a question tells of a medal or a title won with nothing saying in what ("In
    what year did the Orm team win their first gold medal?", "Who won the title in 1990?"):
    the contest was named sentences before. A name in the prize or after it ("its first
    Olympic gold medal", "the title at the Orm Open") says which, and in a deck on a contest
    (its nouns ``known``) its prizes are its own."""
    if any(noun in _CONTEST_NOUNS for noun in known):
        return False
    for won in _PRIZE_WON.finditer(text):
        if re.search(r"\b[A-Z]", won["before"] + won["after"]):
            continue  # "their first Olympic gold medal", "the title at the Orm Open"
        if not any(word in _CONTEST_SORTS for word in won["before"].casefold().split()):
            return True
    return False


_SHARE = (
    r"(?:(?:about|around|nearly|almost|over|more\s+than|less\s+than|roughly|some)\s+)?"
    r"(?:half|one[- ](?:half|third|quarter|fifth)|an?\s+(?:third|quarter|fifth|tenth|majority)"
    r"|two[- ]thirds|three[- ]quarters|the\s+majority|\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent))"
)
_SHARE_CLAIM = LazyPattern(
    rf"\b(?:made|make|makes|making)\s+up\s+{_SHARE}"
    rf"|\b(?:accounted|account|accounts)\s+for\s+{_SHARE}"
    rf"|\b(?:comprised|constituted|represented)\s+{_SHARE}"
    r"|\b(?:is|was|are|were)\s+the\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth"
    r"|tenth|\d+(?:st|nd|rd|th))[- ](?:largest|biggest|smallest|highest|lowest|most|least)\b",
    re.IGNORECASE,
)
"""A claim of a share or a rank: "made up half the population", "is the sixth-largest"."""
_COMPARED_SHARE = LazyPattern(
    r"\b\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)\s+(?:more|less|fewer|higher|lower)\b"
)
"""A comparison of amounts: "bought 30% more space in the Vell Post than Orm Films"."""


def compared_share_setting(question: str, quote: str) -> bool:
    """Whether a "where" question asks the setting of a comparison of amounts ("Where did
    Orm Films buy 30% more space than Tarn Pictures?"): the comparison is the point, and where
    it was made a detail."""
    return question.startswith("Where ") and bool(_COMPARED_SHARE.search(quote))


_A_COPY = LazyPattern(r"\b(?:replicas?|reproductions?|mock-ups?|full-scale\s+models?)\b", re.I)
"""A copy of the thing a sentence is about, made long after it."""


def asks_of_a_copy(question: str, title: str) -> bool:
    """Whether a question asks of a replica of something ("In what year was the replica of
    the Orm laid down?") in a document not about replicas: the copy is an aside to the
    history of the original."""
    return bool(_A_COPY.search(question)) and not _A_COPY.search(title)


def share_claim_year(quote: str, answer: str) -> bool:
    """Whether ``answer``, a time, only dates a share or rank the sentence claims ("Monks made
    up half the town's people in 1700", "Orm is the third-largest port in 2013"): the share
    is the point, and the year a reading's date that no learner recalls apart from it."""
    year = _CITED_YEAR.search(answer)
    return year is not None and year.group(0) in quote and bool(_SHARE_CLAIM.search(quote))


_SOME_PART = LazyPattern(
    r"^(?:[^,?]+,\s+)?(?:Some|Several|Other|Various|A\s+number\s+of)\s+"
    r"(?:[A-Z][\w’'-]*\s+)*[a-z]+s\b"
    r"|\b(?:did|do|does|had|have|has|were|are|could|would)\s+"
    r"(?:some|several|other|various|a\s+number\s+of)\s+(?:[A-Z][\w’'-]*\s+)*[a-z]+s\b"
)
"""A question whose subject is an unnamed part of a group: "How many copies did some Vell
stores show?", "Since what decade have a number of scholars written on Orm?"."""


def asks_of_an_unnamed_part(question: str) -> bool:
    """Whether the question asks what some unnamed members of a group did ("How many copies
    did some Vell stores only show?"): an example told in passing, true of no one a learner
    can name."""
    return bool(_SOME_PART.search(question))


_LISTED_CLAUSE = LazyPattern(r"(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)\s+[a-z]")
_CLAUSE_PRONOUNS = word_set("he she it they we i you this that these those there here one")


def later_clause_of_a_list(quote: str, answer: str) -> bool:
    """Whether the answer sits in the second or a later of three or more clauses joined by
    semicolons, each opening on another name ("Orm Mall won a prize in 1995; Vell Plaza has
    been the largest since 2005; Tarn Court won an award in 2006"): a list of examples, each
    one item among several. Clauses opening on a pronoun tell one story on."""
    clauses = [part.strip() for part in quote.split(";")]
    if len(clauses) < 3:
        return False
    openers = []
    for clause in clauses:
        opening = _LISTED_CLAUSE.match(clause)
        if opening is None or opening["name"].split()[0].casefold() in _CLAUSE_PRONOUNS:
            return False
        openers.append(opening["name"])
    if len(set(openers)) < len(clauses):
        return False
    at = [i for i, clause in enumerate(clauses) if answer in clause]
    return bool(at) and all(i > 0 for i in at)


_MEASURED = LazyPattern(
    r"\b(?:peaked|gusted|gusts?|recorded|measured|registered|totall?ed)\b", re.IGNORECASE
)
"""A reading taken: "winds gusted to", "rainfall peaked at", "a gust was recorded"."""
_AT_A_PLACE = LazyPattern(
    r"\b(?:[Aa]t|[Oo]n|[Nn]ear|[Ii]n)\s+(?:the\s+)?(?:[a-z]+\s+)?"
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z]"
)
"""Where a reading was taken: "at Orm", "on Vell Island", "on mainland Tarnia" (not a day,
"on January 18")."""
_UNIT = (
    r"(?P<unit>(?!(?:in|at|on|of|to|by|or|and|as|a|an|the|is|was|are|for|its|his|her)\b)"
    r"[a-zA-Z]{1,3}(?:/[a-z]{1,2})?)\b"
)
_FIGURE_AND_UNIT = LazyPattern(rf"(?<![\w.,])\d[\d,.]*\s*{_UNIT}")


def _reads_at_a_place(text: str) -> bool:
    """Whether a sentence tells of a reading taken at a place ("gusted to ... at Orm")."""
    return bool(_MEASURED.search(text) and _AT_A_PLACE.search(text))


def _reading_units(text: str) -> set[str]:
    """The units of the figures a sentence reads at a place ("gusted to 120 km/h at Orm")."""
    if not _reads_at_a_place(text):
        return set()
    return {m["unit"] for m in _FIGURE_AND_UNIT.finditer(text)}


def reading_units(texts: Iterable[str]) -> Counter[str]:
    """How many of the document's sentences read a figure of each unit at a place."""
    return Counter(unit for text in texts for unit in _reading_units(text))


READINGS_OF_A_UNIT = 3
"""How many sentences reading one unit at places make each reading one of several."""


def reading_at_one_place(quote: str, answer: str, units: Mapping[str, int]) -> bool:
    """Whether ``answer``, a figure, is a reading the sentence takes at one place ("Winds
    gusted to 120 km/h at Orm") where the document reads that unit at several places
    (``units`` from ``reading_units``): one station's gust among many is no fact to learn."""
    figure = answer.strip()
    if not figure or not _reads_at_a_place(quote):
        return False
    read = re.search(rf"(?<![\w.,]){re.escape(figure)}(?:[.,]\d+)?\s*{_UNIT}", quote)
    return read is not None and units.get(read["unit"], 0) >= READINGS_OF_A_UNIT


_RELATIONAL_ADJECTIVE = LazyPattern(
    r"\b(?:equivalent|similar|comparable|analogous|identical)\b", re.IGNORECASE
)
"""Adjectives that only mean something beside another thing: "the equivalent degree"
(equivalent to what?), "similar drops" (similar to which?)."""
_RELATIONAL_ADVERB = LazyPattern(
    r"\b(?:particularly|especially|likewise|similarly)\b(?![^?]*\bthan\b)", re.IGNORECASE
)
"""Adverbs that set a deed or a degree beside others told before: "particularly heavy
fighting" (heavier than where?), "likewise raised its dues" (like whom?)."""
_COMPARAND_AFTER = LazyPattern(r"\s+(?:[a-z-]+\s+){0,2}?(?:to|with|as|of|than|among)\b")
"""A comparand told after the word: "equivalent to a bachelor's degree", "similar in size to"."""
_COMPARAND_BEFORE = LazyPattern(
    r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s+(?:and|or)\s+(?:other\s+|many\s+|some\s+)?$"
)
""""Orm and other similar towns": the named thing is the comparand."""
_RESPONSE_VERBS = word_set("respond reply react retaliate")
"""Deeds that answer another: "Which body responded with the act?" (responded to what?)."""
_ONLY_ONE_TO = LazyPattern(r"\bthe\s+only\s+(?:[a-z-]+\s+){0,2}?[a-z-]+\s+to\s+[a-z]")
""""the only region to show a decrease": the only one of a set the question never names."""


def _names_nothing(question: str) -> bool:
    """Whether the question holds no name and no figure after its first word."""
    return not any(w[:1].isupper() or w[:1].isdigit() for w in _WORD.findall(question)[1:])


def leans_on_a_comparand(question: str) -> bool:
    """Whether the question leans on a word that only means something against a thing told
    in another sentence: a relational adjective or adverb with no comparand ("What is the
    equivalent degree in Vessa?", "Particularly heavy rain fell on which town?"), a
    comparative with no "than" ("What are smaller stones called?"), a response with no
    stimulus ("Which council responded with a new tax in 1901?" responded to what?), or the
    only one of a set the question never names ("What was the only town to grow?"). A
    comparand in the question itself ("equivalent to a diploma", "Orm and other similar
    towns", "responded to the flood") keeps it."""
    body = _QUOTED.sub('""', question)
    for match in _RELATIONAL_ADJECTIVE.finditer(body):
        if _COMPARAND_AFTER.match(body, match.end()):
            continue
        if _COMPARAND_BEFORE.search(body[: match.start()]):
            continue
        return True
    if _RELATIONAL_ADVERB.search(body):
        return True
    if _comparative_without_its_standard(without_titles(body)):
        return True
    if _ONLY_ONE_TO.search(body) and _names_nothing(body):
        return True
    for match in _WORD.finditer(body):
        word = match.group(0).casefold()
        if not word[:1].isalpha() or not _lemmas_of(word) & _RESPONSE_VERBS:
            continue
        if "VERB" not in word_tags(word) or word in ("response", "reaction", "reply"):
            continue
        if not re.search(r"\b(?:to|against)\b", body[match.end() :]):
            return True
    return False


_EXISTENTIAL_STEM = LazyPattern(
    r"^(?:[^,?]{1,60},\s+)?[Tt]here\s+(?:is|are|was|were|had\s+been|has\s+been|have\s+been)\s+"
    r"(?!(?:how\s+many|how\s+much)\b)",
)
"""A declarative "there is" stem asking inside its pivot ("There were ships from which
port?"): the sentence's frame, not a question; "There were how many mills?" counts its pivot."""
_QUANTITY_FRAGMENT = LazyPattern(
    r"\b(?i:a\s+few|one\s+or\s+two|two\s+or\s+three|a\s+handful|a\s+couple|several|some"
    r"|many|most)\s+from\s+(?:the\s+)?[A-Z]"
)
""""A few from the Orm Guard": a share of a group with no noun, counted beside another the
sentences before told."""


def existential_fragment(question: str) -> bool:
    """Whether the question is an existential frame ("There were a few from the Orm Guard and
    one or two from which company?", "There is a kiosk in the middle of which park?") or
    counts a headless share of a group ("a few from the Orm Guard"): what was there, and
    beside what, the sentences before told."""
    return bool(_EXISTENTIAL_STEM.match(question) or _QUANTITY_FRAGMENT.search(question))


_ONE_OF_THE_ATTENDING = LazyPattern(
    r"^(?:[^,?]{1,60},\s+)?Who\s+(?:[a-z]+ly\s+)?(?P<verb>attended|joined|signed|enrolled"
    r"|participated|took\s+part|was\s+among|were\s+among)\b(?P<rest>[^?]*)\?$"
)
"""Who attended, joined or signed something many people attend, join or sign."""
_ONE_SINGLED_OUT = LazyPattern(
    r"\b(?:as|for|representing|behalf|first|only|last|founding|founder|sole|youngest|oldest"
    r"|never|alone)\b"
)
"""What makes one attendee the answer: a role ("as assistant rabbi", "for Vessa"), a rank
("the first")."""
_MANY_MEMBERS = word_set(
    "party army navy union league club society movement church congregation order guild"
    " association alliance coalition resistance forces academy parliament senate assembly"
    " temple synagogue mosque cathedral"
)
"""Bodies of many members: one who joined is one of many ("Who joined the Orm Party?");
a band or a cast is joined by one at a time ("Who joined the Orm Quartet in 1962?")."""


def one_attendee_of_many(question: str) -> bool:
    """Whether "who" asks one person who attended, signed or took part in something, or
    joined a body of many members, with no role or rank saying why that person ("Who
    attended a summer course on weaving at Orm in June 1960?", "Who joined the Vessan
    Labour Party in 1920?"): many did, the sentence names one. "Who joined the Orm choir
    as its conductor in 1990?", "Who was the first to sign the charter?" and "Who joined
    the Orm Quartet in 1962?" ask one."""
    match = _ONE_OF_THE_ATTENDING.match(question)
    if match is None or _ONE_SINGLED_OUT.search(match["rest"]):
        return False
    if match["verb"] != "joined":
        return True
    joined = _WORD.findall(
        re.split(r"\b(?:in|on|at|during|after|before|since)\b", match["rest"])[0]
    )
    return bool({word.casefold() for word in joined} & _MANY_MEMBERS)


_BARE_CREATION = LazyPattern(
    r"^What\s+(?:did|does|do|had|has|have)\s+(?P<subject>[^?]+?)\s+(?:[a-z]+ly\s+)?"
    r"(?P<verb>establish|create|found|form|set\s+up|introduce|launch|undergo|experience)\?$"
)
"""A creation or a change asked with nothing but its doer: "What did the Orm council
establish?" (it established many things; when, for what?), "What did Kell undergo?"."""


def bare_creation(question: str) -> bool:
    """Whether the question asks what someone established, created, introduced or underwent
    with no object's sort, time, place or purpose: a government or a town does these many
    times, and the question fits each ("What did the Vessan government establish?")."""
    return _BARE_CREATION.match(question) is not None


_UNIT_SORTS = (
    "squad",
    "platoon",
    "company",
    "battalion",
    "regiment",
    "brigade",
    "division",
    "corps",
    "army",
)
"""Military units from the smallest up: each is part of one of a sort further on."""
_ORDINAL = rf"(?:\d+(?:st|nd|rd|th)|{'|'.join(w.capitalize() for w in ORDINAL_WORDS[:12])})"
_NUMBERED_UNIT = LazyPattern(
    rf"(?P<before>[\w’'.-]+\s+)?(?P<unit>{_ORDINAL}(?:\s+[A-Z][a-z]+)?\s+"
    rf"(?P<sort>{'|'.join(sort.capitalize() for sort in _UNIT_SORTS)})s?)\b"
    r"(?P<after>\s+of\b|['’]s?)?"
)
"""A unit called by its number and sort ("the 3rd Regiment", "the 5th Marine Regiment"),
with the word before it (an owner: "Orm's", "the Vessan") and an "of" after it."""


def _unit_owned(match: re.Match[str]) -> bool:
    """Whether the unit at ``match`` is named with its owner: a capitalised word or a
    possessive before it ("the Vessan 3rd Regiment", "the 9th Division's 3rd Regiment"), or
    an "of" after it ("the 3rd Regiment of the 9th Division")."""
    before = (match["before"] or "").strip()
    if match["after"] and match["after"].strip() == "of":
        return True
    if not before or before.casefold() in ("the", "a", "and", "of", "its", "their", "his"):
        return False
    return before[:1].isupper() or before.endswith(("'s", "’s", "s'", "s’"))


UnitsTold = Mapping[str, Mapping[str, set[str]]]
"""The units a document names by number and sort, by sort, then by unit, with their owners."""


def units_told(texts: Iterable[str]) -> UnitsTold:
    """The units ``texts`` name by their number and sort (``_NUMBERED_UNIT``), read once for
    a document's questions: by sort, then by unit, with the owners each is named with ("" for
    none)."""
    above: defaultdict[str, defaultdict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for text in texts:
        for m in _NUMBERED_UNIT.finditer(text):
            owner = (m["before"] or "").strip() if _unit_owned(m) else ""
            above[m["sort"].casefold()][m["unit"].rstrip("s")].add(owner)
    return above


def unit_of_several_owners(question: str, texts: Iterable[str] | Callable[[], UnitsTold]) -> bool:
    """Whether the question names a unit by its number and sort only ("Where had the 3rd
    Regiment been left?") in a document that names two or more units of the sorts above it
    ("the 2nd Division", "the 9th Division"): each of them may have a 3rd Regiment, and the
    question does not say whose. An owner in the question keeps it ("the 9th Division's 3rd
    Regiment", "the Vessan 3rd Regiment"). ``texts`` are the document's sentences, or what
    gives the units they name (``units_told``), read only for a question naming one bare."""
    bare = [
        m["sort"].casefold()
        for m in _NUMBERED_UNIT.finditer(question)
        if not _unit_owned(m) and not (m["after"] or "").strip().startswith(("'", "’"))
    ]
    if not bare:
        return False
    above = texts() if callable(texts) else units_told(texts)
    for sort in bare:
        higher = _UNIT_SORTS[_UNIT_SORTS.index(sort) + 1 :]
        # "the 2nd Division" and "the Vessan 2nd Division" are one division, told twice
        told = sum(len(owners - {""}) or 1 for s in higher for owners in above.get(s, {}).values())
        if told >= 2:
            return True
    return False


_DEED_OBJECT_ASKED = LazyPattern(
    r"^(?:(?:In|Into|On|At|To|From|For|With|Against)\s+(?=(?:what|which)\s+(?!"
    r"(?:year|years|date|day|month|season|decade|century|time|age|era|period)\b)))?"
    r"(?:[Ww]hat|Whom|[Ww]hich\s+[a-z]+(?:\s+[a-z]+)?)\s+(?P<aux>did|does|do|had|has|have)\s+"
    r"(?:the\s+)?(?P<subject>[^?]+?)\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)"
    r"(?P<rest>\s+(?:in|on|at|during|from|to|for|with|after|before|by|into)\s+[^?]*)?\?$"
)
"""A question asking the object of a named subject's deed: "What did the Orm council found
in 1901?", "In which firm did Orm invest?" (a preposition before the thing asked, never a
time's: "In what year did ...?" asks when)."""
_PASSIVE_OBJECT_ASKED = LazyPattern(
    r"^(?:(?P<where>Where)|What|Which\s+[a-z]+)\s+(?:was|were)\s+(?:the\s+)?(?P<subject>[^?]+?)"
    r"\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]+ed)(?:\s+(?P<preposition>to|into|against|at|for))?\?$"
)
"""A question asking where or against what a named subject was sent or set: "What was the
Orm Brigade deployed to?", "Where was the Orm Brigade deployed?"."""


def _the_verb_at(words: Sequence[str], lemmas: set[str]) -> int | None:
    """The index of the first of ``words`` that is a form of a verb of ``lemmas``."""
    for at, word in enumerate(words):
        if "VERB" in word_tags(word.casefold()) and _lemmas_of(word.casefold()) & lemmas:
            return at
    return None


_ASCII_FOLD = str.maketrans(
    {
        **{chr(letter): chr(letter).lower() for letter in range(ord("A"), ord("Z") + 1)},
        "\u0130": "i",  # İ
        "\u0131": "i",  # ı
        "\u017f": "s",  # ſ
        "\u212a": "k",  # the Kelvin sign
    }
)
"""Each character ``re.IGNORECASE`` matches with an ASCII letter, as that letter in lower
case (no other matches one, and an ASCII character that is no letter matches only itself): a
text so folded writes a phrase of ASCII characters in lower case wherever the text writes it
in any case."""


class JoinedTexts:
    """A document's sentences joined into one text, each found again from a place in it, to
    find at once where they write a phrase in any case: reading each sentence apart for each
    question cost a long document seconds."""

    def __init__(self, texts: Iterable[str]) -> None:
        self.texts = list(texts)
        self._joined = "\0".join(self.texts)
        self._starts = list(itertools.accumulate((len(t) + 1 for t in self.texts), initial=0))
        self._apart = any("\0" in text for text in self.texts)

    @cached_property
    def _folded(self) -> str:
        """The joined text folded (``_ASCII_FOLD``), read once a phrase is looked for: by
        ``str.lower``, fast, where it keeps every place (no "İ", which it writes as two
        characters), its "ı" and "ſ" then folded too."""
        lower = self._joined.lower()
        if len(lower) != len(self._joined):
            return self._joined.translate(_ASCII_FOLD)
        return lower.replace("\u0131", "i").replace("\u017f", "s")

    def written_whole(self, phrase: str) -> Iterator[tuple[int, int]]:
        """Where a text writes ``phrase`` whole, in any case (``re.IGNORECASE``, not inside a
        longer word or hyphened one): the text's index and the place right after the phrase
        in it, in reading order."""
        pattern = re.compile(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", re.IGNORECASE)
        if self._apart or "\0" in phrase:  # the joint would be read as part of a text
            for index, text in enumerate(self.texts):
                for found in pattern.finditer(text):
                    yield index, found.end()
            return
        if phrase.isascii():
            lead, lead_text = re.compile(re.escape(phrase.lower())), self._folded
        else:
            lead, lead_text = re.compile(re.escape(phrase), re.IGNORECASE), self._joined
        for found in finditer_at_leads(pattern, lead, self._joined, lead_text):
            index = bisect_right(self._starts, found.start()) - 1
            yield index, found.end() - self._starts[index]


def _told_after(
    joined: JoinedTexts, subject: str, own: Collection[int]
) -> Iterator[tuple[str, list[str]]]:
    """Each sentence not at ``own`` that writes ``subject`` whole, with the words of its
    clause after it (up to a comma, a colon or a bracket): what it tells the subject did."""
    for index, end in joined.written_whole(subject):
        if index not in own:
            text = joined.texts[index]
            yield text, _WORD.findall(re.split(r"[,;:()]", text[end:], maxsplit=1)[0])


def deed_told_with_another_object(
    question: str, key: str, texts: Iterable[str] | JoinedTexts, own: Collection[int] = ()
) -> bool:
    """Whether the question asks what a subject did ("What did the Orm council found?") where
    another sentence of the document tells the same subject doing the same deed (the same
    verb, in any form) to another thing ("The Orm council also founded a school"): the
    question has two answers by the document (``texts``: its other sentences, or all of them
    joined, less those at ``own``). A detail in the question that the other sentence lacks (a
    year, a name: "found in 1901") tells them apart."""
    joined = texts if isinstance(texts, JoinedTexts) else JoinedTexts(texts)
    match = _DEED_OBJECT_ASKED.match(question)
    if match is None:
        return _passive_told_again(question, key, joined, own)
    subject, verb = match["subject"], match["verb"].casefold()
    lemmas = {verb} if match["aux"] in _DO else _lemmas_of(verb)
    if not lemmas or "VERB" not in word_tags(verb) or verb in AUXILIARIES:
        return False
    details = [w for w in _WORD.findall(match["rest"] or "") if w[:1].isupper() or w[:1].isdigit()]
    key_words = {w.casefold() for w in _WORD.findall(key)} - _FUNCTION_WORDS - {"a", "an", "the"}
    for text, words in _told_after(joined, subject, own):
        at = _the_verb_at(words[:4], lemmas)
        if at is None:
            continue
        told = words[at + 1 : at + 6]
        told_words = {w.casefold() for w in told}
        if not told or key_words & told_words:
            continue  # the same object, told again
        if told[0].casefold() in AUXILIARIES or told[0].casefold() in ("by", "that"):
            continue  # "the council founded by Orm": another deed
        if details and not any(detail in text for detail in details):
            continue  # "founded in 1901": the question's detail tells them apart
        return True
    return False


_AN_OCCASION_OF_MANY = LazyPattern(
    r"\bfor\s+the\s+(?:first|second|third|fourth|fifth|last|final|\d+(?:st|nd|rd|th))\s+time\b"
    r"|\b(?:again|once\s+more|(?:once|twice)\s+(?:again|more))\b",
    re.IGNORECASE,
)
"""Words that make a deed one of several of its kind: "deployed for the first time",
"deployed again"."""


_WHERE_SENT = frozenset(["to", "into", "in", "at"])
"""The prepositions after which a deed sends its subject somewhere: "deployed to Kell"."""


def _passive_told_again(question: str, key: str, joined: JoinedTexts, own: Collection[int]) -> bool:
    """Whether the question asks where a named subject was sent or set ("What was the Orm
    Brigade deployed to?") where another sentence tells it so sent to another place ("The
    Orm Brigade was deployed to Kell") or tells one time of several ("The Orm Brigade was
    deployed for the first time in June"): it was sent more than once, and the question does
    not say which time."""
    match = _PASSIVE_OBJECT_ASKED.match(question)
    if match is None or not (match["where"] or match["preposition"]):
        return False
    subject, verb = match["subject"], match["verb"].casefold()
    lemmas = _lemmas_of(verb)
    if not lemmas or "VERB" not in word_tags(verb) or not subject[:1].isupper():
        return False
    key_words = {w.casefold() for w in _WORD.findall(key)} - _FUNCTION_WORDS - {"a", "an", "the"}
    prepositions = {match["preposition"]} if match["preposition"] else _WHERE_SENT
    for _, words in _told_after(joined, subject, own):
        if not words or words[0].casefold() not in ("was", "were"):
            continue  # "the Orm Brigade's ...", "the Orm Brigade deployed ...": no passive
        at = _the_verb_at(words[1:4], lemmas)
        if at is None:
            continue
        told = words[at + 2 : at + 7]
        if _AN_OCCASION_OF_MANY.search(" ".join(told)):
            return True  # "was deployed for the first time": one time of several
        if (
            told
            and told[0].casefold() in prepositions
            and not key_words & {w.casefold() for w in told}
        ):
            return True  # "was deployed to Kell": another place it was sent to
    return False


_ON_A_TRIP = LazyPattern(
    r"\b(?:[Tt]our(?:s|ed|ing)?(?!\s+de\b)|trips?|journey(?:s|ed)?|visit(?:s|ed|ing)?"
    r"|travel(?:s|led|ed|ling|ing)?|stop(?:s|ped)?\s+off|stopover)\b"
)
"""A tour, a trip or a visit: "played the Autumn Tour", "stopped off in Orm", "travelled to";
not a name ("the Orm Travel Magazine") nor a race ("the Tour de Vell")."""


def asks_a_trip_s_time(question: str) -> bool:
    """Whether a time question asks when a tour, trip or visit took place ("In the fall of
    what year did Orm play the Harbour Tour?", "In what year did the squad stop off in Vell?"):
    the dates of a journey are a diary's, the deeds that made it worth telling are the point.
    Only for a question whose answer is a time. A question whose subject is the tour itself
    ("When was the Orm World Tour announced?") asks of its news, and another question of its
    sentence would ask for the tour by "who"."""
    return bool(_ON_A_TRIP.search(question)) and not _TRIP_AS_SUBJECT.search(question)


_TRIP_AS_SUBJECT = LazyPattern(
    r"\b(?:was|were)\s+(?:the|an?|its|his|her|their)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:[Tt]ours?|trips?|visits?|journeys?)\s+\w+ed\?$"
)
"""A passive question whose subject is a tour or trip: "When was the Vell Tour announced?"."""


def _bare_words(text: str) -> set[str]:
    """The words of a text in lower case, a possessive's "'s" or "'" left off ("Orm's" →
    "orm"), to be looked up among the words the document's subject goes by."""
    return {re.sub(r"['’]s?$", "", word.casefold()) for word in _WORD.findall(text)}


_BRACKETED_ALIAS = LazyPattern(
    r"(?P<term>\b[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})\s+\((?:also\s+|sometimes\s+|often\s+)?"
    r"(?:known\s+as|called|termed|or)\s+(?P<alias>[^()]+)\)"
)
"""A common noun and its other name in brackets: "field gear (also known as kit)"."""


def bracketed_alias_aside(quote: str, answer: str, subject_words: Collection[str]) -> bool:
    """Whether ``answer`` is the other name the sentence gives in brackets to a common noun
    that is not the document's subject ("Field gear (also known as kit) is carried by ..." in
    a document on mountain huts): the alias of a side term is a word to look up, not a fact
    of the subject. The alias of the subject's own term ("Huts (also called bothies)" of a
    document on huts) stays."""
    for found in _BRACKETED_ALIAS.finditer(quote[:1].lower() + quote[1:]):
        if found["alias"].strip().casefold() != answer.strip().casefold():
            continue
        return not _with_singulars(_bare_words(found["term"])) & set(subject_words)
    return False


_IN_AS_MANY = LazyPattern(
    r"\bin\s+as\s+many\s+(?:days|weeks|months|years|seasons|games|matches|races|starts|tries)\b",
    re.IGNORECASE,
)
"""One of a run told by its place in it: "his third title shot in as many months"."""


def one_of_a_run(question: str) -> bool:
    """Whether the question asks of one turn of a run the sentence counts ("In what year did
    Orm get his third title shot in as many months?"): the run is the story, the time of one
    of its turns a diary's."""
    return bool(_IN_AS_MANY.search(question))


_SALES = r"\b(?:sold|sales|downloads|copies|shipped)\b"
_SALES_READ_ON_A_DAY = LazyPattern(
    _SALES + r".*\b(?:by|as\s+of)\s+"
    r"(?:\d{1,2}\s+(?:" + "|".join(MONTHS) + r")|(?:" + "|".join(MONTHS) + r")\s+\d{1,2},?)"
    r"\s+\d{4}\b"
)
"""A sales count read on a given day: "had sold 9,000 copies by 18 May 2013"."""


def interim_sales_count(question: str, quote: str) -> bool:
    """Whether the question asks of a sales total as it stood on a given day ("How many
    downloads had Orm sold in Tarnia by 18 May 2013?", "Where had Orm sold ...?"): a chart
    report's running count, out of date a week later. A total by a year ("by 2010") reads
    the sale's whole life."""
    return bool(_SALES_READ_ON_A_DAY.search(quote)) and bool(re.search(_SALES, question))


_HISTORY_TRACED_BACK = LazyPattern(
    r"\b(?:history|roots)\b[^?]*?\b(?:dates?|dated|goes|go|went|traces?|traced)\s+back\b",
    re.IGNORECASE,
)
"""A history or its roots traced back to a time: "The history of Orm dates back to 1981"."""


def history_traced_back(question: str) -> bool:
    """Whether the question asks how far back a thing's history or roots go ("The history of
    Orm dates back to what year?"): where a history starts is the writer's choice among its
    first steps (a plan, an announcement, a first release), so several years are right. A
    founding or a first release asked as such ("In what year was Orm founded?") is one
    deed with one time."""
    return _HISTORY_TRACED_BACK.search(question) is not None


_STEPS_OF_A_TASK = LazyPattern(
    r"^How\s+many\s+(?:[a-z-]+\s+)?(?:steps|stages|phases)\s+(?:are|were|is|was)\s+"
    r"(?:[a-z]+ly\s+)?(?:involved|needed|required|necessary|taken)\b"
)
"""A count of the steps a task takes: "How many steps are involved in laying a grid?"."""


def steps_of_a_task_counted(question: str) -> bool:
    """Whether the question counts the steps a task is said to take ("How many constructive
    steps are involved in laying the Orm grid?"): one writer's division of a task, which
    another splits otherwise, and the question names none of them. The steps of a thing
    ("How many steps does the Orm pyramid have?") are counted as they stand."""
    return _STEPS_OF_A_TASK.search(question) is not None


_PRIZE_GIVEN = LazyPattern(
    r"\b(?:Prize|Award|Medal)\b.*\b(?:awarded|given|presented)\b"
    r"|\b(?:awarded|given|presented)\s+(?:with\s+)?the\s+(?:[A-Z][\w’'-]*\s+)*"
    r"(?:Prize|Award|Medal)\b"
)
"""A prize given: "the Orm Prize for Poetry was awarded to", "was awarded the Vell Medal"."""


def others_prize(question: str, answer: str, subject_words: Collection[str]) -> bool:
    """Whether the question asks who was given a prize, or when, where neither question nor
    answer names the document's subject ("To whom was the Orm Prize awarded in 1907?" in a
    document on a school of poets): a prize of someone the document names in passing dates
    its background, it is no fact of the subject."""
    if not _PRIZE_GIVEN.search(question):
        return False
    return not _bare_words(f"{question} {answer}") & set(subject_words)


_PART_REPLACED = LazyPattern(r"\b(?:was|were)\s+(?:[\w’'-]+\s+)+?replaced\s+(?:by|with)\b")
"""A thing swapped for another: "were the first Orm engines replaced by Vell engines"."""


def part_replaced_when(question: str, subject_words: Collection[str]) -> bool:
    """Whether a time question asks when some thing was replaced by another and names
    nothing of the document's subject ("In what year were the Orm floatplanes replaced by
    Vell floatplanes?" in a document on a ship): the upkeep of one of its parts. A question
    naming the subject ("When were the ship's boilers replaced?") stays."""
    if not _PART_REPLACED.search(question):
        return False
    return not _with_singulars(_bare_words(question)) & set(subject_words)


_TEAM_S_LEAGUE = LazyPattern(
    r"\b[A-Z][\w’'-]*\s+(?:[\w’'-]+\s+){0,2}?(?:team|club|squad)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:play(?:s|ed)?|compet(?:es|ed)|join(?:s|ed)?|mov(?:es|ed)\s+up)\s+(?:in|to)?\s*"
    r"(?:the\s+)?(?:[A-Z][\w’'-]*\s+)*(?:League|Division|Subdivision|Conference)\b"
)
"""A named team's league: "the Orm Hawks football team has played in the Vell League"."""


def team_s_league_time(question: str, quote: str, subject_words: Collection[str]) -> bool:
    """Whether a time question asks when a named team began to play in a league or division,
    told in a sentence that names nothing of the document's subject ("Since what year has the
    Orm Hawks team played in the Vell Conference?" in a document on a state): one team's
    standing in one sport, a sports page's fact. A document on the team names it."""
    if not (_TEAM_S_LEAGUE.search(question) and _TEAM_S_LEAGUE.search(quote)):
        return False
    return not _bare_words(quote) & set(subject_words)


_MAIN_KIND_OF = LazyPattern(
    r"^(?:What|Which\s+[\w-]+)\s+(?:is|are|was|were)\s+the\s+(?:major|main|principal|chief"
    r"|predominant|dominant|most\s+common|commonest)\s+(?:forms?|types?|kinds?|sorts?)\s+of\b"
)
"""A question for the main kind of a thing: "What is the major form of pipe tobacco?"."""


def others_main_kind(question: str, quote: str, subject_words: Collection[str]) -> bool:
    """Whether the question asks the main kind of a thing, told in a sentence that names
    nothing of the document's subject ("What is the major form of smoked tobacco?" in a
    document on a disease): a general fact the document gives as background, which a learner
    would meet in any text. The main kind of the subject's own sort stays."""
    if not _MAIN_KIND_OF.search(question):
        return False
    return not _with_singulars(_bare_words(f"{quote} {question}")) & set(subject_words)
