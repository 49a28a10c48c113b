"""Attribution: types, split-quote merging, speakers, cues and channels for the quotations of a document.

``attribute(text, quotations, lang)`` turns the outer quotations found by ``marks.find_quotes`` into quote
dicts (DESIGN §3) and adds indirect (unmarked) reported speech. Rules only, no parser:

- cues are matched once over the text *between* quotes (never inside one), by lemma (``cues.py``);
- a quote's attribution is searched in its sentence after it (``», a tweeté Musk``, ``» Johnson a tweeté``,
  ``", said Smith``, ``», selon X``, ``" —Troy Roberts``), then before it (``X a déclaré : «``,
  ``According to X, "``, ``X :``), then in a reported-speech frame around it (``X a déclaré que … « … »``);
- a quote followed by its attribution and then by an unattributed quote in the same paragraph is one split
  quote with several parts;
- types: ``scare`` (a few words, no clause, no cue), ``mixed`` (a fragment inside a sentence), ``direct``
  (a sentence of its own or introduced by a cue), ``indirect`` (``X a affirmé que …`` without marks);
- pronoun speakers resolve to the last named speaker of the same number; first person is the writer.

Every step is a regex anchored at a known position or a bisect over precomputed cue positions: linear.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import regex

from .channel import ADDRESSEE, channel_of
from .cues import LANGS, Lexicon, _trie, lexicon
from .gender import is_first_name
from .grammar import Grammar, grammar
from .marks import Quotation
from .naming import is_name_like, is_named_by_noun
from .nouns import is_speaker_noun
from .openers import OPENING_FIRST, opening_end
from .resolve import STRESSED_FORMS, resolve_speakers
from .sentences import Sentences
from .subjects import (
    cleft_after,
    described_by,
    elided_inversion,
    opinion_of,
    participle_after_report,
    passive_agent,
    with_name,
)

__all__ = ["attribute", "choose_lang", "Cue"]

Span = tuple[int, int]

_TOKEN = re.compile(
    r"(?P<w>[^\W_#@&][\w'’\-&]*(?:\.(?=[^\W\d_])[^\W\d_][\w'’\-]*)*\.?|[#@&][\w'’\-&]*)|(?P<p>[,;:()\[\]«»“”\"—–!?])"
)
_WORDS = re.compile(r"[^\W_]")  # a letter or a digit (`re` is cheaper per call than `regex`)
_WORDS_RUN = re.compile(r"[^\W_][\w'’-]*")
_COMMA_TWO_WORDS = re.compile(r",[^,]*?[^\W_][\w'’-]*[^\w'’-]+[^\W_]")  # a comma, then two words
_TWO_WORDS = re.compile(r"[^\W_][\w'’-]*[^\w'’-]+[^\W_]")  # two words (a content before a marked fragment)
_LETTERS = re.compile(r"[^\W\d_]{2}")
_TERMINAL = re.compile(r"[.!?…]\s*[\"»”’']*\s*\Z")
_LEAD = re.compile(r"[\s,]*")
# the rest of the quote's paragraph (short, no other quote), a break, then a line opening with a dash
_DASH_LINE = regex.compile(
    r"[^\n«»“”\"]{0,200}?\n[^\S\n]*\n?[^\S\n]*(?P<dash>[—–])[^\S\n]*(?=\p{Lu})[^\n]{1,150}(?:\n|\Z)"
)
_EVALUATIVE = re.compile(
    r"(?:très|trop|si|assez|fort|bien|extrêmement|particulièrement|vraiment|totalement|very|too|so|extremely|"
    r"really|totally|utterly|highly|deeply)\s",
    re.IGNORECASE,
)
_DASH = re.compile(r"\s*[—–]\s*")
_COMMA_END = re.compile(r",\s*\Z")
_CONNECTIVE = re.compile(r"[\s,]*(?:mais|et|or|donc|cependant|toutefois|pourtant|néanmoins|enfin|but|and)[\s,]*",
                         re.IGNORECASE)
_FR_AUX_START = re.compile(r"(?:a|ont|avait|avaient)\s")  # `, a rapporté X`: after a comma, only inverted
_UPDATED_PAGE = re.compile(r"Page\s+actualisée\s*:[^\n«»\"“”]{0,40}[—–-]\s*\Z")  # Wikinews: a linked title follows
_CLOSE_PUNCT = re.compile(r"(?:_|[^\w,])*?(?:[.!?;]|\Z)")  # emoji or spaces, then the end
_COMP_BEFORE = re.compile(r"(?<!\w)(?:que|qu['’]|that)\s*,?\s*\Z", re.IGNORECASE)
_INTRO_END = re.compile(r"\s*[:,]?\s*\Z")
_OF = frozenset("of de du des d' d’ for à au aux".split())
_CLOSING = frozenset("»”\"’'›」』")
_COMMA = regex.compile(r"[\s\p{Cf}]*,")
_APPOSED_NAME = regex.compile(
    r"\s*,\s*(?P<name>\p{Lu}[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*){0,4})(?<![\s,]\p{Lu})"
    r"(?:\s*\([^()\n]{1,30}\))?(?=\s*[,.;]|\s*\Z|\s+(?:à|au|to)\s)"
)  # `said his father, Abdullah Kurdi,`; `Selon les propos de son avocat, Me Antonin Levy à l'AFP, « … »`; a party
# after the name (`selon le président de la région, Laurent Wauquiez ( LR ), qui …`, ninth pass); never a lone
# initial (`Selon le texte, A. Coulibaly doit …`: `A` is no name)
_STOP = re.compile(r"[.!?;]")
# the prepositions after a title before its body (`a political analyst from the Delhi University, X`), and that body
# up to the comma before the apposed name (thirteenth pass)
_TITLE_PREPS = frozenset("from at for with in à au aux pour chez auprès".split())
_TITLE_PP = re.compile(r"[^,.;:!?«»\"“”()\n]{1,60}?(?=\s*,)")
# a present participle cue (`saying`, `affirmant`): its subject is that of the clause before it
_PARTICIPLE = {
    "en": re.compile(r"(?:(?:further|also|then|later)\s+)?[^\W\d_]{2,}ing(?!\w)"),
    "fr": re.compile(r"(?:(?:en|tout\s+en|également|aussi)\s+)?[^\W\d_]{2,}ant(?!\w)"),
}
_EN_VERBS = frozenset(
    "is was are were has have had made paid gave took sent put said told wrote did got led met spoke held issued "
    "released also".split()
)
_FR_VERBS = frozenset("a ont avait avaient est sont était étaient fait fut a-t-il aussi également".split())
# evaluative speech verbs that frame a fragment without `que`/`that` (`described the strike as "…"`,
# `dénonce « une attaque inadmissible »`): frames, though not cues of indirect speech
# finite verbs and clitics that end a French subject noun phrase (`il se sépare`, `Les diffuseurs ne pourront`)
_FR_FINITE = _FR_VERBS | frozenset("se ne aurait auraient pourrait pourraient pourront pourra doit doivent va vont "
                                   "sera seront serait seraient".split())
# cues whose object a fragment right after them is, with only function words between (`a exprimé sa « profonde
# préoccupation »`, `en demandant de « restaurer la justice »`, `se félicitant du « consensus politique »`,
# `expressed its "deep concern"`; fifteenth pass): the subject's words, a mixed quote
_FRAME_ADJACENT = frozenset("exprimer demander féliciter saluer réclamer express praise welcome".split())
_FUNCTION_GAP = re.compile(
    r"(?:\s+|(?<![\w'’])(?:de|du|des|d['’]|pour|à|au|aux|sur|sa|son|ses|leur|leurs|la|le|les|l['’]|un|une|"
    r"its|his|her|their|the|a|an|for|of)(?![\w'’]))*\s*",
    re.IGNORECASE,
)
_FRAME_EXTRA = frozenset(
    "call dub describe condemn criticize criticise denounce dénoncer condamner qualifier critiquer fustiger "
    "accuser parler exhorter urge hail plead".split()
) | {"faire état", "faire part"}
# `parler` is a cue only right before a quote (`parle de « boycottage »`, see _NARROW); seventh pass: `fait état de
# « blessures légères »`, `avait exhorté son homologue à « exclure … »`, `urged them to "…"`; ninth pass: `hailed the
# decision as "historic"`, `pleaded "not guilty"`
# what may stand between a quote and a cue sharing the subject of the cue before the quote
_COORD_ONLY = re.compile(r"[\s,]*(?:et|and|puis|then|mais|but)(?:\s+(?:also|aussi|également|then|ensuite))?\s+",
                         re.IGNORECASE)
_ELIDED_BOUND = re.compile(r"(?:lors|puis|quoi|parce\s)?qu['’](?=\w)|s['’](?=ils?\Z)", re.IGNORECASE)
_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "ant", "ing", "ed")
_PASSIVE = re.compile(r"\s+(?:by|par)\s")
_AGENT_AFTER = re.compile(r"[\s,]*(?:by|par)\s+")  # the agent after a quote framed by a passive participle
_PARTICIPLE_BEFORE = re.compile(
    r"(?:(?<![\w'’-])(?P<aux>[^\W\d_]+)\s+)?(?P<part>[^\W\d_]+(?:é|ée|és|ées|ed|en))"
    r"\s+(?:de\s+|d['’]\s*|comme\s+|as\s+)?\Z"
)  # `qualifiée de «`, `called "`, `décrit comme «`: a participle right before a quote
_ADDRESSEE_ONLY = re.compile(
    r"\s+(?:à|au|aux|auprès\s+de|to)\s+(?:(?:la|le|les|the)\s+|l['’]\s*)?[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,2}"
    r"\s*", re.IGNORECASE
)  # `déclare à la police`, `said to the judge`: an addressee, nothing else, between a cue and a quote
_SOURCE_PARTICIPLE = re.compile(r"\s[a-zà-ÿ]+(?:é|ée|és|ées|ed)\Z")  # a source ending in a participle
_COLON_QUOTE = re.compile(r"[ \t\u00a0\u202f]*:[ \t\u00a0\u202f]*[«“\"„]")  # a colon, then a quote opens
_COMPLEMENTIZERS = frozenset(("que", "qu'", "qu’", "that"))
_RELATIVE_GAP = re.compile(r",\s*(?:qui|dont|who|which|whose)\s", re.IGNORECASE)
_NAMING_LEMMAS = frozenset("call dub name nickname term appeler surnommer baptiser nommer intituler".split())
_ACTIVE_AUX = frozenset("a ont avait avaient aura auront has have had".split())  # `a qualifié`: active
# `is called "…"`, `was described as`, `I'm usually called`: a passive participle, whose subject is no speaker
_BE_PASSIVE = re.compile(
    r"(?:(?<![\w-])(?:is|are|was|were|be|been|being|am)|['’](?:s|re|m))\s+(?:\w+ly\s+)?\w+(?:ed|en)\Z",
    re.IGNORECASE,
)
# a spokesperson standing for the subject: `le Rwanda a répondu par la voix du lieutenant-colonel X`,
# `the ministry said through a spokesman, X,`: the spokesperson is the speaker
_VOICE = re.compile(
    r"[\s,]*(?:par\s+la\s+voix\s+(?:de\s+(?:son|sa|ses|leur)\s+porte-parole,?\s*|de\s+|d['’]\s*|du\s+|des\s+)|"
    r"(?:through|via)\s+(?:a|an|its|his|her|their|the)\s+(?:spokes(?:man|woman|person)|representative)\s*,?\s*)",
    re.IGNORECASE,
)
_READ_ON = re.compile(r"[\s,]*(?P<cue>(?:peut|pouvait|pourra)-on\s+lire|on\s+peut\s+lire|lit-on)\s+(?:sur|dans)\s+",
                      re.IGNORECASE)
# `Pour X, « … »`; up to seven words before the quote (ninth pass, was four), an incise between commas among them
# (`Pour X, au contraire, il s'agit d'« … »`)
_POUR = regex.compile(
    r"(?<!\w)[Pp]our\s+(?P<sp>(?:(?:(?:le|la|les)\s+|l['’]\s*)\p{Ll}[\p{L}'’-]*(?:\s+\p{Ll}[\p{L}'’-]*){0,2}"
    r"(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}|lui|elle|eux|elles))\s*,"
    r"(?:,?\s+\p{Ll}[\p{L}'’-]*){0,7}\s*\Z"  # `Pour X, avec ces déclarations « … »`, `Pour X, il s'agit d'une « … »`
)
# `Pour X, <clause>` opening a sentence: the view of X, reported speech when X can speak (fifteenth pass)
_POUR_VIEW = regex.compile(
    r"(?<!\w)[Pp]our\s+(?P<sp>(?:(?:le|la|les|son|sa|ses|leur|leurs)\s+|l['’]\s*)(?P<head>\p{Ll}[\p{L}'’-]*)"
    r"(?:\s+\p{Ll}[\p{L}'’-]*){0,4}(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}|"
    r"(?P<pron>certains|d['’]autres|beaucoup|lui|elle|eux|elles))\s*,"
)
_INCISE_START = re.compile(r"(?:[^\W\d_][\w'’-]*\s+){0,2}[^\W\d_][\w'’-]*\s*,|")  # `au contraire,`, `en revanche,`
_NOT_VIEW_NAMES = frozenset(
    "Noël Pâques janvier février mars avril mai juin juillet août septembre octobre novembre décembre "
    "Paris France Europe".split()
)
# a document or message and its author: `a statement from X`, `a message from X`, `un communiqué de X`
_SOURCE = re.compile(
    r"(?<!\w)(?:statement|message|letter|note|memo|release|communiqué|communique|post|tweet|e-?mail|video|"
    r"déclaration|lettre|message|note|publication|vidéo)s?\s+(?:issued\s+|released\s+|publiée?\s+)?"
    r"(?:from|by|of|de|d['’]|du|des)\s*(?=\S)",
    re.IGNORECASE,
)
# `"…" read a statement from X`, `", said a statement from X`: the author of the document speaks
# a cheap test before `source_after`: one of the words its patterns start with, right after the quote
_MAYBE_SOURCE = re.compile(r"(?i:read|said|says|stated|according|lire|lit-on|on\s+peut)")
_READ_SOURCE = re.compile(
    r"[\s,]*(?P<verb>read|reads|said|says|stated|according\s+to)\s+(?P<doc>(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?)"
    r"(?=(?:statement|message|letter|note|memo|release|communiqué|post|tweet|e-?mail|video|warning|notice|sign|"
    r"banner|placard|poster|leaflet|flyer|inscription|plaque|caption|headline|advert|advertisement|ad|card|"
    r"announcement|report|document|order|ruling|petition)s?(?![\w-]))",
    re.IGNORECASE,
)
_DOC_WORD = re.compile(r"[\w-]+")
_SOURCE_LINK = frozenset("par de du des d' d’ of by from in".split())
# a French past participle alone (no auxiliary): an adjective (`la loi dite`, `des propos rapportés`)
_FR_BARE_PARTICIPLE = ("ée", "ées", "és", "ite", "ites", "its")
# an object pronoun right before a present participle is its subject (`Television coverage showed him shouting`)
_OBJECT_BEFORE = re.compile(r"(?<![\w'’])(?P<obj>him|her|them)\s+\Z")
_WITH_NP_BEFORE = regex.compile(
    r"(?<![\p{L}'’])[Ww]ith\s+(?P<np>(?:(?:a|an|the|one|some|his|her|their|its)\s+)?(?:[\p{L}'’.-]+\s+){0,4}?"
    r"[\p{L}'’.-]+)\s+\Z"
)
_DET_BEFORE = re.compile(
    r"(?<!\w)(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hese|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Nn]o|[Ss]ome|[Mm]any|[Ss]everal|[Oo]ther|"
    r"recent|earlier|(?:un)?confirmed|media|news|press)\s+\Z"  # `press reports that`, not `Associated Press reports`
)
# a capitalised word inside a sentence right before a cue form (`Maharashtra state`), not at its start (`Police
# state that …`)
_MID_NAME_BEFORE = re.compile(r"[\w,]\s+[A-Z][\w'’.-]*\s+\Z")
# a title noun and `of` right before `state` (`Secretary of State`, `head of state`, `Minister of State`): a title
_TITLE_OF_BEFORE = re.compile(
    r"(?<![\w-])(?i:heads?|secretar(?:y|ies)|ministers?|ministry|department|council|chiefs?|office)\s+of\s+\Z"
)
# `quoted X as saying`, `a cité X, affirmant`: the quoted one speaks
_QUOTED_AS = re.compile(r"(?<!\w)(?P<verb>quoted|quotes|quoting|cited|cites|citing)\s+.{1,120}?(?P<as>\s+as)\s*\Z",
                        re.IGNORECASE | re.DOTALL)
# sentence adverbs that open a sentence before its subject
# adverbs between an inverted cue and its subject, or after a fused pronoun (`souligne encore l'Élysée`, `a salué
# pour sa part le Premier ministre`, `écrit-il ainsi sur Twitter`, `said also Smith`): lower case only, so a name
# ending in -ment (`Clément`) is never skipped
_INV_ADVERB = re.compile(
    r"(?:[\s,]*(?:encore|ainsi|aussi|également|alors|ensuite|enfin|toutefois|cependant|néanmoins|pourtant|"
    r"lui-même|elle-même|pour\s+sa\s+part|pour\s+leur\s+part|de\s+son\s+côté|de\s+leur\s+côté|"
    r"quant\s+à\s+(?:lui|elle|eux)|d['’]ailleurs|par\s+ailleurs|en\s+outre|[a-zàâçéèêëîïôûùüÿœ]{3,}ment|"
    r"aujourd['’]hui|hier|ce\s+(?:matin|soir)|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
    r"(?:\s+(?:matin|soir|dernier))?|"  # seventh pass: `C'est ce qu'a annoncé aujourd'hui le président`
    r"le\s+\d{1,2}(?:er)?\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|"
    r"décembre)|"  # fifteenth pass: `, ont annoncé le 26 mars les Nations unies`
    r"also|later|then|further|again|too)(?![\w'’-]))+[\s,]*"
)
# English cues whose noun phrase after them is an object (`told Reuters`, `praised the team`), never an inverted
# subject after a quote
_EN_TRANSITIVE = frozenset(
    "tell praise accuse blame defend encourage urge remind inform assure reassure advise exhort implore criticize "
    "criticise denounce decry slam applaud call describe dub condemn express justify highlight recommend demand "
    "dispute".split()
)
# a verb that takes a cue in the infinitive after a quote, before an inverted subject
# an aside between a French auxiliary and its participle (`, a, de son côté, annoncé X`, `, a quant à elle déploré X`)
_FR_AUX_ASIDE = re.compile(
    r"(?:a|ont|avait|avaient|aurait|auraient)\s*(?:,[^,.;:«»\"“”\n]{1,40},|\s+(?:quant\s+à\s+(?:lui|elle|eux|elles)|"
    r"de\s+(?:son|leur)\s+côté|pour\s+(?:sa|leur)\s+part))\s*"
)
_FR_CHAIN = re.compile(
    r"(?:(?:a|ont|avait|avaient)\s+)?(?:voulu|préféré|tenu\s+à|pu|dû|préfère|préférait|préfèrent|veut|voulait|"
    r"tient\s+à|tenait\s+à|vient\s+de|venait\s+de|s['’]est\s+empressée?\s+de)"
    r"\s+"
)
# eighth pass: `a été averti par le juge : « … »`: a passive cue with its agent right before a quote keeps its cue
# (the agent speaks: subjects.passive_agent); other passives stay no cue
_FR_AGENT_QUOTE = re.compile(r"\s+par\s+[^:;.!?«»\"“”\n]{1,60}?\s*:\s*[«“\"]")
_FR_NOUN_BEFORE = re.compile(
    r"(?<![\w'’])(?:(?:par|de|à|pour|avec|sur|selon|contre|chez)\s+(?:(?:le|la|les)\s+|l['’]\s*)|"
    r"(?:du|au|aux|un|une)\s+)\Z",  # (`de l'annonce`: elided, fifteenth pass)
    re.IGNORECASE,
)
_FR_NOUN_ENDS = (" le ", " la ", " les ", "l'", "l’", " un ", " une ", " du ", " au ", " aux ", "Le ", "La ", "Un ",
                 "Une ", "Du ", "Au ", "Aux ")
_FR_BE = frozenset("été est sont était étaient fut furent sera seront être".split())
_BE_ENDS = tuple(w + " " for w in _FR_BE)
_BE_OR_MENT = (*_BE_ENDS, "ment ")


def _passive_before(text: str, lo: int, start: int) -> bool:
    """Whether a form of `être` (then maybe a `-ment` adverb) ends ``text[lo:start]``: the cue after it is a
    passive participle (the caller tests the cheap ending first: this runs for few cues)."""
    words = text[lo:start].split()
    if not words:
        return False
    if words[-1] in _FR_BE:
        return True
    return len(words) >= 2 and words[-1].endswith("ment") and words[-2] in _FR_BE


def _be_passive(text: str, lo: int, end: int) -> bool:
    """Whether ``_BE_PASSIVE`` ends ``text[lo:end]`` (`is called`, `was described`): its last two letters
    (`ed`/`en`) are tested first, since the regex is tried at up to 40 positions and most cues end otherwise."""
    return text[end - 2 : end].lower() in ("ed", "en") and _BE_PASSIVE.search(text, lo, end) is not None


def _may_end_as(text: str, lo: int, end: int) -> bool:
    """Whether ``text[lo:end]`` may end with `as` and spaces, as ``_QUOTED_AS`` needs (`quoted X as`): its last
    non-space character is an s (or ``ſ``, which case-insensitive ``re`` reads as one), tested on a short tail
    before the regex is searched over the whole subject window. ``rstrip`` and ``re``'s ``\\s`` strip the same
    characters."""
    tail = text[max(lo, end - 16) : end].rstrip()
    if not tail:
        return end - lo > 16  # only spaces in the tail: let the regex decide
    return tail[-1] in "sSſ"


_MONTHS = frozenset(
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre january february march "
    "april may june july august september october november december".split()
)
# capitalised words that are no apposed name (`said a spokesman for the army, Monday`)
_NOT_NAMES = _MONTHS | frozenset(
    "lundi mardi mercredi jeudi vendredi samedi dimanche monday tuesday wednesday thursday friday saturday sunday "
    "today yesterday aujourd'hui hier".split()
)
_NAME_BEFORE_CUE = re.compile(r"[^\W\d_][\w'’-]*\s+\Z")  # a word right before (checked capitalised below)
# cues with a common other sense, kept only before what a report ends with or goes on with: `ruled that`,
# `", the court ruled.`, `the statement read: "…"` (and `rule` only as `ruled`: `the rules that …` is a noun)
_NARROW = {
    "rule": re.compile(
        r"\s*(?:[.,;:!?\"»”]|\Z|(?:\w+\s+){0,2}that\b|in\s+(?:favou?r|a\b|an\b|the\b|its\b|his\b|her\b)|on\s|against\b)"
    ),
    "read": re.compile(r"\s*(?:[.,;:!?\"»”“«]|\Z|in\s+part\b)"),
    # `parle de « boycottage »`: only right before a quote (the gap ends at the quote's mark)
    "parler": re.compile(r"\s+(?:de|d['’]|du|des)\s*(?:[^\W\d_][\w'’-]*\s+){0,3}?\Z"),
}
_PUBLISHED = frozenset(
    "published issued released written posted cited quoted relayed publié publiée publiés publiées diffusé diffusée "
    "diffusés diffusées cité citée cités citées relayé relayée relayés relayées".split()
)
# words that open a clause (article, subject pronoun, clitic, auxiliary): written in lower case right after a
# capitalised word, the noun phrase after a cue has ended there (`selon The Times se cacherait`, `According to Smith
# the president was`); a lower-case word of a name (`Charles de Gaulle`, `Ludwig van Beethoven`) is none of them
_CLAUSE_OPENERS = frozenset(
    "le la les un une il elle ils elles on se ne y en ce cette ces aurait auraient serait seraient est sont a ont "
    "avait avaient était étaient va vont the a an he she it they this these there is was are were has have had will "
    "would could may might should did does".split()
)
# adverbs between a subject and its cue (`One member of the party anonymously said`, `Smith yesterday told`, `Le
# ministre aussi a déclaré`): no part of the subject. Lower case only; in English the -ly endings of manner
# adverbs that no common noun has (not `family`, `assembly`, `ally`); in French no -ment (`le gouvernement`)
_EN_ADVERB_ENDS = ("ously", "ently", "antly", "edly", "ately", "ically", "ively", "fully", "ssly")
_SUBJECT_ADVERBS = frozenset(
    "also later then again once yesterday today earlier recently previously publicly privately firmly openly "
    "strongly briefly flatly bluntly quickly simply aussi également ensuite enfin pourtant alors hier lundi mardi "
    "mercredi jeudi vendredi samedi dimanche".split()
)
_ELIDED_OPENERS = ("l'", "l’", "s'", "s’", "n'", "n’", "c'", "c’")
# auxiliaries and modals that end a subject's segment when an adverb or an incise stands before the participle
# (lower case, as written; thirteenth pass)
_TRAILING_AUX = {
    "en": frozenset("has have had will would could should may might must".split()),
    "fr": frozenset("a ont avait avaient aurait auraient s'est s’est s'était s’était".split()),  # `Il s'est dit`
}
_NO_WORDS: frozenset[str] = frozenset()
# the press words of `_DET_BEFORE`: before `reports` a noun phrase, before `report`/`reported` a subject and its verb
# (`"…," media report.`; thirteenth pass)
_PRESS = frozenset(("media", "news", "press"))
# documents that a source preposition may name (`According to official statements, Trump, …`; singular forms, a
# final s or x is read as the plural; thirteenth pass)
_DOCUMENTS = frozenset(
    "statement document report record filing communiqué communique study survey poll data figure estimate "
    "déclaration rapport étude sondage chiffre estimation".split()
)
# French nouns that end like an imperfect (`le portrait`, `un extrait`, `son souhait`): no verb (thirteenth pass)
_FR_AIT_NOUNS = ("trait", "fait", "lait", "souhait")
# a marked yes or no alone is the answer of a vote, a term (`dire « non » au projet`, `le « oui »`; thirteenth pass)
_ANSWER = re.compile(r"(?i:oui|non|yes|no|nein|ja|sí|sim|não)")
_ANSWER_STRIP = " \t\u00a0\u202f\u2009,"  # (not `.`: `gave a terse "no."` answers a question)
# a charge or a sentence named right after a passive participle of the law (`Ils sont accusés de « rébellion »`,
# `en vue d'une mise en examen pour « détournement … »`, `condamné à « trois mois … »`, `arrested for "serious
# sexual assault"`): the court's or the police's terms, a scare quote with no speaker (fifteenth pass; not an
# active `accused the police of "…"`, whose subject speaks)
_VERB_FIRST = re.compile(r"\W*(?:ne|n['’]|se|s['’])(?![\w])", re.IGNORECASE)
_CHARGE_BEFORE = re.compile(
    r"(?:(?<![\w-])(?:(?:accusé|soupçonné|inculpé|poursuivi|condamné|interpellé|arrêté)e?s?|mise?s?\s+en\s+examen)"
    r"\s+(?:pour|de|d['’]|du|des|à|au)|(?<![\w-])(?:(?:placé|écroué|incarcéré|emprisonné)e?s?(?:\s+en\s+(?:détention|"
    r"garde\s+à\s+vue))?|plainte(?:\s+contre\s+[^,.;«»]{1,40}?)?)\s+pour|(?<![\w-])(?:accused|suspected|charged|convicted|arrested|indicted|detained|"
    r"jailed)\s+(?:of|with|for|on\s+charges\s+of)|(?<![\w-])on\s+charges\s+of)\s*\Z",
    re.IGNORECASE,
)
# the source prepositions whose noun phrase ends at a clause opener (not after a verb: `said Javel Cheema a
# spokesman`, `a déclaré X le ministre des Transports` are appositions without commas)
# a dateline opening an article's first sentence (`29 mars 2017 . – `): no part of the reported clause
_DATELINE = re.compile(r"\s*\d{1,2}(?:er)?\s+\w+\s+\d{4}\s*\.?\s*[–—-]\s*")
_STRESSED_VIEWS = frozenset(("lui", "elle", "eux", "elles"))  # `Pour lui, « … »`
_SOURCE_PREP_BEFORE = re.compile(r"(?:[Ss]elon|[Aa]ccording\s+to|[Dd]['’]après)\s*\Z")
_PUBLISHED_BY = re.compile(r"\w+(?:\s+[a-zà-ÿ]+){0,2}?\s+(?:by|par)\s+")
# cues that often stand inside someone else's reported clause (`Njie stated that he believes that …`)
_WEAK_CUES = frozenset("believe confirm indicate suggest estimate croire penser estimer considérer juger confirmer "
                       "indiquer".split())
_AS_SOURCE_LEMMAS = frozenset("report state say announce note confirm tell claim indicate".split())
_BY_IN = re.compile(r"\s+(?:by|in)\s+")
_COORD_BEFORE = re.compile(r"[\s,]*(?:et|and)\s+\Z")
_NP_COORD = re.compile(r"\s+(?:du|des|de\s+la|de\s+l['’]|d['’]|of)\s", re.IGNORECASE)
_NAME_PARTICLES = ("al-", "el-", "ad-", "ar-", "as-", "ash-", "an-", "ibn-", "bin-", "ben-")
_RELATIVE_SUBJECT = frozenset(("which", "who", "qui"))
# `attaquée par l'UNHCR, qui affirme`, `selon la police, qui précise`: the antecedent of `qui` (eighth pass)
# function titles that is_speaker_noun does not list (apposed after a source: `D'après X, gouverneur de …,`)
_TITLES = frozenset("gouverneur gouverneure directeur directrice président présidente secrétaire responsable chef "
                    "governor director president secretary head chief chairman chairwoman".split())
_AGENT_WORDS = frozenset(("par", "by", "from", "selon"))
# French object, reflexive and negation clitics between a subject and its verb (lower case, as written)
_FR_CLITICS = frozenset("se s' le la les l' lui leur nous vous me m' te t' y en ne n'".split())
_NOT_BEFORE_CLITIC = frozenset("de d' d’ du dès a quant".split())
_OPENERS = frozenset(
    "pourtant néanmoins cependant toutefois ainsi enfin or donc aussi ensuite puis alors également d'ailleurs "
    "however meanwhile nevertheless nonetheless also furthermore moreover instead still thus therefore later "
    "earlier then là ici here there".split()
)
# words opening a subordinate or comparative clause before the main subject (seventh pass)
_SUBORDINATE = frozenset(
    "bien alors tandis parce puisque lorsque quand si comme plus moins avant après although though while because "
    "since if when unless whereas".split()
)
_SUBORDINATE_ELIDED = ("lorsqu", "puisqu", "quoiqu")
LANG_SAMPLE = 2500  # characters of narrative read to choose a lexicon when the language is unknown
WINDOW = 400  # characters searched before a quote for its cue: keeps every lookup bounded (linear documents)
CTX = 150  # characters around a cue read for channel clues (`dans un tweet`, `in a statement`)
SPEAKER_WINDOW = 160  # a subject has at most MAX_SPEAKER_TOKENS words: read that far back, no further
MAX_SPEAKER_TOKENS = 10
MAX_COMP_GAP = 4  # tokens between a cue and its `que`/`that`
SCARE_MAX_TOKENS = 4


@dataclass(slots=True)
class Cue:
    """A cue match: ``start``/``end`` of the cue text, its ``lemma``, a fused pronoun (``dit-il``)."""

    start: int
    end: int
    lemma: str
    verbal: bool
    inv: Span | None = None


@dataclass(slots=True)
class Attribution:
    cue: Cue
    speaker: Span | None  # the raw speaker span (may be a pronoun)
    clause_end: int  # end of the attribution clause (after the quote) or the cue (before)
    addressee: bool = False


# Frequent function words, to pick a lexicon when no language is given (``str.count`` runs at C speed; the
# language plugin does real identification — this only has to choose among the cue lexicons).
_FUNCTION_WORDS = {
    "fr": (" le ", " les ", " des ", " est ", " et ", " du ", " une ", " qui "),
    "en": (" the ", " and ", " of ", " is ", " to ", " that ", " was ", " with "),
    "de": (" der ", " die ", " und ", " das ", " ist ", " nicht ", " mit ", " den "),
    "es": (" el ", " los ", " y ", " del ", " las ", " es ", " por ", " una "),
    "it": (" il ", " della ", " che ", " di ", " è ", " gli ", " per ", " non "),
    "pt": (" os ", " do ", " da ", " não ", " em ", " uma ", " dos ", " com "),
}


_ALL_FUNCTION_WORDS = {w.strip() for ws in _FUNCTION_WORDS.values() for w in ws}
# every ` word ` of the lists, found in one pass: a match takes the leading space only, so that a following
# ` word ` sharing its trailing space is found too
_FUNCTION_WORD = re.compile(" " + _trie(_ALL_FUNCTION_WORDS, capitalised=False) + "(?= )")


def _word_counts(sample: str) -> dict[str, int]:
    """``{" w ": sample.count(" w ")}`` for the function words, in one regex pass instead of one ``count`` per
    word: ``count`` skips an occurrence overlapping the previous one of the same word (`` le le ``), so do we."""
    counts: dict[str, int] = {}
    free: dict[str, int] = {}  # where the next counted occurrence of a word may start
    for m in _FUNCTION_WORD.finditer(sample):
        w = m.group()
        s = m.start()
        if s < free.get(w, 0):
            continue
        free[w] = m.end() + 1
        key = w + " "
        counts[key] = counts.get(key, 0) + 1
    return counts


def choose_lang(text: str, gaps: list[Span], langs: tuple[str, ...] = LANGS) -> str:
    """The lexicon for a text of unknown language: the one whose function words are most frequent in the
    first ``LANG_SAMPLE`` characters of narrative (between quotes), else the one with most cue forms there;
    ties go to the first in ``langs``."""
    spans, left = [], LANG_SAMPLE
    for a, b in gaps:
        if left <= 0:
            break
        spans.append((a, min(b, a + left)))
        left -= b - a
    sample = " " + " ".join(text[a:b] for a, b in spans).lower() + " "
    counts = _word_counts(sample)
    best, best_n = langs[0], 0
    for lang in langs:
        n = sum(counts.get(w, 0) for w in _FUNCTION_WORDS[lang])
        if n > best_n:
            best, best_n = lang, n
    if best_n == 0:  # too short to tell (`", said Johnson."`): the lexicon with most cue forms
        for lang in langs:
            n = lexicon(lang).count(text, spans)
            if n > best_n:
                best, best_n = lang, n
    return best


def _gaps(n: int, spans: list[Span], ignored: list[Span]) -> list[Span]:
    """The parts of ``[0, n)`` outside ``spans`` and ``ignored`` (both sorted)."""
    cuts = sorted(spans + ignored)
    out, pos = [], 0
    for a, b in cuts:
        if a > pos:
            out.append((pos, a))
        pos = max(pos, b)
    if pos < n:
        out.append((pos, n))
    return out


def _name_span(text: str, m: regex.Match[str]) -> Span:
    """The span of an apposed name, without the period that ends its sentence (`…, M L Kumawat.`; an initial keeps
    its period: `John F.`)."""
    a, b = m.span("name")
    if text[b - 1] == "." and b - a > 2 and text[b - 2].islower():
        b -= 1
    return a, b


_CELA_DIT = re.compile(r"(?<![\w'’])(?:[Cc]ela|[Cc]eci)\s+\Z")


def _find_cues(text: str, gaps: list[Span], lex: Lexicon) -> list[Cue]:
    cues: list[Cue] = []
    fr = lex.lang == "fr"
    for a, b in gaps:
        if b - a > 64 and not _LETTERS.search(text, a, b):
            continue  # a run of marks or digits: no cue there (and scanning it letter by letter is slow)
        for start, end, lemma, inv, verbal in lex.find_cues(text, a, b):
            if not verbal:
                cues.append(Cue(start, end, lemma, False))
                continue
            if (
                lex.lang == "en"
                and _be_passive(text, max(a, end - 40), end)
                and not described_by(text, end, b)
            ):
                continue  # `is called "mods"`, `it was announced that`: the subject is no speaker
            if inv is None and (
                (lex.lang == "en" and (det := _DET_BEFORE.search(text, max(a, start - 8), start))
                 and not (det.group().rstrip() in _PRESS and text[end - 1] in "dt")  # (`media reported`)
                 and not (det.group().rstrip() in ("her", "Her") and text.endswith("ing", start, end)
                          and end >= b - 3))  # (`heard her saying "…"`: her is its subject, before the quote)
                or (lex.lang == "fr" and text[start:end].lower().endswith(_FR_BARE_PARTICIPLE) and " " not in
                    text[start:end].strip() and "-" not in text[start:end])
            ):
                continue  # `the alleged mastermind`, `la loi dite « … »`: an adjective, not a cue
            if (
                inv is None and lex.lang == "en" and lemma == "state" and text[start] == "s" and end - start == 5
                and (m := _MID_NAME_BEFORE.search(text, max(a, start - 40), start)) is not None
            ):
                continue  # `the chief minister of Maharashtra state.`, `Washington state`: the noun
            if (
                inv is None and lemma == "state" and end - start == 5 and lex.lang == "en"
                and _TITLE_OF_BEFORE.search(text, max(a, start - 16), start)
            ):
                continue  # `Secretary of State`, `heads of state`: part of a title, no verb
            if inv is None:
                if fr and text.startswith("dit", start) and end - start == 3 and _CELA_DIT.search(
                    text, max(a, start - 6), start
                ):
                    continue  # `La bataille devrait cela dit être longue`: `cela dit` (that said), no cue
                if lemma == "communiquer" and " " not in text[start:end] and "-" not in text[start:end]:
                    continue  # `dans son communiqué`, `un nouveau communiqué`: the noun; only `a communiqué` speaks
                if (
                    fr and text.endswith(_BE_OR_MENT, a, start) and " " not in text[start:end]
                    and _passive_before(text, max(a, start - 30), start)
                    and not _FR_AGENT_QUOTE.match(text, end, b + 1) and not described_by(text, end, b)
                ):
                    continue  # `ce qui a été critiqué`, `est considéré comme`: a passive, no speaker
                if (
                    fr and text.endswith(_FR_NOUN_ENDS, max(a, start - 5), start) and " " not in text[start:end]
                    and _FR_NOUN_BEFORE.search(text, max(a, start - 12), start)
                ):
                    continue  # `par le juge`, `du juge`: after a preposition and a determiner, a noun (eighth pass)
                if text[start].isupper() and not any(c.isspace() for c in text[start:end]) and (
                    (m := _NAME_BEFORE_CUE.search(text, max(a, start - 30), start)) is not None
                    and m.group()[0].isupper()
                ):
                    continue  # `the National Post`, `The Washington Post`: a capitalised form inside a name
            if lemma in _NARROW and (
                not _NARROW[lemma].match(text, end, b) or (lemma == "rule" and text[end - 2 : end] != "ed")
                or (lemma == "read" and text[max(a, start - 3) : start].lower() == "to ")
                or (lemma == "parler" and b >= len(text))
            ):
                continue  # `who ruled Chad`, `modified to read "Hollyweed"`: no speech
            if lemma in lex.that_only and not _COMP_NOW.match(text, end, b):
                continue  # `montre ses papiers`, `was found dead`: only `montre que`, `found that` report (tenth pass)
            cues.append(Cue(start, end, lemma, True, inv))
    cues.sort(key=lambda c: c.start)
    out: list[Cue] = []
    for c in cues:
        prev = out[-1] if out else None
        if (
            prev is not None and c.verbal and not prev.verbal and c.inv is None
            and len(text[prev.end : c.start].split()) <= 2 and not _STOP.search(text, prev.end, c.start)
            and "," not in text[prev.end : c.start]
        ):
            continue  # `according to state television`: `state` names the source, it is no verb
        out.append(c)
    return out


@functools.cache
def _comp_patterns(lang: str) -> tuple[re.Pattern, re.Pattern]:
    """The complementizer of ``lang`` as a word, and as `cue … que` right after a cue (compiled once)."""
    comp = grammar(lang).complementizer
    word = re.compile(rf"(?:{comp})\w*", re.IGNORECASE)
    after_cue = re.compile(
        rf"\s*,?\s*(?P<mid>(?:[^\s.;!?«»“”\"]+\s+){{0,{MAX_COMP_GAP}}}?)(?P<comp>(?:{comp}))", re.IGNORECASE
    )
    return word, after_cue


class _Doc:
    """One document under attribution: text, quotes, sentences and cues, with the lookups the rules use."""

    def __init__(self, text: str, quotes: list[Quotation], lang: str, ignored: list[Span]) -> None:
        self.text = text
        self.quotes = quotes
        self.lang = lang
        self.g: Grammar = grammar(lang)
        self.lex = lexicon(lang)
        spans = [(q.start, q.end) for q in quotes]
        self.gaps = _gaps(len(text), spans, ignored)
        self.gap_starts = [a for a, _ in self.gaps]
        self.cues = _find_cues(text, self.gaps, self.lex)
        self.cue_starts = [c.start for c in self.cues]
        self.quote_starts = [q.start for q in quotes]
        self.sentence = Sentences(text, spans).at  # split when a rule first asks
        self.comp_word, self.comp = _comp_patterns(lang)
        self._tokens: dict[Span, list[tuple[int, int, bool]]] = {}  # rules ask for the same windows again
        self._before: dict[tuple[int, int, bool], Span | None] = {}  # speaker_before's memo
        if lang == "fr":
            for c in self.cues:
                if c.verbal and c.inv is None and elided_inversion(text, c.start):
                    # `C'est ce qu'a annoncé X`, `comme l'a déclaré X`: the subject follows the cue
                    c.inv = self.speaker_after(c.end, min(len(text), c.end + SPEAKER_WINDOW))[0]

    # -- lookups ---------------------------------------------------------------------------------------
    def cues_in(self, a: int, b: int) -> list[Cue]:
        i = bisect.bisect_left(self.cue_starts, a)
        j = bisect.bisect_left(self.cue_starts, b, i)
        if i == j:
            return []  # half the calls on news: no cue there, so no slice to copy and filter
        return [c for c in self.cues[i:j] if c.end <= b]

    def tokens(self, a: int, b: int) -> list[tuple[int, int, bool]]:
        """``(start, end, is_word)`` tokens of ``text[a:b]`` (a final period of a word is not part of it)."""
        key = (a, b)
        got = self._tokens.get(key)
        if got is not None:
            return got
        text = self.text
        # group `w` is group 1 (`lastindex` is cheaper than comparing `lastgroup`); one comprehension, then the
        # final periods, only when the window has a period at all
        out = [m.span() + (m.lastindex == 1,) for m in _TOKEN.finditer(text, a, b)]  # 15 % cheaper than (*span, …)
        if text.find(".", a, b) >= 0:
            out = [(s, e - 1, w) if w and e - s > 2 and text[e - 1] == "." else (s, e, w) for s, e, w in out]
        self._tokens[key] = out
        return out

    def iter_tokens(self, a: int, b: int) -> Iterator[tuple[int, int, bool]]:
        """The tokens of ``tokens(a, b)``, one at a time: for rules that stop after the first few words of a long
        window (the speaker after a cue reads at most ``MAX_SPEAKER_TOKENS`` words of the rest of its sentence),
        so the rest is never tokenised. The same tokens: the final-period fix is per token."""
        got = self._tokens.get((a, b))
        if got is not None:
            yield from got
            return
        text = self.text
        for m in _TOKEN.finditer(text, a, b):
            s, e = m.span()
            w = m.lastindex == 1
            if w and e - s > 2 and text[e - 1] == ".":
                e -= 1
            yield s, e, w

    def low(self, s: int, e: int) -> str:
        return self.text[s:e].lower()

    # -- speakers --------------------------------------------------------------------------------------
    def _valid(self, toks: list[tuple[int, int, bool]]) -> Span | None:
        toks = [t for t in toks if t[2]]
        n = len(toks)
        if not n or n > MAX_SPEAKER_TOKENS:
            return None
        text = self.text
        if n > 2 and text[toks[1][0]].isdigit() and self.low(toks[2][0], toks[2][1]) in _MONTHS:
            return None  # `Publié le 31 décembre 2014`: a date, no speaker
        first = self.low(toks[0][0], toks[0][1])
        if n > 1 and first in self.g.stops:
            w_last = self.low(toks[-1][0], toks[-1][1])
            if (w_last in self.g.singular or w_last in self.g.plural) and not any(
                self.low(t[0], t[1]) in self.g.relative for t in toks
            ):
                return toks[-1][0], toks[-1][1]  # `In the execution chamber he apologized …, stating`: the pronoun
        while (
            self.lang == "fr" and n > 1 and text[toks[-1][0] : toks[-1][1]].replace("’", "'") in _FR_CLITICS
            and (text[toks[-1][0] : toks[-1][1]] == "se"
                 or self.low(toks[-2][0], toks[-2][1]) not in self.g.stops | _NOT_BEFORE_CLITIC)
        ):
            # `La police espagnole se dit` (eighth pass), `il le dit`, `elle l'a dit`, `le maire leur a dit`
            # (eleventh): the pronouns bound to the verb are no part of its subject (not `le ministre de la`,
            # `a lui`: an article after a preposition, a stressed pronoun after an auxiliary)
            toks, n = toks[:-1], n - 1
        aux = _TRAILING_AUX.get(self.lang, _NO_WORDS)
        while n > 1 and (prev := self.low(toks[-2][0], toks[-2][1])) not in self.g.stops and prev not in self.g.det:
            if self._adverb(toks[-1]) and prev not in _SOURCE_LINK:  # (`Le Journal du dimanche`: a name)
                toks, n = toks[:-1], n - 1  # `… MPLA anonymously said`: the adverb is no part of the subject
            elif text[toks[-1][0] : toks[-1][1]] in aux:
                # `Chen has publicly admitted`, `Analysts have, however, suggested`, `Red Hat has also had`
                # (thirteenth pass): an auxiliary left before an adverb or an incise is no part of the subject
                toks, n = toks[:-1], n - 1
            else:
                break
        if first in _OPENERS and len(toks) > 1:
            toks = toks[1:]  # `Or l'universitaire belge considère`, `However the minister said`
            first = self.low(toks[0][0], toks[0][1])
        opening = opening_end(text, toks[0][0]) if first in OPENING_FIRST else None
        if opening is not None:  # `De son côté le ministre`, `Plus tard`, `Parmi les raisons` (eighth pass)
            toks = [t for t in toks if t[0] >= opening]
            if not toks:
                return None
            n, first = len(toks), self.low(toks[0][0], toks[0][1])
        if len(toks) == 1 and (first in self.g.stops or first in self.g.bounds or first in self.g.det
                               or first in ("there", "here", "là", "ici")):
            return None  # `À noter que …`: a preposition is no subject, nor a lone determiner (`the alleged`)
        if first in self.g.stops:
            # a leading adjunct (`On May 12 Radio Free Asia reported`, `In the filing Ford also made this point,
            # writing`): the last run of capitalised words, if any
            run: list[tuple[int, int, bool]] = []
            for t in reversed(toks):
                if self.text[t[0]].isupper() and self.low(t[0], t[1]) not in self.g.stops:
                    run.append(t)
                elif run:
                    break
            if not run:
                if len(toks) >= 2 and self.low(toks[1][0], toks[1][1]) in self.g.det:
                    return self._valid(toks[1:])  # `Later the minister added`
                k = next((i for i in range(len(toks) - 2, max(1, len(toks) - 4), -1)
                          if self.low(toks[i][0], toks[i][1]) in self.g.det), None)
                if k is not None and is_speaker_noun(self.low(toks[-1][0], toks[-1][1]), self.lang):
                    return toks[k][0], toks[-1][1]  # `At about 5:17 p.m. his daughter reported`: the noun phrase
                return None
            toks = run[::-1]
            first = self.low(toks[0][0], toks[0][1])
        words = [self.text[s:e] for s, e, _ in toks]
        if (
            any(w[:1].isupper() or w[:1] in "#@" for w in words)
            or first in self.g.det
            or first in self.g.singular
            or first in self.g.plural
            or first in self.g.writer
            or (first[:2] in ("l'", "l’") and len(toks) >= 1)
            or (len(toks) <= 2 and is_speaker_noun(words[-1], self.lang))  # `according to police`, `officials`
        ):
            if len(toks) == 1 and words[0].isdigit():
                return None
            return toks[0][0], toks[-1][1]
        return None

    def speaker_before(self, lo: int, cue_start: int, shared: bool = True) -> Span | None:
        """The subject noun phrase ending at a cue: the last clause of ``text[lo:cue_start]``, never inside a
        quote. ``shared``: a cue right after a quote and a coordinator (`X a condamné « … » et dénonce`)
        shares the subject of the cue before that quote. Memoised: the rules ask for the same cue again (the
        answer depends only on the arguments and the immutable document)."""
        key = (lo, cue_start, shared)
        if key in self._before:
            return self._before[key]
        got = self._speaker_before(lo, cue_start, shared)
        self._before[key] = got
        return got

    def _speaker_before(self, lo: int, cue_start: int, shared: bool) -> Span | None:
        gap_lo = self.gaps[bisect.bisect_right(self.gap_starts, cue_start) - 1][0]
        participle = bool(_PARTICIPLE.get(self.lang) and _PARTICIPLE[self.lang].match(self.text, cue_start))
        if participle and self.lang == "en" and (obj := _OBJECT_BEFORE.search(self.text, max(lo, cue_start - 6),
                                                                               cue_start)) is not None:
            return obj.start(), obj.end("obj")  # `showed him shouting "…"`, `heard her saying "…"` (fifteenth pass)
        if participle and self.lang == "en" and (
            with_np := _WITH_NP_BEFORE.search(self.text, max(lo, cue_start - 60), cue_start)
        ) and ((head := with_np.group("np").split()[-1])[:1].isupper() or is_speaker_noun(head, "en")
                 or head in ("source", "sources")):
            # `…, with a police source saying: "…"`: the people after `with` are the participle's subject, not the
            # clause's (fifteenth pass; not `with a task saying …`)
            return with_np.start("np"), with_np.end("np")
        if shared and participle and gap_lo and _LEAD.fullmatch(self.text, gap_lo, cue_start):
            # `X says "…", telling Bloomberg`: right after a quote, the participle shares the subject of the cue
            # before that quote, in the same sentence
            s_lo = self.sentence(gap_lo - 1)[0]
            prev = [c for c in self.cues_in(max(s_lo, cue_start - WINDOW), gap_lo) if c.verbal]
            if prev:
                c = prev[-1]
                return c.inv if c.inv is not None else self.speaker_before(s_lo, c.start, shared=False)
        if shared and participle and self.lang == "fr":
            coord = _COORD_BEFORE.search(self.text, max(lo, cue_start - 12), cue_start)
            if coord is not None:
                # `qualifiant de « génocide » le conflit local, et fustigeant`: the subject of the participle
                # it is coordinated with
                prev = [c for c in self.cues_in(max(lo, cue_start - WINDOW), coord.start())
                        if c.verbal and _PARTICIPLE[self.lang].match(self.text, c.start)]
                if prev:
                    return self.speaker_before(lo, prev[-1].start, shared=False)
        if gap_lo > lo:
            if shared and _COORD_ONLY.fullmatch(self.text, gap_lo, cue_start):
                prev = [c for c in self.cues_in(max(lo, cue_start - WINDOW), gap_lo) if c.verbal]
                if prev:
                    c = prev[-1]
                    return c.inv if c.inv is not None else self.speaker_before(lo, c.start, shared=False)
                # no cue before the quote (`X has called the act "…", and warned`): the clause before it; when the
                # quote is longer than the subject window, the subject opening the sentence before the quote
                # (`La Direction … avait donné la même explication, « … long … » et avertissait`, ninth pass)
                k = bisect.bisect_right(self.gap_starts, cue_start) - 1
                q_start = self.gaps[k - 1][1] if k > 0 else lo
                if lo < q_start < cue_start - SPEAKER_WINDOW:
                    subj, _ = self.subject(lo, q_start)
                    if subj is not None:
                        return subj
            else:
                lo = gap_lo
        if participle and shared:
            sp = participle_after_report(self, lo, cue_start)
            if sp is not None:
                return sp
        w_lo = max(lo, cue_start - SPEAKER_WINDOW)
        quoted = _QUOTED_AS.search(self.text, w_lo, cue_start) if _may_end_as(self.text, w_lo, cue_start) else None
        if quoted is not None:
            # `Politico quoted Tim Manning, formerly …, as saying`: the one quoted speaks
            sp, _ = self.speaker_after(quoted.end("verb"), quoted.start("as"))
            if sp is not None:
                return sp
        toks = self.tokens(max(lo, cue_start - SPEAKER_WINDOW), cue_start)
        segs: list[list[tuple[int, int, bool]]] = [[]]
        by_comma: list[bool] = [True]  # whether each segment follows punctuation (else a clause word)
        text, bounds = self.text, self.g.bounds
        for t in toks:
            if not t[2]:
                if text[t[0]] in ",;:()[]«»“”\"—–!?" and not (
                    text[t[0]] == ":" and text[t[0] - 1 : t[0]].isdigit() and text[t[1] : t[1] + 1].isdigit()
                ):  # (not the colon of a time: `At about 5:17 p.m. his daughter reported`)
                    segs.append([])
                    by_comma.append(True)
                else:
                    segs[-1].append(t)
                continue
            w = text[t[0] : t[1]].lower()  # once per word (the tests below all read it)
            if w in bounds:
                if participle and w in ("and", "or", "et", "ou") and t[1] < cue_start - 5:
                    segs[-1].append(t)  # `X cleared both A and B of any blame, stating`: one clause
                    continue
                if w in ("et", "and") and _NP_COORD.match(text, t[1], cue_start):
                    segs[-1].append(t)  # `le candidat de la droite et du centre Alain Juppé`: one noun phrase
                    continue
                if (
                    w in ("et", "and") and segs[-1] and segs[-1][-1][2] and text[segs[-1][-1][0]].isupper()
                    and text[t[1] : t[1] + 1] == " " and text[t[1] + 1 : t[1] + 2].isupper()
                    and self.low(segs[-1][-1][0], segs[-1][-1][1]) not in self.g.stops
                    and all(text[x[0]].isupper() or self.low(x[0], x[1]) in _OF for x in segs[-1] if x[2])
                    and by_comma[-1] and len(text[t[1] : cue_start].split()) <= 5
                ):
                    segs[-1].append(t)  # `The British Beer and Pub Association`, `Thierry et Véronique Roy`: one
                    continue  # name, or names coordinated as one subject (eighth pass)
                segs.append([])
                by_comma.append(False)
            elif ("'" in w or "’" in w) and (m := _ELIDED_BOUND.match(text, t[0], t[1])):  # needs an apostrophe
                segs.append([(m.end(), t[1], True)])  # `qu'il a qualifiées`: the bound, then the pronoun
                by_comma.append(False)
            else:
                segs[-1].append(t)
        if len(segs) > 1 and not by_comma[-1] and all(self.low(t[0], t[1]) in _ALSO for t in segs[-1] if t[2]):
            segs[-1] = []  # `…, and also said`: the adverb of a coordinated verb
        coordinated = False
        while segs and not segs[-1]:
            coordinated = coordinated or not by_comma[-1]
            segs.pop()
            by_comma.pop()
        if not segs:
            return None
        if coordinated and self.lang == "en":
            if len(segs) > 1 and self._in_quotation(segs[-1][0][0]):
                # `Duda characterised the deaths as "crushing" and wrote`: the words of a quotation are never the
                # subject; the clause before it has it
                segs, by_comma = segs[:-1], by_comma[:-1]
                while len(segs) > 1 and not segs[-1]:
                    segs, by_comma = segs[:-1], by_comma[:-1]
                if not segs[-1]:
                    return None
            if len(segs[-1]) > 1 and not self._in_quotation(segs[-1][0][0]):
                # `The post named a hit list of students, and also said`, `X confirmed the death, and said`: the
                # subject of the verb this one is coordinated with, not its object
                k = next((k for k, t in enumerate(segs[-1]) if k and t[2] and self._verb_like(t)), None)
                if k is not None:
                    segs[-1] = segs[-1][:k]
        if len(segs) >= 2 and self.text[toks[-1][0]] == ")" and segs[-2] and not toks[-1][2]:
            # `Le premier ministre Robert Fico (Smer-DS) a dit`: the noun phrase before the parenthesis
            k = len(segs) - 1
            while k > 0 and not self.text[max(0, segs[k][0][0] - 2) : segs[k][0][0]].rstrip().endswith("("):
                k -= 1
            # only a short parenthesis (`(Smer-DS)`, `(PS)`) after a noun phrase that opens its chunk (not
            # `Organisation for … and Development (OECD)`, whose `and` split the name)
            if k > 0 and segs[k - 1] and len(segs[k]) <= 4 and k == len(segs) - 1 and (by_comma[k - 1] or k == 1):
                segs, by_comma = segs[:k], by_comma[:k]
        last = segs[-1]
        inverted = self._inverted_subject(last, cue_start) if gap_lo and last[0][0] - gap_lo <= 12 else None
        if inverted is not None:
            return inverted
        incised = self._before_incise(segs, by_comma, toks)
        if incised is not None:
            return incised
        if participle and shared and len(segs) >= 2 and by_comma[-1] and segs[-2] and (
            len(last) == 1 and self.low(last[0][0], last[0][1]) in ("en", "tout")
        ) and by_comma[-2]:
            # `…, a déclaré X, en ajoutant qu'…`: the participle shares the inverted subject of the cue that opens
            # the segment before it (eighth pass)
            first = self.cues_in(segs[-2][0][0], segs[-2][-1][1])
            if first and first[0].start == segs[-2][0][0] and first[0].verbal:
                if first[0].inv is not None:
                    return first[0].inv
                sp, _ = self.speaker_after(first[0].end, segs[-2][-1][1])
                if sp is not None:
                    return sp
        if (
            participle and shared and gap_lo and lo == gap_lo and last[0][0] - gap_lo <= 3
            and not self._subject_start(last[0])
        ):
            # `X acknowledged their government had "unintentionally" shot down a jet, blaming`: the subject of
            # the cue before the quote
            s_lo = self.sentence(gap_lo - 1)[0]
            prev = [c for c in self.cues_in(max(s_lo, cue_start - WINDOW), gap_lo) if c.verbal]
            if prev:
                c = prev[-1]
                return c.inv if c.inv is not None else self.speaker_before(s_lo, c.start, shared=False)
        w_end = self.low(last[-1][0], last[-1][1]) if last[-1][2] else ""
        if w_end == "se" and len(last) > 3 and self.low(last[-2][0], last[-2][1]) == "qui":
            last, w_end = last[:-1], "qui"  # `par le maire qui se dit`: the reflexive after `qui` (eighth pass)
        if len(last) > 2 and w_end in _RELATIVE_SUBJECT and self._subject_start(last[0]):
            # a relative pronoun ends the segment: its antecedent, a full name right before it (`Guaino a ressorti
            # une citation de François Fillon qui disait`), else the segment without it (`le maire qui se dit`)
            ante = self._antecedent(last[:-1])
            if ante is not None and len(self.text[ante[0] : ante[1]].split()) >= 2:
                return ante
            if len(segs) >= 2 and by_comma[-1] and segs[-2] and self.low(last[0][0], last[0][1]) in self.g.det \
                    and not any(self._verb_like(t) for t in last[1:-1]):
                # `a ajouté Massimiliano Rebaudengo, le chef de mission de MSF pour la Syrie qui considère`: the
                # full name before the apposition, as without the relative (`Mike Hentosz, a witness …, said`)
                name = self._antecedent(segs[-2])
                if name is not None and len(self.text[name[0] : name[1]].split()) >= 2:
                    return name
            ante = self._final_np(last[:-1])
            if ante is not None:
                return ante  # `décrété par le maire qui se dit`: the agent before the relative (eighth pass)
            last = last[:-1]
            w_end = self.low(last[-1][0], last[-1][1])
        if last[-1][1] == toks[-1][1] and (w_end in self.g.singular or w_end in self.g.plural):
            return last[-1][0], last[-1][1]  # `what he describes as`, `ce qu'elle appelle`: the pronoun
        rel = None
        if last[-1][1] == toks[-1][1] and self.text[last[-1][0]].isupper():  # (cheap test first)
            rel = next((i for i in range(len(last) - 2, -1, -1) if last[i][2] and self.low(last[i][0], last[i][1])
                        in self.g.relative), None)
        if rel is not None and all(
            t[2] and self.text[t[0]].isupper() for t in last[rel + 1 :]
        ) and len(last) - rel - 1 <= 4:
            return last[rel + 1][0], last[-1][1]  # `the letter in which Taylor said`: the name after the relative
        if len(last) == 1 and w_end in _RELATIVE_SUBJECT:
            # `North Somerset Council, which says that`; past an apposition: `a déclaré Vasip Sahin, gouverneur
            # de la ville, qui qualifie`, `selon Mario Joseph, l'un de ses avocats, qui précise`
            for seg in segs[-2:-4:-1]:
                antecedent = self._antecedent(seg) if seg else None
                if antecedent is not None:
                    return antecedent
            if len(segs) >= 2 and segs[-2] and by_comma[-1]:
                np = self._final_np(segs[-2])
                if np is not None:
                    return np  # `critiqué par l'opposition, qui affirme`, `attaquée par l'UNHCR, qui` (eighth pass)
        if not participle and len(segs) >= 2 and not toks[-1][2] and self.text[toks[-1][0]] == ",":
            # `Francesco Rutelli, Minister of Culture and Tourism in Italy, called`, `Crista Granroth, speaking
            # from the Bureau, said`, `David Cameron, qui travailla pour Thatcher …, estime`: the subject comes
            # before its apposition, which the commas enclose
            apposed = self._apposed_subject(segs, by_comma)
            if apposed is not None:
                return apposed
        if participle and len(segs) >= 2 and by_comma[-1] and self.low(last[0][0], last[0][1]) in self.g.det:
            name = with_name(self, segs[-2])
            if name is not None:
                return name  # `with Nick Clegg, the deputy prime minister, saying`: the name, not its apposition
        if (
            len(segs) >= 2 and by_comma[-1] and segs[-2] and self._name_seg(segs[-2])
            and self.low(last[0][0], last[0][1]) in self.g.det
        ):
            # `Mike Hentosz, a witness who was inside the gym, said`, `Dawn News, a private television station,
            # had stated`: the name, not its apposition
            last = segs[-2]
        elif (
            len(segs) >= 2 and by_comma[-1] and len(segs[-2]) >= 3 and self.low(last[0][0], last[0][1]) in self.g.det
            and all(t[2] and self.text[t[0]].isupper() for t in segs[-2][:2])
            and self.low(segs[-2][2][0], segs[-2][2][1]) in self.g.det
            and self.low(segs[-2][0][0], segs[-2][0][1]) not in self.g.stops | self.g.det
        ):
            return segs[-2][0][0], segs[-2][1][1]  # `Teguh Samudro the head of BKIMP, the quarantine said`
        if not self._subject_start(last[0]) and not self._titled_name(last):
            # an apposition, a relative clause or an adjunct (`Kellyanne Conway, conseillère de Trump,
            # expliquait`, `Amundi, qui est détenu …, a annoncé`, `Sapin, …, à l'origine de la loi, a répondu`):
            # the subject is the earliest earlier segment that starts like one: the head comes first, its
            # appositions after it (`A spokesperson of Snap's parent company, Snap, Inc., on Sunday, said`)
            earlier = [
                seg for seg in segs[-4:-1] if seg and self._subject_start(seg[0]) and not self._adjunct(seg)
            ]
            if earlier:
                last = earlier[0]
                name = self._apposed_name(segs, by_comma, last)
                if name is not None:
                    return name
                verb = next((k for k, t in enumerate(last) if k and t[2] and (
                    self.low(t[0], t[1]) in _FR_FINITE or self.low(t[0], t[1]).startswith(("s'", "s’", "n'", "n’"))
                )), None) if self.lang == "fr" else None
                if verb is not None and self._speakerlike(last[:verb]):
                    last = last[:verb]  # `il se sépare de ce dernier, refusant de soutenir`: up to its verb (eighth)
        w_last = self.low(last[-1][0], last[-1][1])
        if len(last) > 1 and last[-1][2] and (w_last in self.g.singular or w_last in self.g.plural):
            return last[-1][0], last[-1][1]  # `what they called`, `ce qu'elle appelle`: the pronoun
        for k in range(len(last) - 2, 0, -1):
            if last[k][2] and self.low(last[k][0], last[k][1]) in self.g.relative and (
                self.low(last[k + 1][0], last[k + 1][1]) in self.g.singular
                or self.low(last[k + 1][0], last[k + 1][1]) in self.g.plural
            ):
                last = last[k + 1 :]  # `the explosions which they said`: the pronoun of the relative clause
                break
        if participle:
            # `X released a statement saying`, `X paid tribute to Y, saying`: the subject of the clause the
            # participle hangs on, up to its (likely) verb; `PVI hit back at the claims, saying`: the name
            verb = next((k for k, t in enumerate(last) if k and t[2] and self._verb_like(t)
                         and self.low(last[k - 1][0], last[k - 1][1]) not in self.g.det), None)  # not `the claims`
            if verb is None and self.low(last[0][0], last[0][1]) not in self.g.det:
                # no known verb form (`hit`): the verb is the first lower-case word after a leading name
                verb = next((k for k, t in enumerate(last) if not self.text[t[0]].isupper()), None) or None
            if verb is not None:
                last = last[:verb]
        if (
            len([t for t in last if t[2]]) > MAX_SPEAKER_TOKENS and len(last) >= 2 and last[-1][1] == toks[-1][1]
            and all(t[2] and self.text[t[0]].isupper() for t in last[-2:])
            and not any(t[2] and self.text[t[0]].isupper() for t in last[1:4])  # not `Le politologue Filip …`
            and not any(self.low(t[0], t[1]) in self.g.relative or self.text[t[0]].isdigit() for t in last)
        ):
            # `L'ancien candidat à la primaire de la droite et du centre Alain Juppé a annoncé`: the name
            k = len(last) - 2
            while k > 0 and last[k - 1][2] and self.text[last[k - 1][0]].isupper():
                k -= 1
            return self._valid(last[k:])
        if len([t for t in last if t[2]]) > MAX_SPEAKER_TOKENS and self._subject_start(last[0]):
            # `Le politologue Filip Reyntjens spécialiste de l'Afrique des Grands Lacs considère`: the head
            # noun phrase up to the end of its first name
            k = next((i for i, t in enumerate(last[:4]) if t[2] and self.text[t[0]].isupper()
                      and self.low(t[0], t[1]) not in self.g.det), None)
            if k is not None:
                j = k
                while j + 1 < len(last) and last[j + 1][2] and (
                    self.text[last[j + 1][0]].isupper()
                    or (is_speaker_noun(self.low(last[j + 1][0], last[j + 1][1]), self.lang)
                        and any(self.text[t[0]].isupper() for t in last[j + 2 : j + 4]))
                ):
                    j += 1  # `Greek prime minister Kyriakos Mitsotakis`
                last = last[: j + 1]
        if len([t for t in last if t[2]]) > MAX_SPEAKER_TOKENS:
            # a long clause: keep its trailing run of capitalised words (a name), if any
            run: list[tuple[int, int, bool]] = []
            for t in reversed(last):
                if t[2] and self.text[t[0]].isupper():
                    run.insert(0, t)
                else:
                    break
            last = run
        return self._valid(last)

    def _before_incise(
        self, segs: list[list[tuple[int, int, bool]]], by_comma: list[bool], toks: list[tuple[int, int, bool]]
    ) -> Span | None:
        """`la mère du suspect avait, il y a quelques jours, qualifié`, `Chen has, since then, admitted`: an
        incise between commas after an auxiliary; the subject is the segment that the auxiliary ends, not the
        incise (`il y a …` looks like a subject), nor an earlier segment (thirteenth pass)."""
        if len(segs) < 2 or not by_comma[-1] or len(segs[-2]) < 2 or toks[-1][2] or self.text[toks[-1][0]] != ",":
            return None
        aux = segs[-2][-1]
        if not aux[2] or self.text[aux[0] : aux[1]] not in _TRAILING_AUX.get(self.lang, _NO_WORDS):
            return None
        head = segs[-2][:-1]
        if not self._subject_start(head[0]) or not self._speakerlike(head):
            return None
        return self._valid(head)

    def _apposed_name(
        self, segs: list[list[tuple[int, int, bool]]], by_comma: list[bool], head: list[tuple[int, int, bool]]
    ) -> Span | None:
        """`Le Premier ministre, Binali Yildirim , dénonce … et averti que`, `The prime minister, John Smith,
        visited … and said`: a title whose name follows it between commas (two or more capitalised words) is
        the subject's name, when the cue is further on (eleventh pass; a cue right after the name is the rule
        of `_apposed_subject`)."""
        i = next(k for k, seg in enumerate(segs) if seg is head)
        if i + 2 >= len(segs) or not (by_comma[i + 1] and by_comma[i + 2]):
            return None
        name = segs[i + 1]
        if len(name) < 2 or not self._name_seg(name):
            return None
        if not any(t[2] and is_speaker_noun(self.low(t[0], t[1]), self.lang) for t in head):
            return None  # `In Paris, John Smith, …`: no title before the name
        return self._valid(name)

    def _antecedent(self, seg: list[tuple[int, int, bool]]) -> Span | None:
        """The name a relative pronoun stands for, at the end of ``seg`` (`a project carried out by North
        Somerset Council`), or None (`l'un de ses avocats, qui`: the rules for appositions decide)."""
        run: list[tuple[int, int, bool]] = []
        for t in reversed(seg):
            if t[2] and (
                self.text[t[0]].isupper() or (run and self.low(t[0], t[1]) in _OF)
                or self.low(t[0], t[1]).startswith(_NAME_PARTICLES)  # `Ayman al-Zawahiri`
            ):
                run.insert(0, t)
            else:
                break
        while run and (self.low(run[0][0], run[0][1]) in _OF or not self.text[run[0][0]].isupper()):
            run.pop(0)
        return self._valid(run) if run and len(run) <= 6 else None

    def _speakerlike(self, toks: list[tuple[int, int, bool]]) -> bool:
        """Whether a noun phrase can speak: a pronoun, a name (a capitalised word after the first), `ce
        dernier`, or a phrase with a noun that names people or a body (not `cette affaire`, `les raisons`)."""
        words = [self.low(t[0], t[1]) for t in toks if t[2]]
        if not words:
            return False
        if len(words) == 1 and (words[0] in self.g.singular or words[0] in self.g.plural):
            return True
        if any(self.text[t[0]].isupper() for t in toks[1:] if t[2]) or words[-1] in ("dernier", "dernière"):
            return True
        if self.text[toks[0][0]].isupper() and words[0] not in self.g.det and words[0] not in self.g.stops:
            return True  # `Hollande est arrivé …`: a name
        return any(is_speaker_noun(w.split("'")[-1].split("’")[-1], self.lang) for w in words)

    def _final_np(self, seg: list[tuple[int, int, bool]]) -> Span | None:
        """The noun phrase ending ``seg`` after a preposition (`par l'opposition`, `by the government`), when its
        head is capitalised or names people or a body: what a relative `qui`/`who` after a comma stands for."""
        k = len(seg) - 1
        while k > 0 and seg[k][2] and self.low(seg[k - 1][0], seg[k - 1][1]) not in self.g.stops:
            k -= 1
        if k == 0 or not seg[k][2] or len(seg) - k > 5 or self.low(seg[k - 1][0], seg[k - 1][1]) not in _AGENT_WORDS:
            return None
        first = self.low(seg[k][0], seg[k][1])
        head = seg[k + 1] if first in self.g.det and k + 1 < len(seg) else seg[k]
        word = self.low(head[0], head[1])
        if word[:2] in ("l'", "l’"):
            word = word[2:]
        if not (word[:1] != word[:1].lower() or self.text[head[0]].isupper() and first not in self.g.det
                or is_speaker_noun(word, self.lang)
                or self.text[head[0] : head[1]][2:3].isupper()):
            return None
        return self._valid(seg[k:])

    def _apposed_subject(self, segs: list[list[tuple[int, int, bool]]], by_comma: list[bool]) -> Span | None:
        """The subject before a comma-enclosed apposition that ends right before the cue: the earliest of the
        comma-separated chunks before it (back to a colon) that starts like a subject (not an adjunct, an opening
        adverb or a date): `In Paris, the minister, a socialist, said` -> `the minister`."""
        k = len(segs) - 1
        while k > 0 and not by_comma[k]:
            k -= 1  # the first segment of the apposition's chunk (`Minister of Culture` / `and Tourism …`)
        app = segs[k]
        if k == len(segs) - 1 and (self._name_seg(app) or (
            len(app) >= 2 and self._titled_name(app) and all(self.text[t[0]].isupper() for t in app[-2:])
        )):
            # `Kosovo's president, Fatmir Sejdiu, said`, `The study's lead author, doctoral candidate Maninder
            # Thind, said`: the name in apposition speaks (the rules below)
            return None
        starts = []
        for i in range(k - 1, max(-1, k - 7), -1):
            if segs[i] and (by_comma[i] or i == 0):
                starts.append(i)
                if self.text[max(0, segs[i][0][0] - 3) : segs[i][0][0]].rstrip().endswith((":", ";", "–", "—")):
                    break  # `The charges included: Emotional jurors of the case, …, stated`: no further back
        for i in reversed(starts):  # the earliest first: the head comes before its appositions
            seg = segs[i]
            if (
                (i + 1 == k or by_comma[i + 1])  # a chunk of one segment (`and`, `that` split none)
                and self._subject_start(seg[0]) and not self._adjunct(seg) and len(seg) <= MAX_SPEAKER_TOKENS
                and self.low(seg[0][0], seg[0][1]) not in _OPENERS
                and not any(self.text[t[0]].isdigit() for t in seg)
            ):
                return self._valid(seg)
        return None

    def _inverted_subject(self, seg: list[tuple[int, int, bool]], cue_start: int) -> Span | None:
        """A clause that opens with a cue has its subject after it (`« … », écrit-il sur Twitter, ajoutant
        que`, `"…," said Smith, adding that`): that subject, for a cue whose own clause it is."""
        if not seg or not seg[0][2]:
            return None
        before = self.text[max(0, seg[0][0] - 12) : seg[0][0]].rstrip(" \t\u00a0\u202f,")
        if before[-1:] not in _CLOSING:
            return None  # only the clause right after a quote (not `X maintained his innocence, saying`)
        first = self.cues_in(seg[0][0], cue_start)
        if not first or first[0].start != seg[0][0] or not first[0].verbal:
            return None
        c = first[0]
        if c.inv is not None:
            return c.inv
        sp, _ = self.speaker_after(c.end, cue_start)
        return sp

    def _name_seg(self, seg: list[tuple[int, int, bool]]) -> bool:
        """A segment that is a name: up to five capitalised words (`Mike Hentosz`, `Dawn News`), not an
        opening adverb or preposition."""
        words = [t for t in seg if t[2]]
        if not words or len(words) > 5 or len(words) != len(seg):
            return False
        first = self.low(words[0][0], words[0][1])
        if first in self.g.stops or first in _OPENERS or first in self.g.det or first in self.g.singular:
            return False
        return all(self.text[t[0]].isupper() or self.low(t[0], t[1]) in _OF for t in words)

    def _adjunct(self, seg: list[tuple[int, int, bool]]) -> bool:
        """A clause opening with a participle (`Interrogé vendredi à Bordeaux`, `Speaking to reporters`,
        `Asked about it`): an adjunct before the subject, not the subject."""
        if len(seg) < 2 or not seg[1][2] or self.text[seg[1][0]].isupper():
            return False
        return self.low(seg[0][0], seg[0][1]).endswith(_PARTICIPLE_ENDINGS)

    def _verb_like(self, tok: tuple[int, int, bool]) -> bool:
        """A lower-case word that likely is the verb after a subject (`released`, `paid`, `a`, `ont`)."""
        if self.text[tok[0]].isupper():
            return False
        w = self.low(tok[0], tok[1])
        g = self.g
        if w in g.det or w in _OF or w in g.stops:
            return False
        if self.lang == "en":
            return w in _EN_VERBS or w.endswith("ed") or (w.endswith("s") and not w.endswith("ss") and len(w) > 3)
        return (w in _FR_VERBS or w.endswith(("é", "ée", "és", "ées")) or w.startswith(("s'", "s’", "n'", "n’"))
                or w in ("se", "ne")  # `il se sépare`, `il ne veut`: a verb follows (eighth pass)
                or (len(w) > 5 and w.endswith(("ait", "aient")) and not w.endswith(_FR_AIT_NOUNS)))  # `enfreignait`

    def _name_of(self, toks: list[tuple[int, int, bool]]) -> bool:
        """`Benoit Ramacker of the crisis management centre`: a capitalised name, then `of`/`from`/`de` and its
        body (seventh pass: a speaker after a quote, in normal order)."""
        k = 0
        while k < len(toks) and self.text[toks[k][0]].isupper() and self.low(*toks[k][:2]) not in self.g.stops:
            k += 1
        return 0 < k < len(toks) and self.low(toks[k][0], toks[k][1]) in ("of", "from", "de", "du", "des")

    def _titled_name(self, seg: list[tuple[int, int, bool]]) -> bool:
        """`police chief Iver Stensrud`: a title then a name (no `of`/`de` before the name, unlike
        `director of the Columban Missionaries` or `conseillère de Trump`)."""
        if not seg or self.low(seg[0][0], seg[0][1]) in self.g.stops or self._verb_like(seg[0]):
            return False
        for s, e, w in seg:
            if w and self.text[s].isupper():
                return True
            if self.low(s, e) in _OF:
                return False
        return False

    def _subject_start(self, tok: tuple[int, int, bool]) -> bool:
        """Whether a token can start a subject: a capitalised word (not a preposition or adverb of time), a
        determiner or a pronoun."""
        if not tok[2]:
            return False
        w = self.low(tok[0], tok[1])
        if w in self.g.stops or w in self.g.relative or w in self.g.bounds:
            return False
        if w in OPENING_FIRST and opening_end(self.text, tok[0]) is not None:
            return False  # `De son côté,`, `Parmi …`, `Among …`: an opening phrase (eighth pass)
        g = self.g
        return (
            self.text[tok[0]].isupper() or w in g.det or w in g.singular or w in g.plural or w in g.writer
            or (w[:2] in ("l'", "l’") and len(w) > 2)  # `l'USGS`, `l'entreprise`
        )

    def speaker_after(self, a: int, b: int) -> tuple[Span | None, int]:
        """The noun phrase right after an inverted cue, and where it ends (``a déclaré Gonzalez à Ars``); an adverb
        before it is skipped (``souligne encore l'Élysée``)."""
        cut = _SOURCE_PREP_BEFORE.search(self.text, max(0, a - 14), a) is not None
        adv = _INV_ADVERB.match(self.text, a, b)
        if adv is not None:
            a = adv.end()
        toks = []
        end = a
        brk = None  # the token that ended the noun phrase
        for t in self.iter_tokens(a, b):  # (`b` is often the sentence end: only the first words are read)
            if not t[2] or self.low(t[0], t[1]) in self.g.stops:
                brk = t
                break
            if cut and toks and self.text[toks[-1][0]].isupper() and self._opens_clause(t):
                break  # `selon The Times se cacherait`: the name ends, a clause begins
            toks.append(t)
            end = t[1]
            if len(toks) > MAX_SPEAKER_TOKENS:
                return None, a
        if cut and len(toks) == 1 and self.low(toks[0][0], toks[0][1]) in STRESSED_FORMS:  # `lui`, `eux`
            return (toks[0][0], toks[0][1]), end  # `Selon lui, …`, `D'après eux, …` (fifteenth pass)
        pub = None
        if len(toks) >= 2 and (" by " in self.text[end : end + 25] or " par " in self.text[end : end + 25]):
            k = next((i for i, t in enumerate(toks) if i and self.low(t[0], t[1]) in _PUBLISHED), None)
            pub = _PUBLISHED_BY.match(self.text, toks[k][0], b) if k is not None else None
        if pub is not None:
            # `according to an article published by The Korea Herald`, `un communiqué cité vendredi par l'agence
            # Lusa`: the document with its author, whose name the span then covers
            by, by_end = self.speaker_after(pub.end(), b)
            sp = self._valid(toks[:k])
            if by is not None and sp is not None:
                return (sp[0], by[1]), by_end
        if cut and toks and len(toks) <= 4 and self._document_np(toks) and _APPOSED_NAME.match(self.text, end, b):
            # `According to official statements, Trump, now operating from …, is to continue`: no name is apposed
            # to a document; it is the source, and the name opens the reported clause (thirteenth pass; a
            # document source with no name after it keeps the older rules)
            return (toks[0][0], toks[-1][1]), end
        if toks and not self._titled_name(toks) and not self._plural_np(toks):
            # `said his father, Abdullah Kurdi,`: the name in apposition is the better speaker (not after a
            # plural, `According to prosecutors, Cottrez, in her 40s, is`: the name opens the reported clause)
            m = _APPOSED_NAME.match(self.text, end, b)
            if m is None and brk is not None and brk[2] and self.low(brk[0], brk[1]) in _TITLE_PREPS \
                    and is_speaker_noun(self.low(toks[-1][0], toks[-1][1]), self.lang):
                # `said a political analyst from the Delhi University, Mahesh Rangarajan`: the name apposed to a
                # title whose body follows a preposition (`of`, `de` do not end the phrase; thirteenth pass)
                pp = _TITLE_PP.match(self.text, brk[1], b)
                m = _APPOSED_NAME.match(self.text, pp.end(), b) if pp is not None else None
                if m is not None and self.low(*m.span("name")).rstrip(".") in _NOT_NAMES:
                    m = None
            if m:
                return _name_span(self.text, m), m.end()  # (after a party in parentheses)
        return self._valid(toks), end

    def _adverb(self, t: tuple[int, int, bool]) -> bool:
        """Whether the word ``t``, as written (lower case only), is an adverb that can stand between a subject and
        its verb."""
        w = self.text[t[0] : t[1]]
        if w in _SUBJECT_ADVERBS:
            return True
        return self.lang == "en" and len(w) > 6 and w.islower() and w.endswith(_EN_ADVERB_ENDS)

    def _opens_clause(self, t: tuple[int, int, bool]) -> bool:
        """Whether the word ``t``, as written (lower case only), opens a clause (`se`, `the`, `l'homme`)."""
        w = self.text[t[0] : t[1]]
        return w in _CLAUSE_OPENERS or (len(w) > 2 and w.startswith(_ELIDED_OPENERS))

    def _document_np(self, toks: list[tuple[int, int, bool]]) -> bool:
        """A source that is a document (`According to official statements`, `selon des documents judiciaires`):
        no person's name is apposed to it, and the name after it opens the reported clause (thirteenth pass)."""
        words = [self.low(t[0], t[1]) for t in toks if t[2]]
        return any(w in _DOCUMENTS or (w[-1:] in "sx" and w[:-1] in _DOCUMENTS) for w in words[-2:])

    def _plural_np(self, toks: list[tuple[int, int, bool]]) -> bool:
        """A source that names several people who can speak (`les procureurs`, `these officials`, English bare
        `prosecutors`, `police`): no one person's name is apposed to it (eleventh pass). The head is read after
        the last `of`/`de` (`les propos de son avocat` names one), and only speaker nouns count (`official
        statements` names no speaker, and the name after it stays the better guess)."""
        words = [self.low(t[0], t[1]) for t in toks if t[2]]
        k = max((i for i, w in enumerate(words) if w in _OF), default=-1)
        head = words[k + 1 :]
        if not head or not is_speaker_noun(head[-1], self.lang):
            return False
        if head[0] in self.g.plural_det:
            return True
        return self.lang == "en" and head[0] not in self.g.det and all(
            self.text[t[0]].islower() for t in toks if t[2]
        ) and (head[-1] == "police" or (head[-1].endswith("s") and not head[-1].endswith("ss")))

    # -- the clause after a quote ----------------------------------------------------------------------
    def clause_rest_ok(self, pos: int, hi: int) -> int | None:
        """After speaker and cue, the clause must end, or go on with an adjunct (addressee, time, place), maybe
        after an adverb (`écrit-il ainsi sur Twitter`)."""
        adv = _INV_ADVERB.match(self.text, pos, hi)
        if adv is not None:
            pos = adv.end()
        if _CLOSE_PUNCT.match(self.text, pos, hi) or pos >= hi:
            return self.sentence_end_or(pos, hi)
        if _COMMA.match(self.text, pos, hi):
            return self.sentence_end_or(pos, hi)  # `", said X, following the ceremony.`
        t = next(self.iter_tokens(pos, min(hi, pos + 40)), None)  # the first word only
        if t is not None and t[2] and self.low(t[0], t[1]) in self.g.stops:
            return self.sentence_end_or(pos, hi)
        return None

    def sentence_end_or(self, pos: int, hi: int) -> int:
        """Where the attribution clause ends: the first terminal punctuation in ``[pos, hi)``, else ``hi``."""
        m = _STOP.search(self.text, pos, hi)
        return m.end() if m else hi

    def after(self, q_end: int, hi: int) -> Attribution | None:
        """Attribution in the clause right after a quote, up to ``hi`` (sentence end or next quote)."""
        text = self.text
        lead = _LEAD.match(text, q_end, hi).end()
        dash = _DASH.match(text, q_end, hi)
        if dash and dash.end() > q_end and text[dash.start() : dash.end()].strip():
            sp, sp_end = self.speaker_after(dash.end(), hi)
            if sp is not None:
                cue = Cue(text.index(text[dash.start() : dash.end()].strip(), dash.start()), 0, "—", False)
                cue.end = cue.start + 1
                return Attribution(cue, sp, self.sentence_end_or(sp_end, hi))
        cues = self.cues_in(lead, min(hi, lead + 120))
        if not cues:
            return None
        cue = cues[0]
        if cue.start > lead and self.lang == "fr" and (
            _FR_CHAIN.fullmatch(text, lead, cue.start) or _FR_AUX_ASIDE.fullmatch(text, lead, cue.start)
        ):
            # `, préférait rectifier l'intéressé`, `, a tenu à préciser X`: the infinitive's cue; `, a, de son côté,
            # annoncé X`, `, a quant à elle déploré X`: an aside between the auxiliary and its participle
            lead = cue.start
        if cue.start == lead:
            # inverted: `, a tweeté Musk`, `, dit-il`, `, selon X`, `," said Smith`
            if self.lang == "en" and cue.verbal and (cue.lemma in _EN_TRANSITIVE or text.endswith("ing", 0, cue.end)):
                return None  # `", telling Bloomberg`, `", praising the team`: an object, not an inverted subject
            if cue.inv is not None:
                sp: Span | None = cue.inv
                sp_end = cue.end if cue.inv[1] <= cue.end else cue.inv[1]
            else:
                sp, sp_end = self.speaker_after(cue.end, hi)
            addr = False
            if sp is None:
                # `," he said` is inverted only in form: `said he`; try normal order below
                return None
            a = ADDRESSEE.match(text, sp_end, hi)
            rest = sp_end
            if a:
                addr = True
                _, rest = self.speaker_after(a.end(), hi)
            clause_end = self.clause_rest_ok(rest, hi)
            if clause_end is None and not cue.verbal and sp[1] == rest:
                t = next(self.iter_tokens(rest, min(hi, rest + 40)), None)
                if t is not None and self._opens_clause(t):  # `« … » selon The Times se cacherait`: the quote is
                    clause_end = self.sentence_end_or(rest, hi)  # the subject, the source stands between
            if clause_end is None:
                return None
            return Attribution(cue, sp, clause_end, addr)
        if not cue.verbal:
            return None
        # normal order: `» Johnson a tweeté`, `", Smith said`
        toks = self.tokens(lead, cue.start)
        apposed = self._apposed_after(q_end, toks)
        if apposed is not None:
            toks = apposed  # `"…," John Reinhart, CEO of the Maersk Line said.`: the name before its apposition
        if (
            toks and toks[0][2] and text[toks[0][0]].isupper() and self.low(toks[0][0], toks[0][1]) in self.g.stops
            and _TERMINAL.search(text, max(0, q_end - 6), q_end)
        ):
            return None  # `« … Belgique. » Dans un article publié …`: a new sentence, not the quote's attribution
        if not toks or any(not t[2] for t in toks) or (
            len(toks) > 6 and not (len(toks) <= MAX_SPEAKER_TOKENS and text[toks[-1][0]].isupper()
                                   and self._titled_name(toks))  # `Department of … spokeswoman Sara Kuban said`
            and not (len(toks) <= MAX_SPEAKER_TOKENS and self._name_of(toks))
        ):
            return None
        sp = self._valid(toks)
        comma = text[q_end - 2 : q_end - 1] == "," or _COMMA.match(text, q_end, lead)
        if sp is None and len(toks) <= 2 and text[q_end - 1] in _CLOSING and comma and (
            self.low(toks[0][0], toks[0][1]) not in self.g.stops  # (`"…," while speaking in`: no subject)
        ):
            sp = (toks[0][0], toks[-1][1])  # `"…," police said`, `"…," officials said`
        if sp is None:
            return None
        rest = cue.end
        addr = False
        a = ADDRESSEE.match(text, rest, hi)
        if a:
            addr = True
            _, rest = self.speaker_after(a.end(), hi)
        elif self.lang == "en" and cue.lemma == "tell":
            _, rest = self.speaker_after(rest, hi)  # told Reuters
            addr = rest > cue.end
        if _COLON_QUOTE.match(text, rest):
            return None  # `« A. » Ben Nelson a indiqué : « B »`: the cue introduces the next quote (ninth pass)
        clause_end = self.clause_rest_ok(rest, hi)
        if clause_end is None:
            return None
        return Attribution(cue, sp, clause_end, addr)

    def _apposed_after(self, q_end: int, toks: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]] | None:
        """The name opening `"…," John Reinhart, CEO of the Maersk Line said`: after a quote that ends with a
        comma, a name of up to five words, a comma, an apposition of a few words (seventh pass)."""
        if not toks or self.text[q_end - 2 : q_end - 1] != "," or len(toks) > 16:
            return None
        k = next((i for i, t in enumerate(toks) if not t[2]), None)
        if k is None or not k or self.text[toks[k][0]] != "," or any(
            not t[2] and self.text[t[0]] != "," for t in toks[k:]
        ):
            return None
        name = toks[:k]
        if self._name_seg(name) and len(name) >= 2:
            return name
        # `"…," Mr. Trump's lawyer, Marc E. Kasowitz, told the public`: a title of a few words, then the name in
        # apposition to it between commas, right before the cue (ninth pass)
        rest = toks[k + 1 :]
        j = next((i for i, t in enumerate(rest) if not t[2]), None)
        if k <= 5 and j is not None and j >= 2 and j == len(rest) - 1 and self._name_seg(rest[:j]):
            return rest[:j]
        return None

    def dash_line(self, pos: int) -> Attribution | None:
        """A credit line right after the paragraph of a quote (news pull quotes): `\n\n— Donald Trump, …`."""
        m = _DASH_LINE.match(self.text, pos)
        if m is None:
            return None
        sp, _ = self.speaker_after(m.end("dash"), m.end())
        if sp is None:
            return None
        return Attribution(Cue(m.start("dash"), m.end("dash"), "—", False), sp, m.end())

    # -- the clause before a quote ---------------------------------------------------------------------
    def intro(self, lo: int, q_start: int) -> Attribution | None:
        """A cue introducing the quote: `X a déclaré : «`, `He said, "`, `Selon X, «`, `X : «`."""
        text = self.text
        lo = max(lo, q_start - WINDOW)
        cues = self.cues_in(lo, q_start)
        if cues:
            cue = cues[-1]
            between = self.tokens(cue.end, q_start)
            if not cue.verbal:
                sp, sp_end = self.speaker_after(cue.end, q_start)
                if len(cues) > 1 and cues[-2].verbal and _LEAD.fullmatch(text, cues[-2].end, cue.start):
                    # `X a révélé, selon Le Soir, « … »`: the source reports what X said; X speaks
                    inner = cues[-2]
                    said = inner.inv if inner.inv is not None else self.speaker_before(lo, inner.start)
                    if said is not None and sp is not None:
                        return Attribution(inner, said, inner.end)
                if sp is not None and (
                    _INTRO_END.match(text, sp_end, q_start) or text[sp_end:q_start].rstrip().endswith((",", ":"))
                ):
                    return Attribution(cue, sp, cue.end)  # `Selon X, « … »`, `Selon X, de l'Office …, « … »`
                return None
            words = [t for t in between if t[2]]
            colon = text[lo:q_start].rstrip().endswith(":")
            if not colon and any(self.comp_word.fullmatch(text, s, e) for s, e, _ in words):
                return None  # `Elle considère que Guéant, « … »`: a reported-speech frame, not an introduction
            if (len(words) <= 6 or colon and len(words) <= 20) and _INTRO_END.match(
                text, between[-1][1] if between else cue.end, q_start
            ):
                ends_colon = text[lo:q_start].rstrip().endswith((":", ","))
                if words and not ends_colon and not self._told_statement(cue.end, q_start):
                    return None
                agent = passive_agent(self, cue, q_start)
                if agent is not None:
                    sp: Span | None = agent  # `warned by an interrogator: "…"`: the agent speaks
                elif cue.inv is not None:
                    sp = cue.inv
                else:
                    sp = self.speaker_before(lo, cue.start)
                if sp is None:
                    return None
                addr = bool(ADDRESSEE.match(text, cue.end, q_start)) or (
                    self.lang == "en" and cue.lemma == "tell" and bool(words)
                )
                return Attribution(cue, sp, cue.end, addr)
            return None
        # a bare colon after a short noun phrase: `Gonzalez : « … »`
        pre = text[lo:q_start].rstrip()
        if pre.endswith(":"):
            colon = lo + len(pre) - 1
            view = opinion_of(self, lo, colon)
            if view is not None:  # `Ce n'est pas l'avis de Fottorino : « … »` (eighth pass)
                return Attribution(Cue(colon, colon + 1, ":", False), view, colon + 1)
            toks = self.tokens(lo, colon)
            if toks and all(t[2] for t in toks) and len(toks) <= 6 and not any(
                self.low(t[0], t[1]) in _EN_VERBS or self.low(t[0], t[1]) in _FR_VERBS for t in toks[1:]
            ):  # (a clause is no noun phrase: `Le bilan est le suivant : « … »`)
                sp = self._valid(toks)
                if sp is not None:
                    return Attribution(Cue(colon, colon + 1, ":", False), sp, colon + 1)
        return None

    def _told_statement(self, cue_end: int, q_start: int) -> bool:
        """`il déclare à la police « Il est mieux que … »`, `he said to the judge "I am innocent."`: only the one
        addressed between a cue and a quote that opens in upper case: the cue introduces a statement (ninth
        pass)."""
        if not _ADDRESSEE_ONLY.fullmatch(self.text, cue_end, q_start):
            return False
        m = _WORDS.search(self.text, q_start, q_start + 8)
        return m is not None and self.text[m.start()].isupper()

    def frame(self, lo: int, q_start: int) -> Attribution | None:
        """A reported-speech cue earlier in the sentence: `X a déclaré … que … « fragment »`."""
        lo = max(lo, q_start - WINDOW)
        for cue in reversed(self.cues_in(lo, q_start)[-3:]):  # the nearest cues only: bounded work
            source = self.as_source(cue, q_start)
            if source is not None:
                return source
            agent = described_by(self.text, cue.end, q_start) if cue.verbal else None
            if agent is not None and _INTRO_END.match(self.text, agent[1], agent[1]) is not None:
                sp, _ = self.speaker_after(*agent)
                if sp is not None:  # `described by X as "…"`, `décrit par X comme « … »`: the agent (eighth pass)
                    return Attribution(cue, sp, cue.end)
            if cue.verbal and (
                _PASSIVE.match(self.text, cue.end) or _be_passive(self.text, max(0, cue.end - 40), cue.end)
            ):
                continue  # `written by X`, `décrits comme … par`: the subject is not the speaker
            if cue.verbal and (cue.lemma in self.lex.indirect or cue.lemma in _FRAME_EXTRA or (
                cue.lemma in _FRAME_ADJACENT and _FUNCTION_GAP.fullmatch(self.text, cue.end, q_start)
            )):
                sp = cue.inv if cue.inv is not None else self.speaker_before(lo, cue.start)
                if sp is not None:
                    outer = self._outer(cue, sp, lo)
                    if outer is not None:
                        return outer
                    return Attribution(cue, sp, cue.end, bool(ADDRESSEE.match(self.text, cue.end, q_start)))
            elif not cue.verbal:
                sp, _ = self.speaker_after(cue.end, q_start)
                if sp is not None:
                    return Attribution(cue, sp, cue.end)
        return None

    def agent_after_fragment(self, lo: int, q_start: int, q_end: int, hi: int) -> Attribution | None:
        """`une réforme qualifiée de « coup de force » par ses opposants`, `a tax called "a disaster" by the mayor`:
        a passive participle of a cue right before a fragment, whose agent after the quote speaks (ninth pass).
        Read from the words, not the cue list: bare feminine participles are no cues there (`ce qui a été
        critiquée`)."""
        m = _AGENT_AFTER.match(self.text, q_end, hi)
        if m is None:
            return None
        p = _PARTICIPLE_BEFORE.search(self.text, max(lo, q_start - 60), q_start)
        if p is None or (p.group("aux") or "").lower() in _ACTIVE_AUX:
            return None
        lemma = self.lex.lemma(p.group("part"))
        if lemma is None or lemma in _NAMING_LEMMAS:
            return None  # (`modifications called "mods" by players`: a term, nobody's words)
        sp, _ = self.speaker_after(m.end(), hi)
        return Attribution(Cue(p.start("part"), p.end("part"), lemma, True), sp, p.end("part")) if sp else None

    def _outer(self, cue: Cue, sp: Span, lo: int) -> Attribution | None:
        """A cue inside the reported clause of an earlier one, whose subject is a pronoun or a thing (`Njie
        stated that he believes that … "…"`, `Alfano said the ruling confirmed there was "…"`): the earlier
        cue's attribution, when its subject is a name or a speaker noun."""
        if cue.lemma not in _WEAK_CUES:
            return None
        words = self.text[sp[0] : sp[1]].split()
        first = words[0].lower() if words else ""
        thing = first in self.g.det and all(w.islower() for w in words) and not any(
            is_speaker_noun(w, self.lang) for w in words[1:3])
        if not (len(words) == 1 and (first in self.g.singular or first in self.g.plural)) and not thing:
            return None
        for c0 in reversed(self.cues_in(lo, cue.start)[-2:]):
            if not c0.verbal or c0.lemma not in self.lex.indirect or _STOP.search(self.text, c0.end, cue.start):
                continue
            sp0 = c0.inv if c0.inv is not None else self.speaker_before(lo, c0.start)
            if sp0 is not None and sp0[1] <= c0.start and self.text[sp0[0]].isupper():
                return Attribution(c0, sp0, c0.end)
        return None

    def as_source(self, cue: Cue, hi: int) -> Attribution | None:
        """`As reported by X,`, `as stated in the constitution`: X, the source named after `by`/`in`."""
        if (
            not cue.verbal or self.lang != "en" or cue.lemma not in _AS_SOURCE_LEMMAS
            or self.text[max(0, cue.start - 3) : cue.start].lower() != "as "
        ):
            return None
        m = _BY_IN.match(self.text, cue.end, hi)
        if m is None:
            return None
        sp, _ = self.speaker_after(m.end(), hi)
        return Attribution(cue, sp, cue.end) if sp is not None else None

    def tail_source(self, q_end: int, hi: int) -> Attribution | None:
        """A source that ends the sentence after a quote and some words: `… "the highest organ" in the country,
        as stated in the North Korean constitution.`, `… « … » dans le pays, selon X.`"""
        for cue in self.cues_in(q_end, hi)[-2:]:
            att = self.as_source(cue, hi)
            if att is not None:
                lead, end = cue.start - 3, att.speaker[1]
            elif not cue.verbal:
                sp, end = self.speaker_after(cue.end, hi)
                if sp is None:
                    continue
                att, lead = Attribution(cue, sp, cue.end), cue.start
            else:
                continue
            comma = self.text[max(q_end, lead - 3) : lead].rstrip().endswith(",")
            if (comma or (not cue.verbal and cue.lemma in ("according to", "selon"))) and self.clause_rest_ok(end, hi):
                return att  # (`"two deep wounds" in the attack according to a hospital spokesperson.`)
        return None

    # -- attribution across sentences and through others ------------------------------------------------
    def voice(self, att: Attribution, hi: int) -> Attribution:
        """`X a répondu par la voix de Y`, `X said through a spokesman, Y`: Y, in ``[cue end, hi)``, speaks."""
        m = _VOICE.match(self.text, att.cue.end, hi)
        if m is None and att.speaker is not None and att.speaker[1] > att.cue.end:
            m = _VOICE.match(self.text, att.speaker[1], hi)  # `, a répondu X par la voix de Y`
        if m is None:
            return att
        sp, _ = self.speaker_after(m.end(), hi)
        if sp is None:
            return att
        return Attribution(att.cue, sp, max(att.clause_end, sp[1]), att.addressee)

    def source_after(self, q_end: int, hi: int) -> Attribution | None:
        """`"…" read a statement from X's office`, `« … », peut-on lire sur le site`: the author of a document
        named after the quote."""
        m = _READ_ON.match(self.text, q_end, hi)
        if m is not None:
            sp, sp_end = self.speaker_after(m.end(), hi)
            if sp is not None:
                cue = Cue(m.start("cue"), m.end("cue"), "lire", True)
                return Attribution(cue, sp, self.sentence_end_or(sp_end, hi))
        m = _READ_SOURCE.match(self.text, q_end, hi)
        if m is None:
            return None
        src = _SOURCE.match(self.text, m.end(), hi)
        if src is None:
            return self._read_document(m, hi)
        sp, sp_end = self.speaker_after(src.end(), hi)
        if sp is None:
            return None
        verb = self.text[m.start() : m.end()].strip(" ,")
        v0 = m.start() + self.text[m.start() : m.end()].index(verb)
        cue = Cue(v0, v0 + len(verb.split()[0]), self.lex.lemma(verb.split()[0]) or verb.split()[0].lower(), True)
        return Attribution(cue, sp, self.sentence_end_or(sp_end, hi))

    def _read_document(self, m: re.Match[str], hi: int) -> Attribution | None:
        """`"…", read the warning.`, `"…," reads a sign outside the embassy`: inverted `read` with a document and
        no author named after it; the document speaks, as it does in the normal order (`the warning read`,
        thirteenth pass). Other verbs already take it as their inverted subject."""
        if m.group("verb").lower() not in ("read", "reads"):
            return None
        noun = _DOC_WORD.match(self.text, m.end(), hi)
        if noun is None:
            return None
        clause_end = self.clause_rest_ok(noun.end(), hi)
        if clause_end is None:
            return None
        cue = Cue(m.start("verb"), m.end("verb"), "read", True)
        return Attribution(cue, (m.start("doc"), noun.end()), clause_end)

    def for_whom(self, lo: int, q_start: int) -> Attribution | None:
        """`Pour le plaignant, « … »`: the one whose view the quote gives, opening its sentence."""
        m = _POUR.search(self.text, max(lo, q_start - 120), q_start)
        if m is None or (
            _WORDS.search(self.text, lo, m.start()) and not _CONNECTIVE.fullmatch(self.text, lo, m.start())
        ):
            return None  # (`Mais, pour M. Goudet, « … »`: a connective before it is no clause)
        if self.text[m.start("sp") : m.end("sp")] in _STRESSED_VIEWS:
            return Attribution(Cue(m.start(), m.start() + 4, "pour", False), m.span("sp"), m.end("sp"))  # `Pour lui,`
        sp = self._valid(self.tokens(m.start("sp"), m.end("sp")))
        if sp is None:
            return None
        return Attribution(Cue(m.start(), m.start() + 4, "pour", False), sp, m.end("sp"))

    def source_in(self, lo: int, hi: int) -> Attribution | None:
        """The last `a statement from X` / `un message de X` in ``[lo, hi)`` with a speaker (the name in
        apposition when there is one: `a message from a leader, Aden Hashi Ayro,`)."""
        found = None
        for m in _SOURCE.finditer(self.text, lo, hi):
            sp, sp_end = self.speaker_after(m.end(), hi)
            if sp is None:
                continue
            k = sp_end
            while k < hi and self.text[k] not in ",.;:":
                k += 1  # `from IUC member and Hizbul Shabaab leader, Aden Hashi Ayro,`
            app = _APPOSED_NAME.match(self.text, k, hi)
            if app and k - sp_end < 60:
                sp = (app.start("name"), app.end("name"))
            found = Attribution(Cue(m.start(), m.end(), "source", False), sp, m.end())
        return found

    def prev_sentence_any(self, sent_lo: int) -> Span | None:
        """The sentence before the one starting at ``sent_lo``, across a paragraph break."""
        if sent_lo <= 0:
            return None
        lo, hi = self.sentence(sent_lo - 1)
        return (lo, hi) if lo < sent_lo else None

    def prev_sentence(self, sent_lo: int) -> Span | None:
        """The sentence before the one starting at ``sent_lo``, when in the same paragraph and holding no
        quotation (a sentence of narrative)."""
        if sent_lo <= 0:
            return None
        lo, hi = self.sentence(sent_lo - 1)
        if lo >= sent_lo or "\n" in self.text[lo:sent_lo].rstrip():
            return None
        k = bisect.bisect_right(self.gap_starts, lo) - 1
        if k < 0:
            return None  # the text opens with a quotation
        gap = self.gaps[k]
        if gap[1] < sent_lo - 1 and _WORDS.search(self.text, gap[1], sent_lo):
            return None  # a quotation inside: its own attribution governs
        return lo, hi

    def reported_in(self, lo: int, hi: int) -> Attribution | None:
        """The last reported-speech frame of ``[lo, hi)`` with a speaker: `Le comité Nobel explique que …`."""
        for cue in reversed(self.cues_in(lo, hi)[-4:]):
            if not cue.verbal or not (cue.lemma in self.lex.indirect or cue.lemma in _FRAME_EXTRA):
                continue
            if _PASSIVE.match(self.text, cue.end) or _be_passive(self.text, max(0, cue.end - 40), cue.end):
                continue
            if (
                cue.inv is None and self.lang == "fr" and _FR_AUX_START.match(self.text, cue.start, cue.end)
                and _COMMA_END.search(self.text, max(lo, cue.start - 3), cue.start)
            ):
                sp, sp_end = self.speaker_after(cue.end, hi)
                if sp is not None and _CLOSE_PUNCT.match(self.text, sp_end, hi):
                    # `… ont été massacrés, a rapporté le Midi Libre. Ils auraient été « jetés … »`: a report
                    # closing the sentence before frames the next one too
                    return Attribution(cue, sp, cue.end)
            if cue.lemma not in _FRAME_EXTRA and not self.comp.match(self.text, cue.end, hi):
                continue  # `the alleged killers`: only a verb opening reported speech frames the next sentence
            sp = cue.inv if cue.inv is not None else self.speaker_before(lo, cue.start)
            if sp is not None:
                return Attribution(cue, sp, cue.end)
        return None

    def colon_subject(self, lo: int, hi: int) -> Attribution | None:
        """A clause ending in a colon before a quote, with no cue (`Le ministre de l'intérieur Pascal Barandagiye
        est plus explicite :`, `The mayor was blunt:`): its subject, when it names a person or a body."""
        colon = self.text.rfind(":", lo, hi)
        if colon < 0 or self.text[colon + 1 : hi].strip(" \t\n\u00a0\u202f«“\"„"):
            return None
        view = opinion_of(self, lo, colon)
        if view is not None:
            return Attribution(Cue(colon, colon + 1, ":", False), view, colon + 1)
        subj, _ = self.subject(lo, colon)
        words = self.text[subj[0] : subj[1]].split() if subj is not None else []
        if len(words) < 2 or "'" in words[0] or "’" in words[0]:
            return None  # one capitalised word may open any sentence (`Article 3 :`, `Chaque …`, `C'est …`)
        return Attribution(Cue(colon, colon + 1, ":", False), subj, colon + 1)

    def _segments(self, a: int, b: int) -> Iterator[list[tuple[int, int, bool]]]:
        """The word runs of ``[a, b)`` between punctuation, up to the first quote mark, one at a time (maybe
        empty): ``subject`` stops at the first segment that starts a subject, so the rest of the window is never
        tokenised."""
        seg: list[tuple[int, int, bool]] = []
        for t in self.iter_tokens(a, b):
            if t[2]:
                seg.append(t)
            elif self.text[t[0]] in "«»“”\"":
                break
            else:
                yield seg
                seg = []
        yield seg

    def subject(self, lo: int, hi: int) -> tuple[Span | None, bool]:
        """The subject opening the clause ``[lo, hi)`` after leading adjuncts (`Pourtant,`, `On Monday,`), and
        whether it is a name (capitalised) rather than a common noun phrase: `Les députés veulent …`,
        `Jean-Luc Laurent ( PS ), a lui cherché …`."""
        g = self.g
        for seg in self._segments(lo, min(hi, lo + SPEAKER_WINDOW)):  # the first one that qualifies decides
            if not seg:
                continue
            first = self.low(seg[0][0], seg[0][1])
            if first in g.stops or first in g.bounds or self._adjunct(seg) or first in g.writer:
                continue
            if first in _OPENERS or (len(seg) == 1 and not self.text[seg[0][0]].isupper()):
                continue  # `Néanmoins,` `However,`: an opening adverb
            if first in ("c'est", "c’est", "tel", "telle", "ce") and self.lang == "fr" and len(seg) > 1 and (
                first != "ce" or self.low(seg[1][0], seg[1][1]) in ("sont", "n'est", "n’est")
            ):
                return None, False  # `C'est un avion militaire qui …`, `Tel est …`: a presentative (eighth pass)
            if first in _SUBORDINATE or first.startswith(_SUBORDINATE_ELIDED):
                continue  # `Bien que la tempête soit loin,`, `Plus qu'une championne, elle`: a clause before it
            if first in OPENING_FIRST and opening_end(self.text, seg[0][0]) is not None:
                continue  # `Parmi les raisons …,`, `Même si …`, `De son côté,`: an opening phrase (eighth pass)
            if first.endswith(("ing", "ed", "é", "ée", "és", "ées", "ant")) or first in ("known", "connu", "connue"):
                return None, False  # `Saying "…", X`, `Known as …, X`: a participle clause, not a subject
            if first in g.singular or first in g.plural:
                if re.match(g.impersonal, self.text[seg[0][0]:seg[0][0] + 60]):
                    return None, False  # `Il s'agit de « … »`, `Il faut « … »`: an impersonal verb, nobody speaks
                return (seg[0][0], seg[0][1]), False
            if first == "de" and len(seg) >= 3 and self.low(seg[1][0], seg[1][1]) in ("nombreux", "nombreuses"):
                # `De nombreux experts …`: a partitive subject, a speaker when its head names people (eighth pass)
                head = self.low(seg[2][0], seg[2][1])
                return (self._valid(seg[:3]) if is_speaker_noun(head, self.lang) else None), False
            out = [seg[0]]
            if first in g.det or first[:2] in ("l'", "l’"):
                if len(seg) < 2 and first[:2] not in ("l'", "l’"):
                    return None, False
                if first[:2] not in ("l'", "l’"):
                    out.append(seg[1])
            elif not self.text[seg[0][0]].isupper():
                return None, False
            k = len(out)
            while k < len(seg):
                w = self.low(seg[k][0], seg[k][1])
                if self.text[seg[k][0]].isupper():
                    out.append(seg[k])
                elif w in _OF and k + 1 < len(seg) and not self._verb_like(seg[k + 1]):
                    out += [seg[k], seg[k + 1]]
                    k += 1
                elif k + 1 < len(seg) and self.text[seg[k + 1][0]].isupper() and is_speaker_noun(w, self.lang):
                    out += [seg[k], seg[k + 1]]  # `Australian Greens leader Bob Brown`
                    k += 1
                else:
                    break
                k += 1
            named = first not in g.det and all(self.text[t[0]].isupper() or self.low(t[0], t[1]) in _OF for t in out)
            if not named:
                # a common noun phrase speaks only when its head names people or a body (`Les députés`, not
                # `La demande de nomination`); the head follows the determiner (`l'entreprise`: inside it)
                head = out[1] if len(out) > 1 else out[0]
                word = self.low(head[0], head[1])
                if word[:2] in ("l'", "l’"):
                    word = word[2:]
                if not any(is_speaker_noun(self.low(t[0], t[1]).split("'")[-1].split("’")[-1], self.lang)
                           for t in out[1:] or out) and not is_speaker_noun(word, self.lang):
                    return None, False
                apposed = _APPOSED_NAME.match(self.text, seg[-1][1], hi)
                name = self.tokens(*apposed.span("name")) if apposed is not None else None
                if name and self._name_seg(name):
                    # `Le président américain, Donald Trump, a félicité … et se dit « … »`: the title's name
                    return self._valid(name), True
            return self._valid(out), named
        return None, False

    def indirect_edges(self, taken: list[Span]) -> list[tuple[Attribution, int, int, Span]]:
        """Reported speech whose attribution stands at an edge of its sentence, with no quote marks in it:
        `Selon X, <content>.`, `According to X, <content>.`, `<content>, X said.`, `<content>, said X.`,
        `<content>, a déclaré X.`, `<content> selon X.` (``taken``: spans already found, left alone)."""
        out = []
        text = self.text
        taken = sorted(taken)
        starts = [a for a, _ in taken]
        indirect = self.lex.indirect
        # sentences holding a cue that can stand at an edge (non-verbal, or a verb of indirect speech): the rules
        # below need one as the first or the last cue, so a sentence without any gives nothing
        for lo, hi in dict.fromkeys(self.sentence(c.start) for c in self.cues if not c.verbal or c.lemma in indirect):
            k = bisect.bisect_right(self.gap_starts, lo) - 1
            if k < 0 or hi - lo < 20:
                continue
            marked = self._marked_in(lo, hi) if self.gaps[k][1] < hi else []
            if marked is None or (marked and not _TWO_WORDS.search(text, lo, marked[0][0])):
                continue  # a quotation that is no fragment inside: its own attribution covers it
            k = bisect.bisect_right(starts, hi) - 1
            if k >= 0 and taken[k][1] > lo:
                continue
            cues = self.cues_in(lo, hi)
            if not cues or (marked and not (
                (not cues[0].verbal and cues[0].start < marked[0][0]) or cues[-1].start > marked[-1][1]
            )):
                continue  # (fragments: the source opens the sentence or the attribution closes it)
            e = _rstrip_end(text, lo, hi)
            first = cues[0]
            if not first.verbal and not _WORDS.search(text, lo, first.start):
                # `Selon X, …`, `D'après X, …`, `According to X, …`: the content follows the source's comma
                if marked and not _COMMA_TWO_WORDS.search(text, first.end, marked[0][0]):
                    continue  # `Selon X, « … »`: a quote right after the source is its own (cheap test first)
                sp, sp_end = self.speaker_after(first.end, hi)
                comma = text.find(",", sp_end if sp is not None else first.end, min(hi, first.end + 120))
                nxt = text.find(",", comma + 1, min(hi, comma + 100)) if comma > 0 and sp is not None else -1
                body = comma
                if nxt > 0 and self._apposed_title(text[comma + 1 : nxt].split()):
                    body = nxt  # `D'après X, gouverneur de la Banque centrale, <content>` (eighth pass)
                words = text[body + 1 : e].split()
                tail = text[sp_end:comma].split() if comma > 0 else []
                if sp is not None and tail and len(tail) <= 5 and tail[0].lower() in _SOURCE_LINK:
                    # `Selon les éléments donnés par son journal, …`
                    sp, sp_end = (sp[0], sp_end + len(text[sp_end:comma].rstrip())), comma
                if sp is not None and tail and len(tail) <= 8 and _SOURCE_PARTICIPLE.search(text, sp[0], sp[1]):
                    sp_end = comma  # `Selon les résultats officiels tombés dans la nuit, …`: a participle's adjunct
                if (
                    sp is not None and comma > 0 and len(words) >= 3
                    and not text[sp_end:comma].strip()  # `According to his account he was approached …, and`
                    and words[0].lower() not in self.g.relative  # `According to X, who is …`
                    and self._fragments_inside(marked, body + 1, e)
                ):
                    out.append((Attribution(first, sp, comma), self._content_start(body + 1, e), e, (lo, hi)))
                continue
            last = cues[-1]
            att = None
            comma = text.rfind(",", lo, last.start)
            if marked and (comma < marked[-1][1] or not self._fragments_inside(marked, lo, comma)):
                comma = -1  # the fragments must stand in the content before the attribution
            if comma > lo and (last.lemma in self.lex.indirect or not last.verbal) and not (
                last.verbal and text[last.start].isupper()  # `…, United States`
            ):
                # `<content>, X said.`, `<content>, said X on Monday.`, `<content>, selon X.`
                att = self.after(comma, hi)
                if att is not None:
                    rest = text[max(att.speaker[1], att.cue.end) : hi].split() if att.speaker else ["-"] * 9
                    if rest and rest[0].startswith(",") and self._apposition(rest):
                        rest = []  # `…, selon Xavier Bertrand, ministre de la Santé.` (eighth pass)
                    if att.cue.start != last.start or len(rest) > 4 or (
                        rest and _WORDS.search(rest[0]) and rest[0].lower().strip(".,;:!?…") not in self.g.stops
                    ) or (att.speaker[0] > att.cue.start and not self._speakerish(att.speaker) and (
                        self.low(*att.speaker) not in self.g.singular | self.g.plural  # (`, indiquent-ils.`)
                    )):
                        att = None  # `Depuis 10 ans, les rumeurs ne cessaient d'annoncer à tort sa mort.`
            if att is None and not last.verbal and _WORDS.search(text, lo, last.start) and (
                not marked or last.start > marked[-1][1]
            ):
                # `<content> selon X.` without a comma
                sp, sp_end = self.speaker_after(last.end, hi)
                tail = text[sp_end:hi].split() if sp is not None else []
                if sp is not None and (not _WORDS.search(text, sp_end, hi) or (
                    tail and tail[0].startswith(",") and self._apposition(tail)
                )):
                    att, comma = Attribution(last, sp, sp_end), last.start
            if att is None or len(text[lo:comma].split()) < 4 or not self._fragments_inside(marked, lo, comma):
                continue
            first_word = text[lo:comma].split()[0].lower()
            if first_word in self.g.writer:
                continue
            start = (m_date.end() if (m_date := _DATELINE.match(text, lo, comma)) is not None else lo)
            out.append((att, start, comma if text[comma] == "," else comma - 1, (lo, hi)))
        return [(a, s, max(s, _rstrip_end(self.text, s, e)), sent) for a, s, e, sent in out]

    def indirect_views(self, taken: list[Span]) -> list[tuple[Attribution, int, int, Span]]:
        """`Pour X, <clause>.` opening a sentence (French): the clause is the view of X, reported speech when X
        can speak (a name, a noun of people, `certains`, `lui`); not `Pour la première fois, …`, nor a clause that
        is a quotation or a frame around one (`Pour lui, il s'agit d'« … »`: the mixed quote alone)."""
        out: list[tuple[Attribution, int, int, Span]] = []
        if self.lang != "fr" or "our " not in self.text:
            return out
        text = self.text
        taken = sorted(taken)
        for m in _POUR_VIEW.finditer(text):
            lo, hi = self.sentence(m.start())
            para = max(lo, text.rfind("\n", lo, m.start()) + 1)
            if _WORDS.search(text, para, m.start()) and not _CONNECTIVE.fullmatch(text, para, m.start()) and not (
                text[max(0, m.start() - 4) : m.start()].rstrip().endswith(";")
            ):
                continue  # not at the sentence start (`Mais, pour X,` and `… ; pour d'autres,` are)
            if m.group("pron") is None and (
                m.group("head") is not None and (
                    not is_speaker_noun(m.group("head"), "fr") or "fois" in m.group("sp").split())
                or m.group("head") is None and m.group("sp").split()[0] in _NOT_VIEW_NAMES
            ):
                continue  # (`Pour la première fois, …`, `Pour l'année en cours, …`, `Pour Noël, …`)
            comma = m.end() - 1
            nxt = text.find(",", comma + 1, min(hi, comma + 100))
            body = nxt if nxt > 0 and self._apposed_title(text[comma + 1 : nxt].split()) else comma
            semi = text.find(";", body + 1, hi)  # (`Pour certains, … ; pour d'autres, …`: one view each)
            start, e = self._content_start(body + 1, hi), _rstrip_end(text, lo, semi if semi > 0 else hi)
            g = bisect.bisect_right(self.gap_starts, lo) - 1
            marked = self._marked_in(lo, hi) if g >= 0 and self.gaps[g][1] < hi else []
            i = bisect.bisect_left(self.quote_starts, start)
            if marked is None or start >= e or (i < len(self.quote_starts) and self.quote_starts[i] == start):
                continue  # (`Pour X, « … »`: a quotation, attributed by ``for_whom``)
            unquoted = text[start:e]
            for a, b in reversed(marked or []):
                if a >= start:
                    unquoted = unquoted[: a - start] + " " + unquoted[b - start :]
            words = unquoted.split()
            if len(words) < 4 or words[0].lower() in self.g.relative or not self._fragments_inside(marked, start, e):
                continue
            frame = len(words) - len(_INCISE_START.match(unquoted).group().split())  # (`au contraire, il s'agit …`)
            if marked and (frame <= 6 or len(text[start : marked[0][0]].split()) > 7):
                # `Pour lui, il s'agit d'« … »`: a frame around the fragment, the mixed quote alone; `Pour X, la
                # ville a dépensé … dans ce qu'elle appelle « … »`: the fragment is far from X (as ``for_whom``)
                continue
            if any(c.verbal and c.lemma in self.lex.indirect for c in self.cues_in(start, e)):
                continue  # (`Pour le journal, … et X estime qu'…`: a speaker of its own inside)
            k = bisect.bisect_right(taken, (e, e)) - 1
            if k >= 0 and taken[k][1] > start:
                continue
            sp = (m.start("sp"), m.end("sp"))
            out.append((Attribution(Cue(m.start(), m.start() + 4, "pour", False), sp, comma), start, e, (lo, hi)))
        return out

    def _marked_in(self, lo: int, hi: int) -> list[Span] | None:
        """The quotations inside the sentence ``[lo, hi)``, or None when one of them is no short fragment (more
        than two, or one crossing the sentence's edges): reported speech may hold a marked fragment
        (`Selon ses proches, l'arme était « un moyen de se protéger »`, eighth pass), not a statement."""
        i = bisect.bisect_left(self.quote_starts, lo)
        spans = []
        for q in self.quotes[i : i + 3]:
            if q.start >= hi:
                break
            spans.append((q.start, q.end))
        if not spans or len(spans) > 2 or spans[-1][1] > hi or (i and self.quotes[i - 1].end > lo):
            return None
        return spans

    def _fragments_inside(self, marked: list[Span], s: int, e: int) -> bool:
        """Whether the quotations ``marked`` lie inside the content ``[s, e)`` after at least two words of
        narrative (`l'arme était « … »`, not `« … »` alone, which is a direct quote)."""
        if not marked:
            return True
        q0 = marked[0][0]
        if not (s <= q0 and marked[-1][1] <= e + 2 and _TWO_WORDS.search(self.text, s, q0)):
            return False
        before = self.text[max(s, q0 - 8) : q0].rstrip(" \t\u00a0\u202f")
        if not before or not (before[-1].isalnum() or before[-1] in "'’"):
            return False  # `…, l'une des chercheuses, « Ces résultats … »`, `the colonel said: "…"`: a statement
        return not any(c.verbal for c in self.cues_in(s, q0))  # `the colonel said "…"`: its own attribution

    def _apposed_title(self, words: list[str]) -> bool:
        """`gouverneur de la Banque centrale du Soudan`, `le porte-parole du ministère`: an apposition naming a
        function (a noun of people first, maybe after a determiner), with no verb."""
        if not words or len(words) > 9:
            return False
        k = 1 if words[0].lower() in self.g.det and len(words) > 1 else 0
        head = words[k].lower()
        return (is_speaker_noun(head, self.lang) or head in _TITLES) and self._apposition(words)

    def _apposition(self, words: list[str]) -> bool:
        """Whether the words after a comma that ends an attribution read as an apposition of its speaker
        (`, ministre de la Santé français.`, `, un organisme de surveillance en ligne.`): short, no verb, no
        relative."""
        if len(words) > 9:
            return False
        low = [w.strip(",.;:!?…").lower() for w in words]
        head = words[0].strip(",") or (words[1] if len(words) > 1 else "")
        if not (head[:1].isupper() or head.lower() in self.g.det or is_speaker_noun(head.lower(), self.lang)
                or head.lower() in _TITLES):
            return False  # `, selon le jour, peuvent circuler`: no apposition
        return not any(w in _FR_VERBS or w in _EN_VERBS or w in _RELATIVE_SUBJECT or w in self.g.bounds for w in low)

    def _speakerish(self, sp: Span) -> bool:
        """A name (capitalised) or a noun phrase headed by a noun of people or bodies (`le ministre`), not
        `l'augmentation de la facture` (`…, ont annoncé l'augmentation …` is no inverted attribution)."""
        toks = [t for t in self.tokens(sp[0], sp[1]) if t[2]]
        if not toks:
            return False
        if self.text[toks[0][0]].isupper():
            return True
        first = self.low(toks[0][0], toks[0][1])
        if (first in self.g.det and any(self.text[t[0]].isupper() for t in toks[1:3])) or (
            first[:2] in ("l'", "l’") and self.text[toks[0][0] + 2 : toks[0][0] + 3].isupper()
        ):
            return True  # `le Daily Telegraph`, `l'AFP`: a name after a determiner (eighth pass)
        words = [self.low(s, e).split("'")[-1].split("’")[-1] for s, e, _ in toks[:6]]
        return any(is_speaker_noun(w, self.lang) for w in words)

    def _in_quotation(self, pos: int) -> bool:
        """Whether ``pos`` lies inside a quotation (its marks included)."""
        i = bisect.bisect_right(self.quote_starts, pos) - 1
        return i >= 0 and pos < self.quotes[i].end

    def _infinitive_after(self, cue: Cue) -> regex.Match[str] | None:
        """The infinitive of a vow, an appeal or a request right after ``cue`` (`vowed to fight`, `urged lawmakers not
        to`, `a promis de …`, `menacent de faire sauter …`, `a demandé à X de …`), if any (fifteenth pass)."""
        if self.lang == "en" and cue.lemma in _EN_TO_LEMMAS:
            return (_EN_CALL_TO if cue.lemma == "call" else _EN_TO_INF).match(self.text, cue.end)
        if self.lang == "fr" and cue.lemma in _FR_DE_LEMMAS:
            return _FR_DE_INF.match(self.text, cue.end)
        return None

    def _infinitive_report(self, cue: Cue, to_inf: regex.Match[str]) -> tuple[Attribution, int, int, Span] | None:
        """`vowed to fight …`, `urged lawmakers not to …`, `called for the bill to be dropped`, `menacent de faire
        sauter des machines`: a vow, an appeal or a request with its infinitive is reported speech, as the gold
        annotates it; not after a passive, in a question, or when no one who speaks stands before the cue."""
        sent = self.sentence(cue.start)
        lo = max(sent[0], self.gaps[bisect.bisect_right(self.gap_starts, cue.start) - 1][0])
        lo = _clause_start(self.text, lo, cue.start)  # (`Burundi : la Chine promet de …`)
        if self.lang == "fr" and (self.text.endswith("ant", cue.start, cue.end) or _FR_REFLEXIVE_BEFORE.search(
            self.text, max(lo, cue.start - 4), cue.start
        )):
            return None  # (`…, menaçant de provoquer …`: a participle's subject; `se propose de`: an intention)
        end = _rstrip_end(self.text, cue.end, sent[1])
        nxt = next((c.start for c in self.cues_in(to_inf.end("comp"), end) if c.verbal), end)
        end = _rstrip_end(self.text, cue.end, nxt)  # (`… to do, admitted that …`: the next cue's clause)
        if (tail := _AND_END.search(self.text, cue.end, end)) is not None:
            end = tail.start()  # (`to ensure that the accord is implemented and` + the next cue)
        if (
            self.text[max(sent[0], sent[1] - 4) : sent[1]].rstrip()[-1:] == "?"
            or _BE_BEFORE.search(self.text, lo, cue.start)
            or (self.lang == "en" and (cue.lemma in _EN_VOWS) == bool(to_inf.group("mid").strip()))
            or len(self.text[to_inf.start("comp") : end].split()) < 3
            or not _WORDS.search(self.text, lo, cue.start)
        ):
            return None  # (`Should students be asked to play chess?`, `asked to remain anonymous`)
        sp = cue.inv if cue.inv is not None else self.speaker_before(lo, cue.start)
        last = self.tokens(sp[0], sp[1])[-1] if sp is not None else None
        if last is None or not (
            (self.text[last[0]].isupper() and self.low(last[0], last[1]) not in self.g.stops)
            or is_speaker_noun(self.low(last[0], last[1]).split("'")[-1], self.lang)
            or self.low(last[0], last[1]) in self.g.singular | self.g.plural
        ):
            return None  # (`our findings support efforts to encourage …`, `Should elementary students be`)
        if to_inf.end("comp") > end:
            return None
        return Attribution(cue, sp, cue.end, False), to_inf.start("comp"), end, sent

    def _wholly_marked(self, pos: int, end: int) -> bool:
        """Whether ``[pos, end)`` (a clause after `que`/`that`) is one marked quotation: `a expliqué que
        « malheureusement, … »` is the mixed quote alone, not reported speech around it (ninth pass)."""
        i = bisect.bisect_left(self.quote_starts, pos)
        if i == len(self.quotes) or self.text[pos : self.quotes[i].start].strip(" \t\u00a0\u202f'’:"):
            return False
        return self.quotes[i].end >= end - 1  # (to the sentence end, or past it when the splitter cut inside)

    def _content_start(self, pos: int, end: int) -> int:
        while pos < end and self.text[pos].isspace():
            pos += 1
        return pos

    def indirect(self) -> list[tuple[Attribution, int, int, Span]]:
        """Reported speech without marks: ``(attribution, content_start, content_end, sentence)``."""
        out = []
        consumed = -1
        fr = self.lang == "fr"
        for cue in self.cues:
            to_inf = self._infinitive_after(cue) if cue.verbal and cue.start >= consumed else None
            if to_inf is not None:
                entry = self._infinitive_report(cue, to_inf)
                if entry is not None:
                    out.append(entry)
                    consumed = entry[2]
                continue
            if cue.start < consumed or not cue.verbal or (
                cue.lemma not in self.lex.indirect and not (fr and cue.lemma in _FR_FAIT_QUE_LEMMAS)
                and cue.lemma not in _COMP_ONLY
            ):
                continue
            if cue.lemma not in self.lex.indirect and not (
                (fr and _FR_FAIT_QUE.match(self.text, cue.end))
                or (cue.lemma in _COMP_ONLY and _COMP_NOW.match(self.text, cue.end))
            ):
                continue  # `dénonce le fait que …`, `évoquent qu'il y aurait …`, `commented that …` only (eighth)
            bare = self.lang == "en" and cue.lemma in _EN_BARE_LEMMAS
            if (self.comp.match(self.text, cue.end) is None and not (bare and _EN_BARE.match(self.text, cue.end))
                    and not (fr and (_FR_ADJUNCT_COMP.match(self.text, cue.end)
                                     or _FR_FAIT_QUE.match(self.text, cue.end)  # `plus tard … qu'`, `le fait que`
                                     or _FR_PAST_INF.match(self.text, cue.end)  # `a déclaré avoir ordonné`
                                     or _FR_INF.match(self.text, cue.end)))  # `indique vouloir profiter`
                    and not (self.lang == "en" and _EN_BARE_PRONOUN.match(self.text, cue.end))
                    and not (self.lang == "en" and (_EN_BARE_FINITE.match(self.text, cue.end)
                                                    or (cue.lemma == "tell"
                                                        and _EN_TOLD_CLAUSE.match(self.text, cue.end))))):
                # no complementizer even without the sentence bound, so none within it (a sentence ends
                # after a space, where no complementizer can end): skip the sentence lookup
                continue
            sent = self.sentence(cue.start)
            m = self.comp.match(self.text, cue.end, sent[1])
            if m is None and fr:
                m = (_FR_ADJUNCT_COMP.match(self.text, cue.end, sent[1])
                     or _FR_FAIT_QUE.match(self.text, cue.end, sent[1])
                     or _FR_PAST_INF.match(self.text, cue.end, sent[1])
                     or _FR_INF.match(self.text, cue.end, sent[1]))
            bare_match = told = False
            if m is None and bare:
                m = _EN_BARE.match(self.text, cue.end, sent[1])
                bare_match = m is not None
            elif m is None and self.lang == "en":
                m = _EN_BARE_PRONOUN.match(self.text, cue.end, sent[1])  # `indicated he would`, `warned it was`
            if m is None and self.lang == "en":
                # `the National Hurricane Center reported the depression had sustained winds`, `Protesters claim
                # Nkurunziza violated a peace deal`: a noun phrase, then a finite verb, with no `that`
                m = _EN_BARE_FINITE.match(self.text, cue.end, sent[1])
                bare_match = m is not None
            if m is None and self.lang == "en" and cue.lemma == "tell" and self.text[sent[1] - 1 : sent[1]] != "?":
                m = _EN_TOLD_CLAUSE.match(self.text, cue.end, sent[1])  # `told reporters the United States is`
                told = m is not None
            if m is None:
                continue
            if bare_match and cue.lemma == "tell" and m.group("comp").lower() not in _EN_CLAUSE_PRONOUNS:
                # `told the press on Tuesday.`, `told his wife the car had been stolen`: the noun phrase after
                # `told` is the addressee; the reported clause, if any, opens after it (fifteenth pass)
                m = _EN_TOLD_CLAUSE.match(self.text, cue.end, sent[1])
                if m is None:
                    continue
                bare_match, told = False, True
            mid = self.tokens(m.start("mid"), m.end("mid")) if m.group("mid") else []
            if mid and self.low(mid[-1][0], mid[-1][1]) in self.g.not_before_comp:
                continue
            if bare_match and any(t[2] and self.low(t[0], t[1]) in self.g.stops and self.low(t[0], t[1]) != "to"
                            for t in mid):
                continue  # `Ağca said upon his release`: a preposition, so an adjunct, not reported speech
            if any(c.verbal and c.lemma not in self.lex.indirect for c in self.cues_in(cue.end, m.start("comp"))):
                continue
            # the subject is read in the narrative since the last quote; a cue right after a quote is that
            # quote's attribution (`"…," said his father`), not reported speech of its own
            gap_lo = self.gaps[bisect.bisect_right(self.gap_starts, cue.start) - 1][0]
            lo = max(sent[0], gap_lo)
            if gap_lo > sent[0] and not _WORDS.search(self.text, lo, cue.start):
                continue
            if gap_lo > sent[0] and _COORD_ONLY.fullmatch(self.text, gap_lo, cue.start):
                lo = sent[0]  # `The proclamation said "…" and said the emergency began …`: the shared subject
            sp = cue.inv if cue.inv is not None else self.speaker_before(lo, cue.start)
            if sp is None:
                continue
            start = m.start("comp")
            end = sent[1]
            while end > start and (self.text[end - 1].isspace() or self.text[end - 1] in ".!?;"):
                end -= 1
            if end - start < 3 or (
                (m.group("comp").lower() in _COMPLEMENTIZERS or m.re is _FR_INF)
                and self._wholly_marked(m.end("comp"), end)
            ) or ((bare_match or told) and len(self.text[start:end].split()) < 3):
                continue  # (`told the public.`: an addressee, no reported clause)
            addr = bool(ADDRESSEE.match(self.text, cue.end, start))
            out.append((Attribution(cue, sp, cue.end, addr), start, end, sent))
            consumed = end
        return out


