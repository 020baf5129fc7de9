"""The per-document look-ups that spare a long document a pattern per name: each answers as
the name's own pattern would, and one document's names never leak into another's."""

from __future__ import annotations

import re

from factdeck.generate.distractors import _spelled_alike
from factdeck.generate.evidence import (
    _SORT_AFTER,
    _SORT_BEFORE,
    _SORTED,
    DocumentEvidence,
    _alias_between,
)
from factdeck.generate.gates import _for_it_to
from factdeck.generate.questions import (
    _ENROLLING,
    _OF_A_SCHOOL,
    _calls_a_school,
    _people_among,
    _regions,
    double_surname_forms,
    initials_forms,
    region_qualified_forms,
)
from factdeck.generate.text import (
    DocumentNames,
    NameBeside,
    country_keys,
    name_keys,
    name_values,
    named_as,
    occurrences,
    people_sharing_a_spelling_key,
    place_keys,
    values_containing,
    values_holding,
    values_of_kind,
    values_one_word_longer,
    values_opening,
    values_with_keys,
    whole_word_starts,
)
from helpers.generation import auto_fact, document_evidence, option_pool


def test_occurrences_are_every_start_overlapping_ones_too() -> None:
    assert occurrences("Orm Ormorm Orm", "Orm") == [0, 4, 11]
    assert occurrences("aaa", "aa") == [0, 1]
    assert occurrences("Vell", "") == []


def test_a_phrase_beside_a_name_is_found_before_or_after_it() -> None:
    beside = NameBeside(before=r"\bthe\s+town\s+of\s+", after=r",\s+a\s+port\b")
    assert beside.written_beside("They sailed to the town of Orm.", "Orm")
    assert beside.written_beside("Orm, a port on the coast, grew.", "Orm")
    assert beside.written_beside("Kell and Orm, a port, traded.", "Orm")  # its second place
    assert not beside.written_beside("The town of Kell traded with Orm.", "Orm")
    assert not beside.written_beside("Orm is a port.", "Orm")


def test_a_name_is_written_whole_after_a_phrase_where_no_word_goes_on_from_it() -> None:
    beside = NameBeside(before=r"\b(?i:in|near)\s+(?:the\s+)?")
    assert beside.written_whole_after("They camped near the Orm.", "Orm")
    assert beside.written_whole_after("In Orm they camped, then in Ormsby.", "Orm")
    assert not beside.written_whole_after("They camped near Ormsby and Orm-Vell.", "Orm")
    assert not beside.written_whole_after("They camped near Orm’s mill.", "Orm")
    assert not beside.written_whole_after("Orm lies in the hills.", "Orm")
    assert not NameBeside(after=r",\s+a\s+port").written_whole_after("Orm, a port.", "Orm")


def test_a_sort_beside_a_name_is_found_wherever_the_names_own_pattern_finds_it() -> None:
    sentences = [
        "The colony of Vessa was founded by traders.",
        "Vessa, a small town, lies on the river.",
        "Vessa traded with the town.",
        "Traders from the city reached Vessa in spring.",
        "The city Vessa Bay lies to the north.",
        "Orm Vessa, the port, was closed.",
    ]
    name = re.escape("Vessa")
    own = re.compile(rf"{_SORT_BEFORE}{name}(?![\w'-])(?!’)|(?<![\w'-])(?<!’){name}{_SORT_AFTER}")
    for text in sentences:
        if own.search(text):
            assert _SORTED.written_beside(text, "Vessa"), text
    assert not _SORTED.written_beside(sentences[2], "Vessa")
    assert not _SORTED.written_beside(sentences[3], "Vessa")


