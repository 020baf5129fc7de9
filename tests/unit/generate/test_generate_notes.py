"""Study notes: plain statements of where, what of, what is released, asked as questions."""

from __future__ import annotations

import pytest

from factdeck.bank import Bank, QuestionType
from factdeck.generate import concepts, phrasing
from factdeck.generate.clean import clean_document
from factdeck.generate.pipeline import build_deck
from factdeck.generate.sentences import glossary_entry, split_sentences, with_topic


def _asked(text: str) -> tuple[str, str] | None:
    found = concepts.statement(text)
    if found is None:
        return None
    return found.question, found.claim[found.start : found.end]


@pytest.mark.parametrize(
    ("text", "question", "answer"),
    [
        (
            "Fermentation takes place in the cytoplasm.",
            "Where does fermentation take place?",
            "cytoplasm",
        ),
        (
            "The dark stage took place in the outer chamber.",
            "Where did the dark stage take place?",
            "outer chamber",
        ),
        ("Rusting occurs in moist air.", "Where does rusting occur?", "moist air"),
        (
            "A hailstone consists of layers of clear ice.",
            "What does a hailstone consist of?",
            "layers of clear ice",
        ),
        ("Glass is made of molten sand.", "What is glass made of?", "molten sand"),
        (
            "Water is absorbed in the large intestine.",
            "Where is water absorbed?",
            "large intestine",
        ),
        (
            "Carbon dioxide is released during the burning of wood.",
            "What is released during the burning of wood?",
            "Carbon dioxide",
        ),
        ("Surplus fat is stored as tallow.", "What is surplus fat stored as?", "tallow"),
        (
            "Maltose is converted into glucose by enzymes.",
            None,
            None,
        ),
        ("Starch is broken into sugars.", "What is starch broken into?", "sugars"),
        (
            "New sea ice is formed at the poles.",
            "Where is new sea ice formed?",
            "poles",
        ),
        (
            "The chief export of the valley is timber.",
            "What is the chief export of the valley?",
            "timber",
        ),
    ],
)
def test_a_plain_statement_is_asked_for_its_common_noun(
    text: str, question: str | None, answer: str | None
) -> None:
    expected = None if question is None or answer is None else (question, answer)
    assert _asked(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Brass is made of copper and zinc.",  # a list: no single answer to type
        "The town is located in a wide valley.",  # a state, not a process; "the town"?
        "The guild was concentrated in three streets.",  # a state says nothing that pins
        "The council consists of members elected by the wards.",  # "members": which?
        "It takes place in the kidneys.",  # what is "it"?
        "The ferry takes place in Dover.",  # a name is asked by the name rules
        "Heat is released.",  # "What is released?" fits anything
        "The lid is kept in the end.",  # "in the end": when, not where
        "The ice is formed at the same time.",  # when, not where
        "Bronze is made of copper alloyed with tin.",  # "copper" alone is not what it is made of
        "Their main product is wool.",  # whose?
    ],
)
def test_a_statement_that_pins_no_answer_is_not_asked(text: str) -> None:
    assert concepts.statement(text) is None


NOTE = """# Digestion

Digestion is the breakdown of food into molecules small enough to be absorbed.

## Where it happens

- Most chemical digestion takes place in the small intestine.
- Water is absorbed in the large intestine.
- Bile is produced in the liver and stored in the gallbladder.

## Products

- The end product of protein digestion is amino acids.
- Excess sugar is stored as glycogen.
"""


def _deck(text: str, *, markdown: bool) -> Bank:
    return build_deck(text, deck="Digestion", file_name="note.md", markdown=markdown).bank


def test_a_markdown_note_gets_the_questions_a_teacher_would_ask(uncut: None) -> None:
    bank = _deck(NOTE, markdown=True)
    asked = {
        q.prompt: str(q.answer)
        for q in bank.questions
        if q.type in (QuestionType.TYPED, QuestionType.MULTIPLE_CHOICE)
    }
    assert asked["Where does most chemical digestion take place?"] == "small intestine"
    assert asked["What is the end product of protein digestion?"] == "amino acids"
    assert asked["What is excess sugar stored as?"] == "glycogen"
    assert all(prompt.endswith("?") for prompt in asked)


