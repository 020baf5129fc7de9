"""A key's head accepted without the qualifier a learner who knows the answer leaves out: a
place's "of <place>" tail, a state's or a people's word before its one body, a firm's
partners' word, the body before a title; each only where the document writes the shorter
form for this thing and never for another."""

from factdeck.generate.evidence import DocumentEvidence
from factdeck.generate.questions import with_document_forms
from factdeck.generate.sentences import split_sentences
from helpers.generation import auto_fact


def _forms(text: str, answer: str, prompt: str, names: list[str], kind: str) -> tuple[str, ...]:
    sentences = split_sentences("doc", text)
    evidence = DocumentEvidence(
        {"doc": [s.text for s in sentences]}, {"doc": [s.paragraph for s in sentences]}
    )
    fact = auto_fact(kind, answer, sentences[0].text, prompt, id="doc.1")
    kinds = [(kind, name) for name in (answer, *names)]
    return with_document_forms(fact, evidence, kinds).accepted


def test_a_place_is_accepted_without_its_of_place_tail_where_written_alone() -> None:
    first = "Storms struck the Gulf Coast of Vessaland in 1922."
    prompt = "Which coast did storms strike in 1922?"
    alone = f"{first} The Gulf Coast had no levees."
    assert "Gulf Coast" in _forms(alone, "Gulf Coast of Vessaland", prompt, [], "place")
    # written only after another name word: "the Orm Gulf Coast" is another coast
    other = f"{first} The Orm Gulf Coast had no levees."
    assert "Gulf Coast" not in _forms(other, "Gulf Coast of Vessaland", prompt, [], "place")
    # the document writes another place's coast of that name
    tailed = f"{alone} The Gulf Coast of Orm was spared."
    assert "Gulf Coast" not in _forms(tailed, "Gulf Coast of Vessaland", prompt, [], "place")


def test_a_people_s_body_is_accepted_by_its_sort_word_the_document_uses_alone() -> None:
    text = "In 1830 the Vessian Senate passed the tariff. The Senate met in Kell."
    prompt = "Which body passed the tariff in 1830?"
    assert "Senate" in _forms(text, "Vessian Senate", prompt, [], "organisation")
    # asked by the sort word, the document's one senate is still the Senate
    asked = "Which senate passed the tariff in 1830?"
    assert "Senate" in _forms(text, "Vessian Senate", asked, [], "organisation")
    roman = "In 97 the Roman Senate chose Orvo. The Senate met in Kell."
    assert "Senate" in _forms(roman, "Roman Senate", asked, [], "organisation")
    # a name cut long around it ("Neither the Roman Senate") is no other senate
    cut = ["Neither the Roman Senate"]
    assert "Senate" in _forms(roman, "Roman Senate", asked, cut, "organisation")
    # another senate of the document: "the Senate" is either
    both = f"{text} The Orrese Senate refused it."
    for question in (prompt, asked):
        forms = _forms(both, "Vessian Senate", question, ["Orrese Senate"], "organisation")
        assert "Senate" not in forms
    # another senate the document writes but does not record as a name
    unnamed = f"{text} Its envoy spoke to the Orrese Senate."
    assert "Senate" not in _forms(unnamed, "Vessian Senate", prompt, [], "organisation")


def test_a_firm_is_accepted_by_its_family_name_without_its_partners_word() -> None:
    text = "The mill was built by Lund Brothers in 1880. Lund sold it in 1901."
    prompt = "Which firm built the mill in 1880?"
    assert "Lund" in _forms(text, "Lund Brothers", prompt, [], "organisation")
    # a partner of the document bears the name: "Lund" is him too
    partner = f"{text} Anders Lund kept the books."
    forms = _forms(partner, "Lund Brothers", prompt, ["Anders Lund"], "organisation")
    assert "Lund" not in forms


def test_a_title_is_accepted_without_the_body_that_gives_it() -> None:
    text = (
        "Rask won the Orm Heavyweight Championship in 1950. "
        "He lost the Heavyweight Championship in 1952."
    )
    prompt = "Which title did Rask win in 1950?"
    title = "Orm Heavyweight Championship"
    assert "Heavyweight Championship" in _forms(text, title, prompt, [], "other")
    # the document writes another body's title of that name
    other = f"{text} His brother held the Vell Heavyweight Championship."
    assert "Heavyweight Championship" not in _forms(other, title, prompt, [], "other")
