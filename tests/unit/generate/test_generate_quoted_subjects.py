"""A document on a song, a poem or an episode writes its subject's title in quotes
('"Harbour Lights" is a song ...'): the title is still the subject, its sentences are no
quotations, and the words of the title ("They", "It") point at nothing told before."""

from factdeck.generate import gates, phrasing
from factdeck.generate.extract import (
    _document_class_noun,
    _subject_form,
    _usable_sentence,
    prepare_sentences,
)
from factdeck.generate.pipeline import build_deck
from factdeck.generate.referents import Referents
from factdeck.generate.sentences import split_sentences

_SONG = """= Harbour Lights (Marlow Tide song) =

"Harbour Lights" is a song recorded by Scottish folk band Marlow Tide for their third studio
album, Salt Roads (2009). It was released as the album's lead single on 4 May 2009. The song
was written by Ewan Brodie and Kirsty Vale, and produced by Colm Reddy.

The single peaked at number 12 on the Scottish Singles Chart and has been certified silver by
the British Phonographic Industry for sales of 200,000 copies. The track entered the Irish
Singles Chart at number 31 on 11 May 2009.
"""


def _sentences(text: str) -> list:
    return split_sentences("doc", text)


def test_a_subject_in_quotes_is_the_document_s_subject() -> None:
    sentences = _sentences('"Harbour Lights" is a song by Marlow Tide. It sold well in 2009.')
    assert _subject_form(sentences, "Harbour Lights (Marlow Tide song)") == '"Harbour Lights"'
    assert _document_class_noun(sentences, "Harbour Lights") == "song"
    curly = _sentences("“Harbour Lights” is a song by Marlow Tide.")
    assert _subject_form(curly, "Harbour Lights") == "“Harbour Lights”"


def test_a_sentence_opening_with_the_quoted_subject_is_no_quotation() -> None:
    sentence = _sentences('"Harbour Lights" was released as a single on 4 May 2009.')[0]
    assert _usable_sentence(sentence, '"Harbour Lights"')
    assert not _usable_sentence(sentence)  # a quotation, when the document is on another thing
    said = _sentences('"We sailed home at last" was all the captain said in 1902.')[0]
    assert not _usable_sentence(said, '"Harbour Lights"')


def test_the_single_and_the_track_name_a_song_subject_in_its_quotes() -> None:
    title = "Harbour Lights (Marlow Tide song)"
    sentences = _sentences(
        '"Harbour Lights" is a song recorded by Marlow Tide.\n\n'
        "The single peaked at number 12 on the Scottish Singles Chart. "
        "The track entered the Irish Singles Chart at number 31."
    )
    referents = Referents(sentences, title, _document_class_noun(sentences, title))
    prepared = prepare_sentences(sentences, title, split=True, referents=referents)
    texts = [s.text for s in prepared]
    assert '"Harbour Lights" peaked at number 12 on the Scottish Singles Chart.' in texts
    assert '"Harbour Lights" entered the Irish Singles Chart at number 31.' in texts


def test_the_episode_stands_for_an_episode_subject_in_its_quotes() -> None:
    title = "When They Came Home"
    sentences = _sentences(
        '"When They Came Home" is the eighth episode of the drama series Lowland Road. '
        "Written by Moira Dunstan, the episode premiered on Channel Nine on 3 March 2011."
    )
    referents = Referents(sentences, title, _document_class_noun(sentences, title))
    prepared = prepare_sentences(sentences, title, split=True, referents=referents)
    texts = [s.text for s in prepared]
    assert '"When They Came Home" premiered on Channel Nine on 3 March 2011.' in texts
    assert '"When They Came Home" was written by Moira Dunstan.' in texts


def test_the_words_of_a_quoted_title_point_at_nothing() -> None:
    assert phrasing.context_words('Who wrote "When They Came Home"?', strict=True) == 0
    assert phrasing.context_words("Who wrote “It Came from the Harbour”?", strict=True) == 0
    assert phrasing.context_words("When did they come home?", strict=True) == 1
    assert phrasing.context_words('Who said "they were wrong"?', strict=True) == 1
    assert gates.self_contained('By whom was "When They Came Home" written?', ["episode"])


