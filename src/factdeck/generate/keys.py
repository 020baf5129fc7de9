"""Keys that are answers, and accepted forms a learner who knows the fact would type.

A last look at each automatic fact once its key and forms are settled: a key that says only
that nothing is known, a key that only sorts what it tells ("a modern application"), a key
cut across quotation marks, "the" before a word that is no
noun, a place glued to a person's name, a ruler's short name another ruler shares, a key
cut from the noun it modifies, a "which" question whose noun is most of its own key,
"who" asked of a thing, and "where" asked of a ground.
"""

from __future__ import annotations

import re
from dataclasses import replace

from factdeck.generate import lexicon
from factdeck.generate.facts import ANSWER_PLACEHOLDER, FactRecord
from factdeck.generate.patterns import LazyPattern
from factdeck.generate.phrasing import (
    finite_verb,
    lemmas_as,
    names_people,
    organisation_sort,
    own_sort,
    word_tags,
)
from factdeck.generate.text import regular_plural, word_set

_NON_ANSWER = LazyPattern(
    r"(?:(?:still|largely|mostly|entirely|wholly|also|as yet|now)\s+)?"
    r"(?:unknown|unclear|uncertain|disputed|debated|contested|obscure|unresolved|undetermined"
    r"|questionable|doubtful|dubious|not\s+(?:known|clear|certain)|(?:a\s+)?matter\s+of\s+(?:debate|dispute|conjecture)"
    r"|(?:a\s+)?(?:mystery|subject\s+of\s+debate)|in\s+doubt|open\s+to\s+question)",
    re.IGNORECASE,
)
"""What a sentence says when the fact is not known ("the origins of the name are unknown"):
no answer to learn."""


def non_answer(answer: str) -> bool:
    """Whether a key only says that the answer is not known or is argued over. A capitalised
    key is a name ("Unknown", a ship), never that."""
    key = answer.strip()
    return not key[:1].isupper() and _NON_ANSWER.fullmatch(key) is not None


_ARTICLE = LazyPattern(r"^(?:the|a|an)\s+", re.IGNORECASE)
_EMPTY_NOUNS = word_set(
    "land lands territory territories presence support assistance aid help control access"
    " credit money funds funding property goods orders agreements protocols appointment"
    " nomination competition instruction"
)
"""Nouns that, bare, only say what sort of thing changed hands or was kept ("ceded land",
"maintains presence", "received a nomination"): the verb carries the fact, and the noun is
what any learner would guess."""
_ABSTRACT_NOUNS = word_set(
    "quantity quantities thing things aspect aspects item items entity entities"
)
"""Nouns so general that they name no thing of their own ("Image theory defines quantities
in terms of ..."): the words after them say what they are, and a key of them alone asks
nothing a learner could recall."""
_GENERIC_GOVERNMENT = LazyPattern(
    r"(?:the\s+)?(?:(?:federal|national|central|state|local|provincial|regional|imperial"
    r"|royal|colonial)\s+)?governments?",
    re.IGNORECASE,
)
"""A government named by its level alone ("the Federal Government"): which one, the stem's
own country or office already says."""


def empty_key(answer: str) -> bool:
    """Whether a key is a bare noun that says only the sort of thing a verb took ("land",
    "presence", "an appointment") or names no thing at all ("quantities"), or a government
    by its level alone ("Federal Government"): nothing a learner could recall."""
    key = _ARTICLE.sub("", answer.strip())
    if _GENERIC_GOVERNMENT.fullmatch(answer.strip()):
        return True
    return key.islower() and (key in _EMPTY_NOUNS or key in _ABSTRACT_NOUNS)


_CATEGORY_WORDS = word_set(
    "application example way type kind feature part use result factor method role"
)
"""Nouns that sort what a sentence tells ("a modern application", "one example") without
naming it: as a key they answer nothing a learner could recall."""
_FILLER_NOUNS = word_set("career role part position post job stint spell time")
"""Nouns that only carry their verb ("pursued a career in boxing", "took up a post at Kell",
"played a leading role"): whatever describes them, the fact is in the verb and the rest of
the sentence, and no other noun makes a distractor that reads as one."""
_CALLED = LazyPattern(
    r"\b(?:called|known as|named|termed|mean|means|stands? for)\?$"
    r"|^What (?:is|was|are|were) the (?:name|term) for\b"
)