# eighth pass: `a annoncé plus tard dans la journée qu'…`: a French adjunct of time or place (up to seven words)
# between a cue and its `que`; `dénonce (notamment) le fait que …`: `le fait que` opens the reported clause
_FR_ADJUNCT_COMP = re.compile(
    r"\s*,?\s*(?P<mid>(?:plus\s+tard|peu\s+après|hier|aujourd['’]hui|lundi|mardi|mercredi|jeudi|vendredi|samedi"
    r"|dimanche|dans|lors|au\s+cours|ce|cette|à\s+la\s+presse|devant)\s+(?:[^\s.;!?«»“”\"]+\s+){0,6}?)"
    r"(?P<comp>que(?!\w)|qu['’])",
    re.IGNORECASE,
)
# ninth pass: `Les autorités avaient déclaré avoir ordonné ce black-out …`, `il a annoncé avoir parlé à X`: a French
# past infinitive (avoir/être and a participle) after a cue of indirect speech reports what the subject says it did
_FR_PAST_INF = re.compile(
    r"\s+(?P<mid>)(?P<comp>(?:ne\s+pas\s+|n['’]\s*(?:pas\s+)?)?(?:avoir|être)\s+(?:(?:déjà|bien|pas|jamais|"
    r"\w+ment)\s+)?[^\W\d_]{2,}(?:é|ée|és|ées|i|ie|is|ies|it|ite|u|ue|us|ues|ert|erte|int|eint)(?![\w'’-]))",
    re.IGNORECASE,
)
# fifteenth pass: `Ce dernier indique vouloir profiter de …`, `expliquant être favorable à …`, `affirme avoir le
# sentiment de …`: a French infinitive of being, having or wanting after a cue reports the subject's own state (a
# quotation right after it is the mixed quote alone: `a affirmé être « … »`)
_FR_INF = re.compile(
    r"\s+(?P<mid>)(?P<comp>(?:ne\s+(?:pas|plus|jamais)\s+|n['’]\s*(?:(?:pas|plus|jamais)\s+)?)?(?:être|avoir|vouloir|"
    r"pouvoir|devoir|souhaiter|espérer|ignorer|regretter|craindre|préférer|savoir|rester)(?![\w'’-]))",
    re.IGNORECASE,
)
_FR_FAIT_QUE = re.compile(r"\s+(?P<mid>(?:\w+\s+)?le\s+fait\s+)(?P<comp>que(?!\w)|qu['’])", re.IGNORECASE)
_FR_FAIT_QUE_LEMMAS = frozenset(("dénoncer", "critiquer", "mentionner", "saluer", "souligner", "rappeler", "évoquer"))
# cues that report speech only with their complementizer right after them (`évoquent qu'…`, `commented that …`)
_COMP_ONLY = frozenset(("évoquer", "comment"))
_COMP_NOW = re.compile(r"\s+(?:que(?!\w)|qu['’]|that(?!\w))", re.IGNORECASE)
_EN_BARE_LEMMAS = frozenset(("say", "tell", "claim", "argue", "add", "write"))
# a vow, an appeal or a request with its infinitive (`vowed to fight`, `urged lawmakers not to place …`, `asked
# Carrie Lam, who …, to resign`, `called on X to`, `called for the bill to be dropped`; fifteenth pass); not `to`
# before a noun phrase (`pledged to the crowd`)
_EN_TO_LEMMAS = frozenset(("vow", "pledge", "promise", "urge", "ask", "call", "encourage"))
# French: `a promis de …`, `menacent de faire sauter …`, `lui a proposé de travailler …`, `a demandé à X de …`
_FR_DE_LEMMAS = frozenset("promettre jurer menacer proposer demander exhorter recommander suggérer".split())
_FR_REFLEXIVE_BEFORE = re.compile(r"(?<![\w'’])(?:se\s+|s['’]\s*)\Z", re.IGNORECASE)
_FR_DE_INF = regex.compile(
    r"(?P<mid>\s+(?:(?:à|au|aux)\s+(?:[\p{L}\p{N}'’.-]+\s+){0,5}?)?)(?P<comp>(?:de\s+|d['’]\s*)(?:ne\s+(?:pas|plus|jamais)\s+|"
    r"n['’]\s*(?:pas|plus|jamais)?\s*)?(?:se\s+|s['’]\s*)?\p{Ll}{2,}(?:er|ir|re|oir))(?![\w'’-])"
)
_EN_VOWS = frozenset(("vow", "pledge", "promise"))  # their infinitive follows them; the others' follows an object
_AND_END = re.compile(r"[\s,]+(?:and|but|or|et|mais|ou|en(?:\s+(?:se|s['’]))?)?\s*\Z")
_BE_BEFORE = re.compile(r"(?<![\w'’])(?:be|been|being|is|are|was|were)\s+(?:\w+ly\s+)?\Z", re.IGNORECASE)
_EN_TO_VERB = (
    r"(?P<comp>(?:not\s+)?to\s+(?!(?:the|a|an|his|her|their|its|this|that|these|those|him|them|me|us|you|my|our|"
    r"your|be\s+(?:held|released|published)|date|day|\d)\b)\p{Ll}{2,})"
)
_EN_TO_INF = regex.compile(
    r"(?P<mid>\s+(?:(?!(?:that|who|which|and|but|as|when|if|for|about|with)\b)[\p{L}\p{N}'’.-]+\s+){0,6}?"
    r"(?:[\p{L}\p{N}'’.-]+,[^,.;:!?\"“”«»]{1,100},\s+)?)" + _EN_TO_VERB
)
_EN_CALL_TO = regex.compile(
    r"(?P<mid>\s+(?:for|on|upon)\s+(?:(?!(?:that|who|which|and|but|as|when|if|about|with)\b)[\p{L}\p{N}'’.-]+\s+)"
    r"{1,6}?)" + _EN_TO_VERB
)
_CONTENT_END = frozenset(" \t\n\r\u00a0\u202f.!?;:,…")


