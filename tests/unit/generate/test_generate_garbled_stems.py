"""Stems that read as questions at a glance but garble their sentence: an auxiliary that
disagrees with its subject, a relative clause left behind the fronted answer, a year that only
bounds its event, a "later" whose earlier point stayed in the text, a sort word taken from
the wrong half of a name, an adverb or a verb of putting left at the end, an inflected verb
after an owner's noun and "do", and a time asked beside part of another."""

from __future__ import annotations

from factdeck.generate.clean import clean_document
from factdeck.generate.extract import _cut_from_a_list_s_head, candidate_fact, extract
from factdeck.generate.gates import asks_a_year_beside_a_year, grammatical
from factdeck.generate.phrasing import ask, head_noun, organisation_sort
from factdeck.generate.sentences import split_sentences


def _question(sentence: str, answer: str, kind: str) -> str | None:
    """The question a rule asks about ``answer``, if it reads as English, else None."""
    start = sentence.index(answer)
    asked = ask(sentence, start, start + len(answer), kind)
    return asked[0] if asked is not None and grammatical(*asked) else None


def test_an_auxiliary_agrees_with_the_subjects_determiner() -> None:
    assert not grammatical("In what year does many hill towns hold a fair?", "fronted")
    assert not grammatical("When was two bridges built over the Vell?", "fronted")
    assert not grammatical("When were each bridge built over the Vell?", "fronted")
    assert grammatical("In what year do many hill towns hold a fair?", "fronted")
    assert grammatical("When were a number of bridges built over the Vell?", "fronted")
    assert grammatical("When did many hill towns hold a fair?", "fronted")


def test_do_before_the_and_a_singular_noun_is_no_question() -> None:
    assert not grammatical("When do the town hold its fair?", "fronted")
    assert grammatical("When do the towns hold their fair?", "fronted")
    assert grammatical("When do the town councils meet?", "fronted")
    assert grammatical("What do the monks call the cove?", "fronted")


def test_a_relative_clause_after_the_answer_is_not_left_in_a_fronted_question() -> None:
    sentence = "The guild sold wool to traders in Orm who paid in silver."
    assert _question(sentence, "wool", "term") is None
    assert (
        _question("The guild sold wool to traders in Orm.", "wool", "term")
        == "What did the guild sell to traders in Orm?"
    )


def test_a_year_that_only_bounds_the_event_is_not_asked() -> None:
    assert _question("Ivo grew up in Kell after 1815.", "1815", "year") is None
    assert _question("After 1815, when the war ended, Ivo grew up in Kell.", "1815", "year") is None
    assert not grammatical("Since what year did the firm make bells?", "fronted")
    assert grammatical("Since what year has the firm made bells?", "fronted")
    assert grammatical("Before what year was the word not in use?", "fronted")
    assert grammatical("Until what year did the tribe remain in the valley?", "fronted")


def test_a_later_whose_earlier_point_is_unseen_is_no_question() -> None:
    assert not grammatical("Which ferry sailed later on the evening of May 3?", "subject")
    assert grammatical("Who wrote his later works in Kell?", "subject")
    assert grammatical("Which ferry sailed later than the mail boat?", "subject")
    assert grammatical("Which app runs on version 2 or later?", "subject")


def test_a_place_named_by_its_sort_and_a_common_word_is_asked_by_its_sort() -> None:
    assert head_noun("Fort Union", "place") == "fort"
    assert head_noun("Lake District", "place") == "district"
    assert (
        _question("The river enters Tarland near Fort Union.", "Fort Union", "place")
        == "The river enters Tarland near which fort?"
    )


def test_a_fort_taken_for_a_body_is_asked_as_a_fort() -> None:
    assert organisation_sort("Fort Union") == "fort"
    assert organisation_sort("Orm Trade Union") == "union"
    assert (
        _question("The river enters Tarland near Fort Union.", "Fort Union", "organisation")
        == "The river enters Tarland near which fort?"
    )


