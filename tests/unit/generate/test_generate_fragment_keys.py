"""A key is a thing one can name, asked with the wh-word of its kind: never a piece of a
phrase ("up" of "open up", half of a score), never a faith asked "where", never a person put
in a role asked "what"; on small texts written for the tests."""

from factdeck.generate.extract import _model_number, extract
from factdeck.generate.gates import phrase_fragment, wh_fits_key
from factdeck.generate.lexicon import faith_or_doctrine
from factdeck.generate.phrasing import ask
from factdeck.generate.pipeline import build_deck
from factdeck.generate.sentences import split_sentences


def _spans(text: str) -> dict[str, tuple[str, str | None]]:
    sentences = split_sentences("d", text, markdown=False, headings=())
    found = extract(sentences, text.split("\n")[0], selective=False)
    return {c.span.text: (c.span.kind, c.question) for c in found.candidates}


def _ask(sentence: str, answer: str, kind: str) -> str | None:
    start = sentence.index(answer)
    asked = ask(sentence, start, start + len(answer), kind)
    return asked[0] if asked else None


def _fragment(sentence: str, answer: str) -> bool:
    start = sentence.index(answer)
    return phrase_fragment(answer, sentence[:start], sentence[start + len(answer) :])


def test_a_score_after_a_team_is_no_part_of_its_name() -> None:
    spans = _spans(
        "Broncos\n\nThe Broncos are a football team from Tarnel.\n\n"
        "The Broncos defeated the Vell Falcons 34–19 in the cup final in 1990. "
        "The Broncos beat the Orm Rams 21-7 at Hill Park in 1991."
    )
    assert "Vell Falcons" in spans and "Vell Falcons 34" not in spans
    assert "Orm Rams" in spans and "Orm Rams 21-7" not in spans


def test_a_model_number_still_belongs_to_its_name() -> None:
    spans = _spans(
        "Orm Air\n\nOrm Air is an airline in Tarnel.\n\n"
        "Orm Air bought the Kestrel 747 from the Velan Aircraft Company in 1990."
    )
    assert "Kestrel 747" in spans
    # three digits before a hyphen: a model ("Heron 747-8"), no score
    assert _model_number("747", "Heron", "-8 entered service")
    assert not _model_number("34", "Falcons", "–19 in the final")


def test_a_faith_after_to_is_no_place_and_is_asked_which_faith() -> None:
    spans = _spans(
        "Toqar\n\nToqar was a khan of the eastern hills.\n\n"
        "The khan Toqar converted to Nestorian Christianity after a long debate with the "
        "monks of Tarnel."
    )
    kind, question = spans["Nestorian Christianity"]
    assert kind != "place"
    assert question == (
        "To which faith did the khan Toqar convert after a long debate with the monks of Tarnel?"
    )


def test_a_faith_as_a_plain_object_keeps_what() -> None:
    spans = _spans("Orlo\n\nOrlo was a khan of Tarnel.\n\nThe khan Orlo favored Buddhism.")
    assert spans["Buddhism"][1] == "What did the khan Orlo favor?"


def test_where_never_asks_for_a_faith() -> None:
    assert not wh_fits_key("Where did the khan convert?", "Nestorian Christianity", "place")
    assert not wh_fits_key("Where did the valley folk turn?", "Ormism", "place")
    assert wh_fits_key("Where did the khan settle?", "Tarnel", "place")


def test_one_put_in_a_role_is_asked_whom() -> None:
    sentence = "The Velan Aircraft Company removed Harrison Storms as programme manager in 1966."
    assert _ask(sentence, "Harrison Storms", "other") == (
        "Whom did the Velan Aircraft Company remove as programme manager in 1966?"
    )
    sentence = "The Hill Council chose Ada Lunt as its new treasurer."
    assert (
        _ask(sentence, "Ada Lunt", "other")
        == "Whom did the Hill Council choose as its new treasurer?"
    )


def test_a_thing_used_as_a_thing_keeps_what() -> None:
    sentence = "The Velan Aircraft Company used Orm Field as a testing ground in 1966."
    assert _ask(sentence, "Orm Field", "other") == (
        "What did the Velan Aircraft Company use as a testing ground in 1966?"
    )


