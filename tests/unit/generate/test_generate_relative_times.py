"""A relative time is dated only from the year it counts from, and is unanchored only when
no year near it makes it certain."""

from factdeck.generate.pipeline import build_deck
from factdeck.generate.referents import Referents
from factdeck.generate.sentences import split_sentences


def _last_dated(text: str) -> tuple[str, bool]:
    sentences = split_sentences("doc", text)
    referents = Referents(sentences, "Kell", None)
    last = sentences[-1]
    return referents.dated(last.text, last), referents.unanchored(last)


def test_a_comparison_is_no_relative_time() -> None:
    same = "Ivo Brenn was born in 1820. Ana Brenn moved to Kell the same year as the king died."
    assert _last_dated(same) == (same.split(". ")[1], False)
    late = (
        "The Tarn bridge was begun in 1720. The bridge was finished five years later than planned."
    )
    assert _last_dated(late) == (late.split(". ")[1], False)
    said = "Ivo Brenn was born in 1850. He said that year was his best."
    assert _last_dated(said)[0] == "He said that year was his best."
    opened = "The hall was opened in 1850. That year, it burned."
    assert _last_dated(opened) == ("In 1850, it burned.", False)


def test_the_year_of_an_aside_is_not_the_year_counted_from() -> None:
    text = "The Orm Mill was built in 1720. The mill, built in 1790, was by then in ruins."
    assert _last_dated(text) == ("The mill, built in 1790, was by then in ruins.", True)


def test_every_relative_time_the_gate_knows_is_counted_or_set_beside_its_year() -> None:
    beside = "The mill was built in 1720. A year later, in 1721, Ivo Brenn sold the mill."
    assert _last_dated(beside) == ("In 1721, Ivo Brenn sold the mill.", False)
    vague = "The mill was built in 1720. Many years later, in 1760, Ivo Brenn sold the mill."
    assert _last_dated(vague) == ("In 1760, Ivo Brenn sold the mill.", False)
    assert _last_dated("The hall was opened in 1850. A year later, it burned.") == (
        "In 1851, it burned.",
        False,
    )
    assert _last_dated("The hall was opened in 1850. Fifty years later, it burned.") == (
        "In 1900, it burned.",
        False,
    )
    decades = "The hall was opened in 1850 and was rebuilt two decades later."
    assert _last_dated(decades) == ("The hall was opened in 1850 and was rebuilt in 1870.", False)
    assert _last_dated("The hall was opened in 1850. Many years later, it burned.")[1]
    assert _last_dated("The hall was opened in 1850. Two hundred years later, it burned.")[1]
    assert not _last_dated("Farmers believed that year-round grazing helped the soil.")[1]


def test_a_count_with_no_figure_leaves_the_relative_time_unresolved() -> None:
    text = (
        "Kelby\n\nKelby was founded in 1820 by Ivo Brenn. Thirty-odd years later a railway "
        "reached the town. Sixty-some years later the mill closed."
    )
    bank = build_deck(text, deck="d", file_name="d.txt", markdown=False).bank
    assert all("later" not in question.prompt for question in bank.questions)


def test_a_year_set_off_by_commas_dates_its_clause() -> None:
    text = (
        "The town grew quickly and, in 1820, the first mill opened, and two years later a "
        "bridge was built."
    )
    assert _last_dated(text) == (
        "The town grew quickly and, in 1820, the first mill opened, and in 1822 a bridge was "
        "built.",
        False,
    )


def test_a_hyphenated_count_of_years_is_counted() -> None:
    text = "The hall was opened in 1850. Twenty-one years later, it burned."
    assert _last_dated(text) == ("In 1871, it burned.", False)


def test_a_relative_time_before_its_sentence_s_own_year_is_dropped_not_counted() -> None:
    text = (
        "The Orm Star reached Kell in 1859. Slavery in Kell was abolished five years later "
        "following the end of the Vessian Civil War in 1865."
    )
    assert _last_dated(text)[0] == (
        "Slavery in Kell was abolished following the end of the Vessian Civil War in 1865."
    )
    opening = "Ada Lund was born in 1840. Five years later, her family moved to Kell in 1846."
    assert _last_dated(opening)[0] == "Her family moved to Kell in 1846."
    counted = "Ada Lund was born in 1840. Five years later, her family moved to Kell."
    assert _last_dated(counted)[0] == "In 1845, her family moved to Kell."
