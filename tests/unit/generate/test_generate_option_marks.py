"""Options of an imported question fit the key as the document or the question marks it: a
person of its role or a role of its trade, of its generation and of its sex; a place of its
land and its time; written in its form. Where three such options cannot be found the
question is typed rather than padded."""

from __future__ import annotations

from factdeck.generate.distractors import asked_roles, asked_sex, same_person_form
from factdeck.generate.evidence import sex_marks
from factdeck.generate.facts import FactRecord
from helpers.generation import auto_fact, document_evidence, option_pool


def _accepted(text: str, kind: str, fact: FactRecord, names: list[str]) -> list[str]:
    pool = option_pool(text, kind, [*names, fact.answer], fact)
    return [name for name in names if pool._same_sort(fact, name)]


_SEES = (
    "Sees of Tarland\n\n"
    "The bishop Ivo Lind consecrated the chapel at Orm in 1702. "
    "The priest Rolf Dane preached at Holm in 1704. "
    "The merchant Otto Kell sold wool at Holm in 1703. "
    "Pia Lund sang at Holm in 1705."
)
_CONSECRATED = "The bishop Ivo Lind consecrated the chapel at Orm in 1702."


def test_a_key_the_document_gives_a_role_takes_only_people_of_a_role_of_its_trade() -> None:
    fact = auto_fact("person", "Ivo Lind", _CONSECRATED, "Who consecrated the chapel at Orm?")
    names = ["Rolf Dane", "Otto Kell", "Pia Lund"]
    assert _accepted(_SEES, "person", fact, names) == ["Rolf Dane"]


def test_a_question_asking_who_held_a_role_names_that_role() -> None:
    assert asked_roles("Who was the first Tarland bishop to preach in Orm?") == {"bishop"}
    assert asked_roles("Who was the guild's treasurer in 1881?") == {"treasurer"}
    assert asked_roles("Who sold wool at Holm?") == frozenset()


_GUILD = (
    "The Orm Guild\n\n"
    "Ada Venn led the guild in 1881. Rolf Dane joined the guild in 1876.\n\n"
    "Otto Kell founded the guild in 1830. Ivo Brask praised the guild.\n\n"
    "Tarn grew fast.\n\n"
    "In 1879 the guild hall burned. Pia Lund sang for the guild."
)


def test_a_dated_person_question_takes_only_people_dated_near_its_time() -> None:
    fact = auto_fact("person", "Ada Venn", "Ada Venn led the guild in 1881.", "Who led the guild?")
    # Ivo Brask, whose own sentence gives no year, by the time of his paragraph; Pia Lund,
    # likewise undated, is outside the key's passage: her paragraph's year may not be hers
    names = ["Rolf Dane", "Otto Kell", "Ivo Brask", "Pia Lund"]
    assert _accepted(_GUILD, "person", fact, names) == ["Rolf Dane"]


_MARRIAGES = (
    "Arvid Lenk\n\n"
    "Arvid Lenk was a painter of Orm. In 1881 he married Maren Tolle at Holm. "
    "His sister Greta Lenk kept his house after 1880. "
    "Tomas Berg painted him in 1882. His brother Nils Holm framed the work in 1883. "
    "Ilse Varn sold the painting in 1884."
)
_MARRIED = "In 1881 he married Maren Tolle at Holm."


def test_a_question_of_marriage_takes_only_people_the_document_marks_of_the_key_s_sex() -> None:
    fact = auto_fact("person", "Maren Tolle", _MARRIED, "Whom did Arvid Lenk marry in 1881?")
    text = _MARRIAGES.replace("he married Maren Tolle", "he married his pupil, Maren Tolle")
    text += " Maren Tolle signed her first canvas in 1885."
    names = ["Greta Lenk", "Tomas Berg", "Nils Holm", "Ilse Varn"]
    assert _accepted(text, "person", fact, names) == ["Greta Lenk"]


def test_a_question_of_marriage_with_a_key_of_no_known_sex_takes_no_option() -> None:
    fact = auto_fact("person", "Maren Tolle", _MARRIED, "Whom did Arvid Lenk marry in 1881?")
    names = ["Greta Lenk", "Tomas Berg", "Nils Holm", "Ilse Varn"]
    assert _accepted(_MARRIAGES, "person", fact, names) == []


def test_a_question_of_no_kin_with_a_key_of_no_known_sex_takes_people_of_either() -> None:
    fact = auto_fact("person", "Maren Tolle", _MARRIED, "Who painted Arvid Lenk in 1881?")
    names = ["Greta Lenk", "Tomas Berg", "Nils Holm", "Ilse Varn"]
    assert _accepted(_MARRIAGES, "person", fact, names) == names