def _rstrip_end(text: str, lo: int, hi: int) -> int:
    """``hi`` moved back over spaces and final punctuation (not below ``lo``)."""
    while hi > lo and text[hi - 1] in _CONTENT_END:
        hi -= 1
    return hi


_EN_BARE_PRONOUN = re.compile(r"(?P<mid>\s+)(?P<comp>(?:he|she|they|it|we|there)\s+(?!to\b)\w+)", re.IGNORECASE)
# simple past forms that are no participle, and past forms of verbs with no object (so no reduced relative:
# `announced the measures intended to …` is a noun phrase, `said 18 people died` a clause; fifteenth pass)
_EN_PAST = (
    r"began|became|broke|came|did|drew|drove|ate|fell|flew|froze|grew|knew|rose|sank|saw|spoke|stole|swore|threw|"
    r"took|went|woke|wore|wrote|died|occurred|happened|arrived|remained|existed|appeared|emerged|collapsed|"
    r"dissipated|exploded|erupted|disappeared|resigned|escaped|continued|increased|declined|failed|refused|agreed|"
    r"tried|hoped|stayed|struggled"
)
# a quantity opening a noun phrase (`many areas`, `three of the four pirates`, `77% of voters`)
_EN_QUANTITY = (
    r"many|some|several|most|all|no|few|both|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|"
    r"\d[\d,.]*%?"
)
# words that are no bare noun subject (`said nothing was`, `say whom they would`, `should voters expect`)
_NOT_BARE_NOUN = (
    r"(?!(?:yesterday|today|tomorrow|this|that|there|it|nothing|something|everything|who|whom|whose|which|when|"
    r"where|why|how|whether|if|they|he|she|we|you|i|should|would|could|will|can|may|might|must|shall|do|does|did|"
    r"have|has|had|was|were|is|are|be|been|not|also|only|just|still|then|now)\b)"
)
_EN_BARE_FINITE = regex.compile(
    r"(?P<mid>\s+)(?P<comp>(?:(?:a|an)\s+(?:(?!(?:before|after|when|while|as|if|because|since|until|for|to|in|on|"
    r"at|with|and|but|or|of|from|by|that|which|who)\b)[\p{L}'’-]+\s+){1,3}?(?:would|will|had|has|was|is|could|"
    r"should|might|must)\s|"
    r"(?:the|his|her|their|its|this|these|those)\s+(?:[\p{L}'’-]+\s+){0,4}?"
    r"(?:would|will|had|has|have|was|were|is|are|could|should|might|must|did|does)|"
    r"(?:the|his|her|their|its|this|these|those)\s+(?:[\p{L}'’-]+\s+){1,4}?(?:" + _EN_PAST + r")|"
    r"\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}\s+(?:would|will|had|has|have|was|were|is|are|could|"
    r"should|might|must|did|does|\p{Ll}{3,}ed|" + _EN_PAST + r")|"
    r"(?:(?:around|about|nearly|almost|over|approximately|roughly|more\s+than|at\s+least|up\s+to)\s+(?=\d))?"
    r"(?:" + _EN_QUANTITY + r")\s+(?:[\p{L}'’-]+\s+){0,4}?(?:would|will|had|has|have|was|were|are|could|might|"
    r"\p{Ll}{3,}ed|lost|left|fell|took|made|came|went|got|found|gave|saw|kept|held|led|ran|struck|hit|"
    + _EN_PAST + r")|"
    r"(?:" + _NOT_BARE_NOUN + r"\p{Ll}{3,}\s+)?" + _NOT_BARE_NOUN
    + r"\p{Ll}{4,}\s+(?:(?:was|were|would|will|had|has|have|are|could|might)\s+\p{Ll}+|"
    r"(?:believe|say|think|fear|expect)\s+\p{Ll}+))\b)",
)  # (seventh pass; `the` + lower-case words + an auxiliary, or a name + an auxiliary or a past form; eighth pass:
# a quantified noun phrase (`many areas lost`), a bare noun and an auxiliary (`security was tightened`); ninth pass:
# `have`/`are` after a bare noun (`revealed police have been unable`); fifteenth pass: the past forms of _EN_PAST,
# an approximate quantity (`around 700 thousand students are`), a bare noun after an adjective (`safety standards
# are`) and a bare plural with a verb of belief (`police believe`))
_EN_CLAUSE_PRONOUNS = frozenset(("he", "she", "they", "it", "we", "i", "there"))
# `told the court on Monday he was`, `told the Associated Press four victims were`, `told us the new owners have`,
# `told German daily Die Welt this is`: the addressee (an object pronoun, or up to five words that are no
# determiner, pronoun or preposition, maybe after a determiner), maybe a short adjunct, then `that` or a word that
# can open a clause (fifteenth pass); `told the press on Tuesday.` and `told the public via Twitter, "…"` have none
_NOT_ADDRESSEE = (
    r"(?!(?i:about|of|for|to|with|from|that|on|in|at|by|the|a|an|his|her|their|its|this|these|those|him|them|me|us|you|"
    r"it|he|she|they|we|i|there|and|or|but|as|when|while|after|before|during|via|over|into|through|under|following|"
    r"last|since|until|which|who)\b)"
)
_EN_TOLD_CLAUSE = regex.compile(
    r"(?P<mid>\s+(?:to\s+)?(?:(?i:him|her|them|me|us|you)\s+|(?:(?i:the|his|her|their|its|a|an)\s+)?"
    r"(?:" + _NOT_ADDRESSEE + r"[\p{L}\p{N}][\p{L}\p{N}'’.&-]*\s+){1,5})"
    r"(?:(?:on|in|after|during|at|via|over|last|this|by)\s+(?:[\p{L}\p{N}'’.-]+\s+){1,3}?)??)"
    r"(?P<comp>that\b|(?:(?i:he|she|they|it|we|i|there)\s+(?!to\b)\w+|"
    r"(?:the|a|an|his|her|their|its|this|these|those|" + _EN_QUANTITY + r")\s+\w|\p{Lu}[\p{L}'’.-]*\s+\p{Ll}))",
)
_EN_BARE = regex.compile(
    r"(?P<mid>\s+(?:to\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}?)(?P<comp>(?:he|she|they|it|we|i|there|the|his|her|their|its|"
    r"this|these|those)\b)",
    regex.IGNORECASE,
)