def category_key(answer: str, prompt: str) -> bool:
    """Whether a key is a category word with at most an adjective ("modern application" to
    "What is the use of mirrors to heat water?"). A question that asks what a
    thing is called, or what a word means, wants the term itself ("What does the Orvish word
    "kesh" mean?" → "kind", "What is the name for the time a planner gives up?" → "slack
    time")."""
    words = _ARTICLE.sub("", answer.strip()).split()
    if (
        not 1 <= len(words) <= 2
        or not all(word.islower() for word in words)
        or _CALLED.search(prompt)
    ):
        return False
    head = words[-1]
    nouns = (head, *lemmas_as(head, "NOUN"))
    if any(noun in _FILLER_NOUNS for noun in nouns):
        return True  # "political career", "a leading role"
    if not any(noun in _CATEGORY_WORDS for noun in nouns):
        return False
    if len(words) == 1 or words[0] in ("one", "another"):
        return True
    # "scientific method", "genetic factor": an adjective in "-ic" makes a term of its own
    return "ADJ" in word_tags(words[0]) and not re.search(r"ic(?:al)?$", words[0])


def named_otherwise(answer: str, prompt: str) -> bool:
    """Whether the prompt names the key by another of its names ("... into the United
    States?" keyed "America", "... the USSR's ...?" keyed "Soviet Union"): the learner reads
    the key off the question."""
    key = re.sub(r"^the\s+", "", answer)
    for full, short in lexicon.SHORT_FORMS.items():
        names = {full, *short}
        if key in names and any(
            re.search(rf"(?<![\w.]){re.escape(other)}(?![\w-]|\.\w)", prompt)
            for other in names - {key}
        ):
            return True
    return False


_QUOTE_MARKS = "'\"‘’“”"
_INSIDE_A_WORD = LazyPattern(
    r"(?<=[^\W\d_])['’](?=[^\W\d_])|(?<=s)['’](?=\s|$)|(?:^|(?<=\s))['’](?=s-|t\s|\d\d(?:s|\b))"
)
"""An apostrophe, not a quotation mark: "Kell's", "don't", "the Hundred Years' War", and
one that opens a word for letters it leaves out ("'s-Hertogenbosch", "'t Veld", "the '45
Rising")."""
_QUOTED = LazyPattern(r"(?:^|(?<=\s))['‘\"“][^'‘’\"“”]+['’\"”](?=\W|$)")
_JOINED = LazyPattern(r"['’\"”]\s*(?:,|and|or|,\s*and|,\s*or)\s+['‘\"“]")


def broken_quotes(answer: str) -> bool:
    """Whether a key holds a quotation mark it does not close or open in the right place
    ("left-handed' and 'right-handed"), or joins two quoted items ("'left' and 'right'"):
    neither is one answer."""
    marks = _INSIDE_A_WORD.sub("", answer)
    if not any(mark in marks for mark in _QUOTE_MARKS):
        return False
    if _JOINED.search(marks):
        return True
    rest = _QUOTED.sub("", marks)
    return any(mark in rest for mark in _QUOTE_MARKS)


_PARTICLES = word_set("out up off down away over back in on through about around along")
"""Particles that close a phrasal verb ("run out", "give up"), never a noun phrase."""
_ADJECTIVE_END = LazyPattern(r"(?:ed|ous|ful|ive|able|ible|less|ly|ish)$")


def _noun_head(key: str) -> bool:
    """Whether a lower-case key ends in a noun, which "the" may open ("the statocyst", "the
    natural killer cells"), not in an adjective or a particle ("unknown", "right-handed",
    "run out")."""
    last = key.split()[-1].casefold().split("-")[-1]
    if last in _PARTICLES:
        return False
    tags = word_tags(last)
    if not tags:
        return _ADJECTIVE_END.search(last) is None  # a term no dictionary has: a noun
    if len(key.split()) == 1 and "ADJ" in tags:
        return False  # a lone "unknown" or "general" reads as the adjective
    return "NOUN" in tags


def without_stray_article(fact: FactRecord) -> FactRecord:
    """A lower-case key that is no noun phrase is never accepted with "the" before it."""
    key = fact.answer
    if not key[:1].islower() or _noun_head(key):
        return fact
    articled = f"the {key}".casefold()
    accepted = tuple(form for form in fact.accepted if form.casefold() != articled)
    return replace(fact, accepted=accepted) if accepted != fact.accepted else fact


