"""Questions that lean on what the sentence leaves unsaid, or on a side detail of the
story, are refused: an attempt with nothing said at what, a re-election to no office, a
medal won in no contest, a key that names no thing, a unit's letters asked as a field's,
the year a thing was announced, a building's reuse as homes, a stand-in's turn, a person's
earlier job, how far back a history goes and a count of the steps a task takes. Small texts
written for the tests."""

import pytest

from factdeck.generate import concepts, gates, keys
from factdeck.generate.pipeline import build_deck

TOWN = """Vessel is a harbour town in northern Tarn. The town grew around its harbour in the \
12th century.

The Orm Brewery was founded in 1743 by Ada Lund. The brewery closed in 1998 after a family \
dispute. The Orm Brewery was converted into luxury apartments in 2002. The old Kell Mill was \
converted into a museum in 1985.

The Kell Temple was built in 1950. Ivo Brenn became its rabbi in 1977. Tomas Fenn joined \
the Kell Temple in 1998 as interim rabbi when Brenn went on a sabbatical. Ana Holm succeeded \
Brenn as rabbi in 2011. Born in Vessel, Holm had worked at the Kell Temple as a teacher and \
youth adviser from 1999 to 2001.

The history of the Vessel Lifeboat dates back to 1824, when the town bought its first boat. \
The Vessel Lifeboat was launched in 1830. Three constructive steps are involved in launching \
the Vessel Lifeboat at night.

Pell Orvik was elected to the Tarn Assembly in 1788. In 1789 Orvik decided to stand for \
reelection, but lost.

The Vessel Tour was announced in December 2011, and visited twelve towns. It began on \
27 January 2012 in Kell.

In June 1941, however, the Tarn intelligence foiled a new attempt, by a foreign agent, to \
sink a cargo ship in the harbour.

Image theory defines quantities in terms of an infinite cascade of two-port sections.
"""


@pytest.mark.usefixtures("uncut")
def test_a_deck_leaves_out_side_details_and_keeps_the_story(roomy: pytest.MonkeyPatch) -> None:
    roomy.setattr("factdeck.generate.extract.ENOUGH_CENTRAL", 100)
    bank = build_deck(TOWN, deck="d", file_name="d.txt", markdown=False).bank
    asked = [question.prompt for question in bank.questions]
    for detail in (
        "apartments",
        "interim",
        "teacher",
        "reelection",
        "announced",
        "attempt",
        "image theory",
    ):
        assert not [prompt for prompt in asked if detail in prompt], (detail, asked)
    for story in ("converted into a museum", "Kell Temple built", "Pell Orvik elected"):
        assert any(story in prompt for prompt in asked), (story, "\n".join(asked))


def test_an_attempt_needs_what_was_attempted() -> None:
    title = "Vessel"
    asked = "In what year did the Tarn police foil a new attempt by a foreign agent?"
    assert gates.event_without_its_owner(asked, "1941", title)
    assert not gates.event_without_its_owner(
        "In what year did the Tarn police foil a new attempt by a foreign agent to sink a ship?",
        "1941",
        title,
    )
    assert not gates.event_without_its_owner(
        "In what year did Orm make an attempt on the summit?", "1953", title
    )


def test_a_re_election_needs_its_office() -> None:
    assert gates.re_election_without_office(
        "In what year did Orvik decide to stand for reelection?"
    )
    assert gates.re_election_without_office("In what year was Orvik re-elected?")
    assert not gates.re_election_without_office("In what year was Orvik re-elected to the Senate?")
    assert not gates.re_election_without_office("In what year was Orvik re-elected as mayor?")
    assert not gates.re_election_without_office("When did Orvik lose his Senate reelection bid?")


def test_a_medal_needs_its_contest() -> None:
    known = {"ice", "sledding"}
    assert gates.prize_without_its_contest(
        "In what year did Tarnland win their first gold medal?", known
    )
    assert gates.prize_without_its_contest("Who won the title in 1990?", known)
    assert not gates.prize_without_its_contest(
        "In what year did Tarnland win their first Olympic gold medal?", known
    )
    assert not gates.prize_without_its_contest(
        "In what year did Tarnland win the title at the Orm Open?", known
    )
    assert not gates.prize_without_its_contest("In what year did Kell win the league title?", known)
    assert not gates.prize_without_its_contest(
        "Who won the title in 1990?", {"orm", "championship"}
    )