def test_a_sentence_marks_a_person_s_sex_by_kin_title_or_pronoun() -> None:
    assert sex_marks("Greta Lenk", "His sister Greta Lenk kept house.") == ["female"]
    assert sex_marks("Nils Holm", "Nils Holm, her brother, framed it.") == ["male"]
    assert sex_marks("Ilse Varn", "In 1884, Ilse Varn sold her house.") == ["female"]
    assert sex_marks("Ilse Varn", "Ilse Varn sold it.", "He bought it back.") == ["male"]
    # the pronoun after another name may be that name's
    assert sex_marks("Ilse Varn", "Ilse Varn met Tomas Berg.", "He bought it.") == []
    assert sex_marks("Ilse Varn", "Tomas Berg met Ilse Varn and her son.") == []
    assert asked_sex("Who was Arvid Lenk's wife?") == "female"
    assert asked_sex("Which duke besieged Orm?") == "male"
    assert asked_sex("Who besieged Orm?") is None


def test_a_man_s_key_takes_no_woman_the_document_marks_so() -> None:
    text = _MARRIAGES + " Tomas Berg sold his studio in 1885."
    fact = auto_fact(
        "person", "Tomas Berg", "Tomas Berg painted him in 1882.", "Who painted Arvid Lenk?"
    )
    names = ["Greta Lenk", "Nils Holm", "Ilse Varn"]
    assert _accepted(text, "person", fact, names) == ["Nils Holm", "Ilse Varn"]


def test_a_person_option_is_written_in_the_key_s_form() -> None:
    assert not same_person_form("Ivo Lind", "Professor Ada Venn")
    assert not same_person_form("Ivo Lind", "Chief Orenda")
    assert not same_person_form("Olaf II", "Ivo Lind")
    assert not same_person_form("Lind", "Rolf Dane")
    assert same_person_form("Olaf II", "Harald III of Orm")
    assert same_person_form("Ivo Lind", "Ada de Venn")


_EXILE = (
    "Ilsen Marr\n\n"
    "In 1879 Ilsen Marr was held under police guard at Kranzbach in Austria.\n\n"
    "In 1878 his brother was held at Reutte, in Austria.\n\n"
    "In 1877 his cousin was held at Delmont, in Canada.\n\n"
    "In 1921 he made his home at Steyr in Austria.\n\n"
    "In 1880 he found shelter at Lienz in Austria."
)
_SENT = "In 1879 Ilsen Marr was held under police guard at Kranzbach in Austria."


def test_a_dated_place_question_takes_places_of_the_key_s_land_and_time() -> None:
    fact = auto_fact(
        "place", "Kranzbach", _SENT, "Where was Ilsen Marr held under police guard in 1879?"
    )
    names = ["Reutte", "Delmont", "Steyr", "Lienz"]
    assert _accepted(_EXILE, "place", fact, names) == ["Reutte", "Lienz"]


def test_the_lands_of_a_place_are_those_named_beside_it_else_in_its_paragraph() -> None:
    text = _EXILE + " The town of Lienz had a bridge.\n\nThe Lienz bridge fell."
    pool = option_pool(text, "place", ["Kranzbach", "Lienz"], auto_fact("place", "x", "", ""))
    assert pool._lands("doc", "Delmont") == {"Canada"}
    assert pool._lands("doc", "Lienz") == {"Austria"}
    evidence = document_evidence("Orm\n\nAda sang. Ivo left.\n\nIvo came back.")
    assert evidence.paragraphs_naming("doc", "Ada") == ["Ada sang.", "Ivo left."]


_CAMPUS = (
    "Orm College\n\n"
    "In 1955 Edda Kallio drew a new plan for the campus. "
    "The library was designed by Kallio in 1956. "
    "Tomas Berg studied sleep at the college in 1953. "
    "The architect Nils Holm built the chapel in 1957."
)


def test_a_role_the_document_gives_by_the_surname_alone_is_the_person_s() -> None:
    fact = auto_fact(
        "person",
        "Edda Kallio",
        "In 1955 Edda Kallio drew a new plan for the campus.",
        "Who drew a new plan for the campus in 1955?",
    )
    assert _accepted(_CAMPUS, "person", fact, ["Tomas Berg", "Nils Holm"]) == ["Nils Holm"]


_MILLS = (
    "Mills of Orm\n\n"
    "Kell Brothers bought the old mill in 1902. "
    "Vell Milling bought the river mill in 1904. "
    "Ivo Lind bought the upper mill in 1905. Ivo Lind sold his share in 1910. "
    "Orm Grain bought the lower mill in 1906."
)


def test_a_name_the_document_marks_as_a_man_or_a_woman_is_no_option_among_firms() -> None:
    fact = auto_fact(
        "organisation",
        "Kell Brothers",
        "Kell Brothers bought the old mill in 1902.",
        "Which firm bought the old mill in 1902?",
    )
    names = ["Vell Milling", "Ivo Lind", "Orm Grain"]
    assert _accepted(_MILLS, "organisation", fact, names) == ["Vell Milling", "Orm Grain"]