def test_another_name_stands_after_a_cue_or_in_brackets_only() -> None:
    assert _alias_between("The Orm River (once the Tarn River) floods.", "Orm River", "Tarn River")
    assert _alias_between("Orm, also called Tarn, and now known as Vell, is long.", "Orm", "Vell")
    assert _alias_between("Kellby was renamed Ostby in 1901.", "Kellby", "Ostby")
    assert not _alias_between("Orm, Tarn and Vell are rivers.", "Orm", "Tarn")
    assert not _alias_between("Tarn was renamed Orm.", "Orm", "Tarn")  # the order counts


def test_names_said_alike_are_found_through_the_statements_sentences() -> None:
    text = (
        "Ivo Lind was born in Kell. He grew up in Orm as a fisherman. "
        "Ada Venn sold grain in Vessa. Tom Hale grew roses in Kell."
    )
    evidence = document_evidence(text)
    prompt = "Who grew up in Orm?"
    assert evidence.said_alike("doc", prompt, "Ada Venn", "Ivo Lind", dated=True)
    assert not evidence.said_alike("doc", prompt, "Ada Venn", "Tom Hale", dated=True)
    alike = evidence.telling_sentences("doc", prompt, "Ada Venn", dated=True)
    assert alike == ["Ivo Lind was born in Kell.", "He grew up in Orm as a fisherman."]


def test_sentences_of_another_year_tell_nothing_said_alike() -> None:
    text = (
        "Ivo Lind was born in Kell. He grew up in Orm in 1950. "
        "Tom Hale grew up in Orm in 1962. Ada Venn grew up in Orm in 1950."
    )
    evidence = document_evidence(text)
    prompt = "Who grew up in Orm in 1950?"
    telling = evidence.telling_sentences("doc", prompt, "Ada Venn", dated=True)
    assert telling == [
        "Ivo Lind was born in Kell.",  # the next sentence goes on about him
        "He grew up in Orm in 1950.",
        "Ada Venn grew up in Orm in 1950.",
    ]
    assert not evidence.said_alike("doc", prompt, "Ada Venn", "Tom Hale", dated=True)


def test_a_person_the_document_says_did_the_same_is_found_among_many() -> None:
    text = "Ivo Lind was born in Kell. He grew up in Orm as well. Ada Venn grew up in Orm."
    fact = auto_fact("person", "Ada Venn", "Ada Venn grew up in Orm.", "Who grew up in Orm?")
    others = [f"Tom Hale{suffix}" for suffix in ("", "a", "b", "c")]
    pool = option_pool(text, "person", [*others, "Ivo Lind"], fact)
    assert pool.answered_by_another(fact)
    alone = option_pool(text, "person", others, fact)
    assert not alone.answered_by_another(fact)


def test_a_second_documents_pool_sees_none_of_the_firsts_people() -> None:
    first = "Ivo Lind was born in Kell. He grew up in Orm as well. Ada Venn grew up in Orm."
    fact = auto_fact("person", "Ada Venn", "Ada Venn grew up in Orm.", "Who grew up in Orm?")
    assert option_pool(first, "person", ["Ivo Lind"], fact).answered_by_another(fact)
    second = "Rafe Dorn was born in Kell. Ada Venn grew up in Orm."
    assert not option_pool(second, "person", ["Rafe Dorn"], fact).answered_by_another(fact)


def test_only_a_region_written_after_the_place_is_tried_with_it() -> None:
    names = [("place", "Kellby"), ("place", "Norland"), ("country", "Vessmark")]
    tried: list[str] = []

    def written(form: str) -> bool:
        tried.append(form)
        return True

    texts = ["Kellby, Norland is a fishing town.", "Kellby traded with Vessmark."]
    assert region_qualified_forms("Kellby", names, written, texts) == ["Kellby, Norland"]
    assert tried == ["Kellby, Norland"]
    assert region_qualified_forms("Kellby", names, written, texts[1:]) == []


