"""The curated facts (questions/facts.yaml): well formed, evidenced verbatim, never opinion
asserted as fact, and covering every checkable value of both shipped documents."""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from factdeck.paths import DEFAULT_FACTS, DEFAULT_SOURCES

ENCYCLOPEDIA = "cuba-north-korea-relations"
NEWS = "kim-jong-un-greetings-raul-castro"

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
KINDS = {"year", "date", "number", "person", "place", "country", "organisation", "event", "other"}
REQUIRED = {
    "id",
    "document",
    "quote",
    "statement",
    "kind",
    "answer",
    "prompt",
    "topics",
    "difficulty",
}
OPTIONAL = {
    "accepted",
    "number_prompt",
    "statement_template",
    "unique",
    "year",
    "event",
    "number",
    "distractors",
    "not_distractors",
    "attributed",
    "answer_not_in_quote",
    "also",
    "replaces",
    "false_statement",
    "note",
    "note_forms",
    "number_question",
    "typed",
    "true_false",
}
SORT_KEY = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")

# Lines of the documents that are not content: no fact may be taken from them.
NON_CONTENT = {
    ENCYCLOPEDIA: [
        "= Cuba–North Korea relations =",
        "==History==",
        "==See also==",
        "- Foreign relations of Cuba",
        "- Foreign relations of North Korea",
        "- Cuba–South Korea relations",
    ],
    NEWS: [
        "Kim Jong-Un Exchanges ‘Wholehearted Greetings’ with Cuba’s Raul Castro",
        "PYONGYANG, NORTH KOREA - MAY 31, 2018: North Korea's Supreme Leader Kim Jong-un during a"
        " meeting with Russia's Foreign Minister Sergei Lavrov at Kumsusan Palace of the Sun."
        " Valery Sharifulin/TASS (Photo by Valery Sharifulin\\TASS via Getty Images)",
        "Valery Sharifulin\\TASS via Getty Images",
        "Follow Ben Kew on\u00a0Facebook, Twitter at\u00a0@ben_kew,\u00a0or\u00a0email him at",
        "Please let us know if you're having issues with commenting.",
    ],
}

# Words that carry a source's opinion or hedging: only attributed facts may use them.
OPINION_WORDS = ("dictator", "regime", "fraudulent", "allegedly", "apparently")
ATTRIBUTION = re.compile(
    r"according to|the news article|the encyclopedia article|\bkcna\b|\bcalls\b|\bcalled\b"
    r"|\bsays\b|\bdescrib|\balleg|\bwrote\b",
    re.IGNORECASE,
)

# Named values of each document, by hand: people, places, organisations, events and things.
# Each must occur in the document's content, and be the answer of, or appear in the quote of,
# a fact of that document. Those in ANSWERS must also be the answer of some fact.
NAMES = {
    ENCYCLOPEDIA: [
        "Cuba",
        "North Korea",
        "South Korea",
        "Pyongyang",
        "Havana",
        "Cold War",
        "socialism",
        "American power",
        "Che Guevara",
        "government minister",
        "work brigade",
        "sugarcane",
        "flood aid",
        "Hurricane Flora",
        "Korean War",
        "schoolchildren",
        "Afro-Cuban ambassador",
        "racial slurs",
        "state security officials",
        "Kim Il Sung",
        "apology",
        "Raúl Castro",
        "completely identical on everything",
        "Fidel Castro",
        "Seoul Olympics",
        "veteran and irreproachable combatant",
        "AK-47",
        "without charging a cent",
        "Chong Chon Gang",
        "Panama Canal Authority",
        "Panama Canal",
        "weapons",
        "repaired",
        "handed back",
        "barter trade system",
        "Workers' Party of Korea",
        "Communist Party of Cuba",
        "three-day mourning period",
        "official delegation",
        "funeral",
        "Kim Jong Un",
        "Cuban embassy",
        "Miguel Díaz-Canel",
        "socialist solidarity",
        "opposition to sanctions",
        "floral basket",
        "birthday",
        "ambassador",
        "cooling",
        "Ri Il Gyu",
        "political counselor",
        "defected",
    ],
    NEWS: [
        "Kim Jong-un",
        "letter",
        "wholehearted greetings",
        "Raúl Castro",
        "traditional communist allies",
        "state media",
        "Workers’ Party of Korea",
        "Vice Chairman",
        "Ri Su-yong",
        "first secretary",
        "Communist Party of Cuba",
        "Central Committee",
        "bilateral talks",
        "Havana",
        "chairman",
        "Raul Castro Ruz",
        "free world",
        "Cold War",
        "anti-Americanism",
        "Fidel Castro",
        "Pyongyang",
        "grandfather",
        "Kim Il-sung",
        "veteran and irreproachable combatant",
        "AK-47",
        "three-day period of mourning",
        "delegation",
        "Cuban embassy",
        "Latin American ally",
        "Nicolás Maduro",
        "Venezuela",
        "firm support and solidarity",
        "fraudulent",
        "five years",
        "economic sanctions",
        "political isolation",
        "Syria",
        "Bashar-al Assad",
        "all sorts of support",
        "Syrian Arab Army",
        "civil war",
        "friendship and cooperation",
        "Democratic Republic of Congo",
        "Uganda",
        "Zimbabwe",
        "diplomatic presence",
        "ivory",
        "hard foreign currency",
    ],
}
ANSWERS = [
    "Che Guevara",
    "Kim Il Sung",
    "Kim Il-sung",
    "Raúl Castro",
    "Raul Castro Ruz",
    "Fidel Castro",
    "Kim Jong Un",
    "Kim Jong-un",
    "Miguel Díaz-Canel",
    "Ri Il Gyu",
    "Ri Su-yong",
    "Nicolás Maduro",
    "Bashar-al Assad",
    "Pyongyang",
    "Havana",
    "Panama Canal",
    "South Korea",
    "Venezuela",
    "Syria",
    "Zimbabwe",
    "Panama Canal Authority",
    "Workers' Party of Korea",
    "Communist Party of Cuba",
    "Syrian Arab Army",
    "Cold War",
    "Korean War",
    "Hurricane Flora",
    "Chong Chon Gang",
    "AK-47",
    "three",
]