def _quote_dict(
    d: _Doc, typ: str, start: int, end: int, parts: list[list[int]], att: Attribution | None, ctx: str
) -> dict[str, Any]:
    out: dict[str, Any] = {"start": start, "end": end, "type": typ, "parts": parts,
                           "speaker": None, "cue": None, "channel": None}
    if att is not None:
        c = att.cue
        out["cue"] = {"start": c.start, "end": c.end, "text": d.text[c.start : c.end], "lemma": c.lemma}
        out["channel"] = channel_of(c.lemma, ctx, att.addressee)
        if att.speaker is not None:
            s, e = att.speaker
            out["speaker"] = {"start": s, "end": e, "text": d.text[s:e]}
    return out


def _fragment_words(d: _Doc, r: dict[str, Any]) -> bool:
    """Whether a marked quote reads as a fragment of speech: two words or more, the first in lower case."""
    a, b = r["parts"][0]
    words = _WORDS_RUN.findall(d.text, a, b)
    return len(words) >= 2 and words[0][:1].islower()


def _n_tokens(text: str, parts: list[list[int]]) -> int:
    return sum(len(text[a:b].split()) for a, b in parts)


def _ctx(d: _Doc, a: int, b: int) -> str:
    """The narrative text of ``[a, b)`` (quote contents left out) for channel clues."""
    out = []
    gaps = d.gaps
    for k in range(max(0, bisect.bisect_right(d.gap_starts, a) - 1), len(gaps)):
        x, y = gaps[k]
        if x >= b:
            break
        if y > a:
            out.append(d.text[max(a, x) : min(b, y)])
    return " ".join(out)