def test_a_particle_or_a_conjunction_at_a_key_s_edge_is_a_fragment() -> None:
    assert _fragment("Larvae of the Orsk moth open up the shell of the seed.", "up")
    assert _fragment(
        "The Orm cycle is called the ideal wheel cycle because it turns.",
        ("ideal wheel cycle because"),
    )
    assert _fragment(
        "The district was called a residential area prior to 1900.", ("residential area prior")
    )
    assert not _fragment("Workers of the mill often had back pain in winter.", "back pain")


def test_a_verb_or_a_quality_read_as_a_noun_is_a_fragment() -> None:
    assert _fragment("The tomb of King Hadro was impossible to find, as was his crown.", "find")
    assert _fragment("The singer Ama Vorn became famous after her first concert.", "famous")
    assert not _fragment("The ice of the Orm lake turned to water in spring.", "water")
    assert not _fragment("The Orsk traders sent runners to the coast.", "runners")


def test_half_a_score_glued_to_a_name_is_a_fragment() -> None:
    assert _fragment("The Broncos defeated the Vell Falcons 34–19 in the final.", "Vell Falcons 34")
    assert not _fragment(
        "Tarnel is served by State Route 99 and the Orm railway.", "State Route 99"
    )


def test_one_told_something_or_asked_to_do_it_is_asked_whom() -> None:
    sentence = "One of the Orm guards told Contrel that the gate had fallen."
    assert _ask(sentence, "Contrel", "other") == (
        "One of the Orm guards told whom that the gate had fallen?"
    )
    sentence = "The coach persuaded Vanto to join the Broncos in 1980."
    assert (
        _ask(sentence, "Vanto", "other")
        == "Whom did the coach persuade to join the Broncos in 1980?"
    )


def test_a_body_asked_to_act_is_never_asked_what() -> None:
    sentence = "In 1973 the governor asked Congress to approve aid for the harbour of Orm."
    assert _ask(sentence, "Congress", "organisation") is None
    sentence = "In 1973 the governor asked the Orm Assembly to approve aid for the harbour."
    assert _ask(sentence, "Orm Assembly", "organisation") == (
        "Which assembly did the governor ask to approve aid for the harbour in 1973?"
    )


def test_a_thing_told_to_someone_keeps_what() -> None:
    sentence = "The old sailors told the Orm legend to children in winter."
    assert _ask(sentence, "Orm legend", "other") == (
        "What did the old sailors tell to children in winter?"
    )


def test_a_part_of_a_place_named_town_is_not_asked_which_town() -> None:
    sentence = "Grainger Town is the historic centre of Tarnel."
    assert _ask(sentence, "Grainger Town", "place") == "What is the historic centre of Tarnel?"
    sentence = "Kelby Town is a market town in the north of Veland."
    assert (
        _ask(sentence, "Kelby Town", "place")
        == "Which town is a market town in the north of Veland?"
    )


def test_where_never_moves_a_participle_s_place_onto_the_deed() -> None:
    sentence = (
        "Orm stayed mostly male, with four men at Orm College for every woman studying at Kell."
    )
    assert _ask(sentence, "Kell", "place") is None
    sentence = "Orm has a rivalry with Vell culminating in the Hill Cup."
    assert _ask(sentence, "Hill Cup", "place") is None


def test_where_still_asks_the_deed_s_own_place() -> None:
    sentence = "In 1755 Ivo laid out his plans at a meeting in Kell."
    assert (
        _ask(sentence, "Kell", "place") == "Where did Ivo lay out his plans at a meeting in 1755?"
    )
    sentence = "The Vell army defeated the Orm army at Kell in 1204."
    assert _ask(sentence, "Kell", "place") == "Where did the Vell army defeat the Orm army in 1204?"


def test_who_never_asks_for_a_faith() -> None:
    assert not wh_fits_key("Whom did the Orm books place in a modern context?", "Islam", "other")
    assert wh_fits_key("Whom did the Orm books praise?", "Ivo Marr", "person")


