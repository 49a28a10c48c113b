"""Where the attribution of a marked quotation is: in its sentence after it (``», a tweeté Musk``, ``", said
Smith``, ``», selon X``), before it (``X a déclaré : «``, ``According to X, "``), in a reported-speech frame
around it (``X a déclaré que … « … »``), or in a source, a colon or a credit line; and the voice of a cue
(passive agents, documents as sources)."""

from __future__ import annotations

import bisect
import re

import regex

from .channel import ADDRESSEE
from .lookups import _STOP, FR_INFINITIVE_CHAIN, PEOPLE_WORDS, Attribution, Cue, Span, _be_passive, _name_span
from .naming import TRAILING_NAME
from .nouns import is_speaker_noun
from .speakers import (
    _APPOSED_NAME,
    _ASIDE_OPENER,
    _CLOSE_PUNCT,
    _CLOSING,
    _COMMA,
    _FINITE_AUX,
    _INV_ADVERB,
    _LEAD,
    _OF,
    MAX_SPEAKER_TOKENS,
    WINDOW,
    SpeakerRules,
    clause_verbs,
)
from .subjects import described_by, opinion_of, passive_agent

_WORDS = re.compile(r"[^\W_]")  # a letter or a digit (`re` is cheaper per call than `regex`)
_TERMINAL = re.compile(r"[.!?…]\s*[\"»”’']*\s*\Z")
# the rest of the quote's paragraph (short, no other quote), a break, then a line opening with a dash
_DASH_LINE = regex.compile(
    r"[^\n«»“”\"]{0,200}?\n[^\S\n]*\n?[^\S\n]*(?P<dash>[—–])[^\S\n]*(?=\p{Lu})[^\n]{1,150}(?:\n|\Z)"
)
_DASH = re.compile(r"\s*[—–]\s*|\s+-\s+")  # (a spaced hyphen too: `"…" - John Smith`, seventeenth pass)
_COMMA_END = re.compile(r",\s*\Z")
_CONNECTIVE = re.compile(
    r"[\s,]*(?:mais|et|or|donc|cependant|toutefois|pourtant|néanmoins|enfin|cela\s+dit|but|and)[\s,]*", re.IGNORECASE
)
_FR_AUX_START = re.compile(r"(?:a|ont|avait|avaient)\s")  # `, a rapporté X`: after a comma, only inverted
_INTRO_END = re.compile(r"\s*[:,]?\s*\Z")
# cues whose object a fragment right after them is, with only function words between (`a exprimé sa « profonde
# préoccupation »`, `en demandant de « restaurer la justice »`, `se félicitant du « consensus politique »`,
# `expressed its "deep concern"`; fifteenth pass): the subject's words, a mixed quote
_FRAME_ADJACENT = frozenset("exprimer demander féliciter saluer réclamer évoquer justifier express praise welcome"
                            " prévoir defend".split())  # (`defended the policy as "necessary"`: 32nd pass)
# verbs of reported speech (`prévoit que …`) that frame a fragment only as their object, right after them: `prévoit la
# mise en place d'une norme … de type « azerty »` is the writer's term (thirty-second pass)
_INDIRECT_BUT_ADJACENT = frozenset(("prévoir",))
_FUNCTION_WORDS = (r"(?:de|du|des|d['’]|pour|à|au|aux|sur|sa|son|ses|leur|leurs|la|le|les|l['’]|un|une|its|his|her|"
                   r"their|the|a|an|for|of)")
_FUNCTION_GAP = re.compile(r"(?:\s+|(?<![\w'’])" + _FUNCTION_WORDS + r"(?![\w'’]))*\s*", re.IGNORECASE)
# the same after the cue's object of one to three words and `pour`/`par`/`for` (`a félicité E. Macron pour sa « … »`,
# `justifie cette décision par l'« … »`; eighteenth pass) or `as` (`praised the plan as "…"`; nineteenth pass)
_OBJECT_GAP = re.compile(
    r"(?:\s+[\w'’.-]+){1,3}?\s+(?:pour|par|for|as)(?![\w'’])(?:\s+|(?<![\w'’])" + _FUNCTION_WORDS + r"(?![\w'’]))*\s*",
    re.IGNORECASE,
)
_FRAME_EXTRA = frozenset(
    "call dub describe condemn criticize criticise denounce dénoncer condamner qualifier critiquer fustiger appeler "
    "accuser accuse parler exhorter urge hail plead traiter label deem brand slam decry characterise characterize"
    .split()
) | {"faire état", "faire part", "nier", "deny", "put it"}
# (thirty-second pass: `a nié avoir « menti »`, `denied being "…"`, `As one analyst put it, the market is "…"`; not
# `défendre`: `les positions qu'il défendait … son image « droitière »`, twice in the dev golds)
_PASSIVE = re.compile(r"\s+(?:by|par)\s")
EN_SUBJECT_PRONOUNS = frozenset(("he", "she", "they", "it", "we", "i", "you", "there"))  # an English clause opens
# `pour X[, apposition] :` right before a quote: X's view (French)
_POUR_COLON = regex.compile(
    r"(?<![\p{L}'’])[Pp]our\s+(?P<np>[^,:;.«»\"“”\n]{2,60}?)(?:\s*,[^,:;.«»\"“”\n]{2,80})?\s*:\Z"
)
# after an inverted subject: maybe more of a title, then a name of two to four capitalised words that ends the clause
_TITLE_THEN_NAME = regex.compile(
    r"(?:,\s*[^,.;:!?\"“”«»\n]{1,50}?)?,\s*(?P<name>\p{Lu}[\p{L}'’.-]+"
    r"(?:(?:\s+(?:de|du|des|van|von|der|den|da|di|del|dos|bin|ben|al)\s+|\s+d['’]|\s+)\p{Lu}[\p{L}'’.-]+){1,3})"
    r"\s*(?:[.;!?]|\Z)"
)  # (name particles: `, le président du Medef, Geoffroy Roux de Bézieux.`; thirtieth pass)
# a cue's passive participle right after a quote, then its agent (`« … » lancée par`, `"…" written by`)
_PASSIVE_AFTER = re.compile(
    r"[^\S\n]*,?[^\S\n]*(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been|a\s+été|ont\s+été|avait\s+été|"
    r"est|sont|était|étaient)\s+)?(?P<part>[^\W\d_]+)\s+(?:par|by)\s+"  # (`est déploré par`: 25th pass)
)
# `quoted Shandong authorities, "`: a form of `quote` and its object right before a quote (thirty-seventh pass)
_QUOTED_NP = re.compile(
    r"(?<![\w'’-])(?P<verb>quot(?:ed|es|ing))\s+(?P<np>[^\W\d_][\w'’.&-]*(?:\s+[\w'’.&-]+){0,5}?)\s*[,:]\s*\Z"
)
_AGENT_AFTER = re.compile(r"[\s,]*(?:by|par)\s+")  # the agent after a quote framed by a passive participle
# the pieces of the two patterns below: a word before the participle (an active auxiliary rules the frame out), a
# passive participle (French irregular ones too: `décrit`), an article before the fragment
_AUX = r"(?:(?<![\w'’-])(?P<aux>[^\W\d_]+)\s+)?"
_PART = r"(?P<part>[^\W\d_]+(?:é|ée|és|ées|it|ite|its|ites|ed|en))"
_ARTICLE = r"(?:(?:un|une|des|a|an)\s+)?"
# a passive participle, its agent, then the fragment (`qualifié par les enquêteurs d'« … »`, `criticised by X,
# president of Y, as a "…"`; thirty-seventh pass): the agent speaks
_AGENT_BEFORE = re.compile(
    _AUX + r"(?<![\w'’-])" + _PART + r"\s+(?:par|by)\s+(?P<agent>[^\W\d_][^.;:!?«»\"“”()\n]{1,100}?),?\s+"
    r"(?:de\s+|d['’]\s*|(?:comme|as)\s+" + _ARTICLE + r")\Z"
)
_PARTICIPLE_BEFORE = re.compile(
    _AUX + _PART + r"\s+(?:de\s+|d['’]\s*|(?:comme|as|to\s+be)\s+" + _ARTICLE + r")?\Z"
)  # `qualifiée de «`, `called "`, `décrit comme un «`, `announced to be a "`: a participle right before a quote
_ADDRESSEE_ONLY = re.compile(
    r"\s+(?:à|au|aux|auprès\s+de|to)\s+(?:(?:la|le|les|the)\s+|l['’]\s*)?[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,2}"
    r"\s*", re.IGNORECASE
)  # `déclare à la police`, `said to the judge`: an addressee, nothing else, between a cue and a quote
# (no preposition; no determiner or subject pronoun after the first word: `told Wikinews the company "…"` names a
# subject of its own)
_ADDRESSEE_WORD = r"(?!(?:about|of|on|in|at|for|that|how|what|why|the|a|an|he|she|they|it|i|we)\b)[^\W\d_][\w'’.-]*"
_EN_TOLD_ADDRESSEE = re.compile(
    r"\s+(?:(?:the|a|an|his|her|their|its)\s+)?" + _ADDRESSEE_WORD + r"(?:\s+" + _ADDRESSEE_WORD + r"){0,2}\s*",
    re.IGNORECASE,
)  # `told the court`, `told reporters`, `told Fox News`: the addressee of `tell`
_EN_SENTENCE_QUOTE = re.compile(r"[\"“][^\"”\n]{0,2000}[.!?,…][ \t]*[\"”]")
# a reply named before a colon: `Réponse de la direction : « … »`, `Reaction from the mayor: "…"` (thirty-second pass)
_REPLY_OF = re.compile(
    r"\s*(?:(?:Réponse|Réaction|Réplique|Commentaire|Verdict|Explication|Avertissement|Conclusion)(?:\s+[a-zé]+)?"
    r"\s+(?:de\s+|d['’]\s*|du\s+|des\s+)|(?:Response|Reaction|Reply|Answer|Verdict)\s+(?:from|of)\s+)(?=[^:]{2,60}\Z)"
)
# a broadcaster's or a paper's programme after `told` (`told the BBC's Today programme`, `told CBC's The Current`)
_EN_SHOW_OF = regex.compile(r"\s+(?:the\s+)?\p{Lu}[\p{L}.&-]*['’]s\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,4}?"
                            r"(?:programme|program|show|podcast|radio\s+show|\p{Lu}[\p{L}'’-]*)(?=\s*[,.;:!?]|\s*\Z)")