_CLASS_BEFORE_NAME = LazyPattern(r"(?P<noun>[a-z]+)\s+(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)")


def without_asked_class_noun(fact: FactRecord) -> FactRecord:
    """ "Kessa" for "surname Kessa" to "What is the Orvish surname Kes written as?": the
    common noun before the name is the class the question already names, so the key is the
    name alone ("surname Kessa" accepted). Only a noun ("northern Kessa" keeps its part)."""
    found = _CLASS_BEFORE_NAME.fullmatch(fact.answer)
    if found is None or "ADJ" in word_tags(noun := found["noun"]) or "NOUN" not in word_tags(noun):
        return fact
    if not re.search(rf"\b{re.escape(noun)}\b", fact.prompt, re.IGNORECASE):
        return fact
    name = found["name"]
    accepted = tuple(dict.fromkeys(form for form in (fact.answer, *fact.accepted) if form != name))
    return replace(fact, answer=name, accepted=accepted)


_ROMAN = word_set("I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI XVII XVIII")


_INITIAL = LazyPattern(r"[A-Z]\.")
_NAME_WORD = LazyPattern(r"[A-Z][^\W\d_]*(?:-[^\W\d_]+)*")


_TITLES_OF_A_PLACE = word_set("prince princess duke duchess count countess")
"""Ranks held "of" a place that are rarely surnames: "Edward Prince of Wales" names a prince,
while "John Bishop of Kessford" and "Anna King of Orvby" name a Bishop and a King."""


def _names_a_person(words: list[str]) -> bool:
    """Whether words name a person, not one holding an office of the place after them
    ("Edward Prince" of "Edward Prince of Wales")."""
    return (
        len(words) >= 2
        and words[-1].casefold() not in _TITLES_OF_A_PLACE
        and all(_INITIAL.fullmatch(word) or _NAME_WORD.fullmatch(word) for word in words)
        and words[-1] not in _ROMAN
        and not any(lexicon.sort_word(word) for word in words)
    )


def without_home_place(fact: FactRecord) -> FactRecord:
    """ "Tomas Brell of Kessford" (from "Mayor Tomas Brell of Kessford") is "Tomas Brell":
    the place says where he served, not his name, and no learner types it. A form that only
    adds the place to the key or to another form ("Brell of Kessford") goes too."""
    if fact.kind != "person":
        return fact
    answer = fact.answer
    words = answer.split()
    if "of" in words:
        at = words.index("of")
        name, place = words[:at], " ".join(words[at + 1 :])
        if (
            _names_a_person(name)
            and place[:1].isupper()
            and lexicon.reads_as_personal_name(
                " ".join(word for word in name if not _INITIAL.fullmatch(word))
            )
        ):
            answer = " ".join(name)
    if any(word in _ROMAN for word in answer.split()):
        return fact  # "Oswin II of Vessia" is how a ruler is known; his forms are judged apart
    forms = [_without_added_place(form, answer, fact.accepted) for form in fact.accepted]
    accepted = tuple(form for form in dict.fromkeys(forms) if form != answer)
    if answer == fact.answer and accepted == fact.accepted:
        return fact
    return replace(fact, answer=answer, accepted=accepted)


def _without_added_place(form: str, answer: str, forms: tuple[str, ...]) -> str:
    """ "Brell of Kessford" is "Brell" when "Brell" ends the key or is itself a form, and
    "Jon Marr of Orvby" is "Jon Marr" for the key "Jon K. Marr"."""
    name, of, place = form.partition(" of ")
    if not of or not place[:1].isupper() or any(map(lexicon.title_word, name.split()[-1:])):
        return form
    if f" of {place}" in answer:
        return form  # the key keeps the place ("Orvan of Kell"): "Saint Orvan of Kell" too
    bare = " ".join(word for word in answer.split() if not _INITIAL.fullmatch(word))
    return name if answer.endswith(name) or name in (bare, *forms) else form


