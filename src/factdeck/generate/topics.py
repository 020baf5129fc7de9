"""A question that never says what it is about gets the document's subject said first.

A learner sees one question, never the title above it. "Which commission started a relief
plan?" is about a flood the title names; "Who was Ada Moll cast as?" about a film. Where the
document is on a named place, body, work, product or event, a question about it that names
neither it nor anything that scopes it opens with the subject: "In the Varna flood, ...",
"In Ostmark, ...". A person or a concept gets no such opening: a question on one is about it
as it stands.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from factdeck.generate import lexicon
from factdeck.generate.chronology import TimeSpan, story_times
from factdeck.generate.phrasing import (
    AUXILIARIES,
    MODALS,
    MODIFIERS_LISTED,
    base_verb,
    finite_verb,
    opening_scope,
    past_participle,
    word_tags,
)
from factdeck.generate.text import (
    DISAMBIGUATOR,
    MONTHS,
    ORDINAL_WORDS,
    PLACE_AFTER_COMMA,
    WRITTEN_YEAR,
    quoted_title,
    word_set,
)

_PLACE = word_set(
    "city town village port state province county region country island territory colony"
    " municipality borough district nation republic kingdom metropolis suburb commune"
    " prefecture archipelago peninsula"
)
_BODY_AT = word_set(
    "university college school academy institute museum library hospital company corporation"
    " firm broadcaster airline bank club agency body panel organisation organization"
    " association society foundation commission studio label publisher"
)
_BODY_IN = word_set("parliament assembly congress senate council church party government league")
_JOINED_BODIES = word_set("party")
"""Bodies one joins by choice: "in the Kell Party" would make a voter, a rival or an ally
it courted a member, and most of what a party's document tells is such people's deeds."""
_WORK = word_set(
    "film movie game album song single novel book play opera series show episode poem"
    " painting musical sitcom documentary"
)
_SCREEN_PRODUCT = word_set(
    "player phone smartphone console computer device tablet laptop camera watch"
)
_EVENT = word_set(
    "war battle siege crisis earthquake flood storm hurricane cyclone typhoon tornado fire"
    " disaster famine epidemic pandemic revolution uprising rebellion election referendum"
    " strike riot massacre eruption tsunami games olympics championship"
)
_SORTS = _PLACE | _BODY_AT | _BODY_IN | _WORK | _SCREEN_PRODUCT | _EVENT
_PLACES_OF_WORSHIP_AND_CARE = word_set(
    "synagogue mosque temple church cathedral chapel abbey monastery priory convent shrine"
    " congregation parish seminary school hospital hospice museum gallery theatre theater"
    " observatory orchestra choir ensemble band team"
)
"""Institutions besides the bodies of ``_BODY_AT``: one serves or joins one as a rabbi, a
prior, a curator or a drummer, yet a question on them need not open with them."""

_SCREEN_WORK = word_set("film movie series show episode sitcom documentary")
_PRODUCTION = re.compile(r"\b(?:filming|filmed|shooting|shot|principal photography)\b")
"""Words that put a question in the making of a film, not its story."""
_PRODUCTION_OPENING = re.compile(
    r"^(?:Filming|Shooting|Production|Principal photography)\s(?=[a-z])"
)
"""A question whose subject is the making itself: "Filming returned to ..." → "Filming of
Ostmark returned to ..."."""

_ASKS_A_TIME = re.compile(
    r"^(?:(?:In|On|By|Until|Since|From|During|Before|After)\s+)?(?:When\b|(?:what|which)\s+"
    r"(?:year|years|date|day|month|century|decade|period)\b)",
    re.IGNORECASE,
)
_SPELLED_ORDINALS = "(?:" + "|".join(ORDINAL_WORDS) + ")"
"""A century's ordinal spelled out ("the eighteenth century")."""
_TIME_NAMED = re.compile(
    r"\b(?:1[0-9]{3}|20[0-9]{2})s?\b|\b\d{1,2}(?:st|nd|rd|th)\s+century\b"
    rf"|\b{_SPELLED_ORDINALS}\s+century\b",
    re.IGNORECASE,
)
_ASKED_SORT = re.compile(r"^(?:\w+\s+)?(?i:which|what)\s+(?P<sort>[a-z]+)(?:\s+(?P<after>[a-z]+))?")
"""The sort a question asks for: "Which war ...", "During which major war ..."."""
MAX_ANCHORED_WORDS = 25
"""Words a question may reach with its opening: a longer one is hard enough to read."""
_IS_A = (
    r"^(?:The\s+)?{name}(?:\s+\([^()]*\))?(?:,[^,;]*,)?\s+(?:is|was|are|were)\s+"
    r"(?:an?|the|one\s+of\s+the)\s+(?P<words>[^,.;()]*)"
)
"""What the first sentence says the subject is, with the name put in: "Kell is a city"."""
_CALLED = (
    r"(?:(?:often|also|commonly|sometimes|usually|popularly|formerly)\s+)*"
    r"(?:abbreviated(?:\s+as)?|(?:known|referred\s+to)\s+as|called)\s+|\bor\s+simply\s+"
)
"""Words that give a subject's other name: "commonly referred to as", "or simply"."""
_SHORT_FORM = re.compile(
    rf"\s*(?:\((?P<inside>[^()]*)\)|,?\s*(?:{_CALLED})[\"“]?(?P<after>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)*))"
)
"""Short names right after a name: "(UChicago, Chicago, or U of C)", ", often abbreviated
SoCal", "(commonly referred to as Kellu)", ", or simply Kell"."""
_ADJECTIVE_SHAPE = re.compile(r"[A-Z][a-z]+(?:ish|ese|ian|ean)")
"""The shape of a people's or a place's adjective no list holds ("Vessian"); a city's name
rarely has it ("Milan", "Munich")."""
_CAPITALISED_BEFORE_A_NOUN = re.compile(r"(?<=\s)(?P<word>[A-Z][a-z]+)(?=\s+[a-z])")
_KEEPS_ITS_CAPITAL = re.compile(r"[A-Z]\w*[A-Z]\w*|I|[A-Z]\d")
"""A first word that is capitalised in any place: "US", "BSkyB", "I"."""
_WORD = re.compile(r"[\w’'-]+")
_EARLIER = re.compile(r"\bhad\s+(?:been\s+)?[a-z]+(?:ed|en|wn|ght|lt|nt)\b")
"""A pluperfect ("had negotiated"): what came before the time a sentence tells of."""
_MEANING = re.compile(r"\bstands?\s+for\?$|\bcalled\?$")
"""A question on what a term means, which holds wherever the term is used."""
_FUNCTION_WORDS = word_set(
    "the a an this these that those which what who whom whose when where why how in on at by"
    " for from to with after before during since until under of"
)
"""Words a question may open with that are never names."""


@dataclass(frozen=True)
class Topic:
    """A document's subject as a question may open with it."""

    name: str
    """The subject as it reads in mid-sentence: "Warsaw", "the Scottish Parliament"."""
    group: str
    """``place``, ``body``, ``work``, ``product`` or ``event``."""
    sort: str
    """The noun the document files the subject under: "city", "film", "flood"."""
    forms: tuple[str, ...]
    """What names the subject in a question: its name, short name, abbreviation, the words
    of its name no other English word is spelt as ("Kell" of "Kell University")."""
    years: tuple[int, int] | None = None
    """An event's first and last year, where its title or first sentence says them."""
    days: TimeSpan | None = None
    """An event's first and last day, where its title or first sentence dates it by a month
    or a day ("on 11 June 1711", "in March 1642"): a year alone leaves it None."""

    def opening(self, question: str) -> str:
        """The words a question about the subject opens with: "In Warsaw,", "At Kell
        University,", "During filming of Ostmark,"."""
        if self.group == "place":
            return f"{'On' if self.sort == 'island' else 'In'} {self.name},"
        if self.group == "body":
            return f"{'In' if self.sort in _BODY_IN else 'At'} {self.name},"
        if self.group == "work":
            screen = self.sort in _SCREEN_WORK and _PRODUCTION.search(question)
            return f"During filming of {self.name}," if screen else f"In {self.name},"
        if self.group == "product":
            return f"{'On' if self.sort in _SCREEN_PRODUCT else 'For'} {self.name},"
        return f"In {self.name},"

    def names_it(self, text: str) -> bool:
        """Whether a text names the subject by one of its forms or its people's adjective
        ("Kell's", "Kellish", "Kessian" of Kessia, "southern Kessia" of Southern
        Kessia too), never by a longer name ("Kelly")."""
        return any(
            (_capitalised(found.group(0)) or self.group == "activity")
            for form in self.forms
            for found in re.finditer(
                rf"(?<![\w-]){re.escape(form)}(?=(?:ish|ese|ian{'|n' if form.endswith('a') else ''})?(?!\w))",
                text,
                re.IGNORECASE,
            )
        )


