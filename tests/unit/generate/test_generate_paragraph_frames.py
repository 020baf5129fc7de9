"""A sentence told within its paragraph's opening frame ("During the Kessian Civil War, ...")
keeps the frame in its question, on small texts written for the tests."""

from factdeck.generate.topics import framed, has_own_time, paragraph_frame, told_in_the_past
from helpers.generation import selected_candidates

_WAR = (
    "Vessia is a small country on the Orm Sea. Its capital is Kell, a port on the northern "
    "coast. The country is known for its shipyards and its wool.\n\n"
    "During the Kessian Civil War, the Vessian army fought at the Battle of Dunmere. "
    "Admiral Ivo Rask moved the Vessian fleet to Port Arlo. "
    "The Kell Arsenal built gunboats for the Orvan Navy.\n"
)


def _questions(text: str) -> list[str]:
    return [c.question for c in selected_candidates("Vessia", text) if c.question]


def test_a_later_sentence_of_the_paragraph_carries_its_frame() -> None:
    questions = _questions(_WAR)
    assert (
        "During the Kessian Civil War, to which port did Admiral Ivo Rask move the Vessian fleet?"
        in questions
    )
    assert (
        "During the Kessian Civil War, what did the Kell Arsenal build for the Orvan Navy?"
        in questions
    )


def test_a_sentence_that_moves_on_in_time_keeps_its_own_wording() -> None:
    text = _WAR.replace("Admiral Ivo Rask moved", "After the war, Admiral Ivo Rask moved")
    questions = _questions(text)
    moved_on = [q for q in questions if "Port Arlo" in q or "Orvan Navy" in q]
    assert moved_on
    assert not any(q.startswith("During the Kessian Civil War") for q in moved_on)


def test_a_paragraph_without_a_frame_adds_none() -> None:
    text = _WAR.replace("During the Kessian Civil War, the Vessian army", "The Vessian army")
    questions = _questions(text)
    assert "To which port did Admiral Ivo Rask move the Vessian fleet?" in questions


_CLOSED = (
    "Mira Tell was a Vessian engineer. She was born in Kell in 1820.\n\n"
    "Mira Tell laid railways for the army during the Orvan Border War. "
    "She moved to Arlo and founded a drawing school. "
    "She married the painter Ivo Sand. "
    "She designed the Tarn Viaduct, which crossed the Orm River.\n"
)


def test_a_frame_closing_the_paragraph_s_first_sentence_dates_that_deed_alone() -> None:
    questions = [c.question for c in selected_candidates("Mira Tell", _CLOSED) if c.question]
    assert "What did Mira Tell design?" in questions
    assert not any(q.startswith("During the Orvan Border War") for q in questions)


def test_frames_a_paragraph_closes_with_are_none() -> None:
    assert (
        paragraph_frame("Kell mills sold rifles to the army during the Kessian Civil War.") is None
    )
    assert paragraph_frame("The mills stood idle during the night.") is None
    assert paragraph_frame("The mills stood idle during his reign.") is None


def test_frames_a_paragraph_opens_with() -> None:
    assert paragraph_frame("During the Kessian Civil War, Vessia sent 50,000 men.") == (
        "During the Kessian Civil War"
    )
    assert paragraph_frame("In the 1860s, the port grew fast.") == "In the 1860s"
    assert (
        paragraph_frame("Under Queen Ilse's rule, the mines reopened.") == "Under Queen Ilse's rule"
    )
    assert paragraph_frame("During his reign, the mines reopened.") is None
    assert paragraph_frame("During the night, the mines flooded.") is None
    assert paragraph_frame("In Kell, the mines reopened.") is None


def test_a_time_of_its_own() -> None:
    assert has_own_time("Today the navy has 400 officers.")
    assert has_own_time("The navy shrank in 1871.")
    assert has_own_time("Ivo Welles was Secretary of the Fleet under President Orm.")
    assert not has_own_time("The navy drew many officers from the merchant fleet.")


def test_a_question_that_says_its_time_is_left_as_it_is() -> None:
    frame = "During the Kessian Civil War"
    assert framed("How many officers did the navy draw?", frame, ()) == (
        "During the Kessian Civil War, how many officers did the navy draw?"
    )
    assert framed("Which navy fought in the Kessian war?", frame, ()) == (
        "Which navy fought in the Kessian war?"
    )
    long_question = "Which " + "very " * 22 + "old port did the navy use?"
    assert framed(long_question, frame, ()) is None


def test_a_timeless_fact_in_a_framed_paragraph_is_not_framed() -> None:
    text = _WAR.replace(
        "Admiral Ivo Rask moved the Vessian fleet to Port Arlo. ",
        "The river Tarn is 300 kilometres long and rises in the Iron Hills. ",
    )
    questions = _questions(text)
    assert any("river Tarn" in question for question in questions)
    assert not any("river Tarn" in question and "Kessian" in question for question in questions)


def test_what_is_told_in_the_past() -> None:
    assert told_in_the_past("The mines reopened.")
    assert told_in_the_past("Its mills made cloth for the army.")
    assert told_in_the_past("Most of the men were farmers.")
    assert not told_in_the_past("The river Tarn is 300 kilometres long.")
    assert not told_in_the_past("The river rises in the Iron Hills.")
    assert not told_in_the_past("The regiment has a museum in Kell.")


def test_a_count_told_after_a_closing_frame_is_left_out() -> None:
    text = _WAR.replace(
        "During the Kessian Civil War, the Vessian army fought at the Battle of Dunmere. ",
        "Vessian mills sold rifles and boots to the army during the Kessian Civil War. "
        "The country furnished 40,000 soldiers. ",
    )
    questions = _questions(text)
    assert not any(q.startswith("How many soldiers") for q in questions)
    assert "What did the Kell Arsenal build for the Orvan Navy?" in questions
