"""A question never leans on a sentence the learner does not see: a word pointing back, a
part of the document's subject with no owner, an "only" or superlative claim without the
phrase that bounds it, a paragraph's spelled-out period, and a word made from the key's
name, on small texts written for the tests."""

from factdeck.generate.gates import (
    built_on_the_key,
    keeps_restrictions,
    paragraph_scope_lost,
    part_without_its_owner,
    points_back,
    scope_lost,
    self_contained,
    since_of_an_untold_time,
)
from factdeck.generate.topics import paragraph_frame
from helpers.generation import document_evidence, selected_candidates

_COURIER = {"kell", "courier", "newspaper"}


def test_a_word_pointing_back_is_not_asked() -> None:
    assert points_back("There was a further change of ownership in what year?")
    assert points_back("Who decided instead to sell the mill to the Orvland Trust?")
    assert points_back("What else did the weavers' guild build in Kell?")
    assert points_back("Who took a further eight seats from the Greens?")
    assert points_back("Which harvest further weakened the colony?")
    assert not points_back("Which town lies further north than Kell?")
    assert not points_back("Who sought protection against further raids from Orm?")
    assert not points_back("Who built a mill instead of a forge in Kell?")
    assert not points_back("Who did not sell the mill but instead leased it to Orm?")
    assert not points_back("Who sold the mill to the Orvland Trust in 1871?")


def test_a_part_of_the_subject_names_its_owner() -> None:
    assert part_without_its_owner("In what year was the Business section launched?", _COURIER)
    assert part_without_its_owner("Each chapter elects how many delegates?", {"orm", "guild"})
    assert part_without_its_owner(
        "A surface layer of brackish water discharges how many cubic kilometres per year?",
        {"vessian", "sea"},
    )
    assert not part_without_its_owner(
        "In what year was the Business section of the Kell Courier launched?", _COURIER
    )
    assert not part_without_its_owner(
        "In what year was the Courier's Business section launched?", _COURIER
    )
    assert not part_without_its_owner(
        "In what year was the Business section of the Daily Orm launched?", _COURIER
    )
    assert not part_without_its_owner(
        "Which newspaper launched the Business section in 1990?", _COURIER
    )
    assert not part_without_its_owner(
        "What is the spongy layer of dead moss in a bog called?", {"wetlands"}
    )
    assert not part_without_its_owner("Who founded the Varn harbour board?", {"orvland"})
    assert not part_without_its_owner("Kell sits on the campus of which college?", _COURIER)
    assert not part_without_its_owner("Who set up the cabinet-level office?", _COURIER)
    assert not part_without_its_owner("Who chaired the council in 1850?", {"kell", "council"})
    assert not part_without_its_owner(
        "In what year did the Vessian board meet?", {"vessia", "kingdom"}
    )


def test_a_year_after_a_thing_says_when_not_which_thing() -> None:
    assert not self_contained("Who bought the paper in 1901?", ["kell"])
    assert not self_contained("How many people lived in the area in 1850?", ["kell"])
    assert self_contained("Who bought the paper in 1901?", ["kell", "paper"])
    assert self_contained("How many died in the flood in 1953?", ["kell"])
    assert self_contained("Who lived in the house at 1600 Orm Avenue?", ["kell"])
    assert self_contained("Who patented the telephone in 1876?", ["kell"])  # a kind
    assert self_contained("Who led the papal army in 1064?", ["kell"])


def test_each_member_of_a_body_or_division_of_a_land_names_whose() -> None:
    assert part_without_its_owner("Each brotherhood elects how many delegates?", {"kell"})
    assert part_without_its_owner("How many councillors does each ward elect?", {"kell"})
    assert not part_without_its_owner(
        "Each brotherhood of the Orvan Church elects how many delegates?", {"kell"}
    )
    assert not part_without_its_owner("In Kell, how many seats does each ward have?", {"kell"})
    assert not part_without_its_owner("How many legs does each insect have?", {"kell"})
    assert not part_without_its_owner("How many delegates does each year bring?", {"kell"})


def test_a_part_noun_in_a_compound_or_with_any_owner_is_no_ownerless_part() -> None:
    assert not part_without_its_owner(
        "Who introduced the moving assembly line in 1913?", {"orm", "motor"}
    )
    assert not part_without_its_owner("Who opened the first department store?", {"marsh"})
    assert not part_without_its_owner("Which gases thin the ozone layer?", {"treaty"})
    assert not part_without_its_owner("What is the outer layer of the skin called?", {"scale"})
    assert not part_without_its_owner("Who designed the new wing of the hospital?", {"kell"})
    assert not part_without_its_owner("In Kell, who chaired the council in 1850?", {"orm"})
    assert part_without_its_owner("In what year did the board meet?", {"orm", "mill"})
    assert part_without_its_owner("Who chaired the council in the early years?", {"orm"})
    assert part_without_its_owner("Who chaired the town council in 1850?", {"orm"})
    assert part_without_its_owner("In what year was the sports section launched?", {"courier"})
    assert not part_without_its_owner(
        "Who edited the sports section of the Kell Courier?", {"courier"}
    )
    assert not part_without_its_owner("When was the ozone layer first measured?", {"courier"})