def test_a_definition_is_asked_rather_than_a_statement_of_the_same_answer() -> None:
    text = (
        "Wetlands\n\nThe spongy layer of dead moss in a bog is called peat. "
        "Most of the carbon of a bog is stored in the peat. "
        "Carbon in a bog is stored as peat. "
        "Bogs form where rain is the only source of water."
    )
    bank = build_deck(text, deck="Wetlands", file_name="w.txt", markdown=False).bank
    prompts = [q.prompt for q in bank.questions if str(q.answer) == "peat"]
    assert prompts == ["What is the spongy layer of dead moss in a bog called?"]


def test_a_note_asks_for_its_subject_by_its_definition() -> None:
    text = (
        "# Osmosis\n\n"
        "Osmosis is the movement of water across a partially permeable membrane.\n\n"
        "- Water moves from a dilute solution to a concentrated solution.\n"
        "- Osmosis takes place in the roots of plants.\n"
    )
    bank = build_deck(text, deck="Osmosis", file_name="o.md", markdown=True).bank
    asked = {q.prompt: str(q.answer) for q in bank.questions}
    question = "What is the movement of water across a partially permeable membrane?"
    assert asked[question] == "Osmosis"
    assert asked["Where does osmosis take place?"] == "roots of plants"


def test_only_the_subjects_own_definition_makes_it_an_answer() -> None:
    defined = phrasing.definition("Osmosis is the movement of water across a membrane.")
    assert defined is not None
    assert concepts.defines_subject(defined, "osmosis")
    assert not concepts.defines_subject(defined, "diffusion")


@pytest.mark.parametrize(
    ("line", "sentence"),
    [
        (
            "Stroma – the fluid that fills a chloroplast",
            "Stroma is the fluid that fills a chloroplast.",
        ),
        ("Tariff: a tax on imported goods.", "tariff is a tax on imported goods."),
        (
            "Enzymes: the proteins that speed up reactions",
            "enzymes are the proteins that speed up reactions.",
        ),
        ("Note: the test is on Friday.", None),
        ("Opening hours: 9 to 5", None),
        ("Glue: sticky", None),
    ],
)
def test_a_term_and_its_description_on_one_line_read_as_a_definition(
    line: str, sentence: str | None
) -> None:
    assert glossary_entry(line) == sentence


def test_glossary_lines_of_a_note_are_asked_as_definitions() -> None:
    markdown = (
        "# Plant tissues\n\n"
        "- **Xylem** – the tissue that carries water up a stem.\n"
        "- **Phloem** – the tissue that carries sugars down a stem.\n"
    )
    bank = build_deck(markdown, deck="Plants", file_name="p.md", markdown=True).bank
    asked = {q.prompt: str(q.answer) for q in bank.questions}
    assert asked["What is the tissue that carries water up a stem?"] == "Xylem"
    assert asked["What is the tissue that carries sugars down a stem?"] == "Phloem"
    plain = (
        "Trade\n\n"
        "Tariff: a tax that a government charges on imported goods.\n"
        "Quota: a limit that a government sets on the amount of a good imported.\n"
    )
    bank = build_deck(plain, deck="Trade", file_name="t.txt", markdown=False).bank
    asked = {q.prompt: str(q.answer) for q in bank.questions}
    assert asked["What is a tax that a government charges on imported goods called?"] == "Tariff"


@pytest.mark.parametrize(
    ("text", "question", "answer"),
    [
        (
            "Ribosomes make proteins from amino acids.",
            "What do ribosomes make from amino acids?",
            "proteins",
        ),
        (
            "Ada Lovelace wrote the first program in 1843.",
            None,  # "first program": an evaluative ordinal is no term; the name rules ask it
            None,
        ),
        (
            "Johan Gadolin isolated the oxide of yttrium in 1794.",
            "What did Johan Gadolin isolate in 1794?",
            "oxide of yttrium",
        ),
        (
            "Sponge farmers grow sponges on ropes.",
            "What do sponge farmers grow on ropes?",
            "sponges",
        ),
    ],
)
def test_the_object_of_a_note_line_is_asked_with_do_support(
    text: str, question: str | None, answer: str | None
) -> None:
    expected = None if question is None or answer is None else (question, answer)
    found = concepts.statement(text, note_line=True)
    assert (None if found is None else (found.question, found.claim[found.start : found.end])) == (
        expected
    )


