"""Period options lie within the document's time and fall on both sides of the key where
the document allows, so the key is no odd one out as the latest or the earliest."""

from __future__ import annotations

from factdeck.generate.distractors import DistractorPool, nearby_periods
from factdeck.generate.facts import FactRecord
from helpers.generation import document_evidence


def test_period_options_begin_no_later_than_the_document_s_latest_year() -> None:
    for seed in range(6):
        options = nearby_periods("1900s", seed, 1931)
        assert sorted(options) == ["1600s", "1700s", "1800s"]
        assert all(int(option[:4]) <= 1930 for option in nearby_periods("1880s", seed, 1931))


def test_period_options_fall_on_both_sides_of_the_key() -> None:
    for seed in range(6):
        first_three = nearby_periods("1840s", seed, 1950)[:3]
        assert any(option < "1840s" for option in first_three)
        assert any(option > "1840s" for option in first_three)
        centuries = nearby_periods("12th century", seed, 1700)[:3]
        assert any(int(option[:2]) < 12 for option in centuries)
        assert any(int(option[:2]) > 12 for option in centuries)


def test_a_written_period_question_takes_no_option_after_the_document_s_time() -> None:
    text = "The Brenna Mill\n\nThe mill at Brenna was built in the 1900s. It closed in 1931."
    fact = FactRecord(
        id="fact-mill",
        document="doc",
        quote="The mill at Brenna was built in the 1900s.",
        statement="The mill at Brenna was built in the 1900s.",
        kind="period",
        answer="1900s",
        prompt="In what decade was the mill at Brenna built?",
        origin="curated",
    )
    pool = DistractorPool([], [fact], None, document_evidence(text))
    assert sorted(pool.choose(fact)) == ["1600s", "1700s", "1800s"]