def without_numberless_forms(fact: FactRecord) -> FactRecord:
    """A ruler's form without his number ("Oswin of Vessia", "King Oswin" for "Oswin II") is
    not accepted: rulers share names, which is why they are numbered."""
    words = fact.answer.split()
    if fact.kind != "person" or not any(word in _ROMAN for word in words[1:]):
        return fact
    stem = words[0]
    accepted = tuple(
        form
        for form in fact.accepted
        if not (stem in form.split() and not any(word in _ROMAN for word in form.split()))
        or re.search(r"\bthe\s+[A-Z][a-z]+\b|\d", form)
    )
    return fact if accepted == fact.accepted else replace(fact, accepted=accepted)


_JOINING_WORDS = word_set("of the and for")
_WHICH = LazyPattern(r"\b([Ww]hich)\s+([a-z]+)\b")


def _same_noun(word: str, noun: str) -> bool:
    word, noun = word.casefold(), noun.casefold()
    return word == noun or word in (f"{noun}s", f"{noun}es") or noun in (f"{word}s", f"{word}es")


def _self_answering_noun(fact: FactRecord) -> re.Match[str] | None:
    """The "which N" of a prompt when the key is a name made of that noun and common words
    only ("Which senate ...? → State Senate", "to which league ...? → the League"), or one
    accepted as that noun alone ("Which senate ...? → Orvan Senate", the sentence's "the
    Senate" accepted): the question gives the name's head and asks only for a plain word
    before it, or for nothing."""
    if fact.kind in ("person", "year", "date", "period", "number"):
        return None
    found = _WHICH.search(fact.prompt)
    words = fact.answer.split()
    if found is None or len(words) < 2:
        return None
    at = words.index("of") - 1 if "of" in words[1:] else len(words) - 1
    if not _same_noun(words[at], found.group(2)):
        return None
    if any(_noun_alone(form) for form in _forms_of_the_noun(fact.accepted, words[at])):
        return found  # "Senate" accepted for "Orvan Senate": "which senate" gives it
    rest = [w for i, w in enumerate(words) if i != at and w.casefold() not in _JOINING_WORDS]
    plain = (word[:1].isupper() and word.isalpha() and lexicon.english_word(word) for word in rest)
    if not all(plain):
        return None  # a lower-case term ("natural killer cells") names its kind, as it should
    return found


def _forms_of_the_noun(forms: tuple[str, ...], noun: str) -> list[str]:
    """The forms whose last word is ``noun`` ("the Senate", "Orvan Senate" for "senate")."""
    return [form for form in forms if _same_noun(form.split()[-1], noun)]


def _noun_alone(key: str) -> bool:
    """Whether a key is its sort noun alone ("the League"): "which league" gives all of it."""
    return len([word for word in key.split() if word.casefold() not in _JOINING_WORDS]) == 1


_PLURAL_BE_OR_HAVE = LazyPattern(r"\s+(?P<verb>are|were|have)\b")
_SINGULAR_VERB = {"are": "is", "were": "was", "have": "has"}


def _plural(sort: str) -> str:
    """ "range" → "ranges", "body of water" → "bodies of water"."""
    head, _, rest = sort.partition(" ")
    return f"{regular_plural(head)} {rest}".rstrip()


def _singular(noun: str) -> str | None:
    """The singular of a plural noun ("mountains" → "mountain"), or None where the noun is
    no plural ("congress") or the same word for one and many ("species")."""
    return next((lemma for lemma in lemmas_as(noun, "NOUN") if lemma != noun), None)


def _plural_sort(sort: str) -> bool:
    """Whether a sort's head noun is a plural ("mountains"), not a singular that ends in "s"
    ("congress")."""
    return _singular(sort.split()[0]) is not None


def with_broader_which(fact: FactRecord) -> FactRecord | None:
    """ "Which senate passed it? → State Senate" becomes "Which body passed it?" when the
    lexicon has a broader word for the noun. A plural noun ("Which mountains lie ...? →
    Blue Mountains") takes a broader one whose verb agrees: "Which range is ...?" where
    "are", "were" or "have" follows it, else "Which ranges lie ...?". Without a broader
    word the question is asked as it is ("Which park ...? → Central Park"), unless the key
    is the noun alone, which the question then gives away."""
    found = _self_answering_noun(fact)
    if found is None:
        return fact
    sort, prompt = found.group(2), fact.prompt
    broader = lexicon.BROADER_SORTS.get(sort)
    if broader is None or re.search(rf"\b{broader}\b", prompt, re.IGNORECASE):
        forms = [fact.answer, *_forms_of_the_noun(fact.accepted, sort)]
        return None if any(_noun_alone(form) for form in forms) else fact
    end = found.end(2)
    if _plural_sort(sort):
        verb = _PLURAL_BE_OR_HAVE.match(prompt, end)
        if verb is None:
            broader = _plural(broader)
        else:
            prompt = f"{prompt[: verb.start('verb')]}{_SINGULAR_VERB[verb['verb']]}{prompt[verb.end() :]}"
    return replace(fact, prompt=f"{prompt[: found.start(2)]}{broader}{prompt[end:]}")


