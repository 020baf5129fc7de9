"""A name the document ties to company words ("Ada Venn, the drug company", "Ada Venn Inc.",
"the products of Ada Venn") is no option among people, on small texts written for the tests."""

import pytest

from factdeck.generate.pipeline import build_deck

_PEOPLE = (
    "Politics of Tarnland\n\n"
    "Tarnland is a small state on the coast of Vell. "
    "Olaf Brenner ran for governor in 1990 and won by a wide margin. "
    "Ivo Marlow ran for the senate in 1994. "
    "{company} "
    "Greta Holm served as mayor of Orsk from 1980 to 1988. "
    "Emil Dorn led the miners' strike in 1983."
)


def _person_options(company: str) -> set[str]:
    text = _PEOPLE.format(company=company)
    bank = build_deck(text, deck="tarnland", file_name="tarnland.txt", markdown=False).bank
    return {
        option
        for question in bank.questions
        if question.prompt.startswith("Who") and question.answer != "Ada Venn"
        for option in getattr(question, "options", [])
    }


@pytest.mark.parametrize(
    "company",
    [
        "Ada Venn, the drug company, opened a factory in Orsk in 1992.",
        "Ada Venn Inc. opened a factory in Orsk in 1992. Ada Venn sold it in 1999.",
        "The products of Ada Venn are sold in Orsk. Ada Venn opened a factory in 1992.",
        "Ada Venn's products are sold in Orsk. Ada Venn opened a factory in 1992.",
    ],
)
def test_a_name_tied_to_company_words_is_no_option_among_people(company: str) -> None:
    options = _person_options(company)
    assert "Olaf Brenner" in options
    assert "Ada Venn" not in options


def test_a_person_described_by_the_company_they_founded_stays_an_option() -> None:
    options = _person_options("Ada Venn, the company's founder, opened a factory in 1992.")
    assert "Ada Venn" in options
