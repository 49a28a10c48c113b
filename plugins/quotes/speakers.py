"""Who is the subject of a cue: the speaker before a cue (``X a déclaré``, ``X, the minister, said``), after an
inverted cue (``said Johnson``, ``a déclaré le ministre``), the subject opening a clause, appositions and titles.

Positions, not syntax: each search reads the tokens of a bounded window (``DocLookups.tokens``) and stops at the
words it needs."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

import regex

from .cues import EN_OUTCRIES, OUTCRIES
from .grammar import DAY_WORDS
from .lookups import _CLOSING_MARKS, _STOP, PEOPLE_WORDS, SPEAKER_WINDOW, Cue, DocLookups, Span, _name_span
from .marks import Quotation
from .nouns import is_speaker_noun, plural_form
from .openers import OPENING_FIRST, opening_end, time_opening_end
from .resolve import OBJECT_FORMS, STRESSED_FORMS
from .subjects import elided_inversion, participle_after_report, with_name

_LEAD = re.compile(r"[\s,]*")
_GERUND_EN = re.compile(r"(?<![\w'’])en\s+\Z")  # `en expliquant`: a French gerund
_ASIDE = re.compile(r"\s*\([^()\n]{1,40}\)")  # an aside in parentheses after a speaker or a source (its acronym)
# one lower-case word (an adjective) between commas right after an inverted cue, before its subject
_FR_ADJECTIVE_ASIDE = regex.compile(r"[\s,]*,\s*\p{Ll}[\p{Ll}-]{2,}(?:\s+et\s+\p{Ll}[\p{Ll}-]{2,})?\s*,\s*")
# a party or an acronym in parentheses inside a title (`le maire (PS) de la commune`, `la députée (LFI) de …`)
_PARTY_ASIDE = re.compile(r"\((?:[A-Z][A-Za-z-]{0,9}|ex-[A-Z][A-Za-z-]{0,9})\)(?=\s+(?:de|du|des|d['’]|\w+\b))")
# finite auxiliaries and copulas: none is part of a speaker's noun phrase, nor are the object pronouns before them
# (`_noun_phrase_of`)
_FINITE_AUX = {
    "en": frozenset("is are was were has have had will would can could should must might does did".split()),
    "fr": frozenset("a ont est sont était étaient avait avaient sera seront fut furent".split()),
}
# a coordinator right before a cue (`…, and denied`, `… et annonce`, `… and also said`): no subject of its own
_COORD_END = regex.compile(r"(?<![\p{L}'’-])(?:and|et)\s+(?:(?:also|aussi)\s+)?\Z", regex.IGNORECASE)
# an English aside's subject after a comma, right before its cue (`, critics say,`, `, police said,`)
_ASIDE_NP_BEFORE = regex.compile(r",\s*(?P<np>[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,3})\s+\Z")
_CUE_THEN_COMMA = regex.compile(r"(?P<verb>\p{L}+)(?:\s+\p{L}+)?\s*,")  # (`say,`, `told reporters,`)
_WORD_NEXT = regex.compile(r"\s*\p{L}")
_LOWER_QUOTE_NEXT = regex.compile(r"\s*[\"“«]\s*\p{Ll}")  # an opening mark, then a lower-case letter
_COMMA_END = re.compile(r",\s*\Z")
_FR_POSSESSIVES = frozenset("son sa ses leur leurs mon ma mes notre nos votre vos".split())
# verbs of an attribution set between commas inside the clause it reports (`A, Doe said, B`, `A, a précisé Doe, B`)
ASIDE_VERBS = frozenset("say tell add note argue claim write explain warn believe report insist dire déclarer "
                        "préciser ajouter indiquer affirmer expliquer assurer souligner confier estimer juger rappeler "
                        "reconnaître prévenir".split())
_QUE_BEFORE = re.compile(r"(?<![\w'’])(?:qu['’]\s*|que\s+)\Z", re.IGNORECASE)  # the relative `que` right before a cue
# object relative pronouns: the relative clause's subject follows them (nineteenth pass)
_OBJECT_RELATIVES = frozenset(("which", "whom", "que"))
# an English pronoun with its auxiliary contracted (`He's said`, `They've said`, `She'd said`)
_PRONOUN_AUX = regex.compile(r"(?P<pronoun>(?i:he|she|it|they|we|i|you))['’](?:s|ve|d)")
# the verb of a chain that ends a subject found before an infinitive cue (`Doe went on to [say]`, `Doe has
# continued to [argue]`, `Doe s'est empressé de [dire]`; nineteenth pass)
_CHAIN_ENDS = (" to", " de", " d'", " d’", " à")  # (a cheap test before the patterns below)
_INF_CHAIN = {
    "en": regex.compile(
        r"\s+(?:(?:(?:has|have|had)\s+)?(?:\p{Ll}{2,}ed|went|goes|go|began|begins|begin|wants?|tries|try|seems?|"
        r"continues?|decides?|hastens|rushes|hopes?|claims?|appears?|refuses?|promises?|intends?|threatens?)"
        r"(?:\s+on)?|(?:was|were|is|are)\s+(?:not\s+)?(?:quick|careful|keen|"
        r"eager|able|ready|willing|unable|forced|expected))\s+to\Z"
    ),
    "fr": regex.compile(
        r"\s+(?:s['’]\s*|se\s+)?(?:est|sont|a|ont|avait|avaient|était|étaient)\s+(?:\p{Ll}+\s+)?\p{Ll}+\s+"
        r"(?:de|d['’]|à)\Z"
    ),
}
# `in what SWAT are calling`, `what the police described as`: the subject of a free relative, right before its cue
_WHAT_NP_BEFORE = re.compile(
    r"(?<![\w'’-])[Ww]hat\s+(?P<np>(?:the\s+)?[A-Za-z][\w'’.&-]*(?:\s+[A-Za-z][\w'’.&-]*){0,3}?)"
    r"(?:\s+(?:is|are|was|were|has|have|had))?\s+\Z"
)
# relative pronouns of both languages, object ones included (`Le projet que la ministre a défendu`): wider than the
# grammar's subject relatives, as a relative clause of any kind keeps its auxiliary inside a speaker
_RELATIVES = frozenset("qui que dont lequel laquelle lesquels lesquelles who whom whose which that".split())
_DASH_ASIDE_END = re.compile(r"\s+[—–]\s")  # the dash closing an aside (`"…" — as X put it — at …`)
_CLOSE_PUNCT = re.compile(r"(?:_|[^\w,])*?(?:[.!?;)]|\Z)")  # emoji or spaces, then the end (or an aside's `)`)
_OF = frozenset("of de du des d' d’ for à au aux".split())
_CLOSING = _CLOSING_MARKS  # (lookups: the closing marks)
# a US legislator's party and state after the name (`Sen. Susan Collins, R-Maine, said`): no name of its own
_PARTY_LABEL = re.compile(r"[RDI]-[A-Z][A-Za-z]*(?:\.[A-Z]?)*")
_COMMA = regex.compile(r"[\s\p{Cf}]*,")
_APPOSED_NAME = regex.compile(
    r"\s*,\s*(?:(?:le|la|the)\s+(?=(?:Dr|Dre|Pr|Me|Mgr|Prof)\.?\s+\p{Lu}))?"
    r"(?P<name>\p{Lu}[\p{L}'’.\-]*(?:\s+(?:(?:de|du|des|de\s+la|van|von|der|da|di|del|bin|ben|al|el)\s+)?"
    r"\p{Lu}[\p{L}'’.\-]*){0,4})(?<![\s,]\p{Lu})"  # (`Luca de Meo`: a particle inside the name; 32nd pass)
    r"(?:\s*\([^()\n]{1,30}\))?(?=\s*[,.;]|\s*\Z|\s+(?:à|au|to)\s)"
)  # `said his father, Abdullah Kurdi,`; `Selon les propos de son avocat, Me Antonin Levy à l'AFP, « … »`; a party
# after the name (`selon le président de la région, Laurent Wauquiez ( LR ), qui …`, ninth pass); never a lone
# initial (`Selon le texte, A. Coulibaly doit …`: `A` is no name); a doctor's, a lawyer's or a professor's title may
# follow its article (`estime le directeur de santé publique, le Dr Horacio Arruda.`; twenty-second pass)
# an anonymous source's modifier after its noun (`two people familiar with the matter`, `a person briefed on the
# talks`, `sources close to the president`): the phrase goes on through the preposition (twentieth pass)
_SOURCE_MODIFIERS = frozenset("familiar close briefed knowledgeable involved informed acquainted privy".split())
_SOURCE_MODIFIER_PP = regex.compile(
    r"\s+(?:with|to|on|about|in|of)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,5}?(?=\s*(?:[,.;:!?)]|\Z)|\s+(?:on\s+)?(?:"
    + "|".join(sorted(DAY_WORDS, key=len, reverse=True)) + r")(?!\w))", regex.IGNORECASE
)
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
    "released also "
    # irregular past forms (`Swartz ran for the Board and also wrote`; twenty-sixth pass)
    "ran went came became began won brought bought caught felt kept knew stood thought fled drove struck sold "
    "spent fought sought taught built chose broke grew threw flew read left found heard saw".split()
)
# French finite verbs that govern an infinitive (`veulent organiser … pour montrer`, `tente de dire`)
_FR_BARE_PARTICIPLE_ENDS = ("é", "ée", "és", "ées", "u", "ue", "is", "it")
# a French compound verb: an auxiliary of the indicative, maybe an adverb, a past participle
_FR_COMPOUND = re.compile(r"(?<![\w'’])(?:a|ont|avait|avaient)\s+(?:\w+\s+)?\w+(?:é|ée|és|ées)(?!\w)")
# English verbs whose object is the subject of the infinitive after it (`led Biden to say`, `urged officials to`)
_EN_OBJECT_CONTROL = frozenset("led forced prompted urged asked persuaded caused allowed encouraged pushed invited "
                               "told pressed".split())
_FR_GOVERNING = frozenset("veut veulent voulait voulaient peut peuvent pouvait doit doivent devait va vont allait "
                          "souhaite souhaitent tente tentent décide décident cherche cherchent compte comptent "
                          "entend entendent espère espèrent refuse refusent prévoit prévoient "
                          # `Britannica prend prétexte de cette ouverture pour prétendre`, `en profite pour dire` (26th)
                          "prend prennent profite profitent saisit saisissent vient viennent venait venaient".split())
_FR_VERBS = frozenset(
    "a ont avait avaient est sont était étaient fait fut a-t-il aussi également "
    # modals and auxiliaries that end a subject (twenty-fifth pass: `Le candidat veut …, estimant` spoke)
    "veut veulent voulait doit doivent devait peut peuvent pouvait va vont allait sera seront serait seraient aura "
    "auront aurait auraient souhaite souhaitent entend entendent semble semblent".split()
)


def clause_verbs(lang: str) -> frozenset[str]:
    """The verbs above that mark a clause in ``lang`` (both lists for the other languages): the French `a` (has) is
    the English article `a` (`, a spokesperson for …`; nineteenth pass)."""
    return _FR_VERBS if lang == "fr" else _EN_VERBS if lang == "en" else _FR_VERBS | _EN_VERBS

# evaluative speech verbs that frame a fragment without `que`/`that` (`described the strike as "…"`,
# `dénonce « une attaque inadmissible »`): frames, though not cues of indirect speech
# finite verbs and clitics that end a French subject noun phrase (`il se sépare`, `Les diffuseurs ne pourront`)
_FR_FINITE = _FR_VERBS | frozenset("se ne aurait auraient pourrait pourraient pourront pourra doit doivent va vont "
                                   "sera seront serait seraient".split())
# `parler` is a cue only right before a quote (`parle de « boycottage »`, see _NARROW); seventh pass: `fait état de
# « blessures légères »`, `avait exhorté son homologue à « exclure … »`, `urged them to "…"`; ninth pass: `hailed the
# decision as "historic"`, `pleaded "not guilty"`
# what may stand between a quote and a cue sharing the subject of the cue before the quote
_COORD_ONLY = re.compile(r"[\s,]*(?:et|and|puis|then|mais|but)(?:\s+(?:also|aussi|également|then|ensuite))?\s+",
                         re.IGNORECASE)
_ELIDED_BOUND = re.compile(r"(?:lors|puis|quoi|parce\s)?qu['’](?=\w)|s['’](?=ils?\Z)", re.IGNORECASE)
_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "ant", "ing", "ed")
_SOURCE_LINK = frozenset("par de du des d' d’ of by from in".split())
# an object pronoun right before a present participle is its subject (`Television coverage showed him shouting`)
_OBJECT_BEFORE = re.compile(r"(?<![\w'’])(?P<obj>him|her|them)\s+\Z")
# French: a perception verb, then the noun phrase before an infinitive cue: its subject (`on peut entendre sur une
# vidéo les assaillants crier « … »`: the attackers, not `on`; thirty-seventh pass)
_FR_PERCEIVED_NP = re.compile(
    r"(?<![\w'’])(?:entendre|entend|entendent|entendu|entendait|voir|voit|voient|vu|voyait|écouter|écoute|filmer|filmé)"
    r"\s+(?:[^,.;:!?«»\"“”\n]{0,40}?\s+)?"
    r"(?P<np>(?:les|des|le|la|ces|ses|leurs|un|une|l['’])\s*[^\W\d_][\w'’-]*(?:\s+(?!(?:les|des|le|la|un|une|sur|dans|en)\s)"
    r"[^\W\d_][\w'’-]*){0,2})\s+\Z"
)
_HAVING_BEFORE = re.compile(r"(?<![\w'’])having\s+\Z")  # (`with analyst Kevin Bonham having declared`: 25th pass)
_CONTRACTED_PRONOUN = re.compile(r"(?P<pron>[Ii]|[Ww]e|[Yy]ou|[Hh]e|[Ss]he|[Ii]t|[Tt]hey)['’](?:ve|d|s|re|ll)")
_WITH_NP_BEFORE = regex.compile(
    r"(?<![\p{L}'’])[Ww]ith\s+(?P<np>(?:(?:a|an|the|one|some|his|her|their|its)\s+)?(?:[\p{L}'’.-]+\s+){0,6}?"
    r"[\p{L}'’.-]+)\s+\Z"
)

# written things that speak through a participle right after them, with no comma, maybe after a short complement:
# the participle is their reduced relative (`left a suicide note in his home stating "…"`, `carried a letter saying`,
# `a banner from People's Vote saying`, `une lettre ouverte affirmant`; twenty-ninth pass: the clause's subject spoke)
WRITINGS = {
    "en": frozenset("note letter message email e-mail memo notice sign banner placard poster leaflet flyer "
                    "resolution tweet".split()),
    "fr": frozenset("lettre note message courriel courrier pancarte banderole affiche tract résolution tweet".split()),
}
_WRITING_BEFORE = {
    "en": regex.compile(
        r"(?<![\p{L}'’])(?P<np>(?:(?:a|an|the|his|her|their|its|this|that)\s+(?:[\p{Ll}-]+\s+)?)?"
        rf"(?:{'|'.join(sorted(WRITINGS['en']))})s?)"
        r"(?:\s+(?:in|on|from|by|to|at)\s+(?:[\p{L}'’.-]+\s+){0,5}?[\p{L}'’.-]+)?\s+\Z"
    ),
    "fr": regex.compile(
        r"(?<![\p{L}'’])(?P<np>(?:(?:une?|la|le|les|des|sa|son|ses|leur|leurs|cette|ce)\s+)?"
        rf"(?:{'|'.join(sorted(WRITINGS['fr']))})s?(?:\s+\p{{Ll}}+)?)"
        r"(?:\s+(?:de|du|des|à|au|aux|par|sur)\s+(?:[\p{L}'’.-]+\s+){0,5}?[\p{L}'’.-]+)?\s+\Z"
    ),
}
# people right before a present participle, with no comma: its subject, a reduced relative (`accueilli par des
# manifestants scandant « … »`, `greeted by protesters shouting "…"`; thirty-eighth pass: the clause's subject spoke)
_PEOPLE_BEFORE = regex.compile(
    r"(?<![\p{L}'’])(?P<np>(?i:(?:des\s+(?:centaines|milliers|dizaines)\s+de|(?:dozens|hundreds|thousands)\s+of|les|des|"
    r"ces|ses|leurs|the|these|those|some|many)\s+(?:\p{Ll}+\s+)?)?(?P<head>\p{Ll}+s))\s+\Z"
)
_OUTCRY_FORMS = tuple(sorted(w + "ing" for w in EN_OUTCRIES))  # (`protesters shouting "…"`)
_NOT_IN_WITH_NP = regex.compile(r"\s(?:and|or|from)\s")  # (`Protesters with flags and a banner from X saying`)


def _np_head(np: str) -> str:
    """The head word of an English noun phrase: the last word before its first `of`/`for` complement (`the company's
    general manager of safety` -> `manager`), else the last word."""
    words = np.split()
    k = next((i for i, w in enumerate(words) if i and w in ("of", "for")), len(words))
    return words[k - 1]


_AND_NAME_BEFORE = regex.compile(
    r"[,\s]and\s+(?P<np>\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’.-]*){0,4})\s+\Z"
)
# `quoted X as saying`, `a cité X, affirmant`: the quoted one speaks
_QUOTED_AS = re.compile(r"(?<!\w)(?P<verb>quoted|quotes|quoting|cited|cites|citing)\s+.{1,120}?(?P<as>\s+as)\s*\Z",
                        re.IGNORECASE | re.DOTALL)
# sentence adverbs that open a sentence before its subject
# adverbs between an inverted cue and its subject, or after a fused pronoun (`souligne encore l'Élysée`, `a salué
# pour sa part le Premier ministre`, `écrit-il ainsi sur Twitter`, `said also Smith`): lower case only, so a name
# ending in -ment (`Clément`) is never skipped
# words in -ly that are no adverb of manner after a cue: nouns and adjectives (`said early reports`, `Italy`)
_NOT_LY_ADVERBS = (
    "family|supply|reply|assembly|rally|ally|belly|bully|jelly|folly|tally|lily|holly|early|only|likely|unlikely|"
    "daily|weekly|monthly|yearly|elderly|friendly|lonely|costly|deadly|lovely|ugly|holy|silly|lively|orderly|"
    "timely|nightly|hourly|quarterly"
)
# a preposition, a conjunction or a determiner that ends a span found for a speaker (`Protesters with`)
_TRAILING_NON_SPEAKER = frozenset("of with for to by from at in on the a an and or that que qu' qu’ de du des à au aux "
                                  "la le les un une et ou".split())


def strip_trailing_words(text: str, sp: Span) -> Span:
    """`Protesters with`, `le journal Le Monde que`, `Fabricio Cáceres à`: a preposition, a conjunction or a
    determiner never ends a speaker; the words before it do (twenty-sixth pass)."""
    if not text[sp[1] - 1 : sp[1]].islower():
        return sp  # (most speakers end with a name: one test)
    end = sp[1]
    while True:
        words = text[sp[0] : end].rsplit(None, 1)
        if len(words) < 2 or words[1] not in _TRAILING_NON_SPEAKER:
            return sp[0], end
        end = sp[0] + len(words[0])


# French words in -ant that are no participle opening a clause (`pendant lequel il évoquait`)
_FR_ANT_WORDS = frozenset("cependant maintenant pourtant durant suivant concernant pendant avant devant néanmoins "
                          "moyennant nonobstant".split())
# a French auxiliary with its inverted pronoun (`a-t-il`, `ont-ils`, `avait-elle`)
_FR_INVERTED_AUX = re.compile(r"(?:a-t|ont|avait|avaient|est|sont)-(?P<pron>il|elle|on|ils|elles)", re.IGNORECASE)
_CE_QUE = re.compile(r"\s*ce\s+qu['’]\s*(?:a|ont|avait|avaient)\s+(?P<verb>[^\W\d_]+)")
# a French date (`le 26 mars`, `le 1er mai 2020`, `le 3 juin dernier`): an adjunct after a cue or its subject
_FR_DATE = (
    r"le\s+\d{1,2}(?:er)?\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|"
    r"décembre)(?:\s+\d{4}|\s+dernier)?"
)
_INV_ADVERB = re.compile(
    r"(?:[\s,]*(?:encore|ainsi|aussi|également|alors|ensuite|enfin|toutefois|cependant|néanmoins|pourtant|"
    r"auparavant|déjà|même|plus\s+tôt|plus\s+tard|"  # (thirty-second pass: `, affirme même au Monde X`)
    r"à\s+(?:plusieurs|maintes)\s+reprises|à\s+nouveau|de\s+nouveau|une\s+nouvelle\s+fois|encore\s+une\s+fois|"
    r"lui-même|elle-même|(?:lui|elle|eux|elles)\s+aussi|pour\s+sa\s+part|pour\s+leur\s+part|de\s+son\s+côté|de\s+leur\s+côté|"
    r"quant\s+à\s+(?:lui|elle|eux)|de\s+lui|d['’](?:elle|elles|eux)|d['’]ailleurs|par\s+ailleurs|en\s+outre|"
    r"[a-zàâçéèêëîïôûùüÿœ]{3,}ment|"
    r"aujourd['’]hui|hier|ce\s+(?:matin|soir)|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
    r"(?:\s+(?:matin|soir|dernier))?|"  # seventh pass: `C'est ce qu'a annoncé aujourd'hui le président`
    + _FR_DATE + r"|"  # fifteenth pass: `, ont annoncé le 26 mars les Nations unies`; thirtieth: with a year
    r"also|later|then|further|again|too|now|today|yesterday|tonight|earlier|afterwards?|previously|recently|"
    r"quietly|simply|(?!(?:" + _NOT_LY_ADVERBS + r")\b)[a-z]{3,}ly)(?![\w'’-]))+[\s,]*"
    # (nineteenth pass: `"…," Doe says now.`, `"…," she said quietly.`; any English -ly adverb, `he said angrily.`,
    # 24th pass: it was a scare quote with no speaker)
)

# a time after a source, before its comma (`According to officials on Saturday,`, `late today`, `Selon la police
# samedi soir,`; sixteenth pass), or after a cue and its subject (`"…," he said last month in Paris`; seventeenth)
_TIME_TAIL = re.compile(
    r"\s*(?:(?:on|late|early|earlier|later|last|this|next|le|ce|cette)\s+(?:this\s+|last\s+)?)?(?:"
    + "|".join(sorted(DAY_WORDS, key=len, reverse=True))
    + r"|tonight|weekend|week|month|year|morning|evening|night|matin|soir)"
    r"(?:\s+(?:morning|afternoon|evening|night|matin|soir|midi|après-midi))?(?!\w)\s*",
    re.IGNORECASE,
)

# a reported question after a cue: `told how`, `explained why`, `a raconté comment`
_WH_REPORT = re.compile(r"\s+(?:how|why|whether|comment|pourquoi)(?!\w)", re.IGNORECASE)

# a comma before a dotted abbreviation that ends a place name (`outside Washington, D.C. saying`)
_DOTTED_PLACE = re.compile(r"(?<=[a-z]),\s(?:[A-Z]\.){2,}")

# `and` with no comma before it, right before a word: inside a noun phrase (`health and agriculture ministers`)
_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten dozens hundreds thousands deux trois quatre "
                          "cinq six sept huit neuf dix".split())
_EN_LY = re.compile(r"(?!(?:" + _NOT_LY_ADVERBS + r")\b)[a-z]{3,}ly")  # an English adverb in -ly
_THOUSANDS = re.compile(r"\d{3}(?!\d)")  # after a comma and a digit: `50,000` (not the decimal `0,9 %`)
_NEXT_WORD = re.compile(r"\s+([^\W\d_][\w'’-]*)")
# prepositions that open an adjunct, never a subject, before a lower-case word (24th pass; not `de`: `De nombreux
# experts`)
_ADJUNCT_PREPS = frozenset("dans en par pour avec sans sur après avant pendant in on at with for from after before "
                           "during "
                           # (`Prior to the vote, X, leader of …, told`: twenty-ninth pass, the adjunct spoke)
                           "prior ahead following despite amid since until throughout upon under lors depuis malgré "
                           "durant dès".split())
# words that do not open the subject of an object clause (`told him`, `noted that`, `said to`)
_NOT_CLAUSE_START = frozenset(("that", "to", "him", "her", "them", "us", "me", "it", "this", "in", "on", "at", "of",
                               "for", "with", "by", "from", "about"))
_NP_AND_BEFORE = re.compile(r"(?<![,;])\s(?:and|et|or|ou)\s+\Z")

_FOOTNOTE = re.compile(r"\s*\[\d{1,3}\]")  # a reference mark after a clause (`à des journalistes [1].`)
_SAID_BEFORE = re.compile(r"(?:said|says|say|wrote|writes)\s*\Z")  # (`said of`, `wrote of`: about, an adjunct)
# `about` opening a topic after a cue, not a number (`said about 200 people were hurt`: a reported clause; 39th pass)
_ABOUT_TOPIC = re.compile(
    r"about\s+(?!\d|(?:" + "|".join(sorted(_NUMBER_WORDS)) + r"|half|one|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety|a\s+(?:third|quarter|dozen|hundred|thousand|million))\b)"
)
# conjunctions that open a clause of their own after an attribution (`, avait déclaré X tandis que …`)
# a time after an inverted subject, before its preposition (`a déclaré le président peu après`, `said Obama minutes
# after`, `moments later`): the subject ends before it (twenty-fifth pass: `le Président Piñera peu de temps` spoke)
_TIME_AFTER_SUBJECT = re.compile(
    r"\s*(?:(?:peu|juste|quelques|plusieurs|\d+|deux|trois|quatre|cinq|dix|de|temps|secondes|minutes|heures|jours|"
    r"semaines|mois|ans|années|just|shortly|soon|a|few|several|two|three|seconds|minutes|hours|days|weeks|months|"
    r"years|moments)\s+)+(?:(?P<prep>après|avant|after|before)|plus\s+tard|later|earlier|ago)(?!\w)"
)
SUBJECT_ONLY_PRONOUNS = {"en": frozenset("he she they we".split()), "fr": frozenset("il ils on".split())}
_WITH_ASIDE = re.compile(r"(?:along|together)\s+with\s|as\s+well\s+as\s|accompagnée?s?\s+d", re.IGNORECASE)
# an aside between commas after the subject: a participle or an example (`Hajdu, speaking from Thunder Bay, said`,
# `Some experts, including Dr. David Fisman, say`, `Plusieurs ONG, dont Amnesty International, ont dénoncé`)
_ASIDE_OPENER = regex.compile(
    r"(?:including|among\s+them|notably|especially|\p{Ll}{3,}ing|notamment|dont|y\s+compris|parmi\s+eux|"
    r"(?:s['’])?\p{Ll}{3,}ant)\s"
)
_SENTENCE_ARTICLES = frozenset("le la les".split())  # (French: English `MS The results` is a transcript's speaker)
_LOWER_WORD_AFTER = regex.compile(r"\s+\p{Ll}")
_OPENING_ADVERB_ENDS = {"fr": "ment", "en": "ly"}
_NOT_LY_WORDS = frozenset(_NOT_LY_ADVERBS.split("|")) | {"italy", "sicily", "anomaly", "monopoly"}  # (and names)
_TIME_AFTER_FIRST = frozenset(  # the words `_TIME_AFTER_SUBJECT` can open with (a set test before the pattern)
    "peu juste quelques plusieurs deux trois quatre cinq dix de temps secondes minutes heures jours semaines mois ans "
    "années just shortly soon a few several two three seconds minutes hours days weeks months years moments".split()
)  # (and digits)
_NEW_CLAUSE = frozenset("tandis alors pendant puisque car mais while whereas although though but because".split())


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
# ministre aussi a déclaré`): no part of the subject. Lower case only, and longer than six letters; in English the
# -ly endings of adverbs that no common noun and no name has (not `family`, `assembly`, `Connolly`, `Stanley`;
# thirty-eighth pass: `ally`, `ibly`, `ably`, `arly`, `ingly`, so `initially`, `formally`, `notably` go too; the
# same endings, capitalised, make a sentence adverb: `Specifically,`); in French no -ment (`le gouvernement`)
_EN_ADVERB_ENDS = ("ously", "ently", "antly", "edly", "ately", "ally", "ively", "fully", "ssly", "ibly", "ably", "arly",
                   "ingly")
_SUBJECT_ADVERBS = frozenset(
    "also later then again once yesterday today earlier recently previously publicly privately firmly openly long "
    "always never often already "
    "strongly briefly flatly bluntly quickly simply further aussi également ensuite enfin pourtant alors hier lundi "
    "mardi mercredi jeudi vendredi samedi dimanche".split()
)
_ELIDED_OPENERS = ("l'", "l’", "s'", "s’", "n'", "n’", "c'", "c’")
# auxiliaries and modals that end a subject's segment when an adverb or an incise stands before the participle
# (lower case, as written; thirteenth pass)
_TRAILING_AUX = {
    "en": frozenset("has have had will would could should may might must".split()),
    "fr": frozenset("a ont avait avaient aurait auraient s'est s’est s'était s’était".split()),  # `Il s'est dit`
}
_NO_WORDS: frozenset[str] = frozenset()
_RELATIVE_NEXT = re.compile(r"\s+(?:who|qui)\b")  # a relative pronoun right after a span: the span is its antecedent
_PRONOUN_THEN_WORD = re.compile(r"(?P<pron>\w+)\s+(?=[a-zà-ÿ])")  # a first word, then a lower-case one
# documents that a source preposition may name (`According to official statements, Trump, …`; singular forms, a
# final s or x is read as the plural; thirteenth pass)
_DOCUMENTS = frozenset(
    "statement document report record filing communiqué communique study survey poll data figure estimate "
    "déclaration rapport étude sondage chiffre estimation".split()
)
# French nouns that end like an imperfect (`le portrait`, `un extrait`, `son souhait`): no verb (thirteenth pass)
_FR_AIT_NOUNS = ("trait", "fait", "lait", "souhait")
_SOURCE_PREP_BEFORE = re.compile(r"(?:[Ss]elon|[Aa]ccording\s+to|[Dd]['’]après)\s*\Z")
_PUBLISHED_BY = re.compile(r"\w+(?:\s+[a-zà-ÿ]+){0,2}?\s+(?:by|par)\s+")
# after `and` in an apposition: lower-case words of a title, then a full name, then its comma
_TITLE_AND_NAME = re.compile(r"\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,4}\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}\s*,")
_COORD_BEFORE = re.compile(r"[\s,]*(?:et|and)\s+\Z")
_NP_COORD = re.compile(r"\s+(?:du|des|de\s+la|de\s+l['’]|d['’]|of)\s", re.IGNORECASE)
_NAME_PARTICLES = ("al-", "el-", "ad-", "ar-", "as-", "ash-", "an-", "ibn-", "bin-", "ben-")
_RELATIVE_SUBJECT = frozenset(("which", "who", "qui"))
# words that are no speaker on their own: places, a reflexive clitic opening a participle (`Se disant « … », le
# conseil`), demonstratives (`Ceci, afin de « … »`; thirty-seventh pass)
_NEVER_ALONE = frozenset(("there", "here", "là", "ici", "se", "s'", "s’", "ceci", "cela", "ça"))
_AGENT_WORDS = frozenset(("par", "by", "from", "selon"))
_NP_PREPS = frozenset(("on", "of", "for", "at", "in", "de", "du", "des", "sur", "pour"))  # inside a noun phrase
# French object, reflexive and negation clitics between a subject and its verb (lower case, as written)
_FR_CLITICS = frozenset("se s' le la les l' lui leur nous vous me m' te t' y en ne n'".split())
_NOT_BEFORE_CLITIC = frozenset("de d' d’ du dès a quant".split())
_OPENERS = frozenset(
    "pourtant néanmoins cependant toutefois ainsi enfin or donc aussi ensuite puis alors également d'ailleurs "
    "however meanwhile nevertheless nonetheless also furthermore moreover instead still thus therefore later "
    "earlier then là ici here there otherwise sinon".split()
)
# words opening a subordinate or comparative clause before the main subject (seventh pass)
_SUBORDINATE = frozenset(
    "bien alors tandis parce puisque lorsque quand si comme plus moins avant après although though while because "
    "since if when unless whereas".split()
)
_SUBORDINATE_ELIDED = ("lorsqu", "puisqu", "quoiqu")
WINDOW = 400  # characters searched before a quote for its cue: keeps every lookup bounded (linear documents)
MAX_SPEAKER_TOKENS = 10


_ALSO = frozenset(("also", "later", "then", "again"))
_OF_ARTICLES = frozenset("la le les l' l’ du des of the".split())  # (the article of a ministry's domain)
# words that open an adjunct after a cue, besides prepositions (`"…," Henry said prior to the execution`; 26th pass)
_ADJUNCT_OPENERS = frozenset("prior ahead shortly just soon amid near alongside despite durant suite".split())
# a French date after a subject (`a déclaré le chef de l'État le 16 mars`; thirtieth pass: the date spoke with it)
_FR_DATE_AFTER = re.compile(_FR_DATE + r"(?!\w)")
# words that end a speaker after an inverted cue, besides the grammar's stops: an adjunct opens after the name
# (`s'est défendu Bruno Le Roux concernant le jeune âge de ses filles`; not `near`, `just`, which may belong to it:
# `said a resident near the site`; 27th pass)
_SPEAKER_ENDS = frozenset("prior ahead shortly amid amidst despite regarding concerning durant suite concernant "
                          "malgré depuis without sans about".split())
_VERB_PARTICLES = frozenset("on to up out back off in".split())  # (`Going on to say`)
_SEQUENCE_ADVERBS = _ALSO | {"further", "finally"}  # (`Further going on to say`)
# capitalised words after `and`, up to the comma of an aside (`The British Beer and Pub Association, in a press
# release …, states`: one name, twenty-sixth pass)
_CAPITALISED_RUN_COMMA = re.compile(r"\s+(?:[A-ZÀ-Ý][\w'’-]*\s+){0,3}[A-ZÀ-Ý][\w'’-]*,")
# conjunctions that open a subordinate clause inside a window (`The strike erupted after the government announced`)
_SUBORDINATORS = frozenset("after before when because since until once although though whereas "
                           "quand lorsque lorsqu' lorsqu’ puisque".split())
# the writer as a subject (not `nous`, which may be an object: `La ministre nous a confié`)
_WRITER_SUBJECTS = frozenset(("I", "we", "We", "je", "Je"))
# words that open a title in apposition (`Tony Blair, former British Prime Minister said`)
_TITLE_MODIFIERS = frozenset("former then acting incoming outgoing ancien ancienne actuel actuelle".split())
# `…, comme celle du démembrement, et conclut`, `…, puis a déclaré`: a comma, then `et` or `puis` right before a
# French cue (and its auxiliary)
_FR_COMMA_COORD = re.compile(r",\s*(?:et|puis)\s+(?:\w+\s+)?$")
# determiners that stand alone for people (`Another added: "…"`, `Some said that`, `One said`; twenty-fourth pass)


class SpeakerRules(DocLookups):
    """The speaker searches, on top of the document's lookups."""

    def __init__(self, text: str, quotes: list[Quotation], lang: str, ignored: list[Span]) -> None:
        super().__init__(text, quotes, lang, ignored)
        if lang == "fr":
            for c in self.cues:
                if c.verbal and c.inv is None and elided_inversion(text, c.start):
                    # `C'est ce qu'a annoncé X`, `comme l'a déclaré X`: the subject follows the cue
                    c.inv = self.speaker_after(c.end, min(len(text), c.end + SPEAKER_WINDOW))[0]

    # -- speakers --------------------------------------------------------------------------------------
    def _valid(self, toks: list[tuple[int, int, bool]]) -> Span | None:
        toks = [t for t in toks if t[2]]
        text = self.text
        if toks and self.low(toks[0][0], toks[0][1]) in OPENING_FIRST and (
            opening := opening_end(text, toks[0][0])
        ) is not None:
            # `Last year then-president of US group Victims of Pan Am Flight 103 told`: the opening phrase goes
            # before the length limit counts the words
            toks = [t for t in toks if t[0] >= opening]
        n = len(toks)
        if not n or n > MAX_SPEAKER_TOKENS:
            return None
        if n > 2 and text[toks[1][0]].isdigit() and self.low(toks[2][0], toks[2][1]) in _MONTHS:
            return None  # `Publié le 31 décembre 2014`: a date, no speaker
        first = self.low(toks[0][0], toks[0][1])
        if (first in _FINITE_AUX.get(self.lang, _NO_WORDS) or first == "do") and text[toks[0][0]].islower():
            # `a website URL that is in China and adding`, `What do I even say`: a lower-case finite auxiliary or
            # copula opens a clause's predicate, no subject (twenty-ninth pass)
            return None
        j = 1 if self.lang == "en" and n > 2 and first in _SEQUENCE_ADVERBS else 0
        if self.lang == "en" and n > j + 1 and self.low(*toks[j][:2]).endswith("ing") and text[toks[0][0]].isupper() \
                and all(self.low(t[0], t[1]) in _VERB_PARTICLES for t in toks[j + 1 :]):
            # `Going on to say "…"`: a participle and its particles open the sentence; no subject (twenty-sixth
            # pass; not `Conflicting reports`)
            return None
        if self.lang == "fr" and (inv := _FR_INVERTED_AUX.fullmatch(text, toks[0][0], toks[0][1])) is not None:
            return inv.start("pron"), inv.end("pron")  # `a-t-il d'abord affirmé`: the pronoun (twenty-sixth pass)
        if self.lang == "fr" and first.endswith("ant") and len(first) > 4 and text[toks[0][0]].islower() \
                and "'" not in first and "’" not in first and first not in self.g.stops \
                and first not in _FR_ANT_WORDS and not is_speaker_noun(first, "fr"):
            return None  # `liant Saccorhytus à l'être humain, estimant`: a participle's clause, no subject (26th)
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
        if first in _OPENERS:
            if len(toks) == 1:
                return None  # `Ainsi, le ministre …, X, a indiqué regretter`: a lone sentence adverb (37th pass)
            toks = toks[1:]  # `Or l'universitaire belge considère`, `However the minister said`
            first = self.low(toks[0][0], toks[0][1])
        elif n == 1 and self._sentence_adverb(toks[0]):
            return None  # `Specifically, she was directing …`: a lone sentence adverb (thirty-eighth pass)
        elif len(toks) > 2 and text[toks[0][0]].isupper() and len(first) > 5 and first not in _NOT_LY_WORDS \
                and first.endswith(_OPENING_ADVERB_ENDS.get(self.lang, "\0")) \
                and self.low(toks[1][0], toks[1][1]) in self.g.det:
            # `Actuellement la police peut demander`, `Separately the ministry said`: a sentence adverb before the
            # subject's determiner (twenty-fifth pass: it was part of the speaker)
            toks, n = toks[1:], n - 1
            first = self.low(toks[0][0], toks[0][1])
        opening = opening_end(text, toks[0][0]) if first in OPENING_FIRST else None
        if opening is not None:  # `De son côté le ministre`, `Plus tard`, `Parmi les raisons` (eighth pass)
            toks = [t for t in toks if t[0] >= opening]
            if not toks:
                return None
            n, first = len(toks), self.low(toks[0][0], toks[0][1])
        if len(toks) == 1 and (first in self.g.stops or first in self.g.bounds or first in self.g.det
                               or first in _NEVER_ALONE) and first not in PEOPLE_WORDS:
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
            any(w[:1].isupper() or w[:1] in "#@" or (w[1:2].isupper() and w[2:3].isupper()) for w in words)
            # (`iTELE`: a name in capitals after a lower-case letter, seventeenth pass)
            or first in self.g.det
            or first in PEOPLE_WORDS  # (`others report that`, `Another added:`)
            or (len(toks) > 1 and (first in _NUMBER_WORDS or first.isdigit()) and self.low(*toks[1][:2]) not in _MONTHS
                and any(is_speaker_noun(w, self.lang) for w in words[1:4]))  # `two people familiar with …` (24th)
            or first in self.g.singular
            or first in self.g.plural
            or first in self.g.writer
            or (first[:2] in ("l'", "l’") and len(toks) >= 1)
            or (len(toks) <= 2 and is_speaker_noun(words[-1], self.lang))  # `according to police`, `officials`
            or (len(toks) <= 2 and self.lang == "en" and words[-1].lower().removesuffix("s") in _DOCUMENTS)
            or (len(toks) == 3 and plural_form(words[-1]) and (
                is_speaker_noun(words[-1], self.lang)
                or (self.lang == "en" and words[-1].lower().removesuffix("s") in _DOCUMENTS)
            ) and not any(self._verb_like(t) for t in toks[:-1]))  # `multiple news outlets`, `senior health officials`
        ):  # (`according to (multiple) reports`, `news reports say`: a document source, sixteenth pass)
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
        got = (self._after_relative_que(cue_start) or self._inverted_aside(cue_start)) if self.lang == "fr" \
            else self._aside_subject(lo, cue_start)
        if got is not None:
            self._before[key] = got
            return got
        got = self._speaker_before(lo, cue_start, shared)
        if got is None and self.text[max(lo, cue_start - 4) : cue_start].rstrip().endswith("),"):
            got = self._speaker_before(lo, cue_start, shared, comma_paren=False)
        if got is not None:
            got = self._noun_phrase_of(got, cue_start)
        if got is not None and self.lang == "fr" and self.text.endswith((" d'", " d’"), got[0], got[1]):
            got = (got[0], got[1] - 3)  # `Et le ministre d'ajouter :`: the elided `de` of the infinitive (32nd pass)
        if shared and got is not None and _COORD_END.search(self.text, max(lo, cue_start - 12), cue_start) and (
            self.text[got[0] - 2 : got[0]].strip().isalpha() and not self._speakerish(got)
        ):
            # `X rejected A between B and C, and denied`: a noun phrase right after a word (a preposition, a verb:
            # an object) is no subject of the coordinated cue
            got = self._clause_subject(cue_start, got[0]) or got
        if got is not None and (pronoun := _PRONOUN_THEN_WORD.match(self.text, got[0], got[1])) is not None and (
            (w := pronoun.group("pron").lower()) in self.g.singular or w in self.g.plural or w in self.g.writer
            or w in ("you", "vous")
        ):
            # `we mingled with all the other people`, `they almost all`, `I can`: a subject pronoun, then its
            # predicate or a quantifier; the pronoun speaks (twenty-ninth pass), unless a relative follows (`he
            # associated with producers who promised`: the antecedent's, no answer here)
            got = None if _RELATIVE_NEXT.match(self.text, got[1]) else pronoun.span("pron")
        if got is not None and got[1] - got[0] < 8 and (
            contracted := _CONTRACTED_PRONOUN.fullmatch(self.text, got[0], got[1])
        ) is not None:
            got = (got[0], contracted.end("pron"))  # `which they've said`: the pronoun (twenty-fifth pass)
        if got is not None and self.lang == "en" and got[1] - got[0] > 10 and not self.text.endswith(
            " to", got[0], got[1]
        ) and self.text[got[1] : cue_start].split()[:1] != ["who"]:
            # (`led Biden to`: the infinitive's rules read the verb; `he associated with producers who promised`: the
            # relative's antecedent ends the span, no verb inside it ends the subject)
            toks = [t for t in self.tokens(got[0], got[1]) if t[2]]
            k = next((i for i in range(1, len(toks)) if self._finite_verb_en(toks, i)), None) if len(toks) > 2 \
                else None
            if k is not None:
                # `La Riva agreed and … said`, `They released a statement which said`: a finite verb inside the
                # span ends the subject (twenty-sixth pass)
                got = (got[0], toks[k - 1][1])
        self._before[key] = got
        return got

    def _aside_subject(self, lo: int, cue_start: int) -> Span | None:
        """`The plan, critics say, is "…"`, `The victims were, police said, "…"`: an English attribution set between
        commas inside the clause; its subject is the few words after the first comma (nineteenth pass)."""
        m = _ASIDE_NP_BEFORE.search(self.text, max(lo, cue_start - 50), cue_start)
        if m is None or not (c := _CUE_THEN_COMMA.match(self.text, cue_start)) or c.group("verb").endswith("ing"):
            return None
        if self.lex.lemma(c.group("verb")) not in ASIDE_VERBS or not (
            _WORD_NEXT.match(self.text, c.end()) or _LOWER_QUOTE_NEXT.match(self.text, c.end())
        ):
            # (the clause goes on after the aside: not `Ludwig Koch, her father said, "…"`; a quote that goes on
            # with the clause in lower case, `The suspect, police said, "had no known address."`, twentieth pass)
            return None
        if self.text.endswith("ed", m.start("np"), m.start("np") + len(m.group("np").split()[0])):
            return None  # `contradicted witness reports,`: a verb and its object
        toks = self.tokens(m.start("np"), m.end("np"))
        if not toks or len(toks) > 4 or not all(t[2] for t in toks) or any(self._verb_like(t) for t in toks[1:]):
            return None
        head = self.text[toks[-1][0] : toks[-1][1]]
        if not (head[:1].isupper() and "." not in head or is_speaker_noun(head, self.lang)
                or head.lower() in self.g.singular or head.lower() in self.g.plural):
            return None  # (a name, people or a pronoun: not `the recently [concluded]`, `Washington, D.C., saying`)
        return self._valid(toks)

    def _inverted_aside(self, cue_start: int) -> Span | None:
        """`Le plan, a dit Doe, était « … »`, `Le plan, estime le ministre, est`: a French attribution set between
        commas inside the clause, its subject after the verb (twentieth pass)."""
        if not _COMMA_END.search(self.text, max(0, cue_start - 3), cue_start):
            return None
        cue = self.verbal_cue_at(cue_start)
        if cue is None or cue.lemma not in ASIDE_VERBS or cue.inv is not None:
            return None  # (`, a-t-il dit,`: the fused pronoun's own rules)
        sp, sp_end = self.speaker_after(cue.end, self.sentence(cue_start)[1])
        if sp is None or not self._speakerish(sp) or not (c := _COMMA.match(self.text, sp_end)) \
                or not _WORD_NEXT.match(self.text, c.end()):
            return None
        words = self.low(*sp).split()
        if len(words) > 6 or words[0] in _FR_POSSESSIVES:
            return None  # `X, a annoncé son intention de …, et`: the object of a cue with its subject before it
        return sp

    def _after_relative_que(self, cue_start: int) -> Span | None:
        """`C'est ce qu'a annoncé le 23 juillet le porte-parole de Scotland Yard`, `ce que rapporte le journal`: after
        the relative `que`, French puts the subject after the verb (nineteenth pass)."""
        if not _QUE_BEFORE.search(self.text, max(0, cue_start - 5), cue_start):
            return None
        cue = self.verbal_cue_at(cue_start)
        if cue is None:
            return None
        if cue.inv is not None:
            return cue.inv  # (`qu'a-t-il dit`: the fused pronoun)
        sp, _ = self.speaker_after(cue.end, self.sentence(cue_start)[1])
        return sp

    def _noun_phrase_of(self, sp: Span, cue_start: int) -> Span | None:
        """A speaker found before a cue, cut before the clause it may run into: at a finite auxiliary after its
        first word (`La ministre Marisol Touraine a par conséquent` → `La ministre Marisol Touraine`, `Police have
        only` → `Police`), with the object pronouns left before it (`Il en a profité pour` → `Il`); before a relative
        pronoun that ends it (`l'UVF qui`); none when a semicolon separates it from the cue (`LAPD charged X;
        earlier reports indicated`; sixteenth pass)."""
        text = self.text
        if text.find(";", sp[1], cue_start) >= 0:
            return None
        if self.lang == "en" and sp[1] - sp[0] <= 7 and (m := _PRONOUN_AUX.fullmatch(text, sp[0], sp[1])):
            return sp[0], m.end("pronoun")  # `He's said`, `They've said`: the pronoun, not its auxiliary
        chain = _INF_CHAIN.get(self.lang)
        if chain is not None and text.endswith(_CHAIN_ENDS, sp[0], sp[1]) and (
            m := chain.search(text, max(sp[0], sp[1] - 60), sp[1])
        ) is not None and m.start() > sp[0]:
            sp = (sp[0], m.start())  # `Doe went on to [say]`, `Doe s'est empressé de [dire]`: the chain's subject
        if self.lang == "en" and sp[1] - sp[0] > 12:
            inner = self._reported_reporter(sp, cue_start)
            if inner is not None:
                return inner
        governed = self._infinitive_subject(sp, cue_start)
        if governed is not None:
            return governed
        finite = _FR_FINITE if self.lang == "fr" else _FINITE_AUX.get(self.lang)  # (`Les diffuseurs ne pourront`)
        if finite is None or sp[1] - sp[0] < 6 or " " not in text[sp[0] : sp[1]]:
            return sp
        words = [t for t in self.tokens(sp[0], sp[1]) if t[2]]
        if len(words) > 1 and self.low(*words[-1][:2]) in _RELATIVES:
            return words[0][0], words[-2][1]  # `l'UVF qui [avait déclaré la guerre …] a indiqué`: the antecedent
        k = next((i for i, (a, b, _) in enumerate(words) if i and text[a:b] in finite), None)  # (`Le groupe A a`)
        if k is None or any(self.low(a, b) in _RELATIVES for a, b, _ in words[1:k]):
            return sp  # (`Certains militants qui ont assisté à la réunion`: the auxiliary of a relative clause)
        while k > 1 and self.low(*words[k - 1][:2]).replace("’", "'") in _FR_CLITICS:
            k -= 1
        return words[0][0], words[k - 1][1]

    def _infinitive_subject(self, sp: Span, cue_start: int) -> Span | None:
        """The speaker of an infinitive cue found as the clause before it (24th pass): the subject of the finite
        verb that governs the infinitive, which ends the noun phrase (`Researchers used the binary mass function to
        conclude`, `France Télécom n'aurait jamais pris le soin de lui expliquer que`, `Ils veulent organiser une
        marche … pour montrer que`); after `led`, `urged`, `asked` … the object (`led Biden to say`). None when the
        cue is no infinitive or no finite verb is found (a noun in -é or -ed after a determiner or `de` is none)."""
        text = self.text
        if self.lang not in ("en", "fr") or " " not in text[sp[0] : sp[1]] or (
            self.lang == "en" and not text.endswith(" to", sp[0], sp[1])  # (`_INF_CHAIN` reads a verb right before)
        ):
            return None
        cue = self.verbal_cue_at(cue_start)
        form = None if cue is None else text[cue.start : cue.end] if self.lang == "en" else \
            text[cue.start : cue.end].lower()
        if cue is None or form != cue.lemma and not (self.lang == "fr" and form.startswith(("avoir ", "être "))):
            return None  # (a French past infinitive is one too: `Il confie avoir relevé « … »`, 25th pass)
        words = [t for t in self.tokens(sp[0], sp[1]) if t[2]]
        if self.lang == "en":
            k = next((i for i, t in enumerate(words) if i and text[t[0]].islower() and (
                (w := self.low(t[0], t[1])) in _EN_VERBS or w.endswith("ed")
            ) and self.low(*words[i - 1][:2]) not in self.g.det), None)  # (not a plural in -s: `the army's actions`)
            if k is not None and self.low(*words[k][:2]) in _EN_OBJECT_CONTROL and 1 <= len(words) - k - 2 <= 5:
                return words[k + 1][0], words[-2][1]
        else:
            k = next((i for i, t in enumerate(words) if i and (
                self._verb_like(t) or self.low(t[0], t[1]) in _FR_GOVERNING or self.verbal_cue_at(t[0]) is not None
            ) and self.low(*words[i - 1][:2]) not in self.g.det and self.low(*words[i - 1][:2]) not in _OF), None)
            while k is not None and k > 1 and self.low(*words[k - 1][:2]).replace("’", "'") in _FR_CLITICS:
                k -= 1  # (`Il en a profité pour dire`: the clitic goes with the verb)
        return (words[0][0], words[k - 1][1]) if k is not None else None

    def _reported_reporter(self, sp: Span, cue_start: int) -> Span | None:
        """`The student said a friend told her four people had been shot`, `De Maiziere said reports suggested`:
        a reporting verb inside the subject found for a later cue (English, whose `that` may be left out) makes the
        words after it that verb's object clause. The report is the outer one's (the dev gold's convention): its
        subject speaks, and the span stops before its verb (twenty-fourth pass; before, `The student said a
        friend`). But after a relative pronoun the words after the verb are the antecedent (`criticizes President
        García, who said that`: García). The verb is a lower-case inflected form of a cue (`noted`, `says`), not a
        participle, not after a determiner (`the reports`), not in a relative clause itself (`The man who
        reported the crime said`); the words after it are a short noun phrase headed by a name, a noun of people
        or a document."""
        text, lex = self.text, self.lex
        forms = lex.forms
        if not any(w in forms and w.islower() for w in text[sp[0] : sp[1]].split()[1:-1]):
            return None  # no inflected cue form inside (most subjects): one C split instead of the tokens
        toks = [t for t in self.tokens(sp[0], sp[1]) if t[2]]
        for k in range(len(toks) - 2, 0, -1):
            w = text[toks[k][0] : toks[k][1]]
            if not w.islower() or w.endswith("ing") or (lemma := lex.lemma(w)) is None or lemma == w:
                continue
            before = self.low(*toks[k - 1][:2])
            if before in self.g.det or before in _OF or any(
                self.low(*t[:2]) in _RELATIVES for t in toks[max(0, k - 3) : k]
            ):
                return None
            rest = toks[k + 1 :]
            if len(rest) > 5 or self.low(*rest[0][:2]) in _NOT_CLAUSE_START:
                return None
            head = text[rest[-1][0] : rest[-1][1]]
            if not (head[:1].isupper() or is_speaker_noun(head.lower(), "en") or self._document_np(rest)):
                return None
            if any(self.low(*t[:2]) in _RELATIVES for t in self.tokens(sp[1], cue_start) if t[2]) or (
                (cue := self.verbal_cue_at(cue_start)) is not None and cue.lemma in OUTCRIES
            ):  # (`Witnesses said the women shouted "…"`: words cried out are the crier's, check13's; 37th pass)
                return self._valid(rest) or (rest[0][0], rest[-1][1])  # (`local news reports`: no determiner)
            return self._valid(toks[:k])
        return None

    def _cue_before_quote(self, gap_lo: int, cue_start: int) -> tuple[Cue, int] | None:
        """The last verbal cue before the quotation that ends at ``gap_lo`` in its sentence (within ``WINDOW`` of
        ``cue_start``), with that sentence's start: the cue whose subject a cue right after the quotation shares."""
        s_lo = self.sentence(gap_lo - 1)[0]
        prev = [c for c in self.cues_in(max(s_lo, cue_start - WINDOW), gap_lo) if c.verbal]
        return (prev[-1], s_lo) if prev else None

    def _subject_of_cue(self, cue: Cue, s_lo: int) -> Span | None:
        """The speaker of ``cue``: its fused pronoun (`dit-il`), else the subject before it from ``s_lo``."""
        return cue.inv if cue.inv is not None else self.speaker_before(s_lo, cue.start, shared=False)

    def _speaker_before(self, lo: int, cue_start: int, shared: bool, comma_paren: bool = True) -> Span | None:
        """``comma_paren``: read `(…),` right before the cue as an aside (False: the second try when that gave
        nothing, `Le professeur Prasad, un expert … au Fonds monétaire international (FMI), estime`)."""
        k = bisect.bisect_right(self.gap_starts, cue_start) - 1
        if k < 0:
            return None  # (no text outside the quotations before ``cue_start``: `« n'ordonné n'` unclosed at 0)
        gap_lo = self.gaps[k][0]
        if self.lang == "en" and (what := _WHAT_NP_BEFORE.search(self.text, max(lo, cue_start - 50), cue_start)):
            return what.span("np")  # `met with what WalesOnline called "…"`: the relative's subject (sixteenth pass)
        participle = bool(_PARTICIPLE.get(self.lang) and _PARTICIPLE[self.lang].match(self.text, cue_start))
        if self.lang == "fr" and (inf := self.verbal_cue_at(cue_start)) is not None and " " not in self.text[
            inf.start : inf.end
        ] and self.text.endswith(("er", "ir", "re"), inf.start, inf.end) and (
            seen := _FR_PERCEIVED_NP.search(self.text, max(lo, cue_start - 100), cue_start)
        ) is not None:
            return seen.span("np")  # an infinitive after a perception verb: the one heard or seen saying it (37th)
        if participle and self.lang == "en" and (obj := _OBJECT_BEFORE.search(self.text, max(lo, cue_start - 6),
                                                                               cue_start)) is not None:
            return obj.start(), obj.end("obj")  # `showed him shouting "…"`, `heard her saying "…"` (fifteenth pass)
        if participle and (writing := _WRITING_BEFORE.get(self.lang)) and (
            doc := writing.search(self.text, max(lo, cue_start - 90), cue_start)
        ):
            return doc.span("np")  # `left a suicide note in his home stating "…"`: the writing (twenty-ninth pass)
        if participle and (self.lang == "fr" or self.text.startswith(_OUTCRY_FORMS, cue_start)) and (
            people := _PEOPLE_BEFORE.search(self.text, max(lo, cue_start - 60), cue_start)
        ) and is_speaker_noun(people.group("head"), self.lang):
            # `des manifestants scandant « … »`: the people, not the clause's subject (in English only for outcries:
            # `told reporters saying` is rarer than a missing comma, `Santiago told witnesses claiming`)
            return people.span("np")
        having = _HAVING_BEFORE.search(self.text, max(lo, cue_start - 8), cue_start) if self.lang == "en" else None
        w_end = having.start() if having is not None else cue_start  # `with X having declared`: a perfect participle
        if (participle or having is not None) and self.lang == "en" and (
            with_np := _WITH_NP_BEFORE.search(self.text, max(lo, w_end - 60), w_end)
        ) and not _NOT_IN_WITH_NP.search(with_np.group("np")) and (
            (head := _np_head(with_np.group("np")))[:1].isupper() or is_speaker_noun(head, "en")
            or head in ("source", "sources")
        ):
            # `…, with a police source saying: "…"`: the people after `with` are the participle's subject, not the
            # clause's (fifteenth pass; not `with a task saying …`)
            return with_np.start("np"), with_np.end("np")
        if participle and self.lang == "en" and (
            and_np := _AND_NAME_BEFORE.search(self.text, max(lo, cue_start - 60), cue_start)
        ) and self.text[max(lo, and_np.start() - 4) : and_np.start() + 1].rstrip(" ,")[-1:] in _CLOSING:
            # `with X calling A "…" and Ross Spano of Florida calling B "…"`: a name after `and` and a quotation is
            # the subject of its own participle (sixteenth pass)
            return and_np.start("np"), and_np.end("np")
        if shared and participle and gap_lo and _LEAD.fullmatch(self.text, gap_lo, cue_start):
            # `X says "…", telling Bloomberg`: right after a quote, the participle shares the subject of the cue
            # before that quote, in the same sentence
            found = self._cue_before_quote(gap_lo, cue_start)
            if found is not None:
                return self._subject_of_cue(*found)
        gerund = participle and self.lang == "fr" and _GERUND_EN.search(self.text, max(lo, cue_start - 9), cue_start)
        if shared and gerund:
            # `Oscar Munoz, le PDG, s'est excusé « … » dans un communiqué en expliquant que`: a gerund's subject is
            # the name opening its sentence, not the noun before it (sixteenth pass; an inverted subject still wins)
            s_lo = self.sentence(cue_start)[0]
            before = self.last_verbal_cue_in(s_lo, cue_start)  # (not the list of them all: a run-on sentence)
            if before is not None and (before.inv is not None or _QUE_BEFORE.search(
                self.text, max(0, before.start - 5), before.start
            )):
                # `C'est ce qu'a annoncé X, en ajoutant que`, `a déclaré X, en précisant`: the inverted subject of
                # the cue before (nineteenth pass)
                inverted = before.inv or self._after_relative_que(before.start)
                if inverted is not None:
                    return inverted
            if self.last_inverted_cue_in(s_lo, cue_start) is None:
                subj, named = self.subject(s_lo, cue_start)
                if subj is not None and named and " " in self.text[subj[0] : subj[1]]:
                    return subj
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
        w_lo = max(lo, cue_start - SPEAKER_WINDOW)
        w_min = max(lo, w_lo - 40)  # (a word's length at most: bounded work for a long run of letters)
        while w_lo > w_min and self.text[w_lo - 1].isalnum() and self.text[w_lo].isalnum():
            w_lo -= 1  # the window's edge inside a word takes the whole word (`he NICRA` for `The NICRA`; 37th pass)
        toks = self.tokens(w_lo, cue_start)
        segs: list[list[tuple[int, int, bool]]] = [[]]
        by_comma: list[bool] = [True]  # whether each segment follows punctuation (else a clause word)
        text, bounds = self.text, self.g.bounds
        for t in toks:
            if not t[2]:
                if text[t[0]] in ",;:()[]«»“”\"—–!?" and not (
                    text[t[0]] == ":" and text[t[0] - 1 : t[0]].isdigit() and text[t[1] : t[1] + 1].isdigit()
                ) and not (text[t[0]] == "," and (_DOTTED_PLACE.match(text, t[0]) or (
                    text[t[0] - 1 : t[0]].isdigit() and _THOUSANDS.match(text, t[1])
                ))):
                    # (not the colon of a time: `At about 5:17 p.m. his daughter reported`; not the comma of
                    # `Washington, D.C.`, seventeenth pass; nor a thousands separator: `A reported 50,000
                    # campaigners`, twenty-fourth pass)
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
                if w == "and" and segs[-1] and by_comma[-1] and all(
                    text[x[0]].islower() for x in segs[-1] if x[2]
                ) and _TITLE_AND_NAME.match(text, t[1], cue_start):
                    segs[-1].append(t)  # `, civil and environmental engineering professor Julian Marshall,`: one
                    continue  # title before a name (thirty-seventh pass: the apposition was cut at `and`)
                if (
                    w in ("et", "and") and segs[-1] and segs[-1][-1][2] and text[segs[-1][-1][0]].isupper()
                    and text[t[1] : t[1] + 1] == " " and text[t[1] + 1 : t[1] + 2].isupper()
                    and self.low(segs[-1][-1][0], segs[-1][-1][1]) not in self.g.stops
                    and all(text[x[0]].isupper() or self.low(x[0], x[1]) in _OF for x in segs[-1] if x[2])
                    and by_comma[-1] and (len(text[t[1] : cue_start].split()) <= 5
                                          or _CAPITALISED_RUN_COMMA.match(text, t[1], cue_start) is not None)
                ):
                    segs[-1].append(t)  # `The British Beer and Pub Association`, `Thierry et Véronique Roy`: one
                    continue  # name, or names coordinated as one subject (eighth pass)
                segs.append([])
                by_comma.append(False)
            elif ("'" in w or "’" in w) and (m := _ELIDED_BOUND.match(text, t[0], t[1])):  # needs an apostrophe
                segs.append([(m.end(), t[1], True)])  # `qu'il a qualifiées`: the bound, then the pronoun
                by_comma.append(False)
            elif w in _SENTENCE_ARTICLES and text[t[0]].isupper() and segs[-1] and segs[-1][-1][2] \
                    and text[segs[-1][-1][0]].isupper() and _LOWER_WORD_AFTER.match(text, t[1], cue_start):
                # `aux États-Unis Le bureau du coroner a indiqué`: a capitalised article after a name and before a
                # noun opens a sentence whose period is missing (not `Jean-Marie Le Pen`; twenty-fifth pass)
                segs.append([t])
                by_comma.append(True)
            else:
                segs[-1].append(t)
        if len(segs) > 1 and not by_comma[-1] and all(self.low(t[0], t[1]) in _ALSO for t in segs[-1] if t[2]):
            segs[-1] = []  # `…, and also said`: the adverb of a coordinated verb
        elif self.lang == "fr" and len(segs) > 2 and by_comma[-1] and segs[-1] and segs[-2] and self.low(
            *segs[-2][0][:2]
        ) in self.g.relative and all(self.low(t[0], t[1]).replace("’", "'") in _FR_CLITICS for t in segs[-1] if t[2]):
            segs[-1] = []  # `Sa tante, qui l'a connu, le décrit`: the clitics of the cue after a relative aside (37th)
        coordinated = False
        while segs and not segs[-1]:
            coordinated = coordinated or not by_comma[-1]
            segs.pop()
            by_comma.pop()
        if not segs:
            return None
        if self.lang == "fr" and participle and shared and len(segs) >= 2 and by_comma[-1] and not coordinated \
                and self._name_seg(segs[-1]) and (main := next((seg for seg in segs[:-1] if any(
                    self.low(*t[:2]) in _FR_FINITE for t in seg[1:] if t[2])), None)) is not None:
            # `Hamon a rencontré le président de la Commission, Jean-Claude Juncker, confiant que`: a name apposed
            # after the main verb; the detached participle is the subject's of that verb's clause (not `Ému,`
            # before it; thirty-seventh pass)
            subj, _ = self.subject(main[0][0], segs[-1][0][0])
            if subj is not None:
                return subj
        if len(segs) >= 2 and by_comma[-1] and segs[-2] and _WITH_ASIDE.match(self.text, segs[-1][0][0]):
            # `Planned Parenthood, along with the ACLU have announced`: the aside's closing comma is missing; the
            # subject comes before it (twenty-fifth pass: the aside spoke)
            segs, by_comma = segs[:-1], by_comma[:-1]
        elif (
            len(segs) >= 2 and by_comma[-1] and segs[-2] and segs[-2][-1][2] and segs[-1][0][2] and not toks[-1][2]
            and self.text[toks[-1][0]] == "," and _ASIDE_OPENER.match(self.text, segs[-1][0][0])
        ):
            # `Hajdu, speaking from Thunder Bay, said`, `Some experts, including Dr. David Fisman, say`: the aside
            # between commas right before the cue is no apposition; the subject comes before it (thirtieth pass:
            # the aside spoke when it ended with a name)
            segs, by_comma = segs[:-1], by_comma[:-1]
        if coordinated and shared:
            outer = self._reporter_of_clause(lo, cue_start)
            if outer is not None:
                return outer  # `X denied that P were killed and have called the article "…"`: X (sixteenth pass)
        if coordinated and shared and self.lang == "fr" and (cue := self.verbal_cue_at(cue_start)) is not None \
                and " " not in self.text[cue.start : cue.end] and self.text.endswith(_FR_BARE_PARTICIPLE_ENDS,
                                                                                   cue.start, cue.end):
            # `X a désapprouvé le fait que P ait coïncidé avec … et estimé que`: a bare participle after `et` shares
            # the auxiliary of the sentence's first compound verb, and so its subject (not the `que` clause's;
            # twenty-fourth pass)
            s_lo = max(lo, self.sentence(cue_start)[0], cue_start - WINDOW)  # (bounded: linear documents)
            first = _FR_COMPOUND.search(self.text, s_lo, cue_start)
            if first is not None and first.start() > s_lo:
                main = self.speaker_before(s_lo, first.start(), shared=False)
                if main is not None:
                    return main
        if coordinated and shared and gap_lo and lo == gap_lo and toks and toks[0][0] - gap_lo <= 3 \
                and self.text[toks[0][0]].islower() and not any(by_comma[1:]):
            # `X estime avoir « … » la publication et ajoute`, `X dénonce des « … » dont le journal est victime et
            # estime`: the words after the quote end its clause; the cue is coordinated with the verb before the
            # quote and shares its subject (eighteenth pass)
            found = self._cue_before_quote(gap_lo, cue_start)
            if found is not None:
                return self._subject_of_cue(*found)
            if self.lang == "fr":
                # `François Fillon, cependant, refuse de se « laisser abattre » par ces accusations et annonce`: no
                # cue before the quote; the sentence's subject, read up to the quote, is the coordinated cue's
                # (twenty-fifth pass: `ces accusations` spoke)
                i = bisect.bisect_right(self.quote_starts, gap_lo - 1) - 1
                s_lo = self.sentence(gap_lo - 1)[0]
                if i >= 0 and s_lo < self.quotes[i].start:
                    subj, _ = self.subject(s_lo, self.quotes[i].start)
                    if subj is not None:
                        return subj
        if coordinated and len(segs) > 1 and self._in_quotation(segs[-1][0][0]):
            q_start = self.quotes[bisect.bisect_right(self.quote_starts, segs[-1][0][0]) - 1].start
            s_lo = self.sentence(q_start)[0]
            if not self.text[s_lo:q_start].strip():
                # `Bush a vu dans la décision\n« … le soutien de la vie » et annoncé`: a quotation that opens its
                # sentence holds no subject; the subject of the sentence before speaks it (twenty-sixth pass: `le
                # soutien de la vie` spoke)
                prev = self.prev_sentence(s_lo)
                return self.subject(prev[0], prev[1])[0] if prev is not None else None
        if coordinated and shared and self.lang == "fr" and _FR_COMMA_COORD.search(
            self.text, max(lo, cue_start - 12), cue_start
        ):
            # `Yves Daoudal se félicite de ce qu'il considère comme « … », mais tempère …, et conclut`: after a
            # comma, `et` coordinates the cue with the sentence's main verb, whose subject it shares (twenty-sixth
            # pass: `les juges aient souligné l'existence …` spoke)
            s_lo = self.sentence(cue_start)[0]
            subj, _ = self.subject(s_lo, cue_start)
            if subj is not None and not self._in_quotation(subj[0]):
                return subj
        if coordinated and self.lang == "en":
            if len(segs) > 1 and self._in_quotation(segs[-1][0][0]):
                # `Duda characterised the deaths as "crushing" and wrote`: the words of a quotation are never the
                # subject; the clause before it has it
                segs, by_comma = segs[:-1], by_comma[:-1]
                while len(segs) > 1 and not segs[-1]:
                    segs, by_comma = segs[:-1], by_comma[:-1]
                if not segs[-1]:
                    return None
            if len(segs) > 1 and not by_comma[-1] and segs[-2] and len(segs[-1]) <= 3 \
                    and self.low(*segs[-1][0][:2]) not in self.g.det and not any(map(self._verb_like, segs[-1])):
                k = next((k for k, t in enumerate(segs[-2]) if k and t[2] and self._verb_like(t)), None)
                first = self._valid(segs[-2][:k]) if k is not None and not self._in_quotation(segs[-2][0][0]) else None
                if first is not None:
                    # `He visited the leaders of Libya and Iraq and said`, `La Riva regarded X as problematic but
                    # said`: the words after the bound end the first verb's object or complement; the coordinated
                    # cue shares that verb's subject (seventeenth pass)
                    return first
            if len(segs[-1]) > 1 and not self._in_quotation(segs[-1][0][0]):
                # `The post named a hit list of students, and also said`, `X confirmed the death, and said`: the
                # subject of the verb this one is coordinated with, not its object
                k = next((k for k, t in enumerate(segs[-1]) if k and t[2] and self._verb_like(t)), None)
                if k is not None:
                    segs[-1] = segs[-1][:k]
        elif coordinated and self.lang == "fr" and len(segs[-1]) > 2 and not self._in_quotation(segs[-1][0][0]):
            # `François Fillon refuse de se laisser abattre par ces accusations et annonce`, `Le président Macron
            # refuse de céder et annonce`: the (titled) name that opens the clause, before the lower-case verb the
            # cue is coordinated with (twentieth pass)
            seg, i = segs[-1], 0
            if self.low(*seg[0][:2]) in self.g.det:
                i = 1
            while i < len(seg) and self.text[seg[i][0]].islower() and is_speaker_noun(self.low(*seg[i][:2]), "fr"):
                i += 1
            j = i
            while j < len(seg) and (self.text[seg[j][0]].isupper() or self.low(*seg[j][:2]) in _OF
                                    or self.low(*seg[j][:2]).startswith(_NAME_PARTICLES)):
                j += 1
            w = self.low(*seg[j][:2]) if j < len(seg) else ""
            if j - i >= 1 and j >= 2 and j < len(seg) - 1 and w not in self.g.det and w not in self.g.stops \
                    and self.text[seg[j - 1][0]].isupper():
                segs[-1] = seg[:j]
        comma_paren = comma_paren and not toks[-1][2] and self.text[toks[-1][0]] == "," and len(toks) > 1 \
            and self.text[toks[-2][0]] == ")"  # (`président de l'Association (HAA), a commenté`: 18th pass)
        if len(segs) >= 2 and not toks[-1][2] and (self.text[toks[-1][0]] == ")" or comma_paren) and segs[-2]:
            # `Le premier ministre Robert Fico (Smer-DS) a dit`: the noun phrase before the parenthesis
            k = len(segs) - 1
            while k > 0 and not self.text[max(0, segs[k][0][0] - 2) : segs[k][0][0]].rstrip().endswith("("):
                k -= 1
            # only a short parenthesis (`(Smer-DS)`, `(PS)`) after a noun phrase that opens its chunk (not
            # `Organisation for … and Development (OECD)`, whose `and` split the name)
            if k > 0 and segs[k - 1] and len(segs[k]) <= 4 and k == len(segs) - 1 and (by_comma[k - 1] or k == 1):
                segs, by_comma = segs[:k], by_comma[:k]
        if (
            len(segs) >= 2 and by_comma[-1] and segs[-2] and toks[-1][2] and self._bare_title(segs[-1], capital=True)
            and len(segs[-1]) <= 8 and self._name_seg(segs[-2]) and len(segs[-2]) >= 2
            and (len(segs) == 2 or by_comma[-2])
            and self.text[max(0, segs[-1][0][0] - 3) : segs[-1][0][0]].rstrip().endswith(",")  # (not `(…) group`)
        ):
            # `John Sifton, researcher at Human Rights Watch said`: the apposition's closing comma is missing; the
            # name before the bare title speaks (twenty-fourth pass; the title was the speaker)
            return segs[-2][0][0], segs[-2][-1][1]
        last = segs[-1]
        inverted = self._inverted_subject(last, cue_start) if gap_lo and last[0][0] - gap_lo <= 12 else None
        if inverted is None and participle and shared and gap_lo and len(segs) >= 2 and all(by_comma[1:]) \
                and segs[0] and segs[0][0][0] - gap_lo <= 12:
            # `"…," said Sen. Susan Collins, R-Maine, adding that`: past the appositions of an inverted subject, the
            # participle shares that subject (twentieth pass)
            inverted = self._inverted_subject(segs[0], cue_start)
        if inverted is not None:
            return inverted
        incised = self._before_incise(segs, by_comma, toks)
        if incised is not None:
            return incised
        if participle and shared and len(segs) >= 2 and by_comma[-1] and segs[-2] and (
            len(last) <= 2 and all(self.low(t[0], t[1]) in ("en", "tout") for t in last)
        ) and by_comma[-2]:  # (also `tout en martelant`: twenty-ninth pass)
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
            found = self._cue_before_quote(gap_lo, cue_start)
            if found is not None:
                return self._subject_of_cue(*found)
        w_end = self.low(last[-1][0], last[-1][1]) if last[-1][2] else ""
        if w_end == "se" and len(last) > 3 and self.low(last[-2][0], last[-2][1]) == "qui":
            last, w_end = last[:-1], "qui"  # `par le maire qui se dit`: the reflexive after `qui` (eighth pass)
        if (
            self.lang == "en" and len(last) >= 2 and w_end in _RELATIVE_SUBJECT and last[-2][2]
            and self.text[last[-2][0]].islower() and is_speaker_noun(self.low(*last[-2][:2]), "en")
            and (not self._subject_start(last[0]) or any(self._verb_like(t) for t in last[1:-2]))
        ):  # (a clause before the relative: `The police arrested three protesters who said`)
            # `interviewed a number of current and former officials who believed that`: the noun of people before
            # the relative pronoun, with the lower-case words before it in its segment (24th pass; the subject
            # search went back past the clause to `However`)
            k = len(last) - 2
            while k > 0 and last[k - 1][2] and self.text[last[k - 1][0]].islower() \
                    and not self._verb_like(last[k - 1]) and self.low(*last[k - 1][:2]) not in self.g.stops:
                k -= 1
            if not (k and self.low(*last[k - 1][:2]) in _NP_PREPS):  # (`a spokesman for the army who`: the
                return last[k][0], last[-2][1]  # agent before its phrase, the rules below)
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
            ante = self._object_np(last[:-1]) if self.lang == "fr" else None
            if ante is not None:
                return ante  # `a rencontré un militant qui a déclaré`: the verb's object before the relative (32nd)
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
                if seg is segs[-2] and len(segs) >= 3 and segs[-3] and by_comma[-2] and (
                    self._bare_title(seg) or w_end in ("who", "qui") and self._person_apposition(seg)
                    and self._antecedent(segs[-3]) is not None  # (`a woman, a niece of X, who`: the woman)
                ):
                    continue  # `Kolawole Olaniyan, directeur … d'Amnesty International, qui`: the name before the
                    # title apposed to it, not the organisation ending the title (seventeenth pass); also with an
                    # article, for a person (`Jane Smith, a professor at Oxford, who said`; 39th pass)
                antecedent = self._antecedent(seg) if seg else None
                if antecedent is not None:
                    return antecedent
            if len(segs) >= 2 and segs[-2] and by_comma[-1]:
                np = self._final_np(segs[-2]) or self._object_np(segs[-2])
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
            and not self.text[segs[-2][-1][1] : last[0][0]].strip().startswith(":")  # (`Slovaquie : le premier
            # ministre Robert Fico traite`: a headline's topic, no apposition; eighteenth pass)
            and (not toks[-1][2] or all(self.text[t[0]].isupper() or self.low(t[0], t[1]).startswith(_NAME_PARTICLES)
                                        for t in segs[-2]))
        ):  # (no comma before the cue: `Présent à Lyon, le ministre a déclaré`, `Invité de RTL, le ministre`: an
            # adjunct that opens the sentence, not a name with its apposition; thirtieth pass)
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
        if not self._subject_start(last[0]) and not self._titled_name(last) and not (
            len(last) <= 2 and not by_comma[-1] and len(segs) >= 2 and last[-1][2]
            and ((is_speaker_noun(self.low(last[-1][0], last[-1][1]), self.lang)
                  and not _NP_AND_BEFORE.search(self.text, max(0, last[0][0] - 12), last[0][0]))
                 or (self.lang == "en" and self._document_np(last)))
        ) and not (by_comma[-1] and len(segs) >= 2 and self._bare_people(last)):
            # (`…, but police later confirmed`: a bare noun of people after a bound is the subject; seventeenth;
            # `…, and reports say`: a document's, twenty-fourth pass; `…, independent lawyers said`: 25th pass)
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
        if self.lang == "en" and len(last) > 4 and not participle:
            k = next((i for i, t in enumerate(last) if i >= 2 and t[2] and self.low(t[0], t[1]) == "who"), None)
            if k is not None and k + 2 < len(last) and all(self.text[t[0]].isupper() for t in last[k - 2 : k]):
                # `Republican state representative Terri Collins who sponsored the bill remarked`: a name, then a
                # relative clause with no commas: the name and its title (twenty-fifth pass: the clause spoke too)
                return last[0][0], last[k - 1][1]
        if len(last) > 3 and not participle:
            k = next((i for i in range(2, len(last) - 1) if last[i][2] and self.low(last[i][0], last[i][1])
                      in _SUBORDINATORS), None)
            if k is not None and any(t[2] and self._verb_like(t) and not (
                self.lang == "en" and self.text.endswith("s", t[0], t[1])  # (`a few weeks before his death`)
            ) for t in last[1:k]) and self._subject_start(last[k + 1]):
                # `The strike erupted after the French government announced`: a clause, then a subordinate one
                # whose subject the cue has (twenty-sixth pass: the whole clause spoke)
                last = last[k + 1 :]
        w_last = self.low(last[-1][0], last[-1][1])
        if len(last) > 1 and last[-1][2] and (w_last in self.g.singular or w_last in self.g.plural):
            return last[-1][0], last[-1][1]  # `what they called`, `ce qu'elle appelle`: the pronoun
        k = next((k for k in range(1, len(last)) if last[k][2] and self.text[last[k][0] : last[k][1]]
                  in _WRITER_SUBJECTS), None) if len(last) > 1 and self.lang in ("en", "fr") else None
        if k is not None and (k == len(last) - 1 or self._verb_like(last[k + 1])
                              or (last[k + 1][2] and self.text[last[k + 1][0]].islower())):
            # `Without any prejudice I want to tell you`, `In our dear country we can't … and tell`: the writer
            # (twenty-sixth pass: the words before the pronoun spoke)
            return last[k][0], last[k][1]
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
        if not self._name_seg(name) or (len(name) < 2 and not (
            len(head) >= 2 and self.low(head[0][0], head[0][1]) in self.g.det
            and is_speaker_noun(self.low(head[-1][0], head[-1][1]), self.lang)
            and self.text[head[-1][1] : name[0][0]].strip() == "," and not self.text[name[0][0] : name[0][1]].isupper()
            and not any(self.low(t[0], t[1]) in _OF for t in head)  # (`A spokesperson of X's parent company, Snap,`)
        )):  # (one word after a title with its determiner: `His opponent, Biden, in a message …, accused`; 32nd)
            return None
        if not any(t[2] and is_speaker_noun(self.low(t[0], t[1]), self.lang) for t in head):
            return None  # `In Paris, John Smith, …`: no title before the name
        return self._valid(name)

    def _bare_people(self, seg: list[tuple[int, int, bool]]) -> bool:
        """`independent lawyers`, `local residents`: two or three lower-case words ending in a plural noun of people,
        with no determiner: a subject after a comma (`While Mubarak was moved …, independent lawyers said`;
        twenty-fifth pass: the subordinate clause's subject spoke)."""
        if not 2 <= len(seg) <= 3 or not all(t[2] and self.text[t[0]].islower() for t in seg):
            return False
        head = self.low(seg[-1][0], seg[-1][1])
        return plural_form(head) and is_speaker_noun(head, self.lang) and not any(
            (w := self.low(t[0], t[1])) in self.g.det or w in self.g.relative or w in self.g.stops or self._verb_like(t)
            for t in seg[:-1])

    def _bare_title(self, seg: list[tuple[int, int, bool]], capital: bool = False) -> bool:
        """Whether ``seg`` opens with a lower-case noun of people and no determiner: a title in apposition
        (`directeur du programme …`, `spokesman for …`); with ``capital``, also a capitalised one before a
        lower-case word (`Ministre des mines`, not `Minister Smith`)."""
        if not seg or not seg[0][2]:
            return False
        if capital and len(seg) > 2 and self.low(seg[0][0], seg[0][1]) in _TITLE_MODIFIERS:
            # `former British Prime Minister`, `ancien ministre` (twenty-sixth pass): a title within four words
            return any(t[2] and is_speaker_noun(self.low(t[0], t[1]), self.lang) for t in seg[1:5]) and not any(
                self._verb_like(t) for t in seg[1:] if t[2])
        if self.text[seg[0][0]].isupper() and not (
            capital and len(seg) > 1 and seg[1][2] and self.text[seg[1][0]].islower()
        ):
            return False
        return is_speaker_noun(self.low(seg[0][0], seg[0][1]), self.lang)

    def _person_apposition(self, seg: list[tuple[int, int, bool]]) -> bool:
        """Whether ``seg`` is an article, then a noun of people within seven words and no verb: a person's title in
        apposition (`a professor at Oxford`, `the head of research at Oxford`, `un professeur à Lyon`)."""
        return len(seg) > 1 and self.low(seg[0][0], seg[0][1]) in self.g.det and any(
            t[2] and is_speaker_noun(self.low(t[0], t[1]), self.lang) for t in seg[1:8]
        ) and not any(self._verb_like(t) for t in seg[1:] if t[2])

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
        k = self._phrase_start(seg)
        if 1 < k and self.low(seg[k - 1][0], seg[k - 1][1]) in _NP_PREPS and len(seg) - k <= 3:
            return self._agent_before_pp(seg[: k - 1])  # `by an Israeli military statement on the issue which`
        if not self._after_agent_word(seg, k):
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

    def _object_np(self, seg: list[tuple[int, int, bool]]) -> Span | None:
        """A determiner, then a noun of a document or of people, ending ``seg`` after a verb: what a relative
        `qui`/`who` after a comma stands for (`a publié un communiqué officiel, qui propose`, `a reçu un responsable
        syndical, qui`; eighteenth pass), not the subject of that verb."""
        k = next((i for i in range(len(seg) - 2, max(0, len(seg) - 4), -1) if self.low(seg[i][0], seg[i][1])
                  in self.g.det), None)
        if k is None or not seg[k - 1][2] or self.low(seg[k - 1][0], seg[k - 1][1]) in self.g.stops:
            return None
        np = seg[k:]
        head = self.low(np[1][0], np[1][1])
        if not (self._document_np(np[:2]) or is_speaker_noun(head, self.lang)):
            return None
        return self._valid(np)

    def _phrase_start(self, seg: list[tuple[int, int, bool]]) -> int:
        """Where the last prepositional phrase of ``seg`` starts: the word after its last preposition (or 0)."""
        k = len(seg) - 1
        while k > 0 and seg[k][2] and self.low(seg[k - 1][0], seg[k - 1][1]) not in self.g.stops:
            k -= 1
        return k

    def _after_agent_word(self, seg: list[tuple[int, int, bool]], k: int) -> bool:
        """Whether the phrase ``seg[k:]`` follows `by`/`par`/`from`/`selon` and has at most five words."""
        return bool(k and seg[k][2] and len(seg) - k <= 5 and self.low(seg[k - 1][0], seg[k - 1][1]) in _AGENT_WORDS)

    def _reporter_of_clause(self, lo: int, cue_start: int) -> Span | None:
        """The subject of an earlier reporting verb whose `that`/`que` clause (or question: `told how`, `a raconté
        comment`; seventeenth pass) runs up to a cue coordinated after it: that cue is the reporter's too (`X denied
        the charge that P were killed and have called …`, `He told how he had met Castro and added: "…"`)."""
        text = self.text
        for c in reversed(self.cues_in(max(lo, cue_start - WINDOW), cue_start)):
            if not c.verbal:
                continue
            if self.comp.match(text, c.end, cue_start) is None and _WH_REPORT.match(text, c.end, cue_start) is None:
                return None  # the nearest cue reports no clause: the older rules decide
            return c.inv if c.inv is not None else self.speaker_before(lo, c.start, shared=False)
        return None

    def _agent_before_pp(self, seg: list[tuple[int, int, bool]]) -> Span | None:
        """The agent noun phrase ending ``seg``, whose prepositional phrase has been cut off (`confirmed by an
        Israeli military statement [on the issue] which claimed`, `by a spokesman [for the army] who said`): after
        `by`/`par`, at most five words, a capitalised word, a speaker noun or a document as its last word
        (sixteenth pass)."""
        k = self._phrase_start(seg)
        if not self._after_agent_word(seg, k):
            return None
        last = self.low(seg[-1][0], seg[-1][1])
        if not (is_speaker_noun(last, self.lang) or last.removesuffix("s") in _DOCUMENTS
                or any(self.text[t[0]].isupper() for t in seg[k + 1 :])):
            return None
        return self._valid(seg[k:])

    def _apposed_subject(self, segs: list[list[tuple[int, int, bool]]], by_comma: list[bool]) -> Span | None:
        """The subject before a comma-enclosed apposition that ends right before the cue: the earliest of the
        comma-separated chunks before it (back to a colon) that starts like a subject (not an adjunct, an opening
        adverb or a date): `In Paris, the minister, a socialist, said` -> `the minister`."""
        if len(segs) > 2 and segs[-1] and self.text[max(0, segs[-1][0][0] - 2) : segs[-1][0][0]].rstrip().endswith("("):
            # `Brook Baker, a professor in the Program on … and the Global Economy (PHRGE), explained`: the acronym in
            # parentheses ends the apposition; it is no name apposed to the subject (twenty-fifth pass: it spoke)
            return self._apposed_subject(segs[:-1], by_comma[:-1])
        k = len(segs) - 1
        while k > 0 and not by_comma[k]:
            k -= 1  # the first segment of the apposition's chunk (`Minister of Culture` / `and Tourism …`)
        app = segs[k]
        if (
            k == len(segs) - 1 and k >= 1 and segs[k - 1] and self._name_seg(app) and len(segs[k - 1]) >= 2
            and is_speaker_noun(self.low(app[-1][0], app[-1][1]), self.lang) and self._name_seg(segs[k - 1])
            and not is_speaker_noun(self.low(segs[k - 1][-1][0], segs[k - 1][-1][1]), self.lang)
        ):
            return self._valid(segs[k - 1])  # `Lyn Provost, Deputy Commissioner, said`: the name before its title
        if k == len(segs) - 1 and (self._name_seg(app) or (
            len(app) >= 2 and self._titled_name(app) and all(self.text[t[0]].isupper() for t in app[-2:])
            and not is_speaker_noun(self.low(app[-1][0], app[-1][1]), self.lang)  # (`the Prime Minister`: a title)
            and not any(t[2] and self.low(t[0], t[1]) in _OF for t in app)  # (`Spokesman for the Liberal
        )):  # Democrats`: a title and its body, twenty-sixth pass)
            # `Kosovo's president, Fatmir Sejdiu, said`, `The study's lead author, doctoral candidate Maninder
            # Thind, said`: the name in apposition speaks (the rules below)
            return None
        starts = []
        relative = None
        for i in range(k - 1, max(-1, k - 7), -1):
            if segs[i] and (by_comma[i] or i == 0):
                starts.append(i)
                if len(segs[i]) > 1 and self.low(segs[i][0][0], segs[i][0][1]) in _OBJECT_RELATIVES and (
                    self.text[segs[i][1][0]].isupper() or self.low(segs[i][1][0], segs[i][1][1]) in self.g.det
                ):  # (`which makes Kleenex`: the relative is the subject)
                    relative = i  # `which Jacinda Ardern, the Prime Minister, deemed`: the relative clause's own
                    break  # subject, after its pronoun (nineteenth pass)
                if self.text[max(0, segs[i][0][0] - 3) : segs[i][0][0]].rstrip().endswith((":", ";", "–", "—")):
                    break  # `The charges included: Emotional jurors of the case, …, stated`: no further back
        for i in reversed(starts):  # the earliest first: the head comes before its appositions
            seg = segs[i] if i != relative else segs[i][1:]
            rel = next((j for j in range(1, len(seg)) if seg[j][2] and self.low(seg[j][0], seg[j][1])
                        in ("qui", "who")), None) if i != relative else None
            if rel is not None:
                # `Le secrétaire général de l'ONU qui a rencontré le général X, <apposition>, a précisé`: a subject
                # and its relative clause with no comma; the apposition is the relative's object's (twenty-ninth
                # pass: it spoke)
                seg = seg[:rel]
            if (
                (i + 1 == k or by_comma[i + 1])  # a chunk of one segment (`and`, `that` split none)
                and self._subject_start(seg[0]) and not self._adjunct(seg) and len(seg) <= MAX_SPEAKER_TOKENS
                and self.low(seg[0][0], seg[0][1]) not in _OPENERS
                and not any(self.text[t[0]].isdigit() for t in seg)
            ):
                # `le directeur général de Sprint, Marcelo Claure, cité dans le communiqué …, a affirmé`: the name
                # apposed to the title (eighteenth pass)
                return (self._apposed_name(segs, by_comma, seg) if i != relative and rel is None else None) \
                    or self._valid(seg)
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
        if len(words) == 1 and _PARTY_LABEL.fullmatch(self.text, words[0][0], words[0][1]):
            return False
        first = self.low(words[0][0], words[0][1])
        if first in self.g.stops or first in _OPENERS or first in self.g.det or first in self.g.singular:
            return False
        if len(words) == 1 and self._sentence_adverb(words[0]):
            return False  # `Specifically, the Department of Justice alleged`: no name before an apposition
        return self.text[words[0][0]].isupper() and all(
            self.text[t[0]].isupper() or self.low(t[0], t[1]) in _OF or self.low(t[0], t[1]).startswith(_NAME_PARTICLES)
            for t in words
        )  # (`Munqith al-Faroon`: a particle inside the name, seventeenth pass)

    def _adjunct(self, seg: list[tuple[int, int, bool]]) -> bool:
        """A clause opening with a participle (`Interrogé vendredi à Bordeaux`, `Speaking to reporters`,
        `Asked about it`): an adjunct before the subject, not the subject."""
        if len(seg) < 2 or not seg[1][2] or self.text[seg[1][0]].isupper():
            return False
        first = self.low(seg[0][0], seg[0][1])
        if first in _ADJUNCT_PREPS or (first == "de" and self.low(seg[1][0], seg[1][1]) in ("manière", "façon")):
            return True  # `De manière plus notable, Wal-Mart, …, indique`, `Dans un communiqué, X, …, affirme`
        return first.endswith(_PARTICIPLE_ENDINGS)

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

    def _clause_subject(self, cue_start: int, last: int) -> Span | None:
        """The subject of the sentence's first verb, for a cue coordinated right after `and`/`et` with no subject of
        its own (`X, chief of Y, rejected A between B and C, and denied that`, `X refuse de … par ces accusations et
        annonce`): the sentence's subject when a verb follows it (after an apposition between commas) before the
        last noun phrase ``last``, which is then that verb's object, not the cue's subject (nineteenth pass)."""
        subj, named = self.subject(self.sentence(cue_start)[0], cue_start)
        if subj is None or subj[1] >= last or self.low(*subj) in self.g.relative or self._in_quotation(subj[0]) \
                or self.text.endswith(("'s", "’s"), subj[0], subj[1]):
            return None  # (`Pakistan's [foreign ministry]`: a possessive opens the subject, it is not one)
        after = subj[1]
        comma = _COMMA.match(self.text, subj[1])
        if comma is not None:
            close = self.text.find(",", comma.end(), last)  # (an apposition between commas)
            if close < 0:
                return None
            after = close + 1
        toks = [t for t in self.tokens(after, last) if t[2]]
        if not toks or not (self._verb_like(toks[0]) or named and self.text[toks[0][0]].islower() and (
            self.low(toks[0][0], toks[0][1]) not in self.g.stops and self.low(toks[0][0], toks[0][1]) not in self.g.det
        )):
            return None  # (after a name, a lower-case word that is no function word is its verb: `Fillon refuse`)
        return subj

    def _finite_verb_en(self, toks: list[tuple[int, int, bool]], i: int) -> bool:
        """Whether ``toks[i]`` is an English finite verb: a lower-case past or irregular form (`agreed`, `released`,
        `said`, `ran`) right after a name or a pronoun, not in a relative clause and not a participle before its
        agent (`Analysts cited by Reuters`)."""
        s, e, _ = toks[i]
        w = self.text[s:e]
        before = self.text[toks[i - 1][0] : toks[i - 1][1]]
        pronoun = before.lower() in self.g.singular or before.lower() in self.g.plural
        if not w.islower() or not (w in _EN_VERBS or (w.endswith("ed") and (
            pronoun or self.lex.lemma(w) is not None  # (`He co-authored with X a series`: any past after a pronoun)
        ))):
            return False
        if before.lower() in self.g.det or (i == 1 and before.endswith("s") and before[1:].islower()) or not (
            before[:1].isupper() or pronoun
        ):  # (`Figures released on Monday`: a plural noun capitalised at the sentence's start, then a participle)
            return False  # (after a common noun, a participle: `figures issued on Thursday`, `A message sent to`)
        if any(self.low(t[0], t[1]) in self.g.relative for t in toks[:i]):
            return False  # (`Police who spoke to the media`: the relative clause's verb)
        return not any(self.low(t[0], t[1]) == "by" for t in toks[i + 1 : i + 5])

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
        return (w in _FR_VERBS or w.endswith(("é", "ée", "és", "ées")) and w[:2] not in ("l'", "l’")  # (`l'armée`)
                or w.startswith(("s'", "s’", "n'", "n’"))
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

    def _title_alone(self, toks: list[tuple[int, int, bool]]) -> bool:
        """A capitalised title with no name in it, after an inverted cue: it ends with a lower-case word or holds
        `of`/`de` (`said Swedish Defense Research Agency expert, Svante Karlsson`, `said President of OKG, Lars
        Thuring`, `a indiqué le Premier ministre japonais, Shinzo Abe`; sixteenth pass)."""
        return self.text[toks[-1][0]].islower() or any(self.low(a, b) in _OF for a, b, _ in toks[1:])

    def _subject_start(self, tok: tuple[int, int, bool]) -> bool:
        """Whether a token can start a subject: a capitalised word (not a preposition or adverb of time), a
        determiner or a pronoun."""
        if not tok[2]:
            return False
        w = self.low(tok[0], tok[1])
        if w in self.g.stops or w in self.g.relative or w in self.g.bounds:
            return False
        if w in OPENING_FIRST:
            end = time_opening_end(self.text, tok[0])
            if end is not None:
                nxt = _NEXT_WORD.match(self.text, end)
                # `but last year the report said`: the subject starts after the time (twenty-fourth pass)
                return nxt is not None and self._subject_start((nxt.start(1), nxt.end(1), True))
            if opening_end(self.text, tok[0]) is not None:
                return False  # `De son côté,`, `Parmi …`, `Among …`: an opening phrase (eighth pass)
        g = self.g
        return (
            self.text[tok[0]].isupper() or w in g.det or w in g.singular or w in g.plural or w in g.writer
            or (w[:2] in ("l'", "l’") and len(w) > 2)  # `l'USGS`, `l'entreprise`
            or w in PEOPLE_WORDS  # `while others report that` (24th pass)
        )

    def speaker_after(self, a: int, b: int) -> tuple[Span | None, int]:
        """The noun phrase right after an inverted cue, and where it ends (``a déclaré Gonzalez à Ars``); an adverb
        before it is skipped (``souligne encore l'Élysée``)."""
        cut = _SOURCE_PREP_BEFORE.search(self.text, max(0, a - 14), a) is not None
        if cut and self.lang == "fr" and (what := _CE_QUE.match(self.text, a, b)) is not None:
            # `selon ce qu'a confié une source judiciaire`: the inverted subject of the cue after `ce que` is the
            # source (twenty-sixth pass: `ce qu'a confié …` was)
            if self.lex.lemma(what.group("verb").lower()) is not None:
                sp, sp_end = self.speaker_after(what.end(), b)
                if sp is not None:
                    return sp, sp_end
        adv = _INV_ADVERB.match(self.text, a, b)
        if adv is not None:
            a = adv.end()
        if self.lang == "fr" and (aside := _FR_ADJECTIVE_ASIDE.match(self.text, a, b)) is not None:
            a = aside.end()  # `, assure, confiant, le capitaine`, `, commente, incrédule, un agent` (32nd pass)
        toks = []
        end = a
        brk = None  # the token that ended the noun phrase
        skip = -1  # the end of a party's parenthesis inside the phrase
        for t in self.iter_tokens(a, b):  # (`b` is often the sentence end: only the first words are read)
            if t[0] < skip:
                continue
            if toks and self.text[t[0]] == "(" and self.lang == "fr" and self.text[toks[-1][0]].islower() and (
                party := _PARTY_ASIDE.match(self.text, t[0], b)
            ) is not None:
                skip = party.end()  # `, résume le maire (PS) de la commune, X` (thirty-second pass)
                continue
            if not t[2] or self.low(t[0], t[1]) in self.g.stops or self.text[t[0] : t[1]] in _NEW_CLAUSE:
                brk = t
                break
            if cut and toks and self.text[toks[-1][0]].isupper() and self._opens_clause(t):
                break  # `selon The Times se cacherait`: the name ends, a clause begins
            if cut and len(toks) > 1 and self.low(t[0], t[1]) in SUBJECT_ONLY_PRONOUNS.get(self.lang, ()):
                brk = t  # `According to the sentence they should …`: a subject pronoun opens the clause (25th pass;
                break  # not `elle`, `it`, which may follow a preposition: `d'entre elles`)
            if toks and self.text[t[0]].islower() and (
                (((w := self.low(t[0], t[1])) in _TIME_AFTER_FIRST or w.isdigit())
                 and _TIME_AFTER_SUBJECT.match(self.text, t[0], min(b, t[0] + 60)))  # (bounded: linear)
                or (self.text.endswith(("ant", "ing"), t[0], t[1]) and self.verbal_cue_at(t[0]) is not None)
            ):
                break  # (`said Obama minutes after`, `dit le message proclamant que`: 25th pass)
            if toks and self.text[t[0] : t[1]] in _SPEAKER_ENDS:
                brk = t  # `a déclaré Jean Dupont concernant la grève` (27th pass)
                break
            if toks and self.text[t[0] : t[1]] == "le" and _FR_DATE_AFTER.match(self.text, t[0], min(b, t[0] + 30)):
                break  # `avait déclaré le chef de l'État le 16 mars` (thirtieth pass)
            if self.lang == "en" and toks and self.text[toks[-1][0]].isupper() and _EN_LY.fullmatch(
                self.text, t[0], t[1]
            ):
                break  # `said Smith angrily`: the adverb after the name is no part of it (24th pass)
            toks.append(t)
            end = t[1]
            if len(toks) > MAX_SPEAKER_TOKENS:
                return self._name_before_of(toks, a, b)
        if len(toks) >= 2 and self.lang == "en" and self.low(toks[-1][0], toks[-1][1]) in _SOURCE_MODIFIERS and (
            pp := _SOURCE_MODIFIER_PP.match(self.text, end, b)
        ) is not None:
            return (toks[0][0], pp.end()), pp.end()  # `according to two people familiar with the matter.`
        if cut and len(toks) == 1 and self.low(toks[0][0], toks[0][1]) in (
            OBJECT_FORMS if self.lang == "en" else STRESSED_FORMS
        ):  # `Selon lui, …`, `D'après eux, …` (fifteenth pass), `According to him, …` (sixteenth pass)
            return (toks[0][0], toks[0][1]), end
        if len(toks) == 1 and self.lang == "en" and self.low(toks[0][0], toks[0][1]) == "one" \
                and self.text[end : end + 1] in (".", ","):
            return (toks[0][0], end), end  # `"…," said one.`: one of the people just named (eighteenth pass)
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
        if toks and (not self._titled_name(toks) or self._title_alone(toks)) and not self._plural_np(toks):
            # `said his father, Abdullah Kurdi,`: the name in apposition is the better speaker (not after a
            # plural, `According to prosecutors, Cottrez, in her 40s, is`: the name opens the reported clause)
            m = _APPOSED_NAME.match(self.text, end, b)
            if m is None and brk is not None and brk[2] and self.low(brk[0], brk[1]) in _TITLE_PREPS \
                    and any(is_speaker_noun(self.low(t[0], t[1]), self.lang) for t in toks[-3:]):
                # `said a political analyst from the Delhi University, Mahesh Rangarajan`: the name apposed to a
                # title whose body follows a preposition (`of`, `de` do not end the phrase; thirteenth pass)
                pp = _TITLE_PP.match(self.text, brk[1], b)
                m = _APPOSED_NAME.match(self.text, pp.end(), b) if pp is not None else None
                if m is not None and self.low(*m.span("name")).rstrip(".") in _NOT_NAMES:
                    m = None
            if m:
                return _name_span(self.text, m), m.end()  # (after a party in parentheses)
        return self._valid(toks), end

    def _name_before_of(self, toks: list[tuple[int, int, bool]], a: int, b: int) -> tuple[Span | None, int]:
        """A phrase after an inverted cue too long for a speaker: the name before its first `of`/`de`, when one ends
        there, with the phrase read to its end (`said lead author Professor David Livermore of the University of
        East Anglia's medical school.`; eighteenth pass); else no speaker."""
        k = next((i for i, t in enumerate(toks) if 1 < i <= MAX_SPEAKER_TOKENS and self.low(t[0], t[1]) in _OF
                  and self.text[toks[i - 1][0]].isupper()), None)
        sp = self._valid(toks[:k]) if k is not None else None
        if sp is None:
            return None, a
        end = toks[-1][1]
        for t in self.iter_tokens(end, b):
            if not t[2] or self.low(t[0], t[1]) in self.g.stops or self.text[t[0] : t[1]] in _NEW_CLAUSE \
                    or len(toks) > 3 * MAX_SPEAKER_TOKENS:
                break
            toks.append(t)
            end = t[1]
        return sp, end

    def _adverb(self, t: tuple[int, int, bool]) -> bool:
        """Whether the word ``t``, as written (lower case only), is an adverb that can stand between a subject and
        its verb."""
        w = self.text[t[0] : t[1]]
        if w in _SUBJECT_ADVERBS:
            return True
        return self.lang == "en" and len(w) > 6 and w.islower() and w.endswith(_EN_ADVERB_ENDS)

    def _sentence_adverb(self, t: tuple[int, int, bool]) -> bool:
        """An English adverb opening a sentence, capitalised (`Specifically,`, `Additionally,`, `Reportedly,`)."""
        w = self.text[t[0] : t[1]]
        return self.lang == "en" and len(w) > 6 and w[:1].isupper() and w[1:].islower() and w.endswith(_EN_ADVERB_ENDS)

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
        ) and plural_form(head[-1])

    # -- the clause after a quote ----------------------------------------------------------------------
    def clause_rest_ok(self, pos: int, hi: int) -> int | None:
        """After speaker and cue, the clause must end, or go on with an adjunct (addressee, time, place), maybe
        after an adverb (`écrit-il ainsi sur Twitter`)."""
        if _COMMA.match(self.text, pos, hi):
            return self.sentence_end_or(pos, hi)  # (an aside, whatever its first word: `, encore sous le choc`; 32nd)
        adv = _INV_ADVERB.match(self.text, pos, hi)
        if adv is not None:
            pos = adv.end()
        paren = _ASIDE.match(self.text, pos, hi)
        if paren is not None:
            pos = paren.end()  # `a déclaré un porte-parole du Hampshire Constabulary (la police locale) à` (16th)
        when = _TIME_TAIL.match(self.text, pos, hi)
        if when is not None:
            pos = when.end()  # `"…," he said last month in Paris` (seventeenth pass)
        time = _TIME_AFTER_SUBJECT.match(self.text, pos, min(hi, pos + 60))
        if time is not None:
            pos = time.start("prep") if time.group("prep") else time.end()  # (`peu après …`: then its preposition)
        note = _FOOTNOTE.match(self.text, pos, hi)
        if note is not None:
            pos = note.end()  # `avait confié Mme Ambrose à des journalistes [1].` (a reference mark; seventeenth)
        if _CLOSE_PUNCT.match(self.text, pos, hi) or pos >= hi:
            return self.sentence_end_or(pos, hi)
        if _COMMA.match(self.text, pos, hi) or _DASH_ASIDE_END.match(self.text, pos, hi):
            return self.sentence_end_or(pos, hi)  # `", said X, following the ceremony.`, `— as X put it — at`
        t = next(self.iter_tokens(pos, min(hi, pos + 40)), None)  # the first word only
        if t is not None and t[2] and (self.low(t[0], t[1]) in self.g.stops or self.text[t[0] : t[1]] in _NEW_CLAUSE
                                       or self.low(t[0], t[1]) in _ADJUNCT_OPENERS
                                       or self.text[t[0] : t[1]] in _SPEAKER_ENDS and (
                                           self.text[t[0] : t[1]] != "about" or _ABOUT_TOPIC.match(self.text, t[0], hi))
                                       or self.lang == "en" and self.text[t[0] : t[1]] == "of" and _SAID_BEFORE.search(
                                           self.text, max(0, pos - 8), pos)):  # (`"…," X said of the decision.`)
            return self.sentence_end_or(pos, hi)  # (`avait déclaré le mineur tandis que …`: a clause of its own)
        if t is not None and t[2] and self.text.endswith(("ant", "ing"), t[0], t[1]) \
                and self.verbal_cue_at(t[0]) is not None:
            return self.sentence_end_or(pos, hi)  # `dit le message proclamant que …`: a participle's clause (25th)
        return None

    def sentence_end_or(self, pos: int, hi: int) -> int:
        """Where the attribution clause ends: the first terminal punctuation in ``[pos, hi)``, else ``hi``."""
        m = _STOP.search(self.text, pos, hi)
        return m.end() if m else hi

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
            if first in _OPENERS or (len(seg) == 1 and (not self.text[seg[0][0]].isupper()
                                                         or self._sentence_adverb(seg[0]))):
                continue  # `Néanmoins,` `However,` `Specifically,`: an opening adverb
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
                elif k + 1 < len(seg) and self.text[seg[k + 1][0]].isupper() and w.isalpha() \
                        and self.low(*seg[k - 1][:2]) in _OF_ARTICLES and not self._verb_like(seg[k]):
                    out.append(seg[k])  # `Le ministre de la justice Jean-Jacques Urvoas` (twenty-sixth pass)
                elif self.lang == "en" and self.text[seg[k - 1][0]].isupper() and is_speaker_noun(w, "en"):
                    out.append(seg[k])  # `The Biden campaign`, `the Trump administration`: the head after the name
                    break  # (twenty-sixth pass: no subject)
                else:
                    break
                k += 1
            named = first not in g.det and all(self.text[t[0]].isupper() or self.low(t[0], t[1]) in _OF for t in out)
            if not named:
                # a common noun phrase speaks only when its head names people or a body (`Les députés`, not
                # `La demande de nomination`); the head follows the determiner (`l'entreprise`: inside it)
                elided = first[:2] in ("l'", "l’")  # (`l'avocat Paul Durand`: the head is the first token; 37th)
                head = out[1] if len(out) > 1 and not elided else out[0]
                word = self.low(head[0], head[1])
                if word[:2] in ("l'", "l’"):
                    word = word[2:]
                # a name after its article speaks (`Les États-Unis`, `La France`; 38th pass), but not in English,
                # where a capital follows `the` in demonyms and names cut short (`the Chinese`, `The Biden campaign`)
                named_head = self.lang != "en" and self.text[head[0]].isupper() and not elided and len(out) > 1
                if not any(is_speaker_noun(self.low(t[0], t[1]).split("'")[-1].split("’")[-1], self.lang)
                           for t in (out if elided else out[1:] or out)) and not is_speaker_noun(word, self.lang) \
                        and not named_head:
                    return None, False
                apposed = _APPOSED_NAME.match(self.text, seg[-1][1], hi)
                name = self.tokens(*apposed.span("name")) if apposed is not None else None
                if name and self._name_seg(name):
                    # `Le président américain, Donald Trump, a félicité … et se dit « … »`: the title's name
                    return self._valid(name), True
            return self._valid(out), named
        return None, False