def test_a_whole_word_is_found_where_its_own_pattern_finds_it() -> None:
    assert whole_word_starts("Orm", "Orm met Orma at Orm-Vell and _Orm") == [0, 16]
    assert whole_word_starts("a-a", "a-a-a a-a") == [0, 6]  # each after the last one's end
    assert whole_word_starts("orm", "ORM and Orm", ignore_case=True) == [0, 8]
    texts = ["Orm met Orma at Orm-Vell; orm, ORM and _Orm.", "(Kell) and x(Kell", "Øre, øre ØRE"]
    for text in texts:
        for word in ("Orm", "orm", "(Kell", "Kell)", "øre", "Øre", ""):
            for flags in (0, re.IGNORECASE):
                found = [m.start() for m in re.finditer(rf"\b{re.escape(word)}\b", text, flags)]
                assert whole_word_starts(word, text, ignore_case=bool(flags)) == found


def test_a_name_after_for_is_found_as_the_infinitives_subject_without_its_pattern() -> None:
    sentences = [
        "They pressed for Vell to join the league.",
        "They pressed for the Vell to join.",
        "They asked, for Vell to Join.",
        "Before Vell to join, they waited.",
        "It was good for Vell to 12 ships.",
        "A plan for Vell to",
    ]
    found = [_for_it_to(sentence, "Vell") for sentence in sentences]
    assert found == [True, True, False, False, False, False]
    for sentence in sentences:
        pattern = r"\bfor\s+(?:the\s+)?Vell\s+to\s+[a-z]+"
        assert _for_it_to(sentence, "Vell") == (re.search(pattern, sentence) is not None)


def test_a_documents_names_read_once_give_what_the_pairs_give() -> None:
    pairs = [
        ("place", "Orm Bay"),
        ("person", "Ivo Tarn"),
        ("country", "Norland"),
        ("place", "Orm Bay"),
        ("person", "Kell"),
        ("place", "Kell"),
    ]
    names = DocumentNames(pairs)
    assert list(names) == [p for i, p in enumerate(pairs) if p not in pairs[:i]]
    for given in (names, list(names)):
        assert name_values(given) == ["Orm Bay", "Ivo Tarn", "Norland", "Kell", "Kell"]
        assert list(name_keys(given)) == ["orm bay", "ivo tarn", "norland", "kell", "kell"]
        assert set(place_keys(given)) == {"orm bay", "norland", "kell"}
        assert set(country_keys(given)) == {"norland"}
        assert values_of_kind(given, "person") == ["Ivo Tarn", "Kell"]
        assert values_of_kind(given, "event") == []
        assert list(values_with_keys(given))[:2] == [
            ("Orm Bay", "orm bay"),
            ("Ivo Tarn", "ivo tarn"),
        ]


def test_what_every_fact_reads_of_a_document_s_names_is_worked_out_once() -> None:
    names = DocumentNames([("person", "Ivo Tarn"), ("place", "Orm Bay"), ("country", "Norland")])
    read: list[int] = []

    def people(pairs: tuple[tuple[str, str], ...]) -> list[str]:
        read.append(len(pairs))
        return [value for kind, value in pairs if kind == "person"]

    assert names.worked_out(people) == ["Ivo Tarn"]
    assert names.worked_out(people) is names.worked_out(people)
    assert read == [3]
    assert _people_among(names) == _people_among(list(names)) == ["Ivo Tarn"]
    assert list(_regions(names)) == list(_regions(list(names))) == ["Orm Bay", "Norland"]


def test_the_people_who_may_be_one_spelled_two_ways_are_found_by_their_shared_words() -> None:
    people = ["Ivo Tarn", "Ivo I Tarne", "Bohemond I", "Bohemund I", "Bohemond II", "Tarn", "Kell"]
    names = DocumentNames([("person", name) for name in people] + [("place", "Ivo Bay")])
    assert people_sharing_a_spelling_key(names, "Ivo Tarne") == ["Ivo Tarn", "Ivo I Tarne"]
    assert people_sharing_a_spelling_key(names, "Bohemund I") == ["Bohemond I", "Bohemund I"]
    assert people_sharing_a_spelling_key(names, "Tarn") == []
    for name in [*people, "Ivo", "Bohemond III", ""]:
        alike = [other for other in people if other != name and _spelled_alike(name, other)]
        shared = people_sharing_a_spelling_key(names, name)
        assert [other for other in shared if other != name and _spelled_alike(name, other)] == alike


