"""Sentence simplification: long sentences cut into clauses that each stand alone."""

import pytest

from factdeck.generate.clauses import split_clauses
from factdeck.generate.clean import clean_document
from factdeck.generate.extract import extract, prepare_sentences
from factdeck.generate.sentences import split_sentences


def test_coordinated_main_clauses_stand_alone_with_the_pronoun_resolved() -> None:
    assert split_clauses("The canal was opened in 1869; it was nationalised in 1956.") == [
        "The canal was opened in 1869.",
        "The canal was nationalised in 1956.",
    ]
    assert split_clauses("The Elbe is long, and it flows into the North Sea.") == [
        "The Elbe is long.",
        "The Elbe flows into the North Sea.",
    ]


def test_a_pronoun_that_may_stand_for_another_name_is_not_resolved() -> None:
    text = "Johann Strauss wrote the waltz in 1866, and it was first performed in 1867."
    assert split_clauses(text) == [text]
    text = "The Bible was printed in Latin, and each page held 42 lines."
    assert split_clauses(text) == [text]


def test_a_second_verb_phrase_gets_the_first_clauses_subject() -> None:
    assert split_clauses(
        "The Elbe rises in the Krkonoše Mountains, crosses Bohemia, and flows into the North Sea."
    ) == [
        "The Elbe rises in the Krkonoše Mountains.",
        "The Elbe crosses Bohemia.",
        "The Elbe flows into the North Sea.",
    ]
    assert split_clauses("Dresden lost its old centre in 1945 and rebuilt the Frauenkirche.") == [
        "Dresden lost its old centre in 1945.",
        "Dresden rebuilt the Frauenkirche.",
    ]


def test_nouns_after_and_are_no_second_verb() -> None:
    text = "The port handles grain and coal from Poland."
    assert split_clauses(text) == [text]


def test_relative_clauses_take_their_antecedent_as_subject() -> None:
    assert split_clauses("Dresden, which lies on the Elbe, is the capital of Saxony.") == [
        "Dresden is the capital of Saxony.",
        "Dresden lies on the Elbe.",
    ]
    assert split_clauses("The river enters Lake Geneva, which is shared by three countries.") == [
        "The river enters Lake Geneva.",
        "Lake Geneva is shared by three countries.",
    ]
    assert split_clauses("The river flows past Magdeburg, where the Romans built a bridge.") == [
        "The river flows past Magdeburg.",
        "The Romans built a bridge in Magdeburg.",
    ]


def test_a_relative_clause_may_open_with_an_adverb_and_hold_a_list() -> None:
    assert split_clauses(
        "The brook joins the Varna River, which eventually empties into Lake Orm."
    ) == [
        "The brook joins the Varna River.",
        "The Varna River eventually empties into Lake Orm.",
    ]
    text = (
        "The Varna River, which is fed by the Ilm, Saale and Orla rivers near Kessel, flows north."
    )
    assert split_clauses(text) == [
        "The Varna River flows north.",
        "The Varna River is fed by the Ilm, Saale and Orla rivers near Kessel.",
    ]


def test_a_relative_clause_about_a_phrase_opening_the_sentence() -> None:
    text = (
        "After the Great Flood, which destroyed the harbour in 1720, the merchants moved to Kessel."
    )
    assert split_clauses(text) == [
        "The merchants moved to Kessel after the Great Flood.",
        "The Great Flood destroyed the harbour in 1720.",
    ]
    assert split_clauses(
        "Despite the long siege, which lasted nine months, the fort held out."
    ) == [
        "Despite the long siege, the fort held out.",
        "The long siege lasted nine months.",
    ]
    text = "Despite the June floods, which closed many roads, the fair opened in Kessel."
    assert split_clauses(text) == [
        "Despite the June floods, the fair opened in Kessel.",
        "The June floods closed many roads.",
    ]
    text = "Two days after the storm, Mayor Anna Holt, who had studied in Lyon, opened the dam."
    assert split_clauses(text) == [
        "Two days after the storm, Mayor Anna Holt opened the dam.",
        "Mayor Anna Holt had studied in Lyon.",
    ]


