"""English word lists and tests for mention detection and NIL typing (folded forms: lower case, no accents).

The matcher and the recall pass were tuned on French; on English text capitalised common words (sentence
openers, months, demonyms, titles, the heads of organisation names at their end) became names. These lists
are used only when a document is English (``doc.lang``, or :func:`is_english` when no language is known:
the English :class:`.lang_rules.LangRules`), so French documents read exactly as before. Written by the
textplug team from general knowledge of English; "common word" comes from wordfreq's English frequency list
(already a dependency).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .languages import frequent_words

__all__ = ["is_english", "common_word", "english_type", "DEMONYMS", "TITLES", "MONTHS", "PER_VERBS",
           "DOTTED_ACRONYM", "NO_OPINION",
           "COUNTRY_SHORT", "COUNTRY_NAME_LANGS",
           "name_word", "ORG_ALONE", "PARTICLES",
           "SUBDIVISION_SUFFIXES", "ORG_NOUNS", "PLACE_NOUNS_AFTER", "TITLES_CUT", "english_first_names",
           "HYPHEN_PREFIX", "PER_ERA_AFTER", "JOINERS", "CUTS",
           "PARTICLE_ENDS", "PARTICLE_BEFORE"]

# the words English text uses at least as often as French text uses its own (the, of, and ...): a document
# is English when they clearly outnumber the French ones
_EN_WORDS = (" the ", " of ", " and ", " to ")
_FR_WORDS = (" le ", " la ", " les ", " des ", " et ")
_SAMPLE = 1500  # characters read: a news article's language shows in its first paragraphs


def is_english(text: str, lang: str | None = None) -> bool:
    """The document is English: ``lang`` when a language plugin set it, else a count of a few function
    words in its first ``_SAMPLE`` characters (nine ``str.count`` calls in C: constant time)."""
    if lang:
        return lang.lower().startswith("en")
    sample = text[:_SAMPLE]
    en = sum(map(sample.count, _EN_WORDS))
    fr = sum(map(sample.count, _FR_WORDS))
    return en >= (2 if len(sample) < _SHORT else 3) and en > 2 * fr


_SHORT = 600  # a tweet or a caption: two function words are enough


def _common() -> frozenset[str]:
    """The most frequent English words (wordfreq, Zipf >= 4.5, about 3,000 words), folded: the one list
    of :func:`.languages.frequent_words`, cached per language."""
    return frequent_words("en")


def common_word(word: str) -> bool:
    """``word`` (folded) is a frequent English word: capitalised at a sentence start, it is no name."""
    return word in frequent_words("en")


# months and weekdays that the shared STOP list lacks ("may" is a French modal's homograph there)
MONTHS = frozenset("may january february march april june july august september october november december "
                   "monday tuesday wednesday thursday friday saturday sunday".split())

# demonyms and religions: adjectives and nouns of peoples, never a place or a person on their own
DEMONYMS = frozenset("""
american americans african africans afghan afghans albanian algerian arab arabs arabian argentine argentinian
armenian asian asians australian australians austrian azerbaijani bangladeshi belarusian belgian bolivian
bosnian brazilian brazilians british briton britons bulgarian burmese burundian burundians cambodian cameroonian
canadian canadians chilean chinese colombian congolese croatian cuban cypriot czech danish dutch ecuadorian
egyptian egyptians emirati english eritrean estonian ethiopian european europeans filipino finnish french
georgian german germans ghanaian greek guatemalan haitian hungarian hungarians icelandic indian indians
indonesian iranian iranians iraqi iraqis irish israeli israelis italian italians ivorian jamaican japanese
jordanian kazakh kenyan korean koreans kosovar kurdish kurd kurds kuwaiti kyrgyz laotian latvian lebanese
liberian libyan lithuanian macedonian malagasy malawian malaysian malian maltese mexican mexicans moldovan
mongolian montenegrin moroccan mozambican namibian nepali nepalese nigerian nigerians nigerien norwegian
pakistani pakistanis palestinian palestinians panamanian paraguayan persian peruvian polish portuguese qatari
romanian russian russians rwandan saudi saudis scottish senegalese serbian singaporean slovak slovenian
somali somalis spanish sri srilankan sudanese swedish swiss syrian syrians taiwanese tajik tanzanian thai
tibetan tongan tunisian turkish turkmen ugandan ukrainian ukrainians uruguayan uzbek venezuelan vietnamese
welsh yemeni yemenis zambian zimbabwean uighur uighurs uyghur uyghurs pashtun hutu tutsi latino latina
hispanic caucasian western eastern northern southern soviet
muslim muslims islamic islamist islamists christian christians catholic catholics protestant protestants
jewish jews jew hindu hindus buddhist buddhists sunni sunnis shia shiite shiites orthodox evangelical
democrat democrats republican republicans conservative conservatives liberal liberals socialist socialists
communist communists islam christianity judaism hinduism buddhism
""".split())

# titles, roles and occupations written before a name ("Prime Minister", "Dr.", "Actor Doris Day"):
# not part of it
TITLES = frozenset("""
former late acting sitting interim deputy vice prime minister ministers president presidents secretary
senator senators governor governors mayor chief justice justices judge chancellor chairman chairwoman chair
spokesman spokeswoman spokesperson ambassador commissioner commander officer detective sergeant captain
lieutenant colonel major admiral general marshal dr mr mrs ms miss prof professor sir dame lord lady king
queen prince princess emperor empress pope cardinal archbishop bishop reverend rev father sister brother
rabbi imam sheikh sheik ayatollah coach manager director ceo founder analyst attorney lawyer congressman
congresswoman representative rep sen gov lt gen col capt sgt federal foreign state retired
author writer novelist poet playwright actor actress singer songwriter rapper musician comedian
journalist reporter columnist presenter businessman businesswoman entrepreneur billionaire tycoon economist
scientist activist campaigner filmmaker producer painter photographer architect astronaut
""".split())

# verbs that follow a person's name ("Fischer noted", "Snyder died")
PER_VERBS = frozenset("""
said says told added wrote noted argued explained stated claimed announced declared denied insisted replied
asked warned urged died dies won wins lost resigned admitted confirmed praised criticised criticized
called thanked tweeted posted married
""".split())

# common nouns before an organisation's name ("comparison service Foundem", "website Gazeta Esportiva")
ORG_NOUNS = frozenset("""
company firm website site service newspaper paper daily broadcaster network channel agency outlet magazine
publisher carrier airline retailer manufacturer maker developer giant startup charity nonprofit non-profit
watchdog regulator group party band club team brand bank insurer lender operator provider
""".split())

# lower-case place nouns after a name ("Guangdong province", "the Xinjiang regional capital")
PLACE_NOUNS_AFTER = frozenset("province region regional county state city district prefecture island valley".split())

# titles that cut a capitalised run ("Burundi President Pierre Nkurunziza": Burundi, then the person)
TITLES_CUT = frozenset("president minister prime senator governor mayor chancellor secretary justice judge "
                       "spokesman spokeswoman ambassador king queen emperor pope".split())


# words after "the X" that make a lone unknown X a person (the Kohl government, the Obama administration)
PER_ERA_AFTER = frozenset("government administration presidency era cabinet".split())

# "for" inside an organisation's name (Cinema for Peace Foundation): kept only when the run ends in one
JOINERS = frozenset({"for"})
CUTS = TITLES_CUT | JOINERS | {"of"}  # a run holding none of these needs no cut

# "anti-Gyurcsány protests", "pro-Kremlin": a name inside an adjective, not a mention
HYPHEN_PREFIX = re.compile(r"(?<![\w-])(?:anti|pro|non|post|pre|neo)-$", re.IGNORECASE)


@lru_cache(maxsize=1)
def english_first_names() -> frozenset[str]:
    """faker's en_US and en_GB first names, folded: the first names English news use most. faker's all-locale
    list also holds words such as "media" or "peace", so a frequent English word is a first name only here."""
    from ..first_names import faker_first_names

    return frozenset(n.lower() for attr in ("first_names", "first_names_male", "first_names_female")
                     for n in faker_first_names(attr, ["en_US", "en_GB"]) if n.isalpha())


# last words of organisation names (European Commission, Suffolk Police, Holy Cross Hospital)
_ORG_LAST = frozenset("""
commission court courts party parties ministry department agency assembly council committee foundation
institute institution university college school academy hospital clinic airport airlines airways police
army navy corps guard force forces board bureau office service services authority administration
organization organisation association union society federation league bank fund group press post news
times guardian herald tribune journal telegraph inc ltd llc plc corp co company corporation network channel
radio television tv club team church parliament senate congress government cabinet commission centre center
council conference alliance coalition movement front brigade brigades
""".split())



def name_word(word: str) -> bool:
    """``word`` ends organisation or place names (Commission, Party, Empire): a demonym before it belongs
    to the name (``European Commission``, ``American Enterprise Institute``, ``Soviet Empire``)."""
    return word in _ORG_LAST or word in _LOC_LAST


# organisation heads that name one institution alone after "the" (the Court, the Commission, Parliament)
ORG_ALONE = frozenset("court commission parliament congress senate government cabinet council assembly".split())

# lower-case particles of names written before a surname (bin Laden, van Gogh, al-Assad is read elsewhere)
PARTICLES = frozenset("bin ibn van von der de da di du al el abu".split())
PARTICLE_ENDS = frozenset(p[-2:] for p in PARTICLES)  # a cheap test before the regex
PARTICLE_BEFORE = re.compile(r"(?<![\w-])(" + "|".join(sorted(PARTICLES)) + r") $")

# first words of organisation names followed by "of" (University of the South Pacific, Bank of England)
_ORG_FIRST_OF = frozenset("""
university bank ministry department institute college court council church federation league academy
school office bureau house
""".split())

# last words of place names (Soviet Empire, Kossuth Square, Route 2 is read by the matcher as a run)
_LOC_LAST = frozenset("""
empire kingdom republic caliphate sultanate emirate emirates region province county district territory
territories peninsula coast ocean sea gulf strait mountains mountain valley desert island islands bay square
street avenue road boulevard highway bridge park lake river hills
""".split())

# the last words of organisation and place names, for the names read after a possessive (`Queen's Park`)
NAME_HEADS = _ORG_LAST | _LOC_LAST

# words of names that are laws, treaties, awards and wars: MISC, not organisations or people
_MISC_WORDS = frozenset("""
bill act acts law laws treaty convention accord accords agreement declaration charter amendment award awards
prize prizes war wars election elections cup championship championships olympics games festival summit
""".split())

# plurals that end a place's name, not a team's (Niagara Falls, Cayman Islands, Golan Heights)
_PLACE_PLURALS = frozenset("""
falls lakes heights springs rapids plains highlands lowlands woods keys gardens isles downs fields rocks banks
narrows sands glades flats alps states provinces regions districts villages hills mountains islands territories
emirates islets cliffs mounts ridges
""".split())

# words before a place that make a part of it, not a body named after it (Atlantic Canada, Old Montreal)
_PLACE_PARTS = frozenset("""
old new little great big downtown uptown midtown inner outer rural urban historic mainland coastal metropolitan
atlantic pacific arctic tropical french english british latin southwest southeast northwest northeast mid
""".split())

# countries whose government agencies are named with a common noun before them (Statistics Canada, Health Canada)
_AGENCY_PLACES = frozenset("canada".split())

# directions before a place (South Yemen, North Korea, Central Europe)
_DIRECTIONS = frozenset("north south east west northern southern eastern western central upper lower greater".split())

# English short names of countries that pycountry lacks (its names are "United States", "United Kingdom")
COUNTRY_SHORT = {"US": ("US", "USA"), "GB": ("UK", "Britain", "Great Britain")}

# languages whose country names (pycountry's catalogues) the default KB adds as aliases: English news
# quote them (Brasil in a Global Voices post), and the KB's other names are English and French. Not German:
# its Italien, Australien are French demonyms ("l'Australien Richie Porte")
COUNTRY_NAME_LANGS = ("pt", "es", "it")

# last words of ISO 3166-2 names that English (and French) news leave out: "Guangdong Sheng" is Guangdong,
# "Xinjiang Uygur Zizhiqu" Xinjiang, "Omskaya oblast'" stays (its short form is an adjective)
SUBDIVISION_SUFFIXES = frozenset("Sheng Shi Zizhiqu SAR Province Respublika".split())

# U.S., U.K., D.C.: dotted initials of a country or a place
DOTTED_ACRONYM = re.compile(r"(?:[A-Z]\.){2,4}")

NO_OPINION = "?"  # english_type has nothing to say: the French rules decide


def english_type(words: tuple[str, ...], cue: str | None, prev: str, names: frozenset[str],
                 is_place, upper: bool = False) -> str | None:
    """The type of an unknown multi-word English name from its words, or ``NO_OPINION``: laws and awards
    are MISC (None), organisation heads at the end (``European Commission``) ORG, empires and squares LOC,
    a direction and one word (``South Pacific``) LOC,
    and a run that the matcher typed as a person only because it has two capitalised words stays a person
    only when it opens with a first name or holds no frequent English word (``Akilisi Pohiva``, not
    ``Internet Explorer``); never when it is written in capitals (``HYDROXYCHLOROQUINE & AZITHROMYCIN``:
    shouting, not a name). ``is_place(word)``: the KB knows ``word`` as a place."""
    if len(words) < 2:
        return NO_OPINION
    if not _MISC_WORDS.isdisjoint(words):
        return None
    last, first = words[-1], words[0]
    if last in _ORG_LAST or (first in _ORG_FIRST_OF and words[1] == "of"):
        return "ORG"
    if last in _LOC_LAST:
        return "LOC"
    if first in _DIRECTIONS and len(words) == 2:
        return "LOC"  # South Pacific, North Korea
    if len(words) <= 4 and len(last) > 3 and last.endswith("s") and not last.endswith(("ss", "us", "is")) \
            and last not in _PLACE_PLURALS and not upper and is_place(" ".join(words[:-1])):
        return "ORG"  # Toronto Raptors, Boston Celtics, New York Yankees: a place and a plural, a team
    if prev in ORG_NOUNS:
        return "ORG"  # the website Gazeta Esportiva
    if len(words) == 2 and last in _AGENCY_PLACES and first not in _DIRECTIONS and first not in _PLACE_PARTS \
            and first not in names and not is_place(first) and not upper:
        return "ORG"  # Statistics Canada, Health Canada, Transport Canada: a common noun and a country, an agency
    if cue == "PER" and prev not in TITLES:
        if upper:
            return None
        if first in english_first_names() or (first in names and not common_word(first)):
            return NO_OPINION  # George W. Bush, Media Player: a first name opens it (faker's lists are wide)
        common = _common()
        for w in words:
            if w in common and w not in names:
                return None
    return NO_OPINION