def test_one_something_is_recommended_to_is_asked_to_whom_never_where() -> None:
    spans = _spans(
        "Swedish schools\n\nSwedish schools are run by the state and by private firms.\n\n"
        "In 2009 the Swedish system of free schools was recommended to Tavik Orrin by the "
        "Orm Institute."
    )
    kind, _ = spans["Tavik Orrin"]
    assert kind != "place"
    sentence = "The Swedish system has been recommended to Tavik Orrin."
    assert _ask(sentence, "Tavik Orrin", "other") == (
        "To whom has the Swedish system been recommended?"
    )
    assert wh_fits_key("To whom has the Swedish system been recommended?", "Tavik Orrin", "other")


def test_a_recipient_of_no_plain_name_is_never_asked_what() -> None:
    sentence = "The Swedish system has been recommended to Parliament."
    assert _ask(sentence, "Parliament", "other") is None
    sentence = "In 1760 the traders moved to Kell Harbour."
    assert _ask(sentence, "Kell Harbour", "other") == "In 1760, the traders moved to which harbour?"


def test_where_never_asks_for_the_to_of_a_verb_that_goes_nowhere() -> None:
    sentence = (
        "In 1760 the philosopher Ivo Marr referred to Kellia disparagingly as a few acres of snow."
    )
    assert _ask(sentence, "Kellia", "country") is None
    sentence = "In 1760 the French army marched to Kellia."
    assert _ask(sentence, "Kellia", "country") == "Where did the French army march in 1760?"


def test_a_bracket_after_a_verb_defines_no_term() -> None:
    text = (
        "= Temor Khan =\n\nTemor Khan was the founder of the Orsk Empire. He united the tribes "
        "of the northern plains in 1206 and was proclaimed khan. He died in 1227 during a "
        "campaign against the Vells.\n\nTemor Khan asked to be buried without markings. "
        "Folklore says that a stream was turned over his grave to make it impossible to find "
        "(the same manner of burial as King Arvel of Dunmar and the queens of Kessel). His tomb "
        "has never been found."
    )
    bank = build_deck(text, deck="Khan", file_name="khan.txt", markdown=False).bank
    answers = {question.answer for question in bank.questions}
    assert "find" not in answers
    assert "1227" in answers  # the document is still asked about


def test_a_span_of_years_and_a_noun_s_phrase_are_no_fragments() -> None:
    assert not _fragment("Ivo Marr (1850–1920) built the hall.", "1850")
    assert not _fragment("The war of 1914–1918 ended the trade.", "1914")
    assert not _fragment("She had pain in the lower back for years.", "lower back")
    assert _fragment("The Broncos beat the Orm Rams 21-7 at Hill Park.", "Orm Rams 21")


def test_an_ism_after_of_names_a_field_not_a_faith() -> None:
    assert faith_or_doctrine("Nestorian Christianity")
    assert faith_or_doctrine("Ormism")
    assert not faith_or_doctrine("Kell Institute of Journalism")
    assert wh_fits_key("Where did Ivo study?", "Kell Institute of Journalism", "organisation")


def test_an_adverb_opening_its_sentence_is_no_name() -> None:
    assert _fragment("Too, the Orm guild pressed the king for a charter.", "Too")
    assert _fragment("Moreover, the Orm council pressed the crown.", "Moreover")
    assert not _fragment("Tarnel, the Orm council's seat, pressed the crown.", "Tarnel")
    assert not _fragment("The council met in Orm, too, in 1302.", "Orm")


def test_a_role_is_asked_who_holds_it_never_what() -> None:
    assert not wh_fits_key("What was the head of sales at Orm Radio?", "Kesi Ombara", "other")
    assert not wh_fits_key("What was the chief engineer of Orm Radio?", "Tuvo Halk", "other")
    assert wh_fits_key("What is the mayor of Vell called?", "President", "other")
    assert wh_fits_key("What was the head office of Orm Radio?", "Vell House", "other")
    assert wh_fits_key("What was the capital of Orm?", "Tarnel", "other")
    assert wh_fits_key("What is the head of the Orm mint?", "Keeper of Vell", "other")


def test_a_key_does_not_run_across_a_dash_into_its_gloss() -> None:
    sentence = "A native of Tarnel is known as a Tarnelite – in Orm speech tarnak (male)."
    assert _fragment(sentence, "Tarnelite – in Orm speech tarnak")
    assert not _fragment(sentence, "Tarnelite")
    assert not _fragment("The line runs from Orm – Vell Junction to Kell.", "Orm – Vell Junction")