def test_a_key_that_names_no_thing_is_empty() -> None:
    assert keys.empty_key("quantities")
    assert keys.empty_key("things")
    assert not keys.empty_key("impedances")


def test_a_unit_s_letters_are_no_field_s_own() -> None:
    keys_used = {"BPM", "FPS"}
    assert concepts.stands_for("Tracks run at 170 beats per minute (BPM).", keys_used) is None
    assert concepts.stands_for("Films run at 24 frames per second (FPS).", keys_used) is None
    spelled = concepts.stands_for("Farmers plan a crop rotation cycle (CRC) each year.", {"CRC"})
    assert spelled is not None and spelled.question == "What does CRC stand for?"


def test_an_announcement_s_year_is_not_the_event_s() -> None:
    assert not gates.worth_knowing(
        "2011", "year", "The Vessel Tour was announced in ", ".", approximate=False
    )
    assert not gates.worth_knowing(
        "2011", "year", "In ", ", the Vessel Tour was officially announced.", approximate=False
    )
    assert gates.worth_knowing(
        "2012", "year", "The Vessel Tour visited Kell in ", ".", approximate=False
    )


def test_reuse_as_homes_is_a_property_deal_but_a_museum_is_a_story() -> None:
    assert gates.building_reused_as_homes(
        "In what year was the Orm Brewery converted into luxury apartments?", "2002"
    )
    assert gates.building_reused_as_homes("What was the Orm Mill turned into?", "flats")
    assert not gates.building_reused_as_homes(
        "In what year was the Kell Mill converted into a museum?", "1985"
    )


def test_a_stand_in_s_turn_is_no_part_of_the_post_s_story() -> None:
    assert gates.stand_in_asked(
        "In what year did Tomas Fenn join the Kell Temple as interim rabbi?"
    )
    assert gates.stand_in_asked("Who served as rabbi when Brenn went on a sabbatical?")
    assert not gates.stand_in_asked(
        "Who dismissed the government and appointed a caretaker government?"
    )
    assert not gates.stand_in_asked("Whom did Orm defeat for the Interim Heavyweight title?")
    assert not gates.stand_in_asked("In what year did Ana Holm become rabbi?")


def test_an_earlier_job_does_not_name_the_person() -> None:
    assert gates.person_by_an_earlier_job(
        "Who had worked at the Kell Temple as a teacher from 1999 to 2001?"
    )
    assert gates.person_by_an_earlier_job("Where had Ana Holm worked as a teacher?")
    assert not gates.person_by_an_earlier_job("What had the fort served as in 1193?")
    assert not gates.person_by_an_earlier_job("Where did Ana Holm work as a teacher?")


@pytest.mark.usefixtures("uncut")
def test_a_history_s_start_and_a_task_s_steps_are_not_asked(roomy: pytest.MonkeyPatch) -> None:
    roomy.setattr("factdeck.generate.extract.ENOUGH_CENTRAL", 100)
    bank = build_deck(TOWN, deck="d", file_name="d.txt", markdown=False).bank
    prompts = [question.prompt for question in bank.questions]
    assert "In what year was the Vessel Lifeboat launched?" in prompts
    assert not [p for p in prompts if "dates back" in p or "steps" in p]


def test_how_far_back_a_history_goes_has_several_right_years() -> None:
    assert gates.history_traced_back("The history of Orm dates back to what year?")
    assert gates.history_traced_back("The roots of the Kell guild go back to what century?")
    assert not gates.history_traced_back("In what year was Orm founded?")
    assert not gates.history_traced_back("In what year did Ivo Marr go back to Kell?")


def test_a_count_of_a_task_s_steps_is_one_writer_s_division() -> None:
    assert gates.steps_of_a_task_counted(
        "How many constructive steps are involved in laying the Orm grid?"
    )
    assert gates.steps_of_a_task_counted("How many stages are needed to brew Kell ale?")
    assert not gates.steps_of_a_task_counted("How many steps does the Orm pyramid have?")
    assert not gates.steps_of_a_task_counted("How many stages did the Kell rocket have?")