def test_a_facts_own_paragraphs_are_those_of_the_sentences_its_quote_holds() -> None:
    sentences = ["Orm grew.", "Kell traded salt with Orm.", "Vell sank.", "Tarn rose.", "Ket."]
    evidence = DocumentEvidence({"doc": sentences}, {"doc": [0, 0, 1, 2, 3]})
    quote = "Kell traded salt with Orm. Vell sank."
    assert evidence._own_paragraphs("doc", quote, "") == {0, 1}  # the quote's two sentences
    assert evidence._own_paragraphs("doc", "Orm grew", "") == {0}
    assert evidence._own_paragraphs("doc", "Ket, Orm grew.", "") == {0, 3}  # "Ket" is short
    assert evidence._own_paragraphs("doc", "", "tarn rose") == {2}  # the sentence holds it
    assert evidence._own_paragraphs("doc", "Vell sank and Tarn", "salt with") == {0, 1}
    assert evidence._own_paragraphs("doc", "Kell traded salt", "sank tarn") == set()


def test_longer_names_are_found_by_their_words_as_by_reading_every_name() -> None:
    pairs = [
        ("place", "Orm Bay"),
        ("organisation", "Orm Bay Company"),
        ("place", "Orm"),
        ("organisation", "Orm Bay"),
        ("person", "Orm Kell Lind"),
        ("place", "Kell Orm"),
    ]
    names = DocumentNames(pairs)
    assert values_one_word_longer(names, ["Orm"]) == ["Orm Bay", "Orm Bay"]
    assert values_one_word_longer(names, ["Orm", "Bay"]) == ["Orm Bay Company"]
    assert values_one_word_longer(names, ["Kell"]) == ["Kell Orm"]
    for words in (["Orm"], ["Orm", "Bay"], ["Orm", "Kell"], ["Kell"], ["Lind"], []):
        assert values_one_word_longer(names, words) == values_one_word_longer(pairs, words)


def test_names_holding_a_name_are_found_by_their_words_as_by_reading_every_name() -> None:
    pairs = [
        ("place", "Orm Bay"),
        ("organisation", "Orm Bay Company"),
        ("place", "Ormsby"),
        ("person", "Ivo Orm-Lind"),
        ("organisation", "Orm Bay"),
        ("place", "Bay of Orm Orm"),
    ]
    names = DocumentNames(pairs)
    assert values_holding(names, "orm bay") == [
        ("Orm Bay", "orm bay"),
        ("Orm Bay Company", "orm bay company"),
        ("Orm Bay", "orm bay"),
    ]
    assert [value for value, _ in values_holding(names, "orm")] == [
        "Orm Bay",
        "Orm Bay Company",
        "Ivo Orm-Lind",
        "Orm Bay",
        "Bay of Orm Orm",
    ]  # never "Ormsby"; "Bay of Orm Orm" once
    for key in ("orm", "orm bay", "bay company", "of orm", "lind", "ormsby", "vell", ""):
        assert values_holding(names, key) == values_holding(pairs, key)


def test_a_school_called_by_its_short_name_is_found_as_by_the_names_own_pattern() -> None:
    own = re.compile(rf"(?<![\w'-])(?<!’)Tarland(?:{_OF_A_SCHOOL}|{_ENROLLING})")
    texts = [
        "Tarland has four thousand students.",
        "Tarland's rowing crew won the race.",
        "Tarland’s alumni include two judges.",
        "Tarland students marched.",
        "New-Tarland students marched.",
        "Outarland students marched.",
        "Tarlands students marched.",
        "The town of Tarland grew.",
        "Tarland and Tarland students met.",
    ]
    called = [text for text in texts if _calls_a_school("Tarland", text)]
    assert called == [text for text in texts if own.search(text)]
    assert called == [texts[0], texts[1], texts[2], texts[3], texts[8]]