# Spellings a learner may type for the people and dates the documents write two ways.
ACCEPTED_SPELLINGS = {
    "relations-established": ["August 29, 1960"],
    "kim-il-sung-apology": ["Kim Il-sung"],
    "kim-jong-un-embassy-visit": ["Kim Jong-un"],
    "raul-castro-identical-views": ["Raul Castro"],
    "news-greetings-raul-castro": ["Raul Castro"],
    "diaz-canel-visit": ["Diaz-Canel", "Díaz-Canel"],
    "news-assad-ties": ["Bashar-al Assad"],
    "news-maduro-ally": ["Nicolas Maduro"],
    "south-korea-relations-date": ["February 15, 2024"],
}

# What the documents say that the deck deliberately does not ask, and why: a teacher would not.
NOT_ASKED_SENTENCES = {
    ENCYCLOPEDIA: [
        # The article's definition of its own title, with the name in Korean and Spanish.
        "Cuba–North Korea relations (꾸바-조선민주주의인민공화국 관계, Relaciones cubanas-coreanas del"
        " norte) are the bilateral relations between Cuba and North Korea.",
    ],
    NEWS: [
        # The state news agency's stock phrases of thanks and of a friendly atmosphere.
        "“Raul Castro Ruz expressed deep thanks for this and asked Ri Su-yong to convey his most"
        " wholehearted greetings to Kim Jong Un.",
        "The talk took place in a friendly atmosphere,” the report continued.",
    ],
}
NOT_ASKED_VALUES = {
    # The weekday state media announced the meeting, and the day of the meeting: trivia.
    NEWS: ["Monday", "July 5th"],
    # The month a defection was confirmed: a side clause of the defection's sentence.
    ENCYCLOPEDIA: ["July 2024"],
}

MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
DATE_PHRASE = re.compile(
    rf"\b(?:\d{{1,2}} )?(?:{MONTHS})(?: \d{{1,2}}(?:st|nd|rd|th)?\b)?(?: \d{{4}}\b)?"
)
DAY_NAME = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
NUMBER = re.compile(r"\d+(?:,\d{3})*s?")

NUMBER_WORDS = {
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "ten": "10",
}
LEADING_ARTICLE = re.compile(r"^(?:the|a|an|its|his|her|their) ")