def _capitalised(name: str) -> bool:
    """Whether a name found with its case ignored has a capital, as a name is written
    ("southern Kessia", never the word "bright" of the place Bright)."""
    return any(letter.isupper() for letter in name)


def sort_group(sort: str) -> str | None:
    """The group of things a sort is of: ``place``, ``body``, ``work``, ``product``,
    ``event``; None for a sort of none of them."""
    if sort in _PLACE:
        return "place"
    if sort in _BODY_AT or sort in _BODY_IN:
        return "body"
    if sort in _WORK:
        return "work"
    if sort in _SCREEN_PRODUCT:
        return "product"
    return "event" if sort in _EVENT else None


def _sort(
    title: str, base: str, class_noun: str | None, first: str | None, sorts: Collection[str]
) -> str | None:
    """The sort of a named subject: its title's bracketed disambiguator, the head before
    "of", its last word, the first sentence's class noun; none where the title ends in a
    common noun of no such sort ("Orm law", "Kell dynasty": a concept, a period)."""
    bracket = DISAMBIGUATOR.search(title)
    words = bracket["words"].split() if bracket else []
    last = base.split()[-1]
    if last.islower() and last not in sorts:
        return None
    found = [words[-1] if words and words[-1].islower() else None]
    head = re.match(r"(?:The\s+)?(?P<head>[A-Z][a-z]+)\s+of\s+[A-Z]", base)
    found += [head["head"].casefold() if head else None, last.casefold(), class_noun]
    if first is not None:
        is_a = re.match(_IS_A.format(name=re.escape(base)), first)
        if is_a:
            phrase = re.split(
                r"\s+(?:of|that|which|who|in|on|at|for|by|to|under)\b", is_a["words"]
            )[0]
            words = phrase.split()
            rest = f"{phrase[len(' '.join(words)) :]}{first[is_a.end() :]}"
            found += [
                word
                for at, word in enumerate(words)
                if not _modifies_a_noun(" ".join(words[at + 1 :]) or rest.lstrip(" "), rest)
            ]
    return next((sort for sort in found if sort in sorts), None)


def _modifies_a_noun(after: str, rest: str) -> bool:
    """Whether a word of what a first sentence says the subject is, with ``after`` the words
    after it in its phrase, modifies a noun that follows ("a film actor", "a city council")
    rather than being the head the subject is ("a film directed by ..."); ``rest`` is what
    follows the phrase, where a list of further modifiers may go on ("an English film,
    television and stage actor")."""
    if not after.startswith((",", " ")) and after:
        following = after.split()[0].casefold()
        return _common_noun(following)
    listed = MODIFIERS_LISTED.match(rest)
    return listed is not None and _common_noun(listed["noun"])


def _common_noun(word: str) -> bool:
    """A noun that is no participle or verb form ("actor", "council"; not "directed",
    "starring", "set")."""
    tags = word_tags(word)
    if "NOUN" not in tags or word.endswith(("ing", "ed")) or past_participle(word):
        return False
    return finite_verb(word) is None and not ("VERB" in tags and word.endswith("s"))


def _proper(base: str, texts: Sequence[str]) -> bool:
    """Whether the document's subject has a name: one that opens with a word no English word
    is spelt as ("Lundmark"), or that the document writes with its capitals inside a sentence
    ("... of the Kell Regatta"), not only where a sentence opens ("Private schools are ...",
    "a private school")."""
    first = base.split()[0]
    if first[:1].isupper() and not word_tags(first.casefold()):
        return True
    pattern = re.compile(rf"(?<=\s){re.escape(base)}(?![\w-])")
    named = first[:1].isupper() or first[:1].isdigit()
    return named and any(pattern.search(text) for text in texts)


_BEFORE_A_BARE_NAME = word_set(
    "in at on by for from to with after before during since until under of near into"
    " against about over"
)
"""Prepositions: a name written right after one is written without "the"."""


def _written_bare(before: str) -> bool:
    """Whether the word before a name shows it written without "the": a preposition or a
    verb ("at Kell", "won Kell"), never an adjective ("immortal") or a bracket
    ("(English)"), where "the" may stand further back."""
    return before in _BEFORE_A_BARE_NAME or word_tags(before) == {"VERB"}


def with_written_article(name: str, texts: Sequence[str]) -> str:
    """The name after "the" where the document writes it so more often than not, or where it
    ends in a common noun and the document does not say; after "The" where the document
    writes that capital in mid-sentence more often than either, as a work's title opening
    with its article is ("directed The Long Night": "In The Long Night, who ...?")."""
    if name.startswith("the "):
        return name
    words = name.split()
    # "Siege of Orm", "Treaty of Kell": a common noun heads the name, which takes "the"; only
    # a bare use after a preposition or a verb tells otherwise, never "the great Siege of Orm"
    headed = len(words) > 2 and words[1] == "of" and "NOUN" in word_tags(words[0].casefold())
    after_the = bare = titled = 0
    pattern = re.compile(rf"(?:(?P<prior>\S+)\s+)?(?P<before>\S+)\s+{re.escape(name)}(?![\w-])")
    for text in texts:
        if name not in text:
            continue  # the plain test first: the pattern tries every word of a text
        for match in pattern.finditer(text):
            if match["before"] == "the":
                after_the += 1
            elif match["before"] == "The":
                # a capital "The" after a word that ends no sentence is the title's own
                titled += match["prior"] is not None and not match["prior"].endswith(_CLOSES)
            elif not headed or _written_bare(match["before"]):
                bare += 1
    if titled > after_the + bare:
        return f"The {name}"
    common = words[-1].islower() or headed  # "1998 Varna flood": a noun phrase, not a name
    return f"the {name}" if after_the > bare or (common and after_the == bare) else name


_CLOSES = (".", "!", "?", ":", '"', "”", "=")
"""What a word ends with where the next one may open a sentence, a quote or a heading."""


def _short_forms(base: str, first: str | None) -> list[str]:
    """The short names the first sentence gives the subject right after its name, one
    after another: "(UChicago, Chicago, or U of C)", "often abbreviated SoCal", "(Kellu),
    also known as Kell U"."""
    opening = re.match(rf"(?:The\s+)?{re.escape(base)}", first or "")
    if opening is None:
        return []
    forms: list[str] = []
    position = opening.end()
    while match := _SHORT_FORM.match(first or "", position):
        position = match.end()
        given = re.sub(_CALLED, "", match["inside"] or match["after"] or "")
        for piece in re.split(r",|;|\bor\b|\balso\b", given):
            piece = piece.strip(' "“”')
            if re.fullmatch(r"(?:[A-Z][\w-]*)(?:\s+(?:of\s+)?[A-Z][\w-]*)*", piece):
                forms.append(piece)
    return forms


