"""Abbreviations spelled out in what an imported question shows.

"PHA was created in 1969" means nothing to a learner who has not read the paragraph where
the document wrote "the Port Health Authority (PHA)": the question, its statements and its
ordering event say "the Port Health Authority" instead. An abbreviation the document never
spells out and few readers know ("HRC") leaves a question no one can read, so no question is
built around it; one every reader knows ("UN", "NASA", "DNA") stays as it is.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable, Mapping

from factdeck.generate import lexicon
from factdeck.generate.evidence import DocumentEvidence
from factdeck.generate.facts import FactRecord
from factdeck.generate.patterns import LazyPattern
from factdeck.generate.text import normalize, word_set

WELL_KNOWN = word_set(
    """
    US USA UK EU UN USSR UAE NATO NASA FBI CIA NSA KGB BBC CNN ABC CBS NBC PBS HBO MTV ESPN ITV
    NHS IMF WHO UNESCO UNICEF OPEC FIFA UEFA NBA NFL NHL MLB NCAA MIT UCLA IBM AT&T DNA RNA HIV
    AIDS TV HD HDTV CD DVD PC GPS USB LCD LED CGI IMAX UFO CEO MP GDP GNP NGO
    AD BC BCE CE AM FM PM IQ ID IT AI USD WWI WWII NYC LA DC
    """
)
"""Abbreviations every adult reader knows, whether or not the document spells them out."""
FAMILIAR_MENTIONS = 5
"""Sentences naming an abbreviation that make it the document's own word ("NP" in a text on
complexity classes): a learner of the document knows it as well as any spelled-out one."""

_STANDALONE = LazyPattern(r"(?<![\w’'&.+/-])(?P<letters>[A-Z][A-Z&]*[A-Z])(?![\w&+/-]|[’']\w\w)")
"""A word in capitals ("PHA", "AT&T", "PHA's"), not inside a word or a hyphenated one."""
_ROMAN = LazyPattern(r"[IVXLCDM]+")
_WORD_BEFORE = LazyPattern(r"([\w’'-]+)\W*$")
_WORD_AFTER = LazyPattern(r"^\W*?([\w’'-]+)")
_ASKS_THE_LETTERS = LazyPattern(r"\bstand\s+for\b|\babbreviat", re.IGNORECASE)
"""A question about the abbreviation itself ("What does GSP stand for?")."""
_DETERMINERS = lexicon.DETERMINERS | word_set("my your whose each every no any")
"""Every word that opens a noun phrase, quantifiers and "whose" among them: none is a word of
an expansion's name, and one before an abbreviation makes it a noun ("the regional PHA")."""
_ARTICLE_BEFORE = LazyPattern(r"\b([Aa]n?)\s+$")


def with_abbreviations_spelled_out(
    facts: Iterable[FactRecord], evidence: DocumentEvidence
) -> list[FactRecord]:
    """The facts with every abbreviation their documents define spelled out where an
    imported question shows it, and without the imported questions built around one that
    nothing spells out and few readers know; an ordering event that names one is left out of
    the chronology. Curated facts are as their curator wrote them."""
    kept: list[FactRecord] = []
    names: dict[str, dict[str, str]] = {}
    for fact in facts:
        if fact.origin != "auto":
            kept.append(fact)
            continue
        if fact.document not in names:
            names[fact.document] = expansions(evidence, fact.document)
        spelled = _spelled_fact(fact, evidence, names[fact.document])
        if spelled is not None:
            kept.append(spelled)
    return kept


def expansions(evidence: DocumentEvidence, document: str) -> dict[str, str]:
    """What each abbreviation the document defines (but those every reader knows) stands
    for, in the words a question should use: the whole name where the document writes one
    around the letters' expansion ("the Kelby Port Health Authority (PHA)" spells "PHA"
    with its last words), after "the" where the document writes it so."""
    found: dict[str, str] = {}
    for short, full in evidence.abbreviations(document).items():
        if short in WELL_KNOWN:
            continue
        name, articled = full, evidence.takes_article(document, full)
        if all(word[:1].islower() for word in full.split()[1:]):
            name = full[:1].lower() + full[1:]  # "Gross tonnage (GT)" opening a sentence
        elif full[:1].isupper():
            defining = re.compile(
                rf"(?<![\w'-])(?<!’)(?P<the>[Tt]he\s+)?(?P<lead>(?:[A-Z][\w’'-]*\s+)*?)"
                rf"{re.escape(full)}\s*\(\s*{re.escape(short)}\s*\)"
            )
            for text in evidence.sentences_with_words(document, short):
                match = defining.search(text)
                if match is not None and match["the"]:
                    name, articled = match["lead"] + full, True
                    break
        found[short] = f"the {name}" if articled else name
    return found


