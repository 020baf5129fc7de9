"""Question templates: every form that suits a fact, with ids from the fact id and the form.

Forms: ``mc`` (multiple choice, when three safe distractors exist), ``tf`` (the true
statement), ``tf-false`` (a same-kind value swapped in, only for facts whose answer is the only
true value), ``typed`` (short answers with accepted spellings), ``number`` (years and counts),
and ordering questions over 3-5 dated events of one document (``order.<hash>``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache, partial
from itertools import pairwise
from typing import TypedDict

from lemminflect import getLemma

from factdeck.bank import (
    MAX_NUMBER,
    Fact,
    MultipleChoiceQuestion,
    NumberQuestion,
    OrderingQuestion,
    Question,
    SourceRef,
    TrueFalseQuestion,
    TypedQuestion,
)
from factdeck.generate import lexicon
from factdeck.generate.concepts import other_number
from factdeck.generate.distractors import (
    NAME_KINDS,
    NUMERIC_KINDS,
    ONE_PER_COUNTRY,
    DistractorPool,
    _spelled_alike,
    lone_body_forms,
    national_body_forms,
    parse_date,
    same_body_names,
    sort_word,
)
from factdeck.generate.evidence import (
    DocumentEvidence,
    given_name_first,
    written_without_article,
)
from factdeck.generate.expansions import spelled_out
from factdeck.generate.extract import (
    GENERIC_QUALIFIERS,
    WHEN_KINDS,
    _other_number,
    _without_named_sort,
    bare_place,
    ends_inside_a_sort,
    proper_remainder,
)
from factdeck.generate.facts import FactRecord
from factdeck.generate.gates import Restatements, gives_away, judged
from factdeck.generate.patterns import LazyPattern, named_pattern
from factdeck.generate.phrasing import (
    finite_verb,
    lemmas_as,
    names_people,
    past_participle,
    plural_noun,
    present_participle,
    word_tags,
    yes_no,
)
from factdeck.generate.text import (
    DISAMBIGUATOR,
    MONTHS,
    NAME_CLOSES,
    NAME_OPENS,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    REGNAL_NUMBER,
    DocumentNames,
    asks_who,
    count_in_words,
    country_keys,
    initialled_name,
    initials_key,
    name_values,
    named_as,
    names_by_first_and_last_word,
    normalize,
    number_value,
    number_word,
    occurrences,
    ordinal_figure,
    people_sharing_a_spelling_key,
    people_sharing_a_surname,
    person_keys,
    place_keys,
    regular_plural,
    respellings,
    solid_forms,
    spelled_by,
    stable_hash,
    stable_rank,
    surname_forms,
    transliterated_alike,
    values_containing,
    values_holding,
    values_of_kind,
    values_one_word_longer,
    values_opening,
    whole_name,
    without_title_bracket,
    word_set,
)
from factdeck.normalise import answer_key, without_article

MAX_TYPED_WORDS = 6
MAX_TYPED_CHARS = 50
ORDERING_SIZE = 4
ORDERING_PROMPT = "Put these events in the order they happened, earliest first."

KIND_TOPICS = {
    "year": "dates",
    "date": "dates",
    "period": "dates",
    "number": "numbers",
    "person": "people",
    "place": "places",
    "country": "places",
    "organisation": "organisations",
    "event": "events",
}


class _Common(TypedDict):
    fact_id: str
    explanation: str
    source: SourceRef
    topics: list[str]


def fact_topics(fact: FactRecord) -> list[str]:
    """The curated topics, then the decade and the kind of answer (no duplicates)."""
    topics = list(fact.topics)
    derived: list[str] = []
    if fact.year is not None:
        derived.append(f"{fact.year // 10 * 10}s")
    if fact.kind in KIND_TOPICS:
        derived.append(KIND_TOPICS[fact.kind])
    known = {topic.casefold() for topic in topics}
    for topic in derived:
        if topic.casefold() not in known:
            topics.append(topic)
            known.add(topic.casefold())
    return topics


def clamp_difficulty(difficulty: int) -> int:
    """A question's difficulty within 1-3."""
    return max(1, min(3, difficulty))


def typed_suits(fact: FactRecord) -> bool:
    """Whether the fact's answer is short enough to type and not asked as a number."""
    if fact.kind in ("year", "number") and fact.number is not None:
        return False  # the number form asks the same thing
    return len(fact.answer.split()) <= MAX_TYPED_WORDS and len(fact.answer) <= MAX_TYPED_CHARS


LONG_NAME_WORDS = 5
"""Capitalised words (parts of hyphened ones apart) past which a name is an official one
("Orm Joint Harbour Board-Western Division") that a learner who knows the fact calls by
a shorter form, if any."""


def long_name_alone(answer: str, accepted: Sequence[str]) -> bool:
    """Whether a key is a long official name with no shorter form to type (only itself with
    or without "the"): typed, it asks for its every word in order, which no learner who
    knows the fact recalls; its options ask the fact."""
    capitalised = [part for part in re.split(r"[\s\u2010-\u2015-]+", answer) if part[:1].isupper()]
    if len(capitalised) < LONG_NAME_WORDS:
        return False
    own = normalize(answer).removeprefix("the ")
    return all(normalize(form).removeprefix("the ") == own for form in accepted)


PLACE_LIST = LazyPattern(
    r"[A-Z][\w’'.-]*,\s+(?!(?:[A-Z]\.){1,3}$|[A-Z]{2,3}$|(?:Jr|Sr|Inc|Ltd)\.?$)[A-Z]"
)
"""A key of names joined by a comma ("Kell County, Orsk Island"): typed, it asks for both,
and a learner who names the one the question means ("Kell County") would be refused. A
lettered tail is part of one name ("Washington, D.C.", "Ivo Berg, Jr.")."""


def _ordered_options(fact: FactRecord, question_id: str, options: list[str]) -> list[str]:
    if fact.kind in NUMERIC_KINDS:
        if fact.kind == "date":
            ordinals = {option: getattr(parse_date(option), "ordinal", None) for option in options}
            if all(value is not None for value in ordinals.values()):
                return sorted(options, key=lambda o: ordinals[o] or 0)
        numbers = {option: number_value(re.sub(r"[^\d,]", "", option)) for option in options}
        if all(value is not None for value in numbers.values()):
            return sorted(options, key=lambda o: numbers[o] or 0)
    return sorted(options, key=lambda option: stable_rank(question_id, option))


MAX_YES_NO_WORDS = 25
MAX_TRUE_FALSE_WORDS = 18
"""An imported true/false item is read and judged at a glance, as short as a teacher's."""


def _yes_no(statement: str) -> str | None:
    """The statement as a yes/no question short enough to read at a glance and holding at
    most one year ("Was the hall built in 1887 by 1880?" asks two things at once), or None."""
    question = yes_no(statement)
    if (
        question is None
        or len(question.split()) > MAX_YES_NO_WORDS
        or len(set(_YEAR.findall(question))) > 1
        or _LEFT_BEHIND.match(question)
    ):
        return None
    return question


_LEFT_BEHIND = LazyPattern(
    r"(?:Did|Does|Do)\b(?:(?!\b(?:that|which|who|whom|whose|where|when|while|because|if"
    r"|as|since|after|before|until)\b).)*\b(?:was|were|is|are|has|have|had)\b"
)
"""A question made with "did" that still holds a verb of its own clause ("Did the king sail
to Orm and was crowned there?"): the statement joined two verbs, only one was moved."""


_YEAR = LazyPattern(r"(?<![\w$£€.,/-])(1\d{3}|20\d{2})(?![\w%]|[.,]\d)")
"""A year written out: "1887" (never part of a figure such as "1,887" or "1887%")."""
TIME_PHRASE = LazyPattern(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\b(?:\s+\d{1,2}\b)?(?:,?\s+\d{3,4}\b)?"
    r"|(?<![\w$£€.,/-])(?:1\d{3}|20\d{2})(?![\w%]|[.,]\d)"
    r"|\b\d{2,3}0[’']?s\b|\b(?i:centur(?:y|ies))\b|\b(?:BC|BCE|AD)\b"
    r"|\b(?i:by|until|till|since|before|after)\s+(?:the\s+)?(?:\d|early|mid|late|end|turn"
    r"|start|beginning)"
)
"""A phrase that places a statement in time: a year, decade, century, month or a bound
("by 1880", "until the end of ...")."""
TIME_KINDS = ("year", "date")


def holds_a_second_time(fact: FactRecord) -> bool:
    """Whether an imported fact's statement places it in time twice, counting a key that is
    a time: "A hall was built in {answer} by 1880" swapped to another year, or asked yes or
    no, pits one time against the other and reads as nonsense."""
    if fact.statement_template is None:
        return False
    rest = fact.statement_template.replace("{answer}", " ")
    times = len(TIME_PHRASE.findall(rest))
    return times + (fact.kind in TIME_KINDS) > 1


def _false_value(fact: FactRecord, distractors: Sequence[str], pool: DistractorPool) -> str | None:
    """The value a false statement swaps in: a plausible misconception, one claim changed.

    Only for facts whose answer is the only true value; for an automatic fact only another
    name of the same kind (and role) from the same document, in a statement of one claim.
    Never a year, a date or a number: "Was the bridge opened in 1866?" against 1864 tests
    recall of a digit, and a learner cannot tell a slip of the document from a trap.
    """
    if not (fact.unique and fact.statement_template is not None):
        return None
    if fact.origin != "auto":
        return distractors[0] if distractors else None
    if SEVERAL_CLAIMS.search(fact.statement_template):
        return None  # several claims: which is false? the learner cannot tell what is asked
    if fact.kind not in NAME_KINDS or not ONE_HOLDER.search(fact.statement_template):
        return None
    if fact.kind in ("place", "country") and PLACED_ANSWER.search(fact.statement_template):
        return None  # "at Orsby in Tarland": another town need not lie in Tarland
    return next(
        (
            d
            for d in distractors
            if pool.document_of(fact.kind, d) == fact.document
            and pool.same_role(fact, d)
            and not pool.named_with_statement(fact, d)
        ),
        None,
    )


ONE_HOLDER = LazyPattern(
    r"\b(?:(?:is|was|are|were) the|first|only|sole|largest|smallest|longest|highest|oldest"
    r"|biggest|tallest|deepest|founded|established|signed|crowned|assassinated|invented"
    r"|discovered|born|died)\b",
    re.IGNORECASE,
)
"""What makes one name the only one a statement can hold: a definite description ("was the
capital"), a superlative or a one-time act. "The settlers began to enter Vell" is no such
statement: they may have entered other lands as well."""
PLACED_ANSWER = LazyPattern(
    r"\{answer\}\s+(?:in|on|near|of)\s+(?:the\s+)?"
    rf"(?!(?:{'|'.join(MONTHS + lexicon.WEEKDAYS)})\b)[A-Z]"
)
"""A place the statement locates ("at Orsby in Tarland"): a name swapped in may lie
elsewhere, so the false statement contradicts itself rather than the document."""


SEVERAL_CLAIMS = LazyPattern(
    r"[;,]|\s(?:and|or|but|while|whilst|whereas|which|who|after|before|when|until|then)\s"
)
"""A statement that joins clauses or lists makes several claims (or hides one in an aside):
a false one must make only one."""
BOUND_QUESTION = LazyPattern(r"\b(?:by|since|until|till|before|after) (?:what|which|when)\b", re.I)
"""A question that asks for a bound ("By what century ...?", "Since when ...?"): values
beyond the bound make it true as well."""


def described_role(answer: str) -> str | None:
    """The role or trade a lower-case key names a person by, without the words that only
    describe the person ("housekeeper" of "black housekeeper", "farmer" of "local farmer"):
    who came is answered by the role. A modifier that is no adjective ("ship carpenter") or
    that ranks ("head gardener", "former mayor") makes another role, so that key keeps it."""
    words = answer.split()
    if len(words) < 2 or not names_people(answer, "other") or words[-1] in _NO_ROLES:
        return None  # "homeless people": "people" alone is everyone, no role
    if any("ADJ" not in word_tags(word) or word in _RANKS for word in words[:-1]):
        return None
    return words[-1]


_NO_ROLES = word_set(
    "people persons person individuals individual men man women woman children child"
)
"""Nouns of anyone: what describes them is the whole of what the key says."""


_RANKS = word_set(
    "head chief master senior junior former first second general private royal principal"
    " lead grand high acting honorary"
)
"""Adjectives that make a role another role ("chief minister", "private secretary")."""


def with_document_forms(
    fact: FactRecord, evidence: DocumentEvidence, names: Sequence[tuple[str, str]]
) -> FactRecord:
    """An imported name fact that also accepts the other forms its document gives the answer
    ("Tarlandic Green Party" and "TGP" for "Green Party"), unambiguous among ``names``, the
    (kind, value) of the document's names; its other spellings of a person's name; the
    other ways to name a country's one parliament, senate or navy ("UK Parliament"); a
    feature or a city without its sort word; and the abbreviation the document defines for
    it. An answer that is an abbreviation the document spells out is asked by the full
    name, the abbreviation accepted."""
    if fact.origin == "auto" and fact.kind == "number":
        return with_bare_percentage(fact)
    if fact.origin != "auto" or fact.kind not in (*NAME_KINDS, "other"):
        return fact
    fact = with_sentence_case(fact, evidence)
    bare = re.sub(r"^[Tt]he\s+", "", fact.answer)
    if fact.kind == "other" and bare.islower():
        # "salt pan" for "salt pans": a common noun in either number, as a term is
        fact = replace(fact, accepted=tuple(dict.fromkeys((*fact.accepted, *_other_number(bare)))))
    role = described_role(bare) if fact.kind in ("other", "term") and bare.islower() else None
    if role is not None:
        role_forms = (role, f"the {role}", *_other_number(role))
        fact = replace(fact, accepted=tuple(dict.fromkeys((*fact.accepted, *role_forms))))
    short = _without_named_sort(bare, fact.prompt)
    if short is not None and evidence.written_apart(fact.document, short, bare):
        # "California" for "University of California" where the document also names the
        # state: a learner who does not know the answer would type it from the question.
        # ("Tarnby" of "Tarnby Abbey" to "Which abbey ...?" comes back by class_noun_forms
        # where no other abbey of the document is so named.)
        fact = replace(fact, accepted=tuple(a for a in fact.accepted if a != short))
    with_words = partial(evidence.sentences_with_words, fact.document)
    who = fact.kind == "person" or asks_who(fact.prompt)  # a person asked for
    naming_bare = tuple(with_words(bare))
    values = name_values(names)
    forms = evidence.other_forms(fact.document, fact.answer, fact.kind, fact.prompt, names)
    forms += same_body_names(
        fact.answer, _of_kind_and_sort(names, fact.kind, sort_word(fact.answer))
    )
    forms += national_body_forms(bare)
    forms += lone_body_forms(
        bare,
        values,
        with_words,
        fact.prompt,
    )
    if fact.kind in ("place", "country", "other"):
        forms += realm_land_forms(
            bare, lambda land: evidence.written_apart(fact.document, land, bare)
        )
    # a person's bare bracket gives a party or a paper, no other name of the person
    forms += gloss_forms(
        bare,
        naming_bare,
        lambda name: evidence.mentions(fact.document, name) > 1,
        labelled_only=who,
        quote=fact.quote,
    )
    if fact.kind != "person":

        def written(name: str) -> bool:
            return evidence.mentions(fact.document, name) > 0

        forms += event_name_forms(bare, written)
        forms += code_name_forms(
            bare, values, lambda name: evidence.written_apart(fact.document, name, bare)
        )
        forms += national_spelling_forms(bare)
        forms += empire_people_forms(bare, fact.prompt)
        forms += lone_civil_war_forms(bare, with_words("civil"))
        forms += article_inside_forms(bare, written)
        forms += group_plural_forms(bare, written, with_words)
        if fact.kind not in ("place", "country", "organisation"):
            forms += people_forms(bare)
            forms += adjective_people_forms(bare, written, fact.prompt)
    forms += solid_forms(bare)
    forms += twin_demonym_forms(bare)
    forms += mark_alone_forms(bare, with_words)
    if fact.kind != "person":
        forms += learner_short_forms(
            bare,
            values,
            lambda form: evidence.written_apart(fact.document, form, bare),
            fact.prompt,
            fact.quote,
        )
    if fact.kind in ("person", "other"):
        # "Alexius I Comnenus" beside "Alexius Komnenos": the document spells one man two ways
        forms += [
            value
            for value in people_sharing_a_spelling_key(names, bare)
            if value != bare and _spelled_alike(bare, value)
        ]
        forms += [
            value
            for value in people_sharing_a_surname(names, bare)
            if value not in forms and transliterated_alike(bare, value)
        ]
    defined = evidence.abbreviations(fact.document)
    if fact.kind in ("place", "country", "event", "other"):
        # only the names that hold the feature's name, with or without its sort word, can be
        # its forms: looked up, not read through, as a long document names thousands
        unsorted = _bare_feature(bare)
        forms += feature_forms(
            bare,
            values_containing(names, (bare, unsorted) if unsorted else (bare,)),
            lambda name: evidence.takes_article(fact.document, name),
            lambda name: evidence.sorts_called(fact.document, name),
            fact.prompt,
        )
    if fact.kind in ("place", "other"):
        forms += city_forms(bare, values, lambda name: evidence.place_sort(fact.document, name))
    called_so = school_short_forms(bare, names, with_words)
    if fact.kind in ("organisation", "place", "other"):
        forms += called_so
        forms += school_full_forms(bare, names, fact.quote)
    if fact.kind in ("term", "other"):
        forms += or_gloss_forms(bare, fact.prompt, with_words)
    if fact.kind in ("term", "other"):
        forms += formula_forms(bare, with_words)
    if fact.kind == "term":
        forms += or_abbreviated_forms(bare, with_words)
        forms += term_wording_forms(
            bare,
            fact.prompt,
            defined,
            with_words,
        )
    if fact.kind in ("place", "organisation", "other"):
        forms += facility_place_forms(bare, with_words)
    if fact.kind == "place":
        forms += position_free_forms(
            bare,
            fact.quote,
            lambda place, parts: evidence.written_apart(fact.document, place, *parts),
            naming_bare,
            with_words,
        )
        forms += region_unqualified_forms(
            bare, names, lambda form: evidence.mentions(fact.document, form) > 0
        )
        forms += region_qualified_forms(
            bare,
            names,
            lambda form: any(
                written_as_qualified(form, text)
                for text in evidence.sentences_naming(fact.document, form)
            ),
            naming_bare,
        )
    if fact.kind in ("organisation", "place", "event", "other"):
        forms += longer_written_forms(bare, naming_bare)
        forms += of_place_forms(bare, naming_bare, place_keys(names))
        forms += placed_name_forms(
            bare,
            place_keys(names),
            lambda form: evidence.written_apart(fact.document, form, bare),
        )
        forms += shorter_written_forms(
            bare,
            with_words,
            lambda tail: evidence.written_apart(fact.document, tail, bare),
        )
    if fact.kind == "person" or (
        asks_who(fact.prompt) and lexicon.reads_as_personal_name(bare.partition(" ")[2])
    ):
        # "John Tarrow" for "Sir John Tarrow" who is asked for, whatever sort the key was
        # given: the words after the title read as a person's given name and surname
        forms += untitled_forms(bare)
    if fact.kind == "person" or (fact.kind == "other" and asks_who(fact.prompt)):
        forms += particle_surname_forms(bare, values)
    if fact.kind in ("person", "other"):
        forms += double_surname_forms(
            bare, values, lambda part: evidence.introduced_first(fact.document, bare, part)
        )
        forms += paired_surname_forms(bare, values)
        forms += uninitialled_forms(bare, values)
        forms += given_initials_forms(
            bare,
            values_of_kind(names, "person"),
            lambda form: evidence.mentions(fact.document, form) > 0,
        )
        forms += surname_bearer_forms(
            bare,
            _people_among(names),
            lambda bearers: evidence.named_last_before(
                fact.document,
                fact.quote,
                bearers,
                # a place's or a thing's surname-like word ("West Kell" and "East Kell"
                # before "Kell") is no pointer to the last one named
                alone=not who,
            ),
        )
        forms += nickname_full_forms(
            bare, _people_among(names), partial(evidence.mentions, fact.document)
        )
    forms += subject_forms(
        bare,
        names,
        lambda value: evidence.is_subject(fact.document, value),
        defined,
    )
    forms += [
        form
        for form in called_forms(fact, evidence, names, forms)
        if normalize(form) != normalize(bare)
    ]
    expansion = defined.get(bare)
    if expansion is None:
        forms += initialled_name_forms(
            bare, values, lambda name: evidence.mentions(fact.document, name) > 0
        )
    if fact.kind in ("organisation", "other"):
        forms += body_initials_forms(
            bare,
            values,
            defined,
            lambda letters: evidence.mentions(fact.document, letters) > 0,
            fact.prompt,
        )
    if len(bare.split()) > 1 and (inside := spelled_out(bare, defined)) != bare:
        forms.append(inside)  # "Orm Millennium Edition" for "Orm ME (Millennium Edition)"
    forms += written_initials_forms(
        bare,
        lambda form: (
            evidence.mentions(fact.document, form) > 0
            and f" {normalize(form)} " not in f" {normalize(fact.prompt)} "
        ),  # "What does SE mean?"
    )
    forms += [
        short
        for short, full in defined.items()
        if normalize(full) == normalize(bare)
        and not fact.prompt.casefold().endswith(f"what does {short.casefold()} stand for?")
    ]  # the letters do not answer what they stand for ("In Orm, what does NFI stand for?")
    forms += _document_name_forms(fact, evidence, names, values)
    if who:
        forms += titled_forms(bare, evidence.sentences_naming(fact.document, bare))
        forms += initials_in_sentence_forms(bare, fact.quote, values_of_kind(names, "person"))
    if fact.kind in ("organisation", "other", "event"):
        people_and_places = place_keys(names) | person_keys(names)
        forms += bracketed_name_forms(
            bare,
            naming_bare,
            people_and_places,
            lambda short: evidence.mentions(fact.document, short) > 1,
        )
    if fact.kind in ("organisation", "other"):
        forms += leader_forms(bare, values_of_kind(names, "person"), place_keys(names))
    if fact.kind != "person":
        forms += subject_modified_forms(
            bare,
            evidence.subject(fact.document),
            fact.prompt,
            lambda rest: evidence.written_apart(fact.document, rest, bare),
        )
        forms += hyphened_place_forms(
            (bare, *fact.accepted, *forms),
            with_words,
        )
    if who:
        forms += saint_forms((bare, *fact.accepted, *forms), values)
    accepted = tuple(dict.fromkeys((*fact.accepted, *forms)))
    if who:
        accepted = tuple(
            form
            for form in accepted
            if not _surname_unsaid(
                form, bare, partial(evidence.written_apart, fact.document, form, bare)
            )
        )
        ranked = ranked_surname_forms(
            bare, accepted, lambda form: evidence.mentions(fact.document, form) > 0
        )
        accepted = tuple(dict.fromkeys((*accepted, *ranked)))
    school = _school_part(bare)
    asked_school = school_asked_forms(
        bare, fact.prompt, names, lambda short: evidence.written_apart(fact.document, short, bare)
    )
    accepted = tuple(dict.fromkeys((*accepted, *asked_school)))
    if (
        school is not None
        and school not in called_so
        and school not in asked_school
        and not _named_for_its_founder(bare, names)
    ):
        # "Washington" for "University of Washington" names a state, a city and other
        # schools: only the document's own use makes it the school's name, or a question
        # asking for a school where the document names nothing else so
        accepted = tuple(form for form in accepted if normalize(form) != normalize(school))
    if fact.kind in ("organisation", "other"):
        accepted = (*accepted, *school_order_forms(bare, names))
    english = (
        None
        if expansion is not None or fact.kind == "person"
        else english_name(
            bare,
            naming_bare,
            lambda name: evidence.mentions(fact.document, name) > 1,
        )
    )
    if english is not None and f" {normalize(english)} " not in f" {normalize(fact.prompt)} ":
        others = (fact.answer, *(a for a in accepted if normalize(a) != normalize(english)))
        return replace(fact, answer=english, accepted=tuple(dict.fromkeys(others)))
    if expansion is not None:
        # "NTSL" where the document writes "North Tarland Soccer League (NTSL)": the key
        # reads as its like among the options and tells the learner what the letters are
        others = (fact.answer, *(a for a in accepted if a != expansion))
        return replace(fact, answer=expansion, accepted=tuple(dict.fromkeys(others)))
    return fact if accepted == fact.accepted else replace(fact, accepted=accepted)


def unqualified_national_forms(
    answer: str, others: Collection[str], places: Collection[str] = ()
) -> list[str]:
    """ "Skyvaffe" for "Danish Skyvaffe": a body named by a people's or a country's word
    before one word of its own that is no English word, no sort word and no place, says
    which body it is without the people (never "Navy" of "Danish Navy", nor "Guiana" of
    "French Guiana", a place of the document, ``places``, by their compared forms). Not
    where another name of the document (``others``) holds that word."""
    words = answer.split()
    if len(words) != 2 or normalize(answer) in places or normalize(words[1]) in places:
        return []
    lead, rest = words
    if (lead not in lexicon.COUNTRY_DEMONYMS and lead not in lexicon.COUNTRIES) or (
        lexicon.english_word(lead)
    ):
        return []  # "New Netherland", "Central Powers": no people's word
    if (
        not _own_name_word(rest)
        or rest in lexicon.COUNTRIES
        or rest in lexicon.COUNTRY_DEMONYMS
        or rest in lexicon.STATES_AND_PROVINCES
        or rest in lexicon.CONTINENTS
    ):
        return []
    key = f" {normalize(rest)} "
    if any(other != answer and key in f" {normalize(other)} " for other in others):
        return []  # "Skyvaffe Bridge" beside it: the word alone is either
    return [rest]


def _own_name_word(word: str) -> bool:
    """Whether a capitalised word is a name's own: in letters, no English word, no word of a
    sort of thing nor a title."""
    return (
        len(word) >= 3
        and word[:1].isupper()
        and word.replace("-", "").isalpha()
        and not lexicon.english_word(word)
        and not lexicon.sort_word(word)
        and not lexicon.title_word(word)
    )


_QUALIFIED_TITLE = LazyPattern(
    r"(?P<qualifier>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s+"
    r"(?P<title>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s+of\s+the\s+"
    r"(?:Year|Month|Week|Season|Game|Match|Tournament|Series|Decade|Century))"
    r"(?P<tail>\s+(?:Award|Trophy|Prize))?"
)
"""An honour of a conference, a league or a place before its title "... of the Year"
("Orm Valley Coach of the Month")."""


def unqualified_title_forms(
    answer: str,
    others: Collection[str],
    prompt: str,
    written_apart: Callable[[str], bool] = lambda title: False,
) -> list[str]:
    """ "Coach of the Month" for "Orm Valley Coach of the Month": an honour's title without
    the body or place that gives it says which honour a learner means, where no other name
    of the document (``others``) holds that title, the document never writes the title
    outside the answer (``written_apart``: "the Tarland Coach of the Month Award", "the
    league's Coach of the Month") and the question does not show it."""
    found = _QUALIFIED_TITLE.fullmatch(answer)
    if found is None or lexicon.opens_no_name(found["qualifier"].split()[0]):
        return []
    title = found["title"]
    key = normalize(title)
    if (
        key in normalize(prompt)
        or any(other != answer and key in normalize(other) for other in others)
        or written_apart(title)
    ):
        return []  # "Vell Coach of the Month" beside it: the title alone is either
    tail = found["tail"] or ""
    return [title, f"{title}{tail}"] if tail else [title]


_SCHOOL_SORTS = word_set("School College University Academy Institute Seminary Conservatory")
"""Sort words that close the name of a school."""


def school_of_place_forms(
    answer: str, prompt: str, quote: str, others: Collection[str], sentences: Sequence[str] = ()
) -> list[str]:
    """ "Orvik Community High School" for "Orvik" asked where a person did what the
    sentence says he did "at Orvik" ("during his days at Orvik"): the document's one school
    named for the place (among ``others``, its names, and in ``sentences``, those naming
    the place) is where he was, and a learner who read of it may type its name. Not where
    the document names two such schools, nor where the question asks anything but where."""
    if not re.match(r"[Ww]here\b", prompt) or not answer[:1].isupper():
        return []
    at = re.compile(rf"\bat\s+{re.escape(answer)}(?![\w’'-])(?!\s+[A-Z])")
    if not at.search(quote):
        return []
    written = named_pattern(
        r"(?<![\w’'-])",
        answer,
        rf"(?:\s+[A-Z][\w’'-]*)*?\s+(?:{'|'.join(_SCHOOL_SORTS)})(?![\w’'-])",
    )
    schools = [
        name
        for name in dict.fromkeys(others)
        if name.startswith(f"{answer} ")
        and name.split()[-1] in _SCHOOL_SORTS
        and all(word[:1].isupper() for word in name.split())
    ]
    schools += [found[0] for text in sentences for found in written.finditer(text)]
    schools = list(dict.fromkeys(schools))
    return schools if len(schools) == 1 else []


_EVENT_SORTS = word_set("Battle Siege Sack Relief Capture")
"""Words that name a fight by where it happened ("Battle of Kessany", "Siege of Orm"), which
the place's name alone stands for ("after Kessany"); a treaty or a congress of a city is no
thing the city is said for."""
_ASKS_A_PLACE = LazyPattern(
    r"^(?:[Ww]here|[Ii]n\s+(?:which|what))\b"
    r"|\b(?:[Ww]hich|[Ww]hat)\s+(?:city|town|village|place|country|region|port|fortress)\b"
)
"""A question that asks for the place itself ("Which town did they take?")."""
_OCCASION_BEFORE = r"(?:after|before|following|since|until|till|during|at)"
"""Words before a place that stands for what happened there ("after Kessany", "at Orm")."""


def event_of_place_forms(
    answer: str, prompt: str, quote: str, others: Collection[str], sentences: Sequence[str] = ()
) -> list[str]:
    """ "Battle of Kessany" for "Kessany" where the document names one event there and
    the question asks what, not where ("After what did Vell withdraw from the war?" of
    "After Kessany Vell withdrew"): the place stands for its battle, which a learner types
    by its name. Not where the document (``others``, its names, and ``sentences``, those
    naming the place) names two events of the place ("Battle of Kessany", "Treaty of
    Kessany") or another name holding the place's, nor where the sentence (``quote``) writes
    the place as a place ("The army captured Kessany"), not as an occasion ("after
    Kessany")."""
    if _ASKS_A_PLACE.search(prompt) or not answer[:1].isupper():
        return []
    occasion = rf"\b{_OCCASION_BEFORE}\s+(?:the\s+)?{re.escape(answer)}(?![\w’'-])"
    if not re.search(occasion, quote, re.IGNORECASE):
        return []
    key = f" {normalize(answer)} "
    of_place = re.compile(
        rf"(?<![\w’'-])(?P<sort>[A-Z][a-z]+)\s+of\s+(?:the\s+)?{re.escape(answer)}(?![\w’'-])"
        rf"|(?<![\w’'-]){re.escape(answer)}\s+(?P<after>[A-Z][a-z]+)(?![\w’'-])"
    )
    events: list[str] = []
    holders: list[str] = []
    for name in dict.fromkeys(others):
        if name == answer or key not in f" {normalize(name)} ":
            continue
        found = of_place.fullmatch(re.sub(r"^[Tt]he\s+", "", name))
        if found is not None and found["sort"] in _EVENT_SORTS:
            events.append(found[0])
        else:
            holders.append(name)
    for text in sentences:
        for found in of_place.finditer(text):
            sort = found["sort"] or found["after"]
            if sort in _EVENT_SORTS:
                events.append(found[0])
            elif sort in lexicon.EVENT_WORDS or lexicon.sort_word(sort):
                holders.append(found[0])  # "Treaty of Kessany", "Kessany Castle"
    events = list(dict.fromkeys(events))
    if len(events) != 1 or holders or not events[0].startswith(events[0].split()[0] + " of"):
        return []
    return events if normalize(events[0]) not in normalize(prompt) else []


def given_name_alone_forms(
    answer: str, others: Collection[str], sentences: Callable[[str], Sequence[str]]
) -> list[str]:
    """ "Tobin" for "Tobin Grant" where the document calls him by his given name alone
    (``sentences``: its sentences naming a word), twice or more and no less often than by
    his surname alone, as it calls a child or a character of a story: a learner who read
    it types that name. Not a given name that is an English word or a title, nor one
    another name of the document (``others``) holds ("Tobin Hale", "Tobin Street")."""
    words = answer.split()
    if (
        not 2 <= len(words) <= 3
        or not _own_name_word(words[0])
        or not all(word[:1].isupper() and word.replace("-", "").isalpha() for word in words)
        or REGNAL_NUMBER.fullmatch(words[-1])
    ):
        return []  # "Henry VIII": "Henry" is every King Henry
    given, surname = words[0], words[-1]
    if any(other not in (answer, given) and given in other.split() for other in others):
        return []
    alone = _written_alone(given, sentences(given))
    return [given] if alone >= 2 and alone >= _written_alone(surname, sentences(surname)) else []


