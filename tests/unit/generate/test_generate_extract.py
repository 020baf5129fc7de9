"""Sentence splitting and rule-based extraction of typed answer spans."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factdeck.generate import extract as extract_module
from factdeck.generate.clean import clean_document
from factdeck.generate.extract import (
    BLANK,
    Candidate,
    Span,
    _event_label,
    _last_in_source_list,
    _names_something,
    candidate_fact,
    extract,
    extract_candidates,
    pool_entries,
)
from factdeck.generate.pipeline import build_deck
from factdeck.generate.sentences import split_sentences
from factdeck.paths import DEFAULT_SOURCES

ENCYCLOPEDIA = DEFAULT_SOURCES / "000_bde09c3ab8031452.txt"
NEWS = DEFAULT_SOURCES / "001_106bc6ea88ab58ac.txt"


def _texts(text: str) -> list[str]:
    return [s.text for s in split_sentences("doc", text)]


def _candidates(text: str, title: str = "") -> list[Candidate]:
    cleaned = clean_document(text)
    return extract_candidates(split_sentences("doc", cleaned.text), title)


def _spans(text: str) -> set[tuple[str, str]]:
    return {(c.span.kind, c.span.text) for c in _candidates(text)}


def test_abbreviations_initials_and_decimals_do_not_end_sentences() -> None:
    text = (
        "Dr. Smith met Mr. J. R. Jones in St. Louis on Jan. 5, 1901. The fee was 3.5 dollars. "
        "They moved to the U.S. The next year was calm."
    )
    assert _texts(text) == [
        "Dr. Smith met Mr. J. R. Jones in St. Louis on Jan. 5, 1901.",
        "The fee was 3.5 dollars.",
        "They moved to the U.S.",
        "The next year was calm.",
    ]


def test_a_bracketed_reign_birth_or_death_date_does_not_end_the_sentence() -> None:
    text = (
        "Duke Ivo of Marren (r. 1644–1661) built the harbour at Tolk in 1650. "
        "The poet Ansa Veld (b. May 1811 – d. 1849) was born in the town of Kessa. "
        "The keep (c. 1200) was held by Orm Hale (fl. 1190). 1200 men held it. "
        "The gate (b. 1811; d. 1849) is named after him."
    )
    assert _texts(text) == [
        "Duke Ivo of Marren (r. 1644–1661) built the harbour at Tolk in 1650.",
        "The poet Ansa Veld (b. May 1811 – d. 1849) was born in the town of Kessa.",
        "The keep (c. 1200) was held by Orm Hale (fl. 1190).",
        "1200 men held it.",
        "The gate (b. 1811; d. 1849) is named after him.",
    ]
    questions = [c.question for c in _candidates(text) if c.question]
    assert "In what year did Duke Ivo of Marren build the harbour at Tolk?" in questions
    assert "In which town was the poet Ansa Veld born?" in questions
    assert not any("(" in question or ")" in question for question in questions)


def test_quotations_stay_inside_their_sentence() -> None:
    text = (
        "“Raul thanked him. The talk was friendly,” the report continued. "
        'He said: "We won. We are glad." Then he left.'
    )
    assert _texts(text) == [
        "“Raul thanked him. The talk was friendly,” the report continued.",
        'He said: "We won. We are glad."',
        "Then he left.",
    ]


def test_hard_wrapped_lines_keep_their_verbatim_quote() -> None:
    text = "The canal opened\nin 1869 after ten years.\n\nA new paragraph starts here."
    sentences = split_sentences("doc", text)
    assert sentences[0].quote == "The canal opened\nin 1869 after ten years."
    assert sentences[0].text == "The canal opened in 1869 after ten years."
    assert sentences[1].line == 4


def test_markdown_syntax_is_removed_from_the_shown_text_only() -> None:
    text = "- The **canal** was built by [Ferdinand de Lesseps](https://x.example) in 1869."
    (sentence,) = split_sentences("doc", text, markdown=True)
    assert sentence.quote.startswith("The **canal**")
    assert sentence.text == "The canal was built by Ferdinand de Lesseps in 1869."


def test_dates_years_and_numbers_of_the_encyclopedia() -> None:
    spans = _spans(ENCYCLOPEDIA.read_text(encoding="utf-8"))
    assert ("date", "29 August 1960") in spans
    assert ("date", "September 1960") in spans
    assert ("date", "15 February 2024") in spans
    assert ("year", "1963") in spans
    assert ("number", "103") not in spans  # "a 103-man work brigade": part of a word
    assert ("number", "100,000") not in spans  # inside a quotation: the speaker's words
    assert ("number", "three") not in spans  # "a three-day mourning period": likewise
    assert ("period", "1960s") in spans  # a decade is asked as a period, never as a year
    assert not any(text in {"47", "AK-47"} for _, text in spans)
    assert not any(kind == "year" and text.endswith("s") for kind, text in spans)


def test_sums_of_money_and_figures_after_a_capitalised_first_word_are_spans() -> None:
    spans = _spans(
        "About 61.1% of the crew were sailors. Over 9,500 people saw the launch in 1901. "
        "The yard sold the ship for £1.3bn in 1902. A rival had paid $40m for the old dock. "
        "The pool of the yard is 25m long. The Orion 11 engine was built there."
    )
    for expected in ("61.1%", "9,500", "£1.3bn", "$40m"):
        assert ("number", expected) in spans
    assert not {"25", "25m", "11"} & {text for _, text in spans}  # metres; part of a name


def test_a_sum_or_a_share_is_accepted_written_short_or_long() -> None:
    text = "The yard sold the ship for £1.3bn in 1902. About 61.1% of the crew were sailors."
    by_answer = {c.span.text: candidate_fact(c, "Yard") for c in _candidates(text)}
    assert "£1.3 billion" in by_answer["£1.3bn"].accepted
    assert "61.1 per cent" in by_answer["61.1%"].accepted


def test_a_name_before_its_verb_is_an_answer_a_name_before_a_noun_is_not() -> None:
    spans = {
        text
        for _, text in _spans(
            "In 1902, Velora went to the court over the mill. In 1903, the Tarvo system was "
            "installed at the mill. In 1904, the mill was sold to Kestrel with its land."
        )
    }
    assert {"Velora", "Kestrel"} <= spans
    assert "Tarvo" not in spans  # "the Tarvo system": the name only says which system
    unknown_noun = {text for _, text in _spans("In 1905, the Harlo zymotane process was used.")}
    assert "Harlo" not in unknown_noun  # a word no dictionary knows is taken for a noun


def test_a_person_known_by_one_name_is_an_answer_a_shared_name_is_not() -> None:
    spans = _spans(
        "In 1850, the chieftain Harvo founded the town of Lund. In 1851, the engineer Edvin "
        "Brask built the mill at Lund. In 1852, the chieftain Edvin Tarr rebuilt the mill at "
        "Lund. In 1853, the mill was sold to Harvo. In 1854, the mill was sold to Edvin."
    )
    assert {("person", "Harvo"), ("person", "Edvin Brask")} <= spans
    assert ("place", "Harvo") not in spans  # "sold to Harvo": the chieftain, no place
    assert ("person", "Edvin") not in spans  # Edvin Brask or Edvin Tarr
    first_name = _spans(
        "In 1860, the engineer Isak Varn built the mill at Lund. In 1861, the mill was sold "
        "to Isak. Isak surrendered the mill in 1862."
    )
    assert not {text for _, text in first_name} & {"Isak"}
    particle = _spans(
        "In 1855, the explorer Maren de Kolt mapped the coast of Lund. In 1856, the king "
        "Tarr the Old met Kolt at Lund. In 1857, Kolt sailed to Orm."
    )
    assert ("person", "Kolt") in particle  # the one person of that surname


def test_a_name_after_a_persons_title_is_a_person_after_a_things_noun_is_not() -> None:
    spans = _spans(
        "In 1850, the chieftain Harvo founded the town of Lund on the river Esk. In 1851, "
        "the company Acme built the first mill at Lund. In 1852, the ship Orm carried the "
        "mill's flour to Tarn. In 1853, Harvo sold the mill to the merchant guild of Tarn."
    )
    people = {text for kind, text in spans if kind == "person"}
    assert "Harvo" in people
    assert not people & {"Esk", "Acme", "Orm"}
    questions = [
        c.question
        for c in _candidates(
            "In 1850, the chieftain Harvo founded the town of Lund. In 1853, Harvo sold the "
            "mill to the merchant guild of Tarn."
        )
        if c.span.text == "Harvo"
    ]
    assert "In 1853, who sold the mill to the merchant guild of Tarn?" in questions
    sold_first = _spans(
        "In 1849, the mill at Lund was sold to Harvo. In 1850, the chieftain Harvo founded "
        "the town of Lund."
    )
    assert ("person", "Harvo") in sold_first and ("place", "Harvo") not in sold_first
    agents = _spans(
        "In 1850, the pianist Tarvik founded the music school of Lund. In 1851, the historian "
        "Vellan wrote the first chronicle of Lund. In 1854, the checklist Orm was printed at "
        "Lund. In 1855, the school was sold to Tarvik. In 1856, the environmentalist Lund "
        "Greens won the vote in Lund."
    )
    assert {("person", "Tarvik"), ("person", "Vellan")} <= agents
    assert ("person", "Orm") not in agents  # a list, though its name ends in "-ist"
    assert not any(kind == "person" and "Greens" in text for kind, text in agents)  # a party


def test_a_name_opening_a_sentence_that_is_no_word_is_an_answer() -> None:
    text = (
        "Lund is a town in Varland. Kestrovia took the title of King of Orm. "
        "Originally the mill at Lund ground corn."
    )
    kept = extract(split_sentences("doc", text), "Lund", selective=True).candidates
    assert "Kestrovia" in {c.span.text for c in kept}
    assert not any(c.span.text.startswith("Originally") for c in kept)


def test_a_clause_cut_after_the_last_item_of_a_list_is_not_asked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(extract_module, "_select", lambda candidates, budget, known=(): candidates)
    text = (
        "Lund is a town in Varland. For tax purposes, the four counties of Arlen, Borrow, "
        "Cray, and Dunmore are all combined to make up the Greater Lund Area."
    )
    for lead in ("and Dunmore", "and the rural Dunmore"):
        cut = text.replace("and Dunmore", lead)
        candidates = extract(split_sentences("doc", cut), "Lund", selective=True).candidates
        assert "Dunmore" not in {c.span.text for c in candidates}
        clauses = [c.clause.text if c.clause else c.sentence.text for c in candidates]
        assert not any(clause.startswith(("Dunmore", "the rural Dunmore")) for clause in clauses)
    source = "The mill was built by Ivo, the abbot of Lund and first lord of Orm, in 1200."
    ivo = Span(0, 3, "other", "Ivo")  # the clause "Ivo was the abbot of Lund ..." is whole
    assert not _last_in_source_list(source, ivo)
    assert _last_in_source_list(text, Span(0, 7, "other", "Dunmore"))


def test_a_region_named_by_a_compass_word_is_asked_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(extract_module, "_select", lambda candidates, budget, known=(): candidates)
    text = "The Tarns were a people of Varland. The Tarns conquered southern Orvia in 1050."
    kept = extract(split_sentences("doc", text), "Tarns", selective=True).candidates
    asked = {c.span.text: (c.span.kind, c.question) for c in kept}
    assert asked["southern Orvia"] == ("place", "What did the Tarns conquer in 1050?")
    assert "Orvia" not in asked


def test_a_language_after_into_is_no_place() -> None:
    spans = _spans(
        "In 1200, the Tarn dialect evolved into Modern English. In 1300, Ola moved to Lund."
    )
    assert ("other", "Modern English") in spans
    assert ("place", "Lund") in spans


def test_an_article_of_another_language_opening_a_name_is_kept() -> None:
    spans = _spans(
        "In 1040, the monks of Lund moved to Orm. La Tour-du-Pin became a centre of music "
        "in 1050. Le Havre was rebuilt in 1950."
    )
    assert {("other", "La Tour-du-Pin"), ("other", "Le Havre")} <= spans


def test_a_name_with_a_rulers_number_is_a_person() -> None:
    spans = _spans("In 1100, the town was ruled by Harald IV of Lund, and later by Ivo II Tarr.")
    assert {("person", "Harald IV"), ("person", "Ivo II Tarr")} <= spans


def test_a_model_number_is_part_of_a_name_a_year_is_not() -> None:
    spans = _spans(
        "In 1998, the new service of Lund used Astra 2A. In 2001, Lund launched Channel 4 HD "
        "for viewers. In 12 towns the fair opened in 2002."
    )
    assert {("other", "Astra 2A"), ("other", "Channel 4 HD"), ("number", "12")} <= spans


def test_a_rank_after_a_name_is_no_part_of_it() -> None:
    spans = _spans("In 2014, the Orm Herald ranked Lund College 10th among the colleges of Tarn.")
    assert any(text == "Lund College" for _, text in spans)
    assert not any("10th" in text for _, text in spans)


def test_a_peoples_adjective_after_a_place_goes_with_its_noun() -> None:
    spans = _spans("In 1100 in southern Orvia Greek artwork survived in the churches of Lund.")
    assert ("place", "southern Orvia") in spans
    assert not any("Greek" in text for _, text in spans)


def test_the_last_item_of_a_list_after_an_article_and_a_modifier_is_in_the_list() -> None:
    text = (
        "In 2001, the Orm Party, the Lund Party, the rural Tarn Party, and the green Kell "
        "Alliance won seats in the council of Varland."
    )
    assert not any(text == "Kell Alliance" for _, text in _spans(text))
    opening = "In 2001, the Orm Party and the green Kell Alliance won seats in Varland."
    assert ("organisation", "Kell Alliance") in _spans(opening)  # two names, no list


def test_a_common_word_capitalised_as_a_title_is_no_name() -> None:
    spans = {
        text
        for _, text in _spans(
            "The mill stood in the duchy of Arlen for a century. In 1750, the Duchy sold the mill "
            "to Kestrel."
        )
    }
    assert "Kestrel" in spans
    assert "Duchy" not in spans


def test_people_places_organisations_and_events_of_the_encyclopedia() -> None:
    spans = _spans(ENCYCLOPEDIA.read_text(encoding="utf-8"))
    for expected in [
        ("person", "Che Guevara"),
        ("person", "Kim Il Sung"),
        ("person", "Miguel Díaz-Canel"),
        ("person", "Ri Il Gyu"),
        ("place", "Pyongyang"),
        ("place", "Havana"),
        ("organisation", "Panama Canal Authority"),
        ("organisation", "Communist Party of Cuba"),
        ("event", "Hurricane Flora"),
        ("event", "Seoul Olympics"),
        ("country", "South Korea"),
    ]:
        assert expected in spans
    assert not any(kind == "person" and text == "Cuban" for kind, text in spans)


def test_titles_split_names_and_acronyms_become_accepted_spellings() -> None:
    text = NEWS.read_text(encoding="utf-8")
    by_text = {c.span.text: c for c in _candidates(text)}
    assert by_text["Ri Su-yong"].span.kind == "person"  # after "Vice Chairman"
    assert by_text["Korean Central News Agency"].span.aliases == ("KCNA",)
    entries = pool_entries(split_sentences("news", clean_document(text).text))
    assert ("organisation", "Communist Party of Cuba") in entries
    assert ("person", "Raul Castro Ruz") in entries
    assert not any("Communist Party of Cuba Raúl" in value for _, value in entries)


def test_opinion_sentences_are_attributed_never_asserted() -> None:
    text = NEWS.read_text(encoding="utf-8")
    opinionated = 0
    for candidate in _candidates(text, title="The news"):
        fact = candidate_fact(candidate, "The news")
        words = candidate.sentence.text.casefold()
        if any(w in words for w in ("dictator", "regime", "fraudulent")):
            opinionated += 1
            assert candidate.attributed and not candidate.unique
            assert fact.statement.startswith("According to “The news”: ")
            assert fact.prompt.startswith("According to “The news”: ")
        else:
            assert not candidate.attributed
    assert opinionated >= 5


def test_the_documents_subject_and_repeated_answers_are_not_asked() -> None:
    text = (
        "Rome is a city in Italy. Rome was founded in 753 BC by Romulus. "
        "Augustus ruled Rome from 27 BC. Rome hosted the Olympics in 1960. "
        "Rome became the capital of Italy in 1871. The Tiber flows through Rome."
    )
    spans = _spans(text)
    assert not any(value == "Rome" for _, value in spans)
    spans = {c.span.text for c in _candidates("Paris is in France, and Paris is large.")}
    assert "Paris" not in spans


def test_candidate_ids_are_stable_and_depend_on_sentence_and_answer() -> None:
    text = ENCYCLOPEDIA.read_text(encoding="utf-8")
    first = [c.id for c in _candidates(text)]
    assert first == [c.id for c in _candidates(text)]
    assert len(set(first)) == len(first)
    changed = text.replace("In 1963, North Korea sent", "In 1963, North Korea shipped")
    second = [c.id for c in _candidates(changed)]
    assert len(set(first) - set(second)) == 2  # the year and the hurricane of that sentence


def test_a_candidate_fact_asks_a_question_and_keeps_the_quote() -> None:
    text = "The treaty was signed in Paris on 3 September 1783 by the delegates."
    (date,) = [c for c in _candidates(text) if c.span.kind == "date"]
    fact = candidate_fact(date, "Treaty of the delegates")
    assert fact.prompt == "When was the treaty signed in Paris by the delegates?"
    assert fact.number == 1783
    assert fact.number_prompt == "In what year was the treaty signed in Paris by the delegates?"
    assert fact.quote == text
    assert fact.unique  # "signed": a one-time event
    assert "September 3, 1783" in fact.accepted and "1783-09-03" in fact.accepted
    assert fact.event == "The treaty was signed in Paris by the delegates"
    unclear = candidate_fact(date, "Paris")  # "the treaty" and "the delegates" name nothing
    assert unclear.event is None


def test_without_a_question_the_blank_form_shows_only_the_answers_clause() -> None:
    text = (
        "Trade grew after the war, and the 1801 treaty opened the port, which "
        "later became the largest in the region."
    )
    (year,) = [c for c in _candidates(text) if c.span.kind == "year"]
    fact = candidate_fact(year, "Port")
    assert fact.prompt == "Fill in the blank (a year): The _____ treaty opened the port"


_WORDS = st.sampled_from(
    [
        "In", "1960", "Cuba", "and", "North", "Korea", "signed", "the", "Treaty", "of", "Paris",
        "on", "29", "August", "1815", "President", "Kim", "Il", "Sung", "Dr.", "U.S.", "100,000",
        "three-day", "“", "”", '"', ".", ",", "!", "?", "\n", "\n\n", "Party", "dictator",
        "(", ")", "{answer}", "é", "관계", "AK-47", "May", "1990s", "-", "*", "#", "==",
    ]
)  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(st.lists(_WORDS, max_size=60).map(" ".join) | st.text(max_size=300))
def test_arbitrary_text_never_crashes_and_quotes_are_substrings(text: str) -> None:
    cleaned = clean_document(text)
    sentences = split_sentences("doc", cleaned.text)
    for sentence in sentences:
        assert sentence.quote in cleaned.text
        assert sentence.quote in text
    for candidate in extract_candidates(sentences):
        fact = candidate_fact(candidate, "Doc")
        assert fact.quote in text
        assert candidate.sentence.text[candidate.span.start : candidate.span.end] == fact.answer
        assert BLANK in fact.prompt or fact.prompt.endswith("?")
        assert fact.answer in (fact.fill(fact.answer) or "")


def test_a_line_without_full_stops_is_read_only_in_part_and_never_asked() -> None:
    filler = " ".join(["the river carried the trade of many towns"] * 30)
    line = f"The Elbe flows past Passau in 1869 {filler} and Rotterdam grew in 1901"
    found = extract(split_sentences("doc", line), "", selective=False)
    assert found.candidates == []  # far longer than any sentence worth a question
    names = {value for _, value in found.pool}
    assert "Passau" in names  # the first part still feeds the options of other questions
    assert "Rotterdam" not in names  # words past the bound are not read at all


def test_circa_before_a_year_does_not_end_the_sentence() -> None:
    text = "Johannes Gutenberg (c. 1400 – 1468) was a German printer. He lived in Mainz."
    assert _texts(text) == [
        "Johannes Gutenberg (c. 1400 – 1468) was a German printer.",
        "He lived in Mainz.",
    ]


def test_an_ordering_item_keeps_a_whole_list_and_drops_a_second_claim() -> None:
    text = "The Orm Gulls lost Lund, Tarn, and Kell in 1085, after the death of Ann."
    year = text.index("1085")
    assert _event_label(text, Span(year, year + 4, "year", "1085")) == (
        "The Orm Gulls lost Lund, Tarn, and Kell"
    )
    text = "The Orm Gulls took Lund in 1085, and the town burned."
    year = text.index("1085")
    assert _event_label(text, Span(year, year + 4, "year", "1085")) == "The Orm Gulls took Lund"
    text = "In 1085 the Orm Gulls took Lund, ending the war with Tarn."
    assert _event_label(text, Span(3, 7, "year", "1085")) == "The Orm Gulls took Lund"
    text = "Ana Lee founded the Orm Players, a theatre company, in 1921."
    year = text.index("1921")
    assert _event_label(text, Span(year, year + 4, "year", "1921")) == (
        "Ana Lee founded the Orm Players, a theatre company"
    )


def test_the_home_country_and_continent_of_the_subject_are_not_answers() -> None:
    """A text on a river in Poland: "in which country?" and "of which continent?" ask what any
    reader of it knows; other places of the text are still asked about."""
    text = (
        "The Velka is a river in Poland. It is one of the longest rivers of Europe. "
        "The Velka flows into the Baltic Sea near Gdansk. "
        "The river is the second longest in Europe after the Volga."
    )
    answers = {c.span.text for c in _candidates(text, "Velka")}
    assert "Baltic Sea" in answers
    assert not answers & {"Poland", "Europe"}


def test_an_ordering_item_never_holds_a_date_of_its_own() -> None:
    for text in (
        "In 2004 the Orm ferry, closed since mid-1998, sailed again.",
        "In 2004 the Orm ferry, idle since the early 1990s, sailed again.",
    ):
        assert _event_label(text, Span(3, 7, "year", "2004")) is None
    text = "In 2004 the Orm ferry sailed again."
    assert _event_label(text, Span(3, 7, "year", "2004")) == "The Orm ferry sailed again"


def test_an_ordering_item_names_what_it_tells_of() -> None:
    text = "In 2009 coloured maps became available."
    (year,) = [c for c in _candidates(text) if c.span.kind == "year"]
    assert candidate_fact(year, "Tarn Atlas").event is None  # available where, from whom?
    text = "In 2009 coloured maps became available from the Tarn Atlas."
    (year,) = [c for c in _candidates(text) if c.span.kind == "year"]
    assert candidate_fact(year, "Tarn Atlas").event == (
        "Coloured maps became available from the Tarn Atlas"
    )
    assert _names_something("The atlas was reprinted", {"atlas"})
    assert not _names_something("Coloured maps became available", set())


def test_a_name_with_initials_or_an_ampersand_is_kept_whole_and_initials_mark_a_person() -> None:
    spans = _spans(
        "The chronicle was written by Tsering K. L. Dorje in 1958. "
        "The ferry was run by Harlow & Finch in 1911. "
        "The firm AT&T Nordic opened in Lund in 1990."
    )
    texts = {text for _, text in spans}
    assert {"Tsering K. L. Dorje", "Harlow & Finch", "AT&T Nordic"} <= texts
    assert not texts & {"Tsering K", "Harlow", "Finch", "T Nordic"}
    assert ("person", "Tsering K. L. Dorje") in spans


def test_the_document_s_subject_under_another_name_is_no_answer() -> None:
    answers = {
        c.span.text
        for c in _candidates(
            "Port Orm City (POC) is a port town on the coast of Vellmark. "
            "In 1898, the merger of Kellby and three villages formed the City of Port Orm. "
            "The harbour of Port Orm was dredged by the engineer Carla Voss in 1911. "
            "Ann Tirrel moved from POC to Kellby in 1950.",
            "Port Orm City",
        )
    }
    assert {"Kellby", "Carla Voss"} <= answers
    assert not answers & {"City of Port Orm", "Port Orm", "POC"}


def test_a_person_s_name_at_birth_is_no_answer_in_the_text_about_them() -> None:
    answers = {
        c.span.text
        for c in _candidates(
            "Martin Ilves (born Mart Ilves; 1890-1951), a son of Jaan Ilves, was a painter. "
            "Mart Ilves was born in Vastse in 1890. "
            "In 1880, Jaan Ilves opened a school in Vastse.",
            "Martin Ilves",
        )
    }
    assert "Jaan Ilves" in answers
    assert "Mart Ilves" not in answers


def test_a_law_or_an_exhibition_named_with_its_year_keeps_the_year() -> None:
    spans = _spans(
        "The Clean Air Act of 1970 required new filters in Kelby. "
        "The Great Wool Exhibition of 1881 was held in Kelby."
    )
    assert {("other", "Clean Air Act of 1970"), ("event", "Great Wool Exhibition of 1881")} <= spans
    assert not {text for _, text in spans} & {"Clean Air Act", "Great Wool Exhibition", "1970"}
    # without a name word before its head, "Act" may be any act of that year
    assert ("year", "1970") in _spans("The Act of 1970 required new filters in Kelby.")


def test_a_law_named_with_its_year_is_asked_whole_and_accepted_without_it() -> None:
    text = "Kelby is a port on the Tarn. The Clean Air Act of 1970 required new filters in Kelby."
    bank = build_deck(text, deck="Kelby", file_name="kelby.txt", markdown=False).bank
    asked = [q for q in bank.questions if q.answer == "Clean Air Act of 1970"]
    assert [q.prompt for q in asked] == ["Which act required new filters in Kelby?"]
    assert "Clean Air Act" in (asked[0].accepted or [])


def test_a_name_opening_with_the_is_no_person_s_whose_word_is_a_surname() -> None:
    text = (
        "Major employers include The Orsby, Travelers and Cigna. "
        "Orsby is the poorest municipality in Vell, with a per capita income of $13,428 in 2000. "
        "Its mayor was elected in 1990 after a long campaign."
    )  # "The Orsby", a firm: "Orsby" alone is no part of a person's name
    candidates = extract(split_sentences("doc", text), "Vell").candidates
    keys = [c for c in candidates if c.span.text == "Orsby" and "poorest" in c.sentence.text]
    assert keys
    assert all(c.span.kind != "person" for c in keys)


def test_a_place_or_a_body_asked_who_has_no_surname_alone() -> None:
    from factdeck.generate.extract import Span, _unshared_surname

    def surname(text: str, kind: str) -> str | None:
        return _unshared_surname(Span(0, len(text), kind, text), "Who was it?", {}, set())

    assert surname("Ivo Brandt", "person") == "Brandt"
    assert surname("New Kessby", "person") is None  # a town's name, filed as a person
    assert surname("Vell Administration", "other") is None  # "Administration" is no one