def test_an_only_or_superlative_claim_keeps_its_bound() -> None:
    sentence = "The kellhorn was the only instrument of the Orvan family to sound at concert pitch."
    assert scope_lost("What was the only instrument to sound at concert pitch?", sentence)
    assert not scope_lost(
        "What was the only instrument of the Orvan family to sound at concert pitch?", sentence
    )
    largest = "Port Arlo became the largest port in Vessia in the 1890s."
    assert scope_lost("What became the largest port in the 1890s?", largest)
    assert not scope_lost("Which Vessian port became the largest port in Vessia?", largest)
    assert not scope_lost("Port Arlo became the largest port in which country?", largest, "Vessia")
    assert not keeps_restrictions(
        sentence, "What was the only instrument to sound at concert pitch?", "kellhorn"
    )
    unbounded = "The kellhorn was the only instrument to sound at concert pitch."
    assert not scope_lost("What was the only instrument to sound at concert pitch?", unbounded)


def test_a_lower_case_bound_is_kept_and_a_lifetime_bounds_nothing() -> None:
    council = "Ivo Rask was the oldest member of the town council in 1850."
    assert scope_lost("Who was the oldest member in 1850?", council)
    assert not scope_lost("Who was the oldest member of the council in 1850?", council)
    kind = "The kellhorn was the only horn of its kind."
    assert scope_lost("What was the only horn?", kind)
    history = "In 1912 the Kell Rovers won the cup for the first time in their history."
    assert not scope_lost(
        "In what year did the Kell Rovers win the cup for the first time?", history
    )
    country = "Port Arlo is the largest port in the country."
    assert not scope_lost("What is the largest port?", country)


def test_a_word_made_from_the_key_gives_it_away() -> None:
    assert built_on_the_key(
        "Which country was joined to the sea by the Orvish Corridor?", "Orvland", "place"
    )
    assert built_on_the_key("Which maker invented the kellophone?", "Adam Kell", "person")
    assert built_on_the_key("Which people did the Kessians defeat at Dunmere?", "Kessia", "place")
    assert not built_on_the_key("Which maker invented the horn?", "Adam Kell", "person")


def test_a_people_s_word_of_a_land_gives_it_away_however_it_is_cut() -> None:
    assert built_on_the_key(
        "Which country was joined to the sea by the Kolish Corridor?", "Koland", "place"
    )
    assert built_on_the_key("Which land do the Vellish skiers come from?", "Velland", "place")
    assert built_on_the_key("Which land has Donnish speakers?", "Donland", "place")
    assert not built_on_the_key("Who founded the Kolaris Company?", "Koland", "place")
    assert not built_on_the_key("Who ruled the western khanates?", "Temür Khan", "person")
    assert not built_on_the_key("Who married Ada Moy in 1851?", "Ivo Marr", "person")
    assert not built_on_the_key("How is Orvland abbreviated?", "Orv", "place")
    assert not built_on_the_key("Until which event did Warsby's mill run?", "War of Orm", "place")


def test_a_person_s_name_has_no_people_s_word() -> None:
    assert not built_on_the_key("Who married Ellis Moor in 1920?", "Ella Varn", "person")
    assert not built_on_the_key("Who sang with Ivo Keller?", "Mara Kelly", "person")
    assert built_on_the_key("Which people did the Kessians defeat?", "Kessia", "country")
    assert built_on_the_key("Which maker invented the kellophone?", "Adam Kell", "person")


def test_a_denial_in_any_case_answers_instead() -> None:
    assert not points_back("Never having sailed, who instead hired a captain?")
    assert not points_back("Who never sold the mill but instead leased it?")


def test_a_spelled_out_period_frames_its_paragraph() -> None:
    assert paragraph_frame("In the eighteenth century, Kessia ruled the sea.") == (
        "In the eighteenth century"
    )
    assert paragraph_frame("In the late Middle Ages, Kessia ruled the sea.") == (
        "In the late Middle Ages"
    )
    assert paragraph_frame("In the 1700s, Kessia ruled the sea.") == "In the 1700s"
    assert paragraph_frame("In the century that followed, Kessia ruled the sea.") is None