def test_a_quoted_subject_the_clause_put_in_is_no_changed_quotation() -> None:
    sentence = "Written by Moira Dunstan, the episode premiered on Channel Nine in 2011."
    clause = 'Written by Moira Dunstan, "Home Fires" premiered on Channel Nine in 2011.'
    assert gates.faithful(sentence, clause, 'By whom was "Home Fires" written?', "Moira Dunstan")
    changed = 'By whom was "Home Fires Burning" written?'
    assert not gates.faithful(sentence, clause, changed, "Moira Dunstan")


def test_a_participle_opening_the_sentence_is_no_title_before_by() -> None:
    sentence = "Written by Moira Dunstan and directed by Felix Oakes, the episode aired."
    start = sentence.index("Moira")
    assert not gates.cut_from_a_longer_name(sentence, start, start + 13, "person")
    titled = "Time for Reflection is a show."
    start = titled.index("Reflection")
    assert gates.cut_from_a_longer_name(titled, start, start + 10, "other")


def test_a_song_article_with_its_title_in_quotes_gives_questions() -> None:
    result = build_deck(_SONG, deck="Songs", file_name="song.txt", markdown=False)
    prompts = [q.prompt for q in result.bank.questions]
    assert prompts
    assert all('"Harbour Lights"' in prompt for prompt in prompts)


def test_who_performed_another_s_song_has_two_answers() -> None:
    assert gates.cover_asked_of_its_performer('Who performed Ada Lund\'s "Salt Tide"?')
    assert gates.cover_asked_of_its_performer("Who recorded Orm Vale's “Grey Water”?")
    assert not gates.cover_asked_of_its_performer('Who performed "Salt Tide" in 1990?')
    assert not gates.cover_asked_of_its_performer("Who performed at the Kell Festival?")


def test_which_body_certified_a_song_needs_its_figure_where_several_did() -> None:
    texts = [
        '"Salt Tide" was certified gold by the Kell Phonographic Board for 40,000 copies.',
        '"Salt Tide" received a gold certification from the Vessian Music Council.',
    ]
    asked = 'From which council has "Salt Tide" received a gold certification?'
    assert gates.one_of_several_certifications(asked, texts)
    assert not gates.one_of_several_certifications(asked, texts[1:])  # the only one told
    pinned = 'By which board was "Salt Tide" certified gold for 40,000 copies?'
    assert not gates.one_of_several_certifications(pinned, texts)


def test_a_quoted_subject_keeps_the_the_of_its_title() -> None:
    sentences = _sentences('"The Long Night" is an episode of the drama series Lowland Road.')
    assert _subject_form(sentences, "The Long Night") == '"The Long Night"'
    assert _document_class_noun(sentences, "The Long Night") == "episode"


def test_a_question_on_a_quoted_work_names_it_in_its_quotes() -> None:
    from factdeck.generate.topics import document_topic

    texts = [
        '"The Long Night" is an episode of the drama series Lowland Road.',
        "The Long Night was filmed in Kelby.",
    ]
    topic = document_topic(texts, "The Long Night", "episode")
    assert topic is not None
    assert topic.name == '"The Long Night"'
    assert topic.opening("Who arrives at the farm?") == 'In "The Long Night",'


def test_one_reader_finds_a_title_in_its_quotes_with_its_the_or_without() -> None:
    from factdeck.generate.text import quoted_title

    texts = ["It aired in 2011.", "“The Salt Year” is an episode of Lowland Road."]
    assert quoted_title("The Salt Year", texts) == "“The Salt Year”"
    assert quoted_title("Salt Year", texts) == "“The Salt Year”"
    assert quoted_title("Salt Year", texts[:1]) is None
    assert quoted_title("Salt", texts) is None


def test_a_phrase_for_a_quoted_subject_keeps_the_the_its_quotes_give() -> None:
    title = "Salt Year"  # the title without its "The", the first sentence with it
    sentences = _sentences(
        '"The Salt Year" is the eighth episode of the drama series Lowland Road. '
        "Written by Moira Dunstan, the episode premiered on Channel Nine on 3 March 2011."
    )
    referents = Referents(sentences, title, _document_class_noun(sentences, title))
    prepared = prepare_sentences(sentences, title, split=True, referents=referents)
    texts = [s.text for s in prepared]
    assert '"The Salt Year" premiered on Channel Nine on 3 March 2011.' in texts
