"""The wording of automatic questions: the sort a question names, what it keeps and drops.

Each rule on a small sentence written for it."""

from __future__ import annotations

from factdeck.generate.extract import extract, prepare_sentences
from factdeck.generate.gates import (
    anchored,
    asks_when_nothing_happened,
    deep_in_list,
    gives_away,
    grammatical,
    self_contained,
    stated_counts,
    stated_two_ways,
    timeless,
)
from factdeck.generate.phrasing import ask, definition, proper_words, with_capitals
from factdeck.generate.sentences import split_sentences


def _ask(sentence: str, answer: str, kind: str) -> str | None:
    start = sentence.index(answer)
    asked = ask(sentence, start, start + len(answer), kind)
    return asked[0] if asked else None


def _questions(text: str, title: str) -> dict[str, str]:
    """The questions an import keeps, by answer."""
    kept = extract(split_sentences("doc", text), title, selective=True).candidates
    return {c.span.text: c.question or "" for c in kept}


def test_an_organisation_is_asked_for_by_the_sort_its_name_gives() -> None:
    assert _ask(
        "Anna studied at the University of Lund until 1890.", "University of Lund", "organisation"
    ) == ("At which university did Anna study until 1890?")
    assert _ask(
        "The minister was a member of the Orm Labour Party.", "Orm Labour Party", "organisation"
    ) == ("The minister was a member of which party?")


def test_a_first_word_before_an_english_word_names_no_sort() -> None:
    assert _ask(
        "The savings were kept at Bank Orvell until 1890.", "Bank Orvell", "organisation"
    ) == ("At which bank were the savings kept until 1890?")
    assert "college" not in (
        _ask(
            "The ranking used data from College Factual in 2014.", "College Factual", "organisation"
        )
        or ""
    )


def test_an_organisation_is_asked_for_by_the_sort_the_sentence_gives() -> None:
    assert _ask(
        "The rights were bought by the broadcaster Telvia in 2001.", "Telvia", "organisation"
    ) == ("Which broadcaster bought the rights in 2001?")


def test_an_organisation_whose_sort_is_unknown_is_asked_with_who() -> None:
    asked = _ask("Orm Sports advised the league to raise its bid.", "Orm Sports", "organisation")
    assert asked == "Who advised the league to raise its bid?"
    assert "organisation" not in (
        _ask("The bridge was built by Lund Works in 1890.", "Lund Works", "organisation") or ""
    )


def test_a_time_sensitive_fact_is_asked_only_with_its_date() -> None:
    assert not timeless("The current mayor of Orm is Anna Berg.", "Who is the mayor of Orm?")
    assert not timeless("Orm is currently governed by the Green Party.", "What governs Orm?")
    assert not timeless("To date, the mill has made 40 ships.", "How many ships has the mill made?")
    sentence = "As of 2011, Orm had 4,000 people."
    assert timeless(sentence, "As of 2011, how many people did Orm have?")
    assert not timeless(sentence, "How many people did Orm have?")
    assert timeless("The abbey stood in what is now Lund.", "Where did the abbey stand?")
    assert timeless("The mayor of Orm was Anna Berg.", "Who was the mayor of Orm?")


def test_a_time_sensitive_sentence_gives_no_question_on_import() -> None:
    text = (
        "Orm is a town on the river Tarn in Vesland. The current mayor of Orm is Anna Berg. "
        "The town hall of Orm was designed by Karl Lind in 1620."
    )
    asked = _questions(text, "Orm")
    assert "Anna Berg" not in asked
    assert "Karl Lind" in asked


def test_a_time_or_an_event_told_in_other_sentences_is_not_asked() -> None:
    assert not self_contained("Which guild founded the school within a short time?")
    assert not self_contained("Who bought the mill a few days later?")
    assert not self_contained("When did Lindco's announcement occur?")
    assert self_contained("When did Lindco's announcement of its Orm closure occur?")
    assert self_contained("Who bought the mill in 1851?")
    assert self_contained("Who ruled Orm before Lindco's arrival?")


def test_a_level_of_government_is_asked_only_with_its_place_named() -> None:
    question = "Which body runs schools at state level?"
    assert not self_contained(question)
    assert not self_contained(question, ["vesland"])
    assert self_contained("Which body runs schools in Vesland at state level?", ["vesland"])