def test_a_year_is_not_asked_beside_another_year_of_the_event() -> None:
    sentence = "Ivo was elected prior in 1433 and abbot in 1440."
    assert _question(sentence, "1440", "year") is None
    assert not grammatical("In what year was a chapel built by 1880?", "fronted")
    assert grammatical("In what year was the 1880 chapel rebuilt?", "fronted")


def test_a_question_cut_at_a_titles_full_stop_is_no_question() -> None:
    assert not grammatical("In what year was the hall built under the direction of Fr?", "fronted")
    assert not grammatical("Who led the march with Capt?", "subject")
    assert grammatical(
        "In what year was the hall built under the direction of Fr. Orvell?", "fronted"
    )


def test_a_relative_clause_inside_a_phrase_set_off_by_a_comma_is_kept() -> None:
    sentence = "The guild settled with Ivo in 1433, in a deal which gave Ivo the mill."
    assert _question(sentence, "1433", "year") == "In what year did the guild settle with Ivo?"
    assert _question("The guild sold wool to traders who paid in silver.", "wool", "term") is None


def _date_facts(text: str) -> dict[str, tuple[str, str | None]]:
    """The prompt and the year prompt of every date fact the pipeline finds in the text."""
    sentences = split_sentences("doc", clean_document(f"Orm\n\n{text}").text)
    facts = [
        candidate_fact(c, "Orm") for c in extract(sentences, "Orm", selective=False).candidates
    ]
    return {fact.answer: (fact.prompt, fact.number_prompt) for fact in facts if fact.kind == "date"}


def test_a_date_is_not_asked_by_its_year_beside_another_year() -> None:
    text = "The Orm choir grew from six singers in 1990 to a full orchestra by March 1998."
    prompt, year_prompt = _date_facts(text)["March 1998"]
    assert prompt.startswith("By what date did the Orm choir grow from six singers in 1990")
    assert year_prompt is None  # "By what year ... in 1990 ...?": which of the two?
    prompt, year_prompt = _date_facts("The Orm bridge was opened on 4 May 1921.")["4 May 1921"]
    assert year_prompt == "In what year was the Orm bridge opened?"
    assert not asks_a_year_beside_a_year("On what date in 1921 was the Orm bridge opened?")
    assert asks_a_year_beside_a_year("In what year in 1921 was the Orm bridge opened?")


def test_no_question_asks_about_half_of_a_name_cut_at_an_ellipsis() -> None:
    text = (
        "Ana Vell is a singer from Orm. In March 2009, Vell embarked on the We Are... World "
        "Tour, her second tour. We Are… Kell was released on May 4, 2008 in Orm. "
        "Vell sang at the Orm Festival in 2012."
    )
    sentences = split_sentences("doc", clean_document(f"Orm\n\n{text}").text)
    prompts = [c.question or "" for c in extract(sentences, "Orm", selective=False).candidates]
    assert not [p for p in prompts if "We Are" in p or "Kell" in p or "Tour" in p]
    assert any("Orm Festival" in p for p in prompts)


def test_a_sort_word_before_a_country_s_name_is_no_sort() -> None:
    # "Congress Austria" names a land after the body that made it: never "which congress"
    assert head_noun("Congress Austria", "place") != "congress"
    assert organisation_sort("Congress Austria") is None
    assert head_noun("Lake Ontario", "place") == "lake"
    assert head_noun("Fort Chile", "place") == "fort"


def test_a_question_keeps_a_list_from_its_first_item() -> None:
    sentence = "Farm unions, river guilds and the press criticised the Orm council in 1934."
    assert _cut_from_a_list_s_head(
        "In what year did river guilds and the press criticise the Orm council?", sentence
    )
    assert not _cut_from_a_list_s_head(
        "In what year did farm unions, river guilds and the press criticise the Orm council?",
        sentence,
    )
    opening = "In 1934, river guilds and the press criticised the Orm council."
    assert not _cut_from_a_list_s_head(
        "In what year did river guilds and the press criticise the Orm council?", opening
    )
    adverb = "Too, river guilds and the press criticised the Orm council in 1934."
    assert not _cut_from_a_list_s_head(
        "In what year did river guilds and the press criticise the Orm council?", adverb
    )


