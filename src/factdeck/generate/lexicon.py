"""Word lists the rule-based extractor relies on: countries, cue words, opinion words.

These are rules, not data about any one document: a name followed by "Party" is an
organisation, one preceded by "President" is a person, a span in the country list is a country.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from functools import lru_cache
from importlib import resources
from types import MappingProxyType

from lemminflect import getAllLemmas

from factdeck.generate.text import word_set

COUNTRIES = frozenset(
    name.strip()  # the last name of a line would keep the next line's indent
    for name in """
    Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan
    |Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia
    |Bosnia and Herzegovina|Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cambodia
    |Cameroon|Canada|Cape Verde|Central African Republic|Chad|Chile|China|Colombia|Comoros
    |Congo|Republic of the Congo|Democratic Republic of the Congo|Democratic Republic of Congo
    |DR Congo|Costa Rica|Ivory Coast|Côte d'Ivoire|Croatia|Cuba|Cyprus|Czech Republic|Czechia
    |Denmark|Djibouti|Dominica|Dominican Republic|East Timor|Ecuador|Egypt|El Salvador
    |Equatorial Guinea|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia
    |Georgia|Germany|Ghana|Greece|Grenada|Guatemala|Guinea|Guinea-Bissau|Guyana|Haiti
    |Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Jamaica|Japan
    |Jordan|Kazakhstan|Kenya|Kiribati|Korea|North Korea|South Korea|Kosovo|Kuwait|Kyrgyzstan
    |Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar
    |Malawi|Malaysia|Maldives|Mali|Malta|Mauritania|Mauritius|Mexico|Micronesia|Moldova
    |Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Burma|Namibia|Nauru|Nepal
    |Netherlands|Holland|New Zealand|Nicaragua|Niger|Nigeria|North Macedonia|Macedonia|Norway
    |Oman|Pakistan|Palau|Palestine|Panama|Papua New Guinea|Paraguay|Peru|Philippines|Poland
    |Portugal|Qatar|Romania|Russia|Rwanda|Samoa|San Marino|Saudi Arabia|Senegal|Serbia
    |Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|Somalia|South Africa|South Sudan
    |Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania
    |Thailand|Togo|Tonga|Trinidad and Tobago|Tunisia|Turkey|Türkiye|Turkmenistan|Tuvalu
    |Uganda|Ukraine|United Arab Emirates|United Kingdom|Britain|Great Britain|England
    |Scotland|Wales|United States|United States of America|America|Uruguay|Uzbekistan
    |Vanuatu|Vatican City|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|Soviet Union|USSR|USA|UK
    |Yugoslavia|Czechoslovakia|East Germany|West Germany|Prussia|Persia|Ceylon|Rhodesia|Zaire
    |Siam|Ottoman Empire|Austria-Hungary|Byzantine Empire|Roman Empire|Holy Roman Empire
    |Mughal Empire|Venice|Republic of Venice|Kingdom of Naples|Sardinia|Bavaria|Saxony
    """.replace("\n", " ").split("|")
)

FORMER_STATES = frozenset(
    name.strip()
    for name in """
    Soviet Union|USSR|Yugoslavia|Czechoslovakia|East Germany|West Germany|Prussia|Persia|Ceylon
    |Rhodesia|Zaire|Siam|Burma|Ottoman Empire|Austria-Hungary|Byzantine Empire|Roman Empire
    |Holy Roman Empire|Mughal Empire|Venice|Republic of Venice|Kingdom of Naples|Sardinia|Bavaria
    |Saxony
    """.replace("\n", " ").split("|")
)
"""States of the list that are gone or now part of another country: no option beside a
present-day country ("Bavaria" among "Germany", "Belgium")."""

COUNTRY_WORDS = frozenset({"Empire", "Kingdom", "Republic", "Sultanate", "Caliphate", "Khanate"})

IRREGULAR_DEMONYMS = word_set(
    """
    British English French Dutch Spanish German Greek Swiss Irish Scottish Welsh Turkish Polish
    Danish Swedish Finnish Thai Iraqi Pakistani Israeli Saudi Filipino Portuguese Japanese
    Chinese Vietnamese Soviet Arab Arabic Latin Afro European African Asian Western Eastern
    Northern Southern Ottoman Roman Byzantine Islamic Christian Catholic Protestant Muslim
    Jewish Hindu Buddhist Communist Socialist Nazi Allied Axis Norse Viking Celtic Anglo Saxon
    Norman Frankish Moorish Persian Mughal Aztec Inca Mayan Korean Cuban Egyptian Venezuelan
    Syrian Russian Ukrainian Mexican Canadian Brazilian Argentine Chilean Peruvian Colombian
    Indian Iranian Afghan Nepali Bengali Malay Indonesian Australian Algerian Moroccan Tunisian
    Libyan Sudanese Ethiopian Kenyan Nigerian Ghanaian Congolese Ugandan Zimbabwean Angolan
    Italian Austrian Hungarian Czech Slovak Serbian Croatian Bulgarian Romanian Albanian
    Lebanese Jordanian Yemeni Omani Qatari Kuwaiti Emirati Mongolian Tibetan Burmese Cambodian
    Laotian Taiwanese Icelandic Norwegian Belgian Venetian Genoese Florentine Prussian Bavarian
    Napoleonic Victorian Edwardian Elizabethan Georgian Medieval Renaissance
    North South East West Central Upper Lower New Old Great
    """
)
"""Adjectives of nationality and region: a span made only of these names no single entity."""

PERSON_TITLES = word_set(
    """
    president vice-president leader chairman chairwoman chair minister premier king queen
    prince princess emperor empress tsar czar tsarina sultan khedive pasha shah pope general
    admiral colonel captain commander marshal lieutenant sergeant governor mayor senator
    ambassador secretary chancellor dictator counselor counsellor envoy consul diplomat
    explorer engineer architect author writer poet painter composer scientist physicist
    chemist philosopher bishop archbishop cardinal saint sir lord lady dame dr mr mrs ms
    professor judge justice founder director journalist reporter spokesman spokeswoman
    spokesperson duke duchess count countess baron earl viceroy khan caliph emir pharaoh
    consort regent inventor mathematician historian economist banker merchant entrepreneur
    businessman businesswoman official officer diplomat activist singer actor actress chieftain
    administrator commissioner superintendent provost treasurer speaker rabbi imam sheikh
    ayatollah mufti vizier patriarch reverend congressman congresswoman councillor councilman
    councilwoman alderman representative magistrate sheriff commodore brigadier inspector
    detective headmaster headmistress chairperson archdeacon deacon pastor abbot abbess
    rector raja rajah maharaja nawab shogun swami shaykh mullah maulana pandit guru archduke
    archduchess margrave landgrave marquess marquis viscount viscountess baroness
    """
)
"""Words that, just before a name or in front of it in a title, mark the name as a person."""

STATES_AND_PROVINCES = word_set(
    """
    Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia
    Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts
    Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon
    Pennsylvania Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming Alberta
    Manitoba Ontario Quebec Saskatchewan Yukon Tasmania Queensland Victoria
    """
) | frozenset(
    (
        "New York", "New Jersey", "New Mexico", "New Hampshire", "North Carolina",
        "South Carolina", "North Dakota", "South Dakota", "Rhode Island", "West Virginia",
        "British Columbia", "Nova Scotia", "New Brunswick", "New South Wales",
    )
)  # fmt: skip
"""States and provinces whose name a city may share with "City" after it ("Kansas City")."""

CONTINENTS = frozenset(
    ["Africa", "Antarctica", "Asia", "Europe", "North America", "Oceania", "South America"]
)
"""The continents by their whole names, as a key or a place a question asks for."""
KNOWN_LANDS = COUNTRIES | STATES_AND_PROVINCES | CONTINENTS
"""The lands the lexicon knows by name: countries, states and provinces, continents."""


_TWIN_DEMONYM_TEXT = """
Slovene Slovenian|Slovak Slovakian|Argentine Argentinian|Lao Laotian|Azeri Azerbaijani
"""
TWIN_DEMONYMS = {
    one: other
    for pair in _TWIN_DEMONYM_TEXT.replace("\n", "|").split("|")
    if pair.strip()
    for one, other in (pair.split(), pair.split()[::-1])
}
"""Peoples' adjectives written two ways that mean one people ("Slovene" and "Slovenian"):
a learner types either. Not a people's word beside their state's ("Croat", "Croatian
Army"; "Filipino", "Philippine Capitol"): the name takes the state's."""


def demonyms(places: Iterable[str]) -> frozenset[str]:
    """The adjectives of the peoples of ``places`` ("French", "Kenyan", "European"), with the
    irregular ones: they say whose, not where."""
    forms: set[str] = set(IRREGULAR_DEMONYMS)
    for place in places:
        if " " in place:
            continue
        stem = place[:-1] if place[-1] in "aeoy" else place
        forms.update({place + "n", place + "an", place + "ian", place + "i"})
        forms.update({stem + "an", stem + "ian", stem + "ese", stem + "ish", stem + "ic"})
    return frozenset(forms)


COUNTRY_DEMONYMS = demonyms(COUNTRIES)
"""The adjectives of the peoples of the countries ("French", "Kenyan"), built once."""


TRADES = {
    trade: word_set(words)
    for trade, words in {
        "office": """president vice-president leader chairman chairwoman chair minister premier
            king queen prince princess emperor empress tsar czar tsarina sultan khedive pasha
            shah governor mayor senator ambassador secretary chancellor dictator consul envoy
            diplomat candidate councillor councilor viceroy regent duke duchess count countess jarl
            baron earl khan caliph emir pharaoh consort official activist judge justice
            counselor counsellor spokesman spokeswoman spokesperson chieftain treasurer provost
            commissioner administrator superintendent magistrate alderman councilman
            councilwoman congressman congresswoman chairperson raja rajah maharaja nawab shogun
            vizier""",
        "arms": """general admiral colonel captain commander marshal lieutenant sergeant officer
            soldier navigator explorer brigadier commodore""",
        "church": """pope bishop archbishop cardinal priest monk nun missionary abbot
            archdeacon patriarch rabbi imam mufti ayatollah""",
        "letters": """author writer poet novelist critic journalist reporter editor publisher
            historian philosopher screenwriter scholar academic theologian""",
        "music": """composer singer musician pianist violinist conductor guitarist drummer
            songwriter rapper""",
        "cast": "actor actress performer character dancer",
        "crew": """director producer cinematographer designer composer editor writer
            screenwriter choreographer""",
        "science": """scientist physicist chemist mathematician biologist astronomer geologist
            botanist engineer inventor physician surgeon professor teacher economist student""",
        "trade": "banker merchant entrepreneur businessman businesswoman founder settler",
        "sport": "coach player athlete footballer",
        "art": "painter sculptor photographer artist architect designer",
        "crafts": """farmer worker labourer laborer housekeeper servant maid butler cook chef baker butcher brewer miller smith blacksmith carpenter mason bricklayer weaver tailor shoemaker cobbler potter tanner fisherman fishermen hunter shepherd herdsman ploughman peasant serf slave nurse midwife dentist pharmacist apothecary clerk scribe shopkeeper trader peddler innkeeper landlord tenant miner sailor seaman fireman firefighter policeman policewoman constable sheriff guard watchman gardener groom coachman pilot lawyer barrister solicitor attorney accountant librarian schoolteacher schoolmaster headmaster governess tutor preacher pastor vicar rector deacon abbess apprentice journeyman craftsman artisan engraver bookseller jeweller jeweler goldsmith silversmith clockmaker watchmaker glassblower boatbuilder shipbuilder shipwright lumberjack woodcutter forester ranger cowboy rancher planter boatman ferryman""",
    }.items()
}
"""Trades whose roles are fair options of one another: a film's composer for its designer, a
governor for a mayor, a miller for a farmer; a role of no trade here is of an unknown one. A
film's cast and its crew are two trades: an actress is no option for who composed the score.
Every word names a person by what they do ("the housekeeper" is asked with "who")."""


KIN_BY_SEX = {
    "female": word_set(
        """wife widow mother daughter sister niece aunt grandmother granddaughter stepmother
        stepdaughter bride fiancée consort"""
    ),
    "male": word_set(
        """husband widower father son brother nephew uncle grandfather grandson stepfather
        stepson groom fiancé"""
    ),
}
"""Nouns of a woman's or a man's kin or marriage ("his wife", "the son of")."""

RANKS_BY_SEX = {
    "female": word_set("queen empress princess duchess countess baroness actress heiress mistress"),
    "male": word_set("king emperor prince duke count baron earl jarl"),
}
"""Nouns of a woman's or a man's rank or calling ("the queen", "an actress")."""

SEXED_NOUNS = {side: kin | RANKS_BY_SEX[side] for side, kin in KIN_BY_SEX.items()}
"""Nouns of a woman's or a man's kin or rank, both together."""

SEXED_TITLES = {
    "female": word_set(
        """Queen Empress Princess Duchess Countess Baroness Lady Dame Mrs Mrs. Miss Ms Ms.
        Madame Mme Sister Tsarina Abbess Khatun Begum"""
    ),
    "male": word_set(
        """King Emperor Prince Duke Count Baron Earl Lord Sir Mr Mr. Monsieur Pope Tsar Czar
        Sultan Shah Khan Father Brother"""
    ),
}
"""Titles that open or end a person's name ("Queen Ada", "Ulana Khatun") by sex."""

ADDRESS_TITLES = word_set(
    "Chief Saint St. St Sheikh Imam Rabbi Reverend Rev. Father Brother Sister"
)
"""Titles of address that open a person's name without naming a trade ("Father Ivo")."""


WORK_WORDS = word_set(
    """film films movie movies album albums single singles song songs novel novels book books
    play plays musical musicals opera operas series show shows sitcom documentary documentaries
    mixtape soundtrack ballet poem poems painting paintings sculpture symphony"""
)
"""Nouns written right before a work's title ("the film Orm Road", "her album Salt"): the
name after one is a title, never a place's or a person's."""


PARTY_MEMBERS = word_set("Democrat Republican Tory Whig Federalist Socialist Communist")
"""Nouns for a party's members, written before a person's name as a label ("Democrat Jane
Roe"): no part of the name."""

PARTY_LABELS = PARTY_MEMBERS | word_set("Conservative Labour Liberal Democratic Unionist")
"""Party words written before a person's title ("Conservative MP Alan Troy")."""

SEAT_TITLES = word_set("MP MEP MLA MSP MLC")
"""A member's seat written before the name, in capitals ("MP Alan Troy")."""

POSTFIX_TITLES = word_set("pasha bey effendi agha khan")
"""Titles written after the name: "Said Pasha" is one person's name and title."""

NAME_PARTICLE = (
    r"^(?:al|el|ad|ar|as|ash|at|az|an|ibn|bin|abu|d|de|di|da|du|van|von|le|la|o|mc|mac)-?['’]?[A-Z]"
)
"""A lower-case particle fused to a name: "el-Sisi", "al-Mansur", "d'Arc"."""

TITLE_MODIFIERS = word_set(
    "vice deputy prime foreign supreme first grand general chief acting former late"
)


def title_word(word: str) -> bool:
    """Whether a word is a person's title before a name: "Senator", "MP", and a hyphened
    title of titles and their modifiers ("Lieutenant-Governor", "Vice-Admiral")."""
    if word.casefold() in PERSON_TITLES or word in SEAT_TITLES:
        return True
    parts = word.casefold().split("-")
    return (
        len(parts) > 1
        and all(part in PERSON_TITLES | TITLE_MODIFIERS for part in parts)
        and any(part in PERSON_TITLES for part in parts)
    )


def title_or_modifier(word: str) -> bool:
    """Whether a word is a title or a word that qualifies one ("Vice", "Acting", "Prime")."""
    return title_word(word) or word.casefold() in TITLE_MODIFIERS


PERSON_VERBS = word_set(
    """
    said says stated wrote writes visited died married ruled reigned founded led became argued
    claimed proclaimed personally expressed described resigned succeeded studied painted
    composed invented discovered travelled traveled who whose himself herself was_born
    replied insisted recalled announced told asked urged admitted explained believed
    """
)

INSTITUTION_POSTS = word_set(
    """member members rabbi cantor chaplain teacher librarian curator headmaster headmistress
    principal organist director president chairman chairwoman chair secretary treasurer trustee
    governor dean provost rector vicar pastor priest minister conductor coach manager captain
    archivist lecturer professor fellow warden abbot abbess prior editor registrar bursar
    superintendent administrator"""
)
"""Posts a person holds at a body, school, house of worship or team: the nouns after "joined
as", "became" or "was appointed" that take the subject ("became rabbi of Kell Synagogue");
no state of life ("became a widow") nor trade held elsewhere ("served as a soldier")."""

_POSTS_NAMING_THINGS_TOO = word_set("members coach conductor fellow prior principal manager")
"""Posts whose word is a plural, or names a thing or a quality as often ("a coach", "an
electrical conductor", "prior to", "the principal sum", "an asset manager" that is a firm): no
mark of a person alone."""

ROLE_NOUNS = (
    PERSON_TITLES
    | (INSTITUTION_POSTS - _POSTS_NAMING_THINGS_TOO)
    | word_set(
        """
        counselor son daughter wife husband brother sister father mother grandson
        granddaughter grandfather grandmother nephew niece uncle aunt friend student pupil
        mentor rival successor predecessor heir veteran soldier officer monk nun apostle
        disciple evangelist missionary prophet preacher
        """
    )
)
"""Nouns of an appositive ("X, a political counselor, ...") that mark X as a person."""

RELATION_ROLES = word_set("successor predecessor rival")
"""Role nouns that relate a thing to another of its sort as often as a person ("the Mk IV,
the firm's proposed successor to the Mk III"): in an appositive, no mark of a person alone."""

AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent")
"""Endings of a noun that names someone by what they do ("actor", "singer", "novelist",
"librarian", "merchant", "student")."""

PEOPLE_IN_ANT_OR_ENT = word_set(
    """
    assistant merchant student servant tenant agent resident migrant immigrant emigrant
    client president patient parent applicant accountant consultant attendant participant
    descendant occupant inhabitant peasant sergeant lieutenant claimant defendant informant
    correspondent respondent opponent regent adolescent entrant contestant recipient
    superintendent dependant dependent litigant
    """
)
"""Nouns in -ant or -ent that name a person ("assistant", "tenant", "student"): most nouns
so ending name a thing ("plant", "element", "current")."""

ORGANISATION_WORDS = word_set(
    """
    Party Authority Agency Committee Council Army Navy Corps Association Organisation
    Organization Company Corporation Bank University College Institute Ministry Department
    Office Commission League Society Court Parliament Congress Senate Assembly Government
    Nations Front Movement Federation Foundation Museum Library School Club Group Bureau
    Service Times Post News Press Academy Trust Board Cabinet Directorate Guard Police
    Brigade Regiment Division Fleet Inc Ltd Corp Railway Railroad Airlines Airways Union
    Alliance Coalition Confederation Legion Network Broadcasting Radio Television Journal
    Gazette Herald Tribune Observer Agencies Enterprises Industries Works Laboratory Order
    Media Systems Pictures Studios Records Motors Entertainment Communications Technologies
    Electronics Software Holdings Telecom Laboratories Labs Audio Acoustics Force Forces
    """
)

EVENT_WORDS = word_set(
    """
    War Wars Revolution Olympics Games Crisis Battle Treaty Conference Summit Hurricane
    Typhoon Cyclone Earthquake Rebellion Uprising Revolt Massacre Election Festival Expedition
    Siege Campaign Agreement Accord Accords Convention Pact Declaration Championship Cup
    Exhibition Exposition Rising Reformation Famine Plague Blockade Invasion Occupation
    Armistice Truce Coup Incident Affair Crusade Raid Landings Offensive Operation Bombing
    Disaster Eruption Congress Protocol Charter
    """
)

PLACE_WORDS = word_set(
    """
    City Town Village River Mountains Mountain Mount Mt Lake Sea Ocean Island Islands Isle
    Bay Canal Gulf Strait Straits Valley Desert Province County Region District Peninsula
    Coast Harbour Harbor Port Fort Palace Square Street Avenue Road Cathedral Castle Bridge
    Dam Tower Park Temple Mosque Canyon Falls Basin Plain Plateau Cape Station Airport
    Territory Colony Protectorate Isthmus Delta Lagoon Reef Oasis Highlands Lowlands Forest
    Hill Hills Abbey Chapel Monastery Quay Wharf Lighthouse Pass Glacier Volcano Gate Gardens Tunnel
    """
)

LOCATIVE_WORDS = word_set(
    """
    in at near from to into across towards toward through throughout outside inside within
    around via reached visited visiting entered left captured occupied invaded annexed
    besieged leaving reaching entering bombed founded settled
    """
)

CLOSING_PARTICLES = word_set("in out up down away off back over home")
"""Particles a phrasal verb ends a clause on ("moved in", "set off")."""

CONNECTORS = word_set(
    "of the de del della da do dos das di du la le les von van der den al el bin ibn y"
)
"""Lower-case words allowed inside a name: "Bank of England", "Ferdinand de Lesseps"."""

ARTICLES_AND_POSSESSIVES = word_set("the a an its their his her")
"""Words that surely open a noun phrase; not the demonstratives, which may stand alone as a
pronoun and end a phrase ("After that, ...")."""
DETERMINERS = word_set("the a an this that these those its their his her our")
"""Articles, demonstratives and possessives: a word after a verb that opens a noun phrase
("Which port are those ships sent to?": the subject follows the verb)."""

PLACE_PARTICLES = word_set("bij aan am im upon sur en ob")
"""Lower-case words that join a place's name to the river, sea or place it lies on or by:
"Hoorn bij Velde", "Frankfurt am Main", "Stratford upon Avon" are each one name. ("on"
is left out: "the war of Tarland on Vell" joins two names.)"""

COMMON_START_WORDS = word_set(
    """
    a an the in on at by for from after before during since until when while as it he she
    they this that these those there his her its their we i you also however later meanwhile
    then today although though because if once some many most several both each every all
    no not one two three four five six seven eight nine ten following according under over
    between among against despite without within upon into through toward towards near
    like unlike such what which who whom whose where why how yet so but and or nor only even
    just still here now thus hence therefore moreover furthermore besides instead indeed
    other another more less few any much first second third last next late early new old
    her our my your since around about below above beyond behind beside beneath underneath
    alongside across along outside inside throughout
    """
)
"""Capitalised at the start of a sentence, these words are never part of a name."""

FUNCTION_WORDS = word_set(
    """
    after before during since until when whenever while as because if although though once
    unless whereas where why how what which who whom whose in on at by for from into through
    upon within without between among against despite toward towards like unlike
    and or nor but yet so also however then thus hence therefore moreover furthermore
    besides instead indeed meanwhile it he she they this that these those there his her its
    their we you our my your
    """
)
"""Words that never open a name, wherever they stand capitalised ("When St. Anne's Hall
opened", a heading's "After"): a name opens with the name, a title or an article."""


def opens_no_name(word: str) -> bool:
    """Whether a capitalised word opens no name: "In", "The", "However" or a title."""
    folded = word.casefold()
    return (
        folded in COMMON_START_WORDS
        or folded in FUNCTION_WORDS
        or folded.rstrip(".") in PERSON_TITLES
    )


NAME_ABBREVIATIONS = word_set("St Mt Ft Ste")
"""Abbreviations that keep their full stop inside a name: "St. Anne's Hall", "Mt. Kerrow"."""

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

NON_NAMES = frozenset(WEEKDAYS) | word_set("I God Christmas Easter Internet AK")

PRONOUN_STARTS = word_set("he she it they this these those that his her its their we i you such")
"""Sentences that open with these lean on context a question cannot show."""

OPINION_WORDS = word_set(
    """
    dictator dictators dictatorship dictatorial regime regimes fraudulent fraud tyrant tyranny
    tyrannical despot despotic brutal brutally thug thugs puppet rogue evil corrupt corruption
    notorious infamous so-called sham illegitimate murderous terrorist terrorists oppressive
    repressive heroic glorious shameful disgraceful allegedly reportedly propaganda criminal
    barbaric genocidal totalitarian hermit
    """
)
"""Evaluative words: a sentence that uses them is the source's view, never asserted as fact."""

STANDING_WORDS = word_set(
    """
    major minor vital key important significant leading popular prominent notable famous
    well-known dangerous poor good great favourite favorite favoured favored influential
    valuable crucial essential chief principal main primary renowned celebrated legendary
    iconic controversial successful
    """
)
"""Adjectives that rank or judge what they describe ("a major force", "a popular venue",
"Influential Radio Orm"): they say where a thing stands among others, not what kind of thing
it is, and are no part of its name."""

ONCE_ONLY_WORDS = word_set(
    """
    born died death founded established establish signed opened inaugurated completed
    began begun ended abolished crowned assassinated nationalised nationalized created
    built launched discovered invented first independence incorporated dissolved
    """
)
"""A dated sentence with one of these describes a one-time event: another date makes it false."""

APPROXIMATE_WORDS = word_set(
    "about around some roughly approximately nearly almost over estimated circa c ca under"
)
"""Single words that hedge the figure after them; "more than", "up to", "at least" are read as
pairs (a lone "to" or "at" hedges nothing: "home to two ports", "at 40 km/h")."""

_REGION_TEXT = {
    "Europe": """
    Albania|Austria|Belarus|Belgium|Bosnia and Herzegovina|Bulgaria|Croatia|Czech Republic
    |Denmark|Estonia|Finland|France|Germany|Greece|Hungary|Iceland|Ireland|Italy|Latvia
    |Lithuania|Netherlands|North Macedonia|Norway|Poland|Portugal|Romania|Serbia|Slovakia
    |Slovenia|Spain|Sweden|Switzerland|Ukraine|United Kingdom
    """,
    "Middle East and North Africa": """
    Algeria|Bahrain|Egypt|Iran|Iraq|Israel|Jordan|Kuwait|Lebanon|Libya|Morocco|Oman|Qatar
    |Saudi Arabia|Syria|Tunisia|Turkey|United Arab Emirates|Yemen
    """,
    "Sub-Saharan Africa": """
    Angola|Botswana|Cameroon|Chad|Ethiopia|Ghana|Ivory Coast|Kenya|Madagascar|Mali
    |Mozambique|Namibia|Niger|Nigeria|Rwanda|Senegal|Somalia|South Africa|Sudan|Tanzania
    |Uganda|Zambia|Zimbabwe
    """,
    "Central and South Asia": """
    Afghanistan|Bangladesh|India|Kazakhstan|Kyrgyzstan|Nepal|Pakistan|Sri Lanka|Tajikistan
    |Turkmenistan|Uzbekistan
    """,
    "East and Southeast Asia": """
    Cambodia|China|Indonesia|Japan|Laos|Malaysia|Mongolia|Myanmar|North Korea|Philippines
    |Singapore|South Korea|Taiwan|Thailand|Vietnam
    """,
    "North and Central America": """
    Canada|Costa Rica|Cuba|Dominican Republic|Guatemala|Haiti|Honduras|Jamaica|Mexico
    |Nicaragua|Panama|United States
    """,
    "South America": """
    Argentina|Bolivia|Brazil|Chile|Colombia|Ecuador|Paraguay|Peru|Uruguay|Venezuela
    """,
    "Oceania": "Australia|Fiji|New Zealand|Papua New Guinea|Samoa",
}
REGION_COUNTRIES = {
    region: tuple(name.strip() for name in text.replace("\n", " ").split("|"))
    for region, text in _REGION_TEXT.items()
}
"""Well-known present-day countries by region: the list's own options beside a country (a
river of Europe gets European countries, never "Vietnam")."""

_OTHER_NAMES_BY_REGION = {
    "Europe": """
    Andorra|Liechtenstein|Luxembourg|Malta|Moldova|Monaco|Montenegro|San Marino|Vatican City
    |Kosovo|Czechia|Macedonia|Holland|Britain|Great Britain|England|Scotland|Wales|UK|Cyprus
    |Russia|Soviet Union|USSR|Yugoslavia|Czechoslovakia|East Germany|West Germany|Prussia
    |Austria-Hungary|Holy Roman Empire|Venice|Republic of Venice|Kingdom of Naples|Sardinia
    |Bavaria|Saxony|Roman Empire|Byzantine Empire|Georgia|Armenia|Azerbaijan
    """,
    "Middle East and North Africa": "Türkiye|Persia|Ottoman Empire|Palestine|Mauritania",
    "Sub-Saharan Africa": """
    Benin|Burkina Faso|Burundi|Cape Verde|Central African Republic|Comoros|Congo
    |Republic of the Congo|Democratic Republic of the Congo|Democratic Republic of Congo
    |DR Congo|Côte d'Ivoire|Djibouti|Equatorial Guinea|Eritrea|Eswatini|Gabon|Gambia|Guinea
    |Guinea-Bissau|Lesotho|Liberia|Malawi|Mauritius|Seychelles|Sierra Leone|South Sudan|Togo
    |Rhodesia|Zaire
    """,
    "Central and South Asia": "Bhutan|Maldives|Ceylon|Mughal Empire",
    "East and Southeast Asia": "Brunei|East Timor|Korea|Burma|Siam",
    "North and Central America": """
    Bahamas|Barbados|Belize|Dominica|El Salvador|Grenada|Trinidad and Tobago
    |United States of America|America|USA
    """,
    "South America": "Guyana|Suriname",
    "Oceania": "Kiribati|Micronesia|Nauru|Palau|Tonga|Tuvalu|Vanuatu",
}
REGION_OF = {
    name.strip(): region
    for region, text in _OTHER_NAMES_BY_REGION.items()
    for name in text.replace("\n", " ").split("|")
} | {name: region for region, names in REGION_COUNTRIES.items() for name in names}
"""The region of every country of the list (Russia counts as European, as the documents of
European history most often place it)."""

_NEIGHBOUR_TEXT = """
United Kingdom|Ireland|France|Belgium|Netherlands
England|Scotland|Wales|Ireland
France|Belgium|Netherlands|Luxembourg|Germany|Switzerland|Austria
Denmark|Norway|Sweden|Finland|Iceland
Estonia|Latvia|Lithuania|Poland|Finland
Spain|Portugal|Italy|Greece|Malta|France
Germany|Poland|Czech Republic|Slovakia|Hungary|Austria
Slovenia|Croatia|Bosnia and Herzegovina|Serbia|Montenegro|Albania|North Macedonia|Bulgaria|Greece
Greece|Macedonia|North Macedonia|Albania|Bulgaria
Switzerland|Austria|Italy|Slovenia|Croatia|Hungary
Hungary|Croatia|Serbia|Romania|Slovakia|Ukraine|Austria|Slovenia
Norway|United Kingdom|Denmark|Netherlands|Germany
Georgia|Armenia|Azerbaijan|Turkey
Ukraine|Belarus|Moldova|Russia|Romania|Poland
Syria|Lebanon|Israel|Jordan|Iraq|Turkey|Cyprus
Saudi Arabia|Kuwait|Qatar|Bahrain|United Arab Emirates|Oman|Yemen|Iran|Iraq
Egypt|Libya|Tunisia|Algeria|Morocco
Nigeria|Ghana|Senegal|Mali|Niger|Ivory Coast|Cameroon
Kenya|Uganda|Tanzania|Ethiopia|Somalia|Rwanda|Sudan
South Africa|Namibia|Botswana|Zimbabwe|Zambia|Mozambique|Angola
India|Pakistan|Bangladesh|Sri Lanka|Nepal|Afghanistan
Kazakhstan|Uzbekistan|Turkmenistan|Kyrgyzstan|Tajikistan|Afghanistan
China|Japan|South Korea|North Korea|Mongolia|Taiwan
Vietnam|Thailand|Cambodia|Laos|Myanmar|Malaysia|Indonesia|Philippines|Singapore
United States|Canada|Mexico
Guatemala|Honduras|Nicaragua|Costa Rica|Panama|Cuba|Jamaica|Haiti|Dominican Republic
Argentina|Brazil|Chile|Peru|Colombia|Venezuela|Bolivia|Ecuador|Paraguay|Uruguay
Australia|New Zealand|Papua New Guinea|Fiji
"""


def _neighbours(text: str) -> dict[str, tuple[str, ...]]:
    neighbours: dict[str, tuple[str, ...]] = {}
    for line in text.strip().splitlines():
        group = line.split("|")
        for name in group:
            others = (other for other in group if other != name)
            neighbours[name] = tuple(dict.fromkeys((*neighbours.get(name, ()), *others)))
    return neighbours


NEIGHBOURS = _neighbours(_NEIGHBOUR_TEXT)
"""Each listed country's near neighbours, the countries a learner could confuse it with: the
list's own options beside a country ("Ireland" gets "France", "Belgium", never "Bosnia")."""

LANDLOCKED = word_set(
    """
    Afghanistan Andorra Armenia Austria Azerbaijan Belarus Bhutan Bolivia Botswana Burundi Chad
    Ethiopia Hungary Kazakhstan Kosovo Kyrgyzstan Laos Lesotho Liechtenstein Luxembourg Malawi
    Mali Moldova Mongolia Nepal Niger Paraguay Rwanda Serbia Slovakia Switzerland Tajikistan
    Turkmenistan Uganda Uzbekistan Zambia Zimbabwe
    """
) | {"Burkina Faso", "Central African Republic", "Czech Republic", "North Macedonia", "South Sudan"}
"""Countries without a coast: no option where a fleet, a port or a coast is the point."""


def near_countries(country: str) -> frozenset[str]:
    """The countries within two steps of ``country`` in ``NEIGHBOURS`` (its neighbours and
    theirs), or nothing where the list does not know it: the countries a reader of the same
    history could take for it ("Ireland" and "Belgium" for "Italy", never "Scotland")."""
    near = set(NEIGHBOURS.get(country, ()))
    for neighbour in tuple(near):
        near.update(NEIGHBOURS.get(neighbour, ()))
    near.discard(country)
    return frozenset(near)


PARTS_OF = {
    "United Kingdom": ("England", "Scotland", "Wales", "Northern Ireland"),
    "UK": ("England", "Scotland", "Wales", "Northern Ireland"),
    "Britain": ("England", "Scotland", "Wales"),
    "Great Britain": ("England", "Scotland", "Wales"),
}
"""Countries of the list that contain others: "Britain" is never an option beside "Wales"."""

SHORT_FORMS = {
    "United Kingdom": ("UK", "U.K.", "Britain", "Great Britain"),
    "United Kingdom of Great Britain and Northern Ireland": ("United Kingdom", "UK"),
    "United States": ("US", "U.S.", "USA", "United States of America", "America"),
    "United States of America": ("United States", "US", "USA", "America"),
    "Soviet Union": ("USSR",),
    "United Arab Emirates": ("UAE",),
    "Democratic Republic of the Congo": ("DR Congo", "DRC"),
    "Czech Republic": ("Czechia",),
    "United Nations": ("UN",),
    "European Union": ("EU",),
}
"""Short forms every reader knows, accepted when a typed answer is the full name."""

BROADER_SORTS = {
    **dict.fromkeys(
        word_set(
            "council senate parliament assembly congress academy committee commission board"
            " league conference society association federation"
        ),
        "body",
    ),
    **dict.fromkeys(word_set("college university institute school"), "institution"),
    **dict.fromkeys(word_set("bureau department ministry office"), "agency"),
    **dict.fromkeys(word_set("army navy regiment"), "force"),
    **dict.fromkeys(word_set("church cathedral chapel abbey temple"), "place of worship"),
    **dict.fromkeys(word_set("sea ocean lake river bay gulf strait"), "body of water"),
    **dict.fromkeys(word_set("desert plain plains basin plateau peninsula"), "region"),
    **dict.fromkeys(word_set("mountains hills"), "range"),
    **dict.fromkeys(word_set("prize medal trophy"), "award"),
    **dict.fromkeys(word_set("empire kingdom"), "realm"),
    "corporation": "company",
    "company": "firm",
    "war": "conflict",
    "canal": "waterway",
    **dict.fromkeys(word_set("street avenue lane boulevard"), "road"),
    "valley": "region",
    "county": "area",
    "charter": "document",
    "government": "administration",
}
"""A broader word for a sort a "which" question names, when the key is that sort and plain
words ("Which senate ...? → State Senate" is asked "Which body ...?", "Which sea ...? →
Black Sea" "Which body of water ...?")."""


COMPANY_SUFFIXES = word_set(
    "Limited Ltd Ltd. plc PLC Inc Inc. Incorporated LLC GmbH Corporation Corp Corp."
)
"""The legal form after a firm's name: "Sky UK Limited" is known as "Sky UK"."""

REALM_WORDS = word_set("Empire Kingdom Sultanate Caliphate Khanate")
"""Sort words of a state that is no present-day country: "Which empire ...", never "Which
country ..." for the Byzantine Empire."""


def realm_word(name: str) -> str | None:
    """The sort a former state's name gives itself ("Holy Roman Empire" → "empire", "Kingdom of
    Sicily" → "kingdom", "Aztec Empire"), or None for any other name: a present-day country
    ("United Kingdom" is asked as a country) or a byname ("Inland Empire")."""
    if name in COUNTRIES and name not in FORMER_STATES:
        return None
    words = name.removeprefix("the ").removeprefix("The ").split()
    head = words[: words.index("of")] if "of" in words else words
    if not head or head[-1] not in REALM_WORDS:
        return None
    modifiers = head[:-1]
    known = name in FORMER_STATES or "of" in words  # "Kingdom of Sicily"
    if known or (modifiers and all(w in IRREGULAR_DEMONYMS or w in COUNTRIES for w in modifiers)):
        return head[-1].casefold()
    return None  # "Inland Empire", "Middle Kingdom": a byname, no state


LANGUAGE_STAGES = word_set("Old Middle Modern Early Late Classical Ancient Vulgar Proto Standard")
"""Words before a people's adjective that make the name a language or a style ("Old Norse",
"Modern English", "Classical Latin"): never a place, whatever preposition comes before it."""

FIELD_ENDINGS = ("ology", "ics", "istry", "onomy", "osophy", "graphy", "ography", "urgy")
"""Endings of the one-word names of fields of study ("Chemistry", "Economics", "Geology")."""

FIELDS = word_set(
    """
    Medicine Literature Peace Law Art Arts Music History Engineering Architecture Physiology
    Philosophy Mathematics Physics Chemistry Economics Biology Science Sciences Theology
    Linguistics Sociology Psychology Astronomy Geography Geology Anthropology Education
    Agriculture Nursing Journalism Design Finance Accounting Management Statistics
    """
)
"""Fields of study and prize categories a text capitalises ("the Nobel Prize in Medicine"):
what a prize, a degree or a chair is in, never a place."""


def field_of_study(name: str) -> bool:
    """Whether a name is a field of study ("Chemistry", "Geology"), asked "which field"."""
    return name in FIELDS or (
        " " not in name and name.endswith(FIELD_ENDINGS) and not name.endswith("ics")
    )


FIELD_CUES = word_set(
    """
    prize prizes award awards medal medals degree degrees doctorate diploma chair professor
    professorship lecturer reader bachelor master studies majored major courses course
    """
)
"""Nouns after which "in X" names a field ("a degree in Chemistry"), never a place."""

COMPANY_SUFFIX_AFTER = r"^,?\s+(?:Limited|Ltd\.?|plc|PLC|Inc\.?|LLC|GmbH|Corp\.?|S\.A\.|AG)\b"
"""A firm's legal form right after its name ("Sky plc", "Acme, Inc."): the name is a firm's."""

PLACE_HYPHEN = r"^Saint(?:e)?-[A-Z]|-(?:du|de|des|la|le|les|sur|sous|en|lès)-[A-Z]"
"""Hyphens that join a place's name and never a person's whole name ("Saint-Evroul",
"Trinité-du-Mont", "Boulogne-sur-Mer"; a person is "Saint Evroul" or "X de Saint-Y")."""

NOT_LOCATIVE_BEFORE = frozenset(
    [
        ("due", "to"),
        ("according", "to"),
        ("thanks", "to"),
        ("owing", "to"),
        ("similar", "to"),
        ("related", "to"),
        ("compared", "to"),
        ("contrast", "to"),
        ("addition", "to"),
        ("prior", "to"),
        ("apart", "from"),
        ("aside", "from"),
    ]
)
"""Two-word phrases whose last word only looks locative: "due to X" names no place."""

RECIPIENT_VERBS = word_set(
    """
    recommend explain report speak talk write appeal promise dedicate present award grant
    offer propose suggest describe introduce complain reply preach lecture confess announce
    entrust owe bequeath donate pledge swear surrender submit cede lease lend
    """
)
"""Verbs whose "to" names who receives or hears ("recommended to Ivo Marr", "surrendered to
the Vell army"), never where one goes."""

SAYING_VERBS = word_set(
    "state say claim report believe write argue suggest think allege assert maintain note"
    " record hold contend insist"
)
"""Verbs of saying or believing, which report a clause ("historians believe Orm was ...")."""

NO_DESTINATION_VERBS = RECIPIENT_VERBS | word_set(
    "refer belong contribute respond react object adapt listen relate amount correspond"
    " attribute liken devote shorten abbreviate rename"
)
"""Verbs whose "to" names no place one goes to ("referred to Orm as a few acres of snow"):
"Where did he refer?" asks nothing; "shortened to Orm" gives a name, no place."""

TOPIC_ON_NOUNS = word_set(
    """
    essay book article paper treatise study thesis dissertation monograph lecture talk speech
    sermon report documentary film series programme program exhibition symposium seminar
    conference course chapter commentary column piece poem novel memoir history inquiry
    enquiry debate research survey review opinion view remark reflection work volume pamphlet
    tract publication broadcast feature focus expert authority specialist emphasis perspective
    """
)
"""Nouns whose "on" names a topic ("an essay on 1984", "a book on 1968"), never a date."""

TOPIC_ON_VERBS = word_set(
    """
    write lecture speak comment report reflect focus dwell elaborate touch publish base centre
    center concentrate expound muse meditate theorise theorize opine ruminate remark testify
    """
)
"""Verbs whose "on" names a topic ("wrote on 1848", "a film based on 1984"), never a date."""

TOPIC_ON_PASSIVE_VERBS = word_set("base centre center focus concentrate model pattern")
"""Verbs whose "on" names a topic in the passive too ("was based on 1984", "was modelled on
Orm"): what a work rests on, no day it was done ("was published on 1921" dates it)."""

ACTIVITY_IN_VERBS = word_set("participate engage involve specialise specialize enrol enroll")
"""Verbs whose "in" names what one takes part in ("participated in the Orm March"), no place:
"Where did the choir participate?" misreads it."""

EXAMINING_VERBS = word_set("examine observe measure investigate detect analyse analyze test")
"""Verbs of research whose "in" names what was looked at ("measured the signal in zebrafish"),
a creature, a tissue or a sample as often as a place."""

LAW_WORDS = word_set("Act Acts Bill Statute Ordinance Constitution Code Charter")
"""Last words of the name of a law or a founding text ("Colony of Orm Act"): neither the place
nor the body it names."""


def _name_list(file_name: str) -> frozenset[str]:
    """The names of one list in ``names/``, one a line."""
    text = (
        resources.files("factdeck.generate")
        .joinpath("names", file_name)
        .read_text(encoding="utf-8")
    )
    return frozenset(text.split())


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """People's first names in some eighty languages ("Ilse", "Laszlo", "Priya"), the
    capitalised one-word first names of the lists Faker ships (MIT, ``names/LICENSE-Faker.txt``),
    kept in ``names/given.txt``: importing Faker to read them took a fifth of a second a run.
    ``tests/unit/generate/test_lexicon_names.py`` checks the copy against the installed Faker and
    rewrites it. A name of the list may also be a word or a place ("Long", "Florence"): the
    extractor weighs it with the rest of the name."""
    return _name_list("given.txt")


_NAMED_SORT_WORDS = (
    ORGANISATION_WORDS
    | EVENT_WORDS
    | PLACE_WORDS
    | COUNTRY_WORDS
    | LAW_WORDS
    | word_set(
        "Ground Grounds Stadium Arena Hall House Church Building Centre Center Theatre Theater"
        " Hotel Market Hospital Prize Award Trophy Cross Medal Line Way Lane Park Estate Farm Mill"
    )
)
"""Last words that make a name a thing's or a place's ("Anna Holt School", "Ivo Marlow
Ground"), never a person's."""


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    """People's family names from the same lists as ``given_names``, in ``names/family.txt``."""
    return _name_list("family.txt")


def family_name(word: str) -> bool:
    """Whether a word is a known family name ("Holt")."""
    return word in _surnames()


def _surname(word: str) -> bool:
    """Whether a capitalised word can end a person's name: a known family name ("Holt") or
    no English word ("Marlow"); "Kelby Cloth" names a thing."""
    return word in _surnames() or not english_word(word)


FAITHS = word_set(
    """
    Christianity Islam Judaism Orthodoxy Shinto Sufism Catholicism Protestantism Buddhism
    Hinduism Sikhism Jainism Taoism Zoroastrianism Manichaeism Anglicanism Lutheranism
    Calvinism Methodism
    """
)
"""Faiths: a name ending in one is asked "which faith" ("Nestorian Christianity")."""


def faith_or_doctrine(name: str) -> bool:
    """Whether a name ends in a faith or a doctrine ("Nestorian Christianity", "Ormism"),
    something one holds or converts to, never a place one goes to. An "-ism" after "of" is a
    field an institution is named after ("Kell Institute of Journalism"), no doctrine."""
    words = name.split()
    if not words:
        return False
    last = words[-1]
    if last in FAITHS:
        return True
    after_of = len(words) >= 2 and words[-2] == "of"
    return last[:1].isupper() and last.endswith("ism") and not after_of


def recipient_verb(word: str) -> bool:
    """Whether ``word`` is a form of a verb whose "to" names who receives or hears
    ("recommended", "surrendered"; ``RECIPIENT_VERBS``), not where one goes."""
    return _form_of_one(word, RECIPIENT_VERBS)


DOUBLE_OBJECT_VERBS = word_set("grant give pay make name appoint call send offer crown")
"""Verbs that take two objects ("granted Rask the Manor", "made Rask the Mayor"): a name after
one is followed by what it gets or becomes, never by its byname."""


def double_object_verb(word: str) -> bool:
    """Whether ``word`` is a form of a verb that takes two objects ("granted", "made")."""
    return _form_of_one(word, DOUBLE_OBJECT_VERBS)


@lru_cache(maxsize=65536)
def all_lemmas(word: str) -> Mapping[str, tuple[str, ...]]:
    """``getAllLemmas(word)``, read once a word and read-only: lemminflect copies its tables
    on each call, and the words of a long document's thousands of names are asked about
    again for each fact and option that holds them."""
    return MappingProxyType({tag: tuple(lemmas) for tag, lemmas in getAllLemmas(word).items()})


def _form_of_one(word: str, verbs: Collection[str]) -> bool:
    """Whether ``word`` is a form of one of ``verbs``, given as their base forms."""
    return any(lemma in verbs for lemma in all_lemmas(word.casefold()).get("VERB", ()))


def english_word(word: str) -> bool:
    """Whether a capitalised word is also a common English word ("Cloth", "Brook")."""
    return bool(all_lemmas(word.casefold()))


def sort_word(word: str) -> bool:
    """Whether a capitalised word says what sort of thing or place a name is ("River")."""
    return word in _NAMED_SORT_WORDS


def plain_name(name: str) -> bool:
    """Whether a name is two or three capitalised words none of which says a sort of thing or
    place ("Ivo Marr", never "Orm Council" or "Kell River")."""
    words = name.split()
    return 2 <= len(words) <= 3 and all(
        word[:1].isupper() and word.isalpha() and not sort_word(word) for word in words
    )


def reads_as_personal_name(name: str) -> bool:
    """Whether a key reads as a person's name: two or three capitalised words opening with a
    known given name and ending in a surname ("Ivo Marlow", "Anna May Holt"), never in a sort
    word ("Anna Holt River", "Ivo Marlow Street" name a river and a street)."""
    words = name.split()
    return (
        2 <= len(words) <= 3
        and words[0] in given_names()
        and all(word[:1].isupper() and word.replace("-", "").isalpha() for word in words)
        and words[-1] not in _NAMED_SORT_WORDS
        and _surname(words[-1])
    )
