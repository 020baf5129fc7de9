"""A rank ("the oldest", "the first", "the only") holds only within its scope ("in Vessia"): a
question keyed on that place keeps it inside the phrase or is not asked, on small sentences
written for the tests."""

from factdeck.generate.phrasing import _RANK, ask


def _ask(sentence: str, answer: str, kind: str) -> tuple[str, str] | None:
    start = sentence.index(answer)
    return ask(sentence, start, start + len(answer), kind)


def test_the_scope_of_a_rank_is_not_moved_out_as_where() -> None:
    assert (
        _ask("In 1802 Ivo Marten founded the oldest medical school in Vessia.", "Vessia", "country")
        is None
    )
    assert (
        _ask(
            "As the only observatory in Vessia, the Kell Observatory draws many visitors.",
            "Vessia",
            "country",
        )
        is None
    )


def test_the_scope_of_a_rank_asked_in_place_keeps_the_rank() -> None:
    assert _ask("Brask is the largest city in the Tarn Valley.", "Tarn Valley", "place") == (
        "Brask is the largest city in which valley?",
        "in-situ",
    )
    assert _ask("Ana Varga founded the first university of Kessland.", "Kessland", "country") == (
        "Ana Varga founded the first university of which country?",
        "in-situ",
    )


def test_a_place_after_no_rank_is_still_asked_where() -> None:
    asked = _ask("In 1802 Ivo Marten founded a medical school in Vessia.", "Vessia", "country")
    assert asked is not None and asked[0].startswith("Where")
    asked = _ask("Mira Olan built a house in the west of Kell.", "Kell", "place")
    assert asked is not None


def test_a_rank_within_an_opening_place_keeps_the_place_or_is_not_asked() -> None:
    sentence = "In Vessia, the Kell School of Medicine is the oldest medical school."
    assert _ask(sentence, "Kell School of Medicine", "organisation") is None
    sentence = "Within Kessland, Orm University was the first to award the degree in 1850."
    assert _ask(sentence, "Orm University", "organisation") is None
    assert _ask(sentence, "1850", "year") is None
    asked = _ask(
        "In 1850, Orm University was the first to award the degree.",
        "Orm University",
        "organisation",
    )
    assert asked == ("In 1850, which university was the first to award the degree?", "subject")


def test_a_month_opening_is_no_place_of_a_rank() -> None:
    sentence = "In January, Ivo Marr became the first mayor of Kell."
    start = sentence.index("Ivo Marr")
    assert ask(sentence, start, start + len("Ivo Marr"), "person") == (
        "Who became the first mayor of Kell?",
        "subject",
    )


def test_a_noun_ending_in_est_is_no_superlative() -> None:
    for phrase in ("ordained a priest", "a time of unrest", "a bequest", "the inquest"):
        assert _RANK.search(phrase) is None, phrase
    assert _RANK.search("the oldest school") is not None