def test_a_wh_word_after_a_bare_adjective_asks_half_a_noun_phrase() -> None:
    assert not grammatical("The Orm guild set its wool prices against monthly what?", "in-situ")
    assert not grammatical("Orm compared wool prices to yearly what?", "in-situ")
    assert grammatical("In about what year was the Orm mill sold?", "fronted")
    assert grammatical("Orm sold its wool to which town?", "in-situ")
    assert grammatical("The Orm mill was sold to which firm?", "in-situ")


def test_a_wh_phrase_ending_on_a_preposition_was_cut_from_a_longer_one() -> None:
    assert not grammatical("From which south via did the Orm drovers come?", "fronted")
    assert grammatical("From which country did Orm import wool to Vell?", "fronted")
    assert grammatical("In which part of Orm did the monks settle?", "fronted")


def test_the_start_of_a_range_is_not_asked_without_its_end() -> None:
    assert not grammatical(
        "From what century was the Orm mill the site of a dye works to about 1790?", "fronted"
    )
    assert not grammatical("From what year was Ula Brisk the head of Orm Radio to 1950?", "fronted")
    assert grammatical("From what year was the Orm treaty in force?", "fronted")


def test_a_what_clause_inside_the_subject_keeps_its_own_verb() -> None:
    assert _question(
        "The first settlers to reach what would become the Kell valley arrived in 1619 as part"
        " of a trade mission.",
        "1619",
        "year",
    ) == (
        "In what year did the first settlers to reach what would become the Kell valley arrive"
        " as part of a trade mission?"
    )
    assert _question(
        "The first boats to reach what became the Orm colony landed at Kell in 1702.",
        "1702",
        "year",
    ) == ("In what year did the first boats to reach what became the Orm colony land at Kell?")


def test_do_or_a_modal_takes_the_plain_verb_past_the_subjects_infinitive() -> None:
    assert not grammatical(
        "In what year did the first settlers to reach the Kell valley arrived in a boat?", "fronted"
    )
    assert not grammatical(
        "In what year would the first settlers to reach the Kell valley arrived as traders?",
        "fronted",
    )
    assert not grammatical(
        "In what year did the first boats to reach what became Orm landed at Kell?", "fronted"
    )
    assert grammatical(
        "In what year did the first boats to reach what became Orm land at Kell?", "fronted"
    )
    assert grammatical("In what year did the settlers try to reach the Kell valley?", "fronted")
    assert grammatical("What would the settlers call the Kell valley?", "fronted")


def test_not_until_asks_when_the_deed_first_happened() -> None:
    assert (
        _question("The Kell Atlas was not published until 1722.", "1722", "year")
        == "In what year was the Kell Atlas published?"
    )
    assert (
        _question("The Orm ferry was not officially opened until 1811.", "1811", "year")
        == "In what year was the Orm ferry officially opened?"
    )
    assert (
        _question("Ivo Marr did not marry until 1790.", "1790", "year")
        == "In what year did Ivo Marr marry?"
    )
    for sentence, year in [
        ("The guild did not exist until 1600.", "1600"),  # a state began: no deed to time
        ("Tea was not common in Kell until 1850.", "1850"),
        ("The mill was never rebuilt until 1700.", "1700"),
    ]:
        asked = _question(sentence, year, "year")
        assert asked is None or not asked.startswith(("In what year", "Until what year"))


def test_not_until_keeps_the_verb_whatever_space_stands_before_not() -> None:
    for sentence in (
        "The weir was  not repaired until 1744.",
        "The weir was\tnot repaired until 1744.",
    ):
        asked = ask(sentence, sentence.index("1744"), sentence.index("1744") + 4, "year")
        assert asked is not None and asked[0] == "In what year was the weir repaired?", asked


