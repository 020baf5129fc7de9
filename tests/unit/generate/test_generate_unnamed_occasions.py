"""A count or a "by whom" of one occasion among several (attacks, games, storms) says which,
a name cut to its sort with capitals is no name, and an arrival says where, on small texts
written for the tests."""

from factdeck.generate.gates import occasion_counts, occasion_without_its_anchor
from factdeck.generate.referents import Referents
from factdeck.generate.sentences import split_sentences
from factdeck.generate.topics import arrived_nowhere
from helpers.generation import selected_candidates


def _questions(title: str, text: str) -> list[str]:
    return [c.question for c in selected_candidates(title, text) if c.question]


_STORMS = (
    "The 1998 Orm Sea storm season was a quiet season of tropical depressions in the Orm Sea. "
    "It had eleven depressions.\n\n"
    "In May, the Vessian weather office watched Tropical Depression 12K near Kell. The "
    "depression moved west and faded on May 9. A few days later, the office watched Tropical "
    "Depression 14K, which formed on May 12 near Tarnby. The depression dropped 200 mm of rain "
    "on Tarnby. The depression also killed four people in floods.\n\n"
    "In July, Tropical Depression Ilse struck the coast of Vessia and killed thirty people.\n"
)


def test_a_count_of_one_storm_among_several_is_not_asked_without_its_name() -> None:
    # "the depression" once read "the Tropical Depression", cut from "Tropical Depression
    # 14K"; now it stays as it is, and neither way is a count of it asked
    questions = _questions("X", _STORMS)
    assert not any(q.startswith("How many") and "Ilse" not in q for q in questions), questions


_GAMES = (
    "Piet Varl is a Vessian basketball coach. He has coached the Orm Rams since 2004.\n\n"
    "In 2009 the Rams reached the national tournament. Picked by many to lose a first-round "
    "game against Kell State, the Rams advanced on a late basket by Ivo Rask. Rask was also "
    "decisive in their next game, scoring with one second left to beat Tarnby. Jan Holm scored "
    "30 points in the win. The Rams lost the final to Lund on April 6, 2009.\n\n"
    "Varl won 166 games in his first six seasons.\n"
)


def test_by_whom_of_a_game_the_question_dropped_is_not_asked() -> None:
    questions = _questions("X", _GAMES)
    assert not any("by whom" in q for q in questions), questions
    assert "How many games did Piet Varl win in his first six seasons?" in questions


def test_occasions_that_need_their_anchor() -> None:
    texts = [
        "The Orva was attacked by twelve aircraft on 3 May.",
        "A second attack came in June.",
        "She dodged nine torpedoes.",
        "Six men were killed during this attack.",
    ]
    told = texts[2:]
    assert occasion_without_its_anchor(
        "How many torpedoes did the Orva dodge?", told, "X", occasion_counts(texts)
    )
    assert not occasion_without_its_anchor(
        "How many torpedoes did the Orva dodge on 3 May 1941?", told, "X", occasion_counts(texts)
    )
    storms = ["The storm killed ten.", "The storm faded.", "Two storms formed."]
    asked = "How many people did the Tropical Storm kill?"
    assert occasion_without_its_anchor(asked, storms[:1], "X", occasion_counts(storms))
    assert not occasion_without_its_anchor(
        "How many people did Tropical Storm Ilse kill?", storms[:1], "X", occasion_counts(storms)
    )
    assert not occasion_without_its_anchor(
        "How many people did Tropical Storm 14K kill?", storms[:1], "X", occasion_counts(storms)
    )
    # the one storm the document is about
    assert not occasion_without_its_anchor(
        asked, storms[:1], "Hurricane Ilse", occasion_counts(storms)
    )
    assert occasion_without_its_anchor(
        asked, storms[:1], "1998 Orm storm season", occasion_counts(storms)
    )
    # not a count, or a count of many occasions
    assert not occasion_without_its_anchor(
        "Who did the storm kill?", storms[:1], "X", occasion_counts(storms)
    )
    games = ["Orm won 12 games.", "Orm lost the game to Kell."]
    assert not occasion_without_its_anchor(
        "How many games did Orm win?", games[:1], "X", occasion_counts(games)
    )


def test_an_arrival_for_a_purpose_names_no_place() -> None:
    assert arrived_nowhere("Marshal Orde arrived to take command of how many men?")
    assert not arrived_nowhere("Marshal Orde arrived to take command at Kell?")
    assert not arrived_nowhere("Who arrived to cheers?")


def _resolved(text: str) -> str:
    sentences = split_sentences("doc", text)
    return Referents(sentences, "X", None).resolved(sentences[-1].text, sentences[-1])


def test_a_coded_name_is_not_cut_to_its_sort_with_capitals() -> None:
    one = "Kell watched Tropical Storm 14K near Orm. The storm killed four people."
    assert _resolved(one) == "The Tropical Storm 14K killed four people."
    two = "Kell saw Tropical Storm 12K in May. Orm saw Tropical Storm 14K in June. The storm hit."
    assert _resolved(two) == "The storm hit."


def test_a_sort_several_coded_names_fit_leans_on_the_unseen() -> None:
    text = "Kell saw Tropical Storm 12K in May. Orm saw Tropical Storm 14K in June. The storm hit."
    sentences = split_sentences("doc", text)
    referents = Referents(sentences, "X", None)
    asked = "What did the storm destroy?"
    assert referents.leans_on_unseen(asked, "Lund", "", sentences[-1])
    assert not referents.leans_on_unseen(asked, "Lund", "", sentences[0])  # none before