def _own_word(base: str) -> list[str]:
    """The one word of a name that tells it from others of its sort where the rest is the
    sort ("Kell" of "Kell University", "University of Kell"): the document may call the
    subject by it alone. Not a people's adjective ("Scottish" of "Scottish Parliament")."""
    words = [
        w for w in base.split() if w.casefold() not in ("of", "the") and w.casefold() not in _SORTS
    ]
    if len(words) != 1 or len(words) == len(base.split()):
        return []
    word = words[0]
    if not word[:1].isupper() or word_tags(word.casefold()) or place_adjective(word):
        return []
    return [word]


def place_adjective(word: str) -> bool:
    """Whether a capitalised word is a people's or a place's adjective ("Scottish", "French",
    "Vessian"), not a given name ("Brian")."""
    if word in lexicon.COUNTRY_DEMONYMS:
        return True
    return _ADJECTIVE_SHAPE.fullmatch(word) is not None and word not in lexicon.given_names()


def names_a_people(question: str) -> bool:
    """Whether a question names a people or a place by its adjective in mid-sentence ("the
    Russian rivers", "the Vessian coast"): it says where its fact is already."""
    return any(
        place_adjective(match["word"]) for match in _CAPITALISED_BEFORE_A_NOUN.finditer(question)
    )


def document_topic(
    texts: Sequence[str], title: str, class_noun: str | None, sorts: Collection[str] = _SORTS
) -> Topic | None:
    """The subject of a document on a named place, body, work, product or event (of
    ``sorts``); None for a person, a people, a concept."""
    base = PLACE_AFTER_COMMA.sub("", DISAMBIGUATOR.sub("", title)).strip()
    base = base.removeprefix("The ").strip()
    if not base or not _proper(base, texts):
        return None
    opening = re.compile(rf"^(?:The\s+)?{re.escape(base)}\b")
    first = next((t for t in texts[:20] if opening.match(t)), None)
    sort = _sort(title, base, class_noun, first, sorts)
    if sort is None:
        return None
    shorts = _short_forms(base, first)
    name = base
    abbreviation = next((s for s in shorts if s.isupper() and len(s) >= 2), None)
    if len(base.split()) >= 4 and abbreviation:
        name = abbreviation  # "the IPCC": a learner reads it faster than six words
    forms = dict.fromkeys([base, *shorts, *_own_word(base)])
    told = [int(year) for year in WRITTEN_YEAR.findall(f"{title} {first or ''}")]
    years = (min(told), max(told)) if told else None
    days = _dated_span([*([str(years[0])] if years else []), title, first or ""])
    group = sort_group(sort) or ("body" if sort in _PLACES_OF_WORSHIP_AND_CARE else "event")
    named = quoted_title(base, texts[:20]) or with_written_article(name, texts)
    return Topic(named, group, sort, tuple(forms), years, days)


_ACTIVITY = word_set("sport game")
"""Sorts of a pastime a document may be on, named by common nouns ("Ice hockey is a team
sport"): a question on one is asked "in ice hockey"."""
_PERFORMERS = word_set("band group duo trio quartet")
"""Sorts of a group that makes records: a question on its works names it as their maker."""
_WORKS_ASKED = re.compile(
    r"^(?P<wh>Which|What)\s+(?P<kind>(?:(?:studio|debut|live|compilation|first|second|third"
    r"|fourth|fifth|sixth|seventh|last|final|next)\s+)?(?:album|single|song|EP|record|mixtape"
    r"|tour)s?)\b(?!\s+(?:of|by)\b)"
)
"""A question asking for one of a maker's works by its kind: "Which album was released ...?"."""


def named_subject(
    texts: Sequence[str], title: str, class_noun: str | None, places: Collection[str]
) -> Topic | None:
    """The document's subject as a question may name it (``document_topic``), and besides:
    a place its names say is one though no sentence files it under a sort ("Kessia" where
    the text opens on its history), a pastime ("ice hockey", ``_ACTIVITY``), a band
    (``_PERFORMERS``), each group of which ``anchored`` names in its own way."""
    topic = document_topic(texts, title, class_noun)
    if topic is not None:
        return topic
    base = PLACE_AFTER_COMMA.sub("", DISAMBIGUATOR.sub("", title)).strip().removeprefix("The ")
    if not base:
        return None
    if class_noun in _ACTIVITY:
        lowered = base[:1].lower() + base[1:]  # "Ice hockey" → "ice hockey", "Kessball" kept
        return Topic(base if _proper(base, texts) else lowered, "activity", class_noun, (base,))
    if not _proper(base, texts):
        return None
    if class_noun in _PERFORMERS:
        return Topic(with_written_article(base, texts), "performer", class_noun, (base,))
    if class_noun is None and base in places:
        return Topic(base, "place", "place", (base,))
    return None


_MAX_MONTH_DAYS = 31


def _dated_span(texts: Sequence[str]) -> TimeSpan | None:
    """The days from the first to the last month or day the texts give ("11 June 1711",
    "March 1642"; "from June 1 to June 15, 1711" after the event's first year, which dates
    the day given without its own); None where they give none finer than a year."""
    spans = [
        span
        for times in story_times(texts)
        for span, _ in times
        if span[1] - span[0] < _MAX_MONTH_DAYS
    ]
    return (min(s[0] for s in spans), max(s[1] for s in spans)) if spans else None


_INSTITUTION = (_BODY_AT | _BODY_IN | _PLACES_OF_WORSHIP_AND_CARE) - _JOINED_BODIES


def document_institution(texts: Sequence[str], title: str, class_noun: str | None) -> Topic | None:
    """The subject of a document on a named institution, where people hold posts: a body
    (``document_topic``), or a house of worship, a school, a hospital, a team or a band the
    first sentence files it under ("Kell Abbey is a monastery"); None for anything else."""
    topic = document_topic(texts, title, class_noun)
    if topic is not None:
        return topic if topic.sort in _INSTITUTION else None
    return document_topic(texts, title, class_noun, _INSTITUTION)


def _outside_the_event(
    source: str, when: int | None, topic: Topic, dated: TimeSpan | None = None
) -> bool:
    """Whether a sentence may tell of a time before or after an event: its paragraph has
    reached (``when``) no year of the event, it names a year outside them ("pulled out of
    the accord in 1971" in a text on a 1973 crisis), or it is a pluperfect ("had
    negotiated"). Where the document dates the event by a month or a day, the last time
    its paragraph has given by the sentence's end (``dated``) must lie within those days: a
    year alone does not place it there ("In 1711 the king dismissed his marshal" of a battle
    fought on 14 June 1711 is background the document tells before it)."""
    if topic.years is None or _EARLIER.search(source):
        return True
    first, last = topic.years
    years = [int(year) for year in WRITTEN_YEAR.findall(source)]
    if topic.days is not None:
        placed = dated is not None and topic.days[0] <= dated[0] and dated[1] <= topic.days[1]
        return not placed or any(not first <= year <= last for year in years)
    return when is None or any(not first <= year <= last for year in [*years, when])


def _opening_word(question: str, proper: Collection[str]) -> str:
    """The question with its first word as it reads after an opening phrase: "Which" →
    "which", "Scouts" → "scouts", but "Governor Ivo Marr", "Kell's", "US" as they are."""
    first = _WORD.match(question)
    word = first.group(0) if first else ""
    bare = re.sub(r"[’']s$", "", word)
    named = bare in proper or _KEEPS_ITS_CAPITAL.fullmatch(bare) is not None
    named = named or not word_tags(bare.casefold())  # no English word: a name
    title = re.match(r"\s+[A-Z]", question[len(word) :]) is not None  # "Governor Ivo Marr"
    if word.casefold() in _FUNCTION_WORDS or not (named or title):
        return question[:1].lower() + question[1:]
    return question


_DESCRIBED_NAME = re.compile(
    r"(?P<name>\b[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*)*),\s+(?:a|an|the)\s+"
    r"(?:[a-z-]+\s+){0,2}?(?P<sort>[a-z]+)\b(?=\s+(?:that|which|who|founded|built|made|[a-z]+ed\b)|[,.;]|$)"
)
"""A name and the sort an apposition gives it: "the March of Orm, a small state founded"."""