# the object of a verb of describing after `"…," was how X described`: a pronoun or a short noun phrase
_EN_DESCRIBED_OBJECT = re.compile(r"(?<=describ(?:ed|es))\s+(?:it|them|this|that|(?:the|his|her|their|its)\s+[\w'’-]+"
                                  r"(?:\s+[\w'’-]+)?)(?=\s*[,.;!?])")
_COLON_QUOTE = re.compile(r"[ \t\u00a0\u202f]*:[ \t\u00a0\u202f]*[«“\"„]")  # a colon, then a quote opens
_SOURCE_PREPS = frozenset(("selon", "d'après", "according to"))
# words opening an adjunct between commas after a subject (`Trump, in a tweet, said`; not `speaking`, `writing`:
# cues themselves, found first)
_ADJUNCT_OPENERS = frozenset("in on at during via through after before later earlier".split())
_RELATIVE_TAIL = re.compile(r"\s*,\s*(?:qui|which|who)\s[^.!?;]*(?:[.!?;]|\Z)")  # `, qui a mobilisé 1 500 agents.`
_NAMING_LEMMAS = frozenset("call dub name nickname term appeler surnommer baptiser nommer intituler".split())
_ACTIVE_AUX = frozenset("a ont avait avaient aura auront has have had".split())  # `a qualifié`: active
# a spokesperson standing for the subject: `le Rwanda a répondu par la voix du lieutenant-colonel X`,
# `the ministry said through a spokesman, X,`: the spokesperson is the speaker
_VOICE = re.compile(
    r"[\s,]*(?:par\s+la\s+voix\s+(?:de\s+(?:son|sa|ses|leur)\s+porte-parole,?\s*|de\s+|d['’]\s*|du\s+|des\s+)|"
    r"(?:through|via)\s+(?:a|an|its|his|her|their|the)\s+(?:spokes(?:man|woman|person)|representative)\s*,?\s*)",
    re.IGNORECASE,
)
_READ_ON = re.compile(r"[\s,]*(?P<cue>(?:peut|pouvait|pourra)-on(?:\s+(?:également|aussi|encore))?\s+lire|"
                      r"on\s+peut\s+lire|lit-on)\s+(?:sur|dans)\s+",
                      re.IGNORECASE)