def test_a_stem_cut_inside_a_participle_phrase_is_no_question() -> None:
    assert not grammatical("Where did Ivo Marr state, in a 1650 letter written?", "fronted")
    assert not grammatical("Where did Ivo Marr state, in a letter later printed?", "fronted")
    assert grammatical("Where did Ivo Marr find the boat?", "fronted")
    assert grammatical("What did the guild call the plan that the council adopted?", "fronted")
    assert grammatical("When was the Orm bridge first built?", "fronted")


def test_a_participle_phrase_of_the_subject_is_not_taken_for_its_verb() -> None:
    assert _question(
        "During the 1980s, painters formerly based in Orm moved in.", "1980s", "period"
    ) == ("In what decade did painters formerly based in Orm move in?")
    assert not grammatical("In what decade did painters formerly base in Orm moved in?", "fronted")
    assert not grammatical("In what year did the painters moved out?", "fronted")
    assert grammatical("In what year did the monks based in Kell build a hall?", "fronted")
    assert grammatical("What did the guild take over?", "fronted")


def test_a_focus_adverb_left_at_the_end_is_no_question() -> None:
    sentence = "The club's main rival in the league was still Kell Rovers, from the coast."
    assert _question(sentence, "Kell Rovers", "organisation") is None
    assert not grammatical("What was the club's main rival in the league still?", "fronted")
    assert grammatical("What was the club's main rival in the league?", "fronted")
    assert grammatical("Which port does the ferry still serve?", "fronted")


def test_a_verb_of_putting_needs_its_place() -> None:
    assert not grammatical("Whom did Berg place?", "fronted")
    assert not grammatical("Which regiment was stationed?", "subject")
    assert grammatical("Where was the regiment stationed?", "fronted")
    assert grammatical("When was the foundation stone placed?", "fronted")
    assert grammatical("Whom did Berg place in charge of the cavalry?", "fronted")


def test_a_place_that_is_a_rank_is_a_complete_object() -> None:
    assert _question("Ivo Berg took first place.", "Ivo Berg", "person") == (
        "Who took first place?"
    )
    assert grammatical("Which crew finished in 3rd position?", "subject")
    assert grammatical("Who came in last place?", "subject")
    assert not grammatical("Whom did the abbot place?", "fronted")


def test_an_inflected_verb_after_an_owner_s_noun_is_refused_after_do() -> None:
    assert not grammatical("What do the Lunds' home uses warm?", "fronted")
    assert not grammatical("What did the Lunds' house held?", "fronted")
    assert grammatical("What does the Lunds' home use?", "fronted")
    assert grammatical("What do the town's bus lines serve?", "fronted")
    assert grammatical("What did the mayor's office publish?", "fronted")


def test_a_time_asked_beside_a_part_of_another_time_is_no_question() -> None:
    assert not grammatical(
        "In what decade was Kell ruled by Ivo Berg for most of the 1870s after Orm's reign?",
        "fronted",
    )
    assert not grammatical(
        "In what year did the mill thrive until the end of the 1880s?", "fronted"
    )
    assert grammatical("In what decade was Kell ruled by Ivo Berg?", "fronted")
    assert grammatical("In what year was Kell ruled by Ivo Berg for 1800 days?", "fronted")


def test_what_with_nothing_but_a_doer_and_a_light_verb_is_no_question() -> None:
    """ "What did Ivo Rask become?" asks which of all he became, and when; "What did Ada Lund
    tell?" wanted "whom" as well as "what". An object, a time or a place pins the deed."""
    assert not grammatical("What did Ivo Rask become?", "fronted")
    assert not grammatical("What did Ada Lund tell?", "fronted")
    assert not grammatical("What did the Kell Lions take?", "fronted")
    assert grammatical("What did Ivo Rask become in 1995?", "fronted")
    assert grammatical("What did Ada Lund tell the Kell Gazette?", "fronted")
    assert grammatical("What did Ada Lund design?", "fronted")
    assert grammatical("What did the guild take over?", "fronted")
