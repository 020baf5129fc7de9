"""A bracket after a name that gives the same thing another name: letters in another
order than the name's words, as a degree named in Latin order; a substance's formula."""

from factdeck.generate.questions import formula_forms
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


def test_a_substance_accepts_the_formula_bracketed_after_it_and_back() -> None:
    sentences = [
        "The miners of Orsby sold kessium dioxide (KsO2) to the lamp makers of Vell.",
        "Brine from the Tam holds much sodium chloride (NaCl).",
        "The lamps of Vell burned KsO2 for a century.",
    ]

    def holding(words: str) -> list[str]:
        return [text for text in sentences if words in text]

    assert formula_forms("kessium dioxide", holding) == ["KsO2"]
    assert formula_forms("KsO2", holding) == ["kessium dioxide"]  # not "sold kessium dioxide"
    assert formula_forms("sodium chloride", holding) == ["NaCl"]
    assert formula_forms("dioxide", holding) == []  # the bracket follows more than the key


def test_capitals_alone_or_a_formula_after_two_substances_give_no_form() -> None:
    sentences = [
        "The gross state product (GSP) of Tarland rose.",
        "Tarn water (KsO2) was sold beside pure kessium oxide (KsO2).",
    ]

    def holding(words: str) -> list[str]:
        return [text for text in sentences if words in text]

    assert formula_forms("gross state product", holding) == []  # letters, no formula
    assert formula_forms("KsO2", holding) == []  # which of the two?


def test_a_substance_key_of_an_imported_text_accepts_its_formula() -> None:
    facts = document_facts(
        "In 1890 the miners of Orsby began to sell kessium dioxide (KsO2) to Vell. "
        "The lamp makers of Vell burned KsO2 for a century.",
        "Tarland",
    )
    formula = facts["KsO2"][0]
    assert accepts(formula, "kessium dioxide")


def test_a_formula_with_a_figure_after_single_capitals_is_a_formula() -> None:
    sentences = [
        "The kilns of Orsby burned with much carbon dioxide (CO2) in the air.",
        "The marsh near Vell is rich in methane (CH4) in summer.",
    ]

    def holding(words: str) -> list[str]:
        return [text for text in sentences if words in text]

    assert formula_forms("carbon dioxide", holding) == ["CO2"]
    assert formula_forms("CH4", holding) == ["methane"]


def test_a_formula_at_the_end_of_a_very_long_sentence_is_read_from_the_words_before_it() -> None:
    listed = " and ".join(["grey salt from the lower pits near the river"] * 400)
    sentence = f"Miners at Orva dig {listed} (see map) and kessium dioxide (KsO2) for export."

    def holding(words: str) -> list[str]:
        return [sentence] if words in sentence else []

    assert formula_forms("kessium dioxide", holding) == ["KsO2"]
    assert formula_forms("KsO2", holding) == ["kessium dioxide"]