def test_a_count_or_a_date_needs_a_name_not_only_a_figure() -> None:
    assert not anchored("How many lines run over 760 mm track?", ["vesland"], figures="years")
    assert anchored("How many lines run over 760 mm track?", ["vesland"])
    council = "Prior to the 1990 vote, which council had 44 members?"
    assert anchored(council, ["vesland"], figures="years")
    assert not anchored(council, ["vesland"], figures="none")
    assert anchored("How many lines run in Vesland?", ["vesland"], figures="years")
    assert anchored("How many lines ran in 1901?", ["vesland"], figures="years")
    assert not anchored("Into how many wards is local rule split?", ["vesland"], figures="years")
    unplaced = "Vesland is a province of Orm. Local rule is split into 12 wards."
    assert "12" not in _questions(unplaced, "Vesland")
    placed = "Vesland is a province of Orm. Local rule in Vesland is split into 12 wards."
    assert "12" in _questions(placed, "Vesland")


def test_a_count_the_document_gives_two_ways_is_not_asked() -> None:
    counts = stated_counts(["Orm has seven districts.", "Orm has eight Rural Districts."])
    assert stated_two_ways("seven", " districts.", counts)
    assert not stated_two_ways("seven", " districts.", stated_counts(["Orm has 7 districts."]))
    listed = ", Lund, Tarn, Vik, Borg and Sand."
    assert stated_two_ways("four", f" schools{listed}", {})
    assert not stated_two_ways("five", f" schools{listed}", {})
    twice = (
        "Orm is a province of Vesland. The province of Orm is divided into seven districts. "
        "The council of Orm sits in Lund. The census of 1901 counted eight districts in Orm."
    )
    assert not {"seven", "eight"} & set(_questions(twice, "Orm"))
    once = twice.replace("eight districts", "many farms")
    assert (
        _questions(once, "Orm")["seven"]
        == "Into how many districts is the province of Orm divided?"
    )


def test_counts_of_two_sorts_of_one_noun_are_two_facts() -> None:
    counts = stated_counts(["Orm had 312 state farms.", "Orm had 95 church farms."])
    assert not stated_two_ways("312", " state farms.", counts)
    assert stated_two_ways("312", " farms.", counts)  # farms of no sort: either count fits
    assert stated_two_ways("312", " state farms.", stated_counts(["Orm had 400 farms."]))
    crops = stated_counts(["Orm grew 120 tonnes of pears and 270 tonnes of plums."])
    assert not stated_two_ways("270", " tonnes of plums.", crops)
    assert stated_two_ways("270", " tonnes of plums.", stated_counts(["Orm grew 9 tonnes."]))
    scaled = stated_counts(["Orm grew 3 million tonnes of pears.", "Tarn grew 3 tonnes of pears."])
    assert stated_two_ways("3", " tonnes of pears.", scaled)
    towns = stated_counts(["Lund has 4,000 inhabitants.", "Tarn has 900 inhabitants."])
    assert not stated_two_ways("900", " inhabitants.", towns, "Tarn has ")
    assert stated_two_ways("900", " inhabitants.", towns, "In 1900 the town had ")
    text = "Orm is a province of Vesland. Orm had 312 state farms in 1901. Orm had 95 church farms."
    assert _questions(text, "Orm")["312"] == "How many state farms did Orm have in 1901?"


def test_the_subject_is_not_put_for_a_class_noun_that_names_another_thing() -> None:
    text = "Orm is a province of Vesland. The province of Tarn lies to the north of Orm."
    prepared = [s.text for s in prepare_sentences(split_sentences("doc", text), "Orm")]
    assert prepared[1] == "The province of Tarn lies to the north of Orm."


def test_a_wh_phrase_that_opens_a_clause_of_its_own_is_not_left_in_place() -> None:
    assert not grammatical("The guild grew rich long before which war ruined the town?", "in-situ")
    assert grammatical("The guild grew rich before which war?", "in-situ")


def test_a_question_with_many_true_answers_is_not_asked() -> None:
    assert not grammatical("Vesland is home to which port?", "in-situ")
    assert not grammatical("Orm trades goods such as what?", "in-situ")
    assert grammatical("Vesland is bordered by which sea?", "in-situ")


def test_a_definition_whose_question_only_names_the_genus_is_not_asked() -> None:
    assert definition("A chord is a string over a frame.") is None
    defined = definition("A chord is a string that joins the two pegs of a harp.")
    assert defined is not None
    assert defined.question == "What is a string that joins the two pegs of a harp called?"