def test_a_part_written_apart_from_its_whole_is_found_in_any_sentence_of_many() -> None:
    sentences = [
        "The University of Tarland opened in 1901.",
        "Students of the University of Tarland rowed.",
        *(f"Ships number {n} sailed past Vell." for n in range(50)),
        "Tarland is a county on the coast.",
        "The Tarlandic fleet sailed.",
        "Kell lies near Tarland-on-Sea.",
    ]
    evidence = DocumentEvidence({"doc": sentences})
    assert evidence.written_apart("doc", "Tarland", "University of Tarland")
    assert not evidence.written_apart("doc", "Tarland", "University of Tarland", "Tarland")
    without_county = DocumentEvidence({"doc": [*sentences[:-3], *sentences[-2:]]})
    assert not without_county.written_apart("doc", "Tarland", "University of Tarland")
    assert evidence.written_apart("doc", "Tarland is", "University of Tarland")  # two runs
    assert not evidence.written_apart("doc", "Tarland was", "University of Tarland")
    assert evidence.written_apart("doc", "Vell", "Vell Bay")  # in each of many sentences
    assert not DocumentEvidence({}).written_apart("doc", "Vell", "Vell Bay")


def test_names_holding_a_text_anywhere_are_found_by_their_runs_as_by_reading_every_name() -> None:
    pairs = [
        ("place", "Orm Bay"),
        ("place", "Ormsby"),
        ("person", "Ivo Orm-Lind"),
        ("organisation", "Orm Bay"),
        ("place", "Ox"),
        ("place", "Bay of Kell"),
    ]
    names = DocumentNames(pairs)
    assert values_containing(names, ["Orm"]) == ["Orm Bay", "Ormsby", "Ivo Orm-Lind", "Orm Bay"]
    assert values_containing(names, ["Orm Bay", "Kell"]) == ["Orm Bay", "Orm Bay", "Bay of Kell"]
    assert values_containing(names, ["Ox"]) == ["Ox"]  # shorter than a run: every name read
    parts_tried = (["Orm"], ["Bay"], ["Orm Bay", "Kell"], ["y o"], ["Ox"], ["Vell"], [""], [])
    for parts in parts_tried:
        assert values_containing(names, parts) == values_containing(pairs, parts)


def test_names_a_text_opens_with_are_found_by_their_opening_as_by_reading_every_name() -> None:
    pairs = [
        ("place", "Norland"),
        ("country", "Norland"),
        ("person", "Norland Vell"),
        ("place", "Nor"),
        ("place", "No"),
        ("country", "Vessa"),
    ]
    names = DocumentNames(pairs)
    places = ("place", "country")
    texts = ["Norland, a kingdom, traded.", "No more ships came.", "Vessa"]
    assert values_opening(names, places, texts) == ["Norland", "Nor", "No", "Vessa"]
    assert values_opening(names, ("person",), texts) == []  # "Norland Vell" opens none
    for tried in (texts, ["Norland Vell sailed."], ["Nox"], ["N"], [""], []):
        for kinds in (places, ("person",), ("place",)):
            assert values_opening(names, kinds, tried) == values_opening(pairs, kinds, tried)


def test_a_persons_side_is_found_in_any_sentence_of_many_by_the_names_first_run() -> None:
    sentences = [
        *(f"Ships number {n} sailed past Vell." for n in range(50)),
        "The Norman general Ivo Lind crossed the river.",
        "Ivor Lind stayed home.",
        "King Osric II of Wessex ruled the coast.",
    ]
    evidence = DocumentEvidence({"doc": sentences})
    assert evidence.side("doc", "Ivo Lind") == "norman"
    assert evidence.side("doc", "Ivo Lindt") == "norman"  # the same surname spelled another way
    assert evidence.side("doc", "Osric II") == "wessex"  # "King Osric II of Wessex"
    assert evidence.side("doc", "Ivor Lind") is None
    assert evidence.side("doc", "Kell Vane") is None