def attribute(
    text: str,
    quotations: list[Quotation],
    lang: str | None = None,
    ignored: list[Span] | None = None,
    langs: tuple[str, ...] = LANGS,
) -> list[dict[str, Any]]:
    """Quote dicts (DESIGN §3 shape, without ids) for ``quotations`` plus indirect speech, in text order.

    ``lang``: a language of ``cues.LANGS``; any other value (or None) picks, among ``langs``, the lexicon
    that matches most.
    ``ignored``: regions to skip (quotes overlapping them are dropped, no cue is read there).
    """
    ignored = sorted(ignored or [])
    # a quotation needs words (`« »` or `"…"` alone is not one) and must not touch an ignored region
    quotes = [
        q for q in quotations
        if any(_WORDS.search(text, a, b) for a, b in q.parts)
        and not any(a < q.end and q.start < b for a, b in ignored)
    ]  # fmt: skip
    if lang not in LANGS:
        spans = [(q.start, q.end) for q in quotes]
        lang = choose_lang(text, _gaps(len(text), spans, ignored), langs)
    d = _Doc(text, quotes, lang, ignored)
    n = len(quotes)
    # per quote: sentence, window before/after, attribution candidates
    info = []
    for i, q in enumerate(quotes):
        s_lo, s_hi = d.sentence(q.start)
        prev_end = quotes[i - 1].end if i else 0
        next_start = quotes[i + 1].start if i + 1 < n else len(text)
        pre_lo = max(s_lo, prev_end)
        post_hi = min(max(s_hi, q.end), next_start)
        # the document form first: `", read a statement from X` names X, not the statement
        after = (
            d.source_after(q.end, post_hi) if _MAYBE_SOURCE.search(text, q.end, min(post_hi, q.end + 24)) else None
        ) or d.after(q.end, post_hi)
        intro = None if after else d.intro(pre_lo, q.start)
        if after is None and intro is None and pre_lo > s_lo and _AND_THEN_CUE.fullmatch(text, pre_lo, q.start):
            # `Duda characterised the deaths as "crushing" and wrote "…"`: the cue after `and` shares the subject
            # of the clause before the previous quotation
            intro = d.intro(s_lo, q.start)
        if after is not None and not after.cue.verbal and after.cue.lemma != "—":
            said = d.intro(pre_lo, q.start)
            if said is not None and said.cue.verbal:
                # `Mr. Haroon wrote, "…" according to AsiansInMedia.org`: the one who wrote it speaks; the
                # source only reports it (as `X a révélé, selon Le Soir, « … »`)
                after, intro = None, said
        if after is None and intro is None and lang == "fr":
            intro = d.for_whom(pre_lo, q.start)
        if after is None and intro is None and pre_lo == s_lo and text[max(0, s_lo - 4) : s_lo].strip().endswith(":"):
            prev = d.prev_sentence_any(s_lo)
            if prev is not None:
                intro = d.intro(prev[0], q.start)  # `X considère que … :` then the quote in a new paragraph
                if intro is None:
                    intro = d.colon_subject(prev[0], prev[1])  # `Le ministre X est plus explicite :` then « … »
        if after is None and intro is None and text[pre_lo:q.start].rstrip().endswith(":"):
            intro = d.colon_subject(pre_lo, q.start)  # `Le ministre X est plus explicite : « … »`
        if after is not None:
            after = d.voice(after, post_hi)
        elif intro is not None:
            intro = d.voice(intro, q.start)
        embedded = intro is None and (prev_end > s_lo or bool(_WORDS.search(text, pre_lo, q.start)))
        if (
            intro is not None and not intro.cue.verbal
            and _SOURCE_PREP_BEFORE.fullmatch(text, intro.cue.start, intro.cue.end)
            and (prev_end > s_lo or _WORDS.search(text, pre_lo, intro.cue.start))
            and not _CONNECTIVE.fullmatch(text, pre_lo, intro.cue.start)
            and ":" not in text[intro.clause_end : q.start]
            and (_COMP_BEFORE.search(text, max(s_lo, intro.cue.start - 8), intro.cue.start) or (
                "," not in text[intro.clause_end : q.start]
                and not any(c.verbal for c in d.cues_in(s_lo, intro.cue.start))))
        ):
            # `des réglementations qui vont selon lui « trop loin »`, `par le fait que, selon lui, « … »`: a
            # fragment of the sentence; not `X said, according to AP "…"` (the cue's statement)
            embedded = True
        clause = _clause_start(text, pre_lo, q.start)
        if embedded and after is not None and after.cue.verbal and _CONNECTOR_ONLY.fullmatch(text, clause, q.start):
            embedded = False  # `…; however, "to remove any doubts, I wrote …", he added`: a statement
        if embedded and after is None and _colon_statement(text, pre_lo, q):
            # `il l'a félicitée pour une « campagne difficile » : « Elle s'est battue. »`: a statement of the
            # subject of the sentence (ninth pass)
            embedded = False
            subj, _ = d.subject(s_lo, q.start)
            if subj is not None:
                intro = Attribution(Cue(subj[0], subj[0], "subject", False), subj, subj[1])
        info.append((q, (s_lo, s_hi), after, intro, embedded, post_hi))

    results: list[dict[str, Any]] = []
    i = 0
    last: dict[str, Any] | None = None  # the previous attributed direct quote (floating continuations)
    while i < n:
        q, sent, after, intro, embedded, post_hi = info[i]
        parts = [list(p) for p in q.parts]
        end = q.end
        mismatch, unclosed = q.mismatch, q.unclosed
        group_end = i
        # split quote: `« A », a tweeté Musk. « B »` — B follows the attribution, in the same paragraph
        if after is not None and i + 1 < n:
            nq, _, n_after, n_intro, _, _ = info[i + 1]
            gap = text[after.clause_end : nq.start]
            if (
                after.clause_end <= nq.start
                and not gap.strip(" \t\u00a0\u202f.,;")
                and (after.cue.verbal or gap.strip())  # (`« A » , selon lui « B »`: B is an apposition)
                and "\n" not in text[q.end : nq.start]
                and n_after is None
                and (n_intro is None or n_intro.cue.start == after.cue.start)
                and not any(c.verbal for c in d.cues_in(max(after.cue.end, (after.speaker or (0, 0))[1]), nq.start))
                and not _RELATIVE_GAP.search(text, after.cue.end, nq.start)
            ):  # not `« A », a-t-il écrit sur Twitter, ajoutant que « B »`: B has a cue of its own; not `« A » selon
                # X, qui se félicite de ne pas avoir « B »`: B is in a relative clause (ninth pass)
                parts += [list(p) for p in nq.parts]
                end = nq.end
                mismatch, unclosed = mismatch or nq.mismatch, unclosed or nq.unclosed
                group_end = i + 1
        att = after or intro
        narrative = (
            att is None and lang == "fr" and "t d" in text[max(sent[0], q.start - 40) : q.start]
            and (m_et := _ET_DE.search(text, max(sent[0], q.start - 40), q.start)) is not None
            and d.lex.lemma(m_et.group("v")) is not None
        )  # `Et d'ajouter : « … »`: the previous speaker goes on
        if narrative:
            embedded = False
        frame = None if att or narrative else (
            d.agent_after_fragment(sent[0], q.start, end, sent[1]) or d.frame(sent[0], q.start))
        if frame is not None:
            frame = d.voice(frame, q.start)
        last_in_paragraph = group_end + 1 >= n or "\n" in text[end : quotes[group_end + 1].start]
        if att is None and frame is None and last_in_paragraph:
            att = d.dash_line(end)  # a pull-quote credit on the next line: `— Donald Trump, président …`
        content = text[parts[0][0] : parts[-1][1]]
        short = _n_tokens(text, parts) <= SCARE_MAX_TOKENS and not _TERMINAL.search(content)
        post_words = bool(_WORDS.search(text, q.end, post_hi)) and after is None
        name_like = att is None and len(parts) == 1 and (
            is_name_like(text, q.start, end, tuple(parts[0]), d.lang, framed=frame is not None)
            or _UPDATED_PAGE.search(text, max(0, q.start - 60), q.start) is not None
        )  # `Page actualisée : 2 janvier 2015 — « Aviation : … »`: the title of the article it updates
        if (
            att is not None and len(parts) == 1 and is_named_by_noun(text, q.start, end, tuple(parts[0]), d.lang)
            and not any(c.verbal for c in d.cues_in(max(0, q.start - 30), q.start)) and not _TERMINAL.search(content)
        ):  # (not near a cue: `X tweeted "Happy New Year"`, `il déclare à la police « Je ne regrette rien. »`)
            # `annonce que … une opération contre l'organisation « État islamique »`: a name inside reported
            # speech is a name, not the speaker's words (thirteenth pass)
            att = None
            name_like = True
        answer = (
            len(parts) == 1 and _ANSWER.fullmatch(content.strip(_ANSWER_STRIP)) is not None
            and text[max(sent[0], q.start - 40) : q.start].rstrip()[-1:].isalnum()
        )
        charge = (
            len(parts) == 1 and not _TERMINAL.search(content) and not _VERB_FIRST.match(content)
            and _CHARGE_BEFORE.search(text, max(sent[0], q.start - 40), q.start) is not None
        )  # (not `porter plainte pour « ne pas laisser passer … »`: a purpose, someone's words)
        if answer or charge:
            # `Les Suisses disent « non » au projet`, `le « oui » au référendum`: a vote's answer named as a term,
            # even after a cue; not a quote that opens its clause (`« Non », dit Paul`, `said: "no"`) or ends
            # with its own punctuation (`"No!"`; thirteenth pass)
            att = frame = None
        if att is None and frame is None and not (answer or charge or name_like or narrative) and len(parts) == 1:
            verb_first = _subject_of_quoted_verb(d, sent[0], q.start, parts[0][0])
            if verb_first is not None:  # `Theresa May « félicite chaleureusement » Emmanuel Macron`
                att, embedded = verb_first, True
        if answer or charge or name_like or (
            att is None and frame is None and short and (embedded or post_words) and not _EVALUATIVE.match(content)
        ):
            # a few words and nobody said them, or a name by its context (`la faille « EternalBlue »`, `the
            # so-called "…"`): a name, a term or a title; an evaluative phrase (`« très diversifié »`) is
            # someone's words even without a cue
            typ = "scare"
            if not (name_like or charge) and next((c for c in content if c.isalpha()), "A").islower():
                later = _closing_attribution(info, group_end, sent) or d.tail_source(end, sent[1])
                if later is not None:
                    # `They laboured in "15-hour shifts," were housed …, and paid "about half …," the Mail said`:
                    # lower-case fragments of a sentence whose attribution closes it are that speaker's words
                    typ, frame = "mixed", later
        elif embedded or (intro is not None and _object_of_cue(text, d.lex, intro, parts[0][0], parts[-1][1])):
            typ = "mixed"  # also `a condamné « l'attentat … »`: the object of the cue, not a statement
        elif short and post_words and att is None:
            typ = "mixed"
        elif (
            intro is not None and intro.cue.lemma == "pour" and _WORDS.search(text, intro.clause_end, q.start)
            and _n_tokens(text, parts) < 8 and not _TERMINAL.search(content)
        ):
            typ = "mixed"  # `Pour le journal, c'est « intolérable »`: a fragment after words of the writer
        else:
            typ = "direct"
        use = att or (frame if typ != "scare" else None)
        ctx = ""
        if use is not None:
            ctx = _ctx(d, max(sent[0], use.cue.start - CTX), min(max(sent[1], end), use.cue.end + CTX))
        if use is None and typ in ("mixed", "direct"):
            use = d.tail_source(end, sent[1])  # `… "…" in the country, as stated in the constitution.`
            if use is not None:
                ctx = _ctx(d, max(sent[0], use.cue.start - CTX), min(sent[1], use.cue.end + CTX))
        if use is None and typ in ("mixed", "direct") and not narrative:
            use = _across(d, typ, sent, q.start, last)
            if use is not None:
                ctx = _ctx(d, max(0, use.cue.start - CTX), min(len(text), use.cue.end + CTX))
        prev = results[-1] if results else None
        if (
            att is None and typ != "scare" and prev is not None and prev["type"] == "scare"
            and _SCARE_LIST_GAP.fullmatch(text, prev["end"], q.start) and _n_tokens(text, parts) <= 6
        ):
            typ = "scare"  # `les chansons « Stand by Me », « Spanish Harlem » et « There Goes My Baby »`
            use = None
        if (
            att is None and (typ == "scare" or (typ == "mixed" and use is None)) and not name_like
            and prev is not None and prev["type"] == "mixed" and prev["speaker"] is not None
            and _COORD_FRAGMENT.fullmatch(text, prev["end"], q.start)
        ):
            typ, use = "mixed", None  # `a exprimé « sa grande joie » et son « bonheur »`: the same speaker's words
            qd = _quote_dict(d, typ, q.start, end, parts, None, "")
            qd["cue"], qd["channel"], qd["speaker"] = prev["cue"], prev["channel"], dict(prev["speaker"])
        elif (
            att is None and typ != "direct" and prev is not None and prev["type"] == "direct"
            and prev["speaker"] is not None and _LIST_GAP.fullmatch(text, prev["end"], q.start)
            and not name_like
        ):
            # `X said: "A", "B".`, `"A" and "B," he said`: a list of statements with one attribution
            typ, use = "direct", None
            qd = _quote_dict(d, typ, q.start, end, parts, None, "")
            qd["cue"], qd["channel"], qd["speaker"] = prev["cue"], prev["channel"], dict(prev["speaker"])
        else:
            qd = _quote_dict(d, typ, q.start, end, parts, use, ctx)
        if use is not None and use.cue.lemma == "subject":
            qd["cue"] = None
            qd["channel"] = None
        if typ == "direct" and use is None and last is not None:
            # floating continuation: the previous quote's speaker, when in this or the previous paragraph
            near = q.start - last["end"] < 2000 and text.count("\n", last["end"], q.start) <= 2
            if near and last["speaker"] is not None:
                qd["channel"] = last["channel"]
                qd["continued"] = last  # its speaker is copied once pronouns are resolved
        if mismatch:
            qd["mark_mismatch"] = True
        if unclosed:
            qd["unclosed"] = True
        if typ != "scare" and qd["speaker"] is not None:
            last = qd
        results.append(qd)
        i = group_end + 1

    found = d.indirect()
    for att, start, end, sent in found:
        ctx = _ctx(d, max(sent[0], att.cue.start - CTX), start)
        results.append(_quote_dict(d, "indirect", start, end, [[start, end]], att, ctx))
    spans = [(start, end) for _, start, end, _ in found]
    edges = d.indirect_edges(spans)
    edges += d.indirect_views(spans + [(start, end) for _, start, end, _ in edges])
    for att, start, end, sent in edges:
        # the channel is read in the attribution around the content, not in it (`The activists answered on
        # Twitter …, the agency said` is no tweet of the agency)
        ctx = _ctx(d, sent[0], start) + " " + _ctx(d, end, sent[1])
        edge = _quote_dict(d, "indirect", start, end, [[start, end]], att, ctx)
        results.append(edge)
        i = bisect.bisect_left(d.quote_starts, start)
        if i == len(d.quote_starts) or d.quote_starts[i] >= end:
            continue  # no quotation inside (most edges): nothing to retype
        for r in results:
            if start <= r["start"] and r["end"] <= end + 2 and (
                (r["type"] == "scare" and _fragment_words(d, r))
                or (r["type"] == "mixed" and r["speaker"] is None and r["cue"] is None)
            ):
                # a lower-case fragment of two words or more inside reported speech (`the man was "heavily
                # armed" …, police said`), or a fragment nobody was found for (`Il pourrait s'agir de « … »,
                # a précisé X`): a mixed quote of the same speaker
                r.update(type="mixed", speaker=edge["speaker"] and dict(edge["speaker"]), cue=edge["cue"],
                         channel=edge["channel"])
    results.sort(key=lambda r: (r["start"], r["end"]))
    _continue_reported(d, results)
    resolve_speakers(d, results)
    # reported speech of the writer (`I said that …`) is no quotation
    return [r for r in results if r["type"] != "indirect" or r["speaker"] is not None]


