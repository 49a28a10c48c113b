"""Per-language tests for mention detection: frequent words (wordfreq) and German's capitalised nouns.

The matcher reads a capitalised word as a name candidate. In German every noun is capitalised, and in every
language a sentence opens with a capital, so frequent words became names (``Wir``, ``Montag``, ``Es``).
These tests apply when the document's language is known (``doc.lang``, or English detected by
:func:`.english.is_english`) and is not French: French keeps its own signals, exactly as before. Which of
them apply, and the frequent words they read, is one :class:`.lang_rules.LangRules` per language.
Word lists written by the textplug team from general knowledge of the languages; word frequencies come
from wordfreq (already a dependency). All words are folded (lower case, no accents), as the matcher reads.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .normalize import normalize

__all__ = ["lang_code", "frequent_words", "after_break", "DE_DETERMINERS", "DE_TITLES",
           "DE_ORG_LAST", "DE_PLACE_ENDINGS", "DE_SPEECH_VERBS", "german_evidence", "NUMBER"]

ZIPF = 4.5  # about once in 30,000 words: "signs", "photo", "otherwise"; rarer surnames stay names
# the wider list of words that, capitalised at a sentence start, are common words rather than names
# ("Thrilled", "Critics"): about once in 80,000 words
OPENER_ZIPF = 3.9


def lang_code(lang: str | None) -> str | None:
    """``de`` for ``de``, ``de-AT``, ``de_CH``; None when unknown."""
    if not lang:
        return None
    return re.split(r"[-_]", lang.strip().lower(), maxsplit=1)[0] or None


@lru_cache(maxsize=32)
def frequent_words(lang: str, zipf: float = ZIPF) -> frozenset[str]:
    """The words of ``lang`` with a Zipf frequency >= ``zipf`` (wordfreq's top buckets, a few thousand
    words), folded; read once per language and process in about 50 ms. Empty when wordfreq has no list
    for ``lang`` or is absent: the other rules still run."""
    try:
        from wordfreq import available_languages, read_cBpack
    except ImportError:  # pragma: no cover - wordfreq is a dependency
        return frozenset()
    lists = available_languages()
    if lang not in lists:
        return frozenset()
    # The packed list, as plugins/language/words.py reads it: get_frequency_list would keep every word of the
    # language in wordfreq's process-long cache (~30 MB a language, measured) for the few thousand kept here.
    # Bucket i holds the words of frequency 10 ** (-i / 100), that is of Zipf value 9 - i / 100.
    buckets = read_cBpack(lists[lang])[:int(round((9 - zipf) * 100)) + 1]
    words = (w for bucket in buckets for w in bucket if w.isalpha())
    return frozenset(words) if lang == "en" else frozenset(map(normalize, words))


def after_break(text: str, start: int) -> bool:
    """The word at ``start`` follows an emoji or a pictograph (spaces between): a tweet's new sentence
    (``🎉 Try it``). Reads back over spaces only: constant time."""
    k = start - 1
    while k >= 0 and text[k] in " \t\u00a0\ufe0f\u200d":
        k -= 1
    return k >= 0 and k < start - 1 and unicodedata.category(text[k]) == "So"


# German articles, determiners, contracted prepositions and possessives: the capitalised word after one
# is a noun ("die Innenstadt", "am Montag", "seinen Plan")
DE_DETERMINERS = frozenset("""
der die das den dem des ein eine einen einem einer eines am im zum zur vom beim ins ans aufs
kein keine keinen keinem keiner keines dieser diese dieses diesen diesem jener jene jenes jenen jenem
jeder jede jedes jeden jedem welcher welche welches welchen welchem mancher manche manches manchen
mein meine meinen meinem meiner meines dein deine deinen deinem deiner deines sein seine seinen seinem
seiner seines ihr ihre ihren ihrem ihrer ihres unser unsere unseren unserem unserer unseres euer eure
euren eurem eurer eures alle allen aller viele vielen mehrere einige beide beiden
""".split())

NUMBER = re.compile(r"\d+(?:[.,]\d+)*")

# titles and roles before a German name ("Bürgermeisterin Eva Schmidt", "Kanzlerin Merkel")
DE_TITLES = frozenset(normalize(w) for w in """
herr frau dr prof professor professorin bürgermeister bürgermeisterin oberbürgermeister oberbürgermeisterin
kanzler kanzlerin bundeskanzler bundeskanzlerin minister ministerin bundesminister bundesministerin
ministerpräsident ministerpräsidentin präsident präsidentin bundespräsident bundespräsidentin sprecher
sprecherin chef chefin vorsitzende vorsitzender trainer trainerin senator senatorin abgeordnete
abgeordneter landrat landrätin staatssekretär staatssekretärin direktor direktorin geschäftsführer
geschäftsführerin papst bischof pfarrer kommissar kommissarin richter richterin autor autorin
""".split())

# last words of German organisation names (Deutsche Bank, Grüne Partei, Allianz AG)
DE_ORG_LAST = frozenset(normalize(w) for w in """
ag gmbh kg ev se bank partei verein verband bund club klub gewerkschaft stiftung institut universität
hochschule zeitung rundfunk gruppe konzern werke bahn ministerium amt gericht polizei
""".split())

# endings of German place names (Regensburg, Düsseldorf, Sachsenhausen, Göttingen)
DE_PLACE_ENDINGS = tuple(normalize(w) for w in "burg dorf hausen heim ingen stedt leben hagen brück".split())

# verbs after a person's name ("Merkel sagte", "Schmidt erklärte")
DE_SPEECH_VERBS = frozenset(normalize(w) for w in """
sagte sagt sagten erklärte erklärt betonte betont meinte meint kritisierte kritisiert forderte fordert
kündigte warnte warnt schrieb schreibt antwortete sprach
""".split())


def german_evidence(words: tuple[str, ...] | list[str], prev: str, following: str, acronym: bool,
                    first_names: frozenset[str], name_words: set[str]) -> bool:
    """An unknown German run is a name only with evidence, since capitals mark every noun: a first name
    opening it, a title before it, a speech verb after it, an organisation word or place ending closing
    it, an acronym, or a word already read in a name of the document (``Schmidt`` after ``Eva Schmidt``)."""
    last = words[-1]
    return (acronym or prev in DE_TITLES or following in DE_SPEECH_VERBS or last in DE_ORG_LAST
            or (len(last) > 6 and last.endswith(DE_PLACE_ENDINGS))
            or (len(words) > 1 and words[0] in first_names)
            or (len(words) == 1 and last in name_words))


ROMANCE = frozenset({"es", "it", "pt"})

# titles and roles before a name in Spanish, Italian and Portuguese ("il presidente Mahinda Rajapaksa",
# "la directora Lucía Gómez"): not part of it, and a title followed by "di"/"de" names an office
# ("Ministro degli Esteri", "Presidente de la República"), not a person
ROMANCE_TITLES = frozenset(normalize(w) for w in """
presidente presidenta vicepresidente vice premier ministro ministra sottosegretario governatore governatrice
sindaco sindaca commissario commissaria segretario segretaria senatore senatrice deputato deputata
ambasciatore ambasciatrice generale tenente colonnello capitano papa re regina principe principessa
cardinale vescovo dottore dottoressa professore professoressa signor signore signora onorevole cancelliere
direttore direttrice portavoce allenatore
gobernador gobernadora alcalde alcaldesa secretario senador senadora diputado diputada embajador
embajadora general teniente coronel capitán rey reina princesa cardenal obispo doctor doctora profesor
profesora señor señora don doña canciller director directora entrenador
governador governadora prefeito prefeita secretário secretária deputado embaixador embaixadora capitão
rei rainha príncipe cardeal bispo doutor doutora professor professora senhor senhora dom dona técnico
""".split())

# articles, prepositions and conjunctions that open a capitalised sentence ("Nel Minnesota", "Según el")
ROMANCE_FUNCTION = frozenset(normalize(w) for w in """
il lo la i gli le un uno una l del dello della dei degli delle al allo alla ai agli alle nel nello nella
nei negli nelle sul sullo sulla sui dal dallo dalla dai di da in con per su tra fra e ed o ma che
el los las unos unas al de en con por para sin sobre entre y o pero que según
o os a as um uma uns umas do da dos das no na nos nas ao aos pelo pela pelos pelas em com sem segundo
""".split())

# first words of organisation names ("Corte Suprema", "Commissione Ue", "Unione Europea", "Partido Popular")
ROMANCE_ORG_HEADS = frozenset(normalize(w) for w in """
corte commissione unione consiglio ministero partito banca università agenzia tribunale comitato
federazione associazione fondazione istituto camera senato governo parlamento assemblea lega
comisión unión consejo ministerio partido banco universidad agencia comité federación asociación
fundación instituto cámara senado gobierno parlamento asamblea liga
comissão união conselho ministério universidade agência assembleia fundação associação federação
""".split())