def _describes_another(source: str, topic: Topic) -> bool:
    """Whether a sentence gives another name a sort of the topic's group ("Kelby was the seat
    of the March of Orm, a small state"): its question may be about that one."""
    return any(
        sort_group(match["sort"]) == topic.group and not topic.names_it(match["name"])
        for match in _DESCRIBED_NAME.finditer(source)
    )


_MAKING = re.compile(
    r"\b(?:cast|casting|film(?:ed|ing)?|shot|shoot(?:ing)?|releas\w*|premier\w*|scor(?:e|ed|ing)"
    r"|soundtrack|compos\w*|wr[io]t\w*|written|draft\w*|publish\w*|edit(?:ed|ing|ion|or)s?"
    r"|record\w*|produc\w*|direct\w*|adapt\w*|screenplay|script|chapters?|characters?|plot"
    r"|story|narrat\w*|protagonist|roles?|play(?:ed|s)|portray\w*|voic\w*|star(?:s|red|ring))\b",
    re.IGNORECASE,
)
"""Words of a work's making or of its story as such: cast, filming, release, score, writing."""
_PASSIVE = re.compile(r"\b(?:is|are|be|been|being|has|have)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\b")
_PAST = re.compile(
    r"\b(?:was|were|had|did|came|went|took|made|gave|got|became|began|grew|lived|died|born"
    r"|[a-z]{3,}ed)\b"
)
"""A verb that tells of the past: a story is told in the present ("Ada finds the letter"),
a life in the past ("Her aunt came daily ...")."""


def of_the_work(question: str, source: str) -> bool:
    """Whether a question on a work is a fact of its story or of its making, which "In
    Ostmark," may open: one that says so ("cast", "filmed", "the plot"), or whose sentence is
    told in the present as a story is. A fact of real people's lives the document tells
    ("Her aunt came daily to care for the family") is in the past."""
    if _MAKING.search(question) or _MAKING.search(source):
        return True
    told = _PASSIVE.sub("", source)
    if any(_present_verb(word) for word in _WORD.findall(told)):
        told = _EARLIER.sub("", told)  # "finds the note Ivo had left": earlier in the story
    return not any(_past_verb(found) for found in _PAST.finditer(told))


def _present_verb(word: str) -> bool:
    """Whether a word is a verb in the present ("finds", "is"), as a story is told: a
    pluperfect beside one tells what came before in the story, not a real past."""
    if word in ("is", "are"):
        return True
    found = finite_verb(word) if word.islower() else None
    return found is not None and found[1] == "VBZ"


_DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|his|her|its|their|our|my|your)\s+$", re.I)


def _past_verb(found: re.Match[str]) -> bool:
    """Whether a ``_PAST`` word is a verb: not an adjective in "-ed" ("their teenaged son",
    "a crowded inn"), which no verb is spelt as or which follows a determiner, nor a
    participle after its noun ("tea supplied by Ivo") or a word in quotes ('calls it
    "twisted"')."""
    word = found.group(0)
    if not word.endswith("ed") or word in ("was", "were", "had", "did"):
        return True
    if "VERB" not in word_tags(word):
        return False
    before = found.string[: found.start()]
    if len(re.findall(r'["“”]', before)) % 2 or re.match(r"\s+by\b", found.string[found.end() :]):
        return False
    return _DETERMINER_BEFORE.search(before) is None


class Names:
    """Names found in a text by one pattern, each with a capital as a name is written ("March
    of Orm" of a name cased down, never the word "bright" of the place Bright:
    ``_capitalised``)."""

    def __init__(self, names: Collection[str]):
        alternatives = "|".join(map(re.escape, sorted(names, key=lambda name: (-len(name), name))))
        self._pattern = (
            re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)
            if alternatives
            else None
        )

    def named_in(self, text: str) -> bool:
        """Whether the text names one of the names."""
        if self._pattern is None:
            return False
        return any(_capitalised(found.group(0)) for found in self._pattern.finditer(text))


def with_title_s_article(question: str, topic: Topic) -> str:
    """The question with the capital given back to a title's own "The" where the question
    lowered it as a sentence's first word ("did the Long Night open" of a film the document
    calls The Long Night → "did The Long Night open")."""
    if not topic.name.startswith("The "):
        return question
    lowered = re.escape(f"the {topic.name[4:]}")
    return re.sub(rf"(?<![\w-]){lowered}(?![\w-])", topic.name, question)


def anchored(
    question: str,
    answer: str,
    source: tuple[str, int | None],
    topic: Topic,
    scoping: Names,
    proper: Collection[str],
    dated: TimeSpan | None = None,
) -> str:
    """The question opening with its topic ("In Warsaw, which river ...?") where it names
    neither the topic nor a name or a people's adjective that scopes it (``scoping``: the
    document's other places, and bodies for a body; "the Russian rivers", but for an event,
    whose opening says when, not where), asks nothing outside it, and its answer does not
    name the topic.
    ``source`` is the sentence the question was made from and the last year its paragraph
    has named by its end; ``dated`` the last time (a year, a month or a day) it has given by
    then, which places the sentence in an event dated by a month or a day."""
    if topic.names_it(question) or topic.names_it(answer) or _MEANING.search(question):
        return question
    if topic.sort in _JOINED_BODIES:
        return question
    if topic.group == "performer":
        return _works_of(question, answer, topic, proper)
    if topic.group == "activity" and _names_anything(question, topic, proper):
        return question  # "In what year was the Orm League founded?": its own name places it
    own_words = {w for w in re.findall(r"[A-Z][\w-]+", topic.name) if w.casefold() not in _SORTS}
    if own_words & set(re.findall(r"[A-Z][\w-]+", answer)):
        return question  # "In the Kell Parliament, which government ...?" → "Kell Government"
    if scoping.named_in(question):
        return question  # "Which river ... in Poland?": where already
    if topic.group != "event" and names_a_people(question) and not _ARRIVAL.search(question):
        return question  # "... the Russian rivers"; but "Kessian settlers came" says who, not where
    if _describes_another(source[0], topic):
        return question
    asked = _ASKED_SORT.match(question)
    asked_sorts = [asked["sort"], asked["after"] or ""] if asked else []
    if topic.group in ("work", "event", "product") and any(
        sort == "event" or sort_group(sort) == topic.group for sort in asked_sorts
    ):
        return question  # "During which war ...?": another of the topic's sort
    if topic.group == "event" and (
        _ASKS_A_TIME.match(question)
        or _TIME_NAMED.search(question)
        or _outside_the_event(*source, topic, dated)
    ):
        return question  # a time places an event's question, or puts it outside the event
    production = _PRODUCTION_OPENING.match(question)
    if topic.group == "work" and production:
        return f"{production.group(0).rstrip()} of {topic.name} {question[production.end() :]}"
    destination = arrival_without_place(question)
    if topic.group == "place" and destination:
        into = _arrival_preposition(destination["verb"], topic.sort)
        return f"{question[: destination.end()]} {into} {topic.name}{question[destination.end() :]}"
    opening = topic.opening(question)
    if topic.group == "activity" and _OPENS_WITH_ITS_WH.match(question):
        whole = _placed_after(question, opening.rstrip(","), topic.group, topic.name)
        return question if len(whole.split()) > MAX_ANCHORED_WORDS else whole
    if question.split()[0].casefold() == opening.split()[0].casefold():
        return question  # "In Kell, in what year ...?" says "in" twice
    if topic.group in ("place", "body") and _OPENS_WITH_ITS_WH.match(question):
        if _PLACELESS_EVENT.search(question):
            return question  # not "When did the treaty expire in Kell?", signed there
        whole = _placed_after(question, opening.rstrip(","), topic.group, topic.name)
    else:
        whole = f"{opening} {_opening_word(question, proper)}"
    spelled_out = len(whole.split()) - len(topic.name.split()) + len(topic.forms[0].split())
    return question if spelled_out > MAX_ANCHORED_WORDS else whole  # "the IPCC" may be spelt out