_ALSO = frozenset(("also", "later", "then", "again"))
# `… "crushing" and wrote "…"`: a coordinated verb (and a word) between two quotations
_AND_THEN_CUE = re.compile(
    _COORD_ONLY.pattern + r"[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?\s*[:,]?\s*", re.IGNORECASE
)
_NARRATIVE_REST = re.compile(r"[\s\u00a0\u202f»”\"’']*([^\W\d_][\w'’-]*)?")
_LIST_GAP = re.compile(r"[\s,;]*")
_ET_DE = re.compile(r"(?<![\w'’-])[Ee]t\s+d['’]\s*(?P<v>[^\W\d_]+)\s*[:,]?\s*\Z")
_COORD_FRAGMENT = re.compile(r"[\s,]*(?:et|ou|and|or)\s+(?:\w+['’]\s*|[\w'’-]+\s+){0,2}", re.IGNORECASE)
_SCARE_LIST_GAP = re.compile(r"[\s,]*(?:(?:et|ou|and|or)\s+)?", re.IGNORECASE)
_CONNECTOR_ONLY = re.compile(r"[\s,]*(?:\w+[\s,]+)?", re.IGNORECASE)


def _continue_reported(d: _Doc, results: list[dict[str, Any]]) -> None:
    """A floating direct quote right after reported speech goes on with that speech's speaker rather than the
    previous quotation's (`Hussein argued that the judge was not legitimate. "I don't acknowledge this court."`,
    thirteenth pass): the reported speech ends after the previous quotation and right before the quote (no word
    between them, no new paragraph), and its speaker is a name or a pronoun (the noun phrases reported speech is
    given are less sure). ``results`` is sorted by start."""
    last_reported = None
    for r in results:
        if r["type"] == "indirect":
            if r["speaker"] is not None and r["speaker"]["text"].lower() not in d.g.writer:
                last_reported = r
            continue
        src = r.get("continued")
        if src is None or last_reported is None:
            continue
        if src["end"] <= last_reported["end"] <= r["start"] and not _WORDS.search(
            d.text, last_reported["end"], r["start"]
        ) and "\n" not in d.text[last_reported["end"] : r["start"]] and _name_or_pronoun(d, last_reported["speaker"]):
            r["continued"] = last_reported