def test_a_time_or_place_that_bounds_the_fact_is_kept() -> None:
    assert _ask("Before the war, the Orm family held lands in Tarn.", "Tarn", "place") == (
        "Where did the Orm family hold lands before the war?"
    )
    assert _ask("The guild founded a school in Lund, in 1185.", "Lund", "place") == (
        "Where did the guild found a school in 1185?"
    )
    assert _ask(
        "The guild founded a school in Lund, before the war with Orm.", "Lund", "place"
    ) == ("Where did the guild found a school before the war with Orm?")
    assert _ask(
        "The abbey was rebuilt by Anna Berg, after the fire of 1201.", "Anna Berg", "person"
    ) == ("Who rebuilt the abbey after the fire of 1201?")


def test_a_clause_after_the_comma_is_still_dropped() -> None:
    assert _ask("The guild founded a school in Lund, after which it grew.", "Lund", "place") == (
        "Where did the guild found a school?"
    )


def test_a_person_known_by_one_name_from_other_sentences_is_not_asked_about() -> None:
    assert not self_contained("In what year did Jon's nephew Karl Berg sell the Orm mill?")
    assert self_contained("In what year did Jon Lind's nephew Karl Berg sell the Orm mill?")
    assert self_contained("In what year did Jon's nephew sell the Orm mill?", ["jon"])


def test_a_definite_noun_before_a_second_to_is_not_placed_by_it() -> None:
    assert not self_contained("In what year did Karl Berg sell the rights to the islands to Orm?")
    assert self_contained("In what year did Karl Berg sell the route to Orm?")


def test_a_time_left_in_place_after_an_event_or_a_name_is_not_asked() -> None:
    question = "Lund served as capital until the building of Orm in what year?"
    assert not grammatical(question, "in-situ")
    assert not grammatical("The first abbot to build a mill was Odo in what decade?", "in-situ")
    assert grammatical("The abbey was built in what year?", "in-situ")


def test_an_item_deep_in_a_list_is_not_asked() -> None:
    sentence = "Orm has four schools: the Lund School for boys; Tarn High; the Vik School; Borg."
    assert deep_in_list(sentence, "Vik School")
    assert not deep_in_list(sentence, "Lund School")
    named = "The guild traded with towns such as Lund, Tarn, Vik and Borg."
    assert deep_in_list(named, "Vik")
    assert not deep_in_list(named, "Lund")
    assert not deep_in_list("In 1201, after the war, the guild settled in Vik.", "Vik")


def test_a_planned_event_is_not_asked_as_a_fact() -> None:
    sentence = "The club closed in 2014, with a new club scheduled to open in 2018."
    assert not timeless(sentence, "In what year was a new club to open?")
    assert not timeless(sentence, "After the 2014 season, a new club was to open in what year?")
    dated = "The third season will open in spring 2027, with a special shown in 2026."
    assert not timeless(dated, "With a special shown in what year?")
    # "will" without a date states a rule, not a plan
    assert timeless("The charters will bind every guild.", "What will the charters bind?")
    assert not timeless("Orsk will also host the games in 2030.", "Where will the games be?")
    # a will, and a man called Will, are no plans
    assert timeless("She signed the will in 1620 at Orm.", "Where did she sign the will?")
    assert timeless("Will Brand opened the mill in 1851.", "Who opened the mill in 1851?")


def test_a_time_is_not_asked_of_what_did_not_happen() -> None:
    assert asks_when_nothing_happened("No new season was filmed in what year?")
    assert asks_when_nothing_happened("In what year did the Orsk mill not open?")
    assert not asks_when_nothing_happened("In what year did Orm, who never married, die?")
    assert not asks_when_nothing_happened("Since what year has the toll no longer applied?")
    assert not asks_when_nothing_happened("In what year did the Orsk mill open?")
    assert asks_when_nothing_happened("In what year did the king who founded Orsk never return?")
    assert asks_when_nothing_happened("When was the Orsk mill not reopened?")
    for describing in (
        "In what year did Orsk become the first city not ruled by a king?",
        "In what year did the never-finished hall burn down?",
        "In what year did the club win not only the league but also the cup?",
        "In 1950, No. 5 Squadron moved to Orsk in what month?",
        "No longer profitable, the mill closed in what year?",
    ):
        assert not asks_when_nothing_happened(describing), describing
    text = "The Orsk mill did not open in 1851. The Orsk mill opened in 1853 after a long delay."
    assert "1851" not in _questions(text, "Orsk mill")


def test_a_bare_what_inside_the_clause_is_not_left_in_place() -> None:
    assert not grammatical("In 1190 Karl left what with a large fleet?", "in-situ")
    assert grammatical("The most famous work of the guild is what?", "in-situ")


