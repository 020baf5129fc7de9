"""Readings narrowed so a question says only what its sentence says."""

from factdeck.generate import concepts, phrasing, topics
from factdeck.generate.extract import extract, prepare_sentences
from factdeck.generate.questions import cut_from_a_name
from factdeck.generate.sentences import split_sentences
from helpers.generation import auto_fact

_LOOM = (
    "A reel loom is a frame that winds thread onto bobbins. Weavers in the valley kept one in"
    " every house. The frame stood by the hearth through the winter. A reel loom is a machine"
    " that turns a crank to wind yarn."
)


def test_an_adverb_after_is_is_no_indefinite_description() -> None:
    # "What is also ..." opens no "a/an" description: its "the pipe" still needs the text
    assert not concepts.clear_description("What is also carried by the pipe that joins the tank?")
    assert not concepts.clear_description(
        "What is almost always found in brooks that feed the pond?"
    )


def test_a_whole_joins_the_head_noun_before_its_relative_clause() -> None:
    wholes = {"spout": "a kettle", "hinge": "a gate"}
    assert (
        concepts.of_its_whole("What is the part that pours called?", "spout", wholes)
        == "What is the part of a kettle that pours called?"
    )
    assert (
        concepts.of_its_whole("What is the item which joins the two posts called?", "hinge", wholes)
        == "What is the item of a gate which joins the two posts called?"
    )
    assert (
        concepts.of_its_whole("What is the item at the side called?", "hinge", wholes)
        == "What is the item at the side of a gate called?"
    )


def test_a_titles_bracket_does_not_hide_the_subject_defined_twice() -> None:
    found = extract(split_sentences("doc", _LOOM), "Reel loom (machine)", selective=True)
    defined = [c.sentence.text for c in found.candidates if c.form == "definition"]
    assert defined == [
        "A reel loom is a frame that winds thread onto bobbins.",
    ]


def test_a_month_or_describing_compound_before_a_name_is_no_part_of_it() -> None:
    dated = auto_fact(
        "organisation",
        "Vell Council",
        "In March Vell Council voted to close the mill.",
        "In March, which council voted to close the mill?",
    )
    described = auto_fact(
        "organisation",
        "Vell Council",
        "The Tarby-based Vell Council voted to close the mill.",
        "Which council voted to close the mill?",
    )
    longer = auto_fact(
        "organisation",
        "Vell Council",
        "The Upper Vell Council voted to close the mill.",
        "Which council voted to close the mill?",
    )
    assert not cut_from_a_name(dated)
    assert not cut_from_a_name(described)
    assert cut_from_a_name(longer)


def test_a_given_name_before_a_family_name_may_be_the_he_that_follows() -> None:
    text = (
        "The Kell Choir sang in the old hall. Ivo Hall fled to Orm in 1795. He returned in 1801"
        " and led the choir again."
    )
    prepared = [s.text for s in prepare_sentences(split_sentences("doc", text), "Kell Choir")]
    assert prepared[-1] == "Ivo Hall returned in 1801 and led the choir again."
    assert phrasing.names_no_person("Kell Academy")


def test_its_after_an_indefinite_head_binds_only_inside_the_things_own_phrase() -> None:
    assert phrasing.unbound_context_words("a town in its south") == 1
    assert phrasing.unbound_context_words("a port on their coast") == 1
    assert phrasing.unbound_context_words("a drum whose skin keeps its tension") == 0
    assert phrasing.unbound_context_words("a cart with its own brake") == 0


def test_or_gives_another_name_only_before_a_defining_predicate() -> None:
    assert concepts.or_alias("Broth, or stew, is served at noon in most inns.") is None
    assert concepts.or_alias("The heir, or failing him the elders, was to pick the abbot.") is None
    assert concepts.or_alias("A gravel spit, or its tail, is a ridge of stones.") is None
    named = concepts.or_alias("A gravel spit, or shoal, is a ridge of stones at a bay.")
    assert named is not None
    assert named.claim == "A gravel spit is also known as shoal."


def test_a_topic_is_not_named_by_a_longer_word_that_starts_with_it() -> None:
    texts = ["Tarn is a town in western Vell.", "Tarn has a mill on the river."]
    topic = topics.document_topic(texts, "Tarn", "town")
    assert topic is not None
    assert not topic.names_it("Who married Ada Tarnley?")
    assert not topic.names_it("Tarnby")
    assert topic.names_it("Tarn's mill")
    assert topic.names_it("the Tarnish dialect")


def test_a_place_name_ending_like_an_adjective_may_name_its_body() -> None:
    sorted_by = topics.document_topic(
        ["Brijan University is a school in Vell.", "Brijan University has a library."],
        "Brijan University",
        "school",
    )
    assert sorted_by is not None
    assert "Brijan" in sorted_by.forms
    known = topics.document_topic(
        ["Scottish Academy is a school in Vell.", "Scottish Academy has a library."],
        "Scottish Academy",
        "school",
    )
    assert known is None or "Scottish" not in known.forms