# `« … », indique-t-on à la préfecture`, `a-t-on appris auprès du parquet`, `explique-t-on dans l'entourage du
# ministre`: the impersonal `on` stands for the body named after it (thirty-first pass)
_SAYS_ON = re.compile(
    r"[\s,]*(?P<cue>(?P<verb>[^\W\d_]+)-t-on(?:\s+(?P<past>[^\W\d_]+))?)\s+(?:auprès\s+(?:de|d['’]|du|des)|"
    r"dans(?=\s+l['’]entourage\s)|du\s+côté\s+(?:de|d['’]|du|des)|à|au|aux)(?![\w-])\s*",
    re.IGNORECASE,
)
# an organisation's acronym after its article (`la CGT`, `l'ONU`): a French noun phrase that can speak
FR_DET_ACRONYM = r"(?:(?:le|la|les)\s+|l['’]\s*)\p{Lu}[\p{Lu}\d]+(?![\p{L}\d'’-])"
# `Pour X, « … »`; up to seven words before the quote (ninth pass, was four), an incise between commas among them
# (`Pour X, au contraire, il s'agit d'« … »`)
# a connective phrase that may open the sentence before `pour X,` (`À l'inverse, pour la journaliste X, « … »`)
_VIEW_OPENER = re.compile(
    r"\s*(?:à\s+l['’]inverse|en\s+revanche|au\s+contraire|par\s+contre|en\s+effet|de\s+même|ainsi|or|mais|et)"
    r"\s*,?\s*", re.IGNORECASE
)  # (thirty-second pass)
_POUR = regex.compile(
    r"(?<!\w)(?P<cue>[Pp]our|[Aa]ux\s+yeux\s+(?:(?P<du>du|des)|d['’]|de))\s*"
    r"(?P<sp>(?(du)\p{Ll}[\p{L}'’-]*(?:\s+\p{Ll}[\p{L}'’-]*){0,2}(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}|"
    r"(?:(?:(?:le|la|les)\s+|l['’]\s*)\p{Ll}[\p{L}'’-]*(?:\s+\p{Ll}[\p{L}'’-]*){0,2}"
    r"(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}|"
    r"\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:de\s+la|de|du|des|van|von|der|le|la|ben|bin|al)\s+)?\p{Lu}[\p{L}'’.-]*){0,3}|"
    r"lui|elle|eux|elles|certaine?s|beaucoup|plusieurs|d['’]autres|" + FR_DET_ACRONYM + r")))"
    # thirty-second pass: a complement before the comma (`Pour X du syndicat FAGE,`), a particle in the name
    # (`Pour Thomas de la Morlais ,`)
    r"(?:\s+(?:de|du|des|d['’])\s*[^,«»“”\"\n]{1,50}?)?\s*,"
    # an apposition: `Pour Giovanni Barocco, le président de la Mont-Émilius , « … »`
    r"(?:(?P<app>[^,«»“”\"\n]{1,60}),)?"
    r"(?:,?\s+\p{Ll}[\p{L}'’-]*){0,7}\s*\Z"  # `Pour X, avec ces déclarations « … »`, `Pour X, il s'agit d'une « … »`
)
# a document or message and its author: `a statement from X`, `a message from X`, `un communiqué de X`
_SOURCE = re.compile(
    r"(?<!\w)(?:statement|message|letter|note|memo|release|communiqué|communique|post|tweet|e-?mail|video|"
    r"déclaration|lettre|message|note|publication|vidéo)s?\s+(?:issued\s+|released\s+|publiée?\s+)?"
    r"(?:(?:on|last|this|earlier|late)\s+[\w-]+\s+)?"  # (`a tweet on Monday by X`; thirty-seventh pass)
    r"(?:from|by|of|de|d['’]|du|des)\s*(?=\S)",
    re.IGNORECASE,
)
_READ_SOURCE = re.compile(
    r"[\s,]*(?P<verb>read|reads|said|says|stated|according\s+to)\s+(?P<doc>(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?)"
    r"(?=(?:statement|message|letter|note|memo|release|communiqué|post|tweet|e-?mail|video|warning|notice|sign|"
    r"banner|placard|poster|leaflet|flyer|inscription|plaque|caption|headline|advert|advertisement|ad|card|"
    r"announcement|report|document|order|ruling|petition)s?(?![\w-]))",
    re.IGNORECASE,
)
_DOC_WORD = re.compile(r"[\w-]+")
# appeals whose past form may invert after a quote when a name ends the sentence (`"Stay home," urged Mayor X.`)
_EN_APPEALS = frozenset("urge implore exhort advise recommend demand assure reassure remind plead".split())
_NAME_THEN_END = regex.compile(r"[^\S\n]+\p{Lu}[\p{L}.'’-]*(?:[^\S\n]+\p{Lu}[\p{L}.'’-]*){0,4}[^\S\n]*[.!?](?:\s|\Z)")
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
# English cues whose object is the addressee after a quote: `"…," the party informed the press.`
_EN_ADDRESSEE_LEMMAS = frozenset(("tell", "inform", "assure", "warn", "remind", "advise", "notify"))
# `"…," X was quoted as saying`: the passive before `as` and the cue, cut from the speaker
_QUOTED_AS_PARTS = frozenset("quoted cited reported heard recorded described".split())
_BE_BEFORE_AS = frozenset("was were is are been".split())
_AS_SAID = re.compile(r"(?:comme|ainsi\s+que)\s+l['’]\s*", re.IGNORECASE)  # before an elided inversion after a quote
_FR_CHAIN = re.compile(
    FR_INFINITIVE_CHAIN + r"\s+"
    r"|s['’]\s*|se\s+"  # `, s'indigne X`, `, se réjouit X`: a reflexive verb in the present (nineteenth pass)
)
# what holds a view alone after `Pour` (`Pour lui, « … »`; thirty-second pass: `Pour certains,`, `Pour d'autres,`)
_VIEW_HOLDERS = frozenset(("lui", "elle", "eux", "elles", "d'autres", "d’autres")) | PEOPLE_WORDS
# cues that often stand inside someone else's reported clause (`Njie stated that he believes that …`)
_WEAK_CUES = frozenset("believe confirm indicate suggest estimate croire penser estimer considérer juger confirmer "
                       "indiquer".split())
_AS_SOURCE_LEMMAS = frozenset("report state say announce note confirm tell claim indicate".split())
_BY_IN = re.compile(r"\s+(?:by|in)\s+")


# an addressee right after an inverted cue, before its subject: `a déclaré à Reuters X`, `a confié à l'AFP X`,
# `a indiqué à l'agence Reuters X` (sixteenth pass, from check10)
_ADDRESSEE_FIRST = regex.compile(
    r"\s+(?:à|au|aux|to)\s+(?:l['’]\s*(?:agence\s+)?|la\s+chaîne\s+|le\s+quotidien\s+|le\s+journal\s+)?"
    # a name of up to three words before a determiner (`à Radio Canada le ministre`; thirty-second pass), or one
    # word before a name
    r"(?:\p{Lu}[\p{L}\p{N}'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}'’.-]*){0,2}(?=\s+(?:le|la|les|l['’]|un|une|son|sa|the|a)\s)|"
    r"\p{Lu}[\p{L}\p{N}'’.-]*(?=\s+\p{Lu}))"
)