def _names_anything(question: str, topic: Topic, proper: Collection[str]) -> bool:
    """Whether a question names anything of its own that places it: a capitalised name after
    its first word ("the Orm League"), or a word of the subject's name ("Which hockey
    league ...?" in a text on ice hockey)."""
    own = {w.casefold() for w in _WORD.findall(topic.forms[0]) if w.casefold() not in _SORTS}
    words = _WORD.findall(question)
    if own & {word.casefold() for word in words}:
        return True
    if any(word[:1].isupper() for word in words[1:]):
        return True
    return bool(words) and (
        words[0] in proper or _KEEPS_ITS_CAPITAL.fullmatch(words[0]) is not None
    )


def _works_of(question: str, answer: str, topic: Topic, proper: Collection[str]) -> str:
    """A question on a band that asks for one of its works by kind and names nothing else
    naming the band as their maker: "Which album was released in 2010?" → "Which Orm Kell
    album was released in 2010?". Any other question is left as it is: "In Orm Kell, ..."
    is no English."""
    asked = _WORKS_ASKED.match(question)
    if asked is None or topic.names_it(answer):
        return question
    rest = question[asked.end() :]
    if any(word[:1].isupper() and word not in MONTHS for word in _WORD.findall(rest)):
        return question  # "Which album did Ada Moll produce?": maybe hers, not the band's
    name = topic.name.removeprefix("the ")
    return f"{asked['wh']} {name} {asked['kind']}{rest}"


_CLOSING_TIME = re.compile(
    r"\s+(?:in|on|by|until|since|from|during|before|after|as\s+of)\s+(?:the\s+)?"
    r"(?:(?:early|late|mid-)\s*)?(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?(?:\d{1,2},?\s+)?"
    r"(?:1[0-9]{3}|20[0-9]{2})s?$"
)
"""A time that closes a question ("... acquire in 1914", "... on 12 May 1705"): a place
said after the verb phrase goes before it, as English puts place before time."""


_PLACELESS_EVENT = re.compile(r"\b(?:expir|laps)(?:e|es|ed|ing)\b")
"""Verbs of a right or a treaty running out by itself, which happens nowhere: a place after
one reads as where it ran out, though it was where the right was given or the treaty
signed. (A repeal or a revocation is someone's act, done where the place says.)"""
_OPENS_WITH_ITS_WH = re.compile(
    r"^(?:[^,?]+,\s+)?(?:(?:in|on|at|to|from|by|for|with|during|after|before|until|since|into"
    r"|under|over|across|through|near|along|within|towards?|throughout)\s+(?:[a-z-]+\s+){0,3}?)?"
    r"(?:what|which|who|whom|whose|when|where|how)\b",
    re.I,
)
"""A question whose wh-phrase opens it, after any time of its own: "In 1955, who ...?", "In
the fall of what year ...?"."""


def _placed_after(question: str, place: str, group: str, name: str) -> str:
    """The question with the subject's place phrase ("In Warsaw") after its verb phrase
    ("When was the garden opened in Warsaw?") or, of "where", in the wh-phrase ("Where in
    Warsaw is ...?"): before the wh-word it reads as a frame cut from another sentence.
    A body's phrase ("at the Orm Trust") never follows a name the question's own preposition
    brings ("outside of Kessby", "with the potter Ada Holm"): it would read as that name's,
    as if the town or the potter were at the body. There the body (``name``) goes right after
    a post the name scopes ("Who was Chief Surveyor of the Orm Trust for Vessia?"), and any
    other question is left as it is: its own name places the fact."""
    phrase = place[:1].lower() + place[1:]
    body = question.rstrip(" ?")
    if group == "place" and body.startswith("Where "):
        return f"Where {phrase}{body[len('Where') :]}?"
    # "Who stressed at the IPCC that ...?", not "... that X at the IPCC?"; before a closing time
    clause = _CLAUSE_AFTER_THE_VERB.search(body)
    time = _CLOSING_TIME.search(body)
    at = clause.start() if clause else time.start() if time else len(body)
    named = _NAME_AFTER_A_PREPOSITION.search(body[:at])
    if group == "body" and named and not _common_title(named["name"]):
        post = _POST_FOR_A_NAME.search(body[:at])
        if post is None or not _common_title(post["post"]):
            return question
        at = post.end("post")
        phrase = f"of {name}"
    return f"{body[:at]} {phrase}{body[at:]}?"


_A_NAME = r"[A-Z][\w.’'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w.’'-]*)*"
_NAME_AFTER_A_PREPOSITION = re.compile(
    r"\b(?:in|at|on|near|outside|of|for|with|from|to|by|into|onto|under|across|within|beside"
    r"|behind|around|towards?|between|among)\s+(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+){0,2}?"
    rf"(?P<name>{_A_NAME})$"
)
"""A phrase that closes with a name its preposition brings: "outside of Kessby", "with the
potter Ada Holm", "for Vessia", "from the council of the Duchy of Orm" (or a title: "to the
post of Chief Surveyor", which ``_common_title`` tells apart)."""
_POST_FOR_A_NAME = re.compile(
    r"\b(?:was|were|is|are|became|becomes|appointed|named|elected|made|as)\s+(?:the\s+)?"
    rf"(?P<post>(?:[A-Z][a-z]+\s+){{0,3}}[A-Z][a-z]+)\s+for\s+(?:the\s+)?{_A_NAME}$"
)
"""A post written as a title and scoped by a name after "for": "was appointed Chief Surveyor
for Vessia", "Who was the Principal Engineer for the Orm Isles?"."""


def _common_title(post: str) -> bool:
    """Whether a capitalised phrase is a title made of English words ("Chief Surveyor"), not
    a name ("Ada Holm", "the Duchy of Orm"): each of its words but "of" and "the", in lower
    case, is a word, and the last a noun."""
    words = [word.casefold() for word in post.split() if word not in ("of", "the")]
    return all(word_tags(word) for word in words) and "NOUN" in word_tags(words[-1])


_CLAUSE_AFTER_THE_VERB = re.compile(
    r"(?<!\bwas)(?<!\bis)(?<!\bwere)(?<!\bare)(?<!\bdid)(?<!\bdoes)(?<!\bdo)(?<!\bof)"
    r"(?<!\bin)(?<!\bon)(?<!\bat)(?<!\bto)(?<!\bby)(?<!\bfor)(?<!\bfrom)(?<!\bwith)"
    r"\s+that\s+(?=\S+\s+\S)"
)
"""A clause of the verb or a noun ("stressed that the SPM is ...", "the lake that feeds ..."):
a place said after it would be read as the clause's."""