def test_a_name_after_the_nouns_that_title_it_is_the_antecedent() -> None:
    assert split_clauses("The novel follows young sailor Tomas Brand, who sails to Iceland.") == [
        "The novel follows young sailor Tomas Brand.",
        "Tomas Brand sails to Iceland.",
    ]
    assert split_clauses("The duke thanked his patron Emil Varga, who lived in Orm.") == [
        "The duke thanked his patron Emil Varga.",
        "Emil Varga lived in Orm.",
    ]
    text = "The poem praises the mother of painter Jan Holt, who lived in Kessel."
    assert split_clauses(text) == [text]  # the mother or the painter


@pytest.mark.parametrize(
    "text",
    [
        "Following a dispute with the Kessel Guild, which controlled the market, the mill closed.",
        "East of the ridge the Varna River, which rises near Kessel, flows north to the sea.",
        "The conflict in Orm, Kessel, which began in 1990, ended in 1995.",
        "Orla, who was older than the poet, and who had two sons, wrote to him.",
        "The firm Orlo produces cars, trucks and boats.",
    ],
)
def test_a_clause_whose_subject_is_uncertain_is_left_whole(text: str) -> None:
    assert split_clauses(text) == [text]


def test_a_relative_clause_that_may_belong_to_either_noun_is_left_whole() -> None:
    text = "The canal crosses the Elbe on an aqueduct near Magdeburg, which was completed in 2003."
    assert split_clauses(text) == [text]  # the aqueduct was completed, not Magdeburg


def test_an_object_relative_is_left_whole() -> None:
    text = "The river passes Worms, which the Romans fortified in 14 BC."
    assert split_clauses(text) == [text]


def test_a_split_off_clause_with_a_pointer_is_left_whole() -> None:
    text = "The composer Richard Wagner lived in Dresden and conducted at its opera house."
    assert split_clauses(text) == [text]


def test_an_appositive_after_a_name_becomes_its_own_clause() -> None:
    assert split_clauses("Hamburg, the largest city on the Elbe, lies in Germany.") == [
        "Hamburg lies in Germany.",
        "Hamburg is the largest city on the Elbe.",
    ]
    assert split_clauses("The port of Hamburg, one of the largest ports in Europe, grew.") == [
        "The port of Hamburg grew.",
        "The port of Hamburg was one of the largest ports in Europe.",
    ]


def test_an_appositive_ending_the_sentence_leaves_no_stray_full_stop() -> None:
    text = "The Orm ranges rise to 1,986 metres at Mount Kell, the highest peak in Lund."
    assert split_clauses(text) == [
        "The Orm ranges rise to 1,986 metres at Mount Kell.",
        "Mount Kell is the highest peak in Lund.",
    ]


def test_a_predicate_noun_with_a_relative_clause_gives_two_facts() -> None:
    assert split_clauses("The Suez Canal is a waterway in Egypt that connects two seas.") == [
        "The Suez Canal is a waterway in Egypt.",
        "The Suez Canal connects two seas.",
    ]
    text = "The Alps are mountains that rise in France."
    assert split_clauses(text) == [text]  # a plural: the verb would not agree


def test_subordinate_clauses_and_participles_before_the_subject() -> None:
    assert split_clauses("Although the river is short, it carries much trade.") == [
        "The river carries much trade.",
        "The river is short.",
    ]
    assert split_clauses("Having crossed the Alps, Hannibal reached Italy.") == [
        "Hannibal reached Italy."
    ]
    assert split_clauses("The canal shortened the route, because ships avoided the Cape.") == [
        "The canal shortened the route.",
        "Ships avoided the Cape.",
    ]