def norm(text: str) -> str:
    """Lower case, no accents, no punctuation, number words as digits, single spaces."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"(?<=\d),(?=\d{3})", "", text)
    text = re.sub(r"(\d)(?:st|nd|rd|th)\b", r"\1", text)
    text = re.sub(r"['’‘]", " ", text)
    text = re.sub(r"[^\w]+", " ", text)
    words = [NUMBER_WORDS.get(word, word) for word in text.split()]
    return " ".join(words)


def norm_answer(text: str) -> str:
    return LEADING_ARTICLE.sub("", norm(text))


def contains(haystack: str, needle: str) -> bool:
    """Whether the normalised needle occurs in the normalised haystack as whole words."""
    return f" {norm_answer(needle)} " in f" {norm(haystack)} "


@cache
def curated() -> dict[str, Any]:
    data = yaml.safe_load(Path(DEFAULT_FACTS).read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def facts() -> list[dict[str, Any]]:
    return list(curated()["facts"])


@cache
def documents() -> dict[str, dict[str, Any]]:
    return {doc["id"]: doc for doc in curated()["documents"]}


@cache
def source_text(document: str) -> str:
    return (Path(DEFAULT_SOURCES) / documents()[document]["file"]).read_text(encoding="utf-8")


@cache
def content_lines(document: str) -> tuple[str, ...]:
    dropped = set(NON_CONTENT[document])
    return tuple(
        line for line in source_text(document).split("\n") if line.strip() and line not in dropped
    )


def evidence(fact: dict[str, Any]) -> list[tuple[str, str]]:
    """Every (document, quote) a fact cites: its own quote and those under ``also``."""
    cited = [(fact["document"], fact["quote"])]
    cited += [(extra["document"], extra["quote"]) for extra in fact.get("also", [])]
    return cited


def answers_of(fact: dict[str, Any]) -> list[str]:
    return [fact["answer"], *fact.get("accepted", [])]


def fact_ids() -> list[str]:
    return [fact["id"] for fact in facts()]


def by_id(fact_id: str) -> dict[str, Any]:
    return next(fact for fact in facts() if fact["id"] == fact_id)


# ---------------------------------------------------------------- the file and its documents


def test_the_file_has_deck_documents_facts_and_rejections() -> None:
    assert set(curated()) == {"deck", "documents", "facts", "rejected"}
    assert curated()["deck"] == "Cuba–North Korea relations"
    assert len(facts()) >= 75
    assert isinstance(curated()["rejected"], list)
    for rejection in curated()["rejected"]:
        assert set(rejection) == {"id", "reason"} and rejection["reason"].strip()


def test_every_source_file_has_one_document_record() -> None:
    files = sorted(path.name for path in Path(DEFAULT_SOURCES).glob("*.txt"))
    assert sorted(doc["file"] for doc in documents().values()) == files
    for doc_id, doc in documents().items():
        assert SLUG.match(doc_id)
        assert set(doc) == {"id", "file", "title", "kind", "date"}
        assert doc["title"] in source_text(doc_id)


def test_document_kinds_and_dates_are_what_the_texts_support() -> None:
    assert documents()[ENCYCLOPEDIA]["kind"] == "encyclopedia"
    assert documents()[ENCYCLOPEDIA]["date"] is None
    assert documents()[NEWS]["kind"] == "news"
    # The article gives no day of publication ("on July 5th", "on Monday"): only the year.
    assert documents()[NEWS]["date"] == "2018"
    assert documents()[ENCYCLOPEDIA]["title"] == "Cuba–North Korea relations"


def test_fact_ids_are_unique_slugs() -> None:
    ids = fact_ids()
    assert len(ids) == len(set(ids))
    assert all(SLUG.match(fact_id) for fact_id in ids), [i for i in ids if not SLUG.match(i)]


# ---------------------------------------------------------------- each fact is well formed


@pytest.mark.parametrize("fact_id", fact_ids())
def test_fact_fields_are_known_and_well_typed(fact_id: str) -> None:
    fact = by_id(fact_id)
    assert set(fact) >= REQUIRED, REQUIRED - set(fact)
    assert set(fact) <= REQUIRED | OPTIONAL, set(fact) - REQUIRED - OPTIONAL
    assert fact["document"] in documents()
    assert fact["kind"] in KINDS
    assert fact["difficulty"] in (1, 2, 3)
    assert fact["topics"] and all(isinstance(topic, str) and topic for topic in fact["topics"])
    assert fact["statement"].endswith(".") and fact["prompt"].endswith("?")
    for key in ("unique", "attributed", "typed", "true_false", "number_question"):
        assert isinstance(fact.get(key, False), bool)
    for key in ("accepted", "distractors", "not_distractors"):
        values = fact.get(key, [])
        assert isinstance(values, list) and all(isinstance(v, str) and v for v in values)


@pytest.mark.parametrize("fact_id", fact_ids())
def test_true_false_template_fills_in_the_answer(fact_id: str) -> None:
    fact = by_id(fact_id)
    template = fact.get("statement_template")
    # A template is only used for a unique answer, and a unique answer needs a template.
    assert (template is not None) == fact.get("unique", False)
    if template is not None:
        assert template.count("{answer}") == 1 and template.endswith(".")
        filled = template.replace("{answer}", fact["answer"])
        assert not contains(filled, "{answer}")


@pytest.mark.parametrize("fact_id", fact_ids())
def test_distractors_are_distinct_and_never_the_answer(fact_id: str) -> None:
    fact = by_id(fact_id)
    distractors = fact.get("distractors", [])
    assert "distractors" in fact, "every fact brings its wrong answers, or [] for none"
    assert len(distractors) in (0, 3), "three hand-picked wrong answers, or no multiple choice"
    keys = [norm_answer(d) for d in distractors]
    assert len(set(keys)) == len(keys)
    right = {norm_answer(a) for a in answers_of(fact)} | {
        norm_answer(v) for v in fact.get("not_distractors", [])
    }
    assert not right & set(keys), right & set(keys)


@pytest.mark.parametrize("fact_id", fact_ids())
def test_prompts_do_not_give_the_answer_away(fact_id: str) -> None:
    fact = by_id(fact_id)
    for answer in answers_of(fact):
        assert not contains(fact["prompt"], answer), answer
    # The number question asks for the number only: the rest of the fact may be its context.
    if "number_prompt" in fact:
        assert not contains(fact["number_prompt"], str(fact["number"]))


@pytest.mark.parametrize("fact_id", fact_ids())
def test_numbers_and_ordering_keys_are_consistent(fact_id: str) -> None:
    fact = by_id(fact_id)
    number = fact.get("number")
    if fact["kind"] in ("year", "number"):
        assert number == int(norm(fact["answer"])), "a year or count answer is its own number"
        assert "number_prompt" not in fact
    if "number_prompt" in fact:
        assert isinstance(number, int) and fact["number_prompt"].endswith("?")
    if number is not None:
        assert isinstance(number, int)
        assert contains(fact["quote"], str(number)), "the number is written in the quote"
    assert ("year" in fact) == ("event" in fact), "an ordering key comes with its event label"
    if "year" in fact:
        match = SORT_KEY.match(str(fact["year"]))
        assert match, fact["year"]
        year = match.group(1)
        assert contains(fact["quote"], year)
        assert f"{year[:3]}0s" in fact["topics"]


def sort_key(value: object) -> tuple[int, int | None, int | None]:
    match = SORT_KEY.match(str(value))
    assert match
    year, month, day = match.groups()
    return int(year), int(month) if month else None, int(day) if day else None


def test_ordering_keys_never_leave_two_events_in_an_unknown_order() -> None:
    keyed = [(fact["id"], sort_key(fact["year"])) for fact in facts() if "year" in fact]
    assert len(keyed) >= 5
    for index, (first, (year1, month1, day1)) in enumerate(keyed):
        for second, (year2, month2, day2) in keyed[index + 1 :]:
            if year1 != year2:
                continue
            # Same year: both need a month, and in the same month both need different days.
            assert month1 and month2, (first, second)
            if month1 == month2:
                assert day1 and day2 and day1 != day2, (first, second)
    events = [fact["event"] for fact in facts() if "event" in fact]
    assert len(events) == len(set(events))


@pytest.mark.parametrize(("fact_id", "spellings"), sorted(ACCEPTED_SPELLINGS.items()))
def test_other_spellings_are_accepted(fact_id: str, spellings: list[str]) -> None:
    given = answers_of(by_id(fact_id))
    for spelling in spellings:
        assert spelling in given, (fact_id, spelling)


# ---------------------------------------------------------------- evidence


def test_non_content_lines_are_exact_lines_of_their_documents() -> None:
    for document, lines in NON_CONTENT.items():
        source_lines = source_text(document).split("\n")
        for line in lines:
            assert line in source_lines, line


@pytest.mark.parametrize("fact_id", fact_ids())
def test_every_quote_is_verbatim_content(fact_id: str) -> None:
    for document, quote in evidence(by_id(fact_id)):
        assert document in documents()
        assert "\n" not in quote
        assert quote in source_text(document), quote
        assert any(quote in line for line in content_lines(document)), quote
        for line in NON_CONTENT[document]:
            assert quote not in line, (quote, line)


@pytest.mark.parametrize("fact_id", fact_ids())
def test_the_answer_is_in_the_quote(fact_id: str) -> None:
    fact = by_id(fact_id)
    found = contains(fact["quote"], fact["answer"])
    if "answer_not_in_quote" in fact:
        # An exception must still be needed, and say why.
        assert not found and fact["answer_not_in_quote"].strip()
    else:
        assert found, (fact["answer"], fact["quote"])


def test_the_caption_is_never_a_source() -> None:
    every_quote = " ".join(quote for fact in facts() for _, quote in evidence(fact))
    for caption_only in ("Lavrov", "Kumsusan", "Sharifulin", "Getty", "Ben Kew", "commenting"):
        assert caption_only not in every_quote


# ---------------------------------------------------------------- opinion is attributed


@pytest.mark.parametrize("fact_id", fact_ids())
def test_opinion_words_appear_only_in_attributed_facts(fact_id: str) -> None:
    fact = by_id(fact_id)
    worded = " ".join(
        fact.get(key, "") for key in ("statement", "prompt", "statement_template", "event")
    ).lower()
    if not fact.get("attributed", False):
        assert not [word for word in OPINION_WORDS if word in worded]


@pytest.mark.parametrize(
    "fact_id", [fact["id"] for fact in facts() if fact.get("attributed", False)]
)
def test_attributed_facts_name_their_source(fact_id: str) -> None:
    fact = by_id(fact_id)
    assert ATTRIBUTION.search(fact["statement"]), fact["statement"]
    assert ATTRIBUTION.search(fact["prompt"]), fact["prompt"]
    if "statement_template" in fact:
        assert ATTRIBUTION.search(fact["statement_template"])


def test_the_news_articles_opinions_are_attributed() -> None:
    for fact_id in ("news-ivory-trade", "news-ivory-hard-currency"):
        assert by_id(fact_id)["attributed"] is True


# ---------------------------------------------------------------- coverage


def values_in(document: str) -> set[str]:
    """Every year, full date, month, weekday and number written in a document's content."""
    found: set[str] = set()
    for line in content_lines(document):
        dates = [match.span() for match in DATE_PHRASE.finditer(line)]
        found.update(line[start:end] for start, end in dates)
        found.update(DAY_NAME.findall(line))
        for match in NUMBER.finditer(line):
            if not any(start <= match.start() < end for start, end in dates):
                found.add(match.group(0))
    return found