_SEA = (
    "The Orm Sea is an inland sea between Kessia and Orvland. It is known for its herring.\n\n"
    "In the eighteenth century, Kessia and Orvland became the leading powers on the sea. "
    "The Kessian fleet seized the island of Marr from the Orvish navy. "
    "Admiral Ivo Rask moved the Kessian fleet to Port Arlo.\n"
)


def test_a_later_sentence_keeps_its_spelled_out_period() -> None:
    questions = [c.question for c in selected_candidates("Orm Sea", _SEA) if c.question]
    moved = [q for q in questions if "Ivo Rask" in q]
    assert moved
    assert all(q.startswith("In the eighteenth century, ") for q in moved)


_NEWSPAPER = (
    "The Kell Courier is a daily newspaper published in Kell, the capital of Orvland. "
    "It was founded by Ada Moy in 1851.\n\n"
    "The Business section was launched in 1962. "
    "The paper was sold to the Orvland Trust in 1901. "
    "The Weekend edition was first printed in 1978.\n\n"
    "The kellophone was invented by Adam Kell in 1880. "
    "The Orvish Corridor joined Orvland to the sea in 1760.\n"
)


def test_a_deck_asks_no_ownerless_part_and_no_name_built_cue() -> None:
    asked = {c.question: c.span.text for c in selected_candidates("Kell Courier", _NEWSPAPER)}
    assert asked.get("Who founded the Kell Courier in 1851?") == "Ada Moy"
    assert not any("Business section" in q or "Weekend edition" in q for q in asked if q)
    assert "Orvland" not in asked.values()


_NORVANIA = (
    "In Norvania, training is free for all citizens who pass the national examination."
    " The largest animal hospital is run by the Ardwell Foundation. It has four wards.\n\n"
    "The Orvish tradition of training began in the 18th century."
    " The largest animal hospital in Orvland is run by the Tessel Trust."
)


def test_a_claim_bounded_by_its_paragraph_s_opening_names_the_place() -> None:
    evidence = document_evidence(_NORVANIA)
    quote = "The largest animal hospital is run by the Ardwell Foundation."
    opening = evidence.paragraph_opening("doc", quote)
    assert opening is not None and opening.startswith("In Norvania,")
    asked = "Which foundation runs the largest animal hospital?"
    assert paragraph_scope_lost(asked, quote, opening, "Ardwell Foundation")
    named = "Which foundation runs the largest animal hospital in Norvania?"
    assert not paragraph_scope_lost(named, quote, opening, "Ardwell Foundation")
    capital = "The largest Animal hospital is run by the Ardwell Foundation."
    asked = "Which foundation runs the largest Animal hospital?"
    assert paragraph_scope_lost(asked, capital, opening, "Ardwell Foundation")
    people = "The largest Vessian hospital is run by the Ardwell Foundation."
    asked = "Which foundation runs the largest Vessian hospital?"
    assert not paragraph_scope_lost(asked, people, opening, "Ardwell Foundation")
    wards = "How many wards does it have?"
    assert not paragraph_scope_lost(wards, "It has four wards.", opening, "four")


def test_a_claim_with_its_own_bound_or_an_unscoped_paragraph_stays_asked() -> None:
    evidence = document_evidence(_NORVANIA)
    bounded = "The largest animal hospital in Orvland is run by the Tessel Trust."
    assert evidence.paragraph_opening("doc", bounded) == (
        "The Orvish tradition of training began in the 18th century."
    )
    assert evidence.paragraph_opening("doc", "In Norvania, training is free") is None
    asked = "Which trust runs the largest animal hospital in Orvland?"
    assert not paragraph_scope_lost(asked, bounded, "In Norvania, training is free.")
    month = "In March, the hospital opened. The largest ward is run by Ada Vell."
    assert not paragraph_scope_lost(
        "Who runs the largest ward?", "The largest ward is run by Ada Vell.", month
    )


def test_since_as_an_adverb_keeps_the_time_it_counts_from() -> None:
    assert since_of_an_untold_time("The trade has since developed into what industry?")
    assert since_of_an_untold_time("What has the club been called since?")
    assert since_of_an_untold_time("The town has since then grown into what?")
    assert not since_of_an_untold_time("Founded in 1900, the club has since grown into what?")
    assert not since_of_an_untold_time("Who has led the party since 1990?")
    assert not since_of_an_untold_time("Which team has won twice since joining the league?")
    text = (
        "The glass trade of Kell began to be practised in the Middle Ages and has since "
        "developed into an industry pioneered in the 1970s."
    )
    questions = [c.question or "" for c in selected_candidates("Glass in Kell", text)]
    assert not any("since" in question for question in questions), questions