_WHO = LazyPattern(r"(?:^|(?<=, ))(?:(?P<to>[A-Za-z][a-z]+) whom|(?P<who>[Ww]ho))\b")
"""The question's "who" or "to whom", opening it or after its opening phrase ("In Orm,
who ..."), never a relative "who" inside it."""
_NO_PERSON_KINDS = frozenset(["place", "country", "organisation"])


def _no_one_s_name(fact: FactRecord) -> bool:
    """Whether a key read as a person's is a lone English word that is no noun, with no
    fuller name among its forms ("Raw", a show): names are nouns, and a surname that is a
    word ("Young", "Brown") is a noun too, so such a key names a thing, not whom."""
    if fact.kind != "person" or " " in fact.answer or any(" " in form for form in fact.accepted):
        return False
    tags = word_tags(fact.answer.casefold())
    return lexicon.english_word(fact.answer) and bool(tags) and "NOUN" not in tags


def with_thing_wh(fact: FactRecord) -> FactRecord | None:
    """ "Who ...?" asked of a body, a town or a country asks "Which body/town/country ...?",
    from the sort its name gives; a thing of no known sort, or a key that is no one's name
    (``_no_one_s_name``), is not asked with "who"."""
    found = _WHO.search(fact.prompt)
    if found is not None and _no_one_s_name(fact):
        return None
    if found is None or fact.kind not in _NO_PERSON_KINDS or names_people(fact.answer, "other"):
        return fact
    if fact.kind == "organisation":
        sort: str | None = organisation_sort(fact.answer) or "body"
    elif fact.kind == "country":
        sort = "country"
    else:
        sort = own_sort(fact.answer)
    if sort is None:
        return None
    which = f"{found['to']} which {sort}" if found["to"] else f"{found['who'][0]}hich {sort}"
    prompt = fact.prompt
    return replace(fact, prompt=f"{prompt[: found.start()]}{which}{prompt[found.end() :]}")


_VENUE_SORTS = {
    **dict.fromkeys(word_set("Oval Ground Grounds"), "ground"),
    "Stadium": "stadium",
    "Arena": "arena",
    **dict.fromkeys(word_set("Velodrome Speedway Raceway Racecourse Ballpark"), "venue"),
}
"""Last words that make a name a sports venue's, and the noun a question asks one by."""
_WHERE_OPENING = LazyPattern(r"^Where\b")
_PREPOSITION_BEFORE = LazyPattern(r"\b(?P<word>at|in|on|to|from)\s+(?:the\s+)?$", re.IGNORECASE)


def with_venue_which(fact: FactRecord) -> FactRecord:
    """ "Where did Orm host Kell?" keyed a ground ("Vell Oval") asks "At which ground did Orm
    host Kell?": "where" is as well answered by the town the ground is in, which the key
    does not accept. The preposition is the sentence's own ("at", "to", "from")."""
    words = fact.answer.split()
    opening = _WHERE_OPENING.match(fact.prompt)
    if opening is None or len(words) < 2 or words[-1] not in _VENUE_SORTS:
        return fact
    template = fact.statement_template or ""
    before = _PREPOSITION_BEFORE.search(template[: template.find(ANSWER_PLACEHOLDER)])
    if ANSWER_PLACEHOLDER not in template or before is None:
        return fact
    preposition = "at" if before["word"].casefold() in ("at", "in", "on") else before["word"]
    which = f"{preposition.capitalize()} which {_VENUE_SORTS[words[-1]]}"
    return replace(fact, prompt=f"{which}{fact.prompt[opening.end() :]}")


