"""Words that tie a question's fact to one the learner never sees: "as a reward" (for what?),
"in comparison" (with whom?), "was himself killed" (as who else was?), "was still the abbot"
(at which time told before?)."""

from __future__ import annotations

from factdeck.generate.gates import self_contained


def test_a_deed_told_as_a_reward_or_a_figure_told_in_comparison_is_no_question() -> None:
    assert not self_contained("Who was made warden of Tessby as a reward?")
    assert not self_contained("Vardo's fleet had only how many ships in comparison?")
    assert not self_contained("In contrast, how many looms did the Orle mill run?")
    assert not self_contained("By comparison, how many pupils did Hask School teach?")
    assert not self_contained("Who in turn sold the Brenholt estate in 1762?")


def test_the_reward_or_the_comparison_named_in_the_question_stays() -> None:
    assert self_contained("Who was made warden of Tessby as a reward for his victory at Brill?")
    assert self_contained("How small was Vardo's fleet in comparison with Kestel's?")
    assert self_contained("In contrast to Hask School, how many pupils did Orle School teach?")


def test_a_reflexive_after_a_form_of_be_is_emphatic() -> None:
    assert not self_contained("Who was himself poisoned by a rival in 1244?")
    assert not self_contained("Who was herself a weaver before 1820?")
    assert self_contained("Who had himself crowned king of Tessby in 1101?")
    assert self_contained("Who declared himself king of Tessby in 1101?")


def test_still_in_a_past_fact_needs_the_time_it_was_so() -> None:
    assert not self_contained("Who was still the warden of Tessby?")
    assert not self_contained("Which firm still owned the Orle mill?")
    assert self_contained("Who was still the warden of Tessby in 1790?")
    assert self_contained("Which firm still owned the Orle mill during the 1850s?")
    assert self_contained("The Orle mill was still owned by Hask and Sons in what year?")


def test_a_name_or_the_noun_still_asks_no_time() -> None:
    assert self_contained("Which band's second album was Still Waters?")
    assert self_contained("What was the copper still at the Vell distillery made of?")
    assert not self_contained("Which mill was still in use?")
