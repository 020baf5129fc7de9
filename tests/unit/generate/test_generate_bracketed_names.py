"""A bracket after a name that gives the same thing another name: letters in another
order than the name's words, as a degree named in Latin order."""

from factdeck.generate.text import abbreviations
from helpers.generation import accepts, document_facts


def test_letters_in_another_order_name_the_name_they_follow() -> None:
    found = abbreviations(
        [
            "She took the Master of Healing (HM) at Vell.",
            "He held a Kessian Doctor of Laws (LLD) from Orsby.",
        ]
    )
    assert found == {"HM": "Master of Healing", "LLD": "Doctor of Laws"}


def test_letters_in_another_order_need_every_word_and_the_bracket_beside_it() -> None:
    found = abbreviations(
        [
            "The Orsby Club (CL) rows on the Tam.",  # no word spells the L
            "She took the Master of Healing, in 1920 (HM).",  # the year stands between
            "The Doctor of Law (LLD) was new.",  # one law: the doubled letter is a plural
            "The Tam Rowing Club (RT) rows.",  # the club's C is left over
        ]
    )
    assert found == {}


def test_letters_in_order_elsewhere_win_over_another_order() -> None:
    found = abbreviations(
        [
            "The Master of Healing (HM) is taught at Vell.",
            "The Holby Museum (HM) opened in 1901.",
        ]
    )
    assert found == {"HM": "Holby Museum"}


def test_a_degree_named_in_latin_order_accepts_its_letters_and_back() -> None:
    facts = document_facts(
        "In 1921 Mara Holm earned the Master of Healing (HM) at the college of Vell. "
        "The HM took four years of study at Vell.",
        "Tarland",
    )
    degree = facts["Master of Healing"][0]
    assert "HM" not in facts  # the letters are asked by the name they stand for
    for typed in ("HM", "H.M.", "Master of Healing"):
        assert accepts(degree, typed)
