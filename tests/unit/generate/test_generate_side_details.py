"""A sentence's point, not its side details: what an appositive, a relative clause or a
participle says of a noun, a conceded clause, and a clause that tells what came before are
not asked; nor is a time after "by", which states a deadline, not a date. The main clause's
own fact stays asked, and so does the time of an event an opening phrase names."""

from __future__ import annotations

import pytest

from factdeck.generate.clauses import marked_clauses
from factdeck.generate.gates import (
    deadline_time,
    described_in_passing,
    in_a_side_clause,
    ranks_among_its_kind,
    says_what_it_is,
)
from factdeck.generate.pipeline import build_deck


def _asides(sentence: str) -> list[str]:
    return [clause for clause, aside in marked_clauses(sentence) if aside]


def _mains(sentence: str) -> list[str]:
    return [clause for clause, aside in marked_clauses(sentence) if not aside]


@pytest.mark.parametrize(
    ("sentence", "main", "aside"),
    [
        (
            "Ren Okada, a geologist at Hollin University, found a second fault.",
            "Ren Okada found a second fault.",
            "Ren Okada was a geologist at Hollin University.",
        ),
        (
            "Vell Harbour, which had been taken from Orvia in 1713, still had a Norse port.",
            "Vell Harbour still had a Norse port.",
            "Vell Harbour had been taken from Orvia in 1713.",
        ),
        (
            "Though the Tarlish were later beaten at Kell Ford, the Orvians ceded the coast.",
            "The Orvians ceded the coast.",
            "The Tarlish were later beaten at Kell Ford.",
        ),
        (
            "The Greens took six seats from Labour, although Ada Voss kept Orm East.",
            "The Greens took six seats from Labour.",
            "Ada Voss kept Orm East.",
        ),
    ],
)
def test_a_side_clause_is_marked_and_the_main_clause_is_not(
    sentence: str, main: str, aside: str
) -> None:
    assert main in _mains(sentence)
    assert aside in _asides(sentence)


def test_the_subject_s_own_history_and_the_time_of_its_deed_are_no_aside() -> None:
    founded = "Founded in 1820 by Ivo Berg, Kelby grew quickly."
    assert _asides(founded) == []
    assert "Kelby was founded in 1820 by Ivo Berg." in _mains(founded)
    between = "Kelby, founded in 1820 by Ivo Berg, lies on the Orm."
    assert _asides(between) == []
    assert "Kelby lies on the Orm." in _mains(between)
    designed = "The radio, designed by Ivo Brankov, inspired the wheel of the player."
    assert _asides(designed) == []
    ends = "The race ends at the Orm Arena, built in 1990."
    assert _asides(ends) == ["The Orm Arena was built in 1990."]  # done then, ends now
    during = "During the Orm War in 1894, Tarland took Vell Island."
    assert _asides(during) == []
    assert "The Orm War took place in 1894." in _mains(during)
    after = "After the capture of Kell in 1097, Bohemar began to rule the valley."
    assert _asides(after) == []
    assert "Kell was captured in 1097." in _mains(after)
    joined = "In 1765, Ivo Lund built a mill, and his son built a dam."
    assert _asides(joined) == []


def _side(sentence: str, key: str, kind: str) -> bool:
    at = sentence.index(key)
    return in_a_side_clause(sentence, at, at + len(key), kind)


def test_a_key_inside_a_side_clause_of_a_whole_sentence() -> None:
    opponent = (
        "Ivo of Orm, who later became King of Vell, emerged as the rival of Kell after the "
        "Danes attacked the Orm Republic in 1672."
    )
    assert _side(opponent, "King of Vell", "place")
    assert _side(opponent, "Orm Republic", "country")
    assert _side(opponent, "1672", "year")
    assert not _side(opponent, "Kell", "person")
    lawsuit = "Orm Seeds sued Kell Farms when it bought rye from Vell Mills."
    assert _side(lawsuit, "Vell Mills", "organisation")
    assert not _side(lawsuit, "Kell Farms", "organisation")


def test_a_participle_clause_after_a_subordinator_is_a_side_clause() -> None:
    met = "After meeting Ada Voss at the Orm Festival, Ivo was made director in 1921."
    assert _side(met, "Orm Festival", "event")
    assert not _side(met, "1921", "year")
    toured = "Ivo wrote a symphony in 1902 while touring Kestland with a quartet."
    assert _side(toured, "Kestland", "place")
    assert not _side(toured, "1902", "year")


def test_a_when_clause_tells_the_main_clause_s_time_but_not_its_deed() -> None:
    recalled = "When Ivo died in Kell in 1328, Ada was recalled to Orm."
    assert not _side(recalled, "1328", "year")
    assert _side(recalled, "Kell", "place")
    assert not _side(recalled, "Orm", "place")
    capital = "The first record of Vell dates to 1313, at a time when Orm was the capital."
    assert _side(capital, "Orm", "place")
    listed = "Wins went on in 1759, when they took Orm, Ivo beat Kell at Vell, and Mir fell."
    assert _side(listed, "Vell", "place")
    assert not _side(listed, "1759", "year")