def _written_alone(word: str, sentences: Sequence[str]) -> int:
    """How many of ``sentences`` write the capitalised ``word`` as a name alone: no
    capitalised word of a name right before it (but at a sentence's start) or after it."""
    pattern = named_pattern(r"(?<![\w’'-])", word, r"(?:[’']s)?(?![\w’'-])(?!\s+[A-Z])")
    count = 0
    for text in sentences:
        for match in pattern.finditer(text):
            if _name_word_before(text, match.start()) is not None:
                continue  # "Ana Tobin", a surname
            count += 1
            break
    return count


def _name_word_before(text: str, at: int) -> str | None:
    """The word right before ``at`` in ``text`` where it is a capitalised word that may be
    part of a name ("Ana" before "Tobin"); None after a sentence's opening word ("In"), a
    title, or no capitalised word."""
    before = text[max(0, at - 100) : at].split()  # its last words
    if before and before[-1][:1].isupper() and not lexicon.opens_no_name(before[-1]):
        return before[-1]
    return None


_SURNAME_TITLES = word_set(
    "dr doctor mr mrs ms miss professor prof inspector detective sergeant captain colonel"
    " general admiral lieutenant commander major"
)
"""Titles people put before a surname alone ("Dr Venn", "Inspector Holm"), the surname
then being how a story calls the person; a ruler's or a saint's title is before a given
name ("King Olaf", "Pope Urban"), which alone is every Olaf."""


def _surname_title(word: str) -> bool:
    """Whether a word is a title put before a surname alone ("Dr", "Inspector")."""
    return word.casefold() in _SURNAME_TITLES


def titled_surname_forms(
    answer: str, others: Collection[str], sentences: Callable[[str], Sequence[str]]
) -> list[str]:
    """ "Venn" for "Dr Venn" where the document calls the person by the surname alone
    (``sentences``: its sentences naming a word) twice or more: a learner who read it types
    that name. Not where another name of the document (``others``) holds the surname but
    one person's full name ("Walter Venn", his)."""
    words = answer.split()
    if len(words) != 2 or not _surname_title(words[0].rstrip(".")):
        return []
    surname = words[1]
    if not _own_name_word(surname):
        return []
    bearers = {
        untitled
        for other in others
        if surname in other.split()
        and (untitled := _untitled(other, _surname_title)) != surname  # "Dr. Venn" as the answer's
    }
    if len(bearers) > 1 or any(
        other.split()[-1] != surname or not _own_name_word(other.split()[0]) for other in bearers
    ):
        return []  # "Ana Venn" and "Ivo Venn", or "Venn Street"
    return [surname] if _written_alone(surname, sentences(surname)) >= 2 else []


_OFFICES_BEFORE_A_SURNAME = _SURNAME_TITLES | word_set(
    "president governor senator chancellor premier mayor judge justice ambassador secretary"
    " minister bishop archbishop cardinal congressman congresswoman representative"
)
"""Titles an office holder is called by before the surname alone ("President Marlow",
"Governor Holm"); a ruler's or a saint's title goes before a given name ("King Olaf")."""


def titled_surname_full_forms(answer: str, people: Collection[str]) -> list[str]:
    """ "Ivo Marlow" and "President Ivo Marlow" for "President Marlow" where the one person
    of the document (``people``) of that surname is given a fuller name ("Ivo Marlow",
    "Ivo T. Marlow"): a learner who read it types the name in full, with or without the
    title. Not where two people bear the surname ("Ivo Marlow" and "Ana Marlow": which
    one the title means the document says elsewhere), nor after a ruler's title."""
    words = answer.split()
    if len(words) != 2 or words[0].rstrip(".").casefold() not in _OFFICES_BEFORE_A_SURNAME:
        return []
    title, surname = words
    full: dict[str, str] = {}  # each fuller name, by its given name and surname
    for person in people:
        untitled = _untitled(person)
        plain = _first_and_last(untitled) or untitled
        if person.split()[-1] == surname and _given_and_surname(plain):
            full[untitled] = plain
    if len(set(full.values())) != 1:
        return []
    names = dict.fromkeys((*sorted(full), *full.values()))  # "Ivo Marlow" of "Ivo T. Marlow"
    return [form for name in names for form in (name, f"{title} {name}")]


def _given_and_surname(name: str) -> bool:
    """Whether a person's name reads as a given name and a surname: two or three words in
    capitals, the first a known given name or no English word ("Barack"), the last no sort
    word ("Ivo Marlow", not "Old Marlow" nor "Marlow Street")."""
    words = name.split()
    return (
        2 <= len(words) <= 3
        and all(word[:1].isupper() and word.replace("-", "").isalpha() for word in words)
        and (words[0] in lexicon.given_names() or not word_tags(words[0].casefold()))
        and not lexicon.sort_word(words[-1])
    )


def _untitled(name: str, title: Callable[[str], bool] = lexicon.title_word) -> str:
    """A name without the titles (``title``: whether a word, its full stop aside, is one) it
    opens with ("Walter Venn" for "Dr. Walter Venn", "Ivo Marlow" of "President Ivo
    Marlow")."""
    words = name.split()
    while len(words) > 1 and title(words[0].rstrip(".")):
        words = words[1:]
    return " ".join(words)


_CAME_TO_BE_CALLED = r"(?:known\s+as|called|named|renamed|dubbed)\s+[\"“‘']?"
"""The words that give a thing the name it came to be called by ("later became known as")."""


def named_noun_forms(answer: str, quote: str) -> list[str]:
    """ "Orm Gate Corner" for "corner" where the sentence says that the corner "became
    known as Orm Gate Corner": the key's noun is the thing that name names, which a learner
    who read it types. Only a name closed by the key's noun, named after the noun."""
    if not re.fullmatch(r"[a-z]+", answer):
        return []
    head = answer.capitalize()
    named = re.compile(
        rf"\b{answer}\b.*?\b{_CAME_TO_BE_CALLED}"
        rf"(?P<name>(?:[A-Z][\w’'-]*\s+)+{head})(?![\w’'-])"
    )
    found = named.search(quote)
    return [found["name"]] if found is not None else []


def _document_name_forms(
    fact: FactRecord,
    evidence: DocumentEvidence,
    names: Sequence[tuple[str, str]],
    values: Sequence[str],
) -> list[str]:
    """The names a learner who read the document types for the key: a body without its
    people's word, an honour without who gives it, the school or the battle a place stands
    for, a thing by the name its sentence says it came to be known as, a person by the
    given name the document calls him by. None the question shows: it would answer
    itself."""
    bare = re.sub(r"^[Tt]he\s+", "", fact.answer)
    naming = evidence.sentences_naming(fact.document, bare)
    naming_a_word = partial(evidence.sentences_naming, fact.document)
    forms: list[str] = []
    if fact.kind in ("organisation", "other"):
        forms += unqualified_national_forms(bare, values, place_keys(names))
    if fact.kind in ("organisation", "other", "place", "event"):
        forms += unqualified_title_forms(
            bare,
            values,
            fact.prompt,
            lambda title: evidence.written_apart(fact.document, title, bare),
        )
    if fact.kind in ("place", "other"):
        forms += school_of_place_forms(bare, fact.prompt, fact.quote, values, naming)
    if fact.kind in ("place", "other", "event"):
        forms += event_of_place_forms(bare, fact.prompt, fact.quote, values, naming)
    if fact.kind in ("place", "other", "term"):
        forms += named_noun_forms(bare, fact.quote)
    if fact.kind != "person":
        forms += spelled_code_forms(
            bare,
            lambda word: evidence.sentences_with_words(fact.document, word),
        )
    if fact.kind in ("organisation", "other"):
        forms += numbered_unit_forms(bare)
        forms += partner_free_forms(bare, values, naming_a_word)
    if fact.kind in ("organisation", "other", "place", "event"):
        forms += field_free_forms(
            bare,
            values,
            lambda head: evidence.written_apart(fact.document, head, bare),
            lambda head: _head_alone(
                head, [text.replace(bare, " ") for text in naming_a_word(head)]
            ),
        )
    if fact.kind in ("other", "event"):
        forms += leadless_title_forms(bare, values, naming_a_word)
    if fact.kind == "person" or bare in _people_among(names) or asks_who(fact.prompt):
        # only the names that hold the given name can hold it as a word: looked up, not
        # read through, as a long document names thousands
        holding = values_containing(names, bare.split()[:1])
        forms += given_name_alone_forms(bare, holding, naming_a_word)
        forms += titled_surname_forms(bare, values, naming_a_word)
        forms += titled_surname_full_forms(bare, _people_among(names))
        forms += placeless_person_forms(bare, values, naming_a_word)
    return [form for form in forms if whole_name(form).search(fact.prompt) is None]


_CODE = r"(?P<prefix>[A-Z]{1,3})\s+(?P<number>\d+[A-Z]{0,2})"
_SPELLED_CODE = (
    r"(?P<long>(?:[A-Z][a-z]+\s+){1,5}(?P<noun>[A-Z][a-z]+))\s+(?P<number>\d+[A-Z]{0,2})"
)
_CODED_KEY = LazyPattern(rf"{_CODE}|{_SPELLED_CODE}".replace("<number>", "<n>", 1))


def spelled_code_forms(answer: str, sentences: Callable[[str], Sequence[str]]) -> list[str]:
    """ "New York State Route 293" and "Route 293" for "NY 293" (and each for the others)
    where a sentence of the document (``sentences``: those with a word) writes a code of
    that prefix beside its spelled-out form, the number alike ("NY 31B ... New York State
    Route 31B"): the prefix stands for those words. Only where the sentence writes no other
    code with that number ("US 293 meets NY 293 ...") and the prefix is made of the spelled
    name's letters, from its first ("NY" of "New York ...", never "A" of "Kell County Road").
    The noun and the number alone only where the document writes them after no other name
    ("County Route 293")."""
    match = _CODED_KEY.fullmatch(answer)
    if match is None:
        return []
    spelled: dict[str, set[str]] = defaultdict(set)
    for word in [match["prefix"]] if match["prefix"] else match["long"].split()[-1:]:
        for text in sentences(word):
            codes = {(m["prefix"], m["number"]) for m in re.finditer(rf"\b{_CODE}\b", text)}
            for m in re.finditer(rf"\b{_SPELLED_CODE}\b", text):
                long = re.sub(r"^(?:The|In|On|At|By)\s+", "", m["long"])
                alike = [prefix for prefix, number in codes if number == m["number"]]
                if len(alike) == 1 and len(long.split()) >= 2 and _abbreviates(alike[0], long):
                    spelled[alike[0]].add(long)
    if match["prefix"]:
        prefix, number = match["prefix"], match["n"]
        longs = spelled.get(prefix, set())
    else:
        long, number = re.sub(r"^(?:The)\s+", "", match["long"]), match["number"]
        prefixes = [prefix for prefix, longs in spelled.items() if longs == {long}]
        if len(prefixes) != 1:
            return []
        prefix, longs = prefixes[0], {long}
    if len(longs) != 1:
        return []
    (long,) = longs
    noun = long.split()[-1]
    forms = [f"{prefix} {number}", f"{long} {number}"]
    other_names = re.compile(rf"(?<![\w-])[A-Z][\w-]*\s+{noun}\s+{re.escape(number)}\b")
    if not any(
        other_names.search(text.replace(f"{long} {number}", " ")) for text in sentences(number)
    ):
        forms.append(f"{noun} {number}")
    return [form for form in forms if form != answer]


def _abbreviates(prefix: str, long: str) -> bool:
    """Whether a code's ``prefix`` is made of letters of ``long`` in order, from its first:
    "NY" of "New York State Route", "TX" of "Texas State Highway", never "US" of it."""
    letters = iter(long.casefold())
    return long[:1] == prefix[:1] and all(letter in letters for letter in prefix.casefold())


_UNIT_WORDS = word_set(
    "Corps Army Division Brigade Regiment Battalion Squadron Fleet Flotilla Wing Legion Group"
)
"""The sorts of armed unit numbered in Roman figures ("VIII Corps", "III Army")."""

_ROMAN_FIGURES = {"I": 1, "V": 5, "X": 10, "L": 50}
_NUMBERED_UNIT = LazyPattern(
    r"(?P<owner>(?:[A-Z][\w-]*['’]s?\s+)?)(?P<roman>[IVXL]+)\s+(?P<unit>[A-Z][a-z]+)"
    r"(?P<rest>(?:\s+[A-Z][\w-]*)*)"
)


def _roman_value(figures: str) -> int | None:
    """The number Roman ``figures`` write, or None where they are not written so ("IIII")."""
    values = [_ROMAN_FIGURES[figure] for figure in figures]
    total = sum(-v if v < after else v for v, after in zip(values, [*values[1:], 0], strict=True))
    if total <= 0 or total > len(ORDINAL_WORDS) or _roman(total) != figures:
        return None
    return total


