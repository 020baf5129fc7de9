"""Any short document of dated sentences, relative times, odd number words and brackets
builds a deck without raising."""

from hypothesis import given, settings
from hypothesis import strategies as st

from factdeck.generate.pipeline import build_deck

_RELATIVE_TIMES = [
    "Two years later",
    "Thirty-odd years later",
    "Forty-five years later",
    "Sixty-some years later",
    "A decade later",
    "Two decades later",
    "Many years later",
    "That year",
    "By then",
    "Twenty one years later",
    "A hundred years later",
    "12 years later",
]
_DATES = ["in 1820", "on 4 May 1820", "in May", "in the 1830s", "by 1850", "around 1790"]
_DEEDS = [
    "a railway reached the town",
    "the mill (built of stone) was sold",
    "the bridge, begun in 1790, was finished",
    "the market doubled in size",
    "Ivo Brenn, the mayor, left for Orsk",
    "the twenty-odd farms were merged",
]
_OPENINGS = [
    "The town of Kelby was founded {date} by Ivo Brenn.",
    "The valley was first settled {date}.",
    "During the Kessian Civil War, Kelby sent thirty-odd men to the front {date}.",
    "The Orvans took Kelby {date} (after a short siege).",
    "Kelby is a market town on the river Orm.",
]
_sentence = st.one_of(
    st.builds(
        lambda opening, date: opening.format(date=date),
        st.sampled_from(_OPENINGS),
        st.sampled_from(_DATES),
    ),
    st.builds(
        lambda time, deed: f"{time} {deed}.",
        st.sampled_from(_RELATIVE_TIMES),
        st.sampled_from(_DEEDS),
    ),
    st.builds(
        lambda deed, date: f"{deed[:1].upper()}{deed[1:]} {date}.",
        st.sampled_from(_DEEDS),
        st.sampled_from(_DATES),
    ),
)


@settings(max_examples=25, deadline=None)
@given(st.lists(st.lists(_sentence, min_size=1, max_size=4), min_size=1, max_size=3))
def test_a_deck_of_relative_times_and_odd_numbers_builds(paragraphs: list[list[str]]) -> None:
    text = "Kelby\n\n" + "\n\n".join(" ".join(sentences) for sentences in paragraphs) + "\n"
    build_deck(text, deck="d", file_name="d.txt", markdown=False)