def test_the_sentences_a_word_may_start_in_are_all_it_starts_in_after_a_boundary() -> None:
    sentences = [
        "Ivo Lind met O'Brien Hale at Orm-Vell.",
        "The d'Ivo Lind family and Orm Bay.",
        "Ivory Lind and Hale-Ivo Orm.",
        "Nothing here.",
    ]
    evidence = DocumentEvidence({"doc": sentences})
    for word in ("Ivo", "Lind", "Brien", "O'Brien", "Orm", "Orm-Vell", "Hale", "'t", "Vell"):
        own = re.compile(rf"\b{re.escape(word)}\s")
        written = [index for index, text in enumerate(sentences) if own.search(text)]
        looked_up = list(evidence._with_run("doc", word))
        assert set(written) <= set(looked_up), word
        assert looked_up == sorted(looked_up)


def test_the_sentences_holding_every_word_of_a_name_are_those_a_scan_finds() -> None:
    sentences = [
        *(f"The river {n} ran north past the mill." for n in range(30)),
        "The Orm River ran north past the mill.",
        "Orm traded with Kell.",
        "The river Orm froze.",
    ]
    evidence = DocumentEvidence({"doc": sentences})
    for name in ("Orm River", "River Orm", "Orm", "river", "Kell Orm", "Vell", "the mill"):
        words = {word.casefold() for word in re.findall(r"[\w’'-]+", name)}
        held = {
            index
            for index, text in enumerate(sentences)
            if words <= {word.casefold() for word in re.findall(r"[\w’'-]+", text)}
        }
        assert evidence._with_words("doc", name) == held, name
    assert evidence._with_words("doc", "Orm River") == {30, 32}


def test_a_name_of_some_kinds_is_looked_up_as_by_reading_every_name() -> None:
    pairs = [("place", "Kell"), ("person", "Ivo Tarn"), ("organisation", "Orm Guild")]
    names = DocumentNames(pairs)
    for value in ("Kell", "Ivo Tarn", "Orm Guild", "Orm", ""):
        for kinds in (("place", "country"), ("person",), ("organisation", "other"), ()):
            assert named_as(names, kinds, value) == named_as(pairs, kinds, value)
    assert named_as(names, ("place", "country"), "Kell")
    assert not named_as(names, ("country",), "Kell")
    assert not named_as(names, ("person",), "Ivo")


def test_initials_another_name_shares_are_found_in_a_document_of_many_names() -> None:
    names = [f"Vell Tarn Harbour {n}" for n in range(200)]
    written = {"OTC"}.__contains__
    assert initials_forms("Orm Trading Company", names, {}, written) == ["OTC"]
    # "Old Tarn Canal" has the same initials: the letters may stand for either
    assert initials_forms("Orm Trading Company", [*names, "Old Tarn Canal"], {}, written) == []
    assert initials_forms("Orm Trading Company", [*names, "Orm Trading Company"], {}, written)


def test_the_first_of_a_double_surname_is_looked_up_among_many_names() -> None:
    names = [f"Vell Tarn Harbour {n}" for n in range(200)] + ["Lena Marvo Quist", "Marvo"]
    always = lambda word: True  # noqa: E731
    assert double_surname_forms("Lena Marvo Quist", names, always) == ["Marvo", "Marvo Quist"]
    assert double_surname_forms("Lena Marvo Quist", names, lambda word: False) == []
    # another of the document's names holds "Marvo": the surname alone may be his
    assert double_surname_forms("Lena Marvo Quist", [*names, "Tomas Marvo"], always) == []
    # the document never writes "Marvo" alone
    assert double_surname_forms("Lena Marvo Quist", names[:-1], always) == []