_LAND_SORTS = word_set(
    "country nation state kingdom empire realm land republic colony province region city town"
)
"""Sorts of land a "which" question may name; its key must be one."""
_BODIES_OF_A_LAND = word_set("Union Confederation Congress Nations Government Commonwealth")
"""Body words that also head the name of a land ("Soviet Union", "Swiss Confederation")."""
_CONTINENT_OR_COUNTRY = frozenset(["America"])
"""Names of a continent that also name a country: "colonization of America" is of the
continent, "emigrated to America" to the United States; "which country" fits only one."""
_NEVER_A_LAND = frozenset(["person", "event", "year", "date", "period", "number"])


def with_key_s_own_sort(fact: FactRecord) -> FactRecord | None:
    """ "Which country declared war on Orm? → Kessian Revolution": a land asked for but an
    event or a body named. The question asks by the key's own sort ("Which revolution
    ...?") when its head word gives one, and is not asked when the key's kind is no land,
    or names a continent as often as a country ("America")."""
    found = _WHICH.search(fact.prompt)
    if found is None or found.group(2) not in _LAND_SORTS:
        return fact
    if re.sub(r"^the\s+", "", fact.answer) in _CONTINENT_OR_COUNTRY:
        return None
    words = fact.answer.split()
    head = (words[: words.index("of")] if "of" in words else words) or [""]
    last = head[-1]
    if last in lexicon.EVENT_WORDS or (
        last in lexicon.ORGANISATION_WORDS and last not in _BODIES_OF_A_LAND
    ):
        sort = last.casefold()
    elif fact.kind in _NEVER_A_LAND:
        return None
    else:
        return fact
    prompt = fact.prompt
    return replace(fact, prompt=f"{prompt[: found.start(2)]}{sort}{prompt[found.end(2) :]}")


def _lone_title(form: str) -> bool:
    """Whether a form is a title or honorific alone ("Sheikh", "the Swami")."""
    words = re.sub(r"^[Tt]he\s+", "", form).split()
    return len(words) == 1 and lexicon.title_word(words[0])


def without_lone_title(fact: FactRecord) -> FactRecord:
    """A title or honorific alone ("Sheikh" for "Sheikh Amal Rast") is never accepted: many
    bear it. A key that is one ("the Swami") becomes the document's name that opens with it
    ("Swami Orvananda"), where a form gives one."""
    if fact.kind not in ("person", "other"):
        return fact
    answer = fact.answer
    if _lone_title(answer):
        title = re.sub(r"^[Tt]he\s+", "", answer)
        named = [form for form in fact.accepted if form.startswith(f"{title} ")]
        answer = named[0] if named else answer
    accepted = tuple(form for form in fact.accepted if form != answer and not _lone_title(form))
    if answer == fact.answer and accepted == fact.accepted:
        return fact
    if answer != fact.answer and not _lone_title(fact.answer):
        accepted = (fact.answer, *accepted)
    return replace(fact, answer=answer, accepted=accepted)


_WHICH_PLURAL = LazyPattern(r"\b(?P<which>[Ww]hich)\s+(?P<noun>[a-z]+s)\b(?P<after>\s+[a-z]+)?")
_TWO_OR_MORE = LazyPattern(r"\s+(?:and|or|&)\s|,")


def _one_name(answer: str) -> bool:
    """Whether a key names one thing by name: capitalised words, no list, no plural head."""
    words = answer.split()
    return (
        bool(words)
        and not _TWO_OR_MORE.search(answer)
        and all(word[:1].isupper() or word in ("of", "de", "the") for word in words)
        and not words[-1].endswith("s")
    )


def _one_of_several_named(quote: str, noun: str, answer: str) -> bool:
    """Whether the sentence names the key among others under one plural sort ("the apostles
    Tamsin and Rask", "the saints Rask, Tamsin and Ilse")."""
    listed = re.search(
        rf"\b{re.escape(noun)}\s+(?P<names>(?:[A-Z][\w'’-]*[\s,&]*|and\s+|or\s+)+)", quote
    )
    return bool(
        listed and answer in listed["names"] and _TWO_OR_MORE.search(listed["names"].strip(" ,"))
    )