# French adjuncts of channel, addressee or time between an inverted cue and its subject (one or two); the addressee
# may be a lower-case audience (`à la presse`, `aux journalistes`) or a name with its complement (`au Journal de
# Montréal`; thirtieth pass)
_FR_ADJUNCT_FIRST = regex.compile(
    r"(?:\s*,?\s+(?:(?P<to>(?:à|au|aux|auprès\s+d['’]\s*|auprès\s+du|auprès\s+de)\s*(?:l['’]\s*)?"
    # (an acronym is the whole name: `auprès de l'AFP Jean-Luc Mélenchon`; thirty-second pass)
    r"(?:\p{Lu}{2,}[\p{Lu}\p{N}]*(?![\p{L}\p{N}'’.-])|"
    r"\p{Lu}[\p{L}\p{N}'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}'’.-]*)?(?:\s+(?:de|du|des)\s+\p{Lu}[\p{L}\p{N}'’.-]*)?)|"
    r"(?:à\s+la|devant\s+la)\s+presse|(?:aux|à\s+des|devant\s+les)\s+"
    r"(?:journalistes|médias|députés|sénateurs|élus|militants|partisans|manifestants)|à\s+la\s+(?:radio|télévision))|"
    r"(?:dans|par)\s+(?:un|une|le|la|son|sa)\s+(?:communiqué|entretien|interview|"
    r"message|courrier|lettre|déclaration|tweet|vidéo)(?:\s+de\s+presse)?"
    r"(?:\s+(?:commun|commune|conjoint|conjointe|officiel|officielle|écrit|écrite|séparé|séparée))?|"  # (32nd pass)
    r"lors\s+d['’]\s*une\s+conférence\s+de\s+presse|"
    r"en\s+(?:conférence|point|mêlée)\s+de\s+presse|en\s+entrevue|"
    r"sur\s+(?:Twitter|Facebook|X|Instagram|franceinfo|son\s+compte\s+\w+|"
    r"(?:les\s+ondes\s+de\s+)?\p{Lu}[\p{L}\p{N}]*(?:\s+(?:\d+|Info|Inter|Culture|Bleu|Sénat|Canada)|-\p{L}+)?)|"
    r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|"
    r"dimanche|hier)(?:\s+(?:matin|soir))?)){1,2}(?=\s*,?\s+(?:\p{Lu}|(?:le|la|les|un|une|des|son|sa|ses)\s|l['’]))"
)


# a relative pronoun (and up to two words) right before a cue: `…, who asked not to be named,` (21st pass)
_RELATIVE_BEFORE_CUE = re.compile(r",\s*(?:who|qui)\s+(?:[\w'’-]+\s+){0,2}\Z")


# an incise whose verb no lexicon holds (`"…," Doe laughs.`, `"…," he shrugged.`, `« … », se désole-t-elle`;
# twenty-second pass): in English a subject pronoun or a name of one to three words, then one verb form that ends
# the clause, after a quote that ends with a comma, `?` or `!`; in French a verb with its inverted clitic (not `on`:
# `« … » peut-on y lire` cites a document; not an auxiliary or a modal)
_EN_INCISE = regex.compile(
    r"[^\S\n]+(?P<sp>he|she|they|(?!(?:The|This|That|These|Those|It|Its|There|But|And|Or|Then|So|Now|Here|We|I|You)"
    r"\b)\p{Lu}[\p{L}'’.-]+(?:[^\S\n]+\p{Lu}[\p{L}'’.-]+){0,2})[^\S\n]+"
    r"(?P<verb>(?!(?:was|has|is|does|goes|gets|needs|wants|seems|looks|means|comes|makes|takes|keeps)\b)"
    r"\p{Ll}{2,}(?:[^s\W]s|ed))(?=[^\S\n]*(?:[.,!?;]|\n|\Z))"
)
_FR_INCISE = regex.compile(
    r"[^\S\n]*,?[^\S\n]*(?P<verb>(?:s['’]|se[^\S\n]+)?(?!(?:peut|peuvent|doit|doivent|faut|est|sont|était|fait|va|"
    r"vont|sera|aura|avait|ont)-)\p{Ll}{3,})-(?:t-)?(?P<inv>il|elle|ils|elles)\b"
)
_EN_CONSONANT_VOWEL_CONSONANT = re.compile(r"[^aeiou][aeiouy][^aeiouwxy]\Z")


def _incise_lemma(verb: str, lang: str) -> str:
    """A lemma guessed from the form of a verb outside the lexicons (`laughs` -> laugh, `shrugged` -> shrug,
    `smiled` -> smile, `se désole` -> désoler); the form itself when no rule applies."""
    verb = verb.lower()
    if lang == "fr":
        verb = regex.sub(r"\A(?:s['’]|se\s+)", "", verb)
        return verb + "r" if verb.endswith("e") else verb[:-2] + "er" if verb.endswith("ent") else verb
    if verb.endswith("ied") or verb.endswith("ies"):
        return verb[:-3] + "y"
    if verb.endswith("ed"):
        stem = verb[:-2]
        if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "ls":
            return stem[:-1]  # `nodded`, `grinned`
        return stem + "e" if _EN_CONSONANT_VOWEL_CONSONANT.search(stem) else stem
    if verb.endswith(("ches", "shes", "sses", "xes")):
        return verb[:-2]
    return verb[:-1]


# a sentence opened by a capitalised cue, then its subject and a comma or colon before the quote (25th pass)
_EN_INVERTED_OPENING = re.compile(
    r"\s*(?P<verb>Said|Says|Added|Adds|Remarked|Remarks|Wrote|Writes|Explained|Explains|Noted|Notes|Continued|"
    r"Concluded|Declared|Warned|Recalled|Observed|Commented|Stated|Tweeted|Replied|Quipped)"
    r"\s+(?P<np>[^,:;.!?\"“”«»\n]{2,80}?)\s*[,:]\s*"
)


_OPENING_PARTICIPLE_ENDS = {"en": "ing", "fr": "ant"}
# the spaces and dashes that may open the sentence (read once per sentence: a long run of them would be read again
# for each quote of the sentence), then the participle
_LEAD_RUN = re.compile(r"[\s\-–—]*")
# (after a reflexive: `Se disant « confiant » …, le conseil a estimé`; thirty-seventh pass)
_OPENING_PARTICIPLE_WORD = re.compile(r"(?:(?:Se\s+|S['’]\s*))?[^\W\d_]+(?:ing|ant)(?!\w)")
_REFLEXIVE_LEAD = ("Se ", "S'", "S’")


def told_addressee(text: str, cue: Cue, q_start: int) -> bool:
    """English `told`, `tells`, `telling` and only its addressee, without `to`, before the quote at ``q_start``
    (`told the court`, `told Reuters`; not the imperative `Tell us about "Guided Governing"`)."""
    return cue.lemma == "tell" and text.startswith(("told", "tells", "telling"), cue.start) and (
        _EN_TOLD_ADDRESSEE.fullmatch(text, cue.end, q_start) is not None
    )