_ARRIVAL_VERBS = (
    r"(?:came|come|comes|arriv(?:e|ed|es)|settl(?:e|ed|es)|land(?:ed|s)?"
    r"|(?:im)?migrat(?:e|ed|es))"
)
"""The forms of the verbs of arrival or settlement, whose question needs the place arrived at."""
_ARRIVAL = re.compile(rf"\b{_ARRIVAL_VERBS}\b")
_ARRIVED_NOWHERE = re.compile(
    rf"\b(?P<verb>{_ARRIVAL_VERBS})"
    r"(?=(?:\s+(?:in|on|by|around|about|during)\s+(?:the\s+)?(?:early\s+|late\s+|mid-)?"
    r"(?:\d|(?:" + "|".join(MONTHS) + r")\b)[^?]{0,60})?\?$)"
)
"""An arrival verb followed by nothing but a time: "In what year did the first Kessian
settlers come?", "Who arrived in May 1633?": arrived where? The time is bounded so that a
long run-on question is not scanned to its end from every verb in it."""
_BE_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|being)\s+(?:(?!who\b|that\b|which\b)[\w’'-]+\s+){0,4}$"
)
"""A form of "be" a few words before a participle: "When was Kell first settled?" and "What
cargo was landed?" tell of the place settled or the goods put ashore, not of anyone
arriving."""


def _arrival_preposition(verb: str, sort: str) -> str:
    """The preposition of the place an arrival verb reaches: one comes or migrates "to"
    Kessa and arrives "in" it; only a landing or a settling is "on" an island ("landed on
    Kessa"), and "in" a town."""
    if verb.startswith(("c", "m", "im")):
        return "to"
    return "on" if sort == "island" and verb.startswith(("land", "settl")) else "in"


_ARRIVED_TO_DO = re.compile(r"\b(?P<verb>arriv(?:e|ed|es|ing))(?=\s+to\s+(?P<deed>[a-z]+)\b)")
"""An arrival followed by what it was for: "Orm arrived to take command of how many men?":
arrived where?"""


def arrival_without_place(question: str) -> re.Match[str] | None:
    """The arrival verb of a question that names no place after it, or None; a passive
    "settled" or "landed" is no arrival. One followed by its purpose ("arrived to take
    command") names none either."""
    found = _ARRIVED_NOWHERE.search(question)
    if found is None:
        found = _ARRIVED_TO_DO.search(question)
        deed = found["deed"] if found else ""
        return found if found and deed != "be" and base_verb(deed) else None
    before = question[max(0, found.start() - 80) : found.start()]
    return None if found["verb"].endswith("ed") and _BE_BEFORE.search(before) else found


_PLACE_ASKED = re.compile(
    r"^(?:Where|(?:In|To|At|On|Into|Onto|From|Near)\s+(?:which|what)\b"
    r"(?!\s+(?:year|years|decade|century|month|day|date|time|period|era|season)\b))"
)
"""A question whose wh-phrase asks the place: "In which port ...?", not "In what year ...?"."""
_PLACE_PHRASE = re.compile(
    r"\b(?i:in|to|at|on|into|onto|near)\s+(?:the\s+)?(?P<name>[A-Z][\w’'-]*)"
)
"""A place a question names after a preposition ("arrive at Kell"); a month is a time."""


def arrived_nowhere(question: str) -> bool:
    """Whether a question asks of an arrival or a settlement and names no place for it:
    "When did the first settlers come?" (to where?). "Who came to power" or "settled the
    dispute" are no arrival: a word follows the verb."""
    if arrival_without_place(question) is None or _PLACE_ASKED.match(question):
        return False
    return not any(
        found["name"] not in MONTHS for found in _PLACE_PHRASE.finditer(question)
    )  # "In Vessia, who arrived ...?", "... arrive at Kell on 1 May?"


_PARAGRAPH_FRAME = re.compile(
    r"^(?P<frame>(?:During|Throughout|Amid)\s+the\s+[^,;:()]{3,60}?"
    r"|Under\s+(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w-]*(?:[’']s\s+(?:rule|reign|leadership))?"
    r"|In\s+the\s+(?:early\s+|late\s+|mid-)?(?:1[0-9]{3}s|20[0-9]{2}s|(?:\d{1,2}(?:st|nd|rd|th)"
    rf"|{_SPELLED_ORDINALS})\s+century)"
    r"|In\s+the\s+(?:early\s+|late\s+|high\s+)?(?:Middle\s+Ages|Bronze\s+Age|Iron\s+Age))(?=,)"
)
"""A paragraph's opening frame of period or event: "During the Kessian Civil War,", "Under
Queen Ilse's rule,", "In the 1860s,", "In the eighteenth century,", "In the late Middle
Ages,". The sentences after it that name no time of their own are told within it."""
_POINTING_WORDS = word_set("this that these those his her its their same which such")
_OWN_TIME = re.compile(
    r"\b(?:1[0-9]{3}|20[0-9]{2})s?\b|\bcentur(?:y|ies)\b|\bdecades?\b|\bera\b|\bperiod\b"
    r"|\b(?:after|before|since|until|till|following|later|earlier|today|now|nowadays"
    r"|currently|presently|recently|formerly|previously|subsequently|afterwards?|eventually"
    r"|ultimately|modern|contemporary|present-day|end|ended|ending|postwar|post-war|prewar"
    r"|pre-war|when|once|yet|again)\b|\b(?-i:" + "|".join(MONTHS) + r")\b"
    r"|\bunder\s+(?-i:[A-Z])",
    re.IGNORECASE,
)
"""What gives a sentence a time of its own, or says it moves on from its paragraph's frame
("After the war", "Today", "in 1871", "later", "under President Orm")."""
_OWN_OPENING = re.compile(r"^(?:During|Throughout|Amid|Under|In\s+the|After|Before|Since)\b")


_CLOSING_FRAME = re.compile(
    r"\s(?:during|throughout|amid)\s+the\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4}\s*[.!]?$"
)
"""A period or event closing a paragraph's first sentence: "Kessian mills sold the army
rifles during the Vell War." It dates that deed; the paragraph may go on within it or not."""


def closes_with_a_frame(first_sentence: str) -> bool:
    """Whether a paragraph's first sentence closes with a named period or event ("...
    supplied the army during the Kessian Civil War."): a count told after it ("The state
    furnished 55,000 men.") may be one of that period, and no question can say so."""
    return _CLOSING_FRAME.search(first_sentence) is not None


def paragraph_frame(first_sentence: str) -> str | None:
    """The frame a paragraph's first sentence opens with ("During the Kessian Civil War"),
    None where it has none, one that points elsewhere ("During his reign") or one that
    names no period or event ("During the night"). A frame closing the sentence ("... sold
    rifles to the army during the Kessian Civil War.") dates that one deed, not the
    sentences after it, and is no frame of the paragraph."""
    found = _PARAGRAPH_FRAME.match(first_sentence)
    if found is None:
        return None
    frame = found["frame"]
    frame = frame[:1].upper() + frame[1:]
    words = _WORD.findall(frame)[1:]
    if _POINTING_WORDS.intersection(w.casefold() for w in words):
        return None
    if not any(w[:1].isupper() or w[:1].isdigit() or w == "century" for w in words):
        return None  # "During the night": which night a question could not say
    return frame


def has_own_time(sentence: str) -> bool:
    """Whether a sentence names a time of its own or says it moves on in time ("Today, the
    port ...", "After the war, ...")."""
    return _OWN_TIME.search(sentence) is not None


_PAST_AUXILIARIES = word_set("was were had did could would")
_PRESENT_AUXILIARIES = word_set("is are has have does do can may will must")


def told_in_the_past(sentence: str) -> bool:
    """Whether a sentence's first verb that surely is one tells of the past ("The mines
    reopened", "Its mills made cloth"), as an event within a paragraph's frame is told;
    "The river rises in the hills" or "The Orm is 300 km long" tell what holds at any time.
    A present form that can be a plural noun ("mines", "mills") decides nothing."""
    for word in _WORD.findall(sentence):
        if word in _PAST_AUXILIARIES:
            return True
        if word in _PRESENT_AUXILIARIES:
            return False
        verb = finite_verb(word) if word[:1].islower() else None
        if verb is not None and (verb[1] == "VBD" or "NOUN" not in word_tags(word)):
            return verb[1] == "VBD"
    return False


def framed(question: str, frame: str, proper: Collection[str]) -> str | None:
    """The question of a sentence told within its paragraph's frame, opening with the frame
    ("During the Kessian Civil War, how many officers did the navy draw?"); as it is where it
    says a time or names the frame's own words already; None where the frame would make it
    too long to read: without the frame its answer may be another time's."""
    if _OWN_OPENING.match(question) or _TIME_NAMED.search(question):
        return question
    own_words = {w for w in _WORD.findall(frame)[1:] if w[:1].isupper() or w[:1].isdigit()}
    if own_words & set(_WORD.findall(question)):
        return question
    whole = f"{frame}, {_opening_word(question, proper)}"
    return whole if len(whole.split()) <= MAX_ANCHORED_WORDS else None


def with_scope_place(question: str, quote: str, key: str, known: Collection[str]) -> str | None:
    """The question of a sentence opening with the place that scopes it ("In Orvland, the
    Grants Board regulates ...") opening with that place too ("In Orvland, which body
    regulates entry to medical schools?"): without it, any country's body is an answer. As
    it is where it names the place or asks for it, or the place is the document's own
    subject (the deck is about it); None where the place would make it too long to read."""
    found = opening_scope(quote)
    if found is None:
        return question
    place = found["place"]
    words = place.split()
    if place in question or place in key or (len(key) > 2 and key in place):
        return question
    own = {noun.casefold() for noun in known}
    if any(word.casefold() in own for word in words if word != "of"):
        return question
    whole = f"{found['opening']}, {_opening_word(question, ())}"
    return whole if len(whole.split()) <= MAX_ANCHORED_WORDS else None


_COMPARED = re.compile(
    r"\b(?:equivalent|comparable|equal|equals|similar|analogous|identical|corresponds?"
    r"|corresponding|the\s+same\s+as|on\s+a\s+par)\b",
    re.IGNORECASE,
)
_PLACE_IN = re.compile(r"\b[Ii]n\s+(?:the\s+)?(?P<place>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)")


def with_compared_place(question: str, clause: str, key: str) -> str | None:
    """The question of a comparison or an equivalence opening with the place its clause says
    it holds in ("A bachelor's degree in Orvland is equivalent to the Kell degree" → "In
    Orvland, what is equivalent to the Kell degree?"): without it, every country's degree
    is an answer. As it is where it keeps the place or compares nothing; None where the
    clause names two places it drops, or the place makes it too long to read."""
    if _COMPARED.search(question) is None:
        return question
    dropped = [
        found
        for found in _PLACE_IN.finditer(clause)
        if found["place"] not in MONTHS
        and found["place"] not in key
        and found["place"] not in question
    ]
    if not dropped:
        return question
    if len(dropped) > 1:
        return None
    phrase = dropped[0].group(0)
    whole = f"I{phrase[1:]}, {_opening_word(question, ())}"
    return whole if len(whole.split()) <= MAX_ANCHORED_WORDS else None


_UNNAMED_EVENT = re.compile(
    r"\b(?i:the)\s+(?P<modifiers>(?:(?:first|second|third|fourth|last|next|early|1[0-9]{3}|20[0-9]{2}"
    r"|[A-Z][a-z]+|[a-z]+(?:al|an|ic|ish|ese))\s+){0,3})"
    r"(?P<head>championships?|tournaments?|league|season|games|war"
    r"|final(?!\s+(?!(?:was|were|is|are|of|in|at|on|and|between|against|to|for|with|took"
    r"|had|has|ended|saw)\b)[a-z]))\b(?!\s+(?:of|in)\s+(?:the\b|[A-Z]))"
)
"""An event named by its sort alone and at most a rank, a year or an adjective: "the first
European championship", "the 1998 games", "the national league". Not one whose owner follows ("the final of the
Orva Cup", "the national league of Vessia"), nor "final" before a noun ("the final
version"); "cup" and "series" name a cup or a run of books as often as an event."""
_QUOTED_WORDS = re.compile(r"[\"“”]")
_SCOPED_BY_THE_SUBJECT = frozenset({"championship", "championships", "tournament", "league"})
"""Event sorts a sport's or a game's name may narrow in place: "the first European ice hockey
championship"; "the 1998 ice hockey games" would misname the Olympics."""


def common_subject(title: str, texts: Sequence[str]) -> str | None:
    """The document's subject as a common noun ("ice hockey"), where the title is one the
    document writes in lower case inside a sentence and calls a sport, a game or a craft
    ("Bandy is a team sport"). None for a name ("Rotterdam") or any other common noun
    ("wool": "the first European wool championship" would misname the event)."""
    subject = DISAMBIGUATOR.sub("", title).strip().casefold()
    if not subject:
        return None
    inside = re.compile(rf"[a-z,;]\s+{re.escape(subject)}\b")
    if not any(inside.search(text) for text in texts):
        return None
    sport = re.compile(
        rf"\b{re.escape(subject)}\s+(?:is|was|are|were)\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,4}}"
        r"(?:sports?|games?|crafts?)\b",
        re.IGNORECASE,
    )
    return subject if any(sport.search(text) for text in texts) else None


def with_event_scope(question: str, subject: str | None, known: Collection[str]) -> str | None:
    """The question with an event it names by its sort alone ("Which country won the first
    European championship in 1910?") scoped by the document's subject where that subject is a
    common noun, a sport or a craft (``common_subject``: "the first European ice hockey
    championship"), as it is where it names the subject's own words already ("the first
    hockey league"): a team or a country named beside it ("won by Vessia") still leaves the
    sport unsaid. None where the sort alone cannot be scoped ("at the 1998 games": which games, the
    document's earlier sentences said). An event with a name of its own ("the Orva Cup",
    "the Civil War") is no concern here."""
    found = _UNNAMED_EVENT.search(question)
    if found is None:
        return question
    own = {noun.casefold() for noun in known}
    words = _WORD.findall(question)
    if own & {word.casefold() for word in words}:
        return question  # "the first professional hockey league": the subject scopes it
    if _QUOTED_WORDS.search(question):
        return question  # "billed as the first "world championship"": the source's words
    if subject is None or found["head"] not in _SCOPED_BY_THE_SUBJECT:
        return None
    at = found.start("head")
    return f"{question[:at]}{subject} {question[at:]}"


_TIME_AFTER = (
    r"(?:\s+(?:in|on|from|until|till|since|between|by|during|after|before)\s+(?:the\s+)?"
    r"(?:\d|early\b|late\b|mid-|(?:" + "|".join(MONTHS) + r")\b)[^?]*)?\?$"
)
_POST_TAKEN = re.compile(
    r"\b(?:(?P<joined>join(?:ed|s)?)\s+as|(?P<served>serv(?:e|ed|es)|work(?:ed|s)?)\s+as"
    r"|(?:is|was|were|be|been)\s+(?P<hired>hired|employed)\s+as"
    r"|(?P<made>bec(?:a|o)mes?|(?:(?:is|was|were|be|been)\s+)(?:appointed|elected|named|made"
    r"|installed)(?:\s+as)?))"
    r"\s+(?P<role>(?:(?:an?|the)\s+)?(?:[a-z][\w-]*\s+){0,2}?(?P<head>[a-z][\w-]*))"
    rf"(?={_TIME_AFTER})"
)
"""A post or a membership taken or held with no body named: "joined as assistant rabbi in
2003", "served as librarian from 1926 to 1930", "became a member", "was appointed curator"."""
_ARTICLES = frozenset({"a", "an", "the"})
_ASKS_WHOM_JOINED = re.compile(
    r"^(?:[^,?]+,\s+)?(?:Whom|Who|What|Which\s+[\w-]+)\s+(?:did|does|do|had|has|have|will)\b"
)
_ASKS_WHERE = re.compile(
    r"^(?:Where|(?:(?:In|At|To|For|Of|From|With)\s+)?(?:which|what)\s+(?!year|date|month"
    r"|day|decade|century|post|role|position|office|title|rank)\w+)\b",
    re.IGNORECASE,
)


def with_institution(question: str, topic: Topic, answer: str) -> str:
    """The question of a post or a membership its sentence takes at the document's subject
    without naming it ("Who joined as assistant rabbi in 2003?" of Kell Synagogue), with the
    subject put in: "Who joined Kell Synagogue as assistant rabbi in 2003?", "Who served as
    librarian at Kell Abbey until 1930?", "Who became a member of the Kell Guild?". As it
    is where it names the subject or any other name after the post ("served as rabbi in
    Orm"), asks where or in which body, or its answer names the subject."""
    found = _POST_TAKEN.search(question)
    if found is None or _ASKS_WHERE.match(question):
        return question
    own = {w for w in re.findall(r"[A-Z][\w-]+", topic.forms[0]) if w.casefold() not in _SORTS}
    if topic.names_it(question) or topic.names_it(answer):
        return question
    if own & set(re.findall(r"[A-Z][\w-]+", question)) or own & set(answer.split()):
        return question
    head = found["head"]
    if head.casefold() not in lexicon.INSTITUTION_POSTS:
        return question  # "became a widow", "served as a soldier": no post held there
    tags = word_tags(head)
    if "NOUN" not in tags or finite_verb(head) or ("VERB" in tags and "ADJ" in tags):
        return question  # "became famous", "was named after"
    role = found["role"].split()
    if any(w in _FUNCTION_WORDS or w in _POINTING_WORDS for w in role[role[0] in _ARTICLES :]):
        return question  # "served as a model for ...": the post's own complement
    if found["joined"]:
        if _ASKS_WHOM_JOINED.match(question):
            return question  # "Whom did Orm join as cantor?": the one joined is asked
        at = found.end("joined")
        return f"{question[:at]} {topic.name}{question[at:]}"
    of = found["made"] is not None or head in ("member", "members")
    at = found.end("role")
    return f"{question[:at]} {'of' if of else 'at'} {topic.name}{question[at:]}"


_STATISTIC = re.compile(
    r"\b(?P<the>[Tt]he|[Ii]ts|[Tt]heir)\s+(?P<stat>(?:(?:infant\s+)?(?:un)?employment|inflation|birth"
    r"|death|fertility|mortality|literacy|poverty|crime|murder|homicide|suicide|incarceration"
    r"|marriage|divorce|tax|interest|participation)\s+rate|population|(?:gross\s+domestic"
    r"\s+product|GDP)(?:\s+per\s+capita)?|life\s+expectancy|(?:median|average|per\s+capita)"
    r"(?:\s+household)?\s+income|inflation|labou?r\s+force|national\s+debt|minimum\s+wage)\b"
    r"(?!\s+(?:of|in|for|across|among|at|within)\b|['’])"
)
"""A statistic named with no owner: "the unemployment rate", "the population", "the GDP per
capita" (not "the population of Orm", "the rate at which ...": its owner or its scope
follows)."""
_WORLD_WIDE = re.compile(r"\b(?:world|global|worldwide|planet's|Earth's)\b", re.IGNORECASE)
_ASKS_A_PLACE = re.compile(
    r"^(?:[^,?]+,\s+)?(?:Where|(?:In\s+)?(?:Which|What)\s+(?:[a-z]+\s+)?(?:city|country|state"
    r"|nation|town|region|province|county|island|territory|district|place)s?)\b",
    re.IGNORECASE,
)
_OF_A_PLACE = re.compile(
    r"^(?P<what>[A-Z][a-z]+(?:\s+[a-z]+){0,2}?)\s+(?:in|of)\s+(?P<place>(?:the\s+)?[A-Z][\w.’'-]*"
    r"(?:\s+(?:of\s+)?[A-Z][\w.’'-]*)*)$"
)
"""A title on a thing of a place ("Unemployment in Ruritania", "Demographics of the Orm
Islands"): its place."""


def statistic_place(title: str, topic: Topic | None) -> str | None:
    """The place a document's statistics are of: its subject where it is a place, or the
    place its title puts its subject in ("Unemployment in Ruritania"); None for any other."""
    if topic is not None:
        return topic.name if topic.group == "place" else None
    found = _OF_A_PLACE.match(DISAMBIGUATOR.sub("", title).strip())
    return found["place"] if found else None


_HEADCOUNT = re.compile(
    r"^(?:[^,?]+,\s+)?[Hh]ow\s+many\s+(?:[a-z]+\s+)?(?P<noun>people|persons|residents"
    r"|inhabitants|individuals|families|households|children|adults)\b"
    r"(?=\s+(?:(?P<be>were|are|was|is)\s+(?P<state>[a-z-]+)|had|have|lived|live|remained"
    r"|became)\b)"
)
"""A count of the people in a state, asked as the subject: "how many people were homeless",
"How many households had a car?" (in which place?)."""


def _headcount_placed(question: str, place: str, scoping: Names, topic: Topic | None) -> str:
    """The question with a count of people it asks in no place ("On one night in 2009, how
    many people were homeless?") put in the document's place: "how many people in Ruritania
    were homeless?". As it is where it names a place, a people, or the subject."""
    found = _HEADCOUNT.search(question)
    if found is None or _WORLD_WIDE.search(question) or names_a_people(question):
        return question
    state = found["state"]
    if found["be"] and ("ADJ" not in word_tags(state) or past_participle(state)):
        return question  # "were born to Ada", "were aboard the ferry": a deed or a place
    if scoping.named_in(question) or (topic is not None and topic.names_it(question)):
        return question
    if re.search(rf"(?<![\w-]){re.escape(place)}(?![\w-])", question):
        return question
    return f"{question[: found.end()]} in {place}{question[found.end() :]}"


def with_statistic_scope(
    question: str, place: str | None, scoping: Names, topic: Topic | None
) -> str | None:
    """The question with a statistic it names with no place ("the unemployment rate", "the
    population") put in the document's place ("the unemployment rate in Ruritania"), or None
    where the document is on no place. A question that names a place (``scoping``, its
    subject, a people's adjective), asks for one, or says the statistic is the world's is left
    as it is. A count of people asked in no place ("how many people were homeless") takes
    the document's place too, where it has one."""
    found = _STATISTIC.search(question)
    if found is None and place is not None:
        return _headcount_placed(question, place, scoping, topic)
    if found is None or _ASKS_A_PLACE.match(question) or _WORLD_WIDE.search(question):
        return question
    if scoping.named_in(question) or names_a_people(question):
        return question
    if topic is not None and topic.names_it(question):
        return question
    if place is None or re.search(rf"(?<![\w-]){re.escape(place)}(?![\w-])", question):
        return None if place is None else question
    if found["the"].casefold() != "the":
        return None  # "its population": whose, the question does not say
    end = _statistic_phrase_end(question, found)
    if end is None:
        return question
    return f"{question[:end]} in {place}{question[end:]}"


_NEXT_WORD = re.compile(r"\s+(?P<word>[a-z]+)\b")
_DO_OR_MODAL = word_set("did does do") | MODALS
_OWNER_AFTER = re.compile(r"\s+(?:of|in|for|across|among|at|within)\b|['’]")


def _noun_word(word: str) -> bool:
    """Whether a lower-case word can be a noun and no verb form a subject takes ("law",
    "growth", "census"; not "rose", "stands", "held", "still")."""
    tags = word_tags(word)
    return (
        "NOUN" in tags
        and "ADV" not in tags
        and word not in AUXILIARIES
        and finite_verb(word) is None
        and not past_participle(word)
        and not word.endswith("ing")
    )


def _statistic_phrase_end(question: str, found: re.Match[str]) -> int | None:
    """Where the noun phrase a statistic opens ends: after the statistic, or after the nouns it
    modifies ("the minimum wage law", "the GDP growth rate"); None where the phrase's owner
    follows those nouns ("the GDP growth rate of Orm") or, in a question asked with "did" or a
    modal, which of them is the verb is unclear ("did the GDP growth rate fall")."""
    ends = []
    at = found.end()
    while (word := _NEXT_WORD.match(question, at)) and _noun_word(word["word"]):
        ends.append(at := word.end())
    if not ends:
        return found.end()
    before = question[: found.start()].split()
    if before and before[-1].casefold() in _DO_OR_MODAL:
        verb = len(ends) == 1 and base_verb(question[found.end() : ends[0]].strip())
        return found.end() if verb else None  # "When did the population peak?"
    return None if _OWNER_AFTER.match(question, ends[-1]) else ends[-1]