@pytest.mark.parametrize(
    "text",
    [
        "Potters joined forces with the guild to build a kiln.",  # an idiom and a purpose
        "Weaving stores colliding threads in a basket.",  # "colliding" is no verb of "stores"
        "The strike prompted the owners to raise the wages.",  # a complement, not a thing
        "The council considered closing the mill in the spring.",  # an action
        "Lighthouses have a lamp at the top.",  # what a thing has is one of many things
        "Repairs take weeks in the winter.",  # "take weeks": how long, not what
        "It produces bile in the liver.",  # what is "it"?
    ],
)
def test_an_object_that_is_no_thing_to_recall_is_not_asked(text: str) -> None:
    assert concepts.statement(text, note_line=True) is None


def test_the_object_of_a_sentence_in_prose_is_left_to_the_name_rules() -> None:
    assert concepts.statement("Ribosomes make proteins from amino acids.") is None


def test_lines_of_a_plain_text_list_without_markers_are_separate_points() -> None:
    text = "Tides\n\nAre caused by the pull of the moon\nSpring tides follow a full moon\n"
    cleaned = clean_document(text)
    points = split_sentences("d", cleaned.text, headings=cleaned.headings)
    assert [s.text for s in points] == [
        "Tides are caused by the pull of the moon.",
        "Spring tides follow a full moon",
    ]
    assert all(s.note_line for s in points)


def test_hard_wrapped_prose_stays_one_sentence() -> None:
    text = "The old mill stood by the river\nuntil a flood in the spring\nwashed it away.\n"
    assert [s.text for s in split_sentences("d", text)] == [
        "The old mill stood by the river until a flood in the spring washed it away."
    ]


@pytest.mark.parametrize(
    ("point", "heading", "title", "completed"),
    [
        ("They store water in the stem.", "Cacti", False, "Cacti store water in the stem."),
        ("have a waxy coat", "Cacti", False, "Cacti have a waxy coat."),
        (
            "Takes place in the kidneys",
            "Filtration",
            True,
            "Filtration takes place in the kidneys.",
        ),
        ("is made of keratin", "The beak", False, "The beak is made of keratin."),
        ("site of gas exchange", "Alveoli", False, None),  # a noun phrase, no verb
        ("led to a famine", "Causes", False, None),  # the heading names a section
        ("contains a seed", "Fruit", False, None),  # "Fruit contains": the article is missing
        ("It stores water", "Cacti", False, None),  # "It" is not the cacti
        ("stores water in the stem", "Cacti", False, None),  # "Cacti stores": another subject
    ],
)
def test_a_point_without_a_subject_takes_its_heading(
    point: str, heading: str, title: bool, completed: str | None
) -> None:
    assert with_topic(point, heading, title=title) == completed


def test_points_under_a_heading_are_asked_about_the_heading() -> None:
    markdown = (
        "# Desert plants\n\n"
        "## Cacti\n\n"
        "- They store water in thick stems.\n"
        "- are found in dry regions\n"
    )
    cleaned = clean_document(markdown, markdown=True)
    assert cleaned.headings == ((1, "Desert plants"), (3, "Cacti"))
    bank = build_deck(markdown, deck="Deserts", file_name="d.md", markdown=True).bank
    asked = {q.prompt: str(q.answer) for q in bank.questions}
    assert asked["What do cacti store in thick stems?"] == "water"
    assert asked["Where are cacti found?"] == "dry regions"


def test_a_common_noun_opening_a_definition_is_not_taken_for_a_name() -> None:
    assert concepts.common_opening("Erosion is a wearing away of land.", set()) == (
        "erosion is a wearing away of land."
    )
    assert concepts.common_opening("Sky is a company.", {"Sky"}) is None  # a name in the text
    text = (
        "Soils\n\n"
        "Erosion is a wearing away of land by water or wind. "
        "Farmers plant hedges because erosion strips the fertile topsoil from their fields."
    )
    bank = build_deck(text, deck="Soils", file_name="s.txt", markdown=False).bank
    asked = {q.prompt: str(q.answer) for q in bank.questions}
    # in lower case, as the text writes it mid-sentence
    assert asked["What is a wearing away of land by water or wind called?"] == "erosion"


def test_a_quantifier_shows_that_a_verb_like_word_is_a_noun() -> None:
    defined = phrasing.definition("A treaty is a formal agreement between two or more states.")
    assert defined is not None
    assert defined.question == "What is a formal agreement between two or more states called?"


def test_a_verb_form_after_to_is_a_noun_in_a_definition() -> None:
    defined = phrasing.definition("The crew ratio is the ratio of sailors to ships.")
    assert defined is not None
    assert defined.question == "What is the ratio of sailors to ships?"
