"""Short and variant forms a learner who knows the answer would type, accepted where the
document names nothing else they could mean."""

from __future__ import annotations

from factdeck.generate.questions import learner_short_forms, with_document_forms
from helpers.generation import accepts, auto_fact, document_evidence

_WRITTEN_ALONE = {"VXS", "TV", "Orm Mountain"}


def _forms(
    answer: str, others: tuple[str, ...] = (), prompt: str = "", quote: str = ""
) -> list[str]:
    return learner_short_forms(answer, others, _WRITTEN_ALONE.__contains__, prompt, quote)


def test_an_office_of_a_thing_is_called_by_the_thing() -> None:
    assert "Salt Tithe" in _forms("Department of the Salt Tithe", ("Salt Tithe",))


def test_an_office_s_thing_another_name_holds_is_not_accepted() -> None:
    others = ("Department of the Salt Tithe", "Court of the Salt Tithe")
    assert "Salt Tithe" not in _forms("Department of the Salt Tithe", others)


def test_a_prefixed_product_is_called_by_its_base_where_written_alone() -> None:
    assert "VXS" in _forms("KR-VXS", ("KR-VXS", "VXS"))
    assert "VXS" not in _forms("KR-VXS", ("KR-VXS", "VXS", "TL-VXS"))
    assert "QZS" not in _forms("KR-QZS")
    assert "TV" not in _forms("KVLM-TV")


def test_an_adjective_in_ic_or_ical_takes_the_other_ending() -> None:
    assert "toroidical coil" in _forms("toroidic coil")
    assert "toroidic coil" in _forms("toroidical coil")
    assert "musical hall" not in _forms("music hall")
    assert "chemic bond" not in _forms("chemical bond")


def test_two_dictionary_adjectives_in_ic_and_ical_are_two_answers() -> None:
    assert "economical policy" not in _forms("economic policy")
    assert "historical building" not in _forms("historic building")
    assert "electrical chair" not in _forms("electric chair")


def test_an_office_of_a_role_is_not_called_by_the_role() -> None:
    assert "President" not in _forms("Office of the President")
    assert "Prime Minister" not in _forms("Office of the Prime Minister")


def test_zero_and_no_before_a_quantity_are_one_answer() -> None:
    assert "no thrust" in _forms("zero thrust")
    assert "zero thrust" in _forms("no thrust")
    assert "no hour" not in _forms("zero hour")


def test_parts_a_thing_is_divided_into_are_named_by_their_noun() -> None:
    quote = "Each bout is divided into two ninety-second rounds."
    forms = _forms("ninety-second rounds", prompt="What is each bout divided into?", quote=quote)
    assert "rounds" in forms
    assert "two rounds" in forms
    assert "rounds" not in _forms("ninety-second rounds", prompt="What did each bout last?")


def test_a_document_s_key_accepts_its_short_form() -> None:
    text = (
        "The Department of the Salt Tithe collects dues in Orvby. "
        "The Salt Tithe was reformed in 1902."
    )
    names = [("organisation", "Department of the Salt Tithe"), ("organisation", "Salt Tithe")]
    fact = auto_fact(
        "organisation",
        "Department of the Salt Tithe",
        "The Department of the Salt Tithe collects dues in Orvby.",
        "Which department collects dues in Orvby?",
    )
    assert accepts(with_document_forms(fact, document_evidence(text), names), "Salt Tithe")


def test_a_valley_named_by_its_river_is_called_without_the_river_word() -> None:
    assert "Orm Valley" in _forms("Orm River Valley")
    assert "Kell Delta" in _forms("Kell River Delta")
    assert "Orm Valley" not in _forms("Orm Valley Railway")
