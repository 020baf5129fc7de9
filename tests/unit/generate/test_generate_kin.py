"""A person named after "his brother", "her cousin": asked "which brother", since "his brother
whom" is no English, on small sentences written for the tests."""

import pytest

from factdeck.generate.phrasing import ask


def _ask(sentence: str, answer: str) -> str | None:
    start = sentence.index(answer)
    asked = ask(sentence, start, start + len(answer), "person")
    return asked[0] if asked else None


@pytest.mark.parametrize(
    ("sentence", "answer", "question"),
    [
        (
            "Queen Ilsa married her cousin Piet of Holm in 1420.",
            "Piet of Holm",
            "Which cousin did Queen Ilsa marry in 1420?",
        ),
        (
            "Duke Maro surrendered his son Teodor Varr as a hostage.",
            "Teodor Varr",
            "Which son did Duke Maro surrender as a hostage?",
        ),
        (
            "In 1290 Duke Maro was deposed by his rival Ivo Dane.",
            "Ivo Dane",
            "In 1290, Duke Maro was deposed by which rival?",
        ),
    ],
)
def test_a_relative_of_several_is_asked_which_one(
    sentence: str, answer: str, question: str
) -> None:
    assert _ask(sentence, answer) == question


def test_a_passive_keeps_whose_relative_is_asked() -> None:
    # "Which nephew succeeded Duke Maro?" would not say it was the duke's own nephew
    assert _ask("Duke Maro was succeeded by his nephew Ansel Varr.", "Ansel Varr") == (
        "By which nephew was Duke Maro succeeded?"
    )


def test_a_relative_of_whom_there_is_one_is_not_asked_which() -> None:
    asked = _ask("Queen Ilsa was raised by her mother Alda of Holm.", "Alda of Holm")
    assert asked is None or "which mother" not in asked