def test_a_participle_phrase_before_the_subject_is_a_fact_of_its_own() -> None:
    assert split_clauses("Founded in 1820 by Ivo Berg, Kelby grew quickly.") == [
        "Kelby grew quickly.",
        "Kelby was founded in 1820 by Ivo Berg.",
    ]
    assert split_clauses("Born in Tarn, Ada Vell moved to Orm in 1930.") == [
        "Ada Vell moved to Orm in 1930.",
        "Ada Vell was born in Tarn.",
    ]
    assert split_clauses("Located on the Orrin River, Kelby is the largest town in Tarn.") == [
        "Kelby is the largest town in Tarn.",
        "Kelby is located on the Orrin River.",  # a state holds as long as the main clause
    ]


def test_a_participle_phrase_that_states_no_fact_of_its_own_is_not_one() -> None:
    text = "Satisfied with the result, the board approved the plan."
    assert split_clauses(text) == [text]  # a state of mind, not where or when
    text = "Founded in 1790 on the site of Fort Vell, it grew quickly."
    assert split_clauses(text) == [text]  # "it" is named in another sentence
    text = "Assisted by a guide they met in Orm, the two men crossed the pass."
    assert split_clauses(text) == [text]  # a clause inside the phrase
    assert split_clauses("Managed by his uncle, the band toured Orm.") == ["The band toured Orm."]


def test_the_time_of_an_event_named_in_an_opening_phrase_is_a_fact_of_its_own() -> None:
    assert split_clauses("After the Battle of Orm in 1066, Ivo ruled the valley.") == [
        "Ivo ruled the valley after the Battle of Orm.",
        "The Battle of Orm took place in 1066.",
    ]
    assert split_clauses("At the Kelby Music Awards in May 2015, Ada Vell won two prizes.") == [
        "Ada Vell won two prizes at the Kelby Music Awards.",
        "The Kelby Music Awards took place in May 2015.",
    ]
    assert split_clauses("After the Treaty of Kell on 3 May 1502, the town grew.") == [
        "The town grew after the Treaty of Kell.",
        "The Treaty of Kell was signed on 3 May 1502.",
    ]


def test_an_act_named_by_its_noun_in_an_opening_phrase_is_a_clause_with_its_time() -> None:
    assert split_clauses("After the capture of Orm in 1102, the army moved north.") == [
        "The army moved north after the capture of Orm.",
        "Orm was captured in 1102.",
    ]
    assert split_clauses(
        "Before the founding of the colony of Tarn in 1788, ships sailed west."
    ) == [
        "Ships sailed west before the founding of the colony of Tarn.",
        "The colony of Tarn was founded in 1788.",
    ]
    assert split_clauses("After the death of Ivo Berg in 1102, the monks left Orm.") == [
        "The monks left Orm after the death of Ivo Berg.",
        "Ivo Berg died in 1102.",
    ]
    text = "After the founding of the Kell Islands in 1788, the fleet sailed."
    assert split_clauses(text) == ["The fleet sailed after the founding of the Kell Islands."]


def test_the_time_of_an_earlier_event_is_not_the_main_clauses() -> None:
    text = "After the founding of the colony in 1788, the land was divided in two."
    assert split_clauses(text) == ["The land was divided in two after the founding of the colony."]
    text = "After the Olympics in 2008, the stadium closed."  # which games, no fact says
    assert split_clauses(text) == ["The stadium closed after the Olympics."]


def test_a_participle_phrase_after_the_clause_is_dropped() -> None:
    assert split_clauses("Fust sued Gutenberg in 1455, claiming that the money was lost.") == [
        "Fust sued Gutenberg in 1455."
    ]
    text = "The river flows north, the longest stretch of it."
    assert split_clauses(text) == [text]


def test_a_subject_may_follow_opening_phrases_and_a_second_verb_may_be_an_auxiliary() -> None:
    assert split_clauses(
        "In 1428, during a revolt in Mainz, the family moved to Strasbourg, where Gutenberg"
        " worked as a goldsmith."
    ) == [
        "The family moved to Strasbourg in 1428 during a revolt in Mainz.",
        "Gutenberg worked as a goldsmith in Strasbourg.",
    ]
    assert split_clauses("Schöffer had worked in Paris and is believed to have cut type.") == [
        "Schöffer had worked in Paris.",
        "Schöffer is believed to have cut type.",
    ]