class MarkedRules(SpeakerRules):
    """The attribution searches of marked quotations, on top of the speaker searches."""

    def _incise(self, q_end: int, hi: int) -> Attribution | None:
        """An incise right after a quote whose verb is in no lexicon (`_EN_INCISE`, `_FR_INCISE`)."""
        text = self.text
        if self.lang == "fr":
            m = _FR_INCISE.match(text, q_end, hi)
            if m is None:
                return None
            cue = Cue(m.start("verb"), m.end("verb"), _incise_lemma(m.group("verb"), "fr"), True, m.span("inv"))
            return Attribution(cue, m.span("inv"), self.sentence_end_or(m.end(), hi))
        if self.lang != "en" or text[q_end - 2 : q_end - 1] not in (",", "!", "?"):
            return None
        m = _EN_INCISE.match(text, q_end, hi)
        if m is None:
            return None
        cue = Cue(m.start("verb"), m.end("verb"), _incise_lemma(m.group("verb"), "en"), True)
        return Attribution(cue, m.span("sp"), self.sentence_end_or(m.end(), hi))

    def after(self, q_end: int, hi: int) -> Attribution | None:
        """Attribution in the clause right after a quote, up to ``hi`` (sentence end or next quote)."""
        text = self.text
        lead = _LEAD.match(text, q_end, hi).end()
        dash = _DASH.match(text, q_end, hi)
        if dash and dash.end() > q_end and text[dash.start() : dash.end()].strip():
            sp, sp_end = self.speaker_after(dash.end(), hi)
            if sp is not None and "-" in text[dash.start() : dash.end()] and (finite := _FINITE_AUX.get(self.lang)) \
                    and not finite.isdisjoint(text[sp[0] : sp[1]].split()):
                sp = None  # `“company freedom” - the mass media companies are …`: a clause, no credit
            if sp is not None:
                cue = Cue(text.index(text[dash.start() : dash.end()].strip(), dash.start()), 0, "—", False)
                cue.end = cue.start + 1
                return Attribution(cue, sp, self.sentence_end_or(sp_end, hi))
            if self.lang == "en" and text.startswith("as ", dash.end()):
                lead = dash.end()  # `"…" — as the Supreme Court decision put it —` (seventeenth pass)
        passive = _PASSIVE_AFTER.match(text, q_end, hi)
        if passive is not None and (lemma := self.lex.lemma(passive.group("part"))) and lemma not in _NAMING_LEMMAS:
            # `la réplique « C'est pas de votre faute ! » lancée par le député`, `"…" written by X`: the agent of
            # a cue's passive participle right after the quote (seventeenth pass)
            sp, sp_end = self.speaker_after(passive.end(), hi)
            if sp is not None:
                sp = self._noun_phrase_of(sp, sp[1])  # (`by the gunman [was found]`: no clause in the agent)
            if sp is not None:
                cue = Cue(passive.start("part"), passive.end("part"), lemma, True)
                return Attribution(cue, sp, self.sentence_end_or(sp_end, hi))
        cues = self.cues_in(lead, min(hi, lead + 120))
        if (incise := self._incise(q_end, hi)) is not None and (not cues or cues[0].start >= incise.cue.end):
            return incise
        if not cues:
            return None
        cue = cues[0]
        if len(cues) > 1 and (_RELATIVE_BEFORE_CUE.search(text, max(lead, cue.start - 40), cue.start) or (
            cue.start > lead and cue.verbal and text.endswith(("ing", "ant"), cue.start, cue.end)
            and text[max(lead, cue.start - 3) : cue.start].rstrip().endswith(",")
        )):
            # `"…," one resident, who asked not to be named, told CBC News` (21st pass), `"…," Hajdu, speaking to
            # reporters, said` (thirtieth pass: no speaker): the cue of a relative clause or the participle of an
            # aside is not the quote's; the next one after the aside's closing comma is
            close = text.find(",", cue.end, min(hi, cue.end + 80))
            cue = next((c for c in cues[1:] if close > 0 and c.start > close), cue)
        if cue.start > lead and self.lang == "fr" and (
            _FR_CHAIN.fullmatch(text, lead, cue.start) or _FR_AUX_ASIDE.fullmatch(text, lead, cue.start)
        ):
            # `, préférait rectifier l'intéressé`, `, a tenu à préciser X`: the infinitive's cue; `, a, de son côté,
            # annoncé X`, `, a quant à elle déploré X`: an aside between the auxiliary and its participle
            lead = cue.start
        elif cue.start > lead and cue.inv is not None and _AS_SAID.fullmatch(text, lead, cue.start):
            lead = cue.start  # `« … » , comme l'a lancé un de ses porte-paroles, X`: the elided inversion (17th)
        if cue.start == lead:
            # inverted: `, a tweeté Musk`, `, dit-il`, `, selon X`, `," said Smith`
            if self.lang == "en" and cue.verbal and (cue.lemma in _EN_TRANSITIVE or text.endswith("ing", 0, cue.end)) \
                    and not (cue.lemma in _EN_APPEALS and not text.endswith("ing", 0, cue.end)
                             and _NAME_THEN_END.match(text, cue.end, hi)):
                return None  # `", telling Bloomberg`, `", praising the team`: an object, not an inverted subject
                # (but `"Stay home," urged Mayor Valérie Plante.`: a name that ends the sentence; thirtieth pass)
            if self.lang == "fr" and cue.verbal and cue.inv is None and text.endswith("ant", 0, cue.end):
                return None  # `» qualifiant la tribune de « … »`: a participle's object, no inverted subject (18th)
            if cue.inv is not None:
                sp: Span | None = cue.inv
                sp_end = cue.end if cue.inv[1] <= cue.end else cue.inv[1]
            else:
                sp, sp_end = self.speaker_after(cue.end, hi)
                if sp is not None and (named := self._name_after_title(sp, sp_end, hi)) is not None:
                    sp, sp_end = named, named[1]  # `, said the company's CEO, John Smith.` (nineteenth pass)
                if sp is not None and self.lang == "en" and " " in text[sp[0] : sp[1]] and (
                    text[sp[0] : sp[1]].split()[0].lower() in EN_SUBJECT_PRONOUNS
                ):
                    return None  # `," said he would appeal`: a reported clause after the cue, no inverted subject
            addr = False
            after = cue.end
            if sp is None and cue.verbal and (adv := _INV_ADVERB.match(text, cue.end, hi)) is not None:
                after = cue.end + len(text[cue.end : adv.end()].rstrip(" ,"))  # `, affirme même au Monde X` (32nd)
            if sp is None and cue.verbal and (early := _ADDRESSEE_FIRST.match(text, after, hi)) is not None:
                # `», a déclaré à Reuters Bin Yameen, haut gradé …`: the addressee before the inverted subject
                sp, sp_end = self.speaker_after(early.end(), hi)
                addr = sp is not None
            if sp is None and cue.verbal and self.lang == "fr" and (
                early := _FR_ADJUNCT_FIRST.match(text, after, hi)
            ) is not None:
                # `», a indiqué dans un communiqué le ministère`, `», a déclaré à l'AFP la police`: an adjunct before
                # the inverted subject (nineteenth pass)
                sp, sp_end = self.speaker_after(_LEAD.match(text, early.end()).end(), hi)
                addr = sp is not None and early.group("to") is not None
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
        manner = False  # `"…," is how X …`: the cue's object may follow it
        apposed = self._apposed_after(q_end, toks)
        if apposed is not None:
            toks = apposed  # `"…," John Reinhart, CEO of the Maersk Line said.`: the name before its apposition
        elif (bracketed := self._bracketed_after(toks)) is not None:
            toks = bracketed  # `"…," Cruz (R-Texas) said`, `"…," Trump, in a tweet, said`
        if len(toks) > 2 and self.lang == "en" and self.low(toks[1][0], toks[1][1]) in ("how", "all") and (
            self.low(toks[0][0], toks[0][1]) in ("is", "was")
        ):
            toks = toks[2:]  # `"…," is how Doe puts it`, `"…," was all Doe would say` (twenty-second pass)
            manner = True
        elif len(toks) > 3 and self.lang == "en" and self.low(toks[-1][0], toks[-1][1]) == "as" and (
            self.low(toks[-2][0], toks[-2][1]) in _QUOTED_AS_PARTS
        ) and self.low(toks[-3][0], toks[-3][1]) in _BE_BEFORE_AS:
            # `"…," Forde was quoted as saying`, `"…," she has been reported as saying`: the passive's subject
            # speaks (twenty-fifth pass: `Forde was quoted as` was the speaker)
            k = len(toks) - 3
            if self.low(toks[k][0], toks[k][1]) == "been" and k > 1:
                k -= 1  # (and its auxiliary)
            toks = toks[:k]
        if (
            toks and toks[0][2] and text[toks[0][0]].isupper() and self.low(toks[0][0], toks[0][1]) in self.g.stops
            and _TERMINAL.search(text, max(0, q_end - 6), q_end)
        ):
            return None  # `« … Belgique. » Dans un article publié …`: a new sentence, not the quote's attribution
        if not toks or any(not t[2] for t in toks) or (
            len(toks) > 6 and not (len(toks) <= MAX_SPEAKER_TOKENS and text[toks[-1][0]].isupper()
                                   and self._titled_name(toks))  # `Department of … spokeswoman Sara Kuban said`
            and not (len(toks) <= MAX_SPEAKER_TOKENS and self._name_of(toks))
            and not (len(toks) <= MAX_SPEAKER_TOKENS and self._head_of_people(toks))
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
        if manner and (obj := _EN_DESCRIBED_OBJECT.match(text, rest, hi)) is not None:
            rest = obj.end()  # `"…," was how one official described the negotiations` (thirty-second pass)
        elif a:
            addr = True
            _, rest = self.speaker_after(a.end(), hi)
        elif self.lang == "en" and cue.lemma in _EN_ADDRESSEE_LEMMAS:
            if (show := _EN_SHOW_OF.match(text, rest, hi)) is not None:
                rest = show.end()  # `told the BBC's Today programme` (thirty-second pass)
            else:
                _, rest = self.speaker_after(rest, hi)  # told Reuters, informed the press, assured voters (25th pass)
            addr = rest > cue.end
        if _COLON_QUOTE.match(text, rest):
            return None  # `« A. » Ben Nelson a indiqué : « B »`: the cue introduces the next quote (ninth pass)
        clause_end = self.clause_rest_ok(rest, hi)
        if clause_end is None:
            return None
        return Attribution(cue, sp, clause_end, addr)

    def _bracketed_after(self, toks: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]] | None:
        """The subject before a short parenthesis (`"…," Cruz (R-Texas) said`, `the mayor (a Democrat) said`) or an
        adjunct between commas (`"…," Trump, in a tweet, said`) that ends right before the cue (twentieth pass)."""
        k = next((i for i, t in enumerate(toks) if not t[2]), None)
        if not k or k > 6:
            return None
        text, tail = self.text, toks[k:]
        opening, closing = text[tail[0][0]], text[tail[-1][0]]
        if opening == "(" and closing == ")" and len(tail) <= 10 and text.count("(", tail[0][0], tail[-1][0]) == 1:
            return toks[:k]
        if opening == "," and closing == "," and 3 <= len(tail) <= 10 and tail[1][2] and (
            self.low(tail[1][0], tail[1][1]) in _ADJUNCT_OPENERS or _ASIDE_OPENER.match(text, tail[1][0])
        ) and all(t[2] for t in tail[1:-1]):
            return toks[:k]  # (a participle or an example too: `"…," Hajdu, speaking to reporters, said`; 30th pass)
        return None

    def _head_of_people(self, toks: list[tuple[int, int, bool]]) -> bool:
        """A determiner, a noun of people and its complement (`a representative of the New Zealand Prostitutes'
        Collective`, `the head of the Kyrgyz health ministry`): a subject however long its complement (sixteenth
        pass)."""
        if len(toks) < 3 or self.low(toks[0][0], toks[0][1]) not in self.g.det:
            return False
        k = next((i for i, t in enumerate(toks[1:4], 1) if self.low(t[0], t[1]) in _OF), None)
        return k is not None and is_speaker_noun(self.low(toks[k - 1][0], toks[k - 1][1]), self.lang)

    def _person_or_name(self, sp: Span) -> bool:
        """A noun phrase with a capitalised word, or headed (last word) by a noun of people: `Jérôme Rivière`, `le
        ministre`; not `la première fois`."""
        words = self.text[sp[0] : sp[1]].split()
        return any(w[:1].isupper() for w in words) or bool(words) and is_speaker_noun(words[-1], self.lang)

    def _name_after_title(self, sp: Span, sp_end: int, hi: int) -> Span | None:
        """The name that closes a clause after an inverted subject naming a function (`said the company's CEO, John
        Smith.`, `said University of California, San Diego's chancellor, Pradeep Khosla.`): the person speaks."""
        m = _TITLE_THEN_NAME.match(self.text, sp_end, hi)
        if m is None:
            return None
        words = [w.strip(",").split("'")[-1].split("’")[-1] for w in self.text[sp[0] : m.start("name")].split()]
        if not words or not (is_speaker_noun(words[-1], self.lang) or (
            len(words) <= 6 and any(is_speaker_noun(w, self.lang) for w in words[:3])  # (`le président du Medef`)
        )):
            return None
        end = m.end("name")
        return m.start("name"), end - 1 if self.text[end - 1] == "." else end  # (the full stop ends the sentence)

    def _apposed_after(self, q_end: int, toks: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]] | None:
        """The name opening `"…," John Reinhart, CEO of the Maersk Line said`: after a quote that ends with a
        comma, a name of up to five words, a comma, an apposition of a few words (seventh pass); after reported
        speech, the comma that ends it (`…, Jane Doe, a spokesperson, said`; nineteenth pass)."""
        if not toks or "," not in self.text[q_end - 2 : q_end] or len(toks) > 16:
            return None
        k = next((i for i, t in enumerate(toks) if not t[2]), None)
        if k is None or not k or self.text[toks[k][0]] != "," or any(
            not t[2] and self.text[t[0]] != "," for t in toks[k:]
        ):
            return None
        name = toks[:k]
        if self._name_seg(name) and len(name) >= 2:
            return name
        if len(toks) > k + 2 and self.text[toks[-1][0]] == "," and (self._name_seg(name) or (
            k <= 4 and self.low(toks[0][0], toks[0][1]) in self.g.det | {"one"}
            and is_speaker_noun(self.low(toks[k - 1][0], toks[k - 1][1]), self.lang)
        )) and self.low(toks[k + 1][0], toks[k + 1][1]) in ("who", "qui"):
            # `"…," Doe, who chairs the committee, said`: a relative clause about the name (19th pass), or about
            # a person (`"…," one resident, who asked not to be named, told CBC News`; 21st pass)
            return name
        if len(name) == 1 and len(toks) > k + 2 and self.text[toks[-1][0]] == "," and self._name_seg(name):
            first = self.low(toks[k + 1][0], toks[k + 1][1])
            if all(self.text[t[0]].isdigit() for t in toks[k + 1 : -1]) or first in self.g.det or is_speaker_noun(
                first, self.lang
            ):
                return name  # `"…," Smith, 45, said`, `"…," Smith, the NDP's critic for health, told` (19th pass)
        # `"…," Mr. Trump's lawyer, Marc E. Kasowitz, told the public`: a title of a few words, then the name in
        # apposition to it between commas, right before the cue (ninth pass)
        rest = toks[k + 1 :]
        j = next((i for i, t in enumerate(rest) if not t[2]), None)
        if j is not None and j >= 2 and j == len(rest) - 1 and self._name_seg(rest[:j]) and (k <= 5 or (
            k <= 12 and any(is_speaker_noun(self.low(t[0], t[1]), self.lang) for t in name[:5])
        )):  # (a longer title headed by a noun of people: `Ontario's chief medical officer of health, Dr. …, said`)
            return rest[:j]
        if 2 <= k <= 3 and self.low(toks[0][0], toks[0][1]) in self.g.det and self.text[toks[-1][0]] == "," \
                and is_speaker_noun(self.low(toks[k - 1][0], toks[k - 1][1]), self.lang):
            return name  # `"…," one protester, a grammar school teacher, said` (eighteenth pass)
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
        if self.lang == "en" and (opening := _EN_INVERTED_OPENING.fullmatch(text, lo, q_start)) is not None:
            # `Added the minister: "…"`, `Remarked scientist Tierra Curry, "…"`: a capitalised cue opens the sentence
            # and its subject follows (twenty-fifth pass: no speaker, or `Says`)
            name = TRAILING_NAME.search(text, opening.start("np"), opening.end("np"))
            sp, _ = (name.span(), 0) if name is not None and name.start() > opening.start("np") else \
                self.speaker_after(opening.start("np"), opening.end("np"))  # (the name ending a long title)
            if sp is not None:
                verb = opening.group("verb")
                cue = Cue(opening.start("verb"), opening.end("verb"), _incise_lemma(verb, "en"), True)
                return Attribution(cue, sp, opening.end("verb"))
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
                if words and not ends_colon and not self._told_statement(cue, q_start):
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
            pour = _POUR_COLON.search(text, max(lo, colon - 160), colon + 1) if self.lang == "fr" else None
            opening = text[lo : pour.start()].strip() if pour is not None else ""
            if pour is not None and (not opening or opening.endswith(",") and len(opening.split()) <= 2):
                # (`pour X` opens the clause, maybe after an adverb: not `un grand jour pour la ville :`)
                sp, _ = self.speaker_after(pour.start("np"), pour.end("np"))
                if sp is not None and self._person_or_name(sp):
                    # `Ainsi, pour Jérôme Rivière, membre du comité de campagne : « … »` (nineteenth pass)
                    return Attribution(Cue(colon, colon + 1, ":", False), sp, colon + 1)
            reply = _REPLY_OF.match(text, lo, colon)
            if reply is not None:
                sp, _ = self.speaker_after(reply.end(), colon)
                if sp is not None:  # `Réponse de la direction : « … »`: the one who replies (thirty-second pass)
                    return Attribution(Cue(colon, colon + 1, ":", False), sp, colon + 1)
            toks = self.tokens(lo, colon)
            if toks and all(t[2] for t in toks) and len(toks) <= 6 and not any(
                self.low(t[0], t[1]) in clause_verbs(self.lang) for t in toks[1:]
            ) and not (self.lang == "en" and any(
                text.endswith("ed", t[0], t[1]) and text[t[0]].islower() and self.low(p[0], p[1]) not in self.g.det
                for p, t in zip(toks, toks[1:], strict=False)
            )):  # (a clause is no noun phrase: `Le bilan est le suivant : « … »`, `The study outlined the correlation:`
                # (thirty-eighth pass); the English article `a` is no verb)
                sp = self._valid(toks)
                if sp is not None and (
                    self.low(toks[0][0], toks[0][1]) not in self.g.stops or self._person_or_name(sp)
                ):
                    # (not `Pour la première fois : « … »`: after a preposition, only a name or people speak)
                    return Attribution(Cue(colon, colon + 1, ":", False), sp, colon + 1)
        return None

    def _told_statement(self, cue: Cue, q_start: int) -> bool:
        """`il déclare à la police « Il est mieux que … »`, `he said to the judge "I am innocent."`: only the one
        addressed between a cue and a quote that opens in upper case: the cue introduces a statement (ninth
        pass); English `told` takes its addressee without `to` (`told the court "Basic investigations weren't
        done."`: twenty-fourth pass, before a scare quote with no speaker)."""
        if not _ADDRESSEE_ONLY.fullmatch(self.text, cue.end, q_start) and not (
            self.lang == "en" and told_addressee(self.text, cue, q_start)
            and _EN_SENTENCE_QUOTE.match(self.text, q_start)
        ):  # (a quote that ends like a sentence, not a title: `told NBC's "Meet the Press" that`)
            return False
        m = _WORDS.search(self.text, q_start, q_start + 8)
        return m is not None and self.text[m.start()].isupper()

    def frame(self, lo: int, q_start: int) -> Attribution | None:
        """A reported-speech cue earlier in the sentence: `X a déclaré … que … « fragment »`."""
        lo = max(lo, q_start - WINDOW)
        for cue in reversed(self.last_cues_in(lo, q_start, 3)):  # the nearest cues only: bounded work
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
            if cue.verbal and ((cue.lemma in self.lex.indirect and cue.lemma not in _INDIRECT_BUT_ADJACENT)
                               or cue.lemma in _FRAME_EXTRA or (
                cue.lemma in _FRAME_ADJACENT and (_FUNCTION_GAP.fullmatch(self.text, cue.end, q_start)
                                                  or _OBJECT_GAP.fullmatch(self.text, cue.end, q_start))
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

    def opening_participle(self, lo: int, q_start: int, q_end: int, hi: int) -> Attribution | None:
        """`Calling it a "shameful night", Tamar Zandberg said …`, `Qualifiant la loi de « … », le ministre a …`: a
        participle cue opens the sentence and frames the fragment; the subject of the main clause after the comma
        that closes the participle's phrase speaks (twenty-fifth pass: the previous sentence's subject spoke)."""
        got = self._lead_end.get(lo)
        if got is None:
            lead = _LEAD_RUN.match(self.text, lo).end()
            got = self._lead_end[lo] = lead, not self.text[lo:lead].strip(" \t\n\u00a0-–—")
        lead, plain = got
        if lead >= q_start or not _OPENING_PARTICIPLE_WORD.match(self.text, lead, q_start):
            return None  # (the cheap test first: most sentences open otherwise)
        cue = self.first_cue_in(lo, q_start)  # (not the list of every cue to the quote: bounded work)
        reflexive = cue is not None and self.text[lead : cue.start] in _REFLEXIVE_LEAD
        if cue is None or not cue.verbal or not (self.text[cue.start].isupper() or reflexive):
            return None
        # only spaces and dashes before the cue: it opens the sentence (an upper-case letter ends the leading run)
        if (cue.start != lead and not reflexive) or not plain or not self.text.endswith(
            _OPENING_PARTICIPLE_ENDS.get(self.lang, "\0"), cue.start, cue.end
        ):
            return None
        comma = self.text.find(",", q_end, min(hi, q_end + 60))
        if comma < 0:
            return None
        sp, _ = self.subject(comma + 1, hi)
        return Attribution(cue, sp, cue.end) if sp is not None else None

    def agent_after_fragment(self, lo: int, q_start: int, q_end: int, hi: int) -> Attribution | None:
        """`une réforme qualifiée de « coup de force » par ses opposants`, `a tax called "a disaster" by the mayor`:
        a passive participle of a cue right before a fragment, whose agent after the quote speaks (ninth pass).
        Read from the words, not the cue list: bare feminine participles are no cues there (`ce qui a été
        critiquée`)."""
        m = _AGENT_AFTER.match(self.text, q_end, hi)
        if m is None:
            return self._agent_before_fragment(lo, q_start)
        p = _PARTICIPLE_BEFORE.search(self.text, max(lo, q_start - 60), q_start)
        return self._agent_of(p, m.end(), hi) if p is not None else None

    def _agent_before_fragment(self, lo: int, q_start: int) -> Attribution | None:
        """`qualifié par les enquêteurs d'« homme violent »`, `criticised by X, president of Y, as a "…"`: a passive
        participle of a cue and its agent right before the fragment; the agent speaks."""
        a = max(lo, q_start - 140)
        if " par " not in self.text[a:q_start] and " by " not in self.text[a:q_start]:
            return None  # (the cheap test first: most fragments have no agent before them)
        p = _AGENT_BEFORE.search(self.text, a, q_start)
        return self._agent_of(p, p.start("agent"), p.end("agent")) if p is not None else None

    def _agent_of(self, p: re.Match[str], a: int, b: int) -> Attribution | None:
        """The agent read in ``[a, b)`` as the speaker of the passive participle ``p`` found around a fragment,
        unless an active auxiliary precedes it (`a qualifié par deux fois de « … »`: `par` opens an adjunct) or it
        is no cue or a naming one (`modifications called "mods" by players`: a term, nobody's words)."""
        if (p.group("aux") or "").lower() in _ACTIVE_AUX:
            return None
        lemma = self.lex.lemma(p.group("part"))
        if lemma is None or lemma in _NAMING_LEMMAS:
            return None
        sp, _ = self.speaker_after(a, b)
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
        for c0 in reversed(self.last_cues_in(lo, cue.start, 2)):
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
        for cue in self.last_cues_in(q_end, hi, 2):
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
        m = _SAYS_ON.match(self.text, q_end, hi)
        if m is not None:
            verb = m.group("past") if m.group("past") and m.group("verb").lower() == "a" else m.group("verb")
            lemma = self.lex.lemma(verb.lower()) or ("apprendre" if verb.lower() in ("appris", "apprend") else None)
            sp, sp_end = self.speaker_after(m.end(), hi)
            if lemma is not None and sp is not None:
                return Attribution(Cue(m.start("cue"), m.end("cue"), lemma, True), sp, self.sentence_end_or(sp_end, hi))
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
            and not _VIEW_OPENER.fullmatch(self.text, lo, m.start())
        ):
            return None  # (`Mais, pour M. Goudet, « … »`: a connective before it is no clause)
        # `Pour X, « … »`, `Aux yeux du syndicat, cette entente est « … »` (twenty-second pass)
        cue = Cue(m.start(), m.end("cue"), "pour", False)  # (one lemma for the view frames)
        if self.text[m.start("sp") : m.end("sp")] in _VIEW_HOLDERS:
            return Attribution(cue, m.span("sp"), m.end("sp"))  # `Pour lui,`
        sp = self._valid(self.tokens(m.start("sp"), m.end("sp")))
        if sp is None:
            return None
        if m.group("app") and self.text[sp[0]].islower() and (
            name := _APPOSED_NAME.match(self.text, m.start("app") - 1, m.end("app") + 1)
        ) is not None and not self.text[name.end() : m.end("app")].strip():
            sp = _name_span(self.text, name)  # `Pour le président du Centre …, Jean-Charles Brisard, « … »` (32nd)
        return Attribution(cue, sp, m.end("sp"))

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
        for cue in reversed(self.last_cues_in(lo, hi, 4)):
            if not cue.verbal and cue.lemma in _SOURCE_PREPS:
                sp, sp_end = self.speaker_after(cue.end, hi)
                if sp is not None and (_CLOSE_PUNCT.match(self.text, sp_end, hi) or _RELATIVE_TAIL.match(
                    self.text, sp_end, hi
                )):
                    # `… privés d'électricité ce matin, selon EDF, qui a mobilisé 1 500 agents. Le retour … « … »`:
                    # a source closing the sentence before frames the next one too (eighteenth pass)
                    return Attribution(cue, sp, cue.end)
                continue
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

    def quoted_source(self, lo: int, q_start: int) -> Attribution | None:
        """`Xinhua quoted Shandong authorities, "…"`, `The paper quotes the mayor: "…"`: the one quoted speaks, not
        the one quoting (thirty-seventh pass; `quoted X as saying` is ``_QUOTED_AS``)."""
        m = _QUOTED_NP.search(self.text, max(lo, q_start - 90), q_start)
        if m is None:
            return None
        sp, _ = self.speaker_after(m.start("np"), m.end("np"))
        return Attribution(Cue(m.start("verb"), m.end("verb"), "quote", True), sp, m.end()) if sp else None

    def colon_subject(self, lo: int, hi: int) -> Attribution | None:
        """A clause ending in a colon before a quote, with no cue (`Le ministre de l'intérieur Pascal Barandagiye
        est plus explicite :`, `The mayor was blunt:`): its subject, when it names a person or a body."""
        colon = self.text.rfind(":", lo, hi)
        if colon < 0 or self.text[colon + 1 : hi].strip(" \t\n\u00a0\u202f«“\"„"):
            return None
        view = opinion_of(self, lo, colon)
        if view is not None:
            return Attribution(Cue(colon, colon + 1, ":", False), view, colon + 1)
        src = self.source_in(max(lo, colon - 120), colon)
        if src is not None and not self.text[src.speaker[1] : colon].strip():
            # `The palace issued the following statement from the king:`: the message's author (37th pass)
            return Attribution(Cue(colon, colon + 1, ":", False), src.speaker, colon + 1)
        subj, _ = self.subject(lo, colon)
        words = self.text[subj[0] : subj[1]].split() if subj is not None else []
        pronoun = len(words) == 1 and (words[0].lower() in self.g.singular or words[0].lower() in self.g.plural)
        if (len(words) < 2 and not pronoun) or "'" in words[0] or "’" in words[0]:
            return None  # one capitalised word may open any sentence (`Article 3 :`, `Chaque …`, `C'est …`); a
            # pronoun is a subject (`He went on:`, twenty-sixth pass)
        return Attribution(Cue(colon, colon + 1, ":", False), subj, colon + 1)