def test_after_before_a_noun_is_a_preposition_not_a_clause() -> None:
    renamed = "The college was renamed Orm College after deceased clergyman Ivo Orm in 1639."
    assert not _side(renamed, "1639", "year")
    lost = "They lost Vell in 1085, after the death of Ivo."
    assert not _side(lost, "Vell", "place")


def test_an_opening_phrase_no_comma_closes_is_part_of_the_main_clause() -> None:
    bought = "After the war Ivo Lind bought the Kell Mill at Orm."
    assert not _side(bought, "Kell Mill", "organisation")
    assert not _side(bought, "Orm", "place")
    ran = "For a while Ivo Lind ran the Tarn Bank in Orm."
    assert not _side(ran, "Tarn Bank", "organisation")
    assert not _side(ran, "Orm", "place")
    stayed = "Ivo Lind ran the Tarn Bank for a while and then bought the Kell Mill."
    assert not _side(stayed, "Kell Mill", "organisation")
    closed = "After Ivo Lind bought the Kell Mill, Ada ran the Tarn Bank."
    assert _side(closed, "Kell Mill", "organisation")


def test_a_name_described_on_the_way_to_another_point() -> None:
    agency = "Orvex, the border agency of Tarland, sits in Vell."
    assert described_in_passing(agency, "Orvex", "Orvex is the border agency of Tarland.")
    made = "It was made for Odo, the Bishop of Orm, in wool."
    assert described_in_passing(made, "Odo", "Odo was the Bishop of Orm.")
    took = "They took Petra, the citadel of Mil, and Kanin."
    assert described_in_passing(took, "Petra", "Petra was the citadel of Mil.")
    home = "Vell is home to Orm Field, the busiest airport of Tarland, and Kell Field."
    assert not described_in_passing(
        home, "Orm Field", "Orm Field is the busiest airport of Tarland."
    )
    mayor = "Ivo Lund, a baker from Kell, was the first mayor of Vell."
    assert not described_in_passing(mayor, "Ivo Lund", "Ivo Lund was the first mayor of Vell.")


def _what_it_is(claim: str, term: str) -> bool:
    at = claim.index(term)
    return says_what_it_is(claim, at, at + len(term))


def test_a_defining_clause_says_what_its_term_is() -> None:
    assert _what_it_is("The class Q is the set of problems solved in an hour.", "Q")
    assert _what_it_is("A loop of wire is called a coil.", "coil")
    assert not _what_it_is("The Vell Regatta predates the rowing match.", "rowing match")


def test_a_rank_among_its_kind_stands_on_its_own() -> None:
    assert ranks_among_its_kind("Lake Orra is the deepest lake in the Tarn hills.")
    assert ranks_among_its_kind("Orm Field is the second-busiest airport in Tarland.")
    assert ranks_among_its_kind("Ivo Lund was the first mayor of Vell.")
    assert not ranks_among_its_kind("Orvex is the border agency of Tarland.")
    assert not ranks_among_its_kind("Vell Harbour is the forest port of Tarland.")


def test_a_time_after_by_is_a_deadline() -> None:
    assert deadline_time("year", "The college taught law by ")
    assert deadline_time("period", "Most monks had fled Orm by the early ")
    assert deadline_time("date", "By ")
    assert not deadline_time("year", "The college taught law from ")
    assert not deadline_time("number", "The firm ran 47 trams by ")


_DOCUMENT = (
    "Orm Valley\n\n"
    "The Orm Valley is a farming region in the north of Tarland. "
    "Ren Okada, a geologist at Hollin University, found a fault under the Orm Valley in 1921. "
    "The Kell Bridge, designed by Ivo Brankov, was opened across the Orm River in 1934. "
    "By 1880, the Orm Valley College taught agronomy. "
    "The Orm Valley Railway, which had been bought by Vell Lines in 1890, carried grain to "
    "Kestport. "
    "Orvex, the flood agency of Tarland, has its seat in the Orm Valley.\n"
)


def test_an_imported_deck_asks_the_point_and_not_the_side_details(uncut: None) -> None:
    bank = build_deck(_DOCUMENT, deck="Orm Valley", file_name="orm.txt", markdown=False).bank
    asked = {(q.prompt, str(q.answer)) for q in bank.questions}
    answers = {answer for _, answer in asked}
    side = {"Hollin University", "1880", "Vell Lines", "1890", "Orvex"}
    assert not answers & side
    assert answers & {"Ren Okada", "1921"}
    assert answers & {"Kell Bridge", "1934"}
    assert "Ivo Brankov" in answers  # the bridge's own history, told of the subject
    assert answers & {"grain", "Kestport"}