def _name_or_pronoun(d: _Doc, sp: dict[str, Any]) -> bool:
    """A speaker that is a pronoun or a name of up to four capitalised words (`Hussein`, `Terry Hicks`)."""
    words = sp["text"].split()
    if len(words) == 1 and (words[0].lower() in d.g.singular or words[0].lower() in d.g.plural):
        return True
    return 0 < len(words) <= 4 and all(w[:1].isupper() for w in words) and words[0].lower() not in d.g.det


_QUOTED_AUX = frozenset("a ont avait avaient has have had".split())


def _subject_of_quoted_verb(d: _Doc, lo: int, q_start: int, content_start: int) -> Attribution | None:
    """The subject right before a quotation that opens with a reporting verb in lower case (`La première ministre,
    Theresa May, « félicite chaleureusement » Emmanuel Macron`, `Ce rapport « rappelle que … »`): the quoted words
    are the subject's, with no cue outside the marks. None when words stand between the subject and the quote."""
    first = next(d.iter_tokens(content_start, min(len(d.text), content_start + 40)), None)
    if first is None or not first[2] or first[0] != content_start:
        return None
    word = d.text[first[0] : first[1]]
    if word in _QUOTED_AUX:  # `Des témoins « ont évoqué une erreur »`, `Officials "have said that …"` (fifteenth pass)
        toks = d.tokens(first[1], min(len(d.text), first[1] + 30))
        word = d.text[toks[0][0] : toks[0][1]] if toks and toks[0][2] else ""
    if not word.islower() or d.lex.lemma(word) is None:
        return None
    subj, _ = d.subject(lo, q_start)
    if subj is None or d.text[subj[1] : q_start].strip(" ,\t\u00a0\u202f"):
        return None
    return Attribution(Cue(subj[0], subj[0], "subject", False), subj, subj[1])