def _spelled_fact(
    fact: FactRecord, evidence: DocumentEvidence, names: Mapping[str, str]
) -> FactRecord | None:
    defined = {short: name for short, name in names.items() if not _in_answer(short, name, fact)}

    def spell(text: str | None) -> str | None:
        return None if text is None else spelled_out(text, defined)

    if _ASKS_THE_LETTERS.search(fact.prompt):
        return fact
    prompt = spell(fact.prompt) or fact.prompt

    def known(letters: str) -> bool:
        return letters in names or evidence.mentions(fact.document, letters) >= FAMILIAR_MENTIONS

    if unexplained(prompt, fact.answer, known):
        return None
    event = spell(fact.event)
    return dataclasses.replace(
        fact,
        prompt=prompt,
        number_prompt=spell(fact.number_prompt),
        statement=spell(fact.statement) or fact.statement,
        statement_template=spell(fact.statement_template),
        false_statement=spell(fact.false_statement),
        event=None if event is None or unexplained(event, fact.answer, known) else event,
    )


def _in_answer(short: str, full: str, fact: FactRecord) -> bool:
    """Whether the answer is, holds or shares a word with the abbreviation or its expansion:
    spelling it out in the question would show the answer, or say it twice."""
    answer = set(normalize(fact.answer).split())
    shown = set(normalize(full).split()) - lexicon.CONNECTORS - _DETERMINERS
    return normalize(short) in answer or not answer.isdisjoint(shown)


def spelled_out(text: str, defined: Mapping[str, str]) -> str:
    """``text`` with each abbreviation of ``defined`` standing alone in it replaced by what
    it stands for (``expansions``), keeping the "the" of a name the document writes after
    it only where nothing in the text already stands before the abbreviation: "PHA was
    created" → "The Port Health Authority was created", "the regional PHA" → "the regional
    Port Health Authority". An abbreviation whose expansion the text already shows is left
    alone."""
    folded = text.casefold()
    pieces: list[str] = []
    at = 0
    for match in _STANDALONE.finditer(text):
        full = defined.get(match["letters"])
        if full is None or full.removeprefix("the ").casefold() in folded:
            continue
        before = text[at : match.start()]
        if not _bare(text[: match.start()]):
            full = _less_the_words_before(full.removeprefix("the "), before)
        if not text[: match.start()].strip():
            full = full[:1].upper() + full[1:]
        article = _ARTICLE_BEFORE.search(before)
        if article is not None:  # "an HRA office" → "a Harbour Rescue Authority office"
            wanted = "an" if full[:1].casefold() in "aeiou" else "a"
            if article[1][:1].isupper():
                wanted = wanted.capitalize()
            before = before[: article.start(1)] + wanted + before[article.end(1) :]
        pieces += [before, full]
        at = match.end()
    return "".join(pieces) + text[at:]


def _less_the_words_before(name: str, before: str) -> str:
    """``name`` less its opening words that ``before`` already ends with: the document that
    defines "the Orm Harbour Police (HP)" and writes "the Orm HP" spells the letters "Harbour
    Police" there, not "Orm Orm Harbour Police"."""
    words = name.split()
    for count in range(len(words) - 1, 0, -1):
        lead = r"\s+".join(map(re.escape, words[:count]))
        if re.search(rf"(?<![\w’'-]){lead}\s+$", before, re.IGNORECASE):
            return " ".join(words[count:])
    return name


def _bare(before: str) -> bool:
    """Whether an abbreviation after ``before`` stands with nothing before it in its noun
    phrase (at the start, after a verb, a preposition or a conjunction), so its expansion
    needs the article the document gives it: not after a determiner, a possessive, a name
    or a modifier ("the regional PHA")."""
    found = _WORD_BEFORE.search(before)
    if found is None:
        return True
    word = found[1]
    folded = word.casefold()
    if folded in _DETERMINERS or word.endswith(("'s", "’s", "s'", "s’")):
        return False
    if folded in lexicon.FUNCTION_WORDS or folded in lexicon.CONNECTORS:
        return True
    if word[:1].isupper():
        return False  # "the English FA": a name's own word
    lemmas = lexicon.all_lemmas(word)
    return not lemmas or "VERB" in lemmas


def unexplained(text: str, answer: str, known: Callable[[str], bool]) -> bool:
    """Whether ``text`` names something by an abbreviation alone that few readers know and
    the document does not make known (``known``: spells out or keeps using): capitals that
    are no numeral ("Henry VIII"), no part of a longer name ("BNSF Railway", "the UCLA
    Bruins") and not in the answer."""
    shown = set(normalize(answer).split())
    for match in _STANDALONE.finditer(text):
        letters = match["letters"]
        if letters in WELL_KNOWN or _ROMAN.fullmatch(letters) or known(letters):
            continue
        if letters.casefold() in shown:
            continue
        after = _WORD_AFTER.match(text[match.end() :])
        if after is not None and after[1][:1].isupper() and text[match.end() :][:1] == " ":
            continue  # "BNSF Railway": the abbreviation begins a name
        if _ends_a_name(text[: match.start()]):
            continue  # "the English FA", "Bayer AG": a name that ends in it
        return True
    return False


def _ends_a_name(before: str) -> bool:
    """Whether the word right before an abbreviation is a capitalised word of a name, not
    a sentence's first word nor a function word ("When", "The")."""
    found = _WORD_BEFORE.search(before)
    if found is None or not before.endswith(" ") or not before.strip().count(" "):
        return False
    word = found[1]
    folded = word.casefold()
    return (
        word[:1].isupper() and folded not in _DETERMINERS and folded not in lexicon.FUNCTION_WORDS
    )