def with_one_key_s_number(fact: FactRecord) -> FactRecord | None:
    """ "Which apostles converted Orvan's sister?" keyed one name: the question asks for one
    of several the sentence names together and is not asked; a plural sort before a single
    key the sentence names alone becomes singular ("Which apostle ...?")."""
    found = _WHICH_PLURAL.search(fact.prompt)
    if found is None or not _one_name(fact.answer):
        return fact
    noun = found["noun"]
    singular = _singular(noun)
    if singular is None:
        return fact  # "Which species ...": the same word for one and many
    if _one_of_several_named(fact.quote, noun, fact.answer):
        return None
    verb = (found["after"] or "").strip()
    if verb in _SINGULAR_VERB:
        verb = _SINGULAR_VERB[verb]
    elif verb and verb in lemmas_as(verb, "VERB"):
        return None  # "Which apostles preach ...": the verb would need a singular form too
    end = found.end("after") if found["after"] else found.end("noun")
    spaced = f" {verb}" if verb else ""
    prompt = fact.prompt
    rewritten = f"{prompt[: found.start()]}{found['which']} {singular}{spaced}{prompt[end:]}"
    return replace(fact, prompt=rewritten)


_NOUN_AFTER_KEY = r" (?P<noun>[a-z]{3,})(?P<rest>(?: [a-z]+)?)"
_UNLISTED_NON_NOUNS = word_set("the nor than")
"""Words the dictionary of parts of speech leaves out that are no noun."""
_PHRASE_ENDS = word_set(
    "and or but of in on at by for with to from as into onto over under near after before"
)
"""Joining words and prepositions that may follow the head noun of a phrase."""
_AUXILIARIES = word_set("was were is are has had have")


def with_head_noun(fact: FactRecord) -> FactRecord:
    """ "What enjoyed success as a parlour instrument? → C tenor" where the sentence writes
    "the C tenor kellophone": the key modifies a noun the sentence writes after it and the
    question does not, so the thing asked for is the whole phrase; the short form is
    accepted. Only a noun that closes its phrase is its head: a stop, a preposition, a
    joining word or the end follows, or the verb the question asks the phrase of ("What
    enjoyed ...?"). Any other verb opens a clause the next noun is subject of ("brought salt
    settlers needed"), so that noun is none of the key's."""
    key = fact.answer
    if fact.kind not in ("term", "other") or not re.match(r"What\b", fact.prompt):
        return fact
    written = re.search(rf"(?<![\w'-]){re.escape(key)}{_NOUN_AFTER_KEY}", fact.quote)
    if written is None:
        return fact
    noun, rest = written["noun"], written["rest"].strip()
    tags = word_tags(noun)
    if noun in lexicon.FUNCTION_WORDS or (
        tags != {"NOUN"} and (tags or noun in _UNLISTED_NON_NOUNS)
    ):
        return fact  # a word no dictionary has ("kellophone") is a noun; "and" is none
    verb = finite_verb(rest) is not None or rest in _AUXILIARIES
    asked_of_the_phrase = verb and bool(re.match(rf"What {re.escape(rest)}\b", fact.prompt))
    if rest and rest not in _PHRASE_ENDS and not asked_of_the_phrase:
        return fact  # "the C tenor kellophone case", "salt settlers needed"
    if re.search(rf"\b{re.escape(noun)}(?:s|es)?\b", fact.prompt, re.IGNORECASE):
        return fact  # "Which kellophone ...?" asks for the modifier
    whole = f"{key} {noun}"
    accepted = tuple(dict.fromkeys((key, *fact.accepted)))
    return replace(fact, prompt=_which_noun(fact.prompt, noun), answer=whole, accepted=accepted)


_BARE_WHAT = LazyPattern(r"What (?P<next>[a-z]+)\b")
_VERBS_AFTER_WHAT = _AUXILIARIES | word_set("did does do")


def _which_noun(prompt: str, noun: str) -> str:
    """ "What enjoyed success ...?" → "Which kellophone enjoyed success ...?": the noun the
    key modifies says what sort of thing is asked for, which a bare "what" before a verb
    leaves a riddle."""
    opens = _BARE_WHAT.match(prompt)
    if opens is None or not (finite_verb(opens["next"]) or opens["next"] in _VERBS_AFTER_WHAT):
        return prompt
    return f"Which {noun}{prompt[len('What') :]}"