def covered_in(document: str, value: str) -> bool:
    """Whether a value is the answer of, or in the quote of, a fact citing the document."""
    for fact in facts():
        for cited, quote in evidence(fact):
            if cited == document and contains(quote, value):
                return True
        if fact["document"] == document and any(
            norm_answer(a) == norm_answer(value) for a in answers_of(fact)
        ):
            return True
    return False


def answered(value: str) -> bool:
    """Whether a value is the answer (or an accepted spelling, number or year) of some fact."""
    for fact in facts():
        keys = [*answers_of(fact), str(fact.get("number", "")), str(fact.get("year", ""))]
        if any(contains(key, value) for key in keys if key):
            return True
    return False


def test_the_value_finder_reads_the_documents() -> None:
    assert {"29 August 1960", "1960s", "103", "100,000", "15 February 2024", "July 2024"} <= (
        values_in(ENCYCLOPEDIA)
    )
    assert {"July 5th", "Monday", "March", "April", "1986", "2016"} <= values_in(NEWS)
    assert "MAY 31, 2018" not in values_in(NEWS) and "31" not in values_in(NEWS)


@pytest.mark.parametrize("document", [ENCYCLOPEDIA, NEWS])
def test_every_date_and_number_is_covered_by_a_fact_of_its_document(document: str) -> None:
    missing = sorted(value for value in values_in(document) if not covered_in(document, value))
    assert not missing