def test_an_opening_time_or_place_phrase_moves_to_the_end() -> None:
    assert split_clauses("In 1869, the canal opened to traffic.") == [
        "The canal opened to traffic in 1869."
    ]
    assert split_clauses("During the Cold War, Cuba and North Korea forged a bond.") == [
        "Cuba and North Korea forged a bond during the Cold War."
    ]
    assert split_clauses("In 1869, it opened to traffic.") == ["It opened to traffic in 1869."]
    text = "After Castro's death, Cuba sent a delegation to his funeral."
    assert split_clauses(text) == [text]


def test_it_opening_a_sentence_is_the_named_subject_before() -> None:
    text = "Lake Geneva is a lake. It is shared by three countries."
    sentences = split_sentences("doc", text)
    prepared = prepare_sentences(sentences, "Rivers", split=True)
    assert prepared[1].text == "Lake Geneva is shared by three countries."
    unsplit = prepare_sentences(sentences, "Rivers")
    assert unsplit[1].text == "It is shared by three countries."
    plural = split_sentences("doc", "The Alps rise in France. It is shared by three countries.")
    assert prepare_sentences(plural, "Rivers", split=True)[1].text.startswith("It ")
    other = split_sentences("doc", "Lake Orm drains into the Kell. It froze in 1963.")
    assert prepare_sentences(other, "Rivers", split=True)[1].text.startswith("It ")


def test_one_question_per_clause_when_the_clauses_carry_different_facts() -> None:
    text = (
        "Rivers of Europe\n\n"
        "The Weser rises in Hesse, and the Ems rises in the Teutoburg Forest. "
        "Dresden lies on the Elbe. Bremen was founded in 787 and lies on the Weser."
    )
    cleaned = clean_document(text)
    found = extract(split_sentences("doc", cleaned.text), "Rivers of Europe", selective=True)
    questions = {c.question for c in found.candidates}
    assert "In what year was Bremen founded?" in questions
    first_sentence = [c for c in found.candidates if c.sentence.index == 0]
    assert {c.sentence.clause for c in first_sentence} == {0, 1}


def test_names_joined_by_and_are_no_second_clause() -> None:
    text = (
        "The ascent was made by Tenzing Norgay, a Sherpa, and Edmund Hillary, a New Zealander,"
        " who were members of a British expedition."
    )
    assert split_clauses(text) == [text]


def test_a_subordinate_clause_is_never_taken_for_a_main_clause() -> None:
    text = "As the sea rose in the Netherlands, peat formed, covering the old valleys."
    assert split_clauses(text) == [text]


def test_verb_phrases_listed_with_commas_only_share_the_subject() -> None:
    assert split_clauses(
        "The Elbe begins in the mountains, forms part of the Czech border, then flows through the"
        " Elbland."
    ) == [
        "The Elbe begins in the mountains.",
        "The Elbe forms part of the Czech border.",
        "The Elbe flows through the Elbland.",
    ]
    text = "Bremen was a market town, founded by Charlemagne in 787."
    assert split_clauses(text) == [text]  # "founded" is a participle, not a second verb


def test_a_verb_after_a_phrase_set_off_after_a_noun_keeps_that_noun_as_subject() -> None:
    described = (
        "Orsk suffered a major setback when Tomas Brell, an 11-year veteran who had already"
        " overcome three knee injuries in his career, went down with a broken arm in the Vell"
        " Cup Final."
    )
    assert not any(c.startswith("Orsk went") for c in split_clauses(described))
    short = "Kell lost the final when Ada Holt, a striker, broke a leg in the first half."
    assert not any(c.startswith("Kell broke") for c in split_clauses(short))
    inside = "Tribute is the payment that one town, often a small port, owes to another town."
    assert split_clauses(inside) == [inside]
    assert split_clauses("Tomas Brell, a veteran, went down with a broken arm in the final.") == [
        "Tomas Brell went down with a broken arm in the final.",
        "Tomas Brell was a veteran.",
    ]
    # an aside after the first verb phrase leaves the next one to the subject
    assert split_clauses(
        "The Orra begins in the hills, in the north, forms part of the border."
    ) == ["The Orra begins in the hills, in the north.", "The Orra forms part of the border."]