_LANGUAGE_TAIL = LazyPattern(
    r"(?P<key>.+?)\s+in\s+(?:both\s+)?(?P<one>[A-Z][a-z]+)(?:\s+(?:and|&)\s+(?P<two>[A-Z][a-z]+))?"
)
_YEAR_TAIL = LazyPattern(r"(?P<key>(?:[A-Z][\w’'-]*\s+)+(?P<sort>[A-Z][a-z]+))\s+of\s+1?\d{3,4}")
_HAPPENINGS = word_set(
    "War Revolution Crisis Rebellion Uprising Revolt Massacre Famine Plague Invasion Occupation"
    " Coup Rising Earthquake Eruption Disaster Raid Blockade Siege Flood Fire"
)
"""Sort words of events a name and its year tell apart, never one the year names ("Treaty
of 1818", "Act of 1862": the year is part of a law's or a pact's name)."""
_GENERIC_OPENINGS = word_set("Great Grand General First Second Third Last New Old")


def _without_languages(key: str) -> str | None:
    """The name before "in English" or "in both English and Orvish", or None."""
    spoken = _LANGUAGE_TAIL.fullmatch(key)
    if spoken is None or not spoken["key"][:1].isupper():
        return None  # "taught in English" says how, no name
    languages = (spoken["one"], spoken["two"])
    return (
        spoken["key"]
        if all(word is None or word in lexicon.COUNTRY_DEMONYMS for word in languages)
        else None
    )


def without_descriptive_tail(fact: FactRecord) -> FactRecord:
    """The key without words its sentence adds to the name that are no part of it: the
    languages it is called so in ("Orm Tech" for "Orm Tech in both English and Orvish") and
    the year of a named event ("Vessian Invasion" for "Vessian Invasion of 1120", which stays
    accepted). Only a name left of two words or more that no generic word opens ("Great
    Famine of 1315" stays whole), and an event's sort, not a law's or a pact's."""
    key = fact.answer
    short = _without_languages(key)
    if short is not None:
        accepted = tuple(
            form
            for form in fact.accepted
            if _without_languages(re.sub(r"^(?:[Tt]he|[Aa]n?)\s+", "", form)) is None
        )
        return replace(fact, answer=short, accepted=accepted)
    dated = _YEAR_TAIL.fullmatch(key)
    if (
        dated is None
        or dated["sort"] not in _HAPPENINGS
        or len(words := dated["key"].split()) < 2
        or words[0] in _GENERIC_OPENINGS
    ):
        return fact
    short = dated["key"]
    accepted = tuple(dict.fromkeys(form for form in (key, *fact.accepted) if form != short))
    return replace(fact, answer=short, accepted=accepted)


_OWNED_TERM = LazyPattern(
    r"(?P<head>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+of\s+(?:the|an?)\s+(?P<owner>[a-z][\w-]*)"
)
"""A term keyed with the thing it is of: "domain of the function", "radius of a circle"."""


def without_given_owner(fact: FactRecord) -> FactRecord:
    """A term's key without the "of" part its question already gives: "What is the set of
    all inputs to a given function called?" keyed "domain of the function" asks for
    "domain", which a learner types; the whole key stays accepted."""
    if fact.kind != "term":
        return fact
    owned = _OWNED_TERM.fullmatch(fact.answer)
    if owned is None:
        return fact
    owner = owned["owner"]
    if not re.search(
        rf"\b(?:{re.escape(owner)}|{re.escape(regular_plural(owner))})\b", fact.prompt
    ):
        return fact
    head = owned["head"]
    accepted = (fact.answer, *(f for f in fact.accepted if not f.startswith(f"{head} of ")))
    return replace(fact, answer=head, accepted=tuple(dict.fromkeys(accepted)))


def with_answerable_key(fact: FactRecord) -> FactRecord | None:
    """The fact with its key and forms made answers a learner would give, or None when its
    key is none ("unknown", a cut quotation) or its question cannot be asked fairly."""
    if fact.origin == "curated":
        return fact
    if (
        non_answer(fact.answer)
        or broken_quotes(fact.answer)
        or category_key(fact.answer, fact.prompt)
        or empty_key(fact.answer)
        or named_otherwise(fact.answer, fact.prompt)
    ):
        return None
    fact = without_numberless_forms(without_stray_article(without_home_place(fact)))
    fact = without_asked_class_noun(without_descriptive_tail(fact))
    fact = without_given_owner(fact)
    fact = with_venue_which(with_head_noun(without_lone_title(fact)))
    asked = with_thing_wh(fact)
    asked = with_key_s_own_sort(asked) if asked is not None else None
    asked = with_one_key_s_number(asked) if asked is not None else None
    return with_broader_which(asked) if asked is not None else None
