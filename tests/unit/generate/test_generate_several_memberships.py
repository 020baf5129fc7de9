"""A holder the document makes a member of several bodies is not asked which one, on small
texts written for the tests."""

from factdeck.generate.gates import one_of_several_memberships
from helpers.generation import selected_candidates


def _questions(title: str, text: str) -> list[str]:
    return [c.question for c in selected_candidates(title, text) if c.question]


_ROWER = (
    "Ivo Marr is a Vessian rower and coach. He was born in Tarnby in 1970.\n\n"
    "Marr made the all-county team at school. He was a member of the Tarnby Debating Society, "
    "graduating first in his class. At university he rowed for three years.\n\n"
    "While at Kell University, Marr was a member of the Orva Chess Club. He coached the Kell "
    "crew from 2001 to 2010.\n"
)


def test_one_of_several_memberships_is_not_asked() -> None:
    questions = _questions("Ivo Marr", _ROWER)
    assert not any("which society" in q or "which body" in q for q in questions), questions
    assert "Marr was a member of which club?" in questions  # the one club


def test_memberships_of_one_holder() -> None:
    texts = [
        "Orm was a member of the Kell Guild.",
        "He joined the Vessian Rowing Club in 1990.",
        "Ivo Rask was a member of the Lund Society.",
    ]
    asked = "Orm was a member of which body?"
    assert one_of_several_memberships(asked, "Kell Guild", texts)
    assert one_of_several_memberships("Which body did Orm join?", "Vessian Rowing Club", texts)
    assert not one_of_several_memberships(asked, "Kell Guild", [texts[0], texts[2]])
    assert not one_of_several_memberships(
        "Orm was a member of which body in 1985?", "Kell Guild", texts
    )
    assert not one_of_several_memberships("Orm was a member of which guild?", "Kell Guild", texts)


def test_only_the_holder_s_memberships_count() -> None:
    asked = "Orm was a member of which body?"
    told = "Orm was a member of the Kell Guild."
    for others in (
        "In 1990 Orm met Ada Vell, who was a member of the Lund Society.",
        "Orm's son joined the Lund Society.",
        "Ada Vell, the niece of Orm, joined the Lund Society.",
        "Orm wrote to Ada Vell, a member of the Lund Society.",
        "Orm wrote to Ada Vell and her brother joined the Lund Society.",
        "In 1961 Orm moved to Tarnby and his son joined the Lund Society.",
    ):
        assert not one_of_several_memberships(asked, "Kell Guild", [told, others]), others
    for own in (
        "Orm, who was born in Tarnby, joined the Lund Society.",
        "In 1990, Orm and Ada Vell joined the Lund Society.",
        "Orm was a founding member of the Lund Society.",
        "In 1961 Orm moved to Tarnby and joined the Lund Society.",
        "In 1961 Orm and his wife joined the Lund Society.",
        "He and his wife joined the Lund Society in 1961.",
    ):
        assert one_of_several_memberships(asked, "Kell Guild", [told, own]), own


def test_kin_who_join_after_another_clause_join_alone() -> None:
    asked = "Orm was a member of which body?"
    told = "Orm was a member of the Kell Guild."
    for others in (
        "Orm sold the farm in 1958, and his daughter joined the Lund Society.",
        "Orm moved away in 1960 and his two sons joined the Lund Society.",
        "Orm lost the vote, and her brother joined the Lund Society.",
    ):
        assert not one_of_several_memberships(asked, "Kell Guild", [told, others]), others


def test_the_holder_s_one_club_is_asked_when_kin_join_another() -> None:
    text = _ROWER.replace(
        "He coached the Kell crew from 2001 to 2010.",
        "He coached the Kell crew from 2001. Marr retired in 2010, and his daughter joined "
        "the Vessa Bridge Club.",
    )
    assert "Marr was a member of which club?" in _questions("Ivo Marr", text)


def test_a_long_chain_of_places_is_read_to_its_end() -> None:
    # The chain is read in one pass (it was read again from each "of", which took seconds);
    # its cost is measured by the benchmarks, not asserted here.
    told = "Orm was a member of the Kell Guild."
    chain = "Orm lived in " + "Tarnby of " * 3000 + "Lund, where Ivo Rask joined the Lund Society."
    assert not one_of_several_memberships(
        "Orm was a member of which body?", "Kell Guild", [told, chain]
    )