def test_a_clause_s_subject_is_never_taken_from_another_clause_in_a_question() -> None:
    text = (
        "Vell Cup\n\nThe Vell Cup is a football competition in Orsk. It was first played in 1921."
        "\n\nOrsk suffered a major setback when Tomas Brell, an 11-year veteran who had already"
        " overcome three knee injuries in his career, went down with a broken arm in the Vell"
        " Cup Final. Orsk lost the final 2–1 to Dunmar."
    )
    cleaned = clean_document(text)
    found = extract(split_sentences("doc", cleaned.text), "Vell Cup", selective=True)
    assert not any("Orsk went" in c.question for c in found.candidates)


def test_a_clause_joined_by_and_with_a_pronoun_subject_stands_alone() -> None:
    assert split_clauses("Ulla was a weaver and she sold cloth in Kell.") == [
        "Ulla was a weaver.",
        "Ulla sold cloth in Kell.",
    ]
    assert split_clauses("Ulla fled in 1713, when she was banished by the Duke of Orm.") == [
        "Ulla fled in 1713.",
        "Ulla was banished by the Duke of Orm.",
    ]


def test_a_name_beside_a_described_subject_becomes_the_subject() -> None:
    assert split_clauses("One of the heirs of the old king, Edgar Lund, later fled to Orm.") == [
        "Edgar Lund later fled to Orm.",
        "Edgar Lund was one of the heirs of the old king.",
    ]


def test_a_pronoun_after_an_opening_clause_takes_that_clause_s_subject() -> None:
    assert split_clauses("After the monks reached Orsby, they built a hall on the hill.") == [
        "The monks built a hall on the hill.",
        "The monks reached Orsby.",
    ]


def test_phrases_opening_the_sentence_stay_with_each_of_its_clauses() -> None:
    assert split_clauses("In 1310, during the Orm War, Ulla Berg led the army and took Kell.") == [
        "Ulla Berg led the army in 1310 during the Orm War.",
        "Ulla Berg took Kell in 1310 during the Orm War.",
    ]


def test_a_connective_after_a_semicolon_is_dropped_from_the_second_clause() -> None:
    assert split_clauses("Orsby had three mills; however, the mills closed in 1901.") == [
        "Orsby had three mills.",
        "The mills closed in 1901.",
    ]


def test_an_opening_time_phrase_without_its_comma_goes_to_the_end() -> None:
    assert split_clauses("In 1308 the order seized the town.") == [
        "The order seized the town in 1308."
    ]
    assert split_clauses("In August 1980 a strike at the yard led to the founding of a union.") == [
        "A strike at the yard led to the founding of a union in August 1980."
    ]
    assert split_clauses("After the Partitions of Tarn the city was annexed by Orm.") == [
        "The city was annexed by Orm after the Partitions of Tarn."
    ]
    # a name right after a name: where the opening ends cannot be told
    assert split_clauses("After the Partitions of Tarn Orm annexed the city.") == [
        "After the Partitions of Tarn Orm annexed the city."
    ]
    assert split_clauses("In 200 places the river floods.") == ["In 200 places the river floods."]


def test_a_where_clause_about_a_described_place_keeps_its_article_lower_case() -> None:
    assert split_clauses("The lower valley, where the river slows, is called the plain.") == [
        "The lower valley is called the plain.",
        "The river slows in the lower valley.",
    ]