def _closing_attribution(info: list, i: int, sent: Span) -> Attribution | None:
    """The attribution after a later quote of the same sentence that closes the sentence (`…, "…," the Mail
    said.`), with a verbal cue; None when there is none."""
    for _q, q_sent, after, _, _, _ in info[i + 1 : i + 6]:
        if q_sent != sent:
            return None
        if after is not None:
            ok = after.cue.verbal and after.clause_end >= sent[1] - 1
            return after if ok else None
    return None


def _clause_start(text: str, lo: int, pos: int) -> int:
    """Where the clause holding ``pos`` starts: after the last `;` or `:` of ``[lo, pos)``, else ``lo``."""
    k = max(text.rfind(";", lo, pos), text.rfind(":", lo, pos))
    return k + 1 if k >= 0 else lo


def _colon_statement(text: str, pre_lo: int, q: Quotation) -> bool:
    """A quote right after a colon (only a colon since the previous quote or the sentence start) that opens in upper
    case and ends with terminal punctuation: a statement, even after a fragment in the same sentence."""
    if text[pre_lo : q.start].strip(" \t\u00a0\u202f") != ":":
        return False
    m = _WORDS.search(text, q.parts[0][0], q.parts[0][1])
    return m is not None and text[m.start()].isupper() and bool(_TERMINAL.search(text, q.parts[-1][0], q.end))


def _object_of_cue(text: str, lex: Lexicon, intro: Attribution, q_start: int, q_end: int) -> bool:
    """`a condamné « l'attentat … »`, `described "a terrible day"`: a verbal cue right before the marks, with
    no colon or comma, and a quote opening in lower case is the verb's object (a mixed quote)."""
    if not intro.cue.verbal or text[intro.cue.end : q_start].strip(" \t\u00a0\u202f«»“”\"‘„'"):
        return False
    m = _WORDS.search(text, q_start, q_start + 20)
    if not m or not text[m.start()].islower() or _TERMINAL.search(text, max(q_start, q_end - 6), q_end):
        return False  # `said "attempts will be made."` is a statement
    if intro.cue.lemma not in lex.indirect:
        return True  # `a condamné « … »`, `shouted "…"`: no verb of saying takes a whole statement here
    # a verb of saying (`Hollande said "terrorists struck …"`) quotes a statement, unless the clause goes on
    # after the quote (`has promised "strong and decisive" action`)
    close = text.find("\n", q_end, q_end + 200)
    rest = text[q_end : close if close >= 0 else q_end + 200]
    words = _NARRATIVE_REST.match(rest)
    return bool(words and words.group(1))


def _across(d: _Doc, typ: str, sent: Span, q_start: int, last: dict[str, Any] | None) -> Attribution | None:
    """A speaker for a quote with no cue in its clause, from the sentences around it.

    A mixed fragment is the words of the speaker of its sentence's earlier quote, else of the name that is
    the subject of its sentence (`Jean-Luc Laurent ( PS ), a cherché …, s'opposant à « … »`), else of the
    reported speech of the sentence before (`Le comité Nobel explique que … . … afin « d'élaborer … »`), else
    of the subject of its sentence (`Les députés veulent … limiter « … »`). A direct quote after a sentence
    naming a document's author (`… broadcast a message from X. "…"`) is that author's."""
    prev = d.prev_sentence(sent[0])
    if typ == "direct":
        if prev is None or (last is not None and last["end"] > prev[0]):
            return None
        src = d.source_in(prev[0], prev[1])
        if src is None and last is not None and last["speaker"] is not None:
            subj, named = d.subject(prev[0], prev[1])
            words = d.text[subj[0] : subj[1]].split() if subj is not None and named else []
            if len(words) >= 2 and all(w[:1].isupper() for w in words) and is_first_name(words[0]) and (
                d.text[subj[0] : subj[1]] != last["speaker"]["text"] and "\n" not in d.text[prev[1] : q_start]
            ):
                # `Romain Degeer, un pilote belge présent, avait tenté de le prévenir. « … »`: a quote with no cue
                # after a sentence whose subject is a new person's full name speaks for that person (fifteenth pass)
                return Attribution(Cue(subj[0], subj[0], "subject", False), subj, subj[1])
        return src
    cleft = cleft_after(d, sent)
    if cleft is not None:
        return Attribution(cleft[0], cleft[1], cleft[0].end)  # `… afin de « revoir … » . C'est ce qu'a annoncé X`
    if last is not None and last["end"] > sent[0] and last["speaker"] is not None and last.get("cue"):
        sp = last["speaker"]
        c = last["cue"]
        return Attribution(Cue(c["start"], c["end"], c["lemma"], True), (sp["start"], sp["end"]), c["end"])
    subj, named = d.subject(sent[0], q_start)
    if subj is not None and named:
        return Attribution(Cue(subj[0], subj[0], "subject", False), subj, subj[1])
    if prev is not None:
        att = d.reported_in(prev[0], prev[1]) or d.source_in(prev[0], prev[1])
        if att is not None:
            return att
    if subj is not None:
        return Attribution(Cue(subj[0], subj[0], "subject", False), subj, subj[1])
    return None