def _roman(number: int) -> str:
    figures = ""
    for value, written in ((50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV")):
        while number >= value:
            figures += written
            number -= value
    return figures + "I" * number


def numbered_unit_forms(answer: str) -> list[str]:
    """ "8th Corps" and "Eighth Corps" for "VIII Corps": an armed unit numbered in Roman
    figures is as often said and written by its ordinal (a ruler's number has its own
    forms, a unit's are these)."""
    match = _NUMBERED_UNIT.fullmatch(answer)
    if match is None or match["unit"] not in _UNIT_WORDS:
        return []
    number = _roman_value(match["roman"])
    if number is None:
        return []
    owner, tail = match["owner"], f"{match['unit']}{match['rest']}"
    return [
        f"{owner}{ordinal_figure(number)} {tail}",
        f"{owner}{ORDINAL_WORDS[number - 1].capitalize()} {tail}",
    ]


_FIELD_TAILED = LazyPattern(
    r"(?P<head>(?:[A-Z][\w’'-]*\s+)+(?P<sort>[A-Z][\w’'-]*))\s+of\s+(?:the\s+)?"
    r"(?P<field>[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*)*)"
)


def _known_without_its_field(head: str, sort: str, field: str) -> bool:
    """Whether a museum is called by its name without the field it shows ("Field Museum"
    of "Field Museum of Natural History"), as people call one: the field is common words
    ("Natural History", "Fine Arts"), no place ("Kell Museum of Orm"), and the word before
    "Museum" is the museum's own, no qualifier many share ("National Museum", "American
    Museum")."""
    if sort != "Museum":
        return False
    fields = [word for word in field.split() if word != "and"]
    if not all(
        lexicon.english_word(word) or word in lexicon.COUNTRY_DEMONYMS for word in fields
    ) or any(word in _COUNTRY_OR_STATE for word in fields):
        return False
    own = head.split()[-2]  # "Smithsonian National Museum": one of several national ones
    return (
        own not in GENERIC_QUALIFIERS
        and own not in lexicon.COUNTRY_DEMONYMS
        and own not in lexicon.IRREGULAR_DEMONYMS
        and own not in _COUNTRY_OR_STATE
    )


def field_free_forms(
    answer: str,
    values: Collection[str],
    written_apart: Callable[[str], bool],
    written_alone: Callable[[str], bool] = lambda head: False,
) -> list[str]:
    """ "Kell Society" for "Kell Society of Arts": a body's name without its "of <field>"
    tail, where what is left still names it (a name of two words or more closed by a
    body's sort word), the document writes it alone (``written_apart``) or it is a museum's
    own name ("Metropolitan Museum" of "Metropolitan Museum of Art"), and no
    other name of the document (``values``) opens with it ("Royal Society of Arts" beside
    "Royal Society of Chemistry"). A place or a thing closed by another sort word ("Gulf
    Coast" of "Gulf Coast of Vessaland") only where the document also writes it with no
    name word before it (``written_alone``): "the Gulf Coast", never "Orm Gulf Coast"."""
    match = _FIELD_TAILED.fullmatch(answer)
    if match is None:
        return []
    body = match["sort"] in lexicon.ORGANISATION_WORDS
    if not body and not lexicon.sort_word(match["sort"]):
        return []
    head = match["head"]
    if len(head.split()) < 2 or head.split()[0] in lexicon.CONNECTORS:
        return []
    if any(value != answer and value != head and value.startswith(f"{head} ") for value in values):
        return []
    if not body and not written_alone(head):
        return []
    known = _known_without_its_field(head, match["sort"], match["field"])
    return [head] if known or written_apart(head) else []


def _head_alone(head: str, sentences: Sequence[str]) -> bool:
    """Whether ``sentences`` (the key taken out) write ``head`` alone, and never with another
    "of <name>" tail ("the Gulf Coast of Orm"): it then names the key's thing only."""
    tailed = re.compile(rf"{NAME_OPENS}{re.escape(head)}\s+of\s+(?:the\s+)?[A-Z]")
    return _written_alone(head, sentences) > 0 and not any(
        tailed.search(text) for text in sentences
    )


_PARTNERS = LazyPattern(
    r"(?P<name>[A-Z][\w’'-]+)\s+(?:Brothers|Bros\.?|Sons|(?:and|&)\s+(?:Sons|Co\.?|Company))"
)
"""A firm named by its family and its partners' word ("Lund Brothers", "Vell & Sons")."""


def partner_free_forms(
    answer: str, values: Collection[str], sentences: Callable[[str], Sequence[str]]
) -> list[str]:
    """ "Lund" for "Lund Brothers": a firm by its family name alone, where the document
    (``sentences``: those naming a word) writes that name alone, and no other name of the
    document (``values``) holds it: "Anders Lund", a partner, would be called so too."""
    match = _PARTNERS.fullmatch(answer)
    if match is None or not _own_name_word(name := match["name"]):
        return []
    if any(value != answer and name in value.split() for value in values):
        return []
    return [name] if _written_alone(name, sentences(name)) else []


_LED_TITLE = LazyPattern(
    r"(?P<lead>[A-Z][\w’'-]*)\s+(?P<title>(?:[A-Z][\w’'-]*\s+)+(?:Championship|Title))"
)
"""A title led by the body or place that gives it ("Orm Heavyweight Championship")."""


def _led_only_by(phrase: str, lead: str, sentences: Sequence[str]) -> bool:
    """Whether ``sentences`` write ``phrase`` after no name word but ``lead``: never "Vell
    Heavyweight Championship" beside "Orm Heavyweight Championship"."""
    pattern = whole_name(phrase)
    for text in sentences:
        for match in pattern.finditer(text):
            word = _name_word_before(text, match.start())
            # "Arras, France": a word before a stop leads no name
            if word is not None and word != lead and not word.endswith((",", ";", ":")):
                return False
    return True


def leadless_title_forms(
    answer: str, values: Collection[str], sentences: Callable[[str], Sequence[str]]
) -> list[str]:
    """ "Heavyweight Championship" for "Orm Heavyweight Championship": a title without who
    gives it, where the document (``sentences``: those naming a phrase) writes it alone for
    this title, never after another name word ("Vell Heavyweight Championship"), and no
    other name of the document (``values``) holds it."""
    match = _LED_TITLE.fullmatch(answer)
    if match is None or lexicon.opens_no_name(lead := match["lead"]):
        return []
    title = match["title"]
    if any(value not in (answer, title) and title in value for value in values):
        return []
    naming = sentences(title)
    return [title] if _written_alone(title, naming) and _led_only_by(title, lead, naming) else []


_MARKED_MODEL = LazyPattern(
    r"(?P<sort>(?:[A-Z][\w’'-]*\s+)*(?P<lead>[A-Z][\w’'-]*))\s+(?:Mk\.?|Mark)"
    r"\s+(?P<number>[IVXL]+|\d+)"
)
"""A model named by its sort and its mark ("Field Gun Mk II", "Rover Mark 3")."""


def mark_alone_forms(answer: str, sentences: Callable[[str], Sequence[str]]) -> list[str]:
    """ "Mark II" and "Mk II" for "Field Gun Mk II": a model by its mark alone, where the
    document (``sentences``: those holding some words) writes the mark alone in either
    spelling ("the Mark II was longer") and never after another name word ("Howitzer Mk
    II", another model of that mark)."""
    match = _MARKED_MODEL.fullmatch(answer)
    if match is None or lexicon.opens_no_name(match["lead"]):
        return []
    marks = [f"{word} {match['number']}" for word in ("Mark", "Mk")]
    naming = {mark: sentences(mark) for mark in marks}
    if not all(_led_only_by(mark, match["lead"], texts) for mark, texts in naming.items()):
        return []
    return marks if any(_written_alone(mark, texts) for mark, texts in naming.items()) else []


_OF_PLACE_PERSON = LazyPattern(
    r"(?P<name>(?:[A-Z][\w.’'-]*\s+)+(?P<surname>[A-Z][\w’'-]+))\s+of\s+[A-Z][\w’'-]*"
    r"(?:\s+[A-Z][\w’'-]*)*"
)


def placeless_person_forms(
    answer: str, values: Collection[str], sentences: Callable[[str], Sequence[str]]
) -> list[str]:
    """ "M. Houvenaghel" and "Houvenaghel" for "M. Houvenaghel of Paris": a person written
    with the place he is of is named without it, and by the surname alone where no other
    name of the document (``values``) holds it. A single name before "of" ("Anne of
    Orm"), or one after a title ("Duke Albert of Orm"), is a given name, which alone is
    every Anne. A ruler's number ("XIV" of "Louis XIV of France") is no surname, nor is a
    second given name ("William" of "Frederick William of Prussia"): a known given name is
    taken alone only where the document (``sentences``: those naming a word) writes it so."""
    match = _OF_PLACE_PERSON.fullmatch(answer)
    if match is None or answer.split()[0].rstrip(".").casefold() in _PERSON_TITLES:
        return []  # "Duke Albert of Orm": a title before a given name
    name, surname = match["name"], match["surname"]
    forms = [name]
    if (
        _own_name_word(surname)
        and not REGNAL_NUMBER.fullmatch(surname)
        and (surname not in lexicon.given_names() or _written_alone(surname, sentences(surname)))
        and not any(surname in value.split() for value in values if value not in (answer, name))
    ):
        forms.append(surname)
    return forms


_FACILITY_WORDS = ("Station", "Base", "Airfield", "Aerodrome", "Barracks")
"""Sorts of base named before the place they are at ("RAF Station Kell")."""
_FACILITY_AT_PLACE = LazyPattern(
    r"(?:[A-Z][\w’'.-]*\s+)*?(?:Naval\s+|Air\s+|Army\s+|Military\s+)*"
    rf"(?P<facility>{'|'.join(_FACILITY_WORDS)})"
    r"\s+(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
)
"""A base named by its sort and owner before the place it is at ("RAF Station Kell",
"Naval Air Station Orm")."""


def facility_place_forms(answer: str, sentences: Callable[[str], Sequence[str]]) -> list[str]:
    """ "Kell" for "RAF Station Kell": a base by the place it is at, as people call it, where
    the document (``sentences``: those holding some words) writes the place alone ("disbanded
    at Kell") and never after another name word ("Port Kell", another place)."""
    match = _FACILITY_AT_PLACE.fullmatch(answer)
    if match is None:
        return []
    place = match["place"]
    naming = sentences(place)
    if not _written_alone(place, naming) or not _led_only_by(place, match["facility"], naming):
        return []
    return [place]


_SAINT_OF_PLACE = LazyPattern(
    r"(?:Saint|St\.?)\s+(?P<name>[A-Z][\w’'-]+)\s+of\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"
)


def saint_forms(forms: Iterable[str], values: Collection[str]) -> list[str]:
    """ "Saint Orvan", "St Orvan" and "Orvan" for "Orvan of Kell", where the document calls
    him "Saint Orvan of Kell" (one of ``forms``, the key's and its accepted ones): a saint is
    called by his name and title without his see. Not where another name of the document
    (``values``) holds the name ("Orvan of Vell", "St Orvan's Abbey")."""
    forms = tuple(forms)
    for form in forms:
        match = _SAINT_OF_PLACE.fullmatch(form)
        if match is None:
            continue
        name = match["name"]
        held = whole_name(name)
        if any(value not in forms and held.search(value) for value in values):
            return []
        return [f"Saint {name}", f"St {name}", name]
    return []


def with_usual_spelling(
    fact: FactRecord, evidence: DocumentEvidence, names: Sequence[tuple[str, str]]
) -> FactRecord:
    """A person's one-word name the document spells two ways or more ("Tamsyn" once, "Tamsin"
    three times) accepts every other spelling, and is asked by the one used most where the
    sentence's own spelling is the rarer. Only a name the document uses alone: one it ever
    writes after a first name ("Ben Jonson") is a surname, which other families bear spelled
    alike ("Johnson"). Spellings written in one sentence tell two people apart."""
    if fact.origin != "auto" or not (fact.kind == "person" or asks_who(fact.prompt)):
        return fact
    one_word = [
        form for form in (fact.answer, *fact.accepted) if re.fullmatch(r"[A-Z][\w’'-]+", form)
    ]
    if not one_word:
        return fact
    document = fact.document
    answer, accepted = fact.answer, list(fact.accepted)
    for form in one_word:
        if _written_after_a_name(evidence, document, form):
            continue
        others = [
            other
            for other in respellings(names, form)
            if not lexicon.english_word(other)
            and not _written_after_a_name(evidence, document, other)
            and _written_apart_only(evidence, document, form, other)
        ]
        spellings = (form, *others)
        if form == fact.answer and whole_name(form).search(fact.quote):
            # ties keep the sentence's own spelling: max returns the first it meets
            answer = max(spellings, key=lambda spelling: evidence.mentions(document, spelling))
        accepted.extend(spellings)
    accepted_forms = tuple(dict.fromkeys(form for form in accepted if form != answer))
    if answer == fact.answer and accepted_forms == fact.accepted:
        return fact
    return replace(fact, answer=answer, accepted=accepted_forms)


def _written_after_a_name(evidence: DocumentEvidence, document: str, name: str) -> bool:
    """Whether the document ever writes ``name`` right after a word that opens a name, as a
    surname follows a first name ("Ben Jonson")."""
    after = re.compile(rf"(?<![\w’'-])(?P<lead>[A-Z][\w’'-]*) {re.escape(name)}(?![\w’'-])")
    return any(
        not lexicon.opens_no_name(found["lead"]) and not _possessive(found["lead"])
        for text in evidence.sentences_naming(document, name)
        for found in after.finditer(text)
    )


_EPITHET_AFTER = r" the (?P<epithet>[A-Z][a-z]+)\b(?! [A-Z])(?! of\b)"
"""A byname after a one-word name: "(Rask) the Builder", never "the Kell Bridge" nor "the
Manor of Orvby"."""


def with_epithet(fact: FactRecord, evidence: DocumentEvidence) -> FactRecord:
    """A one-word name the document gives one epithet ("Rask the Builder") accepts the name
    with it; the key stays the name, since a capitalised noun after a name may be no byname.
    "The Builder" written apart from the name ("the Court held") is a body or a title, no
    epithet; nor is one the question shows, nor one after a verb that takes two objects
    ("made Rask the Mayor")."""
    answer = fact.answer
    who = fact.kind == "person" or (fact.kind == "other" and asks_who(fact.prompt))
    if fact.origin != "auto" or not who or not re.fullmatch(r"[A-Z][\w’'-]+", answer):
        return fact
    after = re.compile(
        rf"(?:(?P<before>[\w’'-]+) )?(?<![\w’'-]){re.escape(answer)}{_EPITHET_AFTER}"
    )
    found_after = [
        found
        for text in evidence.sentences_with_words(fact.document, answer)
        for found in after.finditer(text)
    ]
    if any(
        found["before"] and lexicon.double_object_verb(found["before"]) for found in found_after
    ):
        return fact
    epithets = {found["epithet"] for found in found_after}
    if len(epithets) != 1:
        return fact
    (epithet,) = epithets
    named = f"{answer} the {epithet}"
    if whole_name(epithet).search(fact.prompt) or any(
        evidence.written_apart(fact.document, f"{article} {epithet}", named)
        for article in ("the", "The")
    ):
        return fact
    return replace(fact, accepted=tuple(dict.fromkeys((*fact.accepted, named))))


def _written_apart_only(evidence: DocumentEvidence, document: str, one: str, other: str) -> bool:
    """Whether the document writes both spellings, and never in one sentence."""
    first, second = (evidence.sentences_naming(document, name) for name in (one, other))
    return bool(first) and bool(second) and not set(first) & set(second)


_PERCENTAGE = LazyPattern(r"(?P<figure>\d[\d,]*(?:\.\d+)?)\s*(?:%|per\s?cent|percent)")


def with_bare_percentage(fact: FactRecord) -> FactRecord:
    """A share asked "What percentage ...?" that also accepts its bare figure ("95" for "95
    percent"): the question already says what the figure counts."""
    share = _PERCENTAGE.fullmatch(fact.answer)
    if share is None or not re.search(r"\bpercentage\b", fact.prompt, re.IGNORECASE):
        return fact
    return replace(fact, accepted=tuple(dict.fromkeys((*fact.accepted, share["figure"]))))


_NAME_LEAD = r"(?P<lead>(?:[A-Z][\w’'-]*\.?\s)+)"
"""Capitalised words (an initial among them) that may open a longer name."""


def _possessive(word: str) -> bool:
    return word.endswith(("'s", "’s", "s'", "s’"))


def _name_lead(words: Sequence[str]) -> list[str]:
    """The words of ``words`` that belong to a name before what follows them: those after
    the last word no name opens with ("In", "The"), a possessive ("Tarland's") or a title."""
    kept: list[str] = []
    for word in words:
        if lexicon.opens_no_name(word) or _possessive(word):
            kept = []
        else:
            kept.append(word)
    return kept


def _capitalised_name(words: Sequence[str]) -> bool:
    """Whether a name is two words or more, each capitalised but for joining words."""
    return len(words) >= 2 and all(
        word[:1].isupper() or word in lexicon.CONNECTORS for word in words
    )


_JOINED_BEFORE = re.compile(r"[A-Z][\w’'.-]*\s+(?:and|&|of|de|la|von|van)\s+$")
"""A name's words joined to the capitalised words after them ("Reva and" before "Ivo")."""
_NAME_GOES_ON = re.compile(r"\s+(?:of|for|on|and|&)\s+(?:the\s+)?[A-Z]")
"""A name going on after a sort word ("Hall for the Arts", "Council of Vell")."""


def longer_written_forms(answer: str, sentences: Sequence[str]) -> list[str]:
    """The longer name the document writes for a name by putting more of its own words
    before it ("Anna K. Kessel Library" for "Kessel Library", "Kesk Organic Rule" for
    "Organic Rule"): a learner who read that name types it. Not where the document writes
    two such names, which may be two things ("Orm General Council", "Vell General
    Council"), nor where the name opens with a people's adjective ("Vessa European
    Council" is a meeting of the "European Council"), nor where a capitalised word that
    opens no name stands inside the longer one ("All Tarland Farmers' League"), nor where
    the name runs on beyond those words ("the Reva and Ivo Marr Hall for the Arts")."""
    words = answer.split()
    if not _capitalised_name(words) or words[0] in lexicon.COUNTRY_DEMONYMS:
        return []
    pattern = re.compile(rf"(?<![\w’'.-]){_NAME_LEAD}{re.escape(answer)}(?![\w’'-])")
    longer: set[str] = set()
    for text in sentences:
        for match in pattern.finditer(text):
            written = match["lead"].split()
            inside = written[1:] if match.start() == 0 else written
            if (
                any(lexicon.opens_no_name(word) for word in inside)
                or _JOINED_BEFORE.search(text[: match.start()])
                or _NAME_GOES_ON.match(text[match.end() :])
            ):
                return []
            lead = _name_lead(written)
            if any(lexicon.sort_word(word) or word in _GROUPS_APART for word in lead):
                continue  # "Orm Rowing Club Kessel Library", "Ladies Kessel League": another body
            if lead:
                longer.add(" ".join([*lead, answer]))
    return sorted(longer) if len(longer) == 1 else []


_GROUPS_APART = word_set(
    "Ladies Women Women's Men Men's Boys Girls Junior Juniors Youth Students Amateur Veterans"
)
"""Words before a body's name that make a body of another group ("Ladies Kessel League")."""


_PLACE_AFTER = r"\s+of\s+(?:the\s+)?(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})(?![\w’'-])"


_OFFICE_OF_THE = LazyPattern(
    r"(?:Department|Ministry|Office|Bureau|Secretariat) of the (?P<rest>[A-Z][\w-]+(?: [A-Z][\w-]+)*)"
)
_PREFIXED_PRODUCT = LazyPattern(r"(?P<prefix>[A-Z][A-Z\d]{0,3})-(?P<base>[A-Z][A-Z\d]{2,})")
"""A maker's letters before a product's ("KR-VXS"); a base shorter than the letters before
it is a suffix of a name ("KVLM-TV", a station, is no television)."""
_RIVER_LAND = LazyPattern(
    r"(?:the\s+)?(?P<river>[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*) River"
    r" (?P<land>Valley|Basin|Delta|Gorge|Plain)"
)
"""A land named by its river ("Orm River Valley"), which people call without the river word
("Orm Valley")."""
_IC_OR_ICAL = LazyPattern(r"\b(?P<stem>[a-z]{3,}ic)(?P<al>al)?\b")
_ZERO_OR_NO = LazyPattern(r"(?P<word>zero|no) (?P<rest>(?P<noun>[a-z]+)\b.*)")
_QUANTITY_NOUNS = word_set(
    "power energy thrust cost charge friction gravity mass weight resistance pressure"
    " velocity speed current voltage heat loss growth interest tax inflation emissions"
)
"""Nouns of an amount, which "zero" and "no" before them say alike ("zero thrust", "no
thrust"); before other nouns they do not ("zero hour", "no man's land")."""
_DIVIDED_INTO = LazyPattern(
    r"\b(?:divided|split|separated|broken up|organi[sz]ed|grouped|played) (?:into|in)\b"
)


def learner_short_forms(
    answer: str,
    others: Collection[str],
    written_apart: Callable[[str], bool],
    prompt: str,
    quote: str,
) -> list[str]:
    """The short or variant forms a learner who knows the answer would type, where no other
    name of the document (``others``) could be meant by them:

    - "Salt Tithe" for "Department of the Salt Tithe": the ministry or office of a thing is
      called by the thing;
    - "VXS" for "KR-VXS", a product's base name, where the document writes it alone;
    - "toroidical coil" for "toroidic coil", and the other way: one adjective's two forms;
    - "no thrust" for "zero thrust", and the other way;
    - "Orm Valley" for "Orm River Valley";
    - "rounds" and "two rounds" for "ninety-second rounds" asked as what a thing was divided
      into: the count and the measure describe the parts the learner names.
    """
    forms: list[str] = []
    office = _OFFICE_OF_THE.fullmatch(answer)
    role = office is not None and all(
        lexicon.title_or_modifier(word) for word in office["rest"].split()
    )  # "President" of "Office of the President" names the holder, not the office
    if (
        office
        and not role
        and not any(
            re.search(rf"\b{re.escape(office['rest'])}\b", other)
            for other in others
            if other not in (answer, office["rest"])
        )
    ):
        forms.append(office["rest"])  # no "Court of the Salt Tithe" beside it
    product = _PREFIXED_PRODUCT.fullmatch(answer)
    if (
        product
        and len(product["prefix"]) <= len(product["base"])
        and written_apart(product["base"])
    ):
        base = product["base"]
        if not any(other != answer and other.endswith(base) for other in others if other != base):
            forms.append(base)  # no "TL-VXS" beside "KR-VXS"
    river_land = _RIVER_LAND.fullmatch(answer)
    if river_land:
        forms.append(f"{river_land['river']} {river_land['land']}")  # "Orm Valley"
    if answer.islower():
        forms.extend(_adjective_variants(answer))
        none = _ZERO_OR_NO.fullmatch(answer)
        if none and none["noun"] in _QUANTITY_NOUNS:
            forms.append(f"{'no' if none['word'] == 'zero' else 'zero'} {none['rest']}")
        forms.extend(_parts_named(answer, prompt, quote))
    return [form for form in dict.fromkeys(forms) if form != answer]


def _adjective_variants(term: str) -> list[str]:
    """ "toroidical coil" for "toroidic coil" and back: an adjective before the term's noun
    in "-ic" or "-ical", never a noun that modifies it ("music hall", "logic gate"). Only
    where neither form is in the dictionary: where both are, they may mean two things
    ("economic", "economical"; "historic", "historical"), and "chemic" beside "chemical" is
    no word a learner types."""
    words = term.split()
    variants = []
    for at, word in enumerate(words[:-1]):
        found = _IC_OR_ICAL.fullmatch(word)
        if found is None or "NOUN" in word_tags(found["stem"]):
            continue
        other = found["stem"] if found["al"] else f"{found['stem']}al"
        if word_tags(word) or word_tags(other):
            continue
        variants.append(" ".join((*words[:at], other, *words[at + 1 :])))
    return variants


def _parts_named(term: str, prompt: str, quote: str) -> list[str]:
    """ "rounds" and "two rounds" for "ninety-second rounds" where the question asks what a
    thing is divided into: a key of a count or measure and a plural noun."""
    words = term.split()
    if len(words) < 2 or not _DIVIDED_INTO.search(prompt):
        return []
    counts = [word.split("-")[0] for word in words[:-1]]
    if not all(count in NUMBER_WORDS or count.isdigit() for count in counts):
        return []
    noun = words[-1]
    if not plural_noun(noun):
        return []
    forms = [noun]
    counted = re.search(rf"\b(?P<count>[a-z]+) {re.escape(term)}\b", quote)
    if counted and counted["count"] in NUMBER_WORDS:
        forms.append(f"{counted['count']} {noun}")
    return forms


def of_place_forms(answer: str, sentences: Sequence[str], places: Collection[str]) -> list[str]:
    """The name with the place the document writes after it ("Tam Canal of Orvland" for
    "Tam Canal", "Orva Gate of Kell" for "Orva Gate"): the fuller name a learner who read it
    may type. Only a place of the document (``places``, its keys), only where the document
    writes the name with one such place, and never where the name goes on ("the Tam Canal
    of Orvland and Vell")."""
    words = answer.split()
    if len(words) < 2 or not _capitalised_name(words):
        return []
    pattern = named_pattern(r"(?<![\w’'.-])", answer, _PLACE_AFTER)
    found: set[str] = set()
    for text in sentences:
        for match in pattern.finditer(text):
            if normalize(match["place"]) not in places or _NAME_GOES_ON.match(text[match.end() :]):
                return []
            found.add(f"{answer} of {match['place']}")
    return sorted(found) if len(found) == 1 else []


_NAMED_OF_PLACE = LazyPattern(
    r"(?P<name>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)+) of (?:the )?(?P<place>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)"
)


def placed_name_forms(
    answer: str, places: Collection[str], written_alone: Callable[[str], bool]
) -> list[str]:
    """The name without the place written after it ("Orva Gate" for "Orva Gate of Kell"),
    a place of the document or one word that is no English word nor a given name: a name
    of its own, closed by its sort word after a word that is no
    common one ("Orva"), which the place only locates, and which the document also writes
    alone (``written_alone``). Not "Central Bank" of "Central Bank of Vell", which every
    land has, nor "Anglican Church" of "Anglican Church of Vell": a faith's or a people's
    adjective names a body in every land."""
    named = _NAMED_OF_PLACE.fullmatch(answer)
    if named is None:
        return []
    place = named["place"]
    if normalize(place) not in places and (
        " " in place or word_tags(place.casefold()) or place in lexicon.given_names()
    ):
        return []  # "Kell" of "Orva Gate of Kell" though the document names no Kell alone
    *own, sort = named["name"].split()
    if not lexicon.sort_word(sort) or any(
        word_tags(word.casefold())
        or lexicon.title_word(word)
        or lexicon.sort_word(word)
        or word in lexicon.COUNTRY_DEMONYMS
        or word in _faith_adjectives()
        for word in own
    ):
        return []
    return [named["name"]] if written_alone(named["name"]) else []


@lru_cache(maxsize=1)
def _faith_adjectives() -> frozenset[str]:
    """The adjectives of the faiths ("Anglican", "Methodist", "Christian") and of churches
    ("Orthodox", "Baptist"): a body named by one has a namesake in every land."""
    forms = set(_CHURCH_ADJECTIVES)
    for faith in lexicon.FAITHS:
        if faith.endswith("ism"):
            forms.update({faith[:-3], f"{faith[:-3]}ist", f"{faith[:-3]}ic"})
        elif faith.endswith("ity"):
            forms.add(faith[:-3])
        else:
            forms.update({faith, f"{faith}ic"})
    return frozenset(forms)


_CHURCH_ADJECTIVES = word_set(
    "Orthodox Episcopal Episcopalian Presbyterian Baptist Pentecostal Evangelical Reformed"
    " Coptic Apostolic Congregational Adventist Mennonite Quaker Unitarian Moravian"
)
"""Adjectives of churches that no faith's name in ``lexicon.FAITHS`` gives."""


def shorter_written_forms(
    answer: str,
    sentences: Callable[[str], Sequence[str]],
    written_apart: Callable[[str], bool],
) -> list[str]:
    """The shorter name the document also gives a name, its last words written alone
    ("Kessel Library" for "Anna K. Kessel Library"), where it is the short form of that name
    only: the document writes no other longer name ending in it (``longer_written_forms``)."""
    words = answer.split()
    forms = []
    for start in range(1, len(words) - 1):
        tail = " ".join(words[start:])
        if (
            _capitalised_name(words[start:])
            and words[start] not in lexicon.CONNECTORS
            and not lexicon.english_word(words[start])  # "Episcopal Church": a church of its own
            and written_apart(tail)
            and longer_written_forms(tail, sentences(tail)) == [answer]
        ):
            forms.append(tail)
    return forms


_CONTINUED_NAME = re.compile(r"\s(?:on|for)\s(?:the\s)?[A-Z]")
"""A body's name that goes on after its sort word ("House Committee on Territories")."""


def cut_from_a_name(fact: FactRecord) -> bool:
    """Whether an imported name key is cut from inside the longer name its sentence writes
    ("Lakes region" of "the Great Lakes region", "House Committee" of "the House Committee
    on Territories"): the key is then no name of anything. A person's title before the name
    ("Admiral Ivo Marr") is no part of it."""
    if fact.origin != "auto" or fact.kind not in (
        "organisation",
        "place",
        "event",
        "other",
        "term",
    ):
        return False
    bare = re.sub(r"^[Tt]he\s+", "", fact.answer)
    words = bare.split()
    if not words or not words[0][:1].isupper():
        return False
    written = list(whole_name(bare).finditer(fact.quote))
    if not written:
        return False
    for match in written:
        lead = fact.quote[: match.start()]
        before = _name_lead(lead.split()[-1:])
        if (
            not before
            or not before[0][:1].isupper()
            or _dates_or_describes(before[0])
            or not lead.endswith(" ")
        ):
            continued = words[-1] in lexicon.ORGANISATION_WORDS and _CONTINUED_NAME.match(
                fact.quote[match.end() :]
            )
            if not continued:
                return False
    return True


_DESCRIBING_COMPOUND = LazyPattern(r"^[A-Z][\w’'.]*-[a-z]+$")
"""A capitalised compound that describes what follows ("Kelby-based", "Orm-born")."""


def _dates_or_describes(word: str) -> bool:
    """Whether a capitalised word before a name is no part of it: a month or weekday ("In
    March Orm Council voted") or a describing compound ("the Kelby-based Orm Council")."""
    return word in MONTHS or word in lexicon.WEEKDAYS or bool(_DESCRIBING_COMPOUND.match(word))


def _surname_unsaid(form: str, name: str, written_alone: Callable[[], bool]) -> bool:
    """Whether ``form`` is the last word of a person's ``name`` that no one may take for a
    surname: the name does not plainly put the given name first ("Li Wenbo", where "Wenbo"
    is his given name) and the document never calls the person by that word alone
    (``written_alone``)."""
    words = name.split()
    return (
        len(words) >= 2
        and form == words[-1]
        and not given_name_first(words)
        and not written_alone()
    )


def without_uncounted_plurals(fact: FactRecord, evidence: DocumentEvidence) -> FactRecord:
    """An imported fact whose answer is a common noun in the singular that does not accept
    its plural where the document never counts the noun ("paper moneys", "collaborations"
    for a mass or abstract noun), nor a field's name ending in "-ics" in a singular the
    document never writes ("immunoinformatic")."""
    if fact.origin != "auto" or fact.kind not in ("term", "other"):
        return fact
    bare = re.sub(r"^[Tt]he\s+", "", fact.answer)
    head = bare.split()[-1] if bare.split() else ""
    if not head.isalpha() or not head.islower():
        return fact
    other = other_number(bare)
    if other is None:
        return fact
    other_head = other.split()[-1]
    if head.endswith("ics") and head in lexicon.all_lemmas(head).get("NOUN", (head,)):
        # a field ("physics", or one the word list lacks), not the plural of a noun ending
        # in "-ic" ("relics", "critics")
        junk = not evidence.mentions(fact.document, other_head)
    elif (getLemma(head, upos="NOUN") or (head,))[0] == head:
        # the key is the singular ("thesis" → "theses", "money" → "moneys")
        junk = not evidence.counts(fact.document, head, other_head)
    else:
        return fact
    if not junk:
        return fact
    kept = tuple(
        form
        for form in fact.accepted
        if normalize(re.sub(r"^[Tt]he\s+", "", form)) != normalize(other)
    )
    return fact if kept == fact.accepted else replace(fact, accepted=kept)


_REALM_OF = LazyPattern(
    r"(?:Kingdom|Empire|Republic|Grand Duchy|Duchy|Principality|Electorate|Sultanate|Caliphate"
    r"|Khanate|Emirate|Province|Colony|Dominion|Territory|Commonwealth)"
    r" of (?P<land>[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*)"
)
"""A state named as its land's kingdom, duchy or empire ("Kingdom of Prussia"), or a land
named as a colony or province ("Province of Orvland")."""


def realm_land_forms(name: str, written_apart: Callable[[str], bool]) -> list[str]:
    """ "Prussia" for "Kingdom of Prussia", "Orvland" for "Colony of Orvland": a state or a
    colony is called by its land's name. Not where
    the document writes that name for something else too (a city "Vessa" beside the "Duchy
    of Vessa"), unless the land is a country, which its state is."""
    found = _REALM_OF.fullmatch(name)
    if found is None:
        return []
    land = found["land"]
    return [land] if land in lexicon.COUNTRIES or not written_apart(land) else []


def with_sentence_case(fact: FactRecord, evidence: DocumentEvidence) -> FactRecord:
    """A term or other common-noun key capitalised only because it opened its sentence
    ("Neutrinos are ...") in lower case, as the document writes it elsewhere, accepting the
    other number ("neutrino"). A name the document capitalises mid-sentence keeps its
    capital."""
    if fact.kind not in ("term", "other"):
        return fact
    words = fact.answer.split()
    if not words or not all(word.islower() for word in (words[0][1:], *words[1:])):
        return fact
    if not evidence.capitalised_only_first(fact.document, fact.answer):
        return fact
    first = words[0]
    lower = fact.answer.replace(first, first.lower(), 1)
    accepted = [form.replace(first, first.lower(), 1) for form in fact.accepted]
    number = other_number(lower)
    if number is not None:
        accepted.append(number)
    others = tuple(dict.fromkeys(form for form in accepted if form != lower))
    return replace(fact, answer=lower, accepted=others)


_LANGUAGE_NAME = LazyPattern(r"[A-Z][a-z]+(?:ish|ian|ese|ic|an|ch|sh)")
"""How the name of a language ends ("Frisian", "Flemish")."""
_GLOSS_NAME = r"[\w’'-]+(?:\s+[\w’'-]+){0,5}"
_QUOTE = r"[\"“”‘’']?"
_PROPER_NAME = r"[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|de|la|van|von|da|del|upon|on))*"
"""A name of capitalised words, joining words between them ("Newcastle upon Tyne")."""
_NAMED_GLOSS = rf"{_QUOTE}(?P<gloss>{_GLOSS_NAME}){_QUOTE}"
_BRACKET = LazyPattern(r"\s*\(\s*(?P<inside>[^()]{2,160}?)\s*\)")
"""A bracket after a name, which may give the name in other words."""
_SOURCE_WORDS = r"(?:sources|texts|records|documents|accounts|chronicles|usage|spelling)"
_SCRIPT = r"(?:simplified|traditional|modern|old|classical|standard)"
_ROMANISATION = r"(?:[Pp]inyin|Wade[–-]Giles|Wylie|[Rr]omani[sz]ed|[Tt]ransliterated)"
"""Labels of a name written in the Latin alphabet ("pinyin: Zhu Shaowei"): a language's."""
_GLOSS_PARTS = (
    (
        "language",
        LazyPattern(
            rf"(?:in\s+|{_SCRIPT}\s+)?(?P<language>[A-Z][\w’'-]+|{_ROMANISATION})\s*:\s*"
            rf"{_NAMED_GLOSS}"
        ),
    ),
    (
        "translated",
        LazyPattern(rf"(?:lit\.|literally|meaning|translated(?:\s+as)?)\s*:?\s*{_NAMED_GLOSS}"),
    ),
    (
        "spelled",
        LazyPattern(
            rf"(?:(?:(?:also|sometimes|alternatively|often)\s+)?(?:spelled|spelt|written|rendered)"
            rf"(?:\s+as)?|also|or)\s+{_NAMED_GLOSS}"
        ),
    ),
    (
        "language",
        LazyPattern(
            rf"{_NAMED_GLOSS}\s+in\s+(?P<language>[A-Z][\w’'-]+)(?P<sources>\s+{_SOURCE_WORDS})?"
        ),
    ),
    (
        "former",
        LazyPattern(
            rf"(?:formerly|originally)(?:\s+(?:called|named|known\s+as))?\s+{_NAMED_GLOSS}"
        ),
    ),
    (
        "later",
        LazyPattern(
            r"(?:(?:later|now|today|present[- ]day|modern(?:[- ]day)?)"
            r"(?:\s+(?:called|named|known\s+as|renamed))?|(?:later\s+)?renamed)\s+"
            rf"{_QUOTE}(?P<gloss>{_PROPER_NAME}){_QUOTE}(?:\s+in\s+(?:1\d{{3}}|20\d{{2}}))?"
        ),
    ),
    ("plain", LazyPattern(_NAMED_GLOSS)),
)
"""What a bracket's part may say of the name before it, by how it says it: the name in a
language ("Dutch: Oranje Schans", "Juan Vaz in Spanish sources"), its meaning ("lit. New
Harbour"), another spelling ("also spelled Velma", "or Velma"), a former name ("formerly
Fort Oranje"), a later one ("later Port Kell", "modern Orsk", "renamed Holm in 1701"),
or a bare gloss ("New Harbour"). A later name is the bracket's whole say: "later replaced
by Fort Lind", "now part of Orsk" or "near present-day Orsk" name another thing."""
_SPELLED_APART = LazyPattern(
    rf",\s*(?:(?:also|sometimes|alternatively)\s+(?:spelled|spelt|written)|or"
    rf"|(?P<former>formerly|originally)(?:\s+(?:called|named|known\s+as))?|(?P<later>now))\s+"
    rf"{_QUOTE}(?P<gloss>[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|de|la|van|von|da|del))*)"
    rf"{_QUOTE}\s*(?=[,;)]|[.]\s|[.]?$)"
)
"""Another spelling, a former name or a later one a comma gives a name ("the Velm, also
spelled Velma, flows north"; "Kell, or Kelby, lies ..."; "Orsk, formerly Fort Velde, was
..."; "Vell, now Port Kell, was founded ...")."""
_LIST_LEAD = LazyPattern(r"(?:,|\b(?:either|whether|between|both|and|or))\s*$", re.IGNORECASE)
"""What stands before a name that opens or continues a list ("Orsk, Kell, or Varn"):
the name after "or" is then another item, not another spelling."""


def _a_language(language: str, sources: bool) -> bool:
    """Whether a bracket's label names a language ("Dutch", "Frisian"), not a field or a
    place ("Founded", "Japan"); after "in" with no word for sources ("Kell in Orkan"), only
    a language the word lists know."""
    if language in _COUNTRY_OR_STATE:
        return False
    return language in lexicon.COUNTRY_DEMONYMS or (
        sources and bool(_LANGUAGE_NAME.fullmatch(language))
    )


def _bracket_glosses(inside: str) -> list[tuple[str, re.Match[str]]]:
    """The parts of a bracket's words, each with how it gives a name: one part, or several
    labelled ones apart by ";" or "," ("Dutch: Oranje Schans; Spanish: Fuerte Naranja")."""
    for separator in (";", ","):
        pieces = [piece.strip() for piece in inside.split(separator)]
        if len(pieces) < 2:
            continue
        labelled: list[tuple[str, re.Match[str]]] = []
        for piece in pieces:
            if labelled and _QUOTED_MEANING.fullmatch(piece):
                continue  # "Orvan: Vesaar, 'river town'": what the name means, no name of it
            part = _gloss_part(piece)
            if part is None or part[0] == "plain":
                break  # an unlabelled piece: the separator is the bracket's own words'
            labelled.append(part)
        else:
            return labelled
    part = _gloss_part(inside)
    return [] if part is None else [part]


_QUOTED_MEANING = LazyPattern(r"[\"“‘'][a-z][\w’'-]*(?:\s+[\w’'-]+)*[\"”’']")
"""A meaning in quotes after a name in another language ("'river town'")."""


def _gloss_part(piece: str) -> tuple[str, re.Match[str]] | None:
    """How one part of a bracket gives a name, by the first way that reads the whole part
    (a bare gloss last, so a part read any other way is a labelled one)."""
    for how, pattern in _GLOSS_PARTS:
        match = pattern.fullmatch(piece)
        if match is not None:
            return how, match
    return None


def _gloss_pair(
    name: str, how: str, match: re.Match[str], named_elsewhere: Callable[[str], bool]
) -> tuple[str, str] | None:
    """The (name, gloss) a bracket's part (``match``, read as ``how``) gives the capitalised
    name before the bracket, or None when it says something else: a date, an abbreviation,
    the place the name lies in ("Vell (Tarland)"). Without a language label, "lit." or a
    word for another spelling, only English words for a name of other words read as its
    translation: two words or more, none shared with the name but those it keeps in place
    ("Nueva Orsk (New Orsk)"), no country or state, and not named elsewhere in the document
    (``named_elsewhere``: a region it lies in is named again)."""
    gloss = match["gloss"].strip()
    if len(name) < 2 or any(char.isdigit() for char in gloss) or gloss.isupper():
        return None  # "the soprano in C (or C soprano saxophone)": a lone letter is no name
    if how == "language" and not re.fullmatch(_ROMANISATION, match["language"]):
        groups = match.groupdict()
        sources = groups.get("sources") is not None or ":" in match.group(0)
        if not _a_language(match["language"], sources):
            return None  # "(Founded: ...)", "(Kell in Japan)"
    if how in ("spelled", "former") and not gloss[:1].isupper():
        return None  # "(or more)", "(originally invented by ...)": no name
    if how == "later" and all(word_tags(word.casefold()) for word in gloss.split()):
        return None  # "Prince Olaf (later King)": a title or a word, no name
    if how == "later" and re.match(r"\S+\s+of\s", gloss) and lexicon.title_word(gloss.split()[0]):
        return None  # "Olaf, now King of Orsk,": an office, no name of Olaf
    if how == "plain":
        words = gloss.split()
        translated, own = _translated_words(words, name.split())
        if (
            len(words) < 2
            or not all(word[:1].isupper() or word in _FUNCTION_WORDS for word in words)
            or any(word in _COUNTRY_OR_STATE for word in words)
            or not all(word_tags(word.casefold()) for word in translated)
            or all(word_tags(word.casefold()) for word in own)
            or named_elsewhere(gloss)
            or set(normalize(" ".join(translated)).split()) & set(normalize(name).split())
        ):
            return None
    return name, gloss


def _translated_words(gloss: Sequence[str], name: Sequence[str]) -> tuple[list[str], list[str]]:
    """The words of a gloss that translate the name's, and those of the name they translate:
    all of each, but where the gloss keeps the name's own words in place and translates the
    rest ("New" and "Nueva" of "Nueva Orsk (New Orsk)", or of "Nueva-Orsk", whose hyphen
    joins what the gloss writes apart), only those that differ."""
    parts = [part for word in name for part in word.split("-") if part]
    if len(gloss) != len(name) and len(gloss) == len(parts):
        name = parts
    if len(gloss) == len(name):
        differ = [(g, n) for g, n in zip(gloss, name, strict=True) if normalize(g) != normalize(n)]
        if 0 < len(differ) < len(gloss):
            return [g for g, _ in differ], [n for _, n in differ]
    return list(gloss), list(name[-len(gloss) :])


def _closing_name(text: str) -> str:
    """The capitalised name that closes some words ("Nieuwe Haven" of "the ships moored in
    the Nieuwe Haven"), joining words inside it kept ("Hoorn bij Velde"), without an
    article that opens the sentence ("The Oude Markt")."""
    words = text.split()
    start = len(words)
    while (
        start > 0
        and not (start < len(words) and words[start - 1].endswith(","))
        and (
            words[start - 1][:1].isupper()
            or (
                start > 1
                and start < len(words)
                and words[start - 1] in lexicon.PLACE_PARTICLES | {"of"}
                and words[start - 2][:1].isupper()
            )
        )
    ):
        start -= 1
    return re.sub(r"^(?:The|A|An)\s+", "", " ".join(words[start:]))


def gloss_forms(
    answer: str,
    texts: Sequence[str],
    named_elsewhere: Callable[[str], bool] = lambda _: False,
    *,
    labelled_only: bool = False,
    quote: str = "",
) -> list[str]:
    """The other name the document gives the answer in a bracket or after a comma, either way
    round: "New Harbour" for "Nieuwe Haven" where it writes "Nieuwe Haven (New Harbour)",
    "New Harbour (Dutch: Nieuwe Haven)" or "Joao Vaz (Juan Vaz in Spanish sources)", another
    spelling ("the Velm, also spelled Velma,"), and both halves of a key that holds the
    bracket itself. ``texts`` are the document's sentences that name the answer;
    ``named_elsewhere`` tells a name the document writes outside that one bracket;
    ``labelled_only`` takes only a bracket that says it gives a name in a language or
    another spelling (a person's bare bracket gives a party or a paper). The other name of
    a renamed thing ("Fort Oranje (later Port Kell)", "Orsk (formerly Fort Oranje)") is the
    answer's only where the question's own sentence (``quote``) gives both
    (``_renamed_forms``)."""
    whole = _BRACKET.search(answer)
    if whole is not None and whole.end() == len(answer) and whole.start() > 0:
        name = _closing_name(answer[: whole.start()])
        forms = []
        for how, match in _bracket_glosses(whole["inside"]):
            if how in _RENAMES or (labelled_only and how == "plain"):
                continue
            pair = _gloss_pair(name, how, match, named_elsewhere)
            if pair is not None:
                forms += [form for form in pair if form not in forms]
        return forms
    own = normalize(answer)
    forms = []
    for text in texts:
        for bracket, how, _, (name, gloss) in _bracket_pairs(text, named_elsewhere):
            if labelled_only and how == "plain":
                continue
            if how in _RENAMES:
                before = text[: bracket.start()].rstrip()
                if not _PLACED_BY_NAME.search(before[: before.rfind(name)]):
                    forms += _renamed_forms(own, (name, gloss), how, text, quote)
            elif normalize(gloss) == own:
                forms.append(name)
            elif normalize(name) == own:
                forms.append(gloss)
        for spelled in _SPELLED_APART.finditer(text):
            before = text[: spelled.start()]
            name = _closing_name(before)
            lead = before[: len(before.rstrip()) - len(name)]
            if not name or (
                re.match(r",\s*or\s", spelled[0]) is not None
                and _LIST_LEAD.search(re.sub(r"(?:the|The)\s*$", "", lead))
            ):
                continue
            if spelled["later"]:
                pair = _gloss_pair(name, "later", spelled, named_elsewhere)
                if pair is not None and not _PLACED_BY_NAME.search(lead):
                    forms += _renamed_forms(own, pair, "later", text, quote)
            elif spelled["former"]:
                if normalize(name) == own and _tells_that_time(text, quote):
                    forms.append(spelled["gloss"])
            elif normalize(spelled["gloss"]) == own:
                forms.append(name)
            elif normalize(name) == own:
                forms.append(spelled["gloss"])
    return [form for form in dict.fromkeys(forms) if form and normalize(form) != own]


def _bracket_pairs(
    text: str, named_elsewhere: Callable[[str], bool]
) -> Iterator[tuple[re.Match[str], str, re.Match[str], tuple[str, str]]]:
    """Each bracket of ``text`` that gives the name before it another name: the bracket, how
    it gives it (``_bracket_glosses``), the part that does and the (name, gloss) pair."""
    for bracket in _BRACKET.finditer(text):
        name = _closing_name(text[: bracket.start()])
        for how, match in _bracket_glosses(bracket["inside"]):
            pair = _gloss_pair(name, how, match, named_elsewhere)
            if pair is not None:
                yield bracket, how, match, pair


def english_name(
    answer: str, texts: Sequence[str], named_elsewhere: Callable[[str], bool] = lambda _: False
) -> str | None:
    """The English name a document gives beside a key it writes in another language: the
    name before a labelled bracket ("New Kessland (Dutch: Nieuw-Kessland)") or the
    translation in a bare one that keeps a word of the name ("Nieuw-Kessland (New
    Kessland)"), read as ``gloss_forms`` reads them. A bare bracket of English words alone
    ("Vesaar (River Town)") may give what the name means, no name: the key stays. The
    learner reads the key in the document's own language."""
    own = normalize(answer)
    for text in texts:
        for _, how, match, pair in _bracket_pairs(text, named_elsewhere):
            if how not in ("language", "plain") or _ROMANISATION_LABEL.fullmatch(
                match.groupdict().get("language") or ""
            ):
                continue
            english, foreign = pair if how == "language" else pair[::-1]
            if how == "plain" and not _keeps_a_word(english, foreign):
                continue
            if normalize(foreign) == own and normalize(english) != own:
                return english
    return None


def _keeps_a_word(english: str, foreign: str) -> bool:
    """Whether a translated name keeps a word of the foreign one ("Kessland" of
    "Nieuw-Kessland" in "New Kessland"): a name, not what the name means."""
    kept = {part for word in normalize(foreign).split() for part in word.split("-")}
    return any(word in kept for word in normalize(english).split())


_ROMANISATION_LABEL = LazyPattern(_ROMANISATION)
"""A bracket in the Latin letters of a name written otherwise ("pinyin: Zhu Shaowei") gives
no English name: the name before it is the foreign one."""


_DATED = LazyPattern(r"\b1\d{3}\b|\b20\d{2}\b")
_RENAMES = ("former", "later")
"""How a bracket gives the name before it another name it bore at another time."""
_PLACED_BY_NAME = LazyPattern(r"[A-Z][\w’'-]*\s+(?:on|in|at|near|off|by)\s+(?:the\s+)?$")
"""What stands before a name that places another ("the Brede Rooms on" Kell Street (now
Lind House)): the bracket may rename either, so it renames neither for sure."""


def _renamed_forms(own: str, pair: tuple[str, str], how: str, text: str, quote: str) -> list[str]:
    """The other name of a thing renamed (``pair``: the name before the bracket and the one
    the bracket gives), for a key (``own``) that is either of them, where the question's
    own sentence (``quote``) is the one that gives both: "Fort Oranje (later Port Kell)"
    tells of one fort, whichever name the question keys. A former name ("Orsk (formerly
    Fort Velde)") only where that sentence tells of a dated past: "Orsk (formerly Fort
    Velde) is the largest port" is of today, when no one calls it Fort Velde."""
    if not _same_sentence(text, quote):
        return []
    if how == "former" and not _DATED.search(quote):
        return []
    name, other = pair
    if normalize(name) == own:
        return re.split(r"\s+or\s+", other)  # "formerly Orsk Radio or OR": each name it bore
    if own in (normalize(part) for part in re.split(r"\s+or\s+", other)):
        return [name]
    return []


def _tells_that_time(text: str, quote: str) -> bool:
    """Whether the question's sentence is the one that gives the former name and tells of a
    dated event: the fact is of the time the name was borne."""
    return _same_sentence(text, quote) and bool(_DATED.search(quote))


def _same_sentence(text: str, quote: str) -> bool:
    """Whether ``text`` is the question's own sentence (``quote``, empty when it has none)."""
    return bool(quote) and normalize(text) == normalize(quote)


_REVOLUTIONARY_WAR = LazyPattern(r"(?P<who>.+?)\s+Revolutionary\s+War")
_REVOLUTION = LazyPattern(r"(?P<who>.+?)\s+Revolution")
_DATED_LAW = LazyPattern(r"(?P<law>.+?\s+Act)(?:\s+of|,)?\s+(?P<year>1\d{3}|20\d{2})")
_TREATY_OF = LazyPattern(r"(?P<sort>Treaty)\s+of\s+(?P<place>[A-Z][\w’'-]+)")
_PLACE_TREATY = LazyPattern(r"(?P<place>[A-Z][\w’'-]+)\s+(?P<sort>Treaty)")
_WORLD_WAR = LazyPattern(r"World\s+War\s+(?P<number>II|I|1|2)")
_ORDINAL_WORLD_WAR = LazyPattern(r"(?P<ordinal>First|Second)\s+World\s+War")


def event_name_forms(answer: str, written: Callable[[str], bool]) -> list[str]:
    """The other names people give a war or a law: "Tarland Revolution" for "Tarland
    Revolutionary War" (and the war for the revolution where the document, ``written``,
    names it so), "Second World War", "World War 2" (and so "World War Two") and "WWII" for
    "World War II" and back, "Great War" for the first, "Vell Treaty" for
    "Treaty of Vell" (and back where the document writes it so: "Jay Treaty" is no treaty
    of a place), "Harbour Act 1974" for "Harbour Act of 1974" and back."""
    forms: list[str] = []
    war = _REVOLUTIONARY_WAR.fullmatch(answer)
    if war is not None:
        forms.append(f"{war['who']} Revolution")
    revolution = _REVOLUTION.fullmatch(answer)
    if revolution is not None and written(form := f"{revolution['who']} Revolutionary War"):
        forms.append(form)
    world = _WORLD_WAR.fullmatch(answer)
    ordinal = _ORDINAL_WORLD_WAR.fullmatch(answer)
    if world is not None or ordinal is not None:
        first = (world and world["number"] in ("I", "1")) or (
            ordinal and ordinal["ordinal"] == "First"
        )
        # "World War 1" (which the grader reads as "World War One") beside "World War I";
        # "WWII", "WW2": how the war is written short; the first was the Great War then
        forms += (
            ["World War I", "World War 1", "First World War", "WWI", "WW1", "Great War"]
            if first
            else ["World War II", "World War 2", "Second World War", "WWII", "WW2"]
        )
    treaty = _TREATY_OF.fullmatch(answer)
    if treaty is not None:
        forms.append(f"{treaty['place']} {treaty['sort']}")
    named_first = _PLACE_TREATY.fullmatch(answer)
    if named_first is not None and written(
        form := f"{named_first['sort']} of {named_first['place']}"
    ):
        forms.append(form)
    law = _DATED_LAW.fullmatch(answer)
    if law is not None:
        forms += [f"{law['law']} of {law['year']}", f"{law['law']} {law['year']}"]
    return [form for form in dict.fromkeys(forms) if form != answer]


_OUR_STEMS = (
    *("colour", "honour", "labour", "harbour", "neighbour", "favour", "behaviour", "armour"),
    *("valour", "vigour", "rumour", "humour", "flavour", "odour", "saviour", "endeavour"),
    *("parlour", "splendour", "tumour", "vapour", "clamour", "rancour", "candour", "fervour"),
    *("ardour", "arbour", "succour", "demeanour"),
)
_RE_STEMS = (
    *("centre", "theatre", "litre", "fibre", "calibre", "sabre", "sceptre"),
    *("spectre", "lustre", "sombre", "meagre", "sepulchre", "goitre", "mitre", "ochre"),
    *("kilometre", "centimetre", "millimetre", "saltpetre"),
)
"""British "-re" words ("metre" left out: a "meter" also measures, as no "metre" does)."""
_NATIONAL_SUFFIXES = (
    *("", "s", "d", "ed", "ing", "ful", "less", "able", "ably", "ite", "ites", "ist"),
    *("ists", "hood", "hoods", "er", "ers", "al", "ally"),
)
_NATIONAL_STEMS = {
    **{british: british.replace("our", "or") for british in _OUR_STEMS},
    **{british: british[:-2] + "er" for british in _RE_STEMS},
}
_NATIONAL_STEMS.update({american: british for british, american in _NATIONAL_STEMS.items()})
"""A word's British stem and its American one, and back ("colour" ↔ "color", "centre" ↔
"center"): the rest of the word ("-ed", "-s") is spelled alike."""
_IZE = LazyPattern(
    r"(?P<stem>[A-Za-z]{3,})(?P<z>[iy])(?P<letter>[zs])(?P<rest>e[sd]?|ing|ation|ations)"
)
_ZE_ONLY = frozenset(("caps", "downs", "overs", "res", "ups", "bel"))
"""Stems of words ending in "-ize" that keep it in every land ("capsize", "Belize")."""
_SE_ONLY = frozenset(
    (
        *("advert", "improv", "superv", "telev", "comprom", "surpr", "exerc", "franch"),
        *("merchand", "chast", "desp", "compr", "circumc", "prem", "prom", "enterpr"),
        *("expert", "disgu", "apr", "ch", "rev", "dev", "adv", "exc", "inc", "cru"),
    )
)
"""Stems of words ending in "-ise" that never take "-ize" ("advertise", "promise")."""
_OWN_SPELLINGS = frozenset(("Labour", "Labor"))
"""Capitalised words a party spells its own way in every land ("Labor Party")."""


def _other_national_spelling(word: str) -> str | None:
    """The word as the other land spells it ("sceptre" → "scepter", "organise" →
    "organize", "analyze" → "analyse"), or None: only the words the two spell apart."""
    lower = word.casefold()
    if word in _OWN_SPELLINGS:
        return None
    for stem, other in _NATIONAL_STEMS.items():
        if lower.startswith(stem) and lower[len(stem) :] in _NATIONAL_SUFFIXES:
            spelled = other + lower[len(stem) :]
            return spelled.capitalize() if word[:1].isupper() else spelled
    found = _IZE.fullmatch(word)
    if found is None:
        return None
    stem = found["stem"].casefold()
    if stem in (_ZE_ONLY if found["letter"] == "z" else _SE_ONLY):
        return None
    letter = "s" if found["letter"] == "z" else "z"
    spelled = f"{found['stem']}{found['z']}{letter}{found['rest']}"
    if found["letter"] == "s" and not lexicon.english_word(spelled):
        return None  # "-ise" is often no "-ize": only where the other is a word
    return spelled


def national_spelling_forms(answer: str) -> list[str]:
    """The key with each word the other land spells otherwise so spelled ("Sceptre of Orm"
    for "Scepter of Orm", "Orm Theater" for "Orm Theatre", "organized" for "organised"): a
    learner types the spelling of their own land; the grader forgives one typo, not the two
    letters these swap."""
    words = answer.split()
    spelled = [_other_national_spelling(word) or word for word in words]
    return [" ".join(spelled)] if spelled != words else []


def twin_demonym_forms(answer: str) -> list[str]:
    """ "Slovenian Partisans" for "Slovene Partisans", "Slovenians" for "Slovenes": the key
    with its people's adjective, or their plural name, written the other way that means one
    people. Never a plural that names a country ("Laotians" for "Laos")."""
    words = answer.split()
    twins = []
    for word in words:
        other = lexicon.TWIN_DEMONYMS.get(word)
        stem = word.removesuffix("s")
        if other is None and stem != word and stem in lexicon.TWIN_DEMONYMS:
            other = f"{lexicon.TWIN_DEMONYMS[stem]}s"
            if other in lexicon.COUNTRIES or word in lexicon.COUNTRIES:
                other = None
        twins.append(other or word)
    return [" ".join(twins)] if twins != words else []


_CODE_NAMED = LazyPattern(
    r"(?:Operation|HMS|HMAS|HMCS|HMNZS|USS|CSS|SMS|RMS|USNS|INS)"
    r"\s+(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)"
)
"""An operation named by its code name ("Operation Harrow"), a ship by its navy's or
service's letters and its own name ("HMS Kestrel")."""


def code_name_forms(
    answer: str, values: Collection[str], written_apart: Callable[[str], bool]
) -> list[str]:
    """ "Harrow" for "Operation Harrow", "Kestrel" for "HMS Kestrel": an operation by its
    code name and a ship by its name, as people call them, where no other name of the
    document (``values``) holds that name ("Harrow School", "USS Kestrel"), nor where the
    document also writes the name alone (``written_apart``) as a name of its own."""
    match = _CODE_NAMED.fullmatch(answer)
    if match is None:
        return []
    name = match["name"]
    held = whole_name(name)
    if any(value not in (answer, name) and held.search(value) for value in values):
        return []
    return [] if name in values and written_apart(name) else [name]


_HYPHENED_PLACE = LazyPattern(
    r"(?<![\w’'-])(?P<short>[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)*)"
    r"(?P<tail>-(?:sur|sous|en|lès|lez|upon|on|am|an|im)-[\w’'-]*[^\W\d_])(?![\w’'-])"
)
"""A place named with the river, sea or land it lies on, joined by hyphens ("Vellay-sur-Orne",
"Kessby-on-Sea", "Saint-Orm-en-Vale"): the words before the joining one are its name."""


def hyphened_place_forms(
    forms: Iterable[str], sentences: Callable[[str], Sequence[str]]
) -> list[str]:
    """ "Treaty of Vellay" for "Treaty of Vellay-sur-Orne": a place joined by hyphens to what
    it lies on is called by its own name alone, in the key or any form (``forms``). Not
    where the document (``sentences``: those with a word) writes that name with another
    tail ("Vellay-sur-Loue", "Vellay-Plage"): the name alone is then either."""
    shorter: list[str] = []
    for form in forms:
        found = _HYPHENED_PLACE.search(form)
        if found is None or lexicon.english_word(found["short"]):
            continue
        short, tail = found["short"], found["tail"]
        others = re.compile(rf"{NAME_OPENS}{re.escape(short)}(?P<tail>-[\w’'-]*[^\W\d_])")
        if any(
            other["tail"] != tail for text in sentences(short) for other in others.finditer(text)
        ):
            continue
        shorter.append(f"{form[: found.start()]}{short}{form[found.end() :]}")
    return shorter


_LED_BODY = LazyPattern(
    r"(?P<leader>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)\s+"
    r"(?:[Aa]dministration|[Gg]overnment|[Cc]abinet|[Mm]inistry|[Pp]residency|[Rr]egime)"
)
"""A government named for the one who leads it ("the Marlow Administration", "the Vell
cabinet")."""


def leader_forms(answer: str, people: Sequence[str], places: Collection[str] = ()) -> list[str]:
    """ "Marlow" and "Senator Ivo Marlow" for "Marlow Administration" where the document
    names a person so (``people``) and no place (``places``, compared forms): a government
    named for its leader is answered by his name, as "Who ...?" asks it. A full name only
    where one person of the document bears the name ("President Marlow" is either Marlow)."""
    led = _LED_BODY.fullmatch(answer)
    if led is None or normalize(led["leader"]) in places:
        return []
    leader = led["leader"]
    bearers = [person for person in dict.fromkeys(people) if person.endswith(f" {leader}")]
    if not bearers and leader not in people:
        return []  # "the Vell government" of a land or a party: no one leads it by that name
    full = {_untitled(person) for person in bearers} - {leader}
    return [
        leader,
        *(person for person in bearers if len(full) <= 1 or _untitled(person) == leader),
        *(sorted(full) if len(full) == 1 else []),
    ]


def subject_modified_forms(
    answer: str, subject: str, prompt: str, written_apart: Callable[[str], bool]
) -> list[str]:
    """ "glacier melt" for "Orm Range glacier melt" in a document on the Orm Range: its
    subject before a common noun says whose the thing is, which the whole document says,
    so the noun alone names it there. Only a noun the document also writes after "the"
    without the subject (``written_apart``: "the glacier melt", not "a second language"
    for "Orm language"), that is no sort of place or body ("Orm river" is one river of
    it), and that the question does not show."""
    subject = re.sub(r"^[Tt]he\s+", "", subject)
    if not subject or not answer.startswith(f"{subject} "):
        return []
    rest = answer[len(subject) + 1 :]
    words = rest.split()
    if (
        not 1 <= len(words) <= 3
        or not all(re.fullmatch(r"[a-z][a-z-]*", word) for word in words)
        or words[0] in lexicon.FUNCTION_WORDS
        or lexicon.sort_word(words[-1].capitalize())
        or (word_tags(words[-1]) and "NOUN" not in word_tags(words[-1]))  # a new word is one
        or whole_name(rest).search(prompt.casefold())
        or not (written_apart(f"the {rest}") or written_apart(f"The {rest}"))
    ):
        return []
    return [rest, *_other_number(rest)]


_TITLE_BEFORE = LazyPattern(
    r"(?<![\w’'-])(?P<title>[A-Za-z][a-z]+)(?P<comma>,?)\s+"
    r"(?P<list>(?:(?:[A-Z][\w’'.-]*\s+)*[A-Z][\w’'.-]*(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+))*)$"
)
"""The words before a name: a title right before it ("Pope Orvan II"), or a title in the
plural before a list that closes with it ("two popes, Lucius IV and Orvan II")."""
_TITLE_REACH = 300
"""How far before a name its title or its list is sought, in characters."""


_TRADES_BEFORE_A_NAME = word_set(
    "explorer engineer architect author writer poet painter composer scientist physicist"
    " chemist philosopher founder director journalist reporter spokesman spokeswoman"
    " spokesperson inventor mathematician historian economist banker merchant entrepreneur"
    " businessman businesswoman official officer diplomat activist singer actor actress leader"
    " dictator administrator chairman chairwoman chair chairperson consort regent envoy"
    " counselor counsellor secretary representative"
)
"""Words for what a person does that stand before a name ("the architect Ana Holm") but
are no title anyone calls the person by ("Architect Ana Holm")."""


def titled_forms(answer: str, sentences: Sequence[str]) -> list[str]:
    """ "Pope Orvan II" for "Orvan II" where the document (``sentences``: those naming the
    key) writes the title before that name, or the title in the plural before a list of
    names that holds it ("two popes, Lucius IV and Orvan II"): how the person is known
    besides the name. Not a trade ("the architect Orvan Kell"), nor where the document
    gives the name two titles (two people may bear it), nor a singular title before a list
    ("King Olaf and Orvan II": Olaf's)."""
    words = answer.split()
    if not words or lexicon.title_word(words[0].rstrip(".")) or not answer[:1].isupper():
        return []
    titles: set[str] = set()
    named = whole_name(answer)
    for text in sentences:
        for match in named.finditer(text):
            # the words right before it: read from the line's start for each time the name
            # is written, a long line took minutes
            before = _TITLE_BEFORE.search(text, max(0, match.start() - _TITLE_REACH), match.start())
            if before is None:
                continue
            title = before["title"].casefold()
            if before["list"] or before["comma"]:
                plural = [one for one in lemmas_as(title, "NOUN") if one != title]
                title = plural[0] if plural and lexicon.title_word(plural[0]) else ""
            elif not lexicon.title_word(title):
                continue
            if title and title not in _TRADES_BEFORE_A_NAME:
                titles.add(title)
    return [f"{titles.pop().capitalize()} {answer}"] if len(titles) == 1 else []


_INITIALS_WORD = LazyPattern(r"(?<![\w’'-])[A-Z]{3,4}(?![\w’'-])")
"""A person's initials, three letters or more: two ("AM", "PM", "US") are a clock's, an
office's or a land's letters as often as anyone's."""


def initials_in_sentence_forms(answer: str, quote: str, people: Sequence[str]) -> list[str]:
    """ "Ivo T. Marlow", "Ivo Marlow" and "ITM" for "Marlow" where the key's own sentence
    (``quote``) also calls him by initials ("Marlow won again, and ITM ...") that are those
    of one person of the document (``people``) of that surname: the sentence says which
    Marlow it means, though the document names others ("Ana Marlow")."""
    if not re.fullmatch(r"[A-Z][a-z][\w’'-]*", answer):
        return []
    bearers = [
        name
        for name in dict.fromkeys(_untitled(person) for person in people)
        if len(name.split()) >= 2 and name.split()[-1] == answer
    ]
    forms: list[str] = []
    for found in _INITIALS_WORD.finditer(quote):
        letters = found[0]
        named = [name for name in bearers if "".join(w[0] for w in name.split()) == letters]
        if len(named) == 1:
            short = _first_and_last(named[0])
            forms += [named[0], *([short] if short else []), letters]
    return forms


_SHORT_NAME_IN_BRACKET = LazyPattern(
    r"\s*\(\s*(?P<short>[A-Z][\w’'-]*[a-z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})\s*\)"
)
"""A bracket that holds a name alone, in capitalised words, no figure ("(Grey Guards)",
"(C-Rangers)"); capitals only are an abbreviation, which has its own forms."""


def _alias_alone(words: Sequence[str]) -> bool:
    """Whether a bracket's words name a body by themselves, written once: two words or more
    ("Sendero Rojo"), or one plural word of people ("Vellers", "Orsists"), never one word that
    may be where the body is ("Orvby", "Kellers Hill" is no bracket of one word)."""
    if len(words) >= 2:
        return not any(lexicon.sort_word(word) for word in words)
    return re.search(r"[a-z](?:ers|ans|ists|ites|istas)$", words[0]) is not None


def bracketed_name_forms(
    answer: str,
    texts: Sequence[str],
    others: Collection[str],
    written_again: Callable[[str], bool],
) -> list[str]:
    """ "C-Rangers" for "Orm Special Reserve" where the document writes "the Orm Special
    Reserve (C-Rangers)" and then the bracket's name on its own (``written_again``): the
    name the document goes on to call the body by. A bracket of two words or more, or of a
    people's plural ("Orm Brethren (Vellers)"), is a name of the body even written once. Not
    a bracket that names a place, a land or a person (``others``: the compared forms of the
    document's places and people; "Kessel Company (Orvby)" says where it is)."""
    if len(answer.split()) < 2 or not answer.split()[-1][:1].isupper():
        return []
    after = named_pattern(NAME_OPENS, answer, _SHORT_NAME_IN_BRACKET.pattern)
    forms: list[str] = []
    for text in texts:
        for found in after.finditer(text):
            short = found["short"]
            words = short.split()
            if (
                normalize(short) in others
                or short in _COUNTRY_OR_STATE
                or any(word in _COUNTRY_OR_STATE or word in lexicon.CONTINENTS for word in words)
                or lexicon.title_word(words[0])
                or not (written_again(short) or _alias_alone(words))
            ):
                continue
            forms.append(short)
    return list(dict.fromkeys(forms))


_PEOPLE_S_EMPIRE = LazyPattern(r"(?P<people>[A-Z][a-z]+)\s+Empire")


def empire_people_forms(answer: str, prompt: str) -> list[str]:
    """ "Danish" for "Danish Empire" where the question asks "which empire": the word of
    the people names their empire once the sort is given. A word that qualifies any empire
    ("Great", "Eastern", "Holy") names none."""
    empire = _PEOPLE_S_EMPIRE.fullmatch(answer)
    asked = _ASKED_SORT.search(prompt)
    if empire is None or asked is None or asked["sort"] != "empire":
        return []
    people = empire["people"]
    if people not in lexicon.COUNTRY_DEMONYMS or people in GENERIC_QUALIFIERS:
        return []
    return [] if "ADJ" in word_tags(people.casefold()) else [people]


_CIVIL_WAR = LazyPattern(r"(?P<whose>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)\s+Civil\s+War")
_CIVIL_WAR_WRITTEN = LazyPattern(r"(?:(?P<before>[\w’'-]+)\s+)?[Cc]ivil\s+[Ww]ar(?P<plural>s)?\b")
_BACK_TO_ONE = word_set("the The its this")


def lone_civil_war_forms(answer: str, sentences: Sequence[str]) -> list[str]:
    """ "Civil War" for "Kessian Civil War" where every civil war the document's
    ``sentences`` name is that one ("the Kessian Civil War", "after the civil war"): a
    land's history calls its one civil war so. Beside another civil war ("a civil war",
    "the Tarnic Civil War") or civil wars in the plural, the bare words name neither."""
    war = _CIVIL_WAR.fullmatch(answer)
    if war is None:
        return []
    own = war["whose"].split()[-1]
    for text in sentences:
        for named in _CIVIL_WAR_WRITTEN.finditer(text):
            before = named["before"]
            if named["plural"] or before not in (None, own, *_BACK_TO_ONE):
                return []
    return ["Civil War"]


_OF_THE = LazyPattern(r"(?<=\s)of\s+the\s+(?=[A-Z])")
_OF_A_NAME = LazyPattern(r"(?<=\s)of\s+(?=[A-Z])")


def article_inside_forms(answer: str, written: Callable[[str], bool]) -> list[str]:
    """The name with or without the "the" after its "of", as the document (``written``)
    also writes it: "Congregation of the Holy Cross" for "Congregation of Holy Cross"."""
    if _OF_THE.search(answer):
        form = _OF_THE.sub("of ", answer)
    elif _OF_A_NAME.search(answer):
        form = _OF_A_NAME.sub("of the ", answer)
    else:
        return []
    return [form] if written(form) else []


def subject_forms(
    answer: str,
    names: Sequence[tuple[str, str]],
    is_subject: Callable[[str], bool],
    abbreviations: Mapping[str, str],
) -> list[str]:
    """Where the answer is the document's own subject ("Port Orm City" in a document so
    titled), the other names the document gives it: with or without its sort word ("Port
    Orm", "City of Port Orm") and the abbreviation it defines for one of them ("POC")."""
    own = bare_place(normalize(answer))
    alike = _names_by_bare_place(names).get(own, [])
    if not any(is_subject(value) for value in (answer, *alike)):
        return []
    forms = [value for value in dict.fromkeys(alike) if normalize(value) != normalize(answer)]
    forms += [short for short, full in abbreviations.items() if bare_place(normalize(full)) == own]
    return forms


def _people_among(names: Sequence[tuple[str, str]]) -> list[str]:
    """The names of a document's (kind, value) names that are people's or read as a person's
    ("Frank Holm" the extractor files as another kind, "Frank" being a word too), in order:
    built once per document, not once per fact."""
    if isinstance(names, DocumentNames):
        return names.worked_out(_people_of)
    return _people_of(tuple(names))


@lru_cache(maxsize=64)
def _people_of(names: tuple[tuple[str, str], ...]) -> list[str]:
    return [
        value for kind, value in names if kind == "person" or lexicon.reads_as_personal_name(value)
    ]


def _of_kind_and_sort(names: Sequence[tuple[str, str]], kind: str, sort: str | None) -> list[str]:
    """The names of one kind whose sort word (``sort_word``) is ``sort``, in order, among a
    document's (kind, value) names: looked up in an index built once per document, as each
    fact of a long document asks again."""
    if isinstance(names, DocumentNames):
        return names.worked_out(_by_kind_and_sort).get((kind, sort), [])
    return [value for named, value in names if named == kind and sort_word(value) == sort]


def _by_kind_and_sort(names: Sequence[tuple[str, str]]) -> dict[tuple[str, str | None], list[str]]:
    found: dict[tuple[str, str | None], list[str]] = {}
    for kind, value in names:
        found.setdefault((kind, sort_word(value)), []).append(value)
    return found


def _names_by_bare_place(names: Sequence[tuple[str, str]]) -> dict[str, list[str]]:
    """A document's names (of its (kind, value) names) by their compared form without article
    and sort word (``bare_place``), each in order: built once per document, not once per
    fact, nor hashed whole for each."""
    if isinstance(names, DocumentNames):
        return names.worked_out(_by_bare_place)
    return _by_bare_place(tuple(names))


@lru_cache(maxsize=64)
def _by_bare_place(names: tuple[tuple[str, str], ...]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for _, value in names:
        found.setdefault(bare_place(normalize(value)), []).append(value)
    return found


_LOCATED = LazyPattern(r"[\w’'.]+-(?:based|born|owned|run|headquartered)\s+(?=[A-Z])")
"""A modifier that says where a named thing is from, left before the name in the key."""


def called_forms(
    fact: FactRecord,
    evidence: DocumentEvidence,
    names: Sequence[tuple[str, str]],
    forms: Sequence[str],
) -> list[str]:
    """What people call the answer besides the forms found so far (``forms``): a building's,
    an institution's or a reign's distinctive words, a person's full name, without a title
    or middle names where the document writes it so, a name without where it is from, a
    term's modifier or the term without a nationality, a team's name with or without its
    place, a name of things in the other number, and the name with the sort word the
    question asks for."""
    bare = re.sub(r"^[Tt]he\s+", "", fact.answer)
    values = name_values(names)
    called: list[str] = []
    if fact.kind in ("place", "organisation", "other", "event", "person"):
        called += distinctive_forms(
            bare,
            fact.kind,
            names,
            lambda part, wholes: evidence.written_apart(fact.document, part, *wholes),
        )
    if fact.kind in ("place", "organisation"):
        called += sort_phrase_forms(
            bare,
            values,
            lambda phrase: (
                evidence.written_apart(fact.document, phrase, bare)
                or evidence.written_apart(fact.document, phrase.casefold(), bare)
            ),
        )
    if fact.kind in ("person", "other"):
        called += given_name_forms(
            bare,
            fact.kind,
            fact.prompt,
            values,
            lambda form: evidence.mentions(fact.document, form) > 0,
        )
        called += affiliation_forms(
            bare,
            values,
            lambda word: evidence.common_word(fact.document, word),
        )
        people = (*fact.accepted, *forms, *called)
        called += [short for form in people for short in untitled_forms(form)]
        if fact.kind == "person" or (fact.kind == "other" and asks_who(fact.prompt)):
            called += [
                short
                for form in (bare, *people, *called)
                for short in first_and_last_forms(form, names)
            ]
        called += [
            short
            for form in (bare, *people, *called)
            if (short := _first_and_last(form))
            # a name of its own, not the end of a longer one ("Royal Kell Guard")
            and _written_alone(short, evidence.sentences_naming(fact.document, short))
        ]
    if fact.kind != "term":
        called += initials_forms(
            bare,
            values,
            evidence.abbreviations(fact.document),
            lambda form: evidence.mentions(fact.document, form) > 0,
        )
    located = _LOCATED.match(bare)
    if located:
        called.append(bare[located.end() :])  # "Vessa Clarion" for "Oslo-based Vessa Clarion"
    if fact.kind in ("organisation", "event", "place") or (
        fact.kind == "other" and not asks_who(fact.prompt)
    ):
        settled = fact.kind == "place" and evidence.place_sort(fact.document, bare) is not None
        called += [] if settled else sort_added_forms(bare, names, fact.prompt)
    if fact.kind in ("term", "other", "organisation"):
        called += named_in_capitals_forms(
            bare, fact.prompt, lambda form: evidence.mentions(fact.document, form) > 0
        )
    if fact.kind == "term":
        called += modifier_forms(bare, fact.prompt)
    if fact.kind == "other":
        called += other_number_forms(
            bare,
            names,
            lambda form: evidence.mentions(fact.document, form) > 0,
        )
    if fact.kind in ("organisation", "other", "event"):
        called += place_qualified_forms(
            bare, names, lambda part: evidence.written_apart(fact.document, part, bare), fact.prompt
        )
    if fact.kind != "person":  # "historian Ana Holm": a role, not a part of her name
        called += class_noun_forms(
            bare,
            fact.prompt,
            names,
            lambda word: evidence.common_word(fact.document, word),
            lambda name: evidence.written_apart(fact.document, name, bare),
            partial(evidence.sentences_naming, fact.document),
        )
        called += asked_sort_forms(
            bare,
            fact.prompt,
            values,
            lambda form: evidence.mentions(fact.document, form) > 0,
            lambda form: written_without_article(
                evidence.sentences_naming(fact.document, form), form
            ),
        )
    return called


_ANSWER_GROUP = {"country": "place"}
"""Kinds a typed answer does not tell apart: "Where ...?" takes a country or a place."""


def names_by_group(names: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    """A document's distinct names by the kind of answer they could be ("place" for a country
    too), read once for all its facts."""
    groups: dict[str, list[str]] = defaultdict(list)
    for kind, value in dict.fromkeys(names):
        groups[_ANSWER_GROUP.get(kind, kind)].append(value)
    return dict(groups)


def with_aliases(fact: FactRecord, restatements: Restatements) -> FactRecord:
    """An imported name fact that also accepts the other names its document says the answer
    goes by ("Harald the Stern" for "Harald Voss"), unless the question shows that name
    (then it asks for the other one)."""
    if fact.origin != "auto" or fact.kind not in (*NAME_KINDS, "other") or fact.kind == "term":
        return fact
    shown = normalize(fact.prompt)
    aliases = [
        alias
        for alias in restatements.aliases(re.sub(r"^[Tt]he\s+", "", fact.answer))
        if f" {normalize(alias)} " not in f" {shown} "
    ]
    accepted = tuple(dict.fromkeys((*fact.accepted, *aliases)))
    return fact if accepted == fact.accepted else replace(fact, accepted=accepted)


def with_office_alone(fact: FactRecord, title: str) -> FactRecord:
    """An imported fact whose answer is an office of the document's subject ("Governor of
    Tarland" in a document on Tarland) that also accepts the office alone ("Governor"):
    in that deck there is no other. Not where the question names the office itself."""
    if fact.origin != "auto":
        return fact
    subject = without_title_bracket(title)
    found = re.fullmatch(
        rf"(?:[Tt]he\s+)?(?P<office>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+of\s+(?:the\s+)?"
        rf"{re.escape(subject)}",
        fact.answer,
    )
    if not subject or found is None:
        return fact
    office = found["office"]
    if office.split()[-1].casefold() not in lexicon.PERSON_TITLES:
        return fact  # "University of Vell" is not "University"
    if re.search(rf"\b{re.escape(office)}\b", fact.prompt, re.IGNORECASE):
        return fact  # "Which governor ...?": the office is the question's own word
    return replace(fact, accepted=tuple(dict.fromkeys((*fact.accepted, office))))


MIN_HOME_MENTIONS = 3
"""Sentences a country must be named in to be the one the document is set in."""


def asks_the_subject_s_country(
    fact: FactRecord, evidence: DocumentEvidence, title: str, countries: Sequence[str]
) -> bool:
    """Whether an imported question about the document's subject asks for the country the
    subject lies in ("In which country is Vell's economy ranked second?" in a document on Vell,
    a region of Tarland): anyone who knows what the subject is answers it. The country is the
    one the title's tail or the opening sentence puts the subject in, or else the one of
    ``countries`` the document names far more often than any other."""
    if fact.origin != "auto" or fact.kind not in ("country", "place"):
        return False
    tail = DISAMBIGUATOR.search(title)  # "Vell (Tarland)": may name the subject's country
    subject = evidence.subject(fact.document)
    shown = re.search(rf"(?<![\w'-])(?<!’){re.escape(subject)}(?![\w-])", fact.prompt, re.I)
    if not subject or shown is None:
        return False
    homes = {evidence.home_country(fact.document)}
    if tail is not None:
        homes.add(tail["words"])
    named = sorted(
        ((evidence.mentions(fact.document, country), country) for country in set(countries)),
        reverse=True,
    )
    if named and named[0][0] >= MIN_HOME_MENTIONS:
        second = named[1][0] if len(named) > 1 else 0
        if named[0][0] >= 2 * second:
            homes.add(named[0][1])
    answer = normalize(re.sub(r"^[Tt]he\s+", "", fact.answer))
    return any(home is not None and normalize(home) == answer for home in homes)


_NAME_IN_A_ROW = LazyPattern(r"\b[A-Z][^\s?,;:]*(?:\s+[A-Z][^\s?,;:]*)+")


def as_told(prompt: str, statement: str) -> str:
    """The prompt with each name its fact's statement does not hold but ends in cut to that
    end ("Typhoon Ilse" → "Ilse", "Ada Vell" → "Vell"): a question gives a name in full where
    its sentence writes it short (``phrasing.with_full_names``), and the other sentences that
    may say the same of another answer write it short too."""

    def cut(match: re.Match[str]) -> str:
        name = match.group(0)
        words = name.split()
        if words[0].casefold() in lexicon.FUNCTION_WORDS | lexicon.DETERMINERS:
            return name  # "In Orm Vale, ...": a word of the question's own, no name's
        for at in range(len(words)):
            rest = " ".join(words[at:])
            if whole_name(rest).search(statement):
                return rest
        return name

    return _NAME_IN_A_ROW.sub(cut, prompt)


def with_one_answer(
    fact: FactRecord, restatements: Restatements, names: Mapping[str, Sequence[str]]
) -> FactRecord:
    """An imported fact that is not asked typed when another sentence of its document says
    all the question says of another name or time of the answer's kind ("Per Lund became a
    deacon" beside "Ana Holm became a deacon"): "Who became a deacon?" then has two
    defensible answers, while options leave the other out (it is never one of them).
    ``names`` are the document's names by group (``names_by_group``)."""
    times = fact.kind in ("year", "date")
    if fact.origin != "auto" or fact.kind not in (*NAME_KINDS, "year", "date"):
        return fact
    if fact.kind == "term":
        return fact  # a term is asked by its definition, which singles it out
    values = names.get(_ANSWER_GROUP.get(fact.kind, fact.kind), [])
    spellings = (fact.answer, *fact.accepted)
    others = restatements.other_answers(
        as_told(fact.prompt, fact.statement), fact.quote, spellings, values, beside_answer=not times
    )
    if not others:
        return fact
    excluded = (*fact.not_distractors, *others)
    if times:  # "In what year did Ana become premier?" when she did twice: only options
        return replace(fact, number_prompt=None, not_distractors=excluded)
    return replace(fact, typed=False, not_distractors=excluded)


_ASKED_SORT = LazyPattern(r"\b(?:[Ww]hich|[Ww]hat)\s+(?P<sort>[a-z]{3,})\b")
"""The sort a question asks for ("Which river ...?")."""
_TRAILING_SORTS = word_set(
    "Mountains Mountain Hills Range River Islands Island Desert Forest Valley Highlands Plateau"
    " Glacier Peninsula Lake Creek Canyon Volcano"
)
_LEADING_SORTS = word_set("River Mount Mt Lake Fort Ft Cape Hurricane Typhoon Cyclone")
_LEADING_TWO_WORD_SORTS = ("Tropical Storm",)
_UPLAND_SORTS = word_set("Mountains Range Plateau Highlands")
_COUNTRY_OR_STATE = lexicon.COUNTRIES | lexicon.STATES_AND_PROVINCES
"""Sort words that name one upland together: the "Orrin Mountains" are the "Orrin Range",
and the "Orrin Plateau" is their high ground, so "Orrin" names no other feature among them
(a single "Orrin Mountain" is a peak, another feature)."""


def _same_upland(name: str, other: str) -> bool:
    """Whether two names of the same short form are both an upland's ("Orrin Mountains",
    "Orrin Range")."""
    return name.split()[-1] in _UPLAND_SORTS and other.split()[-1] in _UPLAND_SORTS


_RIVER_PARTS = word_set("Valley Basin Delta Estuary")
"""Land a river names after itself: the "Orm Valley" is the valley of the Orm River."""


def _river_s_own(name: str, other: str, short: str) -> bool:
    """Whether ``other`` is the valley, basin or delta of the river ``name`` ("Orm Valley"
    beside "Orm River"): "Orm" still names the river alone."""
    return (
        _sort_word(name) == "river"
        and other.split()[-1] in _RIVER_PARTS
        and other == f"{short} {other.split()[-1]}"
    )


def _bare_feature(name: str) -> str | None:
    """The name of a feature without its sort word ("Orrin" of "Orrin Mountains", "Thames"
    of "River Thames", "Halden" of "Fort Halden", "Carla" of "Hurricane Carla"), or None
    when it has none."""
    words = name.split()
    if len(words) < 2:
        return None
    if words[-1] in _TRAILING_SORTS:
        rest = words[:-1]
    elif " ".join(words[:2]) in _LEADING_TWO_WORD_SORTS and len(words) >= 3:
        rest = words[2:]
    elif words[0] in _LEADING_SORTS:
        rest = words[1:]
    else:
        return None
    if not all(w[:1].isupper() for w in rest):
        return None  # "Mount of Olives"
    short = " ".join(rest)
    return short if len(short) >= 3 else None


def _sort_word(name: str) -> str:
    """The sort word of a feature's name, in lower case and singular ("river" of "Bronx
    River", "mountain" of "Orrin Mountains")."""
    words = name.split()
    sort = words[-1] if words[-1] in _TRAILING_SORTS else words[0]
    return sort.casefold().removesuffix("s")


def _another_sort(name: str, short: str, called: Callable[[str], Collection[str]]) -> bool:
    """Whether the document calls the short name by a sort other than the feature's ("the
    Bronx is the northernmost borough" beside "Bronx River"): two things of one name."""
    own = {_sort_word(name)}
    if name.split()[-1] in _UPLAND_SORTS:
        own |= {_sort_word(f"{short} {sort}") for sort in _UPLAND_SORTS}
    return any(sort.casefold().removesuffix("s") not in own for sort in called(short))


def feature_forms(
    answer: str,
    names: Sequence[str],
    articled: Callable[[str], bool] = lambda name: False,
    called: Callable[[str], Collection[str]] = lambda name: (),
    prompt: str = "",
) -> list[str]:
    """A natural feature with and without its sort word, as a learner may type it: "Orrin
    Mountains" for "Orrin" where the document writes it so (and no other feature of that
    name), "Orrin" for "Orrin Mountains" unless another of the document's features goes by
    it (the "Orrin Range" or "Orrin Plateau" is the same upland). A short form the document
    writes after "the" (``articled``: "the Tam flows north") is the feature's; one it names
    otherwise ("Holby", a town), one it calls by another sort (``called``: "the Bronx is a
    borough" beside "Bronx River"), a people's word ("Mongolian" of "Mongolian Plateau",
    though the document writes "the Mongolian herders") or a common word ("Beaver") is
    not, nor one another name
    of the document holds ("Orrin Canal"), unless the question asks for the feature's sort
    ("Which river ...?": "Orrin" then says "the Orrin River")."""
    short = _bare_feature(answer)
    if short in lexicon.COUNTRY_DEMONYMS:
        short = None  # "Tibetan" of "Tibetan Plateau" names a people, no feature
    near = [name for name in names if answer in name or (short is not None and short in name)]
    keys = {normalize(name): name for name in near}  # only names holding it can be its forms
    fuller = [name for name in keys.values() if _bare_feature(name) == answer]
    one = len(fuller) == 1 and not _another_sort(fuller[0], answer, called)
    forms = fuller if one else []
    if short is None:
        return forms
    own, short_key = normalize(answer), normalize(short)
    asked = _ASKED_SORT.search(prompt)
    sort_asked = asked is not None and asked["sort"].removesuffix("s") == _sort_word(answer)
    if any(
        key not in (own, short_key)
        and (not sort_asked or _bare_feature(name) == short)
        and f" {short_key} " in f" {key} "
        and f" {own} " not in f" {key} "
        and not _same_upland(answer, name)
        and not _river_s_own(answer, name, short)
        for key, name in keys.items()
    ):
        return forms  # "Holby Forest" beside "Holby Valley" or "Holby Canal": which one?
    if _another_sort(answer, short, called):
        return forms  # "the Bronx", a borough, is not the Bronx River
    if articled(short):
        return [*forms, short]  # "the Tam flows north": the river's own short name
    if normalize(short) in keys or any(word_tags(word.casefold()) for word in short.split()):
        return forms  # "Holby", a town of the document; "Beaver", a common word
    if answer.split()[-1] in _GROUP_SORTS and _ADJECTIVE_ENDING.search(short):
        return forms  # "Kessian" of "Kessian Mountains" describes, it names nothing
    return [*forms, short]


_GROUP_SORTS = word_set("Mountains Islands Isles Hills Highlands Alps Ranges Keys")
"""Sort words of a feature that is a group of peaks or islands."""
_ADJECTIVE_ENDING = LazyPattern(r"(?:ian|ean|ic|ese|ish)$")


_CROSSED_OR_IN = (
    r"\b(?:[Ii]n|[Ii]nto|[Aa]cross|[Tt]hrough|[Tt]hroughout|[Bb]eyond|[Oo]ver"
    r"|cross|crossed|crossing|climb|climbed|climbing)\s+the\s+"
)
"""What stands before a place one is in or crosses ("in the Rockies", "crossing the
Kessians"), not before a people one meets ("to the Kessians", "among the Kessians")."""


def group_plural_forms(
    answer: str, written: Callable[[str], bool], texts: Callable[[str], Sequence[str]]
) -> list[str]:
    """A group of peaks or islands by its name made plural ("Kessians" for "Kessian
    Mountains", "Vessas" for "Vessa Islands"), only where the document writes it so, as a
    place one is in or crosses (``texts``: its sentences with the plural): a plural no one
    uses is no name, and "the Kessians were herders" tells of a people. Not where the name
    is the adjective of a land the document names (``written``: "Victorian Alps" beside
    "Victoria"): the plural is then as well its people."""
    words = answer.split()
    if len(words) < 2 or words[-1] not in _GROUP_SORTS:
        return []
    short = " ".join(words[:-1])
    if short in lexicon.COUNTRY_DEMONYMS or any(
        written(short[:-cut]) for cut in (1, 2) if short.endswith("an")
    ):
        return []  # "Victorians" beside "Victoria": the people of a land, no range
    # "Rocky Mountains": "Rockies"
    plural = regular_plural(short)
    as_a_place = re.compile(rf"{_CROSSED_OR_IN}{re.escape(plural)}\b")
    return [plural] if any(as_a_place.search(text) for text in texts(plural)) else []


_PEOPLE_ADJECTIVES = {
    "Serb": "Serbian",
    "Croat": "Croatian",
    "Turk": "Turkish",
    "Kurd": "Kurdish",
    "Dane": "Danish",
    "Swede": "Swedish",
    "Pole": "Polish",
    "Finn": "Finnish",
    "Scot": "Scottish",
    "Briton": "British",
    "Spaniard": "Spanish",
    "Frank": "Frankish",
    "Moor": "Moorish",
    "Jew": "Jewish",
    "Slav": "Slavic",
    "Celt": "Celtic",
    "Goth": "Gothic",
}
"""One of a people and the people's adjective, where the two are different words: a
relation the word lists know for certain ("Roman" and "Romanian" are two peoples)."""


def people_forms(answer: str) -> list[str]:
    """A people named in the plural by one word ("Serbs", "Turks") also by one of them
    ("Serb") and by its adjective of nationality ("Serbian", "Serbians", "Turkish"), where
    ``_PEOPLE_ADJECTIVES`` knows that adjective: the same people however a learner names
    them. A plural it does not know gets nothing ("Romans" is not "Romanian")."""
    one = answer[:-1]
    if not answer.endswith("s") or one not in _PEOPLE_ADJECTIVES:
        return []
    adjective = _PEOPLE_ADJECTIVES[one]
    return [one, adjective, *([f"{adjective}s"] if adjective.endswith("ian") else [])]


_LANGUAGE_ASKED = LazyPattern(
    r"\b(?:languages?|tongues?|dialects?|speaks?|spoke|spoken|speaking)\b"
)
"""A question that asks a language: "Kurdish" then names the tongue, never its people."""


def adjective_people_forms(answer: str, written: Callable[[str], bool], prompt: str) -> list[str]:
    """A people's adjective as a key ("Kurdish": "residents are Kurdish") also by the
    people's noun the document writes ("Kurds", and one of them, "Kurd"): a people
    ``_PEOPLE_ADJECTIVES`` knows, or an adjective of a stem that is no English word, no
    name and no other people's adjective ("Orvish" of the "Orvs"; never "Roman" of
    "Romanian"). Not where the question asks a language."""
    if _LANGUAGE_ASKED.search(prompt.casefold()):
        return []
    known = [one for one, adjective in _PEOPLE_ADJECTIVES.items() if adjective == answer]
    if known:
        one = known[0]
    else:
        adjective = re.fullmatch(r"(?P<stem>[A-Z][a-z]{2,}?)(?:ish|ian)", answer)
        if adjective is None:
            return []
        one = adjective["stem"]
        if (
            word_tags(one.casefold())
            or lexicon.english_word(one)
            or one in lexicon.given_names()
            or one in lexicon.COUNTRY_DEMONYMS
            or one in lexicon.COUNTRIES
            or one in _PEOPLE_ADJECTIVES
        ):
            return []  # "Roman" of "Romanian", "Brazil" of "Brazilian", "Jordan" of "Jordanian"
    return [one, f"{one}s"] if written(f"{one}s") else []


def city_forms(
    answer: str, names: Sequence[str], place_sort: Callable[[str], str | None]
) -> list[str]:
    """ "Dunmore" for "Dunmore City" where the document also writes "Dunmore" alone for a
    town (``place_sort`` gives the sort of place the document calls a name): one place, with
    and without "City". Not where the short name is a country, a state or a land the
    document calls so ("Kansas City" beside Kansas), nor where another of its names holds
    it."""
    words = answer.split()
    if len(words) < 2 or words[-1] != "City":
        return []
    short = " ".join(words[:-1])
    key, own = normalize(short), normalize(answer)
    keys = {normalize(name) for name in names}
    if (
        key not in keys
        or short in _COUNTRY_OR_STATE  # "Kansas City"
        or place_sort(short) not in (None, "settlement")
    ):
        return []
    holding = [k for k in keys if k not in (key, own) and f" {key} " in f" {k} "]
    return [] if holding else [short]


_SCHOOL = LazyPattern(
    r"(?:(?:University|College|Institute|Academy|Polytechnic) of (?:the )?(?P<after>[A-Z][\w’'-]+"
    r"(?: [A-Z][\w’'-]+)?)|(?P<before>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?) (?:University|College"
    r"|Institute of Technology|Polytechnic))"
)
"""A university's or college's name and the words that tell it apart ("Tarland" of
"University of Tarland", "Tarland College" or "Tarland Institute of Technology")."""
_OF_A_SCHOOL = (
    r"(?:(?:’s|'s)?\s+(?:students|undergraduates|graduates|alumni|faculty|professors|lecturers"
    r"|campus|campuses|trustees|endowment|enrollment|enrolment)"
    r"|(?:’s|'s)\s+(?:(?:men’s|men's|women’s|women's|varsity|first|[a-z]+ball|rowing|rugby"
    r"|cricket|hockey|athletic|athletics|debating|chess)\s+)?(?:teams?|squads?|crews?|club"
    r"|athletes)|(?:’s|'s)\s+(?:president|chancellor|vice-chancellor|rector|provost|library"
    r"|libraries|stadium|mascot|colou?rs))\b"
)
"""Words after a name that only a school's name takes ("Tarland's alumni", "Tarland
students", "Tarland's rowing crew", "Tarland's chancellor"): the document then calls the
school by the name alone."""
_ENROLLING = (
    r"\s+(?:has|had|enrolls|enrolled|admits|admitted)\s+(?:about\s+|some\s+|over\s+|nearly\s+)?"
    r"[\w,]+\s+(?:\w+\s+)?(?:students|undergraduates|alumni)\b"
)


_SCHOOL_S_WORDS = LazyPattern(rf"(?:{_OF_A_SCHOOL}|{_ENROLLING})")
_NO_WORD_JOINED_BEFORE = LazyPattern(r"(?<![\w'-])(?<!’)")


def _calls_a_school(short: str, text: str) -> bool:
    """Whether the sentence calls a school by ``short`` alone ("Tarland has four thousand
    students", "Tarland's football team"): ``short`` as a whole name, followed by what only
    a school's name takes (found without a pattern compiled for each of a long document's
    names)."""
    return any(
        _NO_WORD_JOINED_BEFORE.match(text, start)
        and _SCHOOL_S_WORDS.match(text, start + len(short))
        for start in occurrences(text, short)
    )


def _school_part(name: str) -> str | None:
    """The words that tell a school apart ("Tarland" of "University of Tarland")."""
    found = _SCHOOL.fullmatch(name)
    return None if found is None else found["after"] or found["before"]


def _names_only_the_school(short: str) -> bool:
    """Whether a school's distinctive words could name it alone: no country's or state's
    name ("California"), no common words."""
    return short not in _COUNTRY_OR_STATE and not any(
        word_tags(word.casefold()) for word in short.split()
    )


def school_short_forms(
    answer: str, names: Sequence[tuple[str, str]], sentences: Callable[[str], Sequence[str]]
) -> list[str]:
    """ "Tarland" for "University of Tarland" where the document itself calls the school
    so alone ("Tarland has four thousand students", "Tarland's alumni", "Tarland's rowing
    crew") and the name is no place, country or other name of the document or a known
    country or state. ``sentences`` gives the document's sentences that hold some words."""
    short = _school_part(answer)
    if short is None or not _names_only_the_school(short):
        return []
    key, own = normalize(short), normalize(answer)
    if any(f" {key} " in f" {normalize(value)} " and normalize(value) != own for _, value in names):
        return []  # the place "Tarland", or another "Tarland Hall"
    # the sentences are found by their words, and "Tarland's" is a word of its own
    texts = (text for form in (short, f"{short}'s", f"{short}’s") for text in sentences(form))
    return [short] if any(_calls_a_school(short, text) for text in texts) else []


_FIELD_ENDING = LazyPattern(r"(?:ism|ology|ography|ics|ity|tion|sion|ment|ness|ship)$")
"""How the name of a field of study or of a quality ends ("Urbanism", "Kinesiology")."""
_ASKED_SCHOOL_SORTS = word_set(
    "university college school institute academy polytechnic institution"
)
"""What a question asks for that a school's name answers ("Which university ...?")."""


_HIGHER_SCHOOLS = word_set("University College Institute Polytechnic")
_SCHOOLS = _HIGHER_SCHOOLS | word_set("Academy School Seminary")
"""Sort words that open ("University of Orm") or close ("Orm Academy") a school's name."""


def _rival_school(name: str, asked: str) -> bool:
    """Whether a name is a school of the sort a question asks for: a university or a college
    to "Which university ...?" ("Orm State University", never "Orm Riding Academy"), any
    school to "Which school ...?"."""
    words = name.split()
    sorts = _HIGHER_SCHOOLS if asked.capitalize() in _HIGHER_SCHOOLS else _SCHOOLS
    return words[0] in sorts or words[-1] in sorts


def school_asked_forms(
    answer: str,
    prompt: str,
    names: Sequence[tuple[str, str]],
    written_apart: Callable[[str], bool],
) -> list[str]:
    """ "Tarland" for "University of Tarland" (or "Tarland College") to "Which university
    ...?": the question says a school is meant, so the words that tell it apart name it.
    Only where the document has no other thing the word could mean: it never writes the
    word outside the school's name (``written_apart``: "Tarland's mayor") and no other of
    its names (``names``) holds it ("Tarland State College"); never a common word
    ("University of Music"), nor a word the question shows. A country, a state or a place
    of the document ("University of Minnesota") is no school, nor are its teams and
    firms: there only another school of the sort asked for holds the word in rivalry."""
    short = _school_part(answer)
    asked = _ASKED_SORT.search(prompt)
    if short is None or asked is None or asked["sort"].casefold() not in _ASKED_SCHOOL_SORTS:
        return []
    if any(word_tags(word.casefold()) or _FIELD_ENDING.search(word) for word in short.split()):
        return []  # "Music" of "Academy of Music", "Urbanism": a field, not a name
    key, own = normalize(short), normalize(answer)
    if f" {key} " in f" {normalize(prompt)} ":
        return []
    place = short in _COUNTRY_OR_STATE or key in place_keys(names)
    # "University of Minnesota Press" holds the whole name: the school's own
    holding = [
        value
        for _, value in names
        if f" {key} " in f" {normalize(value)} " and f" {own} " not in f" {normalize(value)} "
    ]
    if place:
        return [] if any(_rival_school(value, asked["sort"]) for value in holding) else [short]
    return [] if holding or written_apart(short) else [short]


def _named_for_its_founder(answer: str, names: Sequence[tuple[str, str]]) -> bool:
    """Whether a school's name is a family name before "University" or "College" ("Kerrigan
    University"), which names no place and, where no other name of the document (``names``)
    holds it, no other school: the family name alone is the school's, as people call it."""
    found = _SCHOOL.fullmatch(answer)
    short = found["before"] if found is not None else None
    if short is None or " " in short or not lexicon.family_name(short):
        return False
    if not _names_only_the_school(short):
        return False
    key, own = normalize(short), normalize(answer)
    return not any(
        f" {key} " in f" {normalize(value)} " and normalize(value) != own for _, value in names
    )


def school_order_forms(answer: str, names: Sequence[tuple[str, str]]) -> list[str]:
    """ "Tarland University" for "University of Tarland": one school, as people also call
    it. Not for a country's or a state's university ("University of California"), whose
    other order may name another school, nor where the document names a school of that
    other order (``names``)."""
    found = re.fullmatch(r"University of (?P<place>[A-Z][\w’'-]+)", answer)
    if found is None or found["place"] in _COUNTRY_OR_STATE:
        return []
    other = f"{found['place']} University"
    return [] if any(normalize(value) == normalize(other) for _, value in names) else [other]


def school_full_forms(answer: str, names: Sequence[tuple[str, str]], quote: str) -> list[str]:
    """The full names the document gives a school its question's sentence (``quote``)
    calls by a short name alone ("University of Tarland" for "Tarland" from "Tarland's
    football team won the title"): "University of Tarland" and "Tarland University" are
    one school's, where the document writes both; never where another school, a place
    or any other name of the document holds the short name ("Tarland College", the town
    of Tarland)."""
    if not _names_only_the_school(answer) or not _calls_a_school(answer, quote):
        return []
    key = normalize(answer)
    schools, others = [], []
    for kind, value in dict.fromkeys(names):
        if normalize(value) == key:
            if kind in ("place", "country"):
                others.append(value)  # the town of Tarland
            continue
        if _school_part(value) == answer:
            schools.append(value)
        elif f" {key} " in f" {normalize(value)} ":
            others.append(value)
    one_school = {f"University of {answer}", f"{answer} University"}
    if others or not schools or (len(schools) > 1 and not set(schools) <= one_school):
        return []
    return schools


_INFLECTION = LazyPattern(r"(?:ing|ed)$")
"""Endings that bend one verb into the two adjectives a term is written with: "concentrated"
and "concentrating" solar power are one thing."""
_TERM_ALIAS_CUE = r"(?:also\s+|often\s+|sometimes\s+)?(?:known\s+as|called)"
_SYNONYM_CUE = r"(?:also|often|sometimes)\s+(?:known\s+as|called)"
_TERM_PHRASE = r"[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}"
"""A term's own words: up to four, in lower case."""
_ALIAS_OPENING = (
    r"(?:(?:^|(?<=[,;:]\s))(?:(?:an?|the)\s+)?|(?<![\w'-])(?<!’)"
    + "".join(rf"(?<!\b{p}\s)" for p in ("of", "in", "on", "at", "by", "to"))
    + "".join(rf"(?<!\b{p}\s)" for p in ("for", "from", "with", "into"))
    + r"(?:an?|the)\s+)"
)
"""Where an alias written before "also called" may open: the sentence's start, a comma or an
article ("creates a new entry, called a stack frame"), never a verb ("creates new entries") or
an article inside a phrase ("the rule of the road": not "road")."""


def _singular_alias(alias: str) -> str:
    """An alias written in the plural, in the singular of a term ("entries" → "entry",
    "frames" → "frame"; "species" and "series" stay)."""
    if alias.endswith(("species", "series")):
        return alias
    if alias.endswith("ies") and len(alias.split()[-1]) > 4:
        return f"{alias[:-3]}y"
    return alias.removesuffix("s")


def _stem_pattern(word: str) -> str:
    """A pattern for a word of a term that also matches its other bent forms."""
    stem = _INFLECTION.sub("", word)
    if len(word) < 6 or stem == word:
        return re.escape(word)
    return rf"{re.escape(stem)}(?:ing|ed)"


_OR_SHORT = r",?\s+or\s+(?P<short>[A-Z]{2,}s?)(?P<tail>(?:\s+[a-z][\w-]*){0,3}?)(?=\s*[,;.)])"
"""Capitals after a term and "or", with the words that close the phrase ("..., or NK cells,")."""


def or_abbreviated_forms(term: str, sentences: Callable[[str], Sequence[str]]) -> list[str]:
    """The term with its opening words in capitals where the document gives it so after
    "or" ("natural killer cells, or NK cells,": "NK cells"; "pattern recognition receptors
    or PRRs"): the capitals spell the words they stand for, the words after them close the
    term. ``sentences`` gives the document's sentences that hold some words."""
    words = term.split()
    if not words or not term.islower():
        return []
    pattern = re.compile(rf"(?<![\w-])(?i:{re.escape(term)}){_OR_SHORT}")
    forms = []
    for text in sentences(term):
        for found in pattern.finditer(text):
            short, tail = found["short"], found["tail"].split()
            kept = words[: len(words) - len(tail)]
            if words[len(kept) :] != tail or not kept:
                continue
            letters = short.removesuffix("s")  # "PRRs": the plural of the letters
            if spelled_by(" ".join(kept), letters) and len(letters) == sum(
                len([part for part in word.split("-") if part]) for word in kept
            ):
                forms.append(" ".join([short, *tail]))
    return list(dict.fromkeys(forms))


_FORMULA = LazyPattern(r"(?=.*\d|[A-Z][a-z])(?:[A-Z][a-z]?\d*){2,6}")
"""A chemical formula or an element's symbol pair: "KsO2", "CO2", "NaCl" (never "GSP",
which has neither a figure nor a small letter and reads as an abbreviation)."""
_FORMULA_IN_BRACKETS = LazyPattern(r"(?<=\s)\((?P<formula>(?:[A-Z][a-z]?\d*){2,6})\)")
_SUBSTANCE_WINDOW = 120
"""How many characters before a bracketed formula are read for the substance's name: more
than its few words and the word before them, never the whole of a long sentence."""
_NOT_A_SUBSTANCE = lexicon.FUNCTION_WORDS | word_set(
    "a an the of to with is are was were be been much many more most less few some any all"
    " each every no other such several"
)
_BEFORE_A_BARE_VERB = word_set("to can could may might must shall should will would")
MAX_SUBSTANCE_WORDS = 3


def _substance_before(before: str) -> str | None:
    """The lower-case noun phrase that ends ``before`` and names a substance, up to three
    words, stopping at an article, a quantity word, a preposition or a verb ("to sell
    kessium dioxide" → "kessium dioxide"), or None."""
    written = before.split()
    words: list[str] = []
    for at in range(len(written) - 1, -1, -1):
        word = written[at]
        tags = word_tags(word)
        if (
            len(words) == MAX_SUBSTANCE_WORDS
            or not re.fullmatch(r"[a-z]+(?:-[a-z]+)*", word)
            or word in _NOT_A_SUBSTANCE
            or finite_verb(word) is not None
            or (tags and not tags & {"NOUN", "ADJ"})
            or (at > 0 and written[at - 1] in _BEFORE_A_BARE_VERB and "VERB" in tags)
        ):
            break
        words.insert(0, word)
    return " ".join(words) or None


def _bracketed_formulas(text: str) -> Iterator[tuple[str, str | None]]:
    """Each formula the text writes in brackets after a space, with the substance named
    right before it ("kessium dioxide (KsO2)" → ("KsO2", "kessium dioxide")), or None."""
    for found in _FORMULA_IN_BRACKETS.finditer(text):
        start = found.start()
        window_start = max(0, start - _SUBSTANCE_WINDOW)
        words = text[window_start:start].split()
        if window_start > 0 and words:
            words = words[1:]  # the window may begin inside a word
        yield found["formula"], _substance_before(" ".join(words))


def formula_forms(key: str, sentences: Callable[[str], Sequence[str]]) -> list[str]:
    """A substance's formula where the document writes it in brackets right after the
    substance's name ("kessium dioxide (KsO2)"): the key "kessium dioxide" accepts "KsO2",
    and the key "KsO2" accepts "kessium dioxide". Only where the document brackets the
    formula after one name; ``sentences`` gives its sentences that hold some words."""
    bare = key.strip()
    if _FORMULA.fullmatch(bare):
        names = {
            name
            for text in sentences(bare)
            if f"({bare})" in text  # the pattern is read only where it may match
            for formula, name in _bracketed_formulas(text)
            if formula == bare and name
        }
        return list(names) if len(names) == 1 else []
    if not bare.islower():
        return []
    formulas = {
        formula
        for text in sentences(bare)
        if f"{bare} (" in text
        for formula, name in _bracketed_formulas(text)
        if name == bare and _FORMULA.fullmatch(formula)
    }
    return list(formulas) if len(formulas) == 1 else []


_GLOSS_WORDS = r"[a-z][a-z-]+(?:\s+[a-z][a-z-]+){0,2}"
_NOT_A_GLOSS = word_set(
    "a an the of in on at for with by to from and or not as so his her its their"
)


def or_gloss_forms(key: str, prompt: str, sentences: Callable[[str], Sequence[str]]) -> list[str]:
    """The other common noun the document gives the key after "or" between commas or in a
    bracket ("envoys, or messengers," for "envoys", and back): the document says it is the
    same thing. Only a noun phrase of the key's number, never one the question shows nor a
    phrase opened or closed by an article or a preposition ("by land, or by sea,")."""
    if not key.islower() or len(key.split()) > 3:
        return []
    name = re.escape(key)
    patterns = (
        re.compile(rf"(?<![\w-]){name},\s+or\s+(?P<gloss>{_GLOSS_WORDS})(?=,)"),
        re.compile(rf"(?<![\w-]){name}\s+\(or\s+(?P<gloss>{_GLOSS_WORDS})\)"),
        re.compile(rf"(?P<before>[\w’'-]+)\s+(?P<gloss>[a-z][a-z-]+),\s+or\s+{name}(?=,)"),
    )
    plural = key.endswith("s")
    forms = []
    for text in sentences(key):
        for pattern in patterns:
            for found in pattern.finditer(text):
                gloss = found["gloss"].split()
                before = found.groupdict().get("before")
                if before and word_tags(before.casefold()) & {"NOUN", "ADJ", "PROPN"}:
                    continue  # "tide tables, or almanacs,": the noun may be a compound's end
                if gloss[0] in _NOT_A_GLOSS or gloss[-1] in _NOT_A_GLOSS:
                    continue
                if gloss[-1].endswith("s") != plural or " ".join(gloss) == key:
                    continue
                forms.append(" ".join(gloss))
    shown = f" {normalize(prompt)} "
    return [form for form in dict.fromkeys(forms) if f" {normalize(form)} " not in shown]


def term_wording_forms(
    term: str,
    prompt: str,
    abbreviations: Mapping[str, str],
    sentences: Callable[[str], Sequence[str]],
) -> list[str]:
    """The other wordings the document gives a term of common words: the same words bent
    otherwise ("concentrated solar power" beside "concentrating solar power"), with the
    abbreviation it defines for either, the term with the abbreviation of its opening
    words as the document writes it ("PV cell" where it defines "photovoltaic (PV)"), and
    the name it says the term is also called by ("solar cell" of "a photovoltaic cell,
    also called a solar cell", either way round).
    ``sentences`` gives the document's sentences that hold some words. Not a form the
    question shows ("What does CSP stand for?")."""
    words = term.split()
    if not words or not term.islower() or len(words) > 4:
        return []
    pattern = r"\s+".join(_stem_pattern(word) for word in words)
    plain = " ".join(word for word in words if _stem_pattern(word) == re.escape(word))
    found = re.compile(rf"(?<![\w'-])(?<!’)(?:{pattern})s?(?![\w'-])(?!’)", re.IGNORECASE)
    wordings = {term}
    if plain != term:
        for text in sentences(plain or term):
            wordings |= {
                match.group().casefold().removesuffix("s")
                for match in found.finditer(text)
                if len(match.group().split()) == len(words)
            }
    wordings = {w for w in wordings if w == term or w != term.removesuffix("s")}
    forms = sorted(w for w in wordings if w != term)
    forms += [short for short, full in abbreviations.items() if found.fullmatch(full.strip())]
    for short, full in abbreviations.items():
        opening = full.strip().casefold()
        if term.casefold().startswith(f"{opening} "):
            form = f"{short}{term[len(opening) :]}"  # "PV cell" where "photovoltaic (PV)"
            written = re.compile(rf"(?<![\w'-])(?<!’){re.escape(form)}s?(?![\w'-])(?!’)")
            if any(written.search(text) for text in sentences(form)):
                forms.append(form)
    article = r"(?:(?:an?|the)\s+)?"
    after = re.compile(
        rf"(?<![\w'-])(?<!’){re.escape(term)}s?\s*[,(]\s*{_TERM_ALIAS_CUE}\s+{article}"
        rf"(?P<alias>{_TERM_PHRASE})\s*[,)]",
        re.IGNORECASE,
    )
    # Read backwards, only "also called" makes two names of one thing: "a new entry,
    # called a stack frame" describes the term, and the description is no answer.
    before = re.compile(
        rf"{_ALIAS_OPENING}(?P<alias>{_TERM_PHRASE})\s*,\s*{_SYNONYM_CUE}\s+"
        rf"{article}{re.escape(term)}s?\s*[,)]",
        re.IGNORECASE,
    )
    for text in sentences(term):
        for cue in (after, before):
            forms += [
                _singular_alias(match["alias"]) if term[-1:] != "s" else match["alias"]
                for match in cue.finditer(text)
            ]
    shown = f" {normalize(prompt)} "
    return [
        form
        for form in dict.fromkeys(forms)
        if form.casefold() != term.casefold() and f" {normalize(form)} " not in shown
    ]


def region_qualified_forms(
    answer: str,
    names: Sequence[tuple[str, str]],
    written: Callable[[str], bool],
    texts: Sequence[str],
) -> list[str]:
    """A place with the region or country the document writes after it ("Kellby, Norland"
    for "Kellby", where it writes so): the learner who adds where the place lies names the
    same place. Only a region that is one of the document's places or countries. ``texts``:
    the document's sentences that hold the answer's words, where such a form is written."""
    if "," in answer:
        return []
    qualifier = f"{answer}, "
    after = [
        text[start + len(qualifier) :] for text in texts for start in occurrences(text, qualifier)
    ]
    if not after:
        return []  # never written with a comma after it: no region to try
    return [
        form
        for region in values_opening(names, ("place", "country"), after)
        if region != answer and written(form := f"{answer}, {region}")
    ]


_POSITION_WORDS = (
    *("Lower", "Upper", "Greater", "Central", "Inner", "Outer"),
    *("North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western"),
)
"""Words naming a part of a larger place. Not "Old": an "Old Kell" is mostly another site,
the one a town left."""
_POSITIONED_PLACE = LazyPattern(
    rf"(?P<position>{'|'.join(_POSITION_WORDS)})\s+(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
)
_LOWER_POSITIONS = (
    *("upper", "lower", "central", "inner", "outer", "northern", "southern", "eastern"),
    *("western", "north-eastern", "northeastern", "north-western", "northwestern"),
    *("south-eastern", "southeastern", "south-western", "southwestern"),
)
"""Words for a part of a place written in small letters ("northern Vessmark"): no part of a
name, so the place after them is the larger place itself, a country or a state too."""
_LOWER_POSITIONED_PLACE = LazyPattern(
    rf"(?P<position>{'|'.join(_LOWER_POSITIONS)})\s+(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
)


def _names_alone(text: str, place: str, parts: Sequence[str]) -> bool:
    """Whether ``text`` names ``place`` outside the names of its ``parts``."""
    for part in parts:
        text = text.replace(part, " ")
    return whole_name(place).search(text) is not None


def position_free_forms(
    answer: str,
    quote: str,
    written_alone: Callable[[str, tuple[str, ...]], bool],
    texts: Sequence[str] = (),
    sentences: Callable[[str], Sequence[str]] = lambda words: (),
) -> list[str]:
    """A place named by its part of a larger one without the position word ("Vessmark" for
    "Lower Vessmark"), where the document names the larger place alone (``written_alone``:
    the place written outside any of its parts' names): the learner names where it lies.
    Not where the question's own sentence (``quote``) sets two parts apart ("from Lower to
    Upper Vessmark"), nor where it or another sentence naming the answer (``texts``) names
    the larger place too ("born in Lower Vessmark, not in Vessmark"): the two are then told
    apart. Nor for a country, a state or a continent of its own ("South Africa", "West
    Virginia") or a part of one ("Inner Mongolia"), which is another land; a position in
    small letters is no part of a name ("northern Norland" is a part of Norland), where the
    document (``sentences``: those holding some words) never writes the place after another
    name word ("New Norland"); such a place the document names only in the key needs not be
    written alone."""
    lower = _LOWER_POSITIONED_PLACE.fullmatch(answer)
    found = lower or _POSITIONED_PLACE.fullmatch(answer)
    if found is None or answer in lexicon.KNOWN_LANDS:
        return []
    place = found["place"]
    if (place in lexicon.KNOWN_LANDS and lower is None) or any(
        lexicon.sort_word(word) for word in place.split()
    ):
        return []
    positions = (*_POSITION_WORDS, *_LOWER_POSITIONS)
    parts = tuple(f"{position} {place}" for position in positions)
    if any(part != answer and part in quote for part in parts):
        return []
    if any(_names_alone(text, place, parts) for text in (quote, *texts) if answer in text):
        return []
    if lower is not None and not _led_only_by(place, "", sentences(place)):
        return []
    if lower is not None and all(answer in text for text in sentences(place)):
        return [place]  # "eastern Orrin" the document's only Orrin: no other place so named
    return [place] if written_alone(place, parts) else []


def region_unqualified_forms(
    answer: str, names: Sequence[tuple[str, str]], written: Callable[[str], bool]
) -> list[str]:
    """A place without the region or country written after it ("Kellby" for "Kellby,
    Norland"), where the region is one of the document's places or countries: the learner
    who leaves out where it lies names the same place. Not where the document also writes
    the place name with another of its regions (``written``: "Kellby, Orsland")."""
    place, comma, region = answer.partition(", ")
    if not comma or "," in region:
        return []
    regions = _regions(names)
    if region not in regions:
        return []
    elsewhere = [other for other in regions if other != region and written(f"{place}, {other}")]
    return [] if elsewhere else [place]


def _regions(names: Sequence[tuple[str, str]]) -> dict[str, None]:
    """The places and countries among a document's (kind, value) names, in order: built once
    per document, not once per place fact."""
    if isinstance(names, DocumentNames):
        return names.worked_out(_regions_of)
    return _regions_of(tuple(names))


@lru_cache(maxsize=64)
def _regions_of(names: tuple[tuple[str, str], ...]) -> dict[str, None]:
    return dict.fromkeys(value for kind, value in names if kind in ("place", "country"))


_PLACES_IN_A_LIST = (
    r"districts|boroughs|towns|cities|villages|ports|counties|provinces|regions|states|islands|"
    r"parishes|municipalities|communes|wards|neighbou?rhoods|countries|between|both|either"
)
_LIST_BEFORE = LazyPattern(
    rf"(?:[A-Z][\w’'.-]*,\s*|:\s*|\b(?:{_PLACES_IN_A_LIST})\s+(?:of\s+)?(?:the\s+)?)$"
)
"""What stands before a list of places: one of its names, a colon ("Its districts: Kell,
Orsk") or a plural word for places ("the districts of Kell, Orsk")."""
_LIST_AFTER = LazyPattern(
    r"\s*(?:,\s*(?:(?:and|or)\s+)?[A-Z]|,?\s+(?:and|or|&|plus|as\s+well\s+as|along\s+with)\s"
    r"|,\s*etc\b)"
)
"""What goes on with a list after two of its names: a third ("Kell, Orsk, Varn"), or "and",
"or", "as well as" before anything ("Kell, Orsk and the port of Varn")."""


def written_as_qualified(form: str, text: str) -> bool:
    """Whether ``text`` writes "Place, Region" as one place qualified by its region, not as
    two items of a list of names ("its hall stood in Kell, Orsk and Dunmere")."""
    for match in whole_name(form).finditer(text):
        if not _LIST_BEFORE.search(text[: match.start()]) and not _LIST_AFTER.match(
            text[match.end() :]
        ):
            return True
    return False


def particle_surname_forms(answer: str, names: Sequence[str]) -> list[str]:
    """ "de la Fontaine", "La Fontaine" and "Fontaine" for "Jean de la Fontaine" where no
    other name of the document of two words or more ends in that surname ("Maciot de
    Marlac" beside "Jean de Marlac"); a surname named alone, or after a rank alone
    ("General Fontaine"), is his own, as is his name after a rank ("Marshal Jean de la
    Fontaine")."""
    forms = surname_forms(answer)
    if not forms:
        return []
    surname, own = normalize(forms[-1]), normalize(answer)
    shared = any(
        len(key.split()) >= 2 and surname in key.split() and f" {own} " not in f" {key} "
        for key in (normalize(name) for name in names if _untitled(name) != forms[-1])
    )
    return [] if shared else forms


_INITIAL = LazyPattern(r"[A-Z]\.")


def uninitialled_forms(answer: str, names: Sequence[str]) -> list[str]:
    """ "John Weller" for "John B. Weller": a middle initial is the part of a name a learner
    leaves out. Not where another name of the document reads the same without its
    initials ("John C. Weller")."""
    words = answer.split()
    if len(words) < 3 or _INITIAL.fullmatch(words[0]) or _INITIAL.fullmatch(words[-1]):
        return []
    plain = [word for word in words if not _INITIAL.fullmatch(word)]
    if len(plain) == len(words):
        return []
    key, own = normalize(" ".join(plain)), normalize(answer)
    for name in names:
        other = [word for word in name.split() if not _INITIAL.fullmatch(word)]
        if normalize(name) != own and normalize(" ".join(other)) == key:
            return []
    return [" ".join(plain)]


def given_initials_forms(
    answer: str, people: Sequence[str], written: Callable[[str], bool]
) -> list[str]:
    """A person's name with the given names as initials where the document writes it so
    (``written``): "J. R. Tolvin" for "John Ronald Tolvin"; and for such initials the one
    name in full the document gives them ("John Ronald Tolvin" for "J. R. Tolvin"). Not
    where two of its people share the initials and surname ("James Roy Tolvin")."""
    by_initials = _people_by_initials(tuple(people))
    initialled = initialled_name(answer)
    if initialled is not None:
        bearers = by_initials.get(initials_key(initialled), [])
        spellings = (initialled, initialled.replace(". ", "."), initialled.replace(".", ""))
        shared = any(name != answer for name in bearers)
        if not shared and any(written(form) for form in spellings):
            return [initialled]
        return []
    words = answer.split()
    if len(words) < 2 or not all(_INITIAL.fullmatch(word) for word in words[:-1]):
        return []
    bearers = by_initials.get(initials_key(answer), [])
    return list(bearers) if len(bearers) == 1 else []


@lru_cache(maxsize=64)
def _people_by_initials(people: tuple[str, ...]) -> dict[str, list[str]]:
    """The people written in full words, keyed by their initialled name as the grader reads
    it ("jrtolvin" for "John Ronald Tolvin"): built once per document, not once per fact."""
    index: dict[str, list[str]] = {}
    for name in dict.fromkeys(people):
        short = initialled_name(name)
        if short is not None:
            index.setdefault(initials_key(short), []).append(name)
    return index


def double_surname_forms(
    answer: str, names: Sequence[str], refers_back: Callable[[str], bool]
) -> list[str]:
    """ "Ortega" and "Ortega Vidal" for "Rosa Ortega Vidal" where the document writes
    "Ortega" alone after naming her in full (``refers_back``) and no other of its names
    holds it: the first of a double surname is the one the document calls her by."""
    words = answer.split()
    if len(words) != 3 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return []
    first, key = words[1], normalize(words[1])
    keys, by_word = _keys_by_word(tuple(names))
    own = normalize(answer)
    if key not in keys or any(k not in (key, own) for k in by_word.get(key, ())):
        return []
    return [first, " ".join(words[1:])] if refers_back(first) else []


def paired_surname_forms(answer: str, names: Sequence[str]) -> list[str]:
    """ "Ortega Vidal" for "Rosa Ortega Vidal": a name of three words whose middle one is a
    family name and no given name is a given name and two surnames, called by both; no
    other name of the document (``names``) holds them ("Luis Ortega Vidal")."""
    words = answer.split()
    if (
        len(words) != 3
        or not lexicon.reads_as_personal_name(answer)
        or not lexicon.family_name(words[1])
        or words[1] in lexicon.given_names()
    ):
        return []
    surnames = " ".join(words[1:])
    key, own = f" {normalize(surnames)} ", normalize(answer)
    _, by_word = _keys_by_word(tuple(names))
    held = by_word.get(normalize(words[1]), set())
    return [] if any(other != own and key in f" {other} " for other in held) else [surnames]


@lru_cache(maxsize=64)
def _keys_by_word(names: tuple[str, ...]) -> tuple[frozenset[str], dict[str, set[str]]]:
    """The normalised names, and those of them that hold each word: built once per document,
    not read through once per fact."""
    keys = frozenset(normalize(name) for name in names)
    by_word: dict[str, set[str]] = {}
    for key in keys:
        for word in key.split():
            by_word.setdefault(word, set()).add(key)
    return keys, by_word


def nickname_full_forms(
    answer: str, people: Sequence[str], mentions: Callable[[str], int]
) -> list[str]:
    """ "Orm Slim" for "Slim": a one-word nickname with the full one the document gives it,
    where that one does not open with a given name (then the word is a surname, which
    ``surname_bearer_forms`` reads) and the document names that bearer (``mentions``) twice
    or more and more than twice as often as each other ("Memphis Slim" said once aside).
    """
    if len(answer.split()) != 1 or not answer[:1].isupper():
        return []
    bearers = [
        name
        for name in dict.fromkeys(people)
        if len(name.split()) >= 2 and name.split()[-1] == answer
    ]
    if not bearers:
        return []
    counts = {name: mentions(name) for name in bearers}
    top = max(bearers, key=lambda name: counts[name])
    if top.split()[0] in lexicon.given_names():
        return []
    if counts[top] < 2 or any(2 * counts[name] >= counts[top] for name in bearers if name != top):
        return []
    return [top]


def surname_bearer_forms(
    answer: str, people: Sequence[str], named_last: Callable[[Sequence[str]], str | None]
) -> list[str]:
    """A surname answer ("Marlac") with the particle every bearer of the document writes it
    with ("de Marlac"), and the full name of the bearer the document names last before the
    sentence (``named_last``, of the bearers given): the surname alone refers back to him
    ("Jean de Marlac", where his nephew "Maciot de Marlac" comes later; "Tomas Rask" named
    after the critic "Ida Rask", before "Rask lit the set")."""
    if len(answer.split()) != 1 or not answer[:1].isupper():
        return []
    bearers = [name for name in dict.fromkeys(people) if name.split()[-1] == answer]
    bearers = [name for name in bearers if len(name.split()) >= 2]
    particles = {" ".join(surname_forms(name)[:1]) for name in bearers}
    forms = list(particles) if len(particles) == 1 and "" not in particles else []
    last = named_last(bearers) if bearers else None
    if last is not None:
        forms.append(last)
    return forms


_RANKS_BEFORE_A_SURNAME = word_set("dr professor general admiral captain colonel commander lord")
"""Titles people put before the surname alone ("General Brell", "Dr Ruiz"); a knight or a
dame is "Sir Edmund", by the given name."""


def ranked_surname_forms(
    key: str, accepted: Sequence[str], written: Callable[[str], bool] = lambda form: False
) -> list[str]:
    """ "General Brell" for "Tomas Brell", written "General Tomas Brell": one of rank as
    people address them, where the surname alone is accepted (no one else of the document
    bears it); and so for "Tomas R. Brell" where the document writes "General Brell"
    (``written``), whatever the name's length."""
    forms = []
    for form in (key, *accepted):
        words = form.split()
        if (
            len(words) == 3
            and words[0].rstrip(".").casefold() in _RANKS_BEFORE_A_SURNAME
            and words[2] in accepted
        ):
            forms.append(f"{words[0]} {words[2]}")
    words = key.split()
    if len(words) >= 2 and words[-1] in accepted:
        forms += [
            ranked
            for rank in sorted(_RANKS_BEFORE_A_SURNAME)
            if written(ranked := f"{rank.capitalize()} {words[-1]}")
        ]
    return list(dict.fromkeys(forms))


_PERSON_TITLES = lexicon.PERSON_TITLES | word_set(
    "brother sister father friar abbot abbess prior st mother miss"
)


def untitled_forms(answer: str) -> list[str]:
    """A person's name without the title before it ("Anselm Kerr" for "Brother Anselm
    Kerr", "Olaf II" for "King Olaf II"): the name alone says who. A title before a
    single name stays ("Pope Urban" is not "Urban")."""
    words = answer.split()
    if len(words) < 3 or words[0].casefold().rstrip(".") not in _PERSON_TITLES:
        return []  # "Dr." is "Dr"
    rest = words[1:]
    if not all(w[:1].isupper() for w in rest):
        return []  # "King of the Franks"
    return [" ".join(rest)]


_INSTITUTION_SORTS = word_set(
    "Airport Hospital Clinic Library School College University Academy Institute Museum Gallery"
    " Stadium Arena Tower Bridge Park Hall Palace Castle Cathedral Church Abbey Chapel Temple"
    " Mosque Street Road Avenue Square Building Centre Center Theatre Theater Station Catalogue"
    " Catalog Observatory Prison Studios Elementary Primary Secondary High Middle International"
    " National"
)
"""Sort words that close the name of a building, a site or an institution: the words before
them are what people call it by ("Vessa Hill" for "Vessa Hill Hospital", "Harwick" for
"Harwick High School")."""
_BUSINESS_SORTS = word_set(
    "Sports Media Productions Pictures Records Airlines Airways Motors Entertainment"
    " Broadcasting Networks Publishing Industries Enterprises Holdings Group"
)
"""Words that close a firm's trading name after what people call it by ("Setanta" of
"Setanta Sports", "Eon" of "Eon Productions")."""
_BODY_SORTS = _INSTITUTION_SORTS | _BUSINESS_SORTS
"""The sort words that close an organisation's or another body's name."""
_RULER_SORTS = word_set("Emperor Empress Khan Khagan")
"""A ruler named by a reign or with a title after the name ("the Kell Emperor", "Temmis
Khan"), called by the name alone."""
_OTHER_ENTITY_KINDS = ("person", "place", "country")


def sort_phrase_forms(
    answer: str, names: Sequence[str], written_alone: Callable[[str], bool]
) -> list[str]:
    """ "Fire Academy" for "ORMFD Fire Academy": the common words that close an
    institution's name, where the document also calls it so alone (``written_alone``: "the
    fire academy") and no other of its names ends in them. Otherwise a guess from the
    question's sort word would pass ("Elementary School")."""
    words = answer.split()
    start = len(words)
    while (
        start > 1
        and words[start - 1][:1].isupper()
        and word_tags(words[start - 1].casefold())
        and words[start - 1] not in lexicon.PLACE_WORDS  # "Vessa Hill" is the name's own
    ):
        start -= 1
    phrase = words[start:]
    if len(phrase) < 2 or start == 0 or phrase[-1] not in _INSTITUTION_SORTS:
        return []
    tail, own = normalize(" ".join(phrase)), normalize(answer)
    if any(
        key != own and f" {key}".endswith(f" {tail}") for key in map(normalize, names)
    ) or not written_alone(" ".join(phrase)):
        return []
    return [" ".join(phrase)]


_ADDED_SORTS = (_BODY_SORTS | lexicon.ORGANISATION_WORDS | word_set("Tower Airport Station")) - (
    word_set("Street Road Avenue Square Park Bridge Elementary Primary Secondary High Middle")
    | word_set("International National")
)
"""Sort words the document may add to what it also calls a body, a building or a site by
alone ("Marlowe Tower" for "Marlowe", "Harlan Company" for "Harlan"); a street, a park or
a bridge named after a place is another thing."""


_BODY_WORDS = ONE_PER_COUNTRY | word_set("Council Assembly Court Police Guard Committee Commission")
"""The last words of a body's name: a council, a navy, a court."""


_SETTLEMENT_NOUNS = word_set(
    "town towns city cities village villages municipality municipalities borough boroughs"
    " commune communes parish parishes suburb suburbs settlement settlements"
)
"""Nouns a question asks a settlement by ("Which municipality is the poorest?"): the
settlement's name with a sort word added ("Orm Railroad", "Orm Airport") is another thing."""


def sort_added_forms(answer: str, names: Sequence[tuple[str, str]], prompt: str = "") -> list[str]:
    """The one longer name of the document that only adds a sort word to the answer ("NTV
    Red Network" for "NTV Red", "Ostby Airport" for "Ostby"): the learner may name the sort
    with it. Not where two such names ("Marlowe Tower", "Marlowe Company") make the answer
    two things. For a body's name with its sort word, also the name without it that the
    document gives a body or a thing of no known kind ("NTV Red" for "NTV Red Network"), and
    the name without an owner's capitals before it where the document writes that too ("Red
    Network"). Never a place's body for the place: the "Orvland Navy" is not Orvland."""
    words = answer.split()
    place = named_as(names, ("place", "country"), answer)
    if any(word in _SETTLEMENT_NOUNS for word in re.findall(r"[a-z]+", prompt)):
        return []  # a town asked for: "Orm Railroad" is no town

    def starting(start: Sequence[str]) -> set[str]:
        opening = " ".join(start) + " "
        return {
            value
            for value in values_one_word_longer(names, start)
            if value.startswith(opening)
            and value.split()[-1] in _ADDED_SORTS
            and not (place and value.split()[-1] in _BODY_WORDS)
        }

    longer = starting(words)
    forms = sorted(longer) if len(longer) == 1 else []
    if len(words) >= 2 and words[-1] in _ADDED_SORTS and starting(words[:-1]) == {answer}:
        short = " ".join(words[:-1])
        alone = named_as(names, ("organisation", "other"), short)
        if alone and short not in _COUNTRY_OR_STATE:
            key = f" {normalize(short)} "
            # "Ohio" of "Ohio Company" beside "Ohio Valley": the short name is other things' too
            held = any(
                key in f" {normalize(value)} "
                for _, value in names
                if value not in (answer, short) and short.casefold() in value.casefold()
            )
            if not held:
                forms.append(short)
    for full in (answer, *forms):
        full_words = full.split()
        if len(full_words) < 3 or not _owner_s_capitals(full_words[0]):
            continue
        tail = " ".join(full_words[1:])
        if full_words[-1] not in _ADDED_SORTS:
            continue
        others = [value for value in _names_ending_with(names, tail) if value != full]
        if not others and any(value == tail for _, value in names):
            forms.append(tail)
    if len(words) >= 2 and words[-1] in _ADDED_SORTS:
        holders = _names_ending_with(names, answer)
        owned = {value for value in holders if _owner_s_capitals(value.removesuffix(f" {answer}"))}
        if len(owned) == len(holders) == 1:
            forms.extend(owned)  # "NTV Red Network" for "Red Network"
    return list(dict.fromkeys(forms))


def _names_ending_with(names: Sequence[tuple[str, str]], tail: str) -> list[str]:
    """The values of (kind, value) pairs, one a pair and in order, that end with ``tail``
    after a space ("NTV Red Network" for "Red Network"): looked up in an index of the
    document's names built once, as each fact of a long document asks again."""
    if isinstance(names, DocumentNames):
        return names.worked_out(_names_by_tail).get(tail, [])
    return [value for _, value in names if value.endswith(f" {tail}")]


def _names_by_tail(names: Sequence[tuple[str, str]]) -> dict[str, list[str]]:
    """The values of (kind, value) pairs by each of their ends after a space."""
    found: dict[str, list[str]] = {}
    for _, value in names:
        for at, character in enumerate(value):
            if character == " ":
                found.setdefault(value[at + 1 :], []).append(value)
    return found


def _owner_s_capitals(word: str) -> bool:
    """Whether a word is capitals that name a body's owner before its name ("NTV")."""
    return word.isupper() and word.isalpha() and len(word) >= 2


def named_in_capitals_forms(answer: str, prompt: str, written: Callable[[str], bool]) -> list[str]:
    """The name in capitals that opens a key of common words saying what it is ("ORMNET"
    for "ORMNET packet network"), where the document writes the capitals alone
    (``written``) and the question does not show them: the name is what it is called."""
    words = answer.split()
    name = words[0] if words else ""
    if len(words) < 2 or not (name.isupper() and name.isalpha() and len(name) >= 3):
        return []
    if not all(word.islower() for word in words[1:]):
        return []
    if f" {normalize(name)} " in f" {normalize(prompt)} " or not written(name):
        return []
    return [name]


def _distinctive_part(name: str, kind: str) -> tuple[str, str] | None:
    """The words of a name before its closing sort words, with its last sort word ("Harwick",
    "School" of "Harwick High School"; "Corvin", "School" of "Corvin School of Music"), or
    None when the name has no such words or nothing distinctive is left."""
    words = name.split()
    sorts = (
        _RULER_SORTS
        if kind == "person"
        else _BODY_SORTS
        if kind in ("organisation", "other")
        else _INSTITUTION_SORTS
    )
    if kind != "person" and len(words) >= 4 and words[-2] == "of" and words[-3] in sorts:
        words = words[:-2]  # "Corvin School of Music": the field says what is taught
    end = len(words)
    while end > 1 and words[end - 1] in sorts:
        end -= 1
    if end == len(words) or (kind == "person" and (end != 1 or len(words) != 2)):
        return None
    rest = words[:end]
    if not all(word[:1].isupper() for word in rest) or ends_inside_a_sort(rest):
        return None  # "Museum of the Sea", "Orm Fire" of "Orm Fire Academy"
    return " ".join(rest), words[-1]


def _taught_field(name: str) -> str | None:
    """The field that closes an institution's name ("Music" of "Corvin School of Music")."""
    words = name.split()
    if len(words) >= 4 and words[-2] == "of" and words[-3] in _INSTITUTION_SORTS:
        return words[-1]
    return None


def distinctive_forms(
    answer: str,
    kind: str,
    names: Sequence[tuple[str, str]],
    apart: Callable[[str, Sequence[str]], bool] = lambda part, wholes: False,
) -> list[str]:
    """The distinctive words of a named building, institution or reign ("Vessa Hill" for
    "Vessa Hill Hospital", "Kell" for "Kell Emperor"), and the longer names of the
    document that only add sort words to the same distinctive part ("Orsby International
    Airport" for "Orsby Airport"). Not where the part names another thing of the document
    (a person "Theodore Hesk" beside "Hesk Library", the town of "Orsby
    Stadium", another "Orsby College"), nor where it is a common word or a country, nor
    where the document writes it outside those names (``apart``: "Orsby is a village"),
    unless a ruler is the one named (the reign's name alone is his)."""
    found = _distinctive_part(answer, kind)
    if found is None:
        return []
    short, sort = found
    key, own = normalize(short), normalize(answer)
    same = [
        value
        for _, value in names
        if normalize(value) != own and _distinctive_part(value, kind) == (short, sort)
    ]
    field = _taught_field(answer)
    if field is not None and any(_taught_field(value) not in (None, field) for value in same):
        return []  # "Marlow College of Art" beside "Marlow College of Music": two colleges
    for other_kind, value in names:
        value_key = normalize(value)
        if value in same or f" {key} " not in f" {value_key} " or f" {own} " in f" {value_key} ":
            continue  # "Ming Kell Emperor" holds the whole name: it is the same man
        if kind == "person" and other_kind == "person" and value_key == key:
            continue  # "Temmis" named alone: the same man
        if value_key != key or other_kind in _OTHER_ENTITY_KINDS:
            return same  # "Theodore Hesk", "Orsby College", the town "Orsby"
    common = len(short.split()) == 1 and bool(word_tags(short.casefold()))
    if (
        len(short) < 3
        or common
        or short.casefold() in lexicon.COMMON_START_WORDS
        or short in _COUNTRY_OR_STATE
        or short in lexicon.IRREGULAR_DEMONYMS
        or (kind != "person" and apart(short, [answer, *same]))
    ):
        return same
    return [*same, short]


def other_number_forms(
    answer: str, names: Sequence[tuple[str, str]], written: Callable[[str], bool]
) -> list[str]:
    """A name of things in the other number, as the document also writes it ("Glass Key"
    for "Glass Keys", "Vx-9" for "Vx-9s"): one sort of thing, counted otherwise. Not
    where another name holds that form ("Vessa Sea" beside "Vessas")."""
    last = answer.split()[-1] if answer.split() else ""
    if not last[:1].isupper() or last.endswith(("ss", "us", "is")):
        return []
    other = answer[:-1] if last.endswith("s") and len(last) > 3 else f"{answer}s"
    key, own = normalize(other), normalize(answer)
    held = any(name_key not in (key, own) for _, name_key in values_holding(names, key))
    return [other] if not held and written(other) else []


_FUNCTION_WORDS = word_set("of in on at for with by to from and or the a an")


_ASKS_WHICH_HEAD = LazyPattern(r"(?:^|,\s+)[Ww]hich\s+(?P<head>[a-z][a-z-]{2,})\b")
"""A question that opens on "Which" and the noun it asks for ("Which railways ...?")."""
_ASKS_WHAT_HEAD_IS_CALLED = LazyPattern(
    r"^What\s+(?:(?:is|was)\s+(?:an?|the)|are|were)\s+(?P<head>[a-z][a-z-]{2,})\b.*\bcalled\?$"
)
"""A question that asks what a thing of a sort is called ("What is a pass used ... called?",
"What are lenses ... called?"): it names the sort, and the answer is the kind."""
_BARE_MODIFIERS = word_set(
    "first second third last new old other same main small large big little long short high"
    " low early late great general common special single double full open closed"
)
"""Words that tell no one thing of a sort from the rest when typed alone ("long" of "long
pass")."""


def modifier_forms(term: str, prompt: str) -> list[str]:
    """What a learner may type for a term of common words: its modifier alone where the
    question opens on "Which" and the term's head noun ("narrow-gauge" for "narrow-gauge
    railways" to "Which railways climb the pass?": the kind is the answer) or asks what a
    thing of that head noun is called ("skid" for "skid pass" to "What is a pass used ...
    called?"), and the compound without a nationality before it ("national anthem" for
    "Danish national anthem"). Never the modifier to another "What ...?" question ("solar"
    says nothing of "solar kiln" to "What is the most basic kiln?"), nor a generic one
    ("long" of "long pass"), nor the head noun alone ("reviews" for "positive reviews")."""
    words = term.split()
    if any(word.casefold() in _FUNCTION_WORDS for word in words):
        return []
    if len(words) >= 3 and words[0] in lexicon.COUNTRY_DEMONYMS and " ".join(words[1:]).islower():
        return [" ".join(words[1:])]
    asked = _ASKS_WHICH_HEAD.search(prompt) or _ASKS_WHAT_HEAD_IS_CALLED.match(prompt)
    if (
        len(words) == 2
        and asked is not None
        and asked["head"].removesuffix("s") == words[1].casefold().removesuffix("s")
        and words[0].islower()
        and len(words[0]) >= 3
        and words[0] not in _BARE_MODIFIERS
    ):
        return [words[0]]
    return []


_PEOPLE_ENDING = LazyPattern(r"(?:ian|an|ish|ese|i|n)")
"""How a people's word made of a place's name ends ("Orskian" of "Orsk", "Vellish")."""


def _place_lead(words: Sequence[str], places: Collection[str]) -> int:
    """How many of the first words (one or two) name a place ("New York" of "New York
    Comets"): a country, a state or a place of the document, or the word of its people
    ("Mexican" of "Mexican Football League", "Orskian" where the document names Orsk);
    0 when none do."""
    for size in (2, 1):
        lead = " ".join(words[:size])
        if len(words) > size and (lead in _COUNTRY_OR_STATE or normalize(lead) in places):
            return size
    first = words[0] if len(words) > 1 else ""
    if first in lexicon.COUNTRY_DEMONYMS or any(
        first.startswith(place.title()) and _PEOPLE_ENDING.fullmatch(first[len(place) :])
        for place in places
        if " " not in place
    ):
        return 1
    return 0


def _other_place_asked(lead: Sequence[str], prompt: str, places: Collection[str]) -> bool:
    """Whether the question names a place of the document and none the lead word is of
    ("Vessian" where it asks of Kessland): the lead adds a people the question does not say."""
    shown = f" {normalize(prompt)} "
    asked = [place for place in places if f" {place} " in shown]
    own = normalize(" ".join(lead))
    return bool(asked) and not any(own[:4] == place[:4] for place in asked)


def _place_told(lead: Sequence[str], prompt: str, places: Collection[str]) -> bool:
    """Whether the question names the place that ``lead`` names ("Orvland" of "Orvland
    Navy"), as a word of its own."""
    own = normalize(" ".join(lead))
    named = own in places or " ".join(lead) in _COUNTRY_OR_STATE
    return named and f" {own} " in f" {normalize(prompt)} "


def place_qualified_forms(
    answer: str,
    names: Sequence[tuple[str, str]],
    apart: Callable[[str], bool],
    prompt: str = "",
) -> list[str]:
    """A team's, a paper's, a body's or an event's name with and without the place or the
    people's word before it, as the document writes both: "Comets" for "New York Comets"
    where it also writes "Comets" alone (``apart``), "New York Comets" for "Comets" where
    that is its one longer name, "Independence War" for "Orskian Independence War".
    Not where another name holds the short form ("Comets Hall"), nor for a common word, nor
    a longer name whose people the question does not say where it names another place
    ("Vessian Diploma" for "Diploma" asked of Kessland)."""
    places = place_keys(names)
    own = normalize(answer)
    words = answer.split()
    lead = _place_lead(words, places)
    short = " ".join(words[lead:]) if lead else answer
    if not all(word[:1].isupper() for word in short.split()):
        return []
    key = normalize(short)
    holders = [
        value for value, value_key in values_holding(names, key) if value_key not in (own, key)
    ]
    told = lead and _place_told(words[:lead], prompt, places)
    if told and not holders and short.split()[-1] in _BODY_WORDS:
        return [short]  # "State Council" asked of Orvland: the question says whose it is
    if len(short.split()) == 1 and word_tags(short.casefold()):
        return []  # "Assembly", "Times": the word alone says nothing
    if lead:
        return [short] if not holders and apart(short) else []
    longer = []
    for value in holders:
        value_words = value.split()
        size = _place_lead(value_words, places)
        if size and " ".join(value_words[size:]) == answer:
            if _other_place_asked(value_words[:size], prompt, places):
                return []
            longer.append(value)
    return longer if len(longer) == len(holders) == 1 else []


_GIVEN_NAME = LazyPattern(r"[A-Z][a-z’'-]+")


_NAME_WORD = r"[A-ZÀ-ÞŒ][a-zß-ÿœ’']+"
_GIVEN_NAMES = LazyPattern(rf"{_NAME_WORD}(?:-{_NAME_WORD})?|[A-Z][a-z’'-]+")
"""A name's word in any Latin letters ("Contrecœur"), or two joined by a hyphen ("Jean-Luc")."""
_NAME_PARTICLES = word_set("de da di du del della van von der den le la y bin ibn")
"""Lower-case words inside a person's full name ("Ana Pecaudy de Holm")."""


def given_name_forms(
    answer: str, kind: str, prompt: str, names: Sequence[str], written: Callable[[str], bool]
) -> list[str]:
    """A person asked by the family name ("Venn", "Lo"), with the one given name the
    document writes beside it (``written``: "Kaito Venn", "Lo Meiran", the family name
    first): the full name says the same. Not where the document gives the family name two
    given names (two people: "Ana Holm", "Per Holm"), nor where a name of it opens with a
    word that may be no given name. A name after which a common word follows ("Holm
    Bridge") is a thing named after someone, no person."""
    person = kind == "person" or (kind == "other" and asks_who(prompt))
    if not person or len(answer.split()) != 1 or not _GIVEN_NAMES.fullmatch(answer):
        return []
    full = set()
    whole = set()
    for name in names:
        words = name.split()
        while len(words) > 2 and words[0].casefold() in _PERSON_TITLES:
            words = words[1:]  # "Father Ana Holm"
        if len(words) < 2:
            continue
        if words[0] == answer:
            after = words[1]
            if _GIVEN_NAME.fullmatch(after) and not word_tags(after.casefold()):
                full.add(f"{answer} {after}")  # "Lo Meiran"
            continue
        if words[-1] != answer:
            continue
        first = words[0]
        if not _GIVEN_NAMES.fullmatch(first) or word_tags(first.casefold()):
            return []  # "Bosnian Serbs Ana Holm": whose name it is is unclear
        full.add(f"{first} {answer}")
        if not any(word in lexicon.IRREGULAR_DEMONYMS for word in words[:-1]) and all(
            _GIVEN_NAMES.fullmatch(word) or word in _NAME_PARTICLES for word in words[1:-1]
        ):
            whole.add(" ".join(words))  # not "Northern Kaito Venn", a people's word before her
    people = [
        form for form in full if not any(transliterated_alike(form, o) and o < form for o in full)
    ]
    if len(people) != 1:
        return []
    # "Ana Maria Holm" as the document writes her name in full
    return [form for form in sorted(full) if written(form)] + sorted(whole - full)


_AFFILIATED = LazyPattern(
    r"(?P<name>[A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+){1,3}),? of the (?P<body>[A-Z][\w’'.-]*(?: [\w’'.-]+)*)"
)
"""A person's name with the body the person speaks for ("Ada Venn of the Daily Courier")."""


def affiliation_forms(
    answer: str, names: Sequence[str], common: Callable[[str], bool]
) -> list[str]:
    """A person named with a paper, a party or another body ("Ada Venn of the Daily
    Courier"), by the name alone and by the surname no other name of the document
    (``names``) holds, unless the document writes it in lower case (``common``): the body
    says where the person worked, not who the person is."""
    found = _AFFILIATED.fullmatch(answer)
    if found is None:
        return []
    words = found["name"].split()
    while len(words) > 2 and words[0].casefold() in _PERSON_TITLES:
        words = words[1:]  # "Father Ana Holm of the Order of Vell"
    if words[0].casefold() in _PERSON_TITLES or not lexicon.reads_as_personal_name(" ".join(words)):
        return []
    forms = [" ".join(words)]
    surname, own = words[-1], normalize(answer)
    shared = any(
        key != own and surname.casefold() in key.split() and not key.startswith(forms[0].casefold())
        for key in map(normalize, names)
    )
    if not shared and not common(surname) and not re.fullmatch(r"[IVX]+", surname):
        forms.append(surname)
    return forms


def _first_and_last(name: str) -> str | None:
    """ "Ana Holm" of "Ana Maria Holm" or "Ana M. Holm": a name without its middle names and
    initials (None when it has none, or when it opens with a title or an initial)."""
    words = name.split()
    if len(words) < 3 or not (_GIVEN_NAME.fullmatch(words[0]) and _GIVEN_NAME.fullmatch(words[-1])):
        return None
    if words[0].casefold() in _PERSON_TITLES:
        return None
    if not all(_GIVEN_NAME.fullmatch(word) or _INITIAL.fullmatch(word) for word in words[1:-1]):
        return None  # "Ana de Holm", "Louis XIV Holm": particles and numerals stay
    return f"{words[0]} {words[-1]}"


def first_and_last_forms(name: str, names: Sequence[tuple[str, str]]) -> list[str]:
    """A person's given name and surname, as a learner types them ("Ana Holm" for "Ana
    Maria Holm"), unless another of the document's (kind, value) names reads so too ("Ana
    Lisa Holm" beside "Ana Maria Holm", or an "Ana Holm" of its own)."""
    short = _first_and_last(name)
    if short is None or short.split()[0] not in lexicon.given_names():
        return []  # "Sayyid Maududi": an honorific is no given name
    key, own = normalize(short), normalize(name)
    for other in names_by_first_and_last_word(names).get(key, ()):
        other_short = _first_and_last(other)
        if normalize(other) != own and key in (
            normalize(other),
            normalize(other_short) if other_short else None,
        ):
            return []
    return [short]


def asked_sort_forms(
    answer: str,
    prompt: str,
    names: Sequence[str],
    written: Callable[[str], bool],
    written_bare: Callable[[str], bool] = lambda form: False,
) -> list[str]:
    """The answer with the sort word the question asks for, as the document writes it
    ("rue Vavin" for "Vavin" to "At which rue ...?", "Tam River" for "Tam" to "Which river
    ...?"): the learner names the sort with the name. A form that is part of a longer name
    of the document is another thing's ("Tarland State" of "Tarland State University"),
    and a capitalised one must be a name of the document. A lower-case one must be written
    somewhere with no article before it (``written_bare``): "the company Orrvik AB" and
    "the Kell lakes" are a common noun beside a name, no name a learner types."""
    asked = _ASKED_SORT.search(prompt)
    if asked is None or not answer[:1].isupper():
        return []
    sort = asked["sort"]
    if "NOUN" not in word_tags(sort) or "AUX" in word_tags(sort):
        return []  # "What was ...?" asks for no sort
    if sort.casefold() in _WORDS_FOR_A_NAME:
        return []  # "the name Vesmar": the word says a name follows, it is no part of it
    if normalize(sort) in normalize(answer).split():
        return []
    candidates = (
        f"{sort} {answer}",
        f"{sort.capitalize()} {answer}",
        f"{answer} {sort.capitalize()}",
        f"{answer} {sort}",
    )
    keys = {normalize(name) for name in names}

    def another_thing(form: str) -> bool:
        own = f" {normalize(form)} "
        return any(own in f" {key} " and own != f" {key} " for key in keys)

    return [
        form
        for form in candidates
        if written(form)
        and not another_thing(form)
        and (normalize(form) in keys if form[:1].isupper() else written_bare(form))
    ]


_WORDS_FOR_A_NAME = word_set("name title nickname byname epithet moniker term word label")


MIN_INITIALS = 3
"""Letters the initials of a name must have to be taken as its acronym: two capitals ("PT")
stand for too many things."""


def _initials(name: str) -> str | None:
    """The capitals of a name's words ("PTC" of "Port Talbot City", "BNC" of "Bank of North
    Corrin"), or None when a word is neither capitalised nor a short joining word."""
    words = [word for word in name.split() if word not in _FUNCTION_WORDS]
    if not words or not all(word[:1].isupper() and word[1:2].islower() for word in words):
        return None
    return "".join(word[0] for word in words)


@lru_cache(maxsize=64)
def _keys_by_initials(names: tuple[str, ...]) -> dict[str, set[str]]:
    """The normalised names that have initials (``_initials``), keyed by them: built once per
    document, not read through once per fact."""
    index: dict[str, set[str]] = {}
    for name in names:
        letters = _initials(name)
        if letters is not None:
            index.setdefault(letters, set()).add(normalize(name))
    return index


def initials_forms(
    answer: str,
    names: Sequence[str],
    abbreviations: Mapping[str, str],
    written: Callable[[str], bool],
) -> list[str]:
    """The initials of a name where the document writes them (``written``) without
    spelling them out ("PTC" for "Port Talbot City"): it calls the name so. Not where
    another of its names (``names``) has the same initials, nor where the document defines
    the letters as something else. A numbered name takes its words' initials before its
    number ("SR 99" for "State Route 99")."""
    bare = re.sub(r"^[Tt]he\s+", "", answer)
    *named, number = bare.split() or [""]
    if len(named) >= 2 and number.isdigit():
        letters = _initials(" ".join(named))
        if letters is None:
            return []
        short = f"{letters} {number}"
        # "State Road 99" beside "State Route 99": the letters are either's
        alike = [
            name
            for name in names
            if name != bare
            and name.endswith(f" {number}")
            and initials_forms(name, (), {}, bool) == [short]
        ]
        return [short] if written(short) and not alike else []
    letters = _initials(bare)
    if letters is None or len(letters) < MIN_INITIALS:
        return []
    own = normalize(answer)
    if any(key != own for key in _keys_by_initials(tuple(names)).get(letters, ())):
        return []
    defined = abbreviations.get(letters)
    if defined is not None and normalize(defined) != own:
        return []
    return [letters] if written(letters) else []


def initialled_name_forms(
    answer: str, names: Iterable[str], written: Callable[[str], bool]
) -> list[str]:
    """The name letters stand for where the document never spells them out in brackets but
    ties the two itself: the one name among ``names`` (the document's) whose initials the
    letters are, and which it writes (``written``): "Kell Institute of Technology" for
    "KIT" where it also writes "KIT's campus". Two such names, or none, and the letters
    stay as they are; so do two letters ("PT"), which stand for too many things."""
    if len(answer) < MIN_INITIALS or not answer.isalpha() or not answer.isupper():
        return []
    found = {
        bare
        for bare in (re.sub(r"^[Tt]he\s+", "", name) for name in names)
        if _initials(bare) == answer and written(bare)
    }
    return list(found) if len(found) == 1 else []


_ABBREVIATED_BODIES = word_set(
    "Agency Association Administration Authority Bureau Commission Force Organisation"
    " Organization Service"
)
"""The head words of the bodies people call by their initials ("Kell Water Authority" is
"KWA"): not an army's, a navy's or a party's ("Vessian Imperial Navy" is no "VIN"), nor a
council's or an institute's, mostly called by their names ("Orm General Council")."""


def body_initials_forms(
    answer: str,
    names: Sequence[str],
    abbreviations: Mapping[str, str],
    written: Callable[[str], bool],
    prompt: str,
) -> list[str]:
    """The initials of a body's name a learner who knows it types, though the document never
    writes them ("KWA" for "Kell Water Authority", "OFRA" for "Orm Film Rights Association
    of Vessia"): a name of three or more capitalised words whose head, last or before its
    "of", is a body's that people call by its letters. Not where the letters are written
    (``written``: what the document calls so is another rule's), are a word ("ACE"), are
    the initials of another of its names (``names``) or the letters it spells out
    otherwise (``abbreviations``), nor where the question shows them."""
    words = answer.split()
    heads = [
        word
        for at, word in enumerate(words)
        if at == len(words) - 1 or words[at + 1] in ("of", "for", "on")
    ]
    letters = _initials(answer)
    if (
        letters is None
        or not MIN_INITIALS <= len(letters) <= 5
        or not any(head in _ABBREVIATED_BODIES for head in heads[:1])
        or word_tags(letters.casefold())
        or written(letters)
    ):
        return []
    own = normalize(answer)
    if any(key != own for key in _keys_by_initials(tuple(names)).get(letters, ())):
        return []  # "Kell Wool Association" beside "Kell Water Authority"
    if letters in abbreviations or re.search(rf"\b{letters}\b", prompt):
        return []
    return [letters]


def written_initials_forms(answer: str, written: Callable[[str], bool]) -> list[str]:
    """The name with its closing capitalised words written as their initials, where the
    document writes it so ("Orm 98 SE" for "Orm 98 Second Edition"): the name's head stays,
    so the letters stand for nothing else. A number or a numeral ("World War II") has no
    initial. (The whole name's letters come from the document's brackets: ``defined``.)"""
    words = answer.split()
    forms = []
    for cut in range(1, len(words) - 1):
        tail = words[cut:]
        if not all(re.fullmatch(r"[A-Z][a-z]+", word) for word in tail):
            continue
        letters = "".join(word[0] for word in tail)
        form = " ".join((*words[:cut], letters))
        if written(form):
            forms.append(form)
    return forms


_OWNER_ABBREVIATION = LazyPattern(r"[A-Z][A-Z&]{1,7}")
"""An owner's abbreviation that opens a name ("RNLI" of "RNLI Sea Academy")."""
_SETTLEMENT_SORTS = word_set(
    "city town village borough county state province district region territory municipality"
)
"""Sorts of place whose name may hold the name of another place ("Kelmar City" beside the
province of Kelmar): the place's name alone names that other place."""


_STYLE_SORTS = word_set("genre genres style styles movement movements school tradition")
"""What a question asks for that the key names by a class noun of its own ("Which genre
...?" keyed "Northern Noir fiction", "Which style ...?" keyed "Kellish Revival
architecture")."""


_DESCRIBING_ENDING = LazyPattern(r"(?:an|ish|ese|ic|al|i)$")
"""How a word that describes a people, a region or a period ends ("Nordic", "Victorian")."""


def _a_name_before_its_class(words: Sequence[str]) -> bool:
    """Whether a key is a name followed by one class noun in lower case ("Northern Noir
    fiction")."""
    *name, noun = words
    return noun.isalpha() and noun.islower() and all(word[:1].isupper() for word in name)


def class_noun_forms(
    answer: str,
    prompt: str,
    names: Sequence[tuple[str, str]],
    common: Callable[[str], bool] = lambda word: False,
    alone: Callable[[str], bool] = lambda name: False,
    sentences: Callable[[str], Sequence[str]] = lambda name: (),
) -> list[str]:
    """The answer without the class noun the question names ("Edda" for "Storm Edda" to
    "Which storm ...?", "Marlow" for "Marlow College of Music" to "Which college ...?", and
    "Marlow College" too unless the document's ``sentences`` write it for another: a learner
    who gives the name with its class noun knows more than one who gives the name alone) and
    without an owner's abbreviation before a name that keeps the class noun ("Sea Academy"
    for "RNLI Sea Academy" to "Which academy ...?"): the question already says what sort of
    thing is meant. Only where what is left is a proper name and no other name of the
    document (``names``, its (kind, value) pairs) gives a thing of that class the same name
    ("Marlow College of Art"; "Kell County Court" is the county's own court), nor a place's
    name where a place is asked ("Kelmar" of "Kelmar City" beside the province of Kelmar,
    unless the document's ``sentences`` naming it call that place one of the class: "Kell
    and Orm counties"), nor a country's after the class noun
    ("Orsland" of "Crown Orsland" to "Which crown ...?": a part of that country). A class
    noun in lower case after a name is no part of it: "Vell Revival" for "Vell Revival
    movement" to "Which movement ...?" where the document writes it alone (``alone``),
    though "Revival" is a common word, and "Northern Noir" for "Northern Noir fiction" to
    "Which genre ...?"."""
    asked = _ASKED_SORT.search(prompt)
    if asked is None:
        return []
    sort = asked["sort"].casefold()
    words = answer.split()
    folded = [word.casefold() for word in words]
    if len(words) < 2:
        return []
    if sort in folded:
        at = folded.index(sort)
    elif sort in _STYLE_SORTS and _a_name_before_its_class(words):
        # "Northern Noir fiction" to "Which genre ...?", never "Nordic" of "Nordic fiction"
        if len(words) == 2 and _DESCRIBING_ENDING.search(words[0]):
            return []
        at = len(words) - 1
    else:
        return []
    owner = 1 if at > 1 and _OWNER_ABBREVIATION.fullmatch(words[0]) else 0
    forms = [words[owner:]] if owner else []  # "Sea Academy" of "RNLI Sea Academy"
    if at == 0 and words[1] != "of":
        forms.append(words[1:])  # "Storm Edda"
    elif at > 0 and (at == len(words) - 1 or words[at + 1] == "of"):
        cut = words[owner:at]  # "Marlow College of Music"
        if not (owner and len(cut) == 1 and word_tags(cut[0].casefold())):
            forms.append(cut)  # "Fire" of "ORMFD Fire Academy" is a word of its sort phrase
    own = normalize(answer)
    places = place_keys(names)
    countries = country_keys(names)
    kept = []
    for form in forms:
        short = " ".join(form)
        rival = any(
            other != own and sort in other.split() and not _named_after(other, own)
            for _, other in values_holding(names, normalize(short))
        )
        rival |= sort in _SETTLEMENT_SORTS and (
            short in _COUNTRY_OR_STATE
            or (normalize(short) in places and not _one_of_the_class(short, sort, sentences(short)))
        )
        after_sort = form == words[1:] and at == 0
        # "Orsland" of "Crown Orsland": a country's name after a word is that country
        rival |= after_sort and (short in lexicon.COUNTRIES or normalize(short) in countries)
        # the class noun is the asked sort (letters) or passed the helper: isalpha holds
        named_before_its_class = (
            at == len(words) - 1
            and len(form) >= 2
            and _a_name_before_its_class([*form, words[at]])
            and alone(short)
        )
        if (
            (proper_remainder(form, sort, common, after_sort) or named_before_its_class)
            and not rival
            and normalize(short) != own
        ):
            kept.append(short)
            named = " ".join(words[owner : at + 1])  # "Marlow College" of "Marlow College of Music"
            elsewhere = [text.replace(answer, " ") for text in sentences(named)]
            if (
                at < len(words) - 1
                and form == words[owner:at]
                and _names_no_other(named, elsewhere)
            ):
                kept.append(named)
    return kept


def _names_no_other(name: str, sentences: Sequence[str]) -> bool:
    """Whether ``sentences`` never write ``name`` after another name word ("Orm Gulf Coast")
    nor with another "of <name>" tail ("the Gulf Coast of Orm"): each would be another thing
    of that name."""
    written = re.compile(
        rf"{NAME_OPENS}{re.escape(name)}{NAME_CLOSES}(?P<tail>\s+of\s+(?:the\s+)?[A-Z])?"
    )
    return not any(
        found["tail"] or _name_word_before(text, found.start()) is not None
        for text in sentences
        for found in written.finditer(text)
    )


def _named_after(other: str, own: str) -> bool:
    """Whether the compared name ``other`` is a thing named after the compared key ``own``,
    opening with it: "kell county court" after "kell county", not "marlow college of art"
    beside "marlow college", another college."""
    rest = other.removeprefix(f"{own} ")
    return rest != other and not rest.startswith("of ")


def _one_of_the_class(name: str, sort: str, sentences: Sequence[str]) -> bool:
    """Whether one of ``sentences`` writes ``name`` before the class noun in the plural, in a
    list of names that share it ("Kell and Orm counties", "Orm, Kell and Tey counties"):
    the name alone is the one of that class."""
    listed = r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"
    joined = r"(?:\s*,\s*|\s+(?:and|or)\s+|\s*,\s*(?:and|or)\s+)"
    named = re.escape(name)
    pattern = re.compile(
        rf"(?<![\w’'-]){named}{joined}(?:{listed}{joined})*{listed}\s+{regular_plural(sort)}\b"
        rf"|(?<![\w’'-])(?:{listed}{joined})+{named}\s+{regular_plural(sort)}\b"
    )
    return any(pattern.search(text) for text in sentences)


def shows_an_answer(fact: FactRecord) -> bool:
    """Whether the prompt shows an answer the grader accepts ("UK" in "Which country does Sky
    UK serve?" for "United Kingdom", "Victoria" in "... of Victoria ... which colony?" for
    "Colony of Victoria"): the question answers itself."""
    return any(
        len(accepted) >= 2 and whole_name(accepted).search(fact.prompt) is not None
        for accepted in fact.accepted
    )


def shows_a_name_of_the_answer(fact: FactRecord) -> bool:
    """Whether the prompt shows a word of a name that is the answer ("Vell" in "What
    is the historic centre of Vell?" for "Old Vell"): the learner
    only adds the rest. A term is asked by its definition, which may name its kind."""
    if fact.kind not in (*NAME_KINDS, "other") or fact.kind == "term":
        return False
    if not fact.answer[:1].isupper():
        return False
    return gives_away(fact.prompt, fact.answer)


_THE_THEN_NAME = LazyPattern(
    r"\b[Tt]he\s+(?P<name>(?:[A-Z][\w’'-]*\s+)*[A-Z][\w’'-]*)(?:\s+(?P<next>[a-z][\w-]*))?"
)


def article_before_person(prompt: str, pool: DistractorPool, quote: str = "") -> bool:
    """Whether the prompt puts "the" before a person the document names ("written by the
    Anna Holm"), left where a trimmed description stood; "the Anna Holm prize", where the
    name qualifies a noun, and "the Orlan Emperor", a name ending in an office, read well,
    and so does a people the ``quote`` itself writes with "the" ("the Velsh sent envoys")."""
    for match in _THE_THEN_NAME.finditer(prompt):
        if pool.document_of("person", match["name"]) is None:
            continue
        if re.search(rf"\b[Tt]he\s+{re.escape(match['name'])}\b", quote):
            continue
        if match["name"].split()[-1].casefold() in lexicon.TRADES["office"]:
            continue
        following = match["next"]
        if following and "NOUN" in word_tags(following) and not finite_verb(following):
            continue
        return True
    return False


_WHAT_OPENS = LazyPattern(r"^(?:[^,]{1,60},\s+){0,3}?what\s+(?P<rest>.*)$", re.IGNORECASE)
"""A bare "what" that opens the question, past up to three opening phrases ("In 1853, what
..."); "what term", "what river" name their sort and are not bare."""
_PERFECT_OR_NOT = word_set("has have had been not previously also first later")
"""Words between a subject "what" and its verb that say nothing of the verb ("What had
previously been working ...", "What did not approve ...")."""
_COPULAS = word_set("is are was were be became become becomes remains remained remain")
"""Verbs whose complement names what the subject is ("What is the largest stadium ...?",
"What became the capital ...?"): the question says the sort of its answer."""
_DO_SUPPORT = word_set("did does do")
_POSSESSING = word_set("has have had")
_NAMING_END = LazyPattern(r"\b(?:stand for|mean|called|known as|named|termed)\?$")
"""A question that asks what something is called or what letters stand for: its key is the
wording itself."""
_KINDS_WHAT_HIDES = frozenset(["other", "organisation", "place", "country", "event"])
"""Kinds of key a bare "what" as subject of a deed leaves unnamed: the learner cannot tell a
magazine from a drug, a river from a firm ("What praised the game?")."""


def what_names_no_kind(fact: FactRecord) -> bool:
    """Whether a typed question opening with a bare "what" leaves the learner no way to
    tell what sort of answer, or what wording of it, is wanted, so that only options (which
    show the sort) may ask it:

    - "what" is the subject of a deed or of a passive naming no doer ("What praised the
      game?", "What is receiving the most new residents?", "What was restored in 1820?") and the key is a name of no sort the question
      gives: anything could have done it ("What is the largest port?" says its sort: a
      port; "What was discovered by Ana Holt?" asks what she discovered);
    - the key is a common noun phrase of several words asked as the object of a deed
      ("What did the board offer?" keyed "graduate degrees", "What did the mill donate money
      to?" keyed "the flood area"): many descriptions fit, and a learner cannot guess the
      document's wording; one word ("What do cacti store?" keyed "water") or a single
      named thing the document gives ("the Tarlandic national anthem") is fair;
    - the key is a common noun that sorts a thing the question names ("What is the "Orm
      March" for the college?" keyed "fight song"): a march, an anthem, a song all fit.
    """
    what = _WHAT_OPENS.match(fact.prompt)
    if fact.origin != "auto" or what is None or _NAMING_END.search(fact.prompt):
        return False
    words = re.findall(r"[\w’'-]+|[\"“]", what["rest"])
    if not words:
        return False
    answer = re.sub(r"^[Tt]he\s+", "", fact.answer)
    # a name ("Brenholm Ferry") hides its sort whatever kind the extractor gave it
    hides = fact.kind in _KINDS_WHAT_HIDES or (fact.kind == "term" and answer[:1].isupper())
    head = re.sub(r"\W", "", answer.split()[-1]) if answer.split() else ""
    common_noun = head.isalpha() and head.islower()
    first = words[0].casefold()
    if first in _DO_SUPPORT and len(words) > 1 and words[1].casefold() != "not":
        # "What did the board offer?": "what" is the object of a deed
        named_thing = any(word[:1].isupper() for word in answer.split()) and re.search(
            rf"\bthe\s+{re.escape(answer)}", fact.quote, re.IGNORECASE
        )
        described = common_noun and len(answer.split()) > 1  # "water" is one word to recall
        return fact.kind in ("term", "other") and described and not named_thing
    if first in _COPULAS:
        after = words[1:]
        if after and after[0].casefold() == "the":
            after = after[1:]
        if after and (after[0][:1].isupper() or after[0] in ('"', "“")) and common_noun:
            return fact.kind in ("term", "other")  # "What is the "Orm March" for ...?"
        progressive = present_participle(" ".join(words[1:]))  # "What is receiving ...?"
        unpinned = progressive or _unpinned_passive(words[1:]) or _states_a_quality(words[1:])
        return unpinned and hides
    at = 0
    while at < len(words) - 1 and (
        words[at].casefold() in _PERFECT_OR_NOT or words[at].casefold() in _DO_SUPPORT
    ):
        at += 1
    verb = words[at].casefold()
    if verb in _COPULAS:
        return _unpinned_passive(words[at + 1 :]) and hides
    if "been" in (word.casefold() for word in words[:at]) and _states_a_quality(words[at:]):
        return hides  # "What has been toll-free since 1962?"
    if at == 0:
        deed = finite_verb(verb) is not None
    else:  # "What did not approve ...", "What had been working ...", "What had a role ..."
        deed = "VERB" in word_tags(verb) or words[at - 1].casefold() in _POSSESSING
    return deed and hides


_AFTER_A_QUALITY = word_set(
    "to for of in on at since until from with by as and than among during after before"
)
"""Words that may follow an adjective ending a state ("prone to", "free since"), where a
noun would follow one that opens a noun phrase ("free public transport")."""


def _states_a_quality(words: Sequence[str]) -> bool:
    """Whether the words after a subject "what" and its "was" or "has been" state a quality
    of it ("What was particularly open to floods?", "What has been toll-free since
    1962?"): an adjective says nothing of what sort of thing has it, as a noun phrase ("the
    largest port") does."""
    if not words:
        return False
    at = 0
    while at < len(words) - 1 and word_tags(words[at]) == {"ADV"}:
        at += 1  # "particularly prone"
    word = words[at].casefold()
    tags = word_tags(word) or word_tags(word.rsplit("-", 1)[-1])
    following = words[at + 1].casefold() if at + 1 < len(words) else None
    if past_participle(" ".join(words[at:])):
        return False  # a passive: "What was closed by Ana Holt?" names its doer
    return "ADJ" in tags and (following is None or following in _AFTER_A_QUALITY)


def _unpinned_passive(words: Sequence[str]) -> bool:
    """Whether the words after a subject "what" and its "was" are a passive that names no
    doer ("What was restored in the hall?": anything could have been), unlike one that does
    ("What was discovered by Ana Holt in 1928?" asks what she discovered)."""
    return past_participle(" ".join(words)) and "by" not in (word.casefold() for word in words)


_COUNT_KINDS = WHEN_KINDS | {"number"}


def names_a_count(fact: FactRecord) -> bool:
    """Whether an imported fact of a name or a term has a count written in words for its key
    ("half a million", "two thousand", "a dozen"): its question asks the count as a thing
    ("The guild had nearly what members?"), and its forms read it as a noun ("the half
    million", "half millions"). A count in capitals is a title ("Two Thousand", a novel's)."""
    bare = re.sub(r"^[Tt]he\s+", "", fact.answer)
    return fact.kind not in _COUNT_KINDS and bare.islower() and count_in_words(bare) is not None


def graded_apart(answer: str, accepted: Iterable[str]) -> list[str]:
    """The accepted forms the grader does not already take as ``answer`` or as an earlier form:
    it ignores case, punctuation and a leading article, so "the Kell Canal" beside "Kell Canal"
    only makes a list look machine-made."""
    seen = {answer_key(answer)}
    kept = []
    for form in accepted:
        key = answer_key(form)
        if key not in seen:
            seen.add(key)
            kept.append(form)
    return kept


def fact_questions(
    fact: FactRecord, pool: DistractorPool, *, true_false: bool = True
) -> list[Question]:
    """Every question form that suits one fact, in a fixed order; none for an imported fact
    whose prompt shows an accepted answer, puts "the" before a person's name or asks an
    author's judgement as fact. An imported fact is asked in one form, a true/false one only
    where ``true_false`` allows (the deck has room for one more: ``MAX_TRUE_FALSE_SHARE``),
    and never typed when its answer is an abbreviation nothing spells out, names places
    joined by a comma, or the document says the same of another person."""
    if fact.origin == "auto" and (
        shows_an_answer(fact)
        or shows_a_name_of_the_answer(fact)
        or article_before_person(fact.prompt, pool, fact.quote)
        or judged(fact.prompt)
        or names_a_count(fact)
    ):
        return []
    source = SourceRef(document=fact.document, quote=fact.quote)
    topics = fact_topics(fact)
    common = _Common(fact_id=fact.id, explanation=fact.statement, source=source, topics=topics)
    questions: list[Question] = []
    # "By what century ...?" holds for every later century too: other values are no sure
    # wrong answers, so an imported bound is asked without options or a false statement.
    bound = fact.origin == "auto" and BOUND_QUESTION.search(fact.prompt) is not None
    distractors = [] if bound else pool.choose(fact)
    if len(distractors) == 3:
        question_id = f"{fact.id}.mc"
        questions.append(
            MultipleChoiceQuestion(
                id=question_id,
                prompt=fact.prompt,
                options=_ordered_options(fact, question_id, [fact.answer, *distractors]),
                answer=fact.answer,
                difficulty=clamp_difficulty(fact.difficulty),
                **common,
            )
        )
    true_statement = fact.fill(fact.answer) or fact.statement
    if fact.origin == "auto" and holds_a_second_time(fact):
        true_prompt = None  # two times: neither a yes/no form nor a false version
    else:
        true_prompt = _yes_no(true_statement) if fact.yes_no else true_statement
    if true_prompt is not None:
        questions.append(
            TrueFalseQuestion(
                id=f"{fact.id}.tf",
                prompt=true_prompt,
                answer=True,
                difficulty=clamp_difficulty(fact.difficulty - 1),
                **common,
            )
        )
    # an imported fact the draw does not ask as true/false needs no false statement
    drawn = fact.origin != "auto" or (true_false and _drawn_for_true_false(fact))
    false_value = None if bound or not drawn else _false_value(fact, distractors, pool)
    if true_prompt is not None and false_value is not None:
        false_statement = fact.fill(false_value)
        false_prompt = _yes_no(false_statement or "") if fact.yes_no else false_statement
        if false_prompt and normalize(false_prompt) != normalize(true_prompt):
            questions.append(
                TrueFalseQuestion(
                    id=f"{fact.id}.tf-false",
                    prompt=false_prompt,
                    answer=False,
                    correct_statement=true_statement,
                    difficulty=clamp_difficulty(fact.difficulty),
                    **common,
                )
            )
    from factdeck.generate.referents import unexplained_abbreviation  # not on the shipped path

    unfair = fact.origin == "auto" and (
        PLACE_LIST.search(fact.answer) is not None
        or unexplained_abbreviation(fact.answer, fact.prompt, fact.accepted)
        or pool.answered_by_another(replace(fact, prompt=as_told(fact.prompt, fact.statement)))
        or what_names_no_kind(fact)
        or long_name_alone(fact.answer, fact.accepted)
    )
    if fact.typed and typed_suits(fact) and not unfair:
        questions.append(
            TypedQuestion(
                id=f"{fact.id}.typed",
                prompt=fact.prompt,
                answer=fact.answer,
                accepted=graded_apart(fact.answer, fact.accepted),
                difficulty=clamp_difficulty(fact.difficulty + 1),
                **common,
            )
        )
    # A figure past what a bank holds ("10^22 coins") is asked no number question.
    if fact.number is not None and fact.number_prompt and abs(fact.number) <= MAX_NUMBER:
        questions.append(
            NumberQuestion(
                id=f"{fact.id}.number",
                prompt=fact.number_prompt,
                answer=fact.number,
                difficulty=clamp_difficulty(fact.difficulty + 1),
                **common,
            )
        )
    if fact.origin == "auto":
        return _one_form(fact, questions, true_false=true_false)
    return questions


AUTO_FORMS = ("mc", "number", "typed")
"""The forms an imported fact may be asked in, best first (a count is typed as a number
first: options of nearby counts add little; so is a date, by its year: ``_DAY_IS_THE_FACT``)."""
TRUE_FALSE_SHARE = 3
"""One imported fact in this many that has a certainly false statement of one claim is
asked as a yes/no question (and only then: never as a fallback)."""
MAX_TRUE_FALSE_SHARE = 6
"""At most one imported fact in this many is asked as true/false: options and typing test
recall, which a yes/no question does not."""


def _drawn_for_true_false(fact: FactRecord) -> bool:
    """Whether the fixed draw asks an imported fact as true/false, where it fits."""
    return stable_rank(fact.id, "false") % TRUE_FALSE_SHARE == 0


def _one_form(fact: FactRecord, questions: list[Question], *, true_false: bool) -> list[Question]:
    """One question per imported fact: the same fact asked twice is a wasted review.

    A fact with a short, certainly false yes/no question is now and then asked as one, the
    true or the false one by a fixed draw: with only false items a learner would learn to
    answer "no"."""
    by_form = {question.id.rsplit(".", 1)[-1]: question for question in questions}
    if (
        true_false
        and "tf-false" in by_form
        and "tf" in by_form
        and _drawn_for_true_false(fact)
        and all(
            len(by_form[form].prompt.split()) <= MAX_TRUE_FALSE_WORDS for form in ("tf", "tf-false")
        )
    ):
        return [by_form["tf-false" if stable_rank(fact.id, "truth") % 2 else "tf"]]
    first_number = fact.kind == "number" or (
        fact.kind == "date" and not _DAY_IS_THE_FACT.search(fact.prompt)
    )
    order = ("number", *AUTO_FORMS) if first_number else AUTO_FORMS
    return next(([by_form[form]] for form in order if form in by_form), [])


_DAY_IS_THE_FACT = LazyPattern(
    r"\b(?:day|days|holiday|festival|feast|anniversary|celebrat\w*|commemorat\w*|observed"
    r"|marked)\b",
    re.IGNORECASE,
)
"""A date whose day is what is remembered ("the national day", "a festival held on"): the
day is then the fact; any other date is asked by its year, as a teacher would ("In what year
did the glider first fly?", never a choice of four days of 1979)."""


def _chronology(facts: Iterable[FactRecord]) -> list[FactRecord]:
    """Dated facts with an event label, one per label and per year, earliest first; an
    imported fact's label only where it is a clean event (``clean_event``)."""
    eligible = sorted(
        (
            f
            for f in facts
            if f.event
            and f.sort_key
            and f.year is not None
            and not f.attributed
            and (f.origin != "auto" or clean_event(f.event))
        ),
        key=lambda f: (f.sort_key or "", f.id),
    )
    seen_labels: set[str] = set()
    result: list[FactRecord] = []
    for fact in eligible:
        label = normalize(fact.event or "")
        if label in seen_labels:
            continue
        seen_labels.add(label)
        result.append(fact)
    return result


_PRESENT_TENSE = word_set("is are am has have does do remains remain")
"""Words of a state that holds now ("X is a novel by Y", "X remains the largest"): no event
that happened at one time."""
_STATIVE_PAST = word_set("was were had")
_BEFORE_A_NOUN = lexicon.DETERMINERS | word_set("every each")
"""Words after which a word is a noun or an adjective ("the left bank", "each set of laws"):
the determiners and the quantifiers of one thing."""
_SAME_IN_THE_PAST = word_set("set put cut hit let spread cast shut split burst upset quit")
"""Past forms spelled as the verb itself ("The company set up an office")."""
_STATISTIC = LazyPattern(
    r"\d\s*%|\bper\s*cent\b|\bpercent\b|[$£€¥]|\b(?:million|billion|trillion)\b"
    r"|^\W*(?:about|some|around|over|nearly|almost|approximately)?\s*\d",
    re.IGNORECASE,
)
"""A share, an amount of money or a count that opens the item ("54% of residents
commuted by train"): a yearly figure, not an event."""
_LOOSE_END = word_set(
    "a an the of to in on at by for from with and or but as than that which who whose"
    " into onto upon"
)
"""An item ending in one of these words was cut inside a phrase."""
_CLEAN_END = LazyPattern(r"[\w)’'\"”]$")
_NOT_ONE_EVENT = LazyPattern(
    r"[;:]|\b(?:the|that|this|same)\s+(?:year|month|decade|century|day)\b", re.IGNORECASE
)
"""Two claims ("The duke crossed the sea; his army landed") or a time the item points at
("The mill was closed, the year the railway came"): its date was cut out of the sentence."""


def clean_event(label: str) -> bool:
    """Whether an imported ordering item is a clean event a learner can place in time: a
    subject and then a past-tense verb of action (or a passive: "was founded"), no present
    tense ("remains", "is a novel by ... published": a state, or a clause cut short), no
    statistic ("54% of residents commuted"), no second claim or time it points at,
    and no end cut inside a phrase or at a punctuation mark ("The king sailed to Orm,")."""
    if not _CLEAN_END.search(label) or _STATISTIC.search(label) or _NOT_ONE_EVENT.search(label):
        return False
    words = re.findall(r"[\w’'-]+", label)
    if len(words) < 3 or words[-1].casefold() in _LOOSE_END:
        return False
    if _untold_reference(words):
        return False
    lower = [word.casefold() for word in words]
    if any(word in _PRESENT_TENSE for word in lower):
        return False
    if any(
        word[:1].islower() and _tense(word) == "VBZ" and "NOUN" not in word_tags(word)
        for word in words[1:]
    ):
        return False  # "the hall stands", never the plural noun of "both kings"
    for at, word in enumerate(words[1:], start=1):
        if not word[:1].islower():
            continue
        if word in _STATIVE_PAST:
            following = next((w for w in words[at + 1 :] if not w.endswith("ly")), "")
            return past_participle(following)  # "was founded", never "was a novel"
        if words[at - 1].casefold() in _BEFORE_A_NOUN:
            continue  # "the left bank", "a set of laws": a noun or an adjective
        if _tense(word) == "VBD" or word in _SAME_IN_THE_PAST:
            return True
    return False


_UNTOLD_ALWAYS = word_set("both it this these those latter")
"""Words that point back at something told before the item ("Both teams moved", "It was
sold"): shown alone among other events, the learner cannot tell what they mean."""
_UNTOLD_UNLESS_NAMED = word_set("he she him his her they them their its")
"""Pronouns that an item may use only after a name of its own ("Ann Lee sold her mill")."""
_COMMON_UNIQUES = word_set("public world sun moon earth internet")
"""Things "the" names without a story before it ("demonstrated to the public")."""


def _named(word: str) -> bool:
    """Whether a word of an item is (part of) a name: a capital in it, not a function word
    that opens the item ("The", "They", "In")."""
    lower = word.casefold()
    return word != lower and lower not in lexicon.FUNCTION_WORDS | {"the", "a", "an", "both"}


def _untold_reference(words: Sequence[str]) -> bool:
    """Whether an ordering item leans on a story the learner does not see: a word pointing
    back ("both", "it"), a pronoun before any name, or "the" with a common noun that no name
    follows ("The team won the title", "took over the position"), where "the colony of
    Orm", "the artist Ann Lee" and "the first Orm Cup" say which."""
    named_before = False
    for at, word in enumerate(words):
        lower = word.casefold()
        if lower in _UNTOLD_ALWAYS:
            return True
        if lower in _UNTOLD_UNLESS_NAMED and not named_before:
            return True
        named_before = named_before or _named(word)
        if lower != "the":
            continue
        end = at + 1
        while (
            end < len(words)
            and not _named(words[end])
            and words[end].casefold() not in _LOOSE_END
            and not (end > at + 1 and (_tense(words[end]) == "VBD" or past_participle(words[end])))
        ):
            end += 1
        if end == at + 1:
            continue  # "the Orm Company"
        if end < len(words) and _named(words[end]):
            continue  # "the artist Ann Lee", "the first Orm Cup"
        if end + 1 < len(words) and words[end] == "of" and _named(words[end + 1]):
            continue  # "the colony of Orm"
        if end == at + 2 and words[at + 1].casefold() in _COMMON_UNIQUES:
            continue
        return True
    return False


def _tense(word: str) -> str | None:
    verb = finite_verb(word)
    return verb[1] if verb else None


MIN_YEARS_APART = 4
"""Imported events of one document's ordering questions lie at least this many years apart:
events a year or two apart are placed by rote, not by knowing the story."""


def _unasked(
    events: Sequence[FactRecord], facts: Sequence[FactRecord], asked: Collection[str]
) -> list[FactRecord]:
    """The events of ``events`` whose date no question of the deck asks: neither their own
    fact's nor another fact's of the same event label (the date and the year of one
    sentence)."""
    asked_labels = {normalize(f.event) for f in facts if f.event and f.id in asked}
    return [
        event
        for event in events
        if event.id not in asked and normalize(event.event or "") not in asked_labels
    ]


def _apart(events: Sequence[FactRecord], years: int) -> list[FactRecord]:
    """The most events of a chronology, earliest first, each ``years`` after the one before."""
    kept: list[FactRecord] = []
    for event in events:
        if not kept or (event.year or 0) - (kept[-1].year or 0) >= years:
            kept.append(event)
    return kept


def _groups(facts: Sequence[FactRecord]) -> list[list[FactRecord]]:
    """Deterministic groups of 3-5 events with distinct years, each spanning the timeline.

    Events are dealt round-robin in chronological order, so each group mixes early and late
    events and two events of the same year land in different groups when possible.
    """
    if len(facts) < 3:
        return []
    count = max(1, -(-len(facts) // ORDERING_SIZE))
    while count > 1 and len(facts) // count < 3:
        count -= 1
    groups: list[list[FactRecord]] = [[] for _ in range(count)]
    for index, fact in enumerate(facts):
        groups[index % count].append(fact)
    result: list[list[FactRecord]] = []
    for group in groups:
        distinct: list[FactRecord] = []
        years: set[int | None] = set()
        for fact in group:
            if fact.year not in years:
                distinct.append(fact)
                years.add(fact.year)
        if 3 <= len(distinct) <= 5:
            result.append(distinct)
        elif len(distinct) > 5:
            result.append(distinct[:5])
    return result


def _shown_order(question_id: str, labels: list[str]) -> list[str]:
    """A fixed shuffle of the labels, never in the right order, with at most one item in place.

    Seeded shuffles are tried in turn; a rotation (no item in place) is the fallback.
    """
    for attempt in range(16):
        shown = sorted(labels, key=lambda label: stable_rank(question_id, str(attempt), label))
        in_place = sum(a == b for a, b in zip(shown, labels, strict=True))
        if in_place <= 1 and shown != labels:
            return shown
    return labels[1:] + labels[:1]


def ordering_questions(
    facts: Sequence[FactRecord], asked: Collection[str] = frozenset()
) -> tuple[list[Fact], list[Question]]:
    """Ordering questions per document, each with its own fact (the chronology it tests).

    ``asked``: the ids of the facts the deck asks questions of. An imported event is put in
    order only where no other question asks its date (``_unasked``): a learner who was asked
    "When was the fort founded?" would be asked the same date again."""
    by_document: dict[str, list[FactRecord]] = defaultdict(list)
    for fact in facts:
        by_document[fact.document].append(fact)
    order_facts: list[Fact] = []
    questions: list[Question] = []
    for document in by_document:  # documents in first-appearance order
        events = _chronology(by_document[document])
        imported = any(fact.origin == "auto" for fact in events)
        if imported:
            events = _unasked(events, by_document[document], asked)
        for group in _groups(_apart(events, MIN_YEARS_APART) if imported else events):
            question_id = "order." + stable_hash(*sorted(f.id for f in group), length=8)
            labels = [f.event or "" for f in group]
            explanation = "; ".join(f"{f.event} ({f.year})" for f in group) + "."
            first = group[0]
            source = SourceRef(document=first.document, quote=first.quote)
            topics = ["chronology"]
            for fact in group:
                for topic in fact.topics:
                    if topic not in topics and all(topic in f.topics for f in group):
                        topics.append(topic)
            order_facts.append(
                Fact(
                    id=question_id,
                    statement=explanation,
                    kind="order",
                    source=source,
                    topics=topics,
                )
            )
            questions.append(
                OrderingQuestion(
                    id=question_id,
                    fact_id=question_id,
                    prompt=ORDERING_PROMPT,
                    explanation=explanation,
                    source=source,
                    topics=topics,
                    options=_shown_order(question_id, labels),
                    answer=labels,
                    difficulty=2 if len(group) == 3 else 3,
                )
            )
    return order_facts, questions


def public_fact(fact: FactRecord) -> Fact:
    return Fact(
        id=fact.id,
        statement=fact.statement,
        kind=fact.kind,
        source=SourceRef(document=fact.document, quote=fact.quote),
        topics=fact_topics(fact),
    )


def _shown_answers(fact: FactRecord, question: Question) -> list[str]:
    """The forms of the question's answer that give it away in another prompt: the answer
    and the forms the grader accepts (a count also in figures and in words)."""
    if isinstance(question, NumberQuestion):
        forms = [str(question.answer), f"{question.answer:,}", number_word(question.answer) or ""]
    elif isinstance(question, (MultipleChoiceQuestion, TypedQuestion)):
        forms = [question.answer, *fact.accepted]
    else:
        return []  # a true/false statement has no answer to show
    return [f" {form} " for form in map(normalize, forms) if form]


@dataclass(frozen=True)
class _Sibling:
    """One imported question of a sentence, as ``asked_once`` compares it with the others."""

    position: int
    prompt: str
    answers: list[str]
    rank: tuple[int, ...]
    told: int
    """How many words of its fact the prompt tells (``_told_words``)."""

    def shows_the_answer_of(self, other: _Sibling) -> bool:
        return any(answer in self.prompt for answer in other.answers)


_ASKS_THE_SUBJECT = LazyPattern(r"(?:[^,?]+,\s+)?(?:[Ww]ho|[Ww]hat|[Ww]hich\s+\S+)\s+(\S+\s+\S+)")
"""A question that opens with its wh-phrase, after any time or place fronted before it, and
the two words that follow it: "In 1210, who founded Orm?"."""


def _asks_the_doer(fact: FactRecord, question: Question) -> bool:
    """Whether the question asks for the subject of its fact's statement, the one who did
    what the sentence tells: "Which guild built the hall?" of "The Orm guild built the
    hall in 1302.". A passive subject is what was done to, no doer ("Who was elected mayor
    of Orm in 1302?")."""
    opening = _ASKS_THE_SUBJECT.match(question.prompt)
    if opening is None or not isinstance(question.answer, str):
        return False
    auxiliary, verb = opening[1].split()
    if auxiliary.casefold() in ("is", "are", "was", "were") and past_participle(verb):
        return False
    doing = f" {normalize(question.answer)} {normalize(opening[1])} "
    return doing in f" {normalize(fact.statement)} "


_FRAME_WORDS = word_set(
    "a an the of in on at to by for from with into during until since after before who whom "
    "whose what which when where how is are was were be been do does did has have had"
) | {month.casefold() for month in MONTHS}
"""Words that frame a question, and the words of a date, rather than say what it is about."""
MIN_TOLD_WORDS = 2
"""A question about a name must tell at least this many words of its fact besides the time
and the kind it asks for: "Who resigned in 1957?" or "Which treaty was in force from 1958?"
names its fact by the year alone, and many answers fit; "Who founded Orm in 1210?" tells
what was done and to what."""


def _asked_kind(words: Sequence[str]) -> set[int]:
    """The positions of the words that name the kind a question asks for: "which treaty"
    says what the answer is; "what flooded" tells the fact."""
    return {
        at + 1
        for at, (word, following) in enumerate(pairwise(words))
        if word in ("which", "what") and not finite_verb(following)
    }


def _told_words(question: Question) -> int:
    """How many words of its fact a question tells besides the time and the kind it asks."""
    words = normalize(question.prompt).split()
    asked_kind = _asked_kind(words)
    return sum(
        w not in _FRAME_WORDS and at not in asked_kind and not any(c.isdigit() for c in w)
        for at, w in enumerate(words)
    )


def _sibling(fact: FactRecord, question: Question, position: int, subject: str) -> _Sibling:
    """The question with its rank among its sentence's, best first: a name over a count and a
    count over a time (times fill most options already), unless the name holds ``subject``,
    the document's title, which a learner guesses ("Which company was founded in 1858?" in
    a deck on the Orm Canal), or its prompt tells little but the time (``MIN_TOLD_WORDS``);
    who did the deed over what it was done to; options over typing; then the shorter
    prompt."""
    sort = 2 if fact.kind in WHEN_KINDS else 1 if fact.kind == "number" else 0
    guessed = bool(subject) and f" {subject} " in f" {normalize(fact.answer)} "
    told = _told_words(question)
    if sort == 0 and (guessed or told < MIN_TOLD_WORDS):
        sort = 3
    doer = _asks_the_doer(fact, question)
    typed = not isinstance(question, MultipleChoiceQuestion)
    rank = (sort, not doer, typed, len(question.prompt.split()), position)
    return _Sibling(
        position,
        f" {normalize(question.prompt)} ",
        _shown_answers(fact, question),
        rank,
        told,
    )


def _document_subjects(titles: Mapping[str, str]) -> dict[str, str]:
    """Each document's subject as its questions write it: the title without its bracket or
    a leading "The", normalised."""
    return {
        document: normalize(re.sub(r"^The\s+", "", without_title_bracket(title)))
        for document, title in titles.items()
    }


def _imported_siblings(
    asked: Sequence[tuple[FactRecord, list[Question]]], subjects: Mapping[str, str]
) -> list[_Sibling]:
    """The imported facts asked in one form, each as a ``_Sibling``, in the order asked."""
    return [
        _sibling(fact, questions[0], position, subjects.get(fact.document, ""))
        for position, (fact, questions) in enumerate(asked)
        if fact.origin == "auto" and len(questions) == 1
    ]


def asked_once(
    asked: Sequence[tuple[FactRecord, list[Question]]], titles: Mapping[str, str]
) -> list[tuple[FactRecord, list[Question]]]:
    """The facts and their questions, less the imported ones that ask again what another
    question of their sentence asks: when one of two prompts shows the other's answer ("In
    what year did Ivo found Orm?" beside "Who founded Orm in 1210?", or only "In what year
    did Ivo build the hall at Orm?" beside "Where did Ivo build the hall?"), a learner reads
    that answer in the other question, so only the better-ranked one (``_sibling``) is
    asked. ``titles``: each document's title."""
    subjects = _document_subjects(titles)
    by_sentence: defaultdict[tuple[str, str], list[_Sibling]] = defaultdict(list)
    for sibling in _imported_siblings(asked, subjects):
        fact = asked[sibling.position][0]
        by_sentence[(fact.document, fact.quote)].append(sibling)
    left_out: set[int] = set()
    for siblings in by_sentence.values():
        kept: list[_Sibling] = []
        for sibling in sorted(siblings, key=lambda s: s.rank):
            if any(
                sibling.shows_the_answer_of(other) or other.shows_the_answer_of(sibling)
                for other in kept
            ):
                left_out.add(sibling.position)
            else:
                kept.append(sibling)
    left_out |= _told_twice(
        [s for siblings in by_sentence.values() for s in siblings if s.position not in left_out],
        asked,
        subjects,
    )
    left_out |= _one_name_once(
        [s for siblings in by_sentence.values() for s in siblings if s.position not in left_out],
        asked,
    )
    left_out |= _shown_of_one_event(
        [s for siblings in by_sentence.values() for s in siblings if s.position not in left_out],
        asked,
        subjects,
    )
    return [pair for position, pair in enumerate(asked) if position not in left_out]


def _telling_first(sibling: _Sibling) -> tuple[int, ...]:
    """The order in which questions of one key from different sentences are kept: of two
    prompts, the one that tells more of its fact is the clearer question ("On which river
    does Orm stand in the north of Kelland?" before "What is the axis of Orm?"); within a
    sentence the shorter prompt gives less away, across sentences nothing is given away."""
    sort, *rest = sibling.rank
    return (sort, -sibling.told, *rest)


def _bare_key(answer: str) -> str:
    """An answer as a learner's answer is compared: no case, no opening article."""
    return without_article(normalize(answer))


_OWNER_WORDS = word_set("of in at on upon de du von van")
"""Words after which a name tells its owner or place ("Treaty of Vell", "Stratford upon
Avon")."""


_SORT_WORDS = {word.casefold() for word in _ADDED_SORTS | _BODY_WORDS}
"""Sort words, cased down as keys are compared: what a body's short name drops."""


_PLACE_BEFORE_WORDS = frozenset(word.casefold() for word in _FACILITY_WORDS) | frozenset(
    _LOWER_POSITIONS
)
"""Words after which a name's last words are the place the thing is at or a part of ("RAF
Station Kell", "northern Kell"), cased down as keys are compared."""


def _names_a_part_of(form: str, key: str) -> bool:
    """Whether an accepted form is only a part of the key's name, not another name of the
    same thing: its opening words before a sort word ("Orm" of "Orm Trust"), its owner
    ("Vell" of "Treaty of Vell") or the place it is at or a part of ("Kell" of "RAF Station
    Kell" or "northern Kell") name something else in a document about that thing. Opening
    words before anything else ("United States" of "United States of America", "New York" of
    "New York City") are the same thing's short name."""
    form_words, key_words = form.split(), key.split()
    if not form_words or len(form_words) >= len(key_words):
        return False
    if key_words[-len(form_words) :] == form_words and (
        key_words[-len(form_words) - 1] in _PLACE_BEFORE_WORDS
    ):
        return True  # the place of "RAF Station Kell" or "northern Kell", which is more
    if key_words[: len(form_words)] == form_words:
        dropped = key_words[len(form_words) :]
        return all(word in _SORT_WORDS for word in dropped)
    return any(
        word in _OWNER_WORDS and key_words[index + 1 : index + 1 + len(form_words)] == form_words
        for index, word in enumerate(key_words)
    )


def _one_name_once(
    siblings: Sequence[_Sibling], asked: Sequence[tuple[FactRecord, list[Question]]]
) -> set[int]:
    """The positions of questions whose key is a name or term that a question of the
    document kept before it (``_telling_first``) has for its key or accepts as another name
    of the same thing ("What mineral is dug at Orva?" after "What ore is the main source of
    kessium?", both "kessite"): a deck that asks for one answer twice teaches it once and
    gives the second away. A part of a longer name ("Orm" of "Orm Trust") is no other name
    of it, unless the part's own question takes it for the short form of a longer name too
    ("Kell" accepting "Kell League" beside "Kell Union" accepting "Kell"). Times and counts
    are left to ``_told_twice``: two events of one year are two facts."""
    kept_keys: defaultdict[str, set[str]] = defaultdict(set)
    kept_forms: defaultdict[str, set[str]] = defaultdict(set)
    kept_parts: defaultdict[str, set[str]] = defaultdict(set)
    kept_short_keys: defaultdict[str, set[str]] = defaultdict(set)
    repeated: set[int] = set()
    for sibling in sorted(siblings, key=_telling_first):
        fact = asked[sibling.position][0]
        if fact.kind in _COUNT_KINDS or not sibling.answers:
            continue
        document = fact.document
        key = _bare_key(fact.answer)
        accepted = {_bare_key(form) for form in fact.accepted}
        parts = {form for form in accepted if _names_a_part_of(form, key)}
        forms = {key} | (accepted - parts)
        short = any(form.startswith(f"{key} ") for form in accepted)
        if (
            key in kept_forms[document]
            or forms & kept_keys[document]
            or (short and key in kept_parts[document])
            or parts & kept_short_keys[document]
        ):
            repeated.add(sibling.position)
        else:
            kept_keys[document].add(key)
            kept_forms[document].update(forms)
            kept_parts[document].update(parts)
            if short:
                kept_short_keys[document].add(key)
    return repeated


MAX_SHOWN_WORDS = 8
"""The most words of an answer form looked for in other prompts: a longer name is its own."""


def _prompts_by_run(
    siblings: Sequence[_Sibling], asked: Sequence[tuple[FactRecord, list[Question]]]
) -> defaultdict[tuple[str, str], list[_Sibling]]:
    """The questions by each run of up to ``MAX_SHOWN_WORDS`` words of their prompts (with
    their document): each answer form is then looked up once, not against every prompt."""
    by_run: defaultdict[tuple[str, str], list[_Sibling]] = defaultdict(list)
    for sibling in siblings:
        words = sibling.prompt.split()
        document = asked[sibling.position][0].document
        for start in range(len(words)):
            for end in range(start + 1, min(start + MAX_SHOWN_WORDS, len(words)) + 1):
                by_run[(document, " ".join(words[start:end]))].append(sibling)
    return by_run


def _shown_of_one_event(
    siblings: Sequence[_Sibling],
    asked: Sequence[tuple[FactRecord, list[Question]]],
    subjects: Mapping[str, str],
) -> set[int]:
    """The positions of questions, from another sentence, that ask of one event with a
    better-ranked question while one prompt names the other's answer ("Who founded the
    mission with Brother Tamsin?" beside "Who founded the mission with Elder Rask?"): the
    learner reads one answer in the other prompt (prompts indexed by ``_prompts_by_run``)."""
    by_run = _prompts_by_run(siblings, asked)
    pairs: defaultdict[int, set[int]] = defaultdict(set)
    by_position = {sibling.position: sibling for sibling in siblings}
    for shown in siblings:
        fact = asked[shown.position][0]
        for form in shown.answers:
            for showing in by_run.get((fact.document, form.strip()), ()):
                other = asked[showing.position][0]
                if other.quote != fact.quote and _one_event_asked(
                    shown, showing, asked, subjects.get(fact.document, "")
                ):
                    pairs[shown.position].add(showing.position)
                    pairs[showing.position].add(shown.position)
    repeated: set[int] = set()
    for position in sorted(pairs, key=lambda at: by_position[at].rank):
        if position not in repeated:
            repeated |= pairs[position] - {position}
    return repeated


def _one_event_asked(
    one: _Sibling,
    other: _Sibling,
    asked: Sequence[tuple[FactRecord, list[Question]]],
    subject: str,
) -> bool:
    """Whether two questions ask of one event, told without either's answer."""
    answers = [answer.strip() for answer in (*one.answers, *other.answers)]
    one_told, other_told = (
        _event_words(asked[sibling.position][1][0].prompt, answers, subject)
        for sibling in (one, other)
    )
    return _one_event(one_told, other_told)


_PROMPT_WORD = LazyPattern(r"[^\W\d_][\w’'-]*|\d[\w,.]*")
_COMING_OUT = dict.fromkeys(("introduce", "launch", "unveil"), "release")
"""Verbs that tell a thing's coming out, the one deed "release" tells: "In what year did Orm
introduce the Kell 1?" asks what "In what year was the Kell 1 released?" does. Never
"announce", told before the thing comes out."""


def _event_words(
    prompt: str, answers: Sequence[str], subject: str
) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """What a question says happened, as lemmas ("took" and "taken" are "take"), the verbs
    among them, and the names it tells it of: no framing word, figure, form of the answer,
    word of the document's ``subject`` or sort the question asks ("which event")."""
    words = _PROMPT_WORD.findall(prompt)
    lowered = [normalize(word) for word in words]
    asked_sort = _asked_kind(lowered)
    unsaid = {word for text in (*answers, subject) for word in text.split()} | _FRAME_WORDS
    events: set[str] = set()
    verbs: set[str] = set()
    names: set[str] = set()
    for at, (word, lower) in enumerate(zip(words, lowered, strict=True)):
        if lower in unsaid or at in asked_sort or any(c.isdigit() for c in lower):
            continue
        if word[:1].isupper() and at > 0:  # a prompt's first word is capitalised anyway
            names.add(lower)
            continue
        tags = word_tags(lower)
        lemma = (lemmas_as(lower, "VERB") or lemmas_as(lower, "NOUN") or (lower,))[0]
        lemma = _COMING_OUT.get(lemma, lemma)
        events.add(lemma)
        if "VERB" in tags:
            verbs.add(lemma)
    return frozenset(events), frozenset(verbs), frozenset(names)


def asked_both_ways(
    asked: Sequence[tuple[FactRecord, list[Question]]], titles: Mapping[str, str]
) -> list[tuple[int, int]]:
    """The pairs of positions of imported questions, from two sentences of one document,
    that ask one fact the two ways round: each prompt names the other's answer, and the two
    tell one deed (``_one_event``), a verb in common being enough once the answers are told
    both ways ("Which guild was founded at Tarn Quay in 1604?" | Orm Guild beside "In what
    year was the Orm Guild founded?" | 1604). Two deeds whose prompts name each other's
    answers stay two facts ("Where did the Orm Guild open its first hall in 1610?" | Tarn
    Quay: "open" is not "found"). ``titles``: each document's title."""
    subjects = _document_subjects(titles)
    siblings = _imported_siblings(asked, subjects)
    by_run = _prompts_by_run(siblings, asked)
    pairs: set[tuple[int, int]] = set()
    for shown in siblings:
        fact = asked[shown.position][0]
        for form in shown.answers:
            for showing in by_run.get((fact.document, form.strip()), ()):
                other = asked[showing.position][0]
                if (
                    other.quote != fact.quote
                    and shown.position < showing.position
                    and shown.shows_the_answer_of(showing)
                    and _one_deed_asked(shown, showing, asked, subjects.get(fact.document, ""))
                ):
                    pairs.add((shown.position, showing.position))
    return sorted(pairs)


def _one_deed_asked(
    one: _Sibling,
    other: _Sibling,
    asked: Sequence[tuple[FactRecord, list[Question]]],
    subject: str,
) -> bool:
    """Whether two questions that name each other's answers tell one deed: a verb in common
    and nothing told of one that the other tells otherwise (``_one_event``)."""
    answers = [answer.strip() for answer in (*one.answers, *other.answers)]
    one_told, other_told = (
        _event_words(asked[sibling.position][1][0].prompt, answers, subject)
        for sibling in (one, other)
    )
    return _one_event(one_told, other_told, shared_words=1)


def _told_twice(
    siblings: Sequence[_Sibling],
    asked: Sequence[tuple[FactRecord, list[Question]]],
    subjects: Mapping[str, str],
) -> set[int]:
    """The positions of questions that ask again, from another sentence of their document, a
    fact a better-ranked question asks: the same key as asked (``_asked_key``) and one event
    (``_one_event``: "In what year did the Orvans take Kell?" and "In what year was Kell
    taken by the Orvans?"). The names alone never make one fact: "founded" and "disbanded"
    of one band in one year are two."""
    by_key: defaultdict[tuple[str, str], list[_Sibling]] = defaultdict(list)
    for sibling in siblings:
        fact, questions = asked[sibling.position]
        by_key[(fact.document, _asked_key(fact, questions[0]))].append(sibling)
    repeated: set[int] = set()
    for same_key in by_key.values():
        kept: list[tuple[_Sibling, tuple[frozenset[str], ...], tuple[frozenset[str], ...]]] = []
        for sibling in sorted(same_key, key=lambda s: s.rank):
            fact, questions = asked[sibling.position]
            subject = subjects.get(fact.document, "")
            told = _event_words(questions[0].prompt, sibling.answers, subject)
            stated = _event_words(fact.statement, sibling.answers, subject)
            if any(
                asked[other.position][0].quote != fact.quote
                and (
                    _one_event(told, other_told, _words_to_share(sibling, other, asked, subject))
                    or _states(stated, other_told)
                    or _states(other_stated, told)
                )
                for other, other_told, other_stated in kept
            ):
                repeated.add(sibling.position)
            else:
                kept.append((sibling, told, stated))
    return repeated


def _words_to_share(
    one: _Sibling, other: _Sibling, asked: Sequence[tuple[FactRecord, list[Question]]], subject: str
) -> int:
    """How many words two questions with one key must share to tell one event: one, the verb,
    where both name the document's subject and no other name ("In what year was Orm 1.0
    released?" and "In what year did Kell introduce a computer named Orm?" in a text on the
    Kell Orm): each tells it of the subject itself. Else ``MIN_SHARED_WORDS``."""
    prompts = [asked[sibling.position][1][0].prompt for sibling in (one, other)]
    own = set(subject.split())
    names = [
        {normalize(w) for w in _PROMPT_WORD.findall(prompt)[1:] if w[:1].isupper()}
        for prompt in prompts
    ]
    alone = all(found and found <= own for found in names)
    return 1 if subject and alone else MIN_SHARED_WORDS


def _asked_key(fact: FactRecord, question: Question) -> str:
    """The key a question asks for: a date asked by its year is that year ("November 1985"
    and "20 November 1985" both ask 1985)."""
    if isinstance(question, NumberQuestion):
        return str(question.answer)
    return normalize(fact.answer)


def _states(statement: tuple[frozenset[str], ...], question: tuple[frozenset[str], ...]) -> bool:
    """Whether a fact's statement, its explanation, tells the event another question of the
    same key asks ("Kell fell in 1841, the year the Kell treaty was signed." of "In what year
    was the Kell treaty signed?"): a verb of it and every other word and name."""
    (events, verbs, names), (asked_events, asked_verbs, asked_names) = statement, question
    return (
        bool(verbs & asked_verbs)
        and len(asked_events | asked_names) >= MIN_SHARED_WORDS
        and asked_events <= events | names
        and asked_names <= names | events
    )


MIN_SHARED_WORDS = 2
"""Words, names among them, two questions with one key must share to ask one fact: a verb
alone ("built") is shared by every building of a year."""


def _one_event(
    told: tuple[frozenset[str], ...],
    other: tuple[frozenset[str], ...],
    shared_words: int = MIN_SHARED_WORDS,
) -> bool:
    """Whether two questions tell one event: a verb in common, ``shared_words`` words or
    names in common, every other word of the event in one found in the other ("the mill was
    built" is not "the bridge was built", though a tagger may call "mill" a verb too), and
    names that agree where both give them ("the Orvans took Kell" is not "the Orvans took
    Orsk")."""
    (events, verbs, names), (other_events, other_verbs, other_names) = told, other
    shared_verbs = verbs & other_verbs
    things, other_things = events - shared_verbs, other_events - shared_verbs
    return (
        bool(shared_verbs)
        and len((events | names) & (other_events | other_names)) >= shared_words
        and (things <= other_things or other_things <= things)
        and (not names or not other_names or names <= other_names or other_names <= names)
    )