@pytest.mark.parametrize("document", [ENCYCLOPEDIA, NEWS])
def test_every_date_and_number_is_asked_about(document: str) -> None:
    missing = sorted(value for value in values_in(document) if not answered(value))
    assert missing == sorted(NOT_ASKED_VALUES[document])


@pytest.mark.parametrize("document", [ENCYCLOPEDIA, NEWS])
def test_every_named_value_is_in_the_document_and_covered(document: str) -> None:
    text = "\n".join(content_lines(document))
    absent = [name for name in NAMES[document] if not contains(text, name)]
    assert not absent, "the hand list names something the document does not say"
    missing = [name for name in NAMES[document] if not covered_in(document, name)]
    assert not missing


def test_every_person_place_and_organisation_is_an_answer() -> None:
    missing = [name for name in ANSWERS if not answered(name)]
    assert not missing


@pytest.mark.parametrize("document", [ENCYCLOPEDIA, NEWS])
def test_every_content_sentence_is_quoted(document: str) -> None:
    """Each sentence of the content shares a quote with some fact of the document."""
    quotes = [quote for fact in facts() for cited, quote in evidence(fact) if cited == document]
    uncovered = []
    for line in content_lines(document):
        for sentence in re.split(r"(?<=[.”\"])\s+(?=[A-Z“\"])", line):
            if not any(quote in sentence or sentence in quote for quote in quotes):
                uncovered.append(sentence)
    assert uncovered == NOT_ASKED_SENTENCES[document]
