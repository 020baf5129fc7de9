"""A question on a post or a membership taken at the document's subject, an institution,
names it where its sentence leaves it implicit, on small texts written for the tests."""

from factdeck.generate.pipeline import build_deck
from factdeck.generate.topics import document_institution, with_institution
from helpers.generation import selected_candidates

_ABBEY = (
    "Kellmoor Abbey is a Benedictine monastery near Tarnby in Vessia. The abbey was founded in "
    "1120 by monks from Orm. It owns large estates along the river Kell.\n\n"
    "Ivo Rask was elected abbot in 1901 and led the monks until his death in 1920. Anselm "
    "Orde, a 1919 graduate of the Tarnby Seminary, joined as prior in 1921. He rebuilt the "
    "cloister in 1925. Piet Varl served as librarian from 1926 to 1930, and catalogued four "
    "thousand books.\n"
)


def _questions(title: str, text: str) -> list[str]:
    return [c.question for c in selected_candidates(title, text) if c.question]


def test_a_post_taken_at_the_subject_names_it() -> None:
    questions = _questions("Kellmoor Abbey", _ABBEY)
    assert "Who joined Kellmoor Abbey as prior in 1921?" in questions
    assert "In what year did Anselm Orde join Kellmoor Abbey as prior?" in questions
    assert "Who served as librarian at Kellmoor Abbey from 1926 to 1930?" in questions
    assert not any(" as prior" in q and "Kellmoor" not in q for q in questions)


def test_the_subject_of_a_post_is_an_institution() -> None:
    texts = ["Orm Hall is a synagogue in Kell.", "It was built in 1901."]
    topic = document_institution(texts, "Orm Hall", "synagogue")
    assert topic is not None and topic.name == "Orm Hall"
    assert document_institution(["Orm Hall is a dance of Kell."], "Orm Hall", "dance") is None
    assert document_institution(["Kell is a city in Vessia."], "Kell", "city") is None


def test_a_post_with_its_body_or_no_post_is_left_as_it_is() -> None:
    topic = document_institution(["Orm Hall is a synagogue in Kell."], "Orm Hall", "synagogue")
    assert topic is not None
    assert with_institution("Who became a member in 1990?", topic, "Ivo Marr") == (
        "Who became a member of Orm Hall in 1990?"
    )
    assert with_institution("Who was appointed cantor?", topic, "Ivo Marr") == (
        "Who was appointed cantor of Orm Hall?"
    )
    assert with_institution("Who was hired as cantor in 1990?", topic, "Ivo Marr") == (
        "Who was hired as cantor at Orm Hall in 1990?"
    )
    for question in (
        "Who served as rabbi in Lund?",  # a place of its own
        "Who joined Orm Hall as cantor in 1990?",  # names the subject
        "Where did Ivo Marr serve as cantor?",  # asks where
        "Who became famous in 1990?",  # no post
        "Who served as a model for the hero?",  # the post's own complement
        "Who was named after his father?",
        "Whom did Ivo Marr join as cantor in 1990?",  # the one joined is asked
    ):
        assert with_institution(question, topic, "Ivo Marr") == question


def test_a_state_of_life_or_a_trade_held_elsewhere_is_no_post_at_the_subject() -> None:
    text = (
        "Kell Synagogue is a synagogue in Lund, Varland. It was founded in 1901. "
        "Anna Brook became a widow in 1941. Dan Ash became a father in 1950. "
        "Eli Marr joined as cantor in 1952."
    )
    prompts = [
        q.prompt
        for q in build_deck(
            text, deck="Kell Synagogue", file_name="k.txt", markdown=False
        ).bank.questions
    ]
    assert not any("widow of" in p or "father of" in p for p in prompts)