def test_an_appositive_with_a_or_an_after_a_name_becomes_its_own_clause() -> None:
    assert split_clauses("The band toured with Jan Holt, a Swedish drummer, in 1990.") == [
        "The band toured with Jan Holt in 1990.",
        "Jan Holt was a Swedish drummer.",
    ]
    assert split_clauses("The spy is pursued by Tomas Brand, an assassin.") == [
        "The spy is pursued by Tomas Brand.",
        "Tomas Brand is an assassin.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The ship was sold to Hansa Lines, a year later.",
        "The band was led by Jan Holt, the same year.",
        "Orla married Jan Holt, a cousin of the Varga family, one of the houses she served.",
        "Orla launched Kessel Quest, a game to be available in 2016.",
        "The Danish prince Orm, a grandson of Knut, raided Kessel.",
    ],
)
def test_a_phrase_after_a_name_that_is_no_other_name_for_it_stays(text: str) -> None:
    assert split_clauses(text) == [text]


def test_a_passive_participle_after_a_noun_phrase_says_what_was_done_to_it() -> None:
    text = "The funeral, held at the Church of Saint Orm in Kessel, was delayed two weeks."
    assert split_clauses(text) == [
        "The funeral was delayed two weeks.",
        "The funeral was held at the Church of Saint Orm in Kessel.",
    ]
    assert split_clauses("The crowd cheered at the Kessel Open, held at the Orm Arena.") == [
        "The crowd cheered at the Kessel Open.",
        "The Kessel Open was held at the Orm Arena.",
    ]
    text = "The library holds the Orm Codex, written in 1963 and today kept in a vault."
    assert split_clauses(text) == [text]  # two participles: which one the noun takes is unclear


def test_a_clause_when_after_a_date_happened_at_that_date() -> None:
    text = "The town had no railway until 1901, when the Kessel Railway Company opened a line."
    assert split_clauses(text) == [
        "The town had no railway until 1901.",
        "The Kessel Railway Company opened a line in 1901.",
    ]
    assert split_clauses("The charter was signed on 4 May 1290, when the king visited Orm.") == [
        "The charter was signed on 4 May 1290.",
        "The king visited Orm on 4 May 1290.",
    ]
    text = "Orla fled to Kessel in 1013, when she was forced from her throne."
    assert split_clauses(text) == [text]


def test_a_verb_after_a_second_subject_is_not_the_first_subject_s() -> None:
    text = (
        "Jan Holt, a painter, drew the map, and his sister, Orla Holt, who lived in Kessel,"
        " wrote the text."
    )
    assert "Jan Holt wrote the text." not in split_clauses(text)


def test_but_without_a_comma_before_a_named_subject_and_its_verb_joins_two_clauses() -> None:
    assert split_clauses("Aldo Vence was exiled in 1921 but Vencism remains strong in Tarrow.") == [
        "Aldo Vence was exiled in 1921.",
        "Vencism remains strong in Tarrow.",
    ]


def test_not_before_but_keeps_the_contrast_whole() -> None:
    text = "The prize went not to Orsk but Tarrow received a medal."
    assert split_clauses(text) == [text]


def test_a_participle_aside_after_a_named_subject_keeps_its_commas() -> None:
    assert split_clauses(
        "The town's capital, New Tarby, founded in 1625, would grow to become a major city."
    ) == [
        "New Tarby would grow to become a major city.",
        "New Tarby was founded in 1625.",
        "New Tarby was the town's capital.",
    ]
    assert not any(
        "New Tarby founded" in clause
        for clause in split_clauses(
            "The town's capital, New Tarby, founded in 1625 and walled in 1640, would grow to "
            "become a major city."
        )
    )
    fled = split_clauses("One of the heirs of the king, Edgar Lund, fled to Orm, was caught.")
    assert "Edgar Lund was fled to Orm." not in fled


def test_a_clause_ended_inside_its_closing_quotes_takes_no_second_full_stop() -> None:
    assert split_clauses('The canal was opened in 1869; it was called "a ruin."') == [
        "The canal was opened in 1869.",
        'The canal was called "a ruin."',
    ]


def test_an_opening_moved_past_a_closing_quote_takes_the_full_stop_with_it() -> None:
    assert split_clauses('In 1997, the Kell Archive chose Drift as "a classic."') == [
        'The Kell Archive chose Drift as "a classic" in 1997.'
    ]