def test_an_answer_shown_by_its_initials_is_given_away() -> None:
    assert gives_away("Which country does Telvia VL serve?", "Vesland Lund")
    assert not gives_away("Which country does Telvia serve?", "Vesland Lund")


def test_a_name_that_is_only_its_sort_is_not_asked_as_which_sort() -> None:
    asked = _ask("In 1850 Orm was admitted to the Union as a free state.", "Union", "organisation")
    assert asked is None or "which union" not in asked.casefold()


def test_the_date_of_one_of_a_series_is_not_asked() -> None:
    assert not grammatical("When did Telvia launch a new advertising campaign?", "fronted")
    assert grammatical("When did Telvia launch its first channel?", "fronted")
    assert grammatical("When were the Orm elections held under a new voting system?", "fronted")


def test_a_time_compared_with_unseen_sentences_is_not_asked() -> None:
    assert not self_contained("In what decade had earlier Orm settlers begun arriving?")
    assert self_contained("In what decade had Orm settlers begun arriving earlier than 900?")


def test_a_name_that_is_also_a_noun_keeps_its_capital() -> None:
    text = (
        "Tern is a broadcaster in Orm. The rival of Tern is Lund TV. Tern had 40 channels in 2010."
    )
    proper = proper_words([text])
    assert "Tern" in proper
    assert "Orm" in proper
    assert with_capitals("How many channels did tern have in 2010?", proper) == (
        "How many channels did Tern have in 2010?"
    )
    assert with_capitals("How many channels did the rival have?", proper) == (
        "How many channels did the rival have?"
    )
    assert "Tern" not in proper_words(["Tern is a bird. A tern lives on the coast of Tern Bay."])


def test_a_surname_that_is_also_a_unit_keeps_its_capital() -> None:
    """A name the text writes once in lower case (the unit named after her) is still a name."""
    mentions = " ".join(f"In {1851 + i}, the board thanked Hammer again." for i in range(10))
    text = f"Hammer moved to Orsk in 1851. {mentions} The hammer, a unit of pressure, honours her."
    proper = proper_words([text])
    assert "Hammer" in proper
    assert with_capitals("In what year did hammer move to Orsk?", proper) == (
        "In what year did Hammer move to Orsk?"
    )
    # written in lower case more than now and then, the word is the text's common noun
    assert "Hammer" not in proper_words([f"{text} A hammer weighs little. The hammer broke."])
    # a noun after it: the word modifies a common noun ("hammer factories"), whatever the text's name
    assert with_capitals("Where were hammer factories built?", proper) == (
        "Where were hammer factories built?"
    )


def test_a_word_capitalised_only_inside_a_longer_name_stays_common() -> None:
    text = "Market halls spread in the 1890s. The Kelby Market Hall opened in 1901. The Hall Fund paid."
    proper = proper_words([text])
    assert "Kelby" in proper
    assert "Hall" in proper  # "The Hall Fund": the name's first word after a sentence's "The"
    assert "Market" not in proper
    assert with_capitals("In what decade did market halls spread?", proper) == (
        "In what decade did market halls spread?"
    )


def test_a_numbered_heading_s_capital_is_no_sign_of_a_name() -> None:
    proper = proper_words(["3.1 Tolls", "Tolls on the Orm were abolished in 1831."])
    assert proper == {"Orm"}
    assert with_capitals("In what year were tolls on the Orm abolished?", proper) == (
        "In what year were tolls on the Orm abolished?"
    )
    # a figure inside a sentence still leaves the next word inside it
    assert "Orsk" in proper_words(["In 1990 Orsk grew. The port of Orsk is old."])


def test_a_series_of_verbs_keeps_the_object_they_share() -> None:
    sentence = "In 1215 Temor besieged, captured, and sacked the Vell capital of Dunmar."
    assert _ask(sentence, "1215", "year") == (
        "In what year did Temor besiege, capture, and sack the Vell capital of Dunmar?"
    )
    assert _ask("In 1850 the guild built, owned and ran the Kell hall.", "1850", "year") == (
        "In what year did the guild build, own and run the Kell hall?"
    )
    # an aside of participles is no series: its words keep their form
    retired = _ask("Ivo Marr retired, disappointed, in 1950.", "1950", "year") or ""
    assert "disappoint?" not in retired and "disappoint " not in retired
    # a comma that ends the deed still cuts what follows it
    assert _ask("In 1215 Temor arrived, and the town fell.", "1215", "year") == (
        "In what year did Temor arrive?"
    )
